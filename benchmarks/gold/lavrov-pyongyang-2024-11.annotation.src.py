"""Held-out annotation of lavrov-pyongyang-2024-11.txt (written for the fourteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/lavrov-pyongyang-2024-11.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/lavrov-pyongyang-2024-11.annotation.src.py --check

From held-out set 14 (moved to gold in session 13; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "lavrov-pyongyang-2024-11.txt"

PUBLISHED_INFERRED = {
    "value": "2024-11-29", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives November 2024. The South Korean ministry « avait convoqué lundi 25 novembre » the "
             "Russian ambassador (pluperfect, past; 25 November 2024 is a Monday), so the article appeared on or "
             "after Monday 25 November. KCNA « a rapporté vendredi » and the ministry « a dénoncé vendredi » "
             "(past: a Friday on or before publication), while Lavrov « doit regagner Moscou samedi » (future: a "
             "Saturday after it): in the week the weekdays share, only the Friday itself fits, and the only Friday "
             "of November 2024 on or after the 25th is Friday 29 November 2024. The other weekdays agree: past « "
             "mercredi soir » (27 November) and « jeudi », « jeudi matin » (28 November)."),
}

NOTE = """\
Held-out-14 article 1: Sergei Lavrov in Pyongyang, received by Kim Jong-un after talks with Choe Son-hui, \
published in November 2024 (the file gives the month; the day, Friday 29 November, comes from a pluperfect « \
lundi 25 novembre », past « vendredi » twice and a future « samedi »: see PUBLISHED_INFERRED). What it \
exercises: a reception in the active voice with a title right before the host's name (« Le dirigeant \
nord-coréen Kim Jong-un »: one name's phrase) and a role noun and a name in apposition for the guest (« le chef \
de la diplomatie russe, Sergueï Lavrov »: two mentions; « la diplomatie russe » inside the title is not one), a \
relative with a pronoun (« avec lequel il a passé en revue »: talks part of the reception, the treaty their \
theme; « la mise en œuvre » is a topic, no event, as in gold), sourced after the clause with a weekday that is \
the publication day (« a rapporté vendredi l’agence officielle KCNA »); the treaty taken up by « Ce traité » \
with a passive signing and its agents (« signé en juin par Kim Jong-un et Vladimir Poutine ») and an entry into \
force « la semaine dernière » (18 to 24 November 2024: the month; the two states its participants, as the free \
trade agreement's entry into force in gold); « Selon KCNA » over two verbs of one subject, an assurance to a \
role noun with a quote and a future in the past (« a assuré son invité que Pyongyang soutiendrait Moscou « \
jusqu’à la victoire » »: the support planned, the victory hypothetical) and a readiness without guillemets (« \
s’est dit prêt à élargir la coopération militaire »: a second speech act, the widening planned, the cooperation \
itself an occurred event); an apposed participle with a past weekday and a part of day (« Arrivé mercredi soir \
») before a pluperfect meeting on « jeudi matin » with a duration (« pendant près de trois heures », attached \
to nothing) and a role noun right before the name (« son homologue Choe Son-hui »: one name's phrase, Choe \
local), and a relative pluperfect reception in Moscow (« qu’il avait reçue à Moscou au début du mois »: \
November 2024, the month; the city Q649); a quote split around its reporting clause inside one pair of \
guillemets, with « cité par l’agence TASS » inside the split and a sentence end before the second part (one \
speech act, two quotes; the occasion « à l’issue de l’entretien » restates the Thursday talks and gives the \
words their day and place; « n’est dirigé contre aucun pays tiers » is a state, no event; « honorera » \
planned); two metonyms with one verb dated by a start (« Washington et Séoul accusent depuis octobre Pyongyang \
»: two speech acts, one trigger, October 2024) of a suspected dispatch and a conditional fight in a relative \
(« où certains auraient déjà combattu les forces ukrainiennes dans la région de Koursk »: hypothetical; « \
certains » not a mention, the soldiers its agent) and a negated confirmation by a metonym (« Moscou n’a jamais \
confirmé leur présence »); a quote first with an institution after the verb (« a dénoncé vendredi le \
ministère sud-coréen des Affaires étrangères ») whose quote restates the visit and the cooperation and says an \
expansion goes on (« ne cesse de s’étendre »: occurred, according to the ministry), with a pluperfect summons \
in a relative clause on an explicit date (« qui avait convoqué lundi 25 novembre l’ambassadeur russe, Gueorgui \
Zinoviev »); « À Washington » (the city) with a spokesman in apposition and a warning against a nominal \
hypothetical transfer (« tout transfert de technologie balistique ou nucléaire au Nord ») and its quoted \
conditional consequence in a relative clause (« qui « violerait ouvertement » les résolutions du Conseil de \
sécurité de l’ONU »); « Interrogé par des journalistes » (no speech act, not a mention), a dismissal without a \
quote (« a balayé ces critiques »: about the two criticisms), a participle with its own quote (« jugeant que la \
Russie avait « le droit souverain » de développer ses liens avec son voisin »: a second speech act, the \
development hypothetical, a right) and « a-t-il ajouté » with « Nous » for the Kremlin; a pluperfect earlier \
visit « en octobre 2023 », a conditional future visit with a vague time sourced to a foreign agency (« pourrait \
se rendre en Russie dans les prochains mois, selon l’agence sud-coréenne Yonhap ») and a planned return « \
samedi » (30 November 2024). « Pyongyang » is the city where Kim receives Lavrov and where Lavrov went in 2023 \
(Q18808) and North Korea where it would support Moscow or is accused (Q423); « Moscou » is Russia where it is \
supported or does not confirm (Q159) and the city where Choe was received and where Lavrov returns (Q649); « \
Washington » is the United States as an accuser (Q30) and the city in « À Washington » (Q61); « Séoul » is \
South Korea (Q884); « Kremlin » inside Peskov's title is the institution (Q2060629), as in gold; « au Nord » \
(fused article: « Nord ») and « son voisin » are North Korea. Not mentions: « les deux pays » (twice), « aucun \
pays tiers », « ses engagements », « certains », « leur présence », « ces critiques », « des journalistes », « \
ses liens », « personne », « les résolutions » (documents), « l’entretien » (the talks restated), « la \
victoire » (an event). Choe Son-hui, the North Korean soldiers, the Ukrainian forces, the Kursk region, the \
South Korean foreign ministry, Georgy Zinoviev, the State Department, Matthew Miller, the ballistic or nuclear \
technology and Yonhap are not in ids.tsv: local, unlinked."""

