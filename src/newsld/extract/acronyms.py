"""An acronym the article defines in brackets after a body's name, and its later uses.

``la Cour internationale de justice (CIJ)``, ``le Parti du pouvoir au peuple (PPP)``, ``les Forces armées
révolutionnaires (Farc)``: the bracketed acronym is a mention of the named body (a name), and so is every later
use of the acronym as a word of its own (``La CIJ siège``, ``le chef du PPP``): one entity, the name's, not a
second local body spelt with the letters. The name is the mention ending right before the bracket (when two end
there, the one whose initials spell the acronym, else the shortest: ``Cour pénale internationale`` in ``un pays
membre de la Cour pénale internationale (CPI)``). A body named by a lowercase noun phrase the recogniser does
not take for a name (``le gouvernement d'unité nationale (NUG)``: the acronym of another language) is a nominal
mention, its article with it, when its head noun is one of a body and the acronym is written in capitals.

A knowledge-base link of the acronym is kept when the name has none (the linker already makes an acronym the
article defines for a name of its own a local body); never is a QID guessed for the name. A bracket that is not
right after a mention or a body's noun phrase (``a tiré trois missiles (ICBM)``, a year ``(2024)``) defines
nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsld.extract.model import Entities, Mention
from newsld.extract.nlp import doc_text
from newsld.iris import is_qid

# One word in brackets: capitals (`CIJ`, `NUG`), or a capital then lower case (`Farc`, `Otan`) whose letters the
# name's initials must then spell.
BRACKETED = re.compile(r"\((?P<acronym>[A-ZÉ][A-Za-zÉ]{1,9})\)")
SMALL_WORDS = {"de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "au", "aux", "en", "of", "the", "and",
               "for", "à", "a", "sur"}
# Head nouns of a body a lowercase noun phrase before an acronym may name (`le gouvernement d'unité nationale`).
BODY_HEADS = {"gouvernement", "parti", "front", "mouvement", "armée", "forces", "force", "union", "ligue",
              "organisation", "agence", "conseil", "comité", "commission", "cour", "tribunal", "assemblée",
              "bureau", "office", "fonds", "banque", "institut", "centre", "alliance", "coalition", "groupe",
              "autorité", "ministère", "service", "services", "direction", "administration", "brigade", "brigades",
              "milice", "congrès", "association", "fédération", "syndicat", "entreprise", "société", "compagnie"}
DETERMINERS = {"le", "la", "les", "l'", "l’"}


def initials(name: str) -> str:
    """`Parti du pouvoir au peuple` -> `PPP`: the first letters of the words past small ones."""
    words = re.findall(r"[^\W\d_]+", name.replace("’", "'"))
    return "".join(w[0].upper() for w in words if w.lower() not in SMALL_WORDS)


def defined_acronym_mentions(doc: Doc, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """The mentions with every acronym the article defines made a mention of its body (see the module)."""
    text = doc_text(doc)
    for match in BRACKETED.finditer(text):
        acronym = match.group("acronym")
        definer = _definer(doc, text, match.start(), acronym, entities, mentions)
        if definer is None:
            continue
        entity, type_ = definer
        uses = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
                if m.start() >= match.start("acronym")]
        for start, end in uses:
            same = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
            if same is not None:
                if same.entity != entity and not is_qid(same.entity):
                    old, same.entity, same.type = same.entity, entity, type_
                    if not any(m.entity == old for m in mentions):
                        entities.by_id.pop(old, None)
            elif not any(m.start < end and start < m.end and not (m.kind == "nominal" and m.start <= start
                                                                 and end <= m.end) for m in mentions):
                mentions.append(Mention(start, end, entity, "name", type_))
    return mentions


def _definer(doc: Doc, text: str, bracket: int, acronym: str, entities: Entities,
             mentions: list[Mention]) -> tuple[str, str] | None:
    """The entity (and type) the acronym in the bracket at ``bracket`` abbreviates, or None."""
    before = [m for m in mentions if m.kind in ("name", "nominal") and m.end <= bracket
              and text[m.end:bracket].strip() == "" and m.type in ("organization", "group", "other", "place")]
    spelt = [m for m in before if initials(text[m.start:m.end]) == acronym.upper()]
    if spelt or before:
        chosen = min(spelt or before, key=lambda m: m.end - m.start)
        if not spelt and (not acronym.isupper() or chosen.type != "organization"):
            return None
        return chosen.entity, chosen.type
    if not acronym.isupper() or any(m.start < bracket <= m.end for m in mentions):
        return None
    phrase = _body_phrase(doc, text, bracket)
    if phrase is None:
        return None
    start, end = phrase
    if any(m.start < end and start < m.end for m in mentions):
        return None
    entity = entities.new_local(text[start:end], "organization", "a body the article names and abbreviates; "
                                "no verified QID")
    mentions.append(Mention(start, end, entity, "nominal", "organization"))
    return entity, "organization"


def _body_phrase(doc: Doc, text: str, bracket: int) -> tuple[int, int] | None:
    """`le gouvernement d'unité nationale (`: the noun phrase of a body's noun right before the bracket, its
    definite article with it: (start, end), or None."""
    words = doc.char_span(0, bracket, alignment_mode="contract")
    last = None if words is None or not len(words) else words[-1]
    if last is None or last.is_space or text[last.idx + len(last):bracket].strip():
        return None
    head = last
    while head.head.i < head.i and head.head.i != head.i and head.dep_ not in ("ROOT", "nsubj", "obj", "obl"):
        head = head.head
    if head.pos_ != "NOUN" or head.lower_ not in BODY_HEADS or head.i > last.i:
        return None
    first = head
    det = next((c for c in head.children if c.i < head.i and c.dep_ == "det"), None)
    if det is not None and det.lower_ in DETERMINERS:
        first = det
    elif any(c.i < head.i and c.dep_ == "det" for c in head.children):
        return None  # `un parti (...)`, `du parti`: only a definite, unfused article opens the name
    if any(t.is_punct and t.text not in ("'", "’", "-") for t in doc[first.i:last.i + 1]):
        return None
    return first.idx, last.idx + len(last)
