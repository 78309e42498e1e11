"""A weekday told with a verb in the conditional is to come (`il se rendrait lundi`, which the tagger reads as an
imperfect), but with a past conditional it is past (`aurait reçu jeudi`: reportedly done). Written by the lead in
session 19 on sentences of his own; published on Saturday 16 August 2025."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day", "value"), [
    ("Le président a confirmé qu'il se rendrait lundi à Varsovie.", "lundi", "2025-08-18"),
    ("Le ministre recevrait jeudi son homologue, selon la presse.", "jeudi", "2025-08-21"),
    ("Le chancelier serait reçu mercredi au Kremlin.", "mercredi", "2025-08-20"),
    ("Le ministre aurait reçu jeudi son homologue, selon la presse.", "jeudi", "2025-08-14"),
    ("Le chancelier serait arrivé mercredi à Moscou.", "mercredi", "2025-08-13"),
    ("Le président déclarait jeudi que rien ne changerait.", "jeudi", "2025-08-14"),
])
def test_a_weekday_under_a_conditional(view, text, day, value):
    v = view(text, published="2025-08-16")
    assert v.time_of(day)["value"] == value


def test_the_eve_before_an_infinitive_is_the_day_before(view):
    v = view("Le Danemark a répondu mercredi à Donald Trump, qui a refusé la veille d'exclure le recours à la force.",
             published="2025-01-08")
    assert v.time_of("la veille")["value"] == "2025-01-07"
    assert all("exclure" not in t.get("text", "") for t in v.data["times"])


def test_the_eve_of_a_summit_stays_the_eve_of_the_event(view):
    v = view("Le président est arrivé à Vilnius à la veille du sommet de l'Otan.", published="2025-01-08")
    assert any(t.get("text", "").startswith("à la veille du sommet") for t in v.data["times"])


def test_a_few_hours_from_a_day_stay_on_it(view):
    v = view("L'armée a frappé vendredi soir le quartier général. Quelques heures avant le raid, le chef du mouvement "
             "avait promis de poursuivre la lutte.", published="2024-09-28")
    assert v.time_of("Quelques heures avant")["value"] == "2024-09-27"


def test_a_few_days_from_a_day_are_not_that_day(view):
    v = view("Le président a signé lundi le traité, quelques jours après la rencontre.", published="2024-09-28")
    assert v.time_of("quelques jours après")["value"] != "2024-09-23"


def test_the_very_day_is_the_day_last_told_even_a_look_back(view):
    v = view("Le Danemark a répondu mercredi à Donald Trump, qui a refusé la veille d'exclure le recours à la force, "
             "le jour même où son fils visitait Nuuk.", published="2025-01-08")
    assert v.time_of("le jour même")["value"] == "2025-01-07"


def test_the_same_day_after_a_weekday_is_that_weekday(view):
    v = view("Le ministre est arrivé lundi à Pékin. Le même jour, il a rencontré son homologue.",
             published="2025-01-08")
    assert v.time_of("Le même jour")["value"] == "2025-01-06"
