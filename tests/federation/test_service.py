"""SERVICE safety: the allow-list decided on the parsed query, and allowed SERVICE rewritten to the relay."""

from __future__ import annotations

import socket
import threading
import time

import pyoxigraph as ox
import pytest

from newsld.errors import QueryError, QueryRefused, RemoteError
from newsld.federation.client import SparqlClient
from newsld.federation.service import (
    authorize_services,
    explain_service_failure,
    normalise_iri,
    service_tokens,
)

WIKIDATA = "https://query.wikidata.org/sparql"
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"


def run_in_oxigraph(query: str) -> list:
    """Evaluate a query the way the endpoint does: in pyoxigraph, which executes SERVICE itself."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://example.org/m"), ox.NamedNode(WDT + "P710"), ox.NamedNode(WD + "Q56226")))
    return list(store.query(query))


def loopback_spellings(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}/sparql",
        f"http://127.1:{port}/sparql",
        f"http://2130706433:{port}/sparql",
        f"http://0x7f000001:{port}/sparql",
        f"http://[::1]:{port}/sparql",
        f"http://localhost:{port}/sparql",
    ]


REFUSED_SHAPES = {
    "plain": "SELECT * WHERE {{ SERVICE <{iri}> {{ ?s ?p ?o }} }}",
    "silent": "SELECT * WHERE {{ SERVICE SILENT <{iri}> {{ ?s ?p ?o }} }}",
    "optional": "SELECT * WHERE {{ ?m ?p ?o OPTIONAL {{ SERVICE <{iri}> {{ ?o ?q ?r }} }} }}",
    "union": "SELECT * WHERE {{ {{ ?m ?p ?o }} UNION {{ SERVICE <{iri}> {{ ?s ?p ?o }} }} }}",
    "minus": "SELECT * WHERE {{ ?m ?p ?o MINUS {{ SERVICE <{iri}> {{ ?m ?p ?o }} }} }}",
    "subquery": "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{iri}> {{ ?s ?p ?o }} }} }} }}",
    "filter-exists": "SELECT * WHERE {{ ?m ?p ?o FILTER EXISTS {{ SERVICE <{iri}> {{ ?o ?q ?r }} }} }}",
    "filter-not-exists": "SELECT * WHERE {{ ?m ?p ?o FILTER NOT EXISTS {{ SERVICE <{iri}> {{ ?o ?q ?r }} }} }}",
    "bind-exists": "SELECT * WHERE {{ ?m ?p ?o BIND(EXISTS {{ SERVICE <{iri}> {{ ?o ?q ?r }} }} AS ?x) }}",
    "graph": "SELECT * WHERE {{ GRAPH ?g {{ SERVICE <{iri}> {{ ?s ?p ?o }} }} }}",
    "prefixed": "PREFIX e: <{iri}> SELECT * WHERE {{ SERVICE e: {{ ?s ?p ?o }} }}",
    "base": "BASE <{iri}> SELECT * WHERE {{ SERVICE <> {{ ?s ?p ?o }} }}",
    "after-allowed": "SELECT * WHERE {{ SERVICE <" + WIKIDATA + "> {{ ?s ?p ?o }} SERVICE <{iri}> {{ ?s ?p ?o }} }}",
    "ask": "ASK {{ SERVICE <{iri}> {{ ?s ?p ?o }} }}",
    "construct": "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{iri}> {{ ?s ?p ?o }} }}",
}


@pytest.mark.parametrize("shape", sorted(REFUSED_SHAPES))
def test_refused_service_never_connects(shape, listener, mirror_settings):
    for iri in loopback_spellings(listener.port):
        query = REFUSED_SHAPES[shape].format(iri=iri)
        with pytest.raises(QueryRefused, match="not on the allow-list"):
            authorize_services(query, mirror_settings)
    assert listener.connections == 0


def test_the_listener_would_have_seen_a_connection(listener):
    """The control: pyoxigraph does connect to a SERVICE it is given, so zero connections above means something."""
    with pytest.raises(OSError):
        run_in_oxigraph(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}")
    deadline = time.monotonic() + 2
    while listener.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert listener.connections >= 1


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT ?endpoint { ?s ?p ?o } }",
        "SELECT * WHERE { VALUES ?e { <https://query.wikidata.org/sparql> } SERVICE ?e { ?s ?p ?o } }",
        "SELECT * WHERE { OPTIONAL { SERVICE $e { ?s ?p ?o } } }",
    ],
)
def test_variable_service_refused(query, mirror_settings):
    with pytest.raises(QueryRefused, match="must be an IRI on the allow-list"):
        authorize_services(query, mirror_settings)


def test_empty_allow_list_refuses_wikidata_too(make_settings):
    settings = make_settings(service_allowlist=())
    with pytest.raises(QueryRefused, match=r"allowed: none"):
        authorize_services(f"SELECT * WHERE {{ SERVICE <{WIKIDATA}> {{ ?s ?p ?o }} }}", settings)


def test_syntax_error_is_a_query_error_with_the_parser_message(mirror_settings):
    with pytest.raises(QueryError, match="SPARQL syntax error") as caught:
        authorize_services("SELECT * WHERE { ?s ?p }", mirror_settings)
    assert not isinstance(caught.value, QueryRefused)
    with pytest.raises(QueryError, match="unknown prefix nope:"):
        authorize_services("SELECT * WHERE { SERVICE nope:x { ?s ?p ?o } }", mirror_settings)


def test_query_without_service_is_returned_unchanged(mirror_settings):
    query = 'SELECT * WHERE { ?s ?p "SERVICE <http://evil.example/>" } # SERVICE <http://evil.example/>'
    assert authorize_services(query, mirror_settings) == query


@pytest.mark.parametrize(
    "spelling",
    [
        f"<{WIKIDATA}>",
        "<HTTPS://Query.Wikidata.ORG:443/sparql>",
        "wdq:sparql",
    ],
)
def test_allowed_service_is_rewritten_and_runs_against_the_mirror(spelling, mirror_settings, mirror_endpoint):
    query = f"""PREFIX wdq: <https://query.wikidata.org/>
        PREFIX wdt: <{WDT}>
        # a comment naming SERVICE <http://evil.example/> is not a SERVICE
        SELECT ?person ?birth WHERE {{
          ?m wdt:P710 ?person .
          SERVICE {spelling} {{ ?person wdt:P569 ?birth . FILTER(STR(?birth) != "SERVICE <x>") }}
        }}"""
    rewritten = authorize_services(query, mirror_settings)
    assert WIKIDATA not in rewritten and "wdq:sparql" not in rewritten
    assert mirror_endpoint not in rewritten  # the relay stands between Oxigraph and the endpoint
    assert "# a comment naming SERVICE <http://evil.example/>" in rewritten
    rows = run_in_oxigraph(rewritten)
    assert [(r["person"].value, r["birth"].value) for r in rows] == [(WD + "Q56226", "1984-01-08T00:00:00Z")]


def test_every_nested_allowed_service_is_rewritten(mirror_settings):
    query = f"""SELECT * WHERE {{
        OPTIONAL {{ SERVICE <{WIKIDATA}> {{ ?a ?b ?c }} }}
        {{ SELECT ?x WHERE {{ SERVICE SILENT <{WIKIDATA}> {{ ?x ?y ?z }} }} }}
        FILTER EXISTS {{ SERVICE <{WIKIDATA}> {{ ?a ?b ?c }} }}
    }}"""
    rewritten = authorize_services(query, mirror_settings)
    assert WIKIDATA not in rewritten
    assert len(service_tokens(rewritten)) == 3
    assert "SERVICE SILENT <http://127.0.0.1:" in rewritten


def test_relay_sends_a_descriptive_user_agent(make_settings):
    """What Oxigraph sends (User-Agent: Oxigraph/x.y) is not what reaches the endpoint: the relay's call is."""
    seen: list[str] = []
    server = _one_shot_sparql_server(seen)
    settings = make_settings(wikidata_endpoint=f"http://127.0.0.1:{server.getsockname()[1]}/sparql")
    rewritten = authorize_services(f"SELECT * WHERE {{ SERVICE <{WIKIDATA}> {{ ?s ?p ?o }} }}", settings)
    assert run_in_oxigraph(rewritten) == []
    request = seen[0]
    assert f"user-agent: {settings.user_agent}".lower() in request.lower()
    assert "Oxigraph" not in request
    server.close()


