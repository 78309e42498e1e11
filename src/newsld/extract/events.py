"""Events from a French trigger lexicon and the dependency parse: who did what to whom.

Each trigger (a verb lemma or an event noun) has a frame: the event type and which complement fills which
role: the subject, the direct object, and complements by their preposition (``à`` Kim, ``avec`` Pyongyang,
``par`` the Security Council, ``entre`` Moscou ``et`` Pyongyang, ``de`` Kim for a noun). A passive (``a été
invité``, ``fournies par``) swaps subject and agent. A theme with no known entity (``un gant``, ``une
carabine``) becomes a local object entity. Mentions of the same event (``sur invitation de``, ``a invité``,
``l'invitation``) are merged when their type, participants, place and date agree. A noun of any verb of action
the lexicon does not list (``l'abandon du projet par X``) names its verb's act (``action_nouns.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Token

from newsld.extract.action_nouns import (
    ActionFrame,
    action_frame,
    action_theme,
    misplaced_doer,
    misplaced_target,
    owner_doer,
    verb_of,
    without_told_acts,
)
from newsld.extract.anaphors import COMPLETIVE_MARKS
from newsld.extract.argument_repair import (
    FUSED_RELATIVES,
    RELATIVES_AFTER_PREPOSITION,
    noun_right_before,
    present_participle,
)
from newsld.extract.coordination import closes_list, joined_by_words, may_take_title
from newsld.extract.described_groups import ARMED_BANDS, GROUP_NOUNS, makes_a_toll, shared_out_parts
from newsld.extract.event_filters import characterises, filtered
from newsld.extract.event_lexicon import (
    AGENT_NOUNS,
    ARRIVAL,
    CEREMONY_NOUNS,
    CLAUSE_DEPS,
    DRAFT_NOUNS,
    DURATION_NOUNS,
    FIRED_WORDS,
    GUEST_NOUNS,
    MEETING,
    MOMENT_CASES,
    MOMENT_NOUNS,
    NOUN_FRAMES,
    OBJECT_ROLES,
    OCCASION_NOUNS,
    PERSON_NOUNS,
    PREPOSITION_BEFORE,
    PREPOSITION_FORMS,
    PRESENT_DRAFT,
    PRESENT_THINGS,
    PRESS_WORDS,
    RECEIVE_GOODS,
    RECEIVE_GUEST,
    REFLEXIVE_CLITICS,
    REFLEXIVE_FRAMES,
    REFUSING,
    REPORTING_VERBS,
    SANCTION_WORDS,
    SEND_ENVOY,
    SEND_PEOPLE,
    SEND_TROOPS,
    SENDING_NOUNS,
    SOURCE_PREPOSITIONS,
    SPACE_WORDS,
    SPACEFLIGHT_SEND,
    TEXT_NOUNS,
    THING_SUBJECT_VERBS,
    TIES_NOUNS,
    TIES_VERBS,
    TIME_WORDS,
    TRAIN_PEOPLE,
    UNDERGONE_VERBS,
    VERB_FRAMES,
    VETO,
    VETO_VERBS,
    VISIT_GO,
    VISIT_NOUNS,
    WEAPON_WORDS,
    Frame,
)
from newsld.extract.event_nouns import (
    CRAFT_NOUNS,
    HOLDING_NOUNS,
    JOURNEY_PARTS,
    acts_between_sides,
    complete_noun_roles,
    counter_deliveries,
    craft_parties,
    guests_visits,
    named_frame,
    names_known_event,
    noun_status,
    ordered_acts,
    phased_acts,
    scheduled_meetings,
    sent_goods,
    signings_of_occasion,
    voiced_only,
    without_restatements,
)
from newsld.extract.event_roles import (
    COUNT_NOUNS,
    DATIVE_CONTROL,
    OBJECT_CONTROL,
    OBJECT_RELATIVES,
    THIRD_PERSON_REFLEXIVES,
    Reader,
    complete_roles,
    controlled_by_dative,
    dative_doer,
    made_to_act,
    mention_words_of,
)
from newsld.extract.joint_parties import complete_joint_roles
from newsld.extract.knowledge_base import verified_ids_file
from newsld.extract.linking import span_root
from newsld.extract.model import Entities, Mention, MentionLookup, fold
from newsld.extract.nlp import (
    doc_text,
    has_passive_auxiliary,
    known_infinitives,
    preposition_of,
    sentence_of,
    sentence_tokens,
)
from newsld.extract.noun_arguments import OF, OWNER_DETERMINERS, PREFIX_DEMONYMS, paired_demonyms
from newsld.extract.noun_phrases import (
    ARTICLE_PREFIX,
    amount_of,
    counted_part,
    noun_phrase,
    object_behind_a_complement,
    part_figure,
)
from newsld.extract.open_verbs import (
    BLOW_VERBS,
    PREPARING,
    PRICE_MOVES,
    REPELLING,
    STRIKE_NOUNS,
    WARSHIPS,
    Clause,
    agentless_passive,
    described_noun,
    gives_up_a_practice,
    heads_own_clause,
    joined_weapons,
    lemma_of,
    lone_craft,
    natural_force,
    open_frame,
    part_of_what_en_names,
    price_moves,
    priced_goods,
    relative_antecedent,
    shared_object,
    thing_acts,
    unmet_sense_frame,
    urged_stance_frame,
    weapon_after_par,
)
from newsld.extract.person_nouns import is_person_noun, name_on_title_complement
from newsld.extract.references import UNNAMED_THING, demonym_country
from newsld.extract.state_names import names_a_state
from newsld.extract.status import ANSWER_NOUNS, NEGATED_KEY, status_of
from newsld.extract.unnamed_entities import CRAFT_NOUNS as UNNAMED_CRAFT_NOUNS
from newsld.extract.unnamed_entities import THING_NOUNS, apposed_thing_name, names_a_thing, things_told
from newsld.extract.verb_senses import (
    ATTEND_MEETING,
    GRANTED_GOODS,
    SENSES,
    gives_nothing,
    hands_over_text,
    meeting_hosts,
    meets_no_one,
    protest_note_handed,
    rendre_object_frame,
    sanctions_no_one,
    traded,
)


@dataclass
class Event:
    type: str
    trigger: Token
    roles: list[tuple[str, str]] = field(default_factory=list)
    status: str = "occurred"
    place: str | None = None
    time_token: Token | None = None
    # the words where the event's own time is sought first, when one verb tells two events (`a rencontré X lundi
    # puis Y mardi`: each leg its own day); None: the trigger's clause
    own_words: range | None = None

    def participants(self) -> frozenset[str]:
        return frozenset(entity for _, entity in self.roles)


@cache
def class_of_noun() -> dict[str, str]:
    """Verified Wikidata classes by their one-word French label (gant -> Q169031), from ids.tsv."""
    rows = [line.split("\t") for line in verified_ids_file().read_text(encoding="utf-8").splitlines()[1:]]
    return {r[3]: r[0] for r in rows if len(r) > 3 and r[1] == "class" and " " not in r[3]}


class MentionIndex:
    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))

    def at(self, token: Token) -> Mention | None:
        """The outermost mention that holds this token."""
        return next((m for m in self.mentions if m.start <= token.idx < m.end), None)

    def starting_in(self, tokens: list[Token]) -> list[Mention]:
        """Outermost mentions that start at one of these tokens."""
        starts = {t.idx for t in tokens}
        chars = {i for t in tokens for i in range(t.idx, t.idx + len(t.text))}
        found = [m for m in self.mentions if m.start in chars or m.start in starts]
        return [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end
                                            and (o.end - o.start) > (m.end - m.start) for o in found)]


def _opens_clause(token: Token, trigger: Token) -> bool:
    """Does this word below the trigger start a clause of its own (whose words are not the trigger's)?"""
    if token.dep_ in CLAUSE_DEPS or (token.dep_ in ("conj", "nsubj") and token.pos_ == "VERB"):
        return True  # a verb the parse makes a subject (`Accueilli par X, Y s'est entretenu`) has its own clause
    if token.i != trigger.i and token.pos_ == "VERB" and token.i < token.head.i and "Part" in token.morph.get(
            "VerbForm") and token.i == sentence_of(token).start:
        return True  # `Arrêté en mai 2020 à Minsk, X avait été condamné`: the opening participle's day and place
    framed = named_frame(token) is not None
    # `un accord de coopération avec X`: a bare `de` noun only says what kind, it names no event of its own
    if token.pos_ == "NOUN" and token.i != trigger.i and framed and not _classifier(token):
        return True  # another event named inside this one (`la rencontre ... depuis un précédent voyage`)
    if token.dep_ == "acl" and token.pos_ == "VERB":
        # a participle describing the trigger noun stays (`sanctions imposées par`); other verb clauses go
        return not (trigger.pos_ == "NOUN" and token.head.i == trigger.i and "Part" in token.morph.get("VerbForm"))
    return False


def bracketed(doc: Doc) -> frozenset[int]:
    """Tokens inside square brackets: editors' notes (`[République populaire démocratique de Corée, NDLR]`)."""
    if "newsld_bracketed" not in doc.user_data:
        ranges = [(m.start(), m.end()) for m in re.finditer(r"\[[^\]]*\]", doc_text(doc))]
        doc.user_data["newsld_bracketed"] = frozenset(t.i for t in doc if any(a <= t.idx < b for a, b in ranges))
    return doc.user_data["newsld_bracketed"]


CLAUSES_KEY = "newsld_clauses"  # doc.user_data: each trigger's own clause once read (until the tags change)


def clause_tokens(trigger: Token) -> list[Token]:
    """The trigger's own clause: its subtree without the clauses nested in it or editors' notes (cached)."""
    cache = trigger.doc.user_data.setdefault(CLAUSES_KEY, {})
    if trigger.i not in cache:
        cache[trigger.i] = _clause_tokens(trigger)
    return cache[trigger.i]


def _clause_tokens(trigger: Token) -> list[Token]:
    kept = []
    notes = bracketed(trigger.doc) - ({trigger.i} | {t.i for t in trigger.children if t.i in bracketed(trigger.doc)}
                                      if trigger.i in bracketed(trigger.doc) else set())
    # whether the path from a word up to the trigger crosses no clause of its own, known once per word on the path
    # (the words of a subtree share their heads' paths)
    inside: dict[int, bool] = {trigger.i: True}
    for token in trigger.subtree:
        if token.i in notes and trigger.i not in bracketed(trigger.doc):
            continue
        if _inside_clause(token, trigger, inside):
            kept.append(token)
    return kept


def _inside_clause(token: Token, trigger: Token, inside: dict[int, bool]) -> bool:
    path = []
    node = token
    while node.i not in inside:  # up to the trigger (known inside) or a word whose answer is known
        path.append(node)
        node = node.head
    answer = inside[node.i]
    for word in reversed(path):  # from the top down: a word is inside if its head is and it opens no clause
        answer = answer and not _opens_clause(word, trigger)
        inside[word.i] = answer
    return inside[token.i]


# Verbs of asking, ordering and allowing whose dative does what the infinitive says: dative control
# (``event_roles.DATIVE_CONTROL``). Without a dative, the one asked is not written, and it is not the asker (`a
# demandé de cesser les hostilités`).
# Datives the verb's clitics give (`lui a demandé`, `leur a ordonné`).
DATIVE_CLITICS = {"lui", "leur", "me", "m'", "te", "t'", "nous", "vous"}
# Verbs that carry an event noun, whose subject takes part in it (`parvenir à un accord`).
SUPPORT_VERBS = {"parvenir", "conclure", "signer", "trouver", "tenir", "organiser", "effectuer", "mener",
                 "entamer", "obtenir", "négocier", "rechercher", "accorder", "sceller", "boucler",
                 "reprendre", "poursuivre", "engager", "relancer",  # `ont repris les pourparlers`
                 "imposer", "infliger", "adopter", "décréter", "prononcer",  # `imposer des sanctions`
                 "procéder",  # `a procédé à un essai nucléaire`
                 "avoir",  # `ont eu des entretiens`, `a eu un entretien avec X`
                 "suspendre", "interrompre", "rompre", "geler",  # `a suspendu les négociations avec X`
                 "lancer", "ouvrir", "multiplier",  # `a multiplié les manœuvres`
                 "donner",  # `a donné une conférence de presse`, `donner une réception`
                 "formuler", "soumettre"}  # `a formulé une offre`, `a soumis une proposition`
# Things one is given as presents or honours (what else one receives is delivered: `a reçu des générateurs`).
PRESENTS = {"cadeau", "présent", "médaille", "décoration", "distinction", "prix", "trophée", "sabre", "épée", "dague",
            "tableau", "portrait", "statue", "œuvre", "livre", "bouquet"}
# Nouns of an offer, which one makes (`faire une proposition`).
OFFER_NOUNS = {"proposition", "offre", "contre-proposition", "suggestion"}
# Nouns of a call by telephone, which one receives or makes with someone.
CALL_NOUNS = {"appel", "coup de fil"}
# `le Japon a annoncé de nouvelles sanctions contre X`: who announces or decides a measure takes it
DECREEING_VERBS = {"annoncer", "décider", "prendre", "approuver", "durcir", "étendre", "renforcer", "alourdir"}
DELEGATIONS = {"delegation", "delegations"}  # `la délégation russe`: a state's side at talks (folded)
PAIR_NOUNS = {"dirigeants": "person", "présidents": "person", "leaders": "person", "chefs": "person",
              "ministres": "person", "homologues": "person", "diplomates": "person", "responsables": "person",
              "hommes": "person", "femmes": "person", "dirigeantes": "person", "présidentes": "person",
              "pays": "country", "nations": "country", "états": "country", "capitales": "country",
              "gouvernements": "country", "voisins": "country", "alliés": "country", "rivaux": "country",
              "puissances": "country", "parties": "country", "partenaires": "country", "camps": "country",
              "belligérants": "country", "signataires": "country"}
# Nouns of two sides that name no kind of party of their own: only the two states of an act just told (never the two
# states the article names most: `appelle les deux parties à la retenue` may mean the sides of a war)
SIDES_JUST_TOLD = {"puissances", "parties", "partenaires", "camps", "belligérants", "signataires"}
SUBJECT_POS = {"NOUN", "PROPN", "PRON", "X"}  # X: the tagger's word for foreign names (`Xi Jinping`)
PRONOMINAL_ADJECTIVES = {"dernier", "dernière", "premier", "première", "second", "seconde"}  # `ce dernier`


# The clitics and negation a verb has before it, between its subject and its auxiliary (`X ne l'a pas reçu`).
VERB_CLITICS = {"se", "s'", "s’", "ne", "n'", "n’", "l'", "l’", "le", "la", "les", "lui", "leur", "y", "en", "me",
                "m'", "m’", "nous", "vous"}
SUBJECTS_KEY = "newsld_subject_of_word"  # doc.user_data: each verb's subject once found (until the tags change)


def subject_of(trigger: Token) -> Token | None:
    """The subject, also one shared with a governing verb (`a accepté de se rendre`, `prêt à élaborer`), or
    the governing verb's object for `inviter X à venir`."""
    # remembered per word: the frames, the roles and the speech rules ask it of the same verbs again and again
    known = trigger.doc.user_data.setdefault(SUBJECTS_KEY, {})
    if trigger.i not in known:
        known[trigger.i] = _concessive_subject(trigger) or _subject_of(trigger)
    return known[trigger.i]


def _concessive_subject(trigger: Token) -> Token | None:
    """`X a appelé Y à cesser ... tout en proposant le dialogue`: X proposes (the finite verb's subject)."""
    finite = _finite_verb_above(trigger) if _concessive_gerund(trigger) else None
    return subject_of(finite) if finite is not None else None


def _subject_of(trigger: Token) -> Token | None:
    token = trigger
    for _ in range(4):
        subject = _nearest_subject(token)
        if subject is not None and subject.lower_ not in ("qui", "que", "ce", "c'", "cela", "où"):
            return subject if subject.pos_ in SUBJECT_POS or subject.lower_ in PRONOMINAL_ADJECTIVES or (
                _mistagged_name(subject)) else None
        if subject is not None and subject.lower_ == "qui" and token.dep_ == "acl:relcl":
            return _antecedent(token)  # `Kishida, qui a convoqué le Conseil`: who `qui` stands for
        if subject is not None and subject.lower_ == "qui" and _noun_before(subject) is not None:
            return _noun_before(subject)  # `a dénoncé le tir, qui a visé X`: misparsed, `qui` is still the tir
        main = main_verb_after_opening(token)
        if main is not None:  # `Parti de Pologne, M. X s'est rendu à Y`: the main clause's subject is the participle's
            token = main
            continue
        # `a conseillé au ministre de démissionner`, the infinitive hung on the dative; `Kim Jong-un doit partir`,
        # a main verb misparsed as a relative clause of the name before it
        asked = _asked_on_dative(token) or (token.head if _relative_without_pronoun(token) else None)
        if asked is not None:
            return asked
        # a verb the parse hangs as an oblique (`Arrivée la veille, X a ...`) is an adverbial clause all the same
        # (or as a second subject of the main verb: `Arrêté en mars alors qu'il ..., M. X avait été condamné`)
        clause_like = token.pos_ == "VERB" and (token.dep_ in ("obl:mod", "dep") or (
            token.dep_.startswith("nsubj") and _opening_bare_participle(token) and token.head.i > token.i))
        if (token.dep_ not in ("xcomp", "conj", "acl", "obl:arg", "advcl") and not clause_like) or (
                token.head.i == token.i):
            return None
        described = _participle_subject(token, trigger)
        if described is not None:
            return described
        head = _governing_verb(token)
        if head is None:
            return None
        controller = _object_controller(head, token) if trigger.pos_ == "VERB" else None
        if controller is not None:
            return controller
        if (_dative_control(head, token) or _granted_leave(head, token)) and trigger.pos_ == "VERB":
            return _dative_controller(head, token)
        token = _past_verbless_predicate(head, token)
    return None


def _relative_without_pronoun(verb: Token) -> bool:
    """`Kim Jong-un doit s'entretenir`: a finite verb the parse hangs on the name before it as a relative clause
    (the name's last part taken for an article) with no relative word between that name and the verb nor under the
    verb: no relative clause, the name is the verb's subject."""
    head = verb.head
    if verb.dep_ != "acl:relcl" or head.i >= verb.i or head.pos_ not in ("PROPN", "NOUN"):
        return False
    if "Fin" not in verb.morph.get("VerbForm") or _own_subject(verb) is not None:
        return False
    between = verb.doc[head.i + 1:verb.i]
    if any(_relative_word(t) for t in [*between, *verb.children]):
        return False
    return all(t.dep_ in ("flat:name", "det") or t.pos_ in ("PROPN", "DET") for t in between)


def _relative_word(token: Token) -> bool:
    return token.lower_ in RELATIVE_WORDS or "Rel" in token.morph.get("PronType")


ADVERBIAL_MARKS = {"pour", "afin", "avant", "après", "sans", "en"}  # `pour y rencontrer`, `avant de s'entretenir`


def _participle_subject(token: Token, trigger: Token) -> Token | None:
    """The noun a participle above the trigger describes: `la Russie refusant de contrôler` (an absolute participle's
    own subject), `des entreprises accusées d'aider X`, `chargé de surveiller`; `l'expulsion d'un diplomate
    soupçonné d'avoir obtenu`: the noun right before it, when the parse hangs the participle on a noun it does not
    agree with or on the main verb."""
    if _consequence_participle(token):
        return subject_of(token.head.head)  # `a frappé l'hôpital, tuant deux adultes`: the strike's doer kills
    if _absolute_participle(token):
        return token.head
    if token.i == trigger.i:
        return None
    if token.dep_ == "acl" and _past_participle(token) and token.head.pos_ in ("PROPN", "NOUN"):
        return noun_right_before(token) or token.head
    return noun_right_before(token)


def _consequence_participle(token: Token) -> bool:
    """`a frappé l'hôpital de Kiev, tuant deux adultes`: a present participle set off by a comma after a verb's object
    tells what the verb's act did (its subject's), though the parse hangs it on the object."""
    return token.dep_ == "acl" and present_participle(token) and not _gerund(token) and (
        token.i > 0 and token.doc[token.i - 1].text == ",") and token.head.dep_ == "obj" and (
        token.head.head.pos_ == "VERB") and token.head.i < token.i


def _absolute_participle(token: Token) -> bool:
    """`la Russie refusant de contrôler`: a present participle hung on a noun, its subject (not `en renforçant`, a
    gerund the parse hangs on a noun, whose subject is the verb's above it)."""
    return token.dep_ == "acl" and present_participle(token) and token.head.pos_ in ("PROPN", "NOUN") and (
        not _gerund(token))


def _gerund(verb: Token) -> bool:
    """`en renforçant`, `tout en proposant`: `en` and a present participle."""
    return present_participle(verb) and (any(c.dep_ == "mark" and c.lower_ == "en" for c in verb.children) or (
        _concessive_gerund(verb)))


def _adverbial_infinitive(verb: Token) -> bool:
    """`avant de dîner`, `pour rencontrer`, `sans attendre`: an infinitive behind a word that makes it an adverbial
    clause, whose subject is the one of the verb above it."""
    return verb.pos_ == "VERB" and "Inf" in verb.morph.get("VerbForm") and any(
        c.lower_ in ADVERBIAL_MARKS and c.dep_ in ("mark", "case") for c in verb.children)


def _concessive_gerund(verb: Token) -> bool:
    """`tout en proposant le dialogue`: a gerund after `tout` tells what the subject of the finite verb does at the
    same time as (or despite) what that verb says, never what an infinitive under it asks of another."""
    return present_participle(verb) and verb.i >= 2 and verb.nbor(-1).lower_ == "en" and (
        verb.nbor(-2).lower_ == "tout")


def _finite_verb_above(verb: Token) -> Token | None:
    """The nearest verb above this one that is conjugated (or has a conjugated auxiliary)."""
    for head in verb.ancestors:
        if head.pos_ in ("VERB", "AUX") and ("Fin" in head.morph.get("VerbForm") or any(
                c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in head.children)):
            return head
    return None


ACCUSING_VERBS = {"accuser", "soupçonner", "suspecter"}


def _controlled_clause(verb: Token, clause: Token) -> Token | None:
    """The clause whose doer the object of a verb of control is: the infinitive (`accuse le Japon d'attiser les
    tensions`, and a gerund inside it, `... en renforçant sa coopération`); a gerund the parse hangs on the verb
    itself is its subject's (`a appelé Kiev à négocier en saluant ses efforts`), except after a verb of accusing,
    whose gerund tells how the accused act is done (`accuse l'Otan de jouer avec le feu en autorisant Kiev`)."""
    if not _gerund(clause):
        return clause
    accused = next((c for c in verb.children if c.dep_ == "xcomp" and c.i < clause.i), None)
    return accused if verb.lemma_.lower() in ACCUSING_VERBS else None


def _object_controller(verb: Token, clause: Token) -> Token | None:
    """Who does the clause under a verb of object control (the clause right under it, not the trigger below that)."""
    # `a été invité par X à venir`: in the passive the one invited is the subject, not the agent before the clause
    # (not a verb joined by `et`/`puis`: `a appelé X, puis l'a reçu` shares the subject, X is not controlled)
    if verb.lemma_.lower() not in OBJECT_CONTROL or _passive_voice(verb) or clause.dep_ == "conj":
        return None
    controlled = _controlled_clause(verb, clause)
    return _controller(verb, controlled) if controlled is not None else None


def _past_verbless_predicate(head: Token, clause: Token) -> Token:
    """`X doit se rendre à Nemuro, la ville la plus proche, pour y rencontrer`: an adverbial infinitive or gerund
    the parse hangs on an adjective with no copula (an apposition's) is the clause's all the same; its subject is the
    one of the verb above that adjective, not the noun the adjective describes."""
    marks = [c for c in clause.children if c.dep_ in ("mark", "case") and c.lower_ in ADVERBIAL_MARKS]
    if not marks or any(c.dep_ == "cop" for c in head.children):
        return head
    # (a participle too, set off by a comma: `la ville la plus touchée par l'épidémie, pour y rencontrer`; not
    # `des soldats envoyés pour combattre`, whom the participle describes and who fight)
    detached = head.dep_ == "acl" and _past_participle(head) and marks[0].i > 0 and head.doc[marks[0].i - 1].text == ","
    if head.pos_ != "ADJ" and not detached:
        return head
    return _governing_verb(head) or head


def _participle_read_as_name(token: Token) -> bool:
    """`Invité par X, Y s'est rendu à Z`: a past participle opening the sentence, capitalised, that the tagger takes
    for a name (and the parse for the subject): its `par` complement is its agent, not the main clause's subject."""
    return token.i == token.sent.start and token.pos_ in ("PROPN", "NOUN", "X") and bool(
        FIRST_GROUP_PARTICIPLE.match(token.lower_)) and any(preposition_of(c) == "par" for c in token.children)


def _mistagged_name(token: Token) -> bool:
    """`Narendra Modi a reçu`: a foreign first name the tagger takes for a verb or an adjective is still a name when
    a capitalised word is set after it as its last name (a participle opening a sentence has none)."""
    # (`Nguyen Phu Trong doit être inhumé`: the parse may hang the rest of the name as an adjective)
    return token.text[:1].isupper() and any(c.dep_ in ("flat:name", "amod") and c.text[:1].isupper()
                                            for c in token.children)


def main_verb_after_opening(participle: Token) -> Token | None:
    """`Parti de Pologne en train, M. X s'est rendu à Y`: the parse may make the participle that opens the sentence
    its root and the main verb, after the comma, a conjunct of it; that verb, whose subject the participle shares."""
    if participle.head.i != participle.i or participle.i != sentence_of(participle).start or not (
            _bare_participle(participle)):
        return None
    return next((c for c in participle.children if c.dep_ in ("conj", "parataxis", "advcl") and c.pos_ == "VERB"
                 and c.i > participle.i and any(t.text == "," for t in participle.doc[participle.i:c.i])), None)


def _passive_voice(verb: Token) -> bool:
    """`a été invité`, `Invité par X, Y ...`: a passive auxiliary, or a bare past participle opening a clause."""
    return has_passive_auxiliary(verb) or "Pass" in verb.morph.get("Voice") or _bare_participle_clause(verb)


def _past_participle(token: Token) -> bool:
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")


def _antecedent(relative: Token) -> Token | None:
    """The noun a relative clause hangs on: `le Premier ministre, Fumio Kishida, qui` (the name set beside the
    role noun is the nearer one)."""
    head = relative.head
    if head.pos_ not in SUBJECT_POS:
        return None
    object_before = _object_before_relative(relative)
    if object_before is not None and object_before.i != head.i:
        return object_before
    names = [c for c in head.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "X") and c.i < relative.i]
    return names[-1] if names else _name_described(head) or head


def _object_before_relative(relative: Token) -> Token | None:
    """`Kim Jong-un a reçu Sergueï Choïgou, qui est arrivé la veille`: a `qui` right after the object of a verb
    (and a comma) stands for that object, though the parse may hang the relative on the verb's subject."""
    pronoun = next((c for c in relative.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ == "qui"
                    and c.i < relative.i), None)
    if pronoun is None or pronoun.i < 2 or relative.doc[pronoun.i - 1].text != ",":
        return None
    noun = relative.doc[pronoun.i - 2]
    while noun.dep_ in ("flat:name", "flat", "amod") and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.dep_ == "obj" and noun.pos_ in ("NOUN", "PROPN") and noun.head.pos_ == "VERB" else None


def _name_described(noun: Token) -> Token | None:
    """`Le Japon, premier bailleur de fonds, qui a ...`: a common noun set between commas right after a name is an
    apposition that says what the name is; the relative after it stands for the name (the parse may make the
    apposition a second subject and the name an oblique)."""
    start = noun.left_edge.i
    if noun.pos_ != "NOUN" or start < 2 or noun.doc[start - 1].text != ",":
        return None
    name = noun.doc[start - 2]
    while name.dep_ in ("flat:name", "flat") and name.head.i < name.i:
        name = name.head
    return name if name.pos_ == "PROPN" and name.dep_ != "nmod" else None


ANTECEDENT_CLIMB = ("amod", "flat:name", "flat", "nummod")  # `l'attaque meurtrière, qui`: up to the noun
# The number and gender a relative pronoun with a preposition shows (`auquel`: one, masculine; `qui`: none).
RELATIVE_AGREEMENT = {"lequel": ("Sing", "Masc"), "laquelle": ("Sing", "Fem"), "lesquels": ("Plur", "Masc"),
                      "lesquelles": ("Plur", "Fem"), "auquel": ("Sing", "Masc"), "auxquels": ("Plur", "Masc"),
                      "auxquelles": ("Plur", "Fem"), "duquel": ("Sing", "Masc"), "desquels": ("Plur", "Masc"),
                      "desquelles": ("Plur", "Fem")}


def relative_preposition(pronoun: Token) -> str | None:
    """The preposition a relative pronoun holds (`auquel`: à, `avec lequel`, `avec qui`: avec); None for a relative
    with none (`qui`, `que`) and for any other word."""
    if pronoun.lower_ in FUSED_RELATIVES:
        return FUSED_RELATIVES[pronoun.lower_]
    if pronoun.lower_ not in RELATIVES_AFTER_PREPOSITION:
        return None  # (asked of every word of an event's window: its children are looked at only for a relative)
    case = next((c for c in pronoun.children if c.dep_ == "case"), None)
    return PREPOSITION_FORMS.get(case.lower_, case.lower_) if case is not None else None


def relative_opening(pronoun: Token) -> Token:
    """The first word of a relative pronoun with its preposition: the preposition (`avec` of `avec lequel`), else
    the pronoun itself (`auquel`): what its antecedent ends right before."""
    return min([pronoun, *(c for c in pronoun.children if c.dep_ == "case")], key=lambda t: t.i)


def prepositional_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun with a preposition stands for (`le pays auquel la Russie a livré`, `X, avec lequel
    il a visité`), as `qui` and `que` are read: the noun phrase right before it (past a comma), and in it the noun
    the parse hangs the clause on (`le sommet de l'OTAN, auquel`), else its last noun; a clause the parse hangs on a
    noun further back (or on the main verb) is still about the phrase right before. The noun must agree with the
    pronoun in number and gender: a common noun that does not gives way to the noun whose complement it is (`un
    sommet avec les dirigeants de l'Asean, auquel`: the summit); a name set beside it (`la Chine, pays avec
    lequel`) is what it stands for."""
    clause = pronoun.head
    while clause.dep_ == "xcomp" and pronoun.i < clause.head.i:
        clause = clause.head  # `à laquelle pourrait participer X`: the clause is the modal's
    start = relative_opening(pronoun).i
    noun = _noun_before(pronoun, start)
    if noun is None:
        return None
    hung_on = clause.head if clause.dep_ == "acl:relcl" and clause.head.i < start else None
    if hung_on is not None and hung_on.i in {a.i for a in _noun_phrase_heads(noun)}:
        noun = hung_on  # (the parse tells which noun of the phrase before: `le sommet de l'OTAN, auquel`)
    agreeing = _agreeing_noun(noun, pronoun)
    if agreeing is None:
        return None
    names = [c for c in agreeing.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "X") and c.i < start]
    return names[-1] if names else _name_described(agreeing) or agreeing


def _noun_phrase_heads(noun: Token) -> list[Token]:
    """The noun and the nouns it completes, up its `de`, `avec` phrases (`le sommet de l'OTAN`: OTAN, sommet)."""
    found = [noun]
    while noun.dep_ in ("nmod", "appos") and noun.head.i < noun.i and len(found) < 4:
        noun = noun.head
        found.append(noun)
    return found


def _agreeing_noun(noun: Token, pronoun: Token) -> Token | None:
    """The noun if it agrees with the pronoun (a name always does: the tagger's number and gender of names are
    guesses), else the noun it completes, if that one does (`les dirigeants de l'Asean, auquel`: no)."""
    number, gender = RELATIVE_AGREEMENT.get(pronoun.lower_, (None, None))
    for _ in range(3):
        if noun.pos_ != "NOUN" or all(not noun.morph.get(feature) or wanted in noun.morph.get(feature) for
                                      feature, wanted in (("Number", number), ("Gender", gender)) if wanted):
            return noun
        if noun.dep_ != "nmod" or noun.head.i >= noun.i:
            return None
        noun = noun.head
    return None


def _noun_before(relative: Token, start: int | None = None) -> Token | None:
    """The noun right before `qui` (past a comma and the adjectives after it): what the relative pronoun stands for,
    when the parse, not seeing a relative clause, hangs its verb on the main one (`a condamné l'attaque, qui a tué`
    is the attack's killing, not the condemner's). With ``start``, the noun right before that word instead: the
    preposition of `avec lequel` (see :func:`relative_opening`)."""
    n = (relative.i if start is None else start) - 1
    if n >= 0 and relative.doc[n].text == ",":
        n -= 1
    if n < sentence_of(relative).start:
        return None
    noun = relative.doc[n]
    while noun.dep_ in ANTECEDENT_CLIMB and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN", "X") else None


# relatives, and the dative clitics a parse may take for a second subject (`le ministre, Sergueï Choïgou, lui a`)
NOT_NEAREST_SUBJECTS = {"qui", "que", "où", "lui", "leur", "y", "en"}


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parse gives it, the one nearer before the verb (`une invitation que Kim n'a
    pas acceptée`: the relative's antecedent comes first, its subject next to the verb)."""
    if _infinitival(verb) and any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in verb.children):
        return None  # `pour y rencontrer`, `avant de s'entretenir`: no subject of its own (the clause's above)
    subjects = [c for c in verb.children if (c.dep_ in ("nsubj", "nsubj:pass") or (
        c.dep_ == "expl:subj" and c.lower_.lstrip("-t").lstrip("-") in ("il", "elle")))]
    if len(subjects) > 1:  # (`Lai Ching-te avait appelé`: the name, not its last part taken for a pronoun)
        subjects = [c for c in subjects if not _name_tail(c)] or subjects
    if any(c.i > verb.i for c in subjects) and _infinitival(verb):  # `Après avoir rencontré Kim, X ...`: a name
        subjects = [c for c in subjects if c.i < verb.i]  # after an infinitive is its object, not its subject
    before = [c for c in subjects if c.i < verb.i and c.lower_ not in NOT_NEAREST_SUBJECTS]
    after = [c for c in subjects if c.i > verb.i]
    if not subjects and _incise(verb):  # `», a affirmé Sergueï Lavrov`: the parse may call the inverted name an object
        # (also a role noun with the name in apposition: `, a assuré le conseiller américain ..., Jake Sullivan,`)
        return next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and (c.pos_ in ("PROPN", "X") or (
            c.pos_ == "NOUN" and any(a.dep_ == "appos" and a.pos_ in ("PROPN", "X") for a in c.children)))), None)
    if len(subjects) > 1 and after and _incise(verb):  # (the first words after the verb: `a affirmé le ministre
        # devant la presse, avant de s'entretenir avec son homologue, X`: X is not the speaker)
        # `« ... », a affirmé le ministre`: the quote is no subject; the one after the verb is
        return min([after[0], *(c for c in verb.children if c.dep_ == "obj" and c.i > verb.i)], key=lambda t: t.i)
    if subjects and not after and _incise(verb) and all(_quoted_before(s, verb) for s in subjects):
        # `« ... », a affirmé le ministre russe`: the parse may make the quote the subject and the speaker an object
        return next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("PROPN", "X", "NOUN")
                     and c.i > verb.i), subjects[0])
    return before[-1] if len(subjects) > 1 and before else next(iter(subjects), None)


