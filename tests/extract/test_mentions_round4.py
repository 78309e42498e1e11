"""Mentions, round 4: classes of failure seen on unseen articles, tested on sentences written here.

`le Nord` standing for a state is North Korea once the article has spoken of it, by name, through its capital
(`Pyongyang nie`) or by an adjective (`munitions nord-coréennes`); a later `M. X` is the local person named `X ...`
before (in either name order), and its mention is the name without the civility; a noun of nationality right
before a name (`le Biélorusse Alexandre Loukachenko`) is no entity of its own; a past war named by its country
(`la guerre du Viêt Nam`) is a local entity and the country in it no mention; a country's institution named by a
noun and a nationality (`la diplomatie chinoise`) is a local organisation outside a title; a later definite or
demonstrative noun phrase takes up a thing named before by its head, by a general noun news use for it (`ces
sociétés` after `des entreprises`, `l'appareil` after `un avion`), and past a noun of quantity.
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import of

from newsld.extract.anaphors import _head_noun
from newsld.extract.model import Mention
from newsld.extract.nlp import parse

NORTH_KOREA, SOUTH_KOREA, VIETNAM, LUKASHENKO = "Q423", "Q884", "Q881", "Q2866"
RUSSIAN_ARMED_FORCES = "Q193159"


def _local(entities: list[str]) -> bool:
    return len(entities) == 1 and entities[0].startswith("local:")


# --- `le Nord` once North Korea has been spoken of ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "words"), [
    ("Pyongyang dément toute vente d'armes. Selon Séoul, le Nord aurait livré des obus à Moscou.", "le Nord"),
    ("Tokyo a sanctionné des entreprises nord-coréennes. Le Nord a répliqué mardi par un tir de missile.",
     "Le Nord"),
    ("Les exercices de Séoul irritent Pyongyang. D'après les analystes, le Nord pourrait procéder à un essai.",
     "le Nord"),
])
def test_le_nord_is_north_korea_once_spoken_of(links, text, words):
    assert of(links(text), words) == [NORTH_KOREA]


@pytest.mark.parametrize("text", [
    "Il pleuvait dans le Nord de la France. Le Nord a voté à gauche dimanche.",  # said before is no naming
    "Le Nord a voté massivement pour le candidat de gauche, selon les résultats publiés lundi.",
    "Pyongyang a tiré un missile. Il est tombé dans le Nord du Japon.",  # a region, not a state
])
def test_le_nord_stays_unlinked_elsewhere(links, text):
    assert NORTH_KOREA not in [entity for said, entity in links(text) if said.lower().endswith("nord")]


# --- a local person's surname after a civility --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "full", "short"), [
    ("Le président vietnamien a rencontré Lee Jae-myung lundi. « Le Viêt Nam est un partenaire », a déclaré "
     "M. Lee.", "Lee Jae-myung", "Lee"),
    ("Le ministre a reçu Jean-Marc Dupontel à Paris. Selon M. Dupontel, la coopération progresse.",
     "Jean-Marc Dupontel", "Dupontel"),
    ("Séoul a dépêché Kang Kyung-wha à Hanoï mardi. Mme Kang a salué un accord commercial.",
     "Kang Kyung-wha", "Kang"),
])
def test_civility_and_surname_is_the_person_named_before(links, text, full, short):
    found = links(text)
    assert _local(of(found, full)) and of(found, short) == of(found, full)
    assert not [said for said, _ in found if said.startswith(("M. ", "Mme "))]


def test_a_person_name_ends_before_a_day(links):
    found = links("Le dirigeant chinois a reçu Park Sung-min mercredi à Pékin.")
    assert _local(of(found, "Park Sung-min")) and not [s for s, _ in found if "mercredi" in s]


# --- a nationality noun before a name -----------------------------------------------------------------------------
def test_nationality_noun_before_a_name_is_no_entity(links):
    found = links("Plusieurs chefs d'État, dont le Biélorusse Alexandre Loukachenko, étaient présents.")
    assert of(found, "Alexandre Loukachenko") == [LUKASHENKO]
    assert of(found, "Biélorusse") == []


# --- a past war named by its country ------------------------------------------------------------------------------
def test_past_war_named_by_its_country_is_local(links):
    found = links("Ces soldats avaient combattu aux côtés des Américains pendant la guerre du Viêt Nam.")
    assert _local(of(found, "guerre du Viêt Nam")) and VIETNAM not in [e for _, e in found]


def test_war_of_the_knowledge_base_keeps_its_link(links):
    found = links("Moscou poursuit la guerre d'Ukraine depuis février 2022.")
    assert not [s for s, e in found if e.startswith("local:") and "guerre" in s]


# --- a country's institution by a noun and a nationality ----------------------------------------------------------
@pytest.mark.parametrize(("text", "words"), [
    ("La diplomatie chinoise a dénoncé mardi ces manœuvres navales.", "La diplomatie chinoise"),
    ("Le tir a été suivi par l’aviation sud-coréenne, qui a relevé l'alerte.", "l’aviation sud-coréenne"),
    ("Kiev entend frapper la flotte russe partout en mer Noire.", "la flotte russe"),
    ("Les documents ont été saisis par la police japonaise à Osaka.", "la police japonaise"),
])
def test_national_institution_is_a_local_organisation(links, text, words):
    assert _local(of(links(text), words))


def test_national_institution_repeated_is_one_entity(links):
    found = links("La marine sud-coréenne a suivi le navire. Selon la marine sud-coréenne, il a fait demi-tour.")
    assert len(set(of(found, "la marine sud-coréenne") + of(found, "La marine sud-coréenne"))) == 1


def test_institution_inside_a_title_is_no_mention(links):
    found = links("Le chef de la diplomatie ukrainienne a appelé son homologue turc.")
    assert of(found, "la diplomatie ukrainienne") == []


def test_institution_the_knowledge_base_knows_keeps_its_link(links):
    assert of(links("L'armée russe a affirmé avoir repoussé l'assaut."), "L'armée russe") == [RUSSIAN_ARMED_FORCES]


# --- a thing taken up by a later noun phrase ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "first", "later"), [
    ("Moscou a vendu un avion de transport à Minsk. L'appareil a atterri lundi.", "un avion de transport",
     "L'appareil"),
    ("La Russie a livré trois navires à la Syrie. Les bâtiments ont accosté mardi à Tartous.", "trois navires",
     "Les bâtiments"),
    ("Pyongyang a tiré des missiles balistiques. Les projectiles sont tombés en mer.", "des missiles balistiques",
     "Les projectiles"),
])
def test_general_noun_takes_up_the_thing_named_before(view, text, first, later):
    found = view(text)
    assert found.entity_of(first) is not None and found.entity_of(later) == found.entity_of(first)


def test_take_up_keeps_number(view):
    found = view("La Russie a livré trois navires à la Syrie. Le bâtiment amiral est resté à Sébastopol.")
    assert found.entity_of("Le bâtiment") != found.entity_of("trois navires")


def test_head_of_a_counted_description_is_the_noun_counted(nlp):
    text = "Tokyo vise une dizaine d'entreprises russes."
    start = text.index("une")
    mention = Mention(start, len(text) - 1, "local:x", "nominal", "group")
    assert _head_noun(parse(text), mention) == "entreprises"


@pytest.mark.parametrize(("text", "words"), [
    ("« Notre invité a vu ce que l’aviation russe a de meilleur », a déclaré le ministre.", "l’aviation russe"),
    ("Trois frégates de la marine russe mouillent à Tartous depuis mardi.", "la marine russe"),
])
def test_national_institution_that_takes_no_part_is_no_mention(links, text, words):
    assert of(links(text), words) == []


# --- the feminine title of a foreign minister ---------------------------------------------------------------------
def test_cheffe_de_la_diplomatie_is_the_foreign_minister(view):
    found = view("La ministre japonaise Yoko Kamikawa a reçu son homologue mardi. « Nous agirons », a ajouté la "
                 "cheffe de la diplomatie japonaise.")
    assert found.entity_of("la cheffe de la diplomatie japonaise") == found.entity_of("Yoko Kamikawa") == "Q276275"


# --- people or companies of a nationality, with their count ---------------------------------------------------------
@pytest.mark.parametrize(("text", "words"), [
    ("Selon Séoul, des milliers de soldats nord-coréens ont été envoyés en Russie.",
     "des milliers de soldats nord-coréens"),
    ("Tokyo a pris de nouvelles sanctions contre une dizaine d’entreprises russes et nord-coréennes.",
     "une dizaine d’entreprises russes et nord-coréennes"),
    ("Il a évoqué l’engagement de soldats sud-coréens aux côtés des forces américaines.", "soldats sud-coréens"),
    ("Quelque 10.000 militaires russes sont arrivés dans la région mardi.", "Quelque 10.000 militaires russes"),
    ("Les frappes ont tué des civils ukrainiens dans la nuit, selon Kiev.", "des civils ukrainiens"),
])
def test_people_of_a_nationality_are_a_local_group(links, text, words):
    assert _local(of(links(text), words))


def test_counted_people_without_a_nationality_are_a_local_group(links):
    """Gold annotates `quelque 10.000 soldats` as a group: a local one, never a state's QID."""
    found = links("Des milliers de soldats ont défilé mardi sur la place principale.")
    assert [(said, entity.startswith("local:")) for said, entity in found if "soldats" in said] == [
        ("Des milliers de soldats", True)]


def test_companies_taken_up_by_ces_societes(view):
    found = view("Tokyo a gelé les avoirs d’une dizaine d’entreprises russes et nord-coréennes. Toute transaction "
                 "avec ces sociétés est désormais interdite.")
    companies = found.entity_of("une dizaine d’entreprises russes et nord-coréennes")
    assert companies is not None and found.entity_of("ces sociétés") == companies
