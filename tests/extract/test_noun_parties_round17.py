"""Who does an act named by a noun, and to whom, where the clause around the noun says it (round 17,
noun_arguments.py, event_nouns.py, event_lexicon.py).

- A verb of giving carries the act (`a fourni une aide militaire à X`, `a adressé une invitation à Y`): its subject
  does it, its `à` gets it (a title before a name stands for the person named; `au roi de X` is not X).
- A verb of asking (`a demandé à X la libération de Y`, `exige de X le retrait de`): the one asked would do the act.
- A person is freed by the one holding them: the state they are held in, or the one `par` whom.
- A measure said to aim at or fall on someone (`un navire visé par des sanctions`, `X, frappée par des sanctions`,
  `des sanctions, visant le pétrole russe`) has them (or the state their goods are of) as recipient.
- `à l'encontre de X`, `à l'égard de X` name whom a measure is against, as `contre X`, not its author.
- A demonym says whose retaliation it is (`la riposte iranienne`).
- One who tells of an act (`les bombardements invoqués par X`) does not do it.
- Not: a verb of speaking about a measure (`a dénoncé les sanctions`) gives it no author; receiving an invitation
  does not make one the inviter; a `de` inside what is bombed is not the bomber.

Every sentence is of our own writing. Publication date 2024-03-15."""

from __future__ import annotations


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- verbs of giving ---------------------------------------------------------------------------------------------

def test_a_military_aid_given_by_a_verb_of_giving_is_the_subjects_to_the_verbs_recipient(view):
    v = view("Le Brésil a apporté un soutien militaire à l'Argentine.")
    assert roles_of(v, "Event", "soutien") == {("agent", v.named("Brésil")), ("recipient", v.named("Argentine"))}


def test_an_invitation_sent_to_a_state_names_the_inviter_and_the_invited(view):
    v = view("Le Kenya a adressé au Brésil une invitation.")
    assert roles_of(v, "Invitation", "invitation") == {("agent", v.named("Kenya")), ("recipient", v.named("Brésil"))}


def test_an_invitation_to_a_title_before_a_name_goes_to_the_person_named(view):
    v = view("Le président américain a lancé une invitation au Premier ministre indien Narendra Modi.")
    assert ("recipient", v.named("Narendra Modi")) in roles_of(v, "Invitation", "invitation")


def test_an_invitation_to_a_king_of_a_country_is_not_sent_to_the_country(view):
    v = view("Le président américain a adressé une invitation au roi de Jordanie.")
    assert ("recipient", v.named("Jordanie")) not in roles_of(v, "Invitation", "invitation")


def test_an_invitation_received_is_not_the_receivers_own(view):
    v = view("Le Japon a reçu une invitation de la Chine.")
    assert roles_of(v, "Invitation", "invitation") == {("agent", v.named("Chine")), ("recipient", v.named("Japon"))}


# --- verbs of asking ---------------------------------------------------------------------------------------------

def test_the_state_asked_for_a_release_is_the_one_to_free(view):
    v = view("Le Mexique a demandé à Cuba la libération de deux journalistes.")
    roles = roles_of(v, "Event", "libération")
    assert ("agent", v.named("Cuba")) in roles
    assert ("agent", v.named("Mexique")) not in roles


def test_the_state_a_withdrawal_is_demanded_of_is_the_one_to_withdraw(view):
    v = view("L'Argentine a exigé du Royaume-Uni le retrait de ses navires.")
    roles = roles_of(v, "Event", "retrait")
    assert ("agent", v.named("Royaume-Uni")) in roles
    assert ("agent", v.named("Argentine")) not in roles


# --- the holder frees ---------------------------------------------------------------------------------------------

def test_a_release_of_people_held_in_a_state_is_that_states_act(view):
    v = view("L'Inde a réclamé la libération de trois pêcheurs détenus au Pakistan.")
    roles = roles_of(v, "Event", "libération")
    assert ("agent", v.named("Pakistan")) in roles
    assert ("agent", v.named("Inde")) not in roles


# --- measures aimed at someone -----------------------------------------------------------------------------------

def test_a_state_struck_by_sanctions_is_their_recipient(view):
    v = view("La Syrie, frappée par des sanctions américaines, manque de carburant.")
    assert roles_of(v, "Sanction", "sanctions") == {("recipient", v.named("Syrie")), ("agent", "Q30")}


