"""Groups and unnamed parties that Wikidata does not hold (round 15, helper C).

These are sentences written for these tests, on topics outside the gold corpus: trade talks, fisheries, sport,
health and water. Each test checks the structure that must come out.

A plural noun followed by singular adjectives of nationality joined by `et` (`Des délégations chilienne et
péruvienne`) gives one local entity per adjective. Those are the parties of the events whose subject is the
phrase. The plural phrase as a whole is no mention and no third entity. A later singular phrase (`la délégation
péruvienne`) is one of the two. A plural phrase that only takes them up (`Les délégations`, `elles`) is never one
of the parts. Plural adjectives (`des entreprises russes et nord-coréennes`) make one mixed set. Heads of state
known by their office (`les présidents chilien et péruvien`) are left to the reference steps. Nothing here gets a
Wikidata link.
"""

from __future__ import annotations

from newsld.extract.described_groups import distributed_adjectives, distributed_groups
from newsld.extract.nlp import parse


def local(entity: str) -> bool:
    return entity.startswith("local:")


def shared_out(text: str) -> list[tuple[str, str, str]]:
    """(words, label, type) of each thing a plural phrase shares out."""
    return [(text[start:end], label, type_) for start, end, label, type_ in distributed_groups(parse(text))]


# --- reading the construction --------------------------------------------------------------------------------

def test_singular_adjectives_share_out_a_plural_body():
    text = "Des délégations chilienne et péruvienne ont négocié mardi à Lima un accord sur la pêche."
    assert shared_out(text) == [("Des délégations chilienne", "délégation chilienne", "group"),
                                ("péruvienne", "délégation péruvienne", "group")]


def test_three_adjectives_with_commas_give_three_bodies():
    text = "Les marines japonaise, indienne et australienne ont mené lundi un exercice commun."
    assert [label for _, label, _ in shared_out(text)] == ["marine japonaise", "marine indienne",
                                                           "marine australienne"]
    assert {type_ for _, _, type_ in shared_out(text)} == {"organization"}


def test_the_complement_after_the_adjectives_belongs_to_each_label():
    text = "Les ministres canadien et mexicain du Commerce se sont rencontrés jeudi à Ottawa."
    assert shared_out(text) == [("Les ministres canadien", "ministre canadien du Commerce", "person"),
                                ("mexicain", "ministre mexicain du Commerce", "person")]


def test_plural_adjectives_make_one_mixed_set_not_a_share_out():
    doc = parse("Des entreprises brésiliennes et argentines ont signé un contrat de fourniture d'eau.")
    assert all(distributed_adjectives(t) == [] for t in doc)


def test_one_adjective_alone_shares_nothing_out():
    assert shared_out("Les autorités sanitaires chiliennes ont fermé deux hôpitaux.") == []


def test_heads_of_state_are_left_to_the_office_steps():
    assert shared_out("Les présidents chilien et péruvien ont inauguré un pont sur la frontière.") == []


# --- the whole extraction: entities and the parties of events ------------------------------------------------

def test_the_meeting_of_two_delegations_has_both_as_parties(view):
    v = view("Des délégations chilienne et péruvienne se sont rencontrées mardi à Lima pour négocier les quotas "
             "de pêche.")
    chile, peru = v.named("Des délégations chilienne"), v.named("péruvienne")
    assert local(chile) and local(peru) and chile != peru
    assert v.entity(chile)["label"] == "délégation chilienne"
    assert v.roles(v.event_on("Meeting", "rencontrées")) == {("participant", chile), ("participant", peru)}


def test_a_later_singular_phrase_is_one_of_the_two(view):
    v = view("Des délégations chilienne et péruvienne se sont rencontrées mardi à Lima. Selon la délégation "
             "péruvienne, un accord sur les quotas de pêche est proche.")
    assert v.named("la délégation péruvienne") == v.named("péruvienne")
    assert v.named("la délégation péruvienne") != v.named("Des délégations chilienne")


def test_a_plural_take_up_is_never_one_of_the_parts(view):
    v = view("Des délégations chilienne et péruvienne se sont rencontrées mardi à Lima. Les délégations ont "
             "conclu un accord sur la pêche. Elles se reverront en juin à Santiago.")
    parts = {v.named("Des délégations chilienne"), v.named("péruvienne")}
    assert v.entity_of("Les délégations") not in parts
    assert v.entity_of("Elles") not in parts
    for event in v.data["events"]:  # whatever else is read, no event gives one delegation the others' acts
        if event["trigger"]["text"] in ("ont conclu", "se reverront"):  # both at once (round 16) or neither
            assert {e for _, e in v.roles(event)} & parts in (set(), parts)


