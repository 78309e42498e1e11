"""Annotation -> RDF: a pure function, no NLP and no I/O.

Each article becomes two named graphs (docs/graph-contract.md): what it asserts, and what it only reports
as proposed, suspected, hypothetical or negated. Every event is written twice over: in our ontology's terms
and in Wikidata's (``wdt:P31``, ``wdt:P710``, ``wdt:P585``, ``wdt:P276``), so the same SPARQL that runs
against Wikidata runs against us. IRIs come from the article id and the annotation's ids only, so the same
input always yields the same graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from newsld.annotation import Annotation
from newsld.article import Article
from newsld.iris import Minter, is_qid
from newsld.vocab import (
    ENTITY_CLASSES,
    EVENT_CLASSES,
    GAF,
    ITSRDF,
    NIF,
    NLD,
    ONTOLOGY_IRI,
    PREFIXES,
    ROLE_PROPERTIES,
    SCHEMA,
    STATUS_TERMS,
    UNASSERTED_STATUSES,
    WD,
    WDT,
    WIKIDATA_EVENT_CLASS,
)

DATATYPE_BY_PRECISION = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
# Roles whose fillers take part in the event in Wikidata's sense (wdt:P710); a theme is a thing, not a party.
PARTICIPANT_ROLES = frozenset({"agent", "participant", "recipient"})
ANNOTATOR_AGENTS = {"curated": "curated", "automatic": "newsld-extract"}

Triple = tuple[Node, Node, Node]


def dated_literal(value: str, precision: str) -> Literal:
    """A date typed by its precision: ``2019`` is an xsd:gYear, never a day."""
    return Literal(value, datatype=DATATYPE_BY_PRECISION[precision])


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


class _ArticleMapper:
    """Writes one article's triples; split in small methods, one per kind of thing."""

    def __init__(self, article: Article, annotation: Annotation, minter: Minter) -> None:
        self.article = article
        self.data = annotation.data
        self.kind = annotation.kind
        self.minter = minter
        self.aid = article.id
        self.article_iri = minter.article(self.aid)
        self.times = {t["id"]: t for t in self.data["times"]}
        self.asserted: list[Triple] = []
        self.unasserted: list[Triple] = []

    # -- spans -------------------------------------------------------------------------------------------
    def span(self, out: list[Triple], start: int, end: int, cls: URIRef = NIF.Phrase) -> URIRef:
        iri = self.minter.span(self.aid, start, end)
        out += [
            (iri, RDF.type, cls),
            (iri, RDF.type, NIF.OffsetBasedString),
            (iri, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)),
            (iri, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)),
            (iri, NIF.anchorOf, Literal(self.article.text[start:end])),
            (iri, NIF.referenceContext, self.article_iri),
        ]
        return iri

    def entity(self, entity_id: str) -> URIRef:
        return self.minter.entity(self.aid, entity_id)

    # -- article, entities, mentions, times --------------------------------------------------------------
    def map_article(self) -> None:
        a, out = self.article_iri, self.asserted
        published = self.article.published
        out += [
            (a, RDF.type, SCHEMA.NewsArticle),
            (a, RDF.type, NIF.Context),
            (a, RDF.type, NIF.OffsetBasedString),
            (a, SCHEMA.identifier, Literal(self.aid)),
            (a, SCHEMA.datePublished, dated_literal(published.value, published.precision)),
            (a, SCHEMA.inLanguage, Literal(self.article.language)),
            (a, NIF.isString, Literal(self.article.text)),
            (a, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)),
            (a, NIF.endIndex, Literal(len(self.article.text), datatype=XSD.nonNegativeInteger)),
            (a, DCTERMS.source, Literal(self.article.source)),
        ]
        if title := self.data["article"].get("title"):
            out.append((a, SCHEMA.headline, Literal(title, lang=self.article.language)))

    def map_entities(self) -> None:
        lang = self.article.language
        for e in self.data["entities"]:
            iri, out = self.entity(e["id"]), self.asserted
            out += [(iri, RDF.type, ENTITY_CLASSES[e["type"]]), (iri, RDFS.label, Literal(e["label"], lang=lang))]
            if "label_en" in e:
                out.append((iri, RDFS.label, Literal(e["label_en"], lang="en")))
            if "description" in e:
                out.append((iri, SCHEMA.description, Literal(e["description"], lang=lang)))
            if not is_qid(e["id"]):
                out += [(iri, RDF.type, NLD.UnlinkedEntity),
                        (iri, NLD.unlinkedReason, Literal(e.get("unlinked_reason", "not linked to Wikidata")))]
                if "class_qid" in e:
                    out.append((iri, WDT.P31, WD[e["class_qid"]]))

    def map_mentions(self) -> None:
        for m in self.data["mentions"]:
            iri = self.span(self.asserted, m["start"], m["end"])
            self.asserted += [(iri, ITSRDF.taIdentRef, self.entity(m["entity"])),
                              (iri, NLD.mentionKind, Literal(m["kind"]))]

    def map_times(self) -> None:
        for t in self.data["times"]:
            iri, out = self.minter.time(self.aid, t["id"]), self.asserted
            out += [(iri, RDF.type, NLD.TimeExpression),
                    (iri, NLD.timePrecision, Literal(t["precision"])),
                    (iri, NLD.normalisationRule, Literal(t["rule"]))]
            if t["value"] is not None and t["precision"] in DATATYPE_BY_PRECISION:
                out.append((iri, NLD.timeValue, dated_literal(t["value"], t["precision"])))
            if "text" in t:
                out += [(iri, RDFS.label, Literal(t["text"], lang=self.article.language)),
                        (iri, GAF.denotedBy, self.span(out, t["start"], t["end"]))]
            if "note" in t:
                out.append((iri, RDFS.comment, Literal(t["note"], lang="en")))

    # -- events and speech acts --------------------------------------------------------------------------
    def _event_core(self, out: list[Triple], iri: URIRef, e: dict[str, Any]) -> None:
        out += [(iri, RDF.type, EVENT_CLASSES[e["type"]]),
                (iri, WDT.P31, WD[WIKIDATA_EVENT_CLASS[e["type"]]]),
                (iri, NLD.status, STATUS_TERMS[e["status"]]),
                (iri, GAF.denotedBy, self.span(out, e["trigger"]["start"], e["trigger"]["end"])),
                (iri, NLD.sourceSentence,
                 self.span(out, e["evidence"]["start"], e["evidence"]["end"], NIF.Sentence))]
        if "label" in e:
            out.append((iri, RDFS.label, Literal(e["label"], lang="en")))
        if "note" in e:
            out.append((iri, RDFS.comment, Literal(e["note"], lang="en")))
        for who in e.get("according_to", []):
            out.append((iri, NLD.accordingTo, self.entity(who)))
        self._event_time(out, iri, e.get("time"))
        if "place" in e:
            place = self.entity(e["place"])
            out += [(iri, NLD.place, place), (iri, WDT.P276, place)]
        if "part_of" in e:
            whole = self.minter.event(self.aid, e["part_of"])
            out += [(iri, NLD.partOf, whole), (iri, WDT.P361, whole)]

    def _event_time(self, out: list[Triple], iri: URIRef, time_id: str | None) -> None:
        if time_id is None:
            return
        t = self.times[time_id]
        out.append((iri, NLD.time, self.minter.time(self.aid, time_id)))
        if t["value"] is not None and t["precision"] in DATATYPE_BY_PRECISION:
            out.append((iri, WDT.P585, dated_literal(t["value"], t["precision"])))

    def _roles(self, out: list[Triple], iri: URIRef, roles: Iterable[tuple[str, str]]) -> None:
        for role, entity_id in roles:
            filler = self.entity(entity_id)
            out.append((iri, ROLE_PROPERTIES[role], filler))
            if role in PARTICIPANT_ROLES:
                out.append((iri, WDT.P710, filler))

    def _graph_for(self, status: str) -> list[Triple]:
        return self.unasserted if status in UNASSERTED_STATUSES else self.asserted

    def map_events(self) -> None:
        for e in self.data["events"]:
            iri, out = self.minter.event(self.aid, e["id"]), self._graph_for(e["status"])
            self._event_core(out, iri, e)
            self._roles(out, iri, ((r["role"], r["entity"]) for r in e["roles"]))

    def map_speech_acts(self) -> None:
        lang = self.article.language
        for s in self.data["speech_acts"]:
            iri, out = self.minter.event(self.aid, s["id"]), self._graph_for(s["status"])
            self._event_core(out, iri, s)
            speaker = self.entity(s["speaker"])
            out += [(iri, NLD.speaker, speaker), (iri, NLD.agent, speaker),
                    (iri, WDT.P710, speaker), (iri, WDT.P823, speaker)]
            if "addressee" in s:
                self._roles(out, iri, [("recipient", s["addressee"])])
            for q in s["quotes"]:
                quote = Literal(q["text"], lang=lang)
                out += [(iri, NLD.quote, quote), (iri, WDT.P1683, quote),
                        (iri, GAF.denotedBy, self.span(out, q["start"], q["end"]))]
            for about in s.get("about", []):
                out.append((iri, SCHEMA.about, self.minter.event(self.aid, about)))

    # -- provenance ----------------------------------------------------------------------------------------
    def provenance(self, graph_iri: URIRef) -> list[Triple]:
        agent = URIRef(f"{self.minter.base}/id/agent/{ANNOTATOR_AGENTS[self.kind]}")
        return [(graph_iri, PROV.wasDerivedFrom, self.article_iri),
                (graph_iri, PROV.wasAttributedTo, agent),
                (graph_iri, DCTERMS.source, Literal(self.article.source)),
                (agent, RDF.type, PROV.SoftwareAgent if self.kind == "automatic" else PROV.Agent),
                (agent, RDFS.label, Literal(f"{self.kind} annotation", lang="en"))]

    def run(self) -> tuple[list[Triple], list[Triple]]:
        self.map_article()
        self.map_entities()
        self.map_mentions()
        self.map_times()
        self.map_events()
        self.map_speech_acts()
        return self.asserted, self.unasserted


