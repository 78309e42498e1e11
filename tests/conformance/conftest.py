"""The conformance harness: the real site, built from the bundled article, attacked from outside.

One session fixture builds the bundled article with ``newsld build`` (base IRI = the server's own address,
so every minted IRI dereferences on it) and serves it with ``python -m newsld.web.server`` on a free
loopback port; the tests talk to it only over sockets (raw sockets, ``http.client``, ``requests``,
SPARQLWrapper), as a SPARQL client, a crawler and a hostile client would.
"""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

TIMEOUT_S = 4.0  # the site's query time limit here: a runaway query is stopped quickly
ROW_LIMIT = 5000  # above the bundled graph's size: only deliberate cross joins are cut
HOST = "127.0.0.1"


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    @property
    def media_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass
class Site:
    port: int
    data_dir: Path
    process: subprocess.Popen

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def endpoint(self) -> str:
        return self.base + "/sparql"

    def request(self, method: str, target: str, body: bytes | None = None, headers: dict | None = None,
                timeout: float = 30) -> Reply:
        """One request on a fresh connection; ``target`` is a path (with its query string), sent as is."""
        connection = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        try:
            connection.request(method, target, body=body, headers=headers or {})
            response = connection.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            connection.close()

    def get(self, target: str, accept: str | None = None, **headers: str) -> Reply:
        if accept is not None:
            headers["Accept"] = accept
        return self.request("GET", target, headers=headers)

    def query(self, query: str, accept: str | None = None, **params: str) -> Reply:
        """GET /sparql?query=..."""
        return self.get("/sparql?" + urllib.parse.urlencode({"query": query, **params}), accept)

    def post_form(self, fields: list[tuple[str, str]], accept: str | None = None,
                  content_type: str = "application/x-www-form-urlencoded") -> Reply:
        headers = {"Content-Type": content_type}
        if accept is not None:
            headers["Accept"] = accept
        return self.request("POST", "/sparql", urllib.parse.urlencode(fields).encode(), headers)

    def post_query(self, query: str | bytes, accept: str | None = None,
                   content_type: str = "application/sparql-query", target: str = "/sparql") -> Reply:
        body = query.encode("utf-8") if isinstance(query, str) else query
        headers = {"Content-Type": content_type}
        if accept is not None:
            headers["Accept"] = accept
        return self.request("POST", target, body, headers)

    def raw(self, data: bytes, timeout: float = 10) -> bytes:
        """Bytes on a socket, and everything the server sends back until it closes (or the timeout)."""
        with socket.create_connection((HOST, self.port), timeout=timeout) as sock:
            sock.sendall(data)
            return read_all(sock)

    def alive(self) -> bool:
        return self.query("ASK {}", "application/sparql-results+json").status == 200

    def worker_pids(self) -> set[int]:
        """The query workers under the server's process tree (from /proc: a worker that died is gone)."""
        found, todo = set(), [self.process.pid]
        while todo:
            pid = todo.pop()
            try:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
                command = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            todo += [int(child) for child in children]
            if b"newsld.store.worker" in command:
                found.add(pid)
        return found


def read_all(sock: socket.socket) -> bytes:
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return received


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def newsld_command() -> list[str]:
    found = shutil.which("newsld", path=str(Path(sys.executable).parent)) or shutil.which("newsld")
    return [found] if found else [sys.executable, "-c", "import sys; from newsld.cli import main; sys.exit(main())"]


def build(data_dir: Path, base: str) -> None:
    done = subprocess.run([*newsld_command(), "build", f"--data-dir={data_dir}", f"--base-iri={base}"],
                          capture_output=True, text=True, timeout=300, env=_env())
    if done.returncode != 0:
        raise RuntimeError(f"newsld build failed ({done.returncode}): {done.stderr}")


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("NEWSLD_")}


def serve(data_dir: Path, port: int) -> subprocess.Popen:
    options = [f"--data-dir={data_dir}", f"--port={port}", f"--host={HOST}", f"--base-iri=http://{HOST}:{port}",
               "--workers=2", f"--query-timeout-s={TIMEOUT_S}", "--query-memory-mb=256",
               f"--result-row-limit={ROW_LIMIT}", "--service-allowlist="]
    return subprocess.Popen([sys.executable, "-m", "newsld.web.server", *options], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(site: Site) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if site.process.poll() is not None:
            raise RuntimeError(f"the server stopped: {site.process.stderr.read().decode()}")
        try:
            if site.alive():
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not answer within 60 s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.stderr.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    port = free_port()
    data_dir = tmp_path_factory.mktemp("conformance-data")
    build(data_dir, f"http://{HOST}:{port}")
    running = Site(port, data_dir, serve(data_dir, port))
    try:
        wait_until_up(running)
        yield running
    finally:
        stop(running.process)
