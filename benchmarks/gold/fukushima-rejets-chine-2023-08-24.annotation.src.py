"""Held-out annotation of fukushima-rejets-chine-2023-08-24.txt (written for the sixteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/fukushima-rejets-chine-2023-08-24.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/fukushima-rejets-chine-2023-08-24.annotation.src.py --check

From held-out set 16 (moved to gold in session 15; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "fukushima-rejets-chine-2023-08-24.txt"

NOTE = """\
Held-out-16 article: Japan begins releasing the treated water of the Fukushima plant into the Pacific on Thursday \
24 August 2023 and China suspends all imports of Japanese seafood the same day; Beijing's foreign ministry \
condemns the release, Tokyo protests and demands the lifting of the ban, Fumio Kishida calls it unacceptable and \
recalls the IAEA's July judgement, Rafael Grossi promises that the agency's experts will monitor every release; \
protests and arrests in Seoul while the South Korean government refrains from criticism; Russia's Rosselkhoznadzor \
considers restrictions; Japanese ministers to meet on Monday on aid for Fukushima's fishermen. Published Thursday \
24 August 2023 (the file gives the day). The release, the ban, the July IAEA report and the Seoul arrests follow \
the real events loosely; the quotes, Tokyo's and Kishida's exact words, Rosselkhoznadzor's statement, the South \
Korean government's silence and the ministers' Monday meeting are invented. \
What it exercises: a release in the infinitive after « a commencé » with a weekday and a place first (« Le Japon a \
commencé jeudi à rejeter dans l’océan Pacifique les eaux traitées de la centrale nucléaire accidentée de \
Fukushima »: the Event's trigger is « rejeter », Japan the agent, the water the theme, the Pacific the place); an \
apposed noun phrase with a passive speech act (« une opération aussitôt dénoncée par la Chine »: China's \
Statement about the release, « une opération » restates it, « aussitôt » no time) and a relative ban with « le \
jour même » (the release's Thursday); the release restated by a noun with a part of the day and a source after \
the clause with a role noun and a name in apposition (« Le déversement a débuté en début d’après-midi, a annoncé \
l’opérateur de la centrale, Tepco »: no new event; the afternoon is attached to nothing because the release \
already takes the lede's Thursday); a passive planned evacuation over a vague duration (« doivent ainsi être \
évacuées en une trentaine d’années ») with a participle of accumulation since a dated disaster (« accumulées \
depuis la catastrophe de mars 2011 »: two events, the disaster dated March 2011, « depuis » alone gives the \
accumulation no time); a pluperfect decision on a past weekday (« avait fixé mardi la date de ces rejets »); a \
quote first with a negated obligation (« Le Japon ne doit pas faire passer ses intérêts égoïstes ... »: an urged \
abstention, proposed) and a participle accusation with its own one-word quote (« accusant Tokyo de traiter le \
Pacifique comme un « égout » »: a second speech act, the treatment suspected); a metonym that protests to an \
embassy and demands a lifting (two speech acts joined by « et », the lifting proposed); a quote split around « \
a déclaré à la presse le Premier ministre Fumio Kishida. » with a sentence end (one speech act, two quotes, « \
Nous » Japan and « Pékin » China inside; « la retirer » restates the lifting); a role noun with a negated visit \
in a relative clause (« qui ne s’est pas rendu sur le site ») and a recall of a pluperfect judgement with a month \
(« a rappelé que l’AIEA avait jugé en juillet le projet conforme »: the IAEA's Statement according to Kishida); a \
role noun in apposition with an institution inside it (« Le directeur général de l’agence onusienne, Rafael \
Grossi ») and an assurance with a future in the past (« contrôleraient chaque rejet »: planned); a quote first \
with « Nous » for the agency and « a-t-il promis » (a planned stay); « À Séoul » a rally and arrests joined by « \
et » under one source after the clause (« selon l’agence Yonhap »), an attempt in a relative imperfect with the \
place clitic « y » (the embassy); an emphatic « lui » with a negated speech act (« s’est, lui, gardé de critiquer \
son voisin »); a conditional state metonym and a considered measure with a one-word quote (« Moscou pourrait \
suivre : le service sanitaire russe Rosselkhoznadzor a dit « envisager » des restrictions ») and « sans préciser \
de calendrier » (a negated speech act); a planned meeting on a future weekday in a city with a purpose (« doivent \
se réunir lundi à Tokyo pour arrêter un plan d’aide ») and a relative fear (« qui redoutent de ne plus pouvoir \
écouler leurs prises »: a Statement with no quote and a hypothetical event).
Places and metonyms. « Tokyo » is Japan when it is accused and protests (Q17, metonym) and the city where the \
ministers meet (Q1490); « Pékin » is China inside Kishida's quote (Q148); « Moscou » is Russia (Q159); « Séoul » \
is the city where the rally and arrests take place (Q8684). « le Pacifique » and « océan Pacifique » are one \
local place. « la centrale nucléaire accidentée de Fukushima », « la centrale » (inside « l’opérateur de la \
centrale ») and « le site » are nominal mentions of the plant (local); « Fukushima » inside the plant's phrase only \
names it (as in gold/kishida-xi-san-francisco-2023-11-17) and is no mention, but « Fukushima » in « pêcheurs de \
Fukushima » is the prefecture, a local place. « l’ambassade du Japon » is the embassy building in Seoul (rallied \
in front of, entered: a place, with « y »); « l’ambassade de Chine » is the Chinese embassy in Tokyo, the \
institution protested to (an organisation). The rally is « devant » the embassy, not in it, so it takes Seoul.
Mentions. « les eaux traitées » and « Quelque 1,3 million de tonnes d’eau » are the same treated water (a local \
object); « produits de la mer japonais » and « ces mêmes produits » the Japanese seafood; « Nous » is Japan in \
Kishida's quote and the IAEA in Grossi's; « son voisin » is Japan; « gouvernement » inside « Le chef du \
gouvernement » is the Japanese government (a description inside a longer one that refers to an entity of its \
own, named in the sentence before as « Le gouvernement japonais »). « le Premier ministre Fumio Kishida », « \
l’agence Yonhap » and « le service sanitaire russe Rosselkhoznadzor » have a title right before the name: only \
the name is a mention. Unnamed groups that act are local groups with nominal mentions: « ses experts », « des \
centaines de manifestants », « seize étudiants », « Les ministres japonais concernés », « pêcheurs de Fukushima » \
(fused « aux », so from the noun); « leurs prises » is the theme of the feared sale (a local object). Not \
mentions: « une opération », « Le déversement », « ces rejets », « la mesure », « Cette décision », « la » in « la \
retirer », « le projet », « chaque rejet » (events and plans, not entities), « un communiqué », « la presse », « \
ses intérêts égoïstes », « l’humanité », « la dernière goutte », « normes internationales », « sur place » (an \
adverb of place), « un plan d’aide ».
Statuses. The release, the ban, the disaster, the accumulation, the date setting, the rally, the arrests and the \
attempt are occurred; the evacuation over thirty years, the monitoring, the agency's stay, the ministers' meeting \
and the aid plan are planned; the lifting and Japan's abstention from selfishness are proposed; the treatment of \
the Pacific as a sewer is suspected; Russia's restrictions and the fishermen's inability to sell are \
hypothetical; Kishida's visit to the site and the South Korean government's criticism are negated, as is \
Rosselkhoznadzor's timetable.
Times. « jeudi » is the publication day, Thursday 24 August 2023; « le jour même » the same day (the ban); « en \
début d’après-midi » the afternoon of that day (attached to nothing); « mars 2011 » March 2011; « une trentaine \
d’années » a vague duration, the evacuation's; « mardi » 22 August 2023 (weekday-past, pluperfect); « en juillet \
» July 2023 (month-past); « lundi » 28 August 2023 (weekday-future). The statements with no weekday or occasion \
written (China's denunciation, the ministry's communiqué, Tokyo's protest, Kishida's words, Grossi's, Yonhap's, \
Rosselkhoznadzor's, the South Korean government's) have no time; the rally and the arrests have none either.
The Pacific Ocean, the treated water, the plant, the seafood, Tepco, the Japanese government, the Chinese foreign \
ministry, the Chinese embassy in Tokyo, the IAEA, Rafael Grossi, his experts, the protesters, the Japanese embassy \
in Seoul, the Seoul police, the students, Yonhap, the South Korean government, Rosselkhoznadzor, the Japanese \
ministers, the Fukushima fishermen, Fukushima prefecture and the fishermen's catch are not in ids.tsv: local, \
unlinked."""

JAPAN, CHINA, RUSSIA, TOKYO, SEOUL, KISHIDA = "Q17", "Q148", "Q159", "Q1490", "Q8684", "Q359480"
PACIFIC, WATER, PLANT, SEAFOOD = "local:pacific-ocean", "local:fukushima-treated-water", \
    "local:fukushima-daiichi", "local:japanese-seafood"
TEPCO, JP_GOV, CN_MFA, CN_EMBASSY = "local:tepco", "local:government-of-japan", "local:china-mfa", \
    "local:chinese-embassy-tokyo"
IAEA, GROSSI, EXPERTS = "local:iaea", "local:rafael-grossi", "local:iaea-experts"
PROTESTERS, JP_EMBASSY, POLICE, STUDENTS, YONHAP = "local:seoul-protesters", "local:japanese-embassy-seoul", \
    "local:seoul-police", "local:arrested-students", "local:yonhap"
SK_GOV, ROSSEL = "local:government-of-south-korea", "local:rosselkhoznadzor"
MINISTERS, FISHERMEN, FUKUSHIMA, CATCH = "local:japanese-ministers", "local:fukushima-fishermen", \
    "local:fukushima-prefecture", "local:fishermen-catch"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (PACIFIC, "océan Pacifique", "Pacific Ocean", "place", {"unlinked_reason": NOT_VERIFIED}),
    (WATER, "eaux traitées de la centrale de Fukushima", "treated water of the Fukushima plant", "object",
     {"description": "environ 1,3 million de tonnes d’eau accumulées depuis 2011, rejetées dans le Pacifique",
      "unlinked_reason": "an unnamed quantity of water with no Wikidata item"}),
    (PLANT, "centrale nucléaire de Fukushima", "Fukushima nuclear power plant", "place",
     {"description": "la centrale accidentée, que l’article ne nomme pas autrement", "unlinked_reason": NOT_VERIFIED}),
    (SEAFOOD, "produits de la mer japonais", "Japanese seafood", "object",
     {"unlinked_reason": "goods in general, not one Wikidata item"}),
    (TEPCO, "Tepco", "Tokyo Electric Power Company", "organization",
     {"description": "opérateur de la centrale de Fukushima", "unlinked_reason": NOT_VERIFIED}),
    (JP_GOV, "gouvernement japonais", "Government of Japan", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (CN_EMBASSY, "ambassade de Chine au Japon", "Embassy of China in Japan", "organization",
     {"description": "l’ambassade auprès de laquelle Tokyo proteste", "unlinked_reason": NOT_VERIFIED}),
    (IAEA, "Agence internationale de l’énergie atomique", "International Atomic Energy Agency", "organization",
     {"description": "agence onusienne, AIEA", "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (GROSSI, "Rafael Grossi", "Rafael Grossi", "person",
     {"description": "directeur général de l’AIEA", "unlinked_reason": NOT_VERIFIED}),
    (EXPERTS, "experts de l’AIEA", "IAEA experts", "group",
     {"description": "experts de l’AIEA présents à la centrale",
      "unlinked_reason": "an unnamed group of experts, not one Wikidata item"}),
    (PROTESTERS, "manifestants de Séoul", "protesters in Seoul", "group",
     {"description": "des centaines de manifestants rassemblés devant l’ambassade du Japon à Séoul",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (JP_EMBASSY, "ambassade du Japon à Séoul", "Embassy of Japan in Seoul", "place",
     {"description": "le bâtiment devant lequel les manifestants se rassemblent", "unlinked_reason": NOT_VERIFIED}),
    (POLICE, "police sud-coréenne", "South Korean police", "organization",
     {"description": "la police qui intervient à Séoul", "unlinked_reason": NOT_VERIFIED}),
    (STUDENTS, "seize étudiants interpellés", "sixteen arrested students", "group",
     {"description": "étudiants interpellés alors qu’ils tentaient de pénétrer dans l’ambassade du Japon",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization", {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (SK_GOV, "gouvernement sud-coréen", "Government of South Korea", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (ROSSEL, "Rosselkhoznadzor", "Rosselkhoznadzor", "organization",
     {"description": "service sanitaire russe (agriculture et produits alimentaires)",
      "unlinked_reason": NOT_VERIFIED}),
    (MINISTERS, "ministres japonais concernés", "the Japanese ministers concerned", "group",
     {"description": "ministres japonais que l’article ne nomme pas",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (FISHERMEN, "pêcheurs de Fukushima", "Fukushima fishermen", "group",
     {"unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (FUKUSHIMA, "préfecture de Fukushima", "Fukushima Prefecture", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CATCH, "prises des pêcheurs de Fukushima", "the Fukushima fishermen's catch", "object",
     {"unlinked_reason": "goods in general, not one Wikidata item"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Japon a commencé jeudi à rejeter dans l’océan Pacifique les eaux traitées de la centrale ... Fukushima,
    ("Japon", "Le Japon a commencé", JAPAN, "name"),
    ("océan Pacifique", None, PACIFIC, "name"),
    ("les eaux traitées", None, WATER, "nominal"),
    ("la centrale nucléaire accidentée de Fukushima", None, PLANT, "nominal"),
    # une opération aussitôt dénoncée par la Chine, qui a suspendu le jour même ... produits de la mer japonais.
    ("Chine", "dénoncée par la Chine", CHINA, "name"),
    ("produits de la mer japonais", None, SEAFOOD, "nominal"),
    # Le déversement a débuté en début d’après-midi, a annoncé l’opérateur de la centrale, Tepco.
    ("l’opérateur de la centrale", None, TEPCO, "nominal"),
    ("la centrale", "l’opérateur de la centrale", PLANT, "nominal"),
    ("Tepco", None, TEPCO, "name"),
    # Quelque 1,3 million de tonnes d’eau, accumulées depuis la catastrophe de mars 2011, doivent ...
    ("Quelque 1,3 million de tonnes d’eau", None, WATER, "nominal"),
    # Le gouvernement japonais avait fixé mardi la date de ces rejets.
    ("Le gouvernement japonais", None, JP_GOV, "nominal"),
    # « Le Japon ne doit pas ... », a réagi le ministère chinois des Affaires étrangères ..., accusant Tokyo ...
    ("Japon", "« Le Japon ne doit", JAPAN, "name"),
    ("le ministère chinois des Affaires étrangères", None, CN_MFA, "nominal"),
    ("Tokyo", "accusant Tokyo", JAPAN, "metonym"),
    ("Pacifique", "traiter le Pacifique", PACIFIC, "name"),
    # Tokyo a aussitôt protesté auprès de l’ambassade de Chine et réclamé la levée de la mesure.
    ("Tokyo", "Tokyo a aussitôt", JAPAN, "metonym"),
    ("l’ambassade de Chine", None, CN_EMBASSY, "nominal"),
    ("Chine", "ambassade de Chine", CHINA, "name"),
    # « Cette décision ..., a déclaré à la presse le Premier ministre Fumio Kishida. Nous demandons à Pékin ... »
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Nous", "Nous demandons", JAPAN, "pronoun"),
    ("Pékin", None, CHINA, "metonym"),
    # Le chef du gouvernement, qui ne s’est pas rendu sur le site, a rappelé que l’Agence internationale ... (AIEA)
    ("Le chef du gouvernement", None, KISHIDA, "nominal"),
    ("gouvernement", "Le chef du gouvernement", JP_GOV, "nominal"),
    ("le site", None, PLANT, "nominal"),
    ("Agence internationale de l’énergie atomique", None, IAEA, "name"),
    ("AIEA", None, IAEA, "name"),
    # Le directeur général de l’agence onusienne, Rafael Grossi, a assuré que ses experts, ... contrôleraient ...
    ("Le directeur général de l’agence onusienne", None, GROSSI, "nominal"),
    ("l’agence onusienne", None, IAEA, "nominal"),
    ("Rafael Grossi", None, GROSSI, "name"),
    ("ses experts", None, EXPERTS, "nominal"),
    # « Nous resterons jusqu’à ce que la dernière goutte soit évacuée », a-t-il promis.
    ("Nous", "« Nous resterons", IAEA, "pronoun"),
    ("il", "a-t-il promis", GROSSI, "pronoun"),
    # À Séoul, des centaines de manifestants ... devant l’ambassade du Japon et la police a interpellé seize ...
    ("Séoul", None, SEOUL, "name"),
    ("des centaines de manifestants", None, PROTESTERS, "nominal"),
    ("l’ambassade du Japon", None, JP_EMBASSY, "nominal"),
    ("Japon", "l’ambassade du Japon", JAPAN, "name"),
    ("la police", None, POLICE, "nominal"),
    ("seize étudiants", None, STUDENTS, "nominal"),
    ("y", "d’y pénétrer", JP_EMBASSY, "pronoun"),
    ("Yonhap", None, YONHAP, "name"),
    # Le gouvernement sud-coréen s’est, lui, gardé de critiquer son voisin.
    ("Le gouvernement sud-coréen", None, SK_GOV, "nominal"),
    ("lui", "s’est, lui, gardé", SK_GOV, "pronoun"),
    ("son voisin", None, JAPAN, "nominal"),
    # Moscou pourrait suivre : le service sanitaire russe Rosselkhoznadzor a dit « envisager » des restrictions ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("Rosselkhoznadzor", None, ROSSEL, "name"),
    ("ces mêmes produits", None, SEAFOOD, "nominal"),
    # Les ministres japonais concernés doivent se réunir lundi à Tokyo pour arrêter un plan d’aide aux pêcheurs ...
    ("Les ministres japonais concernés", None, MINISTERS, "nominal"),
    ("Tokyo", "lundi à Tokyo", TOKYO, "name"),
    ("pêcheurs de Fukushima", None, FISHERMEN, "nominal"),
    ("Fukushima", "pêcheurs de Fukushima", FUKUSHIMA, "name"),
    ("leurs prises", None, CATCH, "nominal"),
]

PUB_DAY = "The publication day, Thursday 24 August 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2023-08-24", "day", "weekday-publication-day",
     "« Le Japon a commencé jeudi à rejeter »: " + PUB_DAY),
    ("t-same-day", ("le jour même", None), "2023-08-24", "day", "same-day",
     "« qui a suspendu le jour même »: the day of the release the sentence dates, the lede's Thursday. " + PUB_DAY),
    ("t-afternoon", ("en début d’après-midi", None), "2023-08-24", "day", "part-of-day",
     "« Le déversement a débuté en début d’après-midi »: the early afternoon of the lede's Thursday. It restates "
     "the start of the release, which already takes « jeudi », so it is attached to nothing. " + PUB_DAY),
    ("t-march-2011", ("mars 2011", None), "2011-03", "month", "explicit-month-year",
     "« la catastrophe de mars 2011 »: a month and a year written out; no day is implied."),
    ("t-thirty-years", ("une trentaine d’années", None), None, "duration", "vague-duration",
     "« doivent ainsi être évacuées en une trentaine d’années »: about thirty years from now, the length of the "
     "planned evacuation; « une trentaine » is not an exact number."),
    ("t-tuesday", ("mardi", None), "2023-08-22", "day", "weekday-past",
     "Pluperfect « avait fixé mardi »: the Tuesday before the publication day: 22 August 2023."),
    ("t-july", ("en juillet", None), "2023-07", "month", "month-past",
     "Pluperfect « avait jugé en juillet »: the last July before August 2023, July 2023."),
    ("t-monday", ("lundi", None), "2023-08-28", "day", "weekday-future",
     "Future « doivent se réunir lundi »: the Monday after the publication day: 28 August 2023."),
]

MFA_EVIDENCE = ("« Le Japon ne doit", "un « égout ».")
KISHIDA_EVIDENCE = ("« Cette décision", "sans délai. »")
SEOUL_EVIDENCE = ("À Séoul", "agence Yonhap.")

EVENTS: list[dict[str, Any]] = [
    event("e-release", "Event", "Japan begins releasing the Fukushima plant's treated water into the Pacific",
          ("rejeter", None), [("agent", JAPAN), ("theme", WATER)], place=PACIFIC, time="t-thursday",
          according_to=[TEPCO],
          note="« Le Japon a commencé jeudi à rejeter dans l’océan Pacifique les eaux traitées »: the release is the "
               "event, « a commencé » its start (one event, the infinitive its trigger, as the release « rejet » in "
               "gold/kishida-xi-san-francisco-2023-11-17). Japan is the agent as written; the water the theme; the "
               "ocean the place. Restated by « une opération » (same sentence), « Le déversement a débuté en début "
               "d’après-midi » (Tepco's announcement, hence according_to), « ces rejets » and « chaque rejet »."),
    event("e-ban", "Sanction", "China suspends all imports of Japanese seafood the same day", ("a suspendu", None),
          [("agent", CHINA), ("recipient", JAPAN), ("theme", SEAFOOD)], time="t-same-day",
          note="« la Chine, qui a suspendu le jour même toutes ses importations de produits de la mer japonais »: a "
               "relative clause in the article's own voice. Japan, whose products are targeted, is the recipient "
               "(from « japonais », as the August embargo in gold). Restated by « la mesure », « Cette décision » and "
               "« la » in « la retirer »."),
    event("e-disaster", "Event", "The March 2011 disaster at the Fukushima plant", ("catastrophe", None),
          [("participant", PLANT)], place=PLANT, time="t-march-2011",
          note="« depuis la catastrophe de mars 2011 »: a nominal past event; the plant is the one « accidentée »."),
    event("e-accumulation", "Event", "Treated water accumulated at the plant since the 2011 disaster",
          ("accumulées", None), [("participant", PLANT), ("theme", WATER)], place=PLANT,
          note="« Quelque 1,3 million de tonnes d’eau, accumulées depuis la catastrophe »: a participle in the "
               "article's own voice; « depuis » alone gives no time (the disaster has its own). No actor is "
               "written: the plant is the participant and the water the theme, as the release with no actor in "
               "gold/kishida-xi-san-francisco-2023-11-17 (the shapes need one role besides the theme)."),
    event("e-evacuation", "Event", "Some 1.3 million tonnes of water to be discharged over about thirty years",
          ("évacuées", "doivent ainsi être évacuées"), [("agent", JAPAN), ("theme", WATER)], status="planned",
          place=PACIFIC, time="t-thirty-years",
          note="A passive with no agent written and « doivent »: planned. « ainsi » ties it to the release that "
               "began, whose agent (Japan, implied) and place (the Pacific) it takes. It is the whole programme, "
               "« le projet » the IAEA judged and « la dernière goutte » in Grossi's quote; the Thursday release "
               "is its start (no part_of: one is planned, the other occurred)."),
    event("e-date-set", "Event", "The Japanese government had set the date of the releases on Tuesday",
          ("avait fixé", None), [("agent", JP_GOV)], time="t-tuesday",
          note="Pluperfect, in the article's own voice. « la date de ces rejets » is what was set (no entity)."),
    event("e-selfish", "Event", "Japan must not put its selfish interests before humanity's well-being",
          ("faire passer", None), [("agent", JAPAN)], status="proposed", according_to=[CN_MFA],
          note="« Le Japon ne doit pas faire passer ses intérêts égoïstes avant le bien-être de l’humanité »: an "
               "injunction not to do something, an urged abstention: proposed (as « appelé Washington à ne pas « "
               "franchir les lignes rouges » » in gold)."),
    event("e-sewer", "Event", "Japan treats the Pacific as a « sewer » (China's accusation)", ("traiter", None),
          [("agent", JAPAN), ("theme", PACIFIC)], status="suspected", according_to=[CN_MFA],
          note="« accusant Tokyo de traiter le Pacifique comme un « égout » »: an accusation, suspected (as « en "
               "accusant les États-Unis de chercher à « étouffer » » in gold). « Tokyo » is Japan."),
    event("e-lifting", "Event", "The lifting of China's ban that Tokyo demands", ("levée", None),
          [("agent", CHINA)], status="proposed", according_to=[JAPAN, KISHIDA],
          note="« réclamé la levée de la mesure »: asked for, not granted: proposed (as « la levée « immédiate » de "
               "l’embargo » in gold). Kishida's « Nous demandons à Pékin de la retirer sans délai » restates it "
               "(« sans délai » a manner, not a time)."),
    event("e-kishida-no-visit", "Visit", "Kishida did not go to the plant", ("rendu", None), [("agent", KISHIDA)],
          status="negated", place=PLANT,
          note="« qui ne s’est pas rendu sur le site »: negated, in the article's own voice; « le site » is the "
               "plant."),
    event("e-monitoring", "Event", "IAEA experts will monitor each release", ("contrôleraient", None),
          [("agent", EXPERTS)], status="planned", place=PLANT, according_to=[GROSSI],
          note="« a assuré que ses experts, présents sur place, contrôleraient chaque rejet »: a future in the past "
               "inside an assurance: planned (as « Washington sanctionnerait » in gold). « sur place » places them "
               "at the plant; « chaque rejet » restates the releases (no entity)."),
    event("e-iaea-stay", "Event", "The IAEA will stay until the last drop is discharged", ("resterons", None),
          [("agent", IAEA)], status="planned", place=PLANT, according_to=[GROSSI],
          note="« Nous resterons jusqu’à ce que la dernière goutte soit évacuée »: a promise, planned; « Nous » is the "
               "agency Grossi speaks for. The place is the site, from the sentence before (« présents sur place »). "
               "The evacuation of « la dernière goutte » restates e-evacuation."),
    event("e-rally", "Event", "Hundreds of protesters rally in front of the Japanese embassy in Seoul",
          ("se sont rassemblés", None), [("agent", PROTESTERS)], place=SEOUL, according_to=[YONHAP],
          evidence=SEOUL_EVIDENCE,
          note="« À Séoul »: the city (Q8684); « devant l’ambassade du Japon » is in front of, not in, so the place "
               "is the city. No weekday is written: no time. « selon l’agence Yonhap » covers both clauses."),
    event("e-arrests", "Event", "Police arrest sixteen students in Seoul", ("a interpellé", None),
          [("agent", POLICE), ("recipient", STUDENTS)], place=SEOUL, according_to=[YONHAP], evidence=SEOUL_EVIDENCE,
          note="« et la police a interpellé seize étudiants »: the second clause of the fronted « À Séoul »."),
    event("e-entry-attempt", "Event", "The students tried to enter the Japanese embassy", ("tentaient", None),
          [("agent", STUDENTS)], place=JP_EMBASSY, according_to=[YONHAP],
          note="« qui tentaient d’y pénétrer »: the attempt happened (occurred); « y » is the embassy, the place they "
               "tried to enter (a destination as place, as « se rendre à » in gold). That they did not get in is "
               "implied, not written: no negated entry."),
    event("e-russian-restrictions", "Sanction", "Russia may restrict imports of Japanese seafood too",
          ("restrictions", None), [("agent", RUSSIA), ("recipient", JAPAN), ("theme", SEAFOOD)],
          status="hypothetical", according_to=[ROSSEL],
          note="« Moscou pourrait suivre : le service sanitaire russe Rosselkhoznadzor a dit « envisager » des "
               "restrictions sur ces mêmes produits »: one measure, considered and not decided: hypothetical. « "
               "suivre » (follow China's ban) announces the same restrictions in the article's voice and is not a "
               "second event; « Moscou » gives Russia as the state that would impose them, the service is the "
               "source."),
    event("e-ministers-meeting", "Meeting", "Japanese ministers to meet in Tokyo on Monday", ("se réunir", None),
          [("participant", MINISTERS)], status="planned", place=TOKYO, time="t-monday",
          note="« Les ministres japonais concernés doivent se réunir lundi à Tokyo »: planned; Tokyo is the city."),
    event("e-aid-plan", "Event", "The ministers are to adopt an aid plan for Fukushima's fishermen",
          ("arrêter", None), [("agent", MINISTERS), ("recipient", FISHERMEN)], status="planned", place=TOKYO,
          time="t-monday", part_of="e-ministers-meeting",
          note="« pour arrêter un plan d’aide aux pêcheurs de Fukushima »: the purpose of the planned meeting, "
               "planned, with its day and place; « un plan d’aide » is what would be adopted (no entity, no "
               "separate Delivery: no aid is described)."),
    event("e-unsold-catch", "Event", "Fukushima fishermen may no longer be able to sell their catch",
          ("écouler", None), [("agent", FISHERMEN), ("theme", CATCH)], status="hypothetical",
          according_to=[FISHERMEN],
          note="« qui redoutent de ne plus pouvoir écouler leurs prises »: a fear, not a fact: hypothetical (as « "
               "redoutent que ces frappes ne s’intensifient » in gold)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-china-denounces", "Statement", "China denounces the release", CHINA, ("dénoncée", None), [],
           about=["e-release"],
           note="« une opération aussitôt dénoncée par la Chine »: a passive speech act, China its speaker; « "
                "aussitôt » is no time (as « a aussitôt raillé » in gold)."),
    speech("s-tepco", "Statement", "Tepco announces that the discharge began in the early afternoon", TEPCO,
           ("a annoncé", None), [], about=["e-release"],
           note="« Le déversement a débuté en début d’après-midi, a annoncé l’opérateur de la centrale, Tepco »: the "
                "source after the clause; the afternoon dates the discharge, not the announcement: no time."),
    speech("s-mfa-selfish", "Statement", "China's foreign ministry: Japan must not put its selfish interests first",
           CN_MFA, ("a réagi", None),
           [("Le Japon ne doit pas faire passer ses intérêts égoïstes avant le bien-être de l’humanité", None)],
           evidence=MFA_EVIDENCE, about=["e-selfish", "e-release"],
           note="A quote first, « a réagi ... dans un communiqué » (the communiqué is no entity); no weekday: no "
                "time."),
    speech("s-mfa-sewer", "Statement", "China's foreign ministry accuses Tokyo of treating the Pacific as a « sewer »",
           CN_MFA, ("accusant", None), [("égout", None)], evidence=MFA_EVIDENCE, about=["e-sewer", "e-release"],
           note="A participle with its own guillemets: a second speech act of the ministry, as in gold."),
    speech("s-tokyo-protest", "Statement", "Tokyo protests to the Chinese embassy", JAPAN, ("protesté", None), [],
           addressee=CN_EMBASSY, about=["e-ban"],
           note="« Tokyo a aussitôt protesté auprès de l’ambassade de Chine »: Japan (a metonym) speaks to the "
                "embassy, its addressee. « aussitôt »: no time."),
    speech("s-tokyo-demand", "Statement", "Tokyo demands the lifting of the ban", JAPAN, ("réclamé", None), [],
           about=["e-lifting", "e-ban"],
           note="« et réclamé la levée de la mesure »: a second verb joined by « et », a second speech act; « la "
                "mesure » is the ban."),
    speech("s-kishida", "Statement", "Kishida: the decision is unacceptable; Japan asks Beijing to withdraw it",
           KISHIDA, ("a déclaré", None),
           [("Cette décision est totalement inacceptable", None),
            ("Nous demandons à Pékin de la retirer sans délai.", None)],
           evidence=KISHIDA_EVIDENCE, about=["e-ban", "e-lifting"],
           note="One quote split around « a déclaré à la presse le Premier ministre Fumio Kishida. » with a sentence "
                "end in the split: one speech act, two quotes (the second keeps its full stop), as in gold. « Nous » "
                "is Japan, « Pékin » China; « Cette décision » and « la » restate the ban (no mentions). « la presse » "
                "is generic (no addressee); no weekday: no time."),
    speech("s-kishida-recalls", "Statement", "Kishida recalls that the IAEA judged the plan compliant in July",
           KISHIDA, ("a rappelé", None), [], about=["s-iaea-judgement", "e-evacuation"],
           note="« Le chef du gouvernement ... a rappelé que ... »: indirect speech, no quote."),
    speech("s-iaea-judgement", "Statement", "The IAEA judged in July the plan compliant with international standards",
           IAEA, ("avait jugé", None), [], time="t-july", according_to=[KISHIDA], about=["e-evacuation"],
           note="« l’Agence internationale de l’énergie atomique (AIEA) avait jugé en juillet le projet conforme aux "
                "normes internationales »: a pluperfect judgement recalled by Kishida (according_to). « le projet » "
                "is the planned evacuation."),
    speech("s-grossi-assurance", "Assurance", "Grossi assures that the agency's experts will monitor each release",
           GROSSI, ("a assuré", None), [], about=["e-monitoring"],
           note="« Le directeur général de l’agence onusienne, Rafael Grossi »: a role noun in apposition with « "
                "l’agence onusienne » (the IAEA) inside. No weekday: no time."),
    speech("s-grossi-promise", "Assurance", "Grossi promises the IAEA will stay until the last drop", GROSSI,
           ("promis", None), [("Nous resterons jusqu’à ce que la dernière goutte soit évacuée", None)],
           about=["e-iaea-stay", "e-evacuation"],
           note="A quote first, « a-t-il promis »; « il » is Grossi, « Nous » the agency."),
    speech("s-yonhap", "Report", "Yonhap reports the rally and the arrests in Seoul", YONHAP, ("selon", None), [],
           evidence=SEOUL_EVIDENCE, about=["e-rally", "e-arrests", "e-entry-attempt"],
           note="« selon l’agence Yonhap » at the end of a sentence of two clauses: it covers both."),
    speech("s-sk-no-criticism", "SpeechAct", "The South Korean government refrains from criticising Japan", SK_GOV,
           ("critiquer", None), [], status="negated", about=["e-release"],
           note="« Le gouvernement sud-coréen s’est, lui, gardé de critiquer son voisin »: a criticism that was not "
                "made, a negated speech act (as « sans préciser » in gold); « lui » is emphatic, « son voisin » "
                "Japan, the one not criticised (not an addressee)."),
    speech("s-rossel", "Statement", "Rosselkhoznadzor says it is considering restrictions on Japanese seafood",
           ROSSEL, ("a dit", None), [("envisager", None)], about=["e-russian-restrictions"],
           note="« le service sanitaire russe Rosselkhoznadzor a dit « envisager » des restrictions »: a title "
                "before the name; a one-word quote. No time."),
    speech("s-rossel-timetable", "SpeechAct", "Rosselkhoznadzor gives no timetable", ROSSEL, ("préciser", None), [],
           status="negated", about=["e-russian-restrictions"],
           note="« sans préciser de calendrier »: a negated speech act, as in gold."),
    speech("s-fishermen-fear", "Statement", "Fukushima fishermen fear they can no longer sell their catch",
           FISHERMEN, ("redoutent", None), [], about=["e-unsold-catch"],
           note="A fear in a relative clause, a Statement with no quote (as « redoutent que » in gold)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
