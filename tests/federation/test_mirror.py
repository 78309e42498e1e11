"""`newsld mirror`: a Wikidata stand-in that starts, answers like Wikidata, and stops with its server."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request

from newsld.federation.mirror import free_port


def ask(endpoint: str, query: str) -> dict:
    url = f"{endpoint}?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())


def test_the_mirror_answers_like_wikidata(mirror_endpoint):
    answer = ask(
        mirror_endpoint,
        "SELECT ?label WHERE { <http://www.wikidata.org/entity/Q7747> "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = 'fr') }",
    )
    assert [b["label"]["value"] for b in answer["results"]["bindings"]] == ["Vladimir Poutine"]


def test_run_mirror_serves_until_interrupted_then_stops_its_server():
    port = free_port()
    code = (
        "from newsld.settings import load_settings; from newsld.federation.mirror import run_mirror; "
        f"run_mirror(load_settings(env={{}}), '127.0.0.1', {port})"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        endpoint = re.search(r"serving at (\S+)", first).group(1)
        assert endpoint == f"http://127.0.0.1:{port}/query"
        assert ask(endpoint, "ASK { ?s ?p ?o }")["boolean"] is True
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            ask(endpoint, "ASK { ?s ?p ?o }")
        except OSError:
            return  # the oxigraph server went with it
        time.sleep(0.1)
    raise AssertionError("the mirror server still answers after `newsld mirror` stopped")
