"""Vocabulary as code: the ontology's terms and the standard namespaces the published graph uses.

``NLD`` lists exactly the terms defined in ``ontology/newsld.ttl``; ``_fail = True`` makes a typo an
AttributeError, and ``tests/shapes/test_vocabulary.py`` checks that code, ontology and shapes name the same set.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = URIRef("https://w3id.org/newsld/ontology")


class NLD(DefinedNamespace):
    """newsld's event ontology (``https://w3id.org/newsld/ontology#``)."""

    _NS = Namespace("https://w3id.org/newsld/ontology#")
    _fail = True

    # Event classes
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    Banquet: URIRef
    Invitation: URIRef
    Acceptance: URIRef
    Gift: URIRef
    Proposal: URIRef
    Delivery: URIRef
    Agreement: URIRef
    Spaceflight: URIRef
    Sanction: URIRef
    SpeechAct: URIRef
    Statement: URIRef
    Report: URIRef
    Warning: URIRef
    Assurance: URIRef
    Toast: URIRef
    # Other classes
    EventStatus: URIRef
    UnlinkedEntity: URIRef
    TimeExpression: URIRef
    # Event statuses (instances of EventStatus)
    Occurred: URIRef
    Planned: URIRef
    Proposed: URIRef
    Suspected: URIRef
    Hypothetical: URIRef
    Negated: URIRef
    # Roles and other properties
    agent: URIRef
    participant: URIRef
    recipient: URIRef
    theme: URIRef
    place: URIRef
    time: URIRef
    status: URIRef
    accordingTo: URIRef
    speaker: URIRef
    quote: URIRef
    partOf: URIRef
    sourceSentence: URIRef
    timeValue: URIRef
    timePrecision: URIRef
    normalisationRule: URIRef
    unlinkedReason: URIRef
    mentionKind: URIRef


WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

# Prefixes bound in every serialisation and in the JSON-LD @context, so that dumps read alike.
PREFIXES: dict[str, str] = {
    "nld": str(NLD._NS),
    "wd": str(WD),
    "wdt": str(WDT),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "gaf": str(GAF),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "void": str(VOID),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# Event status as written in the annotation -> its individual in the ontology.
STATUS_TERMS: dict[str, URIRef] = {
    "occurred": NLD.Occurred,
    "planned": NLD.Planned,
    "proposed": NLD.Proposed,
    "suspected": NLD.Suspected,
    "hypothetical": NLD.Hypothetical,
    "negated": NLD.Negated,
}

# Statuses the article reports without asserting: kept out of the asserted view.
UNASSERTED_STATUSES = frozenset({"proposed", "suspected", "hypothetical", "negated"})

# Event type as written in the annotation -> its class in the ontology.
EVENT_CLASSES: dict[str, URIRef] = {
    name: NLD[name]
    for name in (
        "Event", "Meeting", "Visit", "Banquet", "Invitation", "Acceptance", "Gift", "Proposal", "Delivery",
        "Agreement", "Spaceflight", "Sanction", "SpeechAct", "Statement", "Report", "Warning", "Assurance",
        "Toast",
    )
}
SPEECH_ACT_TYPES = frozenset({"SpeechAct", "Statement", "Report", "Warning", "Assurance", "Toast"})

# The Wikidata class each event class stands for (wdt:P31 in the Wikidata view). Exact where Wikidata has
# a verified class; otherwise the nearest verified class above it (see the ontology's comments).
WIKIDATA_EVENT_CLASS: dict[str, str] = {
    "Event": "Q1656682",
    "Meeting": "Q2761147",
    "Visit": "Q1656682",
    "Banquet": "Q626066",
    "Invitation": "Q1656682",
    "Acceptance": "Q1656682",
    "Gift": "Q184303",
    "Proposal": "Q1656682",
    "Delivery": "Q1656682",
    "Agreement": "Q1656682",
    "Spaceflight": "Q752783",
    "Sanction": "Q1656682",
    "SpeechAct": "Q1656682",
    "Statement": "Q1656682",
    "Report": "Q1656682",
    "Warning": "Q1656682",
    "Assurance": "Q1656682",
    "Toast": "Q154168",
}

# Role as written in the annotation -> its property.
ROLE_PROPERTIES: dict[str, URIRef] = {
    "agent": NLD.agent,
    "participant": NLD.participant,
    "recipient": NLD.recipient,
    "theme": NLD.theme,
}

# Entity type as written in the annotation -> the schema.org class it is typed with.
ENTITY_CLASSES: dict[str, URIRef] = {
    "person": SCHEMA.Person,
    "organization": SCHEMA.Organization,
    "country": SCHEMA.Country,
    "place": SCHEMA.Place,
    "object": SCHEMA.Thing,
    "group": SCHEMA.Organization,
    "other": SCHEMA.Thing,
}
