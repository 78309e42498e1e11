"""Mend the parse of a compound tense split by an incise: `a, lui, dénoncé`, `s'est, selon TASS, rendu`, `ont, dès
dimanche, bombardé`.

French news sets a short aside between the auxiliary and the participle of a compound tense, between two commas
(`X a, pour sa part, rencontré Y`, `la Russie a, dimanche, frappé Kharkiv`, `le ministre s'est, selon l'agence,
rendu à Pékin`), or one of the set phrases news writes there without commas (`X a pour sa part promis`, `s'est
de son côté rendu`, `a quant à lui rencontré`, `a par ailleurs signé`). The parser reads the first comma as the end
of the clause (or the aside for a subject): the auxiliary becomes the main verb (or the aside, or the subject, its
head) and the participle a dependent of it, so the subject, the object and the voice of the act are lost or swapped
(`Kharkiv` became the subject of `bombardé`). This pipeline component, run after the parser,
puts the tree back in the shape the same sentence has without the aside: the participle heads the clause, the
auxiliary, the subject and the clitics hang on it, and the aside is a modifier of it. It leaves every other
sentence as it is.

It also joins a participle that shares the auxiliary of a verb before it (`a sanctionné trois entreprises et gelé
leurs avoirs`, `a reçu le ministre et décoré son adjoint`): the tagger takes it for an adjective joined to the first
object, and its own object for a second object of the first verb; also when that object opens with a number or a
partitive `des` (`et tué trois soldats`, `et exigé des explications`); and a participle after a comma, with its own
object, in a list of participles closed by `et` (`a convoqué l'ambassadeur, expulsé trois diplomates et suspendu
...`). A participle with no auxiliary joined to the simple-tense verb of a `que` clause (`a estimé que Moscou
portait ... et promis de`) or of a relative clause (`a dénoncé un contrat qui finance ... et appelé X à`) shares the
auxiliary of the verb above the clause; a verb with its own auxiliary that the parse joins to a noun (`s'est rendu à
Ankara et a rencontré X`) is the conjunct of the verb above that noun. A second clause whose subject the parse
joined to the first clause's object (`X a condamné Y et Z a convoqué ...`) gets that noun back as its subject, and
a subject list of a `que` clause the parse split (`que Pékin et Moscou préparaient`) gets its verb back; a subject
the parse joined to the noun of an opening phrase past its comma (`Selon X, Washington et Hanoï ont conclu`) too.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, HEAD
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
    # Each finder reads the parse as the mends before it left it: one pass over the doc per kind of mend.
    for find, mend in ((participle_after_incise, _reattach), (participle_after_bare_aside, _reattach_over_aside),
                       (verb_sharing_auxiliary, _join), (participle_listed_after_comma, _join_listed),
                       (verb_above_complement_clause, _hang_on_verb), (verb_joined_to_noun, _hang_on_verb),
                       (subject_read_as_conjunct, _give_subject), (subject_read_as_clause, _subject_to_clause),
                       (subject_joined_to_opening, _subject_from_opening)):
        for token in doc:
            found = find(token)
            if found is not None:
                before = doc.to_array([HEAD, DEP])
                mend(token, found)
                if _has_cycle(doc):  # a mend of a garbled parse (no sentence of news) must not leave it a loop
                    doc.from_array([HEAD, DEP], before)
    return doc


def _has_cycle(doc: Doc) -> bool:
    """Does climbing the heads from some word never reach a root?"""
    for token in doc:
        word = token
        for _ in range(len(doc)):
            if word.head.i == word.i:
                break
            word = word.head
        else:
            return True
    return False


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
    if not _opens_object(determiner, token) or determiner.head.i <= token.i or (
            token.dep_ == "conj" and token.head.pos_ == "VERB"):
        return None
    start = doc[token.i].sent.start
    verb = next((t for t in reversed(doc[start:token.i]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "aux:tense" for c in verb.children):
        return None
    return verb if token.i not in {t.i for t in determiner.head.subtree} else None


PARTITIVES = {"des", "du"}  # `exigé des explications`: the article the tagger may take for the preposition `de`


def _opens_object(word: Token, participle: Token) -> bool:
    """Does the word after the participle open its object: a determiner, or (`et tué trois soldats`, `et exigé des
    explications`) a number or a partitive article after a participle that agrees with no noun, its bare masculine
    singular being the form `avoir` leaves it in? (`des chars modernisés et équipés des derniers systèmes` is left
    alone.)"""
    if word.pos_ == "DET":
        return True
    bare = participle.lower_.endswith("é") and participle.head.pos_ in ("NOUN", "PROPN")
    return bare and (word.pos_ == "NUM" or word.lower_ in PARTITIVES)


def _join(participle: Token, verb: Token) -> None:
    obj = participle.doc[participle.i + 1].head
    participle.head, participle.dep_, participle.pos_ = verb, "conj", "VERB"
    participle.lemma_ = FIRST_GROUP_PARTICIPLE.match(participle.lower_)["stem"] + "er"
    participle.set_morph("Tense=Past|VerbForm=Part")
    obj.head, obj.dep_ = participle, "obj"
    joining = participle.doc[participle.i - 1]
    joining.head, joining.dep_ = participle, "cc"


# The masculine singular endings of past participles (`convoqué`, `suspendu`, `saisi`, `promis`, `ouvert`,
# `craint`): the form a participle takes after `avoir` with its object after it.
BARE_PARTICIPLE = re.compile(r"(?:é|i|u|is|it|ert|aint|eint|oint)$")
NOT_OBJECT_NOUNS = {"veille", "lendemain", "semaine", "mois", "an", "année", "jour", "matin", "soir", "nuit",
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "week-end"}


def participle_listed_after_comma(participle: Token) -> Token | None:
    """`X a convoqué l'ambassadeur, expulsé trois diplomates et suspendu ses échanges`: a bare past participle after
    a comma, with its own object, in a list of participles that `et` (`puis`) closes later in the sentence, shares the
    auxiliary of the compound-tense verb before it (the parse makes it an adverbial clause, or a preposition of the
    first object). A participle with no auxiliary cannot take a direct object on its own; one that agrees with a noun
    (`l'usine, rénovée l'an dernier`) or whose noun is a time (`le site, bombardé la veille`) describes, and one with
    no later `et` closing the list is left alone."""
    doc = participle.doc
    if participle.i < 3 or participle.i + 2 >= len(doc) or doc[participle.i - 1].text != ",":
        return None
    if not (_past_participle(participle) or FIRST_GROUP_PARTICIPLE.match(participle.lower_)) or not (
            BARE_PARTICIPLE.search(participle.lower_)) or participle.pos_ not in ("VERB", "ADJ", "NOUN"):
        return None
    if "Fem" in participle.morph.get("Gender") or "Plur" in participle.morph.get("Number") or any(
            c.dep_.startswith(("aux", "nsubj")) for c in participle.children) or participle.dep_ == "conj":
        return None
    opener = doc[participle.i + 1]
    if not (opener.pos_ == "DET" or opener.pos_ == "NUM" or opener.lower_ in PARTITIVES):
        return None
    noun = opener.head if opener.head.i > opener.i else None
    if noun is None or noun.lower_ in NOT_OBJECT_NOUNS:
        return None
    sentence = participle.sent
    verb = next((t for t in reversed(doc[sentence.start:participle.i]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.pos_ != "VERB" or not any(
            c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children):
        return None
    return verb if _closing_participle(participle) is not None else None


def _closing_participle(participle: Token) -> Token | None:
    """The participle right after the `et` (`puis`) that closes the list, before any finite verb of the sentence."""
    for token in participle.doc[participle.i + 1:participle.sent.end - 1]:
        if "Fin" in token.morph.get("VerbForm") or token.text in ("«", ";", ":"):
            return None
        following = token.doc[token.i + 1]
        if token.lower_ in JOINING_WORDS and (_past_participle(following) or (
                following.pos_ in ("VERB", "ADJ") and BARE_PARTICIPLE.search(following.lower_))):
            return following  # (`et suspendu`: the tagger may take a participle for an infinitive)
    return None


def _join_listed(participle: Token, verb: Token) -> None:
    """Join the listed participle (and the one closing the list, if the parse hung it on it or its object) to the
    verb whose auxiliary they share; the word after it opens its object."""
    closing = _closing_participle(participle)
    obj = participle.doc[participle.i + 1].head
    participle.head, participle.dep_, participle.pos_ = verb, "conj", "VERB"
    obj.head, obj.dep_ = participle, "obj"
    if closing is not None and closing.head.i != verb.i and closing.head.i >= participle.i:
        closing.head, closing.dep_, closing.pos_ = verb, "conj", "VERB"


EMBEDDED_CLAUSES = ("ccomp", "acl:relcl")  # a `que` clause, a relative clause: a simple tense of their own


def verb_above_complement_clause(participle: Token) -> Token | None:
    """`X a estimé que Moscou portait une lourde responsabilité et promis de poursuivre`, `X a dénoncé un contrat qui
    finance la guerre et appelé Y à y renoncer`: a participle with no auxiliary after `et`/`puis`, which the parse
    joins to the simple-tense verb of a `que` clause or of a relative clause (or to a noun in it); a participle
    cannot share a tense it has no auxiliary for, so it shares the one of the compound-tense verb above the clause
    (the verb whose object the relative describes), with that verb's subject. (A participle agreeing in gender or
    number is no bare form after `avoir`: `que la ville restait tendue et isolée` is left alone.)"""
    doc = participle.doc
    if participle.i < 2 or doc[participle.i - 1].lower_ not in JOINING_WORDS or participle.dep_ != "conj" or not (
            _past_participle(participle)) or participle.pos_ != "VERB":
        return None
    if "Fem" in participle.morph.get("Gender") or "Plur" in participle.morph.get("Number") or any(
            c.dep_.startswith(("aux", "nsubj")) for c in participle.children):
        return None
    clause = participle.head
    while clause.pos_ in ("NOUN", "PROPN", "ADJ") and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ != "VERB" or not (_simple_tense_clause(clause) or _object_relative_with_object(clause, participle)):
        return None
    verb = clause.head
    while verb.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.i != verb.i:
        verb = verb.head  # `a dénoncé un tir qui menace la région et exhorté`: the verb whose object the relative is on
    compound = any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children)
    return verb if verb.pos_ == "VERB" and compound and verb.i < clause.i else None


def _simple_tense_clause(clause: Token) -> bool:
    """A `que` clause or a relative clause in a simple tense (no auxiliary a participle joined to it could share)."""
    return clause.dep_ in EMBEDDED_CLAUSES and "Fin" in clause.morph.get("VerbForm") and not any(
        c.dep_.startswith("aux") for c in clause.children)


def _object_relative_with_object(clause: Token, participle: Token) -> bool:
    """`l'attaque, qu'elle a qualifiée de « lâche », et promis une riposte`: a relative clause whose object is the
    relative `que` holds no participle with a direct object of its own; one with its object after it shares the
    auxiliary of the verb above."""
    relative = any(c.lower_ in QUE_FORMS and c.dep_ in ("mark", "obj") and c.i < clause.i for c in clause.children)
    following = participle.doc[participle.i + 1] if participle.i + 1 < len(participle.doc) else None
    return clause.dep_ in ("acl:relcl", "advcl") and relative and following is not None and following.pos_ in (
        "DET", "NUM")


def verb_joined_to_noun(verb: Token) -> Token | None:
    """`X s'est rendu à Ankara et a rencontré Y`: a verb with an auxiliary (or a finite verb) after `et`/`puis`/`mais`,
    which the parse joins to a noun of the clause before (the name after it hung on that noun): a verb with a tense
    of its own is never a conjunct of a noun, but of the verb the noun depends on, and the words after it are its
    own. (A bare participle or an adjective joined to a noun, `des chars modernisés et équipés`, describes it and is
    left alone; so is a verb with its own subject.)"""
    noun = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= verb.i:
        return None
    group = [c for c in verb.children if c.i < verb.i]
    if any(c.dep_.startswith("nsubj") for c in verb.children) or not any(
            c.dep_ == "cc" and c.lower_ in CLAUSE_JOINING_WORDS for c in group):
        return None
    if not any(c.dep_.startswith("aux") for c in group) and "Fin" not in verb.morph.get("VerbForm"):
        return None
    above = noun.head
    while above.pos_ in ("NOUN", "PROPN", "ADJ") and above.head.i != above.i:
        above = above.head
    return above if above.pos_ == "VERB" and above.i < noun.i else None


def _hang_on_verb(participle: Token, verb: Token) -> None:
    """Join the participle to the verb; what the parse hung after it on the noun it was joined to is its own."""
    former = participle.head
    for child in [c for c in former.children if c.i > participle.i] if former.pos_ != "VERB" else []:
        cased = any(g.dep_ == "case" for g in child.children)
        child.head, child.dep_ = participle, "xcomp" if child.pos_ == "VERB" else "obl" if cased else "obj"
    participle.head = verb


CLAUSE_JOINING_WORDS = {"et", "mais", "puis"}
NOUN_PHRASE_TAIL = ("nmod", "flat:name", "flat", "amod", "nummod")  # `la Corée du Sud`, `le ministre russe`


def subject_read_as_conjunct(verb: Token) -> Token | None:
    """`La Chine a condamné les États-Unis et la Corée du Sud a convoqué deux diplomates`: a second clause whose
    subject the parse joins to the first clause's object, its verb left with no subject (an adverbial clause of
    the first); that noun right before the second verb's finite form, which is its subject."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "conj") or verb.head.i >= verb.i or any(
            c.dep_ in ("nsubj", "nsubj:pass", "mark") for c in verb.children):
        return None
    group = [c for c in verb.children if c.i < verb.i and (c.dep_.startswith("aux") or c.pos_ == "PRON")]
    if not any("Fin" in t.morph.get("VerbForm") for t in [verb, *group]):
        return None  # a participle or an infinitive joined to a noun takes no subject of its own
    first = min([verb, *group], key=lambda t: t.i)
    noun = verb.doc[first.i - 1] if first.i > 0 else None
    while noun is not None and noun.dep_ in NOUN_PHRASE_TAIL and noun.head.i < noun.i:
        noun = noun.head
    if noun is None or noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or not (
            verb.head.i < noun.head.i < noun.i) or any(a.i == noun.i for a in verb.ancestors):
        return None
    joining = next((c for c in noun.children if c.dep_ == "cc" and c.i < noun.i), None)
    return noun if joining is not None and joining.lower_ in CLAUSE_JOINING_WORDS else None


