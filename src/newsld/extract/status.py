"""What the article commits to about an event, from the text's own cues around its trigger.

The cues are read on the path from the trigger up through the words that govern it (its clause, then the
clauses above, stopping at a reporting clause or an adverbial clause): negation (``n'a pas``, ``rien n'a été
communiqué``, ``sans``, ``a été annulée``, ``a démenti``), suspicion (``soupçonnent``, ``en est persuadée``),
a proposal or an offer (``a proposé d'envoyer``, ``prêt à élaborer``), the conditional and words of
possibility (``il s'agirait``, ``auraient``, ``éventuel``, ``la possibilité que``), and the future or plans
(``sera``, ``doit se rendre``, ``a accepté de se rendre``, ``s'est engagé à``, ``a été reportée``,
``prochainement``). The strongest cue on the path wins, in that order; plans count only near the trigger. The
tagger's misses of the conditional and the future (``remporterait``, ``recevra``, ``soutiendrait``) are caught
from the verb's form.

Suspicion also comes from a word of doubt on the noun (``espionnage présumé``), a claim (``la réélection
revendiquée``), the offence of an arrest (``arrêté pour corruption``) and an opinion (``estime que``, ``Pour X,``),
which takes the subject of its clause as given; a threat and ``en cas de`` make a possibility; aims, decisions and
promises (``espère relancer``, ``ont convenu de``, ``a promis son soutien``, ``avant de regagner`` after a plan) make
a plan. Each cue has a scope: a source (``selon la liste transmise``), the ground of an act (``à l'invitation
de``), a relative clause, a participle or a description set off by a comma, a verb joined with its own auxiliary,
and what a word of ending or respecting governs (``la levée de l'embargo``) assert on their own.

Efforts and readiness over an infinitive (``cherche à réorienter``, ``est prêt à fournir``), an announced act still to
come (``a annoncé l'envoi``) and a relative clause that plans carrying an act out (``les élections qui doivent se
tenir``) make a plan; a wish over a noun (``souhaite une paix``) and an urging not to act (``à ne pas reconnaître``)
a proposal; an adjective of impossibility (``rendait impossibles des pourparlers``), a veto, a refusal over an
infinitive and a subject that says no one (``Personne n'a revendiqué``) a denial. A conjunct clause with its own
subject, a reporting incise and a description set off by commas keep their own status.

Nouns speak of the act named `de` after them (``l'annulation de la visite``, ``faute d'accord``: denied; ``le report du
sommet``: planned; ``la menace d'une invasion``: possible; ``les accusations de livraisons``, ``les accusations selon
lesquelles X aurait livré``: suspected). ``Ni X ni Y n'ont``, ``a exclu toute négociation`` and ``le refus de
prolonger`` deny; a wish over a clause (``souhaite que Pékin participe``) and an offer (``s'est dit prêt à``) propose;
a permission (``a autorisé Kiev à frapper``), a fear of what is to come (``redoutent que les frappes ne
s'intensifient``), a denied reluctance in the conditional (``n'hésiteraient pas à imposer``) and what one is urged not
to let happen make a possibility. A verb joined to another (``a réclamé X et proposé de``) shares its auxiliaries and
negation, not its meaning; a participle describing a noun (``les Indiens enrôlés``) tells what was done whatever is
planned for the noun; a condition on what an event noun does (``si la coopération franchissait une ligne rouge``)
leaves the event a fact.

A verb joined by `ni` to a negated verb shares its negation, and a denial so negated (``n'a ni confirmé ni démenti``)
says nothing of the act; a denial of a noun does not reach an event noun it holds by another preposition than `de`
(``a nié toute implication dans l'attentat``); disputing an act told as a clause denies it (``conteste avoir
ordonné``); an invitation over an infinitive offers the act until the text tells it accepted.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsld.extract.nlp import preposition_of, sentence_of

NEGATIONS = {"pas", "jamais", "rien", "aucun", "aucune", "nullement", "guère", "sans"}
# The conditional: the future stem and -ait/-aient... (spaCy's tagger often calls it an imperfect).
CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")
IRREGULAR_FUTURE_STEMS = {"être": "ser", "avoir": "aur", "pouvoir": "pourr", "faire": "fer", "aller": "ir",
                          "venir": "viendr", "devoir": "devr", "vouloir": "voudr", "falloir": "faudr",
                          "savoir": "saur", "voir": "verr", "envoyer": "enverr", "tenir": "tiendr",
                          "valoir": "vaudr", "recevoir": "recevr", "mourir": "mourr", "courir": "courr"}
NO_ONE = {"aucun", "aucune", "nul", "nulle"}
# `ce n'est pas un simple X` denies that it is *only* X, not X itself.
NEGATION_LIMITERS = {"simple", "seulement", "uniquement", "que", "seul"}
SUSPICION = {"soupçonner", "suspecter", "accuser", "persuader", "convaincre", "craindre", "redouter", "reprocher",
             "prétendre",
             "soupçon", "soupçons", "persuadé", "convaincu", "présumé", "supposé", "prétendu", "présumer"}
# Verbs of persuading: `en est persuadée`, `sont convaincus que` hold a belief (suspicion); in the active voice on a
# party they tell a deed (`sans convaincre Pékin`, `a convaincu la Russie de signer`): :func:`persuades_a_party`.
PERSUADING = {"persuader", "convaincre"}
# Adjectives that put the noun they qualify in doubt (`espionnage présumé`, `de prétendues livraisons`).
DOUBTED = {"présumé", "présumée", "présumés", "présumées", "présumer", "supposé", "supposée", "supposés",
           "supposées", "prétendu", "prétendue", "prétendus", "prétendues", "allégué", "alléguée", "alléguer"}
# Participles of claiming on an event noun (`la réélection revendiquée par X`): claimed, not established.
CLAIMED = {"revendiquer", "proclamer", "prétendre", "alléguer"}
# Words of arrest and charge: the offence they are `pour` is suspected (`arrêté pour corruption`, `détenu pour
# espionnage`, `l'arrestation pour fraude`); a conviction (`condamné pour`) is not among them.
CHARGING = {"arrêter", "arrestation", "détenir", "détention", "détenu", "interpeller", "interpellation",
            "inculper", "inculpation", "incarcérer", "incarcération", "emprisonner", "emprisonnement", "écrouer",
            "poursuites", "enquête", "enquêter", "accusation", "inculpé", "arrêté",
            "écroué", "interpellé"}
# Threats: what one threatens to do is a possibility (`a menacé de rompre les liens`).
THREATENING = {"menacer", "menace", "menaces"}
PROPOSAL = {"proposer", "suggérer", "proposition", "offre", "réclamer", "exiger", "demander", "revendiquer",
            "plaider", "exhorter", "inciter", "enjoindre", "presser", "conjurer", "implorer"}
# `offrir de venir`: a proposal only over an infinitive (`offrir un gant` is a gift); orders and advice too (`a
# ordonné à l'armée de rester`, `lui signifier de s'éloigner`, `a sommé X de partir`), not what one orders as goods
# (`commander des avions`).
PROPOSAL_OVER_INFINITIVE = {"offrir", "appeler", "appel", "souhaiter", "ordonner", "ordre", "signifier", "sommer",
                            "commander", "recommander", "conseiller", "intimer", "encourager"}
# `pousser X à coopérer` urges only when a party does it (`Washington pousse ses alliés à coopérer`); a cause that
# pushes people to act made them do it (`la guerre a poussé des millions de personnes à fuir`).
URGING_BY_A_PARTY = {"pousser"}
# Wishes over a noun (`souhaite une paix juste`, `veut un accord`) are proposals as well (`veut renforcer` over an
# infinitive is an aim: planned).
WISHING = {"vouloir", "souhaiter", "désirer"}
HYPOTHESIS_WORDS = {"éventuel", "éventuelle", "potentiel", "potentielle", "possible", "possibilité", "risque",
                    "perspective", "perspectives", "hypothétique", "probable", "pouvoir", "si"}
PLAN_WORDS = {"devoir", "aller", "prévoir", "projeter", "accepter", "prochainement", "bientôt", "futur",
              "future", "afin", "compter", "planifier", "annoncer", "programmer", "invitation", "inviter",
              "engager", "promettre"}  # `se sont engagés à développer`, `a promis de livrer`
# Aims, intentions, efforts and decisions over an infinitive (`espère relancer`, `destinée à doubler`, `ont convenu
# de rétablir`, `a décidé de fermer`, `cherche à réorienter`), and readiness (`est prêt à fournir`): the act is meant,
# not yet done.
AIM_VERBS = {"espérer", "viser", "destiner", "convenir", "décider", "résoudre", "apprêter",
             "entendre", "préparer", "tâcher", "projeter", "compter", "chercher", "efforcer", "ambitionner",
             "prêt", "prête", "disposé", "envisager", "vouloir"}  # `envisage de relever`: considered, meant
# Efforts (`cherche à`, `s'efforce de`) are aims, but set as the background of another fact (`alors que le pays
# cherche à développer ses programmes`) they tell of work under way.
EFFORT_VERBS = {"chercher", "efforcer"}
BACKDROP_MARKS = {"alors", "tandis"}
# Meeting another side: readiness to do it is an offer to that side (`s'est dit prêt à rencontrer son rival`)
MEETING_VERBS = {"rencontrer", "négocier", "dialoguer", "discuter", "entretenir", "recevoir", "accueillir"}
# Readiness over a noun (`prêt au dialogue`, `disposée à des négociations`): meant as well.
READY = {"prêt", "prête", "disposé", "disposée"}
# Adjectives that deny the act they qualify or that a verb makes them qualify (`rend impossibles des pourparlers`,
# `une trêve est inenvisageable`); negated themselves, they leave it open (`n'est pas impossible`).
IMPOSSIBLE = {"impossible", "impossibles", "inenvisageable", "inenvisageables", "inconcevable", "inconcevables",
              "irréalisable", "irréalisables", "exclu", "exclue", "exclus", "exclues"}
# Acts whose announcement tells of something to come (`a annoncé l'envoi d'une aide`, `annonce une visite`), unlike
# an announced death, resignation or arrest, which has happened.
ANNOUNCED_TO_COME = {"envoi", "livraison", "livraisons", "fourniture", "déploiement", "octroi", "versement",
                     "déblocage", "don", "construction", "visite", "voyage", "tournée", "rencontre", "sommet",
                     "retrait", "ouverture", "tenue", "création", "aide", "sanctions"}
# Verbs of carrying an act out: a relative clause that plans them plans the noun it hangs on (`les élections qui
# doivent se tenir en mai`, `la visite qu'il doit effectuer`).
CARRYING_OUT = {"tenir", "dérouler", "avoir", "effectuer", "mener", "organiser", "conduire", "réaliser",
                "commencer", "débuter", "intervenir", "lieu", "entreprendre", "accomplir"}
# Verbs of promising or providing for over a noun (`a promis son soutien`, `un accord prévoyant la construction`,
# `préparent leur retour`): the thing is to come.
PLAN_OVER_NOUN = {"promettre", "prévoir", "préparer", "programmer", "planifier", "garantir", "envisager"}
# Words that take what they govern as existing (`la levée de l'embargo`, `respecter les sanctions`, `la libération
# du journaliste, détenu`, `poursuivre sa visite`): a request or plan over them does not reach it.
PRESUPPOSING = {"lever", "levée", "fin", "libération", "libérer", "respecter", "respect", "appliquer",
                "application", "cesser", "cessation", "arrêt", "poursuivre", "continuer", "prolonger",
                "prolongation", "poursuite", "condamner", "condamnation", "critiquer", "déplorer",
                "alléger", "allègement", "allégement", "assouplir", "assouplissement", "durcir", "durcissement"}
# Nouns of the ground of an act (`à l'invitation de X`, `à la demande de Kiev`, `sur ordre de`): asked before, done.
GROUND_NOUNS = {"invitation", "demande", "initiative", "ordre", "instigation", "requête"}
SOURCE_MARKS = {"selon", "d'après"}  # `selon la liste transmise au Conseil`: a source asserts on its own
# Verbs that undo or deny the event they govern (`la visite a été annulée`, `a démenti toute livraison`,
# `a renoncé à se rendre`), and those that put it off to later (`la visite a été reportée`): still to come.
# Verbs of reluctance whose negation asserts the act (`ne pas hésiter à`, `ne pas tarder à`: it is meant, so
# planned) or leaves it open (`ne pas exclure de`: possible).
NEGATED_RELUCTANCE = {"hésiter": "planned", "tarder": "planned", "exclure": "hypothetical"}
# Verbs that take what they govern for granted, negated or not (`ne pas oublier`, `ne pas regretter`).
FACTIVE = {"oublier", "regretter", "ignorer", "cacher", "dissimuler", "savoir", "saluer", "remercier"}
CANCELLING = {"annuler", "démentir", "nier", "renoncer", "décommander", "empêcher"}  # `l'a empêché de partir`
# Nouns that undo, deny or lack the act named `de` after them (`l'annulation de la visite`, `le démenti de toute
# livraison`, `faute d'accord`, `en l'absence de réaction`), and nouns that put it off or plan it (`le report du
# sommet`, `le projet de visite`): the noun's own complement, not a phrase further down.
CANCELLING_NOUNS = {"annulation", "renoncement", "démenti", "absence", "faute", "manque"}
DRAFTS = {"résolution", "loi", "texte", "déclaration", "accord", "traité", "budget", "décret", "communiqué",
          "convention"}
PLANNING_NOUNS = {"report", "projet", "projets", "préparatifs", "préparation", "plan", "calendrier"}
# Nouns of charging (`les accusations de livraisons d'armes`, `les allégations de fraude`): what they charge is
# suspected, as is what a relative clause they open tells (`les accusations selon lesquelles X aurait livré`).
CHARGE_NOUNS = {"accusation", "accusations", "allégation", "allégations", "soupçon", "soupçons", "rumeur", "rumeurs"}
# Refusals deny the act they govern as an infinitive (`a refusé de prolonger le contrat`), not the noun they turn
# down (`a refusé l'invitation`: the invitation was made); so does a ban (`a interdit à ses ressortissants de se
# rendre en Russie`), not what is banned as a noun (`a interdit les exportations`, a measure in force).
# Permissions over an infinitive (`a autorisé Kiev à frapper`, `l'autorisation de tirer`): the act may now happen.
AUTHORISING = {"autoriser", "habiliter", "autorisation"}
# Fears: a fear of what is still to come is of a possibility (`redoutent que les frappes ne s'intensifient`, `craint
# une offensive`); a fear of what was done, a suspicion (`craignent que Pékin ait livré des armes`).
FEARING = {"craindre", "redouter", "crainte", "craintes"}
# Verbs over which one says oneself ready (`s'est dit prêt à rencontrer X`): an offer made to someone.
DECLARING = {"dire", "déclarer", "affirmer", "montrer", "afficher"}
# `ne pas laisser le conflit s'étendre`: what one is urged not to let happen may happen.
LETTING = {"laisser", "permettre"}
# Verbs of disputing deny the act they govern as a clause (`conteste avoir ordonné l'attaque`, `réfute que ses
# troupes aient tiré`), not the noun they dispute (`conteste les résultats du scrutin`: the vote took place).
DISPUTING = {"contester", "réfuter"}
REFUSING_TO = {"refuser", "interdire", "refus", "exclure"}  # `le refus de prolonger`, `a exclu de se rendre`
# Verbs that halt what they govern right below them (`a suspendu les négociations`): it no longer goes on.
SUSPENDING = {"suspendre", "interrompre", "geler"}
STOPPING = {"cesser"}  # over an infinitive: what one stops doing
# Verbs of opinion: a clause they govern is what the subject believes, not what the article asserts (`estime
# que Minsk s'isole`).
# Verbs that talk about something: their negation or refusal (`n'a pas commenté l'attaque`, `ne s'est pas prononcée
# sur la destruction du vol`, `a refusé de qualifier les frappes de crimes`) leaves unsaid what they would have said of
# the event, not the event itself
TALKING_ABOUT = {"commenter", "prononcer", "qualifier", "évoquer", "mentionner", "exprimer", "réagir", "confirmer",
                 "chiffrer"}
OPINION = {"estimer", "juger", "penser", "croire", "considérer", "trouver"}
# Nouns of answering: what one answers (`en représailles aux sanctions`, `en réponse aux frappes`) did happen.
ANSWER_NOUNS = {"représailles", "représaille", "riposte", "réponse", "rétorsion", "réplique"}
# `pour signer`, `afin de conclure`: the purpose of an act is meant, not told as done.
PURPOSE_MARKS = {"pour", "afin"}
POSTPONING = {"reporter", "repousser", "ajourner", "différer"}
# `repousser une attaque` repels it: it puts an event off only in the passive or to a time (`repoussée à mars`).
POSTPONING_ONLY_TO_A_TIME = {"repousser"}
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


# Compounds of irregular verbs keep the irregular stem (`maintiendra`, `soutiendrait`, `interviendrait`).
IRREGULAR_FUTURE_ENDINGS = {"tenir": "tiendr", "venir": "viendr", "cevoir": "cevr", "faire": "fer"}


def _future_stem(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma in IRREGULAR_FUTURE_STEMS:
        return IRREGULAR_FUTURE_STEMS[lemma]
    ending = next((e for e in IRREGULAR_FUTURE_ENDINGS if lemma.endswith(e)), None)
    if ending is not None:
        return lemma[:-len(ending)] + IRREGULAR_FUTURE_ENDINGS[ending]
    return lemma[:-1] if lemma.endswith("re") else lemma


def _after_stem(token: Token) -> str | None:
    """What follows the future stem in the word (`a` in `recevra`), or None where the word is not built on it; the
    stem may open its last syllable (`lèvera`, `achèterait` from `lever`, `acheter`), double its consonant
    (`appellera`, `jettera`) or turn `y` into `i` (`emploiera`, `paiera`)."""
    stem, word = _future_stem(token), token.lower_
    if word.startswith(stem):
        return word[len(stem):]
    if len(stem) < 4 or not stem.endswith("er"):
        return None
    base, forms = stem[:-2], []
    if base.endswith("y"):
        forms.append(base[:-1] + "ier")
    elif len(base) >= 2 and base[-2] in "eé":  # `lev` -> `lèv`, `achet` -> `achèt`, `appel` -> `appell`
        forms += [base[:-2] + "è" + base[-1] + "er", base + base[-1] + "er"]
    found = next((f for f in forms if word.startswith(f)), None)
    return None if found is None else word[len(found):]


def is_future(token: Token) -> bool:
    """The simple future, also where the tagger misses it (`recevra`, `lèvera`)."""
    if "Fut" in token.morph.get("Tense"):
        return True
    return token.pos_ in ("VERB", "AUX") and _after_stem(token) in ("ai", "as", "a", "ons", "ez", "ont")


def is_conditional(token: Token) -> bool:
    if "Cnd" in token.morph.get("Mood"):
        return True
    word = token.lower_
    if not word.endswith(CONDITIONAL_ENDINGS):
        return False
    return _after_stem(token) in ("ais", "ait", "ions", "iez", "aient")


def _negation_word(token: Token) -> bool:
    """`pas`, `jamais`, `rien` as negation, not as a noun (`devant le pas de tir`, `un pas en avant`)."""
    if token.lower_ not in NEGATIONS:
        return False
    return token.lower_ == "sans" or not any(c.dep_ in ("case", "det") for c in token.children)


NEGATED_KEY = "newsld_negated_word"  # doc.user_data: whether each word is negated, once read (until the tags change)


def _negated(token: Token) -> bool:
    # remembered per word: every event's path up to the root asks it of the same governing verbs
    known = token.doc.user_data.setdefault(NEGATED_KEY, {})
    if token.i not in known:
        known[token.i] = _negated_now(token)
    return known[token.i]


def _negated_now(token: Token) -> bool:
    children = {c.lower_ for c in token.children if _negation_word(c) or c.lower_ not in NEGATIONS}
    limiters = {c.lower_ for c in token.children if c.dep_ not in ("mark", "obj", "nsubj", "nsubj:pass")}
    if limiters & NEGATION_LIMITERS or any(c.lower_ in NEGATION_LIMITERS for c in token.subtree if c.dep_ == "amod"):
        return False
    return bool(children & NEGATIONS) or any(c.lower_ == "rien" and c.dep_.startswith("nsubj")
                                             for c in token.children) or _ne_with_adverb(token) or _no_one_did(
        token) or _ni_conjunct(token)


def _ni_conjunct(verb: Token) -> bool:
    """`n'a ni confirmé ni démenti`, `n'a pas livré de missiles ni envoyé de drones`: a verb joined by `ni` to a
    negated verb shares its negation."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.head.i < verb.i and _after_ni(verb) and (
        _negated(verb.head))


