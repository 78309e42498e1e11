"""Events, roles and statuses on French constructions the extractor had not been written for: new verbs and
nouns of events (chairing, testing, calling a body together, striking, killing, destroying, returning, taking
part, lunching, coming to terms, breaking off ties, withdrawals, reforms, support, shots), verbs whose sense
depends on their complements, and general constructions (a list of subjects `X, Y et Z`, a pronominal verb that
is no passive, `qui` standing for its antecedent, a preposition before `lequel`, a participle the tagger calls a
noun, a passive with `a été`, a demonym on the `de` complement, a measured event noun). Every sentence is of
our own writing, not from the bundled article nor the gold corpus. Publication date 2024-03-15 unless said."""

from __future__ import annotations

from newsld.extract.noun_phrases import noun_phrase

PUTIN, XI, KIM, LUKASHENKO, KISHIDA, SHOIGU, LAVROV = (
    "Q7747", "Q15031", "Q56226", "Q2866", "Q359480", "Q32024", "Q58217")
RUSSIA, CHINA, NORTH_KOREA, JAPAN, US, SOUTH_KOREA, UKRAINE, BELARUS = (
    "Q159", "Q148", "Q423", "Q17", "Q30", "Q884", "Q212", "Q184")


def agents(view_, event) -> set[str]:
    return {e for r, e in view_.roles(event) if r == "agent"}


# --- new verbs of events ---------------------------------------------------------------------------------------

def test_chairing_a_body_is_an_act_on_it(view):
    v = view("La Chine présidera le mois prochain le Conseil de sécurité de l'ONU.")
    event = v.event_on("Event", "présidera")
    assert ("agent", CHINA) in v.roles(event)
    assert event["status"] == "planned"


def test_testing_a_thing_makes_the_thing_the_theme(view):
    v = view("Le Japon a testé mardi un nouveau radar.")
    event = v.event_on("Event", "testé")
    assert agents(v, event) == {JAPAN}
    assert v.themes(event) == ["un nouveau radar"]


def test_overseeing_an_act_takes_no_theme_from_the_act(view):
    v = view("Xi Jinping a supervisé le lancement depuis une base du Nord.")
    event = v.event_on("Event", "supervisé")
    assert v.roles(event) == {("agent", XI)}


def test_calling_a_body_together_is_a_meeting(view):
    v = view("Fumio Kishida a convoqué jeudi ses ministres, a indiqué son cabinet.")
    meeting = v.event_on("Meeting", "convoqué")
    assert ("agent", KISHIDA) in v.roles(meeting)


def test_a_strike_on_a_city_has_the_city_as_recipient(view):
    v = view("La Russie a frappé Odessa dans la nuit avec des drones.")
    strike = v.event_on("Event", "frappé")
    assert agents(v, strike) == {RUSSIA}
    assert any(r == "recipient" for r, _ in v.roles(strike))


def test_struck_by_sanctions_is_no_strike(view):
    v = view("La Biélorussie est frappée par de lourdes sanctions depuis 2020.")
    assert not v.events_on("frappée", "Event")


def test_a_participle_of_consequence_takes_the_subject_of_the_clause(view):
    v = view("La Russie a bombardé Kharkiv mercredi, tuant au moins cinq civils.")
    killing = v.event_on("Event", "tuant")
    assert agents(v, killing) == {RUSSIA}
    victims = [e for r, e in v.roles(killing) if r == "recipient"]  # the killed are recipients (gold README)
    assert victims and v.entity(victims[0])["type"] == "person"


def test_a_destroyed_thing_in_the_passive_is_its_recipient(view):
    v = view("Un pont ferroviaire a été détruit samedi près de Koursk.")
    event = v.event_on("Event", "détruit")
    assert [r for r, _ in v.roles(event)] == ["recipient"]
    assert event["status"] == "occurred"


def test_a_name_inside_the_destroyed_thing_takes_no_part(view):
    v = view("Une centrale électrique de la région de Kharkiv a été entièrement détruite.")
    event = v.event_on("Event", "détruite")
    struck = {e for r, e in v.roles(event) if r == "recipient"}
    assert len(struck) == 1 and next(iter(struck)).startswith("local:") and len(v.roles(event)) == 1


