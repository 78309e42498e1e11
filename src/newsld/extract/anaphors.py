"""Definite descriptions that repeat an entity the article is about, with no name of its own in them.

``la guerre``, ``le conflit``, ``cette invasion``, ``l'offensive`` (``son invasion`` when its owner is the
invader): the one war of the knowledge base whose
countries the article names (the invaded and the invader, `invasion de l'Ukraine par la Russie`), in an
article that speaks of no other war (a war noun with another country, `la guerre de Corée`, or another
adjective, `la guerre froide`, leaves every bare war noun unlinked). ``le Conseil``, ``la Cour``, ``du
groupe``, ``l'instance``, ``l'organisation``: the last organisation named whose label has that noun (a local one
too), or, for a noun that names any body, the one body the article names. Each rule answers only when one entity
fits: two candidates, no link. ``ce traité``, ``la déclaration``, ``ces groupes armés``: a thing or a group
described before (``un traité de partenariat``, ``des séparatistes``), once the group step or the events have
described it (:func:`description_mentions`); ``l'homme``, ``la femme``: the unnamed person just mentioned.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc, Token

from newsld.extract.described_groups import is_shared_out
from newsld.extract.knowledge_base import KBEntity, KnowledgeBase
from newsld.extract.model import Mention, fold
from newsld.extract.names import demonym_country
from newsld.extract.nlp import doc_text, doc_tokens, sentence_of
from newsld.extract.organisation_names import organisation_named
from newsld.extract.speech_lexicon import REPORTING
from newsld.extract.state_names import NATIONALITY_WORD
from newsld.extract.unnamed_entities import general_thing_nouns

WAR_WORDS = ("invasion", "guerre", "conflit", "offensive", "agression")
WAR_LABEL_WORDS = {"invasion", "guerre", "conflit", "offensive", "assaut", "intervention"}
BARE_WAR = re.compile(
    rf"\b(?P<det>(?i:l'|la|le|cette|ce|cet|son|sa))\s*(?P<noun>(?i:{'|'.join(WAR_WORDS)}))\b(?![-'])")
# A state's own act of war (`son invasion`, `son offensive`): the war only when its owner is the war's invader.
OWN_AGGRESSION_NOUNS = {"invasion", "offensive", "agression"}
POSSESSIVE_DETERMINERS = {"son", "sa"}
# A war noun with a word after it that says which war (`la guerre de Corée`, `l'invasion russe`, `le conflit
# armé`): not a bare repetition.
QUALIFIER_AFTER = re.compile(r"\s*(?:(?:de|d'|du|des|en|contre|entre|au|aux|à)\b|[a-zéèêëïîôûç-]{3,})")
QUALIFIED_WAR = re.compile(
    rf"\b(?i:{'|'.join(WAR_WORDS)})s?\s+(?:(?:de|d'|du|des|en|contre|au|aux|à)\s*(?:la\s+|l')?(?P<place>[A-ZÉ][\w-]+)"
    r"|(?P<adjective>[a-zéèêëïîôûç-]{4,}))")

# Organisation nouns: the noun itself in the organisation's label (`le Conseil` for the Security Council), or any
# body (`l'instance`, `l'organisation`).
BODY_NOUNS = {"instance", "organisation", "institution"}
# `le Conseil`, `l'Assemblée`: a short name, without its article (as `la Russie`); `la Cour` is a description
SHORT_NAMES = {"Conseil", "Assemblée"}
ORGANISATION_ANAPHOR = re.compile(
    r"\b(?P<det>(?i:l'|le|la|cette|cet|ce|du|au))\s*"
    r"(?P<noun>Conseil|Assemblée|Cour|instance|organisation|institution|groupe|bloc|agence)\b"
    r"(?!\s+(?:de|d'|du|des|national|nationale|[A-ZÉ]))")
FUSED = {"du", "au"}


def war_countries(kb: KnowledgeBase, war: KBEntity) -> set[str]:
    """The countries a war's label names (`invasion de l'Ukraine par la Russie`: Ukraine, Russia)."""
    label = fold(war.label("fr"))
    return {c.qid for c in kb.of_type("country") if re.search(rf"\b{re.escape(fold(c.label('fr')))}\b", label)}


def article_war(kb: KnowledgeBase, doc: Doc, mentions: Iterable[Mention]) -> str | None:
    """The one war of the knowledge base all of whose countries the article names, when no war noun of the
    article says it is another war (by a country after it, or by an adjective the parser hangs on it: `la
    guerre froide`, not `la guerre continue`)."""
    text = doc_text(doc).replace("’", "'")
    named = {m.entity for m in mentions}
    # a state is named by its cities too (`Kiev`, `Moscou`: wdt:P17)
    named |= {c for m in mentions if m.type == "place" and kb.get(m.entity) for c in kb.get(m.entity).claim("P17")}
    wars = [e for e in kb.of_type("event") if set(fold(e.label("fr")).split()) & WAR_LABEL_WORDS]
    fitting = [w for w in wars if war_countries(kb, w) and war_countries(kb, w) <= named]
    if len(fitting) != 1:
        return None
    war = fitting[0]
    countries = war_countries(kb, war)
    labels = {fold(kb.get(q).label("fr")) for q in countries}
    for match in QUALIFIED_WAR.finditer(text):
        place, adjective = match.group("place"), match.group("adjective")
        if place and fold(place) not in labels:
            return None  # `la guerre de Corée`
        other = adjective and fold(demonym_country(adjective) or "-") not in labels
        if other and _qualifies(doc, match.start("adjective") - 1, ""):
            return None  # `la guerre froide`, `une guerre commerciale`
    return war.qid


def bare_war_mentions(kb: KnowledgeBase, doc: Doc, mentions: list[Mention]) -> Iterator[Mention]:
    """`l'invasion`, `cette guerre`, `le conflit` with nothing after them that says which war: the article's war."""
    text = doc_text(doc).replace("’", "'")
    war = article_war(kb, doc, mentions)
    if war is None:
        return
    for match in BARE_WAR.finditer(text):
        following = QUALIFIER_AFTER.match(text, match.end())
        if following is not None and _qualifies(doc, match.end(), following.group().strip()):
            continue
        possessive = match.group("det").lower() in POSSESSIVE_DETERMINERS
        if possessive and not _invader_owns(kb, doc, mentions, match, war):
            continue  # `l'Ukraine a lancé son offensive`: the invaded state's own act, another event
        if not any(m.start < match.end() and match.start() < m.end for m in mentions) and _about_the_war(
                kb, doc, mentions, match.start(), war):
            yield Mention(match.start(), match.end(), war, "nominal", "other")


def _invader_owns(kb: KnowledgeBase, doc: Doc, mentions: list[Mention], match: re.Match[str], war: str) -> bool:
    """`la Russie ... pour justifier son invasion`: an act of aggression with a possessive is the war when the
    state named last before it in its sentence (whose the act is) is the one its label says invades (`par la
    Russie`)."""
    if match.group("noun").lower() not in OWN_AGGRESSION_NOUNS:
        return False
    start = _sentences_back(doc, match.start(), 1)[0][0]
    states = [m for m in mentions if start <= m.start and m.end <= match.start() and m.type == "country"]
    invader = re.search(r"\bpar\s+(?:la\s+|le\s+|l')?(.+)$", fold(kb.get(war).label("fr")))
    if not states or invader is None:
        return False
    owner = kb.get(max(states, key=lambda m: m.start).entity)
    return owner is not None and fold(owner.label("fr")) == invader.group(1).strip()


def _about_the_war(kb: KnowledgeBase, doc: Doc, mentions: list[Mention], offset: int, war: str) -> bool:
    """Is the text around a bare war noun about that war? Yes when the war is named in its sentence or the two
    before; else the nearest sentence (its own, or up to five before) that names a country or a place decides:
    one of the war's countries, or a place in one of them, must be among them (`Israël poursuit ses frappes à
    Gaza, et la guerre ...` is another war, whatever the article said before)."""
    sentences = _sentences_back(doc, offset, 6)
    if any(m.entity == war for m in mentions if sentences[min(2, len(sentences) - 1)][0] <= m.start < offset):
        return True
    countries = war_countries(kb, kb.get(war))
    for start, end in sentences:
        # (a town the knowledge base does not hold, `Odessa`, says no country: the sentence before decides; a
        # state it does not hold, `Israël`, is another country)
        places = [m for m in mentions if start <= m.start < min(end, offset) and (
            m.type == "country" or (m.type == "place" and kb.get(m.entity) is not None))]
        if places:
            return any(m.entity in countries or set(kb.get(m.entity).claim("P17")) & countries
                       for m in places if kb.get(m.entity) is not None)
    return False


def _sentences_back(doc: Doc, offset: int, count: int) -> list[tuple[int, int]]:
    """(start, end) of the sentence holding ``offset`` and of up to ``count - 1`` sentences before it, nearest
    first."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return [(offset, offset)]
    sentence, found = sentence_of(span[0]), []
    while len(found) < count:
        found.append((sentence.start_char, sentence.end_char))
        if sentence.start == 0:
            break
        sentence = sentence_of(doc[sentence.start - 1])
    return found


def _qualifies(doc: Doc, end: int, word: str) -> bool:
    """Does the word after a war noun say which war? A preposition does; a word after it, when the parser makes
    it an adjective of the noun (`la guerre froide`), not when it starts the clause (`le conflit s'étend`)."""
    if word in PLACE_PREPOSITIONS:
        return _names_a_place(doc, end)
    if word in ("de", "d'", "du", "des", "contre", "entre"):
        return True
    following = next((t for t in doc if t.idx > end), None)
    return following is not None and _adjective_of_before(following, end)


