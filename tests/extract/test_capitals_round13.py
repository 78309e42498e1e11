"""Capitals standing for their state by the construction, and the pronoun of a party asked (round 13, helper G).

Sentences written for these tests, on topics beyond the gold corpus (trade, courts, sport, disasters, elections,
whaling, migration), each checking which Wikidata item a capital comes out as, the city or the state:

- a capital as the `de` complement of a noun of a party's attitude, aims, standing or consent (`la complicité de
  Pékin`, `les ambitions de Tokyo`, `le feu vert de Washington`, `à l'égard de Pékin`) is the state; after a noun
  of place or of people (`les habitants de Tokyo`, `le maire de Séoul`, `l'aéroport de Pékin`, `les rues de
  Kiev`), the city;
- a capital as the `à` complement of a verb of letting or bidding with an infinitive (`permet à Moscou de
  contourner`, `interdit à Tokyo de`), of blaming (`reproche à Pékin`) or of a noun of what is said to a party
  (`un avertissement à Tokyo`, `lancé un appel à Pékin`) is the state; `à` of place (`interdits à Moscou`, `son
  séjour à Tokyo`, `défiler à Kiev`) is the city, and so is an `à` after the dative (`remis une lettre au ministre
  à Séoul`);
- a capital after an adjective of leaning (`favorables à Moscou`, `dépendant de Pékin`) is the state; after one of
  nearness (`proche de Moscou`, `au nord de Séoul`), the city;
- a capital after a noun of who rules (`le pouvoir à Moscou`, `au pouvoir à Séoul`, `un changement de régime à
  Minsk`) is the state; after a noun of a building or of people working there, the city;
- the subject pronoun of a `que` clause under a verb of demanding is the party asked when its gender agrees
  (`a exigé de la Corée du Nord qu'elle renonce`), never a party it does not agree with nor the object of a true
  relative clause.
"""

from __future__ import annotations

import pytest

from newsld.extract.linking import STANCE_NOUNS

from .conftest import of

RUSSIA, NORTH_KOREA, JAPAN, CHINA, USA, BELARUS, SOUTH_KOREA = "Q159", "Q423", "Q17", "Q148", "Q30", "Q184", "Q884"
UKRAINE = "Q212"
MOSCOW, KYIV, BEIJING, TOKYO, SEOUL = "Q649", "Q1899", "Q956", "Q1490", "Q8684"


def test_collusion_with_allies_is_the_conduct_of_a_state(links):
    assert of(links("Le ministre a dénoncé la collusion de Tokyo avec Washington."), "Tokyo") == [JAPAN]


def test_stance_nouns_are_of_a_party_not_of_a_city():
    # nouns a city has too stay out of the table: `le budget de Moscou`, `la population de Kiev`
    assert {"complicité", "ambitions", "feu vert", "rôle"} <= STANCE_NOUNS
    assert not {"budget", "population", "sécurité", "conditions", "défense", "blocus"} & STANCE_NOUNS


# -- `de` complement of a noun -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "capital", "state"), [
    ("Les diplomates européens dénoncent la « complicité » de Pékin avec la junte birmane.", "Pékin", CHINA),
    ("Les ambitions spatiales de Tokyo inquiètent ses voisins.", "Tokyo", JAPAN),
    ("Le feu vert de Washington à la vente des avions de chasse a surpris les analystes.", "Washington", USA),
    ("Les provocations de Pyongyang en mer ont été condamnées par les pays voisins.", "Pyongyang", NORTH_KOREA),
    ("Le rôle de Minsk dans la crise migratoire est pointé du doigt par la Pologne.", "Minsk", BELARUS),
    ("Le ton de l'Union européenne s'est durci à l'égard de Pékin.", "Pékin", CHINA),
    ("La Lituanie s'est rangée aux côtés de Kiev dès le premier jour.", "Kiev", UKRAINE),
])
def test_a_capital_whose_attitude_or_aims_a_noun_tells_is_the_state(links, text, capital, state):
    assert of(links(text), capital) == [state]


@pytest.mark.parametrize(("text", "capital", "city"), [
    ("Les habitants de Tokyo ont été invités à économiser l'électricité.", "Tokyo", TOKYO),
    ("Le maire de Séoul a inauguré une piste cyclable le long du fleuve.", "Séoul", SEOUL),
    ("L'aéroport de Pékin a été fermé par une tempête de sable.", "Pékin", BEIJING),
    ("Les rues de Kiev étaient désertes pendant l'alerte aérienne.", "Kiev", KYIV),
])
def test_a_capital_after_a_noun_of_place_or_people_stays_the_city(links, text, capital, city):
    assert of(links(text), capital) == [city]


# -- `à` complement of a verb ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "capital", "state"), [
    ("Ce corridor ferroviaire permet à Moscou de contourner l'embargo sur le pétrole.", "Moscou", RUSSIA),
    ("Bruxelles reproche à Pékin ses subventions aux constructeurs automobiles.", "Pékin", CHINA),
    ("Le tribunal arbitral a interdit à Tokyo de reprendre la chasse à la baleine.", "Tokyo", JAPAN),
    ("Le G7 a lancé un appel à Pékin pour qu'il fasse pression sur la junte.", "Pékin", CHINA),
    ("Cet avertissement à Tokyo intervient après une série de cyberattaques.", "Tokyo", JAPAN),
    # a bare `à` phrase of a property (`à usage civil`, `à longue portée`) is no dative before the name
    ("Le Japon vend des drones à usage civil à Pékin depuis deux ans.", "Pékin", CHINA),
    ("Les Européens livreront des obus à longue portée à Kiev cet été.", "Kiev", UKRAINE),
])
def test_a_capital_let_bidden_or_blamed_is_the_state(links, text, capital, state):
    assert of(links(text), capital) == [state]


