"""Indefinite descriptions of people: `un diplomate occidental`, `un haut responsable japonais`, `une porte-parole
du ministère`.

An indefinite article introduces someone new: such a phrase never points back to a person named before (a
Japanese official is not the Japanese prime minister the article is about), so it is a local person of its own,
never a Wikidata link. Only phrases that act or speak are mentions (a subject, an agent after `par`, a source
after `selon` or `d'après`); elsewhere an indefinite person is too often a mere detail. The phrase holds its
adjectives and a `de` complement (`un cadre japonais du groupe Astellas`), and stops before a participle, a
relative or another preposition (`Un diplomate occidental en poste à Hanoï`: the post is not the name).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

INDEFINITE = {"un", "une"}
PERSON_NOUNS = {
    "diplomate", "responsable", "fonctionnaire", "porte-parole", "conseiller", "conseillère", "expert", "experte",
    "analyste", "témoin", "officier", "militaire", "cadre", "employé", "employée", "ressortissant",
    "ressortissante", "journaliste", "représentant", "représentante", "envoyé", "envoyée", "émissaire",
    "négociateur", "négociatrice", "observateur", "observatrice", "ministre", "député", "députée", "sénateur",
    "sénatrice", "collaborateur", "collaboratrice", "enquêteur", "enquêtrice", "cosmonaute", "soldat", "habitant",
    "habitante", "médecin", "dirigeant", "dirigeante", "commandant", "ambassadeur", "ambassadrice",
    # people of the news of any topic: disasters, justice, protests, migrations, elections
    "secouriste", "pompier", "sauveteur", "sauveteuse", "policier", "policière", "gendarme", "pêcheur",
    "marin", "manifestant", "manifestante", "survivant", "survivante", "rescapé", "rescapée", "otage",
    "prisonnier", "prisonnière", "détenu", "détenue", "avocat", "avocate", "procureur", "procureure", "juge",
    "infirmier", "infirmière", "chercheur", "chercheuse", "économiste", "ingénieur", "ingénieure", "électeur",
    "électrice", "réfugié", "réfugiée", "migrant", "migrante", "militant", "militante", "opposant", "opposante",
    "élu", "élue", "agriculteur", "agricultrice", "ouvrier", "ouvrière", "étudiant", "étudiante", "syndicaliste",
}
ACTING_DEPS = {"nsubj", "nsubj:pass", "obl:agent"}
SOURCE_PREPOSITIONS = {"selon", "d'après", "d’après"}
OF_WORDS = {"de", "du", "des", "d'", "d’"}
COMPLEMENT_POS = {"DET", "NOUN", "ADJ", "PROPN"}


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
    """A subject or an agent, a source after `selon`, or a phrase that opens its sentence (the subject, even
    when the parser took the verb after it for a noun: `Un diplomate occidental doute que`)."""
    if noun.dep_ in ACTING_DEPS or det.is_sent_start or det.doc[det.i - 1].text in ("\n", "\n\n"):
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
        while j < len(doc) and doc[j].pos_ in COMPLEMENT_POS and not doc[j].is_punct:
            j += 1
        words = [t for t in doc[i + 1:j] if t.pos_ != "DET"]
        if not words or doc[j - 1].pos_ == "DET":
            break
        last, i = doc[j - 1], j
    return last