def map_annotation(article: Article, annotation: Annotation, minter: Minter) -> Dataset:
    """The article's two named graphs (asserted, unasserted) as a Dataset."""
    mapper = _ArticleMapper(article, annotation, minter)
    asserted, unasserted = mapper.run()
    dataset = Dataset()
    bind_prefixes(dataset)
    for graph_iri, triples in ((minter.asserted_graph(article.id), asserted),
                               (minter.unasserted_graph(article.id), unasserted)):
        graph = dataset.graph(graph_iri)
        for triple in [*triples, *mapper.provenance(graph_iri)]:
            graph.add(triple)
    return dataset


def assemble_dataset(article_datasets: Iterable[Dataset], ontology: Graph,
                     extra_graphs: Iterable[Graph] = ()) -> Dataset:
    """One Dataset: every article's graphs, the ontology in its own graph, and any extra named graphs."""
    dataset = Dataset()
    bind_prefixes(dataset)
    onto = dataset.graph(ONTOLOGY_IRI)
    for triple in ontology:
        onto.add(triple)
    for source in article_datasets:
        for s, p, o, g in source.quads((None, None, None, None)):
            if g is not None:
                dataset.graph(g).add((s, p, o))
    for extra in extra_graphs:
        target = dataset.graph(extra.identifier)
        for triple in extra:
            target.add(triple)
    return dataset


def asserted_view(dataset: Dataset, minter: Minter, article_ids: Iterable[str]) -> Graph:
    """The union of the articles' asserted graphs: what the Turtle dump and the default graph hold."""
    view = Graph()
    bind_prefixes(view)
    for aid in article_ids:
        for triple in dataset.graph(minter.asserted_graph(aid)):
            view.add(triple)
    return view
