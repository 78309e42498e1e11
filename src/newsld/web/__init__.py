"""The web layer: a Flask app factory and its blueprints (SPARQL endpoint, linked data, dumps, query UI).

``create_app(settings, store=..., query_service=...)`` registers every blueprint of ``BLUEPRINTS``, the one
error handler (``newsld.web.errors``), CORS and ``Vary: Accept``. What handlers need is in
``app.extensions["newsld"]``: ``settings``, ``store`` (EmbeddedStore, the site's own reads) and ``queries``
(a QueryService for user queries, started on first use; ``newsld.web.sparql.query_service()``). Queries at
/sparql take a WSGI fast path around Flask (``newsld.web.fastpath``) with the same checks and answers. Nothing
here reads the environment: the settings come from the caller (``load_settings()`` when none is given).
"""

from __future__ import annotations

import threading

from flask import Blueprint, Flask, Response, current_app, request

from newsld.errors import PayloadTooLarge
from newsld.settings import Settings, load_settings
from newsld.store import EmbeddedStore, QueryService
from newsld.web import dumps, errors, linked_data, pages, sparql, ui
from newsld.web.fastpath import SparqlFastPath, cross_origin_headers

# The blueprints the site registers, in order. Each module defines ``blueprint``.
BLUEPRINTS: list[Blueprint] = [
    sparql.blueprint, pages.blueprint, linked_data.blueprint, dumps.blueprint, ui.blueprint,
]

CORS_METHODS = "GET, POST, OPTIONS"
CORS_MAX_AGE_S = "86400"


def create_app(settings: Settings | None = None, *, store: EmbeddedStore | None = None,
               query_service: QueryService | None = None) -> Flask:
    """The site for ``settings``; tests pass their own settings, store and (shared) query service."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.extensions["newsld"] = {
        "settings": settings,
        "store": store or EmbeddedStore(settings.store_dir),
        "queries": query_service,
        "queries_lock": threading.Lock(),
    }
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    errors.register(app)
    app.before_request(_refuse_large_bodies)
    app.after_request(_cross_origin)
    app.wsgi_app = SparqlFastPath(app)  # queries at /sparql skip Flask's routing and contexts
    return app


def _refuse_large_bodies() -> None:
    """413 from Content-Length alone, before a byte of the body is read."""
    limit = current_app.extensions["newsld"]["settings"].max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        raise PayloadTooLarge(f"the request body has {request.content_length} bytes; the limit is {limit}")


def _cross_origin(response: Response) -> Response:
    """CORS for any origin, without credentials; preflight requests are answered by Flask's OPTIONS."""
    cross_origin_headers(response)
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Access-Control-Allow-Headers"] = (
            request.headers.get("Access-Control-Request-Headers") or "Accept, Content-Type"
        )
        response.headers["Access-Control-Max-Age"] = CORS_MAX_AGE_S
    return response
