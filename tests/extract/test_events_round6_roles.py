"""Participants of events found on their trigger (event_roles.py, round 6), on sentences of our own: whom a measure
is imposed on (`imposer des sanctions à X et à Y`), whom a promised transfer goes to (`lui a promis des
livraisons`), parties joined by `et` to a party a complement names (`les sanctions contre Minsk et Moscou`), a
name after `et` that opens the next clause (`et la Russie a protesté`: no party), and receiving a guest named
after the place (`a reçu à l'Élysée X`) as against receiving a thing from a state (`a reçu de Pékin une lettre`).
Each test checks the full role set of the event, or that a role is NOT given."""

from __future__ import annotations

RUSSIA, BELARUS, UKRAINE, JAPAN, NORTH_KOREA = "Q159", "Q184", "Q212", "Q17", "Q423"


def _parties(v, event: dict) -> set[tuple[str, str]]:
    return {(r, e) for r, e in v.roles(event) if r != "theme"}


# --- `imposer une mesure à X`: the parse hangs `à X` on the measure -------------------------------------------

def test_sanctions_imposed_on_two_states_go_to_both(view):
    v = view("Washington a imposé des sanctions à la Russie et à la Biélorussie.")
    washington = v.named("Washington")
    assert v.roles(v.event_on("Sanction", "imposé")) == {("agent", washington), ("recipient", RUSSIA),
                                                       ("recipient", BELARUS)}


def test_sanctions_imposed_with_a_day_between_go_to_the_dative(view):
    v = view("Le Japon a imposé jeudi de nouvelles sanctions à la Corée du Nord.")
    assert v.roles(v.event_on("Sanction", "imposé")) == {("agent", JAPAN), ("recipient", NORTH_KOREA)}


def test_sanctions_imposed_on_no_one_named_have_no_recipient(view):
    v = view("Le Japon a imposé des sanctions sévères.")
    assert v.roles(v.event_on("Sanction", "imposé")) == {("agent", JAPAN)}


def test_an_embargo_imposed_on_a_state(view):
    v = view("L'Union européenne impose un embargo à la Russie.")
    union = v.named("Union européenne")
    assert v.roles(v.event_on("Sanction", "impose")) == {("agent", union), ("recipient", RUSSIA)}


def test_the_state_of_the_next_clause_is_not_sanctioned(view):
    v = view("Le Japon a imposé des sanctions à la Corée du Nord et la Russie a dénoncé une provocation.")
    assert v.roles(v.event_on("Sanction", "imposé")) == {("agent", JAPAN), ("recipient", NORTH_KOREA)}


# --- a promised transfer goes to the dative of the promise -------------------------------------------------------

def test_deliveries_promised_to_a_dative_clitic_go_to_the_one_it_stands_for(view):
    v = view("Emmanuel Macron a reçu Olaf Scholz. Il lui a promis de nouvelles livraisons de chars.")
    macron, scholz = v.named("Emmanuel Macron"), v.named("Olaf Scholz")
    assert _parties(v, v.event_on("Delivery", "livraisons")) == {("agent", macron), ("recipient", scholz)}


def test_aid_promised_to_a_state_named_after_the_noun(view):
    v = view("Le Japon a promis une aide militaire à l'Ukraine.")
    assert _parties(v, v.event_on("Delivery", "aide")) == {("agent", JAPAN), ("recipient", UKRAINE)}


def test_aid_promised_to_a_state_named_before_the_noun(view):
    v = view("Le Japon a promis à l'Ukraine une aide militaire.")
    assert _parties(v, v.event_on("Delivery", "aide")) == {("agent", JAPAN), ("recipient", UKRAINE)}


def test_aid_promised_to_no_one_named_has_no_recipient(view):
    v = view("Le Japon a promis une aide militaire.")
    assert _parties(v, v.event_on("Delivery", "aide")) == {("agent", JAPAN)}


# --- parties joined by `et` ------------------------------------------------------------------------------------

def test_sanctions_against_two_capitals_hit_both(view):
    v = view("Les sanctions contre Minsk et Moscou ont échoué.")
    minsk, moscow = v.named("Minsk"), v.named("Moscou")
    assert v.roles(v.event_on("Sanction", "sanctions")) == {("recipient", minsk), ("recipient", moscow)}


def test_sanctions_against_two_capitals_in_a_reported_clause(view):
    v = view("Le ministre a estimé que les sanctions occidentales contre Minsk et Moscou avaient échoué.")
    minsk, moscow = v.named("Minsk"), v.named("Moscou")
    assert {("recipient", minsk), ("recipient", moscow)} <= v.roles(v.event_on("Sanction", "sanctions"))


