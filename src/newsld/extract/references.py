"""Role nouns and pronouns resolved to the person they refer to, through the knowledge base.

``le président russe``: a person holding a position whose label starts with the role word (``président``),
of the country the demonym names (citizenship wdt:P27, or the country in the position's label), or of the
organisation named after it (``la porte-parole de la diplomatie russe``: only an office of that ministry,
never a compatriot's other office), written in a gender the person may take (``la porte-parole`` is no man
the article names). An office or a counterpart of a country no known person holds (``son homologue
sud-coréen``) is a local person, never a guessed QID. ``le dirigeant nord-coréen``, ``son dirigeant``: the
head of state of that country (wdt:P35, wdt:P1906), or of the country last mentioned. ``son homologue``: the
last person named other than the one the sentence is about. ``son hôte``: whoever received the sentence's
subject (``X a été reçu par Y``, ``Y a accueilli X``), else the one other person named; two: no link.
``son hôte russe``: the last Russian named. ``le père de X``: X's father (wdt:P22).

``il``/``elle`` as a subject: in a relative or adverbial clause, the subject of the clause that holds it (``a
prévenu X, depuis Y, où il participait``; ``la Russie dispose d'un veto qu'elle a utilisé``); else the nearest
main-clause subject of its gender, else the last person who was a subject; an inverted ``a-t-il dit`` after a
quote is never a noun inside the quote. ``lui``, ``le``, ``la``: someone other than the verb's subject (a
relative ``qui`` is the noun it follows), unless two people compete. Only what resolves is a mention; a role
noun with no referent in the knowledge base is left alone rather than guessed. ``le pays``: the country last
named, unless it is named inside the subject of its own clause (``un attaché de l'ambassade de Russie a quitté
le pays``): then the country a clause had for subject if `le pays` is where one goes or leaves, else none.
`le pays` is never the state whose act a noun tells (``les troupes de Moscou dans l'est du pays``) nor the state
that speaks (``Pékin a protesté, estimant que le pays ...``); a state acting in its clause is it only when no
other state is named since the sentence before; a state the knowledge base does not hold named last leaves it
unlinked. A role noun with an adjective of a state the knowledge base does not hold (``le président mongol``) is
no person it holds: the name set off after it, or a local person.
Descriptions of the article's
war and of a body named before (``la guerre``, ``le Conseil``, ``l'instance``) are in
:mod:`newsld.extract.anaphors`; the persons of quotes (``je``, ``vous``) in :mod:`newsld.extract.quote_persons`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsld.extract.acronyms import defined_acronym_mentions
from newsld.extract.anaphors import (
    NATIONAL_INSTITUTION,
    WAR_LABEL_WORDS,
    bare_war_mentions,
    body_pronouns,
    collective_groups,
    counted_groups,
    demanded_party,
    description_mentions,
    national_groups,
    national_institutions,
    organisation_anaphors,
    possessed_groups,
)
from newsld.extract.dative_clitics import dative_referent
from newsld.extract.described_groups import (
    COMPANY_NOUNS,
    described_group_mentions,
    distributed_adjectives,
    nationality_word,
    shared_out_office,
    shared_out_spans,
    without_counted_people,
)
from newsld.extract.event_roles import OBJECT_CONTROL
from newsld.extract.knowledge_base import KnowledgeBase
from newsld.extract.landmarks import landmark_mentions
from newsld.extract.linking import ACT_NOUNS, OUTLET_NOUNS, UNLINKED_GROUP, UNLINKED_NOT_IN_KB, span_root
from newsld.extract.model import Entities, Entity, Mention, fold, mention_of_token
from newsld.extract.movements import movement_groups, movement_names, plural_take_ups
from newsld.extract.names import SETTLEMENT_CLASSES, demonym_country
from newsld.extract.nlp import doc_text, sentence_of
from newsld.extract.offices import office_kind, position_prefixes
from newsld.extract.organisation_heads import organisation_head_mentions, state_body_head_mentions
from newsld.extract.person_nouns import description_before, is_person_noun, joins_complements, person_head
from newsld.extract.quote_persons import addressee_mentions, first_person_mentions, third_persons_in_quotes
from newsld.extract.speaker_parties import SpeakerParties
from newsld.extract.speech_lexicon import POSTED_AT, POSTED_NOUNS, REPORTING
from newsld.extract.state_names import NATIONALITY_WORD, names_a_state, nationality_state
from newsld.extract.unnamed_entities import acts, description_end, unnamed_entity_mentions
from newsld.extract.verb_senses import TIME_NOUNS
from newsld.iris import is_qid

# The steps assemble calls once the events and the speech acts are known live in their own modules.
__all__ = ["Resolver", "addressee_mentions", "demonym_country", "description_mentions", "first_person_mentions",
           "resolve_references", "third_persons_in_quotes"]

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
    "ministre de la défense": ("office", ("ministre de la défense",)),
    "ministre": ("minister", ("ministre",)),  # `son ministre`, bare: a minister of the possessor's government
    "chef de la diplomatie": ("office", ("ministre des affaires étrangères",)),
    "cheffe de la diplomatie": ("office", ("ministre des affaires étrangères",)),  # the feminine in use
    "cheffe de l'état": ("leader", ()), "cheffe d'état": ("leader", ()),
    "premier ministre": ("office", ("premier ministre",)),
    "secrétaire d'état": ("office", ("secrétaire d'état",)),
    "ambassadeur": ("office", ("ambassadeur",)), "ambassadrice": ("office", ("ambassadeur",)),
    # `le chargé d'affaires biélorusse`: the head of an embassy with no ambassador, summoned as one
    "chargé d'affaires": ("office", ("chargé d'affaires",)), "chargée d'affaires": ("office", ("chargé d'affaires",)),
    "homologue": ("counterpart", ()), "hôte": ("host", ()), "invité": ("guest", ()), "visiteur": ("guest", ()),
    "interlocuteur": ("interlocutor", ()), "interlocutrice": ("interlocutor", ()),
    "père": ("relation", ("P22",)), "grand-père": ("relation", ("P22", "P22")),
    "chef du gouvernement": ("office", ("premier ministre", "chancelier", "président du gouvernement")),
    "cheffe du gouvernement": ("office", ("premier ministre", "chancelier", "président du gouvernement")),
    # `le chancelier allemand`: a head of government's title (a holder the knowledge base knows, else someone unnamed)
    "chancelier": ("office", ("chancelier",)), "chancelière": ("office", ("chancelier",)),
    # `le prince héritier saoudien`: a monarchy's designated successor, often its head of government too
    "prince héritier": ("office", ("prince héritier",)), "princesse héritière": ("office", ("prince héritier",)),
    # `le roi Charles III ... Le roi a salué`: a monarch, the one the article titled so (never a president)
    "roi": ("office", ("roi",)), "reine": ("office", ("reine",)), "émir": ("office", ("émir",)),
    "chef": ("seat", ()),  # `le chef du Kremlin`: only with a seat of power or a nationality after it
    # `le patron de l'ONU`: only an organisation's head (`le patron russe` may head any business)
    "patron": ("organisation head", ()), "patronne": ("organisation head", ()),
}
# Titles of a head of state or government (folded first words): `le président ukrainien`, `le dirigeant nord-coréen`
LEADER_TITLES = frozenset({"president", "presidente", "dirigeant", "dirigeante", "chef", "cheffe", "premier",
                           "premiere", "numero", "leader", "chancelier", "chanceliere", "roi", "reine", "emir",
                           "monarque", "homme"})
# `X, porte-parole du Kremlin,`: a title set after a name (its first word lower-case, no article or with one)
APPOSED_TITLE = re.compile(r"\s*,\s*(?:(?:le|la|l')\s*)?(?P<title>[a-zéèêëïîôûç][\w' -]{2,60}?)\s*(?=[,.;])")
HEAD_TITLES = ("secretaire general", "president", "directeur general", "directrice generale", "dirigeant")
TITLE_REST = re.compile(r"[^,;:.«»()\n]{0,70},\s*")  # the rest of a title, up to the comma before a name
# `son ministre des Affaires étrangères, le prince Fayçal ben Farhane,`: a rank or a civility between the comma that
# sets a role off and the name of the one who holds it
# Military ranks French sets right before a name (`le général Abdou Sidikou Issa`, `le colonel Ramon Dizon`).
MILITARY_RANKS = (r"général|générale|maréchal|amiral|vice-amiral|contre-amiral|colonel|colonel-major|"
                  r"lieutenant-colonel|commandant|capitaine|lieutenant|général de brigade|général de division|"
                  r"général d['’]armée|général de corps d['’]armée")
RANK_BEFORE_NAME = re.compile(r"\s*,\s*(?:(?:le|la|l['’])\s*)?(?:prince|princesse|cheikh|cheikha|émir|roi|reine|"
                              rf"{MILITARY_RANKS}|M\.|Mme)\s+$")
# `le chef d'état-major, le général X`: a rank with its article right before a name, after a comma
RANK_AFTER_COMMA = re.compile(rf",\s*(?P<rank>(?:le|la|l['’])\s*(?:{MILITARY_RANKS})\s+)$")
# `Son président en exercice, le Nigérian Bola Tinubu,`: a noun of nationality between the comma and the name
NATIONAL_BEFORE_NAME = re.compile(r"\s*(?:(?P<comma>,)\s*)?(?:le|la|l['’])\s*(?P<nationality>[A-ZÉÈ][\w-]+)\s+$")
UNNAMED_HOLDER = "a person the article designates by an office or a relation only, without naming them"
UNNAMED_BODY = "a group or a body the article names by a common noun only, not one Wikidata item"
UNNAMED_THING = "a single, unnamed thing with no Wikidata item"
# Why an unnamed participant (`la délégation russe`, `un pétrolier`) has no Wikidata link, by its type.
UNNAMED_REASONS = {"person": UNNAMED_HOLDER, "group": UNNAMED_BODY, "organization": UNNAMED_BODY}
DETERMINERS = r"(?:le|la|l'|son|sa|leur|ce|cet|cette|du|au)"
LEADING_DETERMINER = re.compile(rf"^(?i:{DETERMINERS})\s*")  # (compiled once: read for each role's label)
FUSED = {"du", "au"}  # `du dirigeant nord-coréen`: the mention starts at the noun
MODIFIERS = r"(?:(?P<modifier>actuel|actuelle|nouveau|nouvelle|ancien|ancienne|futur|future|puissant)\s+)?"
# Modifiers that make the role one its holder held or will hold: never the office's holder now.
NOT_NOW = {"ancien", "ancienne", "futur", "future"}
ROLE_PATTERN = re.compile(
    rf"\b(?P<det>{DETERMINERS})\s*{MODIFIERS}(?P<role>{'|'.join(sorted(map(re.escape, ROLES), key=len, reverse=True))})"
    r"(?:e|es|s)?\b(?:\s+(?P<demonym>" + NATIONALITY_WORD + r"))?",
    re.IGNORECASE,
)
POSSESSIVES = {"son", "sa", "leur"}
LEADER_KINDS = {"head of state", "head of government", "monarch"}
# Political leanings wire copy gives a leader in place of a nationality (`le dirigeant nationaliste`)
LEANING = re.compile(
    r"\s+(?:ultra-?|social-|chrétien-)?(?:nationaliste|populiste|conservat(?:eur|rice)|démocrate|républicaine?|"
    r"socialiste|travailliste|libérale?|centriste|communiste|écologiste|souverainiste|eurosceptique|"
    r"réformat(?:eur|rice)|modérée?|islamiste|progressiste|gaulliste|pro-?russe|pro-?européenne?|pro-?occidentale?|"
    r"pro-?chinoise?|pro-?américaine?|autoritaire)\b(?![-\w])")
# Nouns of a settlement or a region: the place itself, which `y` may take up (`sa capitale ... pour y jeter`).
SETTLEMENT_NOUNS = {"capitale", "ville", "région", "province", "territoire", "village", "île", "localité"}
STATE_ROLES = {"office", "leader", "minister"}  # roles a state has (`son président`), unlike a counterpart or a host
PRONOUNS = {"il": "Masc", "elle": "Fem"}  # subject pronouns and the gender they agree with
OBJECT_CLITICS = {"le": "Masc", "la": "Fem", "l'": None}  # object pronouns; `l'` takes its participle's gender
# Verbs whose direct object is a person: an object clitic before them may stand for someone named.
PERSON_OBJECT_VERBS = {"accueillir", "recevoir", "rencontrer", "inviter", "remercier", "féliciter", "convier",
                       "convoquer", "interroger", "auditionner", "expulser"}  # (summoned, questioned, expelled)
WHERE_PREPOSITIONS = {"à", "au", "aux", "en", "dans"}  # a place after them is where something is or goes
REPLY_VERBS = {"répondre", "répliquer", "rétorquer", "riposter"}  # the dative is who spoke before
RECEIVING_VERBS = {"accueillir", "recevoir", "héberger"}  # the subject is the host of the object
RECEPTION_REACH = 3  # sentences back to the reception a `son hôte` opening a sentence takes up
# Verbs whose `à` complement is an event, a text or an idea, never a place: `y` with them stands for that
# (`pourrait y assister`: the summit; `appelé à y renoncer`: the contract), not for the place last named.
NOT_PLACE_Y_VERBS = {"assister", "participer", "renoncer", "répondre", "réfléchir", "penser", "songer", "consentir",
                     "contribuer", "veiller", "remédier", "croire", "souscrire", "adhérer", "s'opposer", "opposer",
                     "s’opposer", "parvenir", "associer", "prendre part", "faire face", "mettre fin", "réagir",
                     "recourir", "résister", "succomber", "obéir", "nuire", "pallier", "œuvrer", "céder",
                     "mettre terme", "donner suite", "faire allusion", "faire référence", "porter atteinte",
                     "prêter attention"}
# With a reflexive clitic these take a thing too (`s'y engager`, `s'y attendre`); without it they may take a place
# (`y attaquer un convoi`, `y tenir une réunion`).
REFLEXIVE_NOT_PLACE_Y_VERBS = {"opposer", "attendre", "engager", "attaquer", "préparer", "résoudre", "intéresser",
                               "habituer", "employer", "associer", "conformer", "tenir", "refuser", "résigner"}
RELATIVE_WORDS = {"dont", "où", "que", "qu'", "qu’", "laquelle", "lequel", "auquel", "à", "de", "duquel"}
COLLECTIVE_ACTORS = {"délégation", "coalition", "alliance", "compagnie", "banque", "entreprise", "société", "agence",
                     "armée", "marine", "police", "justice", "présidence", "administration", "commission", "opposition"}
# Nouns of a building or a site: `y` after one of them stands for it (see _place_noun_nearer); not those of a
# settlement or a region (`à Nemuro, la ville la plus proche, pour y rencontrer`), which its name names.
SITE_NOUNS = {
    "ambassade", "consulat", "bâtiment", "immeuble", "palais", "siège", "usine", "site", "centrale", "base", "camp",
    "prison", "colonie", "zone", "salle", "aéroport", "gare", "port", "hôpital", "école", "stade", "parlement",
    "enceinte", "complexe", "quartier", "chantier", "mine", "cosmodrome", "caserne", "résidence", "hôtel", "musée",
    "cathédrale", "église", "monastère", "cimetière", "mémorial", "frontière", "plateforme", "laboratoire",
    "centre", "tribunal", "ministère", "marché", "université", "maison", "bureau", "bureaux", "locaux",
    # features of sea or land the article places things at (`autour du récif ... y bâtir une piste`)
    "récif", "récifs", "banc", "bancs", "atoll", "îlot", "îlots", "haut-fond", "hauts-fonds", "gisement", "terrain"}
# Prepositions of place or company after which `lui` may be the clause's own subject (`Il a emmené avec lui`).
REFLEXIVE_PREPOSITIONS = {"avec", "chez", "sur", "autour", "derrière", "devant", "près", "sous", "vers", "auprès",
                          "parmi", "dans"}
REFLEXIVE_CLITICS = {"se", "s'", "s’", "me", "m'", "m’", "nous", "vous"}
AVOIR_FORMS = {"a", "avait", "aura", "aurait", "ait", "eut", "avoir"}
CLAUSE_MARKS = {"lorsque", "quand", "lorsqu'", "si", "comme", "puisque", "alors"}
IMPERSONAL_VERBS = {"agir", "falloir", "sembler", "paraître", "pleuvoir", "rester", "suffire"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
ACTOR_DEPS_OF_PAYS = {"nsubj", "nsubj:pass", "obl:agent"}  # who acts in a clause that holds `le pays`
# Nouns of what a state does, or of its forces, whose `de` complement is the state that acts there (`le soutien de
# Moscou aux séparatistes de l'est du pays`: `le pays` is another one); not the nouns of a person (`l'ambassadeur
# de Chine ... la position du pays` may be his own country).
STATE_ACT_NOUNS = ACT_NOUNS | {"soutien", "appui", "aide", "troupes", "forces", "soldats", "ingérence", "pressions",
                               "sanctions", "menaces", "présence", "frappes", "bombardements"}
CLAUSE_DEPS = {"ccomp", "advcl", "xcomp", "acl", "acl:relcl", "csubj", "parataxis"}  # a verb heading a clause
SUBORDINATE_DEPS = {"acl:relcl", "advcl"}  # clauses whose pronoun subject is the holding clause's subject
MAIN_CLAUSE_DEPS = {"ROOT", "conj", "parataxis"}
ACCEPTED_GENDERS = {"Masc": ("Masc", None), "Fem": ("Fem",)}  # a person's marked gender a pronoun may take
CIVILITY_GENDER = {"m": "Masc", "monsieur": "Masc", "mme": "Fem", "madame": "Fem", "mlle": "Fem",
                   "mademoiselle": "Fem"}
# French country names ending in a mute -e are feminine (la Russie, l'Ukraine), the others masculine (le Japon,
# l'Iran), those in -s plural (les États-Unis, les Pays-Bas); these are the exceptions.
MASCULINE_IN_E = {"mexique", "cambodge", "mozambique", "zimbabwe", "belize", "zaire"}
SINGULAR_IN_S = {"laos", "belarus", "honduras", "salvador"}
PRONOUN_SUBJECT_DEPS = SUBJECT_DEPS | {"expl:subj"}  # the tagger calls some personal `il` expletive

# Nouns that name a person by their pair with another (`son homologue`, `son hôte`): persons, when unresolved.
COUNTERPART_NOUNS = frozenset({"homologue", "hôte", "invité", "interlocuteur"})


# `, un Embraer`: a thing's phrase, a comma, then `un` or `une` before a model's name
MODEL_APPOSITION = re.compile(r"\s*,\s*((?:un|une)\s+)")
ELIDED_ARTICLE = re.compile(r"(?:l['’]|le\s+|la\s+)$", re.IGNORECASE)


def _article_before(text: str, start: int) -> int:
    """`l'Il-38`: the start of the definite article right before a model's name, else the name's start."""
    found = ELIDED_ARTICLE.search(text[max(0, start - 4):start])
    return start - len(found.group(0)) if found else start


@dataclass
class Resolver:
    kb: KnowledgeBase
    doc: Doc
    entities: Entities
    mentions: list[Mention]

    def __post_init__(self) -> None:
        self.country_by_label = self.kb.countries_by_label()
        self.titles: dict[str, set[str]] = {}  # titles the article gives people (folded) -> their entities
        self.withheld_gender: dict[int, str | None] = {}  # pronouns that stand for someone not linked -> gender
        self.quotes = _quote_spans(doc_text(self.doc))  # (start, end) of each «...»
        # the text with straight apostrophes, which the patterns of titles and roles are written for, made once:
        # same length and offsets as the text (one character for one)
        self.straight_text = doc_text(self.doc).replace("’", "'")
        # every role noun of the text, found once: the three passes of `role_mentions` read the same matches
        self.role_matches = list(ROLE_PATTERN.finditer(self.straight_text))
        # the gender each span marks, read once: the person's gender is asked for every pronoun and role, and the
        # mark depends only on the span's words (a long text asked it of the same spans millions of times)
        self._gender_marks: dict[tuple[int, int, str], str | None] = {}

    # --- what came before -------------------------------------------------------------------------------
    def _before(self, offset: int, type_: str, local: bool = False) -> Iterator[Mention]:
        """Mentions of this type ending before ``offset``, the nearest first; of local entities too when
        ``local`` (a person the knowledge base does not hold still takes the pronouns that follow)."""
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            known = self.kb.get(mention.entity) is not None or (local and mention.entity in self.entities.by_id)
            if mention.end <= offset and mention.type == type_ and known:
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
            # a country's office holder is one of its citizens; an organisation's, one of its own offices
            nations = {country} if self.kb.get(country) and self.kb.get(country).type == "country" else set()
            holders = [h for h in holders if h in in_label or nations & set(self.kb.get(h).claim("P27"))]
            if not holders and prefixes == ("président",):  # a head of state, not a spokesman or a minister
                return self._sole_compatriot(country, offset)
            if not holders:  # `le chef de la diplomatie chinoise` after `le ministre chinois ... Wang Yi`: titled so
                return self._titled_compatriot(prefixes, country, offset) or self._local_leader(
                    country, offset, frozenset({fold(p.split()[0]) for p in prefixes} | {"chef", "cheffe"}), bare=False,
                    kind=office_kind(prefixes))
            return holders[0] if len(holders) == 1 else None
        recent = [m.entity for m in self._before(offset, "person") if m.entity in holders]
        return recent[0] if recent else None

    def _sole_compatriot(self, country: str, offset: int) -> str | None:
        """`le président chinois` when the knowledge base knows no Chinese presidency: the one person of that
        nationality (wdt:P27) the article has named so far, if the knowledge base gives them no position (a
        known position would be another office). Only for presidents: a spokesman or a minister is rarely
        the one compatriot an article names, a head of state usually is."""
        named = {m.entity for m in self._before(offset, "person") if m.kind == "name"}
        fellow = [q for q in named if country in self.kb.get(q).claim("P27") and not self.kb.get(q).claim("P39")]
        if fellow:
            return fellow[0] if len(fellow) == 1 else None
        return self._local_leader(country, offset)

    def _local_leader(self, country: str, offset: int, heads: frozenset[str] = LEADER_TITLES,
                      bare: bool = True, kind: str | None = None) -> str | None:
        """`M. Zelensky a lancé, aux côtés du dirigeant américain`, after `reçu par Joe Biden`: with no compatriot
        the knowledge base holds, the head of state named so far among the people it does not hold. One the article
        titled as a leader of that country (`le président sud-coréen Yoon Suk Yeol`) is meant; else the one such person
        it gave no title nor nationality at all (a leader named bare, no spokesman nor envoy: `le porte-parole X` is
        no president), not the subject of the role's clause (`X a reçu le président chinois`: X receives him). None
        when several fit (French does not say), or when someone the knowledge base holds is of that country (a
        compatriot it knows no office of may be meant). ``heads``: the first words of the role's titles; ``kind``: the
        kind of office the role names, which another title may name too (`le secrétaire d'État américain` is `le chef
        de la diplomatie américaine`); ``bare``: may a person the article gave no title be meant (a leader; not a
        minister nor a spokesman, who are many)."""
        people = list(dict.fromkeys(m.entity for m in self._before(offset, "person", local=True) if m.kind == "name"))
        if any(self.kb.get(q) is not None and country in self.kb.get(q).claim("P27") for q in people):
            return None
        # not the subject of its own clause (`X a reçu le président chinois`: X receives him, X is not him)
        here = span_root(self.doc, offset, offset + 1)
        people = [q for q in people if q not in self._clause_subjects(here, offset)]
        titled, untitled = [], []
        for entity in (q for q in people if self.kb.get(q) is None):
            titles = self._local_titles(entity, offset)
            countries = self._title_countries(titles)
            if not titles:
                untitled.append(entity)
            elif countries == {country} and all(fold(t.split()[0]) in heads or (
                    kind is not None and office_kind([t]) == kind) for t in titles):
                titled.append(entity)
        if titled or not bare:
            return titled[0] if len(titled) == 1 else None
        return untitled[0] if len(untitled) == 1 else None

    def _clause_subjects(self, here: Token | None, offset: int) -> set[str]:
        """The persons who are the subjects of the clause of a role noun at ``here`` (`X a reçu le président
        chinois`) or of a clause above it in its sentence (`X est arrivée à Pékin, où le président chinois doit la
        recevoir`), each coordinated subject too (`X et Y ont rencontré le président chinois`): who acts on the role's
        holder, not the holder. A subject `il`/`elle` stands for the last person who was a subject before the
        sentence (`X est arrivée à Pékin. Elle doit rencontrer le président chinois`)."""
        verb = here.head if here is not None else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        found: set[str] = set()
        seen = 0
        while verb is not None and seen < 4:
            for c in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < here.i):
                for word in (c, *(j for j in c.children if j.dep_ == "conj")):
                    mention = self._subject_mention(word)
                    if mention is None and word.lower_ in PRONOUNS:
                        start = sentence_of(word).start_char
                        mention = next((m for m in self._before(start, "person", local=True) if m.start >= start - 400
                                        and self._is_subject(m)), None)
                    if mention is not None:
                        found.add(mention.entity)
            if verb.head.i == verb.i:
                break
            verb, seen = verb.head, seen + 1
        return found

    def _local_titles(self, entity: str, offset: int) -> list[str]:
        """The titles the article gives a person before ``offset`` (folded): right before or after a name of theirs
        (`le président ukrainien, X`, `X, porte-parole du Kremlin`) and the role phrases that name them; not a relation
        to someone (`son hôte`), which says no office."""
        text = self.straight_text
        found = []
        for mention in (m for m in self.mentions if m.entity == entity and m.end <= offset):
            if mention.kind == "name":
                before = self._title_before(text, mention.start)
                after = APPOSED_TITLE.match(text, mention.end)
                found += [before.group("title")] if before is not None else []
                found += [after.group("title")] if after is not None and is_person_noun(
                    after.group("title").split()[0]) else []
            elif mention.kind == "nominal":
                words = LEADING_DETERMINER.sub("", text[mention.start:mention.end]).strip()
                if words and words.split()[0].lower() not in COUNTERPART_NOUNS:
                    found.append(words)
        return [t.strip().lower() for t in found if t.strip()]

    def _titled_compatriot(self, prefixes: tuple[str, ...], country: str, offset: int) -> str | None:
        """`le chef du gouvernement japonais` when the knowledge base gives no holder: the one citizen of that
        country (wdt:P27) the article has already called by such an office (`Le Premier ministre japonais, X`)."""
        kind = office_kind(prefixes)  # `le ministre russe de la Défense` is a `ministre de la défense`
        titled = {m.entity for m in self._before(offset, "person") if m.kind == "nominal"
                  and (fold(doc_text(self.doc)[m.start:m.end]).replace("’", "'").split(" ", 1)[-1].startswith(
                      tuple(fold(p) for p in prefixes)) or (kind and office_kind(
                          [doc_text(self.doc)[m.start:m.end]]) == kind))
                  and country in self.kb.get(m.entity).claim("P27")}
        return titled.pop() if len(titled) == 1 else None

    def _sole_minister(self, country: str, offset: int) -> str | None:
        """`le chef de la diplomatie russe, Sergueï Lavrov, ... Le ministre russe doit regagner Moscou`: the one citizen
        of that country the article named before whom it titled a minister (`ministre ...`, `chef de la diplomatie`)
        or the knowledge base gives a minister's position; None when no one or several are."""
        found = set()
        for entity in dict.fromkeys(m.entity for m in self._before(offset, "person")):
            person = self.kb.get(entity)
            if country not in person.claim("P27") or self._formerly_titled(entity, offset):
                continue
            if self._titled_minister(entity, offset):
                found.add(entity)
        return found.pop() if len(found) == 1 else None

    def _title_countries(self, titles: list[str]) -> set[str | None]:
        """The countries the demonyms of these titles name (`le président sud-coréen`: South Korea)."""
        return {self.country_by_label.get(fold(c)) for t in titles for w in t.split()
                if (c := demonym_country(w.strip(",")))}

    def _sole_local_minister(self, country: str, offset: int) -> str | None:
        """`Le chef de la diplomatie chinoise, Wang Yi, ... Le ministre chinois a rencontré`: with no minister the
        knowledge base holds, the one person it does not hold whom the article titled a minister of that country
        (by the demonym of the title); None when no one or several are."""
        found = set()
        for entity in dict.fromkeys(m.entity for m in self._before(offset, "person", local=True) if m.kind == "name"):
            if self.kb.get(entity) is not None or self._formerly_titled(entity, offset):
                continue
            if self._title_countries(self._local_titles(entity, offset)) == {country} and self._titled_minister(
                    entity, offset):
                found.add(entity)
        return found.pop() if len(found) == 1 else None

    def _titled_minister(self, entity: str, offset: int) -> bool:
        """Did the article, before ``offset``, title this person a minister (`ministre ...`, `chef de la
        diplomatie`), or does the knowledge base give them a minister's position?"""
        titles = self._local_titles(entity, offset)
        person = self.kb.get(entity)
        positions = [self.kb.get(p) for p in person.claim("P39")] if person is not None else []
        return any(fold(t).startswith("ministre") or office_kind([t]) in MINISTER_KINDS for t in titles) or any(
            p is not None and fold(p.label("fr")).startswith("ministre") for p in positions)

    def _last_country(self, offset: int) -> str | None:
        """The country last mentioned, by its name or by its capital standing for it."""
        return next((m.entity for m in self._before(offset, "country")), None)

    def _counterpart(self, offset: int, country: str | None) -> str | None:
        sentence = self._sentence_start(offset)
        subject = next((m.entity for m in sorted(self.mentions, key=lambda m: m.start)
                        if m.type == "person" and sentence <= m.start < offset), None)
        kind = office_kind(self._titles_of(subject)) if subject is not None and country is not None else None
        if kind is not None:  # `son homologue russe` of a secretary of state: Russia's foreign minister
            return self._holder_of_kind(kind, country, offset)
        for mention in self._before(offset, "person"):
            entity = self.kb.get(mention.entity)
            if mention.entity != subject and (country is None or (entity and country in entity.claim("P27"))):
                return mention.entity
        return None

    def _possessor_unknown(self, offset: int) -> bool:
        """Is whose counterpart it is, or the office they hold, not known yet: a subject pronoun no mention holds
        stands before ``offset`` in its sentence, or a name whose title (`Le ministre de la Défense, X,`) the
        later steps read?"""
        sentence = self._sentence_start(offset)
        text = doc_text(self.doc)[sentence:offset]
        found = [sentence + m.start() for m in SUBJECT_PRONOUN.finditer(text)]
        titled = TITLE_OPENING.match(text) is not None
        return titled or any(not self._covered(at, at + 1) for at in found)

    def _titles_of(self, entity_id: str) -> list[str]:
        """The titles a person has: their positions in the knowledge base (wdt:P39), their descriptions in the
        article (`le secrétaire d'État`) and the titles it gives them (`X, ministre de la Défense`)."""
        entity = self.kb.get(entity_id)
        positions = [self.kb.get(p) for p in (entity.claim("P39") if entity is not None else ())]
        described = [doc_text(self.doc)[m.start:m.end] for m in self.mentions
                     if m.entity == entity_id and m.kind == "nominal"]
        learned = [title for title, holders in self.titles.items() if entity_id in holders]
        return [*(p.label("fr") for p in positions if p is not None), *described, *learned]

    def _holder_of_kind(self, kind: str, country: str, offset: int) -> str | None:
        """Who holds this kind of office in this country, by the knowledge base's positions (the head of
        state by wdt:P35 too); None when it does not say (a local person then, never a guess)."""
        if kind == "head of state" and self.kb.head_of_state(country):
            return self.kb.head_of_state(country)
        return self._office_holder(position_prefixes(kind), country, offset)

    def _possessing_state(self, offset: int) -> str | None:
        """`Pékin présente la visite de son président`, `Poutine a limogé son ministre de la Défense`: the
        state a possessive's clause has for subject (by its name or its capital), or the one nationality
        (wdt:P27) of a person subject, whose office the role is. None when the subject is neither, or when
        another person or state is named between it and the possessive (`X a reçu Y et son ministre`: Y's)."""
        possessive = span_root(self.doc, offset, offset + 1)
        head = possessive.head if possessive is not None else None
        for _ in range(5):
            if head is None:
                return None
            subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < possessive.i), None)
            if subject is not None:
                return self._state_of(mention_of_token(self.mentions, subject), offset)
            if head.head.i == head.i or head.dep_ in SUBORDINATE_DEPS:
                return None
            head = head.head
        return None

    def _state_of(self, subject: Mention | None, offset: int) -> str | None:
        if subject is None or any(subject.end <= m.start < offset and m.type in ("person", "country")
                                  and m.entity != subject.entity for m in self.mentions):
            return None
        entity = self.kb.get(subject.entity)
        nationality = entity.claim("P27") if entity is not None and subject.type == "person" else ()
        if subject.type == "country":
            return subject.entity
        return nationality[0] if len(nationality) == 1 else None

    def _host_of_subject(self, offset: int) -> str | None:
        """`X a offert à son hôte`: the person who received X, by the last verb of receiving before it whose
        guest is X or a pronoun (`Y a accueilli X`, `X a été reçu par Y`, `il a été accueilli par Y`); with no
        such reception, the one person other than X named so far. Two people compete: unresolved."""
        here = span_root(self.doc, offset, offset + 1)
        subject = self._possessor_subject(here, offset)
        if subject is None:  # `Il a offert à son hôte`: whose host is not known yet; `Son hôte a assuré`: the one who
            return self._last_reception(here)[0] if self._opens_sentence(here) else None  # received, just told
        return self._other_party_received(here, offset, subject, self._reception_host)

    def _opens_sentence(self, possessive: Token | None) -> bool:
        """`Son hôte a assuré ...`, `« ... », a déclaré son hôte`: no one before the possessive in its sentence, out of
        quotes, whose host or guest it could be (its phrase the subject, opening the sentence or inverted after a
        quote)."""
        if possessive is None:
            return False
        sentence = sentence_of(possessive)
        before = [t for t in self.doc[sentence.start:possessive.i] if not any(a <= t.idx < b for a, b in self.quotes)]
        return not any(t.pos_ in ("PROPN", "PRON", "NOUN") for t in before)

    def _last_reception(self, here: Token | None) -> tuple[str | None, str | None]:
        """(host, guest) of the last clause of receiving in the few sentences before ``here`` (`X a été reçu par Y`,
        `Y a accueilli X`): the people a `son hôte`, `son invité` opening a sentence are, when both are named."""
        if here is None or sentence_of(here).start == 0:
            return None, None
        first = sentence_of(here).start
        for _ in range(RECEPTION_REACH):
            if first > 0:
                first = sentence_of(self.doc[first - 1]).start
        for token in reversed(self.doc[first:sentence_of(here).start]):
            if token.lemma_ not in RECEIVING_VERBS or token.pos_ != "VERB":
                continue
            if _participle_clause(token):
                host, guest = self._participle_reception(token)
            else:
                host, deps, side = self._clause_reception(token)
                guest = next((m for c in token.children if c.dep_ in deps and (m := self._subject_mention(c))
                              is not None and m.type == "person"), None) or side
            if host is not None and guest is not None and host.type == guest.type == "person" and (
                    host.entity != guest.entity):
                return host.entity, guest.entity
            return None, None
        return None, None

    def _guest_of_subject(self, offset: int) -> str | None:
        """`X a assuré son invité`: the person X received, by the last verb of receiving before it whose host is
        X (`X a reçu Y`, `Y a été reçu par X`); with no such reception, the one person other than X named so far.
        Not the last person named: `son invité` is who came to X, not whoever the story named last."""
        here = span_root(self.doc, offset, offset + 1)
        if here is not None and not doc_text(self.doc)[offset:offset + 4].lower().startswith(("son", "sa ", "leur")):
            return self._last_received(here)  # `L'invité a salué`: who was received, whoever received them
        guest = self._last_reception(here)[1] if self._opens_sentence(here) else None
        if guest is not None:
            return guest  # `X a reçu Y. Son visiteur a salué`: Y
        # `Son invité a, lui, salué`: no one before it in its clause; its possessor is the person named last
        host = self._possessor_subject(here, offset) or next(
            (m.entity for m in self._before(offset, "person", local=True)), None)
        if host is None:
            return None
        return self._other_party_received(here, offset, host, self._reception_guest)

    def _last_received(self, here: Token) -> str | None:
        """`X a accueilli Y. L'invité a salué`: the person received in the last clause of receiving before ``here``
        that names who receives; None when none says (not the last person named, who may be the host)."""
        for token in reversed(self.doc[:here.i]):
            if token.lemma_ in RECEIVING_VERBS and token.pos_ == "VERB":
                host = self._participle_reception(token)[0] if _participle_clause(token) else (
                    self._clause_reception(token)[0])
                if host is not None and host.type == "person":
                    return self._reception_guest(token, host.entity)
        return None

    def _other_party_received(self, here: Token | None, offset: int, person: str,
                              other_party: Callable[[Token, str], str | None]) -> str | None:
        """Who was on the other side of ``person`` (``other_party`` reads one clause) in the last verb of receiving
        before ``here`` that says; with none, the one person other than them named so far (people the knowledge
        base does not hold compete too)."""
        for token in reversed(self.doc[:here.i] if here is not None else []):
            if token.lemma_ in RECEIVING_VERBS and token.pos_ == "VERB":
                found = other_party(token, person)
                if found is not None:
                    return found
        others = {m.entity for m in self._before(offset, "person", local=True) if m.entity != person}
        return others.pop() if len(others) == 1 else None

    def _reception_guest(self, verb: Token, host: str) -> str | None:
        """Who is received in this clause, when who receives is ``host``: the mirror of :meth:`_reception_host`."""
        if _participle_clause(verb):
            agent, said = self._participle_reception(verb)
            fits = agent is not None and agent.entity == host and said is not None and said.type == "person"
            return said.entity if fits and said.entity != host else None
        receiver, guest_deps, guest_side = self._clause_reception(verb)
        # the first word in the guest's slot that names a person (`a reçu jeudi X`: the parser may take the day
        # for an object too)
        guests = [m for c in verb.children if c.dep_ in guest_deps and (m := self._subject_mention(c)) is not None]
        guest = next((m for m in guests if m.type == "person"), None) or guest_side
        if receiver is None or receiver.entity != host or guest is None or guest.type != "person":
            return None
        return guest.entity if guest.entity != host else None

    def _possessor_subject(self, possessive: Token | None, offset: int) -> str | None:
        """Whose `son hôte` it is: the person subject of the clause the possessive stands in (up through the
        verbs that hold it: `X doit signer avec son hôte`), not a person of a participle clause before it
        (`Accueilli par Y, X ...`: X); with no such subject, the first person its sentence names."""
        head = possessive.head if possessive is not None else None
        for _ in range(4):
            if head is None:
                break
            subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < possessive.i), None)
            found = self._subject_mention(subject) if subject is not None else (
                self._adjacent_subject(head) if head.pos_ == "VERB" else None)  # `X a évoqué`, X lost by the parse
            if found is not None and found.type == "person":
                return found.entity
            if head.head.i == head.i or head.dep_ in SUBORDINATE_DEPS:
                break
            head = head.head
        sentence = self._sentence_start(offset)
        return next((m.entity for m in sorted(self.mentions, key=lambda m: m.start)
                     if m.type == "person" and sentence <= m.start < offset), None)

    def _participle_reception(self, verb: Token) -> tuple[Mention | None, Mention | None]:
        """(who receives, who is received) in a participle clause (`Accueilli par Y, X a ...`): the agent, and the
        subject of the clause it hangs from (else the next other person named)."""
        agent = next((self._subject_mention(c) for c in verb.children if c.dep_ == "obl:agent"), None)
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        return agent, self._subject_mention(subject) if subject is not None else self._next_other_person(verb, agent)

    def _clause_reception(self, verb: Token) -> tuple[Mention | None, tuple[str, ...], Mention | None]:
        """In an active or passive clause of receiving: who receives (by the parse, else the person named before an
        active verb, after a passive one), the dependencies of who is received, and the person named on the
        received one's side of the verb."""
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        host_deps, guest_deps = (("obl:agent",), ("nsubj:pass",)) if passive else (("nsubj",), ("obj",))
        before, after = self._person_around(verb, before=True), self._person_around(verb, before=False)
        host = next((self._subject_mention(c) for c in verb.children if c.dep_ in host_deps), None) or (
            after if passive else before)
        return host, guest_deps, before if passive else after

    def _reception_host(self, verb: Token, guest: str) -> str | None:
        """Who receives in this clause, when who is received is ``guest`` or an unresolved pronoun. By the
        parse, else by the order of words (the person named before the verb of an active clause receives the
        one named after it; a passive clause, the other way round). A participle clause (`Accueilli par Y, X
        a ...`) is passive and its guest is the subject of the clause it hangs from."""
        if _participle_clause(verb):
            host, said = self._participle_reception(verb)
            fits = host is not None and host.type == "person" and said is not None and said.entity == guest
            return host.entity if fits and host.entity != guest else None
        host, guest_deps, guest_side = self._clause_reception(verb)
        guest_word = next((c for c in verb.children if c.dep_ in guest_deps), None)
        said = self._subject_mention(guest_word) if guest_word is not None else guest_side
        if host is None or host.type != "person" or host.entity == guest:
            return None
        pronoun = said is None and guest_word is not None and guest_word.pos_ == "PRON"
        return host.entity if pronoun or (said is not None and said.entity == guest) else None

    def _next_other_person(self, verb: Token, host: Mention | None) -> Mention | None:
        """The first person its sentence names after a participle, other than its agent (`Reçu par Y, X a`: X),
        when the parser did not hang the participle from X's clause."""
        sentence = sentence_of(verb)
        return next((m for m in sorted(self.mentions, key=lambda m: m.start) if m.type == "person"
                     and verb.idx < m.start < sentence.end_char and (host is None or m.entity != host.entity)), None)

    def _person_around(self, verb: Token, before: bool) -> Mention | None:
        """The person named nearest the verb in its sentence, before or after it."""
        sentence = sentence_of(verb)
        found = [m for m in self.mentions if m.type == "person" and sentence.start_char <= m.start < sentence.end_char
                 and (m.end <= verb.idx if before else m.start > verb.idx)]
        return (max if before else min)(found, key=lambda m: m.start) if found else None

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
            said = country is not None
            country = country or self._last_country(offset)
            leader = self.kb.head_of_state(country) if country else None
            # `le numéro un chinois` when the knowledge base knows no Chinese head of state: as `le président`
            return leader or (self._sole_compatriot(country, offset) if said else None)
        if kind == "counterpart":
            return self._counterpart(offset, country)
        if kind == "host":
            return self._host(offset, country) if country else self._host_of_subject(offset)
        if kind == "guest":
            return self._counterpart(offset, country) if country else self._guest_of_subject(offset)
        if kind == "minister":
            return (self._titled_compatriot(prefixes, country, offset) or self._sole_minister(country, offset)
                    or self._sole_local_minister(country, offset)) if country else None
        if kind == "organisation head":
            return self._organisation_head(country) if country else None
        if kind == "seat":
            return (self.kb.head_of_state(country) or self._organisation_head(country)) if country else None
        if kind == "interlocutor" and country is None:
            return self._interlocutor(offset)
        return None

    def _organisation_head(self, organisation: str) -> str | None:
        """`le chef de l'ONU`: the one holder of the one head office (a position whose label starts with a head
        title) whose label names the organisation (`secrétaire général des Nations unies`)."""
        entity = self.kb.get(organisation)
        if entity is None or entity.type != "organization":
            return None
        names = [fold(n) for n in entity.names() if len(n) > 3] + [fold(entity.label("fr")).removeprefix(
            "organisation des ")]
        offices = [p for p in self.kb.of_type("position") if fold(p.label("fr")).startswith(HEAD_TITLES)
                   and any(re.search(rf"\b{re.escape(n)}$", fold(p.label("fr"))) for n in names)]
        holders = {h for p in offices for h in self.kb.holders(p.qid)}
        return holders.pop() if len(offices) == 1 and len(holders) == 1 else None

    def _interlocutor(self, offset: int) -> str | None:
        """`son interlocuteur`: whom the possessor (the last person who was a subject) talked with, the one other
        person named in the sentences before (the possessive's own sentence names sources, not partners: `Selon
        un responsable, son interlocuteur a répondu`). Two candidates: unresolved."""
        own = self._sentence_start(offset)
        before = [m for m in self._before(own, "person", local=True) if m.start >= own - 700]
        possessor = next((m.entity for m in before if self._is_subject(m)), None)
        # someone new the article brings in unnamed (`un cadre japonais`) is nobody's partner in talks
        others = {m.entity for m in before if m.entity != possessor and not _unnamed_newcomer(m)}
        found = others.pop() if len(others) == 1 and possessor is not None else None
        return found if found is not None and self.kb.get(found) is not None else None

    def _qualifier(self, role_end: int) -> Mention | None:
        """`de l'ONU`, `du Kremlin`, `de la Russie` right after a role: whose office it is."""
        gap = re.match(r"\s+(?:de la |de l'|de l’|du |des |de )", doc_text(self.doc)[role_end:role_end + 8])
        if not gap:
            return None
        start = role_end + gap.end()
        # a description the knowledge base knows holds its article (`de la diplomatie russe`)
        return next((m for m in self.mentions if role_end < m.start <= start and m.type in ("country", "organization")),
                    None)

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
        found: str | None = target.entity
        for prop in ROLES[match.group("role").lower()][1]:  # `grand-père`: the father's father
            entity = self.kb.get(found) if found else None
            values = entity.claim(prop) if entity is not None else ()
            found = values[0] if len(values) == 1 else None
        return found, target.end

    def _covered(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions)

    def _next_name(self, end: int) -> Mention | None:
        """`le secrétaire général Antonio Guterres`: the name right after the role."""
        return next((m for m in self.mentions if end <= m.start <= end + 3 and m.kind == "name"
                     and doc_text(self.doc)[end:m.start].strip() in ("", ",")), None)

    def _name_after_rank(self, end: int) -> Mention | None:
        """`son ministre des Affaires étrangères, le prince Fayçal ben Farhane,`: the person named after a rank or a
        civility set off by a comma after a role, and closed by one (the role is that person, whoever holds it in the
        knowledge base); not `Devant le président russe, M. Guterres a réaffirmé`, the subject after a fronted
        phrase."""
        text = doc_text(self.doc)
        return next((m for m in self.mentions if end < m.start <= end + 20 and m.kind == "name" and m.type == "person"
                     and _rank_before_name(text[end:m.start]) and _closed(text, m.end)), None)

    def role_mentions(self, relations: bool, last: bool = False) -> None:
        """Role nouns; a counterpart whose possessor is not known yet (`Ce dernier a appelé son homologue`, the
        pronoun resolved later) waits for the ``last`` pass."""
        for match in self.role_matches:
            role = match.group("role").lower()
            if (ROLES[role][0] == "relation") != relations or self._not_now(match, relations, last) or (
                    not relations and self._leaning_leader(match)):  # (read and added there)
                continue
            if ROLES[role][0] == "counterpart" and not last and self._possessor_unknown(match.start()):
                continue
            if ROLES[role][0] == "minister" and not relations and self._unknown_state_minister(match):
                continue  # `le ministre iranien des Affaires étrangères`: a local person, read here
            if ROLES[role][0] == "minister" and not relations and last and self._bare_minister(match):
                continue  # `a déclaré le ministre`: the one minister the article titled before, read here
            if ROLES[role][0] == "minister" and (match.group("det").lower() not in POSSESSIVES | {"le", "la"} or (
                    match.group("det").lower() in ("le", "la") and not self._said_minister(match)) or OF_AFTER.match(
                    doc_text(self.doc), match.end("role"))):
                continue  # `le ministre`, `son ministre de l'Intérieur`: another office, read elsewhere
            country_label = nationality_label(match.group("demonym"))
            end = match.end() if country_label else match.end("role")
            country = None
            if relations:
                qid, end = self._relation(match)
            else:
                qid, country, end = self._role_holder(match, role, country_label, end)
                end = self._title_end_before_name(end)  # `le président de la commission électorale, X,`: X
                end = _deposed_end(doc_text(self.doc), end) if qid is not None and not country_label else end
            apposed = None if relations else self._apposed_person(match.start(), end)
            qid = apposed or qid  # `Nebenzia, l'ambassadeur russe à l'ONU,`: him, whoever holds the office
            start = match.start("role") if match.group("det").lower() in FUSED else match.start()
            named = self._next_name(end) or self._name_after_rank(end)
            if named is not None and not relations:
                between = doc_text(self.doc)[end:named.start]
                set_off = between.strip() == "," or _rank_before_name(between)
                if not set_off or not _closed(doc_text(self.doc), named.end):
                    continue  # `le secrétaire général Antonio Guterres`: a title before the name, not a mention;
                    # `avec le président, X a dit`: an opening phrase, not an apposition
                qid = named.entity  # `son homologue russe, Vladimir Poutine`; a local person too
            elif qid is not None and not relations and qid != apposed and not self._gender_fits_role(qid, match):
                continue  # `la porte-parole` and a man: someone else, whom the article does not say
            unnamed = qid is None and not relations and self._unnamed_holder(match, end, country or country_label)
            if (qid is None and not unnamed) or not self._claim_span(start, match.end("role"), end):
                continue
            qid = qid or self._local_holder(start, end)
            self._add_reference(start, end, qid, "nominal", named.type if named is not None else "person")

    def shared_out_role_mentions(self) -> None:
        """`Les présidents russe et chinois ont signé`, `les ministres japonais et sud-coréen des Affaires
        étrangères`: a plural office shared out among states by singular adjectives of nationality names one holder
        per state, each a party of its own; each part of the phrase (the first with the article and the noun, each
        other its adjective) is a mention of the holder the knowledge base knows for that state, when it knows all
        of them (none guessed: otherwise the group steps make what they make of the phrase)."""
        for noun in (t for t in self.doc if t.pos_ == "NOUN" and t.lower_.endswith(("s", "x"))):
            office = shared_out_office(noun)
            if office is None or office not in ROLES or ROLES[office][0] not in ("office", "leader"):
                continue
            adjectives = distributed_adjectives(noun)
            labels = [nationality_label(a.lower_) for a in adjectives]
            countries = [self.country_by_label.get(fold(label)) if label else None for label in labels]
            holders = [self.resolve_role(office, c, noun.idx) if c else None for c in countries]
            if ROLES[office][0] == "office":  # `le président chinois`: an office holder the article does not name
                head, _, rest = office.partition(" ")  # `ministre sud-coréen des affaires étrangères`
                holders = [h or (self._local_role_holder(f"{head} {a.lower_} {rest}".strip()) if label else None)
                           for h, a, label in zip(holders, adjectives, labels, strict=True)]
            if None in holders or len(set(holders)) != len(holders):
                continue
            spans = shared_out_spans(noun, adjectives)
            if any(m.start < spans[-1][1] and spans[0][0] < m.end for m in self.mentions):
                continue
            for (start, end), holder in zip(spans, holders, strict=True):
                self._add_reference(start, end, holder, "nominal", "person")

    def _role_holder(self, match: re.Match[str], role: str, country_label: str | None,
                     end: int) -> tuple[str | None, str | None, int]:
        """(the holder's QID or None, the country or organisation whose office it is, the role's end)."""
        country = self.country_by_label.get(fold(country_label)) if country_label else None
        if country_label is not None and country is None:
            # `le président mongol`, `la ministre française`: a state the knowledge base does not hold, whose
            # office no person it holds can have (not the last president named, who is another state's)
            titled = self._titled_local(role, match.group("demonym"), match.start())
            return titled, None, posting_end(doc_text(self.doc), role, end, self.mentions) or end
        qualifier = None if country else self._qualifier(match.end("role"))
        if qualifier is not None:
            country, end = self._qualifier_country(qualifier), qualifier.end  # `secrétaire général de l'ONU`
        if country is None and match.group("det").lower() in POSSESSIVES and ROLES[role][0] in STATE_ROLES:
            country = self._possessing_state(match.start())  # `Pékin ... son président`: China's
        holder = self.resolve_role(role, country, match.start())
        if holder is None and country is None and match.group("det").lower() not in POSSESSIVES and self._bare_role(
                match.end("role")):
            holder = self._sole_titled(role, match.start())  # `Le chef du gouvernement doit se rendre`
        return holder, country, end

    def _leaning_leader(self, match: re.Match[str]) -> bool:
        """`le dirigeant nationaliste`, `le président démocrate`, `la dirigeante conservatrice`: a head of state's or
        government's title with a political leaning for its only adjective describes a leader the article already
        named, not a new person: the first one it titled a head of state or government (the story's own leader,
        whom wire copy describes so to avoid repeating the name). True when the mention was added."""
        role = match.group("role").lower()
        if nationality_label(match.group("demonym")) or match.group("modifier") or (
                office_kind([role]) not in LEADER_KINDS) or match.group("det").lower() not in ("le", "la", "l'", "du"):
            return False
        text = doc_text(self.doc)
        leaning = LEANING.match(text, match.end("role"))
        if leaning is None or OF_AFTER.match(text, leaning.end()):
            return False
        leaders = [e for e in dict.fromkeys(m.entity for m in sorted(
            self._before(match.start(), "person", local=True), key=lambda m: m.start))
            if office_kind(self._local_titles(e, match.start())) in LEADER_KINDS]
        if not leaders or not self._gender_fits_role(leaders[0], match):
            return False
        start = match.start("role") if match.group("det").lower() in FUSED else match.start()
        if not self._claim_span(start, match.end("role"), leaning.end()):
            return False
        self._add_reference(start, leaning.end(), leaders[0], "nominal", "person")
        return True

    def _unknown_state_minister(self, match: re.Match[str]) -> bool:
        """`Le ministre iranien des Affaires étrangères a convoqué`, `la ministre hongroise de la Justice`: a minister
        of a state the knowledge base does not hold, by the adjective right after the noun and the portfolio after it
        (or none): a local person the article does not name, the same for the same words (no guessed QID). True when
        the mention was added."""
        label = nationality_label(match.group("demonym"))
        if label is None or self.country_by_label.get(fold(label)) is not None or match.group(
                "det").lower() not in ("le", "la", "l'"):
            return False
        text = doc_text(self.doc)
        portfolio = PORTFOLIO.match(text, match.end())
        end = portfolio.end() if portfolio else match.end()
        if portfolio is None and OF_AFTER.match(text, match.end()):
            return False  # `le ministre turc de l'époque`: no portfolio the words say
        named = self._next_name(end) or self._name_after_rank(end)
        if named is not None or not self._claim_span(match.start(), match.end("role"), end):
            return False  # `le ministre turc des Affaires étrangères, Hakan Fidan,`: the name's apposition, read apart
        holder = self._local_holder(match.start(), end) if portfolio else self._shortened_minister(match)
        if holder is None and portfolio is None and not self._ministers_titled(match):
            # `Le ministre nigérien a reçu`: the first minister of that state the article names, a local person
            holder = self._local_holder(match.start(), end)
        if holder is None:
            return False  # `la ministre turque` after two ministers of that state: no guess
        self._add_reference(match.start(), end, holder, "nominal", "person")
        return True

    def _bare_minister(self, match: re.Match[str]) -> bool:
        """`Le ministre turc des Affaires étrangères, Hakan Fidan, ... « ... », a déclaré le ministre`: `le ministre`
        or `la ministre` with nothing after it that says which (no nationality, no portfolio, no name) is the one
        person the article titled a minister before (or whom the knowledge base gives a minister's position), of
        the gender the article writes; no one or several: nothing (French does not say who). True when the mention
        was added."""
        if match.group("det").lower() not in ("le", "la") or match.group("modifier"):
            return False
        text, end = doc_text(self.doc), match.end("role")
        if nationality_label(match.group("demonym")) is not None or OF_AFTER.match(text, end) or not _ends_title(
                self.doc, end):
            return False
        found = set()
        for entity in dict.fromkeys(m.entity for m in self._before(match.start(), "person", local=True)):
            if self._formerly_titled(entity, match.start()) or not self._gender_fits_role(entity, match):
                continue
            if self._titled_minister(entity, match.start()):
                found.add(entity)
        if len(found) != 1 or not self._claim_span(match.start(), end, end):
            return False
        self._add_reference(match.start(), end, found.pop(), "nominal", "person")
        return True

    def _shortened_minister(self, match: re.Match[str]) -> str | None:
        """`Le ministre turc` after `le ministre turc de la Défense`: the one local minister of that state the article
        titled before with a portfolio; else None."""
        found = self._ministers_titled(match)
        return found.pop() if len(found) == 1 else None

    def _ministers_titled(self, match: re.Match[str]) -> set[str]:
        """The local ministers of the match's state the article titled before (with or without a portfolio)."""
        said = fold(LEADING_DETERMINER.sub("", match.group().replace("’", "'")).strip())
        return {m.entity for m in self._before(match.start(), "person", local=True)
                if (entity := self.entities.by_id.get(m.entity)) is not None
                and (fold(entity.label) + " ").startswith(said + " ")}

    def _said_minister(self, match: re.Match[str]) -> bool:
        """`Le ministre russe doit regagner Moscou`: a minister of a state the knowledge base holds, by the adjective
        right after the noun and nothing after it that says which ministry (`le ministre russe de la Défense`)."""
        label = nationality_label(match.group("demonym"))
        return (label is not None and self.country_by_label.get(fold(label)) is not None
                and not OF_AFTER.match(doc_text(self.doc), match.end()))

    def _not_now(self, match: re.Match[str], relations: bool, last: bool) -> bool:
        """`l'ancien président russe`: not who holds the office now (French does not say who), unless the article
        titled one person so before (`L'ancien Premier ministre`: read by `_former_holder_mention`)."""
        if (match.group("modifier") or "").lower() not in NOT_NOW:
            return False
        if not relations and not last:
            self._former_holder_mention(match)
        return True

    def _former_holder_mention(self, match: re.Match[str]) -> None:
        """`L'ancien Premier ministre pakistanais X a été condamné. L'ancien Premier ministre a dénoncé`: a former
        office's title (`ancien`, `ex-`), bare or with a nationality, is the one person the article named before
        after a former title of the same kind of office (and of that nationality when one is said); no one or
        several: nothing (French does not say who)."""
        if match.group("modifier").lower() not in ("ancien", "ancienne") or match.group("det").lower() not in (
                "le", "la", "l'", "du", "au") or OF_AFTER.match(doc_text(self.doc), match.end("role")):
            return
        role = match.group("role").lower()
        kind = office_kind([role]) if ROLES[role][0] in ("office", "leader") else None
        demonym = match.group("demonym")
        said = nationality_label(demonym) if demonym else None
        end = match.end() if said else match.end("role")
        if kind is None or not self._bare_role(end):
            return  # `l'ancien président de la commission`, `l'ancien président élu en 2019`: which one, not said
        end = _deposed_end(doc_text(self.doc), end)
        found = set()
        for mention in (m for m in self.mentions if m.kind == "name" and m.type == "person" and m.end <= match.start()):
            title = self._title_before(self.straight_text, mention.start)
            if title is None or not title.group("former") or office_kind([title.group("title")]) != kind:
                continue
            if said and fold(demonym) not in fold(title.group("title")).split():
                continue
            found.add(mention.entity)
        start = match.start("role") if match.group("det").lower() in FUSED else match.start()
        if len(found) == 1 and self._claim_span(start, match.end("role"), end):
            self._add_reference(start, end, found.pop(), "nominal", "person")

    def _bare_role(self, end: int) -> bool:
        """Does a role end its phrase at ``end`` (`Le chef du gouvernement doit`, `Le chef de l'État, dont`), with no
        complement, adjective, participle nor relative after it that would say which holder it means (`le dirigeant
        installé par Moscou`, `le président de la commission`)?"""
        text = doc_text(self.doc)
        if OF_AFTER.match(text, end):
            return False
        end = _deposed_end(text, end)  # `Le président renversé n'a pas démissionné`: the one who held the office
        span = self.doc.char_span(end, min(len(text), end + 40), alignment_mode="expand")
        following = next((t for t in span if not t.is_space), None) if span is not None else None
        if following is None or following.pos_ == "PUNCT":
            return following is not None and following.text in (",", ".", ";", ":")
        participle = "Part" in following.morph.get("VerbForm")
        return following.pos_ in ("AUX", "ADV") or (following.pos_ == "VERB" and not participle)

    def _sole_titled(self, role: str, offset: int) -> str | None:
        """`Le Premier ministre japonais, Fumio Kishida, a accepté ... Le chef du gouvernement doit se rendre`: a
        bare head's title (no country, no `de` after it) whose office the knowledge base gives no one the article
        names is the one person the article titled before with that kind of office (a head of government, a head
        of state, a foreign or defence minister); None when no one or several were (French does not say)."""
        kind = office_kind([role]) if ROLES[role][0] in ("office", "leader") else None
        if kind is None:
            return None
        found = set()
        for entity in dict.fromkeys(m.entity for m in self._before(offset, "person", local=True)):
            titles = [t for t in self._local_titles(entity, offset) if fold(t).split()[0] not in FORMER | NOT_NOW]
            if office_kind(titles) == kind and not self._formerly_titled(entity, offset):
                found.add(entity)
        return found.pop() if len(found) == 1 else None

    def _formerly_titled(self, entity: str, offset: int) -> bool:
        """`L'ancien Premier ministre japonais Shinzo Abe`: a mention of this person before ``offset`` comes after a
        title of what they were or will be (no longer or not yet the office's holder)."""
        text = self.straight_text
        return any(FORMER_TITLE.search(text, max(0, m.start - 60), m.start) for m in self.mentions
                   if m.entity == entity and m.end <= offset)

    def _titled_local(self, role: str, demonym: str, offset: int) -> str | None:
        """`Le chancelier allemand Olaf Scholz a ... Le chancelier allemand a déclaré`: the one person the knowledge
        base does not hold whom the article, before, titled with that nationality and that office (a leader's title,
        `le président serbe X`, for `le dirigeant serbe`); None when no one or several are (no guess)."""
        kind = ROLES[role][0]
        if kind not in ("office", "leader"):
            return None
        heads = LEADER_TITLES if kind == "leader" else {fold(role).split()[0]}
        found = set()
        for entity in dict.fromkeys(m.entity for m in self._before(offset, "person", local=True) if m.kind == "name"):
            if self.kb.get(entity) is not None or self._formerly_titled(entity, offset):
                continue
            titles = [fold(t).split() for t in self._local_titles(entity, offset)]
            if any(t and t[0] in heads and fold(demonym) in t for t in titles):
                found.add(entity)
        return found.pop() if len(found) == 1 else None

    def _title_end_before_name(self, end: int) -> int:
        """`le président de la commission électorale centrale, Igor Karpenko,`: a role noun whose title goes on,
        with no verb, up to a comma and a person's name set off after it names that person (the end of the
        title is returned, the name then read as the role's apposition); else ``end`` unchanged."""
        text = doc_text(self.doc)
        title = TITLE_REST.match(text, end)
        if self._next_name(end) is not None or title is None or not text[end:title.end()].strip(" ,"):
            return end
        named = next((m for m in self.mentions if m.kind == "name" and m.type == "person" and (
            m.start == title.end() or (title.end() < m.start <= title.end() + 30 and _rank_before_name(
                text[title.end():m.start], comma=False)))), None)
        title_end = end + len(text[end:title.end()].rstrip(" ,"))
        if named is None or self._has_verb(end, title_end) or not _closed(text, named.end):
            return end
        return title_end

    def _apposed_person(self, start: int, end: int) -> str | None:
        """`Dmitri Kouleba, le chef de la diplomatie ukrainienne, a dit`: the person named right before the
        comma that opens a role's phrase, when the phrase is closed and no verb of its own follows it (then it
        is an apposition: the same person, whoever holds the office in the knowledge base)."""
        text = doc_text(self.doc)
        name = next((m for m in self.mentions if m.kind == "name" and m.type == "person"
                     and text[m.end:start].strip() == ","), None)
        last = self.doc.char_span(start, end, alignment_mode="expand")
        closed = _closed(text, end) or TITLE_REST.match(text, end) is not None  # `, l'ambassadeur russe à l'ONU,`
        if name is None or last is None or not closed or _finite_verb_follows(last[-1]):
            return None
        return name.entity

    def unnamed_entity_mentions(self) -> None:
        """`un haut responsable japonais a dit`: someone new, a local person of their own, never a person named
        before; `un cargo ... le navire`, `un responsable ... l'ancien fonctionnaire`: one local entity for an
        unnamed participant and its definite take-ups (see :mod:`newsld.extract.unnamed_entities`)."""
        def allocate(label: str, type_: str) -> str:
            reason = UNNAMED_REASONS.get(type_, UNNAMED_THING)
            return self.entities.new_local(label, type_, reason)

        found = unnamed_entity_mentions(self.doc, self.mentions, allocate)
        # `un cargo, le Galaxy Leader`: a name the linker read as a firm's (`MSC Aries`) is the thing's it names
        things = {m.entity for m in found if m.type == "object"}
        for i, m in enumerate(self.mentions):
            if m.entity in things and m.type != "object":
                self.mentions[i] = replace(m, type="object")
                entity = self.entities.by_id[m.entity]
                self.entities.by_id[m.entity] = replace(entity, type="object")
        self.mentions.extend(found)
        self._models_of_things(found)

    def _models_of_things(self, things: list[Mention]) -> None:
        """`L'appareil, un Embraer qui reliait ...`, `L'appareil, un Iliouchine Il-38, est entré`: a model's name
        after `un` in apposition to a thing's phrase tells what the thing is; the phrase `un Embraer` is a nominal
        mention of the thing, and the model's name, wherever the article repeats it (`l'Il-38`), is the thing too."""
        text = doc_text(self.doc)
        for thing in (m for m in things if m.type == "object"):
            gap = MODEL_APPOSITION.match(text, thing.end)
            name = next((m for m in self.mentions if gap is not None and m.start == gap.end() and m.kind == "name"
                         and m.entity.startswith("local:") and m.entity != thing.entity), None)
            if name is None:
                continue
            words = fold(self.entities.by_id[name.entity].label).split()
            for i, m in enumerate(self.mentions):
                if m.entity != name.entity and not (m.kind == "name" and m.entity.startswith("local:") and words and (
                        fold(text[m.start:m.end]).split() == words[-len(fold(text[m.start:m.end]).split()):])):
                    continue
                start = gap.start(1) if m is name else _article_before(text, m.start)
                self.mentions[i] = Mention(start, m.end, thing.entity, "nominal", "object")

    def office_of_mentions(self) -> None:
        """`Le médiateur de l'enclave a rencontré`, `le capitaine du chalutier a été blessé`, `signé par le chef
        d'état-major, le général X`: the one holder of a post of a place, a body or a thing (a definite noun of such a
        post and its `de` complement) who acts: the person named right after it (set off by a comma, a rank or a noun
        of nationality before the name), else a local person of its own, the same for the same words (never a
        Wikidata link). A phrase another step took is left to it."""
        text = doc_text(self.doc)
        for found in OFFICE_OF.finditer(self.straight_text):
            start = found.start()
            words = self.doc.char_span(found.start("noun"), found.end("noun"), alignment_mode="expand")
            noun = words[0] if words is not None and len(words) else None
            if noun is None or not acts(noun) or self._covered(start, found.end("noun")):
                continue
            last = description_end(noun)
            end = last.idx + len(last.text)
            named = next((m for m in self.mentions if m.kind == "name" and m.type == "person"
                          and end < m.start <= end + 30 and (text[end:m.start].strip() == "," or _rank_before_name(
                              text[end:m.start])) and _closed(text, m.end)), None)
            if self._covered(start, end):
                continue
            holder = named.entity if named is not None else self._local_holder(start, end)
            self._add_reference(start, end, holder, "nominal", "person")

    def _unnamed_holder(self, match: re.Match[str], end: int, country: str | None) -> bool:
        """`la porte-parole de la diplomatie russe`, `son homologue sud-coréen`: an office, a leader or a counterpart
        of a country or an organisation the article gives, in the singular, that no person of the knowledge base
        the article names holds: someone the article does not name (a local person, never a guessed QID)."""
        kind = ROLES[match.group("role").lower()][0]
        plural = doc_text(self.doc)[match.end("role"):match.end("role") + 1] == "s"
        # `le chef de l'État brésilien`, `le dirigeant vénézuélien`: a leader of a state the article says is one too
        if kind not in ("office", "counterpart", "leader") or country is None or plural or end <= match.end("role"):
            return False
        title = TITLE_REST.match(doc_text(self.doc), end)  # `l'ambassadeur russe auprès de l'ONU, X`: X's title
        return title is None or not any(m.start == title.end() and m.type == "person" for m in self.mentions)

    def _local_holder(self, start: int, end: int) -> str:
        """The local person an unnamed office holder's description names, the same for the same words."""
        label = LEADING_DETERMINER.sub("", doc_text(self.doc)[start:end].replace("’", "'")).strip()
        return self._local_role_holder(label)

    def _local_role_holder(self, label: str) -> str:
        """The local person of an unnamed office holder's words (`président chinois`), the same for the same words."""
        return self.entities.local(label, "person", UNNAMED_HOLDER)

    def _gender_fits_role(self, qid: str, match: re.Match[str]) -> bool:
        """Is the role written in a gender this person may take? A feminine role (`la porte-parole`,
        `présidente`) only a person the article marks as a woman; a masculine one anyone not so marked (as for
        `elle` and `il`)."""
        said = _role_gender(match)
        return said is None or self._person_gender(qid) in ACCEPTED_GENDERS[said]

    def _qualifier_country(self, qualifier: Mention) -> str:
        """`du Kremlin`: a seat of power named for its government stands for the country it rules."""
        entity = self.kb.get(qualifier.entity)
        if qualifier.kind == "metonym" and entity is not None and entity.type == "organization" and entity.claim("P17"):
            return entity.claim("P17")[0]
        return qualifier.entity

    def _claim_span(self, start: int, head_end: int, end: int) -> bool:
        """May a description take [start, end)? Not when its head words [start, head_end) are another
        mention; descriptions inside it that the knowledge base matched (`diplomatie russe` in `le chef de la
        diplomatie russe`) give way to it."""
        inside = [m for m in self.mentions if m.kind == "nominal" and m.type != "person"
                  and start <= m.start and m.end <= end]
        # a body with a name of its own inside the title stays (`le porte-parole du département d'État`)
        inside = [m for m in inside if not (head_end <= m.start and _named_body(doc_text(self.doc)[m.start:m.end]))]
        others = [m for m in self.mentions if m.start < head_end and start < m.end and m not in inside]
        if others:
            return False
        self.mentions[:] = [m for m in self.mentions if m not in inside]
        return True

    # --- pronouns ---------------------------------------------------------------------------------------
    def pronoun_mentions(self) -> None:
        for token in self.doc:
            word = token.lower_.removeprefix("-t").removeprefix("-")  # `a-t-il déclaré`
            inverted = token.text.startswith("-")  # always a subject, whatever the parser says (`fixed`)
            if word not in PRONOUNS or not (inverted or token.dep_ in PRONOUN_SUBJECT_DEPS) or _quant_a(token):
                continue  # `X a quant à elle estimé`: emphatic, read with `lui` (object_pronoun_mentions)
            verb = token.head
            if verb.lemma_ in IMPERSONAL_VERBS or self._il_y_a(token) or _impersonal_adjective(token):
                continue
            subject = self._pronoun_antecedent(token, PRONOUNS[word])
            if subject is not None:
                start = token.idx + len(token.text) - len(word)
                self._add_reference(start, start + len(word), subject.entity, "pronoun", subject.type)

    def _pronoun_antecedent(self, token: Token, gender: str) -> Mention | None:
        """What a subject `il`/`elle` stands for. The nearest main-clause subject before it that agrees in
        gender decides when it is not a person: a country (`Le Japon a protesté. Il a convoqué`); an
        organisation (`Le Kremlin a annoncé la venue de X. Il ...`: the Kremlin or X, French does not say) or a
        thing (`La délégation est arrivée. Elle a`) leaves it unresolved. Otherwise the last person who was a
        subject and may take that gender, else the last such person. `elle` needs a person the article marks
        as a woman (`Mme X`, `la ministre X`); `il`, the unmarked gender, takes anyone not marked as a woman."""
        source = self._reporting_source(token, gender) if token.text.startswith("-") else None
        if source is not None:
            return source  # `..., a indiqué son porte-parole, X. ..., a-t-il précisé`: X goes on reporting
        decided, ahead = self._fronted_clause_subject(token, gender)
        if decided:  # `Arrêté à son retour d'Allemagne, où il avait été soigné, l'opposant a`: the opposant
            return self._withheld_unless(token, ahead)
        asked = self._demanded_party(token, gender)
        if asked is not None:
            return asked  # `a exigé de la Corée du Nord qu'elle renonce`: the party asked, not who asks
        subject_word, enclosing = self._enclosing_subject(token)
        if enclosing is not None and enclosing.type == "person" and self._enclosing_may_be(enclosing, token, gender):
            return enclosing
        if enclosing is not None and enclosing.type == "person" and token.head.dep_ != "ccomp":
            return None  # a relative or adverbial clause is about its holder; a reported one may be about another
        if enclosing is not None and enclosing.type == "country" and subject_word is not None:
            # `la Russie dispose d'un droit de veto qu'elle a utilisé`
            if self._subject_gender(subject_word, enclosing) != gender:
                return None
            decided, nearer = self._nearer_actor(token, subject_word, gender)
            return self._withheld_unless(token, nearer) if decided else enclosing
        return self._topic_antecedent(token, gender)

    def _withheld_unless(self, token: Token, found: Mention | None) -> Mention | None:
        """``found``; when None, the pronoun is said to stand for something the resolver could not link."""
        if found is None:
            self._withhold(token)
        return found

    def _topic_antecedent(self, token: Token, gender: str) -> Mention | None:
        """A main clause's subject pronoun: the salient subject before it (see :meth:`_salient_subject`), else the
        last person who was a subject and may take its gender, else the last such person; never the agent of a
        participle fronted before it (`Accueilli par X, il a visité`)."""
        found, salient, owner, word = self._salient_subject(token, gender)
        agent = self._fronted_participle_agent(token)  # `Accueilli par X, il a visité`: not X
        if agent is not None and salient is not None and agent.entity == salient.entity:
            found, salient, owner = False, None, None
        if owner is not None:
            return owner  # `La visite de M. X remontait à 2023. Il`: the person the subject is of
        if found and (salient is None or salient.type != "person"):
            if salient is None and word is not None and (self._unknown_person(word, gender) or withheld_pronoun(word)):
                self._withhold(token)  # `Le chef de l'opposition a été arrêté. Il a dénoncé`: that person
            return salient if salient is not None and salient.type == "country" else None
        end = self.doc[self._quote_opening(token)].idx if token.text.startswith("-") else token.idx
        agreeing = [m for m in self._before(end, "person", local=True)
                    if self._person_gender(m.entity) in ACCEPTED_GENDERS[gender]
                    and (agent is None or m.entity != agent.entity)
                    and not (token.text.startswith("-") and self._quoted_word(m))]
        subject = next((m for m in agreeing if self._is_subject(m)), None)
        if subject is None or subject.start < sentence_of(token).start_char - 400:
            subject = next(iter(agreeing), None)
        # someone else than the participle's agent, whom the article may not name
        return self._withheld_unless(token, subject) if agent is not None else subject

    def _quoted_word(self, mention: Mention) -> bool:
        """Is this mention one of the words of a quote (`« Vladimir Poutine n'a pas été consulté. » ..., a-t-il
        rappelé`: not who speaks), rather than the source of a clause set off inside its guillemets?"""
        if not any(s <= mention.start < e for s, e in self.quotes):
            return False
        root = span_root(self.doc, mention.start, mention.end)
        return root is None or not _splits_quote(root)

    def _nearer_actor(self, token: Token, subject: Token, gender: str) -> tuple[bool, Mention | None]:
        """`Moscou réclame la reconnexion de la banque X au réseau Swift, dont elle avait été coupée`: a body, a
        company or a person of the pronoun's gender and number named between the holding clause's subject and a
        relative clause's pronoun (not the noun the relative hangs from, which `dont`, `que`, `où` stand for) may be
        what the pronoun takes up: (whether one is there, its mention when it names an organisation; else no link)."""
        i = token.i - 1
        while i > subject.i and (self.doc[i].lower_ in RELATIVE_WORDS or self.doc[i].text == ","):
            i -= 1
        phrase = set()  # the words right before the relative word, which it stands for (`la société Shell, qu'elle`)
        while i > subject.i and self.doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
            phrase.add(i)
            i -= 1
        for word in reversed(self.doc[subject.i + 1:token.i]):
            if word.pos_ not in ("NOUN", "PROPN") or word.i in phrase:
                continue
            actor = word.lower_ in BODY_NOUNS or word.lower_ in COMPANY_NOUNS or word.lower_ in COLLECTIVE_ACTORS or (
                is_person_noun(word.lower_))
            if not actor or _morph_gender(word) != gender or "Plur" in word.morph.get("Number"):
                continue
            found = next((m for m in self.mentions if m.start <= word.idx < m.end), None)  # its own, not a complement's
            return True, found if found is not None and found.type == "organization" else None
        return False, None

    def _demanded_party(self, token: Token, gender: str) -> Mention | None:
        """The party a verb of demanding asks (`a demandé à l'Iran qu'il cesse`), when it agrees with the pronoun."""
        word = demanded_party(token)
        found = mention_of_token(self.mentions, word) if word is not None else None
        if found is None or found.type not in ("country", "person", "organization"):
            return None
        if found.type == "person":
            return found if self._person_gender(found.entity) in ACCEPTED_GENDERS[gender] else None
        return found if self._subject_gender(word, found) == gender else None

    def _fronted_clause_subject(self, token: Token, gender: str) -> tuple[bool, Mention | None]:
        """Cataphora: a pronoun inside a clause fronted before the main subject (a participle, `Arrêté en 2021 à son
        retour d'Allemagne, où il avait été soigné, l'opposant avait été transféré`; a clause opened by `lorsque`,
        `quand`, `après que`: `Lorsqu'il est arrivé, le ministre turc a été accueilli`) stands for that subject, set
        off by a comma after it. (whether this decides, the person): a local person is it; a person noun with no
        entity is someone unnamed (no link); a known person only when no other person of the pronoun's gender is
        named before in the sentence or the one before (French then does not say which: no link)."""
        if not _opens_fronted_clause(sentence_of(token)):
            return False, None
        subject = _main_subject_after_comma(token)
        if subject is None or subject.pos_ == "PRON" or token.head.dep_ == "ROOT" or token.head.i == subject.head.i:
            return False, None  # `Côté russe, il a dit`: the pronoun is the main clause's own subject
        found = self._subject_mention(subject)
        if found is None:
            person = is_person_noun(subject.lower_) and _morph_gender(subject) in (gender, None)
            return (True, None) if person else (False, None)
        if found.type != "person":
            return False, None
        if self._person_gender(found.entity) not in ACCEPTED_GENDERS[gender]:
            return True, None
        if self.kb.get(found.entity) is None:
            return True, found
        window = self._window_start(token)
        rivals = [m for m in self._before(token.idx, "person", local=True) if m.start >= window
                  and m.entity != found.entity and self._person_gender(m.entity) in ACCEPTED_GENDERS[gender]]
        return True, None if rivals else found

    def _fronted_participle_agent(self, token: Token) -> Mention | None:
        """`Accueilli à la gare par X, il a visité`: the agent of a participle fronted before a subject pronoun is
        someone else than the pronoun (the pronoun is who was received)."""
        verb = token.head
        for child in verb.children:
            if child.i < token.i and child.dep_ in ("advcl", "acl", "conj") and child.i == sentence_of(token).start:
                agent = next((c for c in child.children if c.dep_ == "obl:agent"), None)
                found = self._subject_mention(agent) if agent is not None else None
                return found if found is not None and found.type == "person" else None
        return None

    def _enclosing_may_be(self, enclosing: Mention, token: Token, gender: str) -> bool:
        """`Son homologue, Tatiana Moskalkova, a indiqué qu'elle ...`: the subject of the clause that holds the
        pronoun is its antecedent when it may take its gender, or when the article marks no gender for them and
        no person marked with the pronoun's gender is named in the sentence or the one before."""
        marked = self._person_gender(enclosing.entity)
        if marked in ACCEPTED_GENDERS[gender]:
            return True
        window = self._window_start(token)
        rivals = [m for m in self._before(token.idx, "person", local=True) if m.start >= window
                  and m.entity != enclosing.entity and self._person_gender(m.entity) == gender]
        return marked is None and not rivals

    def _reporting_source(self, token: Token, gender: str) -> Mention | None:
        """The pronoun of a reporting clause (`, a-t-il précisé`) after a sentence whose source was inverted after
        its reporting verb (`..., a indiqué son porte-parole, X.`): that source, when no person or other source is
        a subject between (a quote the pronoun closes is skipped) and it may take the pronoun's gender."""
        end = self._quote_opening(token)
        sentence = sentence_of(self.doc[end])
        first = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        for candidate in reversed(self.doc[first:end]):
            quoted = any(s <= candidate.idx < e for s, e in self.quotes)
            if candidate.dep_ not in SUBJECT_DEPS and not _inverted_object_subject(candidate) and not (
                    quoted and candidate.dep_ == "obj" and _splits_quote(candidate)):  # (a quoted word taken for
                continue  # its subject; not `X, Y, a remercié le président Z`, an object after a subject's comma)
            if quoted and not _splits_quote(candidate):
                continue  # a quoted word; not the source of a clause set off inside the guillemets
            found = self._subject_mention(candidate)
            inverted = candidate.i > candidate.head.i and candidate.head.pos_ == "VERB"
            if not inverted and (found is None or found.type != "person"):
                continue  # `Une protestation a été transmise, a-t-il précisé`: what is reported, not who
            fits = found is not None and found.type == "person" and inverted and (
                self._person_gender(found.entity) in ACCEPTED_GENDERS[gender])
            return found if fits else None  # the nearest person or source decides
        return None

    def _enclosing_subject(self, token: Token) -> tuple[Token | None, Mention | None]:
        """`a prévenu X, depuis New Delhi, où il participait`: a pronoun in a relative or adverbial clause
        stands for the subject of the clause that holds it, before the pronoun, even inverted (a source's own
        clause is about the source): (that subject's word, its mention). With no subject there (the parser
        lost it), the one person the sentence names before the pronoun. (None, None) for a main clause."""
        clause = token.head
        reported = clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.i < token.i for c in clause.children)
        if (clause.dep_ not in SUBORDINATE_DEPS and not reported) or clause.i < token.i or token.text.startswith("-"):
            return None, None  # `a-t-il averti`: an inverted pronoun tells who speaks, it opens no clause
        holder = clause.head
        for _ in range(4):  # up to the verb of the holding clause, through the noun the clause hangs from
            subjects = [c for c in holder.children if c.dep_ in SUBJECT_DEPS and c.i < token.i
                        and c.pos_ != "VERB"]  # `Accueilli par X, Y s'est entretenu`: a participle is no subject
            if subjects:  # `Son homologue, Tatiana Moskalkova, a indiqué qu'elle`: the name set beside the noun
                return subjects[0], self._subject_mention(subjects[0]) or self._apposed_name(subjects[0])
            if holder.pos_ in ("VERB", "AUX") or holder.head.i == holder.i:
                break
            holder = holder.head
        adjacent = self._adjacent_subject(holder) if holder.pos_ == "VERB" and holder.i < token.i else None
        if adjacent is not None:
            return None, adjacent
        return None, self._sole_person_in_sentence(token, mention_of_token(self.mentions, clause.head))

    def _apposed_name(self, noun: Token) -> Mention | None:
        """The person named in apposition to a common noun (`Son homologue russe, Tatiana Moskalkova`)."""
        if noun.pos_ != "NOUN":
            return None
        names = [m for c in noun.children if c.dep_ == "appos"
                 and (m := mention_of_token(self.mentions, c)) is not None and m.type == "person"]
        return names[0] if len(names) == 1 else None

    def _adjacent_subject(self, verb: Token) -> Mention | None:
        """The person named right before a verb and its auxiliaries and clitics (`X s'est entretenu`), when the
        parser gave the verb no subject: in French the noun right before a finite verb is its subject."""
        i = verb.i - 1
        while i >= 0 and (self.doc[i].pos_ == "AUX" or self.doc[i].lower_ in CLITICS):
            i -= 1
        if i < 0 or i == verb.i - 1 or self.doc[i].is_punct:
            return None  # no auxiliary or clitic in between: a participle (`accueilli par X`), not a finite verb
        found = mention_of_token(self.mentions, self.doc[i])
        return found if found is not None and found.type == "person" else None

    def _sole_person_in_sentence(self, token: Token, antecedent: Mention | None) -> Mention | None:
        """The one person the pronoun's sentence names before it, other than the relative clause's antecedent
        (`X verra Y, avec qui il parlera`: not Y), when the parser lost the subject (`a prévenu de son côté le
        ministre X, depuis Y, où il`); None when it names none or several."""
        start = sentence_of(token).start_char
        found = [m for m in self.mentions if start <= m.start and m.end <= token.idx and m.type == "person"
                 and (antecedent is None or m.entity != antecedent.entity)]
        return found[-1] if len({m.entity for m in found}) == 1 else None

    def _salient_subject(self, token: Token, gender: str) -> tuple[bool, Mention | None, Mention | None, Token | None]:
        """The nearest subject of a main clause, in the pronoun's sentence or the one before, that agrees with
        ``gender``: (whether there is one, its mention or None for a thing that is no mention, and the person
        a nearer subject of another gender is of, when there is one: see :meth:`_person_of_subject`). Inverted
        subjects (`a indiqué le Kremlin`) are sources, not topics, and are passed over. The pronoun of a reporting
        clause after a quote (`« Ce n'est pas un sujet », a-t-il dit`) is its speaker, never a subject inside the
        quote: the search starts before the quote."""
        end = self._quote_opening(token) if token.text.startswith("-") else token.i
        sentence = sentence_of(self.doc[end])
        first = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        for candidate in reversed(self.doc[first:end]):
            if candidate.dep_ in SUBJECT_DEPS and candidate.i > candidate.head.i and (
                    candidate.head.lemma_ in REPORTING and self._unknown_person(candidate, gender)):
                return True, None, None, candidate  # `..., a déclaré le ministre chinois. Il a ajouté`: that minister
            if candidate.dep_ == "expl:subj" and withheld_pronoun(candidate) and (
                    self.withheld_gender.get(candidate.i) == gender) and _main_clause_verb(candidate.head):
                return True, None, None, candidate  # `Il y avait plaidé` (not `il y a`): the person it stood for
            if candidate.dep_ not in SUBJECT_DEPS or not _main_clause_verb(candidate.head) or (
                    candidate.i > candidate.head.i):
                continue
            if any(s <= candidate.idx < e and not s <= token.idx < e for s, e in self.quotes):
                continue  # `« Le protectionnisme ne mène nulle part. » Il a exhorté`: quoted words are no topic
            mention = mention_of_token(self.mentions, candidate)
            if mention is not None and _in_of_complement(candidate, mention):
                mention = None  # `La visite de M. X`, `le porte-parole de X`: the subject is not X
            if mention is None and withheld_pronoun(candidate) and self.withheld_gender.get(candidate.i) == gender:
                return True, None, None, candidate  # `Le chef de l'opposition ... Il a dit ... Il a ajouté`
            if mention is None and candidate.pos_ in ("PRON", "PROPN"):
                continue  # `qui`, `cela`, `on`; a name of nothing known
            if self._subject_gender(candidate, mention) == gender:
                return True, mention, None, candidate
            owner = self._person_of_subject(candidate, gender) if mention is None else None
            if owner is not None:
                return True, owner, owner, candidate
        return False, None, None, None

    def _unknown_person(self, word: Token, gender: str) -> bool:
        """Is this subject a person no entity stands for (`le chef de l'opposition`, `l'invité`: a noun of a person,
        of the pronoun's gender, that no mention covers)? Then a pronoun that takes it up is no one known."""
        return (word.pos_ == "NOUN" and is_person_noun(word.lower_) and _morph_gender(word) in (gender, None)
                and mention_of_token(self.mentions, word) is None)

    def _withhold(self, token: Token, gender: str | None = None) -> None:
        """Say (to the speech rules, and to the pronouns after it) that this pronoun stands for someone the resolver
        could not link: no one named before is its antecedent."""
        self.doc.user_data.setdefault(WITHHELD_KEY, set()).add(token.i)
        self.withheld_gender[token.i] = gender or PRONOUNS.get(token.lower_.removeprefix("-t").removeprefix("-"))

    def _person_of_subject(self, subject: Token, gender: str) -> Mention | None:
        """`La visite de M. X remontait à 2023. Il avait ...`: a subject that is a thing of another gender
        than the pronoun, done or owned by a person (its `de` complement), makes that person the topic: the
        pronoun is that person when they may take its gender."""
        if subject.pos_ != "NOUN":
            return None
        for child in subject.children:
            if child.dep_ != "nmod" or not any(c.dep_ == "case" and c.lemma_ == "de" for c in child.children):
                continue
            found = mention_of_token(self.mentions, child)
            if found is not None and found.type == "person" and (
                    self._person_gender(found.entity) in ACCEPTED_GENDERS[gender]):
                return found
        return None

    def _quote_opening(self, token: Token) -> int:
        """The index of the « that opens the quote closed right before this reporting clause, or that holds it
        when the clause splits one pair of guillemets (`« X est ..., a-t-il dit. ... »`), else the token's."""
        i, comma = token.i - 1, False
        while i >= 0 and self.doc[i].text != "»" and self.doc[i].pos_ in ("AUX", "PUNCT", "PRON", "ADV"):
            if self.doc[i].text == ",":
                holding = next((start for start, end in self.quotes if start <= token.idx < end), None)
                if holding is not None:  # the speaker of a split quote is not one of its words either
                    return next(j for j in range(i, -1, -1) if self.doc[j].idx <= holding)
                comma = True
            i -= 1
        if comma and i >= 0 and self.doc[i].text != "»" and token.text.startswith("-"):
            # `X se rendra en Turquie, a-t-il indiqué`: words reported without guillemets run from the sentence's
            # start; the speaker is never one of them
            return sentence_of(token).start
        if i < 0 or self.doc[i].text != "»":
            return token.i
        opening = next((j for j in range(i - 1, max(-1, i - 200), -1) if self.doc[j].text == "«"), None)
        return opening if opening is not None else token.i

    def _subject_gender(self, token: Token, mention: Mention | None) -> str | None:
        """Masc, Fem or Plur: a person's by what the article says of them, a country's by its determiner or
        its name, anything else by its determiner or noun."""
        if mention is not None and mention.type == "person":
            return self._person_gender(mention.entity)
        article = _determiner_gender(token)
        if article is not None or mention is None or mention.type != "country":
            return article or (_morph_gender(token) if token.pos_ == "NOUN" else None)
        entity = self.kb.get(mention.entity)
        # a capital standing for its state takes the state's gender (`Moscou ne veut pas la paix. Elle veut`)
        return country_gender(entity.label("fr")) if entity is not None and mention.kind in (
            "name", "metonym") else None

    def _person_gender(self, entity_id: str) -> str | None:
        """A person's gender as the article marks it: a civility (`Mme`, `M.`) or the article of a title
        (`la ministre X`, `le président russe`) on any of their mentions; None when unmarked or mixed."""
        marks = {self._gender_mark(m) for m in self.mentions if m.entity == entity_id and m.kind != "pronoun"}
        marks.discard(None)
        return marks.pop() if len(marks) == 1 else None

    def _gender_mark(self, mention: Mention) -> str | None:
        key = (mention.start, mention.end, mention.kind)
        if key not in self._gender_marks:
            self._gender_marks[key] = self._span_gender_mark(mention)
        return self._gender_marks[key]

    def _span_gender_mark(self, mention: Mention) -> str | None:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        if mention.kind == "nominal":
            return _determiner_gender(span.root) if span[0].pos_ == "DET" else None
        before = [t for t in self.doc[max(0, span.start - 3):span.start] if t.pos_ != "ADJ"]
        if before and before[-1].lower_.rstrip(".") in CIVILITY_GENDER:
            return CIVILITY_GENDER[before[-1].lower_.rstrip(".")]
        if before and before[-1].lower_ == "." and len(before) > 1 and before[-2].text == "M":
            return "Masc"
        # `la ministre X`: the title right before the name (not the end of a longer one: `des Affaires étrangères X`)
        return _determiner_gender(before[-1]) if before and before[-1].pos_ == "NOUN" and is_person_noun(
            before[-1].text) else None

    # --- appositions, class nouns, `le pays`, wars ----------------------------------------------------------
    def apposition_mentions(self) -> None:
        """`Dmitri Peskov, porte-parole du Kremlin`: a title after a name and a comma names the same entity (a
        capital standing for its state too: `Minsk, proche allié de Moscou`)."""
        for name in [m for m in self.mentions if m.kind == "name" or (m.kind == "metonym" and m.type == "country")]:
            after = self.doc.char_span(name.end, min(name.end + 3, len(doc_text(self.doc))), alignment_mode="expand")
            if after is None or not len(after) or after[0].text != "," or _source_incise(after[0]):
                continue
            start_i = head_i = after[0].i + 1
            opening = fold(self.doc[head_i].lower_) if head_i < len(self.doc) else ""
            if head_i + 1 < len(self.doc) and name.type in ("person", "organization", "country") and (
                    (name.type != "country" and opening in ARTICLES) or opening in POSSESSIVES
                    or (name.type == "person" and opening in ("un", "une"))):
                head_i += 1  # `Iouri Borissov, le patron de l'agence spatiale`, `la Chine, son premier partenaire`,
                # `Ivan Petrov, un diplomate de carrière`; not `À Tokyo, le ministre`
            former = head_i + 1 < len(self.doc) and self.doc[head_i].lower_ in FORMER and name.type == "person"
            head_i += former  # `Sergueï Choïgou, ancien ministre de la Défense`: still him, a title no more his
            head_i = _past_state_adjectives(self.doc, head_i, name.type)
            if head_i >= len(self.doc) or not _apposition_head(self.doc[head_i], name.type):
                continue
            end_token = self._noun_phrase_end(head_i)
            end = end_token.idx + len(end_token.text)
            if _finite_verb_follows(end_token):
                continue  # `Accueilli par X, le numéro un chinois s'est entretenu`: a subject, not an apposition
            if any(m.type == "person" and self.doc[head_i].idx < m.start < end and not _after_of(self.doc, m.start)
                   for m in self.mentions):
                continue  # `X, le ministre Y`: the title is Y's (not `X, proche de Y`: X's, Y completes it)
            if not self._covered(self.doc[head_i].idx, self.doc[head_i].idx + 1):
                self._add_any(self.doc[start_i].idx, end, name.entity, name.type)
                if not former:
                    self._learn_title(self.doc[head_i].idx, end, name)
                self._second_title(end_token, name)

    def _second_title(self, first_end: Token, name: Mention) -> None:
        """`X, secrétaire général du parti et homme fort du pays`: a second title joined by `et`, with no
        determiner, names the same one."""
        i = first_end.i + 2
        if i >= len(self.doc) or self.doc[i - 1].lower_ != "et" or self.doc[i].lower_ not in SECOND_TITLE_HEADS:
            return
        head_i = i + 1 if self.doc[i].lower_ == "homme" and i + 1 < len(self.doc) and (
            self.doc[i + 1].lower_ == "fort") else i  # `homme fort`, which the tagger reads as an adverb
        end_token = self._noun_phrase_end(head_i)
        end = end_token.idx + len(end_token.text)
        if not _finite_verb_follows(end_token) and not self._covered(self.doc[i].idx, self.doc[head_i].idx + 1):
            self._add_any(self.doc[i].idx, end, name.entity, name.type)

    def _learn_title(self, start: int, end: int, name: Mention) -> None:
        """Remember a title the article gives a person, to read it alone later (`le ministre russe de la
        Défense` after `Sergueï Choïgou, ministre russe de la Défense`)."""
        if name.type == "person" and " " in fold(doc_text(self.doc)[start:end]).strip():
            self.titles.setdefault(fold(doc_text(self.doc)[start:end]), set()).add(name.entity)

    def title_before_name_mentions(self) -> None:
        """`le ministre russe de la Défense, Sergueï Choïgou,`: a title, a comma and a name name one person;
        `le président chinois Xi Jinping`: a title right before a name is learnt, not a mention of its own."""
        text = self.straight_text
        for name in [m for m in self.mentions if m.kind == "name" and m.type == "person"]:
            found = self._title_before(text, name.start)
            ranked = RANK_AFTER_COMMA.search(text, max(0, name.start - 60), name.start)
            if ranked is not None:  # `le chef d'état-major, le général X,`: the title before the rank is X's too
                found = self._title_before(text, ranked.start("rank")) or found
            if found is None:
                continue
            if not found.group("former"):  # `l'ancien président X`: the title is someone else's now
                self._learn_title(found.start("head"), found.end("title"), name)
            start = found.start("head") if found.group("det").lower() in FUSED else found.start("det")
            if found.group("comma") and _closed(text, name.end):  # not `le président, X a dit`: an opening phrase
                if self._claim_span(start, found.end("head"), found.end("title")):
                    # (`au premier vice-président, X,`: the description read from its last noun gives way)
                    self.mentions[:] = [m for m in self.mentions if not (
                        m.entity == name.entity and m.kind == "nominal" and start <= m.start and (
                            m.end <= found.end("title")))]
                    self._add_reference(start, found.end("title"), name.entity, "nominal", "person")
            elif not found.group("comma"):
                # `le chef de la diplomatie russe Sergueï Lavrov`: the title is part of the name's phrase, and a
                # country's institution inside it (`la diplomatie russe`) names his office, no entity of its own
                self.mentions[:] = [m for m in self.mentions if not (
                    m.kind == "nominal" and start <= m.start and m.end <= found.end("title")
                    and NATIONAL_INSTITUTION.fullmatch(text[m.start:m.end]))]

    def described_name_mentions(self) -> None:
        """`un économiste sans expérience militaire, Andreï Belooussov,`: a noun phrase headed by a noun of a
        person, a comma, then a name closed by punctuation, describe one person (see
        :func:`newsld.extract.person_nouns.description_before`)."""
        text = doc_text(self.doc)
        for name in [m for m in self.mentions if m.kind == "name" and m.type in ("person", "organization")]:
            first = self.doc.char_span(name.start, name.end, alignment_mode="expand")
            if first is None or first.start == 0 or self.doc[first.start - 1].text != ",":
                continue
            if not _closed(text, name.end):
                continue
            # `le géant pétrolier chinois, Sinopec`: a company's or a body's description names it the same way
            found = description_before(self.doc, self.doc[first.start - 1],
                                       None if name.type == "person" else _body_head)
            if found is None or any(m.type == name.type and found[0] <= m.start < found[1] for m in self.mentions):
                continue  # `le fils de M. X, Y`: whose description it is, French does not say here
            head_end = min(found[1], found[0] + len(" ".join(text[found[0]:found[1]].split(" ", 2)[:2])))
            if self._claim_span(found[0], head_end, found[1]):
                self._add_reference(found[0], found[1], name.entity, "nominal", name.type)

    def _title_before(self, text: str, end: int) -> re.Match[str] | None:
        """The longest title ending right before ``end`` with no verb in it."""
        start = max(0, end - 90)
        while (found := TITLE_BEFORE.search(text, start, end)) is not None:
            # `le Premier ministre indien X et le président brésilien Y`: Y's title is not the one before X
            other = any(m.kind == "name" and m.type == "person" and found.start("title") <= m.start and m.end <= end
                        for m in self.mentions)
            if not other and not self._has_verb(found.start("head"), found.end("title")):
                return found
            start = found.start() + 1
        return None

    def _has_verb(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        names = [m for m in self.mentions if m.kind == "name" and start <= m.start and m.end <= end]
        return span is None or any(_acts_as_verb(t) for t in span
                                   if not any(m.start <= t.idx < m.end for m in names)  # `Nations unies`
                                   and not _nationality_after_noun(t))

    def learned_title_mentions(self) -> None:
        """A title the article has given one person, said again (`le ministre russe de la Défense`), or its
        head word alone when only one person has a title with that head (`Le ministre a ajouté`)."""
        known = {t: next(iter(e)) for t, e in self.titles.items() if len(e) == 1}
        heads: dict[str, set[str]] = {}
        for title, entities in self.titles.items():
            heads.setdefault(title.split()[0], set()).update(entities)
        text = self.straight_text
        for match in LEARNED_TITLE.finditer(text):
            phrase = fold(match.group("title"))
            entity = next((known[t] for t in sorted(known, key=len, reverse=True)
                           if phrase.startswith(t) and _word_end(phrase, len(t))), None)
            length = next((len(t) for t in sorted(known, key=len, reverse=True) if entity == known[t]
                           and phrase.startswith(t)), 0)
            if entity is None:
                bare = phrase.split()[0]
                entity = next(iter(heads[bare])) if len(heads.get(bare, ())) == 1 and self._bare(match) else None
                length = len(bare)
            if entity is None:
                continue
            start = match.start("title") if match.group("det").lower() in FUSED else match.start()
            end = match.start("title") + length
            titled_name = any(m.kind == "name" and end <= m.start <= end + 2 for m in self.mentions)
            if not self._covered(start, end) and not titled_name:  # `le ministre X`: X's title, not a mention
                self._add_reference(start, end, entity, "nominal", "person")

    def _bare(self, match: re.Match[str]) -> bool:
        """A head noun with nothing after it that would make it another title (`le ministre a dit`, not `le
        ministre japonais`)."""
        span = self.doc.char_span(match.start("title"), match.start("title") + 1, alignment_mode="expand")
        if span is None or not len(span) or span[-1].i + 1 >= len(self.doc):
            return False
        following = self.doc[span[-1].i + 1]
        return following.pos_ in ("VERB", "AUX", "PUNCT", "ADV") and following.lower_ not in ("-", "de")

    def ce_dernier_mentions(self) -> None:
        """`ce dernier`, `celui-ci`: the person named last; `cette dernière`, `celle-ci`: the woman named last
        (a person the article marks as one, see :meth:`_person_gender`)."""
        for match in CE_DERNIER.finditer(doc_text(self.doc)):
            gender = "Fem" if match.group().lower().startswith(("cette", "celle")) else "Masc"
            target = next((m for m in self._before(match.start(), "person", local=True)
                           if self._person_gender(m.entity) in ACCEPTED_GENDERS[gender]), None)
            if target is None or self._unknown_name_between(target.end, match.start()):
                continue
            if self._unnamed_person_between(target.end, match.start(), gender):
                for word in self.doc.char_span(match.start(), match.end(), alignment_mode="expand") or ():
                    self._withhold(word, gender)  # `Il` after it takes it up: no one named either
                continue
            self._add_reference(match.start(), match.end(), target.entity, "pronoun", "person")

    def _unnamed_person_between(self, start: int, end: int, gender: str) -> bool:
        """`Lavrov a reçu le ministre turc. Celui-ci lui a remis`: a person named by a noun only, that no mention
        covers (nor a name right after it: `le président russe Vladimir Poutine`), of that gender and singular, is
        named after the person found: `celui-ci` is that person, whom the resolver could not tie to anyone."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        for word in span if span is not None else ():
            if word.pos_ != "NOUN" or not is_person_noun(word.lower_) or "Plur" in word.morph.get("Number") or (
                    _morph_gender(word) not in (gender, None)) or any(
                    m.start <= word.idx < m.end or (word.idx < m.start <= word.idx + 60 and m.type == "person")
                    for m in self.mentions):
                continue
            return True
        return False

    def _unknown_name_between(self, start: int, end: int) -> bool:
        """Is there a name of unknown kind (`Recep Tayyip Erdogan`, which the recogniser may leave untyped)
        between a person and `ce dernier`? `Ce dernier` is the one named last: perhaps that name, so it is left
        unlinked rather than given to the person before."""
        return any(start <= m.start and m.end <= end and m.kind == "name" and m.type == "other"
                   for m in self.mentions)

    def epithet_mentions(self) -> None:
        """`Le responsable russe a également invité`: a definite noun of a person with a nationality, no name
        after it, takes up the person last named when they are of that nationality (wdt:P27) and the one such
        person the article has named so far; anyone else, or two compatriots: no mention."""
        text = self.straight_text
        for match in EPITHET.finditer(text):
            noun, country_label = match.group("noun").lower(), demonym_country(match.group("demonym"))
            if noun in ROLES or noun in APPOSITION_HEADS or not is_person_noun(noun) or noun.endswith(("s", "x")) or (
                    country_label is None or OF_AFTER.match(text, match.end())):
                continue  # an office is its holder's, not any compatriot's; `le ministre russe de la Défense`
            country = self.country_by_label.get(fold(country_label))
            person = self._last_named_compatriot(match.start(), country) if country else None
            if person is not None and self._next_name(match.end()) is None and not self._covered(
                    match.start(), match.end()):
                self._add_reference(match.start(), match.end(), person, "nominal", "person")

    def _last_named_compatriot(self, offset: int, country: str) -> str | None:
        """The only person of this country (wdt:P27) the article has named before ``offset``, when they are the
        person last named, or when everyone named in the sentence and the one before has a nationality known
        to be another (a person the knowledge base does not hold might be a compatriot)."""
        people = list(self._before(offset, "person", local=True))
        compatriots = {m.entity for m in people if self.kb.get(m.entity) is not None
                       and country in self.kb.get(m.entity).claim("P27")}
        if len(compatriots) != 1:
            return None
        window = self._window_start(self.doc.char_span(offset, offset + 1, alignment_mode="expand")[0])
        near = [m for m in people if m.start >= window]
        known = all(self.kb.get(m.entity) is not None and self.kb.get(m.entity).claim("P27") for m in near)
        return next(iter(compatriots)) if people[0].entity in compatriots or known else None

    def possessive_country_mentions(self) -> None:
        """`son pays`, `leur pays`: the country of the person the sentence is about (wdt:P27), when the
        knowledge base gives one, else the state the article's titles say the person stands for (a local state
        when the knowledge base does not hold it); with no person before it, the one an incise after it names
        (`Son pays n'a pas été invité, a-t-il rappelé`). Run again once the pronouns are known."""
        for match in POSSESSIVE_COUNTRY.finditer(doc_text(self.doc)):
            token = self.doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
            owner = self._nearest_in_sentence(token[0], ("person",)) if token is not None and len(token) else None
            if owner is None and token is not None and len(token):
                owner = self._incise_speaker(token[0])  # `Son pays n'a pas été invité, a-t-il rappelé`
            entity = self.kb.get(owner.entity) if owner is not None else None
            country = entity.claim("P27")[0] if entity is not None and len(entity.claim("P27")) == 1 else None
            if owner is None and token is not None and len(token):
                country = self._subject_nationality(token[0])
            elif country is None and owner is not None:
                country = self._described_nationality(owner.entity) or self._titled_state(owner.entity)
            if country is not None and not self._covered(match.start(), match.end()):
                if country.startswith("local:"):  # a state the knowledge base does not hold: its local entity
                    self.mentions.append(Mention(match.start(), match.end(), country, "nominal", "country"))
                else:
                    self._add(match.start(), match.end(), country, "nominal", "country")

    def _incise_speaker(self, token: Token) -> Mention | None:
        """The person who reports a sentence in an incise after its words (`Son pays n'a pas été invité, a-t-il
        rappelé`, `..., a déclaré X`): the subject set after its reporting verb, later in the sentence."""
        sentence = sentence_of(token)
        for subject in (t for t in sentence if t.i > token.i and (t.dep_.startswith("nsubj") or t.dep_ == "expl:subj")):
            verb = subject.head
            first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
            if verb.lemma_ not in REPORTING or first > subject.i or first < 1 or self.doc[first - 1].text != ",":
                continue  # an incise: `, a-t-il rappelé`, `, a déclaré X` (a comma, then the verb before its subject)
            end = subject.idx + len(subject)  # (`-il`: the mention holds the pronoun without its hyphen)
            found = next((m for m in self.mentions if m.start < end and subject.idx < m.end and m.type == "person"),
                         None)
            if found is not None:
                return found
        return None

    def _titled_state(self, person: str) -> str | None:
        """`Le président argentin, X, ... Son pays`: the state the person's titles say they stand for (see
        :mod:`newsld.extract.speaker_parties`), the knowledge base's or a local one."""
        party = SpeakerParties(self.doc, self.entities, self.mentions, self.country_by_label).party_of(person)
        return party[0] if party is not None and party[1] == "country" else None

    def _described_nationality(self, person: str) -> str | None:
        """`Le président sud-coréen, X, a écrit que son pays`: a person the knowledge base gives no country is of
        the one state the adjectives of nationality of the article's descriptions of them name (`sud-coréen`, `de
        la diplomatie chinoise`; none, or two: no country)."""
        text = doc_text(self.doc)
        described = [text[m.start:m.end] for m in self.mentions if m.entity == person and m.kind == "nominal"]
        labels = {demonym_country(word) for words in described for word in re.findall(r"[\w-]+", words)}
        states = {self.country_by_label.get(fold(label)) for label in labels - {None}}
        return states.pop() if len(states) == 1 else None

    def _subject_nationality(self, token: Token) -> str | None:
        """`Le ministre sud-coréen de la Défense a prévenu que son pays`: a possessive whose sentence names no
        person is the subject's, and the subject's nationality adjective names the country."""
        head = token.head
        for _ in range(5):
            subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < token.i), None)
            if subject is not None:
                label = next((demonym_country(c.lower_) for c in subject.children if c.dep_ == "amod"
                              and demonym_country(c.lower_)), None)
                return self.country_by_label.get(fold(label)) if label else None
            if head.head.i == head.i:
                return None
            head = head.head
        return None

    def capital_mentions(self) -> None:
        """`la capitale nord-coréenne`: the capital (wdt:P36) of the country the adjective names."""
        for match in CAPITAL_OF.finditer(doc_text(self.doc)):
            country = self.country_by_label.get(fold(demonym_country(match.group("demonym")) or ""))
            capitals = self.kb.get(country).claim("P36") if country and self.kb.get(country) else ()
            start = match.start("noun") if match.group("det").lower() in FUSED else match.start()
            if len(capitals) == 1 and not self._covered(start, match.end()):
                self._add(start, match.end(), capitals[0], "nominal", "place")

    def _noun_phrase_end(self, head_i: int) -> Token:
        """The last word of a bare noun phrase: nouns, adjectives and `de` complements, up to an adverb, a
        verb, a clause or punctuation."""
        last = self.doc[head_i]
        for token in self.doc[head_i + 1:head_i + 16]:
            if joins_complements(token):
                continue  # `ministre de l'Énergie et des Mines`: the title goes on
            if token.is_punct or token.pos_ in ("ADV", "VERB", "AUX", "SCONJ", "PRON", "CCONJ") or (
                    token.pos_ == "ADJ" and token.lower_.endswith("ment")):
                break
            last = token
        while last.pos_ in ("ADP", "DET") and last.i > head_i:
            last = self.doc[last.i - 1]
        return last

    def _add_any(self, start: int, end: int, entity_id: str, type_: str) -> None:
        """A mention of any entity already known (KB or local)."""
        self._add_reference(start, end, entity_id, "nominal", type_)

    def _add_reference(self, start: int, end: int, entity_id: str, kind: str, type_: str) -> None:
        """A description or pronoun of an entity already known: one of the knowledge base, or a local one."""
        if self.kb.get(entity_id) is not None:
            self._add(start, end, entity_id, kind, type_)
        elif entity_id in self.entities.by_id and not (kind == "pronoun" and self._covered(start, end)):
            self.mentions.append(Mention(start, end, entity_id, kind, type_))

    def class_noun_mentions(self) -> None:
        """`l'agence`: the agency last named; `du parti`: the party last named, else the one of the country
        last named (wdt:P17)."""
        for match in CLASS_PATTERN.finditer(doc_text(self.doc)):
            noun = match.group("noun").lower()
            start = match.start("noun") if match.group("det").lower() in FUSED else match.start()
            named = (m for m in self.mentions if m.kind != "nominal")
            if any(m.start < match.end() and match.start("noun") < m.end for m in named):
                continue
            if self._name_follows(match.end()):
                continue  # `l'agence Yonhap`, `l'agence officielle nord-coréenne KCNA`: the name says which
            qid = self._last_of_class(CLASS_NOUNS[noun], noun, match.start())
            if qid is not None and not self._covered_inside(start, match.end()):
                self._add_reference(start, match.end(), qid, "nominal", "organization")

    def _name_follows(self, end: int) -> bool:
        """Adjectives, then a capitalised name, right after a class noun (`l'agence spatiale Roscosmos`)."""
        i = next((t.i for t in self.doc if t.idx >= end), len(self.doc))
        while i < len(self.doc) and self.doc[i].pos_ == "ADJ" and self.doc[i].text[:1].islower():
            i += 1
        return i < len(self.doc) and self.doc[i].text[:1].isupper()

    def _last_of_class(self, class_qid: str, noun: str, offset: int) -> str | None:
        for mention in self._before(offset, "organization", local=True):
            entity = self.kb.get(mention.entity)
            if entity and (class_qid in entity.claim("P31") or noun in fold(entity.label("fr")).split()):
                return mention.entity
            local = self.entities.by_id.get(mention.entity)
            if entity is None and local is not None and noun in fold(local.label).split():
                return mention.entity  # `du parti` after `le Parti communiste vietnamien`, which has no QID
        country = self._last_country(offset)
        members = [e.qid for e in self.kb.of_type("organization")
                   if class_qid in e.claim("P31") and country in e.claim("P17")]
        return members[0] if len(members) == 1 else None

    def country_anaphors(self) -> None:
        """`le pays reclus`, `ce pays`: the country last mentioned (by name or by its capital)."""
        for match in COUNTRY_ANAPHOR.finditer(doc_text(self.doc)):
            if (match.group("adj") or "").lower() in OTHER_COUNTRY_ADJECTIVES:
                continue  # `le pays voisin`: another than the one the text is about, which it does not name here
            qid = self._country_antecedent(match.start())
            end = match.end("adj") if match.group("adj") and self._is_adjective(match.start("adj")) else match.end(
                "det") + len(" pays")
            fused = match.group("det").lower() in FUSED
            start = match.start() + len(match.group("det")) + 1 if fused else match.start()
            if qid is not None and not self._covered_inside(start, end):
                self._add(start, end, qid, "nominal", "country")

    def _country_antecedent(self, offset: int) -> str | None:
        """The country `le pays` takes up: the last one mentioned, unless that one is named inside a modifier
        of its own clause's subject (`Le diplomate, un attaché de l'ambassade de Russie, a quitté le pays`:
        not Russia); then the country a clause since the previous sentence had for subject (the story's topic,
        `Le Japon a expulsé ...`), and none when that does not decide (no mention rather than a guess)."""
        nearest = next(self._states_before(offset), None)
        pays = span_root(self.doc, offset, offset + 1)
        if pays is not None and nearest is not None and (
                self._actor_of_a_noun(nearest, pays) or self._in_apposition_to(nearest, pays)):
            return self._other_than(nearest, pays, offset)  # `les troupes de Moscou dans l'est du pays`
        if nearest is not None and self.kb.get(nearest.entity) is None:
            return None  # `la Hongrie` (a state the knowledge base does not hold): never the known one behind it
        if nearest is None or pays is None or not self._inside_subject_of(nearest, pays):
            if nearest is not None and pays is not None and self._acting_state(pays) is not None:
                return self._other_than_actor(pays, offset, nearest)
            return nearest.entity if nearest is not None else None
        if not _a_place_gone_to_or_from(pays if pays.lower_ == "pays" else pays.head):
            return None  # `l'ambassadeur de Chine a défendu la position du pays`: his own country, or the host's
        sentence = sentence_of(pays)
        start = sentence_of(self.doc[sentence.start - 1]).start_char if sentence.start > 0 else sentence.start_char
        topics = {m.entity for m in self._before(offset, "country") if m.start >= start and m.entity != nearest.entity
                  and self._is_subject(m)}
        return topics.pop() if len(topics) == 1 else None

    def _states_before(self, offset: int) -> Iterator[Mention]:
        """Mentions of states before ``offset``, nearest first: the knowledge base's countries, and the local
        places whose words name a state (`la Hongrie`), which a `le pays` after them may take up too."""
        text = doc_text(self.doc)
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            known = self.kb.get(mention.entity) is not None
            local_state = not known and mention.type in ("place", "country") and (names_a_state(
                text[mention.start:mention.end]) or mention.kind == "metonym")  # `Téhéran a menacé`: a state too
            if mention.end <= offset and ((known and mention.type == "country") or local_state):
                yield mention

    def _acting_state(self, pays: Token) -> tuple[Mention, bool] | None:
        """The state that acts in the nearest act holding `le pays` (up its heads), and whether it cannot be
        `le pays` itself: a state that speaks (`Kiev a accusé X, estimant que le pays ...`: the accused) or a
        state's act told by a noun (`le soutien de Moscou aux séparatistes de l'est du pays`: another country)
        is never the country `le pays` stands for; the subject of another verb may be (`Le Japon a décrété
        l'alerte dans tout le pays`). None when a person or a thing acts there, or nothing does."""
        inner, head, clause = pays, pays.head, False
        for _ in range(8):
            if head.i == inner.i:
                return None
            for child in head.children:
                genitive = head.pos_ == "NOUN" and head.lower_ in STATE_ACT_NOUNS and child.dep_ == "nmod" and (
                    child.i < pays.i) and any(c.lower_ in ("de", "du", "d'", "d’") for c in child.children)
                if child.i == inner.i or not (genitive or child.dep_ in ACTOR_DEPS_OF_PAYS):
                    continue
                actor = self._country_mention(child)
                if actor is None:
                    return None  # a person, a body or a thing acts: no state is set aside
                # a speaker's own state is not `le pays` of what it says (a clause: `estimant que le pays`)
                return actor, genitive or (clause and head.lemma_ in REPORTING)
            clause = clause or (head.pos_ in ("VERB", "AUX") and head.dep_ in CLAUSE_DEPS)
            inner, head = head, head.head
        return None

    def _country_mention(self, word: Token) -> Mention | None:
        """The state mention a word is (a relative `qui`: its antecedent's), else None."""
        if word.lower_ == "qui" and word.head.dep_ == "acl:relcl":
            word = word.head.head
        found = mention_of_token(self.mentions, word)
        return found if found is not None and found.type == "country" else None

    def _other_than_actor(self, pays: Token, offset: int, nearest: Mention) -> str | None:
        """`le pays` where a state acts: when that state cannot be it, the nearest other state named since the
        sentence before; when it may be and is the state named last, that state only if no other is named
        there (two candidates: none); else the state named last (`X a frappé Y, privant le tiers du pays`: Y)."""
        actor, excluded = self._acting_state(pays)
        if excluded:
            return self._other_than(actor, pays, offset)
        if nearest.entity != actor.entity:
            return nearest.entity
        others = [m for m in self._states_since_sentence_before(pays, offset) if m.entity != actor.entity]
        return None if others else actor.entity  # the acting state may be `le pays` only when none competes

    def _other_than(self, actor: Mention, pays: Token, offset: int) -> str | None:
        """The nearest state other than ``actor`` named since the sentence before `le pays`, if known."""
        others = [m for m in self._states_since_sentence_before(pays, offset) if m.entity != actor.entity]
        if not others and self.kb.get(actor.entity) is None:  # `l'ingérence de Varsovie dans les affaires du pays`:
            others = [m for m in self._states_before(offset) if m.entity != actor.entity][:1]  # the state named last
        return others[0].entity if others and self.kb.get(others[0].entity) is not None else None

    def _states_since_sentence_before(self, pays: Token, offset: int) -> list[Mention]:
        sentence = sentence_of(pays)
        since = sentence_of(self.doc[sentence.start - 1]).start_char if sentence.start > 0 else sentence.start_char
        return [m for m in self._states_before(offset) if m.start >= since]

    def _in_apposition_to(self, mention: Mention, pays: Token) -> bool:
        """Is `le pays` inside a description set after the state's name (`déplairait à Moscou, premier fournisseur
        d'armes du pays`)? What describes a state relates it to another country: `le pays` is that one. Read on
        the words (a comma right after the name, then no other break and no verb), as the parser often hangs the
        description on the verb."""
        between = self.doc.char_span(mention.end, pays.idx, alignment_mode="expand")
        if between is None or len(between) < 2 or between[0].text != ",":
            return False
        return not any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in ("qui", "que", "dont")
                       for t in between[1:])

    def _actor_of_a_noun(self, mention: Mention, pays: Token) -> bool:
        """Is the state the `de` complement of a noun of what a state has or does (`les troupes de Moscou`, `le
        soutien de Pékin`), in the sentence of `le pays`? Such a state acts there; `le pays` is another one."""
        token = span_root(self.doc, mention.start, mention.end)
        if token is None or sentence_of(token).start != sentence_of(pays).start:
            return False
        of = any(c.lower_ in ("de", "du", "d'", "d’") for c in token.children)
        return of and token.dep_ == "nmod" and token.head.pos_ == "NOUN" and token.head.lower_ in STATE_ACT_NOUNS

    def _inside_subject_of(self, mention: Mention, word: Token) -> bool:
        """Is the mention inside the subject of the clause that holds ``word``, without being that subject?"""
        verb = word
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]  # an apposition may be a second one
        token = span_root(self.doc, mention.start, mention.end)
        if token is None or any(token.i == s.i for s in subjects):
            return False
        if not subjects and "Inf" in verb.morph.get("VerbForm"):
            # `Les diplomates, en poste à l'ambassade de Russie, ont jusqu'à lundi pour quitter le pays`: the doer of
            # an infinitive is a subject before it in its sentence, which the mention may sit in (however the parser
            # hung that subject)
            holder = next((a for a in token.ancestors if a.dep_ in SUBJECT_DEPS), None)
            return holder is not None and holder.i < word.i and word not in holder.subtree and (
                sentence_of(holder).start == sentence_of(word).start)
        if verb.dep_ == "acl:relcl" and any(s.lower_ == "qui" for s in subjects):
            antecedent = verb.head  # `un diplomate de l'ambassade de Russie, qui a quitté le pays`
            if antecedent.left_edge.i <= token.i < verb.i and token not in verb.subtree and token.i != antecedent.i:
                return True
        return any(s.left_edge.i <= token.i <= s.right_edge.i for s in subjects)

    def _covered_inside(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a mention other than a longer description holding it (`pays` inside `homme
        fort du pays`, a mention of its own, as `l'actuel dirigeant` inside `le père de l'actuel dirigeant`)?"""
        return any(m.start < end and start < m.end and not (m.kind == "nominal" and m.start < start and end <= m.end)
                   for m in self.mentions)

    def territory_mentions(self) -> None:
        """`le territoire russe`, `le sol ukrainien`, `le régime nord-coréen`, `la partie japonaise`: the country
        the adjective names (a regime is the state as it acts, like the capital standing for it; a side, the state
        in a dispute or a talk)."""
        for match in TERRITORY.finditer(doc_text(self.doc)):
            demonym = match.group("demonym") or match.group("side_demonym")
            country = self.country_by_label.get(fold(demonym_country(demonym) or ""))
            start = match.start("noun") if (match.group("det") or "").lower() in FUSED else match.start()
            if country is not None and not self._covered(start, match.end()):
                self._add(start, match.end(), country, "nominal", "country")

    def regime_anaphors(self) -> None:
        """`La Corée du Nord a tiré un missile. Le régime a affirmé`: a bare `le régime` (no adjective, no `de`
        after it: not `le régime de sanctions`) takes up the state the article is about, when the knowledge base
        holds it and it is both the state named last and the one named most so far (no guess between two)."""
        for match in BARE_REGIME.finditer(doc_text(self.doc)):
            fused = match.group("det").lower() in FUSED
            start = match.start("noun") if fused else match.start()
            if self._covered(start, match.end()) or self._is_adjective(match.end() + 1):
                continue  # `le régime syrien` (read as a territory when the knowledge base holds the state)
            states = [m.entity for m in self._states_before(match.start())]
            if not states or self.kb.get(states[0]) is None:
                continue
            counts = Counter(states).most_common(2)
            if counts[0][0] == states[0] and (len(counts) == 1 or counts[1][1] < counts[0][1]):
                self._add(start, match.end(), states[0], "nominal", "country")

    def division_mentions(self) -> None:
        """`l'île de Rebun`, `la péninsule de Noto`: one local place for the whole phrase (its article with it, a
        nominal mention) in place of the name inside, which only gives it its name; the same words are one place.
        A name linked to Wikidata keeps its link (`la région de l'Amour`), a phrase the linker read as one name
        keeps its span (`province de Binh Dinh`), and no QID is ever guessed for the whole."""
        places: dict[str, str] = {}
        for match in DIVISION.finditer(doc_text(self.doc)):
            adjective = match.group("adj")
            name = next((m for m in self.mentions if m.kind == "name" and m.start == match.end()
                         and not is_qid(m.entity) and m.type in ("place", "country", "other")), None)
            if name is None or (adjective is not None and demonym_country(adjective) is not None):
                continue
            start = match.start("noun") if match.group("det").lower() in FUSED else match.start()
            self.mentions.remove(name)
            if not any(m.entity == name.entity for m in self.mentions):
                self.entities.by_id.pop(name.entity, None)
            words = doc_text(self.doc)[match.start("noun"):name.end]
            entity = places.get(fold(words)) or self.entities.new_local(words, "place", UNLINKED_DIVISION)
            places[fold(words)] = entity
            self.mentions.append(Mention(start, name.end, entity, "nominal", "place"))

    def city_anaphors(self) -> None:
        """`la ville`, `cette ville`: the city last named (wdt:P31 city or capital)."""
        for match in CITY_ANAPHOR.finditer(doc_text(self.doc)):
            city = next((m for m in self._before(match.start(), "place") if m.kind == "name" and set(
                self.kb.get(m.entity).claim("P31")) & SETTLEMENT_CLASSES), None)
            start = match.start("noun") if match.group("det").lower() in FUSED else match.start()
            if city is not None and not self._covered(start, match.end()):
                self._add(start, match.end(), city.entity, "nominal", "place")

    def _is_adjective(self, offset: int) -> bool:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].pos_ == "ADJ"

    def war_mentions(self) -> None:
        """`son assaut en Ukraine`, `le conflit en Ukraine`: the war of the knowledge base that names that
        country in its label (`invasion de l'Ukraine par la Russie`)."""
        wars = [e for e in self.kb.of_type("event") if set(fold(e.label("fr")).split()) & WAR_LABEL_WORDS]
        for match in [*WAR_PATTERN.finditer(self.straight_text),
                      *WAR_DEMONYM.finditer(doc_text(self.doc))]:
            demonym = match.groupdict().get("demonym")
            place = fold(match.group("place") or demonym_country(demonym) or "-")
            # `l'offensive ukrainienne` is Ukraine's own act: an act of war takes the war whose invader its
            # adjective names (`par la Russie` in the label), a war or conflict the one fought in that country
            named = rf"\bpar\b.*\b{re.escape(place)}\b" if demonym and match.group("noun").lower() in \
                AGGRESSION_NOUNS else rf"\b{re.escape(place)}\b"
            found = [e.qid for e in wars if re.search(named, fold(e.label("fr")))]
            start = match.start("noun") if match.group("det").lower() in FUSED | {"de la"} else match.start()
            if len(found) == 1 and not self._covered(start, match.start("prep")):
                self._add(start, match.end(), found[0], "nominal", "other")

    def description_anaphors(self, wars: bool = True) -> None:
        """`la guerre`, `le Conseil`, `l'instance`: see :mod:`newsld.extract.anaphors`."""
        for mention in [*(bare_war_mentions(self.kb, self.doc, self.mentions) if wars else ()),
                        *organisation_anaphors(self.kb, self.doc, self.mentions)]:
            if not self._covered(mention.start, mention.end):  # (a local body too: `la Cour` after its name)
                self._add_reference(mention.start, mention.end, mention.entity, mention.kind, mention.type)

    def group_mentions(self) -> None:
        """`ses alliés` (the allies of the one named last before in the sentence), `plusieurs dirigeants
        européens`: local groups, the same one for the same words (see :mod:`newsld.extract.anaphors`)."""
        for start, end, owner in possessed_groups(self.doc, self.mentions):
            noun = doc_text(self.doc)[start:end].split()[-1]
            label = f"{noun} ({self.entities.by_id[owner.entity].label})" if owner.entity in self.entities.by_id \
                else doc_text(self.doc)[start:end]
            self.mentions.append(Mention(start, end, self._local_group(label), "nominal", "group"))
        for start, end in counted_groups(self.doc, self.mentions):
            label = " ".join(doc_text(self.doc)[start:end].split()[-2:])
            self.mentions.append(Mention(start, end, self._local_group(label), "nominal", "group"))
        for start, end in collective_groups(self.doc, self.mentions):  # `la communauté internationale`
            label = " ".join(doc_text(self.doc)[start:end].split()[-2:])
            self.mentions.append(Mention(start, end, self._local_group(label), "nominal", "group"))
        for start, end, label in national_groups(self.doc, self.mentions):  # `des soldats nord-coréens`
            self.mentions.append(Mention(start, end, self._local_group(label), "nominal", "group"))
        for start, end, label in national_institutions(self.doc, self.mentions):  # `la diplomatie chinoise`
            self.mentions.append(Mention(start, end, self._local_group(label, "organization"), "nominal",
                                         "organization"))
        # `Des centaines de secouristes`, `La police de Tokyo`, `les services de secours`: local, never linked
        groups = described_group_mentions(self.doc, self.mentions, self._local_group)
        kept = [*without_counted_people(self.doc, self.mentions, groups), *groups]
        for gone in {m.entity for m in self.mentions} - {m.entity for m in kept}:
            self.entities.by_id.pop(gone, None)  # `Vietnamiens` in `Des milliers de Vietnamiens`: the crowd's now
        self.mentions[:] = kept

    def group_take_ups(self) -> None:
        """`ces groupes armés` after `des séparatistes`: the groups and bodies the group step described, taken up
        by a general noun before the events read who acts (see
        :func:`newsld.extract.anaphors.description_mentions`; the things events describe are taken up after)."""
        repeated, _ = description_mentions(self.doc, self.mentions)
        self.mentions.extend(m for m in repeated if m.type in ("group", "organization"))

    def _local_group(self, label: str, type_: str = "group") -> str:
        return self.entities.local(label, type_, UNLINKED_GROUP if type_ == "group" else UNLINKED_NOT_IN_KB)

    def _il_y_a(self, token: Token) -> bool:
        """`il y a`, `il n'y aura`: impersonal, never a person."""
        following = [t.lower_.replace("’", "'") for t in self.doc[token.i + 1:token.i + 5]]
        following = [w for w in following if w not in ("n'", "ne")]
        if len(following) < 2 or following[0] != "y" or following[1] not in AVOIR_FORMS:
            return False
        # `Il y a inauguré un pont`, `il y avait plaidé`: a past tense of a verb done there, not `il y a`
        avoir = next(t for t in self.doc[token.i + 1:token.i + 5] if t.lower_ in AVOIR_FORMS)
        verb = next((t for t in self.doc[avoir.i + 1:avoir.i + 4] if t.pos_ != "ADV"), None)
        return verb is None or verb.lower_ == "eu" or not (verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm"))

    def body_pronoun_mentions(self) -> None:
        """`Les secouristes ... Ils ont retrouvé`, `la police ... Elle a indiqué`: a subject pronoun no person took
        stands for the body or group subject before it (see :func:`newsld.extract.anaphors.body_pronouns`)."""
        for start, end, body in list(body_pronouns(self.doc, self.mentions)):
            word = self.doc.char_span(start, end, alignment_mode="expand")
            if word is not None and len(word) and withheld_pronoun(word[-1]):
                continue  # the resolver found it stands for something it could not link
            if not self._covered(start, end):
                self._add_reference(start, end, body.entity, "pronoun", body.type)

    def object_pronoun_mentions(self) -> None:
        """`lui` (the person last named, or the subject of the main clause a `lorsque` clause precedes) and
        the place clitic `y` (the place last named in its sentence)."""
        for token in self.doc:
            if (token.lower_ == "lui" and token.pos_ == "PRON") or (token.lower_ == "elle" and _quant_a(token)):
                target = self._lui_referent(token)  # `Mme X a quant à elle estimé`: as `lui`, emphatic
                if target is not None:
                    self._add_reference(token.idx, token.idx + len(token.text), target.entity, "pronoun", target.type)
            elif token.lower_ == "elle" and token.pos_ == "PRON" and _after_preposition(token):
                woman = self._strong_elle_referent(token)
                if woman is not None:
                    self._add_reference(token.idx, token.idx + 4, woman.entity, "pronoun", "person")
            elif token.lower_ == "y" and token.pos_ == "PRON" and not self._il_y_a(self.doc[token.i - 1]) and not (
                    _stands_for_a_thing(token)):
                place = self._place_before(token)
                if place is not None:
                    self._add_reference(token.idx, token.idx + 1, place.entity, "pronoun", place.type)
            elif token.lower_.replace("’", "'") in OBJECT_CLITICS and token.dep_ == "obj" and token.pos_ == "PRON":
                target = self._object_referent(token)
                if target is not None:
                    self._add_reference(token.idx, token.idx + len(token.text), target.entity, "pronoun", "person")
            elif token.lower_ == "les" and token.dep_ == "obj" and token.pos_ == "PRON":
                group = self._conjoined_group_object(token)
                if group is not None:
                    self._add_reference(token.idx, token.idx + 3, group.entity, "pronoun", group.type)

    def _conjoined_group_object(self, token: Token) -> Mention | None:
        """`La police a interpellé des manifestants et les a placés en garde à vue`: the plural clitic of a verb
        joined by `et` (`puis`) to the one before, with no subject of its own, stands for that verb's object when it
        is a group of people (a thing, `des missiles ... et les a tirés`, is left alone)."""
        verb = token.head
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        objects = [c for c in verb.head.children if c.dep_ == "obj" and c.i < token.i]
        found = [(c, m) for c in objects if (m := mention_of_token(self.mentions, c)) is not None]
        if len(found) != 1:
            return None
        noun, mention = found[0]
        people = mention.type == "group" or (mention.type == "person" and "Plur" in noun.morph.get("Number"))
        return mention if people else None

    def _object_referent(self, token: Token) -> Mention | None:
        """`X l'a accueilli`, `X la recevra`: an object clitic of a verb whose object is a person is someone
        other than the verb's subject, named before, of the clitic's gender (`la`; for `l'`, the gender of the
        participle that agrees with it: `l'a accueillie`)."""
        verb = token.head
        if not (verb.lemma_ in PERSON_OBJECT_VERBS or _urged_to_act(verb)) or verb.i < token.i:
            return None
        gender = OBJECT_CLITICS[token.lower_.replace("’", "'")] or _morph_gender(verb) or "Masc"
        if gender not in ACCEPTED_GENDERS:
            return None
        subject = self._subject_of_clitic_verb(token)
        if subject is None and self._unknown_clitic_subject(token):
            return None  # `Le dirigeant brésilien l'a remercié`: anyone but him, whom the resolver cannot tie
        if self._thing_nearer(token, gender, subject):
            return None  # `Poutine a annoncé un accord. Xi Jinping l'a accueilli`: the accord, most likely
        return self._sole_other(token, subject, gender)

    def _sole_other(self, token: Token, subject: Mention | None, gender: str = "Masc") -> Mention | None:
        """The person an object or dative clitic stands for: someone other than the verb's subject, of the
        clitic's gender, named last before it. When that person is a subject in the clitic's sentence (of the
        clause that reports this one: `Le porte-parole a dit que le président le recevrait`) and another person
        of that gender is named in the sentence or the one before, French does not say which: no link."""
        window = self._window_start(token)
        others = [m for m in self._before(token.idx, "person", local=True)
                  if (subject is None or m.entity != subject.entity)
                  and self._person_gender(m.entity) in ACCEPTED_GENDERS[gender]]
        if not others:
            return None
        near = {m.entity for m in others if m.start >= window}
        own = sentence_of(token).start_char
        was_subject = any(self._is_subject(m) for m in others if m.entity == others[0].entity and m.start >= own)
        return None if len(near) > 1 and was_subject else others[0]

    def _window_start(self, token: Token) -> int:
        sentence = sentence_of(token)
        return sentence_of(self.doc[sentence.start - 1]).start_char if sentence.start > 0 else sentence.start_char

    def _thing_nearer(self, token: Token, gender: str, subject: Mention | None) -> bool:
        """Is a noun of that gender that names no person, a subject or an object, nearer before the clitic
        (in its sentence or the one before) than any person other than the verb's subject?"""
        sentence = sentence_of(token)
        first = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        for candidate in reversed(self.doc[first:token.i]):
            mention = mention_of_token(self.mentions, candidate) if candidate.pos_ in ("NOUN", "PROPN") else None
            other = subject is None or (mention is not None and mention.entity != subject.entity)
            if mention is not None and mention.type == "person" and other:
                return False
            if candidate.pos_ == "NOUN" and candidate.dep_ in ("obj", *SUBJECT_DEPS) and mention is None:
                return _morph_gender(candidate) in (gender, None)
        return False

    def _place_before(self, token: Token) -> Mention | None:
        """What the clitic `y` stands for: the place or country last named in its sentence or the one before
        (`doit se rendre au Viêt Nam. Il y rencontrera`)."""
        sentence = sentence_of(token)
        previous = sentence_of(self.doc[sentence.start - 1]) if sentence.start > 0 else sentence
        # (a place described, `arrivé dans la capitale biélorusse, il y présidait`, as well as named)
        places = [m for m in sorted(self.mentions, key=lambda m: -m.start)
                  if previous.start_char <= m.start < token.idx and m.type in ("place", "country")
                  and m.kind in ("name", "nominal")]
        # the nearest where one is (`gagnera le Laos, où il participera à Vientiane`) or what is acted on (`a signé à
        # Minsk un traité qui place la Biélorussie sous sa protection, et Moscou promet d'y déployer`), not a name
        # that only completes a noun (`se rendra à Hanoï, capitale du Viêt Nam. Il y rencontrera`)
        standing = [m for m in places if self._located(m) or not self._completes_noun(m)]
        place = (standing or places or [None])[0]
        return None if place is None or self._place_noun_nearer(token, place) else place

    def _place_noun_nearer(self, token: Token, place: Mention) -> bool:
        """`À Séoul, des manifestants se sont rassemblés devant l'ambassade du Japon et la police a interpellé des
        étudiants qui tentaient d'y pénétrer`: a noun of a building or a site (`l'ambassade`, `l'usine de Toula`,
        `l'aéroport`) named after the place, or holding it as its complement, is nearer: `y` is that, no known entity.
        A noun of a settlement or a region (`la ville de Kharkiv`) is the place itself."""
        for word in reversed(self.doc[sentence_of(self.doc[max(0, self._token_at(place.start))]).start:token.i]):
            if word.pos_ == "NOUN" and word.idx > place.start and self._whose_place_unknown(word):
                return True  # `a accusé Séoul d'avoir envoyé des ballons au-dessus de sa capitale pour y jeter`
            if word.pos_ != "NOUN" or word.lower_ not in SITE_NOUNS:
                continue
            if word.idx > place.start or (word.left_edge.idx <= place.start and place.end <= (
                    word.right_edge.idx + len(word.right_edge))):
                return True
        return False

    def _whose_place_unknown(self, noun: Token) -> bool:
        """`sa capitale`, `leur ville`: a settlement or region owned by a possessive that no mention resolves; `y`
        after it may be that place, whichever state it belongs to."""
        return noun.lower_ in SETTLEMENT_NOUNS and any(
            c.dep_ == "det" and c.lower_ in POSSESSIVES for c in noun.children) and mention_of_token(
            self.mentions, noun) is None

    def _token_at(self, offset: int) -> int:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def _completes_noun(self, mention: Mention) -> bool:
        root = span_root(self.doc, mention.start, mention.end)
        return root is not None and root.dep_ == "nmod" and root.head.pos_ == "NOUN"

    def _located(self, mention: Mention) -> bool:
        root = span_root(self.doc, mention.start, mention.end)
        case = next((c.lower_ for c in root.children if c.dep_ == "case"), None) if root is not None else None
        return case in WHERE_PREPOSITIONS

    def _lui_referent(self, token: Token) -> Mention | None:
        """`lui` by where it stands. Emphatic (`Le Japon a lui aussi`, `X, lui, a`): the subject, of any type.
        Dative before the verb (`X lui a remis`): someone other than the verb's subject, which is the person
        named nearest before it in the sentence. Otherwise (`selon lui`, `avec lui`): the last person."""
        if self._emphatic(token):
            return self._nearest_in_sentence(token, ("person", "country", "organization"), outermost=True)
        decided, referent = dative_referent(self.mentions, token)  # `X a reçu Y et lui a dit`: Y
        if decided:
            return referent
        if _before_verb(token):
            subject = self._subject_of_clitic_verb(token)
            if subject is None and self._unknown_clitic_subject(token):
                # `Le dirigeant brésilien lui a offert`: not him, and who he is the resolver cannot say; whom one
                # answers is who spoke before (`X a accusé Y. Le représentant ukrainien lui a répondu`)
                return self._replied_to(token, None)
            if self._unnamed_person_nearer(token, subject):
                return self._cataphora(token)
            return self._cataphora(token) or self._replied_to(token, subject) or self._sole_other(
                token, subject, "Masc")
        # a `lui` after a preposition is the strong, masculine form (`avec elle` for a woman)
        last = self._cataphora(token) or self._main_subject_over_adverbial(token) or next(
            (m for m in self._before(token.idx, "person", local=True)
             if self._person_gender(m.entity) in ACCEPTED_GENDERS["Masc"]), None)
        return self._other_than_own_subject(token, last)

    def _strong_elle_referent(self, token: Token) -> Mention | None:
        """`s'est entretenu avec elle`, `un mandat contre elle`: the strong `elle` after a preposition is the woman
        named last, in its sentence or the one before, as a strong `lui` is a man; but when a state, an
        organisation, a group or a feminine thing is named there too (`La Chine ..., a dit Mme X. Sans elle,
        Moscou`), French does not say which: no link."""
        woman = next((m for m in self._before(token.idx, "person", local=True)
                      if self._person_gender(m.entity) in ACCEPTED_GENDERS["Fem"]), None)
        window = self._window_start(token)
        if woman is None or woman.start < window or any(
                window <= m.start < token.idx and m.type in ("country", "organization", "group", "object")
                for m in self.mentions) or self._thing_nearer(token, "Fem", woman):
            return None
        return self._other_than_own_subject(token, woman, "Fem")

    def _other_than_own_subject(self, token: Token, last: Mention | None, gender: str = "Masc") -> Mention | None:
        """`Le président chinois a salué en lui un vieil ami`, `Il a parlé avec lui`: a `lui` after a preposition
        is not the subject of its own clause (French says `soi`, `lui-même`): when the person found is that subject,
        the other person named before (see :meth:`_sole_other`), unless a person the resolver could not tie to
        anyone is nearer; after a preposition of place or company (`avec lui`, `chez lui`, `autour de lui`) French
        allows the subject too: no link."""
        before = self.doc[token.i - 1] if token.i else None
        preposition = next((c.lower_ for c in token.children if c.dep_ == "case"), None) or (
            before.lower_ if before is not None and before.pos_ == "ADP" else None)  # `en lui`: `fixed` to `en`
        if last is None or preposition is None:
            return last
        verb = token.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        words = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < token.i] or [_shared_subject(verb)]
        subject = self._subject_mention(words[0]) if words[0] is not None else None
        if subject is None or subject.entity != last.entity:
            return last
        if preposition in REFLEXIVE_PREPOSITIONS or self._unnamed_person_nearer(token, subject):
            return None
        return self._sole_other(token, subject, gender)

    def _main_subject_over_adverbial(self, token: Token) -> Mention | None:
        """`X s'est entretenu avec Y ... depuis que la Cour a émis un mandat contre lui`: a `lui` after a preposition
        in an adverbial clause (`depuis que`, `alors que`, `parce que`) whose subject is someone else stands for the
        person subject of the main clause, not for the person named last (Y)."""
        if not any(c.dep_ == "case" for c in token.children):
            return None
        clause = token.head
        for _ in range(5):
            if clause.pos_ in ("VERB", "AUX") and clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" for c in clause.children):
                break
            if clause.head.i == clause.i:
                return None
            clause = clause.head
        else:
            return None
        main = clause.head
        subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS]
        told = self._subject_mention(subjects[0]) if subjects else None
        if told is None or told.type != "person":
            return None
        own = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if not own:  # `avant de voter contre lui`: the clause's doer is the main subject, `lui` someone else
            return None
        own_mention = self._subject_mention(own[0])
        return None if own_mention is not None and own_mention.entity == told.entity else told

    def _replied_to(self, token: Token, subject: Mention | None) -> Mention | None:
        """`X a accusé Y. Z lui a répondu`: whom one answers is who spoke last, the person subject of the
        sentence before (not who was accused in it), when that person is not the verb's own subject."""
        verb = next((t for t in token.doc[token.i + 1:token.i + 4] if t.pos_ == "VERB"), None)
        sentence = sentence_of(token)
        if verb is None or verb.lemma_ not in REPLY_VERBS or sentence.start == 0:
            return None
        previous = sentence_of(self.doc[sentence.start - 1])
        subjects = [m for m in self.mentions if previous.start_char <= m.start < previous.end_char
                    and m.type == "person" and self._is_subject(m)]
        speaker = subjects[0] if subjects else None
        return speaker if speaker is not None and (subject is None or speaker.entity != subject.entity) else None

    def _subject_of_clitic_verb(self, token: Token) -> Mention | None:
        """The subject of the verb a clitic stands before: by the parse when it gives one (`cela lui
        convient`: no person), else the person named nearest before in the sentence."""
        verb = next((t for t in token.doc[token.i + 1:token.i + 4] if t.pos_ in ("AUX", "VERB")), None)
        if verb is None:
            return self._nearest_in_sentence(token, ("person",))
        verb = verb.head if verb.dep_.startswith(("aux", "cop")) else verb
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != token.i]
        if subjects:
            return self._subject_mention(subjects[0])
        shared = _shared_subject(verb)  # `X a reçu Y et l'a invité`: X, not Y, who is named nearer
        if shared is not None:
            return self._subject_mention(shared)
        return self._nearest_in_sentence(token, ("person",))

    def _unknown_clitic_subject(self, token: Token) -> bool:
        """Is the subject of the verb a clitic stands before a person named by a noun only, that no mention covers
        (`Le dirigeant brésilien lui a offert`)? The clitic is someone else than that person, whom the resolver
        cannot tie to anyone: the person named before may be that subject."""
        verb = next((t for t in token.doc[token.i + 1:token.i + 4] if t.pos_ in ("AUX", "VERB")), None)
        verb = verb.head if verb is not None and verb.dep_.startswith(("aux", "cop")) else verb
        word = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != token.i), None) if verb else None
        return word is not None and self._unknown_person(word, _morph_gender(word) or "Masc")

    def _subject_mention(self, subject: Token) -> Mention | None:
        """The mention a subject stands for; a relative `qui` stands for the noun its clause hangs from
        (`reçu par X, qui lui a promis`: X)."""
        if subject.lower_ == "qui" and subject.head.dep_ == "acl:relcl":
            return mention_of_token(self.mentions, subject.head.head)
        if subject.lower_ == "qui":  # the parser lost the relative clause: the words right before `qui`
            before = subject.i - 1 if subject.i and subject.doc[subject.i - 1].text != "," else subject.i - 2
            return mention_of_token(self.mentions, subject.doc[before]) if before >= 0 else None
        return mention_of_token(self.mentions, subject)

    def _emphatic(self, token: Token) -> bool:
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        before = self.doc[token.i - 1] if token.i else None
        if (after is not None and after.lower_ in ("aussi", "non", "-même", "même", "seul")) or _quant_a(token):
            return True  # `M. X a quant à lui estimé`: X, the subject, not the last person named
        return after is not None and after.text == "," and before is not None and before.text == ","

    def _nearest_in_sentence(self, token: Token, types: tuple[str, ...], outermost: bool = False) -> Mention | None:
        """The mention of one of these types named last before the token in its sentence; with ``outermost``,
        a description is taken whole, not the name inside it (`Le chef du Kremlin a, lui,`: the person)."""
        start = sentence_of(token).start_char
        found = [m for m in self.mentions if start <= m.start and m.end <= token.idx and m.type in types
                 and (self.kb.get(m.entity) is not None or m.entity in self.entities.by_id)]
        if outermost:
            found = [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end
                                                 and (o.start, o.end) != (m.start, m.end) for o in found)]
        return max(found, key=lambda m: m.start) if found else None

    def _unnamed_person_nearer(self, token: Token, subject: Mention | None) -> bool:
        """Is a person named only by a noun the resolver could not tie to anyone (`a félicité son allié`)
        nearer before a dative clitic, in its sentence or the one before, than any person other than the
        verb's subject? Then that person may be the one meant: no link rather than the person before."""
        sentence = sentence_of(token)
        first = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        for candidate in reversed(self.doc[first:token.i]):
            mention = mention_of_token(self.mentions, candidate)
            if mention is not None and mention.type == "person" and (subject is None
                                                                     or mention.entity != subject.entity):
                return False
            if (mention is None and candidate.pos_ == "NOUN" and candidate.dep_ in ("obj", "iobj", "obl:arg")
                    and (is_person_noun(candidate.lower_) or candidate.lower_ in COUNTERPART_NOUNS)):
                return True
        return False

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

        return root.dep_ in SUBJECT_DEPS or mention.kind == "pronoun" or opens or _titled_subject(root)

    def _add(self, start: int, end: int, qid: str, kind: str, type_: str | None = None) -> None:
        entity = self.kb.get(qid)
        if entity is None or (self._covered(start, end) and kind == "pronoun"):
            return
        type_ = type_ or ("person" if entity.type == "person" else _mention_type(entity.type))
        self.entities.add(Entity(qid, entity.label("fr"), type_, entity.labels.get("en")))
        self.mentions.append(Mention(start, end, qid, kind, type_))


