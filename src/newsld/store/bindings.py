"""Bound parameters of the site's own queries, as a VALUES block opening the query's WHERE group.

Oxigraph's ``substitutions`` only replace variables of the SELECT projection (an ASK, or a SELECT that does
not return the bound variable, is refused), and a trailing VALUES clause joins after aggregation. A VALUES
block first in the WHERE group pre-binds the variables everywhere in the group, like rdflib's
``initBindings``, and Oxigraph's optimiser starts the join from it. The group is found by a small lexer
that skips strings, IRIs and comments: the first ``{`` after a ``WHERE`` keyword at the top level, or the
first top-level ``{`` of a query without ``WHERE`` (``ASK { ... }``, ``SELECT * { ... }``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import BNode
from rdflib.term import Node

from newsld.errors import QueryError

_TOKEN = re.compile(
    r'''(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'
                |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'
                |<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n\r]*)
      | (?P<open>\{) | (?P<close>\}) | (?P<word>[A-Za-z_]\w*)''',
    re.VERBOSE | re.DOTALL,
)
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def bind_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with ``VALUES (?a ?b) { (<x> "y") }`` first in its WHERE group."""
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not _VARIABLE.fullmatch(name):
            raise QueryError(f"cannot bind {name!r}: not a variable name")
        if isinstance(term, BNode):
            raise QueryError(f"cannot bind ?{name} to a blank node; query by the node's properties instead")
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(term.n3() for term in bindings.values())
    position = _where_group_start(sparql)
    return f"{sparql[:position]} VALUES ({names}) {{ ({terms}) }} {sparql[position:]}"


def _where_group_start(sparql: str) -> int:
    """The index just after the ``{`` opening the query's WHERE group."""
    depth = 0
    after_where = False
    first_top_level: int | None = None
    for token in _TOKEN.finditer(sparql):
        kind = token.lastgroup
        if kind == "open":
            if depth == 0 and (after_where or first_top_level is None):
                if after_where:
                    return token.end()
                first_top_level = token.end()
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "word" and depth == 0 and token.group().upper() == "WHERE":
            after_where = True
    if first_top_level is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    return first_top_level
