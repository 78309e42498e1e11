"""Which words report speech, and how: the triggers of speech acts and what they tell about the act.

A reporting verb (``déclarer``, ``estimer``, in any tense, even where the tagger took it for an adjective or an
adverb: ``Le Kremlin dément``), a verbal phrase (``mettre en garde``, ``faire savoir``), an attribution (``selon
X``, ``d'après X``, ``Pour X, ...``, ``auprès de X`` after ``apprendre``), a refusal (``s'est refusé à tout
commentaire``, ``a refusé de donner des détails``, ``n'a pas voulu commenter``, ``Ni X ni Y n'ont réagi``, ``n'a
ni confirmé ni démenti``), words that did not come (``Aucune réaction n'est venue de X``, ``Pas de réaction à
Washington``), what a speaker left unsaid (``sans évoquer de victimes``), a call named by its noun (``un appel de X à
...``). Also: the span of a trigger (its auxiliaries, reflexive and particle), whether the act was refused, whether
a verb reports or is itself part of what someone foresees (``a prévenu que son pays répondrait``). Who speaks is
``speech.py``'s business; the word tables are in ``speech_lexicon.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from newsld.extract.model import OF_WORDS as OF
from newsld.extract.names import demonym_country
from newsld.extract.nlp import doc_text, inner_hyphen, sentence_of
from newsld.extract.speech_lexicon import (
    ANSWERING_DEEDS,
    ATTRIBUTIONS,
    CALL_NOUNS,
    CARRIED_WORDS,
    CARRIERS,
    DOCUMENT_NOUNS,
    FEELINGS,
    FRAMING_VERBS,
    GIVE_VERBS,
    INFORMATION_NOUNS,
    INTENTIONS,
    IRREGULAR_PRESENT,
    LEFT_OPEN,
    LITOTES,
    MAKE_VERBS,
    MANNERS,
    NEEDS_AFTER,
    NEEDS_BEFORE,
    NEGATIONS,
    NOT_REFLEXIVE,
    PARTICIPLE_ENDING,
    PARTICLES,
    PERSON_NOUNS,
    PRESENT_ENDING,
    PUBLISHED_PIECES,
    QUOTE_ONLY,
    QUOTE_OR_CLAUSE,
    REFLEXIVE_ONLY,
    REFUSALS,
    REPORTING,
    SAID_BY_OF,
    SENDING_VERBS,
    SILENCE_NOUNS,
    SILENCE_SAYS,
    SILENT_ONLY,
    SILENT_WORDS,
    SOURCE_NOUNS,
    SPEECH_IN_CONSTRUCTION,
    SPEECH_NOUNS,
    TITLE_NOUNS,
    UNSAID_ONLY,
    URGING_VERBS,
    WORDS_COME,
    WORDS_LAUNCHED,
)
from newsld.extract.status import is_conditional, is_future, persuades_a_party
from newsld.extract.verb_senses import recognise_frame, sentence_frame, trial_frame

# the verbs of speech, and those that are speech only in a construction
SAID_VERBS = {**REPORTING, **SPEECH_IN_CONSTRUCTION}

RELATIVE_PRONOUNS = {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
# What opens an incise: a comma (or `?`, `!`), and an inverted pronoun (`a-t-il`, `s'est-elle`)
INCISE_LEAD = re.compile(r"(?P<mark>[,?!…])\s*(?:(?:s['’]|se\s+|m['’])?\w+(?:-t)?-(?:il|elle|ils|elles|on)\s+)?$")
INTRODUCES = re.compile(r"\s*(?:que\b|qu'|qu’|:|«)")
QUOTE_AFTER = re.compile(r"\s*:?\s*«|[^.;«»:]{0,40}:\s*«")  # `: « ...`, right after the verb or a few words on
MODALS = {"devoir", "pouvoir", "aller"}
OBJECT_CLITICS = {"le", "la", "l'", "l’", "les", "lui", "leur", "en", "y", "se", "s'", "s’", "me", "m'", "m’"}
INVERTED_CLITICS = {"-t", "-il", "-elle", "-ils", "-elles", "-on"}
LAUNCHING = {"lancer", "formuler", "adresser", "réitérer", "renouveler", "relayer"}  # `un appel ... lancé par X`
NONE_WORDS = {"aucun", "aucune", "nul", "nulle"}
JOINED_NAMES = re.compile(r"\b[A-ZÉ][\w'-]*\s+et\s+[A-ZÉ][\w'-]*(?:\s+[A-ZÉ][\w'-]*)*\s*$")
# `a demandé la libération de X`, `a également demandé le retrait`: a request whose content is a noun of action
REQUESTS = {"demander"}
# Words of courtesy sent (`a adressé ses condoléances`): the act is named by them, the trigger runs on to them
GREETINGS = {"condoléances", "félicitations", "vœux", "voeux", "salutations", "remerciements"}
DURING_AFTER = re.compile(r"\s*(?:pendant|durant|lors)\b")  # `silencieux pendant le discours`: a rite
SUMMONS = {"convoquer"}  # `a convoqué l'ambassadeur pour protester`: a summons has words for its purpose
# Verbs that need their `que` clause after them, unless set after the clause they report (`Le sommet s'est tenu en
# juin, a rappelé le ministère`, `..., a assuré le porte-parole`)
CLAUSE_REPORTERS = {"rappeler", "assurer", "soutenir", "avancer", "garantir"}
REQUESTED = (r"^\s*(?:(?:notamment|également|aussi|encore|à\s+nouveau|de\s+nouveau|officiellement)\s+)?"
             r"(?:la|le|l'|l’|un|une|des|plus\s+de)\s*(?:\w+\s+)?(?:\w+(?:tion|sion|ment|ée|ure|ance|ence)|"
             r"fin|arrêt|retrait|départ|aide|soutien|renvoi|extradition|asile|report|rétablissement)\b")


# Verbs of stance that are also a court's acts (`le tribunal a condamné X à cinq ans`, `sera jugé par un tribunal`)
# or a state's (`refuse de reconnaître l'indépendance de X`): that sense, told by the event rules' own frames, is a
# deed (an event), never also speech
JUDICIAL_SENSES = {"condamner": sentence_frame, "juger": trial_frame, "reconnaître": recognise_frame}


def _judicial(token: Token, lemma: str) -> bool:
    sense = JUDICIAL_SENSES.get(lemma)
    return sense is not None and sense(token, lambda _: None) is not None


# `a demandé à Hanoï de « transmettre un message »`, `a demandé à Moscou de retirer ses troupes`: asked someone to act
ASKED_TO_ACT = (r"^\s*(?:(?:\w+\s+)?(?:à|au|aux)\s+[^.;:«»]{1,60}?\b)?(?:de|d['’])\s*(?:«\s*)?(?:ne\s+pas\s+)?"
                r"[a-zéèêàâîôûç]+(?:er|ir|re)\b")  # `a demandé aux parties de cesser`, `a demandé d'« éviter »`


def particle_of(token: Token) -> Token | None:
    """The word that completes a verbal phrase (`mis en garde`, `porté un toast`, `fait savoir`)."""
    wanted = PARTICLES.get(token.lemma_.lower(), set())
    return next((t for t in token.doc[token.i + 1:token.i + 4] if t.lower_ in wanted or (
        t.lemma_ in wanted and t.pos_ == "VERB")), None)


def _is_verbal(token: Token) -> bool:
    """A verb, or a participle the tagger took for an adjective or a noun (`qualifié`, `cité`)."""
    if token.pos_ in ("VERB", "ADJ") or mistagged_present(token):
        return True
    if token.pos_ == "X" and token.i > 0 and token.doc[token.i - 1].lemma_ in ("avoir", "être"):
        return True  # `a tweeté`: a participle the tagger could not place, after its auxiliary
    # not a noun with its own determiner (`l'accusé`, `le prévenu`): a person, not a participle
    return token.pos_ == "NOUN" and bool(re.search(r"(?:é|ée|és|ées|i|it|ant)$", token.lower_)) and not any(
        c.dep_ == "det" for c in token.children)


def text_after(token: Token, chars: int = 80) -> str:
    end = token.idx + len(token.text)
    return doc_text(token.doc)[end:end + chars].replace("’", "'")


def _text_before(token: Token, chars: int = 30) -> str:
    return doc_text(token.doc)[max(0, token.idx - chars):token.idx].replace("’", "'")


def governs_quote(token: Token) -> bool:
    """`« ... », a lancé X` or `a lancé : « ... »`."""
    text = doc_text(token.doc)
    start = phrase_start(token)
    before = text[max(0, start - 30):start]
    if INCISE_LEAD.search(before) and (
            text.rfind("«", 0, start) > text.rfind("»", 0, start)):
        return True  # an incise inside the quote: `« Pourquoi céder ? a lancé X. Nous avons le temps. »`
    after = text_after(token)  # `a lancé : « ... »`, `a réagi sur Telegram : « ... »`
    if re.search(r"»\s*(?:et|ou)\s+(?:[\w'-]+\s+)?$", before) and token.dep_ == "conj" and token.head.i < token.i and (
            token.head.pos_ == "VERB"):
        return bool(re.match(QUOTE_AFTER, after))  # `a dénoncé une « manœuvre » et défendu un amendement`: the
        # quote is the first verb's object
    return bool(re.search(r"»\s*,?\s*(?:[\w'-]+\s+){0,2}$", before) or re.match(QUOTE_AFTER, after))


def _frames_words(token: Token) -> bool:
    """A quote before or after the verb, or the clause before it (`..., a constaté un journaliste de l'AFP`); not
    an infinitive another verb governs (`a promis de poursuivre « avec ténacité » les efforts`: the quote is words
    of the promise), unless that verb only frames it (`s'est contenté de répondre`)."""
    governed = "Inf" in token.morph.get("VerbForm") and token.dep_ == "xcomp" and token.head.pos_ == "VERB" and (
        token.head.lemma_.lower() not in FRAMING_VERBS)
    return not governed and (governs_quote(token) or postposed_incise(token))


def postposed_incise(token: Token) -> bool:
    """`Les pourparlers reprendront lundi, a noté le diplomate.`, `..., a constaté un journaliste de l'AFP`: a verb
    after a comma whose subject follows it (a speaker's noun or a name) and ends the clause reports the words
    before it. Not `..., a ajouté des sanctions` (a thing) nor `..., a ajouté que` (its own clause)."""
    start, end = trigger_span(token)
    text = doc_text(token.doc)
    if not re.search(r",\s*$", text[max(0, start - 3):start]) or INTRODUCES.match(text[end:end + 6]):
        return False
    sentence, i = sentence_of(token), token.i + 1
    while i < sentence.end and (token.doc[i].pos_ == "ADV" or token.doc[i].dep_ == "obl:mod" or (
            token.doc[i].text in INVERTED_CLITICS)):
        i += 1  # `a constaté jeudi`, `a encore noté`
    if _inverted_pronoun_ends(token, i):
        return True  # `..., a-t-il ajouté.`, `..., ajoute-t-elle, ...`: the pronoun is the speaker
    if i >= sentence.end or (token.doc[i].pos_ != "DET" and not token.doc[i].text[:1].isupper()):
        return False
    head = token.doc[i] if token.doc[i].pos_ != "DET" else token.doc[i].head
    return _speaker_noun(head) and _ends_clause(head)


def _inverted_pronoun_ends(token: Token, after: int) -> bool:
    """An inverted subject pronoun in the verb group (`a-t-il ajouté`, `ajoute-t-elle`) and the clause ends."""
    doc = token.doc
    group = doc[max(0, token.i - 3):min(after, len(doc))]
    pronoun = any(t.lower_ in ("-il", "-elle", "-ils", "-elles") for t in group)
    return pronoun and after < len(doc) and doc[after].text in (".", ",", ";", "!", "?", "…")


def questioned_by_outlet(token: Token) -> bool:
    """`, interrogé par l'agence TASS`: the outlet that questioned the speaker reports his answer."""
    if lemma_of(token) != "interroger":
        return False
    agent = next((c for c in token.children if c.dep_ == "obl:agent"), None)
    return agent is not None and (agent.lower_ in TITLE_NOUNS or (agent.pos_ == "PROPN" and agent.text.isupper()))


def _speaker_noun(head: Token) -> bool:
    return head.text[:1].isupper() or hyphenated(head) in PERSON_NOUNS or is_source_noun(head)


def _ends_clause(head: Token) -> bool:
    """The noun phrase runs on (`de l'AFP`, `dans un communiqué`) to a stop or a comma: no verb of its own."""
    sentence = sentence_of(head)
    for token in head.doc[head.i + 1:sentence.end]:
        if token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON"):
            return False
        if token.is_punct and token.text not in ("-", "'", "’"):
            return token.text in (".", ",", ";", "!", "?", "…")
    return True


def is_reflexive(token: Token) -> bool:
    return any(c.lower_ in ("s'", "se", "me", "m'") for c in token.children) or token.doc[
        max(0, token.i - 2):token.i].text.lower().replace("’", "'").startswith(("s'", "se "))


def lemma_of(token: Token) -> str:
    """The lemma, or the infinitive of a participle the lemmatiser missed (`martelé` -> `marteler`)."""
    lemma = token.lemma_.lower()
    if lemma in SAID_VERBS:
        return lemma
    form = token.lower_
    guess = _infinitive_of_participle(form)
    if guess not in SAID_VERBS and (token.pos_ == "VERB" or mistagged_present(token)):
        guess = IRREGULAR_PRESENT.get(form) or _infinitive_of_present(form)
    return guess if guess in SAID_VERBS else lemma


# The endings swapped for `-er` on the words of a text, once per distinct word (every word is asked about).
_PARTICIPLE_AT_END, _PRESENT_AT_END = re.compile(PARTICIPLE_ENDING), re.compile(PRESENT_ENDING)


@lru_cache(maxsize=65536)
def _infinitive_of_participle(form: str) -> str:
    return _PARTICIPLE_AT_END.sub("er", form)


# `tempère`, `répètent`, `réitère`, `suggère`: verbs in `é` + consonant + `er` take a grave accent in the present
_GRAVE_STEM = re.compile(r"è(?=[^aeiouyéèêàâîïôû]+er$)")


@lru_cache(maxsize=65536)
def _infinitive_of_present(form: str) -> str:
    guess = _PRESENT_AT_END.sub("er", form)
    if guess in SAID_VERBS:
        return guess
    acute = _GRAVE_STEM.sub("é", guess)
    return acute if acute in SAID_VERBS else guess


CLITIC_SUBJECTS = {"il", "elle", "ils", "elles"}
_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTH = r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
# A day right after a verb (`mardi`, `jeudi 8 février`, `dimanche soir`, `la semaine dernière`, `hier`), or nothing
LEADING_TIME = re.compile(
    rf"(?:\s*(?:{_DAY}(?:\s+\d{{1,2}}(?:er)?(?:\s+{_MONTH})?)?(?:\s+(?:matin|soir|après-midi|dernier))?|"
    r"la\s+semaine\s+(?:dernière|passée)|le\s+mois\s+dernier|hier(?:\s+(?:matin|soir))?|la\s+veille)(?=[\s,]))?",
    re.IGNORECASE)


def mistagged_present(token: Token) -> bool:
    """`Le Kremlin dément tout transfert`: a present form of a reporting verb the tagger took for an adjective or
    an adverb, between a noun (its subject) and a determiner or `que` (its object or clause)."""
    if token.pos_ not in ("NOUN", "ADJ", "ADV", "PROPN") or token.i == 0 or token.i + 1 >= len(token.doc):
        return False  # what the tagger takes these forms for
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    if _bare_conjunct(token, before):
        return _present_form(token)  # `Moscou a quitté l'accord, et menace depuis de ...`
    if _inverted_after_quote(token, before, after):
        return _present_form(token)  # `« ... », tempère X`: a present incise, its subject after it
    if after.pos_ == "ADV" and token.i + 2 < len(token.doc):  # `doute toutefois que`
        after = token.doc[token.i + 2]
    # `Le gouvernement japonais juge « ... »`: the subject may end with an adjective; never `le juge`
    subject_end = before.pos_ in ("PROPN", "NOUN") or (before.pos_ == "ADJ" and before.text.islower())
    if _after_ce_que(token, before):  # `visé par une enquête, ce qu'il dément,`: the clause ends with the verb
        return after.lower_ in (",", ".", ";", ")") and _present_form(token)
    # `La Chine dément et se dit neutre`, `Pékin dément.`: an irregular form with no object, right after a name
    bare = before.pos_ == "PROPN" and after.lower_ in ("et", ",", ".", ";") and token.lower_ in IRREGULAR_PRESENT
    return subject_end and (bare or after.pos_ == "DET" or after.lower_ in ("que", "qu'", "qu’", "«")) and (
        _present_form(token))  # the word itself last: the cheap checks rule out most tokens


def _inverted_after_quote(token: Token, before: Token, after: Token) -> bool:
    """`« Rien n'est décidé », tempère Paul Durand`, `», nuance le ministre`: a lower-case word right after the
    quote's `»,` and before its subject (a name or a determiner) is the verb of an incise, whatever the tagger took
    it for."""
    return before.text == "," and token.i >= 2 and token.doc[token.i - 2].text == "»" and token.text.islower() and (
        after.pos_ == "DET" or (after.pos_ == "PROPN" and after.text[:1].isupper()))


def _after_ce_que(token: Token, before: Token) -> bool:
    """`ce qu'il dément`, `ce qu'elles contestent`: a subject pronoun between `ce que` and a word is the subject of a
    verb (the object, `ce`, comes first), whatever the tagger took the word for."""
    return before.lower_ in CLITIC_SUBJECTS and token.i >= 3 and token.doc[token.i - 2].lower_ in (
        "qu'", "qu’", "que") and token.doc[token.i - 3].lower_ == "ce"


def _bare_conjunct(token: Token, before: Token) -> bool:
    """A word after `et` that the parser joins to a verb and that has no determiner of its own: a verb."""
    return before.lower_ == "et" and token.dep_ == "conj" and token.head.pos_ == "VERB" and (
        token.head.i < token.i) and token.text.islower() and not any(c.dep_ == "det" for c in token.children)


def _present_form(token: Token) -> bool:
    """A present tense form of a reporting verb: an irregular one, or a first-group one (`juge`, `estiment`)."""
    return token.lower_ in IRREGULAR_PRESENT or _infinitive_of_present(token.lower_) in SAID_VERBS


def _idiom(token: Token) -> bool:
    """`c'est-à-dire`, `veut dire` (means), `il faut dire`: no one says anything. A will to speak that is refused
    (`n'a pas voulu commenter`, `ne veut pas s'exprimer`) is speech refused, not an idiom."""
    if doc_text(token.doc)[max(0, token.idx - 3):token.idx].endswith("-"):
        return True
    if token.dep_ != "xcomp":
        return False
    if token.head.lemma_ == "vouloir":
        return token.lemma_ == "dire" or not _negated_group(token.head)
    return token.head.lemma_ == "falloir"


def left_unsaid(token: Token) -> bool:
    """`a affirmé avoir visé des cibles militaires, sans évoquer de victimes`: what the speaker of the clause did
    not say, a negated act of theirs."""
    infinitive = "Inf" in token.morph.get("VerbForm") or (token.pos_ == "VERB" and token.lower_.endswith(("er", "ir")))
    return infinitive and any(c.lower_ == "sans" for c in token.children)


def is_refused(token: Token) -> bool:
    """Speech that did not take place: `n'a pas souhaité commenter`, `n'a pas réagi`, `n'a jamais confirmé`, `a
    refusé de commenter`, `s'est abstenu de commenter`, `sans évoquer de victimes`."""
    if left_unsaid(token) or _withheld_type(token) or silent_stance(token) is not None or (
            verbless_silence(token) is not None):
        return True
    governing = [token, token.head] if token.dep_ in ("xcomp", "ccomp") and (
        token.head.lemma_.lower() not in LITOTES) else [token]
    for verb in governing:
        words = _own_words(verb)
        # `point` is a negation only with `ne` (not `étaient « au point mort »`, which the parser may hang here)
        if words & (NEGATIONS - {"point"}) or (words & {"ne", "n'"} and (
                words & {"plus", "point"} or _none_said(verb))) or _negated_group(verb):
            return True
    if no_word_came(token) or _neither_nor(token) or unanswered(token) is not None:
        return True
    return token.head.i < token.i and (silence_type(token) is not None or (
        token.head.lemma_.lower() in REFUSALS and "Inf" in token.morph.get("VerbForm")))


NE = {"ne", "n'", "n’"}
NEGATIONS_OR_NI = NEGATIONS | {"ni"}  # `n'a pas`, `n'a ni confirmé ni démenti`


def _neither_nor(verb: Token) -> bool:
    """`n'a ni confirmé ni démenti`: the second verb of `ni ... ni` after a negated first one is negated too."""
    first = verb.head
    return verb.dep_ == "conj" and first.i < verb.i and any(c.lower_ == "ni" for c in verb.children) and any(
        c.lower_ in NE for c in first.children)


def _negated_group(verb: Token) -> bool:
    """`n'a pas encore réagi`, `n'a toujours pas commenté`, `ne commente toujours pas`: a `ne` before the verb and
    its second word in the verb group, which the parser may hang on an adverb rather than on the verb; or `ni` on
    its subjects (`Ni Paris ni Berlin n'ont réagi`)."""
    ne = next((c for c in verb.children if c.lower_ in NE and c.i < verb.i), None)
    if ne is None:
        return False
    doc, after = verb.doc, verb.i + 1
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < ne.i), None)
    if subject is not None and any(t.lower_ == "ni" for t in doc[max(0, subject.left_edge.i - 1):subject.right_edge.i]):
        return True  # `Ni Paris ni Berlin n'ont réagi`: the subjects carry the negation
    while after < len(doc) and after - verb.i <= 3 and doc[after].pos_ == "ADV":
        after += 1  # `ne commente toujours pas`
    if after < len(doc) and doc[after].lower_ == "ni":
        return True  # `n'ont commenté ni le calendrier ni le montant`
    return any(t.lower_ in NEGATIONS_OR_NI for t in doc[ne.i + 1:after] if t.i != verb.i)  # `n'a ni confirmé`


def _own_words(verb: Token) -> set[str]:
    """The words hung on a verb, but not a `ne ... pas` after it that negates the infinitive it governs (`a dit ne
    pas être au courant`: said, and what was said is negative; `ne dit pas` has its `ne` before the verb)."""
    def of_infinitive(word: Token) -> bool:
        return word.i > verb.i and any(t.lower_ in ("ne", "n'", "n’") for t in verb.doc[verb.i + 1:word.i + 1])

    return {c.lower_.replace("’", "'") for c in verb.children if not of_infinitive(c)}


def _published_document(token: Token) -> bool:
    return publisher_of(token) is not None


def publisher_of(token: Token) -> Token | None:
    """`une tribune publiée lundi par le quotidien X`: the newspaper that published a signed piece reports its
    author's words (the head of the `par` phrase a few words on, wherever the parser hung it). A communiqué
    `publié par l'agence TASS` is only relayed by the agency (``speech.py``'s ``_carried_by``)."""
    if token.lemma_.lower() != "publier" or token.dep_ != "acl" or token.head.lemma_.lower() not in PUBLISHED_PIECES:
        return None
    by = next((t for t in token.doc[token.i + 1:token.i + 5] if t.lower_ == "par" and t.dep_ == "case"), None)
    return by.head if by is not None and by.head.i > by.i else None


def _none_said(verb: Token) -> bool:
    """`ne fait état d'aucune avancée`, `n'a évoqué aucun calendrier`: `ne` with `aucun` on what was (not) said."""
    particle = particle_of(verb)  # `fait état d'aucun accord`, where the parser may take `état` for the verb
    said = [*verb.children, *(particle.children if particle is not None else [])]
    return any(g.lower_ in NONE_WORDS and g.dep_ == "det" for c in said if c.dep_.startswith(("obj", "obl"))
               for g in c.subtree if g.head.i == c.i or g.head.head.i == c.i)


def verb_type(token: Token) -> str | None:
    lemma = lemma_of(token)
    if lemma not in SAID_VERBS or lemma in ATTRIBUTIONS or not _is_verbal(token):
        return None
    if lemma in ("savoir", "valoir"):  # `ont fait savoir`, `a fait valoir`
        return SAID_VERBS[lemma] if any(c.lemma_ == "faire" and c.i < token.i for c in token.children) else None
    if lemma in PARTICLES and particle_of(token) is None:
        return None
    if _said_otherwise(token, lemma) or _judicial(token, lemma):
        return None
    if lemma == "faire" and particle_of(token).lemma_ in ("savoir", "valoir"):
        made = particle_of(token)  # `a fait savoir` parsed with `fait` over `savoir`: the causative is the trigger
        return SAID_VERBS[made.lemma_] if token.head.i != made.i else None
    if lemma in QUOTE_ONLY and lemma not in PARTICLES and not _frames_words(token) and not _launches_words(
            token, lemma) and not (
            lemma in SILENCE_SAYS and is_refused(token)) and not _published_document(token):
        return None
    if lemma in QUOTE_OR_CLAUSE and not (_frames_words(token) or INTRODUCES.match(_after_time(token)) or (
            questioned_by_outlet(token)) or (
            lemma in REQUESTS and (re.match(REQUESTED, text_after(token, 40)) or re.match(ASKED_TO_ACT, text_after(
                token, 90))))):
        return None
    if (lemma in REFLEXIVE_ONLY or lemma in NOT_REFLEXIVE) and (lemma in REFLEXIVE_ONLY) != is_reflexive(token):
        return None
    if _idiom(token) or _judged_infinitive(token) or urged_to_say(token) or persuades_a_party(token) or (
            answered_by_deed(token)):
        return None
    pattern = NEEDS_AFTER.get(lemma)
    if pattern is not None and not re.match(pattern, _after_time(token)) and not _frames_words(token) and not (
            _published_document(token) or left_unsaid(token)) and not (  # `sans citer nommément la Russie`
            lemma in CLAUSE_REPORTERS and postposed_incise(token)) and not (  # `..., a rappelé la diplomatie`
            _summoned_to_say(token)):  # `a convoqué l'ambassadeur pour protester`
        return None
    before = NEEDS_BEFORE.get(lemma)
    if before is not None and not re.search(before, _text_before(token)):
        return None
    return SAID_VERBS[lemma]


def answered_by_deed(verb: Token) -> bool:
    """`a répondu par des sanctions`, `pourrait répondre par un nouveau tir de missile`: an answer given by an act
    (a deed of its own, open_verbs.py), not in words (`a répondu par un communiqué`)."""
    return verb.lemma_.lower() == "répondre" and verb.pos_ == "VERB" and any(
        c.dep_.startswith("obl") and c.lower_ in ANSWERING_DEEDS and any(
            g.dep_ == "case" and g.lower_ == "par" for g in c.children) for c in verb.children)


def urged_to_say(token: Token) -> bool:
    """`a exhorté l'Inde à condamner l'invasion`, `a pressé Pékin de clarifier sa position`, `appelle à dénoncer`: a
    verb of speech in the infinitive a verb of urging or asking governs is asked for, not said (the urging is the
    speech act; what is asked for is a deed of the one urged: open_verbs.py)."""
    head = token.head
    return "Inf" in token.morph.get("VerbForm") and token.dep_ in ("xcomp", "ccomp", "acl", "advcl") and (
        head.i < token.i and head.lemma_.lower() in URGING_VERBS and head.pos_ in ("VERB", "NOUN", "PROPN")) and any(
        c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "d’") for c in token.children)


def _summoned_to_say(token: Token) -> bool:
    """`a convoqué l'ambassadeur pour protester contre ...`: an envoy is summoned to be told something, so the
    infinitive of purpose after the summons is the summoner's words (`des manifestants ont défilé pour protester`
    is a march, no summons)."""
    if "Inf" not in token.morph.get("VerbForm") or token.i == 0 or token.doc[token.i - 1].lower_ != "pour":
        return False
    # the parser hangs the purpose on the summons or on the envoy summoned (`l'ambassadeur ... pour protester`)
    summons = token.head if token.head.pos_ == "VERB" or token.head.dep_ != "obj" else token.head.head
    return summons.i < token.i and summons.lemma_.lower() in SUMMONS


def _judged_infinitive(token: Token) -> bool:
    """`a jugé « prématuré » d'évoquer un sommet`, `trop tôt pour parler de`: an infinitive after an adjective of
    judgement and `de`/`pour` is what the speaker judges, not words of its own."""
    if "Inf" not in token.morph.get("VerbForm") or token.i < 2:
        return False
    mark, i = token.doc[token.i - 1], token.i - 2
    while i > 0 and token.doc[i].text in ("»", "\""):
        i -= 1
    judged = token.doc[i]
    return mark.lower_ in ("de", "d'", "d’", "pour") and (judged.pos_ == "ADJ" or judged.lower_ in ("tôt", "tard"))


def _after_time(token: Token) -> str:
    """The words after a verb past the day it is dated by (`a rappelé mardi que`, `avait assuré vendredi n'avoir`,
    `a souhaité la semaine dernière que`): what the verb governs comes after its time."""
    after = text_after(token, 120)
    return after[LEADING_TIME.match(after).end():]


def _launches_words(token: Token, lemma: str) -> bool:
    """`a lancé un appel à la retenue`: words launched as the verb's object."""
    pattern = WORDS_LAUNCHED.get(lemma)
    return pattern is not None and re.match(pattern, text_after(token)) is not None


def _said_otherwise(token: Token, lemma: str) -> bool:
    """Verbs that are speech only unsaid (`sans nommer`) or refused (`n'a pas donné suite`, not `a donné suite à la
    plainte`), used otherwise."""
    return (lemma in UNSAID_ONLY and not left_unsaid(token)) or (lemma in SILENT_ONLY and not is_refused(token))


def attribution_type(token: Token) -> str | None:
    """`selon X`, `d'après X`, and `Pour X, ...` opening its sentence."""
    word = token.lower_
    if word == "selon" and token.pos_ == "ADP":
        return "Report"
    if word == "après" and token.i > 0 and token.doc[token.i - 1].lower_ in ("d'", "d’"):
        return "Report"
    if word == "auprès" and _learnt(token):
        return "Report"  # `a-t-on appris auprès de l'ONU`: the source the news was had from
    if word in ("de", "d'", "d’") and token.head.lemma_.lower() == "source" and (
            _learnt(token) or _set_off_source(token)):
        return "Report"  # `a-t-on appris de source diplomatique`, `..., de source militaire.`
    if word == "pour" and token.i == sentence_of(token).start and re.match(r"[^,.]{2,60},", text_after(token)):
        return "SpeechAct"
    if in_eyes_of(token):
        return "SpeechAct"  # `Aux yeux de Washington, ...`: whose view the sentence gives, as an opening `Pour X,`
    return None


def in_eyes_of(token: Token) -> bool:
    """`Aux yeux du président X, « ... »`: `yeux` after an opening `aux`, then `de` and a phrase a comma ends."""
    doc = token.doc
    return token.lower_ == "yeux" and token.i > 0 and doc[token.i - 1].lower_ == "aux" and (
        token.i - 1 == sentence_of(token).start) and token.i + 1 < len(doc) and (
        doc[token.i + 1].lower_ in ("de", "du", "des", "d'", "d’")) and bool(
        re.match(r"[^,.;«»]{2,60},", text_after(token)))


# Verbs an impersonal `on` gives news with, from a source (`On indique de source militaire`, `a-t-on précisé de
# source proche du dossier`): not `on parle de source d'énergie`
INFORMING_VERBS = {"indiquer", "préciser", "affirmer", "confirmer", "souligner", "assurer", "déclarer", "dire",
                   "ajouter", "annoncer", "expliquer", "estimer", "apprendre"}


def _set_off_source(de: Token) -> bool:
    """`Trois soldats ont été tués, de source militaire.`, `De sources concordantes, ...`: `de source(s)` and its
    adjectives set off by a comma (or opening or closing the sentence) attribute the clause, as `selon`."""
    source, sentence = de.head, sentence_of(de)
    if source.i != de.i + 1:
        return False
    before = de.doc[de.i - 1] if de.i > sentence.start else None
    end = source.i + 1
    while end < sentence.end and de.doc[end].pos_ == "ADJ" and de.doc[end].head.i == source.i:
        end += 1
    after = de.doc[end] if end < len(de.doc) else None
    return end > source.i + 1 and (before is None or before.text in (",", "(")) and (
        after is None or after.text in (",", ".", ";", ")", "!", "?"))


def _learnt(token: Token) -> bool:
    """`auprès de X` after `apprendre` (`a-t-on appris`, `a appris l'AFP`), a few words before; `de source X` after a
    verb of saying whose subject is `on` (`On indique de source proche du gouvernement que`, `a-t-on précisé de
    source militaire`)."""
    before = token.doc[max(sentence_of(token).start, token.i - 4):token.i]
    if any(t.lemma_ == "apprendre" for t in before):
        return True
    source = token.doc[token.i + 1] if token.i + 2 < len(token.doc) else None
    described = source is not None and token.doc[source.i + 1].pos_ == "ADJ"  # `de source militaire`, not `d'énergie`
    return described and any(t.lower_ in ("on", "-on") for t in before) and any(
        lemma_of(t) in INFORMING_VERBS for t in before)


# `Pas de réaction à Washington`, `Aucun commentaire du côté de Pékin`: the words that did not come from a place or a
# body, named after the noun by a preposition
FROM_WHOM = {"à", "de", "d'", "d’", "du", "des", "chez", "auprès"}


def verbless_silence(noun: Token) -> Token | None:
    """`Pas de réaction dans l'immédiat à Washington`, `Aucun commentaire du côté de Pékin`: a sentence with no verb
    that says no words came from someone (a negated act of theirs): the head of whom they would have come from."""
    if noun.lemma_.lower() not in SILENCE_NOUNS or noun.pos_ != "NOUN" or not (
            noun.dep_ == "ROOT" or _there_was_none(noun)):
        return None
    none = any(c.dep_ == "det" and c.lower_ in NONE_WORDS for c in noun.children) or (
        noun.i >= 2 and noun.doc[noun.i - 1].lower_ in OF and noun.doc[noun.i - 2].lower_ == "pas") or (
        noun.dep_ == "obj" and any(c.lower_ in NE for c in noun.head.children))
    if not none:
        return None
    # the first name after it in its clause, by a preposition of origin (`à Washington`, `de Moscou`, `du côté de
    # Pékin`, wherever the parser hung it), before a comma or a clause of its own
    for word in noun.doc[noun.i + 1:sentence_of(noun).end]:
        if word.is_punct or word.pos_ in ("VERB", "AUX", "SCONJ", "PRON"):
            return None
        of_other = word.head.pos_ == "NOUN" and word.head.i != noun.i and word.head.lemma_.lower() != "côté"
        if word.pos_ == "PROPN" and not of_other and any(
                g.dep_ == "case" and g.lower_ in FROM_WHOM for g in word.children):
            return word  # not `au sujet de la Chine`: what there was no reaction about
    return None


def _there_was_none(noun: Token) -> bool:
    """`Il n'y a eu aucune réponse de Moscou`, `il n'y avait pas de réaction du Kremlin`: the object of an existential
    `il y a` (its `y`), which says no words came as a sentence without a verb does."""
    head = noun.head
    return noun.dep_ == "obj" and head.lemma_ == "avoir" and any(
        c.lower_ == "y" and c.dep_.startswith("expl") for c in head.children)


# `Les propositions adressées à Moscou sont restées sans réponse`: what was sent to someone, who did not answer
ADDRESSED_VERBS = {"adresser", "envoyer", "transmettre", "soumettre", "faire", "lancer", "poser", "présenter",
                   "remettre", "formuler"}
TO_WHOM = {"à", "au", "aux"}
UNANSWERED_VERBS = {"rester", "demeurer"}


def name_of_noun(noun: Token) -> Token | None:
    """The name in a noun's own `de` complement (`aucune réaction de Pékin`, `sans réponse de Moscou`): whose words
    the noun would be."""
    return next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and c.pos_ == "PROPN" and any(
        g.dep_ == "case" and g.lower_ in OF for g in c.children)), None)


