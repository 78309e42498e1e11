"""Events named by nouns (round 5): nouns of armed pushes, of territories taken, of people held or freed, of
truces, of telephone talks and of offences charged; the parties and the status the clause around a noun gives it
(an accusation, a denial, a promise, an answered invitation, `entre X et Y` hung on the verb); and nouns that name
no new event (support voiced, a known war, talks told again by their parties). Every sentence is of our own
writing, not from the bundled article nor the gold corpus. Publication date 2024-03-15."""

from __future__ import annotations

PUTIN, XI, KISHIDA = "Q7747", "Q15031", "Q359480"
RUSSIA, UKRAINE, NORTH_KOREA, JAPAN, CHINA = "Q159", "Q212", "Q423", "Q17", "Q148"
RUSSIAN_ARMY = "Q193159"


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- nouns of armed acts and of territories taken -------------------------------------------------------------

def test_a_territory_occupied_undergoes_the_occupation_of_the_state_its_demonym_names(view):
    v = view("L'occupation russe de Marioupol a duré plusieurs mois.")
    event = v.event_on("Event", "occupation")
    assert v.roles(event) == {("agent", RUSSIA), ("recipient", v.entity_of("Marioupol"))}
    assert event["status"] == "occurred"


def test_an_annexation_by_a_state_of_a_region(view):
    v = view("L'annexion de la Crimée par la Russie a été dénoncée par l'Assemblée générale.")
    assert roles_of(v, "Event", "annexion") == {("agent", RUSSIA), ("recipient", v.entity_of("Crimée"))}


def test_an_army_carrying_out_an_offensive_is_its_agent(view):
    v = view("L'armée russe a lancé une nouvelle offensive dans la région de Zaporijjia.")
    assert ("agent", RUSSIAN_ARMY) in roles_of(v, "Event", "offensive")


def test_an_offensive_the_linker_reads_as_the_known_war_is_no_new_event(view):
    v = view("Pour Varsovie, Minsk reste complice de l'offensive russe.")
    assert not v.events_on("offensive")


# --- people arrested, held, freed -------------------------------------------------------------------------------

def test_an_arrest_for_an_offence_of_a_named_person(view):
    v = view("La police a annoncé l'arrestation pour espionnage d'un diplomate japonais, Kenji Tanaka.")
    tanaka = v.entity_of("Kenji Tanaka")
    arrest = v.event_on("Event", "arrestation")
    assert v.roles(arrest) == {("recipient", tanaka)}
    offence = v.event_on("Event", "espionnage")
    assert v.roles(offence) == {("agent", tanaka)}
    assert offence["status"] == "suspected"


def test_a_release_someone_demands_is_proposed(view):
    v = view("Berlin a réclamé la libération de l'opposant Alexeï Navalny.")
    release = v.event_on("Event", "libération")
    assert v.roles(release) == {("recipient", v.entity_of("Alexeï Navalny"))}
    assert release["status"] == "proposed"


def test_a_person_held_for_an_offence_is_its_suspected_agent(view):
    v = view("Le reporter Evan Gershkovich est détenu en Russie pour espionnage présumé.")
    offence = v.event_on("Event", "espionnage")
    assert v.roles(offence) == {("agent", v.entity_of("Evan Gershkovich"))}
    assert offence["status"] == "suspected"


def test_a_state_accused_of_an_offence_is_its_agent(view):
    v = view("Le Kremlin accuse Kiev de terrorisme après l'explosion.")
    offence = v.event_on("Event", "terrorisme")
    assert v.roles(offence) == {("agent", UKRAINE)}
    assert offence["status"] == "suspected"


def test_an_offence_with_no_one_charged_is_no_event(view):
    v = view("La lutte contre le terrorisme reste une priorité du gouvernement.")
    assert not v.events_on("terrorisme")


def test_the_charged_one_is_the_noun_the_participle_describes_not_the_main_subject(view):
    v = view("Tokyo a demandé la libération d'un cadre du groupe Astellas, arrêté en mars et soupçonné d'espionnage.")
    assert all(("agent", JAPAN) not in v.roles(e) for e in v.events_on("espionnage"))


# --- accusations, denials and promises over an act named by a noun ---------------------------------------------

def test_a_state_suspected_of_preparing_deliveries_is_their_agent(view):
    v = view("Les États-Unis soupçonnent la Corée du Nord de préparer des livraisons de missiles à la Russie.")
    delivery = v.event_on("Delivery", "livraisons")
    assert {("agent", NORTH_KOREA), ("recipient", RUSSIA)} <= v.roles(delivery)
    assert delivery["status"] == "suspected"


def test_companies_accused_of_transfers_between_two_states(view):
    v = view("Le Japon a annoncé des sanctions contre des entreprises russes accusées d'organiser des transferts "
             "d'armes entre Pyongyang et Moscou.")
    transfers = v.event_on("Delivery", "transferts")
    assert v.roles(transfers) == {("agent", v.entity_of("des entreprises russes")), ("participant", NORTH_KOREA),
                                  ("participant", RUSSIA)}
    assert transfers["status"] == "suspected"


def test_a_state_denying_any_delivery_denies_its_own(view):
    v = view("Pyongyang nie toute livraison d'armes à la Russie.")
    delivery = v.event_on("Delivery", "livraison")
    assert v.roles(delivery) == {("agent", NORTH_KOREA), ("recipient", RUSSIA)}
    assert delivery["status"] == "negated"


