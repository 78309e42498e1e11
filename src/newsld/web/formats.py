"""Content negotiation: the one table of formats and the one pure function that chooses among them.

``kind`` is what is being answered: ``"results"`` (SELECT and ASK results) or ``"graph"`` (CONSTRUCT,
DESCRIBE and linked-data documents). The first row of a (key, kind) is the format's own media type, the one
sent in Content-Type; later rows are other names clients use for it (``application/json`` asks for
SPARQL JSON results, or for JSON-LD when the answer is a graph).

``choose`` applies, in order: the document extension (``/doc/x.ttl``), then the ``format`` parameter (for
links) unless ``Accept`` explicitly names a machine format of the kind, then ``Accept`` with q-values
(RFC 9110: the most specific matching range gives a format its q; equal q goes to the table order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

RESULTS = "results"
GRAPH = "graph"
KINDS = (RESULTS, GRAPH)


@dataclass(frozen=True)
class Format:
    media_type: str
    key: str  # the store's serialiser name (newsld.store.results) or "html"
    extension: str | None
    kind: str

    @property
    def content_type(self) -> str:
        """Content-Type to send: text types say their charset."""
        textual = self.media_type.startswith("text/")
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


FORMATS: tuple[Format, ...] = (
    # media type                         key        extension  kind
    Format("application/sparql-results+json", "json", "srj", RESULTS),
    Format("application/sparql-results+xml", "xml", "srx", RESULTS),
    Format("text/csv", "csv", "csv", RESULTS),
    Format("text/tab-separated-values", "tsv", "tsv", RESULTS),
    Format("text/turtle", "turtle", "ttl", GRAPH),
    Format("application/n-triples", "ntriples", "nt", GRAPH),
    Format("application/ld+json", "jsonld", "jsonld", GRAPH),
    Format("application/rdf+xml", "rdfxml", "rdf", GRAPH),
    Format("application/trig", "trig", "trig", GRAPH),
    Format("application/n-quads", "nquads", "nq", GRAPH),
    Format("text/html", "html", "html", RESULTS),
    Format("text/html", "html", "html", GRAPH),
    # other names clients send for the same formats
    Format("application/json", "json", "json", RESULTS),
    Format("application/xml", "xml", "xml", RESULTS),
    Format("text/xml", "xml", None, RESULTS),
    Format("application/json", "jsonld", "json", GRAPH),
    Format("application/x-json+ld", "jsonld", None, GRAPH),
    Format("application/x-turtle", "turtle", None, GRAPH),
    Format("application/turtle", "turtle", None, GRAPH),
    Format("text/n3", "turtle", None, GRAPH),  # Turtle is N3, and N3 clients read it
    Format("text/rdf+n3", "turtle", None, GRAPH),
    Format("application/n3", "turtle", None, GRAPH),
    Format("text/plain", "ntriples", None, GRAPH),
    Format("application/xml", "rdfxml", "xml", GRAPH),
    Format("text/xml", "rdfxml", None, GRAPH),
    Format("application/x-trig", "trig", None, GRAPH),
    Format("text/x-nquads", "nquads", None, GRAPH),
    Format("application/xhtml+xml", "html", None, RESULTS),
    Format("application/xhtml+xml", "html", None, GRAPH),
)

# Names the ``format`` parameter takes besides a key, an extension or a media type of the table.
FORMAT_NAMES: dict[str, str] = {
    "ttl": "turtle", "n3": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld",
    "rdf": "rdfxml", "rdf+xml": "rdfxml", "rdf/xml": "rdfxml", "xml": "xml", "nq": "nquads",
    "n-quads": "nquads", "sparql-results+json": "json", "sparql-results+xml": "xml", "text": "tsv",
}
# A result-set name given for a graph means that family's graph format (SPARQLWrapper sends format=xml).
GRAPH_FOR_RESULTS_NAME = {"json": "jsonld", "xml": "rdfxml"}


def canonical(key: str, kind: str) -> Format:
    """The format ``key`` of ``kind`` with its own media type."""
    for fmt in FORMATS:
        if fmt.key == key and fmt.kind == kind:
            return fmt
    raise KeyError(f"no {kind} format {key!r}")


def formats_of(kind: str, html: bool = True) -> list[Format]:
    """The formats of ``kind`` with their own media types, in preference order."""
    seen: dict[str, Format] = {}
    for fmt in FORMATS:
        if fmt.kind == kind and fmt.key not in seen and (html or fmt.key != "html"):
            seen[fmt.key] = fmt
    return list(seen.values())


def choose(accept_header: str | None, kind: str, extension: str | None = None,
           format_param: str | Sequence[str] | None = None, *, html: bool = True) -> Format | None:
    """The format to answer in, or None when nothing the client accepts is offered (406)."""
    names = (format_param,) if isinstance(format_param, str) else tuple(format_param or ()) or None
    return _choose(accept_header, kind, extension, names, html)


@lru_cache(maxsize=512)  # clients send the same few headers again and again
def _choose(accept_header: str | None, kind: str, extension: str | None, format_param: tuple[str, ...] | None,
            html: bool) -> Format | None:
    of_kind = [fmt for fmt in FORMATS if fmt.kind == kind]
    offered = [fmt for fmt in of_kind if html or fmt.key != "html"]
    if extension is not None:
        return _by_extension(extension, offered, kind)
    ranges = parse_accept(accept_header)
    named = _by_format_param(format_param, offered, kind)
    if named is not None and not _explicit_machine_choice(ranges, _by_accept(ranges, of_kind)):
        return named  # a link's format= beats a browser's Accept (whose first choice is HTML)
    return _by_accept(ranges, offered)


def _by_extension(extension: str, offered: list[Format], kind: str) -> Format | None:
    wanted = extension.lower().lstrip(".")
    for fmt in offered:
        if fmt.extension == wanted:
            return canonical(fmt.key, kind)
    return None


def _by_format_param(values: str | Sequence[str] | None, offered: list[Format], kind: str) -> Format | None:
    """The first value of ``format`` that names an offered format (SPARQLWrapper repeats the parameter)."""
    if values is None:
        return None
    for value in [values] if isinstance(values, str) else values:
        key = _format_key(value.strip().lower(), offered, kind)
        if key is not None:
            return canonical(key, kind)
    return None


def _format_key(name: str, offered: list[Format], kind: str) -> str | None:
    keys = {fmt.key for fmt in offered}
    if kind == GRAPH and name in GRAPH_FOR_RESULTS_NAME:
        name = GRAPH_FOR_RESULTS_NAME[name]
    name = FORMAT_NAMES.get(name, name)
    if name in keys:
        return name
    for fmt in offered:
        if name in (fmt.media_type, fmt.extension):
            return fmt.key
    return None


def _explicit_machine_choice(ranges: list[tuple[str, float, int]], chosen: Format | None) -> bool:
    """Whether Accept itself names the chosen machine format (then it wins over ``format``)."""
    if chosen is None or chosen.key == "html":
        return False
    own_names = {fmt.media_type for fmt in FORMATS if fmt.key == chosen.key and fmt.kind == chosen.kind}
    return any(media in own_names and q > 0 for media, q, _ in ranges)


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """(media range, q, position) for each range of an Accept header; a missing header is ``*/*``."""
    if header is None or not header.strip():
        return [("*/*", 1.0, 0)]
    ranges = []
    for position, part in enumerate(header.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        if "/" not in media:
            continue
        ranges.append((media.lower(), _quality(params), position))
    return ranges or [("*/*", 1.0, 0)]  # a header with no media range at all is ignored (RFC 9110 12.5.1)


def _quality(params: list[str]) -> float:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                return min(1.0, max(0.0, float(value.strip())))
            except ValueError:
                return 0.0
    return 1.0


def _by_accept(ranges: list[tuple[str, float, int]], offered: list[Format]) -> Format | None:
    best: tuple | None = None
    for order, fmt in enumerate(offered):
        match = _best_range(fmt.media_type, ranges)
        if match is None or match[0] <= 0:
            continue
        quality, specificity, position = match
        score = (quality, specificity, -position if specificity == 2 else 0, -order)
        if best is None or score > best[0]:
            best = (score, fmt)
    return None if best is None else canonical(best[1].key, best[1].kind)


def _best_range(media_type: str, ranges: list[tuple[str, float, int]]) -> tuple[float, int, int] | None:
    """q of the most specific range matching ``media_type``, its specificity (2, 1, 0) and position."""
    main = media_type.split("/")[0]
    found: tuple[float, int, int] | None = None
    for media, quality, position in ranges:
        specificity = 2 if media == media_type else 1 if media == f"{main}/*" else 0 if media == "*/*" else -1
        if specificity < 0:
            continue
        if found is None or specificity > found[1]:
            found = (quality, specificity, position)
    return found
