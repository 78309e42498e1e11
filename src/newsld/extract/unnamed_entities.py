"""People and things the article never names: introduced by an indefinite noun phrase, taken up by definite ones.

An indefinite article introduces someone new: `un diplomate occidental`, `un haut responsable japonais`, `une
porte-parole du ministère` never point back to a person named before (a Japanese official is not the Japanese prime
minister the article is about), so each is a local person of its own, never a Wikidata link. Such a person is a
mention when they act or speak (a subject, an agent after `par`, a source after `selon` or `d'après`, or a phrase
that opens its sentence); elsewhere an indefinite person is too often a mere detail. The phrase holds its adjectives
and a `de` complement (`un cadre japonais du groupe Astellas`), and stops before a participle, a relative or another
preposition (`Un diplomate occidental en poste à Hanoï`: the post is not the name).

``un ancien responsable de la Défense ... L'ancien fonctionnaire``, ``un cargo battant pavillon panaméen ... le
navire``, ``une centrale nucléaire ... la centrale``: one local entity (never a Wikidata link: nothing says which
item it would be) for the introduction and each later definite phrase whose head noun is of the same class
(:data:`NOUN_CLASSES`), or a general noun that covers that class (`le projet`, `le site`, `le navire`, `l'engin`,
`le projectile`, `l'ouvrage`: :data:`GENERAL_THING_CLASSES`), or a demonstrative (`cet entrepôt`): the thing of those
classes told last, never one past a thing of them told since; `ce second projet`, `l'autre navire` only take up a
thing told with the same word (`une seconde centrale`). The introduction counts only as a participant of an
event: a subject, an object, an agent after `par`, or the `de` complement of an event noun (`l'arrestation d'un
diplomate`). A generic use introduces
nobody: `la première expulsion d'un diplomate russe depuis 2020` (an ordinal or a `depuis` on the event noun makes it
a count of such events), `comme un diplomate`, a plural. A phrase a mention already covers (a name, a title before a
name: `un diplomate, Ivan Petrov`) is left to that mention; a definite take-up only follows an introduction.
An object or a thing gets its mention only once a take-up shows the chain: alone, the event steps make it a
theme (or a place visited) themselves, and give a weapon's state the act (`un missile russe a touché`).

Which nouns name made things an act may be done to, whatever its verb (:data:`THING_NOUNS`, :func:`names_a_thing`,
:func:`things_told`) is told here too, for the event steps: `une centrale`, `des dépôts de carburant`, `un drone`;
not `sa surveillance`, `la relance`, nor a bare kind (`faire taire les armes`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsld.extract.described_groups import distributed_group_mentions
from newsld.extract.event_lexicon import FIRED_WORDS, NOUN_FRAMES, TRIBUTE_WORDS
from newsld.extract.model import OF_WORDS, Mention
from newsld.extract.names import demonym_country
from newsld.extract.nlp import doc_text, inner_hyphen
from newsld.extract.noun_phrases import ARTICLE_PREFIX, amount_of, noun_phrase, object_behind_a_complement

INDEFINITE = {"un", "une"}
# The one table of nouns of an unnamed person: class -> nouns. A take-up's head is of its introduction's class (`le
# fonctionnaire` for `un responsable`); the nouns of ``None`` introduce someone who acts but are never taken up by
# the noun alone: an office (`le ministre`, `le porte-parole`) or a walk of life the article may give someone else.
_PEOPLE: dict[str | None, tuple[str, ...]] = {
    "official": ("responsable", "fonctionnaire", "haut-fonctionnaire", "cadre", "dignitaire"),
    "diplomat": ("diplomate", "attaché", "attachée"),
    "employee": ("employé", "employée", "salarié", "salariée", "technicien", "technicienne", "ouvrier", "ouvrière"),
    "suspect": ("suspect", "suspecte", "assaillant", "assaillante", "tireur", "tireuse", "agresseur"),
    "soldier": ("soldat", "militaire", "officier"),
    "journalist": ("journaliste", "reporter", "correspondant", "correspondante", "photographe"),
    "lawyer": ("avocat", "avocate"),
    "doctor": ("médecin", "chirurgien", "chirurgienne"),
    "victim": ("victime", "blessé", "blessée", "otage"),
    "businessman": ("entrepreneur", "entrepreneuse", "industriel", "industrielle"),
    None: (
        "porte-parole", "conseiller", "conseillère", "expert", "experte", "analyste", "témoin", "ressortissant",
        "ressortissante", "représentant", "représentante", "envoyé", "envoyée", "émissaire", "négociateur",
        "négociatrice", "observateur", "observatrice", "ministre", "député", "députée", "sénateur", "sénatrice",
        "collaborateur", "collaboratrice", "enquêteur", "enquêtrice", "cosmonaute", "habitant", "habitante",
        "dirigeant", "dirigeante", "commandant", "ambassadeur", "ambassadrice",
        # people of the news of any topic: disasters, justice, protests, migrations, elections
        "secouriste", "pompier", "sauveteur", "sauveteuse", "policier", "policière", "gendarme", "pêcheur",
        "marin", "manifestant", "manifestante", "survivant", "survivante", "rescapé", "rescapée", "prisonnier",
        "prisonnière", "détenu", "détenue", "procureur", "procureure", "juge", "infirmier", "infirmière",
        "chercheur", "chercheuse", "économiste", "ingénieur", "ingénieure", "électeur", "électrice", "réfugié",
        "réfugiée", "migrant", "migrante", "militant", "militante", "opposant", "opposante", "élu", "élue",
        "agriculteur", "agricultrice", "étudiant", "étudiante", "syndicaliste", "retraité", "retraitée",
        "commerçant", "commerçante", "enseignant", "enseignante", "chauffeur", "vendeur", "vendeuse", "passant",
        "passante", "riverain", "riveraine", "patient", "patiente", "bénévole", "supporter"),
}
PERSON_NOUNS = frozenset(noun for nouns in _PEOPLE.values() for noun in nouns)
_THINGS = {
    "ship": ("navire", "cargo", "bateau", "pétrolier", "chalutier", "méthanier", "porte-conteneurs", "vraquier",
             "bâtiment", "ferry", "paquebot"),
    "plant": ("centrale",),
    # a unit of a plant (`dont le premier réacteur doit entrer en service`): `le projet`, `le site` take up the plant
    "reactor": ("réacteur",),
    "factory": ("usine", "raffinerie", "entrepôt", "dépôt"),
    "aircraft": ("avion", "appareil", "hélicoptère", "bombardier", "chasseur"),
    "drone": ("drone",),
    "missile": ("missile", "projectile", "roquette"),
    "satellite": ("satellite", "sonde", "vaisseau", "capsule", "atterrisseur"),
    "submarine": ("sous-marin",),
    "vehicle": ("camion", "véhicule", "voiture", "bus", "autocar", "train"),
    "building": ("immeuble", "hôpital", "école"),
    "bridge": ("pont", "barrage"),
    # a sum granted, blocked or sent (`une enveloppe de 50 milliards d'euros ... cette aide`)
    "money": ("enveloppe", "somme"),
    # a text of law or of a vote: `une résolution ... Le texte`, `un accord ... le document` (not `déclaration`,
    # often words said)
    "text": ("résolution", "texte", "document", "accord", "traité", "mémorandum", "convention", "protocole", "pacte"),
}
# General nouns that take up a thing of the classes they cover, never introduce one (`une centrale ... le projet`,
# `un cargo ... le navire`, `un drone ... l'engin`, `un pont ... l'ouvrage`): the nearest earlier thing of those
# classes, which a nearer one of the same classes hides.
GENERAL_THING_CLASSES: dict[str, tuple[str, ...]] = {
    "projet": ("plant", "factory", "bridge"),
    "site": ("plant", "factory"),
    "installation": ("plant", "factory"),
    "ouvrage": ("bridge",),
    "navire": ("ship", "submarine"),
    "bâtiment": ("ship", "submarine"),
    "appareil": ("aircraft", "drone"),
    "engin": ("drone", "missile"),
    "projectile": ("missile",),
    # (only after a demonstrative: `l'aide américaine`, `l'argent` name aid or money in general)
    "aide": ("money",),
    "argent": ("money",),
    "montant": ("money",),
}
# General nouns that take up a thing only after a demonstrative (`Privé de cette aide`, `cet argent`)
DEMONSTRATIVE_TAKE_UPS = {"aide", "argent", "montant"}
# Craft have crews: what they do is done by them (`l'appareil a survolé l'île`, `les navires ont détecté`), where a
# weapon (`un missile`, `un drone`) is fired by a state, which the events give the act to.
CRAFT_CLASSES = ("ship", "aircraft", "submarine", "vehicle", "satellite")
CRAFT_NOUNS = frozenset(noun for name in CRAFT_CLASSES for noun in _THINGS[name])
# a text described names which one it is (`la convention contre la torture`): only the bare noun takes one up
SELF_NAMING_CLASSES = {"text"}
PLACE_CLASSES = {"factory"}  # a site one visits or works in: the place of events, not a thing they take
NOUN_CLASSES: dict[str, tuple[str, str]] = {
    **{noun: (name, "place" if name in PLACE_CLASSES else "object") for name, nouns in _THINGS.items()
       for noun in nouns},
    **{noun: (name, "person") for name, nouns in _PEOPLE.items() if name is not None for noun in nouns},
}


def general_thing_nouns() -> dict[str, set[str]]:
    """Each general noun of :data:`GENERAL_THING_CLASSES` and the thing nouns it takes up."""
    return {general: {n for name in classes for n in _THINGS[name]} - {general}
            for general, classes in GENERAL_THING_CLASSES.items()}


# Things acts are done to, whatever their verb (`bâtir une centrale`, `a occupé la centrale`, `ont frappé des dépôts`,
# `ont déposé une gerbe`, `mettre au point une arme`): the made things of the classes above (not texts, which
# name themselves), what is fired or laid, works and installations, goods and what is left of a thing. An
# abstract noun (`la sécurité`, `le dialogue`, `la relance`) names no thing, whatever its verb.
THING_NOUNS = frozenset(
    {noun for name, nouns in _THINGS.items() if name not in SELF_NAMING_CLASSES for noun in nouns}
    | {word for word in (*FIRED_WORDS, *TRIBUTE_WORDS) if not word.endswith("s") or word == "obus"}
    | {"gazoduc", "oléoduc", "câble", "pipeline", "infrastructure", "digue", "maison",
       "église", "monument", "statue", "char", "blindé", "lanceur", "engin", "arsenal", "ogive", "torpille",
       "combustible", "carburant", "diamant", "débris", "fragment", "épave", "conteneur", "cargaison",
       "marchandise", "minerai", "munition",
       # goods, arms and works of any trade or war: what is seized, sent, dropped or built (`huit fusils`, `des
       # ballons chargés d'ordures`, `une base aérienne`, `des tonnes de blé`, `des composants électroniques`)
       "fusil", "ballon", "tract", "base", "tunnel", "aéroport", "blé", "engrais", "pétrole", "vaccin",
       "médicament", "composant", "équipement", "matériel", "sac", "colis"})


# What a strike aims at, a thing only when counted (`plus de soixante cibles`, `des dizaines de positions des
# rebelles`; `les positions de Pékin` are views)
TARGET_NOUNS = {"cible", "position", "objectif", "site", "installation", "base"}
MEASURE_WORDS = {"sanction", "sanctions", "mesure", "mesures", "réforme", "réformes", "restriction", "restrictions"}


def names_a_thing(noun: Token) -> bool:
    """Does this common noun name a made thing or goods (:data:`THING_NOUNS`), by its lemma or its form? Targets
    struck count too when counted (`plus de soixante cibles`, `des dizaines de positions`; `sa position` is a
    stance)."""
    # (the tagger at times reads `une centrale` as the adjective `central`: a determined adjective of the list; and
    # `une vingtaine de drones` as an adverb: the noun an amount counts)
    counted = noun.dep_ == "nmod" and (amount := amount_of(noun.head)) is not None and amount.i == noun.i
    nominal = noun.pos_ == "NOUN" or (noun.pos_ == "ADJ" and any(c.dep_ == "det" for c in noun.children)) or counted
    # `un nouveau train de sanctions`, `un arsenal de mesures`: a set of measures, no made thing
    measures = any(c.dep_ == "nmod" and c.lemma_.lower() in MEASURE_WORDS for c in noun.children)
    lemma = noun.lemma_.lower()
    target = lemma in TARGET_NOUNS and "Plur" in noun.morph.get("Number") and (
        counted or any(_counts(c, noun) for c in noun.children))
    return nominal and not measures and (lemma in THING_NOUNS or noun.lower_ in THING_NOUNS or target)


def things_told(noun: Token) -> bool:
    """Does the noun name made things the article tells of: one of them (`une centrale`), or several it counts or
    describes (`des dépôts de carburant`, `trois drones`, `des chars modernes`)? A bare plural names their kind
    (`faire taire les armes`, `la liste des navires sanctionnés`), and so does one told only by whose they are
    (`des drones russes ont frappé`: the state's act)."""
    if not names_a_thing(noun):
        return False
    # (`des ballons chargés d'ordures`: a participle with a complement of its own tells which ones; `la liste des
    # navires sanctionnés par l'UE`, a kind)
    return "Plur" not in noun.morph.get("Number") or any(
        _counts(c, noun) or (c.dep_ == "amod" and demonym_country(c.lower_) is None) or _told_by_participle(c) or (
            c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children))
        for c in noun.children)


