"""The production server: granian's HTTP processes in front of the app, the query workers beside them.

``serve(settings)`` serves what the last build published (it builds nothing: ``newsld serve`` builds first).
``python -m newsld.web.server --port 8081 --data-dir newsld-data ...`` does the same with any setting given
as an option (the test fixtures and the benchmark start the server this way).

granian parses HTTP in Rust and calls the WSGI app from a few Python threads per process. A pure-Python
server (waitress, measured) spends about 1 ms of CPU per request in one process, more than our whole protocol
layer and about a third of what the engine needs for a typical query; with granian the per-query overhead
over ``oxigraph serve`` is the hand-off to a query worker. Each HTTP process (``processes``, default one per
core) builds its own app and its own share of the ``workers`` query workers, so no interpreter lock is
shared between them. Processes are forked, and the one Settings object travels with them.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import sys
from dataclasses import dataclass
from functools import partial

from granian.constants import HTTPModes, Interfaces
from granian.http import HTTP1Settings
from granian.server import Server

from newsld.errors import NewsldError, StoreError
from newsld.settings import FIELDS, Settings, load_settings
from newsld.store import EmbeddedStore, QueryService
from newsld.web import create_app

log = logging.getLogger(__name__)

# granian hands a request to a thread once its headers are in, and the thread then waits for the body: a
# client that trickles its body holds one thread until it finishes or goes. Idle threads cost little (they
# are started on demand and stopped after 30 s idle), so every process may run this many.
MIN_THREADS = 32
MIN_SHARE = 2  # query workers per HTTP process, by default
HEADER_READ_TIMEOUT_MS = 30_000  # a client that sends no complete header in this time is dropped (slowloris)


@dataclass(frozen=True)
class Layout:
    """How ``serve`` spreads the work: HTTP processes, request threads and query workers in each."""

    processes: int
    threads: int
    workers_per_process: int


def server_layout(settings: Settings, cpus: int | None = None) -> Layout:
    """One HTTP process per core (at most one per two query workers); the query workers shared out among them.

    A process gets enough request threads that pages and dumps still flow while all its query workers are
    busy, and that slow uploads cannot take them all.
    """
    workers = max(1, settings.workers)
    # Each process has its own workers: with two or more each, one runaway query never leaves a process (and
    # the keep-alive clients it holds) without a worker.
    processes = settings.processes or min(cpus or os.cpu_count() or 1, max(1, workers // MIN_SHARE))
    processes = max(1, min(processes, workers))
    share = -(-workers // processes)  # rounded up: every process has at least one
    return Layout(processes, max(MIN_THREADS, 4 * share), share)


def process_app(settings: Settings, layout: Layout, _target: str):
    """The WSGI app of one HTTP process: its own query workers, stopped when the process ends."""
    queries = QueryService.from_settings(settings.replace(workers=layout.workers_per_process)).start()
    atexit.register(queries.close)
    return create_app(settings, store=EmbeddedStore(settings.store_dir), query_service=queries)


class _QuietThreadAdvice(logging.Filter):
    """granian advises against more threads than cores; ours mostly wait on query workers' pipes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Python threads" not in record.getMessage()


def serve(settings: Settings) -> None:
    store = EmbeddedStore(settings.store_dir)
    if not store.is_published():
        raise StoreError(f"{settings.store_dir}: nothing is published yet; run `newsld build` first")
    layout = server_layout(settings)
    logging.getLogger("_granian").addFilter(_QuietThreadAdvice())
    server = Server(
        "newsld.web:create_app",  # a label only: process_app builds the app
        address=settings.host,
        port=settings.port,
        interface=Interfaces.WSGI,
        workers=layout.processes,
        blocking_threads=layout.threads,
        http=HTTPModes.http1,
        websockets=False,
        http1_settings=HTTP1Settings(header_read_timeout=HEADER_READ_TIMEOUT_MS),
        respawn_failed_workers=True,
        log_level="warning",
    )
    log.info("serving on %s:%s with %s", settings.host, settings.port, layout)
    server.serve(target_loader=partial(process_app, settings, layout))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsld.web.server", description=__doc__)
    for name, field in FIELDS.items():
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, help=field.metadata["doc"])
    options = vars(parser.parse_args(argv))
    try:
        serve(load_settings(**options))
    except NewsldError as err:
        print(f"newsld: {err.message}", file=sys.stderr)
        return err.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
