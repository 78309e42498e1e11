"""spaCy for French news: the model loaded once per process, text fixes that keep offsets, sentence cues.

The text handed to spaCy has exactly the length of the article body, so every token offset is an offset
into the article: the fixes only swap one character for another (typographic apostrophes to straight ones,
the dot of a glued civility ``M.Poutine`` to a space, non-breaking spaces to spaces).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, IS_TITLE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.api import use_ops

from newsld.extract.argument_repair import ARGUMENT_REPAIR_COMPONENT
from newsld.extract.incises import INCISE_COMPONENT
from newsld.extract.lemmas import PRESENT_LEMMA_COMPONENT
from newsld.extract.name_trees import NAME_TREE_COMPONENT
from newsld.extract.state_names import hyphenated_nationalities

MODEL = "fr_core_news_md"
SENTENCE_COMPONENT = "newsld_sentence_cues"
CONTINUING = ("«", "[", "]", ",", ";")  # marks after which a sentence goes on

# Elided words glued to an opening guillemet (`d'« arrêter »`, `l'« agression »`, `qu'« il viendra »`): the
# tokenizer would cut `d`, `'` and `«` apart, and the parse then loses the preposition, article or conjunction.
ELIDED_BEFORE_GUILLEMETS = tuple(f"{w}'" for word in ("d", "l", "qu", "c", "s", "n", "j", "m", "t", "jusqu", "lorsqu",
                                                      "puisqu", "quoiqu") for w in (word, word.capitalize()))
# One-for-one character swaps: the length of the text never changes.
CHARACTER_FIXES = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "ʼ": "'"})
# A civility glued to the name (M.Poutine, Mme.Merkel) becomes spaces: the parser then reads the name alone.
GLUED_CIVILITY = re.compile(r"\b(M|Mme|Mlle|Dr|Pr)\.(?=[A-ZÉÈ])")


def normalise_text(text: str) -> str:
    """The text spaCy reads: same length as ``text``, offsets unchanged."""
    fixed = text.translate(CHARACTER_FIXES)
    fixed = GLUED_CIVILITY.sub(lambda m: " " * (len(m.group(1)) + 1), fixed)
    assert len(fixed) == len(text)
    return fixed


@Language.component(SENTENCE_COMPONENT)
def sentence_cues(doc: Doc) -> Doc:
    """Sentence boundaries the parser gets wrong in news text, set before it runs.

    A paragraph break always starts a sentence; nothing inside square brackets (``[... NDLR]``) or right
    after an opening « does; a comma or a lower-case word after a closing » continues the sentence (the
    reporting clause ``», a rapporté l'agence``). The first word is left to the parser.
    """
    if len(doc) < 2:
        return doc
    # Read as columns, decided for all words at once and written back in one go: a Token per word was a
    # noticeable share of the extraction's time. Column i of a cue is word i + 1, after the word i before it.
    columns = doc.to_array([IS_SPACE, IS_PUNCT, IS_TITLE, ORTH, SENT_START])
    space, punct, title = (columns[:, k].astype(bool) for k in range(3))
    orth, starts = columns[:, 3], columns[:, 4].astype(numpy.int64)
    texts = {h: doc.vocab.strings[h] for h in numpy.unique(orth).tolist()}
    closing = numpy.isin(orth, [h for h, t in texts.items() if t in ("»", "]")])
    paragraph = space & numpy.isin(orth, [h for h, t in texts.items() if "\n" in t])  # ``whitespace_`` is " " or ""
    continuing = numpy.isin(orth, [h for h, t in texts.items() if t in CONTINUING])
    after_closing_quote = numpy.isin(orth, [h for h, t in texts.items() if t == "»"])[:-1] & ~title[1:]
    not_a_start = space[1:] | closing[1:]
    a_start = ~not_a_start & paragraph[:-1]
    inside = (_bracket_depths(orth, texts)[1:] > 0) | ~(punct[:-1] | space[:-1]) | continuing[:-1] | after_closing_quote
    starts[1:][not_a_start | (~a_start & inside)] = -1
    starts[1:][a_start] = 1
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc


def _bracket_depths(orth: numpy.ndarray, texts: dict[int, str]) -> numpy.ndarray:
    """How many square brackets are open before each word, counting from the second word (as the cues read)."""
    change = {h: t.count("[") - t.count("]") for h, t in texts.items() if "[" in t or "]" in t}
    depths = numpy.zeros(len(orth), dtype=numpy.int64)
    depth = 0
    for i in numpy.flatnonzero(numpy.isin(orth[1:], list(change))).tolist():  # the few words with a bracket
        depth = max(depth + change[int(orth[i + 1])], 0)
        depths[i + 2:] = depth
    return depths


@cache
def load_nlp() -> Language:
    """The French pipeline, loaded once per process, with the sentence cues before the parser.

    Its matrix products go through numpy's BLAS, not blis: the blis wheel only has its generic kernel here,
    three times slower, and the two embedding layers' products were a third of the extraction's time. The
    parses (tags, heads, entities) came out the same on every corpus article tried."""
    with use_ops("numpy", use_blis=False):  # the layers keep the ops they are built with
        nlp = spacy.load(MODEL)
    for adjective in hyphenated_nationalities():  # `le président sierra-léonais`: one word, as `sud-africain` is
        nlp.tokenizer.add_special_case(adjective, [{ORTH: adjective}])
    for elided in ELIDED_BEFORE_GUILLEMETS:  # `d'« arrêter »`: `d'` then `«`, as before any other word
        nlp.tokenizer.add_special_case(elided + "«", [{ORTH: elided}, {ORTH: "«"}])
    nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    nlp.add_pipe(PRESENT_LEMMA_COMPONENT, after="lemmatizer")  # `cherche` -> `chercher` (lemmas.py)
    nlp.add_pipe(NAME_TREE_COMPONENT, last=True)  # `Mette Frederiksen a reçu`: an unknown name's tree (name_trees.py)
    nlp.add_pipe(INCISE_COMPONENT, last=True)  # `a, dimanche, bombardé`: the compound tense mended (incises.py)
    nlp.add_pipe(ARGUMENT_REPAIR_COMPONENT, last=True)  # `a opposé mercredi son veto` (argument_repair.py)
    keep_out_of_collections()
    return nlp


@cache
def known_infinitives() -> frozenset[str]:
    """The infinitives the pipeline's lemmatiser knows (its verb index and the infinitives of its irregular forms),
    as the present-lemma component reads them (lemmas.py)."""
    return load_nlp().get_pipe(PRESENT_LEMMA_COMPONENT).infinitives


def keep_out_of_collections() -> None:
    """Put every object alive now (the model's half a million: vocabulary, tables, weights' wrappers) out of the
    garbage collector's reach for good. They live as long as the process, yet each full collection walked them
    all again (a tenth of a second or more, several times over a corpus: about 5% of the extraction's time).
    Garbage made while loading is collected first, so nothing dead is kept; results are unchanged."""
    gc.collect()
    gc.freeze()


def parse(text: str) -> Doc:
    return load_nlp()(normalise_text(text))


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse a corpus in batches (spaCy's matrix work is faster on several texts at once), in order."""
    return load_nlp().pipe((normalise_text(t) for t in texts), batch_size=batch_size)


def doc_text(doc: Doc) -> str:
    """The doc's text, built once (``Doc.text`` joins every token on each call)."""
    try:  # the rules ask this tens of times per sentence: one lookup when it is there
        return doc.user_data["newsld_text"]
    except KeyError:
        text = doc.user_data["newsld_text"] = doc.text
        return text


def sentence_of(token: Token) -> Span:
    """The sentence of a token, from a table built once (``Token.sent`` walks the doc on each call)."""
    try:  # asked some hundred times per sentence: one lookup in a word-by-word table
        return token.doc.user_data["newsld_sentence_of_word"][token.i]
    except KeyError:
        return _sentence_of_word(token.doc)[token.i]


def _sentence_of_word(doc: Doc) -> list[Span]:
    """Each word's sentence, word by word (one span per sentence, shared by its words)."""
    table: list[Span] = []
    for sentence in doc.sents:
        table.extend([sentence] * (sentence.end - sentence.start))
    doc.user_data["newsld_sentence_of_word"] = table
    return table


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The doc's words, made once (``doc[i]`` makes a new ``Token`` on each call; the rules index the doc a lot)."""
    try:
        return doc.user_data["newsld_tokens"]
    except KeyError:
        tokens = doc.user_data["newsld_tokens"] = tuple(doc)
        return tokens


def sentence_tokens(token: Token) -> tuple[Token, ...]:
    """The words of the token's sentence, in order, made once per sentence."""
    sentence = sentence_of(token)
    cache = token.doc.user_data.setdefault("newsld_sentence_tokens", {})
    if sentence.start not in cache:
        cache[sentence.start] = doc_tokens(token.doc)[sentence.start:sentence.end]
    return cache[sentence.start]


def preposition_of(token: Token) -> str | None:
    """The preposition a noun hangs from (its `case` word), lower-cased: `de` for `de la Russie`."""
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


def inner_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side (`état`, `-`, `major`): the tokenizer cut a word there."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def has_passive_auxiliary(verb: Token) -> bool:
    """`a été détruit`, `est accusé`: a passive auxiliary on the verb (the parse may call `été` a tense one)."""
    return any(c.dep_ == "aux:pass" or (c.dep_.startswith("aux") and c.lower_ == "été") for c in verb.children)
