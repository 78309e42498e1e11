"""The WSGI fast path for SPARQL queries: /sparql answered without Flask's routing, contexts and hooks.

A query is the one request that comes in thousands, and Flask's own machinery (URL map, application and
request contexts, signals, hooks) costs about as much as our protocol checks. ``SparqlFastPath`` wraps the
app's ``wsgi_app`` and answers GET and POST queries at ``/sparql`` with the very same steps as the Flask
view: ``read_protocol_request`` (strict protocol), ``answer_query`` (negotiation, SERVICE authorisation,
the query workers and their limits), ``answer_headers``, the one error shape (``newsld.web.errors``), CORS
and ``Vary``; an answer goes out as a plain WSGI status, header list and body (no Response object).
Everything else goes to Flask untouched: other paths and methods, GET without a query (the Service
Description) and a browser's GET (the query UI).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from flask import Flask
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header
from werkzeug.wrappers import Request, Response

from newsld.errors import NewsldError, PayloadTooLarge
from newsld.store import QueryAnswer
from newsld.web import errors
from newsld.web.protocol import read_protocol_request
from newsld.web.sparql import UI_EXTENSION, answer_headers, answer_query, query_service_of, wants_html

log = logging.getLogger(__name__)

PATH = "/sparql"
CROSS_ORIGIN = [("Access-Control-Allow-Origin", "*"), ("Vary", "Accept")]
WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


def cross_origin_headers(response: Response) -> None:
    """CORS for any origin, without credentials, and ``Vary: Accept`` (every answer is negotiated)."""
    headers = response.headers
    headers["Access-Control-Allow-Origin"] = "*"
    vary = ", ".join(headers.getlist("Vary"))  # getlist: a missing header costs no exception
    if not vary:
        headers["Vary"] = "Accept"
    elif "accept" not in (v.strip().lower() for v in vary.split(",")):
        headers["Vary"] = f"{vary}, Accept"


class SparqlFastPath:
    """``app.wsgi_app`` for /sparql queries; anything else is passed to the Flask app it wraps."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.flask: WSGIApp = app.wsgi_app
        self.settings = app.extensions["newsld"]["settings"]

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != PATH or method not in ("GET", "POST"):
            return self.flask(environ, start_response)
        request = Request(environ)
        try:
            answer = self._answer(request)
        except NewsldError as err:
            return _send(errors.newsld_error(err, _accept(request)), start_response)
        except Exception:  # a bug: the same 500 Flask's error handler would give, and the traceback in the log
            log.exception("error answering %s %s", method, PATH)
            return _send(errors.error_response(500, "InternalServerError", "Internal Server Error",
                                               "the server failed to answer this query", _accept(request)),
                         start_response)
        if answer is None:
            return self.flask(environ, start_response)
        start_response("200 OK", answer_headers(answer, self.settings) + CROSS_ORIGIN)
        return [answer.body]

    def _answer(self, request: Request) -> QueryAnswer | None:
        """The answer, or None for a request the Flask view answers (service description, query UI)."""
        limit = self.settings.max_body_bytes
        if request.content_length is not None and request.content_length > limit:
            raise PayloadTooLarge(f"the request body has {request.content_length} bytes; the limit is {limit}")
        protocol = read_protocol_request(request, limit)
        accept = request.environ.get("HTTP_ACCEPT")
        if request.method == "GET" and (protocol.query is None or self._is_browser(protocol, accept)):
            return None  # a GET has no body: Flask reads the same request again
        if protocol.query is None:  # a POST always has one (read_protocol_request refuses the others)
            raise AssertionError("a POST without a query passed the protocol checks")
        return answer_query(protocol, accept, self.settings, query_service_of(self.app))

    def _is_browser(self, protocol, accept: str | None) -> bool:
        return self.app.extensions.get(UI_EXTENSION) is not None and wants_html(protocol, accept)


def _send(response: Response, start_response: Callable) -> Iterable[bytes]:
    cross_origin_headers(response)
    start_response(response.status, response.headers.to_wsgi_list())  # a GET or POST: the body goes too
    return [response.get_data()]


def _accept(request: Request) -> MIMEAccept:
    return parse_accept_header(request.headers.get("Accept"), MIMEAccept)
