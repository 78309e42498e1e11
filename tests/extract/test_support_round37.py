"""Backing armed bands, and bands as the ones acted on (session 23); on sentences of the lead's own."""

from __future__ import annotations

RUSSIA = "Q159"


def test_backing_an_armed_band_is_an_act_on_it(view):
    v = view("La Turquie soutient les rebelles syriens.")
    assert v.roles(v.event_on("Event", "soutient")) == {("agent", v.named("Turquie")),
                                                         ("recipient", v.named("les rebelles syriens"))}
    v = view("Moscou soutient les séparatistes prorusses depuis 2014.")
    assert v.roles(v.event_on("Event", "soutient")) == {("agent", RUSSIA),
                                                         ("recipient", v.named("les séparatistes prorusses"))}


def test_backing_a_stance_is_no_act_between_parties(view):
    assert not view("La Turquie soutient la position russe.").events_on("soutient")


def test_a_band_arrested_is_the_recipient(view):
    v = view("La police a arrêté des putschistes à Niamey.")
    assert ("recipient", v.named("des putschistes")) in v.roles(v.event_on("Event", "arrêté"))


def test_a_place_a_named_party_aims_at_is_struck(view):
    v = view("Odessa a été visée par la Russie dans la nuit.")
    assert v.roles(v.event_on("Event", "visée")) == {("agent", RUSSIA), ("recipient", v.named("Odessa"))}
