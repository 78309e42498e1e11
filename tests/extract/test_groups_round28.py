"""Groups of people as parties, one entity each (round 28, writer `groups`).

Sentences written for these tests, on summits, wars, disasters, strikes and shipping outside the gold corpus. Office
holders or members of a body (`Les dirigeants de l'Union africaine`, `trois membres du Hezbollah`) are a group of
their own with the body's name inside, not the body; the dead counted as the object of `faire` are the victims of
the deaths; soldiers named with their mission keep it in their words; plural pronouns and demonstratives (`eux`,
`Ceux-ci`, `ces derniers`, `elles`) and a take-up noun no step made a mention of (`ont annoncé les séparatistes`,
`la capitulation des séparatistes`) are the group named before. Negatives: a body's members inside another noun's
phrase, a toll of wounded, two states doubled by `eux`, `ces derniers mois`, a participle that describes its noun.
"""

from __future__ import annotations


def local(entity: str) -> bool:
    return entity.startswith("local:")


def role_of(v, event, role: str) -> set[str]:
    return {e for r, e in v.roles(event) if r == role}


# --- office holders and members of a body: a group of their own ---------------------------------------------------

def test_leaders_of_a_body_are_a_group_with_the_body_inside(view):
    v = view("Les dirigeants de l'Union africaine ont suspendu jeudi le Niger de l'organisation.")
    leaders = v.named("Les dirigeants de l'Union africaine")
    union = v.named("Union africaine")
    assert leaders != union and local(leaders) and v.entity(leaders)["type"] == "group"
    assert role_of(v, v.event_on("Event", "suspendu"), "agent") == {leaders}


def test_ministers_with_a_portfolio_of_a_body_are_a_group(view):
    v = view("Les ministres de l'Intérieur de l'Union européenne ont adopté mardi un pacte sur la migration.")
    ministers = v.named("Les ministres de l'Intérieur de l'Union européenne")
    assert ministers != v.named("Union européenne") and v.entity(ministers)["type"] == "group"


def test_counted_members_of_a_movement_killed_are_the_recipients(view):
    v = view("Une frappe a tué trois membres du Hezbollah dans le sud du Liban.")
    members = v.named("trois membres du Hezbollah")
    assert members != v.named("Hezbollah")
    assert role_of(v, v.event_on("Event", "tué"), "recipient") == {members}


def test_allies_of_a_state_are_a_group(view):
    v = view("Les alliés de la Pologne ont promis d'envoyer des troupes.")
    allies = v.named("Les alliés de la Pologne")
    assert allies != v.named("Pologne") and v.entity(allies)["type"] == "group"


def test_members_inside_a_meeting_noun_leave_the_body_as_party(view):
    v = view("Le ministre participera jeudi à une réunion des ministres des Affaires étrangères de l'Asean.")
    assert v.entity_of("ministres des Affaires étrangères de l'Asean") is None
    assert not any("ministres" in m["text"] for m in v.data["mentions"])
    assert v.named("Asean") in role_of(v, v.event_on("Meeting", "participera"), "participant")


# --- the dead counted as the object of `faire` ---------------------------------------------------------------------

def test_a_toll_of_dead_is_an_event_whose_victims_are_the_toll(view):
    v = view("Le cyclone a fait au moins 45 morts lundi dans le nord du pays, selon les autorités.")
    dead = v.named("au moins 45 morts")
    assert v.entity(dead)["type"] == "group"
    assert role_of(v, v.event_on("Event", "fait"), "recipient") == {dead}


def test_the_part_of_the_dead_a_dont_clause_counts_is_a_recipient_too(view):
    v = view("Selon le médiateur, l'offensive avait fait mardi soir au moins 32 morts, dont sept civils.")
    event = v.event_on("Event", "fait")
    assert role_of(v, event, "recipient") == {v.named("au moins 32 morts"), v.named("sept civils")}


def test_a_participle_toll_is_an_event(view):
    v = view("Le séisme a frappé lundi la côte, faisant au moins 64 morts.")
    assert role_of(v, v.event_on("Event", "faisant"), "recipient") == {v.named("au moins 64 morts")}


def test_a_toll_of_wounded_or_another_object_of_faire_is_no_event(view):
    v = view("L'incident a fait quatre blessés. Le gouvernement a fait une proposition.")
    assert not v.events_on("fait")
    assert v.entity_of("quatre blessés") is None


# --- soldiers with their mission -----------------------------------------------------------------------------------

