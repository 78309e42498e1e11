"""A thing that changes on its own, round 20, on sentences of our own.

A pronominal verb the lexicon does not know, active, with no complement but its clitic (`s'étendre`, `s'est
éteint`, `s'enliser`), whose subject is a thing the article makes an entity (a war, a treaty) tells what becomes of
that thing: an ``Event`` the thing takes part in, with no party in it. A pronominal verb of relation with its
complement (`s'applique aux armes`, `s'est traduite par des pertes`, `se compose de`) and a verb with no clitic
(`a duré`) tell what the thing is, not what happens to it: no event.

Each test checks the event told and its one participant, or that none is told."""

from __future__ import annotations


def _thing_taking_part(v, word: str, thing: str) -> None:
    event = v.event_on("Event", word)
    assert v.roles(event) == {("participant", v.named(thing))}


# --- a thing that changes on its own -------------------------------------------------------------------------------

def test_a_war_that_may_spread_takes_part_in_its_spreading(view):
    v = view("Selon Kiev, la guerre en Ukraine pourrait s'étendre.")
    _thing_taking_part(v, "étendre", "la guerre en Ukraine")


def test_a_treaty_that_lapses_takes_part_in_its_lapse(view):
    v = view("Le traité New Start s'est éteint en février.")
    _thing_taking_part(v, "éteint", "New Start")


def test_a_war_that_bogs_down_takes_part(view):
    v = view("La guerre en Ukraine s'est enlisée.")
    _thing_taking_part(v, "enlisée", "La guerre en Ukraine")


def test_a_war_that_drags_on_in_the_present_takes_part(view):
    v = view("La guerre en Ukraine s'éternise.")
    _thing_taking_part(v, "éternise", "La guerre en Ukraine")


def test_a_party_after_a_in_the_spreading_is_still_its_recipient(view):
    v = view("La guerre en Ukraine pourrait s'étendre à la Moldavie.")
    event = v.event_on("Event", "étendre")
    assert ("recipient", v.named("Moldavie")) in v.roles(event)


# --- no event: what a thing is or leads to, and a verb with no clitic ----------------------------------------------

def test_a_treaty_that_applies_to_weapons_is_no_event(view):
    v = view("Le traité New Start s'applique aux armes stratégiques.")
    assert v.events_on("applique") == []


def test_a_war_that_results_in_losses_is_no_event(view):
    v = view("La guerre en Ukraine s'est traduite par des pertes énormes.")
    assert v.events_on("traduite") == []


def test_a_treaty_made_of_parts_is_no_event(view):
    v = view("Le traité New Start se compose de trois volets.")
    assert v.events_on("compose") == []


def test_a_war_that_lasts_with_no_clitic_is_no_event(view):
    v = view("La guerre en Ukraine a duré trois ans.")
    assert v.events_on("duré") == []
