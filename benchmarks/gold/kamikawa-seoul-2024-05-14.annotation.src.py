"""Held-out annotation of kamikawa-seoul-2024-05-14.txt (written for the second held-out set, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/kamikawa-seoul-2024-05-14.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kamikawa-seoul-2024-05-14.txt"

NOTE = """\
Held-out-2 article 2: the Japanese and South Korean foreign ministers in Seoul, published Tuesday 14 May 2024 (the \
file gives the day). Language on purpose: repeated launches as a nominal event, a joint pledge by two speakers \
without guillemets (« se sont engagés ... à accélérer »: two speech acts, one trigger), a feminine participle \
opening the sentence (« Arrivée la veille au soir »), a visit in the present (« effectue sa deuxième visite »), « \
depuis sa prise de fonctions en septembre » (the September before: 2023), a lunch and talks sourced to a ministry \
(« a précisé »), a quote split around « a déclaré Mme Kamikawa lors d’une conférence de presse commune », an \
exhortation to a metonym (« exhorté Pyongyang à « mettre fin sans délai ... » »), an agreement to organise a \
planned meeting with a conditional participant (« à laquelle pourrait participer »), « d’ici la fin juin », a \
negated passive (« n’a pas été abordée publiquement »), a pluperfect reception, a nominal visit praised by a \
metonym, a conditional visit sourced twice (« selon des sources diplomatiques japonaises citées par l’agence Kyodo \
»), a negated reaction with no verb of speech (« Aucune réaction n’était venue de Pyongyang »), « vendredi dernier \
», « Pour Tokyo », a negated passive state (« ne sont plus respectées ») and a refusal by two states as a \
participle (« refusant depuis décembre »). « Séoul » where the ministers meet is the city (Q8684), « entre Tokyo \
et Séoul » is the two states (Q17, Q884); « organiser à Tokyo » is the city (Q1490). Cho Tae-yul, Yoon Suk-yeol, \
the US secretary of state (unnamed), Yonhap, Kyodo and the South Korean Joint Chiefs of Staff are not in ids.tsv: \
local, unlinked. « Aucune date n’a toutefois été fixée » is the article's own remark on the planned meeting (no \
actor: not an event). « Notre coopération », « leurs deux pays », « Les deux ministres », « Les deux diplomates » \
are plural: not mentions."""

