"""Time normalisation on French sentences of our own (none from the bundled article or the gold corpus).

Each case: words + publication date (+ the verb's tense, or a whole sentence parsed by the pipeline) ->
normalised value, precision and rule. Dates used: Friday 15 March 2024, Wednesday 19 June 2024,
Wednesday 10 January 2024, and publication months given without a day.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsld.extract.times import (
    Anchor,
    Expression,
    enclosing,
    find_expressions,
    infer_publication,
    infer_publication_day,
    normalise_times,
    parse_number,
    resolve_in_context,
    resolve_relative_date,
)


def _only(text: str) -> Expression:
    found = find_expressions(text)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def _resolve(words: str, published: str, tense: str) -> tuple[str | None, str, str]:
    r = resolve_relative_date(_only(words), Anchor.from_value(published), tense)
    return r.value, r.precision, r.rule


# --- the normaliser, expression by expression ---------------------------------------------------------------

@pytest.mark.parametrize(("words", "published", "tense", "expected"), [
    # years stay years, whatever the preposition
    ("depuis 2006", "2024-06-19", "present", ("2006", "year", "explicit-year")),
    ("fin 2023", "2024-06-19", "past", ("2023", "year", "explicit-year")),
    ("d'ici 2030", "2024-06-19", "future", ("2030", "year", "explicit-year")),
    # months: the last one before publication in the past, the next in the future, a year when given
    ("fin avril", "2024-03-29", "future", ("2024-04", "month", "month-future")),
    ("fin avril", "2024-03-29", "past", ("2023-04", "month", "month-past")),
    ("début mai", "2024-06-19", "past", ("2024-05", "month", "month-past")),
    ("à la mi-juin", "2024-01-10", "future", ("2024-06", "month", "month-future")),
    ("en juin dernier", "2024-06-19", "present", ("2023-06", "month", "month-last")),
    ("en juin dernier", "2024-09-02", "present", ("2024-06", "month", "month-last")),
    ("en décembre", "2024-01-10", "past", ("2023-12", "month", "month-past")),
    ("en juillet", "2024-05", "present", ("2024-07", "month", "month-nearest")),
    ("fin avril 2023", "2024-06-19", "past", ("2023-04", "month", "explicit-month")),
    # days without a year: the side of publication the tense says, nearest first
    ("le 19 juin", "2024-06-25", "past", ("2024-06-19", "day", "day-month-publication-year")),
    ("le 20 décembre", "2024-01-10", "past", ("2023-12-20", "day", "day-month-previous-year")),
    ("le 5 janvier", "2024-12-20", "future", ("2025-01-05", "day", "day-month-next-year")),
    ("le 19 juin 2024", "2023-01-01", "past", ("2024-06-19", "day", "explicit-date")),
    ("19/06/2024", "2024-06-25", "past", ("2024-06-19", "day", "explicit-date")),
    ("le 31 juin", "2024-06-25", "past", ("2024-06", "month", "day-month-invalid")),
    # weekdays and parts of the day
    ("lundi soir", "2024-06-19", "past", ("2024-06-17", "day", "weekday-past")),
    ("mardi matin", "2024-06-19", "future", ("2024-06-25", "day", "weekday-future")),
    ("mercredi soir", "2024-06-19", "future", ("2024-06-19", "day", "weekday-future")),
    ("mercredi prochain", "2024-06-19", "present", ("2024-06-26", "day", "weekday-future")),
    ("dans la nuit de samedi à dimanche", "2024-06-19", "past", ("2024-06-16", "day", "night-span")),
    ("dans la nuit du 14 au 15 juin", "2024-06-19", "past", ("2024-06-15", "day", "night-span")),
    ("dans la soirée", "2024-06-19", "past", ("2024-06-19", "day", "part-of-day")),
    ("hier soir", "2024-06-19", "past", ("2024-06-18", "day", "deictic-yesterday")),
    ("lundi 17", "2024-06-19", "past", ("2024-06-17", "day", "weekday-day")),
    # counted from publication
    ("il y a deux ans", "2024-06-19", "past", ("2022", "year", "ago")),
    ("il y a trois jours", "2024-06-19", "past", ("2024-06-16", "day", "ago")),
    ("il y a six mois", "2024-06-19", "past", ("2023-12", "month", "ago")),
    ("dans deux semaines", "2024-06-05", "future", ("2024-06", "month", "later")),
    ("dans deux semaines", "2024-06-19", "future", ("2024", "year", "later")),
    # weeks, months, years relative to publication: the finest precision holding all of it
    ("la semaine dernière", "2024-06-19", "past", ("2024-06", "month", "relative-week-past")),
    ("la semaine dernière", "2024-08-07", "past", ("2024", "year", "relative-week-past")),
    ("en début de semaine prochaine", "2024-06-19", "future", ("2024-06", "month", "relative-week-future")),
    ("cette semaine", "2024-06-19", "present", ("2024-06", "month", "relative-week-current")),
    ("l'année prochaine", "2024-06-19", "future", ("2025", "year", "relative-year")),
    ("le mois dernier", "2024-01-10", "past", ("2023-12", "month", "relative-month")),
    ("d'ici la fin de l'année", "2024-06-19", "future", ("2024", "year", "relative-year")),
    # seasons: a year, except the winter, which spans two
    ("l'été dernier", "2024-03-15", "past", ("2023", "year", "season-past")),
    ("l'hiver dernier", "2024-05-16", "past", (None, "vague", "season-past")),
    ("au printemps", "2024-01-10", "future", ("2024", "year", "season-future")),
    # ranges
    ("du 12 au 14 septembre", "2024-09-20", "past", ("2024-09", "month", "day-range")),
    ("du 28 février au 2 mars", "2024-03-15", "past", ("2024", "year", "day-range")),
    ("entre 2014 et 2022", "2024-03-15", "past", (None, "vague", "year-range")),
    ("de mars à mai", "2024-01-10", "future", ("2024", "year", "month-range")),
    # durations and vague times keep no value
    ("près d'une semaine", "2024-06-19", "past", (None, "duration", "explicit-duration")),
    ("pendant plus de quatre heures", "2024-06-19", "past", (None, "duration", "explicit-duration")),
    ("moins de vingt-quatre heures", "2024-06-19", "past", (None, "duration", "explicit-duration")),
    ("depuis des années", "2024-06-19", "present", (None, "vague", "vague-past")),
    ("une dizaine de jours", "2024-06-19", "past", (None, "duration", "vague-duration")),
    ("dans les prochaines années", "2024-06-19", "future", (None, "vague", "vague-future")),
    ("ces derniers mois", "2024-06-19", "present", (None, "vague", "vague-past")),
    ("les années 1990", "2024-06-19", "past", (None, "vague", "decade")),
    ("au XXe siècle", "2024-06-19", "past", (None, "vague", "century")),
    ("le lendemain", "2024-06-19", "past", (None, "vague", "relative-to-event")),
    ("trois jours plus tard", "2024-06-19", "past", (None, "vague", "relative-to-event")),
])
def test_expression_is_normalised(words, published, tense, expected):
    assert _resolve(words, published, tense) == expected


# --- weekdays against explicit dates ------------------------------------------------------------------------

def test_a_weekday_that_fits_the_date_confirms_it():
    r = resolve_relative_date(_only("mardi 19 mars"), Anchor.from_value("2024-03-15"), "future")
    assert (r.value, r.precision) == ("2024-03-19", "day") and "indeed a mardi" in r.note


def test_a_weekday_that_fits_only_another_year_moves_the_year_and_says_so():
    # 15 June 2024 is a Saturday and 15 June 2023 a Thursday: `jeudi 15 juin` said in the past is 2023
    r = resolve_relative_date(_only("jeudi 15 juin"), Anchor.from_value("2024-06-19"), "past")
    assert (r.value, r.precision, r.rule) == ("2023-06-15", "day", "day-month-previous-year")
    assert "not a jeudi" in r.note


def test_an_explicit_year_with_the_wrong_weekday_keeps_only_the_month():
    # 15 September 2023 is a Friday
    r = resolve_relative_date(_only("jeudi 15 septembre 2023"), Anchor.from_value("2023-09-20"), "past")
    assert (r.value, r.precision, r.rule) == ("2023-09", "month", "explicit-date-weekday-mismatch")
    assert "vendredi" in r.note and "typo" in r.note


# --- what is and is not a time -------------------------------------------------------------------------------

def test_one_expression_per_phrase_and_none_for_ages_or_someday():
    texts = [e.text for e in find_expressions(
        "Kim Jong-un, 40 ans, est arrivé dans la nuit de mardi à mercredi à 3 heures, un jour après l'annonce.")]
    assert texts == ["dans la nuit de mardi à mercredi", "à 3 heures"]


def test_a_clock_time_is_not_a_duration():
    r = resolve_relative_date(_only("à 10 heures"), Anchor.from_value("2024-06-19"), "past")
    assert (r.value, r.precision, r.rule) == ("2024-06-19", "day", "clock-time")


@pytest.mark.parametrize(("words", "number"), [("vingt-quatre", 24), ("soixante et onze", 71),
                                                 ("quatre-vingt-dix", 90), ("deux cents", 200), ("une", 1)])
def test_number_words(words, number):
    assert parse_number(words) == number


def test_enclosing_gives_the_finest_true_precision():
    assert enclosing(date(2024, 6, 3), date(2024, 6, 9)) == ("2024-06", "month")
    assert enclosing(date(2024, 6, 28), date(2024, 7, 2)) == ("2024", "year")
    assert enclosing(date(2023, 12, 1), date(2024, 2, 29)) == (None, "vague")


# --- the publication day when the file gives only the month ----------------------------------------------------

def _found(*pairs: tuple[str, str]) -> list[tuple[Expression, str]]:
    return [(_only(words), tense) for words, tense in pairs]


def test_a_past_dated_day_and_a_future_weekday_fix_the_day():
    found = _found(("mardi 12 mars", "past"), ("mercredi", "future"))
    inferred = infer_publication(found, Anchor.from_value("2024-03"))
    assert inferred is not None
    assert (inferred.value, inferred.precision, inferred.rule) == ("2024-03-12", "day", "weekday-anchors")
    assert "mardi 12 mars" in inferred.note


def test_weekdays_alone_leave_the_week_open():
    # a past Saturday and a future Sunday: some Saturday of the month, but which one the text does not say
    found = _found(("samedi", "past"), ("dimanche", "future"))
    assert infer_publication(found, Anchor.from_value("2023-09")) is None


def test_a_deictic_next_to_a_date_pins_the_day():
    found = _found(("hier", "past"), ("jeudi 14 mars", "past"))
    assert infer_publication_day(found, Anchor.from_value("2024-03"))[0] == date(2024, 3, 15)


def test_a_date_whose_weekday_does_not_fit_does_not_anchor():
    # 13 March 2024 is a Wednesday: `jeudi 13 mars` is no evidence, so only the weekday bound is left
    found = _found(("jeudi 13 mars", "past"), ("vendredi", "future"))
    assert infer_publication(found, Anchor.from_value("2024-03")) is None


def test_the_day_can_be_found_from_a_year_alone():
    found = _found(("jeudi 16 mai", "past"), ("vendredi", "future"))
    assert infer_publication_day(found, Anchor.from_value("2024"))[0] == date(2024, 5, 16)


# --- whole sentences: the tense comes from the parse ------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "published", "words", "value", "precision"), [
    ("Le ministre a signé l'accord jeudi.", "2024-06-19", "jeudi", "2024-06-13", "day"),
    ("Le ministre signera l'accord jeudi.", "2024-06-19", "jeudi", "2024-06-20", "day"),
    ("Le ministre doit se rendre jeudi à Tokyo.", "2024-06-19", "jeudi", "2024-06-20", "day"),
    ("Le ministre va signer l'accord lundi.", "2024-06-19", "lundi", "2024-06-24", "day"),
    ("La délégation est arrivée dans la nuit de lundi à mardi.", "2024-06-19",
     "dans la nuit de lundi à mardi", "2024-06-18", "day"),
    ("Le traité avait été signé le 20 décembre.", "2024-01-10", "le 20 décembre", "2023-12-20", "day"),
    ("Le sommet aura lieu le 5 janvier.", "2024-12-20", "le 5 janvier", "2025-01-05", "day"),
    ("Le mandat des experts expirera fin avril.", "2024-03-29", "fin avril", "2024-04", "month"),
    ("Les élections ont eu lieu en novembre.", "2024-01-10", "en novembre", "2023-11", "month"),
    ("La réunion s'est tenue il y a deux semaines.", "2024-06-19", "il y a deux semaines", "2024-06", "month"),
])
def test_sentence_tense_resolves_the_time(view, sentence, published, words, value, precision):
    t = view(sentence, published).time_of(words)
    assert (t["value"], t["precision"]) == (value, precision)


def test_publication_day_inferred_from_a_past_date_and_a_future_modal(view):
    v = view("Le président a reçu mardi 12 mars son homologue. Il doit se rendre mercredi à Séoul.", "2024-03")
    inferred = v.data["article"]["published_inferred"]
    assert (inferred["value"], inferred["precision"], inferred["rule"]) == ("2024-03-12", "day", "weekday-anchors")
    assert v.time_of("mercredi")["value"] == "2024-03-13"


def test_no_publication_day_is_claimed_when_the_week_is_open(view):
    v = view("Le ministre a visité samedi une usine. Il doit quitter le pays dimanche.", "2023-09")
    assert "published_inferred" not in v.data["article"]
    assert (v.time_of("samedi")["value"], v.time_of("samedi")["precision"]) == ("2023-09", "month")


# --- times the story itself anchors (resolve_in_context / normalise_times) ---------------------------------------

def _in_context(text: str, published: str, tense: str = "past") -> list[tuple[str, str | None, str]]:
    found = [(e, tense) for e in find_expressions(text)]
    return [(e.text, r.value, r.precision) for (e, _t), r in zip(found, resolve_in_context(found, Anchor.from_value(
        published)), strict=True)]


def test_parts_of_the_day_and_the_next_day_count_from_the_last_day_named():
    text = ("Le 12 juin, les troupes sont entrées dans la ville. Dans la soirée, des tirs ont été entendus. "
            "Le lendemain, le maire a fui. Trois jours plus tard, la ville est tombée.")
    assert _in_context(text, "2024-06-19") == [("Le 12 juin", "2024-06-12", "day"),
                                               ("Dans la soirée", "2024-06-12", "day"),
                                               ("Le lendemain", "2024-06-13", "day"),
                                               ("Trois jours plus tard", "2024-06-16", "day")]


def test_the_eve_of_a_year_is_not_a_day():
    # the story's last time is a year: `la veille` cannot be counted from it
    assert _in_context("Il a été élu en 2018. La veille, il avait prévenu.", "2024-06-19")[1] == (
        "La veille", None, "vague")


def test_normalise_times_infers_the_day_then_resolves_against_it():
    found = _found(("mardi 12 mars", "past"), ("mercredi", "future"), ("hier", "past"))
    inferred, resolved = normalise_times(found, Anchor.from_value("2024-03"))
    assert inferred is not None and inferred.value == "2024-03-12"
    assert [(r.value, r.precision) for r in resolved] == [("2024-03-12", "day"), ("2024-03-13", "day"),
                                                          ("2024-03-11", "day")]
