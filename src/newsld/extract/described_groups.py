"""Groups of people and institutions that the text names by common nouns, not by a name.

News of any topic makes its actors of phrases like these: `des centaines de secouristes`, `115 soldats
ukrainiens`, `les familles des victimes`, `des agents chinois` (groups of people), `la police de Tokyo`,
`l'armée ukrainienne`, `les services de secours`, `la commission électorale centrale` (institutions). An event
can only take them as participants once they are mentions, so each becomes one local entity (never a Wikidata
link: the knowledge base links the institutions it holds before this step, and a phrase it does not link is
not guessed), the same one for the same words.

What is left out, by the gold rules (`benchmarks/gold/README.md`): phrases for entities named before (`les deux
pays`, `les deux dirigeants`, `ces trois hommes`), a toll (`quatre blessés`; but the dead counted after `faire`,
`a fait au moins 64 morts`, are the deaths' victims), a people
(`les Japonais`), an institution inside a title (`le porte-parole de la police`: the office, no mention), a
predicate (`ce sont des civils`), an institution with nothing that says which one (`le ministère`), and
possessives (`ses avocats`, `son ambassade`), whose owner only the reference resolver knows. A few bodies every
country has are known by the article alone (`La police a ouvert une enquête`, `Les autorités ont décrété`,
`accusé par l'opposition`: :data:`BARE_BODIES`), and a crowd counted by a quantity noun is a group even when its
people are inhabitants (`Des milliers de Vietnamiens ont défilé`), where the people alone are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Token

from newsld.extract.event_lexicon import NOUN_FRAMES, TIME_WORDS, VERB_FRAMES
from newsld.extract.model import OF_WORDS as OF_CASES
from newsld.extract.model import Mention, fold, mention_of_token
from newsld.extract.names import demonym_country
from newsld.extract.nlp import doc_text, sentence_of
from newsld.extract.noun_phrases import ARTICLE_PREFIX, BARE_OF, noun_phrase
from newsld.extract.person_nouns import is_person_noun
from newsld.extract.speech_lexicon import SAID_BY_OF

# Nouns of a body that acts as one, and the adjectives that say which body it is without a nationality.
INSTITUTION_NOUNS = {
    "armée", "police", "gendarmerie", "marine", "flotte", "aviation", "justice", "douane", "douanes",
    "garde-côtes", "gardes-côtes", "garde-frontières", "gardes-frontières", "ministère", "présidence",
    "administration", "gouvernement", "ambassade", "consulat", "parlement", "commission", "état-major",
    "service", "services", "autorités", "parquet", "tribunal", "cour", "opposition", "junte", "télévision",
    "presse", "médias", "défense", "commandement", "garde", "cabinet", "conseil",
}
# Bodies at the head of another body (`le commandement de l'armée nigérienne`): the body of their `de` complement
# says which one they are, and is a participant of its own inside their phrase (the gold's two organisations).
COMMAND_NOUNS = {"commandement", "haut-commandement"}
# Bodies a command may be the head of (`de l'armée`, `des forces armées`, `de la garde présidentielle`).
COMMANDED_NOUNS = {"armée", "armées", "forces", "marine", "flotte", "aviation", "gendarmerie", "police", "garde"}
# Bodies named by what they do: only a complement of function says which (`au service des États-Unis` is no body).
FUNCTION_ONLY = {"service", "services"}
INSTITUTION_ADJECTIVES = {
    "électoral", "électorale", "central", "centrale", "local", "locale", "locales", "locaux", "régional",
    "régionale", "régionales", "régionaux", "fédéral", "fédérale", "municipal", "municipale", "judiciaire",
    "judiciaires", "militaire", "militaires", "suprême", "constitutionnel", "constitutionnelle", "sanitaire",
    "sanitaires", "public", "publique", "officiel", "officielle", "officiels", "pénitentiaire", "intérimaire",
    "intergouvernemental", "intergouvernementale", "mixte", "antiaérien", "antiaérienne", "aérienne", "navale",
    "national", "nationale", "financier", "financière", "antiterroriste", "civile",
    "présidentiel", "présidentielle", "républicain", "républicaine",  # `la garde présidentielle`
    # the bodies of a movement (`les autorités séparatistes`, `les forces rebelles`, `la junte putschiste`)
    "séparatiste", "séparatistes", "rebelle", "rebelles", "putschiste", "putschistes", "insurgées", "insurgés",
}
# `l'opposition républicaine`, `l'opposition armée`: what says which opposition (not `l'opposition ferme de Pékin`,
# a stance).
POLITICAL_ADJECTIVES = {
    "républicaine", "démocrate", "conservatrice", "travailliste", "socialiste", "libérale", "islamiste", "armée",
    "parlementaire", "radicale", "modérée", "laïque", "nationaliste", "populiste", "unie", "prodémocratie",
    "prodémocrate", "proeuropéenne", "pro-européenne", "prorusse", "pro-russe", "prooccidentale", "pro-occidentale",
    "extraparlementaire", "démocratique", "kurde", "chiite", "sunnite", "communiste", "écologiste",
}
# `les services de secours`, `la commission d'enquête`: a complement that says what the body does.
FUNCTION_COMPLEMENTS = {"secours", "renseignement", "sécurité", "urgence", "presse", "enquête", "sauvetage",
                        "protection", "défense", "air", "terre"}
# Plural nouns of people who act together that no office names (the offices are person nouns already).
# Armed and political bands that act as one and are acted on (`les rebelles ont attaqué`, `soutient les
# séparatistes`, `a arrêté des putschistes`): a party of their own wherever a common noun names them.
ARMED_BANDS = frozenset({"rebelles", "séparatistes", "insurgés", "miliciens", "jihadistes", "djihadistes",
                         "putschistes", "paramilitaires", "assaillants", "gangs", "pirates", "terroristes", "mutins"})
GROUP_NOUNS = {
    *ARMED_BANDS,
    "secouristes", "sauveteurs", "pompiers", "manifestants", "habitants", "pêcheurs", "marins", "migrants",
    "rescapés", "survivants", "combattants", "troupes", "familles", "électeurs", "passagers", "touristes",
    "ouvriers", "travailleurs", "grévistes", "agriculteurs", "paysans", "colons", "déplacés", "sinistrés", "forces",
    "policiers", "enquêteurs", "secours", "unités", "équipes", "délégués", "élus", "médecins", "infirmiers",
    "étudiants", "enfants", "villageois", "riverains", "résidents", "fidèles", "supporters", "bénévoles",
    "volontaires", "membres", "partisans", "industriels", "garde-côtes", "gardes-côtes", "armateurs",
    # other groups and crowds that act as one (`les ravisseurs`, `des émeutiers`, `les opposants`)
    "ravisseurs", "émeutiers", "islamistes", "guérilleros", "protestataires", "contestataires", "opposants",
    "talibans", "bandes", "cartels", "trafiquants", "narcotrafiquants", "contrebandiers", "bandits", "activistes",
    # companies that act or are acted on together (`140 entreprises chinoises`, `ses entreprises`)
    "entreprises", "sociétés", "compagnies",
}
# Singular nouns of one body of people (`une délégation`, `une brigade`).
COLLECTIVE_NOUNS = {"délégation", "brigade", "équipage", "équipe", "bataillon", "régiment", "division",
                    "commando", "patrouille", "contingent", "escadron", "escouade", "cellule", "garde"}
# People by what they are to someone (`ses alliés`, `les partenaires européens de Kiev`): read with their owner
# by the group and speech steps.
RELATION_NOUNS = {"alliés", "partenaires", "soutiens", "voisins", "amis", "adversaires", "ennemis", "rivaux"}
# A count of the dead or hurt is a toll, not a group that acts (`un incident qui a fait au moins quatre blessés`).
TOLL_NOUNS = {"morts", "blessés", "victimes", "tués", "disparus"}
# ... but the dead counted as the object of `faire` (`a fait au moins 32 morts`) are the victims of the deaths
TOLL_OF_DEAD = {"morts", "tués", "victimes"}
# ... and a participle of killing after counted people is the killing (`cinq combattants tués`), not their words
HARM_LEMMAS = {"tuer", "blesser", "abattre"}
# Offices and relations name people the article names elsewhere (`les dirigeants`, `les deux ministres`): only
# with a word of their own that says which (`des responsables occidentaux`) are they a new group.
OFFICE_NOUNS = {"dirigeants", "dirigeantes", "ministres", "présidents", "chefs", "responsables", "hommes",
                "femmes", "homologues", "alliés", "partenaires", "leaders", "diplomates", "représentants",
                "journalistes",  # `Interrogé par des journalistes`: whoever asked, no one in particular
                "entreprises", "sociétés", "compagnies", "industriels"}  # `les entreprises`: any, or ones named
QUANTITY_NOUNS = {"dizaine", "dizaines", "douzaine", "quinzaine", "vingtaine", "trentaine", "centaine",
                  "centaines", "millier", "milliers", "million", "millions", "nombre", "poignée", "groupe"}
DEFINITE = {"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces"}
POSSESSIVE = {"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes"}
FUSED = {"du", "des", "au", "aux"}
PLACE_TYPES = {"country", "place"}
# Adjectives of nationality the name linker's table may not hold (it only needs the countries it links): here
# they only say which body or which people a phrase is about, never which country it links to.
NATIONALITIES = """
afghan algérien allemand américain argentin arménien australien autrichien azerbaïdjanais belge biélorusse birman
bolivien brésilien britannique bulgare burkinabè cambodgien camerounais canadien chilien chinois colombien congolais
coréen cubain danois égyptien émirati espagnol éthiopien finlandais français géorgien grec grecque guinéen haïtien
hongrois indien indonésien iranien irakien irlandais israélien italien ivoirien japonais jordanien kazakh kényan
koweïtien laotien libanais libyen lituanien letton estonien malien malaisien marocain mexicain moldave mongol
néerlandais nigérian nigérien nippon norvégien ouzbek pakistanais palestinien péruvien philippin polonais portugais
qatari roumain russe rwandais saoudien sénégalais serbe slovaque somalien soudanais suédois suisse syrien
taïwanais tchadien tchèque thaïlandais tunisien turc turque ukrainien vénézuélien vietnamien yéménite européen
occidental africain asiatique arabe soviétique
"""
NATIONALITY_STEMS = frozenset(NATIONALITIES.split())
DEFENCE_KINDS = {"antiaérienne", "aérienne", "antimissile", "civile", "territoriale", "côtière"}
WHERE_CASES = {"à", "en", "dans", "au", "aux"}
# `les troupes russes`, `les forces ukrainiennes`: a state's armed forces, which events give to the state itself
ARMED_NOUNS = {"troupes", "forces", "armées"}
QUOTED = re.compile(r"«[^«»]*»")


def described_groups(doc: Doc, mentions: Iterable[Mention]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, label, type) of each group of people (type ``group``) or institution (``organization``)
    the text names by common nouns, in text order, none overlapping a mention already made (a place inside it
    stays: `la police de Tokyo` holds `Tokyo`), none inside a quote (where a noun often says what a body is
    or has: `ce que l'aviation russe a de meilleur`)."""
    made = list(mentions)
    taken = [(m.start, m.end) for m in made]
    places = {t.i for m in made if m.type in PLACE_TYPES for t in doc.char_span(
        m.start, m.end, alignment_mode="expand") or ()}
    quoted = [q.span() for q in QUOTED.finditer(doc_text(doc))]
    shared: dict[str, int] = {}  # plural nouns shared out by adjectives -> where first
    for token in doc:
        if is_shared_out(token):
            shared.setdefault(token.lower_, token.i)
        body_members = _body_members(token, made)
        if body_members is not None:
            start, end = body_members
            if not any(s <= start < e for s, e in quoted) and not any(
                    _clashes(start, end, s, e) and not start <= s < e <= end for s, e in taken):
                taken.append((start, end))
                yield start, end, doc_text(doc)[start:end], "group"
            continue
        found = _institution(token, places) or _followers(token) or _people(token) or _collective(token) or (
            _craft(token)) or _toll_of_dead(token)
        named_inside = found is not None and _named_in_title(token, places)
        if found is None or (_in_title(token) and not named_inside) or _predicate(token) or shared.get(
                token.lower_, token.i) < token.i:
            continue  # `Des délégations russe et ukrainienne ... Les délégations`: both again, no group of its own
        if distributed_adjectives(token):
            continue  # `les présidents russe et chinois`: two people known by their office, no group
        start, end, type_ = found
        if (any(s <= start < e for s, e in quoted) and not _acting_in_quote(token)) or any(
                _clashes(start, end, s, e) and not _member_holds(token, s, e, made, named_inside)
                and not _commanded_inside(token, s, e) for s, e in taken):
            continue
        if token.lower_ not in MEMBER_NOUNS | FOLLOWER_NOUNS and any(
                start <= m.start and m.end <= end and m.type not in PLACE_TYPES and not _counted_inside(doc, m)
                for m in made):
            continue  # `la télévision d'État CCTV`, `les dirigeants de l'Asean`: the name inside says who
        taken.append((start, end))
        yield start, end, doc_text(doc)[start:end], type_  # the words as written, as the speech steps label


