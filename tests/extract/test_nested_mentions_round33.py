"""One mention per words: a title before a comma and a name is one description, and a name whose last part the
tokenizer cuts like an inverted pronoun (`Kang-il`) holds no pronoun. Written by the lead in session 19 on
sentences of his own."""

from __future__ import annotations


def _nested_twins(data):
    mentions = data["mentions"]
    return [(a["text"], b["text"]) for a in mentions for b in mentions if a is not b and a["entity"] == b["entity"]
            and a["start"] <= b["start"] and b["end"] <= a["end"]]


def test_a_ranked_title_before_a_name_is_one_mention(view):
    v = view("Le guide suprême a confié l'intérim au premier vice-président, Mohammad Mokhber, lundi.")
    assert v.entity_of("premier vice-président") == v.named("Mohammad Mokhber")
    assert v.entity_of("vice-président") is None
    assert not _nested_twins(v.data)


def test_a_name_ending_like_an_inverted_pronoun_holds_no_pronoun(view):
    v = view("Le vice-ministre de la Défense, Kim Kang-il, avait prévenu dimanche que Pyongyang riposterait.")
    assert v.entity_of("il") is None
    assert not _nested_twins(v.data)
    assert v.entity_of("Le vice-ministre de la Défense") == v.named("Kim Kang-il")


def test_an_inverted_pronoun_after_a_quote_is_still_a_mention(view):
    v = view("Le ministre Kim Kang-il est arrivé à Moscou. « Nous riposterons », a-t-il déclaré.")
    assert v.entity_of("il") == v.named("Kim Kang-il")
