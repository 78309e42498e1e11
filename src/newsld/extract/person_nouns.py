"""Nouns that denote a person by what they do or are, as international news writes them.

A noun phrase headed by one of them, set beside a person's name by a comma, describes that person (``un
économiste sans expérience militaire, Andreï Belooussov,``; ``Alexandre Loukachenko, proche allié de
Moscou,``). A phrase headed by another noun (``Dans un communiqué, X, ...``) describes nothing: the comma only
closes an opening phrase. Both genders and the plural are read through :func:`is_person_noun`. A title's
complements joined by `et` or a comma (``le ministre de l'Énergie et des Mines``) belong to it
(:func:`joins_complements`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

PERSON_NOUNS = frozenset({
    # offices and functions
    "ministre", "vice-ministre", "vice-premier", "président", "vice-président", "chef", "dirigeant", "responsable",
    "porte-parole", "conseiller", "secrétaire", "directeur", "patron", "ambassadeur", "diplomate", "émissaire",
    "envoyé", "représentant", "négociateur", "médiateur", "député", "sénateur", "maire", "gouverneur", "préfet",
    "chancelier", "commissaire", "haut-commissaire", "juge", "procureur", "magistrat", "fonctionnaire", "cadre",
    "collaborateur", "adjoint", "successeur", "prédécesseur", "héritier", "fondateur", "leader", "candidat",
    "monarque", "roi", "reine", "prince", "princesse", "pape", "patriarche", "cardinal", "évêque", "imam",
    # arms and security
    "général", "colonel", "commandant", "officier", "soldat", "militaire", "pilote", "espion", "agent",
    # trades and walks of life
    "économiste", "avocat", "journaliste", "reporter", "correspondant", "photographe", "expert", "analyste",
    "chercheur", "professeur", "universitaire", "politologue", "historien", "écrivain", "auteur", "artiste",
    "militant", "opposant", "dissident", "activiste", "homme", "femme", "entrepreneur", "milliardaire",
    "oligarque", "industriel", "banquier", "ingénieur", "scientifique", "physicien", "médecin", "cosmonaute",
    "astronaute", "sportif", "athlète", "champion", "policier", "enquêteur", "étudiant", "employé", "salarié",
    "ressortissant", "citoyen", "otage", "prisonnier", "détenu", "réfugié", "témoin", "victime", "civil",
    # relations
    "allié", "proche", "ami", "rival", "adversaire", "partenaire", "fils", "fille", "frère", "sœur", "père",
    "mère", "épouse", "mari", "veuve", "veuf", "oncle", "neveu", "cousin", "beau-frère", "gendre", "compagnon",
    "compagne", "bras", "numéro", "grand-père", "grand-mère", "petit-fils", "petite-fille", "arrière-grand-père",
    "beau-père", "belle-mère", "demi-frère", "demi-sœur", "homologue", "interlocuteur",
})
# Feminine endings and the masculine they come from (`avocate`, `directrice`, `ambassadrice`, `militante`).
FEMININE_ENDINGS = (("trice", "teur"), ("drice", "deur"), ("ienne", "ien"), ("euse", "eur"), ("ère", "er"),
                    ("ète", "ète"), ("e", ""))


def is_person_noun(word: str) -> bool:
    """Is this noun (any case, singular or plural, either gender) one that denotes a person?"""
    word = word.lower().replace("’", "'")
    if word in PERSON_NOUNS:
        return True
    singular = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
    if singular in PERSON_NOUNS:
        return True
    for ending, masculine in FEMININE_ENDINGS:
        if singular.endswith(ending) and singular[: -len(ending)] + masculine in PERSON_NOUNS:
            return True
    return False


DESCRIPTION_DETERMINERS = {"un", "une", "le", "la", "l'", "son", "sa", "leur", "ce", "cet", "cette", "du", "au"}
FUSED = {"du", "au"}  # `d'un`, `du`: the description starts at its noun
STOPS = {"PUNCT", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"}  # a clause or a list, not one noun phrase
MAX_WORDS = 16  # a title with coordinated complements (`de l'Industrie, du Commerce et de l'Artisanat`)
OF = {"de", "d'", "d’", "du"}
COMPLEMENT_OPENERS = {"de", "d'", "du", "des"}  # what opens a `de` complement coordinated with another


def description_before(doc: Doc, comma: Token,
                       is_head: Callable[[Token], bool] | None = None) -> tuple[int, int] | None:
    """(start, end) of the noun phrase headed by a person noun that ends right before this comma (``son
    ministre de la Défense,``), when a name follows the comma: its description. The nearest determiner whose
    noun (past its adjectives) denotes a person opens it; a verb, a pronoun or a punctuation mark before that
    ends the search (``Dans un communiqué publié lundi, X``: no description). ``is_head`` reads another kind of
    head (a company's: ``le géant pétrolier chinois, X``)."""
    is_head = is_head or person_head
    found: Token | None = None  # the determiner of the description found so far
    for token in reversed(doc[max(0, comma.i - MAX_WORDS):comma.i]):
        if token.pos_ in STOPS and token.text not in ("-",) and not joins_complements(token):
            break
        word = token.lower_.replace("’", "'")
        if word not in DESCRIPTION_DETERMINERS or token.i + 1 >= comma.i:
            continue
        head = _head_after(doc, token.i + 1, comma.i, is_head)
        if head is not None and is_head(head):
            found = token  # `l'avocate de l'opposant`: an outer phrase the found one completes holds it
        if found is not None and not _complement(found):
            break
    if found is None:
        return None
    start = _head_after(doc, found.i + 1, comma.i, is_head).idx if found.lower_ in FUSED else found.idx
    return start, doc[comma.i - 1].idx + len(doc[comma.i - 1].text)


def joins_complements(token: Token) -> bool:
    """`et`, `ou` or a comma between two `de` complements of a title, the second one capitalised (`le ministre de
    l'Énergie et des Mines`, `de l'Industrie, du Commerce et de l'Artisanat`): the title goes on over it; not `et`
    before another noun phrase (`le ministre et des experts`), a clause or a name."""
    if token.lower_ not in ("et", "ou", ","):
        return False
    doc = token.doc
    after = doc[token.i + 1:token.i + 4]
    if len(after) < 2 or after[0].lower_.replace("’", "'") not in COMPLEMENT_OPENERS or after[0].pos_ != "ADP":
        return False
    noun = next((t for t in after[1:] if t.pos_ != "DET"), None)
    before = doc[token.i - 1] if token.i else None
    if noun is None or not noun.text[:1].isupper() or before is None:
        return False
    # the complement before ends with a capitalised noun, or its lower-case adjective (`des Affaires étrangères`)
    return before.text[:1].isupper() or (before.pos_ == "ADJ" and before.is_lower and any(
        t.text[:1].isupper() for t in doc[max(0, token.i - 3):token.i - 1]))


def _complement(determiner: Token) -> bool:
    """Does this determiner open a `de` complement of a noun before it (`de l'opposant`, `du dirigeant`)?"""
    before = determiner.doc[determiner.i - 1] if determiner.i else None
    return determiner.lower_ in FUSED or (before is not None and before.lower_.replace("’", "'") in OF)


def _head_after(doc: Doc, i: int, end: int, is_head: Callable[[Token], bool]) -> Token | None:
    """The first word after a determiner that is not an adjective (`l'ancien directeur`: `directeur`; `le géant
    pétrolier`, a head the tagger may take for an adjective)."""
    while i < end and doc[i].pos_ == "ADJ" and not is_person_noun(doc[i].text) and not is_head(doc[i]):
        i += 1
    return doc[i] if i < end else None


def person_head(token: Token) -> bool:
    """Is this word the head of a phrase that denotes a person: a noun of a person (not the participle
    `détenu`), or such an adjective before one (`proche allié`)?"""
    if not is_person_noun(token.text) or token.pos_ in ("VERB", "AUX"):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ != "ADJ" or (
        following is not None and following.pos_ == "NOUN" and is_person_noun(following.text))


def name_on_title_complement(name: Token) -> bool:
    """`le ministre de l'Intérieur Gérald Darmanin`: a name the parse hangs on the `de` complement of the title right
    before it (`Gérald` under `Intérieur`), with no comma between, where it stands for the person the title names."""
    holder = name.head
    title = holder.head
    return name.dep_ == "appos" and name.pos_ == "PROPN" and holder.dep_ == "nmod" and (
        title.i < holder.i < name.i) and is_person_noun(title.text) and not is_person_noun(holder.text) and any(
        c.dep_ == "case" and c.lower_ in OF | {"des"} for c in holder.children) and not any(
        t.dep_ == "punct" for t in name.doc[holder.i:name.i])
