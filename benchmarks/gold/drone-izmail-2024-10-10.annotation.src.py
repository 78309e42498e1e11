"""Held-out annotation of drone-izmail-2024-10-10.txt (written for the thirteenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/drone-izmail-2024-10-10.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/drone-izmail-2024-10-10.annotation.src.py --check

From held-out set 13 (moved to gold in session 12; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "drone-izmail-2024-10-10.txt"

NOTE = """\
Held-out-13 article 2: a Russian drone strikes a cargo ship in the Ukrainian Danube port of Izmail and debris \
falls in Romania, published Thursday 10 October 2024 (the file gives the day). What it exercises: a strike by a \
thing with a nationality adjective (« Un drone russe a frappé ... un cargo »: Russia the agent from the adjective, \
the drone a participant, the ship the recipient, as the naval drones in benchmarks/gold/) with « dans la nuit de \
mercredi à jeudi » (the Thursday), a place given by the city inside « le port ukrainien d’Izmaïl » (only « Izmaïl » \
is a mention, as « le port de Haiphong ») and « sur le Danube » (a mention, no role); a participle of consequence \
with two verbs and a toll (« tuant deux marins et en blessant quatre autres »: two events, part of the strike, the \
two groups of sailors their recipients) sourced after the clause to « les autorités régionales »; a planned \
delivery in the past tense (« Le navire devait charger du blé pour l’Égypte », the destination the recipient) \
sourced after the clause to a governor with his role noun in apposition (« le gouverneur de la région d’Odessa, \
Oleh Kiper »: « la région d’Odessa » a nominal mention of the region, « Odessa » inside only names it); a figure \
with a passive and its agent under « Selon » (« 19 des 26 drones lancés pendant la nuit depuis la Crimée ont été \
abattus par la défense antiaérienne »: the launch from Crimea, its place as « lancés depuis la région de Sariwon » \
in benchmarks/gold/, and the shooting down); an accusation by a metonym of a metonym (« Kiev accuse Moscou de \
viser délibérément la navigation civile »: the targeting suspected, according to Ukraine); a quote first with « a \
déclaré à Kiev le chef de la diplomatie ukrainienne, Andriï Sybiha » (« Kiev » the city) and an aim he ascribes \
(« veut affamer »: suspected), then a participle call with its own quote (« appelant les alliés de l’Ukraine à \
livrer « sans attendre » davantage de défenses antiaériennes »: a Delivery proposed, as in benchmarks/gold/); a \
denial and a participle claim with a quote (« a démenti toute attaque contre des navires civils, affirmant avoir \
frappé des « dépôts de carburant » »: the attack on civilian ships negated and the depot strikes suspected, \
according to the ministry; two speech acts) and a negated speech act with a pronoun for the ministry (« Il n’a \
pas mentionné Izmaïl »); a passive with its agent and a part of the publication day (« Des débris d’un drone ont \
été retrouvés jeudi matin par des garde-frontières roumains près du village de Plauru »: near, not in, so no \
place) sourced after the clause to the Romanian defence ministry; a conditional crash and crossing « selon la même \
source » (hypothetical); a summons by a capital standing for its state « dans la journée »; a quoted noun (« a \
dénoncé une « provocation » ») and a quote split around its reporting clause with two pairs of guillemets (« « Il \
s’agit d’une violation grave de notre espace aérien », a-t-il dit, « et nous renforcerons dès vendredi la \
surveillance le long du Danube » »: one speech act, one verb, two quotes; the violation occurred according to him, \
the reinforcement planned for Friday 11 October); a pluperfect passive with no agent « l’an dernier » (2023); « À \
Washington » (the city, Q61) a spokesman's condemnation with a quoted adjective and a planned NATO ministers' \
meeting « la semaine prochaine à Bruxelles » (14 to 20 October 2024: the month) told by « a-t-il précisé »; « \
Depuis le retrait de Moscou, en juillet 2023, de l’accord ... » (the withdrawal's month, and the start of the \
strikes on the Danube ports: « depuis X » is annotated as X) and a passive with no agent whose recipient is the \
ports; a planned visit « est attendu lundi à Bucarest » (the city). « Kiev » is Ukraine in « Kiev accuse » (Q212) \
and the city in « à Kiev » (Q1899); « Moscou » is Russia twice (Q159); « Bucarest » is Romania where it summons \
and the city where Sybiha is expected (both local, unlinked). The choices this article adds: the split quote with \
two pairs of guillemets is one speech act with two quotes (the schema's « several when a quote is split around the \
reporting clause »), as one verb with two quotes in benchmarks/gold/; « 19 des 26 drones » is a mention of the 19 \
drones shot down (a group of its own because an event takes it, as « Deux des marins ») and « 26 drones » inside \
it a mention of all the drones launched (the launch's theme); the drone that hit the cargo and the drone whose \
debris fell in Romania are two local objects (the text does not say they are one), « L’engin » the second; the \
crossing of the river (hypothetical, the ministry) and the violation of airspace (occurred, Tîlvăr) are two events \
with two sources and two statuses; « la protection du flanc oriental de l’Alliance » is the meeting's theme (« flanc \
oriental de l’Alliance » a local place, with « Alliance », NATO's short name, inside), not an event; « le long du \
Danube » is along, not in: no place; « dès vendredi » gets the span « vendredi » (as « à partir de mardi » in \
benchmarks/gold/); the exports inside the grain deal's description are not an event of their own; the depot \
strikes the ministry claims and the aim Sybiha ascribes get no time (no word dates them). Not mentions: « la \
navigation civile », « des navires civils » (generic), « notre espace aérien », « céréales ukrainiennes », « une \
attaque « irresponsable » » and « une « provocation » » (restatements of events), « Il s’agit » (impersonal). \
Russia, Ukraine, Kyiv, Washington and the Black Sea are linked; the drones, the cargo, Izmail, the Danube, the \
sailors, the regional authorities, the wheat, Egypt, Oleh Kiper, the Odesa region, the Ukrainian air force and air \
defence, Crimea, Andrii Sybiha, Africa, the Middle East, Ukraine's allies, the air-defence systems, the Russian \
defence ministry, the fuel depots, the Ukrainian army, the debris, the Romanian border guards, Plauru, the \
Romanian defence ministry, Romania, the Russian chargé d’affaires, Angel Tîlvăr, the fragments, the State \
Department, Matthew Miller, the NATO defence ministers, NATO, Brussels, the eastern flank, the grain deal, the \
Danube ports and Bucharest are not in ids.tsv: local, unlinked."""

RUSSIA, UKRAINE, KYIV, WASHINGTON, BLACK_SEA = "Q159", "Q212", "Q1899", "Q61", "Q166"

DRONE, CARGO, IZMAIL, DANUBE = "local:izmail-drone", "local:izmail-cargo-ship", "local:izmail", "local:danube"
SAILORS_KILLED, SAILORS_INJURED, AUTHORITIES = "local:izmail-sailors-killed", "local:izmail-sailors-injured", \
    "local:odesa-regional-authorities"
WHEAT, EGYPT, KIPER, ODESA_OBLAST = "local:izmail-wheat-cargo", "local:egypt", "local:oleh-kiper", \
    "local:odesa-oblast"
AIR_FORCE, DRONES_SHOT, DRONES_LAUNCHED, CRIMEA = "local:ukrainian-air-force", "local:drones-shot-down", \
    "local:drones-launched-overnight", "local:crimea"
UKR_AIR_DEFENCE, SYBIHA, AFRICA, MIDDLE_EAST = "local:ukrainian-air-defence", "local:andrii-sybiha", \
    "local:africa", "local:middle-east"
ALLIES, AIR_DEFENCES, RU_MOD, DEPOTS = "local:ukraine-allies", "local:air-defence-systems", "local:russian-mod", \
    "local:ukrainian-army-fuel-depots"
UKR_ARMY, DEBRIS, RO_DRONE, BORDER_GUARDS = "local:ukrainian-army", "local:drone-debris-plauru", \
    "local:drone-plauru", "local:romanian-border-guards"
PLAURU, RO_MOD, ROMANIA, CHARGE = "local:plauru", "local:romanian-mod", "local:romania", \
    "local:russian-charge-d-affaires-bucharest"
TILVAR, FRAGMENTS, STATE_DEPT, MILLER = "local:angel-tilvar", "local:russian-drone-fragments-2023", \
    "local:us-state-department", "local:matthew-miller"
NATO_MINISTERS, NATO, BRUSSELS, EASTERN_FLANK = "local:nato-defence-ministers", "local:nato", "local:brussels", \
    "local:nato-eastern-flank"
GRAIN_DEAL, DANUBE_PORTS, BUCHAREST = "local:black-sea-grain-deal", "local:danube-ports", "local:bucharest"

UNNAMED = "not named in the article"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (DRONE, "drone russe qui a frappé le cargo à Izmaïl", "Russian drone that struck the cargo ship in Izmail",
     "object", {"class_qid": "Q11436", "unlinked_reason": "one unnamed drone, no Wikidata item"}),
    (CARGO, "cargo amarré dans le port d’Izmaïl", "cargo ship moored in the port of Izmail", "object",
     {"unlinked_reason": "an unnamed ship, no Wikidata item"}),
    (IZMAIL, "Izmaïl", "Izmail", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DANUBE, "Danube", "Danube", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SAILORS_KILLED, "deux marins tués à Izmaïl", "two sailors killed in Izmail", "group",
     {"unlinked_reason": "unnamed victims, not one Wikidata item"}),
    (SAILORS_INJURED, "quatre marins blessés à Izmaïl", "four sailors injured in Izmail", "group",
     {"unlinked_reason": "unnamed victims, not one Wikidata item"}),
    (AUTHORITIES, "autorités régionales (région d’Odessa)", "regional authorities (Odesa region)", "group",
     {"unlinked_reason": "unnamed officials, not one Wikidata item"}),
    (WHEAT, "blé que le cargo devait charger", "wheat the cargo ship was to load", "object",
     {"unlinked_reason": "an unspecified quantity, not one Wikidata item"}),
    (EGYPT, "Égypte", "Egypt", "country", {"unlinked_reason": NOT_VERIFIED}),
    (KIPER, "Oleh Kiper", "Oleh Kiper", "person",
     {"description": "gouverneur de la région d’Odessa", "unlinked_reason": NOT_VERIFIED}),
    (ODESA_OBLAST, "région d’Odessa", "Odesa Oblast", "place", {"unlinked_reason": NOT_VERIFIED}),
    (AIR_FORCE, "armée de l’air ukrainienne", "Ukrainian Air Force", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (DRONES_SHOT, "19 drones abattus dans la nuit", "19 drones shot down overnight", "object",
     {"description": "19 des 26 drones", "unlinked_reason": "unnamed items with no Wikidata item"}),
    (DRONES_LAUNCHED, "26 drones lancés dans la nuit depuis la Crimée", "26 drones launched overnight from Crimea",
     "object", {"unlinked_reason": "unnamed items with no Wikidata item"}),
    (CRIMEA, "Crimée", "Crimea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (UKR_AIR_DEFENCE, "défense antiaérienne ukrainienne", "Ukrainian air defence", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SYBIHA, "Andriï Sybiha", "Andrii Sybiha", "person",
     {"description": "ministre ukrainien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (AFRICA, "Afrique", "Africa", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MIDDLE_EAST, "Proche-Orient", "Middle East", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ALLIES, "alliés de l’Ukraine", "Ukraine's allies", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (AIR_DEFENCES, "défenses antiaériennes", "air-defence systems", "object",
     {"description": "systèmes réclamés par Andriï Sybiha",
         "unlinked_reason": "unspecified items with no Wikidata item"}),
    (RU_MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (DEPOTS, "dépôts de carburant de l’armée ukrainienne", "fuel depots of the Ukrainian army", "object",
     {"unlinked_reason": "unnamed sites, not one Wikidata item"}),
    (UKR_ARMY, "armée ukrainienne", "Armed Forces of Ukraine", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (DEBRIS, "débris d’un drone retrouvés près de Plauru", "drone debris found near Plauru", "object",
     {"unlinked_reason": "unnamed debris, no Wikidata item"}),
    (RO_DRONE, "drone écrasé en Roumanie près de Plauru", "drone that crashed in Romania near Plauru", "object",
     {"class_qid": "Q11436", "unlinked_reason": "one unnamed drone, no Wikidata item"}),
    (BORDER_GUARDS, "garde-frontières roumains", "Romanian border guards", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (PLAURU, "village de Plauru", "Plauru", "place", {"unlinked_reason": NOT_VERIFIED}),
    (RO_MOD, "ministère roumain de la Défense", "Ministry of National Defence (Romania)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (ROMANIA, "Roumanie", "Romania", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CHARGE, "chargé d’affaires russe à Bucarest", "Russian chargé d’affaires in Bucharest", "person",
     {"unlinked_reason": UNNAMED}),
    (TILVAR, "Angel Tîlvăr", "Angel Tîlvăr", "person",
     {"description": "ministre roumain de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (FRAGMENTS, "fragments de drones russes découverts en Roumanie en 2023",
     "fragments of Russian drones found in Romania in 2023", "object",
     {"unlinked_reason": "unnamed debris, no Wikidata item"}),
    (STATE_DEPT, "département d’État américain", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (NATO_MINISTERS, "ministres de la Défense de l’Otan", "NATO defence ministers", "group",
     {"unlinked_reason": "a group of office holders, not one Wikidata item"}),
    (NATO, "Otan", "NATO", "organization", {"class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (EASTERN_FLANK, "flanc oriental de l’Otan", "NATO's eastern flank", "place",
     {"unlinked_reason": "a region of several states, not one Wikidata item"}),
    (GRAIN_DEAL, "accord sur les céréales de la mer Noire", "Black Sea Grain Initiative", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (DANUBE_PORTS, "ports ukrainiens du Danube", "Ukrainian Danube ports", "place",
     {"unlinked_reason": "several ports, not one Wikidata item"}),
    (BUCHAREST, "Bucarest", "Bucharest", "place", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Un drone russe", None, DRONE, "nominal"),
    ("un cargo", None, CARGO, "nominal"),
    ("Izmaïl", 1, IZMAIL, "name"),
    ("Danube", 1, DANUBE, "name"),
    ("deux marins", None, SAILORS_KILLED, "nominal"),
    ("quatre autres", None, SAILORS_INJURED, "nominal"),
    ("les autorités régionales", None, AUTHORITIES, "nominal"),
    # Le navire devait charger du blé pour l’Égypte ...
    ("Le navire", None, CARGO, "nominal"),
    ("blé", None, WHEAT, "nominal"),
    ("Égypte", None, EGYPT, "name"),
    ("le gouverneur de la région d’Odessa", None, KIPER, "nominal"),
    ("la région d’Odessa", None, ODESA_OBLAST, "nominal"),
    ("Oleh Kiper", None, KIPER, "name"),
    ("l’armée de l’air ukrainienne", None, AIR_FORCE, "nominal"),
    ("19 des 26 drones", None, DRONES_SHOT, "nominal"),
    ("26 drones", None, DRONES_LAUNCHED, "nominal"),
    ("Crimée", None, CRIMEA, "name"),
    ("la défense antiaérienne", None, UKR_AIR_DEFENCE, "nominal"),
    # Kiev accuse Moscou ...
    ("Kiev", "Kiev accuse", UKRAINE, "metonym"),
    ("Moscou", "accuse Moscou", RUSSIA, "metonym"),
    ("Russie", None, RUSSIA, "name"),
    ("Afrique", None, AFRICA, "name"),
    ("Proche-Orient", None, MIDDLE_EAST, "name"),
    ("Kiev", "déclaré à Kiev", KYIV, "name"),
    ("le chef de la diplomatie ukrainienne", None, SYBIHA, "nominal"),
    ("Andriï Sybiha", None, SYBIHA, "name"),
    ("les alliés de l’Ukraine", None, ALLIES, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("défenses antiaériennes", None, AIR_DEFENCES, "nominal"),
    # Le ministère russe de la Défense a démenti ...
    ("Le ministère russe de la Défense", None, RU_MOD, "nominal"),
    ("dépôts de carburant", None, DEPOTS, "nominal"),
    ("l’armée ukrainienne", None, UKR_ARMY, "nominal"),
    ("Il", "Il n’a pas", RU_MOD, "pronoun"),
    ("Izmaïl", 2, IZMAIL, "name"),
    # Des débris d’un drone ...
    ("Des débris d’un drone", None, DEBRIS, "nominal"),
    ("un drone", "débris d’un drone", RO_DRONE, "nominal"),
    ("des garde-frontières roumains", None, BORDER_GUARDS, "nominal"),
    ("village de Plauru", None, PLAURU, "nominal"),
    ("le ministère roumain de la Défense", None, RO_MOD, "nominal"),
    ("L’engin", None, RO_DRONE, "nominal"),
    ("le fleuve", None, DANUBE, "nominal"),
    ("la même source", None, RO_MOD, "nominal"),
    ("Bucarest", "Bucarest a convoqué", ROMANIA, "metonym"),
    ("le chargé d’affaires russe", None, CHARGE, "nominal"),
    # Le ministre roumain, Angel Tîlvăr ...
    ("Le ministre roumain", None, TILVAR, "nominal"),
    ("Angel Tîlvăr", None, TILVAR, "name"),
    ("il", "a-t-il dit", TILVAR, "pronoun"),
    ("nous", "nous renforcerons", ROMANIA, "pronoun"),
    ("Danube", 2, DANUBE, "name"),
    ("Des fragments de drones russes", None, FRAGMENTS, "nominal"),
    ("Roumanie", None, ROMANIA, "name"),
    # À Washington ...
    ("Washington", None, WASHINGTON, "name"),
    ("le porte-parole du département d’État", None, MILLER, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Matthew Miller", None, MILLER, "name"),
    ("Les ministres de la Défense de l’Otan", None, NATO_MINISTERS, "nominal"),
    ("Otan", None, NATO, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    ("flanc oriental de l’Alliance", None, EASTERN_FLANK, "nominal"),
    ("Alliance", None, NATO, "name"),
    ("il", "a-t-il précisé", MILLER, "pronoun"),
    # Depuis le retrait de Moscou ...
    ("Moscou", "retrait de Moscou", RUSSIA, "metonym"),
    ("l’accord sur les exportations de céréales ukrainiennes en mer Noire", None, GRAIN_DEAL, "nominal"),
    ("mer Noire", None, BLACK_SEA, "name"),
    ("les ports du Danube", None, DANUBE_PORTS, "nominal"),
    ("Danube", 3, DANUBE, "name"),
    ("Sybiha", "M. Sybiha", SYBIHA, "name"),
    ("Bucarest", "lundi à Bucarest", BUCHAREST, "name"),
]

PUB_DAY = "The publication day, Thursday 10 October 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-night", ("dans la nuit de mercredi à jeudi", None), "2024-10-10", "day", "night-span",
     "The night from Wednesday 9 to Thursday 10 October 2024: the Thursday, after midnight (the gold convention "
     "for nights). " + PUB_DAY),
    ("t-overnight", ("pendant la nuit", None), "2024-10-10", "day", "part-of-day",
     "« 26 drones lancés pendant la nuit »: the same night, the Thursday. " + PUB_DAY),
    ("t-thursday-morning", ("jeudi matin", None), "2024-10-10", "day", "part-of-day",
     "The morning of the publication day. " + PUB_DAY),
    ("t-during-day", ("dans la journée", None), "2024-10-10", "day", "part-of-day",
     "« a convoqué dans la journée »: during the publication day. " + PUB_DAY),
    ("t-friday", ("vendredi", None), "2024-10-11", "day", "weekday-future",
     "« nous renforcerons dès vendredi »: the Friday after the publication day, 11 October 2024, the start (the "
     "span is the weekday, as « à partir de mardi » in benchmarks/gold/)."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "« avaient été découverts ... l’an dernier » written in 2024: 2023."),
    ("t-next-week", ("la semaine prochaine", None), "2024-10", "month", "relative-week-future",
     "The week after Thursday 10 October 2024 (14 to 20 October) lies inside October: the month."),
    ("t-july-2023", ("en juillet 2023", None), "2023-07", "month", "explicit-month-year",
     "« Depuis le retrait de Moscou, en juillet 2023, de l’accord »: the withdrawal's month, and the start of the "
     "strikes on the Danube ports (« depuis X » is annotated as X)."),
    ("t-monday", ("lundi", None), "2024-10-14", "day", "weekday-future",
     "« est attendu lundi à Bucarest »: the Monday after the publication day, 14 October 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-strike", "Event", "A Russian drone strikes a cargo ship moored in the port of Izmail", ("a frappé", None),
          [("agent", RUSSIA), ("participant", DRONE), ("recipient", CARGO)], place=IZMAIL, time="t-night",
          according_to=[AUTHORITIES],
          note="Russia as agent from the adjective « russe », the drone a participant (as the naval drones in "
               "benchmarks/gold/), the ship struck the recipient. « le port ukrainien d’Izmaïl » places it in the "
               "city; « sur le Danube » locates the city (a mention, no role). « une attaque « irresponsable » » "
               "(Miller) restates it."),
    event("e-deaths", "Event", "Two sailors killed in the strike", ("tuant", None),
          [("agent", RUSSIA), ("recipient", SAILORS_KILLED)], place=IZMAIL, time="t-night",
          according_to=[AUTHORITIES], part_of="e-strike",
          note="A participle of consequence whose subject is the strike's; the victims are the recipients."),
    event("e-injuries", "Event", "Four other sailors injured in the strike", ("blessant", None),
          [("agent", RUSSIA), ("recipient", SAILORS_INJURED)], place=IZMAIL, time="t-night",
          according_to=[AUTHORITIES], part_of="e-strike",
          note="« et en blessant quatre autres »: the second participle, a second event."),
    event("e-loading", "Delivery", "The ship was to load wheat for Egypt", ("charger", None),
          [("participant", CARGO), ("theme", WHEAT), ("recipient", EGYPT)], status="planned", place=IZMAIL,
          according_to=[KIPER],
          note="« devait charger »: planned (as « Il devait ensuite être reçu » in benchmarks/gold/); the "
               "destination is the recipient, the port where the ship lay the place."),
    event("e-launch", "Event", "26 drones launched overnight from Crimea", ("lancés", None),
          [("agent", RUSSIA), ("theme", DRONES_LAUNCHED)], place=CRIMEA, time="t-overnight",
          according_to=[AIR_FORCE],
          note="Where they were launched from is the place, as « lancés depuis la région de Sariwon » in "
               "benchmarks/gold/. Russia, the launcher, is not written in the sentence: it is the attacker of the "
               "lede (« Un drone russe »)."),
    event("e-shootdown", "Event", "19 of the 26 drones shot down by Ukrainian air defence", ("abattus", None),
          [("agent", UKR_AIR_DEFENCE), ("recipient", DRONES_SHOT)], time="t-overnight", according_to=[AIR_FORCE],
          note="A passive with its agent (« par la défense antiaérienne »); the figure is no event of its own."),
    event("e-targeting", "Event", "Russia deliberately targets civilian shipping (Kyiv's accusation)",
          ("viser", None), [("agent", RUSSIA)], status="suspected", according_to=[UKRAINE],
          note="An accusation the article does not endorse: suspected. « la navigation civile » is an activity, "
               "not a mention."),
    event("e-starve", "Event", "Russia wants to starve Africa and the Middle East (Sybiha)", ("affamer", None),
          [("agent", RUSSIA), ("recipient", AFRICA), ("recipient", MIDDLE_EAST)], status="suspected",
          according_to=[SYBIHA], note="An aim he ascribes to Russia inside his quote: suspected, no time."),
    event("e-air-defence-delivery", "Delivery", "Ukraine's allies to deliver more air defences without delay",
          ("livrer", None), [("agent", ALLIES), ("recipient", UKRAINE), ("theme", AIR_DEFENCES)],
          status="proposed", according_to=[SYBIHA],
          note="What Sybiha calls for: proposed (as Zelensky's request in benchmarks/gold/)."),
    event("e-civilian-attack", "Event", "Any Russian attack on civilian ships (denied)", ("attaque", "toute attaque"),
          [("agent", RUSSIA)], status="negated", according_to=[RU_MOD],
          note="« a démenti toute attaque contre des navires civils »: negated, according to the ministry (as « "
               "Pyongyang nie toute livraison » in benchmarks/gold/); the strike on the cargo, told by the regional "
               "authorities, stays occurred. « des navires civils » is generic: not a mention."),
    event("e-depot-strikes", "Event", "Russia struck Ukrainian army fuel depots (the ministry's claim)",
          ("frappé", "avoir frappé"), [("agent", RUSSIA), ("recipient", DEPOTS)], status="suspected",
          according_to=[RU_MOD],
          note="A claim with a past infinitive that only the ministry makes, set against the strike on a civilian "
               "ship: suspected (as « a affirmé ... avoir repoussé » in benchmarks/gold/). No word dates it."),
    event("e-debris-found", "Event", "Drone debris found on Thursday morning by Romanian border guards near Plauru",
          ("retrouvés", None), [("agent", BORDER_GUARDS), ("participant", DEBRIS)], time="t-thursday-morning",
          according_to=[RO_MOD],
          note="A passive with its agent. « près du village de Plauru » is near, not in: no place."),
    event("e-crash", "Event", "The drone reportedly crashed after crossing the river", ("écrasé", None),
          [("participant", RO_DRONE)], status="hypothetical", according_to=[RO_MOD],
          note="« se serait écrasé »: the conditional of unconfirmed news; an event with only a thing in it gives "
               "the thing the participant role."),
    event("e-crossing", "Event", "The drone reportedly crossed the Danube", ("franchi", None),
          [("agent", RO_DRONE)], status="hypothetical", place=DANUBE, according_to=[RO_MOD],
          note="« après avoir franchi le fleuve », inside the conditional: hypothetical; the river crossed is the "
               "place. Tîlvăr's violation is a second event with its own source and status."),
    event("e-summons", "Event", "Bucharest summons the Russian chargé d’affaires", ("a convoqué", None),
          [("agent", ROMANIA), ("recipient", CHARGE)], time="t-during-day"),
    event("e-violation", "Event", "A serious violation of Romanian airspace (Tîlvăr)", ("violation", None),
          [("agent", RO_DRONE), ("recipient", ROMANIA)], according_to=[TILVAR],
          note="Inside his quote; he asserts it and nobody contests it in the article: occurred. The drone is the "
               "agent (as the aircraft in benchmarks/gold/), Romania (« notre », not a mention) the recipient."),
    event("e-surveillance", "Event", "Romania will step up surveillance along the Danube from Friday",
          ("renforcerons", None), [("agent", ROMANIA)], status="planned", time="t-friday", according_to=[TILVAR],
          note="« nous » is Romania; « le long du Danube » is along, not in: no place."),
    event("e-fragments-2023", "Event", "Fragments of Russian drones were found in Romania last year",
          ("découverts", None), [("participant", FRAGMENTS)], place=ROMANIA, time="t-last-year",
          note="A pluperfect passive with no agent: the thing found is the only participant."),
    event("e-nato-meeting", "Meeting", "NATO defence ministers to discuss the eastern flank next week in Brussels",
          ("aborderont", None), [("participant", NATO_MINISTERS), ("theme", EASTERN_FLANK)], status="planned",
          place=BRUSSELS, time="t-next-week", according_to=[MILLER],
          note="A discussion planned in the future tense (as « aborder avec Kiev » in benchmarks/gold/); « la "
               "protection du flanc oriental » is its theme, not an event."),
    event("e-withdrawal", "Event", "Russia withdrew from the Black Sea grain deal in July 2023", ("retrait", None),
          [("agent", RUSSIA), ("theme", GRAIN_DEAL)], time="t-july-2023",
          note="The exports in the deal's description are not an event of their own."),
    event("e-port-strikes", "Event", "The Danube ports struck dozens of times since the withdrawal", ("visés", None),
          [("recipient", DANUBE_PORTS)], time="t-july-2023",
          note="A passive with no agent: the ports keep the recipient role only. « depuis » the withdrawal: the "
               "start, July 2023. « des dizaines de fois » is not a time."),
    event("e-sybiha-visit", "Visit", "Sybiha is expected in Bucharest on Monday", ("est attendu", None),
          [("agent", SYBIHA)], status="planned", place=BUCHAREST, time="t-monday",
          note="« est attendu »: planned; « à Bucarest » is the city."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-authorities", "Report", "The regional authorities announce the strike and its toll", AUTHORITIES,
           ("ont annoncé", None), [], time="t-night", about=["e-strike", "e-deaths", "e-injuries"],
           note="Sourced after the clause; the day is the strike's (as the rescue services in benchmarks/gold/)."),
    speech("s-kiper", "Report", "Governor Oleh Kiper details the ship's planned cargo", KIPER, ("a précisé", None), [],
           about=["e-loading"]),
    speech("s-air-force", "Report", "The Ukrainian air force reports 19 of 26 drones shot down", AIR_FORCE,
           ("Selon", "Selon l’armée"), [], about=["e-launch", "e-shootdown"]),
    speech("s-kyiv-accusation", "Statement", "Kyiv accuses Moscow of deliberately targeting civilian shipping",
           UKRAINE, ("accuse", None), [], addressee=RUSSIA, about=["e-targeting"],
           note="A standing accusation in the present: no time."),
    speech("s-sybiha", "Statement", "Sybiha: « Russia wants to starve Africa and the Middle East »", SYBIHA,
           ("a déclaré", None), [("La Russie veut affamer l’Afrique et le Proche-Orient", None)], place=KYIV,
           about=["e-starve", "e-targeting"], note="No weekday of its own: no time. « à Kiev » is the city."),
    speech("s-sybiha-call", "Statement", "Sybiha calls on Ukraine's allies to deliver more air defences", SYBIHA,
           ("appelant", None), [("sans attendre", None)], addressee=ALLIES, place=KYIV,
           about=["e-air-defence-delivery"],
           note="A participle of speech with its own guillemets: a speech act of its own."),
    speech("s-mod-denial", "Statement", "The Russian defence ministry denies any attack on civilian ships", RU_MOD,
           ("a démenti", None), [], about=["e-civilian-attack", "e-strike"]),
    speech("s-mod-claim", "Statement", "The ministry says it struck Ukrainian army « fuel depots »", RU_MOD,
           ("affirmant", None), [("dépôts de carburant", None)], about=["e-depot-strikes"],
           note="A participle with its own guillemets: a second speech act."),
    speech("s-mod-no-izmail", "SpeechAct", "The ministry does not mention Izmail", RU_MOD, ("mentionné", None), [],
           status="negated", about=["e-strike"], note="« Il n’a pas mentionné Izmaïl »: « Il » is the ministry."),
    speech("s-ro-mod", "Report", "The Romanian defence ministry announces the debris found near Plauru", RO_MOD,
           ("a annoncé", None), [], about=["e-debris-found"],
           note="No weekday of its own (« jeudi matin » dates the find): no time."),
    speech("s-ro-mod-crash", "Report", "The same source: the drone reportedly crashed after crossing the river", RO_MOD,
           ("selon", "selon la même source"), [], about=["e-crash", "e-crossing"]),
    speech("s-tilvar-provocation", "Statement", "Tîlvăr denounces a « provocation »", TILVAR, ("a dénoncé", None),
           [("provocation", None)], about=["e-violation", "e-crossing"]),
    speech("s-tilvar", "Statement", "Tîlvăr: a serious violation of Romanian airspace; surveillance stepped up from "
           "Friday", TILVAR, ("a-t-il dit", None),
           [("Il s’agit d’une violation grave de notre espace aérien", None),
            ("et nous renforcerons dès vendredi la surveillance le long du Danube", None)],
           about=["e-violation", "e-surveillance"],
           note="One quote split around « a-t-il dit » with two pairs of guillemets: one verb, one speech act, two "
                "quotes (the schema's « several when a quote is split around the reporting clause »)."),
    speech("s-miller", "Statement", "Miller condemns an « irresponsible » attack", MILLER, ("a condamné", None),
           [("irresponsable", None)], place=WASHINGTON, about=["e-strike"],
           note="« À Washington » is the city (Q61). No weekday of its own: no time."),
    speech("s-miller-nato", "Report", "Miller: NATO defence ministers will discuss the eastern flank next week",
           MILLER, ("précisé", "a-t-il précisé"), [], place=WASHINGTON, about=["e-nato-meeting"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
