"""Capitals in two more constructions: where a person is posted, and what is entrusted to a state (round 17, the lead).

Sentences written for these tests (arrests, a bridge, a building site, shares in a project), each checking which
Wikidata item a capital comes out as, the city or the state:

- `à X` hanging from a noun of a person (`un diplomate européen en poste à Pékin`, `un correspondant à Moscou`)
  says where the person is: the city, even when the parser hangs the person from the `à` complement of a verb of
  saying (`a indiqué à l’AFP un diplomate ... à Pékin`); `en poste à X` likewise;
- `à X` after a verb of entrusting or granting (`confier`, `attribuer`, `céder`, `concéder`, `déléguer`), in a
  clause or in a participle that opens the sentence (`Confiée à Moscou en 2012, la construction ...`), is who
  receives it: the state; a second `à` after a person who receives it is where that person is.
"""

from __future__ import annotations

import pytest

from .conftest import of

CHINA, RUSSIA, JAPAN = "Q148", "Q159", "Q17"
MOSCOW, BEIJING, TOKYO = "Q649", "Q956", "Q1490"


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Plusieurs militants pourraient être arrêtés « dans les prochaines semaines », a indiqué à l’AFP un diplomate "
     "européen en poste à Pékin, sous couvert d’anonymat.", "Pékin", BEIJING),
    ("Un accord est proche, a expliqué à l’AFP un correspondant à Moscou.", "Moscou", MOSCOW),
    ("Les journalistes pourraient être expulsés, a dit un diplomate en poste à Tokyo.", "Tokyo", TOKYO),
    ("Selon un diplomate occidental en poste à Moscou, les pourparlers reprendront lundi.", "Moscou", MOSCOW),
    ("Des opposants pourraient être visés « très vite », a confié à Reuters un diplomate asiatique en poste à "
     "Moscou.", "Moscou", MOSCOW),
])
def test_where_a_person_is_posted_is_the_city(links, text, capital, expected):
    assert of(links(text), capital) == [expected]


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Attribué à Pékin en 2015, le chantier a pris du retard, selon la presse locale.", "Pékin", CHINA),
    ("Confiée à Moscou en 2012, la construction du pont n’a jamais commencé.", "Moscou", RUSSIA),
    ("Le contrat a été confié à Pékin après un appel d’offres.", "Pékin", CHINA),
    ("Le Japon a cédé à Moscou une partie de ses parts dans le projet.", "Moscou", RUSSIA),
])
def test_who_is_entrusted_or_granted_something_is_the_state(links, text, capital, expected):
    assert of(links(text), capital) == [expected]


def test_a_second_to_after_the_person_entrusted_is_where_the_person_is(links):
    found = links("L’ambassade a confié à un avocat à Moscou la défense du ressortissant.")
    assert of(found, "Moscou") == [MOSCOW]
