"""Groups and bodies named by a common noun phrase, as parties of events (round 11, helper A).

Sentences written for these tests, on topics beyond the gold corpus (protests, elections, courts, disasters,
health, sport, trade), each checking the structure that must come out: a crowd counted by a quantity noun
(`Des milliers de Chiliens`) is one local group that acts, not the whole people; bodies in the plural
(`délégations`) are groups; a bare definite body (`La police`, `Les autorités`, `l'opposition`) is a local body,
the same one for the same words, and takes part in the events it does; unnamed people who act (`un suspect`, `une
retraitée`) are local persons. And where nothing must fire: a people alone (`Les Chiliens`), a body inside a title
or a quote, a bare noun that takes up a body named before, a person who only undergoes. Never a Wikidata link.
"""

from __future__ import annotations

from newsld.extract.described_groups import described_groups
from newsld.extract.linking import Linker
from newsld.extract.model import Entities
from newsld.extract.nlp import parse
from newsld.extract.unnamed_entities import NOUN_CLASSES, PERSON_NOUNS, unnamed_entity_mentions


def group_words(kb, text: str) -> list[str]:
    """The words of each group or institution the described-groups step finds after the linker's names."""
    doc = parse(text)
    names = Linker(kb, doc, Entities()).link_names(text)
    return [text[start:end] for start, end, _, _ in described_groups(doc, names)]


def local(entity: str) -> bool:
    return entity.startswith("local:")


# --- crowds counted by a quantity noun ------------------------------------------------------------------------

def test_a_counted_crowd_of_inhabitants_is_one_group_that_acts(view):
    v = view("Des milliers de Chiliens ont manifesté samedi à Santiago contre la réforme des retraites.")
    crowd = v.named("Des milliers de Chiliens")
    assert local(crowd) and v.entity(crowd)["type"] == "group"
    assert v.entity_of("Chiliens") is None  # the crowd acts, not the whole people
    assert v.roles(v.event_on("Event", "manifesté")) == {("agent", crowd)}


def test_the_people_replaced_by_the_crowd_leaves_no_entity_behind(view):
    v = view("Des centaines de Kényans ont bloqué lundi la route de l'aéroport de Nairobi.")
    ids = {e["id"] for e in v.data["entities"]}
    assert ids <= {m["entity"] for m in v.data["mentions"]} | {r["entity"] for e in v.data["events"]
                                                               for r in e["roles"]}


def test_a_people_without_a_count_is_no_crowd(kb):
    assert group_words(kb, "Les Chiliens votent dimanche pour élire leur président.") == []


def test_a_crowd_is_taken_up_by_its_pronoun(view):
    v = view("Des milliers d'Argentins ont défilé mardi à Buenos Aires. Ils réclamaient une hausse des salaires.")
    assert v.named("Ils") == v.named("Des milliers d'Argentins")


# --- bodies of people in the plural --------------------------------------------------------------------------

def test_delegations_counted_are_a_group(kb):
    words = group_words(kb, "Une trentaine de délégations africaines ont participé au forum commercial de Dakar.")
    assert words == ["Une trentaine de délégations africaines"]


# --- bare definite bodies -----------------------------------------------------------------------------------

def test_a_bare_police_is_a_local_body_and_the_agent_of_its_act(view):
    v = view("La police a arrêté mardi deux militants écologistes devant le tribunal de Rennes.")
    police = v.named("La police")
    assert local(police) and v.entity(police)["type"] == "organization"
    assert ("agent", police) in v.roles(v.event_on("Event", "arrêté"))


def test_the_authorities_decreeing_are_the_agent(view):
    v = view("Après les inondations, les autorités ont décrété l'état de catastrophe naturelle dans la région.")
    authorities = v.named("les autorités")
    assert local(authorities)
    assert ("agent", authorities) in v.roles(v.event_on("Event", "décrété"))


def test_the_same_bare_words_are_one_entity_and_each_body_its_own(view):
    v = view("L'opposition a boycotté le scrutin municipal. La police a accusé l'opposition de violences.")
    assert v.named("L'opposition") == v.named("l'opposition")
    assert v.named("La police") != v.named("L'opposition")
    assert local(v.named("La police")) and local(v.named("L'opposition"))
    assert ("agent", v.named("L'opposition")) in v.roles(v.event_on("Event", "boycotté"))


def test_a_bare_body_after_the_named_one_takes_it_up(view):
    v = view("La police kényane a dispersé les manifestants à Mombasa. La police a ensuite fouillé le marché.")
    assert v.named("La police") == v.named("La police kényane")


def test_a_body_inside_a_title_or_a_quote_is_no_mention(view):
    v = view("Le porte-parole de la police a refusé de commenter l'accident du car scolaire.")
    assert v.entity_of("la police") is None
    v = view("« La police doit protéger les supporters », a déclaré le président du club.")
    assert v.entity_of("La police") is None


def test_a_bare_body_with_a_nationality_is_the_longer_phrase(kb):
    words = group_words(kb, "La police kényane a interpellé trois supporters à la sortie du stade.")
    assert words == ["La police kényane"]


# --- unnamed people who act (one module, one noun table) -------------------------------------------------------

def test_an_unnamed_suspect_who_is_arrested_is_a_local_person(view):
    v = view("Un suspect a été interpellé jeudi soir à Lille après l'incendie d'une pharmacie.")
    suspect = v.named("Un suspect")
    assert local(suspect) and v.entity(suspect)["type"] == "person"


def test_an_unnamed_retiree_is_the_speaker_of_her_quote(view):
    v = view("« Nous avons tout perdu dans la crue », a confié une retraitée de la vallée.")
    retiree = v.named("une retraitée de la vallée")
    assert local(retiree)
    assert [s["speaker"] for s in v.data["speech_acts"]] == [retiree]


def test_an_unnamed_person_who_only_undergoes_is_left_to_the_events():
    made: list[str] = []

    def allocate(label: str, type_: str) -> str:
        made.append(label)
        return f"local:{len(made)}"

    text = "Le juge d'instruction a entendu un témoin mardi au palais de justice."
    assert unnamed_entity_mentions(parse(text), [], allocate) == []


def test_one_person_table_serves_both_introductions_and_take_ups():
    assert {"diplomate", "suspect", "manifestant", "ministre", "retraitée"} <= PERSON_NOUNS
    assert {noun for noun, (_, type_) in NOUN_CLASSES.items() if type_ == "person"} <= PERSON_NOUNS
    assert not {"ministre", "porte-parole", "manifestant"} & set(NOUN_CLASSES)  # offices: never taken up alone


# --- the others: a definite count with `autres` is a new set, not the ones named before -------------------------

def test_the_other_candidates_are_a_group_but_the_two_candidates_are_not(kb):
    text = ("Le maire sortant a été réélu avec 61 % des voix. Les quatre autres candidats ont dénoncé des fraudes. "
            "Les deux candidats arrivés en tête avaient débattu.")
    assert group_words(kb, text) == ["Les quatre autres candidats"]


def test_the_other_members_who_reject_a_draft_are_a_group(kb):
    words = group_words(kb, "La proposition chinoise a été rejetée par les autres membres du comité olympique.")
    assert words == ["les autres membres du comité olympique"]
