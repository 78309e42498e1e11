"""A subject pronoun takes up the subject before it even when that subject is a name set beside a title set beside
the subject's noun (`Le guide suprême, l'ayatollah Ali Khamenei, a ...`). Written by the lead in session 19 on
sentences of his own."""

from __future__ import annotations


def test_an_incise_pronoun_takes_up_a_name_beside_a_title_beside_the_subject(view):
    v = view("Le patriarche, le métropolite Onufri Berezovsky, a reçu lundi le nouveau recteur, Ivan Petrenko. "
             "« L'Église restera unie, a-t-il déclaré. Nous prierons pour la paix. »")
    act = next(a for a in v.data["speech_acts"] if a["trigger"]["text"] == "a-t-il déclaré")
    assert act["speaker"] == v.named("Onufri Berezovsky")


def test_a_sentence_pronoun_takes_up_the_same_subject(view):
    v = view("Le guide suprême, l'ayatollah Ali Khamenei, a reçu mardi le premier vice-président, Mohammad Mokhber. "
             "Il a ensuite décrété cinq jours de deuil national.")
    assert v.entity_of("Il") == v.named("Ali Khamenei")


def test_a_name_beside_the_object_is_not_taken_up_as_subject(view):
    v = view("Ali Khamenei a reçu mardi le premier vice-président, Mohammad Mokhber. « Je servirai le pays, "
             "a-t-il promis. »")
    act = next(a for a in v.data["speech_acts"] if a["trigger"]["text"] == "a-t-il promis")
    assert act["speaker"] == v.named("Ali Khamenei")
