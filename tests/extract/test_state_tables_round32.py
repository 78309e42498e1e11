"""The tables of states, their adjectives of nationality and their capitals cover every sovereign state they list:
written by the lead in session 18 (`le président comorien` used to name no state)."""

from __future__ import annotations

import pytest

from newsld.extract.state_names import CAPITALS, NATIONALITIES, STATE_LABELS, names_a_state, nationality_state

# Names kept under another name of the same state (`Grande-Bretagne` is `Royaume-Uni`), which need no adjective of
# their own, and the two small federations whose adjective the press does not use.
OTHER_NAMES = {"Grande-Bretagne", "Myanmar", "RDC", "République centrafricaine", "République du Congo",
               "République démocratique du Congo", "République tchèque", "Vietnam"}
NO_ADJECTIVE_IN_USE = {"Saint-Kitts-et-Nevis", "Saint-Vincent-et-les-Grenadines"}


def test_every_state_has_an_adjective_of_nationality():
    states = set(STATE_LABELS.values())
    assert states - set(NATIONALITIES.values()) == OTHER_NAMES | NO_ADJECTIVE_IN_USE


def test_adjectives_and_capitals_name_only_listed_states():
    states = set(STATE_LABELS.values())
    assert set(NATIONALITIES.values()) <= states
    assert set(CAPITALS.values()) <= states


@pytest.mark.parametrize("adjective, state", [
    ("comorien", "Comores"), ("comoriennes", "Comores"), ("seychelloise", "Seychelles"),
    ("sierra-léonais", "Sierra Leone"), ("bélarusse", "Biélorussie"), ("costaricienne", "Costa Rica"),
    ("dominicaine", "République dominicaine"), ("cap-verdiens", "Cap-Vert"), ("est-timoraise", "Timor oriental"),
])
def test_adjectives_of_the_smaller_states(adjective, state):
    assert nationality_state(adjective) == state


def test_states_written_with_islands_are_states():
    assert names_a_state("les Îles Salomon") and names_a_state("Sao Tomé-et-Principe")


def test_a_role_noun_with_a_smaller_states_adjective_is_a_party(view):
    v = view("Le président comorien a reçu mardi à Moroni son homologue seychellois.")
    received = v.event_on("Meeting", "reçu")
    assert ("agent", v.named("Le président comorien")) in v.roles(received)
    assert ("participant", v.named("son homologue seychellois")) in v.roles(received)


@pytest.mark.parametrize("text, words", [
    ("Le président sénégalais a rencontré le Premier ministre sierra-léonais.", "le Premier ministre sierra-léonais"),
    ("Le président sénégalais a rencontré le Premier ministre bissau-guinéen.", "le Premier ministre bissau-guinéen"),
    ("La présidente sri-lankaise a reçu son homologue indien.", "La présidente sri-lankaise"),
])
def test_a_hyphenated_adjective_of_nationality_stays_one_word_of_the_role(view, text, words):
    v = view(text)
    holder = v.named(words)
    assert any(holder in {e for _, e in v.roles(event)} for event in v.data["events"])


def test_the_capital_of_a_smaller_state_stands_for_its_government(view):
    v = view("Praia a annoncé lundi la fermeture de son ambassade à Lisbonne.")
    praia = next(m for m in v.data["mentions"] if m["text"] == "Praia")
    assert praia["kind"] == "metonym" and praia["entity"] != v.entity_of("Lisbonne")
