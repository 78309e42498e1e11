"""Text fixes that keep offsets, sentence cues, and the rule normaliser of time expressions (pure)."""

from __future__ import annotations

from datetime import date

import pytest

from newsld.extract.nlp import normalise_text, parse
from newsld.extract.times import (
    Anchor,
    Expression,
    find_expressions,
    infer_publication_day,
    resolve_relative_date,
    resolve_weekday,
)


def test_text_fixes_keep_every_offset():
    text = "M.Poutine a dit\u00a0: « l’accord » — Mme.Durand aussi."
    fixed = normalise_text(text)
    assert len(fixed) == len(text)
    assert fixed.index("Poutine") == text.index("Poutine") and "l'accord" in fixed


def test_sentence_cues_keep_quotes_and_notes_whole(nlp):
    doc = parse("« Le sommet [de Pékin. NDLR] a réussi », a déclaré Sergueï Lavrov.\n\nIl est reparti. Fin.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "« Le sommet [de Pékin. NDLR] a réussi », a déclaré Sergueï Lavrov."
    assert sentences[1:] == ["Il est reparti.", "Fin."]


def _expression(text: str) -> Expression:
    (found,) = find_expressions(text)
    return found


FRIDAY = Anchor.from_value("2024-03-15")


@pytest.mark.parametrize(("words", "tense", "value", "precision", "rule"), [
    ("jeudi", "past", "2024-03-14", "day", "weekday-past"),
    ("vendredi", "past", "2024-03-15", "day", "weekday-past"),
    ("vendredi dernier", "past", "2024-03-08", "day", "weekday-past"),
    ("lundi", "future", "2024-03-18", "day", "weekday-future"),
    ("mardi prochain", "present", "2024-03-19", "day", "weekday-future"),
    ("hier", "past", "2024-03-14", "day", "deictic-yesterday"),
    ("demain", "future", "2024-03-16", "day", "deictic-tomorrow"),
    ("en 2019", "past", "2019", "year", "explicit-year"),
    ("septembre 2023", "past", "2023-09", "month", "explicit-month"),
    ("le 2 avril", "future", "2024-04-02", "day", "day-month-publication-year"),
    ("l'an dernier", "past", "2023", "year", "relative-year"),
    ("le mois prochain", "future", "2024-04", "month", "relative-month"),
    ("quelques semaines", "future", None, "duration", "vague-duration"),
    ("les 10 prochaines années", "future", None, "duration", "explicit-duration"),
    ("prochainement", "future", None, "vague", "vague-future"),
    ("récemment", "past", None, "vague", "vague-past"),
])
def test_rule_normaliser(words, tense, value, precision, rule):
    resolved = resolve_relative_date(_expression(words), FRIDAY, tense)
    assert (resolved.value, resolved.precision, resolved.rule) == (value, precision, rule)


def test_an_explicit_date_is_checked_against_its_weekday():
    # 15 March is a Friday in 2024 and a Saturday in 2025: `lundi 15 mars` fits neither, so no day is claimed
    resolved = resolve_relative_date(_expression("lundi 15 mars"), FRIDAY, "future")
    assert (resolved.value, resolved.precision, resolved.rule) == ("2024-03", "month", "day-month-weekday-mismatch")
    # `samedi 15 mars` said in the future: the next year where it is a Saturday
    resolved = resolve_relative_date(_expression("samedi 15 mars"), FRIDAY, "future")
    assert (resolved.value, resolved.precision) == ("2025-03-15", "day")


def test_a_weekday_with_only_the_publication_month_keeps_the_month():
    resolved = resolve_weekday("jeudi", None, Anchor.from_value("2024-03"), "past")
    assert (resolved.value, resolved.precision) == ("2024-03", "month")


def test_publication_day_needs_both_bounds():
    month = Anchor.from_value("2023-09")
    friday_15 = _expression("vendredi 15 septembre")
    thursday = _expression("jeudi")
    assert infer_publication_day([(friday_15, "future"), (thursday, "past")], month)[0] == date(2023, 9, 14)
    assert infer_publication_day([(friday_15, "future")], month) is None
    assert infer_publication_day([(thursday, "past")], month) is None
