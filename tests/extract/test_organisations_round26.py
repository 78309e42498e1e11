"""International organisations the knowledge base does not hold, their names, seats and officials (round 26,
`organisations`).

Sentences written for these tests:

- an organisation's long name, its acronym (defined in brackets or known), its other names and its capitalised short
  name once named are one local organisation (`la Communauté économique ... (Cedeao) ... la Cedeao`, `l'UE ... l'Union
  européenne`, `l'Otan ... l'Alliance atlantique ... l'Alliance`, `les Vingt-Sept`), never a Wikidata link;
- a name the recogniser ran on into a day or a person's name (`l'Otan jeudi`, `de l'Otan Jens Stoltenberg`) is the
  organisation's name;
- the seat stands for it by the syntax rules of capitals (`Budapest accuse Bruxelles de chantage`: the Union; the
  Commission when the article names it), never where it is where something happens (`à Bruxelles`) nor where the
  article names the state whose capital it is (`La Belgique ... Bruxelles a dénoncé`);
- the head of such an organisation (`le secrétaire général de l'Otan`, `le patron de l'Alliance`, `le chef de l'Otan`)
  is one person, the one its apposition names, else a local person, who takes part in the clause's events;
- joining an organisation (`a rejoint l'Otan`) is an act on it, not a trip;
- an army's name and its description are one body (`l'armée israélienne ... Tsahal`); a capitalised short name
  followed by what makes it another body's name (`l'Agence spatiale européenne`, `le Fonds vert`) is not taken.
"""

from __future__ import annotations


def _local(entity: str | None) -> bool:
    return entity is not None and entity.startswith("local:")


def test_a_defined_acronym_that_is_no_initials_is_the_body(view):
    v = view("La Communauté économique des États de l'Afrique de l'Ouest (Cedeao) a suspendu le Niger. "
             "La Cedeao menace d'intervenir.")
    body = v.named("Communauté économique des États de l'Afrique de l'Ouest")
    assert v.named("Cedeao") == body and _local(body)
    assert v.entity(body)["type"] == "organization"
    assert ("agent", body) in v.roles(v.event_on("Event", "intervenir"))


def test_a_known_acronym_and_the_long_name_are_one_body(view):
    v = view("L'UE a gelé les avoirs de la banque centrale. Selon l'Union européenne, le montant dépasse "
             "200 milliards.")
    assert v.named("UE") == v.named("Union européenne")
    assert _local(v.named("UE"))


def test_other_names_and_the_short_name_of_nato_are_one_body(view):
    v = view("L'Otan a promis d'accroître son aide. L'Alliance atlantique compte désormais 32 membres. "
             "L'Alliance a invité l'Ukraine au sommet.")
    nato = v.named("Otan")
    assert v.named("Alliance atlantique") == nato
    assert v.named("L'Alliance") == nato
    assert ("agent", nato) in v.roles(v.event_on("Invitation", "invité"))


def test_the_twenty_seven_are_the_union(view):
    v = view("L'Union européenne prépare de nouvelles sanctions. Les Vingt-Sept ont adopté mercredi un nouveau paquet.")
    assert v.named("Les Vingt-Sept") == v.named("Union européenne")


def test_a_name_run_on_into_a_day_is_the_name(view):
    v = view("La Finlande a rejoint l'Otan mardi. L'Otan compte désormais 31 membres.")
    assert v.entity_of("Otan mardi") is None
    event = v.event_on("Event", "rejoint")
    assert v.roles(event) == {("agent", v.named("Finlande")), ("recipient", v.named("Otan"))}


def test_a_short_name_of_another_body_is_not_taken(view):
    v = view("L'Union européenne a protesté. L'Union des Polonais de Biélorussie a été dissoute. "
             "Des responsables de l'Union ont été arrêtés.")
    assert v.entity_of("Union") != v.named("Union européenne")


def test_brussels_acting_is_the_union_when_no_state_is_named(view):
    v = view("Budapest accuse Bruxelles de chantage.")
    union = v.named("Bruxelles")
    assert _local(union) and v.entity(union)["type"] == "organization"
    assert v.kind_of("Bruxelles") == "metonym"


def test_brussels_acting_is_the_commission_the_article_names(view):
    v = view("La Commission européenne a proposé des droits de douane. Bruxelles a ouvert une enquête sur les aides.")
    assert v.named("Bruxelles") == v.named("Commission européenne")


def test_brussels_where_something_happens_stays_the_city(view):
    v = view("L'Union européenne a salué l'accord. Des milliers de manifestants ont défilé à Bruxelles dimanche.")
    assert v.entity_of("Bruxelles") != v.named("Union européenne")


def test_brussels_is_belgium_where_the_article_names_belgium(view):
    v = view("La Belgique a rappelé son ambassadeur. Bruxelles a dénoncé une ingérence.")
    assert v.named("Bruxelles") == v.named("Belgique")


