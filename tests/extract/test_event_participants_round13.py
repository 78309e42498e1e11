"""Participants, round 13, on sentences of our own about topics beyond the gold corpus (health, sport governance,
EU law, maritime disputes, finance ministers): three general causes of events found with a party missing.

- The subject of a non-finite clause is the subject of the clause it belongs to: a gerund (`en signant`), also one
  the parse hangs on a noun, and one inside the infinitive of a verb of accusing (`accuse X de ... en signant`: X
  signs); an adverbial infinitive (`pour y rencontrer`, `avant de s'entretenir`), also when the parse hangs it on an
  apposition (`Manaus, la ville la plus touchée, pour y rencontrer`) or on the quote before an incise
  (`« ... », a déclaré X, avant de s'entretenir avec Y`).
- The state whose ground, sea or sky an act intrudes on is its recipient (`a violé l'espace aérien portugais`,
  `l'espace aérien de la Moldavie`, `après qu'un navire a violé ses eaux territoriales`), not after a verb of
  passing through or staying (`a traversé le territoire polonais`).
- The body whose meeting one attends takes part in it (`participera à une réunion du FMI`), not a topic (`une
  réunion sur la Chine`) nor a place (`une réunion à Tokyo`).

Each test checks the full set of parties of the event, or that a party is not given."""

from __future__ import annotations

JAPAN, CHINA, PORTUGAL, VIETNAM = "Q17", "Q148", "Q45", "Q881"


def _parties(v, event: dict) -> set[tuple[str, str]]:
    return {(r, e) for r, e in v.roles(event) if r != "theme"}


# --- the subject of a non-finite clause ----------------------------------------------------------------------------

def test_a_purpose_infinitive_after_an_apposition_takes_the_main_subject(view):
    v = view("Le ministre brésilien de la Santé, Alexandre Padilha, doit se rendre lundi à Manaus, la ville la plus "
             "touchée par l'épidémie, pour y rencontrer le gouverneur Wilson Lima.")
    meeting = v.event_on("Meeting", "rencontrer")
    assert _parties(v, meeting) == {("participant", v.named("Alexandre Padilha")),
                                    ("participant", v.named("Wilson Lima"))}


def test_a_purpose_infinitive_after_an_adjective_apposition_takes_the_main_subject(view):
    v = view("La présidente du comité, Maria Jensen, se rendra à Genève, la ville la plus proche du lac, pour y "
             "rencontrer le directeur Paul Weber.")
    meeting = v.event_on("Meeting", "rencontrer")
    assert ("participant", v.named("Maria Jensen")) in _parties(v, meeting)
    assert ("participant", v.named("Paul Weber")) in _parties(v, meeting)


def test_an_infinitive_after_an_incise_takes_the_speaker_not_a_name_of_the_quote(view):
    v = view("« Le Japon ne cédera pas », a déclaré Gianni Rossi, le président de la fédération, avant de "
             "s'entretenir avec le ministre des Sports, Marc Dubois.")
    meeting = v.event_on("Meeting", "entretenir")
    assert _parties(v, meeting) == {("participant", v.named("Gianni Rossi")),
                                    ("participant", v.named("Marc Dubois"))}
    assert JAPAN not in {e for _, e in v.roles(meeting)}


def test_a_gerund_inside_an_accused_act_is_done_by_the_accused(view):
    v = view("La Commission européenne accuse la Hongrie de bafouer l'État de droit en signant un accord secret "
             "avec la Chine.")
    signing = v.event_on("Agreement", "signant")
    hungary = v.named("Hongrie")
    assert _parties(v, signing) == {("participant", hungary), ("participant", CHINA)}
    assert v.named("Commission européenne") not in {e for _, e in v.roles(signing)}


def test_a_gerund_under_a_verb_of_calling_is_done_by_its_subject_not_its_object(view):
    # (negative) only a verb of accusing lends its object to the gerund: `a appelé la Chine à la retenue tout en
    # signant` is Japan's signing, China takes no part
    v = view("Le Japon a appelé la Chine à la retenue tout en signant un accord de défense avec le Viêt Nam.")
    signing = v.event_on("Agreement", "signant")
    assert _parties(v, signing) == {("participant", JAPAN), ("participant", VIETNAM)}


# --- the state whose ground, sea or sky is intruded on ----------------------------------------------------------------

def test_an_airspace_named_by_a_demonym_makes_its_state_the_recipient(view):
    v = view("Un chasseur russe a violé mardi l'espace aérien portugais au large des Açores.")
    assert ("recipient", PORTUGAL) in v.roles(v.event_on("Event", "violé"))


def test_an_airspace_of_a_named_state_makes_it_the_recipient(view):
    v = view("Des drones russes ont violé l'espace aérien de la Moldavie dans la nuit.")
    violation = v.event_on("Event", "violé")
    assert ("recipient", v.named("Moldavie")) in v.roles(violation)
    assert ("agent", v.named("Moldavie")) not in v.roles(violation)


def test_a_possessive_territory_is_the_state_of_the_main_clause(view):
    v = view("Hanoï a protesté après qu'un navire de garde-côtes chinois a violé ses eaux territoriales.")
    assert ("recipient", VIETNAM) in v.roles(v.event_on("Event", "violé"))


def test_waters_with_no_territorial_adjective_are_no_state(view):
    # (negative) `les eaux chinoises` where a ship fishes: no intrusion verb, no territory noun of a state
    v = view("Un chalutier vietnamien a pénétré dans les eaux poissonneuses du golfe.")
    for event in v.data["events"]:
        assert all(role != "recipient" for role, _ in v.roles(event))


def test_passing_through_a_territory_makes_no_recipient(view):
    # (negative) `traverser` moves through a place: the state is no party
    v = view("Le convoi humanitaire japonais a traversé le territoire chinois jeudi.")
    for event in v.data["events"]:
        assert ("recipient", CHINA) not in v.roles(event)


# --- the body whose meeting one attends ------------------------------------------------------------------------------

def test_the_body_whose_meeting_one_attends_takes_part(view):
    v = view("Le ministre kényan des Finances, John Mbadi, participera jeudi à une réunion du FMI à Washington.")
    meeting = v.event_on("Meeting", "participera")
    assert _parties(v, meeting) == {("participant", v.named("John Mbadi")), ("participant", v.named("FMI"))}


def test_a_meeting_about_a_state_gives_it_no_part(view):
    # (negative) `une réunion sur la Chine`: the topic takes no part
    v = view("Le président de la fédération, Gianni Rossi, a participé à une réunion sur la Chine.")
    meeting = v.event_on("Meeting", "participé")
    assert _parties(v, meeting) == {("participant", v.named("Gianni Rossi"))}


def test_a_meeting_of_a_thing_gives_no_body(view):
    # (negative) `une réunion du comité olympique de la ville de Turin`: no person of a body, no party behind them
    v = view("Le président Gianni Rossi participera à une réunion du comité olympique de la ville de Turin.")
    meeting = v.event_on("Meeting", "participera")
    assert _parties(v, meeting) == {("participant", v.named("Gianni Rossi"))}
