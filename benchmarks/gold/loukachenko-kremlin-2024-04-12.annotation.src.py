"""Held-out annotation of loukachenko-kremlin-2024-04-12.txt (written for the held-out set, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/loukachenko-kremlin-2024-04-12.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "loukachenko-kremlin-2024-04-12.txt"

NOTE = """\
Held-out article 1: Alexander Lukashenko received by Vladimir Putin at the Kremlin, published Friday 12 April \
2024 (the file gives the day). Language on purpose: a passive meeting (« a été reçu ... par »), a promise \
(« lui a promis de nouvelles livraisons »), a nominal agreement (« parapher un accord »), a quote split around \
its reporting clause, a pluperfect visit, a conditional announcement, a refusal to speak, a passive \
criticism by a metonym (« critiquée par Kiev »), a conditional threat, « hier », « lundi » in the future, \
« la semaine prochaine », a conditional attendance and a negated confirmation. « au Kremlin » is the place \
(the Moscow Kremlin, Q133274); « Le Kremlin n’a pas confirmé » and « porte-parole du Kremlin » are the \
institution (Q2060629). « Nous » in Putin's quote is both countries (plural: not a mention); « nous » in \
Peskov's quote is the Kremlin. « comme en 2023 » recalls an attendance the text does not spell out (no trigger \
word): its year is annotated, no event. The deliveries are promised by Putin to Lukashenko: those are the \
roles the text gives (the states are implied)."""

PUTIN, LUKA, RUSSIA, BELARUS, UKRAINE = "Q7747", "Q2866", "Q159", "Q184", "Q212"
KREMLIN, KREMLIN_PLACE, PESKOV, LAVROV, TASS = "Q2060629", "Q133274", "Q4359688", "Q58217", "Q223799"
MOSCOW, MINSK, BEIJING = "Q649", "Q2280", "Q956"
AIR_DEFENCE, ACCORD, UKR_MFA = "local:air-defence-systems", "local:military-cooperation-agreement", "local:ukraine-mfa"
WEST, WANG, MEDIA = "local:western-countries", "local:chinese-foreign-minister", "local:belarusian-media"
PARADE, RED_SQUARE = "local:victory-day-parade-2024", "local:red-square"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (AIR_DEFENCE, "systèmes de défense antiaérienne", "air-defence systems", "object",
     {"description": "systèmes que Vladimir Poutine promet de livrer d’ici la fin de l’année",
      "unlinked_reason": "unspecified items with no Wikidata item"}),
    (ACCORD, "accord de coopération militaire russo-biélorusse", "Russian–Belarusian military cooperation agreement",
     "other", {"description": "valable jusqu’en 2030", "unlinked_reason": "a document with no verified Wikidata item"}),
    (UKR_MFA, "ministère ukrainien des Affaires étrangères", "Ministry of Foreign Affairs of Ukraine",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (WEST, "les pays occidentaux", "Western countries", "group",
     {"description": "auteurs des « sanctions occidentales »",
      "unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (WANG, "homologue chinois de Sergueï Lavrov", "Chinese foreign minister", "person",
     {"description": "le ministre chinois des Affaires étrangères, que l’article ne nomme pas",
      "unlinked_reason": "unnamed in the article; " + NOT_VERIFIED}),
    (MEDIA, "des médias biélorusses", "Belarusian media", "group",
     {"unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    (PARADE, "défilé de la Victoire (mai 2024)", "Victory Day parade (May 2024)", "other",
     {"unlinked_reason": NOT_VERIFIED}),
    (RED_SQUARE, "place Rouge", "Red Square", "place", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Alexandre Loukachenko", 1, LUKA, "name"),
    ("Kremlin", "au Kremlin", KREMLIN_PLACE, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("lui", "qui lui a promis", LUKA, "pronoun"),
    ("systèmes de défense antiaérienne", None, AIR_DEFENCE, "nominal"),
    # Les deux dirigeants se sont entretenus ... selon l’agence TASS ...
    ("TASS", None, TASS, "name"),
    ("un accord de coopération militaire", None, ACCORD, "nominal"),
    ("le chef de l’État russe", None, PUTIN, "nominal"),
    # M. Loukachenko, qui s’était déjà rendu à Moscou ...
    ("Loukachenko", "M. Loukachenko", LUKA, "name"),
    ("Moscou", "rendu à Moscou", MOSCOW, "name"),
    ("son hôte", None, PUTIN, "nominal"),
    ("Il", "Il a également annoncé", LUKA, "pronoun"),
    ("Minsk", "près de Minsk", MINSK, "name"),
    # Interrogé sur la présence d’armes nucléaires ...
    ("Biélorussie", None, BELARUS, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "porte-parole du Kremlin", KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("nous", "que nous commentons", KREMLIN, "pronoun"),
    ("il", "a-t-il déclaré", PESKOV, "pronoun"),
    # La rencontre a été vivement critiquée par Kiev ...
    ("Kiev", None, UKRAINE, "metonym"),
    ("Le ministère ukrainien des Affaires étrangères", None, UKR_MFA, "nominal"),
    ("Minsk", "accusé Minsk", BELARUS, "metonym"),
    ("l’invasion de l’Ukraine", None, "Q110999040", "nominal"),
    ("Ukraine", "l’invasion de l’Ukraine", UKRAINE, "name"),
    # Pour sa part, le chef de la diplomatie russe ...
    ("le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("Minsk", "contre Minsk et Moscou", BELARUS, "metonym"),
    ("Moscou", "Minsk et Moscou", RUSSIA, "metonym"),
    ("Il", "Il doit se rendre", LAVROV, "pronoun"),
    ("Pékin", None, BEIJING, "name"),
    ("il", "où il s’entretiendra", LAVROV, "pronoun"),
    ("son homologue chinois", None, WANG, "nominal"),
    # Selon des médias biélorusses ...
    ("des médias biélorusses", None, MEDIA, "nominal"),
    ("Alexandre Loukachenko", 2, LUKA, "name"),
    ("défilé de la Victoire", None, PARADE, "nominal"),
    ("place Rouge", None, RED_SQUARE, "name"),
    ("Kremlin", "Le Kremlin n’a pas", KREMLIN, "metonym"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2024-04-11", "day", "weekday-past",
     "Past « a été reçu jeudi »: the Thursday before the publication day (Friday 12 April 2024): 11 April 2024."),
    ("t-end-of-year", ("d’ici la fin de l’année", None), "2024", "year", "end-of-current-year",
     "A deadline within the publication year: the deliveries fall in 2024; no month is promised."),
    ("t-four-hours", ("quatre heures", None), None, "duration", "explicit-duration", "About four hours (PT4H)."),
    ("t-2030", ("jusqu’en 2030", None), "2030", "year", "explicit-year",
     "The agreement's term; a year stays a year."),
    ("t-february", ("en février", None), "2024-02", "month", "month-past",
     "Pluperfect « s’était déjà rendu ... en février »: the last February before April 2024: February 2024."),
    ("t-next-week", ("la semaine prochaine", None), "2024-04", "month", "week-future",
     "The week after Friday 12 April 2024 runs from Monday 15 to Sunday 21 April: all in April 2024."),
    ("t-yesterday", ("hier", None), "2024-04-11", "day", "yesterday",
     "The day before the publication day: Thursday 11 April 2024."),
    ("t-monday", ("lundi", None), "2024-04-15", "day", "weekday-future",
     "Future « doit se rendre lundi »: the Monday after the publication day: 15 April 2024."),
    ("t-may", ("en mai", None), "2024-05", "month", "month-future",
     "Conditional future « pourrait assister en mai »: the next May, May 2024."),
    ("t-2023", ("en 2023", None), "2023", "year", "explicit-year", "A year stays a year."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Vladimir Putin receives Alexander Lukashenko at the Kremlin",
          ("a été reçu", None), [("agent", PUTIN), ("participant", LUKA)], place=KREMLIN_PLACE, time="t-thursday",
          note="Passive: « Alexandre Loukachenko a été reçu jeudi au Kremlin par Vladimir Poutine »."),
    event("e-air-defence-deliveries", "Delivery", "Putin promises Lukashenko new air-defence systems by year end",
          ("livraisons", None), [("agent", PUTIN), ("recipient", LUKA), ("theme", AIR_DEFENCE)], status="planned",
          time="t-end-of-year", according_to=[PUTIN],
          note="« qui lui a promis de nouvelles livraisons »: promised, not yet made."),
    event("e-talks", "Meeting", "Putin and Lukashenko talk for nearly four hours", ("se sont entretenus", None),
          [("participant", PUTIN), ("participant", LUKA)], time="t-four-hours", according_to=[TASS],
          part_of="e-reception", note="« Les deux dirigeants » (plural, not a mention): Putin and Lukashenko."),
    event("e-accord", "Agreement", "Putin and Lukashenko initial a military cooperation agreement to 2030",
          ("parapher", None), [("participant", PUTIN), ("participant", LUKA), ("theme", ACCORD)],
          time="t-thursday", according_to=[TASS], part_of="e-reception",
          note="« avant de parapher un accord de coopération militaire valable jusqu’en 2030 »."),
    event("e-lukashenko-february-visit", "Visit", "Lukashenko had already been to Moscow in February",
          ("s’était déjà rendu", None), [("agent", LUKA)], place=MOSCOW, time="t-february"),
    event("e-joint-exercises", "Event", "Joint exercises near Minsk next week", ("manœuvres", None),
          [("participant", BELARUS), ("participant", RUSSIA)], status="planned", place=MINSK, time="t-next-week",
          according_to=[LUKA],
          note="« se tiendraient »: a future in the past, announced by Lukashenko; « conjointes »: both armies."),
    event("e-ties-break", "Event", "Ukraine threatens to break its last economic ties with Belarus",
          ("rompre", None), [("agent", UKR_MFA), ("recipient", BELARUS)], status="hypothetical",
          according_to=[UKR_MFA], note="Only if Russian troops are deployed in Belarus: a condition."),
    event("e-troop-deployment", "Event", "New Russian troops deployed in Belarus (the condition)",
          ("déployées", None), [("agent", RUSSIA)], status="hypothetical", place=BELARUS, according_to=[UKR_MFA],
          note="« si de nouvelles troupes russes étaient déployées sur le sol biélorusse »: « russes » and "
               "« biélorusse » are adjectives, the entities are implied."),
    event("e-western-sanctions", "Sanction", "Western sanctions against Belarus and Russia",
          ("sanctions", None), [("agent", WEST), ("recipient", BELARUS), ("recipient", RUSSIA)],
          note="They exist; that they « failed » is Lavrov's opinion (s-lavrov-sanctions)."),
    event("e-lavrov-beijing", "Visit", "Lavrov is to go to Beijing on Monday", ("se rendre", None),
          [("agent", LAVROV)], status="planned", place=BEIJING, time="t-monday"),
    event("e-lavrov-wang", "Meeting", "Lavrov will hold talks with his Chinese counterpart in Beijing",
          ("s’entretiendra", None), [("participant", LAVROV), ("participant", WANG)], status="planned",
          place=BEIJING, time="t-monday", part_of="e-lavrov-beijing"),
    event("e-parade-attendance", "Event", "Lukashenko might attend the Victory Day parade on Red Square in May",
          ("assister", None), [("participant", LUKA), ("theme", PARADE)], status="hypothetical",
          place=RED_SQUARE, time="t-may", according_to=[MEDIA]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-putin-threats", "Statement", "Putin: our two countries face the same threats and will answer together",
           PUTIN, ("a souligné", None),
           [("Nos deux pays font face aux mêmes menaces", None), ("Nous y répondrons ensemble.", None)],
           evidence=("« Nos deux pays", "ensemble. »"), time="t-thursday", about=["e-reception"],
           note="One quote split around « a souligné le chef de l’État russe devant la presse »."),
    speech("s-putin-promise", "Assurance", "Putin promises Lukashenko new air-defence deliveries", PUTIN,
           ("a promis", None), [], addressee=LUKA, time="t-thursday", about=["e-air-defence-deliveries"]),
    speech("s-tass", "Report", "TASS reports the four hours of talks and the agreement", TASS,
           ("selon", "selon l’agence TASS"), [], about=["e-talks", "e-accord"]),
    speech("s-lukashenko-thanks", "Statement", "Lukashenko thanks his host for his unfailing support", LUKA,
           ("a remercié", None), [("soutien indéfectible", None)], addressee=PUTIN),
    speech("s-lukashenko-exercises", "Statement", "Lukashenko announces joint exercises near Minsk next week", LUKA,
           ("a également annoncé", None), [], about=["e-joint-exercises"]),
    speech("s-peskov-refusal", "SpeechAct", "Peskov refuses to give details on Russian nuclear weapons in Belarus",
           PESKOV, ("a refusé", None), [], status="negated",
           note="« a refusé de donner des détails »: nothing was said."),
    speech("s-peskov-quote", "Statement", "Peskov: not a subject we comment on", PESKOV, ("déclaré", "a-t-il déclaré"),
           [("Ce n’est pas un sujet que nous commentons", None)]),
    speech("s-kyiv-criticism", "Statement", "Kyiv sharply criticises the meeting", UKRAINE, ("critiquée", None), [],
           about=["e-reception"], note="Passive with an agent: « a été vivement critiquée par Kiev »."),
    speech("s-ukr-mfa-accomplice", "Statement", "Ukraine's foreign ministry calls Minsk an accomplice of the invasion",
           UKR_MFA, ("a accusé", None), [("complice", None)], addressee=BELARUS),
    speech("s-ukr-mfa-threat", "Warning", "Ukraine's foreign ministry threatens to break economic ties with Belarus",
           UKR_MFA, ("a menacé", None), [], addressee=BELARUS, about=["e-ties-break", "e-troop-deployment"]),
    speech("s-lavrov-sanctions", "Statement", "Lavrov: Western sanctions against Minsk and Moscow have failed", LAVROV,
           ("a estimé", None), [("échoué", None)], time="t-yesterday", about=["e-western-sanctions"]),
    speech("s-belarus-media", "Report", "Belarusian media report Lukashenko might attend the parade", MEDIA,
           ("Selon", "Selon des médias"), [], about=["e-parade-attendance"]),
    speech("s-kremlin-no-confirmation", "SpeechAct", "The Kremlin has not confirmed the report", KREMLIN,
           ("n’a pas confirmé", None), [], status="negated", about=["e-parade-attendance"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
