"""The arguments of an event noun that the clause around it gives, by the class of the noun.

``event_nouns.py`` reads the noun's own complements through its frame (`de`, `par`, `contre`, a demonym). Wire copy
often names the parties of an act told by a noun outside its noun phrase, by constructions of French that hold for
any noun of a class, on any topic:

- a measure put in force, kept or tightened (`X applique des sanctions contre Y`, `X, qui maintient un embargo`,
  `X a durci ses restrictions`): the subject of the verb that carries the measure is who imposes it;
- a possessive for the doer (`la Bolivie a annoncé son retrait`, `Lima maintient ses sanctions`): `son`, `sa`,
  `ses`, `leur`, `leurs` on a noun whose doer its `de` names is the subject of the verb the noun hangs on (the
  owner a French possessive in the object stands for), never the noun's own subject (`Son retrait a surpris`);
- brokering (`X et Y ont conclu une trêve grâce à la médiation de Z`, `sous l'égide de Z`): the parties whose act
  the broker made possible are the subjects of the clause the brokering noun is a complement of;
- a stop described after a person (`X, de passage à Hanoï`, `X, en visite à Pékin`): that person is the visitor;
- a veto put to something (`X a opposé son veto au renouvellement du mandat de Y`, `met son veto à la candidature de
  Y`): the `à` hangs on the support verb, outside the veto's own phrase; the party the vetoed thing is of is the
  theme, and the body a vetoed text is of (`à un projet de résolution du Conseil`) takes part;
- talks sought or refused with another (`X exige des négociations avec Y`, `rejette toute négociation avec Y`):
  the subject would hold them too (not who calls on others: `appelle à des négociations avec Y`).

Every rule returns (role, entity) pairs for persons, states, bodies and groups only (a thing is no party); the
caller adds those the event does not hold yet. The reader of the clause is ``event_roles.Reader``.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from newsld.extract.event_lexicon import RESTRAINT_NOUNS, Frame
from newsld.extract.event_roles import Reader, dative_doer
from newsld.extract.model import OF_WORDS as OF
from newsld.extract.person_nouns import is_person_noun

Found = list[tuple[str, str]]

# Measures one puts in force against others (the noun class; `droits de douane` is read on its head `droits`).
MEASURE_NOUNS = {"sanction", "sanctions", "embargo", "embargos", "restriction", "restrictions", "taxe", "taxes",
                 "droits", "quota", "quotas", "blocus", "interdiction", "interdictions", "boycott", "gel"}
# Verbs by which one puts a measure in force, keeps it, widens it or ends it: always the author's own measure
# (`a prolongé les sanctions`, `a levé l'embargo`; not `a dénoncé les sanctions`, `subit des sanctions`).
MEASURE_VERBS = {"appliquer", "maintenir", "prolonger", "reconduire", "renforcer", "durcir", "étendre", "élargir",
                 "alourdir", "imposer", "instaurer", "décréter", "infliger", "adopter", "prendre", "annoncer",
                 "lever", "assouplir", "alléger", "suspendre", "relever", "mettre", "rétablir", "réimposer"}
# Possessive determiners: the owner is the one the noun's `de` would name.
OWNER_DETERMINERS = {"son", "sa", "ses", "leur", "leurs"}
DOER_ROLES = {"agent", "participant"}
# Roles an owner named by a possessive may hold: the doer, or the one an act is done to (`son investiture`).
OWNER_ROLES = {"agent", "participant", "recipient"}
SINGLE_OWNER_DETERMINERS = {"son", "sa", "ses"}
# Verbs by which one claims one's own act or win (`un attentat revendiqué par X`, `la victoire proclamée par Y`).
CLAIMING_VERBS = {"revendiquer", "proclamer", "s'attribuer"}
SOURCE_CASES = {"selon", "après"}  # `selon X`, `d'après X`: whom a fact is from
# Verbs by which one tells, starts, carries on or puts off one's own act (`a annoncé son retrait`, `poursuit sa
# tournée`): the owner is the subject. Not verbs of reacting (`a salué son retrait`, `a dénoncé leur expulsion`),
# whose owner is someone else.
OWN_ACT_VERBS = {"annoncer", "décider", "confirmer", "officialiser", "achever", "entamer", "commencer", "poursuivre",
                 "lancer", "mener", "maintenir", "prolonger", "renforcer", "reporter", "suspendre", "promettre",
                 "préparer", "planifier", "justifier", "défendre", "effectuer", "terminer", "accélérer", "organiser",
                 "amorcer", "engager", "intensifier", "reprendre", "programmer", "envisager", "durcir", "étendre",
                 "appliquer", "imposer", "boucler", "finaliser", "conclure"}
# Verbs of phase: on an event noun they only say where the act stands, begun, carried on, taken up again or ended
# (`a achevé la construction`, `a entamé des livraisons`, `les pourparlers ont repris`): the noun is the event, its
# doer the verb's subject. Not the verbs that halt or extend a standing act (`a suspendu les négociations`, `a
# prolongé l'accord`): a decision news tells as an act of its own (the gold annotates it on the verb).
PHASE_VERBS = {"achever", "terminer", "clore", "clôturer", "boucler", "commencer", "débuter", "poursuivre",
               "continuer", "écourter", "finir", "reprendre", "entamer", "amorcer", "démarrer"}
# The first element of a compound adjective of two nationalities (`russo-ukrainien`) and the demonym it stands for.
PREFIX_DEMONYMS = {
    "russo": "russe", "sino": "chinois", "nippo": "japonais", "américano": "américain", "ukraino": "ukrainien",
    "franco": "français", "germano": "allemand", "anglo": "britannique", "italo": "italien", "indo": "indien",
    "pakistano": "pakistanais", "israélo": "israélien", "irano": "iranien", "turco": "turc", "syro": "syrien",
    "libano": "libanais", "arméno": "arménien", "gréco": "grec", "polono": "polonais", "belgo": "belge",
    "hispano": "espagnol", "égypto": "égyptien", "soudano": "soudanais", "tchado": "tchadien",
    "vietnamo": "vietnamien", "biélorusso": "biélorusse", "algéro": "algérien", "maroco": "marocain",
    "tuniso": "tunisien", "serbo": "serbe", "croato": "croate", "canado": "canadien", "mexicano": "mexicain",
    "argentino": "argentin", "colombo": "colombien", "vénézuélo": "vénézuélien", "cubano": "cubain",
    "afghano": "afghan", "qataro": "qatari", "saoudo": "saoudien", "kenyano": "kényan"}
TWO_PARTY_TYPES = {"Meeting", "Agreement"}
# Verbs of reacting to another's act (`a salué son retrait`): the possessive is not the subject's.
REACTING_VERBS = {"saluer", "condamner", "dénoncer", "regretter", "critiquer", "déplorer", "fustiger", "réclamer",
                  "exiger", "demander", "contester", "commenter", "applaudir", "féliciter", "attendre", "craindre",
                  "redouter", "juger", "qualifier"}
# Verbs by which one tells of or cites another's act (`les bombardements invoqués par Kiev`, `l'attaque signalée par
# X`): who tells it, `par`, is its source, not its doer.
TELLING_VERBS = {"invoquer", "évoquer", "signaler", "rapporter", "mentionner", "citer", "alléguer", "documenter",
                 "recenser"}
# Verbs by which one answers another's offer (`a accepté son invitation`, `a décliné leur offre`): the one who answers
# is the one the offer is made to.
ANSWERING_VERBS = {"accepter", "décliner", "refuser", "rejeter", "honorer"}
OFFERED_TYPES = {"Invitation", "Proposal"}
# Brokering: the broker is the noun's own `de` (its frame); those whose act it made possible are the clause's.
BROKERING_NOUNS = {"médiation", "médiations", "entremise", "intercession", "arbitrage", "égide", "facilitation",
                   "intermédiaire", "parrainage", "offices"}
PARTITIVES = {"des", "de", "d'", "d’", "du"}
TIME_CASES = {"depuis", "dès", "en", "pendant", "durant"}
# What may stand between a title and the name it is set before (`du président chinois Xi Jinping`, `du chef de la
# diplomatie chinoise Wang Yi`): adjectives, the title's own `de` complement; a clause or a list ends the phrase.
TITLE_PHRASE_POS = {"ADJ", "NOUN", "DET", "ADP"}
TITLE_REACH = 6  # words past the title where its name may start
BROKERING_CASES = {"grâce", "sous", "avec", "par", "après", "à", "au", "suite", "via"}
# Verbs by which one seeks, offers or refuses talks one would hold oneself (not `appeler à`, `exhorter à`).
SEEKING_VERBS = {"exiger", "réclamer", "demander", "proposer", "souhaiter", "vouloir", "chercher", "accepter",
                 "refuser", "rejeter", "exclure", "ouvrir", "engager", "solliciter", "offrir"}
# `opposer son veto à X`, `mettre son veto à X`: the verbs that carry a veto noun and take what it is put to.
VETO_CARRIERS = {"opposer", "mettre", "imposer", "brandir"}
TO_CASES = {"à", "au", "aux"}
VETOED_PARTY_TYPES = {"person", "country", "organization", "group"}
VETO_CHAIN = 4  # `au renouvellement du mandat du groupe d'experts`: `de` complements walked down to a party
# Texts a body drafts or votes: the body a vetoed text is of takes part in the veto, it is not what is vetoed.
VETOED_TEXTS = {"résolution", "projet", "texte", "motion", "loi", "proposition", "amendement", "déclaration"}
# Conducts one is urged to keep (`appeler X à la retenue`): the one urged keeps them (``urged_to_restraint``).
URGING_VERBS = {"appeler", "exhorter", "inviter", "inciter", "encourager", "pousser", "enjoindre", "engager"}
# How a phrase set after a noun describes it (`X, de passage à Hanoï`): the parse's readings of it.
DESCRIBING_DEPS = {"nmod", "appos", "acl"}


class Event(Protocol):  # the fields of events.Event these rules read
    type: str
    trigger: Token
    roles: list[tuple[str, str]]


def measure_author(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Tokyo, qui applique des sanctions contre la Russie`, `X a prolongé l'embargo`: who carries a measure is
    its author."""
    noun = event.trigger
    if noun.lower_ not in MEASURE_NOUNS or has_role(event, "agent"):
        return []
    verb = carrier_verb(noun)
    if verb is None or not verb_in(verb, MEASURE_VERBS) or _passive(verb):
        return []
    author = reader.party(reader.subject_of(verb))
    return [("agent", author.entity)] if author is not None and not holds(event, author.entity) else []


