"""Speech acts, round 8 (session 6), on sentences written for these tests (not taken from the gold corpus, the
held-out corpus or the bundled article), on topics beyond the gold ones (disasters, justice, energy, health, labour).
The classes: a court's sentence (`le tribunal a condamné X à cinq ans`, `sera jugé par un tribunal`) is a deed, not
also a stance, while `condamner l'attaque` stays one; a noun with its own article (`l'accusé`) is no participle; the
subject of a passive with a copula (`que l'approvisionnement était garanti`) never speaks; `garantir` speaks only
with the words it governs; a participle after a main verb that does not report (`a réagi ..., qualifiant X de`) has
the main subject for speaker, an unnamed source if need be; a refusal carried by a verb over the verb of making
(`n'a pas souhaité faire de commentaire`); and the reporting verbs, institutions and groups wire copy uses on any
topic. Sentences where nothing must come out are checked too."""

from __future__ import annotations

import pytest
from tests.extract.conftest import Act


def told(act: Act) -> tuple[str, str, str]:
    return act.type, act.trigger, act.status


# --- `condamner`, `juger`: a stance in words, or a court's deed ------------------------------------------------
def test_condemning_an_attack_is_a_statement_and_no_event(view):
    found = view("La ministre de la Culture Hélène Roy a condamné jeudi l'incendie du musée.")
    [act] = found.data["speech_acts"]
    assert (act["type"], act["trigger"]["text"]) == ("Statement", "a condamné")
    assert not found.events_on("condamné")


def test_a_court_sentencing_people_is_an_event_and_no_speech(view):
    found = view("La cour d'appel de Rennes a condamné deux anciens gardiens à six ans de prison.")
    assert found.data["speech_acts"] == []
    assert found.events_on("condamné")


def test_a_judge_fining_a_defendant_says_nothing(said):
    assert said("Le juge Paul Morel a condamné l'accusé à une lourde amende.").acts == []


def test_a_parliament_condemning_a_crackdown_still_speaks(said):
    act = said("Le Parlement européen a fermement condamné la répression des grévistes.").one()
    assert (act.type, act.status) == ("Statement", "occurred") and act.trigger.endswith("condamné")
    assert act.quotes == []


def test_being_tried_by_a_court_is_no_speech_of_the_court(said):
    assert said("L'ancien directeur de la banque sera jugé par un tribunal correctionnel en mai.").acts == []


def test_judging_a_situation_is_still_an_opinion(said):
    act = said("La présidente Ana Lopez a jugé la situation sanitaire « préoccupante ».").one()
    assert told(act) == ("Statement", "a jugé", "occurred") and act.quotes == ["préoccupante"]


# --- passives with a copula, `garantir` ------------------------------------------------------------------------
def test_what_was_guaranteed_in_the_clause_does_not_speak(said):
    found = said("La ministre Claire Dubois a assuré que l'approvisionnement en électricité était garanti.")
    act = found.one()
    assert told(act) == ("Assurance", "a assuré", "occurred") and found.label(act.speaker) == "Claire Dubois"


def test_guaranteeing_with_a_clause_is_an_assurance(said):
    act = said("Le directeur de l'usine a garanti aux ouvriers que leurs emplois seraient préservés.").one()
    assert told(act) == ("Assurance", "a garanti", "occurred")


def test_guaranteeing_a_loan_is_no_speech(said):
    assert said("La banque publique a garanti un prêt de deux millions d'euros à la coopérative.").acts == []


def test_a_confirmed_piece_of_news_is_nobody_s_words(said):
    assert said("La nouvelle de la fermeture de la mine est confirmée depuis lundi.").acts == []


# --- a participle whose main verb does not report --------------------------------------------------------------
def test_a_participle_after_reacting_has_the_main_subject_for_speaker(said):
    found = said("Le syndicat des cheminots a réagi dans la soirée, qualifiant la réforme de « provocation ».")
    act = found.one()
    assert told(act) == ("Statement", "qualifiant", "occurred") and act.quotes == ["provocation"]
    assert found.label(act.speaker) == "Le syndicat des cheminots"


def test_a_participle_that_does_not_report_is_no_speech(said):
    assert said("Le barrage a cédé dans la nuit, inondant trois villages de la vallée.").acts == []


# --- refusals carried by the verb over the verb of making ------------------------------------------------------
def test_not_wishing_to_comment_is_a_negated_act(said):
    found = said("Interrogée sur la fuite de gaz, la direction de la raffinerie n'a pas souhaité faire de commentaire.")
    act = found.one()
    assert act.type == "SpeechAct" and act.status == "negated" and act.quotes == []
    assert found.label(act.speaker) == "la direction de la raffinerie"


def test_making_a_comment_is_not_a_refusal(said):
    assert said("Le club de football a fait un commentaire sur le match.").acts == []


