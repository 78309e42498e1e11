"""Triggers of events still missed after round 7, by construction of the language rather than by word: verbs of
speech done on an undertaking or a text (`lancer un projet`, `le plan publié par X`), people in need taken in
(`accueillir des réfugiés`), protests, verb + noun locutions (`prendre part à`, `porter secours à`, `porter
plainte contre`, `prêter serment`, `faire escale à`), and the nouns of votes, protests and care; with the other
senses of the same words that must tell no such event (an appeal launched, a quote, a stance shown, a guest
welcomed), and negated, planned or hypothetical uses that must get their status. Every sentence is of our own
writing, on topics beyond the gold corpus (energy, migration, elections, protests, justice, rescue at sea).
Publication date 2024-03-15."""

from __future__ import annotations

RUSSIA, CHINA, JAPAN, US = "Q159", "Q148", "Q17", "Q30"


def _triggers(v) -> list[str]:
    return [e["trigger"]["text"] for e in v.data["events"]]


# --- verbs of speech done on an undertaking or a text -------------------------------------------------------------

def test_a_project_launched_by_a_state_is_its_deed(view):
    v = view("Le projet de gazoduc, lancé par la Russie en 2019, a été suspendu.")
    launch = v.event_on("Event", "lancé")
    assert ("agent", RUSSIA) in v.roles(launch)
    assert v.themes(launch) == ["Le projet de gazoduc"]


def test_a_plan_made_public_is_a_proposal(view):
    v = view("Le plan de paix publié par la Chine en février comprend douze points.")
    plan = v.event_on("Proposal", "publié")
    assert ("agent", CHINA) in v.roles(plan)


def test_an_investigation_opened_is_an_act_of_its_subject(view):
    v = view("Le Japon a lancé une enquête sur le naufrage du chalutier.")
    assert ("agent", JAPAN) in v.roles(v.event_on("Event", "lancé"))


def test_an_appeal_launched_and_a_communique_published_are_speech(view):
    v = view("La Chine a lancé un appel à la retenue. Le Japon a publié un communiqué sur la Corée du Sud.")
    assert not v.events_on("lancé") and not v.events_on("publié")


def test_a_word_thrown_out_in_a_quote_is_no_launch(view):
    v = view("« Nous ne céderons pas », a lancé le président américain Joe Biden.")
    assert not v.events_on("lancé")


# --- migration, protests ------------------------------------------------------------------------------------------

def test_refugees_taken_in_are_sheltered_not_met(view):
    v = view("L'Allemagne a accueilli des milliers de réfugiés syriens en 2015.")
    shelter = v.event_on("Event", "accueilli")
    assert ("agent", v.named("Allemagne")) in v.roles(shelter)
    assert not v.events("Meeting")


def test_a_guest_welcomed_is_still_met(view):
    v = view("Le président chinois Xi Jinping a accueilli mardi le Premier ministre japonais à Pékin.")
    assert v.events_on("accueilli", "Meeting")


def test_refugees_a_state_only_considers_taking_in_are_not_asserted(view):
    v = view("La Pologne envisage d'accueillir des réfugiés afghans.")
    shelter = v.event_on("Event", "accueillir")
    assert shelter["status"] != "occurred"


def test_refugees_taken_in_under_a_condition_are_hypothetical(view):
    v = view("Si la Hongrie accueillait des réfugiés, Viktor Orban perdrait les élections.")
    assert v.event_on("Event", "accueillait")["status"] == "hypothetical"


def test_people_protesting_against_a_government(view):
    v = view("Les étudiants serbes ont manifesté contre le gouvernement samedi à Belgrade.")
    protest = v.event_on("Event", "manifesté")
    assert ("agent", v.named("Les étudiants serbes")) in v.roles(protest)


def test_support_shown_is_no_protest(view):
    v = view("Le Japon a manifesté son soutien à l'Ukraine.")
    assert not v.events_on("manifesté")


def test_supporters_of_a_person_are_not_that_person(view):
    v = view("Les partisans de Donald Trump ont manifesté à Washington.")
    # the supporters protest (as `Les partisans du président`), their leader is no party of it (round 20: the
    # name is one subtree now, so the group is read as the protest's doer)
    trump = v.entity_of("Donald Trump")
    assert all(trump not in {e for _, e in v.roles(p)} for p in v.events_on("manifesté"))
    assert all(("agent", v.named("Les partisans de Donald Trump")) in v.roles(p) for p in v.events_on("manifesté"))


def test_a_protest_named_by_a_noun_is_against_whom_contre_says(view):
    v = view("La manifestation contre le gouvernement géorgien a rassemblé des milliers de personnes.")
    protest = v.event_on("Event", "manifestation")
    assert ("recipient", v.named("le gouvernement géorgien")) in v.roles(protest)


