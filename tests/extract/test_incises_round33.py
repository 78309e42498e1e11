"""Reporting clauses the quote marks hold or follow: a time phrase between the verb and its inverted subject (`a
déclaré en fin de soirée le ministre X`), an agency that relays it inside the incise (`, cité par l'agence TASS.`),
and a setting whose name the tagger reads as a verb (`sur France Inter`). Written by the lead in session 19 on
sentences of his own."""

from __future__ import annotations


def _acts(view, text):
    v = view(text)
    return v, {a["trigger"]["text"]: (a["speaker"], [q["text"] for q in a["quotes"]], a.get("according_to", []))
               for a in v.data["speech_acts"]}


def test_a_time_phrase_between_the_verb_and_its_subject_keeps_the_incise(view):
    v, acts = _acts(view, "« Son état est stable, a déclaré en fin de soirée le ministre tchèque Jan Lipavsky, mais "
                          "il reste hospitalisé. »")
    speaker, quotes, _ = acts["a déclaré"]
    assert speaker == v.named("Jan Lipavsky")
    assert quotes == ["Son état est stable", "mais il reste hospitalisé."]


def test_an_agency_relaying_the_incise_is_no_quoted_word(view):
    _v, acts = _acts(view, "« Cet accord ne vise personne, a déclaré Sergueï Lavrov à l'issue de l'entretien, cité "
                           "par l'agence TASS. La Russie tiendra parole. »")
    speaker, quotes, according_to = acts["a déclaré"]
    assert speaker == "Q58217" and quotes == ["Cet accord ne vise personne", "La Russie tiendra parole."]
    assert according_to == ["Q223799"]


def test_a_setting_named_in_two_words_before_the_speaker(view):
    v, acts = _acts(view, "« La situation est grave », a déclaré sur France Inter le ministre français des Affaires "
                          "étrangères, Jean-Noël Barrot.")
    assert acts["a déclaré"][0] == v.named("Jean-Noël Barrot")
    assert acts["a déclaré"][1] == ["La situation est grave"]
