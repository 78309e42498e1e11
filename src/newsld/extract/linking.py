"""Entity linking: names to knowledge-base QIDs, capitals standing for their country, unknown names local.

Never a wrong link: a surname shared by several people of the knowledge base links only when the article
has already named one of them in full (or names exactly one of them somewhere); otherwise, like every name
the knowledge base does not hold, it becomes a local entity with an ``unlinked_reason``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsld.extract.knowledge_base import KBEntity, KnowledgeBase
from newsld.extract.model import Entities, Entity, Mention, fold
from newsld.extract.names import NameMatch, demonym_country, find_names
from newsld.extract.nlp import doc_text

# spaCy labels to entity types, for names the knowledge base does not hold.
TYPE_OF_LABEL = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}
# Editorial marks and words spaCy takes for names.
NOT_NAMES = {"ndlr", "ndt", "nda", "ndla", "etat", "état",
             # days and months open sentences with a capital; they are times, never entities
             "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
             "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
             "novembre", "decembre"}
PLACE_PREPOSITIONS = {"au", "aux", "en", "à"}
LEADING_WORDS = {"le", "la", "les", "l'", "l", "un", "une", "des", "du"}
# A capital after these prepositions stands for its government (`un accord avec Pyongyang`) ...
ACTOR_PREPOSITIONS = {"entre", "avec", "par", "contre", "selon", "pour", "envers", "face"}
# ... and after `à` when the verb is one of giving, saying or proposing (`a proposé à Pyongyang`).
DATIVE_VERBS = {"proposer", "offrir", "envoyer", "assurer", "dire", "demander", "livrer", "fournir", "vendre",
                "promettre", "annoncer", "répondre", "écrire", "adresser", "reprocher", "accorder", "donner",
                "remettre", "imposer", "garantir", "confirmer", "expliquer", "indiquer"}
ACTOR_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"}
# Verbs whose object is the place itself (`ont frappé Kiev`, `a quitté Moscou`), not its government.
PLACE_OBJECT_VERBS = {"frapper", "bombarder", "attaquer", "viser", "toucher", "survoler", "quitter", "rejoindre",
                      "atteindre", "visiter", "gagner", "traverser", "envahir", "encercler", "libérer", "occuper",
                      "reprendre", "détruire", "évacuer", "pilonner", "cibler", "desservir", "relier",
                      "regagner", "rallier", "parcourir", "sillonner"}
NATIONALITY_AFTER = re.compile(r"[ \u00a0]+((?:nord-|sud-)?[a-zéèêëïîôûç]+)\b")
# Class nouns before a person's name that make it the name of something else, and that thing's type.
NAMED_AFTER_TYPES = {
    **dict.fromkeys(("place", "rue", "avenue", "boulevard", "quai", "square", "pont", "stade", "gare", "aéroport",
                     "station", "palais", "cosmodrome", "port", "base"), "place"),
    **dict.fromkeys(("université", "institut", "fondation", "lycée", "école", "musée", "prix", "académie",
                     "hôpital"), "organization"),
}
CLASS_NOUN_BEFORE = re.compile(rf"\b({'|'.join(NAMED_AFTER_TYPES)})\s+$")
# A capitalised plural noun after a plural determiner, not followed by another capitalised word (`les Pays-Bas`,
# `les Nations unies` are names).
GROUP_NOUN = re.compile(r"\b(?P<det>[Ll]es|[Dd]es|[Aa]ux)\s+(?P<noun>[A-ZÉÈ][a-zéèêëïîôûç]+[sx])\b(?![\s-]+[A-ZÉ])")
# Plural endings of French nouns of inhabitants (Européens, Américains, Français, Occidentaux, Britanniques).
GROUP_ENDINGS = ("ais", "aises", "ois", "oises", "ains", "aines", "iens", "iennes", "eens", "eennes", "aux",
                 "iques")
UNLINKED_NOT_IN_KB = "not in the knowledge base of verified Wikidata identifiers"
UNLINKED_GROUP = "a group of people or states named by their origin, not one Wikidata item"
UNLINKED_AMBIGUOUS = "the name fits several people of the knowledge base and the article does not say which"


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governing_preposition(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


def stands_for_government(token: Token) -> bool:
    """Is this place name an actor (subject, object, `avec X`, `proposé à X`) rather than a location?"""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    preposition = _governing_preposition(first)
    if preposition is None and first.dep_ != "nsubj" and first.head.lemma_ in PLACE_OBJECT_VERBS:
        return False  # the object, however the parser labels it (`regagner Pékin` as obl:mod)
    if first.dep_ in ACTOR_DEPS or (preposition is None and first.dep_ not in ("flat:name", "appos", "ROOT")):
        return True
    if first.dep_ == "ROOT" and first.i + 1 < len(first.doc) and first.doc[first.i + 1].pos_ in ("AUX", "VERB"):
        return True  # `Pékin a proposé`: a subject the parser lost
    if preposition in ACTOR_PREPOSITIONS:
        return True
    return preposition == "à" and _governing_verb(first) in DATIVE_VERBS


def _governing_verb(token: Token) -> str | None:
    """The lemma of the verb a complement hangs from, through the nouns in between (`livré des munitions à
    Moscou`); a clause head the tagger took for a noun (`que Pyongyang ne livre des armes`) counts by its
    first-group infinitive."""
    head = token.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return head.lemma_
        if head.dep_ in ("ccomp", "ROOT", "advcl", "acl:relcl") and head.pos_ == "NOUN":
            return head.lower_ + "r" if head.lower_.endswith("e") else head.lemma_
        if head.head.i == head.i:
            return None
        head = head.head
    return None


class Linker:
    """Links the mentions of one article; keeps the entities it creates."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, entities: Entities) -> None:
        self.kb, self.doc, self.entities = kb, doc, entities
        self.named: list[tuple[int, str]] = []  # (offset, QID) of unambiguous names, in text order
        self.namesakes: list[Mention] = []  # people inside the names of places named after them

    def link_names(self, text: str) -> list[Mention]:
        matches = list(find_names(text, self.kb))
        self.named = [(m.start, next(iter(m.candidates))) for m in matches if len(m.candidates) == 1]
        mentions = [self._mention(m) for m in matches]
        mentions.extend(self.namesakes)
        covered = [(m.start, m.end) for m in mentions]
        mentions.extend(self._group_nouns(covered))
        mentions.extend(self._unknown_names(covered))
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _choose(self, match: NameMatch) -> str | None:
        if len(match.candidates) == 1:
            return next(iter(match.candidates))
        before = [q for start, q in self.named if start < match.start and q in match.candidates]
        if before:
            return before[-1]
        anywhere = {q for _, q in self.named if q in match.candidates}
        return anywhere.pop() if len(anywhere) == 1 else None

    def _mention(self, match: NameMatch) -> Mention:
        qid = self._choose(match)
        if qid is None:
            label = doc_text(self.doc)[match.start:match.end]
            local = self.entities.new_local(label, "person", UNLINKED_AMBIGUOUS)
            return Mention(match.start, match.end, local, "name", "person")
        entity = self.kb.get(qid)
        assert entity is not None
        national = self._national_body(match, entity) or self._named_after(match, entity)
        if national is not None:
            return national
        said = fold(doc_text(self.doc)[match.start:match.end])
        kind = "metonym" if said in {fold(n) for n in entity.metonyms} else "name"
        if doc_text(self.doc)[match.start:match.start + 1].islower():
            kind = "nominal"  # `l'armée russe`: a description the knowledge base knows, not a proper name
        country = self.kb.capital_of(qid) if entity.type == "place" else None
        root = span_root(self.doc, match.start, match.end)
        if country and root is not None and stands_for_government(root):
            entity, kind = self.kb.get(country), "metonym"
            assert entity is not None
        self.entities.add(Entity(entity.qid, entity.label("fr"), _entity_type(entity.type),
                                 entity.labels.get("en")))
        return Mention(match.start, match.end, entity.qid, kind, _entity_type(entity.type))

    def _national_body(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """`Conseil de sécurité russe`: an organisation's name with a nationality after it names that
        country's namesake body (Russia's Security Council, not the UN's), a local entity, unless the
        organisation is that country's own."""
        if entity.type != "organization":
            return None
        after = NATIONALITY_AFTER.match(doc_text(self.doc), match.end)
        country_label = demonym_country(after.group(1)) if after else None
        if country_label is None:
            return None
        own = {fold(self.kb.get(q).label("fr")) for q in entity.claim("P17") if self.kb.get(q) is not None}
        if fold(country_label) in own:
            return None
        label = doc_text(self.doc)[match.start:after.end()]
        return Mention(match.start, after.end(), self._local_for(label, "organization"), "name", "organization")

    def _named_after(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """`place Kim Il-sung`, `aéroport Charles-de-Gaulle`: a person's name after a class noun names a
        place or an institution (a local entity), not the person."""
        if entity.type != "person":
            return None
        before = CLASS_NOUN_BEFORE.search(doc_text(self.doc), max(0, match.start - 14), match.start)
        if before is None:
            return None
        type_ = NAMED_AFTER_TYPES[before.group(1).lower()]
        label = doc_text(self.doc)[before.start(1):match.end]
        # The person is named too, as the namesake: typed "other" so that no pronoun or role noun of the
        # article (`son hôte`, `lui`) is taken to refer to them.
        self.entities.add(Entity(entity.qid, entity.label("fr"), "person", entity.labels.get("en")))
        self.namesakes.append(Mention(match.start, match.end, entity.qid, "name", "other"))
        self.named = [(start, q) for start, q in self.named if start != match.start]  # `Kim` is not Kim Il-sung
        return Mention(before.start(1), match.end, self._local_for(label, type_), "name", type_)

    def _group_nouns(self, covered: list[tuple[int, int]]) -> list[Mention]:
        """`les Occidentaux`, `aux Européens`: a capitalised plural noun of inhabitants (a demonym ending)
        names a group of people or states, not one Wikidata item: a local group, the same for each mention.
        The mention holds `les`; a determiner fused with a preposition (`des`, `aux`) stays out, as for names."""
        mentions = []
        for match in GROUP_NOUN.finditer(doc_text(self.doc)):
            noun = match.group("noun")
            if not fold(noun).endswith(GROUP_ENDINGS) and demonym_country(noun.lower()) is None:
                continue
            start = match.start() if match.group("det").lower() == "les" else match.start("noun")
            if any(s < match.end() and start < e for s, e in covered):
                continue
            local = self._local_for("les " + noun, "group", UNLINKED_GROUP)
            mentions.append(Mention(start, match.end(), local, "nominal", "group"))
            covered.append((start, match.end()))
        return mentions

    def _unknown_names(self, covered: list[tuple[int, int]]) -> list[Mention]:
        mentions = []
        for ent in self.doc.ents:
            start, end = _trim(ent)
            if start is None or any(s < end and start < e for s, e in covered):
                continue
            type_ = _unknown_type(ent, start)
            local = self._local_for(doc_text(self.doc)[start:end], type_)
            mentions.append(Mention(start, end, local, "name", type_))
            covered.append((start, end))
        return mentions

    def _local_for(self, label: str, type_: str, reason: str = UNLINKED_NOT_IN_KB) -> str:
        """The same local entity for the same name, and for a person's surname after the full name."""
        key = fold(label)
        for entity in self.entities.by_id.values():
            if not entity.id.startswith("local:"):
                continue
            same_name = entity.type == type_ and fold(entity.label) == key
            surname = entity.type == "person" and " " not in key and fold(entity.label).endswith(" " + key)
            if same_name or surname:
                return entity.id
        return self.entities.new_local(label, type_, reason)


def _unknown_type(ent: Span, start: int) -> str:
    """spaCy's label, except that a "person" after an article (`le Rodong Sinmun`) is an organisation."""
    type_ = TYPE_OF_LABEL.get(ent.label_, "other")
    before = ent.doc.char_span(max(start - 4, 0), start, alignment_mode="expand")
    if type_ == "person" and before is not None and len(before) and before[-1].lower_ in ("le", "la", "les", "l'"):
        return "organization"
    return type_


def _entity_type(kb_type: str) -> str:
    return kb_type if kb_type in ("person", "organization", "country", "place") else "other"


def _capitalised_inside_sentence(tokens: list[Token]) -> bool:
    """`au Kazakhstan` tagged as a common noun: a capital letter inside a sentence, on every word of a place
    the recogniser found right after a preposition of place, still makes it a name (an organisation's common
    noun, `le Conseil`, or part of a longer name, `la flotte du Pacifique`, does not)."""
    if not tokens or tokens[0].is_sent_start or tokens[0].doc[tokens[0].i - 1].lower_ not in PLACE_PREPOSITIONS:
        return False
    return all(t.text[:1].isupper() for t in tokens if t.is_alpha)


def _trim(ent: Span) -> tuple[int | None, int]:
    """The name inside a spaCy entity: no leading article, only if it holds a proper noun."""
    tokens = list(ent)
    while tokens and tokens[0].lower_ in LEADING_WORDS:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    named = any(t.pos_ == "PROPN" for t in tokens) or (ent.label_ == "ORG" and len(tokens) > 1) or (
        ent.label_ == "LOC" and _capitalised_inside_sentence(tokens))
    if not tokens or not named or not tokens[0].text[:1].isupper():
        return None, 0
    if fold(" ".join(t.text for t in tokens)) in NOT_NAMES or (len(tokens[0].text) == 1 and len(tokens) == 1):
        return None, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
