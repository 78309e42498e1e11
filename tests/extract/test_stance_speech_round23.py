"""Speech acts, round 23, on sentences written for these tests (not taken from the gold corpus, the held-out corpus
or the bundled article): stances said without a verb of saying. A possibility left open (`n'a pas exclu de`,
`n'exclut pas`, `sans exclure`) is a Statement that took place, not a negated act; a passive `n'est pas exclue` has
no one who holds it and `a exclu X du parti` is a deed. Mockery (`a raillé`), a stance argued for (`a défendu sa
réforme`, `a défendu une coopération « ... »`, not a city defended nor an amendment after `» et`), a condition set
(`conditionne X à Y`, not `la météo conditionne les récoltes`), and a call named by its noun whose maker is the
agent of the participle that launched it (`un appel à la trêve lancé par X`, not `un appel d'offres`)."""

from __future__ import annotations

import pytest
from tests.extract.conftest import Act


def shown(found, act: Act) -> tuple[str, str, str, str]:
    return act.type, act.trigger, found.label(act.speaker), act.status


# --- a possibility left open --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    ("Le ministre des Finances, Paul Durand, n'a pas exclu de relever les impôts l'an prochain.", "n'a pas exclu",
     "Paul Durand"),
    ("La porte-parole, Anne Martin, n'a jamais exclu un retrait.", "n'a jamais exclu", "Anne Martin"),
    ("Pékin n'exclut pas de nouvelles sanctions contre Tokyo.", "n'exclut pas", "Chine"),
    ("Anne Martin a démenti toute négociation, sans pour autant exclure une rencontre.", "sans pour autant exclure",
     "Anne Martin"),
])
def test_a_possibility_left_open_is_a_statement_that_took_place(said, text, trigger, speaker):
    found = said(text)
    assert [shown(found, a) for a in found.on(trigger)] == [("Statement", trigger, speaker, "occurred")]


def test_sans_exclure_after_a_verb_of_saying_is_a_second_act_of_the_speaker(said):
    found = said("Anne Martin a réaffirmé son soutien à Kiev, sans exclure de nouvelles livraisons d'armes.")
    assert [(a.trigger, found.label(a.speaker), a.status) for a in found.acts] == [
        ("a réaffirmé", "Anne Martin", "occurred"), ("sans exclure", "Anne Martin", "occurred")]


@pytest.mark.parametrize("text", [
    "Une nouvelle hausse des prix n'est pas exclue cet hiver.",  # no one holds it
    "Le parti a exclu Paul Durand la semaine dernière.",  # put out: a deed
    "Paul Durand a été exclu du parti.",
])
def test_exclusion_that_is_no_stance_is_no_speech(said, text):
    assert said(text).acts == []


def test_a_refusal_to_comment_stays_negated(said):
    found = said("Paul Durand s'est refusé à tout commentaire.")
    assert [a.status for a in found.acts] == ["negated"]


# --- mockery, stances argued for, conditions set ------------------------------------------------------------------
def test_mockery_is_a_statement(said):
    found = said("Anne Martin a raillé les promesses du ministre.")
    assert shown(found, found.one()) == ("Statement", "a raillé", "Anne Martin", "occurred")


@pytest.mark.parametrize("text", [
    "Paul Durand a défendu sa réforme devant les députés.",
    "Anne Martin a défendu une coopération « qui ne menace personne ».",
    "Paul Durand a défendu la décision du gouvernement.",
])
def test_a_stance_defended_is_a_statement(said, text):
    found = said(text)
    assert shown(found, found.one()) == ("Statement", "a défendu", text.split(" a défendu")[0], "occurred")


@pytest.mark.parametrize("text", [
    "Les soldats ont défendu la ville pendant trois jours.",
    "L'armée ukrainienne a défendu la position pendant trois jours.",
    "Paul Durand a défendu un projet de résolution devant le Conseil.",
])
def test_a_place_or_a_text_defended_is_no_speech(said, text):
    assert said(text).acts == []


def test_a_quote_before_et_belongs_to_the_first_verb(said):
    found = said("Avant le vote, Paul Durand avait dénoncé une « manœuvre cynique » et défendu un amendement "
                 "interdisant toute arme dans l'espace.")
    assert [(a.trigger, a.quotes) for a in found.acts] == [("avait dénoncé", ["manœuvre cynique"])]


def test_a_condition_set_is_a_statement(said):
    found = said("Pékin conditionne toute reprise des discussions à un retrait des troupes.")
    assert shown(found, found.one()) == ("Statement", "conditionne", "Chine", "occurred")


def test_a_thing_that_conditions_another_is_no_speech(said):
    assert said("La météo conditionne les récoltes.").acts == []


# --- a call named by its noun, made by the agent of its participle ------------------------------------------------
def test_a_call_launched_by_someone_is_theirs(said):
    found = said("L'appel au calme formulé mardi par Anne Martin n'a pas été entendu.")
    assert shown(found, found.one()) == ("Statement", "appel", "Anne Martin", "occurred")


@pytest.mark.parametrize("text", [
    "Un appel d'offres lancé par la mairie de Paris a été annulé.",
    "Un appel téléphonique lancé par Paul Durand a duré une heure.",
])
def test_a_call_that_asks_nothing_is_no_speech(said, text):
    assert said(text).acts == []


# --- a group speaker whose adjective the tagger took for a noun ---------------------------------------------------
@pytest.mark.parametrize(("text", "speaker"), [
    ("Un compromis pourrait être trouvé avant Noël, selon des élus démocrates, mais aucun vote n'est prévu.",
     "des élus démocrates"),
    ("Un accord pourrait être conclu lundi, selon des élus républicains.", "des élus républicains"),
])
def test_a_group_speaker_keeps_its_adjective(said, text, speaker):
    found = said(text)
    assert [found.label(a.speaker) for a in found.on("selon")] == [speaker]


def test_a_noun_with_words_of_its_own_after_a_group_is_not_its_adjective(extract):
    data = extract("Des habitants victimes de l'explosion ont été relogés mardi.").data
    assert "Des habitants victimes" not in [m["text"] for m in data["mentions"]]