def test_peacekeepers_keep_their_mission_in_their_words(view):
    v = view("Les soldats russes de maintien de la paix ont évacué mardi des civils.")
    peacekeepers = v.named("Les soldats russes de maintien de la paix")
    assert v.entity_of("Les soldats russes") is None
    assert role_of(v, v.event_on("Event", "évacué"), "agent") == {peacekeepers}


# --- plural pronouns and demonstratives ----------------------------------------------------------------------------

def test_emphatic_eux_takes_up_the_group_subject(view):
    v = view("Les agriculteurs ont, eux, bloqué les routes autour de la capitale.")
    assert v.named("eux") == v.named("Les agriculteurs")


def test_emphatic_eux_after_two_states_is_no_mention(view):
    v = view("Paris et Berlin ont, eux, salué l'accord.")
    assert v.entity_of("eux") is None


def test_eux_aussi_after_two_subjects_is_no_mention(view):
    v = view("Le Premier ministre, Han Duck-soo, et plusieurs proches conseillers du président ont eux aussi remis "
             "leur démission.")
    assert v.entity_of("eux") is None


def test_ceux_ci_takes_up_the_group_and_acts(view):
    v = view("Des hommes armés ont attaqué le village. Ceux-ci ont incendié les maisons.")
    men = v.named("Des hommes armés")
    assert v.named("Ceux-ci") == men
    assert role_of(v, v.event_on("Event", "incendié"), "agent") == {men}


def test_ceux_ci_takes_up_an_epicene_movement_noun(view):
    v = view("La marine a abattu une vingtaine de drones lancés par les rebelles. Ceux-ci avaient saisi en novembre "
             "un cargo.")
    rebels = v.named("les rebelles")
    assert v.named("Ceux-ci") == rebels
    assert role_of(v, v.event_on("Event", "saisi"), "agent") == {rebels}


def test_ces_derniers_takes_up_a_group_not_two_persons(view):
    v = view("Les manifestants ont bloqué les routes. Ces derniers réclament la démission du gouvernement.")
    assert v.named("Ces derniers") == v.named("Les manifestants")
    w = view("Le ministre a rencontré Xi Jinping et Vladimir Poutine. Ces derniers ont signé un accord.")
    assert w.entity_of("Ces derniers") is None


def test_ces_derniers_mois_is_a_time_not_a_take_up(view):
    v = view("Les manifestants ont bloqué les routes. La police a dénoncé ces derniers mois des violences.")
    assert not any(m["text"].startswith("ces derniers") for m in v.data["mentions"])


def test_elles_after_a_preposition_takes_up_a_feminine_group(view):
    v = view("Tokyo a sanctionné dix entreprises chinoises. Toute transaction avec elles sera interdite.")
    assert v.named("elles") == v.named("entreprises chinoises")


# --- take-up nouns no step made a mention of -----------------------------------------------------------------------

def test_an_inverted_subject_takes_up_the_group_that_holds_its_noun(view):
    v = view("Les autorités séparatistes du Haut-Karabakh ont accepté mercredi un cessez-le-feu. « Un accord a été "
             "trouvé », ont annoncé les séparatistes dans un communiqué.")
    assert v.named("les séparatistes") == v.named("Les autorités séparatistes du Haut-Karabakh")


def test_a_fused_complement_takes_up_the_group(view):
    v = view("Les autorités séparatistes du Haut-Karabakh ont accepté mercredi un cessez-le-feu. Bakou exigeait la "
             "capitulation des séparatistes.")
    authorities = v.named("Les autorités séparatistes du Haut-Karabakh")
    assert v.named("séparatistes") == authorities
    assert role_of(v, v.event_on("Event", "capitulation"), "agent") == {authorities}


def test_an_indefinite_take_up_word_after_a_verb_stays_apart(view):
    v = view("Les séparatistes ont attaqué un poste. La police a arrêté des séparatistes.")
    # (the ones arrested may be a new group of their own, never the group named before)
    assert v.entity_of("des séparatistes") != v.named("Les séparatistes")


# --- shipping companies, participles of killing ----------------------------------------------------------------------

def test_shipping_companies_are_a_group_that_acts(view):
    v = view("Les armateurs évitent désormais la mer Rouge.")
    owners = v.named("Les armateurs")
    assert v.entity(owners)["type"] == "group"
    assert role_of(v, v.event_on("Event", "évitent"), "agent") == {owners}


