"""Participants a verb inherits from another clause, round 15, on sentences of our own (sport, diplomacy, justice,
trade): the constructions of French wire copy whose argument is written outside the verb's own clause.

- A relative `que` after a noun and a comma, which the parse reads as a conjunction (`l'entraîneur, qu'il avait
  pourtant promu`): the noun before the comma is the relative clause's object.
- A participle set after a party and a comma with its own `par` agent (`X, reçu mardi par Y,`), also when the party
  sits inside a complement of the main clause (`lors de la visite de X, reçu par Y`), and when a time phrase stands
  between the participle and its agent (`reçu dans la soirée par Y`): the party undergoes the act, the agent does
  it, the main clause's subject takes no part.
- A participle right after a noun, which the parse hangs on the main verb (`l'expulsion d'un diplomate soupçonné
  d'avoir obtenu`): the noun does what the participle's infinitive says, not the main clause's subject.
- A verb of causing over an infinitive (`a conduit X à rompre`, `a contraint X à négocier`): its object does the act.
- Names between a comma and `ayant` (`..., Moscou et Pékin ayant bloqué`), which the parse joins to the object
  before the comma: they are the absolute participle's subject.
- A verb of offering over an infinitive with no dative (`a proposé de rencontrer X`): the one who offers acts.
  (With a dative, French does not say: `a proposé à Pyongyang d'envoyer un cosmonaute` is Moscow's sending.)

Each test checks the parties of the event and that the wrong one is not given."""

from __future__ import annotations

CHINA, RUSSIA = "Q148", "Q159"


def _parties(v, event: dict) -> set[tuple[str, str]]:
    return {(r, e) for r, e in v.roles(event) if r != "theme"}


# --- a relative `que` read as a conjunction -----------------------------------------------------------------------

def test_a_relative_que_after_a_comma_makes_the_noun_before_it_the_object(view):
    v = view("Le président du club, Marc Lemaire, a limogé l'entraîneur Paul Girard, qu'il avait pourtant promu en "
             "février.")
    praise = v.event_on("Event", "promu")
    assert ("recipient", v.named("Paul Girard")) in _parties(v, praise)


def test_a_relative_que_of_a_decoration_gives_the_decorated_person(view):
    v = view("Le chef de l'État sénégalais, Macky Sall, a renvoyé le général Amadou Ba, qu'il avait décoré en "
             "mars.")
    decoration = v.event_on("Event", "décoré")
    assert ("recipient", v.named("Amadou Ba")) in _parties(v, decoration)
    assert ("agent", v.named("Amadou Ba")) not in _parties(v, decoration)


# --- a participle after a party and a comma, with its own agent --------------------------------------------------

def test_a_received_guest_before_a_comma_is_the_participant_and_the_host_the_agent(view):
    v = view("Lula, reçu mardi par Xi Jinping, a signé un accord commercial.")
    reception = v.event_on("Meeting", "reçu")
    assert _parties(v, reception) == {("participant", v.named("Lula")), ("agent", v.named("Xi Jinping"))}


def test_a_time_phrase_between_the_participle_and_its_agent_keeps_the_agent(view):
    v = view("Pedro Sánchez, reçu dans la soirée par Emmanuel Macron, a dîné à l'Élysée.")
    reception = v.event_on("Meeting", "reçu")
    assert _parties(v, reception) == {("participant", v.named("Pedro Sánchez")),
                                      ("agent", v.named("Emmanuel Macron"))}


def test_a_guest_inside_a_complement_is_the_one_received_not_the_main_subject(view):
    v = view("Le contrat a été conclu lors de la visite d'Olaf Scholz, reçu dans la matinée par Narendra Modi.")
    reception = v.event_on("Meeting", "reçu")
    assert _parties(v, reception) == {("participant", v.named("Olaf Scholz")),
                                      ("agent", v.named("Narendra Modi"))}


def test_a_passive_arrest_dated_in_a_month_keeps_its_agent(view):
    v = view("Le militant Ivan Orlov a été arrêté en mars par la police russe à Moscou.")
    arrest = v.event_on("Event", "arrêté")
    assert ("agent", v.named("la police russe")) in _parties(v, arrest)


# --- a participle right after a noun ------------------------------------------------------------------------------

def test_the_noun_a_participle_follows_does_the_suspected_act(view):
    v = view("La Pologne a ordonné l'expulsion d'un diplomate biélorusse soupçonné d'avoir rencontré un officier "
             "polonais.")
    meeting = v.event_on("Meeting", "rencontré")
    assert _parties(v, meeting) == {("participant", v.named("un diplomate biélorusse")),
                                    ("participant", v.named("un officier polonais"))}


def test_the_noun_a_participle_follows_is_the_doer_not_the_main_subject(view):
    v = view("La Pologne a ordonné l'expulsion d'un diplomate biélorusse soupçonné d'avoir financé des militants "
             "polonais.")
    funding = v.event_on("Event", "financé")
    assert ("agent", v.named("un diplomate biélorusse")) in _parties(v, funding)
    assert v.named("Pologne") not in {e for _, e in v.roles(funding)}


# --- verbs of causing ---------------------------------------------------------------------------------------------

def test_a_verb_of_causing_makes_its_object_the_doer_of_the_infinitive(view):
    v = view("La crise a conduit l'Union européenne à rompre ses relations avec la Russie.")
    severing = v.event_on("Event", "rompre")
    assert ("agent", v.named("Union européenne")) in _parties(v, severing)
    assert ("recipient", RUSSIA) in _parties(v, severing)


def test_a_constrained_party_negotiates(view):
    v = view("Les sanctions ont contraint l'Iran à négocier avec la Chine.")
    talks = v.event_on(None, "négocier")
    assert _parties(v, talks) == {("participant", v.named("Iran")), ("participant", CHINA)}


# --- the subject of an absolute compound participle ---------------------------------------------------------------

def test_two_names_before_ayant_are_the_doers_of_the_absolute_participle(view):
    v = view("Le Conseil ne devrait adopter aucune déclaration, Moscou et Pékin ayant bloqué ces derniers mois "
             "toutes les propositions.")
    blocking = v.event_on("Event", "bloqué")
    assert _parties(v, blocking) == {("agent", RUSSIA), ("agent", CHINA)}


# --- verbs of offering: with no dative, the one who offers acts ---------------------------------------------

def test_an_offer_with_no_dative_is_the_offerers_own_act(view):
    v = view("La Turquie a proposé de rencontrer la Grèce à Ankara.")
    meeting = v.event_on("Meeting", "rencontrer")
    assert _parties(v, meeting) == {("participant", v.named("Turquie")), ("participant", v.named("Grèce"))}
