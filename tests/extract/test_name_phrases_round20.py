"""A description and the name it introduces are one entity (round 20), on sentences written for these tests (not
taken from the gold corpus, the held-out corpus or the bundled article).

A title right before a name is part of the name's phrase, wherever the parser hangs the name (an inverted subject
after a verb of saying: `a annoncé le groupe minier brésilien X`): the mention is the name's, and the speaker the
name's entity. A title set off by a comma before or after a name is a mention of its own of the same entity, for a
company as for a person (`X, le géant minier brésilien,`). A title's coordinated complements (`de l'Énergie et des
Mines`, `de l'Industrie, du Commerce et de l'Artisanat`) belong to the title: its mention spans them, and the
capitalised portfolios are no names of their own. The guards: `et` before another noun phrase (`le ministre et des
experts`) ends the title; a state after `ministre du` stays a mention; a bare title with no name stays unnamed.
"""

from __future__ import annotations

from typing import Any

LAVROV = "Q58217"


def speakers(found: Any) -> list[tuple[str, str]]:
    return [(act["trigger"]["text"], act["speaker"]) for act in found.data["speech_acts"]]


def mentions(found: Any) -> list[str]:
    return [m["text"] for m in found.data["mentions"]]


def entities_named(found: Any, word: str) -> set[str]:
    """The entities of every mention whose words hold ``word``."""
    return {m["entity"] for m in found.data["mentions"] if word in m["text"]}


# --- a title right before a name: one entity, the name's mention --------------------------------------------------
def test_an_inverted_company_title_and_its_name_are_one_speaker(view):
    found = view("Les livraisons reprendront lundi, a annoncé le géant gazier russe Novatek.")
    novatek = found.named("Novatek")
    assert speakers(found) == [("a annoncé", novatek)]
    assert "le géant gazier russe Novatek" not in mentions(found)
    assert entities_named(found, "Novatek") == {novatek}
    assert found.entity(novatek)["type"] == "organization"


def test_an_inverted_title_after_a_day_keeps_the_name_as_speaker(view):
    found = view("Le chantier a pris du retard, a reconnu mercredi le groupe sud-coréen Hanwha.")
    hanwha = found.named("Hanwha")
    assert speakers(found) == [("a reconnu", hanwha)]
    assert mentions(found) == ["Hanwha"]


def test_a_company_title_opening_the_sentence_is_the_name_too(view):
    found = view("Le groupe minier brésilien Vale a annoncé mardi la fermeture d'une mine.")
    assert speakers(found) == [("a annoncé", found.named("Vale"))]
    assert "Le groupe minier brésilien Vale" not in mentions(found)


def test_the_name_after_a_company_title_is_an_organisation(view):
    found = view("Les forages reprendront en juin, a annoncé le groupe minier brésilien Vale.")
    assert found.entity(found.named("Vale"))["type"] == "organization"


def test_an_institution_inside_a_title_before_a_name_is_no_mention(view):
    found = view("« Nous ne céderons rien », a lancé le chef de la diplomatie russe Sergueï Lavrov.")
    assert speakers(found) == [("a lancé", LAVROV)]
    assert "la diplomatie russe" not in mentions(found)


# --- a title set off by a comma: a mention of its own, of the same entity -------------------------------------------
def test_a_coordinated_title_before_an_unlinked_name_is_one_person(view):
    found = view("« Les réserves suffiront », a assuré le ministre ghanéen des Finances et de la Planification "
                 "économique, Kwame Asante.")
    asante = found.named("Kwame Asante")
    assert found.named("le ministre ghanéen des Finances et de la Planification économique") == asante
    assert speakers(found) == [("a assuré", asante)]
    assert "Planification économique" not in mentions(found)
    assert found.entity(asante)["type"] == "person"


