"""Roles the clause gives an event beyond its subject, object and prepositional slots.

``events.py`` reads who fills each slot of a trigger's frame from the parse. French news also names the parties of
an act by constructions that no slot catches; each rule here reads one of them, for any verb or noun of its class:

- an object said before the verb: the clitic (`Zelensky, qui l'avait invité`) or the relative pronoun
  (`son ministre, qu'il avait décoré`) stands for its antecedent in the frame's object role;
- `à l'invitation de X`, `sur invitation de X`: the one who comes at X's invitation is the one invited;
- `aux côtés de X`, `en compagnie de X`: X takes part in the act beside its subject;
- `remplacer A par B` (`substituer`, `troquer`): B takes part, the one replaced is the object;
- `présider une réunion du Conseil`, `accueillir un sommet du G7`: the body whose meeting it is takes part;
- `expédier des obus vers des ports russes`: goods sent to a place described by a demonym go to that state;
- `les exercices que Séoul et Washington doivent mener`: the subject of a relative clause that carries out the act
  its antecedent noun names is the act's doer (not one of judging: `que Pyongyang a qualifiés de provocation`);
- `en hommage aux victimes`, `à la mémoire de X`: whom the act honours is its recipient;
- `ont signé une déclaration, puis assisté à`: a participle whose `avoir` is left out shares the subject before;
- `imposer des sanctions à X et à Y`: the `à` complements the parse hangs on the measure are its recipients;
- `lui a promis des livraisons`, `a promis une aide à Kiev`, `a promis à Kiev de livrer des obus`: a promised
  transfer goes to the promise's dative;
- `le Japon a annoncé (veut augmenter, a suspendu) des livraisons`: the state that decides them sends them;
- `les sanctions contre Minsk et Moscou`: a party joined by `et` to a complement's party holds the same role;
- `a rompu ses relations avec X`, `a suspendu les négociations avec X`: the one ties are cut with is the recipient;
- `a suspendu sa coopération avec X`: an event noun's `avec` partner the parse hangs on the verb is the noun's;
- `a accepté la démission de X`, `a accepté l'aide proposée par X`, `a décliné l'offre de X`: who accepts or
  declines answers the one the thing comes from (its `de`, or the agent of the participle that offers it); where
  the parse also makes a name apposed to that `de` a second object (`la démission de son ministre, X`), the object
  is the common noun, the name belongs to the minister;
- `a violé l'espace aérien japonais`, `l'espace aérien de la Moldavie`, `après qu'un navire a violé ses eaux
  territoriales`: the state whose ground, sea or sky an act intrudes on is its recipient;
- `participait à une réunion du G20`: the body whose meeting one attends takes part in it.

These rules add a role a party does not hold yet, for persons, states and organisations (a thing is no party).
A few constructions correct what the slots read: a verb of object control over a pronoun (`qui l'accusent de
bafouer`) or of dative control (`a demandé à Hanoï de transmettre`, `a proposé à Séoul de rejoindre le pacte`:
:func:`controlled_by_dative`) has its infinitive done by that pronoun or `à` complement, not by its own subject;
`X, qui a rencontré Y`, misparsed, has X as the subject, not the sentence's first one; `et la Russie a protesté`
opens a clause of its own, no party to the act before; `proposer de remplacer A par B` proposes B; a party named
only as a source (`selon l'agence X`) is no party; a count of texts (`une dizaine d'accords`) is no theme. The
reader of the clause (subject, mention of a token, state of a demonym, the pair `les deux dirigeants` stands for)
is passed in: this module does not know the extractor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Token

from newsld.extract.event_lexicon import MEETING_NOUNS, Frame
from newsld.extract.model import OF_WORDS as OF
from newsld.extract.model import Mention
from newsld.extract.nlp import doc_tokens, preposition_of, sentence_of, sentence_tokens

PARTY_TYPES = frozenset({"person", "country", "organization"})
# Object clitics before the verb (`l'a invité`, `les a reçus`): they stand for the frame's object.
OBJECT_CLITICS = {"le", "la", "l'", "l’", "les"}
OBJECT_RELATIVES = {"que", "qu'", "qu’"}  # `son ministre, qu'il avait décoré`: `que` stands for the object
# Roles an object pronoun may fill: a party acted on or met (a theme is a thing: no pronoun role for it here).
PARTY_OBJECT_ROLES = {"recipient", "participant"}
# `à l'invitation de X`, `sur invitation de X`, `sur l'invitation de X`: the invitation the clause's act answers.
INVITATION_CASES = {"à", "sur"}
# `aux côtés de X`, `en compagnie de X`: (preposition, noun) of the phrase that says who acts beside the subject.
COMPANION_PHRASES = {("aux", "côtés"), ("à", "côté"), ("en", "compagnie")}
# `remplacer A par B`: the `par` of a verb of substitution names the one who takes the place, not an agent.
SUBSTITUTION_VERBS = {"remplacer", "substituer", "troquer", "échanger"}
# Verbs that hold or host a meeting named by their object (`présider une réunion`, `accueillir un sommet`).
HOSTING_VERBS = {"présider", "accueillir", "organiser", "convoquer", "tenir", "ouvrir", "coprésider", "diriger"}
CHAIRING_VERBS = {"présider", "coprésider"}
# Where goods are sent: `vers des ports russes`, `à des usines iraniennes`, `en territoire russe`.
DESTINATION_CASES = {"vers", "à", "en", "aux", "au"}
SENT_TYPES = {"Delivery"}


class Event(Protocol):  # the fields of events.Event these rules read and extend
    type: str
    trigger: Token
    roles: list[tuple[str, str]]


@dataclass(frozen=True)
class Reader:
    """What the rules need to read a clause: the mention a token stands in, a verb's subject, a demonym's state."""

    mention_of: Callable[[Token], Mention | None]
    subject_of: Callable[[Token], Token | None]
    state_of_demonym: Callable[[str], str | None]
    pair_of: Callable[[Token], list[str]] = lambda token: []  # `les deux dirigeants`: the two told before
    # the words of a token's sentence inside a mention, with it (read once per sentence, not per event and role)
    mention_words: Callable[[Token], list[tuple[Token, Mention]]] | None = None

    def words_in_mentions(self, token: Token) -> list[tuple[Token, Mention]]:
        if self.mention_words is not None:
            return self.mention_words(token)
        return mention_words_of(sentence_tokens(token), self.mention_of)

    def party(self, token: Token | None) -> Mention | None:
        mention = self.mention_of(token) if token is not None else None
        return mention if mention is not None and mention.type in PARTY_TYPES else None


def mention_words_of(words: Iterable[Token], mention_of: Callable[[Token], Mention | None]
                     ) -> list[tuple[Token, Mention]]:
    """Each word that lies inside the mention it stands in, with that mention, in order."""
    return [(t, m) for t in words if (m := mention_of(t)) is not None and m.start <= t.idx < m.end]


def complete_roles(event: Event, frame: Frame, passive: bool, reader: Reader) -> None:
    """Add the roles the constructions of this module give the event (none it already has)."""
    controller = pronoun_controller(event, frame, reader) or dative_controller(event, frame, reader)
    if controller is not None:  # `X, qui l'accusent de bafouer`, `a demandé à Y de`: Y acts, not X
        role, wrong, right = controller
        event.roles = [(r, e) for r, e in event.roles if (r, e) != (role, wrong)]
        if right is not None and (role, right) not in event.roles:
            event.roles.insert(0, (role, right))
    event.roles = [(r, e) for r, e in event.roles if not _only_a_source(e, event.trigger, reader)]
    proposed_successor(event, reader)
    without_counted_texts(event, reader)
    without_next_clause_subjects(event, reader)
    relative_subject(event, frame, passive, reader)
    described_party(event, frame, reader)
    for rule in RULES:
        for role, entity in rule(event, frame, passive, reader):
            if entity not in {e for _, e in event.roles}:
                event.roles.append((role, entity))


SOURCE_CASES = {"selon", "après"}  # `selon l'agence X`, `d'après X` (`après` fixed on `de`)
SOURCE_CLIMB = ("flat:name", "appos", "nmod", "amod", "conj")  # from a name up to the noun `selon` governs


def _only_a_source(entity: str, trigger: Token, reader: Reader) -> bool:
    """`Accompagné de sa fille, selon l'agence sud-coréenne Yonhap, Kim ...`: a party the trigger's sentence names
    only as whom the fact is from is its source, never a party to the act."""
    # the head word of each mention of the party in the sentence (the one whose head lies outside the mention)
    tokens = [t for t, m in reader.words_in_mentions(trigger) if m.entity == entity
              and not m.start <= t.head.idx < m.end]
    return bool(tokens) and all(_sourced(t) or _after_a_source_word(t) for t in tokens)


NOUN_PHRASE_POS = {"DET", "NOUN", "PROPN", "ADJ", "X"}


def _after_a_source_word(token: Token) -> bool:
    """`selon l'agence sud-coréenne Yonhap`: the words before the name, back over its noun phrase, start with
    `selon` or `d'après` (the parse may hang the name anywhere)."""
    doc, n = doc_tokens(token.doc), token.i - 1
    while n >= 0 and token.i - n <= 6 and doc[n].pos_ in NOUN_PHRASE_POS and doc[n].lower_ not in SOURCE_CASES:
        n -= 1
    if n < 0 or doc[n].lower_ not in SOURCE_CASES:
        return False
    return doc[n].lower_ == "selon" or (n > 0 and doc[n - 1].lower_ in ("d'", "d’"))  # `après X`: a time




def _sourced(token: Token) -> bool:
    """Is the name inside a `selon` phrase: `selon l'agence X`, also behind the `de` of the noun `selon` governs
    (`selon les images de la télévision X`, `selon un communiqué du ministère X`)?"""
    for _ in range(5):
        if any(c.dep_ in ("case", "fixed") and _source_word(c) for c in token.children):
            return True
        if any(c.dep_ == "case" and c.lower_ not in OF for c in token.children) or (
                token.dep_ not in SOURCE_CLIMB or token.head.i == token.i):
            return False  # another preposition: the name is a complement of its own
        token = token.head
    return False


def _source_word(word: Token) -> bool:
    """`selon`, or `après` in `d'après` (`deux mois après la visite de X` says when, not from whom)."""
    if word.lower_ == "selon" or any(f.dep_ == "fixed" and f.lower_ == "après" for f in word.children):
        return True  # (`d'` with `après` fixed on it)
    return word.lower_ == "après" and word.i > 0 and word.doc[word.i - 1].lower_ in ("d'", "d’")


# -- the rules: each yields (role, entity) pairs -------------------------------------------------------------------

Found = list[tuple[str, str]]


def object_pronoun(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`qui l'avait invité`, `qu'il avait décoré`: an object pronoun before an active verb is its object."""
    trigger, role = event.trigger, frame.slots.get("obj")
    if passive or trigger.pos_ != "VERB" or role not in PARTY_OBJECT_ROLES:
        return []
    objects = [c for c in trigger.children if c.dep_ == "obj"]
    if any(c.i > trigger.i for c in objects):
        return []  # an object after the verb: the slots read it, and a `que` before is a conjunction
    found = []
    for child in (c for c in trigger.children if c.dep_ in ("obj", "mark") and c.i < trigger.i):
        if child.lower_ in OBJECT_CLITICS and child.dep_ == "obj":
            mention = reader.mention_of(child)  # a group too (`des habitants ... et les ont évacués`)
            # the clitic alone, not a name its mention might reach into
            mention = mention if mention is not None and mention.kind == "pronoun" and (
                mention.type in PARTY_TYPES | {"group"}) else None
        elif child.lower_ in OBJECT_RELATIVES:
            mention = _relative_antecedent(child, reader)
        else:
            continue
        if mention is not None:
            found.append((role, mention.entity))
    return found


