"""Query limits: time, memory and rows, enforced by killing and replacing the worker, and concurrency."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import RDFS, Dataset, Graph, Literal
from tests.web.conftest import (
    ASSERTED,
    COUNT_CROSS_JOIN,
    MEETING,
    MEMORY_MB,
    SORTED_CROSS_JOIN,
    TIMEOUT_S,
    process_exists,
)

from newsld.errors import QueryResourceExhausted, QueryTimeout, StoreError
from newsld.settings import Settings
from newsld.store import EmbeddedStore, QueryRequest, QueryService
from newsld.store.worker import QuerySource
from newsld.web import create_app

SIMPLE = f"ASK {{ <{MEETING}> ?p ?o }}"


@pytest.fixture
def service(web_settings: Settings) -> Iterator[QueryService]:
    with QueryService.from_settings(web_settings) as own:
        yield own


def wait_for_workers(service: QueryService, count: int, timeout_s: float = 20.0) -> list[int]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        pids = service.worker_pids()
        if len(pids) == count:
            return pids
        time.sleep(0.05)
    raise AssertionError(f"expected {count} workers, have {service.worker_pids()}")


def test_a_query_past_the_time_limit_is_killed_and_its_worker_replaced(service: QueryService) -> None:
    before = set(wait_for_workers(service, 2))
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match=f"time limit of {TIMEOUT_S:g} s"):
        service.run(QueryRequest(COUNT_CROSS_JOIN, "json", None))
    assert time.monotonic() - started < TIMEOUT_S + 1.5
    after = set(wait_for_workers(service, 2))
    killed = before - after
    assert len(killed) == 1
    assert not any(process_exists(pid) for pid in killed)  # its CPU is freed
    assert service.run(QueryRequest(SIMPLE, "json", None)).body == b'{"head":{},"boolean":true}'


def test_a_query_past_the_memory_limit_is_killed(service: QueryService) -> None:
    before = set(wait_for_workers(service, 2))
    with pytest.raises(QueryResourceExhausted, match=f"memory limit of {MEMORY_MB} MiB"):
        service.run(QueryRequest(SORTED_CROSS_JOIN, "json", None))
    after = set(wait_for_workers(service, 2))
    assert not any(process_exists(pid) for pid in before - after)
    assert json.loads(service.run(QueryRequest(SIMPLE, "json", None)).body)["boolean"] is True


def test_a_simple_query_is_answered_while_a_heavy_one_runs(service: QueryService) -> None:
    wait_for_workers(service, 2)
    def run_heavy() -> None:
        with pytest.raises(QueryTimeout):
            service.run(QueryRequest(COUNT_CROSS_JOIN, "json", None))

    heavy = threading.Thread(target=run_heavy)
    heavy.start()
    time.sleep(0.3)  # the heavy query holds one worker
    started = time.monotonic()
    for _ in range(5):
        assert json.loads(service.run(QueryRequest(SIMPLE, "json", None)).body)["boolean"] is True
    assert time.monotonic() - started < 2.0  # functional bound; speed is measured in benchmarks/
    heavy.join()


def test_a_worker_killed_from_outside_is_replaced(service: QueryService) -> None:
    import os
    import signal

    victim = wait_for_workers(service, 2)[0]
    os.kill(victim, signal.SIGKILL)
    while victim in service.worker_pids():  # the pool has seen it die (a query sent at that instant gets a 503)
        time.sleep(0.01)
    for _ in range(4):
        assert json.loads(service.run(QueryRequest(SIMPLE, "json", None)).body)["boolean"] is True
    assert victim not in wait_for_workers(service, 2)


def test_workers_follow_a_new_publication(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    first, second = Dataset(), Dataset()
    first.graph(ASSERTED).add((MEETING, RDFS.label, Literal("first")))
    second.graph(ASSERTED).add((MEETING, RDFS.label, Literal("second")))
    store.publish(first, first.graph(ASSERTED))
    query = QueryRequest(f"SELECT ?l WHERE {{ <{MEETING}> ?p ?l }}", "csv", None)
    with QueryService(store.store_dir, workers=1, timeout_s=5) as one:
        assert one.run(query).body == b"l\r\nfirst\r\n"
        store.publish(second, second.graph(ASSERTED))
        assert one.run(query).body == b"l\r\nsecond\r\n"


def test_without_a_published_store_queries_fail_clearly(tmp_path: Path) -> None:
    with (QueryService(tmp_path / "nothing", workers=1, timeout_s=5) as one,
          pytest.raises(StoreError, match="no store has been published")):
        one.run(QueryRequest(SIMPLE, "json", None))


def test_the_endpoint_answers_504_and_503_with_a_clear_body(web_settings: Settings, service: QueryService) -> None:
    client = create_app(web_settings, query_service=service).test_client()
    timed_out = client.get("/sparql", query_string={"query": COUNT_CROSS_JOIN})
    assert timed_out.status_code == 504
    assert "time limit" in timed_out.get_data(as_text=True)
    exhausted = client.get("/sparql", query_string={"query": SORTED_CROSS_JOIN},
                           headers={"Accept": "application/json"})
    assert exhausted.status_code == 503
    assert exhausted.get_json()["error"]["type"] == "QueryResourceExhausted"


def test_graph_results_are_answered_whole_or_not_at_all(web_settings: Settings, service: QueryService) -> None:
    """A CONSTRUCT over the cross join is cut at the row limit with a flag, never a broken document."""
    client = create_app(web_settings, query_service=service).test_client()
    query = "CONSTRUCT { ?a ?b ?o } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert response.headers["X-Newsld-Truncated"] == "true"
    Graph().parse(data=response.data, format="nt")  # complete: it parses


def test_a_query_waits_for_the_replacement_of_a_killed_worker(web_settings) -> None:
    """With one worker, killed by a runaway query, the next query waits for its replacement, past the time
    limit if the new worker is slow to load, instead of failing with 'all workers are busy'."""
    from newsld.store import QueryRequest, QueryService

    settings = web_settings.replace(workers=1, query_timeout_s=0.05)  # shorter than a worker takes to start
    with QueryService.from_settings(settings) as service:
        for pid in service.worker_pids():
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30  # a loaded machine may take a while to end it
        while service.worker_pids() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not service.worker_pids(), "the killed worker is still alive"
        answer = service.run(QueryRequest("ASK { }", "json", None))
        assert b"true" in answer.body


def test_a_worker_holding_most_of_the_memory_limit_answers_then_retires(web_settings: Settings) -> None:
    """A worker holding most of the memory limit (what an earlier big query left) is not killed in the middle
    of a later query: it answers, retires, and a fresh worker takes its place. (A retirement line of 0 MiB above
    what it holds at rest, which every worker reaches, stands for a worker grown by an earlier query.)"""
    with QueryService(web_settings.store_dir, workers=1, retire_mb=0) as service:
        first = wait_for_workers(service, 1)
        answer = service.run(QueryRequest(SIMPLE, "json", None))
        assert json.loads(answer.body)["boolean"] is True
        second = wait_for_workers(service, 1)
        assert second != first and not process_exists(first[0])
        assert json.loads(service.run(QueryRequest(SIMPLE, "json", None)).body)["boolean"] is True  # and again


def test_a_worker_well_below_the_limit_keeps_serving(web_settings: Settings) -> None:
    with QueryService(web_settings.store_dir, workers=1) as service:
        first = wait_for_workers(service, 1)
        for _ in range(3):
            service.run(QueryRequest(SIMPLE, "json", None))
        assert service.worker_pids() == first


def test_the_watchdog_never_stops_a_worker_for_a_query_it_has_finished(web_settings: Settings) -> None:
    """The watchdog decides on a snapshot: by the time it acts, the worker may be running the next query,
    whose deadline is another one. Only the query whose deadline passed may be stopped."""
    with QueryService.from_settings(web_settings.replace(workers=1)) as service:
        worker = service._idle.get()
        with service._lock:
            service._running[worker] = time.monotonic() + 60  # its next query, just started
        service._stop_running(worker, time.monotonic() - 1, "time")  # the deadline of its previous query
        assert worker.stopped_for is None and worker.process.poll() is None
        with service._lock:
            del service._running[worker]
        service._idle.put(worker)
        assert json.loads(service.run(QueryRequest(SIMPLE, "json", None)).body)["boolean"] is True


def _label_query(subject) -> QueryRequest:
    return QueryRequest(f"SELECT ?l WHERE {{ <{subject}> ?p ?l }}", "csv", None)


def test_a_small_store_is_answered_from_a_copy_the_same_as_from_disk(web_settings: Settings) -> None:
    queries = [QueryRequest("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "csv", None),
               QueryRequest("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "csv", None),
               QueryRequest("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50", None, "ntriples"),
               QueryRequest(SIMPLE, "json", None)]
    with (QueryService(web_settings.store_dir, workers=1, copy_max_quads=0) as on_disk,
          QueryService(web_settings.store_dir, workers=1, copy_max_quads=10**6) as from_copy):
        assert [from_copy.run(q).body for q in queries] == [on_disk.run(q).body for q in queries]


def test_a_worker_with_a_copy_follows_a_new_publication(tmp_path: Path) -> None:
    """The copy is of one version: a new one is answered at once (from disk), and the worker that replaces the
    one that answered copies the new version."""
    store = EmbeddedStore(tmp_path / "store")
    first, second = Dataset(), Dataset()
    first.graph(ASSERTED).add((MEETING, RDFS.label, Literal("first")))
    second.graph(ASSERTED).add((MEETING, RDFS.label, Literal("second")))
    store.publish(first, first.graph(ASSERTED))
    with QueryService(store.store_dir, workers=1, timeout_s=5, copy_max_quads=100) as one:
        assert one.run(_label_query(MEETING)).body == b"l\r\nfirst\r\n"
        before = wait_for_workers(one, 1)
        store.publish(second, second.graph(ASSERTED))
        assert one.run(_label_query(MEETING)).body == b"l\r\nsecond\r\n"
        assert wait_for_workers(one, 1) != before  # it retired
        assert one.run(_label_query(MEETING)).body == b"l\r\nsecond\r\n"


def test_only_a_store_within_the_copy_limit_is_copied(web_settings: Settings) -> None:
    store = EmbeddedStore(web_settings.store_dir)
    quads = store.quad_count()
    assert quads == len(store.open_reader())
    small_enough, too_big = QuerySource(store, copy_max_quads=quads), QuerySource(store, copy_max_quads=quads - 1)
    small_enough.prepare()
    too_big.prepare()
    assert too_big.reader() is store.open_reader()
    copy = small_enough.reader()
    assert copy is not store.open_reader() and len(copy) == quads
