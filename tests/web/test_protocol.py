"""The SPARQL 1.1 Protocol at /sparql through the test client: requests, formats, errors, CORS, description."""

from __future__ import annotations

import io
import json

import pytest
from flask import Response
from rdflib import Graph, URIRef
from rdflib.namespace import VOID
from tests.web.conftest import ASSERTED, MEETING, MEETINGS, PREFIXES, ROW_LIMIT, SUSPECTED, UNASSERTED

from newsld.settings import Settings
from newsld.store import EmbeddedStore, QueryService
from newsld.web import create_app
from newsld.web.service_description import SD

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
SELECT_ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 5"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def bindings(response: Response) -> list[dict]:
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json(force=True)["results"]["bindings"]


def values(response: Response, name: str) -> set[str]:
    return {row[name]["value"] for row in bindings(response)}


# -- the three ways to send a query ------------------------------------------------------------------------


def test_get(client) -> None:
    response = client.get("/sparql", query_string={"query": PREFIXES + MEETINGS})
    assert response.content_type == "application/sparql-results+json"
    assert values(response, "e") == {str(MEETING)}


def test_post_form(client) -> None:
    response = client.post("/sparql", data={"query": PREFIXES + MEETINGS})
    assert values(response, "when") == {"2023-09"}


def test_post_query_body(client) -> None:
    response = client.post("/sparql", data=(PREFIXES + MEETINGS).encode(), content_type=QUERY_BODY)
    assert values(response, "e") == {str(MEETING)}
    with_charset = client.post("/sparql", data=(PREFIXES + MEETINGS).encode(),
                               content_type=QUERY_BODY + "; charset=UTF-8")
    assert values(with_charset, "e") == {str(MEETING)}


def test_ask(client) -> None:
    response = client.get("/sparql", query_string={"query": f"ASK {{ <{MEETING}> ?p ?o }}"})
    assert response.get_json(force=True) == {"head": {}, "boolean": True}


# -- the default graph is the asserted view; the dataset can be chosen ---------------------------------------


def test_default_graph_is_the_asserted_view(client) -> None:
    query = f"SELECT ?g WHERE {{ {{ <{SUSPECTED}> ?p ?o BIND('default' AS ?g) }} UNION " \
            f"{{ GRAPH ?g {{ <{SUSPECTED}> ?p ?o }} }} }}"
    assert values(client.get("/sparql", query_string={"query": query}), "g") == {str(UNASSERTED)}


def test_default_graph_uri_overrides_from(client) -> None:
    query = "SELECT ?s WHERE { ?s a ?t }"
    from_unasserted = f"SELECT ?s FROM <{UNASSERTED}> WHERE {{ ?s a ?t }}"
    assert values(client.get("/sparql", query_string={"query": from_unasserted}), "s") == {str(SUSPECTED)}
    overridden = client.get("/sparql", query_string={"query": from_unasserted, "default-graph-uri": str(ASSERTED)})
    assert str(SUSPECTED) not in values(overridden, "s")
    both = client.post("/sparql", data={"query": query, "default-graph-uri": [str(ASSERTED), str(UNASSERTED)]})
    assert {str(SUSPECTED), str(MEETING)} <= values(both, "s")


def test_named_graph_uri_limits_graph(client) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    everything = client.get("/sparql", query_string={"query": query})
    assert values(everything, "g") == {str(ASSERTED), str(UNASSERTED)}
    limited = client.get("/sparql", query_string={"query": query, "named-graph-uri": str(UNASSERTED)})
    assert values(limited, "g") == {str(UNASSERTED)}


def test_a_graph_parameter_that_is_not_an_iri_is_a_400(client) -> None:
    response = client.get("/sparql", query_string={"query": SELECT_ALL, "default-graph-uri": "not an iri"})
    assert response.status_code == 400
    assert "default-graph-uri" in response.get_data(as_text=True)


