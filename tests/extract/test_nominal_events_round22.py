"""Events written as nouns, and their participants (round 22, event_nouns.py and action_nouns.py).

- Dealings and clashes of two sides named by a noun that names a trade, a topic or a state as often (`commerce`,
  `échanges`, `réconciliation`, `crise`, `combats`, `affrontements`, `escalade`): an event only with both sides
  written, `entre X et Y` or a compound demonym (`sino-russe`); an action noun with `entre X et Y` on it or on the
  ties it acts on (`la normalisation des relations entre X et Y`) has both as participants.
- Tests and launches of a weapon or a rocket (`un essai de missile`, `le lancement d'un satellite`): whose act, by
  `par`, the light verb's subject, the demonym of the noun or of the thing launched.
- An act one answers with (`répondre par un tir`) is the answerer's; an act charged (`accuse X de provocation`) is
  the charged one's, also after a participle that has its own object.
- Drills held alone are the holder's act (agent); joint ones have participants; owned drills carried by a verb of
  one's own doing are drills with no adjective.
- The forces one moves (`le retrait de ses troupes`) are one's own: the subject does the act, not the troops.
- Acts counted (`une série de frappes`) are carried by the verb of the counting noun.
- Action nouns whose verb names an act only with some objects (`l'adoption de la résolution`), short bare nouns
  (`le gel des avoirs`), goods sold to a party (`la vente de chars à la Pologne`, not a sale a measure limits), a
  demonym on a noun of an act with no object (`l'intervention russe`), aid to a named party (`l'aide américaine à
  l'Ukraine`, not aid asked of someone), a vote organised `par` someone, a rebellion led by someone.

Every sentence is of our own writing. Publication date 2024-03-15."""

from __future__ import annotations

RUSSIA, CHINA, JAPAN, NORTH_KOREA, SOUTH_KOREA, US, UKRAINE = "Q159", "Q148", "Q17", "Q423", "Q884", "Q30", "Q212"


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- two sides named on the noun ------------------------------------------------------------------------------------

def test_trade_between_two_states_is_their_act(view):
    v = view("Le commerce entre la Russie et la Chine a atteint un niveau record l'an dernier.")
    assert roles_of(v, "Event", "commerce") == {("participant", RUSSIA), ("participant", CHINA)}


def test_a_reconciliation_between_two_capitals_is_theirs(view):
    v = view("Washington a salué la réconciliation entre le Japon et la Corée du Sud.")
    assert roles_of(v, "Event", "réconciliation") == {("participant", JAPAN), ("participant", SOUTH_KOREA)}


def test_a_diplomatic_crisis_between_two_states_past_its_adjective(view):
    v = view("La crise diplomatique entre la Chine et le Japon dure depuis des mois.")
    assert roles_of(v, "Event", "crise") == {("participant", CHINA), ("participant", JAPAN)}


def test_clashes_between_two_sides(view):
    v = view("Les affrontements entre la Russie et l'Ukraine se sont intensifiés dans le nord.")
    assert roles_of(v, "Event", "affrontements") == {("participant", RUSSIA), ("participant", UKRAINE)}


def test_a_compound_demonym_names_both_sides_of_trade(view):
    v = view("Le commerce sino-russe a progressé de 26 % l'an dernier.")
    assert roles_of(v, "Event", "commerce") == {("participant", CHINA), ("participant", RUSSIA)}


def test_normalising_the_ties_between_two_states(view):
    v = view("La normalisation des relations entre le Japon et la Corée du Sud a pris des années.")
    assert roles_of(v, "Event", "normalisation") == {("participant", JAPAN), ("participant", SOUTH_KOREA)}


def test_a_trade_ministry_is_no_trade(view):
    v = view("Le ministre chinois du Commerce est arrivé lundi à Hanoï.")
    assert not v.events_on("Commerce")


def test_a_crisis_discussed_with_no_sides_is_a_topic(view):
    v = view("Les deux ministres ont discuté de la crise humanitaire au Soudan.")
    assert not v.events_on("crise")


def test_views_exchanged_are_words_not_dealings(view):
    v = view("Les deux ministres ont eu des échanges de vues entre la Chine et le Japon.")
    assert not v.events_on("échanges")


def test_a_trade_a_ban_forbids_with_one_side_is_no_trade(view):
    v = view("Les sanctions de l'ONU interdisent tout commerce d'armes avec la Corée du Nord.")
    assert not v.events_on("commerce")


# --- tests and launches ---------------------------------------------------------------------------------------------

def test_a_nuclear_test_with_a_demonym_is_that_state_s(view):
    v = view("Séoul a dénoncé l'essai nucléaire nord-coréen.")
    assert roles_of(v, "Event", "essai") == {("agent", NORTH_KOREA)}


def test_a_missile_test_carried_by_a_light_verb_is_its_subject_s(view):
    v = view("La Chine a procédé à un essai de missile intercontinental.")
    assert roles_of(v, "Event", "essai") == {("agent", CHINA)}


def test_a_launch_of_a_missile_by_a_state(view):
    v = view("Pékin a condamné le lancement d'un missile par la Corée du Nord.")
    assert ("agent", NORTH_KOREA) in roles_of(v, "Event", "lancement")


def test_a_satellite_launch_is_the_state_its_demonym_names(view):
    v = view("Le lancement d'un satellite espion nord-coréen a échoué.")
    assert ("agent", NORTH_KOREA) in roles_of(v, "Event", "lancement")


