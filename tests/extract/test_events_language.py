"""Rules of French for events, on sentences written for these tests (not taken from the bundled article nor
from any benchmark corpus): the new lexicon entries, the dependency patterns that repair common misparses, the
context a bare ceremony noun takes its participants from, and the status cues of cancelling and postponing.
Each test checks the extracted structure: event class, roles with their entities, status. Publication date
2024-03-15."""

from __future__ import annotations

PUTIN, XI, KIM, LUKASHENKO, KISHIDA, TO_LAM = "Q7747", "Q15031", "Q56226", "Q2866", "Q359480", "Q10831196"
RUSSIA, CHINA, NORTH_KOREA, JAPAN, US, SOUTH_KOREA, BELARUS, UKRAINE = (
    "Q159", "Q148", "Q423", "Q17", "Q30", "Q884", "Q184", "Q212")
UNSC = "Q37470"


# --- lexicon: backing someone, coordinating, creating, firing weapons, strangling, going back ----------------

def test_backing_a_country_is_an_act_for_it(view):
    v = view("Le Japon soutient fermement la Corée du Sud face aux menaces de ses voisins.")
    support = v.event_on("Event", "soutient")
    assert v.roles(support) == {("agent", JAPAN), ("recipient", SOUTH_KOREA)}
    assert support["status"] == "occurred"


def test_backing_the_decisions_of_a_party_backs_the_party(view):
    v = view("La Biélorussie soutient les décisions de la Russie.")
    support = v.event_on("Event", "soutient")
    assert v.roles(support) == {("agent", BELARUS), ("recipient", RUSSIA)}


def test_backing_a_cause_is_no_event_between_parties(view):
    v = view("Vladimir Poutine veut soutenir la croissance de l'industrie.")
    assert not v.events_on("soutenir")


def test_coordinating_with_partners_makes_them_all_participants(view):
    v = view("Le Japon coordonne sa réponse avec les États-Unis et la Corée du Sud.")
    coordination = v.event_on("Event", "coordonne")
    assert v.roles(coordination) == {("participant", JAPAN), ("participant", US), ("participant", SOUTH_KOREA)}


def test_creating_a_body_has_its_creator_and_the_thing_created(view):
    v = view("Le Conseil de sécurité de l’ONU a créé un comité spécial en 2006.")
    creation = v.event_on("Event", "créé")
    assert ("agent", UNSC) in v.roles(creation)
    assert v.themes(creation) == ["un comité spécial"]


def test_missiles_fired_on_a_country_make_it_the_target(view):
    v = view("Selon Séoul, des missiles ont été tirés sur le Japon dans la nuit.")
    firing = v.event_on("Event", "tirés")
    assert v.roles(firing) == {("recipient", JAPAN)}


def test_tirer_without_a_weapon_is_no_firing(view):
    v = view("La Chine a tiré profit de la crise économique.")
    assert not v.events_on("tiré")


def test_strangling_a_country_is_an_act_against_it(view):
    v = view("Les États-Unis veulent étrangler la Corée du Nord.")
    act = v.event_on("Event", "étrangler")
    assert v.roles(act) == {("agent", US), ("recipient", NORTH_KOREA)}


def test_going_back_home_takes_the_country_as_place(view):
    v = view("Vladimir Poutine regagnera la Russie lundi.")
    back = v.event_on("Event", "regagnera")
    assert v.roles(back) == {("agent", PUTIN)} and back["place"] == RUSSIA and back["status"] == "planned"


def test_a_watch_in_the_passive_has_its_agent_after_par(view):
    v = view("Le sommet de Pékin a été scruté par le Japon.")
    watch = v.event_on("Event", "scruté")
    assert v.roles(watch) == {("agent", JAPAN)}


# --- event nouns: purchases and their buyer, a riposte and its owner -----------------------------------------

def test_purchases_are_received_by_their_owner_and_given_by_the_makers_country(view):
    v = view("La Russie cherche à cacher ses achats de munitions nord-coréennes.")
    purchase = v.event_on("Delivery", "achats")
    assert v.roles(purchase) == {("recipient", RUSSIA), ("agent", NORTH_KOREA)}  # no theme: a kind of goods


def test_a_riposte_belongs_to_the_one_who_prepares_it(view):
    v = view("La Russie prépare sa riposte contre l'Ukraine.")
    riposte = v.event_on("Event", "riposte")
    assert v.roles(riposte) == {("agent", RUSSIA), ("recipient", UKRAINE)}


