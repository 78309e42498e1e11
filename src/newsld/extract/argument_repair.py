"""Mend the parse of a verb whose arguments follow a day word: `a opposé mercredi son veto à`, `a reçu lundi à
Séoul par le président X`, `a poursuivi samedi sa tournée`.

French wire copy sets the day of an act right after the verb, before its object and complements (`a signé jeudi un
accord`, `a accepté jeudi la démission de`, `se sont entretenus mercredi à Séoul avec`). The parser often reads
the day as a noun heading what follows: the object becomes a modifier of the day (`mercredi son veto`: `veto` an
`nmod` of `mercredi`), a complement or the agent of a passive hangs on it (`reçu lundi à Séoul par le président`),
or the day itself takes a slot (`a été reçu lundi à Séoul par X`: `lundi` an `xcomp`). The verb then has no
object, no partner, no agent, and the event built on it loses its roles or is lost.

A day word never takes an object, a partner or an agent: this pipeline component, run after the parser, hangs
the day on the verb as a time modifier and moves to the verb the object, the `par` agent and the `avec`, `contre`,
`de` complements the parse gave the day; the words of the time expression stay on it (`soir`, `dernier`,
`14 mars`, `à l'aube`, `et vendredi`), and so does a place (`à Minsk`: where, as often as to whom). Dependency
lookups only: the tokens of a day word and its children, no second parse.

It also hangs a passive participle set after a comma at the end of a clause on the noun it describes: `a opposé son
veto à un projet de résolution, présenté par les États-Unis`. The parser makes `présenté` an adverbial clause of
the main verb, whose subject (`la Russie`) it then seems to share; the participle agrees with the noun before the
comma (`projet`), not with that subject, and its agent is its own `par` complement. So does a bare participle of a
verb of coming after the person named before the comma: `a reçu Sergueï Lavrov, arrivé la veille à Hanoï`.

Two more misparses of the same kind, mended here so that every reader of the tree sees the argument in its slot:

- A `par` phrase after a time phrase hangs on its noun: `X, reçu dans la matinée par Y` (`Y` an `nmod` of
  `matinée`), `a été arrêté en mars par la police`. A time never has an agent: the phrase is the verb's agent.
- A relative `que` after a noun and a comma read as a conjunction: `son ministre, qu'il avait décoré en février`
  (`décoré` a `ccomp` of the main verb, `que` its `mark`). A relative `que` is the object of its clause, and the
  clause describes the noun before the comma: the clause is hung on that noun and `que` made its object (of the
  infinitive under the clause's verb: `Joe Biden, qu'il est venu presser de`).
- The subject of a participle set between commas after it (`Le président chinois, arrivé lundi à Budapest, a
  rencontré X`) is the main verb's; an adverbial infinitive after a relative clause and a comma (`une base où sont
  formés des soldats, avant de remettre`) is the main verb's; a noun behind `des` after a day the parse took for
  the object is the object (`a reçu lundi des représentants`).
- A relative pronoun fused with `à` or `de` read as a subject, an object or a noun's complement: `le sommet auquel
  participeront X et Y` (`auquel` the subject), `le pays auquel la Russie a livré` (`auquel` a complement of
  `Russie`). `auquel`, `auxquels`, `duquel` are a preposition and a pronoun: the `à` or `de` complement of the verb
  of their clause (past a modal: `auquel X pourrait participer` is the complement of `participer`), never its
  subject; so are `lequel`, `laquelle`, `qui` behind their preposition (`à laquelle`, `avec qui`).
- A noun right after a past participle joined by `et` to a verb in a compound tense, read as its subject: `X a
  limogé Y et nommé Z à sa place`. The participle shares the first verb's auxiliary and subject; the noun is its
  object.
- Present participles of consequence: a second one after `et` that the parse joins to the first one's object
  (`tuant trois civils et blessant un marin`), or whose object it hangs on that object (`tuant deux marins et en
  blessant quatre autres`), is joined to the first participle with its own object; a participle of harm after a
  comma hung on the main verb's object (`a dispersé la manifestation, blessant plusieurs étudiants`) is an
  adverbial clause of the main verb, whose subject does it.

:func:`noun_right_before` tells a third (a participle right after a noun, hung elsewhere) without mending it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

ARGUMENT_REPAIR_COMPONENT = "newsld_argument_repair"

DAY_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain",
             "aujourd'hui", "aujourd’hui"}
# Words that belong to the time expression a day word heads, kept on it: `dimanche soir`, `lundi dernier`,
# `jeudi 14 mars 2024`, `mercredi à l'aube`, `jeudi en fin de journée`, `mardi à 10 h`, `jeudi et vendredi`.
TIME_PARTS = {"matin", "matinée", "soir", "soirée", "midi", "après-midi", "nuit", "aube", "aurore", "fin", "début",
              "heure", "heures", "h", "journée", "minuit", "dernier", "dernière", "prochain", "prochaine", "passé",
              "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre", "semaine", "mois", "an", "année", "veille", "lendemain", "local", "locale",
              "gmt", "utc", "même"} | DAY_WORDS
# The slot a moved dependent takes on the verb, by the preposition it stands behind (none: the object). Not `à`,
# `en`, `dans`: `a annoncé lundi à Minsk` is where as often as to whom, and the day is as good a head for a place.
SLOT_BY_PREPOSITION = {None: "obj", "par": "obl:agent", "avec": "obl:arg", "contre": "obl:arg", "de": "obl:arg",
                       "d'": "obl:arg", "du": "obl:arg", "des": "obl:arg"}
ARGUMENT_POS = {"NOUN", "PROPN", "X", "NUM"}


@Language.component(ARGUMENT_REPAIR_COMPONENT)
def repair_arguments(doc: Doc) -> Doc:
    """Hang every day word set after its verb on the verb, with the arguments the parse gave it (module docstring)."""
    for token in doc:
        if token.lower_ in DAY_WORDS and token.pos_ in ("NOUN", "PROPN", "ADV"):
            verb = verb_before(token)
            if verb is not None:
                _free_arguments(token, verb)
    for token in doc:
        noun = described_noun(token)
        if noun is not None:
            token.head, token.dep_ = noun, "acl"
    for token in doc:
        _agent_behind_a_time(token)
        _relative_object(token)
        _adverbial_after_relative(token)
        _subject_before_detached_participle(token)
        _participle_taken_for_the_main_verb(token)
        _finite_verb_taken_for_a_description(token)
        _object_taken_for_a_subject(token)
        _prepositional_relative(token)
        _absolute_compound_subject(token)
        _partitive_object_behind_a_place(token)
        _subject_behind_a_source(token)
    for token in doc:  # (once the other repairs are done: they may move the words these read)
        _joined_present_participle(token)
        _participle_of_harm(token)
    return doc


PARTITIVE_OF = {"de", "d'", "d’"}
SOURCE_CASES = {"selon", "après"}  # `selon X`, `d'après X` (`après` fixed to `d'`)


def _subject_behind_a_source(source: Token) -> None:
    """`Selon un diplomate australien, la Chine a critiqué Canberra`: a noun behind `selon` or `d'après` says who
    tells, and is never a subject; where the parse makes it the verb's subject (or leaves the verb none) and the
    name after its comma an apposition of it, that name is the subject and the source a complement of the verb."""
    verb = source.head
    subjectless = source.dep_.startswith("obl") and not any(c.dep_.startswith("nsubj") for c in verb.children)
    if not (source.dep_.startswith("nsubj") or subjectless) or verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "case" and c.lower_ in SOURCE_CASES for c in source.children):
        return
    # (`Selon son porte-parole, le colonel X, des garde-côtes ...`: a second comma closes a true apposition)
    subject = next((c for c in source.children if c.dep_ == "appos" and c.i > source.i and c.i < verb.i and (
        source.doc[c.left_edge.i - 1].text == ",") and source.doc[c.right_edge.i + 1].text != ","), None)
    if subject is None:
        return
    for joined in [c for c in source.children if c.dep_ in ("conj", "cc") and c.i > subject.i]:
        joined.head = subject  # `MM. Aliev et Pachinian`: the names joined to the subject are its own
    subject.head, subject.dep_ = verb, source.dep_ if source.dep_.startswith("nsubj") else "nsubj"
    source.dep_ = "obl:mod"


def _partitive_object_behind_a_place(noun: Token) -> None:
    """`a eu vendredi à Rome de longs entretiens avec X`, `a annoncé à Tokyo de nouvelles sanctions`: a plural noun
    after `de` and an adjective (the partitive `des` before an adjective) that the parse hangs on the place named
    before it is the object of the verb the place hangs on, when that verb has none."""
    place = noun.head
    if noun.dep_ != "nmod" or noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number") or (
            place.pos_ != "PROPN" or place.i > noun.i or not place.dep_.startswith("obl")):
        return
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    adjective = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i), None)
    verb = place.head
    if case is None or case.lower_ not in PARTITIVE_OF or adjective is None or not case.i < adjective.i < noun.i or (
            verb.pos_ != "VERB" or any(c.dep_ == "obj" for c in verb.children)):
        return
    noun.head, noun.dep_ = verb, "obj"


# Verbs of harm whose present participle, after a comma, tells what the main clause's act did (`tuant`, `blessant`,
# `faisant trois morts`)
HARM_VERBS = {"tuer", "blesser", "détruire", "endommager", "causer", "provoquer", "faire"}


def _participle_of_harm(participle: Token) -> None:
    """`La police a dispersé la manifestation, blessant plusieurs étudiants`: a present participle of harm set after
    a comma, with an object of its own, that the parse hangs on the object before the comma (as an adjective or a
    clause describing it) tells what the main clause's act did: its subject is the main clause's, and it is hung
    on that verb as an adverbial clause (as the parse does with `tuant` after a name)."""
    # (read for every word of the doc: the tags before the morphology, the cheapest first)
    if participle.dep_ not in ("amod", "acl") or participle.lemma_.lower() not in HARM_VERBS or participle.i < 2 or (
            participle.doc[participle.i - 1].text != ",") or not present_participle(participle):
        return
    noun = participle.head
    verb = noun.head
    if noun.pos_ not in ARGUMENT_POS or noun.i > participle.i or noun.dep_ not in (
            "obj", "obl:mod", "obl", "obl:arg", "nmod") or not any(c.dep_ == "obj" for c in participle.children):
        return
    if noun.dep_ == "nmod" and verb.pos_ in ARGUMENT_POS:  # `un immeuble de Kharkiv, tuant`: the noun's noun
        verb = verb.head
    if verb.pos_ == "VERB" and verb.i < noun.i and any(c.dep_.startswith("nsubj") for c in verb.children):
        participle.head, participle.dep_ = verb, "advcl"


def _joined_present_participle(second: Token) -> None:
    """`tuant trois civils et blessant un marin`, `tuant deux marins et en blessant quatre autres`: a present
    participle after `et` that the parse joins to the object of the present participle before it (and whose own
    object it gives to that object, or to the first participle) is a second act of the same subject: it is joined
    to the first participle, and the words after it are its object."""
    if second.dep_ != "conj" or not present_participle(second) or any(c.dep_ == "obj" for c in second.children):
        return
    if present_participle(second.head) and second.head.i < second.i:
        first = second.head  # joined to the participle: its object may not be
        noun = next((c for c in first.children if c.dep_ == "obj" and c.i < second.i), None)
        stray = [c for c in noun.children if c.i > second.i and c.dep_ in ("nmod", "conj") and not any(
            g.dep_ == "case" for g in c.children)] if noun is not None else []
        if stray:  # `tuant deux marins et en blessant quatre autres`, the parse hanging `autres` on `marins`
            stray[0].head, stray[0].dep_ = second, "obj"
        return
    noun = second.head
    first = noun.head
    if noun.pos_ not in ARGUMENT_POS | {"ADJ"} or (
            noun.dep_ != "obj" or not present_participle(first) or not first.i < noun.i < second.i):
        return
    objects = [c for c in (*noun.children, *first.children) if c.i > second.i and (
        (c.dep_ in ("conj", "nmod") and c.head.i == noun.i and not any(g.dep_ == "case" for g in c.children))
        or (c.dep_ == "obj" and c.head.i == first.i))]
    second.head, second.dep_ = first, "conj"
    if objects:
        objects[0].head, objects[0].dep_ = second, "obj"


def present_participle(token: Token) -> bool:
    """`tuant`, `blessant`: a present participle (the gerund's too, `en blessant`)."""
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


COMPOUND_PARTICIPLE_AUXILIARIES = {"ayant", "étant"}
SUBJECT_SPAN_POS = {"DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT", "X"}


def _absolute_compound_subject(verb: Token) -> None:
    """`..., Moscou et Pékin ayant bloqué toutes les initiatives`: the names between a comma and `ayant` are the
    subject of the absolute participle, which the parse often joins to the object before the comma (`Moscou` a
    conjunct of `déclaration`); the first is made its subject, the others conjuncts of the first."""
    auxiliary = next((c for c in verb.children if c.dep_.startswith("aux")
                      and c.lower_ in COMPOUND_PARTICIPLE_AUXILIARIES and c.i == verb.i - 1), None)
    if auxiliary is None or verb.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return
    span = _words_after_comma(verb.doc, auxiliary.i)
    heads = [t for t in span if t.head.i not in {w.i for w in span} and t.pos_ in ("PROPN", "NOUN", "X")]
    if not heads or verb in {a for t in span for a in t.ancestors} or any(
            verb.i in {w.i for w in t.subtree} for t in heads):
        return
    heads[0].head, heads[0].dep_ = verb, "nsubj"
    for other in heads[1:]:
        other.head, other.dep_ = heads[0], "conj"


def _words_after_comma(doc: Doc, end: int) -> list[Token]:
    """The words between the last comma before `end` and `end`, when all may be a noun phrase list (`Moscou et
    Pékin`, `la Russie, la Chine et l'Iran`); none otherwise."""
    start = end - 1
    while start >= 0 and doc[start].text != "," and doc[start].pos_ in SUBJECT_SPAN_POS and end - start < 12:
        start -= 1
    if start < 0 or doc[start].text != "," or start + 1 >= end:
        return []
    return list(doc[start + 1:end])


def noun_right_before(participle: Token) -> Token | None:
    """`l'expulsion d'un diplomate russe soupçonné d'avoir obtenu`: a bare past participle set right after a noun
    (past its adjectives, no comma between) describes that noun, though the parse makes it an adverbial clause of
    the verb before or hangs it on a noun it does not agree with; the noun then does what the participle's
    infinitive says. Read by events.subject_of, not mended in the tree: the noun's mention must not grow to hold
    the participle's clause."""
    head = participle.head
    misplaced = participle.dep_ == "advcl" or (participle.dep_ == "acl" and not _agrees(head, participle))
    if not misplaced or head.i >= participle.i or not _bare_past_participle(participle):
        return None  # (an `acl` on a noun it disagrees with: `l'expulsion d'un diplomate soupçonné`)
    noun = participle.doc[participle.i - 1]
    while noun.dep_ in ("amod", "flat:name", "flat") and noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= head.i or noun in list(participle.subtree):
        return None
    return noun if _agrees(noun, participle) and _marked(noun, participle) else None


def _marked(noun: Token, participle: Token) -> bool:
    """Both words carry gender or number: agreement is then a sign, not the absence of one."""
    return any(noun.morph.get(f) and participle.morph.get(f) for f in ("Gender", "Number"))


def _bare_past_participle(token: Token) -> bool:
    """A past participle with no auxiliary, copula, conjunction nor subject of its own."""
    return _participle_without_auxiliary(token) and not any(c.dep_.startswith("nsubj") for c in token.children)


def _participle_without_auxiliary(token: Token) -> bool:
    """A past participle with no auxiliary, copula or conjunction of its own: the head of a clause cut short (the
    parse may still give it a subject: `Le président chinois, arrivé lundi`)."""
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") and (
        not any(c.dep_.startswith(("aux", "cop")) or c.dep_ == "mark" for c in token.children))


