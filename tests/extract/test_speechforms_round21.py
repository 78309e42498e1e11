"""Speech acts, round 21, on sentences written for these tests (not taken from the gold corpus, the held-out corpus
or the bundled article): the shapes of reported speech in wire copy. A present incise the tagger misreads (`»,
tempère X`), a participle it cannot place (`a tweeté`); words posted or put out (`a posté sur Instagram`, `a publié
sur Telegram un message`, `a publié un communiqué`), not a work written (`a écrit un roman`) nor soldiers posted;
`de source militaire` set off by commas; a quote after a colon with its speaker before it (`X : « ... »`, `X a été
clair : « ... »`); pronouns that take up a body (`Selon lui` after a ministry, `a-t-elle exhorté` after `selon
l'armée`); a body's phrase that ends before the next one (`Selon le parquet, le suspect, X,`); a participle clause
with its own subject (`Moscou l'accusant`); a subject set apart by an apposition with a relative clause; the
addressee after the verb (`à l'agence X`) never the speaker; a verb after `et` that goes on with the reporter, not
with the `que` clause hung on its object; a `selon` closing the sentence relays an unquoted act."""

from __future__ import annotations

import pytest
from tests.extract.conftest import Act

CHINA, REUTERS, RUSSIA = "Q148", "Q130879", "Q159"


def shown(found, act: Act) -> tuple[str, str, int, str]:
    return act.trigger, found.label(act.speaker), len(act.quotes), act.status


# --- verbs the tagger misreads ----------------------------------------------------------------------------------
def test_a_present_incise_with_a_grave_accent_reports_the_quote(said):
    found = said("« Rien n'est encore décidé », tempère Paul Durand.")
    assert shown(found, found.one()) == ("tempère", "Paul Durand", 1, "occurred")


def test_a_tweet_the_tagger_cannot_place_is_speech(said):
    found = said("« Nous sommes prêts », a tweeté Anne Martin.")
    assert shown(found, found.one()) == ("a tweeté", "Anne Martin", 1, "occurred")


# --- words posted or put out, not works written ------------------------------------------------------------------
def test_a_quote_posted_on_a_network_is_speech(said):
    found = said("« Merci à tous nos soutiens », a posté Paul Durand sur Instagram.")
    assert shown(found, found.one()) == ("a posté", "Paul Durand", 1, "occurred")


def test_soldiers_posted_are_no_speech(said):
    assert said("L'armée a posté des soldats à la frontière.").acts == []


def test_a_message_published_on_a_network_is_speech(said):
    found = said("Volodymyr Zelensky a publié sur Telegram un message de soutien aux soldats.")
    assert found.one().trigger == "a publié"


def test_a_report_published_by_a_newspaper_is_no_speech_act_of_its_own(said):
    assert said("Le journal a publié un rapport sur la guerre.").acts == []


def test_a_communique_published_lets_the_body_go_on_speaking(said):
    found = said("La présidence a publié un communiqué lundi. « Aucune option n'est exclue », a-t-elle précisé.")
    incise = found.on("a-t-elle précisé")
    assert len(incise) == 1 and found.label(incise[0].speaker) == "La présidence" and len(incise[0].quotes) == 1


def test_a_novel_written_is_no_speech(said):
    assert said("Anne Martin a écrit un roman sur la guerre.").acts == []


def test_a_letter_written_to_someone_is_speech(said):
    found = said("Le président Volodymyr Zelensky a écrit une lettre au pape.")
    assert found.one().trigger == "a écrit"


# --- `de source X` ------------------------------------------------------------------------------------------------
def test_de_source_set_off_by_a_comma_attributes_the_clause(said):
    found = said("Trois soldats ont été tués, de source militaire.")
    act = found.one()
    assert (act.type, found.label(act.speaker)) == ("Report", "source militaire")


def test_de_source_opening_the_sentence_attributes_it(said):
    found = said("De source diplomatique, le sommet aura lieu en mai.")
    assert found.label(found.one().speaker) == "source diplomatique"


def test_de_source_after_an_impersonal_verb_of_saying(said):
    found = said("On indique de source proche du gouvernement que le texte sera retiré.")
    assert found.label(found.one().speaker) == "source proche du gouvernement"


def test_a_source_of_energy_talked_about_is_no_speaker(said):
    assert said("On parle de source d'énergie renouvelable.").acts == []


def test_water_from_a_local_source_is_no_speech(said):
    assert said("Le vin provient de source locale.").acts == []


# --- a quote after a colon, its speaker before it ----------------------------------------------------------------
def test_a_name_and_a_colon_report_the_quote(said):
    found = said("Anne Martin : « Nous irons jusqu'au bout. »")
    assert shown(found, found.one()) == (":", "Anne Martin", 1, "occurred")


@pytest.mark.parametrize("civility", ["Mme", "M."])
def test_a_civility_then_the_name_and_a_colon(said, civility):
    found = said(f"{civility} Claire Dubois : « Nous ne céderons rien. »")
    assert shown(found, found.one()) == (":", "Claire Dubois", 1, "occurred")


def test_a_name_inside_a_things_phrase_and_a_colon_say_nothing(said):
    assert said("Le rapport de Claire Dubois : « trois morts et dix blessés ».").acts == []


def test_a_title_then_the_name_and_a_colon(said):
    found = said("Le porte-parole du gouvernement, Paul Durand : « Aucune décision n'a été prise. »")
    assert shown(found, found.one()) == (":", "Paul Durand", 1, "occurred")


def test_a_thing_and_a_colon_say_nothing(said):
    assert said("Le bilan : « trois morts et dix blessés ».").acts == []


