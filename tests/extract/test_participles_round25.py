"""Participles that tell an act, round 25, on sentences of our own: a participle describing a noun that undergoes the
act, present participles of harm after a comma, participles joined by `et` or `puis`, and opening participles.

- The victims of `tuer` and `blesser` are the ones the act is done to (recipients), in any voice: `tuant deux
  marins`, `les civils tués`; a second present participle after `et` is an act of its own with its own object
  (`tuant trois civils et blessant un marin`, `en blessant quatre autres`), the parse joining it to the first
  object or giving that object its words.
- A present participle of harm after a comma that the parse hangs on the object before it (`a dispersé la
  manifestation, blessant plusieurs étudiants`) is the main clause's subject's act; a strike named by a noun and a
  demonym (`Une frappe russe a touché X, tuant ...`) is its state's.
- Weapons and craft described by a participle of firing or posting (`les drones russes lancés`, `les navires de
  guerre chinois déployés`) are their state's act (not `les drones russes abattus`, nor a passive clause about
  weapons another state may have fired).
- A craft or place struck, seized or aimed at, described by a participle with no doer said, is the recipient
  (`un pétrolier arraisonné samedi`); the craft does not board itself; `la zone visée` alone tells nothing.
- A bare participle joined by `et`/`puis` to one that describes a noun shares its voice and its noun (`deux
  embarcations détectées puis détruites par X`), and not the main clause's subject.
- The day and place of an opening participle (`Arrêté en mai 2020 à Minsk, X ...`) are its own, not the main
  verb's; one the parse takes for a second subject of the main verb is still done to that verb's subject.

Each test checks the parties, the time or the absence of an event on one sentence."""

from __future__ import annotations

RUSSIA, CHINA = "Q159", "Q148"


def _roles(v, event) -> set[tuple[str, str]]:
    return v.roles(event)


def _with_role(v, event, role: str) -> list[str]:
    """The words of the mentions of an event's entities in this role, sorted."""
    entities = {e for r, e in v.roles(event) if r == role}
    return sorted({m["text"] for m in v.data["mentions"] if m["entity"] in entities})


# --- victims --------------------------------------------------------------------------------------------------------

def test_the_victims_of_a_participle_of_consequence_are_recipients(view):
    v = view("Un missile russe a frappé mardi un immeuble de Kharkiv, tuant trois civils.")
    killing = v.event_on("Event", "tuant")
    assert ("agent", RUSSIA) in _roles(v, killing)
    assert _with_role(v, killing, "recipient") == ["trois civils"]
    assert not _with_role(v, killing, "participant")


def test_the_victims_of_a_passive_killing_are_recipients(view):
    v = view("Les quatre soldats tués lundi par un drone russe étaient stationnés près de Kherson.")
    killing = v.event_on("Event", "tués")
    assert ("agent", RUSSIA) in _roles(v, killing)
    assert _with_role(v, killing, "recipient") == ["Les quatre soldats"]


def test_two_present_participles_joined_by_et_each_take_their_own_victims(view):
    v = view("Un missile russe a frappé mardi un immeuble d'Odessa, tuant trois civils et blessant un marin.")
    killing, wounding = v.event_on("Event", "tuant"), v.event_on("Event", "blessant")
    assert _with_role(v, killing, "recipient") == ["trois civils"]
    assert _with_role(v, wounding, "recipient") == ["un marin"]
    assert ("agent", RUSSIA) in _roles(v, wounding)


def test_en_blessant_quatre_autres_wounds_others_of_the_same_kind(view):
    v = view("Un drone russe a touché un cargo dans le port, tuant deux marins et en blessant quatre autres.")
    wounding = v.event_on("Event", "blessant")
    assert _with_role(v, wounding, "recipient") == ["quatre autres"]
    assert ("agent", RUSSIA) in _roles(v, wounding)
    assert _with_role(v, v.event_on("Event", "tuant"), "recipient") == ["deux marins"]


def test_a_participle_of_harm_hung_on_the_object_is_the_subjects_act(view):
    v = view("La police a dispersé la manifestation, blessant plusieurs étudiants.")
    wounding = v.event_on("Event", "blessant")
    assert _with_role(v, wounding, "agent") == ["La police"]
    assert _with_role(v, wounding, "recipient") == ["plusieurs étudiants"]


def test_a_strike_named_with_a_demonym_is_its_states_in_the_participle(view):
    v = view("Une frappe russe a touché un immeuble de Kharkiv, tuant quatre civils.")
    assert ("agent", RUSSIA) in _roles(v, v.event_on("Event", "tuant"))


def test_a_participle_of_coming_after_an_object_still_tells_of_the_object(view):
    v = view("Le Premier ministre a reçu Sergueï Lavrov, arrivant de Pékin.")
    arrival = v.events_on("arrivant")[0]
    assert _with_role(v, arrival, "agent") == ["Sergueï Lavrov"]


# --- weapons and craft of a state -----------------------------------------------------------------------------------

def test_drones_of_a_nationality_described_as_launched_are_their_states_launch(view):
    v = view("Les drones russes lancés dans la nuit visaient la région de Kiev.")
    launch = v.event_on("Event", "lancés")
    assert ("agent", RUSSIA) in _roles(v, launch)
    assert _with_role(v, launch, "theme") == ["Les drones russes"]


