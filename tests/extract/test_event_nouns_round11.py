"""Event nouns of wire copy and the parties French gives them around the noun (round 11, event_nouns.py and
noun_arguments.py).

- A stop on the way: `de passage à X`, `son passage en Y` is a visit (only before a named place: `le passage en
  revue`, `le passage à l'acte` are no journey); a bare `de passage` or `en visite` set after a person describes
  that person, the visitor.
- Proceedings opened on a charge: `une enquête pour corruption visant X et Y`, `... contre X`: those the
  proceedings are against are the agents of the act charged, which is suspected (never asserted by the article),
  also where a source after the clause (`, a rapporté X`) makes the parse hang the names elsewhere; an act that is
  no charge (`ont participé à une insurrection`) gets no suspect.
- An act told again with a possessive (`X a accepté la démission de Y ... Y avait annoncé sa démission`) is the
  act already told, one event; the same noun of another party (`Le Niger a annoncé son retrait ... Le Mali a
  annoncé son retrait`) is another act.

Every sentence is of our own writing, on topics beyond the gold corpus. Publication date 2024-03-15."""

from __future__ import annotations


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


def parties(v) -> set[str]:
    return {e for event in v.data["events"] for _, e in v.roles(event)}


# --- a stop on the way --------------------------------------------------------------------------------------------

def test_a_president_in_transit_described_after_his_name_is_the_visitor(view):
    v = view("Le président colombien, Gustavo Petro, de passage à Madrid mardi, a rencontré le roi Felipe VI.")
    assert ("agent", v.named("Gustavo Petro")) in roles_of(v, "Visit", "passage")


def test_the_owner_of_a_stop_in_a_country_is_the_subject_of_the_clause(view):
    v = view("Lors de son passage en Argentine, le pape François a célébré une messe à Buenos Aires.")
    assert roles_of(v, "Visit", "passage") == {("agent", v.named("François"))}


def test_a_review_of_troops_is_no_journey(view):
    v = view("Le passage en revue des troupes par le président Lula a duré une heure à Brasilia.")
    assert v.events_on("passage", "Visit") == []


def test_acting_out_is_no_journey(view):
    v = view("Le passage à l'acte du suspect a surpris les enquêteurs de Lyon.")
    assert v.events_on("passage") == []


# --- proceedings opened on a charge -------------------------------------------------------------------------------

def test_an_investigation_for_corruption_makes_those_it_targets_the_suspects(view):
    v = view("Le parquet de Lima a ouvert une enquête pour corruption visant l'ancien président Pedro Castillo "
             "et son ministre Juan Silva.")
    event = v.event_on("Event", "corruption")
    assert v.roles(event) == {("agent", v.named("Pedro Castillo")), ("agent", v.named("Juan Silva"))}
    assert event["status"] == "suspected"


def test_the_suspects_stay_the_agents_when_a_source_follows_the_clause(view):
    v = view("Le parquet fédéral a ouvert une enquête pour fraude électorale visant Jair Bolsonaro, a rapporté le "
             "quotidien Folha.")
    event = v.event_on("Event", "fraude")
    assert v.roles(event) == {("agent", v.named("Jair Bolsonaro"))}
    assert event["status"] == "suspected"


def test_an_uprising_charged_in_an_investigation_is_suspected_of_each_one_targeted(view):
    v = view("La police a ouvert une enquête pour « mutinerie » visant le général Omar Haddad et le colonel "
             "Karim Saleh, a rapporté l'agence Tunis Presse.")
    event = v.event_on("Event", "mutinerie")
    assert v.roles(event) == {("agent", v.named("Omar Haddad")), ("agent", v.named("Karim Saleh"))}
    assert event["status"] == "suspected"


def test_an_uprising_taken_part_in_is_no_charge(view):
    v = view("Des milliers de manifestants ont participé à une insurrection contre le régime de Damas en 2011.")
    assert all(e["status"] != "suspected" for e in v.events_on("insurrection"))


# --- an act told again with a possessive --------------------------------------------------------------------------

def test_a_resignation_told_again_with_a_possessive_is_one_act(view):
    v = view("Le Premier ministre Marc Dubois a accepté mardi la démission de son ministre des Finances, Paul "
             "Martin. Paul Martin avait annoncé sa démission dimanche.")
    resignations = v.events_on("démission")
    assert len(resignations) == 1
    assert v.roles(resignations[0]) == {("agent", v.named("Paul Martin"))}


def test_the_same_noun_of_two_parties_is_two_acts(view):
    v = view("Le Niger a annoncé son retrait de la Cédéao. Le Mali a annoncé son retrait de la Cédéao.")
    withdrawals = v.events_on("retrait")
    assert {e for event in withdrawals for _, e in v.roles(event)} == {v.named("Niger"), v.named("Mali")}
    assert len(withdrawals) == 2


# --- talks sought or refused, and a settlement of a dispute -------------------------------------------------------

def test_who_demands_talks_with_another_would_hold_them(view):
    v = view("Le Maroc a exigé des négociations avec l'Algérie sur le Sahara occidental.")
    event = v.event_on("Meeting", "négociations")
    assert v.roles(event) == {("participant", v.named("Maroc")), ("participant", v.named("Algérie"))}
    assert event["status"] == "proposed"


def test_who_calls_on_others_to_hold_talks_takes_no_part_in_them(view):
    v = view("Le pape a appelé à des négociations avec les rebelles du Tigré.")
    pope = v.entity_of("pape")
    assert all(pope is None or pope not in {e for _, e in v.roles(event)} for event in v.events_on("négociations"))


def test_talks_refused_do_not_take_place(view):
    v = view("Le Pérou a rejeté toute négociation avec les mineurs en grève.")
    event = v.event_on("Meeting", "négociation")
    assert ("participant", v.named("Pérou")) in v.roles(event)
    assert event["status"] == "negated"


def test_an_invitation_refused_was_made_all_the_same(view):
    v = view("Le Kenya a refusé l'invitation du Soudan.")
    assert v.event_on("Invitation", "invitation")["status"] == "occurred"


def test_a_peaceful_settlement_called_for_is_one_of_the_parties_of_the_dispute(view):
    v = view("L'Union africaine a appelé à un règlement pacifique du différend entre l'Éthiopie et l'Érythrée.")
    event = v.event_on("Event", "règlement")
    assert v.roles(event) == {("participant", v.named("Éthiopie")), ("participant", v.named("Érythrée"))}
    assert event["status"] == "proposed"


def test_the_rules_of_a_club_are_no_settlement(view):
    v = view("Le club a modifié son règlement intérieur avant la saison.")
    assert v.events_on("règlement") == []


# --- mass crimes: charged, or told with who undergoes them ---------------------------------------------------------

def test_a_genocide_a_state_is_accused_of_is_suspected_of_that_state(view):
    v = view("L'Afrique du Sud accuse Israël de génocide.")
    event = v.event_on("Event", "génocide")
    assert v.roles(event) == {("agent", v.named("Israël"))}
    assert event["status"] == "suspected"


def test_a_massacre_denounced_is_the_act_of_the_army_named_by_par(view):
    v = view("Le Tchad a dénoncé le massacre des Massalits par l'armée soudanaise.")
    event = v.event_on("Event", "massacre")
    assert v.roles(event) == {("agent", v.named("l'armée soudanaise"))}
    assert event["status"] == "occurred"


def test_cleaning_a_beach_is_no_crime(view):
    v = view("Le nettoyage de la plage a mobilisé 300 bénévoles à Dakar.")
    assert v.events_on("nettoyage") == []