def _counts(word: Token, noun: Token) -> bool:
    """A figure before the noun: `trois drones`, and `neuf sites`, which the tagger may read as the adjective `neuf`
    (new) set before a plural (French writes that one after it: `des sites neufs`)."""
    return word.dep_ == "nummod" or (word.dep_ == "amod" and word.i < noun.i and word.like_num)


def _told_by_participle(participle: Token) -> bool:
    """`chargés d'ordures`, `destinés à l'Ukraine`: a past participle with a complement (not its agent)."""
    return participle.dep_ == "acl" and "Past" in participle.morph.get("Tense") and any(
        c.dep_ in ("obl", "obl:arg", "obl:mod") and not any(g.lower_ == "par" for g in c.children)
        for c in participle.children)


DEFINITE = {"le", "la", "l'", "l’"}
FUSED_DEFINITE = {"du", "au"}  # `du navire`, `au diplomate`: a definite article fused with its preposition
PARTICIPANT_DEPS = {"nsubj", "nsubj:pass", "obj", "obl:agent"}
VERB_COMPLEMENT_DEPS = {"obl:arg", "obl"}
GENERIC_CASES = {"comme", "tel", "telle"}  # `comme un diplomate`: a kind, not someone
COUNTING_MODIFIERS = {"premier", "première", "dernier", "dernière", "seul", "seule", "énième", "deuxième",
                      "troisième"}  # `la première expulsion d'un diplomate`: how often such a thing happens
