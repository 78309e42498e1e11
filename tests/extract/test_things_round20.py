"""Things events act on, round 20, on sentences of our own: which noun phrases name a thing an event takes, what
span they get, and when two words are the same thing.

- A made thing (a plant, a dam, a depot, a weapon, debris: ``unnamed_entities.THING_NOUNS``) that a verb outside
  the lexicon acts on is its theme, one thing or several the article counts or describes (`des entrepôts de
  munitions`); a bare plural (`faire taire les armes`), an abstract noun (`sa surveillance`) or a set of measures
  (`un train de sanctions`) names none. The tagger's adjective `central` for `une centrale` is the noun all the same.
- What a blow strikes (`abattre`, `intercepter`, `toucher`, `arraisonner`) undergoes it: the recipient; the subject
  of a passive with a doer is the thing acted on; with no doer, it takes part.
- A weapon with a nationality that strikes takes part beside its state (`Un missile russe a touché`); an indefinite
  plural of them (`Des missiles russes`) stays a kind.
- A figure counts things out of a set (`12 des 15 drones ... ont été abattus`): the part is the thing, its span
  opens with the figure and leaves out what the participle tells of the whole set.
- One meets people but finds things (`des fragments ... ont été retrouvés`); what remains are of (`des débris d'un
  drone`) is a thing of its own, which a later take-up (`L'engin`) refers to.
- A definite text of law with a clause right after it is the text the clause singles out (`l'accord qui encadrait
  ...`): the clause is part of its name; an indefinite one (`un accord qui ...`) is new, the clause says what it says.
- The area a thing stands in (`de la banlieue de Lviv`, `près de Donetsk`) is not part of its name; a name after
  `à` the parse hangs on the thing's adjective (`des armes létales à X`) is whom they go to, and leaves the adjective
  in it. The made things a blow is struck with (`avec des missiles de longue portée`) are its theme.
- `en` before a verb whose object is a part or an act (`en a financé la rénovation`) stands for the thing named
  before: that thing is the theme, the object noun no thing of its own.
- A participle of seizing after `la sécurité de la centrale` describes the plant, not its security.
"""

from __future__ import annotations

RUSSIA, CHINA = "Q159", "Q148"


def _things(v, event: dict, role: str) -> list[str]:
    """The words of the mentions of an event's participants in one role, sorted."""
    found = {e for r, e in v.roles(event) if r == role}
    return sorted(m["text"] for m in v.data["mentions"] if m["entity"] in found)


# --- made things an open-class verb acts on ------------------------------------------------------------------------

def test_a_made_thing_built_is_the_theme(view):
    v = view("La Turquie va construire un nouveau barrage sur l'Euphrate.")
    assert _things(v, v.event_on("Event", "construire"), "theme") == ["un nouveau barrage"]


def test_a_plant_read_as_an_adjective_is_still_the_thing_built(view):
    v = view("L'Inde compte bâtir une troisième centrale près de Bombay.")
    assert _things(v, v.event_on("Event", "bâtir"), "theme") == ["une troisième centrale"]


def test_an_abstract_object_names_no_thing(view):
    v = view("La Turquie va renforcer sa surveillance sur l'Euphrate.")
    assert not any(r == "theme" for r, _ in v.roles(v.event_on("Event", "renforcer")))
    assert v.entity_of("sa surveillance") is None


def test_described_things_struck_are_the_recipient(view):
    v = view("L'armée israélienne a frappé des entrepôts de munitions au Liban.")
    assert _things(v, v.event_on("Event", "frappé"), "recipient") == ["des entrepôts de munitions"]


def test_a_bare_plural_of_weapons_in_a_figure_of_speech_is_no_thing(view):
    v = view("L'ONU a exhorté l'Éthiopie à faire taire les armes.")
    assert v.entity_of("les armes") is None


# --- weapons, figures, things found --------------------------------------------------------------------------------

def test_a_weapon_of_a_state_takes_part_beside_its_state(view):
    v = view("Un missile russe a touché un pétrolier au large d'Odessa.")
    strike = v.event_on("Event", "touché")
    assert ("agent", RUSSIA) in v.roles(strike)
    assert _things(v, strike, "participant") == ["Un missile russe"]
    assert _things(v, strike, "recipient") == ["un pétrolier"]


def test_an_indefinite_plural_of_weapons_takes_part_in_its_states_act(view):
    v = view("Des missiles russes ont touché un pétrolier au large d'Odessa.")
    strike = v.event_on("Event", "touché")
    assert ("agent", RUSSIA) in v.roles(strike)
    assert ("participant", v.named("Des missiles russes")) in v.roles(strike)  # (session 20, as `un missile russe`)


def test_a_figure_counts_the_things_shot_down(view):
    v = view("Selon Varsovie, 12 des 15 drones lancés depuis le Bélarus ont été abattus par l'armée polonaise.")
    downing = v.event_on("Event", "abattus")
    assert _things(v, downing, "recipient") == ["12 des 15 drones"]
    assert ("agent", v.named("l'armée polonaise")) in v.roles(downing)


