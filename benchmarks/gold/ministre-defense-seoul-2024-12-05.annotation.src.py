"""Held-out annotation of ministre-defense-seoul-2024-12-05.txt (written for the ninth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/ministre-defense-seoul-2024-12-05.annotation.src.py [--check]

Held-out set 9: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "ministre-defense-seoul-2024-12-05.txt"

NOTE = """\
Annotation fix by the lead after the first blind run (an annotation error, not a rule change): the metonym \
« Kremlin » is marked without its article, as in gold (names carry no determiner). \
Held-out-9 article 2: the South Korean defence minister's resignation after the martial-law night, published \
Thursday 5 December 2024 (the file gives the day). What it exercises: an acceptance of a resignation sourced \
after the clause to the presidency, with an accusation by the opposition in a participle and a dative clitic \
(« accusé par l’opposition de lui avoir conseillé d’imposer la loi martiale mardi soir »: the advice suspected, \
the imposition occurred); « la veille » (the eve of the Thursday acceptance); a future passive replacement \
(planned) « selon la même source »; a pluperfect written quote with « avait-il écrit dans un communiqué »; an \
accusation in a televised address with a one-word quote (the opposition's « activités anti-étatiques » suspected) \
and « Pyongyang » for North Korea; a pluperfect attempt by soldiers and a vote « dans la nuit » (the Wednesday, \
after midnight); an abrogation « quelques heures plus tard » (vague) with an elided object clitic; an \
impeachment motion and a planned vote « samedi »; a qualification with a one-word quote and a participle with \
its own quote (two speech acts); an investigation for « insurrection » with three targets, sourced after the \
clause to Yonhap; « À Washington » (the city) with a welcome and a second verb with its quote joined by « et » \
(two speech acts); « Tokyo » (Japan) speaking through the government spokesman; « Pékin s’est refusé à tout \
commentaire » (negated); the Kremlin « par la voix de Dmitri Peskov » and « sans vouloir s’immiscer » (the \
interference negated). Several unlinked people and organisations beside linked ones. Not mentions: « la \
population », « un autre pays » (generic), « les désaccords politiques », « les événements », « la situation », \
« la mesure » (martial law, not an entity). Yoon, Kim Yong-hyun, Choi Byung-hyuk, Saudi Arabia, the presidency, \
the opposition, the Democratic Party, Lee Jae-myung, the National Assembly, the soldiers, the deputies, the \
police, Lee Sang-min, Yonhap, Blinken and Hayashi are not in ids.tsv: local, unlinked."""

SOUTH_KOREA, SEOUL, NORTH_KOREA, WASHINGTON, JAPAN, CHINA, KREMLIN, PESKOV = "Q884", "Q8684", "Q423", "Q61", \
    "Q17", "Q148", "Q2060629", "Q4359688"
YOON, KIM, CHOI, SAUDI, PRESIDENCY = "local:yoon-suk-yeol", "local:kim-yong-hyun", "local:choi-byung-hyuk", \
    "local:saudi-arabia", "local:south-korean-presidency"
OPPOSITION, DP, LEE, ASSEMBLY, SOLDIERS, DEPUTIES = "local:south-korean-opposition", "local:democratic-party-korea", \
    "local:lee-jae-myung", "local:national-assembly-korea", "local:martial-law-soldiers", "local:190-deputies"
POLICE, LEE_SM, YONHAP, BLINKEN, HAYASHI = "local:south-korean-police", "local:lee-sang-min", "local:yonhap", \
    "local:antony-blinken", "local:yoshimasa-hayashi"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (YOON, "Yoon Suk Yeol", "Yoon Suk Yeol", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (KIM, "Kim Yong-hyun", "Kim Yong-hyun", "person",
     {"description": "ministre sud-coréen de la Défense démissionnaire", "unlinked_reason": NOT_VERIFIED}),
    (OPPOSITION, "l’opposition sud-coréenne", "the South Korean opposition", "group", {"unlinked_reason": GROUP}),
    (PRESIDENCY, "présidence sud-coréenne", "South Korean presidential office", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (CHOI, "Choi Byung-hyuk", "Choi Byung-hyuk", "person",
     {"description": "ambassadeur de Corée du Sud en Arabie saoudite", "unlinked_reason": NOT_VERIFIED}),
    (SAUDI, "Arabie saoudite", "Saudi Arabia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SOLDIERS, "soldats", "soldiers sent to the National Assembly", "group", {"unlinked_reason": GROUP}),
    (ASSEMBLY, "Assemblée nationale", "National Assembly of South Korea", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (DEPUTIES, "190 députés", "190 members of the National Assembly", "group", {"unlinked_reason": GROUP}),
    (DP, "Parti démocrate", "Democratic Party of Korea", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (LEE, "Lee Jae-myung", "Lee Jae-myung", "person",
     {"description": "chef du Parti démocrate", "unlinked_reason": NOT_VERIFIED}),
    (POLICE, "police sud-coréenne", "South Korean police", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (LEE_SM, "Lee Sang-min", "Lee Sang-min", "person",
     {"description": "ministre sud-coréen de l’Intérieur", "unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (HAYASHI, "Yoshimasa Hayashi", "Yoshimasa Hayashi", "person",
     {"description": "porte-parole du gouvernement japonais", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le président sud-coréen", None, YOON, "nominal"),
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("son ministre de la Défense", None, KIM, "nominal"),
    ("Kim Yong-hyun", None, KIM, "name"),
    ("l’opposition", 1, OPPOSITION, "nominal"),
    ("lui", "lui avoir conseillé", YOON, "pronoun"),
    ("la présidence", None, PRESIDENCY, "nominal"),
    # M. Kim, qui avait remis ...
    ("Kim", "M. Kim, qui", KIM, "name"),
    ("l’ambassadeur en Arabie saoudite", None, CHOI, "nominal"),
    ("Arabie saoudite", None, SAUDI, "name"),
    ("Choi Byung-hyuk", None, CHOI, "name"),
    ("il", "avait-il écrit", KIM, "pronoun"),
    # Dans une allocution télévisée ...
    ("le chef de l’État", None, YOON, "nominal"),
    ("l’opposition", 2, OPPOSITION, "nominal"),
    ("Pyongyang", None, NORTH_KOREA, "metonym"),
    ("Des soldats", None, SOLDIERS, "nominal"),
    ("l’Assemblée nationale", None, ASSEMBLY, "nominal"),
    ("Séoul", None, SEOUL, "name"),
    ("190 députés", None, DEPUTIES, "nominal"),
    ("Yoon", "M. Yoon l’a", YOON, "name"),
    # Le Parti démocrate ...
    ("Parti démocrate", None, DP, "name"),
    ("principale formation d’opposition", None, DP, "nominal"),
    ("Son chef", None, LEE, "nominal"),
    ("Lee Jae-myung", None, LEE, "name"),
    ("ministre", "départ du ministre", KIM, "nominal"),
    ("président", "» du président", YOON, "nominal"),
    ("La police", None, POLICE, "nominal"),
    ("Yoon", "visant M. Yoon", YOON, "name"),
    ("Kim", "M. Kim et", KIM, "name"),
    ("le ministre de l’Intérieur", None, LEE_SM, "nominal"),
    ("Lee Sang-min", None, LEE_SM, "name"),
    ("Yonhap", None, YONHAP, "name"),
    # À Washington ...
    ("Washington", None, WASHINGTON, "name"),
    ("le secrétaire d’État", None, BLINKEN, "nominal"),
    ("Antony Blinken", None, BLINKEN, "name"),
    ("Tokyo", None, JAPAN, "metonym"),
    ("le porte-parole du gouvernement japonais", None, HAYASHI, "nominal"),
    ("Yoshimasa Hayashi", None, HAYASHI, "name"),
    # Pékin ...
    ("Pékin", None, CHINA, "metonym"),
    ("Kremlin", "Le Kremlin", KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
]

PUB_DAY = "The publication day, Thursday 5 December 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2024-12-05", "day", "weekday-publication-day", PUB_DAY),
    ("t-tuesday-evening", ("mardi soir", None), "2024-12-03", "day", "part-of-day",
     "« d’imposer la loi martiale mardi soir »: the Tuesday before the publication day, 3 December 2024."),
    ("t-eve", ("la veille", None), "2024-12-04", "day", "eve-of-event",
     "« avait remis sa démission la veille »: the eve of the Thursday acceptance, Wednesday 4 December 2024."),
    ("t-night", ("dans la nuit", None), "2024-12-04", "day", "night-after-event",
     "The night after the Tuesday evening's martial law: the vote came after midnight, Wednesday 4 December 2024 "
     "(the gold convention for nights)."),
    ("t-hours-later", ("quelques heures plus tard", None), None, "vague", "vague",
     "A few hours after the vote: no value."),
    ("t-saturday", ("samedi", None), "2024-12-07", "day", "weekday-future",
     "« doit être soumise au vote samedi »: Saturday 7 December 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-acceptance", "Acceptance", "Yoon accepts the resignation of his defence minister", ("a accepté", None),
          [("agent", YOON), ("recipient", KIM)], time="t-thursday", according_to=[PRESIDENCY]),
    event("e-resignation", "Event", "Kim Yong-hyun resigns as defence minister", ("démission", 1),
          [("agent", KIM)], time="t-eve", according_to=[PRESIDENCY],
          note="The trigger is the first mention (« la démission de son ministre »); « avait remis sa démission la "
               "veille » and « le départ du ministre » restate it and give its day."),
    event("e-advice", "Proposal", "Kim advised Yoon to impose martial law (the opposition's charge)",
          ("conseillé", None), [("agent", KIM), ("recipient", YOON)], status="suspected",
          according_to=[OPPOSITION], note="« accusé par l’opposition de lui avoir conseillé »: suspected."),
    event("e-martial-law", "Event", "Yoon imposes martial law on Tuesday evening", ("imposer", None),
          [("agent", YOON), ("recipient", SOUTH_KOREA)], place=SOUTH_KOREA, time="t-tuesday-evening",
          note="The imposition itself is fact (the article relates its lifting); only the advice is the opposition's "
               "charge. The country is not written: implied by « sud-coréen »."),
    event("e-replacement", "Event", "Choi Byung-hyuk to replace Kim Yong-hyun", ("sera remplacé", None),
          [("agent", CHOI), ("recipient", KIM)], status="planned", according_to=[PRESIDENCY]),
    event("e-anti-state", "Event", "« Anti-state » activities of the opposition (Yoon's charge)", ("activités", None),
          [("agent", OPPOSITION)], status="suspected", according_to=[YOON]),
    event("e-soldiers", "Event", "Soldiers tried to enter the National Assembly in Seoul", ("avaient tenté", None),
          [("agent", SOLDIERS), ("recipient", ASSEMBLY)], place=SEOUL, time="t-night",
          note="An attempt that happened: occurred. The same night as the vote (no words of its own besides « dans la "
               "nuit » in the same sentence)."),
    event("e-vote-lifting", "Event", "190 deputies vote to lift martial law during the night", ("voter", None),
          [("agent", DEPUTIES), ("participant", ASSEMBLY)], place=SEOUL, time="t-night"),
    event("e-abrogation", "Event", "Yoon lifts martial law a few hours later", ("abrogée", None), [("agent", YOON)],
          time="t-hours-later", note="« l’ » (elided object clitic, la mesure) is not annotated; « la levée de la loi "
                                     "martiale » Blinken welcomes restates it."),
    event("e-motion", "Event", "The Democratic Party files an impeachment motion against Yoon", ("a déposé", None),
          [("agent", DP), ("recipient", YOON)]),
    event("e-impeachment-vote", "Event", "The impeachment motion to be put to a vote on Saturday",
          ("vote", "au vote samedi"), [("participant", ASSEMBLY), ("recipient", YOON)], status="planned",
          time="t-saturday", note="« doit être soumise au vote samedi »: the voters (the Assembly) are implied."),
    event("e-investigation", "Event", "Police open an investigation for insurrection", ("a ouvert", None),
          [("agent", POLICE), ("recipient", YOON), ("recipient", KIM), ("recipient", LEE_SM)],
          according_to=[YONHAP]),
    event("e-insurrection", "Event", "Insurrection (the charge investigated)", ("insurrection", None),
          [("agent", YOON), ("agent", KIM), ("agent", LEE_SM)], status="suspected", according_to=[POLICE],
          note="The charge the police investigate: suspected, according to the police."),
    event("e-peaceful-settlement", "Event", "A peaceful settlement of political disagreements", ("règlement", None),
          [("participant", SOUTH_KOREA)], status="proposed", according_to=[BLINKEN],
          note="« dit compter sur un règlement « pacifique » »: what Blinken expects of Seoul: proposed."),
    event("e-no-interference", "Event", "Russia does not want to interfere in South Korea's internal affairs",
          ("s’immiscer", None), [("agent", KREMLIN), ("recipient", SOUTH_KOREA)], status="negated",
          according_to=[PESKOV], note="« sans vouloir s’immiscer »: negated."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-presidency", "Report", "The presidency announces the acceptance of the resignation", PRESIDENCY,
           ("a annoncé", None), [], time="t-thursday", about=["e-acceptance"]),
    speech("s-opposition", "Statement", "The opposition accuses Kim of advising martial law", OPPOSITION,
           ("accusé", "accusé par l’opposition"), [], about=["e-advice"]),
    speech("s-presidency-same-source", "Report", "The presidency names Kim's replacement", PRESIDENCY,
           ("selon", "selon la même source"), [], time="t-thursday", about=["e-replacement"]),
    speech("s-kim", "Statement", "Kim takes full responsibility for the confusion", KIM, ("avait-il écrit", None),
           [("J’assume l’entière responsabilité de la confusion et des inquiétudes causées à la population", None)],
           about=["e-resignation"], note="« dans un communiqué »: no day written for it."),
    speech("s-yoon-address", "Statement", "Yoon accuses the opposition of « anti-state » activities", YOON,
           ("avait accusé", None), [("anti-étatiques", None)], time="t-tuesday-evening",
           about=["e-anti-state"],
           note="« Dans une allocution télévisée surprise »: the address that imposed martial law on Tuesday evening "
                "(the time is that of the imposition; no word of its own here)."),
    speech("s-lee-flight", "Statement", "Lee Jae-myung calls the minister's departure a « flight »", LEE,
           ("a qualifié", None), [("fuite", None)], about=["e-resignation"]),
    speech("s-lee-responsibility", "Statement", "Lee: the departure will not erase the president's responsibility",
           LEE, ("estimant", None), [("effacer la responsabilité", None)], about=["e-resignation", "e-martial-law"],
           note="A participle with its own guillemets: a second speech act."),
    speech("s-yonhap", "Report", "Yonhap reports the investigation for « insurrection »", YONHAP,
           ("a rapporté", None), [("insurrection", None)], about=["e-investigation", "e-insurrection"],
           note="The quoted charge has no verb of speech but Yonhap's: the quote belongs to its Report."),
    speech("s-blinken-welcome", "Statement", "Blinken welcomes the lifting of martial law", BLINKEN,
           ("a salué", None), [], place=WASHINGTON, about=["e-abrogation"]),
    speech("s-blinken-settlement", "Statement", "Blinken counts on a peaceful settlement of disagreements", BLINKEN,
           ("dit compter", None), [("pacifique", None)], place=WASHINGTON, about=["e-peaceful-settlement"],
           note="Two verbs joined by « et », the second with its own quote: a second speech act."),
    speech("s-japan", "Statement", "Japan follows the situation with deep concern", JAPAN, ("suit", None),
           [("avec une vive inquiétude", None)], according_to=[HAYASHI],
           note="« Tokyo suit la situation « ... », a indiqué le porte-parole »: Japan speaks through its spokesman "
                "(as « Le gouvernement japonais juge ..., a indiqué son porte-parole » in benchmarks/gold)."),
    speech("s-hayashi", "Report", "The Japanese government spokesman relays Tokyo's concern", HAYASHI,
           ("a indiqué", None), [], about=["s-japan"]),
    speech("s-china", "Statement", "Beijing declines to comment", CHINA, ("commentaire", None), [],
           status="negated", note="« Pékin s’est refusé à tout commentaire »: a negated speech act."),
    speech("s-kremlin", "Statement", "The Kremlin says it watches events « closely »", KREMLIN, ("a dit", None),
           [("de près", None)], according_to=[PESKOV], about=["e-no-interference"],
           note="« par la voix de Dmitri Peskov »: the spokesman in according_to."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
