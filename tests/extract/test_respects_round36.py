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


def test_a_visit_before_or_after_which_someone_acts_is_theirs(view):
    v = view("Xi Jinping devait s’envoler dimanche pour Rio de Janeiro, avant une visite d’État à Brasilia.")
    assert v.roles(v.event_on("Visit", "visite")) == {("agent", "Q15031")}
    v = view("Vladimir Poutine s’est entretenu mercredi avec Xi Jinping, un mois après sa visite d’État à Pékin.")
    assert v.roles(v.event_on("Visit", "visite")) == {("agent", "Q7747")}