def _after_ni(verb: Token) -> bool:
    """`ni démenti`: the verb is one of those `ni` lists (a `ni` hangs on it as its conjunction)."""
    return any(c.dep_ == "cc" and c.lower_ == "ni" for c in verb.children)


def _no_one_did(verb: Token) -> bool:
    """`Personne n'a revendiqué l'attentat`, `Nul n'a été blessé`, `aucun pays n'a signé`: `ne` with a subject that
    says no one (`une personne a été blessée` is someone)."""
    if not any(c.lower_ in ("ne", "n'", "n’") for c in verb.children if c.dep_ == "advmod"):
        return False
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return any((c.lower_ in NO_ONE | {"personne"} and not any(g.dep_ == "det" for g in c.children)) or any(
        g.dep_ == "det" and g.lower_ in NO_ONE for g in c.children) for c in subjects)


def _ne_with_adverb(token: Token) -> bool:
    """`n'a pas encore accepté`: the parse may hang `pas` on `encore`; `ne` with a negation adverb anywhere in
    the verb's adverbs, or `aucun` on its object, is a negation (a lone `ne` is the expletive one: `redoutent que X
    ne livre`)."""
    adverbs = [c for c in token.children if c.dep_ == "advmod"]
    if not any(c.lower_ in ("ne", "n'", "n’") for c in adverbs):
        return False
    if any(g.lower_ in NEGATIONS | {"plus", "point"} for c in adverbs for g in c.subtree):
        return True
    if _after_ni(token):
        return True  # `n'a ni confirmé ni démenti`: `ne` with `ni` before the verb itself
    # `Ni Paris ni Londres n'ont signé`, `n'a signé ni l'accord ni le protocole`: `ne` with `ni` on its arguments
    if any(g.lower_ == "ni" for c in token.children if c.dep_.startswith(("nsubj", "obj", "obl:arg"))
           for g in (*c.children, c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else c)):
        return True
    # `n'avait joué aucun rôle`: `ne` with a complement that `aucun` or `nul` determines
    return any(g.dep_ == "det" and g.lower_ in NO_ONE for c in token.children if c.dep_ in ("obj", "obl:arg")
               for g in c.children)


