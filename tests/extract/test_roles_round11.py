"""Roles of verbs acting on a thing, round 11, on sentences of our own about topics beyond the gold corpus (trade
law, human rights, elections, health, energy, sport diplomacy, parliaments): the party that breaks a rule is the
`agent`, and one text named by a singular noun is what it breaks (the `theme`), while `le droit international` or
`les règles` only say what kind of rule (no theme) and violating a person is a crime done to them (the `recipient`);
one party strengthening or developing ties acts (`agent`), several acting on what they share take part
(`participant`); `conduire une délégation` is an act of its head on the group, `conduire une enquête` no act of its
own; `mettre au point`, `en place`, `en œuvre` a thing sets it up (agent, theme) while `mettre en garde` does not;
a text aimed at a party (`une motion de censure contre X`) makes that party the `recipient` and is no theme."""

from __future__ import annotations


def _roles(v, event: dict) -> set[tuple[str, str]]:
    return set(v.roles(event))


# --- breaking a rule ----------------------------------------------------------------------------------------------

def test_a_state_that_breaks_a_convention_is_its_agent_and_the_convention_its_theme(view):
    v = view("L'Organisation mondiale du commerce a estimé lundi que le Brésil avait enfreint la convention sur "
             "les subventions agricoles.")
    breach = v.event_on("Event", "enfreint")
    brazil = v.named("Brésil")
    assert ("agent", brazil) in _roles(v, breach)
    assert ("participant", brazil) not in _roles(v, breach)
    assert [t.startswith("la convention") for t in v.themes(breach)] == [True]


def test_a_party_flouting_a_charter_is_the_agent(view):
    v = view("Selon Amnesty International, le gouvernement de Viktor Orban bafoue la Charte des droits "
             "fondamentaux.")
    breach = v.event_on("Event", "bafoue")
    assert {r for r, _ in _roles(v, breach)} <= {"agent", "theme"}
    assert len(v.themes(breach)) == 1


def test_breaking_international_law_has_no_theme(view):
    v = view("Selon le président chypriote, Nikos Christodoulides, la Turquie a violé le droit international.")
    breach = v.event_on("Event", "violé")
    assert _roles(v, breach) == {("agent", v.named("Turquie"))}


def test_violating_a_person_is_a_crime_done_to_them(view):
    v = view("Le footballeur Dani Alves a été reconnu coupable d'avoir violé une jeune femme à Barcelone, selon le "
             "tribunal.")
    for breach in v.events_on("violé"):
        assert "theme" not in {r for r, _ in _roles(v, breach)}


# --- ties of one party, ties shared ---------------------------------------------------------------------------------

def test_one_state_strengthening_its_ties_with_another_is_the_agent(view):
    v = view("L'Inde cherche à renforcer ses liens avec le Brésil dans le domaine de l'énergie solaire.")
    ties = v.event_on("Event", "renforcer")
    assert _roles(v, ties) == {("agent", v.named("Inde")), ("participant", v.named("Brésil"))}


def test_two_states_developing_their_cooperation_take_part_together(view):
    v = view("Le Japon et l'Inde vont développer leur coopération dans la santé publique.")
    ties = v.event_on("Event", "développer")
    assert _roles(v, ties) == {("participant", v.named("Japon")), ("participant", v.named("Inde"))}


def test_ties_that_grow_by_themselves_have_no_doer(view):
    v = view("Les liens entre le Kenya et l'Ouganda se sont renforcés depuis l'élection.")
    assert v.events_on("renforcés", "Event") == []


# --- leading a group; setting a thing up ----------------------------------------------------------------------------

def test_leading_a_delegation_is_an_act_of_its_head_on_the_group(view):
    v = view("Le ministre des Sports, Gabriel Attal, a conduit la délégation française aux Jeux de Tokyo.")
    lead = v.event_on("Event", "conduit")
    assert ("agent", v.named("Gabriel Attal")) in _roles(v, lead)
    assert v.themes(lead) == ["la délégation française"]


def test_conducting_an_inquiry_is_no_act_of_leading(view):
    v = view("La procureure Marie Dubois a conduit une enquête sur les marchés publics de Lyon.")
    assert v.events_on("conduit", "Event") == []


def test_developing_a_weapon_is_an_act_on_the_weapon(view):
    v = view("L'Iran a mis au point un nouveau drone de combat, a annoncé la télévision d'État.")
    made = v.event_on("Event", "mis")
    assert ("agent", v.named("Iran")) in _roles(v, made)
    assert len(v.themes(made)) == 1


def test_setting_up_a_curfew_is_an_act_on_it(view):
    v = view("Le gouvernement équatorien de Daniel Noboa a mis en place un couvre-feu dans six provinces.")
    made = v.event_on("Event", "mis")
    assert ("agent", v.named("Daniel Noboa")) in _roles(v, made) or v.themes(made) == ["un couvre-feu"]
    assert v.themes(made) == ["un couvre-feu"]


def test_a_warning_is_not_setting_anything_up(view):
    v = view("Le Premier ministre Keir Starmer a mis en garde l'Iran contre toute escalade.")
    assert all("theme" not in {r for r, _ in _roles(v, e)} for e in v.events_on("mis", "Event"))


# --- a text aimed at a party ----------------------------------------------------------------------------------------

def test_a_motion_against_a_minister_makes_the_minister_the_recipient_not_a_theme(view):
    v = view("La députée Sandrine Rousseau a déposé mardi une motion de censure contre le Premier ministre Michel "
             "Barnier.")
    filing = v.event_on("Event", "déposé")
    assert ("recipient", v.named("Michel Barnier")) in _roles(v, filing)
    assert v.themes(filing) == []


def test_a_motion_aimed_at_no_one_named_stays_the_theme(view):
    v = view("Le sénateur Bernie Sanders a déposé une motion de procédure au Sénat.")
    filing = v.event_on("Event", "déposé")
    assert ("agent", v.named("Bernie Sanders")) in _roles(v, filing)
    assert v.themes(filing) == ["une motion de procédure"]


# --- a source behind `selon ... de` ---------------------------------------------------------------------------------

def test_a_name_behind_the_de_of_a_selon_phrase_is_only_the_source(view):
    v = view("La Bolivie a signé le traité sur le lithium, selon un communiqué du ministère argentin de l'Énergie.")
    signing = v.event_on("Agreement", "signé")
    ministry = v.entity_of("ministère argentin de l'Énergie")
    assert ("participant", v.named("Bolivie")) in _roles(v, signing)
    assert ministry is None or all(e != ministry for _, e in _roles(v, signing))


def test_a_de_complement_outside_a_selon_phrase_is_no_source(nlp):
    from newsld.extract.event_roles import _sourced
    from newsld.extract.nlp import parse

    def name_token(text: str):
        return next(t for t in parse(text) if t.text == "Telesur")

    assert _sourced(name_token("Maduro a été réélu, selon les images de la chaîne Telesur."))
    assert not _sourced(name_token("Maduro a diffusé les images de la chaîne Telesur."))
    assert not _sourced(name_token("Selon Caracas, Maduro a accordé un entretien à la chaîne Telesur."))
    assert _sourced(name_token("Maduro a été réélu, d'après les images de la chaîne Telesur."))
    # `après` alone says when: the name behind its `de` takes part
    assert not _sourced(name_token("Maduro a parlé deux jours après la visite du patron de la chaîne Telesur."))
