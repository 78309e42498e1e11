"""Events named by nouns (round 6): talks held to settle something (`négociations`, `pourparlers`) are meetings of
their parties; what is given back `en échange de` goods delivered is a delivery the other way; a visit whose place
comes first (`la visite à X de Y`) is still Y's. And what must stay silent: an exchange with no known parties, a
swap of people, a visit with no visitor, talks told again. Every sentence is of our own writing, not from the
bundled article nor the gold corpus. Publication date 2024-03-15."""

from __future__ import annotations

RUSSIA, UKRAINE, NORTH_KOREA, JAPAN, CHINA, USA = "Q159", "Q212", "Q423", "Q17", "Q148", "Q30"


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- negotiations are meetings -------------------------------------------------------------------------------------

def test_negotiations_with_a_state_are_a_meeting_of_both(view):
    v = view("Moscou a suspendu les négociations de paix avec Kiev.")
    talks = v.event_on("Meeting", "négociations")
    assert v.roles(talks) == {("participant", v.entity_of("Moscou")), ("participant", v.entity_of("Kiev"))}
    assert talks["status"] == "negated"
    assert not v.events_on("négociations", "Event")


def test_talks_between_two_states_are_a_meeting(view):
    v = view("Les pourparlers de paix entre la Russie et l'Ukraine ont repris à Istanbul.")
    assert roles_of(v, "Meeting", "pourparlers") == {("participant", RUSSIA), ("participant", UKRAINE)}


def test_talks_a_state_is_called_to_resume_are_proposed(view):
    v = view("Washington appelle Pyongyang à reprendre les pourparlers avec Séoul.")
    talks = v.event_on("Meeting", "pourparlers")
    assert v.roles(talks) == {("participant", v.entity_of("Pyongyang")), ("participant", v.entity_of("Séoul"))}
    assert talks["status"] == "proposed"


def test_a_state_conducting_negotiations_takes_part_in_them(view):
    v = view("Le Viêt Nam mène des négociations avec l'Union européenne sur les droits de douane.")
    talks = v.event_on("Meeting", "négociations")
    assert v.roles(talks) == {("participant", v.entity_of("Viêt Nam")),
                              ("participant", v.entity_of("Union européenne"))}


# --- goods given back `en échange de` ----------------------------------------------------------------------------

def test_goods_given_in_exchange_go_from_the_recipient_to_the_sender(view):
    v = view("Selon Séoul, Pyongyang aurait envoyé des obus à Moscou en échange de nourriture.")
    sent = v.event_on("Delivery", "envoyé")
    back = v.event_on("Delivery", "échange")
    pyongyang, moscow = v.entity_of("Pyongyang"), v.entity_of("Moscou")
    assert {("agent", pyongyang), ("recipient", moscow)} <= v.roles(sent)
    assert {(r, e) for r, e in v.roles(back) if r != "theme"} == {("agent", moscow), ("recipient", pyongyang)}
    assert v.themes(back) == ["nourriture"]
    assert back["status"] == sent["status"] == "hypothetical"


def test_each_good_given_back_is_a_theme(view):
    v = view("Pyongyang aurait expédié des obus vers la Russie en échange de pétrole et de technologies spatiales.")
    back = v.event_on("Delivery", "échange")
    assert ("agent", RUSSIA) in v.roles(back)
    assert ("recipient", v.entity_of("Pyongyang")) in v.roles(back)
    assert v.themes(back) == ["pétrole", "technologies spatiales"]


def test_an_exchange_hung_above_the_infinitive_keeps_the_proposed_standing(view):
    v = view("Minsk a proposé d'augmenter ses livraisons de camions biélorusses à Pyongyang, en échange de produits "
             "miniers.")
    back = v.event_on("Delivery", "échange")
    assert {(r, e) for r, e in v.roles(back) if r != "theme"} == {
        ("agent", v.entity_of("Pyongyang")), ("recipient", v.entity_of("Minsk"))}
    assert v.themes(back) == ["produits miniers"]
    assert back["status"] == "proposed"


def test_an_exchange_for_a_release_is_no_delivery(view):
    v = view("Moscou a livré des missiles à la Syrie en échange de la libération de deux officiers russes.")
    assert not v.events_on("échange", "Delivery")


def test_an_exchange_of_views_is_no_delivery(view):
    v = view("Les deux ministres ont eu un échange de vues sur la situation en mer de Chine.")
    assert not v.events_on("échange", "Delivery")


def test_an_exchange_with_no_delivery_above_it_names_no_event(view):
    v = view("Le Japon a obtenu des garanties en échange de son soutien diplomatique.")
    assert not v.events_on("échange")


def test_nothing_is_given_back_by_a_thing_read_as_a_recipient(view):
    # the sender is known but the one receiving is not a party: no return delivery with a thing as its giver
    # (an unlinked city; `l'Iran`, a state, is a party since round 7: state_names.py; so is a capital that stands
    # for its state since round 25, `à Téhéran` after a verb of giving: unknown_states.py)
    v = view("Moscou a envoyé des avions de chasse à Ispahan en échange de drones.")
    assert not v.events_on("échange")


# --- a visit whose place comes first -----------------------------------------------------------------------------

def test_a_visit_to_a_place_of_a_person_is_that_person_s(view):
    v = view("Le Japon a condamné la visite au Kremlin de Kim Jong-un.")
    assert roles_of(v, "Visit", "visite") == {("agent", v.entity_of("Kim Jong-un"))}


def test_a_trip_to_a_city_of_a_person_is_that_person_s(view):
    v = view("Pékin a protesté contre le voyage à Taipei de Joe Biden.")
    assert roles_of(v, "Visit", "voyage") == {("agent", v.entity_of("Joe Biden"))}


def test_a_visit_to_a_country_of_a_titled_person(view):
    v = view("La visite en Chine du président Emmanuel Macron a été reportée.")
    assert roles_of(v, "Visit", "visite") == {("agent", v.entity_of("Emmanuel Macron"))}


def test_a_visit_to_a_museum_of_a_town_has_no_visitor(view):
    v = view("La visite au musée de la ville a été annulée à cause de la pluie.")
    assert not v.events_on("visite")


def test_talks_their_parties_go_on_with_stay_one_meeting(view):
    v = view("Xi Jinping et Vladimir Poutine se sont rencontrés mardi à Pékin. Les deux dirigeants ont poursuivi "
             "leurs entretiens mercredi.")
    assert not v.events_on("entretiens")


# --- the one held or charged is the person a noun names, not their employer ------------------------------------

def test_an_employee_held_for_espionage_is_not_their_company(view):
    v = view("Un ingénieur allemand de l'entreprise Siemens, détenu à Moscou pour espionnage, a été libéré.")
    siemens = v.entity_of("Siemens")
    assert all(("agent", siemens) not in v.roles(e) for e in v.events_on("espionnage"))


def test_the_release_of_an_employee_does_not_free_their_company(view):
    v = view("Tokyo a réclamé la libération d'un employé japonais de la société Mitsubishi, arrêté en mai à Shanghai.")
    mitsubishi = v.entity_of("Mitsubishi")
    assert all(("recipient", mitsubishi) not in v.roles(e) for e in v.events_on("libération"))


def test_a_company_itself_charged_stays_the_one_charged(view):
    v = view("Des entreprises russes accusées d'espionnage ont été sanctionnées par le Japon.")
    offence = v.event_on("Event", "espionnage")
    assert v.roles(offence) == {("agent", v.entity_of("Des entreprises russes"))}
    assert offence["status"] == "suspected"