# `believed` is what an opinion holds (`estime que`, `Pour X, ...`): suspected, unless the opinion is of a
# possibility (`estime qu'un appel reviendrait à ratifier`) or of an event it takes as given (its subject).
PRIORITY = ("negated", "suspected", "proposed", "hypothetical", "believed", "planned")


# Parts of speech whose lemma says nothing of status (the lemmatiser gives `puis` the lemma `pouvoir`).
FUNCTION_WORDS = ("CCONJ", "SCONJ", "ADP", "DET", "PRON", "PUNCT")


def _cues(token: Token, depth: int, below: Token | None, under: Token | None) -> set[str]:
    """The status cues of one word of the path; ``depth`` 0 is the trigger itself, ``below`` the nearest verb
    under it on the path and ``under`` the word right under it."""
    lemma = token.lemma_.lower()
    if depth > 0 and lemma in FACTIVE:
        return set()  # `n'oubliera jamais le soutien apporté`: what one will not forget did happen
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("advmod", "amod", "mark", "nsubj", "case")} | {
        c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "advmod")} | _subject_marks(token)
    own = set() if token.pos_ in FUNCTION_WORDS else {lemma, token.lower_}
    words = modifiers if depth == 0 else modifiers | own
    cues = _negation_cues(token, depth, below) | _impossibility_cues(token, depth, under) | _excluded(
        token, depth, under)
    if depth > 0 and _postpones(token):
        cues.add("planned")
    cues |= _clause_cues(token, depth, below) | _doubt_cues(token, depth, under, words) | _asking_cues(
        token, depth, below, under)
    claimed = depth == 1 and _claims_an_act(token, under)
    if depth > 0 and not claimed and (words & PROPOSAL or (lemma in PROPOSAL_OVER_INFINITIVE and (
            _over_infinitive(below) or _called_for(token, below))) or _wished(token, depth, under)):
        cues.add("proposed")
    if claimed:
        cues.add("suspected")  # `a revendiqué l'attaque`: its doer's own word that it did it
    if depth > 0 and persuades_a_party(token) and _over_infinitive(below):
        cues.add("planned")  # `a convaincu la Russie de signer l'accord`: won over to it, still to be done
    if lemma == "pouvoir" and _accomplished(token):
        words = words - {"pouvoir"}  # `a pu inspecter`: managed to, it happened
    return cues | _mood_cues(token, depth, words) | _plan_cues(token, depth, below, under, modifiers) | _noun_cues(
        token, depth, under)


# Acts one claims (`a revendiqué l'attaque`), as opposed to what one claims as one's due (`revendique la mer`)
CLAIMED_ACTS = {"attaque", "attentat", "frappe", "frappes", "opération", "embuscade", "raid", "assassinat",
                "enlèvement", "tir", "tirs", "sabotage", "victoire", "explosion", "incursion", "offensive",
                "bombardement"}