def _adjective_of_before(word: Token, end: int) -> bool:
    """Is the word an adjective of a noun before ``end``? (`Le gouvernement sud-coréen s'est, lui, gardé`: the parser
    may make a lower-case adjective part of a name.)"""
    return (word.dep_ == "amod" or (word.dep_ == "flat:name" and word.text.islower())) and word.head.idx < end


PLACE_PREPOSITIONS = {"à", "en", "au", "aux"}


def _names_a_place(doc: Doc, end: int) -> bool:
    """`la guerre en Ukraine`, `le conflit au Soudan`: a place preposition says which war when a name follows
    it; `cette guerre à tout moment`, `la guerre en cours`, `l'offensive à grande échelle` say when or how."""
    after = list(islice((t for t in doc if t.idx > end), 3))
    words = [t for t in after[1:] if t.pos_ != "DET"]
    return bool(words) and words[0].text[:1].isupper()


def organisation_anaphors(kb: KnowledgeBase, doc: Doc, mentions: list[Mention]) -> Iterator[Mention]:
    """`le Conseil`, `la Cour`, `du groupe`: the organisation named last before it whose name holds the noun
    (`Conseil de sécurité`, `la Cour internationale de justice`, `le groupe d'experts`, a local one);
    `l'instance`, `l'organisation`: the one organisation of the knowledge base named in its sentence and the
    one before (none or two: no link)."""
    text = doc_text(doc).replace("’", "'")
    known = list(mentions)
    for match in ORGANISATION_ANAPHOR.finditer(text):
        noun = match.group("noun")
        short_name = noun in SHORT_NAMES
        start = match.start("noun") if short_name or match.group("det").lower() in FUSED else match.start()
        if any(m.start < match.end() and start < m.end for m in known) or _qualifies(doc, match.end(), ""):
            continue  # `le Conseil européen`, `l'Assemblée populaire`: another body
        found = _organisation_before(kb, doc, known, match.start(), fold(noun))
        if found is not None:
            type_ = next(m.type for m in known if m.entity == found)  # a body (`organization`) or a `group`
            mention = Mention(start, match.end(), found, "name" if short_name else "nominal", type_)
            known.append(mention)
            yield mention