KIM, LAVROV, PUTIN, PESKOV = "Q56226", "Q58217", "Q7747", "Q4359688"
NK, RUSSIA, US, SK = "Q423", "Q159", "Q30", "Q884"
PYONGYANG, MOSCOW, WASHINGTON = "Q18808", "Q649", "Q61"
KCNA, TASS, KREMLIN, UNSC, UN = "Q326804", "Q223799", "Q2060629", "Q37470", "Q1065"
TREATY, CHOE, TROOPS = "local:comprehensive-strategic-partnership-treaty", "local:choe-son-hui", \
    "local:north-korean-soldiers-in-russia"
UKR_FORCES, KURSK_REGION, SK_MFA = "local:ukrainian-forces", "local:kursk-oblast", \
    "local:south-korean-foreign-ministry"
ZINOVIEV, STATE_DEPT, MILLER = "local:georgy-zinoviev", "local:us-state-department", "local:matthew-miller"
TECH, YONHAP = "local:ballistic-nuclear-technology", "local:yonhap"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (TREATY, "traité de partenariat stratégique global russo-nord-coréen",
     "Russia–North Korea Comprehensive Strategic Partnership Treaty", "other",
     {"description": "signé en juin 2024 par Kim Jong-un et Vladimir Poutine", "class_qid": "Q131569",
      "unlinked_reason": "a document with no verified Wikidata item"}),
    (CHOE, "Choe Son-hui", "Choe Son-hui", "person",
     {"description": "ministre nord-coréenne des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "plus de 10.000 soldats nord-coréens envoyés en Russie",
     "more than 10,000 North Korean soldiers sent to Russia", "group",
     {"unlinked_reason": "a group of soldiers, not one Wikidata item"}),
    (UKR_FORCES, "forces ukrainiennes", "Ukrainian forces", "organization",
     {"description": "les forces armées ukrainiennes dans la région de Koursk", "unlinked_reason": NOT_VERIFIED}),
    (KURSK_REGION, "région de Koursk", "Kursk Oblast", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SK_MFA, "ministère sud-coréen des Affaires étrangères", "Ministry of Foreign Affairs (South Korea)",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (ZINOVIEV, "Gueorgui Zinoviev", "Georgy Zinoviev", "person",
     {"description": "ambassadeur de Russie en Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État américain", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (TECH, "technologie balistique ou nucléaire", "ballistic or nuclear technology", "object",
     {"unlinked_reason": "unspecified technology, not one Wikidata item"}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization",
     {"description": "agence de presse sud-coréenne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le dirigeant nord-coréen Kim Jong-un a reçu jeudi à Pyongyang le chef de la diplomatie russe, ...
    ("Kim Jong-un", 1, KIM, "name"),
    ("Pyongyang", "jeudi à Pyongyang", PYONGYANG, "name"),
    ("le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("il", "avec lequel il a passé", KIM, "pronoun"),
    ("traité de partenariat stratégique global", None, TREATY, "nominal"),
    ("KCNA", 1, KCNA, "name"),
    # Ce traité, signé en juin par Kim Jong-un et Vladimir Poutine, ...
    ("Ce traité", "Ce traité, signé", TREATY, "nominal"),
    ("Kim Jong-un", 2, KIM, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("KCNA", 2, KCNA, "name"),
    ("Kim", "M. Kim", KIM, "name"),
    ("son invité", None, LAVROV, "nominal"),
    ("Pyongyang", "que Pyongyang soutiendrait", NK, "metonym"),
    ("Moscou", "soutiendrait Moscou", RUSSIA, "metonym"),
    # Arrivé mercredi soir, M. Lavrov s’était entretenu ...
    ("Lavrov", "M. Lavrov s’était entretenu", LAVROV, "name"),
    ("Choe Son-hui", None, CHOE, "name"),
    ("il", "qu’il avait reçue", LAVROV, "pronoun"),
    ("Moscou", "reçue à Moscou", MOSCOW, "name"),
    ("Ce traité", "« Ce traité n’est", TREATY, "nominal"),
    ("le ministre russe", None, LAVROV, "nominal"),
    ("TASS", None, TASS, "name"),
    ("Russie", "la Russie honorera", RUSSIA, "name"),
    # Washington et Séoul accusent ...
    ("Washington", "Washington et Séoul", US, "metonym"),
    ("Séoul", None, SK, "metonym"),
    ("Pyongyang", "octobre Pyongyang", NK, "metonym"),
    ("plus de 10.000 soldats", None, TROOPS, "nominal"),
    ("Russie", "soldats en Russie", RUSSIA, "name"),
    ("les forces ukrainiennes", None, UKR_FORCES, "nominal"),
    ("la région de Koursk", None, KURSK_REGION, "nominal"),
    ("Moscou", "Moscou n’a jamais", RUSSIA, "metonym"),
    # « Cette visite montre ... », a dénoncé vendredi le ministère sud-coréen ...
    ("le ministère sud-coréen des Affaires étrangères", None, SK_MFA, "nominal"),
    ("l’ambassadeur russe", None, ZINOVIEV, "nominal"),
    ("Gueorgui Zinoviev", None, ZINOVIEV, "name"),
    # À Washington, le porte-parole du département d’État, Matthew Miller, ...
    ("Washington", "À Washington", WASHINGTON, "name"),
    ("le porte-parole du département d’État", None, MILLER, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Matthew Miller", None, MILLER, "name"),
    ("technologie balistique ou nucléaire", None, TECH, "nominal"),
    ("Nord", "au Nord", NK, "nominal"),
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", None, UN, "name"),
    # Interrogé par des journalistes, le porte-parole du Kremlin, Dmitri Peskov, ...
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Russie", "la Russie avait", RUSSIA, "name"),
    ("son voisin", None, NK, "nominal"),
    ("Nous", None, KREMLIN, "pronoun"),
    ("il", "a-t-il ajouté", PESKOV, "pronoun"),
    # M. Lavrov s’était déjà rendu à Pyongyang en octobre 2023. ...
    ("Lavrov", "M. Lavrov s’était déjà", LAVROV, "name"),
    ("Pyongyang", "rendu à Pyongyang", PYONGYANG, "name"),
    ("Kim Jong-un", 3, KIM, "name"),
    ("Russie", "se rendre en Russie", RUSSIA, "name"),
    ("Yonhap", None, YONHAP, "name"),
    ("Le ministre russe", None, LAVROV, "nominal"),
    ("Moscou", "regagner Moscou", MOSCOW, "name"),
]

PUB_DAY = "The publication day, Friday 29 November 2024 (inferred: see PUBLISHED_INFERRED)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "reçu jeudi"), "2024-11-28", "day", "weekday-past",
     "Past « a reçu jeudi »: the Thursday before the publication day (Friday 29 November 2024), 28 November."),
    ("t-friday-kcna", ("vendredi", "rapporté vendredi"), "2024-11-29", "day", "weekday-publication-day",
     "« a rapporté vendredi l’agence officielle KCNA »: " + PUB_DAY),
    ("t-june", ("en juin", None), "2024-06", "month", "month-past",
     "Past « signé en juin », written in November 2024: June 2024."),
    ("t-last-week", ("la semaine dernière", None), "2024-11", "month", "relative-week-past",
     "« est entré en vigueur la semaine dernière », written on Friday 29 November 2024: the week of 18 to 24 "
     "November 2024, all in November, so the month (the finest precision that is true, as in gold)."),
    ("t-wednesday-evening", ("mercredi soir", None), "2024-11-27", "day", "part-of-day",
     "« Arrivé mercredi soir »: the evening of the Wednesday before the publication day, 27 November 2024."),
    ("t-thursday-morning", ("jeudi matin", None), "2024-11-28", "day", "part-of-day",
     "Pluperfect « s’était entretenu jeudi matin »: the morning of Thursday 28 November 2024, before the "
     "reception by Kim Jong-un the same day."),
    ("t-three-hours", ("près de trois heures", None), None, "duration", "explicit-duration",
     "« pendant près de trois heures »: the length of the talks, which take their day (« jeudi matin »); a "
     "duration attached to nothing."),
    ("t-early-month", ("au début du mois", None), "2024-11", "month", "start-of-current-month",
     "« qu’il avait reçue à Moscou au début du mois », written in November 2024: the beginning of November "
     "2024; the text gives no day, so the month."),
    ("t-since-october", ("depuis octobre", None), "2024-10", "month", "month-past",
     "« accusent depuis octobre », written in November 2024: October 2024, the start of the accusations "
     "(« depuis X » is annotated as X)."),
    ("t-friday-mfa", ("vendredi", "dénoncé vendredi"), "2024-11-29", "day", "weekday-publication-day",
     "« a dénoncé vendredi le ministère sud-coréen des Affaires étrangères »: " + PUB_DAY),
    ("t-monday-25", ("lundi 25 novembre", None), "2024-11-25", "day", "weekday-day-month",
     "« avait convoqué lundi 25 novembre »: an explicit weekday and date in the publication year (25 November "
     "2024 is a Monday)."),
    ("t-october-2023", ("octobre 2023", None), "2023-10", "month", "explicit-month-year",
     "Pluperfect « s’était déjà rendu à Pyongyang en octobre 2023 »."),
    ("t-coming-months", ("dans les prochains mois", None), None, "vague", "vague-future",
     "« pourrait se rendre en Russie dans les prochains mois »: some months after publication; no value (as in "
     "gold)."),
    ("t-saturday", ("samedi", None), "2024-11-30", "day", "weekday-future",
     "« doit regagner Moscou samedi »: the Saturday after the publication day, 30 November 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-visit", "Visit", "Sergei Lavrov's visit to Pyongyang", ("visite", None), [("agent", LAVROV)],
          place=PYONGYANG,
          note="Named only by « Cette visite » inside the South Korean ministry's quote; the article narrates it "
               "in its own voice (arrival, talks, reception, return), so no according_to. Pyongyang, where all "
               "its steps take place, is implied; no time of its own (Wednesday evening to Saturday)."),
    event("e-reception", "Meeting", "Kim Jong-un receives Sergei Lavrov in Pyongyang on Thursday",
          ("a reçu", None), [("agent", KIM), ("participant", LAVROV)], place=PYONGYANG, time="t-thursday",
          according_to=[KCNA], part_of="e-visit", note="Active voice: the host is the agent."),
    event("e-review", "Meeting", "Kim and Lavrov review the implementation of the partnership treaty",
          ("passé en revue", None), [("participant", KIM), ("participant", LAVROV), ("theme", TREATY)],
          place=PYONGYANG, time="t-thursday", according_to=[KCNA], part_of="e-reception",
          note="« avec lequel il a passé en revue la mise en œuvre du traité »: the talks of the reception; « la "
               "mise en œuvre » is their topic, not an event of its own (as in gold/choigou-pyongyang-2024-09-13)."),
    event("e-treaty-signing", "Agreement", "Kim Jong-un and Vladimir Putin signed the treaty in June",
          ("signé", None), [("participant", KIM), ("participant", PUTIN), ("theme", TREATY)], time="t-june",
          note="Passive with its agents: « signé en juin par Kim Jong-un et Vladimir Poutine »."),
    event("e-entry-into-force", "Event", "The partnership treaty entered into force last week",
          ("entré en vigueur", None), [("participant", RUSSIA), ("participant", NK), ("theme", TREATY)],
          time="t-last-week",
          note="The two parties of the treaty are its participants (as the free trade agreement's entry into force "
               "in gold/xi-belgrade-2024-05-08). In the article's own voice: occurred."),
    event("e-nk-support", "Event", "North Korea will support Russia « until victory »", ("soutiendrait", None),
          [("agent", NK), ("recipient", RUSSIA)], status="planned", according_to=[KIM],
          note="A future in the past inside an assurance: planned (as « continueraient de transiter » in gold)."),
    event("e-victory", "Event", "Russia's victory (Kim's words)", ("victoire", None), [("agent", RUSSIA)],
          status="hypothetical", according_to=[KIM],
          note="« jusqu’à la victoire », inside the quote: a victory foreseen, not asserted (as « remporterait une "
               "« grande victoire » » in the bundled article)."),
    event("e-widening", "Event", "North Korea ready to widen military cooperation with Russia", ("élargir", None),
          [("participant", NK), ("participant", RUSSIA)], status="planned", according_to=[KIM],
          note="« s’est dit prêt à élargir »: a readiness stated, planned (as « prêt à « porter à un niveau "
               "supérieur » » in gold)."),
    event("e-cooperation", "Event", "Military cooperation between Russia and North Korea",
          ("coopération", "élargir la coopération"), [("participant", RUSSIA), ("participant", NK)],
          note="The existing cooperation the widening bears on; « la coopération militaire illégale entre les deux "
               "pays » in the South Korean ministry's quote restates it (no second event). « les deux pays » is a "
               "plural phrase, not a mention."),
    event("e-arrival", "Event", "Lavrov arrived on Wednesday evening", ("Arrivé", None), [("agent", LAVROV)],
          place=PYONGYANG, time="t-wednesday-evening", part_of="e-visit",
          note="An apposed participle; Pyongyang, the city of the visit, is implied (as Hanoi for the arrival in "
               "gold/loukachenko-hanoi-2024-12)."),
    event("e-lavrov-choe-talks", "Meeting", "Lavrov holds talks with Choe Son-hui on Thursday morning",
          ("s’était entretenu", None), [("participant", LAVROV), ("participant", CHOE)], place=PYONGYANG,
          time="t-thursday-morning", part_of="e-visit",
          note="A pluperfect for the morning before the reception. « pendant près de trois heures » is a duration "
               "attached to nothing; « l’entretien » in the next sentence restates these talks."),
    event("e-choe-moscow", "Meeting", "Lavrov received Choe Son-hui in Moscow at the beginning of the month",
          ("reçue", None), [("agent", LAVROV), ("participant", CHOE)], place=MOSCOW, time="t-early-month",
          note="« qu’il avait reçue à Moscou au début du mois »: the host (« il », Lavrov) is the agent; « Moscou » "
               "is the place, the city."),
    event("e-honour", "Event", "Russia will honour its commitments (Lavrov)", ("honorera", None),
          [("agent", RUSSIA)], status="planned", according_to=[LAVROV],
          note="A promise in the future inside the quote: planned. « ses engagements » is not a mention. « n’est "
               "dirigé contre aucun pays tiers » (the first part of the quote) is a state of the treaty: no event."),
    event("e-dispatch", "Event", "North Korea sent more than 10,000 soldiers to Russia (accused)",
          ("envoyé", None), [("agent", NK), ("theme", TROOPS)], status="suspected", place=RUSSIA,
          according_to=[US, SK],
          note="An accusation by two states: suspected (as « accusent la Corée du Nord d’avoir envoyé » in "
               "gold/nord-coree-salve-2024-11). No time of its own: « depuis octobre » dates the accusations."),
    event("e-combat", "Event", "Some of the soldiers reportedly fought Ukrainian forces in the Kursk region",
          ("combattu", None), [("agent", TROOPS), ("recipient", UKR_FORCES)], status="hypothetical",
          place=KURSK_REGION, according_to=[US, SK],
          note="« où certains auraient déjà combattu »: the conditional of unconfirmed news, hypothetical (as « "
               "serait déjà déployée » in gold). « certains » (some of the soldiers) is not a mention; the group is "
               "the agent."),
    event("e-spread", "Event", "Russia–North Korea military cooperation keeps expanding (South Korean ministry)",
          ("s’étendre", None), [("participant", RUSSIA), ("participant", NK)], according_to=[SK_MFA],
          note="« ne cesse de s’étendre » says the expansion never stops: occurred, not negated (as « n’ont cessé "
               "de se tendre » in gold), according to the ministry. A different event from the planned widening "
               "Kim offers (another source, another status)."),
    event("e-summons", "Event", "The South Korean foreign ministry summoned the Russian ambassador on Monday 25 "
          "November", ("avait convoqué", None), [("agent", SK_MFA), ("recipient", ZINOVIEV)], time="t-monday-25",
          note="A pluperfect in a relative clause whose antecedent is the ministry."),
    event("e-tech-transfer", "Delivery", "Any transfer of ballistic or nuclear technology to North Korea",
          ("transfert", None), [("agent", RUSSIA), ("recipient", NK), ("theme", TECH)], status="hypothetical",
          according_to=[MILLER],
          note="« tout transfert »: any such transfer, hypothetical (as « toute coopération militaire » in gold). "
               "The supplier is not written: Russia, the other party of the story, is implied."),
    event("e-violation", "Event", "Such a transfer would openly violate UN Security Council resolutions",
          ("violerait", None), [("participant", RUSSIA), ("participant", NK)], status="hypothetical",
          according_to=[MILLER],
          note="A conditional inside Miller's quote: hypothetical. The resolutions are documents (not mentions); "
               "the two parties of the transfer are the participants (as the sanctions violation in the bundled "
               "article)."),
    event("e-ties", "Event", "Russia develops its ties with North Korea (a « sovereign right », Peskov)",
          ("développer", None), [("participant", RUSSIA), ("participant", NK)], status="hypothetical",
          according_to=[PESKOV],
          note="« avait « le droit souverain » de développer ses liens »: what Russia may do, a right, not a "
               "statement that it does it: hypothetical (as a modal « pouvait » in gold). « son voisin » is North "
               "Korea; « ses liens » is not a mention."),
    event("e-lavrov-2023", "Visit", "Lavrov had visited Pyongyang in October 2023", ("s’était déjà rendu", None),
          [("agent", LAVROV)], place=PYONGYANG, time="t-october-2023"),
    event("e-kim-visit", "Visit", "Kim Jong-un could travel to Russia in the coming months", ("se rendre", None),
          [("agent", KIM)], status="hypothetical", place=RUSSIA, time="t-coming-months", according_to=[YONHAP],
          note="« pourrait se rendre »: hypothetical, according to Yonhap."),
    event("e-return", "Event", "Lavrov to return to Moscow on Saturday", ("regagner", None), [("agent", LAVROV)],
          status="planned", place=MOSCOW, time="t-saturday", part_of="e-visit",
          note="« doit regagner Moscou samedi »: planned, in the article's own voice (no source written)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kcna-report", "Report", "KCNA reports Kim's reception of Lavrov and their review of the treaty", KCNA,
           ("a rapporté", None), [], time="t-friday-kcna", about=["e-reception", "e-review"],
           note="The source after the clause, with the publication day."),
    speech("s-kcna-selon", "Report", "KCNA reports Kim's assurance and readiness", KCNA, ("Selon", "Selon KCNA"), [],
           about=["s-kim-assurance", "s-kim-ready"]),
    speech("s-kim-assurance", "Assurance", "Kim assures Lavrov that North Korea will support Russia « until "
           "victory »", KIM, ("a assuré", None), [("jusqu’à la victoire", None)], addressee=LAVROV,
           time="t-thursday", place=PYONGYANG, according_to=[KCNA], about=["e-nk-support", "e-victory"],
           note="Said to « son invité » (Lavrov) at the Thursday reception, whose day and place it takes."),
    speech("s-kim-ready", "Statement", "Kim says he is ready to widen military cooperation", KIM, ("s’est dit", None),
           [], time="t-thursday", place=PYONGYANG, according_to=[KCNA], about=["e-widening"],
           note="A second verb of the same subject, joined by « et », without guillemets: its own speech act (a "
                "verb of speech), with no quote."),
    speech("s-lavrov", "Statement", "Lavrov: the treaty targets no third country, Russia will honour its "
           "commitments", LAVROV, ("a déclaré", None),
           [("Ce traité n’est dirigé contre aucun pays tiers", None),
            ("Mais la Russie honorera ses engagements.", None)],
           evidence=("« Ce traité n’est", "engagements. »"), time="t-thursday-morning", place=PYONGYANG,
           according_to=[TASS], about=["e-honour"],
           note="One pair of guillemets around « a déclaré le ministre russe à l’issue de l’entretien, cité par "
                "l’agence TASS. »: one speech act, two quotes (the second keeps its full stop). « à l’issue de "
                "l’entretien » makes the Thursday-morning talks the occasion: their day and place."),
    speech("s-tass", "Report", "TASS quotes Lavrov", TASS, ("cité", None), [], about=["s-lavrov"]),
    speech("s-us-accusation", "Statement", "Washington accuses North Korea of sending soldiers to Russia", US,
           ("accusent", None), [], addressee=NK, time="t-since-october", about=["e-dispatch", "e-combat"],
           note="« Washington et Séoul accusent depuis octobre Pyongyang »: one trigger, two speakers (two speech "
                "acts), dated by their start, as « Washington accuse depuis février Moscou » in gold."),
    speech("s-sk-accusation", "Statement", "Seoul accuses North Korea of sending soldiers to Russia", SK,
           ("accusent", None), [], addressee=NK, time="t-since-october", about=["e-dispatch", "e-combat"]),
    speech("s-russia-no-confirmation", "Statement", "Moscow never confirmed the soldiers' presence", RUSSIA,
           ("confirmé", None), [], status="negated", about=["e-dispatch"],
           note="« Moscou n’a jamais confirmé leur présence »: a negated speech act of Russia (as « n’a pas "
                "confirmé » in gold); « leur présence » restates the dispatch's outcome, no event and no mention. No "
                "time."),
    speech("s-sk-mfa", "Statement", "South Korea's foreign ministry: the visit shows illegal military cooperation "
           "keeps expanding", SK_MFA, ("a dénoncé", None),
           [("Cette visite montre que la coopération militaire illégale entre les deux pays ne cesse de s’étendre",
             None)], time="t-friday-mfa", about=["e-visit", "e-cooperation", "e-spread"],
           note="A quote first with the institution after the verb. « illégale » is its judgement of the "
                "cooperation, not an event."),
    speech("s-miller", "Warning", "Matthew Miller warns against any ballistic or nuclear technology transfer to "
           "North Korea", MILLER, ("a mis en garde", None), [("violerait ouvertement", None)], place=WASHINGTON,
           about=["e-tech-transfer", "e-violation"],
           note="The quote lies in a relative clause with no verb of speech: it belongs to « a mis en garde ». « À "
                "Washington » places the words (the city). No weekday: no time."),
    speech("s-peskov-dismissal", "Statement", "Peskov dismisses the criticism", PESKOV, ("a balayé", None), [],
           about=["s-sk-mfa", "s-miller"],
           note="A dismissal without a quote; « ces critiques » are the South Korean and American words just "
                "reported (not a mention). « Interrogé par des journalistes » is not a speech act, and the "
                "journalists are generic (as « Interrogé par des journalistes » in gold)."),
    speech("s-peskov-right", "Statement", "Peskov: Russia has « the sovereign right » to develop its ties with its "
           "neighbour", PESKOV, ("jugeant", None), [("le droit souverain", None)], about=["e-ties"],
           note="A participle with its own guillemets: a second speech act (as « jugeant ... « faire traîner » » in "
                "gold)."),
    speech("s-peskov-added", "Statement", "Peskov: « We are accountable to no one »", PESKOV,
           ("a-t-il ajouté", None), [("Nous n’avons de comptes à rendre à personne", None)],
           note="« Nous » in the Kremlin spokesman's quote is the Kremlin, as in gold. A state, no event."),
    speech("s-yonhap", "Report", "Yonhap reports Kim might travel to Russia", YONHAP,
           ("selon", "selon l’agence sud-coréenne"), [], about=["e-kim-visit"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
