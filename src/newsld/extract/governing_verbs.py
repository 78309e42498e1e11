"""The party of an act told by a noun that the verb governing the noun gives (control), by class of verb.

Wire copy often tells an act by a noun whose own complements name nobody: the doer, or the one it is done to, is
an argument of the verb the noun is a complement of. Which argument it is depends on the class of that verb, not on
the noun or the topic:

==========================================  ============================  ================  ========================
governing verb (class)                       the noun                      argument of verb  role in the noun's act
==========================================  ============================  ================  ========================
weighing, telling or deciding a response     object: a response or a       subject (a state  doer (``responder``)
(`examiner`, `évoquer`, `annoncer`,          measure (`riposte`,           or a known body)
`décider`, `brandir`, `n'exclut pas`)        `représailles`, `sanctions`)
threatening (`menacer de`, `menacer X de`,   object or `de` complement;    subject (a state  doer; X the one it is
`brandir la menace de`)                      `de` the noun `menace`        or a known body)  done to (``threatened_by``)
asking for or reacting to an act done to     object with a possessive      subject           not the owner: the person
someone (`exiger`, `réclamer`, `saluer`)     (`sa libération`)                               named before; the holder
                                                                                             frees (``asked_for_owner``)
denouncing or charging meddling              `ingérence ... dans ses       subject (`ses`)   the one meddled with
(`dénoncer`, `accuser X de`)                 affaires`                                       (``meddled_with``)
==========================================  ============================  ================  ========================

Elsewhere: charges (`soupçonné d'espionnage`, `accusé de corruption`, `condamné pour espionnage`: the one charged
does the act) are read by ``event_nouns.charged_agent``; promises and plans (`a promis une riposte`) by
``event_nouns.promised_by``; conducts one is urged to (`appelle X à la retenue`, `au calme`: the object keeps them)
by ``noun_arguments.urged_to_restraint``. A response or a threat told by a person, a spokesman or a body of a state
(`la Maison Blanche`, `le Conseil de sécurité nationale`) is the state's, which the clause does not name: it is left
without a doer, as any noun whose party the clause does not give.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsld.extract.event_lexicon import Frame
from newsld.extract.event_roles import Reader
from newsld.extract.model import OF_WORDS as OF
from newsld.extract.model import Mention
from newsld.extract.nlp import sentence_of
from newsld.extract.noun_arguments import (
    DOER_ROLES,
    FREEING_NOUNS,
    HELD_IN_CASES,
    HOLDING_VERBS,
    MEASURE_NOUNS,
    OWNER_DETERMINERS,
    TWO_PARTY_TYPES,
    Event,
    Found,
    carrier_verb,
    cased,
    has_role,
    holds,
    joined_subjects,
    verb_in,
)
from newsld.extract.verb_senses import word_in

# Acts of answering another's act, and measures: who weighs, tells or decides one weighs, tells or decides one's own
# (`Séoul examine une riposte`, `sans annoncer de riposte`, `évoqueront des sanctions`).
RESPONSE_NOUNS = {"riposte", "ripostes", "représailles", "rétorsion", "contre-mesure", "contre-mesures"}
RESPONSES_AND_MEASURES = RESPONSE_NOUNS | MEASURE_NOUNS
# Verbs by which one weighs, tells, decides or holds out a response of one's own (not verbs of reacting to another's:
# `a dénoncé les représailles`, `craint des représailles`).
WEIGHING_VERBS = {"examiner", "étudier", "évaluer", "évoquer", "envisager", "discuter", "préparer", "annoncer",
                  "décider", "promettre", "brandir", "agiter", "exclure", "réserver", "prendre", "adopter",
                  "planifier", "programmer", "débattre", "peser", "mûrir", "arrêter"}
# Verbs of threatening: what one threatens is an act of one's own (`Pékin a menacé de représailles`, `menace la
# Pologne de sanctions`), on any noun of an act.
THREATENING_VERBS = {"menacer"}
THREAT_NOUNS = {"menace", "menaces"}  # `a brandi la menace de sanctions`: the act threatened is `de` the threat
THREAT_CARRIERS = {"brandir", "agiter", "proférer", "formuler", "mettre", "exécuter", "lancer"}
# Verbs of asking for or reacting to an act: a possessive on the act they govern is not their subject's (`Tokyo
# exige sa libération`, `la famille a salué sa libération`: the one freed is someone named before).
ASKING_OR_REACTING = {"exiger", "réclamer", "demander", "solliciter", "obtenir", "saluer", "accueillir", "applaudir",
                      "célébrer", "dénoncer", "condamner", "regretter", "déplorer", "critiquer", "contester",
                      "attendre", "espérer", "souhaiter", "négocier", "arracher", "plaider"}
# Acts whose possessive names the one they are done to (`sa libération`, `son extradition`, `leur expulsion`).
UNDERGONE_ROLES = {"recipient", "theme"}


def _doer_role(event: Event, frame: Frame) -> str | None:
    """The role the noun's own doer would hold: its `par`, `de`, possessive or demonym slot's, if a doer's."""
    if event.type in TWO_PARTY_TYPES:
        return "participant"
    for slot in ("par", "poss", "demonym", "de"):
        role = frame.slots.get(slot)
        if role in DOER_ROLES:
            return role
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _state_subjects(verb: Token, event: Event, reader: Reader) -> list[str]:
    """The states and the known international bodies the verb's subject names (with those joined to it by `et`),
    that the event does not hold. A response or a threat is a state's act: where a person, a spokesman or a body of
    a state speaks of it (`la Maison Blanche`, `Sa porte-parole`, `le Conseil de sécurité nationale`), the state is
    its doer, which the clause does not name: it is left unsaid."""
    subjects = joined_subjects(verb, reader)
    found = [reader.party(s) for s in subjects]
    if any(m is None or not _state_like(m) for m in found):
        return []
    return list(dict.fromkeys(m.entity for m in found if m is not None and not holds(event, m.entity)))