NAME_GAP = 3  # characters between a phrase and a name that describes it (`, `)

Allocate = Callable[[str, str], str]  # (label, mention type) -> a fresh local entity id


@dataclass
class _Chain:
    """An introduced entity: its class, the entity its mentions share, and its introduction while it waits for a
    take-up (an object's or a thing's: the event steps already make those, a chain only adds its take-ups)."""

    noun_class: str
    type_: str
    entity: str
    waiting: tuple[int, int, str] | None = None  # (start, end, label) of an introduction with no entity yet
    named: bool = False  # a named person's office (`l'ambassadeur ..., X`): only a bare noun takes it up
    other: str | None = None  # `une seconde centrale`: the word that told it as another one (its stem)
    last: int = -1  # the index of the noun of its last mention
    state: str | None = None  # the state a demonym on its introduction names (`un bâtiment des garde-côtes philippins`)


def unnamed_entity_mentions(doc: Doc, mentions: list[Mention], allocate: Allocate) -> list[Mention]:
    """The mentions of each unnamed person who acts or speaks (`un haut responsable japonais a dit`), then of each
    unnamed participant introduced by `un`/`une` and of its later definite take-ups, in text order."""
    # `Des délégations russe et ukrainienne`: one thing per adjective, read first (before any step takes the phrase)
    shared = distributed_group_mentions(doc, mentions, allocate)
    persons = _indefinite_person_mentions(doc, [*mentions, *shared], allocate)
    persons += _one_of_theirs_mentions(doc, [*mentions, *shared, *persons], allocate)
    chains = _chain_mentions(doc, [*mentions, *shared, *persons], allocate)
    craft = _craft_fleet_mentions(doc, [*mentions, *shared, *persons, *chains], allocate)
    return sorted([*shared, *persons, *chains, *craft], key=lambda m: m.start)


