"""What the HTML pages show, read from the graph a page query returned (pure functions, no Flask).

Each builder takes an rdflib graph around one resource and returns plain values for a template: links
already resolved, dates with their precision, the sentence an event comes from with its trigger marked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.term import Node

from newsld.vocab import GAF, ITSRDF, NIF, NLD, SCHEMA, WDT
from newsld.web.links import Link, Linker, label, term_link
from newsld.web.spans import Span, render_text
from newsld.web.timeline import Period, period

# Roles an event gives the things taking part in it, in the order a reader wants them.
ROLES: tuple[tuple[URIRef, str], ...] = (
    (NLD.agent, "agent"), (NLD.participant, "participant"), (NLD.recipient, "recipient"),
    (NLD.speaker, "speaker"), (NLD.theme, "theme"), (NLD.place, "place"), (NLD.accordingTo, "according to"),
    (SCHEMA.about, "about"), (NLD.partOf, "part of"),
)
ROLE_NAMES = dict(ROLES)


@dataclass(frozen=True)
class Value:
    """One object of a fact: a link, or a literal with its datatype or language."""

    link: Link | None = None
    text: str = ""
    note: str = ""  # datatype (prefixed) or language tag


@dataclass(frozen=True)
class Fact:
    prop: Link
    values: tuple[Value, ...]


@dataclass(frozen=True)
class TimeView:
    link: Link | None
    value: str
    precision: str
    words: str
    period: Period | None


@dataclass
class EventView:
    iri: str
    label: str
    classes: list[Link] = field(default_factory=list)
    status: Link | None = None
    roles: list[tuple[str, Link]] = field(default_factory=list)
    times: list[TimeView] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    article: Link | None = None
    trigger: Link | None = None  # the trigger span, linking into the article page
    trigger_text: str = ""
    sentence: Markup | None = None
    facts: list[Fact] = field(default_factory=list)


def value_of(linker: Linker, graph: Graph, node: Node) -> Value:
    link = term_link(linker, graph, node)
    if link is not None:
        return Value(link=link)
    if isinstance(node, Literal):
        note = node.language or (linker.short(str(node.datatype)) if node.datatype else "")
        return Value(text=str(node), note=note)
    return Value(text=str(node))


def facts(linker: Linker, graph: Graph, node: Node, *, skip: frozenset = frozenset()) -> list[Fact]:
    """Every triple of ``node`` as subject, grouped by property (long texts left to the article page)."""
    grouped: dict[Node, list[Value]] = {}
    for prop, obj in sorted(graph.predicate_objects(node)):
        if prop in skip:
            continue
        grouped.setdefault(prop, []).append(value_of(linker, graph, obj))
    return [Fact(linker.link(str(p)), tuple(vs)) for p, vs in grouped.items()]


def incoming(linker: Linker, graph: Graph, node: Node) -> list[tuple[Link, Link]]:
    """(subject, property) pairs pointing at ``node``."""
    return sorted(
        ((term_link(linker, graph, s), linker.link(str(p))) for s, p in graph.subject_predicates(node)
         if isinstance(s, URIRef)),
        key=lambda pair: (pair[0].text, pair[1].text),
    )


def offsets(graph: Graph, span: Node) -> tuple[int, int] | None:
    begin, end = graph.value(span, NIF.beginIndex), graph.value(span, NIF.endIndex)
    if begin is None or end is None:
        return None
    try:
        return int(begin), int(end)
    except ValueError:
        return None


def time_view(linker: Linker, graph: Graph, node: Node) -> TimeView:
    raw = graph.value(node, NLD.timeValue) if isinstance(node, URIRef) else node
    value = str(raw) if raw is not None else ""
    precision = str(graph.value(node, NLD.timePrecision) or "")
    found = period(value) if value else None
    if found and precision and precision != found.precision:
        found = None  # the written precision wins over what the lexical form suggests
    words = label(graph, node) or "" if isinstance(node, URIRef) else ""
    return TimeView(term_link(linker, graph, node), value, precision or (found.precision if found else ""),
                    words, found)


def _sentence(graph: Graph, event: Node, triggers: list[tuple[int, int]]) -> Markup | None:
    sentence = graph.value(event, NLD.sourceSentence)
    bounds = offsets(graph, sentence) if sentence is not None else None
    article = graph.value(sentence, NIF.referenceContext) if sentence is not None else None
    text = graph.value(article, NIF.isString) if article is not None else None
    if bounds is None or text is None:
        return None
    begin, end = bounds
    marks = [Span(b - begin, e - begin, "trigger") for b, e in triggers if begin <= b and e <= end]
    return render_text(str(text)[begin:end], marks, ids=False)


def _evidence(graph: Graph, event: Node) -> list[tuple[Node, tuple[int, int]]]:
    quotes = {str(q) for q in graph.objects(event, NLD.quote)}
    found = []
    for span in graph.objects(event, GAF.denotedBy):
        bounds = offsets(graph, span)
        anchor = graph.value(span, NIF.anchorOf)
        if bounds and (anchor is None or str(anchor) not in quotes):
            found.append((span, bounds))
    return sorted(found, key=lambda pair: pair[1])


def event_view(linker: Linker, graph: Graph, event: URIRef) -> EventView:
    view = EventView(str(event), label(graph, event) or linker.short(str(event)))
    view.classes = [term_link(linker, graph, c) for c in sorted(graph.objects(event, RDF.type))]
    status = graph.value(event, NLD.status)
    view.status = term_link(linker, graph, status) if status is not None else None
    view.roles = [(name, term_link(linker, graph, who)) for prop, name in ROLES
                  for who in sorted(graph.objects(event, prop)) if isinstance(who, URIRef)]
    view.times = [time_view(linker, graph, t) for t in sorted(graph.objects(event, NLD.time))]
    if not view.times:
        view.times = [time_view(linker, graph, v) for p in (WDT.P585, WDT.P580) for v in graph.objects(event, p)]
    view.quotes = sorted(str(q) for q in graph.objects(event, NLD.quote))
    evidence = _evidence(graph, event)
    if evidence:
        span, _ = evidence[0]
        view.trigger = linker.link(str(span))
        view.trigger_text = str(graph.value(span, NIF.anchorOf) or "")
        article = graph.value(span, NIF.referenceContext)
        view.article = term_link(linker, graph, article) if article is not None else None
    view.sentence = _sentence(graph, event, [bounds for _, bounds in evidence])
    return view


def is_event(graph: Graph, node: Node) -> bool:
    return graph.value(node, NLD.status) is not None


@dataclass(frozen=True)
class MentionView:
    link: Link  # the span, into its article page
    text: str
    article: Link | None


@dataclass
class EntityView:
    iri: str
    label: str
    qid: str | None
    wikidata: str | None
    types: list[Link]
    unlinked_reason: str
    events: list[tuple[EventView, list[str]]]  # each event with the roles the entity has in it
    mentions: list[MentionView]
    facts: list[Fact]


def _mentions(linker: Linker, graph: Graph, entity: URIRef) -> list[MentionView]:
    found = []
    for span in graph.subjects(ITSRDF.taIdentRef, entity):
        article = graph.value(span, NIF.referenceContext)
        found.append((offsets(graph, span) or (0, 0), MentionView(
            linker.link(str(span)), str(graph.value(span, NIF.anchorOf) or ""),
            term_link(linker, graph, article) if article is not None else None)))
    return [view for _, view in sorted(found, key=lambda pair: (str(pair[1].article), pair[0]))]


def entity_view(linker: Linker, graph: Graph, entity: URIRef) -> EntityView:
    link = linker.link(str(entity))
    events: dict[Node, list[str]] = {}
    for subject, prop in graph.subject_predicates(entity):
        if prop in ROLE_NAMES and is_event(graph, subject):
            events.setdefault(subject, []).append(ROLE_NAMES[prop])
    event_views = [(event_view(linker, graph, e), sorted(roles)) for e, roles in events.items()]
    event_views.sort(key=lambda pair: (pair[0].times[0].value if pair[0].times else "~", pair[0].label))
    return EntityView(
        iri=str(entity), label=label(graph, entity) or link.text,
        qid=link.href.removeprefix("/entity/") if link.kind == "wikidata" else None, wikidata=link.wikidata,
        types=[term_link(linker, graph, t) for t in sorted(graph.objects(entity, RDF.type))],
        unlinked_reason=str(graph.value(entity, NLD.unlinkedReason) or ""),
        events=event_views, mentions=_mentions(linker, graph, entity),
        facts=facts(linker, graph, entity),
    )


@dataclass(frozen=True)
class QuoteView:
    text: str
    speaker: Link | None
    event: Link
    span: Link | None


@dataclass
class ArticleView:
    iri: str
    identifier: str
    published: TimeView | None
    text: Markup
    events: list[EventView]
    quotes: list[QuoteView]
    entities: list[tuple[Link, int]]  # each entity with how often it is mentioned
    facts: list[Fact]


def _speaker(linker: Linker, graph: Graph, event: Node) -> Link | None:
    speaker = graph.value(event, NLD.speaker)
    return term_link(linker, graph, speaker) if speaker is not None else None


def _evidence_span(linker: Linker, graph: Graph, thing: Node, span: Node, bounds: tuple[int, int]) -> Span:
    """How a span that is evidence of ``thing`` is drawn: a quote, an event's trigger or a time."""
    begin, end = bounds
    thing_link = term_link(linker, graph, thing)
    href = thing_link.href if thing_link else None
    if not is_event(graph, thing):
        value = graph.value(thing, NLD.timeValue)
        return Span(begin, end, "time", href, f"time: {value}" if value is not None else "time")
    anchor = str(graph.value(span, NIF.anchorOf) or "")
    if anchor and anchor in {str(q) for q in graph.objects(thing, NLD.quote)}:
        speaker = _speaker(linker, graph, thing)
        who = speaker.text if speaker else "unknown speaker"
        return Span(begin, end, "quote", href, f"quote by {who}", speaker=who)
    classes = ", ".join(linker.link(str(c), label(graph, c)).text for c in sorted(graph.objects(thing, RDF.type)))
    return Span(begin, end, "trigger", href, f"{thing_link.text if thing_link else ''} ({classes})")


