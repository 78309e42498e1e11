"""The held-out corpus of benchmarks/heldout/ is valid and stays apart from the gold corpus: each article loads,
links only verified QIDs, follows the curated conventions the evaluation relies on, is what its source builds,
maps to a graph that passes SHACL, and the benchmark scores it as its own corpus."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from newsld.annotation import curated_annotation_path
from newsld.extract.evaluate import evaluate_annotations
from newsld.iris import Minter
from newsld.mapping import map_annotation
from newsld.validate import validate

ROOT = Path(__file__).resolve().parents[2]
HELDOUT_DIR = ROOT / "benchmarks" / "heldout"
HELDOUT_ARTICLES = sorted(HELDOUT_DIR.glob("*.txt"))
GOLD_ARTICLES = sorted((ROOT / "benchmarks" / "gold").glob("*.txt"))
QID = re.compile(r"^Q[1-9][0-9]*$")
GUILLEMETS = re.compile(r"«(.*?)»", re.S)
VALUE_LENGTH = {"day": 10, "month": 7, "year": 4, "duration": None, "vague": None}


def _strings(node: Any, key: str = "") -> list[tuple[str, str]]:
    """Every (key, string) in a JSON document, the text the annotation quotes left out."""
    if isinstance(node, dict):
        return [s for k, v in node.items() if k not in ("text", "label", "label_en", "note", "description")
                for s in _strings(v, k)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v, key)]
    return [(key, node)] if isinstance(node, str) else []


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?»])\s+", text) if len(s.strip()) > 40}


def test_there_are_at_least_three_heldout_articles_of_the_bundled_kind():
    assert len(HELDOUT_ARTICLES) >= 3
    for path in HELDOUT_ARTICLES:
        text = path.read_text(encoding="utf-8")
        assert re.match(r"^ date \d{4}-\d{2}(-\d{2})? \S", text), path.name
        assert "’" in text and "« " in text and "'" not in text, f"{path.name}: typographic marks as in the bundled"
        assert 250 <= len(text.split()) <= 450, path.name
        assert curated_annotation_path(path).is_file(), f"{path.name} has no annotation"


def test_heldout_articles_are_new_text():
    """No held-out article shares a sentence with the bundled article or the gold corpus, nor an id with gold."""
    seen = _sentences((ROOT / "articles" / "kim-putin-2023-09.txt").read_text(encoding="utf-8"))
    for path in GOLD_ARTICLES:
        seen |= _sentences(path.read_text(encoding="utf-8"))
    for path in HELDOUT_ARTICLES:
        assert not _sentences(path.read_text(encoding="utf-8")) & seen, path.name
    assert not {p.name for p in HELDOUT_ARTICLES} & {p.name for p in GOLD_ARTICLES}


def test_annotation_loads_and_is_curated(heldout):
    _path, article, annotation = heldout
    assert annotation.kind == "curated"
    assert annotation.article_id == article.id
    assert annotation.data["events"] and annotation.data["speech_acts"] and annotation.data["times"]


def test_annotation_is_what_its_source_builds(heldout, annotate_offsets):
    """The JSON is generated from ``<id>.annotation.src.py``: no offset was typed by hand, none drifted."""
    path, _article, _annotation = heldout
    source = path.with_name(path.stem + ".annotation.src.py")
    _art, data, _p = annotate_offsets.build_annotation(source)
    assert annotate_offsets.to_json(data) == curated_annotation_path(path).read_text(encoding="utf-8")


def test_check_mode_of_the_offset_tool_accepts_the_annotation(heldout):
    path, _article, _annotation = heldout
    source = path.with_name(path.stem + ".annotation.src.py")
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "annotate_offsets.py"), str(source), "--check"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr


def test_only_verified_qids(heldout, verified_ids):
    _path, _article, annotation = heldout
    used = {value for _key, value in _strings(annotation.data) if QID.match(value)}
    assert used, "a held-out article with no linked entity measures nothing"
    assert used <= verified_ids, f"QIDs not in ids.tsv: {sorted(used - verified_ids)}"


def test_local_entities_say_why_they_are_unlinked(heldout):
    _path, _article, annotation = heldout
    for entity in annotation.data["entities"]:
        if entity["id"].startswith("local:"):
            assert entity.get("unlinked_reason"), entity["id"]


def test_every_pair_of_guillemets_is_one_speech_act(heldout):
    _path, article, annotation = heldout
    quotes = [q for act in annotation.data["speech_acts"] for q in act["quotes"]]
    for match in GUILLEMETS.finditer(article.text):
        inside = [q for q in quotes if match.start() < q["start"] and q["end"] < match.end()]
        owners = {act["id"] for act in annotation.data["speech_acts"] for q in act["quotes"] if q in inside}
        assert len(owners) == 1, f"« {match.group(1).strip()} » is quoted by {sorted(owners) or 'no speech act'}"
    for q in quotes:
        assert any(m.start() < q["start"] and q["end"] < m.end() for m in GUILLEMETS.finditer(article.text)), q
        assert q["text"] == q["text"].strip() and "«" not in q["text"] and "»" not in q["text"], q


def test_triggers_lie_in_their_evidence(heldout):
    _path, _article, annotation = heldout
    for item in annotation.data["events"] + annotation.data["speech_acts"]:
        trigger, evidence = item["trigger"], item["evidence"]
        assert evidence["start"] <= trigger["start"] and trigger["end"] <= evidence["end"], item["id"]


def test_time_values_have_their_precision(heldout):
    _path, _article, annotation = heldout
    for t in annotation.data["times"]:
        length = VALUE_LENGTH[t["precision"]]
        assert (t["value"] is None) if length is None else len(t["value"] or "") == length, t["id"]


def test_mentions_do_not_repeat_a_span(heldout):
    _path, _article, annotation = heldout
    spans = [(m["start"], m["end"]) for m in annotation.data["mentions"]]
    assert len(spans) == len(set(spans))


def test_annotation_scores_perfectly_against_itself(heldout):
    """The evaluator pairs every item with itself: no two events or speech acts are indistinguishable."""
    _path, _article, annotation = heldout
    report = evaluate_annotations(annotation, annotation)
    for name, score in report.scores.items():
        assert (score.fp, score.fn) == (0, 0), (name, score.misses, score.false_hits)
    assert report.time_accuracy == 1.0 and not report.wrong_qids


def test_annotation_maps_to_a_conforming_graph(heldout):
    _path, article, annotation = heldout
    report = validate(map_annotation(article, annotation, Minter("http://127.0.0.1:8080")))
    assert report.conforms, report.text


def test_sources_share_the_gold_builder_without_copying_it():
    assert not (HELDOUT_DIR / "goldsource.py").exists()
    for path in HELDOUT_ARTICLES:
        source = path.with_name(path.stem + ".annotation.src.py").read_text(encoding="utf-8")
        assert "from goldsource import" in source and '"gold"' in source, path.name
    assert not [p for p in HELDOUT_DIR.glob("*.annotation.json")
                if not p.with_name(p.name.replace(".annotation.json", ".txt")).is_file()]


def test_readme_forbids_tuning_on_the_heldout_set():
    readme = (HELDOUT_DIR / "README.md").read_text(encoding="utf-8")
    assert "never" in readme and "moves to" in readme and "gold/" in readme
    for path in HELDOUT_ARTICLES:
        assert path.stem in readme, f"{path.stem} is not described in the README"


def test_benchmark_finds_the_heldout_articles(generalisation):
    assert generalisation.HELDOUT_DIR == HELDOUT_DIR
    assert [p.name for p in generalisation.gold_articles(HELDOUT_DIR)] == [p.name for p in HELDOUT_ARTICLES]


def test_benchmark_reports_the_heldout_corpus_apart(generalisation, heldout):
    """The held-out micro-average has its own row, target line and JSON key, next to the gold corpus."""
    _path, _article, annotation = heldout
    perfect = evaluate_annotations(annotation, annotation)
    gold = generalisation.Scored(generalisation.GOLD_NAME, perfect)
    held = generalisation.micro_average(generalisation.HELDOUT_NAME,
                                        [generalisation.Scored(annotation.article_id, perfect)])
    targets = generalisation.render_targets(gold, None, held)
    assert "held-out corpus, micro-average (targets - 0.10): met" in targets
    assert "held-out minus gold" in targets and "links F1 +0.000" in targets
    figures = generalisation.to_json([gold], gold, None, [held], held)
    assert figures["heldout_micro_average"]["failures"] == []
    assert figures["heldout_micro_average"]["entity_links"] == 1.0
    held.report.wrong_qids.append("1-2 'x' -> Q1, gold says Q2")
    assert "MISSED: 1 wrong QID(s)" in generalisation.render_targets(gold, None, held)


def test_benchmark_without_heldout_keeps_the_gold_only_json(generalisation, heldout):
    _path, _article, annotation = heldout
    gold = generalisation.Scored(generalisation.GOLD_NAME, evaluate_annotations(annotation, annotation))
    figures = generalisation.to_json([gold], gold, None)
    assert figures["heldout_micro_average"] is None and figures["heldout_articles"] == {}
    assert set(figures) >= {"articles", "gold_micro_average", "bundled", "details"}
