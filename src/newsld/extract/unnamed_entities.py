"""People and things the article never names: introduced by an indefinite noun phrase, taken up by definite ones.

``un ancien responsable de la Défense ... L'ancien fonctionnaire``, ``un cargo battant pavillon panaméen ... le
navire``, ``une centrale nucléaire ... la centrale``: one local entity (never a Wikidata link: nothing says which
item it would be) for the introduction and each later definite phrase whose head noun is of the same class
(:data:`NOUN_CLASSES`). The introduction counts only as a participant of an event: a subject, an object, an agent
after `par`, or the `de` complement of an event noun (`l'arrestation d'un diplomate`). A generic use introduces
nobody: `la première expulsion d'un diplomate russe depuis 2020` (an ordinal or a `depuis` on the event noun makes it
a count of such events), `comme un diplomate`, a plural. A phrase a mention already covers (a name, a title before a
name: `un diplomate, Ivan Petrov`) is left to that mention; a definite take-up only follows an introduction.
An object or a thing gets its mention only once a take-up shows the chain: alone, the event steps make it a
theme (or a place visited) themselves, and give a weapon's state the act (`un missile russe a touché`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsld.extract.event_lexicon import NOUN_FRAMES
from newsld.extract.indefinite_persons import INDEFINITE
from newsld.extract.model import Mention
from newsld.extract.noun_phrases import ARTICLE_PREFIX, noun_phrase

# head noun -> (class, mention type): a take-up's head is of its introduction's class (`le navire` for `un cargo`).
_PEOPLE = {
    "official": ("responsable", "fonctionnaire", "haut-fonctionnaire", "cadre", "dignitaire"),
    "diplomat": ("diplomate", "attaché", "attachée"),
    "employee": ("employé", "employée", "salarié", "salariée", "technicien", "technicienne", "ouvrier", "ouvrière"),
    "suspect": ("suspect", "suspecte", "assaillant", "assaillante", "tireur", "tireuse", "agresseur"),
    "soldier": ("soldat", "militaire", "officier", "militaire"),
    "journalist": ("journaliste", "reporter", "correspondant", "correspondante", "photographe"),
    "lawyer": ("avocat", "avocate"),
    "doctor": ("médecin", "chirurgien", "chirurgienne"),
    "victim": ("victime", "blessé", "blessée", "otage"),
    "businessman": ("entrepreneur", "entrepreneuse", "industriel", "industrielle"),
}
_THINGS = {
    "ship": ("navire", "cargo", "bateau", "pétrolier", "chalutier", "méthanier", "porte-conteneurs", "vraquier",
             "bâtiment", "ferry", "paquebot"),
    "plant": ("centrale", "réacteur"),
    "factory": ("usine", "raffinerie", "entrepôt", "dépôt"),
    "aircraft": ("avion", "appareil", "hélicoptère", "bombardier", "chasseur"),
    "drone": ("drone",),
    "missile": ("missile", "projectile", "roquette"),
    "satellite": ("satellite",),
    "submarine": ("sous-marin",),
    "vehicle": ("camion", "véhicule", "voiture", "bus", "autocar", "train"),
    "building": ("immeuble", "hôpital", "école"),
    "bridge": ("pont", "barrage"),
}
PLACE_CLASSES = {"factory"}  # a site one visits or works in: the place of events, not a thing they take
NOUN_CLASSES: dict[str, tuple[str, str]] = {
    **{noun: (name, "place" if name in PLACE_CLASSES else "object") for name, nouns in _THINGS.items()
       for noun in nouns},
    **{noun: (name, "person") for name, nouns in _PEOPLE.items() for noun in nouns},
}
DEFINITE = {"le", "la", "l'", "l’"}
FUSED_DEFINITE = {"du", "au"}  # `du navire`, `au diplomate`: a definite article fused with its preposition
PARTICIPANT_DEPS = {"nsubj", "nsubj:pass", "obj", "obl:agent"}
GENERIC_CASES = {"comme", "tel", "telle"}  # `comme un diplomate`: a kind, not someone
COUNTING_MODIFIERS = {"premier", "première", "dernier", "dernière", "seul", "seule", "énième", "deuxième",
                      "troisième"}  # `la première expulsion d'un diplomate`: how often such a thing happens
NAME_GAP = 3  # characters between a phrase and a name that describes it (`, `)

Allocate = Callable[[str, str], str]  # (label, mention type) -> a fresh local entity id


@dataclass
class _Chain:
    """An introduced entity: its class, the entity its mentions share, and its introduction while it waits for a
    take-up (an object's or a thing's: the event steps already make those, a chain only adds its take-ups)."""

    noun_class: str
    type_: str
    entity: str
    waiting: tuple[int, int, str] | None = None  # (start, end, label) of an introduction with no entity yet


def unnamed_entity_mentions(doc: Doc, mentions: list[Mention], allocate: Allocate) -> list[Mention]:
    """The mentions of each unnamed participant introduced by `un`/`une` and of its later definite take-ups."""
    found: list[Mention] = []
    chains: list[_Chain] = []
    for noun in _class_nouns(doc):
        noun_class, type_ = NOUN_CLASSES[_word(noun)]
        if _introduction(noun):
            chain = _introduce(noun, noun_class, type_, [*mentions, *found])
            if chain is not None:
                chains.append(chain)
                found.extend(_introduction_mentions(chain, noun, allocate))
        elif _take_up(noun) and not _described_by_name(noun, [*mentions, *found]):
            chain = next((c for c in reversed(chains) if c.noun_class == noun_class), None)
            if chain is not None:
                found.extend(_take_up_mentions(noun, chain, allocate))
    return sorted(found, key=lambda m: m.start)


def _introduction_mentions(chain: _Chain, noun: Token, allocate: Allocate) -> list[Mention]:
    """The introduction's mention now, unless it has one already or waits for a take-up: an object, a thing (the
    event steps make their own theme of it, and give a weapon's state the act: `un missile russe a touché`)."""
    if chain.entity or noun.dep_ == "obj" or chain.type_ != "person":
        return []
    return _waiting_mentions(chain, allocate)


