"""Every shape, and each important constraint in it, fires on a graph that breaks it and stays quiet on one
that keeps it.

The conforming example (examples/conforming.ttl) meets every shape with no warning. Each case below applies
one SPARQL Update to a copy of it and names the node shape, focus node and path that must report it; the
case fails if that exact result is missing, not merely if the graph conforms.
"""

from __future__ import annotations

import pytest
from rdflib import Namespace

from newsld.resources import ontology_file
from newsld.validate import shapes_graph, validate

SH = Namespace("http://www.w3.org/ns/shacl#")
ARTICLE = "http://127.0.0.1:8080/id/article/example"


def span(begin: int, end: int) -> str:
    return f"<{ARTICLE}#char={begin},{end}>"


def replace(subject: str, prop: str, new: str) -> str:
    """An update that replaces every value of ``subject prop`` with ``new``."""
    return f"DELETE {{ {subject} {prop} ?old }} INSERT {{ {subject} {prop} {new} }} WHERE {{ {subject} {prop} ?old }}"


def delete(subject: str, prop: str) -> str:
    # Not DELETE WHERE: rdflib's DELETE WHERE can leave values behind when its pattern joins several triples.
    return f"DELETE {{ {subject} {prop} ?old }} WHERE {{ {subject} {prop} ?old }}"


def insert(triples: str) -> str:
    return f"INSERT DATA {{ {triples} }}"


def steps(*updates: str) -> str:
    """Several updates applied in order."""
    return " ; ".join(updates)