FORMER = {"ancien", "ancienne", "ex"}  # before a title: one the person held
APPOSITION_HEADS = {"porte-parole", "ministre", "dirigeant", "dirigeante", "président", "présidente", "chef",
                    "secrétaire", "journal", "quotidien", "hebdomadaire", "agence", "ambassadeur", "ambassadrice",
                    "conseiller", "conseillère", "premier", "première", "vice-président", "vice-ministre",
                    "directeur", "directrice", "commandant", "général", "leader", "numéro", "chancelier",
                    "haut", "patron", "patronne", "fondateur", "représentant", "représentante", "envoyé", "envoyée",
                    "homologue", "négociateur", "parti", "organisation", "groupe", "chaîne", "radio", "télévision",
                    "organe",
                    # a monarchy's titles (`le prince héritier saoudien Mohammed ben Salmane`, `le roi Charles III`)
                    "prince", "princesse", "roi", "reine", "émir"}
SECOND_TITLE_HEADS = (APPOSITION_HEADS - {"journal", "quotidien", "hebdomadaire", "agence", "parti", "organisation",
                                          "groupe", "chaîne", "radio", "télévision"}) | {"homme", "femme"}
# Class nouns that, with a definite article, point back to an entity of that class (`l'agence`, `du parti`).
CLASS_NOUNS = {"agence": "Q192283", "parti": "Q7278", "journal": "Q11032", "quotidien": "Q11032"}
CLASS_PATTERN = re.compile(
    r"\b(?P<det>l'|le|la|du|au)\s*(?P<noun>agence|parti|journal|quotidien)\b(?!\s+(?:de|d'|du|des)\b)", re.IGNORECASE)
