"""Times the story anchors itself: ``la veille``, ``le lendemain``, parts of a day, ``un mois après la visite``,
``à la veille du sommet``; and the whole normalisation step for one article (``normalise_times``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsld.extract.publication_day import infer_publication, publication_days
from newsld.extract.time_grammar import (
    DATED_FAMILIES,
    DEICTIC_SHIFT,
    WEEKDAYS,
    Anchor,
    Expression,
    Inference,
    Resolved,
    add_months,
    find_expressions,
    is_bounded,
    month_end,
    orientation,
    parse_number,
    resolve_relative_date,
    span,
    unit_of,
    weekday_index,
)

# --- times counted from the story's own days ---------------------------------------------------------------------

EVENT_DAY_SHIFT = {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2, "le jour même": 0,
                   "le même jour": 0}
NOUN_UNIT = {"l'année": "year", "le mois": "month", "la semaine": "week"}
# « cette année-là », « ce jour-là »: the same unit as the story's last time
THAT_UNIT = {"cette année-là": "year", "ce mois-là": "month", "cette semaine-là": "week", "ce jour-là": "day",
             "la même année": "year", "le même mois": "month", "la même semaine": "week"}


def _base(resolved: list[Resolved], precisions: tuple[str, ...], latest: bool = False) -> Resolved | None:
    """The last time before this one that has a value of one of these precisions: the story's current time
    (with ``latest``, the last time with a value, when it is of one of these precisions)."""
    valued = [r for r in resolved if r.value and (latest or r.precision in precisions)]
    return valued[-1] if valued and valued[-1].precision in precisions else None


def _moved(base: Resolved, count: int, unit: str, rule: str) -> Resolved:
    value = base.value or ""
    if unit == "year":
        return Resolved(f"{int(value[:4]) + count:04d}", "year", rule, f"counted from {value}")
    if unit == "month" and base.precision in ("day", "month"):
        year, month = add_months(int(value[:4]), int(value[5:7]), count)
        return Resolved(f"{year:04d}-{month:02d}", "month", rule, f"counted from {value}")
    if base.precision != "day" or unit not in ("day", "week"):
        return Resolved(None, "vague", rule, f"counted from {value}, which is not a day")
    day = date.fromisoformat(value)
    if unit == "day":
        return Resolved((day + timedelta(days=count)).isoformat(), "day", rule, f"counted from {value}")
    middle = day + timedelta(days=7 * count)
    return span(middle - timedelta(days=3), middle + timedelta(days=3), rule, f"about a week from {value}")


LOOK_BACK_RULE = "relative-to-event-before"
COUNTED_RULE = "counted-from-event"
COUNTED_FORWARD_RULE = "counted-from-told-event"
ANNIVERSARY_RULE = "anniversary"
# times that date the noun after them (« un mois après la visite », « les 70 ans de l'indépendance »), not their clause
YEAR_OF_NOUN_RULE = "year-of-noun"
NOUN_DATING_RULES = (COUNTED_RULE, ANNIVERSARY_RULE, YEAR_OF_NOUN_RULE)
# times of another event than the story's current one: they never become the day later times count from
ASIDE_RULES = (LOOK_BACK_RULE, *NOUN_DATING_RULES)
ANCHORED = ("relative-to-event", "eve-of-event", "counted-from-event")
EVE_SHIFT = {"veille": -1, "avant-veille": -2, "lendemain": 1, "surlendemain": 2}


@dataclass
class _Story:
    """An article's times while they are anchored: the expressions, what each says alone, what is settled."""

    expressions: list[tuple[Expression, str]]
    alone: list[Resolved]
    anchor: Anchor
    out: list[Resolved] = field(default_factory=list)

    def last_told_day(self, i: int) -> Resolved | None:
        """The last day named before time ``i``, whatever it dates (a look back too), but not a noun's own date."""
        for j in range(i - 1, -1, -1):
            r = self.out[j]
            if r.value and r.precision == "day" and r.rule not in NOUN_DATING_RULES:
                return r
        return None

    def last_day(self, i: int) -> Resolved | None:
        """The story's day before time ``i``: the last day named (a look back or a time counted from another
        event is not one), skipping a month or year of an earlier sentence (« signé en juin ») but not one of
        ``i``'s own; a day that only dates a report (« a rapporté jeudi ») gives way to an event's day named
        before it in its sentence."""
        here = self.expressions[i][0].sentence
        for j in range(i - 1, -1, -1):
            r, e = self.out[j], self.expressions[j][0]
            if not r.value or r.rule in ASIDE_RULES or self.detail_elsewhere(j, i):
                continue
            if r.precision == "day":
                return self._event_day_before(j) if e.fields.get("said") else r
            if e.sentence == here:
                return None
        return None

    def detail_elsewhere(self, j: int, i: int) -> bool:
        """Whether time ``j`` dates a detail of a noun (« X, mort le 19 juillet, ») in another sentence than time
        ``i``: it is not the story's current day there (in its own sentence it may be: « mort le 19 juillet et
        inhumé le lendemain »)."""
        e = self.expressions[j][0]
        return bool(e.fields.get("aside")) and e.sentence != self.expressions[i][0].sentence

    def _event_day_before(self, j: int) -> Resolved:
        sentence = self.expressions[j][0].sentence
        for k in range(j - 1, -1, -1):
            e, r = self.expressions[k][0], self.out[k]
            if e.sentence != sentence:
                break
            if r.precision == "day" and r.value and r.rule not in ASIDE_RULES and not e.fields.get("said"):
                return r
        return self.out[j]

    def clause_day(self, i: int) -> Resolved | None:
        """The day of the clause time ``i`` is an adjunct of: the last day named before it in its sentence; when
        it opens the sentence (« Au lendemain de l'élection, le président a reçu dimanche »), the first after it
        (elsewhere a day after it may be the named event's own, « ... après l'attaque, survenue le 28 mai »);
        else, in the present, the publication day."""
        e, tense = self.expressions[i]
        before = [self.out[j] for j in range(i)
                  if self.expressions[j][0].sentence == e.sentence and self._plain_day(self.out[j])]
        if before:
            return before[-1]
        if e.fields.get("fronted"):
            after = (self.alone[j] for j in range(i + 1, len(self.expressions))
                     if self.expressions[j][0].sentence == e.sentence and self.expressions[j][0].family not in ANCHORED)
            return next((r for r in after if self._plain_day(r)), None)
        if tense == "present" and self.anchor.day is not None:
            return Resolved(self.anchor.day.isoformat(), "day", "publication-day")
        return None

    @staticmethod
    def _plain_day(r: Resolved) -> bool:
        return r.precision == "day" and bool(r.value) and r.rule not in ASIDE_RULES


