"""The real server (granian + query workers) on loopback, driven by a real client: SPARQLWrapper."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from xml.dom.minidom import Document

import pytest
from rdflib import Dataset, Graph
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from tests.web.conftest import (
    COUNT_CROSS_JOIN,
    MEETING,
    MEETINGS,
    PREFIXES,
    SORTED_CROSS_JOIN,
    Listener,
    Server,
)

pytestmark = pytest.mark.server

SELECT = PREFIXES + MEETINGS
DESCRIBE_MEETING = f"CONSTRUCT {{ <{MEETING}> ?p ?o }} WHERE {{ <{MEETING}> ?p ?o }}"


def client(server: Server, query: str, return_format: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.endpoint, agent="newsld-tests/0.1")
    sparql.setQuery(query)
    sparql.setReturnFormat(return_format)
    return sparql


def http(server: Server, query: str, accept: str = "*/*", timeout: float = 30) -> tuple[int, Message, bytes]:
    """Status, headers (case-insensitive, as HTTP's are: the server may send them in lower case) and body."""
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


# -- every format, with the client people use --------------------------------------------------------------


def test_select_json(server: Server) -> None:
    result = client(server, SELECT, JSON).query()
    assert result.info()["content-type"] == "application/sparql-results+json"
    rows = result.convert()["results"]["bindings"]
    assert [(r["e"]["value"], r["when"]["value"]) for r in rows] == [(str(MEETING), "2023-09")]


def test_select_json_by_post_form_and_post_body(server: Server) -> None:
    for method in (POST, POSTDIRECTLY):
        sparql = client(server, SELECT, JSON)
        sparql.setMethod(POST)
        if method == POSTDIRECTLY:
            sparql.setRequestMethod(POSTDIRECTLY)
        assert sparql.query().convert()["results"]["bindings"][0]["e"]["value"] == str(MEETING)


def test_select_xml(server: Server) -> None:
    result = client(server, SELECT, XML).query()
    assert result.info()["content-type"] == "application/sparql-results+xml"
    document = result.convert()
    assert isinstance(document, Document)
    assert [u.firstChild.data for u in document.getElementsByTagName("uri")] == [str(MEETING)]


def test_select_csv(server: Server) -> None:
    result = client(server, SELECT, CSV).query()
    assert result.info()["content-type"] == "text/csv; charset=utf-8"
    assert result.convert() == f"e,when\r\n{MEETING},2023-09\r\n".encode()


def test_select_tsv(server: Server) -> None:
    result = client(server, SELECT, TSV).query()
    assert result.info()["content-type"] == "text/tab-separated-values; charset=utf-8"
    expected = f'?e\t?when\n<{MEETING}>\t"2023-09"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>\n'
    assert result.convert() == expected.encode()


def test_ask_json(server: Server) -> None:
    assert client(server, f"ASK {{ <{MEETING}> ?p ?o }}", JSON).query().convert()["boolean"] is True


@pytest.mark.parametrize(("return_format", "content_type"),
                         [(TURTLE, "text/turtle; charset=utf-8"), (N3, "text/turtle; charset=utf-8")])
def test_construct_turtle(server: Server, return_format: str, content_type: str) -> None:
    result = client(server, DESCRIBE_MEETING, return_format).query()
    assert result.info()["content-type"] == content_type
    graph = Graph().parse(data=result.convert(), format="turtle")
    assert len(graph) == 6


@pytest.mark.parametrize(("return_format", "content_type"),
                         [(RDFXML, "application/rdf+xml"), (XML, "application/rdf+xml"),
                          (JSONLD, "application/ld+json")])
def test_construct_rdfxml_and_jsonld(server: Server, return_format: str, content_type: str) -> None:
    result = client(server, DESCRIBE_MEETING, return_format).query()
    assert result.info()["content-type"] == content_type
    graph = result.convert()
    assert isinstance(graph, Graph)
    assert len(graph) == 6


@pytest.mark.parametrize(("media_type", "rdflib_format"),
                         [("application/n-triples", "nt"), ("application/n-quads", "nquads"),
                          ("application/trig", "trig")])
def test_construct_ntriples_nquads_trig(server: Server, media_type: str, rdflib_format: str) -> None:
    sparql = client(server, DESCRIBE_MEETING)
    sparql.setOnlyConneg(True)  # SPARQLWrapper has no name for these: plain content negotiation
    sparql.addCustomHttpHeader("Accept", media_type)
    response = sparql.query().response
    assert response.headers["Content-Type"] == media_type
    parsed = Dataset() if rdflib_format != "nt" else Graph()
    parsed.parse(data=response.read(), format=rdflib_format)
    assert len(parsed) == 6


# -- limits, over HTTP ---------------------------------------------------------------------------------------


def test_timeout_is_a_504_with_a_clear_body(server: Server) -> None:
    started = time.monotonic()
    status, _, body = http(server, COUNT_CROSS_JOIN)
    assert status == 504
    assert b"time limit" in body
    assert time.monotonic() - started < server.settings.query_timeout_s + 2
    assert http(server, f"ASK {{ <{MEETING}> ?p ?o }}")[0] == 200  # the worker was replaced


def test_memory_limit_is_a_503_and_the_server_stays_small(server: Server) -> None:
    status, _, body = http(server, SORTED_CROSS_JOIN, accept="application/sparql-results+json")
    assert status == 503
    assert json.loads(body)["error"]["type"] == "QueryResourceExhausted"
    assert resident_mib(server.process.pid) < 300  # the server itself never held the query's memory


def test_simple_queries_are_answered_during_a_cross_join(server: Server) -> None:
    heavy = threading.Thread(target=http, args=(server, COUNT_CROSS_JOIN))
    heavy.start()
    time.sleep(0.3)
    started = time.monotonic()
    assert client(server, SELECT, JSON).query().convert()["results"]["bindings"]
    assert time.monotonic() - started < 2.0  # functional bound; throughput is in benchmarks/endpoint.py
    heavy.join()


def test_truncated_results_are_flagged(server: Server) -> None:
    status, headers, body = http(server, "SELECT * WHERE { ?s ?p ?o }", accept="application/sparql-results+json")
    assert status == 200
    assert headers["X-Newsld-Truncated"] == "true"
    document = json.loads(body)
    assert document["truncated"] is True
    assert len(document["results"]["bindings"]) == server.settings.result_row_limit


def test_large_body_refused_before_it_is_sent(server: Server) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 50000000\r\n\r\n")
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")


def test_preflight_over_http(server: Server) -> None:
    request = urllib.request.Request(server.endpoint, method="OPTIONS", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in response.headers["Access-Control-Allow-Methods"]


# -- hostile queries: nothing is fetched, nothing changes ------------------------------------------------------


def loopback_spellings(port: int) -> list[str]:
    return [f"http://127.0.0.1:{port}/sparql", f"http://127.1:{port}/sparql", f"http://2130706433:{port}/",
            f"http://0x7f000001:{port}/", f"http://localhost:{port}/", f"http://[::1]:{port}/",
            f"http://0177.0.0.1:{port}/"]


def test_service_to_anything_not_allowed_is_refused_without_a_connection(server: Server,
                                                                         listener: Listener) -> None:
    queries = [f"SELECT * WHERE {{ SERVICE <{iri}> {{ ?s ?p ?o }} }}" for iri in loopback_spellings(listener.port)]
    queries += [
        f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE SILENT <http://127.1:{listener.port}/> {{ ?s ?q ?r }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <http://2130706433:{listener.port}/> {{ ?s ?p ?o }} }} "
        "}",
        f"SELECT * WHERE {{ BIND(<http://127.0.0.1:{listener.port}/> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"PREFIX x: <http://127.0.0.1:{listener.port}/> SELECT * WHERE {{ SERVICE x:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SeRvIcE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}",
    ]
    for query in queries:
        with pytest.raises(QueryBadFormed):
            client(server, query).query()
    time.sleep(0.3)
    assert listener.connections == []


def test_from_never_fetches(server: Server, listener: Listener) -> None:
    query = (f"SELECT * FROM <http://127.0.0.1:{listener.port}/data.ttl> "
             f"FROM NAMED <http://127.1:{listener.port}/named.ttl> WHERE {{ ?s ?p ?o }}")
    assert client(server, query).query().convert()["results"]["bindings"] == []
    time.sleep(0.3)
    assert listener.connections == []


def count_quads(server: Server) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    return int(client(server, query).query().convert()["results"]["bindings"][0]["n"]["value"])


def test_updates_and_load_are_refused_and_nothing_changes(server: Server, listener: Listener) -> None:
    before = count_quads(server)
    attempts = [
        f"LOAD <http://127.0.0.1:{listener.port}/data.ttl>",
        f"LOAD <http://127.0.0.1:{listener.port}/data.ttl> INTO GRAPH <http://example.org/g>",
        f"INSERT DATA {{ <{MEETING}> <http://example.org/p> 1 }}",
        "CLEAR ALL",
        "DROP DEFAULT",
    ]
    for update in attempts:
        with pytest.raises(QueryBadFormed, match="read-only"):
            client(server, update).query()
        sparql = SPARQLWrapper(server.endpoint, updateEndpoint=server.endpoint, agent="newsld-tests/0.1")
        sparql.setMethod(POST)
        sparql.setQuery(update)
        with pytest.raises(QueryBadFormed, match="read-only"):
            sparql.query()
    time.sleep(0.3)
    assert listener.connections == []
    assert count_quads(server) == before


def resident_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")