# --- verb + noun locutions ----------------------------------------------------------------------------------------

def test_rescue_brought_to_people_at_sea(view):
    v = view("Les garde-côtes italiens ont porté secours à des migrants tunisiens au large de Lampedusa.")
    rescue = v.event_on("Event", "porté")
    assert ("recipient", v.named("des migrants tunisiens")) in v.roles(rescue)


def test_a_complaint_lodged_against_a_state(view):
    v = view("L'ancien président Jair Bolsonaro a porté plainte contre le Brésil.")
    complaint = v.event_on("Event", "porté")
    assert v.roles(complaint) == {("agent", v.named("Jair Bolsonaro")), ("recipient", v.named("Brésil"))}


def test_an_oath_sworn_by_a_leader(view):
    v = view("Le président sénégalais Bassirou Diomaye Faye a prêté serment mardi à Dakar.")
    oath = v.event_on("Event", "prêté")
    assert ("agent", v.named("Bassirou Diomaye Faye")) in v.roles(oath)


def test_taking_part_in_talks_is_participating(view):
    v = view("Le Mali a pris part aux négociations avec l'Algérie.")
    assert ("participant", v.named("Mali")) in v.roles(v.event_on("Event", "pris"))


def test_a_stopover_is_a_visit(view):
    v = view("Le président français Emmanuel Macron a fait escale à Nouméa.")
    assert ("agent", v.named("Emmanuel Macron")) in v.roles(v.event_on("Visit", "fait"))


def test_taking_part_in_a_summit_is_meeting_its_body(view):
    v = view("Le Mali a pris part au sommet de l'Union africaine.")
    summit = v.event_on("Meeting", "pris")
    assert ("participant", v.named("Mali")) in v.roles(summit)


def test_rescue_not_brought_is_negated(view):
    v = view("Les garde-côtes grecs n'ont pas porté secours aux migrants afghans.")
    assert v.event_on("Event", "porté")["status"] == "negated"


# --- nouns of votes and care --------------------------------------------------------------------------------------

def test_an_election_held_in_a_country(view):
    v = view("L'élection présidentielle au Sénégal aura lieu en mars.")
    vote = v.event_on("Event", "élection")
    assert ("participant", v.named("Sénégal")) in v.roles(vote)
    assert vote["status"] == "planned"


def test_an_election_nobody_is_named_in_tells_no_event(view):
    v = view("Les élections se sont déroulées dans le calme.")
    assert not v.events_on("élections")


# --- something withheld from someone -----------------------------------------------------------------------------

def test_visas_refused_to_journalists_is_an_act_on_them(view):
    v = view("Les États-Unis ont refusé des visas aux journalistes russes.")
    refusal = v.event_on("Event", "refusé")
    assert v.roles(refusal) == {("agent", US), ("recipient", v.named("journalistes russes"))}
    assert refusal["status"] == "occurred"


def test_an_invitation_turned_down_stays_an_acceptance_denied(view):
    v = view("La Russie a refusé l'invitation du Japon.")
    assert v.event_on("Acceptance", "refusé")["status"] == "negated"
    assert not v.events_on("refusé", "Event")


def test_a_thing_refused_to_no_one_tells_no_event(view):
    v = view("Le Japon a refusé les visas.")
    assert not v.events_on("refusé")


# --- locutions of fighting, presiding and approving -----------------------------------------------------------------

def test_fighting_battles_is_no_delivery(view):
    v = view("L'armée soudanaise a livré de violents combats contre les Forces de soutien rapide.")
    fight = v.event_on("Event", "livré")
    assert ("recipient", v.named("Forces de soutien rapide")) in v.roles(fight)
    assert not v.events("Delivery")


def test_drills_a_state_engages_in_are_no_delivery(view):
    v = view("La Chine s'est livrée à des manœuvres autour de Taïwan.")
    assert not v.events_on("livrée", "Delivery")


def test_holding_the_chair_of_a_body(view):
    v = view("La Russie assure ce mois-ci la présidence du Conseil de sécurité.")
    assert ("agent", RUSSIA) in v.roles(v.event_on("Event", "assure"))


def test_a_green_light_given_is_an_approval_not_a_gift(view):
    v = view("Le Japon a donné son feu vert au rejet des eaux de la centrale de Fukushima.")
    assert ("agent", JAPAN) in v.roles(v.event_on("Event", "donné"))
    assert not v.events("Gift")


def test_details_given_are_neither_gift_nor_approval(view):
    v = view("Le ministre japonais de la Défense n'a pas donné de détails sur le tir.")
    assert not v.events_on("donné")


def test_elections_only_promised_are_no_vote_of_the_one_who_promises(view):
    v = view("Le président français Emmanuel Macron a promis des élections anticipées.")
    assert not v.events_on("élections")
