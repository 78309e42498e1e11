"""Verbs whose sense, and so whether they name an event and of which class, depends on their complements.

`frapper Kiev` is a strike, `frappé par des sanctions` is not; `revenir en Corée du Nord` is a visit, `revenir sur
sa décision` is not; `gagner le Laos` is a trip, `gagner un match` is not; `participer au sommet du G20` is a
meeting with the G20, `participer aux discussions` only says who took part; `transmettre une lettre` hands over a
text (a delivery), `transmettre des informations` is speech, `remettre une médaille` is a gift; `échanger sur un
sujet` is a talk, `échanger des prisonniers` is not; `reconnaître un vote` is an act, `reconnaître que` is speech;
`porter un projet` sponsors it; `être attendu à Pékin` is a planned visit; `croiser un ministre` meets them. Each
function reads the trigger's own dependents and the mentions the linker found, and returns the frame for that
sense, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from newsld.extract.event_lexicon import (
    ACCOUNT_NOUNS,
    AGENT_NOUNS,
    CRIME_NOUNS,
    DRAFT_NOUNS,
    FIGURATIVE_MESSAGE_WORDS,
    FIRED_WORDS,
    GUEST_NOUNS,
    INFORMATION_NOUNS,
    MEETING_NOUNS,
    PERSON_NOUNS,
    SANCTION_WORDS,
    TEXT_NOUNS,
    UNGIVEN_NOUNS,
    VERB_FRAMES,
    VISIT_NOUNS,
    Frame,
    _f,
)
from newsld.extract.event_roles import OBJECT_RELATIVES
from newsld.extract.model import Mention
from newsld.extract.nlp import preposition_of
from newsld.extract.person_nouns import is_person_noun
from newsld.extract.speech_lexicon import NEEDS_AFTER
from newsld.extract.time_grammar import MONTHS, WEEKDAYS
from newsld.extract.unnamed_entities import CRAFT_NOUNS

MentionAt = Callable[[Token], Mention | None]
# Words of a date a place may be hung on by the parse (`en mai à Tokyo`, `jeudi à Ankara`).
TIME_NOUNS = {*WEEKDAYS, *MONTHS, "soir", "matin", "semaine", "mois", "année", "an", "week-end", "lendemain", "veille"}

STRIKE = _f("Event", subj="agent", obj="recipient", par="agent", avec="theme")
RETURN_VISIT = _f("Visit", subj="agent")
REACH_PLACE = _f("Visit", subj="agent", obj="place")
# `la Suède a rejoint l'Otan`: joining a body is an act of the one who joins on the body (an accession, as
# `adhérer à`), no trip
JOIN_BODY = _f("Event", subj="agent", obj="recipient", a_="recipient")
ATTEND_MEETING = _f("Meeting", subj="participant", a_="participant")
TAKE_PART = _f("Event", subj="participant")
HAND_OVER_TEXT = _f("Delivery", subj="agent", obj="theme", a_="recipient", par="agent")
HAND_OVER_GIFT = _f("Gift", subj="agent", obj="theme", a_="recipient")
TALK = _f("Meeting", subj="participant", avec="participant")
RECOGNISE = _f("Event", subj="agent", obj="theme", par="agent")

PLACE_TYPES = {"place", "country"}
LOCATING_CASES = {"en", "à", "au", "aux", "dans", "vers", "chez"}
# what one exchanges in talking: `échanger des vues`, `échanger leurs points de vue`
VIEW_NOUNS = {"vue", "vues", "point", "points", "avis", "idée", "idées", "propos", "opinion", "opinions"}
# handed over and carried: a text, not a present
CARRIED_TEXTS = TEXT_NOUNS | {"message", "messages", "lettre", "lettres", "missive", "invitation", "note", "courrier"}


def _dependents(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _objects(token: Token) -> list[Token]:
    """The direct object, or the subject of a passive: what the verb acts on; also a noun the parse sets beside
    the `à` complement before it (`a remis à Kim un message`)."""
    passive = any(c.dep_ == "aux:pass" for c in token.children)
    objects = _dependents(token, "obj", "nsubj:pass", "nsubj") if passive else _dependents(token, "obj")
    # `l'accord que Moscou a quitté`: the relative `que` stands for the noun its clause hangs on
    objects = [token.head if o.lower_ in OBJECT_RELATIVES and token.dep_ == "acl:relcl" else o for o in objects]
    beside = [a for c in _dependents(token, "obl:arg") for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    return objects + beside



def strike_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a frappé Kiev`, `frappant des infrastructures`: an attack; `frappé par des sanctions`, `frapper les
    esprits`, a ruling that `frappe d'interdiction` say something else."""
    words = {t.lower_ for t in token.subtree}
    if words & SANCTION_WORDS or any(c.lower_ in ("esprit", "esprits", "imagination") for c in token.subtree):
        return None
    return STRIKE


def return_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`est revenu en Corée du Nord`, `revient à Moscou`: a return to a place is a visit; `revenir sur sa
    décision`, `revenir au pouvoir` are not."""
    for complement in _located(token):
        mention = mention_at(complement)
        if mention is not None and mention.type in PLACE_TYPES and preposition_of(complement) in LOCATING_CASES:
            return RETURN_VISIT
    return None


def _located(token: Token) -> list[Token]:
    """The verb's complements, and those the parse hangs on a day or a time beside it (`attendu mardi à
    Pékin`, `attendu en mai à Tokyo`, `en avril à Washington`)."""
    complements = _dependents(token, "obl:arg", "obl:mod", "obl")
    days = [c for c in _dependents(token, "obj") if c.lower_ in TIME_NOUNS]  # (`lundi` read as the object)
    return complements + [g for c in [*complements, *days] if preposition_of(c) is None or c.lower_ in TIME_NOUNS
                          for g in c.children if g.dep_ == "nmod"]


def reach_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`gagnera ensuite le Laos`, `a rejoint Pékin`: reaching a named place or country is a trip there; `gagner
    un match`, `rejoindre une alliance` are not. (The parse may take a bare name after the verb for a complement:
    `a gagné Shanghai`, no preposition, is its object all the same.) `rejoindre l'Otan`: joining a body."""
    bare = [c for c in _dependents(token, "obl:mod", "obl") if c.i > token.i and c.pos_ == "PROPN" and not any(
        g.dep_ == "case" for g in c.children)]
    obj = next(iter(_dependents(token, "obj") or bare), None)
    mention = mention_at(obj) if obj is not None else None
    if mention is not None and mention.type == "organization" and token.lemma_.lower() == "rejoindre":
        return JOIN_BODY
    return REACH_PLACE if mention is not None and mention.type in PLACE_TYPES else None


# `les secouristes ont atteint Wajima`: a party reaching a named place goes there; `atteindre 5 %`, `atteindre la
# finale`, `atteindre ses objectifs` (no place) are measures and outcomes, and a thing that reaches a place
# (`le missile a atteint Kiev`) is no party going there.
ARRIVE_AT = _f("Event", subj="agent", obj="place")
MOVER_TYPES = {"person", "country", "organization", "group"}