# Nouns of a time phrase (`dans la matinée`, `en mars`, `la semaine dernière`) that never head an agent.
TIME_NOUNS = TIME_PARTS - {"dernier", "dernière", "prochain", "prochaine", "passé", "local", "locale", "gmt", "utc",
                           "même", "fin", "début"}
TIME_NOUN_DEPS = ("obl:mod", "obl:arg", "obl")


def _agent_behind_a_time(token: Token) -> None:
    """`reçu dans la matinée par Xi Jinping`, `bloqué en janvier par la Cour`: the `par` phrase the parse hangs on the
    time noun (as a complement or even as its agent) is the verb's agent
    (when the verb has none of its own); a noun with no preposition hung on it is the verb's object (`a bombardé
    dans la nuit trois bases militaires`)."""
    verb = token.head.head
    if token.dep_ not in ("nmod", "obl:agent") or token.pos_ not in ARGUMENT_POS or (
            token.head.lower_ not in TIME_NOUNS or token.head.dep_ not in TIME_NOUN_DEPS or verb.pos_ != "VERB"):
        return
    if not any(c.dep_ == "case" for c in token.children) and token.pos_ == "NOUN" and not _part_of_time(token) and (
            token.lower_ not in DAY_WORDS | TIME_NOUNS) and not any(
            c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children) and token.i > token.head.i:
        token.head, token.dep_ = verb, "obj"  # `a bombardé dans la nuit trois bases`: no preposition, the object
        return
    if not any(c.dep_ == "case" and c.lower_ == "par" for c in token.children) or any(
            c.dep_ == "obl:agent" for c in verb.children):
        return
    token.head, token.dep_ = verb, "obl:agent"


