"""Who a speaker written as a role is: `le ministre russe a affirmé`, `», a déclaré l'émissaire russe`, `Le
secrétaire général de l'ONU a appelé`, `le régime nord-coréen a affirmé`.

The reference rules resolve many role nouns; a speaker's role phrase they left alone would otherwise become an
unnamed local speaker, or worse the institution named inside it (`de l'ONU`). A role phrase names a person the
article already named when every word of it fits that person's verified position (wdt:P39: `ministre des
Affaires étrangères de Russie` holds `ministre` and `russe`), or, for a role any envoy or leader may hold
(`l'émissaire russe`), when the nationality fits (wdt:P27). Of the people it fits, the last one who was a
subject or spoke is meant, as a reader takes it. `le régime nord-coréen` is the state (the gold convention).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from newsld.extract.knowledge_base import KBEntity, KnowledgeBase
from newsld.extract.model import fold
from newsld.extract.names import demonym_country

# Roles that say what someone does on this occasion, not an office: any person of the right country may hold them
OCCASIONAL_ROLES = {"émissaire", "envoyé", "envoyée", "dirigeant", "dirigeante", "responsable", "négociateur",
                    "négociatrice", "visiteur", "visiteuse", "numéro"}
FEMININE_ROLES = {"présidente", "ambassadrice", "directrice", "conseillère", "représentante", "envoyée",
                  "dirigeante", "négociatrice", "visiteuse", "patronne", "secrétaire-générale", "cheffe"}
# Nouns whose phrase with a demonym is the state itself (`le régime nord-coréen`)
STATE_NOUNS = {"régime"}
# `le chef du gouvernement`, `le chef de l'État`, `le chef de l'exécutif`: whoever leads the country
LEADER_SEATS = {"gouvernement", "etat", "executif"}
# `le chef de la diplomatie japonaise`, `la cheffe de la diplomatie`: the foreign minister (words of the position)
OFFICE_OF_SEAT = {"diplomatie": "affaires etrangeres"}
INDEFINITE = {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques"}
SKIPPED_POS = {"DET", "ADP", "PUNCT", "CCONJ", "NUM"}


@dataclass(frozen=True)
class Candidate:
    """A person the article named before the role phrase: where, and whether as a subject or a speaker."""

    offset: int
    entity: str
    subject: bool
    gender: str | None = None  # as the article marks it (`Mme`, `la ministre X`)


def state_of_regime(kb: KnowledgeBase, head: Token) -> str | None:
    """`le régime nord-coréen` -> North Korea: a state noun with a demonym, the country it names."""
    if head.lemma_.lower() not in STATE_NOUNS:
        return None
    demonyms = [demonym_country(c.lower_) for c in head.children if c.dep_ == "amod"]
    labels = {fold(d) for d in demonyms if d}
    found = [c.qid for c in kb.of_type("country") if fold(c.label("fr")) in labels]
    return found[0] if len(found) == 1 else None


def role_gender(head: Token) -> str | None:
    """`la porte-parole`, `la ministre`, `présidente`: the gender a role is written in (its determiner, else the
    noun's own), None when unmarked (`l'émissaire`)."""
    if head.lower_ in FEMININE_ROLES:
        return "Fem"
    determiner = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    genders = determiner.morph.get("Gender") if determiner is not None else []  # not `l'`: the tagger guesses
    return genders[0] if len(genders) == 1 and determiner.lower_ not in ("l'", "l’") else None


def role_holder(kb: KnowledgeBase, words: list[Token], inside: dict[int, str],
                candidates: Iterable[Candidate]) -> str | None:
    """The person a role phrase (its words from the head noun on) names, among the candidates; ``inside`` gives
    the entity of each word that is part of a mention (`ONU` in `de l'ONU`). A feminine role only names a person
    the article marks as a woman, a masculine one anyone else."""
    content = [w for w in words if w.pos_ not in SKIPPED_POS]
    if not content or _indefinite(content[0]):
        return None  # `un haut responsable japonais`: someone not named, not the Japanese already in the story
    leader = len(content) > 1 and content[0].lower_ == "chef" and fold(content[1].lower_) in LEADER_SEATS
    office = _office_of_seat(content)
    if leader or office:
        content = [content[0], *content[2:]]  # `le chef du gouvernement japonais`: a leader, of that nationality
    said = role_gender(content[0])
    fitting = [c for c in candidates if _fits(kb.get(c.entity), content, inside, kb, leader, office)
               and (c.gender == "Fem") == (said == "Fem")]
    if not fitting:
        return None
    subjects = [c for c in fitting if c.subject]
    return max(subjects or fitting, key=lambda c: c.offset).entity


def _office_of_seat(content: list[Token]) -> str | None:
    """`chef de la diplomatie`: the words the position's label holds for the seat a chief heads."""
    if len(content) < 2 or content[0].lower_ not in ("chef", "cheffe"):
        return None
    return OFFICE_OF_SEAT.get(fold(content[1].lower_))


def _indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children)


