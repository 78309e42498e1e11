"""Action nouns: a noun made from a verb of action names that verb's act, with the parties its complements give.

French news tells many acts by the noun of their verb (`l'abandon du programme par Hanoï`, `la répression du
mouvement`, `une ingérence de Varsovie`, `la déportation d'enfants par X`). The lexicon (``event_lexicon.NOUN_FRAMES``,
``event_nouns.NEWS_NOUN_FRAMES``) lists the frequent ones with frames of their own; any other noun is an event here
when three things hold:

1. It is the action noun of a verb: a regular derivation from the verb's stem (`-ation`, `-ition`, `-ution`,
   `-ection`, `-ssion`, `-sion`, `-xion`, `-ement`, `-issement`, `-age`, `-ure`, `-ance`: `libération` < `libérer`,
   `écrasement` < `écraser`, `affaiblissement` < `affaiblir`, `construction` < `construire`, `répression` <
   `réprimer`) whose verb the pipeline's lemmatiser knows as an infinitive, or the noun of a verb with no suffix or
   with a stem of its own (`abandon`, `retrait`, `relance`, `ingérence`: :data:`BARE_ACTION_NOUNS`). Nouns of that
   shape that name a body, a thing, a state or words (`l'administration`, `le commandement`, `la situation`, `un
   visage`, `une déclaration`) are no acts (:data:`NOT_ACTION_NOUNS`).
2. The verb is an act: one the lexicon knows (the noun takes its class and its roles: `la restitution de l'avion`
   is a delivery), or an open-class act (``open_verbs.py``'s stop-list rules out verbs of speech, thought, state).
3. A party is among its complements: its `par` complement, the one it is aimed at (`contre`, `envers`, `à
   l'encontre de`, `à l'égard de`), or its `de` complement when that one surely undergoes the act (people: `la
   libération de X`, `la répression du mouvement`) or surely does it (a verb with no object: `l'ingérence de X`); a
   state or a body alone after `de` may do it or undergo it (`la mobilisation de la Russie`, `l'exclusion de la
   Russie`), which the noun does not tell. A possessive or a demonym alone (`sa présidence`, `la
   colonisation japonaise`) too often says whose office, land or history it is: they fill the doer of an act told
   by a complement, they tell none. Nor is it an act told where it is what a thing is called (`présentées comme une
   « punition »`) or the topic of talks (`une conférence sur la reconstruction du pays`).

The roles follow the argument structure of the verb, as ``open_verbs.py`` reads a verb: the one `par` whom, the owner
a possessive names and the state a demonym on the noun names do the act (the verb's subject); the `de` complement is
what the act is done to (its object: a party is the ``recipient``, a thing the ``theme``), except for a verb with no
object (`s'ingérer`, `intervenir`: the one `de` the noun does it, as its subject would: `l'ingérence de Varsovie`);
`contre` a party is the ``recipient``. The parse often hangs `par X` past the noun's phrase (on its `de` complement,
or on the active verb whose object the noun is) and `contre X` on a word before the noun: ``misplaced_doer`` and
``misplaced_target`` give them back to the noun, for any event noun.

A noun that only tells again an act the article told before by its verb, with no party that act lacks (`La
Biélorussie a emprisonné X ... l'emprisonnement de X par la Biélorussie`), is that act, not a second one (restated
events are one event: ``benchmarks/gold/README.md``): ``without_told_acts``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from spacy.tokens import Token

from newsld.extract.event_lexicon import REFLEXIVE_FRAMES, VERB_FRAMES, Frame
from newsld.extract.event_roles import Reader
from newsld.extract.model import Mention
from newsld.extract.names import demonym_country
from newsld.extract.nlp import has_passive_auxiliary, known_infinitives, preposition_of
from newsld.extract.noun_arguments import (
    OF,
    OWN_ACT_VERBS,
    OWNER_DETERMINERS,
    PHASE_VERBS,
    carrier_verb,
    joined_subjects,
)
from newsld.extract.open_verbs import NOT_ACTS, PARTY_TYPES
from newsld.extract.verb_senses import SENSES

MentionOf = Callable[[Token], Mention | None]


class Event(Protocol):  # the fields of events.Event these rules read
    trigger: Token
    roles: list[tuple[str, str]]


@dataclass(frozen=True)
class ActionFrame(Frame):
    """The frame of an action noun, with the verb it is made from."""

    verb: str = ""


# Nouns of a verb with no suffix, or with a stem of their own (`retrait` < `retirer`, `invasion` < `envahir`).
BARE_ACTION_NOUNS = {
    "abandon": "abandonner", "retrait": "retirer", "rachat": "racheter", "relance": "relancer", "gel": "geler",
    "renvoi": "renvoyer", "saisie": "saisir", "vente": "vendre", "revente": "revendre", "contrôle": "contrôler",
    "survol": "survoler", "maintien": "maintenir", "boycott": "boycotter", "octroi": "octroyer",
    "accueil": "accueillir", "conquête": "conquérir", "reconquête": "reconquérir", "prêt": "prêter",
    "recours": "recourir", "traque": "traquer", "invasion": "envahir", "extension": "étendre",
    "restriction": "restreindre", "acquisition": "acquérir", "rupture": "rompre", "blocage": "bloquer",
    "démantèlement": "démanteler", "ouverture": "ouvrir", "fermeture": "fermer", "dissolution": "dissoudre",
    "exclusion": "exclure", "soumission": "soumettre", "réduction": "réduire", "intervention": "intervenir",
    "protection": "protéger", "discrimination": "discriminer", "correction": "corriger", "ingérence": "ingérer",
    "démission": "démissionner", "nomination": "nommer", "coordination": "coordonner",
}
# Regular derivations: the noun's ending and the endings of the verbs it may come from, first the likeliest.
DERIVATIONS = (
    ("ication", ("iquer", "ier")), ("gation", ("guer", "ger")), ("ation", ("er",)),
    ("ition", ("ir", "oser")), ("iction", ("ire",)), ("uction", ("uire",)), ("ution", ("uer", "uter", "oudre")),
    ("ection", ("ecter",)), ("ption", ("pter",)), ("ison", ("ir",)),
    ("ession", ("imer", "esser", "éder")), ("ission", ("ettre",)), ("ussion", ("uter",)),
    ("ssion", ("sser", "der")), ("xion", ("xer",)), ("sion", ("der", "ser", "dre", "re")),
    ("oiement", ("oyer",)), ("aiement", ("ayer",)), ("issement", ("ir",)), ("ement", ("er",)),
    ("gage", ("guer",)), ("cage", ("quer",)), ("age", ("er",)), ("ure", ("er", "urer")),
    ("ance", ("er",)),
)
PLURAL = re.compile(r"(?<=[^s])s$")
# Nouns of a derived shape that name a body, a thing, a state, a standing or a kind of work, not an act a party does
# (each one a regular derivation of a verb the lemmatiser knows: `l'administration` < `administrer`).
NOT_ACTION_NOUNS = {
    # bodies and groups (`l'administration Biden`, `le commandement militaire`, `une délégation`)
    "administration", "association", "commandement", "commission", "confédération", "délégation", "entourage",
    "fédération", "fondation", "formation", "gouvernement", "groupement", "institution", "mouvement",
    "organisation", "parlement", "regroupement", "sélection", "génération", "établissement",
    # things and places (`une installation`, `le logement`, `une voiture`, `des munitions`)
    "armement", "équipement", "garage", "habitation", "installation", "installations", "logement", "munition",
    "munitions", "voiture", "facture", "structure", "figure", "télévision", "visage",
    # states, standings, feelings and relations (`la situation`, `la confiance`, `les tensions`, `l'alliance`)
    "alliance", "alternance", "assurance", "confiance", "méfiance", "obligation", "obligations", "passion",
    "pension", "pression", "profession", "réputation", "situation", "tension", "tensions", "version",
    "division", "exception", "environnement", "aventure", "mariage", "héritage",
    # what is said, known, written or named (speech acts tell words: speech.py)
    "chantage", "déclaration", "expression", "impression", "information", "renseignement", "renseignements",
    "sollicitation", "sollicitations", "témoignage", "amendement", "candidature", "dénomination", "documentation",
    "permission", "manifestation",
    # kinds of work and of use, rules (`les services de renseignement`, `l'application de la loi`, `une procédure`)
    "alimentation", "application", "circulation", "configuration", "consommation", "enseignement", "exploitation",
    "fabrication", "mesure", "mesures", "procédure", "rémunération", "traitement", "passage",
    # (an adverb the tagger may take for a noun)
    "fermement",
}
# Verbs with no object whose action noun takes its doer after `de` (`l'ingérence de Varsovie`, `l'intervention de
# l'armée`): the lexicon's verbs with no object slot, and these.
DOER_OF_NOUN_VERBS = {"ingérer", "intervenir", "participer", "coopérer", "collaborer", "résister", "riposter",
                      "adhérer", "abstenir", "progresser", "manœuvrer", "combattre", "militer", "désister",
                      "démissionner", "capituler", "émigrer", "immigrer", "fuir", "entrer", "recourir"}
# (nor attending: `la participation chinoise au sommet` is a presence at another's meeting, read with the meeting)
PEOPLE_MOVING_VERBS = {"émigrer", "immigrer", "fuir", "entrer", "participer"}
# How a noun names whom its act is aimed at (the `case` of its complement).
AIMED_CASES = {"contre", "envers"}
AIMED_NOUNS = {"encontre", "égard"}  # `à l'encontre de X`, `à l'égard de X`
NAME_DEPS = ("appos", "flat:name", "flat")
OF_CHAIN = 2  # `de` complements walked down from the noun where its `par` may hang
UNDERGOING_TYPES = {"person", "group"}  # parties that, alone after `de`, undergo an act rather than do it
# Verbs by which one tells, starts, pursues, plans or gives up one's own act (not `dénoncer`, `saluer`: a reaction to
# another's).
OWN_DOING_VERBS = OWN_ACT_VERBS | PHASE_VERBS | {"renoncer", "prévoir", "projeter", "accélérer", "financer",
                                                 "ordonner", "approuver", "vouloir", "souhaiter"}
# Adjectives that set an act apart from another of its kind (`une nouvelle répression`, `son précédent retrait`).
OTHER_OF_KIND = {"premier", "première", "dernier", "dernière", "précédent", "précédente", "prochain", "prochaine",
                 "nouveau", "nouvelle", "nouvel", "nouveaux", "nouvelles", "deuxième", "second", "seconde", "autre",
                 "ancien", "ancienne", "futur", "future", "énième"}
# Verbs of a measure that restricts a kind of dealing (`limiter la vente de X à Y`, `interdire l'exportation`).
RESTRICTING_VERBS = {"limiter", "restreindre", "interdire", "encadrer", "plafonner", "prohiber", "bloquer"}
# Ties between parties an act may be done to (`la normalisation des relations entre X et Y`).
TIE_NOUNS = {"relation", "relations", "lien", "liens", "rapport", "rapports"}
# `qualifier X de « trahison »`, `présenter X comme une « punition »`: the word someone calls a thing by.
# (not `accuser X de`: the act charged is an act, suspected: event_nouns.py)
CALLING_VERBS = {"qualifier", "traiter", "taxer", "considérer", "voir", "présenter", "décrire"}
CALLING_CASES = {"de", "d'", "d’", "comme"}
# Talks and texts whose topic (`sur`, `consacré à`) an act may be: `une conférence sur la reconstruction du pays`.
TOPIC_CASES = {"sur", "concernant"}
TALK_NOUNS = {"conférence", "réunion", "sommet", "forum", "débat", "débats", "discussion", "discussions",
              "séminaire", "colloque", "rapport", "étude", "enquête", "question", "dossier", "consultation"}


def verb_of(noun: Token) -> str | None:
    """The verb an action noun is made from (its infinitive), or None."""
    return _verb_of_lemma(noun.lemma_.lower(), noun.lower_)


@cache
def _verb_of_lemma(lemma: str, form: str) -> str | None:
    word = lemma if lemma.isalpha() else form
    word = word if word in BARE_ACTION_NOUNS or word in NOT_ACTION_NOUNS else PLURAL.sub("", word)
    if word in NOT_ACTION_NOUNS or form in NOT_ACTION_NOUNS:
        return None
    if word in BARE_ACTION_NOUNS:  # (short ones too: `le gel des avoirs`, `un prêt`)
        return BARE_ACTION_NOUNS[word]
    if len(word) < 5:
        return None
    known = known_infinitives()
    for ending, verb_endings in DERIVATIONS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            return next((stem + v for v in verb_endings if stem + v in known), None)
    return None


def _act_frame(verb: str) -> Frame | None:
    """The frame of the verb as an act: the lexicon's, or the open class's (no frame of its own: an ``Event``). A verb
    whose sense hangs on its complements (``verb_senses.py``: `renforcer` ties or an arsenal, `accueillir` a guest or
    refugees) is read as an open-class act: its lexicon frame is one sense's."""
    if verb in VERB_FRAMES and verb not in SENSES:
        return VERB_FRAMES[verb]
    if verb in REFLEXIVE_FRAMES:
        return REFLEXIVE_FRAMES[verb]
    if verb in NOT_ACTS:
        return None
    return Frame("Event", {"subj": "agent", **({} if verb in DOER_OF_NOUN_VERBS else {"obj": "undergoer"})})


