"""Verbs that must keep their party: a participle describing a text behind a fused article (`au projet publié par X`,
`du plan publié par X`: `au`, `du` are the definite article), passives with no agent (the one who undergoes it is the
recipient), passives with their `par` agent, and verbs joined by `et` sharing one subject. Every sentence is of our
own writing, not from the bundled article nor the gold corpus; the negative ones give no event (or no role) where
the construction tells none."""

from __future__ import annotations

CHINA, USA, JAPAN = "Q148", "Q30", "Q17"


def roles_of(v, event, role: str) -> set[str]:
    return {e for r, e in v.roles(event) if r == role}


# --- a text a participle describes, behind `au` / `du` ------------------------------------------------------------

def test_a_draft_published_behind_au_is_a_proposal_of_its_author_on_that_draft(view):
    v = view("Les syndicats ont dénoncé le passage en force au projet de réforme publié mardi par la Chine.")
    published = v.event_on("Proposal", "publié")
    assert roles_of(v, published, "agent") == {CHINA}
    assert v.themes(published) == ["projet de réforme"]
    assert published["status"] == "occurred"


def test_a_plan_published_behind_du_is_a_proposal_on_the_plan(view):
    v = view("Les infirmières ont manifesté contre la réforme du plan publié jeudi par la Chine.")
    published = v.event_on("Proposal", "publié")
    assert roles_of(v, published, "agent") == {CHINA}
    assert v.themes(published) == ["plan"]


def test_a_plan_with_its_own_article_stays_a_proposal(view):
    v = view("Les agriculteurs ont protesté contre un plan publié mardi par les États-Unis.")
    published = v.event_on("Proposal", "publié")
    assert roles_of(v, published, "agent") == {USA}
    assert v.themes(published) == ["un plan"]


def test_a_statement_published_behind_au_is_speech_not_a_deed(view):
    v = view("Le ministre a répondu au communiqué publié mardi par la Chine.")
    assert not v.events_on("publié")


def test_measures_in_the_plural_behind_aux_make_no_thing_published(view):
    v = view("Les syndicats se sont opposés aux mesures publiées mardi par la Chine.")
    assert not v.events_on("publiées")


def test_a_person_behind_au_is_no_thing_acted_upon(view):
    v = view("La police a parlé au manifestant arrêté mardi par les gendarmes.")
    for event in v.events_on("arrêté"):
        assert not roles_of(v, event, "theme")


# --- passives: with no agent, the one who undergoes it; with `par`, both -----------------------------------------

def test_a_person_arrested_with_no_agent_is_the_recipient(view):
    v = view("Le militant écologiste Jean Moreau a été arrêté mardi à Lyon.")
    arrest = v.event_on("Event", "arrêté")
    assert v.roles(arrest) == {("recipient", v.named("Jean Moreau"))}
    assert arrest["status"] == "occurred"


def test_a_release_that_may_come_keeps_its_recipient_and_is_hypothetical(view):
    v = view("Le militant Jean Moreau pourrait être libéré la semaine prochaine.")
    release = v.event_on("Event", "libéré")
    assert v.roles(release) == {("recipient", v.named("Jean Moreau"))}
    assert release["status"] == "hypothetical"


def test_a_judge_suspended_by_a_council_has_both_parties(view):
    v = view("Le juge Marc Dubois a été suspendu par le Conseil supérieur de la magistrature.")
    suspension = v.event_on("Event", "suspendu")
    assert ("recipient", v.named("Marc Dubois")) in v.roles(suspension)
    assert len(roles_of(v, suspension, "agent")) == 1


# --- verbs joined by `et` share their subject ----------------------------------------------------------------------

def test_the_second_of_two_joined_verbs_keeps_the_shared_subject(view):
    v = view("La police a encerclé le bâtiment et arrêté trois militants.")
    police = v.named("La police")
    assert ("agent", police) in v.roles(v.event_on("Event", "encerclé"))
    assert ("agent", police) in v.roles(v.event_on("Event", "arrêté"))