OTHER_COUNTRY_ADJECTIVES = {"voisin", "rival", "ennemi", "frère", "ami", "allié"}  # another country
COUNTRY_ANAPHOR = re.compile(r"\b(?P<det>le|ce|du|au)\s+pays(?:\s+(?P<adj>[a-zéèêëïîôûç]+))?\b", re.IGNORECASE)
WAR_NOUNS = r"assaut|offensive|invasion|guerre|conflit|intervention|agression|opération militaire spéciale"
AGGRESSION_NOUNS = {"assaut", "offensive", "invasion", "intervention", "agression", "opération militaire spéciale"}
WAR_PATTERN = re.compile(
    rf"\b(?P<det>son|sa|le|la|l'|cette|ce|du|de la)\s*(?P<noun>{WAR_NOUNS})"
    r"\s+(?P<prep>en|contre|de|d')\s*(?:l')?\s*(?P<place>[A-ZÉ][\w-]+)",
    re.IGNORECASE)
WAR_DEMONYM = re.compile(  # `le conflit ukrainien`: no preposition, so the group `prep` is None
    rf"\b(?P<det>(?i:son|sa|le|la|l'|cette|ce|du|de la))\s*(?P<noun>{WAR_NOUNS})(?P<prep>)(?P<place>)"
    r"\s+(?P<demonym>" + NATIONALITY_WORD + r")")