# People who sit for a body or stand by a state (`Les dirigeants de l'Union européenne`, `les ministres des Affaires
# étrangères des Vingt-Sept`, `Plusieurs responsables de l'Union`, `les alliés de l'Ukraine`, `Les pays du G7`): a
# group of their own that acts or is acted on, not the body (its name a mention of its own inside).
BODY_MEMBER_HEADS = {"dirigeants", "ministres", "responsables", "représentants", "membres", "chefs", "pays", "états",
                     "alliés", "partenaires"}
STATE_PARTNERS = {"alliés", "partenaires"}  # of a state (`les alliés de l'Ukraine`); the others only of a body
BODY_MEMBER_OPENERS = {"les", "plusieurs", "des", "certains", "nombreux"}
BODY_MEMBER_DEPS = {"nsubj", "nsubj:pass", "obj", "obl:agent", "obl:arg", "iobj"}
PORTFOLIO_WORDS = {"affaires", "défense", "intérieur", "économie", "finances", "justice", "santé", "commerce",
                   "agriculture", "énergie", "environnement", "transports", "état", "gouvernement"}


def _body_members(noun: Token, mentions: list[Mention]) -> tuple[int, int] | None:
    """(start, end) of `Les dirigeants de l'Union européenne`, `les ministres de la Défense de l'Otan`, `les autres
    membres du groupe`: a plural noun of office holders or members, opened by `les` (`plusieurs`, an indefinite
    `des`), whose `de` complement (after a portfolio: `des Affaires étrangères`) is a mention of a body, that acts
    or is acted on (a subject, an object, an agent). Inside another noun's phrase (`une réunion des ministres de
    l'Asean`, `un sommet avec les dirigeants de l'Asean`) the body is the party, and the phrase is left."""
    word = noun.lower_
    if word not in BODY_MEMBER_HEADS or noun.pos_ != "NOUN" or noun.dep_ not in BODY_MEMBER_DEPS:
        return None
    opener = min((c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "nummod")), key=lambda c: c.i,
                 default=None)
    counted = opener is not None and opener.dep_ == "nummod"  # `sept membres des Gardiens`
    if opener is None or not (counted or opener.lower_ in BODY_MEMBER_OPENERS) or (
            opener.lower_ == "des" and noun.i > 1 and noun.doc[opener.i - 1].pos_ == "NOUN"):
        return None
    body = _member_body(noun, mentions)
    if body is None or (body.type == "country" and word not in STATE_PARTNERS) or (
            body.type not in ("country", "organization", "group", "place")):
        return None
    return (_approximate_start(opener) if counted else opener.idx), body.end


def _member_body(noun: Token, mentions: list[Mention]) -> Mention | None:
    """The mention right after `de` of the noun's complement, past a portfolio (`des Affaires étrangères de l'UE`)
    and `autres` before it; None if anything else comes between."""
    doc = noun.doc
    i = noun.i + 1
    for _ in range(2):
        if i >= len(doc) or doc[i].lower_ not in OF_CASES | {"de la", "de l'"}:
            return None
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        if j >= len(doc):
            return None
        found = next((m for m in mentions if m.start in (doc[i + 1].idx, doc[j].idx) and m.kind in (
            "name", "nominal")), None)
        if found is not None and found.type != "person":
            return found
        if doc[j].lower_ not in PORTFOLIO_WORDS or not doc[j].text[:1].isupper():
            return None
        i = j + 1
        while i < len(doc) and doc[i].pos_ == "ADJ":
            i += 1
    return None


# `Des délégations russe et ukrainienne`, `les armées chinoise et russe`, `les ministres français et allemand des
# Affaires étrangères`: adjectives of nationality in the SINGULAR, joined by `et`, after a plural noun give one
# thing each (French agrees each adjective with one of them), where plural ones (`des entreprises russes et
# nord-coréennes`) make one mixed set. The type of what is counted, by the singular noun.
DISTRIBUTED_JOINS = {",", "et"}
# Heads of a state or government (`les présidents russe et chinois`): people the knowledge base knows by their
# office, which the reference steps resolve; a local person for each would stand beside the linked one.
HEAD_OFFICES = {"président", "présidente", "dirigeant", "dirigeante", "chef", "cheffe", "leader", "souverain", "roi",
                "reine", "monarque", "chancelier", "chancelière", "premier"}


def distributed_adjectives(noun: Token) -> list[Token]:
    """The singular adjectives of nationality that share out a plural noun (`russe`, `ukrainienne` in `Des
    délégations russe et ukrainienne`), read from the words (the parser often hangs the last one on the verb);
    [] when the noun is no such phrase."""
    if noun.pos_ != "NOUN" or not noun.lower_.endswith(("s", "x")) or "Sing" in noun.morph.get("Number"):
        return []
    doc, adjectives, i = noun.doc, [], noun.i + 1
    while i < len(doc) and doc[i].text.islower() and is_nationality(doc[i]):
        adjectives.append(doc[i])
        joined = i + 2 < len(doc) and doc[i + 1].lower_ in DISTRIBUTED_JOINS
        if not (joined and doc[i + 2].text.islower() and is_nationality(doc[i + 2])):
            break
        i += 2
    closed = len(adjectives) >= 2 and doc[adjectives[-1].i - 1].lower_ == "et"
    singular = any(not a.lower_.endswith(("s", "x")) for a in adjectives)
    return adjectives if closed and singular else []


def _distributed_type(noun: Token) -> str | None:
    """What each of the shared-out things is: a body (`délégations`, `armées`) or a person (`ministres`)."""
    word = _singular_noun(noun)
    if word in INSTITUTION_NOUNS:
        return "organization"
    if word in COLLECTIVE_NOUNS:
        return "group"
    return "person" if is_person_noun(word) and word not in HEAD_OFFICES else None


def shared_out_office(noun: Token) -> str | None:
    """`les présidents russe et chinois` -> `président`, `les ministres japonais et sud-coréen des Affaires
    étrangères` -> `ministre des affaires étrangères`: the singular office a plural noun shares out among states
    (its `de` complement with it), lowercased; None when the noun is no shared-out phrase."""
    adjectives = distributed_adjectives(noun)
    if not adjectives:
        return None
    return f"{_singular_noun(noun)}{_shared_complement(noun, adjectives[-1])}".lower().replace("’", "'")


def _singular_noun(noun: Token) -> str:
    """`délégations` -> `délégation`, `généraux` -> `général`."""
    return _singular(noun.lower_) if noun.lower_.endswith("aux") else noun.lower_[:-1]


