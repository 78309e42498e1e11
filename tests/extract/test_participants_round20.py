"""Participants the grammar hands down, round 20, on sentences of our own.

- A finite verb the parse hangs on the name before it as a relative clause, with no relative word (`Kim Jong-un doit
  s'entretenir`: the name's last part taken for an article), is the main verb: the name is its subject, and the
  subject of the infinitive under it. A true relative (`que`, `qui`, `dont`) keeps its own reading.
- `avoir` and a noun over a `de` infinitive (`la Chine a le devoir de protéger`, `X avait « l'obligation »
  d'arrêter`), `avoir` parsed as the noun's auxiliary or copula: the subject of `avoir` does the act, not the
  speaker of the clause above; when that subject names nothing the extractor knows, nobody else is put in its
  place.
- One named after `, dont` behind a plural object (`a libéré onze détenus, dont l'opposant X`) is a party of the act
  in the object's role; not the noun of a relative clause (`dont la voiture avait été volée`), nor anyone in a
  `dont` clause with a verb of its own.
- A `lui` after a preposition in an adverbial clause with a subject of its own (`depuis que la Cour a émis un mandat
  contre lui`, `alors que Y votait contre lui`) stands for the person subject of the main clause, not for the
  person named last; an infinitive clause (`avant de voter contre lui`) is done by that subject, so `lui` is
  someone else."""

from __future__ import annotations


def _doers(v, event: dict) -> set[str]:
    return {e for r, e in v.roles(event) if r in ("agent", "participant")}


def test_a_name_before_a_misparsed_modal_is_the_subject_of_the_meeting(view):
    v = view("Escorté par des gardes, Kim Jong-un doit s'entretenir jeudi avec le président Xi.")
    meeting = v.event_on("Meeting", "entretenir")
    assert v.named("Kim Jong-un") in _doers(v, meeting)


def test_the_partner_stays_beside_the_recovered_subject(view):
    v = view("Escorté par des gardes, Kim Jong-un doit s'entretenir jeudi avec le président Xi.")
    meeting = v.event_on("Meeting", "entretenir")
    assert len(_doers(v, meeting)) == 2


def test_a_plain_main_clause_keeps_its_subject(view):
    v = view("Kim Jong-un a rencontré jeudi le président Xi.")
    meeting = v.event_on("Meeting", "rencontré")
    assert v.named("Kim Jong-un") in _doers(v, meeting)


def test_a_relative_with_que_does_not_make_its_antecedent_the_subject(view):
    v = view("Le président Xi, que Kim Jong-un doit rencontrer jeudi, est arrivé.")
    meeting = v.event_on("Meeting", "rencontrer")
    assert v.named("Kim Jong-un") in _doers(v, meeting)


def test_a_relative_with_qui_keeps_its_antecedent(view):
    v = view("Le président Lula, qui doit rencontrer jeudi Xi Jinping, est arrivé à Pékin.")
    meeting = v.event_on("Meeting", "rencontrer")
    assert v.named("Lula") in _doers(v, meeting)


def test_an_opening_participle_hands_its_subject_to_the_meeting(view):
    v = view("Accompagné de son épouse, Emmanuel Macron doit rencontrer jeudi le président Lula.")
    meeting = v.event_on("Meeting", "rencontrer")
    assert v.named("Emmanuel Macron") in _doers(v, meeting)
    assert v.named("Lula") in _doers(v, meeting)


def test_the_escort_is_not_a_participant_of_the_meeting(view):
    v = view("Escorté par des gardes, Kim Jong-un doit s'entretenir jeudi avec le président Xi.")
    meeting = v.event_on("Meeting", "entretenir")
    assert v.entity_of("des gardes") not in _doers(v, meeting) or v.entity_of("des gardes") is None


def test_a_subject_written_before_the_modal_is_kept(view):
    v = view("Le président Lula doit s'entretenir vendredi avec Xi Jinping.")
    meeting = v.event_on("Meeting", "entretenir")
    assert v.named("Xi Jinping") in _doers(v, meeting)


# --- `avoir` and a noun of duty or means over an infinitive ----------------------------------------------------------