def arrive_at_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`ont atteint la ville de Wajima`, `la délégation a atteint Kaboul`: a party (or a body: `les secouristes`)
    reaching a named place."""
    if not any(_place_reached(o, mention_at) for o in _reached(token)):
        return None
    for subject in _dependents(token, "nsubj"):  # (the parse may give a title and its name each as subject)
        mention = mention_at(subject)
        if subject.lemma_.lower() in AGENT_NOUNS or subject.lower_ in AGENT_NOUNS or (
                mention is not None and mention.type in MOVER_TYPES):
            return ARRIVE_AT
    return None


PLACE_CLASSIFIERS = {"ville", "capitale", "région", "province", "port", "village", "localité", "frontière", "île"}


def _reached(token: Token) -> list[Token]:
    """The object, or a bare noun the parse hangs on the verb with no preposition (`a atteint Kaboul lundi`)."""
    return [*_dependents(token, "obj"), *(c for c in _dependents(token, "obl:mod", "obl") if c.i > token.i
                                          and preposition_of(c) is None and c.lower_ not in DAY_WORDS)]


def _place_reached(noun: Token, mention_at: MentionAt) -> bool:
    """A named place, or one behind its classifier (`la ville de Wajima`)."""
    named = [noun, *(c for c in noun.children if c.dep_ in ("nmod", "appos", "flat:name")
                     and noun.lemma_.lower() in PLACE_CLASSIFIERS)]
    return any((m := mention_at(t)) is not None and m.type in PLACE_TYPES for t in named)


# `doit réunir le Conseil de sécurité nationale`, `a réuni les chefs de partis`: gathering people or a body is a
# meeting its subject holds (the reflexive `se réunir` is in the lexicon); `réunir 52 % des voix`, `réunir les
# conditions`, `réunir des fonds` gather no one.
GATHER = _f("Meeting", subj="agent", obj="participant", par="agent")
GATHERED_NOUNS = AGENT_NOUNS | GUEST_NOUNS | PERSON_NOUNS | {
    "cabinet", "conseil", "chefs", "dirigeants", "ministres", "représentants", "partenaires", "alliés",
    "homologues", "donateurs", "membres", "délégués", "syndicats", "partis", "leaders"}


# People met as a group: `a rencontré les familles des victimes`, `la communauté chinoise`, `des investisseurs`
COLLECTIVE_PEOPLE = {"famille", "familles", "communauté", "communautés", "diaspora", "population", "populations",
                     "foule", "public", "fidèles", "élèves", "enfants", "jeunes", "survivants", "rescapés",
                     "travailleurs", "partisans", "supporters", "investisseurs", "proches", "parents", "équipage",
                     "personnel", "élus", "hôtes", "interlocuteurs", "pairs"}
MEETING_OCCASIONS = MEETING_NOUNS | set(VISIT_NOUNS) | {"jeux", "délégation", "délégations"}


def _a_party(noun: Token, mention_at: MentionAt) -> bool:
    """Can one meet what this word names: a name, a pronoun, a number (`en a reçu trois`), a party the linker
    found, a person or a body named by a common noun (`les chefs des partis`, `les familles`)?"""
    if noun.pos_ in ("PROPN", "PRON", "X", "NUM") or noun.lower_ in DAY_WORDS:
        return True
    mention = mention_at(noun)
    if mention is not None and mention.type in MOVER_TYPES:
        return True
    return (word_in(noun, GATHERED_NOUNS) or word_in(noun, COLLECTIVE_PEOPLE) or word_in(noun, MEETING_OCCASIONS)
            or is_person_noun(noun.lower_))


def meets_no_one(token: Token, mention_at: MentionAt) -> bool:
    """`a rencontré des difficultés`, `a retrouvé son calme`, `a accueilli favorablement la proposition`, `la
    décision a été accueillie avec prudence`: a verb of meeting whose object is a common noun that names no one
    tells no meeting (a hurdle, a state regained, a reaction)."""
    objects = _objects(token)
    return bool(objects) and not any(_a_party(o, mention_at) for o in objects)


# Bodies a measure may target besides states and people: `sanctionner trois entreprises`, `des banques`
TARGETED_BODIES = {"entreprise", "entreprises", "société", "sociétés", "banque", "banques", "entité", "entités",
                   "firme", "firmes", "compagnie", "compagnies", "individu", "individus", "navire", "navires",
                   "groupe", "groupes", "organisation", "organisations", "fournisseur", "fournisseurs"}


def sanctions_no_one(token: Token, mention_at: MentionAt) -> bool:
    """`les électeurs avaient sanctionné l'échec du gouvernement`, `sanctionner les manquements`: what is punished
    is a failing, not a party (a verdict at the polls, a figure), so no measure against anyone."""
    if token.lemma_.lower() != "sanctionner":
        return False
    objects = _objects(token)
    return bool(objects) and not any(_a_party(o, mention_at) or word_in(o, TARGETED_BODIES) for o in objects)


def gather_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`réunir le Conseil de sécurité`, `réunira ses homologues`, `le cabinet a été réuni`: a meeting of those
    gathered, held by the subject; a gathering of things or shares is none."""
    for obj in _objects(token):
        mention = mention_at(obj)
        if (mention is not None and mention.type in MOVER_TYPES) or obj.lemma_.lower() in GATHERED_NOUNS or (
                obj.lower_ in GATHERED_NOUNS or is_person_noun(obj.lower_)):
            return GATHER
    return None


# `le gazoduc doit relier la Russie à la Chine`, `un pont reliera les deux rives`: a link to be built between named
# places is an event of the places it joins and of what joins them; `ce pont relie la Suède au Danemark` (now) is a
# standing fact, no event. (`via la Mongolie`: the land it crosses is joined too.)
LINK = _f("Event", subj="participant", obj="participant", a_="participant", via="participant")


def link_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """A link told as to come (an infinitive, a future, a conditional) between named places or states."""
    planned = "Inf" in token.morph.get("VerbForm") or "Fut" in token.morph.get("Tense") or (
        "Cnd" in token.morph.get("Mood"))
    if not planned or any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children):
        return None
    joined = [*_objects(token), *(c for c in _dependents(token, "obl:arg", "obl:mod", "obl")
                                  if preposition_of(c) in ("à", "au", "aux"))]
    places = [m for m in map(mention_at, joined) if m is not None and m.type in PLACE_TYPES]
    return LINK if places else None


def participate_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`participer au sommet du G20`, `participe à la réunion de l'ASEAN`: taking part in a meeting is meeting
    those who hold it (see :func:`meeting_hosts`); taking part in anything else only says who was there."""
    for complement in _dependents(token, "obl:arg", "obl:mod", "obl"):
        if preposition_of(complement) in ("à", "au", "aux") and complement.lemma_.lower() in MEETING_NOUNS:
            return ATTEND_MEETING
    return TAKE_PART


def meeting_hosts(token: Token, mention_at: MentionAt) -> list[str]:
    """The bodies and states a meeting taken part in belongs to, however deep in its `de` chain (`au sommet du
    G20`, `à la réunion des ministres des Affaires étrangères de l'ASEAN`)."""
    hosts: list[str] = []
    for meeting in _dependents(token, "obl:arg", "obl:mod", "obl"):
        if meeting.lemma_.lower() not in MEETING_NOUNS:
            continue
        for word in meeting.subtree:
            of_word = word.i != meeting.i and preposition_of(word) in ("de", "du", "des", "d'")
            mention = mention_at(word) if of_word else None
            if mention is not None and mention.type in ("organization", "country") and mention.entity not in hosts:
                hosts.append(mention.entity)
    return hosts


MESSAGE_NOUNS = {"message", "messages"}


def gives_nothing(token: Token) -> bool:
    """Is what a verb of giving gives no thing handed over: something said (`donner des détails`) or a figure of
    speech (`offrir une occasion`, `donner l'ordre`, `envoyer un signal`, `un message clair`; UNGIVEN_NOUNS)?"""
    # the noun the verb describes: `l'occasion offerte par X`, `de leçons à recevoir` (not `la possibilité de livrer
    # des armes`, where the noun is no object of the verb)
    objects = _objects(token)
    own = [o for o in objects if not any(c.dep_ == "case" for c in o.children)]  # (`de personne`: no object)
    described = [token.head] if token.dep_ == "acl" and token.head.pos_ == "NOUN" and not own and (
        "Part" in token.morph.get("VerbForm") or any(c.dep_ == "mark" and c.lower_ == "à" for c in token.children)
    ) else []
    for thing in [*objects, *described]:
        if word_in(thing, INFORMATION_NOUNS) or word_in(thing, UNGIVEN_NOUNS):
            return True
        if word_in(thing, ACCOUNT_NOUNS) and any(c.dep_ == "det" and "Yes" in c.morph.get("Poss")
                                                 for c in thing.children):
            return True
        if word_in(thing, MESSAGE_NOUNS) and any(c.dep_ == "amod" and c.lower_ in FIGURATIVE_MESSAGE_WORDS
                                                 for c in thing.children):
            return True
    return False


def hand_over_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a remis un message`, `a transmis une lettre`: a text handed over is delivered; a thing handed over is a
    gift; `transmettre des informations`, `remettre en cause`, `remettre à plus tard`, `remettre sa démission` are
    no transfer."""
    if gives_nothing(token) or any(
            c.lower_ in ("cause", "question", "ordre") for c in token.children if c.dep_.startswith("obl")):
        return None
    if protest_note_handed(token):
        return None  # `a remis une note de protestation à l'ambassadeur`: a protest (speech.py), nothing delivered
    carries_text = hands_over_text(token)
    if token.lemma_.lower() == "remettre":  # `a remis en liberté le journaliste` releases a person; a thing handed
        # in person (a medal, dogs) is a gift; a text or pictures handed over (a letter, a message) are delivered
        return custody_frame(token, mention_at) or (HAND_OVER_TEXT if carries_text else HAND_OVER_GIFT)
    return HAND_OVER_TEXT if carries_text else None


def hands_over_text(token: Token) -> bool:
    """Is what the verb hands over or receives a text (`une lettre`, `un message`: delivered, not a present)?"""
    return any(word_in(o, CARRIED_TEXTS) for o in _objects(token))


def protest_note_handed(token: Token) -> bool:
    """Is what the verb hands over or receives a protest in writing (`une note de protestation`)?"""
    return any(_protest_note(o) for o in _objects(token))


# `a reçu des yens en échange de documents`, `offert en contrepartie de`: a thing paid for is traded, no present
TRADE_NOUNS = {"échange", "contrepartie"}


def traded(token: Token) -> bool:
    return any(c.dep_.startswith("obl") and word_in(c, TRADE_NOUNS) and any(
        g.dep_ == "case" and g.lower_ == "en" for g in c.children) for c in token.children)


# `une note diplomatique`, `une note verbale`, `une lettre de protestation`: a state's protest in writing, a speech act
NOTE_NOUNS = {"note", "notes", "lettre", "lettres"}
PROTEST_WORDS = {"diplomatique", "diplomatiques", "verbale", "verbales", "protestation", "protestations"}


def _protest_note(thing: Token) -> bool:
    return word_in(thing, NOTE_NOUNS) and any(c.dep_ in ("amod", "nmod") and word_in(c, PROTEST_WORDS)
                                              for c in thing.children)


# `la Russie et l'Ukraine ont échangé 90 prisonniers`, `a échangé X contre Y`: a swap between its parties
SWAP = _f("Event", subj="participant", obj="theme", avec="participant")
DAY_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "matin", "soir",
             "nuit", "semaine", "mois", "an", "année", "jour", "week-end", "veille", "lendemain"}