def distributed_groups(doc: Doc) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, label, type) of each thing a plural noun with singular adjectives of nationality shares out
    (see :func:`distributed_adjectives`): the first spans the article, the noun and its first adjective (the
    word an event's subject is read from), each other one its adjective alone (a list closed by `et`, which the
    events read as more subjects); the label is the singular phrase (`délégation ukrainienne`), with the `de`
    complement the noun has after its adjectives (`ministre allemand des Affaires étrangères`)."""
    for noun in doc:
        adjectives = distributed_adjectives(noun)
        type_ = _distributed_type(noun) if adjectives else None
        if type_ is None:
            continue
        word = _singular_noun(noun)
        complement = _shared_complement(noun, adjectives[-1])
        for (start, end), adjective in zip(shared_out_spans(noun, adjectives), adjectives, strict=True):
            yield start, end, f"{word} {adjective.lower_}{complement}", type_


def shared_out_spans(noun: Token, adjectives: list[Token]) -> list[tuple[int, int]]:
    """(start, end) of each thing the noun shares out: the first from its article to the first adjective, each
    other one its adjective alone."""
    start = noun_phrase(noun)[0]
    return [(start if n == 0 else a.idx, a.idx + len(a.text)) for n, a in enumerate(adjectives)]


def _shared_complement(noun: Token, last: Token) -> str:
    """` des Affaires étrangères` in `les ministres français et allemand des Affaires étrangères`: a plain `de`
    complement right after the adjectives, which says which each one is."""
    after = next((c for c in noun.children if c.dep_ == "nmod" and c.left_edge.i == last.i + 1), None)
    if after is None or not _of_complement(after) or _plain_end(after).i != after.right_edge.i:
        return ""
    return " " + doc_text(noun.doc)[after.left_edge.idx:after.right_edge.idx + len(after.right_edge.text)]


def distributed_group_mentions(doc: Doc, mentions: list[Mention], allocate: Callable[[str, str], str]) -> list[Mention]:
    """One mention per shared-out thing of :func:`distributed_groups`, none over a mention already made; the same
    singular words are one entity, the one a mention of those words already has (`l'armée russe ... les armées
    chinoise et russe`), else a new local one. The plural phrase as a whole is no mention: it is both at once."""
    text, found = doc_text(doc), []
    same_words = {_words_key(text[m.start:m.end]): m.entity for m in mentions if m.kind == "nominal"}
    for start, end, label, type_ in distributed_groups(doc):
        if any(m.start < end and start < m.end for m in [*mentions, *found]):
            continue
        key = _words_key(label)
        same_words[key] = same_words.get(key) or allocate(label, type_)
        found.append(Mention(start, end, same_words[key], "nominal", type_))
    return found


def _shared_out_words(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """The singular words of each shared-out thing (`délégation russe`) -> the entity its mention has."""
    at = {(m.start, m.end): m.entity for m in mentions}
    return {_words_key(label): at[start, end] for start, end, label, _ in distributed_groups(doc)
            if (start, end) in at}


# People who speak or act for a delegation (`Des délégations russe et ukrainienne ... les émissaires russes ont
# exigé`): with the delegation's nationality, they are that delegation.
DELEGATE_NOUNS = {"émissaires", "négociateurs", "négociatrices", "délégués", "déléguées", "envoyés", "envoyées",
                  "représentants", "représentantes", "diplomates"}


def _shared_out_delegations(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """The country of each shared-out delegation (`délégation russe`: Russie) -> the entity its mention has."""
    at = {(m.start, m.end): m.entity for m in mentions}
    found = {}
    for start, end, label, _ in distributed_groups(doc):
        noun, adjective = label.split()[:2]
        country = _nationality_key(adjective) if noun == "délégation" else None
        if country and (start, end) in at:
            found.setdefault(country, at[start, end])
    return found


def _delegation_of(doc: Doc, start: int, end: int, delegations: dict[str, str]) -> str | None:
    """The shared-out delegation a group of delegates of its nationality stands for (`les émissaires russes`)."""
    if not delegations:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    for noun in (t for t in span or () if t.lower_ in DELEGATE_NOUNS):
        countries = {_nationality_key(c.lower_) for c in noun.children if c.dep_ == "amod" and is_nationality(c)}
        if len(countries) == 1 and (country := countries.pop()) in delegations:
            return delegations[country]
    return None


def is_shared_out(noun: Token) -> bool:
    """Is the noun a plural phrase :func:`distributed_groups` shares out (which a plural pronoun or `les deux
    délégations` takes up as a whole, never as one of its parts)?"""
    return bool(distributed_adjectives(noun)) and _distributed_type(noun) is not None


# Plural take-ups of a shared-out phrase (`Des délégations russe et ukrainienne ... les deux délégations`, `Les
# délégations`, `les deux camps`, `elles`): both things at once. Nouns of sides take up any shared-out phrase, with
# a numeral (`les deux camps`); the same noun with a definite or demonstrative article.
SIDE_NOUNS = {"camps", "parties", "côtés", "belligérants", "protagonistes"}
TAKE_UP_DETERMINERS = {"les", "ces"}
PLURAL_PRONOUNS = {"ils": "Masc", "elles": "Fem"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
TAKE_UP_WINDOW = 3  # sentences: the take-up's own and the two before (wire copy names its parties again by then)


def shared_out_parts(token: Token, mentions: Iterable[Mention]) -> list[str]:
    """The entities of the things a plural take-up stands for (`Les deux délégations ont signé`: both delegations;
    `Elles se reverront`: the same, when the nearest plural subject before the pronoun that agrees with it is such
    a phrase); [] when the token takes up no shared-out phrase within the window."""
    noun = shared_out_antecedent(token)
    if noun is None:
        return []
    spans = shared_out_spans(noun, distributed_adjectives(noun))
    at = {(m.start, m.end): m.entity for m in mentions}
    parts = [at[span] for span in spans if span in at]
    return list(dict.fromkeys(parts)) if len(parts) == len(spans) else []


def shared_out_antecedent(token: Token) -> Token | None:
    """The plural noun of the shared-out phrase the token takes up, if any (see :func:`shared_out_parts`)."""
    if token.lower_ in PLURAL_PRONOUNS and token.pos_ == "PRON":
        return _pronoun_antecedent(token)
    if token.pos_ != "NOUN" or not _plural_take_up(token):
        return None
    same = (lambda t: True) if token.lower_ in SIDE_NOUNS else (lambda t: t.lower_ == token.lower_)
    return next((t for t in reversed(_window_before(token)) if same(t) and is_shared_out(t)), None)


def _plural_take_up(noun: Token) -> bool:
    """`les deux délégations`, `ces délégations`, `Les délégations` (not shared out itself); `les deux camps`."""
    children = {c.lower_ for c in noun.children if c.i < noun.i}
    counted = "deux" in children
    if noun.lower_ in SIDE_NOUNS:
        return counted and bool(children & TAKE_UP_DETERMINERS)
    return bool(children & TAKE_UP_DETERMINERS) and not is_shared_out(noun)


def _pronoun_antecedent(pronoun: Token) -> Token | None:
    """The nearest plural subject before a subject `ils`/`elles` that agrees in gender decides: a shared-out
    phrase, or a take-up of one; anything else (`les pêcheurs`) leaves the pronoun to other readings."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    gender = PLURAL_PRONOUNS[pronoun.lower_]
    for candidate in reversed(_window_before(pronoun)):
        if candidate.dep_ not in SUBJECT_DEPS or "Plur" not in candidate.morph.get("Number"):
            continue
        genders = candidate.morph.get("Gender")
        if genders and gender not in genders and candidate.pos_ == "NOUN":
            continue
        if is_shared_out(candidate):
            return candidate
        return shared_out_antecedent(candidate) if candidate.i != pronoun.i else None
    return None


def _window_before(token: Token) -> Doc | list[Token]:
    """The words before the token in its sentence and the :data:`TAKE_UP_WINDOW` - 1 sentences before it."""
    sentence = sentence_of(token)
    for _ in range(TAKE_UP_WINDOW - 1):
        if sentence.start == 0:
            break
        sentence = sentence_of(token.doc[sentence.start - 1])
    return token.doc[sentence.start:token.i]


def _counted_inside(doc: Doc, mention: Mention) -> bool:
    """Is the mention the people of a counted crowd (`Vietnamiens` in `des milliers de Vietnamiens`), which the
    crowd's mention replaces?"""
    token = token_at(doc, mention.start)
    return token is not None and token.idx + len(token.text) == mention.end and _counted_people(token)


def without_counted_people(doc: Doc, mentions: list[Mention], groups: list[Mention]) -> list[Mention]:
    """The mentions less those of the people inside a counted crowd that ``groups`` now holds: the crowd acts,
    not the whole people (`Des milliers de Vietnamiens ont défilé`)."""
    def replaced(mention: Mention) -> bool:
        return _counted_inside(doc, mention) and any(
            g.start < mention.start and mention.end <= g.end for g in groups)

    return [m for m in mentions if not replaced(m)]


def _member_holds(noun: Token, start: int, end: int, mentions: list[Mention], named: bool = False) -> bool:
    """Is [start, end) the mention of a member of the body the noun names (`un diplomate de l'ambassade du
    Japon`: the diplomat's phrase holds the embassy, a participant of its own), or of a title holding a body
    with a name of its own (``named``: `le porte-parole du département d'État`)?"""
    return noun.dep_ == "nmod" and (
        named or noun.head.lower_ in BODY_MEMBER_NOUNS or _unnamed_member(noun.head)) and any(
        (m.start, m.end) == (start, end) and m.type == "person" and m.kind == "nominal" for m in mentions)


def _commanded_inside(noun: Token, start: int, end: int) -> bool:
    """Is [start, end) the phrase of the command whose `de` complement the noun is (`l'armée nigérienne` in `Le
    commandement de l'armée nigérienne`)? The commanded body is a mention of its own inside it."""
    head = noun.head
    return noun.dep_ == "nmod" and head.lower_ in COMMAND_NOUNS and start <= head.idx < end and (
        noun.idx + len(noun.text) <= end)


QUOTED_ACTING = {"nsubj", "nsubj:pass", "obl:agent"}
STATE_VERBS = {"avoir", "être"}  # `ce que l'aviation russe a de meilleur`: what the body has or is


def _acting_in_quote(noun: Token) -> bool:
    """Inside a quote, a body is a participant when it acts or speaks (`« Le commandement militaire a décidé »`) or
    is the party of an event noun (`la déclaration de la garde présidentielle`), not when the words say what it is
    or has."""
    if noun.pos_ != "NOUN" or noun.lower_ not in INSTITUTION_NOUNS:  # (`garde` among them)
        return False
    if noun.dep_ in QUOTED_ACTING:
        return noun.head.pos_ == "VERB" and noun.head.lemma_.lower() not in STATE_VERBS and not _predicate(noun.head)
    head = noun.head.lemma_.lower()
    return noun.dep_ == "nmod" and (head in NOUN_FRAMES or head in SAID_BY_OF) and _of_complement(noun)


