"""The entity knowledge base that linking reads: Wikidata labels, aliases, types and a few claims.

File format (``src/newsld/data/kb.json``, ``"format": "newsld-kb/1"``)::

    {"format": "newsld-kb/1",
     "provenance": {"endpoint": ..., "retrieved": ..., "query": "kb.rq", ...},
     "entities": [{"qid": "Q7747", "type": "person",
                   "labels": {"fr": "Vladimir Poutine", "en": "Vladimir Putin"},
                   "aliases": {"fr": [...], "en": [...]},
                   "claims": {"P31": ["Q5"], "P27": ["Q159"], "P39": ["Q218295"], ...}}]}

It is made by running ``src/newsld/data/kb.rq`` (``kb_query``) against Wikidata or its mirror and passing the
rows to the pure ``knowledge_base_from_bindings``. Aliases that Wikidata does not carry but French news uses
(``le Kremlin`` for the presidential administration, ``RPDC``) live in ``kb-aliases.json`` beside it, so a
refresh never loses them; so do names that denote an entity only in a context (``contextual``: the bare
``Conseil de sécurité`` is the UN's only in an article about the UN); and the place a metonym names
(``seats``: ``au Kremlin`` is the Moscow Kremlin, where the presidential administration sits). Loading keeps
only entities and claim values among the verified identifiers (``wikidata/ids.tsv``): linking can never emit
an unverified QID.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from newsld.errors import ConfigError
from newsld.extract.model import fold
from newsld.resources import knowledge_base_file, package_data, verified_ids_file

FORMAT = "newsld-kb/1"
ALIASES_FORMAT = "newsld-kb-aliases/1"
QID = re.compile(r"^Q[1-9][0-9]*$")
ENTITY_IRI = re.compile(r"^http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
CLAIMS = ("P31", "P22", "P27", "P39", "P17", "P36", "P131", "P35", "P1906", "P1308", "P40", "P361", "P159")
VALUES_SLOT = "VALUES ?item { }"

# The entity type from its class (wdt:P31); ids.tsv's kind wins when the caller knows it.
TYPE_OF_CLASS = {
    "Q5": "person",
    "Q3624078": "country", "Q6256": "country",
    "Q515": "place", "Q5119": "place", "Q835714": "place",
    "Q484652": "organization", "Q43229": "organization", "Q7278": "organization", "Q192283": "organization",
    "Q20901295": "organization", "Q192350": "organization", "Q17505024": "organization",
    "Q11032": "organization",
    "Q4164871": "position",
}
KIND_TO_TYPE = {"person": "person", "place": "place", "country": "country", "organization": "organization",
                "position": "position", "event": "event"}


@dataclass(frozen=True)
class NameContext:
    """When a contextual name denotes its entity: the article links one of ``qids`` (before the name, when
    ``named_before``), or uses one of ``words``."""

    qids: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    named_before: bool = False


@dataclass(frozen=True)
class KBEntity:
    qid: str
    type: str
    labels: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    claims: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    metonyms: tuple[str, ...] = ()  # names of a place standing for it (`Kremlin`)
    contextual: tuple[str, ...] = ()  # names that denote it only in ``context`` (`Conseil de sécurité`)
    context: NameContext = field(default_factory=NameContext)
    seat: str | None = None  # the place its metonym names (`au Kremlin`: the Moscow Kremlin, where it sits)

    def label(self, lang: str = "fr") -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.qid

    def claim(self, prop: str) -> tuple[str, ...]:
        return self.claims.get(prop, ())

    def names(self) -> list[str]:
        """Every name of the entity: labels, then aliases, French first."""
        names = [self.labels[lang] for lang in ("fr", "en") if lang in self.labels]
        for lang in ("fr", "en"):
            names.extend(self.aliases.get(lang, ()))
        return list(dict.fromkeys([*names, *self.metonyms, *self.contextual]))


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: indexes are cached per knowledge base
class KnowledgeBase:
    entities: Mapping[str, KBEntity]
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def get(self, qid: str) -> KBEntity | None:
        return self.entities.get(qid)

    # The entities of each set of types, filtered once: the rules ask for the base's countries many times an article.
    _of_types: dict[tuple[str, ...], tuple[KBEntity, ...]] = field(default_factory=dict, init=False, repr=False)

    def of_type(self, *types: str) -> list[KBEntity]:
        found = self._of_types.get(types)
        if found is None:
            found = self._of_types[types] = tuple(e for e in self.entities.values() if e.type in types)
        return list(found)

    def countries_by_label(self) -> dict[str, str]:
        """The base's states by folded French label -> QID: a new dict each call, which the caller may extend."""
        return {fold(e.label("fr")): e.qid for e in self.of_type("country")}

    def sole_nationalities(self) -> dict[str, str]:
        """The base's persons with exactly one country (wdt:P27) -> that country: whose side they speak for."""
        return {e.qid: e.claim("P27")[0] for e in self.of_type("person") if len(e.claim("P27")) == 1}

    def capital_of(self, place_qid: str) -> str | None:
        """The country whose capital (wdt:P36) is this place."""
        return next((e.qid for e in self.of_type("country") if place_qid in e.claim("P36")), None)

    def head_of_state(self, country_qid: str) -> str | None:
        """The country's head of state: wdt:P35, else the holder of its head-of-state office (wdt:P1906)."""
        country = self.get(country_qid)
        if country is None:
            return None
        if country.claim("P35"):
            return country.claim("P35")[0]
        for office in country.claim("P1906"):
            holders = self.holders(office)
            if holders:
                return holders[0]
        return None

    def holders(self, position_qid: str) -> list[str]:
        """People holding a position (wdt:P39 on them, or wdt:P1308 on the position)."""
        position = self.get(position_qid)
        found = [e.qid for e in self.of_type("person") if position_qid in e.claim("P39")]
        if position is not None:
            found.extend(q for q in position.claim("P1308") if q in self.entities and q not in found)
        return sorted(found)


