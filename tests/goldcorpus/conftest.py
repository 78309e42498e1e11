"""Fixtures for the corpus tests: the articles of benchmarks/gold/ (tuned on) and benchmarks/heldout/ (never
tuned on), and the tools that build them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsld.annotation import Annotation, curated_annotation_path, load_annotation
from newsld.article import Article, load_article

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "benchmarks" / "gold"
GOLD_ARTICLES = sorted(GOLD_DIR.glob("*.txt"))
HELDOUT_DIR = ROOT / "benchmarks" / "heldout"
HELDOUT_ARTICLES = sorted(HELDOUT_DIR.glob("*.txt"))


def load_module(path: Path, name: str) -> ModuleType:
    """A script of the repository (not an installed module), loaded from its file."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def annotate_offsets() -> ModuleType:
    return load_module(ROOT / "tools" / "annotate_offsets.py", "goldcorpus_annotate_offsets")


@pytest.fixture(scope="session")
def generalisation() -> ModuleType:
    return load_module(ROOT / "benchmarks" / "generalisation.py", "goldcorpus_generalisation")


@pytest.fixture(scope="session")
def verified_ids() -> set[str]:
    lines = (ROOT / "src" / "newsld" / "data" / "wikidata" / "ids.tsv").read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines[1:] if line.strip()}


def _curated(path: Path) -> tuple[Path, Article, Annotation]:
    article = load_article(path)
    return path, article, load_annotation(curated_annotation_path(path), article)


@pytest.fixture(params=GOLD_ARTICLES, ids=lambda p: p.stem)
def gold(request: pytest.FixtureRequest) -> tuple[Path, Article, Annotation]:
    """(article path, article, gold annotation) for each gold article."""
    return _curated(request.param)


@pytest.fixture(params=HELDOUT_ARTICLES, ids=lambda p: p.stem)
def heldout(request: pytest.FixtureRequest) -> tuple[Path, Article, Annotation]:
    """(article path, article, curated annotation) for each held-out article."""
    return _curated(request.param)


@pytest.fixture(params=GOLD_ARTICLES + HELDOUT_ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def curated(request: pytest.FixtureRequest) -> tuple[Path, Article, Annotation]:
    """(article path, article, curated annotation) for every article of both corpora."""
    return _curated(request.param)
