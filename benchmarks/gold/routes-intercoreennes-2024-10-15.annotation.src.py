"""Held-out annotation of routes-intercoreennes-2024-10-15.txt (written for the twenty-fourth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/routes-intercoreennes-2024-10-15.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/routes-intercoreennes-2024-10-15.annotation.src.py --check

From held-out set 24 (moved to gold in session 22; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "routes-intercoreennes-2024-10-15.txt"

NOTE = """\
Held-out-24 article: North Korea blows up on Tuesday 15 October 2024 sections of the roads and railway lines \
linking the two Koreas, just north of the military demarcation line, as the South Korean Joint Chiefs of Staff \
announce; the South Korean army answers with warning shots south of the line; a JCS spokesman details the blasts \
and says the army watches closely; Seoul's Unification ministry denounces an « extremely regressive » step and \
recalls that the links were reopened in 2003 with South Korean loans, its spokesman Koo Byoung-sam saying \
Pyongyang still owes the money; Pyongyang had accused Seoul on Friday of flying drones over its capital three \
times this month to drop leaflets, which the JCS refuses to confirm; Kim Yo-jong had warned on Saturday of a « \
horrible catastrophe » if drones were spotted again, in a communiqué relayed by KCNA, and Kim Jong-un gathered his \
military chiefs on Monday and approved an immediate « plan d’action »; the North Korean army had announced last \
week that it would cut the links completely and fortify the border, and Yonhap says the North could build \
anti-tank barriers; the South Korean defence minister Kim Yong-hyun is to speak to lawmakers on Wednesday; the US \
State Department calls Pyongyang to restraint, Tokyo voices its concern and Beijing does not comment. Published \
Tuesday 15 October 2024 (the file gives the day). The demolition, the warning shots, the drone accusation, Kim \
Yo-jong's threat, Kim Jong-un's meeting and the army's announcement of 9 October follow the real events loosely; \
the spokesmen's quotes, Koo's words, the 2003 date, the Yonhap barriers, the minister's Wednesday hearing and the \
three capitals' reactions are invented or simplified.
What it exercises: a demolition on the publication day with a causative verb (« a fait sauter mardi des tronçons \
des routes et des voies ferrées reliant les deux Corées »: trigger « a fait sauter », the sections the theme, « \
les deux Corées » a plural phrase, no mention) located against a line (« juste au nord de la ligne de démarcation \
militaire ») and sourced after the clause (« a annoncé l’état-major interarmées sud-coréen »); a riposte with its \
manner (« a riposté par des tirs de sommation au sud de la ligne ») sourced by « a-t-il ajouté » (« il » the JCS) \
and « sans faire état de victimes » (a negated speech act); a quote first with a part of day and a present (« vers \
midi », « des engins de chantier travaillent encore sur place ») under « a précisé un porte-parole de \
l’état-major lors d’un point de presse » and a participle assurance with a quoted adverb (« assurant que l’armée \
suivait « de près » les mouvements nord-coréens »); a fronted « À Séoul » with a ministry's quoted adjective and \
a participle of recall over a pluperfect passive with a year and a nominal loan (« rappelant que ces liaisons \
avaient été rouvertes en 2003 grâce à des prêts sud-coréens »); a quote first with a metonym under a possessive \
role noun and a name in apposition (« « Pyongyang reste redevable de ces sommes », a insisté son porte-parole, \
Koo Byoung-sam »: a state, no event); a pluperfect accusation by a role noun for the state against a metonym, on a \
past weekday, of a suspected flight with a time of the current month and a purpose with the place clitic « y » (« \
Le régime nord-coréen avait accusé vendredi Séoul d’avoir envoyé à trois reprises ce mois-ci des drones au-dessus \
de sa capitale pour y larguer des tracts hostiles »: both suspected, according to North Korea) and a refusal to \
confirm (« s’est refusé à confirmer ces accusations »: negated); a conditional threat quoted first (« Si des drones \
sont de nouveau repérés, ce sera une horrible catastrophe »: the spotting and the catastrophe hypothetical) under \
a pluperfect « avait prévenu samedi » with the name before a two-noun apposition holding the leader (« Kim \
Yo-jong, sœur et influente conseillère de Kim Jong-un ») and a communiqué « relayé par l’agence officielle KCNA » \
(KCNA's Report); a fronted past weekday with two verbs sharing one subject (« Lundi, le dirigeant nord-coréen a \
réuni ses chefs militaires et approuvé un « plan d’action » immédiat »: a Meeting and an approval part of it) and \
« selon la même agence » (a nominal mention of KCNA, whose Report holds the quoted words); a pluperfect \
announcement « la semaine dernière » with a future in the past over a quoted infinitive and a second infinitive \
(« qu’elle allait « couper totalement » les liaisons avec le Sud et fortifier la frontière »: both planned; « \
elle » the army); a conditional construction with « désormais » under « selon l’agence Yonhap » (hypothetical); \
a planned speech on a future weekday by a role noun and a name in apposition (« doit s’exprimer mercredi devant \
les députés »: a speech act with status planned); a fronted « À Washington » (the city) with a call to a metonym \
and a quoted noun (« a appelé Pyongyang à la « retenue » »: the restraint proposed) joined by « tandis que » to a \
metonym's quoted concern (« Tokyo a fait part de sa « vive préoccupation » »); a metonym with a role noun in \
apposition holding another role noun (« Pékin, principal soutien du régime, n’a pas commenté »: a negated speech \
act, « régime » North Korea).
Places and metonyms. « Séoul » is the city in « À Séoul » (Q8684, the place of the ministry's words) and South \
Korea (Q884, metonym) where it is accused; « Pyongyang » is North Korea (Q423, metonym) in Koo's quote and as the \
addressee of the call; « sa capitale » (nominal) and « y » (pronoun) are the city of Pyongyang (Q18808), the place \
of the suspected flights and drops; « Le régime nord-coréen », « Le Nord » and « régime » in « principal soutien \
du régime » are North Korea (nominal), « le Sud » in « les liaisons avec le Sud » South Korea (nominal, inside the \
links' phrase). « Washington » in « À Washington » is the city (Q61), the State Department's place; « Tokyo » is \
Japan (Q17) and « Pékin » China (Q148), metonyms. The demolition and the warning shots are placed at the military \
demarcation line (a local place, « au nord de » and « au sud de » it), the only place the sentences write; the \
anti-tank barriers too (« le long de la ligne »).
Mentions. « la ligne de démarcation militaire » and the two « la ligne » are the military demarcation line \
(nominal, with the determiner, as « l’armistice de 1953 » in gold/ballons-coree-du-nord-2024-05-29); « \
l’état-major interarmées sud-coréen », « l’état-major » inside « un porte-parole de l’état-major » and « \
L’état-major » are the JCS (nominal, as in that gold article); « L’armée sud-coréenne » and « l’armée » in « que \
l’armée suivait » the South Korean army; « L’armée nord-coréenne » the Korean People's Army (local), taken up by « \
elle ». « des tronçons des routes et des voies ferrées » is the demolished sections (without the participle « \
reliant les deux Corées »); « les axes de Gyeongui et de Donghae », « ces liaisons » and « les liaisons avec le Sud \
» are the two inter-Korean road and rail links (« Gyeongui » and « Donghae » only give names: no mentions). Things \
an event takes are annotated: « des engins de chantier », « des drones » (twice, two different local objects: \
the drones Pyongyang says were flown, and the drones that might be spotted again), « des tracts hostiles », « un « \
plan d’action » immédiat » (with its guillemets inside the mention), « des barrières antichars ». « ses chefs \
militaires » and « les députés » are local groups; « un porte-parole de l’état-major » an unnamed local person; « \
son porte-parole » Koo Byoung-sam; « la même agence » KCNA. Not mentions: « les deux Corées » (plural), « la \
frontière » (as in gold), « sur place », « un point de presse », « les mouvements nord-coréens », « ces sommes » \
(no event takes them), « ces accusations » (the accusation restated), possessives and adjectives.
Statuses. The demolition, the riposte, the work going on, the monitoring, the reopening, the loans, the meeting \
and the approval are occurred (the first four according to the JCS or its spokesman, the reopening and loans \
according to the ministry, the meeting and approval according to KCNA); the drone flights and the leaflet drops \
are suspected, according to North Korea (Seoul neither confirms them); the cutting and the fortifying are planned \
(an announced intention of the army); the spotting, the catastrophe (Kim Yo-jong's « Si ») and the barriers (« \
pourrait », Yonhap) are hypothetical; the restraint is proposed (called for, as « appelant les deux parties à la \
retenue » in gold/drones-novorossiisk-2023-08-04 and gold/coup-niger-2023-07-27). The minister's speech to the \
lawmakers is a speech act with status planned. « Pyongyang reste redevable » is a state: no event.
Times. « mardi » is the publication day; « vers midi » (part of day) dates the explosions inside the spokesman's \
quote, but the demolition already takes « mardi » from the lede, so « vers midi » is annotated and attached to \
nothing; the JCS's two reports take the lede's Tuesday, as the JCS report in gold/nord-coree-salve-2024-11; « en \
2003 » the year; « vendredi » Friday 11 October, « samedi » Saturday 12 October, « Lundi » Monday 14 October \
(weekday-past); « ce mois-ci » October 2024 (publication-month); « la semaine dernière » 7 to 13 October, inside \
October: the month; « mercredi » Wednesday 16 October (weekday-future). « de nouveau », « encore », « désormais » \
and « à trois reprises » are not times. Reports and statements with no weekday of their own have no time.
North Korea, South Korea, Seoul, Pyongyang, Kim Jong-un, KCNA, Washington, Japan and China are linked; the Joint \
Chiefs of Staff, the South Korean army, the demolished sections, the inter-Korean links, the military demarcation \
line, the JCS spokesman, the construction machines, the Unification ministry, Koo Byoung-sam, the drones (both), \
the leaflets, Kim Yo-jong, the military chiefs, the action plan, the Korean People's Army, the anti-tank barriers, \
Yonhap, Kim Yong-hyun, the lawmakers and the State Department are not in ids.tsv: local, unlinked."""

NK, SK, SEOUL, PYONGYANG, KIM, KCNA = "Q423", "Q884", "Q8684", "Q18808", "Q56226", "Q326804"
JAPAN, CHINA, WASHINGTON = "Q17", "Q148", "Q61"
JCS, SK_MILITARY, SECTIONS, LINKS = "local:south-korea-jcs", "local:south-korean-military", \
    "local:demolished-road-rail-sections-2024-10-15", "local:inter-korean-road-rail-links"
MDL, JCS_SPOKESMAN, MACHINES = "local:military-demarcation-line", "local:jcs-spokesman", \
    "local:construction-machines-border"
UNIFICATION, KOO, DRONES, LEAFLETS = "local:sk-unification-ministry", "local:koo-byoung-sam", \
    "local:drones-over-pyongyang-2024-10", "local:hostile-leaflets-pyongyang"
KIM_YO_JONG, NEW_DRONES, MIL_CHIEFS = "local:kim-yo-jong", "local:drones-spotted-again", \
    "local:north-korean-military-chiefs"
ACTION_PLAN, KPA, BARRIERS, YONHAP = "local:immediate-action-plan-2024-10-14", "local:korean-peoples-army", \
    "local:anti-tank-barriers", "local:yonhap"
KIM_YONG_HYUN, LAWMAKERS, STATE_DEPT = "local:kim-yong-hyun", "local:south-korean-lawmakers", \
    "local:state-department"

NOT_GROUP = "an unnamed group, not one Wikidata item"
NOT_ITEM = "unnamed items with no Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (JCS, "état-major interarmées sud-coréen", "South Korean Joint Chiefs of Staff", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SK_MILITARY, "armée sud-coréenne", "Republic of Korea Armed Forces", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SECTIONS, "tronçons des routes et voies ferrées intercoréennes détruits le 15 octobre 2024",
     "sections of the inter-Korean roads and railways blown up on 15 October 2024", "object",
     {"description": "les tronçons situés juste au nord de la ligne de démarcation militaire",
      "unlinked_reason": NOT_ITEM}),
    (LINKS, "liaisons routières et ferroviaires de Gyeongui et de Donghae",
     "Gyeongui and Donghae road and rail links", "object",
     {"description": "les deux axes qui relient les deux Corées, rouverts en 2003",
      "unlinked_reason": NOT_VERIFIED + "; two links named together, not one Wikidata item"}),
    (MDL, "ligne de démarcation militaire", "Military Demarcation Line", "place",
     {"description": "la ligne qui sépare les deux Corées depuis l’armistice de 1953",
      "unlinked_reason": NOT_VERIFIED}),
    (JCS_SPOKESMAN, "un porte-parole de l’état-major interarmées sud-coréen", "a South Korean JCS spokesman",
     "person", {"unlinked_reason": "not named in the article"}),
    (MACHINES, "engins de chantier", "construction machines", "object",
     {"description": "les engins qui travaillent sur les tronçons détruits", "unlinked_reason": NOT_ITEM}),
    (UNIFICATION, "ministère sud-coréen de l’Unification", "Ministry of Unification (South Korea)", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (KOO, "Koo Byoung-sam", "Koo Byoung-sam", "person",
     {"description": "porte-parole du ministère sud-coréen de l’Unification", "unlinked_reason": NOT_VERIFIED}),
    (DRONES, "drones au-dessus de Pyongyang (octobre 2024)", "drones over Pyongyang", "object",
     {"description": "les drones que Pyongyang accuse Séoul d’avoir envoyés à trois reprises",
      "unlinked_reason": NOT_ITEM}),
    (LEAFLETS, "tracts hostiles largués sur Pyongyang", "hostile leaflets dropped over Pyongyang", "object",
     {"unlinked_reason": NOT_ITEM}),
    (KIM_YO_JONG, "Kim Yo-jong", "Kim Yo-jong", "person",
     {"description": "sœur et conseillère de Kim Jong-un, dirigeante nord-coréenne", "unlinked_reason": NOT_VERIFIED}),
    (NEW_DRONES, "drones qui seraient de nouveau repérés", "drones that might be spotted again", "object",
     {"description": "des drones hypothétiques, dans la menace de Kim Yo-jong", "unlinked_reason": NOT_ITEM}),
    (MIL_CHIEFS, "chefs militaires nord-coréens", "North Korean military chiefs", "group",
     {"unlinked_reason": NOT_GROUP}),
    (ACTION_PLAN, "plan d’action militaire immédiat (14 octobre 2024)", "immediate military action plan", "object",
     {"description": "le plan approuvé par Kim Jong-un lundi 14 octobre 2024, selon KCNA",
      "unlinked_reason": "unnamed in the article, no Wikidata item"}),
    (KPA, "Armée populaire de Corée", "Korean People's Army", "organization",
     {"description": "l’armée nord-coréenne", "unlinked_reason": NOT_VERIFIED}),
    (BARRIERS, "barrières antichars", "anti-tank barriers", "object",
     {"description": "barrières que le Nord pourrait ériger le long de la ligne de démarcation",
      "unlinked_reason": NOT_ITEM}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization", {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (KIM_YONG_HYUN, "Kim Yong-hyun", "Kim Yong-hyun", "person",
     {"description": "ministre sud-coréen de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (LAWMAKERS, "députés sud-coréens", "South Korean lawmakers", "group",
     {"description": "les membres de l’Assemblée nationale sud-coréenne", "unlinked_reason": NOT_GROUP}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Corée du Nord a fait sauter mardi des tronçons des routes et des voies ferrées reliant les deux Corées, ...
    ("Corée du Nord", None, NK, "name"),
    ("des tronçons des routes et des voies ferrées", None, SECTIONS, "nominal"),
    ("la ligne de démarcation militaire", None, MDL, "nominal"),
    ("l’état-major interarmées sud-coréen", None, JCS, "nominal"),
    # L’armée sud-coréenne a riposté par des tirs de sommation au sud de la ligne, a-t-il ajouté, ...
    ("L’armée sud-coréenne", None, SK_MILITARY, "nominal"),
    ("la ligne", "au sud de la ligne", MDL, "nominal"),
    ("il", "a-t-il ajouté", JCS, "pronoun"),
    # « Les explosions ont visé vers midi les axes de Gyeongui et de Donghae, et des engins de chantier ... »
    ("les axes de Gyeongui et de Donghae", None, LINKS, "nominal"),
    ("des engins de chantier", None, MACHINES, "nominal"),
    ("un porte-parole de l’état-major", None, JCS_SPOKESMAN, "nominal"),
    ("l’état-major", "porte-parole de l’état-major", JCS, "nominal"),
    ("l’armée", "que l’armée suivait", SK_MILITARY, "nominal"),
    # À Séoul, le ministère de l’Unification a dénoncé une mesure « extrêmement régressive », rappelant que ...
    ("Séoul", "À Séoul", SEOUL, "name"),
    ("le ministère de l’Unification", None, UNIFICATION, "nominal"),
    ("ces liaisons", None, LINKS, "nominal"),
    ("Pyongyang", "« Pyongyang reste", NK, "metonym"),
    ("son porte-parole", None, KOO, "nominal"),
    ("Koo Byoung-sam", None, KOO, "name"),
    # Le régime nord-coréen avait accusé vendredi Séoul d’avoir envoyé ... des drones au-dessus de sa capitale ...
    ("Le régime nord-coréen", None, NK, "nominal"),
    ("Séoul", "vendredi Séoul", SK, "metonym"),
    ("des drones", "mois-ci des drones", DRONES, "nominal"),
    ("sa capitale", None, PYONGYANG, "nominal"),
    ("y", "pour y larguer", PYONGYANG, "pronoun"),
    ("des tracts hostiles", None, LEAFLETS, "nominal"),
    ("L’état-major", "L’état-major s’est refusé", JCS, "nominal"),
    # « Si des drones sont de nouveau repérés, ... », avait prévenu samedi Kim Yo-jong, sœur et ... KCNA.
    ("des drones", "Si des drones", NEW_DRONES, "nominal"),
    ("Kim Yo-jong", None, KIM_YO_JONG, "name"),
    ("sœur et influente conseillère de Kim Jong-un", None, KIM_YO_JONG, "nominal"),
    ("Kim Jong-un", None, KIM, "name"),
    ("KCNA", None, KCNA, "name"),
    # Lundi, le dirigeant nord-coréen a réuni ses chefs militaires et approuvé un « plan d’action » immédiat, ...
    ("le dirigeant nord-coréen", None, KIM, "nominal"),
    ("ses chefs militaires", None, MIL_CHIEFS, "nominal"),
    ("un « plan d’action » immédiat", None, ACTION_PLAN, "nominal"),
    ("la même agence", None, KCNA, "nominal"),
    # L’armée nord-coréenne avait annoncé la semaine dernière qu’elle allait « couper totalement » les liaisons ...
    ("L’armée nord-coréenne", None, KPA, "nominal"),
    ("elle", "qu’elle allait", KPA, "pronoun"),
    ("les liaisons avec le Sud", None, LINKS, "nominal"),
    ("le Sud", None, SK, "nominal"),
    # Le Nord pourrait désormais ériger des barrières antichars le long de la ligne, selon l’agence Yonhap.
    ("Le Nord", None, NK, "nominal"),
    ("des barrières antichars", None, BARRIERS, "nominal"),
    ("la ligne", "le long de la ligne", MDL, "nominal"),
    ("Yonhap", None, YONHAP, "name"),
    # Le ministre sud-coréen de la Défense, Kim Yong-hyun, doit s’exprimer mercredi devant les députés.
    ("Le ministre sud-coréen de la Défense", None, KIM_YONG_HYUN, "nominal"),
    ("Kim Yong-hyun", None, KIM_YONG_HYUN, "name"),
    ("les députés", None, LAWMAKERS, "nominal"),
    # À Washington, le département d’État a appelé Pyongyang à la « retenue », tandis que Tokyo ... Pékin, ...
    ("Washington", None, WASHINGTON, "name"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Pyongyang", "appelé Pyongyang", NK, "metonym"),
    ("Tokyo", None, JAPAN, "metonym"),
    ("Pékin", None, CHINA, "metonym"),
    ("principal soutien du régime", None, CHINA, "nominal"),
    ("régime", "soutien du régime", NK, "nominal"),
]

PUB_DAY = "The publication day, Tuesday 15 October 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", None), "2024-10-15", "day", "weekday-publication-day",
     "« a fait sauter mardi » in an article of Tuesday 15 October 2024: that same day. " + PUB_DAY),
    ("t-noon", ("vers midi", None), "2024-10-15", "day", "part-of-day",
     "Inside the spokesman's quote: around noon on the publication day, when the explosions took place. The "
     "demolition already takes « mardi » from the lede, so this time is attached to nothing (as the second day of "
     "« jeudi et vendredi » in gold). " + PUB_DAY),
    ("t-2003", ("2003", None), "2003", "year", "explicit-year",
     "« ces liaisons avaient été rouvertes en 2003 »: the reopening's year."),
    ("t-friday", ("vendredi", None), "2024-10-11", "day", "weekday-past",
     "Pluperfect « avait accusé vendredi »: the Friday before Tuesday 15 October 2024: 11 October."),
    ("t-this-month", ("ce mois-ci", None), "2024-10", "month", "publication-month",
     "« à trois reprises ce mois-ci »: October 2024, the publication month (the flights fall before the Friday "
     "accusation, but the text gives no day)."),
    ("t-saturday", ("samedi", None), "2024-10-12", "day", "weekday-past",
     "Pluperfect « avait prévenu samedi »: the Saturday before Tuesday 15 October 2024: 12 October."),
    ("t-monday", ("Lundi", None), "2024-10-14", "day", "weekday-past",
     "Fronted « Lundi » with a passé composé: the Monday before Tuesday 15 October 2024: 14 October."),
    ("t-last-week", ("la semaine dernière", None), "2024-10", "month", "relative-week-past",
     "The week before Tuesday 15 October 2024 (7 to 13 October) lies inside October: the month, as in gold."),
    ("t-wednesday", ("mercredi", None), "2024-10-16", "day", "weekday-future",
     "« doit s’exprimer mercredi »: the Wednesday after the publication day: 16 October 2024."),
]

LEDE = ("La Corée du Nord a fait", "interarmées sud-coréen.")
SHOTS = ("L’armée sud-coréenne a riposté", "état de victimes.")
SPOKESMAN = ("« Les explosions ont", "mouvements nord-coréens.")
UNIF = ("À Séoul, le ministère", "prêts sud-coréens.")
ACCUSATION = ("Le régime nord-coréen avait", "tracts hostiles.")
KYJ = ("« Si des drones", "l’agence officielle KCNA.")
MEETING = ("Lundi, le dirigeant", "la même agence.")
KPA_SENTENCE = ("L’armée nord-coréenne avait", "fortifier la frontière.")

EVENTS: list[dict[str, Any]] = [
    event("e-demolition", "Event", "North Korea blows up sections of the inter-Korean roads and railways on Tuesday",
          ("a fait sauter", None), [("agent", NK), ("theme", SECTIONS)], place=MDL, time="t-tuesday",
          according_to=[JCS], evidence=LEDE,
          note="« a fait sauter mardi des tronçons des routes et des voies ferrées reliant les deux Corées »: the "
               "causative « a fait sauter » is the trigger; the sections the theme. « juste au nord de la ligne de "
               "démarcation militaire » locates the blasts against the line, the only place the sentence writes "
               "(they are on the North Korean side). « Les explosions » in the spokesman's quote restate it (no new "
               "event); so does « une mesure » in the ministry's reaction."),
    event("e-warning-shots", "Event", "The South Korean army answers with warning shots south of the line",
          ("riposté", None), [("agent", SK_MILITARY)], place=MDL, time="t-tuesday", according_to=[JCS],
          evidence=SHOTS,
          note="« a riposté par des tirs de sommation au sud de la ligne »: one event, the riposte, whose manner is "
               "the warning shots (trigger the verb, as the main verb of the clause). No target is written. It has no "
               "weekday of its own; it answers the Tuesday demolition the same day (« a-t-il ajouté » continues "
               "the JCS announcement), so it takes t-tuesday."),
    event("e-construction-work", "Event", "Construction machines still at work on the site", ("travaillent", None),
          [("participant", MACHINES)], according_to=[JCS_SPOKESMAN], evidence=SPOKESMAN,
          note="« des engins de chantier travaillent encore sur place »: a present in the spokesman's quote; the "
               "machines are the only participant (things in an event take participant, as in gold). « sur place » "
               "is not a mention; no time of its own."),
    event("e-monitoring", "Event", "The South Korean army watches North Korean movements closely",
          ("suivait", None), [("agent", SK_MILITARY)], according_to=[JCS_SPOKESMAN], evidence=SPOKESMAN,
          note="« assurant que l’armée suivait « de près » les mouvements nord-coréens »: an imperfect in indirect "
               "speech, occurred according to the spokesman; « les mouvements nord-coréens » is no entity."),
    event("e-reopening", "Event", "The inter-Korean road and rail links reopened in 2003",
          ("avaient été rouvertes", None), [("recipient", LINKS)], time="t-2003", according_to=[UNIFICATION],
          evidence=UNIF,
          note="A pluperfect passive with no agent written, recalled by the ministry (« rappelant que »): the links "
               "are what was reopened (recipient, as a thing found or seized in gold)."),
    event("e-loans", "Event", "South Korean loans financed the links", ("prêts", None),
          [("agent", SK), ("recipient", NK)], according_to=[UNIFICATION], evidence=UNIF,
          note="« grâce à des prêts sud-coréens »: a nominal event; South Korea the lender from the adjective (as « "
               "nord-coréen » gives the agent in gold), North Korea the borrower, implied by Koo's « Pyongyang reste "
               "redevable de ces sommes ». No time of its own (before the 2003 reopening)."),
    event("e-drone-flights", "Event", "South Korea flew drones over Pyongyang three times this month (accusation)",
          ("avoir envoyé", None), [("agent", SK), ("theme", DRONES)], status="suspected", place=PYONGYANG,
          time="t-this-month", according_to=[NK], evidence=ACCUSATION,
          note="« avait accusé vendredi Séoul d’avoir envoyé à trois reprises ce mois-ci des drones au-dessus de sa "
               "capitale »: what North Korea accuses South Korea of is suspected, according to the accuser; « sa "
               "capitale » is Pyongyang the city, the place. Three flights, one event (« à trois reprises » is no "
               "time)."),
    event("e-leaflet-drop", "Event", "The drones dropped hostile leaflets over Pyongyang (accusation)",
          ("larguer", None), [("agent", SK), ("theme", LEAFLETS)], status="suspected", place=PYONGYANG,
          according_to=[NK], part_of="e-drone-flights", evidence=ACCUSATION,
          note="« pour y larguer des tracts hostiles »: the purpose of the flights, inside the accusation: suspected; "
               "« y » is the city."),
    event("e-drones-spotted", "Event", "Drones spotted again over North Korea (Kim Yo-jong's condition)",
          ("repérés", None), [("recipient", NEW_DRONES)], status="hypothetical", according_to=[KIM_YO_JONG],
          evidence=KYJ,
          note="« Si des drones sont de nouveau repérés »: a condition, hypothetical; a passive with no agent, the "
               "drones the thing spotted (recipient). Not the same drones as those of the accusation."),
    event("e-catastrophe", "Event", "A horrible catastrophe for South Korea (Kim Yo-jong's threat)",
          ("catastrophe", None), [("recipient", SK)], status="hypothetical", according_to=[KIM_YO_JONG],
          evidence=KYJ,
          note="« ce sera une horrible catastrophe »: the threatened consequence, under « Si »: hypothetical (as a "
               "response under « si » in gold/iran-drones-israel-2024-04-14). South Korea, the country accused of the "
               "flights, is the implied recipient."),
    event("e-military-meeting", "Meeting", "Kim Jong-un gathers his military chiefs on Monday", ("a réuni", None),
          [("agent", KIM), ("participant", MIL_CHIEFS)], time="t-monday", according_to=[KCNA], evidence=MEETING,
          note="« Lundi, le dirigeant nord-coréen a réuni ses chefs militaires »: the host the agent, as « doit réunir "
               "jeudi son conseil » in gold; no place is written."),
    event("e-plan-approval", "Event", "Kim Jong-un approves an immediate action plan on Monday",
          ("approuvé", None), [("agent", KIM), ("theme", ACTION_PLAN)], time="t-monday", according_to=[KCNA],
          part_of="e-military-meeting", evidence=MEETING,
          note="The second verb of one subject (« a réuni ... et approuvé »): the same Monday, part of the meeting."),
    event("e-cut-links", "Event", "The North Korean army will cut the links with the South completely",
          ("couper", None), [("agent", KPA), ("theme", LINKS)], status="planned", according_to=[KPA],
          evidence=KPA_SENTENCE,
          note="« qu’elle allait « couper totalement » les liaisons avec le Sud »: a future in the past announced by "
               "the actor itself: planned. The Tuesday demolition carries it out, but the text does not say so: no "
               "link between the two events."),
    event("e-fortify", "Event", "The North Korean army will fortify the border", ("fortifier", None),
          [("agent", KPA)], status="planned", according_to=[KPA], evidence=KPA_SENTENCE,
          note="The second infinitive under « allait »: planned. « la frontière » is not a mention (as in gold)."),
    event("e-barriers", "Event", "North Korea could build anti-tank barriers along the line (Yonhap)",
          ("ériger", None), [("agent", NK), ("theme", BARRIERS)], status="hypothetical", place=MDL,
          according_to=[YONHAP],
          note="« Le Nord pourrait désormais ériger des barrières antichars le long de la ligne »: conditional, "
               "hypothetical; « désormais » is not a time."),
    event("e-restraint", "Event", "North Korea to show restraint (the State Department's call)", ("retenue", None),
          [("agent", NK)], status="proposed", according_to=[STATE_DEPT],
          note="« a appelé Pyongyang à la « retenue » »: called for, proposed (as « appelant les deux parties à la "
               "retenue » in gold/drones-novorossiisk-2023-08-04); the addressee is its agent."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-jcs-announce", "Report", "South Korea's Joint Chiefs of Staff announce the demolition", JCS,
           ("a annoncé", None), [], time="t-tuesday", evidence=LEDE, about=["e-demolition"],
           note="The source after the clause takes the event's day, as the JCS report in "
                "gold/nord-coree-salve-2024-11."),
    speech("s-jcs-shots", "Report", "The JCS add that the army fired warning shots", JCS, ("a-t-il ajouté", None), [],
           time="t-tuesday", evidence=SHOTS, about=["e-warning-shots"],
           note="« il » is the JCS of the sentence before; the same announcement, the same Tuesday."),
    speech("s-jcs-no-victims", "Statement", "The JCS report no casualties", JCS, ("faire état", None), [],
           status="negated", evidence=SHOTS, about=["e-warning-shots", "e-demolition"],
           note="« sans faire état de victimes »: a negated speech act, as « sans évoquer de victimes » in "
                "gold/frappe-kiev-2024-11-14; the victims are no event."),
    speech("s-spokesman-details", "Statement", "A JCS spokesman details the explosions", JCS_SPOKESMAN,
           ("a précisé", None),
           [("Les explosions ont visé vers midi les axes de Gyeongui et de Donghae, et des engins de chantier "
             "travaillent encore sur place", None)],
           evidence=SPOKESMAN, about=["e-demolition", "e-construction-work"],
           note="A quote first, under « a précisé un porte-parole de l’état-major lors d’un point de presse »; the "
                "press briefing is not a mention and gives no time (its day is surely Tuesday, but no word says so)."),
    speech("s-spokesman-assurance", "Assurance", "The spokesman assures the army watches closely", JCS_SPOKESMAN,
           ("assurant", None), [("de près", None)], evidence=SPOKESMAN, about=["e-monitoring"],
           note="A participle of speech with its own quoted adverb: a second speech act of the same speaker (one pair "
                "of guillemets each)."),
    speech("s-unification-denounce", "Statement", "The Unification ministry denounces an « extremely regressive » "
           "step", UNIFICATION, ("a dénoncé", None), [("extrêmement régressive", None)], place=SEOUL, evidence=UNIF,
           about=["e-demolition"],
           note="« À Séoul » fronted: the city. « une mesure » restates the demolition. No weekday: no time."),
    speech("s-unification-recall", "Statement", "The ministry recalls the links were reopened in 2003 with South "
           "Korean loans", UNIFICATION, ("rappelant", None), [], place=SEOUL, evidence=UNIF,
           about=["e-reopening", "e-loans"],
           note="« rappelant que ... »: a participle of speech, no quote."),
    speech("s-koo", "Statement", "Koo Byoung-sam: Pyongyang still owes the money", KOO, ("a insisté", None),
           [("Pyongyang reste redevable de ces sommes", None)], place=SEOUL, about=["e-loans"],
           note="A quote first with a metonym (North Korea); « son porte-parole » (the ministry's) and the name in "
                "apposition. The debt is a state: about the loans only. The paragraph's « À Séoul » places his words."),
    speech("s-nk-accusation", "Statement", "North Korea accused South Korea on Friday of sending drones over "
           "Pyongyang", NK, ("avait accusé", None), [], addressee=SK, time="t-friday", evidence=ACCUSATION,
           about=["e-drone-flights", "e-leaflet-drop"],
           note="« Le régime nord-coréen avait accusé vendredi Séoul »: a pluperfect accusation by a role noun for the "
                "state; « Séoul » (South Korea, a metonym) is the one accused, the addressee as in "
                "gold/choigou-teheran-2024-08-05."),
    speech("s-jcs-no-confirm", "Statement", "The JCS refuse to confirm the accusations", JCS, ("s’est refusé", None),
           [], status="negated", about=["e-drone-flights"],
           note="« L’état-major s’est refusé à confirmer ces accusations »: a refusal is a negated speech act (as « a "
                "refusé de donner des détails » in gold); « ces accusations » restates s-nk-accusation."),
    speech("s-kim-yo-jong", "Warning", "Kim Yo-jong: if drones are spotted again it will be a horrible catastrophe",
           KIM_YO_JONG, ("avait prévenu", None),
           [("Si des drones sont de nouveau repérés, ce sera une horrible catastrophe", None)],
           time="t-saturday", according_to=[KCNA], evidence=KYJ, about=["e-drones-spotted", "e-catastrophe"],
           note="A quote first under a pluperfect with a past weekday; the name before a two-noun apposition (« sœur "
                "et influente conseillère de Kim Jong-un », one nominal mention holding Kim Jong-un's name). No "
                "addressee is written."),
    speech("s-kcna-relay", "Report", "KCNA relays Kim Yo-jong's communiqué", KCNA, ("relayé", None), [],
           time="t-saturday", evidence=KYJ, about=["s-kim-yo-jong"],
           note="« dans un communiqué relayé par l’agence officielle KCNA »: the agency publishes someone else's "
                "words, a Report about them (as « diffusé mercredi soir par l’agence officielle KCNA » in "
                "gold/ballons-coree-du-nord-2024-05-29); it takes the communiqué's Saturday."),
    speech("s-kcna-meeting", "Report", "KCNA reports Kim Jong-un's meeting and the action plan", KCNA,
           ("selon", "selon la même agence"), [("plan d’action", None)], evidence=MEETING,
           about=["e-military-meeting", "e-plan-approval"],
           note="« selon la même agence »: the quoted « plan d’action » is the agency's wording (the article gives the "
                "words to no one else), so the Report holds the quote, as KCNA's own wording in the bundled article. "
                "No weekday of its own: no time."),
    speech("s-kpa-announce", "Statement", "The North Korean army announced last week it would cut the links and "
           "fortify the border", KPA, ("avait annoncé", None), [("couper totalement", None)], time="t-last-week",
           evidence=KPA_SENTENCE, about=["e-cut-links", "e-fortify"],
           note="A pluperfect announcement with a future in the past; « elle » takes up the army."),
    speech("s-yonhap", "Report", "Yonhap: the North could build anti-tank barriers", YONHAP,
           ("selon", "selon l’agence Yonhap"), [], about=["e-barriers"],
           note="« selon l’agence Yonhap »: the title before the name is part of its phrase."),
    speech("s-defence-minister", "Statement", "Defence minister Kim Yong-hyun to speak to lawmakers on Wednesday",
           KIM_YONG_HYUN, ("s’exprimer", None), [], status="planned", time="t-wednesday", addressee=LAWMAKERS,
           note="« doit s’exprimer mercredi devant les députés »: a speech still to come, a speech act with status "
                "planned (« doit »); the lawmakers are its addressee. What he will say is not told: no about."),
    speech("s-state-dept", "Statement", "The State Department calls Pyongyang to restraint", STATE_DEPT,
           ("a appelé", None), [("retenue", None)], addressee=NK, place=WASHINGTON,
           about=["e-restraint", "e-demolition"],
           note="« À Washington » fronted: the city (Q61), as in gold/kim-komsomolsk-vladivostok-2023-09; "
                "« Pyongyang » is North Korea (a metonym), the addressee."),
    speech("s-tokyo", "Statement", "Tokyo voices its « deep concern »", JAPAN, ("a fait part", None),
           [("vive préoccupation", None)], about=["e-demolition"],
           note="« tandis que Tokyo a fait part de sa « vive préoccupation » »: Japan (a metonym); no weekday: no "
                "time."),
    speech("s-beijing", "Statement", "Beijing, Pyongyang's main backer, has not commented", CHINA,
           ("n’a pas commenté", None), [], status="negated", about=["e-demolition"],
           note="A negated speech act (as « n’a pas réagi » in gold); « principal soutien du régime » in apposition "
                "is China (nominal), « régime » inside it North Korea."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
