"""The WSGI fast path for /sparql (newsld.web.fastpath): which requests it answers, and its error shape.

The real server's behaviour is pinned by the other conformance tests; these check, with a stub query
service, that the fast path hands Flask what Flask answers and fails like Flask would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from newsld.settings import load_settings
from newsld.store import EmbeddedStore, QueryAnswer
from newsld.web import create_app, fastpath

ASK = "ASK { ?s ?p ?o }"


class RecordingService:
    def __init__(self) -> None:
        self.queries = []

    def run(self, request):
        self.queries.append(request)
        return QueryAnswer("results", request.results_format, b'{"head":{},"boolean":true}', False)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory):
    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("fast"), service_allowlist="")
    view = Graph()
    view.add((URIRef("http://example.org/a"), URIRef("http://example.org/b"), Literal("c")))
    EmbeddedStore(settings.store_dir).publish(Dataset(), view)
    return settings


@pytest.fixture
def service() -> RecordingService:
    return RecordingService()


@pytest.fixture
def client(published, service):
    return create_app(published, query_service=service).test_client()


def test_queries_are_answered_with_cors_and_vary(client, service) -> None:
    reply = client.get("/sparql", query_string={"query": ASK}, headers={"Accept": "application/json"})
    assert reply.status_code == 200 and reply.json == {"head": {}, "boolean": True}
    assert reply.headers["Access-Control-Allow-Origin"] == "*" and reply.headers["Vary"] == "Accept"
    assert reply.headers["Content-Length"] == str(len(reply.data))
    posted = client.post("/sparql", data=ASK, content_type="application/sparql-query")
    assert posted.status_code == 200 and len(service.queries) == 2


def test_service_description_and_query_page_come_from_flask(client, service) -> None:
    description = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert description.status_code == 200 and description.mimetype == "text/turtle"
    page = client.get("/sparql", query_string={"query": ASK}, headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert service.queries == []  # the page runs the query from the browser, not here


def test_errors_have_the_one_shape(client) -> None:
    reply = client.post("/sparql", data=ASK, content_type="text/plain", headers={"Accept": "application/json"})
    assert reply.status_code == 415
    assert reply.json["error"]["type"] == "UnsupportedMediaType"
    assert reply.headers["Access-Control-Allow-Origin"] == "*"
    big = client.post("/sparql", data=b"x", content_type="application/sparql-query",
                      environ_overrides={"CONTENT_LENGTH": str(10**9)})
    assert big.status_code == 413


def test_a_bug_is_a_500_in_the_error_shape(client, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(fastpath, "answer_query", broken)
    reply = client.get("/sparql", query_string={"query": ASK}, headers={"Accept": "application/json"})
    assert reply.status_code == 500
    assert json.loads(reply.data)["error"]["type"] == "InternalServerError"
    assert "boom" not in reply.get_data(as_text=True)


def test_other_paths_and_methods_go_to_flask(client) -> None:
    assert client.head("/sparql").status_code == 200
    assert client.options("/sparql").headers["Access-Control-Allow-Methods"]
    assert client.put("/sparql").status_code == 405
    assert client.get("/sparql/").status_code == 404
    assert Path(fastpath.__file__).name == "fastpath.py"
