"""Mentions and links decided by French syntax: the dative `lui` of a clause whose subject is left out or is a
relative `qui`, a counterpart by office, a possessive role of a state, a capital that receives a message, a
description set beside a name, a country inside a body's name. Every sentence was written for these tests;
each wrong-link rule is tested with a sentence where the right answer is the other entity."""

from __future__ import annotations

import pytest
from tests.extract.conftest import of

XI, PUTIN, LUKASHENKO, LAVROV, NEBENZIA = "Q15031", "Q7747", "Q2866", "Q58217", "Q1000053"
KAMIKAWA, SHOIGU, PESKOV, GUTERRES = "Q276275", "Q32024", "Q4359688", "Q311440"
CHINA, RUSSIA, UKRAINE, JAPAN, NORTH_KOREA, PYONGYANG = "Q148", "Q159", "Q212", "Q17", "Q423", "Q18808"


# --- `lui` after a conjunction: the subject is the first conjunct's, so `lui` is the other one it names --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Xi Jinping a accueilli Alexandre Loukachenko à l'aéroport et lui a offert un dîner.", LUKASHENKO),
    ("Alexandre Loukachenko a accueilli Xi Jinping à l'aéroport et lui a offert un dîner.", XI),
    ("Le Japon a promis une aide financière à l'Ukraine mais ne lui fournit aucune arme.", UKRAINE),
    ("L'Ukraine a demandé une aide au Japon et lui a promis une coopération.", JAPAN),
])
def test_a_dative_after_a_conjunction_is_the_other_one_the_first_clause_names(links, text, expected):
    assert of(links(text), "lui") == [expected]


def test_a_dative_after_a_conjunction_with_two_candidates_is_left_unlinked(links):
    found = links("Vladimir Poutine a reçu Xi Jinping et Alexandre Loukachenko, puis lui a remis une médaille.")
    assert of(found, "lui") == []


# --- `lui` in a relative clause whose subject is `qui`: the subject of the clause that holds it ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Selon Dmitri Peskov, la Russie reste ouverte aux pays qui ne lui sont pas hostiles.", RUSSIA),
    ("Selon la Russie, Dmitri Peskov reste ouvert aux journalistes qui ne lui sont pas hostiles.", PESKOV),
    ("Vladimir Poutine a remercié les dirigeants qui lui ont apporté leur soutien.", PUTIN),
])
def test_a_dative_in_a_qui_relative_is_the_subject_of_the_holding_clause(links, text, expected):
    assert of(links(text), "lui") == [expected]


# --- `son homologue russe`: the holder of the same office in Russia ------------------------------------------------

def test_a_secretary_of_states_russian_counterpart_is_russias_foreign_minister(links):
    found = links("Vassili Nebenzia a rencontré la presse mardi. Le secrétaire d'État, Antony Blinken, a ensuite "
                  "appelé son homologue russe pour évoquer la crise.")
    assert of(found, "son homologue russe") == [LAVROV]


def test_a_presidents_russian_counterpart_is_russias_head_of_state(links):
    found = links("Sergueï Lavrov a rencontré la presse mardi. Le président chinois, Xi Jinping, a ensuite appelé "
                  "son homologue russe pour évoquer la crise.")
    assert of(found, "son homologue russe") == [PUTIN]


def test_a_counterpart_of_an_office_nobody_known_holds_is_never_a_guessed_person(links):
    found = links("Vassili Nebenzia a rencontré la presse mardi. Le ministre sud-coréen de la Défense, Shin Won-sik, "
                  "a ensuite appelé son homologue russe pour évoquer la crise.")
    assert NEBENZIA not in of(found, "son homologue russe")


# --- `son président` of a state (by its name or its capital) --------------------------------------------------------

def test_a_capitals_president_is_its_states_head(links):
    found = links("Xi Jinping a rencontré Vladimir Poutine lundi. Pékin présente la visite de son président comme "
                  "un succès.")
    assert of(found, "son président") == [XI]


def test_the_other_capitals_president_is_the_other_head(links):
    found = links("Vladimir Poutine a rencontré Xi Jinping lundi. Moscou présente la visite de son président comme "
                  "un succès.")
    assert of(found, "son président") == [PUTIN]