def _clashes(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Does a mention already made overlap the phrase other than as a name strictly inside it?"""
    inside = start <= other_start and other_end <= end and (start, end) != (other_start, other_end)
    return other_start < end and start < other_end and not inside


def _institution(noun: Token, places: set[int]) -> tuple[int, int, str] | None:
    """`l'armée ukrainienne`, `la police de Tokyo`, `le ministère russe de la Défense`, `les services de
    secours`: an institution noun with a definite article and a word that says which body it is."""
    first = _cut_compound_start(noun)
    if first is not None:
        return _cut_institution(noun, first)
    if noun.pos_ != "NOUN" or (noun.lower_ not in INSTITUTION_NOUNS and not _state_department(noun)) or not (
            _determined(noun, definite=True) or _new_actor(noun)):
        return None
    if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and _of_complement(noun) and not _party_of(noun.head) and not (
            is_person_noun(noun.head.lower_) and _portfolio(noun, places) is not None):
        return None  # `trois frégates de la marine russe`: whose the things are, no participant
    which = [c for c in noun.children if c.i > noun.i and _says_which(c, noun, places)]
    if not which or (noun.lower_ in FUNCTION_ONLY and not any(c.lower_ in FUNCTION_COMPLEMENTS for c in which)):
        return None
    if noun.lower_ == "présidence" and any(c.dep_ == "nmod" for c in noun.children if c.i > noun.i):
        return None  # `la présidence russe du groupe`: a state's turn at the head of a body, not an office
    if noun.lower_ == "défense" and not any(c.lower_ in DEFENCE_KINDS for c in noun.children):
        return None  # `la défense européenne` is a policy; `la défense antiaérienne ukrainienne`, a force
    posting = next((c for c in noun.children if c.i > noun.i and _where(c)), None)
    if posting is None and noun.lower_ in MISSION_NOUNS and noun.dep_ == "nmod" and _unnamed_member(noun.head):
        # `un porte-parole de l'ambassade des États-Unis à Hanoï`: the parser may hang the mission's city on the member
        posting = next((c for c in noun.head.children if c.i > noun.i and _where(c)), None)
    if posting is not None and (noun.lower_ not in MISSION_NOUNS or posting.pos_ != "PROPN"):
        return None  # `l'ambassade américaine à Hanoï`: the speech steps read a body placed by `à` (not the city)
    start, end = noun_phrase(noun)
    if posting is not None:  # `l'ambassade de Chine à Belgrade`: a state has a mission in each capital, and the
        end = max(end, posting.right_edge.idx + len(posting.right_edge.text))  # city says which one it is
    return start, _without_emphasis(noun, end), BARE_BODIES.get(noun.lower_, "organization")


# Institution nouns the tokenizer cuts at their hyphen (`l'état-major` is `état`, `-`, `major`): the last piece
# the parser takes for the head, the first the one with the article.
CUT_COMPOUNDS = {("état", "major")}


def _cut_compound_start(noun: Token) -> Token | None:
    """`état` for the `major` of a cut `l'état-major`, else None."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return doc[i - 2] if (doc[i - 2].lower_, noun.lower_) in CUT_COMPOUNDS else None


def _cut_institution(noun: Token, first: Token) -> tuple[int, int, str] | None:
    """`l'état-major sud-coréen`, `l'état-major interarmées sud-coréen`: a cut institution noun with a definite
    article and the adjectives right after it (however the parser hangs them), one of which says which body."""
    doc = noun.doc
    article = doc[first.i - 1] if first.i > 0 else None
    after = []
    for token in doc[noun.i + 1:noun.i + 5]:
        if token.pos_ != "ADJ" and not is_nationality(token):
            break
        after.append(token)
    if article is None or article.lower_ not in BARE_ARTICLES or not any(
            is_nationality(t) or t.lower_ in INSTITUTION_ADJECTIVES | {"interarmées"} for t in after):
        return None
    return article.idx, after[-1].idx + len(after[-1].text), "organization"


def _new_actor(noun: Token) -> bool:
    """`Un tribunal de Moscou a condamné`, `condamné par une cour militaire`: a body introduced by `un`, `une`
    that acts (a subject or an agent) is one body, the one that did it."""
    return noun.dep_ in CRAFT_ACTING and any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in noun.children)


# Diplomatic missions: a state has one in each capital, so the city after `à` is part of which mission it is.
MISSION_NOUNS = {"ambassade", "consulat"}
# Nouns of someone who works in a body (`un diplomate de l'ambassade du Japon`, `un employé du ministère`): their
# `de` complement is the body they belong to, a participant of its own, where a title's (`le porte-parole de la
# police`, `le chef de l'armée`) only names the office.
BODY_MEMBER_NOUNS = {"diplomate", "diplomates", "attaché", "attachée", "attachés", "employé", "employée", "employés",
                     "salarié", "salariée", "salariés", "agent", "agents", "fonctionnaire", "fonctionnaires",
                     "membre", "membres"}


def _party_of(head: Token) -> bool:
    """`une réunion de la commission mixte`, `un attaché de l'ambassade de Russie`, `le commandement de l'armée`: a
    head whose `de` complement is a participant (an event noun's party, a member's body, a commanded body), not
    whose a thing is."""
    return head.lemma_.lower() in NOUN_FRAMES or head.lower_ in BODY_MEMBER_NOUNS or head.lower_ in COMMAND_NOUNS or (
        _unnamed_member(head))


def _unnamed_member(head: Token) -> bool:
    """`un porte-parole de l'ambassade des États-Unis à Hanoï`: someone unnamed (an indefinite person noun) of a body
    is one of its people, and the body a participant of its own (`le porte-parole de la police` names an office)."""
    return is_person_noun(head.lower_) and any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in head.children)


def is_nationality(adjective: Token) -> bool:
    """`philippins`, `soudanaise`, `nord-coréens`: an adjective of nationality, in either gender and number."""
    word = adjective.lower_.removeprefix("nord-").removeprefix("sud-").rsplit("-", 1)[-1]  # `sino-russe`
    forms = {word, word.removesuffix("s"), word.removesuffix("s").removesuffix("e"),
             word.removesuffix("s").removesuffix("ne"), word.removesuffix("x").removesuffix("au") + "al"}
    return demonym_country(adjective.lower_) is not None or bool(forms & NATIONALITY_STEMS)


def nationality_word(word: str) -> bool:
    """`malienne`, `nord-coréens`: is the word an adjective of nationality (as :func:`is_nationality`, by its text)?"""
    word = word.lower()
    return demonym_country(word) is not None or _nationality_key(
        word.removeprefix("nord-").removeprefix("sud-").rsplit("-", 1)[-1]) is not None


def _nationality_key(word: str) -> str | None:
    """The country or the stem an adjective of nationality says, in any gender and number (`ukrainiens`,
    `ukrainienne`: one key)."""
    word = word.lower()
    forms = [word, word.removesuffix("s"), word.removesuffix("s").removesuffix("e"),
             word.removesuffix("s").removesuffix("ne")]
    return demonym_country(word) or next((f for f in forms if f in NATIONALITY_STEMS), None)


def _without_emphasis(noun: Token, end: int) -> int:
    """`la défense antiaérienne ukrainienne elle-même`: the phrase ends before an emphatic pronoun."""
    emphatic = next((t for t in noun.doc[noun.i + 1:] if t.idx < end and t.pos_ == "PRON"), None)
    return len(doc_text(noun.doc)[:emphatic.idx].rstrip()) if emphatic is not None else end


def _where(complement: Token) -> bool:
    """`à Hanoï`, `en Russie`: a complement that says where the body is."""
    return complement.dep_ in ("nmod", "obl", "obl:mod") and any(
        c.dep_ == "case" and c.lower_ in WHERE_CASES for c in complement.children)


def _says_which(modifier: Token, noun: Token, places: set[int]) -> bool:
    """A nationality (`ukrainienne`), an adjective of kind (`électorale`), or a `de` complement that is a place
    (`de Tokyo`), a ministry's portfolio (`de la Défense`) or a function (`de secours`). Another capitalised
    complement makes a name (`la flotte du Pacifique`), which is the name linker's."""
    if modifier.dep_ == "amod" or _misread_adjective(modifier):
        # `l'opposition républicaine`, `l'opposition armée`: any adjective says which opposition
        return is_nationality(modifier) or modifier.lower_ in INSTITUTION_ADJECTIVES or (
            noun.lower_ == "opposition" and modifier.lower_.removesuffix("s") in POLITICAL_ADJECTIVES)
    if modifier.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in OF_CASES for c in modifier.children):
        return False
    if noun.lower_ in COMMAND_NOUNS:  # `le commandement de l'armée nigérienne`, right after the noun (not `le
        # commandement du théâtre Sud de la marine`, a name the speech steps read)
        return modifier.lower_ in COMMANDED_NOUNS and modifier.left_edge.i == noun.i + 1
    return modifier.i in places or _portfolio(noun, places) == modifier or modifier.lower_ in FUNCTION_COMPLEMENTS


def _state_department(noun: Token) -> bool:
    """`le département d'État`: the foreign ministry of the United States, a body (not a division of land)."""
    return noun.lower_ == "département" and any(c.lower_ == "état" and c.text[:1] == "É" for c in noun.children)


def _portfolio(noun: Token, places: set[int]) -> Token | None:
    """`le ministère indien des Affaires étrangères`, `du département d'État`: the capitalised `de` complement
    that names a ministry's portfolio (not a place: `l'ambassade de Russie`), which gives the body a name of its
    own. Inside a title (`le porte-parole du ministère indien des Affaires étrangères`) such a body is a mention
    (the gold rule: institutions named inside a role noun), where a bare one (`le porte-parole de la présidence`)
    only names the office."""
    if noun.lower_ not in ("ministère", "département"):
        return None
    return next((c for c in noun.children if c.i > noun.i and c.dep_ == "nmod" and c.text[:1].isupper()
                 and c.i not in places and any(k.dep_ == "case" and k.lower_ in OF_CASES for k in c.children)
                 and (noun.lower_ == "ministère" or c.lower_ == "état")), None)


def _misread_adjective(modifier: Token) -> bool:
    """`la police kényane`: a lower-case adjective of nationality the parser took for a name complement (no
    preposition before it)."""
    if modifier.dep_ == "flat:name" and modifier.text.islower() and modifier.i == modifier.head.i + 1:
        return True  # `Le gouvernement sud-coréen s'est, lui, gardé`: the parser may make the adjective a name's part
    return modifier.dep_ == "nmod" and modifier.pos_ == "PROPN" and modifier.text.islower() and not any(
        c.dep_ == "case" for c in modifier.children)


def _people(noun: Token) -> tuple[int, int, str] | None:
    """`des agents chinois`, `115 soldats ukrainiens`, `des centaines de secouristes`, `les prisonniers
    libérés`, `de pêcheurs vietnamiens`: people in the plural, counted or described."""
    word = noun.lower_
    if noun.pos_ != "NOUN" or word in TOLL_NOUNS or not word.endswith(("s", "x")):
        return None
    if not (word in GROUP_NOUNS or is_person_noun(word) or word[:-1] in COLLECTIVE_NOUNS or _counted_people(noun)):
        return None  # `des délégations étrangères`: bodies of people, in the plural, are people too
    described = any(_part_of_group(c) for c in noun.children if c.i > noun.i)
    if word in ARMED_NOUNS and any(is_nationality(c) for c in noun.children if c.dep_ == "amod"):
        return None
    if word in RELATION_NOUNS or (_object(noun) and not _counted_team(noun) and not _officials_met(noun, described)):
        return None  # `les alliés de Kiev`: the speech steps' group; `a libéré des soldats`: the events' thing
    if word in OFFICE_NOUNS and not described:
        return None  # `les dirigeants`, `des diplomates`: people named elsewhere, or no one in particular
    quantity = _quantity_head(noun)
    head = quantity or noun
    determined = _determined(noun, definite=False, fused=False)
    if quantity is None and not determined and not ((described or _said_who(noun)) and (
            _after_of(noun) or _fused(noun))):
        return None  # `aux journalistes`: whoever is there; `de soldats nord-coréens`, `aux militaires qui`: these
    if _names_known_ones(head):
        return None
    start, end = _group_span(head, noun)
    return start, end, "group"