def _claims_an_act(verb: Token, under: Token | None) -> bool:
    """`Kiev a revendiqué l'attaque`, `n'a jamais revendiqué ce raid`: claiming an act is saying one did it."""
    return verb.lemma_.lower() == "revendiquer" and under is not None and under.dep_ in ("obj", "nsubj:pass") and (
        under.head.i == verb.i) and under.lemma_.lower() in CLAIMED_ACTS


def _asking_cues(token: Token, depth: int, below: Token | None, under: Token | None) -> set[str]:
    """What a word above the trigger that wishes, urges, warns, allows or offers says of the act it governs: a wish
    over a clause (`wished`, weighed in :func:`status_of`), an urging by a party and an offer (proposed), a warning
    against a noun and a permission (hypothetical)."""
    if depth == 0:
        return set()
    lemma, cues = token.lemma_.lower(), set()
    if lemma in WISHING and below is not None and below.dep_ == "ccomp" and below.head.i == token.i and (
            depth == 1 or below.lemma_.lower() not in PRESUPPOSING):
        cues.add("wished")  # `souhaite que Pékin participe`; `souhaite que le rapprochement se poursuive`: it is
        # under way
    if lemma in INVITING and _over_infinitive(below) and _governed_by(below, token) and not _accepted(token):
        cues.add("proposed")  # `a invité X à se rendre à Moscou`: offered, until X accepts
    if lemma in URGING_BY_A_PARTY and _over_infinitive(below) and _by_a_party(token):
        cues.add("proposed")
    if depth == 1 and under is not None and _warned_against(token, under):
        cues.add("hypothetical")  # `a mis en garde Pékin contre toute livraison d'armes`: what may be done
    if lemma in AUTHORISING and _over_infinitive(below) and _governed_by(below, token):
        cues.add("hypothetical")  # `a autorisé l'armée à frapper les positions rebelles`
    if depth == 1 and lemma in AUTHORISING and token.pos_ == "VERB" and under is not None and under.pos_ == "NOUN" and (
            under.dep_ in ("obj", "nsubj:pass") and under.head.i == token.i):
        cues.add("hypothetical")  # `a autorisé l'exportation de missiles`: allowed, not said to be done
    if _word_in(token, READY) and _over_infinitive(below) and (
            token.head.lemma_.lower() in DECLARING and token.dep_ in ("xcomp", "obj", "ccomp", "advmod")):
        # `s'est dit prêt à élaborer un plan avec son hôte`, `à rencontrer son rival`: offered to the one it would be
        # done with; `s'est dit prêt à élargir la coopération`, `à aider le Nord`: meant (planned, as `est prêt à
        # fournir`)
        cues.add("proposed" if any(preposition_of(c) == "avec" for c in below.children) or (
            below.lemma_.lower() in MEETING_VERBS) else "planned")
    return cues


OF = {"de", "d'", "d’", "du", "des"}
INVITING = {"inviter", "convier"}


def _accepted(verb: Token) -> bool:
    """`a invité X à venir, une invitation que X a acceptée`, `X a accepté de se rendre en Corée. « Kim l'a invité à
    visiter le pays », ...`: the sentence or the one before tells the invitation was taken up (`accepter`, not
    negated: `une invitation que X n'a pas encore acceptée` is still an offer)."""
    sentence = sentence_of(verb)
    words = list(sentence)
    if sentence.start > 0:
        words += list(sentence_of(verb.doc[sentence.start - 1]))
    return any(t.lemma_.lower() == "accepter" and t.pos_ == "VERB" and not _negated(t) for t in words)


def _noun_cues(token: Token, depth: int, under: Token | None) -> set[str]:
    """What a noun says of the act named `de` after it: `l'annulation de la visite`, `faute d'accord`, `en l'absence
    de réaction` deny it; `le report du sommet`, `le projet de visite` plan it; `la menace d'une invasion` makes it a
    possibility; `les accusations de livraisons d'armes` a suspicion."""
    if depth > 0 and under is not None and under.dep_ == "acl:relcl" and under.head.i == token.i and _charged_by(under):
        return {"suspected"}
    if depth != 1 or token.pos_ != "NOUN" or under is None or under.head.i != token.i or under.dep_ != "nmod" or (
            under.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ in OF for c in under.children)):
        return set()
    if _word_in(token, CANCELLING_NOUNS):
        # `une faute de procédure` is an error: `faute de` lacking has no determiner
        faute = token.lemma_.lower() == "faute" and any(c.dep_ == "det" for c in token.children)
        return set() if faute else {"negated"}
    if _word_in(token, PLANNING_NOUNS) and under.lemma_.lower() not in DRAFTS:
        return {"planned"}  # (`un projet de résolution` is a draft text)
    if _word_in(token, THREATENING):
        return {"hypothetical"}
    return {"suspected"} if _word_in(token, CHARGE_NOUNS) else set()


def _word_in(token: Token, words: set[str]) -> bool:
    """The word or its lemma is one of ``words`` (the lemmatiser leaves some plurals and feminines of nouns and
    adjectives as they are: `accusations`, `prête`)."""
    return token.lemma_.lower() in words or token.lower_ in words


def _negation_cues(token: Token, depth: int, below: Token | None) -> set[str]:
    """`n'a pas`, `a démenti`; a denied denial asserts (`de ne jamais renoncer au renforcement`), as does a
    denied reluctance (`n'hésiteront pas à imposer`: a litotes, the act is meant)."""
    lemma, negated = token.lemma_.lower(), _negated(token)
    if negated and depth > 0 and lemma in NEGATED_RELUCTANCE:
        if is_conditional(token) or any(is_conditional(c) for c in token.children if c.dep_.startswith("aux")):
            return {"hypothetical"}  # `n'hésiteraient pas à imposer des sanctions`: a threat of what may be done
        return {NEGATED_RELUCTANCE[lemma]}
    if negated and depth > 0 and lemma in STOPPING and _over_infinitive(below):
        return set()  # `n'a pas cessé de livrer des armes`, `n'ont cessé de se tendre`: it went on
    if depth > 0 and lemma in DISPUTING and _disputed_act(token, below):
        return set() if negated else {"negated"}  # `conteste avoir ordonné l'attaque`: denied by its doer; `ne
        # conteste pas avoir organisé la grève`: admitted
    if negated != (depth > 0 and lemma in CANCELLING):
        return {"negated"}
    if not negated and depth > 0 and lemma in REFUSING_TO and _over_infinitive(below) and _governed_by(below, token):
        return {"negated"}
    return {"negated"} if depth > 0 and _sans_obtaining(token) else set()


# Verbs that rule out the act their object names (`a exclu toute négociation`); `écarter` only over `tout` (`a écarté
# toute intervention`; `écarter un manifestant` moves him aside).
EXCLUDING = {"exclure": False, "écarter": True}


def _excluded(verb: Token, depth: int, under: Token | None) -> set[str]:
    """`a exclu toute négociation avec les rebelles`: the act is ruled out; `n'exclut pas une rencontre` leaves it
    open (see NEGATED_RELUCTANCE)."""
    lemma = verb.lemma_.lower()
    if depth != 1 or lemma not in EXCLUDING or under is None or under.pos_ != "NOUN" or under.dep_ != "obj" or (
            under.head.i != verb.i or _negated(verb)):
        return set()
    if EXCLUDING[lemma] and not any(c.dep_ == "det" and c.lemma_.lower() == "tout" for c in under.children):
        return set()
    return {"negated"}


def _disputed_act(verb: Token, below: Token | None) -> bool:
    """The act a verb of disputing governs as an infinitive, also a compound one (`conteste avoir ordonné`), or as a
    `que` clause (`réfute que ses troupes aient tiré`); what it governs as a noun was done (`conteste les
    résultats`)."""
    if below is None or below.pos_ != "VERB" or below.head.i != verb.i or below.dep_ not in ("xcomp", "ccomp"):
        return False
    return below.dep_ == "ccomp" or "Inf" in below.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in below.children)


def _governed_by(infinitive: Token, verb: Token) -> bool:
    """The infinitive is the verb's own complement, also where the parse hangs it on the verb's dative (`a interdit à
    ses ressortissants de voyager`: `voyager` on `ressortissants`)."""
    head = infinitive.head
    return head.i == verb.i or (infinitive.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and head.head.i == verb.i)


