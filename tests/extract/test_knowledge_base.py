"""The knowledge base: its query, the pure rows-to-document function, the loader's guard on identifiers."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from newsld.errors import ConfigError
from newsld.extract.knowledge_base import (
    FORMAT,
    kb_query,
    knowledge_base_from_bindings,
    knowledge_base_from_document,
    load_knowledge_base,
    verified_qids,
)
from newsld.resources import knowledge_base_file, wikidata_mirror_file

WD = "http://www.wikidata.org/entity/"


def test_bindings_become_a_sorted_kb_document():
    rows = [
        {"item": WD + "Q7747", "key": "label@fr", "value": "Vladimir Poutine"},
        {"item": WD + "Q7747", "key": "label@en", "value": "Vladimir Putin"},
        {"item": WD + "Q7747", "key": "alias@fr", "value": "Poutine"},
        {"item": WD + "Q7747", "key": "P39", "value": WD + "Q218295"},
        {"item": WD + "Q7747", "key": "P31", "value": WD + "Q5"},
        {"item": WD + "Q159", "key": "label@fr", "value": "Russie"},
        {"item": WD + "Q159", "key": "P36", "value": WD + "Q649"},
        {"item": WD + "Q159", "key": "P31", "value": WD + "Q3624078"},
        {"item": WD + "Q159", "key": "P31", "value": "not an entity"},
        {"item": "http://example.org/x", "key": "label@fr", "value": "ignored"},
    ]
    document = knowledge_base_from_bindings(rows, {"endpoint": "test"})
    assert document["format"] == FORMAT and document["provenance"] == {"endpoint": "test"}
    assert [e["qid"] for e in document["entities"]] == ["Q159", "Q7747"]
    putin = document["entities"][1]
    assert putin["type"] == "person" and putin["aliases"] == {"fr": ["Poutine"]}
    assert putin["labels"] == {"en": "Vladimir Putin", "fr": "Vladimir Poutine"}
    assert putin["claims"] == {"P31": ["Q5"], "P39": ["Q218295"]}
    assert document["entities"][0]["type"] == "country" and document["entities"][0]["claims"]["P31"] == ["Q3624078"]


def test_kinds_from_ids_tsv_win_over_a_missing_class():
    rows = [{"item": WD + "Q2060629", "key": "label@fr", "value": "Administration présidentielle de Russie"}]
    document = knowledge_base_from_bindings(rows, {}, {"Q2060629": "organization"})
    assert document["entities"][0]["type"] == "organization"


def test_query_fills_values_and_refuses_what_is_not_a_qid():
    query = kb_query(["Q7747", "Q159"])
    assert "VALUES ?item { wd:Q159 wd:Q7747 }" in query
    with pytest.raises(ConfigError):
        kb_query(["Q7747", "Q1 } ; DROP ALL"])


def test_the_query_over_the_mirror_gives_the_shipped_entities():
    graph = Graph().parse(wikidata_mirror_file(), format="turtle")
    result = graph.query(kb_query(["Q7747", "Q159"]))
    rows = [{str(v): str(r[v]) for v in result.vars if r[v] is not None} for r in result]
    document = knowledge_base_from_bindings(rows, {})
    russia = next(e for e in document["entities"] if e["qid"] == "Q159")
    assert russia["claims"]["P36"] == ["Q649"] and russia["labels"]["fr"] == "Russie"


def test_shipped_kb_holds_only_verified_identifiers():
    data = json.loads(knowledge_base_file().read_text(encoding="utf-8"))
    allowed = verified_qids()
    assert data["format"] == FORMAT and data["entities"]
    for entity in data["entities"]:
        assert entity["qid"] in allowed
    kb = load_knowledge_base()
    assert kb.get("Q2060629").metonyms == ("Kremlin",)
    assert kb.head_of_state("Q423") == "Q56226" and kb.capital_of("Q649") == "Q159"


def test_loader_drops_unverified_entities_and_claims():
    document = {"format": FORMAT, "provenance": {}, "entities": [
        {"qid": "Q7530", "type": "person", "labels": {"fr": "pas Loukachenko"}, "claims": {}},
        {"qid": "Q2866", "type": "person", "labels": {"fr": "Alexandre Loukachenko"},
         "claims": {"P22": ["Q5765"], "P27": ["Q184"]}},
    ]}
    kb = knowledge_base_from_document(document)
    assert kb.get("Q7530") is None
    assert kb.get("Q2866").claim("P22") == () and kb.get("Q2866").claim("P27") == ("Q184",)
