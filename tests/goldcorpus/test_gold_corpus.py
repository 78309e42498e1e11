"""Both corpora (benchmarks/gold/ and benchmarks/heldout/) are valid: each article loads, links only verified
QIDs, follows the curated conventions that the evaluation relies on, is what its source builds, and maps to a
graph that passes SHACL. Checks of the gold corpus alone come last."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsld.annotation import curated_annotation_path
from newsld.extract.evaluate import evaluate_annotations
from newsld.iris import Minter
from newsld.mapping import map_annotation
from newsld.validate import validate

ROOT = Path(__file__).resolve().parents[2]
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


def test_there_are_five_gold_articles_of_the_bundled_kind():
    assert len(GOLD_ARTICLES) >= 5
    for path in GOLD_ARTICLES:
        text = path.read_text(encoding="utf-8")
        assert re.match(r"^ date \d{4}-\d{2}(-\d{2})? \S", text), path.name
        assert "’" in text and "« " in text and "'" not in text, f"{path.name}: typographic marks as in the bundled"
        assert 200 <= len(text.split()) <= 800, path.name
        assert curated_annotation_path(path).is_file(), f"{path.name} has no gold annotation"


def test_gold_articles_are_not_copies_of_the_bundled_one():
    bundled = (ROOT / "articles" / "kim-putin-2023-09.txt").read_text(encoding="utf-8")
    bundled_sentences = {s.strip() for s in re.split(r"(?<=[.!?»])\s+", bundled) if len(s.strip()) > 40}
    for path in GOLD_ARTICLES:
        text = path.read_text(encoding="utf-8")
        assert not [s for s in bundled_sentences if s in text], path.name


def test_annotation_loads_and_is_curated(curated):
    _path, article, annotation = curated
    assert annotation.kind == "curated"
    assert annotation.article_id == article.id
    assert annotation.data["events"] and annotation.data["speech_acts"] and annotation.data["times"]


def test_annotation_is_what_its_source_builds(curated, annotate_offsets):
    """The JSON is generated from ``<id>.annotation.src.py``: no offset was typed by hand, none drifted."""
    path, _article, _annotation = curated
    source = path.with_name(path.stem + ".annotation.src.py")
    _art, data, _p = annotate_offsets.build_annotation(source)
    assert annotate_offsets.to_json(data) == curated_annotation_path(path).read_text(encoding="utf-8")


def test_only_verified_qids(curated, verified_ids):
    _path, _article, annotation = curated
    used = {value for _key, value in _strings(annotation.data) if QID.match(value)}
    assert used, "a gold article with no linked entity measures nothing"
    assert used <= verified_ids, f"QIDs not in ids.tsv: {sorted(used - verified_ids)}"


def test_local_entities_say_why_they_are_unlinked(curated):
    _path, _article, annotation = curated
    for entity in annotation.data["entities"]:
        if entity["id"].startswith("local:"):
            assert entity.get("unlinked_reason"), entity["id"]


def test_every_pair_of_guillemets_is_one_speech_act(curated):
    _path, article, annotation = curated
    quotes = [q for act in annotation.data["speech_acts"] for q in act["quotes"]]
    for match in GUILLEMETS.finditer(article.text):
        inside = [q for q in quotes if match.start() < q["start"] and q["end"] < match.end()]
        owners = {act["id"] for act in annotation.data["speech_acts"] for q in act["quotes"] if q in inside}
        assert len(owners) == 1, f"« {match.group(1).strip()} » is quoted by {sorted(owners) or 'no speech act'}"
    for q in quotes:
        assert any(m.start() < q["start"] and q["end"] < m.end() for m in GUILLEMETS.finditer(article.text)), q
        assert q["text"] == q["text"].strip() and "«" not in q["text"] and "»" not in q["text"], q


def test_triggers_lie_in_their_evidence(curated):
    _path, _article, annotation = curated
    for item in annotation.data["events"] + annotation.data["speech_acts"]:
        trigger, evidence = item["trigger"], item["evidence"]
        assert evidence["start"] <= trigger["start"] and trigger["end"] <= evidence["end"], item["id"]


def test_time_values_have_their_precision(curated):
    _path, _article, annotation = curated
    for t in annotation.data["times"]:
        length = VALUE_LENGTH[t["precision"]]
        assert (t["value"] is None) if length is None else len(t["value"] or "") == length, t["id"]


def test_mentions_do_not_repeat_a_span(curated):
    _path, _article, annotation = curated
    spans = [(m["start"], m["end"]) for m in annotation.data["mentions"]]
    assert len(spans) == len(set(spans))


def test_annotation_scores_perfectly_against_itself(curated):
    """The evaluator pairs every gold item with itself: no two events or speech acts are indistinguishable."""
    _path, _article, annotation = curated
    report = evaluate_annotations(annotation, annotation)
    for name, score in report.scores.items():
        assert (score.fp, score.fn) == (0, 0), (name, score.misses, score.false_hits)
    assert report.time_accuracy == 1.0 and not report.wrong_qids


def test_annotation_maps_to_a_conforming_graph(curated):
    _path, article, annotation = curated
    report = validate(map_annotation(article, annotation, Minter("http://127.0.0.1:8080")))
    assert report.conforms, report.text


def test_benchmark_finds_the_gold_articles(generalisation):
    assert [p.name for p in generalisation.gold_articles(generalisation.GOLD_DIR)] == [p.name for p in GOLD_ARTICLES]


def test_benchmark_targets_allow_the_generalisation_margin(generalisation, gold):
    """A perfect report meets every target; one wrong QID alone fails it, whatever the F1."""
    _path, _article, annotation = gold
    perfect = generalisation.Scored("x", evaluate_annotations(annotation, annotation))
    assert perfect.failures(0.0) == []
    perfect.report.wrong_qids.append("1-2 'x' -> Q1, gold says Q2")
    assert perfect.failures(generalisation.GENERALISATION_MARGIN) == ["1 wrong QID(s)"]


def test_benchmark_table_lists_every_measure(generalisation, gold):
    _path, _article, annotation = gold
    scored = generalisation.Scored(annotation.article_id, evaluate_annotations(annotation, annotation))
    table = generalisation.render_table([scored])
    header, row = table.splitlines()
    assert "links F1" in header and "time acc" in header and "wrong QIDs" in header
    assert row.split()[0] == annotation.article_id and row.split()[1:6] == ["1.000"] * 5


def test_sources_are_beside_their_articles():
    for path in GOLD_ARTICLES:
        assert path.with_name(path.stem + ".annotation.src.py").is_file(), path.name
    assert not [p for p in Path(GOLD_ARTICLES[0].parent).glob("*.annotation.json")
                if not p.with_name(p.name.replace(".annotation.json", ".txt")).is_file()]
