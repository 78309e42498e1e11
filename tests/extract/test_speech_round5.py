"""Speech acts, round 5 (session 5), on sentences written for these tests (not taken from the gold corpus, the
held-out corpus or the bundled article). The classes of French reported speech the newest gold sets showed missing:
a role noun with a name in apposition before a dative clitic (`X, lui a reproché`: not the clitic's referent); a
`selon` after the reporting clause that names a speaking source (a Report of its own) or a document (only a relay);
sources named by a possessive or a relation (`selon ses avocats`, `les alliés de X`); verbs the tagger takes for
other words (`X dément et se dit ...`, `et menace de`); intentions (`compte exprimer`: planned); speech left unsaid
(`sans citer`, `n'a pas fait de commentaire`); `a ajouté l'ancien ...` (the one who has just spoken); indirect speech
before `a-t-il ajouté` and a participle that goes on with it; `interrogé par l'agence X`; nominal calls named by a
nationality adjective; support given in words; `prétendre`, `contester`; `assurer` as speech, not as `assurer la
présidence`. Sentences where nothing (or nothing of a known speaker) must come out are checked too."""

from __future__ import annotations

from tests.extract.conftest import Act

LAVROV, PESKOV, PUTIN, XI, KIM, KISHIDA = "Q58217", "Q4359688", "Q7747", "Q15031", "Q56226", "Q359480"
LUKASHENKO, GUTERRES = "Q2866", "Q311440"
JAPAN, NORTH_KOREA, CHINA, RUSSIA, TASS, KREMLIN = "Q17", "Q423", "Q148", "Q159", "Q223799", "Q2060629"


def told(act: Act) -> tuple[str, str, str, list[str]]:
    return act.type, act.trigger, act.status, act.quotes


# --- a role noun, a name in apposition, then a dative clitic -----------------------------------------------------
def test_a_dative_clitic_after_an_apposed_name_is_not_the_speaker(said):
    found = said("Sergueï Lavrov a pris la parole en premier. L'ambassadrice britannique, Barbara Woodward, lui a "
                 "reproché son « mépris » et a réclamé la fin des frappes.")
    [reproach] = found.on("a reproché")
    [demand] = found.on("a réclamé")
    assert found.label(reproach.speaker) == "Barbara Woodward" and demand.speaker == reproach.speaker
    assert told(reproach) == ("Statement", "a reproché", "occurred", ["mépris"])
    assert told(demand) == ("Statement", "a réclamé", "occurred", [])
    assert not found.by(LAVROV)


def test_a_promise_and_an_assurance_joined_by_et_share_the_subject_not_the_clitic(said):
    found = said("Kim Jong-un a promis à Vladimir Poutine de nouvelles livraisons et lui a assuré son soutien.")
    assert [(a.type, a.trigger, a.speaker, a.status) for a in found.acts] == [
        ("Assurance", "a promis", KIM, "occurred"), ("Assurance", "a assuré", KIM, "occurred")]


# --- `selon X` after the reporting clause ---------------------------------------------------------------------
def test_a_press_service_after_the_quoted_clause_relays_and_reports(said):
    found = said("« Nous ne signerons rien sous la pression », a déclaré Alexandre Loukachenko, selon son service "
                 "de presse.")
    [words] = found.on("a déclaré")
    [report] = found.on("selon")
    assert words.speaker == LUKASHENKO and words.according_to == [report.speaker]
    assert told(words) == ("Statement", "a déclaré", "occurred", ["Nous ne signerons rien sous la pression"])
    assert found.label(report.speaker) == "son service de presse"
    assert told(report) == ("Report", "selon", "occurred", [])


def test_a_translation_after_the_quoted_clause_speaks_for_nobody(said):
    act = said("« Le dialogue est utile », a déclaré Xi Jinping, selon une traduction officielle.").one()
    assert act.speaker == XI and told(act) == ("Statement", "a déclaré", "occurred", ["Le dialogue est utile"])


def test_a_document_with_no_author_names_no_speaker_not_its_recipient(said):
    found = said("Le ministre devrait rester en poste, selon le document transmis au Parlement.")
    assert found.acts == []


# --- sources named by a possessive or a relation ---------------------------------------------------------------
def test_selon_ses_avocats_is_a_group_of_its_own(said):
    found = said("Le dirigeant déchu nie toute malversation, selon ses avocats.")
    [act] = found.on("selon")
    assert found.label(act.speaker) == "ses avocats" and told(act) == ("Report", "selon", "occurred", [])