def action_frame(noun: Token, mention_of: MentionOf) -> ActionFrame | None:
    """The frame of an action noun with a party among its complements (see the module docstring), or None."""
    if noun.pos_ != "NOUN" or _said_of_another(noun):
        return None
    verb = verb_of(noun)
    frame = _act_frame(verb) if verb else None
    if frame is not None and frame.requires and _required_thing(noun, frame.requires):
        frame = Frame(frame.type, frame.slots)  # `l'adoption de la résolution par X`: what the verb's act needs
    if frame is None or frame.requires:
        return None  # (a lexicon verb that names an act only with some words: `tirer` a weapon)
    doer = frame.slots.get("subj") or "agent"
    undergoer = frame.slots.get("obj")
    de_party = _party(_of_complement(noun), mention_of)
    slots = {k: v for k, v in frame.slots.items() if k not in ("subj", "obj", "de", "par")}
    slots.update({"par": doer, "poss": doer, "demonym": doer, "contre": slots.get("contre", "recipient")})
    if undergoer is None:
        slots["de"] = doer  # `l'ingérence de Varsovie`: a verb with no object, whose doer the noun's `de` names
    elif undergoer in ("undergoer", "recipient", "participant"):  # a party it is done to, else a thing
        slots["de"] = ("recipient" if undergoer == "undergoer" else undergoer) if de_party is not None else "theme"
    else:
        slots["de"] = undergoer  # (`theme`; `place`: `la visite de l'usine`)
    # a state or a body alone after `de` may do the act or undergo it (`la mobilisation de la Russie`, `l'exclusion
    # de la Russie`): only people undergo it for sure (`la libération de X`, `la répression du mouvement`)
    undergone = de_party is not None and (slots["de"] == doer or de_party.type in UNDERGOING_TYPES)
    between = _between_party(noun, mention_of)
    if between:
        slots["entre"] = "participant"  # `la normalisation des relations entre X et Y`: both sides do it
    given_to = slots.get("à") == "recipient" and _given_to_party(noun, mention_of)
    # `l'intervention russe`, `l'ingérence américaine`: the state a demonym names can only do an act with no object
    # (not people moving: `l'immigration chinoise` is of Chinese people, not an act of China)
    own_demonym = undergoer is None and verb not in PEOPLE_MOVING_VERBS and any(
        c.dep_ == "amod" and demonym_country(c.lower_) for c in noun.children)
    told_party = between or given_to or own_demonym
    if not (undergone or told_party or _aimed_at_party(noun, mention_of) or _agent_party(noun, mention_of) or (
            _owned_thing(noun) is not None and _own_doing(noun) is not None)):
        return None  # (a possessive or a demonym alone, `sa présidence`, `la colonisation japonaise`: too often
        # what the noun is of, a state or an office, not a party to an act told)
    return ActionFrame(frame.type, slots, verb=verb)