# (`la partie japonaise`, `de la partie russe`: a state as one side of a dispute or a talk)
TERRITORY = re.compile(
    r"\b(?P<det>(?i:le|du|au))\s+(?P<noun>territoire|sol|régime)\s+(?P<demonym>(?:[a-zéèêëïîôûç]+-){0,2}[a-zéèêëïîô]+)"
    r"|\b(?P<side>(?i:la))\s+partie\s+(?P<side_demonym>(?:[a-zéèêëïîôûç]+-){0,2}[a-zéèêëïîô]+)")
MINISTER_KINDS = {"foreign minister", "defence minister"}  # kinds of office whose holders are ministers
# `l'ancien Premier ministre japonais ` right before a name: a title of the past, up to the name
FORMER_TITLE = re.compile(r"\b(?i:ancien|ancienne|ex|futur|future)\b[^,.;:«»()]*$")
# `le régime`, `du régime` with nothing after it that says whose or which (`le régime de sanctions`, `le régime
# nord-coréen`)
BARE_REGIME = re.compile(r"\b(?P<det>(?i:le|du|au|ce))\s+(?P<noun>régime)\b(?!\s+(?:de|d'|d’|des|du)\b)(?!-)")
CITY_ANAPHOR = re.compile(r"\b(?P<det>(?i:la|cette))\s+(?P<noun>ville)\b(?!\s+(?:de|d'|d’)\b)")
# `l'île de Rebun`, `la région frontalière de Koursk`, `le département de Nagasaki`: a division or a feature of land
# named by a noun of its kind and the name it takes from; an adjective of kind may come between (not a nationality:
# `la région russe de Koursk` says whose the region is, and leaves the name alone).
DIVISION = re.compile(
    r"\b(?P<det>(?i:l['’]|la|le|du|au))\s*(?P<noun>île|archipel|région|province|préfecture|département|péninsule"
    r"|État|oblast|district|comté|canton|gouvernorat)(?:\s+(?P<adj>[a-zéèêëïîôûç-]+))?\s+(?:de\s+|d['’]|du\s+)")
