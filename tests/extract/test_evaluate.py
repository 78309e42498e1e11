"""The evaluation: counts, wrong QIDs, local entities matched by their spans, folders of pairs."""

from __future__ import annotations

import copy
import json

import pytest

from newsld.annotation import Annotation
from newsld.errors import InputError
from newsld.extract.evaluate import evaluate_annotations, evaluate_paths

TEXT = "Vladimir Poutine a offert un gant à Kim Jong-un jeudi."


def _annotation() -> dict:
    span = {"start": 17, "end": 25, "text": "a offert"}
    return {
        "format": "newsld-annotation/1",
        "article": {"id": "a", "language": "fr", "text_sha256": "0" * 64, "published": {"value": "2024-03-15",
                                                                                        "precision": "day"}},
        "annotator": {"kind": "curated"},
        "entities": [{"id": "Q7747", "label": "Vladimir Poutine", "type": "person"},
                     {"id": "Q56226", "label": "Kim Jong-un", "type": "person"},
                     {"id": "local:glove", "label": "gant", "type": "object"}],
        "mentions": [
            {"id": "m1", "start": 0, "end": 16, "text": "Vladimir Poutine", "entity": "Q7747", "kind": "name"},
            {"id": "m2", "start": 26, "end": 33, "text": "un gant", "entity": "local:glove", "kind": "nominal"},
            {"id": "m3", "start": 36, "end": 47, "text": "Kim Jong-un", "entity": "Q56226", "kind": "name"},
        ],
        "times": [{"id": "t1", "start": 48, "end": 53, "text": "jeudi", "value": "2024-03-14", "precision": "day",
                   "rule": "weekday-past"}],
        "events": [{"id": "e1", "type": "Gift", "trigger": span, "evidence": {"start": 0, "end": 54},
                    "roles": [{"role": "agent", "entity": "Q7747"}, {"role": "recipient", "entity": "Q56226"},
                              {"role": "theme", "entity": "local:glove"}], "status": "occurred", "time": "t1"}],
        "speech_acts": [],
    }


def test_an_annotation_against_itself_scores_one():
    gold = Annotation(_annotation())
    report = evaluate_annotations(gold, gold)
    assert all(s.f1 == 1.0 for s in report.scores.values()) and report.time_accuracy == 1.0
    assert report.wrong_qids == []
    assert "entity_links" in report.render() and report.to_dict()["scores"]["events"]["f1"] == 1.0


def test_local_ids_are_matched_by_span_and_errors_are_listed():
    system = copy.deepcopy(_annotation())
    system["annotator"]["kind"] = "automatic"
    system["entities"][2]["id"] = "local:gant"
    system["mentions"][1]["entity"] = "local:gant"
    system["events"][0]["roles"][2]["entity"] = "local:gant"
    system["mentions"][2]["entity"] = "Q10665"  # a wrong link
    system["times"][0]["value"] = "2024-03-21"
    report = evaluate_annotations(Annotation(_annotation()), Annotation(system))
    assert len(report.wrong_qids) == 1 and "Q10665" in report.wrong_qids[0]
    assert report.scores["mentions"].f1 == 1.0
    assert report.scores["entity_links"].tp == 1 and report.scores["entity_links"].fn == 1
    assert report.time_accuracy == 0.0 and "2024-03-21" in report.scores["times"].false_hits[0]
    assert report.scores["roles"].tp == 3  # the theme, under another local id, still counts


def test_folders_of_pairs_are_micro_averaged(tmp_path):
    gold_dir, system_dir = tmp_path / "gold", tmp_path / "system"
    gold_dir.mkdir()
    system_dir.mkdir()
    for name in ("a", "b"):
        data = _annotation()
        data["article"]["id"] = name
        (gold_dir / f"{name}.annotation.json").write_text(json.dumps(data), encoding="utf-8")
        if name == "b":
            data["events"] = []
        (system_dir / f"{name}.annotation.json").write_text(json.dumps(data), encoding="utf-8")
    report = evaluate_paths(gold_dir, system_dir)
    assert report.articles == ["a", "b"]
    assert (report.scores["events"].tp, report.scores["events"].fn) == (1, 1)
    with pytest.raises(InputError):
        evaluate_paths(gold_dir, tmp_path / "missing")


def _with_mentions(*mentions: tuple[int, int, str, str]) -> dict:
    data = copy.deepcopy(_annotation())
    data["mentions"] = [{"id": f"m{n}", "start": s, "end": e, "text": TEXT[s:e], "entity": q, "kind": k}
                        for n, (s, e, q, k) in enumerate(mentions)]
    return data


