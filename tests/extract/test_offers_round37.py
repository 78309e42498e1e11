"""Offers made, and offers answered (session 23); on sentences of the lead's own."""

from __future__ import annotations

UKRAINE, USA, RUSSIA, CHINA, JAPAN = "Q212", "Q30", "Q159", "Q148", "Q17"


def test_who_makes_an_offer_proposes(view):
    v = view("Washington a fait une proposition de cessez-le-feu.")
    assert v.roles(v.event_on("Proposal", "proposition")) == {("agent", USA)}
    v = view("Pékin a formulé une offre de médiation.")
    assert ("agent", CHINA) in v.roles(v.event_on("Proposal", "offre"))


def test_making_no_offer_noun_is_not_an_act_of_its_subject(view):
    v = view("Le ministre a appelé les belligérants à faire preuve de retenue.")
    assert not [e for e in v.data["events"] if ("agent", v.entity_of("Le ministre")) in v.roles(e)]


def test_an_offer_named_by_a_demonym_and_answered(view):
    v = view("L’Ukraine a accepté une proposition américaine de cessez-le-feu.")
    assert v.roles(v.event_on("Acceptance", "accepté")) == {("agent", UKRAINE), ("recipient", USA)}
    assert v.roles(v.event_on("Proposal", "proposition")) == {("agent", USA), ("recipient", UKRAINE)}


def test_an_offer_of_someone_named_is_made_to_who_answers_it(view):
    v = view("Kiev a accepté la proposition de Moscou.")
    assert v.roles(v.event_on("Proposal", "proposition")) == {("agent", RUSSIA), ("recipient", UKRAINE)}


def test_an_offer_whose_maker_is_not_told_names_no_one(view):
    v = view("Le Japon a rejeté la proposition.")
    assert not v.events("Proposal")
