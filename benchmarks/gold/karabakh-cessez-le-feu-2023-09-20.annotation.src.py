"""Held-out annotation of karabakh-cessez-le-feu-2023-09-20.txt (written for the seventeenth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/karabakh-cessez-le-feu-2023-09-20.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/karabakh-cessez-le-feu-2023-09-20.annotation.src.py --check

From held-out set 17 (moved to gold in session 16; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "karabakh-cessez-le-feu-2023-09-20.txt"

NOTE = """\
Held-out-17 article: a day after Azerbaijan launched what Baku calls an « anti-terrorist operation » in \
Nagorno-Karabakh, the separatist authorities accept on Wednesday 20 September 2023 a ceasefire proposed by the \
Russian peacekeepers and pledge to disarm; the Russian defence ministry says the fighting stopped in the early \
afternoon, the enclave's ombudsman gives a toll of Tuesday evening; Baku announces talks on « reintegration » in \
Yevlakh on Thursday; Nikol Pashinyan says Armenia took no part in drafting the text, after protesters demanded his \
resignation the day before; the Kremlin welcomes the deal, Peskov hopes the ceasefire holds and the ministry admits \
that peacekeepers were killed; Washington is « deeply concerned » and Blinken had urged Aliyev on Tuesday to stop; \
Paris asks for an emergency Security Council meeting, which might be held on Thursday; Ankara supports the \
operation, Erdogan having said on Tuesday at the UN that it restores Azerbaijan's sovereignty. Published Wednesday \
20 September 2023 (the file gives the day). The operation, the ceasefire, the Yevlakh talks, the killed \
peacekeepers, the Yerevan protests and the reactions follow the real events loosely; all the quotes, the exact \
toll, the time of the cessation, Peskov's, Washington's and Paris's words and the diplomat are invented. \
What it exercises: an acceptance on the publication day with a passive participle of proposal (« ont accepté \
mercredi un cessez-le-feu proposé par les soldats russes de maintien de la paix »: an Acceptance, an Agreement \
whose trigger is the noun « cessez-le-feu », a Proposal by the peacekeepers) joined by « et » to a pledge with an \
infinitive (« se sont engagées à désarmer leurs forces »: an Assurance, the disarmament planned); « au lendemain \
du déclenchement de ce que Bakou a présenté comme une « opération antiterroriste » » (the launch dated Tuesday with \
no words of its own, eve-of-event; Baku's label a Statement with its quote); a quote first with a passive \
agreement and two nominal events (withdrawal, disarmament) sourced after the clause to a plural group; a \
cessation with a part of the day sourced after the clause to a ministry; a pluperfect toll on « mardi soir » under \
« Selon » with a subgroup (« dont sept civils »); a metonym in a relative imperfect with a one-word quote (« qui \
exigeait la « capitulation » des séparatistes ») and an announcement of planned talks in the future in the past \
with its own one-word quote, a weekday and a city with a role noun in apposition; a two-sentence quote split \
around « a affirmé dans une adresse télévisée le Premier ministre arménien, Nikol Pachinian. » (a role noun and a \
name in apposition after the verb; a negated participation and a negated future with « Nous » for Armenia); « La \
veille » with a pluperfect demand by an unnamed group in front of a building in a city; « À Moscou » (the city) \
with a Kremlin metonym, a quote first with « son porte-parole, Dmitri Peskov » and a hope (hypothetical); a \
passive killing on the publication day sourced after the clause to « le ministère » (a role noun taking up the \
ministry) and « sans dire qui les avait visés » (a negated speech act, « les » the killed peacekeepers); a state \
metonym with « s’est dit » and a quote; a pluperfect exhortation on a past weekday with a title before the name, \
a role noun and a name in apposition for the addressee, a quoted infinitive (the stop proposed) and « lors d’un \
appel » (a Meeting); a request by a metonym for a nominal meeting with a conditional relative on a future weekday \
(« qui pourrait se tenir dès jeudi », hypothetical) sourced to an unnamed diplomat; a metonym with a role noun in \
apposition (« Ankara, allié de Bakou ») supporting the operation, then a pluperfect judgement on a past weekday \
with a title before the name, a purpose (« visait à rétablir », planned) and a quoted noun phrase for the enclave.
Metonyms and places. « Bakou » is Azerbaijan three times (it presents, demands, announces, is allied with): a \
metonym of the local state; « Washington » is the United States (Q30), « Ankara » Turkey and « Paris » France \
(local states, metonyms). « À Moscou » is the city (Q649, the place of the Kremlin's statement, as « À \
Washington » the city in gold); « le Kremlin » is the presidential administration (Q2060629). « Erevan » and « \
Yevlakh » are cities (local places, not metonyms: the protest and the talks take place there). « Haut-Karabakh », \
« l’enclave » (twice), « la région » and « son propre territoire » (inside Erdogan's quote, whose « son » is \
Azerbaijan) are the enclave, a local place.
Mentions. « Les autorités séparatistes du Haut-Karabakh », « les séparatistes » (twice; « des séparatistes » fused, \
from the noun) are one local organisation; « leurs forces » and « formations armées » (fused « des ») are its \
armed forces, a local group; « unités restantes » (fused « des ») are the Armenian units still in the enclave, a \
local group. « les soldats russes de maintien de la paix » are the Russian peacekeeping contingent (a local group); \
« Plusieurs soldats de la paix russes » and « les » are the killed peacekeepers, a group of their own. « le \
ministère russe de la Défense » and « le ministère » are one local organisation (not Q193159, the armed forces). « \
le médiateur de l’enclave » is the enclave's ombudsman (local person). « au moins 32 morts » and « sept civils » \
are two local groups (the dead and the civilians among them). « Nous » is Armenia in Pashinyan's quote and Russia in \
Peskov's (the state the speaker speaks for, as « Nous » for Japan in the bundled article). « son porte-parole » is \
Peskov (« son » the Kremlin). « gouvernement » inside « le siège du gouvernement » is the Armenian government (an \
entity of its own inside a longer description), the seat a local place. « le secrétaire d’État Antony Blinken » \
and « le président turc Recep Tayyip Erdogan » have a title right before the name: only the name is a mention. « \
Nations unies » and « ONU » are the UN (Q1065), « Conseil de sécurité de l’ONU » the Security Council (Q37470). \
Not mentions: « un cessez-le-feu », « le cessez-le-feu », « Un accord », « l’accord », « ce texte » (the \
agreement, an event), « l’offensive », « l’opération », « les hostilités » (twice) and « elle » (the operation, an \
event), « un communiqué », « une adresse télévisée », « une guerre », « la tribune des Nations unies » (only « \
Nations unies » inside it), « sa démission », « la souveraineté de l’Azerbaïdjan » (only « Azerbaïdjan »).
Statuses. The proposal, the acceptance, the ceasefire, the launch, the cessation, the toll, the killing of the \
peacekeepers, the protesters' demand, the call and the support are occurred; the disarmament, the withdrawal, the \
Yevlakh talks and the restoration of sovereignty (a purpose) are planned; the capitulation, the reintegration, \
Aliyev's stop and Pashinyan's resignation are proposed (demanded or urged); the respect of the ceasefire (a hope) \
and the Security Council meeting (« pourrait ») are hypothetical; Armenia's part in the drafting and its being \
drawn into a war are negated, as is the ministry's word on who fired.
Times. « mercredi » (twice) is the publication day; the launch is the Tuesday before it (« au lendemain du \
déclenchement »: no words of its own, eve-of-event, as « au lendemain d’un appel » in gold); « en début \
d’après-midi » is the Wednesday's afternoon (the cessation, as in gold/fukushima-rejets-chine-2023-08-24); « mardi \
soir », « mardi » (twice) are Tuesday 19 September; « jeudi » (twice) Thursday 21 September; « La veille » the eve \
of the day's news (Pashinyan's address, undated, on the publication day): Tuesday 19 September. Statements with no \
weekday or occasion written (the separatists' communiqué, Baku's words, Pashinyan's address, the Kremlin's, \
Peskov's, Washington's, Paris's, the diplomat's, Ankara's support) get no time.
Russia, the United States, Moscow, the Kremlin (Q2060629), Peskov, the UN and the Security Council are linked. \
Nagorno-Karabakh, its separatist authorities and forces, the Russian peacekeepers, Azerbaijan, Armenia, Turkey, \
France, the Russian defence ministry, the ombudsman, the dead, the civilians, the Armenian units, Yevlakh, \
Yerevan, the government seat, the Armenian government, the protesters, Pashinyan, Blinken, Aliyev, Erdogan, the \
killed peacekeepers and the French diplomat are not in ids.tsv: local, unlinked."""

RUSSIA, US, MOSCOW, KREMLIN, PESKOV, UN, UNSC = "Q159", "Q30", "Q649", "Q2060629", "Q4359688", "Q1065", "Q37470"
KARABAKH, SEPARATISTS, SEP_FORCES, ARM_UNITS = "local:nagorno-karabakh", "local:karabakh-separatists", \
    "local:karabakh-separatist-forces", "local:armenian-units-karabakh"
PEACEKEEPERS, KILLED_PK = "local:russian-peacekeepers", "local:killed-russian-peacekeepers"
AZERBAIJAN, ARMENIA, TURKEY, FRANCE = "local:azerbaijan", "local:armenia", "local:turkey", "local:france"
RU_MOD, OMBUDSMAN, DEAD, CIVILIANS = "local:russian-defence-ministry", "local:karabakh-ombudsman", \
    "local:karabakh-dead", "local:karabakh-civilian-dead"
YEVLAKH, YEREVAN, GOV_SEAT, ARM_GOV = "local:yevlakh", "local:yerevan", "local:armenian-government-seat", \
    "local:government-of-armenia"
PROTESTERS, PASHINYAN, BLINKEN, ALIYEV = "local:yerevan-protesters", "local:nikol-pashinyan", \
    "local:antony-blinken", "local:ilham-aliyev"
ERDOGAN, DIPLOMAT = "local:recep-tayyip-erdogan", "local:french-diplomat"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (KARABAKH, "Haut-Karabakh", "Nagorno-Karabakh", "place",
     {"description": "enclave séparatiste peuplée d’Arméniens en Azerbaïdjan", "unlinked_reason": NOT_VERIFIED}),
    (SEPARATISTS, "autorités séparatistes du Haut-Karabakh", "Nagorno-Karabakh separatist authorities",
     "organization", {"description": "les autorités de la république autoproclamée", "unlinked_reason": NOT_VERIFIED}),
    (SEP_FORCES, "forces séparatistes du Haut-Karabakh", "Nagorno-Karabakh separatist forces", "group",
     {"description": "les forces et formations armées des séparatistes, qui doivent désarmer",
      "unlinked_reason": GROUP}),
    (ARM_UNITS, "unités arméniennes restantes", "remaining Armenian units", "group",
     {"description": "unités des forces arméniennes encore présentes dans l’enclave, dont le retrait est convenu",
      "unlinked_reason": GROUP}),
    (PEACEKEEPERS, "soldats russes de maintien de la paix", "Russian peacekeepers", "group",
     {"description": "le contingent russe de maintien de la paix au Haut-Karabakh", "unlinked_reason": NOT_VERIFIED}),
    (KILLED_PK, "soldats de la paix russes tués", "killed Russian peacekeepers", "group",
     {"description": "plusieurs soldats de la paix russes tués par des tirs mercredi", "unlinked_reason": GROUP}),
    (AZERBAIJAN, "Azerbaïdjan", "Azerbaijan", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ARMENIA, "Arménie", "Armenia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (TURKEY, "Turquie", "Turkey", "country", {"unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RU_MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED + "; Q193159 in ids.tsv is the armed forces, not the ministry"}),
    (OMBUDSMAN, "médiateur du Haut-Karabakh", "Nagorno-Karabakh ombudsman", "person",
     {"description": "le médiateur des séparatistes, que l’article ne nomme pas", "unlinked_reason": NOT_VERIFIED}),
    (DEAD, "morts de l’offensive", "dead of the offensive", "group",
     {"description": "au moins 32 morts au soir de mardi", "unlinked_reason": GROUP}),
    (CIVILIANS, "civils tués", "civilian dead", "group",
     {"description": "sept civils parmi les morts", "unlinked_reason": GROUP}),
    (YEVLAKH, "Yevlakh", "Yevlakh", "place",
     {"description": "ville azerbaïdjanaise, lieu des pourparlers", "unlinked_reason": NOT_VERIFIED}),
    (YEREVAN, "Erevan", "Yerevan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (GOV_SEAT, "siège du gouvernement arménien", "seat of the Armenian government", "place",
     {"description": "le bâtiment devant lequel les manifestants se rassemblent à Erevan",
      "unlinked_reason": NOT_VERIFIED}),
    (ARM_GOV, "gouvernement arménien", "Government of Armenia", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PROTESTERS, "manifestants d’Erevan", "protesters in Yerevan", "group",
     {"description": "des milliers de manifestants réclamant la démission de Nikol Pachinian",
      "unlinked_reason": GROUP}),
    (PASHINYAN, "Nikol Pachinian", "Nikol Pashinyan", "person",
     {"description": "Premier ministre arménien", "unlinked_reason": NOT_VERIFIED}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (ALIYEV, "Ilham Aliev", "Ilham Aliyev", "person",
     {"description": "président azerbaïdjanais", "unlinked_reason": NOT_VERIFIED}),
    (ERDOGAN, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "person",
     {"description": "président turc", "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "diplomate français", "French diplomat", "person",
     {"description": "un diplomate que l’article ne nomme pas", "unlinked_reason": "an unnamed person"}),
]

DESCRIPTIONS = {KREMLIN: "l’institution que désigne « le Kremlin »"}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Les autorités séparatistes du Haut-Karabakh ont accepté mercredi un cessez-le-feu proposé par ...
    ("Les autorités séparatistes du Haut-Karabakh", None, SEPARATISTS, "nominal"),
    ("Haut-Karabakh", None, KARABAKH, "name"),
    ("les soldats russes de maintien de la paix", None, PEACEKEEPERS, "nominal"),
    ("leurs forces", None, SEP_FORCES, "nominal"),
    ("Bakou", "ce que Bakou a présenté", AZERBAIJAN, "metonym"),
    ("l’enclave", "dans l’enclave", KARABAKH, "nominal"),
    # « Un accord a été trouvé ... », ont annoncé les séparatistes dans un communiqué.
    ("unités restantes", None, ARM_UNITS, "nominal"),
    ("formations armées", None, SEP_FORCES, "nominal"),
    ("les séparatistes", "ont annoncé les séparatistes", SEPARATISTS, "nominal"),
    # Les hostilités ont cessé ..., a précisé le ministère russe de la Défense.
    ("le ministère russe de la Défense", None, RU_MOD, "nominal"),
    # Selon le médiateur de l’enclave, l’offensive avait fait mardi soir au moins 32 morts, dont sept civils.
    ("le médiateur de l’enclave", None, OMBUDSMAN, "nominal"),
    ("l’enclave", "médiateur de l’enclave", KARABAKH, "nominal"),
    ("au moins 32 morts", None, DEAD, "nominal"),
    ("sept civils", None, CIVILIANS, "nominal"),
    # Bakou, qui exigeait la « capitulation » des séparatistes, a annoncé ... jeudi à Yevlakh, une ville ...
    ("Bakou", "Bakou, qui exigeait", AZERBAIJAN, "metonym"),
    ("séparatistes", "» des séparatistes", SEPARATISTS, "nominal"),
    ("la région", None, KARABAKH, "nominal"),
    ("Yevlakh", None, YEVLAKH, "name"),
    ("une ville azerbaïdjanaise", None, YEVLAKH, "nominal"),
    # « L’Arménie n’a pas participé ..., a affirmé ... le Premier ministre arménien, Nikol Pachinian. Nous ... »
    ("Arménie", None, ARMENIA, "name"),
    ("le Premier ministre arménien", None, PASHINYAN, "nominal"),
    ("Nikol Pachinian", None, PASHINYAN, "name"),
    ("Nous", "Nous ne nous laisserons", ARMENIA, "pronoun"),
    # La veille, des milliers de manifestants avaient réclamé sa démission devant le siège du gouvernement à Erevan.
    ("des milliers de manifestants", None, PROTESTERS, "nominal"),
    ("le siège du gouvernement", None, GOV_SEAT, "nominal"),
    ("gouvernement", "le siège du gouvernement", ARM_GOV, "nominal"),
    ("Erevan", None, YEREVAN, "name"),
    # À Moscou, le Kremlin a salué l’accord. « Nous espérons ... », a déclaré son porte-parole, Dmitri Peskov.
    ("Moscou", None, MOSCOW, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Nous", "Nous espérons", RUSSIA, "pronoun"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # Plusieurs soldats de la paix russes ont été tués mercredi ..., a reconnu le ministère, sans dire qui les ...
    ("Plusieurs soldats de la paix russes", None, KILLED_PK, "nominal"),
    ("le ministère", "a reconnu le ministère", RU_MOD, "nominal"),
    ("les", "qui les avait visés", KILLED_PK, "pronoun"),
    # Washington s’est dit « profondément préoccupé ». Le secrétaire d’État Antony Blinken avait exhorté ...
    ("Washington", None, US, "metonym"),
    ("Antony Blinken", None, BLINKEN, "name"),
    ("le président azerbaïdjanais", None, ALIYEV, "nominal"),
    ("Ilham Aliev", None, ALIYEV, "name"),
    # Paris a demandé une réunion d’urgence du Conseil de sécurité de l’ONU, ..., selon un diplomate français.
    ("Paris", None, FRANCE, "metonym"),
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", None, UN, "name"),
    ("un diplomate français", None, DIPLOMAT, "nominal"),
    # Ankara, allié de Bakou, a au contraire soutenu l’opération : le président turc Recep Tayyip Erdogan ...
    ("Ankara", None, TURKEY, "metonym"),
    ("allié de Bakou", None, TURKEY, "nominal"),
    ("Bakou", "allié de Bakou", AZERBAIJAN, "metonym"),
    ("Recep Tayyip Erdogan", None, ERDOGAN, "name"),
    ("Nations unies", None, UN, "name"),
    ("Azerbaïdjan", None, AZERBAIJAN, "name"),
    ("son propre territoire", None, KARABAKH, "nominal"),
]

PUB_DAY = "The publication day, Wednesday 20 September 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", "accepté mercredi"), "2023-09-20", "day", "weekday-publication-day",
     "« ont accepté mercredi un cessez-le-feu »: " + PUB_DAY),
    ("t-launch", None, "2023-09-19", "day", "eve-of-event",
     "« au lendemain du déclenchement de ce que Bakou a présenté comme une « opération antiterroriste » »: the "
     "acceptance is the day after the launch, so the launch is Tuesday 19 September 2023; no words of its own (as "
     "« au lendemain d’un appel » in gold)."),
    ("t-afternoon", ("en début d’après-midi", None), "2023-09-20", "day", "part-of-day",
     "« Les hostilités ont cessé en début d’après-midi »: the early afternoon of the lede's Wednesday, the day the "
     "ceasefire was accepted (as « en début d’après-midi » in gold/fukushima-rejets-chine-2023-08-24)."),
    ("t-tuesday-evening", ("mardi soir", None), "2023-09-19", "day", "part-of-day",
     "Pluperfect « avait fait mardi soir au moins 32 morts »: the evening of the Tuesday before the publication "
     "day, 19 September 2023 (the toll as of then)."),
    ("t-thursday", ("jeudi", "tiendraient jeudi"), "2023-09-21", "day", "weekday-future",
     "« des pourparlers ... se tiendraient jeudi à Yevlakh »: the Thursday after the publication day, 21 September "
     "2023."),
    ("t-eve", ("La veille", None), "2023-09-19", "day", "eve-of-event",
     "« La veille »: the eve of the day the paragraph tells (Pashinyan's address, which has no weekday but is the "
     "day's news, on the publication day): Tuesday 19 September 2023."),
    ("t-wednesday-killed", ("mercredi", "tués mercredi"), "2023-09-20", "day", "weekday-publication-day",
     "« ont été tués mercredi »: " + PUB_DAY),
    ("t-tuesday-blinken", ("mardi", "exhorté mardi"), "2023-09-19", "day", "weekday-past",
     "Pluperfect « avait exhorté mardi »: the Tuesday before the publication day, 19 September 2023."),
    ("t-thursday-unsc", ("jeudi", "dès jeudi"), "2023-09-21", "day", "weekday-future",
     "« qui pourrait se tenir dès jeudi »: the Thursday after the publication day, 21 September 2023 (« dès », "
     "as early as, does not change the day)."),
    ("t-tuesday-erdogan", ("mardi", "jugé mardi"), "2023-09-19", "day", "weekday-past",
     "Pluperfect « avait jugé mardi à la tribune des Nations unies »: Tuesday 19 September 2023."),
]

LEDE = ("Les autorités séparatistes", "dans l’enclave.")
SEP_QUOTE = ("« Un accord", "dans un communiqué.")
PASHINYAN_EVIDENCE = ("« L’Arménie", "dans une guerre. »")

EVENTS: list[dict[str, Any]] = [
    event("e-proposal", "Proposal", "The Russian peacekeepers propose a ceasefire to the separatists",
          ("proposé", None), [("agent", PEACEKEEPERS), ("recipient", SEPARATISTS)], evidence=LEDE,
          note="« un cessez-le-feu proposé par les soldats russes de maintien de la paix »: a passive participle with "
               "its agent; the ceasefire proposed is e-ceasefire (an event, so no theme). No day is written for the "
               "proposal itself: no time."),
    event("e-acceptance", "Acceptance", "The Karabakh separatists accept the ceasefire on Wednesday",
          ("ont accepté", None), [("agent", SEPARATISTS), ("recipient", PEACEKEEPERS)], time="t-wednesday",
          evidence=LEDE,
          note="« Les autorités séparatistes du Haut-Karabakh ont accepté mercredi un cessez-le-feu »: the "
               "proposers are the recipient of the acceptance (as the inviter in the bundled article)."),
    event("e-ceasefire", "Agreement", "A ceasefire between Azerbaijan and the Karabakh separatists",
          ("cessez-le-feu", "accepté mercredi un cessez-le-feu"),
          [("participant", SEPARATISTS), ("participant", AZERBAIJAN)], time="t-wednesday", evidence=LEDE,
          note="The noun « cessez-le-feu » is the agreement; Azerbaijan, the other side, is implied by the story (its "
               "operation stops). Restated by « Un accord a été trouvé » (the separatists' quote), « l’accord » (the "
               "Kremlin), « ce texte » (Pashinyan) and « le cessez-le-feu » (Peskov): no new event."),
    event("e-disarmament", "Event", "The separatists to disarm their forces", ("désarmer", None),
          [("agent", SEPARATISTS), ("theme", SEP_FORCES)], status="planned", according_to=[SEPARATISTS],
          evidence=LEDE,
          note="« se sont engagées à désarmer leurs forces »: a pledge, planned. « le désarmement complet des "
               "formations armées » in the separatists' quote restates it."),
    event("e-launch", "Event", "Azerbaijan launches an « anti-terrorist operation » in the enclave on Tuesday",
          ("déclenchement", None), [("agent", AZERBAIJAN)], place=KARABAKH, time="t-launch", evidence=LEDE,
          note="« au lendemain du déclenchement de ce que Bakou a présenté comme une « opération antiterroriste » "
               "dans l’enclave »: the launcher is Azerbaijan, whose label it is (« Bakou » the state). Restated by « "
               "l’offensive », « l’opération » and « elle » (Erdogan's clause); « Les hostilités » and « les "
               "hostilités » are the fighting it started (no entity, no new event)."),
    event("e-withdrawal", "Event", "The remaining Armenian units to withdraw", ("retrait", None),
          [("agent", ARM_UNITS)], status="planned", according_to=[SEPARATISTS], evidence=SEP_QUOTE,
          note="« Un accord a été trouvé sur le retrait des unités restantes »: agreed, not yet done: planned. The "
               "article does not write from where (the enclave is implied): no place."),
    event("e-cessation", "Event", "The fighting stops in the early afternoon", ("ont cessé", None),
          [("participant", AZERBAIJAN), ("participant", SEPARATISTS)], time="t-afternoon",
          according_to=[RU_MOD],
          note="« Les hostilités ont cessé en début d’après-midi, a précisé le ministère russe de la Défense »: the "
               "two sides of the hostilities are implied (as the ceasefire's)."),
    event("e-deaths", "Event", "The offensive had killed at least 32 people by Tuesday evening, seven civilians",
          ("avait fait", None), [("recipient", DEAD), ("recipient", CIVILIANS)], place=KARABAKH,
          time="t-tuesday-evening", part_of="e-launch", according_to=[OMBUDSMAN],
          note="« l’offensive avait fait mardi soir au moins 32 morts, dont sept civils »: the dead the recipient "
               "(as « faisant au moins 64 morts » in gold); the civilians are part of them, a second recipient. The "
               "place is the enclave where the offensive was launched."),
    event("e-capitulation", "Event", "The separatists' capitulation that Baku demanded", ("capitulation", None),
          [("agent", SEPARATISTS)], status="proposed", according_to=[AZERBAIJAN],
          note="« qui exigeait la « capitulation » des séparatistes »: demanded, proposed. Whether the acceptance "
               "amounts to it the article does not say."),
    event("e-talks", "Meeting", "Talks on the region's reintegration to be held in Yevlakh on Thursday",
          ("pourparlers", None), [("participant", AZERBAIJAN), ("participant", SEPARATISTS)], status="planned",
          place=YEVLAKH, time="t-thursday", according_to=[AZERBAIJAN],
          note="« a annoncé que des pourparlers ... se tiendraient jeudi à Yevlakh »: a future in the past in an "
               "announcement: planned. The parties are not written; Baku and the separatists follow from the story."),
    event("e-reintegration", "Event", "The reintegration of the region into Azerbaijan", ("réintégration", None),
          [("agent", AZERBAIJAN), ("theme", KARABAKH)], status="proposed", according_to=[AZERBAIJAN],
          note="« des pourparlers sur la « réintégration » de la région »: the topic of planned talks, Baku's aim, "
               "not yet done: proposed. « la région » is the enclave."),
    event("e-drafting", "Event", "Armenia took no part in drafting the ceasefire text", ("participé", None),
          [("agent", ARMENIA)], status="negated", according_to=[PASHINYAN],
          note="« L’Arménie n’a pas participé à la rédaction de ce texte »: negated; « ce texte » is the ceasefire "
               "agreement (e-ceasefire), not an entity."),
    event("e-war", "Event", "Armenia will not let itself be drawn into a war", ("entraîner", None),
          [("participant", ARMENIA)], status="negated", according_to=[PASHINYAN],
          note="« Nous ne nous laisserons pas entraîner dans une guerre »: a negated future; « Nous » is Armenia; « "
               "une guerre » is the war it refuses, no entity."),
    event("e-resignation", "Event", "Pashinyan's resignation demanded by the protesters", ("démission", None),
          [("agent", PASHINYAN)], status="proposed", according_to=[PROTESTERS],
          note="« des milliers de manifestants avaient réclamé sa démission »: demanded, proposed; « sa » is "
               "Pashinyan."),
    event("e-peacekeepers-killed", "Event", "Several Russian peacekeepers killed by gunfire on Wednesday",
          ("ont été tués", None), [("recipient", KILLED_PK)], place=KARABAKH, time="t-wednesday-killed",
          according_to=[RU_MOD],
          note="« Plusieurs soldats de la paix russes ont été tués mercredi par des tirs, a reconnu le ministère »: "
               "a passive with no agent; « sans dire qui les avait visés » says the shooter is not named (the "
               "targeting is the same shooting, no second event). The place, the enclave where they serve, is "
               "implied."),
    event("e-ceasefire-respected", "Event", "The ceasefire will be respected (Moscow's hope)", ("respecté", None),
          [("participant", AZERBAIJAN), ("participant", SEPARATISTS)], status="hypothetical",
          according_to=[PESKOV],
          note="« Nous espérons que le cessez-le-feu sera respecté »: a hope, not a fact: hypothetical (as a fear in "
               "gold)."),
    event("e-call", "Meeting", "Blinken's phone call with Aliyev on Tuesday", ("appel", "lors d’un appel"),
          [("participant", BLINKEN), ("participant", ALIYEV)], time="t-tuesday-blinken",
          note="« lors d’un appel »: the occasion of the exhortation, a call (as « appel téléphonique » in gold)."),
    event("e-stop", "Event", "Aliyev urged to stop the hostilities immediately", ("cesser", None),
          [("agent", ALIYEV)], status="proposed", according_to=[BLINKEN],
          note="« avait exhorté mardi le président azerbaïdjanais, Ilham Aliev, à « cesser immédiatement » les "
               "hostilités »: urged, proposed; the one urged is the agent (as « exhorté Pyongyang à « mettre fin "
               "... » » in gold). « immédiatement » is manner, no time."),
    event("e-unsc-meeting", "Meeting", "An emergency Security Council meeting, which might be held on Thursday",
          ("réunion", None), [("participant", UNSC)], status="hypothetical", time="t-thursday-unsc",
          according_to=[FRANCE, DIPLOMAT],
          note="« Paris a demandé une réunion d’urgence du Conseil de sécurité de l’ONU, qui pourrait se tenir dès "
               "jeudi, selon un diplomate français »: requested, and only possible on Thursday: hypothetical."),
    event("e-sovereignty", "Event", "The operation aims to restore Azerbaijan's sovereignty over its territory",
          ("rétablir", None), [("agent", AZERBAIJAN), ("theme", KARABAKH)], status="planned",
          according_to=[ERDOGAN],
          note="« qu’elle visait à rétablir la souveraineté de l’Azerbaïdjan sur « son propre territoire » »: the "
               "operation's purpose in Erdogan's judgement: planned (as a purpose infinitive in gold). « son propre "
               "territoire » is the enclave (Erdogan's words), the theme."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-separatists-pledge", "Assurance", "The separatists pledge to disarm their forces", SEPARATISTS,
           ("se sont engagées", None), [], time="t-wednesday", evidence=LEDE, about=["e-disarmament"],
           note="« et se sont engagées à désarmer leurs forces »: the second verb of the lede's subject, sharing its « "
                "mercredi »."),
    speech("s-baku-label", "Statement", "Baku presents its offensive as an « anti-terrorist operation »", AZERBAIJAN,
           ("a présenté", None), [("opération antiterroriste", None)], evidence=LEDE, about=["e-launch"],
           note="« de ce que Bakou a présenté comme une « opération antiterroriste » »: Baku's label, its own words; "
                "no day is written for the presenting: no time."),
    speech("s-separatists-communique", "Statement", "The separatists announce an agreement on withdrawal and "
           "disarmament", SEPARATISTS, ("ont annoncé", None),
           [("Un accord a été trouvé sur le retrait des unités restantes et le désarmement complet des formations "
             "armées", None)], evidence=SEP_QUOTE,
           about=["e-ceasefire", "e-withdrawal", "e-disarmament"],
           note="A quote first, « ont annoncé les séparatistes dans un communiqué » (the communiqué is no entity)."),
    speech("s-mod-cessation", "Statement", "The Russian defence ministry says the fighting stopped in the early "
           "afternoon", RU_MOD, ("a précisé", None), [], about=["e-cessation"],
           note="The source after the clause; the afternoon dates the cessation, not the statement."),
    speech("s-ombudsman", "Report", "The enclave's ombudsman gives the toll", OMBUDSMAN, ("Selon", None), [],
           about=["e-deaths"], note="« Selon le médiateur de l’enclave »."),
    speech("s-baku-demand", "Statement", "Baku demanded the separatists' « capitulation »", AZERBAIJAN,
           ("exigeait", None), [("capitulation", None)], about=["e-capitulation"],
           note="« Bakou, qui exigeait la « capitulation » des séparatistes »: a relative imperfect, a speech act with "
                "its one-word quote; no time."),
    speech("s-baku-talks", "Statement", "Baku announces talks on « reintegration » in Yevlakh on Thursday",
           AZERBAIJAN, ("a annoncé", None), [("réintégration", None)], about=["e-talks", "e-reintegration"],
           note="The Thursday dates the talks, not the announcement: no time."),
    speech("s-pashinyan", "Statement", "Pashinyan: Armenia did not take part in drafting the text and will not be "
           "drawn into a war", PASHINYAN, ("a affirmé", None),
           [("L’Arménie n’a pas participé à la rédaction de ce texte", None),
            ("Nous ne nous laisserons pas entraîner dans une guerre.", None)],
           evidence=PASHINYAN_EVIDENCE, about=["e-drafting", "e-war", "e-ceasefire"],
           note="One quote split around « a affirmé dans une adresse télévisée le Premier ministre arménien, Nikol "
                "Pachinian. », with a sentence end in the split: one speech act, two quotes (the second keeps its "
                "full stop, as in gold). « une adresse télévisée » is no entity; no weekday: no time."),
    speech("s-protesters", "Statement", "Protesters demanded Pashinyan's resignation in Yerevan the day before",
           PROTESTERS, ("avaient réclamé", None), [], place=YEREVAN, time="t-eve", about=["e-resignation"],
           note="« devant le siège du gouvernement à Erevan »: in front of the building, so the place is the city (as "
                "the rally « devant l’ambassade » in gold)."),
    speech("s-kremlin", "Statement", "The Kremlin welcomes the agreement", KREMLIN, ("a salué", None), [],
           place=MOSCOW, about=["e-ceasefire"],
           note="« À Moscou, le Kremlin a salué l’accord »: Moscow the city, the place; « l’accord » the ceasefire."),
    speech("s-peskov", "Statement", "Peskov hopes the ceasefire will be respected", PESKOV, ("a déclaré", None),
           [("Nous espérons que le cessez-le-feu sera respecté", None)], about=["e-ceasefire-respected"],
           note="A quote first, « a déclaré son porte-parole, Dmitri Peskov »; « Nous » is Russia."),
    speech("s-mod-killed", "Statement", "The ministry admits that Russian peacekeepers were killed", RU_MOD,
           ("a reconnu", None), [], about=["e-peacekeepers-killed"],
           note="« a reconnu le ministère »: « le ministère » takes up the Russian defence ministry."),
    speech("s-mod-no-shooter", "SpeechAct", "The ministry does not say who fired on the peacekeepers", RU_MOD,
           ("dire", "sans dire qui"), [], status="negated", about=["e-peacekeepers-killed"],
           note="« sans dire qui les avait visés »: a negated speech act (as « sans préciser » in gold)."),
    speech("s-washington", "Statement", "Washington is « deeply concerned »", US, ("s’est dit", None),
           [("profondément préoccupé", None)], about=["e-launch"],
           note="« Washington » is the United States; no weekday: no time."),
    speech("s-blinken", "Statement", "Blinken had urged Aliyev on Tuesday to « stop immediately » the hostilities",
           BLINKEN, ("avait exhorté", None), [("cesser immédiatement", None)], addressee=ALIYEV,
           time="t-tuesday-blinken", about=["e-stop", "e-launch"],
           note="« Le secrétaire d’État Antony Blinken »: a title right before the name; the addressee has a role noun "
                "and a name in apposition. Said during the call (e-call)."),
    speech("s-paris-request", "Statement", "Paris asks for an emergency Security Council meeting", FRANCE,
           ("a demandé", None), [], about=["e-unsc-meeting"],
           note="« Paris » is France (a metonym); no time is written for the request."),
    speech("s-diplomat", "Report", "A French diplomat says the meeting could be held on Thursday", DIPLOMAT,
           ("selon", None), [], about=["e-unsc-meeting", "s-paris-request"], note="« selon un diplomate français »."),
    speech("s-ankara-support", "SpeechAct", "Ankara supports the operation", TURKEY, ("soutenu", None), [],
           about=["e-launch"],
           note="« Ankara, allié de Bakou, a au contraire soutenu l’opération »: a stance of Turkey (a metonym) with "
                "no quote, as « Washington en est persuadée » in the bundled article; no time."),
    speech("s-erdogan", "Statement", "Erdogan said at the UN on Tuesday that the operation restores Azerbaijan's "
           "sovereignty over « its own territory »", ERDOGAN, ("avait jugé", None),
           [("son propre territoire", None)], time="t-tuesday-erdogan", about=["e-sovereignty", "e-launch"],
           note="« le président turc Recep Tayyip Erdogan avait jugé mardi à la tribune des Nations unies »: a title "
                "right before the name; the rostrum (at the UN in New York) is not a place entity, so no place."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
