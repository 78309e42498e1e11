"""The infinitive of a present form the lemmatiser leaves as it is (round 18, lemmas.py).

spaCy's French lemmatiser has no rule for the bare `-e` of the first group: a present (or subjunctive) form it does
not list as an irregular one falls back to a table that knows it as the noun or adjective it also spells (`demande`,
`reste`, `rencontre`, `préside`), or keeps its own form (`tweete`). The pipeline gives such a verb its first-group
infinitive once, right after the lemmatiser, so that every rule reading a lemma knows the verb:

- a verb's `-e` present of the first group gets its infinitive, in the indicative as in the subjunctive, also a verb
  the lemmatiser's tables lack, when it is a finite present;
- the forms the lemmatiser already gets right keep their lemma: `-es`/`-ent`, the spellings of `-cer`, `-ger`,
  `-eler`, `-eter`, `-yer` verbs, and the third group (`permet`, `ouvre`, `offre`, `dit`);
- a noun or an adjective keeps its own lemma (`la demande`, `une critique`, `russe`), as does a word the tagger
  called a verb but that is no finite present and whose infinitive the tables do not know;
- the rules then read a present like the past tense of the same verb (`rencontre` a meeting like `a rencontré`).

Every sentence is of our own writing. Publication date 2024-03-15.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsld.extract.lemmas import PRESENT_LEMMA_COMPONENT
from newsld.extract.nlp import parse

CHINA, BEIJING, PUTIN = "Q148", "Q956", "Q7747"


def _lemmas(text: str, pos: str = "VERB") -> dict[str, str]:
    """The lemma of each word of this part of speech, by its lower-cased form."""
    return {t.lower_: t.lemma_ for t in parse(text) if t.pos_ == pos}


# --- the correction ----------------------------------------------------------------------------------------------

def test_a_present_of_the_first_group_gets_its_infinitive():
    lemmas = _lemmas("Berlin demande que Moscou retire ses troupes du Mali.")
    assert lemmas["demande"] == "demander" and lemmas["retire"] == "retirer"


def test_a_present_spelt_like_a_noun_is_the_verb_it_is():
    assert _lemmas("La flotte russe reste en mer Noire.")["reste"] == "rester"
    assert _lemmas("Le président kényan préside la séance.")["préside"] == "présider"
    assert _lemmas("Le président russe rencontre lundi son homologue chinois.")["rencontre"] == "rencontrer"


def test_a_subjunctive_in_e_gets_its_infinitive():
    lemmas = _lemmas("Il faut que le ministre visite la frontière et signe le traité.")
    assert lemmas["signe"] == "signer"


def test_a_verb_the_tables_lack_gets_its_infinitive_when_it_is_a_finite_present():
    assert _lemmas("Elle tweete souvent.")["tweete"] == "tweeter"


def test_plural_presents_keep_their_infinitive():
    lemmas = _lemmas("Les ministres estiment que les deux armées patrouillent ensemble.")
    assert lemmas["estiment"] == "estimer" and lemmas["patrouillent"] == "patrouiller"


def test_the_spellings_of_cer_ger_eler_eter_and_yer_verbs_are_not_doubled():
    lemmas = _lemmas("Le Maroc lance un satellite, appelle au calme, rejette les critiques, exige des excuses et "
                     "envoie un émissaire.")
    assert lemmas == {"lance": "lancer", "appelle": "appeler", "rejette": "rejeter", "exige": "exiger",
                      "envoie": "envoyer"}


def test_the_third_group_keeps_its_infinitive():
    lemmas = _lemmas("Le traité permet des inspections et ouvre la voie à un accord qui offre des garanties, dit le "
                     "ministre.")
    assert lemmas == {"permet": "permettre", "ouvre": "ouvrir", "offre": "offrir", "dit": "dire"}


def test_nouns_and_adjectives_keep_their_lemma():
    text = "La demande de la Pologne et la rencontre de mardi suscitent une critique russe."
    nouns = _lemmas(text, "NOUN")
    assert nouns["demande"] == "demande" and nouns["rencontre"] == "rencontre" and nouns["critique"] == "critique"
    assert _lemmas(text, "ADJ")["russe"] == "russe"


def test_a_word_tagged_as_a_verb_that_is_no_finite_present_keeps_its_lemma(nlp):
    """`dimanche` taken for a participle: no finite present, and `dimancher` is no infinitive the tables know."""
    doc = Doc(nlp.vocab, words=["Le", "vote", "dimanche"], pos=["DET", "NOUN", "VERB"],
              lemmas=["le", "vote", "dimanche"], morphs=["", "", "Tense=Past|VerbForm=Part"])
    nlp.get_pipe(PRESENT_LEMMA_COMPONENT)(doc)
    assert doc[2].lemma_ == "dimanche"


def test_a_form_with_no_tense_whose_infinitive_the_tables_know_gets_it(nlp):
    """An imperative (`Cherche !`): no finite present, but `chercher` is an infinitive the tables know."""
    doc = Doc(nlp.vocab, words=["Cherche", "!"], pos=["VERB", "PUNCT"], lemmas=["cherche", "!"],
              morphs=["Mood=Imp|VerbForm=Fin", ""])
    nlp.get_pipe(PRESENT_LEMMA_COMPONENT)(doc)
    assert doc[0].lemma_ == "chercher"


# --- what the rules read from it -----------------------------------------------------------------------------------

def test_a_meeting_told_in_the_present_is_a_meeting(view):
    v = view("Le président russe rencontre lundi son homologue chinois.")
    meeting = v.event_on("Meeting", "rencontre")
    assert ("participant", PUTIN) in v.roles(meeting)


def test_a_meeting_chaired_in_the_present_is_a_meeting(view):
    v = view("Le président kényan préside une réunion sur la sécurité à Nairobi.")
    assert v.event_on("Meeting", "préside")


def test_what_is_fired_in_the_present_is_the_theme(view):
    v = view("La Corée du Nord tire un missile balistique en mer du Japon.")
    assert v.themes(v.event_on("Event", "tire")) == ["un missile balistique"]


def test_a_city_one_leaves_in_the_present_is_the_city(view):
    assert view("Le chef de la diplomatie quitte Pékin mardi.").named("Pékin") == BEIJING


def test_the_one_asked_to_act_in_the_present_is_the_doer(view):
    v = view("Washington demande à Pékin de cesser ses manœuvres.")
    halt = v.event_on("Event", "cesser")
    assert {e for r, e in v.roles(halt) if r == "agent"} == {CHINA} and halt["status"] == "proposed"


def test_an_aim_in_the_present_is_planned(view):
    v = view("Le Vietnam cherche à renforcer ses liens avec le Japon.")
    assert v.event_on("Event", "renforcer")["status"] == "planned"


def test_showing_strength_in_the_present_is_no_act_as_in_the_past(view):
    v = view("La Russie montre sa force lors d'un défilé militaire à Moscou.")
    assert not v.events_on("montre")
