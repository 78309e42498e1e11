"""Coordination, round 20, on sentences of our own: every conjunct a party, every coordinated verb its own act.

- Names joined by `et`, `ou` or commas are each a party, also with a title set before the second name (`X et le
  Premier ministre éthiopien Y`, `X et son homologue estonien Y`), also a list that opens the sentence before its
  verb, also the names after a `par` agent that the parse hangs elsewhere (`présenté par X et Y`); a comma with no
  `et` closing the list joins nothing (`par X, la Chine s'abstenant`).
- A plural office shared out among states (`Les présidents russe et biélorusse`) is one holder per state.
- A subject list before the verb of a `que` clause is that verb's subject (`que Pékin et Hanoï voulaient`), and a
  doer some rule gives an event noun shares its role with its conjuncts (`X et Y préparent une attaque`).
- A participle with no auxiliary after `et` shares the auxiliary of the verb above a relative clause (`a dénoncé
  un projet qui « ... » et exhorté X à`), or after a comma in a list closed by `et` (`a convoqué X, expulsé Y et
  suspendu Z`); a verb with its own auxiliary joined to a noun by the parse is the first verb's conjunct (`s'est
  rendu à Prague et a rencontré X`); each is an act of the shared subject, also of every name in a plural subject.
- The clitic `y` of a verb whose `à` complement is a thing (`à y renoncer`, `y mettre fin`) names no place.
"""

from __future__ import annotations


def _doers(v, event: dict) -> set[str]:
    return {e for r, e in v.roles(event) if r in ("agent", "participant")}


# --- names joined as one subject -----------------------------------------------------------------------------------

def test_two_titled_names_both_sign(view):
    v = view("Le président kényan William Ruto et le Premier ministre éthiopien Abiy Ahmed ont signé jeudi un "
             "accord portuaire.")
    signing = v.event_on("Agreement", "signé")
    assert {v.named("William Ruto"), v.named("Abiy Ahmed")} <= _doers(v, signing)


def test_a_counterpart_before_a_name_speaks_too(said):
    result = said("Le président finlandais Alexander Stubb et son homologue estonien Alar Karis ont dénoncé une "
                  "« provocation ».")
    acts = result.on("ont dénoncé")
    assert [result.label(a.speaker) for a in acts] == ["Alexander Stubb", "Alar Karis"]
    assert all(a.quotes == ["provocation"] for a in acts)


def test_a_title_before_a_name_makes_it_a_person(view):
    v = view("Le président finlandais Alexander Stubb et son homologue estonien Alar Karis ont signé un accord.")
    assert v.entity(v.named("Alar Karis"))["type"] == "person"


def test_a_place_after_a_preposition_is_no_titled_person(view):
    v = view("Le Premier ministre grec a rencontré le président serbe à Belgrade.")
    assert v.entity(v.named("Belgrade"))["type"] != "person"


def test_a_list_of_capitals_opening_the_sentence_speaks_three_times(said):
    result = said("Tokyo, Séoul et Washington ont condamné le tir.")
    acts = result.on("ont condamné")
    assert [result.label(a.speaker) for a in acts] == ["Japon", "Corée du Sud", "États-Unis"]


def test_either_state_may_host(view):
    v = view("Le Brésil ou l'Argentine accueillera le prochain sommet.")
    hosting = v.event_on("Meeting", "sommet")  # (the summit is the meeting, its host the agent: gold README)
    assert {v.named("Brésil"), v.named("Argentine")} <= _doers(v, hosting)


# --- names joined after a `par` agent ------------------------------------------------------------------------------

def test_two_sponsors_after_par_put_the_text_forward(view):
    v = view("Le projet, présenté par la Norvège et le Chili, exigeait un cessez-le-feu.")
    proposal = v.event_on("Proposal", "présenté")
    assert {("agent", v.named("Norvège")), ("agent", v.named("Chili"))} <= v.roles(proposal)
    assert ("theme", v.named("Chili")) not in v.roles(proposal)


def test_a_comma_with_no_closing_et_joins_no_second_sponsor(view):
    v = view("Le Conseil a adopté le projet présenté par le Japon, la Chine s'abstenant.")
    proposal = v.event_on("Proposal", "présenté")
    assert v.named("Chine") not in _doers(v, proposal)


# --- plural offices and subject lists --------------------------------------------------------------------------

def test_a_shared_out_office_is_one_holder_per_state(view):
    v = view("Les présidents russe et biélorusse ont signé une déclaration commune.")
    signing = v.event_on("Agreement", "signé")
    assert {"Q7747", "Q2866"} <= _doers(v, signing)


def test_a_subject_list_in_a_que_clause_does_the_act(view):
    v = view("Le diplomate a estimé que Pékin et Hanoï voulaient tromper Washington.")
    deceit = v.event_on("Event", "tromper")
    assert {v.named("Pékin"), v.named("Hanoï")} <= _doers(v, deceit)


def test_an_event_noun_planned_by_two_states_is_theirs(view):
    v = view("La Chine et la Russie préparent une offensive.")
    offensive = v.event_on("Event", "offensive")
    assert {v.named("Chine"), v.named("Russie")} <= _doers(v, offensive)


def test_one_owner_is_not_shared_by_a_plural_subject(view):
    v = view("La Chine et la Russie ont annoncé son retrait.")
    assert all(len(_doers(v, e)) <= 1 for e in v.events_on("retrait"))


