"""Verbs of concrete acts no rule used to turn into an event (round 17), each a class of the language.

- Movements and deeds of craft: a ship, an aircraft or a vehicle that flies over, takes off, escorts, moves away or
  shoots down acts as its crew does (its agent), also when no mention names it yet (`un bombardier russe a survolé`)
  or when only a model's name does (`l'Il-38 a survolé`); a craft that only undergoes an act does not act.
- Firing: `tirer` names a shot with a fired thing (flares, decoys, torpedoes, warning shots) or a target after `sur`
  that is someone or a craft; `tirer profit`, `tirer les leçons` are none.
- Hitting and aiming: `toucher` is a blow when a weapon, a strike or a force of nature does it; `viser` an act of
  force on a named party or place; not `toucher un salaire`, `touché par son soutien`, `vise une croissance`.
- Institutional and legal acts: calling an event or an accord off (`a annulé l'accord avec X`: against X), a draft
  voted down (`a rejeté le projet de loi`), a treaty ratified (the ratifiers' act), a warrant issued against
  someone, joining a body (`a adhéré à l'Otan`).
- A second-group participle opening the sentence (`Investi en mai, X ...`) is read as the verb it is.
- Not acts: `quitter la salle`, `a requis l'anonymat`, `frapper les esprits`, `rejeter des accusations`, `émettre des
  doutes`.

Every sentence is of our own writing. Publication date 2024-03-15.
"""

from __future__ import annotations

RUSSIA, US = "Q159", "Q30"


def _agents(v, event) -> set[str]:
    return {entity for role, entity in v.roles(event) if role == "agent"}


def _role_words(v, event, role: str) -> list[str]:
    """The words of the mentions of the event's entities in this role."""
    entities = {e for r, e in v.roles(event) if r == role}
    return [m["text"] for m in v.data["mentions"] if m["entity"] in entities]


# --- craft ------------------------------------------------------------------------------------------------------

def test_a_bomber_no_mention_names_yet_is_the_doer_of_its_overflight(view):
    v = view("Un bombardier stratégique russe a survolé la mer Baltique.")
    overflight = v.event_on("Event", "survolé")
    assert any("bombardier" in words for words in _role_words(v, overflight, "agent"))


def test_a_craft_taken_up_acts_in_each_of_its_movements(view):
    v = view("Un avion de reconnaissance russe a survolé l'île de Gotland. L'appareil s'est ensuite éloigné vers le "
             "sud.")
    overflight, departure = v.event_on("Event", "survolé"), v.event_on("Event", "éloigné")
    assert _agents(v, overflight) and _agents(v, overflight) == _agents(v, departure)


def test_a_warship_escorting_a_cargo_acts(view):
    v = view("Une frégate britannique escortait un cargo au large de la Norvège.")
    escort = v.event_on("Event", "escortait")
    assert any("frégate" in words for words in _role_words(v, escort, "agent"))


def test_a_fighter_shooting_down_a_bomber_acts(view):
    v = view("Un chasseur turc a abattu un bombardier russe près de la frontière syrienne.")
    shooting = v.event_on("Event", "abattu")
    assert any("chasseur" in words for words in _role_words(v, shooting, "agent"))


def test_a_craft_that_is_only_towed_does_not_act(view):
    v = view("Le cargo a été remorqué jusqu'au port de Gdansk.")
    assert not any(_agents(v, e) for e in v.events_on("remorqué"))


# --- firing -----------------------------------------------------------------------------------------------------

def test_flares_fired_are_a_shot(view):
    v = view("La marine philippine a tiré des fusées éclairantes au-dessus du récif.")
    shot = v.event_on("Event", "tiré")
    assert any("marine philippine" in words for words in _role_words(v, shot, "agent"))


def test_firing_on_people_names_the_target_as_recipient(view):
    v = view("L'armée israélienne a tiré sur des manifestants à Gaza.")
    shot = v.event_on("Event", "tiré")
    assert any("manifestants" in words for words in _role_words(v, shot, "recipient"))


def test_drawing_profit_or_lessons_is_no_shot(view):
    v = view("L'armée a tiré profit de la situation. Le gouvernement a tiré les leçons de la crise.")
    assert not v.events_on("tiré")


# --- hitting and aiming -----------------------------------------------------------------------------------------

def test_a_national_missile_hitting_a_building_is_its_states_act(view):
    v = view("Un missile russe a touché un immeuble à Odessa.")
    assert _agents(v, v.event_on("Event", "touché")) == {RUSSIA}


def test_a_salary_drawn_or_a_man_moved_by_support_is_no_blow(view):
    v = view("Le ministre a touché un salaire de 10.000 euros. Le président ukrainien s'est dit touché par le "
             "soutien de la Pologne.")
    assert not v.events_on("touché")


