"""The annotation: a documented JSON document between an article's text and its RDF graph.

Its format is ``src/newsld/data/annotation.schema.json`` (JSON Schema 2020-12). Loading checks the schema
and then what a schema cannot say: every span's text is the text between its offsets, every reference
points at something defined, ids are unique, and the annotation belongs to the article it is applied to.
Every error names the exact JSON path (``$.events[3].roles[0].entity``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
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


# The schema compiled into small predicates, several times faster than jsonschema's walk (every extracted article
# is checked). A predicate may be stricter than jsonschema, never laxer: a document it refuses is checked again
# by jsonschema, whose errors are the ones reported; a keyword it does not know leaves jsonschema alone at work.
Predicate = Callable[[Any], bool]
ANNOTATION_KEYWORDS = frozenset({"$schema", "$id", "$comment", "title", "description", "examples", "default"})
TYPE_PREDICATES: dict[str, Predicate] = {
    "object": lambda x: isinstance(x, dict), "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str), "null": lambda x: x is None, "boolean": lambda x: isinstance(x, bool),
    "integer": lambda x: isinstance(x, int) and not isinstance(x, bool),  # jsonschema also takes 1.0: stricter
    "number": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
}


class _UnknownKeyword(Exception):
    """A schema keyword the compiled check does not implement."""


def _compiled(schema: Any) -> Predicate:
    if schema is True or schema == {}:
        return lambda _x: True
    if schema is False:
        return lambda _x: False
    if not isinstance(schema, dict) or not set(schema) - ANNOTATION_KEYWORDS <= set(KEYWORD_PREDICATES):
        raise _UnknownKeyword(schema)
    checks = [KEYWORD_PREDICATES[key](value, schema) for key, value in schema.items()
              if key in KEYWORD_PREDICATES and not (key == "required" and "properties" in schema)]
    checks = [c for c in checks if c is not None]
    if len(checks) == 1:
        return checks[0]
    return lambda x: all(check(x) for check in checks)


def _type(names: str | list[str], _schema: dict[str, Any]) -> Predicate:
    tests = [TYPE_PREDICATES[name] for name in ([names] if isinstance(names, str) else names)]
    return tests[0] if len(tests) == 1 else lambda x: any(test(x) for test in tests)


def _object(properties: dict[str, Any], schema: dict[str, Any]) -> Predicate:
    """``properties`` with ``required`` and ``additionalProperties`` beside it, in one walk over the keys."""
    checks = {name: _compiled(sub) for name, sub in properties.items()}
    required = tuple(schema.get("required", ()))
    extra = schema.get("additionalProperties", True)
    extra_check = _compiled(extra)

    def check(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        if any(name not in x for name in required):
            return False
        for key, value in x.items():
            test = checks.get(key)
            if not (test(value) if test is not None else extra_check(value)):
                return False
        return True
    return check


def _additional(extra: Any, schema: dict[str, Any]) -> Predicate | None:
    if "properties" in schema:
        return None  # checked with the properties
    return _object({}, schema)


def _required(names: list[str], _schema: dict[str, Any]) -> Predicate:
    return lambda x: not isinstance(x, dict) or all(name in x for name in names)


def _items(items: Any, _schema: dict[str, Any]) -> Predicate:
    check = _compiled(items)
    return lambda x: not isinstance(x, list) or all(check(item) for item in x)


def _enum(values: list[Any], _schema: dict[str, Any]) -> Predicate:
    if all(isinstance(v, str) for v in values):
        strings = frozenset(values)
        return lambda x: isinstance(x, str) and x in strings
    return lambda x: any(type(x) is type(v) and x == v for v in values)  # 1 is not True; 1.0 refused: stricter


def _const(value: Any, schema: dict[str, Any]) -> Predicate:
    return _enum([value], schema)


def _min_length(length: int, _schema: dict[str, Any]) -> Predicate:
    return lambda x: not isinstance(x, str) or len(x) >= length


def _minimum(minimum: float, _schema: dict[str, Any]) -> Predicate:
    return lambda x: not TYPE_PREDICATES["number"](x) or x >= minimum


def _pattern(pattern: str, _schema: dict[str, Any]) -> Predicate:
    search = re.compile(pattern).search  # jsonschema's own test: re.search
    return lambda x: not isinstance(x, str) or search(x) is not None


def _all_of(schemas: list[Any], _schema: dict[str, Any]) -> Predicate:
    checks = [_compiled(sub) for sub in schemas]
    return lambda x: all(check(x) for check in checks)


def _dependent_required(dependencies: dict[str, list[str]], _schema: dict[str, Any]) -> Predicate:
    pairs = tuple(dependencies.items())
    return lambda x: not isinstance(x, dict) or all(all(d in x for d in needed) for key, needed in pairs if key in x)


KEYWORD_PREDICATES: dict[str, Callable[[Any, dict[str, Any]], Predicate | None]] = {
    "type": _type, "properties": _object, "required": _required, "additionalProperties": _additional,
    "items": _items, "enum": _enum, "const": _const, "minLength": _min_length, "minimum": _minimum,
    "pattern": _pattern, "allOf": _all_of, "dependentRequired": _dependent_required,
}


@cache
def _fast_check() -> Predicate | None:
    """The compiled check of the annotation schema, or None when the schema uses a keyword it does not know."""
    schema = annotation_schema()
    try:
        return _compiled(_with_refs_written_in(schema, schema.get("$defs", {})))
    except _UnknownKeyword:
        return None


def check_schema(data: object, source: str) -> None:
    fast = _fast_check()
    if fast is not None and fast(data):
        return
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
