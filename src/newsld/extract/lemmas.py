"""Give the present forms the lemmatiser leaves as they are their infinitive: `cherche` -> `chercher`.

spaCy's French lemmatiser looks a verb form up in a table of irregular forms (`lance` -> `lancer`, `appelle` ->
`appeler`, `ouvre` -> `ouvrir`), then tries its ending rules; it has a rule for `-es` and `-ent` but none for a bare
`-e`, so the regular present (and subjunctive) `-e` of the first group, the open class of French verbs, keeps its own
form as its lemma (`Berlin demande que`, `que l'Éthiopie bombarde`, `cherche à réduire`). This pipeline component,
run right after the lemmatiser, gives such a verb its first-group infinitive, once, so that every rule reading a
lemma knows it. A word is only changed when the tagger saw a verb and the infinitive is one the lemmatiser's own
tables know, or the verb is a finite present (a verb the tables lack: `tweete`): a noun the tagger took for a verb
(`dimanche`) keeps its lemma.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import ADJ, VERB
from spacy.tokens import Doc, Token

PRESENT_LEMMA_COMPONENT = "newsld_present_lemmas"
# A present form of the first group: the stem and the ending of the 1st/3rd person (`-e`, `-es`, `-ent`)
FIRST_GROUP_PRESENT = re.compile(r"^(?P<stem>[a-zàâçéèêëîïôûùüÿœ]{2,}?)(?:e|es|ent)$")


@Language.factory(PRESENT_LEMMA_COMPONENT)
def make_present_lemmas(nlp: Language, name: str) -> PresentLemmas:
    """The component, with the infinitives the pipeline's lemmatiser knows (its verb index and the infinitives of
    its table of irregular forms)."""
    tables = nlp.get_pipe("lemmatizer").lookups
    exceptions = tables.get_table("lemma_exc", {}).get("verb", {})
    known = set(tables.get_table("lemma_index", {}).get("verb", [])) | {
        lemma for lemmas in exceptions.values() for lemma in lemmas}
    return PresentLemmas(frozenset(known))


class PresentLemmas:
    """Sets the lemma of each verb whose lemma is its own present form of the first group (see the module docstring)."""

    def __init__(self, infinitives: frozenset[str]) -> None:
        self.infinitives = infinitives

    def __call__(self, doc: Doc) -> Doc:
        # Read as columns: only the few verbs whose lemma is their own form are looked at as tokens.
        columns = doc.to_array([POS, LEMMA, LOWER])
        unlemmatised = (columns[:, 0] == VERB) & (columns[:, 1] == columns[:, 2])
        for i in numpy.flatnonzero(unlemmatised).tolist():
            verb = doc[i]
            infinitive = self.infinitive_of(verb.lower_)
            finite_present = verb.morph.get("VerbForm") == ["Fin"] and "Pres" in verb.morph.get("Tense")
            if infinitive is not None and (infinitive in self.infinitives or finite_present):
                verb.lemma_ = infinitive
        for i in numpy.flatnonzero(columns[:, 0] == ADJ).tolist():
            self.retag_present_tagged_adjective(doc[i])
        return doc

    def retag_present_tagged_adjective(self, word: Token) -> None:
        """`les troupes contrôlent la centrale`, `Ces frappes violent le droit`, `Le pacte expire en 2026`: a present
        of the first group the tagger took for an adjective is the verb, when its subject is before it: a plural noun
        (an adjective in `-ent` agreeing with one is spelt `-ents`), or any noun phrase of a sentence that has no
        verb at all (wire copy writes none). A noun set after it that the parse made a second subject is its object;
        a verb hung on its noun as a description is left to the argument repair (argument_repair.py), which makes the
        noun phrase before it its subject."""
        infinitive = self.infinitive_of(word.lower_)
        if infinitive is None or infinitive not in self.infinitives or word.i + 1 >= len(word.doc) or (
                word.nbor(1).is_punct):
            return
        plural = word.lower_.endswith("ent")
        noun = word.head
        phrase = [noun]  # (`Les soldats de la paix contrôlent`: hung on the complement, it agrees with the head)
        while phrase[-1].dep_ == "nmod" and phrase[-1].head.i < phrase[-1].i:
            phrase.append(phrase[-1].head)
        # (the words between are the noun's own: `Le pacte de sécurité expire`, `Les gangs armés contrôlent`)
        described = word.dep_ in ("amod", "acl") and noun.i < word.i and all(
            not t.is_punct and t.pos_ not in ("PRON", "SCONJ") and noun in t.ancestors
            for t in word.doc[noun.i + 1:word.i]) and (
            any(map(_plural_noun, phrase)) if plural else _verbless_root(phrase[-1]))
        subject = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i), None)
        if not described and not (plural and subject is not None and _plural_noun(subject)):
            return
        word.pos_, word.lemma_ = "VERB", infinitive
        word.set_morph(f"Mood=Ind|Number={'Plur' if plural else 'Sing'}|Person=3|Tense=Pres|VerbForm=Fin")
        if described:
            word.dep_ = "acl"
        for late in [c for c in word.children if c.dep_ == "nsubj" and c.i > word.i]:
            late.dep_ = "obj"

    @staticmethod
    def infinitive_of(form: str) -> str | None:
        present = FIRST_GROUP_PRESENT.match(form)
        return present["stem"] + "er" if present else None


def _verbless_root(noun: Token) -> bool:
    """The noun heads a sentence with no verb (nor auxiliary) in it."""
    return noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and not any(
        t.pos_ in ("VERB", "AUX") for t in noun.sent)


def _plural_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "PRON") and "Plur" in token.morph.get("Number")
