"""Speech that did not happen, told by a noun (round 24): `Aucune réaction de X n'a été enregistrée`, `Il n'y a eu
aucune réponse de X` (an existential `il y a`), words sent to someone that `sont restées sans réponse` (a negated act
of whom they were sent to), and the speaker of a participle set off before the main verb (`X, jugeant ... « ... »,
a rejeté`, `X, doutant que ..., a quitté`). Sentences written for these tests."""

from __future__ import annotations

import pytest


def acts(said, text: str) -> list[tuple[str, str, str]]:
    found = said(text)
    return [(a.trigger, found.label(a.speaker), a.status) for a in found.acts]


# --- no words recorded, no answer there was ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("Aucune réaction de Pékin n'a été enregistrée mercredi.", "Chine"),
    ("Aucune réaction n'était venue de Pyongyang mardi soir.", "Corée du Nord"),
])
def test_no_reaction_recorded(said, text, speaker):
    assert acts(said, text) == [("réaction", speaker, "negated")]


@pytest.mark.parametrize(("text", "noun", "speaker"), [
    ("Il n'y a eu aucune réponse de Moscou.", "réponse", "Russie"),
    ("Il n'y a pas eu de réaction immédiate de Pékin.", "réaction", "Chine"),
    ("Il n'y avait pas de réaction officielle de Tokyo jeudi soir.", "réaction", "Japon"),
])
def test_there_was_no_reaction(said, text, noun, speaker):
    assert acts(said, text) == [(noun, speaker, "negated")]


@pytest.mark.parametrize("text", [
    "Il y a eu une réaction de Pékin.",  # negative: a reaction there was, not a silence
    "Il n'y a eu aucune victime à Kiev.",  # negative: no words at all
    "Aucune victime n'a été enregistrée à Kiev.",  # negative: a toll, not a silence
    "Une réaction en chaîne a endommagé le réacteur.",
    "La réponse militaire de Moscou a été rapide.",
    "Kiev attend toujours une réponse de Washington.",
])
def test_not_a_silence(said, text):
    assert [a for a in acts(said, text) if a[2] == "negated"] == []


# --- words sent that stayed unanswered ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("Les propositions adressées à Moscou sont restées sans réponse.", "Russie"),
    ("La lettre envoyée à Pékin est restée sans réponse.", "Chine"),
    ("Le secrétaire général avait adressé à Moscou des propositions concrètes, restées sans réponse.", "Russie"),
    ("Le courrier adressé à Séoul est resté sans réponse de Tokyo.", "Japon"),
])
def test_unanswered_is_silence_of_addressee(said, text, speaker):
    assert ("réponse", speaker, "negated") in acts(said, text)


@pytest.mark.parametrize("text", [
    "La question reste sans réponse.",  # negative: nobody it was put to
    "Le blessé est resté sans réaction pendant une heure.",
    "Le secrétaire général a présenté des propositions concrètes, restées sans réponse.",  # sent to nobody named
    "Kiev a envoyé des drones à Moscou, restés sans effet.",  # no words
])
def test_unanswered_needs_an_addressee(said, text):
    assert [a for a in acts(said, text) if a[0] == "réponse"] == []


# --- the speaker of a participle set off before the main verb -------------------------------------------------------


def test_participle_with_quote_before_main_verb(said):
    found = acts(said, "Vladimir Poutine, jugeant la proposition « inacceptable », a rejeté le texte.")
    assert [a[1] for a in found] == ["Vladimir Poutine", "Vladimir Poutine"]


@pytest.mark.parametrize("text", [
    "Paul Durand, doutant que les sanctions changent la donne, a quitté la salle.",
    "Jean Dupont, affirmant que les tirs avaient cessé, a regagné son bureau.",
])
def test_participle_speaker_is_main_subject(said, text):
    assert [a[1] for a in acts(said, text)] == [text.split(",")[0]]


def test_fronted_participle_unchanged(said):
    # negative: a participle opening the sentence keeps the main subject
    found = acts(said, "Estimant que les sanctions étaient inutiles, Vladimir Poutine a quitté la réunion.")
    assert found == [("Estimant", "Vladimir Poutine", "occurred")]


def test_quote_then_inverted_speaker_unchanged(said):
    # negative: a quote before a comma and a verb of speech still takes the inverted speaker
    found = acts(said, "Le Kremlin a appelé à la « retenue », a rapporté l'agence TASS.")
    assert any(t == "a rapporté" and "TASS" in s for t, s, _ in found), found
    assert all("Kremlin" not in s for t, s, _ in found if t == "a rapporté"), found


def test_apposition_without_participle_no_act(said):
    assert acts(said, "Paul Durand, le visage fermé, a quitté la salle.") == []
