"""Shared builder for the gold annotation sources of benchmarks/gold/ (see README.md there).

A gold source (``<id>.annotation.src.py``) writes its article's facts by their words, in the conventions of
the curated annotation of the bundled article (articles/kim-putin-2023-09.annotation.src.py): no offset is
typed by hand, every span is found by ``tools/annotate_offsets.py``'s Locator. This module turns the tables
a source defines into the annotation document:

- ``LOCAL``: the source's own unlinked entities ``(id, label, label_en, type, extra)``;
- ``MENTIONS``: ``(words, where, entity, kind)``;
- ``TIMES``: ``(id, (words, where) | None, value, precision, rule, note)``;
- ``EVENTS`` and ``SPEECH_ACTS``: built with :func:`event` and :func:`speech`;
- ``NOTE`` (the annotator's note) and optionally ``PUBLISHED_INFERRED`` and ``DESCRIPTIONS`` (QID -> text).

Linked entities are not listed by hand: every QID a source uses is looked up in the verified identifiers
(src/newsld/data/wikidata/ids.tsv) for its labels and type, so a QID outside that list fails the build.
"""

from __future__ import annotations

import csv
import sys
from functools import cache
from pathlib import Path
from typing import Any

from newsld.errors import AnnotationError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from annotate_offsets import event, speech  # noqa: F401  (re-exported: the gold sources import them from here)

IDS_TSV = Path(__file__).resolve().parents[2] / "src" / "newsld" / "data" / "wikidata" / "ids.tsv"

# ids.tsv kind -> annotation entity type; any other kind (class, position, property) is not an entity here
ENTITY_TYPE_OF_KIND = {"person": "person", "place": "place", "country": "country",
                       "organization": "organization", "event": "other"}

NOT_VERIFIED = "not among the verified Wikidata identifiers (src/newsld/data/wikidata/ids.tsv)"

CONVENTIONS = (
    "Conventions of the curated annotation of articles/kim-putin-2023-09.txt (see its ANNOTATOR_NOTE): names, "
    "role nouns and pronouns that refer to one entity are mentions (a title right before the name is part of "
    "the name's phrase; a role noun in apposition is a nominal mention; a role noun fused with « du » starts at "
    "the noun); a capital or the Kremlin standing for a government is a metonym linked to the state (the "
    "Kremlin to Q2060629); a city that is the place keeps its own QID. Every pair of guillemets is one speech "
    "act, quotes without the marks. Times are normalised against the publication date and the day the text "
    "fixes; a year stays a year, durations and vague times have no value. Only verified QIDs; anything else is "
    "a local entity with its unlinked_reason."
)


@cache
def verified_entities() -> dict[str, dict[str, str]]:
    """QID -> {label, label_en, type} for every verified or likely entity row of ids.tsv."""
    with IDS_TSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {row["id"]: {"label": row["label_fr"], "label_en": row["label_en"],
                        "type": ENTITY_TYPE_OF_KIND[row["kind"]]}
            for row in rows if row["kind"] in ENTITY_TYPE_OF_KIND}


def _referenced(spec: dict[str, Any]) -> list[str]:
    """Every entity id the source uses, in order of first use."""
    ids: list[str] = [entity for _w, _where, entity, _k in spec["MENTIONS"]]
    for item in spec["EVENTS"] + spec["SPEECH_ACTS"]:
        ids.extend(entity for _role, entity in item.get("roles", []))
        ids.extend(item[key] for key in ("speaker", "place", "addressee") if key in item)
        ids.extend(item.get("according_to", []))
    return list(dict.fromkeys(ids))


def _entities(spec: dict[str, Any]) -> list[dict[str, Any]]:
    local = {id_: {"id": id_, "label": label, "label_en": label_en, "type": type_, **extra}
             for id_, label, label_en, type_, extra in spec["LOCAL"]}
    verified, descriptions = verified_entities(), spec.get("DESCRIPTIONS", {})
    entities = []
    for id_ in dict.fromkeys(_referenced(spec) + list(local)):
        if id_ in local:
            entities.append(local[id_])
        elif id_ in verified:
            extra = {"description": descriptions[id_]} if id_ in descriptions else {}
            entities.append({"id": id_, **verified[id_], **extra})
        else:
            raise AnnotationError(f"{id_!r} is neither a verified entity of ids.tsv nor a LOCAL entity")
    return entities


def _mentions(loc: Any, spec: dict[str, Any]) -> list[dict[str, Any]]:
    mentions = []
    for words, where, entity, kind in spec["MENTIONS"]:
        span = loc.span(words, where)
        mentions.append({"id": f"m-{span['start']}-{span['end']}", **span, "entity": entity, "kind": kind})
    return sorted(mentions, key=lambda m: (m["start"], -m["end"]))


def _times(loc: Any, spec: dict[str, Any]) -> list[dict[str, Any]]:
    times = []
    for id_, words, value, precision, rule, note in spec["TIMES"]:
        span = loc.span(*words) if words else {}
        times.append({"id": id_, **span, "value": value, "precision": precision, "rule": rule, "note": note})
    return times


def _resolve(loc: Any, item: dict[str, Any]) -> dict[str, Any]:
    """Spans for the trigger, quotes and evidence (the trigger's sentence unless a range is given)."""
    out = {k: v for k, v in item.items() if v is not None}
    out["trigger"] = loc.span(*item["trigger"])
    if "quotes" in item:
        out["quotes"] = [loc.span(*q) for q in item["quotes"]]
    evidence = item["evidence"]
    out["evidence"] = loc.range(*evidence) if evidence else loc.sentence(*item["trigger"])
    if "roles" in item:
        out["roles"] = [{"role": role, "entity": entity} for role, entity in item["roles"]]
    return out


def build_document(loc: Any, article: Any, spec: dict[str, Any]) -> dict[str, Any]:
    """The annotation document of ``article`` from a source's tables (its module globals)."""
    meta = {"id": article.id, "language": article.language, "source": article.source,
            "text_sha256": article.sha256,
            "published": {"value": article.published.value, "precision": article.published.precision}}
    if spec.get("PUBLISHED_INFERRED"):
        meta["published_inferred"] = spec["PUBLISHED_INFERRED"]
    return {
        "format": "newsld-annotation/1",
        "article": meta,
        "annotator": {"kind": "curated", "name": "newsld gold corpus (hand-checked)", "version": "1",
                      "note": spec["NOTE"] + "\n" + CONVENTIONS},
        "entities": _entities(spec),
        "mentions": _mentions(loc, spec),
        "times": _times(loc, spec),
        "events": [_resolve(loc, e) for e in spec["EVENTS"]],
        "speech_acts": [_resolve(loc, s) for s in spec["SPEECH_ACTS"]],
    }
