"""Where a mention of an unnamed thing or person ends (round 16: noun_phrases.py).

A participle that carries a clause of its own (`soupçonné d'avoir endommagé un câble`, `chargée de surveiller la
centrale`) or a charge or a sentence (`accusé de fraude`, `condamné à dix ans de prison`) tells something about
the thing: the mention ends before it, so what the clause names (the cable) stays a thing of its own. Short
modifiers that say what the thing is stay (`chargé de vingt tonnes de blé`, `fabriquée en Corée`).
"""

from __future__ import annotations

import pytest

from newsld.extract.nlp import parse
from newsld.extract.noun_phrases import noun_phrase


def phrase_of(text: str, noun: str) -> str:
    """The noun phrase the extractor spans for the first token written `noun` in the text."""
    doc = parse(text)
    token = next(t for t in doc if t.text == noun)
    start, end = noun_phrase(token)
    return doc.text[start:end]


@pytest.mark.parametrize(("text", "noun", "words"), [
    # a participle with an infinitive or a past infinitive: an act told about the thing
    ("Les douaniers ont saisi un chalutier soupçonné d'avoir pêché dans la zone interdite.", "chalutier",
     "un chalutier"),
    ("Une équipe chargée de surveiller la centrale est arrivée lundi.", "équipe", "Une équipe"),
    ("Pékin a dépêché une mission chargée d'enquêter sur l'accident.", "mission", "une mission"),
    ("Le ministère a publié un rapport visant à réduire les dépenses.", "rapport", "un rapport"),
    # a participle of charging: the charge or the sentence is said about the person
    ("La police a interpellé un comptable accusé de fraude fiscale.", "comptable", "un comptable"),
    ("Le régime a libéré un journaliste condamné à dix ans de prison pour espionnage.", "journaliste",
     "un journaliste"),
    ("Les autorités recherchent un camion suspecté de contrebande.", "camion", "un camion"),
])
def test_a_participle_with_a_clause_or_a_charge_ends_the_mention(text: str, noun: str, words: str) -> None:
    assert phrase_of(text, noun) == words


@pytest.mark.parametrize(("text", "noun", "words"), [
    # what the thing holds or where it was made says what it is
    ("Un camion chargé de vingt tonnes de blé a franchi la frontière.", "camion",
     "Un camion chargé de vingt tonnes de blé"),
    ("La police a saisi une carabine fabriquée en Corée.", "carabine", "une carabine fabriquée en Corée"),
    # short adjectives and `de` complements name the thing
    ("Les plongeurs ont inspecté un câble sous-marin de télécommunications.", "câble",
     "un câble sous-marin de télécommunications"),
])
def test_modifiers_that_say_what_the_thing_is_stay(text: str, noun: str, words: str) -> None:
    assert phrase_of(text, noun) == words


def test_the_thing_a_clause_names_is_a_mention_of_its_own(view) -> None:
    """The cable the suspected act damaged is not swallowed by the tanker's mention: each is its own entity, and
    the definite take-up `Le navire` is the tanker."""
    v = view("Les garde-côtes islandais ont arraisonné mardi un pétrolier soupçonné d'avoir endommagé un câble "
             "sous-marin. Le navire a été escorté jusqu'au port de Reykjavik.")
    tanker = v.named("un pétrolier")
    assert v.named("Le navire") == tanker
    cable = v.named("un câble sous-marin")
    assert cable != tanker
    assert ("recipient", tanker) in v.roles(v.event_on("Event", "arraisonné"))  # boarded: undergoes it (gold)
    damage = v.roles(v.event_on("Event", "endommagé"))
    assert ("agent", tanker) in damage and any(entity == cable for _, entity in damage)


def test_a_charged_person_is_the_party_of_the_act_on_them(view) -> None:
    v = view("Les autorités turques ont libéré jeudi un journaliste condamné à six ans de prison pour espionnage. "
             "Le journaliste a quitté le pays.")
    mentions = [m["text"] for m in v.data["mentions"]]
    assert "un journaliste" in mentions
    assert not any("condamné" in words for words in mentions)