# Verbs whose object does what the infinitive after them says (`accuser X de bafouer`, `inviter X à venir`; causing:
# `a conduit X à rompre`): one table for the subject reading (``events.subject_of``) and the rules here. Besides
# urging and forcing: pressing (`a sommé l'Iran de`, `le presse de`), persuading (`convaincre X de`, `dissuader X
# de`), letting and stopping (`a laissé l'Ukraine exporter`, `a empêché la Russie de livrer`), and thanking or
# praising for a deed (`a remercié X de l'avoir invité`: X invited).
OBJECT_CONTROL = {"inviter", "pousser", "autoriser", "obliger", "encourager", "exhorter", "appeler", "aider",
                  "convier", "forcer", "inciter", "soupçonner", "suspecter", "accuser", "conduire", "amener",
                  "contraindre", "charger", "mandater", "habiliter", "astreindre",
                  "presser", "sommer", "prier", "supplier", "implorer", "adjurer", "conjurer", "défier",
                  "convaincre", "persuader", "dissuader", "laisser", "empêcher",
                  "engager",  # `le traité engage les États-Unis à défendre les Philippines` (`s'engager à`: no object)
                  "remercier", "féliciter",
                  # one chosen to act acts: `a choisi Marco Rubio pour diriger la diplomatie`
                  "choisir", "désigner", "nommer", "sélectionner"}


def pronoun_controller(event: Event, frame: Frame, reader: Reader) -> tuple[str, str | None, str] | None:
    """`des Occidentaux, qui l'accusent de bafouer la Charte`, `Lavrov, que Washington accuse de mentir`: the
    infinitive under a verb of object control is done by that verb's object, here a pronoun before it; the
    subject slot then holds the pronoun's party, not the governing verb's subject (role, wrong entity, party)."""
    trigger, role = event.trigger, frame.slots.get("subj")
    governor = trigger.head
    if trigger.pos_ != "VERB" or trigger.dep_ != "xcomp" or governor.lemma_.lower() not in OBJECT_CONTROL or (
            role not in ("agent", "participant")):
        return None
    if any(c.dep_ == "obj" and c.i > governor.i for c in governor.children):
        return None  # `accuse Moscou de`: the object after the verb is read by subject_of already
    party = None
    # (the parse may leave a relative `que` unattached: `L'Inde, que la France a poussée à livrer`, a `dep`)
    # (and on the verb of motion or the modal the governor is the infinitive of: `Biden, qu'il est venu presser de
    # débloquer une aide`, where the parse hangs `qu'` on `venu`)
    holders = [governor, governor.head] if governor.dep_ == "xcomp" and governor.head.i < governor.i and (
        "Inf" in governor.morph.get("VerbForm")) else [governor]
    for child in (c for h in holders for c in h.children if c.dep_ in ("obj", "mark", "dep") and c.i < h.i):
        if child.lower_ in OBJECT_CLITICS and child.dep_ == "obj":
            mention = reader.party(child)
            party = mention if mention is not None and mention.kind == "pronoun" else party
        elif child.lower_ in OBJECT_RELATIVES:
            party = _relative_antecedent(child, reader) or party
    if party is None:
        return None
    subject = reader.subject_of(governor)
    accuser = reader.mention_of(subject) if subject is not None else None  # a group too (`les Occidentaux`)
    return role, accuser.entity if accuser is not None else None, party.entity


def made_to_act(event: Event, frame: Frame, reader: Reader) -> None:
    """`Poutine lui a fait visiter le cosmodrome`: the one made to act does it, the one who has it done takes part
    (read last, over what the other rules gave the subject: :func:`causative_doer`)."""
    caused = causative_doer(event, frame, reader)
    if caused is None:
        return
    role, causer, causee, causer_role = caused
    # (where the parse lost the subject, the doer the other rules found in its place is the one who has it done)
    causers = [causer] if causer is not None else [e for r, e in event.roles if r == role and e != causee]
    event.roles = [(r, e) for r, e in event.roles if e not in (*causers, causee)]
    event.roles.insert(0, (role, causee))
    event.roles.extend((causer_role, e) for e in causers)


CAUSATIVE = {"faire"}
# The clitics of a third person's pronominal verb (`le conflit s'étend`, `s'est fait représenter`).
THIRD_PERSON_REFLEXIVES = {"se", "s'", "s’"}


