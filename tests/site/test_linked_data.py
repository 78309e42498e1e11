"""Dereferencing: /id/ answers 303 by Accept, /doc/ by Accept or extension, unknown IRIs 404."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from newsld.vocab import NIF, NLD, WD

AID = "sample-2023-09"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.mark.parametrize(("accept", "extension"), [
    (BROWSER, "html"), ("text/turtle", "ttl"), ("application/ld+json", "jsonld"),
    ("application/n-triples", "nt"), ("*/*", "ttl"), (None, "ttl"),
    ("application/ld+json;q=0.5, text/turtle;q=0.9", "ttl"),
])
def test_id_answers_303_to_the_document_chosen_by_accept(client, base, accept, extension):
    headers = {"Accept": accept} if accept else {}
    response = client.get(f"/id/event/{AID}/e-meeting", headers=headers)
    assert response.status_code == 303
    assert response.headers["Location"] == f"{base}/doc/event/{AID}/e-meeting.{extension}"
    assert "Accept" in response.headers["Vary"]


@pytest.mark.parametrize("key", [f"article/{AID}", f"graph/{AID}", f"graph/{AID}/unasserted",
                                 f"entity/{AID}/kremlin", f"time/{AID}/t-2019", "agent/curated",
                                 "dataset/newsld", f"event/{AID}/e-delivery"])
def test_every_minted_iri_dereferences(client, base, key):
    response = client.get(f"/id/{key}", headers={"Accept": "text/turtle"})
    assert response.status_code == 303, key
    document = client.get(response.headers["Location"].removeprefix(base))
    assert document.status_code == 200
    assert document.content_type.startswith("text/turtle")
    assert URIRef(f"{base}/id/{key}") in set(Graph().parse(data=document.data, format="turtle").all_nodes())


@pytest.mark.parametrize("path", ["/id/event/nope/nothing", "/doc/event/nope/nothing", "/doc/event/nope.ttl",
                                  "/entity/Q999999999", "/entity/Q7747x", "/entity/P31", "/id/", "/doc/"])
def test_unknown_iris_are_404_with_a_page_for_browsers(client, path):
    response = client.get(path, headers={"Accept": BROWSER})
    assert response.status_code == 404
    assert response.content_type.startswith("text/html")
    assert b"Not found" in response.data or b"404" in response.data


def test_unknown_iri_is_404_for_machines_too(client):
    response = client.get(f"/id/event/{AID}/e-nothing", headers={"Accept": "text/turtle"})
    assert response.status_code == 404
    assert not response.content_type.startswith("text/turtle")


@pytest.mark.parametrize(("extension", "media_type", "rdflib_format"), [
    ("ttl", "text/turtle", "turtle"), ("nt", "application/n-triples", "nt"),
])
def test_extension_fixes_the_format_whatever_accept_says(client, base, extension, media_type, rdflib_format):
    response = client.get(f"/doc/event/{AID}/e-meeting.{extension}", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.content_type.startswith(media_type)
    graph = Graph().parse(data=response.data, format=rdflib_format)
    event = URIRef(f"{base}/id/event/{AID}/e-meeting")
    assert (event, NLD.participant, WD.Q7747) in graph
    assert (event, NLD.status, NLD.Occurred) in graph


def test_documents_without_extension_negotiate(client):
    html = client.get(f"/doc/event/{AID}/e-meeting", headers={"Accept": BROWSER})
    turtle = client.get(f"/doc/event/{AID}/e-meeting", headers={"Accept": "text/turtle"})
    assert html.content_type.startswith("text/html") and turtle.content_type.startswith("text/turtle")
    assert "Accept" in turtle.headers["Vary"]


def test_turtle_jsonld_and_ntriples_say_the_same(client):
    path = f"/doc/event/{AID}/s-kim"
    graphs = {fmt: Graph().parse(data=client.get(f"{path}.{ext}").data, format=fmt)
              for fmt, ext in (("turtle", "ttl"), ("nt", "nt"))}
    graphs["json-ld"] = parse_jsonld(client, client.get(f"{path}.jsonld").data)
    assert len(graphs["turtle"]) > 10
    assert isomorphic(graphs["turtle"], graphs["nt"])
    assert isomorphic(graphs["turtle"], graphs["json-ld"])


def parse_jsonld(client, body: bytes) -> Graph:
    """Parse a document whose @context is the site's own, fetched from the site (never from elsewhere)."""
    document = json.loads(body)
    context_iri = document["@context"]
    assert context_iri.endswith("/context.jsonld")
    context = client.get("/context.jsonld")
    assert context.status_code == 200 and context.content_type.startswith("application/ld+json")
    document["@context"] = context.get_json()["@context"]
    return Graph().parse(data=json.dumps(document), format="json-ld")


def test_jsonld_names_a_local_context_and_compacts_against_it(client, base):
    body = client.get(f"/doc/event/{AID}/e-meeting.jsonld").data
    document = json.loads(body)
    assert document["@context"] == f"{base}/context.jsonld"
    assert "nld:participant" in body.decode() or "participant" in body.decode()
    graph = parse_jsonld(client, body)
    assert (URIRef(f"{base}/id/event/{AID}/e-meeting"), NLD.participant, WD.Q56226) in graph


def test_article_document_holds_its_spans(client, base):
    """A span {article}#char=s,e shares its article's document: the document describes it."""
    graph = Graph().parse(data=client.get(f"/doc/article/{AID}.ttl").data, format="turtle")
    span = URIRef(f"{base}/id/article/{AID}#char=14,23")
    assert (span, NIF.anchorOf, Literal("rencontré")) in graph
    assert (span, NIF.referenceContext, URIRef(f"{base}/id/article/{AID}")) in graph


def test_entity_page_for_a_wikidata_item(client, base):
    page = client.get("/entity/Q7747", headers={"Accept": BROWSER})
    text = page.data.decode()
    assert page.status_code == 200
    assert "https://www.wikidata.org/wiki/Q7747" in text
    assert f'href="/doc/event/{AID}/e-meeting"' in text
    assert f'href="/doc/event/{AID}/e-accept"' in text
    assert f'href="/doc/article/{AID}#char=24,40"' in text  # the mention "Vladimir Poutine"
    turtle = Graph().parse(data=client.get("/entity/Q7747.ttl").data, format="turtle")
    assert (URIRef(f"{base}/id/event/{AID}/e-meeting"), NLD.participant, WD.Q7747) in turtle


def test_every_page_names_its_machine_readable_twins(client):
    for path in (f"/doc/event/{AID}/e-meeting", f"/doc/article/{AID}", "/entity/Q56226"):
        response = client.get(path, headers={"Accept": BROWSER})
        text = response.data.decode()
        for ext, media_type in (("ttl", "text/turtle"), ("jsonld", "application/ld+json")):
            assert f'<link rel="alternate" type="{media_type}" href="{path}.{ext}"' in text
            assert f"<{path}.{ext}>" in response.headers["Link"]
        assert 'href="/sparql?query=DESCRIBE' in text
