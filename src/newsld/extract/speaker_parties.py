"""The party a speaker stands for, read from the titles the article gives the speaker.

A person quoted in wire copy speaks for a state or an organisation, and the quote takes that party up by a first
person plural: `« Nous ne participerons à aucune opération », a déclaré le Premier ministre arménien, Nikol
Pachinian` (Armenia), `« Notre pays n'acceptera pas », a lancé le ministre turc des Affaires étrangères` (Turkey),
`« Nous renforcerons notre présence », a assuré le secrétaire général de l'Otan` (NATO). The party comes from the
titles the article gives the speaker (the nominal mentions of the same person, and the label of a holder known by a
title only): a title headed by a noun of office (`ministre`, `président`, `porte-parole`, `chef`, ...) names its
party by an adjective of nationality (`arménien`), a state or an organisation in its complement (`de
l'Azerbaïdjan`, `de l'Otan`), whichever comes first. A national body in the complement (`le porte-parole du
ministère chinois des Affaires étrangères`, `le chef de la junte birmane`) stands for its state: the spokesman of a
ministry says `nous` for his country, as the gold annotations read Wang Wenbin's. The presidents of the European
Union's bodies speak for the Union. A former holder (`l'ancien président`) speaks for no one; titles that name two
parties leave the speaker without one. A state or an organisation that speaks itself (`Ankara « ... »`, `La Turquie a
fait savoir : « Nous ... »`) says `nous` for itself, known to the knowledge base or not.

States the knowledge base does not hold are the article's one local entity each (``unknown_states.state_entity``),
never a Wikidata link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.tokens import Doc

from newsld.extract.described_groups import QUOTED, token_at
from newsld.extract.model import Entities, Mention, fold
from newsld.extract.names import demonym_country
from newsld.extract.nlp import doc_text, sentence_of
from newsld.extract.organisation_names import organisation_of_label
from newsld.extract.organisations import UNLINKED_ORGANISATION
from newsld.extract.state_names import STATE_LABELS
from newsld.extract.unknown_states import state_entity

# A title headed by a noun of office (folded words; an article or a possessive and a few adjectives before it).
OFFICE = re.compile(
    r"(?:(?:le|la|l'|un|une|son|sa|du|au|cette|ce)\s*)?(?:(?:nouveau|nouvelle|nouvel|haut|haute|puissant|puissante|"
    r"tout-puissant|influent|influente|premier|premiere)\s+)?"
    r"(?P<office>premier ministre|premiere ministre|vice-premier ministre|ministre|vice-ministre|president|presidente|"
    r"vice-president|vice-presidente|chef|cheffe|dirigeant|dirigeante|numero un|homme fort|porte-parole|"
    r"secretaire general|secretaire generale|secretaire d'etat|directeur general|directrice generale|ambassadeur|"
    r"ambassadrice|emissaire|envoye|envoyee|representant|representante|haut representant|haute representante|"
    r"negociateur|negociatrice|chancelier|chanceliere|commissaire|roi|reine|prince heritier|emir|monarque|"
    r"responsable|chef d'etat-major|chef de l'etat|chef du gouvernement|chef de la diplomatie)(?![\w-])")
OFFICE_BEFORE = re.compile(r"\b(?:le|la|l')\s*(?:premier ministre|premiere ministre|president|presidente|chancelier|"
                           r"chanceliere|ministre des affaires etrangeres|chef de l'etat|chef du gouvernement)\s+$")
FORMER = re.compile(r"\b(?:ancien|ancienne|ex|futur|future|defunt|defunte|feu)\b")
WORD = re.compile(r"[\w’'-]+")
# The bodies of an organisation whose heads speak for the organisation itself (a fact of its institutions).
SPEAKS_FOR = {"commission europeenne": "Union européenne", "conseil europeen": "Union européenne"}
# A national body's label: a ministry, a government, an army, a junta, a diplomacy (its state is the party)
NATIONAL_BODY = re.compile(r"(?:ministere|gouvernement|diplomatie|junte|armee|presidence|regime|executif|cabinet|"
                           r"departement|conseil de securite nationale|forces armees|marine|police|services|"
                           r"renseignement|garde-cotes|etat-major)\b")
# `le chef de la délégation russe`, `le directeur de l'agence onusienne`: an office's complement that is a body named
# by a common noun (lower case), whose head speaks for that body
OTHER_BODY = re.compile(r"\s+(?:de la |de l['’]|du |des |d['’])(?P<noun>[a-zàâäéèêëïîôöûùüç][\w-]*)")
ARTICLE = re.compile(r"^(?:l'|la |le |les )")
POSSESSIVE = re.compile(r"(?:son|sa)\s")  # `son secrétaire général`, `sa porte-parole`: the office of whose
UNNAMED_SOURCE = "an unnamed source, not one Wikidata item"  # a speaker the speech rules made of its words
Party = tuple[str, str]  # (entity, type)


class SpeakerParties:
    """The party each speaker stands for, read from the article's titles for them (see the module)."""

    def __init__(self, doc: Doc, entities: Entities, mentions: Iterable[Mention],
                 known_countries: Mapping[str, str], nationality: Mapping[str, str] | None = None) -> None:
        self.doc, self.text, self.entities = doc, doc_text(doc), entities
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.known_countries = known_countries  # folded French label -> QID, the knowledge base's states
        self.nationality = nationality or {}  # the knowledge base's persons -> their one country (wdt:P27)
        self._cache: dict[str, Party | None] = {}

    def party_of(self, speaker: str) -> Party | None:
        if speaker not in self._cache:
            self._cache[speaker] = None  # (a possessor asked for while its own party is sought: none)
            self._cache[speaker] = self._party_of(speaker)
        return self._cache[speaker]

    def _party_of(self, speaker: str) -> Party | None:
        entity = self.entities.by_id.get(speaker)
        if entity is None or (not speaker.startswith("local:") and entity.type != "person"):
            return None  # the knowledge base's bodies and states: see SpeechExtractor._body_spoken_for
        unnamed = entity.unlinked_reason == UNNAMED_SOURCE  # `a déclaré un porte-parole de la diplomatie iranienne`
        if entity.type in ("country", "organization") and not unnamed:
            return speaker, entity.type  # a state or a body says `nous` for itself
        if entity.type != "person" and not unnamed:
            return None
        titles = [(m.start, m.end) for m in self.mentions if m.entity == speaker and m.kind == "nominal"]
        found = {party for start, end in titles for party in [self._words_party(self.text[start:end], start)]
                 if party}
        if not titles and speaker.startswith("local:") and entity.unlinked_reason is not None:
            found = {party for party in [self._words_party(entity.label)] if party}
        if not found and speaker in self.nationality and self._holds_office(speaker, titles):
            return self.nationality[speaker], "country"  # `le Premier ministre Fumio Kishida`: his country's office
        return found.pop() if len(found) == 1 else None

    def _holds_office(self, person: str, titles: list[tuple[int, int]]) -> bool:
        """Does the article give this person an office that names no party (`le Premier ministre Fumio Kishida`,
        `Le chef du gouvernement`)? A title right before a name, or a title of their own; never a former one."""
        before = [fold(self.text[max(0, m.start - 40):m.start]) for m in self.mentions
                  if m.entity == person and m.kind == "name"]
        return any(OFFICE_BEFORE.search(words) and not FORMER.search(words[-30:]) for words in before) or any(
            OFFICE.match(fold(self.text[a:b])) and not FORMER.search(fold(self.text[a:b])) for a, b in titles)

    def _words_party(self, words: str, start: int | None = None) -> Party | None:
        """The party a title names (its words, at ``start`` in the text when it is a mention, else a label): the
        first of its adjective of nationality, its state and its body; none when its complement is a body with no
        name nor nationality of its own (`le chef de la délégation russe`: the delegation, not Russia)."""
        folded = fold(words)
        head = OFFICE.match(folded)
        if head is None or FORMER.search(folded[:head.start("office")]):
            return None
        inside = [] if start is None else [
            m for m in self.mentions if start <= m.start and m.end <= start + len(words)
            and (m.start, m.end) != (start, start + len(words)) and m.type in ("country", "organization", "place")]
        complement = OTHER_BODY.match(words, head.end("office"))
        if complement is not None and not NATIONAL_BODY.match(fold(complement.group("noun"))) and not any(
                m.start <= start + complement.start("noun") < m.end for m in inside if start is not None):
            # `le secrétaire général de l'organisation`: the tabled organisation named last that the noun takes up
            return None if start is None else self._taken_up(fold(complement.group("noun")), start)
        for word in WORD.finditer(words, head.end("office")):
            named = None if start is None else next(
                (m for m in inside if m.start < start + word.end() and start + word.start() < m.end), None)
            if named is not None:
                return self._named_party(named)  # `de l'Otan`, `de l'Azerbaïdjan`
            state = demonym_country(word.group())
            if state is not None:
                return self._state(state)
        if start is not None and POSSESSIVE.match(folded) and complement is None:
            return self._possessor(start)  # `a indiqué son secrétaire général`: whose
        return None

    def _taken_up(self, noun: str, start: int) -> Party | None:
        for mention in reversed([m for m in self.mentions if m.end <= start and m.type == "organization"]):
            entity = self.entities.by_id.get(mention.entity)
            organisation = organisation_of_label(entity.label) if entity is not None else None
            if organisation is not None:
                return (mention.entity, "organization") if noun in organisation.folded_nouns else None
        return None

    def _possessor(self, start: int) -> Party | None:
        """The party a possessive title is of (`L'Otan veut des preuves : « ... », a indiqué son secrétaire
        général`): the state, body or person named last before it in its sentence, outside the quotes, else the
        state or body subject of the sentence before; a person's own party."""
        token = token_at(self.doc, start)
        if token is None:
            return None
        sentence = sentence_of(token)
        quoted = [q.span() for q in QUOTED.finditer(self.text, sentence.start_char, start)]
        before = [m for m in self.mentions if sentence.start_char <= m.start and m.end <= start
                  and m.type in ("country", "organization", "person") and not any(a <= m.start < b for a, b in quoted)]
        if not before and sentence.start > 0:
            previous = sentence_of(self.doc[sentence.start - 1])
            before = [m for m in self.mentions if previous.start_char <= m.start < previous.end_char
                      and m.type in ("country", "organization", "person") and self._subject_at(m)][:1]
        if not before:
            return None
        owner = max(before, key=lambda m: (m.start, -m.end))
        return self.party_of(owner.entity) if owner.type == "person" else self._named_party(owner)

    def _subject_at(self, mention: Mention) -> bool:
        token = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return token is not None and len(token) > 0 and token.root.dep_ in ("nsubj", "nsubj:pass")

    def _named_party(self, mention: Mention) -> Party | None:
        if mention.type == "country":
            return mention.entity, "country"
        if mention.type == "place":
            words = ARTICLE.sub("", fold(self.text[mention.start:mention.end]))
            return self._state(words) if words in STATE_LABELS else None  # `le président de la Guinée`
        entity = self.entities.by_id.get(mention.entity)
        if entity is None:
            return None
        label = fold(entity.label)
        if label in SPEAKS_FOR:  # `la présidente de la Commission européenne`: the Union
            return self.entities.local(SPEAKS_FOR[label], "organization", UNLINKED_ORGANISATION), "organization"
        if NATIONAL_BODY.match(label):  # `le porte-parole du ministère chinois des Affaires étrangères`: China
            state = next((s for w in WORD.findall(entity.label) for s in [demonym_country(w)] if s), None) or next(
                (s for s in _endings(label) if s in STATE_LABELS), None)  # `... de l'Inde`
            return self._state(state) if state is not None else None
        return mention.entity, "organization"

    def _state(self, label: str) -> Party | None:
        known = self.known_countries.get(fold(label))
        if known is not None:
            return known, "country"
        if fold(label) not in STATE_LABELS:
            return None
        return state_entity(self.entities, STATE_LABELS[fold(label)]), "country"


def _endings(label: str) -> Iterable[str]:
    """The last words of a folded label, one more each time (`inde`, `l'inde`, `de l'inde`, ...)."""
    words = label.replace("'", "' ").split()
    return (ARTICLE.sub("", " ".join(words[i:]).replace("' ", "'")) for i in range(len(words) - 1, 0, -1))