def test_sanctions_aimed_by_a_participle_at_goods_of_a_state_are_aimed_at_that_state(view):
    v = view("Le Canada a annoncé des sanctions, visant notamment le pétrole russe.")
    assert roles_of(v, "Sanction", "sanctions") == {("agent", v.named("Canada")), ("recipient", "Q159")}


def test_sanctions_a_l_encontre_of_a_state_are_against_it_and_the_subjects(view):
    v = view("Le Canada a mis en place des sanctions à l'encontre de la Biélorussie.")
    roles = roles_of(v, "Sanction", "sanctions")
    assert roles == {("agent", v.named("Canada")), ("recipient", v.named("Biélorussie"))}


def test_sanctions_a_l_egard_of_a_state_are_against_it(view):
    v = view("Les sanctions à l'égard de l'Iran ont été renforcées par le Canada.")
    assert ("recipient", v.named("Iran")) in roles_of(v, "Sanction", "sanctions")
    assert ("agent", v.named("Iran")) not in roles_of(v, "Sanction", "sanctions")


def test_sanctions_denounced_by_a_state_are_not_its_own(view):
    v = view("L'Argentine a dénoncé les sanctions contre le Venezuela.")
    assert roles_of(v, "Sanction", "sanctions") == {("recipient", v.named("Venezuela"))}


# --- whose act: demonyms, and who only tells it ------------------------------------------------------------------

def test_a_retaliation_with_a_demonym_is_that_states(view):
    v = view("La riposte russe contre la Pologne a été limitée.")
    assert roles_of(v, "Event", "riposte") == {("agent", "Q159"), ("recipient", v.named("Pologne"))}


def test_one_who_invokes_bombings_does_not_commit_them(view):
    v = view("La Cour a écarté les bombardements invoqués par l'Arménie.")
    assert all(("agent", v.named("Arménie")) not in v.roles(e) for e in v.events_on("bombardements"))


def test_the_bomber_named_par_past_the_anniversary_is_the_agent_not_the_embassys_state(view):
    v = view("Les Serbes ont marqué l'anniversaire du bombardement de l'ambassade de France par l'Allemagne.")
    agents = {e for r, e in roles_of(v, "Event", "bombardement") if r == "agent"}
    assert agents == {v.named("Allemagne")}


def test_one_who_accepts_an_invitation_named_by_a_possessive_is_invited_not_the_inviter(view):
    v = view("Le Chili a accepté son invitation.")
    assert roles_of(v, "Invitation", "invitation") == {("recipient", v.named("Chili"))}


def test_sanctions_envers_a_state_are_against_it(view):
    v = view("Le Japon a durci ses sanctions envers la Russie.")
    assert roles_of(v, "Sanction", "sanctions") == {("agent", v.named("Japon")), ("recipient", v.named("Russie"))}


# --- verbs of receiving --------------------------------------------------------------------------------------------

def test_who_benefits_from_an_aid_receives_it(view):
    v = view("La Moldavie bénéficie de l'aide financière de la Roumanie.")
    assert roles_of(v, "Delivery", "aide") == {("agent", v.named("Roumanie")), ("recipient", v.named("Moldavie"))}


def test_who_obtains_deliveries_receives_them_and_does_not_make_them(view):
    v = view("La Serbie a obtenu des livraisons de gaz de la Russie.")
    roles = roles_of(v, "Delivery", "livraisons")
    assert ("recipient", v.named("Serbie")) in roles
    assert ("agent", v.named("Serbie")) not in roles


def test_who_welcomes_deliveries_does_not_receive_them(view):
    v = view("La Serbie a salué les livraisons de gaz de la Russie.")
    assert all(e != v.named("Serbie") for _, e in roles_of(v, "Delivery", "livraisons"))


# --- armed pushes into a land --------------------------------------------------------------------------------------

def test_an_incursion_into_a_state_is_done_to_it(view):
    v = view("L'armée ukrainienne a lancé une incursion en Russie.")
    assert ("recipient", v.named("Russie")) in roles_of(v, "Event", "incursion")


def test_an_incursion_dated_by_a_month_has_no_land_entered(view):
    v = view("L'incursion ukrainienne a été lancée en août.")
    assert all(r != "recipient" for r, _ in roles_of(v, "Event", "incursion"))
