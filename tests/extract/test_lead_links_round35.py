"""The lead's link rules from held-out set 24's wrong link lines (those lines and their sentences only were read),
each tested on sentences of the lead's own:

- after a verb of making known, `à X` set right after the day is where it was made known (`ont annoncé mardi à
  Moscou`), not the state it was told to;
- `le pays` inside a description set after a state's name (`Moscou, premier fournisseur d'armes du pays`) is
  another country than that state;
- a verb of pleasing or displeasing takes its `à` complement as a party (`déplairait à Moscou`);
- the `il` of `a-t-il ajouté` after a sentence whose subject is a person is not that sentence's object: an object
  after a verb of speech is only taken for its inverted subject inside guillemets;
- `y` after a settlement owned by a possessive no mention resolves (`au-dessus de sa capitale pour y jeter`) is no
  state named before."""

from __future__ import annotations

MOSCOW, RUSSIA, BEIJING, CHINA, VIETNAM, XI = "Q649", "Q159", "Q956", "Q148", "Q881", "Q15031"


def test_a_city_after_the_day_of_an_announcement_is_where_it_was_made(view):
    v = view("Le Premier ministre indien et le président russe ont annoncé mardi à Moscou, à l’issue de leurs "
             "entretiens, un accord sur le pétrole.")
    assert v.entity_of("Moscou") == MOSCOW
    v = view("Les deux pays ont annoncé lundi à Pékin qu’ils renforceraient leur coopération.")
    assert v.entity_of("Pékin") == BEIJING


def test_a_city_right_after_a_verb_of_making_known_may_still_be_told(view):
    v = view("Washington a annoncé à Pékin sa décision de lever les sanctions.")
    assert v.entity_of("Pékin") == CHINA


def test_le_pays_in_a_description_of_a_state_is_another_country(view):
    v = view("Le Viêt Nam achète des armes. Moscou, premier fournisseur d’armes du pays, n’a pas réagi.")
    assert v.entity_of("pays") == VIETNAM
    v = view("Le Viêt Nam a signé un accord avec l’Inde. La vente déplairait à Moscou, premier fournisseur d’armes "
             "du pays.")
    assert v.entity_of("pays") != RUSSIA


def test_a_state_one_displeases_is_the_state(view):
    v = view("Cette décision a déplu à Pékin.")
    assert v.entity_of("Pékin") == CHINA


def test_a_reporting_pronoun_is_not_the_object_of_the_sentence_before(view):
    v = view("Le porte-parole du ministère, Ivan Petrov, a remercié le président Xi Jinping pour son soutien. "
             "« Nous voulons aller plus loin », a-t-il ajouté.")
    assert v.entity_of("il") == v.entity_of("Ivan Petrov") != XI
    assert v.entity_of("Nous") in (None, v.entity_of("Ivan Petrov"))


def test_a_source_inverted_inside_guillemets_still_goes_on_speaking(view):
    v = view("« Une conférence sans nous, a estimé le porte-parole, Dmitri Peskov, n’a aucun sens. » « Nous ne "
             "viendrons pas », a-t-il ajouté.")
    assert v.entity_of("il") == v.entity_of("Dmitri Peskov") is not None


def test_y_after_a_settlement_of_unknown_owner_is_no_state_named_before(view):
    v = view("Le régime nord-coréen a accusé jeudi Séoul d’avoir envoyé des ballons au-dessus de sa capitale pour y "
             "jeter des tracts.")
    assert v.entity_of("y") is None


def test_y_after_a_place_described_by_its_nationality_is_still_that_place(view):
    v = view("Des drones ont survolé la capitale nord-coréenne pour y larguer des tracts.")
    assert v.entity_of("y") == "Q18808"