# (case id, update, node shape, focus node, path or None)
VIOLATIONS = [
    # --- events: the Wikidata class
    ("event-without-wikidata-class", delete("ev:e-meeting", "wdt:P31"), "nldsh:EventShape", "ev:e-meeting", "wdt:P31"),
    (
        "event-with-two-wikidata-classes",
        insert("ev:e-meeting wdt:P31 wd:Q1656682 ."),
        "nldsh:EventShape",
        "ev:e-meeting",
        "wdt:P31",
    ),
    (
        "event-class-not-a-wikidata-item",
        replace("ev:e-meeting", "wdt:P31", "<http://example.org/Meeting>"),
        "nldsh:EventShape",
        "ev:e-meeting",
        "wdt:P31",
    ),
    (
        "event-class-disagrees-with-alignment",
        replace("ev:e-meeting", "wdt:P31", "wd:Q1656682"),
        "nldsh:EventShape",
        "ev:e-meeting",
        "wdt:P31",
    ),
    (
        "speech-act-class-disagrees-with-alignment",
        replace("ev:s-kim-victory", "wdt:P31", "wd:Q154168"),
        "nldsh:EventShape",
        "ev:s-kim-victory",
        "wdt:P31",
    ),
    # --- events: participants, status, evidence
    ("event-without-participant", delete("ev:e-meeting", "nld:participant"), "nldsh:EventShape", "ev:e-meeting", None),
    ("event-without-status", delete("ev:e-meeting", "nld:status"), "nldsh:EventShape", "ev:e-meeting", "nld:status"),
    (
        "event-with-two-statuses",
        insert("ev:e-meeting nld:status nld:Planned ."),
        "nldsh:EventShape",
        "ev:e-meeting",
        "nld:status",
    ),
    (
        "event-with-unknown-status",
        replace("ev:e-meeting", "nld:status", "nld:Rumoured"),
        "nldsh:EventShape",
        "ev:e-meeting",
        "nld:status",
    ),
    (
        "event-without-evidence",
        delete("ev:e-meeting", "gaf:denotedBy"),
        "nldsh:EventShape",
        "ev:e-meeting",
        "gaf:denotedBy",
    ),
    (
        "evidence-not-a-span",
        replace("ev:e-meeting", "gaf:denotedBy", span(12, 20)),
        "nldsh:EventShape",
        "ev:e-meeting",
        "gaf:denotedBy",
    ),
    (
        "event-without-source-sentence",
        delete("ev:e-meeting", "nld:sourceSentence"),
        "nldsh:EventShape",
        "ev:e-meeting",
        "nld:sourceSentence",
    ),
    (
        "source-sentence-not-a-sentence",
        replace("ev:e-meeting", "nld:sourceSentence", span(12, 23)),
        "nldsh:EventShape",
        "ev:e-meeting",
        "nld:sourceSentence",
    ),
    (
        "participant-is-a-literal",
        insert('ev:e-meeting nld:participant "Kim" .'),
        "nldsh:EventShape",
        "ev:e-meeting",
        "nld:participant",
    ),
    (
        "place-is-a-literal",
        replace("ev:e-meeting", "nld:place", '"Russie"'),
        "nldsh:EventShape",
        "ev:e-meeting",
        "nld:place",
    ),
    (
        "time-is-not-a-time-expression",
        replace("ev:e-meeting", "nld:time", "wd:Q159"),
        "nldsh:EventShape",
        "ev:e-meeting",
        "nld:time",
    ),
    (
        "event-with-two-times",
        insert("ev:e-meeting nld:time tm:t-pub ."),
        "nldsh:EventShape",
        "ev:e-meeting",
        "nld:time",
    ),
    (
        "point-in-time-untyped",
        replace("ev:e-meeting", "wdt:P585", '"2019"'),
        "nldsh:EventShape",
        "ev:e-meeting",
        "wdt:P585",
    ),
    (
        "point-in-time-as-datetime",
        replace("ev:e-meeting", "wdt:P585", '"2019-01-01T00:00:00Z"^^xsd:dateTime'),
        "nldsh:EventShape",
        "ev:e-meeting",
        "wdt:P585",
    ),
    (
        "point-in-time-year-written-as-month",  # rdflib accepts "2019-05"^^xsd:gYear; the pattern does not
        replace("ev:e-meeting", "wdt:P585", '"2019-05"^^xsd:gYear'),
        "nldsh:EventShape",
        "ev:e-meeting",
        "wdt:P585",
    ),
    ("start-time-untyped", insert('ev:e-meeting wdt:P580 "2019" .'), "nldsh:EventShape", "ev:e-meeting", "wdt:P580"),
    (
        "wikidata-participant-is-a-literal",
        insert('ev:e-meeting wdt:P710 "Kim" .'),
        "nldsh:EventShape",
        "ev:e-meeting",
        "wdt:P710",
    ),
    (
        "suspected-without-source",
        delete("ev:e-arms-delivery", "nld:accordingTo"),
        "nldsh:EventShape",
        "ev:e-arms-delivery",
        "nld:accordingTo",
    ),
    # --- speech acts
    (
        "speech-act-without-speaker",
        delete("ev:s-kim-victory", "nld:speaker"),
        "nldsh:SpeechActShape",
        "ev:s-kim-victory",
        "nld:speaker",
    ),
    (
        "speech-act-with-two-speakers",
        insert("ev:s-kim-victory nld:speaker wd:Q7747 ."),
        "nldsh:SpeechActShape",
        "ev:s-kim-victory",
        "nld:speaker",
    ),
    (
        "quote-without-language",
        replace("ev:s-kim-victory", "nld:quote", '"Nous gagnerons"'),
        "nldsh:SpeechActShape",
        "ev:s-kim-victory",
        "nld:quote",
    ),
    (
        "quote-not-in-the-text",
        replace("ev:s-kim-victory", "nld:quote", '"Nous perdrons"@fr'),
        "nldsh:SpeechActShape",
        "ev:s-kim-victory",
        "nld:quote",
    ),
    (
        "wikidata-quotation-without-language",
        replace("ev:s-kim-victory", "wdt:P1683", '"Nous gagnerons"'),
        "nldsh:SpeechActShape",
        "ev:s-kim-victory",
        "wdt:P1683",
    ),
    (
        "two-wikidata-speakers",
        insert("ev:s-kim-victory wdt:P823 wd:Q7747 ."),
        "nldsh:SpeechActShape",
        "ev:s-kim-victory",
        "wdt:P823",
    ),
    # --- the article and its text
    (
        "article-without-date",
        delete(f"<{ARTICLE}>", "schema:datePublished"),
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        "schema:datePublished",
    ),
    (
        "article-date-as-string",
        replace(f"<{ARTICLE}>", "schema:datePublished", '"2023-09"'),
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        "schema:datePublished",
    ),
    (
        "article-month-without-leading-zero",
        replace(f"<{ARTICLE}>", "schema:datePublished", '"2023-9"^^xsd:gYearMonth'),
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        "schema:datePublished",
    ),
    (
        "article-with-two-dates",
        insert(f'<{ARTICLE}> schema:datePublished "2023"^^xsd:gYear .'),
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        "schema:datePublished",
    ),
    (
        "article-without-language",
        delete(f"<{ARTICLE}>", "schema:inLanguage"),
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        "schema:inLanguage",
    ),
    (
        "article-language-not-a-tag",
        replace(f"<{ARTICLE}>", "schema:inLanguage", '"French"'),
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        "schema:inLanguage",
    ),
    (
        "article-without-id",
        delete(f"<{ARTICLE}>", "schema:identifier"),
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        "schema:identifier",
    ),
    (
        "article-without-text",
        delete(f"<{ARTICLE}>", "nif:isString"),
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        "nif:isString",
    ),
    (
        "article-not-a-context",
        f"DELETE DATA {{ <{ARTICLE}> a nif:Context }}",
        "nldsh:ArticleShape",
        f"<{ARTICLE}>",
        None,
    ),
    (
        "context-end-not-text-length",
        replace(f"<{ARTICLE}>", "nif:endIndex", '"100"^^xsd:nonNegativeInteger'),
        "nldsh:ContextShape",
        f"<{ARTICLE}>",
        "nif:endIndex",
    ),
    (
        "context-begin-not-zero",
        replace(f"<{ARTICLE}>", "nif:beginIndex", '"1"^^xsd:nonNegativeInteger'),
        "nldsh:ContextShape",
        f"<{ARTICLE}>",
        "nif:beginIndex",
    ),
    (
        "context-offset-as-plain-integer",
        replace(f"<{ARTICLE}>", "nif:endIndex", "170"),
        "nldsh:ContextShape",
        f"<{ARTICLE}>",
        "nif:endIndex",
    ),
    # --- spans and mentions
    (
        "anchor-not-the-text-between-offsets",
        replace(span(0, 11), "nif:anchorOf", '"Kim Jong-il"'),
        "nldsh:SpanShape",
        span(0, 11),
        "nif:anchorOf",
    ),
    (
        "sentence-anchor-off-by-one",
        replace(span(0, 59), "nif:anchorOf", '"Kim Jong-un a rencontré Vladimir Poutine en Russie en 2019"'),
        "nldsh:SpanShape",
        span(0, 59),
        "nif:anchorOf",
    ),
    (
        "span-ends-past-the-text",
        replace(span(106, 170), "nif:endIndex", '"171"^^xsd:nonNegativeInteger'),
        "nldsh:SpanShape",
        span(106, 170),
        "nif:endIndex",
    ),
    (
        "span-begins-after-it-ends",
        replace(span(12, 23), "nif:beginIndex", '"23"^^xsd:nonNegativeInteger'),
        "nldsh:SpanShape",
        span(12, 23),
        "nif:endIndex",
    ),
    (
        "span-offset-as-plain-integer",
        replace(span(12, 23), "nif:beginIndex", "12"),
        "nldsh:SpanShape",
        span(12, 23),
        "nif:beginIndex",
    ),
    ("span-without-end", delete(span(12, 23), "nif:endIndex"), "nldsh:SpanShape", span(12, 23), "nif:endIndex"),
    (
        "span-without-context",
        delete(span(12, 23), "nif:referenceContext"),
        "nldsh:SpanShape",
        span(12, 23),
        "nif:referenceContext",
    ),
    (
        "mention-with-unknown-kind",
        replace(span(0, 11), "nld:mentionKind", '"surname"'),
        "nldsh:MentionShape",
        span(0, 11),
        "nld:mentionKind",
    ),
    (
        "mention-without-kind",
        delete(span(0, 11), "nld:mentionKind"),
        "nldsh:MentionShape",
        span(0, 11),
        "nld:mentionKind",
    ),
    ("mention-without-anchor", delete(span(0, 11), "nif:anchorOf"), "nldsh:MentionShape", span(0, 11), "nif:anchorOf"),
    (
        "mention-of-two-entities",
        insert(f"{span(0, 11)} itsrdf:taIdentRef wd:Q7747 ."),
        "nldsh:MentionShape",
        span(0, 11),
        "itsrdf:taIdentRef",
    ),
    (
        "mention-not-a-phrase",
        insert("<http://example.org/loose> itsrdf:taIdentRef wd:Q159 ; nld:mentionKind 'name' ."),
        "nldsh:MentionShape",
        "<http://example.org/loose>",
        None,
    ),
    # --- entities and Wikidata IRIs
    ("entity-without-label", delete("wd:Q326804", "rdfs:label"), "nldsh:EntityShape", "wd:Q326804", "rdfs:label"),
    (
        "wikidata-page-address-as-entity",
        replace(span(24, 40), "itsrdf:taIdentRef", "<http://www.wikidata.org/wiki/Q7747>"),
        "nldsh:WikidataItemShape",
        "<http://www.wikidata.org/wiki/Q7747>",
        None,
    ),
    (
        "https-wikidata-iri-as-entity",
        insert("ev:e-meeting wdt:P710 <https://www.wikidata.org/entity/Q7747> ."),
        "nldsh:WikidataItemShape",
        "<https://www.wikidata.org/entity/Q7747>",
        None,
    ),
    ("property-as-participant", insert("ev:e-meeting wdt:P710 wd:P710 ."), "nldsh:WikidataItemShape", "wd:P710", None),
    (
        "zero-padded-qid-as-place",
        insert("ev:e-meeting wdt:P276 wd:Q0159 ."),
        "nldsh:WikidataItemShape",
        "wd:Q0159",
        None,
    ),
    (
        "unverified-qid-as-participant",  # Q7530 is not Lukashenko (Q2866); see ids.tsv's README
        insert("ev:e-meeting wdt:P710 wd:Q7530 ."),
        "nldsh:VerifiedWikidataShape",
        "wd:Q7530",
        None,
    ),
    (
        "unverified-qid-as-mention-target",
        replace(span(24, 40), "itsrdf:taIdentRef", "wd:Q958"),
        "nldsh:VerifiedWikidataShape",
        "wd:Q958",
        None,
    ),
    (
        "unverified-class",
        insert("ent:armes wdt:P31 wd:Q1118628 ."),
        "nldsh:VerifiedWikidataShape",
        "wd:Q1118628",
        None,
    ),
    (
        "class-not-a-wikidata-item",
        insert("ent:armes wdt:P31 <http://example.org/Weapon> ."),
        "nldsh:WikidataClassShape",
        "<http://example.org/Weapon>",
        None,
    ),
    (
        "unlinked-entity-with-wikidata-iri",
        insert("wd:Q30 a nld:UnlinkedEntity ."),
        "nldsh:UnlinkedEntityShape",
        "wd:Q30",
        None,
    ),
    (
        "unlinked-entity-without-label",
        delete("ent:armes", "rdfs:label"),
        "nldsh:UnlinkedEntityShape",
        "ent:armes",
        "rdfs:label",
    ),
    (
        "unlinked-entity-with-two-reasons",
        insert("ent:armes nld:unlinkedReason 'no QID' ."),
        "nldsh:UnlinkedEntityShape",
        "ent:armes",
        "nld:unlinkedReason",
    ),
    # --- time expressions
    (
        "time-with-unknown-precision",
        replace("tm:t-2019", "nld:timePrecision", '"decade"'),
        "nldsh:TimeExpressionShape",
        "tm:t-2019",
        "nld:timePrecision",
    ),
    (
        "time-without-precision",
        delete("tm:t-2019", "nld:timePrecision"),
        "nldsh:TimeExpressionShape",
        "tm:t-2019",
        "nld:timePrecision",
    ),
    (
        "time-without-rule",
        delete("tm:t-2019", "nld:normalisationRule"),
        "nldsh:TimeExpressionShape",
        "tm:t-2019",
        "nld:normalisationRule",
    ),
    (
        "time-with-two-values",
        insert('tm:t-2019 nld:timeValue "2020"^^xsd:gYear .'),
        "nldsh:TimeExpressionShape",
        "tm:t-2019",
        "nld:timeValue",
    ),
    (
        "year-valued-as-month",
        replace("tm:t-2019", "nld:timeValue", '"2019-01"^^xsd:gYearMonth'),
        "nldsh:TimeValueShape",
        "tm:t-2019",
        None,
    ),
    (
        "year-value-written-as-month",
        replace("tm:t-2019", "nld:timeValue", '"2019-05"^^xsd:gYear'),
        "nldsh:TimeValueShape",
        "tm:t-2019",
        None,
    ),
    ("year-made-a-day", replace("tm:t-2019", "nld:timePrecision", '"day"'), "nldsh:TimeValueShape", "tm:t-2019", None),
    ("dated-time-without-value", delete("tm:t-pub", "nld:timeValue"), "nldsh:TimeValueShape", "tm:t-pub", None),
    (
        "duration-with-value",
        replace("tm:t-pub", "nld:timePrecision", '"duration"'),
        "nldsh:TimeValueShape",
        "tm:t-pub",
        None,
    ),
    (
        "time-evidence-not-a-span",
        replace("tm:t-2019", "gaf:denotedBy", span(1, 2)),
        "nldsh:TimeExpressionShape",
        "tm:t-2019",
        "gaf:denotedBy",
    ),
    # --- event statuses and provenance
    (
        "a-seventh-status",
        insert("nld:Rumoured a nld:EventStatus ; rdfs:label 'rumeur'@fr, 'rumoured'@en ."),
        "nldsh:EventStatusShape",
        "nld:Rumoured",
        None,
    ),
    (
        "status-without-french-label",
        insert("nld:Occurred a nld:EventStatus ; rdfs:label 'occurred'@en ."),
        "nldsh:EventStatusShape",
        "nld:Occurred",
        "rdfs:label",
    ),
    (
        "graph-without-annotator",
        delete("<http://127.0.0.1:8080/id/graph/example>", "prov:wasAttributedTo"),
        "nldsh:GraphProvenanceShape",
        "<http://127.0.0.1:8080/id/graph/example>",
        "prov:wasAttributedTo",
    ),
    (
        "graph-derived-from-a-literal",
        replace("<http://127.0.0.1:8080/id/graph/example>", "prov:wasDerivedFrom", "'x'"),
        "nldsh:GraphProvenanceShape",
        "<http://127.0.0.1:8080/id/graph/example>",
        "prov:wasDerivedFrom",
    ),
]

