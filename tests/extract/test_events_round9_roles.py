"""Participants, round 9, on sentences of our own about topics beyond the gold corpus (courts, corruption,
mining, energy aid, Latin American and African diplomacy, releases): a person summoned (`a convoqué l'ambassadeur`)
undergoes the act (a recipient, not a meeting's participant) while a body convened is met; `d'après`, `selon`
never lend their preposition to a group's name; a bare day after a noun says when, not which things; after a verb
of receiving, the party behind `de` is the giver, not part of the thing's name; the pronoun subject of a clause
reported by a verb of speech (`X a indiqué qu'elle ...`) is the reporter, even named only beside a noun, and
the object clitic of a verb of people is then the other person told before; `Les deux hommes` are two people
named before, never people named only later; `remis en liberté` releases a person (no gift). Each test checks
the full participant set of the event, or that nothing is given."""

from __future__ import annotations


def _parties(v, event: dict) -> set[tuple[str, str]]:
    return {(r, e) for r, e in v.roles(event) if r != "theme"}


# --- summoning a person, convening a body ------------------------------------------------------------------------

def test_a_summoned_ambassador_is_the_recipient_not_a_meeting_participant(view):
    v = view("Le Kenya a convoqué l'ambassadeur ougandais, Paul Mugisha, pour protester contre l'incident.")
    kenya, envoy = v.named("Kenya"), v.named("Paul Mugisha")
    assert v.events("Meeting") == []
    assert _parties(v, v.event_on("Event", "convoqué")) == {("agent", kenya), ("recipient", envoy)}


def test_a_named_person_summoned_is_the_recipient(view):
    v = view("Le Maroc a convoqué Claire Lenoir, l'ambassadrice de France.")
    assert _parties(v, v.event_on("Event", "convoqué")) == {
        ("agent", v.named("Maroc")), ("recipient", v.named("Claire Lenoir"))}


def test_a_summons_in_the_passive_keeps_its_agent(view):
    v = view("L'ambassadrice de France, Claire Lenoir, a été convoquée mardi par le Maroc.")
    assert v.events("Meeting") == []
    assert _parties(v, v.event_on("Event", "convoquée")) == {
        ("agent", v.named("Maroc")), ("recipient", v.named("Claire Lenoir"))}


def test_a_body_convened_is_a_meeting_with_no_recipient(view):
    v = view("Le président Javier Milei a convoqué le conseil des ministres mercredi.")
    meeting = v.event_on("Meeting", "convoqué")
    assert ("agent", v.named("Javier Milei")) in _parties(v, meeting)
    assert not any(role == "recipient" for role, _ in _parties(v, meeting))


# --- prepositions and days are no part of a name ------------------------------------------------------------------

def test_d_apres_never_opens_a_groups_name(view):
    v = view("L'élu aurait reçu plusieurs milliers d'euros, d'après les enquêteurs.")
    assert not any(m["text"].lower().startswith(("après", "près")) for m in v.data["mentions"])
    investigators = v.entity_of("les enquêteurs")
    # the source of the news is no giver of the money
    assert all(("agent", investigators) not in v.roles(e) for e in v.data["events"])


def test_selon_never_makes_the_source_a_giver(view):
    v = view("Le maire Jean Dupuis aurait reçu des cadeaux, selon les enquêteurs.")
    assert not any(m["text"].lower().startswith("selon") for m in v.data["mentions"])
    gift = v.event_on("Gift", "reçu")
    assert _parties(v, gift) == {("recipient", v.named("Jean Dupuis"))}


def test_a_bare_day_after_the_things_exchanged_is_not_part_of_them(view):
    v = view("L'Inde et le Pakistan ont échangé des prisonniers samedi.")
    exchange = v.event_on("Event", "échangé")
    assert _parties(v, exchange) == {("participant", v.named("Inde")), ("participant", v.named("Pakistan"))}
    assert v.themes(exchange) == ["des prisonniers"]


# --- receiving from someone ------------------------------------------------------------------------------------------

