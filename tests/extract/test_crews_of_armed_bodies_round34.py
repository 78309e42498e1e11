"""Craft of an armed body named behind `de` (`un navire des garde-côtes chinois`, `des hélicoptères de l'armée`)
take part in the blows and shots they deal; the body, a mention of its own inside the craft's phrase, deals them. Their
movements, and craft with no such body, stay their own. Sentences of the lead's own."""

from __future__ import annotations


def test_a_coast_guard_ship_takes_part_and_the_coast_guard_acts(view):
    v = view("Un navire des garde-côtes chinois a percuté samedi un bâtiment philippin.")
    ramming = v.event_on("Event", "percuté")
    guard = v.named("garde-côtes chinois")
    assert ("agent", guard) in v.roles(ramming)
    assert ("participant", v.named("Un navire des garde-côtes chinois")) in v.roles(ramming)


def test_army_helicopters_take_part_and_the_army_acts(view):
    v = view("Des hélicoptères de l’armée ont ouvert le feu sur les blindés de la milice.")
    fire = v.events_on("ouvert")[0]
    assert ("agent", v.named("l’armée")) in v.roles(fire)
    assert ("participant", v.named("Des hélicoptères de l’armée")) in v.roles(fire)


def test_a_craft_with_no_body_behind_it_stays_the_doer(view):
    v = view("Un bombardier russe a survolé la mer Baltique pendant quatre heures.")
    flight = v.events_on("survolé")[0]
    assert ("agent", v.named("Un bombardier russe")) in v.roles(flight)


def test_a_navys_ships_moving_stay_the_doers(view):
    v = view("Deux frégates de la marine espagnole ont quitté lundi le port de Rota.")
    assert v.entity_of("la marine espagnole") is None