def _required_thing(noun: Token, required: frozenset[str]) -> bool:
    """The noun's `de` thing is one its verb acts on in the sense that names an act (`l'adoption de la résolution`,
    `le lancement d'un missile`; not `l'adoption d'un enfant`, `le lancement d'une campagne`)."""
    of = _of_complement(noun)
    return of is not None and (of.lower_ in required or of.lemma_.lower() in required)


def _owned_thing(noun: Token) -> Token | None:
    """The noun's `de` thing when a possessive names its owner (`le renforcement de son arsenal`)."""
    of = _of_complement(noun)
    owned = of is not None and any(c.dep_ == "det" and c.lower_ in OWNER_DETERMINERS for c in of.children)
    return of if owned else None


def _own_doing(noun: Token) -> Token | None:
    """The verb by which one tells, starts, pursues, plans or gives up one's own act, the noun its object (`a promis
    le renforcement de son arsenal`, `renonce à la modernisation de ses forces`); not a passive."""
    verb = carrier_verb(noun)
    if verb is None or verb.lemma_.lower() not in OWN_DOING_VERBS or has_passive_auxiliary(verb):
        return None
    return verb


def _said_of_another(noun: Token) -> bool:
    """`présentées comme une « punition » de X`, `qualifié de « trahison »`: what someone calls another thing, not an
    act told; `une conférence sur la reconstruction du pays`: the topic of talks, not an act done."""
    head = noun.head
    if preposition_of(noun) in CALLING_CASES and head.lemma_.lower() in CALLING_VERBS:
        return True
    if any(c.dep_ in ("case", "mark") and c.lower_ == "comme" for c in noun.children):
        return True
    return preposition_of(noun) in TOPIC_CASES and head.pos_ == "NOUN" and head.lemma_.lower() in TALK_NOUNS


