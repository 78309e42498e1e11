"""A place named by the noun of its kind and a proper name: ``la place Rouge``, ``le palais de Dolmabahçe``,
``le cimetière de Novodievitchi``, ``le cosmodrome de Baïkonour``, ``l'océan Indien``, ``les îles Senkaku``,
``près du village de Kozatche``.

The kind noun is part of the place's name: the mention is the noun and the capitalised words after it (with the
``de`` between), without the article (a name, as ``département d'État``). The recogniser often finds only the
proper words (``Dolmabahçe``) or nothing; a name it read there becomes the whole. A local name of another kind
inside it (``Serbie`` in ``le palais de la Serbie``) gives the landmark its name and is no mention of its own: the
landmark is a local place, never a guessed QID. A local place read at the name's words (``Kozatche`` after
``village de``) keeps its entity: the kind noun only says what it is. A name the knowledge base links (``l'aéroport
de Pékin``, ``les rues de Kiev``) stays that city's mention: the phrase describes a place of the city.

Left alone: ``la place de X`` (``à la place de Poutine``: instead of), ``le port de X`` and ``la ville de X`` (the
gold reads the city's own name there), ``l'île de X`` and ``la province de X`` (read by the division step), and
``le pont de Crimée`` (a description that names the region).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsld.extract.model import Entities, Mention, fold
from newsld.extract.nlp import doc_text
from newsld.iris import is_qid

# Kinds of landmark whose proper name follows with `de` (`le palais de Dolmabahçe`, any capitalised words) or
# without it (`le stade Loujniki`, one word, as below).
WITH_OR_WITHOUT_OF = ("palais", "cimetière", "cosmodrome", "aéroport", "gare", "stade", "village", "monastère",
                      "cathédrale", "mosquée", "parc", "boulevard", "avenue", "rue", "quartier")
# Kinds whose proper name follows without `de` only (`la place Rouge`; `la place de X` is `instead of X`), one
# word (and `du Nord`, `du Sud`): two capitalised words there are most often a person's name the place bears
# (`la place Charles Aznavour`), a mention of that person.
WITHOUT_OF = ("place", "océan", "îles")
CAPITALISED = r"[A-ZÉÈÊÎÔÂ][\w’'-]*"
LANDMARK = re.compile(
    rf"\b(?P<noun>(?i:{'|'.join(WITH_OR_WITHOUT_OF)}))[ \u00a0]+"
    r"(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|de[ \u00a0]+|d['’])"
    rf"(?P<name>{CAPITALISED}(?:[ \u00a0]+{CAPITALISED})*)"
    rf"|\b(?P<bare_noun>(?i:{'|'.join((*WITH_OR_WITHOUT_OF, *WITHOUT_OF))}))[ \u00a0]+"
    rf"(?P<bare_name>{CAPITALISED}(?![\w’'-])(?![ \u00a0]+[A-ZÉÈÊÎÔÂ])"
    r"(?:[ \u00a0]+du[ \u00a0]+(?:Nord|Sud)|[ \u00a0]+de[ \u00a0]+l['’](?:Est|Ouest))?)")
# Capitalised words that end a name rather than belong to it (a weekday written after a name, a title).
NOT_NAME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "m.", "mme"}
UNLINKED_LANDMARK = "a place the article names by its kind and a proper name; no verified QID for the whole"


def landmark_mentions(doc: Doc, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each landmark of :data:`LANDMARK` one name mention of a place (see the module)."""
    text = doc_text(doc)
    entity_by_label: dict[str, str] = {}
    lowered = text.lower()  # `LANDMARK` reads its kind nouns in any case (`Palais de X` opening a sentence)
    if not any(noun in lowered for noun in (*WITH_OR_WITHOUT_OF, *WITHOUT_OF)):
        return mentions
    for match in LANDMARK.finditer(text):
        noun = "noun" if match.group("noun") else "bare_noun"
        name = "name" if noun == "noun" else "bare_name"
        start, name_start = match.start(noun), match.start(name)
        written = match.group(name)
        words = written.split()
        while words and fold(words[-1]) in NOT_NAME_WORDS:
            words.pop()
        if not words:
            continue
        offset = 0
        for word in words:
            offset = written.index(word, offset) + len(word)
        end = name_start + offset
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or (m.kind != "name" and m.kind != "metonym") or m.start < name_start
               for m in inside):
            continue  # a mention over the kind noun or around the phrase: another step read it
        if any(m.type == "person" or is_qid(m.entity) for m in inside) or any(
                e.label_ == "PER" and e.start_char == name_start for e in doc.ents):
            continue  # `l'aéroport de Pékin`: a known city the noun describes; `le stade Kofi Annan`: a person
        kept = next((m for m in inside if (m.start, m.end) == (name_start, end) and not is_qid(m.entity)
                     and m.type == "place" and fold(match.group(noun)) in ("village", "quartier")), None)
        for mention in inside:
            mentions.remove(mention)
            if mention is not kept and not any(m.entity == mention.entity for m in mentions):
                entities.by_id.pop(mention.entity, None)
        label = text[start:end]
        entity = kept.entity if kept is not None else entity_by_label.get(fold(label)) or entities.new_local(
            label, "place", UNLINKED_LANDMARK)
        entity_by_label[fold(label)] = entity
        mentions.append(Mention(start, end, entity, "name", "place"))
    return mentions
