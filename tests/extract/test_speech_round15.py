"""Speech acts, round 15 (session 10), on sentences written for these tests (not taken from the gold corpus, the
held-out corpus or the bundled article). The constructions: `selon` with a counted plural of sides (`selon les deux
camps`, `selon les deux délégations`: one Report per side the article just named); `, a-t-il dit, cité par l'agence
X` with no quote (the tagger takes `cité` for a noun: the agency still reports, and relays the words); a denial in
a relative `ce qu'il dément` (the tagger takes the verb for an adjective); `souhaiter que` as a statement (not
`souhaite se rendre`); `se poursuivre` is no speech even before a quote; `selon son cabinet` names a source; the
subject right after `que` of a reported clause is the speaker of that clause's reporting verb."""

from __future__ import annotations

from tests.extract.conftest import Act


def shown(act: Act) -> tuple[str, str, str]:
    return act.type, act.trigger, act.speaker


# --- `selon` a counted plural of sides ------------------------------------------------------------------------
def test_selon_the_two_sides_is_one_report_per_side(said):
    found = said("La Russie et l'Ukraine ont repris leurs discussions à Istanbul mardi. Un échange de prisonniers "
                 "pourrait avoir lieu en mars, selon les deux camps.")
    assert [shown(a) for a in found.on("selon")] == [("Report", "selon", "Q159"), ("Report", "selon", "Q212")]


def test_selon_the_two_delegations_names_each_delegation(said):
    found = said("Les délégations russe et ukrainienne se sont rencontrées à Genève. Un nouveau cycle aura lieu en "
                 "juin, selon les deux délégations.")
    acts = found.on("selon")
    assert [a.type for a in acts] == ["Report", "Report"]
    assert [found.label(a.speaker) for a in acts] == ["délégation russe", "délégation ukrainienne"]


def test_selon_two_sides_after_three_states_names_none_of_them(said):
    found = said("La Russie, la Chine et l'Ukraine ont envoyé des émissaires à Genève. Un accord est proche, selon "
                 "les deux camps.")
    assert not {a.speaker for a in found.on("selon")} & {"Q159", "Q148", "Q212"}


# --- `cité par` read as a noun ----------------------------------------------------------------------------------
def test_cited_by_an_agency_without_quote_is_the_agency_report(said):
    found = said("Le ministre turc Hakan Fidan a rencontré son homologue grec mardi. Les frontières resteront "
                 "ouvertes, a-t-il dit, cité par l'agence Anadolu.")
    report, = found.on("cité")
    assert report.type == "Report" and found.label(report.speaker) == "Anadolu"
    statement, = found.on("a-t-il dit")
    assert statement.type == "Statement" and found.label(statement.speaker) == "Hakan Fidan"
    assert statement.according_to == [report.speaker]


# --- `ce qu'il dément` ------------------------------------------------------------------------------------------
def test_a_denial_in_a_relative_after_ce_que_is_the_person_statement(said):
    found = said("Le député Jean Martin, visé par une enquête pour fraude, ce qu'il dément, a été réélu.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Statement", "dément", "Jean Martin")


def test_a_contested_charge_after_ce_que_is_the_person_statement(said):
    found = said("La ministre Anne Dubois est accusée de favoritisme, ce qu'elle conteste.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Statement", "conteste", "Anne Dubois")


# --- `souhaiter que`; `se poursuivre` ----------------------------------------------------------------------------
def test_a_wish_with_a_que_clause_is_a_statement(said):
    found = said("À Berlin, Olaf Scholz, chancelier allemand, a souhaité que le dialogue engagé entre les deux pays "
                 "se poursuive « quelle que soit la majorité » à Paris.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Statement", "a souhaité", "Olaf Scholz")
    assert act.quotes == ["quelle que soit la majorité"]


def test_a_wish_to_travel_is_no_speech(said):
    assert not said("Le président brésilien Lula souhaite se rendre à Pékin en avril.").acts


