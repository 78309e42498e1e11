"""Bind joins for SERVICE: send Wikidata the values our graph already has, not an open pattern.

Oxigraph sends a SERVICE pattern on its own, without the bindings of the rest of the query: ``SERVICE wd:
{ ?person wdt:P569 ?birth }`` asks Wikidata for every date of birth it knows, which the row bound or the time
limit then refuses. ``bind_service_inputs`` narrows each SERVICE clause of the top-level WHERE group before
Oxigraph runs the query: it evaluates the rest of that group locally (``run_local``, under the endpoint's
limits), collects the values of the variables the SERVICE pattern shares with the group's triple patterns,
and writes them into the pattern as ``VALUES``. Oxigraph then sends ``{ VALUES ?person { wd:Q56226 ... }
?person wdt:P569 ?birth }``: a few rows instead of millions.

Why it gives the same answers: the group's solutions take their shared-variable values from the group's own
triple patterns, and the local run sees a superset of those solutions (it drops FILTERs and SERVICE clauses,
which only remove solutions; OPTIONAL, BIND, VALUES and nested groups keep every row they are given). Any
doubt means no narrowing, never a wrong one: a MINUS in the group, a shared variable left unbound or bound to
a blank node in some local row, or more than ``max_rows`` distinct value rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery

from newsld.errors import QueryError
from newsld.federation.lexer import Token, matching, tokens
from newsld.store import QueryRequest, QueryService

RunLocal = Callable[[str], dict]  # a SELECT query -> its SPARQL 1.1 JSON results, parsed
MAX_BOUND_ROWS = 1000

_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_BRACED = ("OPTIONAL", "MINUS", "GRAPH", "SERVICE", "VALUES")  # keyword ... { ... }


@dataclass
class GroupElement:
    kind: str  # "service", "filter", "optional", "minus", "group", "triples" or "other"
    first: int  # token indices, inclusive
    last: int
    brace: int | None = None  # the opening brace of a SERVICE pattern


@dataclass
class WhereGroup:
    open: int
    close: int
    elements: list[GroupElement] = field(default_factory=list)


def bind_service_inputs(query_text: str, run_local: RunLocal, max_rows: int = MAX_BOUND_ROWS) -> str:
    """The query with VALUES written into its SERVICE patterns where that is sound; else unchanged.

    For the endpoint: call it on the text ``authorize_services`` returned, with ``worker_runner``.
    """
    found = tokens(query_text)
    top = _where_group(found, 0, len(found))
    inserts: list[tuple[int, str]] = []
    for group in _groups(found, top):
        inserts += _narrowing(query_text, found, group, run_local, max_rows)
    narrowed = query_text
    for position, text in sorted(inserts, reverse=True):
        narrowed = narrowed[:position] + text + narrowed[position:]
    return narrowed if narrowed == query_text or _parses(narrowed) else query_text


def worker_runner(queries: QueryService, default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()):
    """``run_local`` through the endpoint's query workers (same limits, same dataset as the user's query)."""

    def run_local(query: str) -> dict:
        answer = queries.run(QueryRequest(query, "json", None, tuple(default_graphs), tuple(named_graphs)))
        return json.loads(answer.body)

    return run_local


def _parses(query_text: str) -> bool:
    try:
        parseQuery(query_text)
    except ParseException:
        return False
    return True


def _narrowing(
    text: str, found: list[Token], group: WhereGroup, run_local: RunLocal, max_rows: int
) -> list[tuple[int, str]]:
    """(position, VALUES text) for each SERVICE of ``group`` that can be narrowed soundly."""
    inserts = []
    for context, services in _candidates(found, group):
        if not _sound(found, context):
            continue
        triple_vars = _triple_vars(found, context)
        shared = [(s, sorted(_vars(found, s.brace, s.last) & triple_vars)) for s in services]
        wanted = sorted({name for _, names in shared for name in names})
        rows = _local_rows(text, found, context, wanted, run_local, max_rows) if wanted else None
        if rows is None:
            continue
        for service, names in shared:
            values = _values_clause(names, rows) if names else ""
            if values:
                inserts.append((found[service.brace].end, f" {values} "))
    return inserts


def _candidates(found: list[Token], group: WhereGroup) -> list[tuple[list[GroupElement], list[GroupElement]]]:
    """(the elements whose solutions feed the SERVICE, the SERVICE clauses) pairs.

    A SERVICE directly in the group joins with the whole group. A SERVICE alone in an OPTIONAL (with at most
    filters beside it) is left-joined to the elements before that OPTIONAL: their values narrow it.
    """
    direct = [e for e in group.elements if e.kind == "service" and e.brace is not None]
    pairs = [(group.elements, direct)] if direct else []
    for position, element in enumerate(group.elements):
        inner = _group(found, element.brace) if element.kind == "optional" and element.brace is not None else None
        if inner is None or not inner.elements:
            continue
        if all(e.kind in ("service", "filter") for e in inner.elements):
            services = [e for e in inner.elements if e.kind == "service" and e.brace is not None]
            pairs.append((group.elements[:position], services))
    return pairs


def _sound(found: list[Token], elements: list[GroupElement]) -> bool:
    """No MINUS, and no OPTIONAL bringing in a variable that a later element uses (see the module docstring)."""
    kept = [e for e in elements if e.kind not in ("service", "filter")]
    for position, element in enumerate(kept):
        if element.kind == "minus":
            return False
        if element.kind == "optional":
            before = set().union(*(_vars(found, e.first, e.last) for e in kept[:position]))
            after = set().union(*(_vars(found, e.first, e.last) for e in kept[position + 1 :]))
            if (_vars(found, element.first, element.last) - before) & after:
                return False
    return True


# -- finding the top-level WHERE group and its elements ------------------------------------------------------


def _where_group(found: list[Token], start: int, stop: int) -> WhereGroup | None:
    """The group after the first WHERE at the level of ``start`` (a query or a subquery), if any."""
    depth = 0
    for index in range(start, stop):
        token = found[index]
        if token.kind == "other" and token.text in "{}":
            depth += 1 if token.text == "{" else -1
        elif depth == 0 and token.is_keyword("WHERE"):
            if index + 1 < stop and found[index + 1].text == "{":
                return _group(found, index + 1)
            return None
    return None


def _group(found: list[Token], opening: int) -> WhereGroup | None:
    close = matching(found, opening)
    if close >= len(found):
        return None
    return WhereGroup(opening, close, list(_elements(found, opening + 1, close)))


def _groups(found: list[Token], group: WhereGroup | None) -> Iterable[WhereGroup]:
    """``group`` and the groups evaluated on their own inside it: plain nested groups, UNION branches and
    subqueries (not those under OPTIONAL, MINUS, GRAPH, SERVICE or EXISTS, whose context differs)."""
    if group is None:
        return
    yield group
    for element in group.elements:
        if element.kind != "group":
            continue
        if element.first + 1 <= element.last and found[element.first + 1].is_keyword("SELECT"):
            yield from _groups(found, _where_group(found, element.first + 1, element.last))
        else:
            yield from _groups(found, _group(found, element.first))


def _elements(found: list[Token], start: int, stop: int) -> Iterable[GroupElement]:
    index = start
    while index < stop:
        element = _element_at(found, index, stop)
        yield element
        index = element.last + 1


def _element_at(found: list[Token], index: int, stop: int) -> GroupElement:
    token = found[index]
    if token.is_keyword(*_BRACED):
        brace = _next_brace(found, index, stop)
        if brace is None:
            return GroupElement("other", index, stop - 1)
        kind = {"SERVICE": "service", "MINUS": "minus", "OPTIONAL": "optional"}.get(token.text.upper(), "other")
        return GroupElement(kind, index, min(matching(found, brace), stop - 1), brace)
    if token.is_keyword("FILTER", "BIND"):
        return GroupElement(
            "filter" if token.is_keyword("FILTER") else "other", index, _expression_end(found, index + 1, stop)
        )
    if token.kind == "other" and token.text == "{":
        return GroupElement("group", index, min(matching(found, index), stop - 1))
    return GroupElement("triples", index, index)


def _next_brace(found: list[Token], index: int, stop: int) -> int | None:
    for position in range(index + 1, stop):
        if found[position].text == "{" and found[position].kind == "other":
            return position
    return None


def _expression_end(found: list[Token], index: int, stop: int) -> int:
    """The last token of a FILTER/BIND constraint: ( ... ), EXISTS { ... }, NOT EXISTS { ... } or f( ... )."""
    while index < stop and found[index].kind != "other":
        index += 1  # NOT, EXISTS, a function name
    if index >= stop:
        return stop - 1
    return min(matching(found, index), stop - 1) if found[index].text in "({[" else index


def _vars(found: list[Token], first: int, last: int) -> set[str]:
    return {t.text[1:] for t in found[first : last + 1] if t.kind == "var"}


def _triple_vars(found: list[Token], elements: list[GroupElement]) -> set[str]:
    """Variables of the group's own triple patterns (depth 1): always bound in every solution of the group."""
    names: set[str] = set()
    for element in elements:
        if element.kind == "triples":
            names |= _vars(found, element.first, element.last)
    return names


