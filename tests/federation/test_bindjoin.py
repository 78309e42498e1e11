"""Bind joins: SERVICE patterns narrowed with the values our graph has, with the same answers."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from newsld.federation.bindjoin import bind_service_inputs
from newsld.federation.relay import relay_config, relay_for
from newsld.federation.service import authorize_services, service_targets
from newsld.resources import data_folder
from newsld.store import EmbeddedStore

WIKIDATA = "https://query.wikidata.org/sparql"
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
EX = "http://example.org/"


def local_runner(store: ox.Store):
    def run_local(query: str) -> dict:
        return json.loads(store.query(query).serialize(format=ox.QueryResultsFormat.JSON))

    return run_local


def forwarded(settings) -> list[str]:
    """The SERVICE queries the relay of ``settings`` forwarded, oldest first."""
    return [query for _, query in relay_for(relay_config(settings, tuple(service_targets(settings).values()))).calls]


def solutions(store: ox.Store, query: str) -> list[tuple]:
    """The rows, each cell as text; GROUP_CONCAT lists sorted (their order is not defined)."""
    result = store.query(query)
    names = [v.value for v in result.variables]
    return sorted(tuple(_cell(row[n]) for n in names) for row in result)


def _cell(term) -> str | None:
    if term is None:
        return None
    text = getattr(term, "value", str(term))
    for separator in (", ", " ; "):
        text = separator.join(sorted(text.split(separator)))
    return text


@pytest.fixture
def small_store() -> ox.Store:
    store = ox.Store()
    for subject, prop, value in [
        ("m1", "P710", "Q7747"),
        ("m1", "P710", "Q56226"),
        ("m2", "P710", "Q7747"),
        ("m2", "P710", "Q10665"),
    ]:
        store.add(ox.Quad(ox.NamedNode(EX + subject), ox.NamedNode(WDT + prop), ox.NamedNode(WD + value)))
    store.add(
        ox.Quad(ox.NamedNode(EX + "m1"), ox.NamedNode(EX + "note"), ox.Literal('a "quoted"\nnote', language="fr"))
    )
    return store


@pytest.mark.parametrize("path", sorted(data_folder("queries").glob("*.rq")), ids=lambda p: p.stem)
def test_examples_give_the_same_rows_narrowed_and_ask_wikidata_only_for_our_entities(
    path, published_settings, mirror_endpoint
):
    settings = published_settings.replace(wikidata_endpoint=mirror_endpoint, service_row_limit=10000)
    store = EmbeddedStore(settings.store_dir).open_reader()
    authorized = authorize_services(path.read_text(encoding="utf-8"), settings)
    narrowed = bind_service_inputs(authorized, local_runner(store))
    expected = solutions(store, authorized)
    assert solutions(store, narrowed) == expected  # run last: the relay's latest calls are the narrowed ones
    if "SERVICE" in authorized:
        assert narrowed != authorized
        sent = forwarded(settings)[-authorized.count("SERVICE <") :]
        assert all("VALUES" in query for query in sent), sent


def test_narrowing_is_what_makes_a_broad_pattern_fit_the_row_bound(published_settings, mirror_endpoint):
    """Against the real Wikidata an open pattern brings back millions of rows; the mirror, with a bound of 5."""
    settings = published_settings.replace(wikidata_endpoint=mirror_endpoint, service_row_limit=5)
    store = EmbeddedStore(settings.store_dir).open_reader()
    query = (data_folder("queries") / "putin-met-birth-dates.rq").read_text(encoding="utf-8")
    authorized = authorize_services(query, settings)
    with pytest.raises(OSError, match="over the limit of 5"):
        list(store.query(authorized))
    rows = solutions(store, bind_service_inputs(authorized, local_runner(store)))
    assert [row[0] for row in rows] == [WD + "Q10665", WD + "Q56226"]


def test_values_written_into_the_pattern(small_store, make_settings, mirror_endpoint):
    settings = make_settings(wikidata_endpoint=mirror_endpoint)
    query = f"""SELECT ?p ?b WHERE {{ <{EX}m1> <{WDT}P710> ?p .
        SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} FILTER(YEAR(?b) > 1900) }}"""
    narrowed = bind_service_inputs(authorize_services(query, settings), local_runner(small_store))
    assert f"VALUES (?p) {{ (<{WD}Q56226>) (<{WD}Q7747>) }}" in narrowed
    assert len(solutions(small_store, narrowed)) == 2


@pytest.mark.parametrize(
    "body",
    [
        # MINUS could remove local rows that the SERVICE's variables would have saved
        "?m <{WDT}P710> ?p . SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} MINUS {{ ?m <{WDT}P710> ?b }}",
        # an OPTIONAL bringing in ?q that a later element uses
        "?m <{WDT}P710> ?p . SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} OPTIONAL {{ ?p <{EX}x> ?q }} ?q <{EX}y> ?p",
        # the shared variable only comes from a nested group, not from the group's own triples
        "{{ ?m <{WDT}P710> ?p }} SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }}",
        # inside GRAPH the active graph differs: left alone
        "GRAPH ?g {{ ?m <{WDT}P710> ?p . SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} }}",
    ],
)
def test_left_alone_when_narrowing_could_change_the_answer(body, small_store, make_settings, mirror_endpoint):
    settings = make_settings(wikidata_endpoint=mirror_endpoint)
    query = "SELECT * WHERE { " + body.format(WDT=WDT, WIKIDATA=WIKIDATA, EX=EX) + " }"
    authorized = authorize_services(query, settings)
    assert bind_service_inputs(authorized, local_runner(small_store)) == authorized


def test_nothing_local_means_nothing_asked(small_store, make_settings, mirror_endpoint):
    settings = make_settings(wikidata_endpoint=mirror_endpoint)
    query = f"SELECT * WHERE {{ ?m <{EX}absent> ?p . SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} }}"
    narrowed = bind_service_inputs(authorize_services(query, settings), local_runner(small_store))
    assert "VALUES (?p) { }" in narrowed
    assert solutions(small_store, narrowed) == []


def test_too_many_local_rows_are_not_sent(small_store, make_settings, mirror_endpoint):
    settings = make_settings(wikidata_endpoint=mirror_endpoint)
    query = f"SELECT * WHERE {{ ?m <{WDT}P710> ?p . SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} }}"
    authorized = authorize_services(query, settings)
    assert bind_service_inputs(authorized, local_runner(small_store), max_rows=2) == authorized
    assert "VALUES" in bind_service_inputs(authorized, local_runner(small_store), max_rows=3)


def test_literals_are_written_exactly_and_from_clauses_kept(small_store, make_settings, mirror_endpoint):
    settings = make_settings(wikidata_endpoint=mirror_endpoint)
    seen: list[str] = []
    runner = local_runner(small_store)

    def run_local(query: str) -> dict:
        seen.append(query)
        return runner(query.replace(f"FROM <{EX}g>", ""))  # the small store has only a default graph

    query = f"""PREFIX ex: <{EX}> SELECT * FROM <{EX}g> WHERE {{ ?m ex:note ?n .
        SERVICE <{WIKIDATA}> {{ ?x <{EX}says> ?n }} }}"""
    narrowed = bind_service_inputs(authorize_services(query, settings), run_local)
    assert seen[0].startswith(f"PREFIX ex: <{EX}>") and "SELECT DISTINCT ?n\n" in seen[0]
    assert f"FROM <{EX}g>" in seen[0]
    assert 'VALUES (?n) { ("a \\"quoted\\"\\nnote"@fr) }' in narrowed
    small_store.query(narrowed)  # still a valid query


def test_worker_runner_runs_the_local_part_in_the_endpoint_workers(published_settings, mirror_endpoint):
    from newsld.federation.bindjoin import worker_runner
    from newsld.store import QueryRequest, QueryService

    settings = published_settings.replace(wikidata_endpoint=mirror_endpoint, workers=1)
    query = (data_folder("queries") / "father-of-the-leader.rq").read_text(encoding="utf-8")
    with QueryService.from_settings(settings) as queries:
        narrowed = bind_service_inputs(authorize_services(query, settings), worker_runner(queries))
        answer = queries.run(QueryRequest(narrowed, "json", None))
    assert "VALUES (?father ?leader)" in narrowed
    rows = json.loads(answer.body)["results"]["bindings"]
    assert [(r["fatherName"]["value"], r["leaderName"]["value"]) for r in rows] == [("Kim Jong-il", "Kim Jong-un")]


def test_a_local_part_that_does_not_run_leaves_the_query_as_written(small_store, make_settings, mirror_endpoint):
    from newsld.errors import QueryError

    def failing(query: str) -> dict:
        raise QueryError("SPARQL syntax error: made up")

    settings = make_settings(wikidata_endpoint=mirror_endpoint)
    query = f"SELECT * WHERE {{ ?m <{WDT}P710> ?p . SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} }}"
    authorized = authorize_services(query, settings)
    assert bind_service_inputs(authorized, failing) == authorized


def test_the_local_run_never_calls_out(small_store, make_settings, mirror_endpoint):
    seen: list[str] = []
    runner = local_runner(small_store)

    def run_local(query: str) -> dict:
        seen.append(query)
        return runner(query)

    settings = make_settings(wikidata_endpoint=mirror_endpoint)
    query = f"""SELECT * WHERE {{ ?m <{WDT}P710> ?p .
        OPTIONAL {{ SERVICE <{WIKIDATA}> {{ ?p <{WDT}P27> ?c }} }}
        SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} }}"""
    narrowed = bind_service_inputs(authorize_services(query, settings), run_local)
    assert narrowed.count("VALUES (?p)") == 2
    assert seen and all("SERVICE" not in q for q in seen)
    nested = f"""SELECT * WHERE {{ ?m <{WDT}P710> ?p . {{ SERVICE <{WIKIDATA}> {{ ?p <{WDT}P27> ?c }} }}
        SERVICE <{WIKIDATA}> {{ ?p <{WDT}P569> ?b }} }}"""
    seen.clear()
    authorized = authorize_services(nested, settings)
    # the outer group would have to run the nested SERVICE locally, and the nested group has no triples
    assert bind_service_inputs(authorized, run_local) == authorized
    assert seen == []