def test_two_different_transfer_nouns_stay_two_events(view):
    v = view("La Russie dissimule ses achats de munitions nord-coréennes. "
             "Des livraisons d'obus nord-coréens à la Russie ont été observées.")
    assert len(v.events("Delivery")) == 2


# --- the parse repaired: passives, subjects, participles, objects --------------------------------------------

def test_welcome_in_the_passive_after_an_arrival_is_a_meeting_of_its_own(view):
    v = view("Xi Jinping, arrivé mardi en Russie, a été accueilli par Vladimir Poutine.")
    welcome = v.event_on("Meeting", "accueilli")
    assert v.roles(welcome) == {("agent", PUTIN), ("participant", XI)}
    arrival = v.event_on("Visit", "arrivé")
    assert v.roles(arrival) == {("agent", XI)}


def test_est_arrive_is_no_passive(view):
    v = view("Fumio Kishida est arrivé lundi en Chine.")
    arrival = v.event_on("Visit", "arrivé")
    assert v.roles(arrival) == {("agent", KISHIDA)} and arrival["place"] == CHINA


def test_arrival_with_a_relative_clause_of_its_own(view):
    v = view("Vladimir Poutine est arrivé mardi en Biélorussie, où il a été accueilli par Alexandre Loukachenko.")
    assert v.roles(v.event_on("Visit", "arrivé")) == {("agent", PUTIN)}
    assert v.roles(v.event_on("Meeting", "accueilli")) == {("agent", LUKASHENKO), ("participant", PUTIN)}


def test_invitation_not_accepted_in_a_relative_clause(view):
    v = view("Xi Jinping a invité Fumio Kishida à Pékin, une invitation que Fumio Kishida n'a pas acceptée.")
    acceptance = v.event_on("Acceptance", "acceptée")
    assert v.roles(acceptance) == {("agent", KISHIDA), ("recipient", XI)}
    assert acceptance["status"] == "negated"


def test_a_participle_set_beside_a_name_describes_it(view):
    v = view("Vladimir Poutine a félicité le président Tô Lâm, élu la semaine dernière.")
    election = v.event_on("Event", "élu")
    assert v.roles(election) == {("recipient", TO_LAM)} and election["status"] == "occurred"


def test_the_object_of_a_meeting_after_time_and_place(view):
    v = view("Xi Jinping rencontrera vendredi à Pékin le président Alexandre Loukachenko.")
    meeting = v.event_on("Meeting", "rencontrera")
    assert v.roles(meeting) == {("participant", XI), ("participant", LUKASHENKO)}
    assert meeting["status"] == "planned"


def test_a_visitor_hung_on_the_duration_of_the_visit(view):
    v = view("Le traité a été signé au terme d'une visite de deux jours de Xi Jinping en Russie.")
    visit = v.event_on("Visit", "visite")
    assert v.roles(visit) == {("agent", XI)}


def test_voting_in_favour_hung_on_the_votes(view):
    v = view("Le Conseil de sécurité a voté à une large majorité en faveur d'une résolution sur le climat.")
    vote = v.event_on("Event", "voté")
    assert ("agent", UNSC) in v.roles(vote)
    assert len(v.themes(vote)) == 1 and "résolution" in v.themes(vote)[0]


# --- context: ceremonies with no one named, occasion nouns as classifiers, demonstratives --------------------

def test_a_ceremony_takes_the_participants_of_the_meeting_just_told(view):
    v = view("Vladimir Poutine a reçu Xi Jinping mardi à Moscou. "
             "Une cérémonie officielle a ensuite été organisée devant le Kremlin.")
    ceremony = v.event_on("Event", "cérémonie")
    assert v.roles(ceremony) == {("participant", PUTIN), ("participant", XI)}


def test_a_meeting_in_the_pluperfect_lends_no_one_to_a_ceremony(view):
    v = view("Vladimir Poutine avait rencontré Kim Jong-il en 2001. Une cérémonie a été organisée mardi à Moscou.")
    assert not v.events_on("cérémonie")


def test_an_occasion_noun_after_de_classifies_a_thing(view):
    v = view("Kim Jong-un a offert à Vladimir Poutine un sabre de cérémonie.")
    assert not v.events_on("cérémonie")
    gift = v.event_on("Gift", "offert")
    assert {("agent", KIM), ("recipient", PUTIN)} <= v.roles(gift)


