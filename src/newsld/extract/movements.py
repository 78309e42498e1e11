"""Armed and political movements, and the groups that act in the news, as one local entity each.

Wire copy names a movement by its name (`les Houthis`, `le Hamas`, `le M23`, lower-case `les talibans`), by a
noun of what its members are with its name or adjective (`les rebelles houthis`, `les rebelles du M23`, `les
jihadistes du groupe État islamique`) and takes it up by that noun alone (`les rebelles`). All of these are one
local organisation, never a Wikidata link and never its country: `les rebelles houthis` are not Yemen, `les
séparatistes arméniens` not Armenia (an adjective of nationality only says where a group is from). The names of the
movements wire copy cites most are a fact of the language of news (:data:`MOVEMENTS`), like the table of world
capitals; a movement the table lacks is still one entity when the text gives both its name and its adjective
(`les Kachin ... les rebelles kachin`) or its name after a member noun.

Groups with no name (`des manifestants`, `les putschistes`) are the group step's
(:mod:`newsld.extract.described_groups`); here they are made one entity across the phrases the text says are the
same: a take-up by a word of the first phrase (`les militaires putschistes ... les putschistes`) and an apposition
(`Les putschistes, des soldats de la garde présidentielle, ont annoncé`). A phrase that only follows another
(`Des soldats ont encerclé la présidence. Les putschistes ...`) stays apart: nothing says they are the same.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from newsld.extract.described_groups import QUANTITY_NOUNS, token_at
from newsld.extract.linking import UNLINKED_GROUP
from newsld.extract.model import OF_WORDS as OF_CASES
from newsld.extract.model import Entities, Mention, fold
from newsld.extract.nlp import doc_text, sentence_of
from newsld.extract.state_names import STATE_LABELS, state_key
from newsld.extract.unknown_states import state_entity

UNLINKED_MOVEMENT = "an armed or political movement not in the knowledge base of verified Wikidata identifiers"

# The movements wire copy names most, each with the forms of its name (as written: case matters for the short
# ones) and the lower-case adjectives a member noun takes (`les rebelles houthis`).
MOVEMENTS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("Houthis", r"[Hh]outhis|[Hh]outhistes|Ansar Allah", frozenset({"houthis", "houthi", "houthie", "houthies",
                                                                   "houthiste", "houthistes"})),
    ("talibans", r"[Tt]alibans", frozenset({"talibans"})),
    ("Hamas", r"Hamas", frozenset()),
    ("Hezbollah", r"Hezbollah|Hizbollah|Hezbollah libanais", frozenset()),
    ("Jihad islamique", r"Jihad islamique", frozenset()),
    ("Boko Haram", r"Boko Haram", frozenset()),
    ("shebab", r"[Ss]hebabs?|[Cc]hebabs?|[Ss]habab", frozenset({"shebab", "shebabs", "chebab", "chebabs"})),
    ("M23", r"M23", frozenset()),
    ("État islamique", r"[ÉE]tat islamique|(?<=l['’])EI|Daech|Daesh", frozenset()),
    ("Aqmi", r"Aqmi|AQMI|[Aa]l-Qa[ïi]da au Maghreb islamique", frozenset()),  # before Al-Qaïda: the longer name
    ("Al-Qaïda", r"[Aa]l-Qa[ïi]da|[Aa]l Qa[ïi]da", frozenset()),
    ("PKK", r"PKK", frozenset()),
    ("FARC", r"FARC|Farc", frozenset()),
    ("Forces de soutien rapide", r"Forces de soutien rapide|FSR", frozenset()),
    ("Hayat Tahrir al-Cham", r"Hayat Tahrir al-Cham|HTS|HTC", frozenset()),
    ("Fatah", r"Fatah", frozenset()),
    ("JNIM", r"JNIM", frozenset()),
    ("Tigres tamouls", r"Tigres tamouls", frozenset()),
)
MOVEMENT_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<m{n}>{forms})" for n, (_, forms, _) in enumerate(
    MOVEMENTS)) + r")(?![\w-])")
ADJECTIVE_MOVEMENT = {fold(adjective): label for label, _, adjectives in MOVEMENTS for adjective in adjectives}

# Plural nouns of what a movement's members are: with the movement's name or adjective, the phrase is the movement
# (`les rebelles du M23`, `les insurgés houthis`). Members counted or belonging (`les militants du Hamas`, `des
# combattants du Hezbollah`) are a group of their own (the group step's).
MEMBER_NOUNS = {"rebelles", "insurgés", "miliciens", "jihadistes", "djihadistes", "islamistes", "séparatistes",
                "paramilitaires", "guérilleros", "talibans"}
# Words that take a group up alone (`les rebelles`, `les putschistes`) when an earlier phrase holds them.
TAKE_UP_WORDS = MEMBER_NOUNS | {"putschistes", "mutins", "assaillants", "ravisseurs", "émeutiers"}
TAKE_UP_DETERMINERS = {"les", "ces", "des"}  # `des` only fused (`la reddition des rebelles`): read from the words
BODY_NOUNS = {"mouvement", "groupe", "milice", "organisation"}  # `du groupe État islamique`: the name after it
STATE_AFTER = re.compile(r"\s+(?:au|en|du|de la|de l['’]|d['’])\s*")
GROUP_TYPES = ("group", "organization")
APPOSED = re.compile(r"\s*,\s*(?:(?:des|les|ces|de|d['’])\s*)?")  # `Les putschistes, des soldats de ...`
NOUN_BEFORE = re.compile(r"\b(?:[Ll]es|[Dd]es|[Aa]ux|[Cc]es)\s+$")  # `les talibans`: the lower-case name as a noun
ARTICLE = re.compile(r"^(?:[Ll]es|[Dd]es|[Aa]ux|[Cc]es|[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u)\s*")


def movement_names(doc: Doc, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each movement of :data:`MOVEMENTS` one local organisation: its names typed so (not a
    place or a person, as the name recogniser may guess), a name glued to the state after it cut off (`Houthis au
    Yémen`: the movement and the state), and a lower-case name (`les talibans`) made a mention."""
    text = doc_text(doc)
    found = list(mentions)
    for match in MOVEMENT_NAME.finditer(text):
        label = MOVEMENTS[int(next(k for k, v in match.groupdict().items() if v is not None)[1:])][0]
        start, end = match.span()
        overlapping = [m for m in found if m.start < end and start < m.end]
        if match.group()[:1].islower() and not NOUN_BEFORE.search(text, max(0, start - 5), start):
            continue  # `les rebelles houthis`: an adjective, the member noun's (see movement_groups)
        glued = [m for m in overlapping if m.kind == "name" and m.start == start and m.end > end]
        states = [(m, STATE_AFTER.match(text, end, m.end)) for m in glued]
        if any(state is None or state_key(text[state.end():m.end]) not in STATE_LABELS for m, state in states):
            continue  # `Al-Qaïda au Maghreb islamique`: a longer name of its own
        if any(m.kind == "name" and m.start <= start and end <= m.end and (m.start < start or m.end > end)
               for m in overlapping if m not in glued):
            continue  # a name that only gives its name to another one
        entity = movement_entity(entities, label)
        for mention, state in states:  # `Houthis au Yémen`: cut off the state the name recogniser took in
            assert state is not None
            found.remove(mention)
            found.append(Mention(start, end, entity, "name", "organization"))
            words = text[state.end():mention.end]
            found.append(Mention(state.end(), mention.end, state_entity(entities, words), "name", "country"))
        if not glued and not _take_over(text, entities, found, overlapping, match, entity):
            found.append(Mention(start, end, entity, "name", "organization"))  # inside a title too
    _retype(found, entities)
    return sorted(found, key=lambda m: (m.start, m.end))