def test_launching_a_campaign_is_no_launch(view):
    v = view("Le ministère a annoncé le lancement d'une campagne de vaccination.")
    assert not v.events_on("lancement")


def test_an_act_one_answers_with_is_one_s_own(view):
    v = view("La Corée du Nord pourrait répondre par un nouveau tir de missile dans les prochains jours.")
    event = v.event_on("Event", "tir")
    assert v.roles(event) == {("agent", NORTH_KOREA)}
    assert event["status"] == "hypothetical"


# --- acts charged ---------------------------------------------------------------------------------------------------

def test_a_provocation_charged_is_the_charged_one_s_and_suspected(view):
    v = view("Pékin accuse Washington de provocation en mer de Chine méridionale.")
    event = v.event_on("Event", "provocation")
    assert v.roles(event) == {("agent", US)}
    assert event["status"] == "suspected"


def test_a_participle_with_its_own_object_charges_that_object(view):
    v = view("« Ce pays porte l'entière responsabilité de cet incident », a affirmé mardi le porte-parole du Kremlin, "
             "Dmitri Peskov, accusant Kiev de sabotage.")
    assert roles_of(v, "Event", "sabotage") == {("agent", v.named("Kiev"))}  # not the speaker


# --- drills and forces ----------------------------------------------------------------------------------------------

def test_drills_held_alone_are_the_holder_s_act(view):
    v = view("La Chine a mené des exercices militaires autour de Taïwan.")
    assert roles_of(v, "Event", "exercices") == {("agent", CHINA)}


def test_joint_drills_have_participants(view):
    v = view("La Russie et la Chine mènent des manœuvres navales conjointes en mer du Japon.")
    assert roles_of(v, "Event", "manœuvres") == {("participant", RUSSIA), ("participant", CHINA)}


def test_owned_drills_a_state_defends_are_drills(view):
    v = view("La Chine a défendu ses exercices autour de Taïwan.")
    assert roles_of(v, "Event", "exercices") == {("agent", CHINA)}


def test_a_minister_s_own_exercises_of_another_kind_are_no_drills(view):
    v = view("Le ministre a défendu ses exercices de communication.")
    assert not v.events_on("exercices")


def test_withdrawing_one_s_troops_is_one_s_own_act(view):
    v = view("La Russie a annoncé le retrait de ses troupes de la région.")
    assert roles_of(v, "Event", "retrait") == {("agent", RUSSIA)}


def test_a_series_of_strikes_is_carried_by_the_verb(view):
    v = view("La Russie a mené une série de frappes contre l'Ukraine.")
    assert roles_of(v, "Event", "frappes") == {("agent", RUSSIA), ("recipient", UKRAINE)}


# --- action nouns ---------------------------------------------------------------------------------------------------

def test_adopting_a_resolution_by_a_body(view):
    v = view("Le Japon a salué l'adoption de la résolution par le Conseil de sécurité.")
    assert ("agent", "Q37470") in roles_of(v, "Event", "adoption")


def test_adopting_a_child_is_no_adoption_of_a_text(view):
    v = view("L'adoption d'un enfant par un couple russe a fait polémique.")
    assert not v.events_on("adoption")


def test_freezing_assets_a_short_bare_noun(view):
    v = view("Moscou a dénoncé le gel des avoirs russes par l'Union européenne.")
    assert ("agent", v.named("Union européenne")) in roles_of(v, "Event", "gel")


def test_a_sale_to_a_state_is_a_delivery(view):
    v = view("Moscou a critiqué la vente de chars allemands à la Pologne.")
    assert ("recipient", v.named("Pologne")) in roles_of(v, "Delivery", "vente")


def test_a_sale_a_measure_limits_is_no_sale(view):
    v = view("La Chine a limité la vente de puces à la Russie.")
    assert not v.events_on("vente")


def test_an_intervention_with_a_demonym_is_that_state_s(view):
    v = view("L'intervention russe en Syrie a commencé en 2015.")
    assert roles_of(v, "Event", "intervention") == {("agent", RUSSIA)}


def test_aid_to_a_named_state_is_a_delivery(view):
    v = view("Le Congrès bloque l'aide américaine à l'Ukraine depuis octobre.")
    assert roles_of(v, "Delivery", "aide") == {("agent", US), ("recipient", UKRAINE)}


def test_aid_asked_of_someone_is_not_given_to_them(view):
    v = view("Kiev a demandé de l'aide à Washington.")
    assert not v.events_on("aide", "Delivery")


def test_a_referendum_organised_by_a_state(view):
    v = view("Le référendum organisé par la Russie a été dénoncé par l'Ukraine.")
    assert ("agent", RUSSIA) in roles_of(v, "Event", "référendum")


def test_people_moving_with_a_demonym_is_no_act_of_their_state(view):
    v = view("L'immigration chinoise au Japon a augmenté l'an dernier.")
    assert not v.events_on("immigration")


def test_a_summit_organised_by_a_state_is_hosted_by_it(view):
    v = view("Le sommet organisé par le Japon a réuni sept dirigeants.")
    assert roles_of(v, "Meeting", "sommet") == {("agent", JAPAN)}


def test_a_summit_watched_by_others_is_not_theirs(view):
    v = view("Vladimir Poutine a reçu Kim Jong-un pour un sommet scruté de près par la Chine.")
    assert ("agent", CHINA) not in roles_of(v, "Meeting", "sommet")
