"""Paying one's respects, and an infinitive set in guillemets after its verb (session 22); each on sentences of the
lead's own."""

from __future__ import annotations


def test_paying_respects_is_an_act_of_the_one_who_does(view):
    v = view("Le président français, Emmanuel Macron, doit rencontrer mardi Xi Jinping, puis se recueillir devant le "
             "mémorial de la guerre.")
    event = v.event_on("Event", "recueillir")
    assert v.roles(event) == {("agent", v.named("Emmanuel Macron"))}
    assert event["status"] == "planned"


def test_collecting_votes_is_not_paying_respects(view):
    v = view("Le candidat sortant a recueilli 40 % des voix.")
    assert all(e["type"] == "Event" for e in v.events_on("recueilli"))


def test_a_quoted_infinitive_takes_the_negation_of_its_verb(view):
    v = view("Le chancelier allemand, Olaf Scholz, a assuré ne pas vouloir « isoler » la Chine.")
    assert v.event_on("Event", "isoler")["status"] == "negated"


def test_a_quoted_infinitive_takes_the_promise_of_its_verb(view):
    v = view("Pékin a promis de « punir » les séparatistes.")
    assert v.event_on("Event", "punir")["status"] == "planned"
