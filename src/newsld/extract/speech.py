"""Speech acts: every « quote » with its speaker and who reports it, and attributions without a quote.

The triggers are French reporting verbs (``déclarer``, ``estimer``, ``marteler`` ...), their participles
(``accusant``, ``jugeant``), a few verbal phrases (``mettre en garde``, ``porter un toast``, ``laisser
entendre``, ``faire savoir``) and the attributions ``selon X``, ``d'après X`` and an opening ``Pour X, ...``.

The speaker is the subject of the reporting verb, never an entity of the reported clause: the subject before
the verb (``Ce dernier a affirmé que la Russie ...``: the last person named), the inverted subject after it
(``», a estimé un porte-parole de la présidence``: a noun phrase of its own when nobody known), the agent of
a passive (``n'ont pas été commentées par le Kremlin``), the speaker of the clause a participle hangs on
(``», a-t-il dit, jugeant que``), and for ``il``/``elle``/``selon lui`` the body that spoke just before when the
pronoun agrees with its phrase (``le ministère ... « ... », a-t-il ajouté``), else the last person who spoke or was a
subject. A quote that opens its sentence belongs to the reporting clause after it; a quote inside a sentence
to the nearest reporting verb before it. Editors' notes in square brackets are not the speaker's words: the
quote is split around them. Who relays the words (``a rapporté l'agence KCNA``, ``cité par TASS``, a
``selon X`` after the reporting clause, an act inside another's quote) is recorded in ``according_to``.

The language of reported speech, not one article's sentences: a reporting clause set inside the guillemets
(``« Nous ne céderons pas, a déclaré X. Nous ... »``: the quote in two parts around it), inverted subjects
in any tense (``estime X``, ``ajoute-t-il``, ``a fait savoir la diplomatie russe``, ``l'état-major``
whole), refused speech (``n'a pas réagi``, ``a refusé de commenter``, ``s'est refusé à tout commentaire``:
negated, never given a quote), a reporting verb inside a quote that is the speaker's own words (no act of its
own, unless the quote is an agency's dispatch), a future or conditional inside what someone says (what they
foresee), the agent of a passive and never its subject, coordinated speakers of a plural verb (one act
each, in the order the text names them, also ``X, et son homologue ..., Y, se sont engagés``), a capital
speaking for its state, ``auprès de X`` after ``apprendre``, ``peut-on lire dans X``. A speaker's phrase is
whole: its article (``le ministère sud-coréen des Affaires étrangères``), a diplomat's posting (``l'ambassade
américaine à Hanoï``), the name alone after a title (``l'agence Kyodo`` -> ``Kyodo``, ``le groupe chinois X`` ->
``X``, wherever the parser hangs the name), a title's coordinated complements (``de l'Énergie et des Mines``); a role
phrase the references left alone names the person it fits (``le ministre russe``: ``speech_roles.py``). Double sourcing
(``selon des sources ... citées par l'agence Kyodo``) is two acts; the agency that spread a document an act was
made in (``Dans un communiqué diffusé par KCNA, ...``) and the author of a document a ``selon`` names relay it.
Speech left unsaid is negated (``sans évoquer de victimes``, ``Aucune réaction n'est venue de X``). When the
parser hangs the subject elsewhere, a name right before the verb group (or before a relative clause set off by
commas: ``Moscou, qui ..., n'a pas réagi``) is taken. Which words are triggers, their spans and statuses are in
``speech_triggers.py``; the word tables in ``speech_lexicon.py``.

Silence and joint speech as constructions: a subject set apart from its verb by a relative clause (which may hold a
quote or a name of its own) or an apposition (`Tokyo, premier créancier du pays, n'a pas commenté`), never the
noun of a relative clause after it (`X, qui ..., a dénoncé un contrat qui « ... » et appelé Y`: X twice); a detail a
negated passive says was not given (`La date n'a pas été précisée`), withheld by the body that just announced; the
name a description introduces (`le groupe japonais Toshiba`: Toshiba); the parties an attribution or a counted
plural stands for (`selon la police et les pompiers`, `les deux pays` after `X et Y, voisins de Z`, `annoncé par les
deux pays`), and no speaker when the count cannot tell who.

Who speaks, further constructions: a name that names the noun of a prepositional phrase, even past its article
(`a affirmé au quotidien Le Monde un diplomate`: whom the words were told); a comma after a role and its name with no
clause nor quote before it (`Dans un communiqué diffusé par X, la sœur du dirigeant, Kim Yo-jong, a présenté`: an
apposition, no incise); an incise after a subject with a verb of its own (`X a, lui, appelé à ..., a rapporté Y`); a
counted plural inverted after a quote (`», ont affirmé les deux dirigeants`); a plural of people taken up by `ils`,
and one with a body in its complement (`les ministres du G7`: a group, not the G7); a noun of place before the subject
the parser also hung on the verb (`Réunis dans le fief de X, les dirigeants ont appelé`), and a name in apposition in
that phrase (no coordinated speaker); a body's `de` complement naming the person it serves (`le bureau du président
X`: the office); a second verb after a `que` clause in another tense (`a assuré que Y soutiendrait Z et s'est dit
prêt`: the main clause's); the speaker named in the sentence after a quoted sentence (`C'est ce qu'a déclaré X`, `Ces
propos ont été tenus par X`); one of a group after whom the words were told (`», a assuré à l'AFP l'un de ses
conseillers`: the phrase whole); a body posted to an organisation (`la mission iranienne auprès de l'ONU`: itself, not
the ONU); a quoted word of a relative clause the parser took for the subject (`Bakou, qui exigeait la « capitulation »
des séparatistes, a annoncé`: Bakou).

Who speaks, read across sentences: a day set off before the subject is when, not who (`Mercredi, KCNA avait qualifié`);
a pronoun opening its sentence goes on with the person who spoke in the sentence before (not whom the words were told
to), with the body that goes on (`Il a précisé`) or was the subject there, and `elle` is no man; `ce dernier`,
`cette dernière` keep their gender; an incise set inside the reported clause (`La Chine, a assuré son ministère, ne
...`) and the subject before it (`Le ministère, a indiqué KCNA, a dénoncé`); `selon laquelle` is the noun before it; a
`selon` phrase ends at its comma; a place the knowledge base does not hold that speaks is the body seated there
(`selon l'Élysée`); a name set off after its subject's title speaks (`L'agence ..., Rosaviatsia, a fait savoir`); a
leader's description after a quote names the compatriot protagonist (`a écrit le vice-président du Conseil de sécurité
de Russie`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from newsld.extract.anaphors import CONTINUING_SPEECH, SPEAKER_PRONOUNS, body_going_on, body_subject_before
from newsld.extract.coordination import closes_list, joined_by_words, may_take_title
from newsld.extract.described_groups import PLURAL_PRONOUNS, shared_out_parts
from newsld.extract.events import TIME_WORDS, MentionIndex, subject_of
from newsld.extract.knowledge_base import KnowledgeBase
from newsld.extract.model import Entities, Entity, Mention, fold
from newsld.extract.nlp import doc_text, inner_hyphen, sentence_of
from newsld.extract.person_nouns import joins_complements
from newsld.extract.quote_persons import OUR_COUNTRY, we_spans
from newsld.extract.references import demonym_country, posting_end, withheld_pronoun
from newsld.extract.speaker_parties import UNNAMED_SOURCE, SpeakerParties
from newsld.extract.speech_lexicon import (
    BODY_NOUNS,
    CAPITAL,
    CARRYING_NOUNS,
    DOCUMENT_NOUNS,
    GOING_ON,
    HELD_BY_SUBJECT,
    NEWS_CLASSES,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    POSTED_AT,
    POSTED_NOUNS,
    REFUSALS,
    RELATED_PEOPLE,
    REPORT_NOUNS,
    SETTING_VERBS,
    SOURCE_NOUNS,
    SPREAD_VERBS,
    TITLE_NOUNS,
)
from newsld.extract.speech_roles import (
    OCCASIONAL_ROLES,
    Candidate,
    body_described,
    names_body,
    role_gender,
    role_holder,
    state_of_regime,
)
from newsld.extract.speech_triggers import (
    INCISE_LEAD,
    INTRODUCES,
    OBJECT_CLITICS,
    OF,
    SAID_VERBS,
    WORDS_NOUNS,
    attribution_type,
    call_launcher,
    caller_adjective,
    hyphenated,
    in_relative_clause,
    intends,
    is_foreseen,
    is_participle,
    is_passive,
    is_plural,
    is_reflexive,
    is_source_noun,
    joint_speaker_phrases,
    left_unsaid,
    lemma_of,
    mistagged_present,
    name_of_noun,
    no_word_came,
    nominal_call_type,
    nominal_speaker,
    of_phrase,
    particle_of,
    phrase_start,
    postposed_incise,
    publisher_of,
    questioned_by_outlet,
    reporting_type,
    silence_type,
    speech_status,
    stated_feeling,
    text_after,
    trigger_span,
    unanswered,
    verb_type,
    verbless_silence,
    words_verb,
)

# Days and parts of days set between a verb of saying and its inverted subject (`a écrit le matin même X`)
TIMES_OF_SAYING = TIME_WORDS | {"veille", "lendemain", "nuit", "soirée", "matinée", "journée", "après-midi"}

COLLECTIVE_SOURCES = re.compile(
    r"\b(?P<np>les\s+(?P<noun>agences|médias|autorités|services|responsables|diplomates|sources|dirigeants)"
    r"(?:\s+de\s+presse)?\s+(?P<demonym>[a-zéèêëïîôûç-]+))", re.IGNORECASE)
# `Washington, Tokyo et Séoul`; `X, et son homologue sud-coréen, Y,`: the second speaker's title set before the name
TITLE_BEFORE = r"(?:(?:le|la|l['’]|son|sa|leur)\s*[^,;.«»]{1,60},\s*)?"
# `La Russie et la Chine`: the article of a name is outside its mention
# `Ni Paris ni Berlin n'ont réagi`: `ni` joins the subjects of a negated verb
COORDINATION = re.compile(rf"\s*(?:,\s*(?:et\s+{TITLE_BEFORE})?|(?:et|ni)\s+{TITLE_BEFORE})(?:(?:le|la|les|l['’])\s*)?")
AND = re.compile(r"\bet\b")  # `et` closes a list (a comma alone may end a phrase)
AND_OR_NOR = re.compile(r"\b(?:et|ni)\b")
# `selon une source au sein de`, `d'après les autorités de`: a `selon` phrase still open before a name
ATTRIBUTED_BEFORE = re.compile(r"\b(?:selon|d['’]après)\s[^,;:«».]*$", re.IGNORECASE)
QUOTE = re.compile(r"«\s*(?P<body>.*?)\s*»", re.DOTALL)
# `Anne Martin : « ...`: a phrase opening its sentence (or line), a colon, then the quote
HEADED = re.compile(r"(?:^|(?<=[.!?»\n])\s*)(?P<phrase>[^\s.!?\n«»:;][^.!?\n«»:;]{1,118}?)\s*(?P<colon>:)\s*$")
# Editors' notes `[... NDLR]`, and the « that reopens a quote running on into a new paragraph: not the words
NOTE = re.compile(r"\s*\[[^\]]*\]\s*|\s*\n\s*«\s*")
INVERTED_PRONOUNS = {"-il": "person", "-elle": "person", "il": "person", "elle": "person"}
STRONG_PRONOUNS = {"lui", "elle", "eux", "elles"}
# `a déclaré à la presse X`, `a écrit sur X Y`, `a affirmé dans une adresse télévisée Y`: where or to whom the words
# were said, set between an incise's verb and its inverted subject
# `la mission iranienne auprès de l'ONU`: whom a body is posted to, not whom it speaks for
POSTED_TO = re.compile(r"\bauprès\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$", re.IGNORECASE)
PARTITIVE_PRONOUNS = {"un", "une", "l'un", "l’un", "l'une", "l’une", "plusieurs", "certains", "certaines"}
NAME_PARTICLES = {"de", "von", "van", "der", "den", "al", "el", "ben", "bin", "-"}
SETTING_PREPOSITIONS = {"à", "au", "aux", "sur", "dans", "devant", "lors", "depuis", "auprès", "pendant", "via"}
PLACE_TYPES = {"place", "country"}
# `a, lui, appelé`, `ont, eux, aussitôt salué`: an emphatic pronoun between the auxiliary and the participle
# `X, par la voix de son porte-parole, a dit`: X speaks through a person set off before the verb
VOICED_BY = re.compile(r"\s*,\s*par\s+la\s+voix\s+(?:de|du|des|d['’])\s*[^,;.«»]{1,80},\s*$")
EMPHATIC = re.compile(r"\s*,\s*(?:lui|elle|eux|elles)\s*,\s*(?:\w+\s+)?")
CLAUSE_DEPS = {"acl", "acl:relcl", "ccomp", "advcl", "parataxis", "punct", "xcomp", "csubj"}
NAME_DEPS = {"appos", "conj", "flat:name", "nmod"}  # `le porte-parole du gouvernement, Yoshimasa Hayashi`
# `à Hanoï`, `auprès des Nations unies`, `à l'ONU`: where a diplomat is posted, then the name
# `en poste à Minsk`, `en mission à Genève`: where someone is posted, then the place's name
IN_POST = re.compile(r"\s+en\s+(?:poste|mission|fonction|fonctions|service)" + POSTED_AT.pattern)
# Verbs that give information (`n'a pas été précisé`, `n'avait pas été annoncée`): withheld, someone kept it back
INFORMING = {"annoncer", "préciser", "confirmer", "indiquer", "révéler", "détailler", "expliquer", "communiquer",
             "commenter", "officialiser"}
ANNOUNCER_REACH = 600  # characters back to the announcement a withheld detail belongs to (a paragraph or two)
# Between a subject and its verb: nothing, or a relative clause set off by commas (`Moscou, qui ..., n'a pas réagi`)
# (its words may hold a quote: `Washington, qui avait mis en garde contre une « dépendance », n'a pas réagi`)
# (or an apposition whose noun carries it: `Park, un transfuge dont l'association avait lâché des tracts, a assuré`)
APPOSED_NOUN = r"(?:(?:un|une|le|la|l['’]|les|des|son|sa|ses|leur|leurs)\s*[^\W\d][^,;:«»]{0,50}?\s)?"
SET_OFF = re.compile(rf"\s*,?\s*|\s*,\s*{APPOSED_NOUN}(?:qui|dont|où)\b(?:[^;:«»]|«[^«»]*»)*,\s*")
SET_APART = re.compile(rf"\s*,\s*{APPOSED_NOUN}(?:qui|dont|où)\b(?:[^,;:«»]|«[^«»]*»)*,\s*")
# ... or a noun phrase in apposition (`Tokyo, premier bailleur de fonds du pays, n'a pas commenté`), see _apposition
# `C'est ce qu'a déclaré X`, `C'est en ces termes que`, `Ces propos ont été tenus par X`: the words just quoted
WORDS_TAKEN_UP = re.compile(r"\s*(?:C['’]est\s+(?:ce\s+qu|en\s+ces\s+termes\s+qu|ainsi\s+qu)|(?:Ces|Tels\s+sont\s+les)"
                            rf"\s+(?:{'|'.join(sorted(WORDS_NOUNS))})\b)")
APPOSED = re.compile(r"\s*,\s*[^,;:«»()]{2,100}?,\s*")
# `le parquet fédéral, le suspect, Viktor K.`: a comma, then a noun phrase of its own (see _past_other_phrase)
NEXT_NOUN_PHRASE = re.compile(r"\s*,\s*(?:le|la|les|l['’]|un|une|des|son|sa|ses)\b")
# `le bureau du président X`: a `de` complement right after a noun (see _office_of_person)
OF_COMPLEMENT = re.compile(r"\s+(?:du\s|de\s|d['’]|des\s)")
# `soutiendrait`, `soutiendra`: a conditional or a future the tagger may read as a present (_main_clause_conjunct)
CONDITIONAL_OR_FUTURE_ENDINGS = ("ait", "aient", "ra", "ront")
CIVILITIES = {"M.": "Masc", "Mme": "Fem", "Mlle": "Fem", "MM.": "Masc", "Mmes": "Fem", "Me": None, "Mgr": "Masc",
              "Dr": None}
# Role nouns whose feminine is another form (`ambassadrice`, `présidente`): written so, they mark a man
MASCULINE_ROLES = {"ambassadeur", "président", "directeur", "conseiller", "représentant", "envoyé", "dirigeant",
                   "négociateur", "chancelier", "visiteur", "procureur", "sénateur", "gouverneur", "vice-président",
                   "empereur", "roi", "prince", "patron"}
# `selon laquelle`, `d'après lequel`: a relative that opens a clause the noun before it tells
RELATIVE_SOURCES = {"laquelle", "lequel", "lesquels", "lesquelles", "qui"}
# Titles of who leads a state or a body (`le vice-président du Conseil de sécurité de Russie`), not of who speaks
# for them (`le porte-parole`, `l'ambassadeur`): see _compatriot_described
LEADING_NOUNS = {"président", "présidente", "vice-président", "vice-présidente", "dirigeant", "dirigeante", "chef",
                 "cheffe", "leader", "patron", "patronne"}
# Who the possessor deals with: `son interlocuteur`, `son homologue`
COUNTERPART_NOUNS = {"interlocuteur", "interlocutrice", "homologue", "vis-à-vis"}
OUTLET_ADJECTIVES = {"officiel", "public", "étatique", "national", "gouvernemental", "indépendant", "privé", "local",
                     "régional", "quotidien", "hebdomadaire", "spécialisé", "proche", "principal", "grand"}
ANAPHORIC_STATES = {"régime", "pays"}
COMPASS_NAMES = {"Est", "Ouest", "Nord", "Sud", "Centre"}  # capitalised after a noun: part of a body's name
# `un projet présenté par X et Y`, `un texte proposé par X`: those who put a text forward speak through it
PUT_FORWARD = {"présenter", "proposer", "rédiger", "soumettre", "déposer", "parrainer"}
PEOPLE_AROUND = {"équipe", "entourage"}  # `l'équipe de X`: a group of its own, not X
# Someone unnamed of a body (`un membre de la délégation`, `un employé du ministère`): a person of their own, not it
MEMBER_NOUNS = {"source", "membre", "employé", "employée", "agent", "fonctionnaire", "salarié", "salariée", "cadre",
                "collaborateur", "collaboratrice", "proche"}
ISSUED_NOUNS = {"communiqué"}  # what a body issues in its own name (`selon un communiqué`: the body that spoke)
MAX_TITLE_ADJECTIVES = 3  # lower-case words between a title and its name (`le chantier naval sud-coréen X`)
CAME_FROM = {"venu", "venue", "venus", "venues"}  # `une retraitée venue de Lyon`: part of who she is
# `le sommet du G7`, `la réunion de l'Otan`: meetings that speak for the body holding them (see _meeting_host)
MEETING_NOUNS = {"sommet", "réunion", "conférence"}
DEFINITE = {"le", "la", "l'", "l’", "ce", "cette"}
# Documents the article takes up by a definite article that speak for their author (`l'ordonnance exige`)
TAKEN_UP_DOCUMENTS = CARRYING_NOUNS | {"ordonnance", "arrêt", "jugement", "résolution"}
MEETING_REACH = 600  # tokens back to the same meeting named with its body (an article's length)
NOT_SUBJECTS = {"qui", "que", "ce", "c'", "cela", "où", "on", "nous", "je", "tu", "vous", "ils", "elles"}
# `Les trois dirigeants`, `les deux ministres`: people counted, whom the article named just before
COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
PEOPLE_PLURALS = {"dirigeants", "dirigeantes", "hommes", "femmes", "ministres", "chefs", "présidents", "présidentes",
                  "leaders", "responsables", "diplomates", "négociateurs", "homologues", "interlocuteurs"}


# `Les deux pays ont promis`, `les trois États`: states counted, like people (`les deux dirigeants`)
STATE_PLURALS = {"pays", "états", "gouvernements", "capitales", "puissances", "régimes", "juntes"}
# `selon les deux camps`, `les deux parties ont confirmé`: the sides of a talk or a conflict, states or bodies; `les
# deux voisins`, `les deux alliés`: states or bodies by what they are to each other
# What a state of affairs is named by, which may "demand" or "allow" without anyone saying a word (`si la situation
# l'exige`).
CIRCUMSTANCE_NOUNS = {"situation", "circonstance", "contexte", "conjoncture", "urgence", "réalité", "nécessité",
                      "besoin", "évolution", "gravité", "ampleur"}
SIDE_PLURALS = {"camps", "parties", "côtés", "belligérants", "délégations", "voisins", "rivaux", "alliés",
                "partenaires"}
COUNTED_KINDS = {**dict.fromkeys(PEOPLE_PLURALS, frozenset({"person"})),
                 **dict.fromkeys(STATE_PLURALS, frozenset({"country"})),
                 **dict.fromkeys(SIDE_PLURALS, frozenset({"country", "organization", "group"}))}


@dataclass
class SpeechAct:
    type: str
    trigger: Token
    trigger_span: tuple[int, int]
    speaker: str
    quotes: list[tuple[int, int]] = field(default_factory=list)
    according_to: list[str] = field(default_factory=list)
    status: str = "occurred"


# Figures and records a `selon` may name as the source of a fact (`selon les registres maritimes`)
DATA_NOUNS = {"registres", "données", "résultats", "statistiques", "archives", "relevés", "sondages"}
# `cité par l'agence Reuters`: the forms of the participle and the outlet's title before its name
CITED_FORMS = {"cité", "citée", "cités", "citées"}
CITING_OUTLET = re.compile(r"\s*(?:(?:l['’]|le |la |les )\s*(?:agence|journal|quotidien|chaîne|télévision|radio|"
                           r"site|hebdomadaire|magazine)(?: [a-zéèêîôç-]+)? )?\s*")
# Verbs by which a text gets its authors (`la déclaration finale, signée par les participants`)
AUTHORING = {"signer", "adopter", "rédiger", "émettre", "parapher", "approuver"}


def _of_complement(noun: Token) -> Token | None:
    """The noun's first `de` complement after it (`un communiqué de la présidence`: `présidence`), or None."""
    return next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
        g.lower_ in OF for g in c.children)), None)


def quote_parts(text: str) -> list[list[tuple[int, int]]]:
    """Each « quote » as its parts: the words between the marks, split around [editors' notes] and the marks that
    reopen it in each new paragraph it runs on to."""
    quotes = []
    for match in QUOTE.finditer(text):
        start, body = match.start("body"), match.group("body")
        parts, cursor = [], 0
        for note in NOTE.finditer(body):
            parts.append((start + cursor, start + note.start()))
            cursor = note.end()
        parts.append((start + cursor, start + len(body)))
        quotes.append([(a, b) for a, b in parts if b > a])
    return [q for q in quotes if q]




def _name_word(token: Token) -> bool:
    """`nouvelle` of `Chine nouvelle`: a lower-case adjective that is part of a name after a title (not a
    nationality nor `officiel`, which describe the outlet)."""
    return token.pos_ == "ADJ" and token.dep_ == "amod" and demonym_country(token.lower_) is None and (
        token.lemma_.lower() not in OUTLET_ADJECTIVES)


