"""Content negotiation with the Accept headers real clients send."""

from __future__ import annotations

import pytest

from newsld.web.formats import FORMATS, GRAPH, KINDS, RESULTS, canonical, choose, formats_of, parse_accept

FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
CHROME = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
          "application/signed-exchange;v=b3;q=0.7")
SAFARI = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
CURL = "*/*"
YASGUI_SELECT = "application/sparql-results+json,*/*;q=0.9"
YASGUI_CONSTRUCT = "text/turtle,*/*;q=0.9"
SPARQLWRAPPER_JSON = "application/sparql-results+json,application/json,text/javascript,application/javascript"
SPARQLWRAPPER_XML = "application/sparql-results+xml"
SPARQLWRAPPER_CSV = "text/csv"
SPARQLWRAPPER_TSV = "text/tab-separated-values"
SPARQLWRAPPER_TURTLE = "application/turtle,text/turtle"
SPARQLWRAPPER_N3 = "application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3"
SPARQLWRAPPER_RDFXML = "application/rdf+xml"
SPARQLWRAPPER_JSONLD = "application/ld+json,application/x-json+ld"
SPARQLWRAPPER_DEFAULT = "application/sparql-results+xml,application/rdf+xml,*/*"
RDFLIB_ENDPOINT_STYLE = "application/sparql-results+json;q=0.9, text/csv"
JENA = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.7, "
        "text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1")
JENA_GRAPH = ("text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,"
              "*/*;q=0.5")


@pytest.mark.parametrize(
    ("accept", "results", "graph"),
    [
        (FIREFOX, "html", "html"),
        (CHROME, "html", "html"),
        (SAFARI, "html", "html"),
        (CURL, "json", "turtle"),
        (None, "json", "turtle"),
        ("", "json", "turtle"),
        (YASGUI_SELECT, "json", "turtle"),
        (YASGUI_CONSTRUCT, "json", "turtle"),
        (SPARQLWRAPPER_JSON, "json", "jsonld"),
        (SPARQLWRAPPER_XML, "xml", None),
        (SPARQLWRAPPER_CSV, "csv", None),
        (SPARQLWRAPPER_TSV, "tsv", None),
        (SPARQLWRAPPER_TURTLE, None, "turtle"),
        (SPARQLWRAPPER_N3, None, "turtle"),
        (SPARQLWRAPPER_RDFXML, None, "rdfxml"),
        (SPARQLWRAPPER_JSONLD, None, "jsonld"),
        (SPARQLWRAPPER_DEFAULT, "xml", "rdfxml"),
        (RDFLIB_ENDPOINT_STYLE, "csv", None),
        (JENA, "json", "jsonld"),  # application/json;q=0.2 beats */*;q=0.1
        (JENA_GRAPH, "json", "turtle"),
        ("application/n-quads", None, "nquads"),
        ("application/trig", None, "trig"),
        ("application/n-triples", None, "ntriples"),
        ("text/plain", None, "ntriples"),
        ("image/png", None, None),
        ("text/csv;q=0, */*", "json", "turtle"),
        ("text/*", "csv", "turtle"),
        ("application/*;q=0.5, text/tab-separated-values", "tsv", "ntriples"),
        ("TEXT/CSV", "csv", None),
        ("text/csv;q=abc, application/sparql-results+xml;q=0.3", "xml", None),
    ],
)
def test_accept_headers_of_real_clients(accept: str | None, results: str | None, graph: str | None) -> None:
    chosen_results = choose(accept, RESULTS)
    chosen_graph = choose(accept, GRAPH)
    assert (chosen_results and chosen_results.key) == results
    assert (chosen_graph and chosen_graph.key) == graph


def test_browser_without_the_query_page_gets_a_machine_format() -> None:
    assert choose(FIREFOX, RESULTS, html=False).key == "xml"  # application/xml;q=0.9 beats */*;q=0.8
    assert choose(FIREFOX, GRAPH, html=False).key == "rdfxml"
    assert choose("text/html", RESULTS, html=False) is None


@pytest.mark.parametrize(
    ("accept", "param", "kind", "expected"),
    [
        (FIREFOX, "csv", RESULTS, "csv"),  # a download link from the query page
        (FIREFOX, "text/tab-separated-values", RESULTS, "tsv"),
        (CURL, "xml", RESULTS, "xml"),
        (CURL, "xml", GRAPH, "rdfxml"),  # SPARQLWrapper sends format=xml for RDF/XML
        (CURL, "json", GRAPH, "jsonld"),
        (SPARQLWRAPPER_JSONLD, ("json-ld", "application/ld+json"), GRAPH, "jsonld"),
        (SPARQLWRAPPER_TSV, ("tsv", "text/tab-separated-values"), RESULTS, "tsv"),
        (SPARQLWRAPPER_N3, "n3", GRAPH, "turtle"),
        ("application/n-quads", ("xml", "xml"), GRAPH, "nquads"),  # Accept names a format: it wins
        (CURL, "nonsense", RESULTS, "json"),
        (CURL, ("nonsense", "tsv"), RESULTS, "tsv"),
        (CURL, "nt", GRAPH, "ntriples"),
        (CURL, "trig", GRAPH, "trig"),
        (CURL, "nquads", GRAPH, "nquads"),
    ],
)
def test_format_parameter(accept: str, param, kind: str, expected: str) -> None:
    assert choose(accept, kind, format_param=param).key == expected


@pytest.mark.parametrize(
    ("extension", "kind", "expected"),
    [("ttl", GRAPH, "turtle"), (".jsonld", GRAPH, "jsonld"), ("nt", GRAPH, "ntriples"), ("html", GRAPH, "html"),
     ("rdf", GRAPH, "rdfxml"), ("nq", GRAPH, "nquads"), ("trig", GRAPH, "trig"), ("srj", RESULTS, "json"),
     ("csv", RESULTS, "csv"), ("exe", GRAPH, None), ("csv", GRAPH, None)],
)
def test_extension_wins_over_accept(extension: str, kind: str, expected: str | None) -> None:
    chosen = choose("application/rdf+xml", kind, extension=extension)
    assert (chosen and chosen.key) == expected


def test_the_table_sends_each_format_under_its_own_media_type() -> None:
    sent = {(f.key, f.kind): canonical(f.key, f.kind).media_type for f in FORMATS}
    assert sent[("json", RESULTS)] == "application/sparql-results+json"
    assert sent[("jsonld", GRAPH)] == "application/ld+json"
    assert sent[("ntriples", GRAPH)] == "application/n-triples"
    assert sent[("tsv", RESULTS)] == "text/tab-separated-values"
    for kind in KINDS:
        keys = [f.key for f in formats_of(kind)]
        assert len(keys) == len(set(keys))
    assert [f.key for f in formats_of(RESULTS, html=False)] == ["json", "xml", "csv", "tsv"]
    assert [f.key for f in formats_of(GRAPH, html=False)] == ["turtle", "ntriples", "jsonld", "rdfxml", "trig",
                                                              "nquads"]


def test_text_formats_say_their_charset() -> None:
    assert canonical("turtle", GRAPH).content_type == "text/turtle; charset=utf-8"
    assert canonical("json", RESULTS).content_type == "application/sparql-results+json"


def test_accept_parsing_keeps_order_and_quality() -> None:
    assert parse_accept("text/csv;q=0.5 , application/json") == [("text/csv", 0.5, 0), ("application/json", 1.0, 1)]
    assert parse_accept("garbage, text/csv;q=2") == [("text/csv", 1.0, 1)]
