"""Verbal event triggers on constructions that hid them: an aside between the auxiliary and the participle (`a,
dimanche, bombardé`), a participle that opens the sentence as the parse's root (`Parti de Moscou, X est arrivé`),
a person staying at a place (`se trouve à Moscou`, `a séjourné en Russie`), leaving a text (`a quitté le traité`),
and a clitic object that is to do what the infinitive says (`l'a invité à se rendre`). Every sentence is of our own
writing, not from the bundled article nor the gold corpus; the negative ones must give no event."""

from __future__ import annotations

from newsld.extract.incises import participle_after_incise
from newsld.extract.nlp import parse

PUTIN, XI, KIM, KISHIDA, LAVROV = "Q7747", "Q15031", "Q56226", "Q359480", "Q58217"
RUSSIA, JAPAN = "Q159", "Q17"


def agents(v, event) -> set[str]:
    return {e for r, e in v.roles(event) if r == "agent"}


# --- an aside between the auxiliary and the participle -----------------------------------------------------------

def test_an_aside_keeps_the_doer_and_the_target_of_a_strike_apart(view):
    v = view("La Russie a, dimanche soir, bombardé Kharkiv.")
    strike = v.event_on("Event", "bombardé")
    assert agents(v, strike) == {RUSSIA}
    assert any(r == "recipient" and e != RUSSIA for r, e in v.roles(strike))
    assert strike["status"] == "occurred"


def test_an_aside_with_a_source_in_a_pronominal_verb(view):
    v = view("Sergueï Lavrov s'est, selon l'agence TASS, rendu à Pékin.")
    visit = v.event_on("Visit", "rendu")
    assert v.roles(visit) == {("agent", LAVROV)}


def test_an_aside_in_a_reception(view):
    v = view("Vladimir Poutine a, selon le Kremlin, reçu Xi Jinping.")
    meeting = v.event_on("Meeting", "reçu")
    assert v.roles(meeting) == {("agent", PUTIN), ("participant", XI)}


def test_an_aside_of_stance_in_a_sanction(view):
    v = view("Le Japon a, pour sa part, sanctionné trois entreprises russes.")
    sanction = v.event_on("Sanction", "sanctionné")
    assert agents(v, sanction) == {JAPAN}


def test_an_aside_in_a_pronominal_meeting_of_two(view):
    v = view("Xi Jinping et Vladimir Poutine se sont, selon Pékin, entretenus pendant trois heures.")
    meeting = v.event_on("Meeting", "entretenus")
    assert v.roles(meeting) == {("participant", XI), ("participant", PUTIN)}


def test_an_aside_before_a_denied_strike_keeps_the_negation(view):
    v = view("La Russie n'a, pour l'instant, pas bombardé Odessa.")
    strike = v.event_on("Event", "bombardé")
    assert agents(v, strike) == {RUSSIA}
    assert strike["status"] == "negated"


def test_the_parse_is_mended_only_for_a_participle_after_a_short_aside(nlp):
    mended = parse("La Russie a, dimanche soir, bombardé Kharkiv.")
    participle = next(t for t in mended if t.text == "bombardé")
    assert participle.dep_ == "ROOT"
    assert {(c.text, c.dep_) for c in participle.children} >= {("Russie", "nsubj"), ("a", "aux:tense")}
    for text in ("La Chine a, dit-on, des réserves.", "La Chine est, selon Pékin, prête à discuter."):
        assert all(participle_after_incise(t) is None for t in parse(text))


def test_no_event_from_an_aside_before_a_noun(view):
    v = view("La Chine a, dit-on, des réserves.")
    assert v.data["events"] == []


# --- a participle opening the sentence, made the root by the parse -------------------------------------------------

def test_a_departure_opening_the_sentence_is_the_main_subjects(view):
    v = view("Parti de Moscou en avion, Sergueï Lavrov est arrivé à Pékin.")
    departure = v.event_on("Event", "Parti")
    assert v.roles(departure) == {("agent", LAVROV)}
    arrival = v.event_on("Visit", "arrivé")
    assert v.roles(arrival) == {("agent", LAVROV)}


def test_a_return_opening_the_sentence_before_a_meeting(view):
    v = view("Rentré de Pékin dans la nuit, Sergueï Lavrov a aussitôt rencontré Vladimir Poutine.")
    assert v.roles(v.event_on("Event", "Rentré")) == {("agent", LAVROV)}
    meeting = v.event_on("Meeting", "rencontré")
    assert v.roles(meeting) == {("participant", LAVROV), ("participant", PUTIN)}


# --- staying at a place ------------------------------------------------------------------------------------------

def test_a_person_found_at_a_place_is_visiting_it(view):
    v = view("Xi Jinping se trouve à Moscou pour trois jours.")
    visit = v.event_on("Visit", "se trouve")
    assert v.roles(visit) == {("agent", XI)}
    assert visit["status"] == "occurred"


def test_a_stay_in_a_country_hung_on_its_length(view):
    v = view("Kim Jong-un a séjourné une semaine en Russie.")
    assert v.roles(v.event_on("Visit", "séjourné")) == {("agent", KIM)}


