"""Complements of event nouns and verbs of phase (round 10, noun_arguments.py and event_nouns.py).

A `de` complement that is a person's title set before a name (`l'arrestation du journaliste britannique X`, `la
visite de la ministre suédoise Y`, `du chef de la diplomatie chilienne Z`) stands for the person named, in the role
the noun's `de` gives, wherever the parse hangs the name. A verb of phase (`achever`, `reprendre`,
`entamer`) on an event noun only says where the noun's act stands: one event, the noun's, done by the verb's
subject, with the verb's mood; a verb that halts a standing act (`a suspendu les négociations`) is a decision of its
own. And what must stay silent: a name after a noun that is no title (`le stade Kofi
Annan`) takes no part; a phase verb on a person (`a arrêté un suspect`) keeps its own event. Every sentence is of our
own writing, on topics beyond the gold corpus. Publication date 2024-03-15."""

from __future__ import annotations


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


def triggers(v) -> list[str]:
    return [e["trigger"]["text"] for e in v.data["events"]]


# --- a title before a name behind `de`: the named person takes the noun's `de` role -------------------------------

def test_the_journalist_whose_arrest_is_announced_is_named_after_his_title_and_nationality(view):
    v = view("La police kényane a annoncé l'arrestation du journaliste britannique Tom Hardwick.")
    assert ("recipient", v.named("Tom Hardwick")) in roles_of(v, "Event", "arrestation")


def test_the_prime_minister_whose_arrival_is_expected_arrives(view):
    v = view("L'arrivée du Premier ministre canadien Paul Bérard est attendue jeudi à Lima.")
    event = v.event_on("Event", "arrivée")
    assert ("agent", v.named("Paul Bérard")) in v.roles(event)
    assert event["status"] != "occurred"


def test_a_minister_named_after_a_feminine_title_is_the_visitor(view):
    v = view("La visite de la ministre suédoise Anna Lindqvist à Hanoï a été annulée.")
    assert ("agent", v.named("Anna Lindqvist")) in roles_of(v, "Visit", "visite")


def test_a_lawyer_released_is_named_after_her_title_with_an_elided_article(view):
    v = view("Amnesty International a salué la libération de l'avocate iranienne Leila Karimi.")
    assert ("recipient", v.named("Leila Karimi")) in roles_of(v, "Event", "libération")


def test_a_title_with_its_own_complement_still_stands_for_the_name_after_it(view):
    v = view("La visite du chef de la diplomatie chilienne Marco Rojas a été reportée.")
    assert ("agent", v.named("Marco Rojas")) in roles_of(v, "Visit", "visite")


def test_a_name_after_a_noun_that_is_no_title_takes_no_part(view):
    v = view("Le Ghana a salué l'inauguration du stade Kofi Annan.")
    annan = v.named("Kofi Annan")
    assert all(annan not in {e for _, e in v.roles(event)} for event in v.data["events"])


def test_a_title_with_no_name_after_it_borrows_no_place(view):
    v = view("La visite du ministre au Ghana a été reportée.")
    ghana = v.named("Ghana")
    assert all(("agent", ghana) not in v.roles(event) for event in v.data["events"])


# --- verbs of phase on an event noun: the noun's event, done by the verb's subject --------------------------------

def test_a_state_completing_a_delivery_delivers_and_completing_is_no_second_event(view):
    v = view("L'Égypte a achevé la livraison de turbines au Soudan.")
    assert ("agent", v.named("Égypte")) in roles_of(v, "Delivery", "livraison")
    assert not any("achevé" in t for t in triggers(v))


def test_deliveries_begun_are_one_delivery_by_their_sender(view):
    v = view("La Norvège a entamé des livraisons de saumon au Vietnam.")
    delivery = v.event_on("Delivery", "livraisons")
    assert ("agent", v.named("Norvège")) in v.roles(delivery)
    assert not any("entamé" in t for t in triggers(v))


def test_resumed_exports_are_no_act_of_resuming(view):
    v = view("Le Chili a repris ses exportations de cuivre vers le Japon.")
    assert v.events_on("exportations", "Delivery")
    assert not any("repris" in t for t in triggers(v))


def test_halting_talks_is_a_decision_told_on_the_verb(view):
    v = view("Le Brésil a suspendu les négociations avec le Paraguay.")
    assert ("agent", v.named("Brésil")) in roles_of(v, "Event", "suspendu")


def test_talks_that_resumed_are_one_meeting_of_their_parties(view):
    v = view("Les pourparlers entre le Ghana et le Togo ont repris mardi.")
    assert roles_of(v, "Meeting", "pourparlers") == {
        ("participant", v.named("Ghana")), ("participant", v.named("Togo"))}
    assert not any("repris" in t for t in triggers(v))


def test_talks_that_could_resume_take_the_verb_s_mood(view):
    v = view("Les pourparlers entre le Ghana et le Togo pourraient reprendre en mai.")
    assert v.event_on("Meeting", "pourparlers")["status"] != "occurred"


def test_a_phase_verb_on_a_person_keeps_its_own_event(view):
    v = view("Le Canada a arrêté un suspect.")
    assert any("arrêté" in t for t in triggers(v))
