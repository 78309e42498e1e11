"""Linked data: every IRI minted under the base dereferences.

``{base}/id/{key}`` answers ``303 See Other`` to the document about it, ``{base}/doc/{key}.{ext}``, the
extension chosen from ``Accept``; ``/doc/{key}`` without an extension negotiates itself, and
``/entity/Q7747`` is the page about a Wikidata item the graph mentions. A span ``{article}#char=s,e`` shares
its article's document (browsers never send fragments), and the article page gives each span that id.
An IRI the store has never heard of is a 404.
"""

from __future__ import annotations

from flask import Blueprint, Response, redirect, request
from rdflib import Graph, URIRef

from newsld.errors import NotAcceptable, NotFound
from newsld.iris import is_qid
from newsld.vocab import WD
from newsld.web import formats, pages, void
from newsld.web.context import site_settings
from newsld.web.page_cache import cached
from newsld.web.rdfdoc import write_document
from newsld.web.site_queries import ask, construct

blueprint = Blueprint("linked_data", __name__)

# Extensions a document IRI takes: the graph formats of the negotiation table, and .html.
DOCUMENT_EXTENSIONS = frozenset(f.extension for f in formats.formats_of(formats.GRAPH) if f.extension)
# The negotiation table's serialiser names -> rdflib's.
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml", "trig": "trig",
                  "nquads": "nquads"}


def split_extension(key: str) -> tuple[str, str | None]:
    """``event/a/e-1.ttl`` -> (``event/a/e-1``, ``ttl``); a key without a known extension is left whole."""
    stem, dot, extension = key.rpartition(".")
    if dot and "/" not in extension and extension in DOCUMENT_EXTENSIONS:
        return stem, extension
    return key, None


def negotiate(extension: str | None) -> formats.Format:
    chosen = formats.choose(request.headers.get("Accept"), formats.GRAPH, extension)
    if chosen is None:
        offered = ", ".join(sorted({f.media_type for f in formats.formats_of(formats.GRAPH)}))
        raise NotAcceptable(f"no document format matches Accept: {request.headers.get('Accept')}; "
                            f"this document is offered as {offered}")
    return chosen


def base() -> str:
    return site_settings().base_iri


def ensure_known(thing: URIRef) -> None:
    if not (void.describes(thing) or ask("known", thing=thing)):
        raise NotFound(f"nothing is known about <{thing}>")


def description(thing: URIRef) -> Graph:
    if void.describes(thing):
        return void.description_of(thing)
    return construct("describe", thing=thing)


def document(thing: URIRef, doc_path: str, extension: str | None) -> Response:
    """The document about ``thing``: an HTML page or its description in the negotiated RDF format, kept for
    as long as the published version lasts (``newsld.web.page_cache``)."""
    try:
        chosen = negotiate(extension)
    except NotAcceptable:
        ensure_known(thing)  # an unknown IRI is a 404 whatever the Accept header says
        raise
    return cached(doc_path, f"{chosen.key}.{extension or ''}",
                  lambda: _document(thing, doc_path, extension, chosen))


def _document(thing: URIRef, doc_path: str, extension: str | None, chosen: formats.Format) -> Response:
    ensure_known(thing)
    if chosen.key == "html":
        response = pages.resource_page(thing, doc_path)
    else:
        body = write_document(description(thing), RDFLIB_FORMATS[chosen.key], base())
        response = Response(body, content_type=chosen.content_type)
    response.headers["Link"] = pages.alternate_header(doc_path)
    if extension is None:
        response.vary.add("Accept")
    return response


@blueprint.get("/id/<path:key>")
def identifier(key: str) -> Response:
    thing = URIRef(f"{base()}/id/{key}")
    ensure_known(thing)
    chosen = negotiate(None)
    response = redirect(f"{base()}/doc/{key}.{chosen.extension}", code=303)
    response.vary.add("Accept")
    return response


@blueprint.get("/doc/<path:key>")
def doc(key: str) -> Response:
    stem, extension = split_extension(key)
    return document(URIRef(f"{base()}/id/{stem}"), f"/doc/{stem}", extension)


@blueprint.get("/entity/<name>")
def entity(name: str) -> Response:
    qid, extension = split_extension(name)
    if not is_qid(qid):
        raise NotFound(f"{qid!r} is not a Wikidata item identifier (Q followed by digits)")
    return document(WD[qid], f"/entity/{qid}", extension)


@blueprint.get(void.VOID_PATH)
@blueprint.get("/dcat")
def void_document() -> Response:
    """VoID and DCAT, by Accept (Turtle for crawlers that accept anything, HTML for browsers)."""
    return document(void.dataset_iri(base()), "/doc/dataset/newsld", None)
