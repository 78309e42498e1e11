"""The SHACL gate: check a mapped graph against ``shapes/newsld-shapes.ttl`` and say what is wrong in words.

``validate()`` returns a ``Report``; it never raises for a graph that does not conform. The caller decides
(publish, or print ``report.text`` and exit non-zero). Only ``sh:Violation`` results make a graph fail;
``sh:Warning`` results are advice, reported and counted but never blocking.

A ``Dataset`` is validated as the union of all its graphs, so that the SPARQL constraints that compare a
span's ``nif:anchorOf`` with the article text see the article (``nif:isString``) whichever graph holds it.
The shapes list every event class in their targets, so no ontology and no inference is needed: pyshacl runs
with inference off. pyshacl sends the text of each SPARQL constraint to ``Graph.query`` once per focus node,
and rdflib parses it again every time (about 0.1 s a parse, hundreds of focus nodes per article); the data is
therefore copied into ``_PreparedQueryGraph``, whose ``query`` parses each distinct text once. The bundled
article (2.5k quads) then validates in about 1.3 s on an idle machine instead of tens of seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import pyshacl
from rdflib import RDF, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result
from rdflib.term import Node

from newsld.resources import shapes_file
from newsld.vocab import PREFIXES

SH = Namespace("http://www.w3.org/ns/shacl#")

# Results are listed worst first, then by focus node, so that the text reads the same on every run.
SEVERITY_ORDER = {SH.Violation: 0, SH.Warning: 1, SH.Info: 2}
SEVERITY_WORDS = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass(frozen=True)
class Report:
    """The outcome of validation: ``conforms`` is false only when there is at least one violation."""

    conforms: bool
    violations: int
    warnings: int
    graph: Graph
    text: str


@dataclass(frozen=True, order=True)
class _Line:
    rank: int
    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.focus} {self.path}: {self.message}"


@cache
def shapes_graph() -> Graph:
    """The shapes, parsed once per process."""
    return Graph().parse(shapes_file(), format="turtle")


def validate(data: Graph | Dataset) -> Report:
    """Validate ``data`` (a graph, or every graph of a dataset together) against newsld's shapes."""
    _, results_graph, _ = pyshacl.validate(
        _union(data),
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
    )
    lines = _result_lines(results_graph)
    violations = sum(1 for line in lines if line.rank == SEVERITY_ORDER[SH.Violation])
    warnings = sum(1 for line in lines if line.rank == SEVERITY_ORDER[SH.Warning])
    return Report(
        conforms=violations == 0,
        violations=violations,
        warnings=warnings,
        graph=results_graph,
        text=_summary(violations, warnings, lines),
    )


class _PreparedQueryGraph(Graph):
    """A graph whose SPARQL queries given as text are parsed once per process, not once per call."""

    def query(self, query_object, *args, **kwargs) -> Result:  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


# The shapes hold a handful of SPARQL constraints; pyshacl adds its PREFIX lines, so the text is the key.
_prepared = lru_cache(maxsize=128)(prepareQuery)


def _union(data: Graph | Dataset) -> Graph:
    """One graph holding the triples of ``data``: every graph of a dataset, or the graph itself."""
    union = _PreparedQueryGraph()
    if isinstance(data, ConjunctiveGraph):  # an rdflib Dataset is a ConjunctiveGraph: all its quads
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    return union


def _result_lines(results: Graph) -> list[_Line]:
    names = Graph()
    for prefix, namespace in PREFIXES.items():
        names.bind(prefix, namespace)
    lines = [_line(results, result, names) for result in results.subjects(RDF.type, SH.ValidationResult)]
    return sorted(lines)


def _line(results: Graph, result: Node, names: Graph) -> _Line:
    severity = results.value(result, SH.resultSeverity)
    message = results.value(result, SH.resultMessage)
    path = results.value(result, SH.resultPath)
    return _Line(
        rank=SEVERITY_ORDER.get(severity, len(SEVERITY_ORDER)),
        focus=_short(results.value(result, SH.focusNode), names),
        path=_short(path, names) if isinstance(path, URIRef) else "(node)",
        message=str(message) if message is not None else _default_message(results, result),
        severity=SEVERITY_WORDS.get(severity, str(severity)),
    )


def _default_message(results: Graph, result: Node) -> str:
    component = results.value(result, SH.sourceConstraintComponent)
    return f"fails {component}" if component is not None else "fails a shape"


def _short(node: Node | None, names: Graph) -> str:
    if node is None:
        return "(none)"
    if isinstance(node, Literal) and len(node) > 60:
        return repr(f"{node[:57]}...")
    return node.n3(names.namespace_manager)


def _summary(violations: int, warnings: int, lines: list[_Line]) -> str:
    verdict = "conforms" if violations == 0 else "does not conform"
    head = f"The graph {verdict}: {violations} violation(s), {warnings} warning(s)."
    return "\n".join([head, *(str(line) for line in lines)])
