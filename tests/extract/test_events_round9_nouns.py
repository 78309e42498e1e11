"""The arguments of events named by nouns (round 9, noun_arguments.py and event_nouns.py): who carries a measure
(`applique`, `maintient`, `a prolongé` sanctions or an embargo, also in a relative clause and past an adverbial) is
its author; a possessive names the doer as the subject of a verb of one's own act, never the `de` complement beside
it, and never the subject of a verb of reacting; the parties a broker (`grâce à la médiation de X`) brought together
are the clause's subjects; an act an agreement provides for is its signers', one signer included. And what must stay
silent: a measure one condemns is not one's own, a broker with no clause around it has no parties. Every sentence
is of our own writing, on topics beyond the gold corpus, not from the bundled article nor the gold articles.
Publication date 2024-03-15."""

from __future__ import annotations

PORTUGAL, BELARUS, NORTH_KOREA, SOUTH_KOREA, VIETNAM, CHINA, JAPAN = (
    "Q45", "Q184", "Q423", "Q884", "Q881", "Q148", "Q17")


def roles_of(v, type_: str, word: str) -> set[tuple[str, str]]:
    return v.roles(v.event_on(type_, word))


# --- measures: whoever carries one is its author ------------------------------------------------------------------

def test_a_state_applying_sanctions_in_a_relative_clause_past_a_date_is_their_author(view):
    v = view("Le Portugal, qui applique depuis 2022 des sanctions contre la Biélorussie, a rappelé son ambassadeur.")
    assert roles_of(v, "Sanction", "sanctions") == {("agent", PORTUGAL), ("recipient", BELARUS)}


def test_who_extends_an_embargo_on_goods_of_a_nationality_imposes_it_on_that_state(view):
    v = view("La Corée du Sud a prolongé jeudi l'embargo sur le charbon nord-coréen.")
    assert roles_of(v, "Sanction", "embargo") == {("agent", SOUTH_KOREA), ("recipient", NORTH_KOREA)}


def test_a_state_keeping_its_sanctions_is_their_author(view):
    v = view("Le Viêt Nam maintient ses sanctions contre la Corée du Nord.")
    assert roles_of(v, "Sanction", "sanctions") == {("agent", VIETNAM), ("recipient", NORTH_KOREA)}


def test_a_body_extending_its_sanctions_after_a_bare_weekday_is_their_author(view):
    v = view("L'Union européenne a prolongé lundi ses sanctions contre la Biélorussie.")
    union = v.named("Union européenne")
    assert roles_of(v, "Sanction", "sanctions") == {("agent", union), ("recipient", BELARUS)}


def test_tariffs_applied_since_a_year_are_the_applying_state_s(view):
    v = view("Pékin applique depuis 2023 des droits de douane sur le vin australien.")
    assert ("agent", CHINA) in roles_of(v, "Event", "droits")


def test_a_state_condemning_sanctions_does_not_impose_them(view):
    v = view("Le Japon a condamné les sanctions.")
    assert all(("agent", JAPAN) not in v.roles(e) for e in v.data["events"])


# --- brokers: the clause's subjects are the parties brought together ---------------------------------------------

def test_a_mediation_that_made_a_reopening_possible_brings_together_the_two_subjects(view):
    v = view("Le Soudan et le Tchad ont rouvert leur frontière grâce à la médiation du Qatar.")
    assert roles_of(v, "Event", "médiation") == {
        ("agent", v.named("Qatar")), ("participant", v.named("Soudan")), ("participant", v.named("Tchad"))}


def test_a_mediation_behind_an_agreement_of_two_states_has_both_as_parties(view):
    v = view("La Chine et le Viêt Nam ont conclu un accord de pêche grâce à une médiation du Portugal.")
    assert roles_of(v, "Event", "médiation") == {
        ("agent", PORTUGAL), ("participant", CHINA), ("participant", VIETNAM)}


def test_a_mediation_that_is_the_subject_has_only_its_broker(view):
    v = view("La médiation du Qatar a échoué.")
    assert roles_of(v, "Event", "médiation") == {("agent", v.named("Qatar"))}


# --- possessives: the owner is the subject of a verb of one's own act ---------------------------------------------

def test_a_withdrawal_announced_by_its_owner_is_not_the_body_it_leaves(view):
    v = view("Le Niger a annoncé lundi son retrait de la Cédéao.")
    assert roles_of(v, "Event", "retrait") == {("agent", v.named("Niger"))}


def test_who_welcomes_a_withdrawal_named_by_a_possessive_is_not_who_withdraws(view):
    v = view("Le Japon a salué son retrait.")
    assert all(("agent", JAPAN) not in v.roles(e) for e in v.events_on("retrait"))


# --- agreements: the act provided for is the signers' ------------------------------------------------------------

def test_a_construction_a_lone_signer_agrees_on_is_planned_and_its_own_despite_a_source_after(view):
    v = view("Le Japon a signé mardi à Hanoï un contrat « prioritaire » sur la construction du pont Nhat Tan, "
             "a annoncé son ministère.")
    construction = v.event_on("Event", "construction")
    assert v.roles(construction) == {("participant", JAPAN)}
    assert construction["status"] == "planned"


def test_a_construction_agreed_with_a_partner_is_of_both_signers(view):
    v = view("Le Japon a signé un contrat sur la construction du pont Nhat Tan avec le Viêt Nam.")
    assert roles_of(v, "Event", "construction") == {("participant", JAPAN), ("participant", VIETNAM)}


def test_a_construction_in_an_agreement_one_criticises_is_not_the_critic_s(view):
    v = view("Le Japon a critiqué un accord sur la construction d'une base navale.")
    assert all(("participant", JAPAN) not in v.roles(e) and ("agent", JAPAN) not in v.roles(e)
               for e in v.events_on("construction"))


# --- compound adjectives of two nationalities: the two parties of a two-party act ---------------------------------

def test_talks_named_by_a_compound_nationality_are_between_both_states(view):
    v = view("Les pourparlers russo-ukrainiens ont repris lundi à Genève.")
    assert roles_of(v, "Meeting", "pourparlers") == {("participant", "Q159"), ("participant", "Q212")}


def test_a_summit_named_by_a_compound_nationality_is_of_both_states(view):
    v = view("Le sommet sino-américain s'est achevé sans déclaration commune.")
    assert roles_of(v, "Meeting", "sommet") == {("participant", CHINA), ("participant", "Q30")}


def test_a_compass_point_nationality_names_one_state_not_two(view):
    v = view("Les pourparlers sud-coréens ont repris lundi.")
    assert all(("participant", JAPAN) not in v.roles(e) and len(v.roles(e)) <= 1 for e in v.events_on("pourparlers"))
