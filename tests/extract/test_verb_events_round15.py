"""Events named by verbs the stop-list left out (round 15, verb_senses.py and open_verbs.py).

- A light verb with a noun that names the act: `faire pression sur X`, `exercer des pressions sur X` (the one who
  presses acts on X), `faire le déplacement`, `faire une visite` (a visit), `faire front commun` (several act as one).
- `passer en revue`: held together (a plural or coordinated subject, an `avec` partner), a meeting; by one side
  alone, its own act; `passer` in any other use tells nothing.
- A presence told in a relative clause (`X, qui se trouvait lundi à Y`) is a visit of the person the clause hangs on;
  a thing found somewhere or a person in a plight is none.
- Someone expected at a place, the place hung by the parse on a month (`attendu en mai à Tokyo`), is to visit it.
- Giving up or calling off a thing that is no event (`a annulé le contrat`) is an act; calling off an event (`a
  renoncé à sa visite`, `au renforcement de`: a noun made from a verb names an act) stays the event's status.

Every sentence is of our own writing, on topics beyond the gold corpus. Publication date 2024-03-15."""

from __future__ import annotations


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- light verbs with a noun of the act -------------------------------------------------------------------------------

def test_pressing_a_state_is_an_act_of_the_one_who_presses_on_the_one_pressed(view):
    v = view("Le Brésil fait pression sur le Venezuela pour obtenir la tenue d'élections libres.")
    assert roles_of(v, "Event", "fait") == {("agent", v.named("Brésil")), ("recipient", v.named("Venezuela"))}


def test_pressures_exerted_are_the_same_act(view):
    v = view("Le Canada exerce de fortes pressions sur le Mexique depuis des semaines.")
    assert roles_of(v, "Event", "exerce") == {("agent", v.named("Canada")), ("recipient", v.named("Mexique"))}


def test_pressing_asked_of_a_state_is_its_act_still_to_come(view):
    v = view("L'Union européenne a appelé l'Inde à faire pression sur le Pakistan.")
    event = v.event_on("Event", "faire")
    assert v.roles(event) == {("agent", v.named("Inde")), ("recipient", v.named("Pakistan"))}
    assert event["status"] == "proposed"


def test_a_trip_made_is_a_visit_and_one_not_made_is_negated(view):
    v = view("Le président argentin, Javier Milei, n'a pas fait le déplacement à Madrid.")
    visit = v.event_on("Visit", "fait")
    assert ("agent", v.named("Javier Milei")) in v.roles(visit)
    assert visit["status"] == "negated"


def test_a_visit_made_is_a_visit(view):
    v = view("Le Premier ministre indien, Narendra Modi, a fait une visite éclair à Varsovie.")
    assert ("agent", v.named("Narendra Modi")) in roles_of(v, "Visit", "fait")


def test_a_common_front_is_made_together(view):
    v = view("Le Chili et le Pérou veulent faire front commun face à la crise migratoire.")
    assert roles_of(v, "Event", "faire") == {("participant", v.named("Chili")), ("participant", v.named("Pérou"))}


def test_a_statement_made_is_no_event_here(view):
    v = view("Le ministre chilien, Alberto van Klaveren, a fait une déclaration devant la presse.")
    assert not v.events_on("fait")


def test_pressure_as_a_subject_tells_no_act(view):
    v = view("La pression sur le gouvernement péruvien a encore augmenté lundi.")
    assert not v.events_on("augmenté")


# --- passer en revue ------------------------------------------------------------------------------------------------

def test_a_review_held_by_two_named_people_is_their_meeting(view):
    v = view("Pedro Sanchez et Olaf Scholz ont passé en revue les projets industriels communs.")
    meeting = v.event_on("Meeting", "passé")
    assert {("participant", v.named("Pedro Sanchez")), ("participant", v.named("Olaf Scholz"))} <= v.roles(meeting)


def test_a_review_held_with_a_partner_is_a_meeting_with_that_partner(view):
    v = view("Le ministre Jean Dupont a passé en revue avec Olaf Scholz les projets communs.")
    meeting = v.event_on("Meeting", "passé")
    assert {("participant", v.named("Jean Dupont")), ("participant", v.named("Olaf Scholz"))} <= v.roles(meeting)


def test_a_review_by_one_side_is_its_own_act(view):
    v = view("Le ministre Jean Dupont a passé en revue les troupes à Toulon.")
    assert not v.events("Meeting")
    assert ("agent", v.named("Jean Dupont")) in roles_of(v, "Event", "passé")


def test_passer_in_another_use_tells_nothing(view):
    v = view("Le convoi de Jean Dupont est passé par Lyon avant midi.")
    assert not v.events_on("passé")


# --- presence --------------------------------------------------------------------------------------------------------

def test_a_presence_told_in_a_relative_clause_is_a_visit_of_its_antecedent(view):
    v = view("Le président Lula, qui se trouvait lundi à Rome, a critiqué les taux d'intérêt.")
    visit = v.event_on("Visit", "se trouvait")
    assert v.roles(visit) == {("agent", v.named("Lula"))}


def test_a_stay_told_in_a_relative_clause_is_a_visit(view):
    v = view("Le chancelier Olaf Scholz, qui séjournait mardi à Pékin, a rencontré des industriels.")
    assert ("agent", v.named("Olaf Scholz")) in roles_of(v, "Visit", "séjournait")


def test_a_thing_found_somewhere_and_a_person_in_a_plight_are_no_visits(view):
    v = view("La raffinerie, qui se trouve à Anvers, a fermé. Le ministre, qui se trouvait dans une impasse, a "
             "démissionné.")
    assert not v.events("Visit")


def test_one_expected_at_a_city_hung_on_a_month_is_to_visit_it(view):
    v = view("Le chancelier Olaf Scholz est attendu en mai à Tokyo.")
    visit = v.event_on("Visit", "attendu")
    assert ("agent", v.named("Olaf Scholz")) in v.roles(visit)
    assert visit["status"] == "planned"


# --- giving up --------------------------------------------------------------------------------------------------------

def test_calling_off_a_contract_is_an_act_on_it(view):
    v = view("L'Argentine a annulé le contrat d'armement signé avec la Suède.")
    assert ("agent", v.named("Argentine")) in roles_of(v, "Event", "annulé")


def test_giving_up_a_visit_stays_the_visit_called_off(view):
    v = view("La présidente mexicaine a renoncé à sa visite à Lima.")
    assert not v.events_on("renoncé")
    assert v.event_on("Visit", "visite")["status"] == "negated"


def test_never_giving_up_an_act_named_by_a_noun_of_a_verb_is_no_act_of_giving_up(view):
    v = view("Le président Kim Jong-un a promis de ne jamais renoncer au renforcement de son arsenal.")
    assert not v.events_on("renoncer")