# -- the local run and the VALUES clause ---------------------------------------------------------------------


def _local_rows(
    text: str,
    found: list[Token],
    elements: list[GroupElement],
    wanted: Sequence[str],
    run_local: RunLocal,
    max_rows: int,
) -> list[dict] | None:
    pieces = [text[: _form_start(found)], f"SELECT DISTINCT {' '.join('?' + v for v in wanted)}"]
    pieces.append(" ".join(text[found[i].start : found[i].end] for i in _dataset_tokens(found)))
    kept = _local_part(found, elements)
    if kept is None:
        return None
    body = " ".join(text[found[e.first].start : found[e.last].end] for e in kept)
    pieces.append(f"WHERE {{ {body} }} LIMIT {max_rows + 1}")
    try:
        rows = run_local("\n".join(pieces)).get("results", {}).get("bindings", [])
    except QueryError:
        return None  # a local query we could not form: no narrowing, the user's query runs as written
    return rows if len(rows) <= max_rows else None


def _local_part(found: list[Token], elements: list[GroupElement]) -> list[GroupElement] | None:
    """The elements the local run evaluates: no FILTER, no SERVICE, no OPTIONAL around a SERVICE (``_sound``
    made sure its variables are not used later); None when a SERVICE is nested in anything else, since the
    local run must never call out."""
    kept = []
    for element in elements:
        nested_service = any(t.is_keyword("SERVICE") for t in found[element.first : element.last + 1])
        if element.kind in ("service", "filter") or (element.kind == "optional" and nested_service):
            continue
        if nested_service:
            return None
        kept.append(element)
    return kept


