"""The row limit of query answers (newsld.store.results): cut exactly at the limit, in every format.

Oxigraph writes the answer into a writer that counts what it writes once per row and stops it past the limit;
these tests pin the edges: exactly the limit is not cut, one more is; a newline or tab inside a literal is not
a line, and a literal holding JSON's separator between solutions is not a solution.
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


def rows_in(out, key: str) -> list:
    """The solutions (or triples) of a serialised answer, read back from its body."""
    if key == "csv":  # Oxigraph writes CSV but does not read it
        return [row[1] for row in csv.reader(io.StringIO(out.body.decode(), newline=""))][1:]
    if key in GRAPH_FORMATS and out.kind == "graph":
        return [quad.object.value for quad in ox.parse(out.body, format=GRAPH_FORMATS[key])]
    solutions = ox.parse_query_results(out.body, format=RESULT_FORMATS[key])
    return [solution["label"].value if solution["label"] else solution for solution in solutions]


SELECT = f"SELECT ?s ?label WHERE {{ ?s <{EX}label> ?label }} ORDER BY ?s"
CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}label> ?label }} WHERE {{ ?s <{EX}label> ?label }}"


@pytest.mark.parametrize("limit, rows, truncated", [(10, 5, False), (5, 5, False), (4, 4, True), (1, 1, True),
                                                     (0, 0, True)])
def test_solutions_are_cut_exactly_at_the_limit(store, limit: int, rows: int, truncated: bool) -> None:
    out = serialise(lambda: store.query(SELECT), "json", None, limit)
    assert (len(rows_in(out, "json")), out.truncated) == (rows, truncated)
    document = json.loads(out.body)
    assert len(document["results"]["bindings"]) == rows
    assert document.get("truncated", False) is truncated
    assert all(b["label"]["value"].startswith(AWKWARD) for b in document["results"]["bindings"])


@pytest.mark.parametrize("key", list(RESULT_FORMATS))
def test_every_results_format_keeps_the_same_rows(store, key: str) -> None:
    out = serialise(lambda: store.query(SELECT), key, None, 3)
    assert out.format_key == key and out.truncated
    assert rows_in(out, key) == [f"{AWKWARD} {i}" for i in range(3)]


@pytest.mark.parametrize("key", list(GRAPH_FORMATS))
def test_graphs_are_cut_at_the_limit_in_every_format(store, key: str) -> None:
    out = serialise(lambda: store.query(CONSTRUCT), None, key, 2)
    assert out.truncated
    labels = rows_in(out, key)
    assert len(labels) == 2 and all(label.startswith(AWKWARD) for label in labels)
    whole = serialise(lambda: store.query(CONSTRUCT), None, key, 100)
    assert (len(rows_in(whole, key)), whole.truncated) == (5, False)


def test_ask_and_empty_results(store) -> None:
    assert json.loads(serialise(lambda: store.query("ASK { ?s ?p ?o }"), "json", None, 0).body)["boolean"] is True
    empty = serialise(lambda: store.query(f"SELECT ?s WHERE {{ ?s <{EX}none> ?o }}"), "xml", None, 5)
    assert (rows_in(empty, "xml"), empty.truncated) == ([], False)
    no_variables = serialise(lambda: store.query("SELECT * WHERE { }"), "json", None, 5)
    assert json.loads(no_variables.body)["results"]["bindings"] == [{}]


def test_a_huge_answer_stops_early(store) -> None:
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r }"  # 5^6 rows
    out = serialise(lambda: store.query(cross), "tsv", None, 10)
    assert out.truncated and out.body.count(b"\n") == 11


SEPARATOR_LITERALS = ["ends with },{", "},{", "a\r\nb", "<result>"]


@pytest.fixture(scope="module")
def tricky_store() -> ox.Store:
    """Literals that hold what the writers write between solutions."""
    memory = ox.Store()
    for i, text in enumerate(SEPARATOR_LITERALS):
        memory.add(ox.Quad(ox.NamedNode(f"{EX}t{i}"), ox.NamedNode(f"{EX}label"), ox.Literal(text)))
    return memory


@pytest.mark.parametrize("key", list(RESULT_FORMATS))
@pytest.mark.parametrize("limit, truncated", [(4, False), (3, True), (2, True), (10, False)])
def test_literals_that_look_like_row_separators_never_change_the_cut(tricky_store, key, limit, truncated) -> None:
    runs = []

    def run():
        runs.append(1)
        return tricky_store.query(SELECT)

    out = serialise(run, key, None, limit)
    assert out.truncated is truncated
    assert rows_in(out, key) == SEPARATOR_LITERALS[:limit]
    assert len(runs) <= 2


def test_an_answer_that_fits_is_run_once_and_one_that_does_not_is_run_again(store) -> None:
    runs = []

    def run():
        runs.append(1)
        return store.query(SELECT)

    serialise(run, "json", None, 5)
    assert len(runs) == 1
    out = serialise(run, "json", None, 4)
    assert len(runs) == 3 and out.truncated and json.loads(out.body)["truncated"] is True


@pytest.mark.parametrize("key", ["json", "xml", "csv"])
def test_a_huge_answer_stops_early_in_every_results_format(store, key: str) -> None:
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r . ?s ?t ?u }"  # 5^7
    out = serialise(lambda: store.query(cross), key, None, 10)
    assert out.truncated and len(rows_in(out, key)) == 10
