"""Bodies and groups known by whose they are, and the subject pronouns that take a body or a group up (round 10,
helper T).

Sentences written for these tests, on topics beyond the gold corpus (disasters, justice, migration, labour,
energy, parliaments, health), each checking the mentions that must come out (a possessive body with its
owner resolved, `ils`/`elles`/`il` for a body or group named before, a bare noun taking up a body) and the ones
that must not (a singular person noun ending in -s, a pronoun with two readings, a thing as subject, a
pronoun inside a quote, a reporting `elle` left to the speech steps). Never a Wikidata link for any of them.
"""

from __future__ import annotations

import pytest

from newsld.extract.anaphors import body_pronouns
from newsld.extract.described_groups import possessed_body_mentions
from newsld.extract.linking import Linker
from newsld.extract.model import Entities
from newsld.extract.nlp import parse
from newsld.extract.references import resolve_references


def resolved(kb, text: str) -> list[tuple[str, str, str]]:
    """(words, entity, kind) of every mention the linker and the reference resolver make, in text order."""
    doc, entities = parse(text), Entities()
    found = resolve_references(kb, doc, entities, Linker(kb, doc, entities).link_names(text))
    return [(text[m.start:m.end], m.entity, m.kind) for m in found]


def entity_of(found: list[tuple[str, str, str]], words: str) -> str | None:
    return next((entity for text, entity, _ in found if text == words), None)


# -- possessive bodies and groups: one local entity, labelled with the owner ------------------------------------

@pytest.mark.parametrize(("text", "words", "owner"), [
    ("Le président kényan William Ruto s'est entretenu avec ses conseillers économiques mardi à Nairobi.",
     "ses conseillers économiques", "william-ruto"),
    ("L'entreprise Orano a annoncé l'arrêt de son usine. Ses salariés ont manifesté jeudi.",
     "Ses salariés", "orano"),
    ("La Norvège a annoncé que son gouvernement signerait l'accord gazier.", "son gouvernement", "norvege"),
    ("L'ONG Amnesty International a publié un rapport. Ses enquêteurs ont interrogé des témoins.",
     "Ses enquêteurs", "amnesty-international"),
])
def test_a_possessive_body_is_a_local_entity_of_its_owner(kb, text: str, words: str, owner: str) -> None:
    entity = entity_of(resolved(kb, text), words)
    assert entity is not None and entity.startswith("local:"), resolved(kb, text)
    assert entity.endswith(owner)


def test_the_owner_is_the_subject_of_the_clause_not_the_nearest_name(kb) -> None:
    text = "Le Japon a protesté auprès de Pékin par l'intermédiaire de son ambassade."
    found = resolved(kb, text)
    assert entity_of(found, "son ambassade") == "local:ambassade-japon", found


def test_the_same_owner_and_words_are_one_entity_and_another_owner_another(kb) -> None:
    text = ("Le Ghana a protesté par l'intermédiaire de son ambassade. Le Ghana a aussi démenti toute "
            "ingérence dans un communiqué de son ambassade. Le Togo a répondu par la voix de son ambassade.")
    embassies = [e for w, e, _ in resolved(kb, text) if w == "son ambassade"]
    assert len(embassies) == 3 and embassies[0] == embassies[1] != embassies[2], embassies


def test_a_possessive_source_is_left_to_the_speech_steps(kb) -> None:
    """`selon son service de presse`, `a indiqué son ministère`: sources the speech steps make and label."""
    found = resolved(kb, "Le président tchadien a limogé le chef d'état-major, selon son service de presse.")
    assert entity_of(found, "son service de presse") is None


def test_a_body_acted_on_is_left_to_the_events(kb) -> None:
    """`fermera son consulat`: what a verb acts on is the events' theme, not a participant made here."""
    assert entity_of(resolved(kb, "La Russie fermera son consulat à Osaka en mai."), "son consulat") is None


