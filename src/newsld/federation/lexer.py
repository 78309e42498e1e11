"""A small SPARQL lexer: enough of SPARQL's lexical grammar to find keywords, braces and variables safely.

Strings, IRIs and comments are whole tokens, so a ``SERVICE`` or a ``{`` inside them is never taken for
syntax. The parser (rdflib) stays the authority on what a query means; this lexer only locates tokens in the
text so that they can be rewritten in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Order matters: strings and IRIs before comments and names.
_TOKEN = re.compile(
    r'''(?P<ws>\s+)
      | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'
                  |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<comment>\#[^\n\r]*)
      | (?P<var>[?$]\w+)
      | (?P<name>[\w:](?:[\w\-.:%]|\\.)*)
      | (?P<other>.)''',
    re.VERBOSE | re.DOTALL,
)
_CLOSING = {"{": "}", "(": ")", "[": "]"}


@dataclass(frozen=True)
class Token:
    kind: str  # string, iri, var, name (keyword, prefixed name, number) or other (punctuation)
    text: str
    start: int
    end: int

    def is_keyword(self, *words: str) -> bool:
        return self.kind == "name" and self.text.upper() in words


def tokens(query_text: str) -> list[Token]:
    """The significant tokens of the query (no whitespace, no comments)."""
    return [
        Token(m.lastgroup or "other", m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(query_text)
        if m.lastgroup not in ("ws", "comment")
    ]


def matching(found: list[Token], opening: int) -> int:
    """The index of the token closing the bracket at ``opening`` (len(found) if it is never closed)."""
    want = _CLOSING[found[opening].text]
    depth = 0
    for index in range(opening, len(found)):
        text = found[index].text if found[index].kind == "other" else ""
        if text == found[opening].text:
            depth += 1
        elif text == want:
            depth -= 1
            if depth == 0:
                return index
    return len(found)