def _impossibility_cues(token: Token, depth: int, under: Token | None) -> set[str]:
    """`une trêve est impossible`, `un accord impossible`, `rendait « impossibles » des pourparlers`: the act is
    denied; `n'est pas impossible`, `ne rend pas impossible` leave it open."""
    if depth == 0:
        if token.pos_ != "NOUN":
            return set()
        said = token.head if token.dep_ == "nsubj" and token.head.lower_ in IMPOSSIBLE else None
        if said is None and any(c.dep_ == "amod" and c.lower_ in IMPOSSIBLE for c in token.children):
            return {"negated"}
    elif depth == 1 and under is not None and under.head.i == token.i:
        if _vetoed(token, under):
            return {"negated"}
        said = next((c for c in token.children if c.dep_ in ("amod", "xcomp", "obj") and c.lower_ in IMPOSSIBLE),
                    None)
        said = token if said is not None and under.dep_ == "obj" else None  # the verb that makes it so carries the
        # negation
    else:
        return set()
    if said is None:
        return set()
    return {"hypothetical"} if _negated(said) else {"negated"}


def _vetoed(verb: Token, under: Token) -> bool:
    """`a opposé son veto au renouvellement du mandat`, `met son veto à la réforme`: what a veto is put to does not
    happen."""
    return any(c.dep_ == "obj" and c.lemma_.lower() == "veto" for c in verb.children) and any(
        c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in under.children)


def _sans_obtaining(verb: Token) -> bool:
    """`a exigé un accès consulaire, sans l'obtenir`, `a réclamé en vain`: what was asked for was not had."""
    if verb.lemma_.lower() not in PROPOSAL:
        return False
    return any(c.lemma_.lower() in ("obtenir", "succès") and any(g.lower_ == "sans" for g in c.children)
               for c in verb.children) or any(c.lower_ == "vain" for c in verb.subtree if c.head.i == verb.i)


def _postpones(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in POSTPONING:
        return False
    if lemma not in POSTPONING_ONLY_TO_A_TIME:
        return True
    return any(c.dep_ == "aux:pass" for c in token.children) or any(
        c.dep_.startswith("obl") and any(g.lower_ in ("à", "au", "jusqu'") for g in c.children)
        for c in token.children)


def _doubt_cues(token: Token, depth: int, under: Token | None, words: set[str]) -> set[str]:
    """Suspicion (`soupçonnent`, `redoutent que`, `espionnage présumé`, `arrêté pour corruption`), an opinion (`Pour
    X, ...`), and the possibility of a threat (`a menacé de rompre`) or a case (`en cas d'agression`)."""
    lemma, cues = token.lemma_.lower(), set()
    if depth == 0:
        if words & DOUBTED or _claimed(token) or _charged_offence(token) or _doubted_next(token):
            cues.add("suspected")
        if any(c.lemma_.lower() == "cas" and any(g.lower_ == "en" for g in c.children) for c in token.children):
            cues.add("hypothetical")  # `une assistance mutuelle en cas d'agression`
        return cues
    if words & SUSPICION and not persuades_a_party(token):
        cues.add("hypothetical" if _feared_to_come(token, under) else "suspected")
    if _opinion_frame(token, under):
        cues.add("believed")
    if lemma in THREATENING and under is not None and under.pos_ == "VERB":
        cues.add("hypothetical")
    if lemma == "cas" and any(c.lower_ == "en" for c in token.children):
        cues.add("hypothetical")  # `en cas d'agression`
    return cues


def persuades_a_party(verb: Token) -> bool:
    """`sans convaincre Pékin`, `a convaincu la Russie de signer`: a verb of persuading in the active voice with an
    object wins someone over (a deed); `Washington en est persuadée`, `sont convaincus que` hold a belief."""
    if verb.lemma_.lower() not in PERSUADING or verb.pos_ != "VERB" or "Pass" in verb.morph.get("Voice"):
        return False
    if any(c.dep_ in ("aux:pass", "cop") for c in verb.children):
        return False
    if "Part" in verb.morph.get("VerbForm") and not any(c.dep_ == "aux:tense" for c in verb.children):
        return False  # `les Occidentaux, convaincus de`: a belief
    return any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children)


# Aims: what one wants or seeks to do (`veut affamer`, `cherche à étrangler`): the aim of the one whose words tell it
# is meant (planned); the aim others are said by a speaker to have is that speaker's charge (suspected)
AIMING = {"vouloir", "chercher"}
SPEAKER_SUBJECTS = {"je", "j'", "j’", "nous", "on"}


def charged_aim(verb: Token) -> bool:
    """`« La Russie veut affamer l'Afrique », a déclaré X`: an infinitive of aim whose subject is a third party (a
    name or a noun, not the speaker's `je`/`nous`), which the caller finds inside someone's quoted words."""
    head = verb.head
    if verb.dep_ != "xcomp" or "Inf" not in verb.morph.get("VerbForm") or head.lemma_.lower() not in AIMING or (
            head.i > verb.i or _negated(head)):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ not in SPEAKER_SUBJECTS and s.pos_ in ("PROPN", "NOUN", "PRON")
                                  for s in subjects)


def _by_a_party(verb: Token) -> bool:
    """The verb's subject is a name (`Washington pousse`), also through a relative pronoun (`Washington, qui
    pousse`)."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.pos_ == "PROPN":
            return True
        if "Rel" in subject.morph.get("PronType") and verb.dep_ == "acl:relcl" and verb.head.pos_ == "PROPN":
            return True
    return False


def _warned_against(verb: Token, noun: Token) -> bool:
    """`mettre en garde X contre une livraison`: the act warned against is not done."""
    return noun.pos_ == "NOUN" and noun.head.i == verb.i and any(
        c.dep_ == "case" and c.lower_ == "contre" for c in noun.children) and any(
        c.lemma_.lower() == "garde" and any(g.lower_ == "en" for g in c.children) for c in verb.children)


def _feared_to_come(verb: Token, under: Token | None) -> bool:
    """`redoutent que les frappes ne s'intensifient`, `craint une offensive`: what is feared to come is a possibility.
    A compound past feared (`craignent que X ait livré`) and the act of a named party (`craignent que Pyongyang ne
    fournisse des obus`: they suspect it of it) are suspected."""
    if verb.lemma_.lower() not in FEARING or under is None or under.head.i != verb.i:
        return False
    if under.pos_ == "NOUN":
        return under.dep_ == "obj" or (under.dep_ == "nmod" and verb.pos_ == "NOUN")
    named = any(c.dep_.startswith("nsubj") and c.pos_ in ("PROPN", "PRON") for c in under.children)
    return under.dep_ == "ccomp" and not named and not any(c.dep_ == "aux:tense" for c in under.children)


def _doubted_next(token: Token) -> bool:
    """`le sabotage présumé`: the adjective of doubt as a participle, or right after the noun (where the parse may
    hang it elsewhere)."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in DOUBTED for c in token.children):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ == "NOUN" and after is not None and after.lower_ in DOUBTED


def _claimed(token: Token) -> bool:
    """`la réélection revendiquée par X`: an event noun told through someone's claim."""
    return token.pos_ == "NOUN" and any(c.dep_ == "acl" and c.lemma_.lower() in CLAIMED for c in token.children)


