"""Find the knowledge base's names in a text, with alias rules that hold for any name.

A name is matched on its words (lower case, no accents; hyphens and apostrophes split words) and a rule
says how: the full label or alias; a transliteration variant of a person's name (same consonant skeleton:
``Kim Jung-un`` for ``Kim Jong-un``); an initial and the surname (``V. Poutine``); the surname alone
(``Poutine``, ``Kim``), which the linker resolves against the people the article has already named; an
acronym of an organisation's label (``KCNA``); an administrative region by the French ``région de``
(``région de Moscou`` for ``oblast de Moscou``). A civility (``M.``, ``Mme``) stays out of the span; a name
inside a longer one that names something else (``ONU`` in ``Conseil de sécurité de l'ONU``) is found too,
and a city inside ``région de`` (``Moscou`` in ``région de Moscou``, the area around the city), but no other
name inside a place's name (``Amour`` in ``Komsomolsk-sur-l'Amour`` or ``région de l'Amour`` is no mention of
the river; ``Moscou`` in ``oblast de Moscou``, an administrative unit, only gives it its name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from newsld.extract.knowledge_base import KBEntity, KnowledgeBase
from newsld.extract.model import fold
from newsld.extract.state_names import names_a_state, nationality_state

WORD = re.compile(r"[^\W\d_]+|\d+|\.")
MAX_NAME_WORDS = 9
# `oblast de Moscou`, `kraï de Krasnodar`: French news says `la région de Moscou`.
REGION_LABEL = re.compile(
    r"^(?:oblast|kraï|krai|province|préfecture|district|région|territoire)\s+(?P<rest>(?:de|du|d')\s*.+)$",
    re.IGNORECASE)
CIVILITIES = {"mme", "mlle", "mm", "dr", "pr", "me"}  # and `M.` (checked with its dot)
ACRONYM_SKIP = {"de", "des", "du", "la", "le", "les", "of", "the", "and", "et", "d", "l", "for", "pour"}
VOWELS = set("aeiouy")
# City classes (wdt:P31): a city gives its name to the region around it (`région de Moscou` names Moscow);
# other names inside a place's name (a river: `Komsomolsk-sur-l'Amour`, `région de l'Amour`) do not refer.
SETTLEMENT_CLASSES = {"Q515", "Q5119"}  # city, capital
# Citizenships (wdt:P27) whose names French news writes family name first, with no hyphen to tell it (`Xi
# Jinping`, `Wang Yi`: `M. Xi`, `Xi a reçu`); Korean names say it by their hyphenated given name already.
FAMILY_FIRST_CITIZENSHIPS = {"Q148"}  # People's Republic of China
# French demonyms (any gender and number) -> the country's French label in the knowledge base.
DEMONYMS = {
    "russe": "Russie", "nord-coréen": "Corée du Nord", "sud-coréen": "Corée du Sud", "japonais": "Japon",
    "américain": "États-Unis", "biélorusse": "Biélorussie", "chinois": "Chine", "ukrainien": "Ukraine",
    "vietnamien": "Viêt Nam", "portugais": "Portugal", "soviétique": "Union soviétique",
    "français": "France", "britannique": "Royaume-Uni", "allemand": "Allemagne", "iranien": "Iran",
    "indien": "Inde", "turc": "Turquie", "israélien": "Israël", "kazakh": "Kazakhstan",
}


def demonym_country(word: str | None) -> str | None:
    """`nord-coréenne` -> `Corée du Nord`: strip the feminine and plural endings, then look up."""
    if not word:
        return None
    folded = word.lower()
    found = table_demonym(folded)
    if found is not None:
        return found
    if names_a_state(folded):
        return None  # `Philippines`, `Suisse` as a noun: the state's name, no adjective
    return nationality_state(folded)  # `azerbaïdjanais`, `saoudienne`: a state the knowledge base does not hold


def table_demonym(word: str) -> str | None:
    """`nord-coréenne` -> `Corée du Nord`, for the demonyms of the table above only (the states of most stories)."""
    folded = word.lower()
    for ending in ("nes", "ne", "es", "e", "s", ""):
        if folded.endswith(ending) and folded[: len(folded) - len(ending)] in DEMONYMS:
            return DEMONYMS[folded[: len(folded) - len(ending)]]
    return None


class Word(NamedTuple):  # a tuple, not a frozen dataclass: a text's words are made by the hundred per article
    start: int
    end: int
    text: str
    key: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def words_of(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), word, fold(word)) for m in WORD.finditer(text) for word in (m.group(),)]


def skeleton(word: str) -> str:
    """A romanisation-proof form: the consonants, doubled letters once, a mark for an initial vowel
    (jong, jung -> jng; un, oun -> *n)."""
    out = "*" if word[:1] in VOWELS else word[:1]
    for c in word[1:]:
        if c not in VOWELS and c != out[-1:]:
            out += c
    return out


def name_keys(name: str) -> tuple[str, ...]:
    return tuple(w.key for w in words_of(name) if w.text != ".")


def surname_of(name: str, family_first: bool = False) -> str | None:
    """The family name of a person's name: the last word, or the first when a later word is hyphenated
    (Korean order: ``Kim Jong-un``) or the person's nationality writes it first (``family_first``)."""
    parts = name.split()
    if len(parts) < 2:
        return None
    family = parts[0] if family_first or any("-" in p for p in parts[1:]) else parts[-1]
    keys = name_keys(family)
    return keys[0] if len(keys) == 1 else None