def action_theme(noun: Token, mention_of: MentionOf) -> Token | None:
    """The thing an action noun's act is done to: its `de` complement, when no party (`l'abandon du projet`)."""
    of = _of_complement(noun)
    return of if of is not None and of.pos_ == "NOUN" and _party(of, mention_of) is None else None


def _of_complement(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "nmod" and preposition_of(c) in OF), None)


def _party(token: Token | None, mention_of: MentionOf) -> Mention | None:
    """The party a complement names: a mention holding its head word, or a name set beside it (`du journaliste
    X`); not a name inside its own complements (`du programme spatial par le Brésil`)."""
    if token is None:
        return None
    for word in [token, *(c for c in token.children if c.dep_ in NAME_DEPS and preposition_of(c) is None)]:
        mention = mention_of(word)
        if mention is not None and mention.start <= word.idx < mention.end and mention.type in PARTY_TYPES:
            return mention
    return None


def _aimed_at_party(noun: Token, mention_of: MentionOf) -> bool:
    """`des sanctions contre X`, `une hostilité envers X`, `à l'encontre de X`: a party the act is aimed at."""
    for complement in (c for c in noun.children if c.dep_ == "nmod"):
        if preposition_of(complement) in AIMED_CASES and _party(complement, mention_of):
            return True
        if complement.lemma_.lower() in AIMED_NOUNS and any(
                _party(g, mention_of) for g in complement.children if g.dep_ == "nmod"):
            return True
    return False