UNLINKED_DIVISION = "a place the article names by its kind and a name; no verified QID for the whole"


# Nouns of a body that, after an organisation's name and a comma, describe it (`la Douma, la chambre basse`).
BODY_NOUNS = {"chambre", "assemblée", "parlement", "organe", "instance", "institution", "agence", "organisation",
              "ministère", "service", "administration", "tribunal", "cour", "conseil", "comité", "commission",
              "alliance", "coalition", "bloc", "groupe", "entreprise", "société", "compagnie", "firme", "banque"}
# What a state is to another, in an apposition to its name (`Minsk, proche allié de Moscou,`).
STATE_APPOSITION_HEADS = {"allié", "alliée", "voisin", "voisine", "partenaire", "rival", "rivale", "adversaire"}
STATE_APPOSITION_ADJECTIVES = {"proche", "fidèle", "principal", "principale", "grand", "grande", "vieil", "vieille",
                               "premier", "première", "second", "seconde", "deuxième", "troisième",
                               "puissant", "puissante", "indéfectible", "seul", "seule", "dernier", "dernière"}


WITHHELD_KEY = "newsld_withheld_pronouns"  # doc.user_data: subject pronouns that stand for someone not linked


def _main_clause_verb(verb: Token) -> bool:
    """A verb heading a main clause; also one the parser hung as a clause of a fronted noun of time that is the
    sentence's root (`La veille, à Shanghai, le chef de l'État avait assisté à ...`), which has a subject of its
    own and no relative word, unlike a true relative (`la veille, qui ...`)."""
    if verb.dep_ in MAIN_CLAUSE_DEPS:
        return True
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i and (
        verb.head.lemma_.lower() in TIME_NOUNS) and not any(
        c.lower_ in RELATIVE_WORDS or c.lower_ == "qui" or c.dep_ == "mark" for c in verb.children)


