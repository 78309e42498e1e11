"""States the knowledge base does not hold, their capitals, epithets, demonyms and officials (round 25, `states`).

Sentences written for these tests:

- a state's name and its capital standing for its government are one local state entity (`L'Égypte ... Le Caire a
  démenti`), by the linker's syntax rules: a capital that is where something happens stays the city (`des
  manifestants à Bagdad`), and a capital the recogniser missed or took for a person is read all the same;
- epithets of one state (`l'État hébreu`, `la République islamique`) and `le royaume` when the article names one
  kingdom are that state;
- a demonym that names the actor (`des drones iraniens`, `les forces azerbaïdjanaises`) gives the state as agent,
  a local entity, never a Wikidata link;
- a minister of such a state with a portfolio (`le ministre iranien des Affaires étrangères`) is a local person who
  takes part in the clause's events; the same words later, or the role without the portfolio, are the same person.
"""

from __future__ import annotations

KB_IDS = ("Q",)  # every Wikidata id starts so: the states of these sentences must stay local


def _local(entity: str | None) -> bool:
    return entity is not None and entity.startswith("local:")


def test_a_capital_that_acts_is_its_state(view):
    v = view("L'Égypte a fermé le terminal de Rafah. Le Caire a démenti toute pression américaine.")
    assert v.named("Caire") == v.named("Égypte")
    assert _local(v.named("Égypte"))
    assert v.entity(v.named("Égypte"))["type"] == "country"


def test_a_capital_as_object_is_its_state(view):
    v = view("Le Mali a rompu avec la France. Bamako accuse Paris de soutenir les groupes armés.")
    assert v.named("Paris") == v.named("France")
    assert v.named("Bamako") == v.named("Mali")


def test_a_capital_where_something_happens_stays_the_city(view):
    v = view("L'Irak a annoncé des élections. Des milliers de manifestants ont défilé à Bagdad vendredi.")
    assert v.named("Bagdad") != v.named("Irak")


def test_a_capital_the_state_is_not_named_for_still_stands_for_it(view):
    v = view("Riyad a condamné mercredi l'attaque contre le pétrolier.")
    state = v.named("Riyad")
    assert _local(state) and v.entity(state)["type"] == "country"
    assert v.kind_of("Riyad") == "metonym"


def test_a_capital_taken_for_a_person_is_the_state_the_article_names(view):
    v = view("La Turquie a approuvé l'adhésion de la Finlande. Ankara avait longtemps retardé ce vote.")
    assert v.named("Ankara") == v.named("Turquie")
    event = v.event_on("Event", "retardé")
    assert ("agent", v.named("Turquie")) in v.roles(event)


def test_a_capital_in_a_longer_name_is_no_state(view):
    v = view("Le Club de Rome a publié un rapport. L'Italie n'a pas réagi.")
    assert v.entity_of("Rome") != v.entity_of("Italie")


def test_two_names_of_one_state_are_one_entity(view):
    v = view("La Grande-Bretagne a gelé des avoirs russes. Le Royaume-Uni a aussi expulsé un diplomate.")
    assert v.named("Grande-Bretagne") == v.named("Royaume-Uni")


def test_the_hebrew_state_is_israel(view):
    v = view("Israël a frappé le sud du Liban. L'État hébreu a affirmé viser des positions du Hezbollah.")
    assert v.named("L'État hébreu") == v.named("Israël")


def test_the_islamic_republic_is_iran(view):
    v = view("Les Émirats ont convoqué l'ambassadeur d'Iran. Abou Dhabi accuse la République islamique d'ingérence.")
    assert v.named("la République islamique") == v.named("Iran")
    assert v.named("Abou Dhabi") == v.named("Émirats") or _local(v.named("Abou Dhabi"))


def test_the_kingdom_is_the_one_kingdom_named(view):
    v = view("Le Maroc a rappelé son ambassadeur. Le royaume a dénoncé une campagne hostile.")
    assert v.named("Le royaume") == v.named("Maroc")


def test_the_kingdom_with_two_kingdoms_named_stays_unresolved(view):
    v = view("L'Espagne et le Maroc ont signé un accord. Le royaume a salué ce texte.")
    assert v.entity_of("Le royaume") not in (v.named("Espagne"), v.named("Maroc"))


def test_a_demonym_weapon_names_its_state_as_agent(view):
    v = view("Des missiles iraniens ont frappé un camp au Kurdistan.")
    event = v.event_on("Event", "frappé")
    agents = [e for r, e in v.roles(event) if r == "agent"]
    assert len(agents) == 1 and _local(agents[0])
    assert v.entity(agents[0])["label"] == "Iran"


def test_demonym_forces_name_their_state(view):
    v = view("Les forces azerbaïdjanaises ont lancé une offensive contre les séparatistes arméniens.")
    event = v.event_on("Event", "offensive")
    agents = [e for r, e in v.roles(event) if r == "agent"]
    assert agents and v.entity(agents[0])["label"] == "Azerbaïdjan"


def test_a_demonym_state_is_the_named_state(view):
    v = view("La Hongrie bloque l'accord. Les forces hongroises ont franchi la frontière.")
    event = v.event_on("Event", "franchi")
    assert ("agent", v.named("Hongrie")) in v.roles(event)


def test_a_known_states_demonym_keeps_its_qid(view):
    v = view("Des drones russes ont frappé Odessa dans la nuit.")
    event = v.event_on("Event", "frappé")
    assert ("agent", "Q159") in v.roles(event)


def test_a_foreign_minister_of_an_unknown_state_is_a_local_agent(view):
    v = view("Le ministre saoudien des Affaires étrangères a reçu l'envoyé américain à Riyad.")
    minister = v.named("Le ministre saoudien des Affaires étrangères")
    assert _local(minister) and v.entity(minister)["type"] == "person"


def test_a_minister_convening_an_ambassador_is_its_agent(view):
    v = view("La ministre néerlandaise de la Défense a convoqué l'ambassadeur russe.")
    minister = v.named("La ministre néerlandaise de la Défense")
    event = v.event_on("Event", "convoqué")
    assert ("agent", minister) in v.roles(event)


def test_the_same_role_again_is_the_same_person(view):
    v = view("Le ministre polonais de l'Intérieur a annoncé des contrôles. Le ministre polonais a précisé qu'ils "
             "dureraient un mois.")
    assert v.named("Le ministre polonais") == v.named("Le ministre polonais de l'Intérieur")


def test_a_minister_named_in_apposition_is_that_person(view):
    v = view("Le ministre turc des Affaires étrangères, Hakan Fidan, a rencontré son homologue grec.")
    assert v.entity_of("Hakan Fidan") is not None
    assert v.entity_of("Le ministre turc des Affaires étrangères") in (None, v.named("Hakan Fidan"))


def test_no_wikidata_id_for_unknown_states(view):
    v = view("Téhéran a menacé Londres de représailles. Les Britanniques ont dépêché un navire.")
    for words in ("Téhéran", "Londres"):
        assert _local(v.named(words))
    assert v.named("Téhéran") != v.named("Londres")
