"""The row limit of query answers (newsld.store.results): cut exactly at the limit, in every format.

Oxigraph writes the answer in a line format into a writer that stops it past the limit; these tests pin
the edges: exactly the limit is not cut, one more is; a newline or tab inside a literal is not a line.
"""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from newsld.store.results import GRAPH_FORMATS, RESULT_FORMATS, serialise

EX = "http://example.org/"
AWKWARD = 'line one\nline two\ttabbed "quoted"'


@pytest.fixture(scope="module")
def store() -> ox.Store:
    memory = ox.Store()
    for i in range(5):
        memory.add(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}label"), ox.Literal(f"{AWKWARD} {i}")))
    return memory


SELECT = f"SELECT ?s ?label WHERE {{ ?s <{EX}label> ?label }} ORDER BY ?s"
CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}label> ?label }} WHERE {{ ?s <{EX}label> ?label }}"


@pytest.mark.parametrize("limit, rows, truncated", [(10, 5, False), (5, 5, False), (4, 4, True), (1, 1, True),
                                                     (0, 0, True)])
def test_solutions_are_cut_exactly_at_the_limit(store, limit: int, rows: int, truncated: bool) -> None:
    out = serialise(store.query(SELECT), "json", None, limit)
    assert (out.rows, out.truncated) == (rows, truncated)
    document = json.loads(out.body)
    assert len(document["results"]["bindings"]) == rows
    assert document.get("truncated", False) is truncated
    assert all(b["label"]["value"].startswith(AWKWARD) for b in document["results"]["bindings"])


@pytest.mark.parametrize("key", list(RESULT_FORMATS))
def test_every_results_format_keeps_the_same_rows(store, key: str) -> None:
    out = serialise(store.query(SELECT), key, None, 3)
    assert out.format_key == key and out.rows == 3 and out.truncated
    if key == "csv":  # Oxigraph writes CSV but does not read it
        values = [row[1] for row in csv.reader(io.StringIO(out.body.decode(), newline=""))][1:]
    else:
        values = [solution["label"].value for solution in ox.parse_query_results(out.body, format=RESULT_FORMATS[key])]
    assert values == [f"{AWKWARD} {i}" for i in range(3)]


@pytest.mark.parametrize("key", list(GRAPH_FORMATS))
def test_graphs_are_cut_at_the_limit_in_every_format(store, key: str) -> None:
    out = serialise(store.query(CONSTRUCT), None, key, 2)
    assert (out.rows, out.truncated) == (2, True)
    quads = list(ox.parse(out.body, format=GRAPH_FORMATS[key]))
    assert len(quads) == 2 and all(q.object.value.startswith(AWKWARD) for q in quads)
    whole = serialise(store.query(CONSTRUCT), None, key, 100)
    assert (whole.rows, whole.truncated) == (5, False)


def test_ask_and_empty_results(store) -> None:
    assert json.loads(serialise(store.query("ASK { ?s ?p ?o }"), "json", None, 0).body)["boolean"] is True
    empty = serialise(store.query(f"SELECT ?s WHERE {{ ?s <{EX}none> ?o }}"), "xml", None, 5)
    assert (empty.rows, empty.truncated) == (0, False)
    no_variables = serialise(store.query("SELECT * WHERE { }"), "json", None, 5)
    assert json.loads(no_variables.body)["results"]["bindings"] == [{}]


def test_a_huge_answer_stops_early(store) -> None:
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r }"  # 5^6 rows
    out = serialise(store.query(cross), "tsv", None, 10)
    assert out.truncated and out.body.count(b"\n") == 11
