"""Held-out annotation of frappes-houthis-yemen-2024-01-12.txt (written for the seventeenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/frappes-houthis-yemen-2024-01-12.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/frappes-houthis-yemen-2024-01-12.annotation.src.py --check

From held-out set 17 (moved to gold in session 16; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "frappes-houthis-yemen-2024-01-12.txt"

NOTE = """\
Held-out-17 article: the United States and the United Kingdom strike dozens of Houthi positions in Yemen in the \
night of Thursday 11 to Friday 12 January 2024, in answer to weeks of attacks on merchant ships in the Red Sea; \
Joe Biden announces it and warns against threats to navigation, the Pentagon gives the number of targets; the \
Houthis, backed by Iran, promise to retaliate and their spokesman Mohammed Abdelsalam reports five fighters \
killed; Tuesday's shooting down of Houthi drones by the US Navy and the November seizure of the Galaxy Leader are \
recalled; Tehran condemns, Moscow asks for an emergency Security Council meeting expected on Friday afternoon in \
New York, Maria Zakharova denies it is self-defence, Beijing is concerned and calls for restraint, Saudi Arabia \
calls for avoiding escalation without condemning; Rishi Sunak defends the strikes and London does not rule out \
more; Maersk keeps its ships away from the Red Sea and Hapag-Lloyd reviews the situation on Monday. Published \
Friday 12 January 2024 (the file gives the day). The strikes, the Houthi threats, the Galaxy Leader and the \
reactions follow the real events loosely; the quotes, the figures, Abdelsalam's toll, the Saudi and British \
official's words, the timing of the Council meeting and Hapag-Lloyd's Monday review are invented or simplified. \
What it exercises: a strike by two states joined by « et » on a night that ends on the publication day (« Les \
États-Unis et le Royaume-Uni ont frappé dans la nuit de jeudi à vendredi des dizaines de positions des rebelles \
houthis au Yémen »: two agents, the positions the recipient, Yemen the place) with a nominal cause over a vague \
duration (« en riposte à des semaines d’attaques contre des navires marchands en mer Rouge »: the attacks an event \
whose agent, the Houthis, is implied) and a source after the clause with a role noun and a name in apposition (« \
a annoncé le président américain, Joe Biden »); a quote first with « nous » for the United States, a negated \
future and a subjunctive case (« nous ne tolérerons pas que des acteurs hostiles mettent en péril ... »: the \
endangering hypothetical) and « a-t-il affirmé dans un communiqué »; « Selon le Pentagone » with a passive and \
two things as its agents (« ont été touchées par des avions et des missiles tirés depuis la mer »: part of the \
strike, the launch a second part); a passive participle of support in apposition (« soutenus par l’Iran ») and a \
promise with an infinitive (« ont aussitôt promis de répliquer »: planned); a threat quoted first with the two \
states by other names (« L’Amérique et la Grande-Bretagne ») under « a averti vendredi le porte-parole du \
mouvement, Mohammed Abdelsalam » (a title holding no name) and a relative report of a toll (« qui a fait état de \
cinq combattants tués »); a pluperfect shooting down on a past weekday with a passive participle and its agent (« \
Mardi encore, la marine américaine avait abattu une vingtaine de drones lancés par les rebelles »); a \
demonstrative pronoun for the rebels with a pluperfect seizure in a month and a ship named in apposition (« Ceux-ci \
avaient saisi en novembre un cargo lié à Israël, le Galaxy Leader ») and a relative passive state in the present \
with no agent (« dont l’équipage est toujours retenu »); a metonym that condemns with two pairs of guillemets (one \
speech act, two quotes; the violation suspected according to Iran); a request by a metonym for a nominal meeting \
with a relative conditional, a weekday with a part of the day, a city and a source after the clause (« Moscou a \
réclamé une réunion d’urgence du Conseil de sécurité de l’ONU, qui devrait se tenir vendredi après-midi à New \
York, selon des diplomates »: planned); a quote split around « a dénoncé la porte-parole de la diplomatie russe, \
Maria Zakharova, » in the middle of its sentence (one speech act, two quotes); a metonym's quoted adjective and a \
call joined by « et » (two speech acts; the call to restraint no event, as the call to « retenue » in \
gold/frappe-kiev-2024-11-14); a relative negotiation over a vague time (« qui négocie depuis des mois une trêve \
avec les Houthis ») with a quoted infinitive after « d’ » and « sans condamner ses alliés occidentaux » (a negated \
speech act, the allies a plural phrase); a role noun and a name in apposition with a quoted predicate; a stance \
of a metonym relayed by an official to AFP (« Londres n’exclut pas de nouvelles frappes si les attaques se \
poursuivaient, a indiqué à l’AFP un responsable britannique »: the new strikes and the continuation hypothetical); \
an emphatic « eux »; an announcement on the publication day with a future in the past and a quoted vague time (« \
contourneraient l’Afrique « dans un avenir prévisible » »: planned); a nationality or role noun right before a \
name without a comma (« Le danois Maersk », « Son concurrent allemand Hapag-Lloyd »: only the names are mentions) \
and a planned review on a future weekday.
Places and metonyms. « Moscou » is Russia (Q159), « Pékin » China (Q148): both act as states (request, concern, \
call). « Téhéran » is Iran and « Londres » the United Kingdom: metonyms of states that are not in ids.tsv, so \
their mentions go to the local state entities, kind metonym. « L’Amérique » is the United States (Q30) and « la \
Grande-Bretagne » the United Kingdom, kind name (other names of the states, as « RPDC » in the bundled article). « \
New York » is the city where the Council meets (local). « Yémen » is the strike's place and, in Tehran's \
condemnation, the state whose sovereignty is violated: one local country. « mer Rouge » is a local place; « la \
mer » (« tirés depuis la mer ») is not a mention: the article does not say which sea, and it is only where the \
missiles came from. « la route » is the Red Sea shipping route the companies avoid (a local place, the avoidance's \
theme).
Mentions. « des dizaines de positions des rebelles houthis » (the positions, a local object, the strike's \
recipient) holds « rebelles houthis » (fused « des », from the noun; the Houthis, nominal); « les rebelles » and « \
Ceux-ci » are the Houthis too. « des navires marchands », « plus de soixante cibles », « des avions », « des \
missiles », « une vingtaine de drones », « un cargo lié à Israël » and « Galaxy Leader » (one ship), « \
ses porte-conteneurs » are things an event takes; « des acteurs hostiles », « cinq combattants », « l’équipage \
», « des diplomates », « Les armateurs » (with « eux ») are local groups. « le porte-parole du mouvement » and « \
la porte-parole de la diplomatie russe » are titles that hold no name: « mouvement » and « diplomatie russe » are \
no mentions. Not mentions: « ses alliés occidentaux » (the United States and the United Kingdom at once), « Ces \
frappes » and « une action » (the strikes), « la liberté de navigation », « un lourd prix », « la légitime \
défense », « la retenue », « l’escalade », « la situation », « un communiqué ».
Statuses. The strikes, the ship attacks, the hits, the launch of the missiles, Iran's support, the fighters' \
deaths, Tuesday's shooting down and the drone launch, the seizure, the crew's detention, the truce talks and the \
companies' avoidance of the route are occurred; the Houthi retaliation, the Council meeting (« devrait se tenir »), \
Maersk's detour and Hapag-Lloyd's review are planned; the truce under negotiation is proposed; the violation of \
Yemen's sovereignty is suspected (Iran's accusation); the endangering of navigation, the new British strikes and \
the continuation of the attacks are hypothetical; Saudi Arabia's condemnation is negated.
Times. « dans la nuit de jeudi à vendredi » is one time, Friday 12 January 2024 (after midnight, the gold \
convention for nights), the publication day; « des semaines » a vague duration (the attacks); « vendredi » in « a \
averti vendredi » and « a annoncé vendredi » the publication day; « Mardi » 9 January 2024 (weekday-past, \
pluperfect); « en novembre » November 2023 (month-past); « vendredi après-midi » the afternoon of the publication \
day; « depuis des mois » vague; « dans un avenir prévisible » (inside Maersk's quote) vague, the detour's time; « \
lundi » 15 January 2024 (weekday-future). « aussitôt », « encore » and « toujours » are not times. The statements \
with no weekday of their own (Biden's, the Pentagon's, Tehran's, Moscow's, Zakharova's, Beijing's, Riyadh's, \
Sunak's, the official's) have no time.
The United Kingdom, the Houthis, Yemen, the Red Sea, Joe Biden, the Pentagon, Iran, Israel, Saudi Arabia, \
Mohammed Abdelsalam, Maria Zakharova, Rishi Sunak, the US Navy, the Galaxy Leader and its crew, New York, Africa, \
Maersk, Hapag-Lloyd, the British official, the diplomats and the things and groups above are not in ids.tsv: \
local, unlinked."""

US, UK_, RUSSIA, CHINA, UNSC, UN, AFP = "Q30", "local:united-kingdom", "Q159", "Q148", "Q37470", "Q1065", "Q40464"
HOUTHIS, YEMEN, RED_SEA, BIDEN = "local:houthis", "local:yemen", "local:red-sea", "local:joe-biden"
POSITIONS, SHIPS, HOSTILE = "local:houthi-positions", "local:attacked-merchant-ships", "local:hostile-actors"
PENTAGON, TARGETS, AIRCRAFT, MISSILES = "local:pentagon", "local:struck-targets", "local:strike-aircraft", \
    "local:strike-missiles"
IRAN, ABDELSALAM, FIGHTERS = "local:iran", "local:mohammed-abdelsalam", "local:killed-houthi-fighters"
US_NAVY, DRONES, ISRAEL, GALAXY, CREW = "local:us-navy", "local:houthi-drones-2024-01-09", "local:israel", \
    "local:galaxy-leader", "local:galaxy-leader-crew"
NEW_YORK, DIPLOMATS, ZAKHAROVA = "local:new-york", "local:un-diplomats", "local:maria-zakharova"
SAUDI, SUNAK, OFFICIAL = "local:saudi-arabia", "local:rishi-sunak", "local:british-official"
SHIPOWNERS, ROUTE, MAERSK, CONTAINER_SHIPS = "local:shipping-companies", "local:red-sea-route", "local:maersk", \
    "local:maersk-container-ships"
AFRICA, HAPAG = "local:africa", "local:hapag-lloyd"

NOT_OBJECT = "a set of things with no Wikidata item"
NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (UK_, "Royaume-Uni", "United Kingdom", "country", {"unlinked_reason": NOT_VERIFIED}),
    (HOUTHIS, "Houthis", "Houthis", "organization",
     {"description": "mouvement rebelle yéménite (Ansar Allah), soutenu par l’Iran", "unlinked_reason": NOT_VERIFIED}),
    (YEMEN, "Yémen", "Yemen", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RED_SEA, "mer Rouge", "Red Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (POSITIONS, "positions houthies au Yémen", "Houthi positions in Yemen", "object",
     {"description": "les dizaines de positions frappées dans la nuit du 11 au 12 janvier 2024",
      "unlinked_reason": NOT_OBJECT}),
    (SHIPS, "navires marchands attaqués en mer Rouge", "merchant ships attacked in the Red Sea", "object",
     {"unlinked_reason": NOT_OBJECT}),
    (HOSTILE, "acteurs hostiles", "hostile actors", "group",
     {"description": "ceux que Joe Biden menace, sans les nommer", "unlinked_reason": NOT_GROUP}),
    (PENTAGON, "Pentagone", "United States Department of Defense", "organization",
     {"description": "département de la Défense des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (TARGETS, "plus de soixante cibles", "more than sixty targets", "object",
     {"description": "les cibles touchées au Yémen selon le Pentagone", "unlinked_reason": NOT_OBJECT}),
    (AIRCRAFT, "avions des frappes", "strike aircraft", "object",
     {"class_qid": "Q11436", "unlinked_reason": NOT_OBJECT}),
    (MISSILES, "missiles tirés depuis la mer", "sea-launched missiles", "object", {"unlinked_reason": NOT_OBJECT}),
    (IRAN, "Iran", "Iran", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ABDELSALAM, "Mohammed Abdelsalam", "Mohammed Abdulsalam", "person",
     {"description": "porte-parole des Houthis", "class_qid": "Q17221", "unlinked_reason": NOT_VERIFIED}),
    (FIGHTERS, "cinq combattants houthis tués", "five Houthi fighters killed", "group",
     {"unlinked_reason": NOT_GROUP}),
    (US_NAVY, "marine américaine", "United States Navy", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (DRONES, "drones houthis abattus mardi", "Houthi drones shot down on Tuesday", "object",
     {"description": "une vingtaine de drones lancés par les Houthis et abattus le 9 janvier 2024",
      "unlinked_reason": NOT_OBJECT}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (GALAXY, "Galaxy Leader", "Galaxy Leader", "object",
     {"description": "cargo lié à Israël saisi par les Houthis en novembre 2023", "unlinked_reason": NOT_VERIFIED}),
    (CREW, "équipage du Galaxy Leader", "crew of the Galaxy Leader", "group", {"unlinked_reason": NOT_GROUP}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS, "diplomates", "diplomats", "group",
     {"description": "diplomates que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (ZAKHAROVA, "Maria Zakharova", "Maria Zakharova", "person",
     {"description": "porte-parole de la diplomatie russe", "class_qid": "Q17221", "unlinked_reason": NOT_VERIFIED}),
    (SAUDI, "Arabie saoudite", "Saudi Arabia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SUNAK, "Rishi Sunak", "Rishi Sunak", "person",
     {"description": "Premier ministre britannique", "unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "responsable britannique anonyme", "anonymous British official", "person",
     {"unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (SHIPOWNERS, "armateurs", "shipping companies", "group",
     {"description": "les compagnies maritimes qui évitent la mer Rouge", "unlinked_reason": NOT_GROUP}),
    (ROUTE, "route maritime de la mer Rouge", "Red Sea shipping route", "place",
     {"unlinked_reason": NOT_VERIFIED}),
    (MAERSK, "Maersk", "Maersk", "organization",
     {"description": "armateur danois", "unlinked_reason": NOT_VERIFIED}),
    (CONTAINER_SHIPS, "porte-conteneurs de Maersk", "Maersk container ships", "object",
     {"unlinked_reason": NOT_OBJECT}),
    (AFRICA, "Afrique", "Africa", "place", {"unlinked_reason": NOT_VERIFIED}),
    (HAPAG, "Hapag-Lloyd", "Hapag-Lloyd", "organization",
     {"description": "armateur allemand", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Les États-Unis et le Royaume-Uni ont frappé dans la nuit de jeudi à vendredi des dizaines de positions ...
    ("États-Unis", "Les États-Unis et", US, "name"),
    ("Royaume-Uni", None, UK_, "name"),
    ("des dizaines de positions des rebelles houthis", None, POSITIONS, "nominal"),
    ("rebelles houthis", None, HOUTHIS, "nominal"),
    ("Yémen", "au Yémen", YEMEN, "name"),
    # en riposte à des semaines d’attaques contre des navires marchands en mer Rouge, a annoncé ... Joe Biden.
    ("des navires marchands", None, SHIPS, "nominal"),
    ("mer Rouge", None, RED_SEA, "name"),
    ("le président américain", None, BIDEN, "nominal"),
    ("Joe Biden", None, BIDEN, "name"),
    # « Ces frappes sont un message clair : nous ne tolérerons pas que des acteurs hostiles ... », a-t-il affirmé
    ("nous", None, US, "pronoun"),
    ("des acteurs hostiles", None, HOSTILE, "nominal"),
    ("il", "a-t-il affirmé", BIDEN, "pronoun"),
    # Selon le Pentagone, plus de soixante cibles ont été touchées par des avions et des missiles tirés ...
    ("Pentagone", None, PENTAGON, "name"),
    ("plus de soixante cibles", None, TARGETS, "nominal"),
    ("des avions", None, AIRCRAFT, "nominal"),
    ("des missiles", None, MISSILES, "nominal"),
    # Les Houthis, soutenus par l’Iran, ont aussitôt promis de répliquer.
    ("Houthis", "Les Houthis, soutenus", HOUTHIS, "name"),
    ("Iran", None, IRAN, "name"),
    # « L’Amérique et la Grande-Bretagne ... », a averti vendredi le porte-parole du mouvement, Mohammed Abdelsalam
    ("Amérique", None, US, "name"),
    ("Grande-Bretagne", None, UK_, "name"),
    ("le porte-parole du mouvement", None, ABDELSALAM, "nominal"),
    ("Mohammed Abdelsalam", None, ABDELSALAM, "name"),
    ("cinq combattants", None, FIGHTERS, "nominal"),
    # Mardi encore, la marine américaine avait abattu une vingtaine de drones lancés par les rebelles.
    ("la marine américaine", None, US_NAVY, "nominal"),
    ("une vingtaine de drones", None, DRONES, "nominal"),
    ("les rebelles", None, HOUTHIS, "nominal"),
    # Ceux-ci avaient saisi en novembre un cargo lié à Israël, le Galaxy Leader, dont l’équipage est toujours retenu.
    ("Ceux-ci", None, HOUTHIS, "pronoun"),
    ("un cargo lié à Israël", None, GALAXY, "nominal"),
    ("Israël", None, ISRAEL, "name"),
    ("Galaxy Leader", None, GALAXY, "name"),
    ("l’équipage", None, CREW, "nominal"),
    # Téhéran a condamné « fermement » une « violation flagrante de la souveraineté » du Yémen.
    ("Téhéran", None, IRAN, "metonym"),
    ("Yémen", "du Yémen", YEMEN, "name"),
    # Moscou a réclamé une réunion d’urgence du Conseil de sécurité de l’ONU, qui devrait se tenir ... New York
    ("Moscou", None, RUSSIA, "metonym"),
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", None, UN, "name"),
    ("New York", None, NEW_YORK, "name"),
    ("des diplomates", None, DIPLOMATS, "nominal"),
    # « Ces frappes, a dénoncé la porte-parole de la diplomatie russe, Maria Zakharova, n’ont rien à voir ... »
    ("la porte-parole de la diplomatie russe", None, ZAKHAROVA, "nominal"),
    ("Maria Zakharova", None, ZAKHAROVA, "name"),
    # Pékin s’est dit « préoccupé » et a appelé à la retenue.
    ("Pékin", None, CHINA, "metonym"),
    # L’Arabie saoudite, qui négocie depuis des mois une trêve avec les Houthis, a demandé d’« éviter l’escalade »
    ("Arabie saoudite", None, SAUDI, "name"),
    ("Houthis", "avec les Houthis", HOUTHIS, "name"),
    # Le Premier ministre britannique, Rishi Sunak, a défendu une action « nécessaire et proportionnée ».
    ("Le Premier ministre britannique", None, SUNAK, "nominal"),
    ("Rishi Sunak", None, SUNAK, "name"),
    # Londres n’exclut pas de nouvelles frappes ..., a indiqué à l’AFP un responsable britannique.
    ("Londres", None, UK_, "metonym"),
    ("AFP", None, AFP, "name"),
    ("un responsable britannique", None, OFFICIAL, "nominal"),
    # Les armateurs continuent, eux, d’éviter la route.
    ("Les armateurs", None, SHIPOWNERS, "nominal"),
    ("eux", "continuent, eux,", SHIPOWNERS, "pronoun"),
    ("la route", None, ROUTE, "nominal"),
    # Le danois Maersk a annoncé vendredi que ses porte-conteneurs contourneraient l’Afrique « ... ».
    ("Maersk", None, MAERSK, "name"),
    ("ses porte-conteneurs", None, CONTAINER_SHIPS, "nominal"),
    ("Afrique", None, AFRICA, "name"),
    # Son concurrent allemand Hapag-Lloyd doit réexaminer la situation lundi.
    ("Hapag-Lloyd", None, HAPAG, "name"),
]

PUB_DAY = "The publication day, Friday 12 January 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-night", ("dans la nuit de jeudi à vendredi", None), "2024-01-12", "day", "night-span",
     "The night from Thursday 11 to Friday 12 January 2024: one time, the Friday (after midnight), as « dans la "
     "nuit de mardi à mercredi » in benchmarks/gold. " + PUB_DAY),
    ("t-weeks", ("des semaines", None), None, "duration", "vague-duration",
     "« des semaines d’attaques »: how long the attacks have gone on, an unspecified number of weeks."),
    ("t-friday-warning", ("vendredi", "a averti vendredi"), "2024-01-12", "day", "weekday-publication-day",
     "« a averti vendredi »: " + PUB_DAY),
    ("t-tuesday", ("Mardi", None), "2024-01-09", "day", "weekday-past",
     "Pluperfect « Mardi encore, ... avait abattu »: the Tuesday before the publication day, 9 January 2024."),
    ("t-november", ("en novembre", None), "2023-11", "month", "month-past",
     "Pluperfect « avaient saisi en novembre », written in January 2024: the last November, November 2023."),
    ("t-friday-afternoon", ("vendredi après-midi", None), "2024-01-12", "day", "part-of-day",
     "« qui devrait se tenir vendredi après-midi »: the afternoon of the publication day, still ahead when the "
     "article was written. " + PUB_DAY),
    ("t-months", ("depuis des mois", None), None, "vague", "vague",
     "« qui négocie depuis des mois une trêve »: an unspecified number of months back, as « depuis plusieurs mois » "
     "in benchmarks/gold: vague."),
    ("t-friday-maersk", ("vendredi", "a annoncé vendredi"), "2024-01-12", "day", "weekday-publication-day",
     "« a annoncé vendredi »: " + PUB_DAY),
    ("t-foreseeable-future", ("dans un avenir prévisible", None), None, "vague", "vague-future",
     "Inside Maersk's quote: for as long as can be foreseen from the publication day, no value."),
    ("t-monday", ("lundi", None), "2024-01-15", "day", "weekday-future",
     "« doit réexaminer la situation lundi »: the Monday after the publication day, 15 January 2024."),
]

LEDE = ("Les États-Unis et", "Joe Biden.")
PENTAGON_EVIDENCE = ("Selon le Pentagone", "depuis la mer.")
ABDELSALAM_EVIDENCE = ("« L’Amérique", "combattants tués.")
ZAKHAROVA_EVIDENCE = ("« Ces frappes, a dénoncé", "légitime défense. »")
LONDON_EVIDENCE = ("Londres n’exclut", "responsable britannique.")

EVENTS: list[dict[str, Any]] = [
    event("e-strikes", "Event", "The United States and the United Kingdom strike Houthi positions in Yemen overnight",
          ("ont frappé", None), [("agent", US), ("agent", UK_), ("recipient", POSITIONS)], place=YEMEN,
          time="t-night", according_to=[BIDEN], evidence=LEDE,
          note="« Les États-Unis et le Royaume-Uni ont frappé dans la nuit de jeudi à vendredi des dizaines de "
               "positions des rebelles houthis au Yémen »: two states as one subject, both agents; the positions "
               "struck are the recipient (as the cargo struck in gold/drone-izmail-2024-10-10). « a annoncé le "
               "président américain, Joe Biden » at the end of the sentence is its source. Restated by « Ces "
               "frappes » (Biden's and Zakharova's quotes) and « une action » (Sunak)."),
    event("e-ship-attacks", "Event", "Weeks of Houthi attacks on merchant ships in the Red Sea", ("attaques",
          "d’attaques contre"), [("agent", HOUTHIS), ("recipient", SHIPS)], place=RED_SEA, time="t-weeks",
          according_to=[BIDEN], evidence=LEDE,
          note="« en riposte à des semaines d’attaques contre des navires marchands en mer Rouge »: a nominal event, "
               "the cause of the strikes. The attacker is not written in the phrase: the Houthis, whose positions "
               "are struck in answer. « des semaines » is its vague duration. « les attaques » in « si les attaques "
               "se poursuivaient » restates it."),
    event("e-imperil", "Event", "Hostile actors endangering freedom of navigation (what Biden will not tolerate)",
          ("mettent en péril", None), [("agent", HOSTILE)], status="hypothetical", according_to=[BIDEN],
          note="« nous ne tolérerons pas que des acteurs hostiles mettent en péril la liberté de navigation »: a case "
               "the speaker rules out in advance, not a fact: hypothetical. « la liberté de navigation » is no "
               "entity."),
    event("e-targets-hit", "Event", "More than sixty targets hit by aircraft and sea-launched missiles",
          ("touchées", None), [("agent", US), ("agent", UK_), ("participant", AIRCRAFT), ("participant", MISSILES),
                               ("recipient", TARGETS)],
          place=YEMEN, time="t-night", according_to=[PENTAGON], part_of="e-strikes", evidence=PENTAGON_EVIDENCE,
          note="« plus de soixante cibles ont été touchées par des avions et des missiles »: a passive whose agents "
               "are things (participants, as the drones in gold); the two striking states of the lede are the "
               "implied agents, and the strike's night and place are its own."),
    event("e-missile-launch", "Event", "Missiles fired from the sea", ("tirés", None),
          [("agent", US), ("agent", UK_), ("theme", MISSILES)], time="t-night", according_to=[PENTAGON],
          part_of="e-strikes", evidence=PENTAGON_EVIDENCE,
          note="« des missiles tirés depuis la mer »: a participle, the launch (as « lancés depuis » in gold); « la "
               "mer » is not a named place, so no place."),
    event("e-iran-support", "Event", "Iran backs the Houthis", ("soutenus", None),
          [("agent", IRAN), ("recipient", HOUTHIS)],
          note="« Les Houthis, soutenus par l’Iran »: a passive participle in apposition, a standing support stated "
               "in the article's own voice; no time."),
    event("e-retaliation", "Event", "The Houthis promise to retaliate against the United States and Britain",
          ("répliquer", None), [("agent", HOUTHIS), ("recipient", US), ("recipient", UK_)], status="planned",
          according_to=[HOUTHIS],
          note="« ont aussitôt promis de répliquer »: a promise, planned. Its targets are not written in the sentence; "
               "Abdelsalam's quote names them (« L’Amérique et la Grande-Bretagne »), and « payer un lourd prix » "
               "restates the retaliation from their side (no second event)."),
    event("e-fighters-killed", "Event", "Five Houthi fighters killed in the strikes", ("tués", None),
          [("agent", US), ("agent", UK_), ("recipient", FIGHTERS)], place=YEMEN, time="t-night",
          according_to=[ABDELSALAM], part_of="e-strikes",
          note="« qui a fait état de cinq combattants tués »: the toll of the night's strikes, told by the "
               "spokesman (according_to); the strikers are the implied agents."),
    event("e-drones-shot-down", "Event", "The US Navy shot down some twenty Houthi drones on Tuesday",
          ("avait abattu", None), [("agent", US_NAVY), ("recipient", DRONES)], time="t-tuesday",
          note="Pluperfect with a past weekday, in the article's own voice (« Mardi encore »)."),
    event("e-drone-launch", "Event", "The Houthis launched the drones", ("lancés", None),
          [("agent", HOUTHIS), ("theme", DRONES)], time="t-tuesday", part_of="e-ship-attacks",
          note="« une vingtaine de drones lancés par les rebelles »: a passive participle with its agent; launched "
               "and shot down the same Tuesday. One of the attacks on shipping the lede speaks of (part_of)."),
    event("e-seizure", "Event", "The Houthis seized the Galaxy Leader in November", ("avaient saisi", None),
          [("agent", HOUTHIS), ("theme", GALAXY)], time="t-november",
          note="« Ceux-ci avaient saisi en novembre un cargo lié à Israël, le Galaxy Leader »: pluperfect; « Ceux-ci » "
               "is the rebels. « lié à Israël » is a state, no event."),
    event("e-crew-held", "Event", "The Galaxy Leader's crew is still held", ("retenu", "toujours retenu"),
          [("agent", HOUTHIS), ("recipient", CREW)],
          note="« dont l’équipage est toujours retenu »: a passive state in the present with no agent written; the "
               "seizers are the implied agent. « toujours » is no time."),
    event("e-sovereignty-violation", "Event", "A flagrant violation of Yemen's sovereignty (Tehran's accusation)",
          ("violation", None), [("agent", US), ("agent", UK_), ("recipient", YEMEN)], status="suspected",
          place=YEMEN, according_to=[IRAN],
          note="« une « violation flagrante de la souveraineté » du Yémen »: the strikes as Tehran judges them, an "
               "accusation the article does not endorse: suspected. The strikes took place in Yemen, its place."),
    event("e-unsc-meeting", "Meeting", "Emergency Security Council meeting expected on Friday afternoon in New York",
          ("réunion", None), [("participant", UNSC)], status="planned", place=NEW_YORK,
          time="t-friday-afternoon", according_to=[DIPLOMATS],
          note="« Moscou a réclamé une réunion d’urgence du Conseil de sécurité de l’ONU, qui devrait se tenir "
               "vendredi après-midi à New York, selon des diplomates »: requested and expected (« devrait se tenir »): "
               "planned, as the Council meetings « à la demande » in gold. The trigger is the noun; « se tenir » "
               "restates it. Russia asked for it (the speech act), it is not a participant by the text."),
    event("e-truce-talks", "Event", "Saudi Arabia has been negotiating a truce with the Houthis for months",
          ("négocie", None), [("participant", SAUDI), ("participant", HOUTHIS)], time="t-months",
          note="« qui négocie depuis des mois une trêve avec les Houthis »: a relative clause in the present, ongoing: "
               "occurred; « depuis des mois » vague."),
    event("e-truce", "Agreement", "A truce between Saudi Arabia and the Houthis, under negotiation",
          ("trêve", None), [("participant", SAUDI), ("participant", HOUTHIS)], status="proposed",
          note="The truce being negotiated: not agreed yet, proposed (as a proposal under discussion)."),
    event("e-new-strikes", "Event", "Britain may strike the Houthis again", ("frappes", "de nouvelles frappes"),
          [("agent", UK_), ("recipient", HOUTHIS)], status="hypothetical", according_to=[UK_, OFFICIAL],
          evidence=LONDON_EVIDENCE,
          note="« Londres n’exclut pas de nouvelles frappes »: not ruled out, so possible: hypothetical (as « "
               "n’exclut pas de reprendre » in gold). The Houthis, struck in the lede, are the implied recipient."),
    event("e-attacks-continue", "Event", "The Houthi attacks on ships continuing", ("se poursuivaient", None),
          [("agent", HOUTHIS)], status="hypothetical", according_to=[OFFICIAL], evidence=LONDON_EVIDENCE,
          note="« si les attaques se poursuivaient »: a condition, hypothetical; « les attaques » are the Houthi "
               "attacks on shipping of the lede."),
    event("e-route-avoidance", "Event", "Shipping companies keep avoiding the Red Sea route", ("éviter",
          "d’éviter la route"), [("agent", SHIPOWNERS), ("theme", ROUTE)],
          note="« Les armateurs continuent, eux, d’éviter la route »: ongoing, in the article's own voice; « eux » is "
               "emphatic. No weekday: no time."),
    event("e-detour", "Event", "Maersk's container ships will sail around Africa for the foreseeable future",
          ("contourneraient", None), [("agent", MAERSK), ("participant", CONTAINER_SHIPS)], status="planned",
          place=AFRICA, time="t-foreseeable-future", according_to=[MAERSK],
          note="« a annoncé vendredi que ses porte-conteneurs contourneraient l’Afrique « dans un avenir prévisible » "
               "»: a future in the past inside an announcement: planned. The company is the agent, its ships the "
               "participant; Africa, which they go round, is the place of the route."),
    event("e-hapag-review", "Event", "Hapag-Lloyd to review the situation on Monday", ("réexaminer", None),
          [("agent", HAPAG)], status="planned", time="t-monday",
          note="« doit réexaminer la situation lundi »: planned, on a future weekday; « la situation » is no entity."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-biden-announcement", "Statement", "Joe Biden announces the strikes", BIDEN,
           ("a annoncé", "a annoncé le président"), [], evidence=LEDE, about=["e-strikes", "e-ship-attacks"],
           note="The source after the clause, a role noun with the name in apposition; no time of its own (the "
                "night dates the strikes)."),
    speech("s-biden-message", "Statement", "Biden: the strikes are a clear message to hostile actors", BIDEN,
           ("affirmé", None),
           [("Ces frappes sont un message clair : nous ne tolérerons pas que des acteurs hostiles mettent en péril "
             "la liberté de navigation", None)],
           about=["e-strikes", "e-imperil"],
           note="A quote first, « a-t-il affirmé dans un communiqué »: « il » is Biden, « nous » the United States; "
                "the communiqué is no entity. No time."),
    speech("s-pentagon", "Report", "The Pentagon reports more than sixty targets hit", PENTAGON, ("Selon", None), [],
           evidence=PENTAGON_EVIDENCE, about=["e-targets-hit", "e-missile-launch"],
           note="« Selon le Pentagone »: a source before the clause, no quote."),
    speech("s-houthi-promise", "Assurance", "The Houthis promise to retaliate", HOUTHIS, ("promis", None), [],
           about=["e-retaliation"],
           note="« ont aussitôt promis de répliquer »: a promise without quote; « aussitôt » is no time."),
    speech("s-abdelsalam-warning", "Warning", "Abdelsalam: America and Britain must prepare to pay a heavy price",
           ABDELSALAM, ("a averti", None),
           [("L’Amérique et la Grande-Bretagne devront se préparer à payer un lourd prix", None)],
           time="t-friday-warning", evidence=ABDELSALAM_EVIDENCE, about=["e-retaliation"],
           note="A quote first; the two states are named in the third person (no addressee). « le porte-parole du "
                "mouvement » is a title that holds no name: « mouvement » is no mention."),
    speech("s-abdelsalam-toll", "Statement", "Abdelsalam reports five fighters killed", ABDELSALAM,
           ("a fait état", None), [], evidence=ABDELSALAM_EVIDENCE, about=["e-fighters-killed"],
           note="« qui a fait état de cinq combattants tués »: a relative clause on the spokesman; a second speech act "
                "with no quote, on the same occasion (no weekday of its own: no time)."),
    speech("s-iran-condemnation", "Statement", "Tehran firmly condemns a flagrant violation of Yemen's sovereignty",
           IRAN, ("a condamné", None),
           [("fermement", None), ("violation flagrante de la souveraineté", None)],
           about=["e-strikes", "e-sovereignty-violation"],
           note="Two pairs of guillemets in one sentence under one verb: one speech act with two quotes (as two "
                "quoted fragments of one communiqué in gold). « Téhéran » is Iran (a metonym)."),
    speech("s-russia-request", "Statement", "Moscow asks for an emergency Security Council meeting", RUSSIA,
           ("a réclamé", None), [], about=["e-unsc-meeting"],
           note="« Moscou a réclamé une réunion d’urgence »: a request by a metonym for the state; no time of its "
                "own."),
    speech("s-diplomats", "Report", "Diplomats say the meeting should take place on Friday afternoon", DIPLOMATS,
           ("selon", None), [], about=["e-unsc-meeting"],
           note="« selon des diplomates » after the relative clause it sources."),
    speech("s-zakharova", "Statement", "Zakharova: the strikes have nothing to do with self-defence", ZAKHAROVA,
           ("a dénoncé", None),
           [("Ces frappes", "« Ces frappes, a dénoncé"), ("n’ont rien à voir avec la légitime défense.", None)],
           evidence=ZAKHAROVA_EVIDENCE, about=["e-strikes"],
           note="One quote split around « a dénoncé la porte-parole de la diplomatie russe, Maria Zakharova, » in the "
                "middle of its sentence: one speech act, two quotes (the second keeps its full stop, which stands "
                "inside the guillemets). « la diplomatie russe » inside her title is no mention. Self-defence is a "
                "judgement, no event."),
    speech("s-china-concern", "Statement", "Beijing says it is « concerned »", CHINA, ("s’est dit", None),
           [("préoccupé", None)], about=["e-strikes"],
           note="« Pékin s’est dit « préoccupé » »: China (a metonym)."),
    speech("s-china-restraint", "Statement", "Beijing calls for restraint", CHINA, ("a appelé", None), [],
           note="« et a appelé à la retenue »: a second verb of speech joined by « et », a second speech act; the "
                "restraint is no event (as the call to « retenue » in gold/frappe-kiev-2024-11-14)."),
    speech("s-saudi-call", "Statement", "Saudi Arabia calls for avoiding escalation", SAUDI, ("a demandé", None),
           [("éviter l’escalade", None)],
           note="« a demandé d’« éviter l’escalade » »: the quote starts after the elided « d’ »; like the call to "
                "restraint, the escalation to be avoided is no event."),
    speech("s-saudi-no-condemnation", "SpeechAct", "Saudi Arabia does not condemn its Western allies", SAUDI,
           ("condamner", None), [], status="negated", about=["e-strikes"],
           note="« sans condamner ses alliés occidentaux »: a negated speech act (as « sans évoquer » in gold); the "
                "allies are the United States and the United Kingdom at once, a plural phrase, no mention and no "
                "addressee."),
    speech("s-sunak", "Statement", "Rishi Sunak defends a « necessary and proportionate » action", SUNAK,
           ("a défendu", None), [("nécessaire et proportionnée", None)], about=["e-strikes"],
           note="« Le Premier ministre britannique, Rishi Sunak »: a role noun with the name in apposition; « une "
                "action » restates the strikes. No time."),
    speech("s-london", "Statement", "London does not rule out new strikes", UK_, ("n’exclut pas", None), [],
           according_to=[OFFICIAL], evidence=LONDON_EVIDENCE, about=["e-new-strikes", "e-attacks-continue"],
           note="A stance of the state (« Londres », a metonym) relayed by an official, as « n’exclut pas de reprendre "
                "» in gold/ballons-coree-du-nord-2024-05-29: the Statement occurred, what it leaves open is "
                "hypothetical."),
    speech("s-official", "Report", "A British official tells AFP that London does not rule out new strikes",
           OFFICIAL, ("a indiqué", None), [], addressee=AFP, evidence=LONDON_EVIDENCE, about=["s-london"],
           note="« a indiqué à l’AFP un responsable britannique »: the source after the clause; AFP is the "
                "addressee, as « à l’AFP » in gold."),
    speech("s-maersk", "Statement", "Maersk announces its ships will go round Africa for the foreseeable future",
           MAERSK, ("a annoncé", "Maersk a annoncé"), [("dans un avenir prévisible", None)], time="t-friday-maersk",
           about=["e-detour"],
           note="« Le danois Maersk »: a nationality noun right before the name is part of the name's phrase."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
