"""Held-out annotation of assemblee-generale-ukraine-2023-02-24.txt (written for the held-out set, not real).

    python tools/annotate_offsets.py \
        benchmarks/gold/assemblee-generale-ukraine-2023-02-24.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "assemblee-generale-ukraine-2023-02-24.txt"

NOTE = """\
Held-out article 3: the UN General Assembly demands Russia's withdrawal from Ukraine, published Friday 24 \
February 2023 (the file gives the day). Language on purpose: an adoption with a nominal demand (« exigeant \
le retrait »), « à la veille de » as a time, a passive sponsorship (« porté par »), a vote and an abstention \
with plural agents, a quote split around « a lancé António Guterres à la tribune », two quoted adjectives \
for one speech act, a negated future (« ne reconnaîtra pas ») in indirect speech without guillemets, an \
imperfect participation, a future reception, « vendredi » that is the publication day itself, « mardi \
prochain », a never-condemned, a no-comment, a pluperfect passive, and « la semaine prochaine » across two \
months. « À Kiev » is the city where Zelensky speaks (Q1899); « attendu ... à Pékin » is the city (Q956), \
« Pékin, qui n’a jamais condamné » is China (Q148). « Nations unies » inside the Assembly's name is the UN \
(Q1065). « les belligérants » (Russia and Ukraine together) is plural: not a mention. « ce vote », « Le \
texte » and « un texte » refer back to the adopted resolution. Volodymyr Zelensky, India, New Delhi and the \
G20 are not among the verified identifiers: local entities, never a guessed QID."""

UNGA, UN, UNSC, UKRAINE, RUSSIA = "Q47423", "Q1065", "Q37470", "Q212", "Q159"
BELARUS, NK, CHINA, JAPAN, INVASION = "Q184", "Q423", "Q148", "Q17", "Q110999040"
GUTERRES, NEBENZIA, LAVROV, LUKA, BEIJING, KYIV = "Q311440", "Q1000053", "Q58217", "Q2866", "Q956", "Q1899"
RESOLUTION, ALLIES, INDIA, WEST = "local:unga-resolution-2023-02-23", "local:ukraine-allies", "local:india", \
    "local:western-countries"
NEW_DELHI, G20, ZELENSKY = "local:new-delhi", "local:g20", "local:volodymyr-zelensky"
EU_LEADERS, PRESIDENCY, PLAN = "local:european-leaders", "local:office-of-the-president-of-ukraine", \
    "local:chinese-peace-plan"
CHINA_MFA, PREVIOUS = "local:chinese-foreign-ministry", "local:unga-resolution-2022-03"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (RESOLUTION, "résolution de l’Assemblée générale du 23 février 2023", "UNGA resolution of 23 February 2023",
     "other", {"description": "exige le retrait immédiat des troupes russes d’Ukraine",
               "unlinked_reason": "a document with no verified Wikidata item"}),
    (ALLIES, "les alliés de l’Ukraine", "Ukraine's allies", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (INDIA, "Inde", "India", "country", {"unlinked_reason": NOT_VERIFIED}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (NEW_DELHI, "New Delhi", "New Delhi", "place", {"unlinked_reason": NOT_VERIFIED}),
    (G20, "G20", "G20", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (EU_LEADERS, "plusieurs dirigeants européens", "several European leaders", "group",
     {"unlinked_reason": "unnamed people"}),
    (PRESIDENCY, "présidence ukrainienne", "Office of the President of Ukraine", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PLAN, "plan de paix chinois en douze points", "Chinese twelve-point peace plan", "other",
     {"unlinked_reason": "a document with no verified Wikidata item"}),
    (CHINA_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PREVIOUS, "résolution de l’Assemblée générale de mars 2022", "UNGA resolution of March 2022", "other",
     {"unlinked_reason": "a document with no verified Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Assemblée générale des Nations unies", None, UNGA, "name"),
    ("Nations unies", None, UN, "name"),
    ("une résolution", None, RESOLUTION, "nominal"),
    ("Ukraine", "troupes russes d’Ukraine", UKRAINE, "name"),
    ("l’invasion", None, INVASION, "nominal"),
    # Le texte, porté par l’Ukraine et ses alliés ...
    ("Le texte", None, RESOLUTION, "nominal"),
    ("Ukraine", "porté par l’Ukraine", UKRAINE, "name"),
    ("ses alliés", None, ALLIES, "nominal"),
    ("Russie", "La Russie, la Biélorussie", RUSSIA, "name"),
    ("Biélorussie", None, BELARUS, "name"),
    ("Corée du Nord", None, NK, "name"),
    ("Chine", "la Chine et l’Inde", CHINA, "name"),
    ("Inde", None, INDIA, "name"),
    # « Cette guerre, a lancé António Guterres à la tribune, est un affront ... »
    ("Cette guerre", None, INVASION, "nominal"),
    ("António Guterres", None, GUTERRES, "name"),
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("le conflit", None, INVASION, "nominal"),
    # L’ambassadeur russe, Vassili Nebenzia ...
    ("L’ambassadeur russe", None, NEBENZIA, "nominal"),
    ("Vassili Nebenzia", None, NEBENZIA, "name"),
    ("un texte", None, RESOLUTION, "nominal"),
    ("les Occidentaux", None, WEST, "nominal"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("New Delhi", None, NEW_DELHI, "name"),
    ("il", "où il participait", LAVROV, "pronoun"),
    ("G20", None, G20, "name"),
    # À Kiev, le président ukrainien Volodymyr Zelensky ...
    ("Kiev", None, KYIV, "name"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Il", "Il doit recevoir", ZELENSKY, "pronoun"),
    ("plusieurs dirigeants européens", None, EU_LEADERS, "nominal"),
    ("la présidence ukrainienne", None, PRESIDENCY, "nominal"),
    # La Chine doit présenter vendredi ...
    ("Chine", "La Chine doit", CHINA, "name"),
    ("un plan de paix en douze points", None, PLAN, "nominal"),
    ("son ministère des Affaires étrangères", None, CHINA_MFA, "nominal"),
    ("Pékin", "Pékin, qui", CHINA, "metonym"),
    ("l’offensive russe", None, INVASION, "nominal"),
    ("Alexandre Loukachenko", None, LUKA, "name"),
    ("Pékin", "attendu mardi prochain à Pékin", BEIJING, "name"),
    # Une précédente résolution ...
    ("Une précédente résolution", None, PREVIOUS, "nominal"),
    ("Conseil de sécurité", None, UNSC, "name"),
    ("Russie", "où la Russie dispose", RUSSIA, "name"),
    ("elle", "qu’elle a utilisé", RUSSIA, "pronoun"),
    # Le Japon, qui a présidé le Conseil en janvier ...
    ("Japon", None, JAPAN, "name"),
    ("Conseil", "présidé le Conseil", UNSC, "name"),
    ("l’instance", None, UNSC, "nominal"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2023-02-23", "day", "weekday-past",
     "Past « a adopté jeudi »: the Thursday before the publication day (Friday 24 February 2023): 23 February."),
    ("t-eve", ("la veille du premier anniversaire de l’invasion", None), "2023-02-23", "day", "eve-of-anniversary",
     "The invasion began on 24 February 2022; its first anniversary is 24 February 2023, the eve 23 February."),
    ("t-next-week", ("la semaine prochaine", None), "2023", "year", "week-future",
     "The week after Friday 24 February 2023 runs from Monday 27 February to Sunday 5 March: it spans two "
     "months, so the finest true precision is the year, 2023."),
    ("t-friday", ("vendredi", None), "2023-02-24", "day", "weekday-publication-day",
     "« doit présenter vendredi » in an article of Friday 24 February 2023: that same day (a weekday named "
     "without a date is a day of the current week)."),
    ("t-next-tuesday", ("mardi prochain", None), "2023-02-28", "day", "weekday-future",
     "« mardi prochain »: the Tuesday after publication, 28 February 2023."),
    ("t-march-2022", ("en mars 2022", None), "2022-03", "month", "explicit-month-year", "Month and year given."),
    ("t-february-2022", ("février 2022", None), "2022-02", "month", "explicit-month-year",
     "« dès février 2022 »: month and year given."),
    ("t-january", ("en janvier", None), "2023-01", "month", "month-past",
     "Past « a présidé le Conseil en janvier »: the last January before February 2023: January 2023."),
    ("t-wednesday", ("mercredi", None), "2023-02-22", "day", "weekday-past",
     "Past « a plaidé mercredi »: the Wednesday before publication: 22 February 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-adoption", "Event", "The UN General Assembly adopts a resolution demanding Russia's withdrawal",
          ("a adopté", None), [("agent", UNGA), ("theme", RESOLUTION)], time="t-thursday",
          note="« à une large majorité »; also « ce vote » (Lavrov, Lukashenko) and « un puissant signal »."),
    event("e-withdrawal", "Event", "The immediate withdrawal of Russian troops from Ukraine (demanded)",
          ("retrait", None), [("agent", RUSSIA)], status="proposed", place=UKRAINE, according_to=[UNGA],
          note="Demanded by the resolution, not agreed: proposed."),
    event("e-sponsorship", "Proposal", "Ukraine and its allies put the text forward", ("porté", None),
          [("agent", UKRAINE), ("agent", ALLIES), ("theme", RESOLUTION)],
          note="Passive: « Le texte, porté par l’Ukraine et ses alliés »."),
    event("e-votes-against", "Event", "Russia, Belarus and North Korea vote against", ("ont voté", None),
          [("agent", RUSSIA), ("agent", BELARUS), ("agent", NK), ("theme", RESOLUTION)], time="t-thursday",
          part_of="e-adoption"),
    event("e-abstentions", "Event", "China and India abstain", ("se sont abstenues", None),
          [("agent", CHINA), ("agent", INDIA)], time="t-thursday", part_of="e-adoption"),
    event("e-escalation", "Event", "The conflict spreading (Guterres calls to prevent it)", ("s’étendre", None),
          [("participant", INVASION)], status="hypothetical", according_to=[GUTERRES]),
    event("e-prolong-fighting", "Event", "The West wants to prolong the fighting (Nebenzia's accusation)",
          ("prolonger", None), [("agent", WEST)], status="suspected", according_to=[NEBENZIA]),
    event("e-recognition", "Event", "Moscow will not recognise the vote", ("reconnaîtra", None),
          [("agent", RUSSIA), ("theme", RESOLUTION)], status="negated", according_to=[LAVROV]),
    event("e-g20-meeting", "Meeting", "Lavrov takes part in a G20 meeting in New Delhi", ("participait", None),
          [("participant", LAVROV), ("participant", G20)], place=NEW_DELHI),
    event("e-zelensky-hosts", "Meeting", "Zelensky is to receive several European leaders next week",
          ("recevoir", None), [("agent", ZELENSKY), ("participant", EU_LEADERS)], status="planned", place=KYIV,
          time="t-next-week", according_to=[PRESIDENCY]),
    event("e-peace-plan", "Proposal", "China is to present a twelve-point peace plan on Friday", ("présenter", None),
          [("agent", CHINA), ("theme", PLAN)], status="planned", time="t-friday", according_to=[CHINA_MFA]),
    event("e-lukashenko-beijing", "Visit", "Lukashenko is expected in Beijing next Tuesday for a state visit",
          ("visite", None), [("agent", LUKA)], status="planned", place=BEIJING, time="t-next-tuesday",
          note="« attendu mardi prochain à Pékin pour une visite d’État »."),
    event("e-previous-resolution", "Event", "A previous resolution adopted in March 2022 by 141 countries",
          ("adoptée", None), [("agent", UNGA), ("theme", PREVIOUS)], time="t-march-2022",
          note="Passive with no agent written for « adoptée »; « approuvée par 141 pays » is the same vote."),
    event("e-veto-use", "Event", "Russia has used its veto since February 2022", ("utilisé", None),
          [("agent", RUSSIA)], time="t-february-2022"),
    event("e-japan-presidency", "Event", "Japan presided over the Security Council in January", ("a présidé", None),
          [("agent", JAPAN), ("theme", UNSC)], time="t-january"),
    event("e-unsc-reform", "Event", "A reform of the Security Council (Japan's call)", ("réforme", None),
          [("recipient", UNSC)], status="proposed", according_to=[JAPAN]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-unga-demand", "Statement", "The General Assembly demands the immediate withdrawal of Russian troops",
           UNGA, ("exigeant", None), [("immédiat", None)], time="t-thursday", about=["e-withdrawal"],
           note="The resolution's own word, quoted: the Assembly, which adopts it, is the speaker."),
    speech("s-guterres-affront", "Statement", "Guterres: this war is an affront to our collective conscience",
           GUTERRES, ("a lancé", None),
           [("Cette guerre", None), ("est un affront à notre conscience collective.", None)],
           note="One quote split around « a lancé António Guterres à la tribune »."),
    speech("s-guterres-call", "Statement", "Guterres calls on the belligerents not to let the conflict spread",
           GUTERRES, ("a appelé", None), [], about=["e-escalation"]),
    speech("s-nebenzia", "Statement", "Nebenzia denounces a useless, anti-Russian text", NEBENZIA,
           ("a dénoncé", None), [("inutile", None), ("antirusse", None)], about=["e-adoption"],
           note="Two pairs of guillemets, one statement."),
    speech("s-nebenzia-accusation", "Statement", "Nebenzia accuses the West of wanting to prolong the fighting",
           NEBENZIA, ("accusant", None), [], addressee=WEST, about=["e-prolong-fighting"]),
    speech("s-lavrov-warning", "Warning", "Lavrov warns Moscow will not recognise the vote", LAVROV,
           ("a prévenu", None), [], place=NEW_DELHI, about=["e-recognition", "e-adoption"],
           note="Indirect speech without guillemets, the reporting clause after it."),
    speech("s-zelensky", "Statement", "Zelensky hails a powerful signal of support", ZELENSKY, ("a salué", None),
           [("puissant signal", None)], place=KYIV, about=["e-adoption"]),
    speech("s-presidency", "Report", "The Ukrainian presidency announces the visit of European leaders", PRESIDENCY,
           ("selon", "selon la présidence"), [], about=["e-zelensky-hosts"]),
    speech("s-china-mfa", "Statement", "China's foreign ministry announces the peace plan", CHINA_MFA,
           ("a indiqué", None), [], about=["e-peace-plan"]),
    speech("s-china-never-condemned", "SpeechAct", "Beijing has never condemned the Russian offensive", CHINA,
           ("condamné", "jamais condamné"), [], status="negated"),
    speech("s-lukashenko-no-comment", "SpeechAct", "Lukashenko has not commented on the vote", LUKA,
           ("n’a pas commenté", None), [], status="negated", about=["e-adoption"]),
    speech("s-japan-reform", "Statement", "Japan calls for a reform of the Security Council", JAPAN,
           ("a plaidé", None), [], time="t-wednesday", about=["e-unsc-reform"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
