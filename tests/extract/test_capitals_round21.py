"""Capitals and the speaker of a split quote in five more constructions (round 21, the lead).

Sentences written for these tests, each checking which Wikidata item a word comes out as:

- red lines a capital draws are the state's (`les « lignes rouges » de Pyongyang`), as its other stances;
- the money a capital gives is the state's (`les millions de Washington`, `les fonds de Pékin`);
- the `sur` complement of a verb or noun of weighing on, pressing or relying on is a party (`peser sur Moscou`,
  `faire pression sur Pyongyang`, `compte sur Pékin`); where strikes fall or what a report is about keeps the city;
- a second capital the parser hung from the noun the first one completes (`une trêve entre Moscou et Kiev`, with
  `Kiev` hung from `trêve`) shares the first one's preposition; two cities one goes to stay cities;
- the pronoun of a reporting clause that splits one pair of guillemets (`« La Russie est ..., a-t-il affirmé.
  ... »`) is the speaker, never a party named in the quoted words before it.
"""

from __future__ import annotations

import pytest

from .conftest import of

CHINA, RUSSIA, USA, NORTH_KOREA, UKRAINE, JAPAN = "Q148", "Q159", "Q30", "Q423", "Q212", "Q17"
MOSCOW, BEIJING, KYIV, PYONGYANG = "Q649", "Q956", "Q1899", "Q18808"


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Le ministre a mis en garde Séoul contre toute tentative de franchir les « lignes rouges » de Pyongyang.",
     "Pyongyang", NORTH_KOREA),
    ("Personne ne veut franchir les lignes rouges de Pékin en mer de Chine, a-t-il estimé.", "Pékin", CHINA),
    ("Le Kremlin a jugé que les millions de Washington ne suffiraient pas à sauver le régime ukrainien.",
     "Washington", USA),
    ("Les fonds de Pékin ont financé le nouveau port, selon la banque.", "Pékin", CHINA),
    ("Les rues de Pékin étaient désertes lundi.", "Pékin", BEIJING),
])
def test_red_lines_and_money_of_a_capital_are_the_states(links, text, capital, expected):
    assert expected in of(links(text), capital)


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Les dirigeants européens ont exhorté le président brésilien à peser sur Moscou pour obtenir une trêve.",
     "Moscou", RUSSIA),
    ("Tokyo compte sur Pékin pour faire pression sur Pyongyang, selon un diplomate.", "Pékin", CHINA),
    ("Tokyo compte sur Pékin pour faire pression sur Pyongyang, selon un diplomate.", "Pyongyang", NORTH_KOREA),
    ("Des frappes sur Kiev ont fait trois morts dans la nuit, selon la mairie.", "Kiev", KYIV),
    ("Un rapport sur Pékin a été publié mardi par une université.", "Pékin", BEIJING),
])
def test_who_is_pressed_or_relied_on_is_a_party(links, text, capital, expected):
    assert expected in of(links(text), capital)


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Le pape a soutenu l'idée d'une trêve entre Moscou et Kiev pendant les fêtes.", "Kiev", UKRAINE),
    ("Le pape a soutenu l'idée d'une trêve entre la Russie et Kiev pendant les fêtes.", "Kiev", UKRAINE),
    ("Les délégations arriveront à Moscou et Kiev jeudi.", "Kiev", KYIV),
    ("Le ministre a visité les usines de Pékin et Shanghai la semaine dernière.", "Pékin", BEIJING),
])
def test_a_second_capital_hung_from_the_noun_shares_the_first_ones_reading(links, text, capital, expected):
    assert expected in of(links(text), capital)


@pytest.mark.parametrize(("text", "pronoun", "country"), [
    ("Le diplomate américain Paul Martin a rencontré mardi son homologue. « La Russie est le premier acheteur de "
     "ces armes, a-t-il affirmé. Nous agirons. »", "il", RUSSIA),
    ("Le diplomate américain Paul Martin a rencontré mardi son homologue. « Le Japon est le premier acheteur de "
     "ces armes, a-t-il affirmé. Nous agirons. »", "il", JAPAN),
    ("La ministre japonaise Aiko Sato a reçu mardi son homologue chinois. « La Corée du Nord reste une menace, "
     "a-t-elle déclaré. Nous le savons. »", "elle", NORTH_KOREA),
])
def test_the_pronoun_of_a_clause_splitting_a_quote_is_not_a_party_quoted_before_it(links, text, pronoun, country):
    found = links(text)
    assert country not in of(found, pronoun)
    assert of(found, pronoun) and of(found, pronoun)[0].startswith("local:")  # the diplomat or the minister


def test_a_country_subject_before_a_split_quote_still_takes_its_pronoun(links):
    found = links("Le Japon a protesté mardi. « Ce tir est inacceptable, a-t-il fait savoir. Nous réagirons. »")
    assert of(found, "il") == [JAPAN]


def test_a_quote_closed_before_its_clause_keeps_its_speaker(links):
    found = links("Le diplomate américain Paul Martin a rencontré mardi son homologue. « La Russie est le premier "
                  "acheteur de ces armes », a-t-il affirmé.")
    assert of(found, "il") == ["local:paul-martin"]
