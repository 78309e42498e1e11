"""Mend the parse of a sentence whose person name the model does not know: `Narendra Modi et Olaf Scholz ont
signé`, `Mette Frederiksen a reçu`, `l'ambassadeur Kwame Asante-Boateng`.

The tagger takes a first name it has not seen for the word it looks like (`Narendra` a verb, `Mette` the
subjunctive of `mettre`), and the parser, which reads the words and not the tags, then builds the sentence around
it: the name's first word becomes the root or a verb, its last word that verb's object, the title before it the
subject, and the real verb a clause hung on the name. The subject, the conjuncts and the objects of the sentence
are lost, and the events built on it lose their parties. The parts of a hyphenated family name are split too.

A name is a run of two or more capitalised words (with `-` joined parts) the named-entity recogniser reads as one
person, stretched over a capitalised word right before it that the recogniser left out and the tagger read as a
verb (or, before a person, an adjective): that word is a first name, also before a one-word name the recogniser
labelled a place or anything else (`Mette Kirkegaard`), and the stretched name becomes a person. Its parse is
broken when its words are not one subtree of `flat` words under one head that is a noun (a name hung word by word
on the title before it, `le ministre Aurelio Bentancor`, is the parser's usual shape and is left alone).

Before that, a name cut in two right after a person's title (`le ministre serbe Ivica Dacic`: `Ivica` a place,
`Dacic` something else), or labelled a place whole, becomes one person (:func:`join_titled_names`).

This component, run after the recogniser, parses such a sentence again with a name the model knows in the name's
place (same number of words, the same hyphens), makes each stand-in one subtree (its first word the head, the
others `flat:name`, what hung on them hung on the head) and keeps that parse when the stand-in is a well-formed
name. Only the name and the words around it take the new parse: the name's words (proper nouns), the words the
first parse hung on them (`signé`, the verb made a clause of `Narendra`), and the word the name now hangs on (the
title `ministre` made the subject again). The name hangs where the stand-in parse puts it (subject of the verb
after it, conjunct of the name before `et`, apposition of a title, object of a verb), unless the first parse had
already placed it as a noun (only its own words were split), or the stand-in makes it a second subject or object
of a verb, where a name after a comma is the apposition of the noun before the comma. Every other word keeps its
first parse. Only sentences with a broken name are parsed again; the entities are not touched but for the
stretched names.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsld.extract.person_nouns import is_person_noun

NAME_TREE_COMPONENT = "newsld_name_trees"
PERSON_LABELS = {"PER"}
NAME_LABELS = {"PER", "LOC", "MISC", "ORG"}  # a family name the recogniser does not know may get any label
NAME_DEPS = {"flat:name", "flat"}
# Stand-ins the model reads as a person's name wherever it stands: a first name, then family names.
STAND_IN_FIRST = "Jean"
STAND_IN_REST = ("Dupont", "Martin", "Durand", "Moreau", "Bernard", "Petit")
HYPHENS = {"-", "‐", "‑"}
# The common nouns of places that names of places are made with: a name with one of them is no person's.
PLACE_WORDS = {"ville", "port", "mont", "monts", "lac", "cap", "île", "îles", "golfe", "baie", "fort", "pointe",
               "city", "beach", "lake", "mount"}
# Pipes that do not shape the tree, tags or lemmas: not run again on the stand-in sentence.
SKIPPED_PIPES = {"ner"}
ATTRS = [HEAD, POS, TAG, MORPH, LEMMA, DEP]


@Language.factory(NAME_TREE_COMPONENT)
def make_name_trees(nlp: Language, name: str) -> NameTrees:
    return NameTrees(nlp)


class NameTrees:
    """The pipeline component (see the module docstring): needs the pipeline to parse a sentence again."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        join_titled_names(doc)
        names = [name for name in person_names(doc) if broken_name(name)]
        if not names:
            return doc
        stretched = [name for name in names if name[0].ent_iob_ == "O"]
        if stretched:  # the first name the recogniser left out belongs to the name
            firsts = {name.start for name in stretched}
            doc.ents = [Span(doc, e.start - 1, e.end, label="PER") if e.start - 1 in firsts else e
                        for e in doc.ents]
        sentences = {s.start: s for s in doc.sents}  # once per doc with a broken name
        starts = sorted(sentences)
        by_sentence: dict[int, list[Span]] = {}
        for name in names:
            start = starts[bisect_right(starts, name.start) - 1]
            by_sentence.setdefault(start, []).append(name)
        for start, sent_names in by_sentence.items():
            self._reparse(doc, sentences[start], sent_names)
        return doc

    def _reparse(self, doc: Doc, sentence: Span, names: list[Span]) -> None:
        fresh = self._stand_in_parse(doc, sentence, names)
        if fresh is not None:
            _write_back(doc, sentence, names, fresh)

    def _stand_in_parse(self, doc: Doc, sentence: Span, names: list[Span]) -> numpy.ndarray | None:
        """The sentence's parse with stand-ins for its names, each name made one subtree (its rows of ``ATTRS``),
        or None when it is no better read."""
        words = [t.text for t in sentence]
        spaces = [bool(t.whitespace_) for t in sentence]
        for name in names:
            for k, word in enumerate(_stand_in(name)):
                words[name.start - sentence.start + k] = word
        alone = Doc(doc.vocab, words=words, spaces=spaces)
        for pipe_name, pipe in self.nlp.pipeline:
            if pipe_name == NAME_TREE_COMPONENT:
                break
            if pipe_name not in SKIPPED_PIPES:
                alone = pipe(alone)
        spans = [(name.start - sentence.start, name.end - sentence.start) for name in names]
        fresh = alone.to_array(ATTRS)
        places = numpy.arange(len(alone))
        heads = fresh[:, 0].astype("int64") + places  # each word's head, by its place
        deps = fresh[:, 5].copy()
        flat = doc.vocab.strings.add("flat:name")
        for start, end in spans:
            _one_name(heads, deps, start, end, flat)
        if not _one_tree(heads - places):
            return None  # the sentence falls apart without its name: the first parse is kept
        fresh[:, 0] = (heads - places).astype("uint64")
        fresh[:, 5] = deps
        alone.from_array(ATTRS, fresh)
        if any(broken_name(alone[start:end]) for start, end in spans):
            return None  # the stand-in is no better read
        return fresh


