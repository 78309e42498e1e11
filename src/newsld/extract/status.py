"""What the article commits to about an event, from the text's own cues around its trigger.

The cues are read from the trigger up through the words that govern it (its clause, then the clauses
above), nearest first: negation (``n'a pas``, ``rien n'a été communiqué``), suspicion (``soupçonnent``, ``en est
persuadée``), a proposal or an offer (``a proposé d'envoyer``, ``prêt à élaborer``), the conditional and
words of possibility (``il s'agirait``, ``auraient``, ``éventuel``, ``la possibilité que``), and the future or
plans (``sera``, ``doit se rendre``, ``a accepté de se rendre``, ``prochainement``, ``afin de``).
"""

from __future__ import annotations

from spacy.tokens import Token

NEGATIONS = {"pas", "jamais", "rien", "aucun", "aucune", "nullement", "guère"}
# `ce n'est pas un simple X` denies that it is *only* X, not X itself.
NEGATION_LIMITERS = {"simple", "seulement", "uniquement", "que", "seul"}
SUSPICION = {"soupçonner", "suspecter", "accuser", "persuader", "convaincre", "craindre", "redouter",
             "soupçon", "soupçons", "persuadé", "convaincu", "présumé", "supposé", "prétendu"}
PROPOSAL = {"proposer", "suggérer", "offrir", "prêt", "proposition", "offre", "envisager", "appeler"}
HYPOTHESIS_WORDS = {"éventuel", "éventuelle", "potentiel", "potentielle", "possible", "possibilité", "risque",
                    "perspective", "perspectives", "hypothétique", "probable", "pouvoir", "si"}
PLAN_WORDS = {"devoir", "aller", "prévoir", "projeter", "accepter", "prochainement", "bientôt", "futur",
              "future", "afin", "compter", "planifier", "annoncer", "programmer", "invitation", "inviter"}
CLAUSE_LIMIT = 6  # heads to climb: far enough for `soupçonnent X de vouloir parvenir à un accord pour des livraisons`


def _negated(token: Token) -> bool:
    children = {c.lower_ for c in token.children}
    if children & NEGATION_LIMITERS or any(c.lower_ in NEGATION_LIMITERS for c in token.subtree if c.dep_ == "amod"):
        return False
    return bool(children & NEGATIONS) or any(c.lower_ == "rien" and c.dep_.startswith("nsubj")
                                             for c in token.children)


def _cue(token: Token, is_trigger: bool, below: Token | None = None) -> str | None:
    words = {token.lemma_.lower(), token.lower_} | {c.lower_ for c in token.children if c.dep_ in (
        "advmod", "amod", "mark", "nsubj")} | {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "advmod")}
    if _negated(token):
        return "negated"
    if not is_trigger and words & SUSPICION:
        return "suspected"
    if not is_trigger and words & PROPOSAL:
        return "proposed"
    if "Cnd" in token.morph.get("Mood") or words & HYPOTHESIS_WORDS or any(
            "Cnd" in c.morph.get("Mood") for c in token.children if c.dep_.startswith("aux")):
        return "hypothetical"
    if _future(token) or _plans(token, words, is_trigger, below):
        return "planned"
    return None


def _plans(token: Token, words: set[str], is_trigger: bool, below: Token | None) -> bool:
    """A plan word of the token's own (`prochainement`), or a head verb of plans over an infinitive."""
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("advmod", "amod")}
    if is_trigger:
        return bool(modifiers & PLAN_WORDS)
    if token.lemma_.lower() in PLAN_WORDS:
        return below is not None and below.pos_ == "VERB" and "Inf" in below.morph.get("VerbForm")
    return bool(modifiers & PLAN_WORDS)


def _future(token: Token) -> bool:
    tenses = set(token.morph.get("Tense")) | {t for c in token.children if c.dep_.startswith(("aux", "cop"))
                                              for t in c.morph.get("Tense")}
    return "Fut" in tenses


def status_of(trigger: Token) -> str:
    """occurred, planned, proposed, suspected, hypothetical or negated: the nearest cue wins."""
    token, is_trigger, below = trigger, True, None
    for _ in range(CLAUSE_LIMIT):
        cue = _cue(token, is_trigger, below)
        if cue is not None and not (cue == "planned" and below is not None and below.pos_ == "NOUN"):
            return cue
        if token.head.i == token.i or token.dep_ in ("parataxis",):
            break
        token, is_trigger, below = token.head, False, token
    return "occurred"