def exchange_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`ont échangé sur la mise en œuvre du traité`, `ont échangé leurs vues`: a talk; `échanger des prisonniers`
    (also when the parse hangs the thing on the verb behind a day: `ont échangé samedi 90 prisonniers`) is a swap
    of its parties, not a meeting."""
    objects = _objects(token) or _bare_nouns_after(token)
    if objects and not any(o.lemma_.lower() in VIEW_NOUNS for o in objects):
        return SWAP
    return TALK


def _bare_nouns_after(token: Token) -> list[Token]:
    """Nouns after the verb hung on it with no preposition and that are no day (`samedi`): a misparsed object."""
    days = [c for c in token.children if c.i > token.i and word_in(c, DAY_WORDS)]
    hung = [*token.children, *(g for d in days for g in d.children if g.dep_ in ("nmod", "appos", "dep"))]
    return [c for c in hung if c.i > token.i and c.pos_ == "NOUN" and c.dep_.startswith(("obl", "dep", "nmod"))
            and preposition_of(c) is None and not word_in(c, DAY_WORDS)]


# What a state or a body recognises by an act: a state, a government, an independence, a result
RECOGNISED_THINGS = {"indépendance", "souveraineté", "annexion", "résultat", "résultats", "élection", "élections",
                     "vote", "scrutin", "référendum", "victoire", "gouvernement", "régime", "autorité", "autorités",
                     "état", "états", "république", "frontière", "frontières", "légitimité", "statut", "président",
                     "intégrité", "rattachement"}

# ... and what it recognises a state as having: the state after `de` is recognised, the attribute is no party
ATTRIBUTES_OF_STATES = {"indépendance", "souveraineté", "légitimité", "intégrité"}
RECOGNISE_OF = _f("Event", subj="agent", de="theme", par="agent")


def _recognised_thing(obj: Token, mention_at: MentionAt) -> bool:
    mention = mention_at(obj)
    return obj.pos_ == "PROPN" or word_in(obj, RECOGNISED_THINGS) or (
        mention is not None and mention.type in PLACE_TYPES | BODY_TYPES)


def recognise_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`ne reconnaîtra pas ce vote`, `a reconnu l'indépendance de X`, `reconnaît le Kosovo`: recognising a state, a
    body, an independence or a result is an act; `a reconnu que`, `reconnaît avoir`, `a reconnu son erreur` are
    speech or thought (speech.py tells them)."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None
    objects = [o for o in _objects(token) if _recognised_thing(o, mention_at)]
    if any(word_in(o, ATTRIBUTES_OF_STATES) for o in objects):
        return RECOGNISE_OF  # `reconnaît l'indépendance du Kosovo`: Kosovo is what is recognised (as independent)
    return RECOGNISE if objects else None


SPONSOR = _f("Proposal", subj="agent", obj="theme", par="agent")
EXPECTED_VISIT = _f("Visit", obj="agent")  # used in the passive: `X est attendu à Y` (X is the passive subject)


def carry_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`le texte, porté par l'Ukraine`, `porter un projet de résolution`: carrying a draft is sponsoring it;
    `porter un costume`, `porter plainte` are not."""
    described = token.head if token.dep_ == "acl" else None
    things = [*_objects(token), *([described] if described is not None else [])]
    return SPONSOR if any(t.lemma_.lower() in DRAFT_NOUNS for t in things) else None


def expect_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`X est attendu en Russie la semaine prochaine`, `attendu mardi à Pékin`: someone expected at a place is
    to visit it; `attendre une réponse`, `X attend` are not visits."""
    # (`est attendu`: `attendre` takes `avoir`, so `être` before its participle is a passive, whatever the parse says)
    passive = any(c.dep_ == "aux:pass" or (c.dep_.startswith("aux") and c.lemma_ == "être")
                  for c in token.children) or token.dep_ in ("acl", "appos")
    nearby = [*token.subtree, *(token.head.children if token.dep_ in ("acl", "appos") else [])]
    if not passive or any(t.lemma_.lower() in VISIT_NOUNS for t in nearby):
        return None  # `attendu à Pékin pour une visite d'État`: the noun names the visit
    described = any(c.lemma_.lower() in PLACE_CLASSIFIERS and preposition_of(c) in LOCATING_CASES
                    for c in _located(token))  # `attendu lundi dans la capitale belge`: a place no name gives
    return EXPECTED_VISIT if described or return_frame(token, mention_at) is not None else None



CROSS_PATHS = _f("Meeting", subj="participant", obj="participant", avec="participant")


def cross_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`pourrait y croiser le secrétaire d'État`: running into a person is meeting them; `croiser le fer`,
    `croiser les données` are not."""
    for obj in _objects(token):
        mention = mention_at(obj)
        if (mention is not None and mention.type == "person") or obj.lemma_.lower() in GUEST_NOUNS:
            return CROSS_PATHS
    return None


PUT_AN_END = _f("Event", subj="agent", par="agent", a_="theme")
# `mettre au point une arme`, `a mis en place un couvre-feu`, `mettre sur pied une force`, `mettre en œuvre l'accord`:
# making or setting up a thing is an act of the subject on that thing (the theme)
SET_UP = _f("Event", subj="agent", obj="theme", par="agent")
SETTING_UP = {("au", "point"), ("à", "point"), ("en", "place"), ("sur", "pied"), ("en", "œuvre")}


def end_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`mettre fin à ses provocations`, `mettre un terme au conflit`: ending something is an act of the subject;
    `mettre au point`, `en place`, `en œuvre` a thing sets it up; `mis en examen`: a person charged
    (:func:`custody_frame`); `mettre en garde`, `mettre son veto` are not (the veto noun is its own event)."""
    # (`a mis fin jeudi à l'accord`: with a day after it, the parse may make `fin` a complement, not the object)
    bare = [c for c in token.children if c.pos_ == "NOUN" and c.i > token.i and preposition_of(c) is None]
    if any(o.lemma_.lower() in ("fin", "terme") for o in [*_objects(token), *bare]):
        return PUT_AN_END
    if any((preposition_of(c), c.lower_) in SETTING_UP for c in token.children if c.i > token.i):
        return SET_UP
    return custody_frame(token, mention_at)


# Where a fired thing comes down: `s'est abîmé en mer`, `sont tombés dans la mer du Japon`, `s'est écrasé au sol`.
LANDING_NOUNS = {"mer", "océan", "eau", "eaux", "sol", "terre", "zone", "large", "territoire", "côte", "champ"}
FALL = _f("Event", subj="participant")
REFLEXIVE_ONLY_FALLS = {"abîmer", "écraser"}  # `abîmer un véhicule`, `écraser une révolte` are other senses


def fall_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`le missile s'est abîmé en mer`, `les projectiles sont tombés en mer`: a thing coming down somewhere is an
    event it undergoes; `tomber d'accord`, `tomber malade`, `le gouvernement est tombé` name no place of landing."""
    if token.lemma_.lower() in REFLEXIVE_ONLY_FALLS and not any(
            c.lower_ in ("se", "s'", "s’") for c in token.children):
        return None
    landing = any(c.dep_.startswith("obl") and (c.lemma_.lower() in LANDING_NOUNS or c.lower_ in LANDING_NOUNS)
                  for c in token.children)
    # `le drone s'est écrasé`, `l'avion s'est abîmé`: crashing needs no place said (its reflexive tells the fall)
    crash = token.lemma_.lower() in REFLEXIVE_ONLY_FALLS and not any(c.dep_ == "obj" for c in token.children)
    return FALL if landing or crash else None


PRESENCE_REFLEXIVES = {"se", "s'", "s’"}
# bodies one leads, named by a common noun (`le ministère`, `l'armée`; not `les forces`, `la presse`)
BODY_NOUNS = (AGENT_NOUNS - {"forces", "troupes", "médias", "presse", "personne", "gens", "experts", "responsables",
                             "dirigeants"}) | {"pays", "diplomatie", "parti", "entreprise", "groupe"}
LEAVE_PLACE = _f("Event", subj="agent", obj="place")
LEAVE_TEXT = _f("Event", subj="agent", obj="theme")
WITHDRAW_FROM_PLACE = _f("Event", subj="agent", de="place")
WITHDRAW_FROM_TEXT = _f("Event", subj="agent", de="theme")
# what a state leaves or withdraws from that is no place: a text that binds it (`l'accord`, `le traité`)
BINDING_NOUNS = TEXT_NOUNS | {"pacte", "format", "initiative", "programme", "négociations", "pourparlers"}


# rooms and stages one walks out of: no trip and no act on anyone (`a quitté la salle`, `la tribune`)
ROOM_NOUNS = {"salle", "pièce", "tribune", "plateau", "studio", "estrade", "scène", "podium", "pupitre"}


def leave_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a quitté Pékin` leaves a place; `a quitté l'accord céréalier`, `quitter le traité` leave a text, its theme;
    `a quitté la salle` (a room, a stage) tells no departure of news."""
    if any(word_in(o, ROOM_NOUNS) for o in _objects(token)):
        return None
    texts = [o for o in _objects(token) if o.lemma_.lower() in BINDING_NOUNS or o.lower_ in BINDING_NOUNS]
    return LEAVE_TEXT if texts else LEAVE_PLACE


# what a state withdraws from a place when it withdraws (`retirer ses troupes`, `ses soldats`, `son contingent`)
FORCE_NOUNS = {"troupe", "troupes", "soldat", "soldats", "force", "forces", "militaire", "militaires", "contingent",
               "contingents", "unité", "unités", "armée", "casques", "bataillon", "bataillons", "brigade", "brigades"}


def withdraw_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`les troupes se sont retirées de Kherson` withdraw from a place; `la Russie s'est retirée de l'accord`
    from a text, its theme; `a retiré ses troupes de X` withdraws (its forces) from a place too; `retirer sa
    candidature`, `retirer un projet` are other acts."""
    if not any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children):
        return WITHDRAW_FROM_PLACE if any(word_in(o, FORCE_NOUNS) for o in _objects(token)) else None
    texts = [c for c in _dependents(token, "obl:arg", "obl:mod", "obl")
             if preposition_of(c) in ("de", "du", "des", "d'")
             and (c.lemma_.lower() in BINDING_NOUNS or c.lower_ in BINDING_NOUNS)]
    return WITHDRAW_FROM_TEXT if texts or _binding_text_of_dont(token) else WITHDRAW_FROM_PLACE