def acronym_of(name: str) -> str | None:
    letters = [w.text[0].upper() for w in words_of(name) if w.text != "." and w.key not in ACRONYM_SKIP]
    return "".join(letters) if len(letters) >= 3 else None


@dataclass
class AliasIndex:
    full: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))
    fuzzy: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))
    surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    initials: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    acronym: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    starts: set[str] = field(default_factory=set)  # first words of full names: where a match can begin
    lowercase: set[tuple[str, ...]] = field(default_factory=set)  # names written in lower case (`armée russe`)
    first_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # `M. Xi`: family first
    fuzzy_starts: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # QIDs of places and countries
    settlements: set[str] = field(default_factory=set)  # QIDs of cities (wdt:P31 city or capital)
    longest: int = 1
    # the numbers of words of the full names that begin with a word: the only lengths worth trying there
    lengths_from: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def add(self, entity: KBEntity) -> None:
        names = entity.names()
        if entity.type in ("place", "country"):
            self.places.add(entity.qid)
        if set(entity.claim("P31")) & SETTLEMENT_CLASSES:
            self.settlements.add(entity.qid)
        if entity.type == "place":
            names += ["région " + m.group("rest") for m in map(REGION_LABEL.match, names) if m]
        for name in names:
            keys = name_keys(name)
            if not keys:
                continue
            self.full[keys].add(entity.qid)
            self.starts.add(keys[0])
            self.lengths_from[keys[0]].add(len(keys))
            if name[:1].islower() and len(keys) >= 2:
                self.lowercase.add(keys)
            self.longest = max(self.longest, len(keys))
            if entity.type == "person":
                self._add_person(entity.qid, name, keys, bool(set(entity.claim("P27")) & FAMILY_FIRST_CITIZENSHIPS))
            elif entity.type == "organization" and acronym_of(name):
                self.acronym[acronym_of(name)].add(entity.qid)

    def _add_person(self, qid: str, name: str, keys: tuple[str, ...], family_first: bool) -> None:
        if len(keys) >= 2:
            self.fuzzy[tuple(skeleton(k) for k in keys)].add(qid)
            self.fuzzy_starts.add(skeleton(keys[0]))
        if len(keys) == 2:
            self.first_names[keys[0]].add(qid)
        family = surname_of(name, family_first)
        if family:
            self.surname[family].add(qid)
            self.initials[keys[0][:1] + " " + family].add(qid)


@cache
def alias_index(kb: KnowledgeBase) -> AliasIndex:
    index = AliasIndex()
    for entity in sorted(kb.entities.values(), key=lambda e: e.qid):
        if entity.type != "position":
            index.add(entity)
    return index


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    candidates: frozenset[str]
    rule: str  # label, transliteration, initial-surname, surname, acronym


