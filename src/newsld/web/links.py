"""Where an IRI leads on this site, and what to call it: the one place pages turn RDF terms into links.

Things minted under the base link to their document (``{base}/id/x#f`` -> ``/doc/x#f``, so a span's fragment
still points into its article page); Wikidata items link to our page about them (``/entity/Q7747``) and,
beside it, to Wikidata; every other IRI links to itself. Links are site-relative paths, so pages work
whatever host name the browser used to reach the server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from newsld.vocab import PREFIXES, SCHEMA

WIKIDATA_ITEM = re.compile(r"^http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
# Label languages in order of preference: the site speaks English, the articles French.
LABEL_LANGUAGES = ("en", "fr", "")
LABEL_PROPERTIES = (RDFS.label, SCHEMA.name)


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    iri: str
    kind: str  # "local", "wikidata" or "external"
    wikidata: str | None = None  # the item's page on wikidata.org, for Wikidata IRIs


def wikidata_qid(iri: str) -> str | None:
    match = WIKIDATA_ITEM.match(iri)
    return match.group(1) if match else None


def compact(iri: str) -> str:
    """``wd:Q7747`` for a Wikidata IRI, ``nld:Meeting`` for an ontology term: the IRI as people write it."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and re.fullmatch(r"[A-Za-z0-9_.-]*", iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


@dataclass(frozen=True)
class Linker:
    base: str

    def local_path(self, iri: str) -> str | None:
        """The site path of the page for ``iri``, or None when the IRI is not ours."""
        qid = wikidata_qid(iri)
        if qid:
            return f"/entity/{qid}"
        prefix = f"{self.base}/id/"
        if iri.startswith(prefix):
            return "/doc/" + iri[len(prefix):]
        if iri.startswith(self.base + "/") or iri == self.base:
            return iri[len(self.base):] or "/"
        return None

    def link(self, iri: str, text: str | None = None) -> Link:
        qid = wikidata_qid(iri)
        path = self.local_path(iri)
        kind = "wikidata" if qid else ("local" if path else "external")
        wikidata = f"https://www.wikidata.org/wiki/{qid}" if qid else None
        return Link(path or iri, text or self.short(iri), iri, kind, wikidata)

    def short(self, iri: str) -> str:
        """A short readable name for an IRI that has no label: its key under the base, or its prefixed form."""
        prefix = f"{self.base}/id/"
        return iri[len(prefix):] if iri.startswith(prefix) else compact(iri)


def label(graph: Graph, node: Node) -> str | None:
    """The best label of ``node`` in ``graph``: English, then French, then any language."""
    found: dict[str, str] = {}
    for prop in LABEL_PROPERTIES:
        for value in graph.objects(node, prop):
            if isinstance(value, Literal):
                found.setdefault(value.language or "", str(value))
    for language in LABEL_LANGUAGES:
        if language in found:
            return found[language]
    return next(iter(found.values()), None)


def term_link(linker: Linker, graph: Graph, node: Node) -> Link | None:
    """A link for an IRI, labelled from the graph; None for literals and blank nodes."""
    if not isinstance(node, URIRef):
        return None
    return linker.link(str(node), label(graph, node))


__all__ = ["Link", "Linker", "compact", "label", "term_link", "wikidata_qid"]
