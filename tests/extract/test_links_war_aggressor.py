"""An act of war named by a nationality adjective is that nation's act: it stands for a known war only when the
nation is that war's invader (`l'offensive russe`), never when it is the invaded one fighting back
(`l'offensive ukrainienne`). A war or conflict named by a nationality is the one fought in that country.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsld.extract.linking import Linker
from newsld.extract.model import Entities
from newsld.extract.nlp import parse
from newsld.extract.references import resolve_references

INVASION = "Q110999040"  # the only war of the verified identifiers: invasion de l'Ukraine par la Russie


def entity_of(kb, text: str, words: str) -> str | None:
    doc, entities = parse(text), Entities()
    found = resolve_references(kb, doc, entities, Linker(kb, doc, entities).link_names(text))
    return next((m.entity for m in found if text[m.start:m.end] == words), None)


@pytest.mark.parametrize(("text", "words"), [
    ("L'offensive ukrainienne dans la région de Koursk a surpris Moscou en août.", "L'offensive ukrainienne"),
    ("Kiev a défendu son incursion, une riposte à l'agression ukrainienne selon Moscou, jeudi.", None),
    ("Après l'assaut ukrainien sur le pont, la Russie a fermé le détroit.", "l'assaut ukrainien"),
])
def test_an_act_of_war_by_the_invaded_country_is_not_the_invasion(kb, text: str, words: str | None) -> None:
    if words is not None:
        assert entity_of(kb, text, words) != INVASION
    doc, entities = parse(text), Entities()
    found = resolve_references(kb, doc, entities, Linker(kb, doc, entities).link_names(text))
    assert INVASION not in {m.entity for m in found}


@pytest.mark.parametrize(("text", "words"), [
    ("Depuis le début de l'offensive russe, des millions d'Ukrainiens ont fui leur pays.", "l'offensive russe"),
    ("L'ONU a de nouveau évoqué le conflit ukrainien lors de sa session de lundi.", "le conflit ukrainien"),
    ("Le chancelier a rappelé que la guerre en Ukraine pèse sur l'économie allemande.", "la guerre en Ukraine"),
])
def test_the_invaders_act_and_the_war_in_the_country_are_the_invasion(kb, text: str, words: str) -> None:
    assert entity_of(kb, text, words) == INVASION
