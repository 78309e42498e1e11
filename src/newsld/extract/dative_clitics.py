"""The dative clitic ``lui`` where the clause it stands in says whom it stands for.

French never binds a dative clitic to the subject of its own clause (``X lui a dit``: not X). Two
constructions name that subject even when the clause does not write it, and so narrow ``lui`` down:

- coordination with the subject left out (``X a reçu Y et lui a assuré que``, ``X aide Y mais ne lui livre
  pas d'armes``): the clause's subject is the first conjunct's, X; ``lui`` is someone the first conjunct names
  other than X: the one person, else the one state (a state receives aid as a person does). Two candidates of
  the same kind, or none: French does not say, no link.
- a relative clause whose subject is the noun it qualifies (``les pays qui ne lui sont pas hostiles``): ``lui``
  is the subject of the clause that holds the relative clause (``Moscou reste ouvert au dialogue avec les pays
  qui ...``: Moscow), when that subject is a person or a state.

``X et lui ont signé`` (a plural verb) joins `lui` to a subject: no dative, and no link. Anything else is left
to the resolver's general rules (:mod:`newsld.extract.references`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsld.extract.model import Mention, mention_of_token
from newsld.extract.nlp import sentence_of

COORDINATORS = {"et", "mais", "puis", "ou", "or"}
LEFT_OUT = {"ne", "n'", "n’", "y", "en"}  # clitics that may stand between the conjunction and `lui`
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
RECIPIENT_TYPES = ("person", "country")  # in order of preference


def dative_referent(mentions: list[Mention], token: Token) -> tuple[bool, Mention | None]:
    """(whether a construction decides what this `lui` stands for, what it stands for: None when the
    construction leaves two candidates or none)."""
    conjunction = _left_out_subject(token)
    if conjunction is not None and _plural_verb_follows(token):
        return True, None  # `X et lui ont signé`: a stressed subject joined to X, whom French leaves to context
    if conjunction is not None:
        return True, _other_in_first_conjunct(mentions, token, conjunction)
    return _holding_clause_subject(mentions, token)


def _left_out_subject(token: Token) -> Token | None:
    """The conjunction right before `lui` (past `ne`) that opens a clause with no subject of its own."""
    i = token.i - 1
    while i >= 0 and token.doc[i].lower_ in LEFT_OUT:
        i -= 1
    if i <= 0 or token.doc[i].lower_ not in COORDINATORS:
        return None
    return token.doc[i]


def _plural_verb_follows(token: Token) -> bool:
    following = next((t for t in token.doc[token.i + 1:token.i + 4] if t.pos_ in ("AUX", "VERB")), None)
    return following is not None and following.morph.get("Number") == ["Plur"]


def _other_in_first_conjunct(mentions: list[Mention], token: Token, conjunction: Token) -> Mention | None:
    start = sentence_of(token).start_char
    before = sorted((m for m in mentions if start <= m.start and m.end <= conjunction.idx), key=lambda m: m.start)
    subject = _first_conjunct_subject(mentions, token, before)
    if subject is None:
        return None  # whose clause it is not known: whom `lui` excludes is not known either
    for type_ in RECIPIENT_TYPES:
        others = [m for m in before if m.type == type_ and m.entity != subject.entity]
        if others:
            return others[-1] if len({m.entity for m in others}) == 1 else None
    return None


def _first_conjunct_subject(mentions: list[Mention], token: Token, before: list[Mention]) -> Mention | None:
    """The subject of the verb the clause of `lui` is joined to, by the parse; else the mention that opens
    the sentence (the subject of a French main clause comes first)."""
    verb = token.head
    head = verb.head if verb.dep_ == "conj" else None
    if head is not None:
        subject = next((c for c in _with_auxiliaries(head) if c.dep_ in SUBJECT_DEPS), None)
        found = mention_of_token(mentions, subject) if subject is not None else None
        if found is not None:
            return found
    opening = sentence_of(token).start_char
    first = before[0] if before else None
    text = token.doc.text
    return first if first is not None and not text[opening:first.start].strip(" \n«") else None


def _with_auxiliaries(verb: Token) -> list[Token]:
    """A verb's dependents, and those the parser hung from its auxiliary or copula instead."""
    children = list(verb.children)
    return children + [g for c in children if c.dep_.startswith(("aux", "cop")) for g in c.children]


def _holding_clause_subject(mentions: list[Mention], token: Token) -> tuple[bool, Mention | None]:
    clause = token.head
    own = next((c for c in _with_auxiliaries(clause) if c.dep_ in SUBJECT_DEPS), None)
    if clause.dep_ != "acl:relcl" or own is None or own.lower_ != "qui":
        return False, None
    holder = clause.head
    for _ in range(5):  # up through the nouns the relative clause hangs from, to their clause
        subject = next((c for c in _with_auxiliaries(holder) if c.dep_ in SUBJECT_DEPS and c.i < token.i), None)
        if subject is not None:
            found = mention_of_token(mentions, subject)
            fits = found is not None and found.type in RECIPIENT_TYPES
            return fits, found if fits else None
        if holder.head.i == holder.i:
            break
        holder = holder.head
    return False, None
