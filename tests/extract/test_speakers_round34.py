"""Who speaks, on sentences of the lead's own: a participle clause that opens with its own noun phrase (`...,
le porte-parole du ministère, X, évoquant une « provocation »`) is that phrase's, however the parser hangs it; a
state of affairs that "demands" or "allows" (`si la situation l'exige`) is no speaker at all."""

from __future__ import annotations


def test_a_participle_opened_by_its_own_phrase_is_that_phrases(said):
    found = said("Madrid s’est gardé de commenter l’incident, le porte-parole du ministère, Carlos Ruiz, évoquant "
                 "même une possible « provocation » russe.")
    [act] = found.on("évoquant")
    assert found.label(act.speaker) == "Carlos Ruiz"
    assert act.quotes == ["provocation"]


def test_a_participle_opened_by_a_phrase_joined_to_the_verb_is_that_phrases(said):
    found = said("Rome s’est gardé de revendiquer l’attaque, le porte-parole de la marine italienne, Marco Bianchi, "
                 "évoquant même une possible « provocation » russe.")
    [act] = found.on("évoquant")
    assert found.label(act.speaker) == "Marco Bianchi"


def test_a_participle_with_its_subject_before_it_is_still_that_subjects(said):
    found = said("Un consul a été expulsé, Moscou l’accusant d’espionnage.")
    [act] = found.on("accusant")
    assert act.speaker == "Q159"


def test_a_situation_that_demands_is_no_speaker(said):
    found = said("La force de l’ONU est prête à intervenir si la situation l’exige.")
    assert not found.on("exige")


def test_circumstances_that_allow_are_no_speaker(said):
    found = said("Le gouvernement agira dès que les circonstances l’exigeront.")
    assert not found.on("exigeront")
