"""Event nouns whose parties come from the article, not from the noun's phrase (round 18, event_nouns.py,
noun_arguments.py, event_filters.py).

- A truce, peace talks (`de paix`) or a swap of prisoners named with no party are between the sides of the war the
  article tells: the sides named by `la guerre entre X et Y`, the states the name of a war the knowledge base knows
  names, else the two states of the story's first two-party act. Told again with no party (`un futur
  cessez-le-feu`), it is the same act. Named parties stay; with no war and no pair told, no event.
- The parties `entre` a two-party noun are read past a bare participle that describes it, whatever the parse makes
  of the participle (`que le rapprochement engagé l'an dernier entre les deux pays se poursuive`).
- A conduct one is urged to (`exhorter X à la retenue`) is the one urged's, never the urger's; urged on `les deux
  parties`, it is the two sides'.
- A visit named with no visitor in the sentence of a reception is the guest's.
- A signing of new agreements with no party, told with a visit, a meeting or a signing in the same sentence,
  binds the states of that act's parties (a leader stands for their state; the country visited is the host).
- A meeting said to be (or not to be) on the programme with one partner named is one of the traveller whose planned
  visit or meeting the article told just before.
- `Il s'agit de la première expulsion ...` says what an act already told is: no second event.

Every sentence is of our own writing. Publication date 2024-03-15."""

from __future__ import annotations

WAR = "Depuis l'invasion de l'Ukraine par la Russie, les combats n'ont jamais cessé dans le Donbass. "


