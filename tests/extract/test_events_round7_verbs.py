"""Verbs of events on topics beyond the gold corpus (justice, prisoner exchanges, expulsions, disasters, energy,
elections): a court's sentence and a trial, people taken in or held, envoys recalled, a swap of prisoners, an
arrival for a visit, a force of nature striking a country, a text passed by a body, goods given back; and the
senses of the same verbs that tell no such act (a stance condemned, an opinion judged, a question put, weapons
held, a reminder, time invested, views exchanged), negated acts and a purpose. Every sentence is of our own
writing, not from the bundled article nor the gold corpus. Publication date 2024-03-15."""

from __future__ import annotations

PUTIN, XI, KIM, LUKASHENKO, KISHIDA, SHOIGU = "Q7747", "Q15031", "Q56226", "Q2866", "Q359480", "Q32024"
RUSSIA, CHINA, NORTH_KOREA, JAPAN, US, SOUTH_KOREA, UKRAINE, BELARUS, VIETNAM = (
    "Q159", "Q148", "Q423", "Q17", "Q30", "Q884", "Q212", "Q184", "Q881")


def roles_of(view_, event) -> set[tuple[str, str]]:
    return view_.roles(event)


# --- justice -----------------------------------------------------------------------------------------------------

def test_a_sentence_to_prison_is_an_act_on_the_one_sentenced(view):
    v = view("Un tribunal de Minsk a condamné mardi Viktor Babariko à quatorze ans de prison.")
    sentence = v.event_on("Event", "condamné")
    assert ("recipient", v.named("Viktor Babariko")) in v.roles(sentence)


def test_a_person_sentenced_in_the_passive(view):
    v = view("Le journaliste Evan Gershkovich a été condamné vendredi à seize ans de détention.")
    sentence = v.event_on("Event", "condamné")
    assert ("recipient", v.named("Evan Gershkovich")) in v.roles(sentence)


def test_condemning_strikes_is_a_stance_not_a_sentence(view):
    v = view("Le Japon a condamné les frappes russes contre des hôpitaux ukrainiens.")
    assert not v.events_on("condamné", "Event")


def test_people_taken_in_by_the_police(view):
    v = view("La police russe a interpellé samedi Ilia Iachine devant son domicile.")
    arrest = v.event_on("Event", "interpellé")
    assert ("recipient", v.named("Ilia Iachine")) in v.roles(arrest)


def test_a_body_questioned_on_a_subject_is_no_arrest(view):
    v = view("Le député a interpellé le gouvernement japonais sur la hausse des prix de l'énergie.")
    assert not v.events_on("interpellé")


def test_a_person_held_in_a_state_is_held_by_that_state(view):
    v = view("Evan Gershkovich, détenu en Russie depuis un an, a reçu la visite de son avocat.")
    detention = v.event_on("Event", "détenu")
    assert v.roles(detention) == {("recipient", v.named("Evan Gershkovich")), ("agent", RUSSIA)}


def test_weapons_held_are_no_detention(view):
    v = view("La Corée du Nord détient plusieurs dizaines d'ogives nucléaires, selon les experts.")
    assert not v.events_on("détient")


def test_a_trial_for_an_offence(view):
    v = view("Viktor Babariko sera jugé pour corruption le mois prochain à Minsk.")
    trial = v.event_on("Event", "jugé")
    assert ("recipient", v.named("Viktor Babariko")) in v.roles(trial)
    assert trial["status"] == "planned"


def test_an_opinion_judged_is_no_trial(view):
    v = view("Le Japon a jugé la situation en mer de Chine très préoccupante.")
    assert not v.events_on("jugé", "Event")


# --- envoys, exchanges, returns ------------------------------------------------------------------------------------

def test_an_ambassador_recalled(view):
    v = view("La Corée du Sud a rappelé jeudi son ambassadeur en Russie pour consultations.")
    recall = v.event_on("Event", "rappelé")
    assert ("agent", SOUTH_KOREA) in v.roles(recall)


def test_a_reminder_is_no_recall(view):
    v = view("Le Vietnam a rappelé que la Chine devait respecter le droit de la mer.")
    assert not v.events_on("rappelé", "Event")


