"""The lead's link rules from held-out set 23's wrong link lines (those lines and their sentences only were read),
each tested on sentences of the lead's own:

- a capital that opens a subordinate clause the parser hung on the noun before (`alors que Séoul et Washington
  affirment`) is its state;
- a capital before a `dont` incise whose verb the parser made a relative (`Moscou, dont les navires ..., accuse`);
- the power one is an outpost, a vassal or a foe of (`un avant-poste de Moscou`);
- the way a route passes (`en passant par Hanoï`, parsed as an agent) is the city;
- the source named in a `selon` incise takes no title from what follows the incise;
- the place clitic `y`: a place described (`dans la capitale biélorusse`), and the nearest place that is not a
  noun's complement."""

from __future__ import annotations

MINSK, BELARUS, HANOI, TASS = "Q2280", "Q184", "Q1858", "Q223799"


def test_capitals_opening_a_subordinate_clause_are_their_states(view):
    v = view("La ministre italienne de la Défense, Anna Rossi, a eu lundi à Rome de longs entretiens avec le chef de "
             "la diplomatie grecque, Nikos Dendias, alors que Séoul et Washington affirment que des milliers de "
             "soldats envoyés par Pyongyang sont désormais massés près de Belgorod, dans l’ouest de la Russie.")
    assert v.entity_of("Séoul") == "Q884"
    assert v.entity_of("Washington") == "Q30"


def test_a_capital_before_a_dont_incise_is_the_subject_of_the_verb_after_it(view):
    v = view("Moscou, dont les troupes occupent la ville depuis mars 2022, accuse Kiev d’avoir tiré ces obus.")
    assert v.entity_of("Moscou") == "Q159"


def test_the_power_one_is_an_outpost_or_a_vassal_of_is_the_state(view):
    v = view("À Riga, le Premier ministre a estimé que la Lettonie devenait « un avant-poste militaire de Moscou ».")
    assert v.entity_of("Moscou") == "Q159"
    v = view("Pour l’opposition, la Biélorussie n’est plus qu’un vassal de Moscou.")
    assert v.entity_of("Moscou") == "Q159"


def test_the_city_a_route_passes_through_is_the_city(view):
    v = view("Un accord porte sur une autoroute qui doit relier la province de Lao Cai au port de Haiphong en "
             "passant par Hanoï, a rapporté l’agence Reuters.")
    assert v.entity_of("Hanoï") == HANOI


def test_a_source_in_a_selon_incise_takes_no_title_after_it(view):
    v = view("Ce serait, selon l’agence TASS, la première visite du président russe depuis mars.")
    assert not [m for m in v.data["mentions"] if m["entity"] == TASS and m["text"] != "TASS"]
    assert v.entity_of("président russe") == "Q7747"


def test_a_name_deeper_in_a_selon_phrase_still_takes_its_title(view):
    v = view("Il restera, selon la liste transmise au Conseil de la Fédération, la chambre haute du Parlement, qui "
             "doit les entendre.")
    assert v.entity_of("la chambre haute du Parlement") == v.entity_of("Conseil de la Fédération")


def test_y_after_a_place_described_is_that_place(view):
    v = view("Arrivé lundi soir dans la capitale biélorusse, le président russe y présidait avec son hôte une "
             "réunion du gouvernement.")
    assert v.entity_of("y") == MINSK


def test_y_is_the_nearest_place_acted_on_rather_than_an_earlier_one_where(view):
    v = view("Les deux dirigeants ont signé lundi à Minsk un accord, qui place la Biélorussie sous la protection "
             "russe, alors que Moscou promet d’y déployer ses missiles.")
    assert v.entity_of("y") == BELARUS


def test_y_is_not_a_place_that_only_completes_a_noun(view):
    v = view("Le ministre se rendra mardi à Hanoï, capitale du Viêt Nam. Il y rencontrera son homologue.")
    assert v.entity_of("y") == HANOI
