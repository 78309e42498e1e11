"""Things that take part in events, as mentions, and their take-ups (round 28), on sentences written for these tests.

- An object set after a place complement, which the parse hangs on that complement (`a saisi mardi au large de X un
  pétrolier`), is the verb's object all the same.
- A name in apposition to an indefinite phrase of a made thing (`un vraquier, le Silver Star,`) is that thing's name:
  one entity for the phrase, the name and the later take-ups (`le navire`); a model's name after `un` in apposition
  to a thing's phrase (`L'appareil, un Tupolev Tu-142,`) is a nominal mention of the thing, and so is the model's name
  repeated (`le Tu-142`).
- Things counted by an amount noun (`une quinzaine de drones`, `des dizaines de positions des milices`, `plus de
  quatre-vingts cibles`) are one thing, the amount in its phrase; targets (`cibles`, `positions`) only when counted.
- A sum (`une enveloppe de 20 milliards d'euros`, `une somme`) is a thing a demonstrative takes up (`cette aide`).
- A thing already a mention takes part in what it would do (`la centrale, qui alimenterait la ville`).
- Not events: the flag a ship flies (`battant pavillon libérien`), how far a thing went (`a parcouru 1.000
  kilomètres`)."""

from __future__ import annotations

import pytest


def entity_of(data: dict, words: str) -> str | None:
    return next((m["entity"] for m in data["mentions"] if m["text"] == words), None)


def events_on(data: dict, trigger: str) -> list[dict]:
    return [e for e in data["events"] if e["trigger"]["text"] == trigger]


def roles_of(data: dict, trigger: str) -> set[tuple[str, str]]:
    found = events_on(data, trigger)
    assert found, f"no event on {trigger!r}"
    return {(r["role"], r["entity"]) for r in found[0]["roles"]}


# --- an object set after a place complement ---------------------------------------------------------------------------


def test_object_after_a_place_complement(extract):
    data = extract("La marine iranienne a arraisonné mardi au large de Bandar Abbas un pétrolier grec.").data
    tanker = entity_of(data, "un pétrolier grec")
    assert tanker is not None
    assert any(e == tanker for _, e in roles_of(data, "a arraisonné"))


# --- a name in apposition, and the take-ups -------------------------------------------------------------------------


def test_a_ship_its_name_and_its_take_ups_are_one_entity(extract):
    data = extract("Les rebelles ont capturé lundi un vraquier, le Silver Star, en mer Rouge. "
                   "Le navire a été conduit vers le port de Hodeïda.").data
    ship = entity_of(data, "un vraquier")
    assert ship is not None
    assert entity_of(data, "Silver Star") == ship
    assert entity_of(data, "Le navire") == ship
    assert [e["type"] for e in data["entities"] if e["id"] == ship] == ["object"]


def test_a_ship_named_after_a_place_complement_and_towed(extract):
    data = extract("Les garde-côtes ont arraisonné près de l'île un cargo, le Morning Star, dans la nuit. "
                   "Le navire a été remorqué.").data
    ship = entity_of(data, "Morning Star")
    assert ship is not None
    assert entity_of(data, "un cargo") == ship
    assert entity_of(data, "Le navire") == ship
    assert ("recipient", ship) in roles_of(data, "ont arraisonné")
    # a craft in the passive undergoes what is done to it (it does not tow itself)
    assert roles_of(data, "a été remorqué") == {("participant", ship)}


def test_a_person_named_in_apposition_is_left_to_the_person_rules(extract):
    # negative: a person's noun, not a thing's
    data = extract("Un diplomate, Ivan Petrov, a été expulsé mardi.").data
    assert all(e["type"] != "object" for e in data["entities"])


def test_a_treaty_in_apposition_keeps_its_own_name(extract):
    # negative: a text names itself; the apposition does not make its phrase a thing's
    data = extract("Les deux pays ont signé un traité, le Pacte de Manille, en 1954.").data
    assert entity_of(data, "un traité") is None or entity_of(data, "un traité") != entity_of(data, "Pacte de Manille")


def test_a_model_name_after_un_is_the_craft(extract):
    data = extract("Un avion de reconnaissance russe a survolé l'île lundi. L'appareil, un Tupolev Tu-142, a été "
                   "suivi par des chasseurs. Selon Tokyo, le Tu-142 avait déjà survolé la zone en mars.").data
    craft = entity_of(data, "L'appareil")
    assert craft is not None
    assert entity_of(data, "un Tupolev Tu-142") == craft
    assert entity_of(data, "le Tu-142") == craft


def test_the_crew_of_a_craft_named_by_its_model(extract):
    data = extract("Un avion privé s'est écrasé jeudi. L'appareil, un Cessna qui reliait Lyon à Nice, a pris feu. "
                   "Ses deux pilotes ont péri.").data
    assert entity_of(data, "un Cessna") == entity_of(data, "L'appareil")
    assert entity_of(data, "Ses deux pilotes") is not None


