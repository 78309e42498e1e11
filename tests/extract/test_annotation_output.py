"""Whole annotations: valid, deterministic, never a wrong or unverified link; the bundled article."""

from __future__ import annotations

import json

import pytest

from newsld.annotation import curated_annotation_path, load_annotation
from newsld.article import load_article
from newsld.extract import extract_annotation
from newsld.extract.evaluate import evaluate_annotations
from newsld.extract.knowledge_base import verified_qids
from newsld.pipeline import AnnotatedArticle, assemble
from newsld.resources import bundled_article
from newsld.validate import validate

NO_KNOWN_ENTITY = (
    "Jean Dupont, maire de Trifouilly-les-Oies, a rencontré mardi Marie Durand, présidente de l'association "
    "Les Amis du Lavoir. « Nous allons rénover le lavoir », a déclaré Marie Durand. Dupont a offert un livre "
    "à Durand. La mairie de Trifouilly doit signer un accord avec la société Durand & Fils."
)


def _qids(data):
    found = {e["id"] for e in data["entities"] if e["id"].startswith("Q")}
    found |= {m["entity"] for m in data["mentions"] if m["entity"].startswith("Q")}
    return found


def test_an_article_with_no_known_entity_has_only_unlinked_entities(extract):
    data = extract(NO_KNOWN_ENTITY).data
    assert _qids(data) == set()
    names = {m["text"] for m in data["mentions"] if m["kind"] == "name"}
    assert {"Jean Dupont", "Marie Durand"} <= names
    for entity in data["entities"]:
        assert entity["id"].startswith("local:") and entity["unlinked_reason"]
    durand = next(m["entity"] for m in data["mentions"] if m["text"] == "Marie Durand")
    assert next(m["entity"] for m in data["mentions"] if m["text"] == "Durand") == durand
    assert data["speech_acts"][0]["speaker"] == durand


def test_extraction_is_deterministic(extract):
    text = "Vladimir Poutine a rencontré Xi Jinping à Pékin. « Tout va bien », a déclaré le président russe."
    first, second = extract(text).to_json(), extract(text).to_json()
    assert first == second
    ids = [m["id"] for m in json.loads(first)["mentions"]]
    assert ids == sorted(ids, key=lambda i: tuple(int(x) for x in i.split("-")[1:]))


@pytest.fixture(scope="module")
def bundled(nlp, extract_settings):
    article = load_article(bundled_article())
    return article, extract_annotation(article, extract_settings)


def test_bundled_article_uses_only_verified_qids(bundled):
    _, annotation = bundled
    assert _qids(annotation.data) <= verified_qids()
    assert annotation.kind == "automatic"


def test_bundled_article_against_the_curated_one_has_no_wrong_link(bundled):
    article, annotation = bundled
    curated = curated_annotation_path(bundled_article())
    if not curated.is_file():
        pytest.skip("no curated annotation beside the bundled article")
    report = evaluate_annotations(load_annotation(curated, article), annotation)
    assert report.wrong_qids == []
    assert report.scores["entity_links"].f1 >= 0.9


# The figures issue 4 sets for the bundled article (benchmarks/generalisation.py reports them with the corpora's):
# a rule that costs the one article the project ships must fail here, not only in a benchmark nobody reruns.
BUNDLED_TARGETS = {"entity_links": 0.95, "events": 0.85, "roles": 0.80, "speech_acts": 0.90}


def test_bundled_article_meets_the_issues_figures(bundled):
    article, annotation = bundled
    report = evaluate_annotations(load_annotation(curated_annotation_path(bundled_article()), article), annotation)
    reached = {measure: round(report.scores[measure].f1, 3) for measure in BUNDLED_TARGETS}
    assert all(reached[m] >= target for m, target in BUNDLED_TARGETS.items()), reached
    assert report.time_accuracy >= 0.95 and report.wrong_qids == []


