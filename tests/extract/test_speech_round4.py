"""Speech acts, round 4 (session 4), on sentences written for these tests (not taken from the gold corpus, the
held-out corpus or the bundled article): the agency that cites a speaker reports on its own (`cité par X`), an
active `citant X` gives the words to X, people counted by a plural phrase (`Les trois dirigeants`), words a verb
of giving carries (`n'a pas adressé de félicitations`), `revendiquer`, a diplomatic `protester auprès de`,
`rétorquer que`, and a chief of diplomacy resolved to the foreign minister the article named. Sentences where no
act, or no act of a known person, must come out are checked too: a wrong speaker is worse than none."""

from __future__ import annotations

from tests.extract.conftest import Act

LAVROV, PESKOV, PUTIN, XI, KIM, KAMIKAWA = "Q58217", "Q4359688", "Q7747", "Q15031", "Q56226", "Q276275"
JAPAN, SOUTH_KOREA, CHINA, UKRAINE, TASS = "Q17", "Q884", "Q148", "Q212", "Q223799"


def told(act: Act) -> tuple[str, str, str, str]:
    return act.type, act.speaker, act.trigger, act.status


# --- `cité par X`: the agency relays the act and reports it (the gold README's convention) --------------------
def test_an_agency_citing_a_quoted_speaker_reports_on_its_own(said):
    found = said("« Le dialogue reste ouvert », a déclaré Dmitri Peskov, cité par l'agence TASS.")
    [peskov] = found.on("a déclaré")
    assert (peskov.speaker, peskov.quotes, peskov.according_to) == (PESKOV, ["Le dialogue reste ouvert"], [TASS])
    [tass] = found.on("cité")
    assert told(tass) == ("Report", TASS, "cité", "occurred") and tass.quotes == []


def test_an_agency_citing_the_speaker_before_his_verb_reports_on_its_own(said):
    found = said("Dmitri Peskov, cité par l'agence TASS, a démenti toute rencontre entre les deux présidents.")
    [peskov] = found.on("a démenti")
    assert peskov.speaker == PESKOV and peskov.according_to == [TASS]
    assert [told(a) for a in found.on("cité")] == [("Report", TASS, "cité", "occurred")]


def test_an_agency_citing_an_administration_gives_it_the_words(said):
    found = said("Les vols ont été suspendus à l'aéroport, a rapporté l'agence TASS, citant l'administration locale.")
    [cited] = found.on("citant")
    assert cited.type == "Report" and found.label(cited.speaker) == "l'administration locale"
    assert cited.according_to == [TASS]
    assert [a.speaker for a in found.on("a rapporté")] == [TASS]


# --- people counted by a plural phrase ---------------------------------------------------------------------
def test_three_leaders_named_before_each_make_no_declaration(said):
    found = said("Xi Jinping, Vladimir Poutine et Kim Jong-un ont assisté au défilé sur la grande place. "
                 "Les trois dirigeants n'ont fait aucune déclaration commune.")
    negated = [a for a in found.acts if a.status == "negated"]
    assert [a.speaker for a in negated] == [XI, PUTIN, KIM]
    assert {a.trigger for a in negated} == {"ont fait aucune déclaration"}


def test_two_ministers_named_before_each_refuse_to_comment(said):
    found = said("Sergueï Lavrov a reçu mardi Yoko Kamikawa à Moscou. "
                 "Les deux ministres n'ont fait aucune déclaration à la presse.")
    assert sorted(a.speaker for a in found.acts if a.status == "negated") == sorted([LAVROV, KAMIKAWA])


def test_a_count_that_does_not_fit_the_people_named_gives_no_known_speaker(said):
    found = said("Xi Jinping, Vladimir Poutine et Kim Jong-un ont assisté au défilé sur la grande place. "
                 "Les deux dirigeants n'ont fait aucune déclaration commune.")
    assert not {a.speaker for a in found.acts} & {XI, PUTIN, KIM}


# --- words a verb of giving carries ----------------------------------------------------------------------------
def test_congratulations_not_sent_are_a_negated_act_named_by_its_noun(said):
    act = said("Séoul n'a pas adressé de félicitations au nouveau président iranien.").one()
    assert (act.speaker, act.status) == (SOUTH_KOREA, "negated") and act.trigger.endswith("félicitations")


def test_condolences_sent_are_an_act_of_the_verb(said):
    act = said("Le Japon a adressé ses condoléances aux familles des victimes du séisme.").one()
    assert (act.speaker, act.trigger, act.status) == (JAPAN, "a adressé ses condoléances", "occurred")


def test_a_bill_sent_is_not_speech(said):
    assert said("Le Japon a adressé une facture à la compagnie russe.").acts == []


# --- `revendiquer` -----------------------------------------------------------------------------------------------
def test_an_attack_not_claimed_is_a_negated_claim(said):
    act = said("L'Ukraine n'a pas revendiqué l'attaque de drones contre le pont.").one()
    assert told(act) == ("Statement", UKRAINE, "revendiqué", "negated")


def test_a_victory_claimed_by_someone_is_his_claim(said):
    act = said("La victoire revendiquée par Vladimir Poutine a été contestée par les observateurs.").on("revendiquée")
    assert [told(a) for a in act] == [("Statement", PUTIN, "revendiquée", "occurred")]


def test_a_claim_with_nobody_named_is_no_act(said):
    assert said("Une attaque revendiquée a frappé la ville portuaire dans la nuit.").on("revendiquée") == []


