"""Links the lead wrote after the first blind measure of held-out set 19, on sentences written for these tests:
after that measure, the only lines read were its two wrong-QID lines and the sentences they are in.

- A capital a party yields to or stands up to (`se sont soumis à Washington`, `se plier à Pékin`, `résister à
  Moscou`) is the state; a capital where people gather stays the city.
- A city after `groupe de`, `format de` or `processus de` (`le groupe de Minsk`) names a forum of diplomacy that
  began there: a local organisation, not the city; a group of experts or of countries is no name.
"""

from __future__ import annotations

from .conftest import local, of, qids

CHINA, RUSSIA, MOSCOW, MINSK = "Q148", "Q159", "Q649", "Q2280"
USA, WASHINGTON = "Q30", "Q61"


def test_a_capital_a_party_submits_to_is_the_state(links):
    found = links("« Ces gouvernements se sont soumis à Washington », a dénoncé jeudi le ministre vénézuélien.")
    assert of(found, "Washington") == [USA]


def test_a_capital_a_party_bows_to_or_resists_is_the_state(links):
    found = links("Le Premier ministre refuse de se plier à Pékin, et son pays résiste à Moscou depuis 2014.")
    assert of(found, "Pékin") == [CHINA]
    assert of(found, "Moscou") == [RUSSIA]


def test_a_capital_where_people_gather_stays_the_city(links):
    found = links("Des milliers de manifestants se sont rassemblés à Moscou, puis se sont rendus à Washington.")
    assert of(found, "Moscou") == [MOSCOW]
    assert of(found, "Washington") == [WASHINGTON]


def test_a_forum_named_after_a_city_is_not_the_city(links):
    found = links("Bakou exige que le groupe de Minsk de l’OSCE, chargé d’une médiation depuis 1992, soit dissous.")
    assert MINSK not in qids(found) and of(found, "Minsk") == []
    assert local(found, "groupe de Minsk")


def test_a_city_after_a_group_of_people_stays_the_city(links):
    found = links("Un groupe de diplomates a quitté Minsk mardi, selon le ministère.")
    assert of(found, "Minsk") == [MINSK]
