"""A small hand-made event graph that follows docs/graph-contract.md, for the site's tests.

Built in code rather than written as TriG so that every offset is computed from the text (a typo in a
hand-counted offset would test the typo, not the site). One short article, five events (one suspected,
kept in the unasserted graph), a speech act with a quote, linked and unlinked entities, and times at day,
month and year precision.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from newsld.vocab import GAF, ITSRDF, NIF, NLD, ONTOLOGY_IRI, SCHEMA, WD, WDT

AID = "sample-2023-09"
TEXT = (
    "Kim Jong-un a rencontré Vladimir Poutine le 13 septembre 2023 en Russie. "
    "Le Kremlin a confirmé que Poutine avait accepté l’invitation. "
    "« Nous allons renforcer nos liens », a déclaré Kim, selon l’agence KCNA. "
    "Les deux dirigeants s’étaient vus en 2019 à Vladivostok.\n\n"
    "Washington soupçonne une livraison d’armes."
)
SENTENCE_ENDS = (".", ".\n\n")


def find(word: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(word, after)
    return start, start + len(word)


def sentences() -> list[tuple[int, int]]:
    spans, start = [], 0
    for index, char in enumerate(TEXT):
        if char == "." and (index + 1 == len(TEXT) or TEXT[index + 1] in " \n"):
            spans.append((start, index + 1))
            start = index + 1
            while start < len(TEXT) and TEXT[start] in " \n":
                start += 1
    return spans


class SampleBuilder:
    def __init__(self, base: str) -> None:
        self.base = base
        self.ds = Dataset()
        self.article = URIRef(f"{base}/id/article/{AID}")
        self.asserted = self.ds.graph(URIRef(f"{base}/id/graph/{AID}"))
        self.unasserted = self.ds.graph(URIRef(f"{base}/id/graph/{AID}/unasserted"))
        self.ontology = self.ds.graph(ONTOLOGY_IRI)

    def iri(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}/id/{kind}/{AID}/{key}")

    def span(self, graph, start: int, end: int, kind=NIF.Phrase) -> URIRef:
        node = URIRef(f"{self.article}#char={start},{end}")
        graph.add((node, RDF.type, kind))
        graph.add((node, RDF.type, NIF.OffsetBasedString))
        graph.add((node, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        graph.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
        graph.add((node, NIF.anchorOf, Literal(TEXT[start:end])))
        graph.add((node, NIF.referenceContext, self.article))
        return node

    def sentence_of(self, graph, start: int) -> URIRef:
        begin, end = next((b, e) for b, e in sentences() if b <= start < e)
        return self.span(graph, begin, end, NIF.Sentence)

    def mention(self, word: str, entity: URIRef, after: int = 0, kind: str = "name") -> None:
        node = self.span(self.asserted, *find(word, after))
        self.asserted.add((node, NLD.mentionKind, Literal(kind)))
        self.asserted.add((node, ITSRDF.taIdentRef, entity))

    def build(self) -> Dataset:
        self.article_and_graphs()
        self.entities()
        self.mentions()
        self.times()
        self.events()
        self.ontology_terms()
        return self.ds

    def article_and_graphs(self) -> None:
        g, a = self.asserted, self.article
        for t in (SCHEMA.NewsArticle, NIF.Context):
            g.add((a, RDF.type, t))
        g.add((a, SCHEMA.datePublished, Literal("2023-09", datatype=XSD.gYearMonth)))
        g.add((a, SCHEMA.inLanguage, Literal("fr")))
        g.add((a, SCHEMA.identifier, Literal(AID)))
        g.add((a, NIF.isString, Literal(TEXT)))
        g.add((a, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
        g.add((a, NIF.endIndex, Literal(len(TEXT), datatype=XSD.nonNegativeInteger)))
        for graph in (self.asserted, self.unasserted):
            graph.add((graph.identifier, PROV.wasDerivedFrom, a))
            graph.add((graph.identifier, PROV.wasAttributedTo, URIRef(f"{self.base}/id/agent/curated")))
            graph.add((graph.identifier, DCTERMS.source, Literal(f"{AID}.txt")))

    def entities(self) -> None:
        g = self.asserted
        people = {WD.Q56226: "Kim Jong-un", WD.Q7747: "Vladimir Poutine"}
        for qid, label in people.items():
            g.add((qid, RDF.type, SCHEMA.Person))
            g.add((qid, RDFS.label, Literal(label, lang="fr")))
        for qid, label, kind in ((WD.Q159, "Russie", SCHEMA.Country), (WD.Q959, "Vladivostok", SCHEMA.Place),
                                 (WD.Q30, "États-Unis", SCHEMA.Country)):
            g.add((qid, RDF.type, kind))
            g.add((qid, RDFS.label, Literal(label, lang="fr")))
        for key, label in (("kremlin", "Kremlin"), ("kcna", "KCNA")):
            node = self.iri("entity", key)
            g.add((node, RDF.type, SCHEMA.Organization))
            g.add((node, RDF.type, NLD.UnlinkedEntity))
            g.add((node, RDFS.label, Literal(label, lang="fr")))
            g.add((node, NLD.unlinkedReason, Literal("not among the verified Wikidata identifiers")))

    def mentions(self) -> None:
        self.mention("Kim Jong-un", WD.Q56226)
        self.mention("Vladimir Poutine", WD.Q7747)
        self.mention("Russie", WD.Q159)
        self.mention("Kremlin", self.iri("entity", "kremlin"))
        self.mention("Poutine", WD.Q7747, after=50)
        self.mention("Kim", WD.Q56226, after=150)
        self.mention("KCNA", self.iri("entity", "kcna"))
        self.mention("Vladivostok", WD.Q959)
        self.mention("Washington", WD.Q30, kind="metonym")

    def time(self, key: str, value: Literal | None, precision: str, words: str | None) -> URIRef:
        g, node = self.asserted, self.iri("time", key)
        g.add((node, RDF.type, NLD.TimeExpression))
        if value is not None:
            g.add((node, NLD.timeValue, value))
        g.add((node, NLD.timePrecision, Literal(precision)))
        g.add((node, NLD.normalisationRule, Literal("explicit-date" if words else "publication-date")))
        if words:
            g.add((node, RDFS.label, Literal(words, lang="fr")))
            g.add((node, GAF.denotedBy, self.span(g, *find(words))))
        return node

    def times(self) -> None:
        self.t_day = self.time("t-day", Literal("2023-09-13", datatype=XSD.date), "day", "le 13 septembre 2023")
        self.t_pub = self.time("t-pub", Literal("2023-09", datatype=XSD.gYearMonth), "month", None)
        self.t_2019 = self.time("t-2019", Literal("2019", datatype=XSD.gYear), "year", "en 2019")

    def event(self, graph, key: str, cls: str, label: str, trigger: tuple[int, int], wd_class, **facts):
        node = self.iri("event", key)
        graph.add((node, RDF.type, NLD[cls]))
        graph.add((node, RDFS.label, Literal(label, lang="en")))
        graph.add((node, GAF.denotedBy, self.span(graph, *trigger)))
        graph.add((node, NLD.sourceSentence, self.sentence_of(graph, trigger[0])))
        graph.add((node, WDT.P31, wd_class))
        for role in ("agent", "participant", "recipient"):
            for who in facts.get(role, ()):
                graph.add((node, NLD[role], who))
                graph.add((node, WDT.P710, who))
        for key_, prop in (("place", NLD.place), ("status", NLD.status), ("according", NLD.accordingTo)):
            if key_ in facts:
                graph.add((node, prop, facts[key_]))
        if "place" in facts:
            graph.add((node, WDT.P276, facts["place"]))
        if "time" in facts:
            graph.add((node, NLD.time, facts["time"]))
            graph.add((node, WDT.P585, self.asserted.value(facts["time"], NLD.timeValue)))
        return node

    def events(self) -> None:
        g, kim, putin = self.asserted, WD.Q56226, WD.Q7747
        self.event(g, "e-meeting", "Meeting", "Kim Jong-un meets Vladimir Putin", find("rencontré"),
                   WD.Q2761147, participant=(kim, putin), place=WD.Q159, time=self.t_day, status=NLD.Occurred)
        self.event(g, "e-accept", "Acceptance", "Putin accepts the invitation", find("accepté"), WD.Q1656682,
                   agent=(putin,), time=self.t_pub, status=NLD.Occurred,
                   according=self.iri("entity", "kremlin"))
        self.event(g, "e-meeting-2019", "Meeting", "Kim and Putin met in Vladivostok", find("vus"),
                   WD.Q2761147, participant=(kim, putin), place=WD.Q959, time=self.t_2019, status=NLD.Occurred)
        speech = self.event(g, "s-kim", "Statement", "Kim promises closer ties", find("déclaré"), WD.Q1656682,
                            agent=(kim,), time=self.t_pub, status=NLD.Occurred,
                            according=self.iri("entity", "kcna"))
        quote = "Nous allons renforcer nos liens"
        g.add((speech, NLD.speaker, kim))
        g.add((speech, NLD.quote, Literal(quote, lang="fr")))
        g.add((speech, GAF.denotedBy, self.span(g, *find(quote))))
        g.add((speech, WDT.P823, kim))
        g.add((speech, WDT.P1683, Literal(quote, lang="fr")))
        self.event(self.unasserted, "e-delivery", "Delivery", "Arms delivery to Russia", find("livraison"),
                   WD.Q1656682, agent=(WD.Q30,), status=NLD.Suspected, according=WD.Q30)

    def ontology_terms(self) -> None:
        o = self.ontology
        labels = {"Meeting": "meeting", "Acceptance": "acceptance", "Statement": "statement",
                  "Delivery": "delivery", "Occurred": "occurred", "Suspected": "suspected"}
        for name, label in labels.items():
            o.add((NLD[name], RDFS.label, Literal(label, lang="en")))


def sample_dataset(base: str) -> Dataset:
    return SampleBuilder(base).build()