def test_a_national_body_acts_for_its_state(view):
    v = view("Les troupes russes ont détruit un dépôt de carburant.")
    event = v.event_on("Event", "détruit")
    assert agents(v, event) == {RUSSIA}


def test_returning_to_a_country_is_a_visit(view):
    v = view("Vladimir Poutine est revenu en Chine en mai.")
    visit = v.event_on("Visit", "revenu")
    assert agents(v, visit) == {PUTIN}


def test_going_back_on_a_decision_is_no_visit(view):
    v = view("Le Japon est revenu sur sa décision de suspendre l'aide.")
    assert not v.events("Visit")


def test_reaching_a_country_is_a_visit(view):
    v = view("Sergueï Lavrov gagnera ensuite la Chine pour deux jours.")
    visit = v.event_on("Visit", "gagnera")
    assert agents(v, visit) == {LAVROV}
    assert visit["status"] == "planned"


def test_winning_a_vote_is_no_visit(view):
    v = view("Le parti au pouvoir a gagné les élections dimanche.")
    assert not v.events("Visit")


def test_taking_part_in_a_summit_meets_the_body_that_holds_it_through_a_de_chain(view):
    v = view("Vladimir Poutine participera en juillet à un sommet des chefs d'État de l'ONU.")
    meeting = v.event_on("Meeting", "participera")
    assert v.roles(meeting) == {("participant", PUTIN), ("participant", "Q1065")}
    assert meeting["status"] == "planned"


def test_taking_part_in_anything_else_only_says_who_was_there(view):
    v = view("Alexandre Loukachenko pourrait participer aux célébrations de mai.")
    event = v.event_on("Event", "participer")
    assert v.roles(event) == {("participant", LUKASHENKO)}
    assert event["status"] == "hypothetical"


def test_two_ministers_lunching_together_is_a_banquet_of_the_pair(view):
    v = view("Sergueï Lavrov a reçu Wang Yi à Moscou. Les deux ministres ont ensuite déjeuné ensemble.")
    meal = v.event_on("Banquet", "déjeuné")
    participants = {e for r, e in v.roles(meal) if r == "participant"}
    assert LAVROV in participants and len(participants) == 2


def test_coming_to_terms_is_an_agreement_of_the_subjects(view):
    v = view("Le Japon et la Corée du Sud ont convenu de relancer leur dialogue sur la sécurité.")
    agreement = v.event_on("Agreement", "convenu")
    assert v.roles(agreement) == {("participant", JAPAN), ("participant", SOUTH_KOREA)}


def test_breaking_off_ties_with_a_state(view):
    v = view("L'Ukraine a rompu ses relations diplomatiques avec la Biélorussie.")
    event = v.event_on("Event", "rompu")
    assert v.roles(event) == {("agent", UKRAINE), ("recipient", BELARUS)}


def test_keeping_to_a_rule_names_no_party_in_the_rule(view):
    v = view("La Chine respecte les résolutions en vigueur, a assuré son ministre.")
    event = v.event_on("Event", "respecte")
    assert v.roles(event) == {("agent", CHINA)}


# --- new nouns of events -----------------------------------------------------------------------------------

def test_a_withdrawal_of_troops_with_a_demonym_is_that_states_act(view):
    v = view("Le Japon exige le retrait des troupes chinoises de la zone.")
    event = v.event_on("Event", "retrait")
    assert agents(v, event) == {CHINA}
    assert event["status"] == "proposed"


def test_calling_for_a_reform_proposes_it_and_the_body_is_its_recipient(view):
    v = view("L'Inde a appelé mardi à une réforme du Conseil de sécurité de l'ONU.")
    event = v.event_on("Event", "réforme")
    assert event["status"] == "proposed"
    assert [r for r, _ in v.roles(event)] == ["recipient"]


def test_support_of_one_state_to_another(view):
    v = view("Kim Jong-un a salué le soutien de la Chine à la Corée du Nord.")
    event = v.event_on("Event", "soutien")
    assert v.roles(event) == {("agent", CHINA), ("recipient", NORTH_KOREA)}


