"""An event noun's own doer under a verb that carries it (`a ratifié l'adhésion de la Suède`): written by the lead
in session 18 on sentences of his own."""

from __future__ import annotations


def test_the_nouns_doer_is_whom_the_verbs_act_is_about(view):
    v = view("Le Parlement hongrois a ratifié lundi l'adhésion de la Finlande à l'Otan.")
    ratified = v.event_on("Event", "ratifié")
    roles = v.roles(ratified)
    assert ("agent", v.named("Parlement hongrois")) in roles
    assert ("recipient", v.named("Finlande")) in roles
    assert ("agent", v.named("Finlande")) not in roles


def test_a_blocker_is_the_only_doer(view):
    v = view("La Turquie a bloqué pendant des mois l'adhésion de la Suède.")
    blocked = v.event_on("Event", "bloqué")
    assert [e for r, e in v.roles(blocked) if r == "agent"] == [v.named("Turquie")]
    assert ("recipient", v.named("Suède")) in v.roles(blocked)


def test_partners_of_a_carried_agreement_stay_partners(view):
    v = view("Vladimir Poutine a signé vendredi un accord avec Kim Jong-un.")
    signed = v.event_on("Agreement", "signé")
    assert {r for r, _ in v.roles(signed)} == {"participant"}
