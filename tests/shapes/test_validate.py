"""newsld.validate: the report value, datasets validated as the union of their graphs, and the bundled article."""

from __future__ import annotations

import dataclasses

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from newsld.validate import Report, shapes_graph, validate
from newsld.vocab import NIF, NLD

ARTICLE = URIRef("http://127.0.0.1:8080/id/article/example")
ASSERTED = URIRef("http://127.0.0.1:8080/id/graph/example")
UNASSERTED = URIRef("http://127.0.0.1:8080/id/graph/example/unasserted")
SUSPECTED = URIRef("http://127.0.0.1:8080/id/event/example/e-arms-delivery")


def split_into_graphs(graph: Graph) -> Dataset:
    """The example as the mapper lays it out: the suspected event in its own graph, the text elsewhere."""
    dataset = Dataset()
    asserted, unasserted = dataset.graph(ASSERTED), dataset.graph(UNASSERTED)
    for s, p, o in graph:
        (unasserted if s == SUSPECTED else asserted).add((s, p, o))
    return dataset


def test_a_dataset_is_validated_as_the_union_of_its_graphs(example):
    dataset = split_into_graphs(example)
    assert len(dataset.graph(UNASSERTED)) > 0 and (SUSPECTED, NLD.status, NLD.Suspected) in dataset.graph(UNASSERTED)

    report = validate(dataset)

    assert report.conforms, report.text
    assert (report.violations, report.warnings) == (0, 0)


def test_span_checks_see_the_article_text_in_another_graph(example, find_results):
    """The anchor check compares a span in one graph with the article text held in another."""
    span = URIRef(f"{ARTICLE}#char=131,141")  # the suspected delivery's trigger, moved with it below
    example.set((span, NIF.anchorOf, Literal("livraison")))
    dataset = split_into_graphs(example)
    unasserted = dataset.graph(UNASSERTED)
    for triple in list(dataset.graph(ASSERTED).triples((span, None, None))):
        dataset.graph(ASSERTED).remove(triple)
        unasserted.add(triple)

    report = validate(dataset)

    assert find_results(report, "nldsh:SpanShape", f"<{span}>", "nif:anchorOf")
    assert not report.conforms


def test_report_is_a_frozen_value_with_counts_and_words(break_example):
    graph = break_example(
        "DELETE { ev:e-meeting nld:status ?s } WHERE { ev:e-meeting nld:status ?s } ; "
        "DELETE { ev:e-meeting nld:time ?t ; nld:place ?p } WHERE { ev:e-meeting nld:time ?t ; nld:place ?p }"
    )

    report = validate(graph)

    assert isinstance(report, Report)
    assert (report.conforms, report.violations, report.warnings) == (False, 1, 1)
    lines = report.text.splitlines()
    assert lines[0] == "The graph does not conform: 1 violation(s), 1 warning(s)."
    assert lines[1] == (
        "Violation: <http://127.0.0.1:8080/id/event/example/e-meeting> nld:status: An event needs exactly one "
        "status, one of nld:Occurred, nld:Planned, nld:Proposed, nld:Suspected, nld:Hypothetical, nld:Negated."
    )
    assert lines[2].startswith("Warning: <http://127.0.0.1:8080/id/event/example/e-meeting> (node): The event has")
    assert len(lines) == 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = True  # type: ignore[misc]


def test_report_graph_is_the_shacl_report(break_example):
    report = validate(break_example("DELETE { ev:e-meeting nld:status ?s } WHERE { ev:e-meeting nld:status ?s }"))

    sh = "http://www.w3.org/ns/shacl#"
    assert (None, URIRef(sh + "conforms"), Literal(False)) in report.graph
    assert len(list(report.graph.subjects(URIRef(sh + "resultSeverity"), None))) == 1


def test_the_same_input_gives_the_same_text(break_example):
    update = (
        "DELETE { ?s nif:anchorOf ?a } WHERE { ?s nif:anchorOf ?a } ; "
        "DELETE { ?s nld:mentionKind ?k } WHERE { ?s nld:mentionKind ?k }"
    )
    first, second = validate(break_example(update)), validate(break_example(update))

    assert first.violations > 5
    assert first.text == second.text


def test_validation_leaves_the_data_untouched(example):
    before = Graph()
    for triple in example:
        before.add(triple)

    validate(example)

    assert isomorphic(before, example)


def test_shapes_are_parsed_once():
    assert shapes_graph() is shapes_graph()
    assert len(shapes_graph()) > 100


def test_bundled_article_conforms():
    """The curated annotation of the bundled article, mapped, passes the gate (warnings allowed)."""
    from newsld.annotation import curated_annotation_path, load_annotation
    from newsld.article import load_article
    from newsld.iris import Minter
    from newsld.mapping import map_annotation
    from newsld.resources import bundled_article

    article = load_article(bundled_article())
    annotation = load_annotation(curated_annotation_path(bundled_article()), article)
    dataset = map_annotation(article, annotation, Minter("http://127.0.0.1:8080"))

    report = validate(dataset)

    assert report.conforms, report.text
    assert report.violations == 0