def unanswered(noun: Token) -> Token | None:
    """`Les propositions adressées à Moscou sont restées sans réponse`, `la lettre envoyée au Kremlin est demeurée
    sans réaction`: a negated act of whom the words were sent to (the head of their phrase), or of whom the missing
    answer is said to be from (`sans réponse de Pékin`). None when nobody is named (`la question reste sans
    réponse`: an open question, no one's silence)."""
    if noun.lemma_.lower() not in SILENCE_NOUNS or noun.pos_ != "NOUN" or not any(
            c.dep_ == "case" and c.lower_ == "sans" for c in noun.children):
        return None
    head = noun.head
    if head.lemma_.lower() not in UNANSWERED_VERBS or head.pos_ not in ("VERB", "AUX"):
        return None
    of = name_of_noun(noun)
    if of is not None:
        return of
    # what was sent: the subject of `rester`, or the noun it hangs on (`des propositions, restées sans réponse`); the
    # verb that sent it: a participle on it (`adressées à X`), the verb it is the object of, or the verb `rester` itself
    # hangs on (`avait adressé à Moscou des propositions, restées sans réponse`)
    sent_things = [c for c in head.children if c.dep_.startswith("nsubj")] or (
        [head.head] if head.dep_ == "acl" and head.head.pos_ == "NOUN" else [])
    senders = [c for t in sent_things for c in t.children if c.dep_ == "acl"]
    senders += [t.head for t in sent_things if t.dep_.startswith(("obj", "obl")) and t.head.i < t.i]
    if head.dep_ in ("xcomp", "advcl", "conj") and head.head.i < head.i:
        senders.append(head.head)
    for sender in (v for v in senders if v.lemma_.lower() in ADDRESSED_VERBS and v.pos_ == "VERB"):
        to = next((c for c in sender.children if c.dep_.startswith(("obl", "iobj")) and any(
            g.dep_ == "case" and g.lower_ in TO_WHOM for g in c.children)), None)
        if to is not None:
            return to
    return None


