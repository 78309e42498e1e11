"""Kinds of office that have a counterpart in every government, and the titles that name them.

``son homologue russe`` is the person who holds, in Russia, the office its possessor holds at home: the
counterpart of a secretary of state is Russia's foreign minister, not the last Russian the article named. The
possessor's office is read from the titles the article or the knowledge base gives them (``le secrétaire
d'État``, a wdt:P39 position), the counterpart from the positions of the knowledge base whose labels name the
same kind of office.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsld.extract.model import fold

NATIONALITY = r"(?: [a-z-]+)?"  # `ministre sud-coreen des affaires etrangeres`: a demonym may come in between
BODIES = r"(?:commission|conseil|parlement|chambre|senat|assemblee|cour|comite|parti|groupe|banque|fonds)"
# kind -> (a folded title naming it, from its start; folded position-label prefixes of the knowledge base)
OFFICE_KINDS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "foreign minister": (re.compile(rf"^(?:ministre{NATIONALITY} des affaires etrangeres|secretaire d'etat\b(?! a\b)"
                                    r"|chef(?:fe)? de la diplomatie)"),
                         ("ministre des affaires etrangeres", "secretaire d'etat")),
    "head of government": (re.compile(r"^(?:premiere? ministre|chef(?:fe)? du gouvernement|chanceliere?"
                                      r"|president du gouvernement)"),
                           ("premier ministre", "chancelier", "president du gouvernement")),
    "defence minister": (re.compile(rf"^(?:ministre{NATIONALITY} de la defense|secretaire (?:d'etat )?a la defense)"),
                         ("ministre de la defense", "secretaire a la defense")),
    "head of state": (re.compile(r"^(?:presidente?|chef(?:fe)? de l'etat|dirigeante?)\b"
                                 rf"(?! (?:du|de la|de l'|des) ?{BODIES})"),
                      ("president", "dirigeant supreme")),
    # `le prince héritier saoudien`: a monarchy's designated successor (often its head of government as well)
    "heir to the throne": (re.compile(r"^prince(?:sse)? heritiere?\b"), ("prince heritier",)),
    # `le roi`, `l'émir du Qatar`: a monarch, a head of state of another kind than a president
    "monarch": (re.compile(r"^(?:roi|reine|emir|monarque)\b"), ("roi", "reine", "emir")),
}
ORDER = ("foreign minister", "head of government", "defence minister", "head of state",
         "heir to the throne", "monarch")  # most specific first


def office_kind(titles: Iterable[str]) -> str | None:
    """The one kind of office these titles (any case, with or without a determiner) name; None when they
    name none or several."""
    kinds = {_kind_of(_bare(title)) for title in titles}
    kinds.discard(None)
    return kinds.pop() if len(kinds) == 1 else None


def position_prefixes(kind: str) -> tuple[str, ...]:
    """The folded position-label prefixes of the knowledge base for this kind of office."""
    return OFFICE_KINDS[kind][1]


def _bare(title: str) -> str:
    words = fold(title).replace("’", "'").split()
    while words and words[0] in ("le", "la", "l'", "son", "sa", "leur", "du", "au", "un", "une", "ce", "cet",
                                 "cette", "ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle"):
        words = words[1:]
    return " ".join(words).replace("l' ", "l'")


def _kind_of(title: str) -> str | None:
    title = title.removeprefix("l'")
    for kind in ORDER:
        if OFFICE_KINDS[kind][0].match(title):
            return kind
    return None
