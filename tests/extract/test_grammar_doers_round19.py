"""Doers the grammar hands down, round 19, on sentences of our own: a verb's doer written elsewhere in the sentence.

- A participle after `et` that shares the auxiliary of the verb before it (`a encerclé un village et tué trois
  civils`) is that verb's conjunct, not a word describing its object, also when its own object opens with a number
  or a partitive `des` the tagger takes for the preposition; it shares the subject. A participle that agrees with
  the noun before it (`des chars modernisés et équipés des derniers missiles`) still describes that noun.
- A second clause whose subject the parse joins to the first clause's object (`X a condamné Y et Z a convoqué ...`)
  has that noun as its own subject, not the first clause's.
- A participle with no auxiliary joined by `et` to the simple-tense verb of a `que` clause (`X a affirmé que Y
  menaçait sa frontière et convoqué l'ambassadeur`) shares the auxiliary, and the subject, of the verb above the
  clause; a participle that agrees with a feminine noun (`que la ville restait encerclée et isolée`) does not.
- A relative `qui` after an apposition set between commas after a name (`Le Canada, premier partenaire du
  Mexique, qui a imposé`) stands for the name; not for a name inside a `de` phrase (`L'ambassadeur du Brésil, un
  diplomate chevronné, qui`), nor for the main subject when `qui` follows a thing (`a critiqué l'accord, qui a été
  signé par X`).

Each test checks who does one event, and who does not."""

from __future__ import annotations


def _doers(v, event: dict) -> set[str]:
    return {e for r, e in v.roles(event) if r in ("agent", "participant")}


# --- a participle sharing the auxiliary of the verb before it ------------------------------------------------------

def test_a_participle_after_et_with_a_number_shares_the_subject(view):
    v = view("L'Égypte a encerclé un camp et tué trois miliciens.")
    killing = v.event_on("Event", "tué")
    assert ("agent", v.named("Égypte")) in v.roles(killing)


def test_a_participle_after_et_with_a_partitive_object_shares_the_subject(view):
    v = view("La Pologne a convoqué l'ambassadeur du Bélarus et expulsé des diplomates.")
    expulsion = v.event_on("Event", "expulsé")
    assert ("agent", v.named("Pologne")) in v.roles(expulsion)
    assert ("recipient", v.named("des diplomates")) in v.roles(expulsion)


def test_the_first_verb_keeps_its_own_object_when_a_participle_is_joined(view):
    v = view("La Pologne a convoqué l'ambassadeur du Bélarus et expulsé des diplomates.")
    summons = v.event_on("Event", "convoqué")
    assert ("recipient", v.named("des diplomates")) not in v.roles(summons)


def test_a_participle_after_et_does_not_take_the_number_as_its_doer(view):
    v = view("Ils ont attaqué une caserne et tué trois soldats.")
    killing = v.event_on("Event", "tué")
    soldiers = v.named("trois soldats")
    assert ("agent", soldiers) not in v.roles(killing)
    assert all(soldiers not in v.roles(e) for e in v.events_on("attaqué"))


def test_a_participle_agreeing_with_the_noun_still_describes_it(view):
    v = view("La Russie a livré des chars modernisés et équipés des derniers missiles.")
    assert not v.events_on("équipés")
    delivery = v.event_on("Delivery", "livré")
    assert ("agent", v.named("Russie")) in v.roles(delivery)


# --- a second clause's subject read as a conjunct of the first object ----------------------------------------------

def test_a_second_clause_has_its_own_subject(view):
    v = view("La Chine a condamné les États-Unis et la Corée du Sud a convoqué deux diplomates.")
    summons = v.event_on("Meeting", "convoqué")
    assert ("agent", v.named("Corée du Sud")) in v.roles(summons)
    assert v.named("Chine") not in _doers(v, summons)


def test_a_second_strike_is_the_second_subjects(view):
    v = view("La Russie a bombardé Kharkiv et l'Ukraine a frappé Belgorod.")
    strike = v.event_on("Event", "frappé")
    assert _doers(v, strike) == {v.named("Ukraine")}
    assert ("recipient", v.named("Belgorod")) in v.roles(strike)


def test_a_verb_joined_with_no_subject_still_shares_the_first_one(view):
    v = view("La Chine a condamné les États-Unis et a convoqué deux diplomates.")
    summons = v.event_on("Meeting", "convoqué")
    assert ("agent", v.named("Chine")) in v.roles(summons)


