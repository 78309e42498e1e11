"""Speech acts in classes of French reported speech the newest gold articles missed, on sentences written for these
tests (none copied from the gold corpus, the held-out corpus or the bundled article): the inverted pronoun with its
`-t-`, the speaker of a relative clause, a participle sharing the auxiliary of the verb before it, a present tense
the tagger took for a noun, a name in apposition to a role noun, an active `citer` (double sourcing), a verb of
observation after the clause it reports, a stance (`voir d'un mauvais œil`), `s'en prendre à`, speech named by its
noun (`l'annonce par X de`, `des déclarations de X`), an outlet's name the tagger took for an adjective. Each test
checks who speaks, the trigger, the type, the quoted words and who relays them; some check that nothing is said.
"""

from __future__ import annotations

LAVROV, PESKOV, GUTERRES, KISHIDA, KIM = "Q58217", "Q4359688", "Q311440", "Q359480", "Q56226"
JAPAN, CHINA = "Q17", "Q148"
ROSCOSMOS, TASS = "Q190795", "Q223799"


# --- the verb group and the speaker of the clause -------------------------------------------------------------
def test_an_inverted_pronoun_with_its_euphonic_t(said):
    found = said("Sergueï Lavrov a reçu jeudi son homologue turc à Moscou. « Nos positions se rapprochent », "
                 "a-t-il ajouté.")
    act = found.one()
    assert (act.speaker, act.trigger, act.type, act.quotes, act.according_to) == (
        LAVROV, "a-t-il ajouté", "Report", ["Nos positions se rapprochent"], [])


def test_a_relative_clause_speaks_for_its_antecedent_not_the_main_subject(said):
    found = said("Sergueï Lavrov s'est entretenu jeudi avec António Guterres, qui avait dénoncé la veille les frappes "
                 "contre les hôpitaux.")
    act = found.one()
    assert (act.speaker, act.trigger, act.type, act.quotes) == (GUTERRES, "avait dénoncé", "Statement", [])


def test_an_agency_in_a_relative_clause_after_its_report(said):
    found = said("Les deux délégations se sont réunies pendant trois heures, a indiqué l'agence TASS, qui évoque des "
                 "discussions « franches ».")
    assert [(a.speaker, a.trigger, a.type, a.quotes) for a in found.acts] == [
        (TASS, "a indiqué", "Report", []), (TASS, "évoque", "Report", ["franches"])]


def test_a_participle_after_et_shares_the_auxiliary_and_the_subject(said):
    found = said("Le ministère indien des Affaires étrangères a qualifié l'incident de « regrettable » et appelé les "
                 "deux parties à la retenue.")
    assert [(a.trigger, a.type, a.quotes) for a in found.acts] == [
        ("a qualifié", "Statement", ["regrettable"]), ("appelé", "Statement", [])]
    assert {found.label(a.speaker) for a in found.acts} == {"Le ministère indien des Affaires étrangères"}


def test_a_present_tense_the_tagger_took_for_a_noun(said):
    found = said("Le gouvernement canadien juge « inacceptable » la détention de ses deux ressortissants.")
    act = found.one()
    assert (act.trigger, act.type, act.quotes, act.status) == ("juge", "Statement", ["inacceptable"], "occurred")
    assert found.label(act.speaker) == "Le gouvernement canadien"


def test_the_name_in_apposition_says_who_the_spokesman_is(said):
    found = said("Vladimir Poutine a reçu mardi le président biélorusse. Les discussions ont été utiles, a indiqué "
                 "mercredi son porte-parole, Dmitri Peskov.")
    act = found.one()
    assert (act.speaker, act.trigger, act.type, act.quotes) == (PESKOV, "a indiqué", "Report", [])


def test_the_subject_of_a_quoted_clause_is_not_the_speaker_of_the_report(said):
    found = said("La junte birmane juge « illégitimes » les sanctions européennes, a indiqué lundi son porte-parole, "
                 "Zaw Min Tun.")
    judged, told = found.on("juge"), found.on("a indiqué")
    assert len(judged) == 1 and len(told) == 1
    assert judged[0].quotes == ["illégitimes"] and found.label(judged[0].speaker) == "La junte birmane"
    assert found.label(told[0].speaker) == "Zaw Min Tun" and judged[0].according_to == [told[0].speaker]