def makes_a_toll(verb: Token) -> bool:
    """`l'offensive a fait au moins 32 morts`, `faisant 64 morts`: `faire` whose object is a counted noun of the dead
    is the deaths, an event whose victims are the toll (the offensive, the quake are no party)."""
    return verb.lemma_.lower() == "faire" and any(_toll_of_dead(c) is not None for c in verb.children)


def _toll_of_dead(noun: Token) -> tuple[int, int, str] | None:
    """`l'offensive a fait au moins 32 morts`, `faisant 64 morts`: the dead counted as the object of `faire` are the
    victims of the deaths (a group an event takes), where a toll anywhere else is not a party (`quatre blessés`)."""
    if noun.lower_ not in TOLL_OF_DEAD or not _object(noun) or noun.head.lemma_.lower() != "faire":
        return None  # (`faisant au moins 64 morts`: the parse may call the object an argument)
    count = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
    if count is None:
        return None
    return _approximate_start(count), noun.idx + len(noun.text), "group"


# Craft in the plural that act or take part as one (`Des navires de guerre encerclent l'île`, `49 appareils chinois
# ont été repérés`): one local thing, never its state (the craft are what is seen).
CRAFT_NOUNS = {"avions", "appareils", "chasseurs", "bombardiers", "hélicoptères", "navires", "bateaux", "embarcations",
               "frégates", "destroyers", "vedettes", "patrouilleurs", "sous-marins", "chalutiers", "chars", "blindés",
               "lanceurs", "satellites", "porte-avions", "croiseurs", "corvettes"}  # not weapons: events give them
# to their state (`des drones russes ont frappé`: Russia)
CRAFT_ACTING = {"nsubj", "nsubj:pass", "obl:agent"}
INDEFINITE_PLURAL = {"des", "de", "d'", "d’", "plusieurs", "quelques", "quelque", "deux", "trois", "nombreux"}


def _craft(noun: Token) -> tuple[int, int, str] | None:
    """`Des navires de guerre, des bombardiers et des avions de chasse encerclent`, `49 appareils chinois ont été
    repérés`: craft in the plural, new to the text (an indefinite article or a count), that act (a subject, an
    agent or a subject's conjunct). An object or an event noun's complement is left to the events (`a abattu des
    avions`, `des livraisons de chars`: what is acted on or handed over), a definite phrase to its take-up."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in CRAFT_NOUNS or not noun.text.islower():
        return None
    article = next((c for c in noun.children if c.i < noun.i and c.lower_ in INDEFINITE_PLURAL), None)
    new = article is not None or any(c.dep_ == "nummod" for c in noun.children)
    acting = noun.dep_ in CRAFT_ACTING or (noun.dep_ == "conj" and _acting_conjunct(noun)) or _misread_subject(noun)
    if not (acting and new):
        return None
    start, end = _group_span(noun, noun)
    if article is not None and article.lower_ == "des":
        start = min(start, article.idx)  # `et des avions de chasse`: the parser may take `des` for a preposition
    return start, _model_end(noun, end), "object"


def _model_end(noun: Token, end: int) -> int:
    """`des lanceurs de missiles Iskander`, `des avions F-16`: the model's name right after the craft belongs to
    their phrase (the parser hangs it on the craft or their complement, often as a verb or a clause)."""
    after = next((t for t in noun.doc[noun.i + 1:] if t.idx >= end), None)
    if after is None or after.idx > end + 1 or not after.text[:1].isupper() or after.head.i not in (
            noun.i, *(c.i for c in noun.children)) or any(c.dep_ == "case" for c in after.children):
        return end
    return after.idx + len(after.text)


def _misread_subject(noun: Token) -> bool:
    """`Des frégates, des hélicoptères ... surveillent`: a phrase with no preposition before its verb, which the
    parser took for a complement of the verb, is its subject."""
    return noun.dep_ in ("obl:mod", "obl:arg") and noun.head.pos_ == "VERB" and noun.i < noun.head.i and not any(
        c.dep_ == "case" for c in noun.children)


def _acting_conjunct(noun: Token) -> bool:
    """`des bombardiers` in `Des navires, des bombardiers et des avions encerclent`: a conjunct of an acting phrase
    (the parser may hang it on any word of the phrase before)."""
    head = noun.head
    for _ in range(3):
        if head.dep_ in CRAFT_ACTING:
            return True
        head = head.head
    return False


def _counted_people(noun: Token) -> bool:
    """`des milliers de Vietnamiens`, `une centaine d'Ukrainiens`: inhabitants (a capitalised demonym) counted by
    a quantity noun are a crowd that acts as one; alone (`les Japonais`) they are a people, never a participant."""
    return noun.text[:1].isupper() and is_nationality(noun) and _quantity_head(noun) is not None


# Teams sent or deployed as a body (`a dépêché 82 secouristes du Yunnan`): counted, they are a group even as the
# object, which no other step makes a mention of.
TEAM_NOUNS = {"secouristes", "sauveteurs", "pompiers", "médecins", "infirmiers", "experts", "enquêteurs", "soldats",
              "policiers", "casques", "observateurs", "inspecteurs", "militaires", "gendarmes"}


def _counted_team(noun: Token) -> bool:
    return noun.lower_ in TEAM_NOUNS and any(c.dep_ == "nummod" for c in noun.children)


def _officials_met(noun: Token, described: bool) -> bool:
    """`reçoit des dirigeants africains`, `a rencontré des responsables américains`: office holders a word says
    which of, as the object of a verb of meeting, are the other party (the events do not make people of them)."""
    return described and noun.lower_ in OFFICE_NOUNS and noun.head.lemma_.lower() in MEETING_VERBS


MEETING_VERBS = {"recevoir", "rencontrer", "accueillir", "réunir", "inviter", "convier"}


def _object(noun: Token) -> bool:
    """A verb's direct object (`a libéré des soldats`, `tuant au moins cinq civils`, which the parser may call an
    argument without a preposition): the events make the people acted on themselves."""
    return noun.dep_ == "obj" or (noun.dep_ in ("obl:arg", "obl:mod") and noun.head.pos_ == "VERB" and not any(
        c.dep_ == "case" for c in noun.children))


def _collective(noun: Token) -> tuple[int, int, str] | None:
    """`une délégation militaire nord-coréenne`, `une brigade allemande`, `un équipage`: one body of people. A
    new one (`un`, `une`) is a group as it stands; a definite one only with words that say which (`la délégation`
    alone takes up one named before)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in COLLECTIVE_NOUNS or _object(noun):
        return None
    articles = {c.lower_ for c in noun.children if c.dep_ == "det" and c.i < noun.i}
    described = any(_part_of_group(c) for c in noun.children if c.i > noun.i)
    if not (articles & {"un", "une"} or (articles & DEFINITE and described)) or _names_known_ones(noun):
        return None
    start, end = _group_span(noun, noun)
    return start, end, "group"


def _said_who(noun: Token) -> bool:
    """`aux militaires qui retiennent le président`: a relative clause whose subject is the people (`qui`) says which
    ones they are, as an adjective would."""
    return any(c.dep_ == "acl:relcl" and any(g.dep_ == "nsubj" and g.lower_ == "qui" for g in c.children)
               for c in noun.children if c.i > noun.i)


def _quantity_head(noun: Token) -> Token | None:
    """`des centaines de secouristes`: the quantity noun that counts the people, whose phrase is the group's."""
    head = noun.head
    counted = noun.dep_ == "nmod" and _after_of(noun)
    if not (counted and head.lower_ in QUANTITY_NOUNS and head.i < noun.i):
        return None
    outer = head.head  # `des dizaines de milliers de manifestants`: the outer count opens the phrase
    if head.dep_ == "nmod" and _after_of(head) and outer.lower_ in QUANTITY_NOUNS and outer.i < head.i:
        return outer
    return head


def _determined(noun: Token, definite: bool, fused: bool = True) -> bool:
    """Has the noun an article or a count of its own (not a possessive)? A `du`, `des` or `au` the parser
    made a preposition counts as the article fused with it when ``fused``."""
    words = {c.lower_ for c in noun.children if c.dep_ == "det" and c.i < noun.i}
    if words & POSSESSIVE:
        return False
    if definite:
        return bool(words & DEFINITE) or (fused and _fused(noun))
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return bool(words - {"de", "d'", "d’"}) or counted or (fused and _fused(noun))


def _fused(noun: Token) -> bool:
    """`du`, `des`, `au`, `aux` right before the noun (or its adjectives): the article fused with `de` or `à`."""
    i = noun.i - 1
    while i >= 0 and noun.doc[i].pos_ == "ADJ" and noun.doc[i].head.i == noun.i:
        i -= 1
    return i >= 0 and noun.doc[i].lower_ in FUSED


def _after_of(noun: Token) -> bool:
    """`l'envoi de soldats nord-coréens`: a noun its `de` introduces (the article `des` dropped)."""
    return any(c.dep_ in ("case", "det") and c.lower_ in BARE_OF for c in noun.children if c.i < noun.i)


def _of_complement(noun: Token) -> bool:
    """`des victimes`, `d'entreprise`, `du chalutier`: a complement opened by `de`, bare or fused."""
    return any(c.dep_ in ("case", "det") and c.lower_ in OF_CASES for c in noun.children if c.i < noun.i)


def _names_known_ones(head: Token) -> bool:
    """`les deux pays`, `ces trois hommes`, `les forces des deux pays`: a definite article and a count point back
    to ones named before."""
    def known(token: Token) -> bool:
        definite = any((c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "case" and c.lower_ in FUSED)
                       for c in token.children) or _fused(token)
        others = any(c.lower_ == "autres" for c in token.children if c.i < token.i)  # `les quatre autres candidats`
        return definite and not others and any(c.dep_ == "nummod" for c in token.children)

    return known(head) or any(known(c) for c in head.children if c.dep_ == "nmod" and c.i > head.i)