def article_spans(linker: Linker, graph: Graph, article: URIRef) -> list[Span]:
    spans = []
    for span in graph.subjects(NIF.referenceContext, article):
        bounds = offsets(graph, span)
        if bounds is None:
            continue
        if (span, RDF.type, NIF.Sentence) in graph:
            spans.append(Span(*bounds, "sentence"))
        for entity in graph.objects(span, ITSRDF.taIdentRef):
            link = term_link(linker, graph, entity)
            spans.append(Span(*bounds, "mention", link.href if link else None, link.text if link else ""))
        for thing in graph.subjects(GAF.denotedBy, span):
            spans.append(_evidence_span(linker, graph, thing, span, bounds))
    return spans


def _quotes(linker: Linker, graph: Graph, events: list[URIRef]) -> list[QuoteView]:
    found = []
    for event in events:
        spans = {str(graph.value(s, NIF.anchorOf) or ""): s for s in graph.objects(event, GAF.denotedBy)}
        for quote in graph.objects(event, NLD.quote):
            span = spans.get(str(quote))
            bounds = offsets(graph, span) if span is not None else None
            found.append((bounds or (0, 0), QuoteView(str(quote), _speaker(linker, graph, event),
                                                       linker.link(str(event), label(graph, event)),
                                                       linker.link(str(span)) if span is not None else None)))
    return [view for _, view in sorted(found, key=lambda pair: pair[0])]


