"""Held-out annotation of missile-nord-coreen-tokyo-2024-01.txt (written for the held-out set, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/missile-nord-coreen-tokyo-2024-01.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "missile-nord-coreen-tokyo-2024-01.txt"

NOTE = """\
Held-out article 2: a North Korean intermediate-range missile launch and the reactions in Tokyo, Seoul, \
Washington and at the UN. The file gives only the month; the text fixes the day (published_inferred). \
Language on purpose: a firing with an agent and a theme, a passive launch (« lancé depuis »), « Il s’agit » \
(impersonal, not a mention), a protest addressed « par l’intermédiaire de son ambassade », a communiqué \
« diffusé mardi par » KCNA with the regime as speaker, a conditional quotation (« l’aurait qualifié ») whose \
speech act is hypothetical, a passive nominal exercise (« menés le mois dernier par »), an adverb quoted \
alone (« fermement »), « selon lui » in mid-clause, a call to negotiate (proposed), a conditional discussion \
(« devraient évoquer »), a negated reaction (« n’a pas réagi »), a future passive visit (« est attendue »), \
« la semaine prochaine » and a hypothetical nuclear test. « le régime nord-coréen » and « le Nord » are \
North Korea (Q423), as state, like the metonym « Pyongyang »; « les environs de Pyongyang » is the city \
(Q18808). « Japon » in « mer du Japon » only gives its name (not a mention). « notre pays » in Kishida's \
quote is Japan. « l’essai » and « ce lancement » refer back to events already annotated."""

PUBLISHED_INFERRED = {
    "value": "2024-01-16", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives January 2024. « dimanche 14 janvier » is a Sunday in 2024; « a dénoncé lundi » and a "
             "communiqué « diffusé mardi » are past, so the article appeared on or after Tuesday 16 January; "
             "Kamikawa « doit s’entretenir mercredi » is future, so before Wednesday 17. That leaves Tuesday 16 "
             "January 2024."),
}

