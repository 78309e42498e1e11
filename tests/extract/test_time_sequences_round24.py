"""Round 24 (times read against other times, and time false hits): sentences of our own, none from the gold corpus.

Rules under test:
- the next step of a plan told in order (« se rendra à Vienne mardi, puis à Prague jeudi », « avant de regagner
  Rome dimanche », « Il se rendra ensuite ... » in the next sentence) is on or after the step before it: a future
  weekday read alone that falls before that step is the first such weekday after it (rule ``weekday-next-step``);
  a past step, a step already after, a quoted weekday and a range of weekdays are left as they are;
- a recurrence (« tous les ans », « chaque année ») is a vague time with no value (rule ``recurrence``);
- « dans un court laps de temps », « dans les plus brefs délais » are vague (future); « une demi-heure plus tard » is
  counted from a moment no word dates: vague;
- a bare year after the noun of a text and a complement of its own (« le traité d'amitié de 1978 ») is that year.
"""

from __future__ import annotations

import pytest

from newsld.extract.assemble import tense_of
from newsld.extract.nlp import parse
from newsld.extract.times import Anchor, find_expressions, normalise_times

WEDNESDAY = "2025-10-15"  # Wednesday 15 October 2025
FRIDAY = "2025-10-17"


def _read(text: str, published: str) -> dict[str, tuple]:
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    _inferred, resolved = normalise_times(found, Anchor.from_value(published))
    return {e.text: (r.value, r.precision, r.rule) for (e, _t), r in zip(found, resolved, strict=True)}


# --- a plan told in order -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "second"), [
    ("La ministre se rendra à Vienne mardi, puis à Prague jeudi.", ("mardi", "2025-10-21"), ("jeudi", "2025-10-23")),
    ("Le chancelier visitera Lisbonne lundi puis Madrid mercredi.", ("lundi", "2025-10-20"),
     ("mercredi", "2025-10-22")),
    ("Le président se rend mardi à Oslo, puis jeudi à Stockholm.", ("mardi", "2025-10-21"), ("jeudi", "2025-10-23")),
    ("Le Premier ministre doit se rendre lundi à Ottawa avant de regagner Londres mardi.", ("lundi", "2025-10-20"),
     ("mardi", "2025-10-21")),
    ("La délégation sera reçue samedi à Hanoï, avant de gagner Phnom Penh jeudi.", ("samedi", "2025-10-18"),
     ("jeudi", "2025-10-23")),
])
def test_a_later_step_of_a_plan_is_after_the_step_before(text: str, first: tuple, second: tuple) -> None:
    times = _read(text, WEDNESDAY)
    assert times[first[0]][:2] == (first[1], "day")
    assert times[second[0]][:2] == (second[1], "day")


def test_the_step_before_may_be_in_the_previous_sentence_with_ensuite() -> None:
    times = _read("Le commissaire sera à Kiev mardi. Il se rendra ensuite à Varsovie jeudi.", WEDNESDAY)
    assert times["mardi"][:2] == ("2025-10-21", "day")
    assert times["jeudi"] == ("2025-10-23", "day", "weekday-next-step")


def test_a_step_already_after_the_one_before_is_unchanged() -> None:
    times = _read("La délégation arrivera à Tokyo jeudi avant de regagner Pékin samedi.", WEDNESDAY)
    assert times["jeudi"] == ("2025-10-16", "day", "weekday-future")
    assert times["samedi"] == ("2025-10-18", "day", "weekday-future")


def test_past_steps_are_unchanged() -> None:
    times = _read("Le ministre a quitté Paris mardi avant de rejoindre Berlin jeudi.", FRIDAY)
    assert times["mardi"] == ("2025-10-14", "day", "weekday-past")
    assert times["jeudi"] == ("2025-10-16", "day", "weekday-past")


def test_two_weekdays_without_an_order_word_are_read_alone() -> None:
    times = _read("Le sommet s'ouvrira mardi. Le ministre arrivera jeudi à Séoul.", WEDNESDAY)
    assert times["jeudi"] == ("2025-10-16", "day", "weekday-future")


def test_a_range_of_weekdays_keeps_its_own_rule() -> None:
    times = _read("Les négociations se tiendront du lundi au jeudi à Genève.", WEDNESDAY)
    assert times["jeudi"] == ("2025-10-23", "day", "weekday-range-end")


def test_a_quoted_weekday_is_not_a_step_of_the_plan() -> None:
    times = _read("Le ministre partira mardi pour Rome. « Nous signerons jeudi », a-t-il dit.", WEDNESDAY)
    assert times["jeudi"][2] != "weekday-next-step"


# --- recurrences, vague times and years ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expression"), [
    ("Des manœuvres conjointes seront organisées tous les ans en mer de Chine.", "tous les ans"),
    ("Le forum se réunit chaque année à Davos.", "chaque année"),
    ("Les inspecteurs visitent le site toutes les semaines, selon l'agence.", "toutes les semaines"),
])
def test_a_recurrence_is_vague(text: str, expression: str) -> None:
    assert _read(text, WEDNESDAY)[expression] == (None, "vague", "recurrence")


@pytest.mark.parametrize("text", [
    "Tous les pays membres ont voté la résolution.",
    "Chaque délégation a présenté son texte.",
    "Les chefs de tous les partis ont été reçus mardi.",
    "Chaque semaine de combats coûte des centaines de vies, a estimé le ministre.",
    "Chaque jour qui passe rapproche le pays de la faillite.",
])
def test_all_and_each_before_a_noun_that_is_no_unit_are_no_time(text: str) -> None:
    assert not [e for e in find_expressions(text) if e.family == "recurrence"]


@pytest.mark.parametrize(("text", "expression", "rule"), [
    ("Le régime a promis de lancer d'autres satellites dans un court laps de temps.", "dans un court laps de temps",
     "vague-future"),
    ("Le gouvernement répondra dans les plus brefs délais, a assuré son porte-parole.", "dans les plus brefs délais",
     "vague-future"),
    ("Les autorités ont levé l'alerte une demi-heure plus tard.", "une demi-heure plus tard", "vague"),
])
def test_soon_and_a_half_hour_later_are_vague(text: str, expression: str, rule: str) -> None:
    assert _read(text, WEDNESDAY)[expression] == (None, "vague", rule)


@pytest.mark.parametrize(("text", "expression", "year"), [
    ("Le traité d'amitié de 1978 lie toujours les deux pays.", "de 1978", "1978"),
    ("Le pacte de défense mutuelle de 1961 engage Pékin à intervenir.", "de 1961", "1961"),
    ("L'accord de paix de 1953 n'a jamais été suivi d'un traité.", "de 1953", "1953"),
])
def test_a_year_after_a_text_and_its_complement(text: str, expression: str, year: str) -> None:
    assert _read(text, WEDNESDAY)[expression][:2] == (year, "year")


@pytest.mark.parametrize("text", [
    "La livraison de 2000 obus de 155 mm a été retardée.",
    "Un accord de libre-échange de 2000 pages a été signé.",
])
def test_a_count_after_a_text_is_no_year(text: str) -> None:
    assert not [e for e in find_expressions(text) if e.family in ("year", "year-of-noun")]


def test_a_plan_in_order_through_the_whole_extractor(extract) -> None:
    annotation = extract("La cheffe de la diplomatie allemande se rendra en Serbie mardi, puis en Hongrie jeudi.",
                         WEDNESDAY)
    times = {t["text"]: (t["value"], t["rule"]) for t in annotation.data["times"]}
    assert times["mardi"] == ("2025-10-21", "weekday-future")
    assert times["jeudi"] == ("2025-10-23", "weekday-next-step")