def test_a_denied_delivery_is_not_merged_into_a_reported_one(view):
    v = view("La Corée du Nord a livré des obus à la Russie, selon Séoul. Pyongyang nie toute livraison d'armes à "
             "la Russie.")
    statuses = sorted(e["status"] for e in v.events("Delivery"))
    assert statuses == ["negated", "occurred"]


def test_promised_support_is_planned_and_the_promiser_gives_it(view):
    v = view("Le Japon a promis un soutien financier à l'Ukraine.")
    support = v.event_on("Event", "soutien")
    assert v.roles(support) == {("agent", JAPAN), ("recipient", UKRAINE)}
    assert support["status"] == "planned"


def test_a_meeting_a_state_plans_has_it_as_a_participant(view):
    v = view("Le Japon prévoit une rencontre avec la Chine au printemps.")
    meeting = v.event_on("Meeting", "rencontre")
    assert v.roles(meeting) == {("participant", JAPAN), ("participant", CHINA)}
    assert meeting["status"] == "planned"


def test_an_invitation_answered_by_a_coming_journey_was_made(view):
    v = view("Fumio Kishida se rendra à Séoul à l'invitation de Yoon Suk-yeol.")
    invitation = v.event_on("Invitation", "invitation")
    assert invitation["status"] == "occurred"
    assert ("recipient", KISHIDA) in v.roles(invitation)
    assert v.event_on("Visit", "rendra")["status"] == "planned"


# --- truces and telephone talks ---------------------------------------------------------------------------------

def test_a_ceasefire_called_for_between_two_states_hung_on_the_verb(view):
    v = view("Le Vatican appelle à un cessez-le-feu immédiat entre la Russie et l'Ukraine.")
    truce = v.event_on("Event", "cessez-le-feu")
    assert v.roles(truce) == {("participant", RUSSIA), ("participant", UKRAINE)}
    assert truce["status"] == "proposed"


def test_telephone_talks_with_a_partner_hung_on_the_verb(view):
    v = view("Le chancelier Olaf Scholz a eu un entretien téléphonique avec Vladimir Poutine.")
    talks = v.event_on("Meeting", "entretien")
    assert v.roles(talks) == {("participant", v.entity_of("Olaf Scholz")), ("participant", PUTIN)}


def test_a_call_for_restraint_is_no_meeting(view):
    v = view("Sergueï Lavrov a lancé un appel à la retenue.")
    assert not v.events_on("appel", "Meeting")


# --- nouns that name no new event -------------------------------------------------------------------------------

def test_support_voiced_is_a_speech_act_not_an_event(view):
    v = view("Le président chinois a exprimé son soutien à la Russie.")
    assert not v.events_on("soutien")


def test_material_support_brought_stays_an_event(view):
    v = view("Washington a apporté un soutien militaire à Kiev.")
    assert ("recipient", UKRAINE) in roles_of(v, "Event", "soutien")


def test_talks_their_parties_go_on_with_are_the_talks_told_before(view):
    v = view("Xi Jinping et Vladimir Poutine se sont entretenus lundi à Moscou. Les deux dirigeants ont poursuivi "
             "mardi leurs entretiens au Kremlin.")
    meetings = v.events("Meeting")
    assert len(meetings) == 1
    assert v.roles(meetings[0]) == {("participant", XI), ("participant", PUTIN)}


def test_who_accepts_an_invitation_is_the_one_invited(view):
    v = view("Fumio Kishida a accepté jeudi l'invitation de Xi Jinping.")
    invitation = v.event_on("Invitation", "invitation")
    assert v.roles(invitation) == {("agent", XI), ("recipient", KISHIDA)}


def test_an_invitation_declined_with_no_inviter_named_still_has_its_guest(view):
    v = view("Le dirigeant chinois, Xi Jinping, a finalement décliné une invitation à venir à Tokyo.")
    assert ("recipient", XI) in roles_of(v, "Invitation", "invitation")


def test_an_offensive_in_a_region_a_demonym_gives_to_a_state_strikes_that_state(view):
    v = view("Les forces ukrainiennes ont lancé une offensive dans la région russe de Koursk.")
    assert roles_of(v, "Event", "offensive") == {("agent", UKRAINE), ("recipient", RUSSIA)}


def test_an_army_fighting_in_its_own_country_does_not_strike_it(view):
    v = view("L'armée russe a lancé une offensive dans la région russe de Belgorod.")
    assert roles_of(v, "Event", "offensive") == {("agent", RUSSIAN_ARMY)}


def test_support_voiced_in_a_list_of_feelings_is_no_event(view):
    v = view("Le ministre compte exprimer la sympathie du Japon et son soutien sans faille à l'Ukraine.")
    assert not v.events_on("soutien")


def test_a_guest_received_on_the_first_day_of_a_visit_is_the_visitor(view):
    v = view("Le président vietnamien, Tô Lâm, a été reçu lundi à Séoul au premier jour d'une visite d'État de "
             "trois jours.")
    visit = v.event_on("Visit", "visite")
    assert v.roles(visit) == {("agent", v.entity_of("Tô Lâm"))}


def test_a_host_receiving_on_the_first_day_of_a_visit_is_not_the_visitor(view):
    v = view("Lee Jae-myung a reçu lundi le président chinois au premier jour d'une visite d'État.")
    assert all(("agent", v.entity_of("Lee Jae-myung")) not in v.roles(e) for e in v.events("Visit"))
