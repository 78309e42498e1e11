"""The per-document word tables the rules read instead of indexing the doc (nlp.py): the same words, in the same
order, as spaCy's own views (the speed-up must change no annotation)."""

from __future__ import annotations

import pytest

from newsld.extract.nlp import doc_tokens, parse, sentence_tokens

TEXT = ("Le ministre des Affaires étrangères a reçu hier son homologue japonais, qui était arrivé la veille. "
        "Les deux hommes ont signé un accord de coopération à Hanoï. Rien n'a filtré de leur dîner.")


@pytest.fixture(scope="module")
def doc(nlp):
    return parse(TEXT)


def test_doc_tokens_are_the_doc_s_words_made_once(doc):
    words = doc_tokens(doc)
    assert [t.i for t in words] == list(range(len(doc)))
    assert [t.text for t in words] == [t.text for t in doc]
    assert doc_tokens(doc) is words  # built once per doc


def test_sentence_tokens_are_the_sentence_s_words(doc):
    for sentence in doc.sents:
        for token in sentence:
            assert [t.i for t in sentence_tokens(token)] == [t.i for t in sentence]
    first, last = doc[0], doc[len(doc) - 1]
    assert sentence_tokens(first) is not sentence_tokens(last)
    assert sentence_tokens(last)[-1].text == "."


def test_sentence_tokens_read_live_tags(doc):
    """The tables hold spaCy tokens, which read the doc's arrays: a tag changed later (the rules retag mistagged
    participles) shows through them."""
    verb = next(t for t in doc if t.lower_ == "signé")
    word = sentence_tokens(verb)[0]
    before = word.pos_
    word.pos_ = "X"
    try:
        assert sentence_tokens(verb)[0].pos_ == "X"
        assert doc[word.i].pos_ == "X"
    finally:
        word.pos_ = before