def _group_span(head: Token, noun: Token) -> tuple[int, int]:
    """The group's words: the article or count (not a bare `de`), the noun, its adjectives and participles with
    nothing of their own (`les prisonniers libérés`, not `civils tués pendant l'occupation`), and one `de`
    complement (`les familles des victimes`, `une dizaine d'hommes armés de barres de fer`)."""
    start, _ = noun_phrase(head)
    words = [t for t in head.doc if t.idx >= start and t.i <= head.i]
    while words and words[0].lower_ in BARE_OF and words[0].i < head.i:
        words = words[1:]  # `de pêcheurs vietnamiens`, `d'anciens habitants`: the `de` is a preposition
    last = noun
    for child in (c for c in noun.children if c.i > noun.i):
        if child.i != last.i + 1 and not (child.dep_ == "nmod" and child.left_edge.i == last.i + 1):
            break
        if not _part_of_group(child):
            break
        last = child.right_edge
    last = _region_of(_adjective_run(noun, last))
    first = words[0] if words else head
    return _approximate_start(first), last.idx + len(last.text)


APPROXIMATE = (("plus", "de"), ("près", "de"), ("au", "moins"), ("moins", "de"), ("environ",))


def _approximate_start(first: Token) -> int:
    """`plus de 10.000 soldats`, `au moins 300 manifestants`: the words that make a count approximate open it."""
    if first.pos_ != "NUM" and "Card" not in first.morph.get("NumType"):
        return first.idx
    doc = first.doc
    for words in APPROXIMATE:
        i = first.i - len(words)
        if i >= sentence_of(first).start and tuple(t.lower_ for t in doc[i:first.i]) == words:
            return doc[i].idx
    return first.idx


def _adjective_run(noun: Token, last: Token) -> Token:
    """`des unités navales, aériennes et terrestres`: adjectives of the noun joined by commas and `et`."""
    doc, i = noun.doc, last.i + 1
    while i + 1 < len(doc) and doc[i].lower_ in (",", "et") and doc[i + 1].pos_ == "ADJ" and (
            doc[i + 1].head.i == noun.i or doc[i + 1].head.head.i == noun.i):
        last, i = doc[i + 1], i + 2
    return last


# People known by the person they stand by (`L'équipe de Donald Trump`, `la famille de M. Petrov`, `les partisans
# de M. Lee`): a group of its own, whose owner's name belongs to its words (a mention of its own inside them), as
# `son équipe`, `ses partisans` are groups once the possessive is read.
FOLLOWER_NOUNS = {"équipe", "famille", "entourage", "camp", "proches", "partisans", "avocats", "conseillers"}


def _followers(noun: Token) -> tuple[int, int, str] | None:
    """`L'équipe de Donald Trump`: a definite follower noun whose `de` complement is a name."""
    if noun.pos_ != "NOUN" or noun.lower_ not in FOLLOWER_NOUNS or not _determined(noun, definite=True):
        return None
    owner = next((c for c in noun.children if c.i > noun.i and c.dep_ == "nmod" and c.pos_ == "PROPN"
                  and _of_complement(c) and c.text[:1].isupper()), None)
    if owner is None:
        return None
    start, _ = noun_phrase(noun)
    last = max([owner, *(c for c in owner.children if c.dep_ == "flat:name")], key=lambda t: t.i)
    return start, last.idx + len(last.text), "group"


# Members of a party or a body (`Les élus du PPP`, `les militants du Hamas`): the name of what they belong to says
# which group they are, and belongs to the group's words (a mention of its own inside them).
MEMBER_NOUNS = {"élus", "députés", "sénateurs", "parlementaires", "militants", "membres", "adhérents", "cadres"}


def _members_of(child: Token) -> bool:
    """`du PPP` in `Les élus du PPP`: a capitalised `de` complement with nothing after it, of a noun of members."""
    return child.dep_ == "nmod" and child.head.lower_ in MEMBER_NOUNS and child.text[:1].isupper() and (
        _of_complement(child)) and child.right_edge.i == _plain_end(child).i


# Words for members of an assembly that take each other up (`les députés du PPP ... les élus`).
ELECTED = {"elus", "deputes", "senateurs", "parlementaires"}


def _members_taken_up(text: str, label: str, groups: list[Mention]) -> str | None:
    """`Les élus` after `les députés du Parti démocrate`: a bare noun of members takes up the one group of members
    of its kind named before with words that said whose they are; two such groups, and French does not say which."""
    words = _words_key(label).split()
    if len(words) != 1 or words[0] not in {fold(n) for n in MEMBER_NOUNS}:
        return None
    kind = ELECTED if words[0] in ELECTED else {words[0]}
    earlier = {g.entity for g in groups if g.type == "group" and len(key := _words_key(text[g.start:g.end]).split())
               > 1 and key[0] in kind}
    return earlier.pop() if len(earlier) == 1 else None


def _part_of_group(child: Token) -> bool:
    """An adjective, a participle that says what the people are, or a plain `de` complement of common nouns (or
    of a name, for members: `Les élus du PPP`)."""
    if child.dep_ == "amod" or _members_of(child) or _bare_noun_adjective(child):
        return True
    if child.dep_ == "acl":
        if "Fin" in child.morph.get("VerbForm"):
            return False  # `les troupes contrôlent la centrale`: a finite verb is a clause, it says what they do
        counted_dead = child.lemma_.lower() in HARM_LEMMAS and any(c.dep_ == "nummod" for c in child.head.children)
        return child.pos_ == "VERB" and _says_what(child) and not counted_dead  # `cinq combattants tués`: the event
    plain = child.dep_ == "nmod" and _of_complement(child) and (child.text[:1].islower() or _place_of_people(child))
    return plain and child.right_edge.i == _plain_end(child).i


# Where people are from or live (`82 secouristes du Yunnan`, `les habitants d'Okinawa`, `les séparatistes prorusses
# de l'est du pays`): a place says which people they are, and belongs to the group's words (a mention inside).
PEOPLE_OF_PLACES = GROUP_NOUNS - {"entreprises", "sociétés", "compagnies", "forces", "troupes", "unités", "équipes",
                                  "membres", "familles", "élus", "partisans"}
REGION_WORDS = {"est", "ouest", "nord", "sud", "centre"}  # `de l'est du pays` (the tagger may read `est` as a verb)


def _region_of(last: Token) -> Token:
    """`de l'est du pays`, `du nord du Mali`: the land a region word is of ends the phrase (the parser may hang it
    on a word before)."""
    doc, i = last.doc, last.i + 1
    if last.lower_ not in REGION_WORDS or i >= len(doc) or doc[i].lower_ not in OF_CASES:
        return last
    i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("NOUN", "PROPN"):
        return last
    while i + 1 < len(doc) and doc[i + 1].dep_ == "flat:name" and doc[i + 1].head.i == i:
        i += 1
    return doc[i]


def _place_of_people(child: Token) -> bool:
    return child.head.lower_ in PEOPLE_OF_PLACES and (child.ent_type_ == "LOC" or (
        child.lower_ in REGION_WORDS and any(c.lower_ in ("l'", "l’", "le") for c in child.children)))


def _bare_noun_adjective(child: Token) -> bool:
    """`des élus démocrates`, `des sénateurs républicains`: an adjective right after the noun that the tagger took
    for a noun complement (no preposition, nothing of its own, lower case)."""
    return child.dep_ == "nmod" and child.pos_ == "NOUN" and child.i == child.head.i + 1 and child.text.islower() and (
        not any(True for _ in child.children))


def _says_what(participle: Token) -> bool:
    """`armés de barres de fer`, `libérés`: a participle alone or with a `de` complement says what the people
    are; with anything else (`tués pendant l'occupation`, `libérés samedi`) it tells a story about them."""
    return all(c.dep_ in ("obl:arg", "obl", "obl:mod") and _after_of(c) and _plain_end(c).i == c.right_edge.i
               for c in participle.children)


def _plain_end(complement: Token) -> Token:
    """The last word of a `de` complement made only of nouns, adjectives and articles (no clause in it)."""
    end = complement
    for token in complement.subtree:
        if token.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ") and not (
                token.i == complement.i and token.lower_ in REGION_WORDS):
            return complement.doc[0]  # never the complement's own end: it holds a clause
        end = token if token.i > end.i else end
    return end


def _in_title(noun: Token) -> bool:
    """`le porte-parole de la police`, `le chef des secouristes`: the body inside a person's title names the
    office, not a participant."""
    return noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and is_person_noun(noun.head.lower_) and (
        noun.head.lower_ not in QUANTITY_NOUNS | BODY_MEMBER_NOUNS) and not _unnamed_member(noun.head)


def _named_in_title(noun: Token, places: set[int]) -> bool:
    """`le porte-parole du ministère indien des Affaires étrangères`: a body with a name of its own (a ministry's
    portfolio) inside a person's title is a mention, where a bare one (`le porte-parole de la police`) is not."""
    return noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and is_person_noun(noun.head.lower_) and (
        _portfolio(noun, places) is not None)


def _predicate(noun: Token) -> bool:
    """`ce sont des civils`: a noun with a copula says what someone is."""
    return any(c.dep_ == "cop" for c in noun.children)


# A definite noun news writers use to take up a company or agency named just before (`Gazprom ... le groupe`,
# `Rosatom ... l'entreprise publique`): the nearest organisation the article names without a Wikidata link.
COMPANY_TAKE_UP = {"groupe", "société", "entreprise", "compagnie", "géant", "firme", "constructeur", "opérateur",
                   "conglomérat", "agence", "chaîne", "quotidien", "journal", "ong"}
TAKE_UP = re.compile(r"\b(?P<det>[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Cc]e|[Cc]ette|[Cc]et)\s*(?P<noun>[a-zéèêëïîôûç-]{2,})\b")
# `le Parlement géorgien ... le Parlement`, `la Cour suprême ... la Cour`: a body French may write with a capital
TITLED_TAKE_UP = re.compile(r"\b(?P<det>[Ll]e|[Ll]a|[Ll]['’])\s*(?P<noun>Parlement|Cour|Présidence|Marine)\b")
# `le géant minier Vale`, `le constructeur automobile Renault`: a company's description before its name says what
# the name is, whatever type the name linker guessed for a name it does not know.
COMPANY_NOUNS = frozenset({"géant", "groupe", "compagnie", "entreprise", "société", "firme", "constructeur",
                           "opérateur", "conglomérat", "fabricant", "laboratoire", "énergéticien", "armateur",
                           "transporteur", "distributeur"})
COMPANY_DESCRIPTION = re.compile(
    rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:{'|'.join(sorted(COMPANY_NOUNS))})(?:\s+[a-zéèêëïîôûç-]+){{0,3}}\s+$")
TAKE_UP_REACH = 600  # characters back to the organisation taken up: two or three sentences of wire copy