def test_shots_of_weapons_with_a_demonym_are_that_states_shots(view):
    v = view("Séoul s'inquiète des tirs de roquettes nord-coréennes près de la frontière.")
    event = v.event_on("Event", "tirs")
    assert agents(v, event) == {NORTH_KOREA}


def test_the_owner_of_the_weapons_in_a_de_chain_fires_them(view):
    v = view("Tokyo a dénoncé les tirs de missiles à longue portée de la Corée du Nord.")
    event = v.event_on("Event", "tirs")
    assert agents(v, event) == {NORTH_KOREA}


def test_talks_measured_in_hours_are_those_of_the_pair(view):
    v = view("Xi Jinping a accueilli Vladimir Poutine à Pékin. Après deux heures de discussions, ils ont dîné.")
    talks = v.event_on("Event", "discussions")
    assert {e for _, e in v.roles(talks)} == {CHINA, RUSSIA}  # talks between states: the pair of countries


def test_an_aid_of_a_kind_is_a_delivery(view):
    v = view("L'aide militaire américaine à l'Ukraine a repris en avril.")
    delivery = v.event_on("Delivery", "aide")
    assert v.roles(delivery) == {("agent", US), ("recipient", UKRAINE)}


def test_with_the_help_of_is_no_delivery(view):
    v = view("Le Japon a construit ce satellite à l'aide de la France.")
    assert not v.events("Delivery")


def test_a_passed_on_letter_is_delivered(view):
    v = view("Sergueï Choïgou a transmis à Kim Jong-un une lettre de Vladimir Poutine.")
    delivery = v.event_on("Delivery", "transmis")
    assert ("agent", SHOIGU) in v.roles(delivery) and ("recipient", KIM) in v.roles(delivery)
    assert not v.events("Gift")


def test_passing_on_information_is_no_transfer(view):
    v = view("Le Japon a transmis des informations à la Corée du Sud.")
    assert not v.events("Delivery") and not v.events("Gift")


def test_a_handed_over_medal_stays_a_gift(view):
    v = view("Vladimir Poutine a remis une médaille à Alexandre Loukachenko.")
    gift = v.event_on("Gift", "remis")
    assert ("recipient", LUKASHENKO) in v.roles(gift)


def test_exchanging_views_is_a_talk_exchanging_prisoners_is_not(view):
    v = view("Xi Jinping et Kim Jong-un ont échangé sur la situation régionale.")
    assert v.roles(v.event_on("Meeting", "échangé")) == {("participant", XI), ("participant", KIM)}
    w = view("La Russie et l'Ukraine ont échangé des prisonniers.")
    assert not w.events("Meeting")


def test_not_recognising_a_vote_is_a_negated_act(view):
    v = view("La Russie ne reconnaîtra pas ce référendum, a prévenu Sergueï Lavrov.")
    event = v.event_on("Event", "reconnaîtra")
    assert ("agent", RUSSIA) in v.roles(event)
    assert event["status"] == "negated"


# --- general constructions -------------------------------------------------------------------------------------

def test_a_list_of_three_subjects_with_commas_and_et(view):
    v = view("La Chine, la Corée du Nord et la Biélorussie ont voté contre la résolution.")
    vote = v.event_on("Event", "voté")
    assert agents(v, vote) == {CHINA, NORTH_KOREA, BELARUS}


def test_a_name_in_apposition_is_no_list(view):
    v = view("Sergueï Lavrov, le chef de la diplomatie russe, a rencontré Wang Yi.")
    meeting = v.event_on("Meeting", "rencontré")
    assert ("participant", LAVROV) in v.roles(meeting) and RUSSIA not in {e for _, e in v.roles(meeting)}


def test_a_pronominal_verb_is_no_passive(view):
    v = view("Le Japon et la Corée du Sud se sont abstenus lors du vote.")
    event = v.event_on("Event", "abstenus")
    assert agents(v, event) == {JAPAN, SOUTH_KOREA}