def test_the_giver_behind_de_is_the_agent_and_not_in_the_things_name(view):
    v = view("Le député Jean Marchal aurait reçu de l'argent de Gazprom, selon la presse.")
    gift = v.event_on("Delivery", "reçu")  # (money handed over is delivered, as goods are: the gold's reading)
    assert _parties(v, gift) == {("agent", v.named("Gazprom")), ("recipient", v.named("Jean Marchal"))}
    assert v.themes(gift) == ["de l'argent"]
    assert gift["status"] == "hypothetical"


def test_a_state_receiving_goods_from_another(view):
    v = view("La Moldavie a reçu des générateurs de la Roumanie.")
    gift = v.event_on("Delivery", "reçu")  # (goods received are delivered: the gold's reading)
    assert _parties(v, gift) == {("agent", v.named("Roumanie")), ("recipient", v.named("Moldavie"))}
    assert v.themes(gift) == ["des générateurs"]


# --- pronouns of reported clauses -------------------------------------------------------------------------------------

def test_elle_in_a_reported_clause_is_the_reporter_named_beside_a_noun(view):
    v = view("Le négociateur colombien, Otty Patiño, a remercié Caracas pour son soutien. Son homologue "
             "vénézuélien, Delcy Rodríguez, a pour sa part indiqué qu'elle l'avait rencontré jeudi à la frontière.")
    patino, rodriguez = v.named("Otty Patiño"), v.named("Delcy Rodríguez")
    assert v.named("elle") == rodriguez
    assert v.named("l'") == patino
    assert _parties(v, v.event_on("Meeting", "rencontré")) == {("participant", patino), ("participant", rodriguez)}


def test_elle_in_a_reported_clause_passes_over_a_reporter_marked_as_a_man(view):
    v = view("La juge Ana Ruiz a interrogé Carlos Vela. Le procureur, Luis Gil, a indiqué qu'elle l'avait "
             "convoqué lundi.")
    ruiz = v.named("Ana Ruiz")
    assert v.named("elle") == ruiz  # not Luis Gil, whom `Le procureur` marks as a man
    summons = v.event_on("Event", "convoqué")
    assert v.events("Meeting") == []
    # `l'` may be Carlos Vela or Luis Gil: French does not say, so no one is guessed
    assert _parties(v, summons) == {("agent", ruiz)}


# --- `Les deux hommes` -----------------------------------------------------------------------------------------------

def test_les_deux_hommes_are_the_two_named_before(view):
    v = view("Le procureur Marc Valent a interrogé le banquier Luis Ortega. Les deux hommes se seraient ensuite "
             "rencontrés à Porto.")
    meeting = v.event_on("Meeting", "rencontrés")
    assert _parties(v, meeting) == {("participant", v.named("Marc Valent")),
                                    ("participant", v.named("Luis Ortega"))}


def test_les_deux_hommes_are_never_people_named_only_after(view):
    v = view("Les deux hommes se seraient rencontrés à Lisbonne, a indiqué le juge Rui Costa, qui a interrogé "
             "Pedro Alves.")
    costa, alves = v.named("Rui Costa"), v.named("Pedro Alves")
    for meeting in v.events_on("rencontrés"):
        assert not {costa, alves} & {e for _, e in v.roles(meeting)}


# --- released, not handed over ---------------------------------------------------------------------------------------

def test_a_person_remis_en_liberte_is_released_not_given(view):
    v = view("La Russie a remis en liberté le journaliste américain Evan Brant.")
    assert v.events("Gift") == []
    release = v.event_on("Event", "remis")
    assert _parties(v, release) == {("agent", v.named("Russie")), ("recipient", v.named("Evan Brant"))}
    assert v.themes(release) == []


def test_a_medal_handed_over_stays_a_gift(view):
    v = view("Le ministre Paul Keita a remis une médaille à Awa Traoré.")
    gift = v.event_on("Gift", "remis")
    assert _parties(v, gift) == {("agent", v.named("Paul Keita")), ("recipient", v.named("Awa Traoré"))}
    assert v.themes(gift) == ["une médaille"]
