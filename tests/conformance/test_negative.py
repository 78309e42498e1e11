"""The Protocol's negative tests and the methods around /sparql: what a strict endpoint must refuse, and how.

Every refusal is a 4xx with a message saying what is wrong; no update ever changes the data.
"""

from __future__ import annotations

import urllib.parse

import pytest

pytestmark = pytest.mark.server

ASK = "ASK { ?s ?p ?o }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
FORM = "application/x-www-form-urlencoded"


def count(site) -> str:
    return site.query(COUNT, "text/csv").text


def assert_error(reply, status: int, *words: str) -> None:
    assert reply.status == status, (reply.status, reply.body)
    message = reply.text.lower()
    assert all(word.lower() in message for word in words), message


# -- malformed requests ------------------------------------------------------------------------------------


def test_query_and_update_together(site) -> None:
    assert_error(site.post_form([("query", ASK), ("update", "CLEAR ALL")]), 400, "read-only")


def test_two_query_parameters(site) -> None:
    assert_error(site.get("/sparql?" + urllib.parse.urlencode([("query", ASK), ("query", ASK)])), 400, "2 query")
    assert_error(site.post_form([("query", ASK), ("query", ASK)]), 400, "2 query")


def test_query_in_url_and_in_body(site) -> None:
    reply = site.post_query(ASK, target="/sparql?" + urllib.parse.urlencode({"query": ASK}))
    assert_error(reply, 400, "both")


@pytest.mark.parametrize("query", ["SELCT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p }", "ASK {", "}",
                                   "SELECT ?x WHERE { ?x ?p ?o } GROUP BY", "PREFIX : <x> SELECT * {}"])
def test_invalid_query_by_every_sender(site, query: str) -> None:
    for reply in (site.query(query), site.post_form([("query", query)]), site.post_query(query)):
        assert_error(reply, 400, "syntax")


def test_query_in_the_url_of_an_empty_post(site) -> None:
    target = "/sparql?" + urllib.parse.urlencode({"query": ASK})
    reply = site.request("POST", target, b"", {"Content-Type": FORM})
    assert_error(reply, 400, "in its body")


def test_an_accept_header_without_any_media_range_is_ignored(site) -> None:
    for accept in (";;;,,,q=x", "garbage", ","):
        reply = site.query(ASK, accept)
        assert reply.status == 200 and reply.media_type == "application/sparql-results+json", accept


def test_missing_query(site) -> None:
    assert_error(site.get("/sparql?default-graph-uri=http%3A%2F%2Fexample.org%2F"), 400, "no query")
    assert_error(site.post_form([("default-graph-uri", "http://example.org/")]), 400, "no query")


def test_empty_query(site) -> None:
    assert_error(site.get("/sparql?query="), 400, "empty")
    assert_error(site.post_query(b""), 400, "empty")
    assert_error(site.post_query(b"  \n "), 400, "empty")
    assert_error(site.request("POST", "/sparql", b"", {"Content-Type": FORM}), 400, "query")


@pytest.mark.parametrize("raw_query", [b"ASK%7B%3Fs%3Fp%22%FF%22%7D", b"ASK%7B%3Fs%3Fp%22%C3%28%22%7D",
                                       b"ASK%7B%3Fs%3Fp%22%ED%A0%80%22%7D"])
def test_invalid_utf8_in_get(site, raw_query: bytes) -> None:
    assert_error(site.get("/sparql?query=" + raw_query.decode("ascii")), 400, "utf-8")


def test_invalid_utf8_in_posted_query_and_form(site) -> None:
    assert_error(site.post_query(b'ASK { ?s ?p "\xff" }'), 400, "utf-8")
    assert_error(site.post_query(b"query=ASK+%7B%7D%FF", content_type=FORM), 400, "utf-8")
    assert_error(site.post_query(b'query=ASK+{?s+?p+"\xc3("}', content_type=FORM), 400, "utf-8")


