"""Open-class events (``open_verbs.py``): an action verb the lexicon does not know, done by or to a party, is an
``Event`` with roles from its argument structure and a status like any other event; copulas, modals, verbs of
state, perception, thought, feeling and speech, impersonal verbs and stances are not. Every sentence is of our
own writing, not from the bundled article nor the gold corpus (none of these verbs is in the lexicon)."""

from __future__ import annotations

import pytest

from newsld.extract.event_lexicon import VERB_FRAMES
from newsld.extract.open_verbs import JOINT_VERBS, NOT_ACTS
from newsld.extract.verb_senses import SENSES

PUTIN, XI, LUKASHENKO, KISHIDA = "Q7747", "Q15031", "Q2866", "Q359480"
RUSSIA, CHINA, NORTH_KOREA, JAPAN, US, SOUTH_KOREA, BELARUS, VIETNAM = (
    "Q159", "Q148", "Q423", "Q17", "Q30", "Q884", "Q184", "Q881")
RUSSIAN_ARMY = "Q193159"


def open_event(v, word: str) -> dict:
    """The one `Event` whose trigger holds this word."""
    return v.event_on("Event", word)


# --- acts with a party as subject, object or complement ------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "roles", "status"), [
    # a party acting alone: the agent
    ("La Chine a suspendu jeudi ses importations de fruits de mer japonais.", "suspendu",
     {("agent", CHINA)}, "occurred"),
    ("Vladimir Poutine a limogé lundi son ministre de la Défense.", "limogé", {("agent", PUTIN)}, "occurred"),
    # a party acted upon: the recipient
    ("Les États-Unis ont isolé la Corée du Nord sur la scène internationale.", "isolé",
     {("agent", US), ("recipient", NORTH_KOREA)}, "occurred"),
    # `à` a person: the recipient
    ("Xi Jinping a décerné une médaille à Vladimir Poutine.", "décerné",
     {("agent", XI), ("recipient", PUTIN)}, "occurred"),
    # `contre` a party: the recipient
    ("Le Japon a mobilisé sa flotte contre la Corée du Nord.", "mobilisé",
     {("agent", JAPAN), ("recipient", NORTH_KOREA)}, "occurred"),
    # `avec` a party, on the verb or on its object: a participant
    ("La Corée du Sud a renoué avec le Japon après des années de froid.", "renoué",
     {("agent", SOUTH_KOREA), ("participant", JAPAN)}, "occurred"),
    ("La Corée du Nord a fermé sa frontière avec la Chine en 2020.", "fermé",
     {("agent", NORTH_KOREA), ("participant", CHINA)}, "occurred"),
    # a passive: the `par` complement acts; a person undergoing it with no one named is the recipient; a craft
    # boarded undergoes it (gold: `l'arraisonnement d'un pétrolier`, `19 des 26 drones ont été abattus par X`)
    ("Le cargo a été arraisonné mardi par la Corée du Nord.", "arraisonné",
     {("agent", NORTH_KOREA), ("recipient", "local:cargo")}, "occurred"),
    ("Alexandre Loukachenko a été hospitalisé lundi à Minsk.", "hospitalisé",
     {("recipient", LUKASHENKO)}, "occurred"),
    # a relative clause: `qui` stands for the name before it
    ("Fumio Kishida, qui a limogé son ministre, s'est excusé mercredi.", "limogé", {("agent", KISHIDA)},
     "occurred"),
    # joint action: the verb's own meaning, or a plural subject acting on what they share
    ("La Russie et la Biélorussie ont fusionné leurs systèmes de défense aérienne.", "fusionné",
     {("participant", RUSSIA), ("participant", BELARUS)}, "occurred"),
    ("Le Vietnam et la Chine doivent apaiser leurs tensions en mer.", "apaiser",
     {("participant", VIETNAM), ("participant", CHINA)}, "planned"),
    # a subject that undergoes what happens takes part, it does not act
    ("Vladimir Poutine a survécu à une tentative de coup d'État.", "survécu", {("participant", PUTIN)}, "occurred"),
    # `aux côtés de`: with; an army named by its nationality is a local organisation (gold's convention), the
    # Russian armed forces are in the knowledge base
    ("L'armée nord-coréenne a combattu aux côtés de l'armée russe.", "combattu",
     {("participant", "local:l-armee-nord-coreenne"), ("participant", RUSSIAN_ARMY)}, "occurred"),
    # statuses come from status.py as for every event: future, negation, conditional
    ("La Russie fermera son consulat à Osaka la semaine prochaine.", "fermera", {("agent", RUSSIA)}, "planned"),
    ("Le Japon n'a pas levé ses restrictions sur le riz.", "levé", {("agent", JAPAN)}, "negated"),
    ("Selon des diplomates, la Corée du Nord fermerait son ambassade en Espagne.", "fermerait",
     {("agent", NORTH_KOREA)}, "hypothetical"),
])
def test_an_act_unknown_to_the_lexicon_is_an_event(view, text, word, roles, status):
    v = view(text)
    event = open_event(v, word)
    assert v.roles(event) == roles
    assert event["status"] == status


def test_the_infinitive_is_the_act_not_the_verb_of_decision(view):
    v = view("La Chine a décidé de fermer sa frontière avec le Vietnam.")
    assert not v.events_on("décidé")
    assert v.roles(open_event(v, "fermer")) == {("agent", CHINA), ("participant", VIETNAM)}


