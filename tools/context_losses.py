"""Gold events the extractor misses in an article but finds in the trigger's sentence alone.

    PYTHONPATH=src python tools/context_losses.py SYSTEM_DIR [--gold-dir benchmarks/gold] [--json OUT]

For every gold event with no system event on its trigger (SYSTEM_DIR from ``generalisation.py --save-system``),
the trigger's sentence is extracted alone, then with the sentence before it; the event is "found" there when an
event of its type on the trigger has the gold participants (local entities matched by mention span, as in
``evaluate.align_local_entities``).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from newsld.annotation import Annotation
from newsld.article import load_article
from newsld.extract import extract_annotation
from newsld.extract.evaluate import (
    _participants,
    _same_type_and_participants,
    _triggers_overlap,
    align_local_entities,
    pair,
    read_annotation,
)
from newsld.extract.nlp import parse
from newsld.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def window_result(article, gold: dict, event: dict, start: int, end: int, settings) -> dict:
    text = article.text[start:end]
    sub = replace(article, text=text)
    system = extract_annotation(sub, settings)
    mentions = [dict(m, start=m["start"] - start, end=m["end"] - start) for m in gold["mentions"]
                if start <= m["start"] and m["end"] <= end]
    system = align_local_entities(Annotation({"mentions": mentions}), system)
    t0, t1 = event["trigger"]["start"] - start, event["trigger"]["end"] - start
    on = [e for e in system.data["events"] if e["trigger"]["start"] < t1 and t0 < e["trigger"]["end"]]
    want = _participants(event)
    right = [e for e in on if e["type"] == event["type"] and _participants(e) == want]
    return {"found": bool(right), "on_trigger": [(e["type"], sorted(_participants(e))) for e in on]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("system_dir", type=Path)
    ap.add_argument("--gold-dir", type=Path, default=ROOT / "benchmarks" / "gold")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--all", action="store_true", help="also wrong events on the trigger, not only missing ones")
    args = ap.parse_args()
    settings = load_settings()
    rows = []
    for gold_path in sorted(args.gold_dir.glob("*.annotation.json")):
        name = gold_path.name
        sys_path = args.system_dir / name
        if not sys_path.is_file():
            continue
        article = load_article(gold_path.with_name(name.replace(".annotation.json", ".txt")))
        gold = read_annotation(gold_path)
        system = align_local_entities(gold, read_annotation(sys_path))
        s_events = system.data["events"]
        pairs = pair(gold.data["events"], s_events,
                     lambda g, s: _triggers_overlap(g, s) and _same_type_and_participants(g, s),
                     lambda g, s: _triggers_overlap(g, s) and g["type"] == s["type"],
                     _same_type_and_participants, _triggers_overlap)
        right = {g["id"] for g, s in pairs if _same_type_and_participants(g, s)}
        doc = None
        for event in gold.data["events"]:
            trig = event["trigger"]
            on = [e for e in s_events if e["trigger"]["start"] < trig["end"] and trig["start"] < e["trigger"]["end"]]
            if event["id"] in right or (on and not args.all):
                continue
            doc = doc or parse(article.text)
            sents = list(doc.sents)
            k = next(i for i, s in enumerate(sents) if s.start_char <= trig["start"] < s.end_char + 1)
            alone = window_result(article, gold.data, event, sents[k].start_char, sents[k].end_char, settings)
            with_prev = (window_result(article, gold.data, event, sents[k - 1].start_char, sents[k].end_char,
                                       settings) if k else alone)
            row = {"in_article": [(e["type"], sorted(_participants(e))) for e in on],
                   "article": name.replace(".annotation.json", ""), "id": event["id"], "type": event["type"],
                   "trigger": trig["text"], "start": trig["start"], "participants": sorted(_participants(event)),
                   "alone": alone, "with_prev": with_prev, "sentence": sents[k].text}
            rows.append(row)
            mark = ("ALONE" if alone["found"] else "-----") + " " + ("PREV" if with_prev["found"] else "----")
            print(f"{mark} {row['article']} {event['id']} {event['type']} {trig['text']!r}@{trig['start']} "
                  f"{row['participants']} article={row['in_article']} alone={alone['on_trigger']}")
    lost = [r for r in rows if r["alone"]["found"] or r["with_prev"]["found"]]
    what = "not right in the article" if args.all else "with no system event on their trigger"
    print(f"\n{len(rows)} gold events {what}; {len(lost)} found in a window "
          f"({sum(r['alone']['found'] for r in rows)} alone, {sum(r['with_prev']['found'] for r in rows)} with prev)")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