def kb_query_template() -> str:
    return package_data("kb.rq").read_text(encoding="utf-8")


def kb_query(qids: Iterable[str]) -> str:
    """The knowledge-base query with its VALUES list filled (each QID checked, so nothing else gets in)."""
    items = sorted(set(qids), key=lambda q: int(q[1:]) if QID.match(q) else -1)
    bad = [q for q in items if not QID.match(q)]
    if bad:
        raise ConfigError(f"not Wikidata item ids: {', '.join(map(str, bad))}")
    template = kb_query_template()
    if VALUES_SLOT not in template:
        raise ConfigError(f"kb.rq has no '{VALUES_SLOT}' slot for the items")
    return template.replace(VALUES_SLOT, "VALUES ?item { " + " ".join(f"wd:{q}" for q in items) + " }")


def _qid_of(value: str) -> str | None:
    match = ENTITY_IRI.match(value)
    return match.group(1) if match else None


def _type_of(qid: str, claims: Mapping[str, list[str]], kinds: Mapping[str, str]) -> str:
    if kinds.get(qid) in KIND_TO_TYPE:
        return KIND_TO_TYPE[kinds[qid]]
    for cls in claims.get("P31", []):
        if cls in TYPE_OF_CLASS:
            return TYPE_OF_CLASS[cls]
    if claims.get("P17") or claims.get("P131"):
        return "place"
    return "other"