def _form_start(found: list[Token]) -> int:
    for token in found:
        if token.is_keyword(*_QUERY_FORMS):
            return token.start
    return 0


def _dataset_tokens(found: list[Token]) -> list[int]:
    """The FROM [NAMED] <graph> clauses of the (outer) query: the local run reads the same dataset."""
    before = next((i for i, t in enumerate(found) if t.is_keyword("WHERE") or t.text == "{"), len(found))
    picked: list[int] = []
    for index in range(before):
        if found[index].is_keyword("FROM"):
            named = index + 1 < before and found[index + 1].is_keyword("NAMED")
            picked += list(range(index, min(index + (3 if named else 2), before)))
    return picked


def _values_clause(names: Sequence[str], rows: list[dict]) -> str:
    """``VALUES (?a ?b) { (... ...) ... }`` for the distinct rows; "" when a name is unbound or a blank node."""
    if not rows:  # the rest of the group has no solution, so neither has the query: ask Wikidata nothing
        return f"VALUES ({' '.join('?' + n for n in names)}) {{ }}"
    bound = [n for n in names if any(n in row for row in rows)]  # never bound locally: not a join variable
    if not bound:
        return ""
    tuples = set()
    for row in rows:
        if any(n not in row or row[n].get("type") == "bnode" for n in bound):
            return ""
        tuples.add(tuple(_sparql_term(row[n]) for n in bound))
    lines = " ".join(f"({' '.join(t)})" for t in sorted(tuples))
    return f"VALUES ({' '.join('?' + n for n in bound)}) {{ {lines} }}"


def _sparql_term(binding: dict) -> str:
    value = binding["value"]
    if binding["type"] == "uri":
        return f"<{value}>"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if binding.get("xml:lang"):
        return f'"{escaped}"@{binding["xml:lang"]}'
    if binding.get("datatype"):
        return f'"{escaped}"^^<{binding["datatype"]}>'
    return f'"{escaped}"'