def test_two_objects_joined_by_et_are_no_second_subject(view):
    v = view("La Russie a livré des armes à la Syrie et à l'Iran.")
    delivery = v.event_on("Delivery", "livré")
    assert _doers(v, delivery) == {v.named("Russie")}
    assert {("recipient", v.named("Syrie")), ("recipient", v.named("Iran"))} <= v.roles(delivery)


# --- a participle sharing the auxiliary of the verb above a `que` clause -------------------------------------------

def test_a_participle_after_a_que_clause_is_the_main_subjects_act(view):
    v = view("La Turquie a affirmé que la Syrie menaçait sa frontière et convoqué l'ambassadeur syrien.")
    summons = v.event_on("Meeting", "convoqué")
    assert ("agent", v.named("Turquie")) in v.roles(summons)
    assert v.named("Syrie") not in _doers(v, summons)


def test_the_que_clause_keeps_its_own_subject(view):
    v = view("Le Japon a affirmé que la Chine menaçait Taïwan et convoqué l'ambassadeur chinois.")
    threat = v.events_on("menaçait")
    assert all(v.named("Japon") not in _doers(v, e) for e in threat)
    summons = v.event_on("Meeting", "convoqué")
    assert v.named("Chine") not in _doers(v, summons)


def test_a_delivery_announced_after_a_que_clause_is_not_the_clauses_subjects(view):
    v = view("Le Canada a affirmé que l'armée russe contrôlait la ville et annoncé l'envoi de renforts.")
    assert all(v.named("l'armée russe") not in _doers(v, e) for e in v.events_on("envoi"))


def test_an_agreeing_participle_in_a_que_clause_is_no_act(view):
    v = view("Le Japon a déclaré que la ville restait encerclée et isolée.")
    assert not v.events_on("isolée")


# --- a present participle after a comma ---------------------------------------------------------------------------

def test_a_participle_after_a_comma_kills_by_the_main_subjects_hand(view):
    v = view("L'Inde a bombardé des camps, tuant douze militants.")
    killing = v.event_on("Event", "tuant")
    assert ("agent", v.named("Inde")) in v.roles(killing)


def test_a_participle_describing_the_object_is_no_act_of_the_subject(view):
    v = view("La frégate a escorté un cargo et un pétrolier, battant pavillon panaméen, hors des eaux grecques.")
    assert all(v.named("La frégate") not in _doers(v, e) for e in v.events_on("battant"))


def test_an_absolute_participle_keeps_its_own_subject(view):
    v = view("La Syrie refusant de coopérer, la Turquie a saisi l'ONU.")
    refusal = v.events_on("coopérer")
    assert refusal and all(v.named("Turquie") not in _doers(v, e) for e in refusal)
    assert any(v.named("Syrie") in _doers(v, e) for e in refusal)


# --- a relative after an apposition -------------------------------------------------------------------------------

def test_a_relative_after_an_apposition_stands_for_the_name(view):
    v = view("Le Canada, premier partenaire commercial du Mexique, qui a imposé des sanctions à la Russie, a "
             "annoncé de nouvelles mesures.")
    sanction = v.event_on("Sanction", "imposé")
    assert ("agent", v.named("Canada")) in v.roles(sanction)
    assert ("recipient", v.named("Russie")) in v.roles(sanction)


def test_a_relative_after_an_apposition_of_a_state_delivers(view):
    v = view("L'Allemagne, premier fournisseur d'armes de la Pologne, qui a livré des chars à Varsovie, a démenti.")
    delivery = v.event_on("Delivery", "livré")
    assert ("agent", v.named("Allemagne")) in v.roles(delivery)


def test_a_name_inside_a_de_phrase_is_no_antecedent(view):
    v = view("L'ambassadeur du Brésil, un diplomate chevronné, qui a signé un accord avec l'Argentine, a démenti.")
    signing = v.event_on("Agreement", "signé")
    assert v.named("Brésil") not in _doers(v, signing)


def test_a_relative_after_a_thing_gives_no_doer_to_the_main_subject(view):
    v = view("Le Pérou a critiqué l'accord, qui a été signé par le Chili.")
    signing = v.event_on("Agreement", "signé")
    assert v.named("Pérou") not in _doers(v, signing)
    assert v.named("Chili") in _doers(v, signing)
