"""Two pronoun rules for links, on sentences written for these tests.

An emphatic `lui` set off by commas is its clause's subject taken whole: after `Le chef du Kremlin a, lui,` it is
the person, not the Kremlin named inside the description. A dative `lui` whose sentence, or the one before, names
a person only by a noun nobody was tied to (`a félicité son allié`) may mean that person: it is left unlinked
rather than given to the person named before (never a wrong QID).
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import of

PUTIN, XI, LUKASHENKO, KISHIDA, LAVROV, KIM = "Q7747", "Q15031", "Q2866", "Q359480", "Q58217", "Q56226"
KREMLIN = "Q2060629"


@pytest.mark.parametrize(("text", "person", "inner"), [
    ("Le chef du Kremlin a, lui, promis que la Russie resterait prête à discuter.", PUTIN, KREMLIN),
    ("Antonio Guterres a plaidé pour la paix. Le chef du Kremlin a, lui, jugé que Moscou restait ouverte au "
     "dialogue.", PUTIN, KREMLIN),
])
def test_an_emphatic_lui_is_the_whole_subject_not_a_name_inside_it(links, text, person, inner):
    found = links(text)
    assert of(found, "lui") == [person]
    assert inner in of(found, "Kremlin")  # the name inside the description is still its own mention


def test_an_emphatic_lui_after_a_name_is_that_name(links):
    found = links("Sergueï Lavrov a, lui, dénoncé mardi des sanctions illégales.")
    assert of(found, "lui") == [LAVROV]


@pytest.mark.parametrize("text", [
    "Vladimir Poutine a félicité son allié biélorusse dès lundi, a fait savoir le Kremlin. Le président chinois, "
    "Xi Jinping, lui a adressé mardi un message.",
    "Fumio Kishida a reçu son homologue vendredi à Tokyo. Sergueï Lavrov lui a ensuite téléphoné.",
    "Xi Jinping a remercié l'ambassadeur pour son travail. Vladimir Poutine lui a remis une décoration.",
])
def test_a_dative_lui_after_an_unnamed_person_is_left_unlinked(links, text):
    assert all(entity.startswith("local:") for entity in of(links(text), "lui"))


@pytest.mark.parametrize(("text", "meant"), [
    ("Vladimir Poutine a félicité Alexandre Loukachenko dès lundi. Le président chinois, Xi Jinping, lui a "
     "adressé mardi un message.", LUKASHENKO),
    ("Fumio Kishida a reçu Xi Jinping à Tokyo. Sergueï Lavrov lui a ensuite téléphoné.", XI),
    ("Vladimir Poutine a reçu le dirigeant nord-coréen. Il lui a offert un fusil.", KIM),
])
def test_a_dative_lui_after_a_named_person_is_still_that_person(links, text, meant):
    assert of(links(text), "lui") == [meant]


def test_a_person_noun_that_is_no_object_does_not_block_the_link(links):
    found = links("Alexandre Loukachenko a reçu Xi Jinping en ami. Le dirigeant biélorusse lui a offert un tableau.")
    assert of(found, "lui") == [XI]