def _bare_participle(token: Token) -> bool:
    """`un cadre, arrêté en mars et soupçonné d'espionnage`: a past participle with no auxiliary that qualifies a
    noun is a passive whose agent is not written (not `», a-t-il dit`, whose auxiliary the parser may hang
    elsewhere: that one follows a comma or a quote)."""
    def bare(t: Token) -> bool:
        return "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") and not any(
            c.dep_.startswith("aux") for c in t.children)

    sentence = sentence_of(token)
    if not bare(token) or token.dep_ not in ("acl", "conj") or any(
            t.lemma_ in ("avoir", "être") and "Fin" in t.morph.get("VerbForm")
            for t in token.doc[max(sentence.start, token.i - 6):token.i]):
        return False  # `a pour sa part appelé`: the auxiliary is there, the parser hung it elsewhere
    if token.dep_ == "acl":
        return True
    # `arrêté en mars et soupçonné`: coordinated with the participle before it (the parser may hang it further up)
    previous = next((t for t in reversed(token.doc[token.head.i + 1:token.i]) if t.pos_ == "VERB"), token.head)
    return previous.dep_ == "acl" and bare(previous)


def _agent_right_after(verb: Token) -> Token | None:
    """`diffusées sur les réseaux et authentifiées par Reuters`, `la réélection revendiquée dimanche par X`: the parser
    may hang the agent on another word; `par` and a name right after a past participle (its days and adverbs
    aside) is its agent."""
    if verb.pos_ == "NOUN" and lemma_of(verb) == "citer":
        # `, a-t-il dit, cité par l'agence TASS`: the tagger takes `cité` for a noun; its agent is the agency (not
        # `cité par son porte-parole`: his own spokesman speaks for him, one act)
        return next((c for c in verb.children if c.dep_ == "obl:agent" and any(
            g.lower_ == "par" for g in c.children) and not any("Yes" in g.morph.get("Poss") for g in c.children)),
            None)
    if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
        return None
    after = next((t for t in verb.doc[verb.i + 1:verb.i + 4] if t.pos_ != "ADV" and t.lower_ not in TIME_WORDS),
                 None)
    if after is None or after.lower_ != "par" or after.dep_ != "case" or after.head.pos_ != "PROPN":
        return None
    return after.head


def _dative_clitic(subject: Token) -> bool:
    """`L'ambassadrice, X, lui a reproché`, `leur a promis`: an object clitic right before the verb group, which the
    parser may take for the subject (not the emphatic `lui` set off by commas: `M. Lavrov a, lui, dénoncé`)."""
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    before = subject.doc[subject.i - 1] if subject.i > 0 else None
    return subject.lower_ in ("lui", "leur") and after is not None and after.pos_ in ("AUX", "VERB") and (
        before is None or before.lower_ not in ("à", "de", "pour", "avec", "et"))


def _cites_attribution(verb: Token, relayed: SpeechAct) -> bool:
    """`selon des sources diplomatiques citées par l'agence Kyodo`: two sources, each an act of its own (the
    sources say it, the agency reports them); `», a déclaré X, cité par TASS` is X's act, relayed by TASS."""
    source = relayed.trigger.head.head if relayed.trigger.dep_ == "fixed" else relayed.trigger.head
    return lemma_of(verb) == "citer" and attribution_type(relayed.trigger) is not None and (
        is_source_noun(source) and verb in source.subtree)


# The nouns of a time phrase set between a reporting verb and its subject (`en fin de soirée`, `dans la matinée`)
TIME_PHRASE_NOUNS = TIME_WORDS | {"soirée", "matinée", "journée", "nuit", "après-midi", "fin", "début", "heure",
                                  "heures", "minute", "minutes"}


def _time_phrase(noun: Token) -> bool:
    """`en fin de soirée`, `dans la matinée`, `en début d'après-midi`: a phrase that says when, by its words."""
    return noun.lower_ in TIME_PHRASE_NOUNS and all(
        t.lower_ in TIME_PHRASE_NOUNS or t.pos_ in ("ADP", "DET", "ADJ", "NUM") for t in noun.subtree)


def _body_noun(head: Token) -> bool:
    """A noun of a body (`la police`, `le parquet`, `l'état-major`: the tokenizer may cut it at its hyphens)."""
    return hyphenated(head) in BODY_NOUNS or head.lemma_.lower() in BODY_NOUNS


# Sources taken up by `même` (`selon la même source`, `selon la même agence`): the one cited last.
SAME_SOURCE_NOUNS = {"source", "agence", "chaîne", "télévision", "média", "journal", "quotidien"}