def test_a_demonstrative_noun_points_back_to_the_signed_treaty(view):
    v = view("La Russie et la Corée du Nord ont signé un traité mardi. Ce traité inquiète le Japon.")
    assert len(v.events("Agreement")) == 1
    assert v.events_on("signé", "Agreement")


def test_a_demonstrative_noun_with_nothing_before_names_its_event(view):
    v = view("Ce rapprochement entre la Russie et la Chine inquiète les États-Unis.")
    event = v.event_on("Event", "rapprochement")
    assert v.roles(event) == {("participant", RUSSIA), ("participant", CHINA)}


# --- statuses: cancelled, postponed, denied, committed to --------------------------------------------------

def test_a_cancelled_visit_is_negated(view):
    v = view("La visite de Fumio Kishida en Chine a été annulée.")
    visit = v.event_on("Visit", "visite")
    assert v.roles(visit) == {("agent", KISHIDA)} and visit["status"] == "negated"


def test_a_postponed_visit_is_still_planned(view):
    v = view("La visite de Xi Jinping en Russie a été reportée à l'automne.")
    visit = v.event_on("Visit", "visite")
    assert v.roles(visit) == {("agent", XI)} and visit["status"] == "planned"


def test_a_denied_delivery_is_negated(view):
    v = view("La Chine a démenti toute livraison d'armes à la Russie.")
    delivery = v.event_on("Delivery", "livraison")
    assert ("recipient", RUSSIA) in v.roles(delivery) and delivery["status"] == "negated"


def test_what_parties_commit_to_is_planned(view):
    v = view("La Chine et la Russie se sont engagées à renforcer leur partenariat.")
    strengthening = v.event_on("Event", "renforcer")
    assert {e for _, e in v.roles(strengthening)} == {CHINA, RUSSIA}
    assert strengthening["status"] == "planned"


def test_no_agreement_signed_is_denied_between_the_parties_in_focus(view):
    v = view("La Russie et la Corée du Nord ont renforcé leurs liens. La Russie a reçu des obus de la Corée du Nord. "
             "Aucun accord n'a pourtant été signé lundi.")
    agreement = v.event_on("Agreement", "accord")
    assert {e for _, e in v.roles(agreement)} == {RUSSIA, NORTH_KOREA}
    assert agreement["status"] == "negated"


# --- training people, and what happened apart from what is to come ----------------------------------------

def test_training_people_makes_them_recipients(view):
    v = view("La Chine pourrait former des pilotes biélorusses.")
    training = v.event_on("Event", "former")
    roles = v.roles(training)
    assert ("agent", CHINA) in roles and len([r for r, _ in roles if r == "recipient"]) == 1
    assert training["status"] == "hypothetical"


def test_forming_a_body_is_no_training(view):
    v = view("La Chine et la Russie veulent former une alliance.")
    roles = v.roles(v.event_on("Event", "former"))  # (the body formed is made: the gold's theme, session 21)
    assert {r for r, _ in roles} == {"agent", "theme"} and ("agent", CHINA) in roles


def test_a_meeting_that_happened_and_one_to_come_stay_two(view):
    v = view("Xi Jinping a rencontré Vladimir Poutine mardi. Xi Jinping et Vladimir Poutine doivent se retrouver "
             "en octobre.")
    assert len(v.events("Meeting")) == 2
    planned = v.event_on("Meeting", "retrouver")
    assert v.roles(planned) == {("participant", XI), ("participant", PUTIN)} and planned["status"] == "planned"


# --- more of the lexicon: buying, exporting, ratifying, adopting, expelling, refusing, drills, tests, attacks --

def test_buying_from_a_country_makes_it_the_giver(view):
    v = view("La Russie a acheté des obus à la Corée du Nord.")
    purchase = v.event_on("Delivery", "acheté")
    roles = v.roles(purchase)
    assert {("recipient", RUSSIA), ("agent", NORTH_KOREA)} <= roles
    assert {r for r, _ in roles} <= {"recipient", "agent", "theme"}


def test_exporting_to_a_country_makes_it_the_recipient(view):
    v = view("La Chine exporte des drones vers la Russie.")
    export = v.event_on("Delivery", "exporte")
    assert {("agent", CHINA), ("recipient", RUSSIA)} <= v.roles(export)


