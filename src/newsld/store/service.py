"""The query service: user queries run in worker processes under a time, memory and row limit.

pyoxigraph has no way to cancel a query, so each query runs in a worker process (``newsld.store.worker``)
that the service kills at the time limit or when its resident memory passes the memory limit, and replaces
in the background. A killed query is answered with QueryTimeout (504) or QueryResourceExhausted (503), never
with part of a document: the worker serialises the whole answer, cut at the row limit, before sending it.
``workers`` processes serve queries in parallel; a heavy query holds one of them and the others keep
answering.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from newsld import errors
from newsld.errors import QueryResourceExhausted, QueryTimeout, StoreError
from newsld.settings import Settings
from newsld.store.frames import read_frame_until, write_frame

log = logging.getLogger(__name__)

WATCH_EVERY_S = 0.05  # how often a running worker's memory is looked at
START_TIMEOUT_S = 60.0
WAIT_STEP_S = 0.25  # how often a query waiting for an idle worker looks again
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
ERRORS_FROM_WORKERS = {
    cls.__name__: cls
    for cls in (errors.QueryError, errors.NotAcceptable, errors.StoreError, errors.RemoteError, errors.QueryRefused)
}


@dataclass(frozen=True)
class QueryRequest:
    """One user query and what to answer it in (format keys of newsld.store.results; None: not acceptable)."""

    query: str
    results_format: str | None
    graph_format: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class QueryAnswer:
    kind: str  # "results" (SELECT, ASK) or "graph" (CONSTRUCT, DESCRIBE)
    format_key: str
    body: bytes
    truncated: bool


class _MemoryExceeded(Exception):
    pass


class _Worker:
    """One worker process and its pipes."""

    def __init__(self, store_dir: Path, memory_bytes: int) -> None:
        self.memory_bytes = memory_bytes
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsld.store.worker", str(store_dir), str(memory_bytes)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True,
        )
        self.requests = self.process.stdin.fileno()
        self.answers = self.process.stdout.fileno()
        os.set_blocking(self.answers, False)  # a read never outlives the deadline (see frames._read_until)

    def wait_ready(self) -> None:
        try:
            read_frame_until(self.answers, time.monotonic() + START_TIMEOUT_S, 1.0, lambda: None)
        except (TimeoutError, EOFError) as err:
            self.kill()
            raise StoreError(f"a query worker did not start (exit status {self.process.poll()})") from err

    def send(self, request: QueryRequest, row_limit: int) -> None:
        message = {"query": request.query, "results_format": request.results_format,
                   "graph_format": request.graph_format, "default_graphs": request.default_graphs,
                   "named_graphs": request.named_graphs, "row_limit": row_limit}
        write_frame(self.requests, json.dumps(message).encode())

    def receive(self, deadline: float) -> tuple[dict, bytes]:
        frame = read_frame_until(self.answers, deadline, WATCH_EVERY_S, self._watch_memory)
        header, _, body = frame.partition(b"\n")
        return json.loads(header), body

    def _watch_memory(self) -> None:
        try:
            with open(f"/proc/{self.process.pid}/statm", encoding="ascii") as statm:
                resident = int(statm.read().split()[1]) * PAGE_SIZE
        except (OSError, IndexError, ValueError):
            return  # the process is gone: reading its pipe will say so
        if resident > self.memory_bytes:
            raise _MemoryExceeded

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self._close_pipes()

    def stop(self) -> None:
        self._close_pipes()  # end of input: the worker's loop ends
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()

    def _close_pipes(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe and not pipe.closed:
                pipe.close()


class QueryService:
    """A pool of query workers over the published store. Use as a context manager, or start()/close()."""

    def __init__(self, store_dir: Path, *, workers: int = 2, timeout_s: float = 30.0, memory_mb: int = 1024,
                 row_limit: int = 10000) -> None:
        self.store_dir = Path(store_dir)
        self.size = max(1, workers)
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.row_limit = row_limit
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()  # C-implemented: a query takes and gives one
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starting = 0  # replacements being started in the background

    @classmethod
    def from_settings(cls, settings: Settings) -> QueryService:
        return cls(settings.store_dir, workers=settings.workers, timeout_s=settings.query_timeout_s,
                   memory_mb=settings.query_memory_mb, row_limit=settings.result_row_limit)

    def start(self) -> QueryService:
        started = [self._spawn() for _ in range(self.size)]
        try:
            for worker in started:
                self._idle.put(self._ready_or_respawned(worker))
        except StoreError:
            self.close()
            raise
        return self

    def _ready_or_respawned(self, worker: _Worker) -> _Worker:
        """The worker once it is ready; one that fails to start is replaced once before the pool gives up."""
        try:
            worker.wait_ready()
            return worker
        except StoreError as err:
            log.warning("a query worker did not start, starting another: %s", err)
            with self._lock:
                self._all.discard(worker)
        again = self._spawn()
        again.wait_ready()
        return again

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()

    def __enter__(self) -> QueryService:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def worker_pids(self) -> list[int]:
        """The process ids of the live workers (for monitoring and tests)."""
        with self._lock:
            return sorted(w.process.pid for w in self._all if w.process.poll() is None)

    def run(self, request: QueryRequest) -> QueryAnswer:
        """Answer ``request`` or raise QueryTimeout, QueryResourceExhausted or the worker's NewsldError."""
        for _ in range(self.size + 1):
            worker = self._take()
            try:
                worker.send(request, self.row_limit)
            except OSError:
                self._replace(worker)  # it died while idle (killed from outside): use another
                continue
            return self._answer(worker)
        raise StoreError("no query worker could take the query; the workers keep dying (see the server log)")

    def _answer(self, worker: _Worker) -> QueryAnswer:
        try:
            header, body = worker.receive(time.monotonic() + self.timeout_s)
        except TimeoutError:
            self._replace(worker)
            raise QueryTimeout(
                f"the query ran past the time limit of {self.timeout_s:g} s and was stopped; "
                "make it more selective or add a LIMIT"
            ) from None
        except _MemoryExceeded:
            self._replace(worker)
            raise QueryResourceExhausted(
                f"the query needed more than the memory limit of {self.memory_mb} MiB and was stopped; "
                "make it more selective or add a LIMIT"
            ) from None
        except (EOFError, OSError):
            self._replace(worker)
            raise QueryResourceExhausted(
                f"the query engine stopped while running the query (exit status {worker.process.returncode}): "
                f"it needed more memory (limit {self.memory_mb} MiB) or more stack (deeply nested groups) "
                "than a query may use"
            ) from None
        self._idle.put(worker)
        if not header["ok"]:
            raise ERRORS_FROM_WORKERS.get(header["error"], StoreError)(header["message"])
        return QueryAnswer(header["kind"], header["format_key"], body or b"", header["truncated"])

    def _take(self) -> _Worker:
        """An idle worker, waiting up to the query time limit, or longer while a replacement is starting (a
        query that killed its worker must not make the next one fail while the new worker loads)."""
        started = time.monotonic()
        while True:
            try:
                worker = self._idle.get(timeout=WAIT_STEP_S)
            except queue.Empty:
                waited = time.monotonic() - started
                if waited < self.timeout_s or (self._starting and waited < self.timeout_s + START_TIMEOUT_S):
                    continue
                raise StoreError(f"all {self.size} query workers are busy; try again shortly") from None
            if worker.process.poll() is None:
                return worker
            self._replace(worker)  # it died while idle (killed from outside): use another

    def _spawn(self) -> _Worker:
        worker = _Worker(self.store_dir, self.memory_mb * 1024 * 1024)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` now (its CPU and memory are freed) and start another in the background."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        with self._lock:
            self._starting += 1
        threading.Thread(target=self._add_worker, name="newsld-worker-start", daemon=True).start()

    def _add_worker(self) -> None:
        try:
            self._start_replacement()
        finally:
            with self._lock:
                self._starting -= 1

    def _start_replacement(self) -> None:
        while not self._closed:
            worker = None
            try:
                worker = self._spawn()
                worker.wait_ready()
            except (OSError, StoreError) as err:
                if worker is not None:
                    with self._lock:
                        self._all.discard(worker)
                if self._closed:
                    return  # closing: its pipes were closed under it
                log.warning("could not start a query worker, retrying: %s", err)
                time.sleep(1.0)
                continue
            if self._closed:
                worker.stop()
            else:
                self._idle.put(worker)
            return
