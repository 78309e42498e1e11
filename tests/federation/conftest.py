"""Fixtures for the federation tests: a real Wikidata mirror (oxigraph serve) and loopback listeners."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from newsld.federation.mirror import start_mirror
from newsld.resources import wikidata_mirror_file


@pytest.fixture(scope="session")
def mirror_endpoint() -> Iterator[str]:
    """A real SPARQL server on loopback standing for Wikidata, loaded with the bundled mirror."""
    with start_mirror(wikidata_mirror_file()) as endpoint:
        yield endpoint


@pytest.fixture
def mirror_settings(make_settings, mirror_endpoint):
    """Settings whose Wikidata endpoint is the mirror, with short time limits."""
    return make_settings(wikidata_endpoint=mirror_endpoint, service_timeout_s=5.0)


@dataclass
class Listener:
    """A TCP listener on loopback that counts the connections made to it (and answers none)."""

    sock: socket.socket
    connections: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    def accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue  # wake up now and then to see whether the test is over
            except OSError:
                return
            self.connections += 1
            conn.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    sock.settimeout(0.05)
    found = Listener(sock)
    thread = threading.Thread(target=found.accept_loop, daemon=True)
    thread.start()
    yield found
    found._stop.set()
    thread.join(timeout=2)
    sock.close()


class ScriptedProxy:
    """A real HTTP server on loopback in front of the mirror: answers each request per ``script``, then proxies.

    ``script`` is a list of (status, headers) answered to the first requests in turn (e.g. 429 with
    Retry-After); once it is used up, requests are forwarded to the mirror unchanged. Every request's
    User-Agent is recorded.
    """

    def __init__(self, upstream: str, script: list[tuple[int, dict[str, str]]] | None = None) -> None:
        import http.server
        import urllib.request

        self.upstream = upstream
        self.script = list(script or [])
        self.user_agents: list[str] = []
        self.answered: list[int] = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                proxy.user_agents.append(self.headers.get("User-Agent", ""))
                if proxy.script:
                    status, headers = proxy.script.pop(0)
                    self._answer(status, headers, b"try again later\n")
                    return
                request = urllib.request.Request(
                    proxy.upstream,
                    data=body,
                    method="POST",
                    headers={k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")},
                )
                with urllib.request.urlopen(request, timeout=10) as response:
                    payload = response.read()
                    self._answer(response.status, {"Content-Type": response.headers["Content-Type"]}, payload)

            def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
                proxy.answered.append(status)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/sparql"

    @property
    def requests(self) -> int:
        return len(self.answered)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted_proxy(mirror_endpoint) -> Iterator:
    """A factory of ScriptedProxy in front of the mirror, all closed after the test."""
    made: list[ScriptedProxy] = []

    def make(script: list[tuple[int, dict[str, str]]] | None = None) -> ScriptedProxy:
        made.append(ScriptedProxy(mirror_endpoint, script))
        return made[-1]

    yield make
    for proxy in made:
        proxy.close()


@pytest.fixture
def store_copy(published_settings, tmp_path):
    """Settings over a private copy of the published store (so enrichment can write beside it)."""
    import shutil

    data_dir = tmp_path / "data"
    shutil.copytree(published_settings.store_dir, data_dir / "store")
    return published_settings.replace(data_dir=data_dir, workers=1)
