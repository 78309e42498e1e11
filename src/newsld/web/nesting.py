"""How deeply a query nests its groups, brackets and parentheses, counted before any parser sees it.

Oxigraph's parser recurses once per level and overflows its stack (the worker process dies) somewhere
between 2,000 and 3,000 nested groups; a query of a few kilobytes would then cost a worker restart each
time it is sent. No real query nests more than a few dozen levels, so deeper ones are refused up front.
Strings, IRIs and comments are skipped, so brackets inside them do not count.
"""

from __future__ import annotations

import re

from newsld.errors import QueryRefused

MAX_NESTING = 256
OPENERS = "{(["
_TOKEN = re.compile(
    r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
      |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'
      |<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n\r]*
      |(?P<open>[{(\[])|(?P<close>[})\]])''',
    re.VERBOSE | re.DOTALL,
)


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``{ ( [`` in ``text``, outside strings, IRIs and comments."""
    depth = deepest = 0
    for token in _TOKEN.finditer(text):
        if token.lastgroup == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif token.lastgroup == "close":
            depth -= 1
    return deepest


def refuse_deep_nesting(text: str, limit: int = MAX_NESTING) -> None:
    """QueryRefused when ``text`` nests deeper than ``limit`` (cheap for the usual query: a few counts)."""
    if sum(text.count(c) for c in OPENERS) <= limit:
        return
    depth = nesting_depth(text)
    if depth > limit:
        raise QueryRefused(f"the query nests {depth} levels of groups or parentheses; at most {limit} are accepted")
