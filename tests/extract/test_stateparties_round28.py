"""States and organisations as the recipient or participant of an act named only indirectly (round 28, writer
`stateparties`).

Sentences written for these tests, on trade disputes, sanctions, inquiries and talks outside the gold corpus:

- a measure or an inquiry a verb puts in force or opens, aimed at a party by `contre`, `envers`, `à l'encontre de`,
  or `sur` goods a demonym gives to a state (`a imposé des surtaxes sur le coton égyptien`): the party or the state
  is the recipient of the verb's act; not the author's own goods, nor a person, a death or a fire looked into, nor
  a place where the inquiry is opened;
- an act noun aimed at a party (`les provocations envers le Japon`): that party is the recipient;
- talks opened with partners (`ouvrir des négociations avec X et Y`): one opening, shared by the opener and the
  partners (participants), no meeting held yet; talks engaged in or resumed stay a meeting.
"""

from __future__ import annotations


def roles_on(v, type_, word) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


def recipients(v, type_, word) -> set[str]:
    return {e for r, e in roles_on(v, type_, word) if r == "recipient"}


# --- a measure put in force against a party ------------------------------------------------------------------------

def test_measures_against_a_state_by_a_lencontre_de(view):
    v = view("Le Conseil de sécurité a adopté des mesures à l'encontre du Soudan.")
    assert recipients(v, "Event", "adopté") == {v.named("Soudan")}


def test_duties_on_goods_of_a_state(view):
    v = view("Washington a imposé de nouvelles taxes sur les voitures électriques chinoises.")
    assert recipients(v, "Event", "imposé") == {"Q148"}


def test_surtaxes_on_goods_of_a_state_outside_the_knowledge_base(view):
    v = view("Ankara a imposé des surtaxes sur le coton égyptien.")
    egypt = recipients(v, "Event", "imposé")
    assert len(egypt) == 1 and next(iter(egypt)).startswith("local:")


def test_restrictions_lifted_on_goods_named_with_their_de(view):
    v = view("Le Japon a levé ses restrictions sur les produits de la mer chinois.")
    assert recipients(v, "Event", "levé") == {"Q148"}


def test_own_goods_are_no_recipient(view):
    v = view("Les États-Unis ont imposé des droits de douane sur les panneaux solaires américains.")
    assert all(r != "recipient" for e in v.data["events"] for r, _ in v.roles(e))


def test_a_measure_on_goods_no_demonym_describes_has_no_recipient(view):
    v = view("Le Chili a levé l'embargo sur les armes.")
    assert recipients(v, "Event", "levé") == set()


# --- an inquiry opened on goods or payments of a state -------------------------------------------------------------

def test_inquiry_on_goods_of_a_state(view):
    v = view("Bruxelles a ouvert en octobre une enquête antisubventions sur les voitures électriques chinoises.")
    assert recipients(v, "Event", "ouvert") == {"Q148"}


def test_antidumping_inquiry_on_steel_of_a_state(view):
    v = view("Le Mexique a ouvert une enquête antidumping sur l'acier brésilien.")
    brazil = recipients(v, "Event", "ouvert")
    assert len(brazil) == 1 and next(iter(brazil)).startswith("local:")


def test_inquiry_on_payments_made_by_a_state(view):
    v = view("La Commission européenne a ouvert une enquête sur les aides versées par Pékin à ses constructeurs.")
    assert recipients(v, "Event", "ouvert") == {v.named("Pékin")}


def test_inquiry_on_a_death_has_no_state_recipient(view):
    v = view("Le parquet a ouvert une enquête sur la mort d'un diplomate russe.")
    assert recipients(v, "Event", "ouvert") == set()


def test_inquiry_on_a_person_has_no_state_recipient(view):
    v = view("Le parquet a ouvert une enquête sur un diplomate russe.")
    assert "Q159" not in recipients(v, "Event", "ouvert")


def test_the_city_an_inquiry_is_opened_in_is_no_party(view):
    v = view("La police a ouvert une enquête à Pékin sur l'incendie d'une usine.")
    assert recipients(v, "Event", "ouvert") == set()


# --- an act noun aimed at a party ----------------------------------------------------------------------------------

def test_provocations_toward_a_state(view):
    v = view("La Corée du Nord a multiplié les provocations envers le Japon.")
    assert recipients(v, "Event", "provocations") == {"Q17"}


# --- talks opened with partners ------------------------------------------------------------------------------------

def test_opening_accession_talks_with_two_states(view):
    v = view("L'Union européenne a décidé d'ouvrir des négociations d'adhésion avec l'Ukraine et la Moldavie.")
    opening = roles_on(v, "Event", "ouvrir")
    assert opening == {("participant", v.named("Union européenne")), ("participant", "Q212"),
                       ("participant", v.named("Moldavie"))}
    assert v.events("Meeting") == []


def test_opening_talks_with_one_partner(view):
    v = view("Le Pérou va ouvrir des négociations avec le Chili sur la pêche.")
    assert roles_on(v, "Event", "ouvrir") == {("participant", v.named("Pérou")), ("participant", v.named("Chili"))}
    assert v.events("Meeting") == []


def test_talks_engaged_stay_a_meeting(view):
    v = view("Le Soudan a accepté d'engager des négociations avec les paramilitaires.")
    assert len(v.events_on("négociations", "Meeting")) == 1


def test_talks_resumed_stay_a_meeting(view):
    v = view("Le Maroc a repris les pourparlers avec l'Algérie.")
    assert roles_on(v, "Meeting", "pourparlers") == {("participant", v.named("Maroc")),
                                                     ("participant", v.named("Algérie"))}


def test_opening_an_embassy_has_no_partner(view):
    v = view("Le Japon a ouvert une ambassade en Ukraine.")
    assert roles_on(v, "Event", "ouvert") == {("agent", "Q17")}