# --- a capital that a message is passed on to is its state; `à X, où` is the city -----------------------------------

def test_a_capital_a_message_is_passed_on_to_is_its_state(links):
    found = links("Séoul a demandé à Hanoï de transmettre une proposition de dialogue à Pyongyang.")
    assert of(found, "Pyongyang") == [NORTH_KOREA]


def test_a_capital_followed_by_where_is_the_city(links):
    found = links("Le vice-ministre a transmis les documents à Pyongyang, où il séjourne depuis lundi.")
    assert of(found, "Pyongyang") == [PYONGYANG]


# --- descriptions set beside a name ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "description", "name"), [
    ("Le Kremlin a nommé un physicien sans expérience diplomatique, Ivan Petrov, à ce poste.",
     "un physicien sans expérience diplomatique", "Ivan Petrov"),
    ("La police a interpellé l'avocate du journaliste, Maria Kolesnikova, dans la nuit.",
     "l'avocate du journaliste", "Maria Kolesnikova"),
    ("Le fils du journaliste, Ivan Petrov, a quitté le pays.", "Le fils du journaliste", "Ivan Petrov"),
    ("Vladimir Poutine a limogé son ministre de la Défense, Sergueï Choïgou, dimanche.",
     "son ministre de la Défense", "Sergueï Choïgou"),
])
def test_a_person_noun_phrase_a_comma_and_a_name_describe_that_person(links, text, description, name):
    found = links(text)
    assert of(found, description) == of(found, name) != []


def test_a_phrase_of_a_thing_before_a_name_describes_nobody(links):
    found = links("Dans un communiqué publié lundi, Sergueï Lavrov, qui était à Pékin, a salué l'accord.")
    assert of(found, "un communiqué publié lundi") == []
    assert of(found, "un communiqué") == []


def test_a_person_noun_after_a_name_describes_it_but_a_participle_does_not(links):
    found = links("Alexandre Loukachenko, vieil ami de Vladimir Poutine, a dénoncé les sanctions. Ivan Petrov, "
                  "arrêté en mars pour espionnage, a été jugé.")
    assert of(found, "vieil ami de Vladimir Poutine") == [LUKASHENKO]
    assert of(found, "arrêté en mars pour espionnage") == []


def test_a_body_noun_after_an_organisations_name_describes_it(links):
    found = links("Le texte a été transmis à la Douma d'État, la chambre basse du Parlement, qui l'examinera jeudi.")
    assert of(found, "la chambre basse du Parlement") == of(found, "Douma d'État") != []


# --- a country inside a body's name is a mention of its own; `MM. X et Y` ------------------------------------------

def test_a_country_inside_a_bodys_name_is_a_mention_of_its_own(links):
    found = links("Il a été nommé secrétaire du Conseil de sécurité de Russie lundi.")
    assert of(found, "Russie") == [RUSSIA]
    assert of(found, "Conseil de sécurité de Russie") != [RUSSIA]


def test_both_family_names_after_a_plural_civility_are_names(links):
    found = links("Xi Jinping est arrivé lundi. MM. Xi et Poutine ont ensuite dîné ensemble.")
    assert of(found, "Xi") == [XI]
    assert of(found, "Poutine") == [PUTIN]


# --- `son ministre de la Défense`: the minister of the possessor's government ----------------------------------------

def test_a_heads_minister_is_the_compatriot_the_article_gave_that_office(links):
    found = links("Le ministre russe de la Défense, Sergueï Choïgou, a parlé mardi. Vladimir Poutine a ensuite "
                  "limogé son ministre de la Défense.")
    assert of(found, "son ministre de la Défense") == [SHOIGU]


def test_another_countrys_head_has_another_minister(links):
    found = links("Le ministre russe de la Défense, Sergueï Choïgou, a parlé mardi. Xi Jinping a ensuite "
                  "limogé son ministre de la Défense.")
    assert SHOIGU not in of(found, "son ministre de la Défense")


# --- `le responsable russe`: the one compatriot named, never a guess among several -----------------------------------

BORISOV = "Q16186988"


