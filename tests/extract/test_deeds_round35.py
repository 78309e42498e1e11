"""Verbs of the stop-list that tell a deed in one use (session 21), each on sentences of the lead's own."""

from __future__ import annotations


def test_agir_with_a_subject_that_names_someone_is_a_deed(view):
    v = view("Paris agira conformément aux statuts de la Cour, a indiqué le porte-parole.")
    event = v.event_on("Event", "agira")
    assert v.roles(event) == {("agent", v.entity_of("Paris"))} and event["status"] == "planned"
    v = view("« Nous agirons avec nos partenaires du G7 », a ajouté la ministre japonaise.")
    assert v.events_on("agirons", "Event")


def test_il_s_agit_is_no_deed(view):
    assert not view("Il s’agit d’une provocation grave.").events_on("agit")
    assert not view("Selon lui, il s’agissait d’un accident.").events_on("agissait")


def test_things_launched_by_someone_are_a_launch(view):
    v = view("La marine américaine avait abattu une vingtaine de drones lancés par les rebelles houthis.")
    launch = v.event_on("Event", "lancés")
    assert ("agent", v.named("les rebelles houthis")) in v.roles(launch)
    assert any(r == "theme" for r, _ in v.roles(launch))
    v = view("Le Hamas a lancé des roquettes sur Israël.")
    assert ("agent", v.entity_of("Hamas")) in v.roles(v.event_on("Event", "lancé"))


def test_an_appeal_launched_stays_words(view):
    assert not view("Il a lancé un appel à la retenue.").events_on("lancé")


def test_a_tribute_paid_with_no_words_told_is_a_deed(view):
    v = view("Le président Emmanuel Macron a rendu hommage lundi à Charles de Gaulle.")
    assert v.roles(v.event_on("Event", "hommage")) == {("agent", v.entity_of("Emmanuel Macron")),
                                                       ("recipient", v.entity_of("Charles de Gaulle"))}
    assert not view("Xi Jinping a rendu hommage à « un camarade et un ami » dans un message.").events_on(
        "hommage", "Event")


def test_forming_a_cabinet_or_a_government(view):
    v = view("Le nouveau Premier ministre, Ivan Petrov, a formé dans la soirée son cabinet.")
    formed = v.event_on("Event", "formé")
    assert ("agent", v.entity_of("Ivan Petrov")) in v.roles(formed) and any(r == "theme" for r, _ in v.roles(formed))
    v = view("Le gouvernement d’unité nationale, formé par des opposants après le coup d’État, a annoncé une trêve.")
    assert any(r == "agent" for r, _ in v.roles(v.event_on("Event", "formé")))


def test_a_thing_given_back_to_a_party(view):
    v = view("Washington a appelé Moscou à rendre la centrale à l’Ukraine.")
    given = v.event_on("Event", "rendre")
    assert {(r, e) for r, e in v.roles(given) if r != "theme"} == {("agent", "Q159"), ("recipient", "Q212")}
    assert given["status"] == "proposed" and any(r == "theme" for r, _ in v.roles(given))
    assert not view("Il a rendu compte au président de sa mission.").events_on("rendu")
