"""Filters that keep what is not an event out of the events: constructions of French, on any topic.

- Habits and standing facts. `La Chine importe chaque année du soja`, `Chaque été, des incendies ravagent la
  Grèce`, `le Japon organise tous les deux ans des manœuvres`: a clause with an adverbial of frequency tells what
  happens again and again, not one dated deed; a news event is a single happening.
- Restatements that date another act. `Le ministre a visité la centrale. À l'issue de la visite, il a promis
  ...`: a definite or possessive event noun after a preposition of time (`après`, `lors de`, `à l'issue de`)
  that names an event of the same kind already told is that event again, used as a landmark in time. With
  nothing of its kind told before (`après l'essai du 31 octobre`), or with a doer of its own that is none of the
  told act's (`après la violation de son espace aérien par un avion chinois` after a Russian plane's), it names an
  event the article only recalls, which stays. `lors de la cérémonie` after any act told is that act's occasion.
- Consequences measured by a degree. `Le FMI juge la croissance trop faible pour rembourser la dette`, `Le barrage
  est trop fragile pour résister à une crue`: the infinitive after `trop`, `assez`, `suffisamment` ... `pour` is
  what the degree allows or forbids, not an act.
- Identifications. `Il s'agit de la première visite de X dans le pays depuis 2019`: the impersonal `il s'agit de`
  says what the act just told is; its noun names no second act.
- Kinds defined. `Un mémorandum n'est pas un contrat`: an indefinite event noun as the subject of a copula (or its
  predicate after an indefinite subject) says what a kind of act is, not that one took place.
- Epithets of a lost office. `Le président renversé n'a pas démissionné`: a bare participle of lost office on a
  leader's title names the person by what befell them (the coup is told elsewhere), not an act of its own.
- Characterisations. `Les manœuvres, présentées par Pékin comme une « punition »`, `Le Kremlin présente ce
  traité comme une garantie`: `présenter X comme Y` says what someone calls a thing (a speech act, speech.py),
  not a presentation. Read by ``characterises``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token


class Event(Protocol):  # the fields of events.Event these filters read
    type: str
    trigger: Token
    roles: list[tuple[str, str]]
    status: str


# -- habits ---------------------------------------------------------------------------------------------------------

FREQUENCY_ADVERBS = {"régulièrement", "habituellement", "généralement", "traditionnellement", "fréquemment",
                     "annuellement", "quotidiennement", "périodiquement", "rituellement", "ordinairement"}
# `chaque année`, `tous les ans`, `toutes les deux semaines`: the units of time a habit recurs in
RECURRING_UNITS = {"an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "nuit", "nuits",
                   "matin", "matins", "soir", "soirs", "été", "étés", "hiver", "hivers", "printemps", "automne",
                   "automnes", "week-end", "week-ends", "saison", "saisons", "fois", "lundi", "lundis", "mardi",
                   "mardis", "mercredi", "mercredis", "jeudi", "jeudis", "vendredi", "vendredis", "samedi",
                   "samedis", "dimanche", "dimanches", "décennie", "décennies", "trimestre", "trimestres"}
EVERY = {"chaque"}
ALL = {"tous", "toutes"}
VERB_POS = {"VERB", "AUX"}


def _unit_after(token: Token, skip_numbers: bool) -> bool:
    """Is the word after `chaque` (or after `tous les`, maybe with a number: `tous les deux ans`) a unit of time?"""
    doc, i = token.doc, token.i + 1
    while skip_numbers and i < len(doc) and (doc[i].pos_ == "NUM" or doc[i].like_num):
        i += 1
    return i < len(doc) and doc[i].lower_ in RECURRING_UNITS


def frequency_marker(token: Token) -> bool:
    """`régulièrement`, `chaque année`, `tous les ans` (read at its first word)."""
    word, doc = token.lower_, token.doc
    if word in FREQUENCY_ADVERBS:
        return True
    if word in EVERY:
        return _unit_after(token, skip_numbers=False)
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return word in ALL and after is not None and after.lower_ == "les" and _unit_after(after, skip_numbers=True)


def _verb_over(token: Token) -> Token | None:
    """The verb whose clause holds this word: the first verb up the tree (None when the tree has no verb above)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in VERB_POS and node.dep_ not in ("aux", "aux:tense", "aux:pass", "cop"):
            return node
    return None