@pytest.mark.parametrize(("text", "expected"), [
    ("Iouri Borissov a signé l'accord mardi à Pékin. Le responsable russe a salué une coopération exemplaire.",
     [BORISOV]),
    ("Iouri Borissov s'est entretenu mardi avec Xi Jinping. Le responsable russe a salué leur coopération.",
     [BORISOV]),
    ("Iouri Borissov s'est entretenu mardi avec Sergueï Lavrov. Le responsable russe a salué leur coopération.", []),
    ("Iouri Borissov s'est entretenu mardi avec Ivan Petrov. Le responsable russe a salué leur coopération.", []),
    ("Iouri Borissov a signé l'accord mardi à Pékin. Le responsable chinois a salué une coopération exemplaire.", []),
])
def test_a_definite_person_noun_with_a_nationality_takes_up_the_one_compatriot(links, text, expected):
    found = links(text)
    words = "Le responsable russe" if "responsable russe" in text else "Le responsable chinois"
    assert of(found, words) == expected


def test_an_office_with_a_nationality_is_never_the_one_compatriot(links):
    found = links("Kim Jong-un a reçu l'émissaire russe. Il avait été accueilli par le ministre nord-coréen de la "
                  "Défense, No Kwang-chol, la veille.")
    assert "Q56226" not in of(found, "le ministre nord-coréen")
    assert "Q56226" not in of(found, "le ministre nord-coréen de la Défense")


# --- what a state is to another, after its name and a possessive -----------------------------------------------------

def test_a_possessive_apposition_to_a_state_names_that_state(links):
    found = links("Tokyo veut réduire sa dépendance envers la Chine, son premier partenaire commercial, d'ici 2030.")
    assert of(found, "son premier partenaire commercial") == [CHINA]


def test_a_possessive_phrase_that_is_a_subject_is_no_apposition(links):
    found = links("Selon la Chine, son principal partenaire a refusé l'offre.")
    assert of(found, "son principal partenaire") == []


def test_a_possessive_phrase_after_a_city_is_no_apposition_to_it(links):
    found = links("Les deux hommes se sont vus à San Francisco, leur premier tête-à-tête depuis un an.")
    assert of(found, "leur premier tête-à-tête") == []


# --- names French news gives a state's armed forces ------------------------------------------------------------------

RUSSIAN_ARMED_FORCES = "Q193159"


@pytest.mark.parametrize(("text", "words"), [
    ("Des soldats nord-coréens combattent aux côtés des forces russes dans la région.", "forces russes"),
    ("L'agence s'inquiète de la présence des forces armées russes autour de la centrale.", "forces armées russes"),
])
def test_the_russian_forces_are_russias_armed_forces(links, text, words):
    assert of(links(text), words) == [RUSSIAN_ARMED_FORCES]


def test_the_forces_of_another_country_are_not_russias(links):
    found = links("Les forces ukrainiennes ont repris le village.")
    assert RUSSIAN_ARMED_FORCES not in [entity for _, entity in found]


def test_a_kinship_apposition_describes_the_person_before_it(links):
    found = links("Les deux hommes ont visité le mausolée de Kim Il-sung, le grand-père de l'actuel dirigeant, "
                  "mercredi.")
    assert of(found, "le grand-père de l'actuel dirigeant") == ["Q41117"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Poutine a limogé son ministre de la Défense, Sergueï Choïgou. Le président russe a ensuite salué "
     "le travail de son ministre.", [SHOIGU]),
    ("Vladimir Poutine a limogé son ministre de la Défense, Sergueï Choïgou. Xi Jinping a ensuite salué le travail "
     "de son ministre.", []),
    ("Vladimir Poutine a limogé son ministre de la Défense, Sergueï Choïgou. Le président russe a ensuite gardé "
     "son ministre de l'Intérieur.", []),
])
def test_a_bare_possessive_minister_is_the_one_minister_of_that_government_named(links, text, expected):
    words = "son ministre de l'Intérieur" if "Intérieur" in text else "son ministre"
    assert of(links(text), words) == expected


def test_lui_joined_to_a_subject_is_no_dative(links):
    found = links("Vladimir Poutine a reçu Xi Jinping mardi. Alexandre Loukachenko et lui ont ensuite signé un accord.")
    assert XI not in of(found, "lui")
