"""A verb's object the parser hangs on a part of the day before it (`a lancé dans la nuit des drones`): written by
the lead in session 17 on sentences of his own."""

from __future__ import annotations


def test_the_object_after_a_part_of_the_day_is_the_verbs(view):
    v = view("Téhéran a lancé dans la nuit des drones contre Israël.")
    assert v.entity_of("la nuit des drones") is None
    launch = v.event_on("Event", "lancé")
    assert ("theme", v.entity_of("des drones")) in v.roles(launch)


def test_a_pronominal_verbs_de_after_a_part_of_the_day_is_no_object(view):
    v = view("Le ministre russe s'est félicité dans la soirée des résultats du scrutin.")
    assert v.entity_of("des résultats") is None