def described_group_mentions(doc: Doc, mentions: Iterable[Mention],
                             local_entity: Callable[[str, str], str]) -> list[Mention]:
    """The mentions of the groups and institutions of :func:`described_groups`, each of the local entity
    ``local_entity(label, type)`` gives (the same for the same words), then the definite nouns that take one of
    them up again (`la police de Tokyo ... la police`) or take up a company named before (`Gazprom ... le
    groupe`). Never a Wikidata link."""
    made = list(mentions)
    text = doc_text(doc)
    # `La marine sud-coréenne ... selon la marine sud-coréenne`: the same words are one entity, whichever step
    # made the first mention and whatever article opens them
    same_words = {_words_key(text[m.start:m.end]): m.entity for m in made
                  if m.kind == "nominal" and m.entity.startswith("local:")}
    same_words.update(_shared_out_words(doc, made))  # `délégations russe et ukrainienne ... la délégation russe`
    found = []
    delegations = _shared_out_delegations(doc, made)
    for start, end, label, type_ in described_groups(doc, made):
        entity = _delegation_of(doc, start, end, delegations) or _bare_body_taken_up(text, start, label, found) or (
            same_words.setdefault(_words_key(label), None)) or _members_taken_up(text, label, found) or (
            _kind_taken_up(text, start, label, [*made, *found])) or local_entity(label, type_)
        same_words[_words_key(label)] = entity
        found.append(Mention(start, end, entity, "nominal", type_))
    found += possessed_body_mentions(doc, [*made, *found], local_entity)
    found += list(taken_up_bodies(doc, [*made, *found]))
    found += list(taken_up_units(doc, [*made, *found]))
    return found + bare_body_mentions(doc, [*made, *found], local_entity, same_words)


def _bare_body_taken_up(text: str, start: int, label: str, found: list[Mention]) -> str | None:
    """`les garde-côtes chinois ... les garde-côtes`: a definite institution noun alone that a step made a group of
    people (a plural) is the body named before with words of its own, when one is (as :func:`taken_up_bodies`)."""
    match = TAKE_UP.fullmatch(label.strip())
    if match is None or match.group("det").lower() not in BARE_ARTICLES or match.group(
            "noun").lower() not in INSTITUTION_NOUNS:
        return None
    before = [m for m in found if m.end <= start and start - m.start <= TAKE_UP_REACH
              and m.entity.startswith("local:") and m.type in ("organization", "group")]
    body = _taken_up(text, match.group("noun").lower(), before)
    return body.entity if body is not None and fold(text[body.start:body.end]) != fold(label) else None


# Adjectives of kind a body's phrase may say by its other words (`le commandement de l'armée nigérienne ... le
# commandement militaire`: an army's command is military): folded adjective -> folded words that say it.
IMPLIED_KINDS = {"militaire": {"armee", "armees", "forces", "militaire", "militaires", "garde"}}
FOLDED_INSTITUTION_NOUNS = frozenset(fold(n) for n in INSTITUTION_NOUNS)  # (folded once, not per described group)


def _kind_taken_up(text: str, start: int, label: str, before: list[Mention]) -> str | None:
    """`Le commandement militaire` after `Le commandement de l'armée nigérienne`: a definite institution noun whose
    only other words are adjectives of kind the body named before with that noun said in its own words takes it up
    (the nearest one, within reach)."""
    words = _words_key(label).split()
    if len(words) < 2 or not ARTICLE_PREFIX.match(label.strip()) or words[0] not in (
            FOLDED_INSTITUTION_NOUNS) or any(w not in IMPLIED_KINDS for w in words[1:]):
        return None
    for mention in sorted(before, key=lambda m: -m.start):
        if mention.end > start or start - mention.start > TAKE_UP_REACH or not mention.entity.startswith("local:"):
            continue
        if mention.kind != "nominal" or mention.type != "organization":
            continue
        said = re.findall(r"[\w-]+", _words_key(text[mention.start:mention.end]))  # `l'armee`: `l`, `armee`
        if said[:1] == words[:1] and len(said) > 1 and all(set(said[1:]) & IMPLIED_KINDS[w] for w in words[1:]):
            return mention.entity
    return None


# Bodies a definite article alone makes known in any country's news (`La police a ouvert une enquête`, `Les
# autorités ont décrété un deuil`, `accusé par l'opposition`, `la guerre entre l'armée et les paramilitaires`): the
# country's own, the one the story is about. `l'armée` only when no army was named before (`l'armée russe ...
# l'armée` takes that one up: not a new body); not `la justice`, `la presse` (often the idea, not a body) nor `le
# gouvernement` (the government of a state the article names: the reference steps' to say which).
BARE_BODIES = {"police": "organization", "autorités": "organization", "gendarmerie": "organization",
               "parquet": "organization", "junte": "organization", "opposition": "group", "armée": "organization",
               "parlement": "organization"}
NAMED_ONCE = {"armée", "parlement"}  # bare bodies a phrase named before takes up (`l'armée ukrainienne ... l'armée`)
BARE_ARTICLES = {"le", "la", "les", "l'", "l’"}


def bare_body_mentions(doc: Doc, mentions: list[Mention], local_entity: Callable[[str, str], str],
                       same_words: dict[str, str | None]) -> list[Mention]:
    """A mention for each bare definite body noun of :data:`BARE_BODIES` that no body named before takes up (run
    after :func:`taken_up_bodies`), outside quotes, titles (`le porte-parole de la police`) and predicates; the
    same words are one local entity (`l'opposition ... l'opposition`)."""
    text = doc_text(doc)
    taken = [(m.start, m.end) for m in mentions]
    quoted = [q.span() for q in QUOTED.finditer(text)]
    found = []
    # (`le Parlement`: a body French may write with a capital, as `le parlement`)
    for match in sorted([*TAKE_UP.finditer(text), *TITLED_TAKE_UP.finditer(text)], key=lambda m: m.start()):
        noun, article = match.group("noun").lower(), match.group("det").lower()
        bare = noun in BARE_BODIES and article in BARE_ARTICLES  # `ce gouvernement` points back: not a new body
        token = token_at(doc, match.start("noun")) if bare else None
        if token is None or _says_which_body(token) or any(s <= match.start() < e for s, e in quoted) or any(
                s < match.end() and match.start() < e for s, e in taken) or _named_before(token, noun):
            continue
        key = _words_key(match.group())
        entity = same_words.get(key) or local_entity(match.group(), BARE_BODIES[noun])  # as the speech steps label
        same_words[key] = entity
        taken.append((match.start(), match.end()))
        found.append(Mention(match.start(), match.end(), entity, "nominal", BARE_BODIES[noun]))
    return found


def _named_before(noun: Token, word: str) -> bool:
    """Was a body of this noun named before with words of its own (`l'armée russe`, `l'Armée populaire`)? Then
    a bare `l'armée` may take it up, and is left to the steps that read take-ups."""
    return word in NAMED_ONCE and any(
        t.lower_ == word and any(c.i > t.i and c.dep_ in ("amod", "nmod", "flat:name", "appos") for c in t.children)
        for t in noun.doc[:noun.i])


def _says_which_body(noun: Token) -> bool:
    """`la police kényane`, `l'opposition, le Parti démocrate`, `la police de Tokyo`: words after the noun that
    say which body (those phrases are the other steps'); a clause or a charge the parser hangs on the noun does
    not (`accusé par l'opposition de lui avoir conseillé`), nor a title or a predicate around it."""
    which = any(c.i > noun.i and (c.dep_ in ("amod", "appos", "flat:name") or (c.dep_ == "nmod" and c.pos_ == "PROPN"))
                for c in noun.children)
    return which or _in_title(noun) or _predicate(noun) or noun.pos_ != "NOUN"


def _words_key(words: str) -> str:
    return fold(ARTICLE_PREFIX.sub("", words.strip()))


def taken_up_bodies(doc: Doc, mentions: list[Mention]) -> Iterator[Mention]:
    """`la police` after `la police de Tokyo`, `le ministère` after `le ministère turc de l'Énergie`: a bare
    definite institution noun is the nearest body before it whose phrase has that head noun; `le groupe`, `la
    société` after `Gazprom`, the nearest organisation named without a link. Only local entities: a Wikidata
    item is never reached this way."""
    text = doc_text(doc)
    taken = [(m.start, m.end) for m in mentions]
    matches = sorted([*TAKE_UP.finditer(text), *TITLED_TAKE_UP.finditer(text)], key=lambda m: m.start())
    for match in matches:
        noun = match.group("noun").lower()
        if noun not in INSTITUTION_NOUNS and noun not in COMPANY_TAKE_UP and noun not in MOVEMENT_TAKE_UP:
            continue
        token = token_at(doc, match.start("noun"))
        kind_end = _movement_kind_end(token) if token is not None and noun in MOVEMENT_TAKE_UP else None
        if token is None or (_qualified(token) and kind_end is None) or any(
                s < match.end() and match.start() < e for s, e in taken):
            continue
        before = [m for m in mentions if m.end <= match.start() and match.start() - m.start <= TAKE_UP_REACH
                  and m.entity.startswith("local:") and (m.type in ("organization", "group") or (
                      m.kind == "name" and COMPANY_DESCRIPTION.search(text, max(0, m.start - 60), m.start)))]
        body = _taken_up(text, noun, before)
        if body is not None:
            end = kind_end or match.end()
            taken.append((match.start(), end))
            type_ = body.type if body.type in ("organization", "group") else "organization"
            yield Mention(match.start(), end, body.entity, "nominal", type_)


# `la garde présidentielle ... cette unité d'élite`: a demonstrative noun of a military unit takes up the nearest
# unit named before (a body whose head noun is one of UNIT_HEADS), even inside a longer phrase (`des soldats de
# cette unité d'élite`: the soldiers a group, the unit a mention of its own inside it).
UNIT_TAKE_UP = re.compile(r"\b(?:[Cc]ette\s+unité|[Cc]e\s+corps)(?:\s+d['’]élite)?(?![\w’'-])")
UNIT_HEADS = {"garde", "brigade", "bataillon", "régiment", "division", "unité", "commando", "corps", "escadron"}
FOLDED_UNIT_HEADS = frozenset(fold(u) for u in UNIT_HEADS)  # (folded once, not per mention)


