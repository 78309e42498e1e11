"""The embedded store: atomic publication, versions, and the site's read API."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from tests.web.conftest import ASSERTED, FILLER, MEETING, SUSPECTED, UNASSERTED, WD, small_event_dataset

from newsld.errors import QueryError, StoreError
from newsld.store import EmbeddedStore
from newsld.store.bindings import bind_values


@pytest.fixture
def store(tmp_path: Path) -> EmbeddedStore:
    published = EmbeddedStore(tmp_path / "store")
    published.publish(*small_event_dataset())
    return published


def test_nothing_is_published_at_first(tmp_path: Path) -> None:
    empty = EmbeddedStore(tmp_path / "store")
    assert not empty.is_published()
    assert empty.version() == ""
    with pytest.raises(StoreError, match="newsld build"):
        empty.select("SELECT * WHERE { ?s ?p ?o }")


def test_default_graph_is_the_asserted_view_and_named_graphs_hold_everything(store: EmbeddedStore) -> None:
    assert store.ask("ASK { ?e ?p ?o }", {"e": MEETING})
    assert not store.ask("ASK { ?e ?p ?o }", {"e": SUSPECTED})
    rows = store.select("SELECT ?g WHERE { GRAPH ?g { ?e ?p ?o } }", {"e": SUSPECTED})
    assert {row["g"] for row in rows} == {UNASSERTED}


def test_select_binds_parameters_and_returns_rdflib_terms(store: EmbeddedStore) -> None:
    rows = store.select(f"SELECT ?label WHERE {{ ?x <{RDFS.label}> ?label }}", {"x": WD.Q7747})
    assert rows == [{"label": Literal("Vladimir Poutine", lang="fr")}]
    typed = store.select("SELECT ?when WHERE { ?e <http://www.wikidata.org/prop/direct/P585> ?when }",
                         {"e": MEETING})
    assert typed[0]["when"].datatype == URIRef("http://www.w3.org/2001/XMLSchema#gYearMonth")


def test_plain_literals_come_back_equal_to_rdflib_ones(store: EmbeddedStore) -> None:
    other = EmbeddedStore(store.store_dir.parent / "plain")
    graph = Graph()
    graph.add((MEETING, RDFS.comment, Literal("sans langue")))
    dataset = Dataset()
    dataset.graph(ASSERTED).add((MEETING, RDFS.comment, Literal("sans langue")))
    other.publish(dataset, graph)
    assert other.select("SELECT ?c WHERE { ?e ?p ?c }", {"e": MEETING})[0]["c"] == Literal("sans langue")


def test_construct_returns_the_graph(store: EmbeddedStore) -> None:
    _, view = small_event_dataset()
    assert isomorphic(store.construct("CONSTRUCT WHERE { ?s ?p ?o }"), oxigraph_normalised(view))


def oxigraph_normalised(graph: Graph) -> Graph:
    """``graph`` as Oxigraph stores it: derived integer types become xsd:integer (oxigraph/oxigraph#526)."""
    normalised = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.nonNegativeInteger:
            o = Literal(str(int(o)), datatype=XSD.integer)
        normalised.add((s, p, o))
    return normalised


def test_oxigraph_normalises_derived_integer_types(store: EmbeddedStore) -> None:
    """Pinned, because clients see it: the endpoint answers xsd:integer where the dumps say
    xsd:nonNegativeInteger (Oxigraph stores literals in a canonical form and has no option not to)."""
    rows = store.select("SELECT ?i WHERE { ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
                        "beginIndex> ?i } LIMIT 1")
    assert rows[0]["i"].datatype == XSD.integer


def test_bindings_need_not_be_projected_and_work_in_ask_and_aggregates(store: EmbeddedStore) -> None:
    assert store.ask("ASK { ?e a ?type }", {"e": MEETING})
    rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?e <http://www.wikidata.org/prop/direct/P710> ?who }",
                        {"e": MEETING})
    assert int(rows[0]["n"]) == 2
    graph = store.construct("CONSTRUCT { ?e ?p ?o } WHERE { ?e ?p ?o }", {"e": MEETING})
    assert {s for s in graph.subjects()} == {MEETING}
    label = store.select("SELECT ?e WHERE { ?e ?p ?label }", {"label": Literal("Vladimir Poutine", lang="fr")})
    assert label == [{"e": WD.Q7747}]


