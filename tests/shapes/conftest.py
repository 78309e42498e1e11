"""Fixtures for the shape tests: the conforming example graph, a way to break it, and who fired."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Namespace, URIRef

from newsld.validate import Report, shapes_graph
from newsld.vocab import PREFIXES

EXAMPLES = Path(__file__).parent / "examples"
SH = Namespace("http://www.w3.org/ns/shacl#")
NLDSH = Namespace("https://w3id.org/newsld/shapes#")

# The prefixes the test cases write their SPARQL updates and expected nodes with.
TEST_PREFIXES = {
    **PREFIXES,
    "nldsh": str(NLDSH),
    "a": "http://127.0.0.1:8080/id/article/example#",
    "ev": "http://127.0.0.1:8080/id/event/example/",
    "tm": "http://127.0.0.1:8080/id/time/example/",
    "ent": "http://127.0.0.1:8080/id/entity/example/",
}
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in TEST_PREFIXES.items())


def expand(name: str) -> URIRef:
    """``ev:e-meeting`` -> its full IRI; ``<http://...>`` -> that IRI."""
    if name.startswith("<"):
        return URIRef(name[1:-1])
    prefix, local = name.split(":", 1)
    return URIRef(TEST_PREFIXES[prefix] + local)


@dataclass(frozen=True)
class Fired:
    """One validation result: the node shape it comes from, its focus node, path and severity."""

    shape: URIRef | BNode
    focus: URIRef
    path: URIRef | BNode | None
    severity: URIRef


def node_shape_of(source_shape: URIRef | BNode) -> URIRef | BNode:
    """The named node shape a result comes from: a property shape's parent, or the shape itself."""
    parent = shapes_graph().value(predicate=SH.property, object=source_shape)
    return parent if parent is not None else source_shape


def fired(report: Report) -> set[Fired]:
    results = report.graph
    return {
        Fired(
            shape=node_shape_of(results.value(r, SH.sourceShape)),
            focus=results.value(r, SH.focusNode),
            path=results.value(r, SH.resultPath),
            severity=results.value(r, SH.resultSeverity),
        )
        for r in results.subjects(SH.resultSeverity, None)
    }


def find(report: Report, shape: str, focus: str, path: str | None = None) -> list[Fired]:
    """The results of ``shape`` on ``focus`` (and ``path``, when given)."""
    return [
        f
        for f in fired(report)
        if f.shape == expand(shape) and f.focus == expand(focus) and (path is None or f.path == expand(path))
    ]


def load_example(name: str = "conforming.ttl") -> Graph:
    return Graph().parse(EXAMPLES / name, format="turtle")


def broken(update: str, name: str = "conforming.ttl") -> Graph:
    """The example with one SPARQL Update applied: the smallest change that breaks (or keeps) a promise."""
    graph = load_example(name)
    graph.update(SPARQL_PREFIXES + update)
    return graph


@pytest.fixture
def example() -> Graph:
    """A fresh copy of the conforming example graph."""
    return load_example()


# Test modules cannot import this conftest under --import-mode=importlib: the helpers are fixtures.
@pytest.fixture
def break_example():
    return broken


@pytest.fixture
def find_results():
    return find


@pytest.fixture
def node():
    return expand