def _name_tail(token: Token) -> bool:
    """`Lai Ching-te`, `Kim Jong-un`: the last part of a hyphenated name, glued to the hyphen after a capitalised
    word, which the parse may take for a pronoun subject of its own (`te`, `un`)."""
    return token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_ and not (
        token.nbor(-2).whitespace_) and token.nbor(-2).text[:1].isupper() and token.pos_ == "PRON"


QUOTE_CLOSERS = ("»", "\u201d")
QUOTE_OPENERS = ("«", "\u201c")


def _quoted_before(subject: Token, verb: Token) -> bool:
    """A closing guillemet between the subject and the verb, with no opening one before it: the subject is a word of
    the quote (not `X, jugeant la proposition « inacceptable », a rejeté`: the quote opens after X)."""
    if subject.i >= verb.i:
        return False
    for t in verb.doc[subject.i:verb.i]:
        if t.text in QUOTE_CLOSERS:
            return True
        if t.text in QUOTE_OPENERS:
            return False
    return False


def _infinitival(verb: Token) -> bool:
    """`rencontrer`, `avoir rencontré`: an infinitive, or a participle with an infinitive auxiliary."""
    return "Inf" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children)


def _first_word_of_verb(verb: Token) -> Token:
    """`a affirmé`: the verb's first auxiliary before it, else the verb (what stands right before it is the word
    before that)."""
    return min([verb, *(c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)], key=lambda t: t.i)


def _incise(verb: Token) -> bool:
    """`», a affirmé le ministre`, `, a-t-il dit`: a verb set after a quote or a comma, its subject inverted."""
    first = _first_word_of_verb(verb)
    before = verb.doc[first.i - 1].text if first.i > 0 else ""
    quote_before = first.i > 1 and verb.doc[first.i - 2].text in QUOTE_CLOSERS
    return before in QUOTE_CLOSERS or (before == "," and (quote_before or verb.lemma_.lower() in REPORTING_VERBS))


def _quote_incise(verb: Token) -> bool:
    """`« ... », a lancé M. Xi dans un discours`, `« Non », lâche-t-il`: a verb right after a closing quote (and its
    comma) whose subject follows it introduces the words quoted; it tells no deed."""
    doc, i = verb.doc, _first_word_of_verb(verb).i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].text not in QUOTE_CLOSERS:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl:subj")]
    return bool(subjects) and all(s.i > verb.i for s in subjects)


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in SUBJECT_POS), None)


def _avoir_before_noun(noun: Token) -> Token | None:
    """`la Chine a le devoir de protéger`: the parse may take `avoir` for the auxiliary or the copula of the noun after
    it (and hang the subject on either); `avoir` and the noun are the clause's predicate, its subject the
    infinitive's (`X a rappelé que la Hongrie avait « l'obligation » d'arrêter Y`: Hungary arrests, not X)."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if (c.dep_.startswith("aux") or c.dep_ == "cop") and c.lemma_ == "avoir"
                 and c.i < noun.i), None)


def _governing_verb(token: Token) -> Token | None:
    """The verb above a clause, skipping the nouns a misparse may hang it on (`avec courtoisie ... à visiter`)."""
    head = token.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            return head
        avoir = _avoir_before_noun(head)
        if avoir is not None:
            return avoir if _nearest_subject(head) is None else head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _controller(verb: Token, clause: Token) -> Token | None:
    """`inviter Poutine à visiter`: the last noun between the controlling verb and the clause it governs."""
    inside = {t.i for t in clause.subtree}
    # (the verb's object whatever its tag: `en autorisant Kiev à frapper`, Kiev tagged an adjective)
    between = [t for t in verb.subtree if verb.i < t.i < clause.i and t.i not in inside and (
        t.pos_ in ("PROPN", "NOUN") or (t.dep_ == "obj" and t.head.i == verb.i))
        and t.dep_ not in ("nsubj", "nsubj:pass") and t.lemma_.lower() not in TIME_WORDS and _in_bare_object(t, verb)]
    # `l'a invité à venir`, `les a exhortés à cesser`: a clitic object before the verb is the one who is to act
    clitic = next((c for c in verb.children if c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.i < verb.i
                   and c.lower_ not in REFLEXIVE_CLITICS), None)
    return between[-1] if between else clitic


CONTROLLER_POS = {"NOUN", "PROPN", "X", "ADJ", "NUM", "DET"}  # the words of a noun phrase


def _in_bare_object(token: Token, verb: Token) -> bool:
    """Is the word a noun the verb takes with no preposition (`a exhorté Pékin à`, `les dirigeants du G7`), not the
    noun of a complement of place or time (`a appelé à Tokyo à`, `lors de sa visite en Corée à`; a day word, `a
    appelé mardi à`, is left out by the caller), nor one in a clause or an adverb's phrase inside the object (`les
    dirigeants réunis à Tokyo`, `lors d'un discours`)? Only a direct object does the controlled act. (A noun the
    parse hangs on a complement with no preposition of its own stays one: `a invité avec courtoisie Poutine à`.)"""
    if any(c.dep_ == "case" and c.lower_ not in OF for c in token.children):
        return False
    while token.head.i != verb.i:
        if token.head.i == token.i or token.head.pos_ not in CONTROLLER_POS:
            return False
        token = token.head
    return True


def _dative_control(verb: Token, clause: Token) -> bool:
    """`a demandé à X de venir`: a verb of asking over a `de` infinitive (not `a demandé à parler`, where the
    asker is to speak, nor an infinitive of purpose, `a dit ... afin d'établir`), in the active voice, the
    infinitive not joined to another by `et`."""
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "case")}
    return controlled_by_dative(verb, clause) and bool(marks & {"de", "d'", "d’"}) and (
        clause.dep_ != "conj") and not _passive_voice(verb) and not marks & ADVERBIAL_MARKS and (
        clause.head.pos_ != "ADV")  # (`afin d'établir`: the parse hangs the infinitive on `afin`)


# Nouns of leave and command given to someone (`a donné à Kiev l'autorisation de frapper`, `a accordé au président
# le droit de déployer`): the one they are given to does the act; verbs that give them.
LEAVE_NOUNS = {"autorisation", "permission", "droit", "ordre", "consigne", "instruction", "instructions", "mandat",
               "mission", "possibilité", "pouvoir", "feu"}  # (`le feu vert de`)
GRANTING_VERBS = {"donner", "accorder", "octroyer", "confier", "conférer", "adresser", "délivrer"}


def _granted_leave(verb: Token, clause: Token) -> bool:
    """`a donné à Kiev l'autorisation de frapper`: a verb of giving whose object is a noun of leave or command, over
    the `de` infinitive that says what it allows (the parse may hang it on the noun or on the verb)."""
    if verb.lemma_.lower() not in GRANTING_VERBS or _passive_voice(verb) or not any(
            c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") for c in clause.children):
        return False
    return any(t.lemma_.lower() in LEAVE_NOUNS and t.pos_ == "NOUN" for t in verb.doc[verb.i + 1:clause.i])


def _under_passive_control(verb: Token) -> bool:
    """`a été autorisée à livrer ... par X`: an active infinitive under a passive verb of control, whose `par`
    agent is that verb's (the parse may hang it anywhere after the infinitive)."""
    governor = verb.head
    return verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm") and _passive_voice(governor) and (
        governor.lemma_.lower() in OBJECT_CONTROL | DATIVE_CONTROL)


def _asked_on_dative(clause: Token) -> Token | None:
    """`a conseillé au ministre de démissionner`: a `de` infinitive the parse hangs on the dative of a verb of asking
    as a noun's complement; the dative does the act."""
    verb = clause.head.head
    if clause.dep_ != "nmod" or not _infinitival(clause) or verb.pos_ != "VERB" or not _dative_control(verb, clause):
        return None
    return _dative_controller(verb, clause)


def _dative_controller(verb: Token, clause: Token) -> Token | None:
    """The one asked: the verb's `à` complement or dative clitic outside the clause (`à l'armée`, `lui`)."""
    inside = {t.i for t in clause.subtree}
    datives = [c for c in verb.children if c.i not in inside and c.i < clause.i and (
        (c.pos_ in ("NOUN", "PROPN", "X") and preposition_of(c) in ("à", "au", "aux")) or (
            c.pos_ == "PRON" and c.lower_ in DATIVE_CLITICS and c.i < verb.i))]
    return datives[-1] if datives else None


# Verbs conjugated with `être` in the active voice: `il est arrivé` is no passive.
ETRE_VERBS = {"aller", "venir", "arriver", "partir", "rester", "devenir", "mourir", "naître", "entrer", "sortir",
              "tomber", "retourner", "revenir", "parvenir", "repartir", "rentrer", "descendre", "monter"}


def _price_or_toll_frame(token: Token, lemma: str) -> Frame | None:
    """`le blé a pris 3 %`: goods whose price moves (not a capture; the subject is read for verbs of price only);
    `l'offensive a fait 32 morts`: the dead undergo the deaths (``described_groups.makes_a_toll``)."""
    if lemma_of(token) in PRICE_MOVES and price_moves(token, subject_of(token)):
        return Frame("Event", {})
    if lemma == "faire" and makes_a_toll(token):
        return Frame("Event", {"obj": "recipient"})
    return None


def _passive(trigger: Token) -> bool:
    if trigger.lemma_ in ETRE_VERBS:
        return False  # `est arrivé`: verbs of movement with `être` have no passive, whatever the parse says
    if trigger.lemma_ == "convenir" and not any(c.lower_ == "été" for c in trigger.children):
        return False  # `sont convenus de reprendre`: agreeing takes `être` too (`il a été convenu que` is passive)
    if _reflexive(trigger):
        return False  # `se sont abstenus`, `s'est rapproché`: a pronominal verb takes `être` in the active voice
    # `a été détruit`, `avait été reçu`: the parse may call `été` a tense auxiliary; it makes a passive all the same
    passive_aux = has_passive_auxiliary(trigger)
    if not passive_aux and any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in trigger.children):
        return False  # `n'a pas acceptée`: `avoir` makes a compound past, an active voice
    if passive_aux or "Pass" in trigger.morph.get("Voice"):
        return True
    if _bare_participle_clause(trigger):
        return True  # `Accueilli par X, Y a ...`, `Interrogé par la presse, X a dit`
    if _joined_passive_participle(trigger):
        return True  # `ont été détectées puis détruites par X`, `deux embarcations détectées et détruites par X`
    children = list(trigger.children)
    if any(c.lemma_ == "être" and c.dep_.startswith(("cop", "aux")) for c in children) and not any(
            c.dep_.startswith("expl") or c.lower_ in ("se", "s'") for c in children):
        return True  # `est interdit` (the tagger may miss the participle)
    return _describing_participle(trigger)


def _let_oneself(trigger: Token) -> bool:
    """`se laisser entraîner`, `ne pas se laisser intimider`: an infinitive under a reflexive `laisser` (the subject
    of `laisser` lets the act be done to it: it takes part, it does not do it)."""
    head = trigger.head
    return "Inf" in trigger.morph.get("VerbForm") and trigger.dep_ == "xcomp" and head.i < trigger.i and (
        head.lemma_.lower() == "laisser") and any(
        c.i < head.i and c.lower_ in ("se", "s'", "s’", "nous", "vous", "me", "m'", "m’") and c.dep_ != "nsubj"
        for c in head.children)


def _joined_passive_participle(trigger: Token) -> bool:
    """`ont été détectées puis détruites`, `des drones interceptés et abattus`: a bare past participle joined by
    `et` or `puis` to a passive participle, or to one that describes a noun, shares its voice (and its subject)."""
    first = trigger.head
    if trigger.dep_ != "conj" or first.i >= trigger.i or not _bare_participle(trigger) or not _past_participle(
            first) or first.lemma_ in ETRE_VERBS or trigger.lemma_ in ETRE_VERBS:
        return False
    return has_passive_auxiliary(first) or "Pass" in first.morph.get("Voice") or _describes_noun(first)


def _bare_participle_clause(trigger: Token) -> bool:
    """`Accueilli à l'aéroport par X, Y doit ...`: a past participle with no auxiliary heading an adverbial clause
    is a passive whose subject is the main clause's (verbs of motion excepted: `Arrivé la veille, X a ...`)."""
    adverbial = trigger.dep_ in ("advcl", "obl:mod", "dep") and trigger.head.pos_ in ("VERB", "AUX")
    return (adverbial and trigger.i < trigger.head.i and _bare_participle(trigger)) or _opening_participle(trigger)


def _bare_participle(trigger: Token) -> bool:
    participle = trigger.pos_ == "VERB" and "Part" in trigger.morph.get("VerbForm") and (
        "Pres" not in trigger.morph.get("Tense"))
    own_helpers = any(c.dep_.startswith(("aux", "cop", "nsubj")) or c.dep_ == "mark" for c in trigger.children)
    return participle and not own_helpers


def _opening_participle(trigger: Token) -> bool:
    """`Reçue lundi par X, la ministre ...`: a bare past participle opening the sentence, whatever the parse makes
    of it (it may make it the root and the main clause its dependent)."""
    return _opening_bare_participle(trigger) and trigger.lemma_ not in ETRE_VERBS


def _opening_bare_participle(trigger: Token) -> bool:
    """`Reçue par X, Y ...`, `Rentré à Tokyo, Y ...`, `Arrivée dimanche à Hanoï, Y ...`: a bare past participle
    opening the sentence, of a passive or of a verb of motion with `être`; either way the main clause's subject is
    the one it tells of (who is received, who comes back)."""
    return trigger.i == sentence_of(trigger).start and _bare_participle(trigger)


def _describing_participle(trigger: Token) -> bool:
    """`des munitions fournies par`: a participle describing a noun, not a relative clause with a subject and
    its own auxiliary (`une invitation que X a acceptée`)."""
    return trigger.pos_ == "VERB" and _describes_noun(trigger)


def _describes_noun(trigger: Token) -> bool:
    """A participle hung on a noun (`le président Tô Lâm, élu le mois dernier`), with no clause of its own: a
    time noun the parse calls its subject (`le mois`) is no subject."""
    own_clause = any(c.dep_ in ("aux:tense", "mark") or (c.dep_ == "nsubj" and c.lemma_.lower() not in TIME_WORDS)
                     for c in trigger.children)
    hung = trigger.dep_ == "acl" or (trigger.dep_ == "appos" and trigger.head.pos_ in ("NOUN", "PROPN"))
    # (`l'annexe ..., tuant sept membres`: a present participle of killing set off by a comma tells what the clause
    # did, in the active voice; `le pétrolier, battant pavillon gabonais` describes its noun)
    told = "Pres" in trigger.morph.get("Tense") and trigger.i > 0 and trigger.doc[trigger.i - 1].text == "," and (
        trigger.lemma_.lower() in VICTIM_VERBS)
    return hung and "Part" in trigger.morph.get("VerbForm") and not own_clause and not told


def preposition(doc: Doc, mention: Mention) -> str | None:
    """The preposition a mention stands behind: in the words right before it, else in the noun phrase that
    holds it (`selon l'agence Yonhap`)."""
    match = PREPOSITION_BEFORE.search(doc_text(doc)[max(0, mention.start - 16):mention.start].replace("’", "'"))
    if match:
        p = match.group("p").lower()
        return PREPOSITION_FORMS.get(p, p)
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    for _ in range(2):
        if token is not None and name_on_title_complement(token) and mention.type == "person":
            token = token.head.head  # `le ministre de l'Intérieur Gérald Darmanin`: the name is the title's
        if token is None or token.dep_ not in ("appos", "nmod", "flat:name", "amod", "obl:mod", "obl:arg", "obl"):
            return None
        case = next((c for c in token.children if c.dep_ == "case"), None)
        if case is not None:
            fixed = next((c.lower_ for c in case.children if c.dep_ == "fixed"), None)
            word = fixed if fixed in ("après", "part") else case.lower_  # `d'après`, `de la part de`
            return PREPOSITION_FORMS.get(word, word)
        named = token.pos_ == "PROPN" or token.text[:1].isupper()  # `l'agence TASS`: the tagger may miss the name
        apposed_name = token.dep_ == "nmod" and named and token.head.i == token.i - 1 and any(
            c.dep_ == "det" for c in token.head.children)  # `l'agence KCNA`, not `avec courtoisie Poutine`
        if _another_name_before(token, mention):
            return None  # `a accueilli à Pyongyang Sergueï Choïgou`: the parse glues the guest to the place
        token = token.head if token.dep_ in ("appos", "flat:name", "amod") or apposed_name else None
    return None


def _another_name_before(token: Token, mention: Mention) -> bool:
    """Is the token a name hung, with no comma, on another name before the mention (a parse that glues two
    names: `à Pyongyang Sergueï Choïgou`)?"""
    head = token.head
    glued = token.dep_ in ("appos", "flat:name") and head.pos_ in ("PROPN", "X") and head.i == mention_start_token(
        token, mention) - 1
    return glued and head.idx < mention.start


def mention_start_token(token: Token, mention: Mention) -> int:
    """The index of the first token of the mention that holds this token."""
    first = token
    while first.i > 0 and token.doc[first.i - 1].idx >= mention.start:
        first = token.doc[first.i - 1]
    return first.i


TRANSFERS = {"Gift", "Delivery", "Proposal"}
TRANSFER_NOUNS = {"livraison", "fourniture", "transfert", "achat", "acquisition", "importation", "vente"}
RECIPROCITY = re.compile(r"\ben (?:retour|échange)\b", re.IGNORECASE)


def _sentence_opening_subject(verb: Token) -> Token | None:
    """`V. Poutine, ont fait savoir les médias russes, travaille ...`: the parser loses a subject cut off by
    an inserted clause; the name that opens the sentence is it."""
    first = sentence_of(verb)[0]
    while first.is_space or first.is_punct or first.pos_ == "DET":
        if first.i + 1 >= verb.i:
            return None
        first = verb.doc[first.i + 1]
    return first if first.pos_ in ("PROPN", "NOUN", "PRON") and first.i < verb.i else None


def _refers_to_a_pair(noun: Token, window: list[Token]) -> bool:
    """`ce rapprochement`, `la rencontre des deux dirigeants`, `coopération militaire`: a noun that names one
    known two-party event (not `toute forme de coopération`)."""
    # `aucun accord n'a été signé`: a denied two-party noun denies it between the parties the article is about;
    # `leur rencontre`: the plural owners of a two-party act are its two parties
    demonstrative = any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette", "aucun", "aucune", "leur", "leurs")
                        for c in noun.children)
    pair = any(t.lower_ in ("deux", "bilatéral", "bilatérale", "bilatéraux") for t in window)
    described = any(c.dep_ == "amod" and c.pos_ == "ADJ" and not _ranks_an_instance(c) for c in noun.children)
    return demonstrative or pair or described


# `la première violation`, `une nouvelle rencontre`, `sa dernière visite`: adjectives that pick one instance of a kind
# among others (its rank, its novelty), not the parties of a two-party act (`coopération militaire`)
INSTANCE_ADJECTIVES = {"premier", "première", "dernier", "dernière", "nouveau", "nouvel", "nouvelle", "prochain",
                       "prochaine", "précédent", "précédente", "récent", "récente", "énième", "ultime", "second",
                       "seconde", "autre"}


def _ranks_an_instance(adjective: Token) -> bool:
    return "Ord" in adjective.morph.get("NumType") or adjective.lower_ in INSTANCE_ADJECTIVES


PLACE_REACHED_CASES = {"à", "en", "au", "aux", "dans"}
ARRIVAL_CASES = PLACE_REACHED_CASES | {"sur", "chez"}  # `arrivé sur un aérodrome`, `chez son hôte`
LEG_TYPES = {"Meeting", "Visit", "Banquet"}  # acts told in legs: `avec X, puis avec Y`, `en Serbie, puis en Hongrie`
DURING = {"lors", "pendant", "durant", "cours", "issue", "marge"}
VISIT_DURING = {"lors", "pendant", "durant", "cours"}  # `lors d'une visite`: when the clause's act took place
# `lors d'une réunion`, `après des entretiens`, `à l'issue de`: an act the clause's own is dated by
DATING_MARKERS = VISIT_DURING | {"après", "avant", "issue"}


def _weapons_told(weapon: Token) -> bool:
    """One weapon told (`par un drone chargé d'explosifs`) or several counted (`par trois drones`, `par plusieurs
    drones`); not a kind (`par des missiles`)."""
    if "Plur" not in weapon.morph.get("Number"):
        return things_told(weapon)
    return any(c.dep_ == "nummod" or c.lower_ in COUNTING_DETERMINERS for c in weapon.children)


# Determiners that count without a figure (`par plusieurs drones`): several weapons told, as a count tells them.
COUNTING_DETERMINERS = {"plusieurs", "quelques"}
# Bodies one forms (`a formé son cabinet`, `former un gouvernement`): the one who forms it acts, the body is made.
FORMED_BODIES = {"gouvernement", "cabinet", "coalition", "équipe", "parti", "alliance", "comité", "commission"}
FORM_BODY = Frame("Event", {"subj": "agent", "obj": "theme", "par": "agent"}, frozenset(), None)


def _during(noun: Token) -> bool:
    """`lors des entretiens`, `au cours du sommet`, `en marge de la réunion`: a definite two-party noun that
    dates another act refers to the meeting the article reports, not to a new one."""
    definite = any(c.dep_ in ("det", "case") and "Def" in c.morph.get("Definite") for c in noun.children)
    marker = noun.head.lower_ in DURING or any(c.dep_ in ("case", "fixed") and c.lower_ in DURING
                                               for c in noun.children)
    measured = _measured_by(noun) is not noun  # `après trois heures d'entretiens`: the talks the article reports
    return (measured or (definite and marker)) and noun.lemma_.lower() != "sommet"


def _slots(frame: Frame, passive: bool) -> dict[str, str]:
    """The frame's slots; a passive swaps subject and object, and `par` takes the subject's role."""
    slots = dict(frame.slots)
    if passive:
        slots["subj"], slots["obj"] = frame.slots.get("obj", ""), frame.slots.get("subj", "")
        slots["par"] = frame.slots.get("subj", frame.slots.get("par", ""))
    return slots


# `est soumise à des sanctions`, `visé par des sanctions`: the subject of the passive undergoes the event noun.
UNDERGOING_VERBS = {"soumettre", "viser", "frapper", "cibler", "toucher", "exposer"}


def _patient_of_noun(trigger: Token) -> Token | None:
    """`La Corée du Nord fait l'objet de sanctions`: the subject of `faire l'objet de` undergoes the event."""
    head = trigger.head
    verb = head.head if head.lower_ == "objet" else head
    undergoes = verb.lemma_ in UNDERGOING_VERBS and trigger.dep_.startswith("obl") and _passive(verb)
    if not undergoes and (verb.lemma_ != "faire" or not any(c.lower_ == "objet" for c in [head, *verb.children])):
        return None
    if undergoes and verb.dep_ == "acl":  # `un site visé par des sanctions`: the noun the participle describes,
        return verb.head.head if verb.head.dep_ == "appos" else verb.head  # or the one it is set beside
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    return subject if subject is not None and subject.pos_ in SUBJECT_POS else _sentence_opening_subject(verb)


FIRST_GROUP_PARTICIPLE = re.compile(r"^(?P<stem>\w+)é(?:e|s|es)?$")
SECOND_GROUP_PARTICIPLE = re.compile(r"^(?P<stem>\w+)i(?:e|s|es)?$")


def _participle_infinitive(word: str) -> str | None:
    """The infinitive of a past participle the tagger may take for a noun: any of the first group (`supervisé`);
    of the second, only a verb the lexicon reads (`Investi mardi, X`: `investir`), since many nouns end in `-i`."""
    first = FIRST_GROUP_PARTICIPLE.match(word)
    if first:
        return first["stem"] + "er"
    second = SECOND_GROUP_PARTICIPLE.match(word)
    infinitive = second["stem"] + "ir" if second else None
    return infinitive if infinitive in SENSES or infinitive in VERB_FRAMES else None


# Endings of the future and the conditional (their stem is the infinitive, or it less its `e`) and the morphology
# they tell, longest first.
FINITE_ENDINGS = ("eraient", "iraient", "raient", "erait", "irait", "rait", "eront", "iront", "ront", "erons", "irons",
                  "rons")
FINITE_MORPHS = {e: "Mood=Cnd|Number=Plur|Person=3|VerbForm=Fin" if e.endswith("aient") else
                 "Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin" if e.endswith("ait") else
                 "Mood=Ind|Tense=Fut|VerbForm=Fin" for e in FINITE_ENDINGS}
SPEAKER_PRONOUNS = {"je", "j'", "j’", "nous", "tu", "vous", "on"}
SUBJECT_PRONOUNS = SPEAKER_PRONOUNS | {"il", "elle", "ils", "elles"}


def _finite_verb_tagged_other(token: Token) -> tuple[str, str] | None:
    """`qu'ils rétabliraient leurs relations`, `nous répondrons`: a word in the future or the conditional with a
    subject pronoun of its own and no copula is a verb, whatever the tagger calls it; its infinitive and its
    morphology, when the pipeline knows the infinitive (else None)."""
    if token.pos_ not in ("ADV", "NOUN", "ADJ", "X") or any(c.dep_ == "cop" for c in token.children) or not any(
            c.dep_ == "nsubj" and c.lower_ in SUBJECT_PRONOUNS for c in token.children):
        return None
    ending = next((e for e in FINITE_ENDINGS if token.lower_.endswith(e)), None)
    if ending is None:
        return None
    stem = token.lower_[:len(token.lower_) - len(ending)] + ending.split("r")[0] + "r"
    infinitive = next((w for w in (stem, stem + "e") if w in known_infinitives()), None)
    return (infinitive, FINITE_MORPHS[ending]) if infinitive is not None else None


def _one_thing_handed(noun: Token) -> bool:
    """`une carabine`, `un sabre ancien`: one thing, counted by its article, is handed over as a present; goods,
    money and help come in the plural or as a mass (`des générateurs`, `de l'argent`, `du gaz`)."""
    return "Sing" in noun.morph.get("Number") and any(
        c.dep_ == "det" and c.lower_ in ("un", "une") for c in noun.children)


def _marked_que(clause: Token) -> bool:
    """A clause opened by `que` (the parse may hang `que` on the clause's subject: `qu'une fondation verse`)."""
    words = [clause, *(g for g in clause.children if g.dep_.startswith("nsubj"))]
    return any(c.dep_ == "mark" and c.lower_ in COMPLETIVE_MARKS for w in words for c in w.children)


def _reflexive_sense_holds(verb: Token, lemma: str) -> bool:
    """`les deux hommes s'étaient vus`: seeing each other, not `s'est vu refuser l'entrée`, `se voit contraint`;
    ties that sour or warm, not `la situation s'est dégradée`."""
    if lemma == "voir":
        subject = subject_of(verb)
        return subject is not None and "Plur" in subject.morph.get("Number") and not any(
            c.dep_ in ("obj", "xcomp", "ccomp", "acl") or c.pos_ in ("ADJ", "VERB") for c in verb.children)
    if lemma in TIES_VERBS:
        return ties_subject(verb) is not None
    return True


def ties_subject(verb: Token) -> Token | None:
    """`les relations entre X et Y se sont tendues`, `n'ont cessé de se tendre`: the ties noun that is the subject of
    the verb (or of the verb whose infinitive it is), else None."""
    subject = subject_of(verb) or (subject_of(verb.head) if verb.dep_ == "xcomp" else None)
    return subject if subject is not None and subject.lemma_.lower() in TIES_NOUNS else None


def _verb_tagged_noun(token: Token) -> bool:
    """`qui a personnellement supervisé l'essai`: a participle with a tense auxiliary of its own is a verb,
    whatever the tagger calls it."""
    if token.pos_ not in ("NOUN", "ADJ", "PROPN", "ADV") or _participle_infinitive(token.lower_) is None:
        return False  # (`qui a aussitôt irrité ses partenaires`: the tagger may call it an adverb too)
    # `Arrivée la veille, Mme X effectue ...`: a participle opening the sentence heads an adverbial clause
    # (whatever the parse calls it, with no article and a day or a complement of its own: `Atterri dans la matinée
    # à Oulan-Bator, X ...`, `Arrivée dimanche à Hanoï, X ...`; the parse may call it the main verb's subject)
    hung = token.dep_ in ("advcl", "obl:mod", "dep") or (
        not any(c.dep_ in ("det", "case") for c in token.children) and _opening_with_complement(token))
    opening = hung and token.i == sentence_of(token).start and (
        token.head.pos_ == "VERB" and token.head.i > token.i and any(
            t.text == "," for t in token.doc[token.i + 1:token.head.i]))
    return opening or any(c.dep_ in ("aux:tense", "aux:pass") and c.lemma_ in ("avoir", "être") and c.i < token.i
                          and _only_adverbs_between(c, token) for c in token.children)


# Words that take an infinitive after `de` (`avant de dîner`, `afin de négocier`) or right after them (`pour
# déjeuner`, `sans visiter`): the word after them is a verb, though it may be spelt as a noun (`le dîner`).
INFINITIVE_AFTER_DE = {"avant", "afin", "près"}
INFINITIVE_AFTER = {"pour", "sans"}


def _infinitive_tagged_noun(token: Token) -> bool:
    """`avant de dîner avec X`, `pour déjeuner avec Y`: a word with no article after a word that takes an
    infinitive, spelt as an infinitive of the lexicon, is one (the tagger may take it for the noun it also is)."""
    if token.pos_ != "NOUN" or not token.lower_.endswith(("er", "ir", "re")) or token.i < 1 or any(
            c.dep_ == "det" and c.lower_ not in ("de", "d'", "d’") for c in token.children):
        return False
    if token.lower_ not in VERB_FRAMES and token.lower_ not in SENSES:
        return False
    before = token.nbor(-1).lower_
    if before in INFINITIVE_AFTER:
        return True
    return before in ("de", "d'", "d’") and token.i >= 2 and token.nbor(-2).lower_ in INFINITIVE_AFTER_DE


