"""The article's text as HTML, with every annotated span (sentence, quote, trigger, mention) marked up.

Spans overlap freely in an annotation (a quote crosses two sentences, a mention sits inside a quote), but
HTML elements must nest. The text is cut at every span boundary; for each piece the spans covering it are
ordered outermost first, and elements are closed and reopened so that the markup always nests. A span
split in pieces keeps its ``id`` (``char=s,e``, the RFC 5147 fragment of its IRI) on the first piece, so
``/doc/article/x#char=15,23`` scrolls to it and CSS ``:target`` highlights it. The text itself is written
out unchanged: what the reader sees is exactly the published string the offsets index into.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Outermost first: a sentence holds quotes, a quote holds triggers and mentions.
RANK = {"sentence": 0, "quote": 1, "time": 2, "trigger": 2, "mention": 3}
# Kinds drawn as links; a link inside a link is not valid HTML, so an inner one becomes a plain span.
LINK_KINDS = frozenset({"time", "trigger", "mention"})


@dataclass(frozen=True)
class Span:
    begin: int
    end: int
    kind: str  # one of RANK
    href: str | None = None
    title: str = ""
    speaker: str = ""  # for quotes: who said it, shown beside the quote

    @property
    def fragment(self) -> str:
        return f"char={self.begin},{self.end}"

    def order(self) -> tuple[int, int, int, str]:
        return (RANK[self.kind], self.begin, -self.end, self.href or "")


def _open_tag(span: Span, first: bool, inside_link: bool) -> tuple[str, str]:
    tag = "a" if span.kind in LINK_KINDS and span.href and not inside_link else "span"
    attrs = [("class", f"span span-{span.kind}")]
    if first:
        attrs.append(("id", span.fragment))
    if tag == "a":
        attrs.append(("href", span.href))
    if span.title:
        attrs.append(("title", span.title))
    if span.speaker and first:
        attrs.append(("data-speaker", span.speaker))
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs)
    return f"<{tag}{rendered}>", f"</{tag}>"


class _Writer:
    def __init__(self, ids: bool) -> None:
        self.ids = ids
        self.parts: list[str] = []
        self.stack: list[tuple[Span, str]] = []  # open spans with their closing tag
        self.started: set[Span] = set()
        self.ids_used: set[str] = set()  # two spans on the same words share one fragment id

    def inside_link(self) -> bool:
        return any(closing == "</a>" for _, closing in self.stack)

    def move_to(self, active: Sequence[Span]) -> None:
        keep = 0
        while keep < min(len(self.stack), len(active)) and self.stack[keep][0] is active[keep]:
            keep += 1
        while len(self.stack) > keep:
            self.parts.append(self.stack.pop()[1])
        for span in active[keep:]:
            first = self.ids and span not in self.started and span.fragment not in self.ids_used
            if first:
                self.ids_used.add(span.fragment)
            opening, closing = _open_tag(span, first, self.inside_link())
            self.started.add(span)
            self.parts.append(opening)
            self.stack.append((span, closing))


def render_text(text: str, spans: Iterable[Span], *, ids: bool = True) -> Markup:
    """``text`` as HTML with ``spans`` marked up; spans outside the text or empty are ignored.

    ``ids=False`` for an excerpt shown on another page: its ids would clash with the article's own.
    """
    usable = sorted({s for s in spans if 0 <= s.begin < s.end <= len(text)}, key=Span.order)
    cuts = sorted({0, len(text)} | {s.begin for s in usable} | {s.end for s in usable})
    writer = _Writer(ids)
    for start, stop in itertools.pairwise(cuts):
        writer.move_to([s for s in usable if s.begin <= start and stop <= s.end])
        writer.parts.append(str(escape(text[start:stop])))
    writer.move_to([])
    return Markup("".join(writer.parts))