def _first_verb_after(token: Token) -> Token | None:
    """`Chaque été, des incendies ravagent`: a fronted adverbial the parser leaves unattached opens the clause of
    the next verb of its sentence."""
    return next((t for t in token.sent if t.i > token.i and t.pos_ == "VERB"), None)


def _clause_verb(trigger: Token) -> Token | None:
    """The verb an event's clause hangs on: the trigger itself, or the verb a noun is the complement of."""
    if trigger.pos_ in VERB_POS:
        return trigger
    return _verb_over(trigger)  # `organise tous les deux ans des exercices`, even where the parser hangs them on `ans`


def habitual_verbs(sentence_tokens: list[Token]) -> set[int]:
    """The indices of the verbs a frequency adverbial governs in these tokens."""
    verbs: set[int] = set()
    for token in sentence_tokens:
        if not frequency_marker(token):
            continue
        verb = _verb_over(token) or _first_verb_after(token)
        if verb is not None:
            verbs.add(verb.i)
    return verbs


def habitual(trigger: Token, known: dict[tuple[int, int], set[int]] | None = None) -> bool:
    """Does the trigger's clause tell a habit (`importe chaque année`, `organise tous les ans des exercices`)?
    ``known``: the habitual verbs of the sentences already read (one reading per sentence, not per event)."""
    verb = _clause_verb(trigger)
    if verb is None:
        return False
    sentence = trigger.sent
    known = {} if known is None else known
    if (sentence.start, sentence.end) not in known:
        known[sentence.start, sentence.end] = habitual_verbs(list(sentence))
    return verb.i in known[sentence.start, sentence.end]


def without_habits(events: list[Event]) -> list[Event]:
    known: dict[tuple[int, int], set[int]] = {}
    return [e for e in events if not habitual(e.trigger, known)]


# -- restatements that date another act -----------------------------------------------------------------------------

# `depuis son voyage`, `dès l'invasion` date a state from a start, most often an earlier event of its own
TIME_LANDMARKS = {"après", "avant", "lors", "issue", "terme", "pendant", "durant", "cours", "lendemain", "veille",
                  "suite"}
DEFINITE_DETERMINERS = {"le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "leurs"}
DEFINITE_CASES = {"du", "des", "au", "aux"}  # `à l'issue du sommet`; `des` as a determiner is indefinite


def _marked_by_time_landmark(noun: Token) -> bool:
    """`après la rencontre`, `lors de son déplacement`, `à l'issue de la visite`, `au lendemain de l'attaque`."""
    markers = [c for c in noun.children if c.dep_ in ("case", "fixed", "mark")]
    governor = noun.head if noun.dep_ in ("nmod", "obl:arg", "obl:mod", "obl") else None
    words = {m.lower_ for m in markers} | ({governor.lower_} if governor is not None else set())
    return bool(words & TIME_LANDMARKS)


def _definite(noun: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or (c.dep_ == "case" and c.lower_ in
                                                                         DEFINITE_CASES) for c in noun.children)


NAMED_BY_ANY_NOUN_OF_ITS_TYPE = {"Visit"}
UNTOLD_STATUSES = {"negated", "hypothetical"}  # `ne s'est plus rendu à l'étranger depuis son voyage`: no visit


def _stem(lemma: str) -> str:
    return lemma[:-2] if lemma.endswith(("er", "ir", "re")) and len(lemma) > 4 else lemma


def same_act_named(told: Event, noun: Token) -> bool:
    """Is the noun a name of the event told (`a visité` ... `la visite`, `a attaqué` ... `l'attaque`)? A visit is
    named by any noun of visits (`son déplacement`, `sa tournée`); other events only by their own word: talks
    after a welcome (`a accueilli` ... `lors des entretiens`) are a meeting of their own."""
    if told.type in NAMED_BY_ANY_NOUN_OF_ITS_TYPE:
        return True
    told_lemma, noun_lemma = told.trigger.lemma_.lower(), noun.lemma_.lower()
    stem = _stem(told_lemma)
    return noun_lemma == told_lemma or (len(stem) >= 4 and noun_lemma.startswith(stem))


DOER_ROLES = ("agent",)


def _other_doer(told: Event, event: Event) -> bool:
    """Does the noun name a doer of its own, none of the told act's (`après la violation de son espace aérien par
    un avion chinois` after a Russian plane's violation)? Then it is another act of the kind, told as a landmark.
    A doer read from a possessive (`lors de son déplacement`) is no name of its own."""
    if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in event.trigger.children):
        return False  # `lors de son déplacement`: a possessive takes up someone told, most often the told doer
    doers = [{e for r, e in x.roles if r in DOER_ROLES} for x in (told, event)]
    return all(doers) and not doers[0] & doers[1]


