"""Speech acts, round 9 (session 7), on sentences written for these tests (not taken from the gold corpus, the
held-out corpus or the bundled article), on topics beyond the gold ones (justice, health, transport, labour,
disasters, sport, energy). The classes: a body named by its place (`la police de Lyon`, `le parquet de Marseille`)
speaks for itself, never for the place or its state; a document named in the reporting clause speaks for its author
in a relative clause (`dans un communiqué, qui qualifie ...`); a subject pronoun right after an institution spoke
takes it up (`Il n'a pas précisé`) when no person was named since; a coordinated negated verb after a reporting
verb's `que` clause has the reporter for speaker (`a indiqué que ... mais n'a pas précisé`); information a speaker
did not give (`n'a avancé aucun calendrier`, `sans donner de détails`); `signifier` with the words of a stance; the
condolences of a message (`un message de condoléances`) name the act; an emphatic pronoun between the auxiliary and
the participle (`a, lui, appelé`); an inverted subject after a quote and a comma. Sentences where nothing must come
out are checked too."""

from __future__ import annotations

from tests.extract.conftest import Act


def told(act: Act) -> tuple[str, str]:
    return act.trigger, act.status


# --- a body named by its place ------------------------------------------------------------------------------
def test_the_police_of_a_city_speaks_for_itself_not_for_the_city(said):
    found = said("Deux suspects ont été interpellés dans la nuit, a annoncé la police de Lyon.")
    act = found.one()
    assert found.label(act.speaker) == "la police de Lyon"
    assert act.speaker.startswith("local:")


def test_a_prosecutor_office_before_its_verb_is_the_speaker(said):
    found = said("Le parquet de Marseille a indiqué que l'enquête avait été confiée à la police judiciaire.")
    act = found.one()
    assert found.label(act.speaker) == "Le parquet de Marseille" and act.status == "occurred"


def test_the_authorities_of_a_capital_are_not_its_state(said):
    found = said("Le barrage a cédé sous la pression des eaux, selon les autorités de Kiev.")
    act = found.one()
    assert act.trigger == "selon" and found.label(act.speaker) == "les autorités de Kiev"


def test_a_capital_alone_still_speaks_for_its_state(said):
    act = said("Moscou a dénoncé une « provocation » dans le détroit.").one()
    assert act.speaker == "Q159" and act.quotes == ["provocation"]


# --- a document in the reporting clause, and the pronoun after an institution ----------------------------------
def test_a_relative_on_a_communique_is_its_author_speaking(said):
    found = said("« Le service reprendra lundi », a affirmé le ministère des Transports dans un communiqué, qui "
                 "qualifie la grève de « totalement injustifiée ».")
    [affirming], [qualifying] = found.on("a affirmé"), found.on("qualifie")
    assert found.label(qualifying.speaker) == "le ministère des Transports" == found.label(affirming.speaker)
    assert qualifying.quotes == ["totalement injustifiée"] and affirming.quotes == ["Le service reprendra lundi"]


def test_il_after_an_institution_spoke_is_the_institution(said):
    found = said("Le directeur Paul Martin a été reçu lundi. « Les comptes sont sains », a affirmé le ministère "
                 "de l'Économie dans un communiqué. Il n'a pas précisé le montant de la dette.")
    negated = [a for a in found.acts if a.status == "negated"]
    assert len(negated) == 1 and found.label(negated[0].speaker) == "le ministère de l'Économie"


def test_il_after_a_person_named_since_the_institution_stays_that_person(said):
    found = said("« Les comptes sont sains », a affirmé le ministère de l'Économie. Le directeur Paul Martin a "
                 "démissionné. Il n'a pas commenté sa décision.")
    negated = [a for a in found.acts if a.status == "negated"]
    assert len(negated) == 1 and found.label(negated[0].speaker) == "Paul Martin"


def test_il_after_an_agency_relayed_a_person_stays_that_person(said):
    found = said("« Les tarifs baisseront », a estimé son directeur, Hugo Lemaire, cité par l'agence Ecofin. Jeudi, "
                 "il avait assuré que l'usine resterait « ouverte ».")
    [assured] = found.on("avait assuré")
    assert found.label(assured.speaker) == "Hugo Lemaire"


