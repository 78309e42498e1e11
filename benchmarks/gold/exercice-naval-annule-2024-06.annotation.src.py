"""Held-out annotation of exercice-naval-annule-2024-06.txt (written for the twelfth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/exercice-naval-annule-2024-06.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/exercice-naval-annule-2024-06.annotation.src.py --check

Held-out set 12: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "exercice-naval-annule-2024-06.txt"

PUBLISHED_INFERRED = {
    "value": "2024-06-12", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives June 2024. The ministry « a annoncé mercredi » the cancellation of an exercise that « "
             "devait débuter la semaine prochaine, le 17 juin » (Monday 17 June 2024): the Wednesday of the week "
             "before is Wednesday 12 June 2024. The other weekdays agree: past « lundi » (10 June), « mardi » (11 "
             "June) and « dimanche » (9 June), future « jeudi » (13 June)."),
}

NOTE = """\
Held-out-12 article 3: South Korea calls off a joint naval exercise with Japan after a dispute over a Japanese \
research ship, published in June 2024 (the file gives the month; the day, Wednesday 12 June, comes from « a \
annoncé mercredi » and « la semaine prochaine, le 17 juin »: see PUBLISHED_INFERRED). What it exercises: a \
cancellation of a planned joint exercise (the exercise negated: it will not take place) sourced after the clause \
to a ministry with a participle and a quoted noun (« invoquant des « raisons opérationnelles » »); two times for \
the exercise (« la semaine prochaine », the month, attached to nothing, and « le 17 juin », the day it takes); « \
au large de l’île de Jeju » (near, not in: no place); the exercise restated with an apposition and « depuis 2017 » \
(a year attached to nothing) and a pluperfect passive announcement by a plural phrase (« avait été annoncé lundi \
par les deux pays »: two speech acts, one trigger) of a rapprochement « engagé l’an dernier » (2023) « entre \
Séoul et Tokyo » (the states); « Selon l’agence Yonhap, la décision intervient après l’entrée, mardi, d’un navire \
... japonais » (a nominal event with its weekday in apposition, Japan from the adjective) into waters claimed by \
South Korea around islets with two names (« Dokdo, que le Japon appelle Takeshima »: one place, two name \
mentions; the naming and the claim are no events); « Séoul a convoqué le jour même » (the Tuesday of the entry) \
with a purpose of speech (« pour protester »: occurred, as in gold); a quote first with « a déclaré à Tokyo la \
ministre japonaise des Affaires étrangères, Yōko Kamikawa » and « Nous » for Japan; a second quote with « \
a-t-elle insisté » and a participle call with its own quoted verb (« appelant Séoul à ne pas laisser ce \
différend « compromettre » la coopération »); an anonymous official's assurance with a conditional (« pourrait \
être reprogrammé « dans les prochains mois » »: hypothetical, vague) and a conditional with « alors » and « selon \
lui » (the two navies, a plural phrase, are local organisations, as the delegations in gold); « Washington, qui \
pousse ses deux alliés à coopérer » (a proposed cooperation) and « n’a pas réagi dans l’immédiat »; a launch « \
dimanche » « vers la mer » (no place) sourced to the Joint Chiefs of Staff; a planned phone call « jeudi » with « \
son homologue japonaise » sourced to « son ministère ». « Séoul » and « Tokyo » are the states after « entre » \
and as actors (Q884, Q17); « à Tokyo » where Kamikawa speaks is the city (Q1490); « Pyongyang » firing is North \
Korea (Q423); « Washington » is the United States (Q30). « Japon » inside « l’ambassade du Japon » is the state \
(as « Russie » in « L’ambassade de Russie à Lisbonne » in gold). Not mentions: « les deux pays », « ses deux \
alliés » and « Les deux marines » (plural phrases), « la décision » (the cancellation), « ce différend » (the \
dispute over the entry), « la mer », « la coopération en matière de sécurité », « leurs manœuvres ». The \
ministry of defence, Jeju, Yonhap, the research ship, the waters, the islets, the Japanese diplomat and embassy, \
the South Korean official, the two navies, the US coast guards, the Joint Chiefs of Staff, the missiles, Cho \
Tae-yul and his ministry are not in ids.tsv: local, unlinked."""

