"""The query UI: the page a browser gets at ``/sparql`` (and ``/query``), working with no internet.

An editor prefilled from ``?query=`` (so a link holds its query), the named example queries of
``queries/*.rq`` with their title and description, and a small script of our own (``static/query.js``,
no CDN) that runs the query with ``fetch`` against ``/sparql``, draws the results as a table whose IRIs are
links, offers the downloads in each format (``format=`` links) and shows an error's body as it came.

The SPARQL blueprint serves ``/sparql``; for a browser it calls the view registered here as
``app.extensions["newsld.ui"]``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

from flask import Blueprint, Response, make_response, render_template, request

from newsld.errors import ConfigError
from newsld.resources import data_folder
from newsld.vocab import PREFIXES
from newsld.web import formats
from newsld.web.context import site_settings

blueprint = Blueprint("ui", __name__)

UI_EXTENSION = "newsld.ui"  # the key newsld.web.sparql looks the query page up under
HEADER_LINE = re.compile(r"^#\s*(?P<name>[A-Za-z_-]+)\s*:\s*(?P<value>.*?)\s*$")
DEFAULT_QUERY = """PREFIX nld: <https://w3id.org/newsld/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?label ?status WHERE {
  ?event nld:status ?status .
  OPTIONAL { ?event rdfs:label ?label }
}
LIMIT 100
"""


@dataclass(frozen=True)
class Example:
    name: str  # the file's stem
    title: str
    description: str
    query: str


def read_example(path: Path) -> Example:
    """An example query file: leading ``# title: ...`` and ``# description: ...`` lines, then the query."""
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = HEADER_LINE.match(line)
        if match:
            name = match["name"].lower()
            header[name] = f"{header[name]} {match['value']}" if name in header else match["value"]
    return Example(path.stem, header.get("title") or path.stem.replace("-", " "),
                   header.get("description", ""), text)


def load_examples(folder: Path) -> list[Example]:
    """Every ``*.rq`` of ``folder``, by file name; an unreadable one is skipped, not fatal to the page."""
    if not folder.is_dir():
        return []
    examples = []
    for path in sorted(folder.glob("*.rq")):
        try:
            examples.append(read_example(path))
        except (OSError, UnicodeDecodeError):
            continue
    return examples


def examples_folder() -> Path | None:
    """The named example queries: ``queries/`` of the checkout or the installed package."""
    try:
        return data_folder("queries")
    except ConfigError:
        return None


def bundled_examples() -> list[Example]:
    folder = examples_folder()
    return load_examples(folder) if folder is not None else []


def ui_url(query: str) -> str:
    """A link to the query UI holding ``query`` (what the page's "share" link is)."""
    return f"/sparql?query={quote(query, safe='')}" if query else "/sparql"


def download_formats() -> dict[str, list[dict[str, str]]]:
    return {
        kind: [{"key": f.key, "media_type": f.media_type, "extension": f.extension or f.key}
               for f in formats.formats_of(kind, html=False)]
        for kind in (formats.RESULTS, formats.GRAPH)
    }


def query_page() -> Response:
    """The query page; ``?query=`` prefills the editor (and ``?example=`` picks a named example)."""
    examples = bundled_examples()
    chosen = request.args.get("example")
    query = request.args.get("query")
    if query is None:
        picked = next((e for e in examples if e.name == chosen), None)
        query = picked.query if picked else (examples[0].query if examples else DEFAULT_QUERY)
    data = {"base": site_settings().base_iri, "endpoint": "/sparql", "examples": [asdict(e) for e in examples],
            "formats": download_formats(), "prefixes": PREFIXES, "autorun": bool(request.args.get("query"))}
    html = render_template("query.html", query=query, examples=examples, data=data, alternates=[],
                           query_link="/sparql", base=site_settings().base_iri, selected=chosen)
    response = make_response(html)
    response.content_type = "text/html; charset=utf-8"
    response.vary.add("Accept")
    return response


@blueprint.get("/query")
def query_alias() -> Response:
    return query_page()


@blueprint.record_once
def _register_hook(state) -> None:
    state.app.extensions[UI_EXTENSION] = query_page