def test_ratifying_a_treaty_is_an_act_of_the_ratifier(view):
    # (gold: `ratifié par Moscou et Washington`, `ratifier les conquêtes`: an Event whose ratifiers are agents)
    v = view("La Corée du Nord a ratifié mardi le traité de défense mutuelle.")
    ratification = v.event_on("Event", "ratifié")
    assert ("agent", NORTH_KOREA) in v.roles(ratification)


def test_adopting_a_resolution(view):
    v = view("Le Conseil de sécurité a adopté une résolution sur la Corée du Nord.")
    adoption = v.event_on("Event", "adopté")
    assert ("agent", UNSC) in v.roles(adoption)


def test_adopter_without_a_text_is_no_vote(view):
    v = view("La Russie a adopté une position prudente.")
    assert not v.events_on("adopté")


def test_expelling_diplomats_of_a_country(view):
    v = view("Le Japon a expulsé des diplomates russes.")
    expulsion = v.event_on("Event", "expulsé")
    roles = v.roles(expulsion)
    assert ("agent", JAPAN) in roles and [r for r, _ in roles].count("recipient") == 1


def test_declining_an_invitation_is_a_denied_acceptance(view):
    v = view("Fumio Kishida a décliné l'invitation de Xi Jinping.")
    refusal = v.event_on("Acceptance", "décliné")
    assert ("agent", KISHIDA) in v.roles(refusal) and refusal["status"] == "negated"


def test_refusing_a_proposal_to_talk_is_not_an_acceptance(view):
    v = view("La Chine a refusé de commenter ces informations.")
    assert not v.events("Acceptance")


def test_joint_military_drills_of_the_two_countries(view):
    v = view("La Chine et la Russie ont mené des exercices militaires conjoints en mer du Japon.")
    drills = v.event_on("Event", "exercices")
    assert {e for _, e in v.roles(drills)} == {CHINA, RUSSIA}


def test_a_fitness_exercise_is_no_drill(view):
    v = view("Vladimir Poutine a fait un exercice de communication.")
    assert not v.events_on("exercice")


def test_a_nuclear_test_is_its_makers_act(view):
    v = view("La Corée du Nord a procédé à un essai nucléaire dimanche.")
    test = v.event_on("Event", "essai")
    assert v.roles(test) == {("agent", NORTH_KOREA)}


def test_strikes_named_by_their_demonym_and_target(view):
    v = view("Les frappes russes contre l'Ukraine se sont intensifiées.")
    strikes = v.event_on("Event", "frappes")
    assert v.roles(strikes) == {("agent", RUSSIA), ("recipient", UKRAINE)}


def test_attacking_a_country(view):
    v = view("La Russie a attaqué l'Ukraine en février 2022.")
    attack = v.event_on("Event", "attaqué")
    assert v.roles(attack) == {("agent", RUSSIA), ("recipient", UKRAINE)}


# --- litotes, and what may come apart from what happened ---------------------------------------------------

def test_not_hesitating_to_act_is_no_negation(view):
    v = view("Le Japon n'hésitera pas à sanctionner la Corée du Nord.")
    sanction = v.event_on("Sanction", "sanctionner")
    assert v.roles(sanction) == {("agent", JAPAN), ("recipient", NORTH_KOREA)}
    assert sanction["status"] == "planned"


def test_not_ruling_out_an_act_leaves_it_possible(view):
    v = view("La Chine n'exclut pas de livrer des drones à la Russie.")
    delivery = v.event_on("Delivery", "livrer")
    assert {("agent", CHINA), ("recipient", RUSSIA)} <= v.roles(delivery)
    assert delivery["status"] == "hypothetical"


def test_sanctions_in_force_and_new_ones_that_may_come_stay_two(view):
    v = view("Les États-Unis appliquent des sanctions contre la Corée du Nord. Les États-Unis pourraient imposer "
             "de nouvelles sanctions.")
    statuses = sorted(e["status"] for e in v.events("Sanction") if e["roles"])
    assert "hypothetical" in statuses and "occurred" in statuses


def test_watched_at_a_body_is_watched_by_it(view):
    v = view("La rencontre entre Xi Jinping et Vladimir Poutine est scrutée de près à l'ONU.")
    watch = v.event_on("Event", "scrutée")
    assert v.roles(watch) == {("agent", "Q1065")}
