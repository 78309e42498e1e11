"""Events, roles and statuses on sentences of our own (not from the bundled article nor the gold corpus): each
rule of events.py and status.py that should hold for any French news article. Publication date 2024-03-15."""

from __future__ import annotations

PUTIN, XI, KIM, LUKASHENKO, KISHIDA, SHOIGU = "Q7747", "Q15031", "Q56226", "Q2866", "Q359480", "Q32024"
RUSSIA, CHINA, NORTH_KOREA, JAPAN, US = "Q159", "Q148", "Q423", "Q17", "Q30"
UNSC, UN = "Q37470", "Q1065"


# --- hosting a visitor is a meeting, receiving a thing is a gift ------------------------------------------

def test_receiving_a_person_named_after_a_weekday_is_hosting_a_meeting(view):
    v = view("Xi Jinping a reçu lundi Alexandre Loukachenko dans la capitale chinoise.")
    meeting = v.event_on("Meeting", "reçu")
    assert v.roles(meeting) == {("agent", XI), ("participant", LUKASHENKO)}
    assert not v.events("Gift")


def test_receiving_a_thing_is_a_gift(view):
    v = view("Alexandre Loukachenko a reçu un sabre ancien.")
    gift = v.event_on("Gift", "reçu")
    assert ("recipient", LUKASHENKO) in v.roles(gift) and v.themes(gift) == ["un sabre ancien"]


def test_passive_welcome_takes_its_agent_from_par(view):
    v = view("Fumio Kishida a été accueilli par Xi Jinping sur le tarmac de l'aéroport.")
    meeting = v.event_on("Meeting", "accueilli")
    assert v.roles(meeting) == {("agent", XI), ("participant", KISHIDA)}
    assert meeting["status"] == "occurred"  # `le pas de tir`, `le tarmac`: nouns are no negation


def test_a_noun_pas_is_no_negation(view):
    v = view("Kim Jong-un a été accueilli par Vladimir Poutine devant le pas de tir.")
    assert v.event_on("Meeting", "accueilli")["status"] == "occurred"


# --- reciprocal verbs and coordinated subjects -------------------------------------------------------------

def test_reciprocal_talks_of_two_coordinated_subjects(view):
    v = view("Xi Jinping et Vladimir Poutine se sont entretenus mardi pendant trois heures.")
    meeting = v.event_on("Meeting", "entretenus")
    assert v.roles(meeting) == {("participant", XI), ("participant", PUTIN)}


def test_coordinated_subjects_of_a_modal_are_both_participants(view):
    v = view("Alexandre Loukachenko et Vladimir Poutine doivent se retrouver en octobre.")
    meeting = v.event_on("Meeting", "retrouver")
    assert v.roles(meeting) == {("participant", LUKASHENKO), ("participant", PUTIN)}
    assert meeting["status"] == "planned"


def test_three_coordinated_subjects(view):
    v = view("Le Japon, la Chine et les États-Unis ont signé mardi une déclaration commune sur le climat.")
    agreement = v.event_on("Agreement", "signé")
    assert {e for r, e in v.roles(agreement) if r == "participant"} == {JAPAN, CHINA, US}


def test_a_comma_without_et_joins_no_subjects(view):
    v = view("Le texte proposé par le Japon a été adopté, la Chine s'abstenant.")
    abstention = v.event_on("Event", "abstenant")
    assert v.roles(abstention) == {("agent", CHINA)}


# --- votes, vetoes, drafts ----------------------------------------------------------------------------------

def test_a_veto_is_an_event_of_the_subject_of_opposer(view):
    v = view("La Russie a opposé mardi son veto à une résolution sur la Syrie.")
    veto = v.event_on("Event", "veto")
    assert ("agent", RUSSIA) in v.roles(veto)


def test_a_vote_in_favour_of_a_draft(view):
    v = view("Le Conseil de sécurité a voté en faveur d'un embargo sur les armes.")
    vote = v.event_on("Event", "voté")
    assert ("agent", UNSC) in v.roles(vote) and len(v.themes(vote)) == 1


