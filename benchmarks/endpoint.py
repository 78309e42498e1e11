"""Endpoint benchmark: queries/s and p50/p95 latency of a typical query mix, ours against `oxigraph serve`.

    python benchmarks/endpoint.py [--articles 400] [--seconds 3] [--rounds 5] [--workers 4[,2]]

Builds a synthetic event graph that follows docs/graph-contract.md (one named graph per article with its
article, mentions and events in the Wikidata view, an unasserted graph per article, and the asserted view
as the default graph; about 250 triples per article, so 400 articles give ~100k triples), publishes it with
``EmbeddedStore``, and serves the very same store folder twice: with our server (``python -m
newsld.web.server``: granian, protocol checks, SERVICE authorisation, query workers) and with ``oxigraph
serve-read-only``. Each is then driven at concurrency 1 and 8 by keep-alive HTTP clients cycling through a
fixed pool of query texts (8 templates x parameters), and once more, for ours, with every query text unique
(our layer caches the parse of a query text, so this shows the cost of a never-seen query). Our query workers
answer from an in-memory copy of a store this size (the default ``query_copy_max_quads``); a last series runs
ours with the workers querying the store on disk, as Oxigraph does, which shows what our layer alone costs.
Target (issue 3): ours >= 0.8x Oxigraph's throughput at concurrency 8.
Each line also gives the CPU the server spent per query (all its processes: for ours the HTTP processes and
the query workers), which shows where a gap comes from and moves less than throughput on a busy machine.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef

from newsld.resources import verified_ids_file
from newsld.store import EmbeddedStore
from newsld.vocab import NLD, WIKIDATA_EVENT_CLASS

BASE = "http://127.0.0.1:8080"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
EVENTS_PER_ARTICLE = 10
MENTIONS_PER_ARTICLE = 20
PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
"""
TEMPLATES = {
    "meetings of a person": "SELECT ?e ?when WHERE {{ ?e wdt:P31 wd:Q2761147 ; wdt:P710 wd:{person} ; "
                            "wdt:P585 ?when }} ORDER BY ?when",
    "events in a month": "SELECT ?e ?when WHERE {{ ?e wdt:P585 ?when FILTER(?when >= \"{month}-01\"^^xsd:date "
                         "&& ?when < \"{month}-28\"^^xsd:date) }}",
    "co-participants (two hops)": "SELECT DISTINCT ?other ?label WHERE {{ ?e wdt:P710 wd:{person} ; "
                                  "wdt:P710 ?other . ?other rdfs:label ?label FILTER(?other != wd:{person}) }}",
    "events by type": "SELECT ?type (COUNT(?e) AS ?n) WHERE {{ ?e wdt:P31 ?type }} GROUP BY ?type "
                      "ORDER BY DESC(?n)",
    "describe an event": "CONSTRUCT {{ <{event}> ?p ?o }} WHERE {{ <{event}> ?p ?o }}",
    "ask about a place": "ASK {{ ?e wdt:P276 wd:{place} }}",
    "mentions in an article": "SELECT ?m ?begin WHERE {{ GRAPH <{graph}> {{ ?m itsrdf:taIdentRef wd:{person} ; "
                              "nif:beginIndex ?begin }} }} ORDER BY ?begin LIMIT 20",
    "latest events at a place": "SELECT ?e ?label ?when WHERE {{ ?e wdt:P276 wd:{place} ; rdfs:label ?label ; "
                                "wdt:P585 ?when }} ORDER BY DESC(?when) LIMIT 50",
}


# -- the synthetic event graph ---------------------------------------------------------------------------------


def verified(kind: str) -> list[str]:
    rows = [line.split("\t") for line in verified_ids_file().read_text(encoding="utf-8").splitlines()[1:]]
    return [row[0] for row in rows if row[1] == kind]


def synthetic_dataset(articles: int, seed: int = 7) -> tuple[Dataset, Graph]:
    rng = random.Random(seed)
    people, places = verified("person"), verified("place") + verified("country")
    event_classes = sorted(WIKIDATA_EVENT_CLASS.items())
    dataset, view = Dataset(), Graph()
    for n in range(articles):
        graph = dataset.graph(URIRef(f"{BASE}/id/graph/synth-{n}"))
        article = URIRef(f"{BASE}/id/article/synth-{n}")
        _article(graph, article, n)
        for m in range(MENTIONS_PER_ARTICLE):
            _mention(graph, article, m, WD[rng.choice(people + places)])
        for e in range(EVENTS_PER_ARTICLE):
            _event(graph, article, n, e, rng, rng.choice(event_classes), people, places)
        for triple in graph:
            view.add(triple)
        unasserted = dataset.graph(URIRef(f"{BASE}/id/graph/synth-{n}/unasserted"))
        _event(unasserted, article, n, EVENTS_PER_ARTICLE, rng, ("Sanction", "Q1656682"), people, places,
               status=NLD.Suspected)
    for qid in people + places:
        view.add((WD[qid], RDFS.label, Literal(f"label of {qid}", lang="en")))
    return dataset, view


