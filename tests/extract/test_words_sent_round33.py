"""Words sent or presented to someone are speech: `a présenté ses condoléances`, `a adressé une lettre`, `a adressé
à M. Fico un télégramme` (the abbreviation's dot is no stop). Written by the lead in session 19 on sentences of his
own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    ("Vladimir Poutine a présenté jeudi ses condoléances à la famille du pilote.", "a présenté", "Q7747"),
    ("Vladimir Poutine a adressé à M. Orban un télégramme de soutien.", "a adressé", "Q7747"),
    ("Emmanuel Macron a adressé une lettre au président brésilien.", "a adressé", "Emmanuel Macron"),
])
def test_words_sent_or_presented_are_a_statement(view, text, trigger, speaker):
    v = view(text)
    wanted = speaker if speaker.startswith("Q") else v.named(speaker)
    assert [(a["trigger"]["text"], a["speaker"]) for a in v.data["speech_acts"]] == [(trigger, wanted)]


def test_a_plan_presented_is_no_speech(view):
    v = view("Le ministre Paul Durand a présenté mardi un plan de relance.")
    assert not v.data["speech_acts"]