def _between_party(noun: Token, mention_of: MentionOf) -> bool:
    """`les affrontements entre X et Y`, `la normalisation des relations entre X et Y`, `la rupture des liens entre X
    et Y`: the sides of an act done together or against each other, named on the noun or on the ties it acts on."""
    holders = [noun, *([of] if (of := _of_complement(noun)) is not None and of.lemma_.lower() in TIE_NOUNS else [])]
    sides = [c for h in holders for c in h.children if c.dep_ == "nmod" and preposition_of(c) == "entre"]
    return any(_party(t, mention_of) for c in sides for t in [c, *(g for g in c.children if g.dep_ == "conj")])


def _given_to_party(noun: Token, mention_of: MentionOf) -> bool:
    """`la vente d'armes à l'Ukraine`, `la restitution des œuvres au Bénin`: a party goods go to; not a kind of
    dealing a measure restricts (`a limité la vente de puces à la Chine`: no sale is told)."""
    if noun.dep_ == "obj" and noun.head.lemma_.lower() in RESTRICTING_VERBS:
        return False
    return any(_party(c, mention_of) for c in noun.children if c.dep_ == "nmod" and preposition_of(c) == "à")


def _agent_party(noun: Token, mention_of: MentionOf) -> bool:
    """Its doer named on it: `par` a party (the nominal passive: `l'abandon du projet par Hanoï`)."""
    return any(_party(c, mention_of) for c in [
        *(c for c in noun.children if c.dep_ == "nmod" and preposition_of(c) == "par"), *_misplaced_doers(noun)])


class ToldEvent(Protocol):  # the fields of events.Event ``without_told_acts`` reads
    type: str
    trigger: Token
    status: str
    roles: list[tuple[str, str]]


def without_told_acts(events: list[ToldEvent]) -> list[ToldEvent]:
    """`La Chine a réprimé les manifestants ... la répression des manifestants par Pékin`: an action noun that tells
    again an act the article told before by its verb or by its noun, of the same class and standing, with no party
    that act lacks, is that act (restated events are one event: the gold convention); what it adds (a thing it names)
    goes to the act. Not a noun that sets its act apart (`une nouvelle répression`, `son précédent retrait`)."""
    kept: list[ToldEvent] = []
    for event in events:
        noun = event.trigger
        verb = verb_of(noun) if noun.pos_ == "NOUN" else None
        parties = {e for r, e in event.roles if r != "theme"}
        other = any(c.dep_ == "amod" and c.lower_ in OTHER_OF_KIND for c in noun.children)
        told = next((k for k in kept if _same_act(k.trigger, verb) and k.type == event.type and (
            k.status == event.status and parties <= {e for _, e in k.roles})), None) if verb and parties and (
            not other) else None
        if told is None:
            kept.append(event)
            continue
        told.roles.extend(r for r in event.roles if r not in told.roles and r[1] not in {e for _, e in told.roles})
    return kept


