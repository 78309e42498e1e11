"""A person's name the recogniser cuts in two after a title (`le ministre serbe Ivica Dacic`: a place and something
else) or labels a place whole is one person; and an inverted subject after `», a de son côté commenté`. Written by
the lead in session 19 on sentences of his own."""

from __future__ import annotations

from newsld.extract.nlp import parse


def test_two_entities_after_a_title_are_one_person():
    doc = parse("Le ministre serbe Ivica Dacic a rencontré Sergueï Lavrov.")
    assert ("Ivica Dacic", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_a_titled_name_read_as_a_place_is_a_person():
    doc = parse("Le ministre serbe Ivica Dačić a rencontré Sergueï Lavrov.")
    assert ("Ivica Dačić", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_the_whole_name_meets(view):
    v = view("Le ministre serbe Ivica Dacic a rencontré lundi Sergueï Lavrov à Belgrade.")
    meeting = v.event_on("Meeting", "rencontré")
    assert ("participant", v.named("Ivica Dacic")) in v.roles(meeting)
    assert v.entity_of("Ivica") is None and v.entity_of("Dacic") is None


def test_a_place_after_a_preposition_stays_a_place():
    doc = parse("Le ministre serbe est arrivé à Novi Sad lundi.")
    assert ("Novi Sad", "PER") not in [(e.text, e.label_) for e in doc.ents]


def test_an_inverted_subject_after_a_phrase_inside_the_compound_tense_speaks(view):
    v = view("« Ce sont des questions hypothétiques », a de son côté commenté une porte-parole de l'Union africaine.")
    act = v.data["speech_acts"][0]
    assert v.entity(act["speaker"])["label"] == "une porte-parole de l'Union africaine"