def silence_type(token: Token) -> str | None:
    """`s'est refusé à tout commentaire`, `a décliné tout commentaire`, `n'a fait aucun commentaire`, `a gardé le
    silence`."""
    if _silence_kept(token):
        return "SpeechAct"
    if token.lemma_.lower() not in SILENCE_NOUNS or token.pos_ != "NOUN":
        return None
    if no_word_came(token):
        return "SpeechAct"
    head = token.head
    refused = head.lemma_.lower() in REFUSALS or (token.dep_ == "obj" and any(
        c.lower_ in ("aucun", "aucune") for c in token.children))  # `n'a fait aucun commentaire`, `adopter aucune`
    return "SpeechAct" if (refused or _none_made(token)) and head.pos_ in ("VERB", "AUX") else None


def _silence_kept(noun: Token) -> bool:
    """`Pékin a gardé le silence sur l'affaire`: words withheld, as `n'a pas réagi` (not a silence kept `pendant une
    minute`, a rite)."""
    return noun.lower_ == "silence" and noun.dep_ == "obj" and noun.head.lemma_.lower() == "garder" and (
        noun.head.pos_ == "VERB") and not _for_a_while(noun)


def silent_stance(verb: Token) -> Token | None:
    """`Le Kremlin est resté silencieux sur l'affaire`, `Pékin reste muet`: words withheld, as `n'a pas réagi` (the
    adjective; not a silence kept `pendant le discours`, where nobody was asked to speak)."""
    if verb.lemma_.lower() != "rester" or verb.pos_ != "VERB":
        return None
    silent = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in SILENT_WORDS), None)
    if silent is None or _for_a_while(silent):
        return None
    return silent


