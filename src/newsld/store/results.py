"""Serialising one query's answer, cut at the row limit, with Oxigraph's own writers.

Oxigraph cannot serialise the first n solutions of a result, and turning each solution into Python
objects costs as much as running a typical query. So solutions are written by Oxigraph, in Rust, into a
writer that counts a mark Oxigraph writes once per solution (JSON's `},{` between two solutions, XML's
`<result>`, a line of CSV or TSV) and stops the writing (and with it the query's evaluation) once the
answer could hold more rows than the limit. Most answers fit and are written once, in the format asked for.
One that may not (a literal can hold a JSON separator or a CSV line break, so the count may run high, never
low) is run again and written, as TSV answers always are, in SPARQL TSV (one line per solution: terms in
N-Triples syntax, tabs and newlines escaped), cut at exactly the limit, read back by Oxigraph and written in
the format asked for.
Graphs (CONSTRUCT, DESCRIBE) are taken triple by triple up to the limit and written by Oxigraph; TriG and
N-Quads receive the triples in the default graph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}
TRUNCATED_JSON_FIELD = b'"truncated":true,'  # inserted first in a cut JSON result object
# What Oxigraph writes once per solution, and how many of them an answer of n rows has beyond n (at least).
SOLUTION_MARKS: dict[str, tuple[bytes, int]] = {
    "json": (b"},{", -1),  # between two solutions: strings escape no brace, but one may end with `},{`
    "xml": (b"<result>", 0),  # text escapes `<`: exact
    "csv": (b"\n", 1),  # the header line, then one line per solution (a quoted literal may hold more)
}


@dataclass(frozen=True)
class Serialised:
    kind: str  # "results" (SELECT, ASK) or "graph" (CONSTRUCT, DESCRIBE)
    format_key: str
    body: bytes
    truncated: bool


class FormatNotAvailable(Exception):
    """The client accepts no format of this query's kind."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _Enough(Exception):
    """Raised inside Oxigraph's writer to stop it: what follows is not wanted."""


class CountingWriter:
    """A binary file for Oxigraph's writers that keeps what it is given and counts ``mark`` in it, stopping
    the writer once it has seen more than ``allowed`` of them."""

    def __init__(self, mark: bytes, allowed: int) -> None:
        self.mark = mark
        self.allowed = allowed
        self.seen = 0
        self.chunks: list[bytes] = []
        self.stopped = False
        self._carry = b""  # the end of the last chunk: a mark may be split between two writes

    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        self.chunks.append(chunk)
        joined = self._carry + chunk
        self.seen += joined.count(self.mark)
        self._carry = joined[len(joined) - len(self.mark) + 1:] if len(self.mark) > 1 else b""
        if self.seen > self.allowed:
            self.stopped = True
            raise _Enough
        return len(data)

    def flush(self) -> None:
        pass

    def text(self) -> bytes:
        return b"".join(self.chunks)

    def first_lines(self) -> bytes:
        """The first ``allowed`` lines written (a writer counting newlines)."""
        text = self.text()
        if not self.stopped:
            return text
        end = -1
        for _ in range(self.allowed):
            end = text.index(b"\n", end + 1)
        return text[: end + 1]


def write_counted(answer: ox.QuerySolutions, results_format: object, mark: bytes, allowed: int) -> CountingWriter:
    """Oxigraph writes ``answer`` until more than ``allowed`` marks are written (or the answer ends)."""
    writer = CountingWriter(mark, allowed)
    try:
        answer.serialize(writer, format=results_format)
    except Exception:  # our _Enough, however Oxigraph passes it back; anything else is raised
        if not writer.stopped:
            raise
    return writer


def serialise(run: Callable[[], object], results_format: str | None, graph_format: str | None,
              row_limit: int) -> Serialised:
    """The answer of ``run()`` (a query run on a store) in the format asked for, cut at ``row_limit`` rows.

    ``run`` may be called a second time, when an answer written once might hold more rows than the limit.
    """
    answer = run()
    if isinstance(answer, ox.QueryBoolean):
        key = _need(results_format, "results")
        body = answer.serialize(format=RESULT_FORMATS[key])
        return Serialised("results", key, body, False)
    if isinstance(answer, ox.QuerySolutions):
        key = _need(results_format, "results")
        if key in SOLUTION_MARKS:
            written = _solutions_written_once(answer, key, row_limit)
            if written is not None:
                return written
            answer = run()
        return _solutions_cut(answer, key, row_limit)
    return _triples(answer, _need(graph_format, "graph"), row_limit)


def _need(key: str | None, kind: str) -> str:
    if key is None:
        raise FormatNotAvailable(kind)
    return key


def _solutions_written_once(solutions: ox.QuerySolutions, key: str, row_limit: int) -> Serialised | None:
    """The answer written straight in its format, or None when it may hold more rows than the limit."""
    mark, beyond_rows = SOLUTION_MARKS[key]
    written = write_counted(solutions, RESULT_FORMATS[key], mark, row_limit + beyond_rows)
    if written.stopped:
        return None
    return Serialised("results", key, written.text(), False)


def _solutions_cut(solutions: ox.QuerySolutions, key: str, row_limit: int) -> Serialised:
    """The answer cut at exactly ``row_limit`` rows, by way of TSV, whose lines are its rows."""
    written = write_counted(solutions, ox.QueryResultsFormat.TSV, b"\n", row_limit + 1)  # header line, then rows
    tsv = written.first_lines()
    body = tsv if key == "tsv" else _rewrite_results(tsv, key)
    if written.stopped and key == "json":
        body = b"{" + TRUNCATED_JSON_FIELD + body[1:]
    return Serialised("results", key, body, written.stopped)


def _rewrite_results(tsv: bytes, key: str) -> bytes:
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=RESULT_FORMATS[key])


def _triples(triples: ox.QueryTriples, key: str, row_limit: int) -> Serialised:
    """At most ``row_limit`` triples, taken one by one (the evaluation stops there), written by Oxigraph."""
    kept = list(islice(triples, row_limit + 1))
    truncated = len(kept) > row_limit
    del kept[row_limit:]
    body = ox.serialize(kept, format=GRAPH_FORMATS[key]) or b""
    return Serialised("graph", key, body, truncated)