def test_warships_described_as_deployed_are_their_states_deployment(view):
    v = view("Les navires de guerre chinois déployés près de Taïwan ont mené des exercices.")
    assert ("agent", CHINA) in _roles(v, v.event_on("Event", "déployés"))


def test_drones_of_a_nationality_shot_down_are_not_shot_down_by_their_state(view):
    v = view("Les drones russes abattus dans la nuit par la défense ukrainienne visaient Kiev.")
    for event in v.events_on("abattus"):
        assert ("agent", RUSSIA) not in _roles(v, event)


def test_weapons_said_fired_in_a_passive_clause_keep_no_maker_as_firer(view):
    v = view("Selon Washington, des missiles nord-coréens auraient été tirés sur l'Ukraine cet hiver.")
    for event in v.events_on("tirés"):
        assert ("agent", "Q423") not in _roles(v, event)


# --- things struck with no striker ----------------------------------------------------------------------------------

def test_a_tanker_described_as_boarded_is_the_recipient_and_no_doer(view):
    v = view("Les gardiens de la révolution ont immobilisé un pétrolier arraisonné samedi dans le golfe d'Oman.")
    boarding = v.event_on("Event", "arraisonné")
    assert _with_role(v, boarding, "recipient") == ["un pétrolier"]
    assert not _with_role(v, boarding, "agent")


def test_a_cargo_intercepted_between_commas_is_the_recipient(view):
    v = view("Le cargo, intercepté lundi au large de la Crimée, transportait des céréales.")
    interception = v.event_on("Event", "intercepté")
    assert _with_role(v, interception, "recipient") == ["Le cargo"]
    assert not _with_role(v, interception, "agent")


def test_a_zone_aimed_at_with_nothing_of_its_own_tells_no_act(view):
    assert not view("La zone visée reste fermée aux navires.").events_on("visée")


def test_adjective_participles_stay_no_events(view):
    v = view("Les pays concernés ont dénoncé l'attaque d'un homme armé contre les forces armées.")
    assert not v.events_on("concernés") and not v.events_on("armé") and not v.events_on("armées")


# --- participles joined by et / puis ------------------------------------------------------------------------------

def test_a_participle_joined_to_a_describing_one_is_not_the_main_subjects(view):
    v = view("La marine ukrainienne a signalé deux embarcations détectées puis détruites par les navires de garde.")
    marine = v.entity_of("La marine ukrainienne")
    for event in v.events_on("détruites"):
        assert ("agent", marine) not in _roles(v, event)


def test_a_participle_joined_to_a_passive_is_passive_too(view):
    v = view("Deux embarcations sans pilote ont été détectées puis détruites par les navires de garde.")
    boats = v.entity_of("Deux embarcations")
    for event in v.events_on("détruites"):
        assert ("agent", boats) not in _roles(v, event)


def test_a_participle_joined_to_a_describing_one_is_done_by_its_own_par(view):
    v = view("Le ministère a annoncé trois drones russes interceptés puis abattus par l'armée ukrainienne.")
    shooting = v.event_on("Event", "abattus")
    assert _with_role(v, shooting, "agent") == ["l'armée ukrainienne"]
    assert v.entity_of("Le ministère") not in {e for _, e in _roles(v, shooting)}


def test_a_finite_verb_after_puis_keeps_its_own_voice(view):
    v = view("Kim Jong-un a été reçu puis a rencontré Vladimir Poutine.")
    meeting = v.event_on("Meeting", "rencontré")
    assert {e for _, e in _roles(v, meeting)} == {v.named("Kim Jong-un"), v.named("Vladimir Poutine")}


# --- opening participles --------------------------------------------------------------------------------------------

def test_an_opening_participles_day_and_place_are_its_own(view):
    v = view("Arrêté en mai 2020 à Minsk, Sergueï Tikhanovski avait été condamné à dix-huit ans de prison.")
    arrest = v.event_on("Event", "Arrêté")
    assert ("recipient", v.named("Sergueï Tikhanovski")) in _roles(v, arrest)
    assert arrest.get("place") == v.named("Minsk")
    sentence = v.event_on("Event", "condamné")
    assert sentence.get("time") != arrest.get("time")
    assert sentence.get("place") != v.named("Minsk")


def test_an_opening_participle_of_coming_keeps_its_day_and_the_main_verb_its_own(view):
    v = view("Arrivé lundi à Pékin, Vladimir Poutine s'est entretenu mardi avec Xi Jinping.")
    arrival, meeting = v.events_on("Arrivé")[0], v.event_on("Meeting", "entretenu")
    assert arrival.get("time") != meeting.get("time")
    assert v.time_of("mardi")["id"] == meeting.get("time")


def test_an_opening_participle_parsed_as_a_second_subject_is_done_to_the_main_subject(view):
    v = view("Arrêté en mars 2021 alors qu'il quittait le pays, M. Petrov avait été condamné à dix ans de prison.")
    petrov = next(m["entity"] for m in v.data["mentions"] if "Petrov" in m["text"])
    arrest = v.event_on("Event", "Arrêté")
    assert ("recipient", petrov) in _roles(v, arrest)
    assert v.time_of("en mars 2021")["id"] == arrest.get("time")
