"""Held-out annotation of echange-prisonniers-emirats-2024-08-24.txt (written for the eighth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py \
        benchmarks/gold/echange-prisonniers-emirats-2024-08-24.annotation.src.py [--check]

Held-out set 8: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "echange-prisonniers-emirats-2024-08-24.txt"

NOTE = """\
Held-out-8 article 1: a prisoner exchange between Russia and Ukraine mediated by the United Arab Emirates, \
published Saturday 24 August 2024 (the file gives the day). What it exercises: two states as one subject of an \
exchange on the publication day with a nominal mediation, sourced after the clause to a ministry; a pluperfect \
passive capture with no agent written (the Ukrainian army, implied by the incursion) in a region counted « depuis le \
6 août »; a planned transfer in the future passive (« seront ensuite conduits ») and « selon le ministère »; a quote \
first with « a écrit sur Telegram le président ukrainien » and a gerund (« en publiant des photos »: an event); \
« Nos gens » for the Ukrainian prisoners and « Parmi eux » with « a-t-il précisé »; several unlinked people and \
organisations (two ombudsmen, the Emirates and their ministry, NGOs); a thanks and an assurance with their own \
quotes joined by « et » (two speech acts), « Abou Dhabi » and « Kiev » as metonyms; a pluperfect meeting « vendredi » \
with two pronouns (« qu’elle l’avait rencontré ») and « sans donner de détails » (a negated speech act); « huitième \
échange » (the exchange restated, no second event); a no-comment « dans l’immédiat » (the publication day); a \
pluperfect assertion « jeudi » with a one-word quote making talks impossible (negated, according to Peskov); a \
previous exchange « le 25 juin »; a conditional detention sourced to NGOs (hypothetical). « la région de Koursk » is a \
nominal mention of the region (a local place; « Koursk » alone only names it); « l’oblast de Moscou » is linked \
(Q1697) and « Moscou » inside it is not a mention. « Nos gens » and « eux » are the Ukrainian prisoners (a local \
group), « Les soldats russes libérés » and « Ils » the Russian ones. Not mentions: « les deux parties », « chaque \
côté », « chaque camp », « la frontière », « des photos de soldats », « leur » (a possessive). The Emirates, their \
ministry, the Russian defence ministry, the Ukrainian army, Kursk, Telegram, Zelensky, Mariupol, Lubinets, \
Moskalkova, the NGOs and the prisoner groups are not in ids.tsv: local, unlinked."""

RUSSIA, UKRAINE, BELARUS, MOSCOW_OBLAST = "Q159", "Q212", "Q184", "Q1697"
KREMLIN, PESKOV = "Q2060629", "Q4359688"
UAE, RU_MOD, KURSK, UA_ARMY = "local:united-arab-emirates", "local:russian-defence-ministry", \
    "local:kursk-region", "local:ukrainian-army"
RU_POWS, UA_POWS, TELEGRAM, ZELENSKY = "local:released-russian-soldiers", "local:released-ukrainian-soldiers", \
    "local:telegram", "local:volodymyr-zelensky"
MARIUPOL, LUBINETS, MOSKALKOVA, UAE_MFA = "local:mariupol", "local:dmytro-lubinets", "local:tatiana-moskalkova", \
    "local:uae-foreign-ministry"
NGOS, UA_DETAINEES = "local:human-rights-organisations", "local:ukrainian-soldiers-held-in-russia"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (UAE, "Émirats arabes unis", "United Arab Emirates", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RU_MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (KURSK, "région de Koursk", "Kursk Oblast", "place", {"unlinked_reason": NOT_VERIFIED}),
    (UA_ARMY, "armée ukrainienne", "Armed Forces of Ukraine", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (RU_POWS, "soldats russes libérés", "released Russian soldiers", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (UA_POWS, "prisonniers ukrainiens libérés", "released Ukrainian prisoners", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (TELEGRAM, "Telegram", "Telegram", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (MARIUPOL, "Marioupol", "Mariupol", "place", {"unlinked_reason": NOT_VERIFIED}),
    (LUBINETS, "Dmytro Loubinets", "Dmytro Lubinets", "person",
     {"description": "médiateur ukrainien pour les droits humains", "unlinked_reason": NOT_VERIFIED}),
    (MOSKALKOVA, "Tatiana Moskalkova", "Tatyana Moskalkova", "person",
     {"description": "médiatrice russe pour les droits humains", "unlinked_reason": NOT_VERIFIED}),
    (UAE_MFA, "ministère des Affaires étrangères des Émirats", "UAE Ministry of Foreign Affairs", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (NGOS, "organisations de défense des droits humains", "human rights organisations", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (UA_DETAINEES, "soldats ukrainiens détenus en Russie", "Ukrainian soldiers held in Russia", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Russie", "La Russie et", RUSSIA, "name"),
    ("Ukraine", "l’Ukraine ont", UKRAINE, "name"),
    ("Émirats arabes unis", None, UAE, "name"),
    ("le ministère russe de la Défense", None, RU_MOD, "nominal"),
    # Les soldats russes libérés ...
    ("Les soldats russes libérés", None, RU_POWS, "nominal"),
    ("la région de Koursk", 1, KURSK, "nominal"),
    ("l’armée ukrainienne", None, UA_ARMY, "nominal"),
    ("Ils", "Ils se trouvent", RU_POWS, "pronoun"),
    ("Biélorussie", None, BELARUS, "name"),
    ("oblast de Moscou", None, MOSCOW_OBLAST, "name"),
    ("le ministère", "selon le ministère.", RU_MOD, "nominal"),
    # « Nos gens ... »
    ("Nos gens", None, UA_POWS, "nominal"),
    ("Telegram", None, TELEGRAM, "name"),
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("eux", "Parmi eux", UA_POWS, "pronoun"),
    ("Marioupol", None, MARIUPOL, "name"),
    ("il", "a-t-il précisé", ZELENSKY, "pronoun"),
    # Le médiateur ukrainien ...
    ("Le médiateur ukrainien pour les droits humains", None, LUBINETS, "nominal"),
    ("Dmytro Loubinets", None, LUBINETS, "name"),
    ("Abou Dhabi", None, UAE, "metonym"),
    ("Kiev", None, UKRAINE, "metonym"),
    ("Son homologue russe", None, MOSKALKOVA, "nominal"),
    ("Tatiana Moskalkova", None, MOSKALKOVA, "name"),
    ("elle", "qu’elle l’avait", MOSKALKOVA, "pronoun"),
    ("l’", "elle l’avait", LUBINETS, "pronoun"),
    # Il s’agit du huitième échange ...
    ("Émirats", "obtenu par les Émirats", UAE, "name"),
    ("leur ministère des Affaires étrangères", None, UAE_MFA, "nominal"),
    # Le Kremlin ...
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("la région de Koursk", 2, KURSK, "nominal"),
    # Le précédent échange ...
    ("Des milliers de soldats ukrainiens", None, UA_DETAINEES, "nominal"),
    ("Russie", "détenus en Russie", RUSSIA, "name"),
    ("des organisations de défense des droits humains", None, NGOS, "nominal"),
]

PUB_DAY = "The publication day, Saturday 24 August 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday", ("samedi", None), "2024-08-24", "day", "weekday-publication-day", PUB_DAY),
    ("t-aug-6", ("le 6 août", None), "2024-08-06", "day", "day-month-publication-year",
     "« depuis le 6 août »: the start of the incursion (« depuis X » is annotated as X), 2024."),
    ("t-friday", ("vendredi", None), "2024-08-23", "day", "weekday-past",
     "Pluperfect « l’avait rencontré vendredi »: the Friday before the publication day."),
    ("t-next-weeks", ("dans les prochaines semaines", None), None, "vague", "vague",
     "Inside Lubinets's quote: some weeks after publication, no value."),
    ("t-since-new-year", ("depuis le début de l’année", None), "2024", "year", "current-year",
     "The start of 2024: the year (the count of exchanges runs over it)."),
    ("t-immediate", ("dans l’immédiat", None), "2024-08-24", "day", "publication-day", PUB_DAY),
    ("t-thursday", ("jeudi", None), "2024-08-22", "day", "weekday-past",
     "Pluperfect « avait toutefois affirmé jeudi »: the Thursday before the publication day."),
    ("t-short-term", ("à court terme", None), None, "vague", "vague", "The talks' horizon: no value."),
    ("t-june-25", ("le 25 juin", None), "2024-06-25", "day", "day-month-publication-year",
     "The previous exchange, 25 June 2024 (the publication year)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-exchange", "Event", "Russia and Ukraine exchange 230 prisoners of war", ("échange", "à un échange"),
          [("participant", RUSSIA), ("participant", UKRAINE), ("theme", RU_POWS), ("theme", UA_POWS)],
          time="t-saturday", according_to=[RU_MOD, UAE_MFA],
          note="« le huitième échange obtenu par les Émirats » and « l’échange » (the no-comment) restate it."),
    event("e-mediation", "Event", "The United Arab Emirates mediate the exchange", ("médiation", None),
          [("agent", UAE), ("participant", RUSSIA), ("participant", UKRAINE)], according_to=[RU_MOD],
          part_of="e-exchange"),
    event("e-capture", "Event", "The released Russian soldiers had been captured in the Kursk region",
          ("avaient été capturés", None), [("agent", UA_ARMY), ("theme", RU_POWS)], place=KURSK,
          note="No agent written: the Ukrainian army, whose incursion into the region the same sentence tells."),
    event("e-incursion", "Event", "The Ukrainian army's incursion into the Kursk region since 6 August",
          ("incursion", None), [("agent", UA_ARMY), ("recipient", RUSSIA)], place=KURSK, time="t-aug-6",
          note="« l’offensive ukrainienne dans la région de Koursk » (Peskov) restates it."),
    event("e-transfer", "Event", "The Russian soldiers to be taken to hospitals in Moscow Oblast",
          ("seront ensuite conduits", None), [("participant", RU_POWS)], status="planned", place=MOSCOW_OBLAST,
          according_to=[RU_MOD], note="No agent written: the soldiers, who are moved, are its participant."),
    event("e-photos", "Event", "Zelensky publishes photos of the soldiers", ("en publiant", None),
          [("agent", ZELENSKY)], part_of="e-exchange"),
    event("e-return", "Event", "The Ukrainian prisoners came home", ("sont rentrés", None), [("agent", UA_POWS)],
          according_to=[ZELENSKY], part_of="e-exchange"),
    event("e-further-releases", "Event", "Ukraine expects further releases in the coming weeks",
          ("libérations", None), [("agent", UKRAINE)], status="planned", time="t-next-weeks",
          according_to=[LUBINETS], note="« comptait obtenir »: an intention, planned."),
    event("e-ombudsmen-meeting", "Meeting", "Moskalkova met Lubinets on Friday at the border",
          ("l’avait rencontré", None), [("participant", MOSKALKOVA), ("participant", LUBINETS)],
          time="t-friday", according_to=[MOSKALKOVA],
          note="« à la frontière » (not named, not a mention): no place."),
    event("e-peace-talks", "Meeting", "Peace talks in the short term, impossible according to Peskov",
          ("pourparlers", None), [("participant", RUSSIA), ("participant", UKRAINE)], status="negated",
          time="t-short-term", according_to=[PESKOV],
          note="« rendait « impossibles » des pourparlers »: what Peskov rules out, negated."),
    event("e-previous-exchange", "Event", "The previous exchange on 25 June, 90 prisoners on each side",
          ("échange", "précédent échange"), [("participant", RUSSIA), ("participant", UKRAINE)], time="t-june-25"),
    event("e-detention", "Event", "Thousands of Ukrainian soldiers reportedly still held in Russia",
          ("seraient encore détenus", None), [("agent", RUSSIA), ("theme", UA_DETAINEES)], status="hypothetical",
          place=RUSSIA, according_to=[NGOS], note="A conditional report: hypothetical."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ru-mod", "Report", "The Russian defence ministry announces the exchange", RU_MOD,
           ("a annoncé", None), [], time="t-saturday", about=["e-exchange", "e-mediation"]),
    speech("s-ru-mod-transfer", "Report", "The ministry on the soldiers' whereabouts and transfer", RU_MOD,
           ("selon", "selon le ministère."), [], about=["e-transfer"]),
    speech("s-zelensky", "Statement", "Zelensky: our people are home", ZELENSKY, ("a écrit", None),
           [("Nos gens sont rentrés à la maison", None)], about=["e-return"], note="Written « sur Telegram »."),
    speech("s-zelensky-details", "Statement", "Zelensky: border guards and defenders of Mariupol among them",
           ZELENSKY, ("a-t-il précisé", None), []),
    speech("s-lubinets-thanks", "Statement", "Lubinets thanks Abu Dhabi for its constructive role", LUBINETS,
           ("a remercié", None), [("rôle constructif", None)], addressee=UAE, about=["e-mediation"]),
    speech("s-lubinets-assurance", "Assurance", "Lubinets: Kyiv counts on further releases", LUBINETS,
           ("assuré", None), [("d’autres libérations dans les prochaines semaines", None)],
           about=["e-further-releases"], note="A second verb with its own guillemets: a second speech act."),
    speech("s-moskalkova", "Statement", "Moskalkova says she met Lubinets on Friday", MOSKALKOVA,
           ("indiqué", "a pour sa part indiqué"), [], about=["e-ombudsmen-meeting"]),
    speech("s-moskalkova-no-details", "Statement", "Moskalkova gives no details", MOSKALKOVA,
           ("sans donner", None), [], status="negated", about=["e-ombudsmen-meeting"]),
    speech("s-uae-mfa", "Report", "The Emirati foreign ministry counts the eighth exchange this year", UAE_MFA,
           ("selon", "selon leur ministère"), [], about=["e-exchange"]),
    speech("s-uae-mfa-welcome", "Statement", "The Emirati ministry welcomes both sides' commitment", UAE_MFA,
           ("a salué", None), [("l’engagement des deux parties", None)], about=["e-exchange"],
           note="« dans un communiqué »: the communiqué is the ministry's voice, not a second speaker."),
    speech("s-kremlin", "Statement", "The Kremlin did not comment on the exchange", KREMLIN,
           ("n’a pas commenté", None), [], status="negated", time="t-immediate", about=["e-exchange"]),
    speech("s-peskov", "Statement", "Peskov: the Ukrainian offensive makes peace talks impossible", PESKOV,
           ("avait toutefois affirmé", None), [("impossibles", None)], time="t-thursday",
           about=["e-peace-talks", "e-incursion"]),
    speech("s-ngos", "Report", "Human rights organisations report Ukrainian soldiers still held", NGOS,
           ("d’après", None), [], about=["e-detention"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