RELATIVE_QUE = {"que", "qu'", "qu’"}
CLAUSE_DEPS = ("ccomp", "advcl", "acl:relcl", "conj", "parataxis")
NAME_PARTS = ("flat:name", "flat")


def _relative_object(relative: Token) -> None:
    """`son ministre, qu'il avait décoré`: a `que` set right after a noun and a comma, at the head of a clause with a
    subject of its own and no object, is the relative object of a clause that describes that noun. With an
    infinitive under the clause's verb and no object of its own (`Joe Biden, qu'il est venu presser de`, `qu'il
    doit rencontrer`), `que` is the infinitive's object."""
    verb = relative.head
    if relative.lower_ not in RELATIVE_QUE or relative.dep_ not in ("mark", "obj") or verb.i <= relative.i or (
            verb.pos_ != "VERB" or verb.dep_ not in CLAUSE_DEPS) or relative.i < 2:
        return
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm")
                       and c.i > verb.i and not any(g.dep_ == "obj" for g in c.children)), None)
    if relative.doc[relative.i - 1].text != "," or any(
            c.dep_ in ("obj", "xcomp", "ccomp") and c.i != relative.i and (infinitive is None or c.i != infinitive.i)
            for c in verb.children) or not any(
            c.dep_ == "nsubj" or (c.dep_ == "expl:subj" and c.lower_ in ("il", "elle"))
            for c in verb.children if relative.i < c.i < verb.i):
        return
    noun = _name_before(relative.doc, relative.i - 2)
    if noun.pos_ not in ("NOUN", "PROPN") or noun in list(verb.subtree):
        return  # (never a noun of the clause's own subtree: the tree must stay a tree)
    verb.head, verb.dep_ = noun, "acl:relcl"
    if infinitive is None:
        relative.dep_ = "obj"
    else:
        relative.head, relative.dep_ = infinitive, "obj"


