"""Action nouns, round 20, on sentences of our own: the noun of any verb of action names that verb's act.

- A noun made from a verb the extractor knows as an act (`abandon`, `déportation`, `démolition`, `ingérence`,
  `restitution`), with a party among its complements, is an event of that verb's class: the one `par` whom acts, the
  one `de` it undergoes it (a thing is its theme), except for a verb with no object, whose `de` is its doer (`une
  ingérence de X`). `par X` hung by the parse on the noun's `de` complement, or on the active verb whose object the
  noun is, is still its doer; a means (`par l'intermédiaire de son ambassade`) is not.
- A demonym of what the act is done to (`d'enfants ukrainiens`) says nothing of who does it.
- `contre X` right after a measure's noun is its target, also where the parse hangs it on a word before the noun.
- A state or a body alone after `de` may do the act or undergo it (`une mobilisation de la Biélorussie`): no event
  told with the wrong party.
- Not an act: a noun of that shape that names a standing or a state (`à l'exception de`, `la situation de`), the
  topic of talks (`une conférence sur la reconstruction de X`), a noun with only a demonym for a party (`la
  colonisation japonaise`).
- One acts on what is one's own: an act told by a verb of one's own doing (`a promis de renoncer au renforcement de
  son arsenal`) whose `de` thing is owned is done by that verb's subject, a state or a body (a leader's arsenal is
  his state's, not his own); a reaction to it (`a dénoncé le
  renforcement de son arsenal`) names no doer, and no event; the subject of a verb that carries the act (`a
  poursuivi sa répression de X`) does it, as its doer (not a mere participant).
- A verb whose sense hangs on its complements (`renforcer` ties or an arsenal, `accueillir` a guest or migrants) gives
  its noun the open-class reading: one doer, what it is done to.
- An action noun that tells again an act the article told by its verb or its noun, with no party that act lacks, is
  that act; with an adjective that sets it apart (`un nouvel emprisonnement`) it is another.

Each test checks the structure of one event, or that there is none."""

from __future__ import annotations

# --- the noun of a verb of action, with its parties ----------------------------------------------------------------


def test_an_abandon_by_a_state_of_a_thing(view):
    v = view("La Russie a dénoncé l'abandon du projet de gazoduc par la Chine en 2019.")
    abandon = v.event_on("Event", "abandon")
    assert v.roles(abandon) == {("agent", v.named("Chine")), ("theme", v.named("projet de gazoduc"))}


def test_a_deportation_of_people_by_a_state_is_not_the_act_of_their_state(view):
    v = view("Kiev dénonce la déportation d'enfants ukrainiens par la Russie.")
    deportation = v.event_on("Event", "déportation")
    assert ("agent", v.named("Russie")) in v.roles(deportation)
    assert ("recipient", v.named("enfants ukrainiens")) in v.roles(deportation)
    assert ("agent", v.named("Kiev")) not in v.roles(deportation)


def test_the_noun_of_a_verb_with_no_object_takes_its_doer_after_de(view):
    v = view("La Russie dénonce une ingérence de la Pologne.")
    interference = v.event_on("Event", "ingérence")
    assert v.roles(interference) == {("agent", v.named("Pologne"))}


def test_par_hung_on_the_active_verb_is_the_doer_of_its_object_noun(view):
    v = view("La Corée du Sud a salué la démolition du poste de garde par la Corée du Nord.")
    demolition = v.event_on("Event", "démolition")
    assert v.roles(demolition) == {("agent", v.named("Corée du Nord")), ("theme", v.named("poste de garde"))}


def test_the_noun_of_a_verb_the_lexicon_knows_takes_its_class(view):
    v = view("La Chine a exigé la restitution de l'avion par le Japon.")
    restitution = v.event_on("Delivery", "restitution")
    assert ("agent", v.named("Japon")) in v.roles(restitution)
    assert restitution["status"] == "proposed"


def test_a_means_after_par_is_no_doer(view):
    v = view("La Corée du Sud a organisé l'évacuation de ses ressortissants par l'intermédiaire de son ambassade à "
             "Pékin.")  # (a protest sent is a speech act, round 22: no event to read the doer of)
    evacuation = v.event_on("Event", "évacuation")
    assert {e for r, e in v.roles(evacuation) if r == "agent"} == {v.named("Corée du Sud")}


