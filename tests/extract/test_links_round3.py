"""Mentions and links, round 3: classes of failure seen on unseen articles, tested on sentences written here.

Whose host `son hôte` is (the subject of the possessive's clause, received in a participle clause before it);
a capital after a noun of giving or selling is the receiving state (`les ventes de tracteurs à Pyongyang`), after
a verb of motion the city; `il` after a sentence whose subject is a thing of a person (`La visite de M. X ...
Il`) is that person, never the subject of a sentence further back; whom one answers (`lui a répondu`) is who
spoke before; descriptions the knowledge base knows hold their article (`l'armée russe`); a former office is
nobody's now (`l'ancien président russe`); an organisation's head (`le chef de l'ONU`); a war noun with a
phrase of time or manner after it is still the article's war; names the tagger took for common nouns are local
entities, not the capitalised words of an office's name (`le ministère de l'Unification`).
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import local, of

from newsld.extract.noun_phrases import noun_phrase

RUSSIA, NORTH_KOREA, VIETNAM, BELARUS = "Q159", "Q423", "Q881", "Q184"
PYONGYANG, HANOI = "Q18808", "Q1858"
PUTIN, XI, KIM, LAVROV, TO_LAM, GUTERRES, NEBENZIA = (
    "Q7747", "Q15031", "Q56226", "Q58217", "Q10831196", "Q311440", "Q1000053")
RUSSIAN_ARMED_FORCES, RUSSIAN_MFA, UKRAINE_INVASION = "Q193159", "Q789889", "Q110999040"


# --- whose host ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "host"), [
    ("Accueilli à l’aéroport de Pékin par Xi Jinping, Vladimir Poutine a remercié son hôte pour son hospitalité.",
     XI),
    ("Reçu au palais présidentiel par Tô Lâm, Sergueï Lavrov a évoqué avec son hôte la coopération énergétique.",
     TO_LAM),
    ("Accueilli par Kim Jong-un en personne, Alexandre Loukachenko doit signer vendredi avec son hôte un accord.",
     KIM),
    ("Xi Jinping a accueilli Vladimir Poutine à Pékin. Le président russe a offert un vase à son hôte.", XI),
])
def test_the_host_is_who_received_the_possessives_subject(links, text, host):
    assert of(links(text), "son hôte") == [host]


# --- a capital after a noun of giving is the state that receives ---------------------------------------------------
@pytest.mark.parametrize(("text", "capital", "state"), [
    ("Minsk veut accroître ses ventes de tracteurs à Pyongyang dès cette année.", "Pyongyang", NORTH_KOREA),
    ("Pékin a promis mardi des livraisons d’engrais chinois à Hanoï.", "Hanoï", VIETNAM),
    ("Le Kremlin a confirmé l’envoi de conseillers militaires à Pyongyang.", "Pyongyang", NORTH_KOREA),
])
def test_a_capital_receiving_what_a_noun_gives_is_the_state(links, text, capital, state):
    assert of(links(text), capital) == [state]


@pytest.mark.parametrize(("text", "capital", "city"), [
    ("Les premiers camions biélorusses sont arrivés à Pyongyang jeudi soir.", "Pyongyang", PYONGYANG),
    ("Une usine de tracteurs biélorusses à Hanoï emploie trois cents ouvriers.", "Hanoï", HANOI),
])
def test_a_capital_after_a_verb_of_motion_or_a_sited_noun_is_the_city(links, text, capital, city):
    assert of(links(text), capital) == [city]


# --- pronouns: the person a thing-subject is of; whom one answers ---------------------------------------------------
def test_il_after_a_subject_that_is_a_persons_visit_is_that_person(links):
    found = links("Vassili Nebenzia a critiqué António Guterres lundi. La visite de M. Guterres à Kiev avait été "
                  "annoncée la veille. Il doit rencontrer des responsables ukrainiens.")
    assert of(found, "Il") == [GUTERRES]


def test_il_after_a_spokesmans_statement_is_not_the_one_he_speaks_for(links):
    found = links("Vladimir Poutine a reçu Kim Jong-un mardi. Le porte-parole de Vladimir Poutine a démenti "
                  "toute livraison d’armes. Il a ajouté que les discussions continueraient.")
    assert PUTIN not in of(found, "Il")


def test_whom_one_answers_is_who_spoke_before(links):
    found = links("Sergueï Lavrov a accusé António Guterres de partialité mardi. Le représentant ukrainien lui a "
                  "répondu vivement.")
    assert of(found, "lui") == [LAVROV]


# --- descriptions the knowledge base knows hold their article -------------------------------------------------------
def test_descriptions_of_known_bodies_hold_their_article(links):
    found = links("Des soldats nord-coréens combattent aux côtés de l’armée russe. À Moscou, la diplomatie russe a "
                  "nié. Le ministère russe des Affaires étrangères a convoqué l’ambassadeur.")
    assert of(found, "l’armée russe") == [RUSSIAN_ARMED_FORCES]
    assert of(found, "la diplomatie russe") == [RUSSIAN_MFA]
    assert of(found, "Le ministère russe des Affaires étrangères") == [RUSSIAN_MFA]
    assert of(found, "armée russe") == []


def test_le_nord_after_north_korea_holds_its_article(links):
    found = links("La Corée du Nord a tiré deux missiles samedi. Séoul accuse le Nord de violer les résolutions.")
    assert of(found, "le Nord") == [NORTH_KOREA]


def test_a_place_name_with_a_class_noun_stays_a_name(links):
    found = links("Des navires russes ont croisé en mer Noire, puis dans la mer Noire orientale.")
    assert "la mer Noire" not in [said for said, _ in found]


def test_the_office_of_a_body_known_by_its_description(links):
    found = links("L’accord n’est pas prêt, a précisé la porte-parole de la diplomatie russe.")
    assert local(found, "la porte-parole de la diplomatie russe")


# --- former offices, heads of organisations -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vladimir Poutine a reçu Kim Jong-un. L’ancien président russe a, de son côté, menacé Tokyo.",
    "Vladimir Poutine a parlé lundi. Le futur président russe sera élu en mars.",
])
def test_a_former_or_future_office_is_not_its_holder_now(links, text):
    assert PUTIN not in [entity for said, entity in links(text) if "président" in said]


@pytest.mark.parametrize(("text", "words"), [
    ("Le patron de l’ONU a atterri jeudi à Kiev.", "Le patron de l’ONU"),
    ("Moscou a accusé le chef de l’ONU de partialité.", "le chef de l’ONU"),
])
def test_the_head_of_an_organisation(links, text, words):
    assert of(links(text), words) == [GUTERRES]


@pytest.mark.parametrize("text", [
    "Le patron russe du groupe minier a démissionné.",
    "Le chef de l’armée russe a inspecté les troupes.",
])
def test_a_head_of_something_the_knowledge_base_has_no_office_for(links, text):
    found = links(text)
    assert PUTIN not in {entity for _, entity in found}
    assert not any(said.lower().startswith(("le patron", "le chef")) for said, _ in found)


# --- war nouns ------------------------------------------------------------------------------------------------------
def test_a_war_noun_followed_by_a_phrase_of_time_is_the_articles_war(links):
    found = links("La Russie a envahi l’Ukraine en 2022. Kiev affirme que la Russie pourrait arrêter cette guerre "
                  "à tout moment.")
    assert of(found, "cette guerre") == [UKRAINE_INVASION]


@pytest.mark.parametrize("text", [
    "La Russie a envahi l’Ukraine en 2022. Mais la guerre à Gaza domine les débats.",
    "La Russie a envahi l’Ukraine en 2022. La guerre contre le terrorisme a été évoquée.",
])
def test_a_war_noun_naming_another_war_is_not_linked(links, text):
    assert UKRAINE_INVASION not in {entity for _, entity in links(text)}


# --- names the tagger took for common nouns -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Le président chinois a quitté Hanoï mardi pour la Malaisie.", "Malaisie"),
    ("« Il n’y a pas de territoires disputés », a écrit sur Telegram l’ancien président.", "Telegram"),
    ("Les deux pays se disputent depuis des décennies les archipels des Paracels en mer de Chine.", "Paracels"),
])
def test_a_capitalised_name_tagged_as_a_noun_is_a_local_entity(links, text, name):
    assert local(links(text), name)


@pytest.mark.parametrize(("text", "not_a_name"), [
    ("À Séoul, le ministère sud-coréen de l’Unification a jugé la visite préoccupante.", "Unification"),
    ("Selon le Premier ministre japonais, la situation reste grave.", "Premier ministre japonais"),
    ("Un porte-parole du département d’État américain a réagi.", "État américain"),
    ("Le commandement de la Marine a démenti.", "Marine"),
])
def test_capitalised_words_of_an_office_or_body_are_no_name(links, text, not_a_name):
    assert of(links(text), not_a_name) == []


# --- appositions to a state; a host whose guest is a pronoun --------------------------------------------------------
@pytest.mark.parametrize(("text", "apposition", "state"), [
    ("Minsk, proche allié de Moscou, avait reçu en mars une délégation militaire.", "proche allié de Moscou",
     BELARUS),
    ("La Biélorussie, voisine de l’Ukraine, accueille des manœuvres russes.", "voisine de l’Ukraine", BELARUS),
])
def test_an_apposition_to_a_state_names_that_state(links, text, apposition, state):
    assert of(links(text), apposition) == [state]


def test_an_adjective_after_a_comma_is_no_apposition_of_the_city(links):
    found = links("À Minsk, proche de la frontière, les troupes ont défilé.")
    assert [entity for said, entity in found if said.startswith("proche")] == []


def test_the_host_of_a_pronoun_resolved_to_the_guest(links):
    found = links("Kim Jong-un a été reçu par Vladimir Poutine. Il a offert un fusil à son hôte.")
    assert of(found, "Il") == [KIM] and of(found, "son hôte") == [PUTIN]


# --- `y`: where one is, not a name completing a noun ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "place"), [
    ("Sergueï Lavrov gagnera le Laos, où il participera à Vientiane à une réunion de l’Asean. Il pourrait y croiser "
     "son homologue chinois.", "Vientiane"),
    ("Xi Jinping a quitté Hanoï mardi pour la Malaisie. Il y restera deux jours.", "Malaisie"),
])
def test_y_is_the_place_where_one_is(links, text, place):
    found = links(text)
    assert of(found, "y") == of(found, place) and of(found, "y")[0].startswith("local:")


# --- collectives of international news ------------------------------------------------------------------------------
def test_the_international_community_is_one_local_group(links):
    found = links("Séoul a appelé la communauté internationale à agir. Pyongyang s’en prend aux pays occidentaux, "
                  "et la communauté internationale reste divisée.")
    groups = of(found, "la communauté internationale")
    assert len(groups) == 2 and len(set(groups)) == 1 and groups[0].startswith("local:")
    assert local(found, "pays occidentaux")


# --- the words that name one thing ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "noun", "phrase"), [
    ("Minsk et Pyongyang doivent signer un traité d’amitié et de coopération, selon la presse.", "traité",
     "un traité d’amitié et de coopération"),
    ("Hanoï a proposé d’augmenter ses achats de riz et de maïs thaïlandais à Bangkok.", "achats",
     "ses achats de riz et de maïs thaïlandais"),
    ("Il a proposé d’accroître les livraisons de camions biélorusses à Pyongyang.", "livraisons",
     "les livraisons de camions biélorusses"),
    ("Les deux armées ont reçu des obus et des missiles.", "obus", "des obus"),
])
def test_a_noun_phrase_keeps_coordinated_complements_and_drops_to_whom(nlp, text, noun, phrase):
    doc = nlp(text)
    start, end = noun_phrase(next(t for t in doc if t.text == noun))
    assert text[start:end] == phrase


# --- the pronoun of a reporting clause goes on with the source before -----------------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("Le gouvernement japonais juge les propos de M. Medvedev regrettables, a indiqué son porte-parole, Yoshimasa "
     "Hayashi. Une protestation a été transmise à l’ambassade de Russie, a-t-il précisé.", "Yoshimasa Hayashi"),
    ("Vladimir Poutine a reçu Kim Jong-un mardi, a annoncé Dmitri Peskov. « Les discussions ont été utiles », "
     "a-t-il ajouté.", "Dmitri Peskov"),
])
def test_a_reporting_pronoun_is_the_source_before(links, text, source):
    found = links(text)
    assert of(found, "il") == of(found, source)


@pytest.mark.parametrize(("text", "person"), [
    ("Un porte-parole du département d’État américain a estimé que Minsk s’isole.",
     "Un porte-parole du département d’État américain"),
    ("Un responsable du ministère de la Défense a démenti jeudi.", "Un responsable du ministère de la Défense"),
])
def test_an_indefinite_person_holds_a_complement_of_its_complement(links, text, person):
    assert local(links(text), person)
