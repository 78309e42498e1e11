"""Agentless passives, and craft and fleets as doers (round 13, helper B).

Sentences written for these tests, on topics beyond the gold corpus (courts, disasters, trade, shipping, space,
policing, air defence), each checking the structure that comes out. The gold rules (`benchmarks/gold/README.md`):
a passive with no doer written gives a person who undergoes it the `recipient` role only (`a été arrêté`), and a
thing or a body that undergoes it the `participant` role (`doit être stationnée`, `pourrait être installée`); a
craft the article makes an entity (`l'appareil`, `des chasseurs japonais`, `les navires chinois`) is the `agent` of
what its crew does. And where nothing must fire: a participle that only describes a thing (`une carabine fabriquée
en Corée`), a text only brought to a vote, a state (`la situation est tendue`), a verb inside a name, a weapon (its
state acts), a doer no entity resolves.
"""

from __future__ import annotations


def local(entity: str) -> bool:
    return entity.startswith("local:")


# --- passives with no doer written --------------------------------------------------------------------------------

def test_a_person_arrested_with_no_one_said_to_arrest_is_its_recipient_only(view):
    v = view("Un ancien fonctionnaire du ministère des Finances a démissionné lundi. "
             "L'ancien fonctionnaire a été arrêté jeudi à son domicile de Lima.")
    official = v.named("L'ancien fonctionnaire")
    assert local(official) and official == v.named("Un ancien fonctionnaire du ministère des Finances")
    assert v.roles(v.event_on("Event", "arrêté")) == {("recipient", official)}


def test_a_body_stationed_with_no_one_said_to_station_it_takes_part(view):
    v = view("Une brigade de pompiers doit être stationnée près du barrage jusqu'à vendredi.")
    brigade = v.named("Une brigade de pompiers")
    event = v.event_on("Event", "stationnée")
    assert v.roles(event) == {("participant", brigade)}
    assert event["status"] == "planned"


def test_a_thing_that_undergoes_a_passive_with_no_doer_takes_part(view):
    v = view("Un pétrolier grec a été arraisonné au large du Yémen. Le navire a été remorqué jusqu'au port d'Aden.")
    tanker = v.named("Un pétrolier grec")
    assert v.named("Le navire") == tanker
    # (a blow or a seizure with no doer said is done to what it strikes: the recipient, as the gold's `visés`)
    assert v.roles(v.event_on("Event", "arraisonné")) == {("recipient", tanker)}
    assert v.roles(v.event_on("Event", "remorqué")) == {("participant", tanker)}


def test_a_planned_installation_of_a_thing_is_hypothetical_with_the_thing_as_participant(view):
    v = view("Un réacteur modulaire sera construit près de Gdansk. "
             "Le réacteur pourrait être installé dès le printemps, selon l'exploitant.")
    reactor = v.named("Le réacteur")
    event = v.event_on("Event", "installé")
    assert v.roles(event) == {("participant", reactor)}
    assert event["status"] == "hypothetical"


def test_a_passive_with_its_doer_written_keeps_the_doer(view):
    v = view("Un juge de la Cour suprême a été suspendu mardi par la Russie.")
    event = v.event_on("Event", "suspendu")
    assert ("agent", "Q159") in v.roles(event)


# --- craft and fleets as doers ------------------------------------------------------------------------------------

def test_a_craft_taken_up_by_a_noun_is_the_doer_of_what_it_does(view):
    v = view("Un hélicoptère de la police est tombé en panne au-dessus du stade. "
             "L'appareil a atterri sur la pelouse peu après.")
    helicopter = v.named("Un hélicoptère de la police")
    assert v.named("L'appareil") == helicopter
    assert v.roles(v.event_on("Event", "atterri")) == {("agent", helicopter)}


def test_a_fleet_of_aircraft_is_one_local_thing_that_acts(view):
    v = view("Trois bombardiers russes ont survolé la mer Baltique mardi.")
    bombers = v.named("Trois bombardiers russes")
    assert local(bombers) and v.entity(bombers)["type"] == "object"
    assert v.roles(v.event_on("Event", "survolé")) == {("agent", bombers)}


def test_a_purpose_infinitive_does_not_hide_the_act_before_it(view):
    v = view("Des avions de chasse turcs ont décollé pour escorter le cargo.")
    jets = v.named("Des avions de chasse turcs")
    assert v.roles(v.event_on("Event", "décollé")) == {("agent", jets)}


def test_a_sinking_craft_undergoes_it(view):
    v = view("Un ferry philippin a heurté un récif. Le bateau a ensuite sombré au large de Cebu.")
    ferry = v.named("Un ferry philippin")
    assert v.roles(v.event_on("Event", "sombré")) == {("participant", ferry)}


# --- what must not fire -------------------------------------------------------------------------------------------

def test_a_participle_that_describes_a_thing_is_no_event(view):
    v = view("Le président a reçu un vase fabriqué en Chine.")
    assert not v.events_on("fabriqué")


def test_a_text_brought_to_a_vote_is_not_itself_acted_upon(view):
    v = view("L'opposition a déposé une motion qui doit être soumise au vote samedi.")
    assert not v.events_on("soumise")


def test_a_state_after_a_copula_is_no_event(view):
    v = view("La situation reste tendue à la frontière entre les deux pays.")
    assert not v.events_on("tendue")


def test_a_weapon_is_not_made_the_doer_its_state_is(view):
    v = view("Des drones russes ont frappé Kharkiv dans la nuit.")
    strike = v.event_on("Event", "frappé")
    assert ("agent", "Q159") in v.roles(strike)
    assert ("agent", v.named("Des drones russes")) not in v.roles(strike)  # it takes part (session 20), no doer


def test_a_doer_no_entity_resolves_leaves_the_verb_out(view):
    v = view("Ils ont décollé à l'aube.")
    assert not v.events_on("décollé")


def test_a_participle_inside_a_name_is_no_event(view):
    v = view("Les Nations unies ont été saisies du dossier.")
    assert not v.events_on("unies")


# --- the one acted upon, told before the verb ---------------------------------------------------------------------

def test_a_relative_que_object_is_the_one_acted_upon(view):
    v = view("La cour a entendu Maria Lopez, que la Bolivie a extradée en mai.")
    lopez = v.named("Maria Lopez")
    assert ("recipient", lopez) in v.roles(v.event_on("Event", "extradée"))


def test_a_completive_que_is_no_relative(view):
    v = view("Le ministre a affirmé que la police avait arrêté dimanche trois suspects.")
    arrest = v.event_on("Event", "arrêté")
    assert not any(role == "recipient" and entity == v.entity_of("Le ministre") for role, entity in v.roles(arrest))
