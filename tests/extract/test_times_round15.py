"""Ranges of weekdays and the verb that tells a time (round 15): sentences of our own (strikes, summits, festivals,
flights, trials), none taken from the gold corpus or the bundled article. Each time is read with the tense the parse
gives its verb, as the extractor does, against a publication date given with the text.

Rules under test: the last day of a range of weekdays (« de vendredi à dimanche », « entre lundi et mercredi »,
« depuis ... lundi jusqu'à ... jeudi soir ») is the first such weekday after the range's first day (rule
``weekday-range-end``), whatever tense the parse finds for it; two weekdays that are not a range keep their own
readings; a range's last day does not place the publication day; « aujourd'hui », « hier », « demain » in a quote
count from the day the quote was said (the day named after it, or the last day named for a quote told in the
pluperfect; rule ``deictic-of-quote``); ``governing_verb`` climbs from a time through a chain of nouns to the verb of
the clause that tells it.
"""

from __future__ import annotations

import pytest

from newsld.extract.assemble import tense_of
from newsld.extract.nlp import parse
from newsld.extract.times import Anchor, find_expressions, infer_publication
from newsld.extract.verb_tenses import governing_verb

# --- the last day of a range follows its first day ---------------------------------------------------------------

def test_a_participle_phrase_range_in_the_past(times_of) -> None:
    text = ("Rassemblés de jeudi à samedi dans une station balnéaire, les ministres des Finances ont adopté une "
            "déclaration commune sur la dette des pays pauvres.")
    times = times_of(text, "2025-06-09")  # a Monday
    assert times["jeudi"][:2] == ("2025-06-05", "day")
    assert times["samedi"] == ("2025-06-07", "day", "weekday-range-end")


def test_a_range_to_come(times_of) -> None:
    text = "Le festival de théâtre se tiendra de vendredi à dimanche dans les rues de la vieille ville."
    times = times_of(text, "2025-06-11")  # a Wednesday
    assert times["vendredi"][:2] == ("2025-06-13", "day")
    assert times["dimanche"] == ("2025-06-15", "day", "weekday-range-end")


def test_between_two_weekdays(times_of) -> None:
    text = "Les contrôleurs aériens ont observé une grève entre lundi et mercredi, selon leur syndicat."
    times = times_of(text, "2025-03-14")  # a Friday
    assert times["lundi"][:2] == ("2025-03-10", "day")
    assert times["mercredi"] == ("2025-03-12", "day", "weekday-range-end")


def test_since_a_noun_until_a_noun_with_a_part_of_the_day(times_of) -> None:
    # each day closes a noun phrase (« leur arrivée lundi », « leur départ jeudi soir ») far from the past verb
    text = ("La police a escorté les supporters étrangers depuis leur arrivée à l'aéroport lundi jusqu'à leur départ "
            "du stade jeudi soir, a indiqué la préfecture.")
    times = times_of(text, "2025-10-10")  # a Friday
    assert times["lundi"][:2] == ("2025-10-06", "day")
    assert times["jeudi soir"] == ("2025-10-09", "day", "weekday-range-end")


def test_since_one_weekday_until_another_to_come(times_of) -> None:
    # « depuis » makes Monday past; Thursday, still to come, is after it, not the Thursday before
    text = "Les vols vers l'île sont suspendus depuis lundi jusqu'à jeudi en raison de la tempête."
    times = times_of(text, "2025-02-05")  # a Wednesday
    assert times["depuis lundi"][:2] == ("2025-02-03", "day")
    assert times["jusqu'à jeudi"] == ("2025-02-06", "day", "weekday-range-end")


@pytest.mark.parametrize("text", [
    # two days of two events, not one range
    "La grève a touché lundi les écoles et mercredi les hôpitaux de la région.",
    "Le procès reprendra lundi, a annoncé mercredi la cour d'appel.",
    # « à » after a day, but no « de » or « entre » opening a range
    "Le ministre arrive lundi à Berlin et repart mercredi vers Varsovie.",
])
def test_two_weekdays_that_are_no_range(nlp, text: str) -> None:
    found = find_expressions(text)
    assert len(found) == 2
    assert not any(e.fields.get("range_end") for e in found)


def test_a_range_end_does_not_place_the_publication_day(times_of) -> None:
    # month-only file: « se sont réunis samedi » (past) and « doit être signé lundi » (future) fix the days; the
    # range's last day (« jusqu'à dimanche », read future by its own verb) must not add a bound of its own
    text = ("Les négociateurs, réunis de vendredi à dimanche à Genève, ont trouvé un accord samedi. "
            "Le texte doit être signé lundi.")
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    with_range = infer_publication(found, Anchor.from_value("2025-04"))
    without = infer_publication([(e, t) for e, t in found if not e.fields.get("range_end")],
                                Anchor.from_value("2025-04"))
    assert with_range == without


# --- a deictic in a quote counts from the day the quote was said ----------------------------------------------------

def test_tomorrow_in_a_quote_said_on_a_day_named_after_it(times_of) -> None:
    text = "« Nous signerons l'accord demain », a déclaré lundi le ministre du Commerce."
    times = times_of(text, "2025-06-11")  # a Wednesday
    assert times["lundi"][:2] == ("2025-06-09", "day")
    assert times["demain"] == ("2025-06-10", "day", "deictic-of-quote")


def test_today_in_a_quote_told_in_the_pluperfect(times_of) -> None:
    text = ("La ministre est arrivée mardi à Lisbonne. « Je suis heureuse d'être ici aujourd'hui », avait-elle "
            "déclaré à sa descente d'avion.")
    times = times_of(text, "2025-06-12")  # a Thursday
    assert times["aujourd'hui"] == ("2025-06-10", "day", "deictic-of-quote")


@pytest.mark.parametrize("text", [
    # a quote told in the passé composé with no day: said on the day of writing
    "Le préfet a visité mardi le chantier. « Rien n'a changé aujourd'hui », a dit le syndicaliste.",
    # no quote: the day of writing, whatever day the sentence names after it
    "Le ministre est aujourd'hui à Rome, où il a rencontré mardi le pape.",
])
def test_today_is_the_day_of_writing_outside_a_quote_or_said_that_day(times_of, text: str) -> None:
    times = times_of(text, "2025-06-12")  # a Thursday
    assert times["aujourd'hui"] == ("2025-06-12", "day", "deictic-today")


# --- the verb of the clause that tells a time ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "time", "verb"), [
    ("Le commissaire européen, de passage à Dakar lundi, s'était entretenu avec le président sénégalais.",
     "lundi", "entretenu"),
    ("Les pompiers ont surveillé le feu depuis son départ dans la forêt domaniale dimanche jusqu'à son extinction "
     "mardi soir.", "mardi", "surveillé"),
    ("Le sénateur a rejoint la tribune jeudi.", "jeudi", "rejoint"),
])
def test_the_governing_verb_of_a_time(nlp, text: str, time: str, verb: str) -> None:
    doc = parse(text)
    token = next(t for t in doc if t.text == time)
    found = governing_verb(token)
    assert found is not None and found.text == verb