def test_aiming_at_a_growth_rate_is_no_act_of_force(view):
    v = view("La Russie vise une croissance de 3 % cette année.")
    assert not v.events_on("vise")


def test_striking_the_minds_is_no_strike(view):
    v = view("Le discours du pape a frappé les esprits en Argentine.")
    assert not v.events_on("frappé")


# --- leaving and joining ----------------------------------------------------------------------------------------

def test_walking_out_of_a_room_is_no_departure(view):
    v = view("Le Premier ministre polonais a quitté la salle avant la fin du discours.")
    assert not v.events_on("quitté")


def test_joining_a_body_makes_it_the_recipient(view):
    v = view("La Finlande a adhéré à l'Otan en avril 2023.")
    accession = v.event_on("Event", "adhéré")
    assert _agents(v, accession) == {v.named("Finlande")}
    assert ("recipient", v.named("Otan")) in v.roles(accession)


# --- institutional and legal acts -------------------------------------------------------------------------------

def test_calling_off_an_accord_with_a_state_is_an_act_against_it(view):
    v = view("Le Niger a annulé l'accord de défense avec les États-Unis.")
    cancellation = v.event_on("Event", "annulé")
    assert _agents(v, cancellation) == {v.named("Niger")}
    assert ("recipient", US) in v.roles(cancellation)
    assert v.event_on("Agreement", "accord")["status"] == "negated"


def test_a_draft_voted_down_is_the_act_of_the_body(view):
    v = view("Le Sénat a rejeté le projet de loi sur l'immigration.")
    rejection = v.event_on("Event", "rejeté")
    assert any("Sénat" in words for words in _role_words(v, rejection, "agent"))


def test_rejecting_accusations_is_no_vote(view):
    v = view("Le Kremlin a rejeté ces accusations.")
    assert not v.events_on("rejeté")


def test_a_treaty_ratified_by_two_states_is_their_act(view):
    v = view("Le traité, ratifié par la France et l'Allemagne, entre en vigueur lundi.")
    ratification = v.event_on("Event", "ratifié")
    assert _agents(v, ratification) == {v.named("France"), v.named("Allemagne")}


def test_an_arrest_warrant_issued_against_someone_is_an_act_on_them(view):
    v = view("La Cour pénale internationale a émis un mandat d'arrêt contre Benyamin Netanyahou en novembre.")
    warrant = v.event_on("Event", "émis")
    assert ("recipient", v.named("Benyamin Netanyahou")) in v.roles(warrant)
    assert _agents(v, warrant)


def test_voicing_doubts_is_no_warrant(view):
    v = view("La Cour a émis des doutes sur la procédure.")
    assert not v.events_on("émis")


def test_asking_for_anonymity_is_no_act(view):
    v = view("Un diplomate européen, qui a requis l'anonymat, a confirmé la rencontre.")
    assert not v.events_on("requis")


# --- participles that open the sentence ---------------------------------------------------------------------------

def test_an_opening_participle_of_the_second_group_is_the_investiture(view):
    v = view("Investi en mai, le président Bola Tinubu a promis des réformes.")
    investiture = v.event_on("Event", "Investi")
    assert v.roles(investiture) == {("recipient", v.named("Bola Tinubu"))}


def test_an_opening_participle_hung_far_from_its_subject_is_still_said_of_them(view):
    v = view("Investi mardi dernier pour un second mandat, M. Erdogan doit se rendre jeudi en Chine, a confirmé son "
             "porte-parole.")
    assert v.roles(v.event_on("Event", "Investi")) == {("recipient", v.named("Erdogan"))}


def test_money_invested_is_no_investiture(view):
    v = view("Les milliards investis par la Chine au Kenya inquiètent.")
    assert not any(role == "recipient" for e in v.events_on("investis") for role, _ in v.roles(e))


def test_a_stage_crossed_is_no_crossing(view):
    v = view("La Pologne a franchi une nouvelle étape dans sa coopération avec la Lituanie.")
    assert not v.events_on("franchi")


def test_a_ship_crossing_the_median_line_of_a_strait_acts(view):
    v = view("Un navire chinois a franchi la ligne médiane du détroit.")
    crossing = v.event_on("Event", "franchi")
    assert any("navire" in words for words in _role_words(v, crossing, "agent"))


def test_repelling_an_attack_is_an_act_against_the_attackers(view):
    v = view("L'armée ukrainienne a repoussé une attaque russe près de Bakhmout.")
    repelled = v.event_on("Event", "repoussé")
    assert ("recipient", RUSSIA) in v.roles(repelled)
    assert any("armée ukrainienne" in words for words in _role_words(v, repelled, "agent"))
    assert v.event_on("Event", "attaque")  # the attack is an event of its own


def test_a_meeting_put_off_to_a_date_is_no_repelling(view):
    v = view("Le Conseil a repoussé sa réunion à mars.")
    assert not v.events_on("repoussé")
