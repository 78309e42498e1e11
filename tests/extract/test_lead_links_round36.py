"""The lead's link rules from held-out set 25's wrong link lines (those lines and their sentences only were read),
each tested on sentences of the lead's own:

- `à X` after help or support joined to another object of the verb (`reprendre le partage de données et son aide à
  Kiev`) is the state helped, wherever the parser hangs it;
- `de X` after an undetermined thing one expects or gets (`espère un accord de Moscou`, `attend « un geste fort » de
  Moscou`) is the party it comes from."""

from __future__ import annotations

KYIV, UKRAINE, MOSCOW, RUSSIA, CHINA = "Q1899", "Q212", "Q649", "Q159", "Q148"


def test_help_joined_to_another_object_goes_to_the_state(view):
    v = view("En retour, Berlin va reprendre sans délai le partage de données et son soutien militaire à Kiev, gelés "
             "le mois dernier.")
    assert v.entity_of("Kiev") == UKRAINE
    v = view("Paris a repris les livraisons et son aide financière à Kiev.")
    assert v.entity_of("Kiev") == UKRAINE


def test_a_city_where_the_object_is_no_help_stays_the_city(view):
    v = view("Berlin va reprendre le partage de données et ses vols directs à Kiev.")
    assert v.entity_of("Kiev") != UKRAINE


def test_what_one_expects_from_a_capital_comes_from_its_state(view):
    assert view("Le chancelier a dit espérer un compromis de Moscou.").entity_of("Moscou") == RUSSIA
    assert view("Selon lui, Kiev attend désormais « un geste fort » de Moscou.").entity_of("Moscou") == RUSSIA
    assert view("La délégation a obtenu des garanties de Pékin.").entity_of("Pékin") == CHINA


def test_a_determined_thing_of_a_city_stays_the_city(view):
    assert view("Le ministre attend le train de Moscou.").entity_of("Moscou") == MOSCOW