# Words that open an adverbial infinitive clause (`avant de remettre`, `pour rencontrer`, `afin de`, `sans attendre`).
ADVERBIAL_OPENERS = {"avant", "pour", "afin", "sans", "après"}


def _adverbial_after_relative(verb: Token) -> None:
    """`Il aurait photographié une base où sont formés des soldats, avant de remettre ces clichés à X`: an adverbial
    infinitive set off by a comma after a relative clause tells what the main clause's subject did next; the parse
    may hang it on the relative's verb. It is hung on the verb the relative's noun depends on."""
    head = verb.head
    if verb.dep_ != "advcl" or "Inf" not in verb.morph.get("VerbForm") or head.dep_ != "acl:relcl" or (
            head.i > verb.i):
        return
    opener = next((c for c in verb.children if c.dep_ in ("mark", "case") and c.lower_ in ADVERBIAL_OPENERS), None)
    if opener is None or opener.i < 1 or verb.doc[opener.i - 1].text != ",":
        return
    main = head.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ in ("VERB", "AUX") and main.i < verb.i and main not in list(verb.subtree):
        verb.head = main


def _subject_before_detached_participle(participle: Token) -> None:
    """`Le président chinois, arrivé lundi à Budapest, a rencontré Viktor Orban`: a participle set between commas
    after the subject describes it; the parse may make the subject the participle's own (and the name after the
    main verb its subject). The subject is the main verb's; a name after `avoir` and the participle, which the
    parse then took for a subject, is its object."""
    verb = participle.head
    if participle.dep_ != "advcl" or verb.i <= participle.i or not _participle_without_auxiliary(participle):
        return
    subject = next((c for c in participle.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < participle.i), None)
    doc = participle.doc
    if subject is None or doc[participle.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children):
        return
    end = max(t.i for t in participle.subtree)
    if end + 1 >= verb.i or doc[end + 1].text != "," or verb in list(subject.subtree):
        return
    subject.head = verb
    if any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children) and not any(
            c.dep_ == "obj" for c in verb.children):
        for later in [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]:
            later.dep_ = "obj"