def _take_complements_after(verb: Token) -> None:
    """`avant de dîner avec le secrétaire général`: read as a noun, the infinitive may have been given no
    complements, the parse hanging the ones right after it on its own head; those set right after it (behind a
    preposition, before any comma) are its own."""
    head = verb.head
    if head.i == verb.i or verb in list(head.ancestors):
        return
    sentence_end = sentence_of(verb).end
    end = next((t.i for t in verb.doc[verb.i + 1:sentence_end] if t.is_punct), sentence_end)
    for sibling in [c for c in head.children if verb.i < c.i < end]:
        if sibling.dep_.startswith(("obl", "nmod")) and any(c.dep_ == "case" for c in sibling.children) and (
                verb not in list(sibling.subtree)):
            sibling.head = verb


def _words_after_then(then: Token, sentence_end: int) -> list[Token] | None:
    """The words after `puis` up to the next verb or relative word: the second leg of one verb's act; None when a
    verb right after them (no comma between: not an incise) makes them its subject (`puis il a dîné`, `puis Kim l'a
    reçu`), a clause of its own."""
    leg = []
    for token in then.doc[then.i + 1:sentence_end]:
        if token.pos_ in ("VERB", "AUX") or token.lower_ in RELATIVE_WORDS:
            if token.pos_ in ("VERB", "AUX") and token.lower_ not in RELATIVE_WORDS and (
                    token.i == then.i + 1 or token.nbor(-1).text != ","):
                return None
            break
        leg.append(token)
    return leg


def _only_adverbs_between(auxiliary: Token, participle: Token) -> bool:
    """`ont déjeuné`, `n'a pas encore testé`, `a personnellement supervisé`: the auxiliary and the participle
    are apart by adverbs at most."""
    return all(t.pos_ in ("ADV", "PART") or t.lower_ in ("pas", "plus", "jamais", "déjà", "aussi")
               for t in auxiliary.doc[auxiliary.i + 1:participle.i])


def retag_participles(doc: Doc) -> None:
    """Give the participles the tagger took for nouns their verb tag and infinitive (`supervisé` ->
    `superviser`), so that the verb's frame, subject and status are read as for any verb."""
    for token in doc:
        if _infinitive_tagged_noun(token):  # `avant de dîner avec X`: an infinitive, not `le dîner`
            token.pos_, token.lemma_ = "VERB", token.lower_
            token.set_morph("VerbForm=Inf")
            _take_complements_after(token)
        finite = _finite_verb_tagged_other(token)
        if finite is not None:  # `qu'ils rétabliraient leurs relations`, tagged an adverb
            token.pos_, token.lemma_ = "VERB", finite[0]
            token.set_morph(finite[1])
        if _verb_tagged_noun(token):
            token.pos_, token.lemma_ = "VERB", _participle_infinitive(token.lower_)
            if _opening_with_complement(token):  # `Arrêté lundi à Moscou, X ...`: a past participle in full
                token.set_morph({**token.morph.to_dict(), "Tense": "Past", "VerbForm": "Part"})
    for key in (SUBJECTS_KEY, NEGATED_KEY, CLAUSES_KEY):  # what was read under the old tags may read otherwise
        doc.user_data.pop(key, None)


PARTICIPLE_CASES = {"à", "au", "aux", "en", "par", "dans", "depuis", "pour", "chez", "sur"}


def _opening_with_complement(token: Token) -> bool:
    """A word opening the sentence with a day or a complement of place or agent of its own (`Arrêté lundi à
    Moscou,`, `Interpellé par la police,`) is a participle; `Côté russe,` (a noun and its adjective) is not."""
    return token.i == sentence_of(token).start and any(
        c.lemma_.lower() in TIME_WORDS or next((g.lower_ for g in c.children if g.dep_ == "case"), None)
        in PARTICIPLE_CASES for c in token.children if c.dep_ != "amod")


def _measured_by(noun: Token) -> Token:
    """`ont eu trois heures d'entretiens`, `après deux jours de discussions`: the duration that measures the event
    noun stands in its place in the clause."""
    head = noun.head
    if noun.dep_ == "nmod" and head.lemma_.lower() in DURATION_NOUNS and head.i < noun.i:
        return head
    return noun


def _carried(noun: Token) -> bool:
    """The noun is what its verb carries out: the object, or the `à` complement (`procéder à un essai`, however
    the parse labels it)."""
    to = any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in noun.children)
    # `a depuis multiplié les manœuvres`: the parse may leave the object unlabelled (`dep`) after an adverb
    bare_after = noun.dep_ == "dep" and noun.i > noun.head.i and not any(c.dep_ == "case" for c in noun.children)
    return noun.dep_ in ("obj", "obl:arg") or (noun.dep_ == "obl:mod" and to) or bare_after


def _reflexive(token: Token) -> bool:
    """`se sont entretenus`, `s'abstenant`, `nous nous rendrons`: a reflexive clitic on the verb."""
    return any(c.lower_ in REFLEXIVE_CLITICS and c.pos_ == "PRON" and not c.dep_.startswith("nsubj")
               for c in token.children)


GUEST_TYPES = {"person", "country", "organization"}
FROM_WORDS = {"de", "d'", "d’"}  # `a reçu de Pékin`: the origin of a thing received, not a guest
RECEIVING_VERBS = {"recevoir", "obtenir", "percevoir", "toucher", "accepter", "acheter", "importer"}
TREATY_NOUNS = {"traité", "pacte", "convention"}  # instruments that bind states, whoever signs them
COUNTERPART_NOUNS = {"hôte", "hôtesse", "homologue", "interlocuteur", "interlocutrice", "partenaire", "invité",
                     "invitée", "visiteur", "visiteuse"}
STATE_TYPES = {"country", "organization"}


def _states_as_parties(mentions: list[Mention], text: str) -> list[Mention]:
    """`le Niger a rompu ses relations avec la France`: a state the knowledge base does not hold is linked as an
    unlinked place; for the events it is a state, a party to what it does or undergoes (state_names.py). Every
    mention of its entity is read so (the entity itself keeps the linker's type)."""
    states = {m.entity for m in mentions if m.type == "place" and m.kind == "name" and m.entity.startswith("local:")
              and names_a_state(text[m.start:m.end])}
    for mention in (m for m in mentions if m.entity in states):
        mention.type = "country"
    return mentions


