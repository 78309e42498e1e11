"""``newsld kb refresh``: rebuild the entity knowledge base that linking reads, from Wikidata or its mirror.

The query (``src/newsld/data/kb.rq``), its VALUES list and the turning of rows into the ``newsld-kb/1``
document belong to the extractor (``newsld.extract.knowledge_base``); this module runs the query against the
configured endpoint through :class:`~newsld.federation.client.SparqlClient` and writes the document with its
provenance (endpoint, time, query). The shipped ``kb.json`` is made by the same code from the mirror
(``build_shipped_knowledge_base``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from newsld.errors import ConfigError
from newsld.extract.knowledge_base import KIND_TO_TYPE, kb_query, knowledge_base_from_bindings, verified_kinds
from newsld.federation.client import SparqlClient
from newsld.federation.enrich import require_online
from newsld.federation.mirror import start_mirror
from newsld.resources import knowledge_base_file, wikidata_mirror_file
from newsld.settings import Settings

QUERY_NAME = "src/newsld/data/kb.rq"


def default_qids() -> list[str]:
    """Every verified item that linking can point to: the kinds of ids.tsv the extractor types (no classes)."""
    return [qid for qid, kind in verified_kinds().items() if kind in KIND_TO_TYPE]


def refresh_knowledge_base(
    settings: Settings,
    out: Path,
    qids: Iterable[str] | None = None,
    *,
    client: SparqlClient | None = None,
    endpoint_name: str | None = None,
) -> Path:
    """Query the configured Wikidata endpoint for ``qids`` (default: every linkable verified item); write ``out``.

    ``endpoint_name`` replaces the endpoint's URL in the provenance (for a mirror on a temporary port).
    """
    client = client or SparqlClient.for_settings(require_online(settings))
    items = sorted(set(qids if qids is not None else default_qids()), key=lambda q: (len(q), q))
    if not items:
        raise ConfigError("kb refresh: no QIDs to fetch")
    query = kb_query(items)
    response = client.select(query)
    rows = [{name: cell["value"] for name, cell in row.items()} for row in response["results"]["bindings"]]
    provenance = {
        "endpoint": endpoint_name or client.endpoint,
        "retrieved": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "query": QUERY_NAME,
        "query_text": query,
        "user_agent": client.user_agent,
        "items": len(items),
    }
    document = knowledge_base_from_bindings(rows, provenance, verified_kinds())
    return _write_json(out, document)


def build_shipped_knowledge_base(settings: Settings, out: Path | None = None) -> Path:
    """The shipped ``kb.json``, made by ``refresh_knowledge_base`` from the bundled mirror on loopback."""
    mirror = wikidata_mirror_file()
    with start_mirror(mirror) as endpoint:
        return refresh_knowledge_base(
            settings.replace(wikidata_endpoint=endpoint),
            out or knowledge_base_file(),
            endpoint_name=f"newsld mirror: src/newsld/data/wikidata/{mirror.name} served by oxigraph",
        )


def _write_json(out: Path, document: dict) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".tmp")
    temporary.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, out)
    return out