def test_a_blank_node_or_a_bad_name_cannot_be_bound(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="blank node"):
        store.select("SELECT * WHERE { ?s ?p ?o }", {"s": BNode()})
    with pytest.raises(QueryError, match="variable name"):
        store.select("SELECT * WHERE { ?s ?p ?o }", {"s) } DROP ALL": MEETING})


def test_wrong_query_form_and_syntax_are_query_errors(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="SELECT"):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="syntax"):
        store.ask("ASK { ?s ?p ")


def test_statistics(store: EmbeddedStore) -> None:
    stats = store.statistics()
    _, view = small_event_dataset()
    assert stats["default_graph_triples"] == len(view)
    assert stats["named_graphs"] == {str(ASSERTED): len(view), str(UNASSERTED): 3}
    assert stats["quads"] == 2 * len(view) + 3
    assert len(view) > FILLER


def test_publication_switches_version_and_readers_follow(store: EmbeddedStore) -> None:
    reader = EmbeddedStore(store.store_dir)
    first = reader.version()
    assert reader.ask("ASK { ?e ?p ?o }", {"e": MEETING})
    dataset = Dataset()
    dataset.graph(ASSERTED).add((SUSPECTED, RDFS.label, Literal("new")))
    view = Graph()
    view.add((SUSPECTED, RDFS.label, Literal("new")))
    store.publish(dataset, view)
    assert reader.version() != first
    assert not reader.ask("ASK { ?e ?p ?o }", {"e": MEETING})
    assert reader.ask("ASK { ?e ?p ?o }", {"e": SUSPECTED})


def test_old_versions_are_removed_but_the_previous_one_is_kept(store: EmbeddedStore) -> None:
    for _ in range(3):
        store.publish(*small_event_dataset())
    versions = sorted(p.name for p in (store.store_dir / "versions").iterdir())
    assert len(versions) == 2
    assert versions[-1] == store.version()


def test_a_failed_publication_leaves_the_last_good_store(store: EmbeddedStore) -> None:
    before = store.version()
    dataset = Dataset()
    bad = Graph()
    bad.add((URIRef("not an IRI"), RDFS.label, Literal("x")))
    with pytest.raises(StoreError, match="cannot publish"):
        store.publish(dataset, bad)
    assert store.version() == before
    assert store.ask("ASK { ?e ?p ?o }", {"e": MEETING})
    assert len(list((store.store_dir / "versions").iterdir())) == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ASK { ?e ?p ?o }", "ASK { VALUES (?e) { (<urn:x>) }  ?e ?p ?o }"),
        ("SELECT * { ?e ?p ?o }", "SELECT * { VALUES (?e) { (<urn:x>) }  ?e ?p ?o }"),
        ("CONSTRUCT { ?e ?p '}' } WHERE { ?e ?p ?o }",
         "CONSTRUCT { ?e ?p '}' } WHERE { VALUES (?e) { (<urn:x>) }  ?e ?p ?o }"),
        ("# a { comment\nSELECT ?e WHERE { { SELECT ?e WHERE { ?e ?p ?o } } }",
         "# a { comment\nSELECT ?e WHERE { VALUES (?e) { (<urn:x>) }  { SELECT ?e WHERE { ?e ?p ?o } } }"),
        ('PREFIX a: <urn:a#> SELECT ("{" AS ?x) WHERE { ?e a:p ?o }',
         'PREFIX a: <urn:a#> SELECT ("{" AS ?x) WHERE { VALUES (?e) { (<urn:x>) }  ?e a:p ?o }'),
    ],
)
def test_bound_values_open_the_where_group(query: str, expected: str) -> None:
    assert bind_values(query, {"e": URIRef("urn:x")}) == expected


def test_a_query_without_a_group_cannot_be_bound() -> None:
    with pytest.raises(QueryError, match="no WHERE group"):
        bind_values("DESCRIBE <urn:x>", {"e": URIRef("urn:x")})