def _take_over(text: str, entities: Entities, found: list[Mention], overlapping: list[Mention], match: re.Match[str],
               entity: str) -> bool:
    """Make the mentions the recogniser or the group step made of a movement's name its own: the name's own
    mention (made whole: `Forces de soutien` of `Forces de soutien rapide`; the parts of a longer name dropped) and
    a group phrase that is only the name with its article (`Les talibans`). False when there was none, or only a
    phrase that holds the name as an adjective."""
    start, end = match.span()
    same = [m for m in overlapping if m.start >= start and m.end <= end]
    whole_name = next((m for m in same if m.kind == "name" and m.start == start), None)
    for mention in same:
        if whole_name is not None and mention is not whole_name and mention.kind == "name":
            found.remove(mention)  # `Maghreb` in `Al-Qaïda au Maghreb islamique`: part of the name
            if not any(m.entity == mention.entity for m in found):
                entities.by_id.pop(mention.entity, None)
            continue
        _repoint(found, entities, mention.entity, entity, only=mention)
        if mention is whole_name:
            mention.end = end
    whole = [m for m in overlapping if m not in same and m.type in GROUP_TYPES and m.kind == "nominal"
             and ARTICLE.sub("", text[m.start:m.end]) == match.group()]
    for mention in whole:  # `Les talibans` the group step made: the movement's name with its article
        _repoint(found, entities, mention.entity, entity, only=mention)
    return bool(same or whole) or any(m.type in GROUP_TYPES and m.kind == "nominal" for m in overlapping)