def _from_event(story: _Story, i: int) -> Resolved | None:
    """``la veille``, ``le lendemain``, ``trois jours plus tard``, ``l'année suivante``: from the story's last time."""
    e = story.expressions[i][0]
    words = re.sub(r"\s+", " ", e.text.lower().replace("’", "'"))
    if words in EVENT_DAY_SHIFT:
        count, unit = EVENT_DAY_SHIFT[words], "day"
    elif words in THAT_UNIT:
        count, unit = 0, THAT_UNIT[words]
    elif e.fields.get("unit"):
        number = parse_number(e.fields.get("n") or "")
        if number is None:
            return None
        count, unit = number * (1 if "tard" in words else -1), unit_of(e.fields["unit"] or "")
    else:
        noun, _, direction = words.rpartition(" ")
        count, unit = (1 if direction.startswith("suivant") else -1), NOUN_UNIT[noun]
    # A look back (« La veille ») does not move the story's time; a step forward does. So in « mercredi ...
    # La veille, ... Le lendemain, ... » both count from Wednesday, and in « Le lendemain ... Trois jours plus
    # tard » the second counts from the first.
    if unit == "day" and count == 0:
        # « qui a refusé la veille ..., le jour même où ... »: the very day last told, a look back included
        base = story.last_told_day(i)
    elif unit in ("day", "week"):
        base = story.last_day(i)
    elif count == 0:  # « la même année »: the year last written, whatever it dates (« le traité de 1967 »)
        base = _base(story.out, ("day", "month", "year"), latest=True)
    else:
        base = _base([r for r in story.out if r.rule not in ASIDE_RULES], ("day", "month", "year"), latest=True)
    return None if base is None else _moved(base, count, unit, LOOK_BACK_RULE if count < 0 else "relative-to-event")


