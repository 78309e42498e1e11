"""The held-out corpus of benchmarks/heldout/ stays apart from the gold corpus: new text, its own README rule,
the shared source builder, and the benchmark scores it as its own corpus. (The checks every curated article
passes, held-out or gold, are in test_gold_corpus.py.)"""

from __future__ import annotations

import re
import subprocess
import sys

from tests.goldcorpus.conftest import GOLD_ARTICLES, HELDOUT_ARTICLES, HELDOUT_DIR, ROOT

from newsld.annotation import curated_annotation_path
from newsld.extract.evaluate import evaluate_annotations


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


def test_check_mode_of_the_offset_tool_accepts_the_annotation(curated):
    path, _article, _annotation = curated
    source = path.with_name(path.stem + ".annotation.src.py")
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "annotate_offsets.py"), str(source), "--check"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr


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
