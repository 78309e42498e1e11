"""The other party of an act, round 17, on sentences of our own (Pacific and South American states, European
leaders, courts): constructions of French that name a partner, or the one an act is done before or against.

- A shared act held by the subject (`a annulé un exercice conjoint avec X`, `organisera une réunion trilatérale avec
  X et Y`, `X et Y préparent des manœuvres communes`) has that subject among its participants, not when the subject
  only reacts to it (`a condamné les exercices conjoints`).
- `ensemble` in an infinitive a verb of urging controls makes the one who urges a participant.
- Homage before someone (`a défilé devant le cercueil de X`, `s'est incliné devant la dépouille de X`, `devant le
  cercueil` taken up) has the one honoured as recipient.
- `s'immiscer dans les affaires de X`: X is the recipient.
- Proceedings opened against someone (`a ouvert une enquête pour fraude visant X`): X is the recipient.
- A territory taken (`a annexé X`, `X, annexée en 2014`) is the recipient; a post held is not (`a occupé le poste`).
- A verb of urging acts on the two parties a plural phrase stands for (`pousse ses deux voisins à`), the act urged is
  done by the one urged and faces the party after `face à`; aid the parse hangs `à X` on goes to X.
- A name the parse reads as the determiner of a quoted verb is its subject and its gerund's (`X « s'isole » en se
  rapprochant de Y`).
- Reciprocal verbs of talking (`se sont parlé`, `se sont téléphoné`) are meetings of their subjects; `leur
  rencontre` is the meeting of the two told before.

Each test checks the parties of one event, or that a party is not given."""

from __future__ import annotations


def _parties(v, event: dict) -> set[tuple[str, str]]:
    return {(r, e) for r, e in v.roles(event) if r != "theme"}


def _holders(v, event: dict) -> set[str]:
    return {e for _, e in v.roles(event)}


# --- joint acts ----------------------------------------------------------------------------------------------------

def test_a_joint_exercise_called_off_has_the_subject_beside_its_partner(view):
    v = view("L'Australie a annulé un exercice naval conjoint avec l'Indonésie.")
    exercise = v.event_on("Event", "exercice")
    assert _parties(v, exercise) == {("participant", v.named("Australie")), ("participant", v.named("Indonésie"))}


def test_common_manoeuvres_of_a_coordinated_subject_have_both_states(view):
    v = view("La France et l'Allemagne préparent des manœuvres communes en mer Baltique.")
    manoeuvres = v.event_on("Event", "manœuvres")
    assert _parties(v, manoeuvres) == {("participant", v.named("France")), ("participant", v.named("Allemagne"))}


def test_a_trilateral_meeting_has_its_holder_and_every_partner(view):
    v = view("Le Brésil organisera une réunion trilatérale avec l'Argentine et le Chili.")
    meeting = v.event_on("Meeting", "réunion")
    assert _parties(v, meeting) == {("participant", v.named("Brésil")), ("participant", v.named("Argentine")),
                                    ("participant", v.named("Chili"))}


def test_a_state_that_condemns_joint_exercises_takes_no_part_in_them(view):
    v = view("La Chine a condamné les exercices conjoints avec les Philippines.")
    exercises = v.event_on("Event", "exercices")
    assert v.named("Chine") not in _holders(v, exercises)
    assert ("participant", v.named("Philippines")) in _parties(v, exercises)


def test_an_act_done_together_at_anothers_urging_has_both_parties(view):
    v = view("La France a exhorté l'Italie à renforcer ensemble la défense européenne.")
    strengthening = v.event_on("Event", "renforcer")
    assert _parties(v, strengthening) == {("participant", v.named("France")), ("participant", v.named("Italie"))}


def test_a_leader_urging_a_state_to_act_together_is_not_a_party_of_the_states_act(view):
    v = view("Emmanuel Macron a exhorté l'Italie à renforcer ensemble la défense européenne.")
    strengthening = v.event_on("Event", "renforcer")
    assert v.named("Emmanuel Macron") not in _holders(v, strengthening)


def test_without_together_the_one_who_urges_does_not_take_part(view):
    v = view("La France a exhorté l'Italie à renforcer la défense européenne.")
    strengthening = v.event_on("Event", "renforcer")
    assert v.named("France") not in _holders(v, strengthening)


# --- homage before someone -----------------------------------------------------------------------------------------

def test_bowing_before_the_remains_of_someone_honours_them(view):
    v = view("Le chancelier allemand, Olaf Scholz, s'est incliné devant la dépouille de Silvio Berlusconi.")
    bow = v.event_on("Event", "incliné")
    assert _parties(v, bow) == {("agent", v.named("Olaf Scholz")), ("recipient", v.named("Silvio Berlusconi"))}


def test_a_coffin_taken_up_is_the_one_told_before(view):
    v = view("Le président argentin, Javier Milei, a défilé devant le cercueil de Carlos Menem. Le ministre chilien, "
             "Alberto van Klaveren, s'est incliné devant le cercueil au nom du gouvernement.")
    bow = v.event_on("Event", "incliné")
    assert ("recipient", v.named("Carlos Menem")) in _parties(v, bow)
    filing = v.event_on("Event", "défilé")
    assert ("recipient", v.named("Carlos Menem")) in _parties(v, filing)


def test_a_coffin_never_told_of_honours_no_one_named(view):
    v = view("Le président argentin, Javier Milei, s'est incliné devant le cercueil au nom du gouvernement.")
    bow = v.event_on("Event", "incliné")
    assert not any(r == "recipient" for r, _ in v.roles(bow))


