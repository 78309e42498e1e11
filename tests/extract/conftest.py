"""Fixtures for the extraction tests: the spaCy model and the knowledge base loaded once per session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from newsld.annotation import Annotation
from newsld.article import Article, PublicationDate
from newsld.extract import extract_annotation
from newsld.extract.assemble import Assembler, tense_of
from newsld.extract.event_nouns import noun_status
from newsld.extract.knowledge_base import KnowledgeBase, load_knowledge_base
from newsld.extract.linking import Linker
from newsld.extract.model import Entities
from newsld.extract.nlp import load_nlp, parse
from newsld.extract.references import resolve_references
from newsld.extract.speech import SpeechExtractor
from newsld.extract.status import status_of
from newsld.extract.times import Anchor, find_expressions, normalise_times
from newsld.settings import Settings, load_settings


@pytest.fixture(scope="session")
def nlp():
    """The French pipeline, loaded once for the whole session (load_nlp caches it per process)."""
    return load_nlp()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.fixture(scope="session")
def extract_settings() -> Settings:
    return load_settings(env={})


def make_article(text: str, published: str = "2024-03-15", article_id: str = "test-article") -> Article:
    return Article(article_id, text, "fr", PublicationDate.parse(published, "test"), f"{article_id}.txt")


@pytest.fixture(scope="session")
def article_of() -> Callable[..., Article]:
    """An Article made from a text (what extract() annotates)."""
    return make_article


@pytest.fixture(scope="session")
def extract(nlp, extract_settings) -> Callable[..., Annotation]:
    """Extract an annotation from a text (a checked Annotation: schema, spans, references)."""

    def run(text: str, published: str = "2024-03-15") -> Annotation:
        return extract_annotation(make_article(text, published), extract_settings)

    return run


class View:
    """Read an annotation the way a test asks about it: by the words of the text."""

    def __init__(self, annotation: Annotation) -> None:
        self.data = annotation.data

    def entity_of(self, words: str) -> str | None:
        return next((m["entity"] for m in self.data["mentions"] if m["text"] == words), None)

    def named(self, words: str) -> str:
        """The entity of the mention written with these words, which must be there."""
        entity = self.entity_of(words)
        assert entity is not None, f"no mention {words!r}"
        return entity

    def kind_of(self, words: str) -> str | None:
        return next((m["kind"] for m in self.data["mentions"] if m["text"] == words), None)

    def events(self, type_: str) -> list[dict[str, Any]]:
        return [e for e in self.data["events"] if e["type"] == type_]

    def event(self, type_: str) -> dict[str, Any]:
        found = self.events(type_)
        assert len(found) == 1, f"expected one {type_} event, got {[e['trigger']['text'] for e in found]}"
        return found[0]

    def events_on(self, word: str, type_: str | None = None) -> list[dict[str, Any]]:
        """The events whose trigger holds this word (of this class)."""
        return [e for e in self.data["events"] if word in e["trigger"]["text"] and type_ in (None, e["type"])]

    def event_on(self, type_: str, word: str) -> dict[str, Any]:
        """The one event of this class whose trigger holds this word."""
        found = self.events_on(word, type_)
        told = [(e["type"], e["trigger"]["text"]) for e in self.data["events"]]
        assert len(found) == 1, f"expected one {type_} on {word!r}, got {told}"
        return found[0]

    @staticmethod
    def roles(event: dict[str, Any]) -> set[tuple[str, str]]:
        return {(r["role"], r["entity"]) for r in event["roles"]}

    def themes(self, event: dict[str, Any]) -> list[str]:
        """The words of the mentions of an event's themes, sorted."""
        themes = {e for r, e in self.roles(event) if r == "theme"}
        return sorted(m["text"] for m in self.data["mentions"] if m["entity"] in themes)

    def time_of(self, words: str) -> dict[str, Any]:
        """The time expression written with these words (or the one that holds them: `pour quelques jours`)."""
        times = [t for t in self.data["times"] if "text" in t]
        return next((t for t in times if t["text"] == words), None) or next(t for t in times if words in t["text"])

    def entity(self, entity_id: str) -> dict[str, Any]:
        return next(e for e in self.data["entities"] if e["id"] == entity_id)


