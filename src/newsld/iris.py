"""The IRIs newsld mints, in one place.

Things are ``{base}/id/{kind}/{key}``; their documents are ``{base}/doc/{kind}/{key}``. Keys come from the
article id and the annotation's own ids, so the same article always yields the same IRIs. Text spans are
NIF/RFC 5147 fragments of the article IRI (``{base}/id/article/{aid}#char=12,20``). Entities linked to
Wikidata keep their Wikidata IRIs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from newsld.vocab import WD

QID_PATTERN = re.compile(r"^Q[1-9][0-9]*$")
LOCAL_PREFIX = "local:"


def is_qid(entity_id: str) -> bool:
    return bool(QID_PATTERN.match(entity_id))


@dataclass(frozen=True)
class Minter:
    base: str

    def _id(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}/id/{kind}/{key}")

    def article(self, aid: str) -> URIRef:
        return self._id("article", aid)

    def span(self, aid: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.article(aid)}#char={start},{end}")

    def event(self, aid: str, event_id: str) -> URIRef:
        return self._id("event", f"{aid}/{event_id}")

    def time(self, aid: str, time_id: str) -> URIRef:
        return self._id("time", f"{aid}/{time_id}")

    def entity(self, aid: str, entity_id: str) -> URIRef:
        """A Wikidata IRI for a QID; a local IRI, scoped to the article, for an unlinked entity."""
        if is_qid(entity_id):
            return WD[entity_id]
        return self._id("entity", f"{aid}/{entity_id.removeprefix(LOCAL_PREFIX)}")

    def asserted_graph(self, aid: str) -> URIRef:
        return self._id("graph", aid)

    def unasserted_graph(self, aid: str) -> URIRef:
        return self._id("graph", f"{aid}/unasserted")

    def enrichment_graph(self) -> URIRef:
        return self._id("graph", "wikidata-enrichment")

    def document(self, thing: URIRef) -> str:
        """The document IRI (without extension) describing a thing minted under the base."""
        text = str(thing).split("#", 1)[0]
        prefix = f"{self.base}/id/"
        if not text.startswith(prefix):
            raise ValueError(f"{thing} is not minted under {self.base}")
        return f"{self.base}/doc/{text[len(prefix):]}"
