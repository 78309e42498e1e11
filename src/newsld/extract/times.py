"""Time expressions of French news, normalised by rules against the publication date and the verb's tense.

A past ``jeudi`` is the Thursday on or before the publication day, a future one the Thursday after; an
explicit date is checked against its weekday; a year stays a year; durations (``quelques jours``) and vague
times (``prochainement``) keep no value. When the file gives only the month, the text may fix the day: a
future dated day (``sera vendredi 15 septembre``) bounds the publication from above and a past weekday
(``a rapporté jeudi``) from below; when the bounds meet, that is the day (``infer_publication_day``).
Every value carries the rule that produced it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
_WD = "|".join(WEEKDAYS)
_MO = "|".join(MONTHS) + "|fevrier|aout|decembre"
NUMBER_WORDS = r"\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|cent"
UNITS = r"jours?|semaines?|mois|ans|années?|heures?|décennies?|siècles?"

# (rule family, pattern), tried in this order; earlier matches win where they overlap.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in (
    ("day-month", rf"\b(?:(?P<wd>{_WD})\s+)?(?:le\s+)?(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MO})"
                  rf"(?:\s+(?P<year>\d{{4}}))?\b"),
    ("month-year", rf"\b(?:en\s+)?(?P<month>{_MO})\s+(?P<year>\d{{4}})\b"),
    ("duration", rf"\b(?:les\s+|des\s+)?(?P<n>{NUMBER_WORDS}|quelques|plusieurs)\s+"
                 rf"(?:prochain(?:e)?s\s+|dernier(?:e)?s\s+)?(?P<unit>{UNITS})(?:\s+prochain(?:e)?s)?\b"),
    ("year", r"\ben\s+(?P<year>(?:19|20)\d{2})\b"),
    ("month", rf"\ben\s+(?P<month>{_MO})\b"),
    ("weekday", rf"\b(?P<wd>{_WD})(?:\s+(?P<rel>dernier|prochain))?\b"),
    ("deictic", r"\b(?P<word>aujourd'hui|hier|avant-hier|demain|après-demain|pour l'heure|en ce moment"
                r"|actuellement)\b"),
    ("relative", r"\b(?P<word>la semaine (?:dernière|prochaine)|le mois (?:dernier|prochain)"
                 r"|l'an (?:dernier|prochain)|l'année (?:dernière|prochaine))\b"),
    ("vague", r"\b(?P<word>prochainement|bientôt|sous peu|récemment|dernièrement|fraîchement|nouvellement)\b"),
))
DEICTIC_SHIFT = {"aujourd'hui": 0, "pour l'heure": 0, "en ce moment": 0, "actuellement": 0, "hier": -1,
                 "avant-hier": -2, "demain": 1, "après-demain": 2}
DEICTIC_RULE = {"aujourd'hui": "deictic-today", "hier": "deictic-yesterday", "demain": "deictic-tomorrow",
                "avant-hier": "deictic-yesterday", "après-demain": "deictic-tomorrow"}
RELATIVE = {"la semaine dernière": ("week", -1), "la semaine prochaine": ("week", 1),
            "le mois dernier": ("month", -1), "le mois prochain": ("month", 1), "l'an dernier": ("year", -1),
            "l'an prochain": ("year", 1), "l'année dernière": ("year", -1), "l'année prochaine": ("year", 1)}
VAGUE_PAST = {"récemment", "dernièrement", "fraîchement", "nouvellement"}


@dataclass(frozen=True)
class Expression:
    start: int
    end: int
    text: str
    family: str
    fields: dict[str, str | None]


@dataclass(frozen=True)
class Anchor:
    """What times are normalised against: the publication date to its precision."""

    year: int
    month: int | None
    day: date | None

    @classmethod
    def from_value(cls, value: str) -> Anchor:
        parts = [int(p) for p in value.split("-")]
        day = date(*parts) if len(parts) == 3 else None
        return cls(parts[0], parts[1] if len(parts) > 1 else None, day)

    @property
    def month_value(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    @property
    def precision(self) -> str:
        return "day" if self.day else ("month" if self.month else "year")


@dataclass(frozen=True)
class Resolved:
    value: str | None
    precision: str
    rule: str
    note: str = ""


def find_expressions(text: str) -> list[Expression]:
    """Every time expression, left to right, never overlapping (earlier families win)."""
    text = text.replace("’", "'")
    found: list[Expression] = []
    for family, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e.end and e.start < m.end() for e in found):
                continue
            found.append(Expression(m.start(), m.end(), m.group(), family, m.groupdict()))
    return sorted(found, key=lambda e: e.start)


def month_number(name: str) -> int:
    name = name.lower().replace("fevrier", "février").replace("aout", "août").replace("decembre", "décembre")
    return MONTHS.index(name) + 1


def _weekday(name: str) -> int:
    return WEEKDAYS.index(name.lower())


def _day_month(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    month, day = month_number(e.fields["month"] or ""), int(e.fields["day"] or 0)
    if e.fields.get("year"):
        years, rule = [int(e.fields["year"] or 0)], "explicit-date"
    else:
        step = 1 if tense == "future" else -1
        years, rule = [anchor.year, anchor.year + step], "day-month-publication-year"
    weekday = e.fields.get("wd")
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if weekday is None or candidate.weekday() == _weekday(weekday):
            note = f"{candidate:%Y-%m-%d} is a {weekday}" if weekday else ""
            return Resolved(candidate.isoformat(), "day", rule if year == years[0] else rule + "-shifted", note)
    return Resolved(f"{years[0]:04d}-{month:02d}", "month", "day-month-weekday-mismatch",
                    f"{e.text}: no such day with that weekday near {anchor.year}; kept the month")


def resolve_weekday(name: str, relation: str | None, anchor: Anchor, tense: str) -> Resolved:
    """A weekday without a date: the one on or before the publication day in the past, after it in the future."""
    if anchor.day is None:
        return Resolved(anchor.month_value, anchor.precision, "weekday-publication-month",
                        "the publication day is not known, so only its month is")
    target = _weekday(name)
    if relation == "prochain" or (relation is None and tense == "future"):
        delta = (target - anchor.day.weekday()) % 7 or 7
        return Resolved((anchor.day + timedelta(days=delta)).isoformat(), "day", "weekday-future")
    delta = (anchor.day.weekday() - target) % 7
    if relation == "dernier" and delta == 0:
        delta = 7
    return Resolved((anchor.day - timedelta(days=delta)).isoformat(), "day", "weekday-past")


def _deictic(word: str, anchor: Anchor) -> Resolved:
    word = word.lower()
    rule = DEICTIC_RULE.get(word, "deictic-now")
    if anchor.day is None:
        return Resolved(anchor.month_value, anchor.precision, rule + "-publication-month")
    return Resolved((anchor.day + timedelta(days=DEICTIC_SHIFT[word])).isoformat(), "day", rule)


def _relative(word: str, anchor: Anchor) -> Resolved:
    unit, step = RELATIVE[word.lower()]
    if unit == "year":
        return Resolved(f"{anchor.year + step:04d}", "year", "relative-year")
    if unit == "month" and anchor.month:
        month0 = anchor.year * 12 + anchor.month - 1 + step
        return Resolved(f"{month0 // 12:04d}-{month0 % 12 + 1:02d}", "month", "relative-month")
    return Resolved(None, "vague", "relative-week", "a week is not a precision of the format")


def resolve_relative_date(expression: Expression, anchor: Anchor, tense: str) -> Resolved:
    """Normalise one expression; ``tense`` is past, present or future (of the verb it goes with)."""
    f, family = expression.fields, expression.family
    if family == "day-month":
        return _day_month(expression, anchor, tense)
    if family == "month-year":
        return Resolved(f"{int(f['year'] or 0):04d}-{month_number(f['month'] or ''):02d}", "month", "explicit-month")
    if family == "year":
        return Resolved(f["year"], "year", "explicit-year")
    if family == "month":
        return Resolved(f"{anchor.year:04d}-{month_number(f['month'] or ''):02d}", "month", "month-publication-year")
    if family == "weekday":
        return resolve_weekday(f["wd"] or "", f.get("rel"), anchor, tense)
    if family == "deictic":
        return _deictic(f["word"] or "", anchor)
    if family == "relative":
        return _relative(f["word"] or "", anchor)
    if family == "duration":
        vague = (f.get("n") or "").lower() in ("quelques", "plusieurs")
        return Resolved(None, "duration", "vague-duration" if vague else "explicit-duration")
    word = (f.get("word") or "").lower()
    return Resolved(None, "vague", "vague-past" if word in VAGUE_PAST else "vague-future")


def infer_publication_day(expressions: list[tuple[Expression, str]], anchor: Anchor) -> tuple[date, str] | None:
    """The publication day, when the file gives only the month and the text pins it down.

    Future dated days bound it from above (it appeared before them); past weekdays from below (it appeared
    on or after the latest such weekday before the upper bound). Only when both bounds meet is it a day.
    """
    if anchor.day is not None or anchor.month is None:
        return None
    upper: date | None = None
    for e, tense in expressions:
        if e.family == "day-month" and tense == "future":
            resolved = _day_month(e, anchor, tense)
            if resolved.precision == "day" and resolved.value:
                upper = min(upper or date.max, date.fromisoformat(resolved.value) - timedelta(days=1))
    past_days = {_weekday(e.fields["wd"] or "") for e, tense in expressions
                 if e.family == "weekday" and tense == "past" and not e.fields.get("rel")}
    if upper is None or len(past_days) != 1:
        return None
    lower = upper - timedelta(days=(upper.weekday() - past_days.pop()) % 7)
    if lower != upper or (lower.year, lower.month) != (anchor.year, anchor.month):
        return None
    return lower, (f"a future dated day bounds the publication before {upper + timedelta(days=1):%Y-%m-%d}, "
                   f"and a past {WEEKDAYS[lower.weekday()]} puts it on or after {lower:%Y-%m-%d}: that day")
