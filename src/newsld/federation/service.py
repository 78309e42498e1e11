"""Which SERVICE endpoints a query may reach, decided on the parsed query before Oxigraph sees it.

pyoxigraph executes ``SERVICE`` to any URL it is given, so every SERVICE clause of a query -- in any group,
OPTIONAL, UNION, MINUS, subquery or FILTER EXISTS -- is found by rdflib's SPARQL parser and checked against
``settings.service_allowlist`` (exact IRI after normalising case and default port; loopback spellings such as
``http://127.1/`` or ``http://2130706433/`` are simply not on the list). A variable SERVICE IRI, or any IRI
not on the list, is refused (``SILENT`` does not help) and no connection is ever made.

Allowed clauses are rewritten in the query text: the IRI token after ``SERVICE [SILENT]`` is replaced by the
loopback relay standing for that endpoint (``newsld.federation.relay``), which forwards to
``settings.wikidata_endpoint`` for Wikidata's IRI with a descriptive User-Agent, a time limit and a row
bound. The tokens are found by a small SPARQL lexer (strings, IRIs and comments skipped) and must agree
with the parser's list of SERVICE IRIs, else the query is refused: we never rewrite what we cannot locate.

With ``wikidata_endpoint = "offline"`` a Wikidata SERVICE clause becomes ``GRAPH
<{base}/id/graph/wikidata-enrichment>`` instead: answered from the enrichment graph, with no network.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from pyparsing import ParseException, ParseResults
from rdflib import URIRef, Variable
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Prologue

from newsld.errors import QueryError, QueryRefused
from newsld.federation.lexer import tokens
from newsld.federation.relay import relay_config, relay_for
from newsld.iris import Minter
from newsld.settings import WIKIDATA_SPARQL, Settings

_DEFAULT_PORTS = {"http": 80, "https": 443}

# ``wikidata_endpoint = "offline"``: no network at all; a SERVICE to Wikidata is answered from the enrichment
# graph (``newsld enrich``), which holds Wikidata's facts about the linked entities with Wikidata's own
# predicates, so the same query text runs offline and online.
OFFLINE = "offline"


@dataclass(frozen=True)
class ServiceToken:
    """The IRI (or variable) token of one SERVICE clause in the query text."""

    keyword_start: int  # where the SERVICE keyword begins
    start: int
    end: int
    kind: str  # "iri", "name" (prefixed name) or "var"
    text: str


def authorize_services(query_text: str, settings: Settings) -> str:
    """The query with every allowed SERVICE IRI pointed at its relay; QueryRefused for any other SERVICE."""
    parsed = _parse(query_text)
    prologue = translatePrologue(parsed[0], None)
    parsed_terms = [_absolutize(prologue, node.term) for node in _service_nodes(parsed)]
    if not parsed_terms:
        return query_text
    for term in parsed_terms:
        _check_allowed(term, settings)
    located = service_tokens(query_text)
    lexed_terms = [_resolve(token, prologue) for token in located]
    if Counter(map(str, lexed_terms)) != Counter(map(str, parsed_terms)):
        raise QueryRefused(
            "the SERVICE clauses of this query could not be located safely; write each "
            "SERVICE IRI in full, as <https://...>"
        )
    rewritten = _rewrite(query_text, located, lexed_terms, settings)
    _check_rewritten(rewritten, settings)
    return rewritten


def normalise_iri(iri: str) -> str:
    """An endpoint IRI compared by its parts: scheme and host in lower case, default port dropped, no fragment."""
    parts = urlsplit(iri.strip())
    scheme = parts.scheme.lower()
    netloc = parts.netloc.lower()
    default = _DEFAULT_PORTS.get(scheme)
    if default is not None and netloc.endswith(f":{default}"):
        netloc = netloc[: -len(f":{default}")]
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def service_targets(settings: Settings) -> dict[str, str]:
    """Allowed SERVICE IRI (normalised) -> the endpoint actually called (Wikidata's IRI -> wikidata_endpoint)."""
    wikidata = normalise_iri(WIKIDATA_SPARQL)
    targets = {}
    for iri in settings.service_allowlist:
        key = normalise_iri(iri)
        targets[key] = settings.wikidata_endpoint if key == wikidata else iri
    return targets


def service_tokens(query_text: str) -> list[ServiceToken]:
    """The token after each ``SERVICE [SILENT]`` keyword outside strings, IRIs and comments."""
    significant = tokens(query_text)
    found = []
    for i, token in enumerate(significant):
        if not token.is_keyword("SERVICE"):
            continue
        j = i + 1
        if j < len(significant) and significant[j].is_keyword("SILENT"):
            j += 1
        if j < len(significant):
            term = significant[j]
            found.append(ServiceToken(token.start, term.start, term.end, term.kind, term.text))
    return found


def _parse(query_text: str) -> ParseResults:
    try:
        return parseQuery(query_text)
    except ParseException as err:
        raise QueryError(f"SPARQL syntax error: {err}") from err


def _service_nodes(node: object) -> list[CompValue]:
    """Every ServiceGraphPattern in the parse tree, however deeply nested."""
    found: list[CompValue] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, CompValue):
            if current.name == "ServiceGraphPattern":
                found.append(current)
            stack.extend(current.values())
        elif isinstance(current, list | tuple | ParseResults):
            stack.extend(current)
    return found