def test_down_endpoint_gives_a_clear_error_quickly(make_settings):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts connections, never answers: a Wikidata that hangs
    settings = make_settings(
        wikidata_endpoint=f"http://127.0.0.1:{silent.getsockname()[1]}/sparql", service_timeout_s=1.0
    )
    rewritten = authorize_services(f"SELECT * WHERE {{ SERVICE <{WIKIDATA}> {{ ?s ?p ?o }} }}", settings)
    started = time.monotonic()
    with pytest.raises(OSError) as caught:
        run_in_oxigraph(rewritten)
    assert time.monotonic() - started < 3
    message = explain_service_failure(str(caught.value))
    assert message.startswith("SERVICE call failed: SPARQL endpoint http://127.0.0.1:")
    assert "did not answer within 1 s" in message
    silent.close()


def test_row_bound_refuses_an_oversized_service_answer(make_settings, mirror_endpoint):
    settings = make_settings(wikidata_endpoint=mirror_endpoint, service_row_limit=10)
    rewritten = authorize_services(f"SELECT * WHERE {{ SERVICE <{WIKIDATA}> {{ ?s ?p ?o }} }}", settings)
    with pytest.raises(OSError) as caught:
        run_in_oxigraph(rewritten)
    assert "over the limit of 10" in explain_service_failure(str(caught.value))


