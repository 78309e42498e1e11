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

import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from newsld.annotation import Annotation, parse_annotation
from newsld.article import Article
from newsld.errors import ExtractionFailed, NewsldError
from newsld.extract.assemble import build_annotation, build_annotations
from newsld.settings import Settings

__all__ = ["extract_annotation", "extract_annotations", "extract_document"]

EXTRACTOR_NAME = "newsld-extract"


def extract_document(article: Article, settings: Settings) -> dict:
    """The annotation as a JSON-ready dict (not yet checked)."""
    with _reported_as_failure(article.source):
        return build_annotation(article, settings)


def extract_annotation(article: Article, settings: Settings) -> Annotation:
    """The automatic annotation of an article, checked against the schema and the article."""
    return parse_annotation(extract_document(article, settings), article, f"{EXTRACTOR_NAME}({article.source})")


def extract_annotations(articles: Iterable[Article], settings: Settings) -> Iterator[Annotation]:
    """Annotations of several articles, their texts parsed in batches (faster for a corpus), in order."""
    articles = list(articles)
    documents = build_annotations(articles, settings)
    for article in articles:
        with _reported_as_failure(article.source):  # (each document is built when it is asked for)
            data = next(documents)
        yield parse_annotation(data, article, f"{EXTRACTOR_NAME}({article.source})")


@contextmanager
def _reported_as_failure(source: str) -> Iterator[None]:
    """An exception inside the rules is a bug of the extractor, not of the article: it is told as one clear
    error (where it broke, and how to build the article meanwhile) instead of a traceback, and nothing is
    written or published (the caller never gets an annotation)."""
    try:
        yield
    except NewsldError:
        raise
    except Exception as err:  # any slip of a rule on text it was not written for
        frame = traceback.extract_tb(err.__traceback__)[-1]
        where = f"{frame.filename.rpartition('/')[2]}:{frame.lineno}"
        raise ExtractionFailed(
            f"automatic extraction failed on {source}: {type(err).__name__} at {where} ({err}).\n"
            "This is a bug of the extractor, not of the article; please report it with the article. To build the "
            "article meanwhile, write a curated annotation beside it (ARTICLE.annotation.json).") from err