def _give_subject(verb: Token, subject: Token) -> None:
    """Make the noun the second verb's subject, and the second clause a conjunct of the first."""
    joining = next(c for c in subject.children if c.dep_ == "cc" and c.i < subject.i)
    subject.head, subject.dep_ = verb, "nsubj"
    joining.head = verb
    verb.dep_ = "conj"


def subject_joined_to_opening(verb: Token) -> Token | None:
    """`Selon la Maison Blanche, Washington et Hanoï ont conclu des accords`: the subject the parse joined, past the
    comma, to the noun of an opening phrase of the verb (which is left with no subject); the first name after the
    comma, right before the verb's finite form."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children):
        return None
    group = [c for c in verb.children if c.i < verb.i and (c.dep_.startswith("aux") or c.pos_ == "PRON")]
    if not any("Fin" in w.morph.get("VerbForm") for w in [verb, *group]):
        return None
    first = min([verb, *group], key=lambda w: w.i)
    last = verb.doc[first.i - 1] if first.i > 0 else None
    while last is not None and last.dep_ in NOUN_PHRASE_TAIL and last.head.i < last.i:
        last = last.head
    opening = last.head if last is not None and last.dep_ == "conj" else None
    if opening is None or opening.head.i != verb.i or not opening.dep_.startswith("obl") or last.pos_ != "PROPN":
        return None
    comma = next((w.i for w in verb.doc[opening.i:last.i] if w.text == ","), None)
    if comma is None:
        return None
    return next((c for c in opening.children if c.dep_ == "conj" and c.i > comma and c.pos_ == "PROPN"), None)


def _subject_from_opening(verb: Token, subject: Token) -> None:
    """Make the first name after the comma the verb's subject, the names joined after it its conjuncts."""
    opening = subject.head
    for joined in [c for c in opening.children if c.dep_ in ("conj", "cc") and c.i > subject.i]:
        joined.head = subject
    subject.head, subject.dep_ = verb, "nsubj"


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
    auxiliary.dep_ = "aux:pass" if _passive_auxiliary(auxiliary) else "aux:tense"
    auxiliary.pos_ = "AUX"


