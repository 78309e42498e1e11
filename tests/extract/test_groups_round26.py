"""Armed and political groups that no knowledge base holds, one local entity each (round 26, writer `groups`).

Sentences written for these tests, on wars, coups, protests and disasters outside the gold corpus. A movement's
names (`les Houthis`, lower-case `les talibans`), its member noun with its adjective or name (`les rebelles
houthis`, `les rebelles du M23`) and the bare noun that takes it up (`les rebelles`) are one local organisation,
never its country; some of its members (`des miliciens du Hezbollah`, `trois rebelles houthis`) are a group of
their own. Unnamed groups are one entity across a take-up of their own words and an apposition, and stay apart
when nothing says they are the same.
"""

from __future__ import annotations

from .conftest import of


def local(entity: str) -> bool:
    return entity.startswith("local:")


def agents(v, event) -> set[str]:
    return {e for r, e in v.roles(event) if r == "agent"}


# --- movements: one organisation across names, member nouns and take-ups ------------------------------------------

def test_member_noun_name_and_take_up_are_one_movement(view):
    v = view("Les rebelles houthis ont attaqué mardi un pétrolier en mer Rouge. Les Houthis ont ensuite revendiqué "
             "l'opération. Les rebelles ont promis de nouvelles attaques.")
    houthis = v.named("Les rebelles houthis")
    assert local(houthis) and v.named("Houthis") == houthis and v.named("Les rebelles") == houthis
    assert v.entity(houthis)["type"] == "organization" and v.entity(houthis)["label"] == "Houthis"
    assert agents(v, v.event_on("Event", "attaqué")) == {houthis}


def test_the_movement_is_not_its_country(view):
    v = view("Les rebelles houthis ont tiré jeudi depuis le Yémen un missile contre un navire grec.")
    houthis, yemen = v.named("Les rebelles houthis"), v.named("Yémen")
    assert houthis != yemen and v.entity(yemen)["type"] == "country"
    assert agents(v, v.event_on("Event", "tiré")) == {houthis}


def test_a_state_glued_to_the_movement_name_is_cut_off(view):
    v = view("Washington a frappé vendredi des positions des Houthis au Yémen.")
    assert v.entity(v.named("Houthis"))["type"] == "organization"
    assert v.entity(v.named("Yémen"))["type"] == "country"
    assert v.entity_of("Houthis au Yémen") is None


def test_the_movement_as_passive_agent_is_an_organisation_not_a_place(view):
    v = view("Un vraquier a été attaqué lundi par les Houthis au large de Hodeïda.")
    houthis = v.named("Houthis")
    assert v.entity(houthis)["type"] == "organization"
    assert houthis in agents(v, v.event_on("Event", "attaqué"))


def test_lower_case_movement_name_is_a_mention(view):
    v = view("Les talibans ont interdit lundi aux femmes l'accès aux parcs de Kaboul.")
    talibans = v.named("talibans")
    assert local(talibans) and v.entity(talibans)["type"] == "organization"
    assert any(talibans in agents(v, e) for e in v.data["events"])


def test_member_noun_with_the_movement_name_leaves_the_name_as_mention(view):
    v = view("Les rebelles du M23 ont pris jeudi le contrôle de la ville. Les rebelles ont ensuite appelé les "
             "soldats à se rendre.")
    m23 = v.named("M23")
    assert v.entity(m23)["type"] == "organization"
    rebels = [m for m in v.data["mentions"] if m["text"] == "Les rebelles"]
    assert len(rebels) == 1 and rebels[0]["start"] > 0  # the first phrase: only its name is a mention
    assert rebels[0]["entity"] == m23
    assert agents(v, v.event_on("Event", "pris")) == {m23}


def test_a_movement_name_cut_short_by_the_recogniser_is_whole(view):
    v = view("Les paramilitaires des Forces de soutien rapide ont pris mardi le contrôle d'El-Facher. Les "
             "paramilitaires ont démenti toute exaction.")
    rsf = v.named("Forces de soutien rapide")
    assert v.entity_of("Forces de soutien") is None and v.entity(rsf)["type"] == "organization"
    assert v.named("Les paramilitaires") == rsf


def test_a_longer_name_holding_a_movement_is_one_mention(view):
    v = view("Al-Qaïda au Maghreb islamique a revendiqué l'enlèvement de deux humanitaires au Niger.")
    assert local(v.named("Al-Qaïda au Maghreb islamique"))
    assert v.entity_of("Al-Qaïda") is None and v.entity_of("Maghreb") is None


def test_the_kind_of_movement_with_its_origin_takes_it_up(view):
    v = view("Le Hamas a accepté dimanche une trêve. Le mouvement islamiste palestinien a libéré dix otages.")
    hamas = v.named("Hamas")
    assert v.named("Le mouvement islamiste palestinien") == hamas
    assert agents(v, v.event_on("Event", "libéré")) == {hamas}


