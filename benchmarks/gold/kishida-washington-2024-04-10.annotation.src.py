"""Held-out annotation of kishida-washington-2024-04-10.txt (written for the eighteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/kishida-washington-2024-04-10.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/kishida-washington-2024-04-10.annotation.src.py --check

From held-out set 18 (moved to gold in session 17; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kishida-washington-2024-04-10.txt"

NOTE = """\
Held-out-18 article: Joe Biden receives Fumio Kishida, on a state visit to Washington, at the White House on \
Wednesday 10 April 2024, and the two allies announce the widest overhaul of their military cooperation in decades; \
according to the White House, Tokyo and Washington will modernise the command structure of the some 54,000 US \
troops stationed in Japan to coordinate them better with the Japanese forces; Biden calls it the greatest upgrade \
of the alliance at a joint press conference and Kishida answers that Japan will always stand by the United States; \
Kishida had been welcomed by the Bidens at a private dinner on Tuesday evening; a senior US official says the two \
leaders will meet Philippine President Ferdinand Marcos Jr. on Thursday for a first trilateral summit on the South \
China Sea, where Manila accuses the Chinese coast guard of harassing its ships near a disputed reef; Beijing, \
through its spokeswoman Mao Ning, opposes any alliance aimed at a third country, accuses Washington and Tokyo of \
sowing discord in Asia and says such a bloc could threaten peace; Tokyo denies it through Yoko Kamikawa, who \
recalls Japan's 2022 decision to double its defence spending by 2027; Kishida will address Congress on Thursday \
and go to North Carolina on Friday. Published Wednesday 10 April 2024 (the file gives the day). The visit, the \
command upgrade, the dinner, the trilateral, the Congress speech, the North Carolina trip and the 2022 decision \
follow the real events loosely; the quotes, Mao Ning's and Kamikawa's words, the troop figure's wording and the \
official's briefing are invented or simplified.
What it exercises: a reception on the publication day at a building with a role noun and a name in apposition on \
each side and an apposed state visit (« Le président américain, Joe Biden, a reçu mercredi à la Maison Blanche le \
Premier ministre japonais, Fumio Kishida, en visite d’État à Washington »), joined by « et » to an announcement by \
a plural phrase (« les deux alliés ont annoncé »: two speech acts, the United States and Japan, one trigger) of a \
nominal overhaul with a vague comparison window (« la plus vaste refonte ... depuis des décennies »: attached to \
nothing); « Selon la Maison Blanche » (the presidency, a metonym, while « à la Maison Blanche » is the building) \
over two metonyms as one subject with a near future (« Tokyo et Washington vont moderniser »: planned), a nested \
participle of a present state (« soldats américains stationnés au Japon ») and a purpose with an object clitic for \
a group (« afin de mieux les coordonner »: planned, « les » a pronoun); a quote first with an impersonal « Il \
s’agit » and « a déclaré M. Biden lors d’une conférence de presse commune »; a quote split around « a répondu son \
invité, » (a possessive role noun) ending with its full stop; a pluperfect passive reception on a past weekday \
evening with two agents and a kinship noun with a first name in apposition and a place as a role noun (« avait \
été accueilli mardi soir par le président américain et son épouse, Jill, lors d’un dîner privé dans la capitale \
américaine »); a fronted future weekday with a modal of plan and a restating noun (« Jeudi, les deux hommes doivent \
retrouver le président philippin, Ferdinand Marcos Jr., pour un premier sommet à trois ») sourced after the clause \
(« a précisé un haut responsable américain »); an accusation by a metonym of a state not in ids.tsv with an \
infinitive perfect and a « près de » place (« Manille accuse les garde-côtes chinois d’avoir harcelé ses navires \
près d’un récif disputé »: suspected, no place); a state as the subject of a quoted verb (« La Chine « s’oppose \
fermement » ..., a affirmé mercredi la porte-parole de sa diplomatie, Mao Ning »: China the speaker, Mao Ning in \
according_to with her own Report) and a participle accusation with a quoted infinitive (« accusant Washington et \
Tokyo de « semer la discorde » en Asie »: suspected); a conditional with « selon elle » inside the clause (« Un tel \
bloc pourrait, selon elle, « menacer la paix » dans la région »: hypothetical); a denial by a metonym (« Tokyo s’en \
défend ») and a negated quote with « Nous » for Japan (« Nous ne cherchons la confrontation avec aucun pays »: \
negated) under « a assuré mercredi à Tokyo » (Tokyo the city) with a role noun and a name in apposition, and a \
participle recalling a pluperfect decision with a year and a planned doubling with a deadline year (« rappelant que \
son pays avait décidé en 2022 de doubler ses dépenses de défense d’ici 2027 »); a planned speech in the future \
tense with a weekday (« prononcera jeudi un discours devant le Congrès ») and « depuis 2015 » attached to nothing \
(the previous such speech has no trigger), then a planned trip with a future weekday (« avant de se rendre vendredi \
en Caroline du Nord »).
Places and metonyms. « Washington » is the city (Q61) in « en visite d’État à Washington » and the United States \
(Q30) where it acts with Tokyo (« Tokyo et Washington vont moderniser », « accusant Washington et Tokyo »). « Tokyo \
» is Japan (Q17) as a state (« Tokyo et Washington », « accusant ... Tokyo », « Tokyo s’en défend ») and the city \
(Q1490) in « a assuré mercredi à Tokyo ». « la capitale américaine » is a nominal mention of Washington, the city \
(Q61). « Maison Blanche » is the building (a local place) in « a reçu ... à la Maison Blanche » and the presidency (a \
local organisation, metonym) in « Selon la Maison Blanche », as in the gold files (the bundled rule: the name \
without its article). « Manille » stands for the Philippines (a local country, metonym); « Pékin » does not occur, \
« La Chine » is China by name (Q148). « Chine » inside « mer de Chine méridionale » only gives its name and is no \
mention. « un récif disputé » is a local place mention with no role (near, not in: the harassment gets no place).
Mentions. « les deux alliés », « les deux hommes » and « notre alliance » are plural phrases or possessives, no \
mentions; « un pays tiers », « aucun pays » and « un chef du gouvernement japonais » are generic; « Un tel bloc » \
and « toute alliance » are generic too (no particular alliance is named), so the threat to peace takes the two \
accused states as implied agents. « sa diplomatie » inside Mao Ning's role noun is a mention of the Chinese \
foreign ministry (an entity of its own, as « Kremlin » in « porte-parole du Kremlin »). « la structure de \
commandement » is a local object (the modernisation's theme); « quelque 54 000 soldats américains » (after the \
fused « des ») and « les » in « les coordonner » are one local group; « les forces japonaises » is the Japan \
Self-Defense Forces (local). « son pays » (Kamikawa's) is Japan. « ses dépenses de défense » is not an entity.
Statuses. The reception, the state visit, the stationing, the Tuesday reception and dinner and the 2022 decision \
occurred; the overhaul, the modernisation and the coordination (announced, « vont », « afin de »), the Thursday \
trilateral (« doivent »), the doubling by 2027, the Congress speech and the trip to North Carolina are planned; the \
harassment and the sowing of discord are suspected (Manila's and Mao Ning's accusations); the threat to peace is \
hypothetical; Japan's confrontation is negated. « les tensions en mer de Chine méridionale » has no actor written \
and is no event (as « la situation »).
Times. « mercredi » (three times) is the publication day, Wednesday 10 April 2024; « mardi soir » is Tuesday 9 \
April 2024 (part of day, pluperfect); « Jeudi » and « jeudi » are Thursday 11 April 2024 and « vendredi » Friday \
12 April 2024 (weekday-future); « en 2022 » and « d’ici 2027 » are years; « depuis 2015 » is a year attached to \
nothing; « depuis des décennies » is vague and attached to nothing. The announcement, Biden's and Kishida's words \
(at the joint press conference, on the reception's occasion) take the Wednesday; Mao Ning's accusation and « selon \
elle » continue her Wednesday words; Manila's accusation, Tokyo's denial and the White House's report have no \
weekday and get no time.
Joe Biden, Jill Biden, the White House (building and presidency), the Philippines, Ferdinand Marcos Jr., the South \
China Sea, the senior US official, the Chinese coast guard, the Philippine ships, the reef, Mao Ning, the Chinese \
foreign ministry, Asia, the US troops in Japan, the command structure, the Japanese forces, the US Congress and \
North Carolina are not in ids.tsv: local, unlinked. Fumio Kishida, Yoko Kamikawa, Japan, the United States, China, \
Washington and Tokyo are linked."""

KISHIDA, KAMIKAWA, JAPAN, US, CHINA, WASHINGTON, TOKYO = "Q359480", "Q276275", "Q17", "Q30", "Q148", "Q61", "Q1490"
BIDEN, JILL, WH_PLACE, WH_ORG = "local:joe-biden", "local:jill-biden", "local:white-house", \
    "local:white-house-presidency"
TROOPS, COMMAND, JSDF = "local:us-forces-japan-troops", "local:us-japan-command-structure", \
    "local:japan-self-defense-forces"
MARCOS, PHILIPPINES, SCS, OFFICIAL = "local:ferdinand-marcos-jr", "local:philippines", "local:south-china-sea", \
    "local:senior-us-official"
CCG, PH_SHIPS, REEF = "local:china-coast-guard", "local:philippine-ships", "local:disputed-reef"
MAO, CN_MFA, ASIA, CONGRESS, NC = "local:mao-ning", "local:china-foreign-ministry", "local:asia", \
    "local:us-congress", "local:north-carolina"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (WH_PLACE, "Maison Blanche", "White House (the building)", "place",
     {"description": "résidence du président américain à Washington, où Fumio Kishida est reçu",
      "unlinked_reason": NOT_VERIFIED}),
    (WH_ORG, "Maison Blanche", "White House (the US presidency)", "organization",
     {"description": "la présidence américaine, pour laquelle le bâtiment est mis", "unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "soldats américains stationnés au Japon", "US troops stationed in Japan", "group",
     {"description": "les quelque 54 000 militaires américains déployés au Japon",
      "unlinked_reason": "an unnamed group of soldiers, not one Wikidata item"}),
    (COMMAND, "structure de commandement des forces américaines au Japon",
     "command structure of the US forces in Japan", "object",
     {"unlinked_reason": "an arrangement with no Wikidata item of its own"}),
    (JSDF, "Forces japonaises d’autodéfense", "Japan Self-Defense Forces", "organization",
     {"description": "« les forces japonaises »", "unlinked_reason": NOT_VERIFIED}),
    (JILL, "Jill Biden", "Jill Biden", "person",
     {"description": "épouse de Joe Biden", "unlinked_reason": NOT_VERIFIED}),
    (MARCOS, "Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "person",
     {"description": "président des Philippines", "class_qid": "Q48352", "unlinked_reason": NOT_VERIFIED}),
    (SCS, "mer de Chine méridionale", "South China Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "haut responsable américain anonyme", "anonymous senior US official", "person",
     {"unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (PHILIPPINES, "Philippines", "Philippines", "country",
     {"class_qid": "Q3624078", "unlinked_reason": NOT_VERIFIED}),
    (CCG, "garde-côtes chinois", "China Coast Guard", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PH_SHIPS, "navires philippins", "Philippine ships", "object",
     {"description": "les navires que Manille dit harcelés",
      "unlinked_reason": "a set of ships with no Wikidata item"}),
    (REEF, "récif disputé", "disputed reef", "place",
     {"description": "un récif de la mer de Chine méridionale que l’article ne nomme pas",
      "unlinked_reason": "an unnamed reef, not one Wikidata item"}),
    (MAO, "Mao Ning", "Mao Ning", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"description": "« sa diplomatie »", "class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (ASIA, "Asie", "Asia", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CONGRESS, "Congrès des États-Unis", "United States Congress", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (NC, "Caroline du Nord", "North Carolina", "place", {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président américain, Joe Biden, a reçu mercredi à la Maison Blanche le Premier ministre japonais, ...
    ("Le président américain", None, BIDEN, "nominal"),
    ("Joe Biden", None, BIDEN, "name"),
    ("Maison Blanche", "à la Maison Blanche", WH_PLACE, "name"),
    ("le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Washington", "visite d’État à Washington", WASHINGTON, "name"),
    # Selon la Maison Blanche, Tokyo et Washington vont moderniser la structure de commandement des quelque ...
    ("Maison Blanche", "Selon la Maison Blanche", WH_ORG, "metonym"),
    ("Tokyo", "Tokyo et Washington", JAPAN, "metonym"),
    ("Washington", "Tokyo et Washington", US, "metonym"),
    ("la structure de commandement", None, COMMAND, "nominal"),
    ("quelque 54 000 soldats américains", None, TROOPS, "nominal"),
    ("Japon", "stationnés au Japon", JAPAN, "name"),
    ("les", "mieux les coordonner", TROOPS, "pronoun"),
    ("les forces japonaises", None, JSDF, "nominal"),
    # « Il s’agit de la plus importante amélioration de notre alliance ... », a déclaré M. Biden ...
    ("Biden", "M. Biden", BIDEN, "name"),
    # « Le Japon, a répondu son invité, se tiendra toujours aux côtés des États-Unis. »
    ("Japon", "« Le Japon, a répondu", JAPAN, "name"),
    ("son invité", None, KISHIDA, "nominal"),
    ("États-Unis", None, US, "name"),
    # Le dirigeant japonais avait été accueilli mardi soir par le président américain et son épouse, Jill, ...
    ("Le dirigeant japonais", None, KISHIDA, "nominal"),
    ("le président américain", "par le président américain", BIDEN, "nominal"),
    ("son épouse", None, JILL, "nominal"),
    ("Jill", None, JILL, "name"),
    ("la capitale américaine", None, WASHINGTON, "nominal"),
    # Jeudi, les deux hommes doivent retrouver le président philippin, Ferdinand Marcos Jr., ...
    ("le président philippin", None, MARCOS, "nominal"),
    ("Ferdinand Marcos Jr.", None, MARCOS, "name"),
    ("mer de Chine méridionale", None, SCS, "name"),
    ("un haut responsable américain", None, OFFICIAL, "nominal"),
    # Manille accuse les garde-côtes chinois d’avoir harcelé ses navires près d’un récif disputé.
    ("Manille", None, PHILIPPINES, "metonym"),
    ("les garde-côtes chinois", None, CCG, "nominal"),
    ("ses navires", None, PH_SHIPS, "nominal"),
    ("un récif disputé", None, REEF, "nominal"),
    # La Chine « s’oppose fermement » ..., a affirmé mercredi la porte-parole de sa diplomatie, Mao Ning, ...
    ("Chine", "La Chine «", CHINA, "name"),
    ("la porte-parole de sa diplomatie", None, MAO, "nominal"),
    ("sa diplomatie", None, CN_MFA, "nominal"),
    ("Mao Ning", None, MAO, "name"),
    ("Washington", "accusant Washington et Tokyo", US, "metonym"),
    ("Tokyo", "accusant Washington et Tokyo", JAPAN, "metonym"),
    ("Asie", None, ASIA, "name"),
    # Un tel bloc pourrait, selon elle, « menacer la paix » dans la région.
    ("elle", "selon elle", MAO, "pronoun"),
    ("la région", None, ASIA, "nominal"),
    # Tokyo s’en défend. « Nous ne cherchons ... », a assuré mercredi à Tokyo la ministre ..., Yoko Kamikawa, ...
    ("Tokyo", "Tokyo s’en défend", JAPAN, "metonym"),
    ("Nous", None, JAPAN, "pronoun"),
    ("Tokyo", "mercredi à Tokyo", TOKYO, "name"),
    ("la ministre japonaise des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("son pays", None, JAPAN, "nominal"),
    # M. Kishida prononcera jeudi un discours devant le Congrès, ... avant de se rendre vendredi en Caroline du Nord.
    ("Kishida", "M. Kishida", KISHIDA, "name"),
    ("Congrès", None, CONGRESS, "name"),
    ("Caroline du Nord", None, NC, "name"),
]

PUB_DAY = "The publication day, Wednesday 10 April 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", "a reçu mercredi"), "2024-04-10", "day", "weekday-publication-day",
     "« a reçu mercredi »: " + PUB_DAY),
    ("t-decades", ("depuis des décennies", None), None, "vague", "vague",
     "« la plus vaste refonte ... depuis des décennies »: the window of a comparison, several decades, no value; "
     "attached to nothing (no earlier overhaul has a trigger)."),
    ("t-tuesday-evening", ("mardi soir", None), "2024-04-09", "day", "part-of-day",
     "Pluperfect « avait été accueilli mardi soir »: the evening of the Tuesday before the publication day, 9 April "
     "2024."),
    ("t-thursday", ("Jeudi", None), "2024-04-11", "day", "weekday-future",
     "« Jeudi, les deux hommes doivent retrouver »: the Thursday after the publication day, 11 April 2024."),
    ("t-wednesday-mao", ("mercredi", "a affirmé mercredi"), "2024-04-10", "day", "weekday-publication-day",
     "« a affirmé mercredi »: " + PUB_DAY),
    ("t-wednesday-kamikawa", ("mercredi", "a assuré mercredi"), "2024-04-10", "day", "weekday-publication-day",
     "« a assuré mercredi à Tokyo »: " + PUB_DAY),
    ("t-2022", ("en 2022", None), "2022", "year", "explicit-year", "« avait décidé en 2022 »: the decision's year."),
    ("t-2027", ("d’ici 2027", None), "2027", "year", "explicit-year",
     "« doubler ... d’ici 2027 »: the deadline year of the planned doubling (as « d’ici 2030 » in gold)."),
    ("t-thursday-speech", ("jeudi", "prononcera jeudi"), "2024-04-11", "day", "weekday-future",
     "« prononcera jeudi un discours »: Thursday 11 April 2024, the same Thursday as the trilateral."),
    ("t-2015", ("depuis 2015", None), "2015", "year", "explicit-year",
     "« une première ... depuis 2015 »: the previous such speech has no trigger word: attached to nothing "
     "(« depuis X » is annotated as X)."),
    ("t-friday", ("vendredi", None), "2024-04-12", "day", "weekday-future",
     "« avant de se rendre vendredi en Caroline du Nord »: Friday 12 April 2024."),
]

LEDE = ("Le président américain", "depuis des décennies.")
KISHIDA_REPLY = ("« Le Japon, a répondu", "États-Unis. »")

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Joe Biden receives Fumio Kishida at the White House on Wednesday",
          ("a reçu", None), [("agent", BIDEN), ("participant", KISHIDA)], place=WH_PLACE, time="t-wednesday",
          part_of="e-state-visit", evidence=LEDE,
          note="« Le président américain, Joe Biden, a reçu mercredi à la Maison Blanche le Premier ministre "
               "japonais, Fumio Kishida »: the host is the agent, the guest the participant; the building is the "
               "place (a local place, as in gold/zelensky-washington-2023-12-12)."),
    event("e-state-visit", "Visit", "Fumio Kishida's state visit to Washington", ("visite d’État", None),
          [("agent", KISHIDA)], place=WASHINGTON, evidence=LEDE,
          note="« en visite d’État à Washington »: an apposed noun, the visit under way; Washington is the city "
               "(Q61). No time word of its own (the visit spans several days)."),
    event("e-overhaul", "Event", "The widest overhaul of US–Japan military cooperation in decades",
          ("refonte", None), [("participant", US), ("participant", JAPAN)], status="planned",
          according_to=[US, JAPAN], evidence=LEDE,
          note="« les deux alliés ont annoncé la plus vaste refonte de leur coopération militaire »: announced, not "
               "yet carried out: planned. « les deux alliés » is a plural phrase (no mention); the two states are "
               "the participants. « depuis des décennies » is a comparison window, not its time. Biden's « la plus "
               "importante amélioration de notre alliance » restates it (no new event)."),
    event("e-command-modernisation", "Event", "Tokyo and Washington to modernise the command structure of US "
          "troops in Japan", ("moderniser", None), [("agent", JAPAN), ("agent", US), ("theme", COMMAND)],
          status="planned", according_to=[WH_ORG], part_of="e-overhaul",
          note="« Selon la Maison Blanche, Tokyo et Washington vont moderniser la structure de commandement »: a "
               "near future, planned; two metonyms as one subject, both agents; the structure is the theme."),
    event("e-stationing", "Event", "Some 54,000 US troops are stationed in Japan", ("stationnés", None),
          [("agent", US), ("participant", TROOPS)], place=JAPAN,
          note="« des quelque 54 000 soldats américains stationnés au Japon »: a participle of a present state, "
               "occurred (as « qui supervise l’armistice » in gold); the United States, whose troops they are, "
               "is the implied agent. No time."),
    event("e-coordination", "Event", "US troops to be better coordinated with the Japanese forces",
          ("coordonner", None), [("agent", JAPAN), ("agent", US), ("participant", TROOPS), ("participant", JSDF)],
          status="planned", according_to=[WH_ORG], part_of="e-command-modernisation",
          note="« afin de mieux les coordonner avec les forces japonaises »: the purpose of the modernisation, "
               "planned; its agents are the subject of « vont moderniser »; « les » is the troops."),
    event("e-dinner-reception", "Meeting", "The Bidens welcomed Kishida on Tuesday evening",
          ("avait été accueilli", None), [("agent", BIDEN), ("agent", JILL), ("participant", KISHIDA)],
          place=WASHINGTON, time="t-tuesday-evening", part_of="e-state-visit",
          note="« Le dirigeant japonais avait été accueilli mardi soir par le président américain et son épouse, "
               "Jill »: a pluperfect passive reception, its agents after « par »; « la capitale américaine » is "
               "Washington, the place."),
    event("e-dinner", "Banquet", "Private dinner of the Bidens and Kishida", ("dîner", None),
          [("participant", BIDEN), ("participant", JILL), ("participant", KISHIDA)], place=WASHINGTON,
          time="t-tuesday-evening", part_of="e-dinner-reception",
          note="« lors d’un dîner privé dans la capitale américaine »: the occasion of the reception, which took "
               "place; part of it (as the dinner of a reception in gold/modi-moscou-2024-07-09)."),
    event("e-trilateral", "Meeting", "Biden and Kishida to meet Ferdinand Marcos Jr. on Thursday for a first "
          "trilateral summit", ("retrouver", None),
          [("participant", BIDEN), ("participant", KISHIDA), ("participant", MARCOS)], status="planned",
          time="t-thursday", according_to=[OFFICIAL],
          note="« Jeudi, les deux hommes doivent retrouver le président philippin, Ferdinand Marcos Jr., pour un "
               "premier sommet à trois »: « doivent » makes it planned; « les deux hommes » is a plural phrase, "
               "Biden and Kishida by the context; « sommet à trois » restates the meeting (no second event). No "
               "place is written. « les tensions en mer de Chine méridionale » has no actor: no event."),
    event("e-harassment", "Event", "The Chinese coast guard harassed Philippine ships near a disputed reef",
          ("harcelé", None), [("agent", CCG), ("recipient", PH_SHIPS)], status="suspected",
          according_to=[PHILIPPINES],
          note="« Manille accuse les garde-côtes chinois d’avoir harcelé ses navires près d’un récif disputé »: "
               "an accusation, suspected according to the Philippines; near the reef, not in it: no place "
               "(as « près du détroit d’Ormuz » in gold). No time."),
    event("e-discord", "Event", "Washington and Tokyo sow discord in Asia (China's accusation)", ("semer", None),
          [("agent", US), ("agent", JAPAN)], status="suspected", place=ASIA, according_to=[MAO],
          note="« accusant Washington et Tokyo de « semer la discorde » en Asie »: an accusation, suspected; the "
               "two metonyms are the agents."),
    event("e-peace-threat", "Event", "Such a bloc could threaten peace in the region", ("menacer", None),
          [("agent", US), ("agent", JAPAN)], status="hypothetical", place=ASIA, according_to=[MAO],
          note="« Un tel bloc pourrait, selon elle, « menacer la paix » dans la région »: a conditional possibility. "
               "« Un tel bloc » is generic (no mention): the states Mao Ning accuses in the sentence before are "
               "the implied agents; « la région » is Asia."),
    event("e-confrontation", "Event", "Japan does not seek confrontation with any country",
          ("confrontation", None), [("agent", JAPAN)], status="negated", according_to=[KAMIKAWA],
          note="« Nous ne cherchons la confrontation avec aucun pays »: negated; « Nous » is Japan; « aucun pays » "
               "is generic."),
    event("e-spending-decision", "Event", "Japan decided in 2022 to double its defence spending",
          ("avait décidé", None), [("agent", JAPAN)], time="t-2022", according_to=[KAMIKAWA],
          note="« rappelant que son pays avait décidé en 2022 »: a pluperfect decision recalled by the minister "
               "(according_to); « son pays » is Japan."),
    event("e-spending-doubling", "Event", "Japan to double its defence spending by 2027", ("doubler", None),
          [("agent", JAPAN)], status="planned", time="t-2027", according_to=[KAMIKAWA],
          part_of="e-spending-decision",
          note="« de doubler ses dépenses de défense d’ici 2027 »: what was decided, planned, dated by its deadline "
               "year; the spending is no entity."),
    event("e-north-carolina", "Visit", "Kishida to go to North Carolina on Friday", ("se rendre", None),
          [("agent", KISHIDA)], status="planned", place=NC, time="t-friday", part_of="e-state-visit",
          note="« avant de se rendre vendredi en Caroline du Nord »: a planned trip on a future weekday, the "
               "next leg of the state visit."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-us-announcement", "Statement", "The United States announces the overhaul of military cooperation",
           US, ("ont annoncé", None), [], time="t-wednesday", evidence=LEDE, about=["e-overhaul"],
           note="« les deux alliés ont annoncé »: a plural phrase, two speech acts sharing one trigger (as « "
                "Washington et Séoul soupçonnent » in gold), one per state; it is joined by « et » to the Wednesday "
                "reception, whose day it takes."),
    speech("s-japan-announcement", "Statement", "Japan announces the overhaul of military cooperation",
           JAPAN, ("ont annoncé", None), [], time="t-wednesday", evidence=LEDE, about=["e-overhaul"],
           note="The second of the two allies (see s-us-announcement)."),
    speech("s-white-house", "Report", "The White House details the command modernisation", WH_ORG,
           ("Selon", None), [], about=["e-command-modernisation", "e-coordination"],
           note="« Selon la Maison Blanche »: the presidency, a metonym; no time of its own."),
    speech("s-biden-upgrade", "Statement", "Biden: the greatest upgrade of the alliance since its creation", BIDEN,
           ("a déclaré", None),
           [("Il s’agit de la plus importante amélioration de notre alliance depuis sa création", None)],
           time="t-wednesday", place=WH_PLACE, about=["e-overhaul"],
           note="A quote first; « lors d’une conférence de presse commune » puts it at the Wednesday reception (as "
                "in gold/camp-david-trilaterale-2023-08-18; the press conference is no event). « Il s’agit » is "
                "impersonal; « notre alliance » is possessive, no mention."),
    speech("s-kishida-reply", "Statement", "Kishida: Japan will always stand by the United States", KISHIDA,
           ("a répondu", None),
           [("Le Japon", "« Le Japon, a répondu"), ("se tiendra toujours aux côtés des États-Unis.", None)],
           time="t-wednesday", place=WH_PLACE, evidence=KISHIDA_REPLY,
           note="One quote split around « a répondu son invité, »: two quote parts, the second keeps its full stop "
                "inside the guillemets. « son invité » is Kishida (Biden's guest). Answering Biden at the same "
                "press conference: the Wednesday and the White House. A stance, no event; no addressee written."),
    speech("s-official", "Report", "A senior US official announces the Thursday trilateral", OFFICIAL,
           ("a précisé", None), [], about=["e-trilateral"],
           note="« a précisé un haut responsable américain »: the source after the clause; no time of its own."),
    speech("s-manila-accusation", "Statement", "Manila accuses the Chinese coast guard of harassing its ships",
           PHILIPPINES, ("accuse", "Manille accuse"), [], addressee=CCG, about=["e-harassment"],
           note="« Manille »: the Philippines (a metonym of a state not in ids.tsv); the accused is the addressee, "
                "as in gold/camp-david-trilaterale-2023-08-18. Present tense, no weekday: no time."),
    speech("s-china-opposition", "Statement", "China « firmly opposes » any alliance aimed at a third country", CHINA,
           ("s’oppose", None), [("s’oppose fermement", None)], time="t-wednesday-mao", according_to=[MAO],
           note="« La Chine « s’oppose fermement » ..., a affirmé mercredi la porte-parole »: the state is the "
                "subject of the quoted verb, so China is the speaker and Mao Ning in according_to, with her own "
                "Report (as Paris « condamne » in gold/coup-niger-2023-07-27). « toute alliance dirigée contre un "
                "pays tiers » is generic: no event."),
    speech("s-mao-report", "Report", "Mao Ning states China's opposition", MAO, ("a affirmé", None), [],
           time="t-wednesday-mao", about=["s-china-opposition"],
           note="« a affirmé mercredi la porte-parole de sa diplomatie, Mao Ning »: a role noun and the name in "
                "apposition; « sa diplomatie » (the ministry) is a mention inside it."),
    speech("s-mao-accusation", "Statement", "Mao Ning accuses Washington and Tokyo of sowing discord in Asia", MAO,
           ("accusant", None), [("semer la discorde", None)], time="t-wednesday-mao", about=["e-discord"],
           note="A participle of the same sentence, the same Wednesday words. Two states are accused, so no single "
                "addressee is given."),
    speech("s-mao-threat", "Statement", "Mao Ning: such a bloc could threaten peace", MAO, ("selon", None),
           [("menacer la paix", None)], time="t-wednesday-mao", about=["e-peace-threat"],
           note="« selon elle » inside the clause continues her Wednesday words (as « Selon lui » in "
                "gold/zelensky-washington-2023-12-12)."),
    speech("s-tokyo-denial", "Statement", "Tokyo rejects China's accusation", JAPAN, ("s’en défend", None), [],
           about=["e-discord"],
           note="« Tokyo s’en défend »: a metonym that denies what Beijing's spokeswoman said (« en »); present "
                "tense, no weekday: no time. Kamikawa's words that follow are its content, with their own day."),
    speech("s-kamikawa-assurance", "Assurance", "Kamikawa: Japan seeks confrontation with no country", KAMIKAWA,
           ("a assuré", None), [("Nous ne cherchons la confrontation avec aucun pays", None)],
           time="t-wednesday-kamikawa", place=TOKYO, about=["e-confrontation"],
           note="A quote first; « Nous » is Japan; « à Tokyo » is the city where she speaks (Q1490)."),
    speech("s-kamikawa-reminder", "Statement", "Kamikawa recalls the 2022 decision to double defence spending",
           KAMIKAWA, ("rappelant", None), [], time="t-wednesday-kamikawa", place=TOKYO,
           about=["e-spending-decision", "e-spending-doubling"],
           note="« rappelant que son pays avait décidé ... »: a participle of the same occasion, a second speech "
                "act with no quote."),
    speech("s-congress-speech", "Statement", "Kishida to address Congress on Thursday", KISHIDA,
           ("discours", None), [], status="planned", addressee=CONGRESS, time="t-thursday-speech",
           note="« M. Kishida prononcera jeudi un discours devant le Congrès »: a planned speech act (as the planned "
                "declaration in gold/sommet-otan-vilnius-2023-07-11), Congress its audience; the noun is the "
                "trigger. « une première ... depuis 2015 » recalls an earlier speech with no trigger: no event."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
