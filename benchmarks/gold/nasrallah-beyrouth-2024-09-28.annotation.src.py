"""Held-out annotation of nasrallah-beyrouth-2024-09-28.txt (written for the twenty-first held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/nasrallah-beyrouth-2024-09-28.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/nasrallah-beyrouth-2024-09-28.annotation.src.py --check

From held-out set 21 (moved to gold in session 19; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "nasrallah-beyrouth-2024-09-28.txt"

NOTE = """\
Held-out-21 article: the Israeli army announces on Saturday 28 September 2024 that it killed Hezbollah's leader \
Hassan Nasrallah in a strike on Beirut's southern suburb the evening before; its spokesman Nadav Shoshani writes \
on X that Nasrallah « ne pourra plus terroriser le monde »; Hezbollah confirms the death in the early afternoon and \
pledges to go on fighting Israel; the army says combat aircraft targeted the movement's underground headquarters on \
Friday, AFP journalists see six buildings razed, the Lebanese health ministry reports at least six dead and 91 \
injured; Benjamin Netanyahu had promised at the UN a few hours earlier to pursue the operations; Tehran promises a \
riposte, Ali Khamenei speaks in a message read on state television and may have been moved to a secure place \
(Iranian officials quoted by Reuters); Joe Biden calls the death « a measure of justice » and says Washington \
does not seek a regional war, and was not warned of the strike (the White House); Jean-Noël Barrot warns Israel not \
to drag Lebanon into total war and Paris asks for an emergency Security Council meeting, which might be held on \
Monday (a diplomat); António Guterres is « deeply alarmed » and calls for restraint. Published Saturday 28 \
September 2024 (the file gives the day). The strike, the confirmation and the outline of the reactions follow the \
real events loosely; the wording of the quotes, the toll, the hour, the secure place, the White House's remark, \
Barrot's words, the French request and the Monday meeting are invented or simplified.
What it exercises: an announcement on the publication day with a perfect infinitive of killing and a role noun \
and a name in apposition (« L’armée israélienne a annoncé samedi avoir tué le chef du Hezbollah, Hassan Nasrallah \
»), a nominal strike with a participle and « la veille au soir » (the eve of the Saturday announcement, which is \
also the eve of publication) over a place with a nominal apposition (« la banlieue sud de Beyrouth, le fief du \
mouvement chiite »); a quote first with a negated future (« ne pourra plus terroriser »: negated) written on a \
network by a possessive role noun and a name after a rank (« a écrit sur X son porte-parole, le lieutenant-colonel \
Nadav Shoshani »: only the name after the rank); a confirmation in « En début d’après-midi » of a nominal death \
that restates the killing (no second event), a relative imperfect over « depuis 1992 »; a pledge with a pronoun \
for the movement and a quoted infinitive (planned); « Selon l’armée » with a targeting by things (the aircraft \
participants, part of the strike) and an apposed participle of state (« enfoui sous », no event); a passive \
razing with no agent, sourced after the clause to a group holding AFP (« ont constaté des journalistes de l’AFP »); \
a toll with two groups and a relative conditional (« un bilan qui pourrait s’alourdir »: hypothetical); a \
pluperfect promise with a counted-back time (« Quelques heures avant le raid »: Friday 27 September) and « à la \
tribune de l’ONU »; a metonym with a role noun in apposition promising a noun (« Téhéran, principal soutien du \
Hezbollah, a promis une riposte »: planned); a quote first with a passive future and « a déclaré le guide suprême \
iranien, Ali Khamenei, dans un message lu à la télévision d’État » (a Report of the television); a conditional \
passive with a pronoun (« Il aurait été transféré dans un lieu sécurisé »: hypothetical) sourced to a group \
« cités par l’agence Reuters »; a qualification with a quoted noun phrase (« a qualifié la mort de Nasrallah de « \
mesure de justice » ») and « tout en assurant que Washington ne cherchait pas une guerre régionale » (a second \
speech act; the seeking negated); a pluperfect negated passive with « Il » (« Il n’avait pas été prévenu de la \
frappe, selon la Maison Blanche »: a negated speech act of Israel, addressed to Biden); a quote split around its \
reporting clause after its first word (« « Israël, a averti le chef de la diplomatie française, Jean-Noël Barrot, \
ne doit pas entraîner le Liban dans une guerre totale. » »: one speech act, two quotes; the dragging \
hypothetical); a request by a metonym with a relative conditional meeting on a future weekday sourced after the \
clause (« qui pourrait se tenir lundi, selon un diplomate »: hypothetical); a role noun holding the UN with a name \
in apposition, a quoted adjective phrase and a call joined by « et » (two speech acts; the restraint no event).
Places and metonyms. « Téhéran » is Iran, « Paris » France, « Washington » the United States (Q30), each acting \
as a state (promise, request, not seeking a war); Iran and France are not in ids.tsv, so their mentions go to \
the local states, kind metonym. « la Maison Blanche » is the US presidency speaking, a local metonym (as in \
gold/conseil-securite-veto-2024-03-29). « la banlieue sud de Beyrouth » is a local place, the strike's place, with \
« le fief du mouvement chiite » as its nominal apposition; « Beyrouth » inside it is the city (local). « X » is \
the network (local, as in gold/zelensky-bureau-ovale-2025-02-28). « la région » inside Khamenei's quote is the \
Middle East (a local place, nominal). « un lieu sécurisé » is an unnamed local place, the transfer's place.
Mentions. « L’armée israélienne » and « l’armée » are the Israel Defense Forces (local organisation, nominal). « le \
chef du Hezbollah », « son secrétaire général » are Nasrallah (nominal), « Hezbollah » inside the first a name of \
its own; « le mouvement chiite » (fused « du », from the noun), « le mouvement » (twice), « l’organisation » and « \
il » (« il s’est engagé ») are Hezbollah. « son porte-parole » is Shoshani (the army's spokesman; « son » is the \
army). « le quartier général souterrain de l’organisation », « des immeubles d’habitation », « Six bâtiments », « \
des avions de combat » are local objects; « des journalistes de l’AFP », « au moins six morts », « 91 blessés », « \
des responsables iraniens », « les forces de la résistance » are local groups, « un diplomate » a local person. « \
Le ministère libanais de la Santé » is nominal (an adjective inside, as « ministère chinois des Affaires \
étrangères » in gold). « le chef de la diplomatie française » is Barrot; « diplomatie française » inside it is no \
mention (as « la diplomatie russe » in gold/frappes-houthis-yemen-2024-01-12). Not mentions: « le monde », « un \
communiqué », « un message », « un bilan », « le raid » and « la frappe » (the strike), « l’escalade », « toutes \
les parties » (a plural phrase), « la retenue ».
Statuses. The strike, the killing, the targeting, Nasrallah's leadership since 1992, the razing, the deaths and \
injuries are occurred (the killing and the strike according to the army, the deaths and injuries according to the \
ministry, the razing according to the journalists); Hezbollah's war on Israel, Israel's further operations and \
Iran's riposte are planned (pledged or promised); Nasrallah's terrorising, Washington's seeking of a regional war \
are negated; the rise of the toll, the region's destiny, Khamenei's transfer, Israel dragging Lebanon into a total \
war and the Monday Council meeting (« pourrait se tenir ») are hypothetical; Israel's warning to Biden is a negated \
speech act.
Times. « samedi » is the publication day (weekday-publication-day); « la veille au soir » the eve of that \
Saturday, Friday 27 September 2024 (eve-of-event, here also the eve of publication); « En début d’après-midi » the \
early afternoon of the publication day; « depuis 1992 » the year; « vendredi » (past, « ont visé vendredi ») \
Friday 27 September 2024; « Quelques heures avant le raid » the same Friday (counted-from-event); « lundi » \
(future) Monday 30 September 2024. The statements with no weekday or time of their own have no time.
Hezbollah, Nasrallah, Israel, the Israel Defense Forces, Shoshani, X, Beirut and its southern suburb, the \
headquarters, the buildings, the aircraft, the journalists, the Lebanese health ministry, the dead and injured, \
Netanyahu, Iran, Khamenei, the Middle East, the resistance forces, the state television, the secure place, the \
Iranian officials, Joe Biden, the White House, Barrot, Lebanon, France and the diplomat are not in ids.tsv: \
local, unlinked. The United States (Washington), the UN, the Security Council, Guterres, AFP and Reuters are \
linked."""

US, UN, UNSC, GUTERRES, AFP, REUTERS = "Q30", "Q1065", "Q37470", "Q311440", "Q40464", "Q130879"
HEZBOLLAH, NASRALLAH, IDF, ISRAEL = "local:hezbollah", "local:hassan-nasrallah", "local:israel-defense-forces", \
    "local:israel"
SUBURB, BEIRUT, X_, SHOSHANI = "local:beirut-southern-suburb", "local:beirut", "local:x", "local:nadav-shoshani"
HQ, AIRCRAFT, HOUSING, BUILDINGS = "local:hezbollah-headquarters", "local:israeli-combat-aircraft", \
    "local:residential-buildings", "local:razed-buildings"
JOURNALISTS, HEALTH_MIN, DEAD, INJURED = "local:afp-journalists", "local:lebanese-health-ministry", \
    "local:strike-dead", "local:strike-injured"
NETANYAHU, IRAN, KHAMENEI, REGION = "local:benjamin-netanyahu", "local:iran", "local:ali-khamenei", \
    "local:middle-east"
RESISTANCE, STATE_TV, SECURE_PLACE, IR_OFFICIALS = "local:resistance-forces", "local:iranian-state-television", \
    "local:secure-place", "local:iranian-officials"
BIDEN, WHITE_HOUSE, BARROT, LEBANON = "local:joe-biden", "local:white-house", "local:jean-noel-barrot", \
    "local:lebanon"
FRANCE, DIPLOMAT = "local:france", "local:diplomat"

NOT_OBJECT = "a set of things with no Wikidata item"
NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (IDF, "armée israélienne", "Israel Defense Forces", "organization",
     {"description": "Forces de défense d’Israël", "unlinked_reason": NOT_VERIFIED}),
    (HEZBOLLAH, "Hezbollah", "Hezbollah", "organization",
     {"description": "mouvement chiite libanais armé, soutenu par l’Iran", "unlinked_reason": NOT_VERIFIED}),
    (NASRALLAH, "Hassan Nasrallah", "Hassan Nasrallah", "person",
     {"description": "secrétaire général du Hezbollah depuis 1992, tué le 27 septembre 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (SUBURB, "banlieue sud de Beyrouth", "southern suburb of Beirut", "place",
     {"description": "la banlieue sud de Beyrouth (Dahiyé), fief du Hezbollah", "unlinked_reason": NOT_VERIFIED}),
    (BEIRUT, "Beyrouth", "Beirut", "place", {"class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (X_, "X", "X", "organization",
     {"description": "le réseau social (ex-Twitter)", "unlinked_reason": NOT_VERIFIED}),
    (SHOSHANI, "Nadav Shoshani", "Nadav Shoshani", "person",
     {"description": "lieutenant-colonel, porte-parole de l’armée israélienne", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (AIRCRAFT, "avions de combat israéliens", "Israeli combat aircraft", "object",
     {"description": "les avions qui ont visé le quartier général du Hezbollah", "class_qid": "Q11436",
      "unlinked_reason": NOT_OBJECT}),
    (HQ, "quartier général souterrain du Hezbollah", "Hezbollah's underground headquarters", "object",
     {"description": "le quartier général visé le 27 septembre 2024, sous des immeubles d’habitation",
      "unlinked_reason": "a single site with no Wikidata item"}),
    (HOUSING, "immeubles d’habitation", "residential buildings", "object",
     {"description": "les immeubles sous lesquels était enfoui le quartier général", "unlinked_reason": NOT_OBJECT}),
    (BUILDINGS, "six bâtiments rasés", "six razed buildings", "object",
     {"description": "les bâtiments rasés par la frappe, selon les journalistes de l’AFP",
      "unlinked_reason": NOT_OBJECT}),
    (JOURNALISTS, "journalistes de l’AFP", "AFP journalists", "group",
     {"description": "les journalistes de l’AFP sur place", "unlinked_reason": NOT_GROUP}),
    (HEALTH_MIN, "ministère libanais de la Santé", "Lebanese Ministry of Public Health", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (DEAD, "au moins six morts", "at least six dead", "group",
     {"description": "les personnes tuées par la frappe, selon le ministère libanais de la Santé",
      "unlinked_reason": NOT_GROUP}),
    (INJURED, "91 blessés", "91 injured", "group",
     {"description": "les personnes blessées par la frappe, selon le ministère libanais de la Santé",
      "unlinked_reason": NOT_GROUP}),
    (NETANYAHU, "Benjamin Netanyahu", "Benjamin Netanyahu", "person",
     {"description": "Premier ministre israélien", "unlinked_reason": NOT_VERIFIED}),
    (IRAN, "Iran", "Iran", "country", {"unlinked_reason": NOT_VERIFIED}),
    (KHAMENEI, "Ali Khamenei", "Ali Khamenei", "person",
     {"description": "guide suprême de l’Iran", "unlinked_reason": NOT_VERIFIED}),
    (REGION, "Moyen-Orient", "Middle East", "place",
     {"description": "« la région » dans les mots d’Ali Khamenei", "unlinked_reason": NOT_VERIFIED}),
    (RESISTANCE, "forces de la résistance", "resistance forces", "group",
     {"description": "les mouvements armés alliés de l’Iran (« l’axe de la résistance »)",
      "unlinked_reason": NOT_GROUP}),
    (STATE_TV, "télévision d’État iranienne", "Iranian state television", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SECURE_PLACE, "lieu sécurisé", "secure location", "place",
     {"description": "le lieu, que l’article ne nomme pas, où Ali Khamenei aurait été transféré",
      "unlinked_reason": "an unnamed place, not one Wikidata item"}),
    (IR_OFFICIALS, "responsables iraniens", "Iranian officials", "group",
     {"description": "responsables iraniens cités par Reuters, que l’article ne nomme pas",
      "unlinked_reason": NOT_GROUP}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House", "organization",
     {"description": "la présidence des États-Unis, pour laquelle le bâtiment est mis",
      "unlinked_reason": NOT_VERIFIED}),
    (BARROT, "Jean-Noël Barrot", "Jean-Noël Barrot", "person",
     {"description": "ministre français des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (LEBANON, "Liban", "Lebanon", "country", {"unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "diplomate anonyme", "anonymous diplomat", "person",
     {"class_qid": "Q193391", "unlinked_reason": "an unnamed person, not one Wikidata item"}),
]

DESCRIPTIONS = {
    GUTERRES: "secrétaire général de l’ONU",
    REUTERS: "agence de presse qui cite les responsables iraniens",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’armée israélienne a annoncé samedi avoir tué le chef du Hezbollah, Hassan Nasrallah, dans une frappe ...
    ("L’armée israélienne", None, IDF, "nominal"),
    ("le chef du Hezbollah", None, NASRALLAH, "nominal"),
    ("Hezbollah", "le chef du Hezbollah", HEZBOLLAH, "name"),
    ("Hassan Nasrallah", "Hezbollah, Hassan Nasrallah,", NASRALLAH, "name"),
    ("la banlieue sud de Beyrouth", None, SUBURB, "nominal"),
    ("Beyrouth", "banlieue sud de Beyrouth", BEIRUT, "name"),
    ("le fief du mouvement chiite", None, SUBURB, "nominal"),
    ("mouvement chiite", None, HEZBOLLAH, "nominal"),
    # « Hassan Nasrallah ne pourra plus terroriser le monde », a écrit sur X son porte-parole, ... Nadav Shoshani.
    ("Hassan Nasrallah", "« Hassan Nasrallah ne pourra", NASRALLAH, "name"),
    ("X", "sur X son", X_, "name"),
    ("son porte-parole", None, SHOSHANI, "nominal"),
    ("Nadav Shoshani", None, SHOSHANI, "name"),
    # En début d’après-midi, le Hezbollah a confirmé la mort de son secrétaire général, qui dirigeait le mouvement ...
    ("Hezbollah", "le Hezbollah a confirmé", HEZBOLLAH, "name"),
    ("son secrétaire général", None, NASRALLAH, "nominal"),
    ("le mouvement", "dirigeait le mouvement", HEZBOLLAH, "nominal"),
    # Dans un communiqué, il s’est engagé à « poursuivre la guerre sainte » contre Israël.
    ("il", "il s’est engagé", HEZBOLLAH, "pronoun"),
    ("Israël", "contre Israël", ISRAEL, "name"),
    # Selon l’armée, des avions de combat ont visé vendredi le quartier général souterrain de l’organisation, ...
    ("l’armée", "Selon l’armée", IDF, "nominal"),
    ("des avions de combat", None, AIRCRAFT, "nominal"),
    ("le quartier général souterrain de l’organisation", None, HQ, "nominal"),
    ("l’organisation", None, HEZBOLLAH, "nominal"),
    ("des immeubles d’habitation", None, HOUSING, "nominal"),
    # Six bâtiments ont été rasés, ont constaté des journalistes de l’AFP.
    ("Six bâtiments", None, BUILDINGS, "nominal"),
    ("des journalistes de l’AFP", None, JOURNALISTS, "nominal"),
    ("AFP", None, AFP, "name"),
    # Le ministère libanais de la Santé a fait état d’au moins six morts et de 91 blessés, ...
    ("Le ministère libanais de la Santé", None, HEALTH_MIN, "nominal"),
    ("au moins six morts", None, DEAD, "nominal"),
    ("91 blessés", None, INJURED, "nominal"),
    # Quelques heures avant le raid, le Premier ministre israélien, Benjamin Netanyahu, avait promis ...
    ("le Premier ministre israélien", None, NETANYAHU, "nominal"),
    ("Benjamin Netanyahu", None, NETANYAHU, "name"),
    ("ONU", "la tribune de l’ONU", UN, "name"),
    ("le mouvement", "contre le mouvement", HEZBOLLAH, "nominal"),
    # Téhéran, principal soutien du Hezbollah, a promis une riposte.
    ("Téhéran", None, IRAN, "metonym"),
    ("principal soutien du Hezbollah", None, IRAN, "nominal"),
    ("Hezbollah", "principal soutien du Hezbollah", HEZBOLLAH, "name"),
    # « Le destin de la région sera déterminé par les forces de la résistance », a déclaré ... Ali Khamenei, ...
    ("la région", None, REGION, "nominal"),
    ("les forces de la résistance", None, RESISTANCE, "nominal"),
    ("le guide suprême iranien", None, KHAMENEI, "nominal"),
    ("Ali Khamenei", None, KHAMENEI, "name"),
    ("la télévision d’État", None, STATE_TV, "nominal"),
    # Il aurait été transféré dans un lieu sécurisé, selon des responsables iraniens cités par l’agence Reuters.
    ("Il", "Il aurait été transféré", KHAMENEI, "pronoun"),
    ("un lieu sécurisé", None, SECURE_PLACE, "nominal"),
    ("des responsables iraniens", None, IR_OFFICIALS, "nominal"),
    ("Reuters", None, REUTERS, "name"),
    # Le président américain, Joe Biden, a qualifié la mort de Nasrallah de « mesure de justice », ...
    ("Le président américain", None, BIDEN, "nominal"),
    ("Joe Biden", None, BIDEN, "name"),
    ("Nasrallah", "la mort de Nasrallah", NASRALLAH, "name"),
    ("Washington", None, US, "metonym"),
    # Il n’avait pas été prévenu de la frappe, selon la Maison Blanche.
    ("Il", "Il n’avait pas été prévenu", BIDEN, "pronoun"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    # « Israël, a averti le chef de la diplomatie française, Jean-Noël Barrot, ne doit pas entraîner le Liban ... »
    ("Israël", "« Israël, a averti", ISRAEL, "name"),
    ("le chef de la diplomatie française", None, BARROT, "nominal"),
    ("Jean-Noël Barrot", None, BARROT, "name"),
    ("Liban", None, LEBANON, "name"),
    # Paris a demandé une réunion d’urgence du Conseil de sécurité, qui pourrait se tenir lundi, selon un diplomate.
    ("Paris", None, FRANCE, "metonym"),
    ("Conseil de sécurité", None, UNSC, "name"),
    ("un diplomate", None, DIPLOMAT, "nominal"),
    # Le secrétaire général de l’ONU, António Guterres, s’est dit « profondément alarmé » par l’escalade ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", "Le secrétaire général de l’ONU", UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
]

PUB_DAY = "The publication day, Saturday 28 September 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday", ("samedi", None), "2024-09-28", "day", "weekday-publication-day",
     "« a annoncé samedi »: " + PUB_DAY),
    ("t-eve-evening", ("la veille au soir", None), "2024-09-27", "day", "eve-of-event",
     "« une frappe menée la veille au soir »: the evening before the Saturday announcement, Friday 27 September "
     "2024 (here also the eve of publication), as « la veille au soir » in gold."),
    ("t-early-afternoon", ("En début d’après-midi", None), "2024-09-28", "day", "part-of-day",
     "« En début d’après-midi, le Hezbollah a confirmé »: the early afternoon of the announcement's Saturday. "
     + PUB_DAY),
    ("t-1992", ("depuis 1992", None), "1992", "year", "explicit-year",
     "« qui dirigeait le mouvement depuis 1992 »: a year stays a year."),
    ("t-friday", ("vendredi", None), "2024-09-27", "day", "weekday-past",
     "Past « ont visé vendredi »: the Friday before the publication day, 27 September 2024 (the same day as « la "
     "veille au soir »)."),
    ("t-hours-before", ("Quelques heures avant le raid", None), "2024-09-27", "day", "counted-from-event",
     "A few hours before the Friday evening strike: Friday 27 September 2024; « quelques heures » gives no more "
     "than that day."),
    ("t-monday", ("lundi", None), "2024-09-30", "day", "weekday-future",
     "« qui pourrait se tenir lundi »: conditional, so the Monday after publication, 30 September 2024."),
]

LEDE = ("L’armée israélienne", "mouvement chiite.")
SHOSHANI_EVIDENCE = ("« Hassan Nasrallah", "Nadav Shoshani.")
TOLL = ("Le ministère libanais", "s’alourdir.")
KHAMENEI_EVIDENCE = ("« Le destin", "télévision d’État.")
BARROT_EVIDENCE = ("« Israël, a averti", "guerre totale. »")

EVENTS: list[dict[str, Any]] = [
    event("e-strike", "Event", "Israeli strike on Beirut's southern suburb on Friday evening",
          ("frappe", "dans une frappe menée"), [("agent", IDF), ("recipient", HQ)], place=SUBURB,
          time="t-eve-evening", according_to=[IDF], evidence=LEDE,
          note="« dans une frappe menée la veille au soir sur la banlieue sud de Beyrouth »: the noun is the trigger, "
               "« menée » restates it. What it hit is the headquarters the third paragraph names (recipient, as "
               "the positions in gold/frappes-houthis-yemen-2024-01-12). « le raid » and « la frappe » later "
               "restate it (no event of their own)."),
    event("e-killing", "Event", "The Israeli army killed Hassan Nasrallah", ("avoir tué", None),
          [("agent", IDF), ("recipient", NASRALLAH)], place=SUBURB, time="t-eve-evening", according_to=[IDF],
          part_of="e-strike", evidence=LEDE,
          note="« a annoncé samedi avoir tué le chef du Hezbollah, Hassan Nasrallah, dans une frappe »: a perfect "
               "infinitive under the announcement; the killing took place in the strike (part_of), whose time and "
               "place it takes. Confirmed by Hezbollah (« la mort de son secrétaire général ») and restated by Biden "
               "(« la mort de Nasrallah »): no second event."),
    event("e-terrorise", "Event", "Hassan Nasrallah will no longer terrorise the world", ("terroriser", None),
          [("agent", NASRALLAH)], status="negated", according_to=[SHOSHANI], evidence=SHOSHANI_EVIDENCE,
          note="« ne pourra plus terroriser le monde »: a negated future inside the quote; « le monde » is no "
               "mention."),
    event("e-leadership", "Event", "Hassan Nasrallah led Hezbollah since 1992", ("dirigeait", None),
          [("agent", NASRALLAH), ("theme", HEZBOLLAH)], time="t-1992",
          note="« son secrétaire général, qui dirigeait le mouvement depuis 1992 »: a relative imperfect, in the "
               "article's own voice; « depuis 1992 » its start, a year."),
    event("e-holy-war", "Event", "Hezbollah to pursue its « holy war » against Israel", ("poursuivre",
          "« poursuivre la guerre"), [("agent", HEZBOLLAH), ("recipient", ISRAEL)], status="planned",
          according_to=[HEZBOLLAH],
          note="« il s’est engagé à « poursuivre la guerre sainte » contre Israël »: a pledge, planned (as « ont "
               "promis de répliquer » in gold/frappes-houthis-yemen-2024-01-12)."),
    event("e-hq-targeted", "Event", "Combat aircraft targeted Hezbollah's underground headquarters on Friday",
          ("ont visé", None), [("agent", IDF), ("participant", AIRCRAFT), ("recipient", HQ)], place=SUBURB,
          time="t-friday", according_to=[IDF], part_of="e-strike",
          note="« Selon l’armée, des avions de combat ont visé vendredi le quartier général souterrain de "
               "l’organisation »: the strike told in detail, part of it (as the targets « touchées par des avions » "
               "in gold/frappes-houthis-yemen-2024-01-12); the aircraft are participants, the army the implied "
               "agent. « enfoui sous des immeubles d’habitation » is a state, no event."),
    event("e-razing", "Event", "Six buildings razed by the strike", ("ont été rasés", None),
          [("agent", IDF), ("recipient", BUILDINGS)], place=SUBURB, time="t-eve-evening",
          according_to=[JOURNALISTS], part_of="e-strike",
          note="« Six bâtiments ont été rasés, ont constaté des journalistes de l’AFP »: a passive with no agent; "
               "the strike's author is the implied agent and its time is the strike's (as the fighters killed in "
               "gold/frappes-houthis-yemen-2024-01-12). The journalists saw the ruins, not the razing."),
    event("e-deaths", "Event", "At least six people killed in the strike", ("morts", None),
          [("agent", IDF), ("recipient", DEAD)], place=SUBURB, time="t-eve-evening", according_to=[HEALTH_MIN],
          part_of="e-strike", evidence=TOLL,
          note="« a fait état d’au moins six morts »: the toll of the strike, told by the ministry."),
    event("e-injuries", "Event", "91 people injured in the strike", ("blessés", None),
          [("agent", IDF), ("recipient", INJURED)], place=SUBURB, time="t-eve-evening", according_to=[HEALTH_MIN],
          part_of="e-strike", evidence=TOLL,
          note="« et de 91 blessés »: the second half of the toll."),
    event("e-toll-rise", "Event", "The toll may rise", ("pourrait s’alourdir", None),
          [("recipient", DEAD), ("recipient", INJURED)], status="hypothetical", evidence=TOLL,
          note="« un bilan qui pourrait s’alourdir »: a relative conditional, hypothetical, in the article's own "
               "voice; « un bilan » (the dead and the injured) is no mention, so the two groups it counts are the "
               "roles."),
    event("e-operations", "Event", "Israel to pursue its operations against Hezbollah",
          ("poursuivre", "de poursuivre les opérations"), [("agent", ISRAEL), ("recipient", HEZBOLLAH)],
          status="planned", according_to=[NETANYAHU],
          note="« avait promis à la tribune de l’ONU de poursuivre les opérations contre le mouvement »: a promise, "
               "planned. The operations are Israel's (the Prime Minister speaks for the state); no time of their own."),
    event("e-riposte", "Event", "Iran to retaliate", ("riposte", None), [("agent", IRAN), ("recipient", ISRAEL)],
          status="planned", according_to=[IRAN],
          note="« Téhéran, principal soutien du Hezbollah, a promis une riposte »: a promised noun, planned; its "
               "target, Israel, is implied. « principal soutien » is a role noun for Iran, no event."),
    event("e-destiny", "Event", "The region's destiny will be determined by the resistance forces",
          ("sera déterminé", None), [("agent", RESISTANCE)], status="hypothetical", place=REGION,
          according_to=[KHAMENEI], evidence=KHAMENEI_EVIDENCE,
          note="A prediction in a passive future inside the quote: hypothetical (as « Moscou remporterait une « "
               "grande victoire » » in the bundled article); the region is its place."),
    event("e-transfer", "Event", "Ali Khamenei reportedly moved to a secure location", ("aurait été transféré", None),
          [("recipient", KHAMENEI)], status="hypothetical", place=SECURE_PLACE,
          according_to=[IR_OFFICIALS, REUTERS],
          note="« Il aurait été transféré dans un lieu sécurisé »: a conditional passive with no agent, hypothetical, "
               "the person moved the recipient (as « a été évacué » in gold); sourced to the officials, as Reuters "
               "quotes them."),
    event("e-regional-war", "Event", "Washington does not seek a regional war", ("cherchait", None),
          [("agent", US)], status="negated", according_to=[BIDEN],
          note="« tout en assurant que Washington ne cherchait pas une guerre régionale »: a negated imperfect inside "
               "Biden's assurance; « Washington » is the United States (Q30)."),
    event("e-total-war", "Event", "Israel dragging Lebanon into total war", ("entraîner", None),
          [("agent", ISRAEL), ("recipient", LEBANON)], status="hypothetical", according_to=[BARROT],
          evidence=BARROT_EVIDENCE,
          note="« ne doit pas entraîner le Liban dans une guerre totale »: what Israel must not do, a possibility "
               "the warning guards against: hypothetical, not negated (nothing says it will not happen)."),
    event("e-unsc-meeting", "Meeting", "Emergency Security Council meeting that may be held on Monday",
          ("réunion", None), [("participant", UNSC)], status="hypothetical", time="t-monday",
          according_to=[DIPLOMAT],
          note="« Paris a demandé une réunion d’urgence du Conseil de sécurité, qui pourrait se tenir lundi, selon un "
               "diplomate »: requested, and only possible (« pourrait »): hypothetical, where « devrait se tenir » "
               "in gold/frappes-houthis-yemen-2024-01-12 was planned. France asked for it; it is no participant by "
               "the text."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-idf-announcement", "Statement", "The Israeli army announces it killed Hassan Nasrallah", IDF,
           ("a annoncé", None), [], time="t-saturday", evidence=LEDE, about=["e-killing", "e-strike"],
           note="« L’armée israélienne a annoncé samedi avoir tué ... »: no quote."),
    speech("s-shoshani", "Statement", "Nadav Shoshani: Nasrallah will no longer terrorise the world", SHOSHANI,
           ("a écrit", None), [("Hassan Nasrallah ne pourra plus terroriser le monde", None)],
           evidence=SHOSHANI_EVIDENCE, about=["e-terrorise", "e-killing"],
           note="A quote first, « a écrit sur X son porte-parole, le lieutenant-colonel Nadav Shoshani »: « son » is "
                "the army; the rank before the name is part of the name's phrase. X is where he wrote, not an "
                "addressee. No weekday of its own: no time."),
    speech("s-hezbollah-confirmation", "Statement", "Hezbollah confirms the death of its secretary general",
           HEZBOLLAH, ("a confirmé", None), [], time="t-early-afternoon", about=["e-killing"],
           note="« a confirmé la mort de son secrétaire général »: the death restates the killing."),
    speech("s-hezbollah-pledge", "Assurance", "Hezbollah pledges to pursue the « holy war » against Israel",
           HEZBOLLAH, ("s’est engagé", None), [("poursuivre la guerre sainte", None)], about=["e-holy-war"],
           note="« Dans un communiqué, il s’est engagé »: « il » is Hezbollah; the communiqué is no entity. "
                "Probably the same afternoon, but the sentence has no time of its own."),
    speech("s-army-source", "Report", "The Israeli army says combat aircraft targeted the headquarters", IDF,
           ("Selon", None), [], about=["e-hq-targeted"],
           note="« Selon l’armée »: a source before the clause, no quote."),
    speech("s-journalists", "Report", "AFP journalists see six buildings razed", JOURNALISTS,
           ("ont constaté", None), [], about=["e-razing"],
           note="« ont constaté des journalistes de l’AFP »: the source after the clause; a finding, a Report."),
    speech("s-health-ministry", "Report", "The Lebanese health ministry reports at least six dead and 91 injured",
           HEALTH_MIN, ("a fait état", None), [], evidence=TOLL, about=["e-deaths", "e-injuries"],
           note="« a fait état d’au moins six morts et de 91 blessés »; the possible rise of the toll is the article's "
                "own comment, not the ministry's."),
    speech("s-netanyahu-promise", "Assurance", "Benjamin Netanyahu promised at the UN to pursue the operations",
           NETANYAHU, ("avait promis", None), [], time="t-hours-before", about=["e-operations"],
           note="A pluperfect promise, « Quelques heures avant le raid »; « à la tribune de l’ONU » says where he "
                "spoke (the UN is an organisation, not a place, so no place)."),
    speech("s-iran-promise", "Assurance", "Tehran promises a riposte", IRAN, ("a promis", "a promis une riposte"),
           [], about=["e-riposte"],
           note="« Téhéran » is Iran (a local metonym) with « principal soutien du Hezbollah » in apposition."),
    speech("s-khamenei", "Statement", "Ali Khamenei: the region's destiny will be determined by the resistance",
           KHAMENEI, ("a déclaré", None),
           [("Le destin de la région sera déterminé par les forces de la résistance", None)],
           evidence=KHAMENEI_EVIDENCE, about=["e-destiny"],
           note="A quote first, « a déclaré le guide suprême iranien, Ali Khamenei, dans un message lu à la télévision "
                "d’État »; the message is no entity."),
    speech("s-state-tv", "Report", "Iranian state television reads Khamenei's message", STATE_TV,
           ("lu", "message lu à"), [],
           evidence=KHAMENEI_EVIDENCE, about=["s-khamenei"],
           note="« un message lu à la télévision d’État »: the television carries someone else's words, a Report "
                "about them (as « un communiqué diffusé ... par l’agence officielle KCNA » in gold)."),
    speech("s-iranian-officials", "Report", "Iranian officials say Khamenei was moved to a secure place",
           IR_OFFICIALS, ("selon", "selon des responsables"), [], according_to=[REUTERS], about=["e-transfer"],
           note="« selon des responsables iraniens cités par l’agence Reuters »: the officials are the source, Reuters "
                "the channel (according_to), as « cité par l’agence TASS » in gold."),
    speech("s-reuters", "Report", "Reuters quotes Iranian officials", REUTERS, ("cités", None), [],
           about=["s-iranian-officials"],
           note="« cités par l’agence Reuters »: « l’agence » is a title before the name."),
    speech("s-biden-justice", "Statement", "Joe Biden calls Nasrallah's death « a measure of justice »", BIDEN,
           ("a qualifié", None), [("mesure de justice", None)], about=["e-killing"],
           note="« a qualifié la mort de Nasrallah de « mesure de justice » »: the death restates the killing."),
    speech("s-biden-assurance", "Assurance", "Joe Biden assures that Washington does not seek a regional war",
           BIDEN, ("assurant", None), [], about=["e-regional-war"],
           note="« tout en assurant que ... »: a second verb of speech in a gerund, a second speech act."),
    speech("s-israel-no-warning", "SpeechAct", "Israel did not warn Joe Biden of the strike", ISRAEL,
           ("prévenu", None), [], status="negated", addressee=BIDEN, according_to=[WHITE_HOUSE],
           about=["e-strike"],
           note="« Il n’avait pas été prévenu de la frappe »: a negated pluperfect passive with no agent; who would "
                "have warned is Israel, implied (as « ne pas avoir été prévenue » in "
                "gold/koursk-incursion-2024-08-07: a negated speech act addressed to the one not warned)."),
    speech("s-white-house", "Report", "The White House says Biden was not warned", WHITE_HOUSE,
           ("selon", "selon la Maison Blanche"), [], about=["s-israel-no-warning"],
           note="« selon la Maison Blanche »: the source after the clause; the building stands for the presidency."),
    speech("s-barrot", "Warning", "Jean-Noël Barrot warns Israel not to drag Lebanon into total war", BARROT,
           ("a averti", None),
           [("Israël", "« Israël, a averti"), ("ne doit pas entraîner le Liban dans une guerre totale.", None)],
           evidence=BARROT_EVIDENCE, about=["e-total-war"],
           note="One quote split after its first word around « a averti le chef de la diplomatie française, "
                "Jean-Noël Barrot, »: one speech act, two quotes (the second keeps its full stop, inside the "
                "guillemets). Israel is named in the third person: no addressee."),
    speech("s-france-request", "Statement", "Paris asks for an emergency Security Council meeting", FRANCE,
           ("a demandé", None), [], about=["e-unsc-meeting"],
           note="« Paris a demandé une réunion d’urgence »: France (a local metonym), as « Moscou a réclamé une "
                "réunion d’urgence » in gold/frappes-houthis-yemen-2024-01-12; no time of its own."),
    speech("s-diplomat", "Report", "A diplomat says the meeting may be held on Monday", DIPLOMAT,
           ("selon", "selon un diplomate"), [], about=["e-unsc-meeting"],
           note="« selon un diplomate » after the relative clause it sources."),
    speech("s-guterres-alarm", "Statement", "António Guterres is « deeply alarmed » by the escalation", GUTERRES,
           ("s’est dit", None), [("profondément alarmé", None)], about=["e-strike"],
           note="« s’est dit « profondément alarmé » par l’escalade »: « l’escalade » names the fighting the strike "
                "belongs to, no event of its own."),
    speech("s-guterres-call", "Statement", "António Guterres calls all parties to restraint", GUTERRES,
           ("a appelé", None), [],
           note="« et a appelé toutes les parties à la retenue »: a second verb joined by « et », a second speech "
                "act; the restraint is no event and « toutes les parties » a plural phrase (no addressee)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
