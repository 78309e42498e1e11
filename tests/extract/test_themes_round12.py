"""Themes named by a noun phrase with its complements, the veto and what is accepted (round 12: noun_phrases.py,
noun_arguments.py, event_roles.py).

- A text of law is named by what it rules on: `la convention contre la torture`, `un accord sur le commerce des
  fleurs` keep their `sur` / `contre` complement; a text that reports (`une déclaration sur ...`), a party a text
  is aimed at (`une motion contre le gouvernement`, `une résolution contre la Hongrie`) is no part of its name.
- `opposer son veto à X`, `mettre son veto à X`: the `à` hangs on the verb; the party the vetoed act is about is
  the veto's theme; a veto to an act of no party gets no theme.
- `a accepté la démission de son adjoint, X`, `a accepté l'aide offerte par Y`: the one the resignation or the aid
  comes from is answered (recipient), also where the parse makes the apposed name the verb's object; accepting a
  ruling answers no offer.

Every sentence is of our own writing, on topics beyond the gold corpus."""

from __future__ import annotations

import pytest

from newsld.extract.nlp import parse
from newsld.extract.noun_phrases import noun_phrase


def phrase_of(text: str, noun: str) -> str:
    """The noun phrase the extractor spans for the first token written `noun` in the text."""
    doc = parse(text)
    token = next(t for t in doc if t.text == noun)
    start, end = noun_phrase(token)
    return doc.text[start:end]


# --- a text of law named by what it rules on ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "noun", "words"), [
    ("L'Allemagne a violé la convention contre la torture, selon le rapport.", "convention",
     "la convention contre la torture"),
    ("Le Kenya a signé un accord sur le commerce des fleurs avec les Pays-Bas.", "accord",
     "un accord sur le commerce des fleurs"),
])
def test_a_text_of_law_keeps_the_matter_it_rules_on(nlp, text, noun, words):
    assert phrase_of(text, noun) == words


@pytest.mark.parametrize(("text", "noun", "words"), [
    # a text that reports: what it is about is its content, not its name
    ("L'Argentine et le Chili ont publié une déclaration commune sur la lutte contre la pauvreté.", "déclaration",
     "une déclaration commune"),
    # a party a text is aimed at
    ("L'opposition a déposé une motion contre le gouvernement de Lisbonne.", "motion", "une motion"),
    ("Les députés européens ont rejeté une résolution contre la Hongrie.", "résolution", "une résolution"),
])
def test_what_a_text_reports_or_whom_it_aims_at_is_no_part_of_its_name(nlp, text, noun, words):
    assert phrase_of(text, noun) == words


def test_the_theme_of_a_breach_is_the_whole_convention(view):
    v = view("L'Allemagne a violé la convention contre la torture, selon le rapport.")
    assert v.themes(v.event_on("Event", "violé")) == ["la convention contre la torture"]


# --- the veto ------------------------------------------------------------------------------------------------------

def test_a_veto_to_an_appointment_has_the_appointee_as_theme(view):
    v = view("Le sénateur Marco Rossi a mis son veto à la nomination de Lucia Bianchi.")
    roles = v.roles(v.event_on("Event", "veto"))
    assert ("theme", v.named("Lucia Bianchi")) in roles
    assert ("agent", v.named("Marco Rossi")) in roles


def test_a_veto_to_an_act_of_no_party_has_no_theme(view):
    v = view("L'Italie a opposé vendredi son veto à la réforme du budget.")
    assert not [e for r, e in v.roles(v.event_on("Event", "veto")) if r == "theme"]


# --- what is accepted ----------------------------------------------------------------------------------------------

def test_accepting_a_resignation_answers_the_one_who_resigns_not_the_apposed_name_as_object(view):
    v = view("La maire de Nantes, Johanna Rolland, a accepté mardi la démission de son adjoint, Pierre Martin, "
             "mis en examen pour fraude.")
    assert v.roles(v.event_on("Acceptance", "accepté")) == {
        ("agent", v.named("Johanna Rolland")), ("recipient", v.named("Pierre Martin"))}


def test_accepting_aid_offered_by_a_state_answers_that_state(view):
    v = view("Le président chilien, Gabriel Boric, a accepté l'aide offerte par l'Argentine après les incendies.")
    assert ("recipient", v.named("Argentine")) in v.roles(v.event_on("Acceptance", "accepté"))


def test_accepting_a_ruling_answers_no_offer(view):
    v = view("Le président chilien, Gabriel Boric, a accepté la décision du tribunal de Santiago.")
    assert not [e for r, e in v.roles(v.event_on("Acceptance", "accepté")) if r == "recipient"]
