"""Conversion of RDF terms between rdflib (the build API) and pyoxigraph (the query engine).

rdflib writes a plain literal without a datatype; RDF 1.1 says it is an ``xsd:string``. Oxigraph always
names the datatype, so ``xsd:string`` is dropped on the way back to keep rdflib's equality working.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


class BlankNodeMap:
    """rdflib blank nodes to Oxigraph ones, consistently within one load (ids are not always valid)."""

    def __init__(self) -> None:
        self._nodes: dict[str, ox.BlankNode] = {}

    def __call__(self, node: BNode) -> ox.BlankNode:
        key = str(node)
        if key not in self._nodes:
            self._nodes[key] = ox.BlankNode()
        return self._nodes[key]


def to_oxigraph(term: Node, blank_nodes: BlankNodeMap | None = None) -> OxTerm:
    """An rdflib term as a pyoxigraph term (raises ValueError for an invalid IRI or language tag)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
        return ox.Literal(str(term), datatype=datatype)
    if isinstance(term, BNode):
        return (blank_nodes or BlankNodeMap())(term)
    raise ValueError(f"cannot store the RDF term {term!r} ({type(term).__name__})")


def to_rdflib(term: OxTerm) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    raise ValueError(f"cannot convert the Oxigraph term {term!r}")
