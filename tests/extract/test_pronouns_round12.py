"""Who speaks through the pronoun of a reporting incise (`« ... », a-t-il ajouté`) or a `selon elle`: the body that
spoke just before, when the pronoun agrees with its phrase's gender, not the article's most prominent person.

Sentences of our own, on courts, health, elections, protests, trade and disasters, with their negatives: a pronoun
of the other gender, a person named since who may be meant, a relay (`cité par l'agence`), an act inside a
relative clause, a person who spoke last.
"""

from __future__ import annotations

import pytest


def speakers(annotation) -> dict[str, str]:
    """The speaker of each speech act, by the words of its trigger."""
    return {a["trigger"]["text"]: a["speaker"] for a in annotation.data["speech_acts"]}


def entity_named(annotation, words: str) -> str:
    """The entity of the (non-pronoun) mention written with these words."""
    return next(m["entity"] for m in annotation.data["mentions"] if m["text"] == words and m["kind"] != "pronoun")


@pytest.mark.parametrize(("text", "body", "incise"), [
    # a ministry (masculine) goes on after a visitor was named first
    ("Le président français Emmanuel Macron est arrivé lundi à Kiev. Le ministère ukrainien des Affaires "
     "étrangères a dénoncé mardi une attaque contre Kharkiv. « Cette frappe est un crime de guerre », a-t-il ajouté.",
     "Le ministère ukrainien des Affaires étrangères", "a-t-il ajouté"),
    # a prefecture (feminine) after a Prime Minister's visit
    ("Le Premier ministre Gabriel Attal a visité mardi Marseille. La préfecture a annoncé la fermeture des écoles. "
     "« Les cours reprendront lundi », a-t-elle poursuivi.", "La préfecture", "a-t-elle poursuivi"),
    # a government (masculine) after a woman minister's trip
    ("La ministre de la Santé, Catherine Vautrin, s'est rendue à Lyon. Le gouvernement a promis de nouveaux moyens. "
     "« Personne ne sera oublié », a-t-il insisté.", "Le gouvernement", "a-t-il insisté"),
    # a building that speaks for its tenant
    ("Le sénateur Marco Rubio a rencontré des manifestants. La Maison Blanche a condamné les violences. « La liberté "
     "de manifester doit être respectée », a-t-elle insisté.", "Maison Blanche", "a-t-elle insisté"),
])
def test_incise_pronoun_is_the_body_that_spoke(view, text, body, incise):
    annotation = view(text)
    said = speakers(annotation)
    assert said[incise] == entity_named(annotation, body)
    pronoun = incise.rsplit("-", 1)[1].split()[0]
    assert any(m["text"] == pronoun and m["entity"] == said[incise] for m in annotation.data["mentions"])


def test_continuing_verb_goes_past_a_person_who_is_no_subject(view):
    annotation = view("Le ministère de l'Intérieur a annoncé l'expulsion de l'imam Karim Benali. « La décision est "
                      "définitive », a-t-il précisé.")
    said = speakers(annotation)
    assert said["a-t-il précisé"] == entity_named(annotation, "Le ministère de l'Intérieur")


def test_selon_elle_after_a_court_is_the_court(view):
    annotation = view("La Cour suprême a rejeté lundi le recours de l'opposant Ousmane Sonko. Selon elle, la "
                      "procédure était régulière.")
    said = speakers(annotation)
    assert said["Selon"] == entity_named(annotation, "La Cour suprême")


def test_selon_elle_after_an_electoral_commission(view):
    annotation = view("La commission électorale a annoncé les résultats du scrutin. Selon elle, la participation a "
                      "atteint 62 %.")
    said = speakers(annotation)
    assert said["Selon"] == entity_named(annotation, "La commission électorale")


# --- negatives ------------------------------------------------------------------------------------------------------

def test_pronoun_of_the_other_gender_keeps_the_woman(view):
    annotation = view("La porte-parole Claire Morel a commenté l'incendie. Le ministère de la Défense a annoncé "
                      "l'envoi de renforts. « Nous ne laisserons personne seul », a-t-elle ajouté.")
    said = speakers(annotation)
    assert said["a-t-elle ajouté"] == entity_named(annotation, "Claire Morel")


def test_person_named_since_keeps_a_verb_that_does_not_go_on(view):
    annotation = view("Le gouvernement a annoncé un plan de relance, présenté par le ministre Bruno Le Maire. « Ce "
                      "plan est historique », a-t-il déclaré.")
    said = speakers(annotation)
    assert said["a-t-il déclaré"] != entity_named(annotation, "Le gouvernement")


def test_person_who_spoke_last_goes_on(view):
    annotation = view("La préfecture a publié un communiqué sur les inondations. « Les secours sont mobilisés », a "
                      "déclaré son directeur, Jean Dupont. « Aucune victime n'est à déplorer », a-t-il ajouté.")
    said = speakers(annotation)
    assert said["a-t-il ajouté"] == entity_named(annotation, "Jean Dupont")


def test_relaying_agency_does_not_go_on(view):
    annotation = view("« Nos exportations de blé vont doubler », a affirmé M. Ivan Petrov, cité par l'agence Interfax. "
                      "Selon lui, les prix resteront stables.")
    said = speakers(annotation)
    assert said["Selon"] == entity_named(annotation, "Ivan Petrov")


def test_act_in_a_relative_clause_does_not_go_on(view):
    annotation = view("Le maire Paul Girard a salué le programme publié par le syndicat, qui réclame des hausses de "
                      "salaires. « Nous avançons ensemble », a-t-il déclaré.")
    said = speakers(annotation)
    assert said["a-t-il déclaré"] == entity_named(annotation, "Paul Girard")


def test_incise_pronoun_left_by_the_references_says_the_speaker(view):
    annotation = view("Selon la porte-parole du ministère de la Santé, Anne Leclerc, une centaine de malades ont été "
                      "hospitalisés. « La situation est sous contrôle », a-t-elle déclaré.")
    said = speakers(annotation)
    assert said["a-t-elle déclaré"] == entity_named(annotation, "Anne Leclerc")
    assert any(m["text"] == "elle" and m["entity"] == said["a-t-elle déclaré"] for m in annotation.data["mentions"])


# --- `nous` in a quote: the side the speaker speaks for ----------------------------------------------------------

def we_entities(annotation) -> list[str]:
    return [m["entity"] for m in annotation.data["mentions"] if m["text"].lower() == "nous"]


def test_a_body_says_nous_for_itself(view):
    annotation = view("« Nous condamnons fermement cette attaque contre des civils », a déclaré le Kremlin.")
    assert we_entities(annotation) == [speakers(annotation)["a déclaré"]] == [entity_named(annotation, "Kremlin")]


def test_a_reflexive_nous_is_no_mention_of_its_own(view):
    annotation = view("Le Kremlin a salué l'accord sur les céréales. « Nous ne pouvons que nous en réjouir », a "
                      "déclaré le Kremlin.")
    assert we_entities(annotation) == [entity_named(annotation, "Kremlin")]


def test_nous_of_two_countries_together_is_not_the_speakers_state(view):
    annotation = view("« Nos deux pays font face aux mêmes catastrophes, a souligné Vladimir Poutine. Nous y "
                      "répondrons ensemble. »")
    assert we_entities(annotation) == []


def test_a_news_agency_says_no_nous_for_itself(view):
    annotation = view("« Nous suivons les élections de près », a indiqué l'agence Reuters.")
    assert we_entities(annotation) == []
