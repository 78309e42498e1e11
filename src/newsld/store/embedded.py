"""The embedded Oxigraph store: published atomically from a build, read by the site and the query workers.

On disk, under ``store_dir``::

    CURRENT             the name of the published version (replaced with os.replace, so it is atomic)
    versions/<name>/    one complete Oxigraph store per publication

``publish`` loads a new version into a fresh folder and only then points ``CURRENT`` at it: a reader never
sees a half-loaded store, and a failed publication leaves the last good one in place. The previous version is
kept one publication longer, because a reader that opened it just before the switch may still be reading;
older ones are removed. Readers open the store read-only and reopen it when ``version()`` changes.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.term import Node

from newsld.errors import QueryError, StoreError
from newsld.store.bindings import bind_values
from newsld.store.terms import BlankNodeMap, to_oxigraph, to_rdflib

POINTER = "CURRENT"
VERSIONS = "versions"
QUAD_COUNT = "newsld-quads"  # beside RocksDB's files in a version's folder (RocksDB leaves unknown files alone)
KEPT_VERSIONS = 2  # the published one and the one before it, still open in readers for a moment

Bindings = Mapping[str, Node] | None


class EmbeddedStore:
    """A persistent Oxigraph store on disk. Writers ``publish``; readers ``select``/``construct``/``ask``."""

    def __init__(self, store_dir: Path) -> None:
        self.store_dir = Path(store_dir)
        self._pointer = os.fspath(self.store_dir / POINTER)  # stat-ed before every query: joined once
        self._lock = threading.Lock()
        self._opened: tuple[tuple[int, int, int], ox.Store] | None = None

    # -- publication ---------------------------------------------------------------------------------

    def publish(self, dataset: Dataset, asserted_view: Graph) -> None:
        """Load every named graph of ``dataset`` and, as the default graph, ``asserted_view``; then switch."""
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"  # sorts by publication time
        folder = self.store_dir / VERSIONS / name
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            _load_version(folder, dataset, asserted_view)
            self._point_to(name)
        except (OSError, ValueError) as err:  # ValueError: a term Oxigraph refuses (an invalid IRI)
            shutil.rmtree(folder, ignore_errors=True)
            raise StoreError(f"{self.store_dir}: cannot publish the store: {err}") from err
        self._remove_old_versions()

    def _point_to(self, name: str) -> None:
        temporary = self.store_dir / f"{POINTER}.{uuid.uuid4().hex}.tmp"
        with open(temporary, "w", encoding="utf-8") as out:
            out.write(name + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.store_dir / POINTER)

    def _remove_old_versions(self) -> None:
        versions = sorted(p for p in (self.store_dir / VERSIONS).iterdir() if p.is_dir())
        current = self.version()
        old = [p for p in versions if p.name != current][: -(KEPT_VERSIONS - 1) or None]
        for folder in old:
            shutil.rmtree(folder, ignore_errors=True)

    # -- state -----------------------------------------------------------------------------------------

    def is_published(self) -> bool:
        name = self._current_name()
        return name is not None and (self.store_dir / VERSIONS / name).is_dir()

    def version(self) -> str:
        """The published version's name; it changes on every publication ("" when nothing is published)."""
        return self._current_name() or ""

    def version_path(self) -> Path:
        """The folder of the published version (StoreError when nothing is published)."""
        if not self.is_published():
            raise StoreError(f"{self.store_dir}: no store has been published yet (run `newsld build`)")
        return self.store_dir / VERSIONS / self.version()

    def quad_count(self) -> int:
        """How many quads the published version holds (written when it was published; counted for a version
        published before that was written)."""
        try:
            return int((self.version_path() / QUAD_COUNT).read_text(encoding="ascii"))
        except (FileNotFoundError, ValueError):
            return len(self.open_reader())
        except OSError as err:
            raise StoreError(f"{self.store_dir}: cannot read the published version's size: {err}") from err

    def _current_name(self) -> str | None:
        try:
            return (self.store_dir / POINTER).read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None
        except OSError as err:
            raise StoreError(f"{self.store_dir}: cannot read the store pointer: {err}") from err

    # -- reading (the site's own bounded queries) ----------------------------------------------------------

    def select(self, sparql: str, bindings: Bindings = None) -> list[dict[str, Node]]:
        solutions = self._query(sparql, bindings)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("select() needs a SELECT query")
        names = [v.value for v in solutions.variables]
        return [
            {name: to_rdflib(term) for name in names if (term := solution[name]) is not None}
            for solution in solutions
        ]

    def construct(self, sparql: str, bindings: Bindings = None) -> Graph:
        triples = self._query(sparql, bindings)
        if not isinstance(triples, ox.QueryTriples):
            raise QueryError("construct() needs a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        for t in triples:
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return graph

    def ask(self, sparql: str, bindings: Bindings = None) -> bool:
        answer = self._query(sparql, bindings)
        if not isinstance(answer, ox.QueryBoolean):
            raise QueryError("ask() needs an ASK query")
        return bool(answer)

    def statistics(self) -> dict:
        """Triples in the default graph (the asserted view), quads in all, and the named graphs' sizes."""
        counts = self.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        )
        graphs = {str(row["g"]): int(row["n"]) for row in counts}
        default = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
        return {
            "version": self.version(),
            "default_graph_triples": int(default),
            "quads": int(default) + sum(graphs.values()),
            "named_graphs": graphs,
        }

    def _query(self, sparql: str, bindings: Bindings) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        query = bind_values(sparql, bindings or {})
        try:
            return self.open_reader().query(query)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err}") from err
        except OSError as err:
            raise StoreError(f"{self.store_dir}: cannot read the store: {err}") from err

    def open_reader(self) -> ox.Store:
        """The published version opened read-only; reopened when a new version is published.

        Whether one was is asked of the pointer's inode and mtime (one ``stat``; ``_point_to`` replaces the
        file, so both change), not of its text: a query worker asks before every query.
        """
        stamp = self._pointer_stamp()
        with self._lock:
            if self._opened is None or self._opened[0] != stamp:
                self._opened = (stamp, open_read_only(self.version_path()))
            return self._opened[1]

    def version_stamp(self) -> tuple[int, int, int]:
        """Changes whenever another version is published (what is built from the store may be kept till then)."""
        return self._pointer_stamp()

    def _pointer_stamp(self) -> tuple[int, int, int]:
        try:
            found = os.stat(self._pointer)
        except FileNotFoundError:
            return (0, 0, 0)  # nothing published: version_path() says so
        return (found.st_ino, found.st_mtime_ns, found.st_size)


