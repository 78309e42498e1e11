"""Event nouns whose parties the noun phrase itself gives (round 15, event_nouns.py and events.py).

- Boarding or intercepting a craft (`l'arraisonnement`, `l'interception`, `l'abordage`): who boards, named `par`, is
  the agent; the craft named `de` undergoes it, a thing of its own when the article does not name it, also where the
  parse hangs the craft on the clause past the noun's other complements (`l'arraisonnement par X, en mai, d'un
  cargo`). The craft's demonym says whose craft it is, not who boards it. Missiles intercepted are no craft.
- A breach of a state's space (`la violation de l'espace aérien japonais par un avion militaire`): the state whose
  space it is (its demonym on the space) undergoes it; the craft `par` which it comes commits it, a thing of its own.
- Talks held as a tie with a partner (`le dialogue avec X`, `un dialogue entre X et Y`) are an event of the partners
  named on the noun and of the one who holds or seeks them; a stance with no partner (`prône le dialogue`) is none.
- An act one is open to (`reste ouvert au dialogue avec X`) may happen: hypothetical.
- The parties `entre` a two-party noun where the parse hangs them on the verb past the noun, also past a participle
  that describes it (`a salué le rapprochement engagé l'an dernier entre X et Y`), or a pair told before (`entre les
  deux pays`).
- An act parties come to terms on (`se sont entendues sur un échange de prisonniers`) is planned.

Every sentence is of our own writing, on topics beyond the gold corpus. Publication date 2024-03-15."""

from __future__ import annotations


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


def thing_of(v, words: str) -> str:
    """The entity of the one mention that starts with these words (a thing's phrase may run past its noun)."""
    found = [m["entity"] for m in v.data["mentions"] if m["text"].startswith(words)]
    assert len(found) == 1, f"no single mention starting {words!r}"
    return found[0]


# --- boarding a craft -------------------------------------------------------------------------------------------------

def test_a_boarding_by_a_state_with_its_month_between_names_the_ship_it_undergoes(view):
    v = view("Oslo a protesté après l'arraisonnement par l'Irlande, en janvier, d'un chalutier norvégien au large "
             "de ses côtes.")
    roles = roles_of(v, "Event", "arraisonnement")
    assert ("agent", v.named("Irlande")) in roles
    assert ("recipient", thing_of(v, "un chalutier")) in roles
    assert not any(e.startswith("Q") and e != v.named("Irlande") for _, e in roles)  # not Norway: the ship's flag


def test_an_interception_of_a_cargo_ship_by_a_navy_names_both(view):
    v = view("La marine grecque a annoncé mardi l'interception d'un cargo par la Turquie en mer Égée.")
    roles = roles_of(v, "Event", "interception")
    assert ("agent", v.named("Turquie")) in roles
    assert ("recipient", thing_of(v, "un cargo")) in roles


def test_missiles_intercepted_are_no_craft_undergoing_the_act(view):
    v = view("L'interception de plusieurs missiles par la défense antiaérienne polonaise a été saluée par Varsovie.")
    events = v.events_on("interception")
    assert all(r != "recipient" for e in events for r, _ in v.roles(e))


# --- breaching a state's space ---------------------------------------------------------------------------------------

def test_a_breach_of_a_states_airspace_by_an_aircraft_names_the_state_and_the_aircraft(view):
    v = view("Tokyo a protesté jeudi après la violation de l'espace aérien japonais par un bombardier militaire, "
             "au large d'Hokkaido.")
    japan = "Q17"  # the state a demonym names (ids.tsv), with no mention of its own
    assert roles_of(v, "Event", "violation") == {("recipient", japan), ("agent", thing_of(v, "un bombardier"))}


def test_a_breach_with_no_craft_nor_state_is_no_event(view):
    v = view("Le ministre a évoqué une violation des règles de procédure.")
    assert v.events_on("violation") == []


# --- talks held with a partner ----------------------------------------------------------------------------------------

def test_a_state_open_to_dialogue_with_another_may_hold_it_with_it(view):
    v = view("Le Brésil reste ouvert au dialogue avec l'Argentine, a indiqué le ministre.")
    event = v.event_on("Event", "dialogue")
    assert v.roles(event) == {("participant", v.named("Brésil")), ("participant", v.named("Argentine"))}
    assert event["status"] == "hypothetical"


def test_a_dialogue_one_has_with_another_state_took_place(view):
    v = view("Le Kenya entretient un dialogue régulier avec l'Éthiopie sur le partage des eaux.")
    event = v.event_on("Event", "dialogue")
    assert v.roles(event) >= {("participant", v.named("Éthiopie"))}
    assert event["status"] == "occurred"


def test_a_call_to_dialogue_between_two_states_is_proposed_for_both(view):
    v = view("Le secrétaire général a appelé jeudi au dialogue entre le Maroc et l'Algérie.")
    event = v.event_on("Event", "dialogue")
    assert v.roles(event) == {("participant", v.named("Maroc")), ("participant", v.named("Algérie"))}
    assert event["status"] == "proposed"


def test_dialogue_as_a_stance_with_no_partner_is_no_event(view):
    v = view("Le nouveau Premier ministre prône le dialogue et la fermeté.")
    assert v.events_on("dialogue") == []


# --- parties between, past the noun ---------------------------------------------------------------------------------

def test_the_parties_between_past_a_participle_describing_the_noun(view):
    v = view("Le ministre a salué le rapprochement engagé l'an dernier entre le Kenya et la Tanzanie.")
    assert roles_of(v, "Event", "rapprochement") == {("participant", v.named("Kenya")),
                                                    ("participant", v.named("Tanzanie"))}


def test_the_two_countries_between_which_a_rapprochement_is_told_are_the_pair_told_before(view):
    v = view("Le Japon et la Corée du Sud ont tenu jeudi un sommet à Tokyo. Le porte-parole a salué le "
             "rapprochement entre les deux pays.")
    assert roles_of(v, "Event", "rapprochement") == {("participant", v.named("Japon")),
                                                    ("participant", v.named("Corée du Sud"))}


# --- an act parties agree on ------------------------------------------------------------------------------------------

def test_an_exchange_two_delegations_agree_on_is_planned(view):
    v = view("Les négociateurs se sont entendus mardi sur un échange de prisonniers entre l'Arménie et "
             "l'Azerbaïdjan.")
    event = v.event_on("Event", "échange")
    assert v.roles(event) == {("participant", v.named("Arménie")), ("participant", v.named("Azerbaïdjan"))}
    assert event["status"] == "planned"


def test_an_exchange_carried_out_is_no_plan(view):
    v = view("L'Arménie et l'Azerbaïdjan ont procédé mardi à un échange de prisonniers.")
    assert v.event_on("Event", "échange")["status"] == "occurred"
