"""Tenses the tagger gets wrong on French finite verbs, corrected from the written form.

Two confusions matter for dating: the imperfect of a narrative (« les émeutiers incendiaient mardi soir ») tagged
as a present, which would send its weekday to next week; and the third person of ``-ir`` verbs, whose present and
passé simple are written alike (« le Conseil se réunit jeudi »), tagged as a past, which would send a scheduled
meeting to last week. Wire copy hardly ever uses the passé simple, so an ambiguous form is read as the present.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# imperfect endings of the indicative (the present of a few verbs ends alike: their lemmas are below)
IMPERFECT = re.compile(r"(?:ais|ait|aient)$")
PRESENT_IN_AIT = ("faire", "savoir", "plaire", "taire", "naître", "naitre", "connaître", "connaitre", "paraître",
                  "paraitre", "traire", "ayer")
# forms shared by the present and the passé simple (3rd person singular of -ir verbs, « dit »), and the forms that
# are only a passé simple
AMBIGUOUS_PAST = re.compile(r"(?:it|is)$")
ONLY_SIMPLE_PAST = re.compile(r"^(?:fit|.*prit|.*mit)$")


def corrected_tenses(verb: Token, tenses: set[str]) -> set[str]:
    """The tagger's tenses of a finite verb without an auxiliary, corrected from its written form."""
    if verb.morph.get("VerbForm") != ["Fin"] or "Sub" in verb.morph.get("Mood"):
        return tenses
    form, lemma = verb.text.lower(), verb.lemma_.lower()
    if "Pres" in tenses and IMPERFECT.search(form) and not lemma.endswith(PRESENT_IN_AIT) and form != lemma:
        return (tenses - {"Pres"}) | {"Imp"}
    if "Past" in tenses and AMBIGUOUS_PAST.search(form) and not ONLY_SIMPLE_PAST.match(form):
        return (tenses - {"Past"}) | {"Pres"}
    return tenses


def governing_verb(token: Token) -> Token | None:
    """The verb whose clause tells what ``token`` (a time) is in: up its heads, through any chain of nouns and names
    (« Lavrov, de passage à Hanoï lundi, s'était rendu », « depuis leur entrée ... dimanche jusqu'à leur sortie
    mardi soir » under « a suivi »: a noun takes the tense of the clause that tells it), to the first verb, auxiliary
    or word with a copula or an auxiliary; at a root that is no verb (the parse lost the clause), the nearest verb."""
    for _ in range(len(token.doc)):  # (bounded: the repairs of the parse rehang words, a cycle must not hang this)
        if token.pos_ in ("VERB", "AUX") or any(c.dep_.startswith(("cop", "aux")) for c in token.children):
            return token
        if token.head.i == token.i:
            return nearest_verb(token)
        token = token.head
    return None


def nearest_verb(token: Token) -> Token | None:
    """The verb nearest ``token`` in its sentence (the clause a fronted time opens, when the parse made the time the
    root); a verb's auxiliary gives way to the verb it helps."""
    verbs = [t for t in token.sent if t.pos_ == "VERB"]
    return min(verbs, key=lambda t: abs(t.i - token.i), default=None)