# -- formats ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "content_type", "starts"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", b'{"head"'),
        ("application/sparql-results+xml", "application/sparql-results+xml", b"<?xml"),
        ("text/csv", "text/csv; charset=utf-8", b"s,p,o\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", b"?s\t?p\t?o\n"),
    ],
)
def test_result_formats(client, accept: str, content_type: str, starts: bytes) -> None:
    response = client.get("/sparql", query_string={"query": SELECT_ALL}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == content_type
    assert response.data.startswith(starts)


@pytest.mark.parametrize(
    ("accept", "content_type", "rdflib_format"),
    [
        ("text/turtle", "text/turtle; charset=utf-8", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        ("application/trig", "application/trig", "trig"),
        ("application/n-quads", "application/n-quads", "nquads"),
    ],
)
def test_graph_formats(client, accept: str, content_type: str, rdflib_format: str) -> None:
    query = f"CONSTRUCT {{ <{MEETING}> ?p ?o }} WHERE {{ <{MEETING}> ?p ?o }}"
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == content_type
    graph = Graph()
    graph.parse(data=response.data, format=rdflib_format)
    assert len(graph) == 6
    assert set(graph.subjects()) == {MEETING}


def test_format_parameter_for_links(client) -> None:
    response = client.get("/sparql", query_string={"query": SELECT_ALL, "format": "csv"},
                          headers={"Accept": BROWSER})
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"


def test_no_acceptable_format_is_a_406(client) -> None:
    response = client.get("/sparql", query_string={"query": SELECT_ALL}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    construct_as_csv = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                                  headers={"Accept": "text/csv"})
    assert construct_as_csv.status_code == 406
    assert "graph" in construct_as_csv.get_data(as_text=True)


def test_results_over_the_row_limit_are_cut_and_say_so(client) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    document = response.get_json(force=True)
    assert len(document["results"]["bindings"]) == ROW_LIMIT
    assert document["truncated"] is True
    assert response.headers["X-Newsld-Truncated"] == "true"
    assert response.headers["X-Newsld-Row-Limit"] == str(ROW_LIMIT)
    graph = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                       headers={"Accept": "application/n-triples"})
    assert len(graph.data.splitlines()) == ROW_LIMIT
    assert graph.headers["X-Newsld-Truncated"] == "true"
    complete = client.get("/sparql", query_string={"query": SELECT_ALL})
    assert "X-Newsld-Truncated" not in complete.headers
    assert "truncated" not in complete.get_json(force=True)


# -- strict errors ------------------------------------------------------------------------------------------


def error(response: Response, status: int) -> str:
    assert response.status_code == status, response.get_data(as_text=True)
    return response.get_data(as_text=True)


def test_syntax_error_says_where(client) -> None:
    text = error(client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p }"}), 400)
    assert "syntax" in text.lower()
    assert "col" in text or "1:" in text


def test_missing_query(client) -> None:
    assert "no query" in error(client.post("/sparql", data={"default-graph-uri": str(ASSERTED)}), 400)
    assert "no query" in error(client.get("/sparql", query_string={"default-graph-uri": str(ASSERTED)}), 400)
    assert "empty" in error(client.post("/sparql", data=b"", content_type=QUERY_BODY), 400)
    assert "empty" in error(client.get("/sparql", query_string={"query": " "}), 400)


def test_two_query_parameters(client) -> None:
    text = error(client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D"), 400)
    assert "2 query parameters" in text
    assert "2 query parameters" in error(client.post("/sparql", data="query=ASK%7B%7D&query=ASK%7B%7D",
                                                    content_type=FORM), 400)


def test_query_in_both_url_and_body(client) -> None:
    for content_type, body in ((FORM, "query=ASK%7B%7D"), (QUERY_BODY, "ASK {}")):
        text = error(client.post("/sparql?query=ASK%7B%7D", data=body, content_type=content_type), 400)
        assert "both in the URL and in the body" in text


def test_wrong_or_missing_content_type(client) -> None:
    assert "needs a Content-Type" in error(client.post("/sparql", data=b"ASK {}"), 415)
    assert "text/plain" in error(client.post("/sparql", data=b"ASK {}", content_type="text/plain"), 415)
    assert "json" in error(client.post("/sparql", data=b"{}", content_type="application/json"), 415)
    assert "latin-1" in error(client.post("/sparql", data=b"ASK {}", content_type=QUERY_BODY + "; charset=latin-1"),
                              415)


def test_invalid_utf8(client) -> None:
    assert "UTF-8" in error(client.post("/sparql", data=b"ASK { ?s ?p '\xff' }", content_type=QUERY_BODY), 400)
    assert "UTF-8" in error(client.post("/sparql", data=b"query=ASK%7B%C3%28%7D", content_type=FORM), 400)
    assert "UTF-8" in error(client.get("/sparql?query=ASK%7B%FF%7D"), 400)
    assert "UTF-8" in error(client.post("/sparql", data=b"query=ASK\xff", content_type=FORM), 400)


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods(client, method: str) -> None:
    response = client.open("/sparql", method=method, data=b"x")
    error(response, 405)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST", "OPTIONS"}


def test_body_over_the_limit_is_refused_from_content_length(client, web_settings: Settings) -> None:
    too_big = b"#" * (web_settings.max_body_bytes + 1)
    text = error(client.post("/sparql", data=too_big, content_type=QUERY_BODY), 413)
    assert str(web_settings.max_body_bytes) in text


def test_body_over_the_limit_without_content_length_is_cut(client, web_settings: Settings) -> None:
    body = io.BytesIO(b"#" * (web_settings.max_body_bytes + 1024))
    response = client.post("/sparql", input_stream=body, content_type=QUERY_BODY,
                           headers={"Transfer-Encoding": "chunked"},
                           environ_overrides={"wsgi.input_terminated": True})  # as a server that dechunks
    assert response.status_code == 413


# -- read-only ----------------------------------------------------------------------------------------------


UPDATE = f"INSERT DATA {{ <{MEETING}> <http://example.org/p> 'x' }}"


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.get("/sparql", query_string={"update": UPDATE}),
        lambda c: c.post("/sparql", data={"update": UPDATE}),
        lambda c: c.post("/sparql", data=UPDATE.encode(), content_type="application/sparql-update"),
        lambda c: c.get("/sparql", query_string={"query": UPDATE}),
        lambda c: c.post("/sparql", data=UPDATE.encode(), content_type=QUERY_BODY),
        lambda c: c.get("/sparql", query_string={"query": "LOAD <http://127.0.0.1:9/data.ttl>"}),
        lambda c: c.get("/sparql", query_string={"query": "DROP ALL"}),
        lambda c: c.get("/sparql", query_string={"query": f"DELETE WHERE {{ <{MEETING}> ?p ?o }}"}),
    ],
    ids=["get-update", "form-update", "update-body", "get-query", "query-body", "load", "drop", "delete"],
)
def test_updates_are_refused_and_change_nothing(client, web_settings: Settings, send) -> None:
    before = EmbeddedStore(web_settings.store_dir).statistics()
    assert "read-only" in error(send(client), 400)
    assert EmbeddedStore(web_settings.store_dir).statistics() == before


