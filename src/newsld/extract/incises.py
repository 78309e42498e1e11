"""Mend the parse of a compound tense split by an incise: `a, lui, dénoncé`, `s'est, selon TASS, rendu`, `ont, dès
dimanche, bombardé`.

French news sets a short aside between the auxiliary and the participle of a compound tense, between two commas
(`X a, pour sa part, rencontré Y`, `la Russie a, dimanche, frappé Kharkiv`, `le ministre s'est, selon l'agence,
rendu à Pékin`). The parser reads the first comma as the end of the clause: the auxiliary becomes the main verb
(or the aside its head) and the participle a dependent of it, so the subject, the object and the voice of the act
are lost or swapped (`Kharkiv` became the subject of `bombardé`). This pipeline component, run after the parser,
puts the tree back in the shape the same sentence has without the aside: the participle heads the clause, the
auxiliary, the subject and the clitics hang on it, and the aside is a modifier of it. It leaves every other
sentence as it is.

It also joins a participle that shares the auxiliary of a verb before it (`a sanctionné trois entreprises et gelé
leurs avoirs`, `a reçu le ministre et décoré son adjoint`): the tagger takes it for an adjective joined to the first
object, and its own object for a second object of the first verb.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

INCISE_COMPONENT = "newsld_incises"
AUXILIARIES = {"avoir", "être"}
LONGEST_INCISE = 8  # words between the two commas: an aside, not a clause
JOINING_WORDS = {"et", "puis"}
FIRST_GROUP_PARTICIPLE = re.compile(r"^(?P<stem>\w+)é(?:e|s|es)?$")
ASIDE_DEPS = {"NOUN": "obl:mod", "PROPN": "obl:mod", "PRON": "dep", "ADV": "advmod"}


@Language.component(INCISE_COMPONENT)
def mend_incises(doc: Doc) -> Doc:
    """Reattach each compound tense split by an incise, and each participle sharing an auxiliary (see the module
    docstring)."""
    for auxiliary in doc:
        participle = participle_after_incise(auxiliary)
        if participle is not None:
            _reattach(auxiliary, participle)
    for token in doc:
        verb = verb_sharing_auxiliary(token)
        if verb is not None:
            _join(token, verb)
    return doc


def verb_sharing_auxiliary(token: Token) -> Token | None:
    """`a sanctionné trois entreprises et gelé leurs avoirs`: the participle after `et` whose object follows it,
    which the tagger took for an adjective of the first object; the compound-tense verb whose auxiliary it shares.
    (An adjective is never followed by a determiner: `des entreprises russes et chinoises` is left alone.)"""
    doc = token.doc
    if token.i < 2 or token.i + 2 >= len(doc) or doc[token.i - 1].lower_ not in JOINING_WORDS:
        return None
    if not FIRST_GROUP_PARTICIPLE.match(token.lower_) or token.pos_ not in ("ADJ", "NOUN", "VERB"):
        return None
    determiner = doc[token.i + 1]
    if determiner.pos_ != "DET" or determiner.head.i <= token.i or (token.dep_ == "conj" and token.head.pos_ == "VERB"):
        return None
    start = doc[token.i].sent.start
    verb = next((t for t in reversed(doc[start:token.i]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "aux:tense" for c in verb.children):
        return None
    return verb if token.i not in {t.i for t in determiner.head.subtree} else None


def _join(participle: Token, verb: Token) -> None:
    obj = participle.doc[participle.i + 1].head
    participle.head, participle.dep_, participle.pos_ = verb, "conj", "VERB"
    participle.lemma_ = FIRST_GROUP_PARTICIPLE.match(participle.lower_)["stem"] + "er"
    participle.set_morph("Tense=Past|VerbForm=Part")
    obj.head, obj.dep_ = participle, "obj"
    joining = participle.doc[participle.i - 1]
    joining.head, joining.dep_ = participle, "cc"


def participle_after_incise(auxiliary: Token) -> Token | None:
    """The past participle after `AUX , aside ,` when the parse did not make the auxiliary its own; else None."""
    doc = auxiliary.doc
    if auxiliary.lemma_ not in AUXILIARIES or not (
            "Fin" in auxiliary.morph.get("VerbForm") or auxiliary.lower_ == "été"):
        return None
    if auxiliary.i + 2 >= len(doc) or doc[auxiliary.i + 1].text != ",":
        return None
    closing = next((t for t in doc[auxiliary.i + 2:auxiliary.i + 3 + LONGEST_INCISE] if t.text == ","), None)
    if closing is None or closing.i + 1 >= len(doc) or closing.i == auxiliary.i + 2:
        return None
    aside = doc[auxiliary.i + 2:closing.i]
    participle = doc[closing.i + 1]
    if any(t.pos_ in ("VERB", "AUX") or t.is_sent_start or t.text in ("«", "»", ":", ";") for t in aside):
        return None  # `a, dit-il, ...`, a quote or a clause: no short aside
    if not _past_participle(participle) or participle.is_sent_start:
        return None
    if auxiliary.head.i == participle.i and not any(c.dep_ != "punct" for c in auxiliary.children):
        return None  # parsed right
    return participle


def _past_participle(token: Token) -> bool:
    return token.pos_ in ("VERB", "ADJ") and "Part" in token.morph.get("VerbForm") and (
        "Pres" not in token.morph.get("Tense"))


def _reattach(auxiliary: Token, participle: Token) -> None:
    """Make the participle the head of the clause the auxiliary (or the aside) headed."""
    if auxiliary.head.i == participle.i:  # the auxiliary is the participle's, but holds its subject and the aside
        for child in list(auxiliary.children):
            child.head = participle
        auxiliary.dep_, auxiliary.pos_ = "aux:pass" if auxiliary.lower_ == "été" else "aux:tense", "AUX"
        return
    top = auxiliary
    while top.head.i != top.i and auxiliary.i <= top.head.i < participle.i:
        top = top.head
    if participle.i not in {t.i for t in top.subtree}:
        return  # the parse hangs them apart: nothing sure to mend
    participle.head = participle if top.head.i == top.i else top.head
    participle.dep_ = top.dep_
    for child in [*top.children, *(c for c in auxiliary.children if c.i < auxiliary.i)]:
        if child.i != participle.i:
            child.head = participle
    if top.i != auxiliary.i:
        top.head = participle
        top.dep_ = ASIDE_DEPS.get(top.pos_, "dep")
    auxiliary.head = participle
    auxiliary.dep_ = "aux:pass" if auxiliary.lower_ == "été" else "aux:tense"
    auxiliary.pos_ = "AUX"
