"""Nominal events and participles with their participants (round 4), on sentences of our own: event nouns whose
parties come from `de`/`à`/`en` complements, from the demonym of what they are about and from the clause around
them (`lors d'une conférence`, `pour les commémorations`, `a félicité X pour sa réélection`, `a annoncé des
sanctions`); participles joined by `et` sharing their `par` agent; people sent (a deployment, not a delivery);
and nouns that must not become events (`une conférence de presse`, `donner un discours`)."""

from __future__ import annotations

PUTIN, XI, KIM, KISHIDA, LAVROV = "Q7747", "Q15031", "Q56226", "Q359480", "Q58217"
RUSSIA, NORTH_KOREA, JAPAN, USA, BELARUS, SOUTH_KOREA = "Q159", "Q423", "Q17", "Q30", "Q184", "Q884"


def _on(v, word: str) -> list[dict]:
    return [e for e in v.data["events"] if word in e["trigger"]["text"]]


# --- event nouns and their complements -------------------------------------------------------------------

def test_a_surrender_is_the_act_of_the_state_named_after_de(view):
    v = view("La capitulation du Japon a été signée le 2 septembre 1945.")
    event = v.event_on("Event", "capitulation")
    assert v.roles(event) == {("agent", JAPAN)}
    assert event["status"] == "occurred"


def test_a_surrender_with_no_one_named_is_no_event(view):
    v = view("La capitulation n'est pas une option, a-t-il dit.")
    assert not _on(v, "capitulation")


def test_a_reelection_congratulated_belongs_to_the_one_congratulated_not_the_speaker(view):
    v = view("Xi Jinping a félicité Vladimir Poutine pour sa réélection.")
    assert v.roles(v.event_on("Event", "réélection")) == {("recipient", PUTIN)}


def test_a_reelection_of_a_named_person_makes_them_its_recipient(view):
    v = view("La réélection de Vladimir Poutine a été saluée par Pékin.")
    assert v.roles(v.event_on("Event", "réélection")) == {("recipient", PUTIN)}


def test_elections_promised_are_no_event_of_their_own(view):
    v = view("Le général a promis des élections lors de son arrivée au pouvoir.")
    assert not _on(v, "élections")


def test_goods_sent_by_noun_take_their_sender_from_the_demonym_and_their_recipient_from_a(view):
    v = view("L'envoi d'obus nord-coréens à la Russie inquiète Washington.")
    event = v.event_on("Delivery", "envoi")
    assert v.roles(event) == {("agent", NORTH_KOREA), ("recipient", RUSSIA)}
    assert event["status"] == "occurred"


def test_sendings_of_arms_suspected_are_suspected(view):
    v = view("Tokyo soupçonne des envois d'armes nord-coréennes à la Russie.")
    event = v.event_on("Delivery", "envois")
    assert v.roles(event) == {("agent", NORTH_KOREA), ("recipient", RUSSIA)}
    assert event["status"] == "suspected"


def test_soldiers_sent_by_noun_are_a_deployment_with_the_country_they_go_to(view):
    v = view("L'envoi de soldats nord-coréens en Russie a été confirmé par Séoul.")
    event = v.event_on("Event", "envoi")
    assert v.roles(event) == {("agent", NORTH_KOREA), ("recipient", RUSSIA)}
    assert not v.events("Delivery")


def test_a_sending_of_a_mere_thing_with_no_party_is_no_event(view):
    v = view("L'envoi d'un courrier a pris trois jours.")
    assert not _on(v, "envoi")


def test_sanctions_announced_by_a_state_are_its_own(view):
    v = view("Le Japon a annoncé mardi de nouvelles sanctions contre la Corée du Nord.")
    event = v.event_on("Sanction", "sanctions")
    assert v.roles(event) == {("agent", JAPAN), ("recipient", NORTH_KOREA)}
    assert event["status"] == "occurred"


def test_sanctions_that_might_be_decided_are_hypothetical(view):
    v = view("Les États-Unis pourraient décider de nouvelles sanctions contre la Russie.")
    event = v.event_on("Sanction", "sanctions")
    assert v.roles(event) == {("agent", USA), ("recipient", RUSSIA)}
    assert event["status"] == "hypothetical"


# --- occasions: who is there ---------------------------------------------------------------------------

