"""The values extraction passes between its steps: found mentions and the entities they refer to."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


# The forms of `de` (with the article fused or elided) that open a complement of a noun or a verb.
OF_WORDS = frozenset({"de", "d'", "d’", "du", "des"})

@dataclass(frozen=True)
class Entity:
    id: str
    label: str
    type: str
    label_en: str | None = None
    unlinked_reason: str | None = None
    class_qid: str | None = None

    def to_json(self) -> dict[str, str]:
        data = {"id": self.id, "label": self.label, "type": self.type}
        for key in ("label_en", "class_qid", "unlinked_reason"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass
class Mention:
    start: int
    end: int
    entity: str
    kind: str  # name, nominal, pronoun, metonym
    type: str  # the entity's type


@dataclass
class Entities:
    """The entities of one article, by id, in order of first mention."""

    by_id: dict[str, Entity] = field(default_factory=dict)

    def add(self, entity: Entity) -> str:
        self.by_id.setdefault(entity.id, entity)
        return entity.id

    def new_local(self, label: str, type_: str, reason: str, class_qid: str | None = None) -> str:
        """A fresh local entity: ``local:<slug>``, numbered when the slug is taken."""
        base = "local:" + slug(label)[:60].strip("-")
        key, n = base, 2
        while key in self.by_id:
            key, n = f"{base}-{n}", n + 1
        return self.add(Entity(key, label, type_, unlinked_reason=reason, class_qid=class_qid))

    def local(self, label: str, type_: str, reason: str) -> str:
        """The article's local entity of this type and label (folded), made if need be: the same words name the
        same unnamed person or group wherever the steps meet them."""
        key = fold(label)
        for entity in self.by_id.values():
            if entity.id.startswith("local:") and entity.type == type_ and fold(entity.label) == key:
                return entity.id
        return self.new_local(label, type_, reason)


CLAUSE_DEPS_OF_PHRASE = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj", "punct"})


class MentionLookup:
    """``mention_of_token`` over one list of mentions, with the list indexed once: a mention holding a token is
    looked for only among those starting within the longest mention's length before it (bisect), not in the
    whole list, for the many tokens the event rules ask about. Same answers as ``mention_of_token``."""

    def __init__(self, mentions: list[Mention]) -> None:
        # sorted as `min(key=(start, -end))` ranks them, list order breaking ties as `min` does
        self.ranked = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.ranked]
        self.longest = max((m.end - m.start for m in self.ranked), default=0)
        self.starting_at: dict[int, Mention] = {}
        for mention in mentions:  # the first mention listed wins among those starting at one offset
            self.starting_at.setdefault(mention.start, mention)

    def holding(self, idx: int, end: int) -> Mention | None:
        """The outermost (then first listed) mention overlapping the characters ``idx``..``end``."""
        ranked = self.ranked
        for n in range(bisect.bisect_left(self.starts, idx - self.longest + 1), len(ranked)):
            mention = ranked[n]
            if mention.start >= end:
                return None
            if idx < mention.end:
                return mention
        return None

    def of(self, token: object) -> Mention | None:
        idx = token.idx  # type: ignore[attr-defined]
        held = self.holding(idx, idx + len(token.text))  # type: ignore[attr-defined]
        return held if held is not None else _first_in_phrase(self.starting_at, token)


def _first_in_phrase(starting_at: dict[int, Mention], token: object) -> Mention | None:
    # the words of the subtree that start a mention first: most subtrees have none, and then the clauses to cut
    # out of the phrase need not be walked (this runs for every word of a sentence the role rules read)
    starting = [t for t in token.subtree if t.idx in starting_at]  # type: ignore[attr-defined]
    if not starting:
        return None
    cut = {t.i for c in token.children if c.dep_ in CLAUSE_DEPS_OF_PHRASE for t in c.subtree}  # type: ignore[attr-defined]
    # `le secrétaire général de l'Otan Jens Stoltenberg`: the title is the name set beside it, not the body its
    # `de` complement names (a title holds its body; the person is the one who bears it)
    apposed = {t.i for c in token.children if c.dep_ == "appos" and not any(  # type: ignore[attr-defined]
        g.dep_ == "case" for g in c.children) for t in c.subtree}
    offsets = [t.idx for t in starting if t.i not in cut and t.i in apposed] or [
        t.idx for t in starting if t.i not in cut]
    return starting_at[min(offsets)] if offsets else None


def mention_of_token(mentions: list[Mention], token: object) -> Mention | None:
    """The mention a (spaCy) token stands in: the outermost one holding it, else the first one in its noun
    phrase (`le secrétaire général Antonio Guterres` for the token `secrétaire`)."""
    idx, end = token.idx, token.idx + len(token.text)  # type: ignore[attr-defined]
    holding = [m for m in mentions if m.start < end and idx < m.end]  # `-il` holds the mention `il`
    if holding:
        return min(holding, key=lambda m: (m.start, -m.end))
    starting_at: dict[int, Mention] = {}
    for mention in mentions:  # the first mention listed wins among those starting at one offset
        starting_at.setdefault(mention.start, mention)
    return _first_in_phrase(starting_at, token)
