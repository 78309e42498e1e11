"""Enrichment: complete for the bundled article, incremental, polite, and robust to 429 and 5xx."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV, RDFS, XSD

from newsld.errors import RemoteError
from newsld.federation.client import RetryPolicy, SparqlClient, retry_after_seconds
from newsld.federation.enrich import enrich, enrichment_path, linked_entities, load_enrichment
from newsld.iris import Minter

WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"


def fast_client(settings, url: str) -> SparqlClient:
    """The real client with short waits, so that retry tests take milliseconds, not seconds."""
    return SparqlClient.for_settings(settings, url, retry=RetryPolicy(attempts=3, first_delay_s=0.01, budget_s=5))


def test_enrichment_of_the_bundled_article_completes(store_copy, scripted_proxy):
    proxy = scripted_proxy()
    settings = store_copy.replace(wikidata_endpoint=proxy.url, enrichment_batch_size=10)
    linked = linked_entities(settings)
    assert {"Q7747", "Q56226", "Q10665", "Q159", "Q423", "Q959"} <= set(linked)

    result = enrich(settings)

    assert set(result.fetched) == set(linked) and result.fresh == 0
    assert result.batches == proxy.requests == -(-len(linked) // 10)  # one request per batch of 10
    assert all(ua == settings.user_agent for ua in proxy.user_agents)
    graph = load_enrichment(settings)
    assert graph.identifier == Minter(settings.base_iri).enrichment_graph()
    putin = URIRef(WD + "Q7747")
    assert graph.value(putin, URIRef(WDT + "P569")) == Literal("1952-10-07T00:00:00Z", datatype=XSD.dateTime)
    assert Literal("Vladimir Poutine", lang="fr") in set(graph.objects(putin, RDFS.label))
    # labels of the values too: the position Putin holds
    assert Literal("président de la fédération de Russie", lang="fr") in set(
        graph.objects(URIRef(WD + "Q218295"), RDFS.label)
    )


def test_every_batch_has_provenance(store_copy, scripted_proxy):
    proxy = scripted_proxy()
    settings = store_copy.replace(wikidata_endpoint=proxy.url, enrichment_batch_size=2)
    enrich(settings, ["Q7747", "Q56226", "Q159"])
    graph = load_enrichment(settings)
    batches = set(graph.subjects(RDF.type, PROV.Activity))
    assert len(batches) == 2
    for batch in batches:
        assert URIRef(proxy.url) in set(graph.objects(batch, PROV.used))
        assert graph.value(batch, PROV.startedAtTime).datatype == XSD.dateTime
        plans = [p for p in graph.objects(batch, PROV.used) if (p, None, PROV.Plan) in graph]
        query = str(graph.value(plans[0], PROV.value))
        assert query.rstrip().endswith("}") and "VALUES ?item" in query
    record = URIRef(f"{graph.identifier}#facts-Q7747")
    assert graph.value(record, URIRef("https://schema.org/about")) == URIRef(WD + "Q7747")
    assert graph.value(record, PROV.wasGeneratedBy) in batches


def test_second_run_fetches_nothing(store_copy, scripted_proxy):
    proxy = scripted_proxy()
    settings = store_copy.replace(wikidata_endpoint=proxy.url)
    first = enrich(settings)
    requests_after_first = proxy.requests
    size_after_first = first.triples

    second = enrich(settings)

    assert proxy.requests == requests_after_first  # not one more HTTP request
    assert second.fetched == () and second.fresh == first.entities and second.requests == 0
    assert second.triples == size_after_first


def test_only_new_or_stale_entities_are_fetched(store_copy, scripted_proxy):
    proxy = scripted_proxy()
    settings = store_copy.replace(wikidata_endpoint=proxy.url, enrichment_max_age_days=30)
    enrich(settings, ["Q7747", "Q56226"])
    assert enrich(settings, ["Q7747", "Q56226", "Q159"]).fetched == ("Q159",)
    later = datetime.now(UTC) + timedelta(days=31)
    refetched = enrich(settings, ["Q7747", "Q56226", "Q159"], now=later)
    assert set(refetched.fetched) == {"Q7747", "Q56226", "Q159"}
    graph = load_enrichment(settings)
    # a refetch replaces facts, it does not pile them up; superseded batches are dropped
    assert len(set(graph.objects(URIRef(WD + "Q7747"), URIRef(WDT + "P569")))) == 1
    assert len(set(graph.subjects(RDF.type, PROV.Activity))) == 1


def test_survives_429_with_retry_after_then_200(store_copy, scripted_proxy):
    proxy = scripted_proxy([(429, {"Retry-After": "1"})])
    settings = store_copy.replace(wikidata_endpoint=proxy.url)
    started = time.monotonic()
    result = enrich(settings, ["Q7747", "Q56226"])
    assert time.monotonic() - started >= 1.0  # Retry-After was honoured
    assert proxy.answered == [429, 200]
    assert result.fetched == ("Q7747", "Q56226") and result.requests == 2
    assert len(proxy.user_agents) == 2 and set(proxy.user_agents) == {settings.user_agent}


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_retries_5xx_with_backoff(store_copy, scripted_proxy, status):
    proxy = scripted_proxy([(status, {}), (status, {})])
    settings = store_copy.replace(wikidata_endpoint=proxy.url)
    result = enrich(settings, ["Q7747"], client=fast_client(settings, proxy.url))
    assert proxy.answered == [status, status, 200]
    assert result.fetched == ("Q7747",)


def test_gives_up_with_a_clear_error_and_keeps_what_it_has(store_copy, scripted_proxy):
    # the first batch succeeds (nothing scripted for it), then the endpoint fails for good
    proxy = scripted_proxy()
    settings = store_copy.replace(wikidata_endpoint=proxy.url, enrichment_batch_size=1)
    enrich(settings, ["Q7747"], client=fast_client(settings, proxy.url))
    proxy.script = [(503, {})] * 10
    with pytest.raises(RemoteError, match=r"answered HTTP 503.*stopped after 0 of 1 entities"):
        enrich(settings, ["Q7747", "Q56226"], client=fast_client(settings, proxy.url))
    graph = load_enrichment(settings)
    assert (URIRef(WD + "Q7747"), URIRef(WDT + "P569"), None) in graph  # kept


def test_no_retry_on_a_client_error(store_copy, scripted_proxy):
    proxy = scripted_proxy([(400, {})])
    settings = store_copy.replace(wikidata_endpoint=proxy.url)
    with pytest.raises(RemoteError, match="HTTP 400"):
        enrich(settings, ["Q7747"], client=fast_client(settings, proxy.url))
    assert proxy.requests == 1


def test_without_enrichment_the_build_has_none(make_settings):
    assert load_enrichment(make_settings()) is None


def test_enrichment_follows_the_base_iri(store_copy, scripted_proxy):
    proxy = scripted_proxy()
    settings = store_copy.replace(wikidata_endpoint=proxy.url)
    enrich(settings, ["Q7747"])
    moved = settings.replace(base_iri="https://news.example.org")
    graph = load_enrichment(moved)
    assert str(graph.identifier) == "https://news.example.org/id/graph/wikidata-enrichment"
    assert all(not str(s).startswith("http://127.0.0.1:8080") for s in graph.subjects())
    assert enrichment_path(moved) == enrichment_path(settings)


def test_retry_after_reads_seconds_and_dates():
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_refuses_offline_settings_and_bad_ids(store_copy, scripted_proxy):
    from newsld.errors import ConfigError, InputError

    with pytest.raises(ConfigError, match="offline"):
        enrich(store_copy.replace(wikidata_endpoint="offline"))
    proxy = scripted_proxy()
    with pytest.raises(InputError, match="not Wikidata item ids: Q7747x"):
        enrich(store_copy.replace(wikidata_endpoint=proxy.url), ["Q7747x"])
    assert proxy.requests == 0


def test_result_renders_for_a_person(store_copy, scripted_proxy):
    proxy = scripted_proxy()
    result = enrich(store_copy.replace(wikidata_endpoint=proxy.url), ["Q7747", "Q159"])
    text = result.render()
    assert f"enrichment from {proxy.url}: 2 entities fetched in 1 batch(es) (1 HTTP request(s))" in text
    assert str(result.path) in text and "newsld build" in text