def possessive_owner(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le Pérou a annoncé son retrait de l'accord`, `Lima maintient ses sanctions`: the owner a possessive names
    is the subject of the verb the noun hangs on, in the role the noun's `de` gives its doer."""
    noun = event.trigger
    role = frame.slots.get("poss") or frame.slots.get("de")
    if role not in DOER_ROLES or has_role(event, role) or not _owned(noun):
        return []
    verb = carrier_verb(noun)
    if verb is None or not verb_in(verb, OWN_ACT_VERBS) or _passive(verb):
        return []
    subjects = joined_subjects(verb, reader)
    if len(subjects) > 1 and not _plural_owner(noun):
        return []  # `X et Y ont annoncé son retrait`: a third party's
    found = [reader.party(s) for s in subjects]
    return [(role, m.entity) for m in found if m is not None and not holds(event, m.entity)]


def possessed_doer(event: Event, frame: Frame, reader: Reader) -> None:
    """`le Mali a annoncé son retrait de la Cédéao`: where a possessive names the doer, the `de` complement is what
    the act is from or about, never a second doer (`son retrait de l'accord`, `sa visite de l'usine`)."""
    noun = event.trigger
    if frame.slots.get("de") != "agent" or not _owned(noun):
        return
    of = [reader.party(c) for c in noun.children if c.dep_ == "nmod" and any(
        g.dep_ == "case" and g.lower_ in OF for g in c.children)]
    wrong = {m.entity for m in of if m is not None}
    event.roles = [(r, e) for r, e in event.roles if not (r == "agent" and e in wrong)]


def foreign_owner(event: Event, frame: Frame, reader: Reader) -> None:
    """`la Chine a salué son retrait`, `Tokyo a critiqué sa visite`, `X a accepté son invitation`: the one who reacts
    to an act named with a possessive, or answers an offer, is not the one who does it (`son` points to someone named
    before)."""
    noun = event.trigger
    if frame.slots.get("de") != "agent" or not _owned(noun) or _plural_owner(noun) or noun.dep_ != "obj":
        return
    verb = noun.head
    answered = event.type in OFFERED_TYPES and verb_in(verb, ANSWERING_VERBS)  # `X a accepté son invitation`
    if not verb_in(verb, REACTING_VERBS) and not answered:
        return
    reacting = {m.entity for m in (reader.party(s) for s in joined_subjects(verb, reader)) if m is not None}
    event.roles = [(r, e) for r, e in event.roles if not (r == "agent" and e in reacting)]


def reactor_not_doer(event: Event, frame: Frame, reader: Reader) -> None:
    """`l'attentat de Kaboul, condamné par l'ONU`, `une visite saluée par Washington`, `les frappes invoquées par X`:
    the one `par` whom a participle of reacting or telling describes the act reacts to it or tells it (a speech act);
    they are not its doer, as `par` on the noun would make them (`l'attaque menée par X` is X's)."""
    noun = event.trigger
    reactions = [c for c in noun.children if c.dep_ in ("acl", "amod") and verb_in(c, REACTING_VERBS | TELLING_VERBS)]
    if not reactions:
        return
    first = reactions[0].i
    # (the parse may hang `par X` on the noun itself, past the participle)
    heads = [*reactions, noun]
    reactors = [reader.party(g) for h in heads for g in h.children if g.i > first and g.dep_ in (
        "obl:agent", "obl:mod", "nmod") and any(x.dep_ == "case" and x.lower_ == "par" for x in g.children)]
    wrong = {m.entity for m in reactors if m is not None}
    event.roles = [(r, e) for r, e in event.roles if e not in wrong]


def brokered_parties(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X et Y ont échangé des prisonniers grâce à une médiation de Z`: the broker's frame names Z; the parties
    brokered between are the subjects of the clause the brokering noun completes."""
    noun = event.trigger
    if noun.lemma_.lower() not in BROKERING_NOUNS and noun.lower_ not in BROKERING_NOUNS:
        return []
    if not noun.dep_.startswith("obl") or not any(
            c.dep_ in ("case", "fixed") and c.lower_ in BROKERING_CASES for c in noun.subtree if c.i < noun.i):
        return []
    verb = noun.head
    if verb.pos_ != "VERB":
        return []
    found = [reader.party(s) for s in joined_subjects(verb, reader)]
    return [("participant", m.entity) for m in found if m is not None and not holds(event, m.entity)]


def titled_complement(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'arrestation du président chinois X`, `la visite de la ministre japonaise Y`, `la libération de l'opposant
    Z`: a `de` complement that is a title set before a name stands for the person the name names (the parse often
    hangs the name elsewhere), in the role the noun's `de` gives."""
    role = frame.slots.get("de")
    if not role:
        return []
    found = []
    for title in (c for c in event.trigger.children if c.dep_ == "nmod" and c.i > event.trigger.i):
        if not _titled_by_of(title, reader):
            continue
        person = _name_after_title(title, reader)
        if person is not None and not holds(event, person) and person not in {e for _, e in found}:
            found.append((role, person))
    return found


def _titled_by_of(title: Token, reader: Reader) -> bool:
    """A person's title behind `de` (`du président`, `de l'opposante`) that is no mention by itself (the parse
    may hang the name after it on it: the title then reads as that name's mention)."""
    own = reader.mention_of(title)
    return (title.pos_ == "NOUN" and is_person_noun(title.lower_) and (own is None or own.start > title.idx)
            and any(g.dep_ == "case" and g.lower_ in OF for g in title.children))


def _name_after_title(title: Token, reader: Reader) -> str | None:
    """The person named by the first name after the title, past its adjectives and its own complement."""
    doc = title.doc
    for token in doc[title.i + 1:min(len(doc), title.i + 1 + TITLE_REACH)]:
        mention = reader.party(token)
        if mention is not None:
            return mention.entity if mention.type == "person" else None
        if token.pos_ not in TITLE_PHRASE_POS:
            return None
    return None


def phase_doer(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'Égypte a achevé la livraison de turbines`, `le Chili a entamé des négociations`: who begins, carries on or
    ends an act does it (the phase verb is no act of its own)."""
    doer = "participant" if event.type in TWO_PARTY_TYPES else frame.slots.get("par") or frame.slots.get("de")
    if doer not in DOER_ROLES or has_role(event, doer):
        return []
    verb = carrier_verb(event.trigger)
    if verb is None or not verb_in(verb, PHASE_VERBS) or _passive(verb):
        return []
    found = [reader.party(s) for s in joined_subjects(verb, reader)]
    return [(doer, m.entity) for m in found if m is not None and not holds(event, m.entity)]


def visitor_described(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X, de passage à Hanoï, s'est rendu ...`, `le ministre, en visite à Pékin, a ...`: a bare `de passage` or `en
    visite` set after a person describes where that person is: they are the visitor (also after an inverted subject,
    where the parse hangs it on the verb: `a averti X, en visite au Japon`)."""
    noun = event.trigger
    if event.type != "Visit" or has_role(event, "agent") or any(c.dep_ == "det" for c in noun.children):
        return []
    cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
    if cases not in (["de"], ["en"]):
        return []
    if noun.dep_ in DESCRIBING_DEPS and noun.head.i < noun.i:
        described = noun.head
    else:  # `a averti le secrétaire d'État X, en visite en Nouvelle-Zélande`: the parse hangs it on the verb
        before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i >= 2 else None
        if before is None or before.text != "," or not noun.dep_.startswith("obl"):
            return []
        described = noun.doc[before.i - 1]
    visitor = reader.party(described)
    return [("agent", visitor.entity)] if visitor is not None and visitor.type == "person" else []


def seeker_of_talks(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le Venezuela exige des négociations avec le Guyana`, `Kiev refuse tout dialogue avec Moscou`: who demands,
    proposes or refuses talks with another would hold them with that other (not who calls on others to hold
    them: `appelle à des négociations avec X`)."""
    noun = event.trigger
    if frame.slots.get("avec") != "participant" or noun.dep_ not in ("obj", "obl:arg"):
        return []
    partners = [c for c in noun.children if c.dep_ == "nmod" and any(
        g.dep_ == "case" and g.lower_ == "avec" for g in c.children)]
    if not partners or not verb_in(noun.head, SEEKING_VERBS):
        return []
    seeker = reader.party(reader.subject_of(noun.head))
    return [("participant", seeker.entity)] if seeker is not None and not holds(event, seeker.entity) else []


def carrier_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is (`applique des sanctions`), also where the parse hangs the object on an
    adverbial before it (`applique depuis 2022 des sanctions`: the noun read as a complement of the year)."""
    head = noun.head
    if noun.dep_ in ("obj", "obl:arg") and head.pos_ == "VERB":
        return head
    cases = [c.lower_ for c in head.children if c.dep_ == "case"]
    # (`depuis 2022`, or a bare day: `a prolongé lundi ses sanctions`)
    # (`réclament depuis des mois sa libération`: the time read as the verb's complement, the noun as its own)
    timed = (head.dep_ == "obl:mod" and (not cases or cases[0] in TIME_CASES)) or (
        head.dep_ == "obl:arg" and cases[:1] == ["depuis"])
    adverbial = noun.dep_ == "nmod" and timed and head.i < noun.i and all(
        c.lower_ in PARTITIVES for c in noun.children if c.dep_ == "case")  # `des` read as a preposition
    return head.head if adverbial and head.head.pos_ == "VERB" else None


def verb_in(verb: Token, verbs: set[str]) -> bool:
    """The verb's lemma is one of these (present forms get their infinitive in the pipeline: lemmas.py)."""
    return verb.lemma_.lower() in verbs


def paired_states(event: Event, frame: Frame, reader: Reader) -> Found:
    """`les pourparlers russo-ukrainiens`, `le sommet sino-américain`, `un accord nippo-vietnamien`: a compound
    adjective of two nationalities names the two parties of a two-party act."""
    if frame.slots.get("entre") != "participant" and event.type not in TWO_PARTY_TYPES:
        return []
    for first, rest in paired_demonyms(event.trigger):
        states = [reader.state_of_demonym(PREFIX_DEMONYMS[first]), reader.state_of_demonym(rest)]
        if all(states) and states[0] != states[1]:
            return [("participant", state) for state in states if state is not None and not holds(event, state)]
    return []


def paired_demonyms(noun: Token) -> list[tuple[str, str]]:
    """The (prefix, demonym) pairs of the noun's compound adjectives, one token (`sino-américain`) or three
    (`russo - ukrainiens`)."""
    doc, found = noun.doc, []
    for adjective in (c for c in noun.children if c.dep_ == "amod" and c.i > noun.i):
        first, _, rest = adjective.lower_.partition("-")
        if not rest and adjective.i + 2 < len(doc) and doc[adjective.i + 1].text == "-":
            rest = doc[adjective.i + 2].lower_
        if rest and first in PREFIX_DEMONYMS:
            found.append((first, rest))
    return found


def joined_subjects(verb: Token, reader: Reader) -> list[Token]:
    """The verb's subject and those joined to it by `et` (`la Russie et l'Ukraine ont ...`); of an infinitive a verb
    of ordering or asking controls, its `à` complement (`a ordonné à la Russie d'arrêter son offensive`)."""
    subject = dative_doer(verb) or reader.subject_of(verb) or next(
        (g for h in verb.children if h.dep_.startswith("aux") for g in h.children if g.dep_.startswith("nsubj")),
        None)
    if subject is None:
        return []
    # `La Colombie et le Venezuela ont ...`: the parse may give the verb two subjects
    joined = [c for c in subject.children if c.dep_ == "conj"] + [
        c for c in verb.children if c.dep_.startswith("nsubj") and c.i != subject.i and c.pos_ in ("PROPN", "NOUN")]
    # `La Russie et l'Ukraine ont signé`: the parse may make the first name the root and the verb its conjunct
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "PROPN" and verb.head.i < subject.i else None
    if first is not None and any(c.dep_ == "cc" and first.i < c.i < subject.i for c in verb.children):
        joined.insert(0, first)
    return [subject, *joined]


def _owned(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in OWNER_DETERMINERS for c in noun.children)


def _plural_owner(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("leur", "leurs") for c in noun.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def has_role(event: Event, role: str) -> bool:
    return any(r == role for r, _ in event.roles)


def holds(event: Event, entity: str) -> bool:
    return any(e == entity for _, e in event.roles)


def vetoed_party(event: Event, frame: Frame, reader: Reader) -> Found:
    """`la Russie a opposé son veto au renouvellement du mandat du groupe d'experts`: what the veto is put to hangs
    on the verb; walked down its `de` complements, the first party is the one the vetoed act is about (theme), or
    the body a vetoed text is of (participant)."""
    noun = event.trigger
    verb = noun.head
    if noun.lemma_.lower() != "veto" or noun.dep_ != "obj" or not verb_in(verb, VETO_CARRIERS) or has_role(
            event, "theme"):
        return []
    put_to = next((c for c in verb.children if c.dep_ in ("obl:arg", "obl:mod", "obl", "iobj") and any(
        g.dep_ == "case" and g.lower_ in TO_CASES for g in c.children)), None)
    role, token = "theme", put_to
    for _ in range(VETO_CHAIN):
        if token is None:
            return []
        party = reader.mention_of(token)  # (a group named by a common noun is a party here: `groupe d'experts`)
        if party is not None and party.type in VETOED_PARTY_TYPES:
            return [] if holds(event, party.entity) else [(role, party.entity)]
        role = "participant" if token.lemma_.lower() in VETOED_TEXTS else role
        token = next((c for c in token.children if c.dep_ == "nmod" and any(
            g.dep_ == "case" and g.lower_ in OF for g in c.children)), None)
    return []


def claimed_by(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'attentat, revendiqué par le groupe X`, `la réélection revendiquée par Y`, `la victoire proclamée par Z`: one
    claims one's own act or win: the one `par` whom it is claimed holds the role the noun's `de` gives its owner."""
    role = frame.slots.get("de")
    if role not in OWNER_ROLES or has_role(event, role):
        return []
    claims = [c for c in event.trigger.children if c.dep_ in ("acl", "amod") and verb_in(c, CLAIMING_VERBS)]
    # (`la réélection revendiquée dimanche par X`: the parse may hang `par X` on the noun, past the participle)
    heads = [*claims, *([event.trigger] if claims else [])]
    claimants = [g for h in heads for g in h.children if g.dep_ in ("obl:agent", "obl:mod", "nmod") and any(
        x.dep_ == "case" and x.lower_ == "par" for x in g.children) and g.i > claims[0].i]
    found = [reader.party(t) for t in claimants[:1]]
    return [(role, m.entity) for m in found if m is not None and not holds(event, m.entity)]


def possessive_antecedent(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Son dernier séjour en Chine remontait à 2019`, `Sa prestation de serment aura lieu au printemps`, `la première
    visite de X depuis son investiture`: where no clause around it names the owner a singular possessive stands for,
    it is the person named before it in its sentence, or else the person the sentence before is about (its first
    subject that is a person), in the role the noun's `de` gives its owner."""
    noun = event.trigger
    role = frame.slots.get("poss") or frame.slots.get("de")
    if event.roles or role not in OWNER_ROLES or not any(
            c.dep_ == "det" and c.lower_ in SINGLE_OWNER_DETERMINERS for c in noun.children):
        return []
    owner = _person_before(noun, reader) or _person_of_previous_sentence(noun, reader)
    return [(role, owner)] if owner is not None else []


def _person_before(noun: Token, reader: Reader) -> str | None:
    """The nearest person named before the noun in its sentence, if the noun's clause has no subject of its own
    (`la première de X à l'étranger depuis son investiture`)."""
    sentence = noun.sent
    for token in reversed(sentence[:noun.i - sentence.start]):
        name = token.head if token.dep_ == "flat:name" else token
        if any(c.dep_ == "case" and c.lower_ in SOURCE_CASES for c in name.children):
            continue  # `Selon X, sa visite ...`: the source is not who `sa` stands for
        mention = reader.party(token) if token.pos_ in ("PROPN", "NOUN", "PRON") else None
        if mention is not None:
            return mention.entity if mention.type == "person" else None
    return None


def _person_of_previous_sentence(noun: Token, reader: Reader) -> str | None:
    """The first subject of the sentence before that is a person (`Kim Jong-un doit s'entretenir jeudi avec Xi, a
    précisé l'agence KCNA. Son dernier séjour ...`: Kim, not the agency that is the source)."""
    start = noun.sent.start
    if start == 0 or any(t.pos_ in ("PROPN",) for t in noun.doc[start:noun.i]):
        return None  # a name before the possessive in its own sentence: who `son` is, the sentence itself says
    for token in (t for t in noun.doc[start - 1].sent if t.dep_ in ("nsubj", "nsubj:pass")):
        mention = reader.party(token)
        if mention is not None and mention.type == "person":
            return mention.entity
    return None


# Verbs by which one gives an act to another (`a fourni une aide militaire à X`, `a adressé une invitation à Y`,
# `a accordé un prêt`): the subject does the act the object names, the verb's `à` receives it. Not verbs of speaking
# about an act (`a dénoncé l'aide`), nor of receiving it (`a reçu une invitation`).
GIVING_VERBS = {"apporter", "fournir", "accorder", "octroyer", "offrir", "adresser", "envoyer", "livrer", "verser",
                "débloquer", "consentir", "infliger", "lancer", "transmettre", "remettre"}
# Verbs by which one gets what another gives (`a reçu une aide`, `bénéficie du soutien de X`).
RECEIVING_VERBS = {"recevoir", "obtenir", "bénéficier", "percevoir", "accueillir"}
# Verbs of asking: the one asked (`a demandé à X la libération de Y`, `exige de X le retrait de ses troupes`) is the
# one who would do the act the object names.
ASKING_VERBS = {"demander", "réclamer", "exiger", "solliciter", "implorer"}
# `exige de Moscou le retrait`: `de` names the one asked only before the object (after it, it is the object's own)
ASKED_OF_VERBS = {"exiger", "réclamer"}
# A person is set free by the one who holds them: `des pêcheurs détenus au Pakistan`, `retenu par X`.
FREEING_NOUNS = {"libération", "libérations", "relaxe", "élargissement"}
HOLDING_VERBS = {"détenir", "emprisonner", "incarcérer", "retenir", "séquestrer", "garder", "arrêter", "capturer"}
HELD_IN_CASES = {"en", "au", "aux", "dans", "à", "par"}
# Verbs by which a measure is said to fall on someone (`un site visé par des sanctions`, `Belavia, ciblée par`).
TARGETING_VERBS = {"viser", "cibler", "frapper", "toucher", "concerner"}
MEASURE_TYPES = {"Sanction"}
# Armed pushes into a land (`une incursion en Russie`, `des raids dans le nord du pays`) and how the land is named.
INCURSION_NOUNS = {"incursion", "incursions", "raid", "raids"}
ENTERED_CASES = {"en", "dans", "au", "aux"}
LAND_TYPES = {"country", "place"}
ENVERS_REACH = 3  # adjectives between a measure and its `envers` (`les sanctions économiques américaines envers`)
AIMING_VERBS = {"viser", "cibler"}
AIMING_FORMS = {"visant", "ciblant"}  # (the tagger may give the participle no verb's lemma)


def giver_of_act(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le Japon a fourni une aide humanitaire à la Turquie`, `le Kenya a adressé une invitation au Brésil`: an act
    given by a verb of giving is the subject's, and the verb's `à` is the one who gets it."""
    noun = event.trigger
    verb = carrier_verb(noun)
    if event.type in TWO_PARTY_TYPES or verb is None or not verb_in(verb, GIVING_VERBS) or _passive(verb):
        return []
    found: Found = []
    doer = frame.slots.get("par") or frame.slots.get("de")
    giver = reader.party(reader.subject_of(verb)) if doer == "agent" and not has_role(event, "agent") else None
    if giver is not None and not holds(event, giver.entity):
        found.append(("agent", giver.entity))
    gets = frame.slots.get("à") or ("recipient" if event.type == "Invitation" else None)
    if gets == "recipient" and not has_role(event, "recipient"):
        # (`a lancé une invitation au président X`: the parse may hang the `à` on the noun it carries)
        taker = _named_at(_cased_on(verb, TO_CASES) or next((c for c in noun.children if c.dep_ == "nmod" and (
            c.i > noun.i) and cased(c, TO_CASES)), None), reader)
        if taker is not None and not holds(event, taker) and taker not in {e for _, e in found}:
            found.append(("recipient", taker))
    return found


def receiver_of_act(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'Ukraine a reçu un soutien militaire du Canada`, `Kiev bénéficie de l'aide américaine`: who receives an act
    given to someone (the one its `à` names) is that someone."""
    taker = _receiver(event, frame, reader)
    if taker is None or has_role(event, "recipient") or holds(event, taker):
        return []
    return [("recipient", taker)]


def receiver_not_giver(event: Event, frame: Frame, reader: Reader) -> None:
    """`la Serbie a obtenu des livraisons de gaz`: who receives an act does not give it."""
    taker = _receiver(event, frame, reader)
    event.roles = [(r, e) for r, e in event.roles if not (r == "agent" and e == taker)]


def _receiver(event: Event, frame: Frame, reader: Reader) -> str | None:
    """The subject of a verb of receiving that carries a noun of an act given to someone."""
    verb = carrier_verb(event.trigger)
    if frame.slots.get("à") != "recipient" or verb is None or not verb_in(verb, RECEIVING_VERBS) or _passive(verb):
        return None
    taker = reader.party(reader.subject_of(verb))
    return taker.entity if taker is not None else None


def _named_at(token: Token | None, reader: Reader) -> str | None:
    """The party the word itself names, or the person named after it if it is a title (`au président X`); not a
    party named inside its complement (`au roi de Jordanie` is not Jordan)."""
    party = reader.party(token) if token is not None else None
    if party is not None and party.start <= token.idx < party.end:
        return party.entity
    return _name_after_title(token, reader) if token is not None and is_person_noun(token.lower_) else None


def asked_doer(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Madrid a demandé à Rabat la libération de trois pêcheurs`, `exige de Moscou le retrait de ses troupes`: the
    one asked for an act is the one who would do it (the doer its `par` names)."""
    noun = event.trigger
    doer = frame.slots.get("par") or frame.slots.get("de")
    if doer != "agent" or has_role(event, "agent") or noun.dep_ not in ("obj", "obl:arg"):
        return []
    verb = noun.head
    if verb.pos_ != "VERB" or not verb_in(verb, ASKING_VERBS):
        return []
    asked = _cased_on(verb, TO_CASES) or (
        _cased_on(verb, OF, before=noun.i) if verb_in(verb, ASKED_OF_VERBS) else None)
    party = _named_at(asked, reader)
    return [("agent", party)] if party is not None and not holds(event, party) else []


def holder_frees(event: Event, frame: Frame, reader: Reader) -> Found:
    """`la libération de trois pêcheurs détenus au Pakistan`, `du journaliste retenu par les rebelles`: who frees a
    person is the one who holds them, the state they are held in or the one `par` whom."""
    noun = event.trigger
    if (noun.lemma_.lower() not in FREEING_NOUNS and noun.lower_ not in FREEING_NOUNS) or has_role(event, "agent"):
        return []
    held = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
        g.dep_ == "case" and g.lower_ in OF for g in c.children)]
    holdings = [a for h in held for a in h.children if a.dep_ in ("acl", "amod") and verb_in(a, HOLDING_VERBS)]
    for holding in holdings[:1]:
        for where in (c for c in holding.children if c.dep_.startswith(("obl", "nmod"))):
            party = reader.party(where)
            by = any(g.dep_ == "case" and g.lower_ == "par" for g in where.children)
            if party is not None and (by or party.type == "country") and cased(where, HELD_IN_CASES):
                return [] if holds(event, party.entity) else [("agent", party.entity)]
    return []


def measure_falls_on(event: Event, frame: Frame, reader: Reader) -> Found:
    """`un site visé par des sanctions américaines`, `la compagnie, ciblée par l'embargo`, `X est frappé par des
    sanctions`: the one a measure is said to aim at or fall on is its recipient."""
    noun = event.trigger
    if event.type not in MEASURE_TYPES or has_role(event, "recipient") or noun.dep_ != "obl:agent":
        return []
    verb = noun.head
    if not verb_in(verb, TARGETING_VERBS):
        return []
    target = verb.head if verb.dep_ in ("acl", "amod") else reader.subject_of(verb) if _passive(verb) else None
    party = reader.party(target)
    return [("recipient", party.entity)] if party is not None and not holds(event, party.entity) else []


def aimed_by_participle(event: Event, frame: Frame, reader: Reader) -> Found:
    """`des sanctions visant la compagnie X`, `a annoncé des sanctions, visant les diamants russes`: what a measure
    is said to aim at, by a participle on it or set after it, receives it; goods a demonym gives to a state stand for
    that state."""
    noun = event.trigger
    if frame.slots.get("visant") != "recipient" or has_role(event, "recipient"):
        return []
    carrier = carrier_verb(noun)
    aims = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i] + [
        c for c in (carrier.children if carrier is not None else ()) if c.dep_ == "advcl" and c.i > noun.i]
    aim = next((a for a in aims if verb_in(a, AIMING_VERBS) or a.lower_ in AIMING_FORMS), None)
    target = next((c for c in aim.children if c.dep_ == "obj"), None) if aim is not None else None
    if target is None:
        return []
    party = reader.party(target)
    if party is not None:
        return [] if holds(event, party.entity) else [("recipient", party.entity)]
    agents = {e for r, e in event.roles if r == "agent"}
    states = [reader.state_of_demonym(a.lower_) for a in target.children if a.dep_ == "amod"]
    state = next((s for s in states if s and s not in agents), None)
    return [("recipient", state)] if state is not None and not holds(event, state) else []


def aimed_envers(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le Japon a durci ses sanctions envers la Russie`: `envers X` names whom a measure is against, as `contre X`
    (the tagger takes `envers` for a verb and its noun for that verb's object)."""
    noun = event.trigger
    if frame.slots.get("contre") != "recipient" or has_role(event, "recipient"):
        return []
    after = next((t for t in noun.doc[noun.i + 1:noun.i + 1 + ENVERS_REACH] if t.pos_ != "ADJ"), None)
    if after is None or after.lower_ != "envers":
        return []
    target = next((c for c in after.children if c.dep_ in ("obj", "nmod", "obl:arg") and c.i > after.i), None)
    party = _named_at(target, reader)
    return [("recipient", party)] if party is not None and not holds(event, party) else []


def entered_territory(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'armée a lancé une incursion en Russie`, `un raid dans le Golan`: an armed push into a land is done to the
    land (not where the one pushing is from: `une contre-attaque dans la région russe de X` by Russia)."""
    noun = event.trigger
    if noun.lower_ not in INCURSION_NOUNS or has_role(event, "recipient"):
        return []
    verb = carrier_verb(noun)
    lands = [c for t in (noun, verb) if t is not None for c in t.children if c.i > noun.i and c.dep_.startswith((
        "obl", "nmod")) and cased(c, ENTERED_CASES)]
    # (`dans la région de Koursk`: the land named `de` the region)
    named = [t for c in lands for t in (c, *(g for g in c.children if g.dep_ == "nmod" and cased(g, OF)))]
    land = next((m for m in (reader.mention_of(c) for c in named) if m is not None and m.type in LAND_TYPES), None)
    agents = {e for r, e in event.roles if r == "agent"}
    return [("recipient", land.entity)] if land is not None and land.entity not in agents else []


def _cased_on(verb: Token, cases: set[str], before: int | None = None) -> Token | None:
    """The first complement of the verb behind one of these prepositions (before a word, if given)."""
    return next((c for c in verb.children if c.dep_ in ("obl:arg", "obl:mod", "obl", "iobj") and (
        before is None or c.i < before) and cased(c, cases)), None)


def cased(token: Token, cases: set[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in cases for c in token.children)


def urged_to_restraint(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Washington a exhorté la Chine à la retenue`, `appelant les deux parties à la retenue`: a conduct one is urged
    to is the urged one's (the object of the verb of urging), not the urger's; a pair urged (`les deux parties`)
    both take part."""
    noun = event.trigger
    urged = urged_one(noun) if noun.lemma_.lower() in RESTRAINT_NOUNS and not event.roles else None
    if urged is None:
        return []
    pair = reader.pair_of(urged)
    if len(pair) == 2:
        return [("participant", x) for x in pair]
    # `a appelé l'Inde et le Pakistan au calme`: each side named urged takes part, as a pair urged
    joined = [m.entity for m in map(reader.party, [urged, *(c for c in urged.children if c.dep_ == "conj")])
              if m is not None]
    if len(set(joined)) >= 2:
        return [("participant", x) for x in dict.fromkeys(joined)]
    party = reader.party(urged)
    return [("agent", party.entity)] if party is not None else []


def urged_one(noun: Token) -> Token | None:
    """The object of the verb of urging the noun is the `à` complement of (`exhorte X à la retenue`), also where the
    parse hangs the noun on that object (`appelant les deux parties à la retenue`)."""
    if not cased(noun, TO_CASES):
        return None
    if noun.dep_.startswith("obl") and verb_in(noun.head, URGING_VERBS):
        return next((c for c in noun.head.children if c.dep_ == "obj"), None)
    object_held = noun.dep_ == "nmod" and noun.head.dep_ == "obj" and verb_in(noun.head.head, URGING_VERBS)
    return noun.head if object_held else None


NOUN_ARGUMENT_RULES = (measure_author, possessive_owner, brokered_parties, paired_states, titled_complement,
                       phase_doer, visitor_described, seeker_of_talks, vetoed_party, claimed_by,
                       possessive_antecedent, giver_of_act, asked_doer, holder_frees, measure_falls_on,
                       aimed_by_participle, aimed_envers, receiver_of_act, entered_territory, urged_to_restraint)
# they take a wrong role away before the rules add
NOUN_ARGUMENT_FIXES = (possessed_doer, foreign_owner, reactor_not_doer, receiver_not_giver)
