"""The SPARQL Service Description of /sparql (https://www.w3.org/TR/sparql11-service-description/)."""

from __future__ import annotations

from functools import lru_cache

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, VOID, XSD

from newsld.errors import StoreError
from newsld.settings import Settings
from newsld.store import EmbeddedStore
from newsld.web.formats import GRAPH, RESULTS, formats_of

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
W3C_FORMATS = Namespace("http://www.w3.org/ns/formats/")
FORMAT_IRIS = {
    "json": W3C_FORMATS.SPARQL_Results_JSON, "xml": W3C_FORMATS.SPARQL_Results_XML,
    "csv": W3C_FORMATS.SPARQL_Results_CSV, "tsv": W3C_FORMATS.SPARQL_Results_TSV,
    "turtle": W3C_FORMATS.Turtle, "ntriples": W3C_FORMATS["N-Triples"], "jsonld": W3C_FORMATS["JSON-LD"],
    "rdfxml": W3C_FORMATS.RDF_XML, "trig": W3C_FORMATS.TriG, "nquads": W3C_FORMATS["N-Quads"],
}
RDFLIB_WRITERS = {
    "turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml", "trig": "trig", "nquads": "nquads",
}


def service_description(settings: Settings, store: EmbeddedStore) -> Graph:
    endpoint = URIRef(f"{settings.base_iri}/sparql")
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("void", VOID)
    graph.add((endpoint, RDF.type, SD.Service))
    graph.add((endpoint, SD.endpoint, endpoint))
    graph.add((endpoint, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((endpoint, DCTERMS.title, Literal("newsld SPARQL endpoint", lang="en")))
    graph.add((endpoint, RDFS.comment, Literal(_limits(settings), lang="en")))
    if settings.service_allowlist:
        graph.add((endpoint, SD.feature, SD.BasicFederatedQuery))
    for kind in (RESULTS, GRAPH):
        for fmt in formats_of(kind, html=False):
            graph.add((endpoint, SD.resultFormat, FORMAT_IRIS[fmt.key]))
    _describe_dataset(graph, endpoint, store)
    return graph


def _limits(settings: Settings) -> str:
    return (
        f"Read-only SPARQL 1.1 Query endpoint. The default graph is the asserted view; named graphs hold every "
        f"article graph. Each query runs under a time limit of {settings.query_timeout_s:g} s and a memory "
        f"limit of {settings.query_memory_mb} MiB; results are cut at {settings.result_row_limit} rows "
        f"(header X-Newsld-Truncated). SERVICE is allowed only to: "
        f"{', '.join(settings.service_allowlist) or 'no endpoint'}."
    )


@lru_cache(maxsize=8)
def _statistics(store: EmbeddedStore, version: str) -> dict:
    """The store's counts, computed once per published version (they scan every graph)."""
    return store.statistics()


def _describe_dataset(graph: Graph, endpoint: URIRef, store: EmbeddedStore) -> None:
    try:
        stats = _statistics(store, store.version())
    except StoreError:
        return  # nothing published yet: the service is still described
    dataset, default = BNode(), BNode()
    graph.add((endpoint, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, VOID.triples, Literal(stats["default_graph_triples"], datatype=XSD.integer)))
    for name, triples in stats["named_graphs"].items():
        named, described = BNode(), BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(name)))
        graph.add((named, SD.graph, described))
        graph.add((described, RDF.type, SD.Graph))
        graph.add((described, VOID.triples, Literal(triples, datatype=XSD.integer)))
