"""Talking by telephone: receiving a call from someone, calling someone (session 22); on sentences of the lead's
own."""

from __future__ import annotations

PUTIN, XI = "Q7747", "Q15031"


def test_a_call_received_from_someone_is_a_meeting_with_them(view):
    v = view("Vladimir Poutine a reçu mardi un appel téléphonique de Xi Jinping.")
    assert v.roles(v.event("Meeting")) == {("participant", PUTIN), ("participant", XI)}
    assert not v.events("Gift")


def test_calling_someone_is_talking_with_them(view):
    v = view("Xi Jinping a appelé mardi Vladimir Poutine.")
    assert v.roles(v.event("Meeting")) == {("participant", PUTIN), ("participant", XI)}


def test_calling_on_someone_to_act_is_no_call(view):
    v = view("Le président français a appelé le numéro un chinois à peser sur Moscou.")
    assert not v.events("Meeting")
    v = view("Le ministre a appelé Washington à lever les sanctions.")
    assert not v.events("Meeting")


def test_a_name_given_is_no_call(view):
    assert not view("Le président a appelé Vladimir Poutine un « tueur ».").events("Meeting")


def test_goods_received_are_delivered(view):
    v = view("L’Ukraine a reçu les premiers F-16 livrés par le Danemark.")
    received = v.event_on("Delivery", "reçu")
    assert ("recipient", "Q212") in v.roles(received)
    assert not v.events("Gift")


def test_counted_leaders_received_are_guests(view):
    v = view("Le Premier ministre britannique, Keir Starmer, recevra dimanche à Londres une quinzaine de dirigeants.")
    assert v.event_on("Meeting", "recevra")
    assert not v.events("Gift")


def test_one_thing_received_is_a_present(view):
    v = view("Vladimir Poutine a reçu une carabine de Kim Jong-un.")
    assert v.event_on("Gift", "reçu")