def article_view(linker: Linker, graph: Graph, article: URIRef) -> ArticleView:
    text = str(graph.value(article, NIF.isString) or "")
    spans = article_spans(linker, graph, article)
    events = sorted({e for e in graph.subjects(NLD.status, None) if isinstance(e, URIRef)},
                    key=lambda e: min((offsets(graph, s) or (0, 0) for s in graph.objects(e, GAF.denotedBy)),
                                      default=(0, 0)))
    counts: dict[str, tuple[Link, int]] = {}
    for span in spans:
        if span.kind == "mention" and span.href:
            link, n = counts.get(span.href, (Link(span.href, span.title, span.href, "local"), 0))
            counts[span.href] = (link, n + 1)
    entities = []
    for entity in {e for e in graph.objects(None, ITSRDF.taIdentRef)}:
        link = term_link(linker, graph, entity)
        if link is not None:
            entities.append((link, counts.get(link.href, (link, 0))[1]))
    published = graph.value(article, SCHEMA.datePublished)
    return ArticleView(
        iri=str(article), identifier=str(graph.value(article, SCHEMA.identifier) or linker.short(str(article))),
        published=time_view(linker, graph, published) if published is not None else None,
        text=render_text(text, spans), events=[event_view(linker, graph, e) for e in events],
        quotes=_quotes(linker, graph, events), entities=sorted(entities, key=lambda pair: (-pair[1], pair[0].text)),
        facts=facts(linker, graph, article, skip=frozenset({NIF.isString})),
    )
