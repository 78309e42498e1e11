"""Automatic extraction: any French news article to an annotation (``newsld-annotation/1``).

    extract_annotation(article, settings) -> Annotation

Offline and deterministic: spaCy ``fr_core_news_md`` (loaded once per process), the entity knowledge base
(``settings.kb_path`` or the shipped ``kb.json``) and rules written for French, not for one article. The
result passes ``newsld.annotation.parse_annotation``: only verified QIDs, every span the text between its
offsets, every reference defined.
"""

from __future__ import annotations

import os

# spaCy's matrix products go through numpy's OpenBLAS (nlp.load_nlp). One thread: its products are small, and
# its spinning threads made a busy machine's extraction slower, not faster. Read once, when numpy first loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from collections.abc import Iterable, Iterator

from newsld.annotation import Annotation, parse_annotation
from newsld.article import Article
from newsld.extract.assemble import build_annotation, build_annotations
from newsld.settings import Settings

__all__ = ["extract_annotation", "extract_annotations", "extract_document"]

EXTRACTOR_NAME = "newsld-extract"


def extract_document(article: Article, settings: Settings) -> dict:
    """The annotation as a JSON-ready dict (not yet checked)."""
    return build_annotation(article, settings)


def extract_annotation(article: Article, settings: Settings) -> Annotation:
    """The automatic annotation of an article, checked against the schema and the article."""
    return parse_annotation(build_annotation(article, settings), article, f"{EXTRACTOR_NAME}({article.source})")


def extract_annotations(articles: Iterable[Article], settings: Settings) -> Iterator[Annotation]:
    """Annotations of several articles, their texts parsed in batches (faster for a corpus), in order."""
    articles = list(articles)
    for article, data in zip(articles, build_annotations(articles, settings), strict=True):
        yield parse_annotation(data, article, f"{EXTRACTOR_NAME}({article.source})")