# (case id, update, node shape, focus node, path or None): the graph still conforms, with this warning.
WARNINGS = [
    (
        "event-without-time-or-place",
        steps(delete("ev:e-meeting", "nld:time"), delete("ev:e-meeting", "nld:place")),
        "nldsh:EventAnchorShape",
        "ev:e-meeting",
        None,
    ),
    (
        "negated-without-source",
        steps(
            replace("ev:e-arms-delivery", "nld:status", "nld:Negated"), delete("ev:e-arms-delivery", "nld:accordingTo")
        ),
        "nldsh:EventAdviceShape",
        "ev:e-arms-delivery",
        "nld:accordingTo",
    ),
    (
        "entity-without-french-label",
        'DELETE DATA { wd:Q159 rdfs:label "Russie"@fr }',
        "nldsh:EntityShape",
        "wd:Q159",
        "rdfs:label",
    ),
]

# (case id, update): changes the shapes must accept.
STILL_CONFORMING = [
    (
        "duration-without-value",
        steps(delete("tm:t-pub", "nld:timeValue"), replace("tm:t-pub", "nld:timePrecision", '"duration"')),
    ),
    (
        "vague-without-value",
        steps(delete("tm:t-pub", "nld:timeValue"), replace("tm:t-pub", "nld:timePrecision", '"vague"')),
    ),
    (
        "day-valued-as-date",
        steps(
            replace("tm:t-pub", "nld:timeValue", '"2023-09-14"^^xsd:date'),
            replace("tm:t-pub", "nld:timePrecision", '"day"'),
        ),
    ),
    ("article-dated-to-the-day", replace(f"<{ARTICLE}>", "schema:datePublished", '"2023-09-14"^^xsd:date')),
    ("article-dated-to-the-year", replace(f"<{ARTICLE}>", "schema:datePublished", '"2023"^^xsd:gYear')),
    ("point-in-time-to-the-day", replace("ev:e-meeting", "wdt:P585", '"2019-04-25"^^xsd:date')),
    (
        "event-with-only-an-agent",
        steps(delete("ev:e-meeting", "nld:participant"), insert("ev:e-meeting nld:agent wd:Q56226 .")),
    ),
    (
        "event-with-only-a-recipient",
        steps(delete("ev:e-meeting", "nld:participant"), insert("ev:e-meeting nld:recipient wd:Q56226 .")),
    ),
    (
        "speech-act-without-quote",
        steps(delete("ev:s-kim-victory", "nld:quote"), delete("ev:s-kim-victory", "wdt:P1683")),
    ),
    ("unlinked-entity-with-verified-class", insert("ent:armes wdt:P31 wd:Q11436 .")),
    ("local-iri-as-wikidata-participant", insert("ev:e-arms-delivery wdt:P710 ent:armes .")),
    ("planned-event-without-source", replace("ev:e-meeting", "nld:status", "nld:Planned")),
    ("event-with-a-time-but-no-place", delete("ev:e-meeting", "nld:place")),
    ("event-with-a-place-but-no-time", delete("ev:e-meeting", "nld:time")),
    (
        "speech-act-without-time-or-place",
        steps(delete("ev:s-kim-victory", "nld:time"), delete("ev:s-kim-victory", "nld:place")),
    ),
]


