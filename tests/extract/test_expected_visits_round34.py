"""Someone expected at a place visits it, on sentences of the lead's own: `est attendu lundi à Bucarest`, where the
parse calls `est` a tense auxiliary (`attendre` takes `avoir`: `être` before its participle is a passive) and hangs
the place on the day it reads as the object. A thing expected is no visit."""

from __future__ import annotations


def test_a_person_expected_on_a_day_at_a_city_visits_it(view):
    v = view("M. Durand est attendu lundi à Bucarest.")
    visit = v.event_on("Visit", "attendu")
    assert v.roles(visit) == {("agent", v.named("Durand"))}
    assert visit["status"] == "planned"


def test_a_minister_expected_at_a_city_visits_it(view):
    v = view("Le ministre Ion Popescu est attendu lundi à Bucarest.")
    assert v.roles(v.event_on("Visit", "attendu")) == {("agent", v.named("Ion Popescu"))}


def test_an_answer_expected_is_no_visit(view):
    v = view("La réponse de Bucarest est attendue lundi.")
    assert not v.events("Visit")


def test_a_person_expected_in_a_place_described_visits_it(view):
    v = view("Le ministre arménien des Affaires étrangères, Ararat Mirzoyan, est attendu lundi dans la capitale belge.")
    visit = v.event_on("Visit", "attendu")
    assert v.roles(visit) == {("agent", v.entity_of("Ararat Mirzoyan"))} and visit["status"] == "planned"
    assert not view("Le résultat est attendu lundi.").events_on("attendu")