def _waiting_mentions(chain: _Chain, allocate: Allocate) -> list[Mention]:
    """The introduction's mention, its local entity made now that the chain is used."""
    if chain.waiting is None:
        return []
    start, end, label = chain.waiting
    chain.entity, chain.waiting = allocate(label, chain.type_), None
    return [Mention(start, end, chain.entity, "nominal", chain.type_)]


def _take_up_mentions(noun: Token, chain: _Chain, allocate: Allocate) -> list[Mention]:
    """The take-up's mention, after its chain's introduction if that was waiting for one."""
    start, end = noun_phrase(noun)
    introduction = _waiting_mentions(chain, allocate)
    return [*introduction, Mention(start, end, chain.entity, "nominal", chain.type_)]


def _word(noun: Token) -> str:
    word = noun.lower_.replace("’", "'")
    return word if word in NOUN_CLASSES else noun.lemma_.lower()


def _class_nouns(doc: Doc) -> Iterator[Token]:
    """Singular common nouns of a known class, in text order."""
    for token in doc:
        if token.pos_ == "NOUN" and "Plur" not in token.morph.get("Number") and _word(token) in NOUN_CLASSES:
            yield token


def _determiner(noun: Token) -> str | None:
    det = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    if det is not None:
        return det.lower_
    before = noun.doc[noun.i - 1] if noun.i else None  # `du navire`: the parser may hang `du` elsewhere
    return before.lower_ if before is not None and before.lower_ in FUSED_DEFINITE else None


def _introduction(noun: Token) -> bool:
    """`un diplomate russe` as a subject, an object, an agent or the `de` complement of an event noun."""
    if _determiner(noun) not in INDEFINITE or any(c.dep_ == "case" and c.lower_ in GENERIC_CASES
                                                   for c in noun.children):
        return False
    if noun.dep_ in PARTICIPANT_DEPS:
        return True
    return noun.dep_ == "nmod" and _event_complement(noun)


def _event_complement(noun: Token) -> bool:
    """`l'arrestation d'un diplomate`: the `de` complement of an event noun, unless the event noun counts
    occurrences (`la première expulsion d'un diplomate depuis 2020`)."""
    event = noun.head
    if not any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in noun.children):
        return False
    if event.pos_ != "NOUN" or event.lemma_.lower() not in NOUN_FRAMES:
        return False
    counted = any(c.lower_ in COUNTING_MODIFIERS for c in event.children)
    since = any(g.lower_ == "depuis" for c in event.children if c.dep_ in ("nmod", "obl") for g in c.children)
    return not (counted or since)


def _take_up(noun: Token) -> bool:
    return _determiner(noun) in DEFINITE | FUSED_DEFINITE


def _described_by_name(noun: Token, mentions: list[Mention]) -> bool:
    """Is the noun inside a mention, or set beside a name (`le diplomate Ivan Petrov`, `un cargo, le X,`)?"""
    end = noun.idx + len(noun.text)
    if any(m.start < end and noun.idx < m.end for m in mentions):
        return True
    if any(c.pos_ == "PROPN" and c.dep_ in ("appos", "flat:name", "nmod") and c.i <= noun.i + 2 and not any(
            g.dep_ == "case" for g in c.children) for c in noun.children):
        return True  # `le cargo Sea Star`, `un diplomate, Ivan Petrov` (not a name further on: `en mer Noire`)
    _, phrase_end = noun_phrase(noun)
    text = noun.doc.text
    return any(m.kind == "name" and phrase_end <= m.start <= phrase_end + NAME_GAP
               and text[phrase_end:m.start].strip() in ("", ",") for m in mentions)


def _introduce(noun: Token, noun_class: str, type_: str, mentions: list[Mention]) -> _Chain | None:
    """The introduction's chain: with the entity a mention already there gives it (`un diplomate occidental a
    dit`, a local person of :mod:`newsld.extract.indefinite_persons`), else waiting for a local entity of its
    own; none when a name describes it."""
    same = next((m for m in mentions if m.start <= noun.idx < m.end and m.type == type_ and m.kind == "nominal"
                 and m.entity.startswith("local:")), None)
    if same is not None:
        return _Chain(noun_class, type_, same.entity)
    if _described_by_name(noun, mentions):
        return None
    start, end = noun_phrase(noun)
    label = ARTICLE_PREFIX.sub("", noun.doc.text[start:end]) or noun.text
    return _Chain(noun_class, type_, "", (start, end, label))