# `ont signé un accord ... a déclaré X lors de la cérémonie`: the ceremony is the occasion of the act told, whatever
# its class (a signing, an inauguration, a handover)
OCCASION_OF_ANY_ACT = {"cérémonie", "cérémonies"}


def restates_told_event(event: Event, told: list[Event]) -> bool:
    noun = event.trigger
    if noun.pos_ != "NOUN" or not _definite(noun) or not _marked_by_time_landmark(noun):
        return False
    any_act = noun.lemma_.lower() in OCCASION_OF_ANY_ACT
    return any((k.type == event.type or any_act) and k.status not in UNTOLD_STATUSES and k.trigger.i < noun.i
               and (any_act or same_act_named(k, noun)) and not _other_doer(k, event) for k in told)


def without_time_landmarks(events: list[Event]) -> list[Event]:
    """Drop the event nouns that only date another act by an event already told (module docstring)."""
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: e.trigger.i):
        if not restates_told_event(event, kept):
            kept.append(event)
    order = {id(e): n for n, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])


# -- characterisations ---------------------------------------------------------------------------------------------

AS_WORDS = {"comme"}


def characterises(verb: Token) -> bool:
    """`présenté par Pékin comme une « punition »`, `présente ce traité comme une garantie`: a `comme` after the
    verb, in its own clause, says what the thing is called (wherever the parser hangs it: `par les autorités
    turques comme le plus violent` puts it under the agent)."""
    def clause_verb_index(token: Token) -> int | None:
        over = _verb_over(token)
        return None if over is None else over.i

    return any(t.lower_ in AS_WORDS and t.dep_ in ("case", "mark") and clause_verb_index(t) == verb.i
               for t in verb.sent if t.i > verb.i)


# -- consequences measured by a degree: `trop faible pour rembourser` --------------------------------------------------

DEGREE_WORDS = {"trop", "assez", "suffisamment"}
PURPOSE_MARKS = {"pour"}


def _degree_before(infinitive: Token, mark: Token) -> bool:
    """A degree word between the word the infinitive hangs on and its `pour`, or on that word itself."""
    head = infinitive.head
    between = infinitive.doc[min(head.i, mark.i) + 1:mark.i]
    on_head = [head, *(c for c in head.children if c.dep_ == "advmod")]
    return any(t.lower_ in DEGREE_WORDS for t in [*between, *on_head])


def measured_consequence(verb: Token) -> bool:
    """`trop faible pour rembourser sa dette`, `pas assez de gaz pour passer l'hiver`, `arrivés trop tard pour
    sauver`: what a degree makes possible or impossible is a measure, not an act that took place."""
    if verb.pos_ != "VERB" or "Inf" not in verb.morph.get("VerbForm"):
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS), None)
    return mark is not None and _degree_before(verb, mark)


def inside_measured_consequence(trigger: Token) -> bool:
    """The trigger is such an infinitive, or an event noun in its clause (`trop pauvre pour financer la
    reconstruction`)."""
    verb = trigger if trigger.pos_ == "VERB" else _verb_over(trigger)
    return verb is not None and measured_consequence(verb)