def parties(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- truces and peace talks between the sides of the war -----------------------------------------------------------

def test_a_ceasefire_called_for_is_between_the_states_a_known_war_names(view):
    v = view(WAR + "Le pape a appelé dimanche à un cessez-le-feu immédiat.")
    event = v.event_on("Event", "cessez-le-feu")
    assert v.roles(event) == {("participant", v.named("Russie")), ("participant", v.named("Ukraine"))}
    assert event["status"] == "proposed"


def test_a_truce_asked_for_is_between_the_sides_of_the_war_named_by_entre(view):
    v = view("La guerre entre le Mali et le Niger a fait des milliers de morts. "
             "L'Union africaine a réclamé lundi une trêve.")
    assert parties(v, "Event", "trêve") == {("participant", v.named("Mali")), ("participant", v.named("Niger"))}


def test_peace_talks_with_no_party_are_between_the_states_of_the_storys_first_joint_act(view):
    v = view("La Russie et l'Ukraine ont procédé samedi à un échange de prisonniers. Le Kremlin a jugé jeudi "
             "« impossibles » des pourparlers de paix à court terme.")
    assert parties(v, "Meeting", "pourparlers") == {("participant", v.named("Russie")),
                                                    ("participant", v.named("Ukraine"))}


def test_a_ceasefire_after_talks_of_two_delegations_is_between_their_states(view):
    v = view("Des délégations russe et ukrainienne se sont retrouvées lundi à Genève. Le médiateur suisse a plaidé "
             "pour un cessez-le-feu durable.")
    assert parties(v, "Event", "cessez-le-feu") == {("participant", "Q159"), ("participant", "Q212")}


def test_a_ceasefire_told_again_with_no_party_is_the_same_event(view):
    v = view(WAR + "Le pape a appelé dimanche à un cessez-le-feu. Il a présenté lundi sa vision d'un futur "
                   "cessez-le-feu.")
    assert len(v.events_on("cessez-le-feu")) == 1


def test_a_ceasefire_between_named_parties_keeps_them_and_not_the_war_sides(view):
    v = view(WAR + "Le Qatar a obtenu mardi un cessez-le-feu entre le Mali et le Niger.")
    assert parties(v, "Event", "cessez-le-feu") == {("participant", v.named("Mali")),
                                                    ("participant", v.named("Niger"))}


def test_not_the_sides_of_the_war_for_a_ceasefire_placed_elsewhere(view):
    v = view(WAR + "Le pape a appelé dimanche à un cessez-le-feu au Soudan.")
    war_sides = {("participant", v.named("Russie")), ("participant", v.named("Ukraine"))}
    assert all(v.roles(e) != war_sides for e in v.events_on("cessez-le-feu"))


def test_not_a_ceasefire_with_no_war_and_no_pair_told(view):
    v = view("Le pape a appelé dimanche à un cessez-le-feu immédiat.")
    assert v.events_on("cessez-le-feu") == []


def test_not_talks_of_another_kind_in_an_article_about_a_war(view):
    v = view(WAR + "Le gouvernement a ouvert mardi des négociations avec les syndicats.")
    war_sides = {("participant", v.named("Russie")), ("participant", v.named("Ukraine"))}
    assert all(v.roles(e) != war_sides for e in v.events_on("négociations"))


def test_a_rapprochement_whose_parties_follow_a_bare_participle_is_theirs(view):
    v = view("L'Inde et le Pakistan ont repris leurs échanges commerciaux. À New Delhi, un ministre a souhaité que le "
             "rapprochement amorcé l'an dernier entre les deux voisins se poursuive.")
    assert parties(v, "Event", "rapprochement") == {("participant", v.named("Inde")),
                                                    ("participant", v.named("Pakistan"))}


# --- restraint urged -------------------------------------------------------------------------------------------------

def test_restraint_urged_on_a_state_is_that_states(view):
    v = view("Washington a exhorté jeudi la Chine « à la retenue ».")
    event = v.event_on("Event", "retenue")
    assert v.roles(event) == {("agent", v.named("Chine"))}
    assert event["status"] == "proposed"


def test_restraint_urged_on_both_parties_is_the_two_sides(view):
    v = view("La Russie a bombardé mardi l'Ukraine. Le secrétaire général de l'ONU, António Guterres, s'est dit "
             "préoccupé, appelant les deux parties à la retenue.")
    # the two states the story's acts involve, not the commentator's (Guterres's Portugal)
    assert parties(v, "Event", "retenue") == {("participant", v.named("Russie")), ("participant", v.named("Ukraine"))}


def test_not_restraint_of_the_one_who_calls_for_it(view):
    v = view("La France a appelé mercredi à la retenue.")
    assert v.events_on("retenue") == []


def test_not_a_restraint_in_another_sense(view):
    v = view("L'entreprise a imposé une retenue sur salaire à ses employés.")
    assert v.events_on("retenue") == []


# --- visits of guests received ---------------------------------------------------------------------------------

def test_a_visit_set_after_a_reception_is_the_guests(view):
    v = view("Le président kényan, William Ruto, a reçu mardi à Nairobi le Premier ministre indien Narendra Modi, "
             "une visite saluée par Washington comme « historique ».")
    assert parties(v, "Visit", "visite") == {("agent", v.named("Narendra Modi"))}


def test_the_visit_at_the_end_of_which_a_text_is_published_is_the_guests(view):
    v = view("Le président brésilien a reçu mardi Olaf Scholz, qui lui a promis des investissements, selon la "
             "déclaration commune publiée à l'issue de la visite.")
    assert parties(v, "Visit", "visite") == {("agent", v.named("Olaf Scholz"))}


def test_not_a_guests_visit_in_another_sentence(view):
    v = view("Le président brésilien a reçu mardi Olaf Scholz. Une visite a été annulée.")
    assert all(("agent", v.named("Olaf Scholz")) not in v.roles(e) for e in v.events_on("visite"))


# --- signings told with a visit or a meeting ----------------------------------------------------------------------

def test_a_signing_marking_a_state_visit_binds_the_visitors_state_and_the_host(view):
    v = view("Le président chinois, Xi Jinping, a quitté mardi Lima au terme d'une visite d'État de deux jours au "
             "Pérou, marquée par la signature de douze accords de coopération.")
    assert parties(v, "Agreement", "signature") == {("participant", v.named("Pérou")),
                                                    ("participant", "Q148")}  # China, Xi's state


def test_a_signing_two_leaders_attend_binds_their_states(view):
    v = view("Xi Jinping et Vladimir Poutine ont signé une déclaration commune, puis assisté à la signature d'une "
             "dizaine d'accords.")
    assert parties(v, "Agreement", "signature") == {("participant", "Q148"), ("participant", "Q159")}


def test_not_the_signing_of_a_known_text_recalled_after_a_meeting(view):
    v = view("Xi Jinping a rencontré Vladimir Poutine mardi, évoquant la signature de l'accord de Paris.")
    assert v.events_on("signature") == []


# --- meetings on a traveller's programme -------------------------------------------------------------------------

def test_a_meeting_not_on_the_programme_is_with_the_traveller_told_before(view):
    v = view("Mardi, Olaf Scholz doit se rendre à Lyon, où il visitera une usine. Aucune rencontre avec l'opposition "
             "n'est prévue.")
    event = v.event_on("Meeting", "rencontre")
    assert ("participant", v.named("Olaf Scholz")) in v.roles(event)
    assert event["status"] == "negated"


def test_not_the_traveller_of_a_past_visit_for_a_meeting_on_the_programme(view):
    v = view("Olaf Scholz a visité une usine mardi. Aucune rencontre avec l'opposition n'est prévue.")
    assert all(("participant", v.named("Olaf Scholz")) not in v.roles(e) for e in v.events_on("rencontre"))


# --- identifications -------------------------------------------------------------------------------------------------

def test_an_act_identified_by_il_s_agit_de_is_no_second_event(view):
    v = view("Le Japon a expulsé lundi un diplomate russe. Il s'agit de la première expulsion d'un diplomate russe "
             "par le Japon depuis 2020.")
    assert v.events_on("expulsion") == []
    assert len(v.events_on("expulsé")) == 1


def test_an_expulsion_noun_told_for_itself_stays_an_event(view):
    v = view("L'expulsion d'un diplomate russe par le Japon a surpris Moscou lundi.")
    assert ("agent", v.named("Japon")) in parties(v, "Event", "expulsion")
