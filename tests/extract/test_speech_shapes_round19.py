"""Speech acts, round 19, on sentences written for these tests (not taken from the gold corpus, the held-out corpus
or the bundled article): the shapes every wire story uses, whatever the verb. A name with its article set apart
from its verb by a relative clause (`La Chine, qui ..., n'a pas réagi`); a refusal coordinated after a `que` clause
(`a estimé que Y avait ... et refusé de dire si`: the reporter refuses, not Y); `se garder de tout commentaire`,
`se garder de commenter` (a refusal); information refused (`l'identité`, `le nombre`); `garder le silence sur`,
`rester muet` (words withheld, no deed; not a silence during a speech); two speakers named with their articles
(`La Russie et la Chine ont dénoncé`: one act each); and guards for the shapes already read (coordinated verbs of
saying, `a-t-elle poursuivi` in the next sentence, double sourcing under `selon`, participles of speech)."""

from __future__ import annotations

from tests.extract.conftest import Act

CHINA, REUTERS, RUSSIA, UNITED_STATES = "Q148", "Q130879", "Q159", "Q30"


def shown(act: Act) -> tuple[str, str, str]:
    return act.trigger, act.speaker, act.status


# --- a name with its article, then a relative clause set off by commas ---------------------------------------------
def test_a_state_named_with_its_article_keeps_silent_past_a_relative_clause(said):
    act = said("La Chine, qui achète l'essentiel de ce pétrole, n'a pas réagi dans l'immédiat.").one()
    assert shown(act) == ("réagi", CHINA, "negated")


def test_a_local_name_with_its_article_past_a_relative_clause(said):
    found = said("L'Allemagne, qui préside le groupe cette année, n'a pas réagi dans l'immédiat.")
    act = found.one()
    assert (act.trigger, found.label(act.speaker), act.status) == ("réagi", "Allemagne", "negated")


def test_a_thing_past_a_relative_clause_says_nothing(said):
    assert said("La tempête, qui a frappé la Chine, n'a pas faibli.").acts == []


# --- a refusal coordinated after a `que` clause ---------------------------------------------------------------------
def test_a_refusal_after_a_que_clause_is_the_reporter_s(said):
    found = said("La ministre Anne Martin a estimé que la police avait « fait son travail » et refusé de dire si une "
                 "enquête serait ouverte.")
    refusal = found.on("refusé")
    assert len(refusal) == 1 and refusal[0].status == "negated"
    assert found.label(refusal[0].speaker) == "Anne Martin"


def test_a_refusal_with_its_own_auxiliary_in_the_clause_is_the_clause_subject_s(said):
    found = said("Le ministre Paul Durand a affirmé que la police avait refusé de commenter.")
    refusal = found.on("avait refusé")
    assert len(refusal) == 1 and found.label(refusal[0].speaker) == "la police"


def test_a_refusal_in_the_main_clause_is_its_subject_s(said):
    found = said("La police a refusé de dire si une enquête serait ouverte.")
    act = found.one()
    assert (act.trigger, found.label(act.speaker), act.status) == ("a refusé", "La police", "negated")


# --- `se garder de`: a refusal ------------------------------------------------------------------------------------
def test_keeping_from_any_comment_is_a_negated_act(said):
    found = said("Le ministre Paul Durand s'est gardé de tout commentaire.")
    act = found.one()
    assert (act.trigger, found.label(act.speaker), act.status) == (
        "s'est gardé de tout commentaire", "Paul Durand", "negated")


def test_keeping_from_commenting_is_negated(said):
    act = said("La Chine s'est gardée de commenter la décision américaine.").one()
    assert (act.speaker, act.status) == (CHINA, "negated")


def test_keeping_a_house_is_no_speech(said):
    assert said("Le gardien a gardé la maison de la famille Durand.").acts == []


def test_keeping_from_hasty_conclusions_is_no_speech(said):
    assert said("Il faut se garder de conclusions hâtives.").acts == []


# --- information refused ------------------------------------------------------------------------------------------
def test_refusing_to_give_an_identity_is_a_negated_act(said):
    found = said("La police a refusé de donner l'identité du suspect.")
    act = found.one()
    assert (act.trigger, found.label(act.speaker), act.status) == ("a refusé", "La police", "negated")


def test_refusing_to_give_a_bonus_is_no_speech(said):
    assert said("L'entreprise Renault a refusé de donner une prime aux salariés.").acts == []


