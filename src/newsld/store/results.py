"""Serialising one query's answer, cut at the row limit, with Oxigraph's own writers.

Oxigraph cannot serialise the first n solutions of a result, and turning each solution into Python
objects costs as much as running a typical query. So the answer is written by Oxigraph, in Rust, in a
line format: SPARQL TSV for solutions (a header line, then one line per solution: terms in N-Triples
syntax, tabs and newlines escaped) or N-Triples for graphs (one triple per line), into a writer that counts
the lines and stops the writing (and with it the query's evaluation) one line past the limit. The kept lines
are then read back by Oxigraph and written in the format asked for. TriG and N-Quads receive the triples in
the default graph.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Serialised:
    kind: str  # "results" (SELECT, ASK) or "graph" (CONSTRUCT, DESCRIBE)
    format_key: str
    body: bytes
    rows: int
    truncated: bool


class FormatNotAvailable(Exception):
    """The client accepts no format of this query's kind."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _Enough(Exception):
    """Raised inside Oxigraph's writer to stop it: the lines past the limit are not wanted."""


class LineLimitedWriter:
    """A binary file for Oxigraph's writers that keeps at most ``lines`` complete lines, then stops them."""

    def __init__(self, lines: int) -> None:
        self.limit = lines
        self.seen = 0
        self.chunks: list[bytes] = []
        self.stopped = False

    def write(self, data: bytes) -> int:
        self.chunks.append(bytes(data))
        self.seen += data.count(b"\n")
        if self.seen > self.limit:
            self.stopped = True
            raise _Enough
        return len(data)

    def flush(self) -> None:
        pass

    def kept(self) -> bytes:
        """The first ``lines`` lines written (all of them when the writer was not stopped)."""
        text = b"".join(self.chunks)
        if not self.stopped:
            return text
        end = -1
        for _ in range(self.limit):
            end = text.index(b"\n", end + 1)
        return text[: end + 1]


def write_lines(answer: ox.QuerySolutions | ox.QueryTriples, line_format: object, lines: int) -> LineLimitedWriter:
    """Oxigraph writes ``answer`` in ``line_format`` until ``lines`` lines are written (or the answer ends)."""
    writer = LineLimitedWriter(lines)
    try:
        answer.serialize(writer, format=line_format)
    except Exception:  # our _Enough, however Oxigraph passes it back; anything else is raised
        if not writer.stopped:
            raise
    return writer


def serialise(answer: object, results_format: str | None, graph_format: str | None, row_limit: int) -> Serialised:
    if isinstance(answer, ox.QueryBoolean):
        key = _need(results_format, "results")
        body = answer.serialize(format=RESULT_FORMATS[key])
        return Serialised("results", key, body, 1, False)
    if isinstance(answer, ox.QuerySolutions):
        return _solutions(answer, _need(results_format, "results"), row_limit)
    return _triples(answer, _need(graph_format, "graph"), row_limit)


def _need(key: str | None, kind: str) -> str:
    if key is None:
        raise FormatNotAvailable(kind)
    return key


def _solutions(solutions: ox.QuerySolutions, key: str, row_limit: int) -> Serialised:
    written = write_lines(solutions, ox.QueryResultsFormat.TSV, row_limit + 1)  # the header line, then rows
    tsv = written.kept()
    rows = tsv.count(b"\n") - 1
    body = tsv if key == "tsv" else _rewrite_results(tsv, key)
    if written.stopped and key == "json":
        body = b"{" + TRUNCATED_JSON_FIELD + body[1:]
    return Serialised("results", key, body, rows, written.stopped)


def _rewrite_results(tsv: bytes, key: str) -> bytes:
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=RESULT_FORMATS[key])


def _triples(triples: ox.QueryTriples, key: str, row_limit: int) -> Serialised:
    written = write_lines(triples, ox.RdfFormat.N_TRIPLES, row_limit)
    ntriples = written.kept()
    rows = ntriples.count(b"\n")
    if key == "ntriples":
        body = ntriples
    else:
        body = ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), format=GRAPH_FORMATS[key]) or b""
    return Serialised("graph", key, body, rows, written.stopped)