KAMIKAWA, KISHIDA, JAPAN, SOUTH_KOREA, NORTH_KOREA = "Q276275", "Q359480", "Q17", "Q884", "Q423"
SEOUL, TOKYO, US, UN, RUSSIA, CHINA = "Q8684", "Q1490", "Q30", "Q1065", "Q159", "Q148"
CHO, YOON, SECSTATE = "local:cho-tae-yul", "local:yoon-suk-yeol", "local:us-secretary-of-state"
SK_MFA, YONHAP, KYODO = "local:south-korea-mfa", "local:yonhap", "local:kyodo"
JP_SOURCES, JCS, MISSILES = "local:japanese-diplomatic-sources", "local:south-korea-jcs", "local:srbm-2024-05-10"
SANCTIONS = "local:un-sanctions-north-korea"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CHO, "Cho Tae-yul", "Cho Tae-yul", "person",
     {"description": "ministre sud-coréen des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (YOON, "Yoon Suk-yeol", "Yoon Suk Yeol", "person",
     {"description": "président sud-coréen", "unlinked_reason": NOT_VERIFIED}),
    (SECSTATE, "secrétaire d’État américain", "US Secretary of State", "person",
     {"description": "le titulaire de la fonction (Q14213), que l’article ne nomme pas",
      "unlinked_reason": "unnamed in the article; " + NOT_VERIFIED}),
    (SK_MFA, "ministère sud-coréen des Affaires étrangères", "Ministry of Foreign Affairs of South Korea",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (KYODO, "Kyodo", "Kyodo News", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (JP_SOURCES, "des sources diplomatiques japonaises", "Japanese diplomatic sources", "group",
     {"unlinked_reason": "anonymous sources, not one Wikidata item"}),
    (JCS, "état-major sud-coréen", "South Korean Joint Chiefs of Staff", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MISSILES, "deux missiles balistiques de courte portée (10 mai 2024)", "two short-range ballistic missiles",
     "object", {"unlinked_reason": "unnamed items with no Wikidata item"}),
    (SANCTIONS, "sanctions de l’ONU contre la Corée du Nord", "UN sanctions against North Korea", "other",
     {"unlinked_reason": "a sanctions regime with no verified Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("La ministre japonaise des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yōko Kamikawa", None, KAMIKAWA, "name"),
    ("son homologue sud-coréen", None, CHO, "nominal"),
    ("Cho Tae-yul", None, CHO, "name"),
    ("Séoul", "mardi à Séoul", SEOUL, "name"),
    ("Corée du Nord", None, NORTH_KOREA, "name"),
    # Arrivée la veille au soir dans la capitale sud-coréenne ...
    ("la capitale sud-coréenne", None, SEOUL, "nominal"),
    ("Kamikawa", "Mme Kamikawa effectue", KAMIKAWA, "name"),
    ("Corée du Sud", "en Corée du Sud", SOUTH_KOREA, "name"),
    ("le ministère sud-coréen des Affaires étrangères", None, SK_MFA, "nominal"),
    # « Le Japon et la Corée du Sud partagent ... »
    ("Japon", "Le Japon et", JAPAN, "name"),
    ("Corée du Sud", "la Corée du Sud partagent", SOUTH_KOREA, "name"),
    ("Kamikawa", "a déclaré Mme Kamikawa", KAMIKAWA, "name"),
    ("Son hôte", None, CHO, "nominal"),
    ("Pyongyang", "exhorté Pyongyang", NORTH_KOREA, "metonym"),
    # Les deux diplomates ont également convenu ...
    ("Tokyo", "organiser à Tokyo", TOKYO, "name"),
    ("États-Unis", None, US, "name"),
    ("le secrétaire d’État américain", None, SECSTATE, "nominal"),
    # La question du travail forcé ...
    ("Tokyo", "entre Tokyo et Séoul", JAPAN, "metonym"),
    ("Séoul", "Tokyo et Séoul", SOUTH_KOREA, "metonym"),
    ("Yonhap", None, YONHAP, "name"),
    # Le Premier ministre japonais, Fumio Kishida ...
    ("Le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Yoon Suk-yeol", None, YOON, "name"),
    ("Washington", None, US, "metonym"),
    ("Il", "Il devrait", KISHIDA, "pronoun"),
    ("Séoul", "à son tour à Séoul", SEOUL, "name"),
    ("des sources diplomatiques japonaises", None, JP_SOURCES, "nominal"),
    ("Kyodo", None, KYODO, "name"),
    # Aucune réaction n’était venue de Pyongyang ...
    ("Pyongyang", "venue de Pyongyang", NORTH_KOREA, "metonym"),
    ("Le régime nord-coréen", None, NORTH_KOREA, "nominal"),
    ("deux missiles balistiques de courte portée", None, MISSILES, "nominal"),
    ("l’état-major sud-coréen", None, JCS, "nominal"),
    ("Tokyo", "Pour Tokyo", JAPAN, "metonym"),
    ("les sanctions de l’ONU", None, SANCTIONS, "nominal"),
    ("ONU", None, UN, "name"),
    ("Russie", None, RUSSIA, "name"),
    ("Chine", None, CHINA, "name"),
]

PUB_DAY = "The publication day, Tuesday 14 May 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "mardi à Séoul"), "2024-05-14", "day", "weekday-publication-day",
     "« se sont engagés mardi »: the weekday of publication. " + PUB_DAY),
    ("t-eve-evening", ("la veille au soir", None), "2024-05-13", "day", "eve-of-event",
     "The evening before the talks of Tuesday 14 May (here also the eve of publication): Monday 13 May 2024."),
    ("t-september", ("en septembre", None), "2023-09", "month", "month-past",
     "« depuis sa prise de fonctions en septembre »: the last September before May 2024: September 2023."),
    ("t-three-hours", ("près de trois heures", None), None, "duration", "explicit-duration",
     "About three hours of talks (PT3H)."),
    ("t-end-june", ("d’ici la fin juin", None), "2024", "year", "end-of-month-deadline",
     "A deadline: some time between 14 May and 30 June 2024, two months of one year, so the year (as « d’ici la "
     "fin de l’année » gets the year in benchmarks/gold/), not June."),
    ("t-march", ("en mars dernier", None), "2024-03", "month", "month-past",
     "« en mars dernier »: the last March before May 2024: March 2024."),
    ("t-autumn", ("à l’automne", None), "2024", "year", "season-current",
     "The coming autumn, 22 September to 21 December 2024: all in 2024, so the year."),
    ("t-tuesday-evening", ("mardi soir", None), "2024-05-14", "day", "part-of-day",
     "The evening of the publication day. " + PUB_DAY),
    ("t-last-friday", ("vendredi dernier", None), "2024-05-10", "day", "weekday-past",
     "« vendredi dernier »: the Friday before Tuesday 14 May 2024: 10 May 2024."),
    ("t-december", ("depuis décembre", None), "2023-12", "month", "month-past",
     "« refusant depuis décembre »: the last December before May 2024, December 2023, the start of the "
     "refusal."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-repeated-launches", "Event", "North Korea's repeated missile launches",
          ("tirs", "tirs de missiles à répétition"), [("agent", NORTH_KOREA)],
          note="A nominal event with no time of its own: launches repeated over months."),
    event("e-visit", "Visit", "Yōko Kamikawa's second visit to South Korea since taking office",
          ("visite", "sa deuxième visite"), [("agent", KAMIKAWA)], place=SOUTH_KOREA, time="t-tuesday",
          note="A visit in the present tense, under way on the publication day."),
    event("e-arrival", "Visit", "Kamikawa arrived in Seoul the evening before", ("Arrivée", None),
          [("agent", KAMIKAWA)], place=SEOUL, time="t-eve-evening", part_of="e-visit",
          note="The participle agrees with « Mme Kamikawa », the subject of the main clause."),
    event("e-talks", "Meeting", "Kamikawa and Cho Tae-yul hold nearly three hours of talks in Seoul",
          ("entretiens", None), [("participant", KAMIKAWA), ("participant", CHO)], place=SEOUL,
          time="t-three-hours", according_to=[SK_MFA], part_of="e-visit"),
    event("e-lunch", "Banquet", "The two ministers lunch together", ("ont déjeuné", None),
          [("participant", KAMIKAWA), ("participant", CHO)], place=SEOUL, time="t-tuesday", according_to=[SK_MFA],
          part_of="e-visit"),
    event("e-provocations-stop", "Event", "Seoul's minister urges North Korea to end its provocations",
          ("mettre fin", None), [("agent", NORTH_KOREA)], status="proposed", according_to=[CHO],
          note="What Cho asks for has not happened: status proposed."),
    event("e-trilateral-agreement", "Agreement", "The two ministers agree to organise a trilateral meeting",
          ("ont également convenu", None), [("participant", KAMIKAWA), ("participant", CHO)], place=SEOUL,
          time="t-tuesday", part_of="e-visit"),
    event("e-trilateral", "Meeting", "A Japan–South Korea–US meeting in Tokyo by the end of June",
          ("réunion trilatérale", None), [("participant", JAPAN), ("participant", SOUTH_KOREA), ("participant", US)],
          status="planned", place=TOKYO, time="t-end-june",
          note="« trilatérale »: Japan and South Korea (the two ministers' countries) with « les États-Unis »."),
    event("e-secstate-attendance", "Event", "The US secretary of state might take part", ("pourrait participer", None),
          [("participant", SECSTATE)], status="hypothetical", place=TOKYO, time="t-end-june",
          part_of="e-trilateral"),
    event("e-forced-labour-not-raised", "Meeting", "The forced-labour question was not raised publicly",
          ("abordée", None), [("participant", KAMIKAWA), ("participant", CHO)], status="negated", place=SEOUL,
          time="t-tuesday", according_to=[YONHAP], part_of="e-talks",
          note="Passive without an agent: the ones who did not raise it are the two ministers of the talks."),
    event("e-kishida-yoon", "Meeting", "Kishida received South Korean President Yoon in March", ("avait reçu", None),
          [("agent", KISHIDA), ("participant", YOON)], time="t-march", part_of="e-yoon-visit",
          note="The place is not written (the visit is Yoon's, so Japan is implied): no place."),
    event("e-yoon-visit", "Visit", "Yoon Suk-yeol's visit, hailed as historic", ("visite", "une visite saluée"),
          [("agent", YOON)], time="t-march"),
    event("e-kishida-seoul", "Visit", "Kishida is expected to visit Seoul in the autumn", ("se rendre", None),
          [("agent", KISHIDA)], status="hypothetical", place=SEOUL, time="t-autumn", according_to=[JP_SOURCES],
          note="« devrait se rendre »: expected, not scheduled (as « devraient évoquer » in benchmarks/gold/)."),
    event("e-missile-launch", "Event", "North Korea fired two short-range ballistic missiles last Friday",
          ("a tiré", None), [("agent", NORTH_KOREA), ("theme", MISSILES)], time="t-last-friday",
          according_to=[JCS]),
    event("e-missiles-fall", "Event", "The missiles fell into the sea", ("sont tombés", None),
          [("participant", MISSILES)], time="t-last-friday", according_to=[JCS], part_of="e-missile-launch",
          note="« en mer »: no sea is named, so no place."),
    event("e-un-sanctions", "Sanction", "The UN sanctions (against North Korea)", ("sanctions", None),
          [("agent", UN)], note="They exist; that they are no longer respected is Tokyo's reading."),
    event("e-sanctions-not-respected", "Event", "The UN sanctions are no longer respected (Tokyo)",
          ("respectées", None), [("participant", SANCTIONS)], status="negated", according_to=[JAPAN],
          note="« ne sont plus respectées »: a passive with no agent, so the thing is the participant."),
    event("e-enforcement-refusal", "Event", "Russia and China refuse since December to monitor the sanctions",
          ("refusant", None), [("agent", RUSSIA), ("agent", CHINA), ("theme", SANCTIONS)], time="t-december",
          according_to=[JAPAN], note="A refusal is an act that occurred; it is told « Pour Tokyo »."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kamikawa-pledge", "Assurance", "Kamikawa pledges to accelerate the rapprochement", KAMIKAWA,
           ("se sont engagés", None), [], addressee=CHO, time="t-tuesday", place=SEOUL,
           note="One trigger, two speakers: one speech act each, as « Washington et Séoul soupçonnent »."),
    speech("s-cho-pledge", "Assurance", "Cho Tae-yul pledges to accelerate the rapprochement", CHO,
           ("se sont engagés", None), [], addressee=KAMIKAWA, time="t-tuesday", place=SEOUL),
    speech("s-sk-mfa", "Report", "South Korea's foreign ministry details the talks and the lunch", SK_MFA,
           ("a précisé", None), [], about=["e-talks", "e-lunch"]),
    speech("s-kamikawa-values", "Statement", "Kamikawa: Japan and South Korea share fundamental values", KAMIKAWA,
           ("a déclaré", None),
           [("Le Japon et la Corée du Sud partagent des valeurs fondamentales", None),
            ("Notre coopération n’a jamais été aussi nécessaire.", None)],
           evidence=("« Le Japon", "nécessaire. »"), time="t-tuesday", place=SEOUL,
           note="One quote split around « a déclaré Mme Kamikawa lors d’une conférence de presse commune »."),
    speech("s-cho-call", "Statement", "Cho urges Pyongyang to end its provocations without delay", CHO,
           ("exhorté", None), [("mettre fin sans délai à ses provocations", None)],
           addressee=NORTH_KOREA, time="t-tuesday", about=["e-provocations-stop"]),
    speech("s-yonhap", "Report", "Yonhap reports the forced-labour question was not raised", YONHAP,
           ("selon", "selon l’agence Yonhap"), [], about=["e-forced-labour-not-raised"]),
    speech("s-us-historic", "Statement", "Washington hails Yoon's visit as historic", US, ("saluée", None),
           [("historique", None)], about=["e-yoon-visit"], note="Passive with an agent: « saluée par Washington »."),
    speech("s-jp-sources", "Report", "Japanese diplomatic sources say Kishida should visit Seoul in the autumn",
           JP_SOURCES, ("selon", "selon des sources"), [], according_to=[KYODO], about=["e-kishida-seoul"],
           note="The sources speak; Kyodo, which cites them, is who the reader has it from."),
    speech("s-kyodo", "Report", "Kyodo cites Japanese diplomatic sources", KYODO, ("citées", None), [],
           about=["e-kishida-seoul"]),
    speech("s-nk-no-reaction", "SpeechAct", "No reaction from Pyongyang by Tuesday evening", NORTH_KOREA,
           ("réaction", None), [], status="negated", time="t-tuesday-evening",
           note="« Aucune réaction n’était venue de Pyongyang »: a negated speech act whose trigger is a noun."),
    speech("s-jcs", "Report", "South Korea's Joint Chiefs of Staff report the launch", JCS,
           ("d’après", None), [], about=["e-missile-launch", "e-missiles-fall"]),
    speech("s-tokyo-sanctions", "Statement", "Tokyo: the launches show the UN sanctions are no longer respected",
           JAPAN, ("montrent", None), [], about=["e-missile-launch", "e-sanctions-not-respected",
                                                  "e-enforcement-refusal"],
           note="« Pour Tokyo, ces tirs montrent que ... »: Tokyo's reading; the trigger is the verb it reports."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