def test_a_quote_after_a_reporting_poursuivre_stays_a_report(said):
    found = said("« Nous ne reculerons pas », a poursuivi la ministre Anne Dubois.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Report", "a poursuivi", "Anne Dubois")


# --- `selon son cabinet`; the subject after `que` ----------------------------------------------------------------
def test_selon_his_office_is_a_source_of_its_own(said):
    found = said("Le chancelier allemand, Olaf Scholz, a demandé aux ministères de réduire leurs dépenses, selon son "
                 "cabinet.")
    act, = found.on("selon")
    assert act.type == "Report" and found.label(act.speaker) == "son cabinet"


def test_the_subject_after_que_speaks_in_the_reported_clause(said):
    found = said("Le ministre Nuno Melo a précisé que le Japon avait informé ses alliés de l'Otan dès lundi.")
    assert [shown(a) for a in found.on("avait informé")] == [("Report", "avait informé", "Q17")]
    outer, = found.on("a précisé")
    assert found.label(outer.speaker) == "Nuno Melo"


# --- a `selon` phrase is no coordinated subject -------------------------------------------------------------------
def test_the_source_of_a_selon_is_not_a_subject_of_the_plural_verb_after_it(said):
    found = said("Selon une source au sein de la délégation allemande, les émissaires russes ont exigé que Berlin "
                 "retire ses sanctions.")
    source, = found.on("Selon")
    # the source is someone of the delegation, a speaker of its own (the gold convention, round 17)
    assert source.type == "Report" and found.label(source.speaker) == "une source au sein de la délégation allemande"
    demand, = found.on("ont exigé")
    assert demand.type == "Statement" and found.label(demand.speaker) == "les émissaires russes"
    assert demand.according_to == [source.speaker]


def test_a_presidents_report_after_two_counted_people_is_the_presidency_alone(said):
    found = said("Vladimir Poutine a reçu le président mongol Ukhnaagiin Khurelsukh. Les deux présidents ont évoqué "
                 "le projet de gazoduc, a rapporté la présidence russe.")
    assert [shown(a) for a in found.on("a rapporté")] == [("Report", "a rapporté", "Q2060629")]


# --- the day between a reporting verb and what it governs ----------------------------------------------------------
def test_a_reminder_dated_last_week_still_reports_its_clause(said):
    found = said("Un porte-parole de la Commission, Eric Mamer, avait rappelé la semaine dernière que les États "
                 "membres avaient « l'obligation » d'appliquer les règles.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Statement", "avait rappelé", "Eric Mamer")


def test_an_assurance_dated_by_its_day_before_an_infinitive(said):
    found = said("Le gouvernement polonais avait assuré vendredi n'avoir « aucune crainte » sur ce point.")
    act = found.one()
    assert (act.type, act.trigger) == ("Assurance", "avait assuré")
    assert found.label(act.speaker) == "Le gouvernement polonais"


def test_recalling_ambassadors_on_a_day_is_no_speech(said):
    assert not said("La ministre a rappelé mardi les ambassadeurs en poste à Moscou.").acts


# --- an infinitive judged, not said --------------------------------------------------------------------------------
def test_a_topic_judged_premature_is_not_said(said):
    found = said("La ministre Anne Dubois a jugé « prématuré » d'évoquer une hausse des impôts.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Statement", "a jugé", "Anne Dubois")


def test_too_early_to_speak_of_is_not_said(said):
    found = said("La ministre Anne Dubois a estimé qu'il était trop tôt pour évoquer une hausse des impôts.")
    assert [(a.type, a.trigger) for a in found.acts] == [("Statement", "a estimé")]


def test_a_refusal_to_speak_of_stays_a_negated_act(said):
    found = said("La ministre Anne Dubois a refusé d'évoquer une hausse des impôts.")
    act = found.one()
    assert (act.type, act.trigger, act.status) == ("Statement", "a refusé", "negated")
