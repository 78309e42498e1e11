"""Times anchored on the story's own days (round 11): sentences of our own, on courts, elections, disasters, strikes,
trade and culture, none taken from the gold corpus or the bundled article. Each time is read with the tense the
parse gives its verb, as the extractor does, against a publication date given with the text.

Rules under test: a day that dates a participle apposition of a noun (« X, arrêté le 2 mars, ») does not anchor
``la veille`` or a part of the day in a later sentence; ``dès l'aube`` is a part of the day; ``dans la nuit`` after
an evening is the next day even with a look back in between; ``en fin de journée`` after a negation is the day of
writing; ``N semaines après sa mort`` restates its clause's day when the death was told on the day it counts
from; ``pour les 50 ans de l'indépendance`` is an anniversary.
"""

from __future__ import annotations

import pytest

from newsld.extract.time_grammar import in_apposition
from newsld.extract.times import Anchor, find_expressions, normalise_times

# --- a participle apposition dates a detail of its noun, not the story's day ------------------------------------

def test_the_eve_counts_from_the_verdict_not_from_the_arrest_in_apposition(times_of) -> None:
    text = ("Le tribunal de Lyon a condamné mercredi l'ancien maire, arrêté le 2 mars à son domicile. "
            "Son avocat, qui avait plaidé la relaxe la veille, a annoncé un appel.")
    times = times_of(text, "2025-04-10")  # a Thursday
    assert times["mercredi"][:2] == ("2025-04-09", "day")
    assert times["le 2 mars"][:2] == ("2025-03-02", "day")
    assert times["la veille"][:2] == ("2025-04-08", "day")


def test_dawn_is_on_the_day_of_the_march_not_of_the_death_in_apposition(times_of) -> None:
    text = ("Des milliers de manifestants ont défilé samedi à Santiago en mémoire de l'étudiant, tué le 3 mai par un "
            "policier. Dès l'aube, les cortèges ont convergé vers la place centrale.")
    times = times_of(text, "2025-05-17")  # a Saturday
    assert times["samedi"][:2] == ("2025-05-17", "day")
    assert times["Dès l'aube"][:2] == ("2025-05-17", "day")


def test_an_apposition_still_anchors_its_own_sentence(times_of) -> None:
    # negative: in its own sentence the apposition's day is the one « le lendemain » counts from
    text = "Le cyclone, arrivé mardi sur la côte, a provoqué le lendemain des coupures d'électricité."
    times = times_of(text, "2025-01-24")  # a Friday
    assert times["mardi"][:2] == ("2025-01-21", "day")
    assert times["le lendemain"][:2] == ("2025-01-22", "day")


@pytest.mark.parametrize(("text", "expected"), [
    ("Le juge a entendu l'accusé, interpellé lundi à la frontière.", True),
    ("L'opposant, condamné en 2021 pour fraude, a été libéré.", True),
    ("Le sommet s'est ouvert lundi, selon les organisateurs.", False),  # no participle before the time
    ("Le président, lundi, a signé le décret.", False),  # a time set off by commas, no participle
    ("Les négociations ont repris, a indiqué jeudi le ministère.", False),  # a finite verb after the comma
    ("Le sommet, prévu jeudi à Nairobi, réunira vingt pays.", False),  # a planned event is the story's own
])
def test_what_counts_as_a_participle_apposition(text: str, expected: bool) -> None:
    start = next(e.start for e in find_expressions(text))
    assert in_apposition(text, start) is expected


# --- parts of the day -----------------------------------------------------------------------------------------

def test_dawn_is_a_part_of_the_day_named_before(times_of) -> None:
    text = "Les secouristes ont repris jeudi les recherches dans le lac. Dès l'aube, des plongeurs ont fouillé le fond."
    times = times_of(text, "2025-06-13")  # a Friday
    assert times["Dès l'aube"][:3] == ("2025-06-12", "day", "part-of-day")


def test_the_night_after_an_evening_ignores_a_look_back_in_between(times_of) -> None:
    text = ("Les bureaux de vote ont fermé dimanche soir. La veille, les candidats avaient tenu leurs derniers "
            "meetings. Dans la nuit, la commission électorale a publié les premiers résultats.")
    times = times_of(text, "2025-06-02")  # a Monday
    assert times["dimanche soir"][:2] == ("2025-06-01", "day")
    assert times["La veille"][:2] == ("2025-05-31", "day")
    assert times["Dans la nuit"][:3] == ("2025-06-02", "day", "night-after-evening")


