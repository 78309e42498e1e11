"""Round 18: the publication day of a month-only article, and times that are no times of their own.

- A date set beside a relative period (« la semaine prochaine, le 23 juin », « lundi prochain, le 23 juin ») says
  which day of that period is meant: the publication day is one whose period holds the date, and the date is on the
  period's side of it (the imperfect of « qui devait ouvrir » does not make it past).
- A verb of coming after in the present (« intervient après », « fait suite à ») dates what it follows in the past.
- A time counted from a written date (« mardi 10 juin ... Le lendemain ») places the publication as that date does; a
  weekday beside an exact count (« lundi, il y a trois jours ») pins the day of the week.
- A clock time right after the day it falls in (« lundi 16 juin vers 14h30 »), the event an anniversary counts from
  (« les 80 ans de la fin de la guerre ») are no times of their own; « jeudi en fin d'après-midi » is one time.
- « depuis des années » is vague, as « depuis plusieurs mois ».
- « devait » + an infinitive + a part of the day, with no day in its sentence, is the day of writing.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsld.extract.times import find_expressions


def _inferred(annotation: Any) -> dict[str, Any]:
    return annotation.data["article"].get("published_inferred") or {}


def _times(annotation: Any) -> dict[str, tuple[str | None, str]]:
    return {t["text"]: (t["value"], t["precision"]) for t in annotation.data["times"] if "text" in t}


# --- a date restating a relative period places the publication day ---------------------------------------------

def test_next_week_restated_by_a_date_fixes_the_week_of_a_weekday(extract) -> None:
    # 23 June 2025 is a Monday: the week before it is 16 to 22 June, and its Tuesday is the 17th
    annotation = extract("Le gouvernement a reporté le salon agricole qui devait ouvrir la semaine prochaine, le 23 "
                         "juin, a indiqué mardi le ministère.", "2025-06")
    assert _inferred(annotation)["value"] == "2025-06-17"
    times = _times(annotation)
    assert times["mardi"] == ("2025-06-17", "day")
    assert times["le 23 juin"] == ("2025-06-23", "day")


def test_the_date_chooses_the_week_not_the_nearest_date(extract) -> None:
    # the week of the 30th (30 June to 6 July) is next week from Tuesday 24 June, not from the 17th
    annotation = extract("Le salon, qui devait ouvrir la semaine prochaine, le 30 juin, a été annulé, a indiqué mardi "
                         "le ministère.", "2025-06")
    assert _inferred(annotation)["value"] == "2025-06-24"
    # that week spans two months: the finest precision true of it is the year
    assert _times(annotation)["la semaine prochaine"] == ("2025", "year")


def test_last_week_restated_by_a_date(extract) -> None:
    annotation = extract("Le navire, arrivé la semaine dernière, le 4 juin, a quitté le port jeudi.", "2025-06")
    assert _inferred(annotation)["value"] == "2025-06-12"
    assert _times(annotation)["jeudi"] == ("2025-06-12", "day")


def test_next_weekday_restated_by_a_date(extract) -> None:
    annotation = extract("Le ministre se rendra lundi prochain, le 23 juin, à Berlin, a annoncé vendredi son "
                         "cabinet.", "2025-06")
    assert _inferred(annotation)["value"] == "2025-06-20"
    assert _times(annotation)["vendredi"] == ("2025-06-20", "day")


def test_a_date_in_the_next_sentence_restates_no_period(extract) -> None:
    annotation = extract("Le président a reçu mardi son homologue italien. Il se rendra la semaine prochaine à Rome. "
                         "Le 23 juin, il sera à Berlin.", "2025-06")
    assert "« la semaine prochaine », « Le 23 juin »" not in _inferred(annotation).get("note", "")


def test_weekdays_alone_leave_the_day_unknown(extract) -> None:
    # a past Saturday and a future Sunday: every Saturday of the month fits alike, so the month stays
    annotation = extract("Le dirigeant a visité samedi une usine d'armement. Il doit quitter le pays dimanche.",
                         "2025-06")
    assert not _inferred(annotation)
    assert _times(annotation)["samedi"] == ("2025-06", "month")


def test_a_day_precision_file_is_not_moved_by_a_restated_period(extract) -> None:
    annotation = extract("Le salon, qui devait ouvrir la semaine prochaine, le 30 juin, a été annulé, a indiqué mardi "
                         "le ministère.", "2025-06-17")
    assert not _inferred(annotation)
    assert _times(annotation)["mardi"] == ("2025-06-17", "day")


# --- a verb of coming after dates what it follows in the past ---------------------------------------------------

@pytest.mark.parametrize(("text", "words", "value"), [
    ("La sanction intervient après le tir, samedi, d'un missile au-dessus de la mer.", "samedi", "2025-06-14"),
    ("Cette mesure fait suite à l'arrestation, lundi, d'un journaliste étranger.", "lundi", "2025-06-16"),
    ("Le rappel de l'ambassadeur survient après l'incident, dimanche, à la frontière.", "dimanche", "2025-06-15"),
])
def test_what_a_present_event_follows_is_past(extract, text: str, words: str, value: str) -> None:
    assert _times(extract(text, "2025-06-18"))[words] == (value, "day")  # a Wednesday


@pytest.mark.parametrize("text", [
    "L'armée intervient jeudi dans le nord du pays.",
    "Le président se rend à Rome après le sommet, jeudi.",
])
def test_a_present_weekday_elsewhere_is_still_to_come(extract, text: str) -> None:
    assert _times(extract(text, "2025-06-18"))["jeudi"] == ("2025-06-19", "day")


# --- a clock time inside a day already named ------------------------------------------------------------------

def test_a_clock_time_after_its_day_is_no_time_of_its_own(extract) -> None:
    times = _times(extract("L'avion a décollé lundi 16 juin vers 14h30 de Tokyo.", "2025-06-18"))
    assert times == {"lundi 16 juin": ("2025-06-16", "day")}


def test_a_clock_time_after_a_weekday_is_dropped_too() -> None:
    assert [e.text for e in find_expressions("Il partira jeudi à 10 heures pour Séoul.")] == ["jeudi"]


def test_a_clock_time_alone_is_a_time(extract) -> None:
    assert _times(extract("Le vol a décollé à 14 heures de Tokyo.", "2025-06-18")) == {
        "à 14 heures": ("2025-06-18", "day")}


def test_a_clock_time_after_a_place_is_kept() -> None:
    assert [e.text for e in find_expressions("Il est arrivé jeudi à Séoul vers 10 heures.")] == ["jeudi",
                                                                                                 "vers 10 heures"]


# --- a time counted from a written date places the publication day as the date does ------------------------------

def test_the_morrow_of_a_dated_day_is_past_too(extract) -> None:
    # 10 June 2025 is a Tuesday: the signing the day after, told in the past, makes the article one of the 11th
    annotation = extract("Le sommet s'est ouvert mardi 10 juin à Séoul. Le lendemain, les dirigeants ont signé un "
                         "accord commercial.", "2025-06")
    assert _inferred(annotation)["value"] == "2025-06-11"
    assert _times(annotation)["Le lendemain"] == ("2025-06-11", "day")


def test_the_morrow_of_a_weekday_does_not_place_the_day(extract) -> None:
    # the weekday's own day is not known before the publication day is: « le lendemain » counts from nothing yet
    annotation = extract("Le ministre est arrivé mardi à Séoul. Le lendemain, il a rencontré son homologue.", "2025-06")
    assert not _inferred(annotation)


def test_a_weekday_beside_an_exact_count_pins_the_day_of_the_week(extract) -> None:
    # Monday three days ago: a Thursday; the trial to come on the 19th takes the Thursday before it
    annotation = extract("L'opposant a été arrêté lundi, il y a trois jours, à son domicile, selon son avocat. Son "
                         "procès s'ouvrira le 19 juin.", "2025-06")
    assert _inferred(annotation)["value"] == "2025-06-12"
    assert _times(annotation)["lundi"] == ("2025-06-09", "day")


# --- « depuis » with no count is a vague time, as « depuis plusieurs mois » ----------------------------------------

@pytest.mark.parametrize("words", ["depuis des années", "depuis des mois", "depuis plusieurs semaines"])
def test_since_an_uncounted_time_is_vague(extract, words: str) -> None:
    annotation = extract(f"Il s'agit de la visite la plus importante d'un dirigeant étranger {words}.", "2025-06-18")
    assert _times(annotation)[words] == (None, "vague")


def test_an_uncounted_length_without_since_stays_a_duration(extract) -> None:
    annotation = extract("L'entretien a duré plusieurs heures au palais présidentiel.", "2025-06-18")
    assert _times(annotation)["plusieurs heures"] == (None, "duration")


# --- a time another one already holds is no time of its own ----------------------------------------------------

@pytest.mark.parametrize("text", ["Aucun incident n'avait été signalé jeudi en fin d'après-midi.",
                                  "Les secours sont arrivés jeudi en début d'après-midi."])
def test_a_part_of_the_afternoon_after_its_weekday_is_one_time(extract, text: str) -> None:
    times = extract(text, "2025-06-20").data["times"]  # a Friday
    assert [(t["text"].split()[0], t["value"]) for t in times] == [("jeudi", "2025-06-19")]


def test_the_end_of_the_day_after_a_noun_s_weekday_is_the_writer_s_frame() -> None:
    # « le tir de mardi » dates the firing; « en fin de journée » is when the media had still said nothing
    found = find_expressions("Les médias officiels n'avaient pas évoqué le tir de mardi en fin de journée.")
    assert [e.text for e in found] == ["mardi", "en fin de journée"]


def test_the_event_an_anniversary_counts_from_is_no_time_of_its_own() -> None:
    found = find_expressions("Le défilé est organisé pour les 80 ans de la fin de la Seconde Guerre mondiale.")
    assert [(e.text, e.family) for e in found] == [("pour les 80 ans", "anniversary")]


def test_the_end_of_a_war_alone_is_a_time() -> None:
    found = find_expressions("La Russie contrôle ces îles depuis la fin de la Seconde Guerre mondiale.")
    assert [e.family for e in found] == ["named-period"]


# --- « devait » + an infinitive + a part of the day: the day of writing -------------------------------------------

def test_an_evening_that_was_due_is_the_day_of_writing(extract) -> None:
    times = _times(extract("Le président est arrivé lundi à Rome. Il avait rencontré vendredi le pape. Il devait "
                           "s'exprimer dans la soirée devant le Sénat.", "2025-06-17"))  # a Tuesday
    assert times["dans la soirée"] == ("2025-06-17", "day")


def test_an_evening_due_on_a_day_named_in_its_sentence_is_that_day(extract) -> None:
    times = _times(extract("Le président est arrivé lundi à Rome, où il devait s'exprimer dans la soirée devant le "
                           "Sénat.", "2025-06-18"))
    assert times["dans la soirée"] == ("2025-06-16", "day")


def test_an_evening_told_in_the_past_stays_on_the_last_day_named(extract) -> None:
    times = _times(extract("Le président est arrivé lundi à Rome. Il a dîné dans la soirée avec le chef du "
                           "gouvernement.", "2025-06-18"))
    assert times["dans la soirée"] == ("2025-06-16", "day")