def without_measured_consequences(events: list[Event]) -> list[Event]:
    return [e for e in events if not inside_measured_consequence(e.trigger)]


# -- identifications: `Il s'agit de la première visite de X depuis 2019` ----------------------------------------------

IMPERSONAL_SUBJECTS = {"il"}


def identifies_told_act(noun: Token) -> bool:
    """`Il s'agit de la première expulsion d'un diplomate par le Japon depuis 2020`, `Il s'agit du premier tir de ce
    type`: the impersonal `il s'agit de` says what the act just told is (its rank, its kind); the noun names that act
    again, no act of its own."""
    verb = noun.head
    return noun.pos_ == "NOUN" and noun.dep_.startswith("obl") and verb.lemma_.lower() == "agir" and any(
        c.dep_ == "expl:subj" and c.lower_ in IMPERSONAL_SUBJECTS for c in verb.children) and any(
        c.dep_ == "expl:comp" for c in verb.children)


def without_identifications(events: list[Event]) -> list[Event]:
    return [e for e in events if not identifies_told_act(e.trigger)]


# -- kinds defined: `Un mémorandum n'est pas un contrat` ------------------------------------------------------------

INDEFINITE_DETERMINERS = {"un", "une"}
COPULA_LEMMAS = {"être"}


def _copula_of(token: Token) -> bool:
    return any(c.dep_ == "cop" and c.lemma_.lower() in COPULA_LEMMAS for c in token.children)


def defines_a_kind(noun: Token) -> bool:
    """`« Un mémorandum n'est pas un contrat »`, `une trêve est un accord fragile`: an indefinite event noun that is
    the subject of a copula, or its predicate after an indefinite subject, says what a kind of act is; it tells no
    act that took place."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children):
        return False
    if noun.dep_ == "nsubj" and _copula_of(noun.head):
        return True
    subject = next((c for c in noun.children if c.dep_ == "nsubj"), None)
    return _copula_of(noun) and subject is not None and subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in subject.children)


def without_kinds_defined(events: list[Event]) -> list[Event]:
    return [e for e in events if not defines_a_kind(e.trigger)]


# -- epithets of a lost office ------------------------------------------------------------------------------------

# Participles of a lost office (`le président renversé`, `le chef de l'État déchu`): an epithet of the person.
DEPOSED_WORDS = frozenset({"renversé", "renversée", "déchu", "déchue", "destitué", "destituée", "déposé", "déposée",
                           "évincé", "évincée"})
OFFICE_HEADS = frozenset({"président", "présidente", "chef", "cheffe", "dirigeant", "dirigeante", "ministre",
                          "roi", "reine", "monarque", "émir", "dictateur", "leader", "premier", "première"})


def office_epithet(participle: Token) -> bool:
    """`Le président renversé n'a pas démissionné`, `le chef de l'État déchu`: a bare participle of lost office on a
    leader's title names the person by what befell them, told elsewhere; it is no act of its own (`le président
    renversé par l'armée`, with its agent, still is)."""
    if participle.lower_ not in DEPOSED_WORDS or participle.dep_ not in ("acl", "amod") or any(
            c.dep_ not in ("punct", "advmod") for c in participle.children):
        return False
    head = participle.head
    if head.lower_ in ("état", "etat") and head.head.i != head.i:
        head = head.head  # `le chef de l'État déchu`
    return head.lower_ in OFFICE_HEADS


def without_office_epithets(events: list[Event]) -> list[Event]:
    return [e for e in events if not office_epithet(e.trigger)]


EventFilter = Callable[[list[Event]], list[Event]]
FILTERS: tuple[EventFilter, ...] = (without_habits, without_time_landmarks, without_measured_consequences,
                                    without_identifications, without_kinds_defined, without_office_epithets)


def filtered(events: list[Event]) -> list[Event]:
    """The events that are single happenings told for themselves (every filter of this module, in turn)."""
    for keep in FILTERS:
        events = keep(events)
    return events
