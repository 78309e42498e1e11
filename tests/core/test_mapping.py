"""The mapper: a small annotation gives exactly the expected graph (compared as graphs, not strings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from newsld.annotation import parse_annotation
from newsld.article import load_article
from newsld.iris import Minter
from newsld.mapping import asserted_view, map_annotation

BASE = "http://news.test"
TEXT = "Emmanuel Macron a rencontré Olaf Scholz à Berlin en 2019. Paris soupçonne des livraisons."


def span(text: str, occurrence: int = 0) -> dict[str, object]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


@pytest.fixture
def article(tmp_path: Path):
    path = tmp_path / "macron-scholz.txt"
    path.write_text(" date 2019-05 " + TEXT, encoding="utf-8")
    return load_article(path)


@pytest.fixture
def annotation(article):
    first_sentence = {"start": 0, "end": TEXT.index(".") + 1}
    second_sentence = {"start": TEXT.index("Paris"), "end": len(TEXT)}
    return parse_annotation({
        "format": "newsld-annotation/1",
        "article": {"id": article.id, "language": "fr", "published": {"value": "2019-05", "precision": "month"},
                    "text_sha256": article.sha256},
        "annotator": {"kind": "curated"},
        "entities": [
            {"id": "local:emmanuel-macron", "label": "Emmanuel Macron", "type": "person",
             "unlinked_reason": "not among the verified identifiers"},
            {"id": "Q7747", "label": "Vladimir Poutine", "type": "person"},
            {"id": "Q30", "label": "États-Unis", "type": "country"},
        ],
        "mentions": [{"id": "m-macron", **span("Emmanuel Macron"), "entity": "local:emmanuel-macron",
                      "kind": "name"}],
        "times": [{"id": "t-2019", **span("en 2019"), "value": "2019", "precision": "year",
                   "rule": "explicit-year"}],
        "events": [
            {"id": "e-meeting", "type": "Meeting", "trigger": span("rencontré"), "evidence": first_sentence,
             "roles": [{"role": "agent", "entity": "local:emmanuel-macron"},
                       {"role": "participant", "entity": "Q7747"}],
             "time": "t-2019", "status": "occurred"},
            {"id": "e-deliveries", "type": "Delivery", "trigger": span("livraisons"), "evidence": second_sentence,
             "roles": [{"role": "participant", "entity": "Q7747"}], "status": "suspected",
             "according_to": ["Q30"]},
        ],
        "speech_acts": [],
    }, article)


EXPECTED_ASSERTED_EVENT = """
@prefix nld: <https://w3id.org/newsld/ontology#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix gaf: <http://groundedannotationframework.org/gaf#> .
<http://news.test/id/event/macron-scholz/e-meeting> a nld:Meeting ;
    wdt:P31 wd:Q2761147 ;
    nld:status nld:Occurred ;
    nld:agent <http://news.test/id/entity/macron-scholz/emmanuel-macron> ;
    nld:participant wd:Q7747 ;
    wdt:P710 <http://news.test/id/entity/macron-scholz/emmanuel-macron>, wd:Q7747 ;
    nld:time <http://news.test/id/time/macron-scholz/t-2019> ;
    wdt:P585 "2019"^^xsd:gYear ;
    gaf:denotedBy <http://news.test/id/article/macron-scholz#char=18,27> ;
    nld:sourceSentence <http://news.test/id/article/macron-scholz#char=0,57> .
"""


def test_event_is_written_in_our_terms_and_wikidata_s(article, annotation) -> None:
    dataset = map_annotation(article, annotation, Minter(BASE))
    graph = dataset.graph(Minter(BASE).asserted_graph(article.id))
    got = Graph()
    for triple in graph.triples((URIRef(f"{BASE}/id/event/macron-scholz/e-meeting"), None, None)):
        got.add(triple)
    expected = Graph().parse(data=EXPECTED_ASSERTED_EVENT, format="turtle")
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail(f"unexpected:\n{only_got.serialize(format='nt')}\nmissing:\n{only_expected.serialize(format='nt')}")


def test_unasserted_event_lives_in_its_own_graph(article, annotation) -> None:
    minter = Minter(BASE)
    dataset = map_annotation(article, annotation, minter)
    deliveries = f"{BASE}/id/event/macron-scholz/e-deliveries"
    view = asserted_view(dataset, minter, [article.id])
    assert not any(str(s) == deliveries for s in view.subjects())
    unasserted = dataset.graph(minter.unasserted_graph(article.id))
    assert any(str(s) == deliveries for s in unasserted.subjects())


def test_unlinked_entity_is_local_typed_and_marked(article, annotation) -> None:
    dataset = map_annotation(article, annotation, Minter(BASE))
    rows = list(dataset.query("""
        PREFIX nld: <https://w3id.org/newsld/ontology#>
        SELECT ?e ?reason WHERE { GRAPH ?g { ?e a nld:UnlinkedEntity ; nld:unlinkedReason ?reason } }"""))
    assert [str(e) for e, _ in rows] == [f"{BASE}/id/entity/macron-scholz/emmanuel-macron"]


def test_mentions_anchor_the_exact_text(article, annotation) -> None:
    dataset: Dataset = map_annotation(article, annotation, Minter(BASE))
    rows = list(dataset.query("""
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?b ?e ?anchor ?text WHERE { GRAPH ?g { ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;
            nif:referenceContext ?c . ?c nif:isString ?text } }"""))
    assert rows
    for begin, end, anchor, text in rows:
        assert str(text)[int(begin):int(end)] == str(anchor)


def test_same_annotation_same_graph(article, annotation) -> None:
    one = map_annotation(article, annotation, Minter(BASE)).serialize(format="nquads")
    two = map_annotation(article, annotation, Minter(BASE)).serialize(format="nquads")
    assert sorted(one.splitlines()) == sorted(two.splitlines())
