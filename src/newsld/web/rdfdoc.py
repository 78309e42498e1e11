"""A description graph written as a linked-data document: Turtle, N-Triples, or JSON-LD with a local context.

The JSON-LD names its ``@context`` by IRI (``{base}/context.jsonld``, served by this site), so a JSON-LD
processor never fetches anything from elsewhere; the document is compacted against that same context.
"""

from __future__ import annotations

import json

from rdflib import Graph

from newsld.dumps import jsonld_context
from newsld.vocab import PREFIXES

CONTEXT_PATH = "/context.jsonld"


def context_document() -> dict[str, object]:
    return {"@context": jsonld_context()}


def context_iri(base: str) -> str:
    return base + CONTEXT_PATH


def _bound(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def _jsonld(graph: Graph, base: str) -> bytes:
    compacted = json.loads(graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    if isinstance(compacted, dict):
        compacted["@context"] = context_iri(base)
    else:  # an empty graph compacts to a bare list
        compacted = {"@context": context_iri(base), "@graph": compacted}
    return (json.dumps(compacted, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def _ntriples(graph: Graph, base: str) -> bytes:
    lines = sorted({line for line in graph.serialize(format="nt").splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8")


def _rdflib(fmt: str):
    def write(graph: Graph, base: str) -> bytes:
        return _bound(graph).serialize(format=fmt).encode("utf-8")

    return write


# rdflib format name -> writer of a document in it.
WRITERS = {
    "json-ld": _jsonld,
    "nt": _ntriples,
    "turtle": _rdflib("turtle"),
    "xml": _rdflib("xml"),
}


def write_document(graph: Graph, rdflib_format: str, base: str) -> bytes:
    return WRITERS.get(rdflib_format, _rdflib(rdflib_format))(graph, base)
