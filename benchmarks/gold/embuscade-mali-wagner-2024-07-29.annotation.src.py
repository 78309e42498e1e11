"""Held-out annotation of embuscade-mali-wagner-2024-07-29.txt (written for the eighteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/embuscade-mali-wagner-2024-07-29.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/embuscade-mali-wagner-2024-07-29.annotation.src.py --check

From held-out set 18 (moved to gold in session 17; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "embuscade-mali-wagner-2024-07-29.txt"

NOTE = """\
Held-out-18 article: dozens of Malian soldiers and Russian Wagner mercenaries have been killed in fighting near \
Tinzaouaten, in northern Mali, against Tuareg rebels and jihadists, as concordant sources say on Monday 29 July 2024; \
the rebel coalition CSP claimed a victory on Saturday and, through its spokesman Mohamed Elmaouloud Ramadane, the \
destruction of a column and the capture of foreign fighters; the Malian army admitted heavy losses on Sunday evening, \
saying the convoy had been caught on Thursday by a sandstorm before being attacked by « terrorists »; the \
al-Qaeda-linked JNIM claimed an ambush near the Algerian border; pro-Wagner Telegram channels reported the death of a \
commander, Sergei Shevchenko, which the group has not confirmed; in Moscow Dmitry Peskov declines to comment beyond « \
Nous suivons la situation »; Bamako, which turned from Paris to Moscow after the 2020 coup, should announce \
reinforcements on Tuesday, according to a security source; Kyiv hints it helped the rebels, its military intelligence \
spokesman Andriy Yusov assuring they received « les informations nécessaires », and Bamako denounces an interference \
and threatens to break off relations with Ukraine, as a Malian minister warns; Algiers, which had sponsored the 2015 \
peace accord the junta left in January, calls for restraint. Published Monday 29 July 2024 (the file gives the day). \
The battle of Tinzaouaten in late July 2024, the CSP's and JNIM's claims, the army's admission of losses, the \
sandstorm, the Telegram reports, Yusov's hint and the Algiers accord follow the real events loosely; the exact \
quotes, the weekdays of the claims and of the communiqué, Peskov's words, the planned announcement of reinforcements, \
the minister's warning and Algeria's call are partly invented.
What it exercises: a passive killing of two coordinated groups under one quantity (« Des dizaines de soldats maliens \
et de mercenaires russes du groupe Wagner ont été tués »: two local groups, the recipients; « Wagner » after the \
title « groupe ») in a nominal fighting « près de Tinzaouaten, dans le nord du Mali » (near the town, not in it: the \
place is Mali, from the apposition) against two indefinite plural descriptions (« des rebelles touareg » the CSP, « \
des jihadistes » the JNIM: the implied agents), sourced by an inverted impersonal « a-t-on appris lundi de sources \
concordantes » (a Report of a local group); a name with its acronym and a role noun in apposition and a claim with a \
quote and a sequel outside the guillemets (« a revendiqué samedi « une victoire éclatante » sur l’armée malienne et \
Wagner »: the victory a claim, suspected); one quote split around « a déclaré son porte-parole, Mohamed Elmaouloud \
Ramadane, » with « Nous » for the coalition and two claimed acts (destruction and capture, suspected); a fronted part \
of the day and an admission with a quoted noun phrase and a negated half (« Dimanche soir, l’armée malienne a reconnu \
dans un communiqué « des pertes importantes », sans en préciser le nombre »: the losses restate the killing; « sans \
en préciser » a negated speech act); « Elle » for the army and a present reporting verb over a pluperfect passive \
with a thing as agent on a past weekday and a passive infinitive with a quoted agent noun (« le convoi avait été \
surpris jeudi par une tempête de sable, avant d’être attaqué par des « terroristes » »: the storm a participant, « \
des « terroristes » » a plural covering both armed groups, no mention); a long name with its acronym in brackets, a \
participle of affiliation (« lié à Al-Qaïda »: a relation, no event) and an emphatic « lui aussi » with a claimed \
ambush near a border (no place); a group of sources with a platform inside (« Des chaînes Telegram proches de Wagner \
») reporting a nominal death of « un de ses commandants » named in apposition; « Le groupe » for Wagner and a negated \
confirmation with a conditional relative and a nominal arrival dated « fin 2021 » (the year); « À Moscou » the city \
(Q649) and « vers Moscou » Russia (Q159) in the same paragraph; a refusal to comment on the publication day followed \
by a quote first with « Nous » (the Kremlin) and « s’est-il contenté de dire »; a metonym with two relative-clause \
events (« a rompu avec Paris et s’est tourné vers Moscou après le coup d’État de 2020 ») and a planned announcement \
on a future weekday of a dispatch towards a place, sourced after the clause (« devrait annoncer mardi l’envoi de \
renforts vers Tinzaouaten, selon une source sécuritaire »: the announcement a planned speech act, the dispatch a \
planned Delivery); a metonym's hint with a past infinitive and an emphatic « de son côté » (« Kiev a, de son côté, \
laissé entendre avoir aidé les rebelles »: the help suspected); an assurance with a demonstrative pronoun and a \
quoted object (« ceux-ci avaient reçu « les informations nécessaires » »: a Delivery told by Yusov); a denunciation \
with a one-word quote and a present threat joined by « et », both sourced after the clause to an unnamed minister (« \
Bamako a dénoncé une « ingérence » et menace de rompre ses relations avec l’Ukraine, a prévenu un ministre malien »: \
two speech acts of the state, the minister's Report, the rupture hypothetical); a metonym with a pluperfect relative \
sponsorship in a year and a nested relative withdrawal in a month of the publication year (« Alger, qui avait \
parrainé en 2015 un accord de paix entre Bamako et les groupes armés du Nord, dont la junte s’est retirée en janvier \
»), then a call with an infinitive quote (« a appelé les belligérants à « faire preuve de retenue » »: the restraint \
proposed).
Places and metonyms. « Bamako » is always Mali (local:mali), the state that breaks, turns, announces, denounces, \
threatens and signs; « Paris » is France (local), « Kiev » Ukraine (Q212), « Alger » Algeria (local), all kind \
metonym. « Moscou » in « À Moscou » is the city where Peskov speaks (Q649, the speech act's place); « vers Moscou » \
is Russia (Q159, metonym). « Tinzaouaten » is a local place: the fighting is only near it (« près de »), so its place \
is Mali, which the apposition « dans le nord du Mali » gives (as « près du détroit d’Ormuz » gives no place in gold); \
the reinforcements sent « vers Tinzaouaten » take it as their destination, the place (as « se rendre à »). « Mali » \
(« dans le nord du Mali », « son arrivée au Mali ») is the country by name; « le nord du Mali » is not a mention of \
its own. « la frontière algérienne » is a local place, a mention, but « près de » gives the ambush no place. « Nord » \
in « les groupes armés du Nord » only gives its name (no mention).
Mentions. The killed are two local groups: « Des dizaines de soldats maliens » (with the determiner of quantity) and \
« mercenaires russes du groupe Wagner » (from the noun after the partitive « de »), with « Wagner » inside (the group \
itself, a different entity; « groupe » is a title before the name). Wagner is also « Wagner » (after « l’armée \
malienne et »), « Wagner » in « proches de Wagner », and « Le groupe ». The CSP is « Cadre stratégique permanent », « \
CSP », « coalition rebelle à dominante touareg » (apposition), « des rebelles touareg » (indefinite « des », kept: \
gold keeps a separate determiner), « Nous » in the quote, « les rebelles » and « ceux-ci ». The JNIM is « des \
jihadistes », its full name without « Le », « JNIM » and « lui ». The Malian armed forces are « l’armée malienne » \
(twice) and « Elle ». « une colonne entière » (the CSP's word) and « le convoi » (the army's) are one local object, \
the convoy; « une tempête de sable » is a local thing (the agent of a passive: participant). « plusieurs combattants \
étrangers », « renforts », « les informations nécessaires » are things or groups an event takes. « son porte-parole » \
(Ramadane), « un de ses commandants » (Shevchenko), « le porte-parole du Kremlin » (Peskov), « Le porte-parole du \
renseignement militaire ukrainien » (Yusov) are role nouns in apposition; « renseignement militaire ukrainien » \
inside Yusov's role noun is an organisation of its own (fused « du »: from the noun), as « Kremlin » in « \
porte-parole du Kremlin ». « il » in « s’est-il » is Peskov; « Nous » in his quote is the Kremlin (gold). « sources \
concordantes » (after « de », from the noun) is the lede's source, a local group; the impersonal « on » of « a-t-on \
appris » is no mention. Not mentions: « les belligérants » (a plural phrase for four parties), « des « terroristes » \
» (both armed groups at once), « un communiqué », « ce bilan », « la situation », « une « ingérence » », « ses \
relations », « un accord de paix », the possessives « ses » and « son », « de son côté » and « aux journalistes » \
(generic).
Statuses. The fighting, the killing, the sandstorm's surprise and the attack (told by the army), Shevchenko's death \
(reported by the channels, as a toll « fait état » in gold), Wagner's arrival, the break with Paris, the turn to \
Moscow, the 2020 coup, the receipt of information (assured by Yusov), the 2015 accord, its sponsorship and the \
junta's withdrawal occurred; the CSP's victory, destruction of a column and capture of fighters, JNIM's ambush \
(claims, as « revendiquée » in gold) and Ukraine's help (only hinted, « laissé entendre ») are suspected; the \
announcement and the dispatch of reinforcements are planned; the rupture with Ukraine is hypothetical (a threat); the \
restraint is proposed; the army's precision of the number, Wagner's confirmation and Peskov's comment are negated \
speech acts.
Times. « lundi » (twice) is the publication day, Monday 29 July 2024; « samedi » Saturday 27 July (weekday-past); « \
Dimanche soir » the evening of Sunday 28 July; « jeudi » (pluperfect) Thursday 25 July; « mardi » the Tuesday after, \
30 July (weekday-future); « fin 2021 », « de 2020 » and « en 2015 » years; « en janvier » January 2024 (the most \
recent January before publication). The fighting, the killing and the attack have no time of their own (the text \
gives the fighting no day; the storm alone is dated). Statements with no weekday (Ramadane's, « Elle affirme », \
JNIM's, the channels', Wagner's, Kiev's, Yusov's, Bamako's, the minister's, Algiers') have no time.
Linked: Russia, Ukraine, Moscow (the city), the Kremlin and Peskov. Mali, Wagner, Tinzaouaten, the killed soldiers \
and mercenaries, the concordant sources, the CSP, JNIM, Ramadane, the Malian army, the convoy, the captured fighters, \
the sandstorm, al-Qaeda, the Algerian border, the Telegram channels, Telegram, Shevchenko, France, the \
reinforcements, the security source, Ukrainian military intelligence, Yusov, the information, the Malian minister, \
Algeria, the northern armed groups and the junta are not in ids.tsv: local, unlinked."""

RUSSIA, UKRAINE, MOSCOW, KREMLIN, PESKOV = "Q159", "Q212", "Q649", "Q2060629", "Q4359688"
MALI, WAGNER, TINZA, KILLED_SOLDIERS, KILLED_MERCS = "local:mali", "local:wagner-group", "local:tinzaouaten", \
    "local:killed-malian-soldiers", "local:killed-wagner-mercenaries"
SOURCES, CSP, JNIM, RAMADANE, FAMA = "local:concordant-sources", "local:csp", "local:jnim", \
    "local:mohamed-elmaouloud-ramadane", "local:malian-armed-forces"
CONVOY, CAPTIVES, SANDSTORM, AL_QAEDA, BORDER = "local:malian-convoy", "local:captured-foreign-fighters", \
    "local:sandstorm", "local:al-qaeda", "local:algeria-mali-border"
CHANNELS, TELEGRAM, SHEVCHENKO, FRANCE, REINFORCEMENTS = "local:pro-wagner-telegram-channels", "local:telegram", \
    "local:sergei-shevchenko", "local:france", "local:malian-reinforcements"
SECURITY_SOURCE, GUR, YUSOV, INFO, MINISTER = "local:malian-security-source", "local:ukrainian-military-intelligence", \
    "local:andriy-yusov", "local:intelligence-information", "local:malian-minister"
ALGERIA, NORTHERN_GROUPS, JUNTA = "local:algeria", "local:northern-armed-groups", "local:malian-junta"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MALI, "Mali", "Mali", "country", {"unlinked_reason": NOT_VERIFIED}),
    (WAGNER, "groupe Wagner", "Wagner Group", "organization",
     {"description": "groupe paramilitaire russe déployé au Mali depuis fin 2021", "unlinked_reason": NOT_VERIFIED}),
    (TINZA, "Tinzaouaten", "Tinzaouaten", "place",
     {"description": "localité du nord du Mali, près de la frontière algérienne", "unlinked_reason": NOT_VERIFIED}),
    (KILLED_SOLDIERS, "soldats maliens tués", "killed Malian soldiers", "group",
     {"description": "des dizaines de soldats maliens tués près de Tinzaouaten",
      "unlinked_reason": "an unnamed group of soldiers, not one Wikidata item"}),
    (KILLED_MERCS, "mercenaires de Wagner tués", "killed Wagner mercenaries", "group",
     {"description": "des mercenaires russes du groupe Wagner tués près de Tinzaouaten",
      "unlinked_reason": "an unnamed group of mercenaries, not one Wikidata item"}),
    (SOURCES, "sources concordantes", "concordant sources", "group",
     {"description": "les sources, non nommées, du bilan de l’article",
      "unlinked_reason": "an unnamed group of sources, not one Wikidata item"}),
    (CSP, "Cadre stratégique permanent", "Permanent Strategic Framework", "organization",
     {"description": "CSP, coalition de groupes rebelles à dominante touareg du nord du Mali",
      "unlinked_reason": NOT_VERIFIED}),
    (JNIM, "Groupe de soutien à l’islam et aux musulmans", "Jama'at Nasr al-Islam wal-Muslimin", "organization",
     {"description": "JNIM, groupe jihadiste lié à Al-Qaïda", "unlinked_reason": NOT_VERIFIED}),
    (RAMADANE, "Mohamed Elmaouloud Ramadane", "Mohamed Elmaouloud Ramadane", "person",
     {"description": "porte-parole du CSP", "unlinked_reason": NOT_VERIFIED}),
    (FAMA, "Forces armées maliennes", "Malian Armed Forces", "organization",
     {"description": "l’armée malienne", "unlinked_reason": NOT_VERIFIED}),
    (CONVOY, "convoi malien", "Malian convoy", "object",
     {"description": "la colonne de l’armée malienne et de Wagner surprise par une tempête de sable puis attaquée",
      "unlinked_reason": "a single convoy with no Wikidata item"}),
    (CAPTIVES, "combattants étrangers capturés", "captured foreign fighters", "group",
     {"description": "les combattants étrangers que le CSP dit avoir capturés",
      "unlinked_reason": "an unnamed group of fighters, not one Wikidata item"}),
    (SANDSTORM, "tempête de sable", "sandstorm", "other",
     {"description": "la tempête de sable qui a surpris le convoi le jeudi 25 juillet 2024",
      "unlinked_reason": "a single weather event with no Wikidata item"}),
    (AL_QAEDA, "Al-Qaïda", "al-Qaeda", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BORDER, "frontière entre l’Algérie et le Mali", "Algeria–Mali border", "place",
     {"unlinked_reason": NOT_VERIFIED}),
    (CHANNELS, "chaînes Telegram proches de Wagner", "pro-Wagner Telegram channels", "group",
     {"description": "des chaînes Telegram que l’article ne nomme pas",
      "unlinked_reason": "an unnamed group of channels, not one Wikidata item"}),
    (TELEGRAM, "Telegram", "Telegram", "organization",
     {"description": "la messagerie sur laquelle les chaînes publient", "unlinked_reason": NOT_VERIFIED}),
    (SHEVCHENKO, "Sergueï Chevtchenko", "Sergei Shevchenko", "person",
     {"description": "un commandant du groupe Wagner dont la mort est rapportée", "unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (REINFORCEMENTS, "renforts maliens", "Malian reinforcements", "group",
     {"description": "les renforts que Bamako devrait envoyer vers Tinzaouaten",
      "unlinked_reason": "unnamed troops, not one Wikidata item"}),
    (SECURITY_SOURCE, "une source sécuritaire", "a security source", "person",
     {"description": "une source anonyme", "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (GUR, "renseignement militaire ukrainien", "Main Directorate of Intelligence of Ukraine", "organization",
     {"description": "le renseignement militaire du ministère ukrainien de la Défense (GUR)",
      "unlinked_reason": NOT_VERIFIED}),
    (YUSOV, "Andriï Ioussov", "Andriy Yusov", "person",
     {"description": "porte-parole du renseignement militaire ukrainien", "unlinked_reason": NOT_VERIFIED}),
    (INFO, "informations transmises aux rebelles", "information passed to the rebels", "object",
     {"description": "« les informations nécessaires » que les rebelles ont reçues, selon Andriï Ioussov",
      "unlinked_reason": "unspecified information, not one Wikidata item"}),
    (MINISTER, "un ministre malien", "a Malian minister", "person",
     {"description": "un ministre que l’article ne nomme pas",
      "unlinked_reason": "an unnamed minister with no Wikidata item"}),
    (ALGERIA, "Algérie", "Algeria", "country", {"unlinked_reason": NOT_VERIFIED}),
    (NORTHERN_GROUPS, "groupes armés du Nord", "northern armed groups", "group",
     {"description": "les groupes armés du nord du Mali signataires de l’accord de 2015",
      "unlinked_reason": "a loose group of armed movements, not one Wikidata item"}),
    (JUNTA, "junte malienne", "Malian junta", "organization",
     {"description": "les militaires au pouvoir à Bamako depuis le coup d’État de 2020",
      "unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    MOSCOW: "la ville où parle Dmitri Peskov",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Des dizaines de soldats maliens et de mercenaires russes du groupe Wagner ont été tués ... près de Tinzaouaten,
    ("Des dizaines de soldats maliens", None, KILLED_SOLDIERS, "nominal"),
    ("mercenaires russes du groupe Wagner", None, KILLED_MERCS, "nominal"),
    ("Wagner", "du groupe Wagner", WAGNER, "name"),
    ("Tinzaouaten", "près de Tinzaouaten", TINZA, "name"),
    # dans le nord du Mali, contre des rebelles touareg et des jihadistes, a-t-on appris lundi de sources concordantes.
    ("Mali", "le nord du Mali", MALI, "name"),
    ("des rebelles touareg", None, CSP, "nominal"),
    ("des jihadistes", None, JNIM, "nominal"),
    ("sources concordantes", None, SOURCES, "nominal"),
    # Le Cadre stratégique permanent (CSP), coalition rebelle à dominante touareg, a revendiqué samedi ...
    ("Cadre stratégique permanent", None, CSP, "name"),
    ("CSP", None, CSP, "name"),
    ("coalition rebelle à dominante touareg", None, CSP, "nominal"),
    ("l’armée malienne", "sur l’armée malienne", FAMA, "nominal"),
    ("Wagner", "l’armée malienne et Wagner", WAGNER, "name"),
    # « Nous avons détruit une colonne entière, a déclaré son porte-parole, Mohamed Elmaouloud Ramadane, et capturé ...
    ("Nous", "« Nous avons détruit", CSP, "pronoun"),
    ("une colonne entière", None, CONVOY, "nominal"),
    ("son porte-parole", None, RAMADANE, "nominal"),
    ("Mohamed Elmaouloud Ramadane", None, RAMADANE, "name"),
    ("plusieurs combattants étrangers", None, CAPTIVES, "nominal"),
    # Dimanche soir, l’armée malienne a reconnu dans un communiqué « des pertes importantes », ...
    ("l’armée malienne", "Dimanche soir, l’armée malienne", FAMA, "nominal"),
    # Elle affirme que le convoi avait été surpris jeudi par une tempête de sable, avant d’être attaqué ...
    ("Elle", "Elle affirme", FAMA, "pronoun"),
    ("le convoi", None, CONVOY, "nominal"),
    ("une tempête de sable", None, SANDSTORM, "nominal"),
    # Le Groupe de soutien à l’islam et aux musulmans (JNIM), lié à Al-Qaïda, a lui aussi revendiqué une embuscade ...
    ("Groupe de soutien à l’islam et aux musulmans", None, JNIM, "name"),
    ("JNIM", None, JNIM, "name"),
    ("Al-Qaïda", None, AL_QAEDA, "name"),
    ("lui", "a lui aussi", JNIM, "pronoun"),
    ("la frontière algérienne", None, BORDER, "nominal"),
    # Des chaînes Telegram proches de Wagner ont fait état de la mort d’un de ses commandants, Sergueï Chevtchenko.
    ("Des chaînes Telegram proches de Wagner", None, CHANNELS, "nominal"),
    ("Telegram", None, TELEGRAM, "name"),
    ("Wagner", "proches de Wagner", WAGNER, "name"),
    ("un de ses commandants", None, SHEVCHENKO, "nominal"),
    ("Sergueï Chevtchenko", None, SHEVCHENKO, "name"),
    # Le groupe n’a pas confirmé ce bilan, qui serait le plus lourd depuis son arrivée au Mali fin 2021.
    ("Le groupe", None, WAGNER, "nominal"),
    ("Mali", "arrivée au Mali", MALI, "name"),
    # À Moscou, le porte-parole du Kremlin, Dmitri Peskov, s’est refusé lundi à tout commentaire.
    ("Moscou", "À Moscou", MOSCOW, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # « Nous suivons la situation », s’est-il contenté de dire aux journalistes.
    ("Nous", "« Nous suivons", KREMLIN, "pronoun"),
    ("il", "s’est-il contenté", PESKOV, "pronoun"),
    # Bamako, qui a rompu avec Paris et s’est tourné vers Moscou après le coup d’État de 2020, devrait annoncer ...
    ("Bamako", "Bamako, qui a rompu", MALI, "metonym"),
    ("Paris", None, FRANCE, "metonym"),
    ("Moscou", "vers Moscou", RUSSIA, "metonym"),
    ("renforts", None, REINFORCEMENTS, "nominal"),
    ("Tinzaouaten", "renforts vers Tinzaouaten", TINZA, "name"),
    ("une source sécuritaire", None, SECURITY_SOURCE, "nominal"),
    # Kiev a, de son côté, laissé entendre avoir aidé les rebelles.
    ("Kiev", None, UKRAINE, "metonym"),
    ("les rebelles", "aidé les rebelles", CSP, "nominal"),
    # Le porte-parole du renseignement militaire ukrainien, Andriï Ioussov, a assuré que ceux-ci avaient reçu « ... ».
    ("Le porte-parole du renseignement militaire ukrainien", None, YUSOV, "nominal"),
    ("renseignement militaire ukrainien", None, GUR, "nominal"),
    ("Andriï Ioussov", None, YUSOV, "name"),
    ("ceux-ci", None, CSP, "pronoun"),
    ("les informations nécessaires", None, INFO, "nominal"),
    # Bamako a dénoncé une « ingérence » et menace de rompre ses relations avec l’Ukraine, a prévenu un ministre malien.
    ("Bamako", "Bamako a dénoncé", MALI, "metonym"),
    ("Ukraine", None, UKRAINE, "name"),
    ("un ministre malien", None, MINISTER, "nominal"),
    # Alger, qui avait parrainé en 2015 un accord de paix entre Bamako et les groupes armés du Nord, dont la junte ...
    ("Alger", None, ALGERIA, "metonym"),
    ("Bamako", "entre Bamako et", MALI, "metonym"),
    ("les groupes armés du Nord", None, NORTHERN_GROUPS, "nominal"),
    ("la junte", None, JUNTA, "nominal"),
]

PUB_DAY = "The publication day, Monday 29 July 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "appris lundi"), "2024-07-29", "day", "weekday-publication-day",
     "« a-t-on appris lundi de sources concordantes »: " + PUB_DAY),
    ("t-saturday", ("samedi", None), "2024-07-27", "day", "weekday-past",
     "« a revendiqué samedi »: the Saturday before the publication day, 27 July 2024."),
    ("t-sunday-evening", ("Dimanche soir", None), "2024-07-28", "day", "part-of-day",
     "« Dimanche soir, l’armée malienne a reconnu »: the evening of the Sunday before the publication day, 28 July "
     "2024."),
    ("t-thursday", ("jeudi", None), "2024-07-25", "day", "weekday-past",
     "Pluperfect « avait été surpris jeudi »: the Thursday before the publication day, 25 July 2024."),
    ("t-2021", ("fin 2021", None), "2021", "year", "explicit-year",
     "« depuis son arrivée au Mali fin 2021 »: the end of a year written out; it stays the year (as « fin janvier » "
     "keeps its month in gold)."),
    ("t-monday-peskov", ("lundi", "refusé lundi"), "2024-07-29", "day", "weekday-publication-day",
     "« s’est refusé lundi à tout commentaire »: " + PUB_DAY),
    ("t-2020", ("2020", None), "2020", "year", "explicit-year",
     "« le coup d’État de 2020 »: a year written out after « de »; it stays a year."),
    ("t-tuesday", ("mardi", None), "2024-07-30", "day", "weekday-future",
     "« devrait annoncer mardi »: the Tuesday after the publication day, 30 July 2024."),
    ("t-2015", ("en 2015", None), "2015", "year", "explicit-year",
     "Pluperfect « qui avait parrainé en 2015 »: a year written out; it stays a year."),
    ("t-january", ("en janvier", None), "2024-01", "month", "month-past",
     "« dont la junte s’est retirée en janvier »: a past month with no year, the most recent January before "
     "publication, January 2024."),
]

LEDE = ("Des dizaines", "sources concordantes.")
RAMADANE_EVIDENCE = ("« Nous avons détruit", "combattants étrangers. »")
MINISTER_EVIDENCE = ("Bamako a dénoncé", "un ministre malien.")
ALGIERS_EVIDENCE = ("Alger, qui", "retenue ».")
FIGHTING_SIDES = [("participant", FAMA), ("participant", WAGNER), ("participant", CSP), ("participant", JNIM)]

EVENTS: list[dict[str, Any]] = [
    event("e-fighting", "Event", "Fighting near Tinzaouaten between the Malian army and Wagner and the rebels and "
          "jihadists", ("combats", None), FIGHTING_SIDES, place=MALI, according_to=[SOURCES],
          evidence=LEDE,
          note="« lors de combats près de Tinzaouaten ... contre des rebelles touareg et des jihadistes »: a nominal "
               "event; the army and Wagner are the sides of the killed soldiers and mercenaries, the CSP and the JNIM "
               "the two indefinite descriptions. « près de » places it near the town, not in it (as « près du détroit "
               "d’Ormuz » in gold); « dans le nord du Mali » puts it in Mali, its place. No time word belongs to it "
               "(the storm alone is dated)."),
    event("e-killed", "Event", "Dozens of Malian soldiers and Wagner mercenaries killed near Tinzaouaten",
          ("tués", None), [("agent", CSP), ("agent", JNIM), ("recipient", KILLED_SOLDIERS),
                           ("recipient", KILLED_MERCS)],
          place=MALI, according_to=[SOURCES], part_of="e-fighting", evidence=LEDE,
          note="« Des dizaines de soldats maliens et de mercenaires russes du groupe Wagner ont été tués »: a passive "
               "with no agent written; the rebels and jihadists they fought are the implied agents (as the strikers "
               "for « cinq combattants tués » in gold). Restated by « des pertes importantes » (the army) and « ce "
               "bilan » (Wagner's non-confirmation): no new event. Its place is the fighting's, Mali."),
    event("e-victory", "Event", "The CSP claims a victory over the Malian army and Wagner", ("victoire", None),
          [("agent", CSP), ("recipient", FAMA), ("recipient", WAGNER)], status="suspected", according_to=[CSP],
          time="t-saturday", part_of="e-fighting",
          note="« a revendiqué samedi « une victoire éclatante » sur l’armée malienne et Wagner »: a claim, so "
               "suspected, according to the claimant (as « la réélection revendiquée » in gold). The Saturday dates "
               "the claim; the victory takes it too, as the claim's only day (it is over by then)."),
    event("e-column-destroyed", "Event", "The CSP says it destroyed an entire column", ("détruit", None),
          [("agent", CSP), ("recipient", CONVOY)], status="suspected", according_to=[CSP, RAMADANE],
          part_of="e-fighting", evidence=RAMADANE_EVIDENCE,
          note="« Nous avons détruit une colonne entière »: « Nous » is the coalition, speaking through its "
               "spokesman; a contested claim, suspected. « une colonne » is the convoy the army speaks of."),
    event("e-capture", "Event", "The CSP says it captured several foreign fighters", ("capturé", None),
          [("agent", CSP), ("recipient", CAPTIVES)], status="suspected", according_to=[CSP, RAMADANE],
          part_of="e-fighting", evidence=RAMADANE_EVIDENCE,
          note="« et capturé plusieurs combattants étrangers »: the second half of the split quote, the same subject "
               "« Nous »; a claim, suspected."),
    event("e-sandstorm", "Event", "The convoy caught by a sandstorm on Thursday", ("surpris", None),
          [("participant", SANDSTORM), ("recipient", CONVOY)], time="t-thursday", according_to=[FAMA],
          note="« Elle affirme que le convoi avait été surpris jeudi par une tempête de sable »: a pluperfect passive "
               "(the trigger is the participle, as « tués ») whose agent is a thing (a participant, as things in "
               "gold); told by the army (« Elle »)."),
    event("e-attack", "Event", "The convoy attacked by « terrorists »", ("attaqué", None),
          [("agent", CSP), ("agent", JNIM), ("recipient", CONVOY)], according_to=[FAMA], part_of="e-fighting",
          note="« avant d’être attaqué par des « terroristes » »: a passive infinitive; « des « terroristes » » is the "
               "army's word for both armed groups at once (a plural phrase, no mention), so both are agents. After "
               "the Thursday storm, but no day of its own: no time."),
    event("e-ambush", "Event", "JNIM claims an ambush near the Algerian border", ("embuscade", None),
          [("agent", JNIM), ("recipient", CONVOY)], status="suspected", according_to=[JNIM], part_of="e-fighting",
          note="« a lui aussi revendiqué une embuscade près de la frontière algérienne »: a claim, suspected; the "
               "target is not written, the convoy of the paragraph is implied. « près de » gives no place."),
    event("e-shevchenko-death", "Event", "Death of Wagner commander Sergei Shevchenko", ("mort", None),
          [("participant", SHEVCHENKO)], according_to=[CHANNELS], part_of="e-killed",
          note="« ont fait état de la mort d’un de ses commandants, Sergueï Chevtchenko »: a nominal death reported by "
               "the channels (occurred with its source, as a toll « fait état » in gold); no killer written."),
    event("e-wagner-arrival", "Event", "Wagner's arrival in Mali at the end of 2021", ("arrivée", None),
          [("agent", WAGNER)], place=MALI, time="t-2021",
          note="« depuis son arrivée au Mali fin 2021 »: a nominal event with a possessive, in a conditional relative "
               "(« qui serait le plus lourd ») that is the article's own hedge on the toll, not on the arrival: the "
               "arrival occurred."),
    event("e-break-france", "Event", "Mali broke with France", ("a rompu", None),
          [("agent", MALI), ("participant", FRANCE)],
          note="« Bamako, qui a rompu avec Paris »: a relative clause in the article's voice; both metonyms. « après "
               "le coup d’État de 2020 » orders it after the coup but gives it no time."),
    event("e-turn-russia", "Event", "Mali turned to Russia", ("s’est tourné", None),
          [("agent", MALI), ("participant", RUSSIA)],
          note="« et s’est tourné vers Moscou »: the second relative verb; « Moscou » is Russia (metonym)."),
    event("e-coup-2020", "Event", "The 2020 coup in Mali", ("coup d’État", None), [("agent", JUNTA)], place=MALI,
          time="t-2020",
          note="« après le coup d’État de 2020 »: a nominal event; its authors are not written in the phrase, they "
               "are the junta the last paragraph names (the implied agent). The place is Mali, from the paragraph."),
    event("e-reinforcements", "Delivery", "Mali to send reinforcements towards Tinzaouaten", ("envoi", None),
          [("agent", MALI), ("theme", REINFORCEMENTS)], status="planned", place=TINZA,
          according_to=[SECURITY_SOURCE],
          note="« devrait annoncer mardi l’envoi de renforts vers Tinzaouaten »: what is to be announced, planned; the "
               "destination is the place. The Tuesday dates the announcement, not the dispatch: no time."),
    event("e-ukraine-help", "Event", "Ukraine helped the rebels (hinted)", ("aidé", None),
          [("agent", UKRAINE), ("recipient", CSP)], status="suspected", according_to=[UKRAINE],
          note="« Kiev a, de son côté, laissé entendre avoir aidé les rebelles »: hinted, not stated: suspected, "
               "according to Ukraine itself. « une « ingérence » » (Bamako) restates it from Mali's side."),
    event("e-information", "Delivery", "The rebels received « the necessary information »", ("avaient reçu", None),
          [("agent", UKRAINE), ("recipient", CSP), ("theme", INFO)], according_to=[YUSOV],
          note="« a assuré que ceux-ci avaient reçu « les informations nécessaires » »: a pluperfect assured by Yusov "
               "(occurred with its source); the giver is not written, Ukraine is implied by the sentence before."),
    event("e-rupture-ukraine", "Event", "Mali may break off relations with Ukraine", ("rompre", None),
          [("agent", MALI), ("participant", UKRAINE)], status="hypothetical", according_to=[MALI, MINISTER],
          evidence=MINISTER_EVIDENCE,
          note="« menace de rompre ses relations avec l’Ukraine »: a threat, a conditional action: hypothetical (as « "
               "menacé de suspendre son aide » in gold)."),
    event("e-sponsorship", "Event", "Algeria sponsored the 2015 peace accord", ("avait parrainé", None),
          [("agent", ALGERIA)], time="t-2015", evidence=ALGIERS_EVIDENCE,
          note="« Alger, qui avait parrainé en 2015 un accord de paix »: a pluperfect relative; « un accord de paix » "
               "is no entity (as in gold), so the sponsorship has only its agent."),
    event("e-peace-accord", "Agreement", "The 2015 peace accord between Mali and the northern armed groups",
          ("accord de paix", None), [("agent", ALGERIA), ("participant", MALI), ("participant", NORTHERN_GROUPS)],
          time="t-2015", evidence=ALGIERS_EVIDENCE,
          note="« un accord de paix entre Bamako et les groupes armés du Nord »: the parties are participants, the "
               "sponsor the agent; its year is the sponsorship's."),
    event("e-junta-withdrawal", "Event", "The junta withdrew from the accord in January", ("s’est retirée", None),
          [("agent", JUNTA)], time="t-january", evidence=ALGIERS_EVIDENCE,
          note="« dont la junte s’est retirée en janvier »: a relative nested in the accord's phrase; « la junte » is "
               "the Malian military government, distinct from the state « Bamako »."),
    event("e-restraint", "Event", "The belligerents to show restraint", ("retenue", None), FIGHTING_SIDES,
          status="proposed", according_to=[ALGERIA], evidence=ALGIERS_EVIDENCE,
          note="« a appelé les belligérants à « faire preuve de retenue » »: called for, proposed; « les belligérants "
               "» is a plural phrase (no mention), the four sides of the fighting."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-sources", "Report", "Concordant sources report the deaths near Tinzaouaten", SOURCES,
           ("appris", None), [], time="t-monday", evidence=LEDE, about=["e-killed", "e-fighting"],
           note="« a-t-on appris lundi de sources concordantes »: an inverted impersonal « on » (no mention); the "
                "sources are the speaker, a local group."),
    speech("s-csp-claim", "Statement", "The CSP claims « a resounding victory » on Saturday", CSP,
           ("a revendiqué", None), [("une victoire éclatante", None)], time="t-saturday", about=["e-victory"],
           note="« a revendiqué samedi « une victoire éclatante » sur l’armée malienne et Wagner »: a claim is a "
                "speech act (gold); the quote is the noun phrase, its complement is outside the guillemets."),
    speech("s-ramadane", "Statement", "Ramadane: the CSP destroyed a column and captured foreign fighters", RAMADANE,
           ("a déclaré", None),
           [("Nous avons détruit une colonne entière", None), ("et capturé plusieurs combattants étrangers.", None)],
           evidence=RAMADANE_EVIDENCE, about=["e-column-destroyed", "e-capture"],
           note="One sentence quoted in two parts around « a déclaré son porte-parole, Mohamed Elmaouloud Ramadane, »: "
                "one speech act, two quotes (the second keeps its full stop). « Nous » is the CSP. No weekday of its "
                "own: no time."),
    speech("s-army-losses", "Statement", "The Malian army admits « heavy losses » on Sunday evening", FAMA,
           ("a reconnu", None), [("des pertes importantes", None)], time="t-sunday-evening", about=["e-killed"],
           note="« Dimanche soir, l’armée malienne a reconnu dans un communiqué « des pertes importantes » »: the "
                "communiqué is the medium, no entity."),
    speech("s-army-no-number", "SpeechAct", "The army does not give the number of its losses", FAMA,
           ("préciser", None), [], status="negated", time="t-sunday-evening", about=["e-killed"],
           note="« sans en préciser le nombre »: a negated speech act (as « sans préciser » in gold), the same "
                "communiqué, so the same Sunday evening."),
    speech("s-army-account", "Statement", "The army says the convoy was caught by a sandstorm, then attacked by "
           "« terrorists »", FAMA, ("affirme", None), [("terroristes", None)],
           about=["e-sandstorm", "e-attack"],
           note="« Elle affirme que ... par des « terroristes » »: a present reporting verb with a one-word quote; "
                "« Elle » is the army. The same communiqué in all likelihood, but the sentence gives no time."),
    speech("s-jnim-claim", "Statement", "JNIM claims an ambush", JNIM, ("revendiqué", "a lui aussi revendiqué"), [],
           about=["e-ambush"], note="« a lui aussi revendiqué une embuscade »: a claim, no quote, no time."),
    speech("s-channels", "Report", "Pro-Wagner Telegram channels report the death of a commander", CHANNELS,
           ("ont fait état", None), [], about=["e-shevchenko-death"],
           note="« Des chaînes Telegram proches de Wagner ont fait état de la mort »: Telegram is the platform (a "
                "mention inside the group's phrase)."),
    speech("s-wagner-no-confirmation", "SpeechAct", "Wagner has not confirmed the toll", WAGNER,
           ("confirmé", "n’a pas confirmé"), [], status="negated", about=["e-killed", "e-shevchenko-death"],
           note="« Le groupe n’a pas confirmé ce bilan »: a negated confirmation (gold); « ce bilan » is the toll of "
                "the killing and the commander's death."),
    speech("s-peskov-no-comment", "SpeechAct", "Dmitry Peskov declines to comment on Monday", PESKOV,
           ("s’est refusé", None), [], status="negated", time="t-monday-peskov", place=MOSCOW,
           about=["e-fighting", "e-killed"],
           note="« À Moscou, le porte-parole du Kremlin, Dmitri Peskov, s’est refusé lundi à tout commentaire »: a "
                "negated speech act (as in gold); « À Moscou » is the city where he speaks, its place."),
    speech("s-peskov-following", "Statement", "Peskov: « we are following the situation »", PESKOV, ("dire", None),
           [("Nous suivons la situation", None)], time="t-monday-peskov", place=MOSCOW, about=["e-fighting"],
           note="A quote first with « s’est-il contenté de dire aux journalistes »: said, so not negated (as « "
                "s’est-il contenté de répondre » in gold); « Nous » is the Kremlin; the same Monday in Moscow."),
    speech("s-mali-announcement", "Statement", "Mali should announce on Tuesday reinforcements for Tinzaouaten", MALI,
           ("annoncer", None), [], status="planned", time="t-tuesday", according_to=[SECURITY_SOURCE],
           about=["e-reinforcements"],
           note="« Bamako ... devrait annoncer mardi l’envoi de renforts »: a speech act still to come, planned, on a "
                "future weekday, told by the source after the clause."),
    speech("s-security-source", "Report", "A security source on the planned reinforcements", SECURITY_SOURCE,
           ("selon", None), [], about=["s-mali-announcement", "e-reinforcements"],
           note="« selon une source sécuritaire »: an anonymous source after the clause."),
    speech("s-kyiv-hint", "SpeechAct", "Kyiv hints it helped the rebels", UKRAINE, ("laissé entendre", None), [],
           about=["e-ukraine-help"],
           note="« Kiev a, de son côté, laissé entendre avoir aidé les rebelles »: a hint by the state, no quote; « "
                "de son côté » is no mention (a fixed phrase with a possessive)."),
    speech("s-yusov", "Assurance", "Andriy Yusov assures the rebels received « the necessary information »", YUSOV,
           ("a assuré", None), [("les informations nécessaires", None)], about=["e-information"],
           note="A role noun with an institution inside and the name in apposition; « ceux-ci » is the rebels."),
    speech("s-mali-denounces", "Statement", "Mali denounces an « interference »", MALI, ("a dénoncé", None),
           [("ingérence", None)], according_to=[MINISTER], evidence=MINISTER_EVIDENCE,
           about=["e-ukraine-help", "e-information"],
           note="« Bamako a dénoncé une « ingérence » »: the state speaks, the minister after the clause is its source "
                "(as « Paris « condamne ... », a déclaré la ministre » in gold); the interference is Ukraine's help."),
    speech("s-mali-threat", "Warning", "Mali threatens to break off relations with Ukraine", MALI, ("menace", None),
           [], according_to=[MINISTER], evidence=MINISTER_EVIDENCE, about=["e-rupture-ukraine"],
           note="« et menace de rompre ses relations avec l’Ukraine »: a second verb joined by « et », a second speech "
                "act (gold), a threat (Warning) in the present."),
    speech("s-minister", "Report", "A Malian minister warns of Mali's denunciation and threat", MINISTER,
           ("a prévenu", None), [], evidence=MINISTER_EVIDENCE, about=["s-mali-denounces", "s-mali-threat"],
           note="« a prévenu un ministre malien »: an unnamed minister after the clause, the source of both."),
    speech("s-algeria-call", "Statement", "Algeria calls on the belligerents to « show restraint »", ALGERIA,
           ("a appelé", None), [("faire preuve de retenue", None)], evidence=ALGIERS_EVIDENCE,
           about=["e-restraint"],
           note="« a appelé les belligérants à « faire preuve de retenue » »: the metonym « Alger » is Algeria; an "
                "infinitive quote; no weekday: no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
