"""The party of an act told by a noun that the verb governing it gives (governing_verbs.py, event_nouns.py), on
sentences written for these tests:

- a response weighed or a threat made by a state is that state's act (`Séoul examine une riposte`, `Pékin a menacé
  de représailles`; `menace X de N`: X would undergo it); status hypothetical;
- the one charged by a participle set after the clause, or where the parse hangs the charge on a noun of the
  clause, is the doer of the act charged (`arrêté à Pékin, soupçonné d'espionnage`, `condamné X à quatre ans de
  prison pour espionnage`, `accuse le chercheur X de trahison`);
- a possessive on an act asked for or greeted is not the one who asks (`Washington réclame sa libération`): the
  person named before, freed by the state that holds them;
- meddling in one's affairs is done to the one whose affairs they are (`dans ses affaires intérieures`: the
  subject of the verb that governs the noun).

And constructions that must not change: reactions to another's response, a body or a spokesman weighing a
response (the state is its doer, which the clause does not name), one's own act with a possessive.
"""

from __future__ import annotations


def _roles(view, text: str, word: str, type_: str = "Event") -> set[tuple[str, str]]:
    found = view(text)
    return {(role, found.entity(e)["label"]) for role, e in found.roles(found.event_on(type_, word))}


def test_a_state_weighing_a_response_does_it(view):
    found = view("Séoul examine une riposte après le tir de missile nord-coréen.")
    riposte = found.event_on("Event", "riposte")
    assert found.roles(riposte) == {("agent", found.named("Séoul"))}
    assert riposte["status"] == "hypothetical"


def test_a_state_that_threatens_reprisals_would_carry_them_out(view):
    found = view("Pékin a menacé de représailles si Manille poursuit ses patrouilles.")
    reprisals = found.event_on("Event", "représailles")
    assert found.roles(reprisals) == {("agent", found.named("Pékin"))}
    assert reprisals["status"] == "hypothetical"


def test_the_one_threatened_would_undergo_the_act(view):
    found = view("L'Iran a menacé Israël d'une riposte « écrasante ».")
    assert found.roles(found.event_on("Event", "riposte")) == {
        ("agent", found.named("Iran")), ("recipient", found.named("Israël"))}


def test_a_known_body_that_does_not_rule_out_a_response(view):
    found = view("Le Kremlin n'exclut pas une riposte militaire.")
    assert found.roles(found.event_on("Event", "riposte")) == {("agent", found.named("Kremlin"))}


def test_a_spokesman_or_a_body_of_a_state_gives_no_doer(view):
    found = view("La Maison Blanche a dit évaluer la décision chinoise, sans annoncer de riposte.")
    assert not found.events_on("riposte")


def test_reacting_to_reprisals_leaves_them_to_their_author(view):
    assert _roles(view, "Le président Emmanuel Macron a dénoncé les représailles russes.", "représailles") == {
        ("agent", "Russie")}
    assert _roles(view, "La Chine craint des représailles américaines.", "représailles") == {
        ("agent", "États-Unis")}


def test_a_participle_of_suspicion_after_the_clause_charges_its_subject(view):
    found = view("Un employé de l'ambassade, Ivan Petrov, a été arrêté à Pékin, soupçonné d'espionnage.")
    assert found.roles(found.event_on("Event", "espionnage")) == {("agent", found.named("Ivan Petrov"))}


def test_a_charge_hung_on_the_sentence_is_the_convicted_ones(view):
    found = view("Un tribunal de Vladivostok a condamné jeudi un ressortissant japonais, Taro Suzuki, à quatre ans de "
                 "prison pour espionnage.")
    assert found.roles(found.event_on("Event", "espionnage")) == {("agent", found.named("Taro Suzuki"))}


def test_a_charge_hung_on_a_time_is_the_held_ones(view):
    found = view("Le Canada a réclamé la libération du journaliste canadien Marc Tremblay, détenu en Iran depuis fin "
                 "mai pour espionnage présumé.")
    assert found.roles(found.event_on("Event", "espionnage")) == {("agent", found.named("Marc Tremblay"))}


def test_an_offence_hung_on_the_one_accused(view):
    found = view("La justice russe accuse le chercheur Ivan Petrov de haute trahison.")
    assert found.roles(found.event_on("Event", "trahison")) == {("agent", found.named("Ivan Petrov"))}


def test_a_verb_of_charging_with_a_non_offence_after_its_object_charges_nothing(view):
    found = view("Le Kremlin accuse le ministre Ivan Petrov de la Défense.")
    assert not found.data["events"]
    assert not view("La police a arrêté mardi le militant Ahmed Mansour pour ses écrits.").events_on("écrits")


def test_the_one_freed_is_not_the_one_who_asks(view):
    found = view("Le journaliste Evan Gershkovich est détenu en Russie depuis mars. Washington réclame sa libération.")
    assert found.roles(found.event_on("Event", "libération")) == {
        ("recipient", found.named("Evan Gershkovich")), ("agent", found.named("Russie"))}


def test_asking_with_a_time_before_the_possessive(view):
    found = view("Le journaliste Andreï Kozlov a été arrêté en Biélorussie. La Pologne et la Lituanie réclament depuis "
                 "des mois sa libération.")
    roles = found.roles(found.event_on("Event", "libération"))
    assert ("recipient", found.named("Andreï Kozlov")) in roles
    assert not {e for _, e in roles} & {found.named("Pologne"), found.named("Lituanie")}


def test_a_possessive_with_no_one_named_before_gives_no_one(view):
    assert not view("Tokyo exige sa libération immédiate.").events_on("libération")
    assert not view("La famille du journaliste a salué sa libération.").events_on("libération")


def test_ones_own_act_with_a_possessive_keeps_its_subject(view):
    found = view("Le président Joe Biden a annoncé sa visite à Kiev.")
    assert found.roles(found.event_on("Visit", "visite")) == {("agent", found.named("Joe Biden"))}


def test_meddling_in_ones_own_affairs(view):
    found = view("Minsk a dénoncé une ingérence de la Pologne dans ses affaires intérieures.")
    assert found.roles(found.event_on("Event", "ingérence")) == {
        ("agent", found.named("Pologne")), ("recipient", found.named("Minsk"))}


def test_meddling_in_the_affairs_of_another(view):
    found = view("La Russie a dénoncé une ingérence de l'Occident dans les affaires intérieures de la Géorgie.")
    assert ("recipient", found.named("Géorgie")) in found.roles(found.event_on("Event", "ingérence"))


def test_the_accuser_whose_affairs_are_meddled_in_still_suspects(view):
    found = view("Pékin accuse Washington d'ingérence dans ses affaires intérieures.")
    meddling = found.event_on("Event", "ingérence")
    assert found.roles(meddling) == {("agent", found.named("Washington")), ("recipient", found.named("Pékin"))}
    assert meddling["status"] == "suspected"


def test_two_sides_urged_to_calm_both_keep_it(view):
    found = view("Le secrétaire général de l'ONU a appelé l'Inde et le Pakistan au calme.")
    assert found.roles(found.event_on("Event", "calme")) == {
        ("participant", found.named("Inde")), ("participant", found.named("Pakistan"))}


def test_calm_and_prudence_not_urged_are_no_events(view):
    assert not view("Le ministre a fait preuve de prudence.").data["events"]
    assert not view("Le calme est revenu à Kiev après la frappe russe.").events_on("calme")
