"""Speech acts, round 17, on sentences written for these tests (not taken from the gold corpus, the held-out corpus
or the bundled article). The constructions: a congratulation (`a félicité X`, not only `s'est félicité`); a summons
whose purpose is a protest (`a convoqué l'ambassadeur pour protester`); words of courtesy sent (`a adressé ses
condoléances`: the trigger runs on to them); a tribute paid in words (`a rendu hommage à « ... »`, `dans un
discours`); an unnamed speaker's origin (`une retraitée venue de X`); a body named with a point of the compass
(`le commandement du théâtre Est`); what a body takes a thing for (`y voit le signe d'une ...`); `selon un
communiqué` with no author named (the body that spoke); a call defied (`malgré les appels de X et de Y`: one act
each); an unnamed source inside a body (`une source au sein de sa délégation`: not the body); a reason given
(`invoquant des « raisons »`); a text speaking for those who put it forward (`présenté par X et Y, qui appelait`);
the people around someone (`l'équipe de X`: not X)."""

from __future__ import annotations

from tests.extract.conftest import Act

UKRAINE, UNITED_STATES, JAPAN = "Q212", "Q30", "Q17"


def shown(act: Act) -> tuple[str, str, str]:
    return act.type, act.trigger, act.speaker


# --- a congratulation --------------------------------------------------------------------------------------------
def test_a_congratulation_of_someone_is_a_statement(said):
    found = said("La présidente Anne Martin a félicité son homologue par téléphone pour sa victoire.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Statement", "a félicité", "Anne Martin")


def test_congratulating_oneself_still_is_a_statement(said):
    act = said("Le ministre Paul Durand s'est félicité de l'accord.").one()
    assert (act.type, act.trigger) == ("Statement", "s'est félicité")


# --- a summons to protest ----------------------------------------------------------------------------------------
def test_a_summons_to_protest_is_the_summoner_statement(said):
    act = said("L'Ukraine a convoqué l'ambassadeur de Hongrie à Kiev pour protester contre ces propos.").one()
    assert shown(act) == ("Statement", "protester", UKRAINE)


def test_a_march_to_protest_is_no_speech(said):
    assert said("Des milliers d'étudiants ont défilé samedi pour protester contre la hausse des frais.").acts == []


def test_a_summons_to_discuss_is_no_speech(said):
    assert said("Le ministre Paul Durand a convoqué les syndicats pour discuter du budget.").acts == []


# --- words of courtesy sent ----------------------------------------------------------------------------------------
def test_condolences_sent_name_the_act_with_their_verb(said):
    found = said("Le maire Paul Durand avait lui aussi adressé ses condoléances mardi aux familles.")
    act = found.one()
    assert (act.type, act.trigger) == ("Statement", "adressé ses condoléances")
    assert found.label(act.speaker) == "Paul Durand"


def test_a_protest_sent_is_still_told_by_its_verb(said):
    act = said("L'Ukraine a adressé une protestation officielle à la Hongrie.").one()
    assert shown(act) == ("Statement", "a adressé", UKRAINE)


# --- a tribute in words --------------------------------------------------------------------------------------------
def test_a_tribute_with_its_words_is_a_statement(said):
    found = said("Paul Durand, qui avait rendu hommage à « un homme de dialogue », assistera aux obsèques.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Statement", "avait rendu hommage", "Paul Durand")


def test_a_tribute_in_a_speech_is_a_statement(said):
    found = said("Anne Martin a rendu hommage aux pompiers dans un discours prononcé à Lyon.")
    assert [(a.trigger, found.label(a.speaker)) for a in found.acts] == [("a rendu hommage", "Anne Martin")]


def test_a_wreath_laid_in_tribute_is_no_speech(said):
    assert said("Le maire Paul Durand a rendu hommage aux soldats tombés en déposant une gerbe.").acts == []


def test_a_verdict_rendered_is_no_speech(said):
    assert said("Le tribunal de Lyon a rendu son verdict mardi.").acts == []


# --- who an unnamed speaker is ------------------------------------------------------------------------------------
def test_an_unnamed_speaker_keeps_where_she_came_from(said):
    found = said("« Nous attendions ce jour », a confié à l'AFP une habitante venue de la ville de Lille, qui "
                 "patientait depuis l'aube.")
    act = found.one()
    assert found.label(act.speaker) == "une habitante venue de la ville de Lille"


