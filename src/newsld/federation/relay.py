"""A loopback relay between Oxigraph's SERVICE calls and the real endpoints.

pyoxigraph evaluates ``SERVICE`` itself over HTTP and exposes no hook: its calls say ``User-Agent:
Oxigraph/x.y`` (Wikidata refuses generic agents), have no time limit of their own and bring back any number
of rows. So :func:`newsld.federation.service.authorize_services` rewrites every allowed SERVICE IRI to this
relay, which forwards the query with :class:`~newsld.federation.client.SparqlClient` (descriptive User-Agent,
``service_timeout_s`` in total, retries on 429/5xx within that time) and refuses answers over
``service_row_limit`` rows. Failures come back to Oxigraph as an HTTP 502 whose body says what happened.

The relay is a small stdlib HTTP server on 127.0.0.1 and a free port, in a daemon thread of the process that
authorises queries (one per process and configuration, started on first use). Its paths carry a random
token, so neither another local program nor a query naming ``http://127.0.0.1:PORT/...`` (which the
allow-list refuses anyway) can use it. It works the same behind the Flask test client or any WSGI server,
and does not depend on the public address of the site.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from newsld.errors import RemoteError
from newsld.federation.client import RetryPolicy, SparqlClient
from newsld.settings import Settings

RESULTS_JSON = "application/sparql-results+json"
HINT = (
    "Each SERVICE pattern is sent on its own, without the bindings of the rest of the query: make it selective "
    "(e.g. VALUES for the entities you want), or answer it from the enrichment graph: `newsld enrich`, then "
    "NEWSLD_WIKIDATA_ENDPOINT=offline."
)
CACHE_SECONDS = 60.0
MAX_QUERY_BYTES = 4 * 1024 * 1024  # a SERVICE pattern with a thousand VALUES rows is well under 1 MiB
CACHE_ENTRIES = 128


class RecentAnswers:
    """Successful answers of the last ``CACHE_SECONDS``, at most ``CACHE_ENTRIES`` of them (oldest dropped)."""

    def __init__(self) -> None:
        self._answers: dict[tuple[str, str], tuple[float, bytes]] = {}
        self._lock = threading.Lock()

    def get_or_fetch(self, key: tuple[str, str], fetch) -> bytes:
        now = time.monotonic()
        with self._lock:
            kept = self._answers.get(key)
            if kept is not None and now - kept[0] < CACHE_SECONDS:
                return kept[1]
        answer = fetch()
        with self._lock:
            self._answers[key] = (now, answer)
            while len(self._answers) > CACHE_ENTRIES:
                del self._answers[next(iter(self._answers))]
        return answer


@dataclass(frozen=True)
class RelayConfig:
    targets: tuple[str, ...]  # index in the relay path -> endpoint the query is forwarded to
    user_agent: str
    timeout_s: float
    row_limit: int


class ServiceRelay:
    """One relay server; ``url(i)`` is the IRI that stands for ``config.targets[i]`` in rewritten queries."""

    def __init__(self, config: RelayConfig) -> None:
        self.config = config
        self.token = secrets.token_urlsafe(16)
        # (target, query) of the latest calls that reached a target: for tests and debugging, bounded
        self.calls: deque[tuple[str, str]] = deque(maxlen=100)
        self._recent = RecentAnswers()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="newsld-service-relay", daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.port}/{self.token}/{index}"

    def target_for(self, path: str) -> str | None:
        token, _, index = path.strip("/").partition("/")
        if token != self.token or not index.isdigit() or int(index) >= len(self.config.targets):
            return None
        return self.config.targets[int(index)]

    def forward(self, target: str, query: str) -> bytes:
        """Run the SERVICE query at ``target``; the JSON results, or RemoteError.

        Oxigraph sends the same SERVICE pattern again for every row of a FILTER EXISTS or LATERAL; an answer
        of the last minute is reused rather than asked of Wikidata again.
        """
        return self._recent.get_or_fetch((target, query), lambda: self._fetch(target, query))

    def _fetch(self, target: str, query: str) -> bytes:
        self.calls.append((target, query))
        budget = RetryPolicy(
            attempts=3, first_delay_s=0.5, max_delay_s=self.config.timeout_s, budget_s=self.config.timeout_s
        )
        client = SparqlClient(target, self.config.user_agent, self.config.timeout_s, retry=budget)
        try:
            body = client.select_raw(query)
        except RemoteError as err:
            slow = "did not answer within" in err.message  # a pattern too broad for Wikidata's time limit, often
            raise RemoteError(f"{err.message}. {HINT}" if slow else err.message) from err
        rows = _row_count(body, target)
        if rows > self.config.row_limit:
            raise RemoteError(
                f"SERVICE <{target}> brought back {rows} rows, over the limit of {self.config.row_limit}. {HINT}"
            )
        return body

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _row_count(body: bytes, target: str) -> int:
    try:
        document = json.loads(body)
        return 0 if isinstance(document.get("boolean"), bool) else len(document["results"]["bindings"])
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise RemoteError(f"SERVICE <{target}> answered something that is not SPARQL JSON results") from err


def _posted_query(handler: BaseHTTPRequestHandler) -> str | None:
    """The query of a POST (sparql-query or form body); None when the body is over MAX_QUERY_BYTES."""
    length = int(handler.headers.get("Content-Length") or 0)
    if length > MAX_QUERY_BYTES:
        return None
    body = handler.rfile.read(length).decode("utf-8", errors="replace")
    if handler.headers.get_content_type() == "application/x-www-form-urlencoded":
        return parse_qs(body).get("query", [""])[0]
    return body


def _handler_for(relay: ServiceRelay) -> type[BaseHTTPRequestHandler]:
    class RelayHandler(BaseHTTPRequestHandler):
        server_version = "newsld-service-relay"

        def do_GET(self) -> None:
            target = self._target()
            if target is not None:
                self._relay(target, parse_qs(urlsplit(self.path).query).get("query", [""])[0])

        def do_POST(self) -> None:
            target = self._target()
            if target is None:
                return
            query = _posted_query(self)
            if query is None:
                self._send(413, "text/plain; charset=utf-8", b"SERVICE query too large\n")
                return
            self._relay(target, query)

        def _target(self) -> str | None:
            """The endpoint this path stands for; a 404 (body unread) for any path without the token."""
            target = relay.target_for(urlsplit(self.path).path)
            if target is None:
                self.close_connection = True
                self._send(404, "text/plain; charset=utf-8", b"no such relay route\n")
            return target

        def _relay(self, target: str, query: str) -> None:
            try:
                self._send(200, RESULTS_JSON, relay.forward(target, query))
            except RemoteError as err:
                self._send(502, "text/plain; charset=utf-8", f"{err.message}\n".encode())

        def _send(self, status: int, media_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Silent: the web layer logs requests; the relay's errors reach the client in the 502 body."""

    return RelayHandler


# One relay per process and configuration. Keyed by pid too: a forked worker inherits this dict but not
# the parent's server thread, and must not hand out a relay it does not run.
_RELAYS: dict[tuple[int, RelayConfig], ServiceRelay] = {}
_LOCK = threading.Lock()


def relay_config(settings: Settings, targets: tuple[str, ...]) -> RelayConfig:
    return RelayConfig(targets, settings.user_agent, settings.service_timeout_s, settings.service_row_limit)


def relay_for(config: RelayConfig) -> ServiceRelay:
    """The running relay of this process for ``config``, started on first use."""
    key = (os.getpid(), config)
    with _LOCK:
        relay = _RELAYS.get(key)
        if relay is None:
            relay = _RELAYS[key] = ServiceRelay(config)
        return relay


def close_relays() -> None:
    """Stop every relay of this process (tests; a server shutting down)."""
    with _LOCK:
        for (pid, _), relay in list(_RELAYS.items()):
            if pid == os.getpid():
                relay.close()
        _RELAYS.clear()