# --- verbs sharing one subject, one auxiliary ------------------------------------------------------------------

def test_a_participle_after_a_relative_clause_is_the_main_subjects_call(said):
    result = said("Le Chili a critiqué un projet qui « menace les glaciers » et exhorté l'Argentine à y renoncer.")
    call = result.on("exhorté")
    assert len(call) == 1 and result.label(call[0].speaker) == "Chili"


def test_y_after_renoncer_names_no_place(view):
    v = view("Le Chili a critiqué un projet qui menace les glaciers et exhorté l'Argentine à y renoncer.")
    assert v.entity_of("y") is None
    renunciation = v.event_on("Event", "renoncer")
    assert ("agent", v.named("Argentine")) in v.roles(renunciation)


def test_y_after_a_verb_of_meeting_is_still_the_place(view):
    v = view("Le ministre est arrivé au Laos. Il y rencontrera son homologue.")
    assert v.entity_of("y") == v.named("Laos")


def test_participles_listed_after_a_comma_share_the_subject(view):
    v = view("La Lettonie a convoqué l'ambassadeur biélorusse, expulsé deux diplomates et suspendu les vols.")
    expulsion = v.event_on("Event", "expulsé")
    assert ("agent", v.named("Lettonie")) in v.roles(expulsion)
    assert ("recipient", v.named("deux diplomates")) in v.roles(expulsion)


def test_a_listed_participle_of_speech_is_no_incise(said):
    result = said("La Lettonie a convoqué l'ambassadeur, dénoncé une provocation et fermé la frontière.")
    denunciation = result.on("dénoncé")
    assert len(denunciation) == 1 and result.label(denunciation[0].speaker) == "Lettonie"


def test_a_participle_describing_a_noun_between_commas_is_no_act(view):
    v = view("Le ministre a visité le site, bombardé la veille, et rencontré des habitants.")
    assert all(v.named("le site") not in _doers(v, e) for e in v.events_on("bombardé"))
    assert not any(e["type"] == "Event" and "bombardé" in e["trigger"]["text"] and _doers(v, e)
                   for e in v.data["events"])


def test_a_verb_with_its_own_auxiliary_meets_the_name_after_it(view):
    v = view("Le chancelier autrichien s'est rendu à Prague et a rencontré Petr Fiala.")
    meeting = v.event_on("Meeting", "rencontré")
    assert v.named("Petr Fiala") in _doers(v, meeting)


def test_three_states_sharing_an_auxiliary_each_make_the_second_act(said):
    result = said("Le Kazakhstan, l'Ouzbékistan et le Kirghizstan ont condamné l'attaque et réclamé une enquête.")
    assert len(result.on("réclamé")) == 3


def test_a_subject_with_a_relative_set_off_speaks_both_acts(said):
    result = said("Le Danemark, qui réclame depuis des mois un embargo, a dénoncé un accord qui « finance la "
                  "guerre » et appelé Oslo à y renoncer.")
    assert [result.label(a.speaker) for a in result.on("a dénoncé")] == ["Danemark"]
    assert [result.label(a.speaker) for a in result.on("appelé")] == ["Danemark"]


# --- titles alone, sources joined ----------------------------------------------------------------------------------

def test_a_title_the_recogniser_took_alone_names_no_one(view):
    v = view("La Première ministre italienne Giorgia Meloni et le chancelier allemand Olaf Scholz se sont "
             "entretenus.")
    meeting = v.event_on("Meeting", "entretenus")
    assert _doers(v, meeting) == {v.named("Giorgia Meloni"), v.named("Olaf Scholz")}
    assert v.entity_of("Première ministre italienne") is None


def test_a_title_the_recogniser_took_into_a_body_is_left_out_of_the_name(view):
    v = view("La Première ministre lituanienne Ingrida Simonyte et le chancelier allemand Olaf Scholz se sont "
             "entretenus.")
    meeting = v.event_on("Meeting", "entretenus")
    assert v.named("Ingrida Simonyte") in _doers(v, meeting)
    assert v.entity(v.named("Ingrida Simonyte"))["type"] == "person"


def test_two_sources_after_selon_report_twice(said):
    result = said("Selon Tokyo et Séoul, Pyongyang a tiré trois missiles.")
    assert [result.label(a.speaker) for a in result.on("Selon")] == ["Japon", "Corée du Sud"]


def test_the_subject_after_a_selon_phrase_is_no_source(said):
    result = said("Selon Tokyo, Pékin et Moscou ont signé un accord.")
    assert [result.label(a.speaker) for a in result.on("Selon")] == ["Japon"]


def test_a_participle_with_its_object_after_an_object_relative_is_the_main_subjects(said):
    result = said("La Grèce a dénoncé l'incursion, qu'elle a qualifiée de « grave », et promis une réponse.")
    promise = result.on("promis")
    assert len(promise) == 1 and result.label(promise[0].speaker) == "Grèce"


def test_three_cities_the_linker_does_not_know_all_sign(view):
    v = view("Riga, Vilnius et Tallinn ont signé un accord énergétique.")
    signing = v.event_on("Agreement", "signé")
    assert {v.named("Riga"), v.named("Vilnius"), v.named("Tallinn")} <= _doers(v, signing)


def test_a_place_of_arrival_is_no_second_signer(view):
    v = view("Le ministre est arrivé à Bakou et Tbilissi a signé un accord.")
    signing = v.event_on("Agreement", "signé")
    assert v.named("Bakou") not in _doers(v, signing)