def test_a_body_named_with_a_point_of_the_compass_keeps_it(said):
    found = said("Des navires encerclent le port, a indiqué le commandement du théâtre Sud de la marine, qui mène "
                 "des exercices.")
    act = found.one()
    assert found.label(act.speaker) == "le commandement du théâtre Sud"


# --- what a body takes a thing for ----------------------------------------------------------------------------------
def test_a_body_seeing_the_sign_of_something_speaks(said):
    found = said("Le port a été fermé, a annoncé le ministère polonais de l'Intérieur, qui y voit le signe d'une "
                 "menace « sérieuse ».")
    seen, = found.on("voit")
    assert found.label(seen.speaker) == "le ministère polonais de l'Intérieur"


def test_seeing_the_sign_of_a_place_is_no_speech(said):
    assert said("Les enquêteurs ont vu le signe de la sortie depuis la route.").acts == []


# --- `selon un communiqué` with no author ---------------------------------------------------------------------------
def test_a_communique_with_no_author_is_the_body_that_spoke(said):
    found = said("La marine a suivi un pétrolier, a annoncé mercredi le ministère belge de la Défense. Le navire a "
                 "quitté la zone mardi, selon un communiqué.")
    announced, according = found.acts
    assert (according.type, according.trigger) == ("Report", "selon")
    assert according.speaker == announced.speaker
    assert found.label(according.speaker) == "le ministère belge de la Défense"


def test_a_communique_after_a_person_names_no_one(said):
    assert said("Le président Jean Dupont a visité l'usine. Le site emploie 300 personnes, selon un "
                "communiqué.").acts == []


# --- a call defied ------------------------------------------------------------------------------------------------
def test_calls_of_two_are_one_act_each(said):
    found = said("Les autorités n'ont pas arrêté le dirigeant, malgré les appels de Kiev et de plusieurs "
                 "organisations de défense des droits humains.")
    acts = found.on("appels")
    assert [a.type for a in acts] == ["Statement", "Statement"] and acts[0].speaker == UKRAINE
    assert found.label(acts[1].speaker) == "plusieurs organisations de défense des droits humains"


def test_calls_for_tenders_are_no_speech(said):
    assert said("Malgré les appels d'offres, le projet a échoué.").acts == []


# --- an unnamed source inside a body --------------------------------------------------------------------------------
def test_a_source_within_a_delegation_is_a_speaker_of_its_own(said):
    found = said("Le ministre polonais a confirmé l'accord. Selon une source au sein de sa délégation, les émissaires "
                 "ont exigé un retrait.")
    according, = found.on("Selon")
    assert found.label(according.speaker) == "une source au sein de sa délégation"


# --- a reason given -------------------------------------------------------------------------------------------------
def test_a_reason_invoked_is_a_second_statement_of_the_speaker(said):
    found = said("La Pologne a annulé un exercice naval, a annoncé mercredi le ministère polonais de la Défense, "
                 "invoquant des « raisons opérationnelles ».")
    announced, invoked = found.acts
    assert (invoked.type, invoked.trigger, invoked.quotes) == ("Statement", "invoquant", ["raisons opérationnelles"])
    assert invoked.speaker == announced.speaker


def test_a_genocide_invoked_in_an_accusation_is_no_act_of_the_accuser(said):
    found = said("L'Ukraine accuse la Russie d'avoir invoqué à tort un génocide.")
    assert [a.trigger for a in found.acts] == ["accuse"]


# --- a text speaks for those who put it forward -----------------------------------------------------------------------
def test_a_draft_put_forward_by_two_states_is_one_call_each(said):
    found = said("La Russie a opposé son veto à un projet de résolution, présenté par les États-Unis et le Japon, qui "
                 "appelait les États à ne pas mettre d'armes en orbite.")
    assert [shown(a) for a in found.on("appelait")] == [("Statement", "appelait", UNITED_STATES),
                                                         ("Statement", "appelait", JAPAN)]


def test_a_text_put_forward_by_a_state_speaks_for_it(said):
    found = said("Le texte, présenté par les États-Unis, demandait aux belligérants de « cesser les hostilités ».")
    assert [shown(a) for a in found.acts] == [("Statement", "demandait", UNITED_STATES)]


# --- the people around someone --------------------------------------------------------------------------------------
def test_the_team_of_a_person_speaks_for_itself(said):
    found = said("L'équipe de Jean Dupont, qui doit entrer en fonctions en janvier, a promis de baisser les impôts.")
    act = found.one()
    assert (act.type, found.label(act.speaker)) == ("Assurance", "L'équipe de Jean Dupont")