@pytest.mark.parametrize(("text", "capital", "city"), [
    ("Des rassemblements ont été interdits à Moscou ce week-end.", "Moscou", MOSCOW),
    ("Le ministre a profité de son séjour à Tokyo pour rencontrer des investisseurs.", "Tokyo", TOKYO),
    ("Le préfet a interdit aux supporters de défiler à Kiev avant la finale.", "Kiev", KYIV),
    ("La délégation s'est rendue à Séoul pour une conférence sur le climat.", "Séoul", SEOUL),
    # the dative is the person before; the capital after it is where
    ("L'ambassadeur a remis une lettre de protestation au ministre à Séoul.", "Séoul", SEOUL),
    ("Les associations ont lancé un appel aux dons à Kiev après les inondations.", "Kiev", KYIV),
])
def test_a_capital_after_a_preposition_of_place_stays_the_city(links, text, capital, city):
    assert of(links(text), capital) == [city]


# -- an adjective of leaning -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "capital", "state"), [
    ("Les chaînes favorables à Moscou ont salué le verdict du tribunal.", "Moscou", RUSSIA),
    ("Le candidat, hostile à Pékin, promet de taxer les panneaux solaires importés.", "Pékin", CHINA),
    ("L'archipel reste très dépendant de Tokyo pour ses subventions agricoles.", "Tokyo", JAPAN),
])
def test_a_capital_after_an_adjective_of_leaning_is_the_state(links, text, capital, state):
    assert of(links(text), capital) == [state]


@pytest.mark.parametrize(("text", "capital", "city"), [
    ("Un incendie a ravagé une forêt proche de Moscou dimanche.", "Moscou", MOSCOW),
    ("Une usine située au nord de Séoul a été inondée.", "Séoul", SEOUL),
    ("Des terrains acquis à Moscou par un oligarque ont été saisis.", "Moscou", MOSCOW),
])
def test_a_capital_after_an_adjective_of_nearness_stays_the_city(links, text, capital, city):
    assert of(links(text), capital) == [city]


# -- a noun of who rules -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "capital", "state"), [
    ("Quelle que soit la majorité au pouvoir à Séoul, l'alliance restera solide.", "Séoul", SOUTH_KOREA),
    ("Le pouvoir à Moscou ne tolère aucune contestation.", "Moscou", RUSSIA),
    ("Les Européens redoutent un changement de régime à Minsk.", "Minsk", BELARUS),
])
def test_a_capital_as_the_seat_of_power_is_the_state(links, text, capital, state):
    assert of(links(text), capital) == [state]


@pytest.mark.parametrize(("text", "capital", "city"), [
    ("Le siège du gouvernement à Tokyo a été évacué après l'alerte sismique.", "Tokyo", TOKYO),
    ("Les employés du gouvernement à Séoul ont fait grève mardi.", "Séoul", SEOUL),
    ("Le pouvoir d'achat des retraités à Moscou a baissé cette année.", "Moscou", MOSCOW),
])
def test_a_building_or_staff_of_power_in_a_capital_is_in_the_city(links, text, capital, city):
    assert of(links(text), capital) == [city]


# -- the pronoun of a party asked --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "pronoun", "party"), [
    ("Le Japon a exigé de la Corée du Nord qu'elle renonce à ses essais de missiles.", "elle", NORTH_KOREA),
    ("La Chine a demandé au Japon qu'il cesse ses patrouilles près des îles.", "il", JAPAN),
    ("Les États-Unis ont demandé à la Russie qu'elle libère le journaliste détenu.", "elle", RUSSIA),
    # the parser hangs these `que` clauses on the verb as an adverbial or a relative clause, not as its complement
    ("Le Parlement européen a par ailleurs exigé de la Russie qu’elle libère les détenus.", "elle", RUSSIA),
    ("Le sommet a exigé de la Corée du Nord qu’elle renonce à ses programmes nucléaires.", "elle", NORTH_KOREA),
])
def test_the_pronoun_of_a_clause_demanded_is_the_party_asked(links, text, pronoun, party):
    assert of(links(text), pronoun) == [party]


def test_a_party_of_another_gender_is_not_the_pronoun(links):
    found = links("La Russie a exigé du Japon qu'elle soit consultée avant tout exercice naval.")
    assert JAPAN not in of(found, "elle")


def test_the_pronoun_of_a_true_relative_is_not_the_party_it_is_about(links):
    found = links("La Russie a demandé des explications à la Corée du Sud, qu'elle accuse d'espionnage.")
    assert SOUTH_KOREA not in of(found, "elle")


def test_the_pronoun_after_a_verb_of_saying_is_not_the_addressee(links):
    found = links("La Chine a annoncé à la Corée du Sud qu'elle suspendait ses importations de poisson.")
    assert SOUTH_KOREA not in of(found, "elle")
