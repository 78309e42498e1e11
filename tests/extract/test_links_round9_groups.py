"""Groups, institutions and unnamed people that events take as participants (round 9, helper O).

Sentences written for these tests, on topics beyond the gold corpus (disasters, justice, protests, migrations,
energy, prisoner exchanges), each checking the phrases that must become mentions of a local entity and the
ones that must not (phrases for entities named before, tolls, peoples, titles, predicates, quotes).
"""

from __future__ import annotations

import pytest

from newsld.extract.described_groups import described_group_mentions, described_groups
from newsld.extract.linking import Linker
from newsld.extract.model import Entities, fold
from newsld.extract.nlp import parse


def groups_of(kb, text: str) -> list[tuple[str, str, str]]:
    """(words, label, type) of each group or institution found, after the names the linker makes."""
    doc = parse(text)
    names = Linker(kb, doc, Entities()).link_names(text)
    return [(text[start:end], label, type_) for start, end, label, type_ in described_groups(doc, names)]


def words_of(kb, text: str) -> list[str]:
    return [words for words, _, _ in groups_of(kb, text)]


@pytest.mark.parametrize(("text", "wanted"), [
    # institutions: a body noun and what says which body (a nationality, a place, a portfolio, a function)
    ("L’armée soudanaise a bombardé un marché de Khartoum dimanche.", ["L’armée soudanaise"]),
    ("La police de Tokyo a arrêté deux suspects mardi.", ["La police de Tokyo"]),
    ("Le ministère turc de l’Énergie a signé un accord avec le gouvernement azerbaïdjanais.",
     ["Le ministère turc de l’Énergie", "le gouvernement azerbaïdjanais"]),
    ("Les garde-côtes philippins ont secouru l’équipage du cargo.", ["Les garde-côtes philippins"]),
    ("La commission électorale a rejeté la candidature de l’opposant.", ["La commission électorale"]),
    ("Les autorités locales ont ordonné l’évacuation du village.", ["Les autorités locales"]),
    ("Le bilan a été revu à la hausse, selon les services de secours.", ["les services de secours"]),
    # groups of people: counted, described, quantified
    ("Des centaines de secouristes fouillent les décombres de l’hôtel.", ["Des centaines de secouristes"]),
    ("115 soldats ukrainiens ont été libérés samedi par Moscou.", ["115 soldats ukrainiens"]),
    ("Les prisonniers libérés ont été accueillis à la frontière.", ["Les prisonniers libérés"]),
    ("Les familles des victimes réclament une enquête indépendante.", ["Les familles des victimes"]),
    ("Plusieurs centaines de migrants ont débarqué sur l’île.", ["Plusieurs centaines de migrants"]),
    ("Deux pêcheurs ont disparu en mer au large de la côte.", ["Deux pêcheurs"]),
    ("Des manifestants ont incendié des pneus devant le palais.", ["Des manifestants"]),
    ("Des ouvriers agricoles ont été blessés près de la raffinerie.", ["Des ouvriers agricoles"]),
    ("Au moins 30 civils ont péri dans la frappe, selon des médecins locaux.",
     ["Au moins 30 civils", "des médecins locaux"]),
    ("Pékin a condamné l’arrestation de pêcheurs chinois par la marine.", ["pêcheurs chinois"]),
    ("Une dizaine d’hommes armés de fusils ont attaqué le poste.", ["Une dizaine d’hommes armés de fusils"]),
    ("Des unités navales, aériennes et terrestres ont été déployées.", ["Des unités navales, aériennes et terrestres"]),
    ("Le navire a été arraisonné par des agents chinois.", ["des agents chinois"]),
    ("Le cargo a été secouru par l’équipage d’un chalutier.", ["l’équipage d’un chalutier"]),
    # one body of people: new (`une`), or definite with words that say which
    ("Une délégation militaire soudanaise a été reçue au Caire.", ["Une délégation militaire soudanaise"]),
    ("Une brigade allemande doit être stationnée en Lituanie.", ["Une brigade allemande"]),
    ("Les sauveteurs turcs ont atteint le village, puis la commission mixte a siégé.",
     ["Les sauveteurs turcs", "la commission mixte"]),
])
def test_groups_and_institutions_become_mentions(kb, text, wanted):
    assert words_of(kb, text) == wanted


