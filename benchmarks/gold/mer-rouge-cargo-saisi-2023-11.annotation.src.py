"""Held-out annotation of mer-rouge-cargo-saisi-2023-11.txt (written for the twentieth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/mer-rouge-cargo-saisi-2023-11.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/mer-rouge-cargo-saisi-2023-11.annotation.src.py --check

From held-out set 20 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "mer-rouge-cargo-saisi-2023-11.txt"

PUBLISHED_INFERRED = {
    "value": "2023-11-20", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives November 2023. The seizure took place « dimanche 19 novembre » (past; 19 November 2023 "
             "is a Sunday, which confirms the year); UKMTO « a rapporté lundi » and Tokyo « a engagé lundi » its "
             "talks (past: a Monday on or before publication); Kamikawa « doit s’entretenir mardi » and the "
             "Security Council « pourrait se réunir mercredi » (future). In the week the weekdays share, the only "
             "day after Sunday 19 November, on or after a Monday and before a Tuesday still to come is Monday 20 "
             "November 2023 itself."),
}

NOTE = """\
Held-out-20 article: Yemen's Houthi rebels seize the cargo ship Galaxy Leader in the Red Sea on Sunday 19 November \
2023 and hold its twenty-five crew members; armed men landed from a helicopter take the ship to Hodeidah, UKMTO \
reports on Monday; the Houthis, who had threatened Israel-linked ships the week before, call it an answer to \
Israel's war in Gaza; Israel denies the ship is Israeli and blames Iran, though the ship belongs to a British \
company linked to an Israeli businessman; Japan, whose NYK Line chartered it, opens talks with the Houthis on \
Monday, Yoko Kamikawa condemns the seizure and is to speak with her Iranian counterpart on Tuesday; Washington \
condemns and demands the crew's release; Tehran rejects Israel's accusation; shipping companies worry and some \
would reroute via the Cape of Good Hope; the Security Council might meet on Wednesday. Published in November 2023 \
(the file gives the month; the day, Monday 20 November, comes from « dimanche 19 novembre », past « lundi » and \
future « mardi » and « mercredi »: see PUBLISHED_INFERRED). The seizure, the ship, its owner and charterer and \
most reactions follow the real events loosely; the quotes, the UKMTO report, Matsuno's words, Kamikawa's Tuesday \
call, Kanaani's wording, the shipping companies' plans and the Wednesday Council meeting are invented or \
simplified.
What it exercises: a seizure on a weekday with its date by a plural role noun with a country complement, a ship \
named in apposition, and a second verb in the present joined by « et » with « depuis » (« ont saisi dimanche 19 \
novembre en mer Rouge un cargo, le Galaxy Leader, et retiennent depuis ses vingt-cinq membres d’équipage »: two \
events, the holding with no time of its own), sourced after the clause to an unnamed group (« selon plusieurs \
sources maritimes »); a participle of motion in apposition (« Des hommes armés, descendus d’un hélicoptère »), a \
takeover and « avant de le conduire à Hodeïda » (an object clitic for the ship, the city the place), sourced after \
the clause to an agency on the publication day's weekday with a title before the name; a passive participle of \
support and a pluperfect threat with « la semaine dernière » (inside November: the month) and an infinitive with \
« s’en prendre à » (planned); a quote first with « Nous » for the Houthis and a future (planned), under a \
possessive role noun and a name in apposition, with a relative presentation (« qui a présenté la capture comme une \
riposte à la guerre menée par Israël dans la bande de Gaza »: the war an event, Israel its agent); a denial with \
no quote by a country's name, then a quote first with a negated predicate (« Ce n’est pas un navire israélien ») \
under an office with a title and a name inside it, and a relative denunciation with its own quote (two speech \
acts); « Selon les registres maritimes » over states in the present (« battant pavillon », « appartient », « liée à \
»: no events); a passive in the imperfect with its agent and a title before a name (« était affrété par le groupe \
japonais NYK Line »); a metonym opening talks on the publication day with a purpose (« pour obtenir la libération \
de l’équipage »: the release proposed) sourced after the clause to a role noun and a name in apposition; a \
two-sentence quote split around « a déclaré la ministre des Affaires étrangères, Yoko Kamikawa. » with « Nous » for \
Japan and a request to a country inside it (one speech act, two parts; the use of influence proposed); « Elle doit \
s’entretenir mardi avec son homologue iranien » (a planned Meeting, an unnamed counterpart); a metonym's \
qualification with a quoted noun phrase and a demand joined by « et » (two speech acts; the demanded release is \
the release of paragraph four, restated); a metonym under a passive participle of accusation with a perfect \
infinitive (« Téhéran, accusé par Israël d’avoir commandité l’attaque »: Israel's SpeechAct, the commissioning \
suspected) and its rejection; a quote first with a plural group inside it and a role noun and a name in \
apposition; an emphatic « eux » and a stance without a verb of speech (« s’inquiètent »); a negated event with « \
Aucune ... n’a encore » and « mais plusieurs envisageraient de détourner » (a conditional of unconfirmed news: the \
rerouting hypothetical, « plusieurs » an indefinite pronoun for some of the companies); a conditional meeting on a \
future weekday sourced after the clause to an anonymous diplomat.
Places and metonyms. « Tokyo » is Japan (Q17) and « Washington » the United States (Q30): metonyms acting as \
states (talks, qualification, demand). « Téhéran » is Iran, a state not in ids.tsv: local:iran, kind metonym; « \
l’Iran » and « Iran » are kind name. « Israël » is always the state (local). « mer Rouge » (where the seizure took \
place), « Hodeïda » (where the ship was taken), « bande de Gaza » and « cap de Bonne-Espérance » are local places.
Mentions. « Les rebelles houthis du Yémen » is a nominal mention of the Houthis (the whole noun phrase, with its \
complement, as « le père de l’actuel leader »), and « Yémen » inside it is the country. The ship is « un cargo », « \
Galaxy Leader », « navire » (fused « du », from the noun), the clitic « le » in « de le conduire », « le bâtiment », \
« le cargo », « Le navire ». The crew is « ses vingt-cinq membres d’équipage », « l’équipage » and « marins » (« des \
marins », fused, from the noun). « tout navire lié à Israël » and « tous les navires israéliens » are one local \
object, the ships the Houthis threaten (things an event takes, specific or not). « un navire israélien » in « Ce \
n’est pas un navire israélien » is a predicate and « Ce » the subject of « c’est »: neither is a mention, as « \
il s’agit » in gold. « le bureau du Premier ministre Benyamin Netanyahou » is the office (a local organisation, \
the speaker), « Benyamin Netanyahou » inside it is the person, with the title before the name in the name's \
phrase. « le porte-parole du gouvernement » and « le porte-parole de la diplomatie iranienne » are titles whose \
complements hold no name: « gouvernement » and « diplomatie iranienne » are no mentions, as « le porte-parole du \
mouvement » in gold/frappes-houthis-yemen-2024-01-12. « le groupe japonais NYK Line » and « l’agence britannique \
UKMTO »: only the names are mentions. Not mentions: « la capture », « l’opération », « l’attaque », « cette saisie \
» and « un acte de terrorisme iranien » (the seizure restated), « ces accusations », « des cibles légitimes » (a \
predicate), « Aucune grande compagnie » (a negated quantifier), « ses traversées », « les trajets », « le droit \
international », « son influence ».
Statuses. The seizure, the holding of the crew, the descent, the takeover, the taking to Hodeidah, Iran's support, \
the war in Gaza, the charter and Tokyo's talks are occurred; the threatened attacks on ships (a threat) and Saree's \
« traiterons » are planned; the crew's release (sought by Tokyo, demanded by Washington) and Iran's use of its \
influence are proposed; Kamikawa's talk with her counterpart (« doit ») is planned; Iran's commissioning of the \
attack is suspected (Israel's accusation, which Iran rejects); the suspension of crossings is negated; the \
rerouting and the Council meeting (« pourrait ») are hypothetical.
Times. « dimanche 19 novembre » 2023-11-19 (weekday-day-month), the seizure's day, also given to its parts (descent, \
takeover, taking to Hodeidah); « depuis » alone is no time; « lundi » (twice) the publication day; « la semaine \
dernière » 13 to 19 November 2023, inside November: the month; « mardi » 21 November and « mercredi » 22 November \
(weekday-future). « encore » is no time. Statements with no weekday of their own have no time.
Japan, the United States, Yoko Kamikawa, the UN and its Security Council are linked; the Houthis, Yemen, the Red \
Sea, the Galaxy Leader and its crew, the maritime sources, the armed men, the helicopter, Hodeidah, UKMTO, Iran, \
Israel, the threatened ships, Yahya Saree, the Gaza Strip, Benjamin Netanyahu and his office, the maritime \
registers, the Bahamas, the British company, the Israeli businessman, NYK Line, Hirokazu Matsuno, the Iranian \
counterpart, the resistance groups, Nasser Kanaani, the shipping companies, the rerouting companies and their \
ships, the Cape of Good Hope and the diplomat are not in ids.tsv: local, unlinked."""

JAPAN, US, KAMIKAWA, UN, UNSC = "Q17", "Q30", "Q276275", "Q1065", "Q37470"
HOUTHIS, YEMEN, RED_SEA, GALAXY, CREW = "local:houthis", "local:yemen", "local:red-sea", "local:galaxy-leader", \
    "local:galaxy-leader-crew"
SOURCES, MEN, HELICOPTER, HODEIDAH, UKMTO = "local:maritime-sources", "local:armed-men", "local:helicopter", \
    "local:hodeidah", "local:ukmto"
IRAN, ISRAEL, TARGET_SHIPS, SAREE, GAZA = "local:iran", "local:israel", "local:israel-linked-ships", \
    "local:yahya-saree", "local:gaza-strip"
PMO, NETANYAHU, REGISTERS, BAHAMAS = "local:israeli-pm-office", "local:benjamin-netanyahu", \
    "local:maritime-registers", "local:bahamas"
OWNER, BUSINESSMAN, NYK, MATSUNO = "local:british-owner-company", "local:israeli-businessman", "local:nyk-line", \
    "local:hirokazu-matsuno"
IRAN_FM, RESISTANCE, KANAANI = "local:iranian-foreign-minister", "local:resistance-groups", "local:nasser-kanaani"
SHIPOWNERS, REROUTERS, THEIR_SHIPS, CAPE, DIPLOMAT = "local:shipping-companies", "local:rerouting-companies", \
    "local:rerouted-ships", "local:cape-of-good-hope", "local:un-diplomat"

NOT_OBJECT = "a set of things with no Wikidata item"
NOT_GROUP = "an unnamed group, not one Wikidata item"
NOT_PERSON = "an unnamed person, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (HOUTHIS, "Houthis", "Houthis", "organization",
     {"description": "mouvement rebelle yéménite (Ansar Allah), soutenu par l’Iran", "unlinked_reason": NOT_VERIFIED}),
    (YEMEN, "Yémen", "Yemen", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RED_SEA, "mer Rouge", "Red Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (GALAXY, "Galaxy Leader", "Galaxy Leader", "object",
     {"description": "cargo battant pavillon des Bahamas, saisi par les Houthis le 19 novembre 2023",
      "unlinked_reason": NOT_VERIFIED}),
    (CREW, "équipage du Galaxy Leader", "Galaxy Leader crew", "group",
     {"description": "les vingt-cinq membres d’équipage retenus par les Houthis", "unlinked_reason": NOT_GROUP}),
    (SOURCES, "sources maritimes", "maritime sources", "group",
     {"description": "sources maritimes que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (MEN, "hommes armés", "armed men", "group",
     {"description": "les hommes armés qui ont pris le contrôle du navire", "unlinked_reason": NOT_GROUP}),
    (HELICOPTER, "hélicoptère", "helicopter", "object",
     {"description": "l’hélicoptère d’où sont descendus les hommes armés",
      "unlinked_reason": "a single object with no Wikidata item"}),
    (HODEIDAH, "Hodeïda", "Hodeidah", "place", {"description": "ville portuaire du Yémen",
                                               "unlinked_reason": NOT_VERIFIED}),
    (UKMTO, "UKMTO", "United Kingdom Maritime Trade Operations", "organization",
     {"description": "organisme britannique de sécurité maritime", "unlinked_reason": NOT_VERIFIED}),
    (IRAN, "Iran", "Iran", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (TARGET_SHIPS, "navires liés à Israël", "Israel-linked ships", "object",
     {"description": "les navires que les Houthis menacent de prendre pour cibles", "unlinked_reason": NOT_OBJECT}),
    (SAREE, "Yahya Saree", "Yahya Saree", "person",
     {"description": "porte-parole militaire des Houthis", "unlinked_reason": NOT_VERIFIED}),
    (GAZA, "bande de Gaza", "Gaza Strip", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PMO, "bureau du Premier ministre israélien", "Prime Minister's Office (Israel)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (NETANYAHU, "Benyamin Netanyahou", "Benjamin Netanyahu", "person",
     {"description": "Premier ministre israélien", "unlinked_reason": NOT_VERIFIED}),
    (REGISTERS, "registres maritimes", "shipping registers", "group",
     {"description": "les registres de navires que l’article cite sans les nommer", "unlinked_reason": NOT_GROUP}),
    (BAHAMAS, "Bahamas", "The Bahamas", "country", {"unlinked_reason": NOT_VERIFIED}),
    (OWNER, "société britannique propriétaire du Galaxy Leader", "British company owning the Galaxy Leader",
     "organization", {"unlinked_reason": "an unnamed company, not one Wikidata item"}),
    (BUSINESSMAN, "homme d’affaires israélien", "Israeli businessman", "person",
     {"description": "l’homme d’affaires auquel la société propriétaire est liée", "unlinked_reason": NOT_PERSON}),
    (NYK, "NYK Line", "Nippon Yusen", "organization",
     {"description": "groupe maritime japonais, affréteur du Galaxy Leader", "unlinked_reason": NOT_VERIFIED}),
    (MATSUNO, "Hirokazu Matsuno", "Hirokazu Matsuno", "person",
     {"description": "porte-parole du gouvernement japonais", "unlinked_reason": NOT_VERIFIED}),
    (IRAN_FM, "ministre iranien des Affaires étrangères", "Iranian foreign minister", "person",
     {"description": "l’homologue iranien de Yoko Kamikawa, que l’article ne nomme pas",
      "unlinked_reason": NOT_PERSON}),
    (RESISTANCE, "groupes de la résistance", "resistance groups", "group",
     {"description": "les groupes armés alliés de l’Iran, dont les Houthis", "unlinked_reason": NOT_GROUP}),
    (KANAANI, "Nasser Kanaani", "Nasser Kanaani", "person",
     {"description": "porte-parole du ministère iranien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (SHIPOWNERS, "armateurs", "shipping companies", "group",
     {"description": "les compagnies maritimes qui empruntent la mer Rouge", "unlinked_reason": NOT_GROUP}),
    (REROUTERS, "compagnies envisageant un détour", "companies considering a detour", "group",
     {"description": "les « plusieurs » compagnies qui envisageraient de détourner leurs navires",
      "unlinked_reason": NOT_GROUP}),
    (THEIR_SHIPS, "navires des compagnies", "the companies' ships", "object", {"unlinked_reason": NOT_OBJECT}),
    (CAPE, "cap de Bonne-Espérance", "Cape of Good Hope", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "diplomate anonyme", "anonymous diplomat", "person", {"unlinked_reason": NOT_PERSON}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Les rebelles houthis du Yémen ont saisi dimanche 19 novembre en mer Rouge un cargo, le Galaxy Leader, ...
    ("Les rebelles houthis du Yémen", None, HOUTHIS, "nominal"),
    ("Yémen", None, YEMEN, "name"),
    ("mer Rouge", None, RED_SEA, "name"),
    ("un cargo", None, GALAXY, "nominal"),
    ("Galaxy Leader", None, GALAXY, "name"),
    ("ses vingt-cinq membres d’équipage", None, CREW, "nominal"),
    ("plusieurs sources maritimes", None, SOURCES, "nominal"),
    # Des hommes armés, descendus d’un hélicoptère, ont pris le contrôle du navire avant de le conduire à Hodeïda, ...
    ("Des hommes armés", None, MEN, "nominal"),
    ("un hélicoptère", None, HELICOPTER, "nominal"),
    ("navire", "le contrôle du navire", GALAXY, "nominal"),
    ("le", "de le conduire", GALAXY, "pronoun"),
    ("Hodeïda", None, HODEIDAH, "name"),
    ("UKMTO", None, UKMTO, "name"),
    # Les Houthis, soutenus par l’Iran, avaient menacé la semaine dernière de s’en prendre à tout navire lié à Israël.
    ("Houthis", "Les Houthis, soutenus", HOUTHIS, "name"),
    ("Iran", "par l’Iran", IRAN, "name"),
    ("tout navire lié à Israël", None, TARGET_SHIPS, "nominal"),
    ("Israël", "tout navire lié à Israël", ISRAEL, "name"),
    # « Nous traiterons tous les navires israéliens ... », a prévenu leur porte-parole militaire, Yahya Saree, ...
    ("Nous", "« Nous traiterons", HOUTHIS, "pronoun"),
    ("tous les navires israéliens", None, TARGET_SHIPS, "nominal"),
    ("leur porte-parole militaire", None, SAREE, "nominal"),
    ("Yahya Saree", None, SAREE, "name"),
    ("Israël", "menée par Israël", ISRAEL, "name"),
    ("bande de Gaza", None, GAZA, "name"),
    # Israël a démenti tout lien avec le bâtiment.
    ("Israël", "Israël a démenti", ISRAEL, "name"),
    ("le bâtiment", None, GALAXY, "nominal"),
    # « Ce n’est pas un navire israélien », a assuré le bureau du Premier ministre Benyamin Netanyahou, ...
    ("le bureau du Premier ministre Benyamin Netanyahou", None, PMO, "nominal"),
    ("Benyamin Netanyahou", None, NETANYAHU, "name"),
    # Selon les registres maritimes, le cargo, battant pavillon des Bahamas, appartient toutefois à une société ...
    ("les registres maritimes", None, REGISTERS, "nominal"),
    ("le cargo", None, GALAXY, "nominal"),
    ("Bahamas", None, BAHAMAS, "name"),
    ("une société britannique liée à un homme d’affaires israélien", None, OWNER, "nominal"),
    ("un homme d’affaires israélien", None, BUSINESSMAN, "nominal"),
    # Le navire était affrété par le groupe japonais NYK Line.
    ("Le navire", None, GALAXY, "nominal"),
    ("NYK Line", None, NYK, "name"),
    # Tokyo a engagé lundi des discussions avec les Houthis ..., a indiqué le porte-parole du gouvernement, ...
    ("Tokyo", None, JAPAN, "metonym"),
    ("Houthis", "avec les Houthis", HOUTHIS, "name"),
    ("l’équipage", None, CREW, "nominal"),
    ("le porte-parole du gouvernement", None, MATSUNO, "nominal"),
    ("Hirokazu Matsuno", None, MATSUNO, "name"),
    # « Nous condamnons fermement cette saisie, a déclaré la ministre ..., Yoko Kamikawa. Nous demandons ... »
    ("Nous", "« Nous condamnons", JAPAN, "pronoun"),
    ("la ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("Nous", "Nous demandons", JAPAN, "pronoun"),
    ("Iran", "à l’Iran", IRAN, "name"),
    # Elle doit s’entretenir mardi avec son homologue iranien.
    ("Elle", None, KAMIKAWA, "pronoun"),
    ("son homologue iranien", None, IRAN_FM, "nominal"),
    # Washington a qualifié l’opération de « ... » et a exigé la remise en liberté immédiate des marins.
    ("Washington", None, US, "metonym"),
    ("marins", None, CREW, "nominal"),
    # Téhéran, accusé par Israël d’avoir commandité l’attaque, a rejeté ces accusations.
    ("Téhéran", None, IRAN, "metonym"),
    ("Israël", "accusé par Israël", ISRAEL, "name"),
    # « Les groupes de la résistance ... », a répliqué le porte-parole de la diplomatie iranienne, Nasser Kanaani.
    ("Les groupes de la résistance", None, RESISTANCE, "nominal"),
    ("le porte-parole de la diplomatie iranienne", None, KANAANI, "nominal"),
    ("Nasser Kanaani", None, KANAANI, "name"),
    # Les armateurs, eux, s’inquiètent.
    ("Les armateurs", None, SHIPOWNERS, "nominal"),
    ("eux", None, SHIPOWNERS, "pronoun"),
    # Aucune grande compagnie n’a encore suspendu ses traversées, mais plusieurs envisageraient de détourner ...
    ("plusieurs", "mais plusieurs envisageraient", REROUTERS, "pronoun"),
    ("leurs navires", None, THEIR_SHIPS, "nominal"),
    ("cap de Bonne-Espérance", None, CAPE, "name"),
    # Le Conseil de sécurité de l’ONU pourrait se réunir mercredi, a fait savoir un diplomate.
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", None, UN, "name"),
    ("un diplomate", None, DIPLOMAT, "nominal"),
]

PUB_DAY = "The publication day, Monday 20 November 2023 (article.published_inferred)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday-19", ("dimanche 19 novembre", None), "2023-11-19", "day", "weekday-day-month",
     "« ont saisi dimanche 19 novembre »: an explicit weekday and date in the publication year (19 November 2023 "
     "is a Sunday), the day before publication."),
    ("t-monday-ukmto", ("lundi", "a rapporté lundi"), "2023-11-20", "day", "weekday-publication-day",
     "« a rapporté lundi l’agence britannique UKMTO »: " + PUB_DAY),
    ("t-last-week", ("la semaine dernière", None), "2023-11", "month", "relative-week-past",
     "« avaient menacé la semaine dernière »: the week before Monday 20 November 2023 runs from Monday 13 to "
     "Sunday 19 November, all in November 2023: the month, as in gold."),
    ("t-monday-talks", ("lundi", "a engagé lundi"), "2023-11-20", "day", "weekday-publication-day",
     "« Tokyo a engagé lundi des discussions »: " + PUB_DAY),
    ("t-tuesday", ("mardi", None), "2023-11-21", "day", "weekday-future",
     "« Elle doit s’entretenir mardi »: the Tuesday after the publication day, 21 November 2023."),
    ("t-wednesday", ("mercredi", None), "2023-11-22", "day", "weekday-future",
     "« pourrait se réunir mercredi »: the Wednesday after the publication day, 22 November 2023."),
]

LEDE = ("Les rebelles houthis", "sources maritimes.")
UKMTO_EVIDENCE = ("Des hommes armés", "UKMTO.")
SAREE_EVIDENCE = ("« Nous traiterons", "bande de Gaza.")
PMO_EVIDENCE = ("« Ce n’est pas", "terrorisme iranien ».")
TOKYO_EVIDENCE = ("Tokyo a engagé", "Hirokazu Matsuno.")
KAMIKAWA_EVIDENCE = ("« Nous condamnons", "son influence. »")
REGISTERS_EVIDENCE = ("Selon les registres", "affaires israélien.")

EVENTS: list[dict[str, Any]] = [
    event("e-seizure", "Event", "The Houthis seize the cargo ship Galaxy Leader in the Red Sea on Sunday 19 November",
          ("ont saisi", None), [("agent", HOUTHIS), ("theme", GALAXY)], place=RED_SEA, time="t-sunday-19",
          according_to=[SOURCES], evidence=LEDE,
          note="« Les rebelles houthis du Yémen ont saisi dimanche 19 novembre en mer Rouge un cargo, le Galaxy "
               "Leader »: the ship is the theme (as the seizure of the Galaxy Leader in "
               "gold/frappes-houthis-yemen-2024-01-12). « selon plusieurs sources maritimes » at the end of the "
               "sentence is its source. Restated by « la capture », « un acte de terrorisme iranien », « cette "
               "saisie », « l’opération » and « l’attaque »."),
    event("e-crew-held", "Event", "The Houthis hold the ship's twenty-five crew members", ("retiennent", None),
          [("agent", HOUTHIS), ("recipient", CREW)], according_to=[SOURCES], evidence=LEDE,
          note="« et retiennent depuis ses vingt-cinq membres d’équipage »: a second verb in the present joined by « "
               "et », ongoing: occurred. « depuis » alone (since the seizure) has no words of a time, so no time."),
    event("e-descent", "Event", "Armed men come down from a helicopter onto the ship", ("descendus", None),
          [("agent", MEN), ("participant", HELICOPTER)], time="t-sunday-19", according_to=[UKMTO],
          part_of="e-seizure", evidence=UKMTO_EVIDENCE,
          note="« Des hommes armés, descendus d’un hélicoptère »: a participle of motion in apposition; part of the "
               "seizure, whose Sunday it takes."),
    event("e-takeover", "Event", "The armed men take control of the ship", ("ont pris le contrôle", None),
          [("agent", MEN), ("theme", GALAXY)], place=RED_SEA, time="t-sunday-19", according_to=[UKMTO],
          part_of="e-seizure", evidence=UKMTO_EVIDENCE,
          note="« ont pris le contrôle du navire »: the seizure told from the boarding; part of it, same day and "
               "place."),
    event("e-taken-to-hodeidah", "Event", "The armed men take the ship to Hodeidah", ("conduire", None),
          [("agent", MEN), ("theme", GALAXY)], place=HODEIDAH, time="t-sunday-19", according_to=[UKMTO],
          part_of="e-seizure", evidence=UKMTO_EVIDENCE,
          note="« avant de le conduire à Hodeïda »: « avant de » + infinitive tells what was done next (occurred); « "
               "le » is the ship, Hodeidah the destination, its place. The day is the seizure's, not written again."),
    event("e-iran-support", "Event", "Iran backs the Houthis", ("soutenus", None),
          [("agent", IRAN), ("recipient", HOUTHIS)],
          note="« Les Houthis, soutenus par l’Iran »: a passive participle in apposition, a standing support in the "
               "article's own voice, as in gold/frappes-houthis-yemen-2024-01-12; no time."),
    event("e-threatened-attacks", "Event", "The Houthis threatened to attack any Israel-linked ship",
          ("s’en prendre", None), [("agent", HOUTHIS), ("recipient", TARGET_SHIPS)], status="planned",
          according_to=[HOUTHIS],
          note="« avaient menacé la semaine dernière de s’en prendre à tout navire lié à Israël »: what a threat "
               "announces is an intention: planned (as « ont promis de répliquer » in gold). The week dates the threat "
               "(the speech act), not the attacks."),
    event("e-treat-as-targets", "Event", "The Houthis will treat all Israeli ships as legitimate targets",
          ("traiterons", None), [("agent", HOUTHIS), ("recipient", TARGET_SHIPS)], status="planned",
          according_to=[SAREE], evidence=SAREE_EVIDENCE,
          note="« Nous traiterons tous les navires israéliens comme des cibles légitimes »: a future in a quote, an "
               "announced course of action: planned. « Nous » is the Houthis; « des cibles légitimes » is a "
               "predicate."),
    event("e-gaza-war", "Event", "Israel's war in the Gaza Strip", ("guerre", None), [("agent", ISRAEL)],
          place=GAZA, evidence=SAREE_EVIDENCE,
          note="« une riposte à la guerre menée par Israël dans la bande de Gaza »: a nominal event whose agent is "
               "given by the passive participle « menée par »; a fact the article states, not only Saree's framing, so "
               "no according_to. No time is written. The war is not a linked entity (no QID in ids.tsv), so it is an "
               "event only."),
    event("e-charter", "Event", "NYK Line had chartered the Galaxy Leader", ("était affrété", None),
          [("agent", NYK), ("theme", GALAXY)],
          note="« Le navire était affrété par le groupe japonais NYK Line »: a passive in the imperfect with its "
               "agent, in the article's own voice; a standing charter, no time."),
    event("e-tokyo-talks", "Event", "Japan opens talks with the Houthis on Monday", ("discussions", None),
          [("participant", JAPAN), ("participant", HOUTHIS)], time="t-monday-talks", according_to=[MATSUNO],
          evidence=TOKYO_EVIDENCE,
          note="« Tokyo a engagé lundi des discussions avec les Houthis »: « Tokyo » stands for Japan; the trigger is "
               "the noun (as « discussions » in the bundled article), « a engagé » only opens them."),
    event("e-crew-release", "Event", "Release of the Galaxy Leader's crew by the Houthis", ("libération", None),
          [("agent", HOUTHIS), ("recipient", CREW)], status="proposed", according_to=[MATSUNO],
          evidence=TOKYO_EVIDENCE,
          note="« pour obtenir la libération de l’équipage »: the aim of Tokyo's talks, asked of the Houthis, not "
               "granted: proposed (as a demanded release in gold). Washington's « la remise en liberté immédiate des "
               "marins » restates it (s-us-demand is about this event)."),
    event("e-iran-influence", "Event", "Iran to use its influence (Japan's request)", ("user", None),
          [("agent", IRAN)], status="proposed", according_to=[KAMIKAWA], evidence=KAMIKAWA_EVIDENCE,
          note="« Nous demandons aussi à l’Iran d’user de son influence »: asked, not done: proposed."),
    event("e-kamikawa-call", "Meeting", "Yoko Kamikawa to talk with her Iranian counterpart on Tuesday",
          ("s’entretenir", None), [("participant", KAMIKAWA), ("participant", IRAN_FM)], status="planned",
          time="t-tuesday",
          note="« Elle doit s’entretenir mardi avec son homologue iranien »: « doit » with a future weekday: planned. "
               "« Elle » is Kamikawa; her counterpart is not named."),
    event("e-iran-commission", "Event", "Iran ordered the attack on the ship (Israel's accusation)",
          ("commandité", None), [("agent", IRAN)], status="suspected", according_to=[ISRAEL],
          note="« Téhéran, accusé par Israël d’avoir commandité l’attaque »: an accusation the article does not "
               "endorse, which Tehran rejects: suspected. « l’attaque » is the seizure restated (no role: it is an "
               "event, not an entity)."),
    event("e-no-suspension", "Event", "No major shipping company has suspended its crossings yet",
          ("suspendu", None), [("agent", SHIPOWNERS)], status="negated",
          note="« Aucune grande compagnie n’a encore suspendu ses traversées »: negated. « Aucune grande compagnie "
               "» is no mention (a negated quantifier); the companies it ranges over are the shipowners of the "
               "sentence before, the agent. « encore » is no time."),
    event("e-rerouting", "Event", "Some companies would divert their ships via the Cape of Good Hope",
          ("détourner", None), [("agent", REROUTERS), ("theme", THEIR_SHIPS)], status="hypothetical", place=CAPE,
          note="« mais plusieurs envisageraient de détourner leurs navires par le cap de Bonne-Espérance »: a "
               "conditional of unconfirmed news over a plan under consideration: hypothetical. No source is named."),
    event("e-unsc-meeting", "Meeting", "The UN Security Council might meet on Wednesday", ("se réunir", None),
          [("participant", UNSC)], status="hypothetical", time="t-wednesday", according_to=[DIPLOMAT],
          note="« Le Conseil de sécurité de l’ONU pourrait se réunir mercredi, a fait savoir un diplomate »: « "
               "pourrait »: hypothetical (as a conditional Council meeting in gold). No place is written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-maritime-sources", "Report", "Maritime sources report the seizure and the crew's detention", SOURCES,
           ("selon", "selon plusieurs"), [], evidence=LEDE, about=["e-seizure", "e-crew-held"],
           note="« selon plusieurs sources maritimes » after the clause it sources."),
    speech("s-ukmto", "Report", "UKMTO reports the boarding and the taking of the ship to Hodeidah", UKMTO,
           ("a rapporté", None), [], time="t-monday-ukmto", evidence=UKMTO_EVIDENCE,
           about=["e-descent", "e-takeover", "e-taken-to-hodeidah"],
           note="« a rapporté lundi l’agence britannique UKMTO »: the source after the clause, with a title before "
                "the name; the Monday is the report's."),
    speech("s-houthi-threat", "Warning", "The Houthis threatened to attack any Israel-linked ship", HOUTHIS,
           ("avaient menacé", None), [], time="t-last-week", about=["e-threatened-attacks"],
           note="Pluperfect threat with « la semaine dernière », no quote."),
    speech("s-saree-warning", "Warning", "Yahya Saree: all Israeli ships will be treated as legitimate targets", SAREE,
           ("a prévenu", None), [("Nous traiterons tous les navires israéliens comme des cibles légitimes", None)],
           evidence=SAREE_EVIDENCE, about=["e-treat-as-targets"],
           note="A quote first, under a possessive role noun and the name in apposition (« leur porte-parole "
                "militaire, Yahya Saree »). No weekday of its own: no time."),
    speech("s-saree-riposte", "Statement", "Saree presents the seizure as an answer to Israel's war in Gaza", SAREE,
           ("a présenté", None), [], evidence=SAREE_EVIDENCE, about=["e-seizure", "e-gaza-war"],
           note="« qui a présenté la capture comme une riposte à la guerre menée par Israël »: a relative clause "
                "on the spokesman, a second speech act with no quote; « la capture » restates the seizure."),
    speech("s-israel-denial", "Statement", "Israel denies any link with the ship", ISRAEL, ("a démenti", None), [],
           note="« Israël a démenti tout lien avec le bâtiment »: a denial by the state, no quote. The link is a "
                "state, no event, so the denial is about no event (the ship is « le bâtiment », a mention)."),
    speech("s-pmo-not-israeli", "Statement", "Netanyahu's office: it is not an Israeli ship", PMO,
           ("a assuré", None), [("Ce n’est pas un navire israélien", None)], evidence=PMO_EVIDENCE,
           note="A quote first; the speaker is the office (« le bureau du Premier ministre Benyamin Netanyahou »), not "
                "Netanyahu himself. A negated predicate, no event."),
    speech("s-pmo-terrorism", "Statement", "Netanyahu's office denounces an act of Iranian terrorism", PMO,
           ("a dénoncé", None), [("un acte de terrorisme iranien", None)], evidence=PMO_EVIDENCE,
           about=["e-seizure"],
           note="« qui a dénoncé « un acte de terrorisme iranien » »: a relative clause with its own pair of "
                "guillemets, a second speech act; the act is the seizure restated."),
    speech("s-registers", "Report", "Shipping registers: the ship belongs to a British company linked to an Israeli "
           "businessman", REGISTERS, ("Selon", "Selon les registres"), [], evidence=REGISTERS_EVIDENCE,
           note="« Selon les registres maritimes »: a source before the clause. What it sources are states (« battant "
                "pavillon », « appartient », « liée à »), no events, so it is about none."),
    speech("s-matsuno", "Statement", "Hirokazu Matsuno announces Japan's talks with the Houthis", MATSUNO,
           ("a indiqué", None), [], evidence=TOKYO_EVIDENCE, about=["e-tokyo-talks", "e-crew-release"],
           note="The source after the clause, a role noun with the name in apposition; no time of its own (the Monday "
                "dates the talks)."),
    speech("s-kamikawa", "Statement", "Yoko Kamikawa condemns the seizure and asks Iran to use its influence",
           KAMIKAWA, ("a déclaré", None),
           [("Nous condamnons fermement cette saisie", None),
            ("Nous demandons aussi à l’Iran d’user de son influence.", None)],
           evidence=KAMIKAWA_EVIDENCE, about=["e-seizure", "e-iran-influence"],
           note="One pair of guillemets split around « a déclaré la ministre des Affaires étrangères, Yoko "
                "Kamikawa. »: one speech act, two quotes (the second keeps its full stop, which stands inside the "
                "guillemets). « Nous » is Japan; Iran is named inside the request, in the third person (no "
                "addressee)."),
    speech("s-us-qualification", "Statement", "Washington calls the seizure a flagrant violation of international law",
           US, ("a qualifié", None), [("violation flagrante du droit international", None)], about=["e-seizure"],
           note="« Washington a qualifié l’opération de « ... » »: « Washington » is the United States; « "
                "l’opération » restates the seizure. No time."),
    speech("s-us-demand", "Statement", "Washington demands the crew's immediate release", US, ("a exigé", None), [],
           about=["e-crew-release"],
           note="« et a exigé la remise en liberté immédiate des marins »: a second verb joined by « et », a second "
                "speech act; the release is the one Tokyo seeks (e-crew-release), restated."),
    speech("s-israel-accusation", "SpeechAct", "Israel accuses Iran of ordering the attack", ISRAEL,
           ("accusé", None), [], about=["e-iran-commission"],
           note="« Téhéran, accusé par Israël d’avoir commandité l’attaque »: a passive participle of accusation with "
                "its agent; the accused (Iran) is the subject, not an addressee."),
    speech("s-iran-rejection", "Statement", "Tehran rejects the accusations", IRAN, ("a rejeté", None), [],
           about=["e-iran-commission"],
           note="« a rejeté ces accusations »: « Téhéran » stands for Iran. The commissioning stays suspected."),
    speech("s-kanaani", "Statement", "Nasser Kanaani: the resistance groups act independently", KANAANI,
           ("a répliqué", None), [("Les groupes de la résistance agissent de manière indépendante", None)],
           about=["e-iran-commission"],
           note="A quote first, a role noun with the name in apposition. « agissent de manière indépendante » is a "
                "standing claim, no event; « Les groupes de la résistance » (a group that includes the Houthis) is a "
                "mention."),
    speech("s-shipowners-worry", "SpeechAct", "Shipping companies are worried", SHIPOWNERS, ("s’inquiètent", None), [],
           about=["e-seizure"],
           note="« Les armateurs, eux, s’inquiètent »: a stance the article gives to a group without a verb of speech "
                "(as « Washington en est persuadée » in the bundled article); « eux » is emphatic."),
    speech("s-diplomat", "Report", "A diplomat says the Security Council might meet on Wednesday", DIPLOMAT,
           ("a fait savoir", None), [], about=["e-unsc-meeting"],
           note="« a fait savoir un diplomate »: the source after the clause; no time of its own."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
