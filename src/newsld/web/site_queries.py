"""The site's own SPARQL: read from ``web/queries/*.rq`` and run with bound parameters in the store.

Pages never format a value into a query string: each query names its parameters (``?thing``) and the store
substitutes them (SEP-0007 substitution in Oxigraph), so an IRI from a URL can never change a query's shape.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph
from rdflib.term import Node

from newsld.errors import ConfigError
from newsld.web.context import site_store

QUERY_FOLDER = Path(__file__).resolve().parent / "queries"


@cache
def query_text(name: str) -> str:
    path = QUERY_FOLDER / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"the site's query {path} cannot be read: {err}") from err


def select(name: str, **bindings: Node) -> list[dict[str, Node]]:
    return site_store().select(query_text(name), bindings)


def construct(name: str, **bindings: Node) -> Graph:
    return site_store().construct(query_text(name), bindings)


def ask(name: str, **bindings: Node) -> bool:
    return site_store().ask(query_text(name), bindings)


def construct_all(names: tuple[str, ...], **bindings: Node) -> Graph:
    """The union of several CONSTRUCT queries' graphs (for pages whose query is split for speed)."""
    graph = Graph()
    for name in names:
        graph += construct(name, **bindings)
    return graph
