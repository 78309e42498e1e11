"""Held-out annotation of raisi-helicoptere-2024-05-20.txt (written for the twenty-first held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/raisi-helicoptere-2024-05-20.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/raisi-helicoptere-2024-05-20.annotation.src.py --check

From held-out set 21 (moved to gold in session 19; see benchmarks/gold/README.md).

The crash of Sunday 19 May 2024 in the fog of East Azerbaijan province, the deaths of Ebrahim Raisi and Hossein
Amir-Abdollahian announced on Monday 20 May, the nine people on board, the dam inaugurated with Ilham Aliyev, the
interim of Mohammad Mokhber, the five days of mourning, the election of 28 June, the funeral opening in Tabriz on
the Tuesday and the burial in Mashhad on the Thursday are real background; the state television's quote at dawn, the
Red Crescent as the source of the search, the civil aviation official's words, Khamenei's written message as worded,
the Kremlin's telegram quote, Xi's words as « ajouté », the State Department's lack of further comment and Lloyd
Austin's answer to the press on the Monday are invented or rearranged.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "raisi-helicoptere-2024-05-20.txt"

NOTE = """\
Held-out-21 article: Iranian President Ebrahim Raisi and his foreign minister Hossein Amir-Abdollahian are dead in \
the crash of their helicopter in the fog of north-western Iran on Sunday, the state television announces on Monday \
20 May 2024; its dawn quote on Raisi's « martyrdom »; the rescuers searched all night and found no survivor among \
the nine on board, according to the Red Crescent; the helicopter was taking Raisi back to Tabriz after he had \
inaugurated a dam on the border with Ilham Aliyev; a civil aviation official does not rule out a technical failure; \
Ali Khamenei hands the interim to Mohammad Mokhber, decrees five days of mourning and writes that the country's \
running will not be disrupted; an election on 28 June according to IRNA, a funeral from Tuesday in Tabriz and a \
burial on Thursday in Mashhad; condolences from allied capitals (Putin through the Kremlin, Moscow's offer of help \
for the investigation, Beijing, Xi Jinping); the State Department's official condolences on Monday in Washington \
with no further comment, and Lloyd Austin's assurance that the United States played no role. Published Monday 20 \
May 2024 (the file gives the day). The facts are partly invented (see the docstring).
What it exercises: two deaths by a periphrasis with a title right before the first name and a possessive role noun \
with a name in apposition (« Le président iranien Ebrahim Raïssi et son ministre des Affaires étrangères, Hossein \
Amir-Abdollahian, ont trouvé la mort »: trigger « ont trouvé la mort », both recipients) inside a nominal accident \
taken up by a relative with a past weekday and a direction inside a country (« dans l’accident de leur hélicoptère, \
qui s’est écrasé dimanche dans le brouillard au nord-ouest de l’Iran »: the crash, Iran the place) and a source \
after the clause with the publication weekday (« a annoncé lundi la télévision d’État »); a quote first whose \
subject is a role noun in apposition to a titled name (« Le serviteur de la nation, l’ayatollah Raïssi, a atteint \
le plus haut degré du martyre »: the deaths restated, no new event) with a part of the day (« à l’aube »); a \
relative pluperfect search over a night (« qui avaient fouillé toute la nuit une zone montagneuse de la province \
d’Azerbaïdjan oriental ») and a negated finding sourced by « selon » (« n’ont retrouvé aucun survivant parmi les neuf \
personnes à bord »); an imperfect transport by a thing (« L’appareil ramenait le dirigeant ultraconservateur vers \
Tabriz ») and a pluperfect inauguration dated by a vague count back (« Quelques heures plus tôt, il avait inauguré \
un barrage à la frontière en compagnie de son homologue azerbaïdjanais, Ilham Aliev »); a possibility stated by a \
negation (« Une défaillance technique n’est pas exclue »: hypothetical); a role noun with a titled name in \
apposition with two coordinated acts (« a confié l’intérim au premier vice-président, Mohammad Mokhber, et décrété \
cinq jours de deuil national »: the interim, the decree, and the mourning whose only time is its length); a quote \
split around an inverted clause (« a-t-il écrit dans un message ») with a negated future; a planned election with a \
day and month and its source after the clause (« se tiendra le 28 juin, a indiqué l’agence officielle Irna »); a \
planned funeral and burial with future weekdays joined by a semicolon and a place with a possessive role noun in \
apposition (« le défunt sera inhumé jeudi à Mashhad, sa ville natale »); a nominal speech act by a plural group (« \
Les condoléances ont afflué des capitales alliées »); a quoted noun phrase for the dead man sourced by « selon le \
Kremlin » and a metonym's proposal (« Moscou a proposé son aide pour l’enquête »); a metonym's quoted noun (« Pékin \
a exprimé sa « profonde tristesse » ») and a quote in the middle of a clause with its subject outside (« Le peuple \
chinois « a perdu un bon ami », a ajouté Xi Jinping »); « À Washington » (the city) with official condolences to a \
people and a no-comment (« sans autre commentaire »: a negated speech act); a denial by the state of any role, \
quoted in a fragment and sourced after the clause to a role noun and a name in apposition with a passive \
participle (« interrogé par la presse »).
Places and metonyms. « au nord-ouest de l’Iran » gives Iran as the crash's place (a direction inside a country is \
not a place of its own, as « dans le nord du Mali » -> Mali in gold). The search's place is « une zone montagneuse \
de la province d’Azerbaïdjan oriental », a local place, with the province inside it as a mention of its own. « à la \
frontière » is the border (a local place, the one with Azerbaijan; the neighbour is only an adjective, « son \
homologue azerbaïdjanais »). « Moscou » that proposes is Russia (Q159, metonym); « Pékin » that expresses sadness \
is China (Q148, metonym); « À Washington », where the State Department speaks, is the city (Q61), as « À \
Washington, Joe Biden s’était dit » in gold; « le Kremlin » that is a source is the institution (Q2060629). « \
Tabriz » (twice) and « Mashhad » are the cities, places of the flight's destination, the funeral and the burial.
Mentions. Titles right before a name belong to the name's phrase: « Le président iranien Ebrahim Raïssi » -> « \
Ebrahim Raïssi »; « l’ayatollah Raïssi » -> « Raïssi »; « l’ayatollah Ali Khamenei » -> « Ali Khamenei »; « \
l’agence officielle Irna » -> « Irna ». Role nouns set off by commas are nominal mentions: « son ministre des \
Affaires étrangères », « Le serviteur de la nation » (inside the quote, with « la nation », Iran, inside it), « Le \
guide suprême », « premier vice-président » (fused « au »: from the noun), « son homologue azerbaïdjanais », « sa \
ville natale » (Mashhad), « le secrétaire à la Défense ». Other nominal mentions: « leur hélicoptère » and « \
L’appareil » (the helicopter, with its possessive determiner, a separate word, as « son hôte russe »), « la \
télévision d’État » and « la chaîne », « le dirigeant ultraconservateur » and « le défunt » (Raisi), « un barrage » \
(the theme of the inauguration), « un responsable de l’aviation civile » with « l’aviation civile » inside it (as « \
Kremlin » in « porte-parole du Kremlin »), « pays » in « L’administration du pays » (Iran; fused « du »), « Le \
peuple » in Khamenei's quote and « peuple iranien » (fused « au ») for the Iranian people, « Le peuple chinois », « \
capitales alliées » (fused « des »: a group that speaks as one, as « les Occidentaux » in gold), « son aide » (the \
thing proposed, as things proposed are annotated when an event takes them as theme), « le département d’État ». « \
un véritable ami de la Russie » and « un bon ami » are Raisi (the objects of « a salué » and « a perdu », inside the \
quotes), with « Russie » inside the first. Pronouns: « il » (« il avait inauguré », Raisi) and « il » in « a-t-il \
écrit » (Khamenei). Not mentions: « le brouillard » (a condition, not an entity), « aucun survivant » (a negated \
quantifier: nobody), « un message » and « un télégramme » (the media of speech acts, as « dans un message de \
condoléances » in gold), « L’administration du pays » (the running of the state, not an institution), « la presse » \
(generic), and the adjectives (iranien, azerbaïdjanais, national).
Statuses. The crash, the deaths, the search, the transport, the inauguration, the interim, the decree, the Proposal \
and the investigation are occurred; the failure to find survivors is negated; the technical failure is \
hypothetical (« n’est pas exclue »: a possibility, according to the official); the mourning, the election, the \
funeral and the burial are planned; the disruption of the country's running is negated (a negated future in \
Khamenei's words, according to him); the United States' role is negated (a denial standing alone: nobody in the \
article accuses Washington, as Kyiv's denied role in gold); the no-comment is a negated speech act.
Times. « lundi » (the announcement; the State Department's condolences) is the publication day, Monday 20 May \
2024; « à l’aube » is the dawn of that Monday (the announcement's day, a part of the day); « dimanche » is Sunday 19 \
May 2024, and the deaths and the transport take it (implied by the crash, as the flight takes the crash's \
Wednesday in gold); « toute la nuit » is the night from Sunday to Monday, the Monday (the night convention), rule \
night-span; « Quelques heures plus tôt » is vague, no value (counted back from the flight, as « quelques heures \
plus tôt » in gold); « cinq jours » is a duration, the mourning's only time; « le 28 juin » is Friday 28 June 2024 \
(future); « mardi » is Tuesday 21 May, « jeudi » Thursday 23 May 2024 (future). The negated finding, the interim, \
the decree, Khamenei's message, IRNA's report, the Kremlin's report, Putin's telegram, Moscow's offer, Beijing's, \
Xi's and Austin's words and the failure have no weekday or occasion written: no time.
Linked: Putin, Russia, the Kremlin (institution), China, Xi Jinping, Washington, the United States. Raisi, \
Amir-Abdollahian, Iran, the helicopter, the state television, the rescuers, the search zone, East Azerbaijan \
province, the nine people on board, the Red Crescent, Tabriz, the dam, the border, Aliyev, the civil aviation \
official and the civil aviation organisation, Khamenei, Mokhber, the Iranian people, IRNA, Mashhad, the allied \
capitals, Russia's help, the Chinese people, the State Department and Lloyd Austin are not in ids.tsv: local, \
unlinked."""

PUTIN, RUSSIA, KREMLIN, CHINA, XI = "Q7747", "Q159", "Q2060629", "Q148", "Q15031"
WASHINGTON, US = "Q61", "Q30"
RAISI, AMIR, IRAN, HELI = "local:ebrahim-raisi", "local:hossein-amir-abdollahian", "local:iran", \
    "local:raisi-helicopter"
TV, RESCUERS, ZONE, PROVINCE = "local:iranian-state-television", "local:rescuers", "local:search-zone", \
    "local:east-azerbaijan-province"
ON_BOARD, RED_CRESCENT, TABRIZ, DAM = "local:nine-on-board", "local:iranian-red-crescent", "local:tabriz", \
    "local:border-dam"
BORDER, ALIYEV, OFFICIAL, AVIATION = "local:iran-azerbaijan-border", "local:ilham-aliyev", \
    "local:civil-aviation-official", "local:iran-civil-aviation"
KHAMENEI, MOKHBER, IRANIAN_PEOPLE, IRNA = "local:ali-khamenei", "local:mohammad-mokhber", "local:iranian-people", \
    "local:irna"
MASHHAD, CAPITALS, AID, CHINESE_PEOPLE = "local:mashhad", "local:allied-capitals", "local:russian-aid", \
    "local:chinese-people"
STATE_DEPT, AUSTIN = "local:us-state-department", "local:lloyd-austin"

GROUP = "an unnamed group, not one Wikidata item"

DESCRIPTIONS = {
    KREMLIN: "l’institution que désigne « le Kremlin », source du télégramme de Vladimir Poutine",
    WASHINGTON: "la ville, où le département d’État présente ses condoléances",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (RAISI, "Ebrahim Raïssi", "Ebrahim Raisi", "person",
     {"description": "président iranien, mort dans l’accident de son hélicoptère", "class_qid": "Q5",
      "unlinked_reason": NOT_VERIFIED}),
    (AMIR, "Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian", "person",
     {"description": "ministre iranien des Affaires étrangères, mort dans le même accident", "class_qid": "Q5",
      "unlinked_reason": NOT_VERIFIED}),
    (HELI, "hélicoptère d’Ebrahim Raïssi", "Ebrahim Raisi's helicopter", "object",
     {"description": "l’hélicoptère qui ramenait le président iranien vers Tabriz, écrasé le 19 mai 2024",
      "class_qid": "Q11436", "unlinked_reason": "a single aircraft with no Wikidata item among the verified ones"}),
    (IRAN, "Iran", "Iran", "country", {"class_qid": "Q3624078", "unlinked_reason": NOT_VERIFIED}),
    (TV, "télévision d’État iranienne", "Iranian state television", "organization",
     {"description": "la télévision publique iranienne (IRIB), que l’article ne nomme pas",
      "unlinked_reason": NOT_VERIFIED}),
    (RESCUERS, "les secouristes", "the rescuers", "group",
     {"description": "les secouristes qui ont cherché l’hélicoptère", "unlinked_reason": GROUP}),
    (ZONE, "zone montagneuse de la province d’Azerbaïdjan oriental", "mountainous area of East Azerbaijan province",
     "place", {"description": "la zone fouillée par les secouristes, où l’hélicoptère s’est écrasé",
               "unlinked_reason": "an unnamed area with no Wikidata item"}),
    (PROVINCE, "province d’Azerbaïdjan oriental", "East Azerbaijan province", "place",
     {"description": "province du nord-ouest de l’Iran", "unlinked_reason": NOT_VERIFIED}),
    (ON_BOARD, "les neuf personnes à bord", "the nine people on board", "group",
     {"description": "les passagers et l’équipage de l’hélicoptère, dont Ebrahim Raïssi et Hossein "
                     "Amir-Abdollahian", "unlinked_reason": GROUP}),
    (RED_CRESCENT, "Croissant-Rouge iranien", "Iranian Red Crescent Society", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TABRIZ, "Tabriz", "Tabriz", "place",
     {"description": "ville du nord-ouest de l’Iran", "class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (DAM, "barrage frontalier", "the border dam", "object",
     {"description": "barrage à la frontière avec l’Azerbaïdjan, inauguré par Ebrahim Raïssi et Ilham Aliev",
      "unlinked_reason": "the article does not name it; no verified Wikidata item"}),
    (BORDER, "frontière irano-azerbaïdjanaise", "Iran–Azerbaijan border", "place",
     {"description": "la frontière où se trouve le barrage", "unlinked_reason": NOT_VERIFIED}),
    (ALIYEV, "Ilham Aliev", "Ilham Aliyev", "person",
     {"description": "président de l’Azerbaïdjan", "class_qid": "Q5", "unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "un responsable de l’aviation civile", "a civil aviation official", "person",
     {"description": "responsable iranien que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (AVIATION, "aviation civile iranienne", "Civil Aviation Organization of Iran", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (KHAMENEI, "Ali Khamenei", "Ali Khamenei", "person",
     {"description": "guide suprême de l’Iran", "class_qid": "Q5", "unlinked_reason": NOT_VERIFIED}),
    (MOKHBER, "Mohammad Mokhber", "Mohammad Mokhber", "person",
     {"description": "premier vice-président iranien, chargé de l’intérim", "class_qid": "Q5",
      "unlinked_reason": NOT_VERIFIED}),
    (IRANIAN_PEOPLE, "le peuple iranien", "the Iranian people", "group", {"unlinked_reason": GROUP}),
    (IRNA, "Irna", "Islamic Republic News Agency", "organization",
     {"description": "agence officielle iranienne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (MASHHAD, "Mashhad", "Mashhad", "place",
     {"description": "ville natale d’Ebrahim Raïssi", "class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (CAPITALS, "les capitales alliées", "the allied capitals", "group",
     {"description": "les gouvernements alliés de l’Iran, d’où affluent les condoléances", "unlinked_reason": GROUP}),
    (AID, "aide russe pour l’enquête", "Russian help for the investigation", "other",
     {"description": "l’aide que Moscou propose pour l’enquête sur l’accident",
      "unlinked_reason": "an offered help, not one Wikidata item"}),
    (CHINESE_PEOPLE, "le peuple chinois", "the Chinese people", "group", {"unlinked_reason": GROUP}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"description": "le ministère américain des Affaires étrangères", "class_qid": "Q20901295",
      "unlinked_reason": NOT_VERIFIED}),
    (AUSTIN, "Lloyd Austin", "Lloyd Austin", "person",
     {"description": "secrétaire américain à la Défense", "class_qid": "Q5", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président iranien Ebrahim Raïssi et son ministre des Affaires étrangères, Hossein Amir-Abdollahian, ...
    ("Ebrahim Raïssi", None, RAISI, "name"),
    ("son ministre des Affaires étrangères", None, AMIR, "nominal"),
    ("Hossein Amir-Abdollahian", None, AMIR, "name"),
    ("leur hélicoptère", None, HELI, "nominal"),
    ("Iran", "nord-ouest de l’Iran", IRAN, "name"),
    ("la télévision d’État", None, TV, "nominal"),
    # « Le serviteur de la nation, l’ayatollah Raïssi, a atteint ... », a déclaré la chaîne à l’aube.
    ("Le serviteur de la nation", None, RAISI, "nominal"),
    ("la nation", None, IRAN, "nominal"),
    ("Raïssi", "l’ayatollah Raïssi", RAISI, "name"),
    ("la chaîne", None, TV, "nominal"),
    # Les secouristes, qui avaient fouillé toute la nuit une zone montagneuse ..., selon le Croissant-Rouge iranien.
    ("Les secouristes", None, RESCUERS, "nominal"),
    ("une zone montagneuse de la province d’Azerbaïdjan oriental", None, ZONE, "nominal"),
    ("la province d’Azerbaïdjan oriental", None, PROVINCE, "nominal"),
    ("les neuf personnes à bord", None, ON_BOARD, "nominal"),
    ("Croissant-Rouge iranien", None, RED_CRESCENT, "name"),
    # L’appareil ramenait le dirigeant ultraconservateur vers Tabriz. Quelques heures plus tôt, il avait inauguré ...
    ("L’appareil", None, HELI, "nominal"),
    ("le dirigeant ultraconservateur", None, RAISI, "nominal"),
    ("Tabriz", "vers Tabriz", TABRIZ, "name"),
    ("il", "il avait inauguré", RAISI, "pronoun"),
    ("un barrage", None, DAM, "nominal"),
    ("la frontière", None, BORDER, "nominal"),
    ("son homologue azerbaïdjanais", None, ALIYEV, "nominal"),
    ("Ilham Aliev", None, ALIYEV, "name"),
    ("un responsable de l’aviation civile", None, OFFICIAL, "nominal"),
    ("l’aviation civile", None, AVIATION, "nominal"),
    # Le guide suprême, l’ayatollah Ali Khamenei, a confié l’intérim au premier vice-président, Mohammad Mokhber, ...
    ("Le guide suprême", None, KHAMENEI, "nominal"),
    ("Ali Khamenei", None, KHAMENEI, "name"),
    ("premier vice-président", None, MOKHBER, "nominal"),
    ("Mohammad Mokhber", None, MOKHBER, "name"),
    ("Le peuple", "Le peuple ne doit", IRANIAN_PEOPLE, "nominal"),
    ("il", "a-t-il écrit", KHAMENEI, "pronoun"),
    ("pays", "L’administration du pays", IRAN, "nominal"),
    ("Irna", None, IRNA, "name"),
    ("Tabriz", "mardi à Tabriz", TABRIZ, "name"),
    ("le défunt", None, RAISI, "nominal"),
    ("Mashhad", None, MASHHAD, "name"),
    ("sa ville natale", None, MASHHAD, "nominal"),
    # Les condoléances ont afflué des capitales alliées. Vladimir Poutine a salué ... Xi Jinping.
    ("capitales alliées", None, CAPITALS, "nominal"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("un véritable ami de la Russie", None, RAISI, "nominal"),
    ("Russie", None, RUSSIA, "name"),
    ("Kremlin", None, KREMLIN, "name"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("son aide", None, AID, "nominal"),
    ("Pékin", None, CHINA, "metonym"),
    ("Le peuple chinois", None, CHINESE_PEOPLE, "nominal"),
    ("un bon ami", None, RAISI, "nominal"),
    ("Xi Jinping", None, XI, "name"),
    # À Washington, le département d’État a présenté lundi ses « condoléances officielles » au peuple iranien, ...
    ("Washington", None, WASHINGTON, "name"),
    ("le département d’État", None, STATE_DEPT, "nominal"),
    ("peuple iranien", None, IRANIAN_PEOPLE, "nominal"),
    ("États-Unis", None, US, "name"),
    ("le secrétaire à la Défense", None, AUSTIN, "nominal"),
    ("Lloyd Austin", None, AUSTIN, "name"),
]

PUB_DAY = "The publication day, Monday 20 May 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday", ("dimanche", None), "2024-05-19", "day", "weekday-past",
     "« qui s’est écrasé dimanche »: the Sunday before the publication day, 19 May 2024. The deaths and the "
     "transport take it (implied by the crash)."),
    ("t-monday", ("lundi", "a annoncé lundi"), "2024-05-20", "day", "weekday-publication-day",
     "« a annoncé lundi la télévision d’État »: " + PUB_DAY),
    ("t-dawn", ("à l’aube", None), "2024-05-20", "day", "part-of-day",
     "« a déclaré la chaîne à l’aube »: the dawn of the announcement's Monday, the publication day; the part of "
     "the day does not change the day. " + PUB_DAY),
    ("t-night", ("toute la nuit", None), "2024-05-20", "day", "night-span",
     "Pluperfect « qui avaient fouillé toute la nuit »: the night from Sunday 19 (the crash) to Monday 20 May 2024, "
     "the morning of which the deaths were announced; a night is the day after midnight (the gold convention for « "
     "dans la nuit de lundi à mardi »), the Monday."),
    ("t-hours-earlier", ("Quelques heures plus tôt", None), None, "vague", "vague-past",
     "« Quelques heures plus tôt, il avait inauguré un barrage »: counted back from the flight, with no number of "
     "hours; no value (as « quelques heures plus tôt » in gold)."),
    ("t-five-days", ("cinq jours", None), None, "duration", "explicit-duration",
     "« décrété cinq jours de deuil national »: the length of the mourning, its only time; no value."),
    ("t-june-28", ("le 28 juin", None), "2024-06-28", "day", "day-month-future",
     "« Une élection présidentielle se tiendra le 28 juin »: a day and month with no year, after the publication "
     "day, so 28 June 2024."),
    ("t-tuesday", ("mardi", None), "2024-05-21", "day", "weekday-future",
     "« Les funérailles débuteront mardi à Tabriz »: the Tuesday after the publication day, 21 May 2024."),
    ("t-thursday", ("jeudi", None), "2024-05-23", "day", "weekday-future",
     "« le défunt sera inhumé jeudi à Mashhad »: the Thursday after the publication day, 23 May 2024."),
    ("t-monday-us", ("lundi", "a présenté lundi"), "2024-05-20", "day", "weekday-publication-day",
     "« le département d’État a présenté lundi ses « condoléances officielles » »: " + PUB_DAY),
]

LEDE_EVIDENCE = ("Le président iranien", "la télévision d’État.")
KHAMENEI_EVIDENCE = ("« Le peuple ne doit", "ne sera pas perturbée. »")

EVENTS: list[dict[str, Any]] = [
    event("e-deaths", "Event", "Ebrahim Raisi and Hossein Amir-Abdollahian killed in the helicopter crash",
          ("ont trouvé la mort", None), [("recipient", RAISI), ("recipient", AMIR)], place=IRAN, time="t-sunday",
          part_of="e-crash", according_to=[TV], evidence=LEDE_EVIDENCE,
          note="« ont trouvé la mort dans l’accident de leur hélicoptère »: a periphrasis for dying; the dead are "
               "recipients (as the victims in gold). The time is the crash's Sunday, implied. Sourced after the "
               "clause to the state television. The television's « a atteint le plus haut degré du martyre » and "
               "Xi's « a perdu un bon ami » restate Raisi's death (no second event); the other seven deaths are "
               "implied by « aucun survivant parmi les neuf personnes à bord », with no trigger of their own."),
    event("e-crash", "Event", "Raisi's helicopter crashed in the fog in north-western Iran on Sunday",
          ("s’est écrasé", None), [("participant", HELI)], place=IRAN, time="t-sunday", part_of="e-transport",
          according_to=[TV], evidence=LEDE_EVIDENCE,
          note="« l’accident de leur hélicoptère, qui s’est écrasé dimanche dans le brouillard au nord-ouest de "
               "l’Iran »: a thing alone takes the participant role (gold). « l’accident » (lede and last paragraph) "
               "restates it. « au nord-ouest de l’Iran »: the country is the place; « dans le brouillard » is a "
               "condition, no mention."),
    event("e-search", "Event", "Rescuers searched a mountainous area of East Azerbaijan all night",
          ("avaient fouillé", None), [("agent", RESCUERS)], place=ZONE, time="t-night",
          according_to=[RED_CRESCENT],
          note="A relative pluperfect; the zone is the place (it holds the province, a mention of its own). Sourced, "
               "with the rest of the sentence, to the Red Crescent (« selon », at its end)."),
    event("e-no-survivor", "Event", "The rescuers found no survivor among the nine people on board",
          ("retrouvé", None), [("agent", RESCUERS), ("participant", ON_BOARD)], status="negated",
          place=ZONE, according_to=[RED_CRESCENT],
          note="« n’ont retrouvé aucun survivant parmi les neuf personnes à bord »: a negated finding; the nine are "
               "the group among whom no survivor was found. The place is the searched zone of the relative clause; no "
               "time written (the search's night is its own)."),
    event("e-transport", "Event", "The helicopter was taking Raisi back to Tabriz", ("ramenait", None),
          [("agent", HELI), ("theme", RAISI)], time="t-sunday",
          note="« L’appareil ramenait le dirigeant ultraconservateur vers Tabriz »: a thing carries a person (agent "
               "and theme, as « transportés ... par des navires » in gold). Tabriz, the destination, is a mention "
               "with no role: the helicopter never reached it. The Sunday is implied by the crash, which is part "
               "of the flight."),
    event("e-inauguration", "Event", "Raisi had inaugurated a dam on the border with Ilham Aliyev",
          ("avait inauguré", None), [("agent", RAISI), ("participant", ALIYEV), ("theme", DAM)], place=BORDER,
          time="t-hours-earlier",
          note="« Quelques heures plus tôt, il avait inauguré un barrage à la frontière en compagnie de son homologue "
               "azerbaïdjanais, Ilham Aliev »: pluperfect; Aliyev takes part (« en compagnie de »). The vague time "
               "counts back from the flight."),
    event("e-technical-failure", "Event", "A technical failure of the helicopter is not ruled out",
          ("défaillance", None), [("participant", HELI)], status="hypothetical", according_to=[OFFICIAL],
          note="« Une défaillance technique n’est pas exclue »: the negation of « exclue » states a possibility, so "
               "hypothetical, according to the official. The helicopter is implied (the shapes need one role)."),
    event("e-interim", "Event", "Ali Khamenei hands the interim presidency to Mohammad Mokhber",
          ("a confié", None), [("agent", KHAMENEI), ("recipient", MOKHBER)],
          note="« a confié l’intérim au premier vice-président, Mohammad Mokhber »: « l’intérim » is what is handed "
               "over, not an entity. No time written."),
    event("e-mourning-decree", "Event", "Ali Khamenei decrees five days of national mourning", ("décrété", None),
          [("agent", KHAMENEI)],
          note="« et décrété cinq jours de deuil national »: the second verb of the same subject. The decree itself "
               "has no time; the five days belong to the mourning (e-mourning)."),
    event("e-mourning", "Event", "Five days of national mourning in Iran", ("deuil", None),
          [("participant", IRAN)], status="planned", time="t-five-days",
          note="« cinq jours de deuil national »: decreed and still to run its course, so planned; its only time is "
               "its length (as a visit « de trois jours » in gold). « national » is an adjective: Iran is implied "
               "(the shapes need one role)."),
    event("e-disruption", "Event", "The running of the country will not be disrupted (Khamenei)",
          ("perturbée", None), [("participant", IRAN)], status="negated", according_to=[KHAMENEI],
          evidence=KHAMENEI_EVIDENCE,
          note="« L’administration du pays ne sera pas perturbée »: a negated future in Khamenei's quote; « pays » "
               "is Iran. « Le peuple ne doit pas s’inquiéter » is an exhortation, no event."),
    event("e-election", "Event", "A presidential election to be held on 28 June", ("se tiendra", None),
          [("participant", IRAN)], status="planned", time="t-june-28", according_to=[IRNA],
          note="« Une élection présidentielle se tiendra le 28 juin, a indiqué l’agence officielle Irna »: no actor "
               "written; Iran, where it is held, is implied as the participant (the shapes need one role)."),
    event("e-funeral", "Event", "Raisi's funeral to begin on Tuesday in Tabriz", ("funérailles", None),
          [("recipient", RAISI)], status="planned", place=TABRIZ, time="t-tuesday",
          note="« Les funérailles débuteront mardi à Tabriz »: the noun names the event, « débuteront » its start. "
               "Whose funeral is implied (Raisi, « le défunt » of the same sentence); the recipient, as the dead. "
               "The time is its first day."),
    event("e-burial", "Event", "Raisi to be buried on Thursday in Mashhad, his home town", ("sera inhumé", None),
          [("recipient", RAISI)], status="planned", place=MASHHAD, time="t-thursday", part_of="e-funeral",
          note="« le défunt sera inhumé jeudi à Mashhad, sa ville natale »: a future passive with no agent; the "
               "dead man is the recipient. Part of the funeral that begins on Tuesday."),
    event("e-aid-offer", "Proposal", "Russia offers its help for the investigation", ("a proposé", None),
          [("agent", RUSSIA), ("theme", AID)],
          note="« et Moscou a proposé son aide pour l’enquête »: « Moscou » is the Russian state (metonym); the help "
               "is the theme (a thing proposed). The recipient, Iran, is not written. No source is named for this "
               "half of the sentence (« selon le Kremlin » bears on the telegram): the article's own voice."),
    event("e-investigation", "Event", "The investigation into the crash", ("enquête", None),
          [("participant", HELI)],
          note="« pour l’enquête »: a definite noun presupposes an investigation under way (occurred); who leads it "
               "is not written, and the crashed helicopter is what it is about (the shapes need one role)."),
    event("e-us-role", "Event", "The United States played no role in the crash", ("joué", None),
          [("agent", US)], status="negated", according_to=[AUSTIN],
          note="« Les États-Unis n’ont joué « aucun rôle » dans l’accident »: a denial standing alone (nobody in "
               "the article accuses Washington), so negated, as Kyiv's denied role in gold."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-tv-announcement", "Report", "Iranian state television announces the deaths of Raisi and "
           "Amir-Abdollahian", TV, ("a annoncé", None), [], time="t-monday", evidence=LEDE_EVIDENCE,
           about=["e-deaths", "e-crash"],
           note="The source after the clause, with the publication weekday."),
    speech("s-tv-martyrdom", "Statement", "State television: Raisi has reached the highest degree of martyrdom", TV,
           ("a déclaré", None),
           [("Le serviteur de la nation, l’ayatollah Raïssi, a atteint le plus haut degré du martyre", None)],
           time="t-dawn", about=["e-deaths"],
           note="A quote first; « la chaîne » is the state television (the same source as the lede). The quote "
                "restates Raisi's death."),
    speech("s-red-crescent", "Report", "The Red Crescent reports the night search and no survivor", RED_CRESCENT,
           ("selon", "selon le Croissant-Rouge"), [], about=["e-search", "e-no-survivor"],
           note="« selon le Croissant-Rouge iranien » at the end of the sentence; no time."),
    speech("s-official", "Statement", "A civil aviation official does not rule out a technical failure", OFFICIAL,
           ("a estimé", None), [], about=["e-technical-failure"],
           note="Indirect speech without guillemets, the source after the clause."),
    speech("s-khamenei", "Assurance", "Ali Khamenei: the people need not worry, the running of the country will "
           "not be disrupted", KHAMENEI, ("écrit", "a-t-il écrit"),
           [("Le peuple ne doit pas s’inquiéter", None), ("L’administration du pays ne sera pas perturbée.", None)],
           evidence=KHAMENEI_EVIDENCE, about=["e-disruption", "e-interim"],
           note="A quote split around the inverted clause « a-t-il écrit dans un message »; « il » is Khamenei (the "
                "subject of the sentence before). The second part keeps its final full stop, which stands inside "
                "the guillemets (as Guterres's quote in the bundled article). « dans un message » is the medium; "
                "no time is written."),
    speech("s-irna", "Report", "IRNA reports the presidential election date", IRNA, ("a indiqué", None), [],
           about=["e-election"],
           note="« a indiqué l’agence officielle Irna »: the title before the name is part of its phrase."),
    speech("s-allied-condolences", "Statement", "Condolences pour in from allied capitals", CAPITALS,
           ("condoléances", "Les condoléances"), [], about=["e-deaths"],
           note="« Les condoléances ont afflué des capitales alliées »: a nominal speech act whose speakers are a "
                "group that acts as one source (as « les Occidentaux » in gold); the sentences after detail it."),
    speech("s-putin", "Statement", "Vladimir Putin hails Raisi as a true friend of Russia", PUTIN,
           ("a salué", None), [("un véritable ami de la Russie", None)], according_to=[KREMLIN],
           about=["e-deaths"],
           note="« a salué dans un télégramme « un véritable ami de la Russie », selon le Kremlin »: the telegram is "
                "the medium; the quote refers to Raisi. No addressee is written."),
    speech("s-kremlin", "Report", "The Kremlin reports Putin's telegram", KREMLIN, ("selon", "selon le Kremlin"), [],
           about=["s-putin"],
           note="« selon le Kremlin »: the institution (Q2060629), a source."),
    speech("s-beijing", "Statement", "China expresses its deep sadness", CHINA, ("a exprimé", None),
           [("profonde tristesse", None)], about=["e-deaths"],
           note="« Pékin » is China (metonym)."),
    speech("s-xi", "Statement", "Xi Jinping: the Chinese people have lost a good friend", XI, ("a ajouté", None),
           [("a perdu un bon ami", None)], about=["e-deaths"],
           note="« Le peuple chinois « a perdu un bon ami », a ajouté Xi Jinping »: the quote is the predicate only; "
                "the subject outside the guillemets is the article's wording. « a ajouté » after Beijing's words: "
                "Xi adds to what China says. The loss restates Raisi's death."),
    speech("s-us-condolences", "Statement", "The State Department offers official condolences to the Iranian people",
           STATE_DEPT, ("a présenté", None), [("condoléances officielles", None)], addressee=IRANIAN_PEOPLE,
           place=WASHINGTON, time="t-monday-us", about=["e-deaths"],
           note="« À Washington » is the city (Q61), where the department speaks; the Iranian people (« au peuple "
                "iranien ») is the addressee."),
    speech("s-us-no-comment", "SpeechAct", "The State Department makes no further comment", STATE_DEPT,
           ("commentaire", None), [], status="negated", time="t-monday-us", place=WASHINGTON,
           about=["e-deaths"],
           note="« sans autre commentaire »: a no-comment is a negated speech act (gold); same occasion as the "
                "condolences."),
    speech("s-austin", "Assurance", "Lloyd Austin: the United States played no role in the crash", AUSTIN,
           ("a assuré", None), [("aucun rôle", None)], about=["e-us-role", "e-crash"],
           note="A quoted fragment inside the clause, the source after it with a role noun and a name in apposition; "
                "« interrogé par la presse »: the press is generic (no mention, no speech act, as « lorsque la "
                "presse lui a demandé » in the bundled article). No time written."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