# -- error shapes -------------------------------------------------------------------------------------------


def test_one_error_shape_by_accept(client) -> None:
    bad = {"query": "SELECT * WHERE {"}
    plain = client.get("/sparql", query_string=bad, headers={"Accept": "*/*"})
    assert plain.content_type == "text/plain; charset=utf-8"
    assert plain.get_data(as_text=True).startswith("Bad SPARQL request: ")
    machine = client.get("/sparql", query_string=bad, headers={"Accept": "application/sparql-results+json"})
    body = machine.get_json(force=True)["error"]
    assert body["status"] == 400 and body["type"] == "QueryError" and "syntax" in body["message"].lower()
    page = client.post("/sparql", data=bad, headers={"Accept": BROWSER})
    assert page.content_type == "text/html; charset=utf-8" and "<h1>400" in page.get_data(as_text=True)
    assert client.get("/no-such-page").status_code == 404


# -- CORS and caching headers -------------------------------------------------------------------------------


def test_cors_for_any_origin_without_credentials(client) -> None:
    response = client.get("/sparql", query_string={"query": SELECT_ALL}, headers={"Origin": "https://example.org"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    assert "X-Newsld-Truncated" in response.headers["Access-Control-Expose-Headers"]
    assert "Accept" in response.headers["Vary"]


def test_preflight(client) -> None:
    response = client.options("/sparql", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "content-type" in response.headers["Access-Control-Allow-Headers"].lower()


def test_errors_carry_cors_and_vary_too(client) -> None:
    response = client.get("/sparql", query_string={"query": "nonsense"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Accept" in response.headers["Vary"]


# -- service description and the query page ------------------------------------------------------------------


def test_service_description(client, web_settings: Settings) -> None:
    response = client.get("/sparql")
    assert response.headers["Content-Type"] == "text/turtle; charset=utf-8"
    graph = Graph().parse(data=response.data, format="turtle")
    endpoint = URIRef(web_settings.base_iri + "/sparql")
    assert (endpoint, SD.endpoint, endpoint) in graph
    assert (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert len(set(graph.objects(endpoint, SD.resultFormat))) == 10
    names = set(graph.objects(None, SD.name))
    assert names == {ASSERTED, UNASSERTED}
    triples = {int(t) for t in graph.objects(None, VOID.triples)}
    assert EmbeddedStore(web_settings.store_dir).statistics()["default_graph_triples"] in triples


@pytest.mark.parametrize(("accept", "rdflib_format"), [("application/rdf+xml", "xml"),
                                                       ("application/ld+json", "json-ld")])
def test_service_description_by_accept(client, accept: str, rdflib_format: str) -> None:
    response = client.get("/sparql", headers={"Accept": accept})
    assert response.headers["Content-Type"] == accept
    assert len(Graph().parse(data=response.data, format=rdflib_format)) > 10


def test_browsers_get_the_query_page_when_the_ui_registered_one(web_settings: Settings,
                                                                query_service: QueryService) -> None:
    app = create_app(web_settings, query_service=query_service)
    app.extensions["newsld.ui"] = lambda: Response("<p>query page</p>", content_type="text/html")
    client = app.test_client()
    assert client.get("/sparql", headers={"Accept": BROWSER}).data == b"<p>query page</p>"
    shared_link = client.get("/sparql", query_string={"query": SELECT_ALL}, headers={"Accept": BROWSER})
    assert shared_link.data == b"<p>query page</p>"
    machine = client.get("/sparql", query_string={"query": SELECT_ALL}, headers={"Accept": "*/*"})
    assert machine.content_type == "application/sparql-results+json"
    download = client.get("/sparql", query_string={"query": SELECT_ALL, "format": "tsv"},
                          headers={"Accept": BROWSER})
    assert download.content_type.startswith("text/tab-separated-values")


def test_settings_are_the_apps_not_the_environment(web_settings: Settings, query_service: QueryService,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLD_RESULT_ROW_LIMIT", "1")
    client = create_app(web_settings, query_service=query_service).test_client()
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert len(json.loads(response.data)["results"]["bindings"]) == ROW_LIMIT


def test_deeply_nested_queries_are_refused_or_stopped_not_a_500(client) -> None:
    nested = "SELECT * WHERE " + "{" * 60 + " ?s ?p ?o " + "}" * 60
    checked = client.post("/sparql", data={"query": "# may name a service\n" + nested})
    assert "too deeply" in error(checked, 400)
    assert client.post("/sparql", data={"query": nested}).status_code == 200  # Oxigraph copes
    abysmal = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000  # refused before the engine's stack
    assert "nests 5000 levels" in error(client.post("/sparql", data={"query": abysmal}), 400)
    assert client.get("/sparql", query_string={"query": SELECT_ALL}).status_code == 200