def _counted_back(story: _Story, i: int) -> Resolved | None:
    """``un mois après la visite de X``: the visit's time, a month before the day of the clause (``avant``: after)."""
    e = story.expressions[i][0]
    number = None if is_bounded(e) else parse_number(e.fields.get("n") or "")
    clause = story.clause_day(i)
    base = clause or _base([r for r in story.out if r.rule not in ASIDE_RULES], ("day", "month", "year"), latest=True)
    if base is not None and base.precision == "day" and unit_of(e.fields.get("unit") or "") in ("hour", "minute") and (
            number is None or number < 12):
        # « quelques heures avant le raid »: a few hours from a day stay on it (a night's edge aside)
        return Resolved(base.value, "day", COUNTED_RULE, f"a few hours from {base.value}: the same day")
    if number is None or base is None:
        return None
    sign = -1 if (e.fields.get("dir") or "").lower() == "après" else 1
    if e.fields.get("half"):
        return _counted_half(e, base, sign, number)
    if clause is not None and e.fields.get("anaphor") and _told_on(story, i, clause, number):
        # « doit être inhumé vendredi, une semaine après sa mort »: the death is one already told (« sa »), on the
        # day named where it was told; the phrase only restates the clause's own day
        return Resolved(clause.value, "day", COUNTED_FORWARD_RULE,
                        f"the day of its clause ({clause.value}), counted from an event already told")
    if clause is None and e.fields.get("anaphor") and base.precision == "day":
        # « Il est mort le 2 mars. Une semaine après sa mort, ... »: the event is one already told, dated by the last
        # day named; the time is its clause's, counted forward from it
        unit = unit_of(e.fields["unit"] or "")
        days = number * 7 if unit == "week" else number  # a week from a known day is a day, not the week around it
        return _moved(base, -sign * days, "day" if unit == "week" else unit, COUNTED_FORWARD_RULE)
    return _moved(base, sign * number, unit_of(e.fields["unit"] or ""), COUNTED_RULE)


DAYS_IN = {"day": 1, "week": 7}


def _counted_half(e: Expression, base: Resolved, sign: int, number: int) -> Resolved:
    """``un mois et demi après la visite``: the visit about a month and a half before the day of the clause (after,
    with ``avant``); only the month it falls in is said (half a month is not counted to the day)."""
    if unit_of(e.fields.get("unit") or "") != "month" or base.precision != "day" or not base.value:
        return Resolved(None, "vague", COUNTED_RULE,
                        "a count and a half of a unit other than the month, or from no day")
    day = date.fromisoformat(base.value)
    year, month = add_months(day.year, day.month, sign * number)
    moved = date(year, month, min(day.day, month_end(year, month).day)) + timedelta(days=15 * sign)
    return Resolved(f"{moved.year:04d}-{moved.month:02d}", "month", COUNTED_RULE,
                    f"{number} and a half months {'before' if sign < 0 else 'after'} {base.value}: about "
                    f"{moved:%Y-%m-%d}, so its month")