def _check_allowed(term: object, settings: Settings) -> None:
    if isinstance(term, Variable):
        raise QueryRefused(f"SERVICE ?{term} refused: the endpoint of a SERVICE must be an IRI on the allow-list")
    if normalise_iri(str(term)) not in service_targets(settings):
        allowed = ", ".join(f"<{iri}>" for iri in settings.service_allowlist) or "none"
        raise QueryRefused(f"SERVICE <{term}> refused: not on the allow-list (allowed: {allowed})")


def _resolve(token: ServiceToken, prologue: Prologue) -> object:
    if token.kind == "iri":
        return prologue.absolutize(URIRef(token.text[1:-1]))
    if token.kind == "var":
        return Variable(token.text[1:])
    if token.kind == "name" and ":" in token.text:
        prefix, local = token.text.split(":", 1)
        return _absolutize(prologue, CompValue("pname", prefix=prefix, localname=local))
    return None


def _absolutize(prologue: Prologue, term: object) -> object:
    """rdflib's Prologue.absolutize, with an unknown prefix as a QueryError rather than a bare Exception."""
    if isinstance(term, CompValue) and term.name == "pname":
        known = {prefix for prefix, _ in prologue.namespace_manager.namespaces()}
        if (term.prefix or "") not in known:
            raise QueryError(f"SPARQL syntax error: unknown prefix {term.prefix or ''}:")
    return prologue.absolutize(term)


def _rewrite(query_text: str, located: list[ServiceToken], terms: list[object], settings: Settings) -> str:
    pieces, last = [], 0
    for token, term in zip(located, terms, strict=True):
        start, replacement = _replacement(token, normalise_iri(str(term)), settings)
        pieces += [query_text[last:start], replacement]
        last = token.end
    return "".join([*pieces, query_text[last:]])


def _replacement(token: ServiceToken, allowed_iri: str, settings: Settings) -> tuple[int, str]:
    """Where the rewrite starts and what it writes: the relay's IRI, or (offline) the enrichment graph."""
    if settings.wikidata_endpoint == OFFLINE and allowed_iri == normalise_iri(WIKIDATA_SPARQL):
        return token.keyword_start, f"GRAPH <{Minter(settings.base_iri).enrichment_graph()}>"
    targets = service_targets(settings)
    relay = relay_for(relay_config(settings, tuple(targets.values())))
    return token.start, f"<{relay.url(list(targets).index(allowed_iri))}>"


def _check_rewritten(rewritten: str, settings: Settings) -> None:
    """Belt and braces: the rewritten text parses, and its every SERVICE names the relay."""
    parsed = _parse(rewritten)
    nodes = _service_nodes(parsed)
    if not nodes:
        return
    relay = relay_for(relay_config(settings, tuple(service_targets(settings).values())))
    prologue = translatePrologue(parsed[0], None)
    for node in nodes:
        if not str(_absolutize(prologue, node.term)).startswith(relay.url(0)[:-1]):
            raise QueryRefused("the SERVICE clauses of this query could not be rewritten safely")


_RELAY_FAILURE = re.compile(
    r"returned by http://127\.0\.0\.1:\d+/[\w-]+/\d+ with payload:\s*(?P<payload>.*)", re.DOTALL
)


def explain_service_failure(message: str) -> str:
    """Oxigraph's message for a failed SERVICE call, reduced to what the relay said went wrong.

    Oxigraph reports ``Error 502 Bad Gateway returned by http://127.0.0.1:PORT/TOKEN/0 with payload: ...``;
    the client needs the payload (which endpoint failed and how), not the relay's private address.
    """
    match = _RELAY_FAILURE.search(message)
    return f"SERVICE call failed: {match.group('payload').strip()}" if match else message
