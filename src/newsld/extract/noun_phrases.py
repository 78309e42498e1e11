"""The words that name one thing in the text: a noun with its determiner and the modifiers that say what the thing
is (`un service à thé`, `un plan de paix en douze points`, `au moins neuf civils`), without what says more about
it (a relative clause, `prévoyant une assistance`, `valable jusqu'en 2030`, `à Moscou`, `en avril`, a day the parse
hangs on it; what it stands near, `près de Donetsk`). The span becomes the mention of a local entity for a theme or a
participant no name gives. A definite text of law keeps the clause right after it that singles it out (`l'accord
qui permettait à l'Ukraine d'exporter ...`); a figure counting things out of a set opens their phrase (`19 des 26
drones`, :func:`counted_part`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsld.extract.event_lexicon import AGENT_NOUNS, TIME_WORDS
from newsld.extract.model import OF_WORDS
from newsld.extract.names import demonym_country
from newsld.extract.person_nouns import is_person_noun

MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"}
QUANTIFYING = {"au", "environ", "près", "plus", "moins", "quelque", "presque"}
# `en direction de`, `en provenance de`, `en mer`, `en route vers`: bare `en` nouns that say where, not what
WHERE_TO_NOUNS = {"direction", "provenance", "mer", "route", "bord"}  # (`huit fusils à bord du navire`: where found)
BARE_OF = {"de", "d'", "d’"}  # the bare `de` (not fused with an article)
THING_CLASSIFYING = {"à", "en"}  # `un service à thé`, `un vase en porcelaine`: bare, they say what the thing is
# Texts of law named by what they rule on (`la convention contre la torture`, `le traité sur l'espace`, `une loi sur
# l'immigration`, `un accord sur le nucléaire`): their `sur`, `contre`, `pour` complement says which text it is. Not
# texts that report or tell (`une déclaration commune sur le renforcement de ...`, `un rapport sur`) nor a body's
# decisions (`une résolution sur le climat`, `une motion sur`): what they are about is their content, not a name.
INSTRUMENT_NOUNS = {"traité", "convention", "loi", "charte", "pacte", "protocole", "décret", "accord", "amendement",
                    "ordonnance", "directive", "règlement", "moratoire", "code"}
TEXT_NAMING_CASES = {"sur", "contre", "pour"}
# Dependents of a participle that carry a verb of their own: an infinitive (`chargée de surveiller`), a clause
# (`soupçonné d'avoir endommagé`, `accusé de ce qu'il ...`), an adverbial clause (`escorté pendant qu'il ...`).
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "obl:arg", "obl:mod", "obl"}
# Participles of charging (`accusé de`, `soupçonné de`, `inculpé pour`, `condamné à`): their complements (the
# charge, the sentence) are something said about the thing or person, not part of what it is.
CHARGING_PARTICIPLES = {"accuser", "soupçonner", "suspecter", "inculper", "condamner", "poursuivre", "incriminer",
                        "reconnaître", "juger", "arrêter", "interpeller", "détenir", "rechercher"}
ARTICLE_PREFIX = re.compile(r"^(?:une|un|des|les|le|la|l'|l’|du|de la|de l'|de l’|cette|cet|ces|ce|son|sa|ses)\b\s*",
                            re.IGNORECASE)


def says_more(modifier: Token) -> bool:
    """`un traité prévoyant une assistance mutuelle`: a participle with an object of its own is a clause about
    the thing; `une carabine fabriquée en Corée du Nord` only describes it."""
    if modifier.dep_ == "amod" and modifier.pos_ == "ADJ":  # `un accord valable jusqu'en 2030`: an adjective
        return any(c.dep_ in ("obl:mod", "obl:arg", "nmod", "obl") and any(  # with a complement of its own says
            g.dep_ == "case" for g in c.subtree) and not _to_a_name(c) for c in modifier.children)  # more than
        # what the thing is (`des armes létales à la Russie`: a name after `à` is whom they go to, misparsed)
    if modifier.dep_ != "acl" or "Part" not in modifier.morph.get("VerbForm"):
        return False
    return any(_opens_a_clause(c) or _names_a_charge(c, modifier) or c.dep_ in ("obj", "obl:agent")
               or any(g.dep_ == "case" and g.lower_ == "par" for g in c.children) for c in modifier.children) or (
        _placed(modifier))


# Prepositions of where a thing lies or is used (`un cargo amarré dans le port`, `des composants utilisés sur le
# front`, `des missiles tirés depuis la mer`): what is done with the thing there, not what it is (`fabriquée en Corée
# du Nord`, `lié à Israël`, `chargé d'explosifs` say what it is)
PLACING_CASES = {"dans", "sur", "depuis", "vers"}


def _placed(participle: Token) -> bool:
    """A past participle with a complement of place (:data:`PLACING_CASES`)."""
    return "Past" in participle.morph.get("Tense") and any(
        c.dep_ in ("obl", "obl:mod", "obl:arg") and any(g.dep_ == "case" and g.lower_ in PLACING_CASES
                                                        for g in c.children) for c in participle.children)


def _to_a_name(complement: Token) -> bool:
    """`à la Russie`, `vers Pyongyang`: a name after `à` or `vers`, whom or where something goes."""
    return complement.pos_ == "PROPN" and any(
        g.dep_ == "case" and g.lower_ in ("à", "au", "aux", "vers") for g in complement.children)


def _opens_a_clause(child: Token) -> bool:
    """`un pétrolier soupçonné d'avoir endommagé un câble`, `une équipe chargée de surveiller la centrale`: a verb
    under the participle is a clause of its own, an act told about the thing, not what the thing is."""
    if child.dep_ not in CLAUSE_DEPS:
        return False
    # `chargée d'enquêter`: the tagger at times takes an infinitive after `de` for a noun, still an xcomp
    infinitive = child.dep_ == "xcomp" and any(
        g.dep_ in ("case", "mark") and g.lower_.replace("’", "'") in ("de", "d'", "à") for g in child.children)
    return child.pos_ in ("VERB", "AUX") or infinitive


def _names_a_charge(child: Token, participle: Token) -> bool:
    """`un homme accusé de fraude`, `un journaliste condamné à dix ans de prison`: the charge or the sentence a
    participle of charging hangs on someone is said about them (`un drone chargé de 450 kilos d'explosifs` still
    says what it is)."""
    return participle.lemma_.lower() in CHARGING_PARTICIPLES and any(g.dep_ == "case" for g in child.children)


def not_of_the_thing(complement: Token, noun: Token) -> bool:
    """A complement the thing's name leaves out: `à Moscou` (to whom), `sur le renforcement de ...` (what a text
    is about), `en avril` (when); a bare `à` or `en` noun classifies the thing and stays (`un service à thé`,
    `un vase en porcelaine`), as do `de` complements (`une dague de parade`, `un projet de résolution`)."""
    if complement.i > noun.i and _near(complement):
        return True  # `un entrepôt près de Kharkiv`, `des gardes près du village de X`: where the thing is, not what
    own = complement.head.i == noun.i or _demonym_adjective(complement.head) or (  # how or where a participle
        _to_a_name(complement) and complement.head.dep_ == "amod" and complement.head.head.i == noun.i)
    # inside it says is part of its description; `camions biélorusses à Pyongyang`: to whom, as on the noun
    if complement.dep_ != "nmod" and not (own and complement.dep_ in ("obl:arg", "obl:mod", "obl")) and not (
            own and complement.dep_ == "advmod" and complement.i < noun.i):
        return False
    if complement.dep_ == "advmod":  # `inspecté de près plusieurs appareils`: how, not what; but `au moins neuf
        return complement.lower_ not in QUANTIFYING  # civils`, `environ 300 soldats` count the things themselves
    cases = [g.lower_.replace("’", "'") for g in complement.children if g.dep_ == "case"]
    if not cases or cases[0] in ("de", "d'", "du", "des"):
        return False
    if _names_which_text(complement, noun, cases[0]):
        return False  # `la convention contre la discrimination raciale`: which convention
    if complement.lemma_.lower() in WHERE_TO_NOUNS:
        return True  # `un missile en direction de la mer du Japon`: where it went, not what it is
    bare = not any(g.dep_ in ("det", "nummod") for g in complement.children)
    # `un plan en douze points`: `en` with a count still says what the thing is (`en avril` says when)
    counted = cases[0] == "en" and complement.lemma_.lower() not in TIME_WORDS | MONTHS
    return not ((bare or counted) and cases[0] in THING_CLASSIFYING and complement.pos_ == "NOUN")


# Adverbs of nearness after a noun (`près de`, `non loin de`): where the thing is (before a number, `près de 300`,
# `près` counts it: :data:`QUANTIFYING`)
NEAR_ADVERBS = {"près", "loin", "auprès", "au-dessus", "au-delà", "au-dessous"}  # (`au-dessus de la frontière`: over)


def _near(complement: Token) -> bool:
    """The adverb of nearness itself, or a `de` complement it opens (hung on the complement or beside it)."""
    if complement.pos_ == "ADV":
        return complement.lower_ in NEAR_ADVERBS
    first = complement.left_edge
    before = complement.doc[first.i - 1] if first.i > 0 else None
    return complement.dep_ == "nmod" and (first.lower_ in NEAR_ADVERBS or (
        before is not None and before.lower_ in NEAR_ADVERBS and before.head.i == complement.head.i))


def _names_which_text(complement: Token, noun: Token, case: str) -> bool:
    """`une convention des Nations unies sur le financement du terrorisme`, `un projet de résolution sur le climat`:
    a determined common noun after `sur`, `contre` or `pour` on a text of law names the matter it rules on, which
    tells one text from another. A party it is aimed at (`une motion contre le gouvernement`, `contre Israël`) or a
    time (`une loi pour l'année 2025`) is not part of its name."""
    text = complement.head
    lemma = complement.lemma_.lower()
    return (case in TEXT_NAMING_CASES and text.lemma_.lower() in INSTRUMENT_NOUNS
            and (text.i == noun.i or text.head.i == noun.i) and complement.pos_ == "NOUN"
            and any(c.dep_ == "det" for c in complement.children)
            and lemma not in TIME_WORDS | MONTHS | AGENT_NOUNS and not is_person_noun(lemma))


def _demonym_adjective(token: Token) -> bool:
    """`biélorusses`: an adjective of nationality, which the tagger at times takes for a participle."""
    return token.dep_ == "amod" and demonym_country(token.lower_) is not None


def _coordinated_complement(conjunct: Token, noun: Token) -> bool:
    """`un traité d'amitié et de coopération`: a conjunct the parser hung on the noun that opens with `de`, after a
    `de` complement of that noun, is a second complement (the same thing), not a second thing."""
    def opens_with_of(token: Token) -> bool:
        return any(g.dep_ == "case" and g.lower_ in OF_WORDS and g.i < token.i for g in token.children)

    return conjunct.dep_ == "conj" and opens_with_of(conjunct) and any(
        c.dep_ == "nmod" and c.i < conjunct.i and opens_with_of(c) for c in noun.children)


def _bare_time(token: Token) -> bool:
    """`samedi`, `lundi`: a time word with no preposition of its own."""
    return token.lemma_.lower() in TIME_WORDS and not any(c.dep_ == "case" for c in token.children)


# Words of quantity that stand for a part of a set named after them (`plusieurs des navires`, `aucun des missiles`)
PART_WORDS = {"plusieurs", "certains", "certaines", "aucun", "aucune", "chacun", "chacune"}


# Nouns of an amount or a measure that count the things of their `de` complement (`une vingtaine de drones`, `des
# dizaines de positions`, `quelque 40 tonnes de combustible`, `un million de tonnes de céréales`): the amount and
# the things are one phrase, the things told.
AMOUNT_LEMMAS = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                 "soixantaine", "centaine", "millier", "million", "milliard", "tonne", "kilo", "kilogramme",
                 "litre", "baril", "mètre", "monceau"}

CURRENCY_LEMMAS = {"dollar", "euro", "rouble", "yuan", "yen", "livre", "franc", "won", "roupie", "hryvnia"}


def amount_of(amount: Token) -> Token | None:
    """`une vingtaine de drones`, `des milliers de tracts`, `un million de tonnes de céréales`: the noun of the things
    an amount noun with a determiner or a figure counts (behind a second amount, the last one's), whatever tag the
    parse gives it (it may read `drones` as an adverb); None for any other word."""
    if amount.lemma_.lower() not in AMOUNT_LEMMAS or not any(
            c.dep_ in ("det", "nummod") or c.lower_ in ("quelque", "plus", "près", "environ") for c in amount.children):
        return None
    if any(c.dep_ == "case" and c.lower_ not in ("de", "d'", "d’", "des", "du") for c in amount.children):
        return None  # `avec des dizaines de missiles`, `par une vingtaine de drones`: what the act is done with or by
    found = next((c for c in amount.children if c.dep_ == "nmod" and c.i > amount.i and c.pos_ in (
        "NOUN", "ADV", "ADJ") and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children)
        and not any(g.dep_ == "det" for g in c.children)), None)
    if found is not None and found.lemma_.lower() in CURRENCY_LEMMAS:
        return None  # `200 millions de dollars d'armes`: a sum, which the whole phrase names
    if found is not None and found.lemma_.lower() in AMOUNT_LEMMAS:  # `un million de tonnes de céréales`
        return next((c for c in found.children if c.dep_ == "nmod" and c.i > found.i and any(
            g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children)), found)
    return found


def counted_part(figure: Token) -> Token | None:
    """`19 des 26 drones`, `deux des navires`, `plusieurs des missiles`: a number or a word of quantity that stands
    for a part of the set its `des` complement names; that noun (the part is of its kind: the figure and the noun
    are one phrase, the thing told)."""
    number = figure.pos_ in ("NUM", "PRON") and "Card" in figure.morph.get("NumType")
    if not number and figure.lower_ not in PART_WORDS:
        return None
    return next((c for c in figure.children if c.dep_ == "nmod" and c.i > figure.i and c.pos_ == "NOUN" and any(
        g.dep_ == "case" and g.lower_ in ("des", "de", "d'", "d’") for g in c.children)), None)


def part_figure(noun: Token) -> Token | None:
    """`Trois des quatre missiles`, where the parse hangs the figure on the noun: the figure before its `des`."""
    case = next((c for c in noun.children if c.dep_ == "case" and c.lower_ == "des" and c.i < noun.i), None)
    return None if case is None else next((c for c in noun.children if c.i < case.i and (
        "Card" in c.morph.get("NumType") or c.lower_ in PART_WORDS)), None)


DEFINITE_ARTICLES = {"le", "la", "l'", "l’", "les"}


def _identifying_clause(noun: Token) -> Token | None:
    """`l'accord qui permettait à l'Ukraine d'exporter ses céréales`, `l'accord permettant l'exportation de ...`: a
    definite text of law with a clause right after it (a relative, a present participle; no comma) is the text the
    clause singles out, its name as much as `sur` or `contre` would be (:func:`_names_which_text`); an indefinite one
    (`un accord prévoyant la construction de ...`, `un texte qui ...`) is new, the clause tells what it says."""
    if noun.lemma_.lower() not in INSTRUMENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in noun.children):
        return None
    clause = next((c for c in noun.children if c.i > noun.i and (c.dep_ == "acl:relcl" or (
        c.dep_ == "acl" and "Pres" in c.morph.get("Tense") and "Part" in c.morph.get("VerbForm")))), None)
    if clause is None or any(t.is_punct for t in noun.doc[noun.i + 1:clause.left_edge.i]):
        return None
    return clause


def indefinite_taken_for_case(noun: Token) -> bool:
    """`livrer au Viêt Nam des centrales`: the parse takes the plural indefinite article for `de` + `les` and hangs
    the noun on the name before it, a verb's complement; a name takes no such complement (or its own tag says the
    word is an article). On a direct object `des` is always its article."""
    head = noun.head
    if noun.dep_ == "obj" and any(x.dep_ == "case" and x.lower_ == "des" and x.i == noun.left_edge.i
                                  for x in noun.children):
        return True  # `fournir à Moscou des composants`: a direct object takes no preposition, `des` is its article
    if _part_of_day_complement(head) and noun.i > head.i and not any(
            c.dep_ == "obj" or c.dep_.startswith("expl") for c in head.head.children) and any(
            x.dep_ == "case" and x.lower_ == "des" and x.i == noun.left_edge.i for x in noun.children):
        # `a lancé dans la nuit des drones`: a part of the day takes no such complement, it is the verb's object
        # (not after a pronominal verb, whose `de` it may be: `se sont entretenus dans la matinée des questions`)
        return True
    return head.pos_ == "PROPN" and noun.i > head.i and any(x.dep_ == "case" and x.lower_ == "des" and (
        "Ind" in x.morph.get("Definite") or head.dep_.startswith(("obl", "iobj"))) for x in noun.children)


# Parts of the day and of the week a verb's time complement names (`dans la nuit`, `en fin de matinée`).
PARTS_OF_DAY = {"nuit", "matinée", "soirée", "journée", "après-midi", "matin", "soir", "aube", "week-end"}


def _part_of_day_complement(noun: Token) -> bool:
    """`dans la nuit`, `dans la matinée`: a part of the day as a verb's complement, with its own preposition."""
    return noun.pos_ == "NOUN" and noun.lower_ in PARTS_OF_DAY and noun.dep_.startswith("obl") and any(
        c.dep_ == "case" for c in noun.children) and noun.head.pos_ == "VERB"


