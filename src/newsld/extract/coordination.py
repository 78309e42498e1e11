"""Coordination: the names a conjunction joins, whatever the parse made of them.

French news joins two or three parties with `et`, `ou`, `ainsi que` or commas, and very often sets a title before
each name: `Le président kazakh X et le numéro un chinois Y ont signé`, `X et son homologue indien Y ont condamné`,
`par le ministre turc X et le chef de la diplomatie iranienne Y`. The parser hangs the second title on the first name
(or the second name on the first title), so the parse alone loses the second party. Read by the words, the text
between two names is a coordination when it is a conjunction (or a comma) with at most an article after it, or a
conjunction and a title phrase set before the second name: a determiner, then nouns, adjectives, numbers and the
small words of a title (`de`, `des`, `la`), ending right before the name (or at a comma set before it). A verb, a
pronoun, a quote, a clause or a second preposition in between ends the coordination: `X et a dit que Y` joins no
names.

    joined_by_words(doc, left_end, right_start) -> "plain" | "titled" | None
    closes_list(doc, left_end, right_start) -> bool   (the gap holds `et`/`ou`, not only a comma)

`titled` asks the caller to check that the second name is one a title can describe (a person, a body).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsld.extract.nlp import doc_text

# The joining word (after an optional comma) and what may follow it before the title or the name.
JOINING = re.compile(r"\s*(?:,\s*)?(?P<word>et|ou|ainsi\s+que|ainsi\s+qu['’])?\s*", re.IGNORECASE)
ARTICLE_ONLY = re.compile(r"(?:(?:le|la|les|l['’])\s*)?", re.IGNORECASE)
TITLE_DETERMINERS = {"le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs", "un", "une", "ce", "cet",
                     "cette"}
TITLE_POS = {"DET", "NOUN", "ADJ", "ADP", "NUM", "PROPN", "X"}
# Small words of a title (`le chef de la diplomatie`, `numéro un`, `vice-`): the rest must be nouns or adjectives.
TITLE_SMALL_WORDS = {"de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’", "un", "-"}
LONGEST_TITLE = 9  # tokens: `le ministre russe des Affaires étrangères` is six


def joined_by_words(doc: Doc, left_end: int, right_start: int, comma: bool = True) -> str | None:
    """How the words between two names (character offsets) join them: `plain` (`X et Y`, `X, la Y`, `X ou Y`),
    `titled` (`X et le président chinois Y`, `X, et son homologue, Y`), or None (no coordination). Without `comma`
    a bare comma does not join (the caller wants `et`/`ou`)."""
    if right_start <= left_end:
        return None
    gap = doc_text(doc)[left_end:right_start]
    joining = JOINING.match(gap)
    if joining is None or joining.end() == 0:
        return None
    if joining["word"] is None and (not comma or "," not in joining[0]):
        return None  # a comma alone, where the caller wants `et`/`ou`; or only spaces
    rest = gap[joining.end():]
    if ARTICLE_ONLY.fullmatch(rest):
        return "plain"
    return "titled" if _title_phrase(doc, left_end + joining.end(), right_start) else None


def _title_phrase(doc: Doc, start: int, end: int) -> bool:
    """Is the text from `start` to `end` a title set before a name (`le numéro un chinois`, `son homologue indien,`):
    a determiner, then title words only, at least one of them a noun?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or len(span) > LONGEST_TITLE + 1:  # (+1: a comma before the name)
        return False
    tokens = list(span)
    if len(tokens) > 1 and tokens[-1].text == ",":
        tokens = tokens[:-1]  # `et son homologue chinois, Wang Yi`: the comma set before the name
    if len(tokens) > LONGEST_TITLE or tokens[0].lower_ not in TITLE_DETERMINERS:
        return False
    if tokens[-1].idx + len(tokens[-1].text) > end:
        return False  # the name starts inside a token of the title: not a title before it
    words = tokens[1:]
    if not words or words[-1].lower_ in TITLE_SMALL_WORDS or any(
            t.pos_ not in TITLE_POS or (t.is_punct and t.text != "-") for t in words):
        return False
    if any(t.pos_ in ("DET", "ADP") and t.lower_ not in TITLE_SMALL_WORDS for t in words):
        return False  # `et à Y`, `et pour Y`: a preposition of its own, another complement
    return words[0].pos_ in ("NOUN", "ADJ", "PROPN") and any(t.pos_ == "NOUN" or t.text[:1].isupper() for t in words)


def closes_list(doc: Doc, left_end: int, right_start: int) -> bool:
    """Does the gap between two joined names hold the conjunction (`, et`, `ou`), which closes a list, rather
    than a comma only (`X, Y et Z`: the comma goes on, the `et` closes)?"""
    joining = JOINING.match(doc_text(doc)[left_end:right_start])
    return joining is not None and joining["word"] is not None


def may_take_title(left_type: str, right_type: str) -> bool:
    """A title set before the second name describes a person or a body (`et l'agence russe Roscosmos`): the second
    name is a person, or of the first one's type."""
    return right_type == "person" or right_type == left_type
