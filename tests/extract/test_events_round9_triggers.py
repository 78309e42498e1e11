"""Triggers of events still missed after round 8, by construction of the language: people or a body gathered by
someone (`réunir le Conseil`), a link to be built between places (`reliera X à Y`, `via Z`), a party reaching a
named place (`a atteint Kaboul`), something obtained from a party (`obtenir des garanties auprès de X`),
pictures made public (`en publiant des photos`), and the nouns of a party's coming (`l'arrivée de X`, `son
retour`), of funerals and of a court's acquittal; with the other senses of the same words that must tell no such
event (a share of the vote gathered, a standing link, a rate reached, a status obtained, a communiqué published,
the moment another act is dated by, a return of peace). Every sentence is of our own writing, on topics beyond the
gold corpus (African rail, European politics, inflation, Afghanistan, Brazilian justice, South Africa).
Publication date 2024-03-15."""

from __future__ import annotations


def _triggers(v) -> list[str]:
    return [e["trigger"]["text"] for e in v.data["events"]]


# --- gathering people: a meeting the subject holds -------------------------------------------------------------

def test_a_body_gathered_by_a_leader_is_a_planned_meeting(view):
    v = view("Le président sud-africain Cyril Ramaphosa doit réunir le Conseil national de sécurité.")
    meeting = v.event_on("Meeting", "réunir")
    assert ("agent", v.named("Cyril Ramaphosa")) in v.roles(meeting)
    assert any(role == "participant" for role, _ in v.roles(meeting))
    assert meeting["status"] == "planned"


def test_leaders_gathered_in_a_capital_are_met_there(view):
    v = view("Le Premier ministre espagnol Pedro Sánchez a réuni les dirigeants de l'Union européenne à Madrid.")
    meeting = v.event_on("Meeting", "réuni")
    assert ("agent", v.named("Pedro Sánchez")) in v.roles(meeting)


def test_a_share_of_the_vote_or_conditions_gathered_are_no_meeting(view):
    v = view("Le candidat écologiste a réuni 12 % des voix au premier tour. Le projet réunit toutes les conditions.")
    assert not v.events("Meeting")


# --- links to be built between places ---------------------------------------------------------------------------

def test_a_railway_to_come_links_the_states_it_joins(view):
    v = view("Une ligne ferroviaire reliera le Kenya à l'Ouganda via la Tanzanie.")
    link = v.event_on("Event", "reliera")
    joined = {v.named("Kenya"), v.named("Ouganda"), v.named("Tanzanie")}
    assert {("participant", place) for place in joined} <= v.roles(link)
    assert link["status"] == "planned"


def test_a_bridge_that_links_two_states_now_is_a_standing_fact(view):
    v = view("Ce pont relie la Suède au Danemark depuis 2000.")
    assert not v.events_on("relie")


# --- reaching a place --------------------------------------------------------------------------------------------

def test_a_minister_reaching_a_capital_goes_there(view):
    v = view("Le ministre turc des Affaires étrangères Hakan Fidan a atteint Kaboul lundi.")
    reach = v.event_on("Event", "atteint")
    assert ("agent", v.named("Hakan Fidan")) in v.roles(reach)
    assert reach.get("place") == v.named("Kaboul")


def test_a_rate_a_final_or_a_missile_reaching_are_no_trip(view):
    v = view("L'inflation a atteint 5 % en Argentine en mars. Le club a atteint la finale du tournoi. "
             "Le missile a atteint Odessa dans la nuit.")
    assert not v.events_on("atteint")


# --- obtaining from a party ----------------------------------------------------------------------------------

def test_guarantees_obtained_from_an_alliance_are_an_act_of_both(view):
    v = view("La Turquie a obtenu des garanties auprès de l'OTAN.")
    obtained = v.event_on("Event", "obtenu")
    assert v.roles(obtained) == {("agent", v.named("Turquie")), ("participant", v.named("OTAN"))}


def test_documents_obtained_from_a_named_person(view):
    v = view("La journaliste Maria Ressa a obtenu des documents auprès de l'ancien ministre Rodrigo Duterte.")
    obtained = v.event_on("Event", "obtenu")
    assert ("participant", v.named("Rodrigo Duterte")) in v.roles(obtained)


def test_a_status_obtained_from_no_one_named_is_no_event(view):
    v = view("La Géorgie a obtenu le statut de candidat à l'adhésion.")
    assert not v.events_on("obtenu")


# --- pictures made public --------------------------------------------------------------------------------------

def test_photos_published_in_a_gerund_are_the_main_subject_s_act(view):
    v = view("Le président ukrainien Volodymyr Zelensky a salué leur retour en publiant des photos des soldats.")
    published = v.event_on("Event", "publiant")
    assert ("agent", v.named("Volodymyr Zelensky")) in v.roles(published)


def test_a_communique_published_stays_speech(view):
    v = view("Le Kremlin a publié un communiqué.")
    assert not v.events_on("publié")


# --- nouns of coming, funerals, acquittals -----------------------------------------------------------------------

def test_the_arrival_of_a_leader_is_his_act(view):
    v = view("L'arrivée de Narendra Modi à Kiev a été saluée par l'Ukraine.")
    arrival = v.event_on("Event", "arrivée")
    assert ("agent", v.named("Narendra Modi")) in v.roles(arrival)


def test_the_moment_of_an_arrival_and_the_return_of_peace_are_no_events(view):
    v = view("« Nous voulons la paix », a déclaré le président brésilien Lula à son arrivée à Pékin. "
             "Le retour de la paix reste un espoir lointain.")
    assert not v.events_on("arrivée") and not v.events_on("retour")


def test_funerals_and_an_acquittal_name_the_one_they_are_for(view):
    v = view("Les funérailles de l'ancien président sud-africain Nelson Mandela ont eu lieu en 2013. "
             "L'acquittement de l'ancien président brésilien Jair Bolsonaro a surpris Brasilia.")
    assert ("participant", v.named("Nelson Mandela")) in v.roles(v.event_on("Event", "funérailles"))
    assert ("recipient", v.named("Jair Bolsonaro")) in v.roles(v.event_on("Event", "acquittement"))


# --- a guest received, told by a participle after a comma --------------------------------------------------------

def test_a_person_received_by_a_host_in_an_apposed_participle_is_met(view):
    v = view("Le président brésilien Lula, reçu mardi par Emmanuel Macron, a défendu l'accord commercial.")
    meeting = v.event_on("Meeting", "reçu")
    assert v.roles(meeting) == {("participant", v.named("Lula")), ("agent", v.named("Emmanuel Macron"))}
    assert not v.events("Gift")


def test_aid_received_by_a_state_after_a_comma_stays_a_gift(view):
    v = view("L'aide de la Chine, reçue mardi par le Japon, comprend des tentes.")
    assert not v.events("Meeting")
