"""Doers not written in their own clause, round 22, on sentences of our own: participle and gerund clauses, verbs
sharing a subject, relative clauses and verbs of travel.

- A participle of a verb of coming that opens the sentence (`Rentré à Tokyo, X ...`, `Arrivée dimanche à Hanoï,
  X ...`) tells of the main clause's subject, also when the tagger takes it for a noun or the parse hangs the main
  verb (and its subject) on it; an arrival with no place said is an arrival, not a visit to a place.
- A bare participle of coming set after a comma at the end of a clause tells of the person named right before the
  comma (`a reçu X, arrivé la veille`), not of the main subject; a place a verb of going takes is not that person.
- A participle set between commas after the subject describes it: the parse may make the subject the participle's
  own (`Le président chinois, arrivé lundi à Budapest, a rencontré X`); the main verb keeps it.
- `qui` right after a verb's object stands for that object (`a reçu X, qui est arrivé`); `que` after a name and a
  comma is the object of the relative clause, also of an infinitive under its verb (`Joe Biden, qu'il est venu
  presser de débloquer`: Biden unblocks), and the one received there is a guest (`qu'il avait reçue`).
- `puis` between two complements of one verb tells two acts (`avec X, puis avec Y`, `en Serbie, puis en Hongrie`),
  not `avec X et Y`, nor `X puis s'est rendu à Y` (a second verb).
- An infinitive after `avant de` that the tagger takes for a noun (`avant de dîner avec X`) is a verb whose subject
  is the main clause's; `tout en` + participle is the finite verb's subject's, never the one an infinitive under it
  is asked of; a subject the parse lost after an opening phrase is the name right before the verb.
- Travel verbs: `gagner` a bare named place (however the parse labels it) is a trip, `gagner la Coupe` is not;
  `partir du principe` stays no departure.

Each test checks who does one event, or that nothing changes where the construction is absent."""

from __future__ import annotations


def _doers(v, event: dict) -> set[str]:
    return {e for r, e in v.roles(event) if r in ("agent", "participant")}


# --- opening participles of verbs of coming ------------------------------------------------------------------------

def test_an_opening_participle_taken_for_a_noun_tells_of_the_main_subject(view):
    v = view("Arrivée dimanche soir à Hanoï, Yoko Kamikawa s'est entretenue avec le président vietnamien.")
    kamikawa = v.named("Yoko Kamikawa")
    assert ("agent", kamikawa) in v.roles(v.event_on("Visit", "Arrivée"))
    assert ("participant", kamikawa) in v.roles(v.event_on("Meeting", "entretenue"))


def test_a_main_verb_hung_on_the_opening_participle_keeps_its_subject(view):
    v = view("Rentré à Tokyo, Fumio Kishida a convoqué son cabinet.")
    kishida = v.named("Fumio Kishida")
    assert ("agent", kishida) in v.roles(v.event_on("Event", "Rentré"))
    assert kishida in _doers(v, v.events_on("convoqué")[0])


def test_an_arrival_with_no_place_is_an_arrival_not_a_visit(view):
    v = view("Arrivé mardi soir, Sergueï Lavrov s'est entretenu avec Kim Jong-un.")
    arrival = v.event_on("Event", "Arrivé")
    assert ("agent", v.named("Sergueï Lavrov")) in v.roles(arrival)
    assert not v.events_on("Arrivé", "Visit")


def test_an_arrival_in_a_named_place_stays_a_visit(view):
    v = view("Narendra Modi est arrivé lundi à Moscou.")
    assert ("agent", v.named("Narendra Modi")) in v.roles(v.event_on("Visit", "arrivé"))


# --- participles after a comma -------------------------------------------------------------------------------------

def test_a_participle_of_coming_after_the_object_tells_of_the_object(view):
    v = view("Le Premier ministre vietnamien a reçu lundi Sergueï Lavrov, arrivé dimanche soir à Hanoï.")
    assert _doers(v, v.event_on("Visit", "arrivé")) == {v.named("Sergueï Lavrov")}


def test_a_participle_of_coming_after_a_companion_tells_of_the_companion(view):
    v = view("Kim Jong-un a visité une usine d'armement en compagnie de Sergueï Choïgou, arrivé la veille à "
             "Pyongyang.")
    assert _doers(v, v.event_on("Visit", "arrivé")) == {v.named("Sergueï Choïgou")}


def test_a_place_left_is_not_the_one_who_came(view):
    v = view("Kim Jong-un a quitté Pyongyang, arrivé la veille de Pékin.")
    assert v.named("Pyongyang") not in _doers(v, v.events_on("arrivé")[0])


def test_a_participle_between_commas_leaves_the_subject_to_the_main_verb(view):
    v = view("Le président chinois, arrivé lundi à Budapest, a rencontré Viktor Orban.")
    meeting = v.event_on("Meeting", "rencontré")
    assert _doers(v, meeting) == {v.named("Le président chinois"), v.named("Viktor Orban")}


def test_a_welcome_set_after_a_name_is_done_to_that_name(view):
    v = view("Sergueï Lavrov, accueilli à l'aéroport par Kim Jong-un, a visité une usine.")
    welcome = v.event_on("Meeting", "accueilli")
    assert ("agent", v.named("Kim Jong-un")) in v.roles(welcome)
    assert ("participant", v.named("Sergueï Lavrov")) in v.roles(welcome)
    assert ("agent", v.named("Sergueï Lavrov")) not in v.roles(welcome)


# --- relative clauses ----------------------------------------------------------------------------------------------

def test_qui_after_an_object_stands_for_the_object(view):
    v = view("Kim Jong-un a reçu Sergueï Choïgou, qui est arrivé la veille à Pyongyang.")
    assert _doers(v, v.event_on("Visit", "arrivé")) == {v.named("Sergueï Choïgou")}


