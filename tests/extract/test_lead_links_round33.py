"""The lead's link rule from held-out set 22's one wrong link line (its sentence only was read): a capital after
`allié de`, which the tagger reads as the participle of `allier`, is its state. Tested on sentences of the lead's
own."""

from __future__ import annotations


def test_a_capital_after_an_apposed_ally_is_its_state(view):
    v = view("Ankara, allié de Kiev, n'a pas réagi samedi soir.")
    assert v.entity_of("Kiev") == "Q212"  # Ukraine, not the city


def test_a_capital_after_an_ally_read_as_a_clause_is_its_state(view):
    v = view("Pékin, allié de Moscou, n'a pas réagi samedi soir.")
    assert v.entity_of("Moscou") == "Q159"  # Russia, not the city


def test_the_city_of_an_arrival_stays_the_city(view):
    v = view("Le président chinois, arrivé lundi à Moscou, a rencontré Vladimir Poutine.")
    assert v.entity_of("Moscou") == "Q649"


def test_a_capital_after_an_ally_opening_a_paragraph_is_its_state(view):
    v = view("Les Européens suivent la situation de près.\n\nPékin, allié de Moscou, n'a pas réagi samedi soir.")
    assert v.entity_of("Moscou") == "Q159"