def test_contre_right_after_a_measure_hung_on_a_word_before_it(view):
    v = view("La Pologne, qui réclame depuis des mois des sanctions contre Gazprom, a salué la décision.")
    sanctions = v.event_on("Sanction", "sanctions")
    assert ("recipient", v.named("Gazprom")) in v.roles(sanctions)


def test_one_acts_on_what_is_ones_own(view):
    v = view("La Corée du Nord a promis de ne jamais renoncer au renforcement de son arsenal nucléaire.")
    buildup = v.event_on("Event", "renforcement")
    assert v.roles(buildup) == {("agent", v.named("Corée du Nord")), ("theme", v.named("son arsenal nucléaire"))}
    assert buildup["status"] == "planned"


def test_the_subject_of_a_verb_carrying_the_act_does_it(view):
    v = view("La Biélorussie a poursuivi sa répression de l'opposante Svetlana Tikhanovskaïa.")
    repression = v.event_on("Event", "répression")
    assert v.roles(repression) == {("agent", v.named("Biélorussie")), ("recipient", v.named("Svetlana Tikhanovskaïa"))}


def test_a_leaders_own_arsenal_is_not_his_own_act(view):
    v = view("Kim Jong-un a promis le renforcement de son arsenal nucléaire.")
    assert all(("agent", v.named("Kim Jong-un")) not in v.roles(e) for e in v.events_on("renforcement"))


def test_a_reaction_to_an_owned_act_names_no_doer(view):
    v = view("La Corée du Sud a dénoncé le renforcement de son arsenal.")
    assert not v.events_on("renforcement")


def test_the_noun_of_a_verb_of_senses_is_read_as_an_open_act(view):
    v = view("La Pologne a critiqué l'accueil de migrants par l'Allemagne.")
    reception = v.event_on("Event", "accueil")
    assert ("agent", v.named("Allemagne")) in v.roles(reception)
    assert not v.events("Meeting")


def test_par_past_a_joined_act_is_that_acts(view):
    v = view("Moscou a condamné l'isolement de son allié et la militarisation de la région par l'Otan.")
    assert all(("agent", v.named("Otan")) not in v.roles(e) for e in v.events_on("isolement"))


# --- nouns of that shape that name no act -------------------------------------------------------------------------


def test_an_exception_is_no_act(view):
    v = view("Tous les pays ont voté le texte, à l'exception de la Chine.")
    assert not v.events_on("exception")


def test_a_situation_is_no_act(view):
    v = view("Le ministre a décrit la situation de l'Ukraine.")
    assert not v.events_on("situation")


def test_the_topic_of_a_conference_is_no_act_told(view):
    v = view("Le Japon a accueilli une conférence sur la reconstruction de l'Ukraine.")
    assert not v.events_on("reconstruction")


def test_a_state_alone_after_de_may_do_or_undergo_the_act(view):
    v = view("L'Occident redoute une mobilisation de la Biélorussie.")
    assert not v.events_on("mobilisation")


def test_a_demonym_alone_is_no_party_to_an_act_told(view):
    v = view("La colonisation japonaise a laissé des traces en Corée du Sud.")
    assert not v.events_on("colonisation")


# --- an act told again by its noun -----------------------------------------------------------------------------


def test_the_noun_after_its_verb_with_the_same_parties_is_one_event(view):
    v = view("La Biélorussie a emprisonné Ivan Petrov en 2021. "
             "L'emprisonnement d'Ivan Petrov par la Biélorussie a été condamné par l'ONU.")
    assert not v.events_on("emprisonnement")
    jailing = v.event_on("Event", "emprisonné")
    assert v.roles(jailing) == {("agent", v.named("Biélorussie")), ("recipient", v.entity_of("Ivan Petrov"))}


def test_the_noun_told_again_with_fewer_parties_is_one_event(view):
    v = view("L'emprisonnement d'Ivan Petrov par la Biélorussie a choqué l'Europe. "
             "L'emprisonnement d'Ivan Petrov a été condamné par l'ONU.")
    jailing = v.event_on("Event", "emprisonnement")
    assert v.roles(jailing) == {("agent", v.named("Biélorussie")), ("recipient", v.entity_of("Ivan Petrov"))}


def test_a_new_act_of_the_same_kind_is_another_event(view):
    v = view("La Biélorussie a emprisonné Ivan Petrov en 2021. "
             "Un nouvel emprisonnement d'Ivan Petrov par la Biélorussie est redouté.")
    assert len(v.events_on("emprisonnement")) == 1
    assert len(v.events_on("emprisonné")) == 1
