"""Held-out annotation of pont-crimee-attaque-2023-07-17.txt (written for the twenty-second held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/pont-crimee-attaque-2023-07-17.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/pont-crimee-attaque-2023-07-17.annotation.src.py --check

From held-out set 22 (moved to gold in session 20; see benchmarks/gold/README.md).

The story follows the naval-drone attack on the Crimean bridge on Monday 17 July 2023 and Russia's suspension of the
Black Sea grain deal the same day; the wording of every quote, the Telegram message, the Friday threat, the Wednesday
call between Erdogan and Putin and Zelensky's assurance are invented or simplified.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "pont-crimee-attaque-2023-07-17.txt"

NOTE = """\
Held-out-22 article: two naval drones strike the Crimean bridge before dawn on Monday 17 July 2023, killing a \
couple and injuring their daughter, and Moscow blames Kyiv; a few hours later Russia announces it suspends the \
Black Sea grain deal; a span has sagged and the authorities close the bridge; the governor of the Belgorod region, \
Viacheslav Gladkov, writes on Telegram that the parents are dead; the bridge had already been damaged in October \
2022 by a truck explosion; the National Antiterrorism Committee, cited by TASS, calls it a terrorist act by the \
Ukrainian special services, and Putin, meeting his ministers in the morning, promises a response; Kyiv does not \
claim the attack, the Ukrainian navy's spokesman Dmytro Pletenchuk even speaks of a possible Russian « provocation \
», while Ukrainian media say the SBU ran the operation; the Kremlin denies any link with the grain deal and Peskov \
says Moscow would return if its farm exports were no longer hindered; Putin had threatened on Friday to withdraw; \
Ankara hopes for a rescue and Erdogan, who had sponsored the deal with the UN, is to discuss it with Putin in a \
call planned for Wednesday; Guterres in New York says the decision will hit the most vulnerable first; Zelensky \
in Kyiv assures that the Ukrainian ports will keep working, without saying how the ships would be protected. \
Published Monday 17 July 2023 (the file gives the day). What it exercises: a strike by two things on the \
publication day with a part of the day (« Deux drones navals ont frappé lundi avant l’aube le pont de Crimée »: \
the drones participants, the bridge recipient and place, no attacker written) and two participles of consequence \
(« tuant un couple et blessant leur fille »: two events, the couple a group, « leur fille » a nominal mention), \
joined by « et » to an accusation by a metonym with « comme responsable » (the responsibility an event, suspected); \
« Quelques heures plus tard » counted from a dawn strike, with an imperfect announcement of a suspension and a \
relative present over « depuis un an » (the exports a Delivery with Ukraine from the adjective); a part of the \
bridge as subject (« Une travée de l’ouvrage ») with a relative holding a passive participle and a year (« la \
péninsule annexée en 2014 »: the annexation, Russia implied), joined by « et » to a closure by an unnamed group; a \
quote first written « sur Telegram » under a name and a role noun in apposition holding a region, with a relative \
of origin (« d’où venait le couple »: no event); a pluperfect passive with a nominal agent and a month (« avait \
déjà été endommagé en octobre 2022 par l’explosion d’un camion »); a quote first with an impersonal « Il s’agit » \
and a passive participle with its agent (« acte terroriste commis par les services spéciaux ukrainiens »: \
suspected) under an institution « cité par l’agence TASS »; a participle meeting opening the sentence with « dans \
la matinée » and a promise with an infinitive followed by a quote after a colon (« a promis de répliquer : « Il y \
aura une réponse. » »: one speech act, the response planned); a metonym's negated claim with « s’est gardé de » \
and a participle of speech by a role noun and a name in apposition, with a quoted noun and an adjective for the \
agent (« évoquant même une possible « provocation » russe »: hypothetical); « Selon des médias ukrainiens » with a \
conditional passive and its agent, the SBU with its role noun in apposition (hypothetical); a denial by the \
Kremlin without a quote, then one quote split around « a assuré son porte-parole, Dmitri Peskov, » (one speech \
act, two parts; the link no event); « Selon lui » with a conditional return and an « si » condition (both \
hypothetical); a pluperfect threat on a past weekday with a reflexive infinitive (« Vendredi, le président russe \
avait déjà menacé de se retirer du dispositif »: hypothetical, « dispositif » the deal); a metonym's hope (« Ankara \
veut encore croire à un sauvetage »: a stance, hypothetical rescue); a relative pluperfect sponsorship with a \
partner and a planned call on a future weekday with the clitic « en », sourced after the clause to « la présidence \
turque »; « À New York » with a role noun holding the UN before the name and a completive with a conditional and \
a quoted object (« frapperait « d’abord les plus vulnérables » »: hypothetical); « À Kiev » (the city) with an \
assurance with a future in the past (planned) and « sans préciser comment ... seraient protégés » (a negated \
speech act, the protection hypothetical).
Places and metonyms. « Moscou » is Russia both times (Q159: it blames, it would return); « Kiev » is Ukraine where \
it is blamed and where it refrains from claiming (Q212, metonym) and the city in « À Kiev » where Zelensky speaks \
(Q1899, name); « Ankara » is Turkey (local, metonym: it hopes). « Le Kremlin » that denies and the Kremlin whose \
spokesman Peskov is are the institution (Q2060629). « pont de Crimée » is the bridge's name without its article \
(as in gold/cereales-mer-noire-2023-07), « Crimée » inside not a mention; « l’ouvrage », « le pont » and « Le pont \
» are the bridge. « la péninsule » is Crimea (local); « Russie » in « au sud de la Russie » is the country (the \
south of Russia is no mention of its own). « la région de Belgorod » is a nominal mention of the region, « \
Belgorod » inside only names it (as « la région d’Odessa » in gold/drone-izmail-2024-10-10). « mer Noire » is the \
sea (Q166). « New York » is the city where Guterres speaks (local).
Mentions. « Deux drones navals » is one entity (the drones that struck); « un couple », « Les parents » (in \
Gladkov's quote) and « le couple » are the killed couple, a local group; « leur fille » (twice) their daughter, a \
person; « Une travée de l’ouvrage » is the span (an object) with « l’ouvrage » inside it; « l’accord » (twice), « \
l’accord céréalier » and « dispositif » (fused « du », from the noun) are the grain deal (local, the id of \
gold/cereales-mer-noire-2023-07); « céréales ukrainiennes » (fused « des ») the grain exported. « ses ministres » \
is the group Putin meets; « le porte-parole de la marine ukrainienne » holds « la marine ukrainienne » (the \
Ukrainian navy, an organisation that has its own entity); « le service de sécurité ukrainien » is the SBU in \
apposition; « son porte-parole » and « lui » are Peskov; « le président russe » and « son homologue » are Putin; \
« la présidence turque » is the Turkish presidency, a local organisation; « les plus vulnérables » (inside \
Guterres's quote) a group; « les ports ukrainiens » and « les cargos » are a group of places and a group of ships. \
Not mentions: « Il » in « Il s’agit » and « Il y aura » (impersonal), « un acte terroriste », « l’attaque », « \
l’opération » and « Ces deux événements » (the strike, restated or an event pair), « une réponse » (the \
retaliation restated), « la circulation », « la table », « ses propres exportations agricoles » (an activity \
with a possessive, as in gold/cereales-mer-noire-2023-07), « cette décision » (the suspension restated), « en » \
in « en parler » (a clitic).
Statuses and sources. The strike, the deaths, the injury, the span's sagging, the closure, the 2022 explosion and \
damage, the annexation, the suspension (announced by Russia, which performs it by announcing it), the exports, \
the sponsorship and Putin's meeting are occurred. Ukraine's responsibility (Moscow's accusation) and the special \
services' act (the Committee's accusation, with TASS) are suspected: accusations that Kyiv neither admits nor the \
article endorses. Pletenchuk's provocation (« une possible ») and the SBU operation (« aurait ... été conduite », \
hearsay in the conditional) are hypothetical; Russia's return and the end of the obstruction (Peskov's \
condition), the withdrawal (the content of a threat), the rescue (Ankara's hope), the hit on the most vulnerable \
(Guterres's prediction) and the protection of the ships (an open question) are hypothetical; the retaliation \
(a promise), the Wednesday call and the ports' working (an assurance with a future in the past) are planned. \
Kyiv's claim and Zelensky's precision are negated speech acts.
Times. « lundi avant l’aube » is the dawn of the publication day, Monday 17 July 2023 (part of the day, as « jeudi \
à l’aube » in gold/frappe-kiev-2024-11-14); the deaths, the injury and the sagging share it. « Quelques heures \
plus tard » is counted from that dawn: a few hours after dawn is still the Monday, so it gets the day (see its \
note). « depuis un an » is a duration (no value). « en 2014 » and « en octobre 2022 » are written out; « dans la \
matinée » is the morning of the publication day (Putin's meeting and the promise made at it); « Vendredi » \
(pluperfect) is Friday 14 July 2023 and « mercredi » (future, « prévu ») Wednesday 19 July 2023. « aussitôt », « \
déjà », « encore » and « d’abord » are not times. The statements with no time words of their own (Moscow's \
accusation, Gladkov's, the Committee's, TASS's, Kyiv's, Pletenchuk's, the media's, the Kremlin's, Peskov's, \
Ankara's, the presidency's, Guterres's, Zelensky's) have no time.
The Crimean bridge, the drones, the couple and their daughter, the grain deal, the grain, the span, Crimea, the \
authorities, Telegram, Viacheslav Gladkov, the Belgorod region, the truck, the National Antiterrorism Committee, \
the Ukrainian special services, Putin's ministers, the Ukrainian navy, Dmytro Pletenchuk, the Ukrainian media, the \
SBU, Turkey, Recep Tayyip Erdogan, the Turkish presidency, New York, the most vulnerable, Volodymyr Zelensky, the \
Ukrainian ports and the cargo ships are not in ids.tsv: local, unlinked. Russia, Ukraine, Kyiv (the city), the \
Black Sea, TASS, Vladimir Putin, the Kremlin (the presidential administration), Dmitry Peskov, the UN and António \
Guterres are linked."""

RUSSIA, UKRAINE, KYIV, BLACK_SEA, TASS = "Q159", "Q212", "Q1899", "Q166", "Q223799"
PUTIN, KREMLIN, PESKOV, UN, GUTERRES = "Q7747", "Q2060629", "Q4359688", "Q1065", "Q311440"
BRIDGE, DRONES, COUPLE, DAUGHTER = "local:crimean-bridge", "local:bridge-naval-drones", "local:killed-couple", \
    "local:couple-daughter"
GRAIN_DEAL, GRAIN, SPAN, CRIMEA = "local:black-sea-grain-deal", "local:ukrainian-grain", "local:bridge-span", \
    "local:crimea"
AUTHORITIES, TELEGRAM, GLADKOV, BELGOROD = "local:bridge-authorities", "local:telegram", \
    "local:viacheslav-gladkov", "local:belgorod-oblast"
TRUCK, NAK, UA_SERVICES, MINISTERS = "local:truck-2022", "local:national-antiterrorism-committee", \
    "local:ukrainian-special-services", "local:putin-ministers"
UA_NAVY, PLETENCHUK, UA_MEDIA, SBU = "local:ukrainian-navy", "local:dmytro-pletenchuk", "local:ukrainian-media", \
    "local:sbu"
TURKEY, ERDOGAN, TR_PRESIDENCY, NEW_YORK = "local:turkey", "local:recep-tayyip-erdogan", \
    "local:turkish-presidency", "local:new-york"
VULNERABLE, ZELENSKY, UA_PORTS, CARGOS = "local:most-vulnerable", "local:volodymyr-zelensky", \
    "local:ukrainian-ports", "local:cargo-ships"

DESCRIPTIONS = {
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
    KREMLIN: "l’institution que désigne « Le Kremlin » qui récuse tout lien, et dont Dmitri Peskov est le porte-parole",
    KYIV: "la ville, où Volodymyr Zelensky s’exprime (« À Kiev »)",
}

NOT_GROUP = "an unnamed group, not one Wikidata item"
NOT_OBJECT = "unnamed things with no Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BRIDGE, "pont de Crimée", "Crimean Bridge", "place",
     {"description": "le pont qui relie la Crimée à la Russie par le détroit de Kertch",
      "unlinked_reason": NOT_VERIFIED}),
    (DRONES, "drones navals ayant frappé le pont de Crimée", "naval drones that struck the Crimean Bridge", "object",
     {"description": "les deux drones navals qui ont frappé le pont le 17 juillet 2023",
      "unlinked_reason": NOT_OBJECT}),
    (COUPLE, "le couple tué sur le pont de Crimée", "the couple killed on the Crimean Bridge", "group",
     {"description": "un couple originaire de la région de Belgorod, tué dans l’attaque",
      "unlinked_reason": "two unnamed people, not one Wikidata item"}),
    (DAUGHTER, "la fille du couple", "the couple's daughter", "person",
     {"description": "la fille du couple tué, blessée dans l’attaque", "unlinked_reason": "an unnamed person"}),
    (GRAIN_DEAL, "accord sur les céréales de la mer Noire", "Black Sea Grain Initiative", "object",
     {"description": "l’accord de juillet 2022 sur les exportations de céréales ukrainiennes par la mer Noire, "
                     "parrainé par la Turquie et l’ONU, suspendu par la Russie le 17 juillet 2023",
      "unlinked_reason": NOT_VERIFIED}),
    (GRAIN, "céréales ukrainiennes", "Ukrainian grain", "object",
     {"description": "les céréales que l’accord permet d’exporter par la mer Noire",
      "unlinked_reason": "a commodity in an unspecified quantity, not one Wikidata item"}),
    (SPAN, "travée du pont de Crimée", "span of the Crimean Bridge", "object",
     {"description": "la travée qui s’est affaissée le 17 juillet 2023", "unlinked_reason": "a part of a bridge"}),
    (CRIMEA, "Crimée", "Crimea", "place",
     {"description": "la péninsule annexée par la Russie en 2014", "unlinked_reason": NOT_VERIFIED}),
    (AUTHORITIES, "les autorités", "the authorities", "group",
     {"description": "les autorités (russes) qui ont fermé le pont, que l’article ne nomme pas",
      "unlinked_reason": NOT_GROUP}),
    (TELEGRAM, "Telegram", "Telegram", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (GLADKOV, "Viatcheslav Gladkov", "Vyacheslav Gladkov", "person",
     {"description": "gouverneur de la région de Belgorod", "unlinked_reason": NOT_VERIFIED}),
    (BELGOROD, "région de Belgorod", "Belgorod Oblast", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TRUCK, "camion qui a explosé sur le pont en octobre 2022", "truck that exploded on the bridge in October 2022",
     "object", {"unlinked_reason": "a single unnamed object with no Wikidata item"}),
    (NAK, "Comité national antiterroriste", "National Antiterrorism Committee", "organization",
     {"description": "organe russe de lutte antiterroriste", "unlinked_reason": NOT_VERIFIED}),
    (UA_SERVICES, "services spéciaux ukrainiens", "Ukrainian special services", "organization",
     {"description": "les services de renseignement et de sécurité de l’Ukraine, que le Comité accuse",
      "unlinked_reason": "a set of agencies, not one Wikidata item"}),
    (MINISTERS, "ministres de Vladimir Poutine", "Vladimir Putin's ministers", "group",
     {"description": "les ministres que Vladimir Poutine réunit lundi matin", "unlinked_reason": NOT_GROUP}),
    (UA_NAVY, "marine ukrainienne", "Ukrainian Navy", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PLETENCHUK, "Dmytro Pletentchouk", "Dmytro Pletenchuk", "person",
     {"description": "porte-parole de la marine ukrainienne", "unlinked_reason": NOT_VERIFIED}),
    (UA_MEDIA, "des médias ukrainiens", "Ukrainian media", "group",
     {"description": "médias ukrainiens que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (SBU, "SBU", "Security Service of Ukraine", "organization",
     {"description": "le service de sécurité ukrainien", "unlinked_reason": NOT_VERIFIED}),
    (TURKEY, "Turquie", "Turkey", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ERDOGAN, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "person",
     {"description": "président de la Turquie", "unlinked_reason": NOT_VERIFIED}),
    (TR_PRESIDENCY, "présidence turque", "Presidency of Turkey", "organization",
     {"description": "les services de la présidence de la Turquie", "unlinked_reason": NOT_VERIFIED}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (VULNERABLE, "les plus vulnérables", "the most vulnerable", "group",
     {"description": "les populations les plus vulnérables, que la suspension frapperait selon António Guterres",
      "unlinked_reason": "a population, not one Wikidata item"}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (UA_PORTS, "ports ukrainiens", "Ukrainian ports", "place",
     {"description": "les ports ukrainiens de la mer Noire d’où partent les céréales",
      "unlinked_reason": "a set of ports, not one Wikidata item"}),
    (CARGOS, "cargos céréaliers", "grain cargo ships", "object",
     {"description": "les navires qui chargent les céréales dans les ports ukrainiens", "unlinked_reason": NOT_OBJECT}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Deux drones navals ont frappé lundi avant l’aube le pont de Crimée, tuant un couple et blessant leur fille, et
    # Moscou a aussitôt désigné Kiev comme responsable.
    ("Deux drones navals", None, DRONES, "nominal"),
    ("pont de Crimée", None, BRIDGE, "name"),
    ("un couple", None, COUPLE, "nominal"),
    ("leur fille", "blessant leur fille", DAUGHTER, "nominal"),
    ("Moscou", "Moscou a aussitôt", RUSSIA, "metonym"),
    ("Kiev", "désigné Kiev", UKRAINE, "metonym"),
    # Quelques heures plus tard, la Russie annonçait suspendre l’accord qui permet ... par la mer Noire.
    ("Russie", "la Russie annonçait", RUSSIA, "name"),
    ("l’accord", "suspendre l’accord", GRAIN_DEAL, "nominal"),
    ("céréales ukrainiennes", None, GRAIN, "nominal"),
    ("mer Noire", None, BLACK_SEA, "name"),
    # Une travée de l’ouvrage, qui relie la péninsule annexée en 2014 au sud de la Russie, s’est affaissée et les
    # autorités ont fermé le pont à la circulation.
    ("Une travée de l’ouvrage", None, SPAN, "nominal"),
    ("l’ouvrage", None, BRIDGE, "nominal"),
    ("la péninsule", None, CRIMEA, "nominal"),
    ("Russie", "sud de la Russie", RUSSIA, "name"),
    ("les autorités", None, AUTHORITIES, "nominal"),
    ("le pont", "fermé le pont", BRIDGE, "nominal"),
    # « Les parents sont morts, leur fille est blessée », a écrit sur Telegram Viatcheslav Gladkov, le gouverneur de
    # la région de Belgorod, d’où venait le couple.
    ("Les parents", None, COUPLE, "nominal"),
    ("leur fille", "leur fille est blessée", DAUGHTER, "nominal"),
    ("Telegram", None, TELEGRAM, "name"),
    ("Viatcheslav Gladkov", None, GLADKOV, "name"),
    ("le gouverneur de la région de Belgorod", None, GLADKOV, "nominal"),
    ("la région de Belgorod", None, BELGOROD, "nominal"),
    ("le couple", "venait le couple", COUPLE, "nominal"),
    # Le pont avait déjà été endommagé en octobre 2022 par l’explosion d’un camion.
    ("Le pont", "Le pont avait", BRIDGE, "nominal"),
    ("un camion", None, TRUCK, "nominal"),
    # « Il s’agit d’un acte terroriste commis par les services spéciaux ukrainiens », a déclaré le Comité national
    # antiterroriste, cité par l’agence TASS.
    ("les services spéciaux ukrainiens", None, UA_SERVICES, "nominal"),
    ("Comité national antiterroriste", None, NAK, "name"),
    ("TASS", None, TASS, "name"),
    # Réunissant ses ministres dans la matinée, Vladimir Poutine a promis de répliquer : « Il y aura une réponse. »
    ("ses ministres", None, MINISTERS, "nominal"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    # Kiev s’est gardé de revendiquer l’attaque, le porte-parole de la marine ukrainienne, Dmytro Pletentchouk,
    # évoquant même une possible « provocation » russe.
    ("Kiev", "Kiev s’est gardé", UKRAINE, "metonym"),
    ("le porte-parole de la marine ukrainienne", None, PLETENCHUK, "nominal"),
    ("la marine ukrainienne", None, UA_NAVY, "nominal"),
    ("Dmytro Pletentchouk", None, PLETENCHUK, "name"),
    # Selon des médias ukrainiens, l’opération aurait pourtant été conduite par le SBU, le service de sécurité
    # ukrainien.
    ("des médias ukrainiens", None, UA_MEDIA, "nominal"),
    ("SBU", None, SBU, "name"),
    ("le service de sécurité ukrainien", None, SBU, "nominal"),
    # Le Kremlin récuse tout lien avec l’accord céréalier.
    ("Kremlin", None, KREMLIN, "metonym"),
    ("l’accord céréalier", None, GRAIN_DEAL, "nominal"),
    # « Ces deux événements, a assuré son porte-parole, Dmitri Peskov, ne sont liés en aucune façon. »
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # Selon lui, Moscou reviendrait à la table si ses propres exportations agricoles cessaient d’être entravées.
    ("lui", "Selon lui", PESKOV, "pronoun"),
    ("Moscou", "Moscou reviendrait", RUSSIA, "metonym"),
    # Vendredi, le président russe avait déjà menacé de se retirer du dispositif.
    ("le président russe", None, PUTIN, "nominal"),
    ("dispositif", None, GRAIN_DEAL, "nominal"),
    # Ankara veut encore croire à un sauvetage.
    ("Ankara", None, TURKEY, "metonym"),
    # Recep Tayyip Erdogan, qui avait parrainé l’accord avec les Nations unies, compte en parler avec son homologue
    # lors d’un appel prévu mercredi, a indiqué la présidence turque.
    ("Recep Tayyip Erdogan", None, ERDOGAN, "name"),
    ("l’accord", "parrainé l’accord", GRAIN_DEAL, "nominal"),
    ("Nations unies", None, UN, "name"),
    ("son homologue", None, PUTIN, "nominal"),
    ("la présidence turque", None, TR_PRESIDENCY, "nominal"),
    # À New York, le secrétaire général de l’ONU, António Guterres, a jugé que cette décision frapperait « d’abord
    # les plus vulnérables ».
    ("New York", None, NEW_YORK, "name"),
    ("le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("les plus vulnérables", None, VULNERABLE, "nominal"),
    # À Kiev, Volodymyr Zelensky a assuré que les ports ukrainiens continueraient de fonctionner, sans préciser
    # comment les cargos seraient protégés.
    ("Kiev", "À Kiev", KYIV, "name"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("les ports ukrainiens", None, UA_PORTS, "nominal"),
    ("les cargos", None, CARGOS, "nominal"),
]

PUB_DAY = "the publication day, Monday 17 July 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-dawn", ("lundi avant l’aube", None), "2023-07-17", "day", "part-of-day",
     "« ont frappé lundi avant l’aube »: the weekday of publication with a part of the day (as « jeudi à l’aube » "
     "in gold/frappe-kiev-2024-11-14): " + PUB_DAY),
    ("t-hours-later", ("Quelques heures plus tard", None), "2023-07-17", "day", "hours-after-event",
     "Counted from the strike « lundi avant l’aube »: a few hours after dawn is still that Monday, so the day is "
     "fixed although the hour is not (unlike « quelques heures plus tard » after an evening event in gold, which "
     "stays vague): " + PUB_DAY),
    ("t-one-year", ("un an", None), None, "duration", "explicit-duration",
     "« qui permet depuis un an l’exportation »: how long the deal has allowed the exports (P1Y, since July 2022); "
     "a duration, no value; « depuis » marks its start, the span is the length."),
    ("t-2014", ("en 2014", None), "2014", "year", "explicit-year",
     "« la péninsule annexée en 2014 »: a year written out; it stays a year."),
    ("t-october-2022", ("en octobre 2022", None), "2022-10", "month", "explicit-month-year",
     "« avait déjà été endommagé en octobre 2022 »: the month and year written out."),
    ("t-morning", ("dans la matinée", None), "2023-07-17", "day", "part-of-day",
     "« Réunissant ses ministres dans la matinée »: the morning of " + PUB_DAY),
    ("t-friday", ("Vendredi", None), "2023-07-14", "day", "weekday-past",
     "« Vendredi, le président russe avait déjà menacé »: a pluperfect, the most recent Friday before the "
     "publication day: Friday 14 July 2023."),
    ("t-wednesday", ("mercredi", None), "2023-07-19", "day", "weekday-future",
     "« lors d’un appel prévu mercredi »: planned, the Wednesday after the publication day: 19 July 2023."),
]

LEDE = ("Deux drones navals", "comme responsable.")
GLADKOV_EVIDENCE = ("« Les parents sont morts", "venait le couple.")

EVENTS: list[dict[str, Any]] = [
    event("e-strike", "Event", "Two naval drones strike the Crimean bridge before dawn on Monday",
          ("ont frappé", None), [("participant", DRONES), ("recipient", BRIDGE)], place=BRIDGE, time="t-dawn",
          evidence=LEDE,
          note="« Deux drones navals ont frappé lundi avant l’aube le pont de Crimée »: in the article's voice. The "
               "drones (no nationality adjective) are participants, the bridge struck the recipient and the place. No "
               "attacker is written: Moscow's accusation and the Committee's are events of their own (suspected). « "
               "l’attaque » (Kyiv's non-claim), « l’opération » (the media), « un acte terroriste » (the Committee) "
               "and « Ces deux événements » (Peskov, with the suspension) restate it: no new event."),
    event("e-couple-killed", "Event", "A couple killed in the strike", ("tuant", None),
          [("participant", DRONES), ("recipient", COUPLE)], place=BRIDGE, time="t-dawn", part_of="e-strike",
          evidence=LEDE,
          note="A participle of consequence whose subject is the strike's (the drones, participants); the dead are "
               "the recipient (as in gold/drone-izmail-2024-10-10). Gladkov's « Les parents sont morts » restates "
               "it."),
    event("e-daughter-injured", "Event", "The couple's daughter injured in the strike", ("blessant", None),
          [("participant", DRONES), ("recipient", DAUGHTER)], place=BRIDGE, time="t-dawn", part_of="e-strike",
          evidence=LEDE,
          note="« et blessant leur fille »: the second participle, a second event. Gladkov's « leur fille est "
               "blessée » restates it."),
    event("e-ukraine-responsible", "Event", "Ukraine responsible for the attack on the bridge (Moscow's accusation)",
          ("responsable", None), [("agent", UKRAINE), ("recipient", BRIDGE)], status="suspected",
          place=BRIDGE, time="t-dawn", according_to=[RUSSIA], evidence=LEDE,
          note="« Moscou a aussitôt désigné Kiev comme responsable »: an accusation that the article does not endorse "
               "and Kyiv does not admit: suspected (as « Poutine est responsable » in gold/navalny-mort-2024-02-16). "
               "The act charged is the dawn strike on the bridge, so it takes the strike's time and place."),
    event("e-suspension", "Event", "Russia suspends the Black Sea grain deal", ("suspendre", None),
          [("agent", RUSSIA), ("theme", GRAIN_DEAL)], time="t-hours-later", according_to=[RUSSIA],
          note="« la Russie annonçait suspendre l’accord »: announcing that it suspends is the suspension, so it "
               "occurred, on the announcement's day. « cette décision » (Guterres) restates it."),
    event("e-grain-exports", "Delivery", "Ukrainian grain exported across the Black Sea under the deal",
          ("exportation", "l’exportation des"), [("agent", UKRAINE), ("theme", GRAIN)], place=BLACK_SEA,
          time="t-one-year",
          note="« l’accord qui permet depuis un an l’exportation des céréales ukrainiennes par la mer Noire »: what "
               "the deal allows, in the article's voice: occurred (as « permettait à l’Ukraine d’exporter » in "
               "gold/drones-novorossiisk-2023-08-04). Ukraine as agent from the adjective « ukrainiennes »; the sea "
               "is the route, the place; the year is its length."),
    event("e-annexation", "Event", "Crimea annexed by Russia in 2014", ("annexée", None),
          [("agent", RUSSIA), ("recipient", CRIMEA)], time="t-2014",
          note="« la péninsule annexée en 2014 au sud de la Russie »: a passive participle with no agent written; "
               "Russia, named in the same clause, is the implied annexing state (implied parties, as in gold)."),
    event("e-span-sagged", "Event", "A span of the bridge sagged", ("s’est affaissée", None),
          [("participant", SPAN)], place=BRIDGE, time="t-dawn", part_of="e-strike",
          note="« Une travée de l’ouvrage ... s’est affaissée »: a thing alone in its event is the participant; the "
               "strike's consequence, so its dawn and its place."),
    event("e-bridge-closed", "Event", "The authorities close the bridge to traffic", ("ont fermé", None),
          [("agent", AUTHORITIES), ("recipient", BRIDGE)], place=BRIDGE,
          note="« les autorités ont fermé le pont à la circulation »: no time of its own (the day is implied only). « "
               "la circulation » is not a mention."),
    event("e-truck-explosion", "Event", "A truck exploded on the bridge in October 2022", ("explosion", None),
          [("participant", TRUCK), ("recipient", BRIDGE)], place=BRIDGE, time="t-october-2022",
          note="« par l’explosion d’un camion »: the nominal agent of the pluperfect passive, an event of its own; "
               "the truck is the participant, the bridge it damaged the recipient."),
    event("e-damage-2022", "Event", "The bridge damaged in October 2022", ("endommagé", None),
          [("recipient", BRIDGE)], place=BRIDGE, time="t-october-2022", part_of="e-truck-explosion",
          note="« Le pont avait déjà été endommagé en octobre 2022 par l’explosion d’un camion »: a pluperfect "
               "passive in the article's voice; the explosion is its cause (part_of, as the damage in "
               "gold/cereales-mer-noire-2023-07)."),
    event("e-terror-act", "Event", "A terrorist act by the Ukrainian special services (the Committee's accusation)",
          ("commis", None), [("agent", UA_SERVICES), ("recipient", BRIDGE)], status="suspected",
          place=BRIDGE, time="t-dawn", according_to=[NAK, TASS],
          note="« un acte terroriste commis par les services spéciaux ukrainiens »: the Committee's charge inside its "
               "quote, carried by TASS: suspected (an accusation Kyiv does not admit). The bridge, which the act "
               "struck, is the recipient; the strike's time and place."),
    event("e-putin-meeting", "Meeting", "Vladimir Putin meets his ministers on Monday morning", ("Réunissant", None),
          [("agent", PUTIN), ("participant", MINISTERS)], time="t-morning",
          note="A participle opening the sentence: Putin convenes (agent), the ministers take part. No place written."),
    event("e-retaliation", "Event", "Russia's response to the attack (Putin's promise)", ("répliquer", None),
          [("agent", PUTIN), ("recipient", UKRAINE)], status="planned", according_to=[PUTIN],
          note="« a promis de répliquer : « Il y aura une réponse. » »: a promise, planned; « une réponse » in the "
               "quote restates it. The target is not written; Ukraine, which Moscow blames, is the implied "
               "recipient (as the Houthis' promised retaliation in gold/frappes-houthis-yemen-2024-01-12)."),
    event("e-provocation", "Event", "A possible Russian « provocation » (Pletenchuk)", ("provocation", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[PLETENCHUK],
          note="« évoquant même une possible « provocation » russe »: « possible » makes it hypothetical; Russia as "
               "agent from the adjective « russe ». The attack itself is not re-annotated."),
    event("e-sbu-operation", "Event", "The SBU ran the operation (according to Ukrainian media)", ("conduite", None),
          [("agent", SBU), ("recipient", BRIDGE)], status="hypothetical", place=BRIDGE, time="t-dawn",
          according_to=[UA_MEDIA],
          note="« l’opération aurait pourtant été conduite par le SBU »: hearsay in the conditional, hypothetical (as "
               "« aurait été transféré » in gold/nasrallah-beyrouth-2024-09-28); « l’opération » is the strike, "
               "the bridge its target, the strike's time and place its own."),
    event("e-return", "Event", "Russia would return to the table (Peskov)", ("reviendrait", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[PESKOV],
          note="« Moscou reviendrait à la table si ... »: conditional on the end of the obstruction: hypothetical. « "
               "la table » (the talks on the deal) is not a mention."),
    event("e-obstruction-ends", "Event", "Russia's farm exports no longer hindered (Peskov's condition)",
          ("cessaient", None), [("recipient", RUSSIA)], status="hypothetical", according_to=[PESKOV],
          note="« si ses propres exportations agricoles cessaient d’être entravées »: a condition, hypothetical. Who "
               "hinders them is not written; Russia, whose exports they are (« ses »), is the recipient (as the "
               "lifting of obstacles in gold/cereales-mer-noire-2023-07)."),
    event("e-withdrawal", "Event", "Putin threatened to withdraw from the grain deal", ("retirer", None),
          [("agent", PUTIN), ("theme", GRAIN_DEAL)], status="hypothetical", according_to=[PUTIN],
          note="« avait déjà menacé de se retirer du dispositif »: the content of a threat, hypothetical (as in "
               "gold/drones-novorossiisk-2023-08-04). The subject of the sentence, the Russian president, is the "
               "agent; the Friday dates the threat, not the withdrawal."),
    event("e-rescue", "Event", "A rescue of the grain deal (Ankara's hope)", ("sauvetage", None),
          [("participant", GRAIN_DEAL)], status="hypothetical", according_to=[TURKEY],
          note="« Ankara veut encore croire à un sauvetage »: a hope, hypothetical; the deal (named in the sentences "
               "before and after) is the only entity, a participant (as the resumption in "
               "gold/cereales-mer-noire-2023-07)."),
    event("e-sponsorship", "Agreement", "Erdogan sponsored the grain deal with the United Nations",
          ("avait parrainé", None), [("agent", ERDOGAN), ("participant", UN), ("theme", GRAIN_DEAL)],
          note="« qui avait parrainé l’accord avec les Nations unies »: a relative pluperfect in the article's voice, "
               "the co-sponsor after « avec » a participant; no date written."),
    event("e-call", "Meeting", "Erdogan to discuss the deal with Putin in a call on Wednesday", ("appel", None),
          [("participant", ERDOGAN), ("participant", PUTIN)], status="planned", time="t-wednesday",
          according_to=[TR_PRESIDENCY],
          note="« compte en parler avec son homologue lors d’un appel prévu mercredi »: « compte » and « prévu »: "
               "planned. « parler » is what he will do in the call, one event; « en » is the deal (a clitic)."),
    event("e-hit-vulnerable", "Event", "The suspension would hit the most vulnerable first (Guterres)",
          ("frapperait", None), [("recipient", VULNERABLE)], status="hypothetical", according_to=[GUTERRES],
          note="« cette décision frapperait « d’abord les plus vulnérables » »: a prediction, hypothetical. Its "
               "subject is the decision (the suspension restated), an event, so no agent entity."),
    event("e-ports-working", "Event", "The Ukrainian ports will keep working (Zelensky)", ("fonctionner", None),
          [("participant", UA_PORTS)], status="planned", place=UA_PORTS, according_to=[ZELENSKY],
          note="« a assuré que les ports ukrainiens continueraient de fonctionner »: a future in the past inside an "
               "assurance, planned (as « continueraient de transiter » in gold)."),
    event("e-ship-protection", "Event", "How the cargo ships would be protected (not said)", ("protégés", None),
          [("recipient", CARGOS)], status="hypothetical",
          note="« sans préciser comment les cargos seraient protégés »: an open question in the conditional, "
               "hypothetical; who would protect them is not written. No source: Zelensky does not say it."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-moscow-blames", "Statement", "Moscow blames Kyiv for the attack", RUSSIA, ("désigné", None), [],
           evidence=LEDE, about=["e-ukraine-responsible", "e-strike"],
           note="« Moscou a aussitôt désigné Kiev comme responsable »: an accusation without a quote; « aussitôt » is "
                "not a time, so none is given."),
    speech("s-russia-announces", "Statement", "Russia announces it suspends the grain deal", RUSSIA,
           ("annonçait", None), [], time="t-hours-later", about=["e-suspension"],
           note="« Quelques heures plus tard, la Russie annonçait suspendre l’accord »: indirect speech, no quote."),
    speech("s-gladkov", "Statement", "Viacheslav Gladkov: the parents are dead, their daughter injured", GLADKOV,
           ("a écrit", None), [("Les parents sont morts, leur fille est blessée", None)],
           evidence=GLADKOV_EVIDENCE, about=["e-couple-killed", "e-daughter-injured"],
           note="A quote first, written « sur Telegram » (the platform, a mention with no role), the name then the "
                "role noun in apposition. The relative « d’où venait le couple » (origin, a state) is no event."),
    speech("s-nak", "Statement", "The National Antiterrorism Committee calls the attack a Ukrainian terrorist act",
           NAK, ("a déclaré", None),
           [("Il s’agit d’un acte terroriste commis par les services spéciaux ukrainiens", None)],
           according_to=[TASS], about=["e-terror-act", "e-strike"],
           note="A quote first; « Il s’agit » is impersonal. « cité par l’agence TASS »: TASS carries it (s-tass)."),
    speech("s-tass", "Report", "TASS quotes the National Antiterrorism Committee", TASS, ("cité", None), [],
           about=["s-nak"],
           note="« cité par l’agence TASS »: the agency's Report about the Committee's statement (as in "
                "gold/cereales-mer-noire-2023-07)."),
    speech("s-putin-promise", "Assurance", "Vladimir Putin promises a response", PUTIN, ("a promis", None),
           [("Il y aura une réponse.", None)], time="t-morning", about=["e-retaliation"],
           note="The quote comes after a colon and keeps its full stop, which stands inside the guillemets. Made "
                "while meeting his ministers, so the meeting's morning."),
    speech("s-kyiv-no-claim", "SpeechAct", "Kyiv does not claim the attack", UKRAINE, ("revendiquer", None), [],
           status="negated", about=["e-strike"],
           note="« Kiev s’est gardé de revendiquer l’attaque »: a refrained claim, negated (as « Kiev n’a pas "
                "revendiqué » in gold/drones-novorossiisk-2023-08-04)."),
    speech("s-pletenchuk", "Statement", "Dmytro Pletenchuk speaks of a possible Russian « provocation »", PLETENCHUK,
           ("évoquant", None), [("provocation", None)], about=["e-provocation", "e-strike"],
           note="A participle of speech after the metonym's clause, with the role noun and the name in apposition; "
                "the quoted noun is his word."),
    speech("s-ua-media", "Report", "Ukrainian media say the SBU ran the operation", UA_MEDIA,
           ("Selon", "Selon des médias"), [],
           about=["e-sbu-operation"],
           note="« Selon des médias ukrainiens » at the head of the sentence."),
    speech("s-kremlin-denies", "Statement", "The Kremlin denies any link between the attack and the grain deal",
           KREMLIN, ("récuse", None), [], about=["e-strike", "e-suspension"],
           note="« Le Kremlin récuse tout lien avec l’accord céréalier »: a denial without a quote. The link between "
                "two events is not an event (as « aucun lien » in gold/cereales-mer-noire-2023-07)."),
    speech("s-peskov", "Assurance", "Dmitry Peskov: the two events are in no way linked", PESKOV,
           ("a assuré", "a assuré son porte-parole"),
           [("Ces deux événements", "« Ces deux événements"), ("ne sont liés en aucune façon.", None)],
           about=["e-strike", "e-suspension"],
           note="One pair of guillemets split around « a assuré son porte-parole, Dmitri Peskov, » in the middle of "
                "its sentence: one speech act, two quotes (the second keeps its full stop). « son » is the Kremlin's: "
                "« son porte-parole » is Peskov. « Ces deux événements » (the strike and the suspension) is a plural "
                "phrase, no mention."),
    speech("s-peskov-conditions", "Statement", "Peskov: Moscow would return if its farm exports were unhindered",
           PESKOV, ("Selon", "Selon lui"), [], about=["e-return", "e-obstruction-ends"],
           note="« Selon lui » with indirect speech; « lui » is Peskov."),
    speech("s-putin-threat", "Warning", "Putin threatened on Friday to withdraw from the grain deal", PUTIN,
           ("menacé", None), [], time="t-friday", about=["e-withdrawal"],
           note="« Vendredi, le président russe avait déjà menacé de se retirer du dispositif »: a pluperfect threat "
                "on a past weekday, without a quote."),
    speech("s-ankara-hope", "SpeechAct", "Ankara still hopes for a rescue of the deal", TURKEY,
           ("veut encore croire", None), [], about=["e-rescue"],
           note="A stance the article gives to Turkey (as « veut croire » in gold/cereales-mer-noire-2023-07), no "
                "quote."),
    speech("s-tr-presidency", "Report", "The Turkish presidency announces Erdogan's call with Putin", TR_PRESIDENCY,
           ("a indiqué", None), [], about=["e-call"],
           note="The source after the clause. Erdogan's intention (« compte ») is what it reports, not a speech act "
                "of his own."),
    speech("s-guterres", "Statement", "Guterres: the decision will hit the most vulnerable first", GUTERRES,
           ("a jugé", None), [("d’abord les plus vulnérables", None)], place=NEW_YORK,
           about=["e-hit-vulnerable", "e-suspension"],
           note="« À New York » is where he speaks; the quote is the object of « frapperait », with « d’abord »."),
    speech("s-zelensky", "Assurance", "Zelensky assures the Ukrainian ports will keep working", ZELENSKY,
           ("a assuré", "Zelensky a assuré"), [], place=KYIV, about=["e-ports-working"],
           note="« À Kiev » is the city where he speaks (Q1899), no metonym."),
    speech("s-zelensky-no-detail", "SpeechAct", "Zelensky does not say how the ships would be protected", ZELENSKY,
           ("préciser", None), [], status="negated", place=KYIV, about=["e-ship-protection"],
           note="« sans préciser comment ... »: negated, as « sans évoquer de victimes » in gold."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