def test_a_link_inside_a_longer_gold_name_of_something_else_is_a_wrong_qid():
    # the gold reads `Kim Jong-un` as one name; a system link of `Kim` alone to someone else is wrong
    gold = _with_mentions((0, 16, "Q7747", "name"), (36, 47, "Q56226", "name"))
    system = _with_mentions((0, 16, "Q7747", "name"), (36, 39, "Q10665", "name"))
    report = evaluate_annotations(Annotation(gold), Annotation(system))
    assert len(report.wrong_qids) == 1 and "Q10665" in report.wrong_qids[0] and "Q56226" in report.wrong_qids[0]
    assert report.scores["entity_links"].tp == 1 and report.scores["entity_links"].fp == 1


def test_a_span_straddling_gold_mentions_is_wrong_unless_one_of_them_has_its_qid():
    gold = _with_mentions((0, 16, "Q7747", "name"), (36, 47, "Q56226", "name"))
    straddling = _with_mentions((10, 30, "Q10665", "name"))
    right = _with_mentions((0, 25, "Q7747", "name"))  # a longer span, same referent: a miss, not a wrong QID
    assert len(evaluate_annotations(Annotation(gold), Annotation(straddling)).wrong_qids) == 1
    assert evaluate_annotations(Annotation(gold), Annotation(right)).wrong_qids == []


def test_a_name_inside_a_gold_description_is_not_a_wrong_qid():
    # gold: `un gant à Kim` as a description of the glove; the system links only the name inside it
    gold = _with_mentions((26, 47, "local:glove", "nominal"))
    system = _with_mentions((36, 47, "Q56226", "name"))
    report = evaluate_annotations(Annotation(gold), Annotation(system))
    assert report.wrong_qids == [] and report.scores["entity_links"].fp == 1


def test_system_local_entities_and_unannotated_spans_are_never_wrong_qids():
    gold = _with_mentions((0, 16, "Q7747", "name"))
    system = _with_mentions((0, 16, "local:poutine", "name"), (36, 47, "Q56226", "name"))
    assert evaluate_annotations(Annotation(gold), Annotation(system)).wrong_qids == []


def _joint(annotation: dict, speakers: list[str], events: list[list[str]]) -> dict:
    """Acts and events that share one trigger (`ont promis`), one per speaker and per participant set."""
    span = {"start": 17, "end": 25, "text": "a offert"}
    annotation["speech_acts"] = [
        {"id": f"s{n}", "type": "Statement", "speaker": who, "trigger": span, "quotes": [],
         "evidence": {"start": 0, "end": 54}, "status": "occurred"} for n, who in enumerate(speakers)]
    annotation["events"] = [
        {"id": f"e{n}", "type": "Event", "trigger": span, "evidence": {"start": 0, "end": 54},
         "roles": [{"role": "participant", "entity": who} for who in parties], "status": "occurred"}
        for n, parties in enumerate(events)]
    return annotation


def test_acts_and_events_sharing_a_trigger_are_paired_by_who_not_by_order():
    gold = _joint(_annotation(), ["Q7747", "Q56226"], [["Q7747"], ["Q56226"], ["Q7747", "Q56226"]])
    system = _joint(_annotation(), ["Q56226", "Q7747"], [["Q7747", "Q56226"], ["Q56226"], ["Q7747"]])
    report = evaluate_annotations(Annotation(gold), Annotation(system))
    assert report.scores["speech_acts"].f1 == 1.0
    assert report.scores["events"].f1 == 1.0 and report.scores["roles"].f1 == 1.0


def test_a_wrong_speaker_on_a_shared_trigger_is_still_one_miss_and_one_false_hit():
    gold = _joint(_annotation(), ["Q7747", "Q56226"], [])
    system = _joint(_annotation(), ["Q56226", "local:someone"], [])
    score = evaluate_annotations(Annotation(gold), Annotation(system)).scores["speech_acts"]
    assert (score.tp, score.fn, score.fp) == (1, 1, 1) and "Q7747" in score.misses[0]


def _glove_spanned(local_id: str, **span: object) -> dict:
    """The gold annotation with the glove renamed to a local id of the system's and its mention given another span."""
    system = copy.deepcopy(_annotation())
    system["entities"][2]["id"] = local_id
    system["mentions"][1].update(entity=local_id, **span)
    system["events"][0]["roles"][2]["entity"] = local_id
    return system


def test_a_local_entity_is_the_gold_one_when_spans_differ_by_a_leading_article_only():
    system = _glove_spanned("local:le-gant", start=29, text="gant")
    report = evaluate_annotations(Annotation(_annotation()), Annotation(system))
    assert report.scores["mentions"].fn == 1  # the span itself still differs
    assert report.scores["roles"].f1 == 1.0 and report.scores["events"].f1 == 1.0