def movement_entity(entities: Entities, label: str) -> str:
    """The local organisation of this movement, made if need be (the article's local entity of the same label,
    whatever type the recogniser gave it, becomes it)."""
    key = fold(label)
    for entity in entities.by_id.values():
        if entity.id.startswith("local:") and fold(entity.label) == key:
            if entity.type != "organization":
                entities.by_id[entity.id] = replace(entity, type="organization", unlinked_reason=UNLINKED_MOVEMENT)
            return entity.id
    return entities.new_local(label, "organization", UNLINKED_MOVEMENT)


def movement_groups(doc: Doc, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the groups made one entity across their phrases (see the module): a member noun with a
    movement's adjective or name (`les rebelles houthis`, `les rebelles du M23`), even inside a title (`le
    porte-parole des rebelles houthis`), is the movement; a bare take-up (`les rebelles`, `les putschistes`) is the
    nearest group before it whose words hold its noun; an apposition of two groups is one group."""
    text = doc_text(doc)
    found = list(mentions)
    described: list[tuple[int, str, str]] = []  # (start, folded words, entity) of each member phrase of a movement
    for token in doc:
        if token.lower_ not in MEMBER_NOUNS or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        movement = _movement_of(token, found, text, entities)
        if movement is None:
            continue
        entity, last, named = movement
        group = next((m for m in found if m.type in GROUP_TYPES and m.kind == "nominal" and m.start <= token.idx
                      < m.end and m.entity != entity), None)
        if _some_of(token):  # `des miliciens du Hezbollah`, `trois rebelles houthis`: some of its members
            if named:
                _members(doc, entities, found, token, last, group)
            continue
        described.append((token.idx, fold(text[token.idx:last.idx + len(last.text)]), entity))
        if group is not None:
            _repoint(found, entities, group.entity, entity)
            if named and group.end <= last.idx:  # `les paramilitaires des FSR`: the name inside is the mention
                found.remove(group)
        elif not named and not any(m.start <= token.idx < m.end and m.entity == entity for m in found):
            found.append(Mention(token.idx, last.idx + len(last.text), entity, "nominal", "organization"))
    found += _peacekeepers(doc, entities, found)
    _take_ups(doc, entities, found, described)
    _appositions(doc, entities, found)
    return sorted(found, key=lambda m: (m.start, m.end))


SOME = {"des", "de", "d'", "d’", "plusieurs", "quelques", "certains", "nombreux", "deux", "trois"}


def _some_of(noun: Token) -> bool:
    """`des miliciens`, `trois rebelles`, `des centaines de jihadistes`: an indefinite or counted phrase names some
    of a movement's members, not the movement (`les rebelles`, `la reddition des rebelles` name it)."""
    counted = noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.lower_ in QUANTITY_NOUNS
    return counted or any(c.i < noun.i and ((c.dep_ == "det" and c.lower_ in SOME) or c.dep_ == "nummod")
                          for c in noun.children)


def _members(doc: Doc, entities: Entities, mentions: list[Mention], noun: Token, last: Token,
             group: Mention | None) -> None:
    """Some members of a named movement (`des miliciens du Hezbollah`): a local group whose words hold the
    movement's name (a mention of its own inside them)."""
    text = doc_text(doc)
    end = last.idx + len(last.text)
    if group is not None:
        group.end = max(group.end, end)
        return
    if any(m.start < end and noun.idx < m.end and m.type in GROUP_TYPES and m.kind == "nominal" for m in mentions):
        return
    head = noun.head if noun.head.lower_ in QUANTITY_NOUNS and noun.head.i < noun.i else noun
    first = min([head, *(c for c in head.children if c.i < head.i and c.dep_ in ("det", "nummod"))],
                key=lambda t: t.i)
    start = noun.idx if first.lower_ in ("de", "d'", "d’") else first.idx
    words = text[start:end]
    mentions.append(Mention(start, end, entities.local(words, "group", UNLINKED_GROUP), "nominal", "group"))


PEACEKEEPERS = re.compile(r"\b[Cc]asques bleus\b")


def _peacekeepers(doc: Doc, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """`des Casques bleus de l'ONU`, `les casques bleus`: the peacekeepers, a group (their body, a mention of its
    own inside), with the article or the count that opens their phrase."""
    text = doc_text(doc)
    found = []
    for match in PEACEKEEPERS.finditer(text):
        noun = token_at(doc, match.start())
        if noun is None or any(m.start <= match.start() < m.end and m.type in (*GROUP_TYPES, "person")
                               and m.kind == "nominal" for m in mentions):
            continue
        start, end = match.span()
        opener = next((c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "nummod")), None)
        if opener is not None and opener.lower_ not in ("de", "d'", "d’"):
            start = opener.idx
        body = re.match(r"\s+(?:de l['’]|de la|du|des)\s*", text[end:end + 12])
        named = next((m for m in mentions if body and m.start == end + body.end() and m.kind == "name"), None)
        if named is not None:
            end = named.end
        found.append(Mention(start, end, entities.local(text[start:end], "group", UNLINKED_GROUP), "nominal", "group"))
    return found


def _movement_of(noun: Token, mentions: list[Mention], text: str,
                 entities: Entities) -> tuple[str, Token, bool] | None:
    """(entity, last word, whether a name says it) of the movement a member noun's adjective or `de` complement
    names, if any."""
    for child in sorted(noun.children, key=lambda c: c.i):
        if child.i < noun.i:
            continue
        word = fold(child.text)
        if child.dep_ in ("amod", "nmod", "appos", "flat:name") and child.text.islower() and child.i == noun.i + 1:
            name = next((m for m in mentions if m.kind == "name" and m.entity.startswith("local:")
                         and m.type not in ("person", "country") and _same_word(fold(text[m.start:m.end]), word)),
                        None)
            if name is not None:
                return name.entity, child, False
            if word in ADJECTIVE_MOVEMENT:
                return movement_entity(entities, ADJECTIVE_MOVEMENT[word]), child, False
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in OF_CASES for c in child.children):
            named = child
            if child.lower_ in BODY_NOUNS:  # `du groupe État islamique`: the name after the body noun
                named = next((c for c in child.children if c.dep_ in ("flat:name", "appos", "nmod") and c.i > child.i
                              and c.text[:1].isupper()), child)
            mention = next((m for m in mentions if m.start <= named.idx < m.end and m.kind == "name"), None)
            if mention is not None and mention.type == "organization" and mention.entity.startswith("local:"):
                last = max(named.subtree, key=lambda t: t.i)
                return mention.entity, last, True
    return None


def _same_word(name: str, adjective: str) -> bool:
    """`Houthis` and `houthis`, `Kachin` and `kachin`, `Houthi` and `houthis`: a name and the adjective made of it."""
    return len(name) > 2 and name.rstrip("s") == adjective.rstrip("s")


def _take_ups(doc: Doc, entities: Entities, mentions: list[Mention], described: list[tuple[int, str, str]]) -> None:
    """`les rebelles` after `les rebelles houthis`, `les putschistes` after `les militaires putschistes`: a bare
    plural group phrase whose noun a group named before holds (as its noun or an adjective) is that group."""
    text = doc_text(doc)
    for mention in [m for m in mentions if m.type in GROUP_TYPES and m.kind == "nominal"]:
        words = text[mention.start:mention.end].split()
        bare = len(words) == 2 and fold(words[0]) in TAKE_UP_DETERMINERS and words[1].lower() in TAKE_UP_WORDS and (
            fold(words[0]) != "des" or _fused_article(doc, mention.start))
        if not bare and not (len(words) == 1 and words[0].lower() in TAKE_UP_WORDS and _fused_before(
                text, mention.start)):
            continue
        noun = fold(words[-1])
        before = [(m.start, m.entity) for m in mentions if m.end <= mention.start and m.type in GROUP_TYPES
                  and m.entity.startswith("local:") and noun in (said := fold(text[m.start:m.end]).split())
                  and not _counted(said[0])]  # `trois rebelles houthis`: some of them, taken up by nothing
        before += [(start, entity) for start, said, entity in described if start < mention.start
                   and noun in said.split()]
        before = [(start, entity) for start, entity in before if entity != mention.entity]
        if before and mention.entity.startswith("local:"):
            _repoint(mentions, entities, mention.entity, max(before)[1], only=mention)


def _fused_article(doc: Doc, start: int) -> bool:
    """`la reddition des rebelles`: `des` right after a noun is `de` and the definite `les`; `Des rebelles ont été
    arrêtés` is the indefinite, some of them, which takes up no group."""
    token = token_at(doc, start)
    return token is not None and token.i > 0 and doc[token.i - 1].pos_ == "NOUN"


def _counted(word: str) -> bool:
    return word[:1].isdigit() or word in SOME


def _fused_before(text: str, start: int) -> bool:
    return re.search(r"\b(?:des|aux)\s+$", text[max(0, start - 5):start]) is not None


def _appositions(doc: Doc, entities: Entities, mentions: list[Mention]) -> None:
    """`Les putschistes, des soldats de la garde présidentielle, ont annoncé`: a group phrase set off by commas
    right after another, before the verb, is the same group (a list goes on with another phrase or `et`)."""
    text = doc_text(doc)
    groups = sorted((m for m in mentions if m.type in GROUP_TYPES and m.kind == "nominal"
                     and m.entity.startswith("local:")), key=lambda m: m.start)
    for first, second in pairwise(groups):
        if not APPOSED.fullmatch(text, first.end, second.start) or first.entity == second.entity:
            continue
        after = re.match(r"\s*,\s*(\S+)", text[second.end:second.end + 40])
        if after is None:
            continue
        next_word = token_at(doc, second.end + after.start(1))
        if next_word is None or next_word.pos_ not in ("VERB", "AUX", "ADV") or sentence_of(next_word).start_char > \
                first.start:
            continue
        _repoint(mentions, entities, second.entity, first.entity, only=second)


def _repoint(mentions: list[Mention], entities: Entities, old: str, new: str, only: Mention | None = None) -> None:
    """Every mention of ``old`` (or the one mention ``only``) made a mention of ``new``; ``old`` dropped when no
    mention is left to it."""
    type_ = entities.by_id[new].type if new in entities.by_id else "organization"
    for mention in mentions:
        if mention.entity == old and (only is None or mention is only):
            mention.entity, mention.type = new, type_
    if old != new and not any(m.entity == old for m in mentions):
        entities.by_id.pop(old, None)


def _retype(mentions: list[Mention], entities: Entities) -> None:
    for mention in mentions:
        entity = entities.by_id.get(mention.entity)
        if entity is not None and entity.type != mention.type and entity.unlinked_reason == UNLINKED_MOVEMENT:
            mention.type = entity.type
