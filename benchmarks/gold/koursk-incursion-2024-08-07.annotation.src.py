"""Held-out annotation of koursk-incursion-2024-08-07.txt (written for the eighteenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/koursk-incursion-2024-08-07.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/koursk-incursion-2024-08-07.annotation.src.py --check

From held-out set 18 (moved to gold in session 17; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "koursk-incursion-2024-08-07.txt"

NOTE = """\
Held-out-18 article: on Wednesday 7 August 2024, the day after the Ukrainian army crossed into Russia's Kursk \
region, Vladimir Putin denounces a « large-scale provocation » at a meeting with his security officials and tasks \
the government with helping the evacuees; the Russian general staff says about a thousand Ukrainian soldiers and \
some twenty armoured vehicles crossed the border near Sudzha on Tuesday morning, and its chief Valery Gerasimov \
assures Putin the advance has been stopped, while Russian military bloggers speak of villages taken; Kyiv does not \
comment, and a Ukrainian presidential adviser only recalls Russia's daily strikes from the region; the acting \
governor Alexei Smirnov reports more than 3,000 civilians evacuated after he declared a state of emergency \
overnight, and five people may have been killed; the White House says it was not warned and Matthew Miller says \
Washington will talk to the Ukrainians and that US policy has not changed; Moscow accuses the West of complicity, \
Russia's Security Council is to meet on Thursday according to the Kremlin, which does not rule out new \
evacuations; Beijing calls for restraint and Minsk says it is reinforcing its border. Published Wednesday 7 August \
2024 (the file gives the day). The incursion, Putin's meeting and his « provocation », Gerasimov's claim, \
Sudzha, Smirnov's state of emergency and Miller's « talk to the Ukrainians » follow the real events loosely; the \
exact quotes, the figures (a thousand soldiers, twenty vehicles, 3,000 evacuees, five dead), the adviser, the \
bloggers' villages, the Thursday Security Council meeting and the reactions of Beijing and Minsk are invented or \
simplified.
What it exercises: a denunciation on the publication day with a quoted noun phrase and a nominal event with its \
agent and place (« a dénoncé mercredi une « provocation de grande ampleur » après l’incursion de l’armée \
ukrainienne dans la région russe de Koursk »: the incursion, the Ukrainian army the agent, Russia the recipient as \
in gold/echange-prisonniers-emirats-2024-08-24) and a relative ongoing fighting with an ordinal that is no time (« \
où les combats se poursuivaient pour le deuxième jour »); a two-sentence quote split around « a déclaré le \
président russe lors d’une réunion avec ses responsables de la sécurité » (one speech act, two quote parts; the \
meeting a nominal event) with « Le régime ukrainien » and its pronoun « Il » for Ukraine and an accusation inside \
(« Il tire sans discernement sur ... »: suspected, according to Putin); a pronoun subject and an instruction to an \
institution with an infinitive (« Il a chargé le gouvernement d’aider les habitants évacués »: a speech act \
addressed to the government of Russia, the aid planned); « Selon l’état-major russe » over two plural subjects \
joined by « et » with a part of a past day and a town (« un millier de soldats ukrainiens et une vingtaine de \
blindés ont franchi mardi matin la frontière près de la ville de Soudja »: « la frontière » no mention); a \
possessive role noun and a titled name in apposition assuring a titled name (« Son chef, le général Valéri \
Guerassimov, a assuré à M. Poutine ») of a pluperfect passive with a one-word quote and a future in the past with \
another (« que leur progression avait été « stoppée » et que l’ennemi serait « défait » »: one speech act, two \
quotes; the halt suspected, the defeat hypothetical); a contradicting report with « pourtant » and a nominal \
capture (« Des blogueurs militaires russes évoquent pourtant la prise de plusieurs villages »: suspected); a \
metonym's negated comment (« Kiev n’a pas commenté l’opération »: « l’opération » restates the incursion); a \
fronted participle with the agency (« Interrogé par l’AFP », AFP the addressee) and « s’est borné à rappeler que » \
with an imperfect of habit (« la Russie frappait chaque jour l’Ukraine depuis cette région »: « chaque jour » a \
frequency, no time); an evacuation sourced after the clause to a role noun and a name in apposition with a \
relative pluperfect and a night that ends on the publication day (« qui avait décrété l’état d’urgence dans la \
nuit de mardi à mercredi »); a conditional toll with « dont » (« Cinq personnes auraient été tuées, dont un \
ambulancier »: hypothetical); « À Washington » (the city) with a building metonym and a negated passive infinitive \
(« la Maison Blanche a affirmé ne pas avoir été prévenue »: a negated speech act of Ukraine addressed to the White \
House, according to the White House); a quote first with « Nous » for the United States and « aux Ukrainiens » \
for Ukraine under a role noun and a name in apposition, then a participle with a quote that holds the negation (« \
ajoutant que la politique américaine n’avait « pas changé » »: a second speech act; the change negated); a \
metonym's accusation of a group (complicity suspected); a planned meeting on a future weekday sourced after the \
clause to the Kremlin, with a relative « qui n’exclut pas de nouvelles évacuations » (a Statement; the \
evacuations hypothetical); a metonym's call with a one-word quote (no restraint event) and « tandis que » with a \
second metonym's « a dit renforcer » (the reinforcement occurred, according to Belarus).
Places and metonyms. « Kiev » is Ukraine (Q212): it comments (or not). « Moscou » is Russia (Q159) and « Pékin » \
China (Q148), « Minsk » Belarus (Q184): states that accuse, call and say. « À Washington » opens the reaction of \
an office in the city: the city (Q61), as « À Washington » in gold; « la Maison Blanche » is the US presidency, a \
local metonym as in gold/camp-david-trilaterale-2023-08-18. « le Kremlin » (a source, not a place) is the \
presidential administration (Q2060629). « la région russe de Koursk », « cette région » and « la région » (in the \
governor's title) are nominal mentions of the Kursk region (a local place); « Koursk » inside only names it (gold \
convention of the eighth held-out set). « Soudja » is the town near which the border was crossed (local); « la \
ville de Soudja » has only the name as a mention, as « le port de Haiphong ». « la frontière » and « sa frontière \
» are no mentions.
Mentions. « Le régime ukrainien » is Ukraine (Q212), as « le régime nord-coréen » is North Korea in gold, and « \
Il » (Il tire) is that regime; « Il » (Il a chargé) is Putin. « le gouvernement » is the government of Russia \
(Q1140115). « ses responsables de la sécurité » is a local group (the possessive phrase as a whole, as « ses \
alliés » in gold). « les habitants évacués » and « plus de 3 000 civils » are one local group, the evacuees. « un \
millier de soldats ukrainiens » and « l’ennemi » (Gerasimov's word for the troops whose advance he says was \
stopped) are one local group; « leur » is a possessive. « Son chef » is Gerasimov (a possessive role noun, as « \
Son président en exercice » in gold); « le général » before his name is part of the name's phrase, as « M. » in « \
M. Poutine ». « un conseiller de la présidence ukrainienne » and « le porte-parole du département d’État » are \
role nouns whose institution is a title's part (no mention, as « la porte-parole de la diplomatie russe » in \
gold). « Ukrainiens » in « aux Ukrainiens » (fused « aux », from the noun) stands for Ukraine's leadership: Ukraine \
(Q212), nominal. « Les autorités » are the regional authorities (a local group), « Cinq personnes » the victims \
(a local group) and « un ambulancier » one of them (a local person). Not mentions: « les combats », « une \
nouvelle provocation », « l’opération », « leur progression », « l’état d’urgence », « la politique américaine », \
« leurs objectifs », possessives.
Statuses. The incursion, the fighting, the meeting, the crossing, the Russian strikes on Ukraine (recalled with « \
rappeler »), the evacuation, the state of emergency and Belarus's reinforcement are occurred; the Ukrainian fire \
on civilian buildings (Putin's accusation), the halt of the advance (Gerasimov's claim, contradicted by the \
bloggers), the capture of villages (the bloggers' claim, set against Gerasimov's by « pourtant ») and the \
complicity of the West are suspected; the defeat (« serait « défait » »), the deaths (« auraient été tuées ») and \
the new evacuations (« n’exclut pas ») are hypothetical; the government's aid (ordered) and the Security Council \
meeting (« doit se réunir ») and the US talks with Ukraine (« Nous allons parler ») are planned; the change of US \
policy is negated; the warning to the White House and Kyiv's comment are negated speech acts.
Times. « mercredi » is the publication day, Wednesday 7 August 2024 (weekday-publication-day); « mardi matin » \
Tuesday 6 August 2024 (part-of-day); « dans la nuit de mardi à mercredi » one time, Wednesday 7 August (after \
midnight, the gold convention for nights); « jeudi » Thursday 8 August 2024 (weekday-future). « pour le deuxième \
jour » is an ordinal and « chaque jour » a frequency: no times. The fighting, the meeting and the quoted statement \
take the Wednesday of the denunciation (the lede's « mercredi » dates the provocation the quote restates). The \
incursion has no time of its own: its start is the crossing of Tuesday morning.
Russia, Ukraine, Putin, the government of Russia, AFP, Washington (the city), the United States, the Kremlin, \
China and Belarus are linked; the Ukrainian army, the Kursk region, the security officials, the evacuees, the \
Russian general staff, the Ukrainian soldiers, the armoured vehicles, Sudzha, Gerasimov, the bloggers, the \
villages, the adviser, the regional authorities, Smirnov, the victims, the paramedic, the White House, Matthew \
Miller, the Westerners, the Security Council of Russia and the buildings and ambulances are local, unlinked."""

PUTIN, RUSSIA, UKRAINE, US, WASHINGTON = "Q7747", "Q159", "Q212", "Q30", "Q61"
GOV_RU, AFP, KREMLIN, CHINA, BELARUS = "Q1140115", "Q40464", "Q2060629", "Q148", "Q184"
UA_ARMY, KURSK, SEC_OFFICIALS = "local:ukrainian-army", "local:kursk-region", "local:russian-security-officials"
BUILDINGS, AMBULANCES, EVACUEES = "local:residential-buildings", "local:ambulances", "local:kursk-evacuees"
GENSTAFF, UA_SOLDIERS, ARMOUR = "local:russian-general-staff", "local:ukrainian-soldiers-kursk", \
    "local:ukrainian-armoured-vehicles"
SUDZHA, GERASIMOV, BLOGGERS, VILLAGES = "local:sudzha", "local:valery-gerasimov", "local:russian-military-bloggers", \
    "local:kursk-villages"
ADVISER, AUTHORITIES, SMIRNOV = "local:ukrainian-presidential-adviser", "local:kursk-authorities", \
    "local:alexei-smirnov"
VICTIMS, PARAMEDIC, WHITE_HOUSE, MILLER = "local:kursk-victims", "local:killed-paramedic", "local:white-house", \
    "local:matthew-miller"
WESTERNERS, RU_SC = "local:westerners", "local:security-council-of-russia"

NOT_GROUP = "an unnamed group, not one Wikidata item"
NOT_OBJECT = "a set of things with no Wikidata item"

DESCRIPTIONS = {KREMLIN: "l’institution que désigne « le Kremlin »",
                GOV_RU: "le gouvernement que Vladimir Poutine charge d’aider les évacués"}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (UA_ARMY, "armée ukrainienne", "Armed Forces of Ukraine", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (KURSK, "région de Koursk", "Kursk Oblast", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SEC_OFFICIALS, "responsables russes de la sécurité", "Russian security officials", "group",
     {"description": "les responsables de la sécurité réunis par Vladimir Poutine", "unlinked_reason": NOT_GROUP}),
    (BUILDINGS, "immeubles d’habitation", "residential buildings", "object",
     {"description": "les immeubles sur lesquels l’Ukraine tire, selon Vladimir Poutine",
      "unlinked_reason": NOT_OBJECT}),
    (AMBULANCES, "ambulances", "ambulances", "object",
     {"description": "les ambulances sur lesquelles l’Ukraine tire, selon Vladimir Poutine",
      "unlinked_reason": NOT_OBJECT}),
    (EVACUEES, "civils évacués de la région de Koursk", "civilians evacuated from the Kursk region", "group",
     {"description": "les habitants évacués, plus de 3 000 civils", "unlinked_reason": NOT_GROUP}),
    (GENSTAFF, "état-major russe", "General Staff of the Russian Armed Forces", "organization",
     {"unlinked_reason": NOT_VERIFIED + "; Q193159 (the armed forces) is not the general staff"}),
    (UA_SOLDIERS, "soldats ukrainiens entrés dans la région de Koursk", "Ukrainian soldiers in the Kursk region",
     "group", {"description": "un millier de soldats, « l’ennemi » de Valéri Guerassimov",
               "unlinked_reason": NOT_GROUP}),
    (ARMOUR, "blindés ukrainiens", "Ukrainian armoured vehicles", "object",
     {"description": "une vingtaine de blindés entrés avec les soldats", "unlinked_reason": NOT_OBJECT}),
    (SUDZHA, "Soudja", "Sudzha", "place", {"unlinked_reason": NOT_VERIFIED}),
    (GERASIMOV, "Valéri Guerassimov", "Valery Gerasimov", "person",
     {"description": "chef de l’état-major russe", "unlinked_reason": NOT_VERIFIED}),
    (BLOGGERS, "blogueurs militaires russes", "Russian military bloggers", "group",
     {"description": "blogueurs que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (VILLAGES, "villages de la région de Koursk", "villages of the Kursk region", "place",
     {"description": "plusieurs villages pris, selon les blogueurs", "unlinked_reason": "unnamed villages, not one "
                                                                                     "Wikidata item"}),
    (ADVISER, "conseiller de la présidence ukrainienne", "Ukrainian presidential adviser", "person",
     {"unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (AUTHORITIES, "autorités de la région de Koursk", "Kursk regional authorities", "group",
     {"unlinked_reason": NOT_GROUP}),
    (SMIRNOV, "Alexeï Smirnov", "Alexei Smirnov", "person",
     {"description": "gouverneur par intérim de la région de Koursk", "unlinked_reason": NOT_VERIFIED}),
    (VICTIMS, "cinq personnes tuées", "five people killed", "group", {"unlinked_reason": NOT_GROUP}),
    (PARAMEDIC, "ambulancier tué", "killed paramedic", "person",
     {"description": "un des cinq morts", "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (WESTERNERS, "les Occidentaux", "the West", "group",
     {"description": "les pays occidentaux que Moscou accuse", "unlinked_reason": NOT_GROUP}),
    (RU_SC, "Conseil de sécurité de la fédération de Russie", "Security Council of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED + "; not the UN Security Council (Q37470)"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Vladimir Poutine a dénoncé mercredi une « provocation ... » après l’incursion de l’armée ukrainienne ...
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("l’armée ukrainienne", None, UA_ARMY, "nominal"),
    ("la région russe de Koursk", None, KURSK, "nominal"),
    # « Le régime ukrainien ..., a déclaré le président russe lors d’une réunion avec ses responsables ... »
    ("Le régime ukrainien", None, UKRAINE, "nominal"),
    ("le président russe", None, PUTIN, "nominal"),
    ("ses responsables de la sécurité", None, SEC_OFFICIALS, "nominal"),
    ("Il", "Il tire", UKRAINE, "pronoun"),
    ("des immeubles d’habitation", None, BUILDINGS, "nominal"),
    ("des ambulances", None, AMBULANCES, "nominal"),
    # Il a chargé le gouvernement d’aider les habitants évacués.
    ("Il", "Il a chargé", PUTIN, "pronoun"),
    ("le gouvernement", None, GOV_RU, "nominal"),
    ("les habitants évacués", None, EVACUEES, "nominal"),
    # Selon l’état-major russe, un millier de soldats ukrainiens et une vingtaine de blindés ... Soudja.
    ("l’état-major russe", None, GENSTAFF, "nominal"),
    ("un millier de soldats ukrainiens", None, UA_SOLDIERS, "nominal"),
    ("une vingtaine de blindés", None, ARMOUR, "nominal"),
    ("Soudja", None, SUDZHA, "name"),
    # Son chef, le général Valéri Guerassimov, a assuré à M. Poutine que ... l’ennemi serait « défait ».
    ("Son chef", None, GERASIMOV, "nominal"),
    ("Valéri Guerassimov", None, GERASIMOV, "name"),
    ("Poutine", "M. Poutine", PUTIN, "name"),
    ("l’ennemi", None, UA_SOLDIERS, "nominal"),
    # Des blogueurs militaires russes évoquent pourtant la prise de plusieurs villages.
    ("Des blogueurs militaires russes", None, BLOGGERS, "nominal"),
    ("plusieurs villages", None, VILLAGES, "nominal"),
    # Kiev n’a pas commenté l’opération.
    ("Kiev", None, UKRAINE, "metonym"),
    # Interrogé par l’AFP, un conseiller de la présidence ukrainienne ... la Russie frappait ... l’Ukraine ...
    ("AFP", None, AFP, "name"),
    ("un conseiller de la présidence ukrainienne", None, ADVISER, "nominal"),
    ("Russie", "la Russie frappait", RUSSIA, "name"),
    ("Ukraine", "l’Ukraine depuis", UKRAINE, "name"),
    ("cette région", None, KURSK, "nominal"),
    # Les autorités ont évacué plus de 3 000 civils, a indiqué le gouverneur par intérim de la région, ...
    ("Les autorités", None, AUTHORITIES, "nominal"),
    ("plus de 3 000 civils", None, EVACUEES, "nominal"),
    ("le gouverneur par intérim de la région", None, SMIRNOV, "nominal"),
    ("la région", "de la région, Alexeï", KURSK, "nominal"),
    ("Alexeï Smirnov", None, SMIRNOV, "name"),
    # Cinq personnes auraient été tuées, dont un ambulancier.
    ("Cinq personnes", None, VICTIMS, "nominal"),
    ("un ambulancier", None, PARAMEDIC, "nominal"),
    # À Washington, la Maison Blanche a affirmé ne pas avoir été prévenue.
    ("Washington", None, WASHINGTON, "name"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    # « Nous allons parler aux Ukrainiens ... », a déclaré le porte-parole du département d’État, Matthew Miller, ...
    ("Nous", None, US, "pronoun"),
    ("Ukrainiens", None, UKRAINE, "nominal"),
    ("le porte-parole du département d’État", None, MILLER, "nominal"),
    ("Matthew Miller", None, MILLER, "name"),
    # Moscou accuse les Occidentaux de complicité.
    ("Moscou", None, RUSSIA, "metonym"),
    ("les Occidentaux", None, WESTERNERS, "nominal"),
    # Le Conseil de sécurité russe doit se réunir jeudi, selon le Kremlin, qui n’exclut pas ...
    ("Conseil de sécurité russe", None, RU_SC, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    # Pékin a appelé à la « retenue », tandis que Minsk a dit renforcer sa frontière.
    ("Pékin", None, CHINA, "metonym"),
    ("Minsk", None, BELARUS, "metonym"),
]

PUB_DAY = "The publication day, Wednesday 7 August 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", "a dénoncé mercredi"), "2024-08-07", "day", "weekday-publication-day",
     "« a dénoncé mercredi »: " + PUB_DAY),
    ("t-tuesday-morning", ("mardi matin", None), "2024-08-06", "day", "part-of-day",
     "« ont franchi mardi matin la frontière »: the morning of the Tuesday before the publication day, 6 August "
     "2024."),
    ("t-night", ("dans la nuit de mardi à mercredi", None), "2024-08-07", "day", "night-span",
     "The night from Tuesday 6 to Wednesday 7 August 2024: one time, the Wednesday (after midnight), as « dans la "
     "nuit de mardi à mercredi » in benchmarks/gold. " + PUB_DAY),
    ("t-thursday", ("jeudi", None), "2024-08-08", "day", "weekday-future",
     "« doit se réunir jeudi »: the Thursday after the publication day, 8 August 2024."),
]

LEDE = ("Vladimir Poutine", "le deuxième jour.")
PUTIN_QUOTE = ("« Le régime ukrainien", "des ambulances. »")
GENSTAFF_EVIDENCE = ("Selon l’état-major", "ville de Soudja.")
SMIRNOV_EVIDENCE = ("Les autorités ont évacué", "mardi à mercredi.")
MILLER_EVIDENCE = ("« Nous allons", "« pas changé ».")
KREMLIN_EVIDENCE = ("Le Conseil de sécurité russe", "nouvelles évacuations.")

EVENTS: list[dict[str, Any]] = [
    event("e-incursion", "Event", "The Ukrainian army's incursion into Russia's Kursk region", ("incursion", None),
          [("agent", UA_ARMY), ("recipient", RUSSIA)], place=KURSK, evidence=LEDE,
          note="« après l’incursion de l’armée ukrainienne dans la région russe de Koursk »: a nominal event, the "
               "news of the article, with its agent and place; Russia, whose territory is entered, is the recipient "
               "(as in gold/echange-prisonniers-emirats-2024-08-24; « russe » only is written). No time of its own: "
               "it began with the crossing of Tuesday morning (e-crossing, part_of it). Restated by « une nouvelle "
               "provocation » (Putin's quote), « leur progression », « l’opération »."),
    event("e-fighting", "Event", "Fighting goes on in the Kursk region for a second day", ("combats", None),
          [("participant", UA_ARMY), ("participant", RUSSIA)], place=KURSK, time="t-wednesday",
          part_of="e-incursion", evidence=LEDE,
          note="« où les combats se poursuivaient pour le deuxième jour »: a relative clause on the region, ongoing at "
               "the time of the denunciation (the Wednesday of the same sentence); « pour le deuxième jour » is an "
               "ordinal, no time. The Russian side is implied (the region is Russia's)."),
    event("e-putin-meeting", "Meeting", "Vladimir Putin meets his security officials", ("réunion", None),
          [("participant", PUTIN), ("participant", SEC_OFFICIALS)], time="t-wednesday", evidence=PUTIN_QUOTE,
          note="« lors d’une réunion avec ses responsables de la sécurité »: the occasion of the quote; the "
               "denunciation it carries is dated « mercredi » in the lede."),
    event("e-shelling", "Event", "Ukraine fires indiscriminately on residential buildings and ambulances",
          ("tire", None), [("agent", UKRAINE), ("recipient", BUILDINGS), ("recipient", AMBULANCES)],
          status="suspected", according_to=[PUTIN], evidence=PUTIN_QUOTE,
          note="« Il tire sans discernement sur des immeubles d’habitation et des ambulances »: Putin's accusation "
               "inside his quote (« Il » is « Le régime ukrainien »), not endorsed by the article: suspected, as « "
               "violation flagrante » in gold/frappes-houthis-yemen-2024-01-12. The targets are the recipients."),
    event("e-aid", "Event", "The Russian government to help the evacuated residents", ("aider", None),
          [("agent", GOV_RU), ("recipient", EVACUEES)], status="planned", according_to=[PUTIN],
          note="« Il a chargé le gouvernement d’aider les habitants évacués »: an instruction by the head of state, "
               "to be carried out: planned (an order, not a mere urging, which gold makes proposed). « évacués » "
               "here restates the evacuation (e-evacuation), no event of its own."),
    event("e-crossing", "Event", "About a thousand Ukrainian soldiers and twenty armoured vehicles cross the border "
          "near Sudzha on Tuesday morning", ("ont franchi", None),
          [("agent", UA_SOLDIERS), ("participant", ARMOUR)], place=SUDZHA, time="t-tuesday-morning",
          according_to=[GENSTAFF], part_of="e-incursion", evidence=GENSTAFF_EVIDENCE,
          note="Two plural subjects joined by « et »: the soldiers act, the vehicles are things that take part "
               "(participant, as the aircraft in gold). « la frontière » is no mention; « près de la ville de "
               "Soudja » gives the place (only « Soudja » is a mention)."),
    event("e-halt", "Event", "The Ukrainian advance has been stopped (Gerasimov's claim)", ("stoppée", None),
          [("recipient", UA_SOLDIERS)], status="suspected", according_to=[GERASIMOV],
          note="« que leur progression avait été « stoppée » »: a pluperfect passive with no agent written (the "
               "Russian forces, not named); the advancing soldiers are the recipient. A claim the next sentence "
               "contradicts (« pourtant »): suspected, as Nebenzia's claim in gold/frappe-kiev-2024-11-14."),
    event("e-defeat", "Event", "The enemy will be defeated (Gerasimov's forecast)", ("défait", None),
          [("recipient", UA_SOLDIERS)], status="hypothetical", according_to=[GERASIMOV],
          note="« que l’ennemi serait « défait » »: a future in the past inside an assurance, a forecast: "
               "hypothetical, as « remporterait une « grande victoire » » in the bundled article."),
    event("e-villages-capture", "Event", "Ukrainian troops take several villages (the bloggers' claim)",
          ("prise", None), [("agent", UA_SOLDIERS), ("recipient", VILLAGES)], status="suspected",
          place=KURSK, according_to=[BLOGGERS], part_of="e-incursion",
          note="« Des blogueurs militaires russes évoquent pourtant la prise de plusieurs villages »: a nominal "
               "event whose agent is implied (the troops that crossed); set against Gerasimov's claim: suspected. "
               "The villages are in the region of the incursion."),
    event("e-russian-strikes", "Event", "Russia strikes Ukraine every day from the Kursk region", ("frappait", None),
          [("agent", RUSSIA), ("recipient", UKRAINE)], according_to=[ADVISER],
          note="« s’est borné à rappeler que la Russie frappait chaque jour l’Ukraine depuis cette région »: « "
               "rappeler » presents it as a known fact: occurred, according to the adviser. « depuis cette région » "
               "is where the strikes come from, not where they fall: no place. « chaque jour » is a frequency, no "
               "time."),
    event("e-evacuation", "Event", "The authorities evacuate more than 3,000 civilians", ("ont évacué", None),
          [("agent", AUTHORITIES), ("recipient", EVACUEES)], place=KURSK, according_to=[SMIRNOV],
          evidence=SMIRNOV_EVIDENCE,
          note="Sourced after the clause to « le gouverneur par intérim de la région, Alexeï Smirnov »; the region "
               "of his title is the place. The evacuees are the recipient (as the evacuated sailor in gold). No "
               "weekday: no time."),
    event("e-emergency", "Event", "Alexei Smirnov had declared a state of emergency overnight", ("avait décrété", None),
          [("agent", SMIRNOV)], place=KURSK, time="t-night", evidence=SMIRNOV_EVIDENCE,
          note="« qui avait décrété l’état d’urgence dans la nuit de mardi à mercredi »: a relative pluperfect in the "
               "article's own voice; « l’état d’urgence » is no entity. The night ends on the publication day."),
    event("e-deaths", "Event", "Five people may have been killed, including a paramedic", ("auraient été tuées", None),
          [("agent", UA_ARMY), ("recipient", VICTIMS), ("recipient", PARAMEDIC)], status="hypothetical",
          place=KURSK, part_of="e-incursion",
          note="« Cinq personnes auraient été tuées, dont un ambulancier »: a conditional toll, no source named: "
               "hypothetical. The agent is not written; the incursion's agent is implied (as the capture in gold). "
               "The paramedic, one of the five, is a recipient too."),
    event("e-us-ukraine-talks", "Meeting", "The United States will talk to the Ukrainians about their aims",
          ("parler", None), [("participant", US), ("participant", UKRAINE)], status="planned",
          according_to=[MILLER], evidence=MILLER_EVIDENCE,
          note="« Nous allons parler aux Ukrainiens pour comprendre leurs objectifs »: a near future, planned; « "
               "Nous » is the United States, « Ukrainiens » Ukraine's leadership."),
    event("e-policy-change", "Event", "US policy has not changed", ("changé", None), [("agent", US)],
          status="negated", according_to=[MILLER], evidence=MILLER_EVIDENCE,
          note="« ajoutant que la politique américaine n’avait « pas changé » »: the negation is inside the quote; a "
               "change that did not happen. The United States (« américaine ») is the agent."),
    event("e-complicity", "Event", "The West's complicity in the incursion (Moscow's accusation)",
          ("complicité", None), [("agent", WESTERNERS)], status="suspected", according_to=[RUSSIA],
          note="« Moscou accuse les Occidentaux de complicité »: an accusation, suspected according to Russia."),
    event("e-rusc-meeting", "Meeting", "Russia's Security Council to meet on Thursday", ("se réunir", None),
          [("participant", RU_SC)], status="planned", time="t-thursday", according_to=[KREMLIN],
          evidence=KREMLIN_EVIDENCE,
          note="« Le Conseil de sécurité russe doit se réunir jeudi, selon le Kremlin »: « doit » on a future "
               "weekday, planned. Not the UN Security Council."),
    event("e-new-evacuations", "Event", "New evacuations in the Kursk region (not ruled out)",
          ("évacuations", None), [("agent", AUTHORITIES)], status="hypothetical", place=KURSK,
          according_to=[KREMLIN], evidence=KREMLIN_EVIDENCE,
          note="« qui n’exclut pas de nouvelles évacuations »: not ruled out, so possible: hypothetical (as « "
               "n’exclut pas de nouvelles frappes » in gold). The regional authorities, who evacuated so far, are "
               "the implied agent; the region the implied place."),
    event("e-border-reinforcement", "Event", "Belarus reinforces its border", ("renforcer", None),
          [("agent", BELARUS)], according_to=[BELARUS],
          note="« Minsk a dit renforcer sa frontière »: a present infinitive after « a dit », what Belarus says it "
               "is doing: occurred, according to Belarus. « sa frontière » is no mention."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-putin-denunciation", "Statement", "Vladimir Putin denounces a « large-scale provocation »", PUTIN,
           ("a dénoncé", None), [("provocation de grande ampleur", None)], time="t-wednesday", evidence=LEDE,
           about=["e-incursion"],
           note="« a dénoncé mercredi une « provocation de grande ampleur » après l’incursion »: the provocation is "
                "the incursion as Putin names it."),
    speech("s-putin-regime", "Statement", "Putin: the Ukrainian regime has undertaken a new provocation and fires "
           "on civilians", PUTIN, ("a déclaré", "a déclaré le président"),
           [("Le régime ukrainien a entrepris une nouvelle provocation", None),
            ("Il tire sans discernement sur des immeubles d’habitation et des ambulances.", None)],
           time="t-wednesday", evidence=PUTIN_QUOTE, about=["e-incursion", "e-shelling"],
           note="One pair of guillemets split around « a déclaré le président russe lors d’une réunion avec ses "
                "responsables de la sécurité. »: one speech act, two quote parts (the second keeps its full stop, "
                "inside the guillemets). Dated by the lede's « mercredi », which this quote details (the same « "
                "provocation »)."),
    speech("s-putin-order", "Statement", "Putin tasks the government with helping the evacuees", PUTIN,
           ("a chargé", None), [], addressee=GOV_RU, about=["e-aid"],
           note="An instruction without a quote, addressed to the government (Q1140115). No weekday of its own."),
    speech("s-genstaff", "Report", "The Russian general staff reports the border crossing", GENSTAFF,
           ("Selon", None), [], evidence=GENSTAFF_EVIDENCE, about=["e-crossing"],
           note="« Selon l’état-major russe »: a source before the clause, no quote."),
    speech("s-gerasimov", "Assurance", "Gerasimov assures Putin the advance has been stopped and the enemy will be "
           "defeated", GERASIMOV, ("a assuré", None), [("stoppée", None), ("défait", None)], addressee=PUTIN,
           about=["e-halt", "e-defeat"],
           note="Two one-word quotes under one verb (two completive clauses joined by « et »): one speech act, two "
                "quotes. « Son chef » is the general staff's chief; « le général » and « M. » are titles. No "
                "weekday: no time."),
    speech("s-bloggers", "Report", "Russian military bloggers speak of several villages taken", BLOGGERS,
           ("évoquent", None), [], about=["e-villages-capture"],
           note="A report without a quote; « pourtant » sets it against Gerasimov's assurance."),
    speech("s-kyiv-no-comment", "Statement", "Kyiv does not comment on the operation", UKRAINE,
           ("n’a pas commenté", None), [], status="negated", about=["e-incursion"],
           note="« Kiev n’a pas commenté l’opération »: a negated speech act of Ukraine (a metonym), as « Le Kremlin "
                "n’a pas commenté » in gold; « l’opération » is the incursion."),
    speech("s-adviser", "Statement", "A Ukrainian presidential adviser recalls Russia's daily strikes", ADVISER,
           ("rappeler", None), [], addressee=AFP, about=["e-russian-strikes"],
           note="« Interrogé par l’AFP, un conseiller de la présidence ukrainienne s’est borné à rappeler que ... »: "
                "AFP asked, so it is the addressee of the answer (as « a indiqué à l’AFP » in gold); « s’est borné à » "
                "says he said nothing else, which the trigger does not include."),
    speech("s-smirnov", "Report", "Alexei Smirnov reports the evacuation of more than 3,000 civilians", SMIRNOV,
           ("a indiqué", None), [], evidence=SMIRNOV_EVIDENCE, about=["e-evacuation"],
           note="The source after the clause, a role noun and a name in apposition; no time of its own."),
    speech("s-no-warning", "SpeechAct", "Ukraine did not warn the White House", UKRAINE, ("prévenue", None), [],
           status="negated", addressee=WHITE_HOUSE, according_to=[WHITE_HOUSE], about=["e-incursion"],
           note="« ne pas avoir été prévenue »: a negated passive infinitive; the one who would have warned is not "
                "written, and can only be Ukraine, whose operation it is. A negated speech act addressed to the "
                "White House, told by the White House."),
    speech("s-white-house", "Statement", "The White House says it was not warned", WHITE_HOUSE, ("a affirmé", None),
           [], about=["s-no-warning", "e-incursion"],
           note="« À Washington, la Maison Blanche a affirmé ... »: « Washington » is the city (Q61), the White House "
                "a local metonym for the US presidency."),
    speech("s-miller-talks", "Statement", "Matthew Miller: the United States will talk to the Ukrainians", MILLER,
           ("a déclaré", "a déclaré le porte-parole"),
           [("Nous allons parler aux Ukrainiens pour comprendre leurs objectifs", None)], evidence=MILLER_EVIDENCE,
           about=["e-us-ukraine-talks"],
           note="A quote first, the source after it: a role noun with the name in apposition; « Nous » is the "
                "United States (Q30)."),
    speech("s-miller-policy", "Statement", "Miller: US policy has not changed", MILLER, ("ajoutant", None),
           [("pas changé", None)], evidence=MILLER_EVIDENCE, about=["e-policy-change"],
           note="A participle with its own guillemets: a second speech act (gold convention); the quote starts "
                "after « n’avait »."),
    speech("s-moscow-accusation", "Statement", "Moscow accuses the West of complicity", RUSSIA, ("accuse", None), [],
           addressee=WESTERNERS, about=["e-complicity"],
           note="« Moscou accuse les Occidentaux de complicité »: the accused are the addressee, as « accusent ... "
                "Pyongyang » in gold. Present tense, no weekday: no time."),
    speech("s-kremlin-report", "Report", "The Kremlin says Russia's Security Council will meet on Thursday", KREMLIN,
           ("selon", None), [], evidence=KREMLIN_EVIDENCE, about=["e-rusc-meeting"],
           note="« selon le Kremlin » after the clause it sources."),
    speech("s-kremlin-evacuations", "Statement", "The Kremlin does not rule out new evacuations", KREMLIN,
           ("n’exclut pas", None), [], evidence=KREMLIN_EVIDENCE, about=["e-new-evacuations"],
           note="A relative clause on the Kremlin: a stance, occurred; what it leaves open is hypothetical (as « "
                "Londres n’exclut pas » in gold)."),
    speech("s-china-restraint", "Statement", "Beijing calls for restraint", CHINA, ("a appelé", None),
           [("retenue", None)],
           note="« Pékin a appelé à la « retenue » »: China (a metonym); the restraint is no event (as in gold)."),
    speech("s-belarus", "Statement", "Minsk says it is reinforcing its border", BELARUS, ("a dit", None), [],
           about=["e-border-reinforcement"],
           note="« tandis que Minsk a dit renforcer sa frontière »: Belarus (a metonym)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
