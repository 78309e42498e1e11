"""Presents the tagger takes for adjectives, agents behind a month, groups of armed men and dates still to come
(session 23); each on sentences of the lead's own."""

from __future__ import annotations


def test_a_plural_present_tagged_an_adjective_is_the_verb_of_its_noun(view):
    v = view("Les rebelles contrôlent la ville de Goma depuis janvier.")
    assert v.roles(v.event_on("Event", "contrôlent")) == {("agent", v.named("Les rebelles"))}
    assert v.kind_of("Les rebelles contrôlent") is None  # (the verb is no part of the group's words)


def test_the_verb_agrees_with_the_head_of_a_noun_and_its_complement(view):
    v = view("Les soldats de la paix contrôlent la zone tampon.")
    assert v.roles(v.event_on("Event", "contrôlent")) == {("agent", v.named("Les soldats de la paix"))}


def test_a_noun_with_no_copula_after_the_verb_is_its_object(view):
    v = view("Les gangs armés contrôlent désormais la majeure partie de la capitale.")
    assert v.roles(v.event_on("Event", "contrôlent")) == {("agent", v.named("Les gangs armés"))}


def test_a_plural_present_in_a_relative_clause_keeps_its_group_apart(view):
    v = view("Moscou, dont les troupes contrôlent la centrale depuis mars 2022, accuse Kiev d’avoir envoyé ces drones.")
    assert v.entity_of("les troupes") is not None and v.entity_of("les troupes contrôlent") is None


def test_an_adjective_agreeing_with_a_singular_noun_stays_an_adjective(view):
    v = view("Nous avons un excellent dialogue avec nos partenaires, a déclaré le porte-parole.")
    assert not v.events_on("excellent")
    v = view("Le gouvernement adopte une position ferme.")
    assert not v.events_on("ferme")


def test_a_singular_present_in_a_sentence_with_no_other_verb_is_its_verb(view):
    v = view("Le pacte de sécurité expire en 2026.", published="2024-10-02")
    event = v.event_on("Event", "expire")
    assert v.roles(event) == {("participant", v.named("Le pacte de sécurité"))}


def test_a_present_dated_after_the_publication_is_planned(view):
    v = view("Le pacte de sécurité expire en 2026.", published="2024-10-02")
    assert v.event_on("Event", "expire")["status"] == "planned"
    v = view("Le pacte de sécurité expire en 2026.", published="2026-11-20")
    assert v.event_on("Event", "expire")["status"] == "occurred"


def test_an_agent_hung_on_the_month_is_the_passive_verbs(view):
    v = view("Ce déploiement avait été bloqué en janvier par la Cour suprême du Kenya.")
    assert v.roles(v.event_on("Event", "bloqué")) == {("agent", v.named("la Cour suprême du Kenya"))}


def test_gangs_and_pirates_are_groups_that_act(view):
    v = view("Des pirates ont attaqué un cargo au large de la Somalie.")
    assert ("agent", v.named("Des pirates")) in v.roles(v.event_on("Event", "attaqué"))
    v = view("Les gangs ont attaqué le commissariat de la ville.")
    assert ("agent", v.named("Les gangs")) in v.roles(v.event_on("Event", "attaqué"))