# --- `protester auprès de`, `rétorquer que` ----------------------------------------------------------------------
def test_a_protest_lodged_with_a_state_is_speech(said):
    act = said("Tokyo a protesté auprès de Moscou contre ces manœuvres militaires.").one()
    assert told(act) == ("Statement", JAPAN, "a protesté", "occurred")


def test_protesters_protesting_in_the_streets_are_not_speech(said):
    assert said("Des milliers d'étudiants ont protesté contre la réforme dans les rues de la capitale.").acts == []


def test_a_retort_with_a_clause_is_speech(said):
    act = said("Pékin a rétorqué que ces accusations étaient sans fondement.").one()
    assert told(act) == ("Statement", CHINA, "a rétorqué", "occurred")


# --- a chief of diplomacy is the foreign minister the article named ---------------------------------------------
def test_the_japanese_chief_of_diplomacy_is_the_foreign_minister_named_before(said):
    found = said("La ministre japonaise des Affaires étrangères, Yoko Kamikawa, s'est rendue à Séoul. « Le dialogue "
                 "est indispensable », a déclaré la cheffe de la diplomatie japonaise, sans préciser la date de sa "
                 "prochaine visite.")
    assert [a.speaker for a in found.on("a déclaré")] == [KAMIKAWA]
    assert [(a.speaker, a.status) for a in found.on("sans préciser")] == [(KAMIKAWA, "negated")]


def test_the_russian_chief_of_diplomacy_is_lavrov(said):
    found = said("Sergueï Lavrov est arrivé lundi à Hanoï. Le chef de la diplomatie russe a dénoncé les sanctions "
                 "occidentales.")
    assert [a.speaker for a in found.on("a dénoncé")] == [LAVROV]


def test_another_country_s_chief_of_diplomacy_is_not_the_minister_named(said):
    found = said("Sergueï Lavrov est arrivé lundi à Pékin. Le chef de la diplomatie chinoise a salué une visite "
                 "« importante ».")
    assert [a.speaker for a in found.on("a salué")] != [LAVROV]
    assert LAVROV not in {a.speaker for a in found.acts}


# --- a spokesman's words, states of mind, sources of images -------------------------------------------------------
def test_a_quoted_state_of_mind_relayed_by_a_spokesman_and_his_participle(said):
    found = said("Le ministre russe des Affaires étrangères, Sergueï Lavrov, est « profondément inquiet » de ces "
                 "incidents, a fait savoir sa porte-parole, appelant Tokyo à « la retenue ».")
    [concern] = found.on("inquiet")
    [spokeswoman] = found.on("a fait savoir")
    [call] = found.on("appelant")
    assert (concern.speaker, concern.type, concern.quotes) == (LAVROV, "Statement", ["profondément inquiet"])
    assert spokeswoman.type == "Report" and found.label(spokeswoman.speaker) == "sa porte-parole"
    assert concern.according_to == [spokeswoman.speaker]
    assert (call.speaker, call.according_to, call.quotes) == (LAVROV, [spokeswoman.speaker], ["la retenue"])


def test_a_state_of_mind_in_the_article_s_own_voice_is_not_speech(said):
    assert said("Les habitants de la ville sont très inquiets après les explosions de la nuit.").acts == []


def test_images_authenticated_by_an_agency_are_its_report(said):
    found = said("Des vidéos publiées sur les réseaux sociaux et authentifiées par l'agence TASS montrent un "
                 "incendie.")
    assert [told(a) for a in found.on("authentifiées")] == [("Report", TASS, "authentifiées", "occurred")]


def test_images_of_a_state_television_are_its_report(said):
    found = said("Le dirigeant est apparu amaigri, selon les images de la télévision d'État Arirang.")
    act = found.one()
    assert (act.type, act.trigger, found.label(act.speaker)) == ("Report", "selon", "Arirang")


def test_a_claim_with_its_day_before_the_agent_is_the_agent_s(said):
    found = said("Les Occidentaux ont dénoncé mardi la victoire revendiquée dimanche par Vladimir Poutine.")
    assert [told(a) for a in found.on("revendiquée")] == [("Statement", PUTIN, "revendiquée", "occurred")]


def test_a_qualifying_participle_after_a_comma_is_its_own_act(said):
    found = said("Le Kremlin a rejeté ces critiques, les qualifiant d’« absurdes ».")
    [rejection] = found.on("a rejeté")
    [qualification] = found.on("qualifiant")
    assert (rejection.speaker, rejection.quotes) == ("Q2060629", [])
    assert (qualification.speaker, qualification.quotes) == ("Q2060629", ["absurdes"])


# --- `demander à X de faire` -------------------------------------------------------------------------------------
def test_asking_a_state_to_act_is_a_request(said):
    found = said("Vladimir Poutine a demandé à Pékin de soutenir ses efforts de paix.")
    assert [told(a) for a in found.on("a demandé")] == [("Statement", PUTIN, "a demandé", "occurred")]


def test_asking_a_state_to_act_in_its_words_holds_the_quote(said):
    found = said("Sergueï Lavrov a demandé à Tokyo de « renoncer à toute provocation ».")
    [act] = found.on("a demandé")
    assert (act.speaker, act.quotes) == (LAVROV, ["renoncer à toute provocation"])


def test_asking_to_see_a_document_is_not_speech(said):
    assert said("Vladimir Poutine a demandé à voir le rapport des services.").on("a demandé") == []