def object_behind_a_complement(trigger: Token) -> list[Token]:
    """`signer jeudi avec son hôte un traité d'amitié`, `a saisi samedi près du détroit un porte-conteneurs`: a noun
    with an indefinite article and no preposition, set right after a prepositional complement of the verb, is the
    verb's object the parse hung on that complement."""
    for complement in (c for c in trigger.children if c.i > trigger.i and any(g.dep_ == "case" for g in c.children)):
        # (`au large de Bandar Abbas un pétrolier`: or on the name that ends the complement, with no comma between)
        names = [n for n in complement.children if n.dep_ == "nmod" and n.pos_ == "PROPN" and n.i > complement.i]
        found = next((g for h in (complement, *names) for g in h.children if g.i > h.i and g.pos_ == "NOUN"
                      and g.dep_ in ("nmod", "appos", "dep")
                      and (h.i == complement.i or not g.doc[g.left_edge.i - 1].is_punct)
                      and (indefinite_taken_for_case(g) or (
                          not any(x.dep_ == "case" for x in g.children)
                          and any(x.dep_ == "det" and "Ind" in x.morph.get("Definite") for x in g.children)))), None)
        if found is not None:
            return [found]
    return []


def noun_phrase(noun: Token, without: Token | None = None) -> tuple[int, int]:
    """The noun with its determiner and modifiers, without relative clauses, what follows a comma, or
    complements that say more than what the thing is (see :func:`not_of_the_thing`)."""
    clause = _identifying_clause(noun)
    identifying = clause.i if clause is not None else -1
    inside = {t.i for t in clause.subtree} if clause is not None else set()  # (the clause's words are its own)
    excluded = {t.i for c in noun.children if (c.dep_ in ("acl:relcl", "appos", "conj", "cc", "punct") or (
        c.dep_ == "acl" and "Fin" in c.morph.get("VerbForm")))  # (`les troupes contrôlent`: a clause, no description)
                and not _coordinated_complement(c, noun) and c.i != identifying for t in c.subtree}
    excluded |= {t.i for c in noun.subtree if c.i != noun.i and c.i not in inside and not_of_the_thing(c, noun)
                 for t in c.subtree}
    excluded |= {t.i for c in noun.subtree if says_more(c) and c.i not in inside for t in c.subtree}
    # `présenter vendredi un plan`: a day the parse hangs on the noun says when, not what
    excluded |= {t.i for c in noun.children if c.i < noun.i and c.lemma_.lower() in TIME_WORDS for t in c.subtree}
    # `a échangé des prisonniers samedi`: a bare day after the noun (no preposition) says when, not which
    excluded |= {t.i for c in noun.children if c.i > noun.i and _bare_time(c) for t in c.subtree}
    if without is not None:
        excluded |= {t.i for t in without.subtree}
    tokens = sorted((t for t in noun.subtree if t.i not in excluded), key=lambda t: t.i)
    # `d'après les enquêteurs`: the preposition's fixed part (`après`, `part`) is no more the thing than `de`;
    # nor is the `de` that stands for `des` before an adjective (`d'anciens habitants`; the partitive `de l'argent`
    # is an article of two words, and stays)
    article = indefinite_taken_for_case(noun)  # (`au Viêt Nam des centrales`: `des` is the noun's article)
    left = [t for t in tokens if t.i <= noun.i and not (t.i < noun.i and (
        (t.dep_ == "case" and not (article and t.lower_ == "des")) or (t.dep_ == "fixed" and t.head.dep_ == "case")
        or t.lower_ == "dont" or (t.dep_ == "det" and t.lower_ in BARE_OF and t.nbor().pos_ != "DET")))]
    span = [t for t in tokens if t.i >= noun.i]
    right = []
    for t in span:
        # (the noun itself ends its phrase even when the tokenizer calls it punctuation: `70 %`)
        if (t.is_punct and t.i != noun.i) or (right and t.i != right[-1].i + 1):
            break
        right.append(t)
    # `seul le gouvernement peut`: an adjective before the article says of whom the clause is true, not who
    article = next((t for t in left if t.dep_ == "det"), None)
    left = [t for t in left if article is None or t.i >= article.i or t.pos_ != "ADJ"]
    first = left[0] if left and left[-1].i - left[0].i == len(left) - 1 else noun
    return first.idx, right[-1].idx + len(right[-1].text)
