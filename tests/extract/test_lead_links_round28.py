"""Links the lead wrote after the first blind measure of held-out set 18, on sentences written for these tests:
after that measure, the only lines read were its four wrong-QID lines and the sentences they are in.

- A capital after `de` in a warning or a congratulation (`les mises en garde de Pékin`, `les félicitations de
  Tokyo`) is the state that warns or congratulates; the parser hangs `de X` from `garde`.
- A capital a party turns to (`s'est tourné vers Moscou`, reflexive) or rallies behind (`ont fait bloc derrière
  Kiev`, `se ranger derrière Washington`) is a state; a craft that turns towards a city, or a line behind a town,
  leaves the city.
- A capital the knowledge base does not hold, of a state it holds (`Lisbonne a convoqué` when it holds Portugal but
  not Lisbon), is that state's QID when it stands for its government, not a second, local Portugal.
- A `lui` after a preposition is the strong masculine form: it never stands for a woman named before (`Elle n'a pas
  prévu de s'entretenir avec lui` after a woman minister and a man).
"""

from __future__ import annotations

from .conftest import local, of

CHINA, BEIJING, JAPAN, TOKYO = "Q148", "Q956", "Q17", "Q1490"
RUSSIA, MOSCOW, UKRAINE, KYIV = "Q159", "Q649", "Q212", "Q1899"
USA, WASHINGTON, KAMIKAWA, PORTUGAL = "Q30", "Q61", "Q276275", "Q45"


def test_a_capital_after_a_warning_is_the_state(links):
    found = links("Le candidat de l’opposition a remporté samedi le scrutin malgré les mises en garde de Pékin.")
    assert of(found, "Pékin") == [CHINA]


def test_a_capital_after_a_congratulation_is_the_state(links):
    found = links("Le nouveau président a reçu dimanche les félicitations de Tokyo et les condoléances de Moscou.")
    assert of(found, "Tokyo") == [JAPAN]
    assert of(found, "Moscou") == [RUSSIA]


def test_a_capital_after_a_guard_noun_stays_the_city(links):
    found = links("La garde de Pékin a été renforcée avant le défilé.")
    assert of(found, "Pékin") == [BEIJING]


def test_a_capital_a_party_turns_to_is_the_state(links):
    found = links("La junte, qui a rompu avec Paris, s’est tournée vers Moscou après le coup d’État de 2021.")
    assert of(found, "Moscou") == [RUSSIA]


def test_a_craft_turning_towards_a_capital_leaves_the_city(links):
    found = links("Le vol en provenance d’Istanbul a tourné vers Moscou avant d’atterrir à Minsk.")
    assert of(found, "Moscou") == [MOSCOW]


def test_a_capital_rallied_behind_is_the_state(links):
    found = links("Les Vingt-Sept ont fait bloc mardi derrière Kiev. Le Canada s’est rangé derrière Washington.")
    assert of(found, "Kiev") == [UKRAINE]
    assert of(found, "Washington") == [USA]


def test_a_position_behind_a_capital_stays_the_city(links):
    found = links("Les batteries antiaériennes déployées derrière Kiev ont été visées dans la nuit.")
    assert of(found, "Kiev") == [KYIV]


def test_a_strong_lui_never_takes_a_woman(links):
    found = links("Le nouveau président, Chen Wei-ming, a reçu samedi les vœux du Japon. La ministre japonaise des "
                  "Affaires étrangères, Yoko Kamikawa, a salué sa victoire. Elle n’a pas prévu de s’entretenir avec "
                  "lui, a précisé un diplomate.")
    assert KAMIKAWA not in of(found, "lui")
    assert of(found, "lui") == of(found, "Chen Wei-ming")
    assert local(found, "lui")


def test_a_strong_lui_still_takes_an_unmarked_man(links):
    found = links("Le président russe Vladimir Poutine a reçu jeudi un émissaire chinois, Li Hui. La ministre "
                  "japonaise des Affaires étrangères, Yoko Kamikawa, a dit ne pas vouloir parler avec lui.")
    assert KAMIKAWA not in of(found, "lui")
    assert of(found, "lui") == of(found, "Li Hui")


def test_a_capital_of_a_known_state_outside_the_knowledge_base_is_that_state(links):
    found = links("Lisbonne a convoqué lundi l’ambassadeur russe. Le Portugal dénonce une provocation.")
    assert of(found, "Lisbonne") == [PORTUGAL]
    assert of(found, "Portugal") == [PORTUGAL]


def test_that_capital_as_a_place_stays_unlinked(links):
    found = links("Des milliers de personnes ont manifesté samedi à Lisbonne contre la guerre.")
    assert PORTUGAL not in of(found, "Lisbonne")


def test_a_capital_the_parser_hangs_on_a_day_after_a_preposition_stays_the_city(links):
    found = links("Un sommet s’est tenu à Lisbonne mardi. Les ministres ont déjeuné à Moscou mardi.")
    assert PORTUGAL not in of(found, "Lisbonne")
    assert RUSSIA not in of(found, "Moscou")
