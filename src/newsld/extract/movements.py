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
from itertools import pairwise, takewhile

from spacy.tokens import Doc, Token

from newsld.extract.described_groups import QUANTITY_NOUNS, QUOTED, token_at
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
    found += _unmade_take_ups(doc, found, described)
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


def _unmade_take_ups(doc: Doc, mentions: list[Mention], described: list[tuple[int, str, str]]) -> list[Mention]:
    """`ont annoncé les séparatistes`, `la capitulation des séparatistes`: a take-up word no step made a mention of
    (an inverted subject, a noun's complement) after `les`, `ces` or a fused `des`, `aux`, when a group named before
    holds its noun (`Les autorités séparatistes du Haut-Karabakh`): a mention of that group (a fused article left
    out of its words). With no such group it stays no mention: nothing says which group it is."""
    text = doc_text(doc)
    found: list[Mention] = []
    for token in doc:
        if token.lower_ not in TAKE_UP_WORDS or token.pos_ not in ("NOUN", "ADJ", "PROPN") or token.i == 0 or any(
                m.start <= token.idx < m.end for m in [*mentions, *found]):
            continue
        before = doc[token.i - 1]
        ahead = token.i - 2
        while ahead > 0 and doc[ahead].text in ("»", "”"):
            ahead -= 1  # `la « capitulation » des séparatistes`
        if before.lower_ in ("les", "ces"):
            start = before.idx
        elif token.i > 1 and ((before.lower_ == "des" and doc[ahead].pos_ == "NOUN") or (
                before.lower_ == "aux" and doc[ahead].pos_ in ("NOUN", "VERB"))):
            start = token.idx  # (`a arrêté des séparatistes`: the indefinite, some of them, takes up no group)
        else:
            continue
        noun = fold(token.text)
        earlier = [(m.start, m.entity, m.type) for m in mentions if m.end <= start and m.type in GROUP_TYPES
                   and m.entity.startswith("local:") and m.kind == "nominal"
                   and noun in (said := fold(text[m.start:m.end]).split()) and not _counted(said[0])]
        earlier += [(at, entity, "organization") for at, said, entity in described if at < start
                    and noun in said.split()]
        if earlier:
            _, entity, type_ = max(earlier)
            found.append(Mention(start, token.idx + len(token.text), entity, "nominal", type_))
    return found


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


# Plural pronouns and demonstratives that take a group up (`Les armateurs continuent, eux, d'éviter`, `Parmi eux`,
# `Ceux-ci avaient saisi`, `plusieurs d'entre elles`): (gender) each agrees with. A subject `elles` is the subject
# pronouns' step's (:func:`newsld.extract.anaphors.body_pronouns`).
PLURAL_TAKE_UPS = {"eux": "Masc", "elles": "Fem"}
LAST_ONES = re.compile(
    r"\b(?P<word>[Cc]eux-(?:ci|là)|[Cc]elles-(?:ci|là)|[Cc]es\s+derniers|[Cc]es\s+dernières)(?![\w-])")
# The first words of a plural phrase (folded once: read for each mention a take-up may stand for)
PLURAL_OPENERS = frozenset(fold(w) for w in ("les", "des", "ces", "plusieurs", "de", "d'", "d’", "aux", "quelque",
                                             "environ"))
NOUN_AFTER = re.compile(r"\s+(?:mois|jours|semaines|années|ans|temps|heures|décennies|siècles|événements)\b")


