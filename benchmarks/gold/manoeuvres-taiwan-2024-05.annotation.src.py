"""Held-out annotation of manoeuvres-taiwan-2024-05.txt (written for the seventh held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/manoeuvres-taiwan-2024-05.annotation.src.py [--check]

Held-out set 7: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "manoeuvres-taiwan-2024-05.txt"

PUBLISHED_INFERRED = {
    "value": "2024-05-23", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives May 2024. Lai « a prêté serment lundi 20 mai » (20 May 2024 is a Monday) and the "
             "exercises were launched « jeudi », « trois jours après l’investiture »: Thursday 23 May 2024. « a "
             "lancé jeudi » and « a jugé jeudi » are past, so the article appeared on or after that Thursday; the "
             "command « doit clore l’exercice vendredi » (future), so before Friday 24 May. That leaves Thursday 23 "
             "May 2024 itself, which « jeudi en fin d’après-midi » and « dans la journée » fit."),
}

NOTE = """\
Held-out-7 article 2: Chinese military exercises around Taiwan, published in May 2024 (the file gives the month; \
the day, Thursday 23 May, comes from past « jeudi », « trois jours après l’investiture » with « lundi 20 mai », and \
a future « vendredi »). What it exercises: an army as agent with a duration as object (« a lancé jeudi deux jours \
de manœuvres »); a passive presentation by a metonym with a quote (« présentées par Pékin comme une « sévère \
punition » »); « trois jours après l’investiture » counted back (Monday 20 May, restated by « qui a prêté serment \
lundi 20 mai »: one event); things as participants (warships, bombers, fighters) sourced after the clause to a \
command with a relative planned end (« qui doit clore l’exercice vendredi »); « Aucun tir réel n’avait été \
signalé » (no actor: no event); an institution with a quote and a second verb without one (« a dénoncé des « ... » \
et dit avoir dépêché »: two speech acts); « Selon lui » for an institution; a pluperfect call in a speech with a \
quote and a participle proposal (« tout en proposant le dialogue »: a Proposal event, the dialogue proposed); a \
pluperfect retort « mardi » with a quote about that speech; a negated speech act (« ne s’est pas exprimé \
publiquement »); a pluperfect reception « la semaine dernière » (13 to 19 May 2024: the month) with a city and a \
dative clitic before an assurance with a quote, sourced to a joint declaration (a document: its two authors speak, \
two Reports, one trigger); a minister's judgement with a quote; an exhortation by a metonym « par la voix d’un \
porte-parole du département d’État » (the United States speak, the spokesman in according_to) and the spokesman's \
own statement with a future in the past (« continueraient de transiter »: planned); « remontaient à août 2023 » \
and « alors vice-président ». « Pékin » is China where it presents, is called on and whose office replies (Q148) \
and the city where Xi receives Putin (Q956); « Moscou » is Russia; « Washington » the United States. Taiwan is a \
place here (an island, local), not linked to any state. « commandement du théâtre Est », « Armée populaire de \
libération », « bureau chinois des Affaires taïwanaises » and « département d’État » (inside the spokesman's \
description) are mentions with names of their own. The PLA, the Eastern Theater Command, Taiwan, Lai Ching-te, \
Taipei, the Taiwanese defence ministry, the Taiwan Affairs Office, the Taiwan Strait, the State Department and its \
spokesman, the pro-independence forces, the islets, the ships, aircraft and units are not in ids.tsv: local, \
unlinked. Not mentions: « côtes chinoises » (not a name), « la zone » (the strait's area, no name), « son \
discours » and « ce discours » (the speech whose words are the call), « la paix et la stabilité »."""

CHINA, BEIJING, XI, PUTIN, RUSSIA = "Q148", "Q956", "Q15031", "Q7747", "Q159"
KAMIKAWA, JAPAN, TOKYO, US = "Q276275", "Q17", "Q1490", "Q30"
PLA, EASTERN, TAIWAN, LAI, TAIPEI = "local:pla", "local:eastern-theater-command", "local:taiwan", \
    "local:lai-ching-te", "local:taipei"
TW_MOD, TAO, STRAIT, STATE_DEPT, SPOKESMAN = "local:taiwan-defence-ministry", "local:taiwan-affairs-office", \
    "local:taiwan-strait", "local:us-state-department", "local:state-department-spokesman"
INDEP, SHIPS, BOMBERS, FIGHTERS, ISLETS = "local:pro-independence-forces", "local:chinese-warships", \
    "local:chinese-bombers", "local:chinese-fighters", "local:islets-near-china"
TW_UNITS, AIRCRAFT, US_SHIPS = "local:taiwanese-units", "local:49-chinese-aircraft", "local:us-ships"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (PLA, "Armée populaire de libération", "People's Liberation Army", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (EASTERN, "commandement du théâtre Est", "Eastern Theater Command", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (LAI, "Lai Ching-te", "Lai Ching-te", "person",
     {"description": "président taïwanais investi le 20 mai 2024", "unlinked_reason": NOT_VERIFIED}),
    (TAIPEI, "Taipei", "Taipei", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TW_MOD, "ministère taïwanais de la Défense", "Ministry of National Defense (Taiwan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TAO, "bureau des Affaires taïwanaises", "Taiwan Affairs Office", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (STRAIT, "détroit de Taïwan", "Taiwan Strait", "place", {"unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État américain", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SPOKESMAN, "un porte-parole du département d’État", "a State Department spokesman", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (INDEP, "les forces indépendantistes", "pro-independence forces", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (SHIPS, "navires de guerre chinois", "Chinese warships", "object", {"unlinked_reason": "unnamed items"}),
    (BOMBERS, "bombardiers chinois", "Chinese bombers", "object", {"unlinked_reason": "unnamed items"}),
    (FIGHTERS, "avions de chasse chinois", "Chinese fighter jets", "object", {"unlinked_reason": "unnamed items"}),
    (ISLETS, "îlots proches des côtes chinoises", "islets near the Chinese coast", "place",
     {"unlinked_reason": "unnamed places"}),
    (TW_UNITS, "unités navales, aériennes et terrestres taïwanaises", "Taiwanese naval, air and ground units",
     "group", {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (AIRCRAFT, "49 appareils chinois", "49 Chinese aircraft", "object", {"unlinked_reason": "unnamed items"}),
    (US_SHIPS, "navires américains", "US ships", "object", {"unlinked_reason": "unnamed items"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("L’armée chinoise", None, PLA, "nominal"),
    ("Taïwan", 1, TAIWAN, "name"),
    ("Pékin", "présentées par Pékin", CHINA, "metonym"),
    ("forces indépendantistes", None, INDEP, "nominal"),
    ("nouveau président taïwanais", None, LAI, "nominal"),
    ("Lai Ching-te", None, LAI, "name"),
    # Des navires de guerre ...
    ("Des navires de guerre", None, SHIPS, "nominal"),
    ("des bombardiers", None, BOMBERS, "nominal"),
    ("des avions de chasse", None, FIGHTERS, "nominal"),
    ("l’île", None, TAIWAN, "nominal"),
    ("plusieurs îlots proches des côtes chinoises", None, ISLETS, "nominal"),
    ("commandement du théâtre Est", None, EASTERN, "name"),
    ("Armée populaire de libération", None, PLA, "name"),
    # À Taipei ...
    ("Taipei", None, TAIPEI, "name"),
    ("le ministère de la Défense", None, TW_MOD, "nominal"),
    ("des unités navales, aériennes et terrestres", None, TW_UNITS, "nominal"),
    ("lui", "Selon lui", TW_MOD, "pronoun"),
    ("49 appareils chinois", None, AIRCRAFT, "nominal"),
    # M. Lai, qui a prêté serment lundi 20 mai ...
    ("Lai", "M. Lai, qui", LAI, "name"),
    ("Pékin", "appelé Pékin", CHINA, "metonym"),
    ("bureau chinois des Affaires taïwanaises", None, TAO, "name"),
    # Le président chinois, Xi Jinping ...
    ("Le président chinois", None, XI, "nominal"),
    ("Xi Jinping", None, XI, "name"),
    ("Il", "Il avait reçu", XI, "pronoun"),
    ("Pékin", "à Pékin Vladimir", BEIJING, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("lui", "qui lui avait assuré", XI, "pronoun"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("Chine", "de la Chine sur", CHINA, "name"),
    ("Taïwan", "Chine sur Taïwan", TAIWAN, "name"),
    # À Tokyo ...
    ("Tokyo", None, TOKYO, "name"),
    ("la ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yōko Kamikawa", None, KAMIKAWA, "name"),
    ("le détroit", None, STRAIT, "nominal"),
    ("Japon", None, JAPAN, "name"),
    ("Washington", None, US, "metonym"),
    ("Chine", "exhorté la Chine", CHINA, "name"),
    ("un porte-parole du département d’État", None, SPOKESMAN, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("des navires américains", None, US_SHIPS, "nominal"),
    # Les précédentes manœuvres ...
    ("Lai", "passage de M. Lai", LAI, "name"),
    ("vice-président", None, LAI, "nominal"),
    ("États-Unis", None, US, "name"),
]

PUB_DAY = "The publication day, Thursday 23 May 2024 (article.published_inferred)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "a lancé jeudi"), "2024-05-23", "day", "weekday-publication-day",
     "« a lancé jeudi ». " + PUB_DAY),
    ("t-two-days", ("deux jours", None), None, "duration", "explicit-duration",
     "The length of the exercises (P2D); the launch has the day."),
    ("t-three-days-after", ("trois jours après", None), "2024-05-20", "day", "relative-day-past",
     "Three days before the Thursday launch: Monday 20 May 2024, the day the text also writes out."),
    ("t-friday", ("vendredi", None), "2024-05-24", "day", "weekday-future",
     "Future « doit clore l’exercice vendredi »: the Friday after the publication day: 24 May 2024."),
    ("t-late-afternoon", ("jeudi en fin d’après-midi", None), "2024-05-23", "day", "part-of-day",
     "The end of the afternoon of the publication day. " + PUB_DAY + " Attached to nothing (no event: no actor)."),
    ("t-during-day", ("dans la journée", None), "2024-05-23", "day", "part-of-day",
     "The publication day. " + PUB_DAY),
    ("t-monday-20", ("lundi 20 mai", None), "2024-05-20", "day", "weekday-day-month",
     "Monday 20 May of the publication year (2024)."),
    ("t-tuesday", ("mardi", None), "2024-05-21", "day", "weekday-past",
     "Pluperfect « avait répliqué mardi »: the Tuesday before the publication day: 21 May 2024."),
    ("t-last-week", ("la semaine dernière", None), "2024-05", "month", "relative-week-past",
     "The week before publication, 13 to 19 May 2024, lies in one month: the month."),
    ("t-thursday-kamikawa", ("jeudi", "a jugé jeudi"), "2024-05-23", "day", "weekday-publication-day",
     "« a jugé jeudi ». " + PUB_DAY),
    ("t-august-2023", ("août 2023", None), "2023-08", "month", "explicit-month-year",
     "« remontaient à août 2023 »."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-drills", "Event", "The Chinese army launches two days of large-scale exercises around Taiwan",
          ("a lancé", None), [("agent", PLA), ("recipient", TAIWAN)], time="t-thursday",
          note="« autour de Taïwan »: around, not in, the island: no place; the island, encircled and the aim of "
               "the « punition », is the recipient. « manœuvres », « l’exercice » and « les manœuvres » restate it. "
               "Stated in the article's own voice (the first sentence), then detailed by the command."),
    event("e-encirclement", "Event", "Warships, bombers and fighters encircle the island and nearby islets",
          ("encerclent", None),
          [("participant", SHIPS), ("participant", BOMBERS), ("participant", FIGHTERS), ("recipient", TAIWAN),
           ("recipient", ISLETS)], time="t-thursday", according_to=[EASTERN], part_of="e-drills"),
    event("e-drills-end", "Event", "The command is to end the exercise on Friday", ("clore", None),
          [("agent", EASTERN)], status="planned", time="t-friday", according_to=[EASTERN], part_of="e-drills"),
    event("e-inauguration", "Event", "Lai Ching-te's inauguration as Taiwan's president on Monday 20 May",
          ("investiture", None), [("agent", LAI)], place=TAIWAN, time="t-monday-20",
          note="« qui a prêté serment lundi 20 mai » restates it (one event, the day from the restatement); « trois "
               "jours après » counts back to the same day and is attached to nothing."),
    event("e-dispatch", "Event", "Taiwan's defence ministry dispatched naval, air and ground units",
          ("dépêché", None), [("agent", TW_MOD), ("theme", TW_UNITS)], according_to=[TW_MOD]),
    event("e-aircraft-spotted", "Event", "49 Chinese aircraft spotted during the day", ("repérés", None),
          [("agent", TW_MOD), ("theme", AIRCRAFT)], time="t-during-day", according_to=[TW_MOD],
          note="Passive with no agent; the ministry that counts them is the implied spotter."),
    event("e-stop-intimidation", "Event", "China to stop its intimidation (Lai's call)", ("cesser", None),
          [("agent", CHINA)], status="proposed", according_to=[LAI]),
    event("e-dialogue-offer", "Proposal", "Lai offers dialogue to Beijing", ("proposant", None),
          [("agent", LAI), ("recipient", CHINA)], time="t-monday-20",
          note="A participle in the same speech (« tout en proposant le dialogue »), no quote: a Proposal event, as "
               "« a proposé de remplacer » in benchmarks/gold; the dialogue itself is e-dialogue."),
    event("e-dialogue", "Event", "Dialogue between Taiwan and Beijing (offered)", ("dialogue", None),
          [("participant", LAI), ("participant", CHINA)], status="proposed", according_to=[LAI]),
    event("e-putin-visit", "Visit", "Vladimir Putin's visit to Beijing last week", ("visite", None),
          [("agent", PUTIN)], place=BEIJING, time="t-last-week"),
    event("e-xi-receives-putin", "Meeting", "Xi Jinping received Vladimir Putin in Beijing last week",
          ("avait reçu", None), [("agent", XI), ("participant", PUTIN)], place=BEIJING, time="t-last-week",
          part_of="e-putin-visit"),
    event("e-russian-support", "Event", "Russia supports China's position of principle on Taiwan",
          ("soutenait", None), [("agent", RUSSIA), ("recipient", CHINA)], according_to=[PUTIN],
          note="The content of Putin's assurance; « Moscou » is Russia."),
    event("e-restraint", "Event", "China to show restraint (urged by the United States)", ("retenue", None),
          [("agent", CHINA)], status="proposed", according_to=[US]),
    event("e-us-transits", "Event", "US ships will keep transiting the strait", ("transiter", None),
          [("participant", US_SHIPS)], status="planned", place=STRAIT, according_to=[SPOKESMAN],
          note="A future in the past (« continueraient »): an assurance, planned, as « l’affaire serait traitée » "
               "in benchmarks/gold. « la zone » is the strait's area."),
    event("e-previous-drills", "Event", "China's previous exercises of this kind, in August 2023",
          ("précédentes manœuvres", None), [("agent", PLA)], time="t-august-2023",
          note="« remontaient à août 2023 »; the Chinese army is implied (« de ce type »)."),
    event("e-lai-us-transit", "Visit", "Lai's stopover in the United States as vice-president",
          ("passage", None), [("agent", LAI)], place=US,
          note="« après un passage de M. Lai ... par les États-Unis »: before the August 2023 exercises; no time of "
               "its own is written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-beijing-punishment", "Statement", "Beijing presents the exercises as a « severe punishment »", CHINA,
           ("présentées", None), [("sévère punition", None)], time="t-thursday", about=["e-drills"],
           note="Passive with an agent (« présentées par Pékin comme »), as « présenté par le régime comme » in "
                "benchmarks/gold."),
    speech("s-eastern-command", "Report", "The Eastern Theater Command details the exercises", EASTERN,
           ("a indiqué", None), [], time="t-thursday", about=["e-encirclement", "e-drills-end"]),
    speech("s-tw-mod-denounces", "Statement", "Taiwan's defence ministry denounces « irrational provocations »",
           TW_MOD, ("a dénoncé", None), [("provocations irrationnelles", None)], place=TAIPEI,
           about=["e-drills"]),
    speech("s-tw-mod-dispatch", "Statement", "The ministry says it dispatched units", TW_MOD, ("dit", None), [],
           place=TAIPEI, about=["e-dispatch"], note="Second verb joined by « et », without a quote."),
    speech("s-tw-mod-count", "Report", "According to the ministry, 49 Chinese aircraft were spotted", TW_MOD,
           ("Selon", "Selon lui"), [], time="t-during-day", about=["e-aircraft-spotted"]),
    speech("s-lai-call", "Statement", "Lai called on Beijing to stop its intimidation", LAI, ("avait appelé", None),
           [("cesser ses intimidations", None)], addressee=CHINA, time="t-monday-20", place=TAIWAN,
           about=["e-stop-intimidation"],
           note="« dans son discours »: the inauguration speech, on Monday 20 May."),
    speech("s-tao-retort", "Statement", "The Taiwan Affairs Office called the speech « an admission of "
           "independence »", TAO, ("avait répliqué", None), [("aveu d’indépendance", None)], time="t-tuesday",
           about=["s-lai-call"]),
    speech("s-xi-silent", "SpeechAct", "Xi Jinping has not spoken publicly on the exercises", XI,
           ("exprimé", None), [], status="negated", about=["e-drills"]),
    speech("s-putin-assurance", "Assurance", "Putin assured Xi that Moscow supports China's « position of "
           "principle » on Taiwan", PUTIN, ("avait assuré", None), [("la position de principe", None)],
           addressee=XI, time="t-last-week", place=BEIJING, according_to=[RUSSIA, CHINA],
           about=["e-russian-support"]),
    speech("s-declaration-russia", "Report", "The joint declaration (Russia) records Putin's assurance", RUSSIA,
           ("selon", "selon la déclaration"), [], time="t-last-week", about=["s-putin-assurance"],
           note="« selon la déclaration commune publiée à l’issue de la visite »: a document speaks for its "
                "authors, the two states (two Reports, one trigger)."),
    speech("s-declaration-china", "Report", "The joint declaration (China) records Putin's assurance", CHINA,
           ("selon", "selon la déclaration"), [], time="t-last-week", about=["s-putin-assurance"]),
    speech("s-kamikawa", "Statement", "Kamikawa: peace and stability in the strait « extremely important » for "
           "Japan", KAMIKAWA, ("a jugé", None), [("extrêmement importantes", None)], time="t-thursday-kamikawa",
           place=TOKYO, about=["e-drills"]),
    speech("s-washington", "Statement", "Washington urges China to show restraint", US, ("exhorté", None),
           [("à la retenue", None)], addressee=CHINA, according_to=[SPOKESMAN], about=["e-restraint"],
           note="« par la voix d’un porte-parole du département d’État »: the United States speak, the spokesman "
                "in according_to, as in benchmarks/gold."),
    speech("s-spokesman-transits", "Assurance", "The spokesman says US ships will keep transiting", SPOKESMAN,
           ("a précisé", None), [], about=["e-us-transits"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