def test_a_plural_pronoun_takes_up_a_plural_movement_name(view):
    v = view("Les Houthis ont revendiqué mercredi une attaque de drones. Ils ont affirmé viser un navire "
             "commercial.")
    assert v.named("Ils") == v.named("Houthis")


# --- some of a movement's members: a group of their own --------------------------------------------------------

def test_indefinite_members_of_a_movement_are_a_group(view):
    v = view("Des miliciens du Hezbollah ont été tués dimanche dans une frappe près de Tyr.")
    members, hezbollah = v.named("Des miliciens du Hezbollah"), v.named("Hezbollah")
    assert members != hezbollah and v.entity(members)["type"] == "group"
    killed = v.event_on("Event", "tués")
    assert ("recipient", members) in v.roles(killed) and ("recipient", hezbollah) not in v.roles(killed)


def test_counted_members_are_not_the_movement(view):
    v = view("Trois rebelles houthis ont été tués lors d'un bombardement.")
    assert v.entity(v.named("Trois rebelles houthis"))["label"] != "Houthis"


def test_a_lower_case_adjective_after_another_noun_is_no_name(view):
    v = view("Des drones houthis ont visé un port saoudien.")
    assert v.entity_of("houthis") is None


# --- unnamed groups: one entity where the text says so -----------------------------------------------------------

def test_an_apposed_group_is_the_same_group(view):
    v = view("Les mutins, des soldats de la garde nationale, ont annoncé mercredi soir la dissolution du parlement.")
    assert v.named("Les mutins") == v.named("soldats de la garde nationale")


def test_a_take_up_by_a_word_of_the_first_phrase(view):
    v = view("Les militaires putschistes ont fermé jeudi les frontières. Les putschistes ont aussi instauré un "
             "couvre-feu.")
    assert v.named("Les putschistes") == v.named("Les militaires putschistes")


def test_a_group_that_only_follows_another_stays_apart(view):
    v = view("Des soldats ont encerclé la résidence du président. Les putschistes ont ensuite annoncé sa "
             "destitution.")
    assert v.named("Les putschistes") != v.named("Des soldats")


def test_the_opposition_with_its_colour(view):
    v = view("Le budget a été rejeté au Parlement par l'opposition conservatrice.")
    opposition = v.named("l'opposition conservatrice")
    assert local(opposition) and v.entity(opposition)["type"] == "group"


def test_peacekeepers_are_a_group_not_their_organisation(view):
    v = view("Des Casques bleus de l'ONU ont été blessés samedi près de Goma.")
    peacekeepers = v.named("Des Casques bleus de l'ONU")
    assert v.entity(peacekeepers)["type"] == "group"
    assert ("recipient", peacekeepers) in v.roles(v.event_on("Event", "blessés"))


def test_peacekeepers_of_a_state_are_not_the_state(view):
    v = view("Les forces de maintien de la paix russes ont commencé lundi à quitter la région.")
    force = v.named("Les forces de maintien de la paix russes")
    assert v.entity(force)["type"] == "group"
    assert all(e == force for ev in v.data["events"] for e in agents(v, ev))


def test_a_team_sent_with_its_home_region(view):
    v = view("Ankara a dépêché 120 sauveteurs du Hatay à Antakya.")
    rescuers = v.named("120 sauveteurs du Hatay")
    assert v.entity(rescuers)["type"] == "group" and v.entity_of("Hatay") is not None
    assert ("theme", rescuers) in v.roles(v.event_on("Delivery", "dépêché"))


def test_separatists_of_a_region_keep_its_words(view):
    v = view("Les séparatistes de l'est de la province ont proclamé lundi l'indépendance.")
    assert local(v.named("Les séparatistes de l'est de la province"))


def test_nested_counts_open_the_crowd(view):
    v = view("Des dizaines de milliers de manifestants ont défilé dimanche à Belgrade.")
    crowd = v.named("Des dizaines de milliers de manifestants")
    assert agents(v, v.event_on("Event", "défilé")) == {crowd}


def test_a_capital_given_its_title_is_the_city(view):
    v = view("Les insurgés contrôlent la capitale Sanaa depuis 2014.")
    assert v.entity(v.named("Sanaa"))["type"] == "place"


def test_an_indefinite_plural_after_a_movement_is_some_of_its_members(links):
    # (found by the round-26 reviewer: `Des rebelles` was read as the movement itself)
    found = links("Les rebelles houthis ont attaqué un navire. Des rebelles ont ensuite été arrêtés à Aden.")
    assert of(found, "Des rebelles") != of(found, "Les rebelles houthis")
