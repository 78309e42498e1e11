"""Two constructions where a place's name only gives its name to something else.

A region named after its centre: ``l'oblast de Moscou``, ``la province de Hokkaido``, ``le kraï de Krasnodar``,
``la préfecture côtière de Fukushima`` (an administrative noun, adjectives allowed, then ``de`` and a name). The
region phrase is the mention (linked when the knowledge base holds the region, else a local place); the name
inside it is no mention of its own. ``la région (frontalière) de X`` is left out: French says it of the area
around a city too (``la région de Sariwon``), where the city is named, and the gold corpus reads it so
(``Koursk`` in ``la région frontalière de Koursk``, ``Moscou`` in ``la région de Moscou``).

A thing's proper name after its class noun: ``le gazoduc Force de Sibérie 2``, ``le missile Hwasong-19``, ``le
porte-avions Shandong``, ``l'opération Bouclier du désert``. The capitalised run after a definite singular class
noun is one local thing; a place's name inside it (``Sibérie``) is no mention. After a plural or an indefinite one
(``des missiles Iskander``, ``un bombardier Tu-160``) the run names a model, of which this is one: no mention at
all. A model's designator after a definite article (``le Hwasong-19``, ``le F-16``) is a thing too. ``le pont de
Crimée`` (``de`` between the noun and the name) is a description that names the place, and ``l'accord
Chine-Russie`` (two places) names its parties: neither is read here.

A capitalised word and ``de`` (or ``of``) before a place's name inside a sentence make a longer proper name of
something else (``Force de Sibérie 2``, ``Power of Siberia 2``): the linker keeps titles and bodies out of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LOWER = "a-zéèêëïîôûçàâœ"
# Administrative nouns whose `de X` complement is the region's own name; not `région` (see above), nor
# `territoire`, `département` and `république`, which take a country or a ministry (`le territoire de l'Ukraine`,
# `le département d'État`, `la république de Corée`).
REGION_NOUNS = ("oblast", "kraï", "krai", "province", "préfecture", "district", "gouvernorat", "comté", "canton")
OF = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
ADJECTIVE = rf"[{LOWER}][{LOWER}-]+"
FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "et", "ou", "en", "à", "au", "aux", "d", "l"}
REGION_BEFORE = re.compile(
    rf"\b(?P<noun>{'|'.join(REGION_NOUNS)})(?P<adjectives>(?:\s+{ADJECTIVE}){{0,2}})\s+{OF}$", re.IGNORECASE)
# `l'État de Washington`, `l'État de New York`: a federated state named after a city. Read only before a known
# city: before an unknown name it may be a country's own name (`l'État d'Israël`, `l'État de Palestine`).
STATE_BEFORE = re.compile(rf"\b[Ll]['’](?P<noun>État)\s+{OF}$")

# Class nouns of things that bear proper names, and the type of the thing.
THING_TYPES = {
    **dict.fromkeys(("gazoduc", "oléoduc", "pipeline", "missile", "navire", "porte-avions", "porte-hélicoptères",
                     "sous-marin", "frégate", "destroyer", "croiseur", "corvette", "brise-glace", "pétrolier",
                     "méthanier", "cargo", "tanker", "satellite", "fusée", "lanceur", "sonde", "vaisseau", "drone",
                     "char", "bombardier", "chasseur", "avion", "hélicoptère", "paquebot", "ferry", "chalutier"),
                    "object"),
    **dict.fromkeys(("opération", "programme", "plan", "traité", "accord", "exercice", "mission", "projet",
                     "initiative", "pacte", "doctrine", "ouragan", "typhon", "cyclone", "tempête"), "other"),
}
PLURALS = {noun + "s" for noun in THING_TYPES if not noun.endswith("s")}
NAME_WORD = r"(?:[A-ZÉÈÊÎÔÂ][\w’'-]*|\d[\w-]*)"
THING = re.compile(  # the class noun in any case, its name capitalised
    rf"\b(?P<noun>(?i:{'|'.join(map(re.escape, sorted({*THING_TYPES, *PLURALS}, key=len, reverse=True)))}))"
    rf"[ \u00a0]+(?:«[ \u00a0\u202f]*)?(?P<name>[A-ZÉÈÊÎÔÂ][\w’'-]+(?:[ \u00a0]+(?:{OF})?{NAME_WORD})*)")
# Words that may follow a class noun with a capital without naming anything (`le plan Marshall` names a plan,
# but `un missile Lundi` never occurs; a new sentence or a title is kept out by these).
# Determiners before a class noun that make the name after it a model's (`un bombardier Tu-160`).
INDEFINITES = {"un", "une", "des", "de", "d'", "d’", "d'un", "d'une", "d’un", "d’une", "deux", "trois", "quatre",
               "plusieurs", "quelques", "chaque", "aucun", "aucune"}
# Adjectives between the determiner and the class noun (`un nouveau missile`, `le premier satellite`).
PRENOMINAL = {"nouveau", "nouvel", "nouvelle", "autre", "premier", "première", "dernier", "dernière", "second",
              "seconde", "gigantesque", "grand", "grande", "vaste", "futur", "future", "ancien", "ancienne"}
NOT_A_NAME = {"le", "la", "les", "un", "une", "des", "de", "du", "ce", "cette", "il", "elle", "ils", "elles",
              "m", "mme", "monsieur", "madame", "président", "ministre"}


@dataclass(frozen=True)
class ThingName:
    start: int  # the capitalised run, without its class noun
    end: int
    type: str
    one_thing: bool  # a singular class noun: one thing, a mention; a plural: a model, no mention


def region_phrase_start(text: str, name_start: int, city: bool = False) -> int | None:
    """Where the region phrase holding the name at ``name_start`` begins (its administrative noun), or None;
    `l'État de X` too when X is a known ``city``."""
    state = STATE_BEFORE.search(text, max(0, name_start - 12), name_start) if city else None
    if state is not None:
        return state.start("noun")
    found = REGION_BEFORE.search(text, max(0, name_start - 60), name_start)
    if found is None:
        return None
    adjectives = found.group("adjectives").split()
    if any(word.lower() in FUNCTION_WORDS for word in adjectives):
        return None  # `la province et de la ville de X`: no adjective there
    return found.start("noun")


# A model's designator after a definite article, without its class noun (`le Hwasong-19`, `du Su-35`, `le F-16`):
# letters, a hyphen, digits. After an indefinite one (`un Su-35`) it is one of the model: no mention.
DESIGNATOR = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|du|au)[ \u00a0]*(?P<name>[A-Z][a-z]*-\d+[A-Za-z]?)(?![\w-])")


def thing_names(text: str) -> list[ThingName]:
    """Every capitalised run after a class noun of things, and every model designated after a definite article
    (`le Hwasong-19`), in text order."""
    things = [thing for thing in map(_thing_of, THING.finditer(text)) if thing is not None]
    taken = {thing.start for thing in things}
    designated = [ThingName(found.start("name"), found.end("name"), "object", True)
                  for found in DESIGNATOR.finditer(text) if found.start("name") not in taken]
    return sorted(things + designated, key=lambda thing: thing.start)


def _thing_of(found: re.Match[str]) -> ThingName | None:
    text, noun, name = found.string, found.group("noun"), found.group("name")
    opening = text[max(0, found.start() - 4):found.start()].rstrip()[-1:]
    if noun[:1].isupper() and opening not in ("", ".", "!", "?", "«"):
        return None  # `la Mission permanente`: a capitalised noun inside a sentence is part of a name
    if name.split()[0].strip("’'").lower() in NOT_A_NAME:
        return None
    lowered = noun.lower()
    type_ = THING_TYPES.get(lowered) or THING_TYPES.get(lowered[:-1], "object")
    before = [w.lower() for w in text[max(0, found.start() - 30):found.start()].split()]
    while before and before[-1] in PRENOMINAL:
        before.pop()
    indefinite = bool(before) and before[-1] in INDEFINITES
    return ThingName(found.start("name"), found.end("name"), type_, lowered in THING_TYPES and not indefinite)


# A capitalised word then `de` (or English `of`) right before a place's name: a longer proper name of something
# else (`Force de Sibérie 2`, `Power of Siberia 2`, `Tour de France`), whose place is no mention; a number may end
# it. Not at a sentence's start, where any word takes a capital.
NAME_HEAD_BEFORE = re.compile(
    r"(?P<head>[A-ZÉÈÊÎÔÂ][\w’'-]+)[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|de|du|des|d['’]|of(?:[ \u00a0]+the)?)"
    r"[ \u00a0]*$")
DETERMINERS = {"le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces"}
SENTENCE_OPENINGS = ("", ".", "!", "?", ":", "\n", "«", "(", "—", "–", "-")
NUMBER_TAIL = re.compile(r"[ \u00a0]+\d+\b")


def name_head_before(text: str, name_start: int) -> int | None:
    """Where the longer name that holds the place's name at ``name_start`` begins (its capitalised head word),
    or None; the caller says which head words are titles or bodies rather than names."""
    found = NAME_HEAD_BEFORE.search(text, max(0, name_start - 40), name_start)
    if found is None:
        return None
    opening = text[max(0, found.start() - 4):found.start()].rstrip()[-1:]
    if opening in SENTENCE_OPENINGS or text[found.start() - 1:found.start()].isalnum():
        return None  # any word takes a capital there; a capital inside a word is no head
    previous = text[max(0, found.start() - 30):found.start()].split()[-1:]
    if previous and previous[0][:1].isupper() and previous[0].lower().replace("’", "'") not in DETERMINERS:
        return None  # `Lee Jae-myung de Corée du Sud`: the end of a person's name, then where they are from
    return found.start("head")


def name_tail_end(text: str, name_end: int) -> int:
    """The end of such a name: past a number after the place (`Force de Sibérie 2`)."""
    tail = NUMBER_TAIL.match(text, name_end)
    return tail.end() if tail else name_end

