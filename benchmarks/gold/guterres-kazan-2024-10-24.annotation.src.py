"""Held-out annotation of guterres-kazan-2024-10-24.txt (written for the seventh held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/guterres-kazan-2024-10-24.annotation.src.py [--check]

Held-out set 7: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "guterres-kazan-2024-10-24.txt"

NOTE = """\
Held-out-7 article 4: António Guterres meets Vladimir Putin at the BRICS summit in Kazan, published Thursday 24 \
October 2024 (the file gives the day). What it exercises: talks on the publication day « en marge du sommet des \
Brics », « sa première visite en Russie depuis avril 2022 » (a month attached to nothing: the earlier visit has no \
trigger), and a nominal restatement criticised by a metonym in apposition (« une présence vivement critiquée par \
Kiev »); « Devant le président russe » (the addressee) and a statement with two quotes under one verb and one \
source (« a réaffirmé que l’ONU souhaitait une paix « juste » ..., « conforme à la Charte ... » », « selon un \
compte rendu diffusé par son porte-parole »: one speech act, two quotes; the peace proposed); a plea for a \
resumption (« a également plaidé pour la reprise des exportations »: proposed); an emphatic « lui » and a quote \
sourced to TASS (« Moscou restait ouverte à des négociations »: hypothetical); « D’après son conseiller \
diplomatique » before a discussion of a region (the theme, not the place); a passive invitation by an office \
(« Invité par la présidence russe du groupe »: Russia, which chairs the BRICS), a pluperfect attendance « dans la \
matinée » at a plenary session and a brief talk in a relative clause (« avec qui il s’est brièvement \
entretenu »); a ministry's qualification with two quotes, one in a relative clause (one speech act), « À Kiev »; \
a declined invitation (a negated Acceptance and the Invitation) to a summit « organisé en juin en Suisse », \
recalled after the clause; the Kremlin spokesman's one-word quote and a participle without a quote that stays \
inside it (« estimant que »); a planned end of the summit « jeudi soir » and a planned press conference. « Kiev » \
is Ukraine where it criticises (Q212) and the city where the ministry speaks (Q1899); « Moscou » is Russia. « ONU » \
inside « Le secrétaire général de l’ONU », « Nations unies » inside « Charte des Nations unies » and « Kremlin » \
inside « Le chef du Kremlin » and « Le porte-parole du Kremlin » are mentions; « le président biélorusse Alexandre \
Loukachenko » (no comma) is one name's phrase. « la diplomatie ukrainienne » as a subject is the Ukrainian \
foreign ministry, the same local entity as « le ministère ukrainien des Affaires étrangères ». Kazan, the BRICS \
(« Brics », « groupe », « un groupe de pays ... »), the UN Charter, Dujarric, Ushakov, the Middle East, the \
Ukrainian foreign ministry, Zelensky and Switzerland are not in ids.tsv: local, unlinked. Not mentions: « la \
présidence russe du groupe » (an office; Russia is implied as the inviter), « une trentaine de dirigeants », « les \
deux hommes », « ce déplacement » and « une présence » (the visit, an event), « céréales ukrainiennes », « le \
droit international », « la population mondiale ». Not events: « ne pouvait ignorer » (Peskov's opinion, inside his \
act). « brièvement » is not a time."""

GUTERRES, UN, PUTIN, RUSSIA, UKRAINE, UNGA = "Q311440", "Q1065", "Q7747", "Q159", "Q212", "Q47423"
BLACK_SEA, KREMLIN, TASS, LUKA, KYIV, PESKOV = "Q166", "Q2060629", "Q223799", "Q2866", "Q1899", "Q4359688"
KAZAN, BRICS, CHARTER, DUJARRIC = "local:kazan", "local:brics", "local:un-charter", "local:stephane-dujarric"
USHAKOV, MIDEAST, UA_MFA, ZELENSKY, SWITZERLAND = "local:yuri-ushakov", "local:middle-east", \
    "local:ukraine-mfa", "local:volodymyr-zelensky", "local:switzerland"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (KAZAN, "Kazan", "Kazan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (BRICS, "Brics", "BRICS", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CHARTER, "Charte des Nations unies", "Charter of the United Nations", "other",
     {"unlinked_reason": NOT_VERIFIED}),
    (DUJARRIC, "Stéphane Dujarric", "Stéphane Dujarric", "person",
     {"description": "porte-parole du secrétaire général de l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (USHAKOV, "Iouri Ouchakov", "Yuri Ushakov", "person",
     {"description": "conseiller diplomatique du Kremlin", "unlinked_reason": NOT_VERIFIED}),
    (MIDEAST, "Proche-Orient", "Middle East", "place", {"unlinked_reason": NOT_VERIFIED}),
    (UA_MFA, "ministère ukrainien des Affaires étrangères", "Ministry of Foreign Affairs of Ukraine",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (SWITZERLAND, "Suisse", "Switzerland", "country", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", 1, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("Kazan", None, KAZAN, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Brics", None, BRICS, "name"),
    ("Russie", None, RUSSIA, "name"),
    ("Kiev", "critiquée par Kiev", UKRAINE, "metonym"),
    # Devant le président russe, M. Guterres a réaffirmé ...
    ("le président russe", None, PUTIN, "nominal"),
    ("Guterres", "M. Guterres a réaffirmé", GUTERRES, "name"),
    ("ONU", "que l’ONU souhaitait", UN, "name"),
    ("Ukraine", None, UKRAINE, "name"),
    ("Charte des Nations unies", None, CHARTER, "name"),
    ("Nations unies", None, UN, "name"),
    ("Assemblée générale", None, UNGA, "name"),
    ("son porte-parole", None, DUJARRIC, "nominal"),
    ("Stéphane Dujarric", None, DUJARRIC, "name"),
    ("Il", "Il a également", GUTERRES, "pronoun"),
    ("mer Noire", None, BLACK_SEA, "name"),
    # Le chef du Kremlin a, lui, affirmé ...
    ("Le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "Le chef du Kremlin", KREMLIN, "metonym"),
    ("lui", "a, lui,", PUTIN, "pronoun"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("TASS", None, TASS, "name"),
    ("son conseiller diplomatique", None, USHAKOV, "nominal"),
    ("Iouri Ouchakov", None, USHAKOV, "name"),
    ("Proche-Orient", None, MIDEAST, "name"),
    # Invité par la présidence russe du groupe ...
    ("groupe", "russe du groupe", BRICS, "nominal"),
    ("Guterres", "M. Guterres avait participé", GUTERRES, "name"),
    ("Alexandre Loukachenko", None, LUKA, "name"),
    ("il", "avec qui il", GUTERRES, "pronoun"),
    # À Kiev, le ministère ukrainien des Affaires étrangères ...
    ("Kiev", "À Kiev", KYIV, "name"),
    ("le ministère ukrainien des Affaires étrangères", None, UA_MFA, "nominal"),
    ("ONU", "réputation de l’ONU", UN, "name"),
    ("Le secrétaire général", "Le secrétaire général avait", GUTERRES, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Suisse", None, SWITZERLAND, "name"),
    ("la diplomatie ukrainienne", None, UA_MFA, "nominal"),
    # Le porte-parole du Kremlin, Dmitri Peskov ...
    ("Le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "Le porte-parole du Kremlin", KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("ONU", "que l’ONU ne pouvait", UN, "name"),
    ("un groupe de pays représentant près de la moitié de la population mondiale", None, BRICS, "nominal"),
    ("Poutine", "de M. Poutine", PUTIN, "name"),
]

PUB_DAY = "The publication day, Thursday 24 October 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "entretenu jeudi"), "2024-10-24", "day", "weekday-publication-day",
     "« s’est entretenu jeudi ». " + PUB_DAY),
    ("t-april-2022", ("avril 2022", None), "2022-04", "month", "explicit-month-year",
     "« sa première visite en Russie depuis avril 2022 »: the month of his previous visit, which has no trigger "
     "word; attached to nothing."),
    ("t-morning", ("dans la matinée", None), "2024-10-24", "day", "part-of-day",
     "The morning of the publication day (the pluperfect puts it before the talks). " + PUB_DAY),
    ("t-june", ("en juin", None), "2024-06", "month", "month-past",
     "The last June before October 2024: June 2024."),
    ("t-thursday-evening", ("jeudi soir", None), "2024-10-24", "day", "part-of-day",
     "Future « doit s’achever jeudi soir »: the evening of the publication day. " + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-talks", "Meeting", "Guterres holds talks with Putin in Kazan on Thursday", ("s’est entretenu", 1),
          [("participant", GUTERRES), ("participant", PUTIN)], place=KAZAN, time="t-thursday",
          part_of="e-visit"),
    event("e-summit", "Meeting", "The BRICS summit in Kazan", ("sommet", "du sommet des Brics"),
          [("participant", BRICS)], place=KAZAN,
          note="« Le sommet » in the last sentence restates it; its end is e-summit-end."),
    event("e-visit", "Visit", "Guterres's first visit to Russia since April 2022", ("visite", "première visite"),
          [("agent", GUTERRES)], place=RUSSIA,
          note="« une présence », « ce déplacement » and « une visite « utile » » restate it. « depuis avril 2022 » "
               "dates the previous visit (no trigger), not this one."),
    event("e-peace", "Event", "A just peace in Ukraine (wished by the UN)", ("paix", "une paix"),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="proposed", place=UKRAINE,
          according_to=[GUTERRES], note="What the UN wishes: proposed; the parties are implied."),
    event("e-grain-exports", "Delivery", "Resumed Ukrainian grain exports across the Black Sea (pleaded for)",
          ("exportations", None), [("agent", UKRAINE)], status="proposed", place=BLACK_SEA,
          according_to=[GUTERRES],
          note="« plaidé pour la reprise des exportations de céréales ukrainiennes »: the resumption is what he "
               "pleads for (proposed); Ukraine from the adjective."),
    event("e-negotiations", "Event", "Negotiations taking account of « the realities on the ground » (Putin)",
          ("négociations", None), [("participant", RUSSIA), ("participant", UKRAINE)], status="hypothetical",
          according_to=[PUTIN, TASS],
          note="« Moscou restait ouverte à des négociations »: possible, not planned; Ukraine is implied."),
    event("e-mideast-discussion", "Event", "Guterres and Putin also discuss the Middle East",
          ("ont aussi évoqué", None),
          [("participant", GUTERRES), ("participant", PUTIN), ("theme", MIDEAST)], place=KAZAN, time="t-thursday",
          according_to=[USHAKOV], part_of="e-talks",
          note="The Middle East is the subject, not the place (as in benchmarks/gold)."),
    event("e-invitation", "Invitation", "Russia, chairing the BRICS, invited Guterres", ("Invité", None),
          [("agent", RUSSIA), ("recipient", GUTERRES)],
          note="« par la présidence russe du groupe »: the office is not a mention; Russia, which holds it, invites."),
    event("e-plenary", "Meeting", "A plenary session of some thirty leaders in the morning",
          ("séance plénière", None), [("participant", GUTERRES), ("participant", LUKA)], place=KAZAN,
          time="t-morning", part_of="e-summit",
          note="« parmi lesquels le président biélorusse Alexandre Loukachenko »: the only leader named."),
    event("e-attendance", "Event", "Guterres took part in the plenary session in the morning",
          ("avait participé", None), [("participant", GUTERRES)], place=KAZAN, time="t-morning",
          part_of="e-plenary"),
    event("e-lukashenko-talk", "Meeting", "Guterres briefly talks with Alexander Lukashenko",
          ("entretenu", "brièvement entretenu"), [("participant", GUTERRES), ("participant", LUKA)], place=KAZAN,
          time="t-morning", part_of="e-plenary",
          note="No day of its own: it takes the time of the session it belongs to."),
    event("e-zelensky-invitation", "Invitation", "Zelensky invited Guterres to the June peace summit",
          ("l’invitation", None), [("agent", ZELENSKY), ("recipient", GUTERRES)], according_to=[UA_MFA]),
    event("e-declined", "Acceptance", "Guterres declined Zelensky's invitation", ("avait décliné", None),
          [("agent", GUTERRES), ("recipient", ZELENSKY)], status="negated", according_to=[UA_MFA],
          note="A refusal is a negated acceptance (the recipient is the inviter)."),
    event("e-peace-summit", "Meeting", "The peace summit held in Switzerland in June", ("sommet pour la paix", None),
          [("participant", ZELENSKY)], place=SWITZERLAND, time="t-june",
          note="Passive « organisé » with no agent; Zelensky, who invites to it, is its participant."),
    event("e-summit-end", "Event", "The summit is to end on Thursday evening", ("s’achever", None),
          [("participant", BRICS)], status="planned", place=KAZAN, time="t-thursday-evening", part_of="e-summit"),
    event("e-putin-press", "Event", "Putin's closing press conference on Thursday evening",
          ("conférence de presse", None), [("agent", PUTIN)], status="planned", place=KAZAN,
          time="t-thursday-evening", part_of="e-summit"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kyiv-criticism", "Statement", "Kyiv sharply criticises Guterres's presence", UKRAINE,
           ("critiquée", None), [], about=["e-visit"],
           note="A passive with a metonym as agent, in apposition; the ministry's words below detail it."),
    speech("s-guterres-peace", "Statement", "Guterres reaffirms the UN wants a just peace in Ukraine in line with the "
           "Charter", GUTERRES, ("a réaffirmé", None),
           [("juste", None),
            ("conforme à la Charte des Nations unies, au droit international et aux résolutions de l’Assemblée "
             "générale", None)],
           addressee=PUTIN, time="t-thursday", place=KAZAN, according_to=[DUJARRIC], about=["e-peace"],
           note="One verb, one source, two quoted fragments: one speech act with two quotes."),
    speech("s-dujarric", "Report", "Dujarric's readout of the talks", DUJARRIC, ("selon", "selon un compte rendu"),
           [], about=["s-guterres-peace", "e-talks"],
           note="« un compte rendu diffusé par son porte-parole »: a document speaks for its author, the spokesman."),
    speech("s-guterres-grain", "Statement", "Guterres pleads for resumed grain exports", GUTERRES, ("plaidé", None),
           [], addressee=PUTIN, time="t-thursday", place=KAZAN, about=["e-grain-exports"]),
    speech("s-putin-negotiations", "Statement", "Putin: Moscow remains open to negotiations that reflect « the "
           "realities on the ground »", PUTIN, ("affirmé", "lui, affirmé"), [("des réalités sur le terrain", None)],
           addressee=GUTERRES, time="t-thursday", place=KAZAN, according_to=[TASS], about=["e-negotiations"]),
    speech("s-tass", "Report", "TASS reports Putin's words", TASS, ("selon", "selon l’agence"), [],
           about=["s-putin-negotiations"]),
    speech("s-ushakov", "Report", "Ushakov says the two men discussed the Middle East", USHAKOV, ("D’après", None),
           [], about=["e-mideast-discussion"]),
    speech("s-ua-mfa", "Statement", "Ukraine's foreign ministry calls the trip « a bad choice » that harms the UN's "
           "reputation", UA_MFA, ("a qualifié", None),
           [("mauvais choix", None), ("nuit à la réputation de l’ONU", None)], place=KYIV, about=["e-visit"],
           note="The second quote is in a relative clause with no verb of speech: the same speech act."),
    speech("s-ua-mfa-recall", "Report", "Ukrainian diplomacy recalls that Guterres declined Zelensky's invitation",
           UA_MFA, ("a rappelé", None), [], about=["e-declined", "e-zelensky-invitation", "e-peace-summit"]),
    speech("s-peskov", "Statement", "Peskov hails a « useful » visit", PESKOV, ("salué", None), [("utile", None)],
           about=["e-visit"],
           note="« estimant que l’ONU ne pouvait ignorer ... », a participle without a quote, stays inside this act."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