def test_qui_stands_for_the_name_it_follows(view):
    v = view("Le président chinois, Xi Jinping, qui a présidé la séance, a salué l'accord.")
    event = v.event_on("Event", "présidé")
    assert agents(v, event) == {XI}


def test_a_relative_pronoun_after_avec_stands_for_the_name_before_it(view):
    v = view("Kim Jong-un a reçu Sergueï Choïgou, avec lequel il a visité une base aérienne.")
    visit = v.event_on("Visit", "visité")
    assert ("participant", SHOIGU) in v.roles(visit)


def test_a_participle_the_tagger_calls_a_noun_is_read_as_a_verb(view):
    v = view("Kim Jong-un, qui a personnellement supervisé l'essai, s'est dit satisfait.")
    event = v.event_on("Event", "supervisé")
    assert v.roles(event) == {("agent", KIM)}


def test_a_sentence_opening_participle_of_arrival_is_a_visit_of_the_subject(view):
    v = view("Arrivé la veille à Pékin, Vladimir Poutine a rencontré Xi Jinping jeudi.")
    visit = v.event_on("Visit", "Arrivé")
    assert agents(v, visit) == {PUTIN}


def test_a_guest_named_right_after_a_place_is_the_one_received(view):
    v = view("Xi Jinping a accueilli vendredi à Pékin Alexandre Loukachenko, président biélorusse.")
    meeting = v.event_on("Meeting", "accueilli")
    assert v.roles(meeting) == {("agent", XI), ("participant", LUKASHENKO)}


def test_signing_a_treaty_is_one_agreement_not_two(view):
    v = view("Vladimir Poutine et Alexandre Loukachenko ont paraphé un traité d'union douanière.")
    assert len(v.events("Agreement")) == 1
    assert not v.events_on("union")


def test_a_news_agency_after_selon_takes_no_part(view):
    v = view("Xi Jinping et Vladimir Poutine se sont entretenus longuement, selon l'agence TASS.")
    meeting = v.event_on("Meeting", "entretenus")
    assert v.roles(meeting) == {("participant", XI), ("participant", PUTIN)}


def test_a_relative_clause_keeps_its_own_status(view):
    v = view("La Chine, qui a testé un drone en janvier, propose de nouvelles discussions.")
    assert v.event_on("Event", "testé")["status"] == "occurred"


def test_exercises_led_by_two_states(view):
    v = view("Pyongyang a dénoncé les exercices militaires menés lundi par les États-Unis et le Japon.")
    event = v.event_on("Event", "exercices")
    assert {e for r, e in v.roles(event) if r == "participant"} == {US, JAPAN}


# --- senses that depend on the complements, and more constructions -------------------------------------------

def test_a_draft_carried_by_a_state_is_its_proposal(view):
    v = view("Le projet de résolution, porté par le Japon, a été rejeté.")
    proposal = v.event_on("Proposal", "porté")
    assert agents(v, proposal) == {JAPAN}


def test_wearing_a_suit_is_no_proposal(view):
    v = view("Kim Jong-un portait un costume sombre.")
    assert not v.events("Proposal")


def test_someone_expected_in_a_country_is_a_planned_visit(view):
    v = view("Le ministre chinois, Wang Yi, est attendu en Russie la semaine prochaine.")
    visit = v.event_on("Visit", "attendu")
    assert visit["status"] == "planned"
    assert [r for r, _ in v.roles(visit)] == ["agent"]


def test_expecting_an_answer_is_no_visit(view):
    v = view("Le Japon attend une réponse de la Chine.")
    assert not v.events("Visit")


def test_a_visit_one_is_expected_for_is_the_expected_ones_and_planned(view):
    v = view("Kim Jong-un, attendu jeudi à Moscou pour une visite officielle, n'a fait aucune déclaration.")
    visit = v.event_on("Visit", "visite")
    assert agents(v, visit) == {KIM}
    assert visit["status"] == "planned"


def test_a_visit_in_the_subject_of_a_negated_verb_is_denied(view):
    v = view("La visite de Xi Jinping n'a pas eu lieu.")
    assert v.event_on("Visit", "visite")["status"] == "negated"


