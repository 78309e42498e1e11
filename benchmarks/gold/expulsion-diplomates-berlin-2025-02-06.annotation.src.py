"""Held-out annotation of expulsion-diplomates-berlin-2025-02-06.txt (written for the fourteenth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/expulsion-diplomates-berlin-2025-02-06.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/expulsion-diplomates-berlin-2025-02-06.annotation.src.py \
--check

From held-out set 14 (moved to gold in session 13; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "expulsion-diplomates-berlin-2025-02-06.txt"

NOTE = """\
Held-out-14 article: Germany expels two Russian diplomats suspected of espionage after the arrest of a \
German-Russian accused of scouting military sites for Moscow; the Russian ambassador is summoned, Moscow \
denounces a « russophobic » decision and promises a response, the federal prosecutor's office gives details, an \
earlier expulsion and an arson plot are recalled and NATO allies react; published Thursday 6 February 2025 (the \
file gives the day). What it exercises: an expulsion ordered by a state on the publication day with a suspicion \
in a participle (« soupçonnés d’espionnage »: suspected, according to the foreign ministry that announces it), \
sourced after the clause, then a nominal arrest « la semaine dernière » placed after the source (« après \
l’arrestation la semaine dernière d’un Germano-Russe accusé d’avoir repéré des sites militaires pour le compte de \
Moscou »: the week of 27 January to 2 February 2025 spans two months, so the year; the scouting suspected, \
according to the federal prosecutor's office, with Moscow, Russia, the one it is done for); a deadline with a \
weekday (« ont jusqu’à lundi pour quitter le pays »: a planned departure, the month); a passive summons with no \
« par » agent whose summoner is the relative clause after its place (« a été convoqué dans la matinée au \
ministère, qui lui a signifié que Berlin « ne tolérera aucune activité d’espionnage sur son sol » »: a Warning of \
the ministry to the ambassador with a negated future toleration); a quote first with a role noun and a name in \
apposition and generic words inside it (« Quiconque espionne ... doit en assumer les conséquences »: no event); « \
Selon le parquet fédéral » with an explicit day and a city for the arrest restated (« a été interpellé le 29 \
janvier à Leipzig »: one event with the lede's « l’arrestation ») and an age (« 41 ans »: not a time); a \
conditional with a season start (« Il aurait photographié depuis l’été dernier »: 2024) and a present passive \
relative with no agent (« où sont formés des soldats ukrainiens »), then a conditional handover in an infinitive \
(« avant de remettre ces clichés à l’un des deux diplomates »: a hypothetical Delivery) with two appositions, one \
holding a name (« un officier du GRU, le renseignement militaire russe »); a quote first with a past weekday and a \
role noun with a name in apposition, and « sans exclure de nouvelles interpellations » (a stance, not a negated \
speech act: the arrests hypothetical); a metonym's denunciation with a one-word quote and « aussitôt » (no time); \
a warning with a double negation (« ne restera pas sans réponse »: the response planned) « citée par l’agence TASS \
»; an emphatic « lui » after the Kremlin, a one-word quote and « sans préciser » (negated) with « des représailles \
envisagées » restating the response; a pluperfect expulsion by a metonym « en avril 2022 » and « peu après le début \
de l’invasion de l’Ukraine » (no time, no event for « le début »); « En avril dernier » (April 2024) with a \
pluperfect passive arrest in a region, a suspected preparation and suspected arsons with no suspecter written \
(Germany, which arrested them); « À Varsovie » (the city) a welcome with a one-word quote and a call without one \
joined by « et » (two speech acts; the coordination proposed); a planned NATO ministers' meeting in a relative \
clause « la semaine prochaine » (10 to 16 February 2025: the month) « à Bruxelles » and a conditional discussion (« \
pourraient évoquer », hypothetical) sourced to « un diplomate de l’Alliance ».
CHOICES. « Berlin » is the city in « l’ambassade de Russie à Berlin » (where the embassy is) and Germany in « que \
Berlin « ne tolérera ... » » and « Berlin avait déjà expulsé »; « Moscou » is Russia twice; « le pays » is Germany \
(the country the diplomats leave); « Kremlin » is the institution (Q2060629) inside Baerbock's quote and as the \
subject of « a, lui, jugé ». The two expelled diplomats are never named or told apart except as « l’un des deux \
diplomates »: they are one local group (« deux diplomates russes », « Les deux diplomates » and « deux diplomates » \
inside « l’un des deux diplomates » are mentions of it, as « 26 drones » inside « 19 des 26 drones » in \
benchmarks/gold), and the one who received the photographs is a person of his own, because an event takes him. « \
un Germano-Russe », « le suspect », « Viktor K. » and « Il » are the arrested man; « deux autres Germano-Russes » \
are a second local group. « GRU » inside « un officier du GRU » is a mention (a name of its own, as « ministère de \
l’Industrie » inside an official's description in gold) and « le renseignement militaire russe » after a comma is \
a nominal mention of the GRU, not of the officer. « parquet » inside « un porte-parole du parquet » and « la \
diplomatie allemande / russe / polonaise » inside the three titles are not mentions (titles without a name). « \
Otan » inside « Les ministres de la Défense de l’Otan » and « Alliance » inside « un diplomate de l’Alliance » are \
NATO. Not mentions: « une décision « russophobe » », « une décision « nécessaire » », « Cette provocation », « ces \
affaires » and « les accusations » (restated events), « Quiconque » (generic), « aucune activité d’espionnage », « \
d’armes », « de nouvelles interpellations » (no one entity), possessives (« son sol », « leurs expulsions »). The \
federal prosecutor's office is the source of the arrest sentence only: the conditional « Il aurait photographié \
... avant de remettre » that follows has no source of its own (hypothetical, no according_to). The summons has the \
foreign ministry as agent (the ministry where it takes place and which, in the relative clause, speaks to the \
ambassador) and Berlin, the ministry's city, as its implied place. Germany, Berlin, the German foreign ministry, the \
two diplomats, the suspect, the military sites, the Russian embassy, Nechayev, Baerbock, the federal prosecutor's \
office, Leipzig, the air base, the Ukrainian trainees, the photographs, the GRU officer, the GRU, the network, \
Brandt, Zakharova, the diplomats expelled in 2022, the two other German-Russians, Bavaria, the US military \
installations, Warsaw, Sikorski, the Europeans, the NATO defence ministers, NATO, Brussels and the NATO diplomat are \
not in ids.tsv: local, unlinked."""