def _told_on(story: _Story, i: int, clause: Resolved, number: int) -> bool:
    """Whether the event ``un mois après sa mort`` counts from was told on a day named earlier: the clause's day less
    the count (after; plus it, before) is a day the story has named (« mort le 19 juillet ... vendredi 26, une
    semaine après sa mort »). Else « sa visite » is a new event, dated by the count."""
    e = story.expressions[i][0]
    days = DAYS_IN.get(unit_of(e.fields.get("unit") or ""))
    if days is None or not clause.value:
        return False
    sign = -1 if (e.fields.get("dir") or "").lower() == "après" else 1
    told = (date.fromisoformat(clause.value) + timedelta(days=sign * number * days)).isoformat()
    return any(r.value == told and r.precision == "day" for r in story.out[:i])


def _eve_of(story: _Story, i: int, tense: str) -> Resolved | None:
    """``à la veille du sommet``, ``au lendemain d'un appel``: the day of the clause they date (the eve or the morrow
    of that event); ``la veille du 14 juillet``: the day before the date named."""
    e = story.expressions[i][0]
    said = (e.fields.get("word") or e.fields.get("word2") or "").lower()
    shift = EVE_SHIFT.get(re.split(r"[\s']+", said)[-1], 0)
    for inner in find_expressions(e.fields.get("np") or ""):
        named = resolve_relative_date(inner, story.anchor, tense)
        if named.precision == "day" and named.value:
            day = date.fromisoformat(named.value) + timedelta(days=shift)
            return Resolved(day.isoformat(), "day", "eve-of-date", f"{shift:+d} day from {named.value}")
    base = story.clause_day(i)
    if base is None:
        return _eve_of_told(story, i, shift)
    return Resolved(base.value, "day", "eve-of-event",
                    f"the day of its clause ({base.value}), {'before' if shift < 0 else 'after'} the event it names")


def _eve_of_told(story: _Story, i: int, shift: int) -> Resolved | None:
    """``La veille du vote, les syndicats manifesteront`` with no day in its clause: the event is one the story has
    dated (« Le vote est prévu samedi »), its last day named; the time is its eve (or its morrow)."""
    told = story.last_day(i)
    if told is None or not told.value:
        return None
    day = date.fromisoformat(told.value) + timedelta(days=shift)
    return Resolved(day.isoformat(), "day", "eve-of-told-event",
                    f"{shift:+d} day from {told.value}, the day last named")


def resolve_in_context(expressions: list[tuple[Expression, str]], anchor: Anchor) -> list[Resolved]:
    """Every expression of an article, in order, as ``resolve_relative_date`` gives it, except those the story
    itself anchors: a part of the day or an hour is on the last day named before it (``mercredi ... dans la
    matinée``); ``la veille``, ``le lendemain``, ``deux jours plus tard`` count from it; ``un mois après la
    visite`` counts back from its clause's day, and ``à la veille du sommet`` is that day."""
    story = _Story(expressions, [resolve_relative_date(e, anchor, tense) for e, tense in expressions], anchor)
    for i, (e, tense) in enumerate(expressions):
        resolved = story.alone[i]
        base = _part_base(story, i, orientation(e, tense))
        if e.family in ("part-of-day", "clock") and base is not None:
            resolved = _on_day_named(story, i, base, resolved.rule)
        elif e.family == "relative-to-event":
            resolved = _from_event(story, i) or resolved
        elif e.family == "counted-from-event":
            resolved = _counted_back(story, i) or resolved
        elif e.family == "eve-of-event":
            resolved = _eve_of(story, i, orientation(e, tense)) or resolved
        elif e.family == "deictic" and e.fields.get("quoted"):
            resolved = _said_on(story, i) or resolved
        elif e.family == "weekday" and e.fields.get("quoted") and not e.fields.get("limit"):
            resolved = _weekday_said_on(story, i, tense) or resolved
        if e.fields.get("range_end"):
            resolved = _range_end(story, i) or resolved
        elif e.fields.get("sequel"):
            resolved = _next_step(story, i, resolved) or resolved
        story.out.append(resolved)
    return story.out


