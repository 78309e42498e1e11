"""Capitals, a guest and the clitic `y` in five more constructions (round 20, the lead).

Sentences written for these tests, each checking which Wikidata item a word comes out as:

- the `de` complement of a party's act or speech in the plural is the state, as in the singular (`les
  condamnations de Tokyo et de Washington`, `les protestations de Pékin`); a noun of a part of the city keeps the
  city (`les rues de Tokyo`);
- the object of a verb of where a place lies (`la province qui entoure Séoul`, `la route qui longe Kiev`) is the
  city, as the object of `traverser` or `desservir`;
- a capital the parser hung as part of the name of a month or weekday right before it (`accusent depuis octobre
  Pyongyang de`) is the verb's object: the state, except after a verb whose object is a place;
- `son invité` is the person its possessor received (`X a reçu Y ... X a assuré son invité`), not the person named
  last; with no reception and several people named, it stays unresolved (never a guess);
- `y` with a verb whose `à` complement is an event or an idea (`pourrait y assister`, `à y renoncer`) stands for
  no place; with a verb of going or being (`il s'y rendra`) it is the place named before.
"""

from __future__ import annotations

import pytest

from .conftest import of

CHINA, RUSSIA, JAPAN, USA, NORTH_KOREA, SOUTH_KOREA = "Q148", "Q159", "Q17", "Q30", "Q423", "Q884"
MOSCOW, BEIJING, TOKYO, WASHINGTON, PYONGYANG, SEOUL = "Q649", "Q956", "Q1490", "Q61", "Q18808", "Q8684"
LAVROV, PUTIN, XI, KIM = "Q58217", "Q7747", "Q15031", "Q56226"


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Le régime a procédé à un nouvel essai, malgré les condamnations de Tokyo et de Washington.", "Tokyo", JAPAN),
    ("Le régime a procédé à un nouvel essai, malgré les condamnations de Tokyo et de Washington.", "Washington",
     USA),
    ("Les protestations de Pékin n’ont rien changé, selon un diplomate.", "Pékin", CHINA),
    ("Les menaces répétées de Moscou inquiètent ses voisins.", "Moscou", RUSSIA),
    ("Les rues de Tokyo étaient désertes dimanche.", "Tokyo", TOKYO),
])
def test_the_de_complement_of_a_partys_acts_in_the_plural(links, text, capital, expected):
    assert expected in of(links(text), capital)


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Des tracts ont été retrouvés dans la province du Gyeonggi, qui entoure Séoul, selon la police.", "Séoul",
     SEOUL),
    ("Les blindés ont emprunté l’autoroute qui longe Moscou par le sud.", "Moscou", MOSCOW),
    ("Le parc, qui surplombe Pékin, a été fermé au public.", "Pékin", BEIJING),
])
def test_where_a_place_lies_is_the_city(links, text, capital, expected):
    assert of(links(text), capital) == [expected]


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Washington et Séoul accusent depuis octobre Pyongyang d’avoir envoyé des soldats en Russie.", "Pyongyang",
     NORTH_KOREA),
    ("Les Occidentaux soupçonnent depuis mars Pékin de livrer des composants à la Russie.", "Pékin", CHINA),
])
def test_a_capital_after_a_month_is_the_verbs_object(links, text, capital, expected):
    assert of(links(text), capital) == [expected]


def test_a_date_still_keeps_a_place_object_verb_a_city(links):
    found = links("Les missiles ont frappé jeudi Kiev, selon les autorités.")
    assert "Q212" not in of(found, "Kiev")


def test_son_invite_is_the_person_received(links):
    found = links("Kim Jong-un a reçu jeudi à Pyongyang le chef de la diplomatie russe, Sergueï Lavrov. Le traité "
                  "avait été signé en juin par Kim Jong-un et Vladimir Poutine. Selon l’agence officielle, M. Kim a "
                  "assuré son invité que son pays tiendrait parole.")
    assert of(found, "son invité") == [LAVROV]


def test_son_invite_after_a_passive_reception(links):
    found = links("Sergueï Lavrov a été reçu mardi par Xi Jinping. Vladimir Poutine est attendu en mai. Le "
                  "président chinois a promis à son invité de nouvelles livraisons.")
    assert of(found, "son invité") == [LAVROV]


def test_son_invite_with_no_reception_and_several_people_stays_unresolved(links):
    found = links("Vladimir Poutine et Sergueï Lavrov ont parlé de l’Asie. Xi Jinping a promis à son invité de "
                  "nouvelles livraisons.")
    assert of(found, "son invité") in ([], [])
    assert PUTIN not in of(found, "son invité") and LAVROV not in of(found, "son invité")


@pytest.mark.parametrize("text", [
    "Le Kazakhstan accueillera le prochain sommet. Xi Jinping se rendra en Chine puis pourrait y assister.",
    "Le Japon a signé un contrat avec Moscou. Kiev a appelé Tokyo à y renoncer.",
    "La conférence se tiendra à Pékin. Le Japon a refusé d’y participer.",
])
def test_y_of_an_event_or_idea_names_no_place(links, text):
    assert of(links(text), "y") == []


def test_y_of_going_is_the_place(links):
    found = links("Vladimir Poutine doit se rendre à Pékin en mai. Il y rencontrera Xi Jinping.")
    assert of(found, "y") == [BEIJING]


def test_son_invite_as_subject_takes_the_last_person_named_as_its_host(links):
    found = links("Sergueï Lavrov a été reçu lundi à Pékin par le président chinois, Xi Jinping. « La Russie est un "
                  "partenaire », a déclaré M. Xi. Son invité a, lui, salué une amitié ancienne.")
    assert of(found, "Son invité") == [LAVROV]


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Un homme a été arrêté pour avoir espionné pour le compte de Moscou.", "Moscou", RUSSIA),
    ("Le pétrolier a été saisi à la demande de Washington.", "Washington", USA),
    ("Le centre de recherche opère sous l’égide de Pékin.", "Pékin", CHINA),
    ("L’émissaire a parlé au nom de Moscou devant l’assemblée.", "Moscou", RUSSIA),
    ("Une grande part de Pékin est encore privée d’électricité.", "Pékin", BEIJING),
])
def test_who_one_acts_for_is_the_state(links, text, capital, expected):
    assert of(links(text), capital) == [expected]


def test_le_pays_left_by_people_of_an_embassy_is_not_the_embassys_state(links):
    found = links("Le Japon a expulsé deux diplomates. Les deux hommes, en poste à l’ambassade de Russie à Tokyo, ont "
                  "jusqu’à lundi pour quitter le pays.")
    assert of(found, "le pays") == [JAPAN]
    alone = links("Les deux diplomates, en poste à l’ambassade de Russie à Berlin, ont jusqu’à lundi pour quitter le "
                  "pays.")
    assert RUSSIA not in of(alone, "le pays")


def test_a_body_named_with_its_acronym_goes_on_speaking_through_il(view):
    found = view("António Guterres a appelé à un accès « sans entrave ». Le conseil national de transition (CNT), "
                 "formé par des opposants en 2021, a annoncé samedi une trêve partielle. Ses combattants ne mèneront "
                 "plus que des opérations « défensives », a-t-il précisé.")
    assert found.entity_of("il") == found.named("CNT")
