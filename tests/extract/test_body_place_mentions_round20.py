"""Mentions of bodies and places, round 20, on sentences of our own: the span of the mention and its entity.

- An acronym in brackets right after a body's name is a mention of that body, and so is every later use of it
  (`la Ligue arabe des droits humains (LADH) ... La LADH`): one entity, the name's. A body a lowercase noun phrase
  names (`le comité de salut public (CSP)`) is a nominal mention with its article. A bracket after a thing that
  is no body (`trois missiles (ICBM)`) or a year (`(2024)`) defines nothing.
- `l'armée de l'air`, `l'armée de terre` (with their nationality) are one body, not `l'armée`.
- A ministry with its portfolio (`le ministère indien des Affaires étrangères`, `le département d'État`) inside
  a person's title is a mention of its own; a bare body there (`le porte-parole de la police`) only names the
  office.
- A body's name the recogniser cuts before its nationality (`la Garde nationale ukrainienne`) keeps the
  adjective; a capitalised article inside a sentence belongs to a place's name (`à La Haye`).
- A landmark named by its kind and a proper name (`le palais de Dolmabahçe`, `la place Tahrir`, `l'océan Indien`,
  `près du village de X`) is one name mention, without its article; a known city after such a noun (`l'aéroport
  de Pékin`) and a person's name after it (`le stade Kofi Annan`) stay what they were.
- A longer name holding a place begins at the capitalised word before `des` (`l'Union des Serbes de Croatie`).
- A past participle that opens a sentence (`Visé par des sanctions`) is no name.
- `la région de X` the recogniser read as one name is the division step's nominal place (not dropped); a known
  city there keeps its link.
"""

from __future__ import annotations

# --- acronyms in brackets ----------------------------------------------------------------------------------------


def test_an_acronym_after_a_name_and_its_later_uses_are_the_named_body(view):
    v = view("La Ligue arabe des droits humains (LADH) a dénoncé les arrestations. La LADH a saisi la justice.")
    body = v.named("Ligue arabe des droits humains")
    uses = [m for m in v.data["mentions"] if m["text"] == "LADH"]
    assert len(uses) == 2 and {m["entity"] for m in uses} == {body}


def test_an_acronym_taken_up_inside_a_title_is_the_body(view):
    v = view("Le scrutin a été remporté par le Front uni du travail (FUT). Le chef du FUT a salué la victoire.")
    body = v.named("Front uni du travail")
    assert [m["entity"] for m in v.data["mentions"] if m["text"] == "FUT"] == [body, body]


def test_a_lowercase_body_before_an_acronym_is_a_nominal_mention_with_its_article(view):
    v = view("Le comité de salut public (CSP) a pris le pouvoir. Le CSP a suspendu la Constitution.")
    body = v.named("Le comité de salut public")
    assert v.kind_of("Le comité de salut public") == "nominal"
    assert {m["entity"] for m in v.data["mentions"] if m["text"] == "CSP"} == {body}


def test_a_bracket_after_a_thing_or_a_year_defines_no_body(view):
    v = view("L'Iran a tiré trois missiles (ICBM) vers le golfe. Le budget du parti (2024) a été publié.")
    things = {m["entity"] for m in v.data["mentions"] if m["text"] in ("trois missiles",)}
    assert v.entity_of("ICBM") not in things
    assert not any("parti" in m["text"] for m in v.data["mentions"])


# --- armed forces and ministries ----------------------------------------------------------------------------------


def test_the_air_force_with_its_nationality_is_one_body(view):
    v = view("Deux avions ont été abattus, selon l'armée de l'air moldave.")
    assert v.entity_of("l'armée de l'air moldave") is not None and v.entity_of("l'armée") is None


def test_the_land_army_is_one_body(view):
    v = view("L'armée de terre tchèque a envoyé trois bataillons à la frontière.")
    assert v.entity_of("L'armée de terre tchèque") is not None


def test_a_ministry_with_its_portfolio_inside_a_title_is_a_mention(view):
    v = view("Le porte-parole du ministère kényan des Affaires étrangères a démenti ces informations.")
    assert v.entity_of("ministère kényan des Affaires étrangères") is not None
    assert v.entity_of("Le porte-parole du ministère kényan des Affaires étrangères") is not None