# --- sources ------------------------------------------------------------------------------------------------
def test_an_active_citer_makes_the_sources_speak_relayed_by_the_outlet(said):
    found = said("D'après le quotidien Asahi, qui cite des responsables gouvernementaux, le sommet aura lieu en mai.")
    outlet, sources = found.on("D'après"), found.on("cite")
    assert len(outlet) == 1 and len(sources) == 1
    assert found.label(outlet[0].speaker) == "Asahi" and outlet[0].type == "Report"
    assert found.label(sources[0].speaker) == "des responsables gouvernementaux"
    assert (sources[0].type, sources[0].quotes, sources[0].according_to) == ("Report", [], [outlet[0].speaker])


def test_citing_an_example_is_not_a_source(said):
    assert said("Le rapport cite l'exemple de la Norvège, qui a réduit ses émissions de moitié.").acts == []


def test_an_outlet_name_the_tagger_reads_as_an_adjective(said):
    found = said("Le lancement a été reporté de deux jours, a annoncé l'agence spatiale russe Roscosmos.")
    act = found.one()
    assert (act.speaker, act.trigger, act.quotes) == (ROSCOSMOS, "a annoncé", [])


def test_a_witness_after_the_clause_reports_it(said):
    found = said("Des files de camions attendaient jeudi à la frontière, a constaté un correspondant de l'AFP.")
    act = found.one()
    assert (act.trigger, act.type, act.quotes, act.status) == ("a constaté", "Report", [], "occurred")
    assert found.label(act.speaker) == "un correspondant de l'AFP"


def test_a_verb_after_a_comma_with_a_thing_for_object_reports_nothing(said):
    assert said("Le gouvernement a relevé les taxes, a ajouté des restrictions et fermé la frontière.").acts == []


# --- what is said and what is not -----------------------------------------------------------------------------
def test_a_quoted_adverb_inside_an_infinitive_belongs_to_the_promise(said):
    found = said("Fumio Kishida a promis de poursuivre « sans relâche » la reconstruction de la région.")
    act = found.one()
    assert (act.speaker, act.trigger, act.type, act.quotes) == (KISHIDA, "a promis", "Assurance", ["sans relâche"])


def test_a_pronoun_that_takes_up_a_document_is_no_speaker(said):
    found = said("Le traité a été signé par Sergueï Lavrov et son homologue vietnamien. Il précise les modalités "
                 "du retrait des troupes.")
    assert found.on("précise") == [] and found.by(LAVROV) == []


def test_the_complement_of_an_infinitive_is_not_an_inverted_subject(said):
    found = said("Les deux voisins, qui se disputent depuis longtemps un archipel, ont promis de mieux gérer leurs "
                 "différends frontaliers.")
    assert all("différends" not in found.label(a.speaker) for a in found.acts if a.speaker in found.labels)


def test_a_stance_seen_with_a_bad_eye(said):
    found = said("Le Japon voit d'un mauvais œil le rapprochement militaire entre Moscou et Pyongyang.")
    act = found.one()
    assert (act.speaker, act.trigger, act.type, act.quotes) == (JAPAN, "voit", "SpeechAct", [])


def test_seeing_is_not_a_stance(said):
    assert said("Le Japon voit ses exportations reculer pour le troisième mois consécutif.").acts == []


def test_a_verbal_attack_on_a_leader(said):
    found = said("Kim Jong-un s'en est pris mardi au président sud-coréen, qu'il accuse de préparer une guerre.")
    attack = found.on("s'en est pris")
    assert len(attack) == 1
    assert (attack[0].speaker, attack[0].type, attack[0].quotes) == (KIM, "Statement", [])


def test_an_attack_on_things_is_not_speech(said):
    assert said("Des inconnus s'en sont pris dans la nuit à des voitures garées près du port.").acts == []


def test_an_announcement_by_a_capital_named_by_its_noun(said):
    found = said("Les marchés ont reculé après l'annonce par Pékin de nouvelles restrictions sur les exportations.")
    act = found.one()
    assert (act.speaker, act.trigger, act.type, act.quotes, act.status) == (
        CHINA, "annonce", "Statement", [], "occurred")


