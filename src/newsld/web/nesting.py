"""Query shapes that would overflow the engine's parser, refused before any parser sees them.

Oxigraph's parser recurses once per nesting level and once per operator of a chain. A query that nests
2,000 to 3,000 groups, or chains some 8,000 operators (`1 + 1 + ...`, `?a || ?b || ...`, `{} UNION {} ...`,
a path `p|p|...`), overflows its stack and the worker process dies: a query of a few kilobytes would then
cost a worker restart each time it is sent (measured: a 5,000-term sum takes 2 s just to parse, 8,000
kill the worker). No real query nests more than a few dozen levels or chains more than a few hundred
operators (long lists belong in VALUES or IN), so deeper and longer ones are refused up front. Strings,
IRIs and comments are skipped, so brackets and operators inside them do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsld.errors import QueryRefused

MAX_NESTING = 256
MAX_OPERATORS = 2000
OPENERS = "{(["
OPERATOR_CHARACTERS = "|&+-*/^!"
_TOKEN = re.compile(
    r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
      |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'
      |<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n\r]*
      |(?P<open>[{(\[])|(?P<close>[})\]])
      |(?P<operator>\|\||&&|[|/^!+*]|(?<![\w.:-])-|\bUNION\b)''',
    re.VERBOSE | re.DOTALL | re.IGNORECASE,
)


@dataclass(frozen=True)
class QueryShape:
    depth: int  # the deepest nesting of { ( [
    operators: int  # operators that chain terms: || && + - * / | ^ ! and UNION


def query_shape(text: str) -> QueryShape:
    """How deeply ``text`` nests and how many chaining operators it holds, outside strings, IRIs and comments."""
    depth = deepest = operators = 0
    for token in _TOKEN.finditer(text):
        kind = token.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth -= 1
        elif kind == "operator":
            operators += 1
    return QueryShape(deepest, operators)


def _most_operators(text: str) -> int:
    """At least as many as the operators ``text`` chains (characters in strings and IRIs count too)."""
    return sum(text.count(c) for c in OPERATOR_CHARACTERS) + text.upper().count("UNION")


def refuse_parser_overflows(text: str, nesting: int = MAX_NESTING, operators: int = MAX_OPERATORS) -> None:
    """QueryRefused when ``text`` nests deeper than ``nesting`` or chains more than ``operators`` operators.

    Cheap for the usual query: a few character counts show it can neither nest that deep nor chain that
    many operators, and the text is not scanned.
    """
    if sum(text.count(c) for c in OPENERS) <= nesting and _most_operators(text) <= operators:
        return
    shape = query_shape(text)
    if shape.depth > nesting:
        raise QueryRefused(f"the query nests {shape.depth} levels of groups or parentheses; at most {nesting} "
                           "are accepted")
    if shape.operators > operators:
        raise QueryRefused(f"the query chains {shape.operators} operators (||, &&, +, -, *, /, |, ^, !, UNION); "
                           f"at most {operators} are accepted: put long lists of values in VALUES or IN")
