"""The lead's link rules from held-out set 26's wrong link lines (those lines and their sentences only were read),
each tested on sentences of the lead's own:

- `en faveur de X` takes a party's side, as `au profit de X` does: a capital there is its state;
- `de X` after what only a party grants, sought or got (`mendier la protection de X`, `a obtenu le soutien de X`),
  is the party it comes from, whatever the noun's article;
- `à X` after goods states trade, bought or borrowed (`acheter du pétrole à X`), is the seller; after other things
  it may be where they were bought."""

from __future__ import annotations

SEOUL, SOUTH_KOREA, WASHINGTON, USA, MOSCOW, RUSSIA, BEIJING, CHINA = (
    "Q8684", "Q884", "Q61", "Q30", "Q649", "Q159", "Q956", "Q148")


def test_in_favour_of_a_capital_is_in_favour_of_its_state(view):
    assert view("Le texte prévoit un soutien militaire en faveur de Séoul.").entity_of("Séoul") == SOUTH_KOREA
    assert view("Plusieurs députés ont plaidé en faveur de Washington.").entity_of("Washington") == USA


def test_what_only_a_party_grants_comes_from_the_state(view):
    v = view("Pyongyang accuse Tokyo de mendier la protection de Washington.")
    assert v.entity_of("Washington") == USA
    assert view("Minsk cherche désormais le soutien de Pékin.").entity_of("Pékin") == CHINA


def test_a_thing_of_the_city_after_a_verb_of_seeking_stays_the_city(view):
    assert view("Le ministre attend le train de Moscou.").entity_of("Moscou") == MOSCOW
    assert view("Les secouristes cherchent les habitants de Séoul.").entity_of("Séoul") != SOUTH_KOREA


def test_goods_bought_from_a_capital_come_from_its_state(view):
    assert view("L’Inde continue d’acheter du pétrole à Moscou.").entity_of("Moscou") == RUSSIA
    assert view("Le Caire a commandé des armes à Pékin.").entity_of("Pékin") == CHINA


def test_other_things_bought_at_a_capital_were_bought_there(view):
    assert view("Le ministre a acheté des souvenirs à Moscou.").entity_of("Moscou") == MOSCOW
