"""Implied doers, round 18, on sentences of our own (European, South Asian and Latin American states and leaders):
the one who does an infinitive is the one the construction above it names, not always that verb's subject.

- A verb of pressing, persuading, letting or stopping hands the act to its object, as verbs of urging and forcing
  do (`a sommé X de`, `a convaincu X de`, `a dissuadé X de`, `a laissé X exporter`, `a empêché X de livrer`);
  thanking for a deed gives it to the one thanked (`a remercié X d'avoir livré`); so does a relative `que` before
  such a verb (`X, que Y a poussé à livrer`).
- Leave or an order given to someone is theirs to act on (`a donné à X l'autorisation de frapper`); given to no one
  written, it is no act of the giver's; the `par` agent of a passive verb of leave (`a été autorisée à livrer ...
  par X`) gives leave, it does not do the act.
- The object clitic of such a verb stands for the person told before, who then does the act (`Y l'a exhorté à
  livrer`, `Y l'a autorisé à visiter`); the dative clitic of a verb of ordering does it (`Y lui a signifié de`).
- A verb of promising keeps the act for its subject and gives the transfer to its dative (`a promis à X de livrer`).
- Only a complement with no preposition is an object of control: a place or a time between the verb and its
  infinitive is no doer (`a appelé mardi à Pékin à renforcer`, `lors de sa visite en Pologne à livrer`), nor is a
  place inside another complement a dative (`a demandé lors d'un sommet à l'ONU de`, `a promis lors d'une réunion
  à l'ONU de`).
- A verb of saying with an infinitive and no `de` keeps the act for its subject (`a dit avoir livré`), with `à X de`
  gives it to X (`a dit à X de livrer`); an infinitive of purpose (`afin de`) is its subject's, whatever the verb.

Each test checks who does one event, and who does not."""

from __future__ import annotations


def _doers(v, event: dict) -> set[str]:
    return {e for r, e in v.roles(event) if r in ("agent", "participant")}


# --- verbs of object control: pressing, persuading, letting, stopping, thanking ------------------------------------

def test_the_state_summoned_to_suspend_its_tests_suspends_them(view):
    v = view("L'Union européenne a sommé l'Iran de suspendre ses essais de missiles.")
    suspension = v.event_on("Event", "suspendre")
    assert _doers(v, suspension) == {v.named("Iran")}


def test_the_state_let_export_its_wheat_exports_it(view):
    v = view("Le Brésil a laissé l'Argentine exporter son blé vers l'Égypte.")
    export = v.event_on("Delivery", "exporter")
    assert ("agent", v.named("Argentine")) in v.roles(export)
    assert v.named("Brésil") not in _doers(v, export)


def test_the_state_prevented_from_delivering_is_the_one_who_would_deliver(view):
    v = view("L'Allemagne a empêché la Turquie de livrer des drones à l'Azerbaïdjan.")
    delivery = v.event_on("Delivery", "livrer")
    assert _doers(v, delivery) == {v.named("Turquie")}
    assert ("recipient", v.named("Azerbaïdjan")) in v.roles(delivery)
    assert delivery["status"] == "negated"


def test_the_state_dissuaded_from_striking_is_the_one_who_would_strike(view):
    v = view("Les États-Unis ont dissuadé Israël de frapper l'Iran.")
    strike = v.event_on("Event", "frapper")
    assert _doers(v, strike) == {v.named("Israël")}


def test_the_state_convinced_to_deliver_delivers(view):
    v = view("La Turquie a convaincu la Suède de livrer des armes à l'Ukraine.")
    delivery = v.event_on("Delivery", "livrer")
    assert _doers(v, delivery) == {v.named("Suède")}


def test_the_state_thanked_for_a_delivery_made_it(view):
    v = view("La Pologne a remercié l'Allemagne d'avoir livré des chars à l'Ukraine.")
    delivery = v.event_on("Delivery", "livré")
    assert _doers(v, delivery) == {v.named("Allemagne")}


def test_the_state_a_relative_pronoun_stands_for_is_the_one_pushed_to_act(view):
    v = view("L'Inde, que la France a poussée à livrer du blé à l'Égypte, a accepté.")
    delivery = v.event_on("Delivery", "livrer")
    assert _doers(v, delivery) == {v.named("Inde")}


# --- leave given: the one it is given to acts ---------------------------------------------------------------------

def test_the_state_given_leave_to_strike_is_the_one_who_strikes(view):
    v = view("Washington a donné à Kiev l'autorisation de frapper la Russie.")
    strike = v.event_on("Event", "frapper")
    assert _doers(v, strike) == {v.named("Kiev")}


def test_leave_given_to_no_one_written_is_not_the_givers_act(view):
    v = view("Washington a donné l'autorisation de frapper la Russie.")
    strike = v.event_on("Event", "frapper")
    assert v.named("Washington") not in _doers(v, strike)


