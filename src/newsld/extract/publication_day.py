"""The publication day, when the file gives only the month (or year) and the text's own times fix it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from newsld.extract.time_grammar import (
    DATED_FAMILIES,
    DEICTIC_SHIFT,
    WEEKDAYS,
    Anchor,
    Expression,
    Inference,
    orientation,
    parse_number,
    resolve_relative_date,
    week_period,
    weekday_index,
)

# --- the publication day, when the file gives only the month ---------------------------------------------------


@dataclass(frozen=True)
class _Term:
    """A time that places the publication: a dated day or a bare weekday, before (past) or after (future) it."""

    text: str
    side: str
    dated: date | None
    weekday: int | None
    named_weekday: bool = False  # a dated day written with its weekday (« lundi 22 juillet »)
    in_lede: bool = False


def _dated(e: Expression, anchor: Anchor, tense: str) -> date | None:
    """The day a dated expression names; None for one that names an event (« le sommet du 25 juillet »), whose
    tense is its noun's verb's, not its own (« Le sommet du 25 juillet a été annoncé »)."""
    if e.family not in DATED_FAMILIES or e.fields.get("of"):
        return None
    resolved = resolve_relative_date(e, anchor, tense)
    return date.fromisoformat(resolved.value) if resolved.precision == "day" and resolved.value else None


def _weekday_term(e: Expression) -> int | None:
    """A bare weekday (or the night ending on one); not one in a quote (« « Je suis arrivé lundi », a-t-il dit
    mercredi 20 septembre »: the speaker's week, counted from the day he spoke), nor one in the pluperfect (« Il avait
    reçu lundi »: a day before the story's news, which draws the publication to no day), nor a deadline (« d'ici
    lundi », « ont jusqu'à lundi pour partir »: no event is on that day)."""
    if e.family not in ("weekday", "night-span") or e.fields.get("month") or e.fields.get("rel"):
        return None
    if e.fields.get("quoted") or e.fields.get("pluperfect") or e.fields.get("limit"):
        return None
    if e.fields.get("range_end"):  # the last day of a range follows its first, whatever its verb seems to say
        return None
    return weekday_index(e.fields["wd"] or "")


def _terms(expressions: list[tuple[Expression, str]], anchor: Anchor,
           counted: Mapping[int, date] | None = None) -> list[_Term]:
    """The times that place the publication; ``counted`` gives, by start, the days of times counted from a dated
    event (« le 10 juin ... Le lendemain »), which place it as a date written out does."""
    terms = []
    lede = min((e.sentence for e, _tense in expressions), default=0)
    restating = _restated_tenses(expressions)
    for e, tense in expressions:
        tense = restating.get(e.start) or orientation(e, tense)
        if tense not in ("past", "future", "present") or (tense == "present" and not _happening(e, lede)):
            continue
        dated, weekday = (counted or {}).get(e.start) or _dated(e, anchor, tense), _weekday_term(e)
        if dated is not None or weekday is not None:
            terms.append(_Term(e.text, tense, dated, weekday, bool(e.fields.get("wd")), e.sentence == lede))
    return terms


def _happening(e: Expression, lede: int) -> bool:
    """A day in the present of the lede, the story's main event: a bare weekday (« Les obsèques ont lieu jeudi »,
    « se déroulent ce jeudi ») or a dated day written with its weekday (« ont lieu jeudi 25 juillet »): that day or
    one to come, most often the publication day itself. Not a time further down, where a present is as often a
    verb the parse did not find (an infinitive, an apposition), nor a day that only dates a report or names an
    event (« l'attaque de samedi »)."""
    named = e.family == "weekday" or (e.family in DATED_FAMILIES and bool(e.fields.get("wd")))
    return named and e.sentence == lede and not (e.fields.get("said") or e.fields.get("of"))


# a time in the present weighs more than one in another tense: it is the day of the story's own news
PRESENT_WEIGHT = 2


def _cost(day: date, terms: list[_Term]) -> int | None:
    """How far from the publication ``day`` the text's times are; None when a time rules ``day`` out.

    A bare weekday in the lede is the day of the story's news (« ont défilé jeudi »): then a dated day further
    back (« mort le 19 juillet ») only bounds the publication, it does not draw it back to itself."""
    cost = 0
    news_weekday = any(t.in_lede and t.weekday is not None and t.dated is None and t.side != "future"
                       for t in terms)
    # (not a day written with its weekday, « a rencontré mercredi 13 septembre »: a day of the week of the news too,
    # which the publication follows closely)
    for term in terms:
        if term.side == "present":
            ahead = _days_ahead(day, term)
            if ahead is None:
                return None
            cost += PRESENT_WEIGHT * ahead
        elif term.dated is not None:
            if (term.dated > day) if term.side == "past" else (term.dated <= day):
                return None
            background = news_weekday and term.side == "past" and not term.named_weekday
            cost += 0 if background else abs((day - term.dated).days)
        elif term.side == "past":
            cost += (day.weekday() - (term.weekday or 0)) % 7
        else:  # a future weekday read as strictly after the day here: the same-day reading is the rarer one
            cost += ((term.weekday or 0) - day.weekday()) % 7 or 7
    return cost


def _days_ahead(day: date, term: _Term) -> int | None:
    """How many days after the publication ``day`` a time in the present is (0: that day); None when it is before."""
    if term.dated is not None:
        return None if term.dated < day else (term.dated - day).days
    return ((term.weekday or 0) - day.weekday()) % 7


def _apposition(found: list[tuple[Expression, str]], anchor: Anchor) -> list[tuple[str, Callable[[date], bool]]]:
    """``hier jeudi``, ``aujourd'hui, vendredi 15 septembre``: the deictic pins the publication day."""
    rules: list[tuple[str, Callable[[date], bool]]] = []
    for (a, _ta), (b, tense_b) in itertools.pairwise(found):
        word = (a.fields.get("word") or "").lower()
        if a.family != "deictic" or word not in DEICTIC_SHIFT or b.start - a.end > 2:  # a space or ", "
            continue
        shift, dated, said = DEICTIC_SHIFT[word], _dated(b, anchor, tense_b), f"« {a.text} {b.text} »"
        if dated is not None:
            rules.append((said, lambda day, d=dated, s=shift: day + timedelta(days=s) == d))
        elif b.family == "weekday" and not b.fields.get("rel"):
            target = weekday_index(b.fields["wd"] or "")
            rules.append((said, lambda day, t=target, s=shift: (day + timedelta(days=s)).weekday() == t))
    return rules


# days in a count of « il y a ... » / « dans ... » that puts a date at an exact distance from the publication day
DAYS_IN_UNIT = {"jour": 1, "jours": 1, "semaine": 7, "semaines": 7}
INEXACT = re.compile(r"\b(?:plus|moins|près|environ|presque|quelques|plusieurs)\b", re.IGNORECASE)


def _counted_to_date(found: list[tuple[Expression, str]], anchor: Anchor) -> list[tuple[str, Callable[[date], bool]]]:
    """``le 3 mars, il y a dix jours``, ``jeudi 20 mars, dans une semaine``: a date written next to a count from the
    publication day pins it (the date less the count, or plus it); a bare weekday (« lundi, il y a trois jours »)
    pins the day of the week it is on."""
    rules: list[tuple[str, Callable[[date], bool]]] = []
    for (a, _ta), (b, _tb) in itertools.pairwise(found):
        if b.start - a.end > 2:  # a space or ", "
            continue
        for dated_e, count_e in ((a, b), (b, a)):
            days = _exact_days(count_e)
            if days is None:
                continue
            said = f"« {a.text} {b.text} »"
            dated, weekday = _dated(dated_e, anchor, "past" if days < 0 else "future"), _weekday_term(dated_e)
            if dated is not None:
                rules.append((said, lambda day, d=dated, n=days: day + timedelta(days=n) == d))
            elif weekday is not None:
                rules.append((said, lambda day, w=weekday, n=days: (day + timedelta(days=n)).weekday() == w))
    return rules


def _exact_days(e: Expression) -> int | None:
    """How many days an exact « il y a N jours » (negative) or « dans N jours » (positive) counts, else None."""
    if e.family not in ("ago", "later") or e.fields.get("qual") or e.fields.get("limit") or INEXACT.search(e.text):
        return None
    count, per_unit = parse_number(e.fields.get("n") or ""), DAYS_IN_UNIT.get((e.fields.get("unit") or "").lower())
    if count is None or per_unit is None:
        return None
    return count * per_unit * (-1 if e.family == "ago" else 1)


def _relative_period(e: Expression) -> bool:
    """A period counted from the publication day by its own words: ``la semaine prochaine``, ``le mois dernier``,
    ``lundi prochain``."""
    return e.family in ("week", "relative") or (e.family == "weekday" and bool(e.fields.get("rel")))


def _restatements(found: list[tuple[Expression, str]]) -> Iterator[tuple[tuple[Expression, str], Expression]]:
    """A relative period and the date set beside it that says which day of it is meant (« la semaine prochaine, le
    17 juin », « le 3 mai, le mois dernier »)."""
    for a, b in itertools.pairwise(found):
        if b[0].start - a[0].end > 2 or a[0].sentence != b[0].sentence:  # a space or ", " in one sentence
            continue
        for (period, tense), dated in ((a, b[0]), (b, a[0])):
            if _relative_period(period) and dated.family in DATED_FAMILIES and not dated.fields.get("of"):
                yield (period, tense), dated


def _restated_tenses(found: list[tuple[Expression, str]]) -> dict[int, str]:
    """The date restating a relative period takes the period's side (« qui devait débuter la semaine prochaine,
    le 17 juin »: the imperfect does not make the 17th past), by the start of the date."""
    return {dated.start: orientation(period, tense) for (period, tense), dated in _restatements(found)}


def _restated_period(found: list[tuple[Expression, str]],
                     anchor: Anchor) -> list[tuple[str, Callable[[date], bool]]]:
    """``la semaine prochaine, le 17 juin``: the publication day is one whose next week holds the 17th."""
    rules: list[tuple[str, Callable[[date], bool]]] = []
    for (period, tense), dated_e in _restatements(found):
        side = orientation(period, tense)
        dated = _dated(dated_e, anchor, side)
        if dated is not None:
            said = f"« {period.text} », « {dated_e.text} »"
            rules.append((said, lambda day, p=period, t=side, d=dated: _holds(p, t, day, d)))
    return rules


def _holds(period: Expression, tense: str, day: date, dated: date) -> bool:
    """Whether the period ``period`` names, counted from the publication ``day``, holds the day ``dated``."""
    anchor = Anchor(day.year, day.month, day)
    if period.family == "week":
        first, last, _step = week_period(period, anchor, tense)
        return first <= dated <= last
    value = resolve_relative_date(period, anchor, tense).value
    return value is not None and dated.isoformat().startswith(value)


def _this_weekday(found: list[tuple[Expression, str]]) -> list[tuple[str, Callable[[date], bool]]]:
    """``Le président reçoit ce lundi``, ``a annoncé ce mardi``: « ce » + a weekday, in the present or the past,
    is the publication day (in the future, « se rendra ce jeudi », it is a day of the week to come)."""
    rules: list[tuple[str, Callable[[date], bool]]] = []
    for e, tense in found:
        if e.family == "weekday" and e.fields.get("this") and not e.fields.get("rel") and tense != "future":
            target = weekday_index(e.fields["wd"] or "")
            rules.append((f"« {e.text} »", lambda day, t=target: day.weekday() == t))
    return rules


def infer_publication(expressions: list[tuple[Expression, str]], anchor: Anchor,
                      counted: Mapping[int, date] | None = None) -> Inference | None:
    """The publication day, when the file gives only the month (or year) and the text pins it down.

    Past dated days and weekdays bound it from below (it appeared on or after them), future ones from above;
    a deictic next to a date or weekday fixes it. Of the days left, the one the text's times are closest to
    is taken, when it is the only one (weekdays alone leave every week open, so they never decide alone).
    """
    if anchor.day is not None:
        return None
    pinned = _pins(expressions, anchor)
    terms = _terms(expressions, anchor, counted)
    sides = {t.side for t in terms}
    two_sided = "past" in sides and bool(sides & {"future", "present"})
    if not pinned and not two_sided and not _news_of_the_week(terms):
        return None
    named = _named_days(expressions, anchor)
    days = _closest_days(anchor, terms, pinned, named.values())
    if len(days) != 1:
        return None
    note = _inference_note(days[0], terms, [said for said, _rule in pinned], anchor)
    if len(_closest_days(anchor, terms, pinned)) > 1:
        note += (" Several weeks fit those times alike: the one nearest the dates the text names ("
                 + ", ".join(f"« {text} »" for text in named) + ") is taken.")
    if pinned or two_sided:
        return Inference(days[0].isoformat(), "day", "weekday-anchors", note)
    return Inference(days[0].isoformat(), "day", "latest-day-reported",
                     note + " No later day is named: a news story appears on the day of the latest news it reports.")


def publication_days(expressions: list[tuple[Expression, str]], anchor: Anchor,
                     counted: Mapping[int, date] | None = None) -> list[date]:
    """The days the article may have appeared on, as far as its times tell: those of the publication period its
    times fit best (every day of it when they say nothing). When the day is not inferred, a time counted from
    it is given the finest precision that holds on all of them."""
    if anchor.day is not None:
        return [anchor.day]
    pinned = _pins(expressions, anchor)
    terms = _terms(expressions, anchor, counted)
    named = _named_days(expressions, anchor).values()
    return _closest_days(anchor, terms, pinned, named) or _closest_days(anchor, [], [])


def _pins(expressions: list[tuple[Expression, str]], anchor: Anchor) -> list[tuple[str, Callable[[date], bool]]]:
    """What names the publication day outright: a deictic, a count or a relative period next to a date, « ce
    lundi »."""
    return (_apposition(expressions, anchor) + _counted_to_date(expressions, anchor)
            + _this_weekday(expressions) + _restated_period(expressions, anchor))


def _news_of_the_week(terms: list[_Term]) -> bool:
    """Only past times, but one a day of this week: a dated day written with its weekday (« reçu lundi 22
    juillet »), or a dated day with bare weekdays beside it. Then the story appeared on the latest of them."""
    if any(t.side == "present" and t.dated for t in terms):
        return not any(t.side == "future" for t in terms)  # « ont lieu jeudi 25 juillet »: the day of the news
    if any(t.side != "past" for t in terms):
        return False
    dated = [t for t in terms if t.dated is not None]
    return any(t.named_weekday for t in dated) or (bool(dated) and any(t.dated is None for t in terms))


def _closest_days(anchor: Anchor, terms: list[_Term], pinned: list[tuple[str, Callable[[date], bool]]],
                  named: Iterable[date] = ()) -> list[date]:
    """The days of the publication period no time rules out, the text's times closest to them."""
    lo, hi = anchor.period()
    costs: dict[date, tuple[int, int, int]] = {}
    for offset in range((hi - lo).days + 1):
        day = lo + timedelta(days=offset)
        cost = _cost(day, terms)
        if cost is not None and all(rule(day) for _said, rule in pinned):
            # on a tie, the day nearest the past times: a story appears on the day of the latest news it reports;
            # then the day nearest every date the text names, whatever its tense: weekdays fit every week alike,
            # and a story names the dates near it (« intervient ... après l'essai, le 31 octobre »)
            costs[day] = (cost, _cost(day, [t for t in terms if t.side == "past"]) or 0,
                          sum(abs((day - d).days) for d in named))
    best = min(costs.values(), default=None)
    return [d for d, c in costs.items() if c == best]


def _named_days(expressions: list[tuple[Expression, str]], anchor: Anchor) -> dict[str, date]:
    """Every day the text dates (not one that names an event, « le sommet du 25 juillet »), whatever its tense."""
    found = ((e.text, _dated(e, anchor, orientation(e, tense))) for e, tense in expressions)
    return {text: day for text, day in found if day is not None}


SIDE_WORDS = {"past": "on or after", "present": "on or before", "future": "before"}


def _inference_note(day: date, terms: list[_Term], pinned: list[str], anchor: Anchor) -> str:
    said = [f"« {t.text} » is {t.side}, so the article appeared "
            f"{SIDE_WORDS[t.side]} {'it' if t.dated else 'that day of the week'}"
            for t in terms]
    said += [f"{p} names the publication day" for p in pinned]
    return (f"The file gives {anchor.month_value}. " + "; ".join(dict.fromkeys(said)) +
            f". The day that fits, closest to what the text reports: {WEEKDAYS[day.weekday()]} {day:%Y-%m-%d}.")


def infer_publication_day(expressions: list[tuple[Expression, str]], anchor: Anchor) -> tuple[date, str] | None:
    """``infer_publication`` as (day, note), for callers that record the rule themselves."""
    inferred = infer_publication(expressions, anchor)
    return None if inferred is None else (inferred.day, inferred.note)