def test_presenting_a_plan_after_a_day_is_a_proposal_and_the_day_is_not_in_the_plan(view):
    v = view("Le Japon doit présenter lundi un plan de relance en cinq volets.")
    proposal = v.event_on("Proposal", "présenter")
    assert agents(v, proposal) == {JAPAN}
    assert v.themes(proposal) == ["un plan de relance en cinq volets"]


def test_a_withdrawal_in_quoted_words_still_takes_the_demonym(view):
    # `troupes`: `les forces russes` names Russia's armed forces (Q193159), an agent of their own
    v = view("Kiev exige le retrait « total » des troupes russes de Crimée.")
    assert agents(v, v.event_on("Event", "retrait")) == {RUSSIA}


def test_running_into_a_person_is_a_meeting(view):
    v = view("Sergueï Lavrov pourrait y croiser Wang Yi, selon une source diplomatique.")
    meeting = v.event_on("Meeting", "croiser")
    assert ("participant", LAVROV) in v.roles(meeting)
    assert meeting["status"] == "hypothetical"


def test_the_inverted_subject_of_a_reporting_incise_is_the_one_who_goes_on_to_talk(view):
    v = view("« La Chine est un partenaire fiable », a affirmé Sergueï Lavrov, avant de s'entretenir avec Wang Yi.")
    meeting = v.event_on("Meeting", "entretenir")
    assert ("participant", LAVROV) in v.roles(meeting) and CHINA not in {e for _, e in v.roles(meeting)}


# --- statuses and noun phrases -----------------------------------------------------------------------------

def test_what_one_will_never_forget_did_happen(view):
    v = view("« La Chine n'oubliera jamais le soutien apporté par la Russie », a déclaré Xi Jinping.")
    support = v.event_on("Event", "soutien")
    assert support["status"] == "occurred" and ("agent", RUSSIA) in v.roles(support)


def test_sanctions_no_longer_respected_are_not_denied(view):
    v = view("Selon Tokyo, les sanctions de l'ONU contre la Corée du Nord ne sont plus respectées.")
    assert v.event_on("Sanction", "sanctions")["status"] == "occurred"


def test_a_visit_that_did_not_take_place_is_denied(view):
    v = view("La visite de Xi Jinping à Moscou n'a finalement pas eu lieu.")
    assert v.event_on("Visit", "visite")["status"] == "negated"


def test_a_condition_on_the_verb_still_makes_its_subject_event_hypothetical(view):
    v = view("Toute livraison d'armes de la Chine à la Russie violerait le droit international.")
    assert v.event_on("Delivery", "livraison")["status"] == "hypothetical"


def test_an_absolute_participle_clause_takes_no_part_in_the_passive_before_it(view):
    v = view("Les restrictions ne sont plus appliquées, la Russie et la Chine refusant de les surveiller.")
    watching = v.event_on("Event", "surveiller")
    assert agents(v, watching) == {RUSSIA, CHINA}


def test_an_adjective_with_its_own_complement_is_left_out_of_the_thing(nlp):
    doc = nlp("Xi Jinping et Vladimir Poutine ont paraphé un accord énergétique valable jusqu’en 2040.")
    accord = next(t for t in doc if t.text == "accord")
    start, end = noun_phrase(accord)
    assert doc.text[start:end] == "un accord énergétique"


def test_a_count_of_victims_keeps_its_au_moins(view):
    v = view("La Russie a pilonné Kharkiv, tuant au moins douze civils.")
    killing = v.event_on("Event", "tuant")
    victims = [e for r, e in v.roles(killing) if r == "recipient"]
    assert [m["text"] for m in v.data["mentions"] if m["entity"] in victims] == ["au moins douze civils"]


def test_a_day_the_parse_takes_for_the_object_leaves_the_real_object_the_theme(view):
    v = view("Le Parlement européen a adopté mardi à une large majorité une résolution condamnant la Russie.")
    adoption = v.event_on("Event", "adopté")
    assert v.themes(adoption) == ["une résolution"]


def test_the_subject_after_an_intransitive_verb_in_a_relative_clause(view):
    v = view("Tokyo accueillera en juin un sommet, auquel pourrait participer Xi Jinping.")
    attendance = next(e for e in v.events_on("participer"))
    assert ("participant", XI) in v.roles(attendance)
    assert attendance["status"] == "hypothetical"


