"""The annotation: a documented JSON document between an article's text and its RDF graph.

Its format is ``src/newsld/data/annotation.schema.json`` (JSON Schema 2020-12). Loading checks the schema
and then what a schema cannot say: every span's text is the text between its offsets, every reference
points at something defined, ids are unique, and the annotation belongs to the article it is applied to.
Every error names the exact JSON path (``$.events[3].roles[0].entity``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from newsld.article import Article
from newsld.errors import AnnotationError
from newsld.resources import annotation_schema_file

FORMAT = "newsld-annotation/1"
CURATED_SUFFIX = ".annotation.json"


DEFS_POINTER = "#/$defs/"


@cache
def annotation_schema() -> dict[str, Any]:
    return json.loads(annotation_schema_file().read_text(encoding="utf-8"))


def _json_path(parts: Iterator[str | int] | list[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


@dataclass(frozen=True)
class Annotation:
    """A checked annotation document. ``data`` follows the JSON Schema; treat it as read-only."""

    data: dict[str, Any]

    @property
    def article_id(self) -> str:
        return self.data["article"]["id"]

    @property
    def kind(self) -> str:
        return self.data["annotator"]["kind"]

    def entity(self, entity_id: str) -> dict[str, Any]:
        return next(e for e in self.data["entities"] if e["id"] == entity_id)

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"


@cache
def _schema_validator() -> jsonschema.Draft202012Validator:
    # jsonschema resolves a $ref anew at every use, which was half the cost of checking an annotation (every
    # extracted article is checked); the schema's $defs refer to nothing recursively, so they are written in.
    schema = annotation_schema()
    return jsonschema.Draft202012Validator(_with_refs_written_in(schema, schema.get("$defs", {})))


def _with_refs_written_in(node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with every ``{"$ref": "#/$defs/x", ...}`` replaced by definition x and the keys beside it."""
    if isinstance(node, list):
        return [_with_refs_written_in(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    rest = {key: _with_refs_written_in(value, defs) for key, value in node.items() if key not in ("$ref", "$defs")}
    if "$ref" not in node:
        return rest
    target = _with_refs_written_in(defs[node["$ref"].removeprefix(DEFS_POINTER)], defs)
    return {"allOf": [target, rest]} if set(rest) & set(target) else {**target, **rest}


def check_schema(data: object, source: str) -> None:
    errors = sorted(_schema_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise AnnotationError(f"{source}: {_json_path(list(first.absolute_path))}: {first.message}{more}")


def _spans(data: dict[str, Any]) -> Iterator[tuple[list[str | int], dict[str, Any], bool]]:
    """Every (path, span, has_text) in the document."""
    for i, m in enumerate(data["mentions"]):
        yield ["mentions", i], m, True
    for i, t in enumerate(data["times"]):
        if "start" in t:
            yield ["times", i], t, True
    for section in ("events", "speech_acts"):
        for i, e in enumerate(data[section]):
            yield [section, i, "trigger"], e["trigger"], True
            yield [section, i, "evidence"], e["evidence"], False
            for j, q in enumerate(e.get("quotes", [])):
                yield [section, i, "quotes", j], q, True


def _check_spans(data: dict[str, Any], text: str, source: str) -> None:
    for path, span, has_text in _spans(data):
        start, end = span["start"], span["end"]
        if not start < end <= len(text):
            raise AnnotationError(f"{source}: {_json_path(path)}: span {start}-{end} is outside the text "
                                  f"(length {len(text)}) or empty")
        if has_text and text[start:end] != span["text"]:
            raise AnnotationError(f"{source}: {_json_path(path)}.text: {span['text']!r} is not the text at "
                                  f"{start}-{end}, which reads {text[start:end]!r}")


def _references(data: dict[str, Any]) -> Iterator[tuple[list[str | int], str, str]]:
    """Every (path, kind, id) reference: kind is 'entity', 'time' or 'event'."""
    for i, m in enumerate(data["mentions"]):
        yield ["mentions", i, "entity"], "entity", m["entity"]
    for section in ("events", "speech_acts"):
        for i, e in enumerate(data[section]):
            for j, r in enumerate(e.get("roles", [])):
                yield [section, i, "roles", j, "entity"], "entity", r["entity"]
            for key in ("speaker", "place", "addressee"):
                if key in e:
                    yield [section, i, key], "entity", e[key]
            for j, who in enumerate(e.get("according_to", [])):
                yield [section, i, "according_to", j], "entity", who
            if "time" in e:
                yield [section, i, "time"], "time", e["time"]
            if "part_of" in e:
                yield [section, i, "part_of"], "event", e["part_of"]
            for j, about in enumerate(e.get("about", [])):
                yield [section, i, "about", j], "event", about


def _check_ids_and_references(data: dict[str, Any], source: str) -> None:
    defined: dict[str, set[str]] = {"entity": set(), "time": set(), "event": set()}
    sections = (("entities", "entity"), ("mentions", "mention"), ("times", "time"),
                ("events", "event"), ("speech_acts", "event"))
    seen: set[str] = set()
    for section, kind in sections:
        for i, item in enumerate(data[section]):
            if item["id"] in seen:
                raise AnnotationError(f"{source}: {_json_path([section, i, 'id'])}: id {item['id']!r} is used twice")
            seen.add(item["id"])
            defined.setdefault(kind, set()).add(item["id"])
    for path, kind, ref in _references(data):
        if ref not in defined[kind]:
            raise AnnotationError(f"{source}: {_json_path(path)}: no {kind} with id {ref!r}")


def check_article(data: dict[str, Any], article: Article, source: str) -> None:
    meta = data["article"]
    if meta["text_sha256"] != article.sha256:
        raise AnnotationError(f"{source}: $.article.text_sha256: the annotation is of another text than "
                              f"{article.source} (hash differs)")
    if meta["id"] != article.id:
        raise AnnotationError(f"{source}: $.article.id: {meta['id']!r} is not the article's id {article.id!r}")


def parse_annotation(data: object, article: Article, source: str = "annotation") -> Annotation:
    """Check a decoded JSON document against the schema and the article; return it as an Annotation."""
    check_schema(data, source)
    assert isinstance(data, dict)  # the schema says it is an object
    check_article(data, article, source)
    _check_spans(data, article.text, source)
    _check_ids_and_references(data, source)
    return Annotation(data)


def load_annotation(path: Path | str, article: Article) -> Annotation:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise AnnotationError(f"{path}: no such file") from err
    except UnicodeDecodeError as err:
        raise AnnotationError(f"{path}: not UTF-8") from err
    except json.JSONDecodeError as err:
        raise AnnotationError(f"{path}: not JSON: line {err.lineno} column {err.colno}: {err.msg}") from err
    return parse_annotation(data, article, str(path))


def curated_annotation_path(article_path: Path) -> Path:
    """Where a curated annotation of an article lives: beside it, ``<stem>.annotation.json``."""
    return article_path.with_name(article_path.stem + CURATED_SUFFIX)
