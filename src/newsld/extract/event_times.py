"""Which time expression dates an event: the first time of the trigger's own clause that dates it.

A time in the clause dates the event unless it dates another one: ``un mois après la visite de X`` is the time
of the visit (it dates the noun right after it, not the clause's verb). A participle or an infinitive with no
time of its own (``tuant au moins neuf civils``, ``s'abstenant``) shares the time of the verb it hangs on; a
noun with none takes a time right after it (``la visite jeudi``). A verb in the past with no time at all is an
event of the story's current day (``story_day``): the last day named before it, when nothing coarser came since.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from newsld.extract.events import Event, clause_tokens
from newsld.extract.story_times import LOOK_BACK_RULE, NOUN_DATING_RULES
from newsld.extract.time_grammar import dates_a_report

EVE_RULES = ("eve-of-event", "eve-of-date")
# how a participle or an infinitive hangs on the verb whose time it shares
SHARED_TIME_DEPS = ("advcl", "xcomp", "conj", "acl")
# how many tokens after a time the noun it introduces may stand (« un mois après la visite »)
COUNTED_REACH = 4
NOUN_REACH = 3


def event_time(event: Event, time_of_token: dict[int, str], rule_of: dict[str, str]) -> str | None:
    """The id of the time expression that dates ``event``, or None."""
    trigger = event.trigger
    found = _own_time(event.own_words, time_of_token, rule_of) if event.own_words is not None else None
    if found is not None:
        return found
    found = _clause_time(trigger, time_of_token, rule_of)
    if found is None and trigger.pos_ == "NOUN":
        found = _counted_before(trigger, time_of_token, rule_of) or _time_after(trigger, time_of_token, rule_of)
    if (found is None or rule_of.get(found, "").endswith("duration")) and _purpose_of_verb(trigger):
        # `est arrivé mardi à Kiev pour une visite (de deux jours)`: the visit starts on the day of the coming
        found = _clause_time(trigger.head, time_of_token, rule_of, shared=True) or found
    head = trigger
    for _ in range(2):  # a participle of a participle: « ..., tuant ..., détruisant ... »
        if found is not None or not _shares_time(head):
            break
        head = head.head
        found = _clause_time(head, time_of_token, rule_of, shared=True)
    return found


def _purpose_of_verb(noun: Token) -> bool:
    """`arrivé à Kiev pour une visite`, `doit se rendre au Viêt Nam pour une visite d'État`: the act someone comes
    for, named by a noun after `pour` on the verb of coming."""
    return noun.pos_ == "NOUN" and noun.dep_.startswith("obl") and noun.head.pos_ == "VERB" and any(
        c.dep_ == "case" and c.lower_ == "pour" for c in noun.children)


def _own_time(words: range, time_of_token: dict[int, str], rule_of: dict[str, str]) -> str | None:
    """The first time among an event's own words that dates an act (not a duration, not a noun's counted time)."""
    for i in words:
        rule = rule_of.get(time_of_token.get(i, ""), "")
        if rule and rule not in NOUN_DATING_RULES and not rule.endswith("duration"):
            return time_of_token[i]
    return None


def _clause_time(trigger: Token, time_of_token: dict[int, str], rule_of: dict[str, str],
                 shared: bool = False) -> str | None:
    """The first time of the clause that dates it (``shared``: a date, not how long the head's event lasted)."""
    for token in clause_tokens(trigger):
        rule = rule_of.get(time_of_token.get(token.i, ""), "")
        if rule and rule not in NOUN_DATING_RULES and not (shared and rule.endswith("duration")):
            return time_of_token[token.i]
    return None


def _counted_before(trigger: Token, time_of_token: dict[int, str], rule_of: dict[str, str]) -> str | None:
    """« un mois après la visite »: the noun the counted time introduces."""
    for i in range(max(0, trigger.i - COUNTED_REACH), trigger.i):
        time_id = time_of_token.get(i)
        if time_id is not None and rule_of.get(time_id) in NOUN_DATING_RULES:
            return time_id
    return None


def _time_after(trigger: Token, time_of_token: dict[int, str], rule_of: dict[str, str]) -> str | None:
    """« la visite jeudi »; not « le retrait ..., à la veille du sommet », which dates its clause's verb."""
    window = clause_tokens(trigger)
    if not window:
        return None
    after = max(t.i for t in window) + 1
    found = next((time_of_token[i] for i in range(after, after + NOUN_REACH) if i in time_of_token), None)
    return None if found is None or rule_of.get(found, "").startswith(EVE_RULES) else found


def _shares_time(token: Token) -> bool:
    """A participle, gerund or infinitive with no subject of its own, hanging on a verb."""
    if token.dep_ not in SHARED_TIME_DEPS or token.head.i == token.i or token.head.pos_ not in ("VERB", "AUX"):
        return False
    forms = set(token.morph.get("VerbForm"))
    # an infinitive shares the time only as an adjunct (« avant de parapher », « pour discuter »); as a
    # complement it is often later (« a promis de livrer »)
    non_finite = bool(forms & {"Part", "Ger"}) or ("Inf" in forms and token.dep_ == "advcl")
    has_subject = any(c.dep_.startswith("nsubj") for c in token.children)
    has_aux = any(c.dep_.startswith("aux") for c in token.children)
    return non_finite and not has_subject and not has_aux


# rules of times that date something else than the story's current day
NOT_THE_STORY_S_DAY = (LOOK_BACK_RULE, *NOUN_DATING_RULES)


def story_day(trigger: Token, times: list[dict[str, Any]], text: str) -> str | None:
    """The time of the story's current day, for a verb in the passé composé or passé simple with no time of its
    own (« Les deux hommes ont échangé des vues » after « a accueilli mercredi »): the last day named before it
    (not one that dates a report, « a rapporté jeudi », nor a look back of an earlier sentence), when no month or
    year of the narrative was named since (a flashback).
    None for other tenses (the pluperfect is a flashback, the present a state), nouns and participles."""
    if not _told_in_the_past(trigger):
        return None
    scope = list(trigger.subtree)
    lo, hi = scope[0].idx, scope[-1].idx + len(scope[-1])
    # a time in its scope deeper than its clause (« depuis la visite ... en septembre ») dates it, unless it only
    # qualifies a noun (« le traité signé en juin »)
    if any(lo <= t["start"] < hi and not _qualifies_a_noun(_verb_of(trigger.doc, t), trigger)
           for t in times if "start" in t and t["rule"] not in NOUN_DATING_RULES):
        return None
    for time in sorted((t for t in times if "start" in t and t["start"] < trigger.idx), key=lambda t: -t["start"]):
        aside = time["rule"] in NOT_THE_STORY_S_DAY and time["start"] < trigger.sent.start_char
        if not time.get("value") or aside or dates_a_report(text, time["start"]) or _to_come(time["rule"]):
            continue
        if time["precision"] == "day":
            return time["id"]
        if not _qualifies_a_noun(_verb_of(trigger.doc, time), trigger):  # « devenu en mai »: a detail
            return None
    return None


def _to_come(rule: str) -> bool:
    """A day after publication (« doit s'entretenir mercredi »): not the day of what is told in the past."""
    return any(word in rule for word in ("future", "tomorrow", "later", "next"))


def _verb_of(doc: Doc, time: dict[str, Any]) -> Token | None:
    """The verb a time hangs on (through a noun or two: « depuis la visite ... en septembre »)."""
    span = doc.char_span(time["start"], time["end"], alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    for _ in range(3):
        if token is None or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _qualifies_a_noun(verb: Token | None, trigger: Token) -> bool:
    """A participle or relative clause that qualifies a noun (« le traité signé en juin », « devenu en mai »),
    other than the event's own: its time is a detail, not the narrative's."""
    return verb is not None and verb.i != trigger.i and verb.dep_.startswith("acl")


def _told_in_the_past(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    helpers = [c for c in verb.children if c.dep_.startswith("aux")]
    if helpers:  # passé composé: an auxiliary in the present (« ont échangé », « s'est rendu »)
        return all(set(h.morph.get("Tense")) == {"Pres"} and "Ind" in h.morph.get("Mood") for h in helpers)
    return set(verb.morph.get("Tense")) == {"Past"} and "Fin" in verb.morph.get("VerbForm")