def _organisation_before(kb: KnowledgeBase, doc: Doc, mentions: list[Mention], offset: int, noun: str) -> str | None:
    """The organisation a noun stands for (a QID, or a local entity when the nearest that fits is one the knowledge
    base does not hold: `le Conseil européen ... le Conseil`, that one, not the UN's), None when none fits."""
    text = doc_text(doc)
    nearest = sorted((m for m in mentions if m.end <= offset and m.type in ("organization", "group")),
                     key=lambda m: -m.start)  # (`le groupe d'experts ... du groupe`: a body the group step made)
    if noun not in BODY_NOUNS:
        holding = [m for m in nearest if any(noun in fold(n).split() for n in _names(kb, m, text))]
        return holding[0].entity if holding else None
    # (a body the knowledge base does not hold counts when its own name says it is one: `l'Organisation mondiale
    # de la santé ... cette organisation`)
    before = [m for m in nearest if kb.get(m.entity) or (
        m.kind == "name" and any(noun in fold(n).split() for n in _names(kb, m, text)))]
    since = _previous_sentence_start(doc, offset)
    # not `ONU` inside `Conseil de sécurité de l'ONU`: a name in a longer one only says whose body that is
    recent = {m.entity for m in before if m.start >= since and not any(
        o.start <= m.start and m.end <= o.end and o is not m for o in mentions)}
    return recent.pop() if len(recent) == 1 else None


def _names(kb: KnowledgeBase, mention: Mention, text: str) -> list[str]:
    entity = kb.get(mention.entity)
    if entity is not None:
        return [*entity.names(), text[mention.start:mention.end]]
    # an international organisation of the table: its other names and the nouns that take it up (`l'Otan ...
    # l'organisation`, `les Brics ... le bloc`)
    org = organisation_named(text[mention.start:mention.end])
    return [text[mention.start:mention.end], *(org.names + org.nouns if org is not None else ())]


def _previous_sentence_start(doc: Doc, offset: int) -> int:
    return _sentences_back(doc, offset, 2)[-1][0]


DESCRIPTION_ANAPHOR = re.compile(
    r"\b(?:(?P<det>[Cc]ette|[Cc]et|[Cc]es|[Cc]e|[Ll]es|[Ll]e|[Ll]a)\s+|(?P<elided>[Ll]')\s*)"
    r"(?:(?P<other>(?i:second|seconde|seconds|secondes|deuxième|deuxièmes|autre|autres|nouveau|nouvel|nouvelle|"
    r"nouveaux|nouvelles))\s+)?(?P<noun>[a-zàâäéèêëïîôöûùüç]{3,})\b(?!-)")
# Adjectives before the noun that make it another thing than one told before (`une autre centrale`, `ce second
# projet`, `le nouveau navire`): such a phrase takes up only a thing told with the same word (by its stem).
OTHER_STEMS = {"second": "second", "seconde": "second", "seconds": "second", "secondes": "second",
               "deuxieme": "second", "deuxiemes": "second", "autre": "autre", "autres": "autre",
               "nouveau": "nouveau", "nouvel": "nouveau", "nouvelle": "nouveau", "nouveaux": "nouveau",
               "nouvelles": "nouveau"}
# A general noun news writers use to take up a thing named before by a more precise one (the later noun, then the
# earlier heads it may repeat): `ces sociétés` after `des entreprises`, `l'appareil` after `un avion`, `le
# bâtiment` after `un navire`, `les projectiles` after `des missiles`. Only nouns of the same number.
TAKE_UP_NOUNS = {
    "societe": {"entreprise", "firme"}, "societes": {"entreprises", "firmes"},
    "entreprise": {"societe", "firme"}, "entreprises": {"societes", "firmes"},
    "appareil": {"avion", "bombardier", "chasseur", "helicoptere", "drone"},
    "appareils": {"avions", "bombardiers", "chasseurs", "helicopteres", "drones"},
    "batiment": {"navire", "fregate", "croiseur", "destroyer", "sous-marin", "patrouilleur"},
    "batiments": {"navires", "fregates", "croiseurs", "destroyers", "sous-marins", "patrouilleurs"},
    "projectile": {"missile", "roquette", "obus"}, "projectiles": {"missiles", "roquettes", "obus"},
    "engin": {"missile", "drone", "roquette"}, "engins": {"missiles", "drones", "roquettes"},
    # `ces groupes armés` after `des séparatistes prorusses`: fighters taken up as the groups they form
    "groupes": {"rebelles", "insurges", "separatistes", "jihadistes", "djihadistes", "miliciens", "milices",
                "paramilitaires", "combattants"},
}


def _plural(noun: str) -> str:
    """The plural of a folded thing noun (`cargos`, `canaux`, `obus`, `sous-marins`)."""
    if noun[-1] in "sxz":
        return noun
    return noun[:-2] + "aux" if noun.endswith("al") else noun + "x" if noun.endswith("au") else noun + "s"


def _add_general_nouns(table: dict[str, set[str]]) -> None:
    """A general noun takes up a thing of the classes it covers (`une centrale ... le projet`, `un cargo ... le
    navire`, `un drone ... l'engin`): the one table of :mod:`unnamed_entities`, by the folded noun and its plural."""
    for general, nouns in general_thing_nouns().items():
        singular, plural = fold(general), _plural(fold(general))
        table[singular] = table.get(singular, set()) | {fold(n) for n in nouns}
        table[plural] = table.get(plural, set()) | {_plural(fold(n)) for n in nouns}


_add_general_nouns(TAKE_UP_NOUNS)
# Nouns of quantity a description opens with (`une dizaine d'entreprises`): its head is the noun counted.
QUANTITY_NOUNS = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                  "centaine", "centaines", "millier", "milliers", "million", "millions", "milliard", "milliards",
                  "nombre", "plupart", "série", "serie"}
NEXT_WORD = re.compile(r"\s+([a-zéèêëïîôûç-]+)\b")
# (`sur`, `contre`: a text named by what it rules on, `la convention contre la torture`, is another text)
DESCRIPTION_COMPLEMENT = re.compile(r"\s+(?:de l'|de la|de|d'|du|des|sur|contre)\s*[\wéèêëïîôûç]+")


