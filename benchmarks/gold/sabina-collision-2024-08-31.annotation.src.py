"""Held-out annotation of sabina-collision-2024-08-31.txt (written for the twentieth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sabina-collision-2024-08-31.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/sabina-collision-2024-08-31.annotation.src.py --check

From held-out set 20 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sabina-collision-2024-08-31.txt"

NOTE = """\
Held-out-20 article: a Chinese coast guard ship rams a Philippine coast guard vessel near Sabina Shoal in the South \
China Sea at dawn on Saturday 31 August 2024; Manila and Beijing blame each other, the Philippine coast guard's \
spokesman gives details, Washington reaffirms the 1951 defence treaty, Tokyo voices concern and Manila summons the \
Chinese chargé d'affaires; published Saturday 31 August 2024 (the file gives the day). The hull number, the \
spokesman's words, the Monday water-cannon incident, the crisis meeting, the Kamikawa–Manalo meeting, the chargé \
d'affaires' name and the deployment figure are partly invented. What it exercises: a ship named by its owner as \
subject on the publication day with a part of day (« Un navire des garde-côtes chinois a percuté samedi à l’aube un \
bâtiment des garde-côtes philippins »: the coast guard the agent, the ship a participant, the other ship the \
recipient, as in benchmarks/gold/garde-cotes-ayungin-2024-06-18), placed « près du banc de Sabina » (near, not in: \
no place) and « en mer de Chine méridionale » (the place), with a metonym as source after the clause and a second \
metonym's counter-accusation in a « tandis que » clause in the imperfect (« a dénoncé Manille, tandis que Pékin \
rejetait la faute sur l’équipage philippin »: two speech acts, no quote); a quote first restating the ramming with \
a hull number after a title noun (« Le navire chinois 5205 »: only « 5205 » is the name) and a role noun and a name \
in apposition after the verb; « Selon lui » over a passive damage with no agent and a negated injury whose subject \
is « personne » (not a mention); a relative state « depuis avril » (no event) and a pluperfect passive on a past \
weekday with an instrument and no agent (« avait été visé lundi par des canons à eau »), reported by « a-t-il \
rappelé » and followed by a participle of assurance with a negated future quoted (« assurant qu’il « ne quittera \
pas » la zone »: « il » the ship); a quote that begins after its subject with two verbs joined by « et » inside it \
(« Le bâtiment philippin « a ignoré les avertissements et heurté volontairement » le navire chinois »: Beijing's \
reversed account, suspected, with the nominal warnings a Warning of the Chinese coast guard) sourced after the clause \
with the publication day and a role noun in apposition after the name; a pronoun exhorting a metonym with a quoted \
infinitive (proposed) and a conditional threat by a second metonym with its own quote (« faute de quoi Pékin \
prendrait « toutes les mesures nécessaires » »: hypothetical; one speech act, two quotes); a summons by a metonym with \
« samedi après-midi », a role noun and a name in apposition and a purpose of speech (« pour lui remettre une note de \
protestation »: a Statement of the Philippines addressed to the chargé d'affaires, the note not a mention), sourced \
after the clause to a ministry; a negated reaction in a relative clause and a planned meeting in the future tense on \
a future weekday sourced to « ses services »; a reaffirmation by a metonym of what a named treaty covers with a quoted \
adverbial (« s’appliquait à toute attaque armée contre les garde-côtes philippins « où que ce soit en mer de Chine \
méridionale » »: the attack hypothetical); a quote split around « a écrit le porte-parole du département d’État, \
Matthew Miller » with « Nous »/« nous » for the United States and « notre allié philippin »; a metonym's concern \
with a quoted participle phrase (« Tokyo s’est dit « gravement préoccupé » »); a possessive role noun for the \
minister of that metonym's state (« Sa ministre des Affaires étrangères ») with a relative planned reception on a \
future weekday (« qui doit recevoir mardi son homologue philippin, Enrique Manalo ») and a call of two countries \
to a one-word quote (« les deux pays », a plural phrase: the restraint proposed, China and the Philippines its \
participants); a deployment « ces dernières semaines » « autour du banc » (around, not in: no place) under « selon \
l’armée philippine » with a relative suspicion and a pronoun for China and a place clitic (« qui la soupçonne de \
vouloir y bâtir une île artificielle »: suspected, the shoal its place); a negated exclusion told by an officer \
(« Une nouvelle collision n’est pas exclue, a averti un officier philippin »: hypothetical, a Warning without a \
quote). « Manille » is the Philippines (local) each time (denounces, is exhorted, summons); « Pékin » is China \
(Q148) each time (blames, would take measures); « Washington » the United States (Q30) and « Tokyo » Japan (Q17), \
both metonyms as states that speak (not « À Washington » / « À Tokyo », the cities, as in the Ayungin article). « \
garde-côtes chinois » and « garde-côtes philippins » inside the ships' descriptions and inside the spokesmen's \
role nouns are the two coast guards (institutions); « les garde-côtes philippins » after « toute attaque armée \
contre » is the Philippine coast guard again. « Un navire des garde-côtes chinois », « 5205 » and « le navire chinois \
» are one Chinese ship; « un bâtiment des garde-côtes philippins », « BRP Teresa Magbanua », « Le navire philippin », \
« il » (« assurant qu’il ») and « Le bâtiment philippin » are one Philippine ship. « le banc de Sabina », « banc » (« \
près du banc », « autour du banc », fused « du »: from the noun), « la zone » and « y » are the shoal (« la zone », \
the waters the ship will not leave, is taken as the shoal). Not mentions: « la coque » (a part of the ship, as « la \
main » in gold), « personne », « ces manœuvres dangereuses » (the ramming restated), « les avertissements » (a \
speech act), « ses provocations » (no event of its own, as in gold), « une note de protestation » and « un \
communiqué » (documents: the speech acts themselves), « une réunion de crise » (the meeting itself), « les deux pays \
» (a plural phrase). Times: « samedi à l’aube » and « samedi après-midi » are the publication day with a part of \
day; « a affirmé samedi » the publication day; « lundi » with the pluperfect is Monday 26 August 2024, « présidera \
lundi » Monday 2 September 2024; « mardi » Tuesday 3 September 2024; « depuis avril » April 2024 (attached to \
nothing: a state); « 1951 » a year attached to nothing (the treaty's); « ces dernières semaines » vague. Manila's \
denunciation, Beijing's counter-accusation, Tarriela's account, the damage, the negated injury, the reaffirmation, \
Miller's statement, Tokyo's concern, Kamikawa's call, Marcos's silence and the officer's warning have no weekday or \
occasion of their own: no time (Liu's exhortation keeps the Saturday of his statement, as « Selon lui » kept Lin \
Jian's Tuesday in gold). China, the United States, Japan and Yōko Kamikawa are linked; the two coast guards, the two \
ships, Sabina Shoal, the South China Sea, the Philippines, the crew, Jay Tarriela, Liu Dejun, the water cannons, Zhou \
Zhiyong, the Philippine foreign ministry, Ferdinand Marcos, his office, the 1951 treaty, the State Department, \
Matthew Miller, Enrique Manalo, the Chinese ships, the artificial island, the Armed Forces of the Philippines and the \
officer are not in ids.tsv: local, unlinked."""

CHINA, US, JAPAN, KAMIKAWA = "Q148", "Q30", "Q17", "Q276275"
CCG, CCG_SHIP, PCG, MAGBANUA = "local:china-coast-guard", "local:china-coast-guard-ship-5205", \
    "local:philippine-coast-guard", "local:brp-teresa-magbanua"
CREW, SABINA, SCS, PHILIPPINES = "local:teresa-magbanua-crew", "local:sabina-shoal", "local:south-china-sea", \
    "local:philippines"
TARRIELA, LIU, CANNONS, ZHOU = "local:jay-tarriela", "local:liu-dejun", "local:water-cannons", "local:zhou-zhiyong"
PH_DFA, MARCOS, PRES_OFFICE = "local:philippines-foreign-ministry", "local:ferdinand-marcos-jr", \
    "local:philippine-presidential-office"
MDT, STATE_DEPT, MILLER, MANALO = "local:us-philippines-mutual-defense-treaty", "local:us-state-department", \
    "local:matthew-miller", "local:enrique-manalo"
CN_SHIPS, ISLAND, PH_ARMY, OFFICER = "local:chinese-ships-sabina", "local:artificial-island-sabina", \
    "local:armed-forces-of-the-philippines", "local:philippine-officer"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CCG, "garde-côtes chinois", "China Coast Guard", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CCG_SHIP, "navire 5205 des garde-côtes chinois", "China Coast Guard ship 5205", "object",
     {"description": "navire des garde-côtes chinois (numéro de coque 5205) qui a percuté le BRP Teresa Magbanua",
      "unlinked_reason": "a single ship with no Wikidata item"}),
    (PCG, "garde-côtes philippins", "Philippine Coast Guard", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (MAGBANUA, "BRP Teresa Magbanua", "BRP Teresa Magbanua", "object",
     {"description": "bâtiment des garde-côtes philippins, au mouillage près du banc de Sabina depuis avril",
      "unlinked_reason": NOT_VERIFIED}),
    (CREW, "équipage du BRP Teresa Magbanua", "the crew of the BRP Teresa Magbanua", "group",
     {"description": "« l’équipage philippin »", "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (SABINA, "banc de Sabina", "Sabina Shoal", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SCS, "mer de Chine méridionale", "South China Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PHILIPPINES, "Philippines", "Philippines", "country", {"unlinked_reason": NOT_VERIFIED}),
    (TARRIELA, "Jay Tarriela", "Jay Tarriela", "person",
     {"description": "porte-parole des garde-côtes philippins", "unlinked_reason": NOT_VERIFIED}),
    (LIU, "Liu Dejun", "Liu Dejun", "person",
     {"description": "porte-parole des garde-côtes chinois", "unlinked_reason": NOT_VERIFIED}),
    (CANNONS, "canons à eau", "water cannons", "object",
     {"description": "canons à eau qui ont visé le BRP Teresa Magbanua lundi 26 août 2024 (leur navire n’est pas "
                     "nommé)", "unlinked_reason": "unnamed equipment, not one Wikidata item"}),
    (ZHOU, "Zhou Zhiyong", "Zhou Zhiyong", "person",
     {"description": "chargé d’affaires de Chine aux Philippines (nom en partie inventé pour l’article)",
      "unlinked_reason": NOT_VERIFIED}),
    (PH_DFA, "ministère philippin des Affaires étrangères", "Department of Foreign Affairs of the Philippines",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (MARCOS, "Ferdinand Marcos", "Ferdinand Marcos Jr.", "person",
     {"description": "président des Philippines", "unlinked_reason": NOT_VERIFIED}),
    (PRES_OFFICE, "services de la présidence philippine", "Office of the President of the Philippines",
     "organization", {"description": "« ses services » (ceux de Ferdinand Marcos)", "unlinked_reason": NOT_VERIFIED}),
    (MDT, "traité de défense mutuelle de 1951", "1951 Mutual Defense Treaty (United States–Philippines)", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (MANALO, "Enrique Manalo", "Enrique Manalo", "person",
     {"description": "ministre philippin des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (CN_SHIPS, "une dizaine de navires chinois", "about ten Chinese ships", "object",
     {"description": "navires déployés par la Chine autour du banc de Sabina ces dernières semaines",
      "unlinked_reason": "unnamed ships, not one Wikidata item"}),
    (ISLAND, "île artificielle", "artificial island", "object",
     {"description": "île artificielle que la Chine voudrait bâtir sur le banc de Sabina (soupçon de l’armée "
                     "philippine)", "unlinked_reason": "a suspected project, not one Wikidata item"}),
    (PH_ARMY, "armée philippine", "Armed Forces of the Philippines", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (OFFICER, "un officier philippin", "a Philippine officer", "person",
     {"unlinked_reason": "not named in the article"}),
]

DESCRIPTIONS = {KAMIKAWA: "ministre japonaise des Affaires étrangères"}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Un navire des garde-côtes chinois a percuté samedi à l’aube un bâtiment des garde-côtes philippins ...
    ("Un navire des garde-côtes chinois", None, CCG_SHIP, "nominal"),
    ("garde-côtes chinois", "Un navire des garde-côtes chinois", CCG, "nominal"),
    ("un bâtiment des garde-côtes philippins", None, MAGBANUA, "nominal"),
    ("garde-côtes philippins", "un bâtiment des garde-côtes philippins", PCG, "nominal"),
    ("banc de Sabina", None, SABINA, "name"),
    ("mer de Chine méridionale", 1, SCS, "name"),
    ("Manille", "a dénoncé Manille", PHILIPPINES, "metonym"),
    ("Pékin", "tandis que Pékin", CHINA, "metonym"),
    ("l’équipage philippin", None, CREW, "nominal"),
    # « Le navire chinois 5205 a foncé ... », a déclaré le porte-parole des garde-côtes philippins, Jay Tarriela.
    ("5205", None, CCG_SHIP, "name"),
    ("BRP Teresa Magbanua", None, MAGBANUA, "name"),
    ("le porte-parole des garde-côtes philippins", None, TARRIELA, "nominal"),
    ("garde-côtes philippins", "le porte-parole des garde-côtes philippins", PCG, "nominal"),
    ("Jay Tarriela", None, TARRIELA, "name"),
    ("lui", "Selon lui", TARRIELA, "pronoun"),
    # Le navire philippin, qui mouille près du banc depuis avril, avait été visé lundi ...
    ("Le navire philippin", None, MAGBANUA, "nominal"),
    ("banc", "près du banc depuis", SABINA, "nominal"),
    ("des canons à eau", None, CANNONS, "nominal"),
    ("il", "a-t-il rappelé", TARRIELA, "pronoun"),
    ("il", "assurant qu’il", MAGBANUA, "pronoun"),
    ("la zone", None, SABINA, "nominal"),
    # Le bâtiment philippin « a ignoré ... » le navire chinois, a affirmé samedi ... Liu Dejun, porte-parole ...
    ("Le bâtiment philippin", None, MAGBANUA, "nominal"),
    ("le navire chinois", "» le navire chinois", CCG_SHIP, "nominal"),
    ("Liu Dejun", None, LIU, "name"),
    ("porte-parole des garde-côtes chinois", None, LIU, "nominal"),
    ("garde-côtes chinois", "porte-parole des garde-côtes chinois", CCG, "nominal"),
    ("Il", "Il a exhorté", LIU, "pronoun"),
    ("Manille", "exhorté Manille", PHILIPPINES, "metonym"),
    ("Pékin", "Pékin prendrait", CHINA, "metonym"),
    # Manille a convoqué samedi après-midi le chargé d’affaires chinois, Zhou Zhiyong, ...
    ("Manille", "Manille a convoqué", PHILIPPINES, "metonym"),
    ("le chargé d’affaires chinois", None, ZHOU, "nominal"),
    ("Zhou Zhiyong", None, ZHOU, "name"),
    ("lui", "pour lui remettre", ZHOU, "pronoun"),
    ("ministère philippin des Affaires étrangères", None, PH_DFA, "name"),
    ("Ferdinand Marcos", None, MARCOS, "name"),
    ("ses services", None, PRES_OFFICE, "nominal"),
    # Washington a réaffirmé que le traité de défense mutuelle de 1951 s’appliquait ...
    ("Washington", None, US, "metonym"),
    ("le traité de défense mutuelle de 1951", None, MDT, "nominal"),
    ("les garde-côtes philippins", None, PCG, "nominal"),
    ("mer de Chine méridionale", 2, SCS, "name"),
    # « Nous condamnons ... », a écrit le porte-parole du département d’État, Matthew Miller, « et nous ... »
    ("Nous", "Nous condamnons", US, "pronoun"),
    ("le porte-parole du département d’État", None, MILLER, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Matthew Miller", None, MILLER, "name"),
    ("nous", ("et nous nous tenons", 1), US, "pronoun"),
    ("notre allié philippin", None, PHILIPPINES, "nominal"),
    # Tokyo s’est dit « gravement préoccupé ». Sa ministre des Affaires étrangères, Yōko Kamikawa, ...
    ("Tokyo", None, JAPAN, "metonym"),
    ("Sa ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yōko Kamikawa", None, KAMIKAWA, "name"),
    ("son homologue philippin", None, MANALO, "nominal"),
    ("Enrique Manalo", None, MANALO, "name"),
    # La Chine a déployé ces dernières semaines une dizaine de navires autour du banc, selon l’armée philippine ...
    ("Chine", "La Chine a déployé", CHINA, "name"),
    ("une dizaine de navires", None, CN_SHIPS, "nominal"),
    ("banc", "autour du banc", SABINA, "nominal"),
    ("l’armée philippine", None, PH_ARMY, "nominal"),
    ("la", "qui la soupçonne", CHINA, "pronoun"),
    ("y", "y bâtir", SABINA, "pronoun"),
    ("une île artificielle", None, ISLAND, "nominal"),
    ("un officier philippin", None, OFFICER, "nominal"),
]

PUB_DAY = "The publication day, Saturday 31 August 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday-dawn", ("samedi à l’aube", None), "2024-08-31", "day", "part-of-day",
     "« a percuté samedi à l’aube »: dawn of the publication day. " + PUB_DAY),
    ("t-since-april", ("depuis avril", None), "2024-04", "month", "month-past",
     "« qui mouille près du banc depuis avril », written in August 2024: April 2024, the start of the ship's stay "
     "(« depuis X » is annotated as X); a state, so no event takes it."),
    ("t-monday-past", ("lundi", "visé lundi"), "2024-08-26", "day", "weekday-past",
     "« avait été visé lundi », a pluperfect: the Monday before the publication day, 26 August 2024."),
    ("t-saturday-liu", ("samedi", "a affirmé samedi"), "2024-08-31", "day", "weekday-publication-day",
     "« a affirmé samedi dans un communiqué ». " + PUB_DAY),
    ("t-saturday-afternoon", ("samedi après-midi", None), "2024-08-31", "day", "part-of-day",
     "« Manille a convoqué samedi après-midi »: the afternoon of the publication day. " + PUB_DAY),
    ("t-monday-next", ("lundi", "présidera lundi"), "2024-09-02", "day", "weekday-future",
     "« présidera lundi », a future: the Monday after the publication day, 2 September 2024."),
    ("t-1951", ("1951", None), "1951", "year", "explicit-year",
     "« le traité de défense mutuelle de 1951 »: the treaty is an entity, not an event here; attached to nothing "
     "(as in benchmarks/gold/garde-cotes-ayungin-2024-06-18)."),
    ("t-tuesday", ("mardi", None), "2024-09-03", "day", "weekday-future",
     "« qui doit recevoir mardi »: the Tuesday after the publication day, 3 September 2024."),
    ("t-recent-weeks", ("ces dernières semaines", None), None, "vague", "vague",
     "The last few weeks: no value."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-ramming", "Event", "A Chinese coast guard ship rams a Philippine coast guard vessel at dawn on Saturday",
          ("a percuté", None), [("agent", CCG), ("participant", CCG_SHIP), ("recipient", MAGBANUA)],
          place=SCS, time="t-saturday-dawn", according_to=[PHILIPPINES, TARRIELA],
          note="The coast guard, written inside the ship's description, is the agent and the ship a participant (as "
               "in benchmarks/gold/garde-cotes-ayungin-2024-06-18); the Philippine vessel is the recipient. « près du "
               "banc de Sabina » is near, not in (no place); « en mer de Chine méridionale » is the place. Told by "
               "Manila (« a dénoncé Manille »); Tarriela's « a foncé délibérément sur le BRP Teresa Magbanua » "
               "restates it (no second event) and « ces manœuvres dangereuses » in Miller's quote too. Beijing's "
               "reversed account is e-ph-rams."),
    event("e-damage", "Event", "The Philippine vessel's hull is damaged", ("a été endommagée", None),
          [("recipient", MAGBANUA)], according_to=[TARRIELA], part_of="e-ramming",
          note="« Selon lui, la coque a été endommagée »: a passive with no agent; the hull is the ship's (a part, "
               "not a mention, as « la main » in gold), so the ship is the recipient. No weekday of its own."),
    event("e-no-injury", "Event", "Nobody on board is injured", ("blessé", None), [("recipient", CREW)],
          status="negated", according_to=[TARRIELA], part_of="e-ramming",
          note="« mais personne n’a été blessé »: negated; « personne » is not a mention, the crew of the lede is "
               "who was not hurt."),
    event("e-water-cannon", "Event", "The Philippine vessel had been targeted by water cannons on Monday",
          ("avait été visé", None), [("participant", CANNONS), ("recipient", MAGBANUA)], time="t-monday-past",
          according_to=[TARRIELA],
          note="A pluperfect passive whose « par » phrase is an instrument, not an actor: the cannons a participant "
               "(as the vessels of the ramming), no agent written. « près du banc » is near, not in: no place."),
    event("e-leave", "Event", "The Philippine vessel will not leave the area", ("quittera", None),
          [("agent", MAGBANUA)], status="negated", place=SABINA, according_to=[TARRIELA],
          note="« assurant qu’il « ne quittera pas » la zone »: a negated future inside an assurance (as « ne « "
               "trahirait jamais » » in gold); « il » is the ship, « la zone » the waters of the shoal."),
    event("e-ignored-warnings", "Event", "The Philippine vessel ignored the warnings (Beijing's account)",
          ("a ignoré", None), [("agent", PHILIPPINES), ("participant", MAGBANUA)], status="suspected",
          according_to=[LIU],
          note="« Le bâtiment philippin « a ignoré les avertissements »: a ship with a nationality adjective as "
               "subject, so the state is the agent and the ship a participant (as « Un drone russe a frappé » in "
               "benchmarks/gold/drone-izmail-2024-10-10); Beijing's charge: suspected."),
    event("e-ph-rams", "Event", "The Philippine vessel deliberately struck the Chinese ship (Beijing's account)",
          ("heurté", None), [("agent", PHILIPPINES), ("participant", MAGBANUA), ("recipient", CCG_SHIP)],
          status="suspected", according_to=[LIU],
          note="The second verb inside the quote, sharing its subject. The same collision told with the roles "
               "reversed, so an event of its own rather than a restatement of e-ramming: suspected (a charge the "
               "article does not endorse). No weekday of its own: no time."),
    event("e-cease", "Event", "Manila to stop its provocations (Liu Dejun's exhortation)", ("cesser", None),
          [("agent", PHILIPPINES)], status="proposed", according_to=[LIU],
          note="What one urges is proposed (as « renoncer à ses provocations » in gold; « ses provocations » is no "
               "event of its own there either)."),
    event("e-chinese-measures", "Event", "Beijing would take « all necessary measures »", ("prendrait", None),
          [("agent", CHINA)], status="hypothetical", according_to=[LIU],
          note="« faute de quoi Pékin prendrait « toutes les mesures nécessaires » »: a conditional threat, "
               "hypothetical; « Pékin » is China."),
    event("e-summons", "Event", "Manila summons the Chinese chargé d'affaires on Saturday afternoon",
          ("a convoqué", None), [("agent", PHILIPPINES), ("recipient", ZHOU)], time="t-saturday-afternoon",
          according_to=[PH_DFA],
          note="« Manille » stands for the Philippines. No city is written for the summons."),
    event("e-crisis-meeting", "Meeting", "Marcos to chair a crisis meeting on Monday", ("présidera", None),
          [("agent", MARCOS)], status="planned", time="t-monday-next", according_to=[PRES_OFFICE],
          note="« présidera lundi une réunion de crise, selon ses services »: a future, planned; « une réunion de "
               "crise » is the meeting itself (not a mention); its other participants are not written."),
    event("e-armed-attack", "Event", "An armed attack on the Philippine coast guard (the treaty's case)",
          ("attaque armée", None), [("recipient", PCG)], status="hypothetical", according_to=[US],
          note="« s’appliquait à toute attaque armée contre les garde-côtes philippins »: a case the treaty covers, "
               "hypothetical (as « en cas d’attaque armée » in gold); no attacker written. The defence the treaty "
               "implies is not written: no event."),
    event("e-kamikawa-manalo", "Meeting", "Kamikawa to receive her Philippine counterpart Enrique Manalo on Tuesday",
          ("recevoir", None), [("agent", KAMIKAWA), ("participant", MANALO)], status="planned", time="t-tuesday",
          note="« qui doit recevoir mardi son homologue philippin »: planned, the host the agent (as « recevra » in "
               "the bundled article). No city is written."),
    event("e-restraint", "Event", "The two countries to show restraint", ("retenue", None),
          [("participant", CHINA), ("participant", PHILIPPINES)], status="proposed", according_to=[KAMIKAWA],
          note="« a appelé les deux pays à la « retenue » »: called for, proposed (as « appelant les deux parties à la "
               "retenue » in gold); « les deux pays » is a plural phrase, China and the Philippines."),
    event("e-deployment", "Event", "China has deployed about ten ships around the shoal in recent weeks",
          ("a déployé", None), [("agent", CHINA), ("theme", CN_SHIPS)], time="t-recent-weeks",
          according_to=[PH_ARMY],
          note="« autour du banc »: around, not in (as « près du détroit d’Ormuz » in gold): no place."),
    event("e-island", "Event", "China would build an artificial island on the shoal (the army's suspicion)",
          ("bâtir", None), [("agent", CHINA), ("theme", ISLAND)], status="suspected", place=SABINA,
          according_to=[PH_ARMY],
          note="« qui la soupçonne de vouloir y bâtir une île artificielle »: « la » is China, « y » the shoal (the "
               "place); suspected, according to the army that suspects it."),
    event("e-new-collision", "Event", "A new collision between the two coast guards is not ruled out",
          ("collision", None), [("participant", CCG), ("participant", PCG)], status="hypothetical",
          according_to=[OFFICER],
          note="« Une nouvelle collision n’est pas exclue »: a possibility, hypothetical (as « n’exclut pas » in "
               "gold); « nouvelle » makes it another collision like Saturday's, so the two coast guards are its "
               "participants (as « Une nouvelle mission » in the Ayungin article)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-manila-denounces", "Statement", "Manila denounces the ramming", PHILIPPINES, ("a dénoncé", None), [],
           about=["e-ramming"],
           note="The source after the clause, a metonym; no weekday of its own (the « samedi à l’aube » is the "
                "ramming's): no time."),
    speech("s-beijing-blames", "Statement", "Beijing blames the Philippine crew", CHINA, ("rejetait", None), [],
           about=["e-ramming", "e-ph-rams"],
           note="« tandis que Pékin rejetait la faute sur l’équipage philippin »: a counter-accusation without a "
                "quote, China (a metonym); Liu Dejun's statement in the third paragraph gives its content."),
    speech("s-tarriela-quote", "Statement", "Jay Tarriela: the Chinese ship 5205 deliberately rammed the BRP Teresa "
           "Magbanua", TARRIELA, ("a déclaré", None),
           [("Le navire chinois 5205 a foncé délibérément sur le BRP Teresa Magbanua", None)], about=["e-ramming"],
           note="A quote first, a role noun and a name in apposition after the verb. No weekday: no time."),
    speech("s-tarriela-damage", "Report", "Tarriela: the hull was damaged but nobody was injured", TARRIELA,
           ("Selon", "Selon lui"), [], about=["e-damage", "e-no-injury"]),
    speech("s-tarriela-recall", "Statement", "Tarriela recalls the Monday water-cannon incident", TARRIELA,
           ("a-t-il rappelé", None), [], about=["e-water-cannon"],
           note="The reporting clause after a sentence without guillemets."),
    speech("s-tarriela-assurance", "Assurance", "Tarriela assures the vessel « will not leave » the area", TARRIELA,
           ("assurant", None), [("ne quittera pas", None)], about=["e-leave"],
           note="A participle with its own guillemets: a second speech act of the same speaker."),
    speech("s-liu-statement", "Statement", "Liu Dejun: the Philippine vessel ignored the warnings and deliberately "
           "struck the Chinese ship", LIU, ("a affirmé", None),
           [("a ignoré les avertissements et heurté volontairement", None)], time="t-saturday-liu",
           about=["e-ignored-warnings", "e-ph-rams", "s-ccg-warnings"],
           note="The quote begins after its subject (« Le bâtiment philippin ») and ends before its object (« le "
                "navire chinois »): only the words inside the guillemets. « dans un communiqué » is the document "
                "(not a mention)."),
    speech("s-ccg-warnings", "Warning", "The Chinese coast guard's warnings to the Philippine vessel", CCG,
           ("avertissements", None), [], addressee=MAGBANUA, according_to=[LIU],
           note="A nominal speech act inside Liu's quote: the warnings the Chinese side says it gave; its own side's "
                "act told by its spokesman, occurred with him in according_to. No weekday of its own."),
    speech("s-liu-exhortation", "Warning", "Liu Dejun urges Manila to stop its provocations, or Beijing will act",
           LIU, ("a exhorté", None), [("cesser ses provocations", None), ("toutes les mesures nécessaires", None)],
           addressee=PHILIPPINES, time="t-saturday-liu", about=["e-cease", "e-chinese-measures"],
           note="One verb, an urged act and a conditional threat, each with guillemets: one speech act, two quotes "
                "(a Warning: the threat of « faute de quoi »). « Il » continues Liu's statement: it keeps its "
                "Saturday, as « Selon lui » kept Lin Jian's Tuesday in gold."),
    speech("s-manila-protest", "Statement", "Manila hands the chargé d'affaires a note of protest", PHILIPPINES,
           ("remettre", None), [], addressee=ZHOU, time="t-saturday-afternoon", according_to=[PH_DFA],
           about=["e-ramming"],
           note="« pour lui remettre une note de protestation » after a summons that happened: an occurred speech act "
                "of the Philippines to the diplomat summoned (as « pour protester » in the Ayungin article), with the "
                "summons's afternoon; the note is the protest itself (not a mention)."),
    speech("s-dfa", "Report", "The Philippine foreign ministry reports the summons", PH_DFA, ("a précisé", None), [],
           time="t-saturday-afternoon", about=["e-summons", "s-manila-protest"],
           note="The source after the clause takes the day of what it announces (as in gold)."),
    speech("s-marcos-silence", "SpeechAct", "Marcos has not reacted", MARCOS, ("réagi", None), [],
           status="negated", about=["e-ramming"],
           note="« qui n’a pas réagi »: a negated speech act (as « ne s’était pas exprimé » in gold); no weekday."),
    speech("s-presidency", "Report", "The presidential office announces Marcos's crisis meeting", PRES_OFFICE,
           ("selon", "selon ses services"), [], about=["e-crisis-meeting"],
           note="« ses services » are Marcos's office (a nominal mention of one institution, with its possessive)."),
    speech("s-us-reaffirms", "Statement", "Washington reaffirms that the 1951 treaty covers any armed attack on the "
           "Philippine coast guard", US, ("a réaffirmé", None),
           [("où que ce soit en mer de Chine méridionale", None)], about=["e-armed-attack"],
           note="« Washington » is the United States (a metonym), not the city where someone speaks. A reminder of "
                "what a treaty covers, to no addressee written: a Statement (as « rappelé que le traité ... » in the "
                "Ayungin article). No weekday: no time."),
    speech("s-miller", "Statement", "Matthew Miller condemns dangerous manoeuvres and stands by the Philippine ally",
           MILLER, ("a écrit", None),
           [("Nous condamnons ces manœuvres dangereuses", None),
            ("et nous nous tenons aux côtés de notre allié philippin", None)],
           about=["e-ramming"],
           note="A quote split around « a écrit le porte-parole du département d’État, Matthew Miller »: one speech "
                "act, two quotes. « Nous »/« nous » are the United States; « ces manœuvres dangereuses » restates the "
                "ramming; standing by an ally is a stance, not an event."),
    speech("s-tokyo-concern", "Statement", "Tokyo says it is « seriously concerned »", JAPAN, ("s’est dit", None),
           [("gravement préoccupé", None)], about=["e-ramming"],
           note="« Tokyo » is Japan (a metonym that speaks); no weekday: no time."),
    speech("s-kamikawa-call", "Statement", "Yōko Kamikawa calls on the two countries to show restraint", KAMIKAWA,
           ("a appelé", None), [("retenue", None)], about=["e-restraint"],
           note="« Sa ministre »: the possessive is Tokyo's (Japan's foreign minister). « les deux pays » is a plural "
                "phrase: no addressee."),
    speech("s-army", "Report", "The Philippine army reports the Chinese deployment", PH_ARMY,
           ("selon", "selon l’armée philippine"), [], about=["e-deployment"]),
    speech("s-army-suspicion", "SpeechAct", "The Philippine army suspects China of wanting to build an artificial "
           "island", PH_ARMY, ("soupçonne", None), [], about=["e-island"],
           note="A suspicion the article gives to the army in a relative clause, no quotation (as « soupçonnent » in "
                "the bundled article)."),
    speech("s-officer-warning", "Warning", "A Philippine officer warns a new collision is not ruled out", OFFICER,
           ("a averti", None), [], about=["e-new-collision"],
           note="Indirect speech without guillemets, the source after the clause."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
