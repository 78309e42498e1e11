"""Events kept in their article, round 20, on sentences of our own: what the sentence alone gives, the article keeps.

- A set phrase between the auxiliary and the participle with no commas (`a pour sa part promis`, `s'est de son côté
  rendu`, `a quant à lui rencontré`): the participle heads the clause, the subject is its own (incises.py); a verb
  with no participle after the phrase (`a pour sa part une position`) is left alone.
- An event noun after a preposition of time (`après la visite de X`) that names a doer of its own, none of the told
  act's, is another act of the kind, not a restatement (event_filters.py); with the told doer, or a possessive, it
  is still the told act again.
- The visit someone comes for (`est arrivé lundi à Pékin pour une visite`) is at the place and on the day of the
  coming (events.py, event_times.py): a stage told next at another place (`s'est d'abord rendu à Shanghai`) is a
  visit of its own; the visit a journey there is for is that journey.
- Two suspected transfers named by two different nouns (`ses achats d'armes`, `des livraisons présumées`) are two
  suspected acts, as two told ones are; the same noun again may be the same act.
- An ordinal or an adjective of novelty (`la première violation`, `une nouvelle rencontre`) picks one instance of
  a kind: it does not make a noun a two-party act between the pair the article is about (events.py).
"""

from __future__ import annotations

from newsld.extract.events import _refers_to_a_pair
from newsld.extract.nlp import parse


def _doers(v, event: dict) -> set[str]:
    return {e for r, e in v.roles(event) if r in ("agent", "participant")}


# --- a set aside phrase between the auxiliary and the participle -----------------------------------------------------

def test_a_promise_to_go_after_de_son_cote_keeps_its_subject(view):
    v = view("Emmanuel Macron a de son côté promis de se rendre en Chine l'an prochain.")
    visit = v.event_on("Visit", "rendre")
    assert _doers(v, visit) == {v.named("Emmanuel Macron")}
    assert visit["status"] == "planned"


def test_a_reflexive_visit_after_de_son_cote_keeps_its_subject(view):
    v = view("Le chancelier Olaf Scholz s'est de son côté rendu à Varsovie mardi.")
    visit = v.event_on("Visit", "rendu")
    assert _doers(v, visit) == {v.named("Olaf Scholz")}


def test_a_meeting_after_quant_a_lui_has_both_parties(view):
    v = view("Emmanuel Macron a quant à lui rencontré Xi Jinping à Paris.")
    meeting = v.event_on("Meeting", "rencontré")
    assert _doers(v, meeting) == {v.named("Emmanuel Macron"), v.named("Xi Jinping")}


def test_the_parse_of_pour_sa_part_makes_the_participle_the_head(nlp):
    doc = parse("La Pologne a pour sa part envoyé des chars en Ukraine.")
    sent = {t.text: t for t in doc}
    assert sent["envoyé"].dep_ == "ROOT"
    assert sent["Pologne"].head.text == "envoyé" and sent["Pologne"].dep_ == "nsubj"
    assert sent["part"].head.text == "envoyé" and sent["a"].dep_ == "aux:tense"


def test_quant_a_lui_is_no_dative_of_the_verb(nlp):
    doc = parse("Le président a quant à lui rencontré son homologue chinois.")
    lui = next(t for t in doc if t.text == "lui")
    assert lui.dep_ not in ("iobj", "obj", "obl:arg") and lui.head.text != "rencontré"


def test_a_verb_with_no_participle_after_the_phrase_is_left_alone(nlp, view):
    doc = parse("Le Brésil a pour sa part une position prudente sur la guerre.")
    a = next(t for t in doc if t.text == "a")
    assert a.dep_ != "aux:tense"
    assert not view("Le Brésil a pour sa part une position prudente sur la guerre.").data["events"]


def test_a_relative_clause_with_the_phrase_keeps_its_antecedent(view):
    v = view("Emmanuel Macron, qui a pour sa part reçu Olaf Scholz à l'Élysée, a salué un accord.")
    meeting = v.event_on("Meeting", "reçu")
    assert v.named("Emmanuel Macron") in _doers(v, meeting)


# --- an earlier act of the kind told as a landmark in time ---------------------------------------------------------

def test_an_earlier_visit_by_someone_else_is_kept(view):
    v = view("Emmanuel Macron s'est rendu à Pékin lundi, un an après la visite d'Olaf Scholz.")
    earlier = v.event_on("Visit", "visite")
    assert _doers(v, earlier) == {v.named("Olaf Scholz")}
    assert _doers(v, v.event_on("Visit", "rendu")) == {v.named("Emmanuel Macron")}


def test_the_same_visit_named_again_as_a_landmark_is_dropped(view):
    v = view("Emmanuel Macron s'est rendu à Pékin lundi, un an après la visite d'Emmanuel Macron.")
    assert not v.events_on("visite")


def test_a_possessive_landmark_is_still_the_told_visit(view):
    v = view("Emmanuel Macron s'est rendu à Pékin lundi. Après sa visite, Xi Jinping a signé un décret.")
    assert not v.events_on("visite")


# --- an ordinal picks an instance, not a pair -------------------------------------------------------------------------

def test_an_ordinal_does_not_make_a_two_party_noun(nlp):
    doc = parse("Le Japon a protesté après la première violation de son espace aérien.")
    noun = next(t for t in doc if t.text == "violation")
    assert not _refers_to_a_pair(noun, list(doc))


def test_a_relational_adjective_still_makes_a_two_party_noun(nlp):
    doc = parse("Moscou et Pékin veulent renforcer la coopération militaire.")
    noun = next(t for t in doc if t.text == "coopération")
    assert _refers_to_a_pair(noun, list(doc))


# --- the visit someone comes for ------------------------------------------------------------------------------------

def test_a_stage_at_another_place_is_a_visit_of_its_own(view):
    v = view("Le chancelier Olaf Scholz est arrivé lundi à Pékin pour une visite de deux jours. "
             "Il s'est d'abord rendu à Shanghai.")
    visit, stage = v.event_on("Visit", "visite"), v.event_on("Visit", "rendu")
    assert visit["place"] == v.named("Pékin") and stage["place"] == v.named("Shanghai")
    assert v.time_of("lundi")["id"] == visit["time"]


def test_the_visit_a_journey_is_for_is_that_journey(view):
    v = view("Le chancelier Olaf Scholz s'est rendu lundi à Pékin pour une visite de deux jours.")
    visit = v.event("Visit")
    assert visit["place"] == v.named("Pékin")


# --- two suspected transfers ----------------------------------------------------------------------------------------

def test_two_suspected_transfers_by_two_nouns_are_two_acts(view):
    v = view("Washington accuse Moscou de dissimuler ses achats d'armes à l'Iran. Des experts avaient documenté "
             "l'an dernier des livraisons présumées de drones iraniens à la Russie.")
    assert v.event_on("Delivery", "achats") and v.event_on("Delivery", "livraisons")


def test_the_same_suspected_noun_again_is_one_act(view):
    v = view("Washington accuse Moscou de dissimuler ses achats d'armes à l'Iran. Des experts avaient documenté "
             "l'an dernier des achats présumés de drones iraniens par la Russie.")
    assert len(v.events("Delivery")) == 1
