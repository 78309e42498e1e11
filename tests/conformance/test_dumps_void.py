"""/dumps/ and /.well-known/void from outside: HTTP caching and ranges as a downloader uses them."""

from __future__ import annotations

import gzip
import json

import pytest
from rdflib import Dataset, Graph, Namespace

pytestmark = pytest.mark.server

VOID = Namespace("http://rdfs.org/ns/void#")
DUMPS = {"newsld.ttl": ("text/turtle", "turtle"), "newsld.nt": ("application/n-triples", "nt"),
         "newsld.trig": ("application/trig", "trig"), "newsld.nq": ("application/n-quads", "nquads"),
         "newsld.jsonld": ("application/ld+json", "json-ld")}


def test_listing_names_every_dump(site) -> None:
    listing = json.loads(site.get("/dumps/", "application/json").body)
    names = {entry["name"] for entry in listing["files"]}
    assert set(DUMPS) | {name + ".gz" for name in DUMPS} <= names
    assert site.get("/dumps/", "text/html").media_type == "text/html"


@pytest.mark.parametrize("name", list(DUMPS))
def test_each_dump_parses_with_its_media_type(site, name: str) -> None:
    media_type, rdflib_format = DUMPS[name]
    reply = site.get(f"/dumps/{name}")
    assert reply.status == 200 and reply.media_type == media_type
    assert int(reply.header("Content-Length")) == len(reply.body)
    target = Dataset() if rdflib_format in ("trig", "nquads", "json-ld") else Graph()
    target.parse(data=reply.body, format=rdflib_format)
    assert len(target) > 0 or sum(1 for _ in target.quads()) > 0
    packed = site.get(f"/dumps/{name}.gz")
    assert packed.media_type == "application/gzip"
    assert gzip.decompress(packed.body) == reply.body


def test_conditional_requests(site) -> None:
    first = site.get("/dumps/newsld.nt")
    etag, modified = first.header("ETag"), first.header("Last-Modified")
    assert etag and modified
    assert site.get("/dumps/newsld.nt", **{"If-None-Match": etag}).status == 304
    assert site.get("/dumps/newsld.nt", **{"If-Modified-Since": modified}).status == 304
    assert site.get("/dumps/newsld.nt", **{"If-None-Match": '"other"'}).status == 200
    head = site.request("HEAD", "/dumps/newsld.nt")
    assert head.status == 200 and head.body == b"" and head.header("ETag") == etag
    assert head.header("Content-Length") == first.header("Content-Length")


def test_byte_ranges(site) -> None:
    whole = site.get("/dumps/newsld.nt").body
    part = site.get("/dumps/newsld.nt", Range="bytes=10-19")
    assert part.status == 206 and part.body == whole[10:20]
    assert part.header("Content-Range") == f"bytes 10-19/{len(whole)}"
    tail = site.get("/dumps/newsld.nt", Range="bytes=-5")
    assert tail.status == 206 and tail.body == whole[-5:]
    refused = site.get("/dumps/newsld.nt", Range=f"bytes={len(whole) + 10}-")
    assert refused.status == 416
    assert refused.header("Content-Range") == f"bytes */{len(whole)}"
    etag = site.get("/dumps/newsld.nt").header("ETag")
    assert site.get("/dumps/newsld.nt", Range="bytes=0-4", **{"If-Range": etag}).status == 206
    assert site.get("/dumps/newsld.nt", Range="bytes=0-4", **{"If-Range": '"stale"'}).status == 200


def test_no_path_escapes_the_dumps(site) -> None:
    for path in ("/dumps/../pyproject.toml", "/dumps/%2e%2e/%2e%2e/etc/passwd", "/dumps/..%2fstore",
                 "/dumps/manifest.json.bak", "/dumps/store", "/dumps/CURRENT"):
        assert site.get(path).status in (404, 400), path


def test_void_describes_the_dataset_and_its_dumps(site) -> None:
    reply = site.get("/.well-known/void", "text/turtle")
    assert reply.status == 200 and reply.media_type == "text/turtle"
    graph = Graph().parse(data=reply.body, format="turtle")
    endpoints = {str(o) for o in graph.objects(predicate=VOID.sparqlEndpoint)}
    assert site.endpoint in endpoints
    dumps = {str(o) for o in graph.objects(predicate=VOID.dataDump)}
    assert dumps and all(site.get(d[len(site.base):]).status == 200 for d in dumps)
    assert site.get("/.well-known/void", "text/html").media_type == "text/html"
    assert "accept" in reply.header("Vary").lower()
