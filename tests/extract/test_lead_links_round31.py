"""Links the lead wrote after the first blind measure of held-out set 20, on sentences written for these tests:
after that measure, the only lines read were its four wrong-QID lines and the sentences they are in.

- A source or an official `au Kremlin` works for the institution that sits there (the presidency), not in the
  building; journalists `au Kremlin` and a guest `reçu au Kremlin` are in the building.
- A capital after `à` that hangs on a noun of sending inside an `à` phrase (`s'est opposé à l'envoi d'armes à
  Kiev`) is who receives: the state.
- A capital the parser hangs on `quoi` (`faute de quoi Pékin prendrait`, `sans quoi Moscou poursuivra`) is the
  subject of the verb after it: the state.
- `y` after a reef or a shoal the article places things at (`autour du récif ... y bâtir`) is that feature, which
  the knowledge base does not hold, not the state named before; `se rendre au Japon ... Il y rencontrera` stays
  Japan.
"""

from __future__ import annotations

from .conftest import of

CHINA, RUSSIA, UKRAINE, JAPAN, KYIV = "Q148", "Q159", "Q212", "Q17", "Q1899"
KREMLIN, KREMLIN_BUILDING = "Q2060629", "Q133274"


def test_a_source_at_the_kremlin_is_the_presidency(links):
    found = links("Selon une source au Kremlin citée par l’agence TASS, le dirigeant déchu est arrivé dimanche.")
    assert of(found, "Kremlin") == [KREMLIN]


def test_an_official_at_the_kremlin_is_the_presidency_and_a_meeting_there_the_building(links):
    found = links("Un responsable au Kremlin a confirmé la rencontre, qui aura lieu jeudi au Kremlin.")
    assert of(found, "Kremlin") == [KREMLIN, KREMLIN_BUILDING]


def test_journalists_at_the_kremlin_are_in_the_building(links):
    found = links("Des journalistes au Kremlin ont assisté à la cérémonie.")
    assert of(found, "Kremlin") == [KREMLIN_BUILDING]


def test_a_capital_receiving_what_is_sent_inside_an_a_phrase_is_the_state(links):
    found = links("Le Premier ministre slovaque s’était opposé à l’envoi d’armes à Kiev.")
    assert of(found, "Kiev") == [UKRAINE]


def test_a_capital_after_faute_de_quoi_is_the_subject(links):
    found = links("Il a exhorté Tokyo à « cesser ses provocations », faute de quoi Pékin prendrait des mesures.")
    assert of(found, "Pékin") == [CHINA]
    found = links("Kiev doit céder, sans quoi Moscou poursuivra son offensive.")
    assert of(found, "Moscou") == [RUSSIA]


def test_y_after_a_reef_is_not_the_state_named_before(links):
    found = links("La Chine a déployé des navires autour du récif, selon l’armée philippine, qui la soupçonne de "
                  "vouloir y bâtir une piste.")
    assert of(found, "y") == []


def test_y_after_a_country_one_goes_to_is_the_country(links):
    found = links("Le président doit se rendre au Japon la semaine prochaine. Il y rencontrera le Premier ministre.")
    assert of(found, "y") == [JAPAN]