SK, JAPAN, US, NK, TOKYO, KAMIKAWA = "Q884", "Q17", "Q30", "Q423", "Q1490", "Q276275"
SK_MOD, JEJU, YONHAP, SHIP = "local:south-korean-defence-ministry", "local:jeju-island", "local:yonhap", \
    "local:japanese-research-ship"
WATERS, ISLETS, JP_DIPLOMAT, JP_EMBASSY = "local:waters-around-dokdo", "local:liancourt-rocks", \
    "local:japanese-diplomat-seoul", "local:japanese-embassy-seoul"
SK_OFFICIAL, SK_NAVY, JP_NAVY, US_COAST_GUARD = "local:south-korean-official", "local:south-korean-navy", \
    "local:japanese-navy", "local:us-coast-guard"
JCS, MISSILES, CHO, SK_MOFA = "local:south-korean-jcs", "local:north-korean-short-range-missiles", \
    "local:cho-tae-yul", "local:south-korean-foreign-ministry"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (SK_MOD, "ministère sud-coréen de la Défense", "Ministry of National Defense (South Korea)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (JEJU, "île de Jeju", "Jeju Island", "place", {"unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization",
     {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (SHIP, "navire de recherche océanographique japonais", "Japanese oceanographic research ship", "object",
     {"unlinked_reason": "an unnamed ship, no Wikidata item"}),
    (WATERS, "eaux revendiquées par la Corée du Sud autour des îlots Dokdo",
     "waters claimed by South Korea around the Dokdo islets", "place",
     {"unlinked_reason": "an unnamed area, not one Wikidata item"}),
    (ISLETS, "îlots Dokdo (Takeshima)", "Liancourt Rocks", "place", {"unlinked_reason": NOT_VERIFIED}),
    (JP_DIPLOMAT, "un diplomate de l’ambassade du Japon", "a diplomat of the Japanese embassy", "person",
     {"unlinked_reason": "not named in the article"}),
    (JP_EMBASSY, "ambassade du Japon en Corée du Sud", "Embassy of Japan in South Korea", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SK_OFFICIAL, "un responsable sud-coréen", "a South Korean official", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (SK_NAVY, "marine sud-coréenne", "Republic of Korea Navy", "organization",
     {"description": "one of « Les deux marines » (a plural phrase, not a mention)",
      "unlinked_reason": NOT_VERIFIED}),
    (JP_NAVY, "marine japonaise", "Japan Maritime Self-Defense Force", "organization",
     {"description": "one of « Les deux marines » (a plural phrase, not a mention)",
      "unlinked_reason": NOT_VERIFIED}),
    (US_COAST_GUARD, "garde-côtes américains", "US coast guards", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (JCS, "état-major interarmées sud-coréen", "Joint Chiefs of Staff (South Korea)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MISSILES, "missiles balistiques nord-coréens de courte portée", "North Korean short-range ballistic missiles",
     "object", {"unlinked_reason": "unnamed missiles, no Wikidata item"}),
    (CHO, "Cho Tae-yul", "Cho Tae-yul", "person",
     {"description": "ministre sud-coréen des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (SK_MOFA, "ministère sud-coréen des Affaires étrangères", "Ministry of Foreign Affairs (South Korea)",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Corée du Sud", 1, SK, "name"),
    ("Japon", 1, JAPAN, "name"),
    ("Jeju", None, JEJU, "name"),
    ("le ministère sud-coréen de la Défense", None, SK_MOD, "nominal"),
    # L’exercice de recherche et de sauvetage ... entre Séoul et Tokyo.
    ("Séoul", "entre Séoul", SK, "metonym"),
    ("Tokyo", "Séoul et Tokyo", JAPAN, "metonym"),
    # Selon l’agence Yonhap ...
    ("Yonhap", None, YONHAP, "name"),
    ("un navire de recherche océanographique japonais", None, SHIP, "nominal"),
    ("les eaux revendiquées par la Corée du Sud autour des îlots Dokdo", None, WATERS, "nominal"),
    ("Corée du Sud", 2, SK, "name"),
    ("Dokdo", None, ISLETS, "name"),
    ("Japon", "que le Japon", JAPAN, "name"),
    ("Takeshima", None, ISLETS, "name"),
    ("Séoul", "Séoul a convoqué", SK, "metonym"),
    ("un diplomate de l’ambassade du Japon", None, JP_DIPLOMAT, "nominal"),
    ("l’ambassade du Japon", None, JP_EMBASSY, "nominal"),
    ("Japon", "l’ambassade du Japon", JAPAN, "name"),
    # « Nous regrettons ... », a déclaré à Tokyo la ministre japonaise ...
    ("Nous", "Nous regrettons", JAPAN, "pronoun"),
    ("Tokyo", "a déclaré à Tokyo", TOKYO, "name"),
    ("la ministre japonaise des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yōko Kamikawa", None, KAMIKAWA, "name"),
    ("Le navire", None, SHIP, "nominal"),
    ("elle", "a-t-elle insisté", KAMIKAWA, "pronoun"),
    ("Séoul", "appelant Séoul", SK, "metonym"),
    # Un responsable sud-coréen ...
    ("Un responsable sud-coréen", None, SK_OFFICIAL, "nominal"),
    ("des garde-côtes américains", None, US_COAST_GUARD, "nominal"),
    ("lui", "selon lui", SK_OFFICIAL, "pronoun"),
    # Washington, qui pousse ses deux alliés ...
    ("Washington", None, US, "metonym"),
    ("la Corée du Nord", None, NK, "name"),
    ("Pyongyang", None, NK, "metonym"),
    ("plusieurs missiles balistiques de courte portée", None, MISSILES, "nominal"),
    ("l’état-major interarmées sud-coréen", None, JCS, "nominal"),
    # Le chef de la diplomatie sud-coréenne, Cho Tae-yul, ...
    ("Le chef de la diplomatie sud-coréenne", None, CHO, "nominal"),
    ("Cho Tae-yul", None, CHO, "name"),
    ("son homologue japonaise", None, KAMIKAWA, "nominal"),
    ("son ministère", None, SK_MOFA, "nominal"),
]

PUB_DAY = "The publication day, Wednesday 12 June 2024 (inferred: see PUBLISHED_INFERRED)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-next-week", ("la semaine prochaine", None), "2024-06", "month", "relative-week-future",
     "The week after Wednesday 12 June 2024 (17 to 23 June) lies inside June: the month. The exercise takes the "
     "finer « le 17 juin » of the same apposition, so this one is attached to nothing."),
    ("t-june-17", ("le 17 juin", None), "2024-06-17", "day", "day-month-publication-year",
     "« devait débuter la semaine prochaine, le 17 juin »: Monday 17 June 2024, the exercise's start."),
    ("t-wednesday", ("mercredi", None), "2024-06-12", "day", "weekday-publication-day",
     "« a annoncé mercredi »: " + PUB_DAY),
    ("t-2017", ("depuis 2017", None), "2017", "year", "explicit-year",
     "« le premier du genre depuis 2017 »: the last such exercise has no trigger word: attached to nothing."),
    ("t-monday", ("lundi", None), "2024-06-10", "day", "weekday-past",
     "Pluperfect « avait été annoncé lundi »: the Monday before the publication day: 10 June 2024."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "« le rapprochement engagé l’an dernier » written in 2024: 2023."),
    ("t-tuesday", ("mardi", None), "2024-06-11", "day", "weekday-past",
     "« l’entrée, mardi, d’un navire »: the Tuesday before the publication day: 11 June 2024."),
    ("t-same-day", ("le jour même", None), "2024-06-11", "day", "same-day-as-event",
     "« a convoqué le jour même »: the day of the ship's entry, Tuesday 11 June 2024 (not the publication day)."),
    ("t-coming-months", ("dans les prochains mois", None), None, "vague", "vague-future",
     "« pourrait être reprogrammé « dans les prochains mois » »: no value; « alors » in the next sentence refers "
     "back to it."),
    ("t-for-now", ("dans l’immédiat", None), "2024-06-12", "day", "publication-day",
     "« n’a pas réagi dans l’immédiat »: as of the article, the publication day, as in gold. " + PUB_DAY),
    ("t-sunday", ("dimanche", None), "2024-06-09", "day", "weekday-past",
     "« a tiré dimanche »: the Sunday before the publication day: 9 June 2024."),
    ("t-thursday", ("jeudi", None), "2024-06-13", "day", "weekday-future",
     "Future « doit s’entretenir jeudi »: the Thursday after the publication day: 13 June 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-cancellation", "Event", "South Korea calls off the joint naval exercise with Japan", ("a annulé", None),
          [("agent", SK), ("recipient", JAPAN)], time="t-wednesday", according_to=[SK_MOD],
          note="No weekday of its own: the day of its announcement (« a annoncé mercredi »). Japan, the partner the "
               "cancellation is done to, is the recipient. « la décision » and « cette décision » restate it."),
    event("e-exercise", "Event", "Joint South Korean–Japanese naval search-and-rescue exercise",
          ("exercice", 1), [("participant", SK), ("participant", JAPAN)], status="negated", time="t-june-17",
          note="« qui devait débuter ... le 17 juin »: planned, then cancelled, so it will not take place: negated. "
               "« au large de l’île de Jeju » is near, not in: no place. « L’exercice de recherche et de sauvetage » "
               "and « l’exercice » of the official restate it."),
    event("e-rapprochement", "Event", "The rapprochement between Seoul and Tokyo begun last year",
          ("rapprochement", None), [("participant", SK), ("participant", JAPAN)], time="t-last-year"),
    event("e-entry", "Event", "A Japanese research ship enters waters claimed by South Korea around Dokdo",
          ("entrée", None), [("agent", JAPAN), ("participant", SHIP)], place=WATERS, time="t-tuesday",
          according_to=[YONHAP],
          note="Japan from the adjective « japonais », the ship a participant; the waters it enters are the place "
               "(as a destination in gold). « revendiquées par » is a standing claim and « que le Japon appelle » a "
               "name: no events."),
    event("e-summons", "Event", "Seoul summons a Japanese embassy diplomat the same day", ("a convoqué", None),
          [("agent", SK), ("recipient", JP_DIPLOMAT)], time="t-same-day"),
    event("e-research", "Event", "The ship was conducting legitimate scientific activities", ("menait", None),
          [("participant", SHIP), ("agent", JAPAN)], time="t-tuesday", according_to=[KAMIKAWA],
          note="Kamikawa's account of the entry's purpose: occurred (the activities are not disputed, their "
               "legitimacy is her judgement); same Tuesday as the entry."),
    event("e-compromise", "Event", "The dispute could compromise security cooperation", ("compromettre", None),
          [("participant", SK), ("participant", JAPAN)], status="hypothetical", according_to=[KAMIKAWA],
          note="« appelant Séoul à ne pas laisser ce différend « compromettre » la coopération »: a risk she asks "
               "Seoul to avert: hypothetical; the cooperation is Seoul's and Tokyo's."),
    event("e-reschedule", "Event", "The exercise could be rescheduled in the coming months", ("reprogrammé", None),
          [("participant", SK), ("participant", JAPAN)], status="hypothetical", time="t-coming-months",
          according_to=[SK_OFFICIAL], note="« pourrait être reprogrammé »: hypothetical."),
    event("e-manoeuvres", "Event", "The two navies would then hold their manoeuvres with US coast guards",
          ("conduiraient", None), [("participant", SK_NAVY), ("participant", JP_NAVY),
                                   ("participant", US_COAST_GUARD)],
          status="hypothetical", time="t-coming-months", according_to=[SK_OFFICIAL],
          note="A conditional; « alors » (no span) refers to « dans les prochains mois ». « Les deux marines » is "
               "a plural phrase for two local organisations, as the delegations in gold."),
    event("e-us-push", "Event", "Washington pushes its two allies to cooperate", ("pousse", None),
          [("agent", US), ("recipient", SK), ("recipient", JAPAN)],
          note="« ses deux alliés » (not a mention) are South Korea and Japan."),
    event("e-cooperation", "Event", "South Korea and Japan to cooperate against North Korea", ("coopérer", None),
          [("participant", SK), ("participant", JAPAN), ("recipient", NK)], status="proposed",
          note="What Washington pushes for: proposed."),
    event("e-launch", "Event", "North Korea fires several short-range ballistic missiles", ("a tiré", None),
          [("agent", NK), ("theme", MISSILES)], time="t-sunday", according_to=[JCS],
          note="« vers la mer »: a direction, not a place."),
    event("e-call", "Meeting", "Cho Tae-yul to hold a phone call with Kamikawa on Thursday", ("s’entretenir", None),
          [("participant", CHO), ("participant", KAMIKAWA)], status="planned", time="t-thursday",
          according_to=[SK_MOFA]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-sk-mod", "Report", "South Korea's defence ministry announces the cancellation", SK_MOD,
           ("a annoncé", None), [], time="t-wednesday", about=["e-cancellation", "e-exercise"]),
    speech("s-sk-mod-reasons", "Statement", "The ministry invokes « operational reasons »", SK_MOD,
           ("invoquant", None), [("raisons opérationnelles", None)], time="t-wednesday", about=["e-cancellation"],
           note="A participle with its own guillemets: a second speech act."),
    speech("s-sk-announcement", "Statement", "South Korea had announced the exercise on Monday", SK,
           ("avait été annoncé", None), [], time="t-monday", about=["e-exercise", "e-rapprochement"],
           note="« par les deux pays »: one trigger, two speakers (South Korea and Japan), one speech act each."),
    speech("s-jp-announcement", "Statement", "Japan had announced the exercise on Monday", JAPAN,
           ("avait été annoncé", None), [], time="t-monday", about=["e-exercise", "e-rapprochement"]),
    speech("s-yonhap", "Report", "Yonhap links the decision to the research ship's entry", YONHAP,
           ("Selon", "Selon l’agence"), [], about=["e-cancellation", "e-entry"]),
    speech("s-sk-protest", "Statement", "Seoul protests to the Japanese diplomat", SK, ("protester", None), [],
           addressee=JP_DIPLOMAT, time="t-same-day", about=["e-entry"],
           note="« pour protester »: the purpose of a summons that happened: occurred, as in gold."),
    speech("s-kamikawa-regret", "Statement", "Kamikawa: « We deeply regret this decision »", KAMIKAWA,
           ("a déclaré", None), [("Nous regrettons profondément cette décision", None)], place=TOKYO,
           about=["e-cancellation"], note="No weekday of its own: no time."),
    speech("s-kamikawa-legitimate", "Statement", "Kamikawa: the ship was conducting legitimate scientific activities",
           KAMIKAWA, ("a-t-elle insisté", None), [("Le navire menait des activités scientifiques légitimes", None)],
           place=TOKYO, about=["e-research", "e-entry"]),
    speech("s-kamikawa-call", "Statement", "Kamikawa calls on Seoul not to let the dispute compromise cooperation",
           KAMIKAWA, ("appelant", None), [("compromettre", None)], addressee=SK, place=TOKYO,
           about=["e-compromise"], note="A participle of speech with its own guillemets: a speech act of its own."),
    speech("s-sk-official", "Assurance", "A South Korean official: the exercise could be rescheduled", SK_OFFICIAL,
           ("a toutefois assuré", None), [("dans les prochains mois", None)], about=["e-reschedule"]),
    speech("s-sk-official-coast-guard", "Statement", "The official: the navies would then train with US coast guards",
           SK_OFFICIAL, ("selon", "selon lui"), [], about=["e-manoeuvres"]),
    speech("s-us-no-reaction", "SpeechAct", "Washington did not react immediately", US, ("réagi", None), [],
           status="negated", time="t-for-now", about=["e-cancellation"]),
    speech("s-jcs", "Report", "South Korea's Joint Chiefs of Staff report the launch", JCS,
           ("selon", "selon l’état-major"), [], about=["e-launch"]),
    speech("s-sk-mofa", "Report", "South Korea's foreign ministry announces the planned call", SK_MOFA,
           ("a indiqué", None), [], about=["e-call"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
