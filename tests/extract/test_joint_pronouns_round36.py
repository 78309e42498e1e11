"""`ils` taking up parties joined as the subject of a verb of saying, finite verbs the tagger calls something else,
and a mend of a garbled parse that would loop (session 22); each on sentences of the lead's own."""

from __future__ import annotations

CHINA, JAPAN = "Q148", "Q17"


def _parties(v, word):
    return {e for _, e in v.roles(v.events_on(word)[0])}


def test_ils_under_a_joint_announcement_is_both_parties(view):
    v = view("La Chine et le Japon ont annoncé vendredi qu’ils rétabliraient leurs relations diplomatiques.")
    assert _parties(v, "rétabliraient") == {CHINA, JAPAN}
    v = view("Pékin et Tokyo ont annoncé vendredi qu’ils rouvriraient leurs ambassades d’ici deux mois.")
    assert _parties(v, "rouvriraient") == {CHINA, JAPAN}


def test_a_plural_pronoun_with_no_joined_subject_above_stays_unread(view):
    v = view("Les dirigeants ont dit qu’ils reviendraient.")
    assert not v.events_on("reviendraient")


def test_a_conditional_tagged_an_adverb_is_a_verb(view):
    v = view("La Chine a annoncé vendredi qu’elle rétablirait ses relations avec le Japon.")
    assert _parties(v, "rétablirait") == {CHINA, JAPAN}


def test_a_participle_with_its_auxiliary_tagged_an_adverb_is_a_verb(nlp):
    from newsld.extract.events import retag_participles
    from newsld.extract.nlp import parse

    doc = parse("Il s’agit d’une visite qui a aussitôt irrité ses partenaires européens.")
    retag_participles(doc)
    assert next(t for t in doc if t.text == "irrité").pos_ == "VERB"


def test_a_garbled_text_whose_mend_would_loop_is_still_read(extract):
    text = ("avait a ses Défense de le démenti. d’avoir bombardé Prigojine ministère soir, Vendredi ce la camps, "
            "accusé que l’état-major Moscou et Pékin ont appelé à la retenue.")
    assert extract(text).data["mentions"]


def test_subjects_joined_by_the_parse_to_an_opening_phrase(view):
    v = view("Selon la Maison Blanche, Washington et Hanoï ont conclu des accords sur les semi-conducteurs.")
    assert {e for _, e in v.roles(v.event_on("Agreement", "conclu"))} == {"Q30", "Q881"}


def test_the_two_sides_of_an_act_just_told(view):
    v = view("La Chine et la Russie ont signé un accord. Les deux puissances ont également convenu de renforcer leurs "
             "exercices militaires.")
    assert {e for _, e in v.roles(v.event_on("Agreement", "convenu"))} == {"Q148", "Q159"}
    v = view("L’Iran et l’Arabie saoudite ont signé un accord à Pékin. « Les deux parties ont convenu de rouvrir leurs "
             "ambassades », indique le communiqué.")
    assert len({e for _, e in v.roles(v.event_on("Agreement", "convenu"))}) == 2


def test_two_sides_with_no_act_just_told_are_not_guessed(view):
    v = view("Le Japon a protesté. Le Portugal a convoqué un diplomate. Le Japon et le Portugal ont réagi. "
             "L’ONU a appelé les deux parties à la retenue.")
    assert not any({"Q17", "Q45"} <= {r["entity"] for r in e["roles"]} for e in v.events_on("retenue"))