def _charged_offence(token: Token) -> bool:
    """`arrêté pour corruption`, `l'arrestation pour espionnage`: the offence of a charge is suspected."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ == "pour" for c in token.children):
        return False
    return any(a.lemma_.lower() in CHARGING or a.lower_ in CHARGING for a in list(token.ancestors)[:3])


# Nouns that `Pour` opens a phrase of other than someone's view (`Pour la première fois`, `Pour sa part`).
NOT_VIEWS = {"fois", "part", "moment", "instant", "heure", "cela", "ça", "autant", "mémoire", "rappel", "lors",
             "cause", "raison", "année", "an", "mois", "semaine", "jour", "premier", "première"}


def _opinion_frame(verb: Token, under: Token | None) -> bool:
    """`Pour la Maison Blanche, Moscou cherche à dissimuler ...`: a clause opened by `Pour X,` is X's view; what it
    tells below its verb (not its subject) is believed, not asserted."""
    if verb.pos_ not in ("VERB", "AUX") or under is None or under.dep_ not in ("ccomp", "xcomp", "obj", "obl:arg"):
        return False
    for child in (c for c in verb.children if c.i < verb.i and c.dep_.startswith(("obl", "nmod", "advmod"))):
        opens = child.left_edge.lower_ == "pour" and child.pos_ in ("PROPN", "NOUN")
        end = child.right_edge.i  # the parse may take the comma into the phrase
        comma = verb.doc[end].text == "," or (end + 1 < len(verb.doc) and verb.doc[end + 1].text == ",")
        if opens and comma and child.lemma_.lower() not in NOT_VIEWS:
            return True
    return False


def _plan_cues(token: Token, depth: int, below: Token | None, under: Token | None, modifiers: set[str]) -> set[str]:
    """The future, plans, aims and promises near the trigger; someone expected somewhere."""
    lemma = token.lemma_.lower()
    if depth <= 2 and token.lower_ in EXPECTED:  # `X est attendu à Pékin`, `attendu mardi pour une visite`
        return {"planned"}
    if depth <= 1 and (_future(token) or modifiers & PLAN_WORDS):
        return {"planned"}
    if depth == 0 and _elided_future(token):
        return {"planned"}
    aims = lemma in PLAN_WORDS or lemma in AIM_VERBS
    if depth >= 1 and aims and token.pos_ in ("VERB", "ADJ") and _over_infinitive(below) and not _backdrop(token):
        return {"planned"}  # `a accepté de se rendre`, `doit se rendre`, `cherche à réduire`, `destinée à doubler`
    if depth == 1 and under is not None and under.pos_ == "NOUN" and _plans_noun(token, under):
        return {"planned"}  # `a promis son soutien`, `un accord prévoyant la construction`, `prêt au dialogue`
    return set()


def _elided_future(participle: Token) -> bool:
    """`les avoirs seront gelés et toute transaction interdite`: a participle joined to a verb in the future, with no
    auxiliary of its own, shares that future."""
    if "Part" not in participle.morph.get("VerbForm") or any(
            c.dep_.startswith(("aux", "cop")) for c in participle.children):
        return False
    head = participle.head
    if participle.dep_ == "acl" and head.dep_ == "conj" and head.pos_ == "NOUN":
        head = head.head  # the parse may join the subject and hang the participle on it (`et toute transaction
        # interdite`)
    elif participle.dep_ != "conj":
        return False
    return "Part" in head.morph.get("VerbForm") and any(
        c.dep_ in ("aux:pass", "aux:tense") and is_future(c) for c in head.children)


def _backdrop(verb: Token) -> bool:
    """An effort told as the background of another fact (`alors que X cherche à`, `tandis que X s'efforce de`), or
    an act aimed at told as going on since a time (`cherche à renforcer ses liens depuis 2022`): work under way, not a
    plan. (`cherche depuis des mois à réduire`: the seeking goes on, the act is still an aim.)"""
    if verb.lemma_.lower() not in EFFORT_VERBS:
        return False
    aimed = [c for c in verb.children if c.dep_ == "xcomp"]  # (the parse may hang `depuis` on either verb)
    since = any(g.dep_ == "case" and g.lower_ == "depuis" and c.i > a.i for a in aimed for t in (verb, a)
                for c in t.children if c.dep_.startswith("obl") for g in c.children)
    return since or any(c.dep_ == "mark" and c.lower_ in BACKDROP_MARKS for c in verb.children)


def _wished(verb: Token, depth: int, noun: Token | None) -> bool:
    """`l'ONU souhaite une paix juste`, `Paris veut un accord`: the wished-for act named by the object noun."""
    return depth == 1 and noun is not None and noun.pos_ == "NOUN" and noun.dep_ == "obj" and (
        noun.head.i == verb.i and verb.lemma_.lower() in WISHING)


def _plans_noun(token: Token, noun: Token) -> bool:
    """A verb of promising or providing for over its object noun, `annoncer` over an act still to come (`a annoncé
    l'envoi de vivres`), or readiness over `à` a noun (`prêt au dialogue`)."""
    lemma = token.lemma_.lower()
    if noun.head.i != token.i:
        return False
    if noun.dep_ in ("obj", "nsubj:pass") and (lemma in PLAN_OVER_NOUN or (
            lemma == "annoncer" and noun.lower_ in ANNOUNCED_TO_COME)):
        return True
    return _word_in(token, READY) and any(
        c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in noun.children)


def _clause_cues(token: Token, depth: int, below: Token | None) -> set[str]:
    """What a clause right above says of what it governs: halted (`a suspendu les négociations`), believed (`estime
    que X livre`), or meant (`pour signer`, `afin de régler et de conclure`)."""
    lemma, cues = token.lemma_.lower(), set()
    if depth == 1 and lemma in SUSPENDING and below is not None and below.pos_ == "NOUN":
        cues.add("negated")
    if depth == 1 and lemma in STOPPING and _over_infinitive(below) and _governed_by(below, token) and (
            not _negated(token)):
        cues.add("negated")  # `a cessé d'importer des produits de la mer`: halted (`n'a cessé de` goes on)
    if depth >= 1 and lemma in OPINION and below is not None and below.pos_ == "VERB" and below.dep_ == "ccomp" and (
            below.head.i == token.i):
        cues.add("believed")  # `estimant que Pékin et Hanoï cherchaient à « arnaquer »`
    if depth <= 1 and (_purpose(token) or (token.dep_ == "conj" and _purpose(token.head))):
        cues.add("planned")
    return cues


def _mood_cues(token: Token, depth: int, words: set[str]) -> set[str]:
    """The conditional and words of possibility make a guess; a conditional that is the future of a past telling
    makes a plan."""
    if not words & HYPOTHESIS_WORDS and _future_in_the_past(token):
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
    if token.lemma_.lower() in OUTCOME_VERBS or token.lemma_.lower() == "devoir":
        return False  # `remporterait une victoire`: an outcome is foretold, never planned; `devrait`: a likelihood
    head, told = token.head, token.dep_ == "ccomp"
    if token.dep_ == "acl:relcl" and head.dep_ in ("obj", "iobj") and any(
            c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ in ("que", "qu'", "qu’") for c in token.children):
        head, told = head.head, True  # `a assuré son invité que Pyongyang soutiendrait Moscou`: the parse may take
        # the clause for a relative one on the person told
    let_know = head.lemma_.lower() == "savoir" and head.head.lemma_.lower() == "faire"  # `a fait savoir que`
    if not told or not (head.lemma_.lower() in TELLING_OF_FUTURE or let_know):
        return False
    past = any(c.dep_ == "aux:tense" for c in head.children) or "Past" in head.morph.get("Tense") or (
        "Imp" in head.morph.get("Tense"))
    return past or bool({"Inf", "Part"} & set(head.morph.get("VerbForm")))  # `s'est borné à répondre`, `assurant`


def _accomplished(token: Token) -> bool:
    """A compound past or a simple past (`a pu`, `put`), not the conditional `aurait pu`."""
    helpers = [c for c in token.children if c.dep_ == "aux:tense"]
    if any(is_conditional(h) for h in helpers):
        return False
    return bool(helpers) or ("Past" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm"))


def _called_for(verb: Token, below: Token | None) -> bool:
    """`appelle à une réforme`, `a appelé au retrait des troupes`, `appelant les deux parties à la retenue`: what
    is called for is proposed (the parse may hang it on the ones called)."""
    return below is not None and below.pos_ == "NOUN" and verb.i in (below.head.i, below.head.head.i) and any(
        c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in below.children)


def _purpose(token: Token) -> bool:
    """`pour rencontrer X`, `afin de conclure un accord`: an infinitive of purpose; not a past infinitive, which
    gives a cause (`pour avoir livré des armes`)."""
    if token.pos_ != "VERB" or "Inf" not in token.morph.get("VerbForm"):
        return False
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"} | {token.head.lower_}  # `afin` may be the head
    return bool(marks & PURPOSE_MARKS) and not any(c.dep_.startswith("aux") for c in token.children)


def _over_infinitive(below: Token | None) -> bool:
    """An infinitive, also a passive one (`devait être reçu`, `doit être stationnée`)."""
    if below is None or below.pos_ != "VERB":
        return False
    return "Inf" in below.morph.get("VerbForm") or any(
        c.dep_ == "aux:pass" and "Inf" in c.morph.get("VerbForm") for c in below.children)


def _future(token: Token) -> bool:
    return is_future(token) or any(is_future(c) for c in token.children if c.dep_.startswith(("aux", "cop")))


def _stops(token: Token) -> bool:
    """A reporting clause, or an adverbial clause (`alors que ...`) other than a condition (`si ...`) or a next
    step (`avant de regagner`), does not take the status of the clause above it; nor does an event that dates
    another (`depuis son voyage`, `après la visite de X`, `lors du sommet`): it is taken to have happened."""
    if token.pos_ == "NOUN" and any(c.dep_ in ("case", "fixed") and c.lower_ in TIME_ANCHORS for c in token.children):
        return True
    if _asserted_apart(token) or _presupposed(token):
        return True
    if token.pos_ == "NOUN" and token.head.lower_ in TIME_ANCHORS and token.head.i < token.i:
        return True  # `lors de sa rencontre avec X, Y a plaidé`: the parse may make `lors` the noun's head
    if token.pos_ == "NOUN" and token.head.lemma_.lower() in ANSWER_NOUNS and token.head.i < token.i:
        return True  # `a annulé la visite en représailles aux sanctions`: the sanctions are not what is cancelled
    if token.dep_.startswith("nsubj") and (token.pos_ == "PROPN" or any(c.dep_ == "flat:name" for c in token.children)):
        return True  # `X, attendu pour une visite, n'a pas commenté`: what is said of X's verb is not said of X's acts
    if token.dep_ == "acl:relcl" and _charged_by(token):
        return False  # `les accusations selon lesquelles X aurait livré`: what the charge tells is suspected
    if token.dep_ in ("parataxis", "acl:relcl") and not _negated(token.head) and not _asked_completive(token):
        return True  # `X, qui a présidé le Conseil, appelle à`: a relative clause asserts on its own
    if _own_clause(token):
        return True
    # `si`: a condition; `avant de`: a next step; a bare `de`: a complement the parse calls adverbial (`menace depuis
    # de considérer`)
    # (an infinitive with a bare `à` too: `a appelé Hanoï à y renoncer`, the urged act the parse calls adverbial;
    # a purpose: `soupçonne X de servir d'intermédiaire pour livrer des armes`, the aim shares the charge)
    marks = [c.lower_ for c in token.children if c.dep_ in ("mark", "case")]
    return token.dep_ == "advcl" and not (set(marks) & {"si", "s'", "avant"} or marks in (["de"], ["d'"]) or (
        marks == ["à"] and "Inf" in token.morph.get("VerbForm")) or _purpose(token) or _quoted_infinitive(token))


def _quoted_infinitive(verb: Token) -> bool:
    """`ne pas vouloir « contenir » la Chine`: an infinitive set in guillemets right after its verb is that verb's
    complement, however the parse hangs it (it takes the verb's negation and mood)."""
    between = verb.doc[verb.head.i + 1:verb.i]
    return "Inf" in verb.morph.get("VerbForm") and verb.head.i < verb.i and len(between) > 0 and all(
        t.text == "«" or t.pos_ == "ADV" for t in between) and any(t.text == "«" for t in between)


def _asked_completive(clause: Token) -> bool:
    """`a exigé de la Corée du Nord qu'elle renonce`: a `que` clause the parse calls a relative clause of the verb of
    asking or wishing itself (no noun to be relative to) is what is asked for."""
    head = clause.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_.startswith("obl") and preposition_of(head) in OF:
        head = head.head  # `a exigé de la Syrie qu'elle renonce`: hung on the one asked
    return clause.dep_ == "acl:relcl" and head.pos_ == "VERB" and head.i < clause.i and (
        head.lemma_.lower() in PROPOSAL | WISHING) and clause.left_edge.lower_ in ("que", "qu'", "qu’")


def _charged_by(clause: Token) -> bool:
    """A relative clause opened by `selon lequel` on a noun of charging (`les accusations selon lesquelles`)."""
    head = clause.head
    if not _word_in(head, CHARGE_NOUNS):
        return False
    return any(t.lower_ == "selon" for t in clause.subtree if t.i < clause.i and t.i > head.i)


def _own_clause(token: Token) -> bool:
    """Clauses that keep their own status: a conjunct verb with its own subject (`n'a pas commenté, mais il doit
    réunir`), a reporting incise with its subject after it (`« ... n'est pas un contrat », a estimé X, jugeant que`)
    and an apposition (`le prix, objet de négociations, n'a pas été rendu public`)."""
    if token.dep_ == "appos":
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
    if token.dep_ == "conj" and (subjects or any(c.dep_ == "cc" and c.lower_ == "mais" for c in token.children)):
        return True  # (`mais` sets the conjunct against the first: `n'a pas signé mais a promis de le faire`)
    # the incise's subject comes after it, or the parse takes it for an object (`a estimé l'économiste`)
    return token.dep_ == "parataxis" and token.i > token.head.i and (
        any(c.i > token.i for c in subjects) or any(c.dep_ == "aux:tense" for c in token.children))


def _asserted_apart(token: Token) -> bool:
    """Phrases that assert on their own: a source (`selon la liste transmise au Conseil`), the ground of an act
    (`à l'invitation de X`), a relative clause the parse calls a complement (`qu'il avait décoré`, `avec qui le
    Viêt Nam entretient`), a participle set off by a comma (`le journaliste, détenu en Russie`) and a verb joined
    with its own auxiliary (`a accusé Minsk ... et a menacé de rompre`), a description set beside a name."""
    cases = {c.lower_ for c in token.children if c.dep_ in ("case", "fixed")}
    if token.pos_ in ("NOUN", "PROPN") and (cases & SOURCE_MARKS or (
            cases & {"à", "sur"} and token.lemma_.lower() in GROUND_NOUNS)):
        return True
    if token.dep_ == "ccomp" and _relative_clause(token) and not (
            token.head.lemma_.lower() in PROPOSAL | WISHING and token.head.i < token.i):
        return True  # (`a exigé de la Corée du Nord qu'elle renonce`: the tagger may take the completive `que` for
        # a relative pronoun; a verb of asking or wishing governs a completive)
    if token.dep_ == "acl" and token.i > 0 and token.doc[token.i - 1].text == "," and (
            "Part" in token.morph.get("VerbForm")):
        return True
    if _set_off_description(token):
        return True  # `le prix, objet de négociations depuis dix ans, n'a pas été rendu public`
    if _describes_a_name(token):
        return True  # `se rendre au Cambodge, dernière étape de sa tournée`: a description of a name
    return token.dep_ == "conj" and token.pos_ == "VERB" and any(c.dep_ == "aux:tense" for c in token.children)


def _set_off_description(token: Token) -> bool:
    """A phrase set off by commas right after the noun it describes (`le montant, objet de discussions, ...`), which
    the parse may call an apposition, an adjective or a participle: it tells a fact of its own."""
    doc, head = token.doc, token.head
    if head.pos_ != "NOUN" or token.dep_ not in ("appos", "amod", "acl") or token.i < head.i:
        return False
    start, end = token.left_edge.i, token.right_edge.i
    return start - 1 > head.i and doc[start - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","


def _describes_a_name(token: Token) -> bool:
    """An apposition to a name, also where the parse hangs it elsewhere (`au Cambodge, dernière étape de ...`)."""
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        return True
    doc, start = token.doc, token.left_edge.i
    if token.pos_ != "NOUN" or token.head.i > token.i or token.dep_.startswith(("nsubj", "obj")):
        return False
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN" and (
        not any(c.dep_ == "case" for c in token.children))


def _relative_clause(verb: Token) -> bool:
    """A relative pronoun opens the clause (`dont le port a été visé`, `avec qui X entretient`), or `que` right after
    a comma (`son ministre, qu'il avait décoré`): a completive `que` never follows a comma."""
    opening = (t for t in verb.subtree if t.i < verb.i and verb.i in (t.head.i, t.head.head.i))
    if any("Rel" in t.morph.get("PronType") for t in opening):
        return True
    first = verb.left_edge
    return first.lower_ in ("que", "qu'") and first.i > 0 and verb.doc[first.i - 1].text == ","


def _presupposed(token: Token) -> bool:
    """What a word of ending, respecting or continuing governs exists (`la levée de l'embargo`, `respecter les
    sanctions`, `poursuivre sa visite`): a request or plan above that word does not reach it."""
    head = token.head
    return head.i < token.i and token.dep_ in ("obj", "nmod", "obl:arg") and (
        head.lemma_.lower() in PRESUPPOSING or head.lower_ in PRESUPPOSING)


def _said_of(token: Token) -> bool:
    """`les sanctions ne sont plus respectées`: an event noun that is the subject of a verb of another kind is
    not denied by that verb's negation (a condition still makes it hypothetical: `tout transfert violerait`); a
    verb of taking place or of planning says whether the event itself happens (`la visite n'a pas eu lieu`)."""
    if token.pos_ != "NOUN" or not token.dep_.startswith("nsubj"):
        return False
    verb = token.head
    helpers = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux:tense", "cop", "xcomp")}
    return verb.lemma_.lower() not in OCCURRENCE_VERBS and not helpers & OCCURRENCE_VERBS and verb.pos_ == "VERB"


def _talked_about(token: Token) -> bool:
    """An event noun (or the phrase holding it) that a verb of talking about governs: not denied by that verb."""
    return token.pos_ == "NOUN" and token.dep_.startswith(("obj", "obl")) and token.head.i != token.i and (
        token.head.lemma_.lower() in TALKING_ABOUT)


def _subject_marks(verb: Token) -> set[str]:
    """`si` or `que` the parse hangs on the subject that follows it (`si Hanoï relançait`: `si` under `Hanoï`)."""
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return set()
    doc = verb.doc
    return {g.lower_ for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i
            for g in c.children if g.dep_ == "mark" and g.i < c.i and not any(
                doc[k].pos_ == "PUNCT" for k in range(g.i + 1, c.i))}  # (`Si, pour l'heure, rien n'a ..., ce
    # rapprochement est scruté`: a `si` set off by commas opens a concession, not a condition on that subject)


def _opens_with_si(verb: Token) -> bool:
    """A clause opened by `si` (also where the parse does not call it adverbial)."""
    return bool(({c.lower_ for c in verb.children if c.dep_ == "mark"} | _subject_marks(verb)) & {"si", "s'"})


def _is_condition(token: Token) -> bool:
    return token.dep_ == "advcl" and _opens_with_si(token)


def _path(trigger: Token) -> list[Token]:
    """The trigger and the words above it, up to the clause limit or a reporting clause."""
    path, token = [trigger], trigger
    while len(path) < CLAUSE_LIMIT and token.head.i != token.i and not _stops(token):
        token = token.head.head if _object_after_duration(token) else token.head
        path.append(token)
    return path


TIME_UNITS = {"an", "année", "mois", "semaine", "jour", "heure", "décennie", "siècle"}


def _object_after_duration(noun: Token) -> bool:
    """`réclament depuis des mois sa libération`, `réclame depuis des années des sanctions`: the parse may hang the
    object on the duration before it; it is the verb's."""
    head = noun.head
    if noun.dep_ != "nmod" or head.i > noun.i or head.lemma_.lower() not in TIME_UNITS or head.head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "case" and c.lower_ in ("depuis", "pendant", "durant") for c in head.children):
        return False
    return all(c.lower_ in ("des", "du") for c in noun.children if c.dep_ == "case") and (
        head.right_edge.i == noun.right_edge.i)