def test_presenting_a_draft_is_a_proposal_whose_theme_stops_before_its_author(view):
    v = view("Le Conseil de sécurité a examiné un projet de résolution présenté par le Japon.")
    proposal = v.event_on("Proposal", "présenté")
    assert ("agent", JAPAN) in v.roles(proposal)
    assert v.themes(proposal) == ["un projet de résolution"]


def test_presenting_things_to_someone_shows_them(view):
    v = view("Sergueï Choïgou a présenté à Kim Jong-un des drones de reconnaissance.")
    shown = v.event_on("Event", "présenté")
    assert ("agent", SHOIGU) in v.roles(shown) and ("recipient", KIM) in v.roles(shown)
    assert not v.events("Proposal")


# --- movements and visits ------------------------------------------------------------------------------------

def test_arriving_somewhere_is_a_visit(view):
    v = view("Vladimir Poutine est arrivé mardi soir à Minsk.")
    arrival = v.event_on("Visit", "arrivé")
    assert ("agent", PUTIN) in v.roles(arrival)


def test_arriving_at_an_agreement_is_no_visit(view):
    v = view("Après de longues négociations, le Japon et la Chine sont arrivés à un compromis.")
    assert not [e for e in v.events("Visit") if "arriv" in e["trigger"]["text"]]


def test_leaving_a_country_is_planned_under_doit(view):
    v = view("Xi Jinping doit quitter la Russie jeudi.")
    departure = v.event_on("Event", "quitter")
    assert v.roles(departure) == {("agent", XI)} and departure["status"] == "planned"
    assert departure["place"] == RUSSIA


def test_visiting_a_site_with_no_entity_makes_it_the_theme(view):
    v = view("Alexandre Loukachenko avait visité une usine de chars à Minsk.")
    visit = v.event_on("Visit", "visité")
    assert ("agent", LUKASHENKO) in v.roles(visit) and v.themes(visit) == ["une usine de chars"]


def test_managing_to_inspect_happened(view):
    v = view("Xi Jinping a pu inspecter un porte-avions.")
    inspection = v.event_on("Event", "inspecter")
    assert inspection["status"] == "occurred" and ("agent", XI) in v.roles(inspection)


# --- gifts and deliveries: what is given ------------------------------------------------------------------------

def test_each_coordinated_gift_is_a_theme(view):
    v = view("Vladimir Poutine a offert à Xi Jinping un vase en porcelaine, un tapis et un samovar.")
    gift = v.event_on("Gift", "offert")
    assert ("recipient", XI) in v.roles(gift) and ("agent", PUTIN) in v.roles(gift)
    assert len([r for r, _ in v.roles(gift) if r == "theme"]) == 3


def test_a_brand_inside_the_gift_is_not_the_gift(view):
    v = view("Vladimir Poutine a offert à Kim Jong-un une voiture Lada de couleur noire.")
    gift = v.event_on("Gift", "offert")
    assert v.themes(gift) == ["une voiture Lada de couleur noire"]


def test_arriving_for_a_visit_is_that_visit(view):
    v = view("Xi Jinping est arrivé lundi à Moscou pour sa visite d'État de trois jours.")
    assert [e["trigger"]["text"] for e in v.events("Visit")] == ["visite"]


def test_suspected_deliveries_of_an_indefinite_plural_name_no_thing(view):
    v = view("Les Occidentaux soupçonnent la Chine de livrer des drones à la Russie.")
    delivery = v.event_on("Delivery", "livrer")
    assert v.roles(delivery) == {("agent", CHINA), ("recipient", RUSSIA)} and delivery["status"] == "suspected"


# --- invitations accepted in a relative clause -------------------------------------------------------------------

def test_acceptance_in_a_relative_clause_answers_the_invitation(view):
    v = view("Xi Jinping a invité Fumio Kishida à se rendre à Pékin, une invitation que ce dernier a acceptée.")
    acceptance = v.event_on("Acceptance", "accept")
    assert v.roles(acceptance) == {("agent", KISHIDA), ("recipient", XI)}