def test_who_speaks_during_a_conference_takes_part_in_it(view):
    v = view("Fumio Kishida a pris la parole lors d'une conférence sur le climat à Tokyo.")
    event = v.event_on("Meeting", "conférence")
    assert v.roles(event) == {("participant", KISHIDA)}
    assert event["status"] == "occurred"


def test_who_travels_for_commemorations_takes_part_in_them(view):
    v = view("Xi Jinping s'est rendu à Moscou pour les commémorations de la victoire.")
    assert v.roles(v.event_on("Event", "commémorations")) == {("participant", XI)}


def test_a_press_conference_is_the_setting_of_speech_not_an_event(view):
    v = view("Fumio Kishida a tenu une conférence de presse à Tokyo.")
    assert not _on(v, "conférence")


def test_giving_a_press_conference_or_a_speech_is_no_gift(view):
    v = view("Fumio Kishida a donné une conférence de presse à Tokyo. Xi Jinping a donné un discours à Pékin.")
    assert not v.events("Gift")


# --- participles ----------------------------------------------------------------------------------------

def test_the_one_accompanying_and_the_one_accompanied_both_take_part(view):
    v = view("Vladimir Poutine, accompagné de Sergueï Lavrov, a rencontré Kim Jong-un.")
    event = v.event_on("Event", "accompagné")
    assert v.roles(event) == {("participant", PUTIN), ("participant", LAVROV)}
    assert event["status"] == "occurred"


def test_participles_joined_by_et_share_the_agent_after_the_last(view):
    v = view("Deux drones ont été repérés et abattus par la Russie.")
    assert v.roles(v.event_on("Event", "repérés")) == {("agent", RUSSIA)}
    assert v.roles(v.event_on("Event", "abattus")) == {("agent", RUSSIA)}


def test_a_weapon_described_by_a_participle_of_firing_is_fired(view):
    v = view("Les missiles tirés par la Corée du Nord sont tombés en mer.")
    event = v.event_on("Event", "tirés")
    assert ("agent", NORTH_KOREA) in v.roles(event)
    assert {r for r, _ in v.roles(event)} == {"agent", "theme"}


def test_soldiers_sent_by_a_passive_verb_are_sent_by_their_state(view):
    v = view("Des milliers de soldats nord-coréens ont été envoyés en Russie l'an dernier.")
    event = v.event_on("Event", "envoyés")
    soldiers = v.named("Des milliers de soldats nord-coréens")  # the troops sent: the theme (people, not goods)
    assert v.roles(event) == {("agent", NORTH_KOREA), ("recipient", RUSSIA), ("theme", soldiers)}
    assert not v.events("Delivery")


def test_troops_that_would_be_sent_are_hypothetical(view):
    v = view("Des centaines de militaires russes seraient envoyés vers la Biélorussie.")
    event = v.event_on("Event", "envoyés")
    troops = v.named("Des centaines de militaires russes")
    assert v.roles(event) == {("agent", RUSSIA), ("recipient", BELARUS), ("theme", troops)}
    assert event["status"] == "hypothetical"


def test_participles_joined_by_puis_share_the_agent_too(view):
    v = view("Le cargo a été arraisonné puis fouillé par le Japon.")
    assert v.roles(v.event_on("Event", "arraisonné")) == {("agent", JAPAN), ("recipient", v.named("Le cargo"))}
    # (the participle joined by `puis` shares the passive's subject too: the cargo is what is searched)
    assert v.roles(v.event_on("Event", "fouillé")) == {("agent", JAPAN), ("theme", v.named("Le cargo"))}


def test_a_weapon_of_a_nationality_names_the_state_that_used_it(view):
    v = view("Le drone a été abattu par des missiles russes au-dessus de la mer.")
    event = v.event_on("Event", "abattu")
    assert v.roles(event) == {("agent", RUSSIA), ("recipient", v.named("Le drone"))}  # the craft struck undergoes it
    assert event["status"] == "occurred"


def test_a_weapon_of_no_known_state_makes_no_party(view):
    v = view("Le bâtiment a été touché par un obus de mortier.")
    # (session 21: the gold's convention, a thing struck by weapons no one is said to fire is the recipient and the
    # weapon takes part; no state is made up)
    assert {r for r, _ in v.roles(_on(v, "touché")[0])} == {"recipient", "participant"}
