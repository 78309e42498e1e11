"""Put the extraction steps together and write the annotation document."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc, Token

from newsld.article import Article
from newsld.extract.event_times import event_time, story_day
from newsld.extract.events import Event, EventExtractor, merge_events
from newsld.extract.knowledge_base import KnowledgeBase, load_knowledge_base
from newsld.extract.linking import Linker
from newsld.extract.model import Entities, Entity, Mention, fold, mention_of_token
from newsld.extract.nlp import doc_text, parse, parse_many, sentence_of
from newsld.extract.references import (
    addressee_mentions,
    demonym_country,
    description_mentions,
    first_person_mentions,
    resolve_references,
    third_persons_in_quotes,
)
from newsld.extract.speech import SpeechAct, SpeechExtractor, trigger_span
from newsld.extract.status import charged_aim, is_conditional, is_future
from newsld.extract.times import Anchor, Expression, find_expressions, normalise_times
from newsld.extract.unknown_states import LocalStates
from newsld.extract.verb_tenses import corrected_tenses, governing_verb
from newsld.iris import is_qid
from newsld.settings import Settings

VERSION = "1"
# Events that are the article's news: with no time of their own they take the publication month.
NEWS_EVENT_TYPES = {"Meeting", "Banquet", "Invitation", "Acceptance", "Gift"}
PUBLICATION_TIME_ID = "t-publication"


def tense_of(doc: Doc, start: int) -> str:
    """past, present or future: of the verb of the clause that tells a time expression (through any chain of nouns,
    « Lavrov, de passage à Hanoï lundi, s'était rendu »: a noun takes the tense of the clause that tells it)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    token: Token | None = span[0] if span is not None and len(span) else None
    verb = governing_verb(token) if token is not None else None
    return _verb_tense(verb) if verb is not None else "present"


# Verbs whose infinitive is still to come when they are not in the past (« doit être soumise au vote samedi »).
PLANNING_VERBS = {"devoir", "aller", "prévoir", "compter", "envisager", "vouloir", "entendre", "projeter",
                  "espérer", "souhaiter", "chercher", "s'apprêter", "apprêter"}


WORD = re.compile(r"[\w-]+")  # a word of a mention, hyphens kept (`nord-coréen`: one demonym)


# the verbs an auxiliary or a copula can be: a word the parse hangs as one that is none of them (« Ces lâchers
# surviennent », the noun « lâchers » read as an auxiliary) says nothing of the tense
HELPER_LEMMAS = {"avoir", "être", "aller", "venir", "devoir", "pouvoir", "faire", "vouloir", "sembler", "paraître",
                 "rester", "demeurer", "devenir"}


# Verbs whose compound past takes `être` (`serait arrivé`, `serait mort`): never a passive, whatever the parse says
MOTION_PAST_VERBS = {"arriver", "partir", "venir", "revenir", "devenir", "parvenir", "mourir", "décéder", "naître",
                     "entrer", "rentrer", "sortir", "tomber", "rester", "retourner", "monter", "descendre", "passer"}


def _verb_tense(verb: Token, depth: int = 0) -> str:
    helpers = [c for c in verb.children if c.dep_.startswith(("aux", "cop")) and c.lemma_.lower() in HELPER_LEMMAS]
    governor = verb.head
    if depth < 3 and _infinitive_clause(verb, helpers) and governor.i != verb.i and governor.pos_ in ("VERB", "AUX"):
        # an infinitive has no tense of its own: « accusé de lui avoir conseillé d'imposer la loi martiale mardi
        # soir » is past with its governor, « doit être soumise au vote samedi » is to come
        governed = _verb_tense(governor, depth + 1)
        return "future" if governor.lemma_.lower() in PLANNING_VERBS and governed != "past" else governed
    tenses = corrected_tenses(verb, set(verb.morph.get("Tense"))) if not helpers else set(verb.morph.get("Tense"))
    tenses |= {t for h in helpers for t in h.morph.get("Tense")}
    # a conditional is to come (`il se rendrait lundi`, `serait reçu jeudi`, which the tagger may read as an
    # imperfect), but not in a compound past (`aurait reçu jeudi`: reportedly done)
    compound_past = [h for h in helpers if h.dep_ == "aux:tense" or (h.lemma_.lower() == "être" and (
        verb.lemma_.lower() in MOTION_PAST_VERBS or any(c.lower_ in ("se", "s'", "s’") for c in verb.children)))]
    moods = set(verb.morph.get("Mood")) | {m for h in helpers if h not in compound_past for m in h.morph.get("Mood")}
    conditional = not compound_past and ("Cnd" in moods or is_conditional(verb) or any(
        is_conditional(h) for h in helpers))
    if "Fut" in tenses or conditional or is_future(verb) or any(is_future(h) for h in helpers):
        return "future"
    if any(h.dep_ == "aux:tense" for h in helpers) or tenses & {"Past", "Imp"}:
        return "past"
    return "present"


def _infinitive_clause(verb: Token, helpers: list[Token]) -> bool:
    """An infinitive (« d'imposer »), or a passive infinitive (« être soumise »): no tense marks it; not a past
    infinitive (« avoir conseillé »), whose auxiliary says past."""
    if not helpers:
        return verb.morph.get("VerbForm") == ["Inf"]
    return all(h.morph.get("VerbForm") == ["Inf"] and h.dep_ != "aux:tense" for h in helpers)


def _times(doc: Doc, article: Article) -> tuple[list[dict[str, Any]], dict[str, Any] | None, dict[int, str]]:
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(article.text)]
    inferred, resolved_all = normalise_times(found, Anchor.from_value(article.published.value))
    published_inferred = None
    if inferred is not None:
        published_inferred = {"value": inferred.value, "precision": inferred.precision, "rule": inferred.rule,
                              "note": inferred.note}
    times, ids = [], {}
    for n, ((expression, _), resolved) in enumerate(zip(found, resolved_all, strict=True), 1):
        time_id = f"t{n}"
        times.append({"id": time_id, "start": expression.start, "end": expression.end,
                      "text": article.text[expression.start:expression.end], "value": resolved.value,
                      "precision": resolved.precision, "rule": resolved.rule,
                      **({"note": resolved.note} if resolved.note else {})})
        ids.update(_token_ids(doc, expression, time_id))
    return times, published_inferred, ids


