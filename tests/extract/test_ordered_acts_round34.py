"""The one ordered or asked to act does the act and owns what the act is about, on sentences of the lead's own:
`a ordonné à la Russie d'« arrêter » son offensive` (an elided word glued to guillemets is one token: the tokenizer
cut `d`, `'` and `«` apart), and the possessive of the act's object is the one ordered, not the one who orders."""

from __future__ import annotations

from newsld.extract.nlp import parse


def test_an_infinitive_in_guillemets_is_done_by_the_one_ordered(view):
    v = view("La Cour a ordonné vendredi à la Russie d’« arrêter immédiatement » son offensive militaire en Ukraine.")
    stop = v.event_on("Event", "arrêter")
    assert ("agent", "Q159") in v.roles(stop)
    assert all(e != v.named("La Cour") for _, e in v.roles(stop))


def test_the_act_the_one_ordered_owns_is_theirs(view):
    v = view("La Cour a ordonné vendredi à la Russie de cesser son offensive.")
    assert ("agent", "Q159") in v.roles(v.event_on("Event", "cesser"))
    assert all(("agent", v.named("La Cour")) not in v.roles(e) for e in v.data["events"])


def test_the_measure_the_one_asked_owns_is_theirs(view):
    v = view("Le Japon a demandé à la Chine de lever son embargo.")
    embargo = v.events_on("embargo")
    assert embargo and all(("agent", "Q17") not in v.roles(e) for e in embargo)
    assert ("agent", "Q148") in v.roles(embargo[0])


def test_an_elided_word_glued_to_guillemets_stays_one_token(nlp):
    doc = parse("Il a décidé d’« arrêter » tout, et l’« opération » a pris fin.")
    words = [t.text for t in doc]
    assert "d'" in words and "l'" in words and "d" not in words and "l" not in words
    assert words[words.index("d'") + 1] == "«"
