"""The other party of an act: the partner of a joint act, and the one an act is done before or against.

``events.py`` reads a trigger's subject, object and prepositional slots; ``event_roles.py`` and ``event_nouns.py``
read the constructions around them. French news names the second party of many acts by constructions of the
language these leave out; each rule here reads one of them, for any verb or noun of its class:

- a joint act held by the subject (`la Corée du Sud a annulé un exercice conjoint avec le Japon`, `X organise une
  réunion trilatérale avec Y et Z`, `X et Y mènent des manœuvres communes`): an act noun marked as shared, by an
  adjective (`conjoint`, `commun`, `bilatéral`, `trilatéral`) or by an `avec` partner, that the subject holds,
  plans, puts off or calls off has that subject among its participants, beside every partner named after `avec`;
- an act done together at another's urging (`X a exhorté Y à préserver ensemble le système`): `ensemble` in the
  infinitive a verb of urging controls makes the one who urges a participant beside the one urged;
- homage before someone (`a défilé devant le cercueil de X`, `s'est incliné devant la dépouille de X`, `devant X`):
  the one honoured is the recipient; before remains or a memorial, it is the one they are of;
- meddling (`s'immiscer dans les affaires intérieures de X`, `s'ingérer dans les affaires de X`): X is the recipient;
- proceedings opened against someone (`a ouvert une enquête pour corruption visant X`, `lancer des enquêtes visant
  X`): the one they target is the recipient of the opening (the act charged is read in ``event_nouns.py``);
- a territory taken (`la Russie a annexé la Crimée`, `la Crimée, annexée en 2014`): the place taken is the recipient;
- a measure or an inquiry a verb puts in force or opens, aimed at a party (`a adopté des mesures à l'encontre du
  Soudan`, `a pris des dispositions contre X`, `a ouvert une enquête sur les voitures électriques chinoises`, `a
  imposé des taxes sur l'acier chinois`, `une enquête sur les aides versées par Pékin`): the party named after
  `contre`, `envers`, `à l'encontre de`, or the state of goods a demonym describes, or the payer of what is looked
  into, is the recipient of the verb's act (not the author's own goods, nor a person or a death looked into);
- an act a noun tells aimed at a party (`les provocations envers le Japon`, `des violences à l'encontre de X`):
  that party is the recipient;
- one named among the many an act is done to (`a libéré quatorze prisonniers, dont l'opposant X`): X is a party of
  the act in the role of the many (not a relative clause, `trois militants dont la voiture a été volée`, nor `dont
  un bombardier`, a kind's instance, read in ``events._singled_out``).

Every rule returns (role, entity) pairs the caller adds when the event does not hold the entity yet.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsld.extract.event_lexicon import Frame
from newsld.extract.event_nouns import (
    JOINT_ADJECTIVES,
    PLACE_TYPES,
    PROCEEDING_NOUNS,
    TARGETING_CASES,
    TARGETING_VERBS,
    charged_party,
    listed_names,
    target_of,
)
from newsld.extract.event_roles import DATIVE_CONTROL, OBJECT_CONTROL, PARTY_TYPES, Reader, dative_parties
from newsld.extract.nlp import has_passive_auxiliary, preposition_of, sentence_of
from newsld.extract.noun_arguments import (
    MEASURE_NOUNS,
    MEASURE_VERBS,
    OF,
    Event,
    Found,
    carrier_verb,
    has_role,
    holds,
    joined_subjects,
    verb_in,
)
from newsld.extract.person_nouns import is_person_noun

# Verbs by which one holds, plans, puts off or calls off one's own act (`a annulé un exercice`, `organisera une
# réunion`); not verbs of reacting to another's act (`a salué la rencontre avec X`).
# (not `renforcer`, `intensifier`: an act of their own that takes the noun's partner in, `a renforcé sa coopération
# avec X`)
HOLDING_VERBS = {"tenir", "organiser", "mener", "conduire", "effectuer", "avoir", "prévoir", "planifier",
                 "programmer", "préparer", "annuler", "reporter", "repousser", "suspendre", "reprendre", "entamer",
                 "engager", "lancer", "achever", "terminer", "poursuivre", "accueillir", "coprésider", "envisager",
                 "annoncer", "débuter"}
# `ensemble` in an infinitive: the act is done with the one who asks for it.
TOGETHER = {"ensemble"}
# `face à X`: the party a shared act stands against (the parse makes `face` the case word, `à` fixed on it).
FACING = {"face"}
# Verbs of honouring someone by passing or bowing before them; `devant` names the one honoured.
HOMAGE_VERBS = {"défiler", "incliner", "recueillir", "prosterner", "agenouiller"}
BEFORE = {"devant"}
# Remains and memorials: the one honoured before them is the one they are of (`le cercueil de X`).
REMAINS_NOUNS = {"cercueil", "dépouille", "corps", "tombe", "tombeau", "sépulture", "mausolée", "portrait",
                 "stèle", "mémorial", "monument", "statue", "cendres", "catafalque"}
TAKING_UP = {"le", "la", "l'", "l’", "ce", "cet", "cette"}  # `le cercueil`, `ce mausolée`: one told before
# Meddling in another's affairs: `s'immiscer dans les affaires de X`.
MEDDLING_VERBS = {"immiscer", "ingérer", "mêler", "interférer", "intervenir"}
AFFAIRS_NOUNS = {"affaire", "affaires"}
# Verbs that open proceedings (`ouvrir une enquête`, `lancer des poursuites`, `déposer une plainte`).
OPENING_VERBS = {"ouvrir", "lancer", "engager", "déposer", "intenter", "diligenter", "porter", "mener"}
# Verbs of taking a territory: the place taken undergoes the act.
TAKING_VERBS = {"annexer", "occuper", "envahir", "conquérir"}


def joint_partners(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X a annulé un exercice conjoint avec Y`, `X organisera une réunion trilatérale avec Y et Z`: the subject of
    the verb that holds a shared act takes part in it, as every partner joined after `avec` does."""
    noun = event.trigger
    if noun.pos_ != "NOUN" or frame.slots.get("avec") != "participant":
        return []
    verb = carrier_verb(noun)
    partners = [c for c in noun.children if c.dep_ == "nmod" and preposition_of(c) == "avec"]
    if verb is not None:  # the parse may hang `avec` on the verb: right after the noun's words, it is the noun's
        end = max(t.i for t in noun.subtree)
        partners += [c for c in verb.children if c.dep_.startswith("obl") and preposition_of(c) == "avec" and (
            min(t.i for t in c.subtree) == end + 1)]
    partners += [j for p in partners for j in p.children if j.dep_ == "conj"]
    found: Found = [("participant", m.entity) for m in (reader.party(p) for p in partners) if m is not None]
    # (a partner no party stands for, `avec nos amis`, marks no act the subject shares as told)
    shared = bool(found) or any(c.dep_ == "amod" and c.lower_ in JOINT_ADJECTIVES for c in noun.children)
    if not shared or verb is None or has_passive_auxiliary(verb) or not verb_in(verb, HOLDING_VERBS):
        return [f for f in found if not holds(event, f[1])]
    subjects = (reader.party(s) for s in joined_subjects(verb, reader))
    found += [("participant", m.entity) for m in subjects if m is not None]
    return [f for f in dict.fromkeys(found) if not holds(event, f[1])]