def test_a_night_after_a_morning_stays_on_that_day(times_of) -> None:
    # negative: no evening named last, the night is on the day named
    text = "Les pompiers sont arrivés mardi matin sur l'incendie. Dans la nuit, le vent est tombé."
    times = times_of(text, "2025-08-08")  # a Friday
    assert times["Dans la nuit"][:2] == ("2025-08-05", "day")


def test_no_reaction_by_the_end_of_the_day_is_the_day_of_writing(times_of) -> None:
    text = ("Le groupe a annoncé le 2 février la suppression de 300 postes dans son usine. "
            "Le syndicat majoritaire n'avait pas réagi en fin de journée.")
    times = times_of(text, "2025-02-20")
    assert times["le 2 février"][:2] == ("2025-02-02", "day")
    assert times["en fin de journée"][:2] == ("2025-02-20", "day")


def test_the_end_of_the_day_in_a_narrative_goes_on_with_the_day_named(times_of) -> None:
    # negative: no negation, the story goes on with the day it named
    text = "La délégation est arrivée le 2 février à Genève. En fin de journée, elle a rencontré les médiateurs."
    times = times_of(text, "2025-02-20")
    assert times["En fin de journée"][:2] == ("2025-02-02", "day")


# --- counted from an event already told -----------------------------------------------------------------------

def test_weeks_after_a_death_told_restate_the_clause_day(times_of) -> None:
    text = ("Le chanteur est mort le 1er mars à Dakar. Il sera inhumé samedi dans son village natal, deux semaines "
            "après sa mort, a annoncé sa famille.")
    times = times_of(text, "2025-03-12")  # a Wednesday
    assert times["samedi"][:2] == ("2025-03-15", "day")
    assert times["deux semaines après"][:3] == ("2025-03-15", "day", "counted-from-told-event")


def test_a_new_event_after_a_possessive_is_still_counted_back(times_of) -> None:
    # negative: « sa visite » was never told on the day the count gives, so the count dates the visit
    text = "Le Premier ministre est arrivé mardi à Nairobi, un mois après sa visite à Addis-Abeba."
    times = times_of(text, "2025-03-12")  # a Wednesday
    value, precision, rule = times["un mois après"]
    assert (value, precision, rule) == ("2025-02", "month", "counted-from-event")


# --- anniversaries ------------------------------------------------------------------------------------------

def test_a_parade_for_the_years_of_an_event_is_an_anniversary(times_of) -> None:
    times = times_of("Un concert géant a été organisé samedi pour les 50 ans de l'indépendance.", "2025-06-30")
    assert times["pour les 50 ans"][:3] == ("1975", "year", "anniversary")


def test_years_of_a_mandate_are_a_duration(times_of) -> None:
    # negative: « de son mandat » is how long it lasts, not an event of a round number of years ago
    times = times_of("Le maire a promis des logements pour les dix ans de son mandat.", "2025-06-30")
    assert times["pour les dix ans"][1] == "duration"


def test_no_answer_by_the_end_of_the_afternoon_after_a_look_back_is_the_day_of_writing(times_of) -> None:
    text = ("L'ancien président, condamné vendredi dernier à cinq ans de prison, a fait appel lundi. La veille, ses "
            "partisans avaient manifesté. Son avocat n'avait pas encore reçu la notification en fin d'après-midi.")
    times = times_of(text, "2024-06-14")  # a Friday
    assert times["La veille"][:2] == ("2024-06-09", "day")
    assert times["en fin d'après-midi"][:2] == ("2024-06-14", "day")


# --- a month-only file: a date next to a count from the publication day pins it ----------------------------------

def _inferred(text: str, published: str) -> str | None:
    found = [(e, "past") for e in find_expressions(text)]
    inferred, _resolved = normalise_times(found, Anchor.from_value(published))
    return inferred.value if inferred else None


def test_a_date_written_with_its_distance_ago_pins_the_publication_day() -> None:
    text = "Le tribunal a rendu hier son verdict. Le procès s'était ouvert le 3 mars, il y a dix jours."
    assert _inferred(text, "2025-03") == "2025-03-13"


def test_a_date_written_with_its_distance_ahead_pins_the_publication_day() -> None:
    found = find_expressions("Les députés voteront le texte le 20 mars, dans une semaine.")
    inferred, _resolved = normalise_times([(e, "future") for e in found], Anchor.from_value("2025-03"))
    assert inferred is not None and inferred.value == "2025-03-13"


def test_an_inexact_distance_pins_nothing() -> None:
    # negative: « plus de dix jours » bounds the day, it does not name it
    text = "Le procès s'était ouvert le 3 mars, il y a plus de dix jours."
    assert _inferred(text, "2025-03") is None
