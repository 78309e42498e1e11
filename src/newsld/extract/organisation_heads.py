"""The officials of an organisation the knowledge base does not hold: one local person per office, named or not.

`Le secrétaire général de l'Otan, Mark Rutte, a appelé ... Le patron de l'Alliance a critiqué`: a head's title of
a tabled organisation (:mod:`newsld.extract.organisation_names`) whatever name the article gives the organisation
(`de l'Otan`, `de l'Alliance`, `de l'organisation`) is one person each time: the person its apposition names, else
a local person the article does not name (never a guessed QID). `le chef`, `le patron`, `le dirigeant` of an
organisation are its head: the one office of a head the article titles for that organisation (`secrétaire général`,
`directeur général`, `président`), or a head of their own. The person takes part in its clause's events as any
other person mention does. Offices of two organisations (`la présidente de la Commission européenne`, `le président
du Conseil européen`) are two persons.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsld.extract.model import Entities, Mention, fold
from newsld.extract.organisation_names import organisation_of_label
from newsld.extract.state_names import NATIONALITY_WORD

HEAD_TITLE = re.compile(
    r"(?P<det>\b(?:[Ll]e|[Ll]a|[Ss]on|[Ss]a|[Dd]u|[Aa]u)\s+|\b[Ll]['’]\s*|,\s*)(?P<title>(?i:secrétaire général|"
    r"secrétaire générale|directeur général|directrice générale|haut représentant|haute représentante|président|"
    r"présidente|procureur|procureure|chef|cheffe|patron|patronne|dirigeant|dirigeante|commandant))"
    r"\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*$")
# title (folded) -> its office; a generic head (`chef`, `patron`, `dirigeant`) takes the one office the article titles
OFFICES = {"secretaire general": "secretary", "secretaire generale": "secretary", "directeur general": "director",
           "directrice generale": "director", "haut representant": "representative",
           "haute representante": "representative", "president": "president", "presidente": "president",
           "procureur": "prosecutor", "procureure": "prosecutor", "commandant": "commander"}
FUSED = {"du", "au"}


def organisation_head_mentions(text: str, entities: Entities, mentions: list[Mention],
                               local_holder: Callable[[int, int], str]) -> list[Mention]:
    """The mentions with each head's title of a tabled organisation made one person per office (see the module)."""
    found = _titles(text, entities, mentions)
    if not found:
        return mentions
    offices: dict[str, set[str]] = {}
    for item in found:
        if item.title in OFFICES:
            offices.setdefault(item.org, set()).add(OFFICES[item.title])
    holders: dict[tuple[str, str], list[_Title]] = {}
    for item in found:
        office = OFFICES.get(item.title) or (
            next(iter(offices[item.org])) if len(offices.get(item.org, ())) == 1 else "head")
        holders.setdefault((item.org, office), []).append(item)
    renamed: dict[str, str] = {}
    for items in holders.values():
        named = [i.person for i in items if i.person is not None and not _title_only(entities, i.person)]
        if len(set(named)) > 1:
            continue  # two people named for one office (a predecessor and a successor): left as they are
        existing = [i.person for i in items if i.person is not None]
        person = named[0] if named else existing[0] if existing else local_holder(items[0].start, items[0].end)
        for item in items:
            if item.add:
                mentions.append(Mention(item.start, item.end, person, "nominal", "person"))
            elif item.there is not None and item.there.entity != person and _title_only(entities, item.there.entity):
                renamed[item.there.entity] = person
    if renamed:
        mentions = [Mention(m.start, m.end, renamed.get(m.entity, m.entity), m.kind, m.type) for m in mentions]
    return mentions


def _titles(text: str, entities: Entities, mentions: list[Mention]) -> list[_Title]:
    """Each head's title right before a mention of a tabled organisation, and whom the words already name."""
    found: list[_Title] = []
    for org_mention in mentions:
        entity = entities.by_id.get(org_mention.entity)
        if (entity is None or not entity.id.startswith("local:") or entity.type != "organization"
                or organisation_of_label(entity.label) is None):
            continue
        title = HEAD_TITLE.search(text, max(0, org_mention.start - 40), org_mention.start)
        if title is None:
            continue
        det = title.group("det")  # (`X, secrétaire général de l'Otan,`: the comma of an apposition, no article)
        start = title.start("title") if fold(det.strip()) in FUSED or det.startswith(",") else title.start()
        end = org_mention.end
        there = next((m for m in mentions if m.type == "person" and m.start <= title.start("title") < m.end
                      and m.end >= end), None)
        if there is None and any(m.start < end and start < m.end and m is not org_mention for m in mentions):
            continue
        # `le secrétaire général de l'Otan Jens Stoltenberg`: a title before the name, part of the name's phrase
        titled = next((m for m in mentions if m.type == "person" and m.kind == "name" and m.start > end
                       and not text[end:m.start].strip()), None)
        # `Mark Rutte, secrétaire général de l'Otan,`: the name the title is set off after
        apposed = next((m for m in mentions if m.type == "person" and m.kind == "name" and det.startswith(",")
                        and not text[m.end:title.start()].strip()), None) if there is None else None
        if det.startswith(",") and apposed is None and there is None:
            continue
        named = titled or apposed or there
        found.append(_Title(start, end, org_mention.entity, fold(title.group("title")),
                            named.entity if named is not None else None, there, titled is None and there is None))
    return found


