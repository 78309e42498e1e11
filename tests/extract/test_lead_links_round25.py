"""Two links the lead wrote after the first blind measure of held-out set 17, on sentences written for these
tests: after that measure, the only lines read were its wrong-QID lines and the sentences they are in.

- A role set off by a comma and followed by a rank or a civility before a name (`son ministre des Affaires
  étrangères, le prince Fayçal ben Farhane,`) is that person, even one the knowledge base does not hold: never the
  last holder of that office the article named (Lavrov, sent by Putin two sentences before). A fronted role before
  the subject (`Devant le président russe, M. Guterres a dit`) is no such apposition.
- A quoted infinitive (`à ne pas « trahir » Kiev`) leads the parser to hang the infinitive's `à` on the name, which
  then reads as a place (`à Kiev`): a verb between the two says the name is the infinitive's object, the state.
"""

from __future__ import annotations

from .conftest import local, of

LAVROV, PUTIN, GUTERRES = "Q58217", "Q7747", "Q311440"
UKRAINE, KYIV = "Q212", "Q1899"

SENT = "Vladimir Poutine a dépêché au sommet son ministre des Affaires étrangères, Sergueï Lavrov. "


def test_a_role_with_a_ranked_name_set_off_is_that_person(links):
    found = links(SENT + "Le Caire a salué l’offre, a indiqué son ministre des Affaires étrangères, le prince Ahmed "
                         "ben Salem, à une télévision locale.")
    assert of(found, "son ministre des Affaires étrangères") == [LAVROV, of(found, "Ahmed ben Salem")[0]]
    assert local(found, "Ahmed ben Salem")


def test_a_role_with_a_civility_and_a_name_set_off_is_that_person(links):
    found = links(SENT + "Le Caire étudiera l’offre, a dit son ministre des Affaires étrangères, M. Karim Adel.")
    assert LAVROV not in of(found, "son ministre des Affaires étrangères")[1:]


def test_a_fronted_role_before_a_civility_and_a_subject_is_no_apposition(links):
    found = links("Vladimir Poutine a reçu jeudi Antonio Guterres à Kazan. Devant le président russe, M. Guterres a "
                  "plaidé pour une paix juste.")
    assert of(found, "le président russe") == [PUTIN]


def test_a_capital_after_a_quoted_infinitive_is_its_object(links):
    found = links("Le président ukrainien a salué la décision. La veille, il avait appelé les Vingt-Sept, dans une "
                  "lettre, à ne pas « lâcher » Kiev.")
    assert of(found, "Kiev") == [UKRAINE]


def test_a_capital_after_an_infinitive_of_going_stays_the_city(links):
    found = links("Le président ukrainien a exhorté les dirigeants européens à se rendre à Kiev.")
    assert of(found, "Kiev") == [KYIV]


def test_a_capital_after_a_quoted_verb_of_leaving_stays_the_city(links):
    found = links("L’ambassadeur a été rappelé. Il a promis de ne pas « quitter » Kiev avant la fin de la semaine.")
    assert of(found, "Kiev") == [KYIV]
