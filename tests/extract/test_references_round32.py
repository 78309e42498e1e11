"""A bare `le ministre` takes up the one minister the article titled before: written by the lead in session 18 on
sentences of his own (it used to be no mention, so the quote it reported had no speaker at all)."""

from __future__ import annotations


def test_a_bare_minister_reporting_a_quote_is_its_speaker(view):
    v = view("Le ministre turc des Affaires étrangères, Hakan Fidan, est arrivé lundi à Bagdad. « Nous ne céderons "
             "pas », a déclaré le ministre devant la presse.")
    fidan = v.named("Hakan Fidan")
    assert v.entity_of("le ministre") == fidan
    assert [s["speaker"] for s in v.data["speech_acts"]] == [fidan]


def test_a_bare_minister_takes_up_a_minister_the_knowledge_base_knows(view):
    v = view("Sergueï Lavrov est arrivé lundi à Pékin. Le ministre a rencontré Wang Yi.")
    assert v.entity_of("Le ministre") == v.named("Sergueï Lavrov")
    met = v.event_on("Meeting", "rencontré")
    assert ("participant", v.named("Sergueï Lavrov")) in v.roles(met)


def test_a_feminine_bare_minister_is_the_woman_titled_so(view):
    v = view("Le ministre japonais de la Défense, Gen Nakatani, et la ministre allemande des Affaires étrangères, "
             "Annalena Baerbock, sont arrivés à Kiev. La ministre a promis une aide.")
    assert v.entity_of("La ministre") == v.named("Annalena Baerbock")


def test_two_ministers_before_leave_a_bare_minister_unresolved(view):
    v = view("Le ministre japonais de la Défense, Gen Nakatani, a reçu le ministre philippin de la Défense, Gilberto "
             "Teodoro, mardi à Tokyo. « Nous ferons face ensemble », a déclaré le ministre.")
    assert v.entity_of("le ministre") is None


def test_a_minister_with_a_portfolio_or_a_former_one_is_not_bare(view):
    v = view("Le ministre turc des Affaires étrangères, Hakan Fidan, est arrivé à Bagdad. Il a rencontré le "
             "ministre de la Défense. L'ancien ministre a critiqué cette visite.")
    assert v.entity_of("ministre de la Défense") != v.named("Hakan Fidan")
    assert v.entity_of("L'ancien ministre") != v.named("Hakan Fidan")
