"""Speech told by a noun shared by two parties, and a party's own quoted words relayed by a reporter (round 29,
writer `speechnouns`).

Sentences written for these tests. A plural noun of speech with two `de` names (`les condamnations de Tokyo et de
Washington`, `les protestations de Séoul et de Tokyo`) and a joint declaration (`la déclaration commune de la Chine
et de la Russie`) are one act of each party, one trigger; a quote that opens on a verb of saying right after a state
or a body (`Paris « condamne ... », a déclaré la ministre`) is the party's act, relayed by the reporter, whose own act
keeps no quote. Nouns that name no one's words (`la déclaration de guerre`, `un appel d'offres`, `la condamnation de
l'opposant`, persons sentenced) stay no act.
"""

from __future__ import annotations

import pytest


def speakers(said, text: str, trigger: str) -> list[str]:
    s = said(text)
    return [s.label(a.speaker) for a in s.on(trigger)]


# --- a plural noun of speech shared by two parties ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Les condamnations de Tokyo et de Washington n’ont pas tardé après le tir.", "condamnations",
     ["Japon", "États-Unis"]),
    ("Le tir a suscité les condamnations du Japon et des États-Unis.", "condamnations", ["Japon", "États-Unis"]),
    ("Les critiques de Pékin et de Moscou se sont multipliées après le vote.", "critiques", ["Chine", "Russie"]),
    ("Le lancement a suscité les protestations de Séoul et de Tokyo.", "protestations", ["Corée du Sud", "Japon"]),
    ("Les menaces de Pyongyang et de Moscou inquiètent les voisins.", "menaces", ["Corée du Nord", "Russie"]),
    ("Les déclarations de Londres et de Berlin ont été saluées.", "déclarations", ["Royaume-Uni", "Allemagne"]),
])
def test_plural_noun_of_two_parties_is_one_act_each(said, text, trigger, expected):
    assert speakers(said, text, trigger) == expected


def test_joint_declaration_is_each_signer_act(said):
    text = "La déclaration commune de la Chine et de la Russie dénonce l’hégémonie américaine."
    assert speakers(said, text, "déclaration") == ["Chine", "Russie"]


def test_joint_final_declaration_of_two_states(said):
    text = "La déclaration finale de l’Inde et du Brésil appelle à la paix."
    assert speakers(said, text, "déclaration") == ["Inde", "Brésil"]


def test_one_call_of_one_state_unchanged(said):
    assert speakers(said, "L’appel de la France à un cessez-le-feu est resté sans suite.", "appel") == ["France"]


# --- a party's quoted words relayed by a reporter -------------------------------------------------------------------

def test_capital_quoted_with_its_minister(said):
    s = said("Paris « condamne toute tentative de déstabilisation », a déclaré la ministre, Catherine Colonna.")
    party = s.one() if len(s.acts) == 1 else s.on("condamne")[0]
    assert s.label(party.speaker) == "France" and party.quotes == ["condamne toute tentative de déstabilisation"]
    reporter = s.on("a déclaré")[0]
    assert s.label(reporter.speaker) == "Catherine Colonna" and not reporter.quotes
    assert party.according_to == [reporter.speaker]


def test_capital_quoted_with_a_spokesman(said):
    s = said("Moscou « rejette catégoriquement ces accusations », a affirmé le porte-parole du Kremlin, "
             "Dmitri Peskov.")
    party = s.on("rejette")[0]
    assert s.label(party.speaker) == "Russie" and party.quotes == ["rejette catégoriquement ces accusations"]
    assert not s.on("a affirmé")[0].quotes


def test_organisation_quoted_with_its_head(said):
    s = said("L’Otan « condamne fermement cette attaque », a déclaré son secrétaire général.")
    party = s.on("condamne")[0]
    assert party.quotes == ["condamne fermement cette attaque"]
    assert party.speaker != s.on("a déclaré")[0].speaker


def test_person_before_the_quote_keeps_the_reporter_act(said):
    """`Le président « condamne ... », a déclaré son porte-parole`: no state named before the marks: one act."""
    s = said("Le président « condamne toute tentative », a déclaré son porte-parole.")
    assert not s.on("condamne") and s.on("a déclaré")[0].quotes == ["condamne toute tentative"]


def test_quote_without_a_verb_of_saying_stays_the_reporter(said):
    s = said("Pékin « ne restera pas les bras croisés », a averti le porte-parole de la diplomatie chinoise.")
    assert len(s.acts) == 1 and s.acts[0].quotes == ["ne restera pas les bras croisés"]


# --- verbs and attributions without quotes (unchanged) -------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    ("Le Japon a condamné mardi le tir d’un missile balistique nord-coréen.", "a condamné", "Japon"),
    ("La Chine a salué l’accord conclu entre les deux pays.", "a salué", "Chine"),
    ("Moscou a dénoncé une provocation occidentale.", "a dénoncé", "Russie"),
    ("Selon Pékin, les navires philippins ont pénétré dans ses eaux.", "Selon", "Chine"),
    ("Pour Tokyo, ces tirs montrent que Pyongyang poursuit son programme.", "Pour", "Japon"),
])
def test_unquoted_speech_unchanged(said, text, trigger, speaker):
    assert speakers(said, text, trigger) == [speaker]


# --- nouns that are no one's words -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La déclaration de guerre de 1914 reste dans les mémoires.",
    "Le gouvernement a lancé un appel d’offres pour la construction du pont.",
    "La condamnation de l’opposant à dix ans de prison a choqué.",
    "La note de l’examen a été publiée.",
    "Selon les chiffres officiels, le chômage a baissé.",
])
def test_no_speech_act(said, text):
    assert not said(text).acts


def test_persons_sentenced_are_no_speakers(said):
    s = said("Les condamnations de Navalny et de Iachine à de lourdes peines ont indigné l’Occident.")
    assert not s.on("condamnations")


# --- a reaction told by its manner or its medium ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Moscou a réagi sans attendre. Une adhésion serait dangereuse.", "Russie"),
    ("Berlin a réagi avec prudence à l’annonce.", "Allemagne"),
])
def test_reaction_by_its_manner_is_speech(said, text, speaker):
    assert speakers(said, text, "a réagi") == [speaker]


@pytest.mark.parametrize("text", [
    "L’armée a réagi sans attendre en ripostant par des tirs d’artillerie.",
    "Les marchés ont réagi à la hausse des taux.",
])
def test_reaction_by_a_deed_is_no_speech(said, text):
    assert not said(text).acts