def _for_a_while(silence: Token) -> bool:
    """`silencieux pendant le discours`, `le silence durant une minute`: a silence for a time, a rite, not words
    withheld."""
    return DURING_AFTER.match(text_after(silence, 20)) is not None


def _none_made(noun: Token) -> bool:
    """`n'a pas fait de déclaration publique`, `n'a jamais publié de communiqué`: the words a negated verb of
    making did not make (the partitive `de` after the negation)."""
    head = noun.head
    partitive = any(c.dep_ == "det" and c.lower_ in ("de", "d'", "d’") for c in noun.children)
    # `n'a pas souhaité faire de commentaire`, `n'a pas voulu donner de réponse`: the negation on the verb over it
    negators = [head, head.head] if head.dep_ == "xcomp" and head.head.i < head.i else [head]
    negated = any(c.lower_ in NEGATIONS - {"point"} for verb in negators for c in verb.children)
    return noun.dep_ == "obj" and partitive and negated and head.lemma_.lower() in MAKE_VERBS


def no_word_came(token: Token) -> bool:
    """`Aucune réaction n'est venue de Pyongyang`, `aucun commentaire n'a filtré du Kremlin`, `aucun commentaire n'a
    pu être obtenu auprès du ministère`: the words that did not come, a negated act of whom they would have come
    from (`de X`, `auprès de X`)."""
    if token.lemma_.lower() not in SILENCE_NOUNS or token.pos_ != "NOUN" or not token.dep_.startswith("nsubj"):
        return False
    return words_verb(token) is not None and any(c.lower_ in ("aucun", "aucune") for c in token.children)