def _full_match(words: list[Word], i: int, index: AliasIndex) -> tuple[int, set[str]] | None:
    lengths = index.lengths_from.get(words[i].key)
    if not lengths:
        return None
    for length in range(min(index.longest, MAX_NAME_WORDS, len(words) - i), 0, -1):
        if length not in lengths:
            continue  # no name of this many words begins here
        span = words[i:i + length]
        if any(w.text == "." for w in span):
            continue
        key = tuple(w.key for w in span)
        found = index.full.get(key)
        if found and (span[0].capitalised or span[0].text.isupper() or (length > 1 and span[-1].capitalised)
                      or (key in index.lowercase and span[0].text.islower())):
            return length, found
    return None


def _fuzzy_match(words: list[Word], i: int, index: AliasIndex) -> tuple[int, set[str]] | None:
    if not words[i].capitalised or skeleton(words[i].key) not in index.fuzzy_starts:
        return None
    for length in range(min(4, len(words) - i), 1, -1):
        span = words[i:i + length]
        if not span[0].capitalised or any(w.text == "." for w in span):
            continue
        found = index.fuzzy.get(tuple(skeleton(w.key) for w in span))
        if found:
            return length, found
    return None


def _initial_match(words: list[Word], i: int, index: AliasIndex) -> tuple[int, set[str]] | None:
    if i + 2 >= len(words):
        return None
    initial, dot, family = words[i:i + 3]
    if len(initial.text) == 1 and initial.text.isupper() and dot.text == "." and family.capitalised:
        found = index.initials.get(initial.key + " " + family.key)
        if found:
            return 3, found
    return None


def _after_civility(words: list[Word], i: int) -> bool:
    """`M. Xi`, `Mme Kamikawa`, `MM. Xi et Poutine`: the word after a civility is a family name, whatever the
    name's order; after the plural `MM.`, so is the word after `et`."""
    if i >= 2 and words[i - 1].text == "." and words[i - 2].text in ("M", "MM"):
        return True
    if i >= 4 and words[i - 1].key == "et" and words[i - 3].text == "." and words[i - 4].text == "MM":
        return True
    return i >= 1 and words[i - 1].key in CIVILITIES and words[i - 1].capitalised


def _single_match(word: Word, index: AliasIndex) -> tuple[set[str], str] | None:
    if word.text.isupper() and len(word.text) >= 2 and word.text in index.acronym:
        return index.acronym[word.text], "acronym"
    if word.capitalised and word.key in index.surname:
        return index.surname[word.key], "surname"
    return None


def _match_at(words: list[Word], i: int, index: AliasIndex) -> tuple[int, set[str], str] | None:
    for finder, rule in ((_full_match, "label"), (_initial_match, "initial-surname"),
                         (_fuzzy_match, "transliteration")):
        found = finder(words, i, index)
        if found:
            return found[0], found[1], rule
    single = _single_match(words[i], index)
    if single is None and words[i].capitalised and _after_civility(words, i) and words[i].key in index.first_names:
        single = index.first_names[words[i].key], "civility-surname"
    return (1, single[0], single[1]) if single else None


def find_names(text: str, kb: KnowledgeBase) -> Iterator[NameMatch]:
    """Every knowledge-base name in ``text``, longest first, left to right, never overlapping."""
    index = alias_index(kb)
    words = words_of(text)
    i = 0
    while i < len(words):
        found = _match_at(words, i, index) if words[i].text != "." else None
        if found is None:
            i += 1
            continue
        length, candidates, rule = found
        yield NameMatch(words[i].start, words[i + length - 1].end, frozenset(candidates), rule)
        yield from _inner_names(words[i:i + length], candidates, index)
        i += length


def _inner_names(name: list[Word], outer: set[str], index: AliasIndex) -> Iterator[NameMatch]:
    """Full names inside a longer name that refer to something else (`Nations unies` in `Conseil de sécurité
    des Nations unies`); inside a place's name, only a city in `région de X`, the area around it (`oblast de
    Moscou`, an administrative unit, only bears the city's name)."""
    words, j = name[1:], 0
    city_inside = bool(name) and name[0].key == "region"
    while j < len(words):
        found = _full_match(words, j, index)
        inside_place = bool(outer & index.places) and not (
            city_inside and found[1] <= index.settlements) if found else False
        if found and not found[1] & outer and not inside_place:
            yield NameMatch(words[j].start, words[j + found[0] - 1].end, frozenset(found[1]), "label")
            j += found[0]
        else:
            j += 1