def status_of(trigger: Token) -> str:
    """occurred, planned, proposed, suspected, hypothetical or negated: the strongest cue on the path wins."""
    path = _path(trigger)
    cues: set[str] = set()
    below = None
    condition = False
    shielded = False  # above an event noun that is the subject of a verb of another kind
    going = False  # above an event noun that a verb says goes on (`que le rapprochement se poursuive`)
    subject = False  # above an event noun that is a subject: an opinion takes it as given (`estime que les
    # sanctions ont échoué`)
    for depth, token in enumerate(path):
        under = path[depth - 1] if depth else None
        if shielded and depth > 0 and _opens_with_si(token):
            break  # `si la coopération franchissait une ligne rouge`: the condition is on what it does, not on it
        joined = under is not None and _joined_verb(token, under)  # read as the trigger itself is
        found = _cues(token, 0 if joined else depth, below, under) - ({"negated"} if shielded else set())
        if depth > 0 and (_denial_denied(token) or (under is not None and _denial_denied(under) and (
                under.head.i == token.i))):
            found -= {"negated"}  # `n'a ni confirmé ni démenti la frappe`: the shared negation undoes the denial
        found -= {"believed"} if shielded or subject else set()
        if "wished" in found:  # a wish over a clause asks for its act, not for the noun its verb says something of
            found = found - {"wished"} | (set() if shielded or going else {"proposed"})
        shielded = shielded or _said_of(token) or _talked_about(token) or _beside_a_noun(token)
        subject = subject or (token.pos_ == "NOUN" and token.dep_.startswith("nsubj"))
        going = going or (token.pos_ == "NOUN" and token.dep_.startswith("nsubj") and _kept_going(token.head))
        cues |= found - {"negated"} if condition else found  # `si X livre, il n'y aura plus`: X's act is not denied
        condition = condition or _is_condition(token)
        if token.pos_ == "VERB" or below is None:
            below = token  # the nearest verb under this word (nouns a misparse puts between do not count)
    status = next((status for status in PRIORITY if status in cues), "occurred")
    if status in ("planned", "proposed") and _describing_participle(trigger):
        return "occurred"  # `a accepté de renvoyer les Indiens enrôlés dans l'armée`: their enrolment is done
    if status in ("negated", "proposed") and trigger.head.lemma_.lower() in LETTING and _urged_not_to(trigger.head):
        return "hypothetical"  # `appelle les belligérants à ne pas laisser le conflit s'étendre`
    if status == "negated" and _urged_not_to(trigger):
        return "proposed"
    if status == "occurred":
        return _planned_by_relative(trigger)
    return "suspected" if status == "believed" else status