def _ids(cases: list[tuple]) -> list[str]:
    return [case[0] for case in cases]


@pytest.mark.parametrize(("case", "update", "shape", "focus", "path"), VIOLATIONS, ids=_ids(VIOLATIONS))
def test_shape_fires_on_a_violating_example(case, update, shape, focus, path, break_example, find_results):
    report = validate(break_example(update))

    found = find_results(report, shape, focus, path)
    assert found, f"{case}: {shape} did not report {focus} {path or ''}\n{report.text}"
    assert any(f.severity == SH.Violation for f in found)
    assert not report.conforms
    assert report.violations >= 1


@pytest.mark.parametrize(("case", "update", "shape", "focus", "path"), WARNINGS, ids=_ids(WARNINGS))
def test_warning_is_reported_and_does_not_block(case, update, shape, focus, path, break_example, find_results):
    report = validate(break_example(update))

    found = find_results(report, shape, focus, path)
    assert found, f"{case}: {shape} did not warn about {focus} {path or ''}\n{report.text}"
    assert all(f.severity == SH.Warning for f in found)
    assert report.conforms, report.text
    assert report.violations == 0
    assert report.warnings == len(found)
    assert "Warning:" in report.text


@pytest.mark.parametrize(("case", "update"), STILL_CONFORMING, ids=_ids(STILL_CONFORMING))
def test_shapes_accept_what_the_contract_allows(case, update, break_example, example):
    changed = break_example(update)
    assert set(changed) != set(example), f"{case}: the update changed nothing"

    report = validate(changed)

    assert report.conforms, f"{case}:\n{report.text}"
    assert (report.violations, report.warnings) == (0, 0), report.text


