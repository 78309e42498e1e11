"""``/dumps/``: the files of the last build that passed validation, listed (HTML and JSON) and served.

Only the names of the build's dump set are served, so no path, however written, reaches another file.
Files go out through ``send_file(conditional=True)``: ``ETag``, ``Last-Modified``, ``Content-Length``,
``HEAD``, ``304`` on ``If-None-Match`` / ``If-Modified-Since``, and byte ranges (``206``, ``416``).
A ``.gz`` file is served as what it is (``application/gzip``), not as a compressed Turtle stream, so that
a download keeps its bytes and its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flask import Blueprint, Response, jsonify, request, send_file

from newsld.dumps import DUMP_FORMATS, MANIFEST, REPORT_TTL, REPORT_TXT, VOID_FILE, read_manifest
from newsld.errors import NotFound
from newsld.web.context import site_settings
from newsld.web.pages import page

blueprint = Blueprint("dumps", __name__)

GZIP = "application/gzip"
MAX_AGE_S = 300  # a new build can replace the dumps at any time; ETags make revalidation cheap


@dataclass(frozen=True)
class DumpFile:
    name: str
    media_type: str
    description: str


def _dump_table() -> dict[str, DumpFile]:
    table: dict[str, DumpFile] = {}
    for fmt in DUMP_FORMATS:
        table[fmt.name] = DumpFile(fmt.name, fmt.media_type, fmt.description)
        table[fmt.name + ".gz"] = DumpFile(fmt.name + ".gz", GZIP, fmt.description + ", gzip-compressed")
    for name, media_type, description in (
        (VOID_FILE, "text/turtle", "VoID and DCAT description of the dataset, as built"),
        (REPORT_TTL, "text/turtle", "SHACL validation report of the build, Turtle"),
        (REPORT_TXT, "text/plain", "SHACL validation report of the build, text"),
        (MANIFEST, "application/json", "The build: when, from which articles, file sizes and SHA-256"),
    ):
        table[name] = DumpFile(name, media_type, description)
    return table


# Every file /dumps/ may serve: the build's dump set, and nothing else.
DUMP_FILES = _dump_table()


def _folder() -> Path:
    return site_settings().dumps_dir


def present() -> list[tuple[DumpFile, Path]]:
    folder = _folder()
    return [(dump, folder / name) for name, dump in DUMP_FILES.items() if (folder / name).is_file()]


def listing() -> dict[str, object]:
    manifest = read_manifest(_folder()) or {}
    recorded = manifest.get("files", {}) if isinstance(manifest.get("files"), dict) else {}
    files = []
    for dump, path in present():
        stat = path.stat()
        facts = recorded.get(dump.name, {})
        files.append({
            "name": dump.name, "url": f"{site_settings().base_iri}/dumps/{dump.name}",
            "media_type": dump.media_type, "description": dump.description, "bytes": stat.st_size,
            "modified": datetime.fromtimestamp(stat.st_mtime, UTC).replace(microsecond=0).isoformat(),
            "triples": facts.get("triples"), "sha256": facts.get("sha256"),
        })
    build = {k: manifest[k] for k in ("built_at", "newsld_version", "conforms", "violations", "warnings",
                                      "articles") if k in manifest}
    return {"build": build, "files": files}


def human_size(size: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def _listing_json() -> Response:
    return jsonify(listing())


def _listing_html() -> Response:
    return page("dumps.html", listing=listing(), human_size=human_size)


@blueprint.get("/dumps/")
def index() -> Response:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"], default="text/html")
    response = _listing_json() if best == "application/json" else _listing_html()
    response.vary.add("Accept")
    return response


@blueprint.get("/dumps/index.json")
def index_json() -> Response:
    return _listing_json()


@blueprint.get("/dumps/index.html")
def index_html() -> Response:
    return _listing_html()


@blueprint.get("/dumps/<name>")
def dump(name: str) -> Response:
    entry = DUMP_FILES.get(name)
    path = (_folder() / name).absolute() if entry else None  # send_file reads a relative path from the package
    if entry is None or path is None or not path.is_file():
        raise NotFound(f"no dump named {name!r}; the dumps are listed at /dumps/")
    response = send_file(path, mimetype=entry.media_type, conditional=True, etag=True, max_age=MAX_AGE_S)
    response.headers["Accept-Ranges"] = "bytes"
    return response
