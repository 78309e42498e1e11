"""newsld.annotation rejects broken documents, and every error names the exact JSON path of the fault.

Each test breaks one thing in a copy of the curated annotation and checks the message.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsld.annotation import load_annotation, parse_annotation
from newsld.article import Article
from newsld.errors import AnnotationError, InputError


def rejected(data: dict[str, Any], article: Article) -> str:
    with pytest.raises(AnnotationError) as caught:
        parse_annotation(data, article, "broken.json")
    return caught.value.message


def event_index(data: dict[str, Any], event_id: str) -> int:
    return next(i for i, e in enumerate(data["events"]) if e["id"] == event_id)


def test_the_curated_annotation_is_accepted(data: dict[str, Any], article: Article) -> None:
    assert parse_annotation(data, article).article_id == "kim-putin-2023-09"


def test_a_missing_required_field_names_its_object(data: dict[str, Any], article: Article) -> None:
    i = event_index(data, "e-meeting")
    del data["events"][i]["status"]
    assert rejected(data, article) == f"broken.json: $.events[{i}]: 'status' is a required property"


def test_a_missing_top_level_section(data: dict[str, Any], article: Article) -> None:
    del data["times"]
    assert rejected(data, article).startswith("broken.json: $: 'times' is a required property")


def test_a_value_outside_its_list_names_the_field(data: dict[str, Any], article: Article) -> None:
    i = event_index(data, "e-lukashenko-meeting")
    data["events"][i]["status"] = "rumoured"
    assert rejected(data, article).startswith(f"broken.json: $.events[{i}].status: 'rumoured' is not one of")


def test_an_unknown_field_is_refused(data: dict[str, Any], article: Article) -> None:
    data["mentions"][3]["confidence"] = 0.9
    message = rejected(data, article)
    assert message.startswith("broken.json: $.mentions[3]: Additional properties are not allowed")
    assert "'confidence'" in message


def test_a_qid_that_is_not_a_qid(data: dict[str, Any], article: Article) -> None:
    data["speech_acts"][0]["speaker"] = "KCNA"
    assert rejected(data, article).startswith("broken.json: $.speech_acts[0].speaker: 'KCNA' does not match")


def test_a_mention_whose_text_is_not_at_its_offsets(data: dict[str, Any], article: Article) -> None:
    data["mentions"][0]["text"] = "Poutine"
    message = rejected(data, article)
    assert message.startswith("broken.json: $.mentions[0].text: 'Poutine' is not the text at 78-89")
    assert "'Kim Jong-un'" in message


def test_a_shifted_quote_names_its_path(data: dict[str, Any], article: Article) -> None:
    quote = data["speech_acts"][1]["quotes"][0]
    quote["start"] += 1
    quote["end"] += 1
    assert rejected(data, article).startswith("broken.json: $.speech_acts[1].quotes[0].text:")


def test_a_span_outside_the_text(data: dict[str, Any], article: Article) -> None:
    i = event_index(data, "e-meeting")
    data["events"][i]["evidence"] = {"start": 10, "end": len(article.text) + 5}
    assert rejected(data, article).startswith(f"broken.json: $.events[{i}].evidence: span 10-")


def test_a_role_for_an_undefined_entity(data: dict[str, Any], article: Article) -> None:
    i = event_index(data, "e-gift-glove")
    data["events"][i]["roles"][2]["entity"] = "local:golden-glove"
    assert rejected(data, article) == (f"broken.json: $.events[{i}].roles[2].entity: "
                                       "no entity with id 'local:golden-glove'")


def test_a_mention_of_an_undefined_entity(data: dict[str, Any], article: Article) -> None:
    data["mentions"][5]["entity"] = "Q1000053"
    assert rejected(data, article) == "broken.json: $.mentions[5].entity: no entity with id 'Q1000053'"


def test_a_time_that_does_not_exist(data: dict[str, Any], article: Article) -> None:
    i = event_index(data, "e-lukashenko-meeting")
    data["events"][i]["time"] = "t-saturday"
    assert rejected(data, article) == f"broken.json: $.events[{i}].time: no time with id 't-saturday'"


def test_part_of_an_event_that_does_not_exist(data: dict[str, Any], article: Article) -> None:
    i = event_index(data, "e-banquet")
    data["events"][i]["part_of"] = "e-summit"
    assert rejected(data, article) == f"broken.json: $.events[{i}].part_of: no event with id 'e-summit'"


def test_an_id_used_twice(data: dict[str, Any], article: Article) -> None:
    data["speech_acts"][0]["id"] = data["events"][0]["id"]
    assert rejected(data, article) == f"broken.json: $.speech_acts[0].id: id {data['events'][0]['id']!r} is used twice"


def test_a_wrong_text_hash(data: dict[str, Any], article: Article) -> None:
    data["article"]["text_sha256"] = "0" * 64
    assert rejected(data, article).startswith("broken.json: $.article.text_sha256: the annotation is of another text")


def test_an_annotation_of_another_article(data: dict[str, Any], article: Article) -> None:
    data["article"]["id"] = "another-article"
    assert rejected(data, article) == ("broken.json: $.article.id: 'another-article' is not the article's id "
                                       "'kim-putin-2023-09'")


def test_the_error_is_an_input_error_with_exit_code_2(data: dict[str, Any], article: Article) -> None:
    data["article"]["text_sha256"] = "0" * 64
    with pytest.raises(InputError) as caught:
        parse_annotation(data, article)
    assert caught.value.exit_code == 2


def test_load_names_the_file_and_the_json_position(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "broken.annotation.json"
    path.write_text('{"format": "newsld-annotation/1",\n  "article": }', encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"broken\.annotation\.json: not JSON: line 2 column 14"):
        load_annotation(path, article)


def test_load_a_missing_file(tmp_path: Path, article: Article) -> None:
    with pytest.raises(AnnotationError, match="no such file"):
        load_annotation(tmp_path / "absent.annotation.json", article)


def test_load_reports_schema_errors_with_the_file_name(tmp_path: Path, data: dict[str, Any],
                                                      article: Article) -> None:
    del data["annotator"]["kind"]
    path = tmp_path / "k.annotation.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(AnnotationError) as caught:
        load_annotation(path, article)
    assert caught.value.message == f"{path}: $.annotator: 'kind' is a required property"
