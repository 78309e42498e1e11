"""The query UI at /sparql for browsers: examples, prefilled editor, download formats, no CDN."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from newsld.web.ui import load_examples

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def ui_data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="ui-data">(.*?)</script>', html, re.S)[1])


def test_examples_are_read_with_title_and_description(tmp_path):
    (tmp_path / "b-meetings.rq").write_text("# title: Meetings\n# description: Who met whom,\n"
                                            "# description: and when.\nSELECT * WHERE { ?s ?p ?o }\n")
    (tmp_path / "a-plain.rq").write_text("SELECT ?s WHERE { ?s ?p ?o }\n")
    (tmp_path / "notes.txt").write_text("not a query")
    examples = load_examples(tmp_path)
    assert [e.name for e in examples] == ["a-plain", "b-meetings"]
    assert examples[1].title == "Meetings" and examples[1].description == "Who met whom, and when."
    assert examples[0].title == "a plain" and examples[0].query.startswith("SELECT")
    assert load_examples(tmp_path / "missing") == []


def test_browsers_get_the_query_page_at_sparql(client):
    response = client.get("/sparql", headers={"Accept": BROWSER})
    html = response.data.decode()
    assert response.status_code == 200 and response.content_type.startswith("text/html")
    assert '<textarea id="query" name="query"' in html
    assert "/assets/query.js" in html
    data = ui_data(html)
    assert data["endpoint"] == "/sparql"
    assert [f["key"] for f in data["formats"]["results"]] == ["json", "xml", "csv", "tsv"]
    assert {"turtle", "ntriples", "jsonld"} <= {f["key"] for f in data["formats"]["graph"]}


def test_a_shared_link_prefills_the_editor(client):
    query = 'SELECT ?x WHERE { ?x ?p "<b>&" }'
    html = client.get(f"/sparql?query={quote(query)}", headers={"Accept": BROWSER}).data.decode()
    assert "SELECT ?x WHERE { ?x ?p &#34;&lt;b&gt;&amp;&#34; }" in html or \
        "SELECT ?x WHERE { ?x ?p &quot;&lt;b&gt;&amp;&quot; }" in html
    assert ui_data(html)["autorun"] is True


def test_machines_still_get_results_from_the_same_url(client):
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.content_type.startswith("text/turtle")  # the service description, not the page


def test_the_script_is_served_and_calls_nothing_outside(client):
    script = client.get("/assets/query.js")
    assert script.status_code == 200
    assert not re.search(r"https?://(?!www\.wikidata\.org/entity/)", script.data.decode())
    assert client.get("/assets/site.css").status_code == 200
