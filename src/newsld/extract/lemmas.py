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
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc

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
        return doc

    @staticmethod
    def infinitive_of(form: str) -> str | None:
        present = FIRST_GROUP_PRESENT.match(form)
        return present["stem"] + "er" if present else None
