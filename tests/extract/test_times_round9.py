"""Times of unseen news, round 9: sentences of our own on topics beyond the gold corpus (justice, disasters, health,
elections, funerals), run through the parse so the tense is the one the extractor reads.

Weekdays with a part of the day in past tenses, scheduled days in the future, the present of what happens today;
days counted from an event the story has dated (``la veille du vote``, ``dans la nuit`` after an evening, ``une
semaine après sa mort``, ``la même année``); what is not a time (an ordinal ``seconde``, an age); deadlines counted
from publication; a year after a noun; and the publication day of a month-only article.

Dates used: Wednesday 12 March 2025, Tuesday 25 March 2025, and a file that gives only June 2025.
"""

from __future__ import annotations

import pytest

from newsld.extract.assemble import tense_of
from newsld.extract.nlp import parse
from newsld.extract.times import Anchor, find_expressions, normalise_times

WEDNESDAY = "2025-03-12"


def _times(text: str, published: str = WEDNESDAY) -> tuple[str | None, dict[str, tuple[str | None, str, str]]]:
    """The publication day inferred (or None) and every time of ``text``: words -> (value, precision, rule)."""
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    inferred, resolved = normalise_times(found, Anchor.from_value(published))
    return (inferred.value if inferred else None,
            {e.text: (r.value, r.precision, r.rule) for (e, _tense), r in zip(found, resolved, strict=True)})


def _value(text: str, words: str, published: str = WEDNESDAY) -> tuple[str | None, str]:
    return _times(text, published)[1][words][:2]


# --- weekdays and their tenses -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("La ministre de la Santé a démissionné mardi soir après un vote de défiance.", "mardi soir", "2025-03-11"),
    ("Les pompiers avaient été appelés lundi matin pour un feu de forêt.", "lundi matin", "2025-03-10"),
    ("Le cargo, arraisonné dimanche après-midi au large de Brest, a été remorqué.", "dimanche après-midi",
     "2025-03-09"),
    # an imperfect of narrative the tagger reads as a present: still the past evening, not next week's
    ("Selon la préfecture, les émeutiers incendiaient encore des voitures mardi soir dans le centre.", "mardi soir",
     "2025-03-11"),
    # a fronted weekday the parse makes the root: the clause's pluperfect still dates it
    ("Mardi soir, des centaines de fidèles s'étaient recueillis devant la cathédrale.", "Mardi soir", "2025-03-11"),
])
def test_a_weekday_in_a_past_clause_is_the_past_occurrence(text: str, words: str, expected: str) -> None:
    assert _value(text, words) == (expected, "day")


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Le projet de loi, qui doit être voté jeudi soir, divise la majorité.", "jeudi soir", "2025-03-13"),
    # « réunit » is a present and a passé simple alike: wire copy means the present, so the coming Thursday
    ("Le conseil municipal se réunit jeudi pour examiner la demande.", "jeudi", "2025-03-13"),
    ("Les obsèques auront lieu samedi en présence du chef de l'État.", "samedi", "2025-03-15"),
    ("Le second débat est prévu dimanche matin sur la chaîne publique.", "dimanche matin", "2025-03-16"),
])
def test_a_weekday_to_come_is_the_next_occurrence(text: str, words: str, expected: str) -> None:
    assert _value(text, words) == (expected, "day")


def test_the_present_of_what_happens_today_is_the_publication_day() -> None:
    assert _times("Les funérailles se déroulent ce mercredi à Lisbonne.")[1]["ce mercredi"] == \
        ("2025-03-12", "day", "weekday-today")


# --- days counted from a day the story has dated ------------------------------------------------------------------

def test_the_eve_of_an_event_dated_earlier_is_the_day_before_it() -> None:
    times = _times("Le gouvernement a présenté mercredi son budget. Le vote est prévu samedi. "
                   "La veille du vote, les syndicats manifesteront devant l'Assemblée.")[1]
    assert times["La veille du vote"][:2] == ("2025-03-14", "day")


@pytest.mark.parametrize("night", ["Dans la nuit", "Pendant la nuit"])
def test_the_night_after_an_evening_is_the_next_day(night: str) -> None:
    times = _times(f"Le glissement de terrain a frappé le village lundi soir. {night}, les secours ont dégagé "
                   "deux survivants.")[1]
    assert times[night][:2] == ("2025-03-11", "day")


def test_the_night_after_a_day_without_an_evening_stays_on_that_day() -> None:
    times = _times("Le glissement de terrain a frappé le village lundi. Dans la nuit, les secours ont dégagé "
                   "deux survivants.")[1]
    assert times["Dans la nuit"][:2] == ("2025-03-10", "day")


