"""Serialising one query's answer, cut at the row limit, with Oxigraph's own writers.

Oxigraph cannot serialise the first n solutions of a result, so the kept solutions are first written as
SPARQL TSV (each term's ``str`` is its N-Triples form, which is exactly what TSV holds, tabs and newlines
escaped), then read back by Oxigraph and written in the format asked for. Graphs (CONSTRUCT, DESCRIBE) go
straight to Oxigraph's RDF writers; TriG and N-Quads receive the triples in the default graph.
"""

from __future__ import annotations

import itertools
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
    names = [v.value for v in solutions.variables]
    kept = list(itertools.islice(solutions, row_limit + 1))
    truncated = len(kept) > row_limit
    kept = kept[:row_limit]
    lines = ["\t".join("?" + name for name in names)]
    lines.extend("\t".join("" if term is None else str(term) for term in solution) for solution in kept)
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    body = tsv if key == "tsv" else _rewrite_results(tsv, key)
    if truncated and key == "json":
        body = b"{" + TRUNCATED_JSON_FIELD + body[1:]
    return Serialised("results", key, body, len(kept), truncated)


def _rewrite_results(tsv: bytes, key: str) -> bytes:
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=RESULT_FORMATS[key])


def _triples(triples: ox.QueryTriples, key: str, row_limit: int) -> Serialised:
    kept = list(itertools.islice(triples, row_limit + 1))
    truncated = len(kept) > row_limit
    kept = kept[:row_limit]
    rdf_format = GRAPH_FORMATS[key]
    if rdf_format.supports_datasets:
        kept = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in kept]
    body = ox.serialize(kept, format=rdf_format) or b""
    return Serialised("graph", key, body, len(kept), truncated)
