"""Statuses of events from the grammar around their trigger (round 5): suspicion, possibility, plans, proposals,
negation, and the scope of each cue. Every sentence is written for this test; each case names the trigger word
and the status the text gives its event, and the cases where a cue must NOT reach an event say so."""

from __future__ import annotations

import pytest

from newsld.extract.assemble import tense_of
from newsld.extract.nlp import parse
from newsld.extract.status import status_of
from newsld.extract.times import Anchor, find_expressions, normalise_times


def status_in(sentence: str, word: str) -> str:
    """The status of the event whose trigger is the first token written ``word``."""
    doc = parse(sentence)
    token = next((t for t in doc if t.text == word), None)
    assert token is not None, f"{word!r} is not a token of {[t.text for t in doc]}"
    return status_of(token)


SUSPECTED = [
    # the offence someone is held or arrested for
    ("Le journaliste a été interpellé à Minsk pour espionnage.", "espionnage"),
    ("La police a annoncé l'arrestation pour fraude d'un ancien gouverneur.", "fraude"),
    # an adjective of doubt on the event noun
    ("Les enquêteurs examinent le sabotage présumé du gazoduc.", "sabotage"),
    ("Le parquet a ouvert une enquête sur de prétendues livraisons de drones.", "livraisons"),
    # a claim made through a participle
    ("Le Kremlin a salué la victoire revendiquée par le parti au pouvoir.", "victoire"),
    # a view opened by `Pour X,` and an opinion two clauses up
    ("Pour le gouvernement polonais, Moscou cherche à déstabiliser la région.", "déstabiliser"),
    ("Le ministre a estimé que Pékin tentait de contourner les sanctions.", "contourner"),
    # a reproach is an accusation
    ("L'ambassadeur a reproché à Tokyo d'ignorer les victimes.", "ignorer"),
    # a view opened by a long `Pour X cité par Y,` phrase, the comma taken into it by the parse
    ("Pour un diplomate européen cité par la presse, cette nomination prouve que Moscou « prépare une offensive ».",
     "prépare"),
    # the adjective of doubt after the noun where the parse hangs it on another word
    ("L'opposant, détenu depuis fin mai pour trahison présumée, a été transféré.", "trahison"),
]

HYPOTHETICAL = [
    ("Le ministère a menacé de suspendre les exportations de blé.", "suspendre"),
    ("Le pacte prévoit une intervention conjointe en cas d'invasion.", "intervention"),
    ("Le pacte prévoit une intervention conjointe en cas d'invasion.", "invasion"),
]

PLANNED = [
    # aims and decisions over an infinitive
    ("Le gouvernement espère attirer des investisseurs étrangers.", "attirer"),
    ("Une mission destinée à évaluer les dégâts partira lundi.", "évaluer"),
    ("Les deux ministres ont convenu de reprendre le dialogue.", "reprendre"),
    # a promise over a noun
    ("Le président a promis une aide militaire à Kiev.", "aide"),
    # the next step after a planned act
    ("Le ministre doit inaugurer le pont mardi avant de rejoindre Tokyo.", "rejoindre"),
    # a passive infinitive after `devoir`
    ("L'ambassadeur devait être reçu par le roi dans la soirée.", "reçu"),
    # the future in the past of a participle of telling, with a compound of `tenir`
    ("Le ministre a répondu aux journalistes, assurant que son pays soutiendrait Kiev.", "soutiendrait"),
    # a denied renouncing is a promise kept
    ("Le président a promis de ne jamais renoncer à la réforme.", "réforme"),
    # put off to a time
    ("La visite a été repoussée à mars.", "visite"),
]

PROPOSED = [
    ("Le secrétaire général a appelé les deux camps à la retenue.", "retenue"),
]

NEGATED = [
    ("Le ministre a demandé une rencontre avec le prisonnier, sans l'obtenir.", "rencontre"),
    # `ne` with `aucun` on the object
    ("Le porte-parole a affirmé que l'armée n'avait tiré aucun missile.", "tiré"),
]

