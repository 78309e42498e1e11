"""Held-out annotation of soldats-nord-coreens-russie-2024-10-18.txt (written for the sixteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/soldats-nord-coreens-russie-2024-10-18.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/soldats-nord-coreens-russie-2024-10-18.annotation.src.py --check

From held-out set 16 (moved to gold in session 15; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "soldats-nord-coreens-russie-2024-10-18.txt"

NOTE = """\
Held-out-16 article: South Korea's intelligence service (NIS) says North Korea has sent troops to Russia to fight \
against Ukraine, some 1,500 special forces carried by Russian ships to Vladivostok between 8 and 13 October, with \
thousands more to follow; Yoon Suk Yeol calls it a grave provocation, the National Security Council is to meet on \
Monday, Seoul summons the Russian ambassador; Moscow and North Korea's UN mission deny; Kyiv sees its warnings \
confirmed (Zelensky's Thursday claim in Brussels, his Friday Telegram post); the White House cannot confirm, NATO \
wants proof; a conditional first foreign intervention, the June treaty, and a possible arms delivery to Kyiv. \
Published on Friday 18 October 2024 (the file gives the day). Facts partly invented (the summons, the quotes of \
Yoon, Kim Hong-kyun, Zelensky, Rutte, the UN mission, the adviser, and the Monday meeting). What it exercises: a \
claim by an intelligence service sourced after the clause with an acronym in brackets (« a affirmé vendredi le \
service national du renseignement sud-coréen (NIS) »: the dispatch suspected, according to the NIS) and a purpose \
infinitive (« pour combattre contre l’Ukraine »: planned); « Selon lui » over a passive transport with a thing as \
agent and a range of days inside one month (« ont été transportés entre le 8 et le 13 octobre par des navires russes \
jusqu’à Vladivostok »: the month) and a conditional of unconfirmed news with a partitive clitic (« Pyongyang \
s’apprêterait à en dépêcher plusieurs milliers d’autres »: hypothetical); a quote split around its reporting clause \
with a title before the name and a nominal meeting (« a déclaré le président Yoon Suk Yeol à l’issue d’une réunion \
d’urgence »), the second part a relative clause (« qui menace la sécurité de notre pays »: « notre pays » South \
Korea); a planned council meeting on a future weekday with a purpose (« se réunira lundi pour examiner une riposte »: \
the riposte hypothetical) sourced after the clause to the presidency; a summons by a metonym with a name in \
apposition, and a demand with a dative clitic and a quoted noun (« lui a demandé « le retrait immédiat » de ces \
soldats, selon l’agence Yonhap »: the withdrawal proposed; a Yonhap Report); a bare denial by a metonym (« Moscou \
a démenti »); a quote first with a name and a role noun in apposition and « cité par l’agence TASS »; an \
institution with an emphatic pronoun and a qualification with a quote (« La mission nord-coréenne auprès de l’ONU \
a, elle aussi, qualifié ces informations de « rumeurs sans fondement » »); a stance by a metonym without a verb of \
speech (« Kiev y voit la confirmation de ses avertissements »: « y » not a place); a pluperfect claim on a past \
weekday in a city (« avait affirmé jeudi à Bruxelles que le Nord préparait l’envoi de 10 000 hommes »: the \
preparation suspected, the dispatch planned, according to Zelensky); a written quote first with « a-t-il écrit \
vendredi sur Telegram » and « nous » for Ukraine; « À Washington » (the city) with a statement and a negated \
confirmation (« a dit ne pas pouvoir confirmer ces informations ») and a second verb with its own quote (« tout en \
se disant « très préoccupée » »); a wish with an emphatic pronoun and a speech act conditioned on it (« L’Otan veut, \
elle, des preuves avant de se prononcer »); a quote first with « Nous » for NATO, a possessive role noun before \
the name in apposition and a nominal meeting of a group (« en marge d’une réunion des ministres de la Défense »); a \
conditional in « Si ... il s’agirait » (the intervention hypothetical, « l’envoi » the dispatch restated) and « \
depuis l’invasion de février 2022 » (attached to nothing); a pluperfect signing by two persons at a city in a month \
(« avaient signé en juin à Pyongyang un traité ») with a relative present and a case (« qui prévoit une assistance \
militaire en cas d’agression »: the assistance and the aggression hypothetical); a conditional delivery to a metonym \
sourced after the clause to an unnamed adviser (« Séoul pourrait en retour livrer des armes à Kiev, a averti un \
conseiller présidentiel »).
Places and metonyms. « Pyongyang » is North Korea where it dispatches (Q423) and the city where the treaty was \
signed (Q18808); « Séoul » is South Korea twice (Q884: it summons, it could deliver); « Moscou » Russia (Q159); « \
Kiev » Ukraine twice (Q212: it sees, it receives arms); « Kremlin » in « porte-parole du Kremlin » the institution \
(Q2060629); « Washington » in « À Washington » the city (Q61), as in gold; « Maison Blanche » the US presidency \
(local, a metonym, as in gold). « Russie » in « l’ambassadeur de Russie » is annotated (the state, a different \
entity from the ambassador), like « Kremlin » in « porte-parole du Kremlin ». « le Nord » is North Korea (nominal).
Mentions. « le service national du renseignement sud-coréen » is the NIS (nominal: a descriptive French rendering, \
lowercase) and « NIS » its name; « lui » (« Selon lui ») the NIS; « notre pays » (inside Yoon's quote) South \
Korea; « l’ambassadeur de Russie » (in apposition before the name) Zinoviev and « lui » (dative) Zinoviev; the \
title before Kim Hong-kyun's name (« Le vice-ministre des Affaires étrangères ») is part of the name's phrase, as \
« le président Yoon Suk Yeol »; « porte-parole du Kremlin » (in apposition after a comma) Peskov; « elle » (« a, \
elle aussi, ») the UN mission; « Le président ukrainien » (before the name, after which a comma) Zelensky; « il » \
in « a-t-il écrit » Zelensky; « nous » in his quote Ukraine; « elle » (« veut, elle, ») and « Nous » in Rutte's \
quote NATO; « son secrétaire général » Rutte. Things and groups an event takes as its theme are marked: « des \
troupes » and « ces soldats » (the troops sent), « quelque 1 500 membres des forces spéciales », « plusieurs \
milliers d’autres », « 10 000 hommes », « des armes »; the Russian ships (agent of the transport) and « un traité \
» too; « ministres de la Défense » (NATO's, a group, from the noun after the fused « des », as in gold). « le \
conflit » and « l’invasion » are the invasion (Q110999040), as « le conflit en Ukraine » in the bundled article. \
Not mentions: « en » and « y » (clitics), « ces informations » (the NIS's claim restated), « ses avertissements » \
(speech restated), « une riposte », « l’envoi » (events), « une armée étrangère » (indefinite, « the first of any \
foreign army »: not one entity), « l’un des deux pays » (distributive), « la sécurité », « des preuves », « \
d’éléments » (generic), « il » in « il s’agirait » and « Il s’agit » (impersonal).
Statuses and sources. The dispatch is the NIS's claim, denied by Moscow and by the UN mission, unconfirmed by \
Washington and NATO, and the article itself writes « Si l’envoi était confirmé »: suspected, according to the NIS \
(as « a affirmé ... avoir repoussé » in gold). The transport is suspected too (« Selon lui »), the further dispatch \
hypothetical (conditional), the fighting planned (the purpose of the dispatch). Yoon's threat is occurred according \
to him (as Kishida's « ce tir viole » in gold). The Monday meeting is planned; the riposte it examines and the \
arms delivery (« pourrait ») are hypothetical; the withdrawal Seoul demands is proposed. Zelensky's « préparait » is \
suspected (his claim), the dispatch of 10,000 men planned according to him; the war he writes of is occurred \
according to him. The White House's confirmation is a negated speech act; NATO's pronouncement, which waits for \
proof, is hypothetical. The June signing is stated in the article's voice (occurred); the treaty's provision \
occurred, the assistance and the aggression hypothetical (a case).
Times. « vendredi » (twice) is the publication day, Friday 18 October 2024. « entre le 8 et le 13 octobre » is a \
range of days inside October 2024: the month (the finest precision that is true). « lundi » is Monday 21 October \
2024 (future); « jeudi » Thursday 17 October 2024 (pluperfect, the day before). « à ce stade » (inside Rutte's \
quote) is the publication day, as « dans l’immédiat » in gold. « février 2022 » is February 2022, attached to nothing \
(the invasion is an entity here, as in gold); « en juin » June 2024 (pluperfect, written in October 2024). « \
désormais » is not a time. Speech acts with no weekday of their own (Yoon, the presidency, the summons, Kim \
Hong-kyun, Yonhap, Moscow, Peskov, TASS, the UN mission, Kyiv's stance, the White House, NATO, Rutte, the adviser) \
have no time.
The NIS, Yoon Suk Yeol, the South Korean presidency, the National Security Council of South Korea, Gueorgui \
Zinoviev, Kim Hong-kyun, Yonhap, the North Korean mission to the UN, Volodymyr Zelensky, Brussels, Telegram, the \
White House, NATO, Mark Rutte, the NATO defence ministers, the presidential adviser, the troops, the special forces, \
the further soldiers, the 10,000 men, the Russian ships, the treaty and the arms are not in ids.tsv: local, \
unlinked. North Korea, Russia, Ukraine, South Korea, Vladivostok, Pyongyang, Dmitry Peskov, the Kremlin, TASS, the \
UN, Washington, the invasion of Ukraine, Kim Jong-un and Vladimir Putin are linked."""

KIM, PUTIN, PESKOV = "Q56226", "Q7747", "Q4359688"
NK, SK, RUSSIA, UKRAINE, INVASION = "Q423", "Q884", "Q159", "Q212", "Q110999040"
KREMLIN, TASS, UN = "Q2060629", "Q223799", "Q1065"
VLADIVOSTOK, PYONGYANG_CITY, WASHINGTON_CITY = "Q959", "Q18808", "Q61"
NIS, TROOPS, SPECIAL_FORCES, SHIPS, MORE_SOLDIERS = "local:nis", "local:north-korean-troops", \
    "local:north-korean-special-forces", "local:russian-ships", "local:further-north-korean-soldiers"
YOON, PRESIDENCY, NSC = "local:yoon-suk-yeol", "local:south-korean-presidency", "local:south-korea-nsc"
ZINOVIEV, KIM_HK, YONHAP, NK_MISSION = "local:georgy-zinoviev", "local:kim-hong-kyun", "local:yonhap", \
    "local:north-korean-un-mission"
ZELENSKY, BRUSSELS, MEN_10000, TELEGRAM = "local:volodymyr-zelensky", "local:brussels", \
    "local:ten-thousand-men", "local:telegram"
WHITE_HOUSE, NATO, RUTTE, NATO_MINISTERS = "local:white-house", "local:nato", "local:mark-rutte", \
    "local:nato-defence-ministers"
TREATY, ARMS, ADVISER = "local:russia-north-korea-treaty-2024", "local:arms-for-ukraine", \
    "local:south-korean-presidential-adviser"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (NIS, "Service national du renseignement", "National Intelligence Service (South Korea)", "organization",
     {"description": "le service de renseignement sud-coréen (NIS)", "unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "troupes nord-coréennes envoyées en Russie", "North Korean troops sent to Russia", "group",
     {"description": "les soldats que la Corée du Nord aurait envoyés en Russie, selon le NIS",
      "unlinked_reason": "an unspecified body of troops, not one Wikidata item"}),
    (SPECIAL_FORCES, "1 500 membres des forces spéciales nord-coréennes", "1,500 North Korean special forces",
     "group", {"description": "les soldats transportés entre le 8 et le 13 octobre jusqu’à Vladivostok, selon le NIS",
               "unlinked_reason": "a group of soldiers, not one Wikidata item"}),
    (SHIPS, "navires russes", "Russian ships", "object",
     {"description": "les navires qui auraient transporté les forces spéciales jusqu’à Vladivostok",
      "unlinked_reason": "unnamed ships, not one Wikidata item"}),
    (MORE_SOLDIERS, "plusieurs milliers d’autres soldats nord-coréens", "several thousand more North Korean soldiers",
     "group", {"description": "les soldats que Pyongyang s’apprêterait à envoyer, selon le NIS",
               "unlinked_reason": "a group of soldiers, not one Wikidata item"}),
    (YOON, "Yoon Suk Yeol", "Yoon Suk Yeol", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence sud-coréenne", "South Korean presidency", "organization",
     {"description": "le bureau du président sud-coréen", "unlinked_reason": NOT_VERIFIED}),
    (NSC, "Conseil de sécurité nationale (Corée du Sud)", "National Security Council (South Korea)", "organization",
     {"description": "le Conseil de sécurité nationale sud-coréen, pas celui de l’ONU",
      "unlinked_reason": NOT_VERIFIED}),
    (ZINOVIEV, "Gueorgui Zinoviev", "Georgy Zinoviev", "person",
     {"description": "ambassadeur de Russie en Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (KIM_HK, "Kim Hong-kyun", "Kim Hong-kyun", "person",
     {"description": "vice-ministre sud-coréen des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization", {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (NK_MISSION, "mission nord-coréenne auprès de l’ONU", "Permanent Mission of North Korea to the United Nations",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MEN_10000, "10 000 soldats nord-coréens", "10,000 North Korean soldiers", "group",
     {"description": "les hommes dont le Nord préparait l’envoi, selon Volodymyr Zelensky",
      "unlinked_reason": "a group of soldiers, not one Wikidata item"}),
    (TELEGRAM, "Telegram", "Telegram", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"description": "la présidence américaine, pour laquelle le bâtiment est mis", "unlinked_reason": NOT_VERIFIED}),
    (NATO, "Otan", "NATO", "organization", {"class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (RUTTE, "Mark Rutte", "Mark Rutte", "person",
     {"description": "secrétaire général de l’Otan", "unlinked_reason": NOT_VERIFIED}),
    (NATO_MINISTERS, "ministres de la Défense de l’Otan", "NATO defence ministers", "group",
     {"unlinked_reason": "a group of ministers, not one Wikidata item"}),
    (TREATY, "traité de partenariat stratégique global entre la Russie et la Corée du Nord",
     "Russia–North Korea Comprehensive Strategic Partnership Treaty", "other",
     {"description": "traité signé en juin 2024 à Pyongyang, qui prévoit une assistance militaire en cas d’agression",
      "unlinked_reason": NOT_VERIFIED}),
    (ARMS, "armes pour l’Ukraine", "arms for Ukraine", "object",
     {"description": "les armes que la Corée du Sud pourrait livrer à l’Ukraine",
      "unlinked_reason": "unspecified weapons, not one Wikidata item"}),
    (ADVISER, "un conseiller présidentiel sud-coréen", "a South Korean presidential adviser", "person",
     {"description": "conseiller de la présidence sud-coréenne que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Corée du Nord a envoyé des troupes en Russie pour combattre contre l’Ukraine, a affirmé vendredi ...
    ("Corée du Nord", "La Corée du Nord a envoyé", NK, "name"),
    ("des troupes", None, TROOPS, "nominal"),
    ("Russie", "troupes en Russie", RUSSIA, "name"),
    ("Ukraine", None, UKRAINE, "name"),
    ("le service national du renseignement sud-coréen", None, NIS, "nominal"),
    ("NIS", None, NIS, "name"),
    # Selon lui, quelque 1 500 membres des forces spéciales ont été transportés ... par des navires russes ...
    ("lui", "Selon lui", NIS, "pronoun"),
    ("quelque 1 500 membres des forces spéciales", None, SPECIAL_FORCES, "nominal"),
    ("des navires russes", None, SHIPS, "nominal"),
    ("Vladivostok", None, VLADIVOSTOK, "name"),
    ("Pyongyang", "et Pyongyang s’apprêterait", NK, "metonym"),
    ("plusieurs milliers d’autres", None, MORE_SOLDIERS, "nominal"),
    # « Il s’agit d’une provocation grave, a déclaré le président Yoon Suk Yeol ..., qui menace ... notre pays. »
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("notre pays", None, SK, "nominal"),
    # Le Conseil de sécurité nationale se réunira lundi pour examiner une riposte, a précisé la présidence.
    ("Conseil de sécurité nationale", None, NSC, "name"),
    ("la présidence", None, PRESIDENCY, "nominal"),
    # Séoul a convoqué l’ambassadeur de Russie, Gueorgui Zinoviev.
    ("Séoul", "Séoul a convoqué", SK, "metonym"),
    ("l’ambassadeur de Russie", None, ZINOVIEV, "nominal"),
    ("Russie", "l’ambassadeur de Russie", RUSSIA, "name"),
    ("Gueorgui Zinoviev", None, ZINOVIEV, "name"),
    # Le vice-ministre des Affaires étrangères Kim Hong-kyun lui a demandé « le retrait immédiat » de ces soldats, ...
    ("Kim Hong-kyun", None, KIM_HK, "name"),
    ("lui", "lui a demandé", ZINOVIEV, "pronoun"),
    ("ces soldats", None, TROOPS, "nominal"),
    ("Yonhap", None, YONHAP, "name"),
    # Moscou a démenti. « C’est encore une fausse nouvelle », a réagi Dmitri Peskov, porte-parole du Kremlin, ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("TASS", None, TASS, "name"),
    # La mission nord-coréenne auprès de l’ONU a, elle aussi, qualifié ces informations de « rumeurs ... ».
    ("La mission nord-coréenne auprès de l’ONU", None, NK_MISSION, "nominal"),
    ("ONU", None, UN, "name"),
    ("elle", "a, elle aussi,", NK_MISSION, "pronoun"),
    # Kiev y voit la confirmation de ses avertissements.
    ("Kiev", "Kiev y voit", UKRAINE, "metonym"),
    # Le président ukrainien, Volodymyr Zelensky, avait affirmé jeudi à Bruxelles que le Nord préparait l’envoi ...
    ("Le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    ("le Nord", None, NK, "nominal"),
    ("10 000 hommes", None, MEN_10000, "nominal"),
    # « La Corée du Nord est désormais en guerre contre nous », a-t-il écrit vendredi sur Telegram.
    ("Corée du Nord", "La Corée du Nord est", NK, "name"),
    ("nous", "contre nous", UKRAINE, "pronoun"),
    ("il", "a-t-il écrit", ZELENSKY, "pronoun"),
    ("Telegram", None, TELEGRAM, "name"),
    # À Washington, la Maison Blanche a dit ne pas pouvoir confirmer ces informations, ...
    ("Washington", None, WASHINGTON_CITY, "name"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    # L’Otan veut, elle, des preuves avant de se prononcer : « Nous n’avons pas d’éléments à ce stade », ...
    ("Otan", None, NATO, "name"),
    ("elle", "veut, elle,", NATO, "pronoun"),
    ("Nous", "« Nous n’avons", NATO, "pronoun"),
    ("son secrétaire général", None, RUTTE, "nominal"),
    ("Mark Rutte", None, RUTTE, "name"),
    ("ministres de la Défense", None, NATO_MINISTERS, "nominal"),
    # Si l’envoi était confirmé, il s’agirait de la première intervention ... dans le conflit depuis l’invasion ...
    ("le conflit", None, INVASION, "nominal"),
    ("l’invasion", None, INVASION, "nominal"),
    # Kim Jong-un et Vladimir Poutine avaient signé en juin à Pyongyang un traité qui prévoit ...
    ("Kim Jong-un", None, KIM, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Pyongyang", "juin à Pyongyang", PYONGYANG_CITY, "name"),
    ("un traité", None, TREATY, "nominal"),
    # Séoul pourrait en retour livrer des armes à Kiev, a averti un conseiller présidentiel.
    ("Séoul", "Séoul pourrait", SK, "metonym"),
    ("des armes", None, ARMS, "nominal"),
    ("Kiev", "armes à Kiev", UKRAINE, "metonym"),
    ("un conseiller présidentiel", None, ADVISER, "nominal"),
]

PUB_DAY = "the publication day, Friday 18 October 2024 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", "affirmé vendredi"), "2024-10-18", "day", "weekday-publication-day",
     "« a affirmé vendredi le service national du renseignement sud-coréen »: " + PUB_DAY),
    ("t-8-13-october", ("entre le 8 et le 13 octobre", None), "2024-10", "month", "day-month-publication-year",
     "« ont été transportés entre le 8 et le 13 octobre »: a range of days inside October 2024 (before the "
     "publication day); one day cannot be given, so the month, the finest precision that is true (as a week "
     "inside one month in gold)."),
    ("t-monday", ("lundi", None), "2024-10-21", "day", "weekday-future",
     "« se réunira lundi »: future, the Monday after Friday 18 October 2024: 21 October 2024."),
    ("t-thursday", ("jeudi", None), "2024-10-17", "day", "weekday-past",
     "« avait affirmé jeudi à Bruxelles »: pluperfect, the Thursday before Friday 18 October 2024: 17 October."),
    ("t-friday-telegram", ("vendredi", "écrit vendredi"), "2024-10-18", "day", "weekday-publication-day",
     "« a-t-il écrit vendredi sur Telegram »: " + PUB_DAY),
    ("t-this-stage", ("à ce stade", None), "2024-10-18", "day", "publication-day",
     "Inside Rutte's quote, « Nous n’avons pas d’éléments à ce stade »: now, the publication day (as « dans "
     "l’immédiat » in gold)."),
    ("t-feb-2022", ("février 2022", None), "2022-02", "month", "explicit-month-year",
     "« depuis l’invasion de février 2022 »: the invasion is an entity here, not an event, so the month is "
     "attached to nothing (as « en février 2022 » after « l’offensive russe en Ukraine » in gold)."),
    ("t-june", ("en juin", None), "2024-06", "month", "month-past",
     "Pluperfect « avaient signé en juin », written in October 2024: June 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-dispatch", "Event", "North Korea sent troops to Russia (according to the NIS)", ("a envoyé", None),
          [("agent", NK), ("theme", TROOPS)], status="suspected", place=RUSSIA, according_to=[NIS],
          note="« La Corée du Nord a envoyé des troupes en Russie ..., a affirmé vendredi le service national du "
               "renseignement sud-coréen (NIS) »: the NIS's claim, denied by Moscow and Pyongyang's UN mission, "
               "unconfirmed by Washington and NATO, and conditional in the article's own voice (« Si l’envoi "
               "était confirmé »): suspected (as « a affirmé ... avoir repoussé » in gold). No time of its own "
               "(« vendredi » dates the claim). Restated by « l’envoi » in the last paragraph."),
    event("e-combat", "Event", "The North Korean troops to fight against Ukraine", ("combattre", None),
          [("agent", TROOPS), ("participant", UKRAINE)], status="planned", according_to=[NIS],
          note="« pour combattre contre l’Ukraine »: the purpose of the dispatch, planned (as « destinée à "
               "doubler » in gold)."),
    event("e-transport", "Event", "Some 1,500 special forces carried by Russian ships to Vladivostok",
          ("transportés", None), [("agent", SHIPS), ("theme", SPECIAL_FORCES)], status="suspected",
          place=VLADIVOSTOK, time="t-8-13-october", according_to=[NIS], part_of="e-dispatch",
          note="« Selon lui, quelque 1 500 membres des forces spéciales ont été transportés entre le 8 et le 13 "
               "octobre par des navires russes jusqu’à Vladivostok »: a passive with its agent, a thing (as the "
               "aircraft in gold); Vladivostok, the destination, is its place. Part of the claimed dispatch, "
               "suspected with it."),
    event("e-more-soldiers", "Event", "North Korea about to send several thousand more soldiers",
          ("dépêcher", None), [("agent", NK), ("theme", MORE_SOLDIERS)], status="hypothetical", place=RUSSIA,
          according_to=[NIS],
          note="« Pyongyang s’apprêterait à en dépêcher plusieurs milliers d’autres »: the conditional of "
               "unconfirmed news (as « serait déjà déployée » in gold); « en » is a partitive clitic (not a "
               "mention). Russia, the destination, is implied by the sentence before."),
    event("e-emergency-meeting", "Meeting", "An emergency meeting chaired by Yoon Suk Yeol",
          ("réunion", "réunion d’urgence"), [("participant", YOON)], evidence=("« Il s’agit", "notre pays. »"),
          note="« à l’issue d’une réunion d’urgence »: a nominal meeting, the occasion of Yoon's words, inside the "
               "split quote; no time or place is written."),
    event("e-threat", "Event", "The dispatch threatens South Korea's security (Yoon)", ("menace", None),
          [("agent", NK), ("recipient", SK)], according_to=[YOON], evidence=("« Il s’agit", "notre pays. »"),
          note="« qui menace la sécurité de notre pays »: the second part of Yoon's split quote, whose subject is "
               "the provocation (the dispatch); its author, North Korea, is the agent (as « ce tir viole » in "
               "gold). Stated as fact by Yoon: occurred, according to him."),
    event("e-nsc-meeting", "Meeting", "South Korea's National Security Council to meet on Monday",
          ("se réunira", None), [("participant", NSC)], status="planned", time="t-monday",
          according_to=[PRESIDENCY],
          note="« Le Conseil de sécurité nationale se réunira lundi ..., a précisé la présidence »: planned."),
    event("e-riposte", "Event", "A South Korean riposte (to be examined)", ("riposte", None), [("agent", SK)],
          status="hypothetical", according_to=[PRESIDENCY],
          note="« pour examiner une riposte »: the riposte is only to be examined, not decided: hypothetical. Its "
               "author is South Korea, whose council meets."),
    event("e-summons", "Event", "Seoul summons the Russian ambassador, Georgy Zinoviev", ("a convoqué", None),
          [("agent", SK), ("recipient", ZINOVIEV)],
          note="« Séoul a convoqué l’ambassadeur de Russie, Gueorgui Zinoviev »: no weekday and no place written."),
    event("e-withdrawal", "Event", "The immediate withdrawal of the North Korean soldiers (Seoul's demand)",
          ("retrait", None), [("agent", NK), ("theme", TROOPS)], status="proposed", according_to=[KIM_HK],
          note="« lui a demandé « le retrait immédiat » de ces soldats »: what someone asks for is proposed. The "
               "troops are North Korea's; North Korea, which would withdraw them, is implied."),
    event("e-war", "Event", "North Korea is now at war against Ukraine (Zelensky)", ("en guerre", None),
          [("participant", NK), ("participant", UKRAINE)], according_to=[ZELENSKY],
          note="« La Corée du Nord est désormais en guerre contre nous »: a state asserted by Zelensky (occurred, "
               "according to him); « nous » is Ukraine. « désormais » is not a time."),
    event("e-preparation", "Event", "North Korea was preparing to send 10,000 men (Zelensky)", ("préparait", None),
          [("agent", NK)], status="suspected", according_to=[ZELENSKY],
          note="« avait affirmé jeudi à Bruxelles que le Nord préparait l’envoi de 10 000 hommes »: Zelensky's "
               "claim, not endorsed by the article: suspected. The imperfect gives it his Thursday's present, but "
               "no time of its own is written."),
    event("e-dispatch-10000", "Event", "North Korea to send 10,000 men (Zelensky)", ("envoi", "l’envoi de 10 000"),
          [("agent", NK), ("theme", MEN_10000)], status="planned", according_to=[ZELENSKY],
          part_of="e-preparation",
          note="« l’envoi de 10 000 hommes »: what is being prepared, planned according to Zelensky. A claim "
               "of its own (a different number, a different source), not the NIS's dispatch restated."),
    event("e-defence-ministers-meeting", "Meeting", "A meeting of NATO defence ministers",
          ("réunion", "réunion des ministres"), [("participant", NATO_MINISTERS)],
          note="« en marge d’une réunion des ministres de la Défense »: the occasion of Rutte's words; the "
               "ministers are NATO's (the sentence is about NATO). No time or place written."),
    event("e-intervention", "Event", "The first intervention of a foreign army in the war (hypothetical)",
          ("intervention", None), [("agent", NK)], status="hypothetical",
          note="« Si l’envoi était confirmé, il s’agirait de la première intervention d’une armée étrangère dans "
               "le conflit »: a conditional in the article's own voice; the foreign army would be North Korea's, "
               "so North Korea is the agent. « l’envoi » restates e-dispatch; « il s’agirait » is impersonal. « "
               "confirmé » has no speaker: no speech act."),
    event("e-treaty-signing", "Agreement", "Kim Jong-un and Vladimir Putin signed a treaty in Pyongyang in June",
          ("avaient signé", None), [("participant", KIM), ("participant", PUTIN), ("theme", TREATY)],
          place=PYONGYANG_CITY, time="t-june",
          note="« Kim Jong-un et Vladimir Poutine avaient signé en juin à Pyongyang un traité »: a pluperfect "
               "signing in the article's own voice; Pyongyang is the city (the place)."),
    event("e-treaty-provides", "Event", "The treaty provides for military assistance", ("prévoit", None),
          [("agent", TREATY)],
          note="« un traité qui prévoit »: a relative present whose subject is the treaty (as « qui limitait » "
               "for an agreement in gold)."),
    event("e-assistance", "Event", "Immediate military assistance between Russia and North Korea (in case of "
          "aggression)", ("assistance", None), [("participant", RUSSIA), ("participant", NK)],
          status="hypothetical",
          note="« une assistance militaire en cas d’agression contre l’un des deux pays »: only in a case, "
               "hypothetical (as « en cas d’agression » in gold). The two countries are the treaty's parties."),
    event("e-aggression", "Event", "An aggression against Russia or North Korea (a case)", ("agression", None),
          [("recipient", RUSSIA), ("recipient", NK)], status="hypothetical",
          note="« en cas d’agression contre l’un des deux pays »: a case, hypothetical; either country would be "
               "its target, so both are recipients."),
    event("e-arms-delivery", "Delivery", "South Korea could deliver arms to Ukraine", ("livrer", None),
          [("agent", SK), ("recipient", UKRAINE), ("theme", ARMS)], status="hypothetical",
          according_to=[ADVISER],
          note="« Séoul pourrait en retour livrer des armes à Kiev, a averti un conseiller présidentiel »: a "
               "conditional, hypothetical; « Kiev » is Ukraine (as « livrer ... à Kiev » in gold). « en retour » "
               "is not a time."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-nis", "Statement", "The NIS says North Korea has sent troops to Russia to fight Ukraine", NIS,
           ("a affirmé", "a affirmé vendredi"), [], time="t-friday", about=["e-dispatch", "e-combat"],
           note="The source after the clause, with its acronym in brackets; no quote."),
    speech("s-nis-details", "Statement", "The NIS: 1,500 special forces carried to Vladivostok, thousands more to "
           "follow", NIS, ("Selon", "Selon lui"), [], time="t-friday",
           about=["e-transport", "e-more-soldiers"],
           note="« Selon lui »: the same briefing as the lede's claim, so it takes its Friday (as « a ajouté "
                "l’agence » takes the Thursday in the bundled article)."),
    speech("s-yoon", "Statement", "Yoon Suk Yeol: a grave provocation that threatens South Korea's security", YOON,
           ("a déclaré", None),
           [("Il s’agit d’une provocation grave", None), ("qui menace la sécurité de notre pays.", None)],
           evidence=("« Il s’agit", "notre pays. »"), about=["e-dispatch", "e-threat"],
           note="One pair of guillemets split around « a déclaré le président Yoon Suk Yeol à l’issue d’une "
                "réunion d’urgence »: one speech act, two quotes; the second keeps its full stop. « Il s’agit » is "
                "impersonal; the provocation is the dispatch. No weekday of its own: no time."),
    speech("s-presidency", "Statement", "The presidency: the National Security Council will meet on Monday",
           PRESIDENCY, ("a précisé", None), [], about=["e-nsc-meeting", "e-riposte"],
           note="The source after the clause; « lundi » dates the meeting, not the statement."),
    speech("s-kim-hong-kyun", "Statement", "Kim Hong-kyun demands the immediate withdrawal of the soldiers",
           KIM_HK, ("a demandé", None), [("le retrait immédiat", None)], addressee=ZINOVIEV,
           according_to=[YONHAP], about=["e-withdrawal"],
           note="« lui a demandé « le retrait immédiat » de ces soldats, selon l’agence Yonhap »: « lui » is the "
                "ambassador (the addressee); a quoted noun phrase."),
    speech("s-yonhap", "Report", "Yonhap reports Kim Hong-kyun's demand", YONHAP, ("selon", "selon l’agence Yonhap"),
           [], about=["s-kim-hong-kyun"],
           note="« selon l’agence Yonhap »: the report that carries the demand (as KCNA's report of Kim's words in "
                "the bundled article)."),
    speech("s-moscow-denial", "Statement", "Moscow denies the dispatch", RUSSIA, ("a démenti", None), [],
           about=["e-dispatch"],
           note="« Moscou a démenti »: a bare denial by a metonym; the speech act occurred, what it denies is the "
                "suspected dispatch."),
    speech("s-peskov", "Statement", "Dmitry Peskov: « yet another fake »", PESKOV, ("a réagi", None),
           [("C’est encore une fausse nouvelle", None)], according_to=[TASS], about=["e-dispatch"],
           note="A quote first, the name and the role noun in apposition after the verb."),
    speech("s-tass", "Report", "TASS quotes Dmitry Peskov", TASS, ("cité", "cité par l’agence TASS"), [],
           about=["s-peskov"], note="« cité par l’agence TASS », as in gold."),
    speech("s-nk-mission", "Statement", "North Korea's UN mission calls the reports « unfounded rumours »",
           NK_MISSION, ("qualifié", None), [("rumeurs sans fondement", None)], about=["s-nis", "e-dispatch"],
           note="« a, elle aussi, qualifié ces informations de « rumeurs sans fondement » »: « ces informations » "
                "are the NIS's claim; a denial, like Moscow's (« elle aussi »)."),
    speech("s-kyiv-stance", "SpeechAct", "Kyiv sees in it the confirmation of its warnings", UKRAINE,
           ("voit", "y voit"), [], about=["s-nis", "e-dispatch", "s-zelensky-thursday"],
           note="« Kiev y voit la confirmation de ses avertissements »: a stance the article gives to Ukraine, "
                "without a verb of speech (as « voient ce rapprochement d’un mauvais œil » in gold); « y » is the "
                "NIS's claim (not a place, not a mention); « ses avertissements » are Ukraine's earlier warnings, "
                "which the next sentence gives (Zelensky's Thursday claim)."),
    speech("s-zelensky-thursday", "Statement", "Zelensky said on Thursday in Brussels that North Korea was "
           "preparing to send 10,000 men", ZELENSKY, ("avait affirmé", None), [], time="t-thursday",
           place=BRUSSELS, about=["e-preparation", "e-dispatch-10000"],
           note="A pluperfect claim on a past weekday, in a city; no quote."),
    speech("s-zelensky-telegram", "Statement", "Zelensky writes on Telegram that North Korea is now at war against "
           "Ukraine", ZELENSKY, ("écrit", "a-t-il écrit"),
           [("La Corée du Nord est désormais en guerre contre nous", None)], time="t-friday-telegram",
           about=["e-war"],
           note="Written words (a Statement, as « a écrit sur Telegram » in gold); a quote first with « a-t-il "
                "écrit vendredi sur Telegram ». Telegram is the medium, not a place."),
    speech("s-white-house", "Statement", "The White House says it cannot confirm the reports", WHITE_HOUSE,
           ("a dit", None), [], place=WASHINGTON_CITY, about=["s-nis", "e-dispatch"],
           note="« À Washington, la Maison Blanche a dit ne pas pouvoir confirmer ces informations »: Washington "
                "the city, where it speaks (as in gold); the Maison Blanche is the US presidency (a metonym)."),
    speech("s-white-house-no-confirmation", "Statement", "The White House does not confirm the dispatch",
           WHITE_HOUSE, ("confirmer", "pouvoir confirmer"), [], status="negated", place=WASHINGTON_CITY,
           about=["e-dispatch"],
           note="« ne pas pouvoir confirmer »: a negated confirmation (as « a confirmé ..., mais pas la mise en "
                "orbite » in gold), beside the statement that carries it."),
    speech("s-white-house-concern", "Statement", "The White House says it is « very concerned »", WHITE_HOUSE,
           ("se disant", None), [("très préoccupée", None)], place=WASHINGTON_CITY, about=["e-dispatch"],
           note="« tout en se disant « très préoccupée » »: a second verb with its own quote, a second speech act "
                "(as « tout en exhortant » in gold)."),
    speech("s-nato-wish", "SpeechAct", "NATO wants proof", NATO, ("veut", None), [], about=["e-dispatch"],
           note="« L’Otan veut, elle, des preuves »: a wish the article gives to NATO, without a verb of speech "
                "(a stance, as Kyiv's above); « des preuves » is generic, not a mention."),
    speech("s-nato-pronouncement", "Statement", "NATO to pronounce itself once it has proof", NATO,
           ("se prononcer", None), [], status="hypothetical", about=["e-dispatch"],
           note="« avant de se prononcer »: a speech act that waits on the proof, not yet made: hypothetical."),
    speech("s-rutte", "Statement", "Mark Rutte: « we have no evidence at this stage »", RUTTE, ("a indiqué", None),
           [("Nous n’avons pas d’éléments à ce stade", None)], time="t-this-stage", about=["e-dispatch"],
           note="A quote first with « Nous » for NATO; « son secrétaire général, Mark Rutte » after the verb, "
                "« en marge d’une réunion des ministres de la Défense » its occasion (e-defence-ministers-meeting). "
                "« à ce stade », inside the quote, is now: the publication day."),
    speech("s-adviser", "Warning", "A presidential adviser warns Seoul could deliver arms to Kyiv", ADVISER,
           ("a averti", None), [], about=["e-arms-delivery"],
           note="The source after the clause, an unnamed person; no addressee is written."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