def test_goods_given_for_a_purpose_leave_the_purpose_to_the_giver(view):
    v = view("Le Japon a donné à l'Ukraine des armes afin de frapper la Russie.")
    strike = v.event_on("Event", "frapper")
    assert v.named("Ukraine") not in _doers(v, strike)


def test_the_agent_of_a_passive_leave_does_not_do_the_act_it_allows(view):
    v = view("La Suède a été autorisée à livrer des armes à l'Ukraine par les États-Unis.")
    delivery = v.event_on("Delivery", "livrer")
    assert _doers(v, delivery) == {v.named("Suède")}


# --- clitics: the one told before does the act --------------------------------------------------------------------

def test_the_leader_a_clitic_urges_delivers(view):
    v = view("Emmanuel Macron est arrivé à Berlin. Olaf Scholz l'a exhorté à livrer des chars à l'Ukraine.")
    delivery = v.event_on("Delivery", "livrer")
    assert _doers(v, delivery) == {v.named("Emmanuel Macron")}
    assert v.named("Olaf Scholz") not in _doers(v, delivery)


def test_the_leader_a_clitic_allows_to_visit_visits(view):
    v = view("Emmanuel Macron est arrivé à Berlin. Olaf Scholz l'a autorisé à visiter la base militaire.")
    visit = v.event_on("Visit", "visiter")
    assert _doers(v, visit) == {v.named("Emmanuel Macron")}
    allowing = v.event_on("Event", "autorisé")
    assert ("recipient", v.named("Emmanuel Macron")) in v.roles(allowing)


def test_the_leader_a_dative_clitic_is_told_to_deliver_delivers(view):
    v = view("Emmanuel Macron est arrivé à Berlin. Olaf Scholz lui a signifié de livrer des chars à l'Ukraine.")
    delivery = v.event_on("Delivery", "livrer")
    assert _doers(v, delivery) == {v.named("Emmanuel Macron")}


# --- promises: the promiser gives, the one promised receives ---------------------------------------------------------

def test_a_delivery_promised_to_a_state_goes_to_it(view):
    v = view("L'Inde a promis à l'Égypte de livrer du blé.")
    delivery = v.event_on("Delivery", "livrer")
    assert ("agent", v.named("Inde")) in v.roles(delivery)
    assert ("recipient", v.named("Égypte")) in v.roles(delivery)


def test_an_organisation_where_a_promise_is_made_receives_nothing(view):
    v = view("L'Inde a promis lors d'une réunion à l'ONU de livrer du blé à l'Égypte.")
    delivery = v.event_on("Delivery", "livrer")
    assert ("recipient", v.named("ONU")) not in v.roles(delivery)
    assert ("agent", v.named("Inde")) in v.roles(delivery)


# --- negatives: a place or a time is no doer; saying keeps the act; purpose is the subject's -------------------------

def test_a_city_after_a_day_between_a_call_and_its_infinitive_is_no_doer(view):
    v = view("La France a appelé mardi à Pékin à renforcer la coopération avec la Pologne.")
    strengthening = v.event_on("Event", "renforcer")
    assert ("agent", v.named("France")) in v.roles(strengthening)
    assert v.named("Pékin") not in _doers(v, strengthening)


def test_a_country_visited_between_a_call_and_its_infinitive_is_no_doer(view):
    v = view("Le ministre français a appelé lors de sa visite en Pologne à livrer des armes à l'Ukraine.")
    delivery = v.event_on("Delivery", "livrer")
    assert v.named("Pologne") not in _doers(v, delivery)


def test_an_organisation_where_a_request_is_made_is_not_the_one_asked(view):
    v = view("L'Allemagne a demandé lors d'un sommet à l'ONU de livrer des armes à l'Ukraine.")
    delivery = v.event_on("Delivery", "livrer")
    assert v.named("ONU") not in _doers(v, delivery)
    assert v.named("Allemagne") not in _doers(v, delivery)  # (the one asked is not written)


def test_a_speaker_who_says_he_delivered_is_the_one_who_delivered(view):
    v = view("Le président français a dit avoir livré des armes à l'Ukraine.")
    delivery = v.event_on("Delivery", "livré")
    assert _doers(v, delivery) == {v.named("Le président français")}


def test_the_state_told_to_deliver_delivers_not_the_speaker(view):
    v = view("Le président brésilien a dit à l'Argentine de livrer du blé à l'Égypte.")
    delivery = v.event_on("Delivery", "livrer")
    assert _doers(v, delivery) == {v.named("Argentine")}


def test_an_infinitive_of_purpose_under_a_verb_of_saying_keeps_its_subject(view):
    v = view("Le président brésilien s'est dit prêt à livrer du blé à l'Égypte afin de renforcer la coopération "
             "avec l'Afrique du Sud.")
    strengthening = v.event_on("Event", "renforcer")
    assert v.named("Le président brésilien") in _doers(v, strengthening)