@pytest.mark.parametrize("text", [
    "Son fils a été arrêté lundi à la frontière.",  # a singular person noun in -s: a person, not a group
    "Son avocat a fait appel du jugement.",  # no owner named before: nothing to label it by
    "« Notre gouvernement ne cédera pas », a lancé la ministre.",  # first person: the speaker's own
])
def test_no_possessive_group_without_a_plural_of_people_or_an_owner(kb, text: str) -> None:
    doc, entities = parse(text), Entities()
    names = Linker(kb, doc, entities).link_names(text)
    made = possessed_body_mentions(doc, names, lambda label, type_: entities.new_local(label, type_, "test"))
    assert made == []


# -- subject pronouns that take up a body or a group -------------------------------------------------------------

@pytest.mark.parametrize(("text", "pronoun", "body"), [
    ("Les secouristes ont fouillé les décombres toute la nuit. Ils ont retrouvé trois survivants.",
     "Ils", "Les secouristes"),
    ("Des centaines de bénévoles sont arrivés lundi. Ils ont distribué de l'eau potable.",
     "Ils", "Des centaines de bénévoles"),
    ("Les autorités locales ont ordonné l'évacuation du village. Elles ont ouvert deux gymnases.",
     "Elles", "Les autorités locales"),
    ("Les garde-côtes grecs ont secouru 80 migrants au large de Lesbos. Ils les ont conduits au port.",
     "Ils", "Les garde-côtes grecs"),
    ("Le parquet de Lyon a ouvert une enquête. Il a saisi la brigade criminelle.", "Il", "Le parquet de Lyon"),
    ("Les manifestants ont bloqué la route. Les policiers les ont dispersés. Ils ont arrêté dix personnes.",
     "Ils", "Les policiers"),
])
def test_a_subject_pronoun_takes_up_the_body_subject_before_it(kb, text: str, pronoun: str, body: str) -> None:
    found = resolved(kb, text)
    assert entity_of(found, pronoun) == entity_of(found, body) is not None, found
    assert entity_of(found, pronoun).startswith("local:")


@pytest.mark.parametrize(("text", "pronoun"), [
    # a noun of the same gender between them: French does not say which (the candidacy or the commission)
    ("La commission électorale a rejeté la candidature. Elle a invoqué des irrégularités.", "Elle"),
    ("Le gouvernement néerlandais a présenté un plan. Il prévoit la fermeture de deux centrales.", "Il"),
    # the nearest subject of its gender is a thing: the pronoun is the thing's
    ("Les pompiers ont maîtrisé l'incendie. Le bilan est lourd. Il pourrait encore s'alourdir.", "Il"),
    # quoted words are the speaker's
    ("La police de Lagos a arrêté deux suspects. « Ils ont avoué », a indiqué un porte-parole.", "Ils"),
])
def test_a_pronoun_with_another_reading_is_not_given_to_the_body(kb, text: str, pronoun: str) -> None:
    doc = parse(text)
    found = resolved(kb, text)
    assert entity_of(found, pronoun) is None, found
    assert not [p for p in body_pronouns(doc, []) if text[p[0]:p[1]] == pronoun]


def test_a_reporting_pronoun_is_left_to_the_speech_steps(kb) -> None:
    text = "Les secousses ont duré une minute, a précisé la protection civile. Elle dit avoir ouvert des abris."
    assert entity_of(resolved(kb, text), "Elle") is None


# -- a bare noun taking up a body named before --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "again"), [
    ("Le ministère de la Santé a confirmé trois cas. Le ministère a appelé au calme.",
     "Le ministère de la Santé", "Le ministère"),
    ("Le procureur dirige le parquet financier depuis 2019. Il a quitté le parquet lundi.",
     "le parquet financier", "le parquet"),
    ("Le géant minier Vale a suspendu ses activités. Le groupe invoque des inondations.", "Vale", "Le groupe"),
])
def test_a_bare_noun_takes_up_the_body_it_names(kb, text: str, first: str, again: str) -> None:
    found = resolved(kb, text)
    assert entity_of(found, again) == entity_of(found, first) is not None, found
    assert entity_of(found, again).startswith("local:")