def _fits(person: KBEntity | None, content: list[Token], inside: dict[int, str], kb: KnowledgeBase,
          leader: bool = False, office: str | None = None) -> bool:
    if person is None or person.type != "person":
        return False
    positions = [fold(p.label("fr")) for p in map(kb.get, person.claim("P39")) if p is not None]
    if office is not None and not any(office in label for label in positions):
        return False
    head = content[0]
    if not leader and office is None and head.lower_ not in OCCASIONAL_ROLES and not any(
            _word_in(head, label) for label in positions):
        return False
    return all(_qualifier_fits(w, person, positions, inside, kb) for w in content[1:])


def _qualifier_fits(word: Token, person: KBEntity, positions: list[str], inside: dict[int, str],
                    kb: KnowledgeBase) -> bool:
    """`russe` (the nationality, or the country in the position), `de l'ONU` (a name of the organisation in the
    position), `général`, `des Affaires étrangères` (words of the position)."""
    if word.i in inside:
        entity = kb.get(inside[word.i])
        names = [fold(n) for n in entity.names()] if entity is not None else []
        return inside[word.i] in person.claim("P27") or any(n in label for n in names for label in positions)
    country = demonym_country(word.lower_)
    if country is not None:
        countries = [c.qid for c in kb.of_type("country") if fold(c.label("fr")) == fold(country)]
        return bool(set(countries) & set(person.claim("P27"))) or any(fold(country) in p for p in positions)
    return any(_word_in(word, label) for label in positions)


def _word_in(word: Token, label: str) -> bool:
    return f" {fold(word.text)} " in f" {label} " or f" {fold(word.lemma_)} " in f" {label} "


# A court speaks through its rulings: a description of it (`la plus haute juridiction de l'ONU`, `le tribunal`) and
# its members as one (`les juges ont conclu`) take up the court the article named, not a person named nearby nor
# the body inside the description (`de l'ONU`). Members of other bodies (`les députés`) often speak as a group of
# their own, so only courts are read this way.
COURT_NOUNS = {"cour", "tribunal", "juridiction"}
MEMBERS_OF_BODY = {"juge": COURT_NOUNS, "magistrat": COURT_NOUNS, "magistrate": COURT_NOUNS}
DEFINITE_DETERMINERS = {"le", "la", "l'", "l’", "les", "ce", "cette", "ces"}


def body_described(head: Token) -> set[str] | None:
    """The nouns that name the body a definite phrase takes up: a singular court noun (`la juridiction`) or a
    plural noun of its members (`les juges`); None for any other phrase."""
    lemma = head.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in head.children):
        return None
    number = head.morph.get("Number")
    if lemma in MEMBERS_OF_BODY and "Plur" in number:
        return MEMBERS_OF_BODY[lemma]
    return COURT_NOUNS if lemma in COURT_NOUNS and "Plur" not in number else None


def names_body(words: str, nouns: set[str]) -> bool:
    """Does a name start with one of these nouns (`Cour internationale de justice`, `le Tribunal de Paris`)?"""
    bare = re.sub(r"^(?:les?\s+|la\s+|l['’]\s*)", "", words.strip().lower())
    return bare.split(" ", 1)[0] in nouns