def _article(graph: Graph, article: URIRef, n: int) -> None:
    graph.add((article, RDF.type, SCHEMA.NewsArticle))
    graph.add((article, RDF.type, NIF.Context))
    graph.add((article, SCHEMA.datePublished, Literal(f"2023-{n % 12 + 1:02d}", datatype=XSD.gYearMonth)))
    graph.add((article, SCHEMA.inLanguage, Literal("fr")))
    graph.add((article, SCHEMA.identifier, Literal(f"synth-{n}")))
    graph.add((graph.identifier, PROV.wasDerivedFrom, article))


def _mention(graph: Graph, article: URIRef, m: int, entity: URIRef) -> None:
    mention = URIRef(f"{article}#char={m * 40},{m * 40 + 12}")
    graph.add((mention, RDF.type, NIF.Phrase))
    graph.add((mention, NIF.beginIndex, Literal(m * 40, datatype=XSD.nonNegativeInteger)))
    graph.add((mention, NIF.endIndex, Literal(m * 40 + 12, datatype=XSD.nonNegativeInteger)))
    graph.add((mention, NIF.anchorOf, Literal(f"mention {m}")))
    graph.add((mention, NIF.referenceContext, article))
    graph.add((mention, ITSRDF.taIdentRef, entity))


def _event(graph: Graph, article: URIRef, n: int, e: int, rng: random.Random, event_class: tuple[str, str],
           people: list[str], places: list[str], status: URIRef = NLD.Occurred) -> None:
    event = URIRef(f"{BASE}/id/event/synth-{n}/e-{e}")
    name, qid = event_class
    when = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    place = WD[rng.choice(places)]
    graph.add((event, RDF.type, NLD[name]))
    graph.add((event, RDFS.label, Literal(f"{name} {n}-{e}", lang="en")))
    graph.add((event, WDT.P31, WD[qid]))
    graph.add((event, WDT.P585, Literal(when, datatype=XSD.date)))
    graph.add((event, WDT.P276, place))
    graph.add((event, NLD.place, place))
    graph.add((event, NLD.status, status))
    graph.add((event, GAF.denotedBy, URIRef(f"{article}#char={e * 100},{e * 100 + 8}")))
    for who in rng.sample(people, 2):
        graph.add((event, WDT.P710, WD[who]))
        graph.add((event, NLD.participant, WD[who]))


def query_pool(articles: int, seed: int = 11) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    people, places = verified("person"), verified("place") + verified("country")
    pool = []
    for name, template in TEMPLATES.items():
        for _ in range(8):
            n = rng.randrange(articles)
            text = template.format(
                person=rng.choice(people), place=rng.choice(places), month=f"2023-{rng.randint(1, 12):02d}",
                event=f"{BASE}/id/event/synth-{n}/e-{rng.randrange(EVENTS_PER_ARTICLE)}",
                graph=f"{BASE}/id/graph/synth-{n}",
            )
            pool.append((name, PREFIXES + text))
    return pool