def test_automatic_annotations_map_to_a_graph_that_passes_shacl(extract, article_of, bundled, make_settings):
    """The bundled article and one with no known entity, extracted, mapped and validated with the shapes."""
    article, annotation = bundled
    unknown = extract(NO_KNOWN_ENTITY)
    annotated = [AnnotatedArticle(article, annotation, "automatic", article.source),
                 AnnotatedArticle(article_of(NO_KNOWN_ENTITY), unknown, "automatic", "test-article.txt")]
    dataset, _ = assemble(annotated, make_settings())
    report = validate(dataset)
    assert report.conforms, report.text


def test_a_corpus_in_batches_gives_the_same_annotations_as_one_by_one(article_of, extract_settings, nlp):
    from newsld.extract import extract_annotations

    texts = ["Vladimir Poutine a rencontré Xi Jinping à Pékin.", NO_KNOWN_ENTITY,
             "« Nous ne céderons pas », a déclaré Sergueï Lavrov jeudi."]
    articles = [article_of(t, article_id=f"a{n}") for n, t in enumerate(texts)]
    batch = [a.to_json() for a in extract_annotations(articles, extract_settings)]
    assert batch == [extract_annotation(a, extract_settings).to_json() for a in articles]


UNUSED_ENTITY_BAIT = (
    "Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré mardi à Hanoï son homologue vietnamien. "
    "Pas de réaction à Washington, où le département d'État s'est refusé à tout commentaire."
)


@pytest.mark.parametrize("text", [UNUSED_ENTITY_BAIT, NO_KNOWN_ENTITY])
def test_every_listed_entity_is_mentioned_or_takes_part(extract, text):
    # an entity listed for nothing would be published as a resource page with no fact behind it
    data = extract(text).data
    used = {m["entity"] for m in data["mentions"]}
    for event in data["events"]:
        used |= {r["entity"] for r in event["roles"]} | set(event.get("according_to", []))
        used |= {event["place"]} if "place" in event else set()
    for act in data["speech_acts"]:
        used |= {act["speaker"], *act.get("according_to", [])}
    assert {e["id"] for e in data["entities"]} <= used
    assert "Q789889" not in {e["id"] for e in data["entities"]}  # the office's ministry no mention names


SUSPICIONS_WITHOUT_A_SUSPECTER = (
    "Le Kremlin a été accusé d'avoir orchestré l'attentat. "
    "Les accusations selon lesquelles Moscou aurait livré des drones ont été rejetées. "
    "Certains soupçonnent le Kremlin d'avoir commandité l'attentat."
)


def test_a_suspicion_no_words_give_a_suspecter_for_is_hypothetical_and_the_graph_conforms(
        extract, article_of, make_settings):
    annotation = extract(SUSPICIONS_WITHOUT_A_SUSPECTER)
    events = annotation.data["events"]
    assert events and all(e["status"] != "suspected" or e.get("according_to") for e in events)
    assert {"attentat", "aurait livré"} <= {e["trigger"]["text"] for e in events if e["status"] == "hypothetical"}
    annotated = [AnnotatedArticle(article_of(SUSPICIONS_WITHOUT_A_SUSPECTER), annotation, "automatic", "t.txt")]
    dataset, _ = assemble(annotated, make_settings())
    report = validate(dataset)
    assert report.conforms, report.text


def test_a_suspicion_with_its_suspecter_stays_suspected(extract):
    events = extract("Washington accuse Pékin de livrer des armes à la Russie.").data["events"]
    delivery = next(e for e in events if e["type"] == "Delivery")
    assert delivery["status"] == "suspected" and delivery["according_to"] == ["Q30"]


@pytest.mark.parametrize(("text", "trigger", "suspecter"), [
    ("La journaliste Anna Novak est détenue en Chine pour espionnage présumé.", "espionnage", "Q148"),
    ("Le parquet de Quito a ouvert une enquête pour corruption visant l'ancien ministre Pablo Vera.", "corruption",
     "local:le-parquet-de-quito"),
])
def test_who_holds_or_investigates_someone_suspects_them(extract, text, trigger, suspecter):
    event = next(e for e in extract(text).data["events"] if e["trigger"]["text"] == trigger)
    assert event["status"] == "suspected" and event["according_to"] == [suspecter]