def _said_on(story: _Story, i: int) -> Resolved | None:
    """« aujourd'hui », « hier », « demain » in a quote: counted from the day the quote was said. That is the day named
    right after the quote in its sentence (« « Nous signerons demain », a déclaré lundi le ministre »: Tuesday), or,
    for a quote told in the pluperfect (« », avait-il écrit »), the last day named before it. Else (« », a-t-il dit »)
    the day of writing, as outside a quote."""
    e = story.expressions[i][0]
    shift = DEICTIC_SHIFT.get(re.sub(r"\s+", " ", (e.fields.get("word") or "").lower()))
    said = None if shift is None else _said_day(story, i)
    if shift is None or said is None or not said.value:
        return None
    day = date.fromisoformat(said.value) + timedelta(days=shift)
    return Resolved(day.isoformat(), "day", "deictic-of-quote",
                    f"{shift:+d} day from {said.value}, the day the quote was said")


def _weekday_said_on(story: _Story, i: int, tense: str) -> Resolved | None:
    """A weekday in a quote (« « Je suis arrivé lundi et je repartirai vendredi », a déclaré mercredi 20 septembre le
    ministre »): the speaker's week, counted from the day the quote was said (as ``_said_on`` finds it), in the tense
    of the quote's own verb; else (no day named for the saying) as outside a quote."""
    e = story.expressions[i][0]
    said = _said_day(story, i)
    if said is None or not said.value or said.precision != "day":
        return None
    spoken = date.fromisoformat(said.value)
    r = resolve_relative_date(e, Anchor(spoken.year, spoken.month, spoken), tense)
    if r.precision != "day":
        return None
    return Resolved(r.value, "day", "weekday-of-quote",
                    f"the {e.fields.get('wd')} {'after' if r.value and r.value > said.value else 'of or before'} "
                    f"{said.value}, the day the quote was said ({r.rule})")


def _said_day(story: _Story, i: int) -> Resolved | None:
    """The day the quote time ``i`` is in was said: the first day named after the quote in its sentence, or for a
    quote told in the pluperfect the last day named before it."""
    e = story.expressions[i][0]
    end = int(e.fields.get("quote_end") or 0)
    after = (story.alone[j] for j in range(i + 1, len(story.expressions))
             if story.expressions[j][0].sentence == e.sentence and story.expressions[j][0].start > end
             and story.expressions[j][0].family not in ANCHORED)
    said = next((r for r in after if story._plain_day(r)), None)
    if said is None and e.fields.get("quoted") == "pluperfect":
        # a pluperfect steps back from the story's day: to the last day named, even one that dates a detail of a
        # noun (« Zelensky, arrivé samedi, ... « ... aujourd'hui », avait-il écrit à son arrivée »)
        said = next((r for r in reversed(story.out) if story._plain_day(r)), None)
    return said


def _range_end(story: _Story, i: int) -> Resolved | None:
    """The last day of a range of weekdays (« de vendredi à dimanche », « depuis ... dimanche jusqu'à ... mardi soir »):
    the first such weekday after the range's first day, so both ends read in the tense of the first (a verb far from
    the last day, or none, would otherwise send it to the wrong week)."""
    first = story.out[i - 1] if i else None
    if first is None or first.precision != "day" or not first.value:
        return None
    start = date.fromisoformat(first.value)
    target = weekday_index(story.expressions[i][0].fields.get("wd") or "")
    end = start + timedelta(days=(target - start.weekday() - 1) % 7 + 1)
    return Resolved(end.isoformat(), "day", "weekday-range-end",
                    f"the first {WEEKDAYS[target]} after {first.value}, the first day of the range")