def words_verb(noun: Token) -> Token | None:
    """The verb the words would have come by (`est venue`, `a pu être obtenu`), over a modal."""
    verb = noun.head
    if verb.lemma_ in MODALS:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return verb if verb.lemma_.lower() in WORDS_COME else None


def _withheld_type(token: Token) -> str | None:
    """`a refusé de donner des détails`, `s'est abstenu de fournir la moindre précision`: information refused, a
    negated act whose trigger is the refusal."""
    if token.lemma_.lower() not in REFUSALS or token.pos_ != "VERB":
        return None
    given = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in GIVE_VERBS]
    told = any(o.dep_ == "obj" and o.lemma_.lower() in INFORMATION_NOUNS for g in given for o in g.children)
    return "SpeechAct" if told else None


def nominal_call_type(token: Token) -> str | None:
    """`un appel de Washington à la « retenue »`: a call named by its noun, with who made it (`de X`) and what it
    asks for (`à ...`)."""
    if token.lemma_.lower() not in CALL_NOUNS or token.pos_ != "NOUN":
        return None
    of = of_phrase(token)
    if of is None or of.pos_ != "PROPN":
        of = caller_adjective(token)  # `un appel chinois à un cessez-le-feu`
    if of is None:  # `un appel à la trêve lancé par le pape`: what it asks for first, then who made it
        return "Statement" if call_launcher(token) is not None and re.match(
            r"\s*(?:\w+\s+)?(?:à|au|aux)\s", text_after(token, 30)) else None
    last = max(t.i for t in of.subtree)  # `de Washington` (its whole name), then `à la retenue`
    # `malgré les appels de Kiev`: a call defied is one made, whatever it asked for
    defied = any(c.dep_ == "case" and c.lower_ == "malgré" for c in token.children)
    return "Statement" if defied or re.match(r"\s*(?:à|au|aux)\s", text_after(token.doc[last], 6)) else None