def _participle_taken_for_the_main_verb(participle: Token) -> None:
    """`Dans la soirée, une source au Kremlin citée par l'agence TASS a indiqué que ...`: a passive participle right
    after its noun, with its `par` agent, that the parse made the sentence's main verb (the noun its subject, the
    finite verb after it an adverbial clause of it) describes the noun; the finite verb, which has no subject of its
    own, is the main verb, the noun its subject, and what was set before the noun (a fronted time, a comma) its."""
    if participle.dep_ != "ROOT" or participle.pos_ != "VERB" or not _participle_without_auxiliary(participle) or (
            not any(c.dep_ == "obl:agent" for c in participle.children)):
        return
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subject is None or max(t.i for t in subject.subtree) != participle.i - 1:
        return
    verb = next((c for c in participle.children if c.i > participle.i and c.pos_ == "VERB" and c.dep_ in (
        "advcl", "conj", "parataxis", "ccomp") and any(a.dep_ == "aux:tense" for a in c.children) and not any(
        a.dep_.startswith("nsubj") for a in c.children)), None)
    if verb is None:
        return
    fronted = [c for c in participle.children if c.i < subject.i]
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = subject, "acl"
    for word in fronted:
        word.head = verb


# Words that open a relative clause: a finite verb after one describes the noun before it
RELATIVE_OPENERS = {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "auquel",
                    "auxquels", "auxquelles", "duquel", "desquels", "desquelles"}
# The links by which a noun completes another noun or an adjective (`une source proche du dossier`)
COMPLEMENT_DEPS = ("nmod", "obl:arg", "obl", "obl:mod", "amod")