def taken_up_units(doc: Doc, mentions: list[Mention]) -> Iterator[Mention]:
    """A mention of the unit each `cette unité (d'élite)`, `ce corps d'élite` takes up (see :data:`UNIT_TAKE_UP`)."""
    text = doc_text(doc)
    for match in UNIT_TAKE_UP.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end and not (m.start <= start and end <= m.end and (m.start, m.end) != (
                start, end)) for m in mentions):
            continue  # a mention of these words already, or across them
        units = [m for m in mentions if m.end <= start and start - m.start <= TAKE_UP_REACH and m.kind == "nominal"
                 and m.entity.startswith("local:") and m.type in ("organization", "group")
                 and (_words_key(text[m.start:m.end]).split() or [""])[0] in FOLDED_UNIT_HEADS]
        if units:
            unit = max(units, key=lambda m: m.start)
            yield Mention(start, end, unit.entity, "nominal", unit.type)


# An armed movement taken up by a noun and an adjective of its kind (`le Hezbollah ... le mouvement chiite`, `le
# M23 ... le groupe armé`): the adjective says what the one named is, not which other one.
MOVEMENT_TAKE_UP = {"mouvement", "milice", "groupe"}
MOVEMENT_KINDS = {"armé", "rebelle", "islamiste", "jihadiste", "djihadiste", "chiite", "sunnite", "paramilitaire",
                  "séparatiste", "insurgé", "terroriste", "radical"}


def _movement_kind_end(noun: Token) -> int | None:
    """The end of `le mouvement chiite`, `le groupe armé` when the noun's only words after it are adjectives of an
    armed movement's kind (outside a title or a predicate), else None."""
    after = [c for c in noun.children if c.i > noun.i and c.dep_ in ("amod", "nmod", "appos", "flat:name", "acl")]
    kinds = [c for c in after if c.dep_ == "amod" and c.lemma_.lower() in MOVEMENT_KINDS]
    # `le mouvement islamiste palestinien`: where the movement is from, beside its kind, says no other one
    if not kinds or any(c not in kinds and not (c.dep_ == "amod" and is_nationality(c)) for c in after) or (
            _in_title(noun) or _predicate(noun) or noun.pos_ != "NOUN"):
        return None
    last = max(after, key=lambda c: c.i)
    return last.idx + len(last.text)


def _taken_up(text: str, noun: str, before: list[Mention]) -> Mention | None:
    """The nearest earlier body the noun takes up: one whose words hold the same noun, else (for a company noun)
    the nearest organisation name."""
    nearest = sorted(before, key=lambda m: -m.start)
    same = next((m for m in nearest if m.kind == "nominal" and _holds_noun(fold(text[m.start:m.end]), fold(noun))),
                None)  # folded both: `ministère` is `ministere` in the folded phrase
    if same is not None or noun not in COMPANY_TAKE_UP | MOVEMENT_TAKE_UP:
        return same
    return next((m for m in nearest if m.kind == "name" and (
        m.type == "organization" or COMPANY_DESCRIPTION.search(text, max(0, m.start - 60), m.start))), None)


# A bare noun that takes up a body named by another phrase of the same thing (`l'armée` after `les forces armées
# soudanaises`): the folded words that phrase holds.
SAME_BODY_WORDS = {"armee": "forces armees"}


def _holds_noun(phrase: str, noun: str) -> bool:
    """Does the folded phrase hold the folded noun, or the words that name the same kind of body?"""
    other = SAME_BODY_WORDS.get(noun)
    return noun in phrase.split() or (other is not None and f" {other} " in f" {phrase} ")


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token at this character offset (the one it falls in), if any."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _qualified(noun: Token) -> bool:
    """Has the noun words of its own that say which one (`le groupe pharmaceutique`, `la police de Tokyo`, `le
    groupe Astellas`), or is it inside a title (`le porte-parole de la police`) or a predicate? Then it is no
    bare take-up."""
    return any(c.i > noun.i and c.dep_ in ("amod", "nmod", "appos", "flat:name", "acl")
               and c.lemma_.lower() not in TIME_WORDS for c in noun.children) or (  # `quitté le ministère lundi`
        _in_title(noun) or _predicate(noun) or noun.pos_ != "NOUN")


# `son ambassade`, `ses généraux`, `leurs familles`, `son conseil de sécurité nationale`: a body or a group known
# by whose it is. The owner is the person, state or body the sentence names last before it (French takes up the
# nearest), the same owner and words make the same local entity, and a phrase with no owner before it is left.
# A state's own armed force (`sa flotte`, `son armée`) is left out, as `ses troupes`: events give it to the state.
STATE_FORCES = {"armée", "marine", "flotte", "aviation", "garde-côtes", "gardes-côtes", "garde-frontières",
                "gardes-frontières"}
# People around someone or of a country's trade (`sa famille`, `son industrie des puces`): a group, not a body
POSSESSED_GROUPS = {"famille", "entourage", "équipe", "industrie"}
# (`sous son commandement`: under whose orders, no body)
POSSESSED_SINGULAR = (INSTITUTION_NOUNS - {"défense", "presse", "justice", "médias", "opposition", "commandement"}
                      - STATE_FORCES) | (
    COLLECTIVE_NOUNS | POSSESSED_GROUPS | {"conseil", "comité", "garde", "cabinet"})
# Plural people known by whose they are; not relations and allies (read by the group step) nor a state's troops
# (which events give to the state), nor `ses homologues`, `ses deux hommes` (people named elsewhere).
NOT_POSSESSED_PEOPLE = RELATION_NOUNS | ARMED_NOUNS | TOLL_NOUNS | {"homologues", "hommes", "femmes", "proches"}
# (a craft owns its crew and passengers: `L'appareil, un Embraer ... Ses trois membres d'équipage`)
OWNER_TYPES = {"person", "country", "organization", "place", "group", "object"}
THIRD_PERSON_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def possessed_body_mentions(doc: Doc, mentions: list[Mention],
                            local_entity: Callable[[str, str], str]) -> list[Mention]:
    """A mention of a local entity for each body or group named by a third-person possessive and its noun, whose
    label holds the owner's name (`ambassade (Washington)`): never a Wikidata link."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for noun in doc:
        span = _possessed(noun)
        if span is None or _in_title(noun) or _predicate(noun):
            continue
        start, end, type_ = span
        owner = _owner(doc, mentions, start)
        if owner is None or any(_clashes(start, end, s, e) for s, e in taken):
            continue
        taken.append((start, end))
        words = ARTICLE_PREFIX.sub("", doc_text(doc)[start:end])
        found.append(Mention(start, end, local_entity(f"{words} ({owner})", type_), "nominal", type_))
    return found


def _possessed(noun: Token) -> tuple[int, int, str] | None:
    """`son ambassade` (an organisation), `ses généraux`, `leurs familles` (a group): the span and type."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.i < noun.i and c.lower_ in THIRD_PERSON_POSSESSIVES
                                      for c in noun.children):
        return None
    word = noun.lower_
    if _source(noun):
        return None  # `selon son service de presse`: a source the speech steps make and label
    body = word in POSSESSED_SINGULAR - POSSESSED_GROUPS - COLLECTIVE_NOUNS
    if body and _object(noun) and not _party_object(noun):
        return None  # `fermera son consulat`: a body its owner acts on, which the events read (no party)
    if word in POSSESSED_SINGULAR:
        start, end = noun_phrase(noun)
        type_ = "group" if word in COLLECTIVE_NOUNS | POSSESSED_GROUPS else "organization"
        return start, _without_emphasis(noun, end), type_
    plural_person = noun.morph.get("Number") == ["Plur"] and (is_person_noun(word) or is_person_noun(_singular(word)))
    if word in NOT_POSSESSED_PEOPLE or not (word in GROUP_NOUNS or plural_person):
        return None
    start, end = _group_span(noun, noun)
    return start, end, "group"


SOURCE_CASES = {"selon", "d'après", "d’après"}


def _source(noun: Token) -> bool:
    """`a indiqué son ministère`, `selon son service de presse`: a source the speech steps make and label."""
    inverted = noun.head.pos_ == "VERB" and noun.head.i < noun.i and (
        noun.dep_ == "nsubj" or (noun.dep_ == "obj" and _may_invert(noun.head)))
    return inverted or any(c.dep_ == "case" and c.lower_ in SOURCE_CASES for c in noun.children)


# Verbs of calling a body together (`doit réunir mercredi son conseil de sécurité nationale`): the body meets, a party,
# though the lexicon reads `réunir` by its senses (`réunir des preuves`), not by one frame with an object.
CONVENING_VERBS = {"réunir", "rassembler"}


def _party_object(noun: Token) -> bool:
    """`a convoqué son conseil de sécurité nationale`: the object of a verb whose frame makes it a party."""
    frame = VERB_FRAMES.get(noun.head.lemma_.lower())
    return (frame is not None and "obj" in frame.slots) or noun.head.lemma_.lower() in CONVENING_VERBS


def _may_invert(verb: Token) -> bool:
    """May the object the parser gives this verb be its subject set after it (`a indiqué son ministère`)? Only
    for a conjugated verb with no subject of its own: an infinitive or a participle (`pour défendre ses
    entreprises`, `des enquêtes visant son entourage`) has a true object."""
    conjugated = "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
    return conjugated and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children)


def _singular(word: str) -> str:
    """`généraux` -> `général`: the plural in -aux of nouns in -al."""
    return word[:-3] + "al" if word.endswith("aux") else word


def _owner(doc: Doc, mentions: list[Mention], offset: int) -> str | None:
    """The name of whose the body is: the subject of the clause that holds it (`Le Japon a protesté auprès de
    Pékin par son ambassade`: Japan), else the person, state or body named last before it in its sentence, else
    the subject of the sentence before (`Amnesty a publié un rapport. Ses enquêteurs`). A pronoun owner is read
    through the name it stands for; None when nothing fits."""
    token = token_at(doc, offset)
    if token is None:
        return None
    sentence = sentence_of(token)
    owner = _clause_subject(token, mentions)
    if owner is None:
        before = [m for m in mentions if sentence.start_char <= m.start and m.end <= offset and m.type in OWNER_TYPES]
        owner = max(before, key=lambda m: m.start) if before else None
    if owner is None and sentence.start > 0:
        owner = _clause_subject(sentence_of(doc[sentence.start - 1]).root, mentions, down=True)
    if owner is None:
        return None
    named = next((m for m in mentions if m.entity == owner.entity and m.kind == "name"), owner)
    return doc_text(doc)[named.start:named.end] if named.kind != "pronoun" else None


def _clause_subject(token: Token, mentions: list[Mention], down: bool = False) -> Mention | None:
    """The mention of the subject of the nearest verb above the token (or of the token itself, ``down``)."""
    verb = token if down else token.head
    for _ in range(6):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < token.i), None)
        if subject is not None or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is None or subject.i == token.i:
        return None
    found = mention_of_token(mentions, subject)
    return found if found is not None and found.type in OWNER_TYPES else None