def call_launcher(call: Token) -> Token | None:
    """`un appel à la trêve lancé par le pape`, `l'appel au calme formulé mardi par X`: the head of who made a call,
    the agent of the participle that launched it."""
    asked = [c for c in call.children if c.dep_ == "nmod" and c.i > call.i and any(
        g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in c.children)]  # the parser may hang it there
    for verb in (c for h in (call, *asked) for c in h.children if c.dep_ == "acl" and c.i > call.i and (
            c.lemma_.lower() in LAUNCHING)):
        agent = next((c for c in verb.children if c.dep_ in ("obl:agent", "obl", "nmod") and c.i > verb.i and any(
            g.dep_ == "case" and g.lower_ == "par" for g in c.children)), None)
        if agent is not None:
            return agent
    return None


def of_phrase(noun: Token) -> Token | None:
    """The first `de` phrase after a noun (`un appel de Washington`, `les appels de Kiev`): its head."""
    return next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
        g.lower_ in OF for g in c.children)), None)


def caller_adjective(call: Token) -> Token | None:
    """`un appel chinois à ...`: a nationality adjective right after the noun says whose call it is."""
    after = call.doc[call.i + 1] if call.i + 1 < len(call.doc) else None
    found = after is not None and after.head.i == call.i and after.text.islower() and demonym_country(after.text)
    return after if found else None


def nominal_speaker(token: Token) -> Token | None:
    """`la reconnaissance officielle par le Nord de l'envoi`, `des déclarations de responsables occidentaux`: the
    head of who spoke, for speech named by its noun (`par X`; `de X` for the nouns whose `de` is the speaker: a
    name or a speaker's noun). None when the noun names no speech or no speaker."""
    noun = token.lemma_.lower()
    if noun not in SPEECH_NOUNS or token.pos_ != "NOUN":
        return None
    for phrase in (c for c in token.children if c.dep_ == "nmod" and c.i > token.i):
        marks = {g.lower_ for g in phrase.children if g.dep_ == "case"}
        said_by = "par" in marks or (marks & OF and (noun in SAID_BY_OF or _joint_of(token, phrase)))
        if said_by and (phrase.pos_ == "PROPN" or hyphenated(phrase) in PERSON_NOUNS or is_source_noun(phrase)):
            return phrase
    return None


def _joint_of(noun: Token, phrase: Token) -> bool:
    """`les condamnations de Tokyo et de Washington`: a plural noun of speech whose `de` phrase is a name joined to
    another `de` name speaks for both (the condemned would rarely come as a pair of states; `la condamnation de
    l'opposant`, `les condamnations de Navalny et de Iachine` to prison stay the ones condemned)."""
    return "Plur" in noun.morph.get("Number") and phrase.pos_ == "PROPN" and phrase.ent_type_ != "PER" and any(
        c.pos_ == "PROPN" and any(g.dep_ == "case" and g.lower_ in OF for g in c.children)
        for h in (noun, phrase) for c in h.children if c.dep_ == "conj" and c.i > phrase.i)


def joint_speaker_phrases(noun: Token) -> list[Token]:
    """`la déclaration commune de la Chine et de la Russie`, `les condamnations de Tokyo et de Washington`: the
    heads of the speakers of a noun of speech joined by `et` (the parser may hang the second on the noun)."""
    first = nominal_speaker(noun)
    if first is None:
        return []
    more = [c for h in (noun, first) for c in h.children if c.dep_ == "conj" and c.i > first.i and any(
        g.dep_ == "case" and (g.lower_ in OF or g.lower_ == "par") for g in c.children)]
    return [first, *more] if more else []


def nominal_speech_type(token: Token) -> str | None:
    return SPEECH_NOUNS[token.lemma_.lower()] if nominal_speaker(token) is not None else None


def stated_feeling(token: Token) -> bool:
    """`X est « très préoccupé » par ...`: a state of mind with `être`, in guillemets (the speaker's own word, as a
    spokesman or the article quotes it), is a statement of X; `X est préoccupé` in the article's voice is not."""
    if token.lower_ not in FEELINGS or not any(c.dep_ == "cop" for c in token.children):
        return False
    before = token.doc[max(0, token.i - 3):token.i]
    return any(t.text == "«" for t in before) and all(t.text == "«" or t.pos_ == "ADV" for t in
                                                     before[[t.text for t in before].index("«"):])


def stated_manner(token: Token) -> bool:
    """`Paul Durand a été clair : « ... »`, `La ministre s'est montrée catégorique : « ... »`: how the subject spoke
    (an adjective with `être`, or `se montrer` with its adjective), then the colon and the quote that shows it; not
    `le ciel est clair` (no quote)."""
    if token.lower_ in MANNERS and any(c.dep_ == "cop" for c in token.children):
        manner = token
    elif token.lemma_ == "montrer" and token.pos_ == "VERB" and token.i + 1 < len(token.doc) and is_reflexive(token):
        manner = token.doc[token.i + 1]
        if manner.lower_ not in MANNERS or manner.head.i != token.i:
            return False
    else:
        return False
    subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
    return subject is not None and _may_speak(subject) and re.match(r"\s*:\s*«", text_after(manner, 8)) is not None


def _may_speak(subject: Token) -> bool:
    """A name, a subject pronoun, a speaker's noun (`le ministre`, `la police`) or the words they spoke in (`le
    message de X`, `sa réponse`): not `le ciel`."""
    return subject.pos_ == "PROPN" or subject.lower_ in CLITIC_SUBJECTS or _speaker_noun(subject) or (
        subject.lemma_.lower() in DOCUMENT_NOUNS | CARRIERS | {"réponse", "ton", "propos"})


def reporting_type(token: Token) -> str | None:
    return attribution_type(token) or verb_type(token) or ("Statement" if left_open(token) else None) or (
        silence_type(token)) or _withheld_type(token) or (
        nominal_call_type(token)) or nominal_speech_type(token) or ("Statement" if stated_feeling(token) else None) or (
        "Statement" if stated_manner(token) else None) or (
        _information_withheld(token)) or ("SpeechAct" if silent_stance(token) is not None else None) or (
        "SpeechAct" if verbless_silence(token) is not None else None) or _words_held(token) or (
        "SpeechAct" if unanswered(token) is not None else None)


# `Ces propos ont été tenus jeudi par X`, `X a tenu des propos rassurants`, `des paroles prononcées par X`: a verb
# whose object (or passive subject) is the words themselves reports them
WORDS_NOUNS = {"propos", "paroles", "mots"}
HOLDING_VERBS = {"tenir", "prononcer"}