def _write_back(doc: Doc, sentence: Span, names: list[Span], fresh: numpy.ndarray) -> None:
    """Write the stand-in parse of the names and of the words hung on them into the doc, the names' words as proper
    nouns; the rest of the sentence keeps its first parse. A name the stand-in parse makes a second subject or
    object of a verb that has one is an apposition of the noun before the comma before it (`par le président,
    Vo Van Thuong, le numéro un chinois s'est ...`), or the sentence keeps its first parse."""
    start = sentence.start
    heads = fresh[:, 0].astype("int64") + numpy.arange(len(fresh)) + start  # by place in the doc
    deps = fresh[:, 5].copy()
    words_in = {t.i for name in names for t in name}
    region = words_in | {t.i for t in sentence if t.head.i in words_in}
    array = doc.to_array(ATTRS)
    mixed = array[start:sentence.end, 0].astype("int64") + numpy.arange(len(sentence)) + start
    mixed_deps = array[start:sentence.end, 5].copy()
    strings = doc.vocab.strings
    kept = {}
    for name in names:
        top = _sound_top(name)
        if top is not None:  # `le président, Vo Van Thuong,`: only the name's own words were split
            kept[name.start] = (top.head.i, strings.add(top.dep_))
        else:  # the name now hangs on a word whose own place the stand-in parse may mend too (`ministre` nsubj)
            region.add(int(heads[name.start - start]))
    for i in region:
        mixed[i - start], mixed_deps[i - start] = heads[i - start], deps[i - start]
    for i, (head, dep) in kept.items():
        mixed[i - start], mixed_deps[i - start] = head, dep
    for name in names:
        k = name.start - start
        if strings[int(mixed_deps[k])] not in CORE_DEPS:
            continue
        rivals = [j for j in range(len(sentence)) if j + start not in region and mixed[j] == mixed[k] and (
            mixed_deps[j] == mixed_deps[k]) and j + start != mixed[k]]
        if not rivals:
            continue
        host = _apposition_host(doc, name)
        if host is None:
            return
        mixed[k], mixed_deps[k] = host.i, strings.add("appos")
    relative = mixed - numpy.arange(len(sentence)) - start
    if not _one_tree(relative):
        return
    array[start:sentence.end, 0] = relative.astype("uint64")
    array[start:sentence.end, 5] = mixed_deps
    for i in sorted(words_in):  # the name's own words, read as a name
        array[i, 1:5] = (strings.add("PROPN"), strings.add("PROPN"), strings.add(""), strings.add(doc[i].text))
    ents = doc.ents
    doc.from_array(ATTRS, array)
    doc.ents = ents


