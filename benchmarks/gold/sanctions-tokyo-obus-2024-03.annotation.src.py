"""Held-out annotation of sanctions-tokyo-obus-2024-03.txt (written for the fifth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sanctions-tokyo-obus-2024-03.annotation.src.py [--check]

Held-out set 5: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sanctions-tokyo-obus-2024-03.txt"

PUBLISHED_INFERRED = {
    "value": "2024-03-19", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives March 2024. « Lundi 18 mars » is a Monday in 2024 and past (pluperfect), « dimanche » "
             "(the election's end) is past; Japan « a annoncé mardi » is past, so the article appeared on or after "
             "Tuesday 19 March; the G7 ministers « doivent se réunir mercredi » is future, so before Wednesday 20. "
             "That leaves Tuesday 19 March 2024."),
}

NOTE = """\
Held-out-5 article 2: Japanese sanctions on companies accused of arranging North Korean arms transfers to Russia. \
The file gives only the month (March 2024); the day, Tuesday 19 March, comes from past « mardi », « dimanche » \
and « Lundi 18 mars » and a future « mercredi ». What it exercises: sanctions announced by a state with their \
targets accused in a participle (« accusées d’organiser des transferts d’armes entre Pyongyang et Moscou »: \
suspected, according to Japan); « après la réélection revendiquée dimanche par Vladimir Poutine » (a claim: a \
speech act of Putin, the re-election suspected); two sanctions in the future passive « à partir du 1er avril » \
sourced after the clause; two quotes of the minister, each with its own verb (« a-t-elle déclaré », « a ajouté la \
cheffe de la diplomatie japonaise »), the second with « Nous » for Japan and a negated half (« sans préciser si \
... »); a negated speech act without a verb of speech (« Tokyo n’a pas adressé de félicitations »); a three-day \
vote judged by a metonym in a relative clause (« que Kiev a jugé « ni libre ni équitable » »); the Kremlin's \
one-word quote and its spokesman's quote relayed by TASS; a pluperfect assurance on « Lundi 18 mars » with a \
pronoun for the state (« qui ne lui sont pas hostiles »); a denial in the present by a metonym (« Pyongyang nie \
toute livraison »: the delivery negated, according to North Korea); a conditional of unconfirmed news sourced to \
intelligence services (« le Nord aurait expédié depuis août », August 2023; « en échange de pétrole et de \
technologies spatiales »: two hypothetical deliveries); a welcome « par la voix d’un porte-parole du département \
d’État » (the state is the speaker, the spokesman in according_to, as « Le gouvernement japonais juge ..., a \
indiqué son porte-parole » in benchmarks/gold); a planned G7 meeting sourced to an anonymous diplomat; a role \
noun in apposition before the name (« Le Premier ministre, Fumio Kishida, attendu en avril à Washington »: a \
planned visit, Washington the city Q61) and a pluperfect promise « en février » at a conference « organisée à \
Tokyo » (the city, Q1490). « Tokyo n’a pas adressé » is Japan (Q17), « Washington a salué » the United States \
(Q30), « Pyongyang » and « Moscou » the states. « G7 » inside « nos partenaires du G7 » and « Les ministres des \
Affaires étrangères du G7 », and « département d’État » inside the spokesman's title, are mentions (names of their \
own). « pays » in « la reconstruction du pays » is Ukraine. Not mentions: « nos partenaires du G7 », « Les \
ministres des Affaires étrangères du G7 » (plural), « nos relations » (inside Peskov's quote), « le peuple \
ukrainien » (no event takes it as a role), « d’autres mesures » (not yet decided). The companies, the South Korean \
intelligence services, the ports, the G7, the State Department and its spokesman, the diplomat, the munitions, \
shells, oil and space technologies are not in ids.tsv: local, unlinked."""

PUTIN, KAMIKAWA, PESKOV, KISHIDA = "Q7747", "Q276275", "Q4359688", "Q359480"
JAPAN, NKOREA, RUSSIA, UKRAINE, US = "Q17", "Q423", "Q159", "Q212", "Q30"
KREMLIN, TASS, WASHINGTON, TOKYO = "Q2060629", "Q223799", "Q61", "Q1490"
COMPANIES, G7, SK_INTEL, PORTS = "local:sanctioned-companies", "local:g7", "local:south-korean-intelligence", \
    "local:russian-far-east-ports"
STATE_DEPT, SD_SPOKESMAN, DIPLOMAT = "local:us-state-department", "local:state-department-spokesman", \
    "local:japanese-diplomat"
MUNITIONS, SHELLS, OIL, SPACE_TECH = "local:north-korean-munitions", "local:north-korean-shells", \
    "local:russian-oil", "local:russian-space-technologies"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (COMPANIES, "entreprises russes et nord-coréennes sanctionnées", "sanctioned Russian and North Korean companies",
     "group", {"unlinked_reason": "an unnamed group of about ten companies, not one Wikidata item"}),
    (MUNITIONS, "munitions nord-coréennes", "North Korean munitions", "object",
     {"unlinked_reason": "an unspecified quantity of munitions, not one Wikidata item"}),
    (G7, "G7", "Group of Seven", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SK_INTEL, "services de renseignement sud-coréens", "South Korean intelligence services", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SHELLS, "plusieurs millions d’obus", "several million shells", "object",
     {"unlinked_reason": "an unspecified quantity of shells, not one Wikidata item"}),
    (PORTS, "ports russes d’Extrême-Orient", "Russian Far East ports", "place",
     {"unlinked_reason": "unnamed ports, not one Wikidata item"}),
    (OIL, "pétrole", "oil", "object", {"unlinked_reason": "an unspecified quantity, not one Wikidata item"}),
    (SPACE_TECH, "technologies spatiales", "space technologies", "object",
     {"unlinked_reason": "unspecified technologies, not one Wikidata item"}),
    (STATE_DEPT, "département d’État des États-Unis", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SD_SPOKESMAN, "un porte-parole du département d’État", "a State Department spokesman", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (DIPLOMAT, "un diplomate japonais", "a Japanese diplomat", "person",
     {"unlinked_reason": "anonymous in the article"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Japon", "Le Japon a annoncé", JAPAN, "name"),
    ("une dizaine d’entreprises russes et nord-coréennes", None, COMPANIES, "nominal"),
    ("Pyongyang", "entre Pyongyang et Moscou", NKOREA, "metonym"),
    ("Moscou", "entre Pyongyang et Moscou", RUSSIA, "metonym"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    # Les avoirs de ces sociétés ...
    ("ces sociétés", None, COMPANIES, "nominal"),
    ("Japon", "sociétés au Japon", JAPAN, "name"),
    ("elles", "avec elles", COMPANIES, "pronoun"),
    ("la ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("munitions nord-coréennes", None, MUNITIONS, "nominal"),
    ("elle", "a-t-elle déclaré", KAMIKAWA, "pronoun"),
    ("Nous", "« Nous agirons", JAPAN, "pronoun"),
    ("G7", "partenaires du G7", G7, "name"),
    ("la cheffe de la diplomatie japonaise", None, KAMIKAWA, "nominal"),
    # Tokyo n’a pas adressé de félicitations ...
    ("Tokyo", "Tokyo n’a pas adressé", JAPAN, "metonym"),
    ("président russe", "au président russe", PUTIN, "nominal"),
    ("Kiev", None, UKRAINE, "metonym"),
    # Le Kremlin a dénoncé ...
    ("Kremlin", None, KREMLIN, "metonym"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("TASS", None, TASS, "name"),
    ("il", "il avait assuré", PESKOV, "pronoun"),
    ("Moscou", "que Moscou restait", RUSSIA, "metonym"),
    ("lui", "ne lui sont pas hostiles", RUSSIA, "pronoun"),
    # Pyongyang nie ...
    ("Pyongyang", "Pyongyang nie", NKOREA, "metonym"),
    ("Russie", None, RUSSIA, "name"),
    ("les services de renseignement sud-coréens", None, SK_INTEL, "nominal"),
    ("le Nord", None, NKOREA, "nominal"),
    ("plusieurs millions d’obus", None, SHELLS, "nominal"),
    ("des ports russes d’Extrême-Orient", None, PORTS, "nominal"),
    ("pétrole", "échange de pétrole", OIL, "nominal"),
    ("technologies spatiales", None, SPACE_TECH, "nominal"),
    # Washington a salué ...
    ("Washington", "Washington a salué", US, "metonym"),
    ("un porte-parole du département d’État", None, SD_SPOKESMAN, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("G7", "Affaires étrangères du G7", G7, "name"),
    ("un diplomate japonais", None, DIPLOMAT, "nominal"),
    # Le Premier ministre, Fumio Kishida ...
    ("Le Premier ministre", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Washington", "en avril à Washington", WASHINGTON, "name"),
    ("Ukraine", None, UKRAINE, "name"),
    ("pays", "reconstruction du pays", UKRAINE, "nominal"),
    ("Tokyo", "organisée à Tokyo", TOKYO, "name"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", None), "2024-03-19", "day", "weekday-publication-day",
     "« a annoncé mardi »: the publication day as inferred, Tuesday 19 March 2024."),
    ("t-sunday", ("dimanche", None), "2024-03-17", "day", "weekday-past",
     "« revendiquée dimanche »: the Sunday before publication, 17 March 2024 (the last day of the vote)."),
    ("t-april-1", ("1er avril", None), "2024-04-01", "day", "day-month-publication-year",
     "« à partir du 1er avril »: the start (annotated as X), in the publication year."),
    ("t-three-days", ("trois jours", None), None, "duration", "explicit-duration",
     "« un scrutin de trois jours »: the vote's length, its only time."),
    ("t-monday-18", ("Lundi 18 mars", None), "2024-03-18", "day", "weekday-day-month",
     "Monday 18 March of the publication year (2024)."),
    ("t-since-august", ("depuis août", None), "2023-08", "month", "month-past",
     "« aurait expédié depuis août », written in March 2024: the last August before publication, August 2023 "
     "(« depuis X » is annotated as X, the start)."),
    ("t-wednesday", ("mercredi", None), "2024-03-20", "day", "weekday-future",
     "« doivent se réunir mercredi »: the Wednesday after Tuesday 19 March 2024."),
    ("t-april", ("en avril", None), "2024-04", "month", "month-publication-year",
     "« attendu en avril »: April 2024, after publication."),
    ("t-february", ("en février", None), "2024-02", "month", "month-publication-year",
     "Pluperfect « avait promis en février »: February 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-sanctions", "Sanction", "Japan announces new sanctions on about ten Russian and North Korean companies",
          ("sanctions", "nouvelles sanctions"), [("agent", JAPAN), ("recipient", COMPANIES)], time="t-tuesday",
          note="The measures are announced on Tuesday; the freeze and the ban take effect on 1 April "
               "(e-asset-freeze, e-transaction-ban). « Ces sanctions » in Peskov's quote restates them."),
    event("e-arms-transfers", "Delivery", "Arms transfers between North Korea and Russia organised by the companies",
          ("transferts", None), [("agent", COMPANIES), ("participant", NKOREA), ("participant", RUSSIA)],
          status="suspected", according_to=[JAPAN],
          note="« accusées d’organiser »: an accusation, suspected, by Japan (which sanctions them)."),
    event("e-reelection", "Event", "Vladimir Putin's re-election, which he claims", ("réélection", None),
          [("recipient", PUTIN)], status="suspected", time="t-sunday", according_to=[PUTIN],
          note="« la réélection revendiquée dimanche par Vladimir Poutine »: the article distances itself "
               "(« revendiquée »), so the re-election is Putin's claim (s-putin-claim): suspected."),
    event("e-asset-freeze", "Sanction", "The companies' assets in Japan to be frozen from 1 April", ("gelés", None),
          [("agent", JAPAN), ("recipient", COMPANIES)], status="planned", place=JAPAN, time="t-april-1",
          part_of="e-sanctions", according_to=[KAMIKAWA]),
    event("e-transaction-ban", "Sanction", "Any transaction with the companies banned from 1 April",
          ("interdite", None), [("agent", JAPAN), ("recipient", COMPANIES)], status="planned", time="t-april-1",
          part_of="e-sanctions", according_to=[KAMIKAWA]),
    event("e-munitions-deliveries", "Delivery", "North Korean munitions delivered to Russia (Kamikawa)",
          ("livraisons", "Les livraisons de munitions"), [("agent", NKOREA), ("recipient", RUSSIA),
                                                         ("theme", MUNITIONS)],
          status="suspected", according_to=[KAMIKAWA],
          note="Asserted inside Kamikawa's quote and denied by Pyongyang in the same article: suspected, "
               "according to her (as claims that others contest in benchmarks/gold)."),
    event("e-g7-action", "Event", "Japan will act with its G7 partners", ("agirons", None),
          [("agent", JAPAN), ("participant", G7)], status="planned", according_to=[KAMIKAWA],
          note="« Nous agirons avec nos partenaires du G7 »: a promise, planned; « Nous » is Japan."),
    event("e-election", "Event", "Russia's three-day presidential vote", ("scrutin", None),
          [("participant", RUSSIA), ("participant", PUTIN)], place=RUSSIA, time="t-three-days",
          note="« crédité de plus de 87 % des voix à l’issue d’un scrutin de trois jours »."),
    event("e-denied-delivery", "Delivery", "North Korea denies any arms delivery to Russia", ("livraison", "toute livraison"),  # noqa: E501
          [("agent", NKOREA), ("recipient", RUSSIA)], status="negated", according_to=[NKOREA],
          note="« Pyongyang nie toute livraison d’armes à la Russie »: negated, according to North Korea."),
    event("e-shell-shipments", "Delivery", "North Korea would have shipped millions of shells to Russia since August",
          ("aurait expédié", None), [("agent", NKOREA), ("recipient", RUSSIA), ("theme", SHELLS)],
          status="hypothetical", place=PORTS, time="t-since-august", according_to=[SK_INTEL],
          note="The conditional of unconfirmed news: hypothetical. The place is where the shells went."),
    event("e-exchange", "Delivery", "Russian oil and space technologies in exchange", ("échange", None),
          [("agent", RUSSIA), ("recipient", NKOREA), ("theme", OIL), ("theme", SPACE_TECH)],
          status="hypothetical", according_to=[SK_INTEL],
          note="« en échange de pétrole et de technologies spatiales »: part of the same conditional claim."),
    event("e-g7-meeting", "Meeting", "G7 foreign ministers to meet by videoconference on Wednesday",
          ("se réunir", None), [("participant", G7)], status="planned", time="t-wednesday",
          according_to=[DIPLOMAT],
          note="« Les ministres des Affaires étrangères du G7 »: a plural phrase; the G7 takes the role."),
    event("e-kishida-visit", "Visit", "Fumio Kishida expected in Washington in April", ("attendu", None),
          [("agent", KISHIDA)], status="planned", place=WASHINGTON, time="t-april",
          note="« attendu en avril à Washington »: planned, as « est attendue » in benchmarks/gold."),
    event("e-support", "Event", "Japan's unwavering support to Ukraine (Kishida's promise)", ("soutien", None),
          [("agent", JAPAN), ("recipient", UKRAINE)], status="planned", according_to=[KISHIDA]),
    event("e-conference", "Meeting", "A conference on Ukraine's reconstruction in Tokyo", ("conférence", "une conférence sur"),  # noqa: E501
          [("participant", KISHIDA)], place=TOKYO, time="t-february",
          note="« lors d’une conférence sur la reconstruction du pays organisée à Tokyo »: the organiser is not "
               "named; Kishida speaks there."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-japan-announces", "Statement", "Japan announces new sanctions", JAPAN, ("a annoncé", None), [],
           time="t-tuesday", about=["e-sanctions", "e-arms-transfers"]),
    speech("s-putin-claim", "Statement", "Putin claims his re-election", PUTIN, ("revendiquée", None), [],
           time="t-sunday", about=["e-reelection"],
           note="A claim in a participle, without a quote."),
    speech("s-kamikawa-details", "Report", "Kamikawa details the freeze and the ban", KAMIKAWA, ("a précisé", None),
           [], time="t-tuesday", about=["e-asset-freeze", "e-transaction-ban"],
           note="The same Tuesday announcement (no day of its own is written; the announcement's day)."),
    speech("s-kamikawa-suffering", "Statement", "Kamikawa: North Korean munitions prolong the Ukrainian people's "
           "suffering", KAMIKAWA, ("a-t-elle déclaré", None),
           [("Les livraisons de munitions nord-coréennes prolongent les souffrances du peuple ukrainien", None)],
           time="t-tuesday", about=["e-munitions-deliveries"]),
    speech("s-kamikawa-g7", "Assurance", "Kamikawa: Japan will act with its G7 partners", KAMIKAWA,
           ("a ajouté", None), [("Nous agirons avec nos partenaires du G7", None)], time="t-tuesday",
           about=["e-g7-action"]),
    speech("s-kamikawa-no-detail", "SpeechAct", "Kamikawa does not say whether other measures are considered",
           KAMIKAWA, ("préciser", "sans préciser"), [], status="negated",
           note="« sans préciser si d’autres mesures étaient à l’étude »: negated; the other measures are "
                "neither asserted nor denied, so no event."),
    speech("s-no-congratulations", "SpeechAct", "Japan has not congratulated Putin", JAPAN, ("félicitations", None),
           [], status="negated", addressee=PUTIN, about=["e-reelection"],
           note="« Tokyo n’a pas adressé de félicitations au président russe »: a negated speech act without a verb "
                "of speech, as « Aucune réaction n’était venue » in benchmarks/gold."),
    speech("s-kyiv-judgement", "Statement", "Ukraine judged the vote « neither free nor fair »", UKRAINE,
           ("a jugé", None), [("ni libre ni équitable", None)], about=["e-election"]),
    speech("s-kremlin-hostile", "Statement", "The Kremlin denounces a « hostile » decision", KREMLIN,
           ("a dénoncé", None), [("hostile", "« hostile »")], about=["e-sanctions"]),
    speech("s-peskov-no-effect", "Statement", "Peskov: the sanctions will have no effect but to damage relations",
           PESKOV, ("a estimé", None),
           [("Ces sanctions n’auront aucun effet, sinon d’abîmer encore davantage nos relations", None)],
           according_to=[TASS], about=["e-sanctions"]),
    speech("s-tass", "Report", "TASS quotes Peskov", TASS, ("cité", "cité par l’agence TASS"), [],
           about=["s-peskov-no-effect"]),
    speech("s-peskov-open", "Assurance", "Peskov had said Moscow remains « open » to dialogue", PESKOV,
           ("avait assuré", None), [("ouvert", None)], time="t-monday-18",
           note="« Lundi 18 mars, il avait assuré que Moscou restait « ouvert » au dialogue »; the dialogue is a "
                "disposition, not an event."),
    speech("s-nk-denial", "Statement", "North Korea denies any arms delivery to Russia", NKOREA, ("nie", "Pyongyang nie"), [],  # noqa: E501
           about=["e-denied-delivery"]),
    speech("s-sk-intel", "Report", "South Korean intelligence: millions of shells shipped since August", SK_INTEL,
           ("selon", "selon les services"), [], about=["e-shell-shipments", "e-exchange"]),
    speech("s-us-welcome", "Statement", "The United States welcome Japan's decision", US, ("a salué", None), [],
           according_to=[SD_SPOKESMAN], about=["e-sanctions"],
           note="« par la voix d’un porte-parole du département d’État »: the state speaks through its spokesman."),
    speech("s-diplomat", "Report", "A Japanese diplomat on the G7 meeting", DIPLOMAT,
           ("selon", "selon un diplomate"), [], about=["e-g7-meeting"]),
    speech("s-kishida-promise", "Assurance", "Kishida promised « unwavering » support to Ukraine", KISHIDA,
           ("avait promis", None), [("inébranlable", None)], time="t-february", place=TOKYO,
           addressee=UKRAINE, about=["e-support"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
