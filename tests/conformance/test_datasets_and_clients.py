"""The RDF dataset of a query (``default-graph-uri`` / ``named-graph-uri`` vs FROM) and real clients."""

from __future__ import annotations

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

pytestmark = pytest.mark.server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


def graph_names(site) -> tuple[str, str]:
    asserted = f"{site.base}/id/graph/kim-putin-2023-09"
    return asserted, asserted + "/unasserted"


def number(reply) -> int:
    assert reply.status == 200, reply.body
    return int(reply.text.splitlines()[1])


def names(reply) -> list[str]:
    assert reply.status == 200, reply.body
    return reply.text.splitlines()[1:]


def test_default_graph_uri_sets_the_default_graph(site) -> None:
    _, unasserted = graph_names(site)
    in_graph = number(site.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{unasserted}> {{ ?s ?p ?o }} }}",
                                 "text/csv"))
    assert number(site.query(COUNT, "text/csv", **{"default-graph-uri": unasserted})) == in_graph
    assert number(site.query(COUNT, "text/csv")) != in_graph


def test_protocol_graphs_override_the_querys_from(site) -> None:
    asserted, unasserted = graph_names(site)
    from_query = f"SELECT (COUNT(*) AS ?n) FROM <{asserted}> WHERE {{ ?s ?p ?o }}"
    by_from = number(site.query(from_query, "text/csv"))
    overridden = number(site.query(from_query, "text/csv", **{"default-graph-uri": unasserted}))
    assert overridden == number(site.query(COUNT, "text/csv", **{"default-graph-uri": unasserted}))
    assert by_from != overridden


def test_named_graph_uri_limits_graph_patterns(site) -> None:
    asserted, unasserted = graph_names(site)
    assert names(site.query(GRAPHS, "text/csv", **{"named-graph-uri": unasserted})) == [unasserted]
    assert names(site.query(f"SELECT DISTINCT ?g FROM NAMED <{asserted}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                            "text/csv", **{"named-graph-uri": unasserted})) == [unasserted]
    everything = names(site.query(GRAPHS, "text/csv"))
    assert {asserted, unasserted} <= set(everything)


def test_several_default_graphs_merge(site) -> None:
    asserted, unasserted = graph_names(site)
    body = [("query", COUNT), ("default-graph-uri", asserted), ("default-graph-uri", unasserted)]
    merged = number(site.post_form(body, "text/csv"))
    alone = number(site.query(COUNT, "text/csv", **{"default-graph-uri": asserted}))
    assert merged > alone


def test_unknown_graph_is_empty_and_a_bad_iri_is_400(site) -> None:
    assert number(site.query(COUNT, "text/csv", **{"default-graph-uri": "http://example.org/none"})) == 0
    reply = site.query(COUNT, "text/csv", **{"default-graph-uri": "not an iri"})
    assert reply.status == 400 and "default-graph-uri" in reply.text


# -- SPARQLWrapper, every format and method ----------------------------------------------------------------

SELECT = "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o } LIMIT 5"
CONSTRUCT = "CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o } WHERE " \
            "{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o } LIMIT 5"


def wrapper(site, query: str, return_format: str, method: str | None = None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(site.endpoint, agent="newsld-conformance/0.1")
    sparql.setQuery(query)
    sparql.setReturnFormat(return_format)
    if method is not None:
        sparql.setMethod(POST)
        if method == POSTDIRECTLY:
            sparql.setRequestMethod(POSTDIRECTLY)
    return sparql


@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY])
def test_sparqlwrapper_select_formats(site, method: str | None) -> None:
    assert len(wrapper(site, SELECT, JSON, method).query().convert()["results"]["bindings"]) == 5
    assert len(wrapper(site, SELECT, XML, method).query().convert().getElementsByTagName("result")) == 5
    assert wrapper(site, SELECT, CSV, method).query().convert().decode().count("\r\n") == 6
    assert wrapper(site, SELECT, TSV, method).query().convert().decode().count("\n") == 6


@pytest.mark.parametrize("return_format", [TURTLE, N3, RDFXML, JSONLD, XML])
def test_sparqlwrapper_construct_formats(site, return_format: str) -> None:
    converted = wrapper(site, CONSTRUCT, return_format).query().convert()
    if isinstance(converted, bytes):
        converted = Graph().parse(data=converted, format="turtle")
    assert isinstance(converted, Graph) and len(converted) == 5


def test_sparqlwrapper_ask(site) -> None:
    assert wrapper(site, "ASK { ?s ?p ?o }", JSON).query().convert()["boolean"] is True