def test_the_partners_of_a_state_are_a_group_not_the_state(said):
    found = said("Les partenaires européens de Kiev n'ont pas réagi mardi soir.")
    act = found.one()
    assert found.label(act.speaker) == "Les partenaires européens de Kiev"
    assert told(act) == ("Statement", "réagi", "negated", [])


# --- verbs the tagger takes for other words --------------------------------------------------------------------
def test_a_capital_denies_and_says_it_is_a_victim(said):
    found = said("Pyongyang dément et se dit victime d'une campagne de calomnies.")
    assert [(a.speaker, *told(a)) for a in found.acts] == [
        (NORTH_KOREA, "Statement", "dément", "occurred", []), (NORTH_KOREA, "Statement", "se dit", "occurred", [])]


def test_a_threat_after_et_is_a_verb_of_the_first_subject(said):
    found = said("Pyongyang a rejeté les sanctions, et menace désormais de reprendre ses essais nucléaires.")
    [threat] = found.on("menace")
    assert threat.speaker == NORTH_KOREA and told(threat) == ("Warning", "menace", "occurred", [])


# --- intentions --------------------------------------------------------------------------------------------
def test_an_intention_to_speak_is_planned_and_its_subject_is_not_cut_by_the_verb(said):
    found = said("Fumio Kishida est arrivé à Manille. Le dirigeant compte réaffirmer le « soutien » du Japon aux "
                 "Philippines.")
    act = found.one()
    assert act.speaker == KISHIDA and told(act) == ("Statement", "réaffirmer", "planned", ["soutien"])


# --- speech left unsaid ------------------------------------------------------------------------------------
def test_without_naming_a_country_is_a_negated_act_of_the_speaker(said):
    found = said("« Aucun pays n'est au-dessus des règles », a lancé Antonio Guterres, sans citer nommément la Chine.")
    [said_it] = found.on("a lancé")
    [unsaid] = found.on("sans citer")
    assert said_it.speaker == GUTERRES and said_it.quotes == ["Aucun pays n'est au-dessus des règles"]
    assert unsaid.speaker == GUTERRES and unsaid.status == "negated" and unsaid.quotes == []


def test_no_comment_made_is_a_negated_act(said):
    act = said("Le Kremlin n'a pas fait de commentaire sur cette nomination.").one()
    assert act.speaker == KREMLIN and act.status == "negated" and act.quotes == [] and "commentaire" in act.trigger


# --- the one who has just spoken, taken up ------------------------------------------------------------------
def test_a_description_after_poursuivre_is_the_previous_speaker(said):
    found = said("« Notre armée est prête », a déclaré Vladimir Poutine. « Nous répondrons à toute provocation », "
                 "a poursuivi l'ancien officier des services secrets.")
    [went_on] = found.on("a poursuivi")
    assert went_on.speaker == PUTIN and went_on.quotes == ["Nous répondrons à toute provocation"]
    assert not [label for label in found.labels.values() if "officier" in label]


def test_indirect_speech_before_an_inverted_pronoun_and_a_participle_that_goes_on(said):
    found = said("« Les discussions avancent », a estimé Sergueï Lavrov. Un accord reste possible avant l'été, "
                 "a-t-il ajouté, évoquant les précédents accords.")
    assert [(a.speaker, a.trigger, a.status, a.quotes) for a in found.acts] == [
        (LAVROV, "a estimé", "occurred", ["Les discussions avancent"]), (LAVROV, "a-t-il ajouté", "occurred", [])]


def test_a_participle_after_a_verb_that_comes_first_is_an_act_of_its_own(said):
    found = said("Vladimir Poutine a assuré que Moscou ne livrait pas d'armes, démentant les accusations "
                 "américaines.")
    assert [(a.speaker, a.trigger) for a in found.acts] == [(PUTIN, "a assuré"), (PUTIN, "démentant")]


# --- agencies, calls, support ------------------------------------------------------------------------------
def test_an_agency_that_questioned_the_speaker_reports_his_answer(said):
    found = said("« Nous n'avons reçu aucune demande », a répondu Dmitri Peskov, interrogé par l'agence TASS.")
    [answer] = found.on("a répondu")
    [report] = found.on("interrogé")
    assert answer.speaker == PESKOV and answer.quotes == ["Nous n'avons reçu aucune demande"]
    assert report.speaker == TASS and told(report) == ("Report", "interrogé", "occurred", [])


