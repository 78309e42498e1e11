"""Nominal events (ceremonies, investitures, talks named `lors des entretiens`, `Cette visite est la troisième de
X`) and the verbs of breaching and watching (`violer`, `enfreindre`, `surveiller`, `contrôler`), on sentences
of our own. A nominal event with no participant to be found is not emitted."""

from __future__ import annotations

PUTIN, XI, KIM, KISHIDA = "Q7747", "Q15031", "Q56226", "Q359480"
RUSSIA, CHINA, NORTH_KOREA, JAPAN = "Q159", "Q148", "Q423", "Q17"


def _on(v, word: str) -> list[dict]:
    return [e for e in v.data["events"] if word in e["trigger"]["text"]]


# --- ceremonies, parades and investitures ---------------------------------------------------------------

def test_investiture_of_a_named_person_makes_them_its_recipient(view):
    v = view("L'investiture de Vladimir Poutine se tiendra mardi au Kremlin.")
    assert v.roles(v.event_on("Event", "investiture")) == {("recipient", PUTIN)}


def test_ceremony_between_two_leaders_has_both_as_participants(view):
    v = view("Une cérémonie entre Xi Jinping et Fumio Kishida a marqué l'anniversaire du traité.")
    assert v.roles(v.event_on("Event", "cérémonie")) == {("participant", XI), ("participant", KISHIDA)}


def test_a_ceremony_with_no_participant_is_not_emitted(view):
    v = view("Une cérémonie grandiose a eu lieu sur la place centrale.")
    assert not _on(v, "cérémonie")


def test_a_military_parade_with_no_participant_is_not_emitted(view):
    v = view("Un défilé militaire a traversé la ville sous la pluie.")
    assert not _on(v, "défilé")


# --- the talks `lors des entretiens` and the owner of an ordinal visit -----------------------------------

def test_talks_during_which_something_was_said_are_the_reported_meeting(view):
    v = view("Xi Jinping a reçu Vladimir Poutine jeudi à Pékin. « Notre amitié est solide », a affirmé Xi "
             "Jinping lors des entretiens.")
    assert v.roles(v.event_on("Meeting", "entretiens")) == {("participant", XI), ("participant", PUTIN)}


def test_talks_with_no_known_pair_are_not_emitted(view):
    v = view("Au cours des pourparlers, la Chine a exprimé des réserves.")
    assert not _on(v, "pourparlers")


def test_an_ordinal_visit_belongs_to_the_one_named_after_de(view):
    v = view("Cette visite est la troisième de Fumio Kishida en Chine.")
    assert v.roles(v.event_on("Visit", "visite")) == {("agent", KISHIDA)}


# --- transfers: where the goods come from, and who breaches a rule by them ----------------------------------

def test_a_state_named_after_the_goods_is_where_they_come_from(view):
    v = view("Les livraisons de munitions de la Corée du Nord à la Russie ont augmenté.")
    roles = v.roles(v.event_on("Delivery", "livraisons"))
    assert {("agent", NORTH_KOREA), ("recipient", RUSSIA)} <= roles


def test_the_parties_to_a_transfer_breach_the_rule_it_violates(view):
    v = view("Toute livraison de munitions de la Corée du Nord à la Russie violerait les résolutions de l'ONU.")
    breach = v.event_on("Event", "violerait")
    assert v.roles(breach) == {("participant", NORTH_KOREA), ("participant", RUSSIA)}
    assert breach["status"] == "hypothetical"


def test_a_state_violating_an_embargo_is_the_agent_of_the_breach(view):
    # (round 11: one party in breach acts, as gold has it for `avait violé`, `avait enfreint`, `bafouer`, `viole`;
    # only the parties of a breaching act, above, take part)
    v = view("Selon Tokyo, la Chine a enfreint l'embargo l'an dernier.")
    assert v.roles(v.event_on("Event", "enfreint")) == {("agent", CHINA)}


# --- watching: an activity when reported, an attitude when said in the first person --------------------------

def test_a_state_that_will_watch_is_the_agent_of_a_planned_monitoring(view):
    v = view("Le Japon surveillera les essais de la Corée du Nord.")
    watch = v.event_on("Event", "surveillera")
    assert v.roles(watch) == {("agent", JAPAN)}
    assert watch["status"] == "planned"


def test_we_are_watching_said_in_a_quote_is_no_event(view):
    v = view("« Nous surveillons la situation de près », a déclaré Fumio Kishida.")
    assert not _on(v, "surveillons")


def test_threatening_stays_a_speech_act_not_an_event(view):
    v = view("Vladimir Poutine a menacé le Japon de représailles.")
    assert not _on(v, "menacé") or all(e["type"] != "Event" for e in _on(v, "menacé"))


# --- support verbs, programmes and struggles -----------------------------------------------------------------

def test_states_that_resume_talks_take_part_in_them(view):
    v = view("Le Japon et la Chine ont repris les pourparlers.")
    assert v.roles(v.event_on("Meeting", "pourparlers")) == {("participant", JAPAN), ("participant", CHINA)}


def test_resuming_deliveries_makes_the_subject_their_agent(view):
    v = view("La Russie a repris les livraisons de gaz à la Chine.")
    assert {("agent", RUSSIA), ("recipient", CHINA)} <= v.roles(v.event_on("Delivery", "livraisons"))


def test_a_weapons_programme_of_a_state_is_its_activity(view):
    v = view("Le Japon est préoccupé par le programme nucléaire de la Corée du Nord.")
    assert v.roles(v.event_on("Event", "programme")) == {("agent", NORTH_KOREA)}


def test_a_programme_that_is_no_weapons_programme_is_no_event(view):
    v = view("La Chine a lancé un programme de reboisement.")
    assert not _on(v, "programme")


def test_developing_programmes_is_one_event_not_two(view):
    v = view("La Corée du Nord cherche à développer ses programmes spatiaux.")
    assert not _on(v, "programmes") and _on(v, "développer")


def test_programmes_sanctions_are_for_belong_to_the_one_sanctioned(view):
    v = view("La Corée du Nord est visée par des sanctions pour ses programmes balistiques.")
    assert v.roles(v.event_on("Event", "programmes")) == {("agent", NORTH_KOREA)}


def test_a_struggle_against_a_state(view):
    v = view("La Russie mène une lutte contre le Japon.")
    assert v.roles(v.event_on("Event", "lutte")) == {("agent", RUSSIA), ("recipient", JAPAN)}