def _splits_quote(subject: Token) -> bool:
    """`« Une conférence sans la Russie, a estimé le porte-parole, Dmitri Peskov, n'a aucun sens. »`: the inverted
    subject of a reporting verb set off by a comma inside the guillemets is who speaks them, not a quoted word."""
    verb = subject.head
    if not (subject.i > verb.i and verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING):
        return False
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)])
    return first > 0 and subject.doc[first - 1].text == ","


def _ends_title(doc: Doc, end: int) -> bool:
    """Does a role noun's title stop at ``end``: punctuation, a verb, an adverb or a preposition other than `de`
    after it (`a déclaré le ministre devant la presse`), not an adjective or a name that goes on with it (`le ministre
    délégué`, `le ministre Fidan`)?"""
    span = doc.char_span(end, min(len(doc_text(doc)), end + 40), alignment_mode="expand")
    following = next((t for t in span if not t.is_space), None) if span is not None else None
    return following is None or following.pos_ in ("PUNCT", "VERB", "AUX", "ADV", "ADP", "CCONJ", "SCONJ")


def nationality_label(adjective: str | None) -> str | None:
    """`russe`, `nord-coréenne`, `mongol`: the name of the state an adjective of nationality says (a demonym of the
    table first, then any state's adjective); None for no such adjective."""
    return demonym_country(adjective) or nationality_state(adjective)