def _binding_text_of_dont(verb: Token) -> bool:
    """`l'accord permettant l'exportation de céréales par la mer Noire, dont Moscou s'est retiré`: `dont` is the `de`
    complement, and what it stands for is the text the relative clause follows (the parse may hang the clause on
    the last noun of the text's long phrase: the text is found up its heads)."""
    if verb.dep_ != "acl:relcl" or not any(
            c.lower_ == "dont" for h in [verb, *_dependents(verb, "nsubj", "nsubj:pass")] for c in h.children):
        return False
    noun, steps = verb.head, 0
    while steps < 6 and noun.i < verb.i:
        if noun.lemma_.lower() in BINDING_NOUNS or noun.lower_ in BINDING_NOUNS:
            return True
        if noun.head.i == noun.i or "Fin" in noun.head.morph.get("VerbForm"):
            return False
        noun, steps = noun.head, steps + 1
    return False


def presence_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`Xi Jinping se trouve à Moscou`, `le ministre a séjourné trois jours en Chine`: a person staying at a named
    place is visiting it; `se trouver dans une impasse`, `la centrale se trouve à Zaporijjia`, `se trouver
    face à`, `trouver un accord` are no visits."""
    if token.lemma_.lower() == "trouver" and not any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children):
        return None
    subject = _relative_antecedent(next(iter(_dependents(token, "nsubj")), None))
    if subject is None or not any(m is not None and m.type == "person" for m in map(mention_at, _named_by(subject))):
        return None
    stays = any(_named_place(t, mention_at) and _in_own_clause(t, token) for t in token.subtree)
    return RETURN_VISIT if stays else None


RELATIVE_SUBJECTS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}


def _relative_antecedent(subject: Token | None) -> Token | None:
    """`Zelensky, qui se trouvait jeudi à Ankara`: a relative `qui` stands for the noun its clause hangs on."""
    if subject is None or subject.lower_ not in RELATIVE_SUBJECTS or subject.head.dep_ != "acl:relcl":
        return subject
    return subject.head.head


def _named_by(noun: Token) -> list[Token]:
    """The noun and the name set beside it (`le président Lula`, `le chef de l'État, Emmanuel Macron`)."""
    return [noun, *(c for c in noun.children if c.dep_ in ("flat:name", "appos"))]


def _named_place(token: Token, mention_at: MentionAt) -> bool:
    """`à Moscou`, `en Russie` (also hung on a length of time: `une semaine en Russie`): a place or a country
    named after a preposition of place."""
    mention = mention_at(token) if token.dep_ in ("obl:arg", "obl:mod", "obl", "nmod") else None
    return mention is not None and mention.type in PLACE_TYPES and preposition_of(token) in LOCATING_CASES


def _in_own_clause(token: Token, verb: Token) -> bool:
    """No other verb stands between the word and the verb (`se trouve à Moscou pour rencontrer X à Pékin`)."""
    node = token.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return True


PAY_A_VISIT = _f("Visit", subj="agent", a_="participant")
LEAD_BODY = _f("Event", subj="agent", obj="participant", par="agent")
BODY_TYPES = {"organization", "country"}


def lead_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`qui dirigeait le ministère depuis 2012`, `dirige le Conseil de sécurité`: leading a body is an act of its
    head, the body taking part; `diriger un débat`, `se diriger vers le port`, `diriger des frappes` are not."""
    if any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children):
        return None
    for obj in _objects(token):
        mention = mention_at(obj)
        if (mention is not None and mention.type in BODY_TYPES) or obj.lemma_.lower() in BODY_NOUNS:
            return LEAD_BODY
    return None


def rendre_object_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a rendu visite à Vladimir Poutine`, `rendra visite aux troupes`: the visitor and whom they see; `rendre
    hommage à X` with no words of it told is a tribute paid (a deed: the words of `a rendu hommage à « un ami »`,
    `dans un message`, are speech); `rendre compte`, `rendre public` are neither."""
    objects = {o.lemma_.lower() for o in _objects(token)}
    if "visite" in objects:
        return PAY_A_VISIT
    after = token.doc.text[token.idx + len(token.text):token.idx + len(token.text) + 160]
    if "hommage" in objects:
        return None if re.match(NEEDS_AFTER["rendre"], after) else PAY_TRIBUTE
    given_back = [o for o in _objects(token) if o.pos_ == "NOUN" and o.lemma_.lower() not in IDIOMS_OF_RENDRE]
    # (the parse may hang `à X` on the thing given back: `rendre la centrale à l'Ukraine`)
    complements = [*_dependents(token, "obl:arg", "obl:mod", "obl", "iobj"),
                   *(c for o in given_back for c in o.children if c.dep_ == "nmod")]
    to_party = [c for c in complements if preposition_of(c) in ("à", "au", "aux") and (
        m := mention_at(c)) is not None and m.type in ("country", "organization", "person")]
    return GIVE_BACK if given_back and to_party else None


PAY_TRIBUTE = _f("Event", subj="agent", a_="recipient")
# `rendre la centrale à l'Ukraine`, `a rendu les territoires à X`: what is given back, to whom
GIVE_BACK = _f("Event", subj="agent", obj="theme", a_="recipient", par="agent")
IDIOMS_OF_RENDRE = {"compte", "service", "justice", "coup", "grâce", "âme", "arme", "armes", "public", "visite",
                    "hommage", "honneur", "copie", "verdict", "décision", "jugement", "avis", "rapport"}


# -- justice: a sentence passed, people taken in or held, a court's trial ------------------------------------------
# The one sentenced, arrested or held undergoes the act (its recipient); the court, the police or the state acts.
JUSTICE = _f("Event", subj="agent", obj="recipient", par="agent")
COURT_NOUNS = {"tribunal", "tribunaux", "cour", "juge", "juges", "justice", "parquet", "juridiction", "jury",
               "magistrat", "magistrats"}
# What one is sentenced to: `à dix ans de prison`, `à la peine de mort`, `à une amende`, `à la perpétuité`
PENALTY_NOUNS = {"an", "ans", "année", "années", "mois", "prison", "peine", "réclusion", "mort", "amende",
                 "détention", "emprisonnement", "perpétuité", "travaux", "camp", "colonie", "sursis"}
# Offences one is tried or held for (`jugé pour espionnage`, `détenu pour trahison`)
OFFENCE_NOUNS = set(CRIME_NOUNS) | {"meurtre", "assassinat", "viol", "vol", "escroquerie", "crime", "crimes",
                                    "délit", "délits", "complot", "attentat", "désertion", "évasion", "rébellion"}
OBLIQUES = ("obl:arg", "obl:mod", "obl", "obl:agent")
# `détenu en Russie`: the state one is held in holds them
DETENTION = _f("Event", subj="agent", obj="recipient", par="agent", en="agent")


def sentence_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a été condamné à dix ans de prison`, `le tribunal a condamné X`: a court's sentence is an act on the one
    sentenced; `condamner les frappes`, `condamne fermement` (a stance: speech.py tells it) are not."""
    # (the parse may hang `à dix ans` on the one sentenced or on a day: `a condamné mardi X à dix ans`)
    penalty = any(preposition_of(t) in ("à", "au", "aux") and word_in(t, PENALTY_NOUNS) and _in_own_clause(t, token)
                  for t in token.subtree if t.i > token.i)
    sentenced = any(c.dep_ == "aux:pass" for c in token.children) and any(
        _a_person(t, mention_at) for t in _undergoers(token))  # `X a été condamné`: people are sentenced, not blamed
    return JUSTICE if penalty or sentenced or _court_acts(token) else None


def trial_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`sera jugé par un tribunal militaire`, `jugé pour espionnage`: a trial; `juger la situation préoccupante`,
    `a jugé que` are opinions (speech.py)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return None
    charged = any(preposition_of(c) == "pour" and word_in(c, OFFENCE_NOUNS) for c in _dependents(token, *OBLIQUES))
    return JUSTICE if charged or _court_acts(token) else None


SUMMONS = _f("Event", subj="agent", obj="recipient", par="agent")


def summon_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a convoqué l'ambassadeur`, `le diplomate a été convoqué`: a person summoned undergoes the act (a recipient,
    not a party to a meeting); `a convoqué le Conseil de sécurité`, `ses ministres` calls a body together: a
    meeting."""
    # (an object clitic, `l'a convoqué`, stands for a person: a body convened is named, not taken up by `le`)
    # (the parse may take the one summoned after a day for a complement: `convoquerons jeudi le chargé d'affaires`,
    # or hang them on a time before them: `a convoqué dans la journée le chargé d'affaires`)
    timed = [c for o in _dependents(token, "obl:mod") if o.i > token.i for c in o.children
             if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > o.i and not any(g.dep_ == "case" for g in c.children)]
    summoned = any(_one_person(t, mention_at) or (t.pos_ == "PRON" and t.dep_ == "obj" and t.lower_ != "les")
                   for t in [*_undergoers(token), *_dependents(token, "xcomp"), *timed] if t.pos_ != "VERB")
    return SUMMONS if summoned else VERB_FRAMES["convoquer"]


def _one_person(token: Token, mention_at: MentionAt) -> bool:
    """One person (`l'ambassadeur`, a name), not people called together (`ses ministres`, a cabinet meeting)."""
    return _a_person(token, mention_at) and "Plur" not in token.morph.get("Number")


def arrest_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`la police a interpellé trois militants`, `X, détenu depuis mars en Russie`: people taken in or held;
    `interpeller le gouvernement sur`, `détenir des armes`, `détenir la majorité` are other senses."""
    if any(preposition_of(c) in ("sur", "concernant") for c in _dependents(token, *OBLIQUES)):
        return None  # `a interpellé le ministre sur la réforme`: a question put to them
    held = any(_a_person(t, mention_at) for t in _undergoers(token))
    return (DETENTION if token.lemma_.lower() == "détenir" else JUSTICE) if held else None