@pytest.mark.parametrize("text", [
    "Les deux pays ont signé un mémorandum sur le gazoduc.",  # both named before: no group of its own
    "Ces trois hommes étaient recherchés depuis 2019.",
    # a toll of wounded, not a group that acts (the dead counted after `faire` are the deaths' victims, as the gold
    # README's `au moins 64 morts`: round 28)
    "L'accident a fait des centaines de blessés.",
    "Le porte-parole de la police a refusé de commenter.",  # the body inside a title names an office
    "Ce sont des civils, a insisté le maire.",  # a predicate says what someone is
    "« Les civils paient le prix de cette guerre », a-t-il lancé.",  # inside a quote
    "La police a interpellé les dirigeants.",  # no word says which police, which leaders
    "Il a répondu aux questions des journalistes.",  # whoever is there
    "Les forces russes ont repris le village.",  # a state's armed forces: events give them to the state
    "Il a parlé au service des États-Unis.",  # `au service de`: no body
    "La présidence russe du groupe a invité les dirigeants.",  # a state's turn at the head of a body
    # members of a named body inside a meeting noun: the body takes part (round 28: as the subject, `Les ministres des
    # Affaires étrangères de l'Union européenne évoqueront`, they are a group of their own, as in the newer gold)
    "Il participera lundi à une réunion des ministres des Affaires étrangères du G7.",
    "La délégation a quitté la salle.",  # a delegation named before
    "La défense européenne doit être renforcée.",  # a policy, not a force
    "Moscou a libéré des soldats.",  # an object: the events make the thing acted on themselves
    "Les partenaires européens de Kiev n’ont pas réagi.",  # people of someone: the speech and group steps
])
def test_what_is_no_group(kb, text):
    assert words_of(kb, text) == []


def test_a_place_inside_an_institution_stays_its_own_mention(kb):
    """`la police de Tokyo`: the institution holds the city's name, which the linker linked; both stay."""
    text = "La police de Tokyo a arrêté deux suspects."
    doc = parse(text)
    names = Linker(kb, doc, Entities()).link_names(text)
    found = list(described_groups(doc, names))
    assert [(text[m.start:m.end], m.entity) for m in names] == [("Tokyo", "Q1490")]
    assert [(text[s:e], t) for s, e, _, t in found] == [("La police de Tokyo", "organization")]


def test_the_same_words_give_the_same_label(kb):
    """Two mentions of one body in one article carry one label up to case (the resolver makes one local entity
    of labels that fold alike)."""
    text = ("Les autorités locales ont évacué la vallée. Selon les autorités locales, la digue a cédé.")
    found = groups_of(kb, text)
    assert [words for words, _, _ in found] == ["Les autorités locales", "les autorités locales"]
    assert len({fold(label) for _, label, _ in found}) == 1 and {t for _, _, t in found} == {"organization"}


def test_a_body_named_by_a_name_inside_is_the_name_linkers(kb):
    """`la télévision d'État CCTV`, `la chaîne publique NHK`: the name says which body; no second entity."""
    assert words_of(kb, "Selon la télévision d’État CCTV, le barrage a cédé.") == []


def test_groups_are_never_linked_to_wikidata(kb):
    found = groups_of(kb, "Les garde-côtes philippins ont été attaqués par des agents chinois.")
    assert [(words, type_) for words, _, type_ in found] == [("Les garde-côtes philippins", "organization"),
                                                              ("des agents chinois", "group")]
    assert all(not label.startswith("Q") for _, label, _ in found)


def test_a_bare_definite_noun_takes_up_the_body_named_before(kb):
    """`la police de Tokyo ... la police`, `Gazprom ... le groupe`: the same local entity; `le groupe` with
    words of its own (`le groupe pharmaceutique`) is another body, and nothing reaches a Wikidata item."""
    text = ("La police de Tokyo a arrêté deux hommes. Selon la police, ils ont avoué. Le géant gazier russe "
            "Gazprom a suspendu ses livraisons. Le groupe réclame des arriérés. Le groupe pharmaceutique Sanofi "
            "n’a pas réagi.")
    doc = parse(text)
    names = Linker(kb, doc, Entities()).link_names(text)
    made: dict[tuple[str, str], str] = {}

    def local(label: str, type_: str) -> str:
        return made.setdefault((label, type_), f"local:{label}")

    found = {text[m.start:m.end]: m.entity for m in described_group_mentions(doc, names, local)}
    gazprom = next(m.entity for m in names if text[m.start:m.end] == "Gazprom")
    assert found["La police de Tokyo"] == found["la police"] == "local:La police de Tokyo"
    assert found["Le groupe"] == gazprom
    assert "Le groupe pharmaceutique" not in found and all(e.startswith("local:") for e in found.values())


def test_a_take_up_never_reaches_a_linked_body(kb):
    """`l'ONU ... l'agence`: a body of the knowledge base is not taken up by a company noun (no guessed QID)."""
    text = "L’ONU a dénoncé les frappes. L’agence a publié un rapport."
    doc = parse(text)
    names = Linker(kb, doc, Entities()).link_names(text)
    assert described_group_mentions(doc, names, lambda label, type_: f"local:{label}") == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Un secouriste a raconté avoir entendu des appels sous les gravats.", "Un secouriste"),
    ("Une avocate de la famille a dénoncé une détention arbitraire.", "Une avocate de la famille"),
    ("Selon un pêcheur de l’île, la vague a tout emporté.", "un pêcheur de l’île"),
])
def test_an_indefinite_person_of_any_walk_of_life_is_a_local_person(extract, text, wanted):
    annotation = extract(text)
    mentions = [m for m in annotation.data["mentions"] if m["text"] == wanted]
    assert len(mentions) == 1 and mentions[0]["entity"].startswith("local:")
    entity = next(e for e in annotation.data["entities"] if e["id"] == mentions[0]["entity"])
    assert entity["type"] == "person"