# --- meddling, proceedings, territories ----------------------------------------------------------------------------

def test_meddling_in_the_affairs_of_a_state_has_it_as_recipient(view):
    v = view("Le Kremlin a assuré ne pas vouloir s'immiscer dans les affaires intérieures de la Moldavie.")
    meddling = v.event_on("Event", "immiscer")
    assert ("recipient", v.named("Moldavie")) in _parties(v, meddling)


def test_proceedings_opened_against_someone_have_them_as_recipient(view):
    v = view("Le parquet brésilien a ouvert une enquête pour fraude visant l'ancien président Jair Bolsonaro.")
    opening = v.event_on("Event", "ouvert")
    assert ("recipient", v.named("ancien président Jair Bolsonaro") if v.entity_of(
        "ancien président Jair Bolsonaro") else v.named("Jair Bolsonaro")) in _parties(v, opening)


def test_proceedings_on_a_fire_have_no_recipient(view):
    v = view("Le parquet brésilien a ouvert une enquête sur l'incendie du musée.")
    for opening in v.events_on("ouvert"):
        assert not any(r == "recipient" for r, _ in v.roles(opening))


def test_a_state_annexed_is_the_recipient(view):
    v = view("En 1990, l'Irak a annexé le Koweït.")
    annexation = v.event_on("Event", "annexé")
    assert _parties(v, annexation) == {("agent", v.named("Irak")), ("recipient", v.named("Koweït"))}


def test_a_territory_described_by_the_participle_of_annexing_is_the_recipient(view):
    v = view("Les nouvelles sanctions visent la Géorgie, annexée en partie par la Russie en 2008.")
    annexation = v.event_on("Event", "annexée")
    assert ("recipient", v.named("Géorgie")) in _parties(v, annexation)


def test_a_post_held_is_no_territory_taken(view):
    v = view("Sergueï Choïgou a occupé le poste de ministre de la Défense pendant douze ans.")
    for holding in v.events_on("occupé"):
        assert not any(r == "recipient" for r, _ in v.roles(holding))


# --- urging, facing, giving ----------------------------------------------------------------------------------------

def test_urging_the_two_states_told_before_acts_on_both(view):
    v = view("Le Pérou et la Bolivie ont rompu leurs échanges. Le Brésil, qui pousse ses deux voisins à coopérer "
             "face au Paraguay, n'a pas réagi.")
    push = v.event_on("Event", "pousse")
    assert _parties(v, push) == {("agent", v.named("Brésil")), ("recipient", v.named("Pérou")),
                                 ("recipient", v.named("Bolivie"))}


def test_an_act_urged_is_done_by_the_one_urged_and_faces_its_adversary(view):
    v = view("Le Brésil pousse le Pérou à coopérer avec la Bolivie face au Paraguay.")
    cooperation = v.event_on("Event", "coopérer")
    assert _parties(v, cooperation) == {("participant", v.named("Pérou")), ("participant", v.named("Bolivie")),
                                        ("recipient", v.named("Paraguay"))}


def test_aid_given_to_a_state_the_parse_hangs_on_the_aid_goes_to_it(view):
    v = view("Le Japon va fournir une aide d'urgence à la Turquie.")
    delivery = v.event_on("Delivery", "fournir")
    assert ("recipient", v.named("Turquie")) in _parties(v, delivery)


def test_weapons_with_submunitions_have_no_recipient(view):
    v = view("Le Japon a refusé de fournir des armes à sous-munitions.")
    for delivery in v.events_on("fournir"):
        assert not any(r == "recipient" for r, _ in v.roles(delivery))


def test_a_quoted_verb_keeps_its_subject_for_the_gerund_after_it(view):
    v = view("Un diplomate européen a estimé que Caracas « s'isole un peu plus » en se rapprochant de l'Iran.")
    drawing_near = v.event_on("Event", "rapprochant")
    assert _parties(v, drawing_near) == {("participant", v.named("Caracas")), ("participant", v.named("Iran"))}


# --- reciprocal verbs of talking -----------------------------------------------------------------------------------

def test_two_leaders_who_talked_to_each_other_met(view):
    v = view("Le président chilien, Gabriel Boric, et son homologue argentin, Javier Milei, se sont parlé mardi au "
             "téléphone.")
    call = v.event_on("Meeting", "parlé")
    assert _parties(v, call) == {("participant", v.named("Gabriel Boric")), ("participant", v.named("Javier Milei"))}


def test_two_states_that_phoned_each_other_met(view):
    v = view("Le Chili et l'Argentine se sont téléphoné mardi.")
    call = v.event_on("Meeting", "téléphoné")
    assert _parties(v, call) == {("participant", v.named("Chili")), ("participant", v.named("Argentine"))}


def test_speaking_of_a_topic_is_no_meeting(view):
    v = view("Gabriel Boric a parlé mardi de la sécheresse.")
    assert not v.events("Meeting")


def test_their_meeting_is_the_meeting_of_the_two_told_before(view):
    v = view("Gabriel Boric et Javier Milei ont signé un accord lundi à Santiago. Leur rencontre a duré deux heures.")
    meeting = v.event_on("Meeting", "rencontre")
    assert _parties(v, meeting) == {("participant", v.named("Gabriel Boric")),
                                    ("participant", v.named("Javier Milei"))}
