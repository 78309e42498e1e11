"""Round 15 speed helpers: each answers exactly what the slower code it replaces answered.

The model's objects are kept out of the garbage collector's walks; the sentence of a word comes from one
word-by-word table; the knowledge base filters its entities by type once; a text's words are tuples; the role
nouns of a text are found once per article. Sentences are of our own writing.
"""

from __future__ import annotations

import gc

from newsld.extract.knowledge_base import KBEntity, KnowledgeBase
from newsld.extract.names import Word, words_of
from newsld.extract.nlp import doc_text, doc_tokens, parse, sentence_of, sentence_tokens
from newsld.extract.references import ROLE_PATTERN, Resolver

TEXT = ("Le ministre a quitté Lisbonne mardi. Il doit rencontrer son homologue à Rabat, selon l'agence.\n\n"
        "La délégation rentrera jeudi ; le président recevra ensuite les deux ministres.")


def test_the_model_is_out_of_the_collector_walks(nlp):
    # load_nlp froze what it loaded: hundreds of thousands of objects the full collections no longer walk
    assert gc.get_freeze_count() > 100_000


def test_sentence_of_is_the_sentence_each_word_is_in(nlp):
    doc = parse(TEXT)
    sentences = list(doc.sents)
    assert len(sentences) >= 3
    for token in doc:
        expected = next(s for s in sentences if s.start <= token.i < s.end)
        found = sentence_of(token)
        assert (found.start, found.end) == (expected.start, expected.end)
    # one span per sentence, shared by its words
    assert sentence_of(doc[0]) is sentence_of(doc[1])
    last = doc[len(doc) - 1]
    assert sentence_of(last) is not sentence_of(doc[0])
    assert sentence_of(last).end == len(doc)


def test_sentence_tokens_and_doc_tables_match_the_doc(nlp):
    doc = parse(TEXT)
    assert doc_text(doc) == doc.text
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    rencontrer = next(t for t in doc if t.text == "rencontrer")
    words = sentence_tokens(rencontrer)
    assert words[0].text == "Il" and "Rabat" in [t.text for t in words]
    assert all(sentence_of(t) is sentence_of(rencontrer) for t in words)


def _entity(qid: str, type_: str) -> KBEntity:
    return KBEntity(qid=qid, type=type_, labels={"fr": qid})


def test_of_type_filters_once_and_hands_out_a_fresh_list():
    kb = KnowledgeBase({q: _entity(q, t) for q, t in
                        [("Q1", "country"), ("Q2", "person"), ("Q3", "country"), ("Q4", "place")]})
    assert [e.qid for e in kb.of_type("country")] == ["Q1", "Q3"]
    kb.of_type("country").clear()  # a caller changing its list does not change the next answer
    assert [e.qid for e in kb.of_type("country")] == ["Q1", "Q3"]
    assert [e.qid for e in kb.of_type("place", "country")] == ["Q1", "Q3", "Q4"]  # the base's order
    assert kb.of_type("organization") == []


def test_words_of_gives_offsets_text_and_folded_keys():
    words = words_of("Mme Élisabeth Borne, 62 ans.")
    assert [w.text for w in words] == ["Mme", "Élisabeth", "Borne", "62", "ans", "."]
    assert words[1] == Word(4, 13, "Élisabeth", "elisabeth")
    assert [w.capitalised for w in words[:3]] == [True, True, True] and not words[4].capitalised
    assert all("Mme Élisabeth Borne, 62 ans."[w.start:w.end] == w.text for w in words)


def test_role_nouns_are_found_once_per_article(nlp, kb):
    from newsld.extract.model import Entities

    doc = parse("Le président russe a reçu son homologue. Le ministre chinois était présent.")
    resolver = Resolver(kb, doc, Entities(), [])
    found = [m.group("role").lower() for m in resolver.role_matches]
    assert found == [m.group("role").lower() for m in ROLE_PATTERN.finditer(doc.text)]
    assert {"président", "homologue", "ministre"} <= set(found)
