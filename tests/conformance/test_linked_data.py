"""Linked data from outside: every IRI the data mints under the base dereferences, as a crawler sees it.

The IRIs are collected from the data itself with one SPARQL query (subjects, predicates, objects and graph
names of every graph); a ``#char=`` span IRI is checked through its article's document, since a client
never sends the fragment.
"""

from __future__ import annotations

import json
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser

import html5lib  # test dependency: strict HTML5 parsing
import pytest
from rdflib import Graph, URIRef

pytestmark = pytest.mark.server


ALL_IRIS = """SELECT DISTINCT ?t WHERE {
  { { ?t ?p ?o } UNION { ?s ?t ?o } UNION { ?s ?p ?t } }
  UNION { GRAPH ?g { { ?t ?p ?o } UNION { ?s ?t ?o } UNION { ?s ?p ?t } } }
  UNION { GRAPH ?t { } }
  FILTER(isIRI(?t) && STRSTARTS(STR(?t), ?base))
}"""
NEGOTIATED = {  # Accept -> extension of the document it is sent to
    "text/html": "html",
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8": "html",  # a browser
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
    "text/turtle;q=0.5, application/ld+json;q=0.9": "jsonld",
    "*/*": "ttl",
    None: "ttl",
}
RDF_EXTENSIONS = {"ttl": ("text/turtle", "turtle"), "jsonld": ("application/ld+json", "json-ld"),
                  "nt": ("application/n-triples", "nt")}


@pytest.fixture(scope="module")
def minted(site) -> list[str]:
    query = ALL_IRIS.replace("?base", json.dumps(site.base + "/"))
    lines = site.query(query, "text/csv").text.splitlines()[1:]
    return sorted(set(lines))


@pytest.fixture(scope="module")
def resources(minted) -> list[str]:
    return [iri for iri in minted if "#" not in iri]


@pytest.fixture(scope="module")
def spans(minted) -> list[str]:
    return [iri for iri in minted if "#char=" in iri]


def path_of(site, iri: str) -> str:
    assert iri.startswith(site.base + "/"), iri
    return iri[len(site.base):]


def doc_path(site, iri: str) -> str:
    return path_of(site, iri).replace("/id/", "/doc/", 1)


def parallel(function, items) -> list:
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(function, items))


def test_the_data_mints_iris_of_every_kind(resources, spans) -> None:
    kinds = {iri.split("/")[4] for iri in resources}
    assert {"article", "event", "graph"} <= kinds, kinds
    assert spans, "mentions are #char= spans of their article"


def test_every_minted_iri_redirects_by_accept(site, resources) -> None:
    def check(iri: str) -> None:
        for accept, extension in NEGOTIATED.items():
            reply = site.get(path_of(site, iri), accept)
            assert reply.status == 303, (iri, accept, reply.status)
            assert reply.header("Location") == f"{site.base}{doc_path(site, iri)}.{extension}", (iri, accept)
            assert "accept" in reply.header("Vary").lower()

    parallel(check, resources)


def test_every_minted_iri_has_turtle_that_describes_it(site, resources) -> None:
    def check(iri: str) -> None:
        reply = site.get(doc_path(site, iri) + ".ttl")
        assert reply.status == 200, (iri, reply.status)
        assert reply.header("Content-Type") == "text/turtle; charset=utf-8"
        graph = Graph().parse(data=reply.body, format="turtle")
        thing = URIRef(iri)
        assert (thing, None, None) in graph or (None, None, thing) in graph or (None, thing, None) in graph, iri

    parallel(check, resources)


@pytest.fixture(scope="module")
def html_pages(site, resources) -> dict[str, object]:
    """Every page of the site a crawler starts from, and the page of every minted IRI: path -> reply."""
    paths = ["/", "/articles", "/timeline", "/dumps/", "/sparql", "/entity/Q7747"]
    paths += [doc_path(site, iri) + ".html" for iri in resources]
    return dict(zip(paths, parallel(lambda path: site.get(path, "text/html"), paths), strict=True))


def test_every_minted_iri_has_an_html_page(site, resources, html_pages) -> None:
    for iri in resources:
        reply = html_pages[doc_path(site, iri) + ".html"]
        assert reply.status == 200, (iri, reply.status)
        assert reply.header("Content-Type") == "text/html; charset=utf-8"
        strict_html(reply.body)


