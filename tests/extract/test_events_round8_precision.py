"""Event precision (round 8): what is not a single happening must not come out as an event (event_filters.py).

Habits told with an adverbial of frequency (`chaque année`, `tous les deux ans`, `régulièrement`), characterisations
(`présenté par X comme Y`) and event nouns that only date another act already told (`À l'issue de la visite`,
`Au lendemain de l'attaque`); and the events next to them that must stay. Every sentence is of our own writing, on
topics beyond the gold corpus (trade, energy, disasters, expulsions, nuclear safety), not copied from any article.
Publication date 2024-03-15."""

from __future__ import annotations

import pytest

from newsld.extract.event_filters import frequency_marker

CHINA, JAPAN, RUSSIA, SOUTH_KOREA, XI = "Q148", "Q17", "Q159", "Q884", "Q15031"


# --- habits: a clause with an adverbial of frequency tells no dated deed ---------------------------------------------

def test_a_yearly_import_is_a_habit_not_an_event(view):
    v = view("La Chine importe chaque année des millions de tonnes de soja brésilien.")
    assert v.data["events"] == []


def test_a_dated_import_stays_a_delivery(view):
    v = view("La Chine a importé mardi deux millions de tonnes de soja brésilien.")
    delivery = v.event_on("Delivery", "importé")
    assert ("recipient", CHINA) in v.roles(delivery)


def test_a_fronted_frequency_opens_the_clause_of_the_next_verb(view):
    v = view("Chaque été, des incendies ravagent les forêts de la Grèce.")
    assert not v.events_on("ravagent")


def test_exercises_held_every_two_years_are_no_event(view):
    v = view("Le Japon organise tous les deux ans des exercices navals avec l'Inde.")
    assert not v.events_on("exercices") and not v.events_on("organise")


def test_gas_supplied_every_month_is_a_trade_not_a_delivery(view):
    v = view("Le Qatar fournit chaque mois du gaz naturel liquéfié au Japon.")
    assert not v.events_on("fournit")


def test_missiles_fired_regularly_are_a_habit(view):
    v = view("La Corée du Nord tire régulièrement des missiles balistiques en mer du Japon.")
    assert not v.events_on("tire")


def test_prisoners_freed_every_year_are_a_custom(view):
    v = view("L'Iran libère chaque année des prisonniers à l'occasion du Nouvel An.")
    assert not v.events_on("libère")


def test_gas_delivered_on_a_day_stays_a_delivery(view):
    v = view("L'Algérie a livré lundi du gaz à l'Espagne.")
    assert len(v.events_on("livré", "Delivery")) == 1


def test_a_habit_in_a_relative_clause_leaves_the_main_act(view):
    v = view("Le Vietnam, qui exporte chaque année du riz vers les Philippines, a suspendu mardi ses ventes à "
             "l'étranger.")
    assert not v.events_on("exporte")
    assert len(v.events_on("suspendu")) == 1


@pytest.mark.parametrize(("sentence", "word", "marks"), [
    ("Le port accueille chaque semaine trois méthaniers.", "chaque", True),
    ("Les pompiers interviennent toutes les nuits dans la région.", "toutes", True),
    ("Tous les quatre ans, le pays élit son président.", "Tous", True),
    ("Chaque pays a voté la résolution.", "Chaque", False),  # `chaque` before a country counts no time
    ("Tous les habitants ont été évacués.", "Tous", False),
])
def test_frequency_markers_are_units_of_time_that_recur(nlp, sentence, word, marks):
    token = next(t for t in nlp(sentence) if t.text == word)
    assert frequency_marker(token) is marks


# --- characterisations: `présenter X comme Y` says what X is called ------------------------------------------------

def test_strikes_presented_as_a_retaliation_are_no_presentation(view):
    v = view("Les frappes, présentées par Moscou comme une « riposte », ont touché trois villes ukrainiennes.")
    assert not v.events_on("présentées")


def test_an_earthquake_presented_as_the_worst_is_no_event_of_the_authorities(view):
    v = view("Le séisme a été présenté par les autorités turques comme le plus violent depuis un siècle.")
    assert not v.events_on("présenté")


def test_a_bill_presented_stays_a_proposal(view):
    v = view("Le gouvernement japonais a présenté mardi un projet de loi sur l'énergie nucléaire.")
    assert len(v.events_on("présenté", "Proposal")) == 1


# --- event nouns that only date another act already told ----------------------------------------------------------

def test_after_the_visit_told_the_visit_noun_is_the_same_visit(view):
    v = view("Xi Jinping a visité mardi le port du Pirée. À l'issue de sa visite, il a promis une aide à la Grèce.")
    visits = v.events("Visit")
    assert [e["trigger"]["text"] for e in visits] == ["a visité"]
    assert ("agent", XI) in v.roles(visits[0])


def test_a_trip_named_again_by_another_noun_of_visits(view):
    v = view("Le président sud-coréen Yoon Suk-yeol est arrivé lundi à Tokyo. Lors de son déplacement, il a signé "
             "un accord sur le nucléaire civil avec le Japon.")
    assert not v.events_on("déplacement")
    assert len(v.events_on("arrivé", "Visit")) == 1
    assert len(v.events_on("signé", "Agreement")) == 1


def test_the_day_after_the_attack_told_is_no_second_attack(view):
    v = view("La Russie a attaqué samedi le port d'Odessa. Au lendemain de l'attaque, l'Ukraine a convoqué "
             "l'ambassadeur de Turquie.")
    assert not v.events_on("attaque")
    attack = v.event_on("Event", "attaqué")
    assert ("agent", RUSSIA) in v.roles(attack)


def test_an_event_only_recalled_as_a_landmark_stays(view):
    v = view("Séoul a convoqué mardi l'ambassadeur russe, au lendemain de l'expulsion de deux diplomates "
             "sud-coréens par Moscou.")
    expulsion = v.event_on("Event", "expulsion")
    assert ("agent", RUSSIA) in v.roles(expulsion)


# --- consequences measured by a degree: `trop ... pour`, `assez ... pour` ------------------------------------------

def test_a_debt_too_heavy_to_repay_is_no_repayment(view):
    v = view("Le FMI juge la croissance de l'Argentine trop faible pour rembourser sa dette.")
    assert not v.events_on("rembourser")


def test_rescuers_too_late_to_save_anyone_saved_no_one(view):
    v = view("Les secours sont arrivés trop tard pour sauver les habitants du village.")
    assert not v.events_on("sauver")


def test_a_state_too_indebted_to_finance_funds_nothing(view):
    v = view("Le gouvernement grec est trop endetté pour financer seul la reconstruction des villages.")
    assert not v.events_on("financer") and not v.events_on("reconstruction")


def test_a_purpose_without_a_degree_stays(view):
    v = view("Le Premier ministre japonais s'est rendu à Séoul pour rencontrer le président sud-coréen.")
    assert len(v.events_on("rencontrer", "Meeting")) == 1
