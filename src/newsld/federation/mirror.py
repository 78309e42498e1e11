"""A local stand-in for Wikidata: ``oxigraph serve-read-only`` loaded with the Wikidata-shaped mirror.

Wikidata cannot be reached from the machines that build and test newsld; tests, demos and ``newsld mirror``
start a real SPARQL server on loopback instead (the ``oxigraph`` command from the PyPI package of that name)
and point ``NEWSLD_WIKIDATA_ENDPOINT`` at it.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsld.errors import ConfigError, RemoteError
from newsld.resources import wikidata_mirror_file
from newsld.settings import Settings

STARTUP_TIMEOUT_S = 30.0


def oxigraph_command() -> str:
    command = shutil.which("oxigraph")
    if command is None:
        raise ConfigError("the `oxigraph` command is missing: `pip install oxigraph` (a newsld dependency)")
    return command


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def load_mirror(mirror_ttl: Path, location: Path) -> None:
    """``oxigraph load``: the mirror file into an Oxigraph database folder."""
    done = subprocess.run(
        [oxigraph_command(), "load", "--location", str(location), "--file", str(mirror_ttl)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ConfigError(f"oxigraph load {mirror_ttl} failed: {done.stderr.strip()}")


def wait_until_answering(endpoint: str, process: subprocess.Popen, timeout_s: float = STARTUP_TIMEOUT_S) -> None:
    """Poll the endpoint with a tiny ASK until it answers, the process dies, or the time is up."""
    url = f"{endpoint}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RemoteError(f"the mirror server stopped at start (exit {process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise RemoteError(f"the mirror server at {endpoint} did not answer within {timeout_s:g} s")


def _serve(location: Path, host: str, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [oxigraph_command(), "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def start_mirror(mirror_ttl: Path | None = None, host: str = "127.0.0.1", port: int | None = None) -> Iterator[str]:
    """A running mirror for the duration of the block; yields its SPARQL endpoint URL (``.../query``)."""
    mirror_ttl = mirror_ttl or wikidata_mirror_file()
    with tempfile.TemporaryDirectory(prefix="newsld-mirror-") as folder:
        location = Path(folder) / "db"
        load_mirror(mirror_ttl, location)
        port = port or free_port(host)
        endpoint = f"http://{host}:{port}/query"
        process = _serve(location, host, port)
        try:
            wait_until_answering(endpoint, process)
            yield endpoint
        finally:
            _stop(process)


def run_mirror(settings: Settings, host: str = "127.0.0.1", port: int = 7878) -> None:
    """``newsld mirror``: serve the Wikidata mirror until interrupted, saying how to use it."""
    try:  # an interrupt may come at any point once the mirror is up, even while we still print
        with start_mirror(wikidata_mirror_file(), host, port) as endpoint:
            print(f"Wikidata mirror serving at {endpoint}", flush=True)
            print(f"Use it: NEWSLD_WIKIDATA_ENDPOINT={endpoint} newsld serve   "
                  "(or newsld enrich, newsld kb refresh)", flush=True)
            if settings.wikidata_endpoint != endpoint:
                print(f"(the current wikidata_endpoint is {settings.wikidata_endpoint})", flush=True)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        print("mirror stopped")
