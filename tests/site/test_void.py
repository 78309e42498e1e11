"""/.well-known/void: VoID and DCAT that parse as RDF and count what the store holds."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCAT, XSD

from newsld.store import EmbeddedStore
from newsld.vocab import VOID


@pytest.fixture(scope="module")
def void(app, base):
    response = app.test_client().get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.content_type.startswith("text/turtle")
    return Graph().parse(data=response.data, format="turtle")


def test_dataset_counts_match_the_store(void, base, site_settings):
    dataset = URIRef(f"{base}/id/dataset/newsld")
    statistics = EmbeddedStore(site_settings.store_dir).statistics()
    assert (dataset, RDF.type, VOID.Dataset) in void and (dataset, RDF.type, DCAT.Dataset) in void
    assert list(void.objects(dataset, VOID.triples)) == [Literal(statistics["default_graph_triples"],
                                                                 datatype=XSD.integer)]
    assert int(void.value(dataset, VOID.entities)) > 10
    assert int(void.value(dataset, VOID.properties)) > 10
    assert int(void.value(dataset, VOID.classes)) >= 5
    subsets = {str(void.value(s, URIRef("http://purl.org/dc/terms/source"))): int(void.value(s, VOID.triples))
               for s in void.objects(dataset, VOID.subset)}
    assert subsets == statistics["named_graphs"]


def test_endpoint_vocabularies_and_distributions(void, base, site_settings):
    dataset = URIRef(f"{base}/id/dataset/newsld")
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(f"{base}/sparql")
    assert (URIRef(f"{base}/sparql"), DCAT.servesDataset, dataset) in void
    assert URIRef("https://w3id.org/newsld/ontology#") in set(void.objects(dataset, VOID.vocabulary))
    dumps = set(void.objects(dataset, VOID.dataDump))
    for name in ("newsld.trig", "newsld.ttl.gz", "newsld.jsonld"):
        url = URIRef(f"{base}/dumps/{name}")
        assert url in dumps
        assert (dataset, DCAT.distribution, url) in void
        assert int(void.value(url, DCAT.byteSize)) == (site_settings.dumps_dir / name).stat().st_size


@pytest.mark.parametrize(("accept", "fmt"), [("application/ld+json", "json-ld"), ("application/n-triples", "nt")])
def test_other_formats_by_accept(client, void, accept, fmt):
    response = client.get("/.well-known/void", headers={"Accept": accept})
    assert response.content_type.startswith(accept)
    if fmt == "json-ld":
        import json

        document = json.loads(response.data)
        document["@context"] = client.get("/context.jsonld").get_json()["@context"]
        graph = Graph().parse(data=json.dumps(document), format="json-ld")
    else:
        graph = Graph().parse(data=response.data, format=fmt)
    assert len(graph) == len(void)


def test_dcat_alias_and_html_for_browsers(client):
    assert client.get("/dcat", headers={"Accept": "text/turtle"}).content_type.startswith("text/turtle")
    page = client.get("/.well-known/void", headers={"Accept": "text/html"})
    assert page.content_type.startswith("text/html") and b"/dumps/newsld.trig" in page.data