def withheld_pronoun(token: Token) -> bool:
    """Did the resolver find that this subject pronoun stands for someone it could not link (an unnamed person
    subject before it, a person named after it)? Then no person named before is its antecedent."""
    return token.i in token.doc.user_data.get(WITHHELD_KEY, ())


# Words that open a clause fronted before the main clause (`Lorsqu'il est arrivé, le ministre ...`).
FRONTED_OPENINGS = {"lorsque", "lorsqu'", "lorsqu’", "quand", "après", "avant", "dès", "depuis", "alors", "tandis",
                    "puisque", "bien", "quoique", "comme"}


def _opens_fronted_clause(sentence: Span) -> bool:
    """Does the sentence open with a fronted participle (`Arrêté en 2021, ...`, `Reçu par X, ...`) or a
    subordinate clause (`Lorsqu'il ...`, `Après qu'il ...`)? (`Avant de partir`: an infinitive has no pronoun.)"""
    words = [t for t in sentence if not t.is_punct][:2]
    if not words:
        return False
    first = words[0]
    if first.lower_ in FRONTED_OPENINGS:
        return len(words) > 1 and (first.lower_.startswith("lorsqu") or first.lower_ in ("quand", "comme")
                                   or words[1].lower_ in ("qu'", "qu’", "que"))
    participle = "Part" in first.morph.get("VerbForm") or (
        first.pos_ in ("NOUN", "ADJ", "VERB") and first.lower_.endswith(("é", "ée", "és", "ées")))
    return participle and first.pos_ not in ("AUX", "DET", "PRON", "ADP", "ADV", "PROPN")


