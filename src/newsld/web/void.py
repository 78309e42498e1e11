"""The dataset described for crawlers: VoID and DCAT at ``/.well-known/void`` (also ``/dcat``).

The build writes ``void.ttl`` beside the dumps (what the dataset is, its named graphs, its distributions
with their triple counts). The site adds what only the live site knows: statistics of the store (entities,
properties, classes), each dump's size in bytes, when it was built, the SPARQL endpoint as a DCAT data
service, example resources. The dataset IRI ``{base}/id/dataset/newsld`` dereferences to this document;
the routes are in ``newsld.web.linked_data``, which serves it like every other document.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF

from newsld.dumps import DUMP_FORMATS, VOID_FILE, dump_names, read_manifest
from newsld.errors import StoreError
from newsld.settings import Settings
from newsld.vocab import PREFIXES, SD, VOID
from newsld.web.context import site_settings, site_store
from newsld.web.site_queries import select

VOID_PATH = "/.well-known/void"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")
IANA = "http://www.iana.org/assignments/media-types/"
STATISTICS = {"triples": VOID.triples, "entities": VOID.entities, "subjects": VOID.distinctSubjects,
              "objects": VOID.distinctObjects, "properties": VOID.properties, "classes": VOID.classes}
# The W3C format IRIs of the dumps (void:feature).
FEATURES = {"turtle": "Turtle", "nt": "N-Triples", "nquads": "N-Quads", "trig": "TriG", "json-ld": "JSON-LD"}


def dataset_iri(base: str) -> URIRef:
    return URIRef(f"{base}/id/dataset/newsld")


def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def _build_description(settings: Settings) -> Graph:
    graph = Graph()
    path = settings.dumps_dir / VOID_FILE
    if path.is_file():
        try:
            graph.parse(path, format="turtle")
        except (OSError, SyntaxError) as err:
            raise StoreError(f"{path}: the build's VoID description cannot be read: {err}") from err
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.bind("foaf", FOAF)
    graph.bind("sd", SD)
    return graph


def _add_statistics(graph: Graph, dataset: URIRef) -> None:
    row = (select("void-dataset") or [{}])[0]
    for name, prop in STATISTICS.items():
        if name in row:
            graph.set((dataset, prop, _integer(int(row[name]))))


def _add_distributions(graph: Graph, dataset: URIRef, settings: Settings) -> None:
    media = {fmt.name: fmt.media_type for fmt in DUMP_FORMATS}
    for fmt in DUMP_FORMATS:
        graph.add((dataset, VOID.feature, URIRef(f"http://www.w3.org/ns/formats/{FEATURES[fmt.rdflib_format]}")))
    for name in dump_names():
        path = settings.dumps_dir / name
        if not path.is_file():
            continue
        url = URIRef(f"{settings.base_iri}/dumps/{name}")
        graph.add((dataset, DCAT.distribution, url))
        graph.add((url, RDF.type, DCAT.Distribution))
        graph.add((url, DCAT.downloadURL, url))
        graph.add((url, DCAT.accessURL, URIRef(f"{settings.base_iri}/dumps/")))
        graph.set((url, DCAT.byteSize, Literal(path.stat().st_size, datatype=XSD.nonNegativeInteger)))
        graph.add((url, DCTERMS.format, URIRef(IANA + media.get(name, "application/gzip"))))
        if name.endswith(".gz"):
            graph.add((url, DCAT.compressFormat, URIRef(IANA + "application/gzip")))
            graph.add((url, DCAT.packageFormat, URIRef(IANA + media[name.removesuffix(".gz")])))


def _add_service(graph: Graph, dataset: URIRef, base: str) -> None:
    endpoint = URIRef(f"{base}/sparql")
    graph.add((endpoint, RDF.type, DCAT.DataService))
    graph.add((endpoint, RDF.type, SD.Service))
    graph.add((endpoint, DCAT.endpointURL, endpoint))
    graph.add((endpoint, SD.endpoint, endpoint))
    graph.add((endpoint, DCAT.servesDataset, dataset))
    graph.add((endpoint, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    graph.add((endpoint, DCTERMS.title, Literal("newsld SPARQL 1.1 endpoint", lang="en")))
    graph.set((dataset, VOID.sparqlEndpoint, endpoint))
    graph.add((dataset, DCAT.landingPage, URIRef(f"{base}/")))
    document = URIRef(base + VOID_PATH)
    graph.add((document, RDF.type, VOID.DatasetDescription))
    graph.add((document, FOAF.primaryTopic, dataset))
    graph.add((document, DCTERMS.title, Literal("VoID and DCAT description of newsld", lang="en")))


def _add_build(graph: Graph, dataset: URIRef, settings: Settings) -> None:
    manifest = read_manifest(settings.dumps_dir) or {}
    if manifest.get("built_at"):
        graph.set((dataset, DCTERMS.modified, Literal(str(manifest["built_at"]), datatype=XSD.dateTime)))
    for row in select("examples"):
        graph.add((dataset, VOID.exampleResource, row["resource"]))


@lru_cache(maxsize=4)
def _described(settings: Settings, store_version: str, built: float) -> Graph:
    """The whole description; cached until the store or the dumps change."""
    graph = _build_description(settings)
    dataset = dataset_iri(settings.base_iri)
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, RDF.type, DCAT.Dataset))
    _add_statistics(graph, dataset)
    _add_distributions(graph, dataset, settings)
    _add_service(graph, dataset, settings.base_iri)
    _add_build(graph, dataset, settings)
    return graph


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def void_graph() -> Graph:
    settings = site_settings()
    return _described(settings, site_store().version(), _mtime(settings.dumps_dir / VOID_FILE))


def describes(thing: URIRef) -> bool:
    """Whether ``thing`` is one of the IRIs this description mints (the dataset and its subsets)."""
    prefix = str(dataset_iri(site_settings().base_iri))
    return (str(thing) == prefix or str(thing).startswith(prefix + "/")) and (thing, None, None) in void_graph()


def description_of(thing: URIRef) -> Graph:
    """The dataset's whole description, or what it says of one subset."""
    full = void_graph()
    if thing == dataset_iri(site_settings().base_iri):
        return full
    part = Graph(namespace_manager=full.namespace_manager)
    for triple in full.triples((thing, None, None)):
        part.add(triple)
    for triple in full.triples((None, None, thing)):
        part.add(triple)
    return part
