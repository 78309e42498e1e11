"""tools/annotate_offsets.py: spans found by their words, never typed, and the committed JSON up to date."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from newsld.annotation import curated_annotation_path
from newsld.errors import AnnotationError
from newsld.resources import bundled_article

TEXT = "Le président russe a reçu V. Poutine. « Il a dit oui. » Puis il est parti.\n\nNouveau paragraphe, dit-il."


@pytest.fixture
def loc(annotate_offsets: ModuleType):
    return annotate_offsets.Locator(TEXT)


def test_the_committed_annotation_is_what_the_source_builds(annotate_offsets: ModuleType,
                                                            annotation_source: Path) -> None:
    _article, data, article_path = annotate_offsets.build_annotation(annotation_source)
    committed = curated_annotation_path(article_path).read_text(encoding="utf-8")
    assert annotate_offsets.to_json(data) == committed, (
        "run: python tools/annotate_offsets.py articles/kim-putin-2023-09.annotation.src.py")
    assert article_path.read_bytes() == bundled_article().read_bytes()  # the checkout's copy is the shipped one


def test_check_mode_fails_on_a_stale_file(annotate_offsets: ModuleType, annotation_source: Path,
                                          tmp_path: Path) -> None:
    stale = tmp_path / "stale.json"
    stale.write_text("{}\n", encoding="utf-8")
    assert annotate_offsets.main([str(annotation_source), "--out", str(stale), "--check"]) == 1
    assert annotate_offsets.main([str(annotation_source), "--out", str(stale)]) == 0
    assert annotate_offsets.main([str(annotation_source), "--out", str(stale), "--check"]) == 0


def test_unique_words(loc) -> None:
    assert loc.span("président") == {"start": 3, "end": 12, "text": "président"}


def test_nth_occurrence(loc) -> None:
    assert loc.span("il", 2)["start"] == TEXT.index("il", TEXT.index("il") + 1)


def test_words_inside_a_context(loc) -> None:
    assert loc.span("il", "Puis il est")["start"] == TEXT.index("Puis il") + 5
    assert loc.span("i", ("Puis il est parti", 2))["start"] == TEXT.index("Puis il") + 5


@pytest.mark.parametrize(("words", "where", "message"), [
    ("absent", None, "occurs 0 times in the text"),
    ("il", None, "occurs 2 times in the text, expected exactly once"),
    ("il", 3, "there is no occurrence 3"),
    ("il", "dit", "'dit' occurs 2 times"),
    ("Il", "Puis il est", "in the context 'Puis il est'"),
])
def test_missing_or_ambiguous_words_are_errors(loc, words: str, where, message: str) -> None:
    with pytest.raises(AnnotationError, match=message):
        loc.span(words, where)


def test_sentences_keep_initials_and_closing_guillemets(loc) -> None:
    sentences = [TEXT[s:e] for s, e in loc.sentences]
    assert sentences == ["Le président russe a reçu V. Poutine.", "« Il a dit oui. »", "Puis il est parti.",
                         "Nouveau paragraphe, dit-il."]
    assert loc.sentence("Poutine") == {"start": 0, "end": len("Le président russe a reçu V. Poutine.")}


def test_a_range_from_words_to_words(loc) -> None:
    r = loc.range("« Il", "parti.")
    assert TEXT[r["start"]:r["end"]] == "« Il a dit oui. » Puis il est parti."
    with pytest.raises(AnnotationError, match="does not occur after"):
        loc.range("Puis", "président")


def test_a_sentence_boundary_inside_the_words_is_an_error(loc) -> None:
    with pytest.raises(AnnotationError, match="runs over a sentence end"):
        loc.sentence("Poutine. « Il")


def test_flat_objects_are_written_on_one_line(annotate_offsets: ModuleType) -> None:
    text = annotate_offsets.to_json({"a": [{"start": 1, "end": 2}], "b": "é"})
    assert text == '{\n  "a": [\n    {"start": 1, "end": 2}\n  ],\n  "b": "é"\n}\n'