class EventExtractor:
    def __init__(self, doc: Doc, mentions: list[Mention], entities: Entities,
                 country_by_label: Mapping[str, str] | None = None, nationality: Mapping[str, str] | None = None
                 ) -> None:
        self.doc, self.entities = doc, entities
        self.country_by_label = country_by_label if country_by_label is not None else {}
        self.nationality = dict(nationality or {})  # person QID -> country QID (wdt:P27), for salience
        self.index = MentionIndex(mentions)
        self._mentions_seen: list[Mention] | None = None
        self._mention_by_token: dict[int, Mention | None] = {}
        self._lookup = self._names_lookup = self._nested_things = MentionLookup([])
        self._words_seen: list[Mention] | None = None
        self._words_by_sentence: dict[int, list[tuple[Token, Mention]]] = {}
        self.mentions = _states_as_parties(mentions, doc_text(doc))
        self.pairs: list[tuple[int, list[str]]] = []  # (sentence start, the two people) of two-person events so far
        self.state_pairs: list[tuple[int, list[str]]] = []  # the same of two-state events
        self.role_reader = Reader(self.mention_of, subject_of, self._demonym_state,
                                  self._pair_named_by, self.mention_words)

    def mention_of(self, token: Token) -> Mention | None:
        """``mention_of_token`` over the current mentions, remembered per token until the mentions change: the
        role rules ask it of every word of a sentence for every event in it."""
        if self._mentions_seen is not self.index.mentions:
            self._mentions_seen, self._mention_by_token = self.index.mentions, {}
            self._lookup = MentionLookup(self.index.mentions)
            self._names_lookup = MentionLookup([m for m in self.index.mentions if not _thing_described(m)])
            self._nested_things = MentionLookup(_inside_longer(
                [m for m in self.index.mentions if _thing_described(m)], self.index.mentions))
        if token.i not in self._mention_by_token:
            self._mention_by_token[token.i] = self._inner_mention(token, self._lookup.of(token))
        return self._mention_by_token[token.i]

    def _inner_mention(self, token: Token, found: Mention | None) -> Mention | None:
        """A thing's description may name other things and parties: `l'accord qui permettait à l'Ukraine de ...`
        (a name in a clause of the description is a party of its own), `un accord sur la construction de la
        première centrale` (a thing named inside is a thing of its own)."""
        if found is None or not _thing_described(found):
            return found
        end = token.idx + len(token.text)
        nested = self._nested_things.holding(token.idx, end)
        if nested is not None and nested.entity != found.entity and found.start <= nested.start:
            return nested
        if token.pos_ == "PROPN" and _in_clause_of(token, found):
            return self._names_lookup.holding(token.idx, end) or found
        return found

    def mention_words(self, token: Token) -> list[tuple[Token, Mention]]:
        """The words of the token's sentence inside a mention, with their mentions, remembered per sentence until
        the mentions change (the role rules ask for every event and role of a sentence)."""
        self.mention_of(token)  # forgets what it remembered when the mentions changed
        if self._words_seen is not self._mentions_seen:
            self._words_seen, self._words_by_sentence = self._mentions_seen, {}
        start = sentence_of(token).start
        if start not in self._words_by_sentence:
            self._words_by_sentence[start] = mention_words_of(sentence_tokens(token), self.mention_of)
        return self._words_by_sentence[start]

    def salient(self, kind: str, before: int, only_before: bool = False) -> list[str]:
        """The two most mentioned linked entities of a type so far (who `les deux dirigeants` are likely to
        be); the whole article when nothing came before (unless ``only_before``); ties go to the one named
        first."""
        # linked entities, and unlinked ones the article names (`Cho Tae-yul`), not a local thing or group
        mentions = [(m.start, m.entity) for m in self.mentions if m.type == kind and (
            m.entity.startswith("Q") or m.kind == "name")]
        if kind == "country":  # a country also counts through its people (`le président russe`)
            mentions += [(m.start, self.nationality[m.entity]) for m in self.mentions if m.entity in self.nationality]
        earlier = [m for m in mentions if m[0] < before] or ([] if only_before else mentions)
        counts = Counter(entity for _, entity in earlier)
        first = {entity: start for start, entity in sorted(earlier, reverse=True)}
        ranked = sorted(counts, key=lambda e: (-counts[e], first[e]))
        return ranked[:2] if len(ranked) >= 2 else []

    def frame_for(self, token: Token) -> Frame | None:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.dep_ == "acl"):
            if _quote_incise(token):
                return None  # `« ... », a lancé M. Xi`: the verb reports the quote (speech.py), whatever its sense
            frame = self._verb_frame(token, lemma)
            return _what_is_given(token, frame) if frame is not None and frame.type == "Gift" else frame
        if token.pos_ == "NOUN" and lemma == "veto":
            return VETO if token.head.lemma_.lower() in VETO_VERBS else None
        if token.pos_ == "NOUN" and (_classifier(token) or _press_briefing(token) or voiced_only(token)
                                     or _moment(token) or _top_of(token) or names_known_event(token, self.index.at)):
            return None
        if token.pos_ == "NOUN" and token.dep_.startswith("obl") and gives_up_a_practice(token.head):
            return None  # `renonce à ses programmes nucléaires`: the giving up is the event (open_verbs.py)
        if token.pos_ == "NOUN" and lemma in SENDING_NOUNS and _sends_people(token):
            return SEND_PEOPLE
        if token.pos_ == "NOUN":
            frame = named_frame(token)  # the lexicon's nouns and the acts of news on any topic (event_nouns.py)
            if frame is None or not (frame.slots or frame.requires or frame.pair):
                # the noun of any verb of action with a party among its complements (action_nouns.py); an offence
                # the lexicon knows with no slot takes its verb's where the one `de` it does it (`l'ingérence de la
                # Pologne`; `l'arrestation pour espionnage d'un diplomate`: the parse hangs the one arrested there)
                action = action_frame(token, self.mention_of)
                if frame is None:
                    frame = action
                elif action is not None and action.slots.get("de") == action.slots.get("par"):
                    frame = ActionFrame(frame.type, action.slots, verb=action.verb)
            undescribed = frame is not None and frame.requires and not any(
                c.dep_ == "amod" and c.lower_ in frame.requires for c in token.children)
            # `développer ses programmes`: the verb's event is the one; its object only says what it is about
            inside_verb_event = frame is not None and frame.requires and token.dep_ == "obj" and (
                token.head.lemma_.lower() in VERB_FRAMES)
            return None if undescribed or inside_verb_event else frame
        return None

    def _verb_frame(self, token: Token, lemma: str) -> Frame | None:
        moved_or_toll = _price_or_toll_frame(token, lemma)
        if moved_or_toll is not None:
            return moved_or_toll
        if _reflexive(token) and lemma in REFLEXIVE_FRAMES and _reflexive_sense_holds(token, lemma):
            return REFLEXIVE_FRAMES[lemma]
        special = SPECIAL_VERBS.get(lemma)
        if special is not None:
            return special(self, token)
        sense = SENSES.get(lemma)
        if sense is not None:  # (`a exhorté l'Inde à condamner l'invasion`: a stance urged, no sentence: open_verbs.py)
            return sense(token, self.index.at) or urged_stance_frame(token, self._clause(token))
        frame = VERB_FRAMES.get(lemma)
        if lemma not in VERB_FRAMES:  # a verb the lexicon does not know may still tell a deed (open_verbs.py)
            return open_frame(token, self._clause(token))
        if frame and frame.type in ("Gift", "Delivery") and gives_nothing(token):
            return None  # `n'a pas donné de détails`, `offre une occasion`: what is said or a figure, not given
        if frame and frame.type == "Meeting" and _meets_a_thing(token):  # `des débris ont été retrouvés`: a thing
            return unmet_sense_frame(token, self._clause(token))  # found
        if frame and frame.type in ("Meeting", "Sanction"):
            frame = self._party_sense(token, frame)  # (None, or an Event: no one met or punished)
        if frame and frame.requires:  # the required word may be an event noun of its own (`imposer des sanctions`)
            words = {fold(t.lower_) for t in [*clause_tokens(token), *token.children, *_described_thing(token)]}
            if not words & {fold(w) for w in frame.requires} and frame.type == "Acceptance":
                return None  # `a refusé les visas`: refusing what is no invitation tells no refusal to come
            if not words & {fold(w) for w in frame.requires}:  # another sense: maybe an act all the same
                return unmet_sense_frame(token, self._clause(token))
        return frame

    def _clause(self, verb: Token) -> Clause:
        return Clause(subject_of(verb), _passive(verb), self._party_of)

    def _party_of(self, token: Token) -> Mention | None:
        """The mention a word stands in; for `ils` taking up parties joined as a subject above (no one mention holds
        them: :meth:`_joint_speakers_taken_up`), the first of them, so that the act is read as theirs."""
        mention = self.mention_of(token)
        if mention is not None:
            return mention
        parties = self._joint_speakers_taken_up(token)
        first = next((m for m in self.mentions if parties and m.entity == parties[0]), None)
        return Mention(token.idx, token.idx + len(token.text), first.entity, "pronoun", first.type) if first else None

    def _party_sense(self, token: Token, frame: Frame) -> Frame | None:
        """A meeting needs someone met, a sanction a party punished by someone: `a rencontré des difficultés`, `a
        retrouvé son calme` meet no one; `le traité interdit de placer des armes` is a rule's content (a text does
        not act); `les électeurs ont sanctionné l'échec` is a verdict, no measure against a party."""
        if frame.type == "Meeting" and meets_no_one(token, self.index.at):
            return None
        if frame.type == "Sanction" and _text_subject(token):
            return None
        if frame.type == "Sanction" and sanctions_no_one(token, self.index.at):
            return Frame("Event", frame.slots)
        return frame

    def _rendre_frame(self, token: Token) -> Frame | None:
        if not _reflexive(token):
            return rendre_object_frame(token, self.index.at)  # `a rendu visite à X`, `hommage à X`, `X à Y`
        return _going_sense(token)  # `s'est rendu à Pékin`; not `s'est rendu compte`, `se rendre à l'évidence`

    def _envoyer_frame(self, token: Token) -> Frame | None:
        words = {fold(t.lower_) for t in clause_tokens(token)}
        if words & {fold(w) for w in SPACE_WORDS}:
            return SPACEFLIGHT_SEND
        if _reflexive(token):
            return None  # `se dépêcher`: to hurry
        if _rescuers_sent(token):
            return AID_SENT  # `a dépêché 82 secouristes`: help delivered (gold README), not troops deployed
        envoy = next((c for c in token.children if c.dep_ in ("obj", "nsubj:pass")), None)
        if envoy is not None and self._one_person(envoy):
            return SEND_ENVOY
        if _sent_people(token) is not None or token.lemma_.lower() in DISPATCHING:
            return SEND_TROOPS  # (`dépêcher des unités navales`: units sent, as troops)
        return None if gives_nothing(token) else VERB_FRAMES["envoyer"]  # `envoyer un signal`: a figure

    def _one_person(self, sent: Token) -> bool:
        """`son ministre des Affaires étrangères`, `le président béninois, X`: one person, not troops or a team."""
        mention = self.index.at(sent)
        return "Sing" in sent.morph.get("Number") and (
            (mention is not None and mention.type == "person") or sent.lemma_.lower() in GUEST_NOUNS)

    def _call_frame(self, token: Token) -> Frame | None:
        """`Xi Jinping a appelé mardi Vladimir Poutine`: calling someone, with nothing urged on them (`a appelé X à la
        retenue`: speech) nor a name given them (`a appelé X « un tueur »`), is talking with them by telephone."""
        callee = next((c for c in token.children if c.dep_ == "obj"), None)
        mention = self.mention_of(callee) if callee is not None else None
        if mention is None or mention.type not in ("person", "country") or _reflexive(token) or _passive(token) or (
                callee.i < token.i) or any(c.dep_ in ("xcomp", "ccomp", "acl") or preposition_of(c) in (
                "à", "au", "aux") or c.text == "«" for c in token.children):
            return None
        if any((w.pos_ in ("VERB", "AUX") and w.i > token.i) or w.text == "«" for w in token.subtree):
            return None  # `a appelé le numéro un chinois à peser sur Moscou`, however the parse hangs the infinitive
        named = [w for w in token.subtree if w.i > callee.right_edge.i and w.pos_ == "NOUN" and w.lower_ not in (
            TIME_WORDS) and not any(c.dep_ == "case" for c in w.children)]
        return None if named else MEETING  # (not `a appelé X un tueur`: a name given)

    def _recevoir_frame(self, token: Token) -> Frame | None:
        """`a reçu Kim`, `a reçu mercredi le président chinois`: receiving a person, a state or an
        organisation is hosting them; a call is talking with its caller; a thing received is delivered (`a reçu des
        générateurs de X`, a text too), one thing or an honour is a present, goods paid for a trade."""
        if self._person_before_comma(token):
            return RECEIVED_GUEST
        if self._guest_object(token):
            return RECEIVE_GUEST
        if any(c.dep_ == "obj" and c.lemma_.lower() in CALL_NOUNS for c in token.children):
            return None  # `a reçu un appel téléphonique de X`: the call is the meeting (its noun's frame)
        if gives_nothing(token) or protest_note_handed(token):
            return None  # `a reçu le soutien de X`, `une note de protestation`: no present
        if traded(token):
            return Frame("Event", RECEIVE_GOODS.slots)  # `a reçu des yens en échange de documents`: a trade
        if hands_over_text(token):
            return RECEIVE_TEXT  # `a reçu une lettre de X`: a text sent
        if any(c.dep_ == "obj" and (c.lemma_.lower() in PRESENTS or _one_thing_handed(c)) for c in token.children):
            return Frame("Gift", RECEIVE_GOODS.slots)  # `a reçu une médaille de X`, `une carabine`: a present
        return RECEIVE_GOODS

    def _person_before_comma(self, token: Token) -> bool:
        """`Lula, reçu mardi par X,`: a bare past participle set after a person and a comma tells that person was
        received (a passive with no auxiliary, whatever the parse hangs it on)."""
        bare = _past_participle(token) and not any(c.dep_.startswith("aux") for c in token.children)
        mention = self.index.at(token.nbor(-2)) if bare and token.i > 1 and token.nbor(-1).text == "," else None
        return mention is not None and mention.type == "person"

    def _guest_object(self, token: Token) -> bool:
        """Is the one received a guest? The object, or the subject of a passive (`X a été reçu par Y`)."""
        received = ("obj", "nsubj:pass", "nsubj") if _passive(token) else ("obj",)
        # `a reçu de Pékin des drones`: a name behind `de` is where the thing comes from, whatever the parse says
        obj = next((c for c in token.children if c.dep_ in received and c.lower_ not in TIME_WORDS
                    and not any(g.lower_ in FROM_WORDS and g.i < c.i for g in c.children)), None)
        if obj is None and _passive(token):  # `trois jours après avoir été reçue par X`: the shared subject
            obj = subject_of(token) or _sentence_opening_subject(token)
        if obj is None and _opening_participle(token):  # `Reçue par X, la ministre Y ...`
            obj = next(iter(self._after_opening_clause(token) or ()), None)
        if obj is None or obj.lower_ in OBJECT_RELATIVES:  # `son homologue, qu'il avait reçue`: whom `que` stands for
            obj = _object_relative_antecedent(token) or obj
        if obj is None:  # `a reçu lundi des représentants de X`: a partitive object the parse takes for a complement
            obj = next((c for c in token.children if c.dep_ in ("obl:arg", "obl:mod") and c.i > token.i and any(
                g.dep_ == "case" and g.lower_ == "des" for g in c.children)), None)
        if obj is not None and obj.lemma_.lower() in COUNT_NOUNS:  # `une quinzaine de dirigeants`: the ones counted
            obj = next((c for c in obj.children if c.dep_ == "nmod" and preposition_of(c) in OF), obj)
        if obj is not None and (obj.pos_ in ("PROPN", "X") or obj.lemma_.lower() in GUEST_NOUNS
                                or is_person_noun(obj.lower_) or obj.lower_ in HONORIFICS):
            return True  # (`M. Kellogg`: the honorific heads the name in the parse)
        mention = self.index.at(obj) if obj is not None else self._bare_mention_after(token)
        return mention is not None and mention.type in GUEST_TYPES

    def _bare_mention_after(self, token: Token) -> Mention | None:
        """The first mention after the verb in its clause with no preposition before it (its object, wherever
        the parse hangs it: `a reçu mercredi Kim Jong-un`)."""
        after = [t for t in clause_tokens(token) if t.i > token.i]
        # `a reçu à l'Élysée Olaf Scholz`: a place said first (behind its preposition) is where, not whom
        return next((m for m in sorted(self.index.starting_in(after), key=lambda m: m.start)
                     if preposition(self.doc, m) is None), None)

    def _arriver_frame(self, token: Token) -> Frame | None:
        """`est arrivé à Pékin` is a visit; `arriver à un accord`, `arriver à convaincre` are not."""
        words = {t.lemma_.lower() for t in clause_tokens(token)}
        # `arriver à convaincre`: a clause with no subject of its own says what one manages to do
        reached = [t for c in token.children if c.dep_.startswith("obl") and c.pos_ == "NOUN"
                   for t in (c, *(g for g in c.children if g.pos_ == "NOUN" and g.dep_ in ("nmod", "acl")))]
        if any(t.lemma_.lower() in RANKS_REACHED for t in reached):
            return ARRIVAL if any(t.lemma_.lower() == "pouvoir" for t in reached) else None  # `arrivé au pouvoir`:
            # taking power, no visit; `arrivé en tête`, `à échéance`: a rank or a term reached
        if words & {"accord", "compromis", "conclusion", "solution", "fin", "terme"} or any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and _nearest_subject(c) is None
                for c in token.children):  # (not `arrivé lundi`, a day the parse calls a clause)
            return None
        # (the parse may hang `pour une visite` on the place before it: `arrivé à Hanoï pour une visite`)
        if any(c.lemma_.lower() in VISIT_NOUNS for c in token.children if c.dep_.startswith("obl")) or any(
                t.lemma_.lower() in VISIT_NOUNS and any(g.lower_ == "pour" for g in t.children if g.dep_ == "case")
                for t in token.subtree):
            return ARRIVAL  # `arrivé pour sa première visite`: the noun names the visit, the verb the arrival
        if not self._arrival_place(token):
            return ARRIVAL  # `Arrivé lundi soir, X a ...`: an arrival with no place said is no visit to one
        return VERB_FRAMES["arriver"]

    def _arrival_place(self, verb: Token) -> bool:
        """Does the clause of a verb of arriving say where (`à Kiev`, `dans la capitale`, `sur un aérodrome`, `y`)?"""
        for token in clause_tokens(verb):
            if token.lower_ == "y" and token.pos_ == "PRON":
                return True
            mention = self.index.at(token) if token.i != verb.i else None
            if mention is not None and mention.type in ("place", "country") and (
                    preposition(self.doc, mention) in ARRIVAL_CASES):
                return True
        return False

    def _venir_frame(self, token: Token) -> Frame | None:
        """`qu'il est venu presser de débloquer une aide`: coming to do something is a journey (a visit by the
        subject); not `vient de signer` (a recent past), `en venir à`, nor `venir` alone (any other sense)."""
        if any(c.lower_ == "en" and c.pos_ == "PRON" for c in token.children) or _reflexive(token):
            return None
        if any(c.dep_.startswith("nsubj") and c.lower_ in SPEAKER_PRONOUNS for c in token.children):
            return None  # `« Je suis venu écouter »`: the visitor's own words about the visit the article tells
        purpose = next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i and (
            "Inf" in c.morph.get("VerbForm")) and not any(m.dep_ == "mark" for m in c.children)), None)
        return VISIT_GO if purpose is not None else None

    def _watch_frame(self, token: Token) -> Frame | None:
        """`Nous surveillons la situation`: a speaker telling of their own watchfulness states an attitude (the
        speech act carries it); `le Japon surveillera`, `chargé de contrôler` report an activity."""
        subject = subject_of(token)
        if subject is not None and subject.lower_ in FIRST_PERSON:
            return None
        return VERB_FRAMES[token.lemma_.lower()]

    def _train_frame(self, token: Token) -> Frame | None:
        """`former des pilotes`, `former un cosmonaute` trains people; `former un gouvernement` forms a body."""
        obj = next((c for c in token.children if c.dep_ in ("obj", "nsubj:pass")), None)
        mention = self.index.at(obj) if obj is not None else None
        person = obj is not None and (obj.lemma_.lower() in PERSON_NOUNS or (mention is not None
                                                                               and mention.type == "person"))
        if person:
            return TRAIN_PEOPLE
        formed = obj if obj is not None else token.head if token.dep_ == "acl" and _passive(token) else None
        body = formed is not None and formed.lemma_.lower() in FORMED_BODIES
        return FORM_BODY if body else None  # `a formé son cabinet`, `le gouvernement ..., formé par des opposants`

    def _support_frame(self, token: Token) -> Frame | None:
        """`soutenir le Kremlin` backs someone; `soutenir son offensive`, `soutenir que` back a cause or a claim,
        which the graph cannot tell as an act between parties."""
        obj = next((c for c in token.children if c.dep_ == "obj"), None)
        # `soutenir les décisions du Kremlin`, `la politique de X`: backing what a party does backs the party
        owners = [c for c in obj.children if c.dep_ == "nmod"] if obj is not None else []
        found = [self.index.at(t) for t in [obj, *owners]] if obj is not None else [self._bare_mention_after(token)]
        if obj is None and token.dep_ == "acl" and _passive(token):
            found.append(self.index.at(token.head))  # `les Houthis, soutenus par l'Iran`: the party described
        if obj is None and _passive(token):  # `le commando était soutenu par la Serbie`: its subject is backed
            found += [self.index.at(c) for c in token.children if c.dep_ == "nsubj:pass"]
        backed = any(m is not None and m.type in GUEST_TYPES | {"group"} for m in found)
        # `soutient les rebelles syriens`: people the object names, whom the events make a group of their own
        people = obj is not None and (obj.lower_ in GROUP_NOUNS or is_person_noun(obj.lower_)) and any(
            c.dep_ == "det" for c in obj.children)
        return VERB_FRAMES["soutenir"] if backed or people else None

    def _presenter_frame(self, token: Token) -> Frame | None:
        obj = next((c for c in token.children if c.dep_ in ("obj", "nsubj:pass")), None) or next((
            c for c in token.children if c.dep_ in ("obl:mod", "obl:arg") and c.i > token.i and c.pos_ == "NOUN"
            and not any(g.dep_ == "case" for g in c.children)), None)  # `présenter vendredi un plan`: misparsed
        thing = token.head if token.dep_ == "acl" else obj
        if thing is not None and thing.lemma_.lower() in DRAFT_NOUNS:
            return PRESENT_DRAFT
        if gives_nothing(token):
            return None  # `a présenté ses condoléances`, `ses excuses`: words of form (speech.py), nothing shown
        return None if _reflexive(token) or characterises(token) else PRESENT_THINGS  # `présenté comme`: said

    def extract(self) -> list[Event]:
        retag_participles(self.doc)
        events = []
        for token in self.doc:
            frame = self.frame_for(token)
            if frame is None:
                continue
            events.append(self._event(token, frame))
            self._remember_pair(events[-1])
        events = filtered(without_restatements(_without_anaphors(_without_regime_references(_fold_carried_nouns(
            phased_acts(ordered_acts(sent_goods(events))))))))  # habits, landmarks in time: no events (event_filters)
        for event in events:
            self._state_parties(event)
        _fill_breaches_from_acts(events)
        actors = {m.entity for m in self.mentions if m.type in GUEST_TYPES}  # not a war, an invasion, a thing
        _fill_from_restated_acts(events, lambda x: x not in actors)
        _fill_sanctioned_programmes(events)
        _fill_banned_goods(events)
        self._fill_bare_votes(events)
        self._fill_measured_goods(events)
        self._fill_acceptance_recipients(events)
        self._fill_reciprocal_givers(events)
        self._fill_from_governing(events)
        self._fill_proposed_partners(events)
        self._fill_meals(events)
        self._fill_retaliation_targets(events)
        self._fill_toll_parts(events)
        events = acts_between_sides(events, self._war_names(), self.country_by_label,
                                    self._side_state)  # truces, peace talks (event_nouns.py)
        guests_visits(events)
        signings_of_occasion(events, lambda x: x if self._of_type(x, "country") else self.nationality.get(x))
        scheduled_meetings(events, self._person)
        events = without_told_acts(events)  # an act's noun after its verb, told again (action_nouns.py)
        events += self._counter_deliveries(events)
        events += [leg for event in events for leg in self._second_leg(event)]
        for event in events:
            _drop_recipients_given(event)
            event.trigger = _attempt_of(event.trigger)
        return [e for e in events if e.roles]

    def _held_person_taken(self, event: Event, frame: Frame) -> bool:
        """`la libération de son ressortissant`, `l'expulsion des soldats capturés à Marioupol`: a noun of holding takes
        as recipient the ones held, unnamed but singled out by a possessive or a clause (the clause tells of another
        act: no part of who they are; `la première expulsion d'un diplomate depuis 2020` names a kind, and `du
        journaliste` one told before). True when it did."""
        trigger = event.trigger
        if trigger.pos_ != "NOUN" or frame.slots.get("de") != "recipient" or (
                trigger.lemma_.lower() not in HOLDING_NOUNS) or any(r == "recipient" for r, _ in event.roles):
            return False
        held = next((c for c in trigger.children if c.dep_ == "nmod" and c.i > trigger.i and (
            preposition_of(c) in OF) and is_person_noun(c.lemma_.lower()) and self.index.at(c) is None), None)
        if held is None:
            return False
        clause = next((c for c in held.children if c.dep_ in ("acl", "acl:relcl") and c.i > held.i), None)
        if clause is None and not any(c.dep_ == "det" and c.lower_ in OWNER_DETERMINERS for c in held.children):
            return False
        event.roles.append(("recipient", self._new_object(held, clause)))
        return True

    def _second_leg(self, event: Event) -> list[Event]:
        """`s'est entretenu avec X, puis avec Y`, `se rendra en Serbie, puis en Hongrie`, `a rencontré X lundi puis Y
        mardi`: one verb, two complements one after the other (`puis`), two meetings or two visits on one trigger;
        the first keeps its own partner or place, the second (returned) the one after `puis`. Not `avec X et Y`
        (one meeting), nor `a rencontré X puis s'est rendu à Y` (a second verb, its own event)."""
        trigger = event.trigger
        if trigger.pos_ != "VERB" or event.type not in LEG_TYPES:
            return []
        sentence = sentence_of(trigger)
        then = next((t for t in self.doc[trigger.i + 1:sentence.end] if t.lower_ == "puis"), None)
        if then is None:
            return []
        before = list(self.doc[trigger.i + 1:then.i])
        if any(t.pos_ in ("VERB", "AUX") or t.lower_ in RELATIVE_WORDS for t in before):
            return []
        leg = _words_after_then(then, sentence.end)
        words = [t for t in leg if t.pos_ != "ADV"] if leg is not None else []
        if leg is None or not words:
            return []
        case = words[0].lower_ if words[0].pos_ == "ADP" else None
        second = self._second_place(event, case, before, leg) if event.type == "Visit" else (
            self._second_partner(event, case, before, leg))
        if second:  # each leg is dated by its own words first (`lundi` ... `puis` ... `mardi`)
            event.own_words = range(trigger.i, then.i)
        for twin in second:
            twin.own_words = range(then.i, leg[-1].i + 1)
        return second

    def _second_partner(self, event: Event, case: str | None, before: list[Token], leg: list[Token]) -> list[Event]:
        """`s'est entretenu avec X, puis avec Y`: a second meeting, with the party after `puis` (the first keeps its
        own partner)."""
        if case not in (None, "avec"):
            return []
        first = {m.entity for m in self.index.starting_in(before) if m.type in GUEST_TYPES}
        second = {m.entity for m in self.index.starting_in(leg) if m.type in GUEST_TYPES} - first
        own = {e for _, e in event.roles} & first
        # (a first partner with no mention, `avec des sénateurs, puis avec X`: the second meeting is still X's)
        unnamed = not own and case == "avec" and any(t.lower_ == "avec" for t in before)
        if not second or not (own or unnamed):
            return []
        partner = next((r for r, e in event.roles if e in own), "participant")
        twin = Event(event.type, event.trigger, [r for r in event.roles if r[1] not in own], event.status,
                     event.place, event.time_token)
        twin_parties = {e for _, e in twin.roles}
        twin.roles += [(partner, e) for e in sorted(second) if e not in twin_parties]
        event.roles = [r for r in event.roles if r[1] not in second]
        return [twin]

    def _second_place(self, event: Event, case: str | None, before: list[Token], leg: list[Token]) -> list[Event]:
        """`se rendra en Serbie, puis en Hongrie`: a second visit, to the place after `puis`."""
        if case not in PLACE_REACHED_CASES:
            return []
        first, second = self._places_in(before), self._places_in(leg)
        if not first or not second or second[0] in first:
            return []
        event.place = event.place or first[0]
        return [Event(event.type, event.trigger, list(event.roles), event.status, second[0], event.time_token)]

    def _places_in(self, tokens: list[Token]) -> list[str]:
        """The places and countries named from these words on, in order."""
        return [m.entity for m in self.index.starting_in(tokens) if m.type in ("place", "country")]

    def _war_names(self) -> list[str]:
        """The names of the linked wars and acts of war the article mentions (`cette guerre`: the invasion)."""
        return list(dict.fromkeys(self.entities.by_id[m.entity].label for m in self.mentions if m.entity.startswith(
            "Q") and m.type not in GUEST_TYPES | {"place"} and m.entity in self.entities.by_id))

    def _side_state(self, entity: str) -> str | None:
        """The state a party stands for as a side of a war or of talks: a state, or its delegation (`la délégation
        russe`)."""
        if self._of_type(entity, "country"):
            return entity
        words = self.entities.by_id[entity].label.split() if entity in self.entities.by_id else []
        return self._demonym_state(words[1]) if len(words) == 2 and fold(words[0]) in DELEGATIONS else None

    def _counter_deliveries(self, events: list[Event]) -> list[Event]:
        """`en échange de pétrole`: what is given back for goods delivered is a delivery of its own (event_nouns.py)."""
        def goods_entity(noun: Token) -> str:
            mention = self.index.at(noun)
            return mention.entity if mention is not None else self._new_object(noun, None)

        # a thing mentioned is no party; a state named by a demonym (`du pétrole russe`) has no mention of its own
        things = {m.entity for m in self.mentions if m.type not in GUEST_TYPES | {"person"}}
        return [Event("Delivery", trigger, roles, status) for trigger, roles, status in counter_deliveries(
            events, goods_entity, _event_noun, lambda x: x not in things)]

    def _fill_retaliation_targets(self, events: list[Event]) -> None:
        """`Moscou a suspendu les négociations en représailles aux sanctions de Tokyo`, `en riposte aux frappes
        ukrainiennes, la Russie a ...`: who strikes back was the target of the act it answers."""
        for event in (e for e in events if e.trigger.pos_ == "NOUN" and not any(r == "recipient" for r, _ in e.roles)):
            answer = event.trigger.head
            if answer.lemma_.lower() not in ANSWER_NOUNS or not event.trigger.dep_.startswith(("nmod", "obl")) or (
                    not any(c.dep_ == "case" and c.lower_ == "en" for c in answer.children)):
                continue
            verb = _governing_verb(answer)  # `a annulé la visite en représailles`: the parse may hang it on the object
            subject = subject_of(verb) if verb is not None else None
            mention = self.mention_of(subject) if subject is not None else None
            if mention is not None and mention.type in STATE_TYPES | {"person"} and mention.entity not in (
                    event.participants()):
                event.roles.append(("recipient", mention.entity))

    def _fill_toll_parts(self, events: list[Event]) -> None:
        """`a fait au moins 32 morts, dont sept civils`: the part of the dead a `dont` clause counts are victims too."""
        for event in (e for e in events if e.trigger.pos_ == "VERB" and makes_a_toll(e.trigger)):
            tolls = [c for c in event.trigger.children if c.dep_ in ("obj", "obl:arg")]
            for part in (p for t in tolls for p in t.children if p.dep_ == "acl:relcl" and any(
                    c.lower_ == "dont" for c in p.children)):
                mention = self.index.at(part)
                if mention is not None and mention.type == "group" and mention.entity not in event.participants():
                    event.roles.append(("recipient", mention.entity))

    @staticmethod
    def _fill_meals(events: list[Event]) -> None:
        """A banquet named with no guests is the one of the meeting the article reports: its participants."""
        meetings = [e for e in events if e.type == "Meeting" and e.roles and e.status == "occurred"]
        for meal in (e for e in events if e.type == "Banquet" and not e.roles):
            before = [m for m in meetings if m.trigger.i < meal.trigger.i] or meetings
            if before:
                meal.roles = [("participant", x) for x in sorted(before[-1].participants())]
        _fill_ceremonies(events, meetings)

    def _fill_reciprocal_givers(self, events: list[Event]) -> None:
        """`En retour, il a reçu une carabine`: the giver is the one he gave to just before."""
        gifts = [e for e in events if e.type == "Gift"]
        for n, gift in enumerate(gifts):
            recipients = [x for r, x in gift.roles if r == "recipient"]
            clause = doc_text(self.doc)[sentence_of(gift.trigger).start_char:gift.trigger.idx]
            if any(r == "agent" for r, _ in gift.roles) or not recipients or not RECIPROCITY.search(clause):
                continue
            earlier = [x for g in gifts[:n] if (("agent", recipients[0]) in g.roles)
                       for r, x in g.roles if r == "recipient"]
            if earlier:
                gift.roles.insert(0, ("agent", earlier[-1]))

    def _fill_measured_goods(self, events: list[Event]) -> None:
        """`un embargo sur le pétrole russe`, `l'embargo décrété par X sur les produits de la mer`: what a measure
        bears on (`sur` a thing, on the noun or on the participle that tells it) is the sanction's theme; `sur` a
        party is whom it is aimed at (the frames' recipient)."""
        for sanction in (e for e in events if e.type == "Sanction" and not _themes(e)):
            trigger = sanction.trigger
            measure = trigger if trigger.pos_ == "NOUN" else next((
                c for c in trigger.children if c.dep_ == "obj" and c.lower_ in SANCTION_WORDS), None)
            telling = [measure, *(c for c in measure.children if c.dep_ == "acl")] if measure is not None else []
            goods = next((c for t in telling for c in t.children if c.dep_.startswith(("nmod", "obl")) and (
                c.pos_ == "NOUN" and preposition_of(c) == "sur")), None)
            if goods is None or self.index.at(goods) is not None or _generic_plural(goods) or _event_noun(goods) or (
                    goods.lemma_.lower() in AGENT_NOUNS | GUEST_NOUNS | PERSON_NOUNS) or not _described_goods(goods):
                continue  # (`sanctions sur les dirigeants du régime`: people, whom the frames read as recipients;
                # `sur les armes`, `sur le charbon nord-coréen`: a kind of goods, or goods of a state, its recipient)
            sanction.roles.append(("theme", self._new_object(goods, None)))

    def _fill_bare_votes(self, events: list[Event]) -> None:
        """`ont voté contre`, `a voté pour`: a side taken with nothing after it is taken on the text put to the vote,
        the last draft the article told before (`une résolution ... Le texte ... ont voté contre`)."""
        for vote in (e for e in events if e.trigger.lemma_.lower() == "voter" and not _themes(e)):
            if not any(c.dep_ == "advmod" and c.lower_ in VOTING_SIDES and not any(c.children)
                       for c in vote.trigger.children):
                continue
            drafts = [m for m in self.index.mentions if m.end <= vote.trigger.idx and m.kind == "nominal" and (
                span_root(self.doc, m.start, m.end).lemma_.lower() in DRAFT_NOUNS)]
            if drafts:
                vote.roles.append(("theme", max(drafts, key=lambda m: m.start).entity))

    def _fill_from_governing(self, events: list[Event]) -> None:
        """A transfer named inside another event (`un accord avec Pyongyang pour des livraisons`): the other
        party of that event is the recipient."""
        by_token = {e.trigger.i: e for e in events}
        for event in (e for e in events if e.type == "Delivery"):
            head = event.trigger.head
            near = [head, head.head, *(c for c in head.children if c.i != event.trigger.i)]
            outer = next((by_token[t.i] for t in near if t.i in by_token), None)
            agents = {x for r, x in event.roles if r == "agent"}
            if outer is None or any(r == "recipient" for r, _ in event.roles) or not agents:
                continue
            others = sorted(outer.participants() - agents)
            if len(others) == 1:
                event.roles.append(("recipient", others[0]))

    def _fill_proposed_partners(self, events: list[Event]) -> None:
        """`a proposé de rencontrer X`, `proposant de livrer au Viêt Nam des centrales`: the one the proposed
        meeting would be with, or the proposed delivery to, is whom the offer is made to (its recipient)."""
        by_token = {e.trigger.i: e for e in events}
        for proposal in (e for e in events if e.type == "Proposal" and e.trigger.pos_ == "VERB"):
            agents = {x for r, x in proposal.roles if r == "agent"}
            if not agents or any(r == "recipient" for r, _ in proposal.roles):
                continue  # (with no maker known, the act's parties cannot be told from the one who offers)
            for act in (by_token.get(c.i) for c in proposal.trigger.children if c.dep_ == "xcomp"):
                if act is None:
                    continue
                if act.type == "Meeting":
                    partners = [x for r, x in act.roles if r == "participant" and x not in agents]
                elif act.type in ("Delivery", "Gift"):
                    partners = [x for r, x in act.roles if r == "recipient" and x not in agents]
                else:
                    continue
                partners = [x for x in partners if any(m.entity == x and m.type in GUEST_TYPES for m in self.mentions)]
                proposal.roles.extend(("recipient", x) for x in dict.fromkeys(partners))

    def _event(self, trigger: Token, frame: Frame) -> Event:
        refused = trigger.lemma_.lower() in REFUSING and frame.type == "Acceptance"  # (not `refuser des visas à X`)
        status = "negated" if refused else noun_status(trigger, status_of(trigger))
        event = Event(frame.type, trigger, status=status)
        passive = _passive(trigger)
        slots = _slots(frame, passive)
        if slots.get("subj") == "agent" and _let_oneself(trigger):
            slots = {**slots, "subj": "participant"}  # `ne pas se laisser entraîner dans une guerre`: no doer
        window = clause_tokens(trigger)
        subject_token, subject_mention = self._subject(trigger, slots)
        shared_parts = self._shared_out_parts(subject_token, subject_mention)
        if subject_mention is not None and subject_mention.entity.startswith("local:") and (
                shared_parts or self._pair_named_by(subject_token)):
            subject_mention = None  # `Les deux dirigeants`: the two told before, not a group of their own
        if subject_mention is not None and subject_mention.type == "object" and slots.get("subj") == "recipient" and (
                frame.type in ("Delivery", "Gift")):
            subject_mention = None  # `Cette somme servira à acheter des munitions`: a thing buys or receives nothing
        if subject_mention is not None and slots.get("subj") == "place":
            # `la capitale a été quittée par X`: the subject of a passive that leaves or reaches a place is where
            if subject_mention.type in ("place", "country") and event.place is None:
                event.place = subject_mention.entity
        elif subject_mention is not None and slots.get("subj"):
            event.roles.append((slots["subj"], subject_mention.entity))
            event.roles.extend((slots["subj"], e) for e in self._coordinated(subject_token, subject_mention))
        elif subject_token is not None and slots.get("subj") in ("participant", "agent"):
            event.roles.extend((slots["subj"], e) for e in shared_parts)
            event.roles.extend(("participant", e) for e in self._pair_named_by(subject_token))
            event.roles.extend((slots["subj"], e) for e in self._national_body(subject_token))
            event.roles.extend((slots["subj"], e) for e in self._joint_speakers_taken_up(subject_token))
        unknown_subject = subject_token is not None and subject_mention is None and trigger.pos_ != "NOUN"
        # a subject the linker could not resolve (`ce dernier`) is still the subject: no other name takes its place
        self._complements(event, trigger, window, {**slots, "subj": ""} if unknown_subject else slots,
                          subject_mention)
        self._listed_agents(event, trigger, window, slots)
        self._sides_of_ties(event, trigger, slots)
        self._relative_complements(event, window, slots)
        self._relative_object(event, slots)
        self._joined_agent(event, trigger, slots)
        if trigger.pos_ == "NOUN":  # `par X`, `contre X` the parse hangs past the noun; one's own act (action_nouns.py)
            event.roles.extend([*misplaced_doer(event, frame, self.role_reader),
                                *misplaced_target(event, frame, self.role_reader),
                                *owner_doer(event, frame, self.role_reader)])
        self._objects(event, frame, passive)
        self._shared_object(event, frame, passive)
        if subject_mention is None and subject_token is not None:
            self._thing_subject(event, subject_token)
        if passive and trigger.pos_ == "VERB":
            self._weapon_after_par(event)
        complete_roles(event, frame, passive, self.role_reader)  # constructions no slot reads (event_roles.py)
        complete_joint_roles(event, frame, self.role_reader)  # the other party of a joint act (joint_parties.py)
        self._completions(event, frame, window, slots, subject_mention)
        self._counterpart(event, window, subject_token if subject_mention is None else None)
        complete_noun_roles(event, frame, self.role_reader)  # the clause around an event noun (event_nouns.py)
        self._crew_of_armed_body(event, subject_token, subject_mention)
        self._subject_list_parties(event)
        made_to_act(event, frame, self.role_reader)  # `lui a fait visiter`: the one made to act (event_roles.py)
        themes = _themes(event)  # a thing signed or acted on is not also a party to it (`un traité qui prévoit ...`)
        event.roles = [(r, e) for r, e in event.roles if not (r == "participant" and e in themes)]
        return event

    def _crew_of_armed_body(self, event: Event, subject: Token | None, craft: Mention | None) -> None:
        """`Un navire des garde-côtes chinois a percuté X`, `des hélicoptères de l'armée ont ouvert le feu`: craft of
        an armed body named behind `de` take part in the act, the body (a mention of its own inside the craft's
        phrase) does it, as the gold reads them."""
        craft = craft or (self.index.at(subject) if subject is not None else None)  # (one the steps just made)
        if subject is None or craft is None or craft.type != "object" or ("agent", craft.entity) not in event.roles or (
                subject.lemma_.lower() not in CRAFT_NOUNS) or not _force_on_others(event.trigger):
            return  # (`trois frégates de la marine russe ont quitté le port`: a craft's movement stays its own)
        body = next((c for c in subject.children if c.dep_ == "nmod" and c.i > subject.i and preposition_of(c) in OF
                     and c.lemma_.lower() in ARMED_BODIES), None)
        if body is None:
            return
        start, end = noun_phrase(body)
        after = self.doc[body.i + 1] if body.i + 1 < len(self.doc) else None
        if after is not None and after.idx >= end and demonym_country(after.lower_) is not None:
            end = after.idx + len(after.text)  # `des navires des garde-côtes chinois`: the parse hangs it on the craft
        owner = next((m for m in self.mentions if m.start == start and m.end == end), None) or self._new_local(
            start, end, ARTICLE_PREFIX.sub("", doc_text(self.doc)[start:end]), "organization")
        event.roles = [("participant" if (r, e) == ("agent", craft.entity) else r, e) for r, e in event.roles]
        event.roles.insert(0, ("agent", owner.entity))

    def _subject_list_parties(self, event: Event) -> None:
        """`La Chine et la Russie préparent une attaque`, `X et le numéro un chinois Y ont décidé de ...`: a doer some
        rule found as the subject of the verb above the trigger (or of the trigger) shares the role with the names
        joined to it in that subject, whatever rule gave it (each conjunct is a party of the act)."""
        if any(c.dep_ == "det" and c.lower_ in ("son", "sa", "ses") for c in event.trigger.children):
            return  # `X et Y ont annoncé son retrait`: one owner, a third party's act
        above = {event.trigger.i, *(t.i for t in event.trigger.ancestors)}
        own = {t.i for t in clause_tokens(event.trigger) if not t.dep_.startswith("nsubj")} - {event.trigger.i}
        words = self.mention_words(event.trigger)
        for role, entity in [(r, e) for r, e in event.roles if r in ("agent", "participant")]:
            if any(m.entity == entity and t.i in own and t.head.i in own | {event.trigger.i} for t, m in words):
                continue  # `au terme d'une visite du président russe`: the noun's own complement names the doer
            for token, mention in words:
                if mention.entity != entity or not token.dep_.startswith("nsubj") or token.head.i not in above:
                    continue
                held = {x for _, x in event.roles}  # (a conjunct the event holds in any role keeps that role)
                event.roles.extend((role, e) for e in self._coordinated(token, mention) if e not in held)
                break

    def _counterpart(self, event: Event, window: list[Token], unresolved: Token | None) -> None:
        """`X doit signer avec son hôte`, `le ministre s'est entretenu avec son homologue`: the other party of a
        two-party act named by a relational noun is the one its subject was paired with just before (this
        sentence or the last); a subject described by a title the linker could not resolve is one of that pair."""
        people = [e for r, e in event.roles if r != "theme" and self._person(e)]
        relational = any(t.lemma_.lower() in COUNTERPART_NOUNS and any(  # `avec son hôte`, not `reçu par son hôte`
            c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.children) and any(
            c.dep_ == "case" and c.lower_ == "avec" for c in t.children) for t in window)
        if event.type not in ("Meeting", "Agreement") or len(set(people)) > 1 or not relational:
            return
        sentence = sentence_of(event.trigger).start
        previous = [s.start for s in self.doc.sents if s.start < sentence][-1:]
        recent = [pair for start, pair in self.pairs if start >= (previous[0] if previous else sentence)]
        if not people and recent and unresolved is not None and unresolved.lemma_.lower() in GUEST_NOUNS:
            event.roles.extend(("participant", x) for x in recent[-1])  # `le ministre russe ... avec son hôte`
            return
        other = next((x for pair in reversed(recent) if people and people[0] in pair for x in pair
                      if x != people[0]), None)
        if other is not None:
            event.roles.append(("participant", other))

    def _state_parties(self, event: Event) -> None:
        """`Kishida a promis de conclure un traité avec la Russie`: a treaty with a state binds states; the leader
        who concludes it stands for their own state (wdt:P27), when the knowledge base gives one (an `accord` may
        be a leader's own: `le président russe a signé un accord avec Minsk` keeps the president)."""
        parties = [e for r, e in event.roles if r == "participant"]
        states = {e for e in parties if self._of_type(e, "country")}
        people = {e: self.nationality.get(e) for e in parties if self._person(e)}
        nouns = {t.lemma_.lower() for t in [event.trigger, *event.trigger.children] if t.pos_ == "NOUN"}
        treaty = event.type == "Agreement" and bool(nouns & TREATY_NOUNS)
        if _settles_states_ties(event) and len(people) >= 2 and all(people.values()) and (
                len(set(people.values())) == len(people)):
            treaty, states = True, states | {""}  # `les deux dirigeants vont gérer leurs différends`: their states'
        if not treaty or not states or not people or not all(people.values()):
            return
        if any(country in states for country in people.values()):
            return  # `X a signé avec la Russie` where X is Russian: a misread party, left as it is
        event.roles = list(dict.fromkeys((r, people.get(e) or e) for r, e in event.roles))

    def _craft_parties(self, event: Event) -> None:
        """`l'arraisonnement par la Finlande d'un pétrolier`: the craft boarded undergoes the act; `la violation de
        l'espace aérien japonais par un avion militaire`: the craft commits it (a thing of its own when the article
        does not name it)."""
        for role, craft in craft_parties(event.trigger) if event.trigger.pos_ == "NOUN" else []:
            if any(r == role for r, _ in event.roles):
                continue
            mention = self.index.at(craft) or self._thing_mention(craft)  # (not `mention_of`: `d'un cargo par X`)
            if mention is not None:
                event.roles.append((role, mention.entity))

    def _weapon_after_par(self, event: Event) -> None:
        """`le navire avait été touché par un drone chargé d'explosifs`, `frappé par un missile russe`: the weapon after
        `par` in a passive takes part in the blow (the state that fired it, when an adjective or the text says,
        is the agent), as the weapon that is the subject of the active (:meth:`_thing_subject`)."""
        weapon = weapon_after_par(event.trigger)
        # (`par des missiles russes`: the state's act, as the tests of earlier rounds give it; one weapon or a count)
        if weapon is None or not _weapons_told(weapon) or not any(c.dep_ in ("det", "nummod") for c in weapon.children):
            return
        mention = self.index.at(weapon)
        if mention is not None and mention.type not in ("object", "other"):
            return
        entity = mention.entity if mention is not None else self._new_object(weapon, None)
        if not any(e == entity for _, e in event.roles):
            event.roles.append(("participant", entity))

    def _struck_place(self, event: Event) -> None:
        """`un incendie a détruit 200 bâtiments à Wajima`, `un séisme a fait 60 morts dans la province de X`: a force
        of nature has no doer; the place it strikes, where the clause says it acted, is the recipient (as the place
        named as the object, `a frappé la péninsule de Noto`)."""
        trigger = event.trigger
        subject = subject_of(trigger) if trigger.pos_ == "VERB" else None
        if subject is None or not natural_force(subject) or any(r in ("agent", "recipient") for r, _ in event.roles):
            return
        objects = [c for c in trigger.children if c.dep_ == "obj"]
        # (`a frappé la péninsule de Noto, dans le centre du Japon`: the place struck before where it lies)
        for complement in [*objects, *(g for o in objects for g in o.children if g.dep_ == "nmod"), *(
                c for c in trigger.children if c.dep_.startswith("obl") and preposition_of(c) in (
                "à", "dans", "en", "sur", "au", "aux"))]:
            mention = self.mention_of(complement)
            if mention is not None and mention.type in ("place", "country"):
                event.roles.append(("recipient", mention.entity))
                return

    def _thing_mention(self, noun: Token) -> Mention | None:
        """A new local entity for one thing a common noun names (`un site`), if it names one thing."""
        if not _one_thing(noun) or not any(c.dep_ == "det" for c in noun.children):
            return None  # `des avions de combat visés par`: a bare noun classifies, it names no thing
        start, end = noun_phrase(noun)
        # `une usine de chars, un site visé par des sanctions`: an apposition names the thing before it again
        beside = next((m for m in self.index.mentions if m.end < start and doc_text(self.doc)[m.end:start].strip()
                       == ","), None)
        if beside is not None and beside.entity.startswith("local:") and beside.kind == "nominal":
            self.mentions.append(Mention(start, end, beside.entity, "nominal", beside.type))
            self.index = MentionIndex(self.mentions)
        else:
            self._new_object(noun, None)
        return self.mentions[-1]

    def _thing_subject(self, event: Event, subject: Token) -> None:
        """`Le mandat expirera`, `son train blindé regagnera Pyongyang`: a thing that is the subject of a verb of
        ending or moving takes part in the event (it does not act: a participant, never an agent)."""
        lemma = event.trigger.lemma_.lower()
        if lone_craft(event.trigger, subject):  # `un bombardier a survolé X`: the craft (its crew) acts
            event.roles.append(("agent", self._new_object(subject, None)))
        elif lemma in THING_SUBJECT_VERBS and (_one_thing(subject) or (
                lemma in FALLING_VERBS and subject.lower_ in WEAPON_WORDS)):  # `les sept projectiles sont tombés`
            event.roles.append(("participant", self._new_object(subject, None)))
        elif subject.lower_ in FIRED_WORDS and (things_told(subject) or _state_weapons(subject)) and not _passive(
                event.trigger) and (event.trigger.pos_ == "VERB" and subject.dep_ == "nsubj" and (
                subject.head.i == event.trigger.i)):
            # `un drone russe a frappé un cargo`: the weapon that hits takes part beside the state that fired it (not
            # in the participle after it, `tuant deux marins`, which tells what the strike did); `des drones et des
            # missiles russes ont visé X`: each weapon joined to it takes part too, the state of the last one acts
            for weapon in [subject, *(c for c in subject.children if c.dep_ == "conj" and c.lower_ in FIRED_WORDS)]:
                mention = self.index.at(weapon)
                # (`et des missiles`: the parse may take the article for a preposition; the phrase opens with it)
                article = next((c for c in weapon.children if c.dep_ == "case" and c.lower_ == "des" and (
                    c.i == weapon.i - 1)), None)
                event.roles.append(("participant", mention.entity if mention is not None else self._new_object(
                    weapon, None, article)))
            state = next((q for w in [subject, *subject.children] if w.dep_ in ("nsubj", "conj")
                          for q in self._national_body(w)), None)
            if state is not None and not any(e == state for _, e in event.roles):
                event.roles.append(("agent", state))
        elif event.type == "Event" and event.trigger.pos_ == "VERB":
            # `le drone s'est écrasé`, `le blé a pris 3 %`: the one thing in the event takes part in it
            priced = price_moves(event.trigger, subject)
            clause = Clause(subject, _passive(event.trigger), self.mention_of)
            if priced or thing_acts(event.trigger, clause, subject):
                goods = priced_goods(subject) if priced else subject
                mention = self.index.at(goods)
                event.roles.append(("participant", mention.entity if mention is not None else self._new_object(
                    goods, None)))

    def _coordinated(self, token: Token, subject: Mention) -> list[str]:
        """`Xi Jinping et Vladimir Poutine doivent se retrouver`: the other subjects joined to the first, by
        the parse or, where the parse breaks the pair, by the words (`X et Y`, `X, Y et Z` right before)."""
        found = []
        for conj in (c for c in token.children if c.dep_ == "conj" and c.pos_ in SUBJECT_POS):
            mention = self.mention_of(conj)
            if mention is not None and self._joined_to_complement(mention, subject.end):
                continue  # `Le texte, présenté par X et Y, demandait`: Y is X's conjunct, behind X's `par`
            # `la Chine et l'Inde se sont abstenues`: a name the linker only knows as a place, joined to a
            # state as the subject of an act, is a state too
            joined_state = mention is not None and mention.type == "place" and subject.type == "country" and (
                mention.kind == "name")
            # (`Ankara, Bakou et Tbilissi ont signé`: names of one kind as the subject, whatever kind the linker gave)
            if mention is not None and (mention.type in GUEST_TYPES | {subject.type} or joined_state):
                found.append(mention.entity)
        # `X, Y et Z`: before a subject with its `et Z` the gap may be a comma; otherwise it needs `et`
        # (`X et le numéro un chinois Y`: a title may stand before the second name)
        start, comma, kind = subject.start, bool(found), subject.type
        for mention in sorted((m for m in self.index.mentions if m.end <= subject.start), key=lambda m: -m.end):
            how = joined_by_words(self.doc, mention.end, start, comma=comma)
            if how is None or (how == "titled" and not may_take_title(mention.type, kind)) or (
                    mention.type not in GUEST_TYPES | {kind}) or preposition(self.doc, mention) is not None or (
                    token.dep_ == "nsubj" and self._object_of_a_verb(mention)):
                break  # `présenté par les États-Unis, la Chine s'abstenant`: no `et`, no pair
            found.append(mention.entity)
            start, comma, kind = mention.start, True, mention.type
        found += self._listed_after(subject, token)
        found += self._named_second_subject(token)
        return [e for e in dict.fromkeys(found) if e != subject.entity]

    def _joint_speakers_taken_up(self, pronoun: Token) -> list[str]:
        """`La Chine et le Japon ont annoncé qu'ils rétabliraient leurs relations`: `ils` or `elles` in a clause under
        a verb whose subject is several parties joined (`X et Y`) stands for all of them, whom no one mention holds."""
        if pronoun.lower_ not in ("ils", "elles") or pronoun.dep_ not in ("nsubj", "nsubj:pass"):
            return []
        verb = pronoun.head
        for _ in range(3):
            if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head.i == verb.i:
                return []
            verb = verb.head
            # (`Pékin et Tokyo ont annoncé`: the parse may hang the subject on the verb as a complement)
            subject = subject_of(verb) or _sentence_opening_subject(verb)
            mention = self.mention_of(subject) if subject is not None else None
            if mention is not None and mention.type in GUEST_TYPES:
                joined = self._coordinated(subject, mention)
                return [mention.entity, *joined] if joined else []
        return []

    def _joined_to_complement(self, mention: Mention, after: int) -> bool:
        """Is the name joined by the words to a name behind a preposition between the noun the parse joins it to
        (which ends at `after`) and it (`Le texte, présenté par le Royaume-Uni et la Sierra Leone,`)?"""
        between = [m for m in self.index.mentions if after <= m.start and m.end <= mention.start]
        last = max(between, key=lambda m: m.end, default=None)
        return last is not None and joined_by_words(self.doc, last.end, mention.start) is not None and (
            preposition(self.doc, last) is not None)

    def _object_of_a_verb(self, mention: Mention) -> bool:
        """`Moscou a libéré des soldats et Kiev a relâché`, `a reçu Kim et Poutine a rencontré`: a name before `et`
        that is the object of a verb ends the clause before; it is no second subject of the one after."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        return token is not None and token.dep_ in ("obj", "iobj") and token.head.pos_ in ("VERB", "AUX")

    def _named_second_subject(self, token: Token) -> list[str]:
        """`X et son homologue russe, Y, ont signé`: the parse may make the name set after the second subject a
        subject of its own; the first subject, whose conjunct that name describes, is a subject too."""
        found = []
        for other in (c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i):
            joined = [g for g in other.children if g.dep_ == "conj" and g.pos_ == "NOUN"]
            described = bool(joined) and token.i >= 2 and token.doc[token.i - 1].text == "," and (
                max(t.i for t in joined[-1].subtree) == token.i - 2)
            mention = self.mention_of(other) if described else None
            if mention is not None and mention.type in GUEST_TYPES:
                found.append(mention.entity)
        return found

    def _listed_after(self, subject: Mention, token: Token) -> list[str]:
        """`La Russie, la Biélorussie et la Corée du Nord ont voté contre`: the parse may hang the rest of a list
        on its first name; the names that follow it, separated by commas and closed by `et`, before the verb."""
        text, end, chain, kind = doc_text(self.doc), subject.end, [], subject.type
        verb = token.head.idx if token.head.i > token.i else len(text)
        for mention in sorted((m for m in self.index.mentions if end <= m.start < verb), key=lambda m: m.start):
            if mention.start < end:
                continue  # a name inside one already listed (`Corée du Nord`)
            how = joined_by_words(self.doc, end, mention.start)
            # `X et le numéro un chinois Y`: a title before the second name; without one, names of one kind
            if how is None or (how == "plain" and mention.type != subject.type) or (
                    how == "titled" and not may_take_title(kind, mention.type)):
                break
            chain.append(mention.entity)
            closing, end, kind = closes_list(self.doc, end, mention.start), mention.end, mention.type
            if closing:
                return chain  # the list closes with `et`: all of it
        return []  # commas with no closing `et`: an apposition (`Sergueï Lavrov, le ministre, a dit`), no list

    def _national_body(self, token: Token) -> list[str]:
        """`les forces russes ont frappé`, `l'armée ukrainienne a détruit`: a body named by a common noun and a
        demonym acts for its state (the article names no one else); so does a weapon of a state (`un missile russe a
        touché un hôpital`: the state that fired it)."""
        if token.lemma_.lower() not in AGENT_NOUNS and token.lower_ not in AGENT_NOUNS | set(WEAPON_WORDS) | (
                STRIKE_NOUNS):  # (`une frappe russe a touché X, tuant ...`: the state that struck)
            return []
        for adjective in (c for c in token.children if c.dep_ == "amod"):
            country = demonym_country(adjective.lower_)
            qid = self.country_by_label.get(fold(country)) if country else None
            if qid:
                return [qid]
        return []

    def _demonym_state(self, adjective: str) -> str | None:
        country = demonym_country(adjective)
        return self.country_by_label.get(fold(country)) if country else None

    def _pair_named_by(self, token: Token) -> list[str]:
        """`Les deux dirigeants doivent signer`: the two people of the two-person event told just before (in this
        sentence or the one before: `X s'est entretenu avec Y. Les deux ministres doivent signer`), else the two
        most mentioned people (or countries) of the article."""
        kind = PAIR_NOUNS.get(token.lower_)
        if kind is None or not any(c.lower_ == "deux" for c in token.children):
            return []
        sentence = sentence_of(token).start
        previous = [s.start for s in self.doc.sents if s.start < sentence][-1:]
        recent = [pair for start, pair in self.pairs if start >= (previous[0] if previous else sentence)]
        if token.lower_ in SIDES_JUST_TOLD:  # `Les deux parties ont convenu`: the two states of the act just told
            states = [pair for start, pair in self.state_pairs if start >= (previous[0] if previous else sentence)]
            return states[-1] if states else []
        if kind == "person" and recent:
            return recent[-1]
        # `Les deux hommes se seraient rencontrés`: people told before; never two named only later in the article
        return self.salient(kind, token.idx, only_before=kind == "person")

    def _shared_out_parts(self, subject: Token | None, mention: Mention | None) -> list[str]:
        """`Des délégations russe et ukrainienne ... Les deux délégations ont signé`, `Elles se reverront`: a plural
        subject that takes up a shared-out phrase is both its parts (see
        :func:`newsld.extract.described_groups.shared_out_parts`); a subject resolved to a name keeps it."""
        if subject is None or (mention is not None and not mention.entity.startswith("local:")):
            return []
        return shared_out_parts(subject, self.index.mentions)

    def _remember_pair(self, event: Event) -> None:
        people = [e for r, e in event.roles if r in ("agent", "participant", "recipient") and self._person(e)]
        if len(set(people)) == 2 and len(event.participants()) == 2:
            self.pairs.append((sentence_of(event.trigger).start, list(dict.fromkeys(people))))
        states = [e for r, e in event.roles if r in ("agent", "participant", "recipient") and self._of_type(
            e, "country")]
        if len(set(states)) == 2 and len(event.participants()) == 2:
            self.state_pairs.append((sentence_of(event.trigger).start, list(dict.fromkeys(states))))

    def _person(self, entity: str) -> bool:
        return self._of_type(entity, "person")

    def _of_type(self, entity: str, kind: str) -> bool:
        return any(m.entity == entity and m.type == kind for m in self.mentions)

    def _subject(self, trigger: Token, slots: dict[str, str]) -> tuple[Token | None, Mention | None]:
        """Who the subject slot holds: the grammatical subject, or what the parse hides it as."""
        if _opening_bare_participle(trigger):
            found = self._after_opening_clause(trigger)
            if found is not None:
                return found
        if _describes_noun(trigger):
            subject = trigger.head  # `ministre fraîchement nommée`, `munitions fournies par`: the noun it describes
        elif trigger.pos_ == "NOUN":
            subject = _patient_of_noun(trigger)
            supporting = SUPPORT_VERBS | (VETO_VERBS if trigger.lemma_.lower() == "veto" else set()) | (
                DECREEING_VERBS if trigger.lower_ in SANCTION_WORDS else set()) | self._verbs_whose_subject_acts(
                trigger)
            carried = _measured_by(trigger)
            if subject is None and carried.head.lemma_.lower() in supporting and _carried(carried):
                # (a `de` that names whom the act is done to, `la libération des otages`, is no doer's role; then a
                # possessive makes it the subject's own act, the subject its doer: `a poursuivi sa répression de X`)
                owned = any(c.dep_ == "det" and c.lower_ in OWNER_DETERMINERS for c in trigger.children)
                doer = next((slots[k] for k in ("de", "par") if slots.get(k) in ("agent", "participant") and (
                    k == "de" or owned)), None)
                slots["subj"] = slots.get("subj") or slots.get("avec") or doer or "participant"
                subject = subject_of(carried.head)
        else:
            subject = self._verb_subject(trigger, slots)
            if isinstance(subject, tuple):
                return subject
        mention = self.mention_of(subject) if subject is not None else None
        if mention is not None and not mention.start <= subject.idx < mention.end and _one_thing(subject) and (
                preposition(self.doc, mention) is not None):
            mention = None  # `un immeuble de la rive du Dniepr a été détruit`: the name only says which thing
        if mention is not None and not self._stands_for_subject(subject, mention):
            mention = None
        if mention is None and trigger.pos_ == "NOUN" and subject is not None and "subj" not in slots:
            mention = self._thing_mention(subject)  # `un site visé par des sanctions`: the site undergoes them
        if trigger.pos_ == "NOUN" and mention is not None and "subj" not in slots:
            slots["subj"] = "recipient"  # `X fait l'objet de sanctions`: X undergoes them
        return subject, mention

    def _verbs_whose_subject_acts(self, noun: Token) -> set[str]:
        """Verbs whose subject takes part in the act their object names, for this noun: `a reçu un appel de X` (the
        one called), `a fait une proposition` (who makes it), `a revendiqué l'attaque` (who claims an act did it; not
        `la victoire de son candidat`, whose doer its `de` names)."""
        verbs = {"recevoir", "passer"} if noun.lemma_.lower() in CALL_NOUNS else set()
        if noun.lemma_.lower() in OFFER_NOUNS:
            verbs.add("faire")  # `a fait une proposition`, `fait une offre` (not `faire preuve de`, `faire escale`)
        own_doer = any(c.dep_ == "nmod" and preposition_of(c) in OF and (m := self.mention_of(c)) is not None and (
            m.type in GUEST_TYPES) for c in noun.children)
        return verbs if own_doer else verbs | {"revendiquer"}

    def _lost_subject(self, trigger: Token) -> Token | tuple[Token, Mention] | None:
        """The subject of a verb the parse gave none: the name opening the sentence; the party right before the
        verb after an opening phrase (`Plus tôt dans la journée, X s'était entretenu`); for an adverbial
        infinitive, the one the verb above has lost (`X, arrivé lundi, avait été reçu par Y, avant de dîner`)."""
        if trigger.pos_ == "VERB" and ("Fin" in trigger.morph.get("VerbForm") or any(
                c.dep_ == "aux:tense" for c in trigger.children)):
            return _sentence_opening_subject(trigger) or self._name_before_verb(trigger)
        above = _finite_verb_above(trigger) if _adverbial_infinitive(trigger) else None
        if above is not None and subject_of(above) is None:
            return _sentence_opening_subject(above)
        return None

    def _name_before_verb(self, verb: Token) -> tuple[Token, Mention] | None:
        """`Plus tôt dans la journée, le président s'était entretenu`: a verb whose subject the parse lost (hung on
        the phrase before, or an adverb taken for it) has it right before it, past its clitics and auxiliaries,
        after the comma that closes the opening phrase: a party named there and nowhere else in the clause."""
        sentence = sentence_of(verb)
        start = min([verb.i, *(c.i for c in verb.children if c.i < verb.i and (
            c.dep_.startswith(("aux", "expl")) or (c.pos_ in ("PRON", "ADV") and c.lower_ in VERB_CLITICS)))])
        last = start - 1
        while last > sentence.start and self.doc[last].lower_ in VERB_CLITICS:
            last -= 1
        if last <= sentence.start:
            return None
        word = self.doc[last]
        mention = self.mention_of(word)
        if mention is None or mention.type not in GUEST_TYPES or mention.end != word.idx + len(word.text):
            return None
        first = next(t for t in sentence if t.idx >= mention.start)
        if first.i <= sentence.start or self.doc[first.i - 1].text != ",":
            return None
        return word, mention

    def _stands_for_subject(self, subject: Token, mention: Mention) -> bool:
        """Is the mention found for a subject the one that acts or undergoes? Not the whole set named inside a part
        counted out of it (`19 des 26 drones ont été abattus`), nor a weapon whose state acts (`un drone russe a
        frappé`: the state that fired it; the weapon takes part in it, :meth:`_thing_subject`)."""
        figure = part_figure(subject)
        if (mention.start > subject.idx and counted_part(subject) is not None) or (
                figure is not None and mention.start > figure.idx):
            return False
        return not (mention.type == "object" and subject.lower_ in FIRED_WORDS and self._national_body(subject))

    def _verb_subject(self, trigger: Token, slots: dict[str, str]) -> Token | tuple[Token, Mention] | None:
        """A verb's subject token, or the (token, mention) of the main clause's subject an opening participle hides."""
        # `à laquelle pourrait participer le secrétaire d'État`: a subject after a verb with no object
        inverted = self._inverted_subject(trigger) if "obj" not in slots and _nearest_subject(trigger) is None \
            else None
        subject = inverted or subject_of(trigger)
        if subject is not None and _participle_read_as_name(subject):  # `Invité par X, Y s'est rendu à Z`
            found = self._after_opening_clause(subject, misparsed=True)
            if found is not None:
                return found
        opening = _nearest_subject(trigger) if subject is None and trigger.pos_ == "VERB" else None
        # `Rentré à Tokyo, X a convoqué`: the parse may hang the main verb on the opening participle (and its subject
        # with it); the participle is then no subject, but it opens the clause all the same
        if opening is None and subject is None and trigger.pos_ == "VERB" and trigger.head.i < trigger.i and (
                trigger.dep_ in ("conj", "parataxis", "ccomp", "advcl")):
            opening = trigger.head
        if opening is not None and _opening_bare_participle(opening) and opening.i < trigger.i:
            found = self._after_opening_clause(opening)  # `Accueilli par X, Y s'est entretenu`
            if found is not None:
                return found
        return subject if subject is not None else self._lost_subject(trigger)

    def _after_opening_clause(self, trigger: Token, misparsed: bool = False) -> tuple[Token, Mention] | None:
        """`Reçue par X, la ministre Y a ...`: the parse may make the opening participle the root and lose the
        main clause's subject; it is the party named between the last comma of the participle clause and the main
        verb (`Accueilli par le président, X, le numéro un chinois s'est entretenu`: not the agent's apposition)."""
        sentence = sentence_of(trigger)
        first = next((t for t in sentence if t.i > trigger.i and t.text == ","), None)
        verb = next((t for t in sentence if first is not None and t.i > first.i and t.pos_ in ("VERB", "AUX")), None)
        if first is None or verb is None:
            return None
        comma = max(t.i for t in sentence if first.i <= t.i < verb.i and t.text == ",")
        words = [t for t in sentence if comma < t.i < verb.i]
        mention = next((m for m in sorted(self.index.starting_in(words), key=lambda m: m.start)
                        if m.type in GUEST_TYPES), None)
        # (`Invité par X, Y s'est rendu`, misparsed: the parse hangs Y on X as its apposition, behind its `par`)
        after_comma = misparsed and mention is not None and doc_text(self.doc)[:mention.start].rstrip().endswith(",")
        if mention is None or (preposition(self.doc, mention) not in (None, "de") and not after_comma):
            return None
        token = next(t for t in words if mention.start <= t.idx < mention.end)
        return token, mention

    def _inverted_subject(self, verb: Token) -> Token | None:
        """`à laquelle participera X`, `où se retrouveront X et Y`: a verb with no object in its frame, whose
        subject comes after it, has it parsed as an object; a person, a state or a body there is the subject."""
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
        mention = self.index.at(obj) if obj is not None else None  # the name itself, not one inside a noun phrase
        return obj if mention is not None and mention.type in GUEST_TYPES else None

    def _objects(self, event: Event, frame: Frame, passive: bool) -> None:
        """The object named by a common noun: a thing (theme), or people (`former des pilotes`)."""
        trigger = event.trigger
        object_role = frame.slots.get("obj") if frame.slots.get("obj") in OBJECT_ROLES else None
        if frame.type == "Visit" and frame.slots.get("obj") == "place":
            object_role = "theme"  # `visiter une usine`: a site with no entity is what is visited
        if trigger.pos_ == "NOUN" and frame.type in TRANSFERS:
            object_role = "theme"
        if trigger.pos_ == "NOUN" and frame.slots.get("de") == "theme":
            object_role = "theme"  # `la construction d'une centrale`, `le déploiement d'armes`: the thing made or moved
        if object_role is None and _open_act_on_people(trigger, frame, passive):
            object_role = "recipient"  # `a libéré trois prisonniers`, `a évacué des civils`: whom the act is done to
        if object_role is None and self._held_person_taken(event, frame):
            return
        antecedent = None if passive else self._relative_thing(trigger, object_role) or self._clitic_thing(event)
        if antecedent is not None:
            # `l'accord céréalier que Moscou a quitté`, `l'accord ..., dont Moscou s'est retiré`, `souhaite le
            # maintenir`: the thing a relative pronoun or an object clitic stands for is what the act is done to
            if antecedent not in event.participants():
                event.roles.append((object_role or "theme", antecedent))
            return
        if object_role and not any(c.dep_ == "obj" and self.index.at(c) for c in trigger.children) and (
                object_role != "theme" or "theme" not in {r for r, _ in event.roles}):
            # an action noun's `de` thing, also after a definite article (`l'abandon du projet`): what it is done to
            done_to = action_theme(trigger, self.mention_of) if isinstance(frame, ActionFrame) else None
            self._theme_object(event, trigger, passive, object_role, [done_to] if done_to is not None else None)
        self._theme_after_a(event, frame)
        if frame.slots.get("avec") == "theme" and "theme" not in {r for r, _ in event.roles}:
            # `frapper X avec des armes occidentales`: the made things an act is done with are its theme
            tool = next((c for c in trigger.children if c.dep_.startswith("obl") and preposition_of(c) == "avec"
                         and things_told(c) and self.index.at(c) is None), None)
            if tool is not None:
                event.roles.append(("theme", self._new_object(tool, None)))

    def _theme_after_a(self, event: Event, frame: Frame) -> None:
        """`a mis fin à l'accord de défense`: the text or the made thing an act ends or is done to, after `à`."""
        if frame.slots.get("à") != "theme" or "theme" in {r for r, _ in event.roles}:
            return
        ended = next((c for c in event.trigger.children if c.dep_.startswith("obl") and preposition_of(c) in (
            "à", "au", "aux") and (things_told(c) or c.lemma_.lower() in TEXT_NOUNS) and self.index.at(c) is None),
            None)
        if ended is not None:
            event.roles.append(("theme", self._new_object(ended, None)))

    def _completions(self, event: Event, frame: Frame, window: list[Token], slots: dict[str, str],
                     subject: Mention | None) -> None:
        """What the clause leaves unsaid: the pair a two-party noun is about, the origin of a delivery."""
        trigger = event.trigger
        self._partners_told_around(event, window, slots)
        self._parties(event, frame, window, slots, subject)
        if event.type == "Delivery" and not any(r == "agent" for r, _ in event.roles):
            self._origin_agent(event, window)
        if event.type == "Delivery" and trigger.pos_ == "NOUN" and not any(r == "agent" for r, _ in event.roles):
            self._origin_state(event)
        self._fill_sender_of_troops(event, frame)
        self._craft_parties(event)
        self._struck_place(event)
        demonym_role = "agent" if event.type == "Sanction" else frame.slots.get("demonym")
        if demonym_role and trigger.pos_ == "NOUN" and not any(r == demonym_role for r, _ in event.roles):
            # `sanctions américaines`, `les frappes russes`: the demonym says whose act it is
            # (an action noun's `de` is what the act is done to: its adjectives say nothing of the doer)
            own = isinstance(frame, ActionFrame) and frame.slots.get("de") != frame.slots.get("demonym")
            self._origin_agent(event, [c for c in trigger.children if c.dep_ == "amod"] if own else (
                _describing_adjectives(trigger)))
        owner_role = frame.slots.get("poss") if trigger.pos_ == "NOUN" else None
        if trigger.pos_ == "NOUN" and not owner_role and event.type in ("Meeting", "Banquet", "Agreement"):
            self._possessor(event, "participant")  # `lors de sa rencontre avec X, Y a ...`: its owner takes part
        if owner_role and not any(r == owner_role for r, _ in event.roles):
            self._possessor(event, owner_role)  # `ses achats`, `sa riposte`: the owner's role
        if trigger.pos_ == "NOUN" and not event.roles and frame.slots.get("de"):
            self._possessor(event, frame.slots["de"], strict=bool(frame.requires))
            self._ordinal_owner(event, frame.slots["de"])
        if event.type == "Visit" and trigger.pos_ == "NOUN" and not event.roles:
            self._visitor_of_purpose(event)  # `attendu à Pékin pour une visite d'État`
        if trigger.pos_ == "NOUN" and not event.roles:
            self._owner_from_clause(event, frame)  # `X a déclaré lors d'une visite à Berlin`, `d'une conférence`
        if trigger.pos_ == "NOUN" and not event.roles and frame.pair and _during(trigger):
            event.roles = [("participant", e) for e in self.salient(frame.pair, trigger.idx)]
        event.roles = list(dict.fromkeys(event.roles))
        # `a proposé d'augmenter`, `a proposé que le Japon verse` (the parse may call the clause adverbial)
        proposes_an_act = frame.type == "Proposal" and any(c.pos_ == "VERB" and (c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "advcl" and _marked_que(c))) for c in trigger.children)
        if frame.type in TRANSFERS and trigger.pos_ == "VERB" and all(r == "agent" for r, _ in event.roles) and (
                not proposes_an_act) and not _gives_goods(trigger):
            # `sans donner plus de détails`: a giving with nothing given to no one is no gift; goods given (`est prêt
            # à fournir une aide`, `livrera des munitions`) are, to whomever the story tells
            event.roles = []
        if all(r == "theme" for r, _ in event.roles):
            # a thing with no one who gives, gets or takes part: nothing the graph can tell; but what undergoes an
            # act no one is said to do takes part in it (`une brigade doit être stationnée en Lituanie`)
            undergone = subject is not None and frame.type == "Event" and _passive(trigger) and (
                agentless_passive(trigger))
            event.roles = [("participant", e) for _, e in event.roles if undergone and e == subject.entity]

    def _parties(self, event: Event, frame: Frame, window: list[Token], slots: dict[str, str],
                 subject: Mention | None) -> None:
        """Those who take part although the clause does not name them in a slot: the hosts of a meeting taken
        part in, the pair a two-party noun is about; and not the subject when `entre X et Y` names the parties."""
        trigger = event.trigger
        if frame is ATTEND_MEETING:  # `participe au sommet du G20`: meets those who hold it
            event.roles.extend(("participant", x) for x in meeting_hosts(trigger, self.index.at))
        if trigger.pos_ == "NOUN" and not event.roles and frame.pair and _refers_to_a_pair(trigger, window) and (
                not _carried_by_its_verb(trigger, frame)):
            event.roles = [("participant", e) for e in self.salient(frame.pair, trigger.idx)]
        sides = {m.entity for m in self._entre(window)}
        if subject is not None and len(sides) >= 2 and subject.entity not in sides:  # (not a side the subject holds:
            event.roles = [r for r in event.roles if r != (slots.get("subj"), subject.entity)]  # `les liens entre X`)

    def _entre(self, window: list[Token]) -> list[Mention]:
        """The parties named by `entre X et Y`: then the subject is not one of them (`renforcer les liens
        entre Moscou et Pyongyang`)."""
        found, previous = [], None
        for mention in self.index.starting_in(window):
            prep = preposition(self.doc, mention)
            prep = previous if prep == "et" else prep
            previous = prep
            if prep == "entre":
                found.append(mention)
        return found

    def _possessor(self, event: Event, role: str, strict: bool = False) -> None:
        """`Vladimir Poutine est arrivé pour sa première visite`: `sa` is the subject of the clause (`strict`: the
        own subject of the verb the noun hangs on, for nouns whose owner is seldom the one speaking)."""
        trigger = event.trigger
        if not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") and c.lower_ in ("son", "sa", "ses")
                   for c in trigger.children):
            return
        if strict:  # only the verb the noun hangs on, and that verb's own subject
            verb = trigger.head if trigger.head.pos_ in ("VERB", "ADJ") else None
            subject = _own_subject(verb) if verb is not None else None
        else:
            verb = _governing_verb(trigger)
            # (`a ordonné à la Russie d'arrêter son offensive`: the one ordered to act owns it)
            subject = (dative_doer(verb) or subject_of(verb)) if verb is not None else None
        # `X a félicité Y pour sa réélection`, `a reçu Y lors de sa visite`: the one the verb acts on owns it
        owner = self._person_object(verb, trigger) if verb is not None else None
        if subject is not None and subject.i == trigger.i:
            subject = None  # `Sa visite en Chine date de 2019`: the noun is its verb's subject; `en Chine` is no owner
        mention = owner or (self.mention_of(subject) if subject is not None else None)
        if mention is not None and mention.type in ("person", "organization", "country"):
            event.roles.append((role, mention.entity))

    def _person_object(self, verb: Token, noun: Token) -> Mention | None:
        """The person, state or body the verb acts on, when the noun is not that object itself."""
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.i != noun.i), None)
        mention = self.index.at(obj) if obj is not None else None
        return mention if mention is not None and mention.type in GUEST_TYPES else None

    def _visitor_of_clause(self, event: Event) -> None:
        """`X a signé l'accord lors d'une visite à Hanoï`, `pendant une visite`, `au cours d'un voyage`, `avant une
        visite à Y`: the visit that dates what someone did is theirs (the subject of the verb the visit hangs on)."""
        trigger = event.trigger
        marker = trigger.head if trigger.head.lower_ in VISIT_DURING else next(
            (c for c in trigger.children if c.dep_ in ("case", "fixed") and c.lower_ in VISIT_DURING | {
                "avant", "après"}), None)  # (`avant une visite d'État à Brasilia`: the subject's next one)
        if marker is None or any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in trigger.children):
            return  # `lors de la visite`: a definite visit is one already told, maybe someone else's
        verb = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = subject_of(verb) if verb is not None else None
        mention = self.mention_of(subject) if subject is not None else None
        if mention is not None and mention.type in ("person", "organization", "country"):
            event.roles.append(("agent", mention.entity))

    def _fill_sender_of_troops(self, event: Event, frame: Frame) -> None:
        """The state that sends people, when the clause names no agent."""
        # `des troupes russes ont été déployées`: posting people (`déployer`, `stationner`) is sending them too
        if frame in (SEND_TROOPS, SEND_ENVOY, VERB_FRAMES["déployer"]) and not any(
                r == "agent" for r, _ in event.roles):
            self._sender_of_people(event)  # `des soldats nord-coréens ont été envoyés`: North Korea sent them
        if not any(r == "agent" for r, _ in event.roles):
            self._owner_of_force(event)

    def _owner_of_force(self, event: Event) -> None:
        """`les drones russes lancés depuis la Crimée`, `les navires de guerre chinois déployés près de Taïwan`:
        weapons fired and craft posted, described by a participle with no doer said, are their state's act, the
        state the demonym on them names (not `les drones russes abattus`, `les munitions nord-coréennes utilisées en
        Ukraine`: shot down by the other side, used by a buyer)."""
        verb = event.trigger
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in OWN_FORCE_VERBS or not _passive(verb):
            return
        for thing in _described_thing(verb):  # (`des missiles nord-coréens auraient été tirés sur l'Ukraine`: by
            # a buyer, maybe; a participle that describes the weapons tells their own state's act)
            if thing.lemma_.lower() not in OWN_FORCE_NOUNS and thing.lower_ not in OWN_FORCE_NOUNS:
                continue
            # (`les navires de guerre chinois`: the demonym may hang on the noun's complement)
            words = [thing, *(c for c in thing.children if c.dep_ == "nmod" and c.i > thing.i)]
            for adjective in (c for w in words for c in w.children if c.dep_ == "amod"):
                qid = self._demonym_state(adjective.lower_)
                if qid and all(e != qid for _, e in event.roles):
                    event.roles.insert(0, ("agent", qid))
                    return

    def _owner_from_clause(self, event: Event, frame: Frame) -> None:
        if event.type == "Visit":
            self._visitor_of_clause(event)
        elif frame.pair and _during(event.trigger):
            return  # `lors des entretiens`: the talks the article reports, whose pair is filled after
        elif event.type == "Meeting" or event.trigger.lemma_.lower() in CEREMONY_NOUNS:
            self._present_at_occasion(event)

    def _shared_object(self, event: Event, frame: Frame, passive: bool) -> None:
        """`ont percuté lundi puis abordé deux embarcations`, `a attaqué puis occupé la ville`: two verbs joined with
        one subject and one object after the second; the object is the first verb's too."""
        verb = event.trigger
        role = frame.slots.get("obj")
        if passive or role not in OBJECT_ROLES or any(r == role for r, _ in event.roles):
            return
        thing = shared_object(verb)
        if thing is None:
            return
        locality = _locality_of(thing)  # `la ville de Bakhmout`: the town named
        mention = self.mention_of(thing) or (self.mention_of(locality) if locality is not None else None)
        if mention is None:
            self._theme_object(event, verb, passive, role, [thing])  # `deux embarcations`: things or people
        elif (mention.type != "place" or role == "recipient") and (role, mention.entity) not in event.roles:
            event.roles.append((role, mention.entity))

    def _partners_told_around(self, event: Event, window: list[Token], slots: dict[str, str]) -> None:
        """Parties the parse hangs away from the trigger: a meeting noun's `avec` partner hung on the verb, and the
        clause's subject who meets them (`X a assuré lors d'une réunion avec ses généraux`); the sides of `entre`
        told by a common noun and the body it is of."""
        if event.trigger.pos_ == "NOUN" and event.type in ("Meeting", "Banquet"):
            self._partner_hung_on_verb(event)
            self._talker_of_clause(event)
        if slots.get("entre"):
            self._sides_named_inside(event, window, slots["entre"])

    def _sides_of_ties(self, event: Event, verb: Token, slots: dict[str, str]) -> None:
        """`les relations entre Minsk et Varsovie se sont tendues`, `les relations entre les deux voisins`: the sides
        named after `entre` inside the ties noun that is the subject take part in what becomes of the ties."""
        ties = ties_subject(verb) if verb.pos_ == "VERB" and verb.lemma_.lower() in TIES_VERBS else None
        if ties is None:
            return
        between = next((c for c in ties.children if c.dep_ == "nmod" and preposition_of(c) == "entre"), None)
        sides = [between, *(c for c in between.children if c.dep_ == "conj")] if between is not None else []
        found = [m.entity for m in (self.index.at(s) for s in sides) if m is not None and m.type in GUEST_TYPES]
        found += self._pair_named_by(between) if between is not None else []
        for first, rest in paired_demonyms(ties):  # `les relations sino-américaines`
            states = [self.role_reader.state_of_demonym(PREFIX_DEMONYMS[first]), self.role_reader.state_of_demonym(
                rest)]
            found += [s for s in states if s is not None] if all(states) else []
        event.roles.extend((slots["entre"], e) for e in dict.fromkeys(found) if (slots["entre"], e) not in event.roles)

    def _sides_named_inside(self, event: Event, window: list[Token], role: str) -> None:
        """`la guerre entre l'armée et les paramilitaires des Forces de soutien rapide`: a side of `entre X et Y` told
        by a common noun is the body or state its `de` complement names (the side itself has no entity)."""
        first = next((t for t in window if t.dep_ == "case" and t.lower_ == "entre"), None)
        if first is None or first.head.pos_ != "NOUN":
            return
        sides = [first.head, *(c for c in first.head.children if c.dep_ == "conj")]
        for side in sides:
            if self.index.at(side) is not None:
                continue
            named = next((c for c in side.children if c.dep_ == "nmod" and c.i > side.i and preposition_of(c) in OF),
                         None)
            mention = self.index.at(named) if named is not None else None
            if mention is not None and mention.type in ("organization", "country") and (
                    role, mention.entity) not in event.roles:
                event.roles.append((role, mention.entity))

    def _partner_hung_on_verb(self, event: Event) -> None:
        """`après cinq heures d'entretiens avec le chef de la diplomatie chinoise, Wang Yi`: the `avec` phrase right
        after a meeting noun is its partner, though the parse hangs it on the verb."""
        noun = event.trigger
        if _with_phrases(noun):
            return
        case = noun.doc[noun.i + 1] if noun.i + 1 < sentence_of(noun).end else None
        if case is None or case.lower_ != "avec" or case.dep_ != "case" or case.head.head.i == noun.i:
            return
        self._guest_takes_part(event, case.head)

    def _talker_of_clause(self, event: Event) -> None:
        """`X a assuré lors d'une réunion avec ses généraux`, `X a été reçu après des entretiens avec Y`: a meeting
        with someone that dates the clause's act is the subject's own (the subject is its other party)."""
        noun = event.trigger
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if not _with_phrases(noun) and not (after is not None and after.lower_ == "avec" and after.dep_ == "case"):
            return
        holder = _measured_by(noun)  # (`après cinq heures d'entretiens`: the duration stands for the talks)
        marked = holder.head.lower_ in DATING_MARKERS or any(
            c.dep_ in ("case", "fixed") and c.lower_ in DATING_MARKERS for c in holder.children)
        verb = holder.head if holder.head.pos_ in ("VERB", "AUX") else holder.head.head
        if not marked or verb.pos_ not in ("VERB", "AUX"):
            return
        subject = subject_of(verb)
        if subject is not None:
            self._guest_takes_part(event, subject)

    def _guest_takes_part(self, event: Event, token: Token) -> None:
        """The person, state or body the word names takes part in the meeting (once)."""
        mention = self.mention_of(token)
        if mention is not None and mention.type in GUEST_TYPES and ("participant", mention.entity) not in event.roles:
            event.roles.append(("participant", mention.entity))

    def _present_at_occasion(self, event: Event) -> None:
        """`X a pris la parole lors d'une conférence`, `s'est rendu à Moscou pour les commémorations`: who acts
        during a meeting or a ceremony, or comes for it, is there (unlike a visit, which may be another's: the
        host speaks during the guest's visit)."""
        trigger = event.trigger
        marks = VISIT_DURING | {"pour"}
        marker = trigger.head if trigger.head.lower_ in VISIT_DURING else next(
            (c for c in trigger.children if c.dep_ in ("case", "fixed") and c.lower_ in marks), None)
        verb = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None) if marker else None
        subject = subject_of(verb) if verb is not None else None
        mention = self.mention_of(subject) if subject is not None else None
        if mention is not None and mention.type in GUEST_TYPES:
            event.roles.append(("participant", mention.entity))

    def _visitor_of_purpose(self, event: Event) -> None:
        """`X, attendu mardi à Pékin pour une visite d'État`, `X est venu pour une visite`: the visit someone
        comes or is expected for is theirs (the one the participle describes, or the verb's subject)."""
        trigger = event.trigger
        if not any(c.dep_ == "case" and c.lower_ == "pour" for c in trigger.children):
            return
        verb = trigger.head
        if verb.pos_ in ("VERB", "ADJ"):
            visitor = verb.head if _describes_noun(verb) or verb.dep_ in ("acl", "appos") else subject_of(verb)
        else:  # the parse may hang the purpose on the name the participle describes
            visitor = verb if self.index.at(verb) is not None else None
        mention = self.mention_of(visitor) if visitor is not None else None
        if mention is not None and mention.type in ("person", "organization", "country"):
            event.roles.append(("agent", mention.entity))
            if verb.pos_ in ("VERB", "ADJ") and event.place is None:
                event.place = self._place_reached(verb)  # `arrivé à Kiev pour une visite`: the visit is in Kiev
            # `X, attendu mardi pour une visite`: the visit is as planned as the coming it is the purpose of
            beside = [c for c in visitor.children if c.dep_ in ("acl", "appos") and c.pos_ == "VERB"]
            if event.status == "occurred" and any(status_of(c) == "planned" for c in beside):
                event.status = "planned"

    def _place_reached(self, verb: Token) -> str | None:
        """The place a verb of coming names with `à`, `en`, `au` or `dans` (`est arrivé mardi à Kiev`)."""
        for child in verb.children:
            mention = self.mention_of(child) if child.dep_.startswith("obl") else None
            if mention is not None and mention.kind != "metonym" and mention.type in ("place", "country") and (
                    preposition_of(child) in PLACE_REACHED_CASES):
                return mention.entity
        return None

    def _ordinal_owner(self, event: Event, role: str) -> None:
        """`Cette visite est la troisième de X en Asie`: X is the one whose visit it is."""
        head = event.trigger.head
        if event.trigger.dep_ != "nsubj" or head.pos_ != "ADJ" or "Ord" not in head.morph.get("NumType") or not any(
                c.dep_ == "cop" for c in head.children):
            return
        for owner in (c for c in head.children if c.dep_ == "nmod" and any(
                g.dep_ == "case" and g.lower_ in ("de", "d'", "du") for g in c.children)):
            mention = self.mention_of(owner)
            if mention is not None and mention.type in GUEST_TYPES:
                event.roles.append((role, mention.entity))
                return

    def _origin_state(self, event: Event) -> None:
        """`le transfert de missiles de l'Iran vers la Russie`: a state named `de` after the goods is where they
        come from (the parse hangs it on the goods, not on the transfer)."""
        goods = _theme_candidates(event, event.trigger, False)
        for source in (c for g in goods for c in g.children if c.dep_ == "nmod" and c.i > g.i):
            if not any(x.lower_ in ("de", "d'", "du", "des") and x.dep_ == "case" for x in source.children):
                continue
            states = [m for m in self.index.mentions if m.start <= source.idx < m.end and m.type in STATE_TYPES]
            if states and all(e != states[0].entity for _, e in event.roles):
                event.roles.insert(0, ("agent", states[0].entity))
                return

    def _sender_of_people(self, event: Event) -> None:
        """Soldiers of a nationality are sent by their state: the demonym of the people sent is the agent."""
        people = _sent_people(event.trigger)
        for adjective in (c for c in people.children if c.dep_ == "amod") if people is not None else ():
            country = demonym_country(adjective.lower_)
            qid = self.country_by_label.get(fold(country)) if country else None
            if qid and all(e != qid for _, e in event.roles):
                event.roles.insert(0, ("agent", qid))
                return

    def _origin_agent(self, event: Event, window: list[Token]) -> None:
        """`des livraisons de matériel militaire nord-coréen`: the demonym of what is delivered says who
        delivers it."""
        for token in window:
            # `de camions biélorusses`: the tagger may take a plural demonym for a participle (`biélorusser`)
            adjective = token.pos_ == "ADJ" or (token.pos_ == "VERB" and token.dep_ == "amod")
            country = demonym_country(token.lower_) if adjective and token.i > event.trigger.i else None
            qid = self.country_by_label.get(fold(country)) if country else None
            if qid and all(e != qid for _, e in event.roles):
                event.roles.append(("agent", qid))
                return

    def _dative(self, mention: Mention, trigger: Token) -> str | None:
        """`Kim lui a remis`, `leur a présenté`: a dative clitic of the verb is its `à` complement."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) == 1 else None
        dative = token is not None and token.head.i == trigger.i and (
            token.dep_ == "iobj" or (token.lower_ in ("lui", "leur") and token.i < trigger.i))
        return "à" if dative else None

    def _hangs_on(self, mention: Mention, trigger: Token) -> bool:
        """Is the mention a complement of the trigger itself (through coordination and names' parts)?"""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        # `l'élection de Vladimir Poutine a été saluée`: the parse may split a name, its first word alone hung on
        # the noun behind `de`
        if span is not None and len(span) > 1 and span[0].head.i == trigger.i and span[0].dep_ == "nmod":
            return True
        for _ in range(4):
            if token is None or token.head.i == token.i:
                return False
            if token.head.i == trigger.i:
                return True
            # `une visite de deux jours du président`: the parse hangs the visitor on the duration
            duration = token.head.lemma_.lower() in DURATION_NOUNS and token.dep_ == "nmod"
            owner = token.dep_ == "nmod" and self._owned_thing(token.head, trigger)
            token = token.head if token.dep_ in ("conj", "flat:name", "appos", "amod") or duration or owner else None
        return False

    def _de_of_trigger(self, event: Event, mention: Mention) -> bool:
        """Is a mention behind `de` a party of the trigger? Of a noun, when it hangs on it (not on a thing it names),
        and a person or state for a meeting (`le sommet de l'OTAN`); of a verb, unless it is a circumstance's
        (`a expulsé X peu après le début de l'invasion`)."""
        trigger = event.trigger
        if trigger.pos_ != "NOUN":
            return not self._of_a_circumstance(mention) and not self._in_title_of_name(mention)
        return self._hangs_on(mention, trigger) and not (
            event.type == "Meeting" and mention.type not in ("person", "country"))

    def _in_title_of_name(self, mention: Mention) -> bool:
        """Is the mention the `de` complement of a title set before a name (`le secrétaire général de l'Otan Jens
        Stoltenberg`, `le président de la Commission européenne Ursula von der Leyen`)? The body only says which
        office the person holds: the person takes part, not the body."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        if token is None or token.dep_ != "nmod" or token.head.pos_ != "NOUN":
            return False
        named = (self.index.at(c) for c in token.head.children if c.dep_ == "appos" and c.i > token.i)
        return any(m is not None and m.type == "person" and m.kind == "name" for m in named)

    def _of_a_circumstance(self, mention: Mention) -> bool:
        """Is the mention the `de` complement of a noun set behind another preposition (`après le début de
        l'invasion`, `lors de la visite de X`): a circumstance of the clause, whose words name no party of the verb?"""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        if token is None or token.dep_ != "nmod":
            return False
        holder = token.head
        while holder.dep_ == "nmod" and holder.head.i != holder.i:
            holder = holder.head
        case = next((c for c in holder.children if c.dep_ == "case"), None)
        return holder.dep_.startswith("obl") and case is not None and case.lower_ not in OF

    def _owned_thing(self, noun: Token, trigger: Token) -> bool:
        """`les tirs de missiles de la Corée du Nord`: a thing named `de` an event noun, whose own `de` complement
        is its owner, the one who acts with it (not a person or a body: `la visite du ministre de X`)."""
        lemma = noun.lemma_.lower()
        people = GUEST_NOUNS | PERSON_NOUNS | AGENT_NOUNS
        # (`sa visite dans un pays membre de la CPI`: a place the act is in is no thing it acts with)
        located = any(c.dep_ == "case" and c.lower_ in ("dans", "en", "vers", "chez", "sur") for c in noun.children)
        return (trigger.pos_ == "NOUN" and noun.pos_ == "NOUN" and noun.i > trigger.i and noun.dep_ == "nmod"
                and not located and self.index.at(noun) is None and not {lemma, noun.lower_} & people
                and lemma not in TIME_WORDS and not _event_noun(noun))

    def _inside_things(self, trigger: Token) -> set[int]:
        """Names inside an object named by a common noun (`une limousine Aurus`, `un missile Kinjal`): the
        thing is the noun's, the name only describes it."""
        heads = [c for c in trigger.children if c.dep_ == "obj" and c.pos_ == "NOUN" and self.index.at(c) is None
                 and c.lemma_.lower() not in GUEST_NOUNS]
        # only the words that describe the thing itself: `à Durand`, `pour Moscou` say to whom, not what
        said_elsewhere = {t.i for h in heads for c in h.children if any(g.dep_ == "case" for g in c.children)
                          for t in c.subtree}
        return {t.idx for h in heads for t in h.subtree if t.i != h.i and t.i not in said_elsewhere}

    def _complements(self, event: Event, trigger: Token, window: list[Token], slots: dict[str, str],
                     subject: Mention | None) -> None:
        previous: str | None = None
        object_found = False
        inside_things = self._inside_things(trigger) if slots.get("obj") == "theme" else set()
        inside_things |= _inside_thing_subject(trigger, subject)
        for mention in self.index.starting_in(window):
            if (subject is not None and mention.start == subject.start) or mention.start in inside_things or (
                    _past_another_clause(trigger, mention)):
                continue
            if mention.kind == "pronoun" and doc_text(self.doc)[mention.start:mention.end].lower() == "y":
                event.place = event.place or mention.entity  # `il y recevra`: the place clitic
                continue
            # a dative clitic first: `et lui a remis` is no second member of what `et` joins
            prep = self._dative(mention, trigger) or preposition(self.doc, mention)
            if prep in SOURCE_PREPOSITIONS or self._reported_by(mention, trigger) or (
                    self._absolute_subject(mention)) or (prep == "par" and _under_passive_control(trigger)):
                continue  # `selon l'agence X`, `a rapporté X`: the source, not a party; `a été autorisée à livrer
                # des armes par X`: X authorised, it does not deliver
            prep = previous if prep == "et" else prep
            previous = prep
            slot = self._slot_of(trigger, mention, prep, slots)
            if slot == "subj" and subject is not None:
                continue  # the subject is known: another bare name before the verb is not it
            role = slots.get(slot)
            located = slot in ("en", "à", "dans") and mention.type in ("place", "country")
            if role == "place" or (role is None and located):
                if mention.kind != "metonym" and event.place is None:
                    event.place = mention.entity
                continue
            if slot == "de" and not self._de_of_trigger(event, mention):
                continue  # `sanctions sur l'armement de la Corée du Nord`, `le sommet de l'OTAN`: not a party
            if role and (role == "theme" or mention.type != "place"):  # a place takes no part (`sommet de Shanghai`)
                event.roles.append((role, mention.entity))
                object_found = object_found or slot == "obj"
        if slots.get("obj") and not object_found:
            self._neighbour_object(event, trigger, slots["obj"])
        if slots.get("obj") in ("participant", "recipient") and not object_found and trigger.pos_ == "VERB":
            self._later_object(event, trigger, slots["obj"])

    def _slot_of(self, trigger: Token, mention: Mention, prep: str | None, slots: dict[str, str]) -> str:
        """The frame slot a mention fills: its preposition, else the object after the trigger or the subject."""
        if prep == "de" and "de" not in slots and self._indefinite_object(trigger, mention):
            return "obj"
        return prep or ("obj" if mention.start > trigger.idx else "subj")

    def _indefinite_object(self, trigger: Token, mention: Mention) -> bool:
        """`Pékin accueille lundi des dirigeants africains`: the parse reads `des` as `de` + `les` and the noun as a
        complement; right after a verb whose frame takes no `de`, it is the plural article of the object."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if trigger.pos_ != "VERB" or span is None or not len(span) or span.start == 0:
            return False
        before = self.doc[span.start - 1]
        return before.lower_ == "des" and span.root.head.i == trigger.i and span.root.dep_ in (
            "obj", "obl:arg", "obl:mod", "obl") and not any(c.dep_ == "obj" for c in trigger.children)

    def _listed_agents(self, event: Event, trigger: Token, window: list[Token], slots: dict[str, str]) -> None:
        """The names joined to the `par` agent of a verb, in its role (see :meth:`_listed_after_agent`)."""
        role = slots.get("par")
        if not role or trigger.pos_ != "VERB":
            return
        for mention in self.index.starting_in(window):
            if (role, mention.entity) in event.roles and preposition(self.doc, mention) == "par":
                event.roles.extend((role, e) for e in self._listed_after_agent(mention, window)
                                   if (role, e) not in event.roles)
                return

    def _listed_after_agent(self, agent: Mention, window: list[Token]) -> list[str]:
        """`présenté par le Royaume-Uni et la Sierra Leone`, `signé par le président X et son homologue Y`: the names
        the `par` agent's conjunction joins to it, by the words, where the parse hung them outside the verb's clause
        (on the verb's subject, as a second subject); a name that opens a clause of its own (`et X a voté`) is not
        one of them."""
        inside = {t.idx for t in window}
        found, pending, last, kind = [], [], agent, agent.type
        sentence_end = sentence_of(window[-1]).end_char if window else agent.end
        for mention in sorted((m for m in self.index.mentions if agent.end <= m.start < sentence_end),
                              key=lambda m: m.start):
            if mention.start < last.end:
                continue  # a name inside one already listed
            how = joined_by_words(self.doc, last.end, mention.start)
            if how is None or (how == "plain" and mention.type != agent.type) or (
                    how == "titled" and not may_take_title(kind, mention.type)) or self._opens_own_clause(mention):
                break
            pending.append(mention)
            if closes_list(self.doc, last.end, mention.start):
                found += [m.entity for m in pending if m.start not in inside]  # `X, Y et Z`: the list closes
                pending = []
            last, kind = mention, mention.type
        return found  # (commas with no closing `et`: `par les États-Unis, la Chine s'abstenant`, no list)

    def _opens_own_clause(self, mention: Mention) -> bool:
        """`..., et la Corée du Sud a convoqué`: a name followed by a verb of its own is that verb's subject."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end >= len(self.doc):
            return False
        following = next((t for t in self.doc[span.end:span.end + 4] if t.pos_ not in ("ADV", "PART", "PRON")), None)
        return following is not None and following.pos_ in ("VERB", "AUX") and "Past" not in following.morph.get(
            "Tense")

    def _joined_agent(self, event: Event, trigger: Token, slots: dict[str, str]) -> None:
        """`détectés et détruits par la marine`: participles joined by `et` share the `par` agent written after
        the last of them (the parse hangs it on that one only)."""
        role = slots.get("par")
        if not role or trigger.pos_ != "VERB" or any(r == role for r, _ in event.roles):
            return
        for joined in (c for c in trigger.children if c.dep_ == "conj" and "Part" in c.morph.get("VerbForm")):
            agent = next((c for c in joined.children if c.dep_ == "obl:agent"), None)
            mention = self.mention_of(agent) if agent is not None else None
            if mention is not None and mention.type in GUEST_TYPES | {"group"}:
                event.roles.append((role, mention.entity))
                return
        self._weapon_owner(event, trigger, role)

    def _weapon_owner(self, event: Event, trigger: Token, role: str) -> None:
        """`touché par un missile ukrainien`, `abattu par des drones russes`: the state a weapon is said to be of
        fired it (the weapon itself is no party)."""
        weapon = next((c for c in trigger.children if c.dep_ == "obl:agent" and c.lower_ in WEAPON_WORDS), None)
        for adjective in (c for c in weapon.children if c.dep_ == "amod") if weapon is not None else ():
            country = demonym_country(adjective.lower_)
            qid = self.country_by_label.get(fold(country)) if country else None
            if qid:
                event.roles.append((role, qid))
                return

    def _relative_complements(self, event: Event, window: list[Token], slots: dict[str, str]) -> None:
        """`No Kwang-chol, avec lequel il a visité une usine`, `le pays auquel la Russie a livré du pétrole`, `la
        Chine, pays avec lequel`: a relative pronoun with a preposition (behind it or fused with it) stands for the
        noun it hangs from (:func:`prepositional_antecedent`), in that preposition's role, when that noun is a
        party; where no such noun is found, for the name just before it."""
        for pronoun in window:
            prep = relative_preposition(pronoun)
            role = slots.get(prep) if prep else None
            if role is None:
                continue
            noun = prepositional_antecedent(pronoun)
            antecedent = self.mention_of(noun) if noun is not None else self._name_just_before(pronoun)
            if antecedent is None and noun is not None and noun.dep_ == "appos" and noun.head.i < noun.i:
                antecedent = self.mention_of(noun.head)  # `avec l'Inde, pays auquel`: the name the noun is set beside
            for mention in [antecedent, *self._joined_to(antecedent, pronoun)] if antecedent is not None else []:
                if mention.type in GUEST_TYPES and (role, mention.entity) not in event.roles:
                    event.roles.append((role, mention.entity))

    def _joined_to(self, antecedent: Mention, pronoun: Token) -> list[Mention]:
        """`le Japon et la Corée du Sud, avec lesquels`: a plural pronoun after names joined by `et` stands for
        each of them, not only the last."""
        last = span_root(self.doc, antecedent.start, antecedent.end)
        if RELATIVE_AGREEMENT.get(pronoun.lower_, ("",))[0] != "Plur" or last is None or last.dep_ != "conj" or (
                last.head.i > last.i):
            return []
        first = last.head
        joined = [first, *(c for c in first.children if c.dep_ == "conj" and c.i < last.i)]
        return [m for m in map(self.mention_of, joined) if m is not None and m.entity != antecedent.entity]

    def _name_just_before(self, pronoun: Token) -> Mention | None:
        """The mention that ends right before the pronoun's preposition (or a comma before it)."""
        start = relative_opening(pronoun).idx
        antecedent = max((m for m in self.index.mentions if m.end <= start), key=lambda m: m.end, default=None)
        if antecedent is None or doc_text(self.doc)[antecedent.end:start].strip() not in ("", ","):
            return None
        return antecedent

    def _relative_object(self, event: Event, slots: dict[str, str]) -> None:
        """`son ministre, qu'il avait décoré en février`: the relative `que`, the verb's object, stands for the noun
        the relative clause hangs on, in the object's role (a party: a thing there is the theme steps')."""
        role, antecedent = slots.get("obj"), relative_antecedent(event.trigger)
        mention = self.mention_of(antecedent) if antecedent is not None else None
        if role and mention is not None and mention.type in GUEST_TYPES | {"group"} and (
                mention.entity not in {e for _, e in event.roles}):
            event.roles.append((role, mention.entity))

    def _absolute_subject(self, mention: Mention) -> bool:
        """`..., la Russie et la Chine refusant de ...`: a name with a present participle of its own is the
        subject of that participle (an absolute clause), not a complement of the trigger."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        while token is not None and token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # `la Russie et la Chine refusant`: the participle hangs on the first
        return token is not None and any(present_participle(c) and c.dep_ == "acl" for c in token.children)

    def _reported_by(self, mention: Mention, trigger: Token) -> bool:
        """Is the mention the subject of a reporting verb in the trigger's clause (`la visite, a indiqué X`)?"""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        if token is None or not token.dep_.startswith("nsubj") or token.head.i == trigger.i:
            return False
        return token.head.lemma_.lower() in REPORTING_VERBS

    def _later_object(self, event: Event, trigger: Token, role: str) -> None:
        """`Il y rencontrera jeudi à Hanoï le président X`: after time and place complements, the first party
        named with no preposition, before a comma or another verb, is the object the parse lost."""
        after = []
        for token in trigger.doc[trigger.i + 1:sentence_of(trigger).end]:
            if token.is_punct or token.pos_ in ("VERB", "AUX") or token.lower_ in ("que", "qui", "et"):
                break
            after.append(token)
        found = [m for m in self.index.starting_in(after) if m.type in GUEST_TYPES and m.kind != "pronoun"
                 and preposition(self.doc, m) is None]
        known = {e for _, e in event.roles}
        if found and found[0].entity not in known:
            event.roles.append((role, found[0].entity))

    def _neighbour_object(self, event: Event, trigger: Token, role: str) -> None:
        """`où il rencontrera Tô Lâm`: a name right after the verb is its object, wherever the parse hangs it."""
        end = trigger.idx + len(trigger.text)
        gap = doc_text(self.doc)[end:end + 3]
        following = next((m for m in self.index.mentions if end < m.start <= end + 2), None)
        if following is None or gap[:1] != " " or preposition(self.doc, following) is not None:
            return
        if role == "place":
            event.place = event.place or following.entity
        else:
            event.roles.append((role, following.entity))

    def _theme_object(self, event: Event, trigger: Token, passive: bool, role: str,
                      candidates: list[Token] | None = None) -> None:
        """The things given, delivered or proposed (or the one sent), as local entities when no entity names
        them; coordinated things each count (`une limousine, un service à thé et une dague`)."""
        acl = passive and trigger.dep_ == "acl" and not heads_own_clause(trigger)
        given = candidates is not None
        candidates = candidates if given else _theme_candidates(event, trigger, acl, passive)
        noun = _first_thing_word(candidates)
        if noun is None:
            self._victims_counted_only(event, trigger, role, candidates)
            return
        if not _others_victims(noun, trigger) and self._theme_named_by_en(event, trigger, noun, role):
            return  # (`en blessant quatre autres`: the others are victims of their own, not a part of a thing)
        figure, noun = _figure_and_things(noun, acl)
        noun = _singled_out(noun) or noun
        things = [t for t in _coordinated_nouns(noun, trigger) if not self._complement_conjunct(t, noun)]
        if role == "theme" and event.type in ("Delivery", "Gift") and self._kinds_listed(things):
            # `fournir des obus et des missiles balistiques`, `les livraisons de tracteurs et de camions`: kinds of
            # goods listed together are the one consignment meant, whatever the act's standing
            event.roles = list(dict.fromkeys([*event.roles, ("theme", self._new_listed_object(things))]))
            return
        for thing in things:
            if _an_act(thing, noun if given else None):
                continue  # `a supervisé l'essai`, `a présidé la réunion`: an act is no thing acted on
            counted = figure is not None and thing.i == noun.i
            undergoes = _undergoes(thing, trigger, role, passive) or (counted and names_a_thing(thing))
            people = (_unnamed_people(thing) or _people_counted(thing) or _others_victims(thing, trigger)) and (
                self.index.at(thing) is None and not self._named_beside(thing))
            if (thing.lemma_.lower() in GUEST_NOUNS and not people) or (
                    role != "theme" and self.index.at(thing) is None and not people and not undergoes) or (
                    people and role == "theme" and trigger.pos_ == "NOUN" and event.type == "Event"):
                continue  # `son homologue russe`, `au sommet`: no person the linker knows, and not a thing
                # (`le déploiement de soldats`: people posted are no thing deployed)
            if event.type == "Delivery" and (_kind_meant(event, thing) or trigger.pos_ == "NOUN") and not (
                    acl or counted) and (
                    _generic_plural(thing)) and not self._goods_meant(thing, trigger):
                continue  # `redoutent que X ne livre des armes`: goods not (yet) delivered are a kind, not things
                # (`des livraisons d'armes létales`, `de systèmes de défense`: goods described are the ones meant)
            if role == "theme" and _generic_plural(thing) and not (acl or counted) and (
                    passive or _kind_meant(event, thing) or trigger.pos_ == "NOUN") and (
                    not self._goods_meant(thing, trigger)):
                continue  # `des missiles ont été tirés`, `auraient tiré des missiles`: a kind, not things (`a annoncé
                # des livraisons de systèmes de défense`: goods described are the ones meant, as above)
            if event.type == "Agreement" and not (_described(thing) or _provisions_told(thing)):
                continue  # `signer un accord avec X`: the bare word names the agreement itself, not a text
            mention = self._mention_of_thing(figure if counted else thing)
            if role != "theme" and mention is not None and (role == "recipient" or mention.type not in (
                    "person", "country")):
                continue  # `le sommet de l'OCS`: the organisation hosts; a named recipient is the complements' job
            named = _compound_head(thing) if acl else thing
            relative = trigger.dep_ == "acl:relcl" and thing.i == trigger.head.i  # (`l'accord que X a quitté`)
            entity = mention.entity if mention is not None else self._new_count(thing) if _others_victims(
                thing, trigger) else self._new_object(named, trigger if acl or relative else None,
                                                      figure if counted else None)
            # (`en blessant quatre autres`: people counted as victims, one group of people whichever path reads them)
            if (role, entity) not in event.roles:
                event.roles.append((role, entity))

    def _relative_thing(self, verb: Token, object_role: str | None) -> str | None:
        """The thing a relative pronoun stands for, when the relative clause's verb acts on it: `que` its object
        (`l'accord céréalier que Moscou a quitté`), `dont` the `de` complement of a pronominal verb (`l'accord ...,
        dont Moscou s'est retiré`, `les îles dont la Chine s'est emparée`). The thing is the mention (of an object)
        that ends right before the pronoun, however long its phrase (the parse may hang the clause on a noun inside
        it); a person or a state there is the party rules' concern."""
        if verb.pos_ != "VERB" or verb.dep_ != "acl:relcl":
            return None
        pronoun = next((c for c in verb.children if c.dep_ in ("obj", "mark") and c.lower_ in OBJECT_RELATIVES
                        and c.i < verb.i), None)
        if pronoun is None and object_role is None and any(
                c.lower_ in THIRD_PERSON_REFLEXIVES and c.i < verb.i for c in verb.children):
            holders = [verb, *(c for c in verb.children if c.dep_.startswith("nsubj") and c.pos_ in ("PROPN", "PRON"))]
            pronoun = next((c for h in holders for c in h.children if c.lower_ == "dont" and c.i < verb.i), None)
        if pronoun is None:
            return None
        text = doc_text(self.doc)
        before = [m for m in self.index.mentions if m.end <= pronoun.idx and m.type in ("object", "other")
                  and not text[m.end:pronoun.idx].strip(" ,")]
        return max(before, key=lambda m: m.end - m.start).entity if before else None

    def _clitic_thing(self, event: Event) -> str | None:
        """`Le président turc souhaite le maintenir` (the grain deal named just before), `a financé un pont et l'a
        inauguré`: an object clitic no party's pronoun stands in takes up the thing last named before it, in its
        sentence or the one before, when nothing else comes between (the act's own parties aside) and the clitic
        agrees with the thing's noun (:func:`_clitic_agrees`)."""
        verb = event.trigger
        clitic = next((c for c in verb.children if c.dep_ == "obj" and c.i < verb.i and c.pos_ == "PRON"
                       and c.lower_.replace("’", "'") in THING_CLITICS), None)
        if clitic is None or verb.pos_ != "VERB" or self.index.at(clitic) is not None or any(
                c.i > verb.i for c in _direct_objects(verb)):
            return None
        sentence = sentence_of(verb)
        floor = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        reach, own = self.doc[floor].idx, {e for _, e in event.roles}
        before = [m for m in self.index.mentions if reach <= m.start and m.end <= clitic.idx
                  and m.entity not in own and m.type != "place"]
        if not before:
            return None
        last = max(before, key=lambda m: (m.end, -m.start))
        noun = self.doc.char_span(last.start, last.end, alignment_mode="expand")
        if last.type not in ("object", "other") or not last.entity.startswith("local:") or noun is None:
            return None
        return last.entity if _clitic_agrees(clitic, verb, noun.root) else None

    def _complement_conjunct(self, thing: Token, noun: Token) -> bool:
        """`Le texte, présenté par X et Y`: a name the parse joins to the noun that the words join to a complement
        between them (Y is X's conjunct, not a second text)."""
        mention = self.index.at(thing) if thing.i > noun.i else None
        return mention is not None and self._joined_to_complement(mention, noun.idx + len(noun.text))

    def _theme_named_by_en(self, event: Event, trigger: Token, noun: Token, role: str) -> bool:
        """`Moscou en financera l'essentiel`, `en a voté la relance`: `en` stands for the thing named before (what
        the part or the act is of), the theme; the object noun names no thing of its own. Whether it applies."""
        if not part_of_what_en_names(trigger, noun):
            return False
        thing = self._thing_named_before(trigger)
        if thing is not None and (role, thing) not in event.roles:
            event.roles.append((role, thing))
        return True

    def _mention_of_thing(self, word: Token) -> Mention | None:
        """The mention that names a thing's word; not a thing's longer name that only holds it (`l'accord qui
        permettait d'exporter ses céréales`: the grain is no text)."""
        mention = self.index.at(word)
        if mention is not None and mention.type in ("object", "other") and mention.start < noun_phrase(word)[0]:
            return None
        return mention

    @staticmethod
    def _goods_meant(thing: Token, trigger: Token) -> bool:
        """Plural goods told by what they are, not only by whose they are, are the ones meant, not a kind: after an
        event noun (`des livraisons d'armes létales`), and made things after any verb (`livrer des centrales
        flottantes`, `des débris d'un drone ont été retrouvés`; but `des missiles nord-coréens ont été tirés`)."""
        return (trigger.pos_ == "NOUN" or names_a_thing(thing)) and _described_goods(thing)

    def _thing_named_before(self, trigger: Token) -> str | None:
        """The local thing last named before the trigger, in its sentence or the one before."""
        sentence = sentence_of(trigger)
        start = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        floor = self.doc[start].idx
        before = [m for m in self.index.mentions if floor <= m.start and m.end <= trigger.idx
                  and m.entity.startswith("local:") and m.type in ("object", "other")]
        return max(before, key=lambda m: (m.end, m.start)).entity if before else None

    def _kinds_listed(self, things: list[Token]) -> bool:
        """Two or more plural nouns of goods with no entity of their own, joined in one list (`des obus et des
        missiles`); not acts, not people."""
        return len(things) > 1 and all(
            "Plur" in t.morph.get("Number") and _generic_plural(t) and self.index.at(t) is None
            and not _event_noun(t) and t.lemma_.lower() not in ACTION_NOUNS and not _unnamed_people(t)
            for t in things)

    def _new_listed_object(self, things: list[Token]) -> str:
        """One local thing for a list of kinds, spanning from the first noun's phrase to the last one's."""
        # a participle after the list describes all of it (`utilisés en Ukraine`), though hung on the last noun
        described = next((c for c in things[-1].children if c.dep_ == "acl"), None)
        start, end = noun_phrase(things[0])[0], noun_phrase(things[-1], described)[1]
        text = doc_text(self.doc)[start:end]
        return self._new_local(start, end, ARTICLE_PREFIX.sub("", text) or text, "object").entity

    def _new_local(self, start: int, end: int, label: str, type_: str, class_qid: str | None = None) -> Mention:
        """A new local entity for an unnamed thing or group and its mention (the index is rebuilt: later rules look
        the mention up)."""
        entity = self.entities.new_local(label, type_, UNNAMED_THING, class_qid)
        mention = Mention(start, end, entity, "nominal", type_)
        self.mentions.append(mention)
        self.index = MentionIndex(self.mentions)
        return mention

    def _named_beside(self, noun: Token) -> bool:
        """`le journaliste Evan Gershkovich`, `l'otage, Noa Argamani`: a person noun with the name of the one it
        describes set beside it names that person (the name's mention is the party), not new people."""
        return any(c.dep_ in ("appos", "flat:name", "nmod") and not any(g.dep_ == "case" for g in c.children) and (
            m := self.index.at(c)) is not None and m.type == "person" for c in noun.children)

    def _new_object(self, noun: Token, without: Token | None, figure: Token | None = None) -> str:
        # `une lettre de X`, `une médaille de X`: the person it is from is a party, not part of the thing's name
        # `a reçu de l'argent de Gazprom`: after a verb of receiving, the party behind `de` is the giver
        owners = ("person", "country", "organization") if noun.head.lemma_.lower() in RECEIVING_VERBS else ("person",)
        owner = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and (
            m := self.index.at(c)) is not None and m.type in owners), None)
        # `un immeuble d'habitation de la rive gauche du Dniepr`: the area a made thing stands in says where it is
        without = without or (_locality_of(noun) if names_a_thing(noun) else None)
        if figure is not None:  # `19 des 26 drones lancés depuis X`: the part counted opens with its figure; what
            # the participle tells is of the whole set
            without = without or next((c for c in noun.children if c.dep_ == "acl"), None)
        start, end = noun_phrase(noun, without or owner)
        if figure is not None:  # (`une vingtaine de drones`, `plus de soixante`: with the amount's own words)
            start = min([figure.idx, *(c.left_edge.idx for c in figure.children if c.i < figure.i and c.dep_ in (
                "det", "nummod", "advmod", "amod"))])
        people = _unnamed_people(noun) or _people_counted(noun)
        if people:  # `a tué au moins 2.056 personnes`: the count the parse hangs on the verb is the people's
            start = _count_before(noun, start)
        text = doc_text(self.doc)[start:end]
        label = ARTICLE_PREFIX.sub("", text)
        lemma = noun.lemma_.lower()
        named = None if people else self._apposed_name(noun)
        if named is not None:  # `un porte-conteneurs lié à Israël, le MSC Aries`: the thing and its name are one
            self.mentions.append(Mention(start, end, named.entity, "nominal", "object"))
            self.index = MentionIndex(self.mentions)
            return named.entity
        type_ = "person" if people else "other" if lemma in TEXT_NOUNS else "object"
        mention = self._new_local(start, end, label or text, type_, class_of_noun().get(lemma))
        whole = _whole_of_remains(noun)
        if whole is not None and self.index.at(whole) is mention:
            self._new_object(whole, None)  # `des débris d'un drone`: the drone is a thing of its own
        return mention.entity

    def _apposed_name(self, noun: Token) -> Mention | None:
        """`un cargo, le Galaxy Leader`: the name in apposition to a thing's phrase, its entity now an object (see
        ``unnamed_entities.apposed_thing_name``)."""
        name = apposed_thing_name(noun, self.index.mentions)
        if name is None:
            return None
        for i, m in enumerate(self.mentions):
            if m.entity == name.entity and m.type != "object":
                self.mentions[i] = replace(m, type="object")
        entity = self.entities.by_id.get(name.entity)
        if entity is not None and entity.type != "object":
            self.entities.by_id[name.entity] = replace(entity, type="object")
        return name

    def _victims_counted_only(self, event: Event, trigger: Token, role: str, candidates: list[Token]) -> None:
        """`en blessant quatre autres`, `en a blessé plus de 3.900`: the count with no noun is the victims."""
        if role != "recipient":
            return
        count = next((c for c in candidates if _victims_counted(c, trigger)), None) or _count_after(trigger)
        if count is not None and (role, entity := self._new_count(count)) not in event.roles:
            event.roles.append((role, entity))

    def _new_count(self, count: Token) -> str:
        """People told only by their count (`quatre autres`, `plus de 3.900`, `au moins quatre`): a local group
        spanning the count and its words."""
        tokens = [t for t in count.subtree if not t.is_punct and t.dep_ not in ("acl", "acl:relcl", "appos")]
        start = _count_before(count, min(t.idx for t in tokens))
        end = max(t.idx + len(t.text) for t in tokens)
        return self._new_local(start, end, doc_text(self.doc)[start:end], "person").entity

    def _fill_acceptance_recipients(self, events: list[Event]) -> None:
        """Who accepts an invitation answers the one who invited: the recipient is the inviter."""
        self._fill_accepted_invitations(events)
        for acceptance in (e for e in events if e.type == "Acceptance"):
            agents = {e for r, e in acceptance.roles if r == "agent"}
            named = next((e for e in events if e.type == "Invitation" and e.trigger.dep_ == "obj"
                          and e.trigger.head.i == acceptance.trigger.i), None)  # `a décliné l'invitation de X`
            inviters = [e for r, e in named.roles if r == "agent"] if named is not None else []
            if inviters and not any(r == "recipient" for r, _ in acceptance.roles):
                acceptance.roles.append(("recipient", inviters[0]))  # the one it names, not another told before
            for invitation in (e for e in events if e.type == "Invitation"):
                inviters = [e for r, e in invitation.roles if r == "agent"]
                invited = {e for r, e in invitation.roles if r == "recipient"}
                if inviters and (agents & invited) and not any(r == "recipient" for r, _ in acceptance.roles):
                    acceptance.roles.append(("recipient", inviters[0]))


    @staticmethod
    def _fill_accepted_invitations(events: list[Event]) -> None:
        """`une invitation que X a acceptée`: the acceptance answers the invitation made just before; when X is
        not resolved, the one who accepts is the one invited (who else could accept it?)."""
        invitations = [e for e in events if e.type == "Invitation"]
        for acceptance in (e for e in events if e.type == "Acceptance"):
            noun = acceptance.trigger.head
            if noun.lemma_.lower() != "invitation" or acceptance.trigger.dep_ not in ("acl", "acl:relcl"):
                continue
            before = [i for i in invitations if i.trigger.i < acceptance.trigger.i and i.trigger.i != noun.i
                      and sentence_of(i.trigger) == sentence_of(acceptance.trigger)]
            if not before:
                continue
            invitation = before[-1]
            if not any(r == "agent" for r, _ in acceptance.roles):
                acceptance.roles.extend(("agent", x) for r, x in invitation.roles if r == "recipient")
            if not any(r == "recipient" for r, _ in acceptance.roles):
                acceptance.roles.extend(("recipient", x) for r, x in invitation.roles if r == "agent")


