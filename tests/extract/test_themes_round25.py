"""The things acts are done to (round 25): goods of an act to come (`pourrait livrer des armes à Kiev`, not under a
charge, a denial or a condition), the thing a relative pronoun stands for (`l'accord que Moscou a quitté`, `l'accord
..., dont Moscou s'est retiré`), a treaty told by a participle, a relative clause or a demonstrative (`du traité X
signé en juin par`, `un traité qui prévoit`, `Ce pacte, signé par`), an object set after a date (`a tiré la semaine
dernière un missile`), things counted or described by a participle (`huit fusils`, `des ballons chargés d'ordures`),
and what the object's phrase leaves out (`au-dessus de la frontière`, `à bord du navire`). Sentences written for
these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(type, trigger, [(role, mention text of the entity)]) for each event, with the entity's first mention."""
    data = extract(text).data
    first = {}
    for m in data["mentions"]:
        first.setdefault(m["entity"], m["text"])
    return [(e["type"], e["trigger"]["text"], [(r["role"], first.get(r["entity"], r["entity"])) for r in e["roles"]])
            for e in data["events"]]


def themes_of(extract, text: str, trigger: str) -> list[str]:
    found = [roles for _, t, roles in events_of(extract, text) if t == trigger]
    assert found, f"no event on {trigger!r}"
    return [x for r, x in found[0] if r == "theme"]


# --- goods of an act to come --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "theme"), [
    ("La Corée du Sud pourrait livrer des armes à l'Ukraine, a averti un conseiller.", "livrer", "des armes"),
    ("Le Japon envisage de fournir des radars à l'Indonésie, selon Tokyo.", "fournir", "des radars"),
    ("Les Occidentaux soupçonnent Pékin de fournir à Moscou des composants destinés à son industrie militaire.",
     "fournir", "des composants destinés à son industrie militaire"),
])
def test_goods_of_an_act_to_come_are_its_theme(extract, text, trigger, theme):
    assert themes_of(extract, text, trigger) == [theme]


@pytest.mark.parametrize(("text", "trigger"), [
    # negatives: a denied act, an act set as a condition, a feared one: goods of a kind, no thing
    ("Moscou n'a aucune intention de livrer des armes à Pyongyang, a assuré le président russe.", "livrer"),
    ("Si les Occidentaux livrent des missiles à Kiev, la Russie ripostera, a menacé Dmitri Medvedev.", "livrent"),
])
def test_goods_of_a_denied_or_conditional_act_are_a_kind(extract, text, trigger):
    assert themes_of(extract, text, trigger) == []


# --- what a relative pronoun stands for -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "theme"), [
    ("Erdogan veut relancer l'accord céréalier que Moscou a quitté en juillet.", "a quitté", "l'accord céréalier"),
    ("Le pétrolier MSC Aries, que les Gardiens de la révolution ont saisi samedi, a été libéré.", "ont saisi",
     "MSC Aries"),
])
def test_relative_que_is_the_object(extract, text, trigger, theme):
    assert themes_of(extract, text, trigger) == [theme]


def test_dont_of_a_pronominal_verb_is_its_de_complement(extract):
    text = ("Guterres avait contribué à prolonger l'accord permettant l'exportation de céréales par la mer Noire, "
            "dont Moscou s'est retiré en juillet.")
    found = {t: roles for _, t, roles in events_of(extract, text)}
    deal = "l'accord permettant l'exportation de céréales par la mer Noire"
    assert ("theme", deal) in found["prolonger"]
    assert found["s'est retiré"] == [("agent", "Moscou"), ("theme", deal)]


def test_dont_as_a_noun_complement_is_no_theme(extract):
    # negative: `dont` is the complement of `les termes`, not of the verb (no pronominal verb)
    text = "La Turquie a parrainé l'accord de paix, dont la Russie conteste les termes depuis juillet."
    assert all(("theme", "l'accord de paix") not in roles for _, t, roles in events_of(extract, text)
               if t == "conteste")


