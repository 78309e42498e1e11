"""Held-out annotation of drones-novorossiisk-2023-08-04.txt (written for the fifth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/drones-novorossiisk-2023-08-04.annotation.src.py [--check]

Held-out set 5: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "drones-novorossiisk-2023-08-04.txt"

NOTE = """\
Held-out-5 article 3: a Ukrainian naval-drone attack on Novorossiysk, published Friday 4 August 2023 (the file \
gives the day). What it exercises: a claim with an infinitive of the past (« L’armée russe a affirmé vendredi \
avoir repoussé dans la nuit une attaque de drones navals ukrainiens »: the attack occurred, the repulse is the \
army's contested claim, suspected); « dans la nuit » of a Friday article (the night before: Friday 4 August, as \
« dans la nuit de mardi à mercredi » gives the Wednesday in benchmarks/gold); an apposition after a place (« l’un \
des principaux ports pétroliers du pays »); a quote first with two passive participles and an agent (« ont été \
détectées et détruites par le feu des navires ») and a negated half (« sans faire état de dégâts »); images « \
authentifiées par Reuters » that contradict it (« pourtant ») with a passive participle (« remorqué »); a negated \
claim by a metonym (« Kiev n’a pas revendiqué l’opération »); an anonymous official's assurance to the agency and \
his quote (« a-t-il dit », with « Nous » for Ukraine and « elle » for the fleet: a planned strike); double \
sourcing after the clause (« a rapporté l’agence TASS, citant l’administration locale ») of a passive suspension \
with no agent; prices that rise (no actor: no event); a departure on an explicit day (« a quitté le 17 juillet ») \
from a deal described by a relative clause, and a threat « depuis »; a relative accusation with a one-word quote \
and a pluperfect no-comment « en milieu de journée »; a state of mind relayed by a spokesman (« est « très \
préoccupé » ..., a fait savoir son porte-parole à New York ») and a participle call with its own quote \
(« appelant les deux parties à la retenue « ... » »: Guterres's words, the spokesman in according_to); a planned \
meeting « la semaine prochaine » (7 to 13 August 2023: the month) and a hope in a relative clause. « Kiev » is \
Ukraine (Q212) both times, « Moscou » Russia (Q159). « Novorossiisk » in « la base de Novorossiisk » is the city's \
name, the only mention there (as « le port de Haiphong » in benchmarks/gold); « le port » is Novorossiysk again \
(the definite port the paragraph is about, and the place of the suspension), unlike « dont le port » of Odessa in \
benchmarks/gold, which is the port of a city named just before. « Deux embarcations sans pilote » are the naval \
drones (one entity); « le navire » is the landing ship; « une mer vitale ... » inside the quote is the Black Sea. \
Not mentions: « services de sécurité ukrainiens » inside the official's description (not a name), « les deux \
parties », « les ports ukrainiens », « tout navire », « Les cours du blé et du pétrole », « ces développements » \
(the events already annotated). Novorossiysk, the defence ministry, Telegram, the drones, the guard ships, the \
landing ship, the official, the fleet, the local administration, the grain deal, the spokesman, New York and \
Erdoğan are not in ids.tsv: local, unlinked."""

GUTERRES, UN, KREMLIN = "Q311440", "Q1065", "Q2060629"
RUSSIA, UKRAINE, BLACK_SEA, RU_ARMY = "Q159", "Q212", "Q166", "Q193159"
REUTERS, AFP, TASS = "Q130879", "Q40464", "Q223799"
NOVO, RU_MOD, TELEGRAM, DRONES = "local:novorossiysk", "local:russian-defence-ministry", "local:telegram", \
    "local:ukrainian-naval-drones"
GUARD_SHIPS, SHIP, OFFICIAL, SEA_DRONE = "local:russian-guard-ships", "local:russian-landing-ship", \
    "local:ukrainian-security-official", "local:explosive-sea-drone"
FLEET, LOCAL_ADMIN, GRAIN_DEAL = "local:russian-fleet", "local:novorossiysk-administration", \
    "local:black-sea-grain-deal"
SPOKESMAN, NEW_YORK, ERDOGAN = "local:un-spokesman", "local:new-york", "local:recep-tayyip-erdogan"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (DRONES, "drones navals ukrainiens", "Ukrainian naval drones", "object",
     {"description": "les « deux embarcations sans pilote » du communiqué russe",
      "unlinked_reason": "unnamed units, not one Wikidata item"}),
    (NOVO, "Novorossiisk", "Novorossiysk", "place", {"unlinked_reason": NOT_VERIFIED}),
    (GUARD_SHIPS, "navires gardant l’entrée de la baie", "ships guarding the bay's entrance", "object",
     {"unlinked_reason": "unnamed ships, not one Wikidata item"}),
    (RU_MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED + " (Q193159 is the armed forces, not the ministry)"}),
    (TELEGRAM, "Telegram", "Telegram", "organization",
     {"description": "messagerie en ligne", "unlinked_reason": NOT_VERIFIED}),
    (SHIP, "navire de débarquement russe", "Russian landing ship", "object",
     {"unlinked_reason": "the article does not name the ship"}),
    (OFFICIAL, "un responsable des services de sécurité ukrainiens", "a Ukrainian security service official",
     "person", {"unlinked_reason": "anonymous in the article"}),
    (SEA_DRONE, "drone chargé de 450 kilos d’explosifs", "a sea drone carrying 450 kg of explosives", "object",
     {"unlinked_reason": "a single unnamed object"}),
    (FLEET, "flotte russe", "Russian fleet", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (LOCAL_ADMIN, "administration locale de Novorossiisk", "Novorossiysk local administration", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (GRAIN_DEAL, "accord sur les céréales de la mer Noire", "Black Sea Grain Initiative", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (SPOKESMAN, "porte-parole du secrétaire général de l’ONU", "spokesman of the UN Secretary-General", "person",
     {"unlinked_reason": "not named in the article"}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ERDOGAN, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "person",
     {"description": "président de la Turquie", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("L’armée russe", None, RU_ARMY, "nominal"),
    ("drones navals ukrainiens", None, DRONES, "nominal"),
    ("Novorossiisk", None, NOVO, "name"),
    ("mer Noire", "sur la mer Noire", BLACK_SEA, "name"),
    ("l’un des principaux ports pétroliers du pays", None, NOVO, "nominal"),
    ("pays", "ports pétroliers du pays", RUSSIA, "nominal"),
    # « Deux embarcations sans pilote ... »
    ("Deux embarcations sans pilote", None, DRONES, "nominal"),
    ("navires", "le feu des navires", GUARD_SHIPS, "nominal"),
    ("le ministère russe de la Défense", None, RU_MOD, "nominal"),
    ("Telegram", None, TELEGRAM, "name"),
    ("Reuters", None, REUTERS, "name"),
    ("un navire de débarquement russe", None, SHIP, "nominal"),
    # Kiev n’a pas revendiqué ...
    ("Kiev", "Kiev n’a pas", UKRAINE, "metonym"),
    ("Un responsable des services de sécurité ukrainiens", None, OFFICIAL, "nominal"),
    ("AFP", None, AFP, "name"),
    ("le navire", "que le navire", SHIP, "nominal"),
    ("un drone chargé de 450 kilos d’explosifs", None, SEA_DRONE, "nominal"),
    ("Nous", None, UKRAINE, "pronoun"),
    ("la flotte russe", None, FLEET, "nominal"),
    ("elle", "où elle se trouve", FLEET, "pronoun"),
    ("il", "a-t-il dit", OFFICIAL, "pronoun"),
    # Le trafic a été brièvement suspendu ...
    ("le port", "dans le port", NOVO, "nominal"),
    ("TASS", None, TASS, "name"),
    ("l’administration locale", None, LOCAL_ADMIN, "nominal"),
    # Moscou a quitté le 17 juillet ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("l’accord qui permettait à l’Ukraine d’exporter ses céréales par la mer Noire", None, GRAIN_DEAL, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("mer Noire", "céréales par la mer Noire", BLACK_SEA, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Kiev", "accuse Kiev", UKRAINE, "metonym"),
    # Le secrétaire général de l’ONU ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("son porte-parole", None, SPOKESMAN, "nominal"),
    ("New York", None, NEW_YORK, "name"),
    ("une mer vitale pour la sécurité alimentaire mondiale", None, BLACK_SEA, "nominal"),
    ("Guterres", "M. Guterres doit", GUTERRES, "name"),
    ("le président turc", None, ERDOGAN, "nominal"),
    ("Recep Tayyip Erdogan", None, ERDOGAN, "name"),
    ("l’accord céréalier", None, GRAIN_DEAL, "nominal"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", None), "2023-08-04", "day", "weekday-publication-day",
     "« a affirmé vendredi »: the publication day, Friday 4 August 2023."),
    ("t-night", ("dans la nuit", None), "2023-08-04", "day", "part-of-day",
     "The night before the Friday statement, after midnight: Friday 4 August 2023 (as « dans la nuit de mardi "
     "à mercredi » is the Wednesday in benchmarks/gold)."),
    ("t-july-17", ("le 17 juillet", None), "2023-07-17", "day", "day-month-publication-year",
     "17 July of the publication year, before publication."),
    ("t-midday", ("en milieu de journée", None), "2023-08-04", "day", "part-of-day",
     "Midday of the publication day, as « en fin de journée » in benchmarks/gold."),
    ("t-next-week", ("la semaine prochaine", None), "2023-08", "month", "relative-week-future",
     "The week after Friday 4 August 2023, Monday 7 to Sunday 13 August: inside one month, so the month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-attack", "Event", "A Ukrainian naval-drone attack on Novorossiysk in the night", ("attaque", None),
          [("agent", UKRAINE), ("recipient", NOVO), ("participant", DRONES)], place=NOVO, time="t-night",
          according_to=[RU_ARMY],
          note="The army reports the attack itself; Ukraine as agent from the adjective « ukrainiens » (Kiev does "
               "not claim it). « l’opération » restates it."),
    event("e-repelled", "Event", "The Russian army says it repelled the attack", ("repoussé", None),
          [("agent", RU_ARMY), ("recipient", DRONES)], status="suspected", place=NOVO, time="t-night",
          according_to=[RU_ARMY],
          note="« a affirmé ... avoir repoussé »: the army's own claim, which the Reuters-authenticated images "
               "contradict (« pourtant »): suspected, as a claim that others contest in benchmarks/gold."),
    event("e-detected", "Event", "Two unmanned boats detected by the guarding ships", ("détectées", None),
          [("agent", GUARD_SHIPS), ("recipient", DRONES)], place=NOVO, time="t-night", according_to=[RU_MOD],
          note="The detection is not contested: occurred, according to the ministry."),
    event("e-destroyed", "Event", "Two unmanned boats destroyed by the guarding ships' fire", ("détruites", None),
          [("agent", GUARD_SHIPS), ("recipient", DRONES)], status="suspected", place=NOVO, time="t-night",
          according_to=[RU_MOD], note="Part of the contested claim that the attack was repelled."),
    event("e-towed", "Event", "A listing Russian landing ship towed towards a quay", ("remorqué", None),
          [("participant", SHIP)], place=NOVO, according_to=[REUTERS],
          note="What the images authenticated by Reuters show; who tows it is not said."),
    event("e-ship-hit", "Event", "The landing ship was hit by a sea drone carrying 450 kg of explosives",
          ("touché", None), [("agent", UKRAINE), ("recipient", SHIP), ("participant", SEA_DRONE)], place=NOVO,
          time="t-night", according_to=[OFFICIAL],
          note="The official's account, which the images support: occurred, according to him. Ukraine as agent: "
               "his « Nous » speaks for the Ukrainian side."),
    event("e-strike-fleet", "Event", "Ukraine will keep striking the Russian fleet wherever it is", ("frapper", None),
          [("agent", UKRAINE), ("recipient", FLEET)], status="planned", according_to=[OFFICIAL],
          note="« Nous continuerons à frapper »: a promise, planned."),
    event("e-traffic-suspended", "Event", "Traffic briefly suspended in the port of Novorossiysk",
          ("suspendu", None), [("recipient", NOVO)], place=NOVO, according_to=[LOCAL_ADMIN, TASS],
          note="A passive with no agent: the place whose traffic is suspended takes the recipient role, as an attack "
               "with no attacker gives the city that role in benchmarks/gold."),
    event("e-grain-exit", "Event", "Russia left the Black Sea grain deal on 17 July", ("a quitté", None),
          [("agent", RUSSIA), ("theme", GRAIN_DEAL)], time="t-july-17"),
    event("e-grain-exports", "Delivery", "Ukrainian grain exports across the Black Sea under the deal",
          ("exporter", None), [("agent", UKRAINE)], place=BLACK_SEA,
          note="What the deal allowed (« permettait »), in the past: occurred."),
    event("e-ships-as-targets", "Event", "Russia would treat any ship heading for Ukrainian ports as a target",
          ("considérer", None), [("agent", RUSSIA)], status="hypothetical", place=BLACK_SEA,
          according_to=[RUSSIA], note="The content of a threat: hypothetical."),
    event("e-terrorism", "Event", "Ukrainian « terrorism » (the Kremlin's accusation)", ("terrorisme", None),
          [("agent", UKRAINE)], status="suspected", according_to=[KREMLIN],
          note="An accusation the article does not endorse: suspected."),
    event("e-restraint", "Event", "Restraint by the two parties", ("retenue", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="proposed", according_to=[GUTERRES],
          note="« appelant les deux parties à la retenue »: called for, proposed; « les deux parties » is a plural "
               "phrase, the parties are Russia and Ukraine."),
    event("e-erdogan-talks", "Meeting", "Guterres to talk with Erdogan next week", ("s’entretenir", None),
          [("participant", GUTERRES), ("participant", ERDOGAN)], status="planned", time="t-next-week"),
    event("e-revive-deal", "Event", "Erdogan hopes to revive the grain deal", ("relancer", None),
          [("agent", ERDOGAN), ("theme", GRAIN_DEAL)], status="planned", according_to=[ERDOGAN],
          note="« qui espère relancer »: an aim, planned (as « cherche à » elsewhere in this set); the hope is not "
               "a speech act."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-army-claim", "Statement", "The Russian army claims it repelled a naval-drone attack", RU_ARMY,
           ("a affirmé", None), [], time="t-friday", about=["e-attack", "e-repelled"]),
    speech("s-mod", "Statement", "The defence ministry: two unmanned boats detected and destroyed", RU_MOD,
           ("a indiqué", None),
           [("Deux embarcations sans pilote ont été détectées et détruites par le feu des navires qui gardent "
             "l’entrée de la baie", None)],
           about=["e-detected", "e-destroyed"], note="Written « sur Telegram »."),
    speech("s-mod-no-damage", "SpeechAct", "The ministry does not mention any damage", RU_MOD,
           ("faire état", None), [], status="negated",
           note="« sans faire état de dégâts »: negated, as « sans évoquer de victimes » in benchmarks/gold."),
    speech("s-reuters", "Report", "Reuters authenticates images of a listing landing ship", REUTERS,
           ("authentifiées", None), [], about=["e-towed"]),
    speech("s-kyiv-no-claim", "SpeechAct", "Ukraine has not claimed the operation", UKRAINE, ("revendiqué", None),
           [], status="negated", about=["e-attack"]),
    speech("s-official-assures", "Assurance", "A Ukrainian security official assures the AFP the ship was hit",
           OFFICIAL, ("a toutefois assuré", None), [], addressee=AFP, about=["e-ship-hit"]),
    speech("s-official-quote", "Statement", "The official: we will keep striking the Russian fleet", OFFICIAL,
           ("a-t-il dit", None),
           [("Nous continuerons à frapper la flotte russe partout où elle se trouve", None)],
           addressee=AFP, about=["e-strike-fleet"]),
    speech("s-tass", "Report", "TASS reports the suspension of traffic", TASS, ("a rapporté", None), [],
           about=["e-traffic-suspended"]),
    speech("s-local-admin", "Report", "The local administration, cited by TASS", LOCAL_ADMIN, ("citant", None), [],
           according_to=[TASS], about=["e-traffic-suspended"],
           note="Double sourcing: the administration speaks, TASS cites it (two Reports)."),
    speech("s-russia-threat", "Warning", "Russia threatens to treat ships bound for Ukraine as targets", RUSSIA,
           ("menace", None), [], about=["e-ships-as-targets"], note="« et menace depuis »: since 17 July, no time "
           "of its own."),
    speech("s-kremlin-accuses", "Statement", "The Kremlin accuses Ukraine of « terrorism »", KREMLIN,
           ("accuse", None), [("terrorisme", None)], addressee=UKRAINE, about=["e-terrorism"]),
    speech("s-kremlin-no-reaction", "SpeechAct", "The Kremlin had not reacted by midday", KREMLIN,
           ("réagi", None), [], status="negated", time="t-midday", about=["e-attack"]),
    speech("s-guterres-concern", "Statement", "Guterres is « very concerned » by these developments", GUTERRES,
           ("préoccupé", None), [("très préoccupé", None)], according_to=[SPOKESMAN],
           about=["e-attack", "e-ship-hit"],
           note="« est « très préoccupé » par ces développements »: a state of mind the spokesman relays, Guterres's "
                "words (the trigger lies inside the quote)."),
    speech("s-spokesman", "Report", "Guterres's spokesman relays his concern in New York", SPOKESMAN,
           ("a fait savoir", None), [], place=NEW_YORK, about=["s-guterres-concern", "s-guterres-restraint"]),
    speech("s-guterres-restraint", "Statement", "Guterres calls on both parties to show restraint", GUTERRES,
           ("appelant", None), [("dans une mer vitale pour la sécurité alimentaire mondiale", None)],
           according_to=[SPOKESMAN], about=["e-restraint"],
           note="A participle of speech with its own guillemets: a second speech act. Its grammatical subject is "
                "the spokesman, but he speaks for Guterres, whose call it is (the spokesman in according_to)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