def _next_step(story: _Story, i: int, alone: Resolved) -> Resolved | None:
    """The next step of a plan told in order (« se rendra en Serbie mardi, puis en Hongrie jeudi », written on a
    Wednesday): a future weekday read alone may fall before the step before it (tomorrow's Thursday, before next
    Tuesday); it is the first such weekday after that step. A past one, or one already after, stays as it is."""
    before = story.out[i - 1] if i else None
    if before is None or before.precision != "day" or not before.value or alone.precision != "day" or not alone.value:
        return None
    if not alone.rule.startswith(("weekday-future", "weekday-today")) or alone.value > before.value:
        return None
    start = date.fromisoformat(before.value)
    target = weekday_index(story.expressions[i][0].fields.get("wd") or "")
    day = start + timedelta(days=(target - start.weekday() - 1) % 7 + 1)
    return Resolved(day.isoformat(), "day", "weekday-next-step",
                    f"the first {WEEKDAYS[target]} after {before.value}, the step of the plan told before it")


EVENING = re.compile(r"\bsoir(?:ée)?\b", re.IGNORECASE)
# « en début / en milieu / en fin de journée » (or of the morning, afternoon, evening), « à la mi-journée » after a
# negation: the state of things on the day the story is written (« Le Kremlin n'avait pas réagi en milieu de
# journée »), not on a day the story recalls (« En fin de journée, il a rencontré les négociateurs » goes on with
# the day last named)
WRITERS_DAY = re.compile(r"^(?:en|au|à\s+la)\s+(?:(?:début|milieu|fin)\s+d[e']\s*(?:la\s+|l')?"
                         r"(?:journée|matinée|après-midi|soirée)|mi-journée)$", re.IGNORECASE)


def _writers_day(story: _Story, i: int) -> bool:
    e = story.expressions[i][0]
    if not (e.fields.get("negated") and WRITERS_DAY.match(re.sub(r"\s+", " ", e.text))):
        return False
    return not _day_before_in_sentence(story, i)


def _day_before_in_sentence(story: _Story, i: int) -> bool:
    """Whether a day (not a look back) is named before time ``i`` in its sentence."""
    sentence = story.expressions[i][0].sentence
    return any(story.expressions[j][0].sentence == sentence and story._plain_day(story.out[j]) for j in range(i))


def _on_day_named(story: _Story, i: int, base: Resolved, rule: str) -> Resolved:
    """A part of the day or an hour on the last day named; ``dans la nuit`` right after an evening (« lundi soir ...
    Dans la nuit ») is the night that follows it, so the next day (as ``la nuit de lundi à mardi`` is Tuesday)."""
    e = story.expressions[i][0]
    evening = _evening_named_last(story, i) if (e.fields.get("part") or "").lower() == "nuit" else None
    if evening is not None:
        day = date.fromisoformat(evening.value or "") + timedelta(days=1)
        return Resolved(day.isoformat(), "day", "night-after-evening",
                        f"the night after the evening of {evening.value}")
    return Resolved(base.value, "day", rule, f"on the last day named before it, {base.value}")


def _evening_named_last(story: _Story, i: int) -> Resolved | None:
    """The last day named before time ``i`` when it was an evening (« mardi soir », « dans la soirée »), else None."""
    for j in range(i - 1, -1, -1):
        r = story.out[j]
        # a look back (« la veille ») recalls another day: the night follows the evening the story last named
        if r.value and r.precision == "day" and r.rule != LOOK_BACK_RULE:
            return r if EVENING.search(story.expressions[j][0].text) else None
    return None


def _due_that_day(story: _Story, i: int) -> bool:
    """A bare part of the day right after « devait » + an infinitive (« devait assister dans la soirée »), with no day
    before it in its sentence: what was due on the day the story was written, not on a day it named earlier."""
    e = story.expressions[i][0]
    return e.family == "part-of-day" and bool(e.fields.get("prospective")) and not _day_before_in_sentence(story, i)


