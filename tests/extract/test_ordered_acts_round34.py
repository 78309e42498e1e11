"""The one ordered or asked to act does the act and owns what the act is about, on sentences of the lead's own:
`a ordonné à la Russie d'« arrêter » son offensive` (the guillemets part the elided `d` from its apostrophe), and
the possessive of the act's object is the one ordered, not the one who orders."""

from __future__ import annotations


def test_an_infinitive_in_guillemets_is_done_by_the_one_ordered(view):
    v = view("La Cour a ordonné vendredi à la Russie d’« arrêter immédiatement » son offensive militaire en Ukraine.")
    stop = v.event_on("Event", "arrêter")
    assert ("agent", "Q159") in v.roles(stop)
    assert all(e != v.named("La Cour") for _, e in v.roles(stop))


def test_the_act_the_one_ordered_owns_is_theirs(view):
    v = view("La Cour a ordonné vendredi à la Russie de cesser son offensive.")
    assert ("agent", "Q159") in v.roles(v.event_on("Event", "cesser"))
    assert all(("agent", v.named("La Cour")) not in v.roles(e) for e in v.data["events"])


def test_the_measure_the_one_asked_owns_is_theirs(view):
    v = view("Le Japon a demandé à la Chine de lever son embargo.")
    embargo = v.events_on("embargo")
    assert embargo and all(("agent", "Q17") not in v.roles(e) for e in embargo)
    assert ("agent", "Q148") in v.roles(embargo[0])
