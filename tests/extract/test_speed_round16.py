"""Round 16 speed helpers: each answers exactly what the slower code it replaces answered.

The words of a sentence inside a mention are read once per sentence (not once per event and role); a verb's
subject and whether a word is negated are remembered per word, and forgotten when the tags change. Sentences are
of our own writing.
"""

from __future__ import annotations

from newsld.extract.event_roles import Reader, mention_words_of
from newsld.extract.events import SUBJECTS_KEY, EventExtractor, MentionIndex, _subject_of, retag_participles, subject_of
from newsld.extract.model import Entities, Mention
from newsld.extract.nlp import doc_text, parse, sentence_tokens
from newsld.extract.status import NEGATED_KEY, _negated

TEXT = ("Le ministre portugais a rencontré son homologue marocain à Rabat. "
        "Le Maroc et le Portugal n'ont pas signé l'accord, selon l'agence Lusa.")


def _mention(doc, words: str, entity: str, type_: str) -> Mention:
    start = doc_text(doc).index(words)
    return Mention(start, start + len(words), entity, "name", type_)


def _extractor(doc) -> EventExtractor:
    mentions = [_mention(doc, "Rabat", "local:rabat", "place"), _mention(doc, "Maroc", "local:maroc", "country"),
                _mention(doc, "Portugal", "local:portugal", "country"),
                _mention(doc, "agence Lusa", "local:lusa", "organization")]
    return EventExtractor(doc, mentions, Entities())


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_mention_words_are_the_sentence_words_inside_their_mention(nlp):
    doc = parse(TEXT)
    extractor = _extractor(doc)
    signe = _word(doc, "signé")
    found = [(t.text, m.entity) for t, m in extractor.mention_words(signe)]
    # only the second sentence's words, each with its own mention, in order (`Rabat` is in the first one)
    assert found == [("Maroc", "local:maroc"), ("Portugal", "local:portugal"), ("agence", "local:lusa"),
                     ("Lusa", "local:lusa")]
    rencontre = _word(doc, "rencontré")
    assert [(t.text, m.entity) for t, m in extractor.mention_words(rencontre)] == [("Rabat", "local:rabat")]


def test_mention_words_match_a_reader_without_the_table(nlp):
    doc = parse(TEXT)
    extractor = _extractor(doc)
    signe = _word(doc, "signé")
    plain = Reader(extractor.mention_of, subject_of, lambda name: None)  # reads the sentence on each call
    assert plain.words_in_mentions(signe) == extractor.role_reader.words_in_mentions(signe)
    assert mention_words_of(sentence_tokens(signe), extractor.mention_of) == extractor.mention_words(signe)


def test_mention_words_follow_a_change_of_mentions(nlp):
    doc = parse(TEXT)
    extractor = _extractor(doc)
    signe = _word(doc, "signé")
    before = extractor.mention_words(signe)
    assert extractor.mention_words(signe) is before  # remembered for the sentence
    extractor.mentions.append(_mention(doc, "l'accord", "local:accord", "thing"))
    extractor.index = MentionIndex(extractor.mentions)  # how the extractor takes up a new mention
    after = [(t.text, m.entity) for t, m in extractor.mention_words(signe)]
    assert ("accord", "local:accord") in after and len(after) == len(before) + 2  # `l'` and `accord`


def test_subject_of_is_remembered_and_forgotten_when_the_tags_change(nlp):
    doc = parse("Le Maroc a signé l'accord. La Russie a protesté.")
    signe, proteste = _word(doc, "signé"), _word(doc, "protesté")
    assert subject_of(signe).text == "Maroc" and subject_of(proteste).text == "Russie"
    assert _subject_of(proteste).text == "Russie"  # what the rules read without the table
    assert doc.user_data[SUBJECTS_KEY][signe.i].text == "Maroc"
    retag_participles(doc)
    assert SUBJECTS_KEY not in doc.user_data  # read again under the new tags
    assert subject_of(signe).text == "Maroc"


def test_negated_is_remembered_per_word_and_forgotten_when_the_tags_change(nlp):
    doc = parse("Le Portugal n'a pas signé l'accord mais le Maroc l'a ratifié.")
    signe, ratifie = _word(doc, "signé"), _word(doc, "ratifié")
    assert _negated(signe) and not _negated(ratifie)
    assert doc.user_data[NEGATED_KEY] == {signe.i: True, ratifie.i: False}
    assert _negated(signe) and not _negated(ratifie)  # the same answer from the table
    retag_participles(doc)
    assert NEGATED_KEY not in doc.user_data