def _chain_mentions(doc: Doc, mentions: list[Mention], allocate: Allocate) -> list[Mention]:
    """The introductions of :data:`NOUN_CLASSES` nouns and their take-ups."""
    found: list[Mention] = []
    chains: list[_Chain] = []
    told: list[tuple[int, str]] = []  # (word index, class) of things told by `un`, `une` that begin no chain
    for noun in _class_nouns(doc):
        if _word(noun) in NAMED_ROLE_CLASSES:
            chains.extend(_named_role_chain(noun, mentions))
            continue
        if _word(noun) in NOUN_CLASSES and _introduction(noun):
            noun_class, type_ = NOUN_CLASSES[_word(noun)]
            chain = _introduce(noun, noun_class, type_, [*mentions, *found])
            if chain is not None:
                chain.other, chain.last, chain.state = _other_word(noun), noun.i, _demonym_state(noun)
                chains.append(chain)
                found.extend(_introduction_mentions(chain, noun, allocate))
            else:
                told.append((noun.i, noun_class))
        elif _take_up(noun) and not _described_by_name(noun, [*mentions, *found]):
            chain = _taken_up(noun, chains, told)
            if chain is not None:
                chain.last = noun.i
                found.extend(_take_up_mentions(noun, chain, allocate))
        elif _word(noun) in NOUN_CLASSES and _determiner(noun) in INDEFINITE:
            told.append((noun.i, NOUN_CLASSES[_word(noun)][0]))  # `des débris d'un drone`: a thing of its own
    return sorted(found, key=lambda m: m.start)


def _taken_up(noun: Token, chains: list[_Chain], told: list[tuple[int, str]]) -> _Chain | None:
    """The chain a definite or demonstrative noun takes up: the one of its classes mentioned last, unless a thing
    of those classes was told since without beginning a chain (`Un drone ... des débris d'un drone ... L'engin`:
    the second drone, which has no chain here); `ce second projet`, `l'autre navire` only one told with that word;
    a demonstrative takes up no text (a text names itself: the events read it)."""
    classes = _take_up_classes(noun)
    bare = not any(c.i > noun.i and c.dep_ in ("amod", "nmod") for c in noun.children)
    other = _other_word(noun)
    demonstrative = _determiner(noun) in DEMONSTRATIVE
    if _word(noun) in DEMONSTRATIVE_TAKE_UPS and not (demonstrative and bare):
        return None  # `l'aide américaine`: aid in general; `cette aide`: the sum told before
    state = _demonym_state(noun)  # (`le navire chinois` takes up no Philippine ship)
    fitting = [c for c in chains if c.noun_class in classes and (other is None or c.other == other)
               and (bare or not c.named) and (bare or c.noun_class not in SELF_NAMING_CLASSES)
               and not (demonstrative and c.noun_class in SELF_NAMING_CLASSES)
               and (state is None or c.state is None or state == c.state)]
    chain = max(fitting, key=lambda c: c.last) if fitting else None
    if chain is None or any(chain.last < i < noun.i and name in classes for i, name in told):
        return None
    return chain


def _demonym_state(noun: Token) -> str | None:
    """The state a demonym on the noun, or on its `de` complement, names (`le navire chinois`, `un bâtiment des
    garde-côtes philippins`), as a key to compare two phrases by."""
    for word in [noun, *(c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i)]:
        for adjective in (c for c in word.children if c.dep_ == "amod"):
            state = demonym_country(adjective.lower_)
            if state is not None:
                return str(state)
    return None


# Determiners of a fleet the text counts or sets out (`des chasseurs`, `les navires`, `trois bombardiers`).
FLEET_DETERMINERS = {"des", "les", "ces", "plusieurs", "quelques", "deux", "trois", "quatre", "cinq"}


def _craft_fleet_mentions(doc: Doc, mentions: list[Mention], allocate: Allocate) -> list[Mention]:
    """`Des chasseurs japonais ont décollé`, `les navires de garde ont détecté des drones`: craft in the plural that
    do something (a subject) are one local thing, the doer of what their crews do (open_verbs.py). A fleet that is
    only acted upon (`a abattu deux drones`) is left to the event steps, a weapon to its state."""
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or "Plur" not in noun.morph.get("Number") or (
                noun.lemma_.lower() not in CRAFT_NOUNS):
            continue
        if not any(c.lower_ in FLEET_DETERMINERS for c in noun.children if c.dep_ in ("det", "nummod", "case")):
            continue
        start, end = noun_phrase(noun)
        if any(m.start < end and start < m.end for m in [*mentions, *found]):
            continue  # a name or a mention already holds it (`les navires du Moskva`)
        label = ARTICLE_PREFIX.sub("", doc_text(doc)[start:end]) or noun.text
        found.append(Mention(start, end, allocate(label, "object"), "nominal", "object"))
    return found