class SpeechExtractor:
    def __init__(self, kb: KnowledgeBase, doc: Doc, mentions: list[Mention], entities: Entities,
                 text: str | None = None) -> None:
        self.kb, self.doc, self.mentions, self.entities = kb, doc, mentions, entities
        self.text = text if text is not None else doc_text(doc)  # the article's own text, for the quotes
        self.quotes = quote_parts(self.text)
        self.incise_of: dict[int, int] = {}  # quote number -> the token of the reporting verb set inside it
        self._split_incises()
        self._collective_sources()
        self.index = MentionIndex(self.mentions)
        self.acts: list[SpeechAct] = []
        self.taken_up: dict[int, str] = {}  # pronoun token -> the institution it was found to take up
        self.seats: dict[str, str] = {}  # a local place that speaks -> the body seated there (see _seat_speaking)

    # --- reporting clauses set inside the guillemets ----------------------------------------------------------
    def _split_incises(self) -> None:
        """`« Nous ne céderons pas, a déclaré X. Nous défendrons nos intérêts. »`, `« Ce choix, a-t-il ajouté, est
        le bon »`: French may set the reporting clause inside the quote (an incise). Its words are not the
        speaker's: the quote is cut in two parts around it, and its verb reports the whole quote."""
        for n, parts in enumerate(self.quotes):
            kept: list[tuple[int, int]] = []
            for start, end in parts:
                incise = self._incise_in(start, end)
                if incise is None:
                    kept.append((start, end))
                    continue
                verb, before_end, after_start = incise
                self.incise_of[n] = verb.i
                kept.extend(p for p in ((start, before_end), (after_start, end)) if p[1] > p[0])
            self.quotes[n] = kept

    def _incise_in(self, start: int, end: int) -> tuple[Token, int, int] | None:
        """The first incise between these offsets: its verb, where the words before it end and after it start."""
        quoted = self.doc.char_span(start, end, alignment_mode="contract")
        for token in quoted if quoted is not None else ():
            if token.is_alpha and reporting_type(token) is not None and not attribution_type(token):
                cut = self._incise_bounds(token, start, end)
                if cut is not None:
                    return token, *cut
        return None

    def _incise_bounds(self, verb: Token, start: int, end: int) -> tuple[int, int] | None:
        """`…, a déclaré X. …`: an inverted reporting clause after a comma (or `?`, `!`), ended by a comma or a
        stop before the quote closes. None when the verb is the quoted speaker's own (`nous l'avons dit`)."""
        first, last = phrase_start(verb), trigger_span(verb)[1]
        lead = INCISE_LEAD.search(self.text[start:first])
        if lead is None or not self.text[start:start + lead.start()].strip():
            return None
        if not (self._inverted_pronoun(verb) is not None or self._has_inverted_subject(verb)):
            return None
        stop = self._incise_end(verb, last, end)
        if stop is None:
            return None
        before_end = start + lead.start() + (0 if lead.group("mark") == "," else 1)
        after = re.match(r"[,.;!?…]?\s*", self.text[stop:end])
        return before_end, stop + after.end()

    def _has_inverted_subject(self, verb: Token) -> bool:
        """A noun phrase right after the verb (its adverbs and days aside): `a déclaré Sergueï Lavrov`; or after a
        phrase that says where or to whom the words were said (`a déclaré à la presse le Premier ministre`, `a
        écrit sur X le président ukrainien`, `a affirmé dans une adresse télévisée le Premier ministre`)."""
        i = verb.i + 1
        while i < min(verb.i + 9, len(self.doc)):
            token = self.doc[i]
            if token.lower_ in SETTING_PREPOSITIONS:
                return self._subject_past_setting(token)
            if token.pos_ == "ADV" or token.lower_ in TIMES_OF_SAYING or token.text in ("-t", "-"):
                i += 1
                continue
            if token.pos_ == "ADP" and _time_phrase(token.head):
                i = max(t.i for t in token.head.subtree) + 1  # `a déclaré en fin de soirée le vice-Premier ministre`
                continue
            return token.pos_ in ("DET", "PROPN", "NOUN", "X") or token.text[:1].isupper()
        return False

    def _subject_past_setting(self, preposition: Token) -> bool:
        """A speaker's noun phrase (an article, then a speaker's noun or a name) after the phrase the preposition
        opens, before any comma or stop: `à la presse | le Premier ministre`, `sur X | le président`."""
        doc = self.doc
        for token in doc[preposition.i + 2:min(preposition.i + 9, len(doc))]:
            if token.text[:1].isupper() and token.pos_ != "DET" and doc[token.i - 1].text[:1].isupper():
                continue  # `sur France Inter`: the tagger may read a name's second word as a verb
            if token.is_punct or token.pos_ in ("AUX", "SCONJ", "CCONJ", "PRON") or (
                    token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm")):
                return False  # `dans une adresse télévisée`: a participle describes the setting
            previous = doc[token.i - 1]
            if token.pos_ != "DET" or previous.pos_ in ("ADP", "DET") or previous.lower_ in ("de", "d'", "d’"):
                continue
            head = next((t for t in doc[token.i + 1:min(token.i + 4, len(doc))] if t.pos_ != "ADJ"), None)
            return head is not None and (head.text[:1].isupper() or hyphenated(head) in PERSON_NOUNS or (
                is_source_noun(head)))
        return False

    def _incise_end(self, verb: Token, after: int, end: int) -> int | None:
        """Where the incise ends: the first comma or stop after the verb, past an apposition that says who the
        speaker is (`, a déclaré Dmitri Peskov, porte-parole du Kremlin. …`)."""
        for token in self.doc[verb.i + 1:]:
            if token.idx >= end:
                return None
            if token.idx < after or token.text not in (",", ".", ";", "!", "?", "…"):
                continue
            following = self.doc[token.i + 1:token.i + 3]
            if token.text == "," and (any(t.lower_ in PERSON_NOUNS for t in following) or self._name_set_off(token)
                                      or (following and following[0].lower_ in CITED_FORMS)):
                continue  # (`, a déclaré le ministre, cité par l'agence TASS. …`: who relays is the incise's too)
            return token.idx
        return None

    def _name_set_off(self, comma: Token) -> bool:
        """`, a écrit le président ukrainien, Volodymyr Zelensky. …`: a name alone after the comma, up to a stop,
        is the speaker's apposition (not the quote going on: `, a-t-il dit, Moscou ne cédera pas`)."""
        for words, token in enumerate(self.doc[comma.i + 1:min(comma.i + 7, len(self.doc))]):
            if token.text in (".", ",", "!", "?", "…", "»") and words:
                return token.text != "," or words > 1
            if not token.text[:1].isupper() and token.lower_ not in NAME_PARTICLES:
                return False
        return False

    def _collective_sources(self) -> None:
        """`les agences russes`, `les médias russes`: an unnamed group, a local entity of its own."""
        for m in COLLECTIVE_SOURCES.finditer(doc_text(self.doc)):
            if demonym_country(m.group("demonym")) is None or any(
                    x.start < m.end() and m.start() < x.end for x in self.mentions):
                continue
            entity = self.entities.new_local(m.group("np"), "group", "an unnamed group, not one Wikidata item")
            self.mentions.append(Mention(m.start(), m.end(), entity, "nominal", "group"))

    # --- who is that -----------------------------------------------------------------------------------
    def _quoted(self, offset: int) -> bool:
        return any(a <= offset < b for parts in self.quotes for a, b in parts)

    def _is_person(self, entity_id: str) -> bool:
        entity = self.entities.by_id.get(entity_id)
        return entity is not None and entity.type == "person"

    def _antecedent(self, offset: int, subjects_first: bool = True) -> str | None:
        """The person `il`/`elle`/`lui`/`ce dernier` stands for: the last person before ``offset`` (outside
        quotes, within a few sentences) who spoke or was a subject; else the last person named."""
        resolved = next((m.entity for m in self.index.mentions if m.kind == "pronoun" and m.start <= offset + 1 < m.end
                         and self._is_person(m.entity)), None)  # `+ 1`: the mention of `-elle` is `elle`
        if resolved is not None and self.text[offset:offset + 5].lstrip("-").lower().startswith(("il", "elle")):
            return resolved  # the reference rules agree a subject `il`/`elle` with its antecedent's gender
        floor = offset - 700
        named = [m for m in self.index.mentions if floor <= m.start and m.end <= offset and m.type == "person"
                 and m.kind != "pronoun" and not self._quoted(m.start)]
        spoke = [(a.trigger.idx, a.speaker) for a in self.acts if floor <= a.trigger.idx < offset
                 and self._is_person(a.speaker)]
        if subjects_first:
            found = [(m.start, m.entity) for m in named if self._is_subject(m)] + spoke
            if found:
                return max(found)[1]
        return max(((m.start, m.entity) for m in named), default=(0, None))[1]

    def _last_named(self, head: Token) -> str | None:
        """`ce dernier`, `celui-ci`: the person the reference rules found (the one named last, of the pronoun's gender),
        else the last person named before it who is not marked with the other gender (`cette dernière` is no man
        written `l'ambassadeur` or `M. X`)."""
        start = head.idx if head.lower_.startswith("cel") else head.doc[head.i - 1].idx
        given = next((m.entity for m in self.index.mentions if m.kind == "pronoun" and m.start <= start < m.end
                      and m.type == "person"), None)
        if given is not None:
            return given
        pronoun = "elle" if head.lower_ in ("dernière", "celle-ci") else "il"
        floor = head.idx - 700
        named = [m for m in self.index.mentions if floor <= m.start and m.end <= start and m.type == "person"
                 and m.kind != "pronoun" and not self._quoted(m.start)]
        return next((m.entity for m in sorted(named, key=lambda m: m.start, reverse=True)
                     if not self._other_gender(m.entity, pronoun)), None)

    def _source_taken_up(self, pronoun: Token) -> str | None:
        """`..., a précisé l'armée sud-coréenne. Elle dit avoir « renforcé sa surveillance »`: a pronoun that takes up
        the institution that has just spoken (its noun of the pronoun's gender), with no person named since."""
        if pronoun.i in self.taken_up:  # `Elle a refusé de ... et ne s'est pas prononcée`: one pronoun, two verbs
            return self.taken_up[pronoun.i]
        first = sentence_of(pronoun).start
        previous = sentence_of(self.doc[first - 1]) if first > 0 else None
        if previous is None or self._person_named_since(pronoun, previous.start_char):
            return None  # `X, cité par l'agence Y. Il avait assuré`: the person the references found is near
        acts = [a for a in self.acts if previous.start_char <= a.trigger.idx < pronoun.idx]
        known = self.kb.get(acts[-1].speaker) if acts else None
        if not acts or self._is_person(acts[-1].speaker) or (known is not None and known.type == "person"):
            return None
        act = acts[-1]
        # a person named since the institution spoke may be meant; one named before it is further back than the
        # institution, whatever the reference rules (which weigh people only) made of the pronoun
        if any(m.type == "person" and m.kind != "pronoun" and act.trigger.idx < m.start < pronoun.idx
               for m in self.index.mentions):
            return None
        said = next((m for m in reversed(self.index.mentions) if m.entity == act.speaker and m.start < pronoun.idx
                     and m.kind != "pronoun"), None)
        span = self.doc.char_span(said.start, said.end, alignment_mode="expand") if said is not None else None
        wanted = "Fem" if pronoun.lower_ == "elle" else "Masc"
        if span is None or wanted not in self._phrase_gender(span):
            return None
        self._retake_pronoun(pronoun, act.speaker)
        self.taken_up[pronoun.i] = act.speaker
        return act.speaker

    def _opens_sentence(self, pronoun: Token) -> bool:
        """`Il a toutefois appelé`, `Mais il a ...`: nothing but a conjunction or an adverb before the pronoun."""
        sentence = sentence_of(pronoun)
        return all(t.pos_ in ("CCONJ", "ADV", "PUNCT") for t in self.doc[sentence.start:pronoun.i])

    def _sentence_before_opened(self, pronoun: Token) -> Span | None:
        """The sentence before the one the pronoun opens (`... . Il a toutefois appelé`), where the two readers below
        look for whom it goes on with; None when the pronoun opens no sentence, or the first."""
        sentence = sentence_of(pronoun)
        if sentence.start == 0 or not self._opens_sentence(pronoun):
            return None
        return sentence_of(self.doc[sentence.start - 1])

    def _subject_body_before(self, pronoun: Token) -> str | None:
        """`Le ministère japonais a convoqué l'ambassadeur chinois. Il a exigé des explications`: a subject pronoun
        opening its sentence, which the reference rules left alone, goes on with the body or state that was the subject
        of the sentence before (its phrase of the pronoun's gender), not with a person that sentence only named."""
        previous = self._sentence_before_opened(pronoun)
        if previous is None:
            return None
        given = next((m for m in self.index.mentions if m.kind == "pronoun" and m.start <= pronoun.idx < m.end), None)
        if given is not None:  # `Le Japon a convoqué l'ambassadeur russe. Il a dénoncé`: the state the rules found
            return given.entity if given.type in ("organization", "country") else None
        root = previous.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i), None)
        if subject is None or self._quoted(subject.idx) or root.pos_ != "VERB":
            return None
        mention = self.index.at(subject)
        if mention is None or mention.type not in ("organization", "country") or mention.kind == "pronoun":
            return None
        said = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if said is None or SPEAKER_PRONOUNS.get(pronoun.lower_) not in self._phrase_gender(said):
            return None
        if any(m.type == "person" and self._is_subject(m) and subject.idx < m.start < pronoun.idx
               for m in self.index.mentions):
            return None
        return mention.entity

    def _speaker_going_on(self, pronoun: Token) -> str | None:
        """`« ... », a déclaré le numéro un chinois à son visiteur, selon l'agence X. Il a toutefois appelé ...`: a
        subject pronoun opening its sentence goes on with the person who spoke in the sentence before (the last act of
        its own there, not a `selon` nor a `cité par` that relays it, nor words in a quote), when that person may take
        the pronoun's gender: the one who spoke is the topic, not a person the words were told to."""
        previous = self._sentence_before_opened(pronoun)
        if previous is None:
            return None
        acts = [a for a in self.acts if previous.start <= a.trigger.i < previous.end and not self._quoted(a.trigger.idx)
                and not attribution_type(a.trigger) and lemma_of(a.trigger) != "citer" and a.status != "negated"]
        if not acts:
            return None
        speaker = acts[-1].speaker
        gender = SPEAKER_PRONOUNS.get(pronoun.lower_)
        if gender is None or not self._is_person(speaker) or not self._may_take(speaker, gender):
            return None
        self._retake_pronoun(pronoun, speaker)
        return speaker

    def _phrase_gender(self, span: Span) -> list[str]:
        """The gender of a name's phrase: its own, else the one of the noun that describes it right before (`le groupe
        minier Fortescue`: the name has none, `groupe` is masculine)."""
        own = span.root.morph.get("Gender")
        if own:
            return own
        i = span.start - 1
        while i >= 0 and self.doc[i].pos_ == "ADJ" and self.doc[i].text.islower():
            i -= 1
        described = self.doc[i] if i >= 0 else None
        return described.morph.get("Gender") if described is not None and described.pos_ == "NOUN" else []

    def _body_going_on(self, pronoun: Token, going_on: bool) -> str | None:
        """The body that spoke last, taken up by the pronoun of an incise or a `selon lui` (see
        :func:`newsld.extract.anaphors.body_going_on`); the pronoun's mention then says that body."""
        if pronoun.i in self.taken_up:
            return self.taken_up[pronoun.i]
        closed = next((parts[0][0] for parts in self.quotes for _, b in parts if 0 <= pronoun.idx - b < 12), None)
        opening = closed if closed is not None else sentence_of(pronoun).start_char
        acts = [(a.trigger, a.speaker) for a in self.acts if a.trigger.idx < opening]
        body = body_going_on(self.doc, pronoun, opening, acts, self.index.mentions, self._quote_spans(),
                             self._may_take, going_on)
        return self._taken_up_by(pronoun, body)

    def _body_subject(self, pronoun: Token) -> str | None:
        """No person to take it up: the body or state last the subject before the pronoun (see
        :func:`newsld.extract.anaphors.body_subject_before`); the pronoun's mention then says it."""
        body = body_subject_before(self.doc, pronoun, self.index.mentions, self._quote_spans(), self._may_take)
        return self._taken_up_by(pronoun, body)

    def _taken_up_by(self, pronoun: Token, body: str | None) -> str | None:
        """The body a pronoun was found to take up (None: none), remembered for the pronoun and said by its mention:
        the reference rules may have given the pronoun a person."""
        if body is not None:
            self._retake_pronoun(pronoun, body)
            self.taken_up[pronoun.i] = body
        return body

    def _quote_spans(self) -> list[tuple[int, int]]:
        """The spans of every quote, as one list (a quote an incise cuts has two parts)."""
        return [span for parts in self.quotes for span in parts]

    def _pronoun_speaker(self, pronoun: Token) -> str | None:
        """The person an incise's pronoun stands for (`», a-t-elle déclaré`); the pronoun is the reporting verb's
        subject, so its mention says that speaker when the reference rules left it unresolved."""
        start = pronoun.idx + pronoun.text.startswith("-")
        # `Kim Kang-il, avait prévenu`: the tokenizer cut a name's last part as if it were the inverted `-il`
        name = next((m for m in self.index.mentions if m.kind == "name" and m.start <= start < m.end), None)
        if name is not None:
            return name.entity
        said = any(m.kind == "pronoun" and m.start <= start < m.end for m in self.index.mentions)
        # `X se rendra en Turquie, a-t-il indiqué`: never a person of the words it reports without guillemets
        speaker = self._unlinked_if_withheld(pronoun, self._antecedent(
            pronoun.idx if said else self._unquoted_report_start(pronoun)))
        if speaker is not None and not said:
            self._retake_pronoun(pronoun, speaker)
        return speaker

    def _unlinked_if_withheld(self, pronoun: Token, speaker: str | None) -> str | None:
        """A pronoun the reference rules found to stand for someone they could not link (`Le chef de l'opposition a
        été arrêté. Il a dénoncé`) is no one the knowledge base holds: a local speaker only."""
        return None if withheld_pronoun(pronoun) and speaker is not None and self.kb.get(speaker) else speaker

    def _unquoted_report_start(self, pronoun: Token) -> int:
        """Where the words an incise reports start when no guillemets close right before it (`X se rendra en
        Turquie, a-t-il indiqué`: the sentence's start), else the pronoun's offset."""
        i = pronoun.i - 1
        while i >= 0 and self.doc[i].pos_ in ("AUX", "PRON", "ADV") and self.doc[i].text != "»":
            i -= 1
        if i < 1 or self.doc[i].text != "," or self.doc[i - 1].text == "»" or self._quoted(pronoun.idx):
            return pronoun.idx
        return sentence_of(pronoun).start_char

    def _other_gender(self, entity_id: str, pronoun: str) -> bool:
        """Is this person marked with the gender other than the pronoun's (`l'ambassadeur russe` for `elle`, `Mme X` or
        `la ministre` for `il`), by a civility, a title's article or the masculine form of a role noun?"""
        marks = {self._gender_mark(m) or self._masculine_role(m) for m in self.index.mentions
                 if m.entity == entity_id and m.kind != "pronoun"}
        marks.discard(None)
        wanted = "Fem" if pronoun == "elle" else "Masc"
        return len(marks) == 1 and wanted not in marks

    def _masculine_role(self, mention: Mention) -> str | None:
        """`l'ambassadeur`, `l'envoyé`: a role noun whose masculine form differs from its feminine one marks a man."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span) or mention.kind != "nominal":
            return None
        return "Masc" if span.root.lower_ in MASCULINE_ROLES else None

    def _may_take(self, entity_id: str, gender: str) -> bool:
        """May this person take a pronoun of that gender? `il` anyone not marked a woman, `elle` a woman marked so."""
        marks = {self._gender_mark(m) for m in self.index.mentions if m.entity == entity_id and m.kind != "pronoun"}
        marks.discard(None)
        marked = marks.pop() if len(marks) == 1 else None
        return marked == gender or (gender == "Masc" and marked is None)

    def _person_named_since(self, pronoun: Token, offset: int) -> bool:
        """Is the person the reference rules gave the pronoun named again between ``offset`` and it?"""
        given = next((m.entity for m in self.index.mentions if m.kind == "pronoun" and m.start <= pronoun.idx < m.end),
                     None)
        return given is not None and any(m.entity == given and m.kind != "pronoun" and offset <= m.start < pronoun.idx
                                         for m in self.index.mentions)

    def _retake_pronoun(self, pronoun: Token, entity: str) -> None:
        """The pronoun's mention says the institution it takes up (the reference rules may have given it a person)."""
        start, end = pronoun.idx + pronoun.text.startswith("-"), pronoun.idx + len(pronoun.text)  # `-il`: `il`
        kept = [m for m in self.mentions if not (m.kind == "pronoun" and m.start <= start < m.end)]
        kept.append(Mention(start, end, entity, "pronoun", self._type_of(entity) or "organization"))
        self.mentions[:] = kept
        self.index = MentionIndex(self.mentions)

    def _thing_taken_up(self, pronoun: Token) -> bool:
        """`Le document a été paraphé par X et Y. Il précise ...`: a subject pronoun that takes up the subject of the
        sentence before, a thing (a common noun of its gender that no mention holds, not a source nor a role)."""
        first = sentence_of(pronoun).start
        if first == 0:
            return False
        root = sentence_of(self.doc[first - 1]).root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None or subject.pos_ != "NOUN" or "Plur" in subject.morph.get("Number") or (
                self._quoted(subject.idx)) or subject.text in CIVILITIES:
            return False  # a sentence in quotes is someone's words; `M. Loukachenko ... Il a annoncé`: a person
        wanted = "Fem" if pronoun.lower_ == "elle" else "Masc"
        held = any(m.start <= subject.idx < m.end for m in self.index.mentions) or self._phrase_mentions(subject)
        return wanted in subject.morph.get("Gender") and not held and not is_source_noun(subject) and (
            hyphenated(subject) not in PERSON_NOUNS)

    def _is_subject(self, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        # (`Le guide suprême, l'ayatollah Ali Khamenei, a confié`: a name set beside a title set beside the subject)
        beside = root.head if root.dep_ in NAME_DEPS and root.head.dep_ in NAME_DEPS | {"flat"} else root
        return root.dep_ in ("nsubj", "nsubj:pass") or any(t.dep_ in ("nsubj", "nsubj:pass") for t in span) or (
            root.dep_ in NAME_DEPS and beside.head.dep_ in ("nsubj", "nsubj:pass"))

    def _entity_of_phrase(self, head: Token, new_local: bool) -> str | None:
        """The entity a noun phrase names: a mention holding its head, a person named in it (`le porte-parole
        du gouvernement, Yoshimasa Hayashi`), its first mention, else (if asked) a local entity of its own."""
        if (head.lower_ in ("dernier", "dernière") and any(c.lower_ in ("ce", "cette") for c in head.children)) or (
                head.lower_ in ("celui-ci", "celle-ci")):
            return self._unlinked_if_withheld(head, self._last_named(head))
        # `l'agence Chine nouvelle` (the name after the title, whole), `son interlocuteur` (the other of the talks)
        return self._body_taken_up(head) or self._meeting_host(head) or self._titled_entity(head) or (
            self._counterpart(head)) or self._named_in_phrase(head) or self._carried_authors_words(head, new_local) or (
            self._unnamed_phrase(head, new_local))

    def _carried_authors_words(self, head: Token, new_local: bool) -> str | None:
        """`indique un communiqué du ministère tchadien des Affaires étrangères`: the ministry speaks."""
        author = self._author_of_carrier(head)
        return self._entity_of_phrase(author, new_local) if author is not None else None

    def _meeting_host(self, head: Token) -> str | None:
        """`Le sommet a exigé`: a meeting speaks for the body that holds it, the organisation after its `de`
        (`le sommet du G7 a appelé`), or after the `de` of the same noun the article wrote last before it."""
        noun = head.lemma_.lower()
        if noun not in MEETING_NOUNS or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
            return None
        same = [t for t in self.doc[max(0, head.i - MEETING_REACH):head.i + 1] if t.lemma_.lower() == noun]
        for earlier in reversed(same):
            hosts = [self.index.at(c) for c in earlier.children if c.dep_ == "nmod" and c.i > earlier.i and any(
                g.lower_ in OF for g in c.children)]
            host = next((m for m in hosts if m is not None and m.type == "organization"), None)
            if host is not None:
                return host.entity
        return None

    def _body_taken_up(self, head: Token) -> str | None:
        """`la plus haute juridiction de l'ONU estime`, `Les juges ont conclu`: a definite description of a court, or
        its members as one, speaks for the court named last before it (the phrase becomes a mention of it)."""
        nouns = body_described(head)
        if nouns is None:
            return None
        holding = [m for m in self.index.mentions if m.start <= head.idx < m.end]
        if any(m.kind == "name" for m in holding):
            return None  # `la Cour internationale de justice`: a court that names itself
        named = [m for m in self.index.mentions if m.end <= head.idx and m.kind == "name" and head.idx - m.start < 1500
                 and names_body(self.text[m.start:m.end], nouns) and not self._quoted(m.start)]
        if not named:
            return None
        body = max(named, key=lambda m: m.start).entity
        start, end = self._noun_phrase(head)
        self.mentions[:] = [m for m in self.mentions if not (m.start <= head.idx < m.end)]
        self.mentions.append(Mention(start, end, body, "nominal", self._type_of(body) or "organization"))
        self.index = MentionIndex(self.mentions)
        return body

    def _named_in_phrase(self, head: Token) -> str | None:
        """The entity of a mention holding the phrase's head, or of a name in the phrase."""
        holding = [m for m in self.index.mentions if m.start <= head.idx < m.end]
        inside = self._phrase_mentions(head)
        people = [m for m in inside if m.type == "person"]
        named = next((m for m in people + inside if m.kind == "name"), None)
        apposed = self._apposed_person(head, people)
        if apposed is not None and not any(m.kind == "name" for m in holding):
            return apposed  # `son porte-parole, Yoshimasa Hayashi`: the name says who, whatever `son` was read as
        titled = self._name_right_after(head)
        if titled is not None and not any(m.kind == "name" for m in holding):
            return titled.entity  # `a annoncé le groupe chinois Sinopec`: the name, whatever the parse hung it on
        held_by_person = any(m.type == "person" for m in holding) and head.lower_ in PERSON_NOUNS
        if holding and (named is None or held_by_person or any(m.kind == "name" for m in holding)):
            return min(holding, key=lambda m: (m.start, -m.end)).entity
        own = [m for m in holding if m.type == "group" and named is not None and m.start < named.start
               and named.end <= m.end]
        if own:
            return own[0].entity  # `Les dirigeants de l'Otan ont promis`: the group, whose words hold the body's name
        if named is not None and holding:
            # `la police de Tokyo`, `l'ambassade de Russie`: a body of the place; `l'équipe de X`: X's people; `Selon le
            # parquet, le suspect, Viktor K.,`: a name past another phrase after a comma is not the body's
            if named.type in PLACE_TYPES or self._related_people(head) or self._past_other_phrase(head, named):
                return min(holding, key=lambda m: (m.start, -m.end)).entity
            return named.entity  # `l'agence officielle KCNA`: the name says which agency
        if self._related_people(head) or self._someone_of(head):
            return None  # `l'équipe de Donald Trump`, `les alliés de Kiev`, `un proche de X`: their people, not them
        if people and self._office_of_person(head, people):
            return None  # `le bureau du président X`: the office speaks, a body of its own
        if people and head.lemma_.lower() not in BODY_NOUNS:
            # `l'ambassadeur russe à l'ONU, Vassili Nebenzia`; not `Selon le parquet, le suspect, Viktor K.,`: a body
            # is no person, whoever the parser hangs on its phrase
            return people[0].entity
        titled = self._name_after(head)
        return titled.entity if titled is not None else None  # `le président ukrainien Volodymyr Zelensky`

    def _past_other_phrase(self, head: Token, named: Mention) -> bool:
        """A name after the phrase's end, a comma and a noun phrase of its own (`le parquet fédéral, le suspect,
        Viktor K.`): it names that other phrase, not the head's."""
        end = self._noun_phrase(head)[1]
        return named.start > end and NEXT_NOUN_PHRASE.match(self.text, end, named.start) is not None

    def _name_right_after(self, head: Token) -> Mention | None:
        """`le groupe chinois Sinopec`, `le chantier naval sud-coréen Hanwha Ocean`: a singular common noun, its
        adjectives and then a name, with no comma or preposition between: the noun is a title of the name, part of
        its phrase (the mention is the name's), wherever the parser hung the name."""
        if head.pos_ != "NOUN" or "Plur" in head.morph.get("Number") or head.is_upper:
            return None
        i = head.i + 1
        while i < len(self.doc) and i - head.i <= MAX_TITLE_ADJECTIVES and self._title_adjective(self.doc[i]):
            i += 1
        if i >= len(self.doc):
            return None
        return self._name_starting_at(self.doc[i])

    @staticmethod
    def _title_adjective(token: Token) -> bool:
        """A lower-case word between a title and the name (`chinois`, `naval`, `sud-coréen`), whatever the tagger
        took it for; not a day (`le ministère lundi`) or a word of the clause."""
        word = token.text.replace("-", "")
        return word.isalpha() and word.islower() and token.lower_ not in TIME_WORDS and (
            token.pos_ in ("ADJ", "NOUN", "VERB")) and not any(c.dep_ == "case" for c in token.children)

    def _unnamed_phrase(self, head: Token, new_local: bool) -> str | None:
        """A phrase no mention holds: the role it names, an unnamed speaker of its own, or an entity in it."""
        inside = self._phrase_mentions(head)
        people = [m for m in inside if m.type == "person"]
        named = next((m for m in people + inside if m.kind == "name"), None)
        if named is None or (not people and head.lower_ in PERSON_NOUNS):  # `de l'ONU` does not say who
            role = self._role_of_phrase(head)
            if role is not None:
                return role  # `le ministre russe`, `le secrétaire général de l'ONU`, `le régime nord-coréen`
        if new_local and head.lower_ in PERSON_NOUNS:
            local = self._local_speaker(head)  # `un porte-parole du ministère`: a person, not the ministry
            if local is not None:
                return local
        if self._related_people(head):  # `les alliés de Kiev`, `ses avocats`: people of X, not X
            return self._local_speaker(head) if new_local else None
        if new_local and "Plur" in head.morph.get("Number") and head.lemma_.lower() in PERSON_NOUNS and head.pos_ == (
                "NOUN") and not people:
            local = self._local_speaker(head)  # `les dirigeants du G7`, `les ministres de l'UE`: a group of its own
            if local is not None:
                return local
        posted = [m for m in inside if self._posted_to(m)]
        named_by = [m for m in inside if not self._located(m) and m not in posted]
        if posted and not named_by:
            return self._local_speaker(head) if new_local else None  # `la mission iranienne auprès de l'ONU`
        if people and self._office_of_person(head, people):
            return self._local_speaker(head) if new_local else None
        if named_by and (self._body_of_places(head, named_by) or self._someone_from(head, named_by)):
            return self._local_speaker(head) if new_local else None  # `la police de Tokyo`: not Japan
        if named_by:
            return named_by[0].entity
        return self._local_speaker(head) if new_local else None

    def _author_of_carrier(self, head: Token) -> Token | None:
        """The body or person whose words a carrying noun holds (`un communiqué du ministère X`, `une lettre de la
        présidence`), when no mention names it yet: a text only carries its author's words (not `le texte de
        l'accord`, what the text is)."""
        author = _of_complement(head) if head.lemma_.lower() in CARRYING_NOUNS else None
        if author is None or self._phrase_mentions(author):
            return None
        return author if _body_noun(author) or author.lemma_.lower() in PERSON_NOUNS else None

    @staticmethod
    def _body_of_places(head: Token, named: list[Mention]) -> bool:
        """`la police de Tokyo`, `le parquet de Paris`, `les autorités de Kiev`: a body of a place speaks for itself,
        not for the place or its state, whose name only says which body it is."""
        return _body_noun(head) and all(m.type in PLACE_TYPES for m in named)

    @staticmethod
    def _someone_of(head: Token) -> bool:
        """`un proche de X`, `un membre du cabinet`, `une source au sein de`: someone unnamed of a person or a body."""
        return head.lemma_.lower() in MEMBER_NOUNS and any(c.dep_ == "det" and c.lower_ in ("un", "une")
                                                           for c in head.children)

    @staticmethod
    def _someone_from(head: Token, named: list[Mention]) -> bool:
        """`une retraitée de Nam Dinh`, `un habitant de Kiev`, `un commerçant d'Odessa`: someone unnamed (an indefinite
        singular noun) of a place is a speaker of their own, not the place; so is an unnamed source of any body."""
        indefinite = any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in head.children)
        if SpeechExtractor._someone_of(head):
            return True  # `une source au sein de la délégation`, `un membre du cabinet`: someone of the body, not it
        return indefinite and head.pos_ == "NOUN" and all(m.type in PLACE_TYPES for m in named)

    @staticmethod
    def _related_people(head: Token) -> bool:
        """`les alliés de Kiev`, `des proches du président`: a plural noun of people related to someone names a group
        of its own, whoever the complement names; so does a singular one of the people around someone (`l'équipe de
        Donald Trump`, `son entourage`)."""
        return (head.lemma_.lower() in RELATED_PEOPLE and "Plur" in head.morph.get("Number")) or (
            head.lemma_.lower() in PEOPLE_AROUND)

    def _office_of_person(self, head: Token, people: list[Mention]) -> bool:
        """`le bureau du président sud-coréen Yoon Suk Yeol`, `le cabinet du Premier ministre X`: a body noun whose
        `de` complement names the person it serves (before any comma) is a body of its own; a name set off after
        a comma may only name that person again (`Le bureau du Premier ministre israélien, Benyamin Netanyahou,`)."""
        if not _body_noun(head) or head.pos_ != "NOUN":
            return False
        end = head.idx + len(head.text)
        served = [m for m in people if "," not in self.text[head.idx:m.start]]
        return bool(served) and all(OF_COMPLEMENT.match(self.text, end, m.start) for m in served) and all(
            m.entity in {s.entity for s in served} for m in people)

    def _apposed_person(self, head: Token, people: list[Mention]) -> str | None:
        """The person named in apposition to a role noun (`le porte-parole, Yoshimasa Hayashi,`); not to a body
        (`Selon le parquet fédéral, le suspect, Viktor K., a été interpellé`: the body's phrase ends at its comma)."""
        if _body_noun(head):
            return None
        for mention in people:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if mention.kind == "name" and span is not None and span.root.dep_ == "appos" and span.root.head.i == head.i:
                return mention.entity
        return None

    def _counterpart(self, head: Token) -> str | None:
        """`son interlocuteur`, `son homologue` the references left alone: the person the possessor (the last person
        who was a subject or spoke) was dealing with, the last other person named before."""
        if head.lower_ not in COUNTERPART_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("son", "sa", "leur") for c in head.children):
            return None
        if any(m.start <= head.idx < m.end for m in self.index.mentions):
            return None
        possessor = self._antecedent(head.idx)
        others = [m for m in self.index.mentions if m.end <= head.idx and m.type == "person" and m.entity != possessor
                  and not self._quoted(m.start) and head.idx - m.start < 1500]
        if possessor is None or not others:
            return None
        found = max(others, key=lambda m: m.start).entity
        start, end = self._noun_phrase(head)
        self.mentions.append(Mention(start, end, found, "nominal", "person"))
        self.index = MentionIndex(self.mentions)
        return found

    def _role_of_phrase(self, head: Token) -> str | None:
        """The person (or state) a role phrase the references left alone names, as a mention of its own."""
        start, end = self._noun_phrase(head)
        words = list(self.doc.char_span(head.idx, end, alignment_mode="expand") or [head])
        inside = {t.i: m.entity for t in words for m in self.index.mentions if m.start <= t.idx < m.end}
        found, type_ = state_of_regime(self.kb, head), "country"
        if found is None and (head.lower_ in PERSON_NOUNS or head.lower_ in OCCASIONAL_ROLES):
            found, type_ = role_holder(self.kb, words, inside, self._people_before(start)), "person"
        if found is None:
            return None
        self.mentions.append(Mention(start, end, found, "nominal", type_))
        self.index = MentionIndex(self.mentions)
        return found

    def _people_before(self, offset: int) -> list[Candidate]:
        """The people of the knowledge base named before ``offset`` (outside quotes), and who spoke."""
        people = [m for m in self.index.mentions if m.end <= offset and m.type == "person"
                  and self.kb.get(m.entity) is not None and not self._quoted(m.start)]
        marked: dict[str, set[str]] = {}
        for mention in people:
            marked.setdefault(mention.entity, set()).add(self._gender_mark(mention))
        gender = {e: next(iter(g - {None}), None) if len(g - {None}) == 1 else None for e, g in marked.items()}
        named = [Candidate(m.start, m.entity, self._is_subject(m), gender[m.entity]) for m in people]
        spoke = [Candidate(a.trigger.idx, a.speaker, True, gender.get(a.speaker)) for a in self.acts
                 if a.trigger.idx < offset and self.kb.get(a.speaker) is not None]
        return named + spoke

    def _gender_mark(self, mention: Mention) -> str | None:
        """`Mme Kamikawa`, `la ministre japonaise`: the gender a mention marks its person with, if any."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        before = self.doc[span.start - 1].text if span.start > 0 else ""
        if before in CIVILITIES or mention.kind == "nominal":
            return role_gender(span.root) if mention.kind == "nominal" else CIVILITIES[before]
        title = self.doc[span.start - 1] if span.start > 0 else None
        if title is not None and title.pos_ == "NOUN" and title.lower_ in PERSON_NOUNS:
            return role_gender(title)  # `la ministre Anne Martin`: the title right before the name
        return None

    def _located(self, mention: Mention) -> bool:
        """`l'ambassade nord-coréenne à Pékin`: a place the speaker is at (`à`, `en`, `dans`), not who it is."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and any(
            c.dep_ == "case" and c.lower_ in PLACE_PREPOSITIONS for c in span.root.children)

    def _name_after(self, head: Token) -> Mention | None:
        start, end = head.idx + len(head.text), self._noun_phrase(head)[1]
        found = next((m for m in self.index.mentions if start < m.start <= end + 1 and m.kind == "name"
                      and m.type == "person"), None)
        return found or self._apposed_name(head, end) or self._described_name(head)

    def _described_name(self, head: Token) -> Mention | None:
        """`le groupe russe Rosatom`, `l'entreprise publique Hydro-Québec`, `le constructeur Airbus`: a common noun
        and its adjectives that describe the name right after them (no `de` between): the name says who speaks, the
        description is no speaker of its own (not a place: `la police de Tokyo`, `le port Odessa` are not Tokyo)."""
        if head.pos_ != "NOUN" or head.text[:1].isupper():
            return None
        i = head.i + 1
        while i < len(self.doc) and i - head.i <= MAX_TITLE_ADJECTIVES and self.doc[i].pos_ == "ADJ" and (
                self.doc[i].text.islower()):
            i += 1  # `russe`, `public`, `pétrolier`
        if i >= len(self.doc):
            return None
        name = self._name_starting_at(self.doc[i])
        return name if name is not None and name.type not in PLACE_TYPES else None

    def _name_starting_at(self, token: Token) -> Mention | None:
        """The name mention that begins at the word (the name after a title's noun and adjectives)."""
        return next((m for m in self.index.mentions if m.start == token.idx and m.kind == "name"), None)

    def _apposed_name(self, head: Token, end: int) -> Mention | None:
        """`le ministre de l'Unification, Kim Yung-ho, lors de ...`: a title, then the name between commas (not the
        subject of the next clause: `Selon l'agence TASS, Vladimir Poutine a ...`)."""
        apposed = re.match(r"\s*,\s*", self.text[end:end + 4])
        if apposed is None or head.lower_ not in PERSON_NOUNS:
            return None
        name = next((m for m in self.index.mentions if m.start == end + apposed.end() and m.kind == "name"
                     and m.type == "person"), None)
        closed = name is not None and re.match(r"\s*(?:[,.;]|$)", self.text[name.end:name.end + 3])
        return name if closed else None

    def _phrase_mentions(self, head: Token) -> list[Mention]:
        cut = {t.i for c in head.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}
        tokens = [t for t in head.subtree if t.i not in cut]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return [m for m in self.index.mentions if start <= m.start and m.end <= end]

    def _local_speaker(self, head: Token) -> str | None:
        """`un porte-parole de la présidence sud-coréenne`, `plusieurs diplomates`: an unnamed speaker."""
        if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in NOT_SUBJECTS or self._counted_plural(head):
            return None  # `les deux présidents` the count could not tell: several known ones, no new source
        if head.lemma_.lower() in CIRCUMSTANCE_NOUNS:
            return None  # `si la situation l'exige`, `quand les circonstances le permettront`: no one speaks
        start, end = self._noun_phrase(head)
        if any(m.start <= head.idx < m.end for m in self.index.mentions) or self._definite_person(head, end):
            return None
        label = self.text[start:end]
        plural = "Plur" in head.morph.get("Number")
        type_ = "group" if plural else "person" if head.lower_ in PERSON_NOUNS | MEMBER_NOUNS else "organization"
        entity = self.entities.new_local(label, type_, UNNAMED_SOURCE)
        mention = Mention(start, end, entity, "nominal", type_)
        self.mentions.append(mention)
        self.index = MentionIndex(self.mentions)
        return entity

    @staticmethod
    def _definite_person(head: Token, end: int) -> bool:
        """`le ministre`, `le président`: a bare title stands for someone the article named (whom the references
        did not resolve), not a new source; `l'ambassadeur israélien`, `le porte-parole du ministère` say who, and so
        does `son porte-parole` the references left alone (the spokesman of whoever `son` is, a person of his own)."""
        if head.lower_ == "porte-parole" and any(c.dep_ == "det" and c.lower_ in ("son", "sa") for c in head.children):
            return False
        definite = any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "son", "sa", "ce", "cette")
                       for c in head.children)
        modified = end > head.idx + len(head.text)  # `l'ambassadeur israélien`: not only a title
        # `le régime`, `le pays`: a state the article named, never a new source
        taken_up = head.lower_ in PERSON_NOUNS or head.lower_ in ANAPHORIC_STATES
        return definite and taken_up and "Plur" not in head.morph.get("Number") and not modified

    def _noun_phrase(self, head: Token) -> tuple[int, int]:
        """From the determiner to the last noun, adjective or `de` complement: no clause, no comma."""
        first = min((c for c in head.children if c.dep_ == "det" and c.i < head.i), key=lambda t: t.i, default=head)
        last = head
        for token in self.doc[head.i + 1:head.i + 14]:
            if self._word_goes_on(token):
                last = token
                continue
            if token.lower_ == "en" and self._state_after_en(token):
                continue  # `des médias en exil`, `le négociateur en chef`: what the phrase's people are
            if token.text in COMPASS_NAMES and self.doc[token.i - 1].pos_ in ("NOUN", "PROPN"):
                last = token  # `le commandement du théâtre Est`: the point of the compass names the body (the
                break  # tagger takes `Est` for the verb), and ends its name
            if token.lower_ == "au" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "sein":
                continue  # `une source au sein de sa délégation`: the body the source is in says who
            body = self._body_a_source_is_in(head, token)
            if body is not None:
                last = body  # `une source au Kremlin`: the institution the source is in says who
                break
            if token.lower_ in CAME_FROM and token.head.i == head.i and token.i + 1 < len(self.doc) and (
                    self.doc[token.i + 1].lower_ in OF):
                continue  # `une retraitée venue de la province de X`: where an unnamed speaker comes from says who
            if joins_complements(token):
                continue  # `le ministère de l'Énergie et des Mines`: a coordinated complement of the title
            if token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ", "PRON", "CCONJ", "ADV") or (
                    token.lower_ in TIME_WORDS) or (token.pos_ == "ADP" and token.lower_ not in OF) or (
                    mistagged_present(token) or intends(token)):  # `Le gouvernement japonais juge « ... »`: the verb
                break
            last = token
        titled = self._titled_name(head, last)
        if titled is not None:
            return titled  # `l'agence Kyodo`: the title is part of the name's phrase, the mention is the name
        while last.pos_ in ("ADP", "DET") and last.i > head.i:
            last = self.doc[last.i - 1]
        end = last.idx + len(last.text)
        # `un porte-parole de l'ambassade des États-Unis à Hanoï`: the mission's posting ends the member's phrase too
        posted = next((t.text for t in reversed(self.doc[head.i:last.i + 1]) if t.lower_ in POSTED_NOUNS), head.text)
        return first.idx, posting_end(self.text, posted, end, self.index.mentions) or self._in_post(end) or end

    def _word_goes_on(self, token: Token) -> bool:
        """`l'état-major`, cut by the tokenizer into `état`, `-`, `major`; `des médias biélorusses`, a nationality the
        tagger took for a participle: the word is part of the phrase whatever its tag."""
        return inner_hyphen(token) or (token.i > 0 and inner_hyphen(self.doc[token.i - 1])) or (
            demonym_country(token.lower_) is not None and token.dep_ == "amod")

    def _body_a_source_is_in(self, head: Token, preposition: Token) -> Token | None:
        """`une source au Kremlin`, `un responsable à la Maison Blanche`: the last word of an institution named right
        after `au` or `à la` behind a source noun (where the source sits, part of who they are); None otherwise (`un
        diplomate à Moscou`: a city, where they are posted, read by :meth:`_in_post`)."""
        if preposition.lower_ not in ("au", "à") or head.lemma_.lower() not in SOURCE_NOUNS:
            return None
        after = preposition.i + 1
        if preposition.lower_ == "à" and after < len(self.doc) and self.doc[after].lower_ in ("la", "l'", "l’"):
            after += 1
        if after >= len(self.doc):
            return None
        start = self.doc[after].idx
        body = next((m for m in self.index.mentions if m.start == start and m.type == "organization"), None)
        span = self.doc.char_span(body.start, body.end, alignment_mode="expand") if body is not None else None
        return span[-1] if span is not None else None

    def _in_post(self, end: int) -> int | None:
        """`un diplomate européen en poste à Minsk`, `un responsable en mission à Genève`: where the unnamed speaker
        is posted says who they are and belongs to their phrase: the end of the place's name, or None."""
        posted = IN_POST.match(self.text, end)
        name = None if posted is None else next((m for m in self.index.mentions if m.start == posted.end()
                                                 and m.kind in ("name", "metonym")), None)
        return None if name is None else name.end

    def _state_after_en(self, en: Token) -> bool:
        """`en exil`, `en fuite`, `en exercice`: `en` and a bare common noun that ends the phrase qualify who the
        phrase names (not `en poste à Hanoï`, `en Corée`: where they are)."""
        i = en.i + 2
        while i < len(self.doc) and self.doc[i].pos_ == "ADJ" and self.doc[i].text.islower():
            i += 1  # `le négociateur en chef ukrainien`
        if i >= len(self.doc):
            return False
        noun, after = self.doc[en.i + 1], self.doc[i]
        return noun.pos_ == "NOUN" and noun.text.islower() and (after.is_punct or after.pos_ in ("VERB", "AUX"))

    @staticmethod
    def _titled_name(head: Token, last: Token) -> tuple[int, int] | None:
        """`l'agence Kyodo`, `le quotidien Asahi Shimbun`: a title, then a proper name (its adjectives aside); the
        name runs on over the lower-case words that are part of it (`l'agence Chine nouvelle`)."""
        if head.lower_ not in TITLE_NOUNS:
            return None
        # `Le Monde`: its article; `Roscosmos`, which the tagger may take for an adjective (capitalised, it is not one)
        first = head.i + 1
        if head.doc[first:first + 2].text.replace("’", "'") in ("d'État", "d' État"):
            first += 2  # `la télévision d'État CCTV`, `l'agence d'État Xinhua`: what kind of outlet, then its name
        names = [t for t in head.doc[first:last.i + 1] if t.pos_ in ("PROPN", "NOUN", "X", "DET", "ADJ")
                 and t.text[:1].isupper()]
        if not names or any(t.pos_ not in ("ADJ", "PROPN") for t in head.doc[first:names[0].i]):
            return None
        tail = names[0]
        while tail.i + 1 <= last.i and (head.doc[tail.i + 1].text[:1].isupper() or _name_word(head.doc[tail.i + 1])):
            tail = head.doc[tail.i + 1]
        return names[0].idx, tail.idx + len(tail.text)

    def _titled_entity(self, head: Token) -> str | None:
        """`l'agence officielle Chine nouvelle`: a title, then a name the linker only read part of (`Chine`, the
        country): the whole name is one source of its own (a local organisation), the part is no mention."""
        if head.lower_ not in TITLE_NOUNS:
            return None
        start, end = self._noun_phrase(head)
        if start <= head.idx or not self.text[start:start + 1].isupper():
            return None  # no name after the title
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        whole = next((m for m in inside if (m.start, m.end) == (start, end)), None)
        if whole is not None or not inside or any(m.type == "person" for m in inside):
            return whole.entity if whole is not None else None
        for mention in inside:
            self.mentions.remove(mention)
        entity = self.entities.new_local(self.text[start:end], "organization",
                                         "a news outlet not in the knowledge base")
        self.mentions.append(Mention(start, end, entity, "name", "organization"))
        self.index = MentionIndex(self.mentions)
        return entity

    # --- the speaker of a trigger ------------------------------------------------------------------------
    def _constructions(self) -> list[tuple[Callable[[Token], object], Callable[[Token], str | None]]]:
        """Triggers whose speaker is not the verb's subject: (the construction, who speaks in it)."""
        return [
            (attribution_type, self._attributed),  # `selon X`
            # `, citant l'administration locale`: the source cited speaks (before the participle's own speaker)
            (self._cites_source, lambda t: self._entity_of_phrase(self._cites_source(t), new_local=True)),
            (_agent_right_after, lambda t: self._entity_of_phrase(_agent_right_after(t), new_local=True)),
            (lambda t: is_participle(t) or left_unsaid(t), self._participle_speaker),  # `, jugeant que`
            (lambda t: lemma_of(t) == "lire", self._document_author),  # `peut-on lire dans X`
            (nominal_call_type, self._caller),  # `un appel de X à`
            (nominal_speaker, self._nominal_speaker),  # `la reconnaissance par X de ...`
            (no_word_came, lambda t: self._whom_from(words_verb(t), t)),  # `Aucune réaction n'est venue de X`
            # `Pas de réaction dans l'immédiat à Washington`: whom no words came from
            (verbless_silence, self._silent_place),
            # `Les propositions adressées à Moscou sont restées sans réponse`: whom they were sent to
            (unanswered, self._unanswering),
            (publisher_of, lambda t: self._entity_of_phrase(publisher_of(t), new_local=True)),  # `publiée par X`
            (silence_type, lambda t: self._verb_speaker(t.head)),  # who refused the comment
        ]

    def speaker(self, token: Token) -> str | None:
        for construction, speaker_in in self._constructions():
            if construction(token):
                return speaker_in(token)
        citing = self._citing_by_words(token)
        if citing is not None:
            return citing
        pronoun = self._inverted_pronoun(token)
        if pronoun is not None:  # `Le ministère a dénoncé ... « ... », a-t-il ajouté`: the ministry goes on
            return self._body_going_on(pronoun, lemma_of(token) in CONTINUING_SPEECH) or self._pronoun_speaker(
                pronoun) or self._body_subject(pronoun)
        agent = self._agent_of(token)
        if agent is not None and is_passive(token):
            return self._entity_of_phrase(agent, new_local=True)  # `n'ont pas été commentées par le Kremlin`
        if (is_passive(token) or _bare_participle(token)) and not is_reflexive(token) and (
                lemma_of(token) not in HELD_BY_SUBJECT):
            # `aucun dégât n'a été signalé`, `un cadre arrêté et soupçonné d'espionnage`: nobody named
            return self._implied_announcer(token) if is_passive(token) else None
        relative = next((c for c in token.children if c.dep_ == "nsubj" and c.lower_ == "qui"), None)
        particle = particle_of(token)  # `qui fait état`: the parser may make `état` the relative clause's verb
        clause = token.head if particle is not None and token.head.i == particle.i else token
        if relative is not None and clause.dep_ == "acl:relcl":
            return self._entity_of_phrase(clause.head, new_local=False)  # `l'agence KCNA, qui n'a pas précisé`
        return self._verb_speaker(token)

    def _citing_by_words(self, token: Token) -> str | None:
        """`a indiqué un responsable américain cité par l'agence Reuters`: who cites, the name right after `cité par`
        (`l'agence`, `le journal` before it), by the words when the parse lost the participle (a noun, its agent hung
        on the main verb)."""
        if token.lower_ not in CITED_FORMS or token.pos_ == "VERB" or token.i + 1 >= len(self.doc) or (
                self.doc[token.i + 1].lower_ != "par"):
            return None
        after = self.doc[token.i + 1].idx + 3
        cited_by = CITING_OUTLET.match(self.text, after)
        start = cited_by.end() if cited_by is not None else after
        found = next((m for m in self.index.mentions if m.start == start and m.kind in ("name", "metonym")), None)
        return found.entity if found is not None else None

    def _implied_announcer(self, verb: Token) -> str | None:
        """`..., a annoncé le ministère. La date du retrait n'a pas été précisée.`: information a negated passive says
        was not given, with no agent, is withheld by the body whose announcement the story is telling: the speaker
        of the last act before it (a body or a state, not in a quote, not itself withheld). None when a person spoke
        last (a person does not announce for whoever stayed silent) or when the subject is no piece of news (`aucun
        dégât n'a été signalé`: nothing happened)."""
        if lemma_of(verb) not in INFORMING or speech_status(verb) != "negated":
            return None
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subject is None or any(c.lower_ in ("aucun", "aucune", "nul", "nulle") for c in subject.children):
            return None
        earlier = [a for a in self.acts if a.trigger.i < verb.i and verb.idx - a.trigger.idx < ANNOUNCER_REACH
                   and a.status != "negated" and not self._quoted(a.trigger.idx)]
        last = earlier[-1].speaker if earlier else None
        return last if last is not None and self._type_of(last) in ("organization", "country") else None

    def _author_of(self, document: Token) -> str | None:
        """`un communiqué de la présidence`, `un bilan des autorités locales`: the author of what a `selon` names."""
        if document.lower_ in DATA_NOUNS:  # `selon les résultats de la commission électorale`, `selon les registres
            return self._data_source(document)  # maritimes`: who gives the figures, else the records themselves
        if document.lemma_.lower() not in REPORT_NOUNS:
            return None
        author = _of_complement(document)
        return self._entity_of_phrase(author, new_local=True) if author is not None else None

    def _written_by(self, document: Token) -> str | None:
        """`Le rapport publié mardi par l'ONG X dénonce`, `un communiqué de la présidence affirme`: a document speaks
        for its author when the article names one (who published it, or a speaker after its `de`)."""
        if document.lemma_.lower() not in CARRYING_NOUNS:
            return None
        by = next((g for c in document.children if c.dep_ == "acl" and c.lemma_.lower() in SPREAD_VERBS | AUTHORING
                   for g in c.children if g.dep_ == "obl:agent"), None)
        author = by or _of_complement(document)
        speaking = author is not None and (author.pos_ == "PROPN" or is_source_noun(author) or bool(
            self._phrase_mentions(author)))
        return self._entity_of_phrase(author, new_local=True) if speaking else None

    def _silent_place(self, noun: Token) -> str | None:
        """`Pas de réaction à Washington`: the one no words came from; a capital is its state, and its mention then
        says the state (a metonym, as a capital that speaks)."""
        whom = self.index.at(verbless_silence(noun))
        if whom is None:
            return None
        state = self._state_of(whom.entity)
        known = self.kb.get(state) if state != whom.entity else None
        if known is not None:
            if state not in self.entities.by_id:
                self.entities.add(Entity(known.qid, known.label("fr"), "country", known.labels.get("en")))
            whom.entity, whom.kind, whom.type = state, "metonym", "country"
        return state

    def _whom_from(self, verb: Token, noun: Token | None = None) -> str | None:
        """`venue de Pyongyang`, `obtenu auprès du ministère`: whom the words would have come from; else the name of
        the noun's own `de` (`Aucune réaction de Pékin n'a été enregistrée`)."""
        near = [g for c in verb.children if c.lower_ == "auprès" for g in c.children if g.dep_.startswith("obl")]
        source = next((c for c in verb.children if c.dep_.startswith("obl") and any(
            g.lower_ in OF for g in c.children)), None)
        of = name_of_noun(noun) if noun is not None else None
        found = near[0] if near else source or of
        return self._entity_of_phrase(found, new_local=True) if found is not None else None

    def _caller(self, call: Token) -> str | None:
        """`un appel de Washington à ...`: the one the call is of, a name (a capital is its state)."""
        of = of_phrase(call)
        adjective = caller_adjective(call) if of is None or of.pos_ != "PROPN" else None
        if adjective is not None:
            return self._country_of_demonym(adjective)  # `un appel chinois`: China's
        if of is None and adjective is None:
            of = call_launcher(call)  # `un appel à la trêve lancé par le pape`
        named = self._entity_of_phrase(of, new_local=False) if of is not None else None
        return self._state_of(named) if named is not None else None

    def _joint_callers(self, call: Token) -> list[str]:
        """`les appels de Kiev et de plusieurs organisations`: a call of several, one act each (the parser may hang
        the second `de` phrase on the call itself)."""
        if not nominal_call_type(call):
            return []
        of = of_phrase(call)
        more = [c for h in (call, of) if h is not None for c in h.children if c.dep_ == "conj" and c.i > call.i
                and any(g.dep_ == "case" and g.lower_ in OF for g in c.children)]
        if of is None or not more:
            return []
        found = [self._caller(call), *(self._state_of(e) for e in (self._entity_of_phrase(c, new_local=True)
                                                                     for c in more) if e is not None)]
        return found if None not in found and len(set(found)) == len(found) else []

    def _posted_to(self, mention: Mention) -> bool:
        """Is the mention whom a body is posted to (`auprès de l'ONU`)? Read in the few words before it only."""
        return POSTED_TO.search(self.text, max(0, mention.start - 20), mention.start) is not None

    def _joint_nominal_speakers(self, noun: Token) -> list[str]:
        """`la déclaration commune de la Chine et de la Russie`, `les condamnations de Tokyo et de Washington`: the
        words named by the noun are each party's, one act each (a capital is its state; a place does not speak)."""
        phrases = joint_speaker_phrases(noun) if noun.pos_ == "NOUN" else []
        named = [self._entity_of_phrase(p, new_local=True) for p in phrases]
        found = [self._state_of(e) if e is not None else None for e in named]
        if None in found or any(self._type_of(e) == "place" for e in found):
            return []
        return found if len(set(found)) == len(found) else []

    def _joint_authors(self, verb: Token) -> list[str]:
        """`Le texte, présenté par la France et l'Allemagne, demandait`, `un projet ..., présenté par X et Y, qui
        appelait`: a text speaks for those who put it forward, one act each (and the relative the parser hangs on the
        first of them says the same: they speak)."""
        agent = self._author_agent(verb)
        if agent is None:
            return []
        named = [self.index.at(h) for h in (agent, *(c for c in agent.children if c.dep_ == "conj"))]
        if None in named:
            return []
        if len(named) == 1:  # `par le Royaume-Uni et la Sierra Leone`: the parse may hang the second elsewhere
            sentence = sentence_of(verb)
            names = sorted((m for m in self.index.mentions if sentence.start_char <= m.start < sentence.end_char
                            and not self._quoted(m.start)), key=lambda m: m.start)
            n = next((k for k, m in enumerate(names) if m == named[0]), None)
            named += self._joined(names, n, 1) if n is not None else []
        authors = [self._state_of(m.entity) for m in named]
        return authors if len(set(authors)) == len(authors) else []

    @staticmethod
    def _author_agent(verb: Token) -> Token | None:
        """The first agent of the participle that puts forward the text the verb's subject (or `qui`) stands for."""
        qui = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "qui"), None)
        if qui is not None:  # the parser hangs `qui` on the last name before it, or on the main verb
            before = verb.head if verb.dep_ == "acl:relcl" else verb.doc[max(0, qui.i - 2)]
            agent = before.head if before.dep_ == "conj" else before
            put = agent.head
            text = agent.dep_ == "obl:agent" and put.dep_ == "acl" and put.head.pos_ == "NOUN"
            return agent if text and put.lemma_.lower() in PUT_FORWARD else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        put = next((c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in PUT_FORWARD), None) if (
            subject is not None) else None
        return next((c for c in put.children if c.dep_ == "obl:agent"), None) if put is not None else None

    def _country_of_demonym(self, adjective: Token) -> str | None:
        label = demonym_country(adjective.text)
        return next((e.qid for e in self.kb.of_type("country") if e.label("fr").lower() == label.lower()), None) if (
            label) else None

    def _unanswering(self, noun: Token) -> str | None:
        """`Les propositions adressées à Moscou sont restées sans réponse`: whom they were sent to (a capital is its
        state; a building the words were sent to is no speaker)."""
        named = self._entity_of_phrase(unanswered(noun), new_local=True)
        speaker = self._state_of(named) if named is not None else None
        return None if speaker is None or self._type_of(speaker) == "place" else speaker

    def _nominal_speaker(self, noun: Token) -> str | None:
        """`la reconnaissance par le Nord de ...`, `des déclarations de responsables occidentaux`: who spoke (a capital
        is its state)."""
        named = self._entity_of_phrase(nominal_speaker(noun), new_local=True)
        speaker = self._state_of(named) if named is not None else None
        return None if speaker is None or self._type_of(speaker) == "place" else speaker  # a place does not speak

    def _type_of(self, entity_id: str) -> str | None:
        known = self.kb.get(entity_id) or self.entities.by_id.get(entity_id)
        return known.type if known is not None else None

    def _document_author(self, verb: Token) -> str | None:
        """`peut-on lire dans un communiqué du ministère`: who wrote it (`du ministère`), else the text itself."""
        where = next((c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i), None)
        if where is None:
            return None
        author = next((c for c in where.children if c.dep_ == "nmod" and any(
            g.lower_ in OF for g in c.children)), None)
        return self._entity_of_phrase(author or where, new_local=True)

    def _verb_speaker(self, verb: Token) -> str | None:
        relative = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.lower_ == "qui"
                         and "Rel" in c.morph.get("PronType") and c.i < verb.i), None)
        if relative is not None:  # `au Premier ministre, Fumio Kishida, qui avait réaffirmé`: what `qui` stands for
            return self._antecedent_of_qui(relative)
        start, end = trigger_span(verb)
        own_subject = self._own_subject(verb)
        main = self._main_clause_conjunct(verb) if own_subject is None else None
        if main is not None:  # `X a assuré que Y soutiendrait Z et s'est dit prêt`: X's second verb
            return self._verb_speaker(main)
        if own_subject is None and _listed_participle(verb) and self._reporter_of_clause(verb.head) is None:
            shared = self._verb_speaker(verb.head)  # `X, qui ..., a dénoncé ... et appelé`: the first verb's speaker
            if shared is not None:
                return shared
        group = min([start, *(c.idx for c in verb.children if c.i < verb.i and verb.i - c.i <= 4 and (
            c.dep_.startswith(("aux", "expl")) or c.lower_ in ("ne", "n'", "n’")))])  # `n'a pas réagi`
        set_apart = self._set_apart_speaker(verb) or self._speaker_past_relative(verb, own_subject, group)
        if set_apart is not None:
            return set_apart
        # (`», a de son côté commenté X`: the comma before the auxiliary, a phrase between it and the participle)
        postposed = re.search(r",\s*$", self.text[max(0, group - 6):group]) and not INTRODUCES.match(
            self.text[end:end + 6]) and not _listed_participle(verb)
        if postposed and own_subject is None and verb.dep_ == "ROOT" and not self._clause_before(verb, group):
            # `Dans un communiqué diffusé par X, la sœur du dirigeant, Kim Yo-jong, a présenté ces envois comme ...`:
            # with no clause nor quote before it, the comma closes an apposition, not a reported clause
            named = self._named_right_before(group)
            if named is not None:
                return named
        if postposed and own_subject is None:  # `», a rapporté jeudi KCNA`: the subject follows
            # unless the comma closes a relative clause or an apposition on the name that opens the clause (`Kiev, qui
            # réclame des sanctions, a dénoncé un contrat qui ...`: the contract is the object, not who speaks)
            # (`Le ministère, a indiqué l'agence KCNA, a dénoncé ...`: the subject before the incise)
            return self._subject_before_incise(verb, group) or self._named_right_before(
                group, set_apart=True) or self._described_speaker(verb) or (
                self._compatriot_described(verb)) or self._inverted_subject(verb) or self._named_right_before(group)
        if own_subject is not None and not self._participle_set_off(own_subject, group) and (re.search(
                r"»\s*,\s*$", self.text[max(0, start - 6):start]) or (
                postposed and self._predicate_between(own_subject, group)) or (
                postposed and self._incise_after_subject(own_subject, verb, group))):
            # `X a appelé à « ... », a rapporté l'agence Y`: after a quote and a comma the subject is inverted, the
            # one before the quote belongs to the clause the parser hung on this verb
            inverted = self._described_speaker(verb) or self._inverted_subject(verb)
            if inverted is not None:
                return inverted
        subject = own_subject or self._shared_subject(verb) or self._refuser_shared_subject(verb) or (
            self._subject_before_auxiliary(verb)) or self._noun_before_mistagged(verb)
        return self._subject_speaker(verb, subject or subject_of(verb), group)  # `Ce dernier`: `dernier` an ADJ

    def _participle_set_off(self, subject: Token, group: int) -> bool:
        """`Vladimir Poutine, jugeant la proposition « inacceptable », a rejeté le texte`: a participle clause set off
        by commas right after the subject runs up to the verb group (its quote ends there): the subject before it
        speaks, no speaker inverted after a quote."""
        after = subject.i + 1  # past the name's own words (the participle may hang on it)
        while after < len(self.doc) and self.doc[after].dep_ in ("flat:name", "flat") and (
                self.doc[after].head.i == subject.i):
            after += 1
        if after + 1 >= len(self.doc) or self.doc[after].text != ",":
            return False
        participle = self.doc[after + 1]
        if not is_participle(participle) or participle.idx >= group:
            return False
        between = [t for t in self.doc[participle.right_edge.i + 1:] if t.idx < group]
        return all(t.is_punct for t in between)

    @staticmethod
    def _main_clause_conjunct(verb: Token) -> Token | None:
        """`M. Kim a assuré son invité que Pyongyang soutiendrait Moscou et s'est dit prêt`: a verb in the passé composé
        after `et` that the parser joined to the verb of a `que` clause in another tense (a conditional, a future, an
        imperfect) goes on with the main clause: the main clause's verb, else None."""
        head = verb.head
        if verb.dep_ != "conj" or not any(c.dep_ == "cc" and c.i < verb.i for c in verb.children):
            return None
        aux = next((c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i), None)
        if aux is None or "Pres" not in aux.morph.get("Tense") or not any(
                c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in head.children):
            return None
        other_tense = "Cnd" in head.morph.get("Mood") or {"Fut", "Imp"} & set(head.morph.get("Tense")) or (
            head.lower_.endswith(CONDITIONAL_OR_FUTURE_ENDINGS))  # (the tagger reads `soutiendrait` as a present)
        if not other_tense or head.pos_ != "VERB":
            return None
        main = head.head
        while main.pos_ != "VERB" and main.dep_ != "ROOT" and main.head.i != main.i:
            main = main.head
        return main if main.pos_ == "VERB" and main.i < verb.i and main.i != head.i else None

    def _predicate_between(self, subject: Token, group: int) -> bool:
        """`Le président a, lui, appelé à ..., a rapporté X`: the subject has a verb of its own (outside a relative
        clause) before the comma and the verb group: the verb after the comma is an incise, its subject inverted."""
        own = [t for t in self.doc[subject.i + 1:subject.i + 40] if t.idx < group and not in_relative_clause(t)
               and not self._quoted(t.idx)]  # (`a, de son côté, remercié`: an auxiliary set apart is no predicate)
        return any("Fin" in t.morph.get("VerbForm") for t in own) and any(
            t.pos_ == "VERB" and {"Fin", "Part"} & set(t.morph.get("VerbForm")) for t in own)

    def _subject_before_incise(self, verb: Token, group: int) -> str | None:
        """`Le ministère, a indiqué l'agence KCNA, a dénoncé les manœuvres`: a verb group right after an incise set off
        by commas (a reporting verb of its own, an act already read) has for subject the noun phrase that opens the
        sentence before the incise, not a noun after the verb."""
        sentence = sentence_of(verb)
        commas = [t for t in self.doc[sentence.start:verb.i] if t.text == "," and t.idx < group]
        if len(commas) < 2 or self.text[commas[-1].idx + 1:group].strip():
            return None
        first, second = commas[-2], commas[-1]
        if any(t.text == "," for t in self.doc[sentence.start:first.i]) or not any(
                first.i < a.trigger.i < second.i and not self.text[first.idx + 1:a.trigger_span[0]].strip()
                for a in self.acts):
            return None  # the incise's verb group right after the first comma
        opening = self.doc[sentence.start:first.i]
        if not len(opening) or any("Fin" in t.morph.get("VerbForm") or t.is_punct for t in opening):
            return None
        head = opening.root
        if head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in head.children):
            return None  # `À Washington, ...`: where, not who
        return self._entity_of_phrase(head, new_local=True)

    def _incise_after_subject(self, subject: Token, verb: Token, group: int) -> bool:
        """`La Chine, avait assuré dimanche son ministère des Affaires étrangères, n'est « ni ... »`: a comma right
        after the subject's phrase, then the verb, its inverted subject and a comma: an incise set inside the reported
        clause (French sets no comma between a subject and its verb), whose speaker follows the verb."""
        sentence = sentence_of(verb)
        if subject.left_edge.i != sentence.start or any(t.text == "," for t in self.doc[sentence.start:subject.i]) or (
                not re.fullmatch(r"\s*,\s*", self.text[subject.right_edge.idx + len(subject.right_edge.text):group])):
            return False  # `Le porte-parole, X, a dit`, `L'intéressé, placé en détention, rejette`: not an incise
        closing = next((t for t in self.doc[verb.i + 1:sentence.end] if t.text in (",", ";", ".", "«", ":")), None)
        if closing is None or closing.text != "," or not self._has_inverted_subject(verb) or any(
                t.pos_ in ("VERB", "AUX") or t.lower_ in ("que", "qu'", "qu’")
                for t in self.doc[verb.i + 1:closing.i]):
            return False
        # the reported clause goes on after the incise with its own verb (`, n'est « ni ... »`), not `, jugeant que`
        rest = next((t for t in self.doc[closing.i + 1:sentence.end] if t.lower_ not in ("ne", "n'", "n’", "se", "s'")),
                    None)
        negated = closing.i + 1 < sentence.end and self.doc[closing.i + 1].lower_ in ("ne", "n'", "n’")  # `ne livre`
        return rest is not None and ((rest.pos_ in ("VERB", "AUX") and "Fin" in rest.morph.get("VerbForm")) or (
            mistagged_present(rest)) or negated)

    def _clause_before(self, verb: Token, group: int) -> bool:
        """Is there a reported clause before the verb in its sentence: a finite verb or a quote (`Les sanctions
        seront levées, a indiqué X`, `« ... », a dit X`)? A participle phrase (`Dans un communiqué diffusé par X`) is
        none."""
        sentence = sentence_of(verb)
        if any(ch in self.text[sentence.start_char:group] for ch in "«»\"“”"):
            return True
        return any("Fin" in t.morph.get("VerbForm") or t.pos_ == "AUX" for t in self.doc[sentence.start:verb.i]
                   if t.idx < group)

    def _subject_speaker(self, verb: Token, subject: Token | None, group: int) -> str | None:
        """Who speaks, from the verb's subject word (a pronoun, a relative, a noun phrase) or, with none, the name
        right before the verb group (``group``, its first word's offset)."""
        if subject is not None and _dative_clitic(subject):  # `X, lui a reproché`: `lui` is to whom, not who
            return self._named_right_before(subject.idx) or self._apposed_before(subject)
        if subject is not None and subject.lower_ in ("il", "elle"):
            if self._thing_taken_up(subject):
                return None  # `Le document a été paraphé par X et Y. Il précise les étapes`: the document
            going_on = lemma_of(verb) in CONTINUING_SPEECH and not any(  # `Le Kremlin a annoncé la venue de X. Il a
                m.kind == "pronoun" and m.start <= subject.idx < m.end and m.type == "person"  # précisé`: the Kremlin
                for m in self.index.mentions)  # (a person the reference rules found keeps it)
            found = self._source_taken_up(subject) or self._unlinked_if_withheld(subject, (
                self._body_going_on(subject, True) if going_on else None) or self._speaker_going_on(subject) or (
                self._subject_body_before(subject)))
            if found is not None:
                return found
            person = self._unlinked_if_withheld(subject, self._antecedent(subject.idx))
            if person is not None and self._is_person(person) and not self._may_take(
                    person, SPEAKER_PRONOUNS[subject.lower_]) and self._other_gender(person, subject.lower_):
                # `La diplomatie sud-coréenne a convoqué l'ambassadeur russe. Elle a exigé`: no man is `elle`
                return self._body_subject(subject)
            return person
        if subject is not None and subject.lower_ == "qui":
            return self._antecedent_of_qui(subject)  # `Pékin, qui se dit neutre`: what `qui` stands for
        if subject is not None and subject.lower_ not in NOT_SUBJECTS:
            return self._written_by(subject) or self._entity_of_phrase(subject, new_local=subject.i < verb.i)
        if subject is None:
            return self._named_right_before(group) or self._inverted_subject(verb) or self._lost_subject(verb)
        return self._named_right_before(group)  # `Moscou, qui ..., n'a pas réagi`: not the relative's `qui`

    def _speaker_past_relative(self, verb: Token, own_subject: Token | None, group: int) -> str | None:
        """The speaker where a relative clause misled the parser: a participle after `et` it hung on the relative's
        verb (`X a dénoncé un contrat qui « ... » et appelé Y`: X's, see :meth:`_auxiliary_shared_with`), a subject it
        found inside a relative clause set off before the verb (`La Roumanie, qui finance une partie du chantier, a
        critiqué`: the tagger missed the relative's verb and took its object for the subject; the name before `qui`
        speaks)."""
        if own_subject is None:
            joined = self._auxiliary_shared_with(verb)
            if joined is not None:
                return joined.speaker
            # `Bakou, qui exigeait la « capitulation » des séparatistes, a annoncé que`: the quoted word the parser
            # took for the subject is the relative's object; the name before `qui` speaks
            own_subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
                                and self._quoted(c.idx)), None)
            if own_subject is None:
                return None
        return self._named_right_before(group, set_apart=True) if self._set_off_by_relative(own_subject, group) else (
            None)

    def _set_off_by_relative(self, subject: Token, group: int) -> bool:
        """Is the subject inside a relative clause set off by commas right before the verb group, after a name
        (`La Roumanie, qui finance une partie du chantier, a critiqué`: `partie` is no subject of `critiqué`)?"""
        sentence = sentence_of(subject)
        qui = next((t for t in reversed(self.doc[sentence.start:subject.i]) if t.lower_ in ("qui", "dont")), None)
        if qui is None or qui.i == 0 or self.doc[qui.i - 1].text != ",":
            return False
        return bool(SET_APART.fullmatch(self.text[self.doc[qui.i - 1].idx:group])) and bool(
            self._named_right_before(group, set_apart=True))

    def _auxiliary_shared_with(self, verb: Token) -> SpeechAct | None:
        """`X a dénoncé un contrat qui « alimente ... » et appelé Hanoï à y renoncer`: a past participle after `et`
        with no auxiliary of its own shares the one of the last participle with an auxiliary before it in its sentence,
        and its speaker (not the relative clause's, where the parser may hang it: a finite verb takes no participle
        as its conjunct)."""
        if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") or any(
                c.dep_.startswith("aux") for c in verb.children) or verb.i == 0 or verb.doc[verb.i - 1].lower_ != "et":
            return None
        if verb.dep_ != "conj" or "Fin" not in verb.head.morph.get("VerbForm"):
            return None  # coordinated with a participle: the parse holds, the other rules read it
        sentence = sentence_of(verb)
        first = next((t for t in reversed(verb.doc[sentence.start:verb.i]) if t.pos_ == "VERB" and "Part" in (
            t.morph.get("VerbForm")) and any(c.dep_.startswith("aux") for c in t.children)), None)
        return next((a for a in reversed(self.acts) if first is not None and a.trigger.i == first.i), None)

    def _own_subject(self, verb: Token) -> Token | None:
        """The subject the parser hung on the verb, when it is the verb's own (past a name in apposition)."""
        own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
                    and not self._in_place_pp(c)  # `Réunis dans le fief de X, les dirigeants ont appelé`
                    and not self._fronted_time(c, verb)  # `Mercredi, KCNA avait qualifié`: when, not who
                    and c.pos_ not in ("VERB", "AUX")  # `X restent bloqués, a indiqué Y`: the words
                    and self._opens_clause(c) and not self._quoted(c.idx)
                    and not mistagged_present(c) and not any(mistagged_present(g) for g in c.children)),
                   None)  # `X juge ..., a indiqué Y`: `juge` (or X, its subject) is not Y
        if own is not None:
            own = self._apposed_subject_name(own, verb) or own
        return self._past_apposition(own, verb) if own is not None else None

    def _apposed_subject_name(self, own: Token, verb: Token) -> Token | None:
        """`L'agence fédérale du transport aérien, Rosaviatsia, avait fait savoir`: a name set off by commas right after
        the subject's phrase, which the parser made a second subject, is the name of who speaks (the phrase before only
        says what it is, and may take up another body)."""
        name = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and own.i < c.i < verb.i
                     and c.pos_ == "PROPN"), None)
        if name is None or own.pos_ != "NOUN" or self.doc[name.left_edge.i - 1].text != "," or (
                own.right_edge.i != name.left_edge.i - 2) or self.doc[name.right_edge.i + 1].text != ",":
            return None
        mention = self.index.at(name)
        return name if mention is not None and mention.kind == "name" and mention.type not in PLACE_TYPES else None

    @staticmethod
    def _fronted_time(word: Token, verb: Token) -> bool:
        """`Mercredi, l'agence KCNA avait qualifié`, `Dimanche soir, X a dit`: a day or a time word set off at the head
        of its clause, which the parser may take for a subject when the true subject follows: when, never who."""
        if word.lower_ not in TIME_WORDS and word.lemma_.lower() not in TIME_WORDS:
            return False
        return any(c.dep_ in ("nsubj", "nsubj:pass") and word.i < c.i < verb.i for c in verb.children)

    @staticmethod
    def _in_place_pp(word: Token) -> bool:
        """A noun after a preposition of place or time (`dans le fief`, `à Hiroshima`), which the parser may take
        for a subject when another subject follows; never who speaks."""
        return word.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in ("dans", "à", "en", "sur", "après", "lors")
                                           for c in word.children) and any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.i > word.i for c in word.head.children)

    def _set_apart_speaker(self, verb: Token) -> str | None:
        """A subject set apart from its verb: `Le numéro un chinois a, lui, appelé à ...` (the subject before the
        auxiliary), `Le Kremlin, par la voix de Dmitri Peskov, a dit` (the body speaks, through the person)."""
        emphatic = self._emphatic_subject(verb)
        if emphatic is not None:
            return self._entity_of_phrase(emphatic, new_local=True)
        return self._voiced_by(verb)

    def _voiced_by(self, verb: Token) -> str | None:
        """`Le Kremlin, par la voix de Dmitri Peskov, a dit`: the body before the phrase speaks, through the person."""
        group = min([trigger_span(verb)[0], *(c.idx for c in verb.children if c.i < verb.i and verb.i - c.i <= 4 and (
            c.dep_.startswith(("aux", "expl")) or c.lower_ in ("ne", "n'", "n’")))])
        start = sentence_of(verb).start_char
        voiced = VOICED_BY.search(self.text[start:group])
        return self._named_right_before(start + voiced.start(), opening=False) if voiced is not None else None

    @staticmethod
    def _past_apposition(subject: Token, verb: Token) -> Token:
        """`lu par sa présidente, Joan Donoghue, la plus haute juridiction estime`: a name set off by commas after a
        noun is in apposition to it; the parser may make the name the subject and the phrase after it, right
        before the verb, its conjunct (no `et`): that phrase is the subject."""
        doc = subject.doc
        if subject.pos_ != "PROPN" or subject.i < 2 or doc[subject.i - 1].text != "," or (
                doc[subject.i - 2].pos_ not in ("NOUN", "PROPN")):
            return subject
        phrase = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < verb.i
                       and not any(g.dep_ == "cc" for g in c.children)), None)
        if phrase is None or "," not in (phrase.left_edge.text, doc[phrase.left_edge.i - 1].text):
            return subject
        between = doc[phrase.right_edge.i + 1:verb.i]
        verb_group = all(t.dep_.startswith(("aux", "advmod", "expl")) for t in between)
        return phrase if verb_group else subject

    def _emphatic_subject(self, verb: Token) -> Token | None:
        """`X a, lui, appelé`, `Moscou et Pékin ont, eux, salué`: an emphatic pronoun set off by commas between the
        auxiliary and the participle (the parser may take it for the object): the subject is the noun before the
        auxiliary."""
        sentence = sentence_of(verb)
        auxiliary = next((t for t in reversed(verb.doc[max(sentence.start, verb.i - 5):verb.i])
                          if t.lemma_ in ("avoir", "être") and "Fin" in t.morph.get("VerbForm")), None)
        if auxiliary is None or not EMPHATIC.fullmatch(self.text[auxiliary.idx + len(auxiliary.text):verb.idx]):
            return None
        before = verb.doc[sentence.start:auxiliary.i]
        subject = next((t for t in reversed(before) if t.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None and len(before):
            subject = before[-1]
            while subject.head.i < subject.i and subject.head.i >= sentence.start and subject.dep_ != "ROOT":
                subject = subject.head  # `Le numéro un chinois`: up to the phrase's head
        return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None

    def _apposed_before(self, clitic: Token) -> str | None:
        """`L'ambassadrice américaine, Linda Thomas-Greenfield, lui a reproché`: the role noun a name set off by
        commas before the clitic is in apposition to (the phrase whole, the name in it)."""
        comma = clitic.doc[clitic.i - 1] if clitic.i > 0 else None
        if comma is None or comma.text != "," or comma.i == 0:
            return None
        name = comma.doc[comma.i - 1]
        while name.dep_ == "flat:name" and name.head.i < name.i:
            name = name.head
        if name.dep_ != "appos" or name.head.pos_ not in ("NOUN", "PROPN"):
            return None
        return self._entity_of_phrase(name.head, new_local=True)

    def _described_speaker(self, verb: Token) -> str | None:
        """`« ... », a déclaré X. « ... », a ajouté l'ancien directeur de sovkhoze`: after a verb that goes on with
        words (`ajouter`, `poursuivre`), a definite description of a person that names nobody and that no rule
        resolves is the person who has just spoken (a mention of them), not a new speaker."""
        if lemma_of(verb) not in GOING_ON:
            return None
        det = next((t for t in self.doc[verb.i + 1:verb.i + 4] if t.pos_ == "DET"), None)
        head = det.head if det is not None and det.head.i > det.i else None
        if head is None or det.lower_ not in ("le", "la", "l'", "l’") or hyphenated(head) not in PERSON_NOUNS or (
                self._phrase_mentions(head)):
            return None
        resolved = self._entity_of_phrase(head, new_local=False)
        if resolved is not None:
            return resolved  # a role the rules resolve (`a ajouté le ministre russe`)
        sentence = sentence_of(verb)
        previous = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        spoke = [a for a in self.acts if previous <= a.trigger.i < verb.i and self._is_person(a.speaker)]
        if not spoke:
            return None
        start, end = self._noun_phrase(head)
        self.mentions.append(Mention(start, end, spoke[-1].speaker, "nominal", "person"))
        self.index = MentionIndex(self.mentions)
        return spoke[-1].speaker

    def _compatriot_described(self, verb: Token) -> str | None:
        """`L'ancien président russe X s'en est pris à Y. « ... », a écrit sur Telegram le vice-président du Conseil de
        sécurité de Russie`: a definite description of a person, inverted after a quote, that names no one and that no
        rule resolves, whose words name a country (`de Russie`, `russe`), is the one person of that country (wdt:P27)
        who was a subject in the sentence before or spoke there: the story's protagonist, not a new speaker."""
        if not re.search(r"»\s*,\s*$", self.text[max(0, verb.idx - 12):phrase_start(verb)]):
            return None
        det = next((t for t in self.doc[verb.i + 1:verb.i + 6] if t.pos_ == "DET"), None)
        head = det.head if det is not None and det.head.i > det.i else None
        if head is None or det.lower_ not in ("le", "la", "l'", "l’") or hyphenated(head) not in LEADING_NOUNS or any(
                m.start <= head.idx < m.end for m in self.index.mentions):
            return None  # (`le porte-parole du gouvernement japonais` speaks for the protagonist, is not him)
        start, end = self._noun_phrase(head)
        words = fold(self.text[start:end])
        any_name, name_of = self._country_names
        countries = {qid for qid, name in name_of if name.search(words)} if any_name.search(words) else set()
        countries |= {q for w in self.text[start:end].split() if (q := self._country_of_demonym_word(w)) is not None}
        if len(countries) != 1 or any(m.type == "person" and start <= m.start < end
                                      for m in self.index.mentions):
            return None
        sentence = sentence_of(verb)
        previous = sentence_of(self.doc[sentence.start - 1]).start_char if sentence.start > 0 else sentence.start_char
        near = {m.entity for m in self.index.mentions if previous <= m.start < verb.idx and m.type == "person"
                and not self._quoted(m.start) and self._is_subject(m)}
        near |= {a.speaker for a in self.acts if previous <= a.trigger.idx < verb.idx and self._is_person(a.speaker)}
        fits = [e for e in near if self.kb.get(e) is not None and countries <= set(self.kb.get(e).claim("P27"))]
        if len(fits) != 1:
            return None
        self.mentions.append(Mention(start, end, fits[0], "nominal", "person"))
        self.index = MentionIndex(self.mentions)
        return fits[0]

    @cached_property
    def _country_names(self) -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
        """Each country's folded name as a word, compiled once per article (not per country per description), and
        one alternation of them all, which tells in one search whether a phrase names any country: a phrase may
        name two (`Guinée`, `Guinée équatoriale`), so those it names are then read one by one."""
        names = [(c.qid, rf"\b{re.escape(fold(c.label('fr')))}\b") for c in self.kb.of_type("country")]
        any_name = re.compile("|".join(f"(?:{name})" for _, name in names) or r"(?!)")
        return any_name, [(qid, re.compile(name)) for qid, name in names]

    @cached_property
    def _country_by_lower_label(self) -> dict[str, str]:
        """Countries by their label in lower case, the first the knowledge base lists for a label (not
        ``Resolver.country_by_label``: it folds accents away and keeps the last)."""
        found: dict[str, str] = {}
        for country in self.kb.of_type("country"):
            found.setdefault(country.label("fr").lower(), country.qid)
        return found

    def _country_of_demonym_word(self, word: str) -> str | None:
        label = demonym_country(word.strip(",.;").lower())
        return self._country_by_lower_label.get(label.lower()) if label else None

    def _lost_subject(self, verb: Token) -> str | None:
        """`Un diplomate occidental en poste à Hanoï doute que ...`: when the tagger took the verb for a noun, the
        parser makes the subject the root of the sentence and hangs the verb on it."""
        sentence = sentence_of(verb)
        root = sentence.root
        opening = root.i == sentence.start + (root.i > sentence.start and self.doc[sentence.start].pos_ == "DET")
        if root.pos_ != "NOUN" or root.i >= verb.i or root not in verb.ancestors or not opening:
            return None
        return self._entity_of_phrase(root, new_local=True)

    def _antecedent_of_qui(self, qui: Token) -> str | None:
        """`le porte-parole du Kremlin, qui ...`: the noun phrase right before the relative (its head, not the
        complement `du Kremlin`), else the name right before it."""
        i = qui.i - 1 - (qui.i > 1 and qui.doc[qui.i - 1].text == ",")
        noun = qui.doc[i] if i >= 0 else None
        while noun is not None and noun.dep_ in ("nmod", "flat:name", "amod") and noun.head.i < noun.i:
            noun = noun.head
        if noun is not None and noun.lemma_.lower() in DOCUMENT_NOUNS:
            return self._document_voice(noun)  # `a affirmé X dans un communiqué, qui qualifie ...`: X, in writing
        found = self._entity_of_phrase(noun, new_local=False) if noun is not None and noun.pos_ in (
            "NOUN", "PROPN") else None
        return found or self._named_right_before(qui.idx, opening=False)

    def _document_voice(self, document: Token) -> str | None:
        """`a affirmé le ministère dans un communiqué, qui qualifie ...`, `un rapport de l'ONG X, qui dénonce`: a
        document speaks for its author, the one it names (`de X`, `publié par X`) or who spoke in it."""
        author = self._written_by(document)
        if author is not None:
            return author
        return next((a.speaker for a in reversed(self.acts) if a.trigger.i == document.head.i), None)

    def _named_right_before(self, start: int, opening: bool = True, set_apart: bool = False) -> str | None:
        """`Interrogé sur ..., M. Lavrov s'est refusé à ...`, `Le Kremlin dément ...`, `Moscou, qui ..., n'a pas
        réagi`: a name right before the verb (or before a relative clause set off by commas), after a comma or at
        the start of its sentence, is its subject when the parser hung it elsewhere. Before a relative `qui`, the
        name anywhere (``opening`` False: `Il a reçu Lavrov, qui a affirmé`). ``set_apart``: only a name set apart
        from the verb by one relative clause or apposition between commas (the verb after a comma is no incise)."""
        before = [m for m in self.index.mentions if m.end <= start and m.kind in ("name", "nominal", "metonym")
                  and self._set_off(m.end, start, set_apart) and not self._quoted(m.start)]
        # the nearest name that opens its clause: not one inside the relative clause or the apposition set off
        # between the subject and its verb (`La Corée du Nord, qui accuse la Corée du Sud, n'a pas réagi`)
        for mention in sorted(before, key=lambda m: (m.end, -m.start), reverse=True):
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            first = self._opening_word(self._first_conjunct(mention))
            sentence = sentence_of(span[0])
            opens = first == sentence.start or self.doc[first - 1].text == ","
            if set_apart and (start >= sentence.end_char or any(
                    "Fin" in t.morph.get("VerbForm") for t in self.doc[sentence.start:first])):
                continue  # `X a accepté la démission de Y, accusé de ..., a annoncé Z`: Y opens no clause
            if opens or not opening:
                return mention.entity
        return None

    def _opening_word(self, mention: Mention) -> int:
        """The first word of a name's phrase: `M. Lavrov`, `L'Allemagne` (the article is outside the name's mention)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.start - (span.start > 0 and (self.doc[span.start - 1].text in CIVILITIES or (
            self.doc[span.start - 1].pos_ == "DET")))

    def _first_conjunct(self, mention: Mention) -> Mention:
        """`l'Arménie et l'Azerbaïdjan ont salué`: the first of the names joined to this one before it."""
        while True:
            joined = next((m for m in self.index.mentions if m.end <= mention.start and m.kind != "pronoun" and (
                self._plain_pair(m, mention) or self._titled_pair(m, mention))), None)
            if joined is None:
                return mention
            mention = joined

    def _set_off(self, end: int, start: int, set_apart: bool = False) -> bool:
        """Nothing between a subject and its verb group, or a relative clause or an apposition set off by commas
        (``set_apart``: one of those, with no comma inside)."""
        gap = self.text[end:start]
        relative = SET_APART if set_apart else SET_OFF
        return bool(relative.fullmatch(gap)) or (APPOSED.fullmatch(gap) is not None and self._apposition(end, start))

    def _apposition(self, end: int, start: int) -> bool:
        """`, premier bailleur de fonds du Vietnam,`, `, de son côté,`: words set off by commas with no verb of their
        own nor a conjunction (not `, a-t-il dit,` nor `, et la Chine,`): they only say more of the name before."""
        words = self.doc.char_span(end, start, alignment_mode="contract")
        return words is not None and len(words) > 2 and not any(
            "Fin" in t.morph.get("VerbForm") or t.pos_ in ("SCONJ", "CCONJ") or "Rel" in t.morph.get("PronType")
            or t.text.startswith("-") for t in words)

    @staticmethod
    def _subject_before_auxiliary(verb: Token) -> Token | None:
        """`Pyongyang a de son côté accusé Washington`, `Tokyo a pour sa part dénoncé`: words set between the
        auxiliary and the participle can break the parse; the subject is the one of the auxiliary, before it."""
        if "Part" not in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children):
            return None
        sentence = sentence_of(verb)
        auxiliary = next((t for t in reversed(verb.doc[max(sentence.start, verb.i - 6):verb.i])
                          if t.lemma_ in ("avoir", "être") and "Fin" in t.morph.get("VerbForm")), None)
        between = verb.doc[auxiliary.i + 1:verb.i] if auxiliary is not None else []
        if auxiliary is None or any((t.is_punct and t.text not in "«»") or t.pos_ == "VERB" for t in between):
            return None  # `a « fermement » condamné`: an adverb in guillemets is still between the two
        subject = next((t for t in reversed(verb.doc[sentence.start:auxiliary.i])
                        if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN", "PRON", "X")), None)
        root = sentence.root
        lost = root.i < auxiliary.i and root.pos_ in ("NOUN", "PROPN") and root.i == sentence.start + (
            root.i > sentence.start and root.doc[sentence.start].pos_ == "DET")
        return subject or (root if lost else None)  # the parser made the subject the root when it lost the verb

    @staticmethod
    def _noun_before_mistagged(verb: Token) -> Token | None:
        """`Le gouvernement canadien juge « inacceptable » ...`: a present the tagger took for a noun hangs on its
        subject as an apposition or a modifier."""
        head = verb.head
        if not mistagged_present(verb) or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
            # `ce qu'il dément`: the parser hangs the verb on its subject pronoun
            return head if mistagged_present(verb) and head.i == verb.i - 1 and head.lower_ in ("il", "elle") else None
        return head if verb.dep_ in ("appos", "amod", "nmod", "compound", "flat:name", "advmod") else None

    @staticmethod
    def _shared_subject(verb: Token) -> Token | None:
        """`X a appelé à la retenue et a exhorté les parties à ...`: a coordinated verb without a subject of its own
        has the first verb's (not the object the parser may hang it on)."""
        if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
            return None
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN") and any(mistagged_present(c) and c.i < verb.i for c in head.children):
            return head  # `La Chine dément et se dit neutre`: the first verb taken for a word of its subject
        if head.pos_ not in ("VERB", "AUX"):
            return SpeechExtractor._shared_auxiliary_subject(verb)
        reporter = SpeechExtractor._reporter_of_clause(head)
        if reporter is not None and verb.i > reporter.i:
            head = reporter  # `X a indiqué que Y reculait, mais n'a pas précisé ...`: X left it unsaid, not Y
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i), None) or next(
            (c for c in head.children if c.dep_ == "dep" and c.pos_ == "PROPN" and c.i < head.i and (
                c.i == 0 or c.doc[c.i - 1].text == "," or c.i == sentence_of(c).start)), None)
        # (`, Vladimir Poutine lui avait fait visiter ... et s'était dit prêt`: a name the parser left unattached)

    @staticmethod
    def _refuser_shared_subject(verb: Token) -> Token | None:
        """`X a estimé que Y avait agi et refusé de dire si ...`: the words refused are the refuser's, and a refusal
        coordinated after a `que` clause shares the reporting verb's subject (not the clause's, where the parser may
        hang it)."""
        refusal = verb.head
        if verb.dep_ != "xcomp" or refusal.i >= verb.i or refusal.lemma_.lower() not in REFUSALS:
            return None
        return SpeechExtractor._shared_subject(refusal)

    @staticmethod
    def _reporter_of_clause(verb: Token) -> Token | None:
        """The reporting verb whose `que` clause this verb heads (`a indiqué que l'épidémie reculait`; `a assuré son
        invité que Pyongyang soutiendrait`, the clause the parser may hang on the verb's object)."""
        if verb.dep_ not in ("ccomp", "acl", "acl:relcl") or not any(c.lower_ in ("que", "qu'", "qu’") and (
                verb.dep_ != "acl:relcl" or c.dep_ == "mark") for c in verb.children):
            return None
        reporter = verb.head
        if verb.dep_ != "ccomp":
            if reporter.dep_ != "obj" or reporter.head.pos_ != "VERB":
                return None
            reporter = reporter.head
        return reporter if verb_type(reporter) is not None else None

    @staticmethod
    def _shared_auxiliary_subject(verb: Token) -> Token | None:
        """`X a qualifié le déplacement de « préoccupant » et appelé la communauté à ...`: a participle after `et`
        with no auxiliary shares the one of the participle before it, and its subject (the parser may hang it on
        an adjective or a noun of the first clause)."""
        if "Part" not in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children) or (
                not any(c.dep_ == "cc" for c in verb.children)):
            return None
        sentence = sentence_of(verb)
        first = next((t for t in reversed(verb.doc[sentence.start:verb.i]) if t.pos_ == "VERB"
                      and any(c.dep_.startswith("aux") for c in t.children)), None)
        if first is None:
            return None
        return next((c for c in first.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < first.i), None)

    @staticmethod
    def _opens_clause(subject: Token) -> bool:
        """No finite verb before the subject in its sentence, nor between it and its verb outside its own
        clauses: else it is the subject of that other clause (`Il y rencontrera le président X, ..., a annoncé
        le Kremlin`; `Kim avait supervisé le tir, a rapporté KCNA`), which the parser may hang on the verb."""
        sentence = sentence_of(subject)
        verb = subject.head
        between = [t for t in subject.doc[subject.i + 1:verb.i] if t.head.i != verb.i and not in_relative_clause(t)]
        if any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") and c.i < subject.i for c in verb.children):
            return not any("Fin" in t.morph.get("VerbForm") for t in between)  # `a précisé que le Portugal avait`
        return not any("Fin" in t.morph.get("VerbForm") for t in [*subject.doc[sentence.start:subject.i], *between])

    def _inverted_pronoun(self, verb: Token) -> Token | None:
        """`a-t-il dit`, `avait-il déclaré`, `dit-elle`."""
        for token in self.doc[max(0, verb.i - 3):verb.i + 3]:  # `ajoute-t-il`: `ajoute`, `-t`, `-il`
            if token.lower_ in ("-il", "-elle") or (token.lower_ in ("il", "elle") and token.i > 0 and (
                    self.doc[token.i - 1].text.endswith("-") or self.text[token.idx - 1] == "-")):
                return token
        return None

    def _inverted_subject(self, verb: Token) -> str | None:
        """The noun phrase after the verb, its adverbs, days and prepositional phrases (`à l'issue de la
        visite`, `aux journalistes`): `», a estimé un porte-parole de la présidence`."""
        sentence = sentence_of(verb)
        i = (particle_of(verb) or verb).i + 1
        while i < sentence.end:
            token = self.doc[i]
            name = next((m for m in self.index.mentions if m.start == token.idx and m.kind == "name"), None)
            # not the name of a PP's noun (`à l'agence Reuters`: whom the words were told)
            titled_in_pp = token.dep_ in NAME_DEPS and token.head.i < token.i and self._in_pp(token.head)
            if name is not None and not self._in_pp(token) and not titled_in_pp:
                return name.entity  # the tagger may take a first name for a verb (`Dmitri`)
            if token.pos_ == "ADV" or token.lower_ in TIMES_OF_SAYING or token.text in ("-t", "-"):
                i += 1
            elif token.pos_ == "ADP" and (token.dep_ == "mark" or token.head.pos_ in ("VERB", "AUX")):
                return None  # `a promis de gérer leurs différends`: the verb's own complement, not its subject
            elif token.pos_ == "ADP":
                i = max(token.head.i, i) + 1  # `à la presse`, `à l'issue de la visite`: over to the PP's noun
                while i < sentence.end and self.doc[i].pos_ == "PROPN" and self.doc[i].head.i == token.head.i and (
                        self.doc[i].dep_ in ("nmod", "flat:name")):
                    i += 1  # `à l'agence Reuters`: the name of the PP's noun, whom the words were told
            elif token.pos_ == "PRON" and token.lower_ in PARTITIVE_PRONOUNS and i + 1 < sentence.end and (
                    self.doc[i + 1].lower_ in ("de", "des", "d'", "d’")):
                return self._one_of(token)  # `», a assuré un de ses proches`
            elif token.pos_ == "DET" and token.head.i == i + 1 and token.head.lower_ in PARTITIVE_PRONOUNS and (
                    i + 2 < sentence.end and self.doc[i + 2].lower_ in ("de", "des", "d'", "d’")):
                return self._one_of(token.head)  # `», a assuré à l'AFP l'un de ses conseillers`: one of them
            elif self._word_of_setting(token):
                i += 1
            elif token.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "X"):
                head = token if token.pos_ in ("NOUN", "PROPN", "X") else token.head
                if head.i < i or self._in_pp(head) or self._names_pp_noun(head):
                    i += 1
                    continue
                return self._entity_of_phrase(head, new_local=True)
            else:
                return None
        return None

    def _word_of_setting(self, token: Token) -> bool:
        """A word of the phrase that says where the words were said, read as a verb: a participle that describes
        its noun (`dans une adresse télévisée`), a name's second word (`sur France Inter`); the article of a day or a
        part of a day, when the words were said (`a écrit le matin même le dirigeant`)."""
        if token.pos_ == "DET" and token.head.i > token.i and token.head.lower_ in TIMES_OF_SAYING:
            return True
        if token.pos_ == "VERB" and token.dep_ == "acl" and "Part" in token.morph.get("VerbForm"):
            return token.head.i < token.i and self._in_pp(token.head)
        before = self.doc[token.i - 1]
        return token.text[:1].isupper() and token.pos_ in ("VERB", "AUX", "ADV") and before.pos_ == "PROPN" and (
            self._in_pp(before))

    def _one_of(self, pronoun: Token) -> str | None:
        """`un de ses proches`, `l'un des négociateurs`, `plusieurs de ses conseillers`: an unnamed speaker (a person,
        or a group for a plural), the phrase whole."""
        noun = next((c for c in pronoun.children if c.dep_ == "nmod" and c.i > pronoun.i), None)
        if noun is None or noun.pos_ != "NOUN":
            return None
        held = next((m for m in self.index.mentions if m.start <= pronoun.idx < m.end), None)
        if held is not None:
            return held.entity
        article = next((c for c in pronoun.children if c.dep_ == "det" and c.i == pronoun.i - 1), None)
        start, end = (article or pronoun).idx, self._noun_phrase(noun)[1]  # `l'un des négociateurs`, whole
        type_ = "group" if pronoun.lower_ in ("plusieurs", "certains", "certaines") else "person"
        entity = self.entities.new_local(self.text[start:end], type_, UNNAMED_SOURCE)
        self.mentions.append(Mention(start, end, entity, "nominal", type_))
        self.index = MentionIndex(self.mentions)
        return entity

    def _names_pp_noun(self, token: Token) -> bool:
        """`a assuré à l'agence Yonhap`: a name that names the noun of a prepositional phrase (whom the words were
        told), not the inverted subject."""
        head = token.head
        return token.pos_ == "PROPN" and token.dep_ in ("nmod", "appos", "flat:name") and head.i < token.i and (
            head.pos_ == "NOUN") and self._in_pp(head) and all(
            t.pos_ == "ADJ" or t.text[:1].isupper() for t in self.doc[head.i + 1:token.i])  # `au quotidien Le Monde`

    @staticmethod
    def _in_pp(head: Token) -> bool:
        return any(c.dep_ == "case" and c.i < head.i for c in head.children)

    def _participle_speaker(self, token: Token) -> str | None:
        """`», a-t-il dit, jugeant que ...`: the speaker of the clause before it, else its main subject. Not a
        participle on a speech noun (`des déclarations de X évoquant l'envoi de troupes`): what they said."""
        if token.dep_ == "acl" and any(a.trigger.i == token.head.i for a in self.acts):
            return None
        own = self._absolute_subject(token)
        if own is not None:  # `..., Moscou l'accusant d'espionnage`: the participle's own subject speaks (or nobody
            return self._entity_of_phrase(own, new_local=True)  # known: `les deux délégations`, uncounted)
        sentence = sentence_of(token)
        earlier = [a for a in self.acts if sentence.start <= a.trigger.i < token.i]
        if earlier:
            return earlier[-1].speaker
        root = sentence.root
        if root.i == token.i:  # `Sans nommer la Chine, X a dénoncé`: the parser made the unsaid verb the root
            root = next((c for c in token.children if c.dep_ in ("advcl", "conj", "parataxis") and c.i > token.i
                         and c.pos_ == "VERB"), token)
        set_off = self.doc[token.i - 1].text == "," and not left_unsaid(token)
        if set_off and root.i == token.i:  # `Le porte-parole, affirmant que ..., a regagné`: the parser made the
            root = next((c for c in token.children if c.dep_.startswith("nsubj") and c.i < token.i), root)
        if set_off and root.pos_ in ("PROPN", "NOUN") and root.i < token.i and token.head.i in (root.i, token.i):
            # (participle the root and hung the subject on it) `Paul Durand, doutant que ..., a quitté la salle`: the
            # parser made the subject the root and the main verb the participle's; the subject set off before it speaks
            return self._entity_of_phrase(root, new_local=True)
        subject = subject_of(root) if root.i != token.i and not self._quoted(root.idx) else None
        # `La police a réagi dans la soirée, qualifiant ...`: the main subject speaks, an unnamed source of its own if
        # need be (its verb need not report: the participle does); what a subject left unsaid, only a known one
        fresh = subject is not None and subject.i < token.i and not left_unsaid(token)  # `sans préciser`: known only
        return self._entity_of_phrase(subject, new_local=fresh) if subject is not None else None

    def _absolute_subject(self, participle: Token) -> Token | None:
        """`Un consul a été expulsé, Moscou l'accusant d'espionnage`, `..., les deux pays s'accusant de ...`: a
        participle clause with a subject of its own, right after the comma that opens it (its object clitics
        between): a name or a noun phrase, not a pronoun."""
        subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
        if subject is None and _absolute_phrase_head(participle):
            # `..., le porte-parole du ministère, X, évoquant même une « provocation »`: the parser hangs the
            # participle on the phrase it opens with, set beside the clause before
            subject = participle.head
            first = next(t for t in self.doc[subject.left_edge.i:subject.i + 1] if not t.is_punct)
            return subject if first.i > 0 and self.doc[first.i - 1].text == "," else None
        if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
            return None
        first = next(t for t in self.doc[subject.left_edge.i:subject.i + 1] if not t.is_punct)
        between = self.doc[subject.right_edge.i + 1:participle.i]
        if first.i == 0 or self.doc[first.i - 1].text != "," or not all(t.lower_ in OBJECT_CLITICS for t in between):
            return None
        return subject

    def _attributed(self, token: Token) -> str | None:
        """`selon l'agence TASS`, `d'après lui`, `selon des images diffusées par le ministère`."""
        head = token.head.head if token.dep_ == "fixed" else token.head  # `d'après`: `après` is fixed to `d'`
        if token.lower_ in ("auprès", "yeux"):  # `auprès de l'ONU`, `aux yeux de X`: the noun governs its `de`
            head = next((c for c in token.children if c.dep_.startswith(("obl", "nmod")) and c.i > token.i), token)
        if head.i <= token.i:
            return None
        if head.lemma_.lower() in SAME_SOURCE_NOUNS and any(c.lower_ == "même" for c in head.children):
            return self._same_source(head)  # `selon la même source`, `la même agence`: the source cited last
        if head.lower_ in RELATIVE_SOURCES:  # `a rapporté l'agence KCNA, selon laquelle Kim a assisté au tir`: KCNA
            return self._antecedent_of_qui(token)
        if head.lower_ in STRONG_PRONOUNS:  # `Selon lui`, after the ministry spoke: the ministry
            taken_up = (self._source_taken_up(head) or self._body_going_on(head, True)) if head.lower_ in (
                "lui", "elle") else None
            if taken_up is not None:
                return taken_up
            person = self._antecedent(head.idx)
            if person is not None and head.lower_ in ("lui", "elle") and not self._may_take(
                    person, SPEAKER_PRONOUNS[head.lower_]):
                return self._body_subject(head) or person  # `Selon lui` after `la ministre X`: a body, if any
            return person or self._body_subject(head)
        # `selon des images diffusées par X`: an agent inside the `selon` phrase, which a comma ends (not `qui, selon la
        # Maison Blanche, recourt à des technologies interdites par le Conseil`, the parser hanging the clause on it)
        closing = next((t.i for t in self.doc[token.i + 1:sentence_of(token).end] if t.text in (",", ";", ":", "«")),
                       len(self.doc))
        agent = next((t for t in head.subtree if t.dep_ == "obl:agent" and t.i < closing), None)
        if agent is not None and not (lemma_of(agent.head) == "citer" and is_source_noun(head)):
            return self._entity_of_phrase(agent, new_local=True)  # `selon des images diffusées par X`: X
        author = self._author_of(head)
        if author is not None:
            return author  # `selon un communiqué de la présidence`, `d'après un bilan des autorités`
        if head.lemma_.lower() in CARRYING_NOUNS and not any(m.start <= head.idx < m.end for m in self.index.mentions):
            # `selon la liste des candidats transmise au Conseil`: no author named, not who received it
            return self._issuer_going_on(head)
        known = self._entity_of_phrase(head, new_local=False)
        if known is not None or not is_source_noun(head):
            return known
        return self._local_speaker(head)

    def _data_source(self, data: Token) -> str | None:
        """Who a `selon` over figures or records names: the speaker after its `de` (a name, a body or a source noun:
        `les résultats de la commission électorale`), else the records as a source of their own (`les registres
        maritimes`, `des données de suivi maritime`)."""
        author = _of_complement(data)
        if author is not None and (author.pos_ == "PROPN" or is_source_noun(author) or _body_noun(author) or bool(
                self._phrase_mentions(author))):
            return self._entity_of_phrase(author, new_local=True)
        return self._local_speaker(data)

    def _issuer_going_on(self, document: Token) -> str | None:
        """`..., a annoncé le ministère. Le navire a été suivi jusqu'à mardi, selon un communiqué.`: a communiqué
        nobody is named the author of is the one of the body whose words the story tells, the last body that spoke
        (not in a quote); a person, a list or a decree may be anyone's."""
        if document.lemma_.lower() not in ISSUED_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("un", "une") for c in document.children):
            return None
        earlier = [a for a in self.acts if a.trigger.i < document.i and document.idx - a.trigger.idx < 1500
                   and not self._quoted(a.trigger.idx)]
        body = earlier[-1].speaker if earlier else None
        return body if body is not None and self._type_of(body) == "organization" else None

    def _same_source(self, head: Token) -> str | None:
        """`..., a annoncé la présidence. M. Kim sera remplacé ..., selon la même source`: the one who spoke last (not
        in a quote), as the phrase's mention; `selon la même agence`: the last news agency or medium that spoke."""
        earlier = [a for a in self.acts if a.trigger.i < head.i and head.idx - a.trigger.idx < 1500
                   and not self._quoted(a.trigger.idx)]
        if head.lemma_.lower() != "source":
            earlier = [a for a in earlier if a.speaker is not None and self._is_news(a.speaker)]
        if not earlier:
            return None
        source = earlier[-1].speaker
        start, end = self._noun_phrase(head)
        self.mentions[:] = [m for m in self.mentions if not (m.start <= head.idx < m.end)]
        self.mentions.append(Mention(start, end, source, "nominal", self._type_of(source) or "organization"))
        self.index = MentionIndex(self.mentions)
        return source

    @staticmethod
    def _speaking_source(token: Token) -> bool:
        """`», a déclaré X, selon l'agence TASS`, `selon son service de presse`: a source that speaks (an agency, a
        service, a person) reports the act, an act of its own; a document or a picture (`selon une traduction du
        Kremlin`, `selon des images diffusées par X`) only carries the words."""
        if token.lower_ not in ("selon", "après"):
            return False
        head = token.head.head if token.dep_ == "fixed" else token.head
        return head.i > token.i and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in CARRYING_NOUNS

    def _is_news(self, entity_id: str) -> bool:
        entity = self.kb.get(entity_id)
        if entity is not None:
            return bool(set(entity.claim("P31")) & NEWS_CLASSES)
        local = self.entities.by_id.get(entity_id)
        return local is not None and local.type == "organization" and local.class_qid in NEWS_CLASSES

    # --- the acts -------------------------------------------------------------------------------------
    def extract(self) -> list[SpeechAct]:
        for token in self.doc:
            type_ = reporting_type(token)
            if type_ is not None:
                self._add_act(token, type_)
        for n, parts in enumerate(self.quotes):
            act = self._incise_act(n) or self._act_for(parts) or self._headed_by_speaker(parts)
            party = self._party_quoted(parts, act) if act is not None else None
            if party is not None:  # `Paris « condamne ... », a déclaré la ministre`: the party's words, relayed
                self.acts.append(party)
            elif act is not None:
                act.quotes.extend(parts)
        self._drop_nested()
        self._drop_setting()
        self._cited_before()
        self._share_quotes()
        self._relays()
        self._documents_speak_for_their_authors()
        return sorted(self.acts, key=lambda a: a.trigger_span)

    def _documents_speak_for_their_authors(self) -> None:
        """`La CIJ a ordonné ... Lue par le président de la Cour, l'ordonnance exige aussi`, `Le ministère ... dans
        un communiqué. « ... », justifie le texte, selon lequel ...`: a document the article takes up (a definite
        article or a demonstrative, no `de` after it) speaks for its author: who signed or published it when the
        article says so, else who issued it before, in its sentence or the two before (:meth:`_issued`). A document
        is no organisation that speaks."""
        documents = {}  # each document by its first mention (read last to first: the first one is kept)
        for mention in sorted(self.index.mentions, key=lambda m: m.start, reverse=True):
            noun = self._taken_up_document(mention)
            if noun is not None:
                documents[mention.entity] = (mention, noun)
        authors: dict[str, str | None] = {}
        for act in sorted(self.acts, key=lambda a: a.trigger_span):
            if act.speaker not in documents:
                continue
            if act.speaker not in authors:
                authors[act.speaker] = self._author_of_document(*documents[act.speaker], set(documents))
            author = authors[act.speaker]
            if author is not None:
                act.speaker = author
                act.according_to = [a for a in act.according_to if a != author]

    def _taken_up_document(self, mention: Mention) -> Token | None:
        """The noun of a mention that takes up a document (`le texte`, `l'ordonnance`, `cette déclaration`)."""
        if mention.kind != "nominal" or not mention.entity.startswith("local:"):
            return None
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        noun = span.root if span is not None else None
        if noun is None or noun.lemma_.lower() not in TAKEN_UP_DOCUMENTS or not any(
                c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) or _of_complement(noun) is not None:
            return None  # (`le texte de l'accord`: what the text is, no author taken up)
        return noun

    def _author_of_document(self, mention: Mention, noun: Token, documents: set[str]) -> str | None:
        author = self._written_by(noun)
        if author is not None:
            return author
        sentence = sentence_of(noun)
        earliest = sentence.start
        for _ in range(2):
            earliest = sentence_of(self.doc[earliest - 1]).start if earliest > 0 else earliest
        earlier = [a for a in self.acts if self.doc[earliest].idx <= a.trigger.idx < mention.start
                   and a.speaker not in documents and self._issued(a, noun)]
        return max(earlier, key=lambda a: a.trigger.idx).speaker if earlier else None

    @staticmethod
    def _issued(act: SpeechAct, document: Token) -> bool:
        """Did this act issue the document: a verb of its word (`a ordonné` for `l'ordonnance`, `a déclaré` for `la
        déclaration`), or words said `dans un communiqué` (the text the sentence introduces)?"""
        stem = document.lemma_.lower()[:5]
        if act.trigger.lemma_.lower()[:5] == stem:
            return True
        sentence = sentence_of(act.trigger)
        return any(t.lemma_.lower() in TAKEN_UP_DOCUMENTS and any(
            c.dep_ == "det" and c.lower_ in ("un", "une") for c in t.children) for t in sentence)

    def _add_act(self, token: Token, type_: str) -> None:
        if is_foreseen(token) or self._goes_on_unquoted(token):
            return
        counted = self._counted_people(token) or self._parties_taken_up(token) or self._joint_callers(token) or (
            self._joint_authors(token)) or self._joint_nominal_speakers(token)
        if counted:  # one act each, the plural phrase is no speaker of its own
            for who in counted:
                self.acts.append(SpeechAct(type_, token, trigger_span(token), who, status=speech_status(token)))
            return
        speaker = self.speaker(token)
        if speaker is None:
            return
        relayed = self._relayed_act(token)
        if relayed is not None:  # `», a déclaré X, cité par TASS` / `..., selon une traduction du Kremlin`
            if speaker != relayed.speaker and speaker not in relayed.according_to:
                relayed.according_to.append(speaker)
            if not _cites_attribution(token, relayed) and lemma_of(token) != "citer" and not (
                    speaker != relayed.speaker and self._speaking_source(token)):
                return  # `, selon une traduction du Kremlin`: X relays the act, no act of its own
        # `cité par l'agence TASS`: the agency relays the act and reports it, an act of its own (the gold convention)
        # `interrogé par la radio publique`: the outlet that put the question reports the answer, whoever it is
        type_ = "Report" if self._is_news(speaker) or lemma_of(token) == "citer" or questioned_by_outlet(token) else (
            type_)
        spoken_for = self._spoken_for(token, speaker)
        if spoken_for is not None:  # `..., a fait savoir son porte-parole, appelant à la retenue`: Guterres calls
            self.acts.append(SpeechAct(type_, token, trigger_span(token), spoken_for.speaker,
                                       according_to=[speaker], status=speech_status(token)))
            return
        status = speech_status(token)
        joined = self._attributed_list(token, speaker) if attribution_type(token) else self._coordinated(token, speaker)
        speakers = [self._seat_speaking(token, self._state_of(s)) for s in joined or [speaker]]
        citer = None  # who has the words from the sources cited (the participle's speaker for `, citant X`)
        if self._cites_source(token):
            citer = self._participle_speaker(token) if is_participle(token) else self._verb_speaker(token)
        for who in dict.fromkeys(speakers):
            relays = [citer] if citer is not None and citer != who else []
            self.acts.append(SpeechAct(type_, token, trigger_span(token), who, according_to=relays, status=status))

    def _seat_speaking(self, token: Token, speaker: str) -> str:
        """`selon l'Élysée`, `a indiqué la Maison Blanche`: a place the knowledge base does not hold that speaks is
        the body seated there (`reçu à l'Élysée` is the palace, `selon l'Élysée` the presidency): an organisation of
        its own, one per place, which the mention that speaks (the place's nearest the trigger in its sentence)
        names."""
        place = self.entities.by_id.get(speaker)
        if place is None or place.type != "place" or not speaker.startswith("local:"):
            return speaker
        sentence = sentence_of(token)
        said = [m for m in self.index.mentions if m.entity == speaker and m.kind != "pronoun"
                and not self._quoted(m.start) and sentence.start_char <= m.start < sentence.end_char]
        if not said:
            return speaker
        seat = self.seats.get(speaker)
        if seat is None:
            seat = self.seats[speaker] = self.entities.new_local(
                place.label, "organization", "the body seated at a place not in the knowledge base")
        mention = min(said, key=lambda m: abs(m.start - token.idx))
        mention.entity, mention.kind, mention.type = seat, "metonym", "organization"
        self.index = MentionIndex(self.mentions)
        return seat

    def _goes_on_unquoted(self, participle: Token) -> bool:
        """`Les dépenses atteignent 6 % du PIB, a-t-il ajouté, justifiant le choix d'un civil.`: a participle with no
        quote after an incise that reports the words before it (no guillemets) goes on with those words, no act of
        its own (`a assuré que ..., démentant les accusations` is one: its verb comes first)."""
        if not is_participle(participle) or "«" in self.text[participle.idx:sentence_of(participle).end_char] or (
                self._cites_source(participle)):
            return False  # `, citant l'administration locale`: the words are the administration's
        sentence = sentence_of(participle)
        earlier = [a for a in self.acts if sentence.start <= a.trigger.i < participle.i]
        if not earlier:
            return False
        start = earlier[-1].trigger_span[0]
        return postposed_incise(earlier[-1].trigger) and not re.search(r"»\s*,\s*$", self.text[max(0, start - 6):start])

    def _spoken_for(self, participle: Token, speaker: str) -> SpeechAct | None:
        """`X est « préoccupé », a fait savoir son porte-parole, appelant les parties à la retenue`: a participle
        whose speaker has just reported another's words in the same sentence goes on with them; the words are the
        other's, the reporter relays them."""
        if not is_participle(participle):
            return None
        sentence = sentence_of(participle)
        earlier = [a for a in self.acts if sentence.start <= a.trigger.i < participle.i]
        reports = [n for n, a in enumerate(earlier) if a.speaker == speaker and a.type == "Report"]
        if not reports or reports[-1] == 0:
            return None
        before = earlier[reports[-1] - 1]
        return before if before.speaker != speaker and before.status != "negated" else None

    def _counted_people(self, verb: Token) -> list[str]:
        """`Les trois dirigeants n'ont fait aucune déclaration commune`, `selon les deux camps`: a definite plural
        counted by a numeral, subject of the verb or named by the attribution, is the people (states, sides) the
        last sentence naming that many (and no more) named."""
        if attribution_type(verb) is not None:
            subject = verb.head.head if verb.dep_ == "fixed" else verb.head
            subject = subject if subject.i > verb.i else None
        elif is_passive(verb):  # `avait été annoncé lundi par les deux pays`: the agent speaks
            subject = self._agent_of(verb)
        else:  # `Les deux présidents ont évoqué X, a rapporté la présidence`: an incise's subject is its own
            own = any(c.dep_.startswith("nsubj") for c in verb.children) or verb.dep_ == "parataxis" or (
                postposed_incise(verb))
            holder = verb if own else verb.head
            subject = next((c for c in holder.children if c.dep_ == "nsubj" and c.i < holder.i
                            and not self._quoted(c.idx)), None)  # not a subject in the quote before
            if subject is None:
                subject = self._counted_inverted(verb)
        return self._counted_before(subject) if subject is not None else []

    def _counted_inverted(self, verb: Token) -> Token | None:
        """`« ... », ont affirmé les deux dirigeants`: after a quote or a clause and a comma, the counted plural
        right after the verb is its inverted subject (the parser may take it for the object)."""
        start = trigger_span(verb)[0]
        group = min([start, *(c.idx for c in verb.children if c.i < verb.i and c.dep_.startswith("aux"))])
        if not re.search(r"[»,]\s*$", self.text[max(0, group - 6):group]) or is_participle(verb) or (
                "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)):
            return None  # `, appelant les deux parties à la retenue`: a participle's object
        if any(c.dep_ in ("obl:arg", "xcomp", "ccomp", "iobj") and c.i > verb.i for c in verb.children):
            return None  # `, ont appelé les deux pays à la retenue`: the verb's object, then its own complement
        return next((c for c in verb.children if c.dep_ in ("nsubj", "obj") and c.i > verb.i and (
            self._counted_plural(c)) and self._right_after(verb, c)), None)

    def _right_after(self, verb: Token, phrase: Token) -> bool:
        """Only adverbs and days (and the phrase's own words) between the verb and the phrase's noun."""
        own = {d.i for d in phrase.children}
        return all(t.pos_ in ("ADV", "DET", "NUM") or t.lower_ in TIME_WORDS
                   for t in self.doc[verb.i + 1:phrase.i] if t.i not in own)

    @staticmethod
    def _agent_of(verb: Token) -> Token | None:
        """The `par` phrase of a passive (`n'ont pas été commentées par le Kremlin`): its head."""
        return next((c for c in verb.children if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and any(
            g.lower_ == "par" and g.dep_ == "case" for g in c.children))), None)

    @staticmethod
    def _counted_plural(head: Token) -> bool:
        """`les deux pays`, `ces trois dirigeants`: a definite plural counted by a numeral, people or states named
        before (see :meth:`_counted_before`)."""
        counted = any(c.dep_ == "nummod" and c.lower_ in COUNTS for c in head.children)
        return head.lower_ in COUNTED_KINDS and counted and any(
            c.dep_ == "det" and c.lower_ in ("les", "ces", "leurs") for c in head.children)

    def _counted_before(self, subject: Token) -> list[str]:
        """The people, states or sides a counted definite plural (`Les deux pays`) stands for (see
        :meth:`_counted_people`)."""
        kinds = COUNTED_KINDS.get(subject.lower_)
        if kinds is None or not any(c.dep_ == "det" and c.lower_ in ("les", "ces", "leurs") for c in subject.children):
            return []
        count = next((COUNTS.get(c.lower_) for c in subject.children if c.dep_ == "nummod"), None)
        before = [m for m in self.index.mentions if m.end <= subject.idx and m.type in kinds
                  and subject.idx - m.start < 1500 and not self._quoted(m.start)]
        by_sentence: dict[int, list[str]] = {}
        for mention in sorted(before, key=lambda m: m.start):
            people = by_sentence.setdefault(self._sentence_start(mention), [])
            if mention.entity not in people:
                people.append(mention.entity)
        # the last sentence that names that many people; more than that many and the reader cannot tell who,
        # unless it joins that many by `et` (`La Pologne et la Lituanie, voisines de la Biélorussie, ...`)
        last = next((s for s, p in sorted(by_sentence.items(), reverse=True) if count and len(p) >= count), None)
        if last is None:
            return []
        joined = self._joined_parties([m for m in before if self._sentence_start(m) >= last], count)
        return joined or (by_sentence[last] if len(by_sentence[last]) == count else [])

    def _sentence_start(self, mention: Mention) -> int:
        """The index of the first word of the mention's sentence (-1 when the mention covers no word)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return sentence_of(span[0]).start if span is not None and len(span) else -1

    def _joined_parties(self, mentions: list[Mention], count: int) -> list[str]:
        """The last names joined by `et` (`X et Y`, `X, Y et Z`) that are ``count`` different parties."""
        chains: list[list[Mention]] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            previous = chains[-1][-1] if chains else None
            if previous is not None and COORDINATION.fullmatch(self.text[previous.end:mention.start]):
                chains[-1].append(mention)
            else:
                chains.append([mention])
        for chain in reversed(chains):
            parties = list(dict.fromkeys(m.entity for m in chain))
            closed = len(chain) > 1 and AND.search(self.text[chain[-2].end:chain[-1].start])
            if closed and len(parties) == count:
                return parties
        return []

    def _parties_taken_up(self, verb: Token) -> list[str]:
        """`Moscou et Pékin ont signé un accord. Ils ont affirmé que ...`, `Les deux pays ... « ... », ont-ils
        ajouté`: a plural subject pronoun takes up the nearest plural subject before it that agrees with it (in its
        sentence or the one before); each party it names speaks (one act each on the one trigger). A group named by
        a common noun (`les secouristes`) is one speaker, the pronoun's own mention."""
        pronoun = self._plural_pronoun(verb)
        if pronoun is None or self._quoted(pronoun.idx):
            return []
        parts = shared_out_parts(pronoun, self.index.mentions)  # `Des délégations russe et ukrainienne ... Elles`
        own = self.index.at(pronoun)
        if parts or own is not None:
            return parts or [own.entity]
        gender = PLURAL_PRONOUNS[pronoun.lower_.removeprefix("-")]
        sentence = sentence_of(pronoun)
        first = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        for candidate in reversed(self.doc[first:pronoun.i]):
            if candidate.dep_ not in ("nsubj", "nsubj:pass") or self._quoted(candidate.idx) or (
                    candidate.lower_ in PLURAL_PRONOUNS):
                continue  # an earlier `ils` takes up the same parties: go on to what it takes up
            named = [self.index.at(t) for t in (candidate, *(c for c in candidate.children if c.dep_ == "conj"))]
            if len(named) > 1:  # `Moscou et Pékin`: the parties the coordination names, each once
                parties = list(dict.fromkeys(m.entity for m in named if m is not None))
                return [self._state_of(p) for p in parties] if None not in named and len(parties) > 1 else []
            if "Plur" not in candidate.morph.get("Number") or gender not in (
                    candidate.morph.get("Gender") or [gender]):
                continue  # a singular subject, or a plural of the other gender: not what the pronoun takes up
            return self._counted_before(candidate) or self._group_taken_up(pronoun, candidate)
        return []

    def _group_taken_up(self, pronoun: Token, candidate: Token) -> list[str]:
        """`Les ministres du G7 se sont réunis à Tokyo. Ils ont dénoncé ...`: a plural of people (not counted) that
        no name holds is one group, which the pronoun takes up and which speaks (the pronoun keeps the mention the
        reference rules gave it, if any: given an entity here, it would make a doer of the verbs it is subject of)."""
        if candidate.pos_ != "NOUN" or candidate.lemma_.lower() not in PERSON_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("les", "ces") for c in candidate.children):
            return []
        group = self._entity_of_phrase(candidate, new_local=True)
        if group is None or self._type_of(group) not in (None, "group", "person"):
            return []
        return [group]

    def _plural_pronoun(self, verb: Token) -> Token | None:
        """The verb's subject `ils`/`elles`, before it or inverted after it (`ont-elles ajouté`)."""
        subject = self._own_subject(verb) or subject_of(verb)
        if subject is not None and subject.lower_.removeprefix("-") in PLURAL_PRONOUNS and subject.pos_ == "PRON":
            return subject
        return next((t for t in self.doc[max(0, verb.i - 3):verb.i + 3] if t.lower_ in ("-ils", "-elles")), None)

    @staticmethod
    def _cites_source(verb: Token) -> Token | None:
        """`l'agence Kyodo, qui cite des sources gouvernementales`: the sources an active `citer` names speak, and
        its subject relays them (`cité par X` is the passive, X the relay)."""
        if lemma_of(verb) != "citer" or is_passive(verb) or text_after(verb, 6).lstrip().startswith("par "):
            return None
        return next((c for c in verb.children if c.dep_ == "obj" and is_source_noun(c)), None)

    def _state_of(self, entity_id: str) -> str:
        """A capital never speaks: `Séoul a dénoncé`, `ont affirmé Washington et Séoul` are the state's words
        (the country the capital is of, wdt:P17), whatever the reference rules made of the name."""
        place = self.kb.get(entity_id)
        if place is None or place.type != "place" or CAPITAL not in place.claim("P31"):
            return entity_id
        countries = place.claim("P17")
        return countries[0] if len(countries) == 1 else entity_id

    def _coordinated(self, verb: Token, speaker: str) -> list[str]:
        """`Washington et Séoul soupçonnent`, `ont affirmé Moscou et Pékin`: the speakers of a plural verb, named
        next to the speaker and joined by `et` or a comma (the parser often misses the coordination), in the
        order the text names them; empty when the verb has one speaker."""
        if attribution_type(verb) or questioned_by_outlet(verb) or lemma_of(verb) == "citer" or not (
                is_plural(verb) or is_passive(verb)):  # `cités par le New York Times, Pyongyang a ...`: one outlet
            return []
        sentence = sentence_of(verb)
        names = sorted((m for m in self.index.mentions if sentence.start_char <= m.start < sentence.end_char
                        and not self._quoted(m.start)), key=lambda m: m.start)
        own = [n for n, m in enumerate(names) if m.entity == speaker]
        if not own:
            return []
        n = min(own, key=lambda k: abs(names[k].start - verb.idx))
        chain = sorted([*self._joined(names, n, -1), names[n], *self._joined(names, n, 1)], key=lambda m: m.start)
        return list(dict.fromkeys(m.entity for m in chain))  # in the order they are named

    def _joined(self, names: list[Mention], n: int, step: int) -> list[Mention]:
        found = []
        while 0 <= n + step < len(names):
            left, right = sorted((names[n], names[n + step]), key=lambda m: m.start)
            joined = self._joined_pair(left, right) and not self._set_off_phrase(left, right)
            if not joined or self._attributed_name(names[n + step]):
                break
            n += step
            found.append(names[n])
        return found

    def _attributed_list(self, token: Token, speaker: str) -> list[str]:
        """`Selon Washington et Séoul, ...`, `selon le ministère et l'agence X`: the names a `selon` phrase joins,
        one act each, in the order named; a comma alone joins only within a list that `et` closes (`Selon X,
        Pyongyang a ...`: the comma ends the phrase)."""
        sentence = sentence_of(token)
        names = sorted((m for m in self.index.mentions if token.idx < m.start < sentence.end_char
                        and not self._quoted(m.start)), key=lambda m: m.start)
        first = next((m for m in names if m.entity == speaker), None)
        if first is None or any(m.start < first.start and m.end > first.start for m in names):
            return []
        found, pending, last = [first.entity], [], first
        for name in (m for m in names if m.start >= first.end):
            if name.start < last.end:
                continue  # a name inside one already taken
            if not self._joined_pair(last, name) or self._verb_right_after(name):
                break  # `Selon X, Pyongyang et Moscou ont signé`: the subject of the clause after the phrase
            pending.append(name.entity)
            if closes_list(self.doc, last.end, name.start):
                found, pending = found + pending, []
            last = name
        return list(dict.fromkeys(found)) if len(found) > 1 else []

    def _verb_right_after(self, name: Mention) -> bool:
        """Is the name right before a finite verb (past clitics and adverbs): the subject of a clause?"""
        span = self.doc.char_span(name.start, name.end, alignment_mode="expand")
        if span is None or span.end >= len(self.doc):
            return False
        following = next((t for t in self.doc[span.end:span.end + 4] if t.pos_ not in ("ADV", "PRON", "PART")), None)
        return following is not None and following.pos_ in ("VERB", "AUX") and "Fin" in following.morph.get(
            "VerbForm")

    def _plain_pair(self, left: Mention, right: Mention) -> bool:
        """`X et Y`, `X, et Y`: a conjunction between two names."""
        gap = self.text[left.end:right.start]
        return bool(AND_OR_NOR.search(gap)) and COORDINATION.fullmatch(gap) is not None

    def _titled_pair(self, left: Mention, right: Mention) -> bool:
        """`X et le numéro un chinois Y`: a conjunction, then a title set before the second name."""
        return closes_list(self.doc, left.end, right.start) and joined_by_words(
            self.doc, left.end, right.start) == "titled" and may_take_title(left.type, right.type)

    def _joined_pair(self, left: Mention, right: Mention) -> bool:
        """`Washington et Séoul`, `X, et son homologue sud-coréen, Y,`, `X et son homologue indien Y`: two names a
        conjunction (or a comma) joins, a title perhaps set before the second (see ``coordination.py``)."""
        if COORDINATION.fullmatch(self.text[left.end:right.start]):
            return True
        how = joined_by_words(self.doc, left.end, right.start)
        return how == "plain" or (how == "titled" and may_take_title(left.type, right.type))

    def _set_off_phrase(self, left: Mention, right: Mention) -> bool:
        """`Réunis à Hiroshima, les dirigeants ont appelé`: a name after a preposition, then a comma and a subject
        with none: the name ends a phrase set off before the subject, the two are not coordinated."""
        if self.text[left.end:right.start].strip() != ",":
            return False
        heads = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in (left, right)]
        if any(span is None for span in heads) or not heads[1].root.dep_.startswith("nsubj"):
            return False  # `par le Vietnam, Taïwan et la Chine`: one preposition for all
        return [any(c.dep_ == "case" for c in span.root.children) or self._apposed_in_pp(span)
                for span in heads] == [True, False]

    def _apposed_in_pp(self, name: Span) -> bool:
        """`dans le fief du Premier ministre japonais, Fumio Kishida`: a name in apposition to the noun of a
        prepositional phrase is part of that phrase."""
        if name.start < 2 or self.doc[name.start - 1].text != ",":
            return False
        before = self.doc[name.start - 2]
        noun = before if before.pos_ in ("NOUN", "PROPN") else before.head
        return noun.pos_ == "NOUN" and noun.i < name.start and self._in_pp(noun) and (
            before.i == noun.i or before.head.i == noun.i)

    def _attributed_name(self, name: Mention) -> bool:
        """`Selon une source au sein de sa délégation, les émissaires russes ont exigé`: a name in the `selon`
        phrase before the comma is the source, never a subject coordinated with the one after it."""
        return ATTRIBUTED_BEFORE.search(self.text[max(0, name.start - 120):name.start]) is not None

    def _relayed_act(self, token: Token) -> SpeechAct | None:
        """The act a `cité par X` or a `selon X` after the reporting clause relays, in the same sentence."""
        if not (lemma_of(token) == "citer" or token.lower_ in ("selon", "après")) or self._cites_source(token):
            return None
        if token.head.lower_ in RELATIVE_SOURCES:
            return None  # `, selon laquelle ...`: a clause of its own the source tells, not the act before relayed
        sentence = sentence_of(token)
        earlier = [a for a in self.acts if sentence.start <= a.trigger.i < token.i]
        if not earlier:
            return None
        start = earlier[-1].trigger_span[0]
        postposed = re.search(r"»\s*,\s*$", self.text[max(0, start - 6):start])
        return earlier[-1] if lemma_of(token) == "citer" or postposed else None

    def _cited_before(self) -> None:
        """`Sergueï Lavrov, cité par l'agence TASS, a affirmé ...`: the agency that cites the speaker before his
        verb relays his act (in its `according_to`), and its citing is a Report of its own."""
        for cited in [a for a in self.acts if lemma_of(a.trigger) == "citer"]:
            named = self._entity_of_phrase(cited.trigger.head, new_local=False)
            later = next((a for a in self.acts if a.trigger.i > cited.trigger.i and a.speaker == named
                          and sentence_of(a.trigger) == sentence_of(cited.trigger)), None)
            if named is None or later is None:
                continue
            if cited.speaker not in later.according_to:
                later.according_to.append(cited.speaker)

    def _drop_setting(self) -> None:
        """`Lavrov, qui s'exprimait devant la presse, a dénoncé « ... »`: speaking, told in a relative clause on the
        subject of another act of the same speaker, is the setting of that act, not an act of its own."""
        def setting(act: SpeechAct) -> bool:
            verb = act.trigger
            if lemma_of(verb) not in SETTING_VERBS or act.quotes:
                return False
            if verb.dep_ != "acl:relcl" and not in_relative_clause(verb) and not is_participle(verb):
                return False  # `Un responsable, s'exprimant sous couvert d'anonymat, a assuré ...`
            # `Selon un responsable s'exprimant sous couvert d'anonymat, ...`: the setting of the attribution before it
            return any(o is not act and o.speaker == act.speaker and (
                o.trigger.i > verb.i or (is_participle(verb) and attribution_type(o.trigger))) and (
                sentence_of(o.trigger) == sentence_of(verb)) for o in self.acts)

        self.acts = [a for a in self.acts if not setting(a)]

    def _drop_nested(self) -> None:
        """A reporting verb inside someone's quote is part of their words (`« Nous avons toujours affirmé que
        ... », a déclaré X`), not an act of its own; but an agency's quoted dispatch reports what others said
        (`« Poutine a accepté l'invitation et réaffirmé ... », a ajouté KCNA`): those acts stay, relayed."""
        def nested(act: SpeechAct) -> bool:
            outer = [o for o in self.acts if o is not act and any(a <= act.trigger.idx < b for a, b in o.quotes)]
            return bool(outer) and not any(self._is_news(o.speaker) for o in outer)

        self.acts = [a for a in self.acts if not nested(a)]

    def _share_quotes(self) -> None:
        """`« ... », ont déclaré Washington et Séoul`: each speaker of one verb said the quoted words."""
        for act in self.acts:
            for other in self.acts:
                if other is not act and other.trigger.i == act.trigger.i and not other.quotes:
                    other.quotes = list(act.quotes)

    def _party_quoted(self, parts: list[tuple[int, int]], act: SpeechAct) -> SpeechAct | None:
        """`Paris « condamne toute tentative ... », a déclaré la ministre`: a quote that opens on a verb of saying
        whose subject is a state or a body named right before the marks is the party's act (the verb its trigger,
        the quote its words), which the reporter relays; the reporter's act keeps no quote."""
        start = parts[0][0]
        quoted = self.doc.char_span(start, parts[-1][1], alignment_mode="expand")
        if quoted is None or not len(quoted) or quoted[0].i < 2 or act.trigger.idx < start:
            return None
        verb, mark, subject = quoted[0], self.doc[quoted[0].i - 1], self.doc[quoted[0].i - 2]
        if mark.text != "«" or subject.pos_ != "PROPN" or verb.pos_ != "VERB" or "Fin" not in verb.morph.get(
                "VerbForm") or lemma_of(verb) not in SAID_VERBS:
            return None
        named = self._entity_of_phrase(subject, new_local=False)
        party = self._state_of(named) if named is not None else None
        if party is None or party == act.speaker or self._type_of(party) not in ("country", "organization"):
            return None
        return SpeechAct(SAID_VERBS[lemma_of(verb)], verb, trigger_span(verb), party, quotes=list(parts),
                         according_to=[act.speaker], status=act.status)

    def _incise_act(self, quote: int) -> SpeechAct | None:
        verb = self.incise_of.get(quote)
        return next((a for a in self.acts if a.trigger.i == verb), None) if verb is not None else None

    def _act_for(self, parts: list[tuple[int, int]]) -> SpeechAct | None:
        start, end = parts[0][0], parts[-1][1]
        quoted = self.doc.char_span(start, end, alignment_mode="expand")
        if quoted is None or not len(quoted):
            return None
        first, last = sentence_of(quoted[0]), sentence_of(quoted[-1])  # a quote may run over several sentences
        feeling = next((a for a in self.acts if start <= a.trigger.idx < end and stated_feeling(a.trigger)), None)
        if feeling is not None:
            return feeling  # `est « très préoccupé »`: the quoted state of mind is the words of its act
        inside = [a for a in self.acts if first.start <= a.trigger.i < last.end and not start <= a.trigger.idx < end
                  and a.status != "negated"  # `n'a pas souhaité commenter`: no words of theirs to quote
                  and lemma_of(a.trigger) != "citer"  # `cité par X`: X relays the words, they are not X's
                  and not self._outside_noun(a.trigger, start)]
        before = [a for a in inside if a.trigger.idx < start]
        after = [a for a in inside if a.trigger.idx >= end]
        before_quote = doc_text(self.doc)[first.start_char:start].strip(" «\n")
        opens_sentence = not before_quote or before_quote[-1] in ".!?"  # a missed sentence boundary
        if before and not opens_sentence:
            claimed = self._claimed_after(start, end, after)
            return claimed if claimed is not None else before[-1]
        if not inside and opens_sentence:
            return self._named_after(start, end, last) or self._continued(start, end, last)
        return after[0] if after else (before[-1] if before else None)

    def _claimed_after(self, start: int, end: int, after: list[SpeechAct]) -> SpeechAct | None:
        """`Washington a menacé de suspendre son aide : « ... », a averti X`: a quote after a colon (or opening a
        clause after `mais`, `et`, `car`) that its own reporting clause follows right after the closing mark is that
        clause's (X's words), not the verb's before; unless the clause after is an agency's (`X a déclaré : « ... »,
        a rapporté KCNA`: KCNA relays)."""
        if not after or not re.fullmatch(r"\s*»?\s*,\s*", self.text[end:after[0].trigger_span[0]]):
            return None
        if not re.search(r"(?::|,\s*(?:mais|et|car))\s*«?\s*$", self.text[max(0, start - 9):start]):
            return None  # (`ont salué l'accord, mais « ... », ont souligné X et Y`: a clause of its own)
        return None if after[0].type == "Report" or self._is_news(after[0].speaker) else after[0]

    def _headed_by_speaker(self, parts: list[tuple[int, int]]) -> SpeechAct | None:
        """`Anne Martin : « Nous irons jusqu'au bout. »`, `Dmitri Peskov, porte-parole du Kremlin : « ... »`: a
        quote no reporting clause claims, after a colon that ends a verbless phrase opening its sentence: the
        colon reports the quote, the person that phrase names (else the body or state it names) speaks."""
        opening = self.text.rfind("«", 0, parts[0][0])
        found = HEADED.search(self.text, max(0, opening - 200), opening) if opening > 0 else None
        if found is None:
            return None
        phrase = self.doc.char_span(found.start("phrase"), found.end("phrase"), alignment_mode="expand")
        colon = self.doc.char_span(found.start("colon"), found.end("colon"), alignment_mode="expand")
        if phrase is None or colon is None or len(colon) != 1 or any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return None
        named = [m for m in self.index.mentions if phrase.start_char <= m.start and m.end <= phrase.end_char
                 and m.kind == "name"]
        speaker = next((m for m in named if m.type == "person"), None) or next(
            (m for m in named if m.type in ("organization", "country")), None)
        before = self.text[phrase.start_char:speaker.start] if speaker is not None else ""
        if speaker is None or (before and before.count(",") != 1 and not _civility(before)):
            return None  # the name opens the phrase (after `Mme` or `M.` too), or comes after a title and a comma
        act = SpeechAct("Statement", colon[0], (colon.start_char, colon.end_char), speaker.entity)
        self.acts.append(act)
        return act

    @staticmethod
    def _outside_noun(trigger: Token, offset: int) -> bool:
        """`un appel chinois à un cessez-le-feu reviendrait à « ratifier ... »`: speech named by a noun has the
        words of its own phrase (`un appel à la « retenue »`), not those of the clause it is the subject of."""
        verb = trigger.head
        return trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and (
            trigger.i < verb.i and offset > verb.idx)

    def _continued(self, start: int, end: int, sentence: Span) -> SpeechAct | None:
        """`« ... », a déclaré X. « Mais nous ne céderons pas. »`: a whole sentence in quotes with no reporting
        clause, right after a quoted act in the same paragraph, goes on with that act's words."""
        if self.text[end:sentence.end_char].strip(" ».!?\n"):
            return None  # more words after the quote: not a quoted sentence of its own
        earlier = [a for a in self.acts if a.quotes and a.trigger.idx < start]
        if not earlier:
            return None
        previous = earlier[-1]
        gap = self.text[sentence_of(previous.trigger).end_char:start]
        return previous if not gap.strip(" «") and "\n" not in gap else None

    def _named_after(self, start: int, end: int, sentence: Span) -> SpeechAct | None:
        """`« ... » C'est ce qu'a déclaré X`, `« ... » Ces propos ont été tenus par X`: a whole sentence in quotes
        with no reporting clause, whose speaker the next sentence names by taking the words up."""
        if self.text[end:sentence.end_char].strip(" ».!?\n") or sentence.end >= len(self.doc):
            return None
        following = sentence_of(self.doc[sentence.end])
        if "\n" in self.text[end:following.start_char] or not WORDS_TAKEN_UP.match(self.text, following.start_char):
            return None
        return next((a for a in self.acts if following.start <= a.trigger.i < following.end and (
            a.status != "negated")), None)

    def _relays(self) -> None:
        """Who relays whom: an act inside another's quote, a report over the same sentence after the quote
        (`», a rapporté KCNA`), a `Selon X,` opening the sentence."""
        for act in self.acts:
            for other in self.acts:
                if other is not act and other.speaker != act.speaker and self._relays_for(other, act) and (
                        other.speaker not in act.according_to) and act.speaker not in other.according_to:
                    act.according_to.append(other.speaker)
            carrier = self._carried_by(act)
            if carrier is not None and carrier != act.speaker and carrier not in act.according_to:
                act.according_to.append(carrier)

    def _carried_by(self, act: SpeechAct) -> str | None:
        """`Dans un communiqué diffusé mardi par l'agence KCNA, le régime a affirmé`: who spread the document the
        words were said in relays them."""
        document = next((c for c in act.trigger.children if c.dep_.startswith("obl") and c.lemma_.lower() in
                         DOCUMENT_NOUNS and any(g.lower_ == "dans" for g in c.children)), None)
        if document is None:
            return None
        by = next((t for t in document.subtree if t.lower_ == "par" and t.dep_ == "case"), None)
        if by is not None and any(t.lemma_.lower() in SPREAD_VERBS for t in document.subtree):
            return self._entity_of_phrase(by.head, new_local=True)
        outlet = next((t.head for t in document.subtree if t.lower_ in ("à", "au") and t.dep_ == "case"
                       and t.head.lower_ in TITLE_NOUNS), None)  # `dans un entretien accordé au quotidien X`
        return self._entity_of_phrase(outlet, new_local=True) if outlet is not None else None

    def _relays_for(self, other: SpeechAct, act: SpeechAct) -> bool:
        if any(a <= act.trigger.idx < b for a, b in other.quotes):
            return True
        same = sentence_of(other.trigger) == sentence_of(act.trigger)
        if not same or (other.quotes and other.trigger.lower_ != "selon"):
            return False
        if other.trigger.idx < act.trigger.idx and attribution_type(other.trigger) == "Report":
            return other.trigger.i == sentence_of(other.trigger).start  # `Selon l'agence KCNA, X a qualifié`
        if not act.quotes:  # `Il a toujours nié les faits, selon son avocate`: a `selon` closing the sentence
            return self._closing_attribution(other, act)
        return other.type == "Report" and other.trigger.idx > max(b for _, b in act.quotes)

    def _closing_attribution(self, other: SpeechAct, act: SpeechAct) -> bool:
        """`Il a toujours nié les faits, selon son avocate, X.`: a `selon` set off by a comma after a reporting verb
        and closing its sentence relays the words (not a `selon` inside the clause reported: `a dit que trois
        soldats, selon un bilan, avaient été tués`)."""
        if other.trigger.lower_ not in ("selon", "après") or attribution_type(act.trigger) is not None or (
                other.trigger.idx < act.trigger.idx or act.trigger.pos_ not in ("VERB", "AUX")):
            return False
        start = trigger_span(other.trigger)[0]
        if not self.text[:start].rstrip().endswith(","):
            return False
        sentence = sentence_of(other.trigger)
        rest = self.doc[other.trigger.i + 1:sentence.end]
        # nor a clause of another subject between (`La junte n'a pas répondu, et son aviation a bombardé ..., selon
        # des médias`: the `selon` is the bombing's)
        between = self.doc[act.trigger.i + 1:other.trigger.i]
        return not any(t.pos_ in ("VERB", "AUX") or t.text in ("«", "»") for t in rest) and not any(
            t.dep_.startswith("nsubj") for t in between)

    # --- `nous` -----------------------------------------------------------------------------------------
    def we_mentions(self, acts: list[SpeechAct]) -> list[Mention]:
        """`« Nous surveillons ... », a déclaré Yoko Kamikawa`: an office holder's `nous` is the state she
        speaks for (her country, wdt:P27); a body's or a state's own `nous` (`« Nous condamnons ... », a déclaré
        le ministère`) is itself. Any other speaker's `nous`, and `notre pays` when it is a state, is the party the
        article's titles give them (:mod:`newsld.extract.speaker_parties`: `a déclaré le Premier ministre arménien`,
        `le secrétaire général de l'Otan`), known to the knowledge base or not; with none, it is left alone (see
        :func:`quote_persons.we_spans`)."""
        found = []
        parties: SpeakerParties | None = None  # made at the first speaker who needs it (most articles: none)
        for act in acts:
            we = we_spans(self.doc, act.quotes)
            ours = [m.span() for a, b in act.quotes for m in OUR_COUNTRY.finditer(self.text, a, b)]
            if not we and not ours:
                continue
            spoken_for = self._body_spoken_for(act.speaker) or self._state_spoken_for(act.speaker)
            if spoken_for is None and not self._is_news(act.speaker):
                parties = parties or SpeakerParties(self.doc, self.entities, self.mentions,
                                                    self.kb.countries_by_label(), self.kb.sole_nationalities())
                party = parties.party_of(act.speaker)  # the party the article's titles give the speaker
                spoken_for = (party[0], "pronoun", party[1]) if party is not None else None
            if spoken_for is not None:
                found += [Mention(a, b, *spoken_for) for a, b in we]
                if spoken_for[2] == "country":  # `notre pays`: the state the speaker speaks for
                    found += [Mention(a, b, spoken_for[0], "nominal", "country") for a, b in ours]
        first: dict[tuple[int, int], Mention] = {}  # one mention a span: the first act's (`nous` in two acts' quotes)
        for mention in found:
            first.setdefault((mention.start, mention.end), mention)
        return list(first.values())

    def _body_spoken_for(self, entity_id: str) -> tuple[str, str, str] | None:
        """A speaker of the knowledge base that is no person nor a news agency (a ministry, a state) says `nous` for
        itself."""
        known = self.kb.get(entity_id)
        if known is None or known.type not in ("organization", "country") or self._is_news(entity_id):
            return None
        return entity_id, "pronoun", known.type

    def _state_spoken_for(self, entity_id: str) -> tuple[str, str, str] | None:
        speaker = self.kb.get(entity_id)
        if speaker is None or len(speaker.claim("P27")) != 1:
            return None
        country = self.kb.get(speaker.claim("P27")[0])
        if country is None or not self._national_office(speaker.claim("P39"), country.label("fr")):
            return None  # a UN Secretary-General's `nous` is not his country
        we, kind = self._presidency_spoken_for(speaker.claim("P39"), country.qid) or (country.qid, "country")
        return we, "pronoun", kind

    def _presidency_spoken_for(self, positions: tuple[str, ...], country: str) -> tuple[str, str] | None:
        """A president's press secretary says `nous` for the presidential administration of his country (the
        Kremlin for Dmitri Peskov), when the knowledge base holds it; not for the whole state."""
        labels = [p.label("en").lower() for p in map(self.kb.get, positions) if p is not None]
        if not any("press secretary of the president" in label or "spokesperson of the president" in label
                   for label in labels):
            return None
        administration = next((e for e in self.kb.of_type("organization") if e.claim("P17") == (country,)
                               and "presidential administration" in e.label("en").lower()), None)
        return (administration.qid, "organization") if administration is not None else None

    def _national_office(self, positions: tuple[str, ...], country_label: str) -> bool:
        """Does one of these positions name the country (`ministre des Affaires étrangères du Japon`)?"""
        named = re.compile(rf"\b{re.escape(country_label.lower())}\b")
        return any(named.search(p.label("fr").lower()) for p in map(self.kb.get, positions) if p is not None)