# --- things counted by an amount --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "thing"), [
    ("La défense antiaérienne a abattu une quinzaine de drones dans la nuit.", "a abattu", "une quinzaine de drones"),
    ("Les États-Unis ont bombardé des dizaines de positions des milices pro-iraniennes en Irak.", "ont bombardé",
     "des dizaines de positions des milices pro-iraniennes"),
    ("L'aviation a frappé plus de quatre-vingts cibles dans le sud du pays.", "a frappé",
     "plus de quatre-vingts cibles"),
])
def test_things_counted_are_what_a_blow_strikes(extract, text, trigger, thing):
    data = extract(text).data
    struck = entity_of(data, thing)
    assert struck is not None
    assert ("recipient", struck) in roles_of(data, trigger)


def test_people_counted_keep_their_whole_phrase(extract):
    # negative: an amount of people is one group, its adjective inside
    data = extract("Berlin a expulsé une trentaine de diplomates russes la semaine dernière.").data
    assert entity_of(data, "une trentaine de diplomates russes") is not None


def test_an_amount_after_avec_is_no_target(extract):
    # negative: what a strike is made with is not what it strikes
    data = extract("La Russie a frappé Kharkiv avec des dizaines de missiles.").data
    assert all(m["text"] != "des dizaines de missiles" for m in data["mentions"])


def test_positions_not_counted_are_views(extract):
    # negative: `ses positions` are a stance, no thing
    data = extract("Pékin a réaffirmé ses positions sur la mer de Chine méridionale.").data
    assert all("positions" not in m["text"] for m in data["mentions"])


def test_a_sum_of_money_counted_keeps_its_goods(extract):
    # negative: a sum in a currency is no amount of things (the whole phrase is what is sent)
    data = extract("Washington a annoncé l'envoi de 300 millions de dollars d'armes à l'Ukraine.").data
    assert all(m["text"] != "300 millions de dollars" for m in data["mentions"])


# --- a sum and its take-up --------------------------------------------------------------------------------------------


def test_a_sum_blocked_is_taken_up_by_cette_aide(extract):
    data = extract("Le Parlement a maintenu son blocage d'une enveloppe de 20 milliards d'euros. "
                   "Sans cette aide, le pays ne pourra plus payer ses retraites.").data
    envelope = entity_of(data, "une enveloppe de 20 milliards d'euros")
    assert envelope is not None
    assert entity_of(data, "cette aide") == envelope


def test_aid_in_general_takes_up_no_sum(extract):
    # negative: `l'aide américaine` is aid in general, not the sum named before
    data = extract("Le Conseil a débloqué une enveloppe de 5 milliards d'euros. "
                   "L'aide américaine reste bloquée au Congrès.").data
    envelope = entity_of(data, "une enveloppe de 5 milliards d'euros")
    assert envelope is not None
    assert all(m["entity"] != envelope for m in data["mentions"] if "aide" in m["text"])


def test_a_sum_buys_nothing(extract):
    # negative: the sum taken up is what pays, not the buyer (no party of the purchase)
    data = extract("Le Conseil a débloqué une enveloppe de 5 milliards d'euros. "
                   "Cette somme servira à acheter des munitions.").data
    envelope = entity_of(data, "une enveloppe de 5 milliards d'euros")
    assert envelope is not None and entity_of(data, "Cette somme") == envelope
    assert all(("recipient", envelope) not in {(r["role"], r["entity"]) for r in e["roles"]} for e in data["events"])


# --- a thing taken up takes part; what is no event --------------------------------------------------------------------


def test_a_plant_taken_up_takes_part_in_what_it_would_do(extract):
    data = extract("La Russie a commandé une centrale nucléaire. Selon lui, la centrale, qui alimenterait la ville "
                   "en électricité, sera livrée en 2033.").data
    plant = entity_of(data, "une centrale nucléaire")
    assert plant is not None and entity_of(data, "la centrale") == plant
    supply = events_on(data, "alimenterait")
    assert supply and ("participant", plant) in {(r["role"], r["entity"]) for r in supply[0]["roles"]}
    assert supply[0]["status"] == "hypothetical"


def test_a_flag_flown_is_no_event(extract):
    data = extract("Un cargo a été arraisonné lundi. Le navire, battant pavillon libérien, transportait du blé.").data
    assert not events_on(data, "battant")


def test_how_far_a_missile_went_is_no_event(extract):
    data = extract("La Corée du Nord a tiré un missile balistique. Le missile a parcouru 1.000 kilomètres avant de "
                   "tomber en mer.").data
    assert not events_on(data, "a parcouru")


# --- how long a thing's phrase is -------------------------------------------------------------------------------------


def test_des_before_a_direct_object_is_its_article(extract):
    data = extract("Selon Washington, l'Iran a livré à la Russie des drones destinés au front.").data
    drones = entity_of(data, "des drones destinés au front")
    assert drones is not None
    assert ("theme", drones) in roles_of(data, "a livré")


def test_a_participle_of_where_a_thing_is_used_is_left_out(extract):
    # `utilisés sur le front`: what is done with the goods there (an act of its own), not what they are
    data = extract("La Chine a vendu des composants utilisés sur le front par l'armée russe.").data
    goods = entity_of(data, "des composants")
    assert goods is not None
    assert ("theme", goods) in roles_of(data, "a vendu")


def test_a_participle_of_what_a_thing_is_stays(extract):
    # negative: `chargés d'explosifs` says what the boats are
    data = extract("Les garde-côtes ont intercepté deux bateaux chargés d'explosifs.").data
    assert entity_of(data, "deux bateaux chargés d'explosifs") is not None
