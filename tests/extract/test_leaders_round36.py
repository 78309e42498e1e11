"""A leader described by a political leaning, a time set between a verb of saying and its speaker, and agreeing
with `être` (session 22); each on sentences of the lead's own.

- `le dirigeant nationaliste`, `le président démocrate`: a head of state's or government's title whose only
  adjective is a political leaning (no nationality) is the first leader the article titled, not a new person;
- `a écrit le matin même le dirigeant`: the day or part of the day after a verb of saying is when, not who;
- `les deux dirigeants sont convenus de`: agreeing takes `être` in the active voice."""

from __future__ import annotations

FICO_TEXT = "Le Premier ministre slovaque, Robert Fico, s’est entretenu lundi avec Vladimir Poutine. "


def test_a_leader_described_by_a_leaning_is_the_leader_named_before(view):
    v = view("Le président américain, Joe Biden, est arrivé dimanche à Hanoï. La veille, le président démocrate avait "
             "rencontré des étudiants.")
    assert v.entity_of("le président démocrate") == v.named("Joe Biden")
    v = view("Le chancelier allemand, Olaf Scholz, a rencontré mardi Xi Jinping. « Nous sommes d’accord », a souligné "
             "le dirigeant social-démocrate.")
    assert v.entity_of("le dirigeant social-démocrate") == v.named("Olaf Scholz")


def test_the_first_leader_titled_when_two_were(view):
    v = view(FICO_TEXT + "Le dirigeant populiste s’était rendu mardi à Kiev.")
    assert v.entity_of("Le dirigeant populiste") == v.named("Robert Fico")
    assert v.roles(v.event_on("Visit", "rendu")) == {("agent", v.named("Robert Fico"))}


def test_a_leader_elected_or_of_a_body_is_someone_else(view):
    v = view("Le président américain, Joe Biden, a reçu Xi Jinping. Le président élu a promis des droits de douane.")
    assert v.entity_of("Le président élu") != v.named("Joe Biden")
    v = view("Le président américain, Joe Biden, a reçu Xi Jinping. Le dirigeant démocrate de la Chambre a protesté.")
    assert v.named("Joe Biden") not in {m["entity"] for m in v.data["mentions"] if "Chambre" in m["text"]}


def test_a_time_after_a_verb_of_saying_is_no_speaker(view):
    v = view(FICO_TEXT + "« Il faut la paix », avait écrit le matin même le dirigeant populiste. Mardi, il s’était "
             "rendu à Kiev.")
    assert v.entity_of("le matin") is None
    assert v.entity_of("il") == v.named("Robert Fico")
    v = view(FICO_TEXT + "« Il faut la paix », avait écrit la veille au soir le dirigeant populiste.")
    assert v.entity_of("la veille") is None
    assert v.entity_of("le dirigeant populiste") == v.named("Robert Fico")


def test_agreeing_with_etre_is_an_agreement_of_its_subjects(view):
    v = view("Le président sud-coréen, Yoon Suk Yeol, a rencontré jeudi à Tokyo le Premier ministre japonais, Fumio "
             "Kishida. Les deux dirigeants sont convenus de reprendre leurs visites réciproques.")
    sides = {v.named("Yoon Suk Yeol"), v.named("Fumio Kishida")}
    assert {e for _, e in v.roles(v.event_on("Agreement", "convenus"))} == sides
