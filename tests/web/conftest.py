"""Fixtures of the web tests: a small published event graph, a query service, the app, a real server.

The graph follows docs/graph-contract.md in miniature: an asserted article graph (the default graph is its
view), an unasserted graph, events with their Wikidata view, and enough mentions (``FILLER`` triples) that a
5-way cross join is far beyond any limit. Limits are small so that the suite stays fast.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef

from newsld.settings import Settings, load_settings
from newsld.store import EmbeddedStore, QueryService
from newsld.web import create_app

BASE = "http://127.0.0.1:8080"
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
NLD = Namespace("https://w3id.org/newsld/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ASSERTED = URIRef(f"{BASE}/id/graph/a1")
UNASSERTED = URIRef(f"{BASE}/id/graph/a1/unasserted")
ARTICLE = URIRef(f"{BASE}/id/article/a1")
MEETING = URIRef(f"{BASE}/id/event/a1/e-meeting")
SUSPECTED = URIRef(f"{BASE}/id/event/a1/e-arms-deal")
FILLER = 120  # mentions; 120^5 rows is a cross join no limit lets through
TIMEOUT_S = 2.5
MEMORY_MB = 128
ROW_LIMIT = 50
CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
COUNT_CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
SORTED_CROSS_JOIN = CROSS_JOIN + " ORDER BY ?a"
MEETINGS = "SELECT ?e ?when WHERE { ?e wdt:P31 wd:Q2761147 ; wdt:P710 wd:Q7747 ; wdt:P585 ?when }"
PREFIXES = (
    "PREFIX wd: <http://www.wikidata.org/entity/>\nPREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
)


def small_event_dataset() -> tuple[Dataset, Graph]:
    """An article graph with one meeting and filler mentions, and an unasserted graph with a suspicion."""
    dataset = Dataset()
    asserted = dataset.graph(ASSERTED)
    asserted.add((ARTICLE, RDF.type, URIRef("https://schema.org/NewsArticle")))
    asserted.add((ARTICLE, URIRef("https://schema.org/datePublished"), Literal("2023-09", datatype=XSD.gYearMonth)))
    asserted.add((MEETING, RDF.type, NLD.Meeting))
    asserted.add((MEETING, RDFS.label, Literal("Kim Jong-un meets Vladimir Putin", lang="en")))
    asserted.add((MEETING, WDT.P31, WD.Q2761147))
    for person in (WD.Q56226, WD.Q7747):
        asserted.add((MEETING, WDT.P710, person))
    asserted.add((MEETING, WDT.P585, Literal("2023-09", datatype=XSD.gYearMonth)))
    asserted.add((WD.Q7747, RDFS.label, Literal("Vladimir Poutine", lang="fr")))
    for i in range(FILLER):
        mention = URIRef(f"{ARTICLE}#char={i * 10},{i * 10 + 5}")
        asserted.add((mention, NIF.beginIndex, Literal(i * 10, datatype=XSD.nonNegativeInteger)))
    unasserted = dataset.graph(UNASSERTED)
    unasserted.add((SUSPECTED, RDF.type, NLD.Transaction))
    unasserted.add((SUSPECTED, NLD.status, NLD.Suspected))
    unasserted.add((SUSPECTED, WDT.P710, WD.Q7747))
    view = Graph()
    for triple in asserted:
        view.add(triple)
    return dataset, view


def make_web_settings(data_dir: Path, **overrides: object) -> Settings:
    values = dict(data_dir=data_dir, base_iri=BASE, workers=2, query_timeout_s=TIMEOUT_S,
                  query_memory_mb=MEMORY_MB, result_row_limit=ROW_LIMIT, service_allowlist="")
    values.update(overrides)
    return load_settings(env={}, **values)


@pytest.fixture(scope="session")
def web_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings over a published small event graph (read-only for tests: publish elsewhere to change it)."""
    settings = make_web_settings(tmp_path_factory.mktemp("web-data"))
    EmbeddedStore(settings.store_dir).publish(*small_event_dataset())
    return settings


@pytest.fixture(scope="session")
def query_service(web_settings: Settings) -> Iterator[QueryService]:
    with QueryService.from_settings(web_settings) as service:
        yield service


@pytest.fixture
def client(web_settings: Settings, query_service: QueryService):
    return create_app(web_settings, query_service=query_service).test_client()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    settings: Settings

    @property
    def endpoint(self) -> str:
        return self.url + "/sparql"


def start_server(settings: Settings) -> Server:
    """``python -m newsld.web.server`` on a free loopback port, answering once it is up."""
    port = free_port()
    options = [f"--data-dir={settings.data_dir}", f"--port={port}", "--host=127.0.0.1",
               f"--base-iri={settings.base_iri}", f"--workers={settings.workers}",
               f"--query-timeout-s={settings.query_timeout_s}", f"--query-memory-mb={settings.query_memory_mb}",
               f"--result-row-limit={settings.result_row_limit}", f"--max-body-bytes={settings.max_body_bytes}",
               f"--service-allowlist={','.join(settings.service_allowlist)}"]
    process = subprocess.Popen([sys.executable, "-m", "newsld.web.server", *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Server(f"http://127.0.0.1:{port}", process, settings)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {process.stderr.read().decode()}")
        try:
            urllib.request.urlopen(server.endpoint, timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    stop_server(server)
    raise RuntimeError("the server did not answer within 30 s")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    server.process.stderr.close()


@pytest.fixture(scope="session")
def server(web_settings: Settings) -> Iterator[Server]:
    running = start_server(web_settings)
    yield running
    stop_server(running)


@dataclass
class Listener:
    """A TCP listener on loopback that records every connection made to it (and answers nothing)."""

    port: int
    connections: list[tuple[str, int]] = field(default_factory=list)


@pytest.fixture
def listener() -> Iterator[Listener]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.1)
    found = Listener(sock.getsockname()[1])
    stopping = threading.Event()

    def accept() -> None:
        while not stopping.is_set():
            try:
                conn, peer = sock.accept()
            except (TimeoutError, OSError):
                continue
            found.connections.append(peer)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield found
    stopping.set()
    thread.join()
    sock.close()


def process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().split()[2] != "Z"  # a zombie is gone, only not yet reaped
