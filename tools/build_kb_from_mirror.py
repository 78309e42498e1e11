"""Build src/newsld/data/kb.json by running src/newsld/data/kb.rq with rdflib over the Wikidata mirror.

    python tools/build_kb_from_mirror.py [--out src/newsld/data/kb.json]

The items are the verified identifiers of ids.tsv whose kind is person, place, country, organization,
position or event; their type comes from that kind. `newsld kb refresh` runs the same query against Wikidata.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rdflib import Graph

from newsld.extract.knowledge_base import kb_query, knowledge_base_from_bindings, verified_kinds
from newsld.resources import knowledge_base_file, wikidata_mirror_file

KINDS = {"person", "place", "country", "organization", "position", "event"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=knowledge_base_file())
    args = parser.parse_args()
    kinds = {q: k for q, k in verified_kinds().items() if k in KINDS}
    graph = Graph().parse(wikidata_mirror_file(), format="turtle")
    result = graph.query(kb_query(kinds))
    rows = [{str(var): str(row[var]) for var in result.vars if row[var] is not None} for row in result]
    provenance = {
        "endpoint": "src/newsld/data/wikidata/mirror.ttl (rdflib, offline mirror of Wikidata)",
        "retrieved": "mirror snapshot",
        "query": "src/newsld/data/kb.rq",
        "items": len(kinds),
    }
    document = knowledge_base_from_bindings(rows, provenance, kinds)
    args.out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(document['entities'])} entities")


if __name__ == "__main__":
    main()