def description_mentions(doc: Doc, mentions: Iterable[Mention]) -> tuple[list[Mention], dict[str, str]]:
    """`Ce traité`, `la déclaration`: a demonstrative or definite noun phrase whose noun is the head of a
    description of a thing named before (`un traité de partenariat`) refers to that thing. A complement after
    the noun (`le traité de 1961`) makes it another thing unless the earlier description has it too; a
    demonstrative takes none. A general noun takes up a thing of the classes it covers (`le projet` after `la
    première centrale`, :data:`TAKE_UP_NOUNS`); `ce second projet`, `l'autre navire` only a thing told with the same
    word. Called once the events have named their things (they make those descriptions).
    Returns the new mentions, and the local entities made for such a phrase (`local:la-declaration`) renamed to
    the thing it repeats."""
    mentions = list(mentions)
    text = doc_text(doc).replace("’", "'")
    known = [(m, _head_noun(doc, m)) for m in sorted(mentions, key=lambda m: -m.start)
             if m.kind == "nominal" and m.type != "person" and m.entity.startswith("local:")
             and not _shared_out_part(doc, m)]  # `les délégations` after `Des délégations russe et ukrainienne`: both
    heads = {head for _, head in known}
    found: list[Mention] = []
    renames: dict[str, str] = {}
    for match in DESCRIPTION_ANAPHOR.finditer(text):
        noun = fold(match.group("noun"))
        if noun in PERSON_HYPERNYMS:
            person = _person_taken_up(doc, mentions, match, text)
            if person is not None and not any(m.start < match.end() and match.start() < m.end
                                              for m in [*mentions, *found]):
                found.append(Mention(match.start(), match.end(), person.entity, "nominal", "person"))
            continue
        repeated = {noun} | TAKE_UP_NOUNS.get(noun, set())
        if not repeated & heads:
            continue
        other = OTHER_STEMS.get(fold(match.group("other") or ""))
        antecedent = next((m for m, head in known if m.end <= match.start() and head in repeated and (
            other is None or _told_as(text, m, other))), None)
        complement = DESCRIPTION_COMPLEMENT.match(text, match.end())
        demonstrative = (match.group("det") or "").lower().startswith("c")
        if antecedent is None or (complement and (demonstrative or fold(
                text[match.start("noun"):complement.end()]) not in fold(text[antecedent.start:antecedent.end]))):
            continue
        end = complement.end() if complement else _shared_words_end(text, match.end(), antecedent)
        if demonstrative:  # `ces groupes armés`: what the demonstrative points back with is all its phrase
            end = _adjectives_end(doc, match.start("noun"), end)
        if not demonstrative and _new_adjective(doc, end):
            continue  # `l'accord nucléaire` after `un accord commercial`: another one (a demonstrative points back)
        overlapping = [m for m in [*mentions, *found] if m.start < end and match.start() < m.end]
        if not overlapping:
            found.append(Mention(match.start(), end, antecedent.entity, "nominal", antecedent.type))
        elif _made_for_phrase(overlapping, match.start(), mentions) and overlapping[0].entity != antecedent.entity:
            renames[overlapping[0].entity] = renames.get(antecedent.entity, antecedent.entity)
    return found, renames


# `l'homme`, `la femme`: the general noun wire copy takes an unnamed person up with (by the gender it agrees with).
PERSON_HYPERNYMS = {"homme": "Masc", "femme": "Fem"}


def _person_taken_up(doc: Doc, mentions: list[Mention], match: re.Match[str], text: str) -> Mention | None:
    """`Un tribunal a condamné un ressortissant japonais ... L'homme, un employé ...`: a bare `l'homme`, `cette
    femme` takes up the person mentioned nearest before it, in its sentence or the one before, when that
    is an unnamed person (a local description) whose noun agrees in gender; a named or known person nearer, or
    words after the noun that say which one (`l'homme fort du pays`, `l'homme d'affaires`), leave it alone."""
    if _new_adjective(doc, match.end()) or DESCRIPTION_COMPLEMENT.match(text, match.end()):
        return None
    since = _previous_sentence_start(doc, match.start())
    people = [m for m in mentions if m.type == "person" and m.kind != "pronoun" and since <= m.start
              and m.end <= match.start()]
    nearest = max(people, key=lambda m: m.start) if people else None
    if nearest is None or nearest.kind != "nominal" or not nearest.entity.startswith("local:"):
        return None
    span = doc.char_span(nearest.start, nearest.end, alignment_mode="expand")
    genders = span.root.morph.get("Gender") if span is not None and len(span) else []
    return nearest if PERSON_HYPERNYMS[fold(match.group("noun"))] in genders else None


def _adjectives_end(doc: Doc, noun_start: int, end: int) -> int:
    """The end of the adjectives right after [noun_start, end) that the parse hangs on its noun (not when the noun
    heads its sentence: then the "adjective" is the verb the tagger misread, `Ce traité inquiète Séoul`)."""
    words = doc.char_span(noun_start, end, alignment_mode="expand")
    if words is None or not len(words) or words[0].dep_ == "ROOT":
        return end
    i = words.end
    while i < len(doc) and doc[i].dep_ == "amod" and doc[i].head.i == words[0].i:
        end, i = doc[i].idx + len(doc[i].text), i + 1
    return end


def _new_adjective(doc: Doc, end: int) -> bool:
    """Is the word after ``end`` an adjective of the noun before it (one the earlier description did not
    have)? By the parse, not the tag alone (`Ce traité inquiète` is tagged an adjective, but heads the clause)."""
    tokens = doc_tokens(doc)
    at = bisect.bisect_left(tokens, end, key=lambda t: t.idx)  # the first word at or after ``end``
    following = tokens[at] if at < len(tokens) else None
    return following is not None and _adjective_of_before(following, end)