def open_read_only(folder: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(folder))
    except OSError as err:
        raise StoreError(f"{folder}: cannot open the store: {err}") from err


def _load_version(folder: Path, dataset: Dataset, asserted_view: Graph) -> None:
    store = ox.Store(str(folder))
    store.bulk_extend(_quads(dataset, asserted_view))
    store.flush()
    store.optimize()
    quads = len(store)
    del store  # closes the database before CURRENT points at it
    (folder / QUAD_COUNT).write_text(f"{quads}\n", encoding="ascii")


def _quads(dataset: Dataset, asserted_view: Graph) -> Iterator[ox.Quad]:
    blank_nodes = BlankNodeMap()

    def quad(s: Node, p: Node, o: Node, graph: ox.NamedNode | ox.DefaultGraph) -> ox.Quad:
        return ox.Quad(to_oxigraph(s, blank_nodes), to_oxigraph(p), to_oxigraph(o, blank_nodes), graph)

    for graph in dataset.graphs():
        if graph.identifier == dataset.default_context.identifier:
            continue  # the default graph is the asserted view, given separately
        name = to_oxigraph(graph.identifier, blank_nodes)
        for s, p, o in graph:
            yield quad(s, p, o, name)
    for s, p, o in asserted_view:
        yield quad(s, p, o, ox.DefaultGraph())