# -- servers -----------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/sparql?query=" + urllib.parse.quote("ASK {}"))
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def start_ours(data_dir: Path, workers: int, on_disk: bool = False) -> tuple[subprocess.Popen, int]:
    port = free_port()
    copy = ["--query-copy-max-quads=0"] if on_disk else []  # else the default: the synthetic store is copied
    process = subprocess.Popen([sys.executable, "-m", "newsld.web.server", f"--data-dir={data_dir}",
                                f"--port={port}", f"--workers={workers}", "--service-allowlist=", *copy],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(port, process)
    return process, port


def start_oxigraph(location: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(["oxigraph", "serve-read-only", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(port, process)
    return process, port


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# -- load ----------------------------------------------------------------------------------------------------------


def process_tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and all its descendants alive now (HTTP processes, workers)."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    tree, frontier = {pid}, {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - tree
        tree |= frontier
    return sum(cpu.get(member, 0.0) for member in tree)


@dataclass
class Run:
    server: str
    concurrency: int
    queries: int
    errors: int
    seconds: float
    latencies: list[float]
    server_cpu_s: float = float("nan")  # CPU the server's processes spent during the run

    @property
    def cpu_ms_per_query(self) -> float:
        return 1000 * self.server_cpu_s / self.queries if self.queries else float("nan")

    @property
    def rate(self) -> float:
        return self.queries / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else float("nan")


def drive(port: int, pool: list[tuple[str, str]], concurrency: int, seconds: float, unique: bool) -> Run:
    latencies: list[float] = []
    errors = [0]
    samples: dict[int, tuple[str, bytes]] = {}
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    counter = iter(range(10**9))

    def client(seed: int) -> None:
        rng = random.Random(seed)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        while time.monotonic() < stop_at:
            name, text = rng.choice(pool)
            if unique:
                text += f"\n# {next(counter)}"
            accept = "text/turtle" if text.lstrip().split("\n")[-1].startswith("CONSTRUCT") or \
                "CONSTRUCT" in text else "application/sparql-results+json"
            started = time.perf_counter()
            connection.request("GET", "/sparql?query=" + urllib.parse.quote(text), headers={"Accept": accept})
            response = connection.getresponse()
            body = response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                with lock:
                    errors[0] += 1
                    samples.setdefault(response.status, (name, body[:300]))
        with lock:
            latencies.extend(mine)
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for status, (name, body) in samples.items():
        print(f"  error {status} on {name!r}: {body!r}", file=sys.stderr)
    return Run("", concurrency, len(latencies), errors[0], time.monotonic() - started, latencies)


@dataclass
class Series:
    name: str
    port: int
    unique: bool = False
    pid: int | None = None  # the server's process: its CPU (and its children's) is counted per run


def measure(series: list[Series], pool: list, seconds: float, rounds: int) -> dict[tuple[str, int], list[Run]]:
    """Every series at concurrency 1 and 8, ``rounds`` times, interleaved: the machine's other load then
    falls on all series alike (the medians are reported)."""
    for one in series:
        drive(one.port, pool, 2, min(3.0, seconds), one.unique)  # warm-up: caches, worker pages
    runs: dict[tuple[str, int], list[Run]] = {}
    for concurrency in (1, 8):
        for _ in range(rounds):
            for one in series:
                cpu_before = process_tree_cpu_seconds(one.pid) if one.pid else float("nan")
                run = drive(one.port, pool, concurrency, seconds, one.unique)
                run.server_cpu_s = process_tree_cpu_seconds(one.pid) - cpu_before if one.pid else float("nan")
                run.server = one.name
                runs.setdefault((one.name, concurrency), []).append(run)
    return runs


def report(runs: dict[tuple[str, int], list[Run]], reference: str) -> None:
    medians = {key: statistics.median(r.rate for r in rounds) for key, rounds in runs.items()}
    for (name, concurrency), rounds in runs.items():
        pooled = Run(name, concurrency, 0, sum(r.errors for r in rounds), 1.0,
                     [latency for r in rounds for latency in r.latencies])
        rates = ", ".join(f"{r.rate:.0f}" for r in rounds)
        # Rounds of all series run one after the other, so round i of each saw about the same machine load:
        # the median of the per-round ratios is steadier than the ratio of medians on a busy machine.
        paired = [r.rate / ref.rate for r, ref in zip(rounds, runs[(reference, concurrency)], strict=True)]
        ratio = statistics.median(paired)
        cpu = statistics.median(r.cpu_ms_per_query for r in rounds)
        print(f"{name:<30} c={concurrency}  {medians[(name, concurrency)]:7.1f} q/s (rounds: {rates})  "
              f"p50 {pooled.percentile(0.5):6.1f} ms  p95 {pooled.percentile(0.95):6.1f} ms  "
              f"server CPU {cpu:.2f} ms/query  errors {pooled.errors}  x{ratio:.2f} of {reference} "
              "(median of paired rounds)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=3.0, help="length of one measured run")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved runs per series and concurrency")
    parser.add_argument("--workers", default="4",
                        help="query workers of our server (4: the default of `newsld serve`); several counts (4,2) "
                        "start one server each, interleaved")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newsld-bench-"))
    processes = []
    try:
        started = time.perf_counter()
        dataset, view = synthetic_dataset(options.articles)
        store = EmbeddedStore(folder / "data" / "store")
        store.publish(dataset, view)
        stats = store.statistics()
        print(f"synthetic graph: {stats['default_graph_triples']} triples in the default graph, {stats['quads']} "
              f"quads, {len(stats['named_graphs'])} named graphs (built and published in "
              f"{time.perf_counter() - started:.1f} s); {options.rounds} rounds of {options.seconds:g} s each")
        oxigraph, oxigraph_port = start_oxigraph(store.version_path())
        processes.append(oxigraph)
        series = [Series("oxigraph serve-read-only", oxigraph_port, pid=oxigraph.pid)]
        for workers in [int(n) for n in options.workers.split(",")]:
            ours, our_port = start_ours(folder / "data", workers)
            processes.append(ours)
            series.append(Series(f"newsld ({workers} workers)", our_port, pid=ours.pid))
        series.append(Series("newsld, every query text new", series[1].port, unique=True, pid=series[1].pid))
        on_disk, disk_port = start_ours(folder / "data", int(options.workers.split(",")[0]), on_disk=True)
        processes.append(on_disk)
        series.append(Series("newsld, workers querying the store on disk", disk_port, pid=on_disk.pid))
        report(measure(series, query_pool(options.articles), options.seconds, options.rounds), series[0].name)
        return 0
    finally:
        for process in processes:
            stop(process)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
