"""States the knowledge base does not hold: one local entity per state, whatever names the article gives it.

`L'Iran a saisi un navire. Téhéran a menacé de riposter.`: the state's name and its capital standing for its
government (by the linker's syntax rules, ``stands_for_government``: `Téhéran a menacé` is the state, `une
manifestation à Téhéran` the city) are one local state entity; so are the epithets French news gives one state
(`l'État hébreu`, `la République islamique`) and `le royaume` when the article names one kingdom only. The
capital of a state comes from the table of the world's capitals (``state_names.CAPITALS``, a fact of the
language): never a Wikidata link, the entity stays local. ``LocalStates`` gives the event rules the same entity
for a demonym (`des drones iraniens`, `la marine britannique`): made when a rule first asks for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

from spacy.tokens import Doc, Token

from newsld.extract.model import Entities, Mention, fold
from newsld.extract.nlp import sentence_of
from newsld.extract.state_names import (
    CAPITAL_LABELS,
    EPITHETS,
    KINGDOMS,
    STATE_LABELS,
    STATE_NAMES,
    capital_state,
    state_key,
)

UNLINKED_STATE = "a sovereign state not in the knowledge base of verified Wikidata identifiers"
# `l'État hébreu`, `la République islamique`, `le royaume` (never `Royaume-Uni`): a state's epithet.
EPITHET = re.compile(r"\b(?P<det>[Ll]['’]\s*|[Ll]e\s+|[Ll]a\s+|[Dd]u\s+|[Aa]u\s+)(?P<words>État hébreu|"
                     r"République islamique|royaume chérifien|royaume wahhabite|royaume)(?![\w-])")
FUSED = ("du", "au")
CAPITAL_TITLE = re.compile(r"\bcapitale(?:\s+[a-zéèêëïîôûç-]+)?\s*,?\s*$")  # `la capitale (yéménite,) Sanaa`
ARTICLE_BEFORE = re.compile(r"\b([Ll][ea])\s+$")  # `Le Caire`, `La Havane`: the article is part of the name
CAPITAL_NAME = re.compile(r"(?<![\w’'-])(?:" + "|".join(
    re.escape(name) for name in sorted(CAPITAL_LABELS, key=len, reverse=True)) + r")(?![\w’'-])")


def state_entity(entities: Entities, name: str) -> str:
    """The local entity of the state this name names (`Grande-Bretagne` is `Royaume-Uni`'s), made if need be."""
    key = state_key(name)
    for entity in entities.by_id.values():
        if entity.id.startswith("local:") and entity.type == "country" and state_key(entity.label) == key:
            return entity.id
    return entities.new_local(name, "country", UNLINKED_STATE)


def named_states(entities: Entities) -> set[str]:
    """The keys of the states the article's local entities are."""
    return {key for e in entities.by_id.values() if e.id.startswith("local:") and e.type == "country"
            for key in (state_key(e.label),) if key}


def state_mentions(doc: Doc, text: str, entities: Entities, mentions: list[Mention],
                   root_of: Callable[[int, int], Token | None], actor: Callable[[Token], bool],
                   known: Mapping[str, str]) -> list[Mention]:
    """The mentions with each unlinked capital that stands for its government made its state's (a metonym), and the
    states' epithets added where no mention covers them. ``known`` gives the QID of a state the knowledge base holds
    by its key (``state_key``): `Lisbonne a protesté` is Portugal's QID when the knowledge base holds Portugal but
    not Lisbon."""
    found, named = [], named_states(entities)

    def state_of(name: str) -> str:
        return known.get(state_key(name) or "") or state_entity(entities, name)

    for mention in mentions:
        state = _capital_at(text, mention.start, mention.end) if mention.entity.startswith("local:") else None
        if state and mention.type == "person" and (" " in text[mention.start:mention.end] or state_key(
                state) not in named):
            state = None  # `Ankara` taken for a person's name: the capital only where the article names its state
        if state and CAPITAL_TITLE.search(text, max(0, mention.start - 40), mention.start):
            state = None  # `la capitale Sanaa`, `la capitale yéménite, Sanaa`: the city, by the title the text gives it
        root = root_of(mention.start, mention.end) if state and mention.type != "country" else None
        if state and root is not None and actor(root):
            mention = Mention(mention.start, mention.end, state_of(state), "metonym", "country")
        found.append(mention)
    for match in CAPITAL_NAME.finditer(text):  # `Bakou a affirmé`: a capital the recogniser missed
        start, end = match.span()
        if any(m.start < end and start < m.end for m in found):
            continue
        root = root_of(start, end)
        if CAPITAL_TITLE.search(text, max(0, start - 40), start):
            continue
        if root is not None and root.idx == start and not _in_longer_name(root) and actor(root):
            state = capital_state(match.group())
            assert state is not None
            found.append(Mention(start, end, state_of(state), "metonym", "country"))
    for start, end, state in _epithets(text, entities):
        overlapping = [m for m in found if m.start < end and start < m.end]
        if all(m.entity.startswith("local:") and m.type not in ("person", "country") for m in overlapping):
            found = [m for m in found if m not in overlapping]
            found.append(Mention(start, end, state_of(state), "nominal", "country"))
    return sorted(found, key=lambda m: (m.start, m.end))


def _capital_at(text: str, start: int, end: int) -> str | None:
    """The state whose capital these words name, with the article the name holds (`Caire` after `Le`)."""
    article = ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    return capital_state(text[start:end]) or (capital_state(article.group(1) + " " + text[start:end]) if article
                                               else None)


def _in_longer_name(token: Token) -> bool:
    """`Rome` in `Club de Rome`, `Lima` in `Lima Barreto`: capitalised words right before or after the name."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return any(t is not None and t.text[:1].isupper() and t.is_alpha and t.i != sentence_of(t).start
               for t in (before, after)) or (before is not None and before.text in ("-", "’", "'"))


def _epithets(text: str, entities: Entities) -> Iterator[tuple[int, int, str]]:
    kingdoms = named_states(entities) & KINGDOMS
    for match in EPITHET.finditer(text):
        words = fold(match.group("words"))
        state = EPITHETS.get(words)
        if state is None and words == "royaume" and len(kingdoms) == 1:
            state = next(e.label for e in entities.by_id.values() if e.type == "country" and state_key(
                e.label) in kingdoms)
        if state is not None:
            start = match.start("words") if fold(match.group("det").strip()) in FUSED else match.start()
            yield start, match.end(), state


class LocalStates(dict[str, str]):
    """The event rules' countries by folded label (knowledge-base QIDs), where a state the knowledge base does not
    hold (`iranien` -> `Iran`) gets its local entity when a rule asks for it (the article's own, if it names it)."""

    def __init__(self, known: Mapping[str, str], entities: Entities) -> None:
        super().__init__(known)
        self.entities = entities

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        found = super().get(key)
        if found is not None:
            return found
        if key in STATE_NAMES:
            found = self[key] = state_entity(self.entities, STATE_LABELS.get(key, key))
            return found
        return default
