"""Speech acts: every « quote » with its speaker and who reports it, and attributions without a quote.

A quote that opens its sentence belongs to the reporting clause after it (``», a rapporté jeudi l'agence
KCNA``, subject after the verb); a quote inside a sentence belongs to the nearest reporting verb before it
(``a assuré ... une « grande victoire »``), else to the one after. Editors' notes in square brackets are not
the speaker's words: the quote is split around them. A reporting verb with a known subject and no quote
(``soupçonnent``, ``en est persuadée``, ``selon les agences russes``) is a speech act without quotes; one
inside another's quote, or a second reporting clause over the same words (``s'est dit ... », a rapporté
KCNA``), records who relays it in ``according_to``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsld.extract.events import TIME_WORDS, MentionIndex, preposition, subject_of
from newsld.extract.knowledge_base import KnowledgeBase
from newsld.extract.model import Entities, Mention, mention_of_token
from newsld.extract.nlp import doc_text, sentence_of
from newsld.extract.references import demonym_country

# reporting verb lemma -> speech act type
REPORTING = {
    "rapporter": "Report", "ajouter": "Report", "indiquer": "Report", "relater": "Report", "raconter": "Report",
    "écrire": "Report", "informer": "Report", "savoir": "Report", "selon": "Report", "citer": "Report",
    "déclarer": "Statement", "dire": "Statement", "affirmer": "Statement", "préciser": "Statement",
    "souligner": "Statement", "confirmer": "Statement", "expliquer": "Statement", "estimer": "Statement",
    "répondre": "Statement", "parler": "Statement", "réaffirmer": "Statement", "annoncer": "Statement",
    "insister": "Statement", "démentir": "Statement", "reconnaître": "Statement", "juger": "Statement",
    "assurer": "Assurance", "promettre": "Assurance", "garantir": "Assurance",
    "avertir": "Warning", "menacer": "Warning", "prévenir": "Warning", "garde": "Warning", "alerter": "Warning",
    "trinquer": "Toast",
    "soupçonner": "SpeechAct", "accuser": "SpeechAct", "persuader": "SpeechAct", "convaincre": "SpeechAct",
    "craindre": "SpeechAct", "dénoncer": "SpeechAct",
}
NEWS_CLASSES = {"Q192283", "Q11032"}  # news agency, newspaper: what they say is a report
COLLECTIVE_SOURCES = re.compile(
    r"\b(?P<np>les\s+(?P<noun>agences|médias|autorités|services|responsables|diplomates|sources|dirigeants)"
    r"(?:\s+de\s+presse)?\s+(?P<demonym>[a-zéèêëïîôûç-]+))", re.IGNORECASE)
QUOTE = re.compile(r"«\s*(?P<body>.*?)\s*»", re.DOTALL)
NOTE = re.compile(r"\s*\[[^\]]*\]\s*")


@dataclass
class SpeechAct:
    type: str
    trigger: Token
    trigger_span: tuple[int, int]
    speaker: str
    quotes: list[tuple[int, int]] = field(default_factory=list)
    according_to: list[str] = field(default_factory=list)
    status: str = "occurred"


def quote_parts(text: str) -> list[list[tuple[int, int]]]:
    """Each « quote » as its parts: the words between the marks, split around [editors' notes]."""
    quotes = []
    for match in QUOTE.finditer(text):
        start, body = match.start("body"), match.group("body")
        parts, cursor = [], 0
        for note in NOTE.finditer(body):
            parts.append((start + cursor, start + note.start()))
            cursor = note.end()
        parts.append((start + cursor, start + len(body)))
        quotes.append([(a, b) for a, b in parts if b > a])
    return [q for q in quotes if q]


def reporting_type(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma == "mettre" and any(c.lower_ == "garde" for c in token.children):
        return "Warning"
    if lemma == "savoir" and any(c.lemma_ == "faire" and c.i < token.i for c in token.children):
        return "Report"  # `ont fait savoir`
    if token.pos_ in ("VERB", "ADJ") and lemma in REPORTING and lemma not in ("garde", "savoir", "selon"):
        return REPORTING[lemma]
    if token.lower_ == "selon" and token.pos_ == "ADP":
        return "Report"
    return None


def trigger_span(token: Token) -> tuple[int, int]:
    """The verb with an auxiliary or reflexive right before it (`a rapporté`, `s'est dit`) and its particle
    (`mis en garde`, `fait savoir`)."""
    start, end = token.idx, token.idx + len(token.text)
    kept, i = {token.i}, token.i - 1
    while i >= 0 and token.doc[i].head.i in kept and (token.doc[i].dep_.startswith(("aux", "expl")) or (
            token.doc[i].pos_ == "AUX")) and token.doc[i].idx + len(token.doc[i].text) >= start - 1:
        start, i = token.doc[i].idx, i - 1
        kept.add(i + 1)
    for child in token.children:
        if child.i > token.i and (child.lower_ == "garde" or child.lemma_ == "savoir") and child.i - token.i <= 2:
            end = child.idx + len(child.text)
    return start, end


class SpeechExtractor:
    def __init__(self, kb: KnowledgeBase, doc: Doc, mentions: list[Mention], entities: Entities,
                 text: str | None = None) -> None:
        self.kb, self.doc, self.mentions, self.entities = kb, doc, mentions, entities
        self.text = text if text is not None else doc_text(doc)  # the article's own text, for the quotes
        self._collective_sources()
        self.index = MentionIndex(self.mentions)

    def _collective_sources(self) -> None:
        """`les agences russes`, `les médias russes`: an unnamed group, a local entity of its own."""
        for m in COLLECTIVE_SOURCES.finditer(doc_text(self.doc)):
            if demonym_country(m.group("demonym")) is None or any(
                    x.start < m.end() and m.start() < x.end for x in self.mentions):
                continue
            entity = self.entities.new_local(m.group("np"), "group", "an unnamed group, not one Wikidata item")
            self.mentions.append(Mention(m.start(), m.end(), entity, "nominal", "group"))

    def speaker(self, verb: Token) -> str | None:
        if verb.lower_ == "selon":
            text = doc_text(self.doc)
            stop = min((i for i in (text.find(",", verb.idx), text.find(".", verb.idx)) if i > 0), default=len(text))
            after = [m for m in self.index.mentions if verb.idx < m.start < min(stop, verb.idx + 40)]
            return after[0].entity if after else None
        start, end = trigger_span(verb)
        text = doc_text(self.doc)
        introduces = re.match(r"\s*(?:que\b|qu'|qu’|:|«)", text[end:end + 6])  # `assure que ...`: not a tag
        if re.search(r",\s*$", text[max(0, start - 6):start]) and not introduces:
            inverted = self._inverted_subject(verb)  # `», a rapporté jeudi KCNA`: after a comma, the subject follows
            if inverted is not None:
                return inverted
            if self._unknown_subject_follows(verb):
                return None  # `a annoncé mardi la présidence sud-coréenne`: a subject we do not know
        subject = subject_of(verb)
        if subject is not None:
            mention = mention_of_token(self.index.mentions, subject)
            if mention is not None:
                return mention.entity
        return self._inverted_subject(verb)

    def _unknown_subject_follows(self, verb: Token) -> bool:
        """After the verb (and its adverbs and days), a noun phrase: the inverted subject, not in our mentions."""
        for token in verb.doc[verb.i + 1:verb.i + 5]:
            if token.pos_ == "ADV" or token.lower_ in TIME_WORDS or token.dep_ in ("expl:subj",) or token.text == "-":
                continue
            return token.pos_ == "DET"
        return False

    def _inverted_subject(self, verb: Token) -> str | None:
        """`», a rapporté jeudi l'agence KCNA`: the first mention after the verb, not behind a preposition."""
        sentence_end = sentence_of(verb).end_char
        for mention in self.index.mentions:
            if verb.idx < mention.start < sentence_end and not preposition(self.doc, mention):
                between = re.sub(r"\b(?:[A-Z]|Mme|Mlle|Dr|Pr)\.", "", doc_text(self.doc)[verb.idx:mention.start])
                if "«" in between or "." in between:
                    return None
                return mention.entity
        return None

    def _is_news(self, entity_id: str) -> bool:
        entity = self.kb.get(entity_id)
        if entity is not None:
            return bool(set(entity.claim("P31")) & NEWS_CLASSES)
        local = self.entities.by_id.get(entity_id)
        return local is not None and local.type == "organization" and local.class_qid in NEWS_CLASSES

    def extract(self) -> list[SpeechAct]:
        verbs = [t for t in self.doc if reporting_type(t)]
        acts: dict[int, SpeechAct] = {}
        for parts in quote_parts(self.text):
            verb = self._verb_for(parts, verbs)
            if verb is None:
                continue
            act = acts.get(verb.i) or self._act(verb)
            if act is not None:
                act.quotes.extend(parts)
                acts[verb.i] = act
        for verb in verbs:
            if verb.i not in acts:
                act = self._act(verb)
                if act is not None:
                    acts[verb.i] = act
        result = sorted(acts.values(), key=lambda a: a.trigger_span)
        self._relays(result)
        return result

    def _act(self, verb: Token) -> SpeechAct | None:
        speaker = self.speaker(verb)
        if speaker is None:
            return None
        type_ = "Report" if self._is_news(speaker) else reporting_type(verb) or "SpeechAct"
        negated = any(c.lower_ in ("pas", "jamais", "rien") for c in verb.children)
        return SpeechAct(type_, verb, trigger_span(verb), speaker, status="negated" if negated else "occurred")

    def _verb_for(self, parts: list[tuple[int, int]], verbs: list[Token]) -> Token | None:
        start, end = parts[0][0], parts[-1][1]
        quoted = self.doc.char_span(start, end, alignment_mode="expand")
        if quoted is None or not len(quoted):
            return None
        first, last = sentence_of(quoted[0]), sentence_of(quoted[-1])  # a quote may run over several sentences
        inside = [v for v in verbs if first.start <= v.i < last.end and not start <= v.idx < end]
        before = [v for v in inside if v.idx < start]
        after = [v for v in inside if v.idx >= end]
        opens_sentence = not doc_text(self.doc)[first.start_char:start].strip(" «\n")
        if before and not opens_sentence:
            return before[-1]
        return after[0] if after else (before[-1] if before else None)

    def we_mentions(self, acts: list[SpeechAct]) -> list[Mention]:
        """`« Nous surveillons ... », a déclaré Yoko Kamikawa`: an office holder's `nous` is the state she
        speaks for (her country, wdt:P27). Other speakers' `nous` is left alone."""
        found = []
        for act in acts:
            speaker = self.kb.get(act.speaker)
            if speaker is None or len(speaker.claim("P27")) != 1:
                continue
            country = self.kb.get(speaker.claim("P27")[0])
            if country is None or not self._national_office(speaker.claim("P39"), country.label("fr")):
                continue  # a UN Secretary-General's `nous` is not his country
            for start, end in act.quotes:
                for match in re.finditer(r"\b[Nn]ous\b", self.text[start:end]):
                    if country is not None:
                        found.append(Mention(start + match.start(), start + match.end(), country.qid, "pronoun",
                                             "country"))
        return found

    def _national_office(self, positions: tuple[str, ...], country_label: str) -> bool:
        """Does one of these positions name the country (`ministre des Affaires étrangères du Japon`)?"""
        named = re.compile(rf"\b{re.escape(country_label.lower())}\b")
        return any(named.search(p.label("fr").lower()) for p in map(self.kb.get, positions) if p is not None)

    def _relays(self, acts: list[SpeechAct]) -> None:
        """Who relays whom: an act inside another's quote, or two reporting clauses over one sentence."""
        for act in acts:
            for other in acts:
                if other is act or other.speaker == act.speaker:
                    continue
                inside = any(a <= act.trigger.idx < b for a, b in other.quotes)
                relays = (not other.quotes and act.quotes and sentence_of(other.trigger) == sentence_of(act.trigger)
                          and other.trigger.idx > max(b for _, b in act.quotes) and other.type == "Report")
                if (inside or relays) and other.speaker not in act.according_to:
                    act.according_to.append(other.speaker)