def test_a_figure_parsed_as_the_subject_still_counts_the_things(view):
    v = view("Deux des navires ont été touchés par des missiles russes.")
    strike = v.event_on("Event", "touchés")
    assert ("agent", RUSSIA) in v.roles(strike)
    assert _things(v, strike, "recipient") == ["Deux des navires"]


def test_a_set_of_measures_is_no_made_thing(view):
    v = view("L'Union européenne a validé un nouveau train de sanctions contre la Russie.")
    assert v.entity_of("un nouveau train de sanctions") is None


def test_the_thing_remains_are_of_is_one_of_its_own_taken_up_later(view):
    v = view("Un drone russe a frappé un cargo. Des débris d'un drone ont été retrouvés par la police roumaine. "
             "L'engin se serait écrasé.")
    assert v.named("L'engin") == v.named("un drone")
    assert v.named("un drone") != v.named("Un drone russe")


def test_things_found_are_no_meeting(view):
    v = view("Des fragments d'une roquette ont été retrouvés par la police moldave.")
    assert not v.events("Meeting")
    finding = v.event_on("Event", "retrouvés")
    assert _things(v, finding, "theme") == ["Des fragments d'une roquette"]


def test_a_person_found_again_is_still_met(view):
    v = view("Le ministre a retrouvé son homologue allemand à Genève.")
    assert v.event_on("Meeting", "retrouvé")


def test_a_thing_a_passive_with_no_doer_is_done_to_takes_part(view):
    v = view("Le projet de gazoduc avait été gelé en 2016.")
    assert _things(v, v.event_on("Event", "gelé"), "participant") == ["Le projet de gazoduc"]


# --- spans ---------------------------------------------------------------------------------------------------------

def test_a_definite_text_is_named_with_the_clause_that_singles_it_out(view):
    v = view("Moscou a suspendu l'accord qui encadrait les exportations de gaz vers la Moldavie.")
    suspension = v.event_on("Event", "suspendu")
    assert _things(v, suspension, "theme") == ["l'accord qui encadrait les exportations de gaz vers la Moldavie"]
    assert v.entity_of("Moldavie") is not None  # a name inside the clause keeps its own mention


def test_an_indefinite_text_is_named_without_its_clause(view):
    v = view("Moscou a suspendu un accord qui encadrait les exportations de gaz vers la Moldavie.")
    assert _things(v, v.event_on("Event", "suspendu"), "theme") == ["un accord"]


def test_the_area_a_thing_stands_in_is_not_its_name(view):
    v = view("Un entrepôt de la banlieue de Lviv a été détruit.")
    assert _things(v, v.event_on("Event", "détruit"), "recipient") == ["Un entrepôt"]


def test_a_place_name_of_the_thing_stays_in_its_name(view):
    v = view("Un hôpital de Kharkiv a été détruit.")
    assert _things(v, v.event_on("Event", "détruit"), "recipient") == ["Un hôpital de Kharkiv"]


def test_what_a_thing_is_near_is_not_its_name(view):
    v = view("L'armée russe a frappé un dépôt près de Donetsk.")
    assert _things(v, v.event_on("Event", "frappé"), "recipient") == ["un dépôt"]


def test_an_adjective_keeps_its_noun_when_the_parse_hangs_a_recipient_on_it(view):
    v = view("Selon Varsovie, Minsk organise des transferts d'armes létales à la Russie.")
    transfer = v.event_on("Delivery", "transferts")
    assert _things(v, transfer, "theme") == ["armes létales"]
    assert ("recipient", RUSSIA) in v.roles(transfer)


def test_the_made_things_a_blow_is_struck_with_are_its_theme(view):
    v = view("Londres autorise désormais Kiev à frapper le territoire russe avec des missiles de longue portée.")
    strike = v.event_on("Event", "frapper")
    assert _things(v, strike, "theme") == ["des missiles de longue portée"]


def test_weapons_told_only_by_their_state_are_no_theme_of_a_blow(view):
    v = view("Londres autorise désormais Kiev à frapper le territoire russe avec des missiles britanniques.")
    assert v.entity_of("des missiles britanniques") is None


# --- `en`, and a participle on a quality of a thing ---------------------------------------------------------------

def test_en_stands_for_the_thing_named_before(view):
    v = view("La Chine a acheté un vieux porte-avions à l'Ukraine. Pékin en a financé la rénovation.")
    funding = v.event_on("Event", "financé")
    assert ("agent", CHINA) in v.roles(funding)
    assert _things(v, funding, "theme") == ["un vieux porte-avions"]
    assert v.entity_of("la rénovation") is None


def test_a_part_with_no_thing_named_before_is_no_thing(view):
    v = view("Le Japon en a livré une partie à l'Ukraine.")
    assert v.entity_of("une partie") is None


def test_a_participle_of_seizing_describes_the_thing_not_its_quality(view):
    v = view("Les experts s'inquiètent de la sécurité de la centrale, occupée par l'armée russe.")
    assert _things(v, v.event_on("Event", "occupée"), "theme") == ["la centrale"]
    assert v.entity_of("la sécurité de la centrale") is None