def test_the_subject_of_avoir_le_devoir_does_the_act(view):
    v = view("La Chine a le devoir de protéger ses citoyens.")
    protection = v.event_on("Event", "protéger")
    assert ("agent", v.named("Chine")) in v.roles(protection)


def test_the_subject_of_avoir_la_possibilite_does_the_act(view):
    v = view("Le Japon a la possibilité de livrer des armes à l'Ukraine.")
    delivery = v.event_on("Delivery", "livrer")
    assert ("agent", v.named("Japon")) in v.roles(delivery)
    assert ("agent", v.named("Ukraine")) not in v.roles(delivery)


def test_a_quoted_duty_of_a_named_state_is_done_by_that_state(view):
    v = view("Un porte-parole de l'ONU, Jean Dupont, a rappelé que la Hongrie avait « l'obligation » "
             "d'arrêter le suspect.")
    arrest = v.event_on("Event", "arrêter")
    assert v.named("Hongrie") in _doers(v, arrest)
    assert v.named("Jean Dupont") not in _doers(v, arrest)


def test_the_speaker_does_not_stand_in_for_an_unknown_subject_of_the_duty(view):
    v = view("Un porte-parole de l'ONU, Jean Dupont, a rappelé que les pays membres avaient « l'obligation » "
             "d'arrêter le suspect.")
    for arrest in v.events_on("arrêter"):
        assert v.named("Jean Dupont") not in _doers(v, arrest)


def test_a_dative_of_asking_still_does_the_act(view):
    v = view("Le Japon a demandé à la Chine de protéger ses citoyens.")
    protection = v.event_on("Event", "protéger")
    assert ("agent", v.named("Chine")) in v.roles(protection)
    assert ("agent", v.named("Japon")) not in v.roles(protection)


# --- one named among the many an act is done to --------------------------------------------------------------------

def test_a_name_after_dont_is_a_recipient_beside_the_many(view):
    v = view("Le Venezuela a libéré samedi onze détenus, dont l'opposant Luis Rojas, à l'issue d'une visite.")
    release = v.event_on("Event", "libéré")
    assert ("recipient", v.named("Luis Rojas")) in v.roles(release)
    assert ("recipient", v.named("onze détenus")) in v.roles(release)


def test_a_bare_name_after_dont_is_a_recipient(view):
    v = view("La police a arrêté trois militants, dont Marie Dubois.")
    arrest = v.event_on("Event", "arrêté")
    assert ("recipient", v.named("Marie Dubois")) in v.roles(arrest)


def test_a_relative_dont_clause_adds_no_party(view):
    v = view("La police a arrêté trois militants dont la voiture avait été volée.")
    arrest = v.event_on("Event", "arrêté")
    assert v.entity_of("la voiture") not in {e for _, e in v.roles(arrest)}


def test_a_dont_clause_with_its_own_verb_adds_no_party(view):
    v = view("La police a arrêté trois militants, dont deux avaient déjà été condamnés par Marie Dubois.")
    arrest = v.event_on("Event", "arrêté")
    assert v.entity_of("Marie Dubois") not in {e for _, e in v.roles(arrest)}


# --- `lui` after a preposition in an adverbial clause --------------------------------------------------------------

def test_lui_in_a_depuis_que_clause_is_the_main_subject(view):
    v = view("Benjamin Netanyahou s'est entretenu lundi avec le Premier ministre hongrois, Viktor Orban, lors de sa "
             "visite dans un pays membre de la Cour pénale internationale depuis que celle-ci a émis un mandat "
             "d'arrêt contre lui.")
    assert v.named("lui") == v.named("Benjamin Netanyahou")


def test_lui_in_an_alors_que_clause_is_the_main_subject(view):
    v = view("Jean Dupont a déjeuné avec Paul Martin, alors que Marie Dubois votait contre lui.")
    assert v.named("lui") == v.named("Jean Dupont")


def test_lui_after_an_infinitive_of_the_main_subject_is_someone_else(view):
    v = view("Jean Dupont a déjeuné avec Paul Martin avant de voter contre lui.")
    assert v.named("lui") != v.named("Jean Dupont")
