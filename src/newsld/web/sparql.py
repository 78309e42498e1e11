"""The SPARQL 1.1 Protocol endpoint at /sparql: read-only, strict, limited, and negotiated.

A query goes: protocol request (``newsld.web.protocol``) -> formats for a result set and for a graph
(``newsld.web.formats.choose``; which one applies is known once the engine has the query) -> SERVICE
authorisation on the parsed query (``newsld.federation.service.authorize_services``) for any text that may
hold a SERVICE clause -> a query worker (``newsld.store.QueryService``) that answers within the time, memory
and row limits. An update, whether sent as ``update=``, as an update body or as a query, is refused
(QueryRefused): Oxigraph cannot run one through a query, and its syntax error is recognised as an update.

GET /sparql without a query is the Service Description; for a browser (Accept prefers HTML) it is the query
page, when the UI blueprint has registered one as ``app.extensions["newsld.ui"]``: a view function called
with no arguments that reads ``flask.request`` itself (a GET with ``query=`` from a shared link reaches it
too).
"""

from __future__ import annotations

import threading
from functools import lru_cache

from flask import Blueprint, Flask, Response, current_app, request
from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseUpdate

from newsld.errors import NotAcceptable, QueryError, QueryRefused, RemoteError
from newsld.federation.bindjoin import bind_service_inputs, worker_runner
from newsld.federation.service import authorize_services, explain_service_failure
from newsld.settings import Settings
from newsld.store import EmbeddedStore, QueryAnswer, QueryRequest, QueryService
from newsld.web.formats import GRAPH, RESULTS, Format, canonical, choose, formats_of
from newsld.web.nesting import refuse_parser_overflows
from newsld.web.protocol import READ_ONLY, ProtocolRequest, read_protocol_request
from newsld.web.service_description import RDFLIB_WRITERS, service_description

blueprint = Blueprint("sparql", __name__)

TRUNCATED_HEADER = "X-Newsld-Truncated"
ROW_LIMIT_HEADER = "X-Newsld-Row-Limit"
EXPOSED_HEADERS = f"{TRUNCATED_HEADER}, {ROW_LIMIT_HEADER}"
UI_EXTENSION = "newsld.ui"
TOO_DEEP = ("the query nests its groups too deeply for its SERVICE clauses to be checked; "
            "flatten the nested { } groups")


@blueprint.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    protocol = read_protocol_request(request, _settings().max_body_bytes)
    page = _ui_page()
    accept = request.headers.get("Accept")
    reading = request.method in ("GET", "HEAD")  # HEAD is a GET without the body (werkzeug drops it)
    if reading and page is not None and wants_html(protocol, accept):
        return page()
    if protocol.query is None:
        if reading and not protocol.other_parameters:
            return _service_description()
        raise QueryError("the request has no query parameter")
    settings = _settings()
    return answer_response(answer_query(protocol, accept, settings, query_service()), settings)


def answer_query(protocol: ProtocolRequest, accept: str | None, settings: Settings,
                 service: QueryService) -> QueryAnswer:
    """The answer to the query of ``protocol`` (which has one), negotiated by ``accept``; or a NewsldError.

    Needs no request context: the Flask view and the WSGI fast path (``newsld.web.fastpath``) both call it,
    and both send it with ``answer_headers``.
    """
    results, graph = _formats(protocol, accept)
    text = protocol.query or ""
    refuse_parser_overflows(text)
    try:
        prepared = prepared_query(text, settings)
        if "SERVICE" in prepared.upper():  # send Wikidata only the values our own data needs (bind join)
            prepared = bind_service_inputs(
                prepared, worker_runner(service, protocol.default_graphs, protocol.named_graphs))
        query = QueryRequest(prepared, results.key if results else None,
                             graph.key if graph else None, protocol.default_graphs, protocol.named_graphs)
        answer = service.run(query)
    except RemoteError as err:
        raise RemoteError(explain_service_failure(err.message)) from err
    except QueryError as err:
        if type(err) is QueryError and _is_update(text):  # the engine's syntax error for an update
            raise QueryRefused(READ_ONLY) from None
        raise
    return answer


