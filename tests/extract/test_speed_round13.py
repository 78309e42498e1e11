"""Round 13, extraction speed: the compiled schema check and the faster helpers must say exactly what the slow
ones said.

The compiled check (``newsld.annotation._fast_check``) may refuse a document jsonschema accepts (it then asks
jsonschema), never accept one jsonschema refuses.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from newsld.annotation import _compiled, _fast_check, _schema_validator, _UnknownKeyword, check_schema
from newsld.errors import AnnotationError
from newsld.extract.model import Mention, mention_of_token
from newsld.extract.nlp import CONTINUING, normalise_text, sentence_cues
from newsld.resources import bundled_article

ODD_VALUES = [None, True, False, 0, -1, 1, 1.0, 2.5, "", "x", "Q1", "Q0", "local:x", "local:", "day", "vague",
              "2024-01-01", "2024-1-1", [], {}, [1], {"a": 1}]
EXTRA_KEYS = ["extra", "note", "start", "end", "text", "place", "time", "rule"]


@pytest.fixture(scope="module")
def curated() -> dict[str, Any]:
    path = bundled_article().with_name(bundled_article().stem + ".annotation.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _paths(node: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        found.extend(_paths(value, (*path, key)))
    return found


def _mutated(document: dict[str, Any], path: tuple, rnd: random.Random) -> dict[str, Any]:
    """The document with one value replaced, one key removed or one key added at ``path``."""
    mutated = copy.deepcopy(document)
    parent = mutated
    for key in path[:-1]:
        parent = parent[key]
    roll = rnd.random()
    if roll < 0.6:
        parent[path[-1]] = rnd.choice(ODD_VALUES)
    elif roll < 0.8:
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[rnd.choice(EXTRA_KEYS)] = rnd.choice(ODD_VALUES)
    return mutated


def test_the_compiled_check_accepts_the_curated_annotation(curated):
    assert _fast_check() is not None, "the schema uses a keyword the compiled check does not know"
    assert _fast_check()(curated)


def test_the_compiled_check_is_never_laxer_than_jsonschema(curated):
    rnd = random.Random(13)
    curated = {key: value[:3] if isinstance(value, list) else value for key, value in curated.items()}  # fast
    paths = _paths(curated)[1:]
    validator, fast = _schema_validator(), _fast_check()
    refused = 0
    for _ in range(300):
        document = _mutated(curated, rnd.choice(paths), rnd)
        valid = not any(True for _ in validator.iter_errors(document))
        refused += not valid
        assert valid or not fast(document), "the compiled check accepted what jsonschema refuses"
    assert refused > 150  # the mutations do break the schema, so the test can fail


def test_a_refused_document_is_reported_by_jsonschema_with_its_path(curated):
    document = copy.deepcopy(curated)
    document["mentions"][2]["start"] = -4
    with pytest.raises(AnnotationError, match=r"\$\.mentions\[2\]\.start: -4 is less than the minimum of 0"):
        check_schema(document, "doc")


def test_stricter_than_jsonschema_is_only_a_detour(curated):
    document = copy.deepcopy(curated)
    document["mentions"][0]["start"] = float(document["mentions"][0]["start"])  # 3.0 is an integer for jsonschema
    assert not _fast_check()(document)
    check_schema(document, "doc")  # no error: jsonschema has the last word


def test_booleans_are_not_integers():
    check = _compiled({"type": "integer", "minimum": 0})
    assert check(0) and check(12)
    assert not check(True) and not check(-1) and not check("1")


def test_object_keywords_together():
    check = _compiled({"type": "object", "required": ["id"], "additionalProperties": False,
                       "properties": {"id": {"type": "string", "pattern": "^[a-z]+$"},
                                      "n": {"type": ["integer", "null"]}},
                       "dependentRequired": {"n": ["id"]}})
    assert check({"id": "abc"}) and check({"id": "abc", "n": None}) and check({"id": "abc", "n": 3})
    assert not check({"id": "ab1"})  # pattern
    assert not check({"n": 3})  # required
    assert not check({"id": "abc", "other": 1})  # no additional property
    assert not check({"id": "abc", "n": "3"})  # type
    assert not check([])


def test_enum_and_const_keep_types_apart():
    assert _compiled({"enum": ["day", "month"]})("day")
    assert not _compiled({"enum": ["day", "month"]})("year")
    assert not _compiled({"const": 1})(True)
    assert _compiled({"const": 1})(1)


def test_an_unknown_keyword_leaves_the_work_to_jsonschema():
    with pytest.raises(_UnknownKeyword):
        _compiled({"type": "object", "patternProperties": {"^x": {"type": "string"}}})
    with pytest.raises(_UnknownKeyword):
        _compiled({"items": [{"type": "string"}]})


def test_gold_annotations_pass_the_compiled_check():
    gold = Path(__file__).resolve().parents[2] / "benchmarks" / "gold"
    documents = sorted(gold.glob("*.annotation.json"))
    assert documents
    for path in documents:
        assert _fast_check()(json.loads(path.read_text(encoding="utf-8"))), path.name


def _sentence_cues_one_word_at_a_time(doc):
    """The cues as they were written before round 13 (a walk over Token objects): the specification."""
    depth, tokens = 0, iter(doc)
    previous = next(tokens, None)
    for token in tokens:
        text = token.text
        if token.is_space or text in ("»", "]"):
            token.is_sent_start = False
        elif (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif depth > 0 or not (previous.is_punct or previous.is_space) or previous.text in CONTINUING or (
                previous.text == "»" and not token.is_title):
            token.is_sent_start = False
        depth = max(depth + text.count("[") - text.count("]"), 0)
        previous = token
    return doc


CUE_TEXTS = [
    "Le tribunal a rendu son verdict. Les avocats [de la défense, NDLR] feront appel. Le juge a levé la séance.",
    "« Nous ne céderons pas », a déclaré le maire. Puis il est parti.\n\nLa grève continue. [Mise à jour] Fin.",
    "] Un texte qui commence mal [. Et un crochet ouvert [ sans fin. Encore une phrase. Et une autre !",
    "Les électeurs ont voté ; « c'est une victoire » » Bravo. « Non. » Le président a salué le résultat.",
    "Un mot.",
    "Le séisme a fait 12 morts.\n\n\n« Les secours sont arrivés », selon la préfecture. La route reste fermée.",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_sentence_cues_read_as_columns_set_what_the_word_walk_set(nlp, text):
    from spacy.attrs import SENT_START

    cues_as_columns = sentence_cues(nlp.make_doc(normalise_text(text)))
    cues_word_by_word = _sentence_cues_one_word_at_a_time(nlp.make_doc(normalise_text(text)))
    assert cues_as_columns.to_array(SENT_START).tolist() == cues_word_by_word.to_array(SENT_START).tolist()


def test_sentence_cues_in_the_pipeline(nlp):
    doc = nlp("Les avocats [qui ont plaidé. NDLR] ont fait appel. « Non », a dit le juge.\n\nLa séance est levée.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "NDLR" not in starts and "ont" not in starts and "a" not in starts
    assert "La" in starts


def test_first_word_of_a_phrase_that_starts_a_mention(nlp):
    doc = nlp("Le secrétaire général Antonio Guterres a salué la décision du tribunal.")
    name = next(t for t in doc if t.text == "Antonio")
    guterres = Mention(start=name.idx, end=name.idx + len("Antonio Guterres"), entity="Q1", kind="name",
                       type="person")
    secretary = next(t for t in doc if t.text == "secrétaire")
    assert mention_of_token([guterres], secretary) is guterres
    verb = next(t for t in doc if t.text == "salué")
    court = next(t for t in doc if t.text == "tribunal")
    assert mention_of_token([guterres], court) is None  # a phrase without the mention
    assert mention_of_token([], verb) is None