def causative_doer(event: Event, frame: Frame, reader: Reader) -> tuple[str, str | None, str, str] | None:
    """`Poutine lui avait fait visiter le cosmodrome`, `a fait visiter le cosmodrome à Kim`: the infinitive after
    `faire` is done by the one made to do it (the dative: a clitic, or `à X` beside the infinitive's own object), and
    the subject who has it done takes part; `Modi s'est fait représenter par son ministre`: the `par` complement does
    it, to or for the subject. Returns (role, the subject's entity, the doer's entity, the subject's new role)."""
    trigger, role = event.trigger, frame.slots.get("subj")
    if trigger.pos_ != "VERB" or "Inf" not in trigger.morph.get("VerbForm") or role not in ("agent", "participant"):
        return None
    faire = next((c for c in trigger.children if c.lemma_.lower() in CAUSATIVE and c.i == trigger.i - 1), None)
    if faire is None and trigger.head.lemma_.lower() in CAUSATIVE and trigger.head.i == trigger.i - 1 and (
            trigger.dep_ in ("xcomp", "ccomp")):
        faire = trigger.head
    if faire is None:
        return None
    words = [*trigger.children, *faire.children]
    reflexive = any(c.lower_ in THIRD_PERSON_REFLEXIVES and c.pos_ == "PRON" and c.i < faire.i for c in words)
    if reflexive:
        doer = next((c for c in words if c.i > trigger.i and preposition_of(c) == "par" and (
            c.dep_.startswith("obl") or c.dep_ == "nmod")), None)
    else:
        doer = next((c for c in words if c.pos_ == "PRON" and c.lower_ in DATIVE_CLITICS and c.i < faire.i), None)
        if doer is None and any(c.dep_ == "obj" for c in trigger.children):
            doer = next((c for c in trigger.children if c.i > trigger.i and c.dep_.startswith("obl") and (
                preposition_of(c) in DATIVE_CASES)), None)
    party = reader.party(doer) if doer is not None else None
    if party is None:
        return None
    subject = reader.subject_of(trigger) or reader.subject_of(faire)
    causer = reader.party(subject) if subject is not None else None
    return role, causer.entity if causer is not None else None, party.entity, (
        "recipient" if reflexive else "participant")


# Verbs whose `à` complement does what the infinitive after them says (`demander à X de`, `permettre à X de`, `lui a
# signifié de s'éloigner`, `a ordonné à l'armée de rester`): one table for the subject reading (``events.subject_of``)
# and the rules here; not `promettre à X de`, whose subject does it, nor `proposer à X de`, which may be either
# (`Moscou a proposé à Pyongyang d'envoyer un cosmonaute`: Moscow sends him; :data:`OFFERED_ACTS` tells when X).
DATIVE_CONTROL = {"demander", "permettre", "conseiller", "ordonner", "interdire", "recommander",
                  "suggérer", "enjoindre", "reprocher", "commander", "défendre", "dire", "imposer", "déconseiller",
                  "signifier"}
DATIVE_CASES = {"à", "au", "aux"}
DATIVE_CLITICS = {"lui", "leur"}
# `proposer à X de` + infinitive: the one offered does what is offered when it is an act on its own side of the
# offer: joining, accepting, receiving, giving up, stopping (`a proposé à Séoul de rejoindre le pacte`, `à la Turquie
# d'adhérer`, `à Kiev de cesser les frappes`); other acts stay the proposer's (`a proposé à Pyongyang d'envoyer un
# cosmonaute`), or the two sides' (`a proposé à Kiev de négocier`), as the subject reading has them.
OFFERING_VERBS = {"proposer"}
OFFERED_ACTS = {"rejoindre", "adhérer", "intégrer", "joindre", "associer", "participer",  # joining
                "accepter", "consentir", "souscrire",  # accepting
                "recevoir", "accueillir", "héberger", "obtenir", "acheter", "importer",  # receiving
                "renoncer", "abandonner", "retirer", "désister",  # giving up
                "cesser", "arrêter", "stopper", "suspendre", "interrompre", "geler"}  # stopping


def controlled_by_dative(governor: Token, infinitive: Token) -> bool:
    """Does the `à` complement of the verb do what its infinitive says? Always for a verb of asking, ordering or
    allowing (:data:`DATIVE_CONTROL`); for `proposer`, when the infinitive is an act of the one offered
    (:data:`OFFERED_ACTS`) with no `lui` or `leur` in it: `a proposé à Manille de lui acheter du riz` has Manila
    sell, the proposer buy (the clitic is the one offered, so the proposer acts)."""
    lemma = governor.lemma_.lower()
    if lemma in DATIVE_CONTROL:
        return True
    return lemma in OFFERING_VERBS and infinitive.lemma_.lower() in OFFERED_ACTS and not any(
        c.lower_ in DATIVE_CLITICS and c.pos_ == "PRON" and c.i < infinitive.i for c in infinitive.children)


def dative_controller(event: Event, frame: Frame, reader: Reader) -> tuple[str, str | None, str | None] | None:
    """`X a demandé à Hanoï de transmettre un message`, `l'accord permettait à l'Ukraine d'exporter`, `il leur a
    conseillé de négocier`: the infinitive is done by the `à` complement (or the dative clitic) of the verb above
    it, not by that verb's subject (role, the subject's entity to drop, the party who acts or None)."""
    trigger, role = event.trigger, frame.slots.get("subj")
    governor, dative = trigger.head, None
    if trigger.dep_ == "acl" and preposition_of(governor) in DATIVE_CASES:  # `conseillé à X de négocier`: hung on X
        governor, dative = governor.head, governor
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or role not in (
            "agent", "participant") or not controlled_by_dative(governor, trigger):
        return None
    if not _introduced_by_de(trigger):
        return None
    dative = dative or _dative_of(governor, trigger)
    if dative is None:
        return None
    subject = reader.subject_of(governor)
    told = reader.mention_of(subject) if subject is not None else None
    party = reader.party(dative)
    wrong = told.entity if told is not None else None
    return role, wrong, party.entity if party is not None else None


def dative_doer(infinitive: Token) -> Token | None:
    """`a ordonné à la Russie d'arrêter son offensive`: the `à` complement that does what the infinitive says (the
    one whose act `son offensive` is), when the verb above it is one of asking, ordering or allowing."""
    governor = infinitive.head
    if infinitive.pos_ != "VERB" or "Inf" not in infinitive.morph.get("VerbForm") or infinitive.dep_ not in (
            "xcomp", "ccomp", "advcl") or not controlled_by_dative(governor, infinitive) or not (
            _introduced_by_de(infinitive)):
        return None
    dative = _dative_of(governor, infinitive)
    return dative if dative is not None and dative.pos_ != "PRON" else None


