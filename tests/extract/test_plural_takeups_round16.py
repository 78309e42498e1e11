"""Plural take-ups of two parties (round 16, helper I).

The sentences are written for these tests, on topics outside the gold corpus: water, fisheries, border patrols
and trade. Each test checks who takes part in the event that must come out.

`Des délégations kényane et éthiopienne` makes two local groups (round 15). A later plural phrase takes up both of
them: the same noun with a definite or demonstrative article (`Les délégations`, `les deux délégations`), a noun of
sides with a numeral (`les deux camps`), or a subject `elles`/`ils` whose nearest plural subject before it, of its
gender, is such a phrase. The reach is the take-up's sentence and the two before it. A pronoun whose nearest
plural subject is something else, or that has none, gets neither. `les deux voisins`, `les deux alliés` and `les
deux rivaux` after two states are those states.
"""

from __future__ import annotations

from newsld.extract.described_groups import shared_out_antecedent
from newsld.extract.nlp import parse


def parties(view_, event) -> set[str]:
    return {e for _, e in view_.roles(event)}


def antecedent_of(text: str, word: str) -> str | None:
    """The words of the shared-out noun the first token ``word`` takes up, or None."""
    doc = parse(text)
    token = next(t for t in doc if t.text == word)
    found = shared_out_antecedent(token)
    return None if found is None else f"{found.text}@{found.i}"


# --- reading the take-up -----------------------------------------------------------------------------------------

def test_the_same_noun_with_a_numeral_takes_up_the_shared_out_phrase():
    text = ("Des délégations kényane et éthiopienne se sont réunies jeudi à Nairobi. Les deux délégations ont signé "
            "un protocole sur l'eau.")
    assert antecedent_of(text, "délégations") is None  # the first is the phrase itself
    doc = parse(text)
    later = [t for t in doc if t.text == "délégations"][1]
    assert shared_out_antecedent(later).i == 1


def test_a_noun_of_another_kind_takes_up_nothing():
    text = ("Des délégations kényane et éthiopienne se sont réunies jeudi à Nairobi. Les pêcheurs ont bloqué le "
            "port.")
    assert antecedent_of(text, "pêcheurs") is None


def test_a_phrase_too_far_back_is_not_taken_up():
    doc = parse("Des délégations kényane et éthiopienne se sont réunies jeudi à Nairobi. Le ministre a salué la "
                "rencontre. La presse a publié un communiqué. Il a plu toute la journée. Les deux délégations ont "
                "signé un accord.")
    later = [t for t in doc if t.text == "délégations"][1]
    assert shared_out_antecedent(later) is None


# --- the whole extraction: the parties of events -----------------------------------------------------------------

def test_two_delegations_taken_up_by_number_sign_together(view):
    v = view("Des délégations kényane et éthiopienne se sont réunies jeudi à Nairobi. Les deux délégations ont "
             "signé un protocole sur le partage de l'eau du fleuve Omo.")
    kenya, ethiopia = v.named("Des délégations kényane"), v.named("éthiopienne")
    assert parties(v, v.event_on("Agreement", "signé")) >= {kenya, ethiopia}


def test_a_bare_definite_plural_takes_up_both(view):
    v = view("Des délégations kényane et éthiopienne se sont réunies jeudi à Nairobi. Les délégations ont signé "
             "un protocole sur le partage de l'eau.")
    kenya, ethiopia = v.named("Des délégations kényane"), v.named("éthiopienne")
    assert parties(v, v.event_on("Agreement", "signé")) >= {kenya, ethiopia}
    assert v.entity_of("Les délégations") not in {kenya, ethiopia}


def test_a_noun_of_sides_takes_up_both(view):
    v = view("Des délégations kényane et éthiopienne se sont réunies jeudi à Nairobi. Les deux camps ont signé un "
             "protocole sur le partage de l'eau.")
    kenya, ethiopia = v.named("Des délégations kényane"), v.named("éthiopienne")
    assert parties(v, v.event_on("Agreement", "signé")) >= {kenya, ethiopia}


def test_a_feminine_plural_pronoun_is_both_armies(view):
    v = view("Les armées thaïlandaise et cambodgienne ont lancé lundi des patrouilles le long de la frontière. "
             "Elles ont attaqué mardi un camp de contrebandiers près de Poipet.")
    thai, cambodian = v.named("Les armées thaïlandaise"), v.named("cambodgienne")
    attack = v.event_on("Event", "attaqué")
    assert {("agent", thai), ("agent", cambodian)} <= v.roles(attack)


def test_a_masculine_plural_pronoun_is_both_ministers(view):
    v = view("Les ministres canadien et mexicain du Commerce se sont rencontrés jeudi à Ottawa. Ils ont signé un "
             "accord sur l'acier.")
    canada, mexico = v.named("Les ministres canadien"), v.named("mexicain")
    assert parties(v, v.event_on("Agreement", "signé")) >= {canada, mexico}


def test_a_pronoun_whose_nearest_subject_is_another_group_is_that_group(view):
    v = view("Des délégations kényane et éthiopienne se sont rencontrées à Nairobi. Les pêcheurs ont protesté. "
             "Ils ont bloqué le port.")
    kenya, ethiopia = v.named("Des délégations kényane"), v.named("éthiopienne")
    blocked = v.event_on("Event", "bloqué")
    assert not parties(v, blocked) & {kenya, ethiopia}
    assert parties(v, blocked) == {v.named("Les pêcheurs")}


def test_a_pronoun_without_antecedent_stays_unresolved(view):
    v = view("Ils ont attaqué mardi un convoi près de la frontière. Des délégations kényane et éthiopienne se sont "
             "réunies jeudi à Nairobi.")
    kenya, ethiopia = v.named("Des délégations kényane"), v.named("éthiopienne")
    for event in v.events_on("attaqué"):
        assert not parties(v, event) & {kenya, ethiopia}


def test_two_neighbouring_states_taken_up_as_neighbours(view):
    v = view("Le Chili et le Pérou ont renforcé leur coopération. Les deux voisins ont signé un accord sur la "
             "pêche.")
    chile, peru = v.named("Chili"), v.named("Pérou")
    assert parties(v, v.event_on("Agreement", "signé")) >= {chile, peru}


def test_two_rival_states_taken_up_as_rivals(view):
    v = view("La Colombie et le Venezuela se disputent une île. Les deux rivaux ont signé mardi un accord de pêche.")
    colombia, venezuela = v.named("Colombie"), v.named("Venezuela")
    assert parties(v, v.event_on("Agreement", "signé")) >= {colombia, venezuela}
