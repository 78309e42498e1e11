"""Code, ontology and shapes name the same terms, every term is documented, and every Wikidata id is verified.

The ontology (ontology/newsld.ttl) is the reference. ``vocab.NLD`` must list exactly its terms, the shapes must
use no term it lacks and give every class of it a shape, and the Wikidata alignment must agree in three
places: the ontology (owl:equivalentClass / rdfs:subClassOf), ``vocab.WIKIDATA_EVENT_CLASS`` (what the mapper
writes as wdt:P31) and the shapes' alignment table (what the gate checks).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from newsld import vocab
from newsld.resources import ontology_file, shapes_file, verified_ids_file
from newsld.vocab import NLD, WD, WDT

SH = Namespace("http://www.w3.org/ns/shacl#")
NLDSH = Namespace("https://w3id.org/newsld/shapes#")
NS = str(NLD._NS)
SOURCE = Path(vocab.__file__).parent
WIKIDATA_ID = re.compile(r"\b(?:wdt?:|http://www\.wikidata\.org/(?:entity|prop/direct)/)([PQ][0-9]+)\b")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_file(), format="turtle")


@pytest.fixture(scope="module")
def defined(ontology: Graph) -> set[URIRef]:
    """The terms the ontology defines: every typed subject in its namespace."""
    return {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(NS)}


def code_terms() -> set[URIRef]:
    return {NLD[name] for name in NLD.__annotations__}


def event_classes(ontology: Graph) -> set[URIRef]:
    """nld:Event and everything below it, following rdfs:subClassOf within the ontology."""
    return set(ontology.transitive_subjects(RDFS.subClassOf, NLD.Event))


def speech_act_classes(ontology: Graph) -> set[URIRef]:
    return set(ontology.transitive_subjects(RDFS.subClassOf, NLD.SpeechAct))


def nld_terms_in(text: str) -> set[URIRef]:
    """nld: terms written in SPARQL text (the shapes' constraints) or Turtle."""
    return {NLD._NS[name] for name in re.findall(r"\bnld:([A-Za-z][A-Za-z0-9]*)", text)}


def shape_targets(shapes: Graph, shape: URIRef) -> set[URIRef]:
    return set(shapes.objects(shape, SH.targetClass))


def verified_ids() -> set[str]:
    with verified_ids_file().open(encoding="utf-8") as handle:
        return {row["id"] for row in csv.DictReader(handle, delimiter="\t")}


def ontology_alignment(ontology: Graph, cls: URIRef) -> str:
    """The Wikidata class an event class stands for: its equivalent class, else its one direct Wikidata
    superclass."""
    exact = [o for o in ontology.objects(cls, OWL.equivalentClass) if str(o).startswith(str(WD))]
    above = [o for o in ontology.objects(cls, RDFS.subClassOf) if str(o).startswith(str(WD))]
    chosen = exact or above
    assert len(chosen) == 1, f"{cls} must have exactly one Wikidata equivalent or direct superclass: {chosen}"
    return str(chosen[0]).removeprefix(str(WD))


def shapes_alignment_table(shapes: Graph) -> dict[str, str]:
    """Class -> expected Wikidata class, as the EventShape's SPARQL alignment check computes it: the classes
    of its IN list, the exact ones from its IF chain, the others the chain's default."""
    queries = [str(q) for q in shapes.objects(None, SH.select) if "?expected" in str(q)]
    assert len(queries) == 1
    query = queries[0]
    classes = re.findall(r"nld:(\w+)", re.search(r"\?class IN \(([^)]*)\)", query).group(1))
    exact = dict(re.findall(r"IF \(\?class = nld:(\w+),\s+wd:(Q\d+),", query))
    default = re.search(r"wd:(Q\d+)\)+\s+AS \?expected", query).group(1)
    return {name: exact.get(name, default) for name in classes}


# --- the same set of terms everywhere -------------------------------------------------------------------


def test_code_and_ontology_define_the_same_terms(defined):
    assert code_terms() == defined, (
        f"only in vocab.NLD: {sorted(code_terms() - defined)}; only in the ontology: {sorted(defined - code_terms())}"
    )


def test_shapes_use_no_term_the_ontology_lacks(shapes, defined):
    in_graph = {t for t in shapes.all_nodes() if isinstance(t, URIRef) and t.startswith(NS)}
    in_sparql = set().union(*(nld_terms_in(str(q)) for q in shapes.objects(None, SH.select)))
    assert in_graph, "the shapes name no ontology term at all"
    assert (in_graph | in_sparql) - defined == set()


def test_code_uses_no_term_the_ontology_lacks(defined):
    used: set[URIRef] = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= {NLD._NS[name] for name in re.findall(r"\bNLD\.([A-Za-z]\w*)", text) if not name.startswith("_")}
        used |= {NLD._NS[name] for name in re.findall(r"\bNLD\[\"([A-Za-z]\w*)\"\]", text)}
    assert used, "the code names no ontology term at all"
    assert used - defined == set()


def test_every_ontology_class_has_a_shape(ontology, shapes, defined):
    classes = {c for c in defined if (c, RDF.type, OWL.Class) in ontology}
    targeted = set(shapes.objects(None, SH.targetClass))
    assert classes - targeted == set()


def test_event_shapes_list_every_event_class(ontology, shapes):
    events = event_classes(ontology)
    assert NLD.Meeting in events and NLD.Toast in events
    for shape in (NLDSH.EventShape, NLDSH.EventAdviceShape, NLDSH.EventAnchorShape):
        assert shape_targets(shapes, shape) == events, shape
    assert shape_targets(shapes, NLDSH.SpeechActShape) == speech_act_classes(ontology)


def test_vocab_tables_match_the_ontology(ontology, defined):
    assert set(vocab.EVENT_CLASSES.values()) == event_classes(ontology)
    assert {vocab.EVENT_CLASSES[name] for name in vocab.SPEECH_ACT_TYPES} == speech_act_classes(ontology)
    assert set(vocab.STATUS_TERMS.values()) == set(ontology.subjects(RDF.type, NLD.EventStatus))
    assert set(vocab.ROLE_PROPERTIES.values()) <= defined


def test_status_list_is_the_same_in_ontology_and_shapes(ontology, shapes):
    statuses = set(ontology.subjects(RDF.type, NLD.EventStatus))
    one_of = next(ontology.objects(NLD.EventStatus, OWL.equivalentClass))
    assert set(ontology.items(ontology.value(one_of, OWL.oneOf))) == statuses
    status_lists = [
        set(shapes.items(shapes.value(p, SH["in"])))
        for p in shapes.subjects(SH.path, NLD.status)
        if shapes.value(p, SH["in"]) is not None
    ]
    assert status_lists == [statuses]
    assert set(shapes.items(shapes.value(NLDSH.EventStatusShape, SH["in"]))) == statuses


# --- every term documented --------------------------------------------------------------------------------


@pytest.mark.parametrize("term", sorted(code_terms()), ids=lambda t: t.removeprefix(NS))
def test_every_term_is_labelled_in_french_and_english_and_explained(ontology, term):
    languages = {label.language for label in ontology.objects(term, RDFS.label) if isinstance(label, Literal)}
    assert {"fr", "en"} <= languages
    assert any(len(str(c)) > 20 for c in ontology.objects(term, RDFS.comment))
    assert (term, RDFS.isDefinedBy, vocab.ONTOLOGY_IRI) in ontology


def test_every_shape_says_what_it_checks(shapes):
    named = {s for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}
    assert named
    for shape in named:
        assert shapes.value(shape, RDFS.comment) is not None, shape
    for constraint in [*shapes.objects(None, SH.property), *shapes.objects(None, SH.sparql)]:
        owner = shapes.value(predicate=SH.property, object=constraint)
        if owner in (NLDSH.DayTime, NLDSH.MonthTime, NLDSH.YearTime, NLDSH.UndatedTime):
            continue  # parts of TimeValueShape's sh:or, which carries the message
        assert shapes.value(constraint, SH.message) is not None, constraint


# --- Wikidata alignment -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [ontology_file(), shapes_file()], ids=["ontology", "shapes"])
def test_every_wikidata_id_is_verified(path):
    used = set(WIKIDATA_ID.findall(path.read_text(encoding="utf-8")))
    assert used, f"{path.name} uses no Wikidata id"
    assert used - verified_ids() == set()


def test_verified_wikidata_shape_lists_exactly_the_verified_items(shapes):
    """The gate's list of allowed Wikidata items is ids.tsv's items, no more, no fewer."""
    alternatives = list(shapes.items(shapes.value(NLDSH.VerifiedWikidataShape, SH["or"])))
    listed = {
        str(item).removeprefix(str(WD))
        for alternative in alternatives
        if (alternative, SH["in"], None) in shapes
        for item in shapes.items(shapes.value(alternative, SH["in"]))
    }
    assert listed == {i for i in verified_ids() if i.startswith("Q")}


def test_wikidata_event_class_table_agrees_with_the_ontology(ontology):
    events = event_classes(ontology)
    assert set(vocab.WIKIDATA_EVENT_CLASS) == {c.removeprefix(NS) for c in events}
    for cls in events:
        assert vocab.WIKIDATA_EVENT_CLASS[cls.removeprefix(NS)] == ontology_alignment(ontology, cls), cls


def test_shapes_alignment_table_agrees_with_the_vocabulary(shapes):
    assert shapes_alignment_table(shapes) == vocab.WIKIDATA_EVENT_CLASS


def test_inexact_alignments_say_so(ontology):
    """A class aligned only with a class above it records the missing exact id, to be checked later."""
    for cls in event_classes(ontology):
        if (cls, OWL.equivalentClass, None) not in ontology:
            assert ontology.value(cls, SKOS.editorialNote) is not None, cls


def test_role_hierarchy_and_property_alignment(ontology):
    expected = [
        (NLD.speaker, RDFS.subPropertyOf, NLD.agent),
        (NLD.agent, RDFS.subPropertyOf, NLD.participant),
        (NLD.recipient, RDFS.subPropertyOf, NLD.participant),
        (NLD.participant, OWL.equivalentProperty, WDT.P710),
        (NLD.speaker, OWL.equivalentProperty, WDT.P823),
        (NLD.place, RDFS.subPropertyOf, WDT.P276),
        (NLD.quote, RDFS.subPropertyOf, WDT.P1683),
        (NLD.partOf, RDFS.subPropertyOf, WDT.P361),
        (NLD.accordingTo, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/prov#wasAttributedTo")),
        (NLD.Event, RDFS.subClassOf, vocab.SEM.Event),
        (NLD.Event, RDFS.subClassOf, vocab.SCHEMA.Event),
    ]
    assert [t for t in expected if t not in ontology] == []
    assert (NLD.theme, RDFS.subPropertyOf, NLD.participant) not in ontology  # a thing given takes no part
