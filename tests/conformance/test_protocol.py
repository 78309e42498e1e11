"""SPARQL 1.1 Protocol from outside: every query form x every way of sending x every result format.

Each answer is read by a strict parser that is not the server's: ElementTree with the SPARQL results
namespace, ``json``, Python's ``csv`` per SPARQL 1.1 CSV (plain values, CRLF), rdflib's TSV results parser
(terms in N-Triples syntax) and rdflib's RDF parsers for graphs.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result

pytestmark = pytest.mark.server

SRX = "{http://www.w3.org/2005/sparql-results#}"
RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
# One row of every kind of term, and the characters each format must escape.
AWKWARD_SELECT = (
    'SELECT ?iri ?plain ?lang ?number ?blank ?unbound WHERE { '
    'VALUES (?iri ?plain ?lang ?number) { (<http://example.org/caf%C3%A9/é> "tab\\tnew\\nline \\"q\\", comma" '
    '"Pyongyang"@fr 42) } BIND(BNODE() AS ?blank) }'
)
SELECT_LABELS = RDFS + "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label LIMIT 25"
ASK_TRUE = RDFS + "ASK { ?s rdfs:label ?label }"
ASK_FALSE = "ASK { <http://example.org/nothing> ?p ?o }"
CONSTRUCT = RDFS + "CONSTRUCT { ?s rdfs:label ?label } WHERE { ?s rdfs:label ?label } LIMIT 30"

RESULT_FORMATS = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "text/csv": "text/csv; charset=utf-8",
    "text/tab-separated-values": "text/tab-separated-values; charset=utf-8",
}
GRAPH_FORMATS = {  # media type -> (Content-Type sent, rdflib parser)
    "text/turtle": ("text/turtle; charset=utf-8", "turtle"),
    "application/n-triples": ("application/n-triples", "nt"),
    "application/ld+json": ("application/ld+json", "json-ld"),
    "application/rdf+xml": ("application/rdf+xml", "xml"),
    "application/trig": ("application/trig", "trig"),
    "application/n-quads": ("application/n-quads", "nquads"),
}
SENDERS = ("get", "form", "direct")


def send(site, how: str, query: str, accept: str):
    if how == "get":
        return site.query(query, accept)
    if how == "form":
        return site.post_form([("query", query)], accept)
    return site.post_query(query, accept)


# -- strict readers ----------------------------------------------------------------------------------------


def read_json(body: bytes) -> tuple[list[str], list[dict] | bool]:
    document = json.loads(body.decode("utf-8"))
    assert set(document) <= {"head", "results", "boolean"}, document.keys()
    if "boolean" in document:
        assert isinstance(document["boolean"], bool)
        return [], document["boolean"]
    variables = document["head"]["vars"]
    for row in document["results"]["bindings"]:
        assert set(row) <= set(variables)
        for term in row.values():
            assert term["type"] in ("uri", "literal", "bnode", "triple"), term
            assert not ("xml:lang" in term and "datatype" in term and
                        term["datatype"] != "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
    return variables, document["results"]["bindings"]


def read_xml(body: bytes) -> tuple[list[str], list[dict] | bool]:
    root = ET.fromstring(body)
    assert root.tag == f"{SRX}sparql", root.tag
    head = root.find(f"{SRX}head")
    assert head is not None
    variables = [v.get("name") for v in head.findall(f"{SRX}variable")]
    boolean = root.find(f"{SRX}boolean")
    if boolean is not None:
        assert boolean.text in ("true", "false")
        return variables, boolean.text == "true"
    rows = []
    for result in root.find(f"{SRX}results").findall(f"{SRX}result"):
        row = {}
        for binding in result.findall(f"{SRX}binding"):
            (term,) = list(binding)
            assert term.tag in (f"{SRX}uri", f"{SRX}literal", f"{SRX}bnode"), term.tag
            row[binding.get("name")] = (term.tag[len(SRX):], term.text or "")
        rows.append(row)
    return variables, rows


def read_csv(body: bytes) -> tuple[list[str], list[list[str]]]:
    text = body.decode("utf-8")
    assert "\r\n" in text and text.endswith("\r\n"), "SPARQL CSV lines end with CRLF"
    table = list(csv.reader(io.StringIO(text, newline="")))
    return table[0], table[1:]


def read_tsv(body: bytes) -> tuple[list[str], Result]:
    text = body.decode("utf-8")
    header = text.split("\n", 1)[0]
    assert all(name.startswith("?") for name in header.split("\t")), header
    return header.split("\t"), Result.parse(io.StringIO(text), format="tsv")


def assert_labels(variables: list[str], rows) -> None:
    assert variables == ["s", "label"]
    assert 0 < len(rows) <= 25


# -- SELECT and ASK: every sender x every results format ---------------------------------------------------


@pytest.mark.parametrize("how", SENDERS)
@pytest.mark.parametrize("accept", list(RESULT_FORMATS))
def test_select_in_every_format_by_every_sender(site, how: str, accept: str) -> None:
    reply = send(site, how, SELECT_LABELS, accept)
    assert reply.status == 200, reply.body
    assert reply.header("Content-Type") == RESULT_FORMATS[accept]
    reader = {"application/sparql-results+json": read_json, "application/sparql-results+xml": read_xml,
              "text/csv": read_csv, "text/tab-separated-values": read_tsv}[accept]
    variables, rows = reader(reply.body)
    if accept == "text/tab-separated-values":
        assert variables == ["?s", "?label"]
        assert 0 < len(rows) <= 25
        assert all(isinstance(row[0], URIRef) and isinstance(row[1], Literal) for row in rows)
    else:
        assert_labels(variables, rows)


@pytest.mark.parametrize("how", SENDERS)
@pytest.mark.parametrize("query, expected", [(ASK_TRUE, True), (ASK_FALSE, False)])
def test_ask_in_json_and_xml_by_every_sender(site, how: str, query: str, expected: bool) -> None:
    assert read_json(send(site, how, query, "application/sparql-results+json").body)[1] is expected
    reply = send(site, how, query, "application/sparql-results+xml")
    assert reply.header("Content-Type") == "application/sparql-results+xml"
    assert read_xml(reply.body)[1] is expected


def test_awkward_terms_in_json(site) -> None:
    _, rows = read_json(site.query(AWKWARD_SELECT, "application/sparql-results+json").body)
    (row,) = rows
    assert row["iri"] == {"type": "uri", "value": "http://example.org/caf%C3%A9/é"}
    assert row["plain"] == {"type": "literal", "value": 'tab\tnew\nline "q", comma'}
    assert row["lang"] == {"type": "literal", "value": "Pyongyang", "xml:lang": "fr"}
    assert row["number"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert row["blank"]["type"] == "bnode" and "unbound" not in row


def test_awkward_terms_in_xml(site) -> None:
    _, rows = read_xml(site.query(AWKWARD_SELECT, "application/sparql-results+xml").body)
    (row,) = rows
    assert row["iri"] == ("uri", "http://example.org/caf%C3%A9/é")
    assert row["plain"] == ("literal", 'tab\tnew\nline "q", comma')
    assert row["blank"][0] == "bnode" and "unbound" not in row


def test_awkward_terms_in_csv_are_plain_values(site) -> None:
    variables, rows = read_csv(site.query(AWKWARD_SELECT, "text/csv").body)
    assert variables == ["iri", "plain", "lang", "number", "blank", "unbound"]
    (row,) = rows
    assert row[:4] == ["http://example.org/caf%C3%A9/é", 'tab\tnew\nline "q", comma', "Pyongyang", "42"]
    assert row[4].startswith("_:") and row[5] == ""


def test_awkward_terms_in_tsv_are_ntriples_terms(site) -> None:
    reply = site.query(AWKWARD_SELECT, "text/tab-separated-values")
    lines = reply.text.split("\n")
    assert lines[0] == "?iri\t?plain\t?lang\t?number\t?blank\t?unbound"
    cells = lines[1].split("\t")
    assert len(cells) == 6, "a tab or newline inside a literal must be escaped in TSV"
    assert cells[0] == "<http://example.org/caf%C3%A9/é>"
    assert cells[2] == '"Pyongyang"@fr'
    assert cells[4].startswith("_:") and cells[5] == ""
    _, result = read_tsv(reply.body)
    (row,) = list(result)
    assert row[1] == Literal('tab\tnew\nline "q", comma')
    assert isinstance(row[4], BNode)


# -- CONSTRUCT and DESCRIBE: every sender x every graph format ---------------------------------------------


def parse_graph(body: bytes, rdflib_format: str) -> Graph:
    if rdflib_format in ("trig", "nquads"):
        dataset = Dataset()
        dataset.parse(data=body, format=rdflib_format)
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    return Graph().parse(data=body, format=rdflib_format)


@pytest.mark.parametrize("how", SENDERS)
@pytest.mark.parametrize("accept", list(GRAPH_FORMATS))
def test_construct_in_every_format_by_every_sender(site, how: str, accept: str) -> None:
    reply = send(site, how, CONSTRUCT, accept)
    assert reply.status == 200, reply.body
    content_type, rdflib_format = GRAPH_FORMATS[accept]
    assert reply.header("Content-Type") == content_type
    graph = parse_graph(reply.body, rdflib_format)
    assert 0 < len(graph) <= 30


@pytest.mark.parametrize("accept", list(GRAPH_FORMATS))
def test_describe_in_every_format(site, accept: str) -> None:
    thing = f"{site.base}/id/article/kim-putin-2023-09"
    reply = site.post_query(f"DESCRIBE <{thing}>", accept)
    assert reply.status == 200, reply.body
    graph = parse_graph(reply.body, GRAPH_FORMATS[accept][1])
    assert (URIRef(thing), None, None) in graph


def test_construct_round_trips_the_same_graph_in_every_format(site) -> None:
    graphs = [parse_graph(site.query(CONSTRUCT, accept).body, fmt) for accept, (_, fmt) in GRAPH_FORMATS.items()]
    reference = set(graphs[0])
    assert all(set(graph) == reference for graph in graphs[1:])


# -- negotiation ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("accept, expected", [
    ("application/sparql-results+xml;q=0.5, application/sparql-results+json;q=0.9", "application/sparql-results+json"),
    ("text/csv;q=0.2, text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("text/xml", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
    ("application/*;q=0.1, text/csv;q=0.9", "text/csv"),
    ("application/sparql-results+json;q=0, */*;q=0.1", "application/sparql-results+xml"),
    ("text/turtle, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),  # YASGUI-like
])
def test_accept_with_q_values_for_results(site, accept: str, expected: str) -> None:
    reply = site.query(SELECT_LABELS, accept)
    assert reply.status == 200
    assert reply.media_type == expected


@pytest.mark.parametrize("accept, expected", [
    ("application/rdf+xml;q=0.4, text/turtle;q=0.8", "text/turtle"),
    ("application/ld+json, application/n-triples;q=0.1", "application/ld+json"),
    ("application/json", "application/ld+json"),
    ("application/sparql-results+json, text/turtle;q=0.5", "text/turtle"),
    (None, "text/turtle"),
])
def test_accept_with_q_values_for_graphs(site, accept: str | None, expected: str) -> None:
    reply = site.query(CONSTRUCT, accept)
    assert reply.status == 200
    assert reply.media_type == expected


def test_no_accept_header_gets_json_results(site) -> None:
    reply = site.query(SELECT_LABELS)
    assert reply.media_type == "application/sparql-results+json"


def test_unacceptable_format_is_406(site) -> None:
    assert site.query(SELECT_LABELS, "image/png").status == 406
    reply = site.query(SELECT_LABELS, "text/turtle")
    assert reply.status == 406 and b"results" in reply.body


def test_format_parameter_for_links(site) -> None:
    reply = site.query(SELECT_LABELS, "text/html,application/xhtml+xml,*/*;q=0.8", format="csv")
    assert reply.status == 200 and reply.media_type == "text/csv"
    reply = site.query(CONSTRUCT, None, format="application/n-triples")
    assert reply.media_type == "application/n-triples"


def test_negotiated_answers_vary_on_accept_and_allow_any_origin(site) -> None:
    reply = site.query(SELECT_LABELS, "application/sparql-results+json", Origin="https://example.org")
    assert "accept" in reply.header("Vary").lower()
    assert reply.header("Access-Control-Allow-Origin") == "*"
    assert reply.header("Access-Control-Allow-Credentials") is None


# -- the same query by every sender is the same answer ---------------------------------------------------


def test_every_sender_gets_the_same_rows(site) -> None:
    answers = [read_json(send(site, how, SELECT_LABELS, "application/json").body) for how in SENDERS]
    assert answers[0] == answers[1] == answers[2]


def test_charset_parameters_are_accepted(site) -> None:
    for content_type in ("application/sparql-query; charset=UTF-8", 'application/sparql-query;charset="utf-8"',
                         "Application/SPARQL-Query"):
        assert site.post_query(ASK_TRUE, "application/json", content_type=content_type).status == 200
    reply = site.post_form([("query", ASK_TRUE)], "application/json",
                           content_type="application/x-www-form-urlencoded; charset=UTF-8")
    assert reply.status == 200


def test_unicode_query_by_every_sender(site) -> None:
    query = 'SELECT ?x WHERE { BIND("Pyongyang – 평양 – 🚀"@fr AS ?x) }'
    for how in SENDERS:
        (row,) = read_json(send(site, how, query, "application/json").body)[1]
        assert row["x"]["value"] == "Pyongyang – 평양 – 🚀"