def test_spans_that_differ_by_more_than_an_article_are_not_aligned():
    system = _glove_spanned("local:offert-un-gant", start=19, text="ffert un gant")
    report = evaluate_annotations(Annotation(_annotation()), Annotation(system))
    assert report.scores["roles"].tp == 2 and report.scores["events"].f1 == 0.0


def test_a_local_entity_is_the_gold_one_when_its_span_starts_where_the_golds_does():
    """`un gant` and `un gant de cuir`: one phrase, its head first, with more or less of its complement."""
    system = _glove_spanned("local:un", end=28, text="un")
    report = evaluate_annotations(Annotation(_annotation()), Annotation(system))
    assert report.scores["mentions"].fn == 1  # the span itself still differs
    assert report.scores["roles"].f1 == 1.0 and report.scores["events"].f1 == 1.0


def test_a_start_shared_by_two_gold_entities_aligns_nothing():
    gold = _annotation()
    gold["entities"].append({"id": "local:glove-maker", "label": "gant", "type": "organization"})
    gold["mentions"].append({"id": "m5", "start": 26, "end": 28, "text": "un", "entity": "local:glove-maker",
                             "kind": "nominal"})
    system = _glove_spanned("local:un-ga", end=31, text="un ga")
    report = evaluate_annotations(Annotation(gold), Annotation(system))
    assert report.scores["roles"].tp == 2 and report.scores["events"].f1 == 0.0


def test_events_are_also_counted_by_type_right_and_found():
    system = copy.deepcopy(_annotation())
    system["events"][0]["roles"].pop()  # the gift found on its trigger, without its theme: found, not right
    system["events"].append({"id": "e2", "type": "Meeting", "trigger": {"start": 0, "end": 8, "text": "Vladimir"},
                             "evidence": {"start": 0, "end": 54}, "roles": [{"role": "agent", "entity": "Q7747"}],
                             "status": "occurred"})
    report = evaluate_annotations(Annotation(_annotation()), Annotation(system))
    gift_right, gift_found = report.event_types["Gift"]
    assert (gift_right.tp, gift_right.fp, gift_right.fn) == (0, 1, 1)
    assert (gift_found.tp, gift_found.fp, gift_found.fn) == (1, 0, 0)
    meeting_right, meeting_found = report.event_types["Meeting"]
    assert (meeting_right.fp, meeting_found.fp, meeting_right.fn) == (1, 1, 0)
    assert "events by type" in report.render()
    table = report.to_dict()["events_by_type"]
    assert table["Gift"]["found"]["recall"] == 1.0 and table["Gift"]["right"]["recall"] == 0.0


def test_the_type_table_adds_up_over_a_folder(tmp_path):
    gold_dir, system_dir = tmp_path / "gold", tmp_path / "system"
    gold_dir.mkdir()
    system_dir.mkdir()
    for name in ("a", "b"):
        data = _annotation()
        data["article"]["id"] = name
        (gold_dir / f"{name}.annotation.json").write_text(json.dumps(data), encoding="utf-8")
        (system_dir / f"{name}.annotation.json").write_text(json.dumps(data), encoding="utf-8")
    right, found = evaluate_paths(gold_dir, system_dir).event_types["Gift"]
    assert (right.tp, found.tp, right.fn) == (2, 2, 0)



def _with_glove_pronoun() -> tuple[dict, dict]:
    """Gold and system where a second span (0-8, standing in for a pronoun) is the glove's for the system and Putin's
    (a QID) for the gold."""
    gold = _annotation()
    gold["mentions"].insert(0, {"id": "m4", "start": 0, "end": 8, "text": "Vladimir", "entity": "Q7747",
                                "kind": "pronoun"})  # (in text order: before the glove's own span)
    system = copy.deepcopy(gold)
    system["entities"][2]["id"] = "local:le-gant"
    for mention in system["mentions"]:
        if mention["id"] in ("m2", "m4"):
            mention["entity"] = "local:le-gant"
    system["events"][0]["roles"][2]["entity"] = "local:le-gant"
    return gold, system


def test_a_local_entity_is_the_gold_one_when_a_linked_entity_only_ties_it():
    """`« Nous ... », a prévenu le ministère`: the gold reads `Nous` as the state (a QID), the system as the ministry;
    the ministry's own span still says which gold entity the system's is."""
    gold, system = _with_glove_pronoun()
    report = evaluate_annotations(Annotation(gold), Annotation(system))
    assert report.scores["roles"].f1 == 1.0 and report.scores["events"].f1 == 1.0


def test_a_local_entity_mostly_at_a_linked_entitys_spans_is_not_renamed():
    gold, system = _with_glove_pronoun()
    system["mentions"][1]["entity"] = "local:le-gant"  # now two of its spans are Putin's in the gold, one the glove's
    report = evaluate_annotations(Annotation(gold), Annotation(system))
    assert report.scores["events"].f1 == 0.0