def _introduction_mentions(chain: _Chain, noun: Token, allocate: Allocate) -> list[Mention]:
    """The introduction's mention now, unless it has one already or waits for a take-up: an object, a thing (the
    event steps make their own theme of it, and give a weapon's state the act: `un missile russe a touché`). A thing
    with its name in apposition (`un cargo, le Galaxy Leader,`) is a mention of the name's entity at once."""
    if chain.entity and chain.waiting is not None:
        (start, end, _), chain.waiting = chain.waiting, None
        return [Mention(start, end, chain.entity, "nominal", chain.type_)]
    if chain.entity or noun.dep_ == "obj" or chain.type_ != "person":
        return []
    return _waiting_mentions(chain, allocate)


def _waiting_mentions(chain: _Chain, allocate: Allocate) -> list[Mention]:
    """The introduction's mention, its local entity made now that the chain is used."""
    if chain.waiting is None:
        return []
    start, end, label = chain.waiting
    chain.entity, chain.waiting = allocate(label, chain.type_), None
    return [Mention(start, end, chain.entity, "nominal", chain.type_)]


def _take_up_mentions(noun: Token, chain: _Chain, allocate: Allocate) -> list[Mention]:
    """The take-up's mention, after its chain's introduction if that was waiting for one."""
    start, end = noun_phrase(noun)
    introduction = _waiting_mentions(chain, allocate)
    return [*introduction, Mention(start, end, chain.entity, "nominal", chain.type_)]


# Adjectives before a noun that tell another thing of its kind than one told before (by stem): `une seconde
# centrale`, `un autre navire`, `le nouveau missile`.
OTHER_WORDS = {"second": "second", "seconde": "second", "deuxième": "second", "autre": "autre",
               "nouveau": "nouveau", "nouvel": "nouveau", "nouvelle": "nouveau"}


def _other_word(noun: Token) -> str | None:
    """The stem of the adjective before the noun that tells it as another of its kind (`ce second projet`)."""
    before = noun.doc[noun.i - 1] if noun.i else None  # (by its place: the parse may make it the head)
    return OTHER_WORDS.get(before.lower_) if before is not None else None


def _take_up_classes(noun: Token) -> set[str]:
    """The classes of thing or person a definite noun takes up: a general noun's (`le projet`: a plant, a factory
    or a bridge), else its own. A general noun with a complement of its own names something else (`le projet de
    loi`, `le site du ministère`): only a thing told by that noun."""
    word = _word(noun)
    own = {NOUN_CLASSES[word][0]} if word in NOUN_CLASSES else set()
    if word in GENERAL_THING_CLASSES and not any(c.i > noun.i and c.dep_ == "nmod" for c in noun.children):
        return own | set(GENERAL_THING_CLASSES[word])
    return own


def _word(noun: Token) -> str:
    word = noun.lower_.replace("’", "'")
    return word if word in NOUN_CLASSES or word in GENERAL_THING_CLASSES else noun.lemma_.lower()


def _class_nouns(doc: Doc) -> Iterator[Token]:
    """Singular common nouns of a known class, of a named role or general nouns of things, in text order (the
    tagger's adjective with an article of its own, `une centrale` read as `central`, is the noun)."""
    for token in doc:
        nominal = token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.dep_ != "amod" and any(
            c.dep_ == "det" for c in token.children))
        if not nominal or "Plur" in token.morph.get("Number"):
            continue
        word = _word(token)
        if word in NOUN_CLASSES or word in NAMED_ROLE_CLASSES or word in GENERAL_THING_CLASSES:
            yield token


# Offices whose holder a general noun of the class takes up once a name says who holds it (`l'ambassadeur du Japon
# à Pékin, Hideo Tarumi, ... le diplomate`, `Hideo Tarumi, l'ambassadeur du Japon, ... le diplomate`). The office
# noun alone is the reference steps' (`l'ambassadeur` may be another country's).
NAMED_ROLE_CLASSES = {"ambassadeur": "diplomat", "ambassadrice": "diplomat", "consul": "diplomat",
                      "consule": "diplomat", "émissaire": "diplomat", "envoyé": "diplomat", "envoyée": "diplomat"}


TITLE_TO_NAME = re.compile(r"[^,;:.«»()\n]{0,60},\s*")  # the rest of the title (`du Japon à Pékin`), then its comma


def _named_role_chain(noun: Token, mentions: list[Mention]) -> list[_Chain]:
    """The chain of the person a name beside the office noun names: the name right after its phrase (`, X`) or
    right before it (`X, l'ambassadeur`); none without such a name."""
    start, end = noun_phrase(noun)
    text = doc_text(noun.doc)
    for m in mentions:
        after = end <= m.start and TITLE_TO_NAME.fullmatch(text, end, m.start) is not None
        before = m.end <= start and text[m.end:start].strip() == ","
        if m.kind == "name" and m.type == "person" and (after or before):
            return [_Chain(NAMED_ROLE_CLASSES[_word(noun)], "person", m.entity, named=True, last=noun.i)]
    return []


def _determiner(noun: Token) -> str | None:
    det = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    if det is not None:
        return det.lower_
    before = noun.doc[noun.i - 1] if noun.i else None  # `du navire`: the parser may hang `du` elsewhere
    return before.lower_ if before is not None and before.lower_ in FUSED_DEFINITE else None