def _undergoers(token: Token) -> list[Token]:
    """What the verb acts on: its object, the subject of its passive, the noun its participle describes, or a
    noun the parse hangs on the verb or on a day after it (`a approuvé mercredi la loi`)."""
    described = [token.head] if token.dep_ in ("acl", "appos", "amod") and token.head.i != token.i else []
    return [*_objects(token), *described, *_bare_nouns_after(token), *_main_subject(token)]


def _main_subject(token: Token) -> list[Token]:
    """`Interpellé mardi par la police, X a été libéré`: a bare participle opening the sentence describes the main
    clause's subject."""
    opening = token.i == token.sent.start and token.head.i > token.i and token.head.pos_ in ("VERB", "AUX") and (
        not any(c.dep_.startswith(("aux", "nsubj")) for c in token.children))
    return _dependents(token.head, "nsubj", "nsubj:pass") if opening else []


def _a_person(token: Token, mention_at: MentionAt) -> bool:
    """A person or people: named, or a noun of people (also behind a count: `des milliers d'enfants`)."""
    mention = mention_at(token)
    if token.pos_ == "NOUN" and word_in(token, COUNT_NOUNS):
        return any(_a_person(g, mention_at) for g in token.children if g.dep_ == "nmod")
    return (mention is not None and mention.type == "person") or (token.pos_ == "NOUN" and (
        is_person_noun(token.text) or word_in(token, PEOPLE_WORDS)))


# What one signs as a party to an agreement: a text (`un accord`, `une déclaration`, `un plan`), peace or a truce;
# `signer son retour`, `signer une victoire` are figures (a comeback made, a win scored), no agreement
SIGNED_THINGS = TEXT_NOUNS | CARRIED_TEXTS | {
    "paix", "armistice", "cessez-le-feu", "trêve", "capitulation", "partenariat", "entente", "alliance", "deal",
    "mémorandum", "protocole", "accords", "traités", "pactes", "déclarations", "engagement", "engagements",
    "document", "documents", "textes", "feuille", "décret", "décrets", "ordonnance", "pétition", "chèque", "bail",
    "coopération", "arrangement", "arrangements", "compromis", "mémorandums", "contrat", "contrats", "lettre"}


# What one rallies to as to a view (`s'est rallié à l'appel de son hôte`): an acceptance; rallying to people (`s'est
# rallié aux putschistes`) is joining their side, who take part
RALLIED_VIEWS = {"appel", "appels", "proposition", "propositions", "position", "positions", "plan", "demande",
                 "initiative", "idée", "avis", "point", "déclaration", "projet", "solution", "cause", "thèse"}
RALLY_SIDE = _f("Event", subj="agent", a_="participant")


def rally_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`se rallier à l'appel` (an acceptance), `se rallier aux militaires` (joining a side); `rallier Moscou`
    (reaching a city, an object and no `à`) is left to the other readings."""
    joined = [c for c in token.children if c.dep_ in ("obl:arg", "obl:mod", "obl") and preposition_of(c) in (
        "à", "au", "aux")]
    if any(not word_in(o, DAY_WORDS) for o in _dependents(token, "obj")) or not joined:
        return None  # (`s'est rallié jeudi aux officiers`: the parser may make the day an object)
    if any(word_in(c, RALLIED_VIEWS) for c in joined):
        return VERB_FRAMES["accepter"]
    return RALLY_SIDE


# Texts one person signs alone (`un communiqué signé par le chef d'état-major`, `une lettre signée par`): the signer
# acts, no parties agree
AUTHORED_TEXTS = {"communiqué", "communiqués", "lettre", "lettres", "décret", "décrets", "ordonnance", "tribune"}
SIGNED_ALONE = _f("Event", subj="agent", par="agent")  # the text is no participant


def sign_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`ont signé un accord`, `signé une dizaine d'accords`, `ont signé mardi` (no object): an agreement; a thing
    signed that is no text nor peace (`a signé son retour`, `une victoire`, `un but`) is a figure of speech; a text
    of one author signed (`un communiqué signé par X`) is that author's act."""
    if token.dep_ == "acl" and token.head.pos_ == "NOUN" and token.head.lower_ in AUTHORED_TEXTS:
        return SIGNED_ALONE
    things = [o for o in _objects(token) if o.pos_ == "NOUN" and not word_in(o, DAY_WORDS)]
    if things and all(t.lower_ in AUTHORED_TEXTS for t in things) and _dependents(token, "obl:agent"):
        return SIGNED_ALONE  # `Le communiqué est signé par le chef d'état-major`
    counted = [g for o in things for g in o.children if g.dep_ == "nmod"]  # `une dizaine d'accords`
    if things and not any(word_in(t, SIGNED_THINGS) or t.lower_.startswith(("accord", "traité"))
                          for t in [*things, *counted]):
        return None
    return VERB_FRAMES["signer"]


# `rompre le silence`, `rompre la glace`: to begin speaking or to ease a meeting, no break with a party
UNBROKEN = {"silence", "glace", "jeûne", "rang", "rangs", "monotonie", "isolement"}


def break_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a rompu ses liens avec X`, `rompre avec X`: a break with a party; `a rompu le silence`, `rompre la glace`
    are figures (speech begun, a meeting eased)."""
    broken = [*_objects(token), *_bare_nouns_after(token)]  # (`a rompu le silence mardi`: the parse's oblique)
    return None if any(word_in(o, UNBROKEN) for o in broken) else VERB_FRAMES["rompre"]


# `a nommé X ministre`, `nommer un nouvel ambassadeur`, `désigné à la tête de`: a person put in an office
APPOINTING_VERBS = {"nommer", "désigner"}
BODIES_FORMED = {"gouvernement", "cabinet", "commission", "comité", "équipe", "conseil", "successeur", "remplaçant",
                 "direction", "bureau", "exécutif", "candidat", "candidate", "candidats", "titulaire", "intérim"}


def appoint_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a nommé Andreï Belooussov ministre`, `le nouvel ambassadeur, nommé par X`: an appointment; `sans jamais
    nommer la Chine`, `désigner la Russie comme une menace` name or point at a state or a thing (speech.py)."""
    objects = [o for o in _objects(token) if not word_in(o, DAY_WORDS)]
    if not objects or any(_a_person(o, mention_at) or o.pos_ == "PRON" for o in objects):
        return VERB_FRAMES[token.lemma_.lower()]
    return BODY_APPOINTED if any(word_in(o, BODIES_FORMED) for o in objects) else None


BODY_APPOINTED = _f("Event", subj="agent", obj="theme", par="agent")  # `désigner une direction provisoire`


COUNT_NOUNS = {"millier", "milliers", "centaine", "centaines", "dizaine", "dizaines", "douzaine", "vingtaine",
               "trentaine", "cinquantaine", "million", "millions", "groupe", "nombre", "majorité", "partie"}


# people named by what befalls them or by age (`des enfants`, `des élèves`, `des otages`, `des habitants`)
PEOPLE_WORDS = set(PERSON_NOUNS) | {"enfant", "enfants", "élève", "élèves", "adolescent", "adolescents",
                                    "manifestant", "manifestants", "opposants", "migrant", "migrants", "touriste",
                                    "touristes", "passager", "passagers", "marin", "marins", "pêcheur", "pêcheurs"}


def _court_acts(token: Token) -> bool:
    """Its subject or its `par` complement is a court (`le tribunal a condamné`, `condamné par la cour`)."""
    actors = [*_dependents(token, "nsubj", "obl:agent"), *(c for c in _dependents(token, *OBLIQUES)
                                                          if preposition_of(c) == "par")]
    return any(word_in(a, COURT_NOUNS) for a in actors)


def word_in(token: Token, words: set[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


# `a rappelé son ambassadeur`, `rappeler des réservistes`: people called home or to arms (`rappeler que`: speech)
RECALL = _f("Event", subj="agent", obj="recipient", par="agent")
RECALLED_NOUNS = {"ambassadeur", "ambassadrice", "ambassadeurs", "diplomate", "diplomates", "émissaire",
                  "émissaires", "envoyé", "représentant", "consul", "réserviste", "réservistes", "troupes",
                  "soldats", "militaires", "contingent", "personnel"}


def recall_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`la Corée du Sud a rappelé son ambassadeur`: an envoy or troops called back; `a rappelé que`, `rappeler
    son attachement` are speech."""
    return RECALL if any(word_in(o, RECALLED_NOUNS) for o in _objects(token)) else None


