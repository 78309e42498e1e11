"""What the article commits to about an event, from the text's own cues around its trigger.

The cues are read on the path from the trigger up through the words that govern it (its clause, then the
clauses above, stopping at a reporting clause or an adverbial clause): negation (``n'a pas``, ``rien n'a été
communiqué``, ``sans``, ``a été annulée``, ``a démenti``), suspicion (``soupçonnent``, ``en est persuadée``),
a proposal or an offer (``a proposé d'envoyer``, ``prêt à élaborer``), the conditional and words of
possibility (``il s'agirait``, ``auraient``, ``éventuel``, ``la possibilité que``), and the future or plans
(``sera``, ``doit se rendre``, ``a accepté de se rendre``, ``s'est engagé à``, ``a été reportée``,
``prochainement``). The strongest cue on the path wins, in that order; plans count only near the trigger. The
tagger's misses of the conditional and the future (``remporterait``, ``recevra``) are caught from the verb's
form.
"""

from __future__ import annotations

from spacy.tokens import Token

NEGATIONS = {"pas", "jamais", "rien", "aucun", "aucune", "nullement", "guère", "sans"}
# The conditional: the future stem and -ait/-aient... (spaCy's tagger often calls it an imperfect).
CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")
IRREGULAR_FUTURE_STEMS = {"être": "ser", "avoir": "aur", "pouvoir": "pourr", "faire": "fer", "aller": "ir",
                          "venir": "viendr", "devoir": "devr", "vouloir": "voudr", "falloir": "faudr",
                          "savoir": "saur", "voir": "verr", "envoyer": "enverr", "tenir": "tiendr",
                          "valoir": "vaudr", "recevoir": "recevr", "mourir": "mourr", "courir": "courr"}
# `ce n'est pas un simple X` denies that it is *only* X, not X itself.
NEGATION_LIMITERS = {"simple", "seulement", "uniquement", "que", "seul"}
SUSPICION = {"soupçonner", "suspecter", "accuser", "persuader", "convaincre", "craindre", "redouter",
             "soupçon", "soupçons", "persuadé", "convaincu", "présumé", "supposé", "prétendu"}
PROPOSAL = {"proposer", "suggérer", "prêt", "proposition", "offre", "réclamer", "exiger", "demander", "revendiquer",
            "plaider", "exhorter", "inciter", "enjoindre", "presser", "conjurer", "implorer"}
# `offrir de venir`, `envisager de signer`: a proposal only over an infinitive (`offrir un gant` is a gift).
PROPOSAL_OVER_INFINITIVE = {"offrir", "envisager", "appeler"}
HYPOTHESIS_WORDS = {"éventuel", "éventuelle", "potentiel", "potentielle", "possible", "possibilité", "risque",
                    "perspective", "perspectives", "hypothétique", "probable", "pouvoir", "si"}
PLAN_WORDS = {"devoir", "aller", "prévoir", "projeter", "accepter", "prochainement", "bientôt", "futur",
              "future", "afin", "compter", "planifier", "annoncer", "programmer", "invitation", "inviter",
              "engager", "promettre"}  # `se sont engagés à développer`, `a promis de livrer`
# Verbs that undo or deny the event they govern (`la visite a été annulée`, `a démenti toute livraison`,
# `a renoncé à se rendre`), and those that put it off to later (`la visite a été reportée`): still to come.
# Verbs of reluctance whose negation asserts the act (`ne pas hésiter à`, `ne pas tarder à`: it is meant, so
# planned) or leaves it open (`ne pas exclure de`: possible).
NEGATED_RELUCTANCE = {"hésiter": "planned", "tarder": "planned", "exclure": "hypothetical"}
# Verbs that take what they govern for granted, negated or not (`ne pas oublier`, `ne pas regretter`).
FACTIVE = {"oublier", "regretter", "ignorer", "cacher", "dissimuler", "savoir", "saluer", "remercier"}
CANCELLING = {"annuler", "démentir", "nier", "renoncer", "décommander"}
# Verbs that halt what they govern right below them (`a suspendu les négociations`): it no longer goes on.
SUSPENDING = {"suspendre", "interrompre", "geler"}
# Verbs of opinion: a clause they govern is what the subject believes, not what the article asserts (`estime
# que Minsk s'isole`).
OPINION = {"estimer", "estime", "juger", "penser", "croire", "considérer", "trouver"}  # `estime`: the lemmatiser's
# Nouns of answering: what one answers (`en représailles aux sanctions`, `en réponse aux frappes`) did happen.
ANSWER_NOUNS = {"représailles", "représaille", "riposte", "réponse", "rétorsion", "réplique"}
# `pour signer`, `afin de conclure`: the purpose of an act is meant, not told as done.
PURPOSE_MARKS = {"pour", "afin"}
POSTPONING = {"reporter", "repousser", "ajourner", "différer"}
EXPECTED = {"attendu", "attendue", "attendus", "attendues"}  # someone expected somewhere: a plan
# Verbs whose subject is an event they say happens, is planned, put off or cancelled.
OCCURRENCE_VERBS = {"avoir", "tenir", "dérouler", "prévoir", "programmer", "organiser", "confirmer", "annoncer",
                    "annuler", "reporter", "repousser", "venir", "commencer", "débuter", "achever", "terminer",
                    "poursuivre", "reprendre", "produire", "intervenir", "devoir", "pouvoir", "aller", "être",
                    "survenir", "durer", "aboutir", "échouer", "exister", "rester", "sembler", "paraître"}
