"""Events named by nouns: who takes part in them and what the clause around them says of them.

``event_lexicon.NOUN_FRAMES`` says which nouns name events and which complement (`de`, `par`, `à`, a demonym)
fills which role; ``events.py`` reads those slots. French news also tells the parties and the standing of an act
named by a noun through the clause the noun sits in, for any noun of its class:

- an accusation: `accuse Kiev de terrorisme`, `soupçonnent Pékin d'envisager des livraisons d'armes`, `détenu
  pour espionnage présumé`, `l'arrestation pour corruption d'un vice-ministre`: the one accused, held or arrested
  is the agent of the act charged (and a charge is suspected, never asserted by the article);
- a denial in one's own name: `Pyongyang nie toute livraison d'armes`: the one who denies is the one who would
  have acted (the denial makes it negated: ``status.py``);
- the one arrested or freed, also where the parse hangs them on the charge (`l'arrestation pour fraude d'un
  ancien gouverneur, X`);
- a place taken: `l'occupation de Boutcha`, `l'annexion de la Crimée`: the place is the one the act is done to;
  an armed act in places a demonym gives to a state (`dans la région ukrainienne de X`) is done to that state;
- who launches or wages an armed act (`l'armée a lancé une offensive`) is its agent;
- a promise or a plan: `a promis un soutien à Kiev`, `prévoit une rencontre avec X`: the act is planned, and the
  one who promises or plans it takes part;
- an invitation: `se rendra à Pékin à l'invitation de Xi` was made (occurred), even when the journey it brings
  about is still to come; who accepts or declines an invitation is the one invited;
- a partner the parse hangs on the verb that carries the noun (`a eu un entretien téléphonique avec X`,
  `appelle à un cessez-le-feu immédiat entre X et Y`);
- a visit a day of which dates what happened to the subject (`a été reçu au premier jour d'une visite`);
- a visit whose place comes first (`la visite au Kremlin de X`): the parse hangs X on the place; X visits;
- what is given back `en échange de` goods delivered (`a envoyé des obus à X en échange de pétrole`): a delivery
  the other way, from the recipient to the sender, with the delivery's standing (``counter_deliveries``);
- the one held or charged named by a noun of a person (`un ingénieur de la société X, détenu pour espionnage`):
  that person, never the body named inside the phrase (their employer is neither charged nor freed).

And three constructions where a noun names no event of its own:

- support voiced by the one who gives it (`a exprimé son soutien à Kiev`, `a apporté son « soutien total » au
  plan`): a speech act (``speech.py``) tells it; material support (`un soutien militaire`) and support another is
  thanked or praised for (`a salué le soutien de la Chine`) stay events;
- talks told again by their parties (`Xi et Poutine ont poursuivi leurs entretiens`): `leurs` points back to a
  meeting the article already reported;
- a noun of an armed act the linker read as a war Wikidata knows (`complice de l'offensive russe`): an entity.

Every rule only adds a role an event's parties do not hold yet, for persons, states and organisations (a thing is
no party). The reader of the clause is the one ``event_roles.py`` defines: this module does not know the extractor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from spacy.tokens import Token

from newsld.extract.event_lexicon import AID_KINDS, CRIME_NOUNS, Frame
from newsld.extract.event_roles import Reader
from newsld.extract.model import Mention
from newsld.extract.nlp import has_passive_auxiliary
from newsld.extract.person_nouns import is_person_noun

# Verbs and nouns that charge someone with an act (`accuser X de`, `détenu pour`, `l'arrestation pour`).
CHARGING_VERBS = {"accuser", "soupçonner", "suspecter", "inculper", "condamner", "poursuivre", "arrêter",
                  "interpeller", "détenir", "incarcérer", "emprisonner", "écrouer", "juger", "mettre", "placer",
                  "reprocher", "incriminer"}
CHARGING_NOUNS = {"arrestation", "interpellation", "détention", "incarcération", "condamnation", "inculpation",
                  "accusation", "accusations", "procès", "mise", "emprisonnement"}
CHARGE_CASES = {"de", "d'", "d’", "pour"}
CHARGED_TYPES = {"person", "country", "organization", "group"}
# Nouns of people arrested, held, freed or sent away: the one `de` them undergoes the act.
HOLDING_NOUNS = {"arrestation", "interpellation", "libération", "expulsion", "extradition", "enlèvement"}
# Verbs by which one denies one's own act (`X nie toute livraison`, `X dément tout transfert`).
DENYING_VERBS = {"nier", "démentir", "réfuter", "contester"}
# Acts done to a territory: the place named `de` them undergoes them.
TERRITORIAL_NOUNS = {"occupation", "annexion", "blocus", "siège", "encerclement", "invasion", "bombardement",
                     "bombardements", "pilonnage", "libération"}
PLACE_TYPES = {"place", "country"}
# Verbs whose object names an act still to come (`a promis un soutien`, `prévoit des exercices`).
PLANNING_VERBS = {"promettre", "prévoir", "préparer", "planifier", "programmer", "projeter"}
SHARED_TYPES = {"Meeting", "Agreement", "Banquet"}  # acts of two parties, each a participant
# Verbs by which one voices support rather than gives it: the speech act tells it.
# (`a salué le soutien de la Chine`, `a remercié X pour son soutien`: another's support, which is an act)
VOICING_VERBS = {"exprimer", "réaffirmer", "affirmer", "témoigner", "manifester", "afficher", "apporter",
                 "renouveler", "assurer", "dire", "redire"}
VOICED_NOUNS = {"soutien", "solidarité", "appui"}
# `à l'invitation de X`, `sur invitation de X`: the invitation the clause's act answers was made.
ANSWERED_CASES = {"à", "sur"}
# Verbs by which one starts or wages an armed act (`a lancé une offensive`, `mène des frappes`).
LAUNCHING_VERBS = {"lancer", "déclencher", "mener", "conduire", "engager", "entamer", "poursuivre", "intensifier",
                   "multiplier", "effectuer", "reprendre"}
# Days and moments of a visit (`au premier jour d'une visite`, `à la veille de sa visite`, `à l'issue de`).
DAY_NOUNS = {"jour", "journée", "veille", "lendemain", "début", "fin", "issue", "occasion", "première", "dernier",
             "dernière", "terme", "étape"}
# Where an armed act falls (`dans la région ukrainienne de X`, `sur des villes ukrainiennes`).
STRUCK_CASES = {"dans", "en", "sur", "contre"}
# Nouns of armed acts that may name a known war (`l'offensive russe`: the invasion of Ukraine).
WAR_NOUNS = {"offensive", "invasion", "occupation", "annexion", "incursion", "contre-offensive", "agression"}
# Verbs of answering an invitation (`a accepté l'invitation de X`, `a décliné une invitation à venir`).
ANSWERING_VERBS = {"accepter", "décliner", "refuser", "rejeter", "honorer", "répondre", "recevoir"}
# Meetings and visits the parties go on with (`ont poursuivi leurs entretiens`): the ones told before.
RESTATING_POSSESSIVES = {"leur", "leurs"}
RESTATED_TYPES = {"Meeting", "Visit"}
OF = {"de", "d'", "d’", "du", "des"}
# Where one goes: `à Pékin`, `au Kremlin`, `en Russie`.
GOING_CASES = {"à", "au", "aux", "en"}
# `en échange de pétrole`, `en contrepartie de X`: what is given back for goods delivered.
EXCHANGE_NOUNS = {"échange", "contrepartie"}
# Roles of a delivery seen from what comes back: its recipient gives, its agent receives.
RETURNED_ROLES = {"recipient": "agent", "agent": "recipient"}


class Event(Protocol):  # the fields of events.Event these rules read and change
    type: str
    trigger: Token
    roles: list[tuple[str, str]]
    status: str


Found = list[tuple[str, str]]


def complete_noun_roles(event: Event, frame: Frame, reader: Reader) -> None:
    """Add the roles the clause around an event noun gives it (none its parties already hold)."""
    if event.trigger.pos_ != "NOUN":
        return
    without_employers(event, reader)
    for rule in RULES:
        for role, entity in rule(event, frame, reader):
            if entity not in {e for _, e in event.roles}:
                event.roles.append((role, entity))


def noun_status(trigger: Token, status: str) -> str:
    """The standing of an act named by a noun where the clause above it says more than ``status.py`` reads."""
    if trigger.pos_ != "NOUN":
        return status
    lemma = trigger.lemma_.lower()
    if lemma in CRIME_NOUNS and status in ("occurred", "planned"):
        return "suspected"  # `arrêté pour corruption`: a charge, which the article does not make its own
    if lemma == "invitation" and status == "planned" and _answered(trigger):
        return "occurred"  # `doit se rendre à Pékin à l'invitation de Xi`: the journey is to come, not the invitation
    if status == "occurred" and trigger.dep_ == "obj" and trigger.head.lemma_.lower() in PLANNING_VERBS:
        return "planned"  # `avait promis un soutien « inébranlable » à l'Ukraine`
    return status


def voiced_only(noun: Token) -> bool:
    """`a exprimé son soutien à Kiev`, `a apporté son soutien au plan`: support said, not given (a speech act); `un
    soutien militaire`, `un soutien financier` is material, an act."""
    if noun.lemma_.lower() not in VOICED_NOUNS or any(c.dep_ == "amod" and c.lower_ in AID_KINDS
                                                       for c in noun.children):
        return False
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head  # `exprimer la solidarité du Japon et son soutien`: the first of the list is the object
    head = noun.head
    return head.pos_ == "VERB" and head.lemma_.lower() in VOICING_VERBS and noun.dep_ in ("obj", "obl:arg", "obl:mod")


def names_known_event(noun: Token, mention_at: Callable[[Token], Mention | None]) -> bool:
    """`complice de l'offensive russe`: where the linker read the noun as a war Wikidata knows (the invasion), the
    noun names that war, an entity, not a new act (`l'armée mène une offensive` names one)."""
    mention = mention_at(noun) if noun.lemma_.lower() in WAR_NOUNS else None
    return mention is not None and mention.entity.startswith("Q") and mention.type not in CHARGED_TYPES


def without_restatements(events: list[Event]) -> list[Event]:
    """`Xi et Poutine ont poursuivi leurs entretiens`: talks or a visit their parties' `leur(s)` points back to are
    the meeting or visit already told (one event, not two). A demonstrative is not enough: `Cette visite` may name
    the whole journey whose stops the article told first (``events._without_anaphors`` reads the same noun again)."""
    kept: list[Event] = []
    for event in events:
        trigger = event.trigger
        pointing = trigger.pos_ == "NOUN" and event.type in RESTATED_TYPES and any(
            c.dep_ == "det" and c.lower_ in RESTATING_POSSESSIVES for c in trigger.children)
        if not pointing or not any(k.type == event.type and k.trigger.i < trigger.i for k in kept):
            kept.append(event)
    return kept


def counter_deliveries(events: Iterable[Event], goods_entity: Callable[[Token], str], is_act: Callable[[Token], bool],
                       is_party: Callable[[str], bool]) -> list[tuple[Token, Found, str]]:
    """`Pyongyang a envoyé des obus à Moscou en échange de pétrole`, `ses livraisons de camions à X en échange de
    charbon`: the goods given back go the other way, from the recipient of the delivery to its agent, with the
    delivery's standing. Returns (trigger, roles, status) of each such return; goods are what `de` the noun names,
    never an act (`en échange de la libération de X` is a swap of people, which no rule here reads)."""
    found: dict[int, tuple[Token, Found, str]] = {}
    for event in (e for e in events if e.type == "Delivery"):
        noun = _exchange_of(event.trigger)
        parties = [(RETURNED_ROLES[r], x) for r, x in event.roles if r in RETURNED_ROLES]
        # both sides known and each a person, a state or a body (a thing read as a recipient gives nothing back)
        if noun is None or noun.i in found or {r for r, _ in parties} != {"agent", "recipient"} or not all(
                is_party(x) for _, x in parties):
            continue
        goods = _goods(noun)
        if goods and not any(is_act(g) for g in goods):
            found[noun.i] = (noun, [*parties, *(("theme", goods_entity(g)) for g in goods)], event.status)
    return list(found.values())


def _exchange_of(trigger: Token) -> Token | None:
    """The `en échange de` hung on a delivery's trigger, or on the verb whose object or subject the delivery noun is
    (`accroître ses livraisons ... en échange de`)."""
    holders = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("obj", "obl:arg", "nsubj", "nsubj:pass") and (
            trigger.head.pos_ == "VERB"):
        holders.append(trigger.head)
    # `a proposé d'augmenter ses livraisons, en échange de X`: the parse may hang it on the verb above the infinitive
    if holders[-1].dep_ == "xcomp" and holders[-1].pos_ == "VERB":
        holders.append(holders[-1].head)
    return next((c for h in holders for c in h.children if c.lemma_.lower() in EXCHANGE_NOUNS and c.pos_ == "NOUN"
                 and c.dep_.startswith(("obl", "nmod")) and _cased(c, {"en"})), None)


def _goods(noun: Token) -> list[Token]:
    """`en échange de pétrole et de technologies spatiales`: the things named `de` the noun and those joined to it."""
    first = next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and _cased(c, OF)), None)
    return [] if first is None else [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "NOUN")]


# -- the rules: each yields (role, entity) pairs -------------------------------------------------------------------


def charged_agent(event: Event, frame: Frame, reader: Reader) -> Found:
    """`accuse Kiev de terrorisme`, `détenu pour espionnage présumé`, `soupçonnent Pékin d'envisager des
    livraisons`, `l'arrestation pour corruption de X`: the one charged is the agent of the act charged."""
    if any(r == "agent" for r, _ in event.roles):
        return []
    trigger = event.trigger
    charged = _charged_by_verb(trigger, reader) or _charged_by_noun(trigger, reader)
    return [("agent", charged)] if charged is not None else []


def _charged_by_verb(noun: Token, reader: Reader) -> str | None:
    """The one a verb of charging charges with the noun's act, directly (`accuse X de terrorisme`) or through the
    infinitive it governs (`soupçonnent X d'envisager des livraisons`)."""
    verb = _charging_verb(noun)
    if verb is None:
        return None
    described = _described_by(verb)
    if described is not None:  # `un cadre, arrêté et soupçonné d'espionnage`: only the one the participle describes
        return _charged_party(described, reader)
    candidates: Iterable[Token | None] = (
        *(c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")),
        reader.subject_of(verb) if has_passive_auxiliary(verb) else None)
    return next((e for e in (_charged_party(t, reader) for t in candidates) if e is not None), None)


def _charged_party(token: Token | None, reader: Reader) -> str | None:
    """A person, a state, a body, or a group (`des entreprises russes accusées de`) can be charged; a noun of a
    person (`un ingénieur de la société X, détenu pour`) is that person, never the body named inside its phrase."""
    mention = reader.mention_of(token) if token is not None else None
    if mention is None or mention.type not in CHARGED_TYPES or (_person_noun(token) and mention.type != "person"):
        return None
    return mention.entity


def _person_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and is_person_noun(token.lemma_.lower())


def without_employers(event: Event, reader: Reader) -> None:
    """`la libération d'un employé de la société X`: the one arrested or freed is the person the noun names; the
    body named inside the phrase (their employer) is not held."""
    if event.trigger.lemma_.lower() not in HOLDING_NOUNS:
        return
    held = [c for c in event.trigger.children if c.dep_ == "nmod" and _cased(c, OF) and _person_noun(c)]
    employers = {m.entity for m in (reader.mention_of(c) for c in held) if m is not None and m.type != "person"}
    event.roles = [(r, e) for r, e in event.roles if not (r == "recipient" and e in employers)]


def _charging_verb(noun: Token) -> Token | None:
    """The verb of charging the noun (or the infinitive whose object it is) hangs on with `de` or `pour`."""
    link = noun
    if noun.dep_ == "obj" and noun.head.pos_ == "VERB" and "Inf" in noun.head.morph.get("VerbForm"):
        link = noun.head  # `d'envisager des livraisons`: the charge is the infinitive
        cased = any(c.dep_ == "mark" and c.lower_ in CHARGE_CASES for c in link.children)
    else:
        cased = any(c.dep_ == "case" and c.lower_ in CHARGE_CASES for c in link.children)
    head = link.head
    if not cased or head.pos_ not in ("VERB", "ADJ") or head.lemma_.lower() not in CHARGING_VERBS:
        return None
    return head


def _described_by(verb: Token) -> Token | None:
    """The noun a bare participle describes (`des entreprises accusées de`), through participles joined by `et`."""
    token = verb
    while token.dep_ == "conj" and token.head.pos_ in ("VERB", "ADJ") and token.head.i != token.i:
        token = token.head
    described = token.head if token.dep_ in ("acl", "amod", "appos") else None
    if described is None or described.pos_ not in ("NOUN", "PROPN", "X"):
        return None
    # `un cadre du groupe Astellas, arrêté et soupçonné de`: the parse hangs the participle on the last noun of a
    # `N de N` phrase, which may be the first one's; that reading is a guess, not the one charged
    of_noun = described.dep_ == "nmod" and described.head.pos_ == "NOUN" and _cased(described, OF)
    return None if of_noun else described


def _charged_by_noun(noun: Token, reader: Reader) -> str | None:
    """`l'arrestation pour corruption d'un vice-ministre, X`: the one a noun of arrest or charge is `de`."""
    head = noun.head
    if head.lemma_.lower() not in CHARGING_NOUNS or not any(
            c.dep_ == "case" and c.lower_ in CHARGE_CASES for c in noun.children):
        return None
    return _person_held(head, reader, noun)


def _person_held(noun: Token, reader: Reader, charge: Token | None = None) -> str | None:
    """The person named `de` a noun of arrest (or `de` the charge the parse hangs between): `l'arrestation de X`,
    `l'arrestation pour corruption d'un vice-ministre, X` (the name set after the noun phrase describes it)."""
    owners = [c for t in (noun, charge) if t is not None for c in t.children if c.dep_ == "nmod" and (
        charge is None or c.i != charge.i) and any(g.dep_ == "case" and g.lower_ in OF for g in c.children)]
    for owner in owners:
        mention = reader.party(owner) or reader.party(_name_after(owner))
        if mention is not None and mention.type == "person":
            return mention.entity
    return None


def _name_after(noun: Token) -> Token | None:
    """`un vice-ministre de la Défense, Timour Ivanov`: the name set after a noun phrase and a comma (the parse
    may hang it anywhere)."""
    doc = noun.doc
    after = max(t.i for t in noun.subtree) + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ in ("PROPN", "X"):
        return doc[after + 1]
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "X")), None)


def held_person(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'arrestation pour espionnage d'un diplomate, X`: the one arrested, held or freed is the recipient, also
    when the parse hangs them on the charge."""
    trigger = event.trigger
    if trigger.lemma_.lower() not in HOLDING_NOUNS or any(r == "recipient" for r, _ in event.roles):
        return []
    charges = [c for c in trigger.children if c.dep_ == "nmod" and c.lemma_.lower() in CRIME_NOUNS]
    held = _person_held(trigger, reader, charges[0] if charges else None)
    return [("recipient", held)] if held is not None else []