# `Investi mardi pour un nouveau mandat, X`: a person sworn in; `investir des milliards`: money put in
INVEST_OFFICE = _f("Event", subj="agent", obj="recipient", par="agent")
INVEST_MONEY = _f("Event", subj="agent", par="agent")
MONEY_WORDS = {"dollar", "dollars", "euro", "euros", "yuan", "yuans", "rouble", "roubles", "yen", "yens",
               "milliard", "milliards", "million", "millions", "fonds", "somme", "sommes", "capitaux"}


def invest_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a été investi président`, `Investi mardi, X`: taking office, the one invested its recipient; `a investi deux
    milliards de dollars au Vietnam`: an investment by the subject; `investir du temps` is neither."""
    if any(_a_person(t, mention_at) for t in _undergoers(token)) or _invested_participle(token):
        return INVEST_OFFICE
    quantities = [g for a in token.children if a.lower_ in QUANTITY_ADVERBS for g in a.children if g.pos_ == "NOUN"]
    things = [*_objects(token), *(g for o in _objects(token) for g in o.children if g.dep_ == "nmod"), *quantities]
    # (with no object, `a investi massivement en Afrique`, it is money all the same)
    return INVEST_MONEY if not things or any(word_in(t, MONEY_WORDS) for t in things) else None


def _invested_participle(token: Token) -> bool:
    """`Investi mardi pour un cinquième mandat, X ...`: a past participle with no `avoir` and no money about it is
    said of the one invested (the parse may hang it anywhere but on them); `les milliards investis` is money."""
    bare = "Part" in token.morph.get("VerbForm") and not any(
        c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in token.children)
    money = [token.head] if token.dep_ == "acl" else []
    return bare and not any(word_in(t, MONEY_WORDS) for t in [*token.subtree, *money])


QUANTITY_ADVERBS = {"beaucoup", "peu", "trop", "tant", "autant", "énormément", "davantage", "plus", "moins"}


# `le Parlement a approuvé la loi`, `un budget approuvé par le Conseil`: a text passed by a body
APPROVE_TEXT = _f("Event", subj="agent", obj="theme", par="agent")
PASSED_TEXTS = DRAFT_NOUNS | TEXT_NOUNS | {"budget", "réforme", "réformes", "candidature", "adhésion", "nomination",
                                           "révision", "constitution", "décret", "ordonnance", "statut"}


def approve_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`le Parlement a approuvé la réforme`: a body passing a text acts; `approuver la décision de X`, `approuve
    pleinement` voice a stance (speech)."""
    return APPROVE_TEXT if any(word_in(t, PASSED_TEXTS) for t in _undergoers(token)) else None


# `l'armée a pris la ville de X`, `ont repris le contrôle de X`: a place taken (where: the event's place)
CAPTURE = _f("Event", subj="agent", par="agent")
TAKEN_PLACES = {"ville", "village", "villes", "villages", "localité", "localités", "région", "territoire", "port",
                "aéroport", "base", "île", "îles", "colline", "bastion", "quartier", "capitale", "centrale",
                "frontière"}


# `si quelqu'un s'en prend à la Biélorussie`: an attack on a state, its recipient (on a person, `s'en est pris
# au Premier ministre`, it is a verbal attack: a speech act, no event)
TURN_ON = _f("Event", subj="agent", a_="recipient")


def capture_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`les forces russes ont pris la ville de Bakhmout`, `a repris le contrôle de Kherson`: a place taken;
    `prendre part`, `prendre des mesures`, `prendre la parole` are light uses (the noun tells what is done)."""
    if any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children):
        return _turn_on_frame(token, mention_at)
    for obj in _undergoers(token):
        mention = mention_at(obj)
        if (mention is not None and mention.type in PLACE_TYPES) or word_in(obj, TAKEN_PLACES):
            return CAPTURE
        if word_in(obj, {"contrôle"}) and any(g.dep_ == "nmod" for g in obj.children):
            return CAPTURE
    return None


def _turn_on_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    if not any(c.lower_ == "en" for c in token.children):
        return None  # `les décisions se prennent à Moscou`
    targets = [c for c in _dependents(token, *OBLIQUES) if preposition_of(c) in ("à", "au", "aux")]
    mentions = [m for m in map(mention_at, targets) if m is not None]
    return TURN_ON if mentions and all(m.type in BODY_TYPES | PLACE_TYPES for m in mentions) else None


# `retiennent des otages`, `des hommes armés ont enlevé vingt élèves`: people held or taken by force
TAKE_PEOPLE = _f("Event", subj="agent", obj="recipient", par="agent")


def hold_people_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`retenir des otages`, `enlever un journaliste`: people held or carried off; `retenir une leçon`, `enlever
    des débris` are other senses."""
    return TAKE_PEOPLE if any(_a_person(t, mention_at) for t in _undergoers(token)) else None


# `a défendu la ville`, `défendre l'Ukraine`: a place or a party defended; `défendre sa position` is a stance
DEFEND = _f("Event", subj="agent", obj="recipient", par="agent")


def defend_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`l'armée a défendu la ville de X`, `défendre l'Ukraine`: protecting a place or a party; `défendre sa
    position`, `défendre que` voice a stance (speech)."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None
    for obj in _undergoers(token):
        mention = mention_at(obj)
        if (mention is not None and mention.type in PLACE_TYPES | BODY_TYPES) or word_in(obj, TAKEN_PLACES):
            return DEFEND
    return None


# `a accordé l'asile à X`, `a débloqué une aide de 5 milliards pour l'Ukraine`: something granted; money and aid
# granted are delivered (as `livrer une aide`), a status granted (asylum, citizenship, pardon) is an act on X
GRANT_GOODS = _f("Delivery", subj="agent", obj="theme", a_="recipient", pour="recipient", par="agent")
GRANT_STATUS = _f("Event", subj="agent", a_="recipient", par="agent")
GRANTED_GOODS = MONEY_WORDS | {"aide", "aides", "prêt", "prêts", "crédit", "crédits", "subvention", "subventions",
                               "enveloppe", "tranche", "don", "dons", "financement", "financements", "assistance",
                               "contribution", "contributions", "indemnité", "indemnités", "compensation",
                               "compensations", "rançon", "paiement", "paiements", "réparations"}
GRANTED_STATUS = {"asile", "citoyenneté", "nationalité", "passeport", "grâce", "amnistie", "visa", "visas",
                  "statut", "permis", "licence", "accréditation", "immunité"}


def grant_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`accorder un prêt à X`, `débloquer une aide`, `verser une tranche`: goods granted; `accorder l'asile`:
    a status granted; `accorder de l'importance`, `verser dans l'excès` are other senses."""
    things = [*_undergoers(token), *(g for o in _undergoers(token) for g in o.children if g.dep_ == "nmod")]
    if any(word_in(t, GRANTED_GOODS) for t in things):
        return GRANT_GOODS
    return GRANT_STATUS if any(word_in(t, GRANTED_STATUS) for t in things) else None


# `les autres candidats ont recueilli 3 % des voix`: a share of the vote won; who wins it takes part in the vote
VOTE_SHARE = _f("Event", subj="participant", par="participant")
VOTE_WORDS = {"voix", "suffrage", "suffrages", "vote", "votes", "%", "pour", "cent", "sièges", "mandats"}


def vote_share_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a obtenu 87 % des voix`, `ont recueilli quelques pour cent des suffrages`: a result in a vote; `obtenir
    des garanties`, `recueillir des témoignages` are other acts."""
    things = [*_undergoers(token), *(g for o in _undergoers(token) for g in o.subtree)]
    return VOTE_SHARE if any(word_in(t, VOTE_WORDS) for t in things) and _candidate(token, mention_at) else None


# `aurait obtenu des informations auprès d'un ancien responsable`: something got from a party named after `auprès
# de` is an act of both; `obtenir des garanties de X` (the `de` may tell whose guarantees, not from whom), `obtenir la
# libération de X` (the event noun is the event) and `obtenir un visa` (from no one named) are not read here.
OBTAIN_FROM = _f("Event", subj="agent", de="participant")
SOURCE_TYPES = {"person", "country", "organization", "group"}


def obtain_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """A share of the vote won (:func:`vote_share_frame`), else a thing obtained from a party."""
    share = vote_share_frame(token, mention_at)
    if share is not None:
        return share
    beside = [g for c in token.children if c.lower_ == "auprès" for g in c.children if g.dep_.startswith("obl")]
    for source in beside:  # (a title's name beside it: `auprès du ministre Hakan Fidan`)
        named = [source, *(c for c in source.children if c.pos_ in ("PROPN", "X") and not any(
            g.dep_ == "case" for g in c.children))]
        if any((m := mention_at(t)) is not None and m.type in SOURCE_TYPES for t in named):
            return OBTAIN_FROM
    return None


def _candidate(token: Token, mention_at: MentionAt) -> bool:
    """Who wins votes is a person or a party (`Le texte a recueilli 141 voix`: a text adopted, no candidate)."""
    subject = next(iter(_dependents(token, "nsubj")), None)
    mention = mention_at(subject) if subject is not None else None
    return subject is not None and ((mention is not None and mention.type in ("person", "organization", "group"))
                                    or (subject.pos_ == "NOUN" and is_person_noun(subject.text)))


# `les États-Unis arment l'Ukraine`, `équiper l'armée ukrainienne de chars`: weapons delivered to a party
ARM = _f("Delivery", subj="agent", obj="recipient", par="agent")