def test_a_capital_that_answers_in_the_next_clause_is_not_sanctioned(view):
    v = view("Washington a annoncé des sanctions contre la Biélorussie et Moscou a aussitôt riposté.")
    washington = v.named("Washington")
    assert v.roles(v.event_on("Sanction", "sanctions")) == {("agent", washington), ("recipient", BELARUS)}


def test_a_state_that_protests_in_the_next_clause_receives_nothing(view):
    v = view("Le Japon a livré des drones à l'Ukraine et la Russie a protesté.")
    assert _parties(v, v.event_on("Delivery", "livré")) == {("agent", JAPAN), ("recipient", UKRAINE)}


def test_a_state_that_protests_in_the_next_clause_took_no_part_in_the_meeting(view):
    v = view("Emmanuel Macron a rencontré Olaf Scholz et la Russie a protesté.")
    macron, scholz = v.named("Emmanuel Macron"), v.named("Olaf Scholz")
    assert v.roles(v.event_on("Meeting", "rencontré")) == {("participant", macron), ("participant", scholz)}


def test_an_agreement_between_two_states_that_is_the_subject_keeps_both(view):
    # `a été signé` follows the second name, but its subject is the agreement: no new clause
    v = view("L'accord entre l'Ukraine et la Russie a été signé.")
    assert v.roles(v.event_on("Agreement", "accord")) == {("participant", UKRAINE), ("participant", RUSSIA)}


def test_names_joined_under_another_verb_stay_that_verbs(view):
    v = view("Les deux ministres ont discuté du traité signé en juin par Kim Jong-un et Vladimir Poutine.")
    kim, putin = v.named("Kim Jong-un"), v.named("Vladimir Poutine")
    assert v.roles(v.event_on("Agreement", "signé")) == {("participant", kim), ("participant", putin)}


# --- receiving a guest or a thing --------------------------------------------------------------------------------

def test_a_guest_named_after_the_place_is_received_at_a_meeting(view):
    v = view("Emmanuel Macron a reçu à l'Élysée Olaf Scholz.")
    macron, scholz = v.named("Emmanuel Macron"), v.named("Olaf Scholz")
    assert v.roles(v.event_on("Meeting", "reçu")) == {("agent", macron), ("participant", scholz)}
    assert not v.events("Gift")


def test_two_guests_named_after_a_day_and_a_place(view):
    v = view("La Chine a reçu mardi à Pékin Vladimir Poutine et Alexandre Loukachenko.")
    china, putin, lukashenko = v.named("Chine"), v.named("Vladimir Poutine"), v.named("Alexandre Loukachenko")
    assert v.roles(v.event_on("Meeting", "reçu")) == {("agent", china), ("participant", putin),
                                                   ("participant", lukashenko)}


def test_a_letter_received_from_a_capital_is_no_meeting(view):
    v = view("La Russie a reçu de Pékin une lettre.")
    assert not v.events("Meeting")
    gift = v.event_on("Delivery", "reçu")  # (a text received is delivered; a letter of protest is a speech act)
    assert ("recipient", RUSSIA) in v.roles(gift)
    assert ("participant", v.named("Pékin")) not in v.roles(gift)


# --- who sends goods a decided delivery names, and which goods --------------------------------------------------

def test_a_state_announcing_deliveries_of_described_goods_sends_them(view):
    v = view("Le Japon a annoncé des livraisons de systèmes de défense antiaérienne à l'Ukraine.")
    delivery = v.event_on("Delivery", "livraisons")
    assert _parties(v, delivery) == {("agent", JAPAN), ("recipient", UKRAINE)}
    assert v.themes(delivery) == ["systèmes de défense antiaérienne"]


def test_a_state_that_wants_to_increase_deliveries_sends_them(view):
    v = view("La Biélorussie veut augmenter les livraisons de tracteurs à la Corée du Nord.")
    assert _parties(v, v.event_on("Delivery", "livraisons")) == {("agent", BELARUS), ("recipient", NORTH_KOREA)}


def test_bare_goods_of_an_announced_delivery_are_a_kind_not_a_theme(view):
    v = view("Le Japon a annoncé des livraisons d'armes à l'Ukraine.")
    delivery = v.event_on("Delivery", "livraisons")
    assert v.roles(delivery) == {("agent", JAPAN), ("recipient", UKRAINE)}


def test_goods_of_another_state_are_not_sent_by_the_one_announcing_them(view):
    v = view("L'Ukraine a annoncé des livraisons d'armes américaines.")
    assert ("agent", UKRAINE) not in v.roles(v.event_on("Delivery", "livraisons"))


def test_the_one_asking_for_deliveries_does_not_send_them(view):
    v = view("L'Ukraine réclame des livraisons d'armes au Japon.")
    assert all(("agent", UKRAINE) not in v.roles(e) for e in v.events("Delivery"))