# Areas a thing stands in (`de la rive gauche du Dniepr`, `du quartier de X`, `de la région de Y`): where, not what.
LOCALITY_NOUNS = {"rive", "région", "ville", "quartier", "province", "banlieue", "village", "district", "localité",
                  "commune", "périphérie", "faubourg", "côte", "littoral", "oblast", "arrondissement", "agglomération"}


def _locality_of(noun: Token) -> Token | None:
    """The determined `de` complement of a thing's phrase that names the area it stands in, if any."""
    return next((c for c in noun.subtree if c.dep_ == "nmod" and c.lemma_.lower() in LOCALITY_NOUNS
                 and preposition_of(c) in OF
                 and (c.lower_.startswith(("du", "des")) or any(g.dep_ == "det" for g in c.children)
                      or any(g.dep_ == "case" and g.lower_ in ("du", "des") for g in c.children))), None)


def _first_thing_word(candidates: list[Token]) -> Token | None:
    """The first candidate that may name a thing: a noun, or a figure counting things (`19 des 26 drones`)."""
    return next((c for c in candidates if (_noun_like(c) or counted_part(c) is not None or _counted_others(c)
                                           or _things_counted(c) is not None)
                 and c.lower_ not in TIME_WORDS), None)


def _with_phrases(noun: Token) -> list[Token]:
    """The noun's own `avec` complements (`des entretiens avec Y`): the partners of a meeting."""
    return [c for c in noun.children if c.dep_.startswith(("nmod", "obl")) and preposition_of(c) == "avec"]


