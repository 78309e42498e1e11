"""Pages and documents are built once per published version: kept, tagged, and dropped when a new one is
published (newsld.web.page_cache)."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDFS, Graph, Literal, URIRef
from tests.site.conftest import SITE_BASE, publish_sample, sample

from newsld.store import EmbeddedStore
from newsld.web import create_app
from newsld.web.page_cache import KeptPage, PageCache

EVENT_DOC = "/doc/event/sample-2023-09/e-meeting"


def _fresh_site(tmp_path: Path):
    settings = publish_sample(tmp_path / "data", SITE_BASE)
    return settings, create_app(settings)


def test_a_page_is_built_once_per_version_and_tagged(tmp_path: Path) -> None:
    _settings, app = _fresh_site(tmp_path)
    client = app.test_client()
    first = client.get(EVENT_DOC + ".html")
    again = client.get(EVENT_DOC + ".html")
    assert first.status_code == again.status_code == 200
    assert first.data == again.data
    assert first.headers["ETag"] and first.headers["ETag"] == again.headers["ETag"]
    assert again.headers["Link"] == first.headers["Link"], "the twins' Link header is kept with the page"


def test_a_conditional_get_of_an_unchanged_page_is_a_304_without_body(tmp_path: Path) -> None:
    _settings, app = _fresh_site(tmp_path)
    client = app.test_client()
    tag = client.get(EVENT_DOC + ".ttl").headers["ETag"]
    unchanged = client.get(EVENT_DOC + ".ttl", headers={"If-None-Match": tag})
    assert unchanged.status_code == 304 and unchanged.data == b""
    other = client.get(EVENT_DOC + ".nt", headers={"If-None-Match": tag})
    assert other.status_code == 200 and other.data, "each format has its own tag"


def test_each_negotiated_format_of_a_document_is_kept_apart(tmp_path: Path) -> None:
    _settings, app = _fresh_site(tmp_path)
    client = app.test_client()
    turtle = client.get(EVENT_DOC, headers={"Accept": "text/turtle"})
    html = client.get(EVENT_DOC, headers={"Accept": "text/html"})
    assert turtle.content_type.startswith("text/turtle") and html.content_type.startswith("text/html")
    assert client.get(EVENT_DOC, headers={"Accept": "text/turtle"}).data == turtle.data
    assert "Accept" in client.get(EVENT_DOC, headers={"Accept": "text/html"}).headers["Vary"]


def test_a_new_published_version_replaces_every_kept_page(tmp_path: Path) -> None:
    settings, app = _fresh_site(tmp_path)
    client = app.test_client()
    before = client.get(EVENT_DOC + ".ttl")
    home_before = client.get("/").data
    dataset = sample.sample_dataset(SITE_BASE)
    asserted = dataset.graph(sample.SampleBuilder(SITE_BASE).asserted.identifier)
    event = URIRef(f"{SITE_BASE}/id/event/sample-2023-09/e-meeting")
    asserted.add((event, RDFS.comment, Literal("republished with a comment")))
    view = Graph()
    for triple in asserted:
        view.add(triple)
    EmbeddedStore(settings.store_dir).publish(dataset, view)
    after = client.get(EVENT_DOC + ".ttl")
    assert b"republished with a comment" in after.data and b"republished" not in before.data
    assert after.headers["ETag"] != before.headers["ETag"]
    assert client.get(EVENT_DOC + ".ttl", headers={"If-None-Match": before.headers["ETag"]}).status_code == 200
    assert client.get("/").status_code == 200 and home_before


def test_an_unknown_iri_is_a_404_every_time_and_is_not_kept(tmp_path: Path) -> None:
    _settings, app = _fresh_site(tmp_path)
    client = app.test_client()
    for _ in range(2):
        assert client.get("/doc/event/nowhere/e-0.html").status_code == 404
    assert client.get("/doc/event/nowhere/e-0", headers={"Accept": "image/png"}).status_code == 404
    assert len(app.extensions["newsld.pages"]) == 0


def test_the_cache_keeps_at_most_its_size_dropping_the_least_recently_used() -> None:
    cache = PageCache(entries=2)
    kept = KeptPage(200, (), b"<p>page</p>", "tag")
    cache.put("v1", ("/a", "html"), kept)
    cache.put("v1", ("/b", "html"), kept)
    assert cache.get("v1", ("/a", "html")) is kept  # /a is now the most recent
    cache.put("v1", ("/c", "html"), kept)
    assert cache.get("v1", ("/b", "html")) is None and cache.get("v1", ("/a", "html")) is kept
    assert cache.get("v2", ("/a", "html")) is None, "another version sees nothing kept for the first"
    cache.put("v2", ("/z", "html"), kept)
    assert len(cache) == 1


def test_the_cache_keeps_at_most_its_byte_budget() -> None:
    cache = PageCache(entries=100, budget_bytes=25)
    for name in ("a", "b", "c"):
        cache.put("v1", (f"/{name}", "html"), KeptPage(200, (), b"x" * 10, name))
    assert len(cache) == 2 and cache.get("v1", ("/a", "html")) is None
    cache.put("v1", ("/b", "html"), KeptPage(200, (), b"y" * 10, "b2"))  # replacing a page does not count it twice
    assert len(cache) == 2 and cache.get("v1", ("/c", "html")) is not None
