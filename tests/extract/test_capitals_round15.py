"""Capitals in two more constructions of reported speech and of provenance (round 15, the lead).

Sentences written for these tests (fisheries, a flood, tariffs, a space launch), each checking which Wikidata item a
capital comes out as, the city or the state:

- `à X` between a reporting verb after a comma and a person set after it (`, a indiqué à Séoul un responsable`)
  says where it was said: the city; with a clause of what was said to X (`a indiqué à Washington que`), with a
  subject before the verb and no comma, or with a thing said after X (`a indiqué à Tokyo sa position`), X is who
  was told: the state;
- `de la part de X` names who something comes from: a party, the state; `une grande part de X` is a share of the
  city;
- `à X` after a noun with the adjective `politique` (`la crise politique à Tokyo`) is the state's politics; other
  things that happen in X (`les inondations à Pékin`) are the city's.
"""

from __future__ import annotations

import pytest

from .conftest import of

JAPAN, CHINA, USA, SOUTH_KOREA, RUSSIA = "Q17", "Q148", "Q30", "Q884", "Q159"
MOSCOW, BEIJING, TOKYO, SEOUL = "Q649", "Q956", "Q1490", "Q8684"


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("La Corée du Sud suit de près les quotas de pêche, a indiqué à Séoul un responsable du ministère.", "Séoul",
     SEOUL),
    ("Les secours restent mobilisés après la crue, a précisé à Tokyo un porte-parole du gouvernement.", "Tokyo",
     TOKYO),
    ("Le lancement a été reporté pour des raisons techniques, a annoncé à Moscou un responsable de l'agence.",
     "Moscou", MOSCOW),
    # the parser may take the subject of the clause before the comma for the reporting verb's own
    ("Le Japon, qui achète l'essentiel de son riz à l'étranger, surveille les prix « de près », a indiqué à Tokyo "
     "un porte-parole du ministère.", "Tokyo", TOKYO),
])
def test_where_an_incise_was_said_before_its_inverted_subject_is_the_city(links, text, capital, expected):
    assert of(links(text), capital) == [expected]


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Le ministre a indiqué à Washington que les droits de douane seraient levés.", "Washington", USA),
    ("Le négociateur a confirmé à Séoul son accord sur les quotas.", "Séoul", SOUTH_KOREA),
    ("Le commissaire, visiblement agacé, a indiqué à Tokyo sa position sur les quotas.", "Tokyo", JAPAN),
])
def test_who_is_told_is_the_state(links, text, capital, expected):
    assert of(links(text), capital) == [expected]


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("« Nous attendons des gestes concrets de la part de Pékin », a déclaré le commissaire.", "Pékin", CHINA),
    ("Le Premier ministre a salué l'aide reçue de la part de Tokyo après les inondations.", "Tokyo", JAPAN),
    ("Aucune réponse n'est venue de la part de Moscou sur le lancement.", "Moscou", RUSSIA),
])
def test_on_the_part_of_a_capital_is_the_state(links, text, capital, expected):
    assert of(links(text), capital) == [expected]


def test_a_share_of_a_capital_is_the_city(links):
    assert of(links("Une grande part de Pékin reste privée d'électricité après la tempête."), "Pékin") == [BEIJING]


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Le ministre espère que l'accord de pêche tiendra quelle que soit la majorité politique à Séoul.", "Séoul",
     SOUTH_KOREA),
    ("La crise politique à Tokyo inquiète les exportateurs de riz.", "Tokyo", JAPAN),
    ("La vie nocturne à Tokyo reprend après la tempête.", "Tokyo", TOKYO),
    ("Les inondations à Pékin ont fait trois morts.", "Pékin", BEIJING),
])
def test_politics_at_a_capital_is_the_state_other_things_there_the_city(links, text, capital, expected):
    assert of(links(text), capital) == [expected]