def test_the_same_year_is_the_year_last_written() -> None:
    times = _times("Le pacte migratoire a été adopté en 2019. La même année, le pays a fermé sa frontière.")[1]
    assert times["La même année"][:2] == ("2019", "year")


def test_a_week_after_a_dated_death_is_a_day() -> None:
    times = _times("L'ancien syndicaliste est mort le 2 mars. Une semaine après sa mort, ses partisans ont "
                   "défilé à Turin.")[1]
    assert times["Une semaine après"][:2] == ("2025-03-09", "day")


def test_a_count_after_an_event_dated_in_its_own_clause_still_dates_that_event() -> None:
    # « un mois après la visite »: the clause has its day, so the count goes back to the visit
    times = _times("Le ministre a été reçu lundi 10 mars à Rabat, un mois après la visite du roi.")[1]
    assert times["un mois après"][:2] == ("2025-02", "month")


# --- what is not a time ----------------------------------------------------------------------------------------------

def test_an_ordinal_seconde_is_not_a_time() -> None:
    assert _times("Le candidat écologiste sera présent au second tour, dans une seconde phase de la campagne.")[1] \
        == {}


@pytest.mark.parametrize("text", [
    "Un homme de 45 ans a été interpellé près de la gare.",
    "L'ancienne juge, âgée de 80 ans, est morte à 80 ans dans sa maison.",
    "Le poète est mort à l'âge de 91 ans.",
    "Il avait 20 ans lorsqu'il a rejoint la rébellion.",
])
def test_an_age_is_not_a_duration(text: str) -> None:
    assert [words for words, (_v, precision, _r) in _times(text)[1].items() if precision == "duration"] == []


def test_a_stay_in_prison_is_still_a_duration() -> None:
    assert _times("L'opposant a passé trois ans en prison.")[1]["trois ans"][1] == "duration"


# --- deadlines, years after a noun ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "published", "expected"), [
    ("Le fabricant doit rappeler les lots dans un délai de dix jours.", "dans un délai de dix jours", WEDNESDAY,
     ("2025-03", "month")),
    ("Les autorités sanitaires publieront leur rapport d'ici deux semaines.", "d'ici deux semaines", WEDNESDAY,
     ("2025-03", "month")),
    # from 25 March to 8 April: two months of one year
    ("Les autorités sanitaires publieront leur rapport d'ici deux semaines.", "d'ici deux semaines", "2025-03-25",
     ("2025", "year")),
    ("Le club doit payer l'amende sous dix jours.", "sous dix jours", WEDNESDAY, ("2025-03", "month")),
])
def test_a_deadline_is_counted_from_publication(text: str, words: str, published: str, expected: tuple) -> None:
    value, precision, rule = _times(text, published)[1][words]
    assert (value, precision) == expected and rule == "deadline-count"


def test_a_year_after_the_noun_of_an_event_or_a_text_is_a_year() -> None:
    times = _times("La loi de 1905 reste en vigueur, comme la réforme des retraites de 2023 et le traité de 1967 "
                   "sur l'espace.")[1]
    assert {words: value[:2] for words, value in times.items()} == {
        "de 1905": ("1905", "year"), "de 2023": ("2023", "year"), "de 1967": ("1967", "year")}


def test_a_count_after_a_noun_is_not_a_year() -> None:
    assert _times("La Commission a infligé une amende de 2000 euros au transporteur.")[1] == {}


# --- the publication day of a month-only article ---------------------------------------------------------------------

def test_a_month_only_article_appears_on_the_day_its_lede_tells_in_the_present() -> None:
    inferred, times = _times(
        "Les obsèques nationales de l'ancien chancelier ont lieu jeudi à Vienne. Il était mort lundi 16 juin à "
        "l'âge de 88 ans. Mardi soir, des milliers de personnes s'étaient recueillies devant sa maison. "
        "Le Parlement doit lui rendre hommage vendredi.", "2025-06")
    assert inferred == "2025-06-19"
    assert {words: value[0] for words, value in times.items()} == {
        "jeudi": "2025-06-19", "lundi 16 juin": "2025-06-16", "Mardi soir": "2025-06-17", "vendredi": "2025-06-20"}


def test_a_month_only_article_with_weekdays_alone_keeps_its_month() -> None:
    inferred, times = _times("Le festival s'ouvre jeudi à Cannes. Le jury avait été présenté mardi.", "2025-06")
    assert inferred is None
    assert times["mardi"][:2] == ("2025-06", "month")