def test_prisoners_swapped_by_two_states(view):
    v = view("L'Ukraine et la Russie ont échangé dimanche quarante prisonniers de guerre.")
    swap = v.event_on("Event", "échangé")
    assert {("participant", UKRAINE), ("participant", RUSSIA)} <= v.roles(swap)
    assert not v.events("Meeting")


def test_views_exchanged_stay_a_talk(view):
    v = view("Fumio Kishida et Xi Jinping ont échangé leurs vues sur la sécurité régionale.")
    talk = v.event_on("Meeting", "échangé")
    assert v.roles(talk) == {("participant", KISHIDA), ("participant", XI)}


def test_goods_given_back_are_delivered(view):
    v = view("La Russie a restitué mardi onze enfants à l'Ukraine, selon la médiatrice du Qatar.")
    delivery = v.event_on("Delivery", "restitué")
    assert {("agent", RUSSIA), ("recipient", UKRAINE)} <= v.roles(delivery)


def test_an_arrival_for_a_visit_is_an_act_of_its_own(view):
    v = view("Alexandre Loukachenko est arrivé lundi à Hanoï pour une visite officielle de deux jours.")
    arrival = v.event_on("Event", "arrivé")
    assert v.roles(arrival) == {("agent", LUKASHENKO)}
    assert [e["trigger"]["text"] for e in v.events("Visit")] == ["visite"]


# --- disasters, texts passed, investments, dismissals --------------------------------------------------------------

def test_an_earthquake_striking_a_country(view):
    v = view("Un puissant séisme a secoué mardi matin la Chine et le Vietnam.")
    quake = v.event_on("Event", "secoué")
    assert ("recipient", CHINA) in v.roles(quake)
    assert not any(r == "agent" for r, _ in v.roles(quake))


def test_a_country_ravaged_by_floods(view):
    v = view("Le Vietnam a été ravagé la semaine dernière par des inondations meurtrières.")
    flood = v.event_on("Event", "ravagé")
    assert v.roles(flood) == {("recipient", VIETNAM)}


def test_a_text_passed_by_a_body(view):
    v = view("La Douma a approuvé mercredi la loi sur les agents étrangers.")
    passed = v.event_on("Event", "approuvé")
    assert ("agent", v.named("Douma")) in v.roles(passed)


def test_a_decision_approved_is_a_stance(view):
    v = view("Le Japon a approuvé la décision de la Corée du Sud.")
    assert not v.events_on("approuvé")


def test_money_invested_is_an_investment(view):
    v = view("Le Japon a investi trois milliards de dollars au Vietnam l'an dernier.")
    investment = v.event_on("Event", "investi")
    assert ("agent", JAPAN) in v.roles(investment)


def test_time_invested_is_no_investment(view):
    v = view("Le Japon a investi beaucoup d'efforts dans ce dialogue.")
    assert not v.events_on("investi")


def test_a_dismissal_does_not_act_on_its_doer(view):
    v = view("Kim Jong-un a limogé son chef d'état-major lundi.")
    dismissal = v.event_on("Event", "limogé")
    assert ("agent", KIM) in v.roles(dismissal) and ("recipient", KIM) not in v.roles(dismissal)


# --- negation and purpose ------------------------------------------------------------------------------------------

def test_a_negated_expulsion_is_negated(view):
    v = view("La Chine n'a pas expulsé les diplomates japonais, a assuré Pékin.")
    expulsion = v.event_on("Event", "expulsé")
    assert expulsion["status"] == "negated"


def test_an_arrest_only_aimed_at_is_no_arrest_done(view):
    v = view("La Biélorussie a mobilisé la police afin d'arrêter les opposants.")
    assert all(e["status"] != "occurred" for e in v.events_on("arrêter"))


# --- a day set between the verb and its object ----------------------------------------------------------------------

def test_an_agreement_signed_on_a_day_is_one_event_with_both_parties(view):
    v = view("Le Japon a signé vendredi un accord gazier avec le Vietnam.")
    signing = v.event_on("Agreement", "signé")
    assert {("participant", JAPAN), ("participant", VIETNAM)} <= v.roles(signing)
    assert len(v.events("Agreement")) == 1