def left_open(verb: Token) -> bool:
    """`n'a pas exclu de viser des banques`, `n'exclut pas de nouvelles sanctions`, `sans exclure de nouvelles
    interpellations`: a possibility the subject leaves open, a stance of theirs (a Statement that took place, not a
    negated act). `a exclu X du parti` (put out) and `une hausse n'est pas exclue` (no one holds it) are not."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LEFT_OPEN or any(
            c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return False
    if left_unsaid(verb):  # `sans exclure`
        return True
    words = _own_words(verb)
    return bool(words & NE and words & {"pas", "jamais", "plus"}) and verb.dep_ != "xcomp"


def _words_held(verb: Token) -> str | None:
    """A statement: a verb of holding or uttering whose object, passive subject or noun described is the words
    (`a tenu des propos`, `ces propos ont été tenus`, `les propos tenus par X`); not its infinitive."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOLDING_VERBS or "Inf" in verb.morph.get("VerbForm"):
        return None
    held = any(c.dep_ in ("obj", "nsubj:pass") and c.lower_ in WORDS_NOUNS for c in verb.children) or (
        verb.dep_ == "acl" and verb.head.lower_ in WORDS_NOUNS)  # `les propos tenus par X`
    return "Statement" if held else None


def _information_withheld(verb: Token) -> str | None:
    """`n'a avancé aucun calendrier`, `n'a fourni aucune précision`, `sans donner de détails`: information a speaker
    did not give, a negated statement of theirs (given, `a donné des détails` may be any act: not read here)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVE_VERBS | {"avancer"}:
        return None
    # `n'a pas communiqué de bilan`: the partitive after the negation, which the parser may take for a `de` phrase
    told = [o for o in verb.children if o.lemma_.lower() in INFORMATION_NOUNS and (o.dep_ == "obj" or (
        o.dep_.startswith("obl") and 0 < o.i - verb.i <= 3 and any(
            g.dep_ == "case" and g.lower_ in OF and g.i == o.i - 1 for g in o.children)))]
    if not told:
        return None
    negated = left_unsaid(verb) or bool(_own_words(verb) & (NEGATIONS - {"point"})) or _none_said(verb)
    return "Statement" if negated else None


def trigger_span(token: Token) -> tuple[int, int]:
    """The verb with an auxiliary or reflexive right before it (`a rapporté`, `s'est dit`) and its particle
    (`mis en garde`, `fait savoir`, `porté un toast`); `d'après` whole."""
    start, end = token.idx, token.idx + len(token.text)
    if (token.lower_ == "après" or in_eyes_of(token)) and token.i > 0:  # `d'après`, `Aux yeux`
        return token.doc[token.i - 1].idx, end
    # `Aucune réaction n'est venue`, `restées sans réponse`, `Il n'y a eu aucune réponse`: the noun
    if token.pos_ == "NOUN" and (no_word_came(token) or unanswered(token) is not None or (
            _there_was_none(token) and verbless_silence(token) is not None)):
        return start, end
    if verbless_silence(token) is not None:  # `Pas de réaction`, `Aucun commentaire`: the words that say none came
        first = token.doc[token.i - 2] if token.doc[token.i - 2].lower_ == "pas" else token.doc[token.i - 1]
        return first.idx, end
    if left_unsaid(token) or left_open(token):  # `sans évoquer`, `n'exclut pas`
        return _negation_span(token)
    if token.pos_ == "NOUN" and silence_type(token):  # `s'est refusé à tout commentaire`
        return trigger_span(token.head)[0], end
    if _refused_infinitive(token):  # `a refusé de qualifier`: the refusal is the (negated) act
        return trigger_span(token.head)
    if token.lower_ in ("auprès", "de", "d'", "d’"):  # `appris auprès`, `appris de source diplomatique`
        learnt = token.doc[token.i - 1] if token.i > 0 and token.doc[token.i - 1].lemma_ == "apprendre" else token
        return learnt.idx, end
    kept, i = {token.i}, token.i - 1
    while i >= 0 and _joins_verb_group(token.doc[i], token, kept, start):
        start, i = token.doc[i].idx, i - 1
        kept.add(i + 1)
    particle = particle_of(token)
    if particle is not None:
        end = particle.idx + len(particle.text)
    for child in token.children:
        if child.i > token.i and child.lemma_ == "savoir" and child.i - token.i <= 2:
            end = child.idx + len(child.text)
    carried = _carried_words(token) or silent_stance(token)  # `a adressé ses condoléances`, `est resté muet`
    return start, carried.idx + len(carried.text) if carried is not None else end


def _negation_span(token: Token) -> tuple[int, int]:
    """`sans évoquer`; `n'exclut pas`, `n'a jamais exclu`: the verb with its negation, before it and after it."""
    start, end = token.idx, token.idx + len(token.text)
    if left_unsaid(token):
        return next(c.idx for c in token.children if c.lower_ == "sans"), end
    last = max((c for c in token.children if c.lower_ in ("pas", "jamais", "plus") and c.i > token.i),
               key=lambda c: c.i, default=None)
    end = last.idx + len(last.text) if last is not None and last.i - token.i <= 2 else end
    kept, i = {token.i}, token.i - 1
    while i >= 0 and (_joins_verb_group(token.doc[i], token, kept, start) or token.doc[i].lower_ in (
            "ne", "n'", "n’", "pas", "jamais", "plus", "toujours")) and token.doc[i].head.i == token.i:
        start, i = token.doc[i].idx, i - 1
        kept.add(i + 1)
    return start, end


def _joins_verb_group(word: Token, verb: Token, kept: set[int], start: int) -> bool:
    """A word right before the verb group so far (an auxiliary, a clitic) that belongs to it."""
    return (word.head.i in kept or word.lower_ in INVERTED_CLITICS) and _verb_group_word(word, verb) and (
        word.idx + len(word.text) >= start - 1)


def _refused_infinitive(token: Token) -> bool:
    """`a refusé de qualifier`, `s'est abstenu de commenter`: a verb of speech governed by a refusal before it."""
    return token.dep_ == "xcomp" and token.head.i < token.i and token.head.lemma_.lower() in REFUSALS and (
        "Inf" in token.morph.get("VerbForm")) and lemma_of(token) in SAID_VERBS and not (  # `refusant de surveiller`
        _judicial(token, lemma_of(token)))  # `refuse de reconnaître l'indépendance`: a deed, refused


def _carried_words(verb: Token) -> Token | None:
    """`n'a pas adressé de félicitations`: the noun of the words a negated verb of giving carries, its object a few
    words on (no words were given: the act is named by the noun, as `aucune déclaration`); `a adressé un message de
    condoléances`: the words of the message a verb of sending carries name the act too (the trigger runs on
    to them)."""
    if verb.pos_ != "VERB":
        return None
    if any(c.lower_ in ("n'", "n’", "ne") for c in verb.children):
        return next((t for t in verb.doc[verb.i + 1:verb.i + 5] if t.lower_ in CARRIED_WORDS and t.head.i == verb.i),
                    None)
    if verb.lemma_.lower() not in SENDING_VERBS:
        return None
    # `un message de condoléances`, `a adressé ses condoléances`: the condolences name the act (a protest sent is
    # told by its verb)
    return next((t for t in verb.doc[verb.i + 1:verb.i + 8] if t.lower_ in CARRIED_WORDS and (
        _sent_by(t, verb) if t.head.i != verb.i else t.lower_ in GREETINGS and t.dep_ == "obj" and not any(
            w.text == "«" for w in verb.doc[verb.i + 1:t.i]))), None)  # `« les vœux sincères »`: the quote


def _sent_by(words: Token, verb: Token) -> bool:
    """The `de` of the verb's object (`un message de condoléances`)."""
    carrier = words.head
    return carrier.head.i == verb.i and carrier.dep_ == "obj" and carrier.lower_ in CARRIERS and any(
        c.dep_ == "case" and c.lower_ in OF for c in words.children)


def _verb_group_word(word: Token, verb: Token) -> bool:
    """An auxiliary, a clitic (`s'`), the inverted pronoun with its `-t-` (`a-t-il`, which the parser may call the
    subject) or the `fait` of `a fait savoir`: part of the reporting verb's group."""
    clitic = word.lower_ in INVERTED_CLITICS or (word.lower_ == "en" and word.pos_ == "PRON")  # `s'en est pris`
    # `a tweeté`, both words unplaced by the tagger: the auxiliary's lemma
    auxiliary = word.lemma_ in ("avoir", "être") and word.pos_ == "X" and verb.pos_ == "X"
    return word.dep_.startswith(("aux", "expl")) or word.pos_ == "AUX" or clitic or auxiliary or (
        _causative(word, verb))


def hyphenated(token: Token) -> str:
    """The word a hyphen joins the token to (`état-major`, `garde-côtes`), which the tokenizer may cut in three."""
    doc, words, i = token.doc, [token.lower_], token.i
    while i + 2 < len(doc) and inner_hyphen(doc[i + 1]):
        words.append(doc[i + 2].lower_)
        i += 2
    return "-".join(words)