def _made_for_phrase(overlapping: list[Mention], start: int, mentions: list[Mention]) -> bool:
    """Is the one mention there a local description starting at the phrase, its entity's first mention?"""
    if len(overlapping) != 1:
        return False
    mention = overlapping[0]
    first = min(m.start for m in mentions if m.entity == mention.entity)
    return mention.start == start and mention.kind == "nominal" and mention.entity.startswith("local:") and (
        first == start)


def _shared_out_part(doc: Doc, mention: Mention) -> bool:
    """Is the mention one part of a plural phrase shared out by adjectives (`Des délégations russe`), whose plural
    noun a later phrase takes up as a whole, never as that part?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(is_shared_out(t) for t in span if t.pos_ == "NOUN")


def _told_as(text: str, mention: Mention, stem: str) -> bool:
    """Was the thing told with an adjective of that stem (`une seconde centrale` for `ce second projet`)?"""
    return any(OTHER_STEMS.get(word) == stem for word in fold(text[mention.start:mention.end]).split())


def _head_noun(doc: Doc, mention: Mention) -> str | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    # (the tagger at times reads a noun after its article as an adjective, `la première centrale`: a word with an
    # article of its own heads the phrase; not an adjective the article is the noun's, `la première`)
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.dep_ != "amod" and any(
        c.dep_ == "det" for c in t.children))] if span is not None else []
    while len(nouns) > 1 and nouns[0].lower_ in QUANTITY_NOUNS:
        nouns = nouns[1:]  # `une dizaine d'entreprises`: the companies, not the ten
    return fold(nouns[0].text) if nouns else None


def _shared_words_end(text: str, end: int, antecedent: Mention) -> int:
    """The end of the words after the noun that repeat the earlier description (`cette déclaration commune`
    after `une déclaration commune`): what the description says again, not the verb after it."""
    said = fold(text[antecedent.start:antecedent.end]).split()
    while (word := NEXT_WORD.match(text, end)) is not None and fold(word.group(1)) in said:
        end = word.end()
    return end


# Groups of people or states named by what they are to someone (`ses alliés`) or by a quantity and an origin
# (`plusieurs dirigeants européens`): one local group each, never a Wikidata item.
POSSESSED_GROUP = re.compile(r"\b(?P<det>(?i:ses|leurs))\s+(?P<noun>alliés|partenaires|soutiens)\b")
COUNTED_GROUP = re.compile(
    r"\b(?P<det>(?i:plusieurs|de nombreux|certains|quelques))\s+(?P<noun>dirigeants|responsables|diplomates|"
    r"ministres|gouvernements|pays|alliés|partenaires)\s+(?P<adjective>[a-zéèêëïîôûç-]+(?:ais|ois|ains|iens|éens|"
    r"aux|iques|ins|ans|ux|és|s))\b")


# Collectives of international news that are no one Wikidata item (`la communauté internationale`, `les pays
# occidentaux`): a local group each, the same for the same words.
COLLECTIVE_GROUP = re.compile(
    r"\b(?:(?P<det>[Ll]a|[Ll]es)\s+|(?:de la|des|à la|aux)\s+)?(?P<noun>communauté internationale|pays occidentaux|"
    r"puissances occidentales|capitales occidentales|alliés occidentaux|chancelleries occidentales)\b")


def collective_groups(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[int, int]]:
    """(start, end) of each collective (`la communauté internationale`): from its article (`la`, `les`), or its
    noun when the article is fused with a preposition (`aux pays occidentaux`)."""
    for match in COLLECTIVE_GROUP.finditer(doc_text(doc)):
        start = match.start("det") if match.group("det") else match.start("noun")
        if not any(m.start < match.end() and start < m.end for m in mentions):
            yield start, match.end()


def possessed_groups(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[int, int, Mention]]:
    """`ses alliés`, `leurs partenaires`: (start, end, the owner's mention), the owner being the person, state
    or body named last before it in its sentence (`l'Ukraine et ses alliés`)."""
    text = doc_text(doc)
    for match in POSSESSED_GROUP.finditer(text):
        start = _sentences_back(doc, match.start(), 1)[0][0]
        owners = [m for m in mentions if start <= m.start and m.end <= match.start()
                  and m.type in ("person", "country", "organization")]
        if owners and not any(m.start < match.end() and match.start() < m.end for m in mentions):
            yield match.start(), match.end(), max(owners, key=lambda m: m.start)


def counted_groups(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[int, int]]:
    """`plusieurs dirigeants européens`, `certains diplomates occidentaux`: a quantity, people or states, and an
    adjective of origin; without one (`par plusieurs pays après le séisme`: a preposition), the quantity and
    the noun."""
    for match in COUNTED_GROUP.finditer(doc_text(doc)):
        adjective = doc.char_span(match.start("adjective"), match.end("adjective"))
        end = match.end() if adjective is None or adjective[0].pos_ == "ADJ" else match.end("noun")
        if not any(m.start < end and match.start() < m.end for m in mentions):
            yield match.start(), end



# A country's own institution, named by a common noun and an adjective of nationality (`la diplomatie chinoise`,
# `l'armée sud-coréenne`, `la flotte russe`): a local organisation, the same one for the same words. The knowledge
# base links those it knows first (`l'armée russe`, `la diplomatie russe`), and inside a title (`le chef de la
# diplomatie japonaise`) the words name the person's office, no mention.
NATIONAL_INSTITUTION = re.compile(
    r"\b(?P<det>[Ll]a\s+|[Ll]['’])(?P<noun>diplomatie|marine|flotte|aviation|police|justice|douane|"
    r"gendarmerie)\s+(?P<demonym>" + NATIONALITY_WORD + r")\b")
TITLE_OF = re.compile(r"\b(?:chef|cheffe|porte-parole|ministre|patron|patronne|responsable|numéro\s+\w+|"
                      r"commandant|commandante|directeur|directrice)\s+(?:de|du)\s*$", re.IGNORECASE)


PARTICIPANT_DEPS = {"nsubj", "nsubj:pass", "obl:agent", "obj", "iobj", "obl:arg"}
QUOTED = re.compile(r"«[^»]*»")


def national_institutions(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of each country's institution named by a noun and a nationality, outside a title,
    where it acts or undergoes (a subject, an agent, an object), in the article's words: inside a quote the
    words often say what a body is or has (`ce que l'aviation russe a de meilleur`), no participant."""
    text = doc_text(doc)
    quoted = [q.span() for q in QUOTED.finditer(text)]
    for match in NATIONAL_INSTITUTION.finditer(text):
        if demonym_country(match.group("demonym")) is None or TITLE_OF.search(text, max(0, match.start() - 30),
                                                                                match.start()):
            continue
        noun = doc.char_span(match.start("noun"), match.end("noun"), alignment_mode="expand")
        if noun is None or noun.root.dep_ not in PARTICIPANT_DEPS or any(s < match.start() < e for s, e in quoted):
            continue
        if not any(m.start < match.end() and match.start() < m.end for m in mentions):
            yield match.start(), match.end(), f"{match.group('noun')} {match.group('demonym')}"


# People or companies of one country named by a plural noun and an adjective of nationality, with the count or
# article before them (`des milliers de soldats nord-coréens`, `une dizaine d'entreprises russes et
# nord-coréennes`, `l'envoi de soldats nord-coréens`): a local group, the same one for the same words. The article
# opens the mention; `de` alone (a complement) stays out, as for names.
GROUP_OPENING = (r"(?:(?:[Dd]es|[Ll]es|[Cc]es|[Uu]ne?)\s+)?(?:(?:dizaines?|douzaine|vingtaine|trentaine|centaines?|"
                 r"milliers|millions|[Qq]uelque\s+[\d.\u202f ]+|[\d.\u202f]+|plusieurs(?:\s+(?:centaines|milliers))?)"
                 r"\s+(?:de\s+|d['’])?)?")
NATIONAL_GROUP = re.compile(
    rf"\b(?P<opening>{GROUP_OPENING})(?P<noun>soldats|militaires|civils|combattants|mercenaires|ouvriers|"
    r"travailleurs|entreprises|sociétés)\s+(?P<demonym>" + NATIONALITY_WORD + r")"
    r"(?:\s+et\s+(?P<other>" + NATIONALITY_WORD + r"))?\b")


# A mission after the demonym says which soldiers of the state they are (`les soldats russes de maintien de la paix`)
MISSION_AFTER = re.compile(r"\s+(?:de maintien de la paix|de la paix|de la force de paix)\b")


def national_groups(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of each group of people or companies of a nationality (see NATIONAL_GROUP)."""
    for match in NATIONAL_GROUP.finditer(doc_text(doc)):
        if demonym_country(match.group("demonym")) is None:
            continue
        end = match.end() if demonym_country(match.group("other")) else match.end("demonym")
        end = _bare_participle_end(doc, match.start("noun"), end)
        mission = MISSION_AFTER.match(doc_text(doc), end)
        end = mission.end() if mission else end  # `les soldats russes de maintien de la paix`: which soldiers
        start = match.start("opening") if match.group("opening") else match.start("noun")
        if not any(m.start < end and start < m.end for m in mentions):
            yield start, end, doc_text(doc)[match.start("noun"):end]


def _bare_participle_end(doc: Doc, noun_start: int, end: int) -> int:
    """`Les soldats russes libérés`: a participle right after the group, with nothing of its own, says which
    people they are and ends their phrase (`libérés samedi`, `blessés pendant l'attaque` tell a story: left out)."""
    words = doc.char_span(noun_start, end, alignment_mode="expand")
    if words is None or not len(words) or words.end >= len(doc):
        return end
    participle = doc[words.end]
    bare = participle.dep_ == "acl" and participle.head.i == words[0].i and not list(participle.children)
    return participle.idx + len(participle.text) if bare and "Part" in participle.morph.get("VerbForm") else end



# Subject pronouns for a body or a group the article names by common nouns (`Les secouristes ont fouillé les
# décombres. Ils ont retrouvé ...`, `a précisé l'armée sud-coréenne. Elle dit ...`): (gender, number) each agrees with.
BODY_PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur")}
BODY_TYPES = {"organization", "group"}
SUBJECTS = {"nsubj", "nsubj:pass"}
COUNTING_NOUNS = QUANTITY_NOUNS | {"centaine", "centaines", "milliers", "millier", "dizaines", "millions", "groupe"}
QUOTE_SPAN = re.compile(r"«[^«»]*»")


def body_pronouns(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[int, int, Mention]]:
    """(start, end, the body's mention) of each subject pronoun (`ils`, `elles`, `il`, `elle`, inverted `-t-elle`
    too) that takes up a body or group named by a local nominal mention: the nearest subject before it, in its
    sentence or the one before, that agrees in gender and number decides; a person, a name or a thing there
    leaves the pronoun to the other steps. Pronouns inside quotes are the speaker's own, and left."""
    quotes = [q.span() for q in QUOTE_SPAN.finditer(doc_text(doc))]
    for token in doc:
        word = token.lower_.removeprefix("-t").removeprefix("-")
        inverted = token.text.startswith("-")
        if word not in BODY_PRONOUNS or not (inverted or token.dep_ in SUBJECTS | {"expl:subj"}):
            continue
        if any(s <= token.idx < e for s, e in quotes):
            continue
        if BODY_PRONOUNS[word][1] == "Sing" and (inverted or token.head.lemma_ in REPORTING):
            continue  # `Elle a indiqué`: who speaks, which the speech steps read from the act before
        body = _agreeing_subject(doc, mentions, token, BODY_PRONOUNS[word], quotes)
        if body is not None:
            start = token.idx + len(token.text) - len(word)
            yield start, start + len(word), body


def _agreeing_subject(doc: Doc, mentions: list[Mention], pronoun, agreement: tuple[str, str],
                      quotes: list[tuple[int, int]]) -> Mention | None:
    """The body mention of the nearest earlier subject that agrees with the pronoun, else None."""
    sentence = sentence_of(pronoun)
    first = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    for candidate in reversed(doc[first:pronoun.i]):
        subject = candidate.dep_ in SUBJECTS or _inverted_source(candidate)
        if not subject or any(s <= candidate.idx < e for s, e in quotes):
            continue
        if candidate.pos_ == "PRON" and candidate.lower_ not in BODY_PRONOUNS:
            continue  # `qui`, `on`, `cela`: no antecedent of their own here
        if not _agrees(candidate, agreement) and not _plural_by_article(candidate, agreement):
            continue
        if is_shared_out(candidate):
            return None  # `Des délégations russe et ukrainienne ... elles`: both at once, no one body
        found = _mention_at(mentions, candidate)
        fits = found is not None and found.type in BODY_TYPES and found.entity.startswith("local:") and (
            found.kind in ("nominal", "pronoun") or _plural_name(doc, found, candidate, agreement))
        if fits and agreement[1] == "Sing" and _rival(doc, candidate, pronoun, agreement):
            return None  # `La commission a rejeté la candidature. Elle ...`: French does not say which
        return found if fits else None  # the nearest agreeing subject decides, body or not
    return None


def _plural_name(doc: Doc, found: Mention, candidate, agreement: tuple[str, str]) -> bool:
    """`Les Houthis ... Ils`, `les talibans ... ils`: a body's name in the plural, after `les`, takes up a plural
    pronoun as its noun would (one body: a movement, not several persons)."""
    return found.kind == "name" and _plural_by_article(candidate, agreement)


def _plural_by_article(name, agreement: tuple[str, str]) -> bool:
    """A name with `les` (`Les Houthis`, which the tagger may call singular) is plural, of either gender."""
    return agreement[1] == "Plur" and name.text[-1:].lower() == "s" and any(
        c.dep_ == "det" and c.lower_ == "les" for c in name.children)


def _inverted_source(noun) -> bool:
    """`..., a précisé l'armée sud-coréenne.`: the noun after a reporting verb that opens on a comma or a quote's
    end, which the parser often makes its object, is its subject."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or verb.i > noun.i or any(
            c.dep_ in SUBJECTS for c in verb.children):
        return False
    opening = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    return opening > 0 and doc_text(noun.doc)[:noun.doc[opening].idx].rstrip()[-1:] in (",", "»")


def _rival(doc: Doc, candidate, pronoun, agreement: tuple[str, str]) -> bool:
    """Is there a noun between the subject and a singular pronoun that agrees with it too (another reading)?"""
    own = {t.i for t in candidate.subtree}
    return any(t.pos_ in ("NOUN", "PROPN") and t.i not in own and _agrees(t, agreement) and t.morph.get("Gender")
               for t in doc[candidate.i + 1:pronoun.i])


def _agrees(noun, agreement: tuple[str, str]) -> bool:
    """Does the subject take the pronoun's number and gender? A count (`des centaines de secouristes`) agrees
    through what it counts; a noun with no gender marked (`secouristes`) agrees with either."""
    gender, number = agreement
    counted = next((c for c in noun.children if c.dep_ == "nmod"), None) if noun.lower_ in COUNTING_NOUNS else None
    word = counted if counted is not None and number == "Plur" else noun
    numbers, genders = word.morph.get("Number"), word.morph.get("Gender")
    if number not in numbers and not (word.pos_ == "PROPN" and not numbers):
        return False
    return not genders or gender in genders


def _mention_at(mentions: list[Mention], token) -> Mention | None:
    """The mention that holds the token, the shortest (a body holds the noun the parser makes its subject)."""
    end = token.idx + len(token.text)
    holding = [m for m in mentions if m.start < end and token.idx < m.end]
    return min(holding, key=lambda m: m.end - m.start) if holding else None


# Reporting verbs that say the one who spoke goes on (`« ... », a-t-il ajouté`): their pronoun is the last speaker
# even past a person named, not as a subject, since (`Le ministère a convoqué l'ambassadeur X. « ... », a-t-il
# ajouté`: the ministry adds).
CONTINUING_SPEECH = {"ajouter", "poursuivre", "préciser", "insister", "conclure", "renchérir", "compléter",
                     "enchaîner", "continuer", "nuancer"}
SUBORDINATE_CLAUSES = {"acl", "acl:relcl", "advcl", "ccomp"}
SPEAKER_PRONOUNS = {"il": "Masc", "elle": "Fem", "lui": "Masc"}  # singular, a body's as well as a person's


def _speaker_pronoun_gender(pronoun) -> str | None:
    """The gender of a singular pronoun a speaker may be taken up by (`il`, `-t-elle`, `lui`), else None."""
    return SPEAKER_PRONOUNS.get(pronoun.lower_.removeprefix("-t").removeprefix("-"))


def body_going_on(doc: Doc, pronoun, opening: int, acts: list[tuple[Token, str]], mentions: list[Mention],
                  quotes: list[tuple[int, int]], may_take, going_on: bool) -> str | None:
    """The body that spoke last and goes on speaking through a singular pronoun: `Le ministère a dénoncé ...
    « ... », a-t-il ajouté`, `La présidence a démenti. Selon elle, ...`. ``opening`` is where the words the pronoun
    reports begin (the quote it closes, else its sentence); ``acts`` are (trigger, speaker) of the acts before,
    in text order. The last act of a main clause outside quotes, in that sentence or the one before, decides (not
    `cité par l'agence X`, `selon X`, `un plan ... qui appelle à`: who relays the words, or what a document says):
    a speaker other than a person (an organisation, a group, a state, a building speaking for its tenant: `la
    Maison Blanche`) whose phrase agrees with the pronoun's gender (`le ministère`, `le Kremlin`:
    il; `la diplomatie`, `la présidence`: elle). A person named since who may take that gender keeps the pronoun
    for the person rules, unless the verb says the speaker goes on (``going_on``) and that person is no subject.
    ``may_take(entity, gender)``: may that person take the pronoun's gender. None when no body fits."""
    gender = _speaker_pronoun_gender(pronoun)
    window = _sentences_back(doc, opening, 2)[-1][0]
    earlier = [(t.idx, s) for t, s in acts if window <= t.idx < opening and not _in_any(t.idx, quotes)
               and t.pos_ in ("VERB", "AUX") and t.dep_ not in SUBORDINATE_CLAUSES]
    if gender is None or not earlier:
        return None
    trigger, speaker = earlier[-1]
    said = [m for m in mentions if m.entity == speaker and m.kind != "pronoun" and window <= m.start < opening
            and not _in_any(m.start, quotes)]
    if not said or said[-1].type == "person" or _phrase_gender(doc, said[-1]) != gender:
        return None
    rivals = [m for m in mentions if m.type == "person" and m.kind != "pronoun" and trigger < m.start < opening
              and not _in_any(m.start, quotes) and not said[-1].start <= m.start < said[-1].end
              and may_take(m.entity, gender)]
    if rivals and (not going_on or any(_subject_mention(doc, m) for m in rivals)):
        return None
    return speaker


def body_subject_before(doc: Doc, pronoun, mentions: list[Mention], quotes: list[tuple[int, int]],
                        may_take) -> str | None:
    """`Le ministère a convoqué l'ambassadeur. Selon lui, ...`, `..., selon l'armée. « ... », a-t-elle exhorté`: with no
    person named before it in its sentence or the one before who may take its gender (``may_take(entity, gender)``),
    a singular pronoun of speech takes up the body or state that was the last subject there (or the source a `selon`
    named), when its phrase agrees with the pronoun's gender. None otherwise."""
    gender = _speaker_pronoun_gender(pronoun)
    if gender is None:
        return None
    window = _sentences_back(doc, pronoun.idx, 2)[-1][0]
    before = [m for m in mentions if window <= m.start < pronoun.idx and m.kind != "pronoun"
              and not _in_any(m.start, quotes)]
    if any(m.type == "person" and may_take(m.entity, gender) for m in before):
        return None
    subjects = [m for m in before if m.type in ("organization", "country") and (
        _subject_mention(doc, m) or _attributed_to(doc, m))]
    if not subjects or _phrase_gender(doc, subjects[-1]) != gender:
        return None
    return subjects[-1].entity


def _attributed_to(doc: Doc, mention: Mention) -> bool:
    """`..., selon l'armée.`, `D'après la police, ...`: the source a clause is attributed to, who spoke."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and any(
        c.dep_ in ("case", "fixed") and c.lower_ in ("selon", "après") for t in span for c in t.children)


def _in_any(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _phrase_gender(doc: Doc, mention: Mention) -> str | None:
    """The grammatical gender of a body's phrase: its article's (`le Kremlin`, `la Chine`, `du ministère`), else its
    noun's (`l'armée`); None for a bare name (`Pékin`), whose gender French does not show."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        root = root.head  # `Le gouvernement d'unité nationale (NUG)`: an acronym takes the gender of its noun
    det = next((c for c in root.children if c.dep_ == "det" and c.lemma_ in ("le", "ce", "de", "à")), None)
    if det is None and root.i > 0 and root.doc[root.i - 1].lower_ in ("du", "au"):
        det = root.doc[root.i - 1]
    genders = (det if det is not None and det.lower_ not in ("l'", "l’") else root).morph.get("Gender")
    if not genders and det is None and root.pos_ != "NOUN":
        return None
    return genders[0] if len(genders) == 1 else None


def _subject_mention(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.dep_ in SUBJECTS for t in span)


# Verbs of demanding or asking whose `de`/`à` complement (the object for `sommer`) is the party asked: the subject
# pronoun of their `que` clause is that party (`a exigé de la Corée du Nord qu'elle renonce`, `a demandé à l'Iran
# qu'il cesse`, `somme Israël qu'il se retire`), when its gender agrees.
DEMANDING_VERBS = {"exiger", "demander", "réclamer", "sommer", "enjoindre", "ordonner", "implorer", "supplier",
                   "presser", "adjurer", "conjurer", "intimer"}
PARTY_CASES = {"de", "du", "d'", "d’", "à", "au"}
COMPLETIVE_MARKS = {"que", "qu'", "qu’"}


def demanded_party(pronoun: Token) -> Token | None:
    """The word of the party asked, for the subject pronoun of a `que` clause under a verb of demanding: the
    clause as the verb's complement, or as the parser may hang it, from the party's name when the verb has no
    object of its own (`a demandé à la Russie qu'elle libère`: no relative clause, `demander` needs an object)."""
    clause = pronoun.head
    if pronoun.i == 0 or pronoun.doc[pronoun.i - 1].lower_ not in COMPLETIVE_MARKS or clause.i < pronoun.i:
        return None
    if clause.dep_ == "ccomp" or (clause.dep_ in ("acl:relcl", "advcl") and clause.head.pos_ == "VERB"):
        verb, party = clause.head, None  # the parser may hang the `que` clause on the verb as a relative or adverbial
    elif clause.dep_ == "acl:relcl" and clause.head.dep_ in ("obl:arg", "obl:mod", "iobj", "obj"):
        verb, party = clause.head.head, clause.head
        if any(c.dep_ in ("obj", "ccomp", "xcomp") and c.i != party.i for c in verb.children):
            return None  # `a demandé des comptes à la Chine, qu'il accuse`: a true relative about the party
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_ not in DEMANDING_VERBS:
        return None
    parties = [c for c in verb.children if c.i < pronoun.i and _asked(c, verb)]
    if party is None:
        return parties[-1] if len(parties) == 1 else None
    return party if parties == [party] else None


def _asked(word: Token, verb: Token) -> bool:
    """Is this complement of a verb of demanding the party asked (`de la Corée`, `à l'Iran`, `somme Israël`)?"""
    case = {c.lower_ for c in word.children if c.dep_ == "case"}
    if word.pos_ not in ("PROPN", "NOUN"):
        return False
    if word.dep_ == "obj":
        return verb.lemma_ == "sommer" and not case
    return word.dep_ in ("obl:arg", "obl:mod", "iobj") and bool(case & PARTY_CASES)