def test_an_event_that_dates_a_denied_one_did_happen(view):
    v = view("Xi Jinping ne s'est plus rendu en Russie depuis sa visite à Moscou en mars.")
    assert v.event_on("Visit", "rendu")["status"] == "negated"
    visit = v.event_on("Visit", "visite")
    assert visit["status"] == "occurred" and agents(v, visit) == {XI}


def test_the_two_ministers_are_the_two_of_the_talks_just_told_not_the_most_named(view):
    v = view("Xi Jinping a reçu Vladimir Poutine à Pékin. Xi Jinping et Vladimir Poutine ont dîné ensemble. "
             "Sergueï Lavrov s'est ensuite entretenu avec Wang Yi. Les deux ministres doivent signer mardi un accord.")
    agreement = v.event_on("Agreement", "signer")
    participants = {e for r, e in v.roles(agreement) if r == "participant"}
    assert LAVROV in participants and XI not in participants and PUTIN not in participants


def test_urging_a_state_to_put_an_end_to_something_proposes_that_states_act(view):
    v = view("Le Japon a exhorté la Chine à « mettre fin sans délai » à ses manœuvres.")
    ending = v.event_on("Event", "mettre")
    assert v.roles(ending) == {("agent", CHINA)}
    assert ending["status"] == "proposed"


def test_putting_someone_on_guard_is_no_ending(view):
    v = view("Le Japon a mis en garde la Corée du Nord contre toute provocation.")
    assert not v.events_on("mis", "Event")


# --- second round: things coming down, visits that date an act, passive receptions, restated armed acts ---------

def _texts_of(view_, event, role: str) -> list[str]:
    ids = {e for r, e in view_.roles(event) if r == role}
    return sorted(m["text"] for m in view_.data["mentions"] if m["entity"] in ids)


def test_a_fired_thing_coming_down_at_sea_takes_part_in_its_fall(view):
    v = view("Le drone, parti de Crimée, a volé deux heures avant de s'abîmer en mer Noire.")
    fall = v.event_on("Event", "abîmer")
    assert [r for r, _ in v.roles(fall)] == ["participant"]
    assert _texts_of(v, fall, "participant") == ["Le drone"]


def test_several_projectiles_falling_at_sea_are_one_participant(view):
    v = view("Les quatre roquettes sont retombées en mer de Chine orientale.")
    fall = v.event_on("Event", "retombées")
    assert _texts_of(v, fall, "participant") == ["Les quatre roquettes"]
    assert fall["status"] == "occurred"


def test_what_falls_after_a_launch_is_the_thing_launched(view):
    v = view("La Corée du Nord a tiré lundi deux missiles de croisière, qui sont tombés en mer Jaune.")
    launch, fall = v.event_on("Event", "tiré"), v.event_on("Event", "tombés")
    assert ("agent", NORTH_KOREA) in v.roles(launch)
    assert {e for r, e in v.roles(fall)} == {e for r, e in v.roles(launch) if r == "theme"} != set()


def test_falling_with_no_place_of_landing_is_no_event(view):
    v = view("Le gouvernement japonais est tombé mardi, et les deux partis sont tombés d'accord sur un calendrier.")
    assert not v.events_on("tombé") and not v.events_on("tombés")


def test_a_vehicle_damaged_by_someone_is_no_fall(view):
    v = view("La police a abîmé un véhicule au sol.")
    assert not v.events_on("abîmé")


def test_an_indefinite_visit_that_dates_an_act_is_the_subject_s_visit(view):
    v = view("Sergueï Lavrov a signé un accord sur le nucléaire civil lors d'une visite à Minsk.")
    visit = v.event_on("Visit", "visite")
    assert v.roles(visit) == {("agent", LAVROV)}


def test_a_trip_during_which_someone_spoke_is_theirs(view):
    v = view("Au cours d'un voyage en Asie centrale, Xi Jinping a rencontré le président kazakh.")
    visit = v.event_on("Visit", "voyage")
    assert v.roles(visit) == {("agent", XI)}