# Set phrases written between the auxiliary and the participle with no commas (`a pour sa part promis`, `s'est de
# son côté rendu`, `a quant à lui rencontré`, `a par ailleurs signé`): as words in a row, any possessive
BARE_ASIDES = (("pour", "POSS", "part"), ("de", "POSS", "côté"), ("à", "POSS", "tour"), ("quant", "à", "PRON"),
               ("par", "ailleurs"), ("en", "outre"), ("de", "plus"), ("en", "effet"), ("à", "nouveau"),
               ("de", "nouveau"), ("lui", "aussi"), ("elle", "aussi"), ("eux", "aussi"), ("elles", "aussi"))
POSSESSIVES = {"sa", "son", "leur", "ma", "mon", "notre", "votre", "ta", "ton"}
REFLEXIVE_CLITICS = {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
ARGUMENT_DEPS = {"nsubj", "obj", "iobj", "obl:arg"}  # `quant à lui` read as the dative of the verb
STRESSED_PRONOUNS = {"lui", "elle", "eux", "elles", "moi", "nous", "vous"}


def _bare_aside_length(doc: Doc, start: int) -> int:
    """The number of words of a set aside phrase starting at ``start`` (0 if none)."""
    for phrase in BARE_ASIDES:
        words = [t.lower_ for t in doc[start:start + len(phrase)]]
        if len(words) == len(phrase) and all(
                w == p or (p == "POSS" and w in POSSESSIVES) or (p == "PRON" and w in STRESSED_PRONOUNS)
                for w, p in zip(words, phrase, strict=True)):
            return len(phrase)
    return 0


def participle_after_bare_aside(auxiliary: Token) -> Token | None:
    """The past participle after `AUX aside` (a set phrase of BARE_ASIDES) when the parse did not make the auxiliary
    its own, or left the subject, the clitics or the aside on the auxiliary; else None."""
    doc = auxiliary.doc
    if auxiliary.lemma_ not in AUXILIARIES or ("Fin" not in auxiliary.morph.get("VerbForm") and (
            auxiliary.pos_ != "AUX")):
        return None
    length = _bare_aside_length(doc, auxiliary.i + 1)
    if not length or auxiliary.i + length + 1 >= len(doc):
        return None
    participle = doc[auxiliary.i + length + 1]
    if not _past_participle(participle) or participle.is_sent_start or any(
            t.is_sent_start for t in doc[auxiliary.i + 1:participle.i]):
        return None
    if auxiliary.head.i == participle.i and not any(c.dep_ != "punct" for c in auxiliary.children) and all(
            doc[i].head.i in range(auxiliary.i + 1, participle.i + 1) and doc[i].dep_ not in ARGUMENT_DEPS
            for i in range(auxiliary.i + 1, participle.i)):
        return None  # parsed right
    return participle


def _aside_head(doc: Doc, auxiliary: Token, participle: Token) -> Token:
    """The word the aside phrase hangs on (its noun or pronoun; its first word for `quant à lui`, `par ailleurs`)."""
    aside = doc[auxiliary.i + 1:participle.i]
    return next((t for t in aside if t.pos_ in ("NOUN", "PROPN")), aside[0])


def _clause_top(auxiliary: Token, participle: Token) -> Token | None:
    """The word that heads the clause of the auxiliary and the participle in the parse: the participle, the
    auxiliary, the aside, or the subject before the auxiliary; None when the parse hangs them in two trees."""
    top, chain = participle, {participle.i}
    while top.head.i != top.i and top.head.i not in chain:
        top = top.head
        chain.add(top.i)
        if auxiliary.i in {t.i for t in top.subtree}:
            break
    if auxiliary.i not in {t.i for t in top.subtree}:
        return None
    if top.i >= auxiliary.i and top.head.i < auxiliary.i and top.head.pos_ in ("NOUN", "PROPN", "PRON") and (
            top.dep_ not in ("acl", "acl:relcl", "conj")):
        top = top.head  # `Le département a pour sa part appelé` with `a` a mere word of the subject's phrase
    return top


def _reattach_over_aside(auxiliary: Token, participle: Token) -> None:
    """Give the participle the place of the word that headed the clause (the auxiliary, the subject before it or the
    aside), and hang the subject, the clitics, the auxiliary and the aside on it."""
    top = _clause_top(auxiliary, participle)
    if top is None:
        return  # the parse hangs them in two trees: nothing sure to mend
    if top.i == participle.i:  # the participle heads the clause; the auxiliary holds the subject and the aside
        for child in list(auxiliary.children):
            child.head = participle
    else:
        _take_place_of(top, auxiliary, participle)
    _hang_aside(auxiliary, participle)
    auxiliary.head = participle
    auxiliary.dep_ = "aux:pass" if _passive_auxiliary(auxiliary) else "aux:tense"
    auxiliary.pos_ = "AUX"


def _take_place_of(top: Token, auxiliary: Token, participle: Token) -> None:
    """The participle heads what ``top`` headed; the subject (when ``top`` is it) and the clitics hang on it."""
    participle.head = participle if top.head.i == top.i else top.head
    participle.dep_ = "ROOT" if top.head.i == top.i else top.dep_
    movers = [c for c in top.children if c.i != participle.i and (top.i >= auxiliary.i or c.i > auxiliary.i)]
    movers += [c for c in auxiliary.children if c.i < auxiliary.i]
    if top.i < auxiliary.i:  # the subject headed the clause
        top.head, top.dep_ = participle, "nsubj:pass" if _passive_auxiliary(auxiliary) else "nsubj"
    elif top.i != auxiliary.i:
        top.head = participle
    for child in movers:
        if child.i != participle.i and child.head.i != participle.i:
            child.head = participle
        if child.i < auxiliary.i and child.lower_ in REFLEXIVE_CLITICS:
            child.dep_ = "expl:comp"  # `s'est de son côté rendu`


def _hang_aside(auxiliary: Token, participle: Token) -> None:
    """The aside's head word on the participle, its other words on that head."""
    doc = auxiliary.doc
    aside = range(auxiliary.i + 1, participle.i)
    head = _aside_head(doc, auxiliary, participle)
    for i in aside:
        if doc[i].head.i not in aside or i == head.i:
            doc[i].head = participle if i == head.i else head
        if i != head.i and doc[i].dep_ in ARGUMENT_DEPS:
            doc[i].dep_ = "dep"  # `lui` of `quant à lui`: no dative of the verb
    head.dep_ = ASIDE_DEPS.get(head.pos_, "dep")


def _passive_auxiliary(auxiliary: Token) -> bool:
    return auxiliary.lower_ == "été"


QUE_FORMS = {"que", "qu'", "qu’"}
SUBJECT_LIST_POS = {"PROPN", "NOUN", "DET", "CCONJ", "ADJ", "X"}


def subject_read_as_clause(noun: Token) -> Token | None:
    """`a affirmé que Pékin et Moscou préparaient une attaque`: the parse may make the first name of a subject list
    the head of the `que` clause (a clause with no verb) and the verb after the list a clause of its own, with the
    second name as its subject; the finite verb right after the list, whose subject the names are. Returns the
    verb's head word (the participle of a compound tense)."""
    if noun.pos_ not in ("PROPN", "NOUN") or noun.dep_ != "ccomp" or not any(
            c.dep_ == "mark" and c.lower_ in QUE_FORMS for c in noun.children) or any(
            c.dep_ == "cop" for c in noun.children):
        return None
    doc = noun.doc
    for token in doc[noun.i + 1:min(len(doc), noun.i + 16)]:
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            verb = token.head if token.pos_ == "AUX" and token.dep_.startswith("aux") else token
            joined = any(t.pos_ == "CCONJ" for t in doc[noun.i + 1:token.i])
            own_subject = any(c.dep_.startswith("nsubj") and not noun.i < c.i < token.i for c in verb.children)
            return verb if joined and not own_subject and verb.i > noun.i and noun.head.i < noun.i else None
        if token.pos_ not in SUBJECT_LIST_POS and token.text != ",":
            return None
    return None


def _subject_to_clause(noun: Token, verb: Token) -> None:
    """Make the verb the head of the `que` clause, the first name its subject and the other names its conjuncts."""
    main = noun.head
    for child in [c for c in noun.children if c.dep_ == "mark"]:
        child.head = verb
    for other in [c for c in verb.children if c.dep_.startswith("nsubj") and c.i > noun.i]:
        other.head, other.dep_ = noun, "conj"
        for joining in [c for c in verb.children if c.dep_ == "cc" and noun.i < c.i < other.i]:
            joining.head = other
    verb.head, verb.dep_ = main, "ccomp"
    noun.head, noun.dep_ = verb, "nsubj"
