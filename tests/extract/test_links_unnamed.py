"""People and things named only by a common noun phrase (round 10, helper A).

Sentences written for these tests, on topics beyond the gold corpus (shipping, justice, energy, migration, labour,
disasters), each checking the structure that must come out: one local entity for an indefinite introduction that
takes part in an event (subject, object, agent, `de` complement of an event noun) and its later definite take-ups
of the same class (`un cargo` ... `le navire`), and none for a generic use (`la première expulsion d'un
diplomate depuis 2018`, `comme un diplomate`, `aucun`), a phrase a name describes, or a take-up with nothing
introduced before. Never a Wikidata link.
"""

from __future__ import annotations

from newsld.extract.linking import Linker
from newsld.extract.model import Entities
from newsld.extract.nlp import parse
from newsld.extract.references import resolve_references
from newsld.extract.unnamed_entities import NOUN_CLASSES, unnamed_entity_mentions


def resolved(kb, text: str) -> dict[str, tuple[str, str]]:
    """words -> (entity, type) of every mention the linker and the reference resolver make."""
    doc, entities = parse(text), Entities()
    found = resolve_references(kb, doc, entities, Linker(kb, doc, entities).link_names(text))
    return {text[m.start:m.end]: (m.entity, m.type) for m in found}


def unnamed_only(text: str) -> dict[str, str]:
    """words -> entity of the mentions the unnamed-entity step alone makes (no other mention before it)."""
    made: list[str] = []

    def allocate(label: str, type_: str) -> str:
        made.append(label)
        return f"local:{len(made)}"

    found = unnamed_entity_mentions(parse(text), [], allocate)
    return {text[m.start:m.end]: m.entity for m in found}


def test_a_ship_introduced_as_object_is_taken_up_by_a_noun_of_its_class(kb):
    found = resolved(kb, "Les garde-côtes grecs ont intercepté un cargo battant pavillon panaméen au large de la "
                         "Crète. Le navire transportait plus de quatre cents migrants.")
    assert found["un cargo"][0] == found["Le navire"][0]
    assert found["Le navire"] == (found["un cargo"][0], "object")
    assert found["un cargo"][0].startswith("local:")


def test_a_former_official_and_the_former_civil_servant_are_one_local_person(kb):
    found = resolved(kb, "La justice allemande a inculpé mardi un ancien responsable du ministère de l'Intérieur. "
                         "L'ancien fonctionnaire aurait vendu des fichiers à une société privée.")
    entity, type_ = found["L'ancien fonctionnaire"]
    assert type_ == "person" and entity.startswith("local:")
    assert any(words.startswith("un ancien responsable") and e == entity for words, (e, _) in found.items())


def test_an_acting_indefinite_person_keeps_one_entity_with_its_take_up(kb):
    found = resolved(kb, "Un diplomate iranien a été convoqué jeudi par les autorités suédoises. "
                         "Le diplomate a rejeté toute accusation d'ingérence.")
    introduced = next(e for words, (e, _) in found.items() if words.startswith("Un diplomate"))
    assert found["Le diplomate"] == (introduced, "person")


def test_the_complement_of_an_event_noun_introduces_someone(kb):
    found = resolved(kb, "Les syndicats ont dénoncé l'arrestation d'un journaliste biélorusse à Minsk. "
                         "Le journaliste couvrait une grève dans une usine de tracteurs.")
    introduced = next(e for words, (e, _) in found.items() if words.startswith("un journaliste"))
    assert introduced.startswith("local:")
    assert found["Le journaliste"] == (introduced, "person")


def test_a_take_up_fused_with_de_joins_the_chain(kb):
    found = resolved(kb, "Un chalutier a coulé dimanche au large de la Bretagne. L'équipage du navire a été "
                         "secouru par un hélicoptère.")
    assert found["navire"][0] == found["Un chalutier"][0]


def test_a_take_up_follows_its_own_class_not_the_last_introduction(kb):
    found = unnamed_only("Un avion de patrouille a survolé un pétrolier en mer Noire. L'appareil a regagné sa base "
                         "et le navire a poursuivi sa route.")
    assert found["Un avion de patrouille"] == found["L'appareil"]
    assert found["un pétrolier"] == found["le navire"] != found["L'appareil"]


def test_a_plant_damaged_then_shut_down_is_one_thing(kb):
    found = resolved(kb, "Un séisme a endommagé une centrale nucléaire dans l'ouest du pays. La centrale a été "
                         "mise à l'arrêt par l'exploitant.")
    assert found["une centrale nucléaire"][0] == found["La centrale"][0]
    assert found["La centrale"][1] == "object"


def test_a_count_of_events_introduces_nobody():
    found = unnamed_only("Il s'agit de la première expulsion d'un diplomate américain depuis 2018. "
                         "Le diplomate a quitté le pays.")
    assert found == {}


def test_comparison_and_negation_introduce_nobody():
    assert unnamed_only("Le ministre s'est exprimé comme un diplomate chevronné. Le diplomate a souri.") == {}
    assert unnamed_only("Aucun diplomate n'a été expulsé. Le diplomate a démenti.") == {}


def test_a_definite_noun_with_nothing_introduced_is_no_mention():
    assert unnamed_only("Le navire a accosté lundi à Marseille avec deux cents passagers.") == {}


def test_a_plural_is_no_introduction():
    assert unnamed_only("Des policiers ont interpellé des manifestants. Le policier a été blessé.") == {}


def test_an_object_without_take_up_is_left_to_the_event_steps():
    """`a visité une usine`: the visit makes its own theme; a chain adds nothing without a take-up."""
    assert unnamed_only("La ministre a visité une usine d'engrais près de Rouen.") == {}


def test_a_name_beside_the_phrase_says_who_it_is(kb):
    found = resolved(kb, "Un avocat, Pierre Lemaire, a déposé plainte vendredi. L'avocat dénonce une erreur.")
    assert not any(entity.startswith("local:avocat") for entity, _ in found.values())


def test_the_classes_hold_no_office_the_knowledge_base_resolves():
    """Role nouns (`le ministre`, `le président`) are resolved to office holders elsewhere, never chained here."""
    assert not {"ministre", "président", "ambassadeur", "porte-parole"} & set(NOUN_CLASSES)


def test_a_thing_with_no_take_up_is_left_to_the_event_steps():
    """`Un missile russe a touché`: the strike gives the weapon's state the act; no chain without a take-up."""
    assert unnamed_only("Un camion frigorifique a percuté un pont mardi près de Lyon.") == {}
