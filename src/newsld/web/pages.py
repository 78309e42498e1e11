"""The HTML pages a person reads: home, articles, timeline, and the page of every resource.

Each resource page is built from one of the site's queries (``web/queries``) and one view builder
(``newsld.web.views``), chosen by the kind of IRI; every page names its machine-readable twins in
``<link rel="alternate">`` and in a ``Link`` header, and links to the query UI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import Blueprint, Response, make_response, render_template
from rdflib import Graph, URIRef

from newsld.web import formats, void
from newsld.web.context import site_settings, site_store
from newsld.web.links import Linker, label, wikidata_qid
from newsld.web.page_cache import cached
from newsld.web.rdfdoc import CONTEXT_PATH, context_document
from newsld.web.site_queries import construct, construct_all, select
from newsld.web.timeline import lay_out, period
from newsld.web.ui import ui_url
from newsld.web.views import article_view, entity_view, event_view, facts, incoming

blueprint = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
                      static_url_path="/assets")

# The machine-readable twins every resource page offers, by extension.
TWINS = (("Turtle", "ttl"), ("JSON-LD", "jsonld"), ("N-Triples", "nt"))


@dataclass(frozen=True)
class Alternate:
    name: str
    media_type: str
    href: str


def linker() -> Linker:
    return Linker(site_settings().base_iri)


def alternates(doc_path: str) -> list[Alternate]:
    media = {f.extension: f.media_type for f in formats.formats_of(formats.GRAPH)}
    return [Alternate(name, media[ext], f"{doc_path}.{ext}") for name, ext in TWINS]


def alternate_header(doc_path: str) -> str:
    return ", ".join(f'<{a.href}>; rel="alternate"; type="{a.media_type}"' for a in alternates(doc_path))


def describe_query_url(thing: URIRef) -> str:
    return ui_url(f"DESCRIBE <{thing}>")


def page(template: str, *, doc_path: str | None = None, thing: URIRef | None = None, **values) -> Response:
    """A rendered page with what every page has: its twins, a query link, the site's name."""
    html = render_template(
        template,
        alternates=alternates(doc_path) if doc_path else [],
        query_link=describe_query_url(thing) if thing is not None else ui_url(""),
        base=site_settings().base_iri,
        **values,
    )
    response = make_response(html)
    response.content_type = "text/html; charset=utf-8"
    return response


# -- resource pages ------------------------------------------------------------------------------------

NEIGHBOURHOOD = ("neighbourhood-out", "neighbourhood-in", "neighbourhood-articles")


def neighbourhood(thing: URIRef) -> Graph:
    return construct_all(NEIGHBOURHOOD, thing=thing)


def _article(thing: URIRef) -> tuple[str, dict]:
    graph = construct("article", thing=thing)
    return "article.html", {"article": article_view(linker(), graph, thing)}


def _event(thing: URIRef) -> tuple[str, dict]:
    graph = neighbourhood(thing)
    return "event.html", {"event": event_view(linker(), graph, thing), "facts": facts(linker(), graph, thing)}


def _entity(thing: URIRef) -> tuple[str, dict]:
    graph = neighbourhood(thing)
    return "entity.html", {"entity": entity_view(linker(), graph, thing)}


def _generic(thing: URIRef, graph: Graph | None = None) -> tuple[str, dict]:
    graph = neighbourhood(thing) if graph is None else graph
    graph_size = site_store().statistics()["named_graphs"].get(str(thing))
    return "resource.html", {
        "title": label(graph, thing) or linker().short(str(thing)),
        "facts": facts(linker(), graph, thing), "incoming": incoming(linker(), graph, thing),
        "graph_size": graph_size,
        "graph_query": ui_url(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{thing}> {{ ?s ?p ?o }} }} LIMIT 200")
        if graph_size is not None else None,
    }


def _dataset(thing: URIRef) -> tuple[str, dict]:
    return _generic(thing, void.description_of(thing))


# The kind of a minted IRI ({base}/id/{kind}/...) -> the page that shows it.
PAGES: dict[str, Callable[[URIRef], tuple[str, dict]]] = {
    "article": _article,
    "event": _event,
    "entity": _entity,
    "dataset": _dataset,
}


def kind_of(thing: URIRef) -> str:
    if wikidata_qid(str(thing)):
        return "entity"
    prefix = f"{site_settings().base_iri}/id/"
    return str(thing)[len(prefix):].split("/", 1)[0] if str(thing).startswith(prefix) else ""


def resource_page(thing: URIRef, doc_path: str) -> Response:
    template, values = PAGES.get(kind_of(thing), _generic)(thing)
    return page(template, doc_path=doc_path, thing=thing, iri=str(thing), **values)


# -- site pages ----------------------------------------------------------------------------------------


def _number(row: dict, name: str) -> int:
    return int(row[name]) if name in row else 0


def article_rows() -> list[dict]:
    rows = []
    for row in select("articles"):
        published = period(str(row["published"])) if "published" in row else None
        rows.append({"link": linker().link(str(row["article"]), str(row.get("identifier") or "")),
                     "published": published, "opening": str(row.get("opening", "")),
                     "events": _number(row, "events")})
    return rows


@blueprint.get("/")
def home() -> Response:
    return cached("/", "html", _home)


def _home() -> Response:
    counts = (select("counts") or [{}])[0]
    statistics = site_store().statistics()
    return page("home.html", counts={k: _number(counts, k) for k in
                                     ("articles", "events", "mentions", "entities", "graphs")},
                statistics=statistics, articles=article_rows(), timeline=timeline_events()[:6])


@blueprint.get("/articles")
def articles() -> Response:
    return cached("/articles", "html", lambda: page("articles.html", articles=article_rows()))


@dataclass
class TimelineEvent:
    link: object
    label: str
    classes: list
    status: object
    time_words: str
    period: object
    precision: str


def timeline_events() -> list[TimelineEvent]:
    """One entry per event, in date order (undated ones last), from timeline.rq."""
    found: dict[str, TimelineEvent] = {}
    for row in select("timeline"):
        key = str(row["event"])
        entry = found.get(key)
        if entry is None:
            value = str(row.get("value", ""))
            label = str(row.get("label", "")) or linker().short(key)
            entry = found[key] = TimelineEvent(
                linker().link(key, label), label, [],
                linker().link(str(row["status"]), str(row.get("statusLabel", "")) or None),
                str(row.get("timeLabel", "")), period(value) if value else None, str(row.get("precision", "")))
        cls = linker().link(str(row["class"]), str(row.get("classLabel", "")) or None)
        if cls not in entry.classes:
            entry.classes.append(cls)
    dated = sorted((e for e in found.values() if e.period), key=lambda e: (e.period.start, e.label))
    return dated + sorted((e for e in found.values() if not e.period), key=lambda e: e.label)


@blueprint.get("/timeline")
def timeline() -> Response:
    return cached("/timeline", "html", _timeline)


def _timeline() -> Response:
    events = timeline_events()
    axis = lay_out((e, e.period) for e in events if e.period)
    return page("timeline.html", axis=axis, undated=[e for e in events if not e.period])


@blueprint.get(CONTEXT_PATH)
def jsonld_context() -> Response:
    response = make_response(context_document())
    response.content_type = "application/ld+json"
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@blueprint.app_template_filter("doc_href")
def doc_href(iri: str) -> str:
    """The site path of the page about ``iri`` (templates: ``{{ event.iri|doc_href }}``)."""
    return linker().link(str(iri)).href