def test_a_pending_acceptance_is_negated(view):
    v = view("Xi Jinping a invité Kim Jong-un à se rendre à Pékin, une invitation que Kim Jong-un n'a pas encore "
             "acceptée.")
    acceptance = v.event_on("Acceptance", "accept")
    assert acceptance["status"] == "negated"
    assert v.roles(acceptance) == {("agent", KIM), ("recipient", XI)}


def test_a_source_after_d_apres_takes_no_part(view):
    v = view("Xi Jinping a invité Fumio Kishida, une invitation que ce dernier a acceptée, d'après l'agence Chine "
             "nouvelle.")
    acceptance = v.event_on("Acceptance", "accept")
    assert {e for _, e in v.roles(acceptance)} <= {KISHIDA, XI}


# --- statuses ---------------------------------------------------------------------------------------------------

def test_expletive_ne_after_a_fear_is_no_negation(view):
    v = view("Les Occidentaux craignent que Pyongyang ne fournisse des obus à Moscou.")
    assert v.event_on("Delivery", "fournisse")["status"] == "suspected"


def test_a_negation_in_the_main_clause_does_not_deny_the_condition(view):
    v = view("Si Pékin fournit des armes à Moscou, il n'y aura plus de dialogue.")
    assert v.event_on("Delivery", "fournit")["status"] == "hypothetical"


# --- sanctions ---------------------------------------------------------------------------------------------------

def test_sanctions_of_an_organisation_have_it_as_agent(view):
    v = view("La Corée du Nord est visée depuis 2006 par les sanctions de l'ONU.")
    sanction = v.event_on("Sanction", "sanctions")
    assert ("agent", UN) in v.roles(sanction)


def test_the_de_of_another_noun_is_not_the_sanctions_agent(view):
    v = view("Tokyo réclame des sanctions de l'ONU sur les exportations de la Corée du Nord.")
    sanction = v.event_on("Sanction", "sanctions")
    assert ("agent", NORTH_KOREA) not in v.roles(sanction) and ("agent", UN) in v.roles(sanction)


def test_imposing_sanctions(view):
    v = view("Les États-Unis vont imposer de nouvelles sanctions à la Corée du Nord.")
    sanction = v.event_on("Sanction", "imposer")
    assert v.roles(sanction) == {("agent", US), ("recipient", NORTH_KOREA)}


def test_an_organisation_hosting_a_summit_is_no_participant(view):
    v = view("Le sommet de l'Organisation de coopération de Shanghai aura lieu en juillet au Kazakhstan.")
    assert not [e for e in v.events("Meeting") if any(r["entity"].startswith("local:") for r in e["roles"])]


def test_a_state_subjected_to_sanctions_is_their_recipient(view):
    v = view("Le Bélarus est soumis depuis 2021 à des sanctions de l'ONU.")
    sanction = v.event_on("Sanction", "sanctions")
    assert v.roles(sanction) == {("agent", UN), ("recipient", "Q184")}


def test_sanctions_named_again_inside_another_noun_are_the_same_regime(view):
    v = view("Le Conseil de sécurité a imposé des sanctions à la Corée du Nord en 2006. Le Japon redoute une "
             "violation des sanctions de l'ONU.")
    assert [e["trigger"]["text"] for e in v.events("Sanction")] == ["a imposé"]


def test_a_participle_with_an_agent_is_left_out_of_the_thing(view):
    v = view("Le Conseil de sécurité a voté en faveur d'une résolution rédigée par le Japon.")
    vote = v.event_on("Event", "voté")
    assert ("agent", UNSC) in v.roles(vote) and v.themes(vote) == ["une résolution"]


def test_presenting_a_plan_is_a_proposal(view):
    v = view("Le Japon a voté contre le texte, tandis que la Chine a présenté un plan de paix.")
    proposal = v.event_on("Proposal", "présenté")
    assert v.themes(proposal) == ["un plan de paix"] and ("agent", CHINA) in v.roles(proposal)


def test_the_demonym_of_sanctions_is_their_agent(view):
    v = view("Alexandre Loukachenko a visité une raffinerie, un site visé par des sanctions américaines.")
    sanction = v.event_on("Sanction", "sanctions")
    assert ("agent", US) in v.roles(sanction)