def _introduction(noun: Token) -> bool:
    """`un diplomate russe` as a subject, an object, an agent or the `de` complement of an event noun."""
    if _determiner(noun) not in INDEFINITE or any(c.dep_ == "case" and c.lower_ in GENERIC_CASES
                                                   for c in noun.children):
        return False
    if noun.dep_ in PARTICIPANT_DEPS:
        return True
    # `a obtenu des informations auprès d'un ancien fonctionnaire`, `a négocié avec un émissaire`: a complement of a
    # verb names someone or something the act involves (the event steps read its role from its preposition)
    verb = noun.head.head if noun.head.pos_ == "ADV" else noun.head  # (`auprès de`: the parse hangs it on `auprès`)
    if noun.dep_ in VERB_COMPLEMENT_DEPS and verb.pos_ == "VERB":
        return True
    # `a adopté à une large majorité une résolution`: an object set after a complement, which the parse hangs it on
    if noun.dep_ == "appos" and noun.head.dep_ in (*VERB_COMPLEMENT_DEPS, "obl:mod") and noun.head.head.pos_ == "VERB":
        return True
    # (`a saisi samedi près du détroit d'Ormuz un porte-conteneurs`: or hangs it on the complement's noun)
    if noun.dep_ in ("nmod", "dep") and noun.head.head.pos_ == "VERB" and (
            noun in object_behind_a_complement(noun.head.head)):
        return True
    if noun.dep_ == "nmod" and _word(noun) in NOUN_CLASSES and NOUN_CLASSES[_word(noun)][1] == "object" and any(
            c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in noun.children) and (
            noun.head.pos_ == "NOUN" and not names_a_thing(noun.head)) and noun.head.lemma_.lower() not in NOUN_FRAMES:
        # `son blocage d'une enveloppe de 50 milliards`, `le crash d'un avion privé`: what an act is done to waits
        # for a take-up to be a mention (not a thing's part or remains: `des débris d'un drone`; the event nouns of
        # the lexicon are :func:`_event_complement`'s)
        return True
    return noun.dep_ == "nmod" and _event_complement(noun)


def _event_complement(noun: Token) -> bool:
    """`l'arrestation d'un diplomate`: the `de` complement of an event noun, unless the event noun counts or ranks
    occurrences (`la première expulsion d'un diplomate depuis 2020`, `la visite la plus importante d'un
    responsable américain`: a superlative compares all such events); the parse may hang `depuis` on either noun."""
    event = noun.head
    if not any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in noun.children):
        return False
    if event.pos_ != "NOUN" or event.lemma_.lower() not in NOUN_FRAMES:
        return False
    counted = any(c.lower_ in COUNTING_MODIFIERS or _superlative(c) for c in event.children)
    since = any(g.lower_ == "depuis" for c in (*event.children, *noun.children) if c.dep_ in ("nmod", "obl")
                for g in c.children)
    return not (counted or since)


def _superlative(adjective: Token) -> bool:
    """`la plus importante`, `le moins coûteux`: an adjective with `plus` or `moins` and an article of its own."""
    return adjective.pos_ == "ADJ" and any(c.lower_ in ("plus", "moins") for c in adjective.children) and any(
        c.dep_ == "det" for c in adjective.children)


DEMONSTRATIVE = {"ce", "cet", "cette"}


def _take_up(noun: Token) -> bool:
    """`le navire`, `du navire`, `cet engin`: a definite or demonstrative singular."""
    return _determiner(noun) in DEFINITE | FUSED_DEFINITE | DEMONSTRATIVE


def _described_by_name(noun: Token, mentions: list[Mention]) -> bool:
    """Is the noun inside a mention, or set beside a name (`le diplomate Ivan Petrov`, `un cargo, le X,`)?"""
    end = noun.idx + len(noun.text)
    if any(m.start < end and noun.idx < m.end for m in mentions):
        return True
    if any(c.pos_ == "PROPN" and c.dep_ in ("appos", "flat:name", "nmod") and c.i <= noun.i + 2 and not any(
            g.dep_ == "case" for g in c.children) for c in noun.children):
        return True  # `le cargo Sea Star`, `un diplomate, Ivan Petrov` (not a name further on: `en mer Noire`)
    _, phrase_end = noun_phrase(noun)
    text = doc_text(noun.doc)
    return any(m.kind == "name" and phrase_end <= m.start <= phrase_end + NAME_GAP
               and text[phrase_end:m.start].strip() in ("", ",") for m in mentions)


# `, le MSC Aries,`: the gap between a thing's phrase and the name in apposition, and what may close the name
APPOSED_NAME_GAP = re.compile(r"\s*,\s*(?:(?:le|la|les|l['’])\s*)?")
APPOSED_NAME_CLOSE = re.compile(r"\s*(?:[,.;)]|$)")
THING_NAME_TYPES = {"object", "other", "organization"}  # (a ship's name may read as its owner's: `MSC`)


def apposed_thing_name(noun: Token, mentions: list[Mention]) -> Mention | None:
    """`un porte-conteneurs lié à Israël, le MSC Aries,`, `un cargo, le Galaxy Leader.`: the name set between commas
    right after an indefinite phrase of a made thing (not a text, which names itself) is that thing's name, when
    no knowledge-base item is linked to it; not a name that more words of a phrase follow (`, le port de X`)."""
    if not names_a_thing(noun) or _word(noun) in _THINGS["text"] or _determiner(noun) not in INDEFINITE:
        return None
    _, end = noun_phrase(noun)
    text = doc_text(noun.doc)
    name = next((m for m in mentions if m.kind == "name" and end < m.start <= end + 6
                 and APPOSED_NAME_GAP.fullmatch(text[end:m.start])), None)
    if name is None or not name.entity.startswith("local:") or name.type not in THING_NAME_TYPES:
        return None
    return name if APPOSED_NAME_CLOSE.match(text, name.end) else None


