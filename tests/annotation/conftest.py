"""Fixtures for the curated annotation of the bundled article and for the loader's error paths."""

from __future__ import annotations

import copy
import csv
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsld.annotation import Annotation, curated_annotation_path, load_annotation
from newsld.article import Article, load_article
from newsld.resources import bundled_article, verified_ids_file

CHECKOUT = Path(__file__).resolve().parents[2]
ANNOTATION_SOURCE = CHECKOUT / "articles" / "kim-putin-2023-09.annotation.src.py"
TOOL = CHECKOUT / "tools" / "annotate_offsets.py"


@pytest.fixture(scope="session")
def article() -> Article:
    return load_article(bundled_article())


@pytest.fixture(scope="session")
def annotation(article: Article) -> Annotation:
    return load_annotation(curated_annotation_path(bundled_article()), article)


@pytest.fixture
def data(annotation: Annotation) -> dict[str, Any]:
    """A fresh copy of the curated document, free to be broken by a test."""
    return copy.deepcopy(annotation.data)


@pytest.fixture(scope="session")
def verified_ids() -> dict[str, dict[str, str]]:
    """ids.tsv as {id: row}."""
    with verified_ids_file().open(encoding="utf-8", newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f, delimiter="\t")}


@pytest.fixture(scope="session")
def annotation_source() -> Path:
    """The source the curated JSON is generated from."""
    return ANNOTATION_SOURCE


@pytest.fixture(scope="session")
def annotate_offsets() -> ModuleType:
    """tools/annotate_offsets.py, imported from its path (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("annotate_offsets", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
