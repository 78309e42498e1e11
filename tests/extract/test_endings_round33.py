"""Ending something: `mettre fin à X` with a day after the verb (the parse makes `fin` a complement), and the text
or made thing ended as the theme. Written by the lead in session 19 on sentences of his own."""

from __future__ import annotations


def test_ending_a_treaty_with_a_day_after_the_verb(view):
    v = view("Le Niger a mis fin mardi à l'accord militaire qui le lie aux États-Unis.")
    ended = v.event_on("Event", "mis")
    assert ("agent", v.named("Niger")) in v.roles(ended)
    assert v.themes(ended) == ["l'accord militaire qui le lie aux États-Unis"]


def test_ending_a_treaty_is_done_to_the_text(view):
    v = view("La Russie a mis fin au traité sur les forces conventionnelles.")
    ended = v.event_on("Event", "mis")
    assert v.themes(ended) == ["traité sur les forces conventionnelles"]


def test_ending_a_war_makes_no_thing_of_it(view):
    v = view("Le Qatar veut mettre fin à la guerre.")
    assert all(r != "theme" for e in v.events_on("mettre") for r, _ in v.roles(e))