def _undergoes(thing: Token, trigger: Token, role: str, passive: bool) -> bool:
    """Does a thing no entity names undergo the act, as a party would: `a détruit un pont`; a made thing struck
    (`ont frappé des dépôts`, `a abattu un drone`); a thing an act no one is said to do is done to (`le projet a été
    gelé`)?"""
    verb = trigger.pos_ == "VERB"
    if trigger.lemma_.lower() in UNDERGONE_VERBS:
        # (`a détruit plus de 300 maisons à Lahaina`: the town is struck, the houses counted; `deux câbles ont été
        # sectionnés`: what the passive tells of is struck)
        return _one_thing(thing) or (passive and verb and things_told(thing))
    return (role == "recipient" and things_told(thing) and verb) or (
        role == "participant" and passive and verb and (things_told(thing) or thing.lemma_.lower() in TEXT_NOUNS))


def _things_counted(amount: Token) -> Token | None:
    """`une vingtaine de drones`, `des dizaines de positions`: the made things an amount counts (not people: `une
    quarantaine de diplomates` is one group, its whole phrase)."""
    things = amount_of(amount)
    return things if things is not None and names_a_thing(things) else None


def _figure_and_things(noun: Token, acl: bool) -> tuple[Token | None, Token]:
    """`19 des 26 drones ont été abattus`: the figure that counts things out of a set (a part, not a kind), and the
    noun of the things; a participle describing the set (`quatre missiles tirés`) is of the whole set."""
    part = counted_part(noun) or _things_counted(noun)
    if part is not None:
        return noun, part
    return (None if acl else part_figure(noun)), noun


