"""Whose words a quote is: a quote opening a clause after `, mais` (`, et`, `, car`) is the words of the reporting
clause right after it, not of the verb before. Written by the lead in session 19 on sentences of his own."""

from __future__ import annotations


def _acts(view, text):
    v = view(text)
    return v, [(a["trigger"]["text"], a["speaker"], [q["text"] for q in a["quotes"]]) for a in v.data["speech_acts"]]


def test_a_quote_after_but_is_the_next_clause_s(view):
    v, acts = _acts(view, "Rome et Madrid ont salué l'accord, mais « la prochaine étape doit inclure l'Ukraine », "
                          "ont souligné Giorgia Meloni et Pedro Sánchez.")
    meloni = v.named("Giorgia Meloni")
    assert ("ont souligné", meloni, ["la prochaine étape doit inclure l'Ukraine"]) in acts
    assert all(not quotes for trigger, _speaker, quotes in acts if trigger == "ont salué")
    # each speaker of the verb said the words (the evaluator reads the gold's quote as the first-named one's)
    assert ("ont souligné", v.named("Pedro Sánchez"), ["la prochaine étape doit inclure l'Ukraine"]) in acts


def test_quoted_words_joined_by_and_stay_with_their_verb(view):
    v, acts = _acts(view, "L'ambassadeur chinois, Fu Cong, a dénoncé un texte « partial » et « inutile », accusant "
                          "les Occidentaux de vouloir prolonger la guerre.")
    fu = v.named("Fu Cong")
    assert ("a dénoncé", fu, ["partial", "inutile"]) in acts


def test_a_statement_speaks_for_the_body_that_issued_it(view):
    v, acts = _acts(view, "« Le pays reprend sa souveraineté », indique un communiqué du ministère malien de la "
                          "Défense.")
    ministry = v.named("ministère malien de la Défense")
    assert [(trigger, speaker) for trigger, speaker, _quotes in acts] == [("indique", ministry)]
    assert v.entity_of("un communiqué du ministère malien de la Défense") is None


def test_a_letter_speaks_for_the_person_who_wrote_it(view):
    v, acts = _acts(view, "« Nous restons mobilisés », affirme une lettre du président de la Commission.")
    assert [(trigger, v.entity(speaker)["label"]) for trigger, speaker, _quotes in acts] == [
        ("affirme", "président de la Commission")]


def test_the_text_of_a_treaty_has_no_author_in_it(view):
    v, acts = _acts(view, "« Les parties renoncent à la force », indique le texte du traité.")
    assert [(trigger, v.entity(speaker)["label"]) for trigger, speaker, _quotes in acts] == [
        ("indique", "le texte du traité")]