def _listed_participle(verb: Token) -> bool:
    """`X a convoqué l'ambassadeur, dénoncé une provocation et ...`: a past participle with no auxiliary, joined to a
    compound-tense verb before it, goes on that verb's list of acts; it is no reporting clause set after a quote
    (`», a déclaré X` has its own auxiliary)."""
    return verb.dep_ == "conj" and verb.head.i < verb.i and "Part" in verb.morph.get("VerbForm") and (
        "Past" in verb.morph.get("Tense")) and not any(c.dep_.startswith("aux") for c in verb.children) and any(
        c.dep_.startswith("aux") for c in verb.head.children)


def _civility(words: str) -> bool:
    """`Mme `, `M. `: the words before a name are one civility (part of the name's phrase, not a title)."""
    return words.strip() in CIVILITIES


def _absolute_phrase_head(participle: Token) -> bool:
    """A present participle the parser hangs (as `acl`) on a noun phrase set beside the clause before it (the
    phrase a `parataxis`, or a conjunct of its verb), right after the phrase and a comma: the phrase is the
    participle's own subject."""
    head = participle.head
    return participle.dep_ == "acl" and "Pres" in participle.morph.get("Tense") and head.i < participle.i and (
        head.pos_ in ("NOUN", "PROPN")) and (head.dep_ == "parataxis" or (
            head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"))) and participle.i > 0 and (
        participle.doc[participle.i - 1].text == ",")
