"""Visitors set off after an inverted subject (session 23); on sentences of the lead's own."""

from __future__ import annotations


def test_en_visite_after_an_inverted_subject_is_that_persons_visit(view):
    v = view("La démocratie doit être rétablie, a averti le secrétaire d’État Antony Blinken, en visite en "
             "Nouvelle-Zélande.")
    assert v.roles(v.event_on("Visit", "visite")) == {("agent", v.named("Antony Blinken"))}
    v = view("Le résultat ne reflète pas la volonté du peuple, a déclaré le ministre Wang Yi, de passage à Tokyo.")
    assert v.roles(v.event_on("Visit", "passage")) == {("agent", v.named("Wang Yi"))}


def test_en_visite_after_a_thing_names_no_visitor(view):
    v = view("Les délégués ont examiné le projet de loi, en visite à Genève.")
    assert not [e for e in v.events("Visit") if e["roles"]]


def test_a_departure_is_the_act_of_who_leaves(view):
    v = view("Le retrait intervient six mois après le départ des derniers soldats français du Niger.")
    assert v.roles(v.event_on("Event", "départ")) == {("agent", v.named("soldats français"))}
    v = view("Le chef de la diplomatie française, Jean-Noël Barrot, a quitté N’Djamena. Quelques heures après le "
             "départ de M. Barrot, le Tchad a rompu l’accord.")
    assert v.roles(v.event_on("Event", "départ")) == {("agent", v.named("Jean-Noël Barrot"))}