def is_source_noun(head: Token) -> bool:
    """`des sources`, `l'état-major`, `les garde-côtes`: a noun that names who a `selon` has the news from."""
    word = hyphenated(head)
    return head.lemma_.lower() in SOURCE_NOUNS or word in SOURCE_NOUNS or re.sub(r"s$", "", word) in SOURCE_NOUNS


def phrase_start(token: Token) -> int:
    """Where the reporting phrase starts: before a verb that only frames the reporting one (`s'est-il contenté de
    répondre`, `a-t-elle tenu à rappeler`, `s'est borné à dire`), else at the trigger."""
    head = token.head
    if token.dep_ == "xcomp" and 0 < token.i - head.i <= 3 and head.lemma_.lower() in FRAMING_VERBS:
        return trigger_span(head)[0]
    return trigger_span(token)[0]


def _causative(word: Token, verb: Token) -> bool:
    """`fait` of `a fait savoir`, `ont fait valoir`: part of the reporting phrase."""
    return word.lemma_ == "faire" and verb.lemma_ in ("savoir", "valoir")


def in_relative_clause(token: Token) -> bool:
    """In a relative clause (`Kim, qui est arrivé mardi, a déclaré`): its verb has a relative pronoun, or is one
    whose pronoun the parser hung on a word before it (`X, un militant dont l'association avait lancé des tracts,
    a assuré`: `dont` on `association`)."""
    clause = token.head if token.dep_.startswith("aux") else token
    return any(c.lower_ in RELATIVE_PRONOUNS for c in clause.children) or (clause.dep_ == "acl:relcl" and any(
        t.lower_ in RELATIVE_PRONOUNS for t in clause.doc[clause.left_edge.i:clause.i]))


def is_participle(token: Token) -> bool:
    """`accusant`, `jugeant`, `tout en laissant entendre`: a present participle without a subject of its own."""
    return (token.lower_.endswith("ant") and "Part" in token.morph.get("VerbForm")) or (
        token.lower_.endswith("ant") and token.pos_ == "VERB" and token.dep_ in ("advcl", "acl", "advmod", "conj")) or (
        token.lower_.endswith("ant") and token.pos_ == "VERB" and _after_comma(token))


def _after_comma(token: Token) -> bool:
    """`, les qualifiant d'« ironiques »`: a clause set off by a comma, its object clitics aside (whatever the parser
    made of it)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].lower_ in OBJECT_CLITICS:
        i -= 1
    return i >= 0 and token.doc[i].text == ","


def is_plural(verb: Token) -> bool:
    """A verb in the plural (`soupçonnent`, `ont déclaré`): several subjects may share it."""
    if verb.lower_.endswith("ent") and JOINED_NAMES.search(_text_before(verb, 60)):
        return True  # `Séoul et Washington accusent`: a present plural the tagger took for a singular
    if any("Plur" in t.morph.get("Number") and "Fin" in t.morph.get("VerbForm")
           for t in [verb, *verb.children] if t is verb or t.dep_.startswith("aux")):
        return True
    # `X et Y ont condamné ... et réclamé`: a participle sharing the auxiliary of the verb before it shares its number
    shares = verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ == "VERB" and "Part" in verb.morph.get(
        "VerbForm") and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)
    return shares and is_plural(verb.head)


def _verb_forms(token: Token) -> list[Token]:
    """The verb, the modal it depends on (`devraient évoquer`) and its auxiliaries (`aurait qualifié`)."""
    modal = [token.head] if token.dep_ == "xcomp" and token.head.lemma_ in MODALS else []
    own = [] if is_participle(token) else [token]  # `qualifiant`, which the tagger may call a future: no tense
    return [*own, *modal, *(c for c in token.children if c.dep_.startswith("aux"))]


def _conditional(form: Token) -> bool:
    return "Cnd" in form.morph.get("Mood") or is_conditional(form) or form.lower_.endswith(("rait", "raient"))


def speech_status(token: Token) -> str:
    """negated (`n'a pas commenté`, `a refusé de donner des détails`), hypothetical (`l'aurait qualifié de`,
    `pourrait annoncer`: conditional or possible), planned (`annoncera`, `doit s'exprimer`, `devrait évoquer`:
    future or expected), else occurred."""
    if is_refused(token) and not left_open(token):
        return "negated"
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and _conditional(token.head):
        return "hypothetical"  # `un appel chinois à un cessez-le-feu reviendrait à ...`: a call that is not made
    if token.pos_ not in ("VERB", "AUX"):
        return "occurred"  # `selon X`, `un appel de X`: the article reports it as said
    if intended(token):
        return "planned"  # `compte exprimer`, `entend rappeler`: an intention
    forms = _verb_forms(token)
    modal = next((f.lemma_ for f in forms if f.lemma_ in MODALS and f is not token), None)
    if modal == "pouvoir" or (modal is None and any(_conditional(f) for f in forms)):
        return "hypothetical"
    if modal in ("devoir", "aller") or any("Fut" in f.morph.get("Tense") or is_future(f) for f in forms):
        return "planned"
    return "occurred"


def intends(word: Token) -> bool:
    """`compte`, `entend`, `souhaite`: a verb of intention (which the tagger may take for a noun: `le dirigeant
    compte exprimer`), right before an infinitive."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    forms = INTENTIONS.get(word.lemma_.lower()) or INTENTIONS.get(re.sub(PRESENT_ENDING, "er", word.lower_))
    while after is not None and after.pos_ == "ADV" and after.i + 1 < len(word.doc):
        after = word.doc[after.i + 1]  # `compte également exprimer`
    return forms is not None and word.lower_ in forms and after is not None and "Inf" in after.morph.get("VerbForm")


def intended(token: Token) -> bool:
    """An infinitive right after a verb of intention (its adverbs aside): what the subject means to say."""
    if "Inf" not in token.morph.get("VerbForm"):
        return False
    i = token.i - 1
    while i > 0 and token.doc[i].pos_ == "ADV" and token.doc[i].lower_ not in ("pas", "jamais", "plus"):
        i -= 1
    return i >= 0 and intends(token.doc[i])


def is_foreseen(token: Token) -> bool:
    """`a prévenu que son pays répondrait « par la force »`: a verb in the future or the conditional inside what
    someone says is what they foresee, not speech of its own (the quote is theirs)."""
    if not any("Fut" in t.morph.get("Tense") or _conditional(t) for t in _verb_forms(token)):
        return False  # the tagger takes some conditionals for imperfects
    sentence = sentence_of(token)
    if any(sentence.start <= a.i < sentence.end and a.pos_ == "VERB" and reporting_type(a) is not None
           for a in token.ancestors):
        return True
    return any(_postposed_report(t) for t in token.doc[token.i + 1:sentence.end])


def _postposed_report(token: Token) -> bool:
    """`Moscou ne reconnaîtra pas ce vote, a prévenu X`: a reporting verb after a comma, its clause before it
    (whatever the parser hung on what)."""
    if token.pos_ != "VERB" or verb_type(token) is None:
        return False
    start, end = trigger_span(token)
    text = doc_text(token.doc)
    return bool(re.search(r",\s*$", text[max(0, start - 4):start])) and not INTRODUCES.match(text[end:end + 6])


def is_passive(token: Token) -> bool:
    """`a été confirmée par`, `critiquée par Kiev`, `qualifiées de « propagande » par l'agence KCNA`."""
    if any(c.dep_ == "aux:pass" for c in token.children) or _passive_with_copula(token):
        return True
    # `qualifiées par X de ...`; `, présenté par le régime comme « ... »`, which the parser may hang as a clause
    participle = token.dep_ in ("acl", "advcl") and token.lower_.endswith(("é", "ée", "és", "ées")) and not any(
        c.dep_.startswith("aux") for c in token.children)
    return participle and (text_after(token, 5).startswith(" par ") or any(
        c.dep_ == "obl:agent" and any(g.lower_ == "par" for g in c.children) for c in token.children))


def _passive_with_copula(token: Token) -> bool:
    """`que l'approvisionnement était garanti`, `la nouvelle est confirmée`: a past participle with `être` the parser
    calls a copula is a passive all the same (its subject is what was said, never who said it)."""
    if token.lower_ in FEELINGS:
        return False  # `est « très préoccupé » par ces développements`: a state the subject is in, and says
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") and (
        any(c.dep_ == "cop" and c.lemma_ == "être" for c in token.children))