# Cues that must not reach the event: each of these tells what happened.
OCCURRED = [
    # `Pour la première fois` is no one's view
    ("Pour la première fois, Séoul a livré des obus à Varsovie.", "livré"),
    # an opinion about an event it takes as given (its subject)
    ("Le ministre a jugé que les sanctions pénalisaient surtout les Européens.", "sanctions"),
    # a request does not reach the one whose release it asks for, nor what a lifting ends
    ("Le ministre a réclamé la libération du militant, arrêté la semaine dernière à Moscou.", "arrêté"),
    ("Paris exige la levée du blocus imposé par l'armée.", "blocus"),
    # a verb joined with its own auxiliary keeps its own status
    ("L'opposition a accusé le gouvernement de fraude et a annoncé une manifestation.", "annoncé"),
    # a source and the ground of an act assert on their own
    ("Le ministre devrait démissionner, selon un communiqué publié par son parti.", "publié"),
    ("Le chef de l'État se rendra à Rome à l'invitation du pape.", "invitation"),
    # `repousser une offensive` repels it
    ("L'armée a repoussé une offensive ennemie près de la frontière.", "offensive"),
    # what one continues is under way
    ("Le Premier ministre doit poursuivre sa tournée en Asie.", "tournée"),
    # `puis` is no form of `pouvoir`
    ("Les ministres ont déjeuné ensemble, puis visité le port.", "visité"),
    # the next step after a past act happened too
    ("Le ministre a inauguré le pont mardi avant de rejoindre Tokyo.", "rejoindre"),
    # a relative clause the parse reads as a complement keeps its own status
    ("Le ministre n'a pas fait de commentaire sur le projet, qu'il avait pourtant signé en mai.", "signé"),
    # an opinion takes the subject of its clause as given
    ("Le ministre a jugé que les sanctions avaient échoué.", "sanctions"),
    # a description set beside a name is not under the plan of its clause
    ("Il doit rencontrer le roi avant de se rendre à Lima, dernière étape de sa tournée.", "tournée"),
    # `cherche à` set as the background of another fact tells of an effort under way (alone, it is an aim: planned,
    # see test_statuses_round9.py)
    ("Le lancement a réussi, alors que le pays cherche à développer son industrie spatiale.", "développer"),
]


@pytest.mark.parametrize(("sentence", "word"), SUSPECTED)
def test_suspected(nlp, sentence: str, word: str) -> None:
    assert status_in(sentence, word) == "suspected"


@pytest.mark.parametrize(("sentence", "word"), HYPOTHETICAL)
def test_hypothetical(nlp, sentence: str, word: str) -> None:
    assert status_in(sentence, word) == "hypothetical"


@pytest.mark.parametrize(("sentence", "word"), PLANNED)
def test_planned(nlp, sentence: str, word: str) -> None:
    assert status_in(sentence, word) == "planned"


@pytest.mark.parametrize(("sentence", "word"), PROPOSED)
def test_proposed(nlp, sentence: str, word: str) -> None:
    assert status_in(sentence, word) == "proposed"


@pytest.mark.parametrize(("sentence", "word"), NEGATED)
def test_negated(nlp, sentence: str, word: str) -> None:
    assert status_in(sentence, word) == "negated"


@pytest.mark.parametrize(("sentence", "word"), OCCURRED)
def test_a_cue_does_not_leak(nlp, sentence: str, word: str) -> None:
    assert status_in(sentence, word) == "occurred"


# --- times: eras, years closing a phrase, starts of measures, `depuis plusieurs` ------------------------------------


def times_of(text: str, published: str) -> dict[str, tuple[str | None, str]]:
    """Every time of a text by its words: (value, precision), with the tense the parse gives its verb."""
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    _inferred, resolved = normalise_times(found, Anchor.from_value(published))
    return {e.text: (r.value, r.precision) for (e, _t), r in zip(found, resolved, strict=True)}


@pytest.mark.parametrize(("text", "published", "words", "expected"), [
    # an era of history has no date of its own
    ("Les deux pays coopèrent depuis l'époque soviétique.", "2024-05-13", "depuis l'époque soviétique",
     (None, "vague")),
    ("Ce quartier a été bâti sous l'ère Meiji.", "2024-05-13", "sous l'ère Meiji", (None, "vague")),
    # a year after `de` or `à` that closes its phrase
    ("Il a célébré la victoire de 1945, place Rouge.", "2025-05-09", "de 1945", ("1945", "year")),
    ("Leur dernière rencontre remontait à 2019.", "2025-09-03", "à 2019", ("2019", "year")),
    # `depuis plusieurs mois` says a start it does not date
    ("Le gouvernement négocie depuis plusieurs mois avec les syndicats.", "2025-08-11", "depuis plusieurs mois",
     (None, "vague")),
    # the start of a measure is the day nearest publication, even after a past participle
    ("Les avoirs seront gelés et toute vente interdite à partir du 1er avril.", "2024-03-19", "1er avril",
     ("2024-04-01", "day")),
])
def test_times(nlp, text: str, published: str, words: str, expected: tuple) -> None:
    found = times_of(text, published)
    assert found.get(words) == expected, found


@pytest.mark.parametrize(("text", "published", "words"), [
    # counts of things are no years
    ("L'armée a déployé plus de 2000 soldats.", "2024-05-13", "2000"),
    ("Le convoi transportait de 2000 à 3000 tonnes de blé.", "2024-05-13", "de 2000"),
    ("Le bilan s'élève à plus de 2000, selon les secours.", "2024-05-13", "2000"),
])
def test_counts_are_not_years(nlp, text: str, published: str, words: str) -> None:
    found = times_of(text, published)
    assert not any(words in said for said in found), found
