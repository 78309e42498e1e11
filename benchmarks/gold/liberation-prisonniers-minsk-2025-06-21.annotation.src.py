"""Held-out annotation of liberation-prisonniers-minsk-2025-06-21.txt (written for the twelfth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/liberation-prisonniers-minsk-2025-06-21.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/liberation-prisonniers-minsk-2025-06-21.annotation.src.py \
--check

Held-out set 12: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "liberation-prisonniers-minsk-2025-06-21.txt"

NOTE = """\
Held-out-12 article 1: Belarus frees fourteen prisoners after a visit by a US envoy, published Saturday 21 June \
2025 (the file gives the day). It has several unlinked people and organisations beside linked ones. What it \
exercises: a release on the publication day with one named prisoner (« dont l’opposant Sergueï Tikhanovski ») \
and a nominal visit as its occasion (« à l’issue d’une visite à Minsk de l’émissaire américain Keith Kellogg »), \
sourced after the clause to « la Maison Blanche » (a local metonym, as in benchmarks/gold); two passives with a \
destination and a relative « où » (« ont été conduits ... jusqu’en Lituanie, où ils ont été accueillis par des \
diplomates américains ») under « selon l’ONG biélorusse Viasna »; « Parmi eux figurent » (no event) and « a \
précisé l’organisation »; a pluperfect passive reception « dans la matinée » with « au pouvoir depuis 1994 » (a \
year attached to nothing) and « lors d’un entretien de plusieurs heures » (the reception restated; a vague \
duration attached to nothing) sourced to Belta; « Il s’agit de la visite ... depuis des années » (impersonal, \
the visit restated, a vague time attached to nothing); a quote first with « a déclaré le président biélorusse, \
cité par Belta », « nous » for Belarus and expected acts of Washington (proposed); a negated precision of a \
press service on hypothetical compensations; a fronted participle of arrest with a month (« Arrêté en mai 2020 \
»), a candidacy he was about to make (planned: « s’apprêtait à ») and a sentence « l’année suivante » (2021); a \
kinship role noun in apposition (« Son épouse, Svetlana Tikhanovskaïa ») with a pluperfect relative and a quoted \
noun (« a salué une « immense joie » »); « a-t-elle ajouté lors d’une conférence de presse à Vilnius »; « À \
Moscou » a refusal to comment and a participle with its own quote (« estimant qu’il s’agissait d’une « affaire \
bilatérale » entre Minsk et Washington »); a conditional easing of sanctions « en échange » sourced to « des \
sources diplomatiques citées par l’agence Reuters » and a negated confirmation by the State Department. « Minsk \
» is the city of the visit (Q2280) and Belarus after « entre » (Q184); « Washington » is the United States (Q30) \
both times; « À Moscou » is the city (Q649); « Kremlin » inside « le porte-parole du Kremlin » is the \
institution (Q2060629), a metonym as in benchmarks/gold. Titles right before a name are part of its phrase: only \
« Sergueï Tikhanovski », « Keith Kellogg », « Viasna », « Belta », « Reuters », « Belavia » are marked. Not \
mentions: « Il s’agit » and « il s’agissait » (impersonal), « un responsable américain » (generic), « sa place \
», « la campagne », « cette information » (a report, not an entity). « des ressortissants polonais, japonais et \
suédois » is a local group (part of the prisoners; the nationality adjectives are not mentions of states). « \
vit depuis en exil » and « restent derrière les barreaux » are states, not events; « la conférence de presse » \
is only the occasion of Tikhanovskaya's words (their place, Vilnius), not an event. Tikhanovski, Kellogg, the \
prisoners, the White House, Lithuania, the US diplomats, Viasna, Belta, the press service, Tikhanovskaya, \
Vilnius, the political prisoners, the diplomatic sources, Belavia and the State Department are not in ids.tsv: \
local, unlinked."""

BELARUS, MINSK, LUK, US, MOSCOW, PESKOV = "Q184", "Q2280", "Q2866", "Q30", "Q649", "Q4359688"
KREMLIN, REUTERS = "Q2060629", "Q130879"
PRISONERS, TIKH, KELLOGG, WHITE_HOUSE = "local:belarus-released-prisoners", "local:sergei-tikhanovsky", \
    "local:keith-kellogg", "local:white-house"
LITHUANIA, US_DIPLOMATS, VIASNA, FOREIGNERS = "local:lithuania", "local:us-diplomats-lithuania", \
    "local:viasna", "local:foreign-nationals-released"
