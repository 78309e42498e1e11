"""Role nouns and pronouns resolved to the person they refer to, through the knowledge base.

``le président russe``: a person holding a position whose label starts with the role word (``président``),
of the country the demonym names (citizenship wdt:P27, or the country in the position's label).
``le dirigeant nord-coréen``, ``le numéro un nord-coréen``, ``son dirigeant``: the head of state of that
country (wdt:P35, wdt:P1906), or of the country last mentioned. ``son homologue``: the last person named
other than the one the sentence is about. ``son hôte russe``: the last Russian named. ``le père de X``: X's
father (wdt:P22). ``il``/``elle`` as a subject: the last person who was a subject. Only what resolves is a
mention; a role noun with no referent in the knowledge base is left alone rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsld.extract.knowledge_base import KnowledgeBase
from newsld.extract.linking import span_root
from newsld.extract.model import Entities, Entity, Mention, fold, mention_of_token
from newsld.extract.names import demonym_country
from newsld.extract.nlp import doc_text, sentence_of

# role word -> (what it names, position-label prefixes in the knowledge base)
ROLES = {
    "président": ("office", ("président",)), "présidente": ("office", ("président",)),
    "dirigeant": ("leader", ()), "dirigeante": ("leader", ()), "leader": ("leader", ()),
    "numéro un": ("leader", ()), "chef de l'état": ("leader", ()), "chef d'état": ("leader", ()),
    "homme fort": ("leader", ()), "dirigeant suprême": ("leader", ()),
    "porte-parole": ("office", ("attaché de presse", "porte-parole")),
    "secrétaire général": ("office", ("secrétaire général",)),
    "secrétaire générale": ("office", ("secrétaire général",)),
    "ministre des affaires étrangères": ("office", ("ministre des affaires étrangères",)),
    "chef de la diplomatie": ("office", ("ministre des affaires étrangères",)),
    "premier ministre": ("office", ("premier ministre",)),
    "homologue": ("counterpart", ()), "hôte": ("host", ()), "invité": ("counterpart", ()),
    "père": ("relation", ("P22",)),
}
DETERMINERS = r"(?:le|la|l'|son|sa|leur|ce|cet|cette|du|au)"
FUSED = {"du", "au"}  # `du dirigeant nord-coréen`: the mention starts at the noun
MODIFIERS = r"(?:(?:actuel|actuelle|nouveau|nouvelle|ancien|ancienne|futur|future|puissant)\s+)?"
ROLE_PATTERN = re.compile(
    rf"\b(?P<det>{DETERMINERS})\s*{MODIFIERS}(?P<role>{'|'.join(sorted(map(re.escape, ROLES), key=len, reverse=True))})"
    r"(?:s)?(?:\s+(?P<demonym>(?:nord-|sud-)?[a-zéèêëïîôûç]+))?",
    re.IGNORECASE,
)
PRONOUNS = {"il", "elle"}
AVOIR_FORMS = {"a", "avait", "aura", "aurait", "ait", "eut", "avoir"}
CLAUSE_MARKS = {"lorsque", "quand", "lorsqu'", "si", "comme", "puisque", "alors"}
IMPERSONAL_VERBS = {"agir", "falloir", "sembler", "paraître", "pleuvoir", "rester", "suffire"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
PRONOUN_SUBJECT_DEPS = SUBJECT_DEPS | {"expl:subj"}  # the tagger calls some personal `il` expletive


@dataclass
class Resolver:
    kb: KnowledgeBase
    doc: Doc
    entities: Entities
    mentions: list[Mention]

    def __post_init__(self) -> None:
        self.country_by_label = {fold(e.label("fr")): e.qid for e in self.kb.of_type("country")}

    # --- what came before -------------------------------------------------------------------------------
    def _before(self, offset: int, type_: str) -> Iterator[Mention]:
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.end <= offset and mention.type == type_ and self.kb.get(mention.entity) is not None:
                yield mention

    def _sentence_start(self, offset: int) -> int:
        root = span_root(self.doc, offset, offset + 1)
        return sentence_of(root).start_char if root is not None else offset

    # --- role nouns -------------------------------------------------------------------------------------
    def _office_holder(self, prefixes: tuple[str, ...], country: str | None, offset: int) -> str | None:
        positions = [p for p in self.kb.of_type("position") if fold(p.label("fr")).startswith(
            tuple(fold(x) for x in prefixes))]
        holders = sorted({h for p in positions for h in self.kb.holders(p.qid)})
        if country:
            names = [fold(n) for n in self.kb.get(country).names()] if self.kb.get(country) else []
            named = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
            in_label = {h for p in positions if named and named.search(fold(p.label("fr")))
                        for h in self.kb.holders(p.qid)}
            nations = {country, *self.kb.get(country).claim("P17")} if self.kb.get(country) else {country}
            holders = [h for h in holders if h in in_label or nations & set(self.kb.get(h).claim("P27"))]
            return holders[0] if len(holders) == 1 else None
        recent = [m.entity for m in self._before(offset, "person") if m.entity in holders]
        return recent[0] if recent else None

    def _last_country(self, offset: int) -> str | None:
        """The country last mentioned, by its name or by its capital standing for it."""
        return next((m.entity for m in self._before(offset, "country")), None)

    def _counterpart(self, offset: int, country: str | None) -> str | None:
        sentence = self._sentence_start(offset)
        subject = next((m.entity for m in sorted(self.mentions, key=lambda m: m.start)
                        if m.type == "person" and sentence <= m.start < offset), None)
        for mention in self._before(offset, "person"):
            entity = self.kb.get(mention.entity)
            if mention.entity != subject and (country is None or (entity and country in entity.claim("P27"))):
                return mention.entity
        return None

    def _host(self, offset: int, country: str | None) -> str | None:
        for mention in self._before(offset, "person"):
            entity = self.kb.get(mention.entity)
            if country and entity and country in entity.claim("P27"):
                return mention.entity
        return self.kb.head_of_state(country) if country else None

    def resolve_role(self, role: str, country: str | None, offset: int) -> str | None:
        kind, prefixes = ROLES[role]
        if kind == "office":
            return self._office_holder(prefixes, country, offset)
        if kind == "leader":
            country = country or self._last_country(offset)
            return self.kb.head_of_state(country) if country else None
        if kind == "counterpart":
            return self._counterpart(offset, country)
        if kind == "host":
            return self._host(offset, country)
        return None

    def _qualifier(self, role_end: int) -> Mention | None:
        """`de l'ONU`, `du Kremlin`, `de la Russie` right after a role: whose office it is."""
        gap = re.match(r"\s+(?:de la |de l'|de l’|du |des |de )", doc_text(self.doc)[role_end:role_end + 8])
        if not gap:
            return None
        start = role_end + gap.end()
        return next((m for m in self.mentions if m.start == start and m.type in ("country", "organization")), None)

    def _relation(self, match: re.Match[str]) -> tuple[str | None, int]:
        """`le père de X`: X is the mention right after `de`; its wdt:P22."""
        after = doc_text(self.doc)[match.end("role"):]
        gap = re.match(r"\s+(?:de|d'|du)\s*", after.replace("’", "'"))
        if not gap:
            return None, match.end("role")
        start = match.end("role") + gap.end()
        target = next((m for m in self.mentions if start <= m.start <= start + 6 and m.type == "person"), None)
        if target is None or self.kb.get(target.entity) is None:
            return None, match.end("role")
        fathers = self.kb.get(target.entity).claim(ROLES[match.group("role").lower()][1][0])
        return (fathers[0] if fathers else None), target.end

    def _covered(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions)

    def _next_name(self, end: int) -> Mention | None:
        """`le secrétaire général Antonio Guterres`: the name right after the role."""
        return next((m for m in self.mentions if end <= m.start <= end + 3 and m.kind == "name"
                     and doc_text(self.doc)[end:m.start].strip() in ("", ",")), None)

    def role_mentions(self, relations: bool) -> None:
        for match in ROLE_PATTERN.finditer(doc_text(self.doc).replace("’", "'")):
            role = match.group("role").lower()
            if (ROLES[role][0] == "relation") != relations:
                continue
            country_label = demonym_country(match.group("demonym"))
            end = match.end() if country_label else match.end("role")
            if relations:
                qid, end = self._relation(match)
            else:
                country = self.country_by_label.get(fold(country_label)) if country_label else None
                qualifier = None if country else self._qualifier(match.end("role"))
                if qualifier is not None:
                    country, end = qualifier.entity, qualifier.end  # `le secrétaire général de l'ONU`
                qid = self.resolve_role(role, country, match.start())
            start = match.start("role") if match.group("det").lower() in FUSED else match.start()
            named = self._next_name(end)
            if named is not None and not relations:
                if doc_text(self.doc)[end:named.start].strip() != ",":
                    continue  # `le secrétaire général Antonio Guterres`: a title before the name, not a mention
                qid = named.entity if self.kb.get(named.entity) else None  # `son homologue russe, Vladimir Poutine`
            if qid is None or self._covered(start, match.end("role")):
                continue
            self._add(start, end, qid, "nominal")

    # --- pronouns ---------------------------------------------------------------------------------------
    def pronoun_mentions(self) -> None:
        for token in self.doc:
            word = token.lower_.removeprefix("-t").removeprefix("-")  # `a-t-il déclaré`
            if word not in PRONOUNS or token.dep_ not in PRONOUN_SUBJECT_DEPS:
                continue
            verb = token.head
            if verb.lemma_ in IMPERSONAL_VERBS or self._il_y_a(token):
                continue
            subject = next((m for m in self._before(token.idx, "person") if self._is_subject(m)), None)
            if subject is None or subject.start < sentence_of(token).start_char - 400:
                subject = next(iter(self._before(token.idx, "person")), None)
            if subject is not None:
                start = token.idx + len(token.text) - len(word)
                self._add(start, start + len(word), subject.entity, "pronoun")

    # --- appositions, class nouns, `le pays`, wars ----------------------------------------------------------
    def apposition_mentions(self) -> None:
        """`Dmitri Peskov, porte-parole du Kremlin`: a title after a name and a comma names the same entity."""
        for name in [m for m in self.mentions if m.kind == "name"]:
            after = self.doc.char_span(name.end, min(name.end + 3, len(doc_text(self.doc))), alignment_mode="expand")
            if after is None or not len(after) or after[0].text != ",":
                continue
            head_i = after[0].i + 1
            if head_i >= len(self.doc) or self.doc[head_i].lower_ not in APPOSITION_HEADS:
                continue
            end_token = self._noun_phrase_end(head_i)
            end = end_token.idx + len(end_token.text)
            if not self._covered(self.doc[head_i].idx, self.doc[head_i].idx + 1):
                self._add_any(self.doc[head_i].idx, end, name.entity, name.type)

    def _noun_phrase_end(self, head_i: int) -> Token:
        """The last word of a bare noun phrase: nouns, adjectives and `de` complements, up to an adverb, a
        verb, a clause or punctuation."""
        last = self.doc[head_i]
        for token in self.doc[head_i + 1:head_i + 12]:
            if token.is_punct or token.pos_ in ("ADV", "VERB", "AUX", "SCONJ", "PRON", "CCONJ") or (
                    token.pos_ == "ADJ" and token.lower_.endswith("ment")):
                break
            last = token
        while last.pos_ in ("ADP", "DET") and last.i > head_i:
            last = self.doc[last.i - 1]
        return last

    def _add_any(self, start: int, end: int, entity_id: str, type_: str) -> None:
        """A mention of any entity already known (KB or local)."""
        if self.kb.get(entity_id) is not None:
            self._add(start, end, entity_id, "nominal", type_)
        elif entity_id in self.entities.by_id:
            self.mentions.append(Mention(start, end, entity_id, "nominal", type_))

    def class_noun_mentions(self) -> None:
        """`l'agence`: the agency last named; `du parti`: the party last named, else the one of the country
        last named (wdt:P17)."""
        for match in CLASS_PATTERN.finditer(doc_text(self.doc)):
            noun = match.group("noun").lower()
            start = match.start("noun") if match.group("det").lower() in FUSED else match.start()
            named = (m for m in self.mentions if m.kind != "nominal")
            if any(m.start < match.end() and match.start("noun") < m.end for m in named):
                continue
            if re.match(r"\s+[A-ZÉ]", doc_text(self.doc)[match.end():match.end() + 3]):
                continue  # `l'agence Yonhap`: the name that follows says which agency
            qid = self._last_of_class(CLASS_NOUNS[noun], noun, match.start())
            if qid is not None:
                self._add(start, match.end(), qid, "nominal", "organization")

    def _last_of_class(self, class_qid: str, noun: str, offset: int) -> str | None:
        for mention in self._before(offset, "organization"):
            entity = self.kb.get(mention.entity)
            if entity and (class_qid in entity.claim("P31") or noun in fold(entity.label("fr")).split()):
                return mention.entity
        country = self._last_country(offset)
        members = [e.qid for e in self.kb.of_type("organization")
                   if class_qid in e.claim("P31") and country in e.claim("P17")]
        return members[0] if len(members) == 1 else None

    def country_anaphors(self) -> None:
        """`le pays reclus`, `ce pays`: the country last mentioned (by name or by its capital)."""
        for match in COUNTRY_ANAPHOR.finditer(doc_text(self.doc)):
            qid = self._last_country(match.start())
            end = match.end("adj") if match.group("adj") and self._is_adjective(match.start("adj")) else match.end(
                "det") + len(" pays")
            fused = match.group("det").lower() in FUSED
            start = match.start() + len(match.group("det")) + 1 if fused else match.start()
            if qid is not None and not self._covered(start, end):
                self._add(start, end, qid, "nominal", "country")

    def _is_adjective(self, offset: int) -> bool:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].pos_ == "ADJ"

    def war_mentions(self) -> None:
        """`son assaut en Ukraine`, `le conflit en Ukraine`: the war of the knowledge base that names that
        country in its label (`invasion de l'Ukraine par la Russie`)."""
        wars = [e for e in self.kb.of_type("event") if set(fold(e.label("fr")).split()) & WAR_LABEL_WORDS]
        for match in WAR_PATTERN.finditer(doc_text(self.doc).replace("’", "'")):
            place = fold(match.group("place"))
            found = [e.qid for e in wars if re.search(rf"\b{re.escape(place)}\b", fold(e.label("fr")))]
            start = match.start("noun") if match.group("det").lower() in FUSED | {"de la"} else match.start()
            if len(found) == 1 and not self._covered(start, match.start("prep")):
                self._add(start, match.end(), found[0], "nominal", "other")

    def _il_y_a(self, token: Token) -> bool:
        following = [t.lower_ for t in self.doc[token.i + 1:token.i + 4]]
        return len(following) >= 2 and following[0] == "y" and following[1] in AVOIR_FORMS

    def object_pronoun_mentions(self) -> None:
        """`lui` (the person last named, or the subject of the main clause a `lorsque` clause precedes) and
        the place clitic `y` (the place last named in its sentence)."""
        for token in self.doc:
            if token.lower_ == "lui" and token.pos_ == "PRON":
                target = self._cataphora(token) or next(iter(self._before(token.idx, "person")), None)
                if target is not None:
                    self._add(token.idx, token.idx + 1 + 2, target.entity, "pronoun")
            elif token.lower_ == "y" and token.pos_ == "PRON" and not self._il_y_a(self.doc[token.i - 1]):
                place = next((m for m in sorted(self.mentions, key=lambda m: -m.start)
                              if sentence_of(token).start_char <= m.start < token.idx and m.type in ("place",)
                              and m.kind == "name"), None)
                if place is not None:
                    self._add(token.idx, token.idx + 1, place.entity, "pronoun", place.type)

    def _cataphora(self, token: Token) -> Mention | None:
        clause = token.head
        if not any(c.lower_ in CLAUSE_MARKS for c in clause.children if c.dep_ == "mark"):
            return None
        main = clause.head
        subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS and c.i > token.i), None)
        if subject is None:
            return None
        found = mention_of_token(self.mentions, subject)
        return found if found is not None and found.type == "person" else None

    def _is_subject(self, mention: Mention) -> bool:
        """A subject, a subject pronoun, or a name that opens its sentence (`V. Poutine, ont fait savoir ...,
        travaille`: the parser may lose that one)."""
        root = span_root(self.doc, mention.start, mention.end)
        if root is None:
            return False
        opens = not doc_text(self.doc)[sentence_of(root).start_char:mention.start].strip(" \n«")
        return root.dep_ in SUBJECT_DEPS or mention.kind == "pronoun" or opens

    def _add(self, start: int, end: int, qid: str, kind: str, type_: str | None = None) -> None:
        entity = self.kb.get(qid)
        if entity is None or (self._covered(start, end) and kind == "pronoun"):
            return
        type_ = type_ or ("person" if entity.type == "person" else _mention_type(entity.type))
        self.entities.add(Entity(qid, entity.label("fr"), type_, entity.labels.get("en")))
        self.mentions.append(Mention(start, end, qid, kind, type_))


APPOSITION_HEADS = {"porte-parole", "ministre", "dirigeant", "dirigeante", "président", "présidente", "chef",
                    "secrétaire", "journal", "quotidien", "hebdomadaire", "agence", "ambassadeur", "ambassadrice",
                    "conseiller", "conseillère", "premier", "première", "vice-président", "vice-ministre",
                    "directeur", "directrice", "commandant", "général", "leader", "numéro", "chancelier",
                    "haut", "patron", "patronne", "fondateur", "représentant", "représentante", "envoyé", "envoyée",
                    "homologue", "négociateur", "parti", "organisation", "groupe", "chaîne", "radio", "télévision"}
# Class nouns that, with a definite article, point back to an entity of that class (`l'agence`, `du parti`).
CLASS_NOUNS = {"agence": "Q192283", "parti": "Q7278", "journal": "Q11032", "quotidien": "Q11032"}
CLASS_PATTERN = re.compile(
    r"\b(?P<det>l'|le|la|du|au)\s*(?P<noun>agence|parti|journal|quotidien)\b(?!\s+(?:de|d'|du|des)\b)", re.IGNORECASE)
COUNTRY_ANAPHOR = re.compile(r"\b(?P<det>le|ce|du|au)\s+pays(?:\s+(?P<adj>[a-zéèêëïîôûç]+))?\b", re.IGNORECASE)
WAR_NOUNS = r"assaut|offensive|invasion|guerre|conflit|intervention|agression|opération militaire spéciale"
WAR_PATTERN = re.compile(
    rf"\b(?P<det>son|sa|le|la|l'|cette|ce|du|de la)\s*(?P<noun>{WAR_NOUNS})"
    r"\s+(?P<prep>en|contre|de|d')\s*(?:l')?\s*(?P<place>[A-ZÉ][\w-]+)",
    re.IGNORECASE)
WAR_LABEL_WORDS = {"invasion", "guerre", "conflit", "offensive", "assaut", "intervention"}


def _mention_type(kb_type: str) -> str:
    return kb_type if kb_type in ("person", "organization", "country", "place") else "other"


def resolve_references(kb: KnowledgeBase, doc: Doc, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """The mentions with role nouns, relations and pronouns added, in text order."""
    resolver = Resolver(kb, doc, entities, list(mentions))
    resolver.role_mentions(relations=False)
    resolver.role_mentions(relations=True)
    resolver.apposition_mentions()
    resolver.class_noun_mentions()
    resolver.country_anaphors()
    resolver.war_mentions()
    resolver.pronoun_mentions()
    resolver.object_pronoun_mentions()
    return sorted(resolver.mentions, key=lambda m: (m.start, m.end))
