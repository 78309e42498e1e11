"""The persons of a quote: who `je`, `vous`, `notre invité` and a third-person `il` stand for.

Resolved once the speech acts are known (they come after the references): `je`, `j'`, `moi` in a quote are its
speaker; `vous` is the one person other than the speaker that the quote's sentence names outside the quote; a
third-person pronoun resolved to the speaker himself is moved to someone else, since a speaker says `je`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from newsld.extract.knowledge_base import KnowledgeBase
from newsld.extract.model import Mention, fold
from newsld.extract.nlp import doc_text, sentence_of

FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:(?:[Jj]e|moi)(?![\w-])|[Jj]['’])")
OUR_COUNTRY = re.compile(r"(?<![\w'’-])[Nn]otre pays\b(?!\s+(?:d'|de|du|des)\b)")


def first_person_mentions(kb: KnowledgeBase, text: str, acts: Iterable[tuple[str, Iterable[tuple[int, int]]]],
                          mentions: Iterable[Mention]) -> list[Mention]:
    """`« Je suis heureux », a dit X`: `je`, `j'` and `moi` in a quote are its speaker, a person of the
    knowledge base or a named person it does not hold; `notre pays` is the speaker's country (wdt:P27, when there
    is one), if the article names it. ``acts`` are (speaker id, quote spans) pairs from the speech acts; spans that
    a mention already holds are left alone. Called once the speakers are known (speech acts come after references)."""
    mentions = list(mentions)
    named = {m.entity for m in mentions}
    taken = [(m.start, m.end) for m in mentions]
    local_persons = {m.entity for m in mentions if m.type == "person" and m.kind == "name"
                     and m.entity.startswith("local:")}
    found: list[Mention] = []
    for speaker, quotes in acts:
        entity = kb.get(speaker)
        if (entity is None and speaker not in local_persons) or (entity is not None and entity.type != "person"):
            continue  # (a named person the knowledge base does not hold says `je` too: `a déclaré Lula`)
        country = entity.claim("P27")[0] if entity is not None and len(entity.claim("P27")) == 1 else None
        for start, end in quotes:
            spans = [(m.start(), m.end(), speaker, "pronoun", "person")
                     for m in FIRST_PERSON.finditer(text, start, end)]
            if country in named:  # its entity is known: `notre pays` in a quote of Fumio Kishida is Japan
                spans += [(m.start(), m.end(), country, "nominal", "country")
                          for m in OUR_COUNTRY.finditer(text, start, end)]
            for span in spans:
                if not any(a < span[1] and span[0] < b for a, b in taken):
                    found.append(Mention(*span))
                    taken.append(span[:2])
    return found


SECOND_PERSON = re.compile(r"(?<![\w'’-])[Vv]ous(?![\w-])(?!\s+(?:tous|toutes|autres|deux|trois)\b)")
# `notre invité`, `mon hôte` in a quote: the person the speaker receives or visits.
GUEST = re.compile(r"(?<![\w'’-])(?:[Nn]otre|[Mm]on|[Mm]a)\s+(?:invitée?|hôte|homologue)(?![\w-])")
Act = tuple[str, Iterable[tuple[int, int]]]


def addressee_mentions(doc: Doc, acts: Iterable[Act], mentions: Iterable[Mention]) -> list[Mention]:
    """The second person of a quote. `vous` is the one person, other than the speaker, that the quote's
    sentence names outside the quote (`« Je suis heureux de vous voir », a dit X en accueillant Y`); with
    no such person, or several, it stays unresolved (it may be the press, or a crowd). `notre invité`,
    `mon homologue` is that person too, else the last person named before the quote other than the
    speaker. Called with the speech acts, like :func:`first_person_mentions`."""
    mentions = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for speaker, quotes in acts:
        quotes = list(quotes)
        for start, end in quotes:
            for match, fallback in [*((m, False) for m in SECOND_PERSON.finditer(doc_text(doc), start, end)
                                      if not _plural_vous(doc, m.start())),
                                    *((m, True) for m in GUEST.finditer(doc_text(doc), start, end))]:
                span = (match.start(), match.end())
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                person = _addressee(doc, speaker, quotes, mentions, fallback)
                if person is not None:
                    found.append(Mention(*span, person.entity, "pronoun" if not fallback else "nominal", "person"))
                    taken.append(span)
    return found


def _plural_vous(doc: Doc, offset: int) -> bool:
    """`vous êtes venus`, `merci de vous être déplacés`: a participle or adjective agreeing in the plural
    right after `vous` says it is several people."""
    span = doc.char_span(offset, offset + 4, alignment_mode="expand")
    if span is None or not len(span):
        return False
    after = doc[span[-1].i + 1:span[-1].i + 5]
    return any(t.pos_ in ("ADJ", "VERB") and t.morph.get("Number") == ["Plur"] and "Part" in t.morph.get(
        "VerbForm", ["Part"]) for t in after)


def _addressee(doc: Doc, speaker: str, quotes: list[tuple[int, int]], mentions: list[Mention],
               fallback: bool) -> Mention | None:
    first, last = doc.char_span(quotes[0][0], quotes[0][0] + 1, alignment_mode="expand"), doc.char_span(
        quotes[-1][1] - 1, quotes[-1][1], alignment_mode="expand")
    if first is None or last is None or not len(first) or not len(last):
        return None
    start, end = sentence_of(first[0]).start_char, sentence_of(last[-1]).end_char
    outside = [m for m in mentions if start <= m.start and m.end <= end and m.type == "person"
               and m.entity != speaker and not any(a <= m.start < b for a, b in quotes)]
    if len({m.entity for m in outside}) == 1:
        return outside[0]
    if outside or not fallback:
        return None
    before = [m for m in mentions if m.end <= start and m.type == "person" and m.entity != speaker]
    return max(before, key=lambda m: m.start) if before else None


THIRD_PERSON_MASCULINE = {"il", "lui", "ce dernier", "celui-ci"}
THIRD_PERSON = THIRD_PERSON_MASCULINE | {"elle", "cette derniere", "celle-ci"}


def third_persons_in_quotes(text: str, acts: Iterable[Act], mentions: list[Mention]) -> list[Mention]:
    """A third-person pronoun in a quote is never its speaker, who would say `je` (`« Il est un ami », a dit X`
    is about someone else). Such a pronoun, resolved before the speakers were known, is moved: `il`, `lui`,
    `ce dernier` to the person named last before it other than the speaker; `elle`, or a pronoun with no
    such person, is left unresolved. Returns the mentions in text order, without those left unresolved."""
    speaker_of = {id(m): speaker for speaker, quotes in acts for a, b in quotes for m in mentions
                  if m.kind == "pronoun" and m.entity == speaker and a <= m.start < b
                  and fold(text[m.start:m.end]) in THIRD_PERSON}
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        speaker = speaker_of.get(id(mention))
        if speaker is None:
            kept.append(mention)
            continue
        other = next((m for m in reversed(kept) if m.type == "person" and m.entity != speaker), None)
        if other is not None and fold(text[mention.start:mention.end]) in THIRD_PERSON_MASCULINE:
            mention.entity = other.entity
            kept.append(mention)
    return kept


# `nos deux pays`, `nos trois nations` in a quote: its `nous` is those together, not the speaker's side alone.
WE_TOGETHER = re.compile(r"\b[Nn]os\s+(?:deux|trois|quatre|cinq|six)\s+(?:pays|nations|peuples|États|gouvernements|"
                         r"délégations|capitales)\b")
WE = re.compile(r"(?<![\w'’-])[Nn]ous(?![\w-])")


def we_spans(doc: Doc, quotes: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each `nous` of a speaker's quotes that stands for the side the speaker speaks for: none in
    quotes that speak of `nos deux pays` (the two together), and not the reflexive clitic of a clause whose subject
    is already `nous` (`nous nous réjouissons`, `Nous ne pouvons que nous en réjouir`: the same people again)."""
    quotes = list(quotes)
    text = doc_text(doc)
    if any(WE_TOGETHER.search(text, a, b) for a, b in quotes):
        return []
    return [m.span() for a, b in quotes for m in WE.finditer(text, a, b) if not _reflexive_we(doc, m.start())]


def _reflexive_we(doc: Doc, offset: int) -> bool:
    span = doc.char_span(offset, offset + 4, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    if token.i > 0 and doc[token.i - 1].lower_ == "nous":
        return True  # `nous nous sommes entretenus`
    verb = token.head
    governor = verb.head if "Inf" in verb.morph.get("VerbForm") else verb
    return any(c.lower_ == "nous" and c.dep_.startswith("nsubj") and c.i < token.i for c in governor.children)