def _part_base(story: _Story, i: int, tense: str) -> Resolved | None:
    """The day a part of the day or an hour is on: the last day named (not a detail of a noun in another sentence,
    « X, mort le 19 juillet, »), unless it is on the other side of publication than its tense (« doit arriver
    jeudi. Les deux hommes ont dîné dans la soirée »: this evening, not Thursday's). A frame of the writer's day
    (« n'avait pas réagi en fin de journée ») with no day before it in its sentence is the publication day."""
    if _writers_day(story, i) or _due_that_day(story, i):
        return None
    base = _base([r for j, r in enumerate(story.out) if not story.detail_elsewhere(j, i)], ("day",))
    day = story.anchor.day
    if base is None or day is None or not base.value:
        return base
    named = date.fromisoformat(base.value)
    wrong_side = (tense == "past" and named > day) or (tense == "future" and named < day)
    return None if wrong_side else base


def normalise_times(expressions: list[tuple[Expression, str]],
                    anchor: Anchor) -> tuple[Inference | None, list[Resolved]]:
    """The whole step for one article: the publication day the text fixes (if any), then every time against it."""
    resolved = resolve_in_context(expressions, anchor)
    counted = _counted_from_dates(expressions, resolved) if anchor.day is None else {}
    inferred = infer_publication(expressions, anchor, counted)
    if inferred is not None:  # the times again, against the day found
        anchor = Anchor(inferred.day.year, inferred.day.month, inferred.day)
        resolved = resolve_in_context(expressions, anchor)
    if inferred is None and anchor.day is None:
        resolved = _on_every_possible_day(expressions, resolved, publication_days(expressions, anchor, counted))
    return inferred, resolved


def _counted_from_dates(expressions: list[tuple[Expression, str]], resolved: list[Resolved]) -> dict[int, date]:
    """The days of times counted from another event (``le lendemain``, ``la veille``) that come to a day before the
    publication day is known (``resolved``: the times against the publication period): those right after a date
    written out (« le 10 juin ... Le lendemain »), by start. (A weekday between them would be the day counted from,
    and it is not known yet.)"""
    return {e.start: date.fromisoformat(r.value or "")
            for i, ((e, _tense), r) in enumerate(zip(expressions, resolved, strict=True))
            if e.family in ANCHORED and r.precision == "day" and r.value and i
            and expressions[i - 1][0].family in DATED_FAMILIES and resolved[i - 1].precision == "day"}


UNKNOWN_DAY = "-publication-month"  # the suffix of the rules of times counted from a publication day not known
# families whose value moves with the publication day (a week, « il y a trois jours »)
COUNTED_FROM_PUBLICATION = ("week", "ago", "later")


def _on_every_possible_day(expressions: list[tuple[Expression, str]], resolved: list[Resolved],
                           days: list[date]) -> list[Resolved]:
    """A time counted from a publication day the text does not fix (``samedi``, ``hier``, ``la semaine
    prochaine``): its value on each day the article may have appeared on, to the finest precision true of all
    (the month when they all fall in it)."""
    out = []
    for (e, tense), r in zip(expressions, resolved, strict=True):
        moves = r.rule.endswith(UNKNOWN_DAY) or e.family in COUNTED_FROM_PUBLICATION
        if moves and days and r.precision != "day":
            r = _enclosing_reading(e, tense, days) or r
        out.append(r)
    return out


def _enclosing_reading(e: Expression, tense: str, days: list[date]) -> Resolved | None:
    readings = [resolve_relative_date(e, Anchor(d.year, d.month, d), tense) for d in days]
    if not all(x.value for x in readings):
        return None
    ranges = [_period(x) for x in readings]
    first, last = min(a for a, _b in ranges), max(b for _a, b in ranges)
    rule = readings[0].rule if len({x.rule for x in readings}) == 1 else e.family
    return span(first, last, rule + "-unknown-day", f"the publication day is not known: {len(days)} days fit the "
                f"text, from {days[0]:%Y-%m-%d} to {days[-1]:%Y-%m-%d}; this holds on every one")


def _period(r: Resolved) -> tuple[date, date]:
    """The first and last day a value covers."""
    return Anchor.from_value(r.value or "").period()