def _state_like(mention: Mention) -> bool:
    return mention.type == "country" or (mention.type == "organization" and not mention.entity.startswith("local:"))


def _threatening_verb(noun: Token) -> Token | None:
    """`a menacé de représailles`, `menace Manille de sanctions` (the act is the verb's object or its `de`
    complement), `a brandi la menace de sanctions` (the act is `de` the threat the verb carries)."""
    head = noun.head
    if head.pos_ == "VERB" and verb_in(head, THREATENING_VERBS) and (
            noun.dep_ in ("obj", "obl:arg", "obl:mod", "obl") or (noun.dep_ == "nmod" and head.i < noun.i)):
        return head
    threat = head if noun.dep_ == "nmod" and cased(noun, OF) and head.lower_ in THREAT_NOUNS else None
    if threat is not None and threat.dep_ == "obj" and verb_in(threat.head, THREAT_CARRIERS):
        return threat.head
    return None


def threatened_by(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Pékin a menacé de représailles`, `Washington menace Caracas de nouvelles sanctions`, `a brandi la menace
    d'une intervention`: one threatens an act of one's own: the subject of the verb of threatening does it."""
    role = _doer_role(event, frame)
    if role is None or has_role(event, role) or has_role(event, "agent"):
        return []
    verb = _threatening_verb(event.trigger)
    if verb is None or _passive(verb):
        return []
    found = [(role, entity) for entity in _state_subjects(verb, event, reader)]
    # `menace Caracas de sanctions`: the one threatened would undergo the act (for an act done to someone)
    threatened = next((c for c in verb.children if c.dep_ == "obj" and c.i != event.trigger.i), None)
    target = reader.party(threatened) if threatened is not None and _done_to_someone(event, frame) else None
    if target is not None and not has_role(event, "recipient") and not holds(event, target.entity) and (
            target.entity not in {e for _, e in found}):
        found.append(("recipient", target.entity))
    return found


def _done_to_someone(event: Event, frame: Frame) -> bool:
    """The act has a slot for the one it is done to (`contre X`, `à X`), or is a measure (`sanctions`)."""
    return event.type == "Sanction" or "recipient" in (frame.slots.get("contre"), frame.slots.get("à"))


def responder(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Séoul examine une riposte`, `la Maison Blanche, sans annoncer de riposte`, `Moscou n'exclut pas des
    représailles`, `les ministres évoqueront des sanctions`: a response or a measure one weighs, tells or decides
    is one's own (its doer is the subject), when the noun names no doer of its own."""
    noun = event.trigger
    if not word_in(noun, RESPONSES_AND_MEASURES):
        return []
    role = _doer_role(event, frame) or ("agent" if event.type == "Sanction" else None)
    if role is None or has_role(event, role):
        return []
    verb = carrier_verb(noun)
    if verb is None or not verb_in(verb, WEIGHING_VERBS) or _passive(verb):
        return []
    return [(role, entity) for entity in _state_subjects(verb, event, reader)]


def owner_not_asker(event: Event, frame: Frame, reader: Reader) -> None:
    """`Tokyo exige sa libération`, `la Pologne réclame sa libération`, `la famille a salué sa libération`: the one
    who asks for or greets an act done to someone named by a possessive is not that someone (`sa` stands for a
    person named before): the subject does not undergo the act."""
    noun = event.trigger
    role = _undergoer_role(frame)
    if role is None or not _owned(noun, OWNER_DETERMINERS):
        return
    asked = _asked_by(noun, reader)
    if asked is not None:
        _verb, askers = asked
        event.roles = [(r, e) for r, e in event.roles if not (r == role and e in askers)]


def _undergoer_role(frame: Frame) -> str | None:
    """The role of the one the act is done to, where the noun's possessive (or its `de`) names them."""
    role = frame.slots.get("poss") or frame.slots.get("de")
    return role if role in UNDERGONE_ROLES else None


def _owned(noun: Token, determiners: set[str]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in determiners for c in noun.children)


def _asked_by(noun: Token, reader: Reader) -> tuple[Token, set[str]] | None:
    """The active verb of asking or reacting that governs the noun (`Tokyo exige sa libération`), and the parties
    its subjects name; None where no such verb governs it."""
    verb = carrier_verb(noun)
    if verb is None or not verb_in(verb, ASKING_OR_REACTING) or _passive(verb):
        return None
    return verb, {m.entity for m in (reader.party(s) for s in joined_subjects(verb, reader)) if m is not None}


# Verbs by which one only weighs a response (it may or may not come): what they govern is a possibility.
# (`envisager` plans: `envisagent un embargo` is planned, as ``status.PLAN_OVER_NOUN`` reads it)
ONLY_WEIGHING = {"examiner", "étudier", "évaluer", "évoquer", "discuter", "débattre", "peser", "exclure", "mûrir"}


def governed_status(noun: Token, status: str) -> str:
    """`a menacé de représailles`, `Séoul examine une riposte`, `n'exclut pas des sanctions`: an act threatened, or a
    response only weighed, is a possibility (`hypothetical`), not an act done or planned."""
    if status not in ("occurred", "planned"):
        return status
    if _threatening_verb(noun) is not None:
        return "hypothetical"
    verb = carrier_verb(noun) if word_in(noun, RESPONSES_AND_MEASURES) else None
    return "hypothetical" if verb is not None and verb_in(verb, ONLY_WEIGHING) else status


def asked_for_owner(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Le journaliste X est détenu en Russie. Washington réclame sa libération`: the one a singular possessive on an
    act asked for or greeted stands for is not the subject who asks (``owner_not_asker``): it is the person named
    before the noun in its sentence, past that subject, or else the first person the sentence before is about."""
    noun = event.trigger
    role = _undergoer_role(frame)
    if role is None or has_role(event, role) or not _owned(noun, SINGLE_OWNERS):
        return []
    asked = _asked_by(noun, reader)
    if asked is None:
        return []
    verb, askers = asked
    owner = _person_before(noun, askers, reader)
    if owner is None and not _named_between(verb, noun, askers, reader):
        owner = _person_of_sentence_before(noun, reader)
    return [(role, owner)] if owner is not None and owner not in askers and not holds(event, owner) else []


SINGLE_OWNERS = {"son", "sa", "ses"}


def _person_before(noun: Token, askers: set[str], reader: Reader) -> str | None:
    """The nearest person named before the noun in its sentence who is not one who asks."""
    sentence = sentence_of(noun)
    for token in reversed(noun.doc[sentence.start:noun.i]):
        mention = reader.party(token) if token.pos_ in ("PROPN", "NOUN") else None
        if mention is not None and mention.type == "person" and mention.entity not in askers:
            return mention.entity
    return None


def _named_between(verb: Token, noun: Token, askers: set[str], reader: Reader) -> bool:
    """Another party named between the verb and the noun (`réclame à Minsk sa libération`): the sentence says more
    than the rule reads; leave it."""
    return any((m := reader.party(t)) is not None and m.entity not in askers
               for t in noun.doc[min(verb.i, noun.i) + 1:noun.i])


def _person_of_sentence_before(noun: Token, reader: Reader) -> str | None:
    """The first person the sentence before names as a subject, or else as the only person it names."""
    start = sentence_of(noun).start
    if start == 0:
        return None
    before = sentence_of(noun.doc[start - 1])
    subjects = [m for m in (reader.party(t) for t in before if t.dep_ in ("nsubj", "nsubj:pass")) if m is not None]
    person = next((m.entity for m in subjects if m.type == "person"), None)
    if person is not None:
        return person
    named = {m.entity for m in (reader.party(t) for t in before if t.pos_ in ("PROPN", "NOUN")) if m is not None
             and m.type == "person"}
    return next(iter(named)) if len(named) == 1 else None


def holder_of_freed(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Le journaliste X est détenu en Russie depuis mars. Washington réclame sa libération`: one is freed by the one
    who holds one: the state a verb of holding (in the noun's sentence or the one before) puts the freed person in,
    or the one `par` whom they are held."""
    noun = event.trigger
    if not word_in(noun, FREEING_NOUNS) or has_role(event, "agent"):
        return []
    freed = {e for r, e in event.roles if r == "recipient"}
    if not freed:
        return []
    start = sentence_of(noun).start
    sentences = [sentence_of(noun)] + ([sentence_of(noun.doc[start - 1])] if start > 0 else [])
    for sentence in sentences:
        for token, mention in reader.words_in_mentions(sentence[0]):
            if mention.entity not in freed or token.head.i == token.i:
                continue
            holding = _holding_verb(token)
            holder = _holder(holding, reader) if holding is not None else None
            if holder is not None and holder not in freed:
                return [("agent", holder)]
    return []


def _holding_verb(held: Token) -> Token | None:
    """The verb of holding whose (passive) subject or object the word is, or which describes it."""
    head = held.head
    while held.dep_ in ("flat:name", "appos") and head.i != held.i:
        held, head = head, head.head
    if held.dep_ in ("nsubj:pass", "obj") and verb_in(head, HOLDING_VERBS):
        return head
    if held.dep_ == "nsubj":  # `X reste détenu`: the verb over the subject says it is held
        said = next((c for c in head.children if c.dep_ in ("xcomp", "acl") and verb_in(c, HOLDING_VERBS)), None)
        if said is not None:
            return said
    return next((c for c in held.children if c.dep_ in ("acl", "amod") and verb_in(c, HOLDING_VERBS)), None)


def _holder(verb: Token, reader: Reader) -> str | None:
    """The state the verb holds one in (`détenu en Russie`), or the party `par` whom (`retenu par les rebelles`)."""
    for where in (c for c in verb.children if c.dep_.startswith(("obl", "nmod"))):
        party = reader.party(where)
        by = cased(where, {"par"})
        if party is not None and (by or party.type == "country") and cased(where, HELD_IN_CASES):
            return party.entity
    return None


# Meddling in another's affairs: `une ingérence de X dans les affaires de Y`, `dans ses affaires intérieures`.
MEDDLING_NOUNS = {"ingérence", "ingérences", "immixtion", "immixtions", "interférence", "interférences"}
AFFAIRS_NOUNS = {"affaires", "affaire"}
IN_CASES = {"dans"}
AFFAIRS_REACH = 9  # words between the noun and `dans ... affaires` (its adjectives, quotes and `de` complement)


def meddled_with(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Minsk dénonce une ingérence de la Pologne dans ses affaires intérieures`, `accuse Washington d'ingérence dans
    ses affaires`, `l'ingérence de X dans les affaires de la Géorgie`: the one whose affairs are meddled in undergoes
    the act: the party `de` the affairs, or the owner `ses` names, the subject of the verb governing the noun."""
    noun = event.trigger
    if not word_in(noun, MEDDLING_NOUNS) or has_role(event, "recipient"):
        return []
    affairs = next((t for t in noun.doc[noun.i + 1:min(len(noun.doc), noun.i + 1 + AFFAIRS_REACH)]
                    if t.lower_ in AFFAIRS_NOUNS and cased(t, IN_CASES)), None)
    if affairs is None:
        return []
    owner = next((reader.party(c) for c in affairs.children if c.dep_ == "nmod" and cased(c, OF)), None)
    if owner is None and any(c.dep_ == "det" and c.lower_ in OWNER_DETERMINERS for c in affairs.children):
        verb = _governing(noun)
        subjects = [reader.party(s) for s in joined_subjects(verb, reader)] if verb is not None else []
        owner = next((m for m in subjects if m is not None), None)
    if owner is None or holds(event, owner.entity):
        return []
    return [("recipient", owner.entity)]


def _governing(noun: Token) -> Token | None:
    """The verb the noun is the object or the `de` complement of (`dénonce une ingérence`, `accuse X d'ingérence`)."""
    head = noun.head
    while head.pos_ in ("NOUN", "PROPN") and head.dep_ == "obj" and head.head.i != head.i:
        head = head.head  # `accuse Washington d'ingérence`: the parse may hang the charge on the one accused
    return head if head.pos_ == "VERB" else None


GOVERNED_RULES = (threatened_by, responder, asked_for_owner, holder_of_freed, meddled_with)
GOVERNED_FIXES = (owner_not_asker,)