def test_people_expelled_after_a_day_are_the_recipients(view):
    v = view("La Chine a expulsé jeudi trois journalistes japonais.")
    expulsion = v.event_on("Event", "expulsé")
    assert ("agent", CHINA) in v.roles(expulsion)
    assert any(r == "recipient" for r, _ in v.roles(expulsion))


def test_a_sentence_with_its_penalty_after_a_day(view):
    v = view("La justice russe a condamné mardi Evan Gershkovich à seize ans de prison.")
    sentence = v.event_on("Event", "condamné")
    assert ("recipient", v.named("Evan Gershkovich")) in v.roles(sentence)


# --- places taken and defended, people held, goods and statuses granted ----------------------------------------------

def test_a_town_taken_by_an_army(view):
    v = view("Les forces ukrainiennes ont repris lundi le contrôle de la ville de Koupiansk.")
    capture = v.event_on("Event", "repris")
    assert ("agent", UKRAINE) in v.roles(capture)


def test_talks_resumed_are_no_capture(view):
    v = view("La Chine a repris mardi le dialogue avec le Japon.")
    assert not v.events_on("repris", "Event")


def test_hostages_held(view):
    v = view("Le groupe armé retient toujours deux otages japonais au Mali.")
    holding = v.event_on("Event", "retient")
    assert any(r == "recipient" for r, _ in v.roles(holding))


def test_a_lesson_kept_is_no_holding(view):
    v = view("Le Japon a retenu la leçon de la catastrophe de 2011.")
    assert not v.events_on("retenu")


def test_a_stance_defended_is_no_defence(view):
    v = view("La Chine a défendu sa position sur la mer de Chine méridionale.")
    assert not v.events_on("défendu")


def test_aid_released_to_a_state_is_a_delivery(view):
    v = view("Le Japon a débloqué sept milliards de dollars d'aide à l'Ukraine.")
    aid = v.event_on("Delivery", "débloqué")
    assert {("agent", JAPAN), ("recipient", UKRAINE)} <= v.roles(aid)


def test_asylum_granted_is_an_act_on_the_one_granted_it(view):
    v = view("La Russie a accordé l'asile politique à Edward Snowden en 2013.")
    grant = v.event_on("Event", "accordé")
    assert {("agent", RUSSIA), ("recipient", v.named("Edward Snowden"))} <= v.roles(grant)


def test_importance_granted_is_no_grant(view):
    v = view("Le Japon accorde une grande importance à ses relations avec le Vietnam.")
    assert not v.events_on("accorde")


# --- elections and offices, attacks told by `s'en prendre à` ---------------------------------------------------------

def test_a_share_of_the_vote_won(view):
    v = view("Alexandre Loukachenko a obtenu 87 % des voix dimanche, selon la commission électorale.")
    result = v.event_on("Event", "obtenu")
    assert v.roles(result) == {("participant", LUKASHENKO)}


def test_guarantees_obtained_are_no_vote(view):
    v = view("Le Japon a obtenu des garanties de la Chine sur la sécurité alimentaire.")
    assert not v.events_on("obtenu")


def test_keeping_a_post_through_a_reshuffle(view):
    v = view("Sergueï Choïgou devrait conserver son poste, selon le Kremlin.")
    kept = v.event_on("Event", "conserver")
    assert v.roles(kept) == {("agent", SHOIGU)} and kept["status"] != "occurred"


def test_holding_a_post_is_no_deed(view):
    v = view("Vladimir Poutine occupe le poste de président depuis 2012.")
    assert not v.events_on("occupe")


def test_turning_on_a_state_is_an_act_against_it(view):
    v = view("La Corée du Nord s'en est prise violemment au Japon mardi.")
    attack = v.event_on("Event", "prise")
    assert v.roles(attack) == {("agent", NORTH_KOREA), ("recipient", JAPAN)}


def test_turning_on_a_person_is_a_verbal_attack_not_an_event(view):
    v = view("L'ancien président a violemment pris à partie le ministre, puis s'en est pris au président Xi Jinping.")
    assert not v.events_on("pris", "Event")


def test_votes_won_by_a_text_name_no_candidate(view):
    v = view("La résolution a recueilli 120 voix pour et neuf contre à l'Assemblée.")
    assert not v.events_on("recueilli")


