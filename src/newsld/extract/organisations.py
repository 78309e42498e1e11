"""International organisations the knowledge base does not hold: one local entity each, whatever names the article
gives it.

`La Communauté économique des États de l'Afrique de l'Ouest (Cedeao) a suspendu le Niger. La Cedeao menace ...`:
the long name, its acronym (defined in brackets or known: `l'UE`, `l'Otan`), its other names (`l'Alliance
atlantique`, `les Vingt-Sept`, `les pasdarans`) and its capitalised short name once it is named (`l'Alliance`,
`l'Union`, `l'Agence`, `la Commission`: the one named last before that has it) are one local organisation, from the
table of :mod:`newsld.extract.organisation_names` (a fact of the language, no Wikidata id); so are an army's name
and its description (`Tsahal`, `l'armée israélienne`). A name the recogniser ran on into a day (`l'Otan jeudi`), an
acronym into `de` (`la Cedeao d'ingérence`) or into the name of the person after it (`de l'Otan Jens Stoltenberg`) is
the name alone.

Its seat stands for it by the linker's syntax rules for capitals (``stands_for_government``): `Bruxelles a ouvert
une enquête`, `Budapest accuse Bruxelles de chantage` are the European Commission when the article names it, else the
European Union; `à Bruxelles` stays the city. A seat that is a state's capital stands for that state where the
article names the state (`La Belgique a rappelé son ambassadeur. Bruxelles a dénoncé`): then it is left to the state.
`l'Europe` that acts or is acted on (`L'Europe ne peut pas accepter`, `prendre l'Europe en otage`) is the European
Union; `en Europe` is the continent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from newsld.extract.model import Entities, Mention, fold
from newsld.extract.organisation_names import (
    BY_ACRONYM,
    BY_NAME,
    ORGANISATIONS,
    SEATS,
    Organisation,
    organisation_named,
    organisation_of_label,
)
from newsld.extract.state_names import capital_state
from newsld.extract.unknown_states import ARTICLE_BEFORE

UNLINKED_ORGANISATION = "an international organisation not in the knowledge base of verified Wikidata identifiers"
UNLINKED_PERSON = "not in the knowledge base of verified Wikidata identifiers"
# `Otan Jens Stoltenberg`: an acronym or a name, then a person's name of two capitalised words or more
RUN_ON_PERSON = re.compile(
    r"(?P<name>.+?)\s+(?P<person>[A-ZÉ][\w-]+(?:\s+(?:de |von |van |der |den |al-)?[A-ZÉ][\w-]+)+)$")
RUN_ON_SPACE = re.compile(r"\s+")
RUN_ON_OF = re.compile(r"(?:d['’]|de\s+)[a-zàâäéèêëïîôöûùüç]")
DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
# Full names (any case once the first letter is as the table writes it) and acronyms (as written).
FULL_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(name) for name in sorted({n for org in ORGANISATIONS for n in org.names}, key=len, reverse=True))
    + r")(?![\w-])", re.IGNORECASE)
ACRONYM = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(a) for a in sorted(BY_ACRONYM, key=len, reverse=True)) + r")(?![\w])")
# `les Vingt-Sept` (with `les`; `des`, `aux` stay out, as for other groups' names)
MEMBERS = re.compile(r"(?:\b(?P<det>[Ll]es)\s+)?(?P<name>Vingt-Sept|Vingt-Huit)(?![\w-])")
EUROPEAN_UNION = "Union européenne"
# what `les Vingt-Sept` and `l'Europe` that acts stand for, and the body Brussels stands for when no other is named
UNION = next(org for org in ORGANISATIONS if org.label == EUROPEAN_UNION)
# `l'Alliance`, `la Commission`: a capitalised short name (the court's and the council's are read by the anaphors)
SHORT = re.compile(r"(?P<det>\b[Ll]['’]\s*|\b[Ll][ae]\s+|\b[Ll]es\s+|\b[Dd]u\s+|\b[Aa]u\s+|\b[Dd]es\s+|\b[Aa]ux\s+)?"
                   r"(?P<word>" + "|".join(sorted(
    {s for org in ORGANISATIONS for s in org.short} - {"Cour", "Conseil"})) + r")(?![\w’'-])")
SINGULAR_ARTICLES = {"l'", "le", "la"}  # folded; `du`, `au` fuse `de`, `à` (the name alone), plurals too
ARTICLE_BEFORE_NAME = re.compile(r"\b(?:[Ll]['’]\s*|[Ll][ea]\s+|[Ll]es\s+)$")
OF_BEFORE = re.compile(r"\b(?:de|d['’])\s*$")
OF_OR_NAME_AFTER = re.compile(r"\s+(?:de|des|du|d['’]|pour|[A-ZÉ])")


def organisation_entity(entities: Entities, org: Organisation, name: str | None = None) -> str:
    """The local entity of this organisation, made if need be under the name the article first gives it (one
    whatever name made it first)."""
    for entity in entities.by_id.values():
        if entity.id.startswith("local:") and entity.type == "organization" and (
                organisation_of_label(entity.label) is org):
            return entity.id
    return entities.new_local(name or org.label, "organization", UNLINKED_ORGANISATION)


def organisation_mentions(text: str, entities: Entities, mentions: list[Mention],
                          root_of: Callable[[int, int], Token | None],
                          actor: Callable[[Token], bool]) -> list[Mention]:
    """The mentions with every name of a tabled organisation made its one local entity, the names the recogniser
    missed added, short names and seats standing for it read (see the module)."""
    found = [n for m in mentions for n in _named(text, entities, m)]
    for start, end, org, kind in _unread_names(text, found):
        found = [m for m in found if not (m.entity.startswith("local:") and start <= m.start and m.end <= end)]
        label = text[start:end] if kind == "name" else None
        found.append(Mention(start, end, organisation_entity(entities, org, label), kind, "organization"))
    found.sort(key=lambda m: (m.start, m.end))
    found = _short_names(text, entities, found, root_of)
    found = _described_take_ups(text, entities, found)
    return _seats(text, entities, found, root_of, actor)


def _named(text: str, entities: Entities, mention: Mention) -> list[Mention]:
    """The mention made its organisation's when its words are one of its full names or acronyms; a name the
    recogniser ran on into a day (`Otan jeudi`) or into the name of the person after it (`de l'Otan Jens
    Stoltenberg`) is the organisation's name, the person's a mention of its own."""
    if not mention.entity.startswith("local:") or mention.type == "country":
        return [mention]
    words = text[mention.start:mention.end]
    end, person = mention.end, None
    org = organisation_named(words)
    if org is None:  # `l'Otan jeudi`, `la Cedeao d'ingérence`: the name ran on into a day, an acronym into `de`
        for space in RUN_ON_SPACE.finditer(words):
            head, rest = words[:space.start()], words[space.end():]
            named = organisation_named(head)
            if named is not None and (fold(rest).split()[0] in DAYS or (
                    head.split("'")[-1] in BY_ACRONYM and RUN_ON_OF.match(rest))):
                end, org = mention.start + space.start(), named
                break
    if org is None and (run_on := RUN_ON_PERSON.match(words)) is not None and (
            organisation_named(run_on.group("name")) is not None):
        end = mention.start + run_on.end("name")
        org, person = organisation_named(run_on.group("name")), (mention.start + run_on.start("person"), mention.end)
    if org is None or (mention.type == "person" and person is None and words not in BY_ACRONYM
                       and fold(words) not in BY_NAME):
        return [mention]
    start = mention.start
    article = re.match(r"(?:[Ll]['’]\s*|[Ll][ae]\s+|[Ll]es\s+)", text[start:end])
    if article is not None and mention.kind != "nominal":
        start += article.end()
    kind = "nominal" if mention.kind == "nominal" else "name"
    label = text[start:end] if kind == "name" else None
    found = [Mention(start, end, organisation_entity(entities, org, label), kind, "organization")]
    if person is not None:
        person_entity = entities.local(text[person[0]:person[1]], "person", UNLINKED_PERSON)
        found.append(Mention(*person, person_entity, "name", "person"))
    return found


def _unread_names(text: str, mentions: list[Mention]) -> list[tuple[int, int, Organisation, str]]:
    """Full names, acronyms and `les Vingt-Sept` no mention covers (a local mention inside one gives way)."""
    found: list[tuple[int, int, Organisation, str]] = []

    def free(start: int, end: int) -> bool:
        return not any(m.start < end and start < m.end and not (
            m.entity.startswith("local:") and start <= m.start and m.end <= end and (m.start, m.end) != (start, end))
            for m in mentions) and not any(s < end and start < e for s, e, _, _ in found)

    for match in FULL_NAME.finditer(text):
        name = match.group()
        org = BY_NAME.get(fold(name))
        written = next((n for n in org.names if fold(n) == fold(name)), name) if org else name
        if org is None or name[:1] != written[:1]:
            continue
        start, kind = match.start(), "name"
        article = ARTICLE_BEFORE_NAME.search(text, max(0, start - 4), start) if name[:1].islower() else None
        if article is not None:  # `l'armée israélienne`: a description holds its article
            start, kind = article.start(), "nominal"
        if free(start, match.end()):
            found.append((start, match.end(), org, kind))
    for match in ACRONYM.finditer(text):
        if free(*match.span()):
            found.append((*match.span(), BY_ACRONYM[match.group()], "name"))
    for match in MEMBERS.finditer(text):
        start = match.start() if match.group("det") else match.start("name")
        if free(start, match.end()):
            found.append((start, match.end(), UNION, "nominal"))
    return found


def _short_names(text: str, entities: Entities, mentions: list[Mention],
                 root_of: Callable[[int, int], Token | None]) -> list[Mention]:
    """`l'Alliance`, `l'Union`, `la Commission` once an organisation with that short name is named before."""
    named = [(m.start, m.end, organisation_of_label(entities.by_id[m.entity].label) if m.entity in entities.by_id
              else None) for m in mentions if m.type in ("organization", "other", "group")
             and m.entity.startswith("local:")]
    if not any(org for _, _, org in named):
        return mentions
    for match in SHORT.finditer(text):
        start, end = match.start("word"), match.end("word")
        if OF_OR_NAME_AFTER.match(text, end) or _qualified(root_of(start, end)):
            continue  # `l'Union des Polonais`, `l'Alliance démocratique`: another body's name
        word = match.group("word")
        # the last body named before whose name has the word: a tabled one (`l'Otan ... l'Alliance`), not another
        # (`l'Union des Polonais ... l'Union`)
        before = [org for at, end_, org in named if end_ <= start and (
            word in org.short if org is not None else word in text[at:end_])]
        if not before or before[-1] is None:
            continue
        det, kind = match.group("det"), "name"
        if det and fold(det.strip()) in SINGULAR_ARTICLES and not OF_BEFORE.search(
                text, max(0, match.start() - 8), match.start()):
            start, kind = match.start(), "nominal"  # `L'Alliance a invité`; `de l'Alliance`: the name alone
        # `les Gardiens`, `des Gardiens`: a plural name is marked without its article (as `les Vingt-Sept`)
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if any(not m.entity.startswith("local:") or m.type in ("person", "country") or not (
                min(start, match.start()) <= m.start and m.end <= end) for m in overlapping):
            continue
        mentions = [m for m in mentions if m not in overlapping]
        mentions.append(Mention(start, end, organisation_entity(entities, before[-1]), kind, "organization"))
    return sorted(mentions, key=lambda m: (m.start, m.end))


# `l'organisation panafricaine`, `le bloc ouest-africain`, `l'agence onusienne`: a common noun and the adjective that
# says what kind of organisation it is, which the table gives as one of its take-up nouns
DESCRIBED = re.compile(r"(?P<det>\b[Ll]['’]\s*|\b[Ll][ae]\s+|\b[Cc]ette\s+|\b[Cc]et\s+|\b[Cc]e\s+|\b[Dd]u\s+|"
                       r"\b[Aa]u\s+)(?P<words>(?:organisation|bloc|alliance|agence|union|institution|association)\s+"
                       r"[a-zéèêëïîôûç-]+)(?![\w’'-])")


def _described_take_ups(text: str, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """`L'Union africaine ... l'organisation panafricaine`: a noun and its adjective of kind take up the nearest
    organisation named before (within the article) whose table entry has those words among its take-up nouns."""
    named = [(m.start, org, org.folded_nouns) for m in mentions
             if m.entity in entities.by_id and m.entity.startswith("local:") and m.type == "organization"
             for org in [organisation_of_label(entities.by_id[m.entity].label)] if org is not None]
    if not named:
        return mentions
    found = []
    for match in DESCRIBED.finditer(text):
        words = fold(match.group("words"))
        before = [org for at, org, nouns in named if at < match.start() and words in nouns]
        if not before or any(m.start < match.end() and match.start() < m.end for m in [*mentions, *found]):
            continue
        fused = fold(match.group("det").strip()) in ("du", "au")
        start = match.start("words") if fused else match.start()
        found.append(Mention(start, match.end(), organisation_entity(entities, before[-1]), "nominal",
                             "organization"))
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end)) if found else mentions


def _qualified(word: Token | None) -> bool:
    """An adjective right after the short name that belongs to it (`l'Union soviétique`, `l'Alliance démocratique`)."""
    if word is None or word.i + 1 >= len(word.doc):
        return False
    after = word.doc[word.i + 1]
    return after.pos_ == "ADJ" and after.head.i == word.i


def _seats(text: str, entities: Entities, mentions: list[Mention], root_of: Callable[[int, int], Token | None],
           actor: Callable[[Token], bool]) -> list[Mention]:
    """`Bruxelles a ouvert une enquête`: a seat that stands for its organisation (see the module)."""
    named = {organisation_of_label(entities.by_id[m.entity].label) for m in mentions if m.type == "organization"
             and m.entity in entities.by_id and m.entity.startswith("local:")}
    found = []
    for mention in mentions:
        words = fold(text[mention.start:mention.end])
        article = ARTICLE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        if article is not None and words not in SEATS:
            words = fold(article.group(1)) + " " + words  # `La Haye`: the article is part of the name
        if mention.entity.startswith("local:") and mention.type in ("country", "place") and words in SEATS:
            mention = _seat(text, entities, mention, words, SEATS[words], named, root_of, actor)
        elif mention.entity.startswith("local:") and mention.type == "place" and words == "europe":
            root = root_of(mention.start, mention.end)
            if root is not None and actor(root):
                mention = Mention(mention.start, mention.end, organisation_entity(entities, UNION), "metonym",
                                  "organization")
        found.append(mention)
    return found


def _seat(text: str, entities: Entities, mention: Mention, seat: str, seated: tuple[Organisation, ...],
          named: set[Organisation | None], root_of: Callable[[int, int], Token | None],
          actor: Callable[[Token], bool]) -> Mention:
    state = capital_state(seat)
    if state is not None and re.search(rf"(?<![\w-]){re.escape(state)}(?![\w-])", text):
        return mention  # `La Belgique a rappelé ... Bruxelles a dénoncé`: the state the article names
    root = root_of(mention.start, mention.end)
    if root is None or not actor(root):
        return mention
    chosen = [org for org in seated if org in named]
    if seated[0] is UNION:
        chosen = chosen[-1:] or [seated[0]]  # the Commission, who acts in Brussels's name, else the Union
    if len(chosen) != 1:
        return mention  # `La Haye` with two courts named, or none
    return Mention(mention.start, mention.end, organisation_entity(entities, chosen[0]), "metonym", "organization")