def test_statements_of_a_group_and_the_participle_that_says_what_they_said(said):
    found = said("Moscou a vivement réagi à des déclarations de responsables polonais évoquant l'envoi de troupes.")
    act = found.one()
    assert (act.trigger, act.type, act.quotes) == ("déclarations", "Statement", [])
    assert found.label(act.speaker) == "responsables polonais"


def test_a_conviction_is_not_speech_of_the_convicted(said):
    assert said("Après la condamnation de l'opposant à dix ans de prison, la capitale est restée calme.").acts == []


def test_a_source_in_exile_keeps_its_whole_phrase(said):
    found = said("Le scrutin a été massivement truqué, selon des médias biélorusses en exil.")
    act = found.one()
    assert (act.trigger, act.type) == ("selon", "Report")
    assert found.label(act.speaker) == "des médias biélorusses en exil"


def test_point_in_the_quoted_words_is_no_negation(said):
    found = said("Interrogé par la presse, un diplomate européen a estimé que les pourparlers étaient « au point "
                 "mort ».")
    act = found.one()
    assert (act.trigger, act.type, act.quotes, act.status) == ("a estimé", "Statement", ["au point mort"], "occurred")


def test_a_passive_with_two_agents_is_an_act_of_each(said):
    found = said("Cette décision a été saluée par Tokyo et Pékin, qui y voient un signal d'apaisement.")
    assert [(a.speaker, a.trigger, a.type, a.quotes) for a in found.acts] == [
        (JAPAN, "a été saluée", "Statement", []), (CHINA, "a été saluée", "Statement", [])]


def test_faire_part_de_is_speech(said):
    found = said("Le Japon a convoqué l'ambassadeur de Chine pour lui faire part de sa « vive inquiétude ».")
    act = found.one()
    assert (act.speaker, act.trigger, act.quotes, act.status) == (JAPAN, "faire part", ["vive inquiétude"], "occurred")


def test_a_bare_regime_is_not_a_new_source(said):
    found = said("Le missile, présenté par le régime comme « l'arme absolue », a volé pendant une heure.")
    assert all(found.labels.get(a.speaker) != "le régime" for a in found.acts)


# --- an agency relaying ---------------------------------------------------------------------------------------
def test_an_agency_citing_a_speaker_relays_the_words_it_did_not_say(said):
    # The gold README's convention (round 4): the citing agency relays the act and its citing is a Report of its own,
    # with no words of the speaker's.
    found = said("« Aucun accord n'est en vue », a reconnu le négociateur en chef ukrainien, cité par l'agence "
                 "Ukrinform.")
    [report] = found.on("cité")
    assert (found.label(report.speaker), report.type, report.quotes) == ("Ukrinform", "Report", [])
    [act] = found.on("a reconnu")
    assert found.label(act.speaker) == "le négociateur en chef ukrainien"
    assert (act.trigger, act.type, act.quotes) == ("a reconnu", "Statement", ["Aucun accord n'est en vue"])
    assert [found.label(e) for e in act.according_to] == ["Ukrinform"]


def test_a_speaker_cited_by_his_own_spokesman_is_one_act(said):
    found = said("« Il faut éviter une escalade », a insisté António Guterres, cité par son porte-parole.")
    act = found.one()
    assert (act.speaker, act.trigger, act.quotes) == (GUTERRES, "a insisté", ["Il faut éviter une escalade"])


def test_double_sourcing_relays_one_way(said):
    found = said("Selon des sources diplomatiques citées par l'agence Yonhap, le sommet aura lieu en juin.")
    sources, agency = found.on("Selon"), found.on("citées")
    assert len(sources) == 1 and len(agency) == 1
    assert found.label(sources[0].speaker) == "des sources diplomatiques"
    assert sources[0].according_to == [agency[0].speaker] and agency[0].according_to == []


def test_seeing_a_threat_in_something_is_a_stance(said):
    found = said("La Chine voit dans ce pacte militaire une menace pour la stabilité régionale.")
    act = found.one()
    assert (act.speaker, act.trigger, act.type, act.quotes) == (CHINA, "voit", "SpeechAct", [])


def test_greeting_a_crowd_is_not_praise(said):
    assert said("Kim Jong-un a salué la foule depuis la tribune officielle.").acts == []
    found = said("Le Japon a salué l'accord conclu à Genève.")
    assert [(a.speaker, a.trigger, a.type) for a in found.acts] == [(JAPAN, "a salué", "Statement")]
