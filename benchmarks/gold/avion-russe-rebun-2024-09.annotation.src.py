"""Held-out annotation of avion-russe-rebun-2024-09.txt (written for the tenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/avion-russe-rebun-2024-09.annotation.src.py [--check]

Held-out set 10: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "avion-russe-rebun-2024-09.txt"

PUBLISHED_INFERRED = {
    "value": "2024-09-23", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives September 2024. The incursion took place « lundi 23 septembre » (past: « est entré »), "
             "and the National Security Council « sera examinée mardi » (future): the article appeared on Monday 23 "
             "September 2024, the day of the incident."),
}

NOTE = """\
Held-out-10 article 4: a Russian patrol aircraft violates Japanese airspace off Rebun, published in September 2024 \
(the file gives the month; the day, Monday 23 September, comes from past « lundi 23 septembre » and a future \
« mardi »: see PUBLISHED_INFERRED). What it exercises: a protest to a metonym with no weekday of its own; a \
violation in a « après que » clause with a thing as agent (the aircraft) and a participle of consequence \
(« contraignant ... à tirer »); the violation restated with its day and source (« L’appareil, un Iliouchine Il-38, \
est entré ... lundi 23 septembre vers 13h00, a annoncé le ministère »: not a second event; the firing likewise \
restated by « tiré des leurres »); a pronoun for the aircraft (« lui signifier de s’éloigner », the withdrawal \
proposed); a negated report (« qui n’a pas signalé de dommages »); a quote with its speaker after the verb, then a \
relative judgement with its own quote; a protest with a quoted noun and a request that something not recur \
(proposed, with a label that says so) under « a-t-elle ajouté »; an order sourced to a cabinet and a planned \
handover « au début du mois prochain » (October 2024); a future passive review by a council « mardi »; a \
pluperfect overflight sourced with « Selon »; joint exercises « depuis plusieurs jours » (vague); a refusal to \
say (a negated speech act); a Chinese violation « le 26 août »; an embassy's negated reply to AFP; a standing \
accusation (« accuse régulièrement ») with a suspected stoking grounded by a gerund. « Moscou » is Russia twice; \
« Tokyo » is Japan as a subject and the city in « L’ambassade de Russie à Tokyo ». « l’archipel » in « dans le \
nord de l’archipel » is Japan (a nominal mention); « Japon » inside « la mer du Japon » only names the sea: not a \
mention. « vers 13h00 » is a clock time inside the day already given: not annotated on its own. « moins d’un mois \
après » only relates the two violations: not a time (the Chinese one has its own date). Not mentions: « son \
espace aérien » and « l’espace aérien japonais » (Japan's airspace: a thing, not the state), « de tels faits », « la \
question », « les deux événements », « sa coopération militaire ». The aircraft, Rebun, the Japanese ministry of \
defence and its spokesman, the fighter jets, the Self-Defense Forces, the Russian embassy in Tokyo, the prime \
minister's office, the National Security Council, the Joint Staff, the Sea of Japan, the Chinese aircraft, Danjo \
and Nagasaki are not in ids.tsv: local, unlinked."""

JAPAN, RUSSIA, CHINA, US = "Q17", "Q159", "Q148", "Q30"
KAMIKAWA, KISHIDA, TOKYO, AFP = "Q276275", "Q359480", "Q1490", "Q40464"
IL38, REBUN, JMOD, FIGHTERS = "local:russian-il-38", "local:rebun-island", "local:japan-ministry-of-defense", \
    "local:japanese-fighter-jets"
RU_EMBASSY, KANTEI, NSC, JOINT_STAFF = "local:russian-embassy-tokyo", "local:japan-prime-minister-office", \
    "local:japan-national-security-council", "local:japan-joint-staff"
SEA_JAPAN, JMOD_SPOKES, CN_AIRCRAFT, DANJO = "local:sea-of-japan", "local:japan-mod-spokesman", \
    "local:chinese-military-aircraft", "local:danjo-islands"