def test_normalise_iri_keeps_loopback_tricks_distinct():
    assert normalise_iri("HTTPS://Query.Wikidata.org:443/sparql") == normalise_iri(WIKIDATA)
    assert normalise_iri("http://example.org") == "http://example.org/"
    spellings = {normalise_iri(iri) for iri in loopback_spellings(80)}
    assert len(spellings) == len(loopback_spellings(80))
    assert normalise_iri(WIKIDATA) not in spellings
    assert normalise_iri("https://query.wikidata.org@127.0.0.1/sparql") != normalise_iri(WIKIDATA)


def test_client_error_names_the_endpoint(make_settings):
    client = SparqlClient("http://127.0.0.1:9/sparql", "newsld-test", 1.0)
    with pytest.raises(RemoteError, match="cannot be reached"):
        client.select("SELECT * WHERE { ?s ?p ?o }")


def _one_shot_sparql_server(seen: list[str]) -> socket.socket:
    """A raw loopback server recording each request's head and answering empty SPARQL JSON results."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    body = b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[]}}'

    def serve() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            seen.append(data.decode("latin-1"))
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
            conn.sendall(head + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)

    threading.Thread(target=serve, daemon=True).start()
    return server


def test_repeated_service_calls_are_answered_once(make_settings, scripted_proxy):
    """Oxigraph sends a FILTER EXISTS { SERVICE } pattern once per row; Wikidata is asked once."""
    proxy = scripted_proxy()
    settings = make_settings(wikidata_endpoint=proxy.url)
    store = ox.Store()
    for i in range(5):
        store.add(ox.Quad(ox.NamedNode(f"{WD}Q{i + 1}"), ox.NamedNode(WDT + "P31"), ox.NamedNode(WD + "Q5")))
    query = f"""SELECT ?x WHERE {{ ?x <{WDT}P31> ?c
        FILTER EXISTS {{ SERVICE <{WIKIDATA}> {{ <{WD}Q7747> <{WDT}P569> ?birth }} }} }}"""
    assert len(list(store.query(authorize_services(query, settings)))) == 5
    assert proxy.requests == 1


def test_timeout_message_says_how_to_do_better(make_settings):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    settings = make_settings(
        wikidata_endpoint=f"http://127.0.0.1:{silent.getsockname()[1]}/sparql", service_timeout_s=0.5
    )
    rewritten = authorize_services(f"SELECT * WHERE {{ SERVICE <{WIKIDATA}> {{ ?s ?p ?o }} }}", settings)
    with pytest.raises(OSError) as caught:
        run_in_oxigraph(rewritten)
    assert "newsld enrich" in explain_service_failure(str(caught.value))
    silent.close()


def test_the_relay_answers_only_with_its_token(make_settings, scripted_proxy):
    import urllib.error
    import urllib.parse
    import urllib.request

    from newsld.federation.relay import relay_config, relay_for
    from newsld.federation.service import service_targets

    proxy = scripted_proxy()
    settings = make_settings(wikidata_endpoint=proxy.url)
    relay = relay_for(relay_config(settings, tuple(service_targets(settings).values())))
    query = urllib.parse.urlencode({"query": f"ASK {{ <{WD}Q7747> ?p ?o }}"})
    for guess in (f"http://127.0.0.1:{relay.port}/0", f"http://127.0.0.1:{relay.port}/{relay.token}x/0"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{guess}?{query}", timeout=5)
        assert refused.value.code == 404
    assert proxy.requests == 0
    with urllib.request.urlopen(f"{relay.url(0)}?{query}", timeout=5) as answer:  # GET
        assert answer.headers["Content-Type"] == "application/sparql-results+json"
    form = urllib.request.Request(relay.url(0), data=query.encode(), method="POST")  # form POST
    with urllib.request.urlopen(form, timeout=5) as answer:
        assert b'"boolean"' in answer.read()
    assert proxy.requests == 1  # the second was the same query: answered from the last minute's answers