def test_qui_after_the_subject_still_stands_for_the_subject(view):
    v = view("Antony Blinken, qui doit se rendre vendredi à Tokyo, a rencontré lundi Wang Yi.")
    assert _doers(v, v.event_on("Visit", "rendre")) == {v.named("Antony Blinken")}


def test_que_under_a_verb_of_coming_is_the_object_of_its_infinitive(view):
    v = view("Volodymyr Zelensky a été reçu mardi à la Maison Blanche par Joe Biden, qu'il est venu presser de "
             "débloquer une aide.")
    unblocking = v.events_on("débloquer")[0]
    assert ("agent", v.named("Joe Biden")) in v.roles(unblocking)
    assert ("agent", v.named("Volodymyr Zelensky")) not in v.roles(unblocking)
    assert not v.events_on("presser")


def test_a_guest_received_through_que_is_met_not_given(view):
    v = view("Sergueï Lavrov s'était entretenu avec son homologue Choe Son-hui, qu'il avait reçue à Moscou au début "
             "du mois.")
    hosting = v.event_on("Meeting", "reçue")
    assert ("agent", v.named("Sergueï Lavrov")) in v.roles(hosting)
    assert ("participant", v.named("Choe Son-hui")) in v.roles(hosting)
    assert not v.events("Gift")


# --- one verb, two legs --------------------------------------------------------------------------------------------

def test_puis_avec_tells_two_meetings(view):
    v = view("Sergueï Lavrov s'est entretenu avec Wang Yi puis avec Kim Jong-un.")
    lavrov, wang, kim = v.named("Sergueï Lavrov"), v.named("Wang Yi"), v.named("Kim Jong-un")
    meetings = sorted((_doers(v, e) for e in v.events("Meeting")), key=len)
    assert {lavrov, wang} in meetings and {lavrov, kim} in meetings and len(meetings) == 2


def test_avec_x_et_y_is_one_meeting(view):
    v = view("Sergueï Lavrov s'est entretenu avec Wang Yi et avec Kim Jong-un.")
    meeting = v.event("Meeting")
    assert _doers(v, meeting) == {v.named("Sergueï Lavrov"), v.named("Wang Yi"), v.named("Kim Jong-un")}


def test_puis_en_tells_two_visits(view):
    v = view("Xi Jinping se rendra ensuite en Serbie, puis en Hongrie.")
    visits = v.events("Visit")
    assert len(visits) == 2
    assert {e.get("place") for e in visits} == {v.named("Serbie"), v.named("Hongrie")}


def test_puis_before_a_second_verb_gives_each_verb_its_own_event(view):
    v = view("Vladimir Poutine a rencontré Kim Jong-un puis s'est rendu à Hanoï.")
    assert len(v.events("Meeting")) == 1
    assert _doers(v, v.event_on("Visit", "rendu")) == {v.named("Vladimir Poutine")}


# --- infinitives, gerunds, lost subjects ---------------------------------------------------------------------------

def test_an_infinitive_after_avant_de_spelt_as_a_noun_is_the_main_subjects(view):
    v = view("Alexandre Loukachenko avait été reçu mardi par Luong Cuong, avant de dîner avec Tô Lâm.")
    dinner = v.event_on("Banquet", "dîner")
    assert _doers(v, dinner) == {v.named("Alexandre Loukachenko"), v.named("Tô Lâm")}


def test_tout_en_is_the_finite_verbs_subjects(view):
    v = view("Emmanuel Macron a appelé Pékin à cesser ses pressions tout en proposant un dialogue.")
    proposal = v.event_on("Proposal", "proposant")
    assert ("agent", v.named("Emmanuel Macron")) in v.roles(proposal)
    assert ("agent", v.named("Pékin")) not in v.roles(proposal)


def test_a_gerund_after_an_accusation_is_still_the_accuseds(view):
    v = view("Le Japon accuse la Chine de jouer avec le feu en autorisant des manœuvres près de Taïwan.")
    assert ("agent", v.named("Chine")) in v.roles(v.events_on("autorisant")[0])


def test_a_subject_lost_after_an_opening_phrase_is_the_name_before_the_verb(view):
    v = view("Plus tôt dans la journée, Volodymyr Zelensky s'était entretenu avec Mike Johnson.")
    meeting = v.event_on("Meeting", "entretenu")
    assert _doers(v, meeting) == {v.named("Volodymyr Zelensky"), v.named("Mike Johnson")}


def test_an_adverbial_infinitive_after_a_relative_clause_is_the_main_clauses(view):
    v = view("Selon la police, Viktor K. aurait photographié une base où sont formés des soldats, avant de remettre "
             "ces clichés à un diplomate russe.")
    handover = v.events_on("remettre")[0]
    assert ("agent", v.named("Viktor K.")) in v.roles(handover)
    assert handover["status"] == "hypothetical"


# --- verbs of travel -----------------------------------------------------------------------------------------------

def test_gagner_a_bare_named_place_is_a_trip(view):
    v = view("Quittant Pékin jeudi, Lula a gagné Shanghai où il a visité une usine de Huawei.")
    assert _doers(v, v.event_on("Visit", "gagné")) == {v.named("Lula")}


def test_gagner_a_cup_is_no_trip(view):
    assert not view("Le Brésil a gagné samedi la Coupe du monde.").events_on("gagné")


def test_partir_du_principe_is_no_departure(view):
    assert not view("La Chine est partie du principe que les sanctions sont illégales.").events_on("partie")


def test_a_participle_describing_a_noun_stays_no_event(view):
    v = view("Les pays concernés ont condamné le tir de missile.")
    assert not v.events_on("concernés")