# Verbs of telling what will be: a simple conditional in their complement is a future in the past.
TELLING_OF_FUTURE = {"assurer", "promettre", "garantir", "annoncer", "affirmer", "déclarer", "dire", "indiquer",
                     "préciser", "répondre", "expliquer", "souligner", "confirmer", "prévenir", "avertir"}
# Outcomes, which no one can plan: their future in the past is a prediction (hypothetical).
OUTCOME_VERBS = {"remporter", "gagner", "perdre", "vaincre", "triompher", "réussir", "échouer", "l'emporter",
                 "emporter", "succomber", "s'effondrer", "effondrer"}
TIME_ANCHORS = {"depuis", "après", "lors", "dès"}  # prepositions dating one event by another, which did happen
CLAUSE_LIMIT = 6  # heads to climb: far enough for `soupçonnent X de vouloir parvenir à un accord pour des livraisons`


def _future_stem(token: Token) -> str:
    lemma = token.lemma_.lower()
    return IRREGULAR_FUTURE_STEMS.get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)


def is_future(token: Token) -> bool:
    """The simple future, also where the tagger misses it (`recevra`)."""
    if "Fut" in token.morph.get("Tense"):
        return True
    stem, word = _future_stem(token), token.lower_
    return token.pos_ in ("VERB", "AUX") and word.startswith(stem) and word[len(stem):] in (
        "ai", "as", "a", "ons", "ez", "ont")


def is_conditional(token: Token) -> bool:
    if "Cnd" in token.morph.get("Mood"):
        return True
    word, lemma = token.lower_, token.lemma_.lower()
    if not word.endswith(CONDITIONAL_ENDINGS):
        return False
    stem = IRREGULAR_FUTURE_STEMS.get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)
    return word.startswith(stem) and word[len(stem):] in ("ais", "ait", "ions", "iez", "aient")


def _negation_word(token: Token) -> bool:
    """`pas`, `jamais`, `rien` as negation, not as a noun (`devant le pas de tir`, `un pas en avant`)."""
    if token.lower_ not in NEGATIONS:
        return False
    return token.lower_ == "sans" or not any(c.dep_ in ("case", "det") for c in token.children)


def _negated(token: Token) -> bool:
    children = {c.lower_ for c in token.children if _negation_word(c) or c.lower_ not in NEGATIONS}
    limiters = {c.lower_ for c in token.children if c.dep_ not in ("mark", "obj", "nsubj", "nsubj:pass")}
    if limiters & NEGATION_LIMITERS or any(c.lower_ in NEGATION_LIMITERS for c in token.subtree if c.dep_ == "amod"):
        return False
    return bool(children & NEGATIONS) or any(c.lower_ == "rien" and c.dep_.startswith("nsubj")
                                             for c in token.children) or _ne_with_adverb(token)


def _ne_with_adverb(token: Token) -> bool:
    """`n'a pas encore accepté`: the parse may hang `pas` on `encore`; `ne` with a negation adverb anywhere in
    the verb's adverbs is a negation (a lone `ne` is the expletive one: `redoutent que X ne livre`)."""
    adverbs = [c for c in token.children if c.dep_ == "advmod"]
    if not any(c.lower_ in ("ne", "n'", "n’") for c in adverbs):
        return False
    return any(g.lower_ in NEGATIONS | {"plus", "point"} for c in adverbs for g in c.subtree)


PRIORITY = ("negated", "suspected", "proposed", "hypothetical", "planned")