def test_journalists_who_asked_are_no_source(said):
    found = said("Interrogé par des journalistes, Sergueï Lavrov a refusé de commenter.")
    assert [(a.speaker, a.status) for a in found.acts] == [(LAVROV, "negated")]


def test_a_call_named_by_a_nationality_and_not_made_is_hypothetical_and_the_quote_is_the_judges(said):
    found = said("Tokyo estime qu'un appel russe à un cessez-le-feu reviendrait à « geler le conflit ».")
    [judgement] = found.on("estime")
    [call] = found.on("appel")
    assert judgement.speaker == JAPAN and judgement.quotes == ["geler le conflit"]
    assert call.speaker == RUSSIA and call.status == "hypothetical" and call.quotes == []


def test_support_given_in_words_is_a_statement_and_material_aid_is_not(said):
    act = said("Xi Jinping a apporté son « soutien ferme » au gouvernement serbe.").one()
    assert act.speaker == XI and told(act) == ("Statement", "a apporté", "occurred", ["soutien ferme"])
    assert said("La Turquie a apporté une aide militaire à l'Ukraine.").acts == []


def test_speaking_anonymously_is_the_setting_of_the_assertion(said):
    found = said("Un diplomate asiatique, s'exprimant sous couvert d'anonymat, a affirmé que les pourparlers "
                 "étaient suspendus.")
    act = found.one()
    assert act.trigger == "a affirmé" and found.label(act.speaker) == "diplomate asiatique"


# --- claims, disputes and assurances ----------------------------------------------------------------------
def test_pretendre_with_an_infinitive_is_a_claim(said):
    act = said("Kim Jong-un, qui prétend vouloir la paix, a supervisé un tir de missile.").one()
    assert act.speaker == KIM and told(act) == ("Statement", "prétend", "occurred", [])


def test_contester_is_a_statement_and_a_disputed_thing_is_not(said):
    act = said("Moscou conteste les résultats du scrutin.").one()
    assert act.speaker == RUSSIA and told(act) == ("Statement", "conteste", "occurred", [])
    assert said("Les troupes contestées de la région ont reculé.").acts == []


def test_holding_a_presidency_is_not_an_assurance(said):
    assert said("Le Japon assure cette année la présidence du G7.").acts == []
    act = said("Sergueï Lavrov a assuré à M. Wang que Moscou soutenait Pékin.").one()
    assert act.speaker == LAVROV and told(act) == ("Assurance", "a assuré", "occurred", [])


# --- silence, negation of the infinitive, settings, relays ------------------------------------------------------
def test_no_follow_up_is_a_negated_act_and_a_follow_up_to_a_complaint_is_no_speech(said):
    found = said("Contacté par l'AFP, le ministère japonais de la Défense n'a pas donné suite.")
    act = found.one()
    assert found.label(act.speaker) == "le ministère japonais de la Défense"
    assert (act.status, act.quotes) == ("negated", []) and "donné suite" in act.trigger
    assert said("Le parquet a donné suite à la plainte déposée par l'opposition.").acts == []


def test_saying_something_negative_is_said_not_refused(said):
    act = said("Le Kremlin a dit ne pas être au courant de ces discussions.").one()
    assert act.speaker == KREMLIN and told(act) == ("Statement", "a dit", "occurred", [])
    refused = said("Le Kremlin ne dit pas un mot de ces discussions.").one()
    assert refused.speaker == KREMLIN and refused.status == "negated"


def test_speaking_in_a_relative_clause_is_the_setting_of_the_warning(said):
    found = said("Le président sud-coréen, qui s'exprimait devant le Parlement, a mis en garde contre toute "
                 "provocation.")
    assert [(a.type, a.trigger, a.status) for a in found.acts] == [("Warning", "a mis en garde", "occurred")]


def test_sources_cited_by_a_newspaper_do_not_make_the_next_subject_a_speaker(said):
    found = said("Selon des responsables américains cités par le New York Times, Pyongyang a livré des obus à "
                 "Moscou.")
    assert not found.by(NORTH_KOREA)
    [sources] = found.on("Selon")
    assert found.label(sources.speaker) == "des responsables américains" and sources.type == "Report"
    assert [found.label(a.speaker) for a in found.on("cités")] == ["New York Times"]
