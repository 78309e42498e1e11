"""Roles the gold gives and the rules now follow (session 21), each on sentences of the lead's own."""

from __future__ import annotations


def test_what_is_damaged_is_struck(view):
    v = view("Des drones ont endommagé jeudi un pétrolier au large de Sébastopol.")
    event = v.event_on("Event", "endommagé")
    assert ("recipient", v.entity_of("un pétrolier")) in v.roles(event)


def test_cables_cut_in_the_passive_are_struck(view):
    v = view("Trois câbles sous-marins ont été sectionnés dimanche en mer du Nord.")
    event = v.event_on("Event", "sectionnés")
    assert [r for r, _ in v.roles(event)] == ["recipient"]



def test_a_party_a_participle_says_is_backed_by_another(view):
    v = view("Les Houthis, soutenus par l’Iran, ont promis de répliquer.")
    assert v.roles(v.event_on("Event", "soutenus")) == {("agent", v.entity_of("Iran")),
                                                        ("recipient", v.entity_of("Houthis"))}


def test_a_thing_struck_by_weapons_no_one_is_said_to_fire(view):
    v = view("La centrale a été touchée dimanche par plusieurs drones.")
    roles = v.roles(v.event_on("Event", "touchée"))
    assert {r for r, _ in roles} == {"recipient", "participant"}
    assert ("participant", v.entity_of("plusieurs drones")) in roles
    v = view("Le navire a été touché par trois drones.")
    assert ("participant", v.entity_of("trois drones")) in v.roles(v.event_on("Event", "touché"))


def test_what_a_crisis_touches_is_no_blow(view):
    assert not view("Les ménages ont été touchés par la crise.").events_on("touchés")


def test_a_bare_parliament_is_a_body_that_acts(view):
    v = view("Ivan Petrov a été élu mardi président par le Parlement.")
    parliament = v.entity_of("le Parlement")
    assert parliament is not None and parliament.startswith("local:")
    assert ("agent", parliament) in v.roles(v.event_on("Event", "élu"))
