"""Bodies and officials of states, one local entity across their names and take-ups (round 27, writer `bodies`).

Sentences written for these tests, on coups, sea incidents, courts and parliaments outside the gold corpus. A
body named with words of its own (`les forces armées soudanaises`, `le Parlement géorgien`, `les garde-côtes
chinois`, `l'état-major sud-coréen`) and the bare noun that takes it up (`l'armée`, `le Parlement`, `les
garde-côtes`) are one local organisation; a minister of a state the knowledge base does not hold named by a
demonym alone (`le ministre nigérien`) is a local person, the same when named again.
"""

from __future__ import annotations


def local(entity: str) -> bool:
    return entity.startswith("local:")


def agents(v, event) -> set[str]:
    return {e for r, e in v.roles(event) if r == "agent"}


# --- `l'armée` takes up `les forces armées X` ----------------------------------------------------------------------

def test_army_takes_up_the_armed_forces(view):
    v = view("Les forces armées soudanaises (FAS) ont bombardé Omdourman samedi. L'armée a ensuite repoussé les "
             "paramilitaires.")
    forces = v.named("Les forces armées soudanaises")
    assert local(forces) and v.named("L'armée") == forces


def test_army_takes_up_the_armed_forces_with_their_acronym(view):
    v = view("Les forces armées maliennes (FAMa) ont repris la ville de Kidal. L'armée a annoncé la mort de "
             "plusieurs combattants.")
    assert v.named("L'armée") == v.named("Les forces armées maliennes")


def test_bare_army_without_forces_before_stays_its_own(view):
    v = view("Les paramilitaires ont attaqué un marché. L'armée a riposté dans la soirée.")
    assert local(v.named("L'armée")) and v.named("L'armée") != v.named("Les paramilitaires")


def test_another_states_army_is_not_the_armed_forces(view):
    v = view("Les forces armées soudanaises (FAS) ont bombardé Omdourman. L'armée tchadienne a fermé la frontière.")
    assert v.named("L'armée tchadienne") != v.named("Les forces armées soudanaises")


# --- a capitalised body taken up by its bare noun ------------------------------------------------------------------

def test_parliament_takes_up_the_parliament_named_before(view):
    v = view("Le Parlement géorgien a adopté la loi mardi. Le Parlement avait rejeté le veto présidentiel.")
    parliament = v.named("Le Parlement géorgien")
    assert local(parliament) and v.named("Le Parlement") == parliament


def test_court_takes_up_the_court_named_before(view):
    v = view("La Cour suprême israélienne a annulé la loi lundi. La Cour a jugé le texte contraire aux lois "
             "fondamentales.")
    assert v.named("La Cour") == v.named("La Cour suprême israélienne")


def test_the_european_parliament_is_not_taken_up_by_a_new_body(view):
    v = view("Le Parlement européen a adopté la loi. Le Parlement a aussi voté une résolution.")
    assert v.entity_of("Le Parlement") is None


# --- a plural body taken up by its bare noun -----------------------------------------------------------------------

def test_coast_guard_takes_up_the_coast_guard_named_before(view):
    v = view("Les garde-côtes chinois ont arraisonné un navire philippin samedi. Les garde-côtes ont ensuite "
             "escorté le navire vers Hainan.")
    guard = v.named("Les garde-côtes chinois")
    assert local(guard) and v.named("Les garde-côtes") == guard
    assert agents(v, v.event_on("Event", "escorté")) == {guard}


def test_bare_coast_guard_alone_is_one_body(view):
    v = view("Les garde-côtes ont secouru 40 migrants. Les garde-côtes ont ensuite ramené les migrants à Lampedusa.")
    guards = {m["entity"] for m in v.data["mentions"] if m["text"] == "Les garde-côtes"}
    assert len(guards) == 1 and local(guards.pop())


def test_coast_guard_of_another_state_stays_apart(view):
    v = view("Les garde-côtes japonais ont repéré un navire. Les garde-côtes chinois ont démenti toute incursion.")
    assert v.named("Les garde-côtes japonais") != v.named("Les garde-côtes chinois")


# --- `l'état-major`, cut by the tokenizer ---------------------------------------------------------------------------

def test_general_staff_with_its_nationality_is_one_mention(view):
    v = view("L'état-major sud-coréen a annoncé un tir de missile balistique jeudi.")
    staff = v.named("L'état-major sud-coréen")
    assert local(staff) and v.entity(staff)["type"] == "organization"
    assert v.entity_of("major sud-coréen") is None


def test_joint_chiefs_hold_all_their_adjectives(view):
    v = view("Selon l'état-major interarmées sud-coréen, le missile est tombé en mer.")
    assert local(v.named("l'état-major interarmées sud-coréen"))


def test_chief_of_staff_is_no_body(view):
    v = view("Le chef d'état-major a démissionné lundi.")
    assert not any("état-major" in m["text"] and m["text"].startswith(("L'état", "l'état"))
                   for m in v.data["mentions"])


# --- ministers of states the knowledge base does not hold -----------------------------------------------------------

def test_minister_by_demonym_alone_is_a_local_person(view):
    v = view("Le ministre nigérien a reçu jeudi l'ambassadeur malien. Le ministre nigérien a ensuite quitté Niamey.")
    minister = {m["entity"] for m in v.data["mentions"] if m["text"] == "Le ministre nigérien"}
    assert len(minister) == 1
    entity = minister.pop()
    assert local(entity) and v.entity(entity)["type"] == "person"
    assert agents(v, v.event_on("Event", "quitté")) == {entity}


def test_shortened_minister_takes_up_the_portfolio(view):
    v = view("La ministre hongroise de la Justice a démissionné. La ministre hongroise a été remplacée.")
    assert v.named("La ministre hongroise") == v.named("La ministre hongroise de la Justice")


def test_minister_of_the_time_is_no_one(view):
    v = view("Le ministre turc de l'époque avait signé l'accord.")
    assert v.entity_of("Le ministre turc") is None


def test_head_of_state_by_demonym_is_taken_up(view):
    v = view("Le président nigérien a été renversé mercredi par la garde présidentielle. Le chef de l'État est "
             "retenu au palais.")
    president = v.named("Le président nigérien")
    assert local(president) and v.named("Le chef de l'État") == president
    assert v.named("la garde présidentielle") != president