RUSSIA, UKRAINE, KREMLIN, TASS, INVASION = "Q159", "Q212", "Q2060629", "Q223799", "Q110999040"
GERMANY, BERLIN, DE_MFA, DIPLOMATS = "local:germany", "local:berlin", "local:german-foreign-ministry", \
    "local:expelled-russian-diplomats"
SUSPECT, MIL_SITES, RU_EMBASSY, NECHAYEV = "local:viktor-k", "local:german-military-sites", \
    "local:russian-embassy-berlin", "local:sergei-nechayev"
BAERBOCK, PROSECUTORS, LEIPZIG, AIR_BASE = "local:annalena-baerbock", "local:german-federal-prosecutor", \
    "local:leipzig", "local:german-air-base"
UA_TRAINEES, PHOTOS, GRU_OFFICER, GRU = "local:ukrainian-soldiers-in-training", "local:air-base-photographs", \
    "local:gru-officer-diplomat", "local:gru"
NETWORK, BRANDT, ZAKHAROVA, DIPLOMATS_2022 = "local:spy-network", "local:holger-brandt", "local:maria-zakharova", \
    "local:russian-diplomats-expelled-2022"
BAV_SUSPECTS, BAVARIA, US_SITES, WARSAW = "local:german-russians-arrested-bavaria", "local:bavaria", \
    "local:us-military-installations-germany", "local:warsaw"
SIKORSKI, EUROPEANS, NATO_MINISTERS, NATO = "local:radoslaw-sikorski", "local:europeans", \
    "local:nato-defence-ministers", "local:nato"
