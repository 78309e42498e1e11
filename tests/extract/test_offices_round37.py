"""Ministers the knowledge base does not hold, taken up by another title of the same office (session 23); on
sentences of the lead's own."""

from __future__ import annotations

from newsld.extract.offices import office_kind


def test_a_secretary_of_state_with_a_demonym_is_a_foreign_minister():
    assert office_kind(["le secrétaire d’État américain"]) == "foreign minister"
    assert office_kind(["secrétaire d’État"]) == "foreign minister"
    assert office_kind(["le secrétaire d’État à la Défense"]) == "defence minister"


def test_the_head_of_diplomacy_is_the_secretary_of_state_named_before(view):
    v = view("Le secrétaire d’État américain, Marco Rubio, a rencontré dimanche le président panaméen. Arrivé samedi "
             "soir, le chef de la diplomatie américaine a visité le canal.")
    assert v.entity_of("le chef de la diplomatie américaine") == v.named("Marco Rubio")


def test_the_minister_of_a_country_is_its_one_minister_named_before(view):
    v = view("Le chef de la diplomatie chinoise, Wang Yi, est arrivé mardi à Canberra. Le ministre chinois a rencontré "
             "mercredi Penny Wong.")
    assert v.entity_of("Le ministre chinois") == v.named("Wang Yi")
    meeting = v.event_on("Meeting", "rencontré")
    assert {e for _, e in v.roles(meeting)} == {v.named("Wang Yi"), v.named("Penny Wong")}


def test_two_ministers_of_that_country_leave_the_minister_unknown(view):
    v = view("Le chef de la diplomatie chinoise, Wang Yi, et le ministre chinois du Commerce, Wang Wentao, sont à "
             "Paris. Le ministre chinois a rencontré Emmanuel Macron.")
    assert v.entity_of("Le ministre chinois") is None