NAGASAKI, SDF = "local:nagasaki-prefecture", "local:japan-self-defense-forces"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (IL38, "avion de patrouille russe Il-38", "Russian Il-38 patrol aircraft", "object",
     {"class_qid": "Q11436", "unlinked_reason": "one aircraft, no Wikidata item"}),
    (REBUN, "île de Rebun", "Rebun Island", "place", {"unlinked_reason": NOT_VERIFIED}),
    (JMOD, "ministère japonais de la Défense", "Ministry of Defense (Japan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (FIGHTERS, "chasseurs japonais (F-15 et F-35)", "Japanese fighter jets (F-15 and F-35)", "object",
     {"unlinked_reason": "unnamed aircraft"}),
    (RU_EMBASSY, "ambassade de Russie à Tokyo", "Embassy of Russia in Tokyo", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (KANTEI, "cabinet du Premier ministre japonais", "Office of the Prime Minister of Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (NSC, "Conseil de sécurité nationale", "National Security Council (Japan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (JOINT_STAFF, "état-major interarmées japonais", "Joint Staff (Japan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SEA_JAPAN, "mer du Japon", "Sea of Japan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (JMOD_SPOKES, "un porte-parole du ministère japonais de la Défense", "a Japanese defence ministry spokesman",
     "person", {"unlinked_reason": "anonymous in the article"}),
    (CN_AIRCRAFT, "avion militaire chinois", "Chinese military aircraft", "object",
     {"class_qid": "Q11436", "unlinked_reason": "one aircraft, no Wikidata item"}),
    (DANJO, "archipel de Danjo", "Danjo Islands", "place", {"unlinked_reason": NOT_VERIFIED}),
    (NAGASAKI, "département de Nagasaki", "Nagasaki Prefecture", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SDF, "Forces d’autodéfense japonaises", "Japan Self-Defense Forces", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Japon", "Le Japon a", JAPAN, "name"),
    ("Moscou", "auprès de Moscou", RUSSIA, "metonym"),
    ("un avion de patrouille militaire russe", None, IL38, "nominal"),
    ("l’île de Rebun", None, REBUN, "nominal"),
    ("l’archipel", "nord de l’archipel", JAPAN, "nominal"),
    ("des chasseurs japonais", None, FIGHTERS, "nominal"),
    # L’appareil ...
    ("L’appareil", None, IL38, "nominal"),
    ("un Iliouchine Il-38", None, IL38, "nominal"),
    ("le ministère japonais de la Défense", None, JMOD, "nominal"),
    ("Des F-15 et des F-35", None, FIGHTERS, "nominal"),
    ("lui", "pour lui signifier", IL38, "pronoun"),
    ("le ministère", "précisé le ministère", JMOD, "nominal"),
    # « Il est extrêmement regrettable ... »
    ("la ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("Tokyo", "Tokyo a adressé", JAPAN, "metonym"),
    ("l’ambassade de Russie", "l’ambassade de Russie et", RU_EMBASSY, "nominal"),
    ("Russie", "l’ambassade de Russie et", RUSSIA, "name"),
    ("elle", "a-t-elle", KAMIKAWA, "pronoun"),
    # Le Premier ministre ...
    ("Le Premier ministre", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("l’armée", None, SDF, "nominal"),
    ("son cabinet", None, KANTEI, "nominal"),
    ("Conseil de sécurité nationale", None, NSC, "name"),
    # Selon l’état-major interarmées ...
    ("l’état-major interarmées", None, JOINT_STAFF, "nominal"),
    ("l’Il-38", None, IL38, "nominal"),
    ("mer du Japon", None, SEA_JAPAN, "name"),
    ("Russie", "où la Russie", RUSSIA, "name"),
    ("Chine", None, CHINA, "name"),
    ("Un porte-parole du ministère", None, JMOD_SPOKES, "nominal"),
    ("ministère", "porte-parole du ministère", JMOD, "nominal"),
    # L’incident survient ...
    ("un avion militaire chinois", None, CN_AIRCRAFT, "nominal"),
    ("l’archipel de Danjo", None, DANJO, "nominal"),
    ("le département de Nagasaki", None, NAGASAKI, "nominal"),
    # L’ambassade de Russie à Tokyo ...
    ("L’ambassade de Russie à Tokyo", None, RU_EMBASSY, "nominal"),
    ("Russie", "L’ambassade de Russie", RUSSIA, "name"),
    ("Tokyo", "Russie à Tokyo", TOKYO, "name"),
    ("AFP", None, AFP, "name"),
    ("Moscou", "Moscou accuse", RUSSIA, "metonym"),
    ("Japon", "accuse régulièrement le Japon", JAPAN, "name"),
    ("États-Unis", None, US, "name"),
]

PUB_DAY = "The publication day, Monday 23 September 2024 (inferred: see PUBLISHED_INFERRED)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday-23", ("lundi 23 septembre", None), "2024-09-23", "day", "weekday-day-month",
     "An explicit weekday and date in the publication year. " + PUB_DAY),
    ("t-next-month", ("au début du mois prochain", None), "2024-10", "month", "relative-month-future",
     "The month after September 2024: October 2024 (its beginning: the month)."),
    ("t-tuesday", ("mardi", None), "2024-09-24", "day", "weekday-future",
     "Future « sera examinée mardi »: the Tuesday after the publication day: 24 September 2024."),
    ("t-several-days", ("depuis plusieurs jours", None), None, "vague", "vague", "Several days: no value."),
    ("t-august-26", ("le 26 août", None), "2024-08-26", "day", "day-month-publication-year",
     "A past date in the publication year: 26 August 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-violation", "Event", "A Russian patrol aircraft violates Japanese airspace three times off Rebun",
          ("a violé", None), [("agent", IL38), ("recipient", JAPAN)], place=REBUN, time="t-monday-23",
          according_to=[JMOD],
          note="« est entré dans l’espace aérien japonais lundi 23 septembre ..., a annoncé le ministère » restates "
               "it: the same event, which gets that day and that source."),
    event("e-flares", "Event", "Japanese fighters fire flares for the first time", ("tirer", None),
          [("agent", FIGHTERS), ("recipient", IL38)], place=REBUN, time="t-monday-23", according_to=[JMOD],
          note="« ont aussitôt ... tiré des leurres » restates it (second paragraph): one event."),
    event("e-scramble", "Event", "F-15 and F-35 fighters take off at once", ("décollé", None), [("agent", FIGHTERS)],
          time="t-monday-23", according_to=[JMOD]),
    event("e-move-away", "Event", "The Russian aircraft to move away", ("s’éloigner", None), [("agent", IL38)],
          status="proposed", according_to=[JMOD], note="What the flares signal: proposed."),
    event("e-no-recurrence", "Event", "Russia not to repeat such violations (urged)", ("se reproduisent", None),
          [("agent", RUSSIA)], status="proposed", according_to=[KAMIKAWA],
          note="« demandé que de tels faits ne se reproduisent pas »: what Japan asks for is the absence of a "
               "recurrence; the label says so (as the urged abstention in benchmarks/gold/)."),
    event("e-alert", "Event", "The armed forces to stay on alert", ("rester en alerte", None), [("agent", SDF)],
          status="proposed", according_to=[KANTEI]),
    event("e-handover", "Event", "Kishida is to hand over his post early next month", ("céder son poste", None),
          [("agent", KISHIDA)], status="planned", time="t-next-month"),
    event("e-nsc-review", "Meeting", "The National Security Council will examine the matter on Tuesday",
          ("sera examinée", None), [("agent", NSC)], status="planned", time="t-tuesday"),
    event("e-overflight", "Event", "The Il-38 had flown over the Sea of Japan", ("survolé", None),
          [("agent", IL38)], place=SEA_JAPAN, according_to=[JOINT_STAFF]),
    event("e-exercises", "Event", "Russia and China hold joint naval exercises in the Sea of Japan",
          ("manœuvres", None), [("participant", RUSSIA), ("participant", CHINA)], place=SEA_JAPAN,
          time="t-several-days"),
    event("e-chinese-violation", "Event", "A Chinese military aircraft first violates Japanese airspace",
          ("violation", None), [("agent", CN_AIRCRAFT), ("recipient", JAPAN)], place=DANJO, time="t-august-26",
          note="The date is apposed after the place-less noun; the place is given after it."),
    event("e-stoking", "Event", "Japan stokes tensions", ("attiser", None), [("agent", JAPAN)], status="suspected",
          according_to=[RUSSIA]),
    event("e-cooperation", "Event", "Japan strengthens its military cooperation with the United States",
          ("renforçant", None), [("agent", JAPAN), ("participant", US)], according_to=[RUSSIA],
          note="The gerund grounds Moscow's charge; the strengthening itself is not disputed: occurred."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-protest", "Statement", "Japan lodges a « very firm protest » with Russia", JAPAN, ("a protesté", None),
           [("protestation très ferme", None)], addressee=RUSSIA, according_to=[KAMIKAWA], about=["e-violation"],
           note="« Tokyo a adressé une « protestation très ferme » à l’ambassade de Russie » (third paragraph) is the "
                "same protest, told by Kamikawa: one speech act, which takes its quote."),
    speech("s-request", "Statement", "Japan asks that such incidents not recur", JAPAN, ("demandé", None), [],
           addressee=RUSSIA, according_to=[KAMIKAWA], about=["e-no-recurrence"]),
    speech("s-jmod", "Report", "The defence ministry announces the incursion", JMOD, ("a annoncé", None), [],
           time="t-monday-23", about=["e-violation"]),
    speech("s-jmod-detail", "Report", "The ministry details the fighters' response", JMOD, ("a précisé", None), [],
           time="t-monday-23", about=["e-scramble", "e-flares", "e-move-away"]),
    speech("s-jmod-no-damage", "SpeechAct", "The ministry reports no damage", JMOD, ("signalé", None), [],
           status="negated", time="t-monday-23", about=["e-violation"]),
    speech("s-kamikawa", "Statement", "Kamikawa: « It is extremely regrettable that this happened »", KAMIKAWA,
           ("a déclaré", None), [("Il est extrêmement regrettable que cela se soit produit", None)],
           about=["e-violation"]),
    speech("s-kamikawa-judgement", "Statement", "Kamikawa calls the incident « totally unacceptable »", KAMIKAWA,
           ("a jugé", None), [("totalement inacceptable", None)], about=["e-violation"]),
    speech("s-kamikawa-added", "Report", "Kamikawa adds that Tokyo protested and asked for no recurrence", KAMIKAWA,
           ("ajouté", None), [], about=["s-protest", "s-request"]),
    speech("s-kishida-order", "Statement", "Kishida orders the armed forces to stay on alert", KISHIDA,
           ("a ordonné", None), [], addressee=SDF, according_to=[KANTEI], about=["e-alert"]),
    speech("s-kantei", "Report", "The prime minister's office reports Kishida's order", KANTEI, ("selon", "selon son"),
           [], about=["s-kishida-order"]),
    speech("s-joint-staff", "Report", "The Joint Staff reports the earlier overflight", JOINT_STAFF,
           ("Selon", "Selon l’état-major"), [], about=["e-overflight"]),
    speech("s-spokes-refusal", "SpeechAct", "A ministry spokesman refuses to say whether the events are linked",
           JMOD_SPOKES, ("a refusé", None), [], status="negated", about=["e-overflight", "e-exercises"]),
    speech("s-embassy-no-reply", "SpeechAct", "The Russian embassy does not answer AFP", RU_EMBASSY,
           ("répondu", None), [], status="negated", addressee=AFP, place=TOKYO),
    speech("s-moscow-accusation", "Statement", "Moscow accuses Japan of stoking tensions", RUSSIA, ("accuse", None), [],
           addressee=JAPAN, about=["e-stoking", "e-cooperation"],
           note="« régulièrement »: a standing charge, no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