def test_a_definite_visit_that_dates_an_act_is_not_made_the_subject_s(view):
    v = view("Xi Jinping a signé un accord lors de la visite de Vladimir Poutine.")
    visit = v.event_on("Visit", "visite")
    assert v.roles(visit) == {("agent", PUTIN)}


def test_being_received_in_a_passive_infinitive_is_a_meeting_not_a_gift(view):
    v = view("Kim Jong-un a quitté Moscou deux jours après avoir été reçu par Vladimir Poutine.")
    assert not v.events("Gift")
    meeting = v.event_on("Meeting", "reçu")
    assert v.roles(meeting) == {("agent", PUTIN), ("participant", KIM)}


def test_a_restated_offensive_going_on_is_the_attacker_s_act(view):
    v = view("La Russie a bombardé Kharkiv dans la nuit. Le ministre a affirmé que l'offensive se poursuivra.")
    going_on = v.event_on("Event", "poursuivra")
    assert v.roles(going_on) == {("agent", RUSSIA)}


def test_strikes_growing_take_the_agent_of_the_strikes_told_before(view):
    v = view("L'Ukraine a attaqué une raffinerie russe. Moscou redoute que ces attaques ne s'intensifient.")
    growing = v.event_on("Event", "intensifient")
    assert v.roles(growing) == {("agent", UKRAINE)}


def test_talks_going_on_take_no_agent_from_an_earlier_attack(view):
    v = view("La Russie a bombardé Kharkiv. Les discussions se poursuivent à Genève.")
    assert not v.events_on("poursuivent")


def test_a_conditional_told_in_the_past_is_a_future_in_the_past_so_planned(view):
    v = view("Le ministre a annoncé mardi que la Chine livrerait des drones à la Russie.")
    delivery = v.event_on("Delivery", "livrerait")
    assert v.roles(delivery) == {("agent", CHINA), ("recipient", RUSSIA)}
    assert delivery["status"] == "planned"


def test_a_foretold_outcome_stays_a_prediction(view):
    v = view("Kim Jong-un a assuré que la Russie remporterait la guerre.")
    outcome = v.event_on("Event", "remporterait")
    assert v.roles(outcome) == {("agent", RUSSIA)}
    assert outcome["status"] == "hypothetical"


def test_a_possible_act_told_in_the_past_stays_possible(view):
    v = view("Le Kremlin a indiqué que Kim Jong-un pourrait se rendre à Moscou.")
    visit = v.event_on("Visit", "rendre")
    assert v.roles(visit) == {("agent", KIM)}
    assert visit["status"] == "hypothetical"


def test_an_offensive_linked_to_the_war_is_no_agent_of_its_going_on(view):
    v = view("La Russie a bombardé Kharkiv dans la nuit. Le Kremlin a assuré que l'offensive en Ukraine se "
             "poursuivrait.")
    going_on = v.event_on("Event", "poursuivrait")
    assert v.roles(going_on) == {("agent", RUSSIA)}
    assert going_on["status"] == "planned"


def test_an_object_after_a_day_and_its_date_is_still_the_theme(view):
    v = view("La Chine a testé jeudi 7 mars un nouveau drone de reconnaissance.")
    test = v.event_on("Event", "testé")
    assert agents(v, test) == {CHINA}
    assert v.themes(test) == ["un nouveau drone de reconnaissance"]


def test_where_a_fired_thing_went_is_not_part_of_its_name(view):
    v = view("La Russie a lancé un missile de croisière en direction de la Pologne.")
    launch = v.event_on("Event", "lancé")
    assert agents(v, launch) == {RUSSIA}
    assert v.themes(launch) == ["un missile de croisière"]


def test_an_unlinked_state_joined_to_a_state_abstains_with_it(view):
    v = view("La Chine et le Brésil se sont abstenus lors du vote.")
    abstention = v.event_on("Event", "abstenus")
    found = agents(v, abstention)
    assert CHINA in found and len(found) == 2
    other = (found - {CHINA}).pop()
    assert other.startswith("local:") and v.entity_of("Brésil") == other