def test_a_past_stay_told_by_a_source(view):
    v = view("Kim Jong-un se trouvait alors en Russie, selon Séoul.")
    assert v.roles(v.event_on("Visit", "trouvait")) == {("agent", KIM)}


def test_a_thing_located_somewhere_visits_nothing(view):
    v = view("La centrale se trouve à Zaporijjia.")
    assert not v.events("Visit")


def test_a_person_in_a_plight_visits_nothing(view):
    v = view("Vladimir Poutine se trouve dans une impasse.")
    assert not v.events("Visit")


def test_finding_common_ground_is_no_visit(view):
    v = view("La Russie et la Chine ont trouvé un terrain d'entente.")
    assert not v.events("Visit")


# --- arrivals and departures --------------------------------------------------------------------------------------

def test_an_arrival_to_come_is_planned(view):
    v = view("Xi Jinping doit arriver lundi à Moscou.")
    arrival = v.event_on("Visit", "arriver")
    assert v.roles(arrival) == {("agent", XI)}
    assert arrival["status"] == "planned"


def test_coming_to_an_agreement_is_no_arrival(view):
    v = view("Les deux pays sont arrivés à un accord.")
    assert not v.events_on("arrivés")


def test_leaving_a_treaty_makes_the_treaty_the_theme(view):
    v = view("Les États-Unis ont quitté le traité sur les forces nucléaires.")
    exit_ = v.event_on("Event", "quitté")
    assert agents(v, exit_) == {"Q30"}
    assert v.themes(exit_) == ["le traité"]


def test_leaving_a_city_has_no_theme(view):
    v = view("Kim Jong-un a quitté Pékin mercredi soir.")
    departure = v.event_on("Event", "quitté")
    assert v.roles(departure) == {("agent", KIM)}


# --- a clitic object controls the infinitive ---------------------------------------------------------------------

def test_the_one_invited_by_a_clitic_is_the_one_to_travel(view):
    v = view("Vladimir Poutine a reçu Kim Jong-un et l'a invité à se rendre à Moscou.")
    trip = v.event_on("Visit", "se rendre")
    assert ("agent", KIM) in v.roles(trip)
    assert trip["status"] == "proposed"  # an invitation not (yet) accepted offers the trip


# --- a participle sharing the auxiliary of the verb before it ------------------------------------------------------

def test_a_participle_after_et_shares_the_subject_and_the_auxiliary(view):
    v = view("Le Japon a sanctionné trois entreprises et gelé leurs avoirs.")
    freeze = v.event_on("Event", "gelé")
    assert agents(v, freeze) == {JAPAN}
    assert freeze["status"] == "occurred"


def test_the_participle_gets_its_own_object_in_the_parse(nlp):
    doc = parse("Vladimir Poutine a reçu le ministre et décoré son adjoint.")
    decorated = next(t for t in doc if t.text == "décoré")
    assert (decorated.pos_, decorated.lemma_) == ("VERB", "décorer")
    assert (decorated.dep_, decorated.head.text) == ("conj", "reçu")
    assert [(c.text, c.dep_) for c in decorated.children if c.dep_ == "obj"] == [("adjoint", "obj")]


def test_adjectives_joined_by_et_stay_adjectives(nlp):
    doc = parse("Le Japon a sanctionné des entreprises russes et chinoises.")
    assert next(t for t in doc if t.text == "chinoises").pos_ == "ADJ"


def test_a_participle_with_no_object_after_et_is_left_alone(view):
    v = view("Les entreprises visées ont été identifiées et sanctionnées.")
    assert not v.events_on("sanctionnées", "Event")


# --- paying a visit, leading a body, the phase of an event --------------------------------------------------------

def test_paying_a_visit_to_a_person(view):
    v = view("Xi Jinping rendra visite à Vladimir Poutine en mai.")
    visit = v.event_on("Visit", "rendra")
    assert v.roles(visit) == {("agent", XI), ("participant", PUTIN)}
    assert visit["status"] == "planned"


def test_paying_homage_is_no_visit(view):
    v = view("Vladimir Poutine a rendu hommage aux soldats.")
    assert not v.events("Visit")


def test_leading_a_state_is_an_act_of_its_head(view):
    v = view("Xi Jinping dirige la Chine depuis 2012.")
    assert v.roles(v.event_on("Event", "dirige")) == {("agent", XI), ("participant", "Q148")}


def test_heading_for_a_port_or_leading_a_debate_is_no_leadership(view):
    v = view("Le navire se dirigeait vers le port. Sergueï Lavrov doit diriger un débat sur le Proche-Orient.")
    assert not v.events_on("dirige")


def test_ending_a_tour_is_the_tour_not_an_act_of_its_own(view):
    v = view("Xi Jinping a achevé sa tournée en Asie.")
    assert not v.events_on("achevé")
    assert v.roles(v.event_on("Visit", "tournée")) == {("agent", XI)}


def test_ending_a_construction_is_an_act(view):
    v = view("La Russie a achevé la construction du pont.")
    assert agents(v, v.event_on("Event", "achevé")) == {RUSSIA}
