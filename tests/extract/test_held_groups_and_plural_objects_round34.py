"""Two ways the held and the met were lost, on sentences of the lead's own: a group of people held or expelled
(`l'expulsion de trois diplomates russes`) was dropped as if it were their employer; and a plural object after a
verb and a day (`accueille lundi des dirigeants africains`), which the parse reads as a `de` complement."""

from __future__ import annotations


def test_the_group_expelled_is_the_recipient(view):
    v = view("Madrid a ordonné mardi l’expulsion de trois diplomates russes.")
    expulsion = v.event_on("Event", "expulsion")
    assert ("recipient", v.named("trois diplomates russes")) in v.roles(expulsion)


def test_the_group_freed_is_the_recipient(view):
    v = view("L’accord prévoit la libération de quarante prisonniers palestiniens.")
    release = v.event_on("Event", "libération")
    assert ("recipient", v.named("quarante prisonniers palestiniens")) in v.roles(release)


def test_the_employer_of_one_freed_is_still_not_freed(view):
    v = view("Rome a réclamé la libération d’un ingénieur italien de la société Fincantieri, arrêté en mai au Caire.")
    company = v.entity_of("Fincantieri")
    assert company is not None
    assert all(("recipient", company) not in v.roles(e) for e in v.events_on("libération"))


def test_a_plural_object_after_a_day_is_the_object(view):
    v = view("Pékin accueille lundi des dirigeants africains à Shanghai.")
    meeting = v.event_on("Meeting", "accueille")
    assert ("participant", v.named("dirigeants africains")) in v.roles(meeting)

