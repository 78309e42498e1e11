"""Compare a system annotation with a gold (curated) one: precision, recall and F1, and every miss and
false hit with its text, so a person sees why.

What counts (one line per measure in the report):

- mentions: the exact span.
- entity links: the exact span and the QID, over mentions linked to Wikidata on either side. A system link
  is also counted as a *wrong QID* (the error that must never happen) when gold mentions overlap its span and
  none of them refers to its QID: the same span linked elsewhere, a name inside a longer gold name
  (`Conseil de sécurité` in `Conseil de sécurité russe`), or a span that straddles gold mentions. Gold
  descriptions holding the span (`le chef du Kremlin` around `Kremlin`) do not count against it.
- events: system and gold events are paired one to one, first by overlapping triggers, then by the same
  type and participants; a pair is right when the type and the set of participating entities agree.
- events by type: the same count per event type (the gold's type for misses, the system's for false hits),
  beside how many events of that type were *found*: a system event of the same type on an overlapping trigger,
  whatever its participants. A reader sees which kinds of event the extractor finds and which it gets whole.
- roles: (event, role, entity) over paired events; roles of unpaired events are misses or false hits.
- statuses: (event, status) over paired events, likewise.
- times: a time with a span is right when a system time overlaps it with the same value and precision;
  *time accuracy* is the share of gold times (with a span) that are right.
- speech acts: paired by overlapping quotes, else by overlapping triggers; right when the speaker agrees.

Folder mode pairs ``X.annotation.json`` in the gold folder with the same name in the system folder and adds
the counts up (micro-average).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsld.annotation import CURATED_SUFFIX, Annotation, check_schema
from newsld.errors import InputError

# Gold mention kinds that describe (rather than name) their entity: names inside them may name other things.
DESCRIPTION_KINDS = {"nominal", "pronoun"}
MEASURES = ("mentions", "entity_links", "events", "roles", "statuses", "times", "speech_acts")
Item = dict[str, Any]
# Words a mention's span may or may not start with, by annotator's habit, without naming anything else.
LEADING_DETERMINERS = ("les ", "le ", "la ", "l'", "des ", "du ", "un ", "une ", "ces ", "cette ", "cet ", "ce ")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score, prefix: str = "") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.misses.extend(prefix + m for m in other.misses)
        self.false_hits.extend(prefix + m for m in other.false_hits)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "misses": list(self.misses), "false_hits": list(self.false_hits)}


@dataclass
class EvaluationReport:
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in MEASURES})
    wrong_qids: list[str] = field(default_factory=list)
    time_total: int = 0
    time_right: int = 0
    articles: list[str] = field(default_factory=list)
    # event type -> (right: type and participants, found: type and an overlapping trigger); counts only
    event_types: dict[str, tuple[Score, Score]] = field(default_factory=dict)

    @property
    def time_accuracy(self) -> float:
        return self.time_right / self.time_total if self.time_total else 1.0

    def add(self, other: EvaluationReport) -> None:
        prefix = f"[{other.articles[0]}] " if other.articles else ""
        for name in MEASURES:
            self.scores[name].add(other.scores[name], prefix)
        self.wrong_qids.extend(prefix + w for w in other.wrong_qids)
        self.time_total += other.time_total
        self.time_right += other.time_right
        self.articles.extend(other.articles)
        for event_type, (right, found) in other.event_types.items():
            mine = self.event_types.setdefault(event_type, (Score(), Score()))
            mine[0].add(right)
            mine[1].add(found)

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "scores": {k: v.to_dict() for k, v in self.scores.items()},
                "wrong_qids": self.wrong_qids, "time_accuracy": round(self.time_accuracy, 4),
                "time_total": self.time_total, "time_right": self.time_right,
                "events_by_type": {kind: {"right": right.to_dict(), "found": found.to_dict()}
                                   for kind, (right, found) in sorted(self.event_types.items())}}

    def render(self) -> str:
        lines = [f"articles: {', '.join(self.articles) or '-'}", "",
                 f"{'measure':<14}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for name, s in self.scores.items():
            lines.append(f"{name:<14}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        lines.append(f"time accuracy: {self.time_accuracy:.3f} ({self.time_right}/{self.time_total})")
        lines.extend(self.render_event_types())
        lines.append(f"wrong QIDs: {len(self.wrong_qids)}")
        lines.extend(f"  WRONG {w}" for w in self.wrong_qids)
        for name, s in self.scores.items():
            if s.misses or s.false_hits:
                lines.append(f"\n{name}:")
                lines.extend(f"  miss   {m}" for m in s.misses)
                lines.extend(f"  false  {m}" for m in s.false_hits)
        return "\n".join(lines) + "\n"

    def render_event_types(self) -> list[str]:
        """The events-by-type table, most frequent gold type first; no lines when no event was scored."""
        if not self.event_types:
            return []
        lines = ["", "events by type (right: type and participants; found: type on an overlapping trigger)",
                 f"{'type':<14}{'gold':>6}{'system':>8}{'right P':>9}{'R':>7}{'F1':>7}{'found P':>9}{'R':>7}"]
        for kind, (right, found) in sorted(self.event_types.items(), key=lambda item: -(item[1][0].tp + item[1][0].fn)):
            lines.append(f"{kind:<14}{right.tp + right.fn:>6}{right.tp + right.fp:>8}{right.precision:>9.3f}"
                         f"{right.recall:>7.3f}{right.f1:>7.3f}{found.precision:>9.3f}{found.recall:>7.3f}")
        return [*lines, ""]


def _set_score(gold: dict[Any, str], system: dict[Any, str]) -> Score:
    """Score two keyed sets; the values are what a person reads for each key."""
    score = Score(tp=len(gold.keys() & system.keys()))
    score.misses = [gold[k] for k in sorted(gold.keys() - system.keys(), key=str)]
    score.false_hits = [system[k] for k in sorted(system.keys() - gold.keys(), key=str)]
    score.fn, score.fp = len(score.misses), len(score.false_hits)
    return score


def _is_qid(entity_id: str) -> bool:
    return entity_id.startswith("Q")


def score_mentions(gold: Annotation, system: Annotation) -> tuple[Score, Score, list[str]]:
    def show(m: Item) -> str:
        return f"{m['start']}-{m['end']} {m['text']!r} -> {m['entity']} ({m['kind']})"

    gold_spans = {(m["start"], m["end"]): show(m) for m in gold.data["mentions"]}
    system_spans = {(m["start"], m["end"]): show(m) for m in system.data["mentions"]}
    links_gold = {(m["start"], m["end"], m["entity"]): show(m) for m in gold.data["mentions"] if _is_qid(m["entity"])}
    links_system = {(m["start"], m["end"], m["entity"]): show(m) for m in system.data["mentions"]
                    if _is_qid(m["entity"])}
    wrong = []
    for m in system.data["mentions"]:
        said = _gold_entities_at(m, gold.data["mentions"]) if _is_qid(m["entity"]) else []
        if said and m["entity"] not in said:
            wrong.append(f"{show(m)}, gold says {' / '.join(dict.fromkeys(said))}")
    return _set_score(gold_spans, system_spans), _set_score(links_gold, links_system), wrong


def _gold_entities_at(mention: Item, gold_mentions: list[Item]) -> list[str]:
    """What the gold says the words of a system mention refer to: the entities of the gold mentions that
    overlap it, innermost first. A gold description that strictly holds the span (`le chef du Kremlin` around
    `Kremlin`) is not counted against it: a description names its head, not every name inside it."""
    def holds(g: Item) -> bool:
        return g["start"] <= mention["start"] and mention["end"] <= g["end"] and (g["start"], g["end"]) != (
            mention["start"], mention["end"])

    overlapping = [g for g in gold_mentions if _overlaps(g, mention)
                   and not (holds(g) and g["kind"] in DESCRIPTION_KINDS)]
    return [g["entity"] for g in sorted(overlapping, key=lambda g: g["end"] - g["start"])]


def _overlaps(a: Item, b: Item) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _participants(event: Item) -> frozenset[str]:
    return frozenset(r["entity"] for r in event.get("roles", []))


def pair(gold: list[Item], system: list[Item], *tests: Callable[[Item, Item], bool]) -> list[tuple[Item, Item]]:
    """One-to-one pairs, each test in turn over what is still unpaired, in text order."""
    pairs: list[tuple[Item, Item]] = []
    used_gold: set[int] = set()
    used_system: set[int] = set()
    for test in tests:
        for i, g in enumerate(gold):
            if i in used_gold:
                continue
            j = next((j for j, s in enumerate(system) if j not in used_system and test(g, s)), None)
            if j is not None:
                pairs.append((g, system[j]))
                used_gold.add(i)
                used_system.add(j)
    return pairs


def _show_event(e: Item) -> str:
    roles = ", ".join(f"{r['role']}={r['entity']}" for r in e.get("roles", []))
    who = e.get("speaker", "")
    return f"{e['id']} {e['type']} {e['trigger']['text']!r}@{e['trigger']['start']} [{roles or who}] {e['status']}"


def _triggers_overlap(g: Item, s: Item) -> bool:
    return _overlaps(g["trigger"], s["trigger"])


def _same_type_and_participants(g: Item, s: Item) -> bool:
    return g["type"] == s["type"] and _participants(g) == _participants(s)


def score_events(gold: Annotation, system: Annotation) -> tuple[Score, Score, Score,
                                                                 dict[str, tuple[Score, Score]]]:
    g_events, s_events = gold.data["events"], system.data["events"]
    # Exact matches are paired first, so that two events on one trigger are not paired crosswise by text order.
    pairs = pair(g_events, s_events, lambda g, s: _triggers_overlap(g, s) and _same_type_and_participants(g, s),
                 lambda g, s: _triggers_overlap(g, s) and g["type"] == s["type"],
                 _same_type_and_participants, _triggers_overlap)
    paired = {id(s): g["id"] for g, s in pairs}
    right = {g["id"] for g, s in pairs if _same_type_and_participants(g, s)}
    events = _set_score({e["id"]: _show_event(e) for e in g_events},
                        {paired.get(id(e), "sys:" + e["id"]): _show_event(e) for e in s_events
                         if paired.get(id(e)) in right})
    events.fp = len(s_events) - events.tp
    events.false_hits = [_show_event(e) for e in s_events if paired.get(id(e)) not in right]

    def keyed(items: Iterable[tuple[str, Item]], what: Callable[[Item], Iterable[str]]) -> dict[Any, str]:
        return {(key, x): f"{e['id']} {e['type']} {e['trigger']['text']!r}: {x}" for key, e in items for x in what(e)}

    gold_items = [(e["id"], e) for e in g_events]
    system_items = [(paired.get(id(e), "sys:" + e["id"]), e) for e in s_events]

    def roles_of(e: Item) -> list[str]:
        return [f"{r['role']}={r['entity']}" for r in e.get("roles", [])]

    roles = _set_score(keyed(gold_items, roles_of), keyed(system_items, roles_of))
    statuses = _set_score(keyed(gold_items, lambda e: [e["status"]]), keyed(system_items, lambda e: [e["status"]]))
    return events, roles, statuses, _by_event_type(g_events, s_events, pairs)


def _by_event_type(g_events: list[Item], s_events: list[Item],
                   pairs: list[tuple[Item, Item]]) -> dict[str, tuple[Score, Score]]:
    """Per event type, counts only: right (type and participants) and found (type on an overlapping trigger)."""
    right = [(g, s) for g, s in pairs if _same_type_and_participants(g, s)]
    found = [(g, s) for g, s in pairs if _triggers_overlap(g, s) and g["type"] == s["type"]]
    kinds = dict.fromkeys(e["type"] for e in [*g_events, *s_events])
    return {kind: (_type_counts(kind, g_events, s_events, right), _type_counts(kind, g_events, s_events, found))
            for kind in kinds}


def _type_counts(kind: str, g_events: list[Item], s_events: list[Item], hits: list[tuple[Item, Item]]) -> Score:
    hit_gold, hit_system = {id(g) for g, _ in hits}, {id(s) for _, s in hits}
    gold = [e for e in g_events if e["type"] == kind]
    tp = sum(id(e) in hit_gold for e in gold)
    return Score(tp=tp, fn=len(gold) - tp,
                 fp=sum(e["type"] == kind and id(e) not in hit_system for e in s_events))


def score_times(gold: Annotation, system: Annotation) -> tuple[Score, int, int]:
    def show(t: Item) -> str:
        return f"{t['id']} {t.get('text', '(no words)')!r} = {t['value']} ({t['precision']}, {t['rule']})"

    g_times = [t for t in gold.data["times"] if "start" in t]
    s_times = [t for t in system.data["times"] if "start" in t]
    pairs = pair(g_times, s_times, _overlaps)
    right = {id(g) for g, s in pairs if (g["value"], g["precision"]) == (s["value"], s["precision"])}
    score = Score(tp=len(right))
    score.misses = [show(g) for g in g_times if id(g) not in right]
    right_system = {id(s) for g, s in pairs if id(g) in right}
    score.false_hits = [show(s) for s in s_times if id(s) not in right_system]
    score.fn, score.fp = len(score.misses), len(score.false_hits)
    return score, len(right), len(g_times)


def score_speech_acts(gold: Annotation, system: Annotation) -> Score:
    def quotes_overlap(g: Item, s: Item) -> bool:
        return any(_overlaps(a, b) for a in g["quotes"] for b in s["quotes"])

    g_acts, s_acts = gold.data["speech_acts"], system.data["speech_acts"]
    def by_trigger(g: Item, s: Item) -> bool:
        return not g["quotes"] and _triggers_overlap(g, s)

    def same_speaker(test: Callable[[Item, Item], bool]) -> Callable[[Item, Item], bool]:
        return lambda g, s: g["speaker"] == s["speaker"] and test(g, s)

    # Acts with the right speaker are paired first: joint speakers share one trigger or quote, in any order.
    pairs = pair(g_acts, s_acts, same_speaker(quotes_overlap), same_speaker(by_trigger), quotes_overlap, by_trigger)
    right_gold = {id(g) for g, s in pairs if g["speaker"] == s["speaker"]}
    right_system = {id(s) for g, s in pairs if g["speaker"] == s["speaker"]}
    score = Score(tp=len(right_gold))
    score.misses = [_show_event(g) for g in g_acts if id(g) not in right_gold]
    score.false_hits = [_show_event(s) for s in s_acts if id(s) not in right_system]
    score.fn, score.fp = len(score.misses), len(score.false_hits)
    return score


def align_local_entities(gold: Annotation, system: Annotation) -> Annotation:
    """The system annotation with its local ids renamed to the gold's where both mark the same span.

    Local ids are names each annotator makes up (``local:gant`` and ``local:space-suit-glove``); a local
    entity is the gold's one when most of its mentions share their span with mentions of that gold entity
    (the same span, or the same once a leading article or demonstrative is set aside), or start where mentions of
    that gold entity alone start: a French noun phrase puts its head first, so two spans from one start are one
    phrase with more or less of its complement (`un message personnel` and `un message personnel de Kim Jong-un`).
    """
    gold_at = {(m["start"], m["end"]): m["entity"] for m in gold.data["mentions"]}
    gold_at_core = {_core_span(m): m["entity"] for m in gold.data["mentions"]}
    gold_from: dict[int, set[str]] = {}
    for m in gold.data["mentions"]:
        gold_from.setdefault(m["start"], set()).add(m["entity"])
    votes: dict[str, Counter[str]] = {}
    for m in system.data["mentions"]:
        if not m["entity"].startswith("local:"):
            continue
        same = gold_at.get((m["start"], m["end"])) or gold_at_core.get(_core_span(m))
        if same is None and len(starting_here := gold_from.get(m["start"], set())) == 1:
            (same,) = starting_here
        if same:
            votes.setdefault(m["entity"], Counter())[same] += 1
    rename = {local: target for local, c in votes.items() if (target := _local_target(c)) is not None}
    if not rename:
        return system
    text = json.dumps(system.data, ensure_ascii=False)
    data = json.loads(text)
    _rename_ids(data, rename)
    return Annotation(data)


def _local_target(votes: Counter[str]) -> str | None:
    """The gold local entity a system local one is: the local id most of its shared spans mark, unless a linked
    entity marks more (a tie goes to the local id: `« Nous ... », a prévenu le ministère`, where the gold reads
    `Nous` as the state and the system as the ministry, is still the ministry's entity)."""
    locals_ = [(n, e) for e, n in votes.items() if e.startswith("local:")]
    if not locals_:
        return None
    count, best = max(locals_, key=lambda pair: pair[0])
    linked = max((n for e, n in votes.items() if not e.startswith("local:")), default=0)
    return best if count >= linked else None


def _core_span(mention: Item) -> tuple[int, int]:
    """The span without a leading article or demonstrative: `le département d'État` and `département d'État`
    are two spans of one mention of one entity (the mention score still tells them apart)."""
    words = mention["text"].replace("\u2019", "'")
    lowered = words.lower()
    for determiner in LEADING_DETERMINERS:
        if lowered.startswith(determiner) and len(words) > len(determiner):
            return mention["start"] + len(determiner), mention["end"]
    return mention["start"], mention["end"]


def _rename_ids(node: Any, rename: dict[str, str]) -> None:
    """Rename entity references in place, wherever they are."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, value in list(items):
        if isinstance(value, str) and value in rename and key != "text":
            node[key] = rename[value]
        else:
            _rename_ids(value, rename)


def evaluate_annotations(gold: Annotation, system: Annotation) -> EvaluationReport:
    """Score ``system`` against ``gold`` (annotations of the same article)."""
    if gold.article_id != system.article_id:
        raise InputError(f"the annotations are of different articles: {gold.article_id} and {system.article_id}")
    system = align_local_entities(gold, system)
    report = EvaluationReport(articles=[gold.article_id])
    mentions, links, report.wrong_qids = score_mentions(gold, system)
    events, roles, statuses, report.event_types = score_events(gold, system)
    times, report.time_right, report.time_total = score_times(gold, system)
    report.scores.update(mentions=mentions, entity_links=links, events=events, roles=roles, statuses=statuses,
                         times=times, speech_acts=score_speech_acts(gold, system))
    return report


def read_annotation(path: Path) -> Annotation:
    """An annotation file checked against the schema (its article is not needed to score it)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{path}: not a JSON annotation: {err}") from err
    check_schema(data, str(path))
    return Annotation(data)


def evaluate_paths(gold: Path, system: Path) -> EvaluationReport:
    """Two annotation files, or two folders of ``X.annotation.json`` paired by name (micro-averaged)."""
    gold, system = Path(gold), Path(system)
    if gold.is_file() and system.is_file():
        return evaluate_annotations(read_annotation(gold), read_annotation(system))
    if not (gold.is_dir() and system.is_dir()):
        raise InputError(f"--gold {gold} and --system {system} must be two annotation files or two folders")
    names = sorted(p.name for p in gold.glob("*" + CURATED_SUFFIX))
    pairs = [(gold / n, system / n) for n in names if (system / n).is_file()]
    if not pairs:
        raise InputError(f"no {CURATED_SUFFIX} file of {gold} has a namesake in {system}")
    total = EvaluationReport()
    for g, s in pairs:
        total.add(evaluate_annotations(read_annotation(g), read_annotation(s)))
    return total