def test_how_the_speaker_spoke_before_the_colon_reports_the_quote(said):
    found = said("Paul Durand a été clair : « Il n'y aura pas de nouvel impôt. »")
    assert shown(found, found.one()) == ("a été clair", "Paul Durand", 1, "occurred")


def test_se_montrer_categorique_before_the_colon(said):
    found = said("La ministre Anne Martin s'est montrée catégorique : « Rien ne changera. »")
    assert shown(found, found.one()) == ("s'est montrée", "Anne Martin", 1, "occurred")


def test_a_clear_sky_says_nothing(said):
    assert said("Le ciel était clair : « un temps idéal » pour les randonneurs.").acts == []


# --- pronouns that take up a body ---------------------------------------------------------------------------------
def test_selon_lui_after_a_ministry_that_did_not_speak(said):
    found = said("Le ministère des Affaires étrangères a convoqué l'ambassadeur. Selon lui, l'incident est "
                 "« inacceptable ».")
    assert found.label(found.one().speaker) == "Le ministère des Affaires étrangères"


def test_selon_lui_is_not_a_woman_named_since(said):
    found = said("Le ministère des Affaires étrangères a reçu la ministre Anne Martin. Selon lui, la rencontre a été "
                 "« cordiale ».")
    assert found.label(found.one().speaker) == "Le ministère des Affaires étrangères"


def test_selon_lui_is_a_man_named_since(said):
    found = said("Le ministère des Affaires étrangères a reçu le ministre Paul Durand. Selon lui, la rencontre a été "
                 "« cordiale ».")
    assert found.label(found.one().speaker) == "Paul Durand"


def test_an_incise_pronoun_takes_up_the_source_of_a_selon(said):
    found = said("Des débris ont été retrouvés dans la province, selon l'armée. « Ne touchez pas ces objets », "
                 "a-t-elle exhorté.")
    incise = found.on("a-t-elle exhorté")
    assert len(incise) == 1 and found.label(incise[0].speaker) == "l'armée"


# --- whose phrase, whose clause -----------------------------------------------------------------------------------
def test_a_body_after_selon_ends_before_the_next_phrase(said):
    found = said("Selon le parquet fédéral, le suspect, Viktor K., 41 ans, a été interpellé le 29 janvier à Leipzig.")
    assert found.label(found.one().speaker) == "le parquet fédéral"


def test_a_participle_clause_with_its_own_subject(said):
    act = said("Un diplomate avait été expulsé en 2022, Moscou l'accusant d'espionnage.").one()
    assert (act.trigger, act.speaker) == ("accusant", RUSSIA)


def test_a_participle_clause_with_an_uncounted_subject_is_not_the_main_subject_s(said):
    found = said("Le sommet a échoué, les deux délégations s'accusant mutuellement de mauvaise foi.")
    assert all(found.label(a.speaker) != "Le sommet" for a in found.acts)


def test_a_participle_without_a_subject_is_the_main_subject_s(said):
    found = said("Paul Durand a quitté la salle, la qualifiant de « mascarade ».")
    assert shown(found, found.one()) == ("qualifiant", "Paul Durand", 1, "occurred")


def test_a_subject_set_apart_by_an_apposition_with_a_relative_clause(said):
    found = said("Paul Durand, un transfuge dont l'association avait encore lâché des milliers de tracts la semaine "
                 "dernière, a assuré à l'agence Reuters qu'il ne renoncerait pas.")
    act = found.one()
    assert (act.trigger, found.label(act.speaker)) == ("a assuré", "Paul Durand")


def test_the_agency_told_is_not_the_inverted_subject(said):
    found = said("« Les frontières resteront ouvertes », a déclaré à l'agence Reuters le ministre Paul Durand.")
    assert shown(found, found.one()) == ("a déclaré", "Paul Durand", 1, "occurred")


def test_a_verb_after_et_goes_on_with_the_reporter_not_the_que_clause(said):
    found = said("Paul Durand a assuré son invité que Paris soutiendrait Berlin et s'est dit prêt à élargir la "
                 "coopération.")
    assert [found.label(a.speaker) for a in found.acts] == ["Paul Durand", "Paul Durand"]


# --- a `selon` closing the sentence relays an unquoted act --------------------------------------------------------
def test_a_closing_selon_relays_a_denial(said):
    found = said("La Chine a démenti toute implication, selon l'agence Reuters.")
    denial = found.on("a démenti")
    assert len(denial) == 1 and denial[0].speaker == CHINA and denial[0].according_to == [REUTERS]


def test_a_selon_inside_the_clause_reported_relays_nothing(said):
    found = said("Paul Durand a dit que trois soldats, selon un bilan provisoire, avaient été tués.")
    said_act = found.on("a dit")
    assert len(said_act) == 1 and said_act[0].according_to == []


def test_a_selon_after_another_subject_s_clause_relays_nothing(said):
    found = said("La junte n'a pas répondu, et son aviation a bombardé un village, selon des médias locaux.")
    silence = [a for a in found.acts if a.status == "negated"]
    assert len(silence) == 1 and silence[0].according_to == []


# --- the whole pipeline ------------------------------------------------------------------------------------------
def test_the_annotation_keeps_a_colon_quote_and_a_relay(extract):
    text = "Anne Martin : « Nous irons jusqu'au bout. » La Chine a démenti toute implication, selon l'agence Reuters."
    data = extract(text).data
    labels = {e["id"]: e["label"] for e in data["entities"]}
    acts = {(a["trigger"]["text"], labels[a["speaker"]], tuple(q["text"] for q in a["quotes"]),
             tuple(a.get("according_to", []))) for a in data["speech_acts"]}
    assert (":", "Anne Martin", ("Nous irons jusqu'au bout.",), ()) in acts
    assert any(t == "a démenti" and relays == (REUTERS,) for t, _s, _q, relays in acts)
