"""People and weapons sent, on sentences of the lead's own: troops or units sent are the theme of the sending; one
person sent to act for the sender (a minister, a president, an envoy) takes part in it; one kind of weapons a state
fired takes part in the strike beside the state, as one weapon and two kinds do (the gold README)."""

from __future__ import annotations


def test_troops_sent_are_the_theme(view):
    v = view("La Corée du Nord a envoyé des milliers de soldats en Russie.")
    sending = v.event_on("Event", "envoyé")
    assert ("theme", v.named("des milliers de soldats")) in v.roles(sending)
    assert ("agent", "Q423") in v.roles(sending)


def test_units_dispatched_are_the_theme(view):
    v = view("Taïwan a dépêché des unités navales dans le détroit.")
    sending = v.event_on("Event", "dépêché")
    assert [e for r, e in v.roles(sending) if r == "theme"] == [v.named("des unités navales")]


def test_a_minister_dispatched_takes_part(view):
    v = view("Varsovie a dépêché à Kiev le ministre polonais, Radek Sikorski, pour une médiation.")
    sending = v.event_on("Event", "dépêché")
    assert ("participant", v.named("Radek Sikorski")) in v.roles(sending)
    assert not [e for r, e in v.roles(sending) if r == "theme"]


def test_a_minister_named_after_his_title_dispatched_takes_part(view):
    v = view("Moscou a dépêché à Johannesburg son ministre des Affaires étrangères, Sergueï Lavrov.")
    sending = v.event_on("Event", "dépêché")
    assert v.roles(sending) == {("agent", "Q159"), ("participant", "Q58217")}


def test_one_kind_of_weapons_fired_takes_part_beside_its_state(view):
    v = view("Dans la nuit, des drones russes ont visé le port de Mykolaïv.")
    strike = v.event_on("Event", "visé")
    assert ("participant", v.named("des drones russes")) in v.roles(strike)
    assert ("agent", "Q159") in v.roles(strike)