# --- coordinated clauses and information not given ---------------------------------------------------------------
def test_a_negated_verb_after_a_que_clause_is_the_reporter_s(said):
    found = said("Le ministère de la Santé a indiqué que l'épidémie reculait, mais n'a pas précisé le nombre de "
                 "malades.")
    assert [(a.trigger, a.status) for a in found.acts] == [("a indiqué", "occurred"), ("précisé", "negated")]
    assert {found.label(a.speaker) for a in found.acts} == {"Le ministère de la Santé"}


def test_no_timetable_put_forward_is_a_negated_statement(said):
    found = said("La fédération de rugby n'a avancé aucun calendrier pour la reprise du championnat.")
    act = found.one()
    assert (act.type, act.status) == ("Statement", "negated") and act.trigger.endswith("avancé")
    assert "fédération de rugby" in found.label(act.speaker)


def test_without_giving_details_is_the_speaker_s_negated_act(said):
    found = said("Trois mineurs restent bloqués, a indiqué la préfète Anne Roux, sans donner de détails.")
    unsaid = found.on("sans donner")
    assert len(unsaid) == 1 and unsaid[0].status == "negated" and found.label(unsaid[0].speaker) == "Anne Roux"


def test_details_given_are_no_speech_act(said):
    assert said("Le constructeur Voltis a donné des détails sur sa nouvelle batterie.").acts == []


def test_money_not_given_is_no_speech(said):
    assert said("Le gouvernement n'a donné aucun argent aux agriculteurs sinistrés.").acts == []


# --- `signifier`, condolences, emphatic pronouns, inverted subjects -------------------------------------------
def test_signifying_a_protest_in_a_purpose_clause_is_the_main_subject_s(said):
    found = said("Séoul a convoqué l'ambassadeur chinois pour lui signifier son « profond mécontentement ».")
    act = found.one()
    assert (act.trigger, act.quotes) == ("signifier", ["profond mécontentement"]) and act.speaker == "Q884"


def test_what_a_defeat_signifies_is_no_speech(said):
    assert said("Cette défaite signifie la fin de la saison pour le club de Nantes.").acts == []


def test_a_message_of_condolences_is_named_by_the_condolences(said):
    act = said("La reine Margrethe a adressé jeudi un message de condoléances aux familles des mineurs.").one()
    assert act.trigger.endswith("condoléances") and act.status == "occurred"


def test_a_letter_of_complaint_is_no_message_of_condolences(said):
    assert said("La mairie a adressé une lettre de relance aux locataires.").acts == []


def test_an_emphatic_pronoun_after_the_auxiliary_keeps_the_subject(said):
    found = said("La Commission européenne a, elle, appelé les États membres à « rester unis » face à la crise.")
    act = found.one()
    assert act.trigger == "appelé" and found.label(act.speaker) == "Commission européenne"
    assert act.quotes == ["rester unis"]


def test_after_a_quote_and_a_comma_the_agency_that_follows_reports(said):
    found = said("Le sélectionneur Marc Lenoir a, lui, promis de « tout donner », a rapporté l'agence Sportinfo.")
    reported = found.on("a rapporté")
    assert len(reported) == 1 and found.label(reported[0].speaker) == "Sportinfo"
    assert [found.label(a.speaker) for a in found.on("promis")] == ["Marc Lenoir"]


# --- verbs of saying with nothing said, titles in quotes -------------------------------------------------------
def test_a_film_title_in_quotes_is_no_one_s_words(said):
    assert said("Le film « Les Lumières du port » sort mercredi dans deux cents salles.").acts == []


def test_answering_the_phone_is_no_speech(said):
    assert said("Le ministre a répondu au téléphone avant de quitter la réunion.").acts == []


def test_an_anthem_sung_in_quotes_is_no_one_s_words(said):
    assert said("Les supporteurs ont chanté « La Marseillaise » avant le coup d'envoi.").acts == []


def test_a_clause_the_parser_made_the_subject_is_the_words_not_the_speaker(said):
    found = said("Trois mineurs restent bloqués au fond du puits, a indiqué la préfète Anne Roux.")
    act = found.one()
    assert act.trigger == "a indiqué" and found.label(act.speaker) == "Anne Roux"
