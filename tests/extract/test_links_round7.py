"""Links and mentions on wire copy about people, places and bodies the knowledge base mostly does not hold.

Every sentence was written for these tests (AFP register: elections, protests, maritime incidents, trade
disputes, spokespeople). Each checks the links that must come out and the wrong ones that must not: a known
name inside a longer name (`le Washington Post`, `Kim Yo-jong`, `Sung Kim`) is someone or something else; a
Chinese name gives its family name first (`Xi a reçu`); a title the recogniser took into a name stays out of
it; a role set beside a name by commas is that person, whoever holds the office; `ce dernier` after a name of
unknown kind is left unlinked rather than given to the person before.
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import local, of, qids

PUTIN, XI, NEBENZIA, KIM_JONG_UN, KIM_JONG_IL, KIM_IL_SUNG = "Q7747", "Q15031", "Q1000053", "Q56226", "Q10665", "Q41117"
LAVROV, KISHIDA = "Q58217", "Q359480"
RUSSIA, JAPAN, USA, SOUTH_KOREA, NORTH_KOREA, CHINA = "Q159", "Q17", "Q30", "Q884", "Q423", "Q148"
SEOUL, WASHINGTON_DC, BEIJING, MOSCOW, TOKYO = "Q8684", "Q61", "Q956", "Q649", "Q1490"
KIMS = {KIM_JONG_UN, KIM_JONG_IL, KIM_IL_SUNG}


# --- a known name followed by capitalised words is part of a longer name of something else ------------------------

@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("Le Washington Post a révélé mardi que le Pentagone préparait un nouvel envoi de munitions.",
     "Washington Post", {USA, WASHINGTON_DC}),
    ("Selon le Moscow Times, l'opposant a été transféré dans une colonie pénitentiaire.", "Moscow Times",
     {RUSSIA, MOSCOW}),
    ("La Tokyo Electric Power Company a repris jeudi le rejet d'eau traitée dans l'océan.",
     "Tokyo Electric Power Company", {JAPAN, TOKYO}),
    ("Le quotidien Kyiv Independent cite un responsable militaire sous couvert d'anonymat.", "Kyiv Independent",
     {"Q212", "Q1899"}),
])
def test_a_place_inside_a_longer_name_is_not_the_place(links, text, name, wrong):
    found = links(text)
    assert local(found, name)
    assert not qids(found) & wrong


def test_a_place_followed_by_a_known_name_is_still_the_place(links):
    found = links("Le ministre a été reçu à Pékin Xi Jinping ayant annulé son déplacement à Séoul.")
    assert of(found, "Pékin") == [BEIJING]
    assert of(found, "Xi Jinping") == [XI]


def test_a_capital_before_a_day_or_a_civility_is_still_linked(links):
    found = links("Le ministre est attendu à Séoul Mardi, puis à Tokyo Mme Kamikawa le recevra.")
    assert of(found, "Séoul") == [SEOUL]
    assert of(found, "Tokyo") == [TOKYO]


# --- people who share a family name with a known person ------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Kim Yo-jong, la sœur du dirigeant, a menacé Séoul de « représailles » après le lancement de tracts.",
     "Kim Yo-jong"),
    ("Kim Dae-jung, ancien président sud-coréen, avait reçu le prix Nobel de la paix.", "Kim Dae-jung"),
    ("L'émissaire américain, Sung Kim, a rencontré son homologue japonais à Jakarta.", "Sung Kim"),
])
def test_another_person_with_a_known_family_name_stays_local(links, text, name):
    found = links(text)
    assert local(found, name)
    assert not qids(found) & KIMS


def test_the_known_person_is_still_linked_beside_a_namesake(links):
    found = links("Kim Jong-un a inspecté une usine de munitions, accompagné de sa sœur Kim Yo-jong.")
    assert of(found, "Kim Jong-un") == [KIM_JONG_UN]
    assert local(found, "Kim Yo-jong")


# --- a Chinese name gives its family name first -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Xi a reçu mercredi à Pékin une délégation d'industriels allemands.",
    "Le président Xi a appelé à « la retenue » lors d'un entretien téléphonique.",
])
def test_a_chinese_leaders_family_name_alone_is_him(links, text):
    assert of(links(text), "Xi") == [XI]


def test_another_person_of_the_same_family_name_stays_local(links):
    found = links("Xi Mingze, la fille du dirigeant chinois, a étudié aux États-Unis.")
    assert local(found, "Xi Mingze")
    assert XI not in qids(found)


def test_a_japanese_name_still_gives_its_family_name_last(links):
    found = links("Le Premier ministre Kishida a dissous la chambre basse du Parlement.")
    assert of(found, "Kishida") == [KISHIDA]


# --- a title the recogniser took into a person's name -------------------------------------------------------------

def test_a_title_is_no_part_of_the_name_that_follows_it(links):
    found = links("Le ministre a été reçu à Hanoï par le Premier ministre vietnamien Pham Minh Chinh ; ce dernier a "
                  "salué l'amitié entre les deux pays.")
    assert local(found, "Pham Minh Chinh")
    assert of(found, "ce dernier") == of(found, "Pham Minh Chinh")


def test_an_organisations_name_keeps_its_adjectives(links):
    found = links("Le Parti communiste vietnamien a désigné un nouveau secrétaire général.")
    assert local(found, "Parti communiste vietnamien")


# --- a plural noun that begins an organisation's name ------------------------------------------------------------

def test_a_plural_noun_beginning_an_organisations_name_is_not_a_group(links):
    found = links("Un pétrolier a été arraisonné dans le golfe d'Oman par les Gardiens de la révolution.")
    assert local(found, "Gardiens de la révolution")
    assert of(found, "les Gardiens") == []


def test_a_plural_noun_of_inhabitants_is_still_a_group(links):
    found = links("Les Européens ont salué l'accord conclu à Bruxelles.")
    assert len(of(found, "Les Européens")) == 1


# --- a role set beside a name by commas is that person -----------------------------------------------------------

def test_a_role_apposed_to_a_known_person_is_him_not_the_offices_holder(links):
    found = links("Nebenzia, l'ambassadeur russe à l'ONU, a mis son veto au projet de résolution.")
    assert of(found, "l'ambassadeur russe") == [NEBENZIA]


def test_a_role_apposed_to_an_unknown_person_is_that_local_person(links):
    found = links("Dmitri Kouleba, le chef de la diplomatie ukrainienne, a rencontré son homologue polonais.")
    assert of(found, "le chef de la diplomatie ukrainienne") == of(found, "Dmitri Kouleba")
    assert of(found, "Dmitri Kouleba")[0].startswith("local:")


def test_a_role_that_is_the_subject_after_a_name_is_not_an_apposition(links):
    found = links("Après avoir reçu Vassili Nebenzia, le ministre russe des Affaires étrangères a déclaré que "
                  "Moscou ne céderait pas.")
    assert of(found, "le ministre russe des Affaires étrangères") != [NEBENZIA]


# --- `ce dernier` after a name of unknown kind -------------------------------------------------------------------

def test_ce_dernier_after_an_untyped_name_is_not_the_person_before(links):
    found = links("Vladimir Poutine a téléphoné à Recep Tayyip Erdogan. Ce dernier lui a proposé d'accueillir des "
                  "pourparlers.")
    assert PUTIN not in of(found, "Ce dernier")


def test_ce_dernier_after_a_person_is_still_that_person(links):
    found = links("Sergueï Lavrov a reçu Penny Wong à Moscou. Ce dernier a salué une rencontre « constructive ».")
    assert of(found, "Ce dernier") == of(found, "Penny Wong")


# --- what a state's forces do: a capital after `de` is the state ------------------------------------------------

def test_the_manoeuvres_of_two_capitals_are_the_states(links):
    found = links("La Corée du Nord a dénoncé les manœuvres conjointes de Washington et Séoul.")
    assert of(found, "Washington") == [USA]
    assert of(found, "Séoul") == [SOUTH_KOREA]


def test_the_streets_of_a_capital_are_the_city(links):
    found = links("Des milliers de manifestants ont défilé dans les rues de Séoul contre le gouvernement.")
    assert of(found, "Séoul") == [SEOUL]


# --- wire copy full of names the knowledge base does not hold: all local, none linked -----------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Le chef de la diplomatie chinoise, Wang Yi, a reçu à Pékin son homologue brésilien, Mauro Vieira.",
     ["Wang Yi", "Mauro Vieira"]),
    ("Un navire des garde-côtes chinois a heurté un bateau philippin près du récif, a annoncé Manille.",
     ["Manille"]),
    ("Des milliers de manifestants ont défilé samedi à Tbilissi contre la loi sur les « agents de l'étranger ».",
     ["Tbilissi"]),
    ("Amnesty International a accusé les autorités iraniennes de réprimer les manifestations.",
     ["Amnesty International"]),
    ("La représentante américaine au Commerce, Katherine Tai, a annoncé de nouveaux droits de douane.",
     ["Katherine Tai"]),
    ("Les électeurs moldaves ont voté lors d'un référendum sur l'adhésion à l'Union européenne.",
     ["Union européenne"]),
    ("Le président sud-africain Cyril Ramaphosa s'est rendu à Kiev puis à Moscou.", ["Cyril Ramaphosa"]),
])
def test_names_the_knowledge_base_does_not_hold_stay_local(links, text, names):
    found = links(text)
    assert all(local(found, name) for name in names), found
    assert not qids(found) - {BEIJING, CHINA, "Q1899", MOSCOW, USA}


def test_capitals_as_states_and_as_the_city_in_one_sentence(links):
    found = links("Séoul et Tokyo ont convenu de renforcer leur coopération, selon un communiqué publié à Séoul.")
    assert of(found, "Séoul") == [SOUTH_KOREA, SEOUL]
    assert of(found, "Tokyo") == [JAPAN]


def test_a_spokeswoman_of_an_unknown_ministry_is_no_known_person(links):
    found = links("La porte-parole du ministère sud-coréen des Affaires étrangères, Lim Soo-suk, a dénoncé une "
                  "« provocation ».")
    assert local(found, "Lim Soo-suk")
    assert not qids(found)


def test_a_known_person_keeps_his_link_among_unknown_ones(links):
    found = links("Le ministre russe de la Défense, Andreï Belooussov, a succédé à Sergueï Choïgou en mai.")
    assert local(found, "Andreï Belooussov")
    assert of(found, "Sergueï Choïgou") == ["Q32024"]
    assert of(found, "Le ministre russe de la Défense") == of(found, "Andreï Belooussov")


def test_lavrov_is_linked_by_his_family_name(links):
    found = links("Le Moscow Times a rapporté que Lavrov avait annulé sa visite.")
    assert of(found, "Lavrov") == [LAVROV]
    assert NORTH_KOREA not in qids(found)


# --- `à X` after the inverted subject of a reporting incise is where it was said ---------------------------------

def test_a_capital_after_the_inverted_subject_of_an_incise_is_the_city(links):
    found = links("La banque centrale a maintenu son taux directeur, a annoncé son gouverneur Rhee Chang-yong à Séoul.")
    assert of(found, "Séoul") == [SEOUL]
    assert local(found, "Rhee Chang-yong")


@pytest.mark.parametrize(("text", "capital", "state"), [
    ("Le ministre a annoncé à Pyongyang l'envoi de vivres.", "Pyongyang", NORTH_KOREA),
    ("Pyongyang, selon Séoul, a livré des obus à Moscou.", "Moscou", RUSSIA),
])
def test_a_capital_that_receives_is_still_the_state(links, text, capital, state):
    assert of(links(text), capital) == [state]


# --- a place's name inside a person's name, and a title holder's name right after a place ------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Le porte-parole a cité George Washington dans son discours d'investiture.", "George Washington"),
    ("L'acteur Denzel Washington a soutenu la campagne du candidat démocrate.", "Denzel Washington"),
])
def test_a_place_as_a_persons_family_name_is_that_person(links, text, name):
    found = links(text)
    assert local(found, name)
    assert not qids(found) & {USA, WASHINGTON_DC}


@pytest.mark.parametrize(("text", "place", "qid", "person"), [
    ("Le maire de Kiev Vitali Klitschko a dénoncé les frappes nocturnes.", "Kiev", "Q1899", "Vitali Klitschko"),
    ("Le maire de Séoul Oh Se-hoon a présenté sa démission.", "Séoul", SEOUL, "Oh Se-hoon"),
    ("La gouverneure de Tokyo Yuriko Koike a été réélue dimanche.", "Tokyo", TOKYO, "Yuriko Koike"),
])
def test_a_title_holders_name_right_after_a_place_is_no_part_of_it(links, text, place, qid, person):
    found = links(text)
    assert of(found, place) == [qid]
    assert local(found, person)


# --- a region named after a country, and an acronym the article defines ------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Les pays d'Amérique latine ont condamné le coup d'État.", ["Amérique latine"]),
    ("Le dirigeant s'est rendu en Amérique du Sud, puis en Amérique centrale.", ["Amérique du Sud",
                                                                               "Amérique centrale"]),
])
def test_a_region_named_after_a_country_is_not_the_country(links, text, names):
    found = links(text)
    assert all(local(found, name) for name in names)
    assert USA not in qids(found)


def test_an_acronym_the_article_defines_is_its_own_name(links):
    found = links("Le président de l'Autorité palestinienne (AP), Mahmoud Abbas, a dénoncé l'opération. L'AP a "
                  "demandé une réunion d'urgence.")
    assert "Q40469" not in qids(found)
    assert set(of(found, "AP")) == set(of(found, "Autorité palestinienne"))


def test_an_acronym_defined_for_a_known_organisation_keeps_its_link(links):
    found = links("L'Agence France-Presse (AFP) a interrogé des témoins sur place.")
    assert of(found, "AFP") == ["Q40464"]
