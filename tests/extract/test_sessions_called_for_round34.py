"""A session of a body that someone asks for is that body's meeting, to come: `Paris a demandé une réunion
d'urgence du Conseil de sécurité` (the parse hangs the body on `urgence`, a bare noun that only qualifies the
session). A session announced alone still names no party. Sentences of the lead's own."""

from __future__ import annotations

UNSC = "Q37470"


def test_a_session_asked_for_behind_a_qualifier_is_the_bodys(view):
    v = view("Rome a demandé mardi une réunion d’urgence du Conseil de sécurité de l’ONU sur la Libye.")
    meeting = v.event_on("Meeting", "réunion")
    assert v.roles(meeting) == {("participant", UNSC)}
    assert meeting["status"] == "proposed"


def test_a_session_claimed_with_no_qualifier_is_the_bodys(view):
    v = view("Le Caire a réclamé une réunion de l’Assemblée générale de l’ONU.")
    meeting = v.event_on("Meeting", "réunion")
    assert v.roles(meeting) == {("participant", "Q47423")}


def test_a_crisis_session_sought_by_a_minister_is_the_bodys(view):
    v = view("Le ministre a sollicité jeudi une réunion de crise du Conseil de sécurité de l’ONU.")
    meeting = v.event_on("Meeting", "réunion")
    assert ("participant", UNSC) in v.roles(meeting)


def test_a_session_announced_alone_still_names_no_party(view):
    v = view("La réunion d’urgence du Conseil de sécurité de l’ONU aura lieu vendredi à New York.")
    assert not [e for e in v.events("Meeting") if e["roles"]]
