"""The indexes and caches of round 12 (speed only): each gives the very answers of the plain computation it
replaces, on sentences of every kind of news."""

from __future__ import annotations

import pytest

from newsld.extract.events import _clause_tokens, _opens_clause, bracketed
from newsld.extract.model import Mention, MentionLookup, mention_of_token
from newsld.extract.names import alias_index, find_names
from newsld.extract.nlp import parse, sentence_cues
from newsld.extract.speech_triggers import lemma_of, trigger_span

SENTENCES = [
    "Le tribunal correctionnel de Lyon a condamné mardi l'ancien maire à deux ans de prison avec sursis.",
    "Les électeurs se sont rendus aux urnes dimanche, selon la commission électorale, qui a fait état "
    "d'une participation record.",
    "Des milliers de manifestants ont défilé samedi à Paris contre la réforme, a rapporté la préfecture.",
    "Le séisme, qui a frappé la région lundi soir, a fait au moins douze morts, a annoncé le ministre.",
    "L'Union européenne a imposé de nouveaux droits de douane sur l'acier chinois [à partir de mars, NDLR].",
]


def _mentions(doc) -> list[Mention]:
    """Mentions of every shape: nested, overlapping, of one word, sharing a start, listed out of order."""
    found = []
    for n, token in enumerate(doc):
        if token.pos_ in ("NOUN", "PROPN"):
            phrase = list(token.subtree)
            found.append(Mention(phrase[0].idx, phrase[-1].idx + len(phrase[-1].text), f"e{n}", "name", "person"))
            found.append(Mention(token.idx, token.idx + len(token.text), f"w{n}", "nominal", "person"))
    return list(reversed(found))


@pytest.mark.parametrize("text", SENTENCES)
def test_mention_lookup_answers_as_mention_of_token(nlp, text):
    doc = parse(text)
    mentions = _mentions(doc)
    lookup = MentionLookup(mentions)
    answers = [(lookup.of(t), mention_of_token(mentions, t)) for t in doc]
    assert all(fast is slow for fast, slow in answers)
    assert any(fast is not None for fast, _ in answers)  # the test looks at found mentions, not only misses


def test_mention_lookup_of_no_mentions(nlp):
    doc = parse("Les sinistrés attendent toujours les secours.")
    assert all(MentionLookup([]).of(t) is None for t in doc)


def test_mention_lookup_prefers_the_outermost_then_the_first_listed():
    inner, outer, twin = Mention(4, 9, "inner", "name", "person"), Mention(0, 20, "outer", "name", "org"), Mention(
        0, 20, "twin", "name", "org")
    lookup = MentionLookup([inner, outer, twin])
    assert lookup.holding(5, 7) is outer
    assert lookup.holding(25, 27) is None


def _clause_tokens_walking_up(trigger):
    """The clause as computed before round 12: every word walks up to the trigger on its own."""
    notes = bracketed(trigger.doc) - ({trigger.i} | {t.i for t in trigger.children if t.i in bracketed(trigger.doc)}
                                      if trigger.i in bracketed(trigger.doc) else set())
    kept = []
    for token in trigger.subtree:
        if token.i in notes and trigger.i not in bracketed(trigger.doc):
            continue
        node, inside = token, True
        while node.i != trigger.i:
            if _opens_clause(node, trigger):
                inside = False
                break
            node = node.head
        if inside:
            kept.append(token)
    return kept


@pytest.mark.parametrize("text", SENTENCES)
def test_clause_tokens_as_walking_up_each_word(nlp, text):
    doc = parse(text)
    for trigger in (t for t in doc if t.pos_ in ("VERB", "NOUN")):
        assert [t.i for t in _clause_tokens(trigger)] == [t.i for t in _clause_tokens_walking_up(trigger)]


def test_clause_of_a_verb_leaves_out_its_relative_clause(nlp):
    doc = parse("Le maire, qui a été réélu lundi, a reçu les sinistrés.")
    received = next(t for t in doc if t.text == "reçu")
    words = {t.text for t in _clause_tokens(received)}
    assert {"maire", "sinistrés"} <= words and "réélu" not in words


def test_full_names_are_tried_only_at_their_lengths(kb):
    index = alias_index(kb)
    assert index.lengths_from  # every first word of a full name has the lengths of its names
    assert all(max(lengths) <= index.longest for lengths in index.lengths_from.values())
    assert set(index.lengths_from) == index.starts
    names = [(m.start, m.end, m.rule) for m in find_names("Vladimir Poutine a reçu Kim Jong-un à Moscou.", kb)]
    assert names and names[0][0] == 0 and all(rule for *_, rule in names)
    assert not list(find_names("les inondations ont emporté des ponts", kb))


def test_lemma_of_a_participle_and_a_present_form(nlp):
    doc = parse("Le parquet a martelé sa position. Le Kremlin dément tout transfert d'armes.")
    lemmas = {t.text: lemma_of(t) for t in doc}
    assert lemmas["martelé"] == "marteler"
    assert lemmas["dément"] == "démentir"
    assert lemmas["position"] == "position"  # a noun keeps its own lemma


def test_trigger_span_takes_the_auxiliary_and_clitic(nlp):
    text = "La ministre de la Santé s'est dite préoccupée par l'épidémie."
    doc = parse(text)
    dite = next(t for t in doc if t.text == "dite")
    start, end = trigger_span(dite)
    assert text[start:end] == "s'est dite"


def test_sentence_cues_keep_brackets_and_quotes_in_one_sentence(nlp):
    doc = sentence_cues(nlp.make_doc("Il a voté. [Le texte. NDLR] « Non. » Elle part.\n\nUn autre paragraphe."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Le" not in starts and "NDLR" not in starts and "»" not in starts  # inside brackets, a closing »
    assert "Un" in starts  # a paragraph break always starts a sentence
