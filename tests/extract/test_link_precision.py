"""Entity-link precision on sentences written for these tests (not from benchmarks/ or the bundled article).

A wrong Wikidata link is the worst error: each test checks both that no mention links to a QID it does not
denote and that the right links are kept. Three kinds of trap: a known name inside a longer name of something
else (`mer du Japon`, `Banque de Russie`, `Conseil de sécurité de Russie`); a capital standing for its state
or being the city, decided on the syntax (`Pékin a démenti` / `arrivé à Pékin`); names that denote an entity
only in a context (`le Nord` after `Corée du Nord`, the bare `Conseil de sécurité` in an article about the UN).
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import local, of, qids

RUSSIA, NORTH_KOREA, SOUTH_KOREA, JAPAN, CHINA, USA, VIETNAM = "Q159", "Q423", "Q884", "Q17", "Q148", "Q30", "Q881"
MOSCOW, PYONGYANG, SEOUL, TOKYO, BEIJING, VLADIVOSTOK = "Q649", "Q18808", "Q8684", "Q1490", "Q956", "Q959"
UN, UN_SECURITY_COUNCIL, PUTIN, KIM = "Q1065", "Q37470", "Q7747", "Q56226"


# --- a known name inside a longer name of something else --------------------------------------------------------
@pytest.mark.parametrize(("text", "longer", "inner_qid"), [
    ("Deux destroyers ont croisé en mer du Japon mercredi.", "mer du Japon", JAPAN),
    ("La Banque de Russie a maintenu son taux directeur à 16 %.", "Banque de Russie", RUSSIA),
    ("La Banque centrale de Russie a vendu des devises.", "Banque centrale de Russie", RUSSIA),
    ("Un chercheur de l’université de Pékin a été interpellé.", "université de Pékin", BEIJING),
    ("La Banque du Japon a surpris les marchés.", "Banque du Japon", JAPAN),
    ("Des frégates patrouillent en mer de Chine méridionale.", "mer de Chine méridionale", CHINA),
])
def test_a_known_name_inside_a_longer_name_is_not_linked(links, text, longer, inner_qid):
    found = links(text)
    assert local(found, longer)
    assert inner_qid not in qids(found)


def test_russias_security_council_is_not_the_uns(links):
    found = links("Le Conseil de sécurité de Russie s’est réuni autour de Vladimir Poutine.")
    assert local(found, "Conseil de sécurité de Russie")
    # not the UN's council; Russia inside the council's name is a mention of its own (as the gold corpus marks it)
    assert qids(found) == {PUTIN, RUSSIA}


def test_a_national_security_council_is_not_the_uns(links):
    found = links("Le président sud-coréen a convoqué le Conseil de sécurité nationale après le tir.")
    assert local(found, "Conseil de sécurité nationale") and UN_SECURITY_COUNCIL not in qids(found)


def test_a_countrys_own_security_council_after_a_possessive(links):
    found = links("Moscou a réuni son Conseil de sécurité pour examiner la situation.")
    assert local(found, "Conseil de sécurité") and UN_SECURITY_COUNCIL not in qids(found)
    assert of(found, "Moscou") == [RUSSIA]


def test_the_bare_security_council_without_the_un_stays_unlinked(links):
    found = links("Le Conseil de sécurité s’est réuni en urgence lundi soir.")
    assert local(found, "Conseil de sécurité") and not qids(found)


def test_the_bare_security_council_in_an_article_about_the_un_is_the_uns(links):
    found = links("Le secrétaire général de l’ONU a écrit aux quinze. Le Conseil de sécurité votera vendredi.")
    assert of(found, "Conseil de sécurité") == [UN_SECURITY_COUNCIL] and of(found, "ONU") == [UN]


@pytest.mark.parametrize("text", [
    "Le Conseil de sécurité de l’ONU doit se réunir mardi.",
    "Le Conseil de sécurité des Nations unies a adopté un texte.",
])
def test_the_uns_security_council_by_its_full_name(links, text):
    found = links(text)
    assert UN_SECURITY_COUNCIL in qids(found) and qids(found) <= {UN_SECURITY_COUNCIL, UN}


def test_the_un_is_not_swallowed_by_a_country_after_it(links):
    found = links("Les sanctions votées par l’ONU de la Russie jusqu’au Japon font débat.")
    assert of(found, "ONU") == [UN] and of(found, "Russie") == [RUSSIA]


def test_ordinary_names_with_de_still_link(links):
    found = links("Le président de la Russie a reçu le ministre russe à Moscou, dans la région de Moscou.")
    assert of(found, "Russie") == [RUSSIA] and of(found, "Moscou") == [MOSCOW, MOSCOW]


def test_a_university_named_after_a_city_is_not_the_city_but_the_visitor_is_kept(links):
    found = links("Le président russe a visité l’université de Vladivostok.")
    assert local(found, "université de Vladivostok") and VLADIVOSTOK not in qids(found)
    assert of(found, "Le président russe") == [PUTIN]


# --- a capital: the state or the city, from the syntax -----------------------------------------------------------
def test_coordinated_capitals_that_suspect_are_states(links):
    found = links("Washington et Séoul soupçonnent Pyongyang de livrer des obus à la Russie.")
    assert of(found, "Washington") == [USA] and of(found, "Séoul") == [SOUTH_KOREA]
    assert of(found, "Pyongyang") == [NORTH_KOREA]


def test_coordinated_capitals_hit_by_a_storm_are_cities(links):
    found = links("Tokyo et Séoul ont été touchées par un typhon.")
    assert of(found, "Tokyo") == [TOKYO] and of(found, "Séoul") == [SEOUL]


def test_a_capital_that_denies_is_the_state(links):
    assert of(links("Pékin a démenti toute livraison d’armes."), "Pékin") == [CHINA]


def test_a_capital_one_draws_near_to_is_the_state(links):
    found = links("La Russie s’est rapprochée de Pyongyang depuis le début de la guerre.")
    assert of(found, "Pyongyang") == [NORTH_KOREA] and of(found, "Russie") == [RUSSIA]


def test_relations_between_capitals_are_between_states(links):
    found = links("Les relations entre Moscou et Pyongyang se sont resserrées.")
    assert of(found, "Moscou") == [RUSSIA] and of(found, "Pyongyang") == [NORTH_KOREA]


def test_a_capital_one_protests_to_is_the_state(links):
    found = links("Le Japon a protesté auprès de Moscou.")
    assert of(found, "Moscou") == [RUSSIA] and of(found, "Japon") == [JAPAN]


def test_a_capital_with_a_relative_clause_of_denial_is_the_state(links):
    found = links("Pyongyang, qui nie toute livraison, a accusé Washington.")
    assert of(found, "Pyongyang") == [NORTH_KOREA] and of(found, "Washington") == [USA]


def test_the_government_of_a_capital_is_the_states(links):
    assert of(links("Le gouvernement de Séoul a protesté."), "Séoul") == [SOUTH_KOREA]


def test_an_embassy_in_a_capital_is_in_the_city(links):
    found = links("Le diplomate a été reçu dans son ambassade à Pékin.")
    assert of(found, "Pékin") == [BEIJING]


def test_arriving_in_a_capital_is_the_city(links):
    found = links("Kim Jong-un est arrivé à Pyongyang dans la nuit.")
    assert of(found, "Pyongyang") == [PYONGYANG] and of(found, "Kim Jong-un") == [KIM]


def test_a_capital_apposed_to_la_capitale_after_a_place_preposition_is_the_city(links):
    found = links("Des milliers de personnes ont manifesté dans la capitale, Séoul.")
    assert of(found, "Séoul") == [SEOUL]


def test_a_capital_after_a_noun_with_de_and_a_comma_is_still_a_subject(links):
    found = links("Signe de leurs bonnes relations, Moscou a proposé à Hanoï un accord.")
    assert of(found, "Moscou") == [RUSSIA] and of(found, "Hanoï") == [VIETNAM]


def test_a_capital_shaken_by_an_earthquake_is_the_city(links):
    assert of(links("Tokyo a été secouée par un séisme."), "Tokyo") == [TOKYO]


def test_the_streets_and_mayor_of_a_capital_are_the_citys(links):
    assert of(links("Le maire de Moscou a parcouru les rues de Pékin."), "Moscou") == [MOSCOW]
    assert of(links("Les habitants de Pyongyang ont été mobilisés."), "Pyongyang") == [PYONGYANG]


# --- names that denote an entity only in a context --------------------------------------------------------------
def test_le_nord_after_north_korea_was_named_is_north_korea(links):
    found = links("La Corée du Nord a tiré un missile. Le Nord a ensuite accusé Séoul.")
    assert of(found, "Le Nord") == [NORTH_KOREA] and of(found, "Séoul") == [SOUTH_KOREA]


def test_le_nord_without_north_korea_named_before_is_not_linked(links):
    found = links("Le Nord a tiré un missile balistique.")
    assert not qids(found)


def test_le_nord_du_pays_is_a_region_not_the_country(links):
    found = links("La Corée du Nord a fermé ses frontières. Le Nord du pays a été inondé.")
    assert qids(found) == {NORTH_KOREA} and of(found, "Corée du Nord") == [NORTH_KOREA]


def test_dans_le_nord_is_a_region_even_after_north_korea(links):
    found = links("La Corée du Nord a tiré un missile. Des pluies ont frappé les villages dans le Nord.")
    assert [said for said, entity in found if entity == NORTH_KOREA] == ["Corée du Nord"]


def test_le_sud_inside_another_countrys_name_is_not_south_korea(links):
    found = links("La Corée du Sud a protesté. L’Afrique du Sud a voté contre le texte.")
    assert of(found, "Corée du Sud") == [SOUTH_KOREA] and qids(found) == {SOUTH_KOREA}


def test_son_pays_is_a_country_never_a_person(links, kb):
    found = links("Vladimir Poutine a défendu son pays devant la presse.")
    assert of(found, "son pays") == [RUSSIA] and of(found, "Vladimir Poutine") == [PUTIN]
    assert all(kb.get(q).type == "country" for q in of(found, "son pays"))


def test_a_sea_named_after_a_direction_is_not_a_country(links):
    found = links("La Corée du Nord a tiré un missile. Des pétroliers croisaient alors en mer du Nord.")
    assert [said for said, entity in found if entity == NORTH_KOREA] == ["Corée du Nord"]
