"""The annotation schema's $defs are written into the validator's schema (speed) without changing a verdict."""

from __future__ import annotations

import copy
import json

import jsonschema

from newsld.annotation import _schema_validator, annotation_schema, curated_annotation_path
from newsld.resources import bundled_article


def _verdicts(validator: jsonschema.Draft202012Validator, document: dict) -> list[tuple[list, str]]:
    return sorted((list(e.absolute_path), e.message) for e in validator.iter_errors(document))


def test_the_validator_resolves_no_reference_at_run_time() -> None:
    assert "$ref" not in json.dumps(_schema_validator().schema)


def test_written_in_definitions_give_the_same_errors_as_references() -> None:
    document = json.loads(curated_annotation_path(bundled_article()).read_text(encoding="utf-8"))
    broken = copy.deepcopy(document)
    broken["mentions"][0]["start"] = "x"  # a property defined inline
    broken["events"][0]["trigger"] = {"start": 1}  # a $ref with a description beside it
    broken["events"][0]["status"] = "rumoured"  # a $ref to an enum
    broken["article"]["published"] = {"value": "2023-9"}  # a $ref inside a nested object
    referencing = jsonschema.Draft202012Validator(annotation_schema())
    for candidate in (document, broken):
        assert _verdicts(_schema_validator(), candidate) == _verdicts(referencing, candidate)
    assert len(_verdicts(_schema_validator(), broken)) >= 4