NK, JAPAN, US, SK, RUSSIA = "Q423", "Q17", "Q30", "Q884", "Q159"
KIM, KISHIDA, KAMIKAWA, GUTERRES, KCNA = "Q56226", "Q359480", "Q276275", "Q311440", "Q326804"
PYONGYANG, BEIJING, SEOUL, UN, UNSC = "Q18808", "Q956", "Q8684", "Q1065", "Q37470"
JCS, MISSILE, COAST_GUARD = "local:south-korean-jcs", "local:irbm-2024-01-14", "local:japan-coast-guard"
JP_NSC, EMBASSY, ENGINE = "local:japan-nsc", "local:japan-embassy-beijing", "local:solid-fuel-engine"
SK_FM, DIPLOMAT, CHOE = "local:south-korean-foreign-minister", "local:japanese-diplomat", "local:choe-son-hui"
NK_MFA, SK_INTEL = "local:north-korean-foreign-ministry", "local:south-korean-intelligence"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (JCS, "état-major interarmées sud-coréen", "South Korean Joint Chiefs of Staff", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    ("local:sea-of-japan", "mer du Japon", "Sea of Japan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MISSILE, "missile balistique de portée intermédiaire tiré le 14 janvier 2024",
     "intermediate-range ballistic missile fired on 14 January 2024", "object",
     {"unlinked_reason": "a single object with no Wikidata item"}),
    ("local:japan-eez", "zone économique exclusive du Japon", "exclusive economic zone of Japan", "place",
     {"unlinked_reason": NOT_VERIFIED}),
    (COAST_GUARD, "garde-côtes japonais", "Japan Coast Guard", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (JP_NSC, "Conseil de sécurité nationale du Japon", "National Security Council of Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (EMBASSY, "ambassade du Japon à Pékin", "Embassy of Japan in Beijing", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (ENGINE, "moteur à combustible solide", "solid-fuel engine", "object",
     {"unlinked_reason": "a single object with no Wikidata item"}),
    (SK_FM, "ministre sud-coréen des Affaires étrangères", "South Korean foreign minister", "person",
     {"description": "« son homologue sud-coréen », que l’article ne nomme pas",
      "unlinked_reason": "unnamed in the article; " + NOT_VERIFIED}),
    (DIPLOMAT, "un diplomate japonais", "a Japanese diplomat", "person", {"unlinked_reason": "an unnamed person"}),
    (CHOE, "Choe Son-hui", "Choe Son-hui", "person",
     {"description": "ministre nord-coréenne des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (NK_MFA, "ministère nord-coréen des Affaires étrangères", "Ministry of Foreign Affairs of North Korea",
     "organization", {"description": "« la diplomatie nord-coréenne »", "unlinked_reason": NOT_VERIFIED}),
    (SK_INTEL, "services de renseignement sud-coréens", "South Korean intelligence services", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Corée du Nord", "La Corée du Nord a tiré", NK, "name"),
    ("un missile balistique de portée intermédiaire", None, MISSILE, "nominal"),
    ("mer du Japon", None, "local:sea-of-japan", "name"),
    ("l’état-major sud-coréen", None, JCS, "nominal"),
    # Le projectile, lancé depuis les environs de Pyongyang ...
    ("Le projectile", None, MISSILE, "nominal"),
    ("Pyongyang", "environs de Pyongyang", PYONGYANG, "name"),
    ("la zone économique exclusive japonaise", None, "local:japan-eez", "nominal"),
    ("les garde-côtes nippons", None, COAST_GUARD, "nominal"),
    # « Ces tirs répétés ... », a dénoncé lundi le Premier ministre japonais, Fumio Kishida ...
    ("notre pays", None, JAPAN, "nominal"),
    ("le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("son Conseil de sécurité nationale", None, JP_NSC, "nominal"),
    ("Tokyo", None, JAPAN, "metonym"),
    ("Pyongyang", "protestation officielle à Pyongyang", NK, "metonym"),
    ("son ambassade à Pékin", None, EMBASSY, "nominal"),
    ("Pékin", None, BEIJING, "name"),
    # Dans un communiqué diffusé mardi par l’agence officielle KCNA ...
    ("KCNA", None, KCNA, "name"),
    ("le régime nord-coréen", None, NK, "nominal"),
    ("un nouveau moteur à combustible solide", None, ENGINE, "nominal"),
    ("Kim Jong-un", 1, KIM, "name"),
    ("États-Unis", None, US, "name"),
    ("Corée du Sud", None, SK, "name"),
    # Le secrétaire général de l’ONU, António Guterres ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("lui", "selon lui", GUTERRES, "pronoun"),
    ("Conseil de sécurité", "résolutions du Conseil de sécurité", UNSC, "name"),
    ("Washington", "Washington a pour sa part", US, "metonym"),
    ("Pyongyang", "appelé Pyongyang", NK, "metonym"),
    # La ministre japonaise des Affaires étrangères, Yoko Kamikawa ...
    ("La ministre japonaise des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("Séoul", None, SEOUL, "name"),
    ("son homologue sud-coréen", None, SK_FM, "nominal"),
    ("Washington", "missiles avec Washington", US, "metonym"),
    ("un diplomate japonais", None, DIPLOMAT, "nominal"),
    # Moscou, qui s’est rapproché de Pyongyang ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("Pyongyang", "rapproché de Pyongyang", NK, "metonym"),
    ("Kim Jong-un", 2, KIM, "name"),
    ("Russie", "Kim Jong-un en Russie", RUSSIA, "name"),
    ("La ministre nord-coréenne des Affaires étrangères", None, CHOE, "nominal"),
    ("Choe Son-hui", None, CHOE, "name"),
    ("Russie", "attendue en Russie", RUSSIA, "name"),
    ("la diplomatie nord-coréenne", None, NK_MFA, "nominal"),
    # Selon les services de renseignement sud-coréens, le Nord pourrait ...
    ("les services de renseignement sud-coréens", None, SK_INTEL, "nominal"),
    ("le Nord", None, NK, "nominal"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday-14", ("dimanche 14 janvier", None), "2024-01-14", "day", "weekday-day-month",
     "Weekday, day and month; the year is the publication year, and 14 January 2024 is indeed a Sunday."),
    ("t-this-year-start", ("depuis le début de l’année", None), "2024", "year", "current-year",
     "Since the start of the publication year, 2024."),
    ("t-monday", ("lundi", None), "2024-01-15", "day", "weekday-past",
     "Past « a dénoncé lundi »: the Monday before the publication day (Tuesday 16 January 2024): 15 January."),
    ("t-tuesday", ("mardi", None), "2024-01-16", "day", "weekday-publication-day",
     "Past « diffusé mardi » in an article of Tuesday 16 January 2024: that same day."),
    ("t-last-month", ("le mois dernier", None), "2023-12", "month", "relative-month-past",
     "The month before the publication month: December 2023."),
    ("t-wednesday", ("mercredi", None), "2024-01-17", "day", "weekday-future",
     "Future « doit s’entretenir mercredi »: the Wednesday after publication: 17 January 2024."),
    ("t-september", ("en septembre", None), "2023-09", "month", "month-past",
     "A past visit in September, before January 2024: September 2023 (Kim's visit to Russia)."),
    ("t-next-week", ("la semaine prochaine", None), "2024-01", "month", "week-future",
     "The week after Tuesday 16 January 2024 runs from Monday 22 to Sunday 28 January: all in January 2024."),
    ("t-this-year", ("cette année", None), "2024", "year", "current-year", "The publication year, 2024."),
    ("t-2017", ("depuis 2017", None), "2017", "year", "explicit-year", "The last nuclear test; a year stays a year."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-launch", "Event", "North Korea fires an intermediate-range ballistic missile on Sunday 14 January",
          ("a tiré", None), [("agent", NK), ("theme", MISSILE)], place=PYONGYANG, time="t-sunday-14",
          according_to=[JCS], note="Launched « depuis les environs de Pyongyang » (the place of the launch); also "
                                   "« ce lancement » (Guterres) and « Ces tirs répétés » (Kishida)."),
    event("e-splashdown", "Event", "The missile falls into the sea outside Japan's EEZ after about 1,000 km",
          ("s’abîmer", None), [("participant", MISSILE)], place="local:sea-of-japan", time="t-sunday-14",
          according_to=[COAST_GUARD], part_of="e-launch",
          evidence=("Le projectile", "garde-côtes nippons.")),
    event("e-nsc-meeting", "Meeting", "Kishida convenes Japan's National Security Council", ("convoqué", None),
          [("agent", KISHIDA), ("participant", JP_NSC)]),
    event("e-engine-test", "Event", "North Korea tests a new solid-fuel engine, according to its communiqué",
          ("testé", None), [("agent", NK), ("theme", ENGINE)], according_to=[NK, KCNA],
          note="« a affirmé avoir testé avec succès »: stated through the regime's communiqué carried by KCNA."),
    event("e-supervision", "Event", "Kim Jong-un personally supervises the test", ("supervisé", None),
          [("agent", KIM)], part_of="e-engine-test"),
    event("e-us-sk-exercises", "Event", "US–South Korean military exercises last month", ("exercices", None),
          [("participant", US), ("participant", SK)], time="t-last-month",
          note="Passive: « menés le mois dernier par les États-Unis et la Corée du Sud »."),
    event("e-resolution-violation", "Event", "The launch violates several Security Council resolutions (Guterres)",
          ("viole", None), [("agent", NK)], according_to=[GUTERRES]),
    event("e-negotiations", "Meeting", "Washington calls on Pyongyang to return to negotiations",
          ("négociations", None),
          [("participant", NK), ("participant", US)], status="proposed", according_to=[US]),
    event("e-kamikawa-seoul", "Meeting", "Kamikawa is to meet her South Korean counterpart in Seoul on Wednesday",
          ("s’entretenir", None), [("participant", KAMIKAWA), ("participant", SK_FM)], status="planned",
          place=SEOUL, time="t-wednesday"),
    event("e-data-sharing-talks", "Event", "The two ministers should discuss better missile-data sharing with the US",
          ("évoquer", None), [("participant", KAMIKAWA), ("participant", SK_FM)], status="hypothetical",
          place=SEOUL, time="t-wednesday", according_to=[DIPLOMAT], part_of="e-kamikawa-seoul",
          note="« devraient évoquer »: expected, not scheduled."),
    event("e-rapprochement", "Event", "Russia has drawn closer to North Korea", ("s’est rapproché", None),
          [("participant", RUSSIA), ("participant", NK)]),
    event("e-kim-russia-visit", "Visit", "Kim Jong-un's visit to Russia in September", ("visite", None),
          [("agent", KIM)], place=RUSSIA, time="t-september"),
    event("e-choe-visit", "Visit", "Choe Son-hui is expected in Russia next week", ("est attendue", None),
          [("agent", CHOE)], status="planned", place=RUSSIA, time="t-next-week", according_to=[NK_MFA]),
    event("e-nuclear-test", "Event", "North Korea might conduct a seventh nuclear test this year",
          ("essai", "septième essai"), [("agent", NK)], status="hypothetical", time="t-this-year",
          according_to=[SK_INTEL], note="« pourrait procéder »: possible; the first since 2017 (t-2017)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-jcs", "Report", "The South Korean joint staff announces the launch", JCS, ("a annoncé", None), [],
           about=["e-launch"]),
    speech("s-coast-guard", "Report", "Japan's coast guard: the missile fell outside the EEZ", COAST_GUARD,
           ("selon", "selon les garde-côtes"), [], about=["e-splashdown"]),
    speech("s-kishida", "Statement", "Kishida denounces repeated launches that threaten Japan and the region",
           KISHIDA, ("a dénoncé", None),
           [("Ces tirs répétés menacent la paix et la sécurité de notre pays et de toute la région", None)],
           time="t-monday", about=["e-launch"]),
    speech("s-tokyo-protest", "Statement", "Tokyo lodges an official protest with Pyongyang", JAPAN,
           ("a adressé", None), [], addressee=NK, about=["e-launch"],
           note="« par l’intermédiaire de son ambassade à Pékin »: the embassy is the channel, Japan the speaker."),
    speech("s-nk-communique", "Statement", "North Korea claims a successful solid-fuel engine test", NK,
           ("a affirmé", None), [], time="t-tuesday", according_to=[KCNA], about=["e-engine-test"],
           note="« Dans un communiqué diffusé mardi par l’agence officielle KCNA, le régime nord-coréen a affirmé »."),
    speech("s-kim-legitimate", "Statement", "Kim reportedly calls the test a legitimate response to the exercises",
           KIM, ("qualifié", None), [("réponse légitime", None)], status="hypothetical", according_to=[KCNA],
           about=["e-engine-test", "e-us-sk-exercises"],
           note="« l’aurait qualifié »: the conditional of unconfirmed reports."),
    speech("s-guterres-condemns", "Statement", "Guterres firmly condemns the launch", GUTERRES, ("condamné", None),
           [("fermement", None)], about=["e-launch"]),
    speech("s-guterres-violation", "Statement", "Guterres: the launch violates Security Council resolutions",
           GUTERRES, ("selon", "selon lui"), [], about=["e-resolution-violation"]),
    speech("s-washington-call", "Statement", "Washington calls on Pyongyang to negotiate without preconditions", US,
           ("appelé", None), [("sans conditions préalables", None)], addressee=NK, about=["e-negotiations"]),
    speech("s-diplomat", "Report", "A Japanese diplomat on the agenda of the Seoul meeting", DIPLOMAT,
           ("a indiqué", None), [], about=["e-data-sharing-talks"],
           evidence=("Les deux responsables", "un diplomate japonais.")),
    speech("s-moscow-silent", "SpeechAct", "Moscow has not reacted", RUSSIA, ("n’a pas réagi", None), [],
           status="negated", about=["e-launch"]),
    speech("s-nk-diplomacy", "Report", "North Korea's diplomacy announces Choe Son-hui's visit to Russia", NK_MFA,
           ("a fait savoir", None), [], about=["e-choe-visit"]),
    speech("s-sk-intelligence", "Report", "South Korean intelligence: a nuclear test is possible this year", SK_INTEL,
           ("Selon", "Selon les services"), [], about=["e-nuclear-test"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
