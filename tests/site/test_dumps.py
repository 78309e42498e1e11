"""/dumps/: the listing (HTML and JSON), and each file with validators, HEAD, 304, ranges, safe names."""

from __future__ import annotations

import gzip

import pytest
from rdflib import Dataset, Graph

FILES = {"newsld.trig": "application/trig", "newsld.nq": "application/n-quads", "newsld.ttl": "text/turtle",
         "newsld.nt": "application/n-triples", "newsld.jsonld": "application/ld+json",
         "newsld.ttl.gz": "application/gzip", "newsld.nq.gz": "application/gzip", "void.ttl": "text/turtle",
         "shacl-report.ttl": "text/turtle"}


def test_listing_as_json_gives_every_file_with_its_size(client, site_settings):
    listing = client.get("/dumps/index.json").get_json()
    by_name = {f["name"]: f for f in listing["files"]}
    for name, media_type in FILES.items():
        assert by_name[name]["media_type"] == media_type
        assert by_name[name]["bytes"] == (site_settings.dumps_dir / name).stat().st_size
    assert by_name["newsld.trig"]["triples"] > 100
    assert client.get("/dumps/", headers={"Accept": "application/json"}).get_json() == listing


def test_listing_as_html_links_every_file(client):
    response = client.get("/dumps/", headers={"Accept": "text/html"})
    assert response.content_type.startswith("text/html")
    for name in FILES:
        assert f'href="/dumps/{name}"' in response.data.decode()


@pytest.mark.parametrize(("name", "media_type"), FILES.items())
def test_each_file_has_its_media_type_and_validators(client, site_settings, name, media_type):
    response = client.get(f"/dumps/{name}")
    assert response.status_code == 200
    assert response.mimetype == media_type
    assert "Content-Encoding" not in response.headers
    assert response.headers["ETag"] and response.headers["Last-Modified"]
    assert int(response.headers["Content-Length"]) == len(response.data)
    assert response.data == (site_settings.dumps_dir / name).read_bytes()


def test_dumps_parse_and_the_gzip_is_the_same_file(client):
    plain = client.get("/dumps/newsld.nq").data
    assert gzip.decompress(client.get("/dumps/newsld.nq.gz").data) == plain
    dataset = Dataset()
    dataset.parse(data=plain, format="nquads")
    assert len(list(dataset.graphs())) >= 3
    assert len(Graph().parse(data=client.get("/dumps/newsld.ttl").data, format="turtle")) > 100


def test_head_gives_the_headers_without_the_body(client):
    get = client.get("/dumps/newsld.ttl")
    head = client.head("/dumps/newsld.ttl")
    assert head.status_code == 200 and head.data == b""
    for header in ("ETag", "Last-Modified", "Content-Length", "Content-Type"):
        assert head.headers[header] == get.headers[header]


def test_conditional_get_answers_304(client):
    first = client.get("/dumps/newsld.trig")
    by_etag = client.get("/dumps/newsld.trig", headers={"If-None-Match": first.headers["ETag"]})
    by_date = client.get("/dumps/newsld.trig", headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert by_etag.status_code == 304 and by_etag.data == b""
    assert by_date.status_code == 304
    changed = client.get("/dumps/newsld.trig", headers={"If-None-Match": '"something-else"'})
    assert changed.status_code == 200 and changed.data == first.data


def test_byte_ranges(client):
    whole = client.get("/dumps/newsld.nt").data
    part = client.get("/dumps/newsld.nt", headers={"Range": "bytes=10-29"})
    assert part.status_code == 206
    assert part.data == whole[10:30]
    assert part.headers["Content-Range"] == f"bytes 10-29/{len(whole)}"
    tail = client.get("/dumps/newsld.nt", headers={"Range": "bytes=-5"})
    assert tail.status_code == 206 and tail.data == whole[-5:]
    beyond = client.get("/dumps/newsld.nt", headers={"Range": f"bytes={len(whole) + 10}-"})
    assert beyond.status_code == 416
    assert beyond.headers["Content-Range"] == f"bytes */{len(whole)}"


@pytest.mark.parametrize("path", ["/dumps/../settings.py", "/dumps/%2e%2e%2fstore%2fCURRENT", "/dumps/..%2fstore",
                                  "/dumps/manifest.json.bak", "/dumps/.newsld.ttl.tmp-1", "/dumps/store",
                                  "/dumps/%2Fetc%2Fpasswd", "/dumps/newsld.ttl%00.txt"])
def test_only_the_build_dump_set_is_served(client, path):
    response = client.get(path)
    assert response.status_code == 404


def test_no_build_means_an_empty_listing(tmp_path):
    from newsld.settings import load_settings
    from newsld.web import create_app

    app = create_app(load_settings(env={}, data_dir=tmp_path / "empty"))
    client = app.test_client()
    assert client.get("/dumps/index.json").get_json()["files"] == []
    assert client.get("/dumps/newsld.ttl").status_code == 404


def test_a_data_folder_given_relative_to_the_working_directory_serves_its_dumps(site_settings, monkeypatch):
    """`newsld serve` run where ./newsld-data is: the default data_dir is a relative path."""
    from newsld.web import create_app

    monkeypatch.chdir(site_settings.data_dir.parent)
    relative = site_settings.replace(data_dir=site_settings.data_dir.name)
    client = create_app(relative).test_client()
    response = client.get("/dumps/newsld.ttl")
    assert response.status_code == 200
    assert response.data == (site_settings.dumps_dir / "newsld.ttl").read_bytes()
    assert client.head("/dumps/newsld.nq.gz").status_code == 200
