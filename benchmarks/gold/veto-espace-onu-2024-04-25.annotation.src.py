"""Held-out annotation of veto-espace-onu-2024-04-25.txt (written for the ninth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/veto-espace-onu-2024-04-25.annotation.src.py [--check]

Held-out set 9: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "veto-espace-onu-2024-04-25.txt"

NOTE = """\
Annotation fix by the lead after the first blind run (an annotation error, not a rule change): the metonym \
« Kremlin » is marked without its article, as in gold (names carry no determiner). \
Held-out-9 article 4: Russia's veto of a Security Council draft on nuclear weapons in orbit, published Thursday 25 \
April 2024 (the file gives the day; the vote was the day before). What it exercises: a veto on a past weekday \
that is not the publication day; a draft presented by two states in a passive participle (a Proposal) and a \
relative clause in which the draft « appelait les États à ne pas mettre d’armes nucléaires en orbite » (two speech \
acts of its authors with one trigger; the urged abstention proposed, labelled as such); a vote result with a \
participle of abstention (« la Chine s’étant abstenue »); « Avant le vote » with a pluperfect denunciation and its \
quote, and a second verb without a quote joined by « et » (« défendu un amendement », a Proposal) with a passive \
rejection by « les autres membres »; a two-sentence quote first with « a lancé » and a question inside it; an \
accusation « depuis février » by a metonym and « ce que le Kremlin dément »; a judgement « par la voix de son \
ambassadeur » (Japan the speaker, the ambassador in according_to); « À Tokyo » (the city) with two verbs, one quote, \
joined by « et » (two speech acts, the second a promise: planned efforts); the Kremlin spokesman's assurance with a \
one-word quote and a participle accusation with its own quote (two speech acts); « Selon lui » with a conditional \
restating the amendment's ban and a quote; a justification with a gerund and its own quote (two speech acts); a \
plea for negotiations (proposed); a treaty of 1967 ratified by two metonyms; a rule « adoptée en 2022 » and a \
planned General Assembly meeting « dans un délai de dix jours ouvrables » (24 April to 8 May: the year, as a \
deadline) to debate the veto. « Washington » is the United States three times and « Moscou » Russia three times; \
« Tokyo » is the city. « les États » (all member states, whom the draft addresses) is a local group. Not events: \
« restait « opposée » au déploiement » (no actor), the 1967 treaty's ban (« interdit déjà »: a document's \
standing rule, no actor). Not mentions: « Le texte », « le projet », « l’amendement russe » (documents: their \
authors act), « un traité juridiquement contraignant » (a proposed document), « des armes nucléaires » in the last \
paragraph and « l’ensemble des armes spatiales » (no event takes them as a thing of their own), « quelque chose ». \
Thomas-Greenfield, Yamazaki, Zhang Jun, the other members, the Western countries, the anti-satellite weapon, the \
nuclear weapons and the Outer Space Treaty are not in ids.tsv: local, unlinked."""

RUSSIA, UNSC, UN, USA, JAPAN, CHINA, NEBENZIA, KREMLIN = "Q159", "Q37470", "Q1065", "Q30", "Q17", "Q148", \
    "Q1000053", "Q2060629"
TOKYO, KAMIKAWA, PESKOV, UNGA = "Q1490", "Q276275", "Q4359688", "Q47423"
STATES, NUKES, OTHER_MEMBERS, LTG, ASAT = "local:un-member-states", "local:nuclear-weapons-in-orbit", \
    "local:other-council-members", "local:linda-thomas-greenfield", "local:nuclear-anti-satellite-weapon"
YAMAZAKI, WESTERNERS, ZHANG, OST = "local:kazuyuki-yamazaki", "local:western-countries", "local:zhang-jun", \
    "local:outer-space-treaty"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (STATES, "États membres de l’ONU", "UN member states", "group", {"unlinked_reason": GROUP}),
    (NUKES, "armes nucléaires en orbite", "nuclear weapons in orbit", "object",
     {"unlinked_reason": "a kind of weapon, no single Wikidata item"}),
    (OTHER_MEMBERS, "les autres membres du Conseil de sécurité", "the other Security Council members", "group",
     {"unlinked_reason": GROUP}),
    (LTG, "Linda Thomas-Greenfield", "Linda Thomas-Greenfield", "person",
     {"description": "ambassadrice des États-Unis à l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (ASAT, "arme antisatellite à capacité nucléaire", "nuclear-capable anti-satellite weapon", "object",
     {"unlinked_reason": "a weapon the article does not name"}),
    (YAMAZAKI, "Kazuyuki Yamazaki", "Kazuyuki Yamazaki", "person",
     {"description": "ambassadeur du Japon à l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (WESTERNERS, "les Occidentaux", "Western countries", "group", {"unlinked_reason": GROUP}),
    (ZHANG, "Zhang Jun", "Zhang Jun", "person",
     {"description": "représentant de la Chine à l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (OST, "traité sur l’espace extra-atmosphérique", "Outer Space Treaty", "object", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Russie", "La Russie a opposé", RUSSIA, "name"),
    ("Conseil de sécurité", None, UNSC, "name"),
    ("ONU", None, UN, "name"),
    ("États-Unis", 1, USA, "name"),
    ("Japon", 1, JAPAN, "name"),
    ("les États", "appelait les États à", STATES, "nominal"),
    ("armes nucléaires", 1, NUKES, "nominal"),
    # Le texte a recueilli ...
    ("Chine", None, CHINA, "name"),
    ("l’ambassadeur russe", None, NEBENZIA, "nominal"),
    ("Vassili Nebenzia", None, NEBENZIA, "name"),
    ("les autres membres", None, OTHER_MEMBERS, "nominal"),
    # « La Russie protège ... »
    ("Russie", "La Russie protège", RUSSIA, "name"),
    ("l’ambassadrice américaine", None, LTG, "nominal"),
    ("Linda Thomas-Greenfield", None, LTG, "name"),
    ("Washington", "Washington accuse", USA, "metonym"),
    ("Moscou", "février Moscou", RUSSIA, "metonym"),
    ("une arme antisatellite à capacité nucléaire", None, ASAT, "nominal"),
    ("Kremlin", "ce que le Kremlin", KREMLIN, "metonym"),
    # Le Japon a jugé ...
    ("Japon", 2, JAPAN, "name"),
    ("son ambassadeur", None, YAMAZAKI, "nominal"),
    ("Kazuyuki Yamazaki", None, YAMAZAKI, "name"),
    ("Tokyo", None, TOKYO, "name"),
    ("la ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("Moscou", "que Moscou portait", RUSSIA, "metonym"),
    ("Washington", "efforts avec Washington", USA, "metonym"),
    # Le porte-parole du Kremlin ...
    ("Le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "porte-parole du Kremlin", KREMLIN, "name"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Russie", "que la Russie restait", RUSSIA, "name"),
    ("les Occidentaux", None, WESTERNERS, "nominal"),
    ("lui", "Selon lui", PESKOV, "pronoun"),
    ("États-Unis", 2, USA, "name"),
    # Pékin ...
    ("Pékin", None, CHINA, "metonym"),
    ("Le représentant chinois", None, ZHANG, "nominal"),
    ("Zhang Jun", None, ZHANG, "name"),
    ("Le traité de 1967 sur l’espace extra-atmosphérique", None, OST, "nominal"),
    ("Moscou", "ratifié par Moscou", RUSSIA, "metonym"),
    ("Washington", "Moscou et Washington", USA, "metonym"),
    ("Assemblée générale", None, UNGA, "name"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-04-24", "day", "weekday-past",
     "« a opposé mercredi son veto »: the day before the publication day (Thursday 25 April 2024)."),
    ("t-february", ("février", None), "2024-02", "month", "month-past",
     "« accuse depuis février »: February 2024, the start (« depuis X » is annotated as X)."),
    ("t-thursday-kamikawa", ("jeudi", 1), "2024-04-25", "day", "weekday-publication-day",
     "The publication day, Thursday 25 April 2024."),
    ("t-thursday-peskov", ("jeudi", 2), "2024-04-25", "day", "weekday-publication-day",
     "The publication day, Thursday 25 April 2024."),
    ("t-1967", ("1967", None), "1967", "year", "explicit-year",
     "« Le traité de 1967 »: the treaty is an entity, not an event here; attached to nothing."),
    ("t-2022", ("2022", None), "2022", "year", "explicit-year", "« une règle adoptée en 2022 »."),
    ("t-within-ten-days", ("dans un délai de dix jours ouvrables", None), "2024", "year", "deadline",
     "Ten working days from Wednesday 24 April 2024 end on 8 May 2024: April or May, so the year (as « d’ici la fin "
     "juin » gets the year in benchmarks/gold)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-veto", "Event", "Russia vetoes the draft Security Council resolution on nuclear weapons in orbit",
          ("a opposé", None), [("agent", RUSSIA), ("participant", UNSC)], time="t-wednesday"),
    event("e-draft", "Proposal", "The United States and Japan present a draft resolution", ("présenté", None),
          [("agent", USA), ("agent", JAPAN), ("recipient", UNSC)],
          note="« un projet de résolution ..., présenté par les États-Unis et le Japon »: the document is the "
               "proposal; its authors are the agents."),
    event("e-no-nukes-in-orbit", "Event", "States urged not to put nuclear weapons in orbit (an urged abstention)",
          ("mettre", "ne pas mettre"), [("agent", STATES), ("theme", NUKES)], status="proposed",
          according_to=[USA, JAPAN],
          note="« appelait les États à ne pas mettre d’armes nucléaires en orbite »: the urged refusal, proposed, as "
               "« à ne pas reconnaître le résultat » in benchmarks/gold."),
    event("e-vote", "Event", "The Security Council vote: thirteen votes for the draft", ("a recueilli", None),
          [("participant", UNSC)], time="t-wednesday",
          note="« Le texte a recueilli treize voix »; « Avant le vote » and « le vote » restate it. The day is the "
               "veto's (the same vote)."),
    event("e-china-abstains", "Event", "China abstains", ("s’étant abstenue", None), [("agent", CHINA)],
          time="t-wednesday", part_of="e-vote", note="« son abstention » restates it."),
    event("e-amendment", "Proposal", "Nebenzia defends an amendment banning all weapons in space", ("défendu", None),
          [("agent", NEBENZIA), ("recipient", UNSC)], time="t-wednesday",
          note="Before the vote, the same day (no word of its own)."),
    event("e-weapons-ban", "Event", "A ban on all weapons in space (the Russian amendment)", ("interdisant", None),
          [("participant", UNSC)], status="proposed", according_to=[NEBENZIA],
          note="What the amendment proposed; « l’amendement russe aurait interdit l’ensemble des armes spatiales » "
               "restates it under Peskov's « Selon lui »."),
    event("e-amendment-rejected", "Event", "The amendment rejected by the other members", ("rejeté", None),
          [("agent", OTHER_MEMBERS)], time="t-wednesday"),
    event("e-russia-protects", "Event", "Russia is protecting something (Thomas-Greenfield)", ("protège", None),
          [("agent", RUSSIA)], status="suspected", according_to=[LTG], note="An insinuation inside a quote."),
    event("e-asat", "Event", "Russia developing a nuclear-capable anti-satellite weapon (US accusation)",
          ("mettre au point", None), [("agent", RUSSIA), ("theme", ASAT)], status="suspected", according_to=[USA],
          note="Accused by Washington, denied by the Kremlin: suspected."),
    event("e-efforts", "Event", "Japan to pursue its efforts with the United States", ("poursuivre", None),
          [("participant", JAPAN), ("participant", USA)], status="planned", according_to=[KAMIKAWA],
          note="« promis de poursuivre les efforts avec Washington »: a promise, planned."),
    event("e-distraction", "Event", "Western countries want to divert attention (Peskov)", ("détourner", None),
          [("agent", WESTERNERS)], status="suspected", according_to=[PESKOV]),
    event("e-negotiations", "Event", "Negotiations on a legally binding treaty", ("négociations", None),
          [("participant", CHINA)], status="proposed", according_to=[ZHANG],
          note="« a plaidé pour des négociations »: proposed; only the proposer is written among the parties."),
    event("e-ratification", "Event", "The 1967 Outer Space Treaty ratified by Russia and the United States",
          ("ratifié", None), [("agent", RUSSIA), ("agent", USA), ("theme", OST)]),
    event("e-rule-adoption", "Event", "A General Assembly rule adopted in 2022", ("adoptée", None),
          [("agent", UNGA)], time="t-2022",
          note="Passive without agent; the rule is the General Assembly's own (it must meet under it)."),
    event("e-unga-meeting", "Meeting", "The General Assembly to meet within ten working days", ("se réunir", None),
          [("participant", UNGA)], status="planned", time="t-within-ten-days"),
    event("e-unga-debate", "Event", "The General Assembly to debate the veto", ("débattre", None),
          [("participant", UNGA)], status="planned", part_of="e-unga-meeting"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-draft-us", "Statement", "The US-Japanese draft calls on states not to put nuclear weapons in orbit",
           USA, ("appelait", None), [], addressee=STATES, about=["e-no-nukes-in-orbit"],
           note="A document speaks for its authors: two speech acts (the United States, Japan), one trigger."),
    speech("s-draft-japan", "Statement", "The US-Japanese draft calls on states not to put nuclear weapons in orbit "
           "(Japan)", JAPAN, ("appelait", None), [], addressee=STATES, about=["e-no-nukes-in-orbit"]),
    speech("s-nebenzia", "Statement", "Nebenzia denounces a « cynical manoeuvre »", NEBENZIA, ("avait dénoncé", None),
           [("manœuvre cynique", None)], time="t-wednesday", about=["e-draft"]),
    speech("s-ltg", "Statement", "Thomas-Greenfield: Russia is protecting something. But what?", LTG,
           ("a lancé", None), [("La Russie protège quelque chose. Mais quoi ?", None)], time="t-wednesday",
           about=["e-russia-protects", "e-veto"],
           note="After the vote, the same day (no word of its own); the quote keeps its question mark."),
    speech("s-us-accusation", "Statement", "Washington accuses Moscow of developing a nuclear anti-satellite weapon",
           USA, ("accuse", "Washington accuse"), [], time="t-february", about=["e-asat"],
           note="« depuis février »: the accusation has run since February 2024 (its start)."),
    speech("s-kremlin-denial", "Statement", "The Kremlin denies developing such a weapon", KREMLIN,
           ("dément", "Kremlin dément"), [], about=["e-asat"]),
    speech("s-japan", "Statement", "Japan calls the vote « deeply regrettable »", JAPAN, ("a jugé", None),
           [("profondément regrettable", None)], according_to=[YAMAZAKI], about=["e-veto", "e-vote"],
           note="« par la voix de son ambassadeur »: Japan speaks, the ambassador in according_to."),
    speech("s-kamikawa-responsibility", "Statement", "Kamikawa: Moscow bears « a heavy responsibility »", KAMIKAWA,
           ("a estimé", None), [("une lourde responsabilité", None)], time="t-thursday-kamikawa", place=TOKYO,
           about=["e-veto"]),
    speech("s-kamikawa-promise", "Assurance", "Kamikawa promises to pursue efforts with Washington", KAMIKAWA,
           ("promis", None), [], time="t-thursday-kamikawa", place=TOKYO, about=["e-efforts"],
           note="A second verb joined by « et », without a quote: a speech act of its own (a promise)."),
    speech("s-peskov-opposed", "Assurance", "Peskov: Russia remains « opposed » to nuclear weapons in space", PESKOV,
           ("a assuré", None), [("opposée", None)], time="t-thursday-peskov"),
    speech("s-peskov-accuses", "Statement", "Peskov accuses the West of wanting to « divert attention »", PESKOV,
           ("accusant", None), [("détourner l’attention", None)], time="t-thursday-peskov",
           about=["e-distraction"], note="A participle with its own guillemets: a second speech act."),
    speech("s-peskov-amendment", "Statement", "Peskov: the Russian amendment would have banned all space weapons, "
           "« including those of the United States »", PESKOV, ("Selon", "Selon lui"),
           [("y compris celles des États-Unis", None)], time="t-thursday-peskov", about=["e-weapons-ban"]),
    speech("s-china-justifies", "Statement", "Beijing justifies its abstention", CHINA, ("a justifié", None), [],
           about=["e-china-abstains"]),
    speech("s-china-unbalanced", "Statement", "Beijing judges the draft « unbalanced »", CHINA, ("jugeant", None),
           [("déséquilibré", None)], about=["e-draft"], note="A gerund with its own guillemets: a second speech act."),
    speech("s-zhang", "Statement", "Zhang Jun pleads for negotiations on a legally binding treaty", ZHANG,
           ("a plaidé", None), [], about=["e-negotiations"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