BELTA, PRESS_SERVICE, SVETLANA, VILNIUS = "local:belta", "local:lukashenko-press-service", \
    "local:sviatlana-tsikhanouskaya", "local:vilnius"
POL_PRISONERS, SOURCES, BELAVIA, STATE_DEPT = "local:belarus-political-prisoners", \
    "local:diplomatic-sources-reuters", "local:belavia", "local:us-state-department"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (PRISONERS, "quatorze prisonniers libérés par la Biélorussie", "fourteen prisoners freed by Belarus", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (TIKH, "Sergueï Tikhanovski", "Siarhei Tsikhanouski", "person",
     {"description": "opposant biélorusse", "unlinked_reason": NOT_VERIFIED}),
    (KELLOGG, "Keith Kellogg", "Keith Kellogg", "person",
     {"description": "émissaire américain", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (LITHUANIA, "Lituanie", "Lithuania", "country", {"unlinked_reason": NOT_VERIFIED}),
    (US_DIPLOMATS, "diplomates américains", "US diplomats", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (VIASNA, "Viasna", "Viasna Human Rights Centre", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (FOREIGNERS, "ressortissants polonais, japonais et suédois", "Polish, Japanese and Swedish nationals", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (BELTA, "Belta", "Belarusian Telegraph Agency", "organization",
     {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (PRESS_SERVICE, "service de presse d’Alexandre Loukachenko", "Alexander Lukashenko's press service",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SVETLANA, "Svetlana Tikhanovskaïa", "Sviatlana Tsikhanouskaya", "person",
     {"description": "opposante biélorusse en exil", "unlinked_reason": NOT_VERIFIED}),
    (VILNIUS, "Vilnius", "Vilnius", "place", {"unlinked_reason": NOT_VERIFIED}),
    (POL_PRISONERS, "prisonniers politiques biélorusses", "Belarusian political prisoners", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (SOURCES, "des sources diplomatiques", "diplomatic sources", "group",
     {"unlinked_reason": "anonymous in the article"}),
    (BELAVIA, "Belavia", "Belavia", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Biélorussie", None, BELARUS, "name"),
    ("quatorze prisonniers", None, PRISONERS, "nominal"),
    ("Sergueï Tikhanovski", None, TIKH, "name"),
    ("Minsk", "visite à Minsk", MINSK, "name"),
    ("Keith Kellogg", None, KELLOGG, "name"),
    ("la Maison Blanche", None, WHITE_HOUSE, "metonym"),
    # Les détenus libérés ont été conduits ...
    ("Les détenus libérés", None, PRISONERS, "nominal"),
    ("Lituanie", None, LITHUANIA, "name"),
    ("ils", "où ils ont", PRISONERS, "pronoun"),
    ("des diplomates américains", None, US_DIPLOMATS, "nominal"),
    ("Viasna", None, VIASNA, "name"),
    ("eux", "Parmi eux", PRISONERS, "pronoun"),
    ("des ressortissants polonais, japonais et suédois", None, FOREIGNERS, "nominal"),
    ("l’organisation", None, VIASNA, "nominal"),
    # M. Kellogg avait été reçu ...
    ("Kellogg", "M. Kellogg avait", KELLOGG, "name"),
    ("Alexandre Loukachenko", None, LUK, "name"),
    ("Belta", 1, BELTA, "name"),
    ("le pays", None, BELARUS, "nominal"),
    # « C’est un geste ... », a déclaré le président biélorusse, cité par Belta.
    ("nous", "mais nous attendons", BELARUS, "pronoun"),
    ("Washington", 1, US, "metonym"),
    ("le président biélorusse", None, LUK, "nominal"),
    ("Belta", 2, BELTA, "name"),
    ("Son service de presse", None, PRESS_SERVICE, "nominal"),
    # Arrêté en mai 2020 ...
    ("il", "alors qu’il", TIKH, "pronoun"),
    ("Tikhanovski", "M. Tikhanovski", TIKH, "name"),
    ("Son épouse", None, SVETLANA, "nominal"),
    ("Svetlana Tikhanovskaïa", None, SVETLANA, "name"),
    ("plus de mille prisonniers politiques", None, POL_PRISONERS, "nominal"),
    ("elle", "a-t-elle ajouté", SVETLANA, "pronoun"),
    ("Vilnius", None, VILNIUS, "name"),
    # À Moscou, le porte-parole du Kremlin, Dmitri Peskov, ...
    ("Moscou", None, MOSCOW, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Minsk", "entre Minsk", BELARUS, "metonym"),
    ("Washington", 2, US, "metonym"),
    # Selon des sources diplomatiques ...
    ("des sources diplomatiques", None, SOURCES, "nominal"),
    ("Reuters", None, REUTERS, "name"),
    ("États-Unis", None, US, "name"),
    ("Belavia", None, BELAVIA, "name"),
    ("Le département d’État", None, STATE_DEPT, "name"),
]

PUB_DAY = "The publication day, Saturday 21 June 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday", ("samedi", None), "2025-06-21", "day", "weekday-publication-day",
     "« a libéré samedi »: " + PUB_DAY),
    ("t-morning", ("dans la matinée", None), "2025-06-21", "day", "part-of-day",
     "« avait été reçu dans la matinée »: the morning of the release day. " + PUB_DAY),
    ("t-1994", ("depuis 1994", None), "1994", "year", "explicit-year",
     "« au pouvoir depuis 1994 »: a year (the start), no trigger word: attached to nothing."),
    ("t-several-hours", ("plusieurs heures", None), None, "duration", "vague-duration",
     "« un entretien de plusieurs heures »: a length with no number, attached to nothing."),
    ("t-for-years", ("depuis des années", None), None, "vague", "vague",
     "« la visite la plus importante ... depuis des années »: no value, attached to nothing."),
    ("t-may-2020", ("mai 2020", None), "2020-05", "month", "explicit-month-year",
     "« Arrêté en mai 2020 »."),
    ("t-following-year", ("l’année suivante", None), "2021", "year", "counted-from-event",
     "« condamné l’année suivante »: the year after the arrest of May 2020: 2021."),
    ("t-18-years", ("18 ans", None), None, "duration", "explicit-duration",
     "« à 18 ans de prison »: the length of the sentence, attached to nothing."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-release", "Event", "Belarus frees fourteen prisoners, among them Sergei Tikhanovsky", ("a libéré", None),
          [("agent", BELARUS), ("recipient", PRISONERS), ("recipient", TIKH)], time="t-saturday",
          according_to=[WHITE_HOUSE],
          note="« dont l’opposant Sergueï Tikhanovski »: he is one of the prisoners, a recipient of his own."),
    event("e-visit", "Visit", "US envoy Keith Kellogg's visit to Minsk", ("visite", 1), [("agent", KELLOGG)],
          place=MINSK, according_to=[WHITE_HOUSE],
          note="« à l’issue d’une visite à Minsk de l’émissaire américain »: no weekday of its own (its reception is "
               "« dans la matinée »), so no time. « la visite la plus importante » restates it."),
    event("e-transfer", "Event", "The freed prisoners are driven to Lithuania", ("ont été conduits", None),
          [("recipient", PRISONERS)], place=LITHUANIA, according_to=[VIASNA],
          note="Passive with no agent written; the destination is the place, as « se rendre à Odessa » in gold."),
    event("e-welcome", "Meeting", "US diplomats welcome the freed prisoners in Lithuania", ("ont été accueillis", None),
          [("agent", US_DIPLOMATS), ("participant", PRISONERS)], place=LITHUANIA, according_to=[VIASNA],
          note="Passive with an agent, in a relative clause on « où » (Lithuania)."),
    event("e-reception", "Meeting", "Lukashenko receives Keith Kellogg", ("avait été reçu", None),
          [("agent", LUK), ("participant", KELLOGG)], place=MINSK, time="t-morning", according_to=[BELTA],
          part_of="e-visit",
          note="Passive, as « a été reçu ... par » in gold; « lors d’un entretien de plusieurs heures » restates it. "
               "The place is the city of the visit (Minsk), not written in the sentence."),
    event("e-us-acts", "Event", "Lukashenko expects acts from Washington", ("actes", None), [("agent", US)],
          status="proposed", according_to=[LUK],
          note="« nous attendons des actes de la part de Washington »: what he asks for: proposed."),
    event("e-compensation", "Event", "Possible compensations for the release", ("contreparties", None),
          [("agent", US), ("recipient", BELARUS)], status="hypothetical",
          note="« d’éventuelles contreparties »: hypothetical; the parties are implied by the story."),
    event("e-arrest", "Event", "Sergei Tikhanovsky was arrested in May 2020", ("Arrêté", None), [("recipient", TIKH)],
          time="t-may-2020", note="A fronted passive participle; no agent written."),
    event("e-candidacy", "Event", "Tikhanovsky was about to run in the presidential election",
          ("se présenter", None), [("agent", TIKH)], status="planned", time="t-may-2020",
          note="« alors qu’il s’apprêtait à se présenter à l’élection présidentielle »: about to happen, and it did "
               "not (the arrest came first): planned. The election itself has no participant written: not an "
               "event of its own."),
    event("e-sentence", "Event", "Tikhanovsky was sentenced to 18 years in prison the following year",
          ("avait été condamné", None), [("recipient", TIKH)], time="t-following-year",
          note="No court written: recipient only."),
    event("e-took-his-place", "Event", "Tikhanovskaya took her husband's place in the campaign",
          ("avait pris sa place", None), [("agent", SVETLANA), ("recipient", TIKH)],
          note="« sa place » is his: he is the recipient; no time written (2020 is implied, not written)."),
    event("e-belavia-sanctions", "Sanction", "US sanctions targeting Belavia", ("sanctions", None),
          [("agent", US), ("recipient", BELAVIA)], according_to=[SOURCES],
          note="Existing sanctions: occurred; the US from « les États-Unis pourraient ... alléger »."),
    event("e-easing", "Event", "The US could ease some sanctions on Belavia in return", ("alléger", None),
          [("agent", US), ("theme", BELAVIA)], status="hypothetical", according_to=[SOURCES],
          note="« pourraient en échange alléger »: a conditional: hypothetical."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-white-house", "Report", "The White House announces the release", WHITE_HOUSE, ("a annoncé", None), [],
           about=["e-release", "e-visit"], note="The source after the clause; no weekday of its own: no time."),
    speech("s-viasna", "Report", "Viasna reports the prisoners' transfer to Lithuania", VIASNA,
           ("selon", "selon l’ONG"), [], about=["e-transfer", "e-welcome"]),
    speech("s-viasna-details", "Report", "Viasna details the nationalities of the freed prisoners", VIASNA,
           ("a précisé", None), [], about=["e-release"]),
    speech("s-belta-reception", "Report", "Belta reports the reception", BELTA, ("selon", "selon l’agence"), [],
           about=["e-reception"]),
    speech("s-lukashenko", "Statement", "Lukashenko: a gesture of goodwill; Belarus expects acts from Washington", LUK,
           ("a déclaré", None),
           [("C’est un geste de bonne volonté, mais nous attendons des actes de la part de Washington", None)],
           according_to=[BELTA], about=["e-release", "e-us-acts"],
           note="No weekday and no occasion written for his words: no time."),
    speech("s-belta-quote", "Report", "Belta quotes Lukashenko", BELTA, ("cité", "cité par Belta"), [],
           about=["s-lukashenko"]),
    speech("s-press-service", "SpeechAct", "Lukashenko's press service gives no detail on possible compensations",
           PRESS_SERVICE, ("n’a donné", None), [], status="negated", about=["e-compensation"],
           note="« n’a donné aucune précision »: a negated speech act, as a refusal to give details in gold."),
    speech("s-svetlana-joy", "Statement", "Tikhanovskaya hails an « immense joy »", SVETLANA, ("a salué", None),
           [("immense joie", None)], place=VILNIUS, about=["e-release"],
           note="Her words at the press conference of the next sentence: Vilnius; no time written."),
    speech("s-svetlana-prisoners", "Statement", "Tikhanovskaya: more than a thousand political prisoners remain "
           "behind bars", SVETLANA, ("a-t-elle ajouté", None),
           [("Mais plus de mille prisonniers politiques restent derrière les barreaux", None)], place=VILNIUS),
    speech("s-peskov-no-comment", "SpeechAct", "Peskov declines to comment", PESKOV, ("s’est refusé", None), [],
           status="negated", place=MOSCOW, about=["e-release"],
           note="A refusal to comment: a negated speech act, as a no-comment in gold."),
    speech("s-peskov-bilateral", "Statement", "Peskov: a « bilateral affair » between Minsk and Washington", PESKOV,
           ("estimant", None), [("affaire bilatérale", None)], place=MOSCOW, about=["e-release"],
           note="A participle of opinion with its own guillemets: a speech act of its own."),
    speech("s-sources", "Report", "Diplomatic sources: the US could ease sanctions on Belavia", SOURCES,
           ("Selon", "Selon des sources"), [], according_to=[REUTERS], about=["e-easing", "e-belavia-sanctions"],
           note="The sources speak; Reuters, which cites them, is who the reader has it from (as Kyodo in gold)."),
    speech("s-reuters", "Report", "Reuters cites diplomatic sources", REUTERS, ("citées", None), [],
           about=["e-easing"]),
    speech("s-state-dept", "Statement", "The State Department has not confirmed the information", STATE_DEPT,
           ("n’a pas confirmé", None), [], status="negated", about=["e-easing"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