BRUSSELS, NATO_DIPLOMAT = "local:brussels", "local:nato-diplomat"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (GERMANY, "Allemagne", "Germany", "country", {"unlinked_reason": NOT_VERIFIED}),
    (BERLIN, "Berlin", "Berlin", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DE_MFA, "ministère allemand des Affaires étrangères", "Federal Foreign Office (Germany)", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS, "deux diplomates russes expulsés d’Allemagne", "two Russian diplomats expelled from Germany", "group",
     {"description": "en poste à l’ambassade de Russie à Berlin",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (SUSPECT, "Viktor K.", "Viktor K.", "person",
     {"description": "Germano-Russe de 41 ans arrêté à Leipzig (nom inventé pour l’article)",
      "unlinked_reason": "a private person named only by a first name and an initial"}),
    (MIL_SITES, "sites militaires allemands", "German military sites", "place",
     {"unlinked_reason": "unnamed sites, not one Wikidata item"}),
    (RU_EMBASSY, "ambassade de Russie à Berlin", "Embassy of Russia in Berlin", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (NECHAYEV, "Sergueï Netchaïev", "Sergey Nechayev", "person",
     {"description": "ambassadeur de Russie en Allemagne", "unlinked_reason": NOT_VERIFIED}),
    (BAERBOCK, "Annalena Baerbock", "Annalena Baerbock", "person",
     {"description": "ministre allemande des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (PROSECUTORS, "parquet fédéral allemand", "Federal Prosecutor General of Germany", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (LEIPZIG, "Leipzig", "Leipzig", "place", {"unlinked_reason": NOT_VERIFIED}),
    (AIR_BASE, "base aérienne allemande", "German air base", "place",
     {"description": "base aérienne où sont formés des soldats ukrainiens", "unlinked_reason": "not named in the "
      "article"}),
    (UA_TRAINEES, "soldats ukrainiens en formation", "Ukrainian soldiers in training", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (PHOTOS, "clichés de la base aérienne", "photographs of the air base", "object",
     {"unlinked_reason": "unspecified photographs, not one Wikidata item"}),
    (GRU_OFFICER, "officier du GRU en poste à Berlin", "GRU officer posted in Berlin", "person",
     {"description": "l’un des deux diplomates russes expulsés", "class_qid": "Q193391",
      "unlinked_reason": "not named in the article"}),
    (GRU, "GRU", "GRU (Russian military intelligence)", "organization",
     {"description": "le renseignement militaire russe", "unlinked_reason": NOT_VERIFIED}),
    (NETWORK, "réseau d’espionnage russe", "Russian spy network", "group",
     {"description": "le réseau que décrit le parquet fédéral",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (BRANDT, "Holger Brandt", "Holger Brandt", "person",
     {"description": "porte-parole du parquet fédéral (nom inventé pour l’article)",
      "unlinked_reason": NOT_VERIFIED}),
    (ZAKHAROVA, "Maria Zakharova", "Maria Zakharova", "person",
     {"description": "porte-parole du ministère russe des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS_2022, "diplomates russes expulsés d’Allemagne en avril 2022",
     "Russian diplomats expelled from Germany in April 2022", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (BAV_SUSPECTS, "deux Germano-Russes arrêtés en Bavière", "two German-Russians arrested in Bavaria", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (BAVARIA, "Bavière", "Bavaria", "place", {"unlinked_reason": NOT_VERIFIED}),
    (US_SITES, "installations militaires américaines en Allemagne", "US military installations in Germany",
     "place", {"unlinked_reason": "unnamed installations, not one Wikidata item"}),
    (WARSAW, "Varsovie", "Warsaw", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SIKORSKI, "Radosław Sikorski", "Radosław Sikorski", "person",
     {"description": "ministre polonais des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (EUROPEANS, "les Européens", "the Europeans", "group",
     {"description": "les partenaires européens de l’Allemagne et de la Pologne",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (NATO_MINISTERS, "ministres de la Défense de l’Otan", "NATO defence ministers", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (NATO, "Otan", "NATO", "organization", {"class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (NATO_DIPLOMAT, "un diplomate de l’Otan", "a NATO diplomat", "person",
     {"unlinked_reason": "anonymous in the article"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’Allemagne a ordonné jeudi l’expulsion de deux diplomates russes ..., a annoncé le ministère allemand ...
    ("Allemagne", 1, GERMANY, "name"),
    ("deux diplomates russes", None, DIPLOMATS, "nominal"),
    ("le ministère allemand des Affaires étrangères", None, DE_MFA, "nominal"),
    ("un Germano-Russe", None, SUSPECT, "nominal"),
    ("des sites militaires", None, MIL_SITES, "nominal"),
    ("Moscou", "pour le compte de Moscou", RUSSIA, "metonym"),
    # Les deux diplomates, en poste à l’ambassade de Russie à Berlin, ont jusqu’à lundi pour quitter le pays.
    ("Les deux diplomates", None, DIPLOMATS, "nominal"),
    ("l’ambassade de Russie", None, RU_EMBASSY, "nominal"),
    ("Russie", "ambassade de Russie", RUSSIA, "name"),
    ("Berlin", "Russie à Berlin", BERLIN, "name"),
    ("le pays", None, GERMANY, "nominal"),
    # L’ambassadeur russe, Sergueï Netchaïev, a été convoqué ... au ministère, qui lui a signifié que Berlin « ... »
    ("L’ambassadeur russe", None, NECHAYEV, "nominal"),
    ("Sergueï Netchaïev", None, NECHAYEV, "name"),
    ("ministère", "au ministère, qui", DE_MFA, "nominal"),
    ("lui", "qui lui a signifié", NECHAYEV, "pronoun"),
    ("Berlin", "que Berlin « ne", GERMANY, "metonym"),
    # « Quiconque espionne en Allemagne pour le compte du Kremlin ... », a déclaré la cheffe ..., Annalena Baerbock.
    ("Allemagne", "espionne en Allemagne", GERMANY, "name"),
    ("Kremlin", "compte du Kremlin", KREMLIN, "metonym"),
    ("la cheffe de la diplomatie allemande", None, BAERBOCK, "nominal"),
    ("Annalena Baerbock", None, BAERBOCK, "name"),
    # Selon le parquet fédéral, le suspect, Viktor K., 41 ans, a été interpellé le 29 janvier à Leipzig.
    ("le parquet fédéral", None, PROSECUTORS, "nominal"),
    ("le suspect", None, SUSPECT, "nominal"),
    ("Viktor K.", None, SUSPECT, "name"),
    ("Leipzig", None, LEIPZIG, "name"),
    # Il aurait photographié ... une base aérienne où sont formés des soldats ukrainiens, avant de remettre ...
    ("Il", "Il aurait photographié", SUSPECT, "pronoun"),
    ("une base aérienne", None, AIR_BASE, "nominal"),
    ("des soldats ukrainiens", None, UA_TRAINEES, "nominal"),
    ("ces clichés", None, PHOTOS, "nominal"),
    ("l’un des deux diplomates", None, GRU_OFFICER, "nominal"),
    ("deux diplomates", "l’un des deux diplomates", DIPLOMATS, "nominal"),
    ("un officier du GRU", None, GRU_OFFICER, "nominal"),
    ("GRU", None, GRU, "name"),
    ("le renseignement militaire russe", None, GRU, "nominal"),
    # « Ce réseau visait notamment les livraisons d’armes à l’Ukraine », a précisé mercredi un porte-parole ...
    ("Ce réseau", None, NETWORK, "nominal"),
    ("Ukraine", "armes à l’Ukraine", UKRAINE, "name"),
    ("un porte-parole du parquet", None, BRANDT, "nominal"),
    ("Holger Brandt", None, BRANDT, "name"),
    # Moscou a aussitôt dénoncé ... a averti la porte-parole de la diplomatie russe, Maria Zakharova, ... TASS.
    ("Moscou", "Moscou a aussitôt", RUSSIA, "metonym"),
    ("la porte-parole de la diplomatie russe", None, ZAKHAROVA, "nominal"),
    ("Maria Zakharova", None, ZAKHAROVA, "name"),
    ("TASS", None, TASS, "name"),
    ("Kremlin", "Le Kremlin a, lui", KREMLIN, "metonym"),
    ("lui", "Le Kremlin a, lui", KREMLIN, "pronoun"),
    # Berlin avait déjà expulsé une quarantaine de diplomates russes en avril 2022, ... l’invasion de l’Ukraine.
    ("Berlin", "Berlin avait déjà", GERMANY, "metonym"),
    ("une quarantaine de diplomates russes", None, DIPLOMATS_2022, "nominal"),
    ("l’invasion de l’Ukraine", None, INVASION, "nominal"),
    ("Ukraine", "l’invasion de l’Ukraine", UKRAINE, "name"),
    # En avril dernier, deux autres Germano-Russes avaient été arrêtés en Bavière, soupçonnés d’avoir préparé ...
    ("deux autres Germano-Russes", None, BAV_SUSPECTS, "nominal"),
    ("Bavière", None, BAVARIA, "name"),
    ("des installations militaires américaines", None, US_SITES, "nominal"),
    # À Varsovie, le chef de la diplomatie polonaise, Radosław Sikorski, a salué ... et appelé les Européens ...
    ("Varsovie", None, WARSAW, "name"),
    ("le chef de la diplomatie polonaise", None, SIKORSKI, "nominal"),
    ("Radosław Sikorski", None, SIKORSKI, "name"),
    ("les Européens", None, EUROPEANS, "nominal"),
    # Les ministres de la Défense de l’Otan, ... à Bruxelles, pourraient évoquer ..., selon un diplomate de l’Alliance.
    ("Les ministres de la Défense de l’Otan", None, NATO_MINISTERS, "nominal"),
    ("Otan", None, NATO, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    ("un diplomate de l’Alliance", None, NATO_DIPLOMAT, "nominal"),
    ("Alliance", None, NATO, "name"),
]

PUB_DAY = "The publication day, Thursday 6 February 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2025-02-06", "day", "weekday-publication-day",
     "« a ordonné jeudi l’expulsion »: " + PUB_DAY),
    ("t-last-week", ("la semaine dernière", None), "2025", "year", "relative-week-past",
     "« l’arrestation la semaine dernière »: the week before Thursday 6 February 2025 runs from Monday 27 January "
     "to Sunday 2 February, across two months of one year: the year, as in gold. Attached to nothing: the "
     "restatement « a été interpellé le 29 janvier » gives the arrest the finer day (29 January falls in that "
     "week)."),
    ("t-by-monday", ("jusqu’à lundi", None), "2025-02", "month", "deadline",
     "« ont jusqu’à lundi pour quitter le pays »: a deadline, Monday 10 February 2025; the departure may fall on "
     "any day from Thursday 6 to Monday 10 February, all in February: the month (the finest true precision, as « "
     "d’ici la fin juin » gets the year in gold)."),
    ("t-morning", ("dans la matinée", None), "2025-02-06", "day", "part-of-day",
     "The morning of the publication day: the summons. " + PUB_DAY),
    ("t-jan-29", ("le 29 janvier", None), "2025-01-29", "day", "day-month-publication-year",
     "« a été interpellé le 29 janvier »: Wednesday 29 January 2025, before publication in the same year."),
    ("t-last-summer", ("l’été dernier", None), "2024", "year", "season-past",
     "« depuis l’été dernier » written in February 2025: the summer of 2024, inside one year: the year; the start "
     "of the photographing (« depuis X » is annotated as X)."),
    ("t-wednesday", ("mercredi", None), "2025-02-05", "day", "weekday-past",
     "« a précisé mercredi »: the Wednesday before the publication day, 5 February 2025."),
    ("t-april-2022", ("avril 2022", None), "2022-04", "month", "explicit-month-year",
     "« expulsé ... en avril 2022 »: the earlier expulsion's month. « peu après le début de l’invasion » is no time "
     "of its own."),
    ("t-last-april", ("En avril dernier", None), "2024-04", "month", "month-past",
     "« En avril dernier » written in February 2025: the last April, April 2024."),
    ("t-next-week", ("la semaine prochaine", None), "2025-02", "month", "relative-week-future",
     "« doivent se réunir la semaine prochaine »: Monday 10 to Sunday 16 February 2025, inside one month: the "
     "month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-expulsion", "Event", "Germany orders the expulsion of two Russian diplomats",
          ("expulsion", "l’expulsion de deux"), [("agent", GERMANY), ("recipient", DIPLOMATS)], time="t-thursday",
          according_to=[DE_MFA],
          note="« a ordonné jeudi l’expulsion »: the noun is the trigger. « une décision « russophobe » », « Cette "
               "provocation » (Zakharova's quote), « une décision « nécessaire » » and « ces affaires » restate it."),
    event("e-espionage", "Event", "The two Russian diplomats spied in Germany (the German suspicion)",
          ("espionnage", "soupçonnés d’espionnage"), [("agent", DIPLOMATS), ("recipient", GERMANY)],
          status="suspected", according_to=[DE_MFA],
          note="« soupçonnés d’espionnage »: suspected, according to the ministry that announces the expulsion; "
               "Germany, the state spied on, is implied (the target, as the espionage in gold). « les accusations » "
               "(the Kremlin's sentence) restates the charge."),
    event("e-arrest", "Event", "A German-Russian, Viktor K., was arrested in Leipzig on 29 January",
          ("arrestation", None), [("recipient", SUSPECT)], place=LEIPZIG, time="t-jan-29",
          according_to=[PROSECUTORS],
          note="« l’arrestation la semaine dernière » is restated by « a été interpellé le 29 janvier à Leipzig » "
               "(« Selon le parquet fédéral »): one event; the trigger is the first mention, the day, the place and "
               "the source come from the restatement. No agent written: recipient only."),
    event("e-scouting", "Event", "The suspect scouted military sites for Moscow (the accusation)",
          ("repéré", None), [("agent", SUSPECT), ("theme", MIL_SITES), ("recipient", RUSSIA)],
          status="suspected", according_to=[PROSECUTORS],
          note="« accusé d’avoir repéré des sites militaires pour le compte de Moscou »: no accuser written; the "
               "federal prosecutor's office, which has him arrested and gives the details, is implied (as the "
               "South Korean prosecutors in gold). « pour le compte de Moscou »: Russia is who the scouting is for "
               "and who receives its fruits: recipient."),
    event("e-departure", "Event", "The two diplomats must leave Germany by Monday", ("quitter", None),
          [("agent", DIPLOMATS)], status="planned", place=GERMANY, time="t-by-monday", part_of="e-expulsion",
          note="« ont jusqu’à lundi pour quitter le pays »: required, not yet done: planned; « le pays » is Germany."),
    event("e-summons", "Event", "The German foreign ministry summons the Russian ambassador, Sergei Nechayev",
          ("a été convoqué", None), [("agent", DE_MFA), ("recipient", NECHAYEV)], place=BERLIN, time="t-morning",
          note="A passive with no « par »; « au ministère, qui lui a signifié » gives the ministry as the summoner. "
               "The place is Berlin, the ministry's city (implied; the ministry is an organisation, as the embassy "
               "in gold)."),
    event("e-toleration", "Event", "Germany will not tolerate any espionage on its soil", ("tolérera", None),
          [("agent", GERMANY)], status="negated", according_to=[DE_MFA],
          note="« Berlin « ne tolérera aucune activité d’espionnage sur son sol » »: a negated future, as « Nous ne "
               "laisserons aucun navire ... » (negated) in gold; « aucune activité d’espionnage » is generic: no "
               "event and no mention."),
    event("e-photographing", "Event", "The suspect reportedly photographed an air base since last summer",
          ("aurait photographié", None), [("agent", SUSPECT), ("theme", AIR_BASE)], status="hypothetical",
          time="t-last-summer",
          note="A conditional of unconfirmed news: hypothetical. « Selon le parquet fédéral » ends with the "
               "sentence before: no source here."),
    event("e-training", "Event", "Ukrainian soldiers are trained at the air base", ("sont formés", None),
          [("recipient", UA_TRAINEES)], place=AIR_BASE,
          note="A present passive relative with no agent written: recipient only, occurred (ongoing), no time."),
    event("e-handover", "Delivery", "The suspect reportedly handed the photographs to one of the two diplomats",
          ("remettre", None), [("agent", SUSPECT), ("recipient", GRU_OFFICER), ("theme", PHOTOS)],
          status="hypothetical",
          note="« avant de remettre »: the infinitive shares the conditional « aurait » of the main verb: "
               "hypothetical."),
    event("e-targeting", "Event", "The network targeted arms deliveries to Ukraine (the prosecutor's charge)",
          ("visait", None), [("agent", NETWORK)], status="suspected", according_to=[BRANDT],
          note="Inside the spokesman's quote: the charge of the prosecution, not yet judged: suspected (as « cette "
               "structure menait une politique hostile » in gold)."),
    event("e-arms-deliveries", "Delivery", "Arms deliveries to Ukraine", ("livraisons", None),
          [("recipient", UKRAINE)],
          note="« les livraisons d’armes à l’Ukraine »: ongoing deliveries, occurred; no supplier written: recipient "
               "only. « d’armes » is not a mention (as « tout commerce d’armes » in gold)."),
    event("e-new-arrests", "Event", "New arrests in the network, not ruled out", ("interpellations", None),
          [("recipient", NETWORK)], status="hypothetical", according_to=[BRANDT],
          note="« sans exclure de nouvelles interpellations »: not ruled out, so possible: hypothetical (as « "
               "n’exclut pas de reprendre » in the held-out set). Those who would be arrested are the network's "
               "members: recipient."),
    event("e-response", "Event", "Russia will respond to Germany's decision", ("réponse", None),
          [("agent", RUSSIA), ("recipient", GERMANY)], status="planned", according_to=[ZAKHAROVA],
          note="« Cette provocation ne restera pas sans réponse »: a double negation that promises a response: "
               "planned (as « a aussitôt promis une riposte » in gold). « des représailles envisagées » restates it."),
    event("e-expulsion-2022", "Event", "Germany expelled some forty Russian diplomats in April 2022",
          ("expulsé", None), [("agent", GERMANY), ("recipient", DIPLOMATS_2022)], time="t-april-2022",
          note="A pluperfect by a metonym (« Berlin »). « le début de l’invasion » is no event (the invasion is an "
               "entity, Q110999040)."),
    event("e-bavaria-arrest", "Event", "Two other German-Russians were arrested in Bavaria in April 2024",
          ("avaient été arrêtés", None), [("recipient", BAV_SUSPECTS)], place=BAVARIA, time="t-last-april",
          note="A pluperfect passive with no agent: recipient only."),
    event("e-arson-preparation", "Event", "The two German-Russians prepared arson attacks (the suspicion)",
          ("préparé", None), [("agent", BAV_SUSPECTS)], status="suspected", according_to=[GERMANY],
          note="« soupçonnés d’avoir préparé »: no suspecter written; Germany, whose authorities arrested them in "
               "Bavaria, is implied (as « soupçonné d’espionnage » according to China in gold)."),
    event("e-arsons", "Event", "Arson attacks against US military installations (suspected aim)",
          ("incendies", None), [("agent", BAV_SUSPECTS), ("recipient", US_SITES)], status="suspected",
          according_to=[GERMANY],
          note="What the preparation was for: an aim charged by another, suspected (as the destabilisation in "
               "gold). « américaines » is an adjective, not a mention of the United States."),
    event("e-coordination", "Event", "The Europeans should coordinate their expulsions (Sikorski's call)",
          ("coordonner", None), [("agent", EUROPEANS)], status="proposed", according_to=[SIKORSKI],
          note="What Sikorski calls for: proposed. « leurs expulsions » is the content of the coordination, future "
               "and unspecified: no event of its own."),
    event("e-nato-meeting", "Meeting", "NATO defence ministers to meet next week in Brussels", ("se réunir", None),
          [("participant", NATO_MINISTERS)], status="planned", place=BRUSSELS, time="t-next-week",
          according_to=[NATO_DIPLOMAT], note="« qui doivent se réunir »: planned."),
    event("e-nato-discussion", "Event", "The NATO ministers could discuss these cases", ("évoquer", None),
          [("participant", NATO_MINISTERS)], status="hypothetical", place=BRUSSELS, time="t-next-week",
          according_to=[NATO_DIPLOMAT], part_of="e-nato-meeting",
          note="« pourraient évoquer ces affaires »: possible, not scheduled (as « devraient évoquer » in gold): "
               "hypothetical; « ces affaires » restates the events of the article and is not a mention."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-de-mfa", "Report", "The German foreign ministry announces the expulsion", DE_MFA, ("a annoncé", None),
           [], time="t-thursday", about=["e-expulsion", "e-espionage"],
           note="The source after the clause; the arrest « après ... » follows it and is sourced in the fourth "
                "paragraph."),
    speech("s-mfa-warning", "Warning", "The ministry tells the ambassador Germany will tolerate no espionage",
           DE_MFA, ("a signifié", None), [("ne tolérera aucune activité d’espionnage sur son sol", None)],
           addressee=NECHAYEV, place=BERLIN, time="t-morning", about=["e-toleration", "e-espionage"],
           note="« qui lui a signifié que Berlin « ... » »: the relative's subject is the ministry; « Berlin » inside "
                "is Germany. The words are said at the summons: its morning and place."),
    speech("s-baerbock", "Statement", "Baerbock: whoever spies in Germany for the Kremlin must bear the "
           "consequences", BAERBOCK, ("a déclaré", None),
           [("Quiconque espionne en Allemagne pour le compte du Kremlin doit en assumer les conséquences", None)],
           about=["e-espionage", "e-expulsion"],
           note="A quote first; « Quiconque espionne » and « en assumer les conséquences » are generic: no events. "
                "No weekday or occasion written: no time."),
    speech("s-prosecutors", "Report", "The federal prosecutor's office on the arrest in Leipzig", PROSECUTORS,
           ("Selon", "Selon le parquet"), [], about=["e-arrest"]),
    speech("s-brandt", "Statement", "Prosecution spokesman: the network notably targeted arms deliveries to "
           "Ukraine", BRANDT, ("a précisé", None),
           [("Ce réseau visait notamment les livraisons d’armes à l’Ukraine", None)], time="t-wednesday",
           about=["e-targeting", "e-arms-deliveries"]),
    speech("s-brandt-arrests", "Statement", "The spokesman does not rule out new arrests", BRANDT,
           ("sans exclure", None), [], time="t-wednesday", about=["e-new-arrests"],
           note="« sans exclure » leaves the arrests open: a stance that they are possible, not a negated speech "
                "act (unlike « sans préciser »), as « n’exclut pas » is a Statement in the held-out set. It takes "
                "the Wednesday of the same words."),
    speech("s-moscow", "Statement", "Moscow denounces a « russophobic » decision", RUSSIA,
           ("a aussitôt dénoncé", None), [("russophobe", None)], about=["e-expulsion"],
           note="« aussitôt » is not a time (as in gold); no weekday: no time."),
    speech("s-zakharova", "Warning", "Zakharova: this provocation will not go unanswered", ZAKHAROVA,
           ("a averti", None), [("Cette provocation ne restera pas sans réponse", None)], according_to=[TASS],
           about=["e-expulsion", "e-response"]),
    speech("s-tass", "Report", "TASS quotes Zakharova", TASS, ("citée", None), [], about=["s-zakharova"]),
    speech("s-kremlin", "Statement", "The Kremlin calls the accusations « absurd »", KREMLIN, ("jugé", None),
           [("absurdes", None)], about=["e-espionage"],
           note="« Le Kremlin a, lui, jugé les accusations « absurdes » »: « les accusations » restates the "
                "espionage charge (as « qualifie les accusations de « totalement infondées » » in gold: no second "
                "event)."),
    speech("s-kremlin-no-details", "Statement", "The Kremlin does not specify the retaliation", KREMLIN,
           ("sans préciser", None), [], status="negated", about=["e-response"]),
    speech("s-sikorski-welcome", "Statement", "Sikorski welcomes a « necessary » decision", SIKORSKI,
           ("a salué", None), [("nécessaire", None)], place=WARSAW, about=["e-expulsion"],
           note="« À Varsovie »: the city where he speaks. No weekday: no time."),
    speech("s-sikorski-call", "Statement", "Sikorski calls on the Europeans to coordinate their expulsions",
           SIKORSKI, ("appelé", None), [], addressee=EUROPEANS, place=WARSAW, about=["e-coordination"],
           note="A second verb joined by « et », without a quote: a second speech act (as « a dénoncé ... et dit » "
                "in gold)."),
    speech("s-nato-diplomat", "Report", "A NATO diplomat on the ministers' meeting", NATO_DIPLOMAT,
           ("selon", "selon un diplomate"), [], about=["e-nato-meeting", "e-nato-discussion"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