# What is left of a thing or broken off it (`des débris d'un drone`, `l'épave du navire`): the thing it is of is one
# of its own, which the article may take up later (`l'engin`).
REMAINS_NOUNS = {"débris", "fragment", "fragments", "épave", "épaves", "reste", "restes", "morceau", "morceaux",
                 "carcasse", "éclat", "éclats"}


def _whole_of_remains(noun: Token) -> Token | None:
    """The made thing an indefinite `de` complement of a noun of remains names (`d'un drone`)."""
    if noun.lemma_.lower() not in REMAINS_NOUNS and noun.lower_ not in REMAINS_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "nmod" and preposition_of(c) in ("de", "d'", "d’")
                 and names_a_thing(c) and any(g.dep_ == "det" for g in c.children)), None)


def _inside_longer(mentions: list[Mention], among: list[Mention]) -> list[Mention]:
    """The mentions that lie inside a longer one of ``among`` (one that holds their span and more), in their order;
    by a sweep over the starts, not by pairs (a long text has thousands of mentions)."""
    starts = sorted({o.start for o in among})
    furthest_from: dict[int, int] = {}  # start -> the furthest end of a mention starting there
    for o in among:
        furthest_from[o.start] = max(furthest_from.get(o.start, o.end), o.end)
    furthest_before, reach = [], -1  # furthest_before[k]: the furthest end of a mention starting before starts[k]
    for start in starts:
        furthest_before.append(reach)
        reach = max(reach, furthest_from[start])
    inside = []
    for m in mentions:
        k = bisect_left(starts, m.start)
        before = furthest_before[k] if k < len(starts) else reach
        same_start = furthest_from.get(m.start, -1)
        if before >= m.end or same_start > m.end:
            inside.append(m)
    return inside


def _thing_described(mention: Mention) -> bool:
    """A thing's nominal mention (`l'accord qui permettait à l'Ukraine d'exporter ...`), whose words may hold names
    of their own."""
    return mention.kind == "nominal" and mention.type in ("object", "other")


def _in_clause_of(token: Token, mention: Mention) -> bool:
    """Is the token in a clause inside the mention (under a verb of its words), not in its noun phrase proper?"""
    head = token.head
    while head.i != head.head.i and mention.start <= head.idx < mention.end and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head.pos_ in ("VERB", "AUX") and mention.start <= head.idx < mention.end


def _fold_carried_nouns(events: list[Event]) -> list[Event]:
    """`a signé un accord avec X`, `conclure un traité de paix avec X`: the event noun a verb of the same class
    carries is the verb's event; the parties the parse hangs on the noun are the verb's (one event, not two)."""
    verbs = {e.trigger.i: e for e in events if e.trigger.pos_ == "VERB"}
    kept, hosted = [], set()
    for event in events:
        trigger = event.trigger
        carrier = _carrier(trigger) if trigger.pos_ == "NOUN" else None
        verb = verbs.get(carrier.i) if carrier is not None else None
        if verb is not None and lemma_of(verb.trigger) in REPELLING:  # `a repoussé une attaque russe`: two acts,
            verb.roles += [("recipient", e) for r, e in event.roles if r == "agent" and (r, e) not in verb.roles]
            verb = None  # the attackers are the ones repelled
        if verb is not None and _opens_talks(verb, event):  # `ouvrir des négociations avec X`: one opening,
            verb.roles = list(dict.fromkeys([  # shared by the opener and the partners (no meeting held yet)
                *(("participant" if r == "agent" else r, e) for r, e in verb.roles), *event.roles]))
            continue
        if verb is None or verb.type != event.type or verb.status != event.status or (
                lemma_of(verb.trigger) in PREPARING):  # `préparer une invasion`: the work and the act it readies
            kept.append(event)
            continue
        if lemma_of(verb.trigger) in SUMMIT_HOSTING_VERBS:  # `Tokyo accueillera un sommet`: the summit is the meeting,
            event.roles = list(dict.fromkeys([*verb.roles, *event.roles]))  # its host the verb's subject
            event.place = event.place or verb.place
            hosted.add(id(verb))
            kept.append(event)
            continue
        verb.roles = list(dict.fromkeys([*verb.roles, *_noun_parties_under_verb(verb, event)]))
        verb.place = verb.place or event.place
    return [e for e in kept if id(e) not in hosted]


def _noun_parties_under_verb(verb: Event, noun: Event) -> list[tuple[str, str]]:
    """The noun's parties as parties of the verb that carries it. The noun's own doer, when the verb has a doer of
    its own, is the one the verb's act is about (`Le Parlement turc a ratifié l'adhésion de la Suède`, `La Hongrie
    a bloqué l'adhésion de la Suède`: Sweden is not a second ratifier or blocker, but the one whose accession it
    is)."""
    doers = {e for r, e in verb.roles if r == "agent"}
    if not doers:
        return list(noun.roles)
    return [("recipient" if r == "agent" and e not in doers else r, e) for r, e in noun.roles]


# `ouvrir des négociations avec X`: the opening of talks with a partner is one act of the opener and the partner
# (the talks are not held yet); not `engager des négociations`, `reprendre les pourparlers`, talks held.
TALKS_OPENING_VERBS = {"ouvrir"}
OPENED_TALKS = {"négociation", "négociations", "pourparlers", "discussion", "discussions"}


def _opens_talks(verb: Event, talks: Event) -> bool:
    """The verb opens talks the noun tells, with a partner of their own beside the opener."""
    if lemma_of(verb.trigger) not in TALKS_OPENING_VERBS or talks.trigger.lower_ not in OPENED_TALKS:
        return False
    openers = {e for _, e in verb.roles}
    partners = [e for r, e in talks.roles if r == "participant" and e not in openers]
    return bool(partners)


# `accueillir un sommet`: the host does not meet anyone by the verb; the meeting is the summit (its agent the host).
# (Not event_nouns.HOSTING_VERBS, the wider set of verbs whose participle names a meeting's host.)
SUMMIT_HOSTING_VERBS = {"accueillir"}


def _carried_by_its_verb(noun: Token, frame: Frame) -> bool:
    """`parapher un accord`, `signer un traité`: the object of a verb of the same class is the verb's event; its
    parties are the verb's, not the pair the article is about."""
    carrier = _carrier(noun)
    verb = VERB_FRAMES.get(carrier.lemma_.lower()) if carrier is not None else None
    return verb is not None and verb.type == frame.type


def _carrier(noun: Token) -> Token | None:
    """The verb whose object the noun is; also when the parse hangs the object on a day set between them (`a
    signé vendredi un accord`)."""
    day = noun.head
    if noun.dep_ == "obj" and day.lemma_.lower() not in TIME_WORDS:
        return noun.head
    hung_on_day = noun.dep_ in ("obj", "nmod", "appos", "dep") and day.lemma_.lower() in TIME_WORDS and (
        day.head.pos_ == "VERB" and day.head.i < day.i < noun.i and day.dep_.startswith(("obl", "xcomp")))
    return day.head if hung_on_day else None


def _inside_thing_subject(trigger: Token, subject: Mention | None) -> set[int]:
    """`un immeuble de la rive gauche du Dniepr a été détruit`: the names inside a thing that is the subject
    only say which thing it is; they take no part in the event."""
    token = _own_subject(trigger) if subject is None and trigger.pos_ == "VERB" else None
    if token is None or not _one_thing(token):
        return set()
    return {t.idx for t in token.subtree if t.i != token.i}


# Verbs of trying: `avaient tenté de pénétrer dans l'Assemblée` tells an attempt, itself the event (with the
# infinitive's parties), whether or not the act tried succeeded
ATTEMPT_VERBS = {"tenter", "essayer"}


def _attempt_of(trigger: Token) -> Token:
    """The verb of trying over an infinitive trigger (`a tenté de franchir`), or the trigger itself."""
    head = trigger.head
    tried = trigger.dep_ == "xcomp" and head.i < trigger.i and "Inf" in trigger.morph.get("VerbForm")
    return head if tried and head.pos_ == "VERB" and head.lemma_.lower() in ATTEMPT_VERBS else trigger


# Goods a giver hands over: aid, money, arms, supplies (not words: `donner des détails`)
GIVEN_GOODS = GRANTED_GOODS | set(WEAPON_WORDS) | {
    "équipement", "équipements", "matériel", "matériels", "vivres", "médicaments", "nourriture", "carburant",
    "pétrole", "gaz", "céréales", "blé", "engrais", "électricité", "secours"}


def _gives_goods(verb: Token) -> bool:
    """`fournir une aide d'urgence`, `livrer des obus`: the verb's object is goods."""
    return any(c.dep_ == "obj" and (c.lower_ in GIVEN_GOODS or c.lemma_.lower() in GIVEN_GOODS)
               for c in verb.children)


def _describing_adjectives(noun: Token) -> list[Token]:
    """The adjectives of an event noun and of its `de` complement: `les frappes russes`, and `le retrait des troupes
    russes`, `les tirs de missiles nord-coréens` (whose troops, whose missiles: whose act)."""
    own = [c for c in noun.children if c.dep_ == "amod"]
    # `le retrait « immédiat » des troupes russes`: the parse may take the complement for a conjunct
    of = [c for c in noun.children if c.dep_ in ("nmod", "conj") and c.pos_ == "NOUN" and any(
        g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in c.children)]
    described = [a for c in of for a in c.children if a.dep_ == "amod"]
    # `d'un satellite espion nord-coréen`: the demonym may hang on the word that describes the thing
    return own + described + [g for a in described for g in a.children if g.dep_ == "amod"]


def _state_weapons(noun: Token) -> bool:
    """`des drones russes`, `des drones et des missiles russes`: weapons a state fired (a demonym on them or on the
    weapons joined to them), introduced by their article, take part in the strike beside the state that acts (as
    `un drone russe` does: the gold README); a kind (`les drones`) stays the state's act."""
    weapons = joined_weapons(noun)
    return any(c.dep_ == "det" and c.lower_ in ("des", "un", "une") for c in noun.children) and (
        any(demonym_country(a.lower_) is not None for w in weapons for a in w.children if a.dep_ == "amod"))


def _one_thing(noun: Token) -> bool:
    """Does this noun name one thing (not people, a body, a pair, or many: `les soldats`, `le gouvernement`)?"""
    lemma = noun.lemma_.lower()
    if not _noun_like(noun) or lemma in PERSON_NOUNS or lemma in GUEST_NOUNS or lemma in AGENT_NOUNS:
        return False
    # plural subjects are mostly people or kinds (`les soldats sont rentrés`)
    return noun.lower_ not in PAIR_NOUNS and "Plur" not in noun.morph.get("Number") and noun.lower_ not in TIME_WORDS


# Acts done with one's own weapons and craft (`lancés`, `tirés`, `déployés`): the state the demonym on them names
# does them; and the weapons and craft a state owns (not `event_nouns.FORCE_NOUNS`, its troops).
OWN_FORCE_VERBS = {"lancer", "tirer", "déployer", "stationner", "positionner", "dépêcher", "masser", "tester"}
OWN_FORCE_NOUNS = frozenset({*FIRED_WORDS, *UNNAMED_CRAFT_NOUNS, *WARSHIPS, "navire", "navires", "bâtiment",
                             "bâtiments", "avion", "avions", "chasseur", "chasseurs", "bombardier", "bombardiers",
                             "hélicoptère", "hélicoptères", "char", "chars", "sous-marin", "sous-marins"})


def _described_thing(participle: Token) -> list[Token]:
    """`les missiles tirés par X`: the thing a participle describes is its object (not an event noun of its own:
    `les sanctions imposées par X` is the sanction's event)."""
    head = participle.head
    described = participle.dep_ == "acl" and head.pos_ == "NOUN" and head.i < participle.i
    return [head] if described and head.lower_ not in NOUN_FRAMES and head.lemma_ not in NOUN_FRAMES else []


AMOUNT_NOUNS = {"millier", "milliers", "centaine", "centaines", "dizaine", "dizaines", "millions", "million",
                "nombre", "contingent", "groupe", "unité", "unités", "bataillon", "régiment"}


# Counts of people: `une quarantaine de diplomates`, `des milliers de soldats` (not `une unité`, a thing of its own)
PEOPLE_AMOUNTS = AMOUNT_NOUNS - {"unité", "unités", "nombre", "millions", "million"} | {
    f"{stem}aine{plural}" for stem in ("douz", "quinz", "vingt", "trent", "quarant", "cinquant", "soixant")
    for plural in ("", "s")}
VICTIM_VERBS = {"tuer", "blesser"}  # a count after them is their victims (`en a blessé plus de 3.900`)
# Words that make a count approximate before its figure: `au moins`, `plus de`, `près de`, `quelque`, `environ`
# (longest first: `d'au moins` before `au moins`)
APPROXIMATORS = (("d'", "au", "moins"), ("au", "moins"), ("plus", "de"), ("près", "de"), ("moins", "de"),
                 ("jusqu'", "à"), ("quelque",), ("environ",))


def _people_counted(noun: Token) -> bool:
    """`une quarantaine de diplomates russes`, `des milliers de soldats`: an amount of people is those people."""
    if noun.lemma_.lower() not in PEOPLE_AMOUNTS and noun.lower_ not in PEOPLE_AMOUNTS:
        return False
    return any(c.dep_ == "nmod" and c.i > noun.i and preposition_of(c) in ("de", "d'", "d’") and (
        c.lower_ in UNNAMED_PEOPLE_NOUNS or c.lemma_.lower() in UNNAMED_PEOPLE_NOUNS) for c in noun.children)


def _victims_counted(count: Token, verb: Token) -> bool:
    """`en blessant quatre autres`, `en a blessé plus de 3.900`, `au moins quatre y ont été tués`: after a verb of
    killing or wounding, a figure with no noun counts the victims."""
    if verb.lemma_.lower() not in VICTIM_VERBS:
        return False
    figure = "Card" in count.morph.get("NumType") and count.pos_ in ("NUM", "PRON")
    others = count.lower_ == "autres" and any("Card" in c.morph.get("NumType") for c in count.children)
    return figure or others


def _counted_others(token: Token) -> bool:
    """`tuant deux marins et en blessant quatre autres`: `autres` with a figure names people (or things) of the
    kind named before, a group of its own."""
    return token.lower_ == "autres" and any(c.dep_ == "nummod" for c in token.children)


def _others_victims(token: Token, verb: Token) -> bool:
    """`en blessant quatre autres`, the parse making `autres` the object: others counted after a verb of killing or
    wounding are its victims (people), not a part of a thing the clitic `en` names (:func:`_victims_counted` reads
    a count the parse leaves out of the objects)."""
    return verb.lemma_.lower() in VICTIM_VERBS and _counted_others(token)


def _count_after(verb: Token) -> Token | None:
    """`tuant deux marins et en blessant quatre autres`: the parse may hang the count right after a verb of wounding
    on the verb before; it is this verb's object all the same."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < sentence_of(verb).end else None
    if after is None or "Card" not in after.morph.get("NumType") or after.head.i == verb.i:
        return None
    count = after.head if after.head.lower_ == "autres" and after.dep_ == "nummod" else after
    return count if _victims_counted(count, verb) and count.i > verb.i else None


def _count_before(noun: Token, start: int) -> int:
    """Where a count of people starts: a figure right before the phrase that the parse hangs elsewhere, with the
    words that make it approximate (`au moins 2.056 personnes`, `plus de 3.900`)."""
    doc, first = noun.doc, noun.i
    while first > 0 and doc[first - 1].idx + len(doc[first - 1].text) > start - 2 and doc[first - 1].idx >= start:
        first -= 1
    sentence_start = sentence_of(noun).start
    i = first
    if i - 1 >= sentence_start and doc[i - 1].idx < start and "Card" in doc[i - 1].morph.get("NumType") and (
            doc[i - 1].idx + len(doc[i - 1].text) + 1 >= start):
        i -= 1
    words = [t.lower_ for t in doc[max(sentence_start, i - 3):i]]
    for approximator in APPROXIMATORS:
        if tuple(words[-len(approximator):]) == approximator:
            i -= len(approximator)
            break
    return min(start, doc[i].idx)


def _sent_people(verb: Token) -> Token | None:
    """`a envoyé des soldats`, `des soldats ont été envoyés`, `les troupes envoyées en Russie`: people sent."""
    sent = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")] + _described_thing(verb)
    if not sent and _passive(verb):
        sent = [t for t in [subject_of(verb)] if t is not None]
    # `des milliers de soldats`: the people counted, behind the amount
    sent += [c for t in sent if t.lemma_.lower() in AMOUNT_NOUNS for c in t.children if c.dep_ == "nmod"]
    people = PERSON_NOUNS | AGENT_NOUNS
    return next((t for t in sent if t.lemma_.lower() in people or t.lower_ in people), None)


def _rescuers_sent(verb: Token) -> bool:
    """`a dépêché à Mandalay 82 secouristes`, `une cinquantaine de sauveteurs`: rescue workers sent (the object, a
    count of them, or the bare noun the parse hangs on the verb after a place)."""
    sent = [c for c in verb.children if c.i > verb.i and (c.dep_ in ("obj", "nsubj:pass") or (
        c.pos_ == "NOUN" and c.dep_.startswith("obl") and preposition_of(c) is None))]
    return any(t.lower_ in RESCUE_TEAMS or t.lemma_.lower() in RESCUE_TEAMS for c in sent
               for t in (c, *(g for g in c.children if g.dep_ == "nmod")))


# `au sommet de l'État`, `du pouvoir`, `de la hiérarchie`, `le sommet du mont Fuji`: the top of something, no summit
TOPPED_THINGS = {"état", "pouvoir", "hiérarchie", "classement", "pyramide", "mont", "montagne", "colline", "tour",
                 "gloire", "carrière", "popularité", "vague", "crise", "pic", "échelle"}
TOP_NOUNS = {"sommet", "sommets"}


def _top_of(noun: Token) -> bool:
    return noun.lower_ in TOP_NOUNS and any(
        c.dep_ in ("nmod", "acl") and c.pos_ == "NOUN" and c.lemma_.lower() in TOPPED_THINGS for c in noun.children)


def _press_briefing(noun: Token) -> bool:
    """`une conférence de presse`, `un point de presse`: the setting of what is said, not an event of its own."""
    return any(c.dep_ == "nmod" and c.lower_ in PRESS_WORDS for c in noun.children)


RECEIVED_GUEST = Frame("Meeting", {"subj": "participant", "par": "agent"})
RECEIVE_TEXT = RECEIVE_GOODS  # `a reçu une lettre de X`: X sends it


def _moment(noun: Token) -> bool:
    """`à son arrivée`, `dès son retour`: the moment another act is dated by, not news of its own."""
    return noun.lemma_.lower() in MOMENT_NOUNS and any(c.dep_ == "case" and c.lower_ in MOMENT_CASES
                                                       for c in noun.children)


def _sends_people(noun: Token) -> bool:
    """`l'envoi de soldats`, `de troupes`: what is sent are people or a force."""
    sent = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i]
    return any(c.lemma_.lower() in PERSON_NOUNS | AGENT_NOUNS or c.lower_ in PERSON_NOUNS | AGENT_NOUNS
               for c in sent)


# A meal given for someone is a banquet of host and guest (`a offert un dîner au président`); a status given is
# granted, no present (`offrir l'asile`)
MEAL_NOUNS = {"dîner", "dîners", "déjeuner", "déjeuners", "banquet", "banquets", "repas", "souper"}
MEAL_GIVEN = Frame("Banquet", {"subj": "participant", "à": "participant", "par": "participant"})
STATUS_GIVEN = Frame("Event", {"subj": "agent", "à": "recipient", "par": "agent"})
STATUSES = {"asile", "citoyenneté", "nationalité", "passeport", "grâce", "amnistie", "visa", "visas", "refuge",
            "statut", "immunité", "hospitalité"}


def _what_is_given(verb: Token, frame: Frame) -> Frame:
    """The class of a gift by what is given: money or goods paid for are traded (`a reçu des yens en échange de
    documents`), weapons are delivered (`a reçu des obus de X`), a meal is a banquet, a status is granted."""
    given = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    if traded(verb):
        return Frame("Event", frame.slots, frame.requires, frame.pair)
    if any(c.lower_ in WEAPON_WORDS or c.lemma_.lower() in WEAPON_WORDS for c in given):
        return Frame("Delivery", frame.slots, frame.requires, frame.pair)
    if any(c.lemma_.lower() in MEAL_NOUNS or c.lower_ in MEAL_NOUNS for c in given):
        return MEAL_GIVEN
    if any(c.lemma_.lower() in STATUSES or c.lower_ in STATUSES for c in given):
        return STATUS_GIVEN
    return frame


# `se rendre` is going somewhere but in its locutions: `se rendre compte` (to realise), `se rendre à l'évidence`
# (to face facts), `se rendre coupable`, `utile` (an attribute); `se rendre aux autorités` is a surrender
NOT_GOING = {"compte", "évidence", "raison"}
SURRENDERED_TO = {"autorités", "autorité", "police", "justice", "gendarmerie", "ennemi", "armée", "forces",
                  "troupes", "soldats", "militaires"}
SURRENDER = Frame("Event", {"subj": "agent", "à": "recipient"})


def _going_sense(verb: Token) -> Frame | None:
    complements = [c for c in verb.children if c.pos_ == "NOUN" and (c.dep_ in ("obj", "xcomp") or c.dep_.startswith(
        "obl"))]
    if any(c.lemma_.lower() in NOT_GOING or c.dep_ == "xcomp" for c in complements) or any(
            c.dep_ == "xcomp" and c.pos_ == "ADJ" for c in verb.children):
        return None
    if any(c.lemma_.lower() in SURRENDERED_TO or c.lower_ in SURRENDERED_TO for c in complements
           if preposition_of(c) in ("à", "au", "aux")):
        return SURRENDER
    return VISIT_GO


def _text_subject(verb: Token) -> bool:
    """`Le traité de 1967 interdit de placer des armes`, `la loi interdit`: a text says what is forbidden; it does
    not act (the act was its adoption)."""
    subject = subject_of(verb)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in TEXT_NOUNS | {"amendement"}


def _force_on_others(verb: Token) -> bool:
    """A blow or a shot at someone (`a percuté`, `ont frappé`, `ont ouvert le feu`), not a craft's own movement."""
    return lemma_of(verb) in BLOW_VERBS or (verb.lemma_.lower() == "ouvrir" and any(
        c.dep_ == "obj" and c.lower_ == "feu" for c in verb.children))


# Armed bodies whose craft act for them (`un navire des garde-côtes chinois`, `des hélicoptères de l'armée`).
ARMED_BODIES = {"garde-côte", "garde-côtes", "armée", "marine", "aviation", "flotte", "force", "forces", "police"}
DISPATCHING = {"dépêcher"}  # sending people or units, never goods
# People sent to help are aid delivered: `a dépêché 82 secouristes`, `envoyé des médecins` (rescuers the theme)
RESCUE_TEAMS = {"secouriste", "secouristes", "sauveteur", "sauveteurs", "pompier", "pompiers", "médecin", "médecins",
                "infirmier", "infirmiers", "humanitaire", "humanitaires"}
AID_SENT = Frame("Delivery", {"subj": "agent", "obj": "theme", "à": "recipient", "en": "recipient",
                              "vers": "recipient", "par": "agent"})
# Where one arrives that is no place: power (`arrivé au pouvoir`, `au sommet de l'État`), a rank, a term
RANKS_REACHED = {"pouvoir", "tête", "échéance", "expiration", "maturité", "majorité"}
HONORIFICS = {"m.", "mme", "mlle", "mgr", "me"}  # `M. Kellogg`, `Mme Choe`: a person's name follows


def _object_relative_antecedent(verb: Token) -> Token | None:
    """`son homologue Choe, qu'il avait reçue à Moscou`: the noun right before an object relative `que` the parse
    takes for a conjunction (a `que` with a subject of its own after it, and a comma or a noun before it)."""
    pronoun = next((c for c in verb.children if c.lower_ in OBJECT_RELATIVES and c.i < verb.i
                    and c.dep_ in ("mark", "obj")), None)
    if pronoun is None or verb.dep_ not in ("ccomp", "acl:relcl", "advcl"):
        return None
    noun = _noun_before(pronoun)
    if noun is None:  # (a name the tagger cuts up: `Choe Son-hui, qu'il`; the mention there tells who)
        n = pronoun.i - 1 - (pronoun.i > 0 and verb.doc[pronoun.i - 1].text == ",")
        return verb.doc[n] if n >= sentence_of(verb).start else None
    while noun.dep_ in ("nmod", "flat:name", "flat", "appos") and noun.head.i < noun.i and noun.head.pos_ in (
            "NOUN", "PROPN"):
        noun = noun.head  # `son homologue Choe Son-hui`: the whole phrase
    return noun


def _meets_a_thing(verb: Token) -> bool:
    """`a retrouvé l'épave`, `des débris ont été retrouvés`: one meets people; a made thing is found, not met."""
    return any(c.dep_ in ("obj", "nsubj:pass") and names_a_thing(c) for c in verb.children)


def _classifier(noun: Token) -> bool:
    """A bare occasion noun modifying another noun names a kind of thing, not an event; so does a bare event
    noun after `de` that says what a text or another event is about (`un accord de coopération`, `un plan de
    paix`, `un traité de partenariat`)."""
    if noun.dep_ != "nmod" or noun.head.pos_ != "NOUN":
        return False
    about = _event_noun(noun.head) or noun.head.lemma_.lower() in TEXT_NOUNS
    if noun.lemma_.lower() not in OCCASION_NOUNS and not about:
        return False
    cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
    return cases in (["de"], ["d'"], ["d’"], ["à"]) and not any(c.dep_ in ("det", "nummod") for c in noun.children)
CEREMONY_REACH = 3  # sentences back: a ceremony told further on from its meeting is not surely part of it


def _fill_ceremonies(events: list[Event], meetings: list[Event]) -> None:
    """`Une cérémonie d'accueil a été organisée`: a ceremony with no one named is part of the meeting told just
    before (within a few sentences), whose participants attend it; a meeting in the pluperfect (`lorsqu'il avait
    rencontré`) is background, older than the news, and lends no one."""
    sentence_starts = sorted({sentence_of(e.trigger).start for e in events})
    for ceremony in (e for e in events if not e.roles and e.trigger.lemma_.lower() in CEREMONY_NOUNS):
        start = sentence_of(ceremony.trigger).start
        earlier = [s for s in sentence_starts if s <= start][-CEREMONY_REACH - 1:]
        near = [m for m in meetings if m.trigger.i < ceremony.trigger.i and earlier
                and sentence_of(m.trigger).start >= earlier[0] and not _pluperfect(m.trigger)]
        if near and ceremony.status == "occurred":
            ceremony.roles = [("participant", x) for x in sorted(near[-1].participants())]


