"""A query worker: a process that opens the store read-only and answers one query at a time.

Started by ``QueryService`` as ``python -m newsld.store.worker STORE_DIR MEMORY_BYTES RETIRE_BYTES COPY_MAX_QUADS``.
It reads request messages (``newsld.store.frames``) on stdin and writes, for each, one message on stdout: a header
and, on success, the whole serialised answer as its body. pyoxigraph cannot cancel a query, so the service kills
this process at the time or memory limit and starts another; the data-size limit set here is a backstop for memory
that grows faster than the service's watch can see.

A published store of at most COPY_MAX_QUADS quads is copied into an in-memory Oxigraph store before the worker says
it is ready, and queries run on the copy: Oxigraph's engine answers the endpoint's typical queries with about 40%
less CPU from memory than through RocksDB. The copy is of one published version; when another is published the
worker answers from the store on disk (the new version) and retires, and the worker that replaces it copies the new
one. Memory limits count what a query adds to what the worker holds at rest (its copy included).
"""

from __future__ import annotations

import os
import resource
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from newsld.errors import NewsldError, NotAcceptable, QueryError, RemoteError, StoreError
from newsld.store.embedded import EmbeddedStore
from newsld.store.frames import read_message, write_message
from newsld.store.results import FormatNotAvailable, serialise
from newsld.store.statm import DATA, RESIDENT, statm_bytes

PARENT_CHECK_S = 1.0
MESSAGE_CHARS = 300


def main(argv: list[str]) -> int:
    _exit_with_parent()
    source = QuerySource(EmbeddedStore(Path(argv[0])), copy_max_quads=int(argv[3]))
    source.prepare()
    _limit_data(int(argv[1]))
    requests, answers = _take_stdio()
    statm = os.open("/proc/self/statm", os.O_RDONLY)
    at_rest = _resident_bytes(statm)
    write_message(answers, {"ready": True, "pid": os.getpid(), "at_rest_bytes": at_rest})
    retire_at = at_rest + int(argv[2])
    while (message := read_message(requests)) is not None:
        header, body = answer(source, message[0])
        retiring = source.outdated or _resident_bytes(statm) >= retire_at
        if retiring:
            header["retire"] = True
        write_message(answers, header, body or b"")
        if retiring:
            break
    return 0


class QuerySource:
    """What this worker's queries run on: an in-memory copy of the published version, or the store on disk."""

    def __init__(self, store: EmbeddedStore, copy_max_quads: int) -> None:
        self.store = store
        self.copy_max_quads = copy_max_quads
        self._copy: tuple[tuple[int, int, int], ox.Store] | None = None  # (version stamp, copy)
        self.outdated = False  # another version was published after the copy was made

    def prepare(self) -> None:
        """Open the published store now, and copy it if it is small enough, so that a worker's first query (often
        that of a client who waited for this worker to replace a killed one) is not charged the opening against
        its time limit. Nothing published yet is said by the first query, as the store says it."""
        stamp = self.store.version_stamp()  # before opening: a version published meanwhile makes the copy outdated
        try:
            published = self.store.open_reader()
        except NewsldError:
            return
        if 0 < self.store.quad_count() <= self.copy_max_quads:
            copy = ox.Store()
            copy.bulk_extend(published)
            self._copy = (stamp, copy)

    def reader(self) -> ox.Store:
        if self._copy is not None:
            if self.store.version_stamp() == self._copy[0]:
                return self._copy[1]
            self.outdated = True
        return self.store.open_reader()


def _resident_bytes(statm: int) -> int:
    """The memory this worker holds now, as the service's watchdog measures it. Memory a big query took is rarely given
    back to the system, and a worker that holds most of the limit would be killed in the middle of a later query
    for what an earlier one left: RETIRE_BYTES past what it held at rest, it answers, says it retires, and ends;
    the service replaces it. (Not getrusage's peak: Linux carries it over from the parent through exec.)"""
    return statm_bytes(os.pread(statm, 128, 0), RESIDENT)


def answer(source: QuerySource, request: dict) -> tuple[dict, bytes | None]:
    try:
        result = serialise(
            lambda: _run(source, request), request["results_format"], request["graph_format"], request["row_limit"]
        )
    except NewsldError as err:
        return {"ok": False, "error": type(err).__name__, "message": err.message}, None
    except FormatNotAvailable as err:
        message = f"no {err.kind} format of this query is acceptable (see the Accept header or format=)"
        return {"ok": False, "error": NotAcceptable.__name__, "message": message}, None
    except SyntaxError as err:
        return {"ok": False, "error": QueryError.__name__, "message": f"SPARQL syntax error: {_short(err)}"}, None
    except (OSError, RuntimeError, ValueError) as err:
        failed = RemoteError if "SERVICE" in request["query"].upper() else StoreError
        return {"ok": False, "error": failed.__name__, "message": f"the query failed: {err}"}, None
    header = {"ok": True, "kind": result.kind, "format_key": result.format_key,
              "truncated": result.truncated}
    return header, result.body


def _short(err: Exception) -> str:
    """Oxigraph's syntax error, without the pages of character classes it may list as expected."""
    first_line = str(err).splitlines()[0] if str(err) else type(err).__name__
    return first_line if len(first_line) <= MESSAGE_CHARS else first_line[:MESSAGE_CHARS] + "…"


def _run(source: QuerySource, request: dict) -> object:
    default_graph = _graph_names(request.get("default_graphs"), "default-graph-uri")
    named_graphs = _graph_names(request.get("named_graphs"), "named-graph-uri")
    return source.reader().query(request["query"], default_graph=default_graph, named_graphs=named_graphs)


def _graph_names(iris: list[str] | None, parameter: str) -> list[ox.NamedNode] | None:
    if not iris:
        return None
    try:
        return [ox.NamedNode(iri) for iri in iris]
    except ValueError as err:
        raise QueryError(f"{parameter}: not an absolute IRI: {err}") from err


def _limit_data(memory_bytes: int) -> None:
    """Cap private writable memory at what the worker uses now plus twice the memory limit (a backstop).

    RLIMIT_AS would count the address space RocksDB's and malloc's threads reserve but never touch and
    makes opening the store fail; RLIMIT_DATA counts only writable private memory.
    """
    with open("/proc/self/statm", encoding="ascii") as statm:
        data_now = statm_bytes(statm.read(), DATA)
    limit = data_now + 2 * memory_bytes
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _exit_with_parent() -> None:
    """End this worker, even in the middle of a query, when the service's process is gone."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(0)

    threading.Thread(target=watch, name="newsld-parent-watch", daemon=True).start()


def _take_stdio() -> tuple[int, int]:
    """Keep stdin/stdout for frames; anything printed goes to stderr so it cannot corrupt a frame."""
    answers = os.dup(1)
    os.dup2(2, 1)
    return 0, answers


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