def plural_take_ups(doc: Doc, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each plural pronoun or `ces derniers` that takes up a group made a mention of it: the
    nearest group named before, in its sentence or the one before, that agrees in gender; an emphatic pronoun
    between commas (`Les armateurs continuent, eux,`) takes up the subject right before it, if a group (`Moscou et
    Pékin ont, eux, salué`: two states at once, no mention)."""
    text = doc_text(doc)
    quotes = [q.span() for q in QUOTED.finditer(text)]
    found = _allies(text, entities, list(mentions))
    words = [(t.idx, t.idx + len(t.text), PLURAL_TAKE_UPS[t.lower_], t) for t in doc if t.lower_ in PLURAL_TAKE_UPS
             and t.pos_ == "PRON" and not (t.lower_ == "elles" and t.dep_.startswith("nsubj") and not (
                 t.i > 0 and (doc[t.i - 1].pos_ == "ADP" or doc[t.i - 1].lower_ in ("entre", "parmi"))))]
    words += [(m.start(), m.end(), "Fem" if m.group("word").lower().startswith(("celles", "ces dernières")) else
               "Masc", token_at(doc, m.start())) for m in LAST_ONES.finditer(text)
              if not NOUN_AFTER.match(text, m.end())]  # (`ces derniers mois`: a time)
    for start, end, gender, token in words:
        if token is None or any(s <= start < e for s, e in quotes) or any(
                m.start < end and start < m.end for m in found):
            continue
        group = _taken_up_group(doc, found, token, start, gender)
        if group is not None:
            found.append(Mention(start, end, group.entity, "pronoun", group.type))
            some = SOME_OF.search(text, max(0, start - 40), start)
            if some is not None:  # `plusieurs d'entre elles`: some of the group, a group of its own
                found.append(Mention(some.start(), end, entities.local(text[some.start():end], "group",
                                                                          UNLINKED_GROUP), "nominal", "group"))
    return sorted(found, key=lambda m: (m.start, m.end))


# Some of a group (`plusieurs d'entre elles`, `une trentaine d'entre eux`, `deux d'entre eux`)
SOME_OF = re.compile(r"\b(?:[Pp]lusieurs|[Cc]ertaine?s|[Bb]eaucoup|[Ll]a plupart|[Uu]ne\s+[a-zé]+aine|[Uu]ne?|"
                     r"[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|\d+)\s+d['’]\s*entre\s+$")


ALLIES = re.compile(r"\b[Ll]es\s+Alliés\b")
ALLIANCE_WORDS = re.compile(r"\b(?:Otan|OTAN|Alliance)\b")


def _allies(text: str, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """`les Alliés`: the members of the Atlantic Alliance, a group (not a name the recogniser may take it for): the
    group of the Alliance's members named before (`Les dirigeants de l'Otan`), else one of its own."""
    for match in ALLIES.finditer(text):
        start, end = match.span()
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.kind != "name" or m.start < start or m.end > end for m in inside):
            continue
        for mention in inside:
            mentions.remove(mention)
            if not any(m.entity == mention.entity for m in mentions) and mention.entity.startswith("local:"):
                entities.by_id.pop(mention.entity, None)
        members = [m for m in mentions if m.end <= start and m.type == "group" and m.kind == "nominal"
                   and ALLIANCE_WORDS.search(text, m.start, m.end)]
        entity = members[-1].entity if members else entities.local("Alliés", "group", UNLINKED_GROUP)
        mentions.append(Mention(start, end, entity, "nominal", "group"))
    return mentions


def _taken_up_group(doc: Doc, mentions: list[Mention], token: Token, start: int, gender: str) -> Mention | None:
    text = doc_text(doc)
    sentence = sentence_of(token)
    # `continuent, eux, d'éviter`, `ont eux aussi remis`: `eux` after no preposition doubles the subject
    emphatic = token.lower_ == "eux" and token.i > sentence.start and doc[token.i - 1].pos_ != "ADP" and (
        doc[token.i - 1].lower_ not in ("entre", "parmi", "chez"))
    floor = sentence.start_char if emphatic or sentence.start == 0 else sentence_of(doc[sentence.start - 1]).start_char
    before = sorted((m for m in mentions if floor <= m.start and m.end <= start), key=lambda m: (m.end, -m.start))
    if not before:
        return None
    if emphatic:  # the subject right before the pronoun (only a group, not `Moscou et Pékin`)
        last = before[-1]
        outer = [m for m in before if m.start <= last.start and last.end <= m.end]
        phrase = min(outer, key=lambda m: m.start)
        if re.search(r"\bet\s*$", text[floor:phrase.start]) or not _plural_group(doc, phrase, gender):
            return None
        return phrase
    if token.lower_ in PLURAL_TAKE_UPS:  # `Parmi eux`, `avec elles`: the group the clauses before are about (a
        # subject), where `ceux-ci`, `ces derniers` are the last named
        topic = [m for m in before if _acting(doc, m) and _plural_group(doc, m, gender)]
        if topic:
            return topic[-1]
    for mention in reversed(before):
        if any(m.start <= mention.start and mention.end <= m.end and m is not mention and m.kind != "pronoun"
               for m in mentions):
            continue  # a name inside a group's words (`Gardiens` in `sept membres des Gardiens`): the group is
        if mention.type == "person" or (mention.type in ("country", "place") and _acting(doc, mention)):
            return None  # `X et Y ... Ces derniers`, `Moscou et Pékin ... elles`: persons or states, no group
        if _plural_group(doc, mention, gender):
            return mention  # (past states and places said on the way: `ces sociétés au Japon ... avec elles`)
    return None


def _acting(doc: Doc, mention: Mention) -> bool:
    """A mention that is a subject (or its conjunct): a party that acts, not a place said on the way."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    while token is not None and token.dep_ == "conj":
        token = token.head
    return token is not None and token.dep_.startswith("nsubj")


def _plural_group(doc: Doc, mention: Mention, gender: str) -> bool:
    """A local group or body named in the plural (`Les armateurs`, `les rebelles`, `des sociétés`), of the gender."""
    if mention.type not in GROUP_TYPES or not mention.entity.startswith("local:") or mention.kind == "pronoun":
        return False
    text = doc_text(doc)[mention.start:mention.end]
    head = token_at(doc, mention.start)
    if head is None:
        return False
    phrase = takewhile(lambda t: t.idx < mention.end, doc[head.i:])  # (not a scan to the end of the doc)
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and t.text[-1:].lower() in ("s", "x")]
    first = text.split()[0]
    opened = fold(first) in PLURAL_OPENERS or first[:1].isdigit()
    if not nouns or not (opened or mention.type == "group"):
        return False
    noun = nouns[0]
    said = noun.morph.get("Gender")
    epicene = gender == "Masc" and fold(noun.text).endswith(EPICENE_ENDINGS)  # `les rebelles ... eux`
    return not said or gender in said or epicene


# Plural nouns of either gender the tagger may call feminine (`rebelles`, `séparatistes`, `paramilitaires`)
EPICENE_ENDINGS = ("istes", "aires", "belles", "iques", "ites", "ables")
