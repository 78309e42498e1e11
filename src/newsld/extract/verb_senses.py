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

from collections.abc import Callable

from spacy.tokens import Token

from newsld.extract.event_lexicon import (
    AGENT_NOUNS,
    DRAFT_NOUNS,
    GUEST_NOUNS,
    INFORMATION_NOUNS,
    MEETING_NOUNS,
    SANCTION_WORDS,
    TEXT_NOUNS,
    VISIT_NOUNS,
    Frame,
    _f,
)
from newsld.extract.model import Mention
from newsld.extract.nlp import preposition_of

MentionAt = Callable[[Token], Mention | None]

STRIKE = _f("Event", subj="agent", obj="recipient", par="agent", avec="theme")
RETURN_VISIT = _f("Visit", subj="agent")
REACH_PLACE = _f("Visit", subj="agent", obj="place")
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
    Pékin`)."""
    complements = _dependents(token, "obl:arg", "obl:mod", "obl")
    return complements + [g for c in complements if preposition_of(c) is None for g in c.children if g.dep_ == "nmod"]


def reach_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`gagnera ensuite le Laos`, `a rejoint Pékin`: reaching a named place or country is a trip there; `gagner
    un match`, `rejoindre une alliance` are not."""
    obj = next(iter(_dependents(token, "obj")), None)
    mention = mention_at(obj) if obj is not None else None
    return REACH_PLACE if mention is not None and mention.type in PLACE_TYPES else None


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


def hand_over_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a remis un message`, `a transmis une lettre`: a text handed over is delivered; a thing handed over is a
    gift; `transmettre des informations`, `remettre en cause`, `remettre à plus tard` are no transfer."""
    objects = _objects(token)
    if any(o.lemma_.lower() in INFORMATION_NOUNS for o in objects) or any(
            c.lower_ in ("cause", "question", "ordre") for c in token.children if c.dep_.startswith("obl")):
        return None
    if token.lemma_.lower() == "remettre":
        return HAND_OVER_GIFT  # what is handed in person (a medal, a letter) stays a gift, as the lexicon has it
    carries_text = any(o.lower_ in CARRIED_TEXTS or o.lemma_.lower() in CARRIED_TEXTS for o in objects)
    return HAND_OVER_TEXT if carries_text else None


def exchange_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`ont échangé sur la mise en œuvre du traité`, `ont échangé leurs vues`: a talk; `échanger des prisonniers`
    is a swap, not a meeting."""
    objects = _objects(token)
    if objects and not any(o.lemma_.lower() in VIEW_NOUNS for o in objects):
        return None
    return TALK


def recognise_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`ne reconnaîtra pas ce vote`, `a reconnu l'indépendance de X`: an act about a thing; `a reconnu que` and
    `reconnaît avoir` are speech (speech.py tells them)."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None
    return RECOGNISE if _objects(token) else None


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
    passive = any(c.dep_ == "aux:pass" for c in token.children) or token.dep_ in ("acl", "appos")
    nearby = [*token.subtree, *(token.head.children if token.dep_ in ("acl", "appos") else [])]
    if not passive or any(t.lemma_.lower() in VISIT_NOUNS for t in nearby):
        return None  # `attendu à Pékin pour une visite d'État`: the noun names the visit
    return EXPECTED_VISIT if return_frame(token, mention_at) is not None else None


CROSS_PATHS = _f("Meeting", subj="participant", obj="participant", avec="participant")


def cross_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`pourrait y croiser le secrétaire d'État`: running into a person is meeting them; `croiser le fer`,
    `croiser les données` are not."""
    for obj in _objects(token):
        mention = mention_at(obj)
        if (mention is not None and mention.type == "person") or obj.lemma_.lower() in GUEST_NOUNS:
            return CROSS_PATHS
    return None


PUT_AN_END = _f("Event", subj="agent", par="agent")


def end_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`mettre fin à ses provocations`, `mettre un terme au conflit`: ending something is an act of the subject;
    `mettre en garde`, `mettre son veto` are not (the veto noun is its own event)."""
    return PUT_AN_END if any(o.lemma_.lower() in ("fin", "terme") for o in _objects(token)) else None


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
    return FALL if landing else None


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


def leave_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a quitté Pékin` leaves a place; `a quitté l'accord céréalier`, `quitter le traité` leave a text, its theme."""
    texts = [o for o in _objects(token) if o.lemma_.lower() in BINDING_NOUNS or o.lower_ in BINDING_NOUNS]
    return LEAVE_TEXT if texts else LEAVE_PLACE


def withdraw_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`les troupes se sont retirées de Kherson` withdraw from a place; `la Russie s'est retirée de l'accord`
    from a text, its theme; `retirer sa candidature`, `retirer ses troupes` (not reflexive) are other acts."""
    if not any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children):
        return None
    texts = [c for c in _dependents(token, "obl:arg", "obl:mod", "obl")
             if preposition_of(c) in ("de", "du", "des", "d'")
             and (c.lemma_.lower() in BINDING_NOUNS or c.lower_ in BINDING_NOUNS)]
    return WITHDRAW_FROM_TEXT if texts else WITHDRAW_FROM_PLACE


def presence_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`Xi Jinping se trouve à Moscou`, `le ministre a séjourné trois jours en Chine`: a person staying at a named
    place is visiting it; `se trouver dans une impasse`, `la centrale se trouve à Zaporijjia`, `se trouver
    face à`, `trouver un accord` are no visits."""
    if token.lemma_.lower() == "trouver" and not any(c.lower_ in PRESENCE_REFLEXIVES for c in token.children):
        return None
    subject = next(iter(_dependents(token, "nsubj")), None)
    mention = mention_at(subject) if subject is not None else None
    if mention is None or mention.type != "person":
        return None
    stays = any(_named_place(t, mention_at) and _in_own_clause(t, token) for t in token.subtree)
    return RETURN_VISIT if stays else None


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


def pay_visit_frame(token: Token, mention_at: MentionAt) -> Frame | None:
    """`a rendu visite à Vladimir Poutine`, `rendra visite aux troupes`: the visitor and whom they see; `rendre
    hommage`, `rendre compte`, `rendre public` are no visits."""
    return PAY_A_VISIT if any(o.lemma_.lower() == "visite" for o in _objects(token)) else None


SENSES: dict[str, Callable[[Token, MentionAt], Frame | None]] = {
    "trouver": presence_frame, "séjourner": presence_frame,
    "quitter": leave_frame, "retirer": withdraw_frame,
    "diriger": lead_frame,
    "tomber": fall_frame, "retomber": fall_frame, "abîmer": fall_frame, "écraser": fall_frame,
    "mettre": end_frame,
    "croiser": cross_frame,
    "porter": carry_frame,
    "attendre": expect_frame,
    "frapper": strike_frame,
    "revenir": return_frame, "retourner": return_frame,
    "gagner": reach_frame, "rejoindre": reach_frame,
    "participer": participate_frame,
    "remettre": hand_over_frame, "transmettre": hand_over_frame,
    "échanger": exchange_frame,
    "reconnaître": recognise_frame,
}