def test_the_hague_acting_is_the_one_court_named(view):
    v = view("La Cour pénale internationale a émis un mandat d'arrêt. La Haye accuse le dirigeant de crimes de guerre.")
    court = v.named("Cour pénale internationale")
    assert court in {m["entity"] for m in v.data["mentions"] if "Haye" in m["text"]}


def test_the_hague_is_the_netherlands_where_they_are_named(view):
    v = view("Les Pays-Bas ont convoqué l'ambassadeur russe. La Haye a dénoncé une provocation.")
    assert v.named("Pays-Bas") in {m["entity"] for m in v.data["mentions"] if "Haye" in m["text"]}


def test_the_head_named_by_apposition_is_the_head_named_again_by_role(view):
    v = view("Le secrétaire général de l'Otan, Mark Rutte, a appelé à dépenser davantage. "
             "Le patron de l'Alliance a aussi critiqué la Chine.")
    rutte = v.named("Mark Rutte")
    assert v.named("Le patron de l'Alliance") == rutte
    assert v.named("Le secrétaire général de l'Otan") == rutte


def test_an_unnamed_head_is_one_local_person_who_acts(view):
    v = view("Le directeur général de l'AIEA a averti que la centrale était menacée. "
             "Le patron de l'AIEA doit se rendre à Zaporijjia.")
    head = v.named("Le directeur général de l'AIEA")
    assert _local(head) and v.entity(head)["type"] == "person"
    assert v.named("Le patron de l'AIEA") == head
    assert ("agent", head) in v.roles(v.event_on("Visit", "rendre"))


def test_the_chief_of_an_organisation_named_twice_is_one_person(view):
    v = view("Le secrétaire général de l'Otan a rencontré le président ukrainien. Le chef de l'Otan a promis des "
             "munitions.")
    assert v.named("Le chef de l'Otan") == v.named("Le secrétaire général de l'Otan")


def test_a_title_before_a_name_is_the_named_person_later(view):
    v = view("Le secrétaire général de l'Otan Jens Stoltenberg a rencontré Volodymyr Zelensky. "
             "Le secrétaire général de l'Alliance a promis un soutien durable.")
    assert v.entity_of("Le secrétaire général de l'Otan") is None  # part of the name's phrase
    assert v.named("Le secrétaire général de l'Alliance") == v.named("Jens Stoltenberg")


def test_two_organisations_have_two_heads(view):
    v = view("La présidente de la Commission européenne a salué l'accord. Le président du Conseil européen a "
             "appelé à l'unité.")
    assert v.named("La présidente de la Commission européenne") != v.named("Le président du Conseil européen")


def test_a_predicate_title_is_no_head(view):
    v = view("Le Japon était le seul dirigeant du G7 à ne pas s'être rendu en Ukraine.")
    assert v.entity_of("dirigeant du G7") is None


def test_joining_an_organisation_is_an_act_on_it(view):
    v = view("Les dirigeants ont promis à l'Ukraine qu'elle serait invitée à rejoindre l'Otan.")
    event = v.event_on("Event", "rejoindre")
    assert v.roles(event) == {("agent", v.named("Ukraine")), ("recipient", v.named("Otan"))}


def test_reaching_a_city_is_still_a_trip(view):
    v = view("Le ministre chinois a rejoint Pyongyang mardi.")
    assert not v.events_on("rejoint", "Event")


def test_the_revolutionary_guards_have_one_entity(view):
    v = view("Les Gardiens de la révolution ont saisi samedi un navire. Les pasdarans ont affirmé que le navire "
             "violait les règles.")
    guards = v.named("Gardiens de la révolution")
    assert v.named("Les pasdarans") == guards and _local(guards)


def test_the_organisation_noun_takes_up_nato(view):
    v = view("L'Otan a tenu un sommet à Vilnius. L'organisation a promis d'inviter l'Ukraine.")
    assert v.named("L'organisation") == v.named("Otan")


def test_europe_acting_is_the_union_and_in_europe_is_the_continent(view):
    v = view("L'Union européenne a réagi. L'Europe ne peut pas accepter ces pratiques. Les prix ont bondi en Europe.")
    europe = [m for m in v.data["mentions"] if m["text"] == "Europe"]
    assert europe[0]["entity"] == v.named("Union européenne")
    assert europe[1]["entity"] != v.named("Union européenne")


def test_the_army_and_its_name_are_one_body(view):
    v = view("L'armée israélienne a frappé Gaza. Tsahal affirme avoir visé des positions du Hamas.")
    army = v.named("Tsahal")
    assert v.named("L'armée israélienne") == army and _local(army)
    assert ("agent", army) in v.roles(v.event_on("Event", "frappé"))


def test_a_capitalised_short_name_of_another_body_stays_that_body(view):
    v = view("L'AIEA a publié un rapport. L'Agence spatiale européenne a lancé un satellite. Le FMI a accordé un "
             "prêt. Le Fonds vert pour le climat a financé le projet.")
    assert v.named("Agence spatiale européenne") != v.named("AIEA")
    assert v.entity_of("Fonds vert") != v.named("FMI")
