"""Events named by nouns on any topic of international news (round 7): prisoner swaps, expulsions, summonses,
deployments, embargoes, tariffs, exports, gifts of money, appointments; who orders an act done to others is its
author; `l'agression de X par Y` is done to X by Y; a measure on goods of a nationality is aimed at that state; the
demonym of the people an act moves says whose it is; an act a noun of ending ends had taken place. And what must
stay silent: talk that is no act (`un échange de vues`, a telephone exchange read as such), an order that is not a
second event, a noun with no party. Every sentence is of our own writing, on topics beyond the gold corpus, not from
the bundled article nor the gold articles. Publication date 2024-03-15."""

from __future__ import annotations

RUSSIA, UKRAINE, NORTH_KOREA, JAPAN, CHINA, USA, VIETNAM, SOUTH_KOREA = (
    "Q159", "Q212", "Q423", "Q17", "Q148", "Q30", "Q881", "Q884")


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- prisoner swaps and expulsions --------------------------------------------------------------------------------

def test_a_prisoner_swap_between_two_states_is_an_act_of_both(view):
    v = view("La Turquie a salué l'échange de prisonniers entre la Russie et l'Ukraine.")
    assert roles_of(v, "Event", "échange") == {("participant", RUSSIA), ("participant", UKRAINE)}


def test_two_states_carrying_out_a_swap_both_take_part(view):
    v = view("Le Viêt Nam et la Chine ont procédé jeudi à un échange de détenus à la frontière.")
    assert roles_of(v, "Event", "échange") == {("participant", VIETNAM), ("participant", CHINA)}


def test_an_exchange_of_views_is_no_swap(view):
    v = view("Un échange de vues entre la Chine et le Viêt Nam a eu lieu mardi.")
    assert not v.events_on("échange")


def test_who_orders_an_expulsion_is_its_author_and_the_order_no_second_event(view):
    v = view("Le Japon a ordonné lundi l'expulsion de Mikhaïl Sokolov, un attaché militaire russe.")
    expulsion = v.event_on("Event", "expulsion")
    assert v.roles(expulsion) == {("agent", JAPAN), ("recipient", v.entity_of("Mikhaïl Sokolov"))}
    assert not v.events_on("ordonné")


# --- measures: embargoes, tariffs ---------------------------------------------------------------------------------

def test_an_embargo_decreed_is_one_sanction_of_its_author(view):
    v = view("La Corée du Sud a décrété un embargo sur les armes.")
    assert roles_of(v, "Sanction", "embargo") == {("agent", SOUTH_KOREA)}
    assert not v.events_on("décrété")


def test_an_embargo_on_goods_of_a_nationality_is_aimed_at_that_state(view):
    v = view("La Chine a imposé un embargo sur les fruits de mer japonais.")
    (embargo,) = v.data["events"]
    assert embargo["type"] == "Sanction"
    # (the goods, told by what they are, are its theme: round 17)
    assert {(r, e) for r, e in v.roles(embargo) if r != "theme"} == {("agent", CHINA), ("recipient", JAPAN)}


def test_an_embargo_a_body_considers_is_planned_and_its_own(view):
    v = view("Les États-Unis envisagent un embargo sur le charbon nord-coréen.")
    embargo = v.event_on("Sanction", "embargo")
    assert v.roles(embargo) == {("agent", USA), ("recipient", NORTH_KOREA)}
    assert embargo["status"] == "planned"


def test_tariffs_known_by_their_adjective_are_that_states_act(view):
    v = view("Hanoï cherche à négocier face aux droits de douane américains.")
    assert ("agent", USA) in roles_of(v, "Event", "droits")


def test_tariffs_on_goods_of_a_nationality_are_aimed_at_its_state(view):
    v = view("Les droits de douane sur l'acier chinois entreront en vigueur en avril.")
    assert ("recipient", CHINA) in roles_of(v, "Event", "droits")


def test_a_lifting_asked_for_does_not_make_the_embargo_itself_proposed(view):
    v = view("La Corée du Sud a réclamé la levée de l'embargo russe.")
    embargo = v.event_on("Sanction", "embargo")
    assert ("agent", RUSSIA) in v.roles(embargo)
    assert embargo["status"] == "occurred"


# --- goods, money and troops sent ---------------------------------------------------------------------------------

def test_exports_of_goods_of_a_nationality_are_that_states_delivery(view):
    v = view("Les exportations de gaz russe vers la Chine ont doublé en un an.")
    assert roles_of(v, "Delivery", "exportations") >= {("agent", RUSSIA), ("recipient", CHINA)}


def test_a_gift_of_money_has_a_giver_and_a_receiver(view):
    v = view("Le Japon a accordé un don de cinq millions de dollars au Viêt Nam après les inondations.")
    gift = v.event_on("Gift", "don")
    assert {("agent", JAPAN), ("recipient", VIETNAM)} <= v.roles(gift)


def test_the_demonym_of_troops_deployed_says_who_deploys_them(view):
    v = view("Le déploiement de soldats nord-coréens en Russie inquiète Séoul.")
    assert roles_of(v, "Event", "déploiement") >= {("agent", NORTH_KOREA), ("recipient", RUSSIA)}


# --- acts of force done to someone --------------------------------------------------------------------------------

def test_an_act_of_force_de_someone_par_another_is_done_to_the_first(view):
    v = view("Hanoï a dénoncé l'agression de Nguyen Van Long par des garde-côtes chinois.")
    agression = v.event_on("Event", "agression")
    assert ("recipient", v.entity_of("Nguyen Van Long")) in v.roles(agression)
    assert ("agent", v.entity_of("Nguyen Van Long")) not in v.roles(agression)


