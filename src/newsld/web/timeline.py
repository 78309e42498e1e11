"""Dates known to a precision, as the stretch of time they stand for, and a timeline laid out from them.

``2019`` (a year) is the whole of 2019, ``2023-09`` (a month) the whole of September: the timeline draws
each event as the period its date covers, so a year is never shown as if it were its first day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

LEXICAL = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# A day is so short beside a year that it would vanish; every bar is drawn at least this wide (percent).
MIN_BAR_PERCENT = 0.6


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # exclusive
    precision: str  # day, month or year

    @property
    def text(self) -> str:
        if self.precision == "year":
            return str(self.start.year)
        if self.precision == "month":
            return f"{MONTHS[self.start.month - 1]} {self.start.year}"
        return f"{self.start.day} {MONTHS[self.start.month - 1]} {self.start.year}"


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def period(value: str) -> Period | None:
    """The period a date value covers, by how much of it is written (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``)."""
    match = LEXICAL.match(value.strip())
    if not match:
        return None
    try:
        year = int(match["year"])
        if match["day"]:
            start = date(year, int(match["month"]), int(match["day"]))
            return Period(start, start + timedelta(days=1), "day")
        if match["month"]:
            start = date(year, int(match["month"]), 1)
            return Period(start, _next_month(start), "month")
        return Period(date(year, 1, 1), date(year + 1, 1, 1), "year")
    except ValueError:
        return None


@dataclass(frozen=True)
class Row:
    item: object  # what the row shows (an event view)
    period: Period
    left: float = 0.0  # percent of the axis
    width: float = 0.0


@dataclass(frozen=True)
class Axis:
    rows: tuple[Row, ...]
    ticks: tuple[tuple[str, float], ...] = field(default=())  # (year, percent)


def lay_out(items: Iterable[tuple[object, Period]]) -> Axis:
    """Rows placed on one axis spanning every period, with a tick at each year's first day."""
    pairs = sorted(items, key=lambda pair: (pair[1].start, -(pair[1].end - pair[1].start).days))
    if not pairs:
        return Axis(())
    first = min(p.start for _, p in pairs).replace(month=1, day=1)
    last = max(p.end for _, p in pairs)
    last = last if (last.month, last.day) == (1, 1) else date(last.year + 1, 1, 1)
    total = (last - first).days

    def percent(day: date) -> float:
        return round(100.0 * (day - first).days / total, 3)

    rows = tuple(
        Row(item, p, left=min(percent(p.start), 100 - MIN_BAR_PERCENT),
            width=max(percent(p.end) - percent(p.start), MIN_BAR_PERCENT))
        for item, p in pairs
    )
    # About ten labelled ticks at most, on round years, so that labels never run into each other.
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 10**9) if (last.year - first.year) / s <= 10)
    ticks = tuple((str(year), percent(date(year, 1, 1)))
                  for year in range(first.year, last.year) if year % step == 0 or year == first.year)
    return Axis(rows, ticks)