def _cues(token: Token, depth: int, below: Token | None) -> set[str]:
    """The status cues of one word of the path; ``depth`` 0 is the trigger itself."""
    lemma = token.lemma_.lower()
    if depth > 0 and lemma in FACTIVE:
        return set()  # `n'oubliera jamais le soutien apporté`: what one will not forget did happen
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("advmod", "amod", "mark", "nsubj", "case")} | {
        c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "advmod")}
    words = modifiers if depth == 0 else modifiers | {lemma, token.lower_}
    cues = set()
    if _negated(token) and depth > 0 and lemma in NEGATED_RELUCTANCE:
        cues.add(NEGATED_RELUCTANCE[lemma])  # `n'hésiteront pas à imposer`: a litotes, the act is meant
    elif _negated(token) or (depth > 0 and lemma in CANCELLING):
        cues.add("negated")
    if depth > 0 and lemma in POSTPONING:
        cues.add("planned")
    cues |= _clause_cues(token, depth, below)
    if depth > 0 and words & SUSPICION:
        cues.add("suspected")
    if depth > 0 and (words & PROPOSAL or (lemma in PROPOSAL_OVER_INFINITIVE and (
            _over_infinitive(below) or _called_for(token, below)))):
        cues.add("proposed")
    if lemma == "pouvoir" and _accomplished(token):
        words = words - {"pouvoir"}  # `a pu inspecter`: managed to, it happened
    cues |= _mood_cues(token, depth, words)
    if depth <= 2 and token.lower_ in EXPECTED:  # `X est attendu à Pékin`, `attendu mardi pour une visite`
        cues.add("planned")
    if depth <= 1 and (_future(token) or modifiers & PLAN_WORDS):
        cues.add("planned")
    if depth >= 1 and lemma in PLAN_WORDS and token.pos_ == "VERB" and _over_infinitive(below):
        cues.add("planned")  # `a accepté de se rendre`, `doit se rendre`, `invité Poutine à visiter`
    return cues


def _clause_cues(token: Token, depth: int, below: Token | None) -> set[str]:
    """What a clause right above says of what it governs: halted (`a suspendu les négociations`), believed (`estime
    que X livre`), or meant (`pour signer`, `afin de régler et de conclure`)."""
    lemma, cues = token.lemma_.lower(), set()
    if depth == 1 and lemma in SUSPENDING and below is not None and below.pos_ == "NOUN":
        cues.add("negated")
    if depth == 1 and lemma in OPINION and below is not None and below.pos_ == "VERB" and below.dep_ == "ccomp":
        cues.add("suspected")
    if depth <= 1 and (_purpose(token) or (token.dep_ == "conj" and _purpose(token.head))):
        cues.add("planned")
    return cues


def _mood_cues(token: Token, depth: int, words: set[str]) -> set[str]:
    """The conditional and words of possibility make a guess; a conditional that is the future of a past telling
    makes a plan."""
    if depth == 0 and not words & HYPOTHESIS_WORDS and _future_in_the_past(token):
        return {"planned"}  # `a assuré que l'offensive se poursuivrait`: what was then to come, not a guess
    if is_conditional(token) or words & HYPOTHESIS_WORDS or any(
            is_conditional(c) for c in token.children if c.dep_.startswith(("aux", "cop"))):
        return {"hypothetical"}
    return set()


def _future_in_the_past(token: Token) -> bool:
    """`a assuré que l'offensive se poursuivrait`, `a répondu que l'affaire serait traitée`: a simple conditional
    in what someone said, promised or announced in the past is the future of that past (a plan they told of).
    A past conditional (`aurait livré`) stays a guess, as does the conditional of news the article does not
    confirm (`selon X, il serait déployé`: no verb of saying governs it)."""
    simple = is_conditional(token) or any(is_conditional(c) for c in token.children
                                          if c.dep_ in ("aux:pass", "cop"))
    if not simple or any(is_conditional(c) for c in token.children if c.dep_ == "aux:tense"):
        return False
    if token.lemma_.lower() in OUTCOME_VERBS:
        return False  # `a assuré que Moscou remporterait une victoire`: an outcome is foretold, never planned
    head = token.head
    if token.dep_ != "ccomp" or head.lemma_.lower() not in TELLING_OF_FUTURE:
        return False
    past = any(c.dep_ == "aux:tense" for c in head.children) or "Past" in head.morph.get("Tense") or (
        "Imp" in head.morph.get("Tense"))
    return past or "Inf" in head.morph.get("VerbForm")  # `s'est borné à répondre que`


