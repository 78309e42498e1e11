"""Bodies of states and organisations the knowledge base does not hold, their short names and their heads named by
title (round 28, writer `bodies`).

Sentences written for these tests, on coups, sea incidents and regional blocs. A command and the army it commands
are two local organisations (`Le commandement de l'armée malienne`, `l'armée malienne` inside it), and `le
commandement militaire` takes the command up; `cette unité d'élite` takes up the guard named before; a title set
before a rank and a name (`le chef d'état-major, le général X,`) is X; `le chef de l'armée nigériane` alone is one
local person, the same when said again; `les Gardiens`, `l'organisation panafricaine`, `le bloc ouest-africain`
take up the organisation named before; `se rallier à` joins a side or accepts a view.
"""

from __future__ import annotations


def local(entity: str) -> bool:
    return entity.startswith("local:")


def roles_of(v, event, role: str) -> set[str]:
    return {e for r, e in v.roles(event) if r == role}


def entities_of(v, words: str) -> set[str]:
    return {m["entity"] for m in v.data["mentions"] if m["text"] == words}


# --- a command and the army it commands -----------------------------------------------------------------------------

def test_command_and_its_army_are_two_bodies(view):
    v = view("Le commandement de l’armée malienne a décrété mardi un couvre-feu à Bamako.")
    command, army = v.named("Le commandement de l’armée malienne"), v.named("l’armée malienne")
    assert local(command) and local(army) and command != army
    assert v.entity(command)["type"] == "organization"


def test_military_command_takes_up_the_army_command(view):
    v = view("Le commandement de l’armée burkinabè a annoncé un couvre-feu. Le commandement militaire a précisé "
             "que les frontières resteraient fermées.")
    assert v.named("Le commandement militaire") == v.named("Le commandement de l’armée burkinabè")


def test_military_command_alone_is_a_body_of_its_own(view):
    v = view("Le commandement militaire a rejeté toute médiation étrangère.")
    assert local(v.named("Le commandement militaire"))


def test_command_rallies_to_the_soldiers_who_hold_the_president(view):
    v = view("Le commandement de l’armée gabonaise s’est rallié jeudi aux officiers qui retiennent depuis la veille "
             "le président Ali Bongo.")
    rally = v.event_on("Event", "rallié")
    command = v.named("Le commandement de l’armée gabonaise")
    officers = v.named("officiers")
    assert roles_of(v, rally, "agent") == {command} and roles_of(v, rally, "participant") == {officers}
    assert roles_of(v, v.event_on("Event", "retiennent"), "agent") == {officers}


def test_things_of_a_navy_are_not_the_navy(view):
    v = view("Trois frégates de la marine russe ont quitté le port de Tartous.")
    assert v.entity_of("la marine russe") is None


# --- a guard and its take-up ----------------------------------------------------------------------------------------

def test_elite_unit_takes_up_the_guard_inside_the_soldiers_phrase(view):
    v = view("La garde présidentielle a retenu le président dans sa résidence. Des soldats de cette unité d’élite "
             "ont lu une déclaration à la télévision.")
    guard = v.named("La garde présidentielle")
    assert local(guard) and v.named("cette unité d’élite") == guard
    assert v.named("Des soldats de cette unité d’élite") != guard


def test_body_acting_inside_a_quote_is_a_mention(view):
    v = view("« La gendarmerie nationale a décidé de rejoindre la déclaration de la garde républicaine », indique "
             "un communiqué.")
    assert local(v.named("La gendarmerie nationale")) and local(v.named("la garde républicaine"))


def test_what_a_body_has_inside_a_quote_is_no_mention(view):
    v = view("« Ce que l’aviation russe a de meilleur est déployé ici », a affirmé le pilote.")
    assert v.entity_of("l’aviation russe") is None


def test_another_states_government_is_not_taken_up(view):
    v = view("Le gouvernement japonais a protesté. Le gouvernement sud-coréen s’est, lui, gardé de critiquer son "
             "voisin.")
    assert v.named("Le gouvernement sud-coréen") != v.named("Le gouvernement japonais")


# --- heads named by title ------------------------------------------------------------------------------------------

def test_title_before_a_rank_and_a_name_is_that_person(view):
    v = view("Le communiqué est signé par le chef d’état-major, le général Moussa Barmou.")
    general = v.named("Moussa Barmou")
    assert v.named("le chef d’état-major") == general
    signing = v.event_on("Event", "signé")
    assert roles_of(v, signing, "agent") == {general}