def _formats(protocol: ProtocolRequest, accept: str | None) -> tuple[Format | None, Format | None]:
    results = choose(accept, RESULTS, format_param=protocol.formats, html=False)
    graph = choose(accept, GRAPH, format_param=protocol.formats, html=False)
    if results is None and graph is None:
        offered = ", ".join(f.media_type for kind in (RESULTS, GRAPH) for f in formats_of(kind, html=False))
        raise NotAcceptable(f"no format the request accepts is offered; this endpoint answers in: {offered}")
    return results, graph


def answer_headers(answer: QueryAnswer, settings: Settings) -> list[tuple[str, str]]:
    """The headers of a query's answer: its media type, its length, and whether the row limit cut it."""
    headers = [("Content-Type", canonical(answer.format_key, answer.kind).content_type),
               ("Content-Length", str(len(answer.body))),
               ("Access-Control-Expose-Headers", EXPOSED_HEADERS)]
    if answer.truncated:
        headers += [(TRUNCATED_HEADER, "true"), (ROW_LIMIT_HEADER, str(settings.result_row_limit))]
    return headers


def answer_response(answer: QueryAnswer, settings: Settings) -> Response:
    return Response(answer.body, 200, headers=answer_headers(answer, settings))


# rdflib's SPARQL parser (pyparsing) is not thread-safe: concurrent parses fail with TypeErrors inside
# pyparsing, so the request threads take turns.
_PARSER_LOCK = threading.Lock()


def may_call_services(text: str) -> bool:
    """Whether ``text`` may hold a SERVICE clause: the keyword cannot be written without these letters.

    SPARQL's ``\\u`` escapes are decoded before parsing, so a query holding one is checked too. The other
    queries go straight to the engine (it cannot run an update through a query); parsing them with rdflib
    would cost more than running most of them.
    """
    lowered = text.lower()
    return "service" in lowered or "\\u" in lowered


@lru_cache(maxsize=1024)
def prepared_query(text: str, settings: Settings) -> str:
    """The query to run (SERVICE IRIs pointed at their relays), or QueryRefused / QueryError.

    Cached by text: the parse is the slowest step of a small query, and the same queries come back (the
    examples, a dashboard refreshing).
    """
    if not may_call_services(text):
        return text
    with _PARSER_LOCK:
        try:
            return authorize_services(text, settings)
        except QueryRefused:
            raise
        except QueryError:
            if _is_update_unlocked(text):
                raise QueryRefused(READ_ONLY) from None
            raise
        except RecursionError:  # rdflib's parser recurses per nested group, ~40 levels deep at most
            raise QueryRefused(TOO_DEEP) from None


def _is_update(text: str) -> bool:
    with _PARSER_LOCK:
        return _is_update_unlocked(text)


def _is_update_unlocked(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update with at least one operation (an empty one is no update)."""
    try:
        return bool(parseUpdate(text).get("request"))
    except (ParseException, RecursionError):
        return False


def wants_html(protocol: ProtocolRequest, accept: str | None) -> bool:
    """Whether a GET is a browser's: its Accept (or ``format``) prefers HTML to any results format."""
    chosen = choose(accept, RESULTS, format_param=protocol.formats)
    return chosen is not None and chosen.key == "html"


def _ui_page():
    return current_app.extensions.get(UI_EXTENSION)


def _service_description() -> Response:
    fmt = choose(request.headers.get("Accept"), GRAPH, html=False) or canonical("turtle", GRAPH)
    graph = service_description(_settings(), _store())
    body = graph.serialize(format=RDFLIB_WRITERS[fmt.key], encoding="utf-8")
    return Response(body, 200, content_type=fmt.content_type)


def query_service() -> QueryService:
    """The app's query workers, started on first use (tests may inject a started one)."""
    return query_service_of(current_app)


def query_service_of(app: Flask) -> QueryService:
    state = app.extensions["newsld"]
    if state["queries"] is not None:
        return state["queries"]
    with state["queries_lock"]:
        if state["queries"] is None:
            state["queries"] = QueryService.from_settings(state["settings"]).start()
        return state["queries"]


def _settings() -> Settings:
    return current_app.extensions["newsld"]["settings"]


def _store() -> EmbeddedStore:
    return current_app.extensions["newsld"]["store"]