def _same_act(trigger: Token, verb: str) -> bool:
    """Is the trigger this verb, or a noun of it (`a emprisonné`, `l'emprisonnement`)?"""
    if trigger.pos_ == "VERB":
        return trigger.lemma_.lower() == verb
    return trigger.pos_ == "NOUN" and verb_of(trigger) == verb


def misplaced_doer(event: Event, frame: Frame, reader: Reader) -> list[tuple[str, str]]:
    """`par X` after an act's noun where the parse hangs it elsewhere: on the noun's `de` complement (`l'abandon du
    programme nucléaire par Hanoï`, where that complement names an act of its own and is cut from the noun's
    clause), or on the active verb whose object the noun is, as if it were its passive agent (`a salué la démolition
    du poste par X`: an active verb has none, and a party is no means). X does the noun's act."""
    noun, role = event.trigger, frame.slots.get("par")
    if not role or any(r == role for r, _ in event.roles):
        return []
    # (its own head word: `par l'intermédiaire de son ambassade` names a means, not a doer)
    party = next((m for m in (_party(c, reader.mention_of) for c in _misplaced_doers(noun)) if m is not None), None)
    return [(role, party.entity)] if party is not None and party.entity not in {e for _, e in event.roles} else []


def misplaced_target(event: Event, frame: Frame, reader: Reader) -> list[tuple[str, str]]:
    """`réclame depuis des années des sanctions contre X`: `contre X` (`envers X`) right after an act's noun is whom
    that act is aimed at, also where the parse hangs it on a word before the noun (`années`)."""
    noun, role = event.trigger, frame.slots.get("contre")
    doc = noun.doc
    case = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if not role or case is None or case.lower_ not in AIMED_CASES or case.dep_ != "case" or case.head.i == noun.i:
        return []
    target = case.head
    if target.head.i == noun.i or target.i < noun.i or target.head.i > noun.i:
        return []  # (on the noun itself, its frame reads it; hung on a later word, it may be that word's)
    party = _party(target, reader.mention_of)
    return [(role, party.entity)] if party is not None and party.entity not in {e for _, e in event.roles} else []


def owner_doer(event: Event, frame: Frame, reader: Reader) -> list[tuple[str, str]]:
    """`Pyongyang a promis de ne jamais renoncer au renforcement de son arsenal`, `Tokyo a annoncé la modernisation de
    ses forces`: one acts on what is one's own; where the noun's act is told by a verb of one's own doing and its
    `de` thing is owned (a possessive), the subject of that verb does it, when a state, a body or a group."""
    noun, role = event.trigger, frame.slots.get("par")
    if not isinstance(frame, ActionFrame) or not role or any(r in ("agent", "participant") for r, _ in event.roles):
        return []
    verb = _own_doing(noun) if _owned_thing(noun) is not None else None
    subjects = joined_subjects(verb, reader) if verb is not None else []
    # (a leader's `son arsenal`, `ses forces` are most often the state's, whose act it is: a person is left out)
    found = [m for m in map(reader.party, subjects) if m is not None and m.type != "person"]
    return [(role, m.entity) for m in found if m.entity not in {e for _, e in event.roles}]


def _misplaced_doers(noun: Token) -> list[Token]:
    """The `par` complements of the noun's act hung elsewhere by the parse (see ``misplaced_doer``)."""
    holders, of = [], _of_complement(noun)
    while of is not None and len(holders) < OF_CHAIN:
        holders.append(of)
        of = _of_complement(of)
    # (not past a noun joined to the complement: `l'isolement de son allié et la militarisation de la région par X`,
    # where the parse hangs all on `allié`, X is the second act's)
    doers = [c for h in holders for c in h.children if c.dep_ == "nmod" and preposition_of(c) == "par" and not any(
        j.dep_ == "conj" and j.i < c.i for j in h.children)]
    verb = noun.head
    if noun.dep_ == "obj" and verb.pos_ == "VERB" and not has_passive_auxiliary(verb):
        doers += [c for c in verb.children if c.dep_ in ("obl:agent", "obl:mod", "obl") and c.i > noun.i and (
            preposition_of(c) == "par")]
    return doers