def _finite_verb_taken_for_a_description(verb: Token) -> None:
    """`Pékin contrôlait déjà les ventes`, `..., et une source proche du dossier évoque des discussions`: a verb in the
    indicative the parse hangs on a noun as its description, with no relative word to open a clause, is no
    description (French has no relative without one): the noun phrase it follows is its subject. When that phrase is
    the sentence's root, the verb is; when it is joined by `et` to a verb, the verb is joined in its place."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or "Ind" not in verb.morph.get("Mood") or any(
            c.dep_.startswith(("nsubj", "mark")) for c in verb.children):
        return
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i or max(t.i for t in noun.subtree if t.i < verb.i) != (
            verb.i - 1 - sum(1 for c in verb.children if c.i < verb.i)):
        return
    if any(t.lower_ in RELATIVE_OPENERS for t in noun.doc[noun.i:verb.i]):
        return
    phrase = noun
    while phrase.dep_ in COMPLEMENT_DEPS and phrase.head.pos_ in ("NOUN", "PROPN", "ADJ") and phrase.head.i < phrase.i:
        phrase = phrase.head
    root = phrase.head
    if phrase.dep_ == "nsubj" and root.dep_ == "ROOT" and root.pos_ == "NOUN" and root.i > verb.i and not any(
            c.dep_ == "cop" for c in root.children):
        # `Les gangs armés contrôlent la majeure partie de X`: a noun with no copula has no subject; it is the object
        verb.head, verb.dep_ = verb, "ROOT"
        for late in [c for c in root.children if c.dep_ in ("punct", "obl:mod", "advmod") and c.i > root.i]:
            late.head = verb
        root.head, root.dep_ = verb, "obj"
        phrase.head = verb
        return
    if phrase.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
        for late in [c for c in phrase.children if c.i > verb.i]:
            late.head = verb
        phrase.head, phrase.dep_ = verb, "nsubj"
        bare = next((c for c in verb.children if c.i > verb.i and c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
                     and not any(g.dep_ == "case" for g in c.children)), None)
        if bare is not None and not any(c.dep_ == "obj" for c in verb.children):
            bare.dep_ = "obj"  # `Les rebelles contrôlent la ville`: hung on the noun, it had no preposition
    elif phrase.dep_ == "conj" and phrase.head.pos_ == "VERB":
        verb.head, verb.dep_ = phrase.head, "conj"
        for joining in [c for c in phrase.children if c.dep_ in ("cc", "punct") and c.i < phrase.i]:
            joining.head = verb
        phrase.head, phrase.dep_ = verb, "nsubj"


def _object_taken_for_a_subject(participle: Token) -> None:
    """`X a limogé Y et nommé Z à sa place`: a past participle joined by `et` to a verb in a compound tense shares
    its auxiliary and its subject; a noun right after it, which the parse makes its subject, is its object (a
    subject set after a participle with no auxiliary of its own is not French)."""
    first = participle.head
    if participle.dep_ != "conj" or not _participle_without_auxiliary(participle) or first.i >= participle.i or (
            first.pos_ != "VERB" or not any(c.dep_ == "aux:tense" for c in first.children)) or any(
            c.dep_ == "aux:pass" for c in first.children) or any(c.dep_ == "obj" for c in participle.children):
        return
    after = next((c for c in participle.children if c.dep_ == "nsubj" and c.i == participle.i + 1), None)
    if after is not None:
        after.dep_ = "obj"


def _name_before(doc: Doc, last: int) -> Token:
    """The word that heads the name or noun ending at ``last``: `Gérald Darmanin` (its first word), `Choe Son-hui`
    (a hyphenated last part the tagger cuts up, back to the name's first word)."""
    start = last
    while start >= 2 and doc[start - 1].text in ("-", "‑") and doc[start - 2].text[:1].isupper():
        start -= 2
    noun = doc[start]
    while noun.dep_ in NAME_PARTS and noun.head.i < noun.i:
        noun = noun.head  # `Gérald Darmanin, qu'il`: the name's first word heads it
    if noun.i != last and noun.pos_ not in ("NOUN", "PROPN") and noun.i > 0 and noun.text[:1].isupper() and (
            noun.nbor(-1).pos_ == "PROPN" and noun.nbor(-1).text[:1].isupper()):
        noun = noun.nbor(-1)  # `Choe Son-hui`: `Son` tagged an adjective, its first word `Choe` a name
    return noun


# Relative pronouns fused with their preposition, and the preposition each holds.
FUSED_RELATIVES = {"auquel": "à", "auxquels": "à", "auxquelles": "à", "duquel": "de", "desquels": "de",
                   "desquelles": "de"}
RELATIVES_AFTER_PREPOSITION = {"lequel", "laquelle", "lesquels", "lesquelles", "qui"}
# Verbs whose infinitive carries the complement of a relative before them (`auquel X pourrait participer`).
RAISING_MODALS = {"pouvoir", "devoir", "vouloir", "aller", "compter", "souhaiter", "espérer", "entendre"}
NOT_COMPLEMENT_DEPS = ("nsubj", "nsubj:pass", "obj", "iobj", "nmod", "dep", "appos", "conj")
CLAUSE_END = {",", ";", ":", "(", ")", "«", "»", ".", "!", "?"}


def _prepositional_relative(pronoun: Token) -> None:
    """`le sommet auquel participeront X et Y`, `le pays auquel la Russie a livré`: a relative pronoun that holds its
    preposition (fused, or behind it) is a complement of its clause's verb; the parse may make it that verb's
    subject or object, or hang it on the noun after it. It is made an `obl:arg` of the verb (past a modal)."""
    fused = pronoun.lower_ in FUSED_RELATIVES
    behind = pronoun.lower_ in RELATIVES_AFTER_PREPOSITION and any(c.dep_ == "case" for c in pronoun.children)
    if not (fused or behind) or pronoun.pos_ != "PRON" or not _after_its_noun(pronoun, fused):
        return
    if pronoun.dep_ not in NOT_COMPLEMENT_DEPS:
        return  # (already a complement: `avec lequel il a visité`, an `obl:mod`)
    verb = _clause_verb(pronoun)
    if verb is None or verb.i in {t.i for t in pronoun.subtree}:
        return  # (the tree must stay a tree)
    # `auquel Pékin n'a pas été convié`: a name the parse hangs on the pronoun, before the verb, is its subject
    subject = next((c for c in pronoun.children if pronoun.i < c.i < verb.i and c.pos_ in ARGUMENT_POS and not any(
        g.dep_ == "case" for g in c.children)), None)
    if subject is not None and not any(c.dep_.startswith("nsubj") and c.i != pronoun.i for c in verb.children):
        passive = any(c.dep_ == "aux:pass" or (c.dep_.startswith("aux") and c.lower_ == "été") for c in verb.children)
        subject.head, subject.dep_ = verb, "nsubj:pass" if passive else "nsubj"
    pronoun.head, pronoun.dep_ = verb, "obl:arg"


def _after_its_noun(pronoun: Token, fused: bool) -> bool:
    """Is the pronoun (or its preposition) set right after a noun or a comma, as a relative is? Not `au cours duquel`,
    `à l'issue duquel`, `près duquel`: a `de` pronoun after a noun that is itself behind a preposition, or after an
    adverb, belongs to a compound preposition."""
    start = pronoun.i if fused else min(c.i for c in pronoun.children if c.dep_ == "case")
    if start == 0:
        return False
    before = pronoun.doc[start - 1]
    if before.text == ",":
        return True
    if before.pos_ not in ("NOUN", "PROPN", "X", "ADJ"):
        return False
    return FUSED_RELATIVES.get(pronoun.lower_) != "de" or not any(c.dep_ == "case" for c in before.children)


def _clause_verb(pronoun: Token) -> Token | None:
    """The verb of the pronoun's clause: its head when a verb after it, else the first verb after it before any
    punctuation or conjunction; an infinitive under a modal then (`auquel X pourrait participer`: `participer`)."""
    verb = pronoun.head if pronoun.head.i > pronoun.i and pronoun.head.pos_ == "VERB" else _first_verb_after(pronoun)
    for _ in range(2):  # (two modals at most: `auquel X devrait pouvoir participer`)
        if verb is None or verb.lemma_.lower() not in RAISING_MODALS:
            break
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i and (
            "Inf" in c.morph.get("VerbForm"))), None)
        if infinitive is None:
            break
        verb = infinitive
    return verb