@pytest.fixture(scope="session")
def view(extract) -> Callable[..., View]:
    def run(text: str, published: str = "2024-03-15") -> View:
        return View(extract(text, published))

    return run


# -- links: (words, entity) of every mention the linker and the reference resolver find ---------------------------

Found = list[tuple[str, str]]


@pytest.fixture(scope="session")
def links(nlp, kb) -> Callable[[str], Found]:
    """(words, entity) of every mention the linker and the reference resolver find, in text order."""

    def run(text: str) -> Found:
        doc, entities = parse(text), Entities()
        found = resolve_references(kb, doc, entities, Linker(kb, doc, entities).link_names(text))
        return [(text[m.start:m.end], m.entity) for m in found]

    return run


def of(found: Found, words: str) -> list[str]:
    """The entities of the mentions written with these words."""
    return [entity for said, entity in found if said == words]


def qids(found: Found) -> set[str]:
    """The Wikidata items linked anywhere in what was found."""
    return {entity for _, entity in found if not entity.startswith("local:")}


def local(found: Found, words: str) -> bool:
    """Is there exactly one mention written with these words, and is it a local (unlinked) entity?"""
    entities = of(found, words)
    return len(entities) == 1 and entities[0].startswith("local:")


# -- speech acts, read by the words of the text ---------------------------------------------------------------------


@dataclass
class Act:
    type: str
    trigger: str
    speaker: str
    quotes: list[str]
    according_to: list[str]
    status: str


class Said:
    """The speech acts of a text, read by the words of the text."""

    def __init__(self, acts: list[Act], labels: dict[str, str]) -> None:
        self.acts, self.labels = acts, labels

    def one(self) -> Act:
        assert len(self.acts) == 1, [(a.trigger, a.speaker, a.quotes) for a in self.acts]
        return self.acts[0]

    def on(self, trigger: str) -> list[Act]:
        return [a for a in self.acts if a.trigger == trigger]

    def by(self, speaker: str) -> list[Act]:
        return [a for a in self.acts if a.speaker == speaker]

    def label(self, entity_id: str) -> str:
        return self.labels[entity_id]

    def quoted(self) -> list[str]:
        return [q for a in self.acts for q in a.quotes]


@pytest.fixture(scope="session")
def said(kb, nlp) -> Callable[[str], Said]:
    """Linking, references and the speech rules on a text (the events are not needed for speech)."""

    def run(text: str) -> Said:
        assembler = Assembler(make_article(text, "2024-06-12", "speech-test"), kb)
        extractor = SpeechExtractor(kb, assembler.doc, assembler.mentions(), assembler.entities, text)
        acts = [Act(a.type, text[slice(*a.trigger_span)], a.speaker, [text[s:e] for s, e in a.quotes],
                    a.according_to, a.status) for a in extractor.extract()]
        return Said(acts, {k: e.label for k, e in assembler.entities.by_id.items()})

    return run


@pytest.fixture(scope="session")
def times_of(nlp) -> Callable[[str, str], dict[str, tuple]]:
    """Every time of a text by its words: (value, precision, rule), with the tense the parse gives its verb."""

    def read(text: str, published: str) -> dict[str, tuple]:
        doc = parse(text)
        found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
        _inferred, resolved = normalise_times(found, Anchor.from_value(published))
        return {e.text: (r.value, r.precision, r.rule) for (e, _t), r in zip(found, resolved, strict=True)}

    return read


def statuses_in(sentence: str, *words: str) -> dict[str, str]:
    """The status of each event whose trigger is the first token written as one of ``words``, read as the event
    extractor reads it (the clause's cues, then what a noun's own frame adds)."""
    doc = parse(sentence)
    found = {}
    for word in words:
        token = next((t for t in doc if t.text == word), None)
        assert token is not None, f"{word!r} is not a token of {[t.text for t in doc]}"
        found[word] = noun_status(token, status_of(token))
    return found
