"""Wrong links of a kind an unseen article showed: a capital that receives aid or owns troops is its state, the
city stays the city where it is a place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.extract.conftest import of

UKRAINE, KYIV, RUSSIA, MOSCOW = "Q212", "Q1899", "Q159", "Q649"


@pytest.mark.parametrize(("text", "capital", "state"), [
    ("Le Japon a débloqué des milliards de dollars d'aide à Kiev depuis l'an dernier.", "Kiev", UKRAINE),
    ("L'Union européenne promet un soutien militaire à Kiev.", "Kiev", UKRAINE),
    ("Le Bélarus a servi de base arrière aux troupes de Moscou en 2022.", "Moscou", RUSSIA),
    ("Les forces de Moscou ont reculé près de la frontière.", "Moscou", RUSSIA),
])
def test_a_capital_that_receives_aid_or_owns_troops_is_its_state(links, text, capital, state):
    assert of(links(text), capital) == [state]


@pytest.mark.parametrize(("text", "capital", "city"), [
    ("Une aide humanitaire est arrivée à Kiev par le train de nuit.", "Kiev", KYIV),
    ("Les habitants de Moscou ont accueilli les troupes en fanfare.", "Moscou", MOSCOW),
])
def test_the_city_stays_the_city_where_it_is_a_place(links, text, capital, city):
    assert of(links(text), capital) == [city]



def test_a_presidential_press_secretarys_nous_is_the_presidential_administration(view):
    v = view("Vladimir Poutine a reçu Xi Jinping mardi. « Nous en avons pris note », a déclaré Dmitri Peskov.")
    assert v.entity_of("Nous") == "Q2060629"


def test_a_ministers_nous_stays_her_country(view):
    v = view("« Nous surveillons la situation de près », a déclaré la ministre japonaise Yoko Kamikawa.")
    assert v.entity_of("Nous") == "Q17"
