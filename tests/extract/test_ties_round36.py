"""Ties that sour or warm, seeing each other, choosing someone and inviting (session 22); each on sentences of the
lead's own."""

from __future__ import annotations

RUSSIA, JAPAN, XI = "Q159", "Q17", "Q15031"




def test_ties_that_sour_are_an_event_of_both_sides(view):
    v = view("Les relations entre la Russie et le Japon se sont fortement dégradées depuis 2022.")
    assert v.roles(v.event_on("Event", "dégradées")) == {("participant", RUSSIA), ("participant", JAPAN)}


def test_a_situation_that_sours_is_no_event(view):
    assert not view("La situation s’est dégradée.").data["events"]


def test_improving_ties_is_still_read_as_an_act(view):
    v = view("Le Brésil veut améliorer ses relations avec la Chine.")
    assert v.events_on("améliorer")


def test_two_who_saw_each_other_met(view):
    v = view("Xi Jinping et Joe Biden se sont entretenus samedi à Lima. Les deux hommes s’étaient vus en novembre "
             "2023 près de San Francisco.")
    assert {e for _, e in v.roles(v.event_on("Meeting", "vus"))} == {XI, v.named("Joe Biden")}


def test_one_refused_something_did_not_meet(view):
    v = view("Le ministre s’est vu refuser l’entrée.")
    assert not v.events_on("vu", "Meeting")


def test_choosing_someone_is_an_act_on_them_and_the_one_chosen_acts(view):
    v = view("Donald Trump a choisi mercredi Marco Rubio pour diriger la diplomatie américaine.")
    trump, rubio = v.named("Donald Trump"), v.named("Marco Rubio")
    assert v.roles(v.event_on("Event", "choisi")) == {("agent", trump), ("recipient", rubio)}
    assert ("agent", rubio) in v.roles(v.event_on("Event", "diriger"))


def test_choosing_to_act_is_the_act(view):
    v = view("Paris a choisi de tourner le dos au droit international.")
    assert not v.events_on("choisi")


def test_convier_invites(view):
    v = view("Le roi Mohammed VI avait convié le président français, Emmanuel Macron.")
    assert v.roles(v.event("Invitation")) == {("agent", v.named("Mohammed VI")),
                                              ("recipient", v.named("Emmanuel Macron"))}


def test_proposing_that_another_acts_is_a_proposal(view):
    v = view("Le 6 mars, Séoul a proposé qu’une fondation publique verse ces indemnisations.")
    assert ("agent", "Q884") in v.roles(v.event_on("Proposal", "proposé"))
    v = view("Séoul a proposé que le Japon verse des indemnisations.")
    assert ("agent", "Q884") in v.roles(v.event_on("Proposal", "proposé"))


def test_ties_named_by_a_paired_demonym_are_of_both_states(view):
    v = view("« Les relations sino-américaines commencent à se stabiliser », a dit le ministre.")
    assert v.roles(v.event_on("Event", "stabiliser")) == {("participant", "Q148"), ("participant", "Q30")}