# --- `garder le silence`: words withheld ---------------------------------------------------------------------------
def test_keeping_silent_on_a_matter_is_a_negated_act(said):
    act = said("Pékin a gardé le silence sur cette affaire.").one()
    assert shown(act) == ("a gardé le silence", CHINA, "negated")


def test_a_minute_of_silence_kept_is_no_speech(said):
    assert said("Le maire Paul Durand a gardé le silence pendant la minute de recueillement.").acts == []


def test_keeping_silent_tells_no_deed(view):
    found = view("Pékin a gardé le silence sur cette affaire.")
    assert found.events("Event") == [] and [a["status"] for a in found.data["speech_acts"]] == ["negated"]


def test_keeping_control_is_still_a_deed(view):
    assert [e["trigger"]["text"] for e in view("L'armée a gardé le contrôle de la ville.").events("Event")] == [
        "a gardé"]


def test_staying_silent_is_a_negated_act(said):
    act = said("Pékin est resté muet sur cette affaire.").one()
    assert shown(act) == ("est resté muet", CHINA, "negated")


def test_staying_silent_during_a_speech_is_no_speech(said):
    assert said("Le ministre Paul Durand est resté silencieux pendant le discours.").acts == []


def test_staying_cautious_is_no_speech(said):
    assert said("La Chine est restée prudente.").acts == []


# --- two speakers named with their articles --------------------------------------------------------------------
def test_two_states_named_with_their_articles_are_two_speakers(said):
    found = said("La Russie et la Chine ont dénoncé ces sanctions.")
    assert [(a.trigger, a.speaker) for a in found.acts] == [("ont dénoncé", RUSSIA), ("ont dénoncé", CHINA)]


def test_states_named_after_the_verb_are_no_speakers(said):
    act = said("Les États-Unis ont accusé la Russie et la Chine d'ingérence.").one()
    assert (act.trigger, act.speaker) == ("ont accusé", UNITED_STATES)


# --- guards: coordinated verbs of saying --------------------------------------------------------------------------
def test_a_warning_coordinated_after_praise_has_the_same_speaker_and_its_quote(said):
    found = said("La présidente Anne Martin a salué l'accord mais mis en garde contre « tout excès d'optimisme ».")
    warning = found.on("mis en garde")
    assert len(warning) == 1 and warning[0].type == "Warning"
    assert found.label(warning[0].speaker) == "Anne Martin" and warning[0].quotes == ["tout excès d'optimisme"]
    assert len(found.on("a salué")) == 1


def test_a_deed_coordinated_after_a_statement_is_no_speech(said):
    found = said("Le ministre Paul Durand a déclaré que la crise était finie et quitté la salle.")
    assert [a.trigger for a in found.acts] == ["a déclaré"]


def test_an_addition_after_a_que_clause_is_the_reporter_s(said):
    found = said("Le ministre Paul Durand a affirmé que l'armée avait repris la ville et ajouté que les combats "
                 "continuaient.")
    assert {found.label(a.speaker) for a in found.acts} == {"Paul Durand"} and len(found.acts) == 2


# --- guards: the next sentence, `selon`, participles --------------------------------------------------------------
def test_a_quote_going_on_in_the_next_sentence_is_the_last_speaker_s(said):
    found = said("« La situation reste grave », a déclaré Anne Martin. « Nous suivons les événements de près », "
                 "a-t-elle poursuivi.")
    going_on = found.on("a-t-elle poursuivi")
    assert len(going_on) == 1 and found.label(going_on[0].speaker) == "Anne Martin"


def test_sources_cited_by_an_agency_are_two_acts(said):
    found = said("Selon des sources diplomatiques citées par l'agence Reuters, les discussions ont échoué.")
    sources = found.on("Selon")
    assert len(sources) == 1 and sources[0].according_to == [REUTERS]
    assert [a.speaker for a in found.on("citées")] == [REUTERS]


def test_selon_toute_vraisemblance_is_no_source(said):
    assert said("Selon toute vraisemblance, le sommet sera reporté.").acts == []


def test_a_participle_of_speech_with_its_quote(said):
    found = said("L'opposition a voté contre le texte, qualifiant la réforme de « recul historique ».")
    act = found.one()
    assert (act.trigger, act.quotes) == ("qualifiant", ["recul historique"])


def test_a_participle_of_a_deed_is_no_speech(said):
    assert said("Le président Jean Roux a quitté la salle, laissant les journalistes sans réponse.").acts == []
