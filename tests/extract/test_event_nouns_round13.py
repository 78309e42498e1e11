"""Event nouns whose party the clause around them gives (round 13, event_nouns.py and noun_arguments.py).

- A visit dated by one of its days, its end or one of its stops (`au premier jour d'une visite`, `au terme d'une
  visite`, `dernière étape d'une tournée`) is the visit of the clause's subject, when the clause is passive or acts
  on no person (a place left is no guest: `a quitté Rome au terme d'une visite`); a host who receives someone on the
  first day of that person's visit is not the visitor.
- A stop (`étape`, `escale`) of a journey is a visit of the traveller's, told apart from the tour; set beside a verb
  of going (`se rendre au Cambodge, dernière étape de sa tournée`) it is that going again, no second visit; `une
  étape décisive` of a process is no journey.
- A singular possessive no clause around resolves (`Sa visite doit durer trois jours`, `depuis son investiture`)
  stands for the person named before it in its sentence, or else for the first person subject of the sentence
  before (not the agency that is its source).
- A war between parties (`la guerre entre X et Y`, `le conflit entre X et Y`) is an event of both; a war named by
  its place (`la guerre du Viêt Nam`) with no party is none.

Every sentence is of our own writing, on topics beyond the gold corpus. Publication date 2024-03-15."""

from __future__ import annotations


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- a visit dated by one of its days, its end or one of its stops --------------------------------------------------

def test_a_guest_received_on_the_first_day_of_a_state_visit_is_the_visitor(view):
    v = view("Le président brésilien, Luiz Inácio Lula da Silva, a été reçu mardi à Madrid par le roi Felipe VI, "
             "au premier jour d'une visite d'État de trois jours.")
    assert roles_of(v, "Visit", "visite") == {("agent", v.named("Luiz Inácio Lula da Silva"))}


def test_a_leader_leaving_a_capital_at_the_end_of_a_visit_is_the_visitor(view):
    v = view("La chancelière allemande, Angela Merkel, a quitté jeudi Pékin pour Tokyo au terme d'une visite "
             "officielle de deux jours en Chine.")
    assert roles_of(v, "Visit", "visite") == {("agent", v.named("Angela Merkel"))}


def test_a_host_receiving_someone_on_the_first_day_of_the_guests_visit_is_not_the_visitor(view):
    v = view("Le roi Charles III a reçu mardi le président kényan, William Ruto, au premier jour de sa visite "
             "d'État à Londres.")
    assert ("agent", v.named("Charles III")) not in roles_of(v, "Visit", "visite")


def test_the_last_stop_of_a_tour_and_the_tour_are_two_visits_of_the_traveller(view):
    v = view("Le président français, Emmanuel Macron, doit quitter Rome vendredi pour Athènes, dernière étape "
             "d'une tournée européenne entamée lundi à Berlin.")
    macron = v.named("Emmanuel Macron")
    assert roles_of(v, "Visit", "étape") == {("agent", macron)}
    assert roles_of(v, "Visit", "tournée") == {("agent", macron)}


def test_a_stop_beside_a_verb_of_going_is_that_going_told_again(view):
    v = view("Giorgia Meloni doit se rendre jeudi au Maroc, dernière étape de sa tournée africaine, selon le "
             "gouvernement italien.")
    assert v.events_on("étape") == []
    assert roles_of(v, "Visit", "tournée") == {("agent", v.named("Giorgia Meloni"))}


def test_a_decisive_step_of_a_reform_is_no_journey(view):
    v = view("La réforme des retraites a franchi mardi une étape décisive au Sénat, selon le gouvernement chilien.")
    assert v.events_on("étape") == []


# --- a possessive no clause around resolves -------------------------------------------------------------------------

def test_a_possessive_opening_a_sentence_stands_for_the_subject_of_the_sentence_before(view):
    v = view("Le Premier ministre indien, Narendra Modi, a été réélu dimanche à la tête du pays. Son investiture "
             "aura lieu le 9 juin à New Delhi.")
    assert roles_of(v, "Event", "investiture") == {("recipient", v.named("Narendra Modi"))}


def test_the_person_subject_is_preferred_to_the_agency_that_is_the_source(view):
    v = view("Le président argentin, Javier Milei, doit rencontrer jeudi le pape François, a précisé l'agence "
             "Télam. Son dernier séjour en Italie remontait à février.")
    assert roles_of(v, "Visit", "séjour") == {("agent", v.named("Javier Milei"))}


def test_a_possessive_after_a_named_person_in_its_own_sentence_is_that_persons(view):
    v = view("Ce voyage est le premier du président sud-africain, Cyril Ramaphosa, en Asie depuis son investiture.")
    assert roles_of(v, "Event", "investiture") == {("recipient", v.named("Cyril Ramaphosa"))}


def test_a_possessive_with_no_person_before_gives_no_owner(view):
    v = view("Les inondations ont touché le nord du Kenya. Sa reconstruction prendra des années.")
    assert all(e["trigger"]["text"] != "reconstruction" for e in v.data["events"])


# --- wars between parties -------------------------------------------------------------------------------------------

def test_a_conflict_between_two_states_is_an_event_of_both(view):
    v = view("Le conflit entre l'Arménie et l'Azerbaïdjan a fait des milliers de morts depuis 2020, selon l'ONU.")
    participants = {e for _, e in roles_of(v, "Event", "conflit")}
    assert participants == {v.named("Arménie"), v.named("Azerbaïdjan")}


def test_a_war_named_by_its_place_with_no_party_is_no_event(view):
    v = view("La guerre du Viêt Nam a profondément marqué une génération d'Américains, selon l'historien.")
    assert v.events_on("guerre") == []


# --- a victory over a side ------------------------------------------------------------------------------------------

def test_a_victory_of_one_side_over_another(view):
    v = view("La victoire du Sénégal contre l'Égypte en finale a provoqué des scènes de liesse à Dakar.")
    assert roles_of(v, "Event", "victoire") == {("agent", v.named("Sénégal")), ("recipient", v.named("Égypte"))}


def test_a_victory_named_only_by_its_year_is_no_event(view):
    v = view("Les vétérans ont célébré à Paris l'anniversaire de la victoire de 1945, selon la mairie.")
    assert v.events_on("victoire") == []


# --- an act claimed by its author -----------------------------------------------------------------------------------

def test_an_attack_claimed_by_a_group_is_the_groups_act(view):
    v = view("L'attentat de Moscou, revendiqué par le groupe État islamique, a fait 140 morts vendredi soir.")
    assert ("agent", v.named("État islamique")) in roles_of(v, "Event", "attentat")


def test_a_reelection_claimed_by_a_president_is_his_own(view):
    v = view("La réélection revendiquée dimanche par Nicolás Maduro est contestée par l'opposition vénézuélienne.")
    assert roles_of(v, "Event", "réélection") == {("recipient", v.named("Nicolás Maduro"))}


def test_a_body_condemning_an_attack_is_not_its_author(view):
    v = view("L'attentat de Kaboul, condamné par l'ONU, a fait dix morts, selon la police afghane.")
    assert all(("agent", v.named("ONU")) not in v.roles(e) for e in v.events_on("attentat"))


def test_the_source_of_a_sentence_is_not_who_its_possessive_stands_for(view):
    v = view("Le président kényan, William Ruto, a quitté Nairobi. Selon Dmitri Peskov, sa visite à Moscou aura "
             "lieu en mai.")
    assert all(("agent", v.named("Dmitri Peskov")) not in v.roles(e) for e in v.events_on("visite"))