def test_a_title_listing_three_portfolios_is_one_mention(view):
    found = view("« Le marché est stable », a affirmé le ministre nigérien de l'Industrie, du Commerce et de "
                 "l'Artisanat, Abdou Saley.")
    saley = found.named("Abdou Saley")
    assert found.named("le ministre nigérien de l'Industrie, du Commerce et de l'Artisanat") == saley
    assert not {"Industrie", "Commerce", "Artisanat"} & set(mentions(found))
    assert speakers(found) == [("a affirmé", saley)]


def test_a_coordinated_title_after_a_linked_name_is_his(view):
    found = view("Sergueï Lavrov, ministre des Affaires étrangères et de la Coopération internationale, est arrivé "
                 "lundi à Hanoï.")
    assert found.named("ministre des Affaires étrangères et de la Coopération internationale") == LAVROV
    assert "Coopération internationale" not in mentions(found)


def test_a_company_description_after_its_name_is_the_company(view):
    found = view("Embraer, le constructeur aéronautique brésilien, a annoncé lundi une commande.")
    embraer = found.named("Embraer")
    assert found.named("le constructeur aéronautique brésilien") == embraer
    assert speakers(found) == [("a annoncé", embraer)]


def test_a_company_description_after_its_name_makes_it_an_organisation(view):
    found = view("Rio Tinto, le géant minier anglo-australien, a suspendu lundi ses livraisons.")
    mine = found.named("Rio Tinto")
    assert found.entity(mine)["type"] == "organization"
    assert found.named("le géant minier anglo-australien") == mine


def test_a_place_fronted_before_a_company_description_stays_a_place(view):
    found = view("À Kazan, le groupe a annoncé lundi une nouvelle usine.")
    assert found.entity(found.named("Kazan"))["type"] == "place"


def test_a_company_description_set_off_before_its_name_is_the_company(view):
    found = view("Les livraisons reprendront lundi, a annoncé le géant gazier russe, Novatek.")
    novatek = found.named("Novatek")
    assert found.named("le géant gazier russe") == novatek
    assert speakers(found) == [("a annoncé", novatek)]


# --- a ministry with coordinated portfolios, named by its title alone -------------------------------------------
def test_a_ministry_with_two_portfolios_is_one_source(view):
    found = view("Selon le ministère ivoirien de l'Économie et des Finances, la dette a baissé.")
    ministry = found.named("le ministère ivoirien de l'Économie et des Finances")
    assert speakers(found) == [("Selon", ministry)]
    assert "Économie et des Finances" not in mentions(found) and "Finances" not in mentions(found)


def test_an_unnamed_minister_with_two_portfolios_is_one_local_person(view):
    found = view("« Rien n'est acquis », a prévenu le ministre marocain de l'Agriculture et de la Pêche maritime.")
    minister = found.named("le ministre marocain de l'Agriculture et de la Pêche maritime")
    assert minister.startswith("local:") and speakers(found) == [("a prévenu", minister)]
    assert "Pêche maritime" not in mentions(found)


# --- guards -----------------------------------------------------------------------------------------------------
def test_et_before_another_noun_phrase_ends_the_title(view):
    found = view("La réunion est reportée, ont indiqué le ministre de l'Agriculture et des experts du secteur.")
    assert "le ministre de l'Agriculture" in mentions(found)
    assert not any(m.startswith("le ministre de l'Agriculture et") for m in mentions(found))


def test_a_state_after_ministre_du_stays_a_mention(view):
    found = view("Le ministre du Niger et celui du Tchad se sont rencontrés mardi à Niamey.")
    assert "Niger" in mentions(found) and "Tchad" in mentions(found)


def test_a_person_s_name_after_a_complement_of_a_company_stays_a_person(view):
    found = view("Le contrat a été signé par le directeur de la compagnie pétrolière Igor Sergueïev.")
    assert found.entity(found.named("Igor Sergueïev"))["type"] == "person"


def test_a_bare_title_after_the_verb_names_no_one_new(view):
    found = view("Vale a confirmé la fermeture de la mine. Elle restera fermée, a ajouté le groupe lundi.")
    assert all(speaker == found.named("Vale") for _, speaker in speakers(found))
