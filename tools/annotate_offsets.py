"""Build a curated annotation from a source that finds every span by its words, so no offset is typed by hand.

    python tools/annotate_offsets.py articles/kim-putin-2023-09.annotation.src.py           # write the JSON
    python tools/annotate_offsets.py articles/kim-putin-2023-09.annotation.src.py --check   # exit 1 if stale

A source is a Python file beside its article. It names the article (``ARTICLE = "x.txt"``, relative to the
source) and defines ``build(loc: Locator, article: Article) -> dict``, which returns the annotation document;
every span in it comes from ``loc``: ``loc.span(words, where)``, ``loc.sentence(words, where)`` and
``loc.range(first, last)``. ``where`` says which occurrence of ``words`` is meant:

- ``None``: ``words`` occurs exactly once in the text;
- an int ``n``: the n-th occurrence (1-based) in the whole text;
- a str ``context``: a phrase that occurs exactly once in the text and contains ``words`` exactly once;
- a tuple ``(context, n)``: the n-th occurrence of ``words`` inside that unique context.

A phrase that is missing or ambiguous is an error, so the source breaks loudly instead of drifting when the
text or the source changes. The document is checked with ``newsld.annotation.parse_annotation`` before it is
written (``<article stem>.annotation.json`` beside the article, or ``--out``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from newsld.annotation import curated_annotation_path, parse_annotation
from newsld.article import Article, load_article
from newsld.errors import AnnotationError, NewsldError

Where = None | int | str | tuple[str, int]

# A sentence ends at . ! ? (maybe followed by a closing guillemet) before a space and a capital or an
# opening guillemet, or at a paragraph break. A lone capital before the dot is an initial (V. Poutine).
SENTENCE_END = re.compile(r"(?<![\s(][A-Z])[.!?](?:\s*»)?(?=\s+[«A-ZÀÂÉÈÊÎÔÛÇ])|\n\s*\n")


class Locator:
    """Finds spans of one text by their words; every miss or ambiguity raises AnnotationError."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = _sentence_ranges(text)

    def _occurrences(self, words: str, start: int = 0, end: int | None = None) -> list[int]:
        end = len(self.text) if end is None else end
        found, at = [], self.text.find(words, start, end)
        while at != -1:  # str.find with an end bound only finds words that end inside it
            found.append(at)
            at = self.text.find(words, at + 1, end)
        return found

    def _unique(self, words: str, start: int = 0, end: int | None = None, inside: str = "the text") -> int:
        found = self._occurrences(words, start, end)
        if len(found) != 1:
            raise AnnotationError(f"{words!r} occurs {len(found)} times in {inside}, expected exactly once")
        return found[0]

    def _nth(self, words: str, n: int, start: int = 0, end: int | None = None, inside: str = "the text") -> int:
        found = self._occurrences(words, start, end)
        if not 1 <= n <= len(found):
            raise AnnotationError(f"{words!r} occurs {len(found)} times in {inside}, there is no occurrence {n}")
        return found[n - 1]

    def find(self, words: str, where: Where = None) -> int:
        """The offset of ``words`` at the occurrence ``where`` names (see the module docstring)."""
        if where is None:
            return self._unique(words)
        if isinstance(where, int):
            return self._nth(words, where)
        context, n = (where, None) if isinstance(where, str) else where
        origin = self._unique(context)
        end, inside = origin + len(context), f"the context {context!r}"
        if n is None:
            return self._unique(words, origin, end, inside)
        return self._nth(words, n, origin, end, inside)

    def span(self, words: str, where: Where = None) -> dict[str, Any]:
        start = self.find(words, where)
        return {"start": start, "end": start + len(words), "text": words}

    def sentence(self, words: str, where: Where = None) -> dict[str, int]:
        """The range of the sentence that holds ``words``."""
        start = self.find(words, where)
        for s, e in self.sentences:
            if s <= start and start + len(words) <= e:
                return {"start": s, "end": e}
        raise AnnotationError(f"{words!r} at {start} runs over a sentence end; give its range with range()")

    def range(self, first: str, last: str, where: Where = None) -> dict[str, int]:
        """From the start of ``first`` (at ``where``) to the end of the next ``last`` after it."""
        start = self.find(first, where)
        end = self.text.find(last, start)
        if end == -1:
            raise AnnotationError(f"{last!r} does not occur after {first!r} at {start}")
        return {"start": start, "end": end + len(last)}



# -- how a source writes its events and speech acts (spans as (words, where) pairs, resolved by the build) --

def event(id_: str, type_: str, label: str, trigger: tuple[str, Any], roles: list[tuple[str, str]],
          status: str = "occurred", evidence: tuple[str, str] | None = None, **more: Any) -> dict[str, Any]:
    """An event as a source writes it; the build resolves its spans."""
    return {"id": id_, "type": type_, "label": label, "trigger": trigger, "evidence": evidence,
            "roles": roles, "status": status, **more}


def speech(id_: str, type_: str, label: str, speaker: str, trigger: tuple[str, Any],
           quotes: list[tuple[str, Any]], evidence: tuple[str, str] | None = None,
           status: str = "occurred", **more: Any) -> dict[str, Any]:
    """A speech act as a source writes it; the build resolves its spans."""
    return {"id": id_, "type": type_, "label": label, "speaker": speaker, "trigger": trigger,
            "quotes": quotes, "evidence": evidence, "status": status, **more}

def _sentence_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, without the spaces between them."""
    ranges, start = [], 0
    for match in SENTENCE_END.finditer(text):
        end = match.end() if not match.group().isspace() else match.start()
        ranges.append((start, end))
        start = end
    ranges.append((start, len(text)))
    return [_strip(text, s, e) for s, e in ranges if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


def _load_source(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"annotation_source_{abs(hash(path))}", path)
    if spec is None or spec.loader is None:
        raise AnnotationError(f"{path}: not a Python source")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_annotation(source: Path | str) -> tuple[Article, dict[str, Any], Path]:
    """Run a source: (its article, the checked annotation document, the article path)."""
    source = Path(source)
    module = _load_source(source)
    article_path = source.parent / module.ARTICLE
    article = load_article(article_path)
    build: Callable[[Locator, Article], dict[str, Any]] = module.build
    data = build(Locator(article.text), article)
    parse_annotation(data, article, str(source))
    return article, data, article_path


def to_json(data: Any) -> str:
    """Indented JSON with every flat object or list on one line, so a reviewer reads one span per line."""
    return _dump(data, 0) + "\n"


def _dump(value: Any, depth: int) -> str:
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, dict | list) or not any(isinstance(v, dict | list) for v in _values(value)):
        return flat
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dump(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    return "[\n" + ",\n".join(f"{inner}{_dump(v, depth + 1)}" for v in value) + f"\n{pad}]"


def _values(value: dict[str, Any] | list[Any]) -> list[Any]:
    return list(value.values()) if isinstance(value, dict) else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the annotation source (.annotation.src.py)")
    parser.add_argument("--out", type=Path, help="where to write (default: <article>.annotation.json beside it)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the JSON is not up to date")
    args = parser.parse_args(argv)
    try:
        _article, data, article_path = build_annotation(args.source)
    except NewsldError as err:
        print(f"annotate_offsets: {err.message}", file=sys.stderr)
        return 2
    out = args.out or curated_annotation_path(article_path)
    text = to_json(data)
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"annotate_offsets: {out} is not what {args.source} builds; run without --check", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}: {len(data['mentions'])} mentions, {len(data['times'])} times, "
          f"{len(data['events'])} events, {len(data['speech_acts'])} speech acts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
