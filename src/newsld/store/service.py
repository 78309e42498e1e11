"""The query service: user queries run in worker processes under a time, memory and row limit.

pyoxigraph has no way to cancel a query, so each query runs in a worker process (``newsld.store.worker``) that the
service's watchdog thread kills at the time limit or when its resident memory passes what it holds at rest (its
copy of a small store included) by more than the memory limit, and replaces in the background. The request thread
just writes the query and reads the answer, blocking: a kill ends its read, and the watchdog has said why. (A read
that waited with ``select`` and looked at memory itself cost each query two more system calls and two more
hand-offs of the GIL.) A worker that holds three quarters of the memory limit more than at rest retires after its answer
(``newsld.store.worker``). A killed query is answered with QueryTimeout (504) or QueryResourceExhausted (503),
never with part of a document: the worker serialises the whole answer, cut at the row limit, before sending it.
``workers`` processes serve queries in parallel; a heavy query holds one of them and the others keep answering.
"""

from __future__ import annotations

import logging
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
from newsld.store.frames import read_first_message, read_message, write_message
from newsld.store.statm import RESIDENT, statm_bytes

log = logging.getLogger(__name__)

WATCH_EVERY_S = 0.05  # how often a running worker's memory is looked at
START_TIMEOUT_S = 60.0
WAIT_STEP_S = 0.25  # how often a query waiting for an idle worker looks again
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


class _Worker:
    """One worker process and its pipes; ``stopped_for`` says why the watchdog killed it, if it did."""

    def __init__(self, store_dir: Path, memory_bytes: int, retire_bytes: int, copy_max_quads: int) -> None:
        self.memory_bytes = memory_bytes
        self.at_rest_bytes = 0  # what the worker holds when idle (its copy of the store included), once ready
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsld.store.worker", str(store_dir), str(memory_bytes), str(retire_bytes),
             str(copy_max_quads)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True,
        )
        self.requests = self.process.stdin.fileno()
        self.answers = self.process.stdout.fileno()
        self.stopped_for: str | None = None  # "time" or "memory"

    def wait_ready(self) -> None:
        try:
            ready, _ = read_first_message(self.answers, START_TIMEOUT_S)
        except (TimeoutError, EOFError) as err:
            self.kill()
            raise StoreError(f"a query worker did not start (exit status {self.process.poll()})") from err
        self.at_rest_bytes = ready["at_rest_bytes"]

    def send(self, request: QueryRequest, row_limit: int) -> None:
        message = {"query": request.query, "results_format": request.results_format,
                   "graph_format": request.graph_format, "default_graphs": request.default_graphs,
                   "named_graphs": request.named_graphs, "row_limit": row_limit}
        write_message(self.requests, message)

    def receive(self) -> tuple[dict, bytes]:
        """The answer, read blocking; EOFError when the worker died (killed by the watchdog, or crashed)."""
        message = read_message(self.answers)
        if message is None:
            raise EOFError("the worker closed its output")
        return message

    def over_memory(self) -> bool:
        try:
            with open(f"/proc/{self.process.pid}/statm", encoding="ascii") as statm:
                resident = statm_bytes(statm.read(), RESIDENT)
        except (OSError, IndexError, ValueError):
            return False  # the process is gone: its reader sees the end of its pipe
        return resident - self.at_rest_bytes > self.memory_bytes

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
                 row_limit: int = 10000, retire_mb: float | None = None, copy_max_quads: int = 0) -> None:
        self.store_dir = Path(store_dir)
        self.size = max(1, workers)
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        # a worker holding this much more than at rest after a query retires (see newsld.store.worker)
        self.retire_bytes = int((memory_mb * 3 / 4 if retire_mb is None else retire_mb) * 1024 * 1024)
        self.row_limit = row_limit
        self.copy_max_quads = copy_max_quads  # see newsld.store.worker: small stores are queried from memory
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()  # C-implemented: a query takes and gives one
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starting = 0  # replacements being started in the background
        self._running: dict[_Worker, float] = {}  # worker -> deadline (time.monotonic) of its query
        self._watchdog: threading.Thread | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> QueryService:
        return cls(settings.store_dir, workers=settings.workers, timeout_s=settings.query_timeout_s,
                   memory_mb=settings.query_memory_mb, row_limit=settings.result_row_limit,
                   copy_max_quads=settings.query_copy_max_quads)

    def start(self) -> QueryService:
        self._watchdog = threading.Thread(target=self._watch, name="newsld-query-watchdog", daemon=True)
        self._watchdog.start()
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
        if self._watchdog is not None and self._watchdog is not threading.current_thread():
            self._watchdog.join(timeout=2 * WATCH_EVERY_S + 1)

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
        with self._lock:
            self._running[worker] = time.monotonic() + self.timeout_s
        try:
            header, body = worker.receive()
        except (EOFError, OSError):
            header = None
        with self._lock:
            del self._running[worker]
        if worker.stopped_for is not None or header is None or header.get("retire"):
            self._replace(worker)  # a complete answer that beat the kill is still answered
        else:
            self._idle.put(worker)
        if header is None:
            raise self._why_stopped(worker) from None
        if not header["ok"]:
            raise ERRORS_FROM_WORKERS.get(header["error"], StoreError)(header["message"])
        return QueryAnswer(header["kind"], header["format_key"], body or b"", header["truncated"])

    def _why_stopped(self, worker: _Worker) -> Exception:
        if worker.stopped_for == "time":
            return QueryTimeout(
                f"the query ran past the time limit of {self.timeout_s:g} s and was stopped; "
                "make it more selective or add a LIMIT"
            )
        if worker.stopped_for == "memory":
            return QueryResourceExhausted(
                f"the query needed more than the memory limit of {self.memory_mb} MiB and was stopped; "
                "make it more selective or add a LIMIT"
            )
        return QueryResourceExhausted(
            f"the query engine stopped while running the query (exit status {worker.process.poll()}): "
            f"it needed more memory (limit {self.memory_mb} MiB) or more stack (deeply nested groups) "
            "than a query may use"
        )

    def _watch(self) -> None:
        """The watchdog: every WATCH_EVERY_S, kill each worker whose query passed its deadline or whose
        resident memory passed the limit (the kill ends the request thread's read; ``stopped_for`` says why)."""
        while not self._closed:
            time.sleep(WATCH_EVERY_S)
            with self._lock:
                running = list(self._running.items())
            now = time.monotonic()
            for worker, deadline in running:
                reason = "time" if now >= deadline else "memory" if worker.over_memory() else None
                if reason is not None:
                    self._stop_running(worker, deadline, reason)

    def _stop_running(self, worker: _Worker, deadline: float, reason: str) -> None:
        with self._lock:
            if self._running.get(worker) != deadline or worker.stopped_for is not None:
                return  # its answer came in the meantime (and it may be running the next query)
            worker.stopped_for = reason
        worker.process.kill()

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
            return worker  # one that died while idle fails its send(): run() replaces it

    def _spawn(self) -> _Worker:
        worker = _Worker(self.store_dir, self.memory_mb * 1024 * 1024, self.retire_bytes, self.copy_max_quads)
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