def _denial_denied(verb: Token) -> bool:
    """A verb of denying joined by `ni` or `ou` to a negated verb (`n'a ni confirmé ni démenti`, `n'a pas confirmé
    ou démenti`): the negation they share undoes the denial, which says nothing of the act."""
    return verb.lemma_.lower() in CANCELLING and verb.dep_ == "conj" and _negated(verb.head) and any(
        c.dep_ == "cc" and c.lower_ in ("ni", "ou") for c in verb.children)


def _beside_a_noun(token: Token) -> bool:
    """`a nié toute implication dans l'attaque`, `n'a joué aucun rôle dans l'attentat`, `aucune date n'a été fixée
    pour le sommet`: an event noun hung on another noun by a preposition other than `de` is not denied with that
    noun (the denial is of the involvement, the role, the date)."""
    if token.pos_ != "NOUN" or not token.dep_.startswith(("nmod", "obl")) or token.head.i > token.i:
        return False
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    if not cases or set(cases) & (OF | {"au", "aux", "à"}):
        return False
    if token.head.pos_ == "NOUN":
        return True
    # the parse may hang it on the verb whose object `aucun` denies (`n'a joué aucun rôle dans l'attentat`)
    verb = token.head
    return verb.pos_ == "VERB" and any(
        c.dep_ == "obj" and c.i < token.i and any(g.dep_ == "det" and g.lower_ in NO_ONE for g in c.children)
        for c in verb.children) and not any(c.lower_ in NEGATIONS for c in verb.children)


def _joined_verb(verb: Token, conjunct: Token) -> bool:
    """Is the verb the one the conjunct under it is joined to, in the same form (`a réclamé un cessez-le-feu et
    proposé de rencontrer X`)? The conjunct shares its auxiliaries and negation, not its meaning. (An infinitive the
    parse joins to a finite verb is joined to its complement: `devait s'entretenir avec X, puis se rendre à
    Odessa`.)"""
    return conjunct.dep_ == "conj" and conjunct.head.i == verb.i and verb.pos_ == conjunct.pos_ == "VERB" and (
        verb.morph.get("VerbForm") == conjunct.morph.get("VerbForm"))


def _describing_participle(verb: Token) -> bool:
    """A past participle with no auxiliary that describes a noun (`les Indiens enrôlés dans l'armée`, `les marins
    arrêtés en mer`): it tells what was done to the thing, not what a plan or a request over the noun asks."""
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and "Part" in verb.morph.get("VerbForm") and (
        "Past" in verb.morph.get("Tense")) and verb.i > verb.head.i and not any(
        c.dep_.startswith(("aux", "cop")) for c in verb.children) and not _elided_future(verb) and (
        verb.lower_ not in EXPECTED)  # (`X, attendu à Washington`: expected, a plan of its own)


def _kept_going(verb: Token) -> bool:
    """`le rapprochement se poursuive`, `les échanges continuent`: a verb (or its complement, where the parse hangs
    it on a participle: `le rapprochement engagé ... se poursuive`) that says its subject goes on."""
    return verb.lemma_.lower() in PRESUPPOSING or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in PRESUPPOSING for c in verb.children)


def _urged_not_to(verb: Token) -> bool:
    """`a exhorté les Européens à ne pas reconnaître le résultat`, `exige que de tels faits ne se reproduisent pas`:
    what one urges not to do is asked for (the negation is part of the request)."""
    head, negated = verb.head, _negated(verb)
    if head.pos_ == "PUNCT" and head.i < verb.i and head.head.i != head.i:
        # `à ne pas « prendre l'Europe en otage »`: the parse may hang the infinitive and its negation on the
        # guillemet opening the quoted words; the verb of urging is above it
        negated, head = negated or _negated(head), head.head
    clause = "Inf" in verb.morph.get("VerbForm") or verb.dep_ == "ccomp"
    urging = head.lemma_.lower() in PROPOSAL or head.lemma_.lower() in PROPOSAL_OVER_INFINITIVE
    return verb.pos_ == "VERB" and clause and negated and urging and not _negated(head)


def _planned_by_relative(noun: Token) -> str:
    """`les élections qui doivent se tenir en mai`, `la visite qu'il doit effectuer`: a relative clause that plans or
    supposes carrying out the act its noun names gives the noun that status."""
    if noun.pos_ != "NOUN":
        return "occurred"
    for clause in (c for c in noun.children if c.dep_ == "acl:relcl"):
        verb = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), clause)
        if verb.lemma_.lower() not in CARRYING_OUT:
            continue
        status = status_of(verb)
        if status in ("planned", "hypothetical"):
            return status
    return "occurred"