@dataclass(frozen=True)
class _Title:
    start: int
    end: int
    org: str  # the organisation's entity
    title: str  # the title's words, folded
    person: str | None  # whom the words name: the mention already there, the name before or after the title
    there: Mention | None  # the person mention the role steps made of the words
    add: bool  # the words are a mention of their own still to make (not a title before a name)


def _title_only(entities: Entities, entity_id: str) -> bool:
    """Is this a local person the article does not name (a holder known by a title only)?"""
    entity = entities.by_id.get(entity_id)
    return entity is not None and entity.id.startswith("local:") and entity.unlinked_reason is not None and (
        HEAD_TITLE_WORDS.match(fold(entity.label)) is not None)


HEAD_TITLE_WORDS = re.compile(r"(?:le |la |l')?(?:secretaire|directeur|directrice|haut|haute|president|presidente|"
                              r"procureur|procureure|chef|cheffe|patron|patronne|dirigeant|dirigeante|commandant)\b")



# The head of a state's body the knowledge base does not hold (`le chef de l'armée malienne`, `le commandant de la
# garde présidentielle`, `le chef d'état-major de l'armée nigérienne`): one local person per office, the same when
# the title is said again, even without the words that said which body (`le chef de l'armée`); the person a name
# set beside such a title names, when the article titled one so (`Le chef d'état-major de l'armée malienne, le
# général X, ... le chef de l'armée`). Never a Wikidata link.
BODY_HEAD = re.compile(
    r"(?P<det>\b(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u)\s+)(?P<title>chef d['’]état-major|cheffe d['’]état-major|chef|cheffe|"
    r"commandant|commandante|patron|patronne)\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+)"
    r"(?P<body>armée de terre|armée de l['’]air|armée|armées|forces armées|garde présidentielle|garde nationale|"
    r"garde républicaine|marine|gendarmerie|police|junte|aviation)(?![\w’'-])"
    r"(?P<which>\s+" + NATIONALITY_WORD + r"(?:ne|nes|e|es|s|ien|ais|ain|ois|ique|iques|ite|ites|ol|ole|ols)\b)?")
BODY_HEAD_FOLLOWER = re.compile(r"\s*(?:,\s*)?(?:(?:le|la|l['’])\s*)?(?:général|colonel|amiral|M\.)?\s*[A-ZÉ]")


def state_body_head_mentions(text: str, mentions: list[Mention], local_holder: Callable[[int, int], str],
                             is_nationality: Callable[[str], bool]) -> list[Mention]:
    """The mentions with each head's title of a state's body made a person (see :data:`BODY_HEAD`)."""
    found: list[Mention] = []
    heads: dict[str, set[str]] = {}  # folded title and body noun -> the persons titled so
    for match in BODY_HEAD.finditer(text):
        which = match.group("which")
        if which and not is_nationality(which.strip()):
            which = None  # `le chef de l'armée a dit`: no adjective that says which
        end = match.end("which") if which else match.end("body")
        start = match.start("title") if fold(match.group("det").strip()) in FUSED | {"des"} else match.start()
        key = f"{fold(match.group('title'))} {fold(match.group('body'))}"
        if any(m.start < end and start < m.end for m in [*mentions, *found]):
            continue
        if BODY_HEAD_FOLLOWER.match(text, end) and not which:
            continue  # `le chef de l'armée Oumar Diarra`: a title before a name, the name's steps read it
        titled = _titled_person(text, mentions, fold(match.group("title")).split()[0],
                                fold(text[match.start("body"):end]))
        if which and BODY_HEAD_FOLLOWER.match(text, end) and text[end:end + 1] in (" ", ","):
            continue  # `le chef de l'armée malienne, le général X,`: the apposition is read with the name
        earlier = heads.get(key, set())
        if titled is not None:
            person = titled
        elif which or " " in match.group("body") or (not earlier and fold(match.group("body")) in OWN_BODIES):
            # `de la garde présidentielle` says which; `le chef de la junte`: the country's own, known by the article
            person = local_holder(start, end)
        elif len(earlier) == 1:  # `le chef de l'armée` again: the one head of an army the article titled before
            person = next(iter(earlier))
        else:
            continue
        heads.setdefault(key, set()).add(person)
        found.append(Mention(start, end, person, "nominal", "person"))
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end)) if found else mentions


# Bodies a definite article alone makes known (the country's own: `le chef de la junte`, `le chef de l'armée`)
OWN_BODIES = {"armee", "junte", "police", "gendarmerie"}


def _titled_person(text: str, mentions: list[Mention], head: str, body: str) -> str | None:
    """The one named person a title with this head word and these body words already names (`Le chef d'état-major
    de l'armée malienne, le général X`: X, for `le chef de l'armée`), else None."""
    named = {m.entity for m in mentions if m.kind == "name" and m.type == "person"}
    found = {m.entity for m in mentions if m.kind == "nominal" and m.type == "person" and m.entity in named
             and body in fold(text[m.start:m.end]) and head in fold(text[m.start:m.end]).split()}
    return found.pop() if len(found) == 1 else None