def test_a_gerund_shares_the_subject_of_its_clause(view):
    v = view("Le Japon a répliqué en gelant les avoirs de deux banques russes.")
    event = open_event(v, "gelant")
    assert ("agent", JAPAN) in v.roles(event)
    assert event["status"] == "occurred"


def test_a_verb_over_an_infinitive_with_an_object_acts_on_that_object(view):
    v = view("La Russie a riposté en autorisant la Corée du Nord à utiliser son espace aérien.")
    assert v.roles(open_event(v, "autorisant")) == {("agent", RUSSIA), ("recipient", NORTH_KOREA)}


def test_a_participle_the_parse_hangs_on_the_main_verb_keeps_only_its_agent(view):
    v = view("Le Japon s'inquiète pour la centrale, occupée par la Russie depuis 2022.")
    assert v.roles(open_event(v, "occupée")) == {("agent", RUSSIA)}


def test_a_text_acted_upon_is_the_theme(view):
    v = view("Vladimir Poutine a promis de prolonger l'accord.")
    event = open_event(v, "prolonger")
    assert ("agent", PUTIN) in v.roles(event) and v.themes(event) == ["l'accord"]
    assert event["status"] == "planned"


def test_the_noun_a_participle_describes_is_the_theme(view):
    v = view("Le Japon a protesté contre le navire, arraisonné mardi par la Corée du Nord.")
    event = open_event(v, "arraisonné")
    assert ("agent", NORTH_KOREA) in v.roles(event)
    assert JAPAN not in {e for _, e in v.roles(event)}


def test_a_body_named_by_a_demonym_acts_for_its_state(view):
    v = view("Les troupes russes ont évacué la ville de Kherson en novembre.")
    assert v.roles(open_event(v, "évacué")) == {("agent", RUSSIA)}


def test_a_pair_named_by_a_common_noun_is_the_two_parties_told_before(view):
    v = view("La Chine et le Vietnam ont signé un accord. Les deux pays se disputent les îles Paracels.")
    assert v.roles(open_event(v, "disputent")) == {("participant", CHINA), ("participant", VIETNAM)}


def test_a_present_tense_the_lemmatiser_missed_is_read_as_its_verb(view):
    v = view("La Russie conserve le contrôle des armes nucléaires.")
    assert v.roles(open_event(v, "conserve")) == {("agent", RUSSIA)}


def test_an_act_inside_a_denial_is_negated(view):
    v = view("Le porte-parole du Kremlin a démenti que la Russie ait saboté le gazoduc.")
    event = open_event(v, "saboté")
    assert ("agent", RUSSIA) in v.roles(event) and event["status"] == "negated"


# --- no event: what is no deed ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Vladimir Poutine est devenu président en 2000.", "devenu"),  # copula
    ("Le Japon reste ouvert au dialogue.", "ouvert"),  # a participle after a copula is an adjective
    ("La Chine veut la paix.", "veut"),  # modal
    ("Le Japon juge la situation préoccupante.", "juge"),  # opinion
    ("Kim Jong-un a regardé la mer depuis le pont du navire.", "regardé"),  # perception
    ("Vladimir Poutine connaît bien la Corée du Nord.", "connaît"),  # knowledge
    ("Il pleuvait sur Pyongyang mardi.", "pleuvait"),  # weather
    ("Il s'agit de la troisième visite de Xi Jinping en Russie.", "agit"),  # impersonal
    ("La Russie et la Chine partagent les mêmes valeurs.", "partagent"),  # a stance shared
    ("Sergueï Lavrov occupe le poste de ministre depuis 2004.", "occupe"),  # an office held
    ("L'Assemblée générale des Nations unies siège à New York.", "unies"),  # part of a name
    ("La Russie a multiplié les frappes contre l'Ukraine.", "multiplié"),  # degree of an event noun
    ("Le sommet entre la Chine et le Vietnam a débuté mardi.", "débuté"),  # an event noun's own course
    ("La Corée du Nord craint une attaque des États-Unis.", "craint"),  # feeling
    ("Le Japon a obtenu que la Chine lève ses restrictions.", "obtenu"),  # a verb over a `que` clause
])
def test_no_event_on_what_is_no_deed(view, text, word):
    v = view(text)
    assert not [e for e in v.events_on(word) if e["type"] == "Event"], v.data["events"]


def test_no_event_without_a_party(view):
    v = view("Le mur de la vieille ville a résisté au séisme.")
    assert not v.events_on("résisté")


def test_a_doer_named_by_a_group_noun_is_a_local_group(view):
    """`Des pêcheurs ont secouru ...`: the fishermen are a mention (a local group), so the act has its doer."""
    v = view("Des pêcheurs ont secouru un diplomate japonais au large de la Corée du Nord.")
    (event,) = v.events_on("secouru")
    assert v.roles(event) == {("agent", v.named("Des pêcheurs")), ("recipient", v.named("un diplomate japonais"))}
    assert v.named("Des pêcheurs").startswith("local:")


# --- the tables themselves ------------------------------------------------------------------------------------------

def test_the_stop_list_leaves_the_lexicon_alone():
    """The fallback only ever sees verbs the lexicon does not know; a verb of joint action is an act."""
    assert not JOINT_VERBS & NOT_ACTS
    known = set(VERB_FRAMES) | set(SENSES)
    assert all(verb not in known for verb in JOINT_VERBS)