# --- institutions and groups as speakers, on any topic ---------------------------------------------------------
def test_rescuers_report_with_a_clause(said):
    found = said("Les secouristes ont rapporté que des dizaines de personnes étaient encore sous les décombres.")
    act = found.one()
    assert told(act) == ("Report", "ont rapporté", "occurred") and found.label(act.speaker) == "Les secouristes"


def test_a_company_warns_and_a_police_force_specifies(said):
    found = said("La société Electra a averti qu'elle couperait le courant. La police a précisé que trois "
                 "personnes avaient été interpellées.")
    assert [told(a) for a in found.acts] == [("Warning", "a averti", "occurred"),
                                             ("Statement", "a précisé", "occurred")]
    assert found.label(found.acts[1].speaker) == "La police"


def test_union_leaders_warn_after_their_quote(said):
    found = said("« Nous ne paierons pas ce prix », ont prévenu les dirigeants syndicaux.")
    act = found.one()
    assert told(act) == ("Warning", "ont prévenu", "occurred") and act.quotes == ["Nous ne paierons pas ce prix"]
    assert found.label(act.speaker) == "les dirigeants syndicaux"


def test_a_split_quote_around_the_reporting_clause_is_one_act(said):
    act = said("« La situation est grave, a expliqué le médecin urgentiste Marc Petit. Les hôpitaux sont "
               "débordés. »").one()
    assert told(act) == ("Statement", "a expliqué", "occurred")
    assert act.quotes == ["La situation est grave", "Les hôpitaux sont débordés."]


def test_an_agency_of_the_state_denies_with_its_name_before(said):
    found = said("Le groupe pétrolier Petronor a démenti jeudi toute fuite sur le site.")
    act = found.one()
    assert told(act) == ("Statement", "a démenti", "occurred")


def test_refusing_any_comment_is_negated(said):
    act = said("L'ambassade du Brésil s'est refusée à tout commentaire.").one()
    assert act.type == "SpeechAct" and act.status == "negated"


# --- words launched, advice, documents that speak for their authors -------------------------------------------
def test_launching_an_appeal_is_a_statement(said):
    found = said("La Banque mondiale a lancé un appel aux pays donateurs pour financer la reconstruction.")
    act = found.one()
    assert told(act) == ("Statement", "a lancé", "occurred")


def test_launching_a_call_for_tenders_or_an_offensive_says_nothing(said):
    assert said("La mairie a lancé un appel d'offres pour reconstruire le pont.").acts == []
    assert said("Les rebelles ont lancé une offensive dans le nord du pays.").acts == []


def test_health_authorities_recommend_in_words(said):
    found = said("Les autorités sanitaires ont recommandé aux habitants de rester chez eux.")
    act = found.one()
    assert told(act) == ("Statement", "ont recommandé", "occurred")
    assert found.label(act.speaker) == "Les autorités sanitaires"


def test_a_report_published_by_an_organisation_speaks_for_it(said):
    found = said("Le rapport publié mardi par l'association Terre Solidaire dénonce le travail forcé dans les mines.")
    act = found.one()
    assert told(act) == ("Statement", "dénonce", "occurred") and "Terre Solidaire" in found.label(act.speaker)


def test_a_toll_of_a_disaster_is_not_written_by_the_disaster(said):
    found = said("Le bilan des inondations indique que douze villages sont isolés.")
    act = found.one()
    assert act.type == "Report" and found.label(act.speaker) == "Le bilan des inondations"


# --- speech verbs the event rules must not take ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("La gouverneure Ana Ruiz a dénoncé la lenteur des secours.", "a dénoncé", "Statement"),
    ("Le syndicaliste Paul Morel a accusé la direction de mentir.", "a accusé", "SpeechAct"),
    ("La maire Lucie Blanc a appelé les habitants au calme.", "a appelé", "Statement"),
    ("Le Premier ministre Jan Novak a exhorté les banques à baisser leurs taux.", "a exhorté", "Statement"),
    ("Le président Omar Diallo a promis une enquête indépendante.", "a promis", "Assurance"),
    ("Le climatologue Hans Berg a averti que les sécheresses allaient se multiplier.", "a averti", "Warning"),
    ("La ministre Sofia Lind a salué l'accord sur le gaz.", "a salué", "Statement"),
])
def test_a_speech_verb_is_one_speech_act_and_no_event(view, text, trigger, type_):
    found = view(text)
    assert [(a["type"], a["trigger"]["text"]) for a in found.data["speech_acts"]] == [(type_, trigger)]
    assert not found.events_on(trigger.split()[-1])


def test_an_outlet_that_put_the_question_reports_the_answer(said):
    found = said("Interrogé par la radio publique, le ministre de l'Énergie Paul Martin a jugé l'accord « équilibré ».")
    question, opinion = found.acts
    assert told(question) == ("Report", "Interrogé", "occurred")
    assert found.label(question.speaker) == "la radio publique"
    assert told(opinion) == ("Statement", "a jugé", "occurred") and opinion.quotes == ["équilibré"]
