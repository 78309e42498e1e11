"""Targets struck, counted: `neuf sites` (the tagger reads `neuf` as the adjective new), `trois bases` hung on a
time phrase (`dans la nuit trois bases`). Written by the lead in session 19 on sentences of his own."""

from __future__ import annotations

from newsld.extract.nlp import parse


def test_nine_sites_struck_are_the_recipient(view):
    v = view("L'Inde a frappé mercredi neuf sites au Pakistan.")
    strike = v.event_on("Event", "frappé")
    assert ("recipient", v.named("neuf sites")) in v.roles(strike)


def test_a_new_site_after_its_noun_is_no_count(view):
    v = view("La Russie a inauguré mardi des sites neufs.")
    assert v.entity_of("des sites neufs") is None


def test_an_object_hung_on_a_time_phrase_is_the_verb_s():
    doc = parse("Israël a bombardé dans la nuit trois bases militaires en Syrie.")
    words = {t.text: t for t in doc}
    assert words["bases"].dep_ == "obj" and words["bases"].head.text == "bombardé"


def test_bases_bombed_in_the_night_are_the_recipient(view):
    v = view("Israël a bombardé dans la nuit trois bases militaires en Syrie.")
    strike = v.event_on("Event", "bombardé")
    assert ("recipient", v.named("trois bases militaires")) in v.roles(strike)


def test_a_time_complement_stays_with_the_time():
    doc = parse("Le navire a quitté le port dans la nuit de jeudi.")
    words = {t.text: t for t in doc}
    assert words["port"].dep_ == "obj" and words["jeudi"].dep_ != "obj"


def test_the_evening_of_a_day_stays_a_time():
    doc = parse("Le drone s'est écrasé mardi soir, selon l'armée roumaine.")
    assert {t.text: t for t in doc}["soir"].dep_ != "obj"