# --- treaties told by a participle, a relative clause, a demonstrative ----------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "theme"), [
    ("Les ministres ont parlé de l'application du traité de coopération militaire signé en mars par Xi Jinping et "
     "Vladimir Poutine.", "signé", "traité de coopération militaire"),
    ("Ce pacte, signé en mars par Xi Jinping et Vladimir Poutine, est entré en vigueur.", "signé", "Ce pacte"),
    ("Xi Jinping et Vladimir Poutine avaient signé en mars à Moscou un traité qui prévoit une aide mutuelle.",
     "avaient signé", "un traité"),
])
def test_a_treaty_told_apart_is_the_signing_theme(extract, text, trigger, theme):
    assert themes_of(extract, text, trigger) == [theme]


def test_a_bare_agreement_names_the_signing_itself(extract):
    # negative: `un accord` with nothing to tell it apart is the signing, not a text signed
    assert themes_of(extract, "La Chine et la Serbie ont signé un accord avec le Japon.", "ont signé") == []


# --- an object after a date; things counted or described ------------------------------------------------------------


def test_object_after_a_date(extract):
    text = "La Corée du Nord a tiré la semaine dernière un nouveau missile hypersonique."
    assert themes_of(extract, text, "a tiré") == ["un nouveau missile hypersonique"]


@pytest.mark.parametrize(("text", "trigger", "theme"), [
    ("La Corée du Nord a lâché des ballons chargés d'ordures au-dessus de la frontière.", "a lâché",
     "des ballons chargés d'ordures"),
    ("Les garde-côtes ont saisi huit fusils à bord du navire.", "ont saisi", "huit fusils"),
    ("La Pologne a intercepté des colis piégés destinés à l'Ukraine.", "a intercepté",
     "des colis piégés destinés à l'Ukraine"),
])
def test_things_counted_or_described(extract, text, trigger, theme):
    found = [roles for _, t, roles in events_of(extract, text) if t == trigger]
    assert found and any(x == theme for _, x in found[0])


@pytest.mark.parametrize("text", [
    # negatives: abstract or figurative objects, and a noun of the list in a fixed phrase
    "Le gouvernement a pris des mesures contre la corruption.",
    "Les deux pays ont franchi une étape importante.",
    "Sur la base de ces informations, Paris a agi.",
    "Le pétrolier figure sur la liste des navires sanctionnés par l'Union européenne.",  # a kind of ship
    "Ce sommet a ouvert la voie à une normalisation, a estimé Emmanuel Macron.",
])
def test_abstract_objects_are_no_things(extract, text):
    assert all(r != "theme" for _, _, roles in events_of(extract, text) for r, _ in roles)
    assert not any(m["text"].lower().endswith(("base", "étape", "mesures", "voie", "navires"))
                   for m in extract(text).data["mentions"])


# --- a participle agreeing with the noun before a complement; a clitic taking up a thing ---------------------------


def test_participle_describes_the_noun_it_agrees_with(extract):
    text = "Le dirigeant biélorusse a apporté son soutien total au plan en douze points publié vendredi par Pékin."
    found = [(k, roles) for k, t, roles in events_of(extract, text) if t == "publié"]
    assert found and found[0][0] == "Proposal" and ("agent", "Pékin") in found[0][1]
    assert [x for r, x in found[0][1] if r == "theme"] == ["plan"]


@pytest.mark.parametrize(("text", "trigger", "theme"), [
    ("La Turquie a parrainé l'accord céréalier en 2022. Le président turc souhaite le maintenir.", "maintenir",
     "l'accord céréalier"),
    ("Le Japon a financé un pont à Manille et l'a inauguré lundi.", "a inauguré", "un pont"),
])
def test_a_clitic_takes_up_the_thing_named_last(extract, text, trigger, theme):
    assert themes_of(extract, text, trigger) == [theme]


@pytest.mark.parametrize(("text", "trigger"), [
    # negatives: a person between the thing and the clitic may be the one taken up; a clitic of another gender
    ("Le Japon a financé un pont. Le président philippin, Ferdinand Marcos, l'a remercié lundi.", "a remercié"),
    ("La Chine a financé un pont à Manille et la Russie l'a critiquée.", "a critiquée"),
])
def test_a_clitic_with_something_else_before_it_takes_up_no_thing(extract, text, trigger):
    assert all(r != "theme" for _, t, roles in events_of(extract, text) if t == trigger for r, _ in roles)
