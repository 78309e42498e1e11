"""A definite take-up of a thing told before (`le navire chinois`) never takes up one of another nationality (`un
bâtiment des garde-côtes philippins`): the demonyms on the two phrases must agree. Sentences of the lead's own."""

from __future__ import annotations

TEXT = ("Un navire chinois a percuté samedi un bâtiment des garde-côtes philippins près du banc. Le navire chinois a "
        "ensuite quitté la zone, et le bâtiment philippin a regagné Manille.")


def test_a_take_up_keeps_its_nationality(view):
    v = view(TEXT)
    assert v.entity_of("Le navire chinois") == v.entity_of("Un navire chinois")
    assert v.entity_of("le bâtiment philippin") == v.entity_of("un bâtiment des garde-côtes philippins")
    assert v.entity_of("Le navire chinois") != v.entity_of("le bâtiment philippin")


def test_a_demonym_on_the_owner_of_the_introduction_counts(view):
    v = view("Un navire des garde-côtes chinois a percuté samedi un bâtiment des garde-côtes philippins près du "
             "banc. Le navire chinois a ensuite quitté la zone.")
    assert v.entity_of("Le navire chinois") == v.entity_of("Un navire des garde-côtes chinois")


def test_a_take_up_without_a_demonym_still_takes_up_the_last(view):
    v = view("Un cargo grec a été arraisonné lundi en mer Rouge. Le navire a été conduit vers Hodeïda.")
    assert v.entity_of("Le navire") == v.entity_of("Un cargo grec")