def test_two_national_armies_act_together(view):
    v = view("Les armées thaïlandaise et cambodgienne ont lancé lundi des patrouilles communes le long de la "
             "frontière.")
    thai, cambodian = v.named("Les armées thaïlandaise"), v.named("cambodgienne")
    assert local(thai) and local(cambodian) and thai != cambodian
    assert v.entity_of("Les armées thaïlandaise et cambodgienne") is None  # not a third entity


def test_two_ministers_named_by_one_plural_are_two_local_people(view):
    v = view("Les ministres canadien et mexicain du Commerce ont signé jeudi à Ottawa un accord sur l'acier.")
    canada, mexico = v.named("Les ministres canadien"), v.named("mexicain")
    assert v.entity(canada)["type"] == v.entity(mexico)["type"] == "person"
    assert v.entity(mexico)["label"] == "ministre mexicain du Commerce"
    signed = v.event_on("Agreement", "signé")
    assert {e for _, e in v.roles(signed)} >= {canada, mexico}


def test_a_mixed_set_stays_one_group(view):
    v = view("Des entreprises brésiliennes et argentines ont signé lundi un contrat de fourniture d'eau.")
    assert v.entity_of("brésiliennes") is None and v.entity_of("argentines") is None


def test_delegates_of_one_nationality_are_that_delegation(view):
    v = view("Des délégations chilienne et péruvienne se sont rencontrées mardi à Lima. Selon une source proche "
             "du dossier, les négociateurs péruviens ont exigé une hausse des quotas.")
    assert v.named("les négociateurs péruviens") == v.named("péruvienne")


def test_delegates_without_a_shared_out_delegation_stay_a_group_of_their_own(view):
    v = view("La délégation péruvienne est arrivée mardi à Lima. Les négociateurs chiliens ont exigé une hausse "
             "des quotas.")
    assert v.entity_of("Les négociateurs chiliens") != v.entity_of("La délégation péruvienne")


# --- a named person introduced by an office noun, taken up by the noun of its class ----------------------------

def test_the_diplomat_takes_up_an_ambassador_named_after_his_title(view):
    v = view("Le Chili a convoqué lundi l'ambassadeur de Bolivie à Santiago, Mateo Quispe, pour protester. "
             "Le diplomate a quitté le ministère sans faire de déclaration.")
    quispe = v.named("Mateo Quispe")
    assert local(quispe) and v.named("Le diplomate") == quispe
    assert v.roles(v.event_on("Event", "quitté")) == {("agent", quispe)}


def test_the_diplomat_takes_up_an_ambassador_named_before_his_title(view):
    v = view("Mateo Quispe, l'ambassadeur de Bolivie au Chili, a rencontré mardi des responsables de l'eau. "
             "Le diplomate a ensuite visité un barrage.")
    assert v.named("Le diplomate") == v.named("Mateo Quispe")


def test_a_qualified_diplomat_is_not_the_named_ambassador(view):
    v = view("Un diplomate européen a critiqué la décision. L'ambassadeur de Bolivie, Mateo Quispe, a rencontré "
             "le ministre. Le diplomate européen a ensuite quitté la salle.")
    assert v.named("Le diplomate européen") == v.named("Un diplomate européen")
    assert v.named("Le diplomate européen") != v.named("Mateo Quispe")


# --- members named once with whose they are, then by their noun -------------------------------------------------

def test_members_of_a_party_are_one_group_with_the_party_inside(view):
    v = view("Les élus du Parti vert doivent se réunir jeudi pour désigner un nouveau porte-parole.")
    members = v.named("Les élus du Parti vert")
    assert local(members) and v.entity(members)["type"] == "group"
    assert v.roles(v.event_on("Meeting", "réunir")) == {("participant", members)}


def test_the_elected_take_up_the_deputies_of_a_party(view):
    v = view("Les députés du Parti vert ont rejeté mardi la loi sur l'eau. Les élus ont ensuite quitté "
             "l'hémicycle.")
    assert v.named("Les élus") == v.named("Les députés du Parti vert")


def test_two_groups_of_members_leave_a_bare_take_up_undecided(view):
    v = view("Les députés du Parti vert ont rejeté mardi la loi sur l'eau. Les sénateurs du Parti libéral l'ont "
             "adoptée. Les parlementaires se prononceront à nouveau en mai.")
    greens, liberals = v.named("Les députés du Parti vert"), v.named("Les sénateurs du Parti libéral")
    assert greens != liberals
    assert v.entity_of("Les parlementaires") not in (greens, liberals)
