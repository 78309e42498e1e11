"""The parse mended around a day word set between a verb and its arguments, and a passive participle after a comma
hung on the noun it describes (extract/argument_repair.py), round 11: sentences of our own about courts, health,
sport, disasters, trade, farming and parliaments, beyond the gold corpus. Each test checks the dependency structure
the rest of the extractor reads (or the event built on it); the negatives are sentences where nothing must move."""

from __future__ import annotations

import pytest

from newsld.extract.argument_repair import ARGUMENT_REPAIR_COMPONENT, described_noun, verb_before
from newsld.extract.nlp import parse


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.fixture(scope="module")
def parsed(nlp):
    """Parse with the whole pipeline (the nlp fixture loads the model once per session)."""
    assert ARGUMENT_REPAIR_COMPONENT in nlp.pipe_names
    return parse


# --- the object after a day word -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "verb", "obj"), [
    ("Le ministre de la Santé a rencontré vendredi son homologue allemand à Berlin.", "rencontré", "homologue"),
    ("Le tribunal a prononcé mercredi sa décision dans l'affaire des emplois fictifs.", "prononcé", "décision"),
    ("Les secouristes ont poursuivi dimanche leurs recherches dans les décombres.", "poursuivi", "recherches"),
])
def test_the_object_set_after_a_day_hangs_on_the_verb(parsed, sentence, verb, obj):
    doc = parsed(sentence)
    noun, day = _token(doc, obj), next(t for t in doc if t.lower_ in ("lundi", "mardi", "mercredi", "jeudi",
                                                                      "vendredi", "samedi", "dimanche"))
    assert (noun.dep_, noun.head.text) == ("obj", verb)
    assert (day.dep_, day.head.text) == ("obl:mod", verb)


def test_a_day_read_as_a_complement_becomes_a_time_modifier(parsed):
    doc = parsed("La ministre s'est entretenue jeudi avec les syndicats de cheminots.")
    day = _token(doc, "jeudi")
    assert (day.dep_, day.head.text) == ("obl:mod", "entretenue")


def test_a_day_read_as_a_complement_of_a_passive_becomes_a_time_modifier(parsed):
    doc = parsed("Le juge a entendu lundi le témoin principal du procès.")
    assert (_token(doc, "lundi").dep_, _token(doc, "témoin").dep_) == ("obl:mod", "obj")
    assert _token(doc, "témoin").head.text == "entendu"


def test_the_agent_of_a_passive_set_after_a_day_and_a_place_hangs_on_the_verb(parsed):
    doc = parsed("La lauréate a été reçue lundi à Stockholm par le roi de Suède.")
    assert (_token(doc, "roi").dep_, _token(doc, "roi").head.text) == ("obl:agent", "reçue")
    assert (_token(doc, "lundi").dep_, _token(doc, "lundi").head.text) == ("obl:mod", "reçue")


# --- what stays on the day word ------------------------------------------------------------------------------------

def test_the_words_of_the_time_expression_stay_on_the_day(parsed):
    doc = parsed("Les électeurs ont élu dimanche soir un nouveau Parlement.")
    assert _token(doc, "soir").head.text == "dimanche"
    assert (_token(doc, "Parlement").dep_, _token(doc, "Parlement").head.text) == ("obj", "élu")


def test_a_date_stays_on_its_day(parsed):
    doc = parsed("Le tribunal a fixé lundi 14 mars la date de l'audience.")
    assert {_token(doc, "14").head.text, _token(doc, "mars").head.text} <= {"lundi", "mars", "14"}
    assert _token(doc, "date").head.text == "fixé"


def _heads(doc) -> list[tuple[str, int]]:
    return [(t.dep_, t.head.i) for t in doc]


def test_a_place_after_the_day_keeps_the_head_the_parser_gave_it(nlp, parsed):
    sentence = "Les agriculteurs ont manifesté mardi à Bruxelles contre la réforme."
    with nlp.select_pipes(disable=[ARGUMENT_REPAIR_COMPONENT]):
        unmended = parse(sentence)
    assert _heads(parsed(sentence)) == _heads(unmended)


def test_a_day_before_its_verb_is_left_alone(parsed):
    doc = parsed("Lundi, le juge a entendu le témoin principal.")
    assert verb_before(_token(doc, "Lundi")) is None


def test_a_day_set_between_commas_is_an_aside_not_the_slot_after_the_verb(parsed):
    doc = parsed("Les pompiers ont évacué le quartier, dimanche, avec des hélicoptères.")
    assert verb_before(_token(doc, "dimanche")) is None


# --- a participle after a comma describes the noun before it --------------------------------------------------------

def test_a_passive_participle_after_the_object_describes_the_object(parsed):
    doc = parsed("Le gouvernement a adopté un plan de reconstruction, présenté par la ministre de l'Économie.")
    participle = _token(doc, "présenté")
    assert (participle.dep_, participle.head.text) == ("acl", "plan")


def test_the_participle_agrees_with_the_noun_it_describes(parsed):
    doc = parsed("Le Parlement a voté une loi sur le climat, défendue par les députés écologistes.")
    participle = _token(doc, "défendue")
    assert participle.head.text == "loi" or participle.dep_ != "advcl"


def test_a_participle_of_welcome_after_an_arrival_describes_the_subject(parsed):
    doc = parsed("Le président est arrivé à Nairobi, accueilli par son homologue kényan.")
    assert described_noun(_token(doc, "accueilli")) is None
    assert _token(doc, "accueilli").head.text != "Nairobi"


def test_a_participle_of_company_is_not_hung_on_the_object(parsed):
    doc = parsed("Le ministre a quitté le sommet, accompagné par son conseiller.")
    assert _token(doc, "accompagné").head.text != "sommet"


def test_a_participle_with_no_agent_of_its_own_is_left_as_parsed(nlp, parsed):
    sentence = "Le gouvernement a présenté un plan de reconstruction, inspiré du modèle allemand."
    with nlp.select_pipes(disable=[ARGUMENT_REPAIR_COMPONENT]):
        unmended = parse(sentence)
    assert _heads(parsed(sentence)) == _heads(unmended)


# --- the events built on the mended parse ---------------------------------------------------------------------------

def test_a_veto_put_on_a_day_is_still_a_veto_of_its_author(view):
    v = view("Le Brésil a opposé jeudi son veto à un projet d'accord commercial, présenté par l'Argentine.")
    veto = v.event_on("Event", "veto")
    assert ("agent", v.named("Brésil")) in v.roles(veto)


def test_the_agent_of_a_participle_after_a_clause_is_its_own_par_complement(view):
    v = view("Le Brésil a opposé jeudi son veto à un projet d'accord commercial, présenté par l'Argentine.")
    proposal = v.event_on("Proposal", "présenté")
    agents = {entity for role, entity in v.roles(proposal) if role == "agent"}
    assert agents == {v.named("Argentine")}
    assert [t.startswith("un projet") for t in v.themes(proposal)] == [True]