@pytest.mark.parametrize("extension", list(RDF_EXTENSIONS))
def test_documents_with_extensions(site, resources, extension: str) -> None:
    media_type, rdflib_format = RDF_EXTENSIONS[extension]
    for iri in resources[:: max(1, len(resources) // 12)]:
        reply = site.get(f"{doc_path(site, iri)}.{extension}", "text/html")  # the extension wins over Accept
        assert reply.status == 200 and reply.media_type == media_type, (iri, reply.status)
        graph = Graph().parse(data=reply.body, format=rdflib_format, publicID=site.base)
        assert len(graph) > 0


def test_document_without_extension_negotiates_and_varies(site, resources) -> None:
    path = doc_path(site, resources[0])
    assert site.get(path, "text/turtle").media_type == "text/turtle"
    assert site.get(path, "application/ld+json").media_type == "application/ld+json"
    assert site.get(path, "text/html").media_type == "text/html"
    assert "accept" in site.get(path, "text/turtle").header("Vary").lower()


def test_head_on_documents(site, resources) -> None:
    for path in (doc_path(site, resources[0]) + ".ttl", doc_path(site, resources[0]) + ".html", "/"):
        get = site.get(path)
        head = site.request("HEAD", path)
        assert head.status == 200 and head.body == b""
        assert head.header("Content-Type") == get.header("Content-Type")


def test_every_span_is_described_by_its_article_document(site, spans) -> None:
    articles = {iri.split("#", 1)[0] for iri in spans}
    for article in articles:
        reply = site.get(path_of(site, article), "text/turtle")
        assert reply.status == 303
        document = Graph().parse(data=site.get(reply.header("Location")).body, format="turtle")
        described = {str(s) for s in document.subjects()}
        missing = [iri for iri in spans if iri.startswith(article + "#") and iri not in described]
        assert missing == [], missing[:5]
        page = site.get(doc_path(site, article) + ".html").text
        fragments = [iri.split("#", 1)[1] for iri in spans if iri.startswith(article + "#")]
        unanchored = [f for f in fragments if f'id="{f}"' not in page]
        assert unanchored == [], unanchored[:5]


def test_unknown_iris_are_404(site) -> None:
    for path in ("/id/event/nothing/here", "/doc/event/nothing/here", "/doc/event/nothing/here.ttl",
                 "/id/article/kim-putin-2023-09x", "/entity/Q1", "/entity/not-a-qid", "/no-such-page",
                 "/id/", "/doc/", "/id/%2e%2e/%2e%2e/etc/passwd", "/doc/..%2f..%2fetc%2fpasswd"):
        for accept in ("text/html", "text/turtle"):
            reply = site.get(path, accept)
            assert reply.status == 404, (path, accept, reply.status)
    assert site.get("/id/event/nothing", "text/html").media_type == "text/html"


def test_jsonld_expands_with_its_context_without_network(site, resources) -> None:
    reply = site.get(doc_path(site, resources[0]) + ".jsonld")
    document = json.loads(reply.body)
    context = document.get("@context") if isinstance(document, dict) else None
    if isinstance(context, str):  # a remote context must be the site's own, and served
        assert context.startswith(site.base) or context.startswith("/"), context
        served = site.get(urllib.parse.urljoin(site.base + "/", context), "application/ld+json")
        assert served.status == 200 and "@context" in json.loads(served.body)
        document["@context"] = json.loads(served.body)["@context"]
    graph = Graph().parse(data=json.dumps(document), format="json-ld", publicID=site.base)
    turtle = Graph().parse(data=site.get(doc_path(site, resources[0]) + ".ttl").body, format="turtle")
    assert set(graph) == set(turtle)


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.hrefs.add(value)


def links_of(body: bytes) -> set[str]:
    parser = Links()
    parser.feed(body.decode("utf-8"))
    return parser.hrefs


def test_every_link_on_the_site_resolves(site, html_pages) -> None:
    hrefs: set[str] = set()
    for reply in html_pages.values():
        hrefs |= links_of(reply.body)
    internal = set()
    for href in hrefs:
        absolute = urllib.parse.urljoin(site.base + "/", href.split("#", 1)[0])
        if absolute.startswith(site.base + "/"):
            internal.add(absolute[len(site.base):])
        else:
            assert absolute.startswith(("https://", "http://")), href  # vocabulary terms, Wikidata
    visited = {path for path, reply in html_pages.items() if reply.status == 200}
    # /doc/x negotiates to the page /doc/x.html, already fetched: a sample of them is fetched again
    negotiated = sorted(path for path in internal if path + ".html" in visited)
    unvisited = sorted(internal - visited - set(negotiated)) + negotiated[:: max(1, len(negotiated) // 8)]
    # the same query page (/sparql?query=DESCRIBE...) or the RDF twins of every page (all fetched as Turtle
    # by another test): a few of each kind suffice
    by_kind: dict[str, list[str]] = {}
    for path in unvisited:
        by_kind.setdefault(link_kind(path), []).append(path)
    unvisited = [path for paths in by_kind.values() for path in paths[:: max(1, len(paths) // 5)]]

    def status(path: str) -> tuple[str, int]:
        return path, site.get(path, "text/html").status

    broken = [(path, code) for path, code in parallel(status, unvisited) if code != 200]
    assert broken == []


def link_kind(path: str) -> str:
    route = path.split("?", 1)[0]
    extension = route.rpartition(".")[2]
    return f"/doc/*.{extension}" if route.startswith("/doc/") and extension in RDF_EXTENSIONS else route


def strict_html(body: bytes):
    """The document, parsed by html5lib in strict mode: any HTML5 parse error fails the test."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(body)


@pytest.mark.parametrize("path", ["/", "/articles", "/timeline", "/sparql", "/dumps/", "/entity/Q7747",
                                  "/.well-known/void", "/doc/nothing/here"])
def test_site_pages_are_valid_html(site, path: str) -> None:
    reply = site.get(path, "text/html")
    assert reply.media_type == "text/html"
    document = strict_html(reply.body)
    assert document.find(".//title") is not None