def _pluperfect(verb: Token) -> bool:
    """`avait rencontré`, `était arrivé`: a past before the past of the narrative."""
    return any(c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense") for c in verb.children)


BREACH_VERBS = {"violer", "enfreindre"}
FIRST_PERSON = {"je", "j'", "j’", "nous", "on"}


def _fill_breaches_from_acts(events: list[Event]) -> None:
    """`Tout transfert d'armes de X vers Y violerait les résolutions`: when an act breaches a rule, those who
    take part in the act are the ones in breach."""
    by_token = {e.trigger.i: e for e in events}
    for breach in (e for e in events if e.trigger.lemma_.lower() in BREACH_VERBS):
        act = next((by_token[c.i] for c in breach.trigger.children if c.dep_ == "nsubj" and c.i in by_token), None)
        if act is not None and act.roles:
            parties = [x for r, x in act.roles if r != "theme"]
            breach.roles = list(dict.fromkeys([("participant", x) for x in parties]))


# Nouns that restate an armed act (`ces frappes`, `ce lancement`, `l'offensive`): whose act it is, the article said.
ARMED_ACT_NOUNS = {"frappe", "frappes", "attaque", "attaques", "tir", "tirs", "lancement", "lancements",
                   "bombardement", "bombardements", "offensive", "invasion", "agression", "opération"}
RESTATING_DETERMINERS = {"ce", "cet", "cette", "ces", "le", "la", "les", "l'", "l’"}
ARMED_ACTS = ARMED_ACT_NOUNS | {"frapper", "attaquer", "bombarder", "pilonner", "tirer", "lancer", "envahir"}


def _restated_act(verb: Token) -> Token | None:
    """`Ces frappes violent le droit`, `ce lancement, qui viole`, `l'offensive se poursuivrait`: a definite noun of
    an armed act as the subject of a verb restates an act the article told before."""
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in ARMED_ACT_NOUNS:
        return None
    dets = [c.lower_ for c in subject.children if c.dep_ == "det"]
    return subject if dets and dets[0] in RESTATING_DETERMINERS else None


def _fill_from_restated_acts(events: list[Event], no_actor: Callable[[str], bool]) -> None:
    """The act a restated armed act does (breaking the law, going on, growing) is the act of the same agent: the
    agent of the nearest armed act told before. A war or an invasion the linker found in the noun (`l'offensive`)
    is no agent: its maker is."""
    for event in (e for e in events if e.trigger.pos_ == "VERB"):
        noun = _restated_act(event.trigger)
        if noun is None or not all(no_actor(x) for _, x in event.roles):
            continue
        earlier = [e for e in events if e.trigger.i < noun.i and e.trigger.lemma_.lower() in ARMED_ACTS and any(
            r == "agent" and not no_actor(x) for r, x in e.roles)]
        if earlier:
            source = max(earlier, key=lambda e: e.trigger.i)
            event.roles = [("agent", x) for r, x in source.roles if r == "agent"]


def _fill_sanctioned_programmes(events: list[Event]) -> None:
    """`des sanctions contre X pour ses programmes nucléaires`: the programmes that sanctions are for are those
    of the one sanctioned."""
    by_token = {e.trigger.i: e for e in events}
    for programme in (e for e in events if not e.roles and e.trigger.lemma_.lower() == "programme"):
        sanction = by_token.get(programme.trigger.head.i)
        if sanction is not None and sanction.type == "Sanction" and any(
                c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in programme.trigger.children):
            programme.roles = [("agent", x) for r, x in sanction.roles if r == "recipient"]


VOTING_SIDES = {"pour", "contre"}


BANNED_TRADE_DEPS = {"obj", "nsubj:pass", "nmod"}  # `a interdit les exportations`, `l'interdiction des ventes`
# the side of a trade the one who bans it stands on: a state bans what leaves it, or what comes into it
BANNER_SIDE = {"exportation": "agent", "vente": "agent", "importation": "recipient", "achat": "recipient"}


def _fill_banned_goods(events: list[Event]) -> None:
    """`a interdit les exportations de gallium vers les États-Unis`, `l'interdiction des ventes d'armes à X`: a ban
    on a trade bans its goods (themes), and is aimed at the one the goods were going to; the one who bans its own
    exports is their exporter, and a trade banned does not take place."""
    trades = {e.trigger.i: e for e in events if e.type == "Delivery" and e.trigger.pos_ == "NOUN"}
    for ban in (e for e in events if e.type == "Sanction" and not _themes(e)):
        trade = next((trades[c.i] for c in ban.trigger.children if c.i in trades and c.dep_ in BANNED_TRADE_DEPS), None)
        if trade is None:
            continue
        ban.roles += [(r, x) for r, x in trade.roles if r == "theme"]
        takers = [x for r, x in trade.roles if r == "recipient" and x not in ban.participants()]
        if not any(r == "recipient" for r, _ in ban.roles):
            ban.roles += [("recipient", x) for x in takers]
        side = BANNER_SIDE.get(trade.trigger.lemma_.lower())
        banners = [x for r, x in ban.roles if r == "agent" and x not in trade.participants()]
        if side and not any(r == side for r, _ in trade.roles):
            trade.roles += [(side, x) for x in banners]
        if ban.status == "occurred":
            trade.status = "negated"


def _without_regime_references(events: list[Event]) -> list[Event]:
    """`un risque de violation des sanctions`, `le régime de sanctions`: sanctions named as the complement of
    another noun, after the article has reported sanctions, are that regime again, not new sanctions."""
    kept: list[Event] = []
    for event in events:
        trigger = event.trigger
        again = (event.type == "Sanction" and trigger.pos_ == "NOUN" and trigger.dep_ == "nmod"
                 and trigger.head.pos_ == "NOUN" and any(k.type == "Sanction" for k in kept))
        if not again:
            kept.append(event)
    return kept


DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
FALLING_VERBS = {"tomber", "retomber", "abîmer", "écraser"}  # fired things, one or many, come down


def _without_anaphors(events: list[Event]) -> list[Event]:
    """`Ce traité constitue une menace`: a demonstrative event noun points back to an event already told (a
    signing, an agreement), not to a new one; with nothing of its kind before (`ce rapprochement` opening the
    commentary), it names the event itself."""
    kept: list[Event] = []
    for event in events:
        trigger = event.trigger
        pointing = trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES
                                                  for c in trigger.children)
        if not pointing or not any(_same_kind(k, event) for k in kept):
            kept.append(event)
    return kept


def _same_kind(told: Event, again: Event) -> bool:
    """The event told before is named by the same noun, as its trigger or as its object (`ont signé un traité`
    ... `ce traité`)."""
    noun = again.trigger.lemma_.lower()
    named = {t.lemma_.lower() for t in [told.trigger, *(c for c in told.trigger.children if c.dep_ == "obj")]}
    return told.type == again.type and noun in named


def _an_act(thing: Token, done_to: Token | None) -> bool:
    """Is the noun an act, not a thing acted on? For an action noun's `de` thing (``done_to``), an activity named with
    the words that make it one (`l'abandon du programme nucléaire`) is what the act is done to; an act joined to it
    is not (`l'isolement de son allié et la militarisation de X`)."""
    if done_to is not None and thing.i != done_to.i and verb_of(thing) is not None:
        return True
    activity = done_to is not None and (frame := named_frame(thing)) is not None and bool(frame.requires)
    return (_event_noun(thing) and thing.lemma_.lower() not in TEXT_NOUNS and not activity) or (
        thing.lemma_.lower() in ACTION_NOUNS)


def _theme_candidates(event: Event, trigger: Token, acl: bool, passive: bool = False) -> list[Token]:
    """The words that may name the thing: the noun a participle describes, the subject of a passive (`une
    résolution a été adoptée`), the object, a partitive complement (`livrer du pétrole`), the `de` complement
    of an event noun, the object of a proposed act."""
    if acl:  # (`la sécurité de la centrale, occupée par X`: the thing the participle agrees with)
        return [described_noun(trigger)]
    if passive and trigger.pos_ == "VERB":
        return [c for c in trigger.children if c.dep_ in ("nsubj:pass", "nsubj")]
    if trigger.pos_ == "NOUN":  # `des livraisons de matériel militaire`
        goods = [c for c in trigger.children if c.dep_ == "nmod" and any(
            g.dep_ == "case" and g.lower_ in ("de", "d'") for g in c.children)]
        return goods or (_goods_behind_a_destination(trigger) if event.type in TRANSFERS else [])
    proposed_act = [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if event.type == "Proposal" and proposed_act:  # `a proposé d'augmenter X, en échange de Y`: the act's object
        return [g for c in proposed_act for g in c.children if g.dep_ == "obj"] or [
            g for c in proposed_act for g in object_behind_a_complement(c)]
    # `a adopté jeudi ... une résolution`: a day the parse takes for the object is no thing
    candidates = _direct_objects(trigger)
    if not candidates:  # `a tiré dimanche 14 janvier un missile`: the parse hangs the object on the date
        candidates = _object_behind_a_date(trigger)
    if not candidates:  # `doit signer avec son hôte un traité`: or on the complement set before it
        candidates = object_behind_a_complement(trigger)
    if not candidates:  # `livrer du pétrole`, `voter en faveur du projet`: what the parser takes for a complement
        candidates = [c for c in trigger.children if c.dep_ in ("obl:arg", "obl:mod") and any(
            g.dep_ in ("case", "fixed") and g.lower_ in ("du", "des", "de", "d'", "faveur", "pour") for g in c.subtree
            if g.head.i == c.i or g.head.head.i == c.i) and c.i > trigger.i and not _event_noun(c)]
    if not candidates:  # `tuant au moins cinq civils`: a complement with no preposition is the object (`a tiré la
        # semaine dernière un missile`: nor is the date's adjective the parse takes for one)
        candidates = [c for c in trigger.children if c.dep_ in ("obl:arg", "obl:mod") and c.i > trigger.i
                      and c.pos_ == "NOUN" and c.lemma_.lower() not in TIME_WORDS
                      and not any(g.dep_ == "case" and g.pos_ == "ADP" for g in c.children)]
    favoured = _favoured(trigger)
    if favoured is not None:  # `a voté à une large majorité en faveur du projet`: what the favour is for
        return [favoured]
    # `voter en faveur du projet`: the thing is what the favour is of
    candidates = [next((g for g in c.children if g.dep_ == "nmod"), c) if c.lemma_ == "faveur" else c
                  for c in candidates]
    if not candidates and event.type == "Proposal":
        candidates = [g for c in trigger.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "obj"]
    if not candidates:  # `a offert à X un vase`: the parse may set the thing beside the name before it
        candidates = [g for c in trigger.children if c.dep_ == "obl:arg" for g in _listed(c)]
    return candidates


def _direct_objects(trigger: Token) -> list[Token]:
    """The verb's objects; for a relative `que`, the noun it stands for (`l'accord céréalier que Moscou a quitté`)."""
    candidates = [c for c in trigger.children if c.dep_ == "obj" and c.lemma_.lower() not in TIME_WORDS
                  and c.pos_ != "NUM"]  # (`a quitté le 17 juillet l'accord`: nor a date's day)
    antecedent = relative_antecedent(trigger) if any(c.lower_ in OBJECT_RELATIVES for c in candidates) else None
    return [antecedent] if antecedent is not None else candidates


DESTINATION_PREPOSITIONS = {"vers", "à", "au", "aux"}


def _goods_behind_a_destination(trade: Token) -> list[Token]:
    """`les exportations vers les États-Unis de gallium`: the parse hangs the goods on the destination's name; a name
    takes no `de` complement without an article (`de gallium`), which is the trade's."""
    return [g for c in trade.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and (
        preposition_of(c) in DESTINATION_PREPOSITIONS) for g in c.children if g.dep_ == "nmod" and g.pos_ == "NOUN"
        and preposition_of(g) in ("de", "d'", "d’") and not any(d.dep_ == "det" for d in g.children)]


def _object_behind_a_date(trigger: Token) -> list[Token]:
    """`a tiré dimanche 14 janvier un missile`: after a day and its date, the first noun with an article and no
    preposition is the verb's object, whatever the parse hangs it on."""
    for date in (c for c in trigger.children if c.i > trigger.i and c.lemma_.lower() in TIME_WORDS):
        found = next((t for t in date.subtree if t.i > date.i and t.pos_ == "NOUN" and t.lemma_.lower() not in (
            TIME_WORDS) and any(c.dep_ in ("det", "nummod") for c in t.children) and not any(
            c.dep_ == "case" for c in t.children)), None)
        if found is not None:
            return [found]
    return []


def _favoured(trigger: Token) -> Token | None:
    """`en faveur du projet`, wherever the parse hangs it: the first noun after `faveur` behind `de`."""
    clause = clause_tokens(trigger)
    favour = next((t for t in clause if t.lemma_ == "faveur" and t.i > trigger.i), None)
    if favour is None:
        return None
    return next((t for t in clause if t.i > favour.i and t.pos_ == "NOUN" and any(
        c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du", "des") for c in t.children)), None)


def _event_noun(noun: Token) -> bool:
    """`signé au terme d'une visite`: a complement naming an event is when or why, not the thing acted on."""
    return named_frame(noun) is not None


ASIDE_DEPS = ("appos", "conj", "parataxis")  # how the parse hangs `, la deuxième,` inside a list


def _coordinated_nouns(noun: Token, trigger: Token) -> list[Token]:
    """The noun and those joined to it, also where the parse hangs them on the verb (`a offert une
    limousine, ainsi qu'un service à thé et une dague`) or on an adjective set beside the first (`une
    limousine, la deuxième, ainsi qu'un service à thé`)."""
    beside = noun.head if noun.dep_ == "appos" else trigger  # `à X un vase, une théière et un tableau`
    # (a bare noun joined to the verb is a verb the tagger missed: `a quitté l'accord, et menace depuis de ...`)
    queue = [noun, *(c for c in beside.children if c.i > noun.i and (
        (c.dep_ == "conj" and c.pos_ == "NOUN" and any(g.dep_ == "det" for g in c.children))
        or (c.dep_ in ASIDE_DEPS and c.pos_ == "ADJ"))), *_repeated_complements(noun)]
    found: list[Token] = []
    while queue:
        token = queue.pop(0)
        if token in found:
            continue
        if _noun_like(token) or _governed_adjective(token) or _counted_others(token):
            found.append(token)
        listed = _listed(token) if _noun_like(token) else []
        passing = [c for c in token.children if c.dep_ in ASIDE_DEPS and c.pos_ == "ADJ"]  # `la deuxième`
        queue += [*(c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"), *listed, *passing]
    return found


def _repeated_complements(noun: Token) -> list[Token]:
    """`vers les États-Unis de gallium, de germanium et d'antimoine`: the parse may hang the rest of a list of `de`
    complements on the name the first hangs on; a name takes no such list, the repeated `de` joins them to the
    first."""
    if noun.dep_ != "nmod" or noun.head.pos_ != "PROPN" or preposition_of(noun) not in ("de", "d'", "d’"):
        return []
    return [c for c in noun.head.children if c.i > noun.i and c.dep_ == "conj" and (
        preposition_of(c) in ("de", "d'", "d’"))]


def _governed_adjective(token: Token) -> bool:
    """`de gallium, de germanium et d'antimoine`: an adjective never takes a preposition; a word tagged one with its
    own `de` is a noun of the list the tagger missed."""
    return token.pos_ == "ADJ" and token.dep_ == "conj" and any(
        c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in token.children)


def _unnamed_people(noun: Token) -> bool:
    """`une délégation militaire`, `d'anciens habitants`, `des étudiants`: people named by a common noun with an
    indefinite article are new to the article, a party of their own (`son homologue` is someone the linker must
    find: no new entity for them)."""
    words = {noun.lemma_.lower(), noun.lower_}
    indefinite = any(c.dep_ == "det" and ("Ind" in c.morph.get("Definite") or c.lower_ in ("d'", "d’", "de"))
                     for c in noun.children)
    return bool(words & UNNAMED_PEOPLE_NOUNS) or (bool(words & GUEST_NOUNS) and indefinite) or (
        _envoy_of_a_state(noun))


ENVOY_NOUNS = {"ambassadeur", "ambassadrice", "consul", "consule"}


def _envoy_of_a_state(noun: Token) -> bool:
    """`a convoqué l'ambassadeur de Suède`, `a expulsé l'ambassadeur russe`: the envoy of a state is one person the
    article need not name (the linker resolves a named one, whose mention then holds the noun)."""
    if noun.lemma_.lower() not in ENVOY_NOUNS and noun.lower_ not in ENVOY_NOUNS:
        return False
    of_state = any(c.dep_ == "nmod" and c.pos_ in ("PROPN", "X") and preposition_of(c) in ("de", "d'", "d’", "du")
                   for c in noun.children)
    return of_state or any(c.dep_ == "amod" and demonym_country(c.lower_) for c in noun.children)


# People news tells of acts done to or by, beyond the lexicon's (`a arrêté deux ressortissants chinois`, `a évacué
# des réfugiés`, `ont libéré des détenus`): arrests, exchanges, expulsions, rescues, protests.
PEOPLE_OF_THE_NEWS = {"ressortissant", "ressortissants", "détenu", "détenus", "otages", "prisonniers", "migrant",
                      "migrants", "réfugié", "réfugiés", "manifestant", "manifestants", "opposant", "opposants",
                      "militant", "militants", "pêcheur", "pêcheurs", "marin", "marins", "touriste", "touristes",
                      "travailleur", "travailleurs", "employé", "employés", "enfants", "rescapés", "survivants",
                      "passagers", "passager", "combattants", "combattant", "mercenaires", "espions", "espion",
                      "citoyens", "citoyen", "secouristes", "adulte", "adultes", "enfant", "femme", "femmes",
                      "policier", "policiers", "villageois", "habitant"}
UNNAMED_PEOPLE_NOUNS = PERSON_NOUNS | PEOPLE_OF_THE_NEWS | ARMED_BANDS  # people a common noun names: new to the article


# The ties between states a joint act settles, mends or handles (`régler leurs différends`, `normaliser leurs
# relations`): whoever does it for them, the parties are the states.
STATE_TIES = {"différend", "différends", "contentieux", "litige", "litiges", "relation", "relations", "lien", "liens",
              "tension", "tensions", "frontière", "frontières"}


def _settles_states_ties(event: Event) -> bool:
    """A joint act (all its parties participants) on the ties between states (`gérer leurs différends`)."""
    trigger = event.trigger
    return trigger.pos_ == "VERB" and all(r == "participant" for r, _ in event.roles) and any(
        c.dep_ == "obj" and c.lemma_.lower() in STATE_TIES for c in trigger.children)


def _past_another_clause(trigger: Token, mention: Mention) -> bool:
    """`Le Japon a reçu Kim et Poutine a rencontré Xi`: a name after a verb that has its own subject between the
    trigger and it belongs to that verb's clause, wherever a misparse hangs it."""
    if mention.start <= trigger.idx:
        return False
    doc = trigger.doc
    if any(t.dep_ == "mark" and t.lower_ in SUBORDINATORS and t.idx < mention.start
           for t in doc[trigger.i + 1:trigger.sent.end]):
        return True  # `des entretiens avec X, alors que Séoul et Washington affirment`: the names of another clause
    if trigger.pos_ != "VERB":
        return False
    later = [t for t in doc[trigger.i + 1:trigger.sent.end] if t.pos_ == "VERB" and _finite(t)]
    # (a relative clause set inside, `Y, que Z avait reçu la veille, et W`, is no following clause)
    following = [t for t in later if t.idx < mention.start and not any(c.lower_ in RELATIVE_WORDS for c in t.children)]
    if any(_subject_after(t, trigger) for t in following):
        return True
    # `Y, que Z avait reçu`: Z, the subject of a verb of its own, is no complement of the trigger
    return any(mention.start <= c.idx < mention.end and c.i < t.i for t in later for c in t.children
               if c.dep_ in ("nsubj", "nsubj:pass"))


RELATIVE_WORDS = {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
# Words that open an adverbial clause (`alors que`, `tandis que`, `parce que`, `lorsque`): what follows is another act's
SUBORDINATORS = {"alors", "tandis", "parce", "puisque", "lorsque", "quand", "bien", "quoique", "pendant"}


def _finite(verb: Token) -> bool:
    return "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)


def _subject_after(verb: Token, trigger: Token) -> bool:
    """The verb has a subject of its own between the trigger and it (`et Poutine a rencontré`)."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and trigger.i < c.i < verb.i and c.lower_ not in RELATIVE_WORDS
               for c in verb.children)


def _open_act_on_people(verb: Token, frame: Frame, passive: bool) -> bool:
    """`la Russie a libéré trois prisonniers ukrainiens`, `le Hamas a relâché des otages`: an act the lexicon does not
    know (an open-class event, whose frame has no object slot when no entity names its object) done to people a
    common noun names is done to them, a party of their own (a local group, as for `a expulsé deux diplomates`)."""
    if passive or verb.pos_ != "VERB" or frame.type != "Event" or "obj" in frame.slots or (
            verb.lemma_.lower() in VERB_FRAMES or verb.lemma_.lower() in SENSES):
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and _unnamed_people(c) for c in verb.children)


def _noun_like(token: Token) -> bool:
    """A noun, or a word the tagger took for a verb behind an article (`une montre`), or for an adjective when it
    names a thing (`une seconde centrale`, read as the adjective `central`)."""
    if token.pos_ == "NOUN":
        return True
    if token.dep_ == "nmod" and (amount := amount_of(token.head)) is not None and amount.i == token.i:
        return True  # `une vingtaine de drones`, the tagger reading `drones` as an adverb: the things counted
    determined = any(c.dep_ == "det" for c in token.children)
    return determined and (token.pos_ == "VERB" or (token.pos_ == "ADJ" and token.lower_ in THING_NOUNS))


def _listed(noun: Token) -> list[Token]:
    """`une limousine, un service à thé et une dague`: the parse may set the second of a list beside the first
    (an apposition); an apposed noun with an indefinite article of its own is another thing of the list."""
    return [c for c in noun.children if c.dep_ == "appos" and _noun_like(c) and c.i > noun.i and any(
        g.dep_ == "det" and "Ind" in g.morph.get("Definite") for g in c.children)]


SEVERAL = {"plusieurs", "des", "de", "d'", "quelques", "certains", "certaines", "nombreux", "nombreuses"}


def _singled_out(noun: Token) -> Token | None:
    """`plusieurs appareils, dont un bombardier Tu-160`: of an indefinite many, the one the article singles out
    is the thing (the many are a kind); found by the words, as the parse often loses `dont`."""
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if "Plur" not in noun.morph.get("Number") or not dets or dets[0] not in SEVERAL:
        return None
    following = list(noun.doc[noun.i + 1:min(noun.i + 8, sentence_of(noun).end)])
    words = [t.lower_ for t in following]
    if words[:3] not in ([",", "dont", "un"], [",", "dont", "une"]):
        return None
    return next((t for t in following[3:] if t.pos_ == "NOUN"), None)


# Object clitics that may take up a thing, and the noun's gender or number they need (`l'`: its participle tells)
THING_CLITICS = {"le": "Masc", "la": "Fem", "l'": None, "les": "Plur"}
# Standings of an act not told as done nor as to be done: a charge or a fear (`redoutent que X ne livre des armes`,
# `auraient tiré des missiles`), a denial (`n'a aucune intention de livrer des armes`).
UNASSERTED = {"suspected", "negated"}


def _clitic_agrees(clitic: Token, verb: Token, noun: Token) -> bool:
    """Does the object clitic agree with the noun it would take up: `le` a masculine, `la` a feminine, `les` a
    plural; `l'` the gender its participle shows (`l'a inaugurée`), if any?"""
    wanted = THING_CLITICS[clitic.lower_.replace("’", "'")]
    if wanted == "Plur":
        return "Plur" in noun.morph.get("Number")
    gender = wanted if wanted is not None else (verb.morph.get("Gender") or [None])[0]
    return "Plur" not in noun.morph.get("Number") and not (gender and noun.morph.get("Gender") not in ([], [gender]))


def _kind_meant(event: Event, thing: Token) -> bool:
    """Does an indefinite plural object name a kind rather than the things acted on? Under an act charged, feared or
    denied, yes; under an act to come (`pourrait livrer des armes à Kiev`, `à construire des satellites`) the things
    it would be done to are meant, as for an act done (`a envoyé des troupes`), when an article sets them out (`de`
    alone, `livrer d'armes`, is the partitive of a negation: a kind)."""
    if event.status == "occurred" or any(c.dep_ == "acl" and "Past" in c.morph.get("Tense") for c in thing.children):
        return False  # (`des composants destinés à son industrie militaire`: goods told by what they are for)
    dets = [c.lower_ for c in thing.children if c.dep_ == "det"]
    return event.status in UNASSERTED or not dets or dets[0] != "des" or _under_condition(thing.head)


def _under_condition(verb: Token) -> bool:
    """`Si les Occidentaux livrent des missiles`: an act set as a condition is a case, not one told (its goods a
    kind)."""
    return any(c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") for c in verb.children)


def _generic_plural(noun: Token) -> bool:
    """`des armes`, `de munitions`: an indefinite plural names a kind of thing, not a thing."""
    if "Plur" not in noun.morph.get("Number"):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return not dets or dets[0] in ("des", "de", "d'")


def _described_goods(noun: Token) -> bool:
    """`d'armes létales`, `de systèmes de défense antiaérienne`: goods told by what they are, not only by where they
    come from (`de munitions nord-coréennes` is a kind of goods of a state)."""
    return any((c.dep_ == "amod" and not demonym_country(c.lower_)) or (c.dep_ == "nmod" and any(
        g.dep_ == "case" and g.lower_ in ("de", "d'") for g in c.children)) for c in noun.children)


def _described(noun: Token) -> bool:
    """`un traité de partenariat stratégique`, `une déclaration commune`: a text with its own description."""
    return any(c.dep_ == "amod" or (c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "sur")
                                                              for g in c.children)) for c in noun.children)


def _provisions_told(noun: Token) -> bool:
    """`un accord prévoyant la construction de X`, `un mémorandum portant sur Y`, `un traité qui prévoit une assistance
    militaire`: a text told by what it provides for (a present participle, a relative clause of which it is the
    subject) is one text, the thing signed; so is one a demonstrative takes up (`Ce traité, signé en juin par`)."""
    return any((c.dep_ == "acl" and "Part" in c.morph.get("VerbForm") and "Pres" in c.morph.get("Tense")) or (
        c.dep_ == "acl:relcl" and any(g.dep_ == "nsubj" and g.lower_ == "qui" for g in c.children)) or (
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES) for c in noun.children)


def _compound_head(noun: Token) -> Token:
    """`un projet de résolution présenté par`: the participle hangs on the last noun of a `N de N` name."""
    head = noun.head
    bare = not any(c.dep_ == "det" for c in noun.children)
    if noun.dep_ == "nmod" and bare and head.pos_ == "NOUN" and any(
            c.dep_ == "case" and c.lower_ in ("de", "d'") for c in noun.children):
        return head
    return noun


# Nouns of acts that are not events of their own in the lexicon, never a thing a verb acts on.
ACTION_NOUNS = {"lancement", "lancements", "opération", "opérations", "construction", "mise", "travaux", "test",
                "tests", "exercice", "exercices", "manœuvre", "manœuvres", "débat", "débats", "vote", "votes",
                "séance", "travail"}
STATUS_STRENGTH = ("occurred", "planned", "proposed", "hypothetical", "suspected", "negated")


def merge_events(events: list[Event], date_of: Mapping[int, str | None]) -> list[Event]:
    """One event for its several mentions: same type, compatible roles, place and date."""
    merged: list[Event] = []
    for event in events:
        twin = next((m for m in merged if _same(m, event, date_of)), None)
        if twin is None:
            merged.append(event)
            continue
        twin.roles = list(dict.fromkeys([*twin.roles, *event.roles]))
        if STATUS_STRENGTH.index(event.status) < STATUS_STRENGTH.index(twin.status):
            twin.status = event.status  # said to have happened once is enough: the most asserted status wins
        twin.place = twin.place or event.place
        twin.time_token = twin.time_token or event.time_token
    return merged


TOLD_APART_STATUSES = {"occurred", "suspected"}


def _same(a: Event, b: Event, date_of: Mapping[int, str | None]) -> bool:
    if a.type != b.type or (a.type in ("Visit", "Meeting") and a.place and b.place and a.place != b.place):
        return False
    if a.type == "Event":
        return False  # the catch-all type: two mentions are rarely one event
    if _different_nouns(a.trigger, b.trigger) and a.status == b.status and a.status in TOLD_APART_STATUSES:
        return False  # `ses achats d'armes` and `des livraisons de munitions`: two reports, two events; two
        # suspicions (`cherche à dissimuler ses achats`, `des livraisons présumées`) are two suspected acts
    if a.type == "Visit" and _themes(a) != _themes(b):
        return False  # `visiter une frégate` during a tour: a visit of its own
    if a.status != b.status and ("occurred" not in (a.status, b.status) or "negated" in (a.status, b.status)):
        return False  # a suspected deal and a denied one, or a told one and a denied one, are two claims
    # `ont eu des entretiens` and `doivent se retrouver en juillet`, `des sanctions` and `pourraient imposer de
    # nouvelles sanctions`: what happened and what a verb says is to come, or may come, are two events (a noun
    # takes its status from the words around it: `sur invitation de X` under a plan is still X's past act)
    unsure = next((e for e in (a, b) if e.status != "occurred"), None)
    if unsure is not None and "occurred" in (a.status, b.status) and unsure.trigger.pos_ == "VERB":
        return False
    date_a = date_of.get(a.time_token.i) if a.time_token is not None else None
    date_b = date_of.get(b.time_token.i) if b.time_token is not None else None
    if (date_a and date_b and date_a != date_b) or (bool(date_a) != bool(date_b) and a.type == "Visit"):
        return False
    roles_a, roles_b = dict(_by_entity(a)), dict(_by_entity(b))
    if any(roles_a[e] != roles_b[e] for e in roles_a.keys() & roles_b.keys()):
        return False
    small, big = sorted((a.participants(), b.participants()), key=len)
    return bool(small) and small <= big


SPECIAL_VERBS = {"rendre": EventExtractor._rendre_frame, "envoyer": EventExtractor._envoyer_frame,
                 "dépêcher": EventExtractor._envoyer_frame,
                 "recevoir": EventExtractor._recevoir_frame, "arriver": EventExtractor._arriver_frame,
                 "présenter": EventExtractor._presenter_frame, "surveiller": EventExtractor._watch_frame,
                 "contrôler": EventExtractor._watch_frame, "soutenir": EventExtractor._support_frame,
                 "former": EventExtractor._train_frame, "venir": EventExtractor._venir_frame,
                 "appeler": EventExtractor._call_frame}


ARRIVAL_VERBS = {"arriver", "atterrir", "débarquer"}


def _different_nouns(a: Token, b: Token) -> bool:
    """Two transfers named by two different nouns are told apart (the same noun again may be the same one); two
    different verbs tell two acts (`a reçu X` and `a été accueilli par`, `est arrivé` and `a visité`); but the
    plan of a visit told with `se rendre`, then `visiter`, is one plan."""
    if a.lemma_.lower() == b.lemma_.lower():
        return False
    if {a.lemma_.lower(), b.lemma_.lower()} & ARRIVAL_VERBS:
        return True  # `est arrivé` is a moment of the visit, not the visit: both are told
    if {a.lemma_.lower(), b.lemma_.lower()} & JOURNEY_PARTS:
        return True  # `une visite d'État, première étape de sa tournée`: a tour holds visits and stops, all told
    return (a.pos_ == b.pos_ == "NOUN" and a.lemma_ in TRANSFER_NOUNS) or (a.pos_ == b.pos_ == "VERB")


def _themes(event: Event) -> set[str]:
    return {e for r, e in event.roles if r == "theme"}


def _by_entity(event: Event) -> list[tuple[str, str]]:
    return [(entity, role) for role, entity in event.roles]


def _drop_recipients_given(event: Event) -> None:
    """What is given is not who receives it: a role step that fell back on the object when the receiver has no
    party mention (`a livré des armes à la Syrie`, a country the knowledge base does not hold) is undone."""
    given = {x for r, x in event.roles if r == "theme"}
    event.roles = [(r, x) for r, x in event.roles if not (r == "recipient" and x in given)]