def test_conforming_example_has_no_result_at_all(example):
    report = validate(example)

    assert report.conforms
    assert (report.violations, report.warnings) == (0, 0)
    assert len(report.graph) > 0  # the SHACL report itself is still a graph
    assert report.text.splitlines() == ["The graph conforms: 0 violation(s), 0 warning(s)."]


def test_ontology_in_the_data_graph_changes_nothing(break_example):
    """With the ontology's rdfs:subClassOf triples present, class targets also reach subclasses; every shape
    must still report exactly the same results (the statuses, now typed, pass their own shape)."""
    update = " ; ".join(
        [
            delete("ev:e-meeting", "nld:time"),
            delete("ev:e-meeting", "nld:place"),  # warned
            delete("ev:s-kim-victory", "nld:time"),
            delete("ev:s-kim-victory", "nld:place"),  # a speech act: not warned
            replace("ev:e-arms-delivery", "wdt:P31", "wd:Q2761147"),  # a Delivery is not a meeting
        ]
    )
    without = validate(break_example(update))
    with_ontology = break_example(update)
    with_ontology.parse(ontology_file(), format="turtle")
    both = validate(with_ontology)

    assert (without.violations, without.warnings) == (1, 1), without.text
    assert both.text == without.text


def test_status_shape_reaches_the_ontology_individuals(example, find_results):
    """Loaded with the ontology, a status stripped of its French label is caught: the shape sees them."""
    example.parse(ontology_file(), format="turtle")
    example.update(
        "DELETE WHERE { <https://w3id.org/newsld/ontology#Negated> "
        '<http://www.w3.org/2000/01/rdf-schema#label> "démenti"@fr }'
    )
    report = validate(example)

    assert find_results(report, "nldsh:EventStatusShape", "nld:Negated", "rdfs:label")


def test_every_event_class_is_checked_against_its_own_wikidata_class(break_example, find_results):
    """The alignment table covers every class: a meeting typed as a gift is told it needs Q184303."""
    report = validate(break_example(replace("ev:e-meeting", "rdf:type", "nld:Gift")))

    assert find_results(report, "nldsh:EventShape", "ev:e-meeting", "wdt:P31")
    assert "wd:Q184303" in report.text or "Q184303" in report.text


def test_every_targeted_shape_has_a_breaking_example(node):
    """A new shape without a case in VIOLATIONS or WARNINGS fails here."""
    targets = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
    targeted = {s for t in targets for s in shapes_graph().subjects(t, None)}
    exercised = {node(case[2]) for case in VIOLATIONS + WARNINGS}
    assert len(targeted) > 10
    assert targeted - exercised == set()