def arm_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`Washington arme Kiev`, `a équipé l'armée ukrainienne de chars`: a party armed receives weapons; `doté de`,
    `équipé de caméras` (a participle describing a thing) tell what it has, no delivery."""
    if token.dep_ in ("acl", "amod") or any(c.dep_ == "aux:pass" for c in token.children):
        return None
    for obj in _objects(token):
        mention = mention_at(obj)
        if mention is not None and mention.type in BODY_TYPES | {"group"}:
            return ARM
    return None


# `mis en examen pour corruption`, `placé en détention provisoire`, `mis aux arrêts`: a person charged or held
CUSTODY_WORDS = {"examen", "détention", "prison", "arrêts", "arrêt", "garde", "résidence", "isolement", "cellule",
                 "liberté"}  # (`remis en liberté`, `mis en liberté conditionnelle`: released from those hands)


def custody_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a été mis en examen`, `mis en détention`: a person taken into the hands of justice; `mettre en garde` (a
    warning: speech), `mettre en place` are other senses. (`placé en détention` is read as any open-class verb.)"""
    custody = any(preposition_of(c) in ("en", "aux", "sous") and word_in(c, CUSTODY_WORDS)
                  and not (c.lower_ == "garde" and not any(g.lower_ == "vue" for g in c.subtree))
                  for c in _dependents(token, *OBLIQUES))
    return JUSTICE if custody else None  # (only people are charged or held: whoever the parse hangs it on)


# `a accueilli des milliers de réfugiés`, `accueillir des blessés`: people in need taken in are sheltered, not met
# (`a accueilli son homologue`, `accueille le sommet` stay the lexicon's meeting)
SHELTER = _f("Event", subj="agent", obj="recipient", par="agent")
NEEDY_PEOPLE = {"réfugié", "réfugiés", "réfugiée", "réfugiées", "migrant", "migrants", "déplacé", "déplacés",
                "exilé", "exilés", "demandeur", "demandeurs", "rescapé", "rescapés", "sinistré", "sinistrés",
                "évacué", "évacués", "blessé", "blessés", "orphelin", "orphelins", "sans-abri", "naufragé",
                "naufragés", "survivant", "survivants", "victime", "victimes"}


def welcome_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`l'Allemagne a accueilli un million de réfugiés`: people in need sheltered; anyone else welcomed is met; a
    thing welcomed (`a accueilli favorablement la proposition`) is a reaction, no meeting."""
    for thing in _undergoers(token):
        counted = [g for g in thing.children if g.dep_ == "nmod"] if word_in(thing, COUNT_NOUNS) else []
        if any(word_in(t, NEEDY_PEOPLE) for t in [thing, *counted]):
            return SHELTER
    return None if meets_no_one(token, mention_at) else VERB_FRAMES["accueillir"]


# `des milliers de personnes ont manifesté contre la réforme`: a protest by its subject, against whom `contre`
# says; `manifester son soutien`, `se manifester` are a stance shown and someone coming forward
PROTEST = _f("Event", subj="agent", contre="recipient")


def protest_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`ont manifesté devant le Parlement`, `manifester contre la guerre`: people protesting (no object)."""
    if _objects(token) or any(c.lower_ in PRESENCE_REFLEXIVES or c.dep_ in ("ccomp", "xcomp")
                              for c in token.children):
        return None
    # who protests must be named by the subject itself: `les partisans de X` are not X
    subject = next(iter(_dependents(token, "nsubj")), None)
    mention = mention_at(subject) if subject is not None else None
    named = mention is not None and mention.start <= subject.idx < mention.end
    return PROTEST if named or (subject is not None and word_in(subject, AGENT_NOUNS)) else None


# Verb + noun locutions: the bare noun the verb takes names the act (`prendre part à`, `porter secours à`, `porter
# plainte contre`, `prêter serment`, `faire escale à`, `trouver refuge en`, `demander l'asile`). The verb is the
# trigger; the noun has no event of its own.
RESCUE = _f("Event", subj="agent", a_="recipient", par="agent")
COMPLAINT = _f("Event", subj="agent", contre="recipient")
OATH = _f("Event", subj="agent")
STOPOVER = _f("Visit", subj="agent")
REFUGE = _f("Event", subj="agent")
PRESIDE = _f("Event", subj="agent")  # `assure la présidence du Conseil`: the body is named inside the noun
APPROVAL = _f("Event", subj="agent", a_="theme", par="agent")  # `a donné son feu vert à X`
FIGHT = _f("Event", subj="agent", contre="recipient", avec="participant")  # `livrer bataille contre X`
# `la Cour a émis un mandat d'arrêt contre X`: a warrant issued is an act of the court against X
WARRANT = _f("Event", subj="agent", contre="recipient", par="agent")
# `fait pression sur Moscou`, `exerce des pressions sur X`: the one who presses acts on the one pressed
PRESSURE = _f("Event", subj="agent", sur="recipient", par="agent")
# `faire front commun face à X`, `faire cause commune avec X`: several act as one
COMMON_FRONT = _f("Event", subj="participant", avec="participant", entre="participant")
# `a fait le déplacement`, `fera une visite à Hanoï`, `a fait le voyage de Pékin`: a trip made is a visit
TRIP_MADE = _f("Visit", subj="agent")
# `a trouvé la mort dans l'accident`: the one who dies undergoes the death (as the subject of `est mort`)
DEATH = _f("Event", subj="recipient")
LOCUTIONS: dict[tuple[str, str], Frame | None] = {
    ("assurer", "présidence"): PRESIDE, ("exercer", "présidence"): PRESIDE, ("prendre", "présidence"): PRESIDE,
    ("donner", "feu"): APPROVAL,
    ("émettre", "mandat"): WARRANT, ("délivrer", "mandat"): WARRANT,
    **{("livrer", noun): FIGHT for noun in ("bataille", "batailles", "combat", "combats", "assaut", "assauts",
                                             "guerre", "offensive")},
    ("prendre", "part"): None,  # (read as `participer à`: participate_frame)
    ("porter", "secours"): RESCUE, ("porter", "assistance"): RESCUE, ("prêter", "assistance"): RESCUE,
    ("prêter", "secours"): RESCUE, ("porter", "plainte"): COMPLAINT, ("déposer", "plainte"): COMPLAINT,
    ("prêter", "serment"): OATH, ("faire", "escale"): STOPOVER, ("trouver", "refuge"): REFUGE,
    ("chercher", "refuge"): REFUGE, ("demander", "asile"): REFUGE, ("trouver", "asile"): REFUGE,
    **{(verb, noun): PRESSURE for verb in ("faire", "exercer")
       for noun in ("pression", "pressions")},
    ("faire", "front"): COMMON_FRONT, ("faire", "cause"): COMMON_FRONT, ("trouver", "mort"): DEATH,
    **{("faire", noun): TRIP_MADE for noun in VISIT_NOUNS},
}


def locution_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """The frame of a verb + noun locution, or None when the verb's object makes none."""
    lemma = token.lemma_.lower()
    # (the parse may hang the bare noun on the verb by another relation: `a prêté serment` as an adverb)
    bare = [c for c in token.children if c.pos_ == "NOUN" and c.i > token.i and preposition_of(c) is None]
    for noun in [*_objects(token), *bare]:
        key = (lemma, noun.lemma_.lower())
        if key in LOCUTIONS:
            return LOCUTIONS[key] or participate_frame(token, mention_at)
    return None


def give_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`donner`, `livrer` beyond their locutions: the lexicon's gift or delivery, unless what is handed over is
    something said (`donner des détails`, `livrer des précisions`) or the verb is reflexive (`se livrer à des
    manœuvres`: the noun is the act)."""
    if any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children) or gives_nothing(token):
        return None
    return VERB_FRAMES[token.lemma_.lower()]


def _locution_or(sense: Callable[[Token, MentionAt], Frame | None] | None
                 ) -> Callable[[Token, MentionAt], Frame | None]:
    """A verb's locutions first, then its other senses."""
    def read(token: Token, mention_at: MentionAt) -> Frame | None:
        found = locution_frame(token, mention_at)
        return found if found is not None or sense is None else sense(token, mention_at)
    return read


# `a refusé des visas aux journalistes`, `refuser l'entrée à des migrants`: something withheld from someone is an act
# on them (it happened: the refusal is the act); turning an invitation down is the lexicon's acceptance denied
WITHHOLD = _f("Event", subj="agent", a_="recipient", par="agent")
INVITATION_WORDS = {"invitation", "invitations", "offre", "offres"}