def test_the_state_department_inside_a_title_is_a_mention(view):
    v = view("Un porte-parole du département d'État a jugé la décision « regrettable ».")
    assert v.entity_of("département d'État") is not None


def test_a_bare_body_inside_a_title_only_names_the_office(view):
    v = view("Le porte-parole de la police a démenti ces informations.")
    assert v.entity_of("la police") is None


# --- names cut by the recogniser ----------------------------------------------------------------------------------


def test_a_body_s_name_keeps_its_nationality(view):
    v = view("La Garde nationale ukrainienne a repoussé l'assaut près du fleuve.")
    assert v.entity_of("Garde nationale ukrainienne") is not None and v.entity_of("Garde nationale") is None


def test_a_capitalised_article_inside_a_sentence_belongs_to_the_place(view):
    v = view("Le tribunal spécial siégera à La Haye dès l'automne.")
    assert v.entity_of("La Haye") is not None and v.entity_of("Haye") is None


def test_a_longer_name_begins_before_des(view):
    v = view("Le tribunal a dissous mardi l'Union des Serbes de Croatie.")
    assert v.entity_of("Union des Serbes de Croatie") is not None
    assert v.entity_of("Serbes de Croatie") is None


# --- landmarks ---------------------------------------------------------------------------------------------------


def test_a_palace_with_its_name_is_one_name_mention(view):
    v = view("Les pourparlers se sont tenus au palais de Topkapi jeudi.")
    assert v.entity_of("palais de Topkapi") is not None and v.kind_of("palais de Topkapi") == "name"
    assert v.entity_of("Topkapi") is None


def test_a_square_and_an_ocean_are_name_mentions_without_their_article(view):
    v = view("Des milliers de personnes ont défilé sur la place Tahrir. Un navire a coulé dans l'océan Indien.")
    assert v.entity_of("place Tahrir") is not None and v.entity_of("la place Tahrir") is None
    assert v.entity_of("océan Indien") is not None


def test_a_village_keeps_the_place_read_at_its_name(view):
    v = view("Des fragments sont tombés près du village de Vylkove, selon les garde-frontières.")
    assert v.entity_of("village de Vylkove") is not None and v.entity_of("Vylkove") is None


def test_a_known_city_after_a_noun_of_place_stays_the_city(view):
    v = view("L'aéroport de Pékin a rouvert après la tempête.")
    assert v.entity_of("Pékin") == "Q956" and v.entity_of("aéroport de Pékin") is None


def test_a_person_s_name_after_a_bare_noun_of_place_stays_the_person(view):
    v = view("Le stade Nelson Mandela accueillera la finale.")
    assert v.entity_of("stade Nelson Mandela") is None


def test_instead_of_is_no_square(view):
    v = view("Le Premier ministre a parlé à la place de Lula.")
    assert not any(m["text"].startswith("place") for m in v.data["mentions"])


# --- spurious capitals --------------------------------------------------------------------------------------------


def test_a_participle_opening_a_sentence_is_no_name(view):
    v = view("Visé par des sanctions depuis 2021, le régime cherche de nouveaux partenaires.")
    assert v.entity_of("Visé") is None


def test_a_city_opening_a_sentence_before_a_comma_stays_a_name(view):
    v = view("Lomé, la capitale togolaise, accueille le sommet.")
    assert v.entity_of("Lomé") is not None


# --- a region the recogniser read with its noun ------------------------------------------------------------------


def test_a_region_read_with_its_noun_is_one_nominal_place(view):
    v = view("Un dépôt de munitions a explosé dans la région de Koursk, près de la frontière.")
    assert v.kind_of("la région de Koursk") == "nominal" and v.entity_of("Koursk") is None


def test_a_region_read_by_its_name_alone_is_the_same_nominal_place(view):
    v = view("Des villages ont été bombardés dans la région de Tchernihiv, selon les secours.")
    assert v.kind_of("la région de Tchernihiv") == "nominal" and v.entity_of("Tchernihiv") is None


def test_the_area_around_a_known_city_keeps_the_city(view):
    v = view("Le dirigeant se repose dans sa datcha de la région de Moscou.")
    assert v.entity_of("Moscou") == "Q649"