def test_raw_non_ascii_bytes_in_the_request_line_are_a_400(site) -> None:
    answer = site.raw(b'GET /sparql?query=ASK{?s?p"\xff"} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    assert answer.startswith(b"HTTP/1.1 400")


@pytest.mark.parametrize("content_type", ["text/plain", "application/json", "application/sparql-results+json",
                                          "multipart/form-data; boundary=x"])
def test_wrong_content_type_is_415(site, content_type: str) -> None:
    assert_error(site.post_query(ASK, content_type=content_type), 415, "content-type")


def test_missing_content_type_is_415(site) -> None:
    reply = site.request("POST", "/sparql", ASK.encode(), {})
    assert_error(reply, 415, "content-type")


def test_other_charset_is_415(site) -> None:
    reply = site.post_query(ASK.encode("utf-16"), content_type="application/sparql-query; charset=utf-16")
    assert_error(reply, 415, "charset")


def test_error_bodies_follow_accept(site) -> None:
    reply = site.query("SELCT", "application/json")
    assert reply.media_type == "application/json"
    assert reply.status == 400 and "syntax" in reply.text
    assert site.query("SELCT", "text/html").media_type == "text/html"
    assert site.query("SELCT").header("Content-Type") == "text/plain; charset=utf-8"


# -- updates in every disguise -------------------------------------------------------------------------------

UPDATES = [
    "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "DROP DEFAULT",
    "LOAD <http://127.0.0.1:9/evil.ttl>",
    "CREATE GRAPH <http://example.org/g>",
    "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "\\u0049NSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
    "PREFIX ex: <http://example.org/> INSERT DATA { ex:a ex:b ex:c } ; CLEAR ALL",
    "# comment\nCLEAR   SILENT   ALL",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_in_every_disguise(site, update: str) -> None:
    before = count(site)
    replies = [
        site.post_form([("update", update)]),
        site.get("/sparql?" + urllib.parse.urlencode({"update": update})),
        site.post_query(update, content_type="application/sparql-update"),
        site.post_query(update),
        site.query(update),
        site.post_form([("query", update)]),
    ]
    for reply in replies:
        assert reply.status in (400, 403), (reply.status, reply.body)
    assert "read-only" in replies[0].text
    assert count(site) == before


def test_update_endpoint_paths_do_not_exist(site) -> None:
    for path in ("/update", "/sparql/update", "/store", "/sparql/statements"):
        reply = site.post_query(UPDATES[0], content_type="application/sparql-update", target=path)
        assert reply.status in (404, 405)


# -- methods -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"])
def test_other_methods_are_405_with_allow(site, method: str) -> None:
    reply = site.request(method, "/sparql", b"", {"Content-Type": "application/sparql-query"})
    assert reply.status == 405
    allowed = {m.strip() for m in reply.header("Allow").split(",")}
    assert {"GET", "POST"} <= allowed and method not in allowed


def test_head_on_sparql_is_the_get_without_body(site) -> None:
    get = site.get("/sparql", "text/turtle")
    head = site.request("HEAD", "/sparql", headers={"Accept": "text/turtle"})
    assert get.status == head.status == 200
    assert head.body == b""
    assert head.header("Content-Type") == get.header("Content-Type")
    query = "/sparql?" + urllib.parse.urlencode({"query": ASK})
    head = site.request("HEAD", query, headers={"Accept": "application/sparql-results+json"})
    assert head.status == 200 and head.body == b""
    assert head.header("Content-Type") == "application/sparql-results+json"


def test_options_preflight(site) -> None:
    reply = site.request("OPTIONS", "/sparql", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, accept"})
    assert reply.status in (200, 204)
    assert reply.header("Access-Control-Allow-Origin") == "*"
    assert "POST" in reply.header("Access-Control-Allow-Methods")
    assert "content-type" in reply.header("Access-Control-Allow-Headers").lower()
    assert reply.header("Access-Control-Allow-Credentials") is None


def test_service_description_by_get_without_query(site) -> None:
    from rdflib import Graph, Namespace

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    reply = site.get("/sparql", "text/turtle")
    assert reply.status == 200 and reply.media_type == "text/turtle"
    graph = Graph().parse(data=reply.body, format="turtle")
    services = set(graph.subjects(predicate=sd.endpoint))
    assert services, "the description names its endpoint"
    assert any(str(o) == site.endpoint for o in graph.objects(predicate=sd.endpoint))
    assert site.get("/sparql", "text/html").media_type == "text/html"