def together_with_the_asker(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X a exhorté Y à préserver ensemble le système`: the one who urges an act done `ensemble` takes part in it."""
    verb = event.trigger
    # (the parse may read the adverb as an object: bare, with no determiner, it is still the adverb)
    if verb.pos_ != "VERB" or not any(c.lower_ in TOGETHER and c.i > verb.i and not any(
            g.dep_ in ("det", "case") for g in c.children) for c in verb.children):
        return []
    governor = verb.head
    if governor.i == verb.i or not (verb_in(governor, OBJECT_CONTROL) or verb_in(governor, DATIVE_CONTROL)):
        return []
    asker = reader.party(reader.subject_of(governor))
    urged = {m.type for m in (reader.party(c) for c in governor.children if c.dep_ in ("obj", "iobj", "obl:arg"))
             if m is not None}
    # (parties of one act are of one kind: a leader who urges a state to act with it speaks for his own state)
    if asker is None or holds(event, asker.entity) or asker.type not in urged:
        return []
    event.roles[:] = [("participant" if r == "agent" else r, e) for r, e in event.roles]  # a shared act
    return [("participant", asker.entity)]


def honoured_before(event: Event, frame: Frame, reader: Reader) -> Found:
    """`ont défilé devant le cercueil de X`, `s'est incliné devant la dépouille de X`, `s'est recueilli devant X`:
    the one honoured (the one the remains are of) is the recipient."""
    verb = event.trigger
    if verb.pos_ != "VERB" or not verb_in(verb, HOMAGE_VERBS) or has_role(event, "recipient"):
        return []
    for place in (c for c in verb.children if c.dep_.startswith("obl") and preposition_of(c) in BEFORE):
        honoured = _whose_remains(place) if place.lemma_.lower() in REMAINS_NOUNS else place
        mention = reader.mention_of(honoured) if honoured is not None else None
        if mention is not None and mention.type in PARTY_TYPES | {"group"} and not holds(event, mention.entity):
            return [("recipient", mention.entity)]
    return []


def _whose_remains(remains: Token) -> Token | None:
    """The one remains or a memorial are of: its `de` (`le cercueil de X`), or, for `le cercueil` with none, the `de`
    of the same noun told before in the article (the definite article takes it up)."""
    owner = next((c for c in remains.children if c.dep_ == "nmod" and preposition_of(c) in OF), None)
    if owner is not None or not any(c.dep_ == "det" and c.lower_ in TAKING_UP for c in remains.children):
        return owner
    earlier = (t for t in reversed(remains.doc[:remains.i]) if t.lemma_ == remains.lemma_)
    return next((c for t in earlier for c in t.children if c.dep_ == "nmod" and preposition_of(c) in OF), None)


def meddled_with(event: Event, frame: Frame, reader: Reader) -> Found:
    """`s'immiscer dans les affaires intérieures de X`: the one whose affairs are meddled in is the recipient."""
    verb = event.trigger
    if verb.pos_ != "VERB" or not verb_in(verb, MEDDLING_VERBS):
        return []
    affairs = [c for c in verb.children if c.dep_.startswith("obl") and c.lemma_.lower() in AFFAIRS_NOUNS]
    owners = [c for a in affairs for c in a.children if c.dep_ == "nmod" and preposition_of(c) in OF]
    found = [m for m in (reader.party(o) for o in owners) if m is not None and not holds(event, m.entity)]
    return [("recipient", m.entity) for m in found[:1]]


def proceedings_targets(event: Event, frame: Frame, reader: Reader) -> Found:
    """`la police a ouvert une enquête pour « insurrection » visant X, Y et Z`, `lancer des enquêtes visant X`: those
    the opened proceedings target (`visant`, `contre`) are the recipients of the opening."""
    verb = event.trigger
    if verb.pos_ != "VERB" or not verb_in(verb, OPENING_VERBS) or has_role(event, "recipient"):
        return []
    opened = [c for c in verb.children if c.dep_ == "obj" and c.lemma_.lower() in PROCEEDING_NOUNS]
    # (the parse may hang `visant` on the proceedings, on their charge, or on the verb)
    holders = [h for p in opened for h in (p, *(c for c in p.children if c.dep_ == "nmod"))]
    holders += [verb] if opened else []
    complements = [c for h in holders for c in h.children if c.i > verb.i]
    targets = [c for c in complements if c.dep_ == "nmod" and preposition_of(c) in TARGETING_CASES]
    targets += [target_of(v) for v in complements if v.dep_ in ("acl", "advcl") and verb_in(v, TARGETING_VERBS)]
    found = [charged_party(t, reader) for t in listed_names(targets)]
    return [("recipient", e) for e in dict.fromkeys(e for e in found if e is not None) if not holds(event, e)]


def territory_taken(event: Event, frame: Frame, reader: Reader) -> Found:
    """`la Russie a annexé la Crimée`, `la Crimée, annexée en 2014`, `Boutcha a été occupée`: the place taken is the
    recipient (a party named as its object stays what the frame makes it)."""
    verb = event.trigger
    if verb.pos_ != "VERB" or not verb_in(verb, TAKING_VERBS) or has_role(event, "recipient"):
        return []
    taken = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    if "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
        # `la Crimée, annexée la même année`: the name the participle describes (the parse may hang it elsewhere)
        taken.append(verb.head if verb.dep_ == "acl" else verb.doc[max(verb.i - 2, 0)])
        taken = taken if verb.dep_ == "acl" or verb.doc[max(verb.i - 1, 0)].text == "," else taken[:-1]
    for token in taken:
        mention = reader.mention_of(token)
        if mention is not None and mention.type in PLACE_TYPES and not holds(event, mention.entity):
            return [("recipient", mention.entity)]
    return []


# Nouns of measures and inquiries a verb takes as its object (beyond the measures of ``noun_arguments``).
AIMED_NOUNS = MEASURE_NOUNS | PROCEEDING_NOUNS | {"mesure", "mesures", "représailles", "dispositions", "tarifs",
                                                   "surtaxe", "surtaxes"}
AIMED_VERBS = MEASURE_VERBS | OPENING_VERBS
AGAINST_CASES = {"contre", "envers"}
ENCOUNTER = {"encontre"}  # `à l'encontre de X`: the parse makes `encontre` a noun with X after `de`
ON_CASES = {"sur"}


def aimed_measure(event: Event, frame: Frame, reader: Reader) -> Found:
    """`a adopté des mesures à l'encontre du Soudan`, `a ouvert une enquête sur les voitures électriques chinoises`:
    the party a measure or an inquiry put in force by the verb is aimed at is the recipient of the verb's act."""
    verb = event.trigger
    if verb.pos_ != "VERB" or not verb_in(verb, AIMED_VERBS) or has_role(event, "recipient"):
        return []
    doers = {e for r, e in event.roles if r in ("agent", "participant")}
    measures = [c for c in verb.children if c.dep_ == "obj" and c.lemma_.lower() in AIMED_NOUNS | {
        n.rstrip("s") for n in AIMED_NOUNS}]
    for measure in measures:
        end = max(t.i for t in measure.subtree)  # (the parse may hang `sur X` on the verb, right after the measure)
        complements = [c for c in measure.children if c.dep_ == "nmod" and c.i > measure.i] + [
            c for c in verb.children if c.dep_.startswith("obl") and min(t.i for t in c.subtree) == end + 1]
        for complement in complements:
            case = preposition_of(complement)
            if case in AGAINST_CASES or (complement.lemma_.lower() in ENCOUNTER and case == "à"):
                aimed = complement if case in AGAINST_CASES else next(
                    (g for g in complement.children if g.dep_ == "nmod" and preposition_of(g) in OF), None)
                party = reader.party(aimed)
                if party is not None and party.entity not in doers:
                    return [("recipient", party.entity)]
            elif case in ON_CASES and reader.mention_of(complement) is None and not is_person_noun(complement.lemma_):
                state = _goods_state(complement, reader)
                if state is not None and state not in doers:
                    return [("recipient", state)]
    return []


def _goods_state(goods: Token, reader: Reader) -> str | None:
    """The state of goods an inquiry or a duty is on: a demonym on them (`l'acier chinois`), or the one a participle
    on them says paid or made them (`les aides versées par Pékin`)."""
    # (on the goods themselves: `la mort d'un diplomate russe` looks into no goods of a state)
    states = [reader.state_of_demonym(a.lower_) for a in goods.children if a.dep_ == "amod"]
    state = next((s for s in states if s), None)
    if state is not None:
        return state
    payers = [g for a in goods.children if a.dep_ in ("acl", "amod") and a.pos_ == "VERB" for g in a.children
              if g.dep_ == "obl:agent"]
    party = next((m for m in map(reader.party, payers) if m is not None and m.type == "country"), None)
    return party.entity if party is not None else None


TOWARD_REACH = 3  # adjectives between an act noun and its `envers` (`les provocations militaires répétées envers`)


def aimed_toward(event: Event, frame: Frame, reader: Reader) -> Found:
    """`les provocations envers le Japon`, `des violences à l'encontre de X`: the party an act told by a noun is
    aimed at is its recipient (the tagger takes `envers` for a verb and its noun for that verb's object)."""
    noun = event.trigger
    if noun.pos_ != "NOUN" or has_role(event, "recipient"):
        return []
    after = next((t for t in noun.doc[noun.i + 1:noun.i + 1 + TOWARD_REACH] if t.pos_ != "ADJ"), None)
    aimed = None
    if after is not None and after.lower_ == "envers":
        aimed = next((c for c in after.children if c.dep_ in ("obj", "nmod", "obl:arg") and c.i > after.i), None)
    encounter = next((c for c in noun.children if c.dep_ == "nmod" and c.lemma_.lower() in ENCOUNTER and (
        preposition_of(c) == "à")), None)
    if aimed is None and encounter is not None:
        aimed = next((g for g in encounter.children if g.dep_ == "nmod" and preposition_of(g) in OF), None)
    party = reader.party(aimed) if aimed is not None else None
    doers = {e for r, e in event.roles if r in ("agent", "participant")}
    return [("recipient", party.entity)] if party is not None and party.entity not in doers else []


def urged_pair(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Washington pousse ses deux alliés à coopérer`, `exhorte les deux pays à`: a verb of urging whose object is a
    plural phrase for the two parties told before acts on both of them."""
    verb = event.trigger
    if verb.pos_ != "VERB" or not verb_in(verb, OBJECT_CONTROL) or has_role(event, "recipient"):
        return []
    objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and reader.mention_of(c) is None]
    return [("recipient", e) for o in objects for e in reader.pair_of(o) if not holds(event, e)]


def faced_party(event: Event, frame: Frame, reader: Reader) -> Found:
    """`coopérer face à la Corée du Nord`, `un front commun face à X`: the party a shared act faces is its
    recipient."""
    trigger = event.trigger
    if frame.slots.get("avec") != "participant" or has_role(event, "recipient"):
        return []
    faced = [c for c in trigger.children if c.dep_.startswith(("obl", "nmod")) and preposition_of(c) in FACING]
    found = [m for m in (reader.party(c) for c in faced) if m is not None and not holds(event, m.entity)]
    return [("recipient", m.entity) for m in found[:1]]


def given_to(event: Event, frame: Frame, reader: Reader) -> Found:
    """`va fournir une aide d'urgence à la Turquie`: the parse hangs the `à` of a verb of giving on the thing
    given; the party it names is the one who receives it."""
    verb = event.trigger
    if verb.pos_ != "VERB" or frame.slots.get("à") != "recipient" or has_role(event, "recipient"):
        return []
    given = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return [f for f in dative_parties(given, reader) if not holds(event, f[1])]


def gerund_subject_read_as_determiner(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Minsk « s'isole » en se rapprochant du régime`: before a quoted verb the parse may read the name that is its
    subject as a determiner; it is the subject of that verb and of a gerund hung on it."""
    role, verb = frame.slots.get("subj"), event.trigger
    if verb.pos_ != "VERB" or role not in ("agent", "participant"):
        return []
    holders = [verb, verb.head] if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "en" for c in verb.children) else [verb]
    if any(c.dep_.startswith("nsubj") for h in holders for c in h.children):
        return []
    names = [c for h in holders for c in h.children if c.dep_ == "det" and c.pos_ == "PROPN" and c.i < h.i]
    found = [m for m in (reader.party(n) for n in names) if m is not None and not holds(event, m.entity)]
    return [(role, m.entity) for m in found[:1]]


# The words after which a name is one of the many told before (`, dont l'opposant X`).
AMONG = {"dont"}
INDEFINITE_ONE = {"un", "une"}


def named_among(event: Event, frame: Frame, reader: Reader) -> Found:
    """`a libéré quatorze prisonniers, dont l'opposant X`, `a expulsé cinq diplomates, dont X`: the one named after
    `, dont` is one of the many the verb's object tells; it takes the object's role beside them. Read by the words
    (the parse often loses `dont`), up to the next punctuation, which holds no verb (else a relative clause)."""
    verb = event.trigger
    if verb.pos_ != "VERB":
        return []
    found: Found = []
    for obj in (c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and "Plur" in c.morph.get("Number")):
        many = reader.party(obj)
        role = None if many is None else next(
            (r for r, e in event.roles if e == many.entity and r in ("recipient", "theme")), None)
        if role is None:
            continue
        after = list(obj.doc[obj.i + 1:min(obj.i + 12, sentence_of(obj).end)])
        k = next((i for i, t in enumerate(after) if t.lower_ in AMONG), None)
        if k is None or k == 0 or after[k - 1].text != "," or any(t.is_punct or t.pos_ in ("VERB", "AUX")
                                                                   for t in after[:k - 1]):
            continue
        named = after[k + 1:]
        end = next((i for i, t in enumerate(named) if t.is_punct), len(named))
        named = named[:end]
        if not named or named[0].lower_ in INDEFINITE_ONE or any(_finite(t) for t in named):
            continue  # (a participle the tagger makes of a noun, `l'opposant X`, is no relative clause)
        one = next((m for m in (reader.party(t) for t in named if t.pos_ in ("PROPN", "NOUN", "X")) if m is not None
                    and m.entity != many.entity), None)
        if one is not None and not holds(event, one.entity):
            found.append((role, one.entity))
    return found


def _finite(token: Token) -> bool:
    return token.pos_ == "AUX" or (token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"))


RULES = (joint_partners, together_with_the_asker, honoured_before, meddled_with, proceedings_targets,
         territory_taken, aimed_measure, aimed_toward,
         urged_pair, faced_party, given_to, gerund_subject_read_as_determiner, named_among)


def complete_joint_roles(event: Event, frame: Frame, reader: Reader) -> None:
    """Add the other parties the constructions of this module give the event (none it already holds)."""
    for rule in RULES:
        for role, entity in rule(event, frame, reader):
            if not holds(event, entity):
                event.roles.append((role, entity))
