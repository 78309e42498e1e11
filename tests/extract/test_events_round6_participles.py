"""Participles and passives as events: a verb the lexicon knows in one sense used in another (`imposer un
couvre-feu`, `utiliser son droit de veto`), people posted by their state (`des troupes russes ont été déployées`),
a participle with a clause of its own that the parse hangs on a noun (`si des troupes étaient déployées`), the
thing a participle describes (`l'usine, occupée par X`) but not a stage of an event, and the participles and
objects that tell no deed (`basée à`, `connu pour`, `tirer les leçons`, `utilisant le nom`). Every sentence is of
our own writing, not from the bundled article nor the gold corpus; the negative ones give no event on their verb."""

from __future__ import annotations

import pytest

RUSSIA, CHINA, USA = "Q159", "Q148", "Q30"


def agents(v, event) -> set[str]:
    return {e for r, e in v.roles(event) if r == "agent"}


def themes(v, event) -> list[str]:
    return v.themes(event)


# --- a lexicon verb in another sense is an open-class act ---------------------------------------------------------

def test_imposing_a_curfew_is_an_act_of_the_one_who_imposes_it(view):
    v = view("Le Kremlin a imposé un couvre-feu dans la région de Belgorod.")
    curfew = v.event_on("Event", "imposé")
    assert len(agents(v, curfew)) == 1
    assert curfew["status"] == "occurred"


def test_adopting_a_strategy_is_an_act_of_the_state(view):
    v = view("La Chine a adopté mardi une nouvelle stratégie spatiale.")
    adoption = v.event_on("Event", "adopté")
    assert agents(v, adoption) == {CHINA}


def test_using_a_veto_is_an_act_of_the_state(view):
    v = view("La Russie a utilisé son droit de veto pour la quatrième fois cette année.")
    veto = v.event_on("Event", "utilisé")
    assert agents(v, veto) == {RUSSIA}
    assert veto["status"] == "occurred"


def test_sanctions_imposed_by_a_state_stay_one_sanction_on_the_noun(view):
    v = view("Le Vietnam fait l'objet de sanctions imposées par les États-Unis.")
    assert not v.events_on("imposées")
    sanction = v.event_on("Sanction", "sanctions")
    assert agents(v, sanction) == {USA}


@pytest.mark.parametrize("text, verb", [
    ("La Chine a tiré les leçons de la crise financière.", "tiré"),  # a lesson drawn is a thought
    ("La Chine a adopté une position prudente sur le dossier.", "adopté"),  # a stance, no deed
    ("L'agence Xinhua, utilisant le nom officiel du pays, a publié un communiqué.", "utilisant"),  # a wording
    ("Tout pays doit respecter le régime de sanctions imposé par le Conseil de sécurité.", "imposé"),  # the noun's
    ("Washington a refusé les visas des diplomates russes.", "refusé"),  # no invitation refused
])
def test_a_lexicon_verb_in_another_sense_that_tells_no_deed_gives_no_event(view, text, verb):
    assert not view(text).events_on(verb)


# --- people posted by their state ---------------------------------------------------------------------------------

def test_troops_of_a_nationality_deployed_were_deployed_by_their_state(view):
    v = view("De nouvelles troupes russes ont été déployées près de la frontière finlandaise.")
    deployment = v.event_on("Event", "déployées")
    assert agents(v, deployment) == {RUSSIA}
    assert deployment["status"] == "occurred"


def test_soldiers_to_be_stationed_abroad_are_posted_by_their_state(view):
    v = view("Des militaires chinois seront stationnés au Cambodge.")
    posting = v.event_on("Event", "stationnés")
    assert agents(v, posting) == {CHINA}
    assert posting["status"] == "planned"


def test_a_participle_describing_posted_soldiers_names_their_state(view):
    v = view("Les soldats américains stationnés en Pologne participeront aux manœuvres.")
    posting = v.event_on("Event", "stationnés")
    assert agents(v, posting) == {USA}


def test_weapons_deployed_by_no_one_named_give_no_event(view):
    assert not view("Des missiles ont été déployés en Biélorussie.").events_on("déployés")


def test_a_participle_with_its_own_clause_does_not_act_on_the_noun_before_it(view):
    v = view("La Lituanie menace de fermer sa frontière si des troupes russes étaient déployées en Biélorussie.")
    deployment = v.event_on("Event", "déployées")
    assert v.roles(deployment) == {("agent", RUSSIA)}
    assert deployment["status"] == "hypothetical"


# --- the thing a passive acts on ----------------------------------------------------------------------------------

def test_the_subject_of_a_passive_with_a_doer_is_the_thing_acted_on(view):
    v = view("La centrale a été occupée par l'armée russe en mars.")
    occupation = v.event_on("Event", "occupée")
    # a made thing the act is done to is its theme, whoever does it (gold: `des débris ... ont été retrouvés par`)
    assert themes(v, occupation) == ["La centrale"]
    assert len(agents(v, occupation)) == 1


def test_a_participle_describing_a_thing_acts_on_it(view):
    v = view("L'usine, occupée par l'armée russe depuis mars, a été bombardée.")
    occupation = v.event_on("Event", "occupée")
    assert themes(v, occupation) == ["L'usine"]


def test_a_stage_of_an_event_is_no_thing_acted_on(view):
    v = view("La première phase, ordonnée par Vladimir Poutine, a commencé lundi.")
    order = v.event_on("Event", "ordonnée")
    assert themes(v, order) == []
    assert agents(v, order) == {"Q7747"}


# --- participles of state tell no deed ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, participle", [
    ("L'entreprise, basée à Shanghai, fabrique des drones.", "basée"),
    ("Le diplomate, connu pour ses positions dures, a quitté Moscou.", "connu"),
    ("La ville, située au bord du Dniepr, compte un million d'habitants.", "située"),
    ("Le général, considéré comme un proche du Kremlin, a été reçu par Xi Jinping.", "considéré"),
])
def test_a_participle_of_state_gives_no_event(view, text, participle):
    assert not view(text).events_on(participle)