def _first_verb_after(pronoun: Token) -> Token | None:
    """The first verb in the dozen words after the pronoun, before any punctuation, conjunction or new sentence."""
    for token in pronoun.doc[pronoun.i + 1:pronoun.i + 12]:
        if token.text in CLAUSE_END or token.pos_ == "CCONJ" or token.is_sent_start:
            return None
        if token.pos_ == "VERB":
            return token
    return None


def verb_before(day: Token) -> Token | None:
    """The verb the day word is set after and hangs on (directly, or as the parse's `xcomp`/`obj` of it)."""
    verb = day.head
    if verb.i == day.i or verb.i > day.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(t.is_sent_start or t.text in (",", ";", ":", "«", "»", "(") for t in day.doc[verb.i + 1:day.i + 1]):
        return None  # `a frappé Kiev, jeudi, ...`: an aside or another sentence, not the slot after the verb
    return verb


def _free_arguments(day: Token, verb: Token) -> None:
    """Move the day's non-time dependents to the verb, then make the day a time modifier of the verb."""
    for dependent in [t for t in _time_expression(day) for t in t.children]:
        if dependent.i > day.i and not _part_of_time(dependent):
            slot = _slot_on(verb, dependent)
            if slot is not None:
                dependent.head, dependent.dep_ = verb, slot
    # (a day the parse calls the object stays so: the readers of objects skip day words, and linking.py reads such
    # an object after a reporting verb as the sign of an incise, `a annoncé lundi à Minsk`: the place it was said)
    if day.dep_ in ("xcomp", "nsubj", "nmod", "appos", "dep"):
        day.dep_ = "obl:mod" if day.pos_ != "ADV" else "advmod"
    _object_beside_day(day, verb)


def _object_beside_day(day: Token, verb: Token) -> None:
    """`a libéré samedi quatorze prisonniers`: a noun phrase with no preposition right after the day, which the
    parse hangs on the verb as a second time modifier, is the verb's object (when it has none)."""
    last = max(_time_expression(day), key=lambda t: t.right_edge.i).right_edge
    after = next((c for c in verb.children if c.left_edge.i == last.i + 1), None)
    if after is None or after.pos_ != "NOUN" or _part_of_time(after) or any(
            c.dep_ == "obj" and c.i != day.i for c in verb.children):
        return
    cases = [c for c in after.children if c.dep_ == "case"]
    # `a reçu lundi des représentants`: with the day taken for the object, a noun behind `des` is the object, the
    # article read as `de` and `les` (not `a parlé lundi des sanctions`, whose day the parse keeps a time)
    partitive = day.dep_ == "obj" and len(cases) == 1 and cases[0].lower_ == "des" and after.dep_.startswith("obl")
    if not partitive and (after.dep_ != "obl:mod" or cases or any(c.dep_ == "obj" for c in verb.children)):
        return
    after.dep_ = "obj"
    if partitive:
        cases[0].dep_ = "det"


def _time_expression(day: Token) -> list[Token]:
    """The day word and the time words it heads (`dimanche soir`: the object may hang on `soir`)."""
    found, todo = [], [day]
    while todo:
        token = todo.pop()
        found.append(token)
        todo.extend(c for c in token.children if c.i > day.i and _part_of_time(c))
    return found


def _part_of_time(token: Token) -> bool:
    """`soir`, `14`, `mars`, `à l'aube`, `et vendredi`: a word of the time expression, not an argument."""
    if token.dep_ in ("det", "case", "cc", "punct", "fixed", "amod") and token.lower_ not in ("son", "sa", "ses"):
        return token.dep_ != "amod" or token.lower_ in TIME_PARTS
    return token.lower_ in TIME_PARTS or token.like_num


def _slot_on(verb: Token, dependent: Token) -> str | None:
    """The verb's slot for a dependent of the day word: an object, the agent, or a complement by its preposition;
    None when it is no argument (a relative, a clause) or when the verb already has the object it would be."""
    if dependent.pos_ not in ARGUMENT_POS:
        return None
    preposition = next((c.lower_ for c in dependent.children if c.dep_ == "case"), None)
    slot = SLOT_BY_PREPOSITION.get(preposition)
    if slot is None:
        return None
    if slot == "obj" and (dependent.pos_ == "NUM" or any(
            c.dep_ == "obj" and c.i != dependent.i and not _part_of_time(c) for c in verb.children)):
        return None
    return slot


THING_PREPOSITIONS = {"à", "au", "aux", "de", "d'", "du", "des"}
NOUN_CHAIN = ("nmod", "amod", "appos", "flat:name", "nummod", "det", "case")  # up a noun phrase to its head