CORE_DEPS = {"nsubj", "nsubj:pass", "obj"}
NOMINAL_DEPS = CORE_DEPS | {"iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "appos", "conj"}


def _sound_top(name: Span) -> Token | None:
    """The name's one word hung outside it, when it is a noun in a noun's place: the first parse placed the name
    right and only split its own words (`Vo Van Thuong`, `Van` a `dep`)."""
    inside = range(name.start, name.end)
    tops = _tops(name)
    if len(tops) != 1 or tops[0].pos_ not in NOMINAL_POS or tops[0].dep_ not in NOMINAL_DEPS:
        return None
    return tops[0] if tops[0].head.i not in inside else None


NOMINAL_POS = {"NOUN", "PROPN"}


def _tops(name: Span) -> list[Token]:
    """The name's words hung outside it, or the root: one when the name is one subtree."""
    inside = range(name.start, name.end)
    return [t for t in name if t.head.i not in inside or t.head.i == t.i]


def _apposition_host(doc: Doc, name: Span) -> Token | None:
    """The noun before the comma right before a name: `le président vietnamien, Vo Van Thuong`."""
    if name.start < 2 or doc[name.start - 1].text != ",":
        return None
    word = doc[name.start - 2]
    host = word if word.pos_ in NOMINAL_POS else word.head
    return host if host.pos_ in NOMINAL_POS and host.i < name.start else None


def _one_name(heads: numpy.ndarray, deps: numpy.ndarray, start: int, end: int, flat: int) -> None:
    """Make the words start..end one subtree: the first word its head, hung where the name's top word was (the word
    of the name whose head is outside it), the others `flat:name` of it, and what hung on them on it."""
    inside = range(start, end)
    top = next((k for k in inside if heads[k] not in inside or heads[k] == k), start)
    if top != start:
        heads[start], deps[start] = heads[top], deps[top]
    for k in range(start + 1, end):
        heads[k], deps[k] = start, flat
    for k in range(len(heads)):
        if k not in inside and start < heads[k] < end:
            heads[k] = start


def _one_tree(heads) -> bool:
    """Relative heads of one sentence make one tree: a single root, every word reaching it without a loop."""
    n = len(heads)
    parent = [k + int(h) for k, h in enumerate(heads)]
    if any(not 0 <= p < n for p in parent) or sum(p == k for k, p in enumerate(parent)) != 1:
        return False
    for k in range(n):
        seen = 0
        while parent[k] != k:
            k = parent[k]
            seen += 1
            if seen > n:
                return False
    return True


def _stand_in(name: Span) -> list[str]:
    """The stand-in words, one per word of the name: `Jean Dupont`, `Jean Dupont-Martin`."""
    out: list[str] = []
    rest = iter(STAND_IN_REST)
    for k, token in enumerate(name):
        if token.text in HYPHENS:
            out.append(token.text)
        elif k == 0:
            out.append(STAND_IN_FIRST)
        else:
            out.append(next(rest, "Dupont"))
    return out


def join_titled_names(doc: Doc) -> None:
    """`le ministre serbe Ivica Dacic`: the recogniser may cut an unknown name after a person's title into two
    entities of any label (`Ivica` a place, `Dacic` something else) or label it whole a place. Right after a title
    (its adjectives aside), adjacent entities of capitalised words are one person's name, and so is one entity of
    two capitalised words or more."""
    ents, joined, changed = list(doc.ents), [], False
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.end == ent.start and _after_title(doc, last.start) and all(
                _name_word(t) for t in [*last, *ent]) and ent.label_ in NAME_LABELS and last.label_ in NAME_LABELS:
            joined[-1], changed = Span(doc, last.start, ent.end, label="PER"), True
        elif ent.label_ in NAME_LABELS - PERSON_LABELS and len(ent) >= 2 and all(_name_word(t) for t in ent) and (
                _after_title(doc, ent.start)):
            joined.append(Span(doc, ent.start, ent.end, label="PER"))  # `le ministre serbe Ivica Dačić` (a place)
            changed = True
        else:
            joined.append(ent)
    if changed:
        doc.ents = joined


def _after_title(doc: Doc, start: int) -> bool:
    """Is the word before ``start`` (past adjectives of nationality) a noun of a person's title or office?"""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    return i >= 0 and doc[i].pos_ == "NOUN" and is_person_noun(doc[i].text)


def _name_word(token: Token) -> bool:
    return token.text in HYPHENS or (token.is_alpha and token.text[:1].isupper())


def person_names(doc: Doc) -> list[Span]:
    """The person names of two or more capitalised words, each stretched over a capitalised word right before it
    that the recogniser left out and the tagger read as a verb or an adjective (`Mette Frederiksen`). A verb there
    is a first name also before a one-word place or other name (the recogniser takes an unknown family name for
    anything): `Mette Kirkegaard`. A name whose first word the tagger read as a verb, at a sentence start, is one
    only when a subject's follower comes after it: an opening verb is an imperative or an inverted form (`Reste
    Dupont, qui ...`, `Signez Dupont`)."""
    names = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or not all(_name_word(t) for t in ent) or any(
                t.lower_ in PLACE_WORDS for t in ent):
            continue  # `Hô Chi Minh-Ville`, `Port Moresby`: a place the recogniser may take for a person
        start = ent.start
        before = doc[start - 1] if start > 0 else None
        if before is not None and _name_word(before) and before.text not in HYPHENS and before.ent_iob_ == "O" \
                and (before.pos_ == "VERB" or (before.pos_ in ("ADJ", "AUX") and ent.label_ in PERSON_LABELS)) \
                and (before.i == 0 or doc[before.i - 1].pos_ != "DET"):
            start -= 1  # not `le Premier`: a title's adjective
        elif ent.label_ not in PERSON_LABELS:
            continue
        first = doc[start]
        if first.pos_ in ("VERB", "AUX") and (start == 0 or first.is_sent_start or doc[start - 1].is_punct) and not (
                _subject_follows(doc, ent.end)):
            continue
        if ent.end - start >= 2 and first.text not in HYPHENS and doc[ent.end - 1].text not in HYPHENS:
            names.append(doc[start:ent.end])
    return names


LIST_WORDS = {"et", "ou", "ni"}
RELATIVES = {"qui", "que", "qu'", "dont", "où"}


def _subject_follows(doc: Doc, end: int) -> bool:
    """What follows a name at a sentence start makes it a subject: a verb, `et` (a list of subjects), a comma that
    opens an apposition (not a relative clause: `Reste Dupont, qui ...`)."""
    after = doc[end] if end < len(doc) else None
    if after is None:
        return False
    if after.pos_ in ("AUX", "VERB") or after.lower_ in LIST_WORDS:
        return True
    return after.text == "," and end + 1 < len(doc) and doc[end + 1].lower_ not in RELATIVES


def broken_name(name: Span) -> bool:
    """The name's words are not one subtree of `flat` words under a noun (see the module docstring)."""
    inside = range(name.start, name.end)
    tops = _tops(name)
    if len(tops) > 1:
        heads = {t.head.i for t in tops}
        # `le ministre Aurelio Bentancor`: every word a `flat` word of the title before it
        return not (len(heads) == 1 and all(t.dep_ in NAME_DEPS for t in tops) and min(heads) < name.start)
    top = tops[0]
    if top.pos_ in ("VERB", "AUX"):
        return True
    if any(t.dep_ not in NAME_DEPS and t.dep_ != "punct" for t in name if t.i != top.i):
        return True
    return any(c.dep_ in CLAUSE_DEPS for c in top.children if c.i not in inside)


CLAUSE_DEPS = {"nsubj", "nsubj:pass", "obj", "aux:tense", "aux:pass", "cop", "advcl", "ccomp", "xcomp", "mark",
               "expl:subj", "expl:comp", "iobj", "obl:arg", "obl:agent"}