def _introduced_by_de(infinitive: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") for c in infinitive.children)


def _dative_of(governor: Token, clause: Token) -> Token | None:
    """The `à` complement between the verb and its infinitive (`demandé à Hanoï de`), or the dative clitic before
    the verb (`lui a demandé de`)."""
    inside = {t.i for t in clause.subtree}
    for token in governor.doc[governor.i + 1:clause.i]:
        if token.i in inside or token.pos_ not in ("PROPN", "NOUN", "X", "PRON"):
            continue
        if (preposition_of(token) in DATIVE_CASES or token.dep_ == "iobj") and _complement_of(token, governor):
            return token
    return next((c for c in governor.children if c.i < governor.i and c.lower_ in DATIVE_CLITICS), None)


def _complement_of(token: Token, verb: Token) -> bool:
    """Does the word hang on the verb itself, or on a word the parse puts in between with no preposition of its own
    (`a demandé lundi à Hanoï de`: `Hanoï` on the day)? Not a place inside another complement: `a promis lors
    d'une réunion à Kiev de livrer` promises nothing to Kiev."""
    while token.head.i != verb.i:
        token = token.head
        if token.head.i == token.i or token.pos_ not in NOUN_PHRASE_POS or any(
                c.dep_ == "case" for c in token.children):
            return False
    return True


# `une dizaine d'accords`, `une série de contrats`: a count of texts, not one text a party signs.
COUNT_NOUNS = {"dizaine", "dizaines", "douzaine", "quinzaine", "vingtaine", "trentaine", "centaine", "centaines",
               "série", "ensemble", "nombre", "multitude", "foule", "paquet"}


def without_counted_texts(event: Event, reader: Reader) -> None:
    """`Les deux dirigeants ont signé une dizaine d'accords`: the signing is the event; the count of agreements is
    no single text it could have as its theme."""
    if event.type != "Agreement":
        return
    counted = {m.entity for c in event.trigger.children if c.dep_ == "obj" and c.lemma_.lower() in COUNT_NOUNS
               and (m := reader.mention_of(c)) is not None}
    event.roles = [(r, e) for r, e in event.roles if not (r == "theme" and e in counted)]


def relative_subject(event: Event, frame: Frame, passive: bool, reader: Reader) -> None:
    """`Le Kremlin a salué Xi Jinping, qui a rencontré Joe Biden`: the subject of a clause opened by `qui` is the
    party right before it, even where the parse, not seeing a relative clause, lets the sentence's first subject
    stand for it; a party of the subject's role named only before `qui` is no party of this act."""
    trigger, role = event.trigger, frame.slots.get("subj")
    if passive or trigger.pos_ != "VERB" or trigger.dep_ == "acl:relcl" or role is None:
        return
    relative = next((c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < trigger.i), None)
    antecedent = _relative_antecedent(relative, reader) if relative is not None else None
    if antecedent is None:
        return
    later = {m.entity for t in trigger.doc[relative.i:trigger.sent.end] if (m := reader.mention_of(t)) is not None}
    event.roles = [(r, e) for r, e in event.roles if r != role or e in later]
    if (role, antecedent.entity) not in event.roles:
        event.roles.insert(0, (role, antecedent.entity))


def described_party(event: Event, frame: Frame, reader: Reader) -> None:
    """`Lula, reçu mardi par Xi Jinping,`, `lors de la visite de Vladimir Poutine, reçu par Xi Jinping`: a bare past
    participle with its own `par` agent, set after a party and a comma, tells what was done to that party (the
    object's role in the active voice) by the agent (the subject's role); a party of the main clause the parse lets
    the participle inherit has no part in it."""
    trigger = event.trigger
    agent = next((c for c in trigger.children if c.dep_ == "obl:agent"), None)
    # (a subject the parse gives the participle before the comma is the party described: `Lula, reçu par`)
    if trigger.pos_ != "VERB" or agent is None or "Part" not in trigger.morph.get("VerbForm") or any(
            c.dep_.startswith(("aux", "cop")) or c.dep_ == "mark" or (c.dep_.startswith("nsubj") and c.i > trigger.i)
            for c in trigger.children):
        return
    described = _relative_antecedent(trigger, reader)
    doer = reader.party(agent)
    # (a frame with a `par` slot of another role than its subject's is written for the passive already: its subject
    # is the one the act is done to; `accueillir`'s `par` is its subject's role, an active frame's passive agent)
    passive_frame = "par" in frame.slots and frame.slots["par"] != frame.slots.get("subj")
    undergoer_role = frame.slots.get("subj") if passive_frame else frame.slots.get("obj")
    doer_role = frame.slots.get("par") if passive_frame else frame.slots.get("subj")
    if described is None or doer is None or undergoer_role is None or doer_role is None:
        return
    own = {m.entity for t in trigger.subtree if (m := reader.mention_of(t)) is not None}
    event.roles = [(r, e) for r, e in event.roles if e in own and e not in (doer.entity, described.entity)]
    event.roles[:0] = [(doer_role, doer.entity), (undergoer_role, described.entity)]


def _relative_antecedent(relative: Token, reader: Reader) -> Mention | None:
    """`son ministre, qu'il avait décoré`, `Olaf Scholz, qu'il avait invité`: the party named right before the
    relative pronoun (and its comma); the parse often hangs the relative clause on the main verb, so the words
    decide, not the tree. A `que` after a verb (`a dit qu'il ...`) has no antecedent."""
    doc = relative.doc
    before = relative.i - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or doc[before].pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ"):
        return None  # `a dit qu'il`, `, et qu'il`: no noun before, a conjunction
    mention = reader.party(doc[before])
    end = doc[before].idx + len(doc[before].text)
    return mention if mention is not None and mention.end == end else None


def invited_by_the_host(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`X se rend à Moscou à l'invitation de Y`: the subject of the act done at the invitation is the one invited."""
    trigger = event.trigger
    if event.type != "Invitation" or trigger.pos_ != "NOUN" or any(r == "recipient" for r, _ in event.roles):
        return []
    if not any(c.dep_ == "case" and c.lower_ in INVITATION_CASES for c in trigger.children):
        return []
    verb = trigger.head if trigger.head.pos_ in ("VERB", "AUX") else None
    guest = reader.party(reader.subject_of(verb)) if verb is not None else None
    agents = {e for r, e in event.roles if r == "agent"}
    return [("recipient", guest.entity)] if guest is not None and guest.entity not in agents else []


def companions(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`a assisté, aux côtés de X et de Y, au défilé`, `a combattu aux côtés des forces russes`: the parties named
    in the phrase, when the phrase belongs to the trigger's own clause."""
    trigger = event.trigger
    if trigger.pos_ != "VERB":
        return []
    found = []
    for noun in _companion_nouns(trigger):
        for token in _de_complements(noun):
            mention = reader.party(token)
            if mention is not None:
                found.append(("participant", mention.entity))
    return list(dict.fromkeys(found))




def _de_complements(noun: Token) -> list[Token]:
    """`côtés de X et de Y`: the nouns after `de` on the noun, and those joined to them by `et` (not `à un
    défilé`, which the parse may hang there too)."""
    firsts = [c for c in noun.children if c.dep_ in ("nmod", "conj") and c.i > noun.i and preposition_of(c) in OF]
    joined = [j for f in firsts for j in f.children if j.dep_ == "conj" and preposition_of(j) in OF | {None}]
    joined += [c for c in noun.children if c.dep_ == "conj" and c.i > noun.i and preposition_of(c) in OF]
    return [*firsts, *joined]



def _companion_nouns(trigger: Token) -> list[Token]:
    """The `côtés` of `aux côtés de`, when it hangs on the trigger or, through a misparse, on its subject."""
    words = doc_tokens(trigger.doc)
    nouns = []
    for token in sentence_tokens(trigger):
        before = words[token.i - 1].lower_ if token.i > 0 else ""
        if (before, token.lower_) not in COMPANION_PHRASES:
            continue
        # the phrase is the trigger's when it hangs on it, or sits between its subject and it (`X, aux côtés
        # de Y, a assisté`) with no other verb on the way
        between = trigger.doc[min(token.i, trigger.i) + 1:max(token.i, trigger.i)]
        other_verb = any(t.pos_ == "VERB" and t.i != trigger.i for t in between)
        # `qui combattent aux côtés de X, ont été tués`: a phrase the parse hangs on another verb is that verb's
        verb_above = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        theirs = verb_above is None or verb_above.i == trigger.i
        if token.head.i == trigger.i or (theirs and not other_verb and abs(token.i - trigger.i) <= 12):
            nouns.append(token)
    return nouns


def replacement(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`remplacer son ministre, X, par un économiste, Y`: Y, the `par` complement of an active verb of
    substitution, takes part (wherever the parse hangs it in the clause)."""
    trigger = event.trigger
    if passive or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in SUBSTITUTION_VERBS:
        return []
    successor = _successor(trigger, reader)
    return [("participant", successor.entity)] if successor is not None else []


def _successor(verb: Token, reader: Reader) -> Mention | None:
    """The party named by the `par` complement of a verb of substitution (or the name set beside it)."""
    by = _par_complement(verb)
    mention = None
    for token in by.subtree if by is not None else ():
        mention = mention or (reader.party(token) if token.pos_ in ("PROPN", "X") else None)
    if mention is None and by is not None:
        mention = reader.party(by) or reader.party(_apposed_name(by))
    return mention


def proposed_successor(event: Event, reader: Reader) -> None:
    """`X a proposé de remplacer A par B`: what is proposed is B (the one put forward), not A, whom the parse may
    hang on the proposal as an apposition."""
    trigger = event.trigger
    substitution = next((c for c in trigger.children if c.dep_ == "xcomp" and c.lemma_.lower() in SUBSTITUTION_VERBS),
                        None)
    if event.type != "Proposal" or substitution is None:
        return
    successor = _successor(substitution, reader)
    if successor is None:
        return
    parties = {m.entity for t in substitution.doc[trigger.i:substitution.i + 12] if (m := reader.party(t))}
    event.roles = [(r, e) for r, e in event.roles if not (r == "theme" and e in parties)]
    if ("theme", successor.entity) not in event.roles:
        event.roles.append(("theme", successor.entity))


def _par_complement(verb: Token) -> Token | None:
    """The noun after the first `par` following the verb in its sentence, before any other verb."""
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") and token.i != verb.i:
            return None
        if token.lower_ == "par" and token.dep_ == "case":
            return token.head
    return None


def _apposed_name(noun: Token) -> Token | None:
    """`un économiste sans expérience militaire, Andreï Belooussov,`: the name the parse may hang elsewhere, set
    after the noun phrase and a comma."""
    end = max(t.i for t in noun.subtree if t.dep_ not in ("punct",) and abs(t.i - noun.i) < 8)
    doc = noun.doc
    after = end + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ in ("PROPN", "X"):
        return doc[after + 1]
    return None


def meeting_holders(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`a présidé une réunion du Conseil de sécurité`, `doit accueillir un sommet du G7`: the body or state whose
    meeting the verb holds or hosts takes part in it."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in HOSTING_VERBS:
        return []
    meetings = [c for c in trigger.children if c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower() in MEETING_NOUNS]
    if meetings and trigger.lemma_.lower() in CHAIRING_VERBS:
        event.type = "Meeting"  # `a présidé une réunion`: chairing a meeting is taking part in it, its first party
    found = []
    for meeting in meetings:
        for owner in (c for c in meeting.children if c.dep_ == "nmod" and any(
                g.dep_ == "case" and g.lower_ in ("de", "du", "des", "d'", "d’") for g in c.children)):
            mention = reader.party(owner)
            if mention is not None and mention.type in ("organization", "country"):
                found.append(("participant", mention.entity))
    return found


def destination_state(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`a expédié des obus vers des ports russes`: goods sent to places of a state (a demonym on a common noun
    no entity names) go to that state, when the clause names no recipient."""
    if event.type not in SENT_TYPES or any(r == "recipient" for r, _ in event.roles):
        return []
    trigger = event.trigger
    for place in (t for t in trigger.subtree if t.pos_ == "NOUN" and t.i > trigger.i):
        if not any(c.dep_ == "case" and c.lower_ in DESTINATION_CASES for c in place.children):
            continue
        if reader.mention_of(place) is not None and _named_at(place, reader):
            continue  # `vers la Russie`: the slots read a named destination
        for adjective in (c for c in place.children if c.dep_ == "amod"):
            state = reader.state_of_demonym(adjective.lower_)
            agents = {e for r, e in event.roles if r == "agent"}
            if state and state not in agents:
                return [("recipient", state)]
    return []


def _named_at(token: Token, reader: Reader) -> bool:
    mention = reader.mention_of(token)
    return mention is not None and mention.start <= token.idx < mention.end


# Verbs by which the subject of a relative clause does the act its antecedent noun names (`les exercices que
# Séoul et Washington doivent mener`, `la visite qu'effectue X`): doing, holding, carrying out, imposing. Not a verb
# of judging or saying (`les exercices que Pyongyang a qualifiés de provocation`: Pyongyang takes no part).
DOING_VERBS = {"mener", "effectuer", "organiser", "tenir", "conduire", "entreprendre", "réaliser", "accomplir",
               "lancer", "poursuivre", "signer", "conclure", "négocier", "imposer", "infliger", "engager", "entamer",
               "achever", "commencer", "préparer", "planifier", "multiplier", "livrer", "fournir", "accorder",
               "apporter", "verser", "débloquer", "envoyer", "rendre", "avoir", "faire", "co-organiser", "coprésider",
               "présider", "accueillir", "intensifier", "reprendre", "perpétrer", "commettre"}
MODAL_VERBS = {"devoir", "pouvoir", "vouloir", "aller", "compter", "venir", "souhaiter", "espérer", "entendre"}
SKIPPED_AFTER_NOUN = {"ADJ", "ADV"}
JOINERS = {"et", ",", "ainsi"}


def relative_doers(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`les exercices militaires conjoints que Séoul et Washington doivent mener`, `la visite qu'effectue X`: the
    subject of a relative clause whose verb carries out the act its antecedent noun names is the act's doer. The
    words decide, not the tree: the parse seldom hangs such a clause where it belongs."""
    trigger = event.trigger
    if trigger.pos_ != "NOUN" or any(r in ("agent", "participant") for r, _ in event.roles):
        return []
    doc, n = trigger.doc, trigger.i + 1
    while n < len(doc) and n - trigger.i <= 4 and doc[n].pos_ in SKIPPED_AFTER_NOUN:
        n += 1
    if n >= len(doc) or doc[n].lower_ not in OBJECT_RELATIVES:
        return []
    parties, verb = _subjects_and_verb(doc, n + 1, reader)
    if verb is None or verb.lemma_.lower() not in DOING_VERBS:
        return []
    role = frame.slots.get("de") or ("participant" if frame.pair else "agent")
    return [(role, m.entity) for m in parties]


def _subjects_and_verb(doc, start: int, reader: Reader) -> tuple[list[Mention], Token | None]:
    """After `que`: the parties before the verb (`Séoul et Washington doivent mener`) and that verb, past modals and
    auxiliaries; or, inverted (`qu'effectue Vladimir Poutine`), the verb and the party right after it."""
    parties: list[Mention] = []
    n = start
    while n < len(doc) and doc[n].pos_ not in ("VERB", "AUX"):
        mention = reader.party(doc[n])
        if mention is not None and mention.start <= doc[n].idx < mention.end:
            parties += [] if mention in parties else [mention]
        elif doc[n].lower_ not in JOINERS and doc[n].pos_ != "DET":
            return [], None  # `que le ministre a qualifiés`: a subject that is no party the article names
        n += 1
    while n < len(doc) and (doc[n].pos_ == "AUX" or doc[n].lemma_.lower() in MODAL_VERBS) and (
            n + 1 < len(doc) and doc[n + 1].pos_ in ("VERB", "AUX")):
        n += 1  # `doivent mener`, `ont menées`
    verb = doc[n] if n < len(doc) and doc[n].pos_ in ("VERB", "AUX") else None
    if verb is not None and not parties:  # inverted: `qu'organise le Japon`
        after = next((t for t in doc[verb.i + 1:verb.i + 5] if t.pos_ in ("PROPN", "NOUN", "X")), None)
        mention = reader.party(after)
        parties = [mention] if mention is not None else []
    return parties, verb


# `en hommage aux victimes`, `à la mémoire de X`, `en mémoire de X`: whom an act honours is its recipient.
HONOURING_NOUNS = {"hommage", "mémoire"}
HONOURED_TYPES = PARTY_TYPES | {"group"}


def honoured(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`a déposé une gerbe en hommage aux civils tués`, `à la mémoire de X`: the ones honoured, named right after
    the noun, when the phrase follows the trigger in its clause."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or any(r == "recipient" for r, _ in event.roles):
        return []
    doc = trigger.doc
    for token in doc[trigger.i + 1:trigger.sent.end]:
        if token.pos_ == "VERB" and token.dep_ not in ("acl", "amod"):
            return []  # another clause: its own act
        if token.lower_ not in HONOURING_NOUNS or preposition_of(token) not in ("en", "à"):
            continue
        for word in doc[token.i + 1:token.i + 5]:
            mention = reader.mention_of(word) if word.pos_ in ("NOUN", "PROPN", "X") else None
            if mention is not None and mention.type in HONOURED_TYPES and mention.start <= word.idx < mention.end:
                return [("recipient", mention.entity)]
        return []
    return []


ELIDING_JOINERS = {"puis", "et", "ensuite", "avant", ","}


def elided_auxiliary(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`Les deux dirigeants ont signé une déclaration, puis assisté à la signature`, `X a rencontré Y, puis visité
    une usine`: a past participle with no auxiliary nor subject, joined by `puis`/`et` to a compound past before it,
    shares that verb's subject (the parse seldom joins them)."""
    # (the extractor takes such a bare participle for a passive: the `avoir` of the verb before says it is not)
    trigger, role = event.trigger, frame.slots.get("subj")
    if trigger.pos_ != "VERB" or role is None or any(r == role for r, _ in event.roles):
        return []
    if "Part" not in trigger.morph.get("VerbForm") or any(
            c.dep_.startswith(("aux", "nsubj")) for c in trigger.children):
        return []
    doc, n = trigger.doc, trigger.i - 1
    if n < 0 or doc[n].lower_ not in ELIDING_JOINERS - {","}:
        return []
    first = trigger.head
    if trigger.dep_ == "conj" and first.dep_ in ("acl", "appos") and "Part" in first.morph.get("VerbForm"):
        return []  # `a signalé deux embarcations détectées puis détruites`: joined to a participle that describes
    earlier = next((t for t in reversed(doc[sentence_of(trigger).start:n]) if t.pos_ == "VERB" and any(
        c.dep_ == "aux:tense" for c in t.children)), None)
    if earlier is None or not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in earlier.children) or any(
            c.dep_ == "aux:pass" or c.lower_ == "été" for c in earlier.children):
        return []  # `est arrivé à Pékin, puis reçu par X`: an `être` before may carry a passive
    subject = reader.subject_of(earlier) if earlier is not None else None
    if subject is None:
        return []
    mention = reader.party(subject)
    if mention is not None and mention.start <= subject.idx < mention.end:
        return [(role, mention.entity)]
    return [(role if role == "participant" else "participant", e) for e in reader.pair_of(subject)]


# -- whom a measure or a promised gift goes to, told on the verb that carries the noun ------------------------------

DATIVES = {"à", "au", "aux"}
# Verbs that impose a measure on someone (`imposer des sanctions à X`, `infliger une amende à Y`).
IMPOSING_VERBS = {"imposer", "infliger", "appliquer", "décréter"}


def imposed_on(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`Washington a imposé des sanctions à l'Iran et au Venezuela`: the parse hangs the `à` complement on the
    measure, not on the verb; the ones it names (each conjunct) are the ones the measure is imposed on."""
    trigger = event.trigger
    if event.type != "Sanction" or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in IMPOSING_VERBS:
        return []
    if any(r == "recipient" for r, _ in event.roles):
        return []
    measures = [c for c in trigger.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return dative_parties(measures, reader)


def dative_parties(nouns: list[Token], reader: Reader) -> Found:
    """The parties named by the `à` complements of these nouns and the words joined to them (`à X et à Y`)."""
    found: Found = []
    for noun in nouns:
        for complement in (c for c in noun.children
                           if c.dep_ in ("nmod", "obl", "obl:arg") and preposition_of(c) in DATIVES):
            for token in (complement, *(j for j in complement.children if j.dep_ == "conj")):
                mention = reader.party(token)
                if mention is not None and ("recipient", mention.entity) not in found:
                    found.append(("recipient", mention.entity))
    return found


# Verbs that promise or offer a transfer to someone (`a promis des livraisons à X`, `lui a offert une aide`).
PROMISING_VERBS = {"promettre", "offrir", "garantir", "proposer", "assurer", "accorder", "octroyer", "allouer"}
TRANSFER_TYPES = {"Delivery", "Gift"}


def promised_to(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`Poutine lui a promis de nouvelles livraisons d'armes`, `a promis à Kiev une aide militaire`, `a promis
    une aide à Kiev`: a transfer named by the object of a verb of promising goes to that verb's dative (the `à`
    complement, on the verb or hung on the noun, or the clitic `lui`/`leur`); so does one its infinitive names
    (`a promis à Kiev de livrer des obus`, `lui a promis de fournir`: the one who promises gives)."""
    noun = event.trigger
    if event.type not in TRANSFER_TYPES or any(r == "recipient" for r, _ in event.roles):
        return []
    if noun.pos_ == "VERB":
        return _promised_infinitive(event, reader)
    if noun.pos_ != "NOUN":
        return []
    verb = noun.head
    if noun.dep_ != "obj" or verb.lemma_.lower() not in PROMISING_VERBS:
        return []
    found = dative_parties([verb, noun], reader)
    for clitic in (c for c in verb.children if c.lower_ in DATIVE_CLITICS and c.i < verb.i):
        mention = reader.party(clitic)
        if mention is not None and mention.kind == "pronoun":
            found.append(("recipient", mention.entity))
    agents = {e for r, e in event.roles if r == "agent"}
    return [(r, e) for r, e in found if e not in agents][:2]


# Verbs of promising whose infinitive the promiser does, to the one promised (`promettre à X de livrer`); not
# `proposer à X de`, which may be either, nor `offrir`, `garantir` (`offrir à X de venir`: X comes).
PROMISING_ACT_VERBS = {"promettre", "jurer"}


def _promised_infinitive(event: Event, reader: Reader) -> Found:
    """`a promis à Kiev de livrer des obus`: the dative of the verb of promising receives what its `de` infinitive
    gives (the promiser, the infinitive's subject, gives it)."""
    verb, governor = event.trigger, event.trigger.head
    if verb.dep_ not in ("xcomp", "ccomp") or governor.lemma_.lower() not in PROMISING_ACT_VERBS or not any(
            c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") for c in verb.children):
        return []
    promised = reader.party(_dative_of(governor, verb))
    if promised is None or promised.entity in {e for _, e in event.roles}:
        return []
    return [("recipient", promised.entity)]


# Verbs by which the one who sends goods decides, starts, keeps up or stops sending them (`a annoncé des
# livraisons`, `veut augmenter les livraisons`, `a suspendu ses livraisons`); not verbs of asking for, receiving
# or judging them (`réclame des livraisons`, `a salué les livraisons`), whose subject is another party.
SENDING_DECISION_VERBS = {"annoncer", "décider", "approuver", "autoriser", "envisager", "prévoir", "planifier",
                          "reprendre", "poursuivre", "suspendre", "interrompre", "arrêter", "augmenter", "accélérer",
                          "intensifier", "multiplier", "effectuer", "réduire", "limiter", "tripler", "doubler"}


def decided_by_sender(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`Le Japon a annoncé des livraisons de drones à l'Ukraine`, `Minsk veut augmenter les livraisons de camions
    à Pyongyang`: the subject of the verb that decides, resumes or stops a delivery named by its object sends the
    goods, when the noun says nothing of its origin (no `par`/`de` party, no demonym: `des livraisons d'armes
    américaines` are the United States')."""
    noun = event.trigger
    if event.type != "Delivery" or noun.pos_ != "NOUN" or noun.dep_ != "obj" or any(
            r == "agent" for r, _ in event.roles):
        return []
    verb = noun.head
    if verb.lemma_.lower() not in SENDING_DECISION_VERBS or _origin_named(noun, reader):
        return []
    sender = reader.party(reader.subject_of(verb))
    # a state or a body sends; a leader who announces deliveries is left to the rules that find the state sending
    if sender is None or sender.type == "person" or sender.entity in {e for _, e in event.roles}:
        return []
    return [("agent", sender.entity)]


def _origin_named(noun: Token, reader: Reader) -> bool:
    """The noun says whose goods they are: a demonym on it or on its goods, or a party after `par`/`de`."""
    words = [noun, *(c for c in noun.children if c.dep_ == "nmod")]
    adjectives = [a for w in words for a in w.children if a.dep_ == "amod"]
    if any(reader.state_of_demonym(a.lower_) for a in adjectives):
        return True
    return any(preposition_of(c) in OF | {"par"} and (m := reader.party(c)) is not None and m.start <= c.idx < m.end
               for c in noun.children if c.dep_ == "nmod")  # (the party itself, not one its goods are sent to)


# -- the parties joined by `et` to a party a complement names -----------------------------------------------------

JOINED_CASES = {"à", "au", "aux", "contre", "avec", "de", "du", "des", "d'", "d’", "par", "envers", "vers"}
CLITICS_BEFORE_VERB = {"ne", "n'", "n’", "se", "s'", "s’", "y", "en", "lui", "leur", "l'", "l’", "le", "la", "les"}
STATE_TYPES = {"country", "organization"}


def joined_parties(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`les sanctions contre Minsk et Moscou`, `des livraisons d'armes à Kiev et à Chisinau`: a party joined by
    `et` (the preposition said again or not) to a party a complement after the trigger names holds the same role
    (the parse often hangs the second one elsewhere: `et Moscou` as the subject of the verb that follows). Not
    when the second name opens a clause of its own (`contre Minsk et Moscou a riposté`: a verb in the singular)."""
    trigger, found = event.trigger, []
    for role, entity in [(r, e) for r, e in event.roles if r != "theme"]:
        first = next((t for t, m in reader.words_in_mentions(trigger) if t.i > trigger.i
                      and m.type in PARTY_TYPES and m.entity == entity), None)
        joined = _joined_after(first, reader, trigger) if first is not None and _governed_by(first, trigger) else None
        if joined is not None and (role, joined.entity) not in found:
            found.append((role, joined.entity))
    return found


def _governed_by(token: Token, trigger: Token) -> bool:
    """The token hangs on the trigger through no other verb (`signé par X et Y` is the participle's, not the
    trigger's)."""
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return True
        if ancestor.pos_ == "VERB":
            return False
    return False


def _joined_after(token: Token, reader: Reader, trigger: Token) -> Mention | None:
    """The party named right after `et` (past a repeated preposition and a determiner) that follows this party's
    mention, of the same kind (a person with a person, a state or body with a state or body)."""
    first = reader.party(token)
    doc, n = token.doc, token.i
    while n < len(doc) and doc[n].idx < first.end:
        n += 1
    if n >= len(doc) or doc[n].lower_ != "et":
        return None
    n += 1
    while n < len(doc) and (doc[n].lower_ in JOINED_CASES or doc[n].pos_ == "DET"):
        n += 1
    second = reader.party(doc[n]) if n < len(doc) else None
    if second is None or second.entity == first.entity or not second.start <= doc[n].idx < second.end:
        return None
    if second.type != first.type and not {second.type, first.type} <= STATE_TYPES:
        return None
    return None if _opens_a_clause(second, doc, trigger) else second


def _opens_a_clause(mention: Mention, doc, trigger: Token) -> bool:
    """`et Moscou a riposté`: a finite verb in the singular right after the name (past its clitics) has it as its
    own subject; not when the trigger is in that verb's subject (`l'accord entre Kiev et Moscou a été signé`)."""
    n = next((t.i for t in doc_tokens(doc) if t.idx >= mention.end), len(doc))
    while n < len(doc) and (doc[n].lower_ in CLITICS_BEFORE_VERB or doc[n].pos_ == "ADV"):
        n += 1  # `et Moscou n'a pas`, `et Moscou a aussitôt riposté`
    verb = doc[n] if n < len(doc) else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm") or (
            "Sing" not in verb.morph.get("Number")):
        return False
    clause = verb.head if verb.pos_ == "AUX" else verb
    return not any(c.dep_.startswith("nsubj") and trigger in c.subtree for c in clause.children)


def without_next_clause_subjects(event: Event, reader: Reader) -> None:
    """`Le Japon a livré des drones à l'Ukraine et la Russie a protesté`: a name after `et` that is the subject of
    the next clause (a finite verb in the singular follows it) is no party of this act, when the sentence names it
    nowhere else."""
    trigger = event.trigger
    words = doc_tokens(trigger.doc)
    for role, entity in [(r, e) for r, e in event.roles if r != "theme"]:
        heads = [t for t, m in reader.words_in_mentions(trigger) if m.entity == entity
                 and (t.i == 0 or not m.start <= words[t.i - 1].idx < m.end)]
        if heads and all(t.i > trigger.i and _after_et(t) and _opens_a_clause(reader.mention_of(t), t.doc, trigger)
                         for t in heads):
            event.roles.remove((role, entity))


def _after_et(token: Token) -> bool:
    """The first word of a mention comes right after `et` (past a determiner)."""
    n = token.i - 1
    while n >= 0 and token.doc[n].pos_ == "DET":
        n -= 1
    return n >= 0 and token.doc[n].lower_ == "et"


# -- the one ties are cut with, and the partner of an act named by a noun --------------------------------------------

# Verbs that cut, freeze or halt ties (`a rompu ses relations avec X`, `a suspendu les négociations avec X`,
# `a gelé sa coopération avec X`): the party the ties were with is the one the act is against.
SEVERING_VERBS = {"rompre", "suspendre", "geler", "interrompre", "couper", "cesser", "arrêter", "stopper",
                  "annuler", "décommander"}  # (calling off an exercise with X, an accord with X: against X)
WITH = {"avec"}


def severed_partner(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`le Niger a rompu ses relations avec la France`, `Moscou a suspendu les négociations avec Tokyo`: the party
    named by `avec` on the verb or on its object is the recipient of the cut (not a partner in it)."""
    trigger = event.trigger
    if passive or trigger.pos_ not in ("VERB", "ADJ") or trigger.lemma_.lower() not in SEVERING_VERBS:
        return []
    objects = [c for c in trigger.children if c.dep_ == "obj"]
    found: Found = []
    for token in _with_complements(trigger, objects):
        mention = reader.party(token)
        if mention is not None and mention.start <= token.idx < mention.end:
            found.append(("recipient", mention.entity))
    if found:  # the open frames read `avec` as a partner: the cut is against them, not shared with them
        cut = {e for _, e in found}
        event.roles = [(r, e) for r, e in event.roles if not (r == "participant" and e in cut)]
    return found


def _with_complements(verb: Token, objects: list[Token]) -> list[Token]:
    """The nouns behind `avec` on the verb or on its objects, and those joined to them (`avec X et Y`)."""
    firsts = [c for h in (verb, *objects) for c in h.children
              if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and preposition_of(c) in WITH]
    return [*firsts, *(j for f in firsts for j in f.children if j.dep_ == "conj")]


def partner_on_the_verb(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`l'Arménie a suspendu sa coopération militaire avec la Russie`, `a entamé des pourparlers avec Kiev`: the
    parse hangs the `avec` complement of an event noun on the verb whose object the noun is; when it follows the
    noun's own words, it is the noun's partner (in the role the noun's frame gives `avec`)."""
    noun, role = event.trigger, frame.slots.get("avec")
    if noun.pos_ != "NOUN" or noun.dep_ != "obj" or role is None:
        return []
    end = max(t.i for t in noun.subtree)
    found: Found = []
    for token in _with_complements(noun.head, []):
        if token.i != end + 2 and not (token.i == end + 3 and token.doc[end + 2].pos_ == "DET"):
            continue  # `avec` right after the noun's words (`avec la Russie`, `avec Kiev`), nothing between
        mention = reader.party(token)
        if mention is not None and mention.start <= token.idx < mention.end:
            found.append((role, mention.entity))
    return found


ANSWERED_TYPES = {"person", "country", "organization", "group"}  # `plusieurs pays`: a group offers too
# What one party tenders or offers another, who accepts or declines it (not `la décision du tribunal`: accepting a
# ruling answers no offer).
TENDERED_NOUNS = {"démission", "démissions", "offre", "offres", "aide", "aides", "proposition", "propositions",
                  "invitation", "invitations", "excuses", "candidature", "demande", "requête", "don", "dons",
                  "assistance", "médiation", "plan", "cadeau", "soutien", "secours", "renfort", "renforts"}


def answered_offerer(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`X a accepté la démission de son ministre`, `a accepté l'aide proposée par plusieurs pays`, `a accepté une
    proposition américaine`: the one whose resignation, offer or aid is accepted or declined is the one answered
    (recipient)."""
    trigger = event.trigger
    if event.type != "Acceptance" or trigger.pos_ != "VERB" or passive or any(
            r == "recipient" for r, _ in event.roles):
        return []
    # the common noun, not a name the parse made a second object (`la démission de son ministre, X`)
    # (`a accepté jeudi la démission`: with a name as the verb's object, the parse leaves the noun on the day)
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "obl:mod" and c.i > trigger.i)]
    thing = next((c for h in holders for c in h.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
    if thing is None or thing.lower_ not in TENDERED_NOUNS:
        return []
    sources = [c for c in thing.children if c.dep_ == "nmod" and any(
        g.dep_ == "case" and g.lower_ in OF for g in c.children)]
    sources += [a for c in thing.children if c.dep_ == "acl" for a in c.children if a.dep_ == "obl:agent"]
    held = {e for _, e in event.roles}
    for source in sources:
        mention = reader.mention_of(source)
        if mention is not None and mention.type in ANSWERED_TYPES and mention.entity not in held:
            return [("recipient", mention.entity)]
    # `a accepté une proposition américaine`: the state the adjective names made the offer
    states = [reader.state_of_demonym(c.lower_) for c in thing.children if c.dep_ == "amod"]
    return next(([("recipient", s)] for s in states if s is not None and s not in held), [])


# -- the state whose ground, sea or sky an act intrudes on, and the body whose meeting one attends ----------------

# Verbs that intrude on or strike a place (`a violé l'espace aérien japonais`, `a pénétré dans les eaux territoriales
# chinoises`, `ont frappé le territoire de la Pologne`); not verbs of moving through or staying (`traverser`, `déployer
# sur le sol biélorusse`), whose place is no party.
INTRUDING_VERBS = {"violer", "enfreindre", "pénétrer", "entrer", "survoler", "envahir", "franchir", "frapper",
                   "bombarder", "pilonner", "attaquer", "cibler", "viser", "annexer", "occuper", "menacer"}
# A state's ground, sea or sky, by its noun and, for the nouns that need one, the adjective that makes it so.
TERRITORY_NOUNS = {"territoire": None, "sol": None, "frontière": None, "frontières": None, "souveraineté": None,
                   "espace": {"aérien", "maritime"}, "eaux": {"territoriales"}, "ciel": None}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def territory_owner(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`un avion russe a violé l'espace aérien japonais`, `a pénétré dans les eaux territoriales chinoises`, `ont
    frappé le territoire de la Pologne`, `après qu'un avion a violé son espace aérien` (the state the main clause is
    about): the state whose ground, sea or sky the act intrudes on is its recipient."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or passive or trigger.lemma_.lower() not in INTRUDING_VERBS or any(
            r == "recipient" for r, _ in event.roles):
        return []
    agents = {e for r, e in event.roles if r in ("agent", "participant")}
    for noun in _territories(trigger):
        state = _territory_state(noun, trigger, reader)
        if state is not None and state not in agents:
            return [("recipient", state)]
    return []


def _territories(verb: Token) -> list[Token]:
    """The territory nouns the verb acts on: its object or complement (the parse may hang the noun on another
    complement: `a violé à trois reprises son espace aérien`), through no other verb."""
    found = []
    for token in verb.subtree:
        kinds = TERRITORY_NOUNS.get(token.lower_, False)
        if kinds is False or token.i < verb.i or not _governed_by(token, verb):
            continue
        if kinds is None or any(c.dep_ == "amod" and c.lower_ in kinds for c in token.children):
            found.append(token)
    return found


def _territory_state(noun: Token, verb: Token, reader: Reader) -> str | None:
    """The state a territory is of: a demonym on it (`japonais`), a state after `de` (`de la Pologne`), or a
    possessive (`son espace aérien`) that stands for the subject of the clause the act's clause depends on."""
    for child in noun.children:
        state = reader.state_of_demonym(child.lower_) if child.dep_ == "amod" else None
        mention = reader.party(child) if child.dep_ == "nmod" and preposition_of(child) in OF else None
        if state is None and mention is not None and mention.type == "country":
            state = mention.entity
        if state is not None:
            return state
    if not any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in noun.children) or verb.dep_ != "advcl":
        return None
    owner = reader.party(reader.subject_of(verb.head))  # `le Japon a protesté après qu'un avion a violé son espace`
    return owner.entity if owner is not None and owner.type == "country" else None


# Verbs by which one attends a meeting named by their `à` complement (`participait à une réunion du G20`).
ATTENDING_VERBS = {"participer", "assister", "prendre", "siéger"}
PEOPLE_OF_A_BODY = {"ministres", "dirigeants", "chefs", "représentants", "membres", "délégués", "gouverneurs"}


def attended_meeting_body(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`il participait à une réunion du G20`, `participera à une réunion des ministres des Affaires étrangères de
    l'Asean`: the body or state whose meeting one attends takes part in it (as the one who holds it does:
    `meeting_holders`)."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ATTENDING_VERBS:
        return []
    meetings = [c for c in trigger.children if c.dep_ in ("obl:arg", "obl:mod", "obl") and preposition_of(c) in
                DATIVES and c.lemma_.lower() in MEETING_NOUNS]
    found: Found = []
    for meeting in meetings:
        owner = _meeting_body(meeting, reader)
        if owner is not None:
            found.append(("participant", owner.entity))
    return found


def _meeting_body(meeting: Token, reader: Reader) -> Mention | None:
    """The body or state behind the meeting's `de`, also past the people of it and their title (`des ministres
    des Affaires étrangères de l'Asean`), not past a thing (`une réunion du comité de la ville`: the committee's)."""
    token, people = meeting, False
    for _ in range(4):
        owner = next((c for c in token.children if c.dep_ == "nmod" and preposition_of(c) in OF), None)
        if owner is None:
            return None
        mention = reader.party(owner)
        if mention is not None and mention.type in STATE_TYPES and mention.start <= owner.idx < mention.end:
            return mention
        people = people or owner.lower_ in PEOPLE_OF_A_BODY
        if not people or mention is not None:
            return None
        token = owner  # `des ministres des Affaires étrangères de l'Asean`: on to the body they are of
    return None


# Verbs of answering whose `par` noun is the act they answer with (`pourrait répondre par un nouveau tir de missile`,
# `a riposté par des sanctions`): the one who answers does it (not event_nouns.ANSWERING_VERBS, answering an offer).
ANSWERING_BY = {"répondre", "riposter", "réagir", "répliquer"}


def answering_act(event: Event, frame: Frame, passive: bool, reader: Reader) -> Found:
    """`le régime pourrait répondre par un nouveau tir de missile`, `Moscou a répondu par des sanctions`: the act an
    answer is made by is done by the one who answers (the verb's subject), when the noun names no doer of its own."""
    noun, verb = event.trigger, event.trigger.head
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERING_BY or (
            preposition_of(noun) != "par" or any(r == "agent" for r, _ in event.roles)):
        return []
    subject = reader.subject_of(verb)
    mention = reader.party(subject) if subject is not None else None
    if mention is None or mention.entity in event.participants():
        return []  # (a partner named on the noun, `des exercices avec Washington`, does not answer for the answerer)
    role = frame.slots.get("de") or ("participant" if frame.pair else "agent")
    return [(role, mention.entity)]


RULES: tuple[Callable[[Event, Frame, bool, Reader], Found], ...] = (
    object_pronoun, invited_by_the_host, companions, replacement, meeting_holders, destination_state,
    relative_doers, honoured, elided_auxiliary, imposed_on, promised_to, joined_parties,
    decided_by_sender, severed_partner, partner_on_the_verb, answered_offerer, territory_owner,
    attended_meeting_body, answering_act)