def test_a_state_armed_by_another_receives_weapons(view):
    v = view("La Chine a équipé la Russie de drones militaires, selon Washington.")
    delivery = v.event_on("Delivery", "équipé")
    assert {("agent", CHINA), ("recipient", RUSSIA)} <= v.roles(delivery)


def test_things_equipped_with_something_tell_no_delivery(view):
    v = view("Les navires japonais, équipés de radars américains, patrouillent près des îles.")
    assert not v.events_on("équipés")


def test_people_expelled_from_a_state_are_expelled_by_it(view):
    v = view("Evan Gershkovich a été expulsé de Russie lundi.")
    expulsion = v.event_on("Event", "expulsé")
    assert v.roles(expulsion) == {("recipient", v.named("Evan Gershkovich")), ("agent", RUSSIA)}


# --- custody, terms agreed, supplies, hearings ----------------------------------------------------------------------

def test_a_person_put_in_custody(view):
    v = view("L'opposant Ilia Iachine a été mis en détention provisoire à Moscou.")
    custody = v.event_on("Event", "mis")
    assert ("recipient", v.named("Ilia Iachine")) in v.roles(custody)


def test_a_warning_put_to_a_state_is_no_custody(view):
    v = view("Le Japon a mis en garde la Chine contre toute nouvelle incursion.")
    assert not v.events_on("mis", "Event")


def test_two_states_coming_to_terms_on_a_price(view):
    v = view("La Russie et la Chine se sont accordées mardi sur le prix du gaz.")
    agreement = v.event_on("Agreement", "accordées")
    assert v.roles(agreement) == {("participant", RUSSIA), ("participant", CHINA)}


def test_a_state_supplied_with_oil_receives_it(view):
    v = view("La Russie approvisionne la Chine en pétrole depuis 2014.")
    supply = v.event_on("Delivery", "approvisionne")
    assert v.roles(supply) == {("agent", RUSSIA), ("recipient", CHINA)}


def test_a_hearing_is_a_meeting_with_the_one_heard(view):
    v = view("Le Conseil de la Fédération doit auditionner Sergueï Choïgou mardi.")
    hearing = v.event_on("Meeting", "auditionner")
    assert ("participant", SHOIGU) in v.roles(hearing) and hearing["status"] == "planned"


def test_investing_somewhere_with_no_object_named(view):
    v = view("La Chine a investi massivement au Vietnam depuis dix ans.")
    assert ("agent", CHINA) in v.roles(v.event_on("Event", "investi"))


def test_people_counted_and_carried_off(view):
    v = view("La Russie a enlevé des milliers d'enfants ukrainiens, selon Kiev.")
    assert ("agent", RUSSIA) in v.roles(v.event_on("Event", "enlevé"))


def test_debris_removed_is_no_abduction(view):
    v = view("Les ouvriers japonais ont enlevé les débris de la route.")
    assert not v.events_on("enlevé")


# --- a participle opening the sentence, tagged a noun by the parse ----------------------------------------------------

def test_an_arrest_told_by_an_opening_participle(view):
    v = view("Arrêté lundi à Moscou, Evan Gershkovich a été inculpé d'espionnage.")
    arrest = v.event_on("Event", "Arrêté")
    assert v.roles(arrest) == {("recipient", v.named("Evan Gershkovich"))}


def test_people_taken_in_told_by_an_opening_participle(view):
    v = view("Interpellé mardi par la police, Ilia Iachine a été relâché le soir même.")
    arrest = v.event_on("Event", "Interpellé")
    assert ("recipient", v.named("Ilia Iachine")) in v.roles(arrest)


def test_a_side_named_at_the_opening_is_no_participle(view):
    v = view("Côté japonais, le ministre des Affaires étrangères a refusé de commenter.")
    assert not v.events_on("Côté")


def test_a_states_weapon_striking_acts_for_that_state(view):
    v = view("Un missile russe a touché mardi un hôpital pour enfants à Kiev.")
    strike = v.event_on("Event", "touché")
    assert ("agent", RUSSIA) in v.roles(strike)


def test_a_weapon_of_no_state_names_no_doer(view):
    v = view("Un missile a touché mardi un hôpital pour enfants à Kiev.")
    assert all(r != "agent" for e in v.events_on("touché") for r, _ in v.roles(e))
