"""``newsld enrich``: Wikidata facts about the linked entities, kept in a named graph of their own.

Where it lives: ``{data_dir}/enrichment.nq``, one N-Quads file holding the graph
``{base}/id/graph/wikidata-enrichment``. It survives rebuilds because the build does not write it; the build
reads it (``load_enrichment``) and publishes it with every build, validated like the rest. Enrichment never
blocks a build: without the file, the build simply has no enrichment graph.

What it holds: the facts listed in ``enrichment.rq`` with Wikidata's own predicates (``rdfs:label``,
``schema:description``, ``wdt:P569``, ...), so a SERVICE pattern can be answered from it with no network
(``service.OFFLINE``), and PROV provenance per batch::

    <graph#batch-20260101T120000Z-1> a prov:Activity ;
        prov:startedAtTime ... ; prov:endedAtTime ... ;
        prov:used <endpoint>, <graph#batch-20260101T120000Z-1-query> .
    <graph#batch-...-query> a prov:Plan ; prov:value "SELECT ... VALUES ?item { ... }" .
    <graph#facts-Q7747> a prov:Entity ; schema:about wd:Q7747 ;
        prov:wasGeneratedBy <graph#batch-...> ; prov:generatedAtTime ... .

The ``facts-Q…`` records make it incremental: an entity is fetched again only when it has no record or its
record is older than ``enrichment_max_age_days``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD
from rdflib.term import Node

from newsld.errors import ConfigError, InputError, RemoteError, StoreError
from newsld.federation.client import SparqlClient
from newsld.federation.service import OFFLINE
from newsld.iris import Minter, is_qid
from newsld.settings import Settings
from newsld.store import EmbeddedStore
from newsld.vocab import SCHEMA, WD

ENRICHMENT_FILE = "enrichment.nq"
_HERE = Path(__file__).resolve().parent


@dataclass
class EnrichmentResult:
    """What one run did; ``path`` is the enrichment file, ``requests`` counts HTTP requests (retries too)."""

    path: Path
    entities: int = 0  # linked entities considered
    fetched: tuple[str, ...] = ()  # QIDs fetched in this run
    fresh: int = 0  # QIDs skipped because their facts are recent enough
    batches: int = 0
    requests: int = 0
    triples: int = 0  # triples in the enrichment graph after the run
    endpoint: str = ""

    def render(self) -> str:
        """A few lines for a person: what was fetched, what was already fresh, where it is kept."""
        lines = [
            f"enrichment from {self.endpoint}: {len(self.fetched)} entities fetched in {self.batches} batch(es) "
            f"({self.requests} HTTP request(s)), {self.fresh} already fresh, of {self.entities} linked entities",
            f"enrichment graph: {self.triples} triples in {self.path}",
        ]
        if self.fetched:
            lines.append("run `newsld build` to publish it (every build adds the enrichment graph)")
        return "\n".join(lines)


def enrichment_path(settings: Settings) -> Path:
    return settings.data_dir / ENRICHMENT_FILE


def enrichment_query_template() -> str:
    return (_HERE / "enrichment.rq").read_text(encoding="utf-8")


def enrichment_query(qids: Sequence[str]) -> str:
    """``enrichment.rq`` with a trailing VALUES clause binding ?item to the (checked) QIDs."""
    bad = [q for q in qids if not is_qid(q)]
    if bad:
        raise InputError(f"not Wikidata item ids: {', '.join(bad)}")
    items = " ".join(f"<{WD[q]}>" for q in qids)
    return f"{enrichment_query_template().rstrip()}\nVALUES ?item {{ {items} }}\n"


def enrich(
    settings: Settings,
    qids: Iterable[str] | None = None,
    *,
    client: SparqlClient | None = None,
    now: datetime | None = None,
) -> EnrichmentResult:
    """Fetch the facts of every linked entity (or of ``qids``) that are missing or stale; save after each batch.

    Raises RemoteError when Wikidata fails for good (after retries); what was fetched before is kept.
    """
    client = client or SparqlClient.for_settings(require_online(settings))
    now = now or datetime.now(UTC)
    graph = load_enrichment(settings) or Graph(identifier=Minter(settings.base_iri).enrichment_graph())
    wanted = sorted(set(qids) if qids is not None else linked_entities(settings), key=_qid_number)
    stale = [q for q in wanted if not _is_fresh(graph, q, now, settings.enrichment_max_age_days)]
    result = EnrichmentResult(
        enrichment_path(settings), len(wanted), fresh=len(wanted) - len(stale), endpoint=client.endpoint
    )
    size = max(1, settings.enrichment_batch_size)
    run = f"batch-{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"  # two runs in one second stay apart
    try:
        for number, start in enumerate(range(0, len(stale), size), 1):
            batch = stale[start : start + size]
            _fetch_batch(graph, batch, client, f"{run}-{number}")
            save_enrichment(settings, graph)
            result.fetched += tuple(batch)
            result.batches += 1
    except RemoteError as err:
        raise RemoteError(
            f"{err.message} -- enrichment stopped after {len(result.fetched)} of {len(stale)} "
            f"entities (kept in {result.path}); run `newsld enrich` again to continue"
        ) from err
    finally:
        result.requests = client.requests_made
        result.triples = len(graph)
    return result


def require_online(settings: Settings) -> Settings:
    if settings.wikidata_endpoint == OFFLINE:
        raise ConfigError(
            'wikidata_endpoint is "offline": set NEWSLD_WIKIDATA_ENDPOINT to Wikidata or a mirror (newsld mirror)'
        )
    return settings


def linked_entities(settings: Settings) -> list[str]:
    """The QIDs of the Wikidata items the published articles name."""
    query = (_HERE / "linked_entities.rq").read_text(encoding="utf-8")
    enrichment = Minter(settings.base_iri).enrichment_graph()
    rows = EmbeddedStore(settings.store_dir).select(query, {"enrichment": enrichment})
    return [str(row["entity"]).removeprefix(str(WD)) for row in rows]


def load_enrichment(settings: Settings) -> Graph | None:
    """The enrichment graph from ``{data_dir}/enrichment.nq`` under the current base IRI; None if there is none.

    For the pipeline: every build adds it to the published dataset.
    """
    path = enrichment_path(settings)
    if not path.is_file():
        return None
    dataset = Dataset()
    try:
        dataset.parse(path, format="nquads")
    except (OSError, ValueError) as err:
        raise StoreError(f"{path}: cannot read the enrichment graph: {err}") from err
    target = Minter(settings.base_iri).enrichment_graph()
    graph = Graph(identifier=target)
    for s, p, o, g in dataset.quads((None, None, None, None)):
        rename = _renamer(str(g), str(target)) if g is not None else (lambda n: n)
        graph.add((rename(s), p, rename(o)))
    return graph


def save_enrichment(settings: Settings, graph: Graph) -> Path:
    """Write the enrichment graph as N-Quads, atomically (a reader never sees half a file)."""
    path = enrichment_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    dataset = Dataset()
    named = dataset.graph(graph.identifier)
    for triple in graph:
        named.add(triple)
    lines = sorted(dataset.serialize(format="nquads").splitlines())
    temporary = path.with_suffix(".nq.tmp")
    temporary.write_text("\n".join(line for line in lines if line) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return path


def fetched_at(graph: Graph, qid: str) -> datetime | None:
    """When the facts about ``qid`` were fetched, per its ``facts-Q…`` record."""
    value = graph.value(_record(graph, qid), PROV.generatedAtTime)
    return value.toPython() if isinstance(value, Literal) and isinstance(value.toPython(), datetime) else None


# -- one batch -------------------------------------------------------------------------------------------


def _fetch_batch(graph: Graph, qids: Sequence[str], client: SparqlClient, batch_name: str) -> None:
    query = enrichment_query(qids)
    started = datetime.now(UTC)
    rows = client.select(query).get("results", {}).get("bindings", [])
    ended = datetime.now(UTC)
    for qid in qids:
        _forget(graph, qid)
    _drop_unused_batches(graph)
    for row in rows:
        triple = _triple(row)
        if triple is not None:
            graph.add(triple)
    batch = URIRef(f"{graph.identifier}#{batch_name}")
    _add_provenance(graph, batch, client.endpoint, query, started, ended)
    for qid in qids:
        record = _record(graph, qid)
        graph.add((record, RDF.type, PROV.Entity))
        graph.add((record, SCHEMA.about, WD[qid]))
        graph.add((record, PROV.wasGeneratedBy, batch))
        graph.add((record, PROV.generatedAtTime, _timestamp(ended)))


def _add_provenance(graph: Graph, batch: URIRef, endpoint: str, query: str, started: datetime, ended: datetime) -> None:
    plan = URIRef(f"{batch}-query")
    graph.add((batch, RDF.type, PROV.Activity))
    graph.add((batch, RDFS.label, Literal("Wikidata enrichment batch (newsld enrich)", lang="en")))
    graph.add((batch, PROV.startedAtTime, _timestamp(started)))
    graph.add((batch, PROV.endedAtTime, _timestamp(ended)))
    graph.add((batch, PROV.used, URIRef(endpoint)))
    graph.add((batch, PROV.used, plan))
    graph.add((plan, RDF.type, PROV.Plan))
    graph.add((plan, PROV.value, Literal(query)))


def _forget(graph: Graph, qid: str) -> None:
    """Drop the old facts about ``qid`` (and its old record) before the new ones come in."""
    graph.remove((WD[qid], None, None))
    graph.remove((_record(graph, qid), None, None))


def _drop_unused_batches(graph: Graph) -> None:
    """A batch whose every entity was fetched again since no longer describes anything: drop its provenance."""
    used = set(graph.objects(None, PROV.wasGeneratedBy))
    for batch in set(graph.subjects(RDF.type, PROV.Activity)) - used:
        for plan in graph.objects(batch, PROV.used):
            if (plan, RDF.type, PROV.Plan) in graph:
                graph.remove((plan, None, None))
        graph.remove((batch, None, None))


def _triple(row: Mapping[str, Mapping[str, str]]) -> tuple[Node, Node, Node] | None:
    subject, prop, value = (_term(row.get(name)) for name in ("subject", "property", "value"))
    if not isinstance(subject, URIRef) or not isinstance(prop, URIRef) or value is None:
        return None  # blank nodes (Wikidata's "unknown value") carry nothing we can join on
    return subject, prop, value


_TERM_BUILDERS = {
    "uri": lambda b: URIRef(b["value"]),
    "literal": lambda b: Literal(
        b["value"], lang=b.get("xml:lang"), datatype=URIRef(b["datatype"]) if b.get("datatype") else None
    ),
    "typed-literal": lambda b: Literal(b["value"], datatype=URIRef(b["datatype"])),
}


def _term(binding: Mapping[str, str] | None) -> Node | None:
    if not binding or binding.get("type") not in _TERM_BUILDERS:
        return None
    return _TERM_BUILDERS[binding["type"]](binding)


def _record(graph: Graph, qid: str) -> URIRef:
    return URIRef(f"{graph.identifier}#facts-{qid}")


def _is_fresh(graph: Graph, qid: str, now: datetime, max_age_days: float) -> bool:
    when = fetched_at(graph, qid)
    return when is not None and now - when <= timedelta(days=max_age_days)


def _timestamp(moment: datetime) -> Literal:
    return Literal(
        moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"), datatype=XSD.dateTime
    )


def _qid_number(qid: str) -> int:
    return int(qid[1:]) if is_qid(qid) else -1


def _renamer(old_graph: str, new_graph: str):
    """Fragments of the graph IRI (batches, records) follow the graph when the base IRI changes."""
    if old_graph == new_graph:
        return lambda node: node
    prefix = f"{old_graph}#"

    def rename(node: Node) -> Node:
        if isinstance(node, URIRef) and str(node).startswith(prefix):
            return URIRef(f"{new_graph}#{str(node)[len(prefix) :]}")
        return node

    return rename