def test_minister_before_a_colonel_is_the_colonel(view):
    v = view("Le ministre malien de la Défense, le colonel Sadio Camara, a démenti ces accusations.")
    assert v.named("Le ministre malien de la Défense") == v.named("Sadio Camara")


def test_army_chief_alone_is_one_local_person_said_again(view):
    v = view("Le chef de l’armée nigériane a rencontré ses homologues de la région. Le chef de l’armée a promis des "
             "renforts.")
    chief = v.named("Le chef de l’armée nigériane")
    assert local(chief) and v.entity(chief)["type"] == "person"
    assert v.named("Le chef de l’armée") == chief


def test_army_chief_as_object_takes_part_in_the_meeting(view):
    v = view("Le ministre soudanais de la Défense a rencontré lundi le chef de l’armée tchadienne.")
    chief = v.named("le chef de l’armée tchadienne")
    assert chief in roles_of(v, v.event_on("Meeting", "rencontré"), "participant")


def test_bare_army_chief_after_the_named_chief_of_staff_is_him(view):
    v = view("Le chef d’état-major de l’armée malienne, le général Oumar Diarra, a démenti. Le chef de l’armée a "
             "aussi rejeté toute négociation.")
    assert v.named("Le chef de l’armée") == v.named("Oumar Diarra")


def test_army_spokesman_is_not_the_army_chief(view):
    v = view("Le porte-parole de l’armée malienne, le colonel Souleymane Dembélé, a démenti. Le chef de l’armée n’a "
             "pas réagi.")
    assert v.named("Le chef de l’armée") != v.named("Souleymane Dembélé")


def test_two_army_chiefs_leave_the_bare_title_alone(view):
    v = view("Le chef de l’armée nigériane et le chef de l’armée tchadienne se sont rencontrés. Le chef de l’armée a "
             "promis des renforts.")
    chiefs = {v.named("Le chef de l’armée nigériane"), v.named("le chef de l’armée tchadienne")}
    assert len(chiefs) == 2 and not entities_of(v, "Le chef de l’armée") & chiefs


def test_a_communique_signed_is_no_agreement(view):
    v = view("Un communiqué signé par le porte-parole de la junte, le colonel Amadou Abdramane, a été lu.")
    assert not v.events("Agreement")


# --- organisations: short names and described take-ups ------------------------------------------------------------

def test_guardians_take_up_the_revolutionary_guards(view):
    v = view("Les Gardiens de la révolution iraniens ont saisi un pétrolier. Les Gardiens ont affirmé que le navire "
             "avait violé les règles maritimes.")
    guards = v.named("Gardiens de la révolution iraniens")
    assert local(guards) and v.named("Gardiens") == guards


def test_guardians_of_something_else_are_not_the_guards(view):
    v = view("Les Gardiens de la révolution ont saisi un pétrolier. Les Gardiens du temple ont protesté.")
    assert v.entity_of("Gardiens") is None


def test_panafrican_organisation_takes_up_the_african_union(view):
    v = view("L’Union africaine a suspendu le Gabon. L’organisation panafricaine a exigé la libération du président.")
    assert v.named("L’organisation panafricaine") == v.named("Union africaine")


def test_west_african_bloc_takes_up_ecowas(view):
    v = view("La Cédéao a imposé des sanctions au Niger. Le bloc ouest-africain a fermé ses frontières.")
    bloc = v.named("Le bloc ouest-africain")
    assert bloc == v.named("Cédéao")
    assert roles_of(v, v.event_on("Event", "fermé"), "agent") == {bloc}


def test_west_african_bloc_is_not_the_african_union(view):
    v = view("L’Union africaine a suspendu le Niger. Le bloc ouest-africain a fermé ses frontières.")
    assert v.entity_of("Le bloc ouest-africain") != v.named("Union africaine")


# --- rallying: a side joined, or a view accepted --------------------------------------------------------------------

def test_rallying_to_a_call_is_an_acceptance(view):
    v = view("Le président sénégalais s’est rallié à l’appel de son homologue à un cessez-le-feu.")
    assert v.events("Acceptance")


def test_reaching_a_city_is_no_rallying(view):
    v = view("Les troupes ont rallié Kidal dans la soirée.")
    assert not v.events("Acceptance")


def test_under_ones_command_is_no_body(view):
    v = view("Le général a placé les unités sous son commandement.")
    assert not any("commandement" in m["text"] for m in v.data["mentions"])
