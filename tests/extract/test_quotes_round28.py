"""Quotes whatever their layout (round 28): an incise inside the guillemets with a phrase between its verb and its
inverted subject (`a déclaré à la presse X`, `a écrit sur X le président`, `a affirmé dans une adresse télévisée X`)
and a name set off after the speaker's title; a quote after a colon that its own reporting clause follows (`X a
menacé : « ... », a averti Y`); `a demandé de` + an infinitive; `», a assuré un de ses proches`; `Aux yeux de X, ...`.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def acts_of(said, text: str) -> list[tuple[str, str, list[str]]]:
    found = said(text)
    return [(a.trigger, found.label(a.speaker), a.quotes) for a in found.acts]


# --- an incise with a phrase between its verb and its inverted subject ----------------------------------------------


@pytest.mark.parametrize("setting", ["à la presse", "devant les députés", "lors d'une conférence de presse",
                                     "dans une adresse télévisée", "à l'AFP"])
def test_incise_past_a_setting(said, setting):
    text = (f"« Nous ne céderons rien, a déclaré {setting} le président brésilien Lula. Le Brésil restera "
            "souverain. » Il a ensuite quitté la salle.")
    found = said(text)
    act = found.on("a déclaré")[0]
    assert found.label(act.speaker) == "Lula"
    assert act.quotes == ["Nous ne céderons rien", "Le Brésil restera souverain."]


def test_incise_on_a_network_with_a_name_set_off(said):
    text = ("« C'est un succès pour l'Europe, a écrit sur X le président ukrainien, Volodymyr Zelensky. Un succès qui "
            "inspire. » La veille, il avait appelé les Vingt-Sept à agir.")
    found = said(text)
    act = found.on("a écrit")[0]
    assert found.label(act.speaker) == "Volodymyr Zelensky"
    assert act.quotes == ["C'est un succès pour l'Europe", "Un succès qui inspire."]


def test_incise_without_setting_unchanged(said):
    # negative: the plain incise is read as before
    text = "« Cette décision est regrettable, a déclaré jeudi Fumio Kishida. Nous demandons à Pékin de la revoir. »"
    assert acts_of(said, text) == [("a déclaré", "Fumio Kishida",
                                    ["Cette décision est regrettable", "Nous demandons à Pékin de la revoir."])]


def test_incise_whose_quote_goes_on_after_a_name(said):
    # negative: a capital after the incise's comma that opens a clause is the quote going on, not an apposition
    text = "« Le dialogue reste ouvert, a déclaré Emmanuel Macron, Paris ne fermera pas la porte. »"
    found = said(text)
    act = found.on("a déclaré")[0]
    assert act.quotes == ["Le dialogue reste ouvert", "Paris ne fermera pas la porte."]


def test_setting_without_a_subject_after_it_is_no_incise(said):
    # negative: `a dit à ses alliés que` inside a quote: the speaker's own words, no incise
    text = "Le ministre Sergueï Lavrov a déclaré : « Nous avons dit à nos partenaires que la Russie attendrait. »"
    found = said(text)
    assert [a.trigger for a in found.acts] == ["a déclaré"]
    assert found.acts[0].quotes == ["Nous avons dit à nos partenaires que la Russie attendrait."]


# --- a quote after a colon that its own reporting clause follows ---------------------------------------------------


@pytest.mark.parametrize("verb", ["a averti", "a prévenu", "a insisté"])
def test_quote_after_colon_is_the_following_clause_s(said, verb):
    text = (f"Londres a menacé de nouvelles sanctions : « Nous ne resterons pas les bras croisés », {verb} le ministre "
            "britannique des Affaires étrangères, David Lammy.")
    found = said(text)
    after = found.on(verb)[0]
    assert found.label(after.speaker) == "David Lammy"
    assert after.quotes == ["Nous ne resterons pas les bras croisés"]
    assert found.on("a menacé")[0].quotes == []


def test_quote_after_colon_relayed_by_an_agency_stays(said):
    # negative: an agency's clause after the quote relays it; the words stay the speaker's before the colon
    text = "Le ministre Sergueï Lavrov a déclaré : « Nous irons jusqu'au bout », a rapporté l'agence TASS."
    found = said(text)
    act = found.on("a déclaré")[0]
    assert found.label(act.speaker) == "Sergueï Lavrov"
    assert act.quotes == ["Nous irons jusqu'au bout"]


def test_quote_after_colon_alone_unchanged(said):
    # negative: no clause after the quote
    text = "Le ministre turc des Affaires étrangères Hakan Fidan a averti : « Toute escalade aurait des conséquences. »"
    assert acts_of(said, text) == [("a averti", "Hakan Fidan", ["Toute escalade aurait des conséquences."])]


# --- `a demandé de` + an infinitive -----------------------------------------------------------------------------------


def test_asked_to_act_without_addressee(said):
    text = "L'Arabie saoudite, qui négocie une trêve, a demandé d'« éviter l'escalade »."
    found = said(text)
    act = found.on("a demandé")[0]
    assert found.label(act.speaker) == "Arabie saoudite"
    assert act.quotes == ["éviter l'escalade"]


@pytest.mark.parametrize("thing", ["de l'aide à ses voisins", "des comptes au président"])
def test_asked_for_a_thing_is_no_speech(said, thing):
    # negative: `demander de l'aide`, `demander des comptes`: no infinitive, no act
    assert said(f"Le gouvernement de Kiev a demandé {thing}.").on("a demandé") == []


# --- `», a assuré un de ses proches` ------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["un de ses proches", "un de ses conseillers"])
def test_one_of_his_relatives_speaks(said, who):
    text = f"Le président renversé n'a pas démissionné et « se porte bien », a assuré à l'AFP {who}."
    found = said(text)
    act = found.on("a assuré")[0]
    assert found.label(act.speaker) == who
    assert act.quotes == ["se porte bien"]


# --- `Aux yeux de X, ...` ---------------------------------------------------------------------------------------------


def test_in_the_eyes_of_a_person(said):
    found = said("Aux yeux du président colombien Gustavo Petro, « cette guerre n'a aucun sens ».")
    act = found.one()
    assert (act.trigger, found.label(act.speaker), act.quotes) == ("Aux yeux", "Gustavo Petro",
                                                                  ["cette guerre n'a aucun sens"])


@pytest.mark.parametrize("text", ["Le ministre a dénoncé une attaque qui, aux yeux de Kiev, est un crime.",
                                  "Il a levé les yeux au ciel avant de partir."])
def test_eyes_elsewhere_are_no_speech(said, text):
    # negative: not opening its sentence, or no `de` phrase
    assert said(text).acts == []