def _main_subject_after_comma(token: Token) -> Token | None:
    """The subject that opens the main clause after the fronted clause holding ``token``: the first subject
    after it, set off by a comma before it (past its determiner), whose verb follows it."""
    sentence = sentence_of(token)
    for word in token.doc[token.i + 1:sentence.end]:
        if word.dep_ not in SUBJECT_DEPS or word.head.i < word.i or word.head.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        start = word.left_edge.i
        return word if start > 0 and token.doc[start - 1].text == "," else None
    return None


def _past_state_adjectives(doc: Doc, head_i: int, type_: str) -> int:
    """`Minsk, proche allié de Moscou`, `X, vieil ami de Y`: the head noun of an apposition to a state or a
    person, past its adjectives."""
    while type_ == "country" and head_i + 1 < len(doc) and doc[head_i].lower_ in STATE_APPOSITION_ADJECTIVES:
        head_i += 1
    while type_ == "person" and head_i + 1 < len(doc) and doc[head_i].pos_ == "ADJ" and not person_head(doc[head_i]):
        head_i += 1
    return head_i


def _acts_as_verb(token: Token) -> bool:
    """A verb, or the root of its sentence; not a title the parser made the root (`Le Premier ministre X était`)."""
    if token.pos_ in ("VERB", "AUX"):
        return token.dep_ != "amod"
    return token.dep_ == "ROOT" and not (token.pos_ == "NOUN" and token.lower_ in APPOSITION_HEADS)


def _nationality_after_noun(token: Token) -> bool:
    """`du ministère kazakh de l'Énergie`: an adjective of nationality right after a noun, which the tagger may
    take for a verb; no verb of a clause."""
    return token.i > 0 and token.doc[token.i - 1].pos_ == "NOUN" and demonym_country(token.lower_) is not None and (
        token.pos_ != "AUX")


def _apposition_head(token: Token, type_: str) -> bool:
    """A head noun that makes an apposition a title of the name before it: an office or a body's class; for a
    state, what it is to another (`proche allié de Moscou`); for a person, any noun of a person (`un économiste`);
    for an organisation, a noun of a body, a company or an outlet (`la chambre haute du Parlement`, `le géant
    pétrolier chinois`)."""
    return token.lower_ in APPOSITION_HEADS or (type_ == "country" and token.lower_ in STATE_APPOSITION_HEADS) or (
        type_ == "person" and person_head(token)) or (type_ == "organization" and _body_head(token))


def _body_head(token: Token) -> bool:
    """A noun that names what kind of body, company or news outlet an organisation is."""
    return token.lower_ in BODY_NOUNS or token.lower_ in COMPANY_NOUNS or token.lower_ in OUTLET_NOUNS


def _unnamed_newcomer(mention: Mention) -> bool:
    """A nominal mention of a local person: someone unnamed, never a partner named before."""
    return mention.kind == "nominal" and mention.entity.startswith("local:")


def _in_of_complement(noun: Token, mention: Mention) -> bool:
    """Is the mention a noun phrase stands for only its `de` complement's (`la visite de M. X`: X), not the
    noun itself?"""
    if noun.pos_ != "NOUN" or mention.start <= noun.idx < mention.end:
        return False
    return any(c.dep_ == "nmod" and any(g.dep_ == "case" and g.lemma_ == "de" for g in c.children)
               and any(mention.start <= t.idx < mention.end for t in c.subtree) for c in noun.children)


def _after_of(doc: Doc, offset: int) -> bool:
    """Does the word at ``offset`` follow `de`, `d'` or `du` (a complement of the noun before)?"""
    before = doc.text[max(0, offset - 4):offset].replace("’", "'")
    return re.search(r"(?:\bde |\bd'|\bdu )$", before, re.IGNORECASE) is not None


def _inverted_object_subject(word: Token) -> bool:
    """`..., a annoncé Dmitri Peskov.`: a name after a verb with no subject, that the parser made its object, is
    its inverted subject."""
    verb = word.head
    return word.dep_ == "obj" and word.i > verb.i and verb.pos_ == "VERB" and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.i > 0 and any(
        t.text == "," for t in word.doc[max(0, verb.i - 3):verb.i])


def _participle_clause(verb: Token) -> bool:
    """`Accueilli à l'aéroport par Y, X ...`: a past participle with no auxiliary heading a clause that hangs
    from another verb, its agent after `par`."""
    opens = verb.i == sentence_of(verb).start  # `Reçu par Y, X a ...`, the participle the parser's root
    return ("Part" in verb.morph.get("VerbForm") and (verb.dep_ in ("advcl", "acl", "conj") or opens)
            and not any(c.dep_.startswith("aux") for c in verb.children)
            and any(c.dep_ == "obl:agent" for c in verb.children))


def _titled_subject(name: Token) -> bool:
    """`À Moscou, l'ancien président Dmitri Medvedev a menacé`: a name after its title, the title opening its
    clause before the verb (a title after the verb, `rencontrera le président X`, is an object, whatever the
    parser says)."""
    title = name.head
    if name.dep_ in ("appos", "flat:name") and title.dep_ == "appos" and title.i < name.i:
        title = title.head  # `Le guide suprême, l'ayatollah Ali Khamenei, a confié`: a title beside the title
    if name.dep_ not in ("appos", "flat:name", "nmod") or title.dep_ not in SUBJECT_DEPS:
        return False
    first = min(t.i for t in title.subtree)
    opens = first == sentence_of(title).start or name.doc[first - 1].text in (",", "«", "\n")
    return opens and title.i < name.i < title.head.i


ROLE_DETERMINER_GENDER = {"le": "Masc", "ce": "Masc", "cet": "Masc", "du": "Masc", "au": "Masc", "la": "Fem",
                          "cette": "Fem", "sa": "Fem"}


# `le médiateur de l'enclave`, `le capitaine du chalutier`, `le chef d'état-major`: a post of a place, a body or a
# thing, whose one holder the article does not name (on the straight-apostrophe text)
OFFICE_OF = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]')\s*(?P<noun>médiat(?:eur|rice)|capitaine|commandante?|gouverneure?|maire|direct(?:eur|rice)"
    r"|patronne|patron|procureure?|préfète|préfet|rect(?:eur|rice)|administrat(?:eur|rice)|fondat(?:eur|rice)"
    r"|cheffe|chef(?= d'état-major))\s+(?=de\s|du\s|des\s|d')")
# Participles and adjectives that say a leader lost office (`le président renversé`, `le chef de l'État déchu`): the
# one who held it, whom the article titled before.
DEPOSED = re.compile(r"\s+(?:renversée?|déchue?|destituée?|déposée?|évincée?|démise?|limogée?)\b")


def _deposed_end(text: str, end: int) -> int:
    """The end of a role past a participle or adjective of lost office right after it, else ``end``."""
    found = DEPOSED.match(text, end)
    return found.end() if found else end


def _after_preposition(token: Token) -> bool:
    """`avec elle`, `contre elle`: a pronoun a preposition governs (the strong form), not a subject."""
    before = token.doc[token.i - 1] if token.i else None
    return any(c.dep_ == "case" for c in token.children) or (before is not None and before.pos_ == "ADP")


def _quant_a(token: Token) -> bool:
    """`quant à lui`, `quant à elle`: the emphatic pronoun after `quant à`, which stands for its clause's subject."""
    return token.i >= 2 and token.doc[token.i - 1].lower_ == "à" and token.doc[token.i - 2].lower_ == "quant"


def _role_gender(match: re.Match[str]) -> str | None:
    """The gender a role noun is written in: its feminine form (`présidente`), else its determiner (`la`)."""
    role = match.group("role").lower()
    if role.endswith("e") and role[:-1] in ROLES:
        return "Fem"
    return ROLE_DETERMINER_GENDER.get(match.group("det").lower())


def _impersonal_adjective(token: Token) -> bool:
    """`il est important de`, `il était clair que`: `il` before a copula and an adjective with a `de` or `que`
    clause after it is impersonal, never a person."""
    adjective = token.head
    if adjective.pos_ != "ADJ" or not any(c.dep_ == "cop" for c in adjective.children):
        return False
    following = adjective.doc[adjective.i + 1] if adjective.i + 1 < len(adjective.doc) else None
    return following is not None and following.lower_.replace("’", "'") in ("de", "d'", "que", "qu'")


def country_gender(label: str) -> str:
    """The grammatical gender of a French country name, by the rule of its ending."""
    first = re.split(r"[\s-]", fold(label))[0]
    if first.endswith(("s", "x")) and first not in SINGULAR_IN_S:
        return "Plur"
    return "Fem" if first.endswith("e") and first not in MASCULINE_IN_E else "Masc"


def _urged_to_act(verb: Token) -> bool:
    """`X l'a exhorté à livrer`, `l'a autorisé à visiter`, `qui l'accusent d'avoir transmis`: the object of a verb
    of object control over an infinitive (or `avoir` and a participle) is the one who is to act, a person when a
    clitic stands for someone."""
    return verb.lemma_.lower() in OBJECT_CONTROL and any(c.dep_ == "xcomp" and c.i > verb.i and any(
        "Inf" in w.morph.get("VerbForm") for w in (c, *c.children) if w.i <= c.i) for c in verb.children)


def _morph_gender(token: Token) -> str | None:
    if token.morph.get("Number") == ["Plur"]:
        return "Plur"
    gender = token.morph.get("Gender")
    return gender[0] if len(gender) == 1 else None


def _determiner_gender(token: Token) -> str | None:
    """The gender an article or demonstrative gives its noun (`le`, `la`, `du`, `cette`, `les`); None for `l'`,
    a possessive (`son` goes before feminine nouns too) or none."""
    det = next((c for c in token.children if c.dep_ == "det" and c.lemma_ in ("le", "ce", "de", "à")), None)
    if det is None and token.i > 0 and token.doc[token.i - 1].lower_ in ("du", "au", "aux", "des"):
        det = token.doc[token.i - 1]
    return _morph_gender(det) if det is not None else None


# Verbs whose object, or whose `de` complement, is a country one is in, enters or leaves (`a quitté le pays`,
# `expulsé du pays`): `le pays` there is the country where the story happens.
PLACE_LEFT_VERBS = {"quitter", "rejoindre", "regagner", "gagner", "visiter", "traverser", "fuir", "sillonner",
                    "parcourir", "expulser", "sortir", "partir", "chasser", "bannir", "évacuer", "entrer", "arriver",
                    "rester", "séjourner", "demeurer", "revenir", "retourner", "rentrer"}
PLACE_PREPOSITIONS_OF_PAYS = {"dans", "hors", "vers", "depuis", "en"}


def _a_place_gone_to_or_from(pays: Token) -> bool:
    """`a quitté le pays`, `expulsé du pays`, `est resté dans le pays`: `le pays` as where someone is, goes or
    leaves, not as an actor or an owner (`la position du pays`)."""
    case = next((c.lower_ for c in pays.children if c.dep_ == "case"), None)
    if case in PLACE_PREPOSITIONS_OF_PAYS:
        return True
    return pays.head.lemma_ in PLACE_LEFT_VERBS and ((case is None and pays.dep_ == "obj") or case in ("de", "du"))


def _stands_for_a_thing(clitic: Token) -> bool:
    """`a appelé Pékin à y renoncer`, `pourrait y assister`, `pour y mettre un terme`, `s'y est engagé`: the clitic
    `y` of a verb (or a verb and its bare noun) whose `à` complement is an event, a text or an idea stands for that,
    not for a place (`Il y rencontrera`, `pour s'y rendre` keep theirs). `y compris` (including) is no pronoun."""
    following = clitic.doc[clitic.i + 1] if clitic.i + 1 < len(clitic.doc) else None
    if clitic.head.lemma_ in NOT_PLACE_Y_VERBS or (following is not None and following.lower_ == "compris"):
        return True
    verb = next((t for t in clitic.doc[clitic.i + 1:clitic.i + 4] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    reflexive = clitic.i > 0 and clitic.doc[clitic.i - 1].lower_ in REFLEXIVE_CLITICS
    if lemma in NOT_PLACE_Y_VERBS or (reflexive and lemma in REFLEXIVE_NOT_PLACE_Y_VERBS):
        return True
    return any(f"{lemma} {t.lower_}" in NOT_PLACE_Y_VERBS for t in clitic.doc[verb.i + 1:verb.i + 3])


def _before_verb(token: Token) -> bool:
    """A clitic right before its verb or auxiliary (`lui a remis`, `lui présente`, `ne lui a pas dit`)."""
    following = [t for t in token.doc[token.i + 1:token.i + 3] if t.lower_ not in ("en", "y")]
    return bool(following) and following[0].pos_ in ("AUX", "VERB")


CLITICS = {"se", "s'", "s’", "ne", "n'", "n’", "lui", "leur", "y", "en", "l'", "l’", "le", "la", "les"}


def _finite_verb_follows(last: Token) -> bool:
    """Is the word after a noun phrase (past clitics) a finite verb or auxiliary? Then the phrase is a subject
    of its own (`X, le ministre a dit`), not an apposition to the name before the comma."""
    for token in last.doc[last.i + 1:last.i + 4]:
        if token.lower_ in CLITICS:
            continue
        return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
    return False


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each «...» of the text."""
    return [(m.start(), m.end()) for m in re.finditer(r"«[^«»]*»", text)]


def _rank_before_name(between: str, comma: bool = True) -> bool:
    """Do these words, between a role and a person's name, set the name off as the role's apposition with a rank, a
    civility or a noun of nationality (`, le prince `, `, le Nigérian `)? ``comma``: must they open with a comma."""
    if RANK_BEFORE_NAME.match(between):
        return True
    national = NATIONAL_BEFORE_NAME.match(between)
    return national is not None and (national.group("comma") is not None or not comma) and demonym_country(
        national.group("nationality")) is not None


def _closed(text: str, end: int) -> bool:
    """Is the name ending at ``end`` the end of an apposition (a comma, a full stop, a bracket after it)?"""
    return re.match(r"\s*[,.;)]", text[end:end + 3]) is not None


def _word_end(text: str, at: int) -> bool:
    return at >= len(text) or not text[at].isalnum()


ARTICLES = {"le", "la", "l'", "l’"}
TITLE_HEADS = "|".join(sorted(map(re.escape, APPOSITION_HEADS), key=len, reverse=True))
# A title before a name: `le ministre russe de la Défense, ` or `l'ancien président ` (group comma set or not).
TITLE_BEFORE = re.compile(
    rf"\b(?P<det>le|la|l'|du|au)\s*(?:(?P<former>ancien|ancienne|ex-)\s*|(?:nouveau|nouvelle|actuel|actuelle)\s+)?"
    rf"(?P<title>(?P<head>{TITLE_HEADS})\b[^,;:.«»()\n]{{0,70}}?)\s*(?P<comma>,)?\s*$",
    re.IGNORECASE)
LEARNED_TITLE = re.compile(
    rf"\b(?P<det>le|la|l'|du|au)\s*(?P<title>(?:{TITLE_HEADS})\b[^,;:.«»()\n]{{0,70}})", re.IGNORECASE)
SUBJECT_PRONOUN = re.compile(r"(?i:\b(?:il|elle)\b|\bce dernier\b|\bcette dernière\b|\bcelui-ci\b|\bcelle-ci\b)")
TITLE_OPENING = re.compile(r"\s*(?i:le|la|l'|l’)\s*[^,;:.«»()]{3,80},")  # `Le ministre de la Défense, X,`
EPITHET = re.compile(r"\b(?P<det>[Ll]e|[Ll]a|[Ll]')\s*(?P<noun>[a-zéèêëïîôûç-]{4,})\s+"
                     r"(?P<demonym>" + NATIONALITY_WORD + r")\b")
# A minister's portfolio (`des Affaires étrangères`, `de l'Économie et des Finances`, `du Commerce extérieur`).
PORTFOLIO = re.compile(r"(?:\s*,?\s+(?:et\s+)?(?:des|du|de la|de l['’]|d['’])\s*[A-ZÉÈ][\w-]*(?:\s+[a-zéèêîôç-]+(?:"
                       r"ique|iques|ale|ales|al|aux|ère|ères|ieur|ieure|eur|ive|ives|if|ifs|ée|ées|ime|imes|aire|aires"
                       r"|el|elle|els|elles|able|ables|ien|ienne)\b)?)+")
OF_AFTER = re.compile(r"\s+(?:de|d'|du|des)\b|\s*,\s*[A-ZÉ]")  # a complement or a name: another phrase
CE_DERNIER = re.compile(r"\b(?:[Cc]e dernier|[Cc]ette dernière|[Cc]elui-ci|[Cc]elle-ci)\b")
POSSESSIVE_COUNTRY = re.compile(r"\b(?i:son|leur) pays\b(?!\s+(?:d'|de|du|des)\b)")
CAPITAL_OF = re.compile(
    r"\b(?P<det>(?i:la|cette))\s+(?P<noun>capitale)\s+(?P<demonym>" + NATIONALITY_WORD + r")")


def _mention_type(kb_type: str) -> str:
    return kb_type if kb_type in ("person", "organization", "country", "place") else "other"


def resolve_references(kb: KnowledgeBase, doc: Doc, entities: Entities, mentions: list[Mention]) -> list[Mention]:
    """The mentions with role nouns, relations and pronouns added, in text order."""
    resolver = Resolver(kb, doc, entities, list(mentions))
    resolver.division_mentions()
    resolver.mentions = defined_acronym_mentions(doc, entities, resolver.mentions)
    resolver.mentions = landmark_mentions(doc, entities, resolver.mentions)
    resolver.mentions = movement_names(doc, entities, resolver.mentions)
    resolver.shared_out_role_mentions()
    resolver.unnamed_entity_mentions()
    resolver.role_mentions(relations=False)
    resolver.role_mentions(relations=True)
    resolver.apposition_mentions()
    resolver.described_name_mentions()
    resolver.title_before_name_mentions()
    resolver.learned_title_mentions()
    resolver.ce_dernier_mentions()
    resolver.epithet_mentions()
    resolver.possessive_country_mentions()
    resolver.capital_mentions()
    resolver.class_noun_mentions()
    resolver.country_anaphors()
    resolver.war_mentions()
    resolver.description_anaphors()
    resolver.group_mentions()
    resolver.description_anaphors(wars=False)  # `La Cour` after a body the group step described (`la Cour suprême`)
    resolver.group_take_ups()
    resolver.mentions = movement_groups(doc, entities, resolver.mentions)
    resolver.mentions = plural_take_ups(doc, entities, resolver.mentions)
    resolver.mentions = organisation_head_mentions(doc_text(doc), entities, resolver.mentions, resolver._local_holder)
    resolver.mentions = state_body_head_mentions(doc_text(doc), resolver.mentions, resolver._local_holder,
                                                 nationality_word)
    resolver.territory_mentions()
    resolver.regime_anaphors()
    resolver.city_anaphors()
    resolver.pronoun_mentions()
    resolver.possessive_country_mentions()  # `Il a averti que son pays`, `Son pays ..., a-t-il rappelé`: `il` now known
    resolver.body_pronoun_mentions()
    resolver.object_pronoun_mentions()
    resolver.role_mentions(relations=False, last=True)  # `Il a remercié son hôte`: whose host, `Il` now resolved
    resolver.office_of_mentions()
    return sorted(resolver.mentions, key=lambda m: (m.start, m.end))


# A ministry's noun with a capitalised portfolio (see _named_body).
NAMED_MINISTRY = re.compile(r"(?i:l['’]|le\s+|du\s+)?(?:ministère|département)\b.*\b(?:de|des|du|d['’])\s*"
                            r"(?:la\s+|l['’])?[A-ZÉ]")


def _named_body(words: str) -> bool:
    """`ministère indien des Affaires étrangères`, `département d'État`: a ministry's noun with a capitalised
    portfolio, a body with a name of its own (not `la diplomatie russe`, `la présidence`)."""
    return NAMED_MINISTRY.match(words) is not None


def _shared_subject(verb: Token) -> Token | None:
    """`X a reçu Y et l'a invité`, `X a appelé Y, puis l'a reçu`: a verb joined to the one before by `et` (or
    `puis`, `mais`) with no subject of its own has that verb's subject, up the chain of conjuncts."""
    for _ in range(3):
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
    return None


def posting_end(text: str, noun: str, end: int, mentions: list[Mention]) -> int | None:
    """`l'ambassade américaine à Hanoï`, `l'ambassadeur russe auprès des Nations unies`: where a diplomat or a mission
    (``noun``) is posted says who they are and belongs to the phrase: the end of the posting's name, or None."""
    posted = POSTED_AT.match(text, end) if noun.lower() in POSTED_NOUNS else None
    name = None if posted is None else next((m for m in mentions if m.start == posted.end() and m.kind == "name"), None)
    return None if name is None else name.end


def _source_incise(comma: Token) -> bool:
    """`Ce serait, selon l'agence TASS, le premier voyage`: the comma after the name of a source behind `selon` or
    `d'après` closes the incise; what follows is no title of the source (not `selon la liste transmise au Conseil
    de la Fédération, la chambre haute`: a name deeper in the phrase may take a title)."""
    for token in reversed(comma.doc[sentence_of(comma).start:comma.i]):
        if token.is_punct or token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADP" and token.lower_ not in (
                "selon", "après")):
            return False
        if token.lower_ == "selon" or (token.lower_ == "après" and token.i > 0 and comma.doc[token.i - 1].lower_ in (
                "d'", "d’")):
            return True
    return False