def _introduce(noun: Token, noun_class: str, type_: str, mentions: list[Mention]) -> _Chain | None:
    """The introduction's chain: with the entity a mention already there gives it (`un diplomate occidental a
    dit`, a local person of :func:`indefinite_persons`), else waiting for a local entity of its
    own; none when a name describes it."""
    same = next((m for m in mentions if m.start <= noun.idx < m.end and m.type == type_ and m.kind == "nominal"
                 and m.entity.startswith("local:")), None)
    if same is not None:
        return _Chain(noun_class, type_, same.entity)
    named = apposed_thing_name(noun, mentions) if type_ == "object" else None
    if named is not None:  # `un porte-conteneurs lié à Israël, le MSC Aries, ... le navire`: the name's entity
        return _Chain(noun_class, type_, named.entity, waiting=(*noun_phrase(noun), ""))
    if _described_by_name(noun, mentions):
        return None
    start, end = noun_phrase(noun)
    if type_ == "person":
        end = _in_post_end(noun.doc, end)
    label = ARTICLE_PREFIX.sub("", doc_text(noun.doc)[start:end]) or noun.text
    return _Chain(noun_class, type_, "", (start, end, label))


# `un diplomate européen en poste à Minsk`, `un responsable en mission à Genève`: where an unnamed person is posted
# says who they are, and its place's name belongs to their phrase
IN_POST_TAIL = re.compile(r"\ben\s+(?:poste|mission|fonctions?|service)$")
POSTED_PLACE = re.compile(r"\s+(?:à|au|aux|en)\s+(?:l['’]\s*|la\s+|les\s+)?")


def _in_post_end(doc: Doc, end: int) -> int:
    """The end of the place's name after a person's `en poste`, else ``end``."""
    text = doc_text(doc)
    posted = POSTED_PLACE.match(text, end) if IN_POST_TAIL.search(text[max(0, end - 30):end]) else None
    place = doc.char_span(posted.end(), posted.end() + 1, alignment_mode="expand") if posted is not None else None
    if place is None or not len(place) or place[0].pos_ != "PROPN":
        return end
    last = place[0]
    while last.i + 1 < len(doc) and doc[last.i + 1].dep_ == "flat:name" and doc[last.i + 1].head.i <= last.i:
        last = doc[last.i + 1]  # `à Buenos Aires`
    return last.idx + len(last.text)


# Who acts or speaks: a subject, an agent after `par`, a source after `selon` or `d'après`.
ACTING_DEPS = {"nsubj", "nsubj:pass", "obl:agent"}
SOURCE_PREPOSITIONS = {"selon", "d'après", "d’après"}
COMPLEMENT_POS = {"DET", "NOUN", "ADJ", "PROPN"}


def _indefinite_person_mentions(doc: Doc, mentions: list[Mention], allocate: Allocate) -> list[Mention]:
    """A local person for each indefinite description of someone who acts or speaks, unless a mention covers its
    noun or a person's name follows it (`un porte-parole du Kremlin, Dmitri Peskov`: the name says who)."""
    found = []
    for start, end, noun in indefinite_persons(doc):
        if any(m.start < noun.idx + len(noun.text) and noun.idx < m.end for m in mentions) or _person_name_after(
                doc, mentions, end):
            continue
        label = doc_text(doc)[start:end].split(" ", 1)[-1]
        found.append(Mention(start, end, allocate(label, "person"), "nominal", "person"))
    return found


def _one_of_theirs_mentions(doc: Doc, mentions: list[Mention], allocate: Allocate) -> list[Mention]:
    """`a assuré à l'AFP un de ses proches`, `Selon l'un de ses avocats`, `Un de ses conseillers a démenti`: one
    person of someone's circle, whom the article does not name, described by their link to them; a local person of
    their own when they act or speak (never the possessor, never a Wikidata link)."""
    found = []
    for one in doc:
        if one.lower_ not in INDEFINITE or one.pos_ not in ("PRON", "NUM") or one.i + 3 >= len(doc):
            continue
        of, possessive, noun = doc[one.i + 1], doc[one.i + 2], doc[one.i + 3]
        if of.lower_ not in ("de", "d'", "d’") or possessive.lower_ not in CIRCLE_POSSESSIVES or (
                _singular(noun.lower_) not in CIRCLE_NOUNS) or not _acts_or_tells(one):
            continue
        before = doc[one.i - 1] if one.i else None
        first = before if before is not None and before.lower_ in ("l'", "l’") else one  # `l'un de ses avocats`
        last = _phrase_end(noun)
        start, end = first.idx, last.idx + len(last.text)
        if any(m.start < end and start < m.end for m in mentions) or _person_name_after(doc, mentions, end):
            continue  # `l'un de ses avocats, Me X,`: the name says who
        found.append(Mention(start, end, allocate(doc_text(doc)[start:end], "person"), "nominal", "person"))
    return found


# Nouns of someone's circle (their singular): `un de ses proches`, `l'une de ses collaboratrices`.
CIRCLE_NOUNS = frozenset({"proche", "avocat", "avocate", "conseiller", "conseillère", "collaborateur",
                          "collaboratrice", "partisan", "partisane", "ami", "amie", "fils", "fille", "frère", "sœur",
                          "enfant", "assistant", "assistante", "adjoint", "adjointe", "fidèle", "lieutenant",
                          "garde", "médecin", "porte-parole", "soutien", "neveu", "nièce", "cousin", "cousine"})
CIRCLE_POSSESSIVES = {"ses", "leurs"}


def _singular(word: str) -> str:
    return word if word.endswith(("s", "x")) and word in CIRCLE_NOUNS else word.removesuffix("s").removesuffix("x")


