"""Person names the model does not know, round 20, on sentences of our own: the name is one subtree of the tree.

- A first name the tagger takes for a verb or an adjective (`Mette`, `Narendra`) made the parser hang the name's
  words as a verb, its object and its subject: the sentence's subject, conjuncts and objects were lost. The name
  is now one subtree (its first word the head, the others `flat:name`) hung where its phrase belongs: the subject
  of the verb after it, the conjunct of the name before `et`, the object of a verb, with a hyphenated family name
  (`Asante-Boateng`) kept whole. A first name the recogniser left out of the name belongs to it.
- Not a name: a capitalised verb opening the sentence before a name (`Reste Kulkarni, qui ...`), a place, a title's
  adjective (`le Premier ministre`), a name made with a place noun (`Thanh Hoa-Ville`); a name already hung word by
  word on its title is left as it is.

Each test checks the tree of the name or the parties of one event."""

from __future__ import annotations

from newsld.extract.name_trees import broken_name, person_names
from newsld.extract.nlp import parse


def _doers(v, event: dict) -> set[str]:
    return {e for r, e in v.roles(event) if r in ("agent", "participant")}


def _name(doc, words: str):
    return next(n for n in person_names(doc) if n.text == words)


# --- the name is one subtree, hung where its phrase belongs --------------------------------------------------------

def test_a_first_name_read_as_a_verb_heads_the_name_as_the_subject():
    doc = parse("Mette Kirkegaard a reçu jeudi le Premier ministre grec.")
    first, family, verb = doc[0], doc[1], doc[3]
    assert first.pos_ == "PROPN" and family.head.i == first.i and family.dep_ == "flat:name"
    assert first.head.i == verb.i and first.dep_ == "nsubj"
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Mette Kirkegaard"]


def test_the_subject_with_an_unknown_first_name_hosts_the_meeting(view):
    v = view("Mette Kirkegaard a reçu jeudi le Premier ministre grec.")
    meeting = v.event_on("Meeting", "reçu")
    assert ("agent", v.named("Mette Kirkegaard")) in v.roles(meeting)
    assert ("participant", v.named("le Premier ministre grec")) in v.roles(meeting)


def test_two_titled_names_joined_by_et_both_sign(view):
    v = view("La cheffe du gouvernement Mette Kirkegaard et le président Oumarou Diallo ont signé un traité.")
    signing = v.event_on("Agreement", "signé")
    assert _doers(v, signing) == {v.named("Mette Kirkegaard"), v.named("Oumarou Diallo")}


def test_a_name_after_a_title_is_the_verbs_object(view):
    v = view("La Russie a expulsé le diplomate Mette Kirkegaard.")
    expulsion = v.event_on("Event", "expulsé")
    assert ("recipient", v.named("Mette Kirkegaard")) in v.roles(expulsion)
    assert ("agent", v.named("Russie")) in v.roles(expulsion)


def test_a_hyphenated_family_name_stays_one_name_as_the_object():
    doc = parse("Le Kenya a convoqué l'ambassadeur Tomasz Asante-Boateng.")
    name = _name(doc, "Tomasz Asante-Boateng")
    assert not broken_name(name)
    assert all(t.head.i == name.start and t.dep_ == "flat:name" for t in name[1:])
    assert name[0].head.text == "ambassadeur"


def test_two_names_joined_by_et_are_two_speakers(said):
    found = said("Mette Kirkegaard et Tevita Fonua ont condamné l'attaque contre le port.")
    speakers = {found.label(a.speaker) for a in found.on("ont condamné")}
    assert {"Mette Kirkegaard", "Tevita Fonua"} <= speakers


# --- not a name, or a name left as it is -----------------------------------------------------------------------

def test_a_capitalised_verb_opening_the_sentence_is_no_first_name():
    doc = parse("Reste Kulkarni, qui a refusé de signer le texte.")
    assert not any(n.text.startswith("Reste") for n in person_names(doc))
    assert doc[0].pos_ != "PROPN"


def test_a_place_is_no_person_name():
    doc = parse("Le ministre s'est rendu à Port-Louis, puis à Kuala Lumpur.")
    assert person_names(doc) == []


def test_a_place_named_with_ville_is_no_person_name_even_when_read_as_one():
    doc = parse("La délégation a fait escale à Thanh Hoa-Ville avant de gagner la capitale.")
    assert person_names(doc) == []


def test_a_titles_adjective_stays_out_of_the_name():
    doc = parse("Le Premier ministre Narendra Joshi a rencontré le président.")
    assert [n.text for n in person_names(doc)] == ["Narendra Joshi"]
    assert doc[1].dep_ == "amod" and doc[1].head.text == "ministre"


def test_a_name_hung_on_its_title_is_left_as_it_is():
    doc = parse("Le ministre Aurelio Bentancor a rencontré Ilse Vandewalle.")
    assert not broken_name(_name(doc, "Aurelio Bentancor")) and not broken_name(_name(doc, "Ilse Vandewalle"))
    assert doc[1].dep_ == "nsubj" and doc[6].dep_ == "obj"
