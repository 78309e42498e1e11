"""The one error handler: a NewsldError (or an HTTP error from routing) becomes one response shape.

Machines get SPARQL-protocol plain text (``Title: message``) or, when they prefer JSON, ``{"error":
{"status", "type", "title", "message"}}``; browsers get a small HTML page. The status is the error's
``http_status``. Every response passes through ``Vary: Accept`` and CORS in the app factory.
"""

from __future__ import annotations

import json

from flask import Flask, Response, request
from markupsafe import escape
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException

from newsld.errors import NewsldError

ERROR_MEDIA_TYPES = ("text/plain", "application/json", "application/sparql-results+json", "text/html")
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{status} {title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;line-height:1.5}}
pre{{white-space:pre-wrap;background:#f6f6f6;padding:1rem;border-radius:4px}}</style></head>
<body><h1>{status} {title}</h1><pre>{message}</pre><p><a href="/">Home</a> · <a href="/sparql">SPARQL</a></p>
</body></html>
"""


def error_response(status: int, kind: str, title: str, message: str, accept: MIMEAccept | None = None) -> Response:
    """The response for an error, in the shape the client prefers (by Accept: ``accept``, else the request's)."""
    best = (request.accept_mimetypes if accept is None else accept).best_match(ERROR_MEDIA_TYPES, default="text/plain")
    if best == "text/html":
        body = PAGE.format(status=status, title=escape(title), message=escape(message))
        return Response(body, status, content_type="text/html; charset=utf-8")
    if best in ("application/json", "application/sparql-results+json"):
        shape = {"error": {"status": status, "type": kind, "title": title, "message": message}}
        return Response(json.dumps(shape, ensure_ascii=False), status, content_type="application/json")
    return Response(f"{title}: {message}\n", status, content_type="text/plain; charset=utf-8")


def newsld_error(err: NewsldError, accept: MIMEAccept | None = None) -> Response:
    return error_response(err.http_status, type(err).__name__, err.title, err.message, accept)


def http_error(err: HTTPException) -> Response:
    """Routing errors (404, 405, 413 from the server's own checks) in the same shape."""
    response = error_response(err.code or 500, type(err).__name__, err.name, err.description or err.name)
    for name, value in err.get_headers():
        if name.lower() in ("allow", "content-range"):  # 405 says which methods; 416 the file's length
            response.headers[name] = value
    return response


def register(app: Flask) -> None:
    app.register_error_handler(NewsldError, newsld_error)
    app.register_error_handler(HTTPException, http_error)
