"""What is given is never also who receives it, on sentences written for these tests: when the receiver is a
country the knowledge base does not hold, the delivery keeps its sender and its goods and gets no receiver,
rather than the goods as receiver."""

from __future__ import annotations

import pytest

RUSSIA, CHINA, NORTH_KOREA = "Q159", "Q148", "Q423"


@pytest.mark.parametrize(("text", "sender"), [
    ("La Russie a livré des armes à la Syrie.", RUSSIA),
    ("Moscou a envoyé des avions de chasse à l'Iran.", RUSSIA),
    ("La Chine a livré des drones au Venezuela.", CHINA),
])
def test_goods_sent_to_a_country_outside_the_knowledge_base_are_not_its_receiver(view, text, sender):
    v = view(text)
    delivery = v.event("Delivery")
    roles = v.roles(delivery)
    themes = {x for r, x in roles if r == "theme"}
    assert ("agent", sender) in roles and themes
    assert not {x for r, x in roles if r == "recipient"} & themes


def test_a_known_receiver_is_still_the_receiver(view):
    v = view("La Russie a livré des armes à la Corée du Nord.")
    roles = v.roles(v.event("Delivery"))
    assert ("recipient", NORTH_KOREA) in roles and ("agent", RUSSIA) in roles