def test_the_owner_of_what_is_attacked_is_not_the_attacker(view):
    v = view("L'attaque du convoi de l'ONU par des hommes armés a fait trois blessés.")
    assert not any(r == "agent" for e in v.events_on("attaque") for r, _ in v.roles(e))


# --- appointments, summonses, disasters ---------------------------------------------------------------------------

def test_an_appointment_is_done_to_the_one_named(view):
    v = view("La nomination de Sergueï Lavrov à la tête de la délégation a surpris les diplomates.")
    assert roles_of(v, "Event", "nomination") == {("recipient", v.entity_of("Sergueï Lavrov"))}


def test_the_summons_of_an_ambassador_is_a_meeting_of_the_one_summoned(view):
    v = view("La convocation de l'ambassadeur de Chine par le Viêt Nam a eu lieu mardi.")
    summons = v.event_on("Meeting", "convocation")
    assert v.roles(summons) == {("agent", VIETNAM), ("participant", v.entity_of("l'ambassadeur de Chine"))}


def test_a_disaster_with_no_party_named_is_no_event(view):
    v = view("Un tremblement de terre de magnitude 7,5 a secoué la côte ouest dans la nuit.")
    assert not v.events_on("tremblement") and not v.events_on("séisme")


def test_a_fire_in_a_thing_names_no_party(view):
    v = view("L'incendie de l'entrepôt a été maîtrisé après six heures.")
    assert not v.events_on("incendie")


def test_an_embargo_described_by_its_decree_is_one_sanction(view):
    v = view("Séoul réclame la levée de l'embargo décrété en mai par Pékin sur les semi-conducteurs sud-coréens.")
    (embargo,) = v.data["events"]
    assert embargo["type"] == "Sanction" and embargo["status"] == "occurred"
    assert v.roles(embargo) == {("agent", CHINA), ("recipient", SOUTH_KOREA)}


def test_a_state_announcing_troops_sent_is_their_sender(view):
    v = view("Le Japon a annoncé l'envoi de soldats en Corée du Sud.")
    assert roles_of(v, "Event", "envoi") == {("agent", JAPAN), ("recipient", SOUTH_KOREA)}


def test_a_gift_thanked_for_is_the_one_thanked(view):
    v = view("Le Viêt Nam a remercié la Corée du Sud pour son don de matériel médical.")
    assert ("agent", SOUTH_KOREA) in roles_of(v, "Gift", "don")


# --- sessions of a body, treaties, seizures ------------------------------------------------------------------------

def test_a_summit_named_after_a_body_is_that_bodys_meeting(view):
    v = view("Guterres a rencontré Poutine en marge du sommet des Brics.")
    summit = v.event_on("Meeting", "sommet")
    assert v.roles(summit) == {("participant", v.entity_of("Brics"))}
    assert roles_of(v, "Meeting", "rencontré") == {("participant", "Q311440"), ("participant", "Q7747")}


def test_who_speaks_at_a_bodys_session_is_not_its_party(view):
    v = view("Lavrov a critiqué Guterres lors d'une réunion du Conseil de sécurité.")
    assert roles_of(v, "Meeting", "réunion") == {("participant", "Q37470")}


def test_an_organiser_named_by_par_is_the_author_of_the_act(view):
    v = view("Le rapatriement de Kim Jong-un a été organisé par la Chine.")
    assert roles_of(v, "Event", "rapatriement") == {("agent", CHINA), ("recipient", "Q56226")}


def test_a_thing_seized_by_a_state_is_that_states_act(view):
    v = view("La saisie d'un pétrolier par la Corée du Sud a provoqué la colère de Pyongyang.")
    assert ("agent", SOUTH_KOREA) in roles_of(v, "Event", "saisie")


def test_joining_a_bloc_is_the_joiners_act(view):
    v = view("L'adhésion du Viêt Nam aux Brics a été évoquée.")
    assert roles_of(v, "Event", "adhésion") == {("agent", VIETNAM), ("recipient", v.entity_of("Brics"))}


# --- acts an agreement provides for; measures voted on ------------------------------------------------------------

def test_an_act_an_agreement_provides_for_is_its_signatories_and_still_to_come(view):
    v = view("La Russie et la Chine ont signé un accord sur la construction d'un gazoduc.")
    construction = v.event_on("Event", "construction")
    assert {(r, e) for r, e in v.roles(construction) if r != "theme"} == {("participant", RUSSIA),
                                                                         ("participant", CHINA)}
    assert construction["status"] == "planned"


def test_goods_an_agreement_provides_for_get_no_guessed_direction(view):
    v = view("Le Viêt Nam et la Corée du Sud ont conclu un mémorandum sur la livraison de gaz naturel.")
    assert not any(("participant", VIETNAM) in v.roles(e) for e in v.events_on("livraison"))


def test_an_embargo_voted_on_is_the_text_of_the_vote_not_a_sanction(view):
    v = view("L'Assemblée générale a voté en faveur d'un embargo sur les armes à destination de la Corée du Nord.")
    assert not v.events_on("embargo", "Sanction")


def test_signatories_named_by_avec_on_the_verb_share_the_act_agreed(view):
    v = view("Le Japon a signé avec la Corée du Sud un accord sur la construction d'un tunnel.")
    construction = v.event_on("Event", "construction")
    assert {(r, e) for r, e in v.roles(construction) if r != "theme"} == {("participant", JAPAN),
                                                                         ("participant", SOUTH_KOREA)}


def test_aid_sent_is_one_delivery_with_the_sending(view):
    v = view("La Corée du Sud a annoncé l'envoi d'une aide humanitaire au Japon.")
    (delivery,) = v.events("Delivery")
    assert "envoi" in delivery["trigger"]["text"]
    assert v.roles(delivery) >= {("agent", SOUTH_KOREA), ("recipient", JAPAN)}