def described_noun(participle: Token) -> Token | None:
    """`un projet de résolution sur l'espace, présenté par X`: the noun a passive participle after a comma
    describes, when the parse made the participle an adverbial clause of the verb before it: the highest noun of the
    phrase before the comma that agrees with it. Not when the main verb's subject agrees too and may be the one
    described: after a verb with no object (`le président est arrivé à Hanoï, accueilli par son homologue`) or by a
    verb of company (`le ministre a quitté le palais, accompagné par sa garde`)."""
    verb = participle.head
    if participle.dep_ != "advcl" or verb.i >= participle.i:
        return None
    doc = participle.doc
    if participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    if _bare_motion_participle(participle):
        return _comer_before_comma(participle, verb)
    if not _bare_passive_participle(participle):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and _agrees(subject, participle) and _may_describe_subject(verb, participle):
        return None
    chain = _noun_chain(doc[participle.i - 2], verb)
    inside = {t.i for t in participle.subtree}  # (never a noun of its own subtree: the tree must stay a tree)
    return next((noun for noun in reversed(chain) if _agrees(noun, participle) and noun.i not in inside), None)


# Verbs of coming and going conjugated with `être`: their bare participle after a comma tells of the person named
# right before it (`a reçu Sergueï Lavrov, arrivé la veille à Hanoï`, `en présence de X, venu de Moscou`).
MOTION_VERBS = {"arriver", "venir", "revenir", "rentrer", "partir", "repartir", "retourner"}
# Prepositions of a place, a time or an aim: a noun behind them is not who came (`a reçu X à Pékin, arrivé`).
NOT_COMER_PREPOSITIONS = {"à", "au", "aux", "en", "dans", "vers", "depuis", "pour", "sur", "sous", "lors", "pendant"}
# Verbs whose object is a place: `a quitté Pyongyang, arrivé la veille` has no person before the comma.
PLACE_OBJECT_VERBS = {"quitter", "gagner", "regagner", "rejoindre", "visiter", "atteindre", "traverser", "survoler"}


def _bare_motion_participle(token: Token) -> bool:
    return token.lemma_.lower() in MOTION_VERBS and _bare_past_participle(token)


def _comer_before_comma(participle: Token, verb: Token) -> Token | None:
    """`Kim Jong-un a reçu Sergueï Choïgou, arrivé la veille`: the name (or noun) right before the comma, inside the
    main verb's clause and not its subject, that agrees with the participle (its gender or number marked), when it
    is not the place a verb of going takes for its object."""
    noun = participle.doc[participle.i - 2]
    while noun.dep_ in ("flat:name", "flat", "amod") and noun.head.i < noun.i:
        noun = noun.head
    # (a name the tagger gives no gender nor number agrees with a participle in the form that marks none, the
    # masculine singular: `a rencontré Wang Yi, arrivé la veille`; not `arrivée`, which tells of someone else)
    unmarked = not any(noun.morph.get(f) for f in ("Gender", "Number")) and participle.morph.get("Gender") == [
        "Masc"] and participle.morph.get("Number") == ["Sing"]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("nsubj", "nsubj:pass") or (
            verb.lemma_.lower() in PLACE_OBJECT_VERBS and noun.head.i == verb.i) or noun.i <= verb.i or (
            verb not in noun.ancestors):
        return None
    if any(c.dep_ == "case" and c.lower_ in NOT_COMER_PREPOSITIONS for c in noun.children):
        return None
    return noun if _agrees(noun, participle) and (unmarked or any(noun.morph.get(f) for f in ("Gender", "Number"))) \
        else None


# Verbs of company and welcome: their participle after a clause describes the one who came or left, the subject.
COMPANY_VERBS = {"accompagner", "escorter", "entourer", "flanquer", "suivre", "précéder", "accueillir", "attendre",
                 "acclamer", "applaudir", "saluer", "recevoir", "conduire", "guider", "rejoindre"}


def _may_describe_subject(verb: Token, participle: Token) -> bool:
    return participle.lemma_.lower() in COMPANY_VERBS or not any(c.dep_ == "obj" for c in verb.children)


def _bare_passive_participle(token: Token) -> bool:
    """A past participle with no auxiliary, subject or conjunction of its own, and its own `par` agent."""
    return _bare_past_participle(token) and any(c.dep_ == "obl:agent" for c in token.children)


def _noun_chain(last: Token, verb: Token) -> list[Token]:
    """The nouns from the word before the comma up to the head of its noun phrase, the verb's object or
    complement."""
    chain, token = [], last
    for _ in range(8):
        if token.pos_ in ("NOUN", "PROPN"):
            chain.append(token)
        if token.head.i == verb.i or token.head.i == token.i or token.head.i > token.i or (
                token.dep_ not in NOUN_CHAIN):
            break
        token = token.head
    # (only the verb's object or its `à`/`de` complement: `s'inquiète pour la centrale, occupée par X` is left as
    # parsed, the roles of the participle then read by events.py as before)
    complement = token.dep_ == "obj" or (token.dep_ == "obl:arg" and any(
        c.dep_ == "case" and c.lower_ in THING_PREPOSITIONS for c in token.children))
    return chain if token.head.i == verb.i and complement else []


def _agrees(noun: Token, participle: Token) -> bool:
    """Same gender and number, where the tagger gives them for both."""
    return all(not noun.morph.get(feature) or not participle.morph.get(feature)
               or noun.morph.get(feature) == participle.morph.get(feature) for feature in ("Gender", "Number"))