def test_a_participle_of_killing_after_a_comma_is_active(view):
    v = view("L'armée a bombardé l'annexe du consulat à Damas, tuant sept membres des Gardiens de la révolution.")
    members = v.named("sept membres des Gardiens de la révolution")
    assert members in role_of(v, v.event_on("Event", "tuant"), "recipient")
    assert members not in role_of(v, v.event_on("Event", "tuant"), "agent")


def test_a_participle_that_describes_its_noun_is_no_event(view):
    v = view("Le patrouilleur a suivi le pétrolier, battant pavillon gabonais, jusqu'au port.")
    assert not v.events_on("battant")


def test_parmi_eux_takes_up_the_group_the_clauses_are_about(view):
    v = view("Les détenus libérés ont été conduits jusqu'en Lituanie, où ils ont été accueillis par des diplomates "
             "américains. Parmi eux figurent des ressortissants polonais.")
    assert v.named("eux") == v.named("Les détenus libérés") != v.named("des diplomates américains")


def test_ceux_ci_is_the_last_group_named(view):
    v = view("Les pêcheurs ont été attaqués par des hommes armés. Ceux-ci ont pris la fuite en bateau.")
    assert v.named("Ceux-ci") == v.named("des hommes armés") != v.named("Les pêcheurs")


def test_elles_past_a_state_said_on_the_way(view):
    v = view("Tokyo a sanctionné mardi dix entreprises russes. Les avoirs de ces sociétés au Japon seront gelés et "
             "toute transaction avec elles sera interdite.")
    assert v.named("elles") == v.named("ces sociétés")


def test_people_said_by_their_act_after_a_fused_article_are_a_group(view):
    v = view("Le commandement de l'armée s'est rallié jeudi aux militaires qui retiennent depuis la veille le "
             "président Mohamed Bazoum.")
    soldiers = v.named("militaires")
    assert role_of(v, v.event_on("Event", "retiennent"), "agent") == {soldiers}


def test_whoever_asks_is_no_group_even_said_by_an_act(view):
    v = view("Le ministre a parlé aux journalistes qui l'attendaient devant le palais.")
    assert not any("journalistes" in m["text"] for m in v.data["mentions"])


def test_a_participle_of_killing_is_not_in_the_counted_group(view):
    v = view("Le porte-parole du mouvement a fait état de cinq combattants tués.")
    fighters = v.named("cinq combattants")
    assert v.entity_of("cinq combattants tués") is None
    assert role_of(v, v.event_on("Event", "tués"), "recipient") == {fighters}


def test_some_of_a_group_is_a_group_of_its_own(view):
    v = view("Pékin laisse des entreprises chinoises fournir des composants à la Russie, et plusieurs d'entre elles "
             "figurent dans un nouveau paquet de sanctions.")
    some = v.named("plusieurs d'entre elles")
    firms = v.named("des entreprises chinoises")
    assert some != firms and v.named("elles") == firms


def test_officials_received_are_the_other_party_of_the_meeting(view):
    v = view("Vladimir Poutine reçoit jeudi et vendredi des dirigeants africains à Saint-Pétersbourg.")
    leaders = v.named("des dirigeants africains")
    assert leaders in role_of(v, v.event_on("Meeting", "reçoit"), "participant")


def test_officials_as_the_object_of_another_verb_stay_no_group(view):
    v = view("La police a interpellé des responsables locaux.")
    assert not any("responsables" in m["text"] for m in v.data["mentions"])


def test_authorities_of_a_movement_are_one_body_taken_up_by_its_noun(view):
    v = view("Les autorités séparatistes de la région ont accepté mercredi un cessez-le-feu. « Un accord a été "
             "trouvé », ont annoncé les séparatistes dans un communiqué.")
    authorities = v.named("Les autorités séparatistes de la région")
    assert v.named("les séparatistes") == authorities
    assert role_of(v, v.event_on("Acceptance", "accepté"), "agent") == {authorities}


def test_the_allies_are_the_members_of_the_alliance_named_before(view):
    v = view("Les dirigeants de l'Otan, réunis mardi à Vilnius, ont promis à l'Ukraine qu'elle serait invitée à "
             "rejoindre l'Alliance lorsque les Alliés en conviendront.")
    assert v.named("les Alliés") == v.named("Les dirigeants de l'Otan") != v.named("Otan")
    w = view("Les Alliés ont promis de renforcer leur aide à Kiev.")
    assert w.entity(w.named("Les Alliés"))["type"] == "group" and w.entity_of("Alliés") is None