def _collect(rows: Iterable[Mapping[str, str]]) -> dict[str, dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    for row in rows:
        qid = _qid_of(str(row.get("item", "")))
        key, value = str(row.get("key", "")), str(row.get("value", ""))
        if qid is None or not key or not value:
            continue
        item = items.setdefault(qid, {"labels": {}, "aliases": {}, "claims": {}})
        kind, _, lang = key.partition("@")
        if kind == "label" and lang:
            item["labels"][lang] = value
        elif kind == "alias" and lang:
            item["aliases"].setdefault(lang, set()).add(value)
        elif key in CLAIMS and _qid_of(value):
            item["claims"].setdefault(key, set()).add(_qid_of(value))
    return items


def knowledge_base_from_bindings(
    rows: Iterable[Mapping[str, str]], provenance: Mapping[str, Any], kinds: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Turn ``kb.rq`` SELECT rows (dicts: variable -> string) into a ``newsld-kb/1`` document.

    ``kinds`` (QID -> person/place/country/organization/position, e.g. from ids.tsv) fixes the type where
    the item has no telling ``wdt:P31``. Pure and deterministic: sorted entities, sorted lists.
    """
    kinds = kinds or {}
    entities = []
    for qid, item in sorted(_collect(rows).items(), key=lambda kv: int(kv[0][1:])):
        claims = {p: sorted(v, key=lambda q: int(q[1:])) for p, v in sorted(item["claims"].items())}
        entities.append({
            "qid": qid,
            "type": _type_of(qid, claims, kinds),
            "labels": dict(sorted(item["labels"].items())),
            "aliases": {lang: sorted(v) for lang, v in sorted(item["aliases"].items())},
            "claims": claims,
        })
    return {"format": FORMAT, "provenance": dict(provenance), "entities": entities}


def verified_qids() -> frozenset[str]:
    lines = verified_ids_file().read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines[1:] if QID.match(line.split("\t", 1)[0]))


def verified_kinds() -> dict[str, str]:
    """QID -> kind column of ids.tsv."""
    rows = [line.split("\t") for line in verified_ids_file().read_text(encoding="utf-8").splitlines()[1:]]
    return {r[0]: r[1] for r in rows if len(r) > 1 and QID.match(r[0])}


def _read_json(path: Path, expected_format: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ConfigError(f"{path}: knowledge base file not found") from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ConfigError(f"{path}: not a JSON knowledge base: {err}") from err
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise ConfigError(f"{path}: not a {expected_format} document")
    return data


@dataclass(frozen=True)
class CuratedNames:
    """Names from kb-aliases.json: aliases, and metonyms (a place's name standing for the entity)."""

    aliases: Mapping[str, list[str]] = field(default_factory=dict)
    metonyms: Mapping[str, list[str]] = field(default_factory=dict)
    contextual: Mapping[str, tuple[tuple[str, ...], NameContext]] = field(default_factory=dict)
    seats: Mapping[str, str] = field(default_factory=dict)


def _entity(raw: Mapping[str, Any], allowed: frozenset[str], curated: CuratedNames) -> KBEntity:
    qid = raw["qid"]
    aliases = {lang: tuple(v) for lang, v in raw.get("aliases", {}).items()}
    if curated.aliases.get(qid):
        aliases["fr"] = tuple(dict.fromkeys([*aliases.get("fr", ()), *curated.aliases[qid]]))
    claims = {p: tuple(q for q in v if q in allowed) for p, v in raw.get("claims", {}).items()}
    contextual, context = curated.contextual.get(qid, ((), NameContext()))
    seat = curated.seats.get(qid)
    return KBEntity(qid, raw.get("type", "other"), dict(raw.get("labels", {})), aliases, claims,
                    tuple(curated.metonyms.get(qid, ())), contextual, context, seat if seat in allowed else None)


def curated_names() -> CuratedNames:
    data = _read_json(package_data("kb-aliases.json"), ALIASES_FORMAT)
    return CuratedNames({q: list(n) for q, n in data.get("aliases", {}).items()},
                        {q: list(n) for q, n in data.get("metonyms", {}).items()},
                        {q: _contextual(rule) for q, rule in data.get("contextual", {}).items()},
                        {q: str(place) for q, place in data.get("seats", {}).items()})


def _contextual(rule: Mapping[str, Any]) -> tuple[tuple[str, ...], NameContext]:
    context = NameContext(tuple(rule.get("context", ())), tuple(rule.get("context_words", ())),
                          bool(rule.get("named_before", False)))
    return tuple(rule.get("names", ())), context


def knowledge_base_from_document(data: Mapping[str, Any], curated: CuratedNames | None = None) -> KnowledgeBase:
    """A KnowledgeBase from a ``newsld-kb/1`` document, restricted to verified identifiers."""
    allowed = verified_qids()
    curated = curated or CuratedNames()
    entities = {}
    for raw in data.get("entities", []):
        if raw.get("qid") in allowed:
            entities[raw["qid"]] = _entity(raw, allowed, curated)
    return KnowledgeBase(entities, dict(data.get("provenance", {})))


@cache
def load_knowledge_base(path: Path | None = None) -> KnowledgeBase:
    """The knowledge base at ``path`` (default: the shipped kb.json) with the curated aliases; cached."""
    path = path or knowledge_base_file()
    return knowledge_base_from_document(_read_json(path, FORMAT), curated_names())