def _token_ids(doc: Doc, expression: Expression, time_id: str) -> dict[int, str]:
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    return {t.i: time_id for t in span} if span is not None else {}


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _trigger(text: str, token: Token) -> dict[str, Any]:
    start, end = trigger_span(token) if token.pos_ in ("VERB", "AUX") else (token.idx, token.idx + len(token.text))
    return _span(text, start, end)


def _evidence(token: Token) -> dict[str, int]:
    sentence = sentence_of(token)
    text = doc_text(token.doc)[sentence.start_char:sentence.end_char]  # `Span.text` joins its words anew each time
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.start_char + len(text.rstrip())
    return {"start": start, "end": max(end, start + 1)}


class Assembler:
    def __init__(self, article: Article, kb: KnowledgeBase, doc: Doc | None = None) -> None:
        self.article, self.kb = article, kb
        self.doc = doc if doc is not None else parse(article.text)
        self.entities = Entities()

    def mentions(self) -> list[Mention]:
        names = Linker(self.kb, self.doc, self.entities).link_names(self.article.text)
        return resolve_references(self.kb, self.doc, self.entities, names)

    def run(self) -> dict[str, Any]:
        mentions = self.mentions()
        times, published_inferred, time_of_token = _times(self.doc, self.article)
        speaking = SpeechExtractor(self.kb, self.doc, mentions, self.entities, self.article.text)
        speech = speaking.extract()
        for mention in speaking.we_mentions(speech):
            if mention.entity not in self.entities.by_id:  # a state a quote speaks for that no mention named yet
                country = self.kb.get(mention.entity)
                self.entities.add(Entity(country.qid, country.label("fr"), "country", country.labels.get("en")))
            mentions.append(mention)
        mentions.extend(first_person_mentions(self.kb, self.article.text, [(a.speaker, a.quotes) for a in speech],
                                              mentions))
        mentions.extend(addressee_mentions(self.doc, [(a.speaker, a.quotes) for a in speech], mentions))
        mentions = third_persons_in_quotes(self.article.text, [(a.speaker, a.quotes) for a in speech], mentions)
        countries = LocalStates(self.kb.countries_by_label(), self.entities)
        nationality = self.kb.sole_nationalities()
        extractor = EventExtractor(self.doc, mentions, self.entities, countries, nationality)
        events = self._events(extractor.extract(), time_of_token, times)
        repeated, renames = description_mentions(self.doc, extractor.mentions)
        extractor.mentions.extend(repeated)
        self._rename(renames, extractor.mentions, events, speech)
        self._sides = (countries, nationality)  # whose side a speaker is on (an aim charged to the other side)
        events_json = self._events_json(events, speech, time_of_token, times, extractor.mentions)
        if any(e.get("time") == PUBLICATION_TIME_ID for e in events_json):
            precision = self.article.published.precision
            times.append({"id": PUBLICATION_TIME_ID, "value": self.article.published.value,
                          "precision": precision, "rule": f"publication-{precision}",
                          "note": "No words date these events: they are the article's news, so they took place "
                                  "when it was published, to the precision of its date."})
        return self._document(extractor.mentions, times, published_inferred, events_json, speech)

    def _rename(self, renames: dict[str, str], mentions: list[Mention], events: list[Event],
                speech: list[SpeechAct]) -> None:
        """Descriptions that repeat an earlier one (`la déclaration` after `une déclaration commune`) take its
        local entity, everywhere it is referred to."""
        for mention in mentions:
            mention.entity = renames.get(mention.entity, mention.entity)
        for event in events:
            event.roles = list(dict.fromkeys((role, renames.get(e, e)) for role, e in event.roles))
        for act in speech:
            act.speaker = renames.get(act.speaker, act.speaker)
            act.according_to = list(dict.fromkeys(renames.get(e, e) for e in act.according_to))
        for old in renames:
            self.entities.by_id.pop(old, None)

    def _events(self, events: list[Event], time_of_token: dict[int, str], times: list[dict[str, Any]]) -> list[Event]:
        value_of, rule_of = {t["id"]: t["value"] for t in times}, {t["id"]: t["rule"] for t in times}
        for event in events:
            time_id = event_time(event, time_of_token, rule_of)
            event.time_token = next((self.doc[i] for i, tid in time_of_token.items() if tid == time_id), None)
        date_of = {i: value_of[tid] for i, tid in time_of_token.items()}
        return merge_events(events, date_of)

    def _events_json(self, events: list[Event], speech: list[SpeechAct], time_of_token: dict[int, str],
                     times: list[dict[str, Any]], mentions: list[Mention]) -> list[dict[str, Any]]:
        out, counts = [], {}
        value_of = {t["id"]: t.get("value") for t in times}
        for event in sorted(events, key=lambda e: e.trigger.i):
            counts[event.type] = counts.get(event.type, 0) + 1
            item: dict[str, Any] = {
                "id": f"e-{event.type.lower()}-{counts[event.type]}", "type": event.type,
                "trigger": _trigger(self.article.text, event.trigger), "evidence": _evidence(event.trigger),
                "roles": [{"role": r, "entity": e} for r, e in event.roles], "status": event.status,
            }
            time_id = time_of_token.get(event.time_token.i) if event.time_token is not None else None
            if time_id is None and event.status == "occurred":
                time_id = story_day(event.trigger, times, self.article.text)
            if time_id is None and event.type in NEWS_EVENT_TYPES and event.status == "occurred":
                time_id = PUBLICATION_TIME_ID
            if time_id:
                item["time"] = time_id
                if event.status == "occurred" and present_act(event.trigger) and _later_than(
                        value_of.get(time_id), self.article.published.value):
                    item["status"] = "planned"  # `le pacte expire en 2026`, `où s'ouvre lundi le sommet`: scheduled
            if event.place:
                item["place"] = event.place
            sources = self._sources(event.trigger, speech)
            if event.status == "planned" and charged_aim(event.trigger) and self._charged_by_other_side(
                    event, speech, mentions):
                item["status"] = "suspected"  # `« La Russie veut affamer l'Afrique », a déclaré le ministre ukrainien`
            if not sources and item["status"] == "suspected":
                sources = _suspecters(event, mentions)
            if sources:
                item["according_to"] = sources
            out.append(item)
        return out

    def _charged_by_other_side(self, event: Event, speech: list[SpeechAct], mentions: list[Mention]) -> bool:
        """The event lies in the quoted words of a speaker of another state than the one who does it (`« La Russie
        veut affamer l'Afrique », a déclaré le ministre ukrainien`: Ukraine's charge); a speaker of the doer's own
        side (`« La Chine veut renforcer ... », a déclaré Xi Jinping`) or of no known side tells an aim."""
        doers = {e for r, e in event.roles if r in ("agent", "participant")}
        doer_sides = {self._side_of(e, mentions) or e for e in doers}
        for act in speech:
            if not any(a <= event.trigger.idx < b for a, b in act.quotes) or act.speaker in doers:
                continue
            side = self._side_of(act.speaker, mentions)
            if side is not None and side not in doer_sides:
                return True
        return False

    def _side_of(self, entity: str | None, mentions: list[Mention]) -> str | None:
        """The state an entity is or belongs to: itself, a person's nationality, or the state a demonym in one of
        its mentions names (`le ministre ukrainien des Affaires étrangères`)."""
        countries, nationality = self._sides
        if entity is None:
            return None
        if entity in countries.values():
            return entity
        if entity in nationality:
            return nationality[entity]
        for mention in (m for m in mentions if m.entity == entity):
            for word in WORD.findall(self.article.text[mention.start:mention.end]):
                label = demonym_country(word)
                if label is not None and fold(label) in countries:
                    return countries[fold(label)]
        return None

    @staticmethod
    def _sources(trigger: Token, speech: list[SpeechAct]) -> list[str]:
        """Who the article has the event from: the speaker of a quote or reporting clause around it."""
        sources: list[str] = []
        for act in speech:
            in_quote = any(a <= trigger.idx < b for a, b in act.quotes)
            in_clause = sentence_of(act.trigger) == sentence_of(trigger) and act.trigger.i != trigger.i and any(
                trigger in c.subtree for c in act.trigger.children if c.dep_ in ("ccomp", "xcomp", "obl:mod",
                                                                                  "advcl", "obj", "nmod"))
            selon = act.trigger.lower_ == "selon" and sentence_of(act.trigger) == sentence_of(trigger)
            if in_quote or in_clause or selon:
                sources.extend(s for s in [act.speaker, *act.according_to] if s not in sources)
        return sources

    def _speech_json(self, speech: list[SpeechAct]) -> list[dict[str, Any]]:
        out = []
        for n, act in enumerate(speech, 1):
            item: dict[str, Any] = {
                "id": f"s-{act.type.lower()}-{n}", "type": act.type, "speaker": act.speaker,
                "quotes": [_span(self.article.text, a, b) for a, b in act.quotes],
                "trigger": _span(self.article.text, *act.trigger_span), "evidence": _evidence(act.trigger),
                "status": act.status,
            }
            if act.according_to:
                item["according_to"] = act.according_to
            out.append(item)
        return out

    def _complete_references(self, events: list[dict[str, Any]], speech: list[dict[str, Any]],
                             mentions: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Every id the document refers to is defined: a verified QID the rules reached without naming it
        (`les deux pays` -> Russia) is added from the knowledge base; a reference to nothing known is dropped.
        The rules are many and each sees only part of the article; this keeps their sum a valid annotation."""
        for entity_id in sorted(_referenced([*events, *speech], mentions) - self.entities.by_id.keys()):
            found = self.kb.get(entity_id) if is_qid(entity_id) else None
            if found is not None:
                kind = found.type if found.type in ANNOTATION_ENTITY_TYPES else "other"
                self.entities.add(Entity(found.qid, found.label("fr"), kind, found.labels.get("en")))
        known = set(self.entities.by_id)
        return ([_suspected_only_with_a_suspecter(_keep_known(e, known)) for e in events],
                [_keep_known(s, known) for s in speech if s["speaker"] in known])

    def _document(self, mentions: list[Mention], times: list[dict[str, Any]],
                  published_inferred: dict[str, Any] | None, events: list[dict[str, Any]],
                  speech: list[SpeechAct]) -> dict[str, Any]:
        article = self.article
        meta: dict[str, Any] = {"id": article.id, "language": article.language, "source": article.source,
                                "text_sha256": article.sha256,
                                "published": {"value": article.published.value,
                                              "precision": article.published.precision}}
        if published_inferred:
            meta["published_inferred"] = published_inferred
        mentions_json, seen = [], set()
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                mentions_json.append({"id": f"m-{m.start}-{m.end}", **_span(self.article.text, m.start, m.end),
                                      "entity": m.entity, "kind": m.kind})
        events, speech_json = self._complete_references(events, self._speech_json(speech), mentions_json)
        # a rule may register an entity it then finds no use for (an office's ministry, a place a silence was
        # read at); published, it would be a resource page with no fact behind it
        used = _referenced([*events, *speech_json], mentions_json)
        return {
            "format": "newsld-annotation/1", "article": meta,
            "annotator": {"kind": "automatic", "name": "newsld-extract", "version": VERSION,
                          "note": f"spaCy fr_core_news_md + rules; knowledge base of {len(self.kb.entities)} "
                                  "verified Wikidata entities"},
            "entities": [e.to_json() for e in self.entities.by_id.values() if e.id in used],
            "mentions": mentions_json, "times": times, "events": events,
            "speech_acts": speech_json,
        }


ANNOTATION_ENTITY_TYPES = frozenset({"person", "organization", "country", "place", "object", "group", "other"})


def _referenced(events: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> set[str]:
    ids = {m["entity"] for m in mentions}
    for event in events:
        ids.update(r["entity"] for r in event.get("roles", []))
        if "speaker" in event:
            ids.add(event["speaker"])
        ids.update(event.get("according_to", []))
        if "place" in event:
            ids.add(event["place"])
    return ids


def _suspecters(event: Event, mentions: list[Mention]) -> list[str]:
    """Who suspects an event no speech act reports: the subject of the nearest verb above its trigger that has
    one (`Le parquet a ouvert une enquête pour corruption visant X`: the prosecutor), or the doer of a passive verb
    (`accusées d'espionnage ont été sanctionnées par le Japon`: Japan; `X est détenu en Russie pour espionnage`:
    Russia), unless that is a party of the event itself (the accused is not the accuser)."""
    for word in event.trigger.ancestors:
        if word.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if subject is None:
            subject = _passive_doer(word, mentions)
        if subject is None:
            continue
        found = mention_of_token(mentions, subject)
        # (the one who suspects may be the one the act is done to: `Pékin accuse X d'ingérence dans ses affaires`)
        if found is None or found.entity in {e for r, e in event.roles if r != "recipient"}:
            return []
        return [found.entity]
    return []


def _passive_doer(verb: Token, mentions: list[Mention]) -> Token | None:
    """Who acts in a passive clause with no subject of its own: its agent (`ont été sanctionnées par le Japon`),
    else the country it holds its subject in (`est détenu en Russie`, `a été arrêté au Japon`)."""
    if not any(c.dep_ == "nsubj:pass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
    if agent is not None:
        return agent
    for child in verb.children:
        case = next((c.lower_ for c in child.children if c.dep_ == "case"), None)
        held_in = child.dep_.startswith("obl") and case in ("en", "au", "aux")
        found = mention_of_token(mentions, child) if held_in else None
        if found is not None and found.type == "country":
            return child
    return None


def _suspected_only_with_a_suspecter(event: dict[str, Any]) -> dict[str, Any]:
    """A suspicion no words give a suspecter for (`X a été accusé de`, `Certains soupçonnent X de`) is published as
    hypothetical: the shapes reject a suspected event that does not say who suspects it (the whole article would not
    be published), and naming a suspecter the text does not give would be false."""
    if event["status"] == "suspected" and not event.get("according_to"):
        return {**event, "status": "hypothetical"}
    return event


def _keep_known(event: dict[str, Any], known: set[str]) -> dict[str, Any]:
    event = {**event}
    if "roles" in event:
        event["roles"] = [r for r in event["roles"] if r["entity"] in known]
    if "according_to" in event:
        event["according_to"] = [who for who in event["according_to"] if who in known]
        if not event["according_to"]:
            del event["according_to"]
    if event.get("place") not in known:
        event.pop("place", None)
    return event


def build_annotation(article: Article, settings: Settings) -> dict[str, Any]:
    return Assembler(article, load_knowledge_base(settings.kb_path)).run()


def build_annotations(articles: Iterable[Article], settings: Settings) -> Iterator[dict[str, Any]]:
    """Annotations of a corpus, the texts parsed in batches; the same documents as one by one."""
    kb = load_knowledge_base(settings.kb_path)
    articles = list(articles)
    for article, doc in zip(articles, parse_many(a.text for a in articles), strict=True):
        yield Assembler(article, kb, doc).run()


ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def present_act(trigger: Token) -> bool:
    """A verb in the simple present of the indicative, with no auxiliary (`expire`, `s'ouvre`)."""
    return trigger.pos_ == "VERB" and "Pres" in trigger.morph.get("Tense") and "Ind" in trigger.morph.get("Mood") and (
        not any(c.dep_.startswith("aux") for c in trigger.children))


def _later_than(value: str | None, published: str) -> bool:
    """A date after the publication's, compared at the coarser of the two precisions (`2026` after `2024-10-02`)."""
    if not value or not ISO_DATE.match(value):
        return False
    size = min(len(value), len(published))
    return value[:size] > published[:size]