def _accomplished(token: Token) -> bool:
    """A compound past or a simple past (`a pu`, `put`), not the conditional `aurait pu`."""
    helpers = [c for c in token.children if c.dep_ == "aux:tense"]
    if any(is_conditional(h) for h in helpers):
        return False
    return bool(helpers) or ("Past" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm"))


def _called_for(verb: Token, below: Token | None) -> bool:
    """`appelle à une réforme`, `a appelé au retrait des troupes`: what is called for is proposed."""
    return below is not None and below.pos_ == "NOUN" and below.head.i == verb.i and any(
        c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in below.children)


def _purpose(token: Token) -> bool:
    """`pour rencontrer X`, `afin de conclure un accord`: an infinitive of purpose; not a past infinitive, which
    gives a cause (`pour avoir livré des armes`)."""
    if token.pos_ != "VERB" or "Inf" not in token.morph.get("VerbForm"):
        return False
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"} | {token.head.lower_}  # `afin` may be the head
    return bool(marks & PURPOSE_MARKS) and not any(c.dep_.startswith("aux") for c in token.children)


def _over_infinitive(below: Token | None) -> bool:
    return below is not None and below.pos_ == "VERB" and "Inf" in below.morph.get("VerbForm")


def _future(token: Token) -> bool:
    return is_future(token) or any(is_future(c) for c in token.children if c.dep_.startswith(("aux", "cop")))


def _stops(token: Token) -> bool:
    """A reporting clause, or an adverbial clause (`alors que ...`) other than a condition (`si ...`), does
    not take the status of the clause above it; nor does an event that dates another (`depuis son voyage`,
    `après la visite de X`, `lors du sommet`): it is taken to have happened."""
    if token.pos_ == "NOUN" and any(c.dep_ in ("case", "fixed") and c.lower_ in TIME_ANCHORS for c in token.children):
        return True
    if token.pos_ == "NOUN" and token.head.lower_ in TIME_ANCHORS and token.head.i < token.i:
        return True  # `lors de sa rencontre avec X, Y a plaidé`: the parse may make `lors` the noun's head
    if token.pos_ == "NOUN" and token.head.lemma_.lower() in ANSWER_NOUNS and token.head.i < token.i:
        return True  # `a annulé la visite en représailles aux sanctions`: the sanctions are not what is cancelled
    if token.dep_.startswith("nsubj") and (token.pos_ == "PROPN" or any(c.dep_ == "flat:name" for c in token.children)):
        return True  # `X, attendu pour une visite, n'a pas commenté`: what is said of X's verb is not said of X's acts
    if token.dep_ in ("parataxis", "acl:relcl") and not _negated(token.head):
        return True  # `X, qui a présidé le Conseil, appelle à`: a relative clause asserts on its own
    return token.dep_ == "advcl" and not any(c.lower_ in ("si", "s'") for c in token.children if c.dep_ == "mark")


def _said_of(token: Token) -> bool:
    """`les sanctions ne sont plus respectées`: an event noun that is the subject of a verb of another kind is
    not denied by that verb's negation (a condition still makes it hypothetical: `tout transfert violerait`); a
    verb of taking place or of planning says whether the event itself happens (`la visite n'a pas eu lieu`)."""
    if token.pos_ != "NOUN" or not token.dep_.startswith("nsubj"):
        return False
    verb = token.head
    helpers = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux:tense", "cop", "xcomp")}
    return verb.lemma_.lower() not in OCCURRENCE_VERBS and not helpers & OCCURRENCE_VERBS and verb.pos_ == "VERB"


def _is_condition(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.lower_ in ("si", "s'") for c in token.children if c.dep_ == "mark")


def _path(trigger: Token) -> list[Token]:
    """The trigger and the words above it, up to the clause limit or a reporting clause."""
    path, token = [trigger], trigger
    while len(path) < CLAUSE_LIMIT and token.head.i != token.i and not _stops(token):
        token = token.head
        path.append(token)
    return path


def status_of(trigger: Token) -> str:
    """occurred, planned, proposed, suspected, hypothetical or negated: the strongest cue on the path wins."""
    path = _path(trigger)
    cues: set[str] = set()
    below = None
    condition = False
    shielded = False  # above an event noun that is the subject of a verb of another kind
    for depth, token in enumerate(path):
        found = _cues(token, depth, below) - ({"negated"} if shielded else set())
        shielded = shielded or _said_of(token)
        cues |= found - {"negated"} if condition else found  # `si X livre, il n'y aura plus`: X's act is not denied
        condition = condition or _is_condition(token)
        if token.pos_ == "VERB" or below is None:
            below = token  # the nearest verb under this word (nouns a misparse puts between do not count)
    return next((status for status in PRIORITY if status in cues), "occurred")