def _acts_or_tells(one: Token) -> bool:
    """Does `un` of `un de ses proches` act or speak: a subject, a source after `selon`, the start of its sentence,
    or the subject a reporting verb inverts after a quote or a clause (`, a assuré à l'AFP un de ses proches`: the
    parser makes it the verb's object)?"""
    if one.dep_ in ACTING_DEPS or one.is_sent_start or (one.i >= 2 and one.doc[one.i - 1].lower_ in ("l'", "l’") and (
            one.doc[one.i - 2].lower_ in SOURCE_PREPOSITIONS or one.doc[one.i - 1].is_sent_start)):
        return True
    if any(c.dep_ == "case" and c.lower_ in SOURCE_PREPOSITIONS for c in one.children):
        return True
    verb = one.head
    inverted = one.dep_ == "obj" and verb.pos_ == "VERB" and verb.i < one.i and not any(
        c.dep_ in ("nsubj", "obj", "ccomp") and c.i != one.i for c in verb.children)
    return inverted and verb.i > 1 and any(t.text == "," for t in one.doc[max(0, verb.i - 3):verb.i])


def _person_name_after(doc: Doc, mentions: list[Mention], end: int) -> bool:
    return any(m.kind == "name" and m.type == "person" and end <= m.start <= end + NAME_GAP
               and doc_text(doc)[end:m.start].strip() in ("", ",") for m in mentions)


def indefinite_persons(doc: Doc) -> Iterator[tuple[int, int, Token]]:
    """(start, end, head noun) of each indefinite description of a person who acts or speaks."""
    for det in doc:
        if det.lower_ not in INDEFINITE or det.dep_ != "det":
            continue
        noun = det.head
        if noun.lower_ not in PERSON_NOUNS or noun.i < det.i or not _acts(noun, det):
            continue
        if any(t.pos_ not in ("ADJ", "ADV") for t in doc[det.i + 1:noun.i]):
            continue  # `un des responsables`: a member of a group, not this construction
        last = _phrase_end(noun)
        yield det.idx, last.idx + len(last.text), noun


def _acts(noun: Token, det: Token) -> bool:
    """A subject or an agent, a source after `selon`, a voice (`par la voix d'un porte-parole`: the one through
    whom a body speaks), or a phrase that opens its sentence (the subject, even when the parser took the verb
    after it for a noun: `Un diplomate occidental doute que`)."""
    if noun.dep_ in ACTING_DEPS or det.is_sent_start or det.doc[det.i - 1].text in ("\n", "\n\n"):
        return True
    voice = noun.head if noun.dep_ == "nmod" and noun.head.lemma_.lower() == "voix" else None
    if voice is not None and any(c.dep_ == "case" and c.lower_ == "par" for c in voice.children):
        return True
    return any(c.dep_ == "case" and c.lower_ in SOURCE_PREPOSITIONS for c in noun.children)


def _phrase_end(noun: Token) -> Token:
    """The last word of the description: its adjectives, then one `de` complement made of nouns, adjectives
    and names (`du groupe pharmaceutique Astellas`)."""
    doc, last, i = noun.doc, noun, noun.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text[:1].islower():
        last, i = doc[i], i + 1
    for _ in range(2):  # `du département d'État américain`: a complement may have one of its own
        if i >= len(doc) or doc[i].lower_ not in OF_WORDS:
            break
        j = i + 1
        while j < len(doc) and ((doc[j].pos_ in COMPLEMENT_POS and not doc[j].is_punct) or _in_hyphenated(doc[j])):
            j += 1  # `de l'état-major`: the tokenizer cuts the compound at its hyphen
        words = [t for t in doc[i + 1:j] if t.pos_ != "DET"]
        if not words or doc[j - 1].pos_ == "DET":
            break
        last, i = doc[j - 1], j
    return _posting_end(noun, last)


def description_end(noun: Token) -> Token:
    """The last word of a description headed by ``noun``: its adjectives and `de` complements (`le gouverneur de
    la région de Koursk`)."""
    return _phrase_end(noun)


def acts(noun: Token) -> bool:
    """Is a description headed by ``noun`` a subject or an agent, a source after `selon`, or does it open its
    sentence?"""
    det = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), noun)
    return noun.dep_ in ACTING_DEPS or det.is_sent_start or any(
        c.dep_ == "case" and c.lower_ in SOURCE_PREPOSITIONS for c in noun.children)


def _in_hyphenated(token: Token) -> bool:
    """A hyphen inside a word, or the word right after it (`état`, `-`, `major`)."""
    return inner_hyphen(token) or (token.i > 0 and inner_hyphen(token.doc[token.i - 1]) and token.text[:1].isalpha())


MISSIONS = {"ambassade", "ambassades", "consulat", "consulats"}
POSTED_IN = {"à", "au", "aux", "en"}


def _posting_end(noun: Token, last: Token) -> Token:
    """`un porte-parole de l'ambassade des États-Unis à Hanoï`: a diplomatic mission in the description is one of
    its state's missions, the one in the city named after it, which belongs to the phrase: the city's last word."""
    doc = noun.doc
    if last.i + 2 >= len(doc) or not any(t.lower_ in MISSIONS for t in doc[noun.i:last.i + 1]):
        return last
    place = doc[last.i + 2] if doc[last.i + 1].lower_ in POSTED_IN else None
    if place is None or place.pos_ != "PROPN":
        return last
    while place.i + 1 < len(doc) and doc[place.i + 1].dep_ == "flat:name" and doc[place.i + 1].head.i <= place.i:
        place = doc[place.i + 1]  # `à Buenos Aires`
    return place
