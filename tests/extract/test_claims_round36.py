"""Claiming an act is saying one did it (session 22); on sentences of the lead's own."""

from __future__ import annotations


def test_a_claimed_attack_is_the_claimers_and_suspected(view):
    v = view("Kiev a revendiqué l’attaque contre le pont de Crimée.")
    event = v.event_on("Event", "attaque")
    assert ("agent", "Q212") in v.roles(event)
    assert event["status"] == "suspected"


def test_a_victory_claimed_for_another_is_that_ones(view):
    v = view("Le président sortant, Nicolás Maduro, a été proclamé vainqueur, un résultat rejeté par l’opposition, qui "
             "revendique la victoire de son candidat, Edmundo González Urrutia.")
    event = v.event_on("Event", "victoire")
    assert v.roles(event) == {("agent", v.named("Edmundo González Urrutia"))}
    assert event["status"] == "suspected"


def test_claiming_a_sea_is_no_act_claimed(view):
    v = view("La Chine revendique la quasi-totalité de la mer de Chine méridionale.")
    assert all(e["status"] != "suspected" for e in v.data["events"])