def talks_partners(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X a eu un entretien téléphonique avec Y`, `a tenu une réunion avec Y`: the parse may hang the partner on the
    verb that carries the meeting noun; they take part in the meeting."""
    trigger = event.trigger
    verb = trigger.head
    if event.type != "Meeting" or trigger.dep_ != "obj" or verb.pos_ != "VERB":
        return []
    partners = [c for c in verb.children if c.dep_.startswith("obl") and any(
        g.dep_ == "case" and g.lower_ == "avec" for g in c.children)]
    found = [reader.party(p) for p in partners]
    return [("participant", m.entity) for m in found if m is not None]


def denier_agent(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Pyongyang nie toute livraison d'armes à la Russie`: who denies an act named as the object denies their own
    (the act of another is named with its author: `dément les livraisons américaines`)."""
    trigger = event.trigger
    verb = trigger.head
    if any(r == "agent" for r, _ in event.roles) or trigger.dep_ != "obj" or (
            verb.lemma_.lower() not in DENYING_VERBS):
        return []
    if any(c.dep_ == "amod" and reader.state_of_demonym(c.lower_) for c in trigger.children):
        return []
    denier = reader.party(_subject(verb, reader))
    known = {e for _, e in event.roles}
    return [("agent", denier.entity)] if denier is not None and denier.entity not in known else []


def territory_undergoing(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'occupation de Boutcha`, `l'annexion de la Crimée`: the place named `de` the act is the one it is done to."""
    trigger = event.trigger
    if trigger.lemma_.lower() not in TERRITORIAL_NOUNS or any(r == "recipient" for r, _ in event.roles):
        return []
    for owner in (c for c in trigger.children if c.dep_ == "nmod" and c.i > trigger.i):
        mention = reader.mention_of(owner)
        if mention is not None and mention.type in PLACE_TYPES and any(
                g.dep_ == "case" and g.lower_ in OF for g in owner.children):
            return [("recipient", mention.entity)]
    return []


def promised_by(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le Japon a promis un soutien à Kiev`, `Tokyo prévoit une rencontre avec Pékin`: one promises or plans one's
    own act: the subject of the verb is its agent (a party of a meeting or an agreement)."""
    trigger = event.trigger
    verb = trigger.head
    if trigger.dep_ != "obj" or verb.lemma_.lower() not in PLANNING_VERBS:
        return []
    role = "participant" if event.type in SHARED_TYPES else "agent"
    if any(r == role for r, _ in event.roles) and role == "agent":
        return []
    planner = reader.party(_subject(verb, reader))
    return [(role, planner.entity)] if planner is not None else []


def launched_by(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'armée a lancé une offensive`, `Kiev a déclenché une contre-offensive`: who launches or wages an armed act
    is its agent (the parse may call the noun an object or a modifier of the verb)."""
    trigger = event.trigger
    verb = trigger.head
    if frame.slots.get("demonym") != "agent" or any(r == "agent" for r, _ in event.roles) or (
            verb.lemma_.lower() not in LAUNCHING_VERBS or trigger.dep_ not in ("obj", "obl:mod")):
        return []
    if any(c.dep_ == "case" for c in trigger.children):
        return []  # `lancé contre l'offensive`, `pendant l'offensive`: not what the subject launches
    launcher = reader.party(_subject(verb, reader))
    return [("agent", launcher.entity)] if launcher is not None else []


def invited_one_answering(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X a accepté l'invitation de Y`, `X a décliné une invitation à se rendre à Minsk`: who answers an invitation
    is the one invited."""
    trigger = event.trigger
    verb = trigger.head
    if event.type != "Invitation" or any(r == "recipient" for r, _ in event.roles) or (
            verb.lemma_.lower() not in ANSWERING_VERBS or trigger.dep_ not in ("obj", "obl:arg")):
        return []
    invited = reader.party(_subject(verb, reader))
    agents = {e for r, e in event.roles if r == "agent"}
    return [("recipient", invited.entity)] if invited is not None and invited.entity not in agents else []


def struck_state(event: Event, frame: Frame, reader: Reader) -> Found:
    """`une offensive dans la région ukrainienne de Kharkiv`, `des frappes sur des villes ukrainiennes`: an armed
    act in or on places a demonym gives to a state is done to that state."""
    trigger = event.trigger
    if frame.slots.get("demonym") != "agent" or any(r == "recipient" for r, _ in event.roles):
        return []
    verb = trigger.head if trigger.dep_ in ("obj", "obl:mod") and trigger.head.pos_ == "VERB" else None
    # the striker's own state is not struck (`l'armée russe ... dans la région russe de Koursk`: a counter-attack)
    strikers = [trigger, *([_subject(verb, reader)] if verb is not None else [])]
    agents = {e for r, e in event.roles if r == "agent"} | {
        reader.state_of_demonym(a.lower_) for t in strikers if t is not None for a in t.children if a.dep_ == "amod"}
    places = [c for t in (trigger, verb) if t is not None for c in t.children if c.dep_.startswith(("obl", "nmod"))
              and c.pos_ == "NOUN" and _cased(c, STRUCK_CASES)]
    for adjective in (a for p in places for a in p.children if a.dep_ == "amod"):
        state = reader.state_of_demonym(adjective.lower_)
        if state and state not in agents:
            return [("recipient", state)]
    return []


def visitor_of_the_day(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X a été reçu lundi à Séoul au premier jour d'une visite d'État`, `X est arrivé à la veille d'une visite`: the
    visit a day of which dates what happened to or by the subject (passive, or with no object) is the subject's."""
    trigger = event.trigger
    day = trigger.head
    if event.type != "Visit" or event.roles or trigger.dep_ != "nmod" or not _cased(trigger, OF) or (
            day.lemma_.lower() not in DAY_NOUNS):
        return []
    # `reçu lundi à Séoul au premier jour`: the parse may hang the day on the weekday before it
    verb = next((t for t in list(day.ancestors)[:2] if t.pos_ == "VERB"), None) if day.dep_.startswith("obl") else None
    if verb is None or (not has_passive_auxiliary(verb) and any(c.dep_ == "obj" for c in verb.children)):
        return []  # `Y a reçu X au premier jour de sa visite`: the host's act, not the visitor's
    visitor = reader.party(_subject(verb, reader))
    return [("agent", visitor.entity)] if visitor is not None else []


def parties_between(event: Event, frame: Frame, reader: Reader) -> Found:
    """`appelle à un cessez-le-feu immédiat entre X et Y`: the parse may hang `entre X et Y` on the verb that
    governs the noun; right after the noun's words, it still names the noun's parties."""
    trigger, role = event.trigger, frame.slots.get("entre")
    if role is None or any(c.dep_ == "nmod" and _cased(c, {"entre"}) for c in trigger.children):
        return []
    end = max(t.i for t in trigger.subtree)
    between = next((c for c in trigger.head.children if c.dep_.startswith(("obl", "nmod")) and c.i > end
                    and _cased(c, {"entre"})), None)
    if between is None or min(t.i for t in between.subtree) != end + 1:
        return []
    named = [between, *(c for c in between.children if c.dep_ == "conj")]
    found = [reader.party(t) for t in named]
    return [(role, m.entity) for m in found if m is not None]


def visitor_after_place(event: Event, frame: Frame, reader: Reader) -> Found:
    """`la visite à Taïwan de X`, `le voyage au Kremlin de X`: where the place comes first, the parse hangs the
    visitor on the place (a place is no person's); right after the noun, it still names who visits."""
    trigger = event.trigger
    if event.type != "Visit" or any(r == "agent" for r, _ in event.roles):
        return []
    end = max(t.i for t in trigger.subtree)
    places = [c for c in trigger.children if c.dep_ == "nmod" and c.i > trigger.i] + [
        c for c in trigger.head.children if c.dep_.startswith(("obl", "nmod")) and (
            min(t.i for t in c.subtree) == end + 1)]
    for place in (p for p in places if _cased(p, GOING_CASES)):
        for owner in (c for c in place.children if c.dep_ == "nmod" and _cased(c, OF)):
            mention = reader.party(owner)
            if mention is not None and mention.type == "person":
                return [("agent", mention.entity)]
    return []


def _subject(verb: Token, reader: Reader) -> Token | None:
    """The verb's subject, also where the parse hangs it on the auxiliary (`X a par ailleurs accepté`)."""
    subject = reader.subject_of(verb)
    helpers = [c for c in verb.children if c.dep_.startswith("aux")]
    return subject or next((g for h in helpers for g in h.children if g.dep_ in ("nsubj", "nsubj:pass")), None)


def _cased(noun: Token, cases: set[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in cases for c in noun.children)


def _answered(invitation: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in ANSWERED_CASES for c in invitation.children)


RULES: tuple[Callable[[Event, Frame, Reader], Found], ...] = (
    charged_agent, held_person, denier_agent, territory_undergoing, talks_partners, parties_between, promised_by,
    launched_by, invited_one_answering, struck_state, visitor_of_the_day, visitor_after_place)