def refuse_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a refusé l'invitation de X` declines it (the lexicon's negated acceptance); `a refusé des visas à X`,
    `refuse l'accès consulaire au journaliste` withholds a thing from a party; `refuse de signer` (the infinitive
    is the act) and `refuse que` are neither."""
    around = [*token.subtree, *([token.head] if token.dep_ in ("acl", "acl:relcl") else [])]
    if any(word_in(t, INVITATION_WORDS) for t in around):
        return VERB_FRAMES["refuser"]
    if any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or not _objects(token):
        return None
    withheld_from = [c for c in _dependents(token, *OBLIQUES, "iobj") if preposition_of(c) in ("à", "au", "aux")]
    parties = [m for m in map(mention_at, withheld_from) if m is not None and m.type in WITHHELD_FROM]
    return WITHHOLD if parties or any(_a_person(c, mention_at) for c in withheld_from) else None


WITHHELD_FROM = {"person", "country", "organization", "group"}



# Breaking a rule: `la Russie a violé la convention sur ...`, `avait enfreint le traité`, `bafoue la Charte`: the one
# in breach acts (the agent); one text named by a singular noun is the thing broken (the theme, a local entity), while
# `le droit international` or `les résolutions` only say what kind of rule (no theme). Violating a person is a crime
# done to them (`accusé d'avoir violé une adolescente`: the recipient).
BREACH = _f("Event", subj="agent", par="agent")
BREACH_OF_TEXT = _f("Event", subj="agent", obj="theme", par="agent")
CRIME_ON_PERSON = _f("Event", subj="agent", obj="recipient", par="agent")


def breach_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a violé la convention` (a text broken), `viole le droit international` (a rule), `a violé une femme`."""
    undergoers = _undergoers(token)
    if any(_a_person(t, mention_at) for t in undergoers):
        return CRIME_ON_PERSON
    texts = [t for t in undergoers if t.pos_ == "NOUN" and t.lemma_.lower() in TEXT_NOUNS
             and "Plur" not in t.morph.get("Number")]
    return BREACH_OF_TEXT if texts else BREACH


# Growing ties or means: `la Russie cherche à renforcer ses liens avec l'Asie`, `l'armée a renforcé sa surveillance`
# (one party acts: the agent), `Moscou et Pékin vont développer leur coopération`, `les deux pays ont renforcé leurs
# liens` (several act on what they share: participants). `avec X`, `entre X et Y` take part either way.
TIES_OF_ONE = _f("Event", subj="agent", par="agent", avec="participant", entre="participant")
TIES_SHARED = _f("Event", subj="participant", par="participant", avec="participant", entre="participant")
SHARED_POSSESSIVES = {"leur", "leurs"}


def ties_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`renforcer`, `développer` (ties, means, programmes): whose act it is, one party's or a shared
    one, told by the subject (coordinated parties, or a plural acting on `leur(s)` things)."""
    if any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children):
        return None  # `les liens se sont renforcés`: the ties grow, no one is said to act
    subject = _subject_of(token)
    if subject is None:
        return TIES_OF_ONE
    coordinated = any(c.dep_ == "conj" for c in subject.children)
    # (`Le Japon et l'Inde vont développer leur coopération`, where the parse keeps only `l'Inde` as the subject:
    # the plural verb says there are several)
    verbs = [subject, token, subject.head, *(c for c in subject.head.children if c.dep_.startswith("aux"))]
    plural = any("Plur" in t.morph.get("Number") for t in verbs)
    shared = plural and any(
        d.dep_ == "det" and d.lower_ in SHARED_POSSESSIVES for o in _objects(token) for d in o.children)
    return TIES_SHARED if coordinated or shared else TIES_OF_ONE


def _subject_of(token: Token) -> Token | None:
    """The verb's own subject, or that of the verb it is the infinitive of (`cherche à renforcer`)."""
    for verb in (token, token.head if token.dep_ == "xcomp" else None):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is not None:
            return subject
    return None


# `les deux ministres ont passé en revue la coopération`, `X a passé en revue avec Y les accords`: a review held
# together is a meeting of those who hold it; one side's review (`a passé en revue les troupes`) is its own act.
REVIEW_TOGETHER = _f("Meeting", "person", subj="participant", avec="participant", obj="theme")
REVIEW_ALONE = _f("Event", subj="agent", obj="theme")
REVIEW_NOUNS = {"revue"}


def review_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`passer en revue`: a review, held together by a plural subject or with an `avec` party; `passer` in any
    other use (`le temps passe`, `passer par Moscou`) tells nothing here."""
    review = next((c for c in token.children if word_in(c, REVIEW_NOUNS) and preposition_of(c) == "en"), None)
    if review is None:
        return None
    subject = _subject_of(token)
    together = subject is not None and ("Plur" in subject.morph.get("Number") or any(
        c.dep_ == "conj" for c in subject.children))
    # (the parse may hang `avec Y` on `revue`)
    partner = any(preposition_of(c) == "avec" for c in [*_dependents(token, *OBLIQUES), *review.children])
    return REVIEW_TOGETHER if together or partner else REVIEW_ALONE


# `Tô Lâm a conduit la délégation`, `conduira une mission à Kiev`: leading a group sent somewhere is an act of its
# head on that group (the theme, as gold makes it); `conduire une enquête`, `des négociations` stay light verbs.
LEAD_GROUP = _f("Event", subj="agent", obj="theme", par="agent")
LED_GROUPS = {"délégation", "mission", "cortège", "convoi", "liste", "expédition", "équipe", "troupe"}


def lead_group_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a conduit la délégation des dirigeants`: the leader acts on the group; other objects tell no act here."""
    return LEAD_GROUP if any(word_in(o, LED_GROUPS) for o in _objects(token)) else None

# Firing: `a tiré des fusées éclairantes`, `les missiles tirés par X` (what is fired is named), or `ont tiré sur des
# manifestants`, `sur une patrouille`, `sur l'appareil` (whom or what one fires at is a party, people or a craft);
# `tirer profit de`, `tirer les leçons`, `tirer sur la corde` are no shots.
FIRE_TARGET_TYPES = {"person", "country", "organization", "group", "object"}


def fire_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`tirer`: a shot when a fired thing is named, or a target after `sur` is someone or a craft."""
    named = [*token.subtree, *([token.head] if token.dep_ in ("acl", "acl:relcl") else [])]
    if any(word_in(t, set(FIRED_WORDS)) for t in named):
        return VERB_FRAMES["tirer"]
    for target in (c for c in _dependents(token, *OBLIQUES) if preposition_of(c) == "sur"):
        mention = mention_at(target)
        if (mention is not None and mention.type in FIRE_TARGET_TYPES) or _a_person(target, mention_at) or (
                word_in(target, AGENT_NOUNS | CRAFT_NOUNS)):
            return VERB_FRAMES["tirer"]
    return None


# A body voting a draft down: `un amendement rejeté par les autres membres`, `le Sénat a rejeté le projet de loi`
# (the one rejecting acts on the text); turning an invitation down is the lexicon's acceptance denied; `rejeter les
# accusations` is speech.
REJECT_DRAFT = _f("Event", subj="agent", obj="theme", par="agent")
REJECTED_DRAFTS = DRAFT_NOUNS | TEXT_NOUNS | {"budget", "réforme", "candidature", "recours", "appel", "pourvoi"}


def reject_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`rejeter`: an invitation declined (the lexicon's), or a draft or an appeal voted or ruled down."""
    around = [*token.subtree, *([token.head] if token.dep_ in ("acl", "acl:relcl") else [])]
    if any(word_in(t, INVITATION_WORDS) for t in around):
        return VERB_FRAMES["rejeter"]
    return REJECT_DRAFT if any(word_in(t, REJECTED_DRAFTS) for t in _undergoers(token)) else None


SENSES: dict[str, Callable[[Token, MentionAt], Frame | None]] = {
    "tirer": fire_frame, "rejeter": reject_frame, "émettre": _locution_or(None),
    "refuser": refuse_frame, "livrer": _locution_or(give_frame), "donner": _locution_or(give_frame),
    "assurer": _locution_or(None), "exercer": _locution_or(None),
    "accueillir": welcome_frame, "manifester": protest_frame,
    "faire": _locution_or(None), "demander": _locution_or(None), "chercher": _locution_or(None),
    "prêter": _locution_or(grant_frame),
    "armer": arm_frame, "équiper": arm_frame,
    "obtenir": obtain_frame, "recueillir": vote_share_frame, "récolter": vote_share_frame,
    "prendre": _locution_or(capture_frame), "reprendre": capture_frame,
    "retenir": hold_people_frame, "enlever": hold_people_frame, "séquestrer": hold_people_frame,
    "kidnapper": hold_people_frame, "défendre": defend_frame,
    "accorder": grant_frame, "octroyer": grant_frame, "allouer": grant_frame, "débloquer": grant_frame,
    "verser": grant_frame,
    "approuver": approve_frame,
    "condamner": sentence_frame, "juger": trial_frame,
    "interpeller": arrest_frame, "détenir": arrest_frame, "convoquer": summon_frame,
    "rappeler": recall_frame, "investir": invest_frame,
    "trouver": _locution_or(presence_frame), "séjourner": presence_frame,
    "quitter": leave_frame, "retirer": withdraw_frame,
    "diriger": lead_frame,
    "tomber": fall_frame, "retomber": fall_frame, "abîmer": fall_frame, "écraser": fall_frame,
    "mettre": end_frame,
    "croiser": cross_frame,
    "porter": _locution_or(carry_frame),
    "attendre": expect_frame,
    "frapper": strike_frame,
    "revenir": return_frame, "retourner": return_frame,
    "gagner": reach_frame, "rejoindre": reach_frame,
    "atteindre": arrive_at_frame, "réunir": gather_frame, "relier": link_frame, "raccorder": link_frame,
    "participer": participate_frame,
    "remettre": hand_over_frame, "transmettre": hand_over_frame,
    "échanger": exchange_frame,
    "reconnaître": recognise_frame,
    **dict.fromkeys(("violer", "enfreindre", "bafouer", "transgresser"), breach_frame),
    **dict.fromkeys(("renforcer", "développer"), ties_frame),
    "conduire": lead_group_frame, "passer": review_frame,
    **dict.fromkeys(APPOINTING_VERBS, appoint_frame), "rompre": break_frame, "signer": sign_frame,
    "rallier": rally_frame,
}
