"""Leftovers of round 13's event writers (round 14), each a construction of the language.

- Recognising a state, a body, an independence, a sovereignty or an election result is an act (an event of the
  recogniser), not speech, also refused (`refuse de reconnaître l'indépendance de X`: a negated recognition whose
  trigger is `reconnaître`, with no speech act); recognising `que ...`, `avoir fait` or a fault is speech.
- Goods given with no recipient written (`est prêt à fournir une aide`, `livrera des munitions`) are a Delivery by
  the giver; giving words to no one (`a refusé de donner des détails`) is still no gift.
- `retirer ses troupes de X` (not reflexive) is a withdrawal from X, as `se retirer de X`; `retirer sa candidature`
  is not.

Every sentence is of our own writing (Caucasus, Balkans, Latin America, Sahel). Publication date 2024-03-15.
"""

from __future__ import annotations


def _agents(v, event) -> set[str]:
    return {entity for role, entity in v.roles(event) if role == "agent"}


def _speech_on(v, word: str) -> list[dict]:
    return [s for s in v.data["speech_acts"] if word in s["trigger"]["text"]]


# --- recognising: an act on a thing, speech on a clause or a fault ----------------------------------------------

def test_a_refused_recognition_of_an_independence_is_a_negated_act_not_speech(view):
    v = view("L'Espagne refuse de reconnaître l'indépendance de l'Abkhazie depuis 2008.")
    recognition = v.event_on("Event", "reconnaître")
    assert recognition["trigger"]["text"] == "reconnaître"
    assert recognition["status"] == "negated"
    assert _agents(v, recognition) == {v.named("Espagne")}
    assert not _speech_on(v, "refuse") and not _speech_on(v, "reconnaître")
    assert not v.events_on("refuse")


def test_recognising_a_sovereignty_is_an_act_of_the_state(view):
    v = view("Le Brésil reconnaît la souveraineté de l'Argentine sur les îles Malouines.")
    recognition = v.event_on("Event", "reconnaît")
    assert recognition["status"] == "occurred"
    assert _agents(v, recognition) == {v.named("Brésil")}
    assert not _speech_on(v, "reconnaît")


def test_a_future_non_recognition_of_a_result_is_a_negated_act(view):
    v = view("Le Mexique ne reconnaîtra pas le résultat du scrutin vénézuélien, selon le journal El Universal.")
    recognition = v.event_on("Event", "reconnaîtra")
    assert recognition["status"] == "negated"
    assert _agents(v, recognition) == {v.named("Mexique")}
    assert not _speech_on(v, "reconnaîtra")


def test_recognising_a_fault_or_a_clause_stays_speech(view):
    v = view("Le Brésil a reconnu son erreur. Le Mexique a reconnu que la frontière restait fermée.")
    assert len(_speech_on(v, "reconnu")) == 2
    assert not v.events_on("reconnu")


def test_a_refusal_to_recognise_a_fault_is_a_negated_statement(view):
    v = view("Le Chili a refusé de reconnaître ses torts dans cette affaire.")
    refused = _speech_on(v, "refusé")
    assert len(refused) == 1 and refused[0]["status"] == "negated"
    assert not v.events_on("reconnaître")


# --- goods given with no recipient written ----------------------------------------------------------------------

def test_aid_offered_with_no_recipient_written_keeps_its_giver(view):
    v = view("Le Maroc est prêt à fournir une aide alimentaire d'urgence, a indiqué le ministère.")
    aid = v.event_on("Delivery", "fournir")
    assert _agents(v, aid) == {v.named("Maroc")}
    assert aid["status"] == "planned"


def test_arms_delivered_with_no_recipient_written_keep_their_giver(view):
    v = view("La Turquie livrera des drones dès le mois prochain.")
    delivery = v.event_on("Delivery", "livrera")
    assert _agents(v, delivery) == {v.named("Turquie")}


def test_giving_no_details_to_no_one_is_still_no_gift(view):
    v = view("Le Niger a refusé de donner des détails sur l'accord.")
    assert not v.events("Delivery") and not v.events("Gift")


# --- withdrawing troops -----------------------------------------------------------------------------------------

def test_withdrawing_ones_troops_from_a_place_is_a_withdrawal_from_it(view):
    v = view("La France a retiré ses soldats du Mali en 2022.")
    withdrawal = v.event_on("Event", "retiré")
    assert _agents(v, withdrawal) == {v.named("France")}
    assert withdrawal["place"] == v.named("Mali")


def test_a_planned_withdrawal_of_a_contingent_is_planned(view):
    v = view("Le Tchad retirera son contingent du Soudan.")
    withdrawal = v.event_on("Event", "retirera")
    assert _agents(v, withdrawal) == {v.named("Tchad")}
    assert withdrawal["status"] == "planned"


def test_withdrawing_a_candidacy_is_no_withdrawal_from_a_place(view):
    v = view("Le Honduras a retiré sa candidature au Conseil de sécurité.")
    assert not any(e.get("place") for e in v.events_on("retiré"))


def test_the_state_whose_independence_is_recognised_is_the_theme(view):
    v = view("La Colombie a reconnu l'indépendance de l'Abkhazie en 2010.")
    recognition = v.event_on("Event", "reconnu")
    assert v.roles(recognition) == {("agent", v.named("Colombie")), ("theme", v.named("Abkhazie"))}


# --- attempts: the attempt is the event, with the parties of the act tried ---------------------------------------

def test_an_attempt_is_the_event_with_the_parties_of_the_act_tried(view):
    v = view("La Bolivie a tenté de rencontrer le Paraguay à Asuncion.")
    attempt = v.event_on("Meeting", "tenté")
    assert attempt["trigger"]["text"] == "a tenté"
    assert {e for _, e in v.roles(attempt)} == {v.named("Bolivie"), v.named("Paraguay")}
    assert not v.events_on("rencontrer")


def test_a_future_attempt_is_planned_and_a_mere_infinitive_keeps_its_own_trigger(view):
    v = view("Le Burkina Faso essaiera de livrer des vivres à la Guinée. Le Mali doit livrer des armes à la Guinée.")
    attempt = v.event_on("Delivery", "essaiera")
    assert attempt["status"] == "planned"
    assert _agents(v, attempt) == {v.named("Burkina Faso")}
    assert v.event_on("Delivery", "livrer")["status"] == "planned"
