"""Gold annotation of xi-poutine-pekin-2024-05.txt (written for the gold corpus, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/xi-poutine-pekin-2024-05.annotation.src.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "xi-poutine-pekin-2024-05.txt"

NOTE = """\
Gold article 4: Xi Jinping receives Vladimir Putin in Beijing; Putin denies arming North Korea; Dmitry \
Medvedev threatens the West. The file gives only the month; the text fixes the day (published_inferred). \
« Pékin » is the city where Xi receives Putin (Q956) and the Chinese state when it is thanked or acts (Q148); \
« À Moscou » is the city (Q649), « Moscou n’avait » the state. « la rencontre » refers back to the meeting; \
« Shanghai » in the name of the Shanghai Cooperation Organisation names the organisation, not the city; « au \
sommet de l’Organisation » is the occasion of the planned meeting, not an event of its own here. The \
Kazakhstan is not among the verified identifiers: a local entity, never a guessed QID."""

PUBLISHED_INFERRED = {
    "value": "2024-05-16", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives May 2024. « a reçu jeudi 16 mai » is past and dated (16 May 2024 is a Thursday), so "
             "the article appeared on or after it; « doit se rendre vendredi » is future, so before Friday 17 May "
             "2024. That leaves Thursday 16 May 2024."),
}

XI, PUTIN, RUSSIA, CHINA, NK = "Q15031", "Q7747", "Q159", "Q148", "Q423"
KREMLIN, MEDVEDEV, WEST, HARBIN = "Q2060629", "Q23530", "local:western-countries", "local:harbin"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (WEST, "les Occidentaux", "Western countries", "group",
     {"description": "« les Occidentaux », « l’Occident »",
      "unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    ("local:joint-statement", "déclaration commune sino-russe", "Sino-Russian joint statement", "other",
     {"unlinked_reason": "a document with no verified Wikidata item"}),
    (HARBIN, "Harbin", "Harbin", "place", {"unlinked_reason": NOT_VERIFIED}),
    ("local:trade-fair", "foire commerciale sino-russe", "Sino-Russian trade fair", "other",
     {"unlinked_reason": NOT_VERIFIED}),
    ("local:sco", "Organisation de coopération de Shanghai", "Shanghai Cooperation Organisation", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    ("local:kazakhstan", "Kazakhstan", "Kazakhstan", "country", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Xi Jinping", 1, XI, "name"),
    ("Vladimir Poutine", 1, PUTIN, "name"),
    ("Pékin", 1, "Q956", "name"),
    ("la guerre en Ukraine", None, "Q110999040", "nominal"),
    ("Ukraine", "guerre en Ukraine", "Q212", "name"),
    ("Occidentaux", "aux Occidentaux", WEST, "nominal"),
    # « La Chine et la Russie ... », a déclaré le président chinois ...
    ("Chine", "« La Chine et", CHINA, "name"),
    ("Russie", "la Russie sont", RUSSIA, "name"),
    ("le président chinois", None, XI, "nominal"),
    ("Son homologue russe", None, PUTIN, "nominal"),
    ("Pékin", "remercié Pékin", CHINA, "metonym"),
    ("conflit ukrainien", None, "Q110999040", "nominal"),
    # Les deux présidents ont signé une déclaration commune ...
    ("une déclaration commune", None, "local:joint-statement", "nominal"),
    ("Moscou", "Moscou et Pékin", RUSSIA, "metonym"),
    ("Pékin", "Moscou et Pékin", CHINA, "metonym"),
    # Vladimir Poutine doit se rendre vendredi à Harbin ...
    ("Vladimir Poutine", "Vladimir Poutine doit se rendre", PUTIN, "name"),
    ("Harbin", None, HARBIN, "name"),
    ("Chine", "nord-est de la Chine", CHINA, "name"),
    ("il", "où il visitera", PUTIN, "pronoun"),
    ("une foire commerciale sino-russe", None, "local:trade-fair", "nominal"),
    ("Vladimir Poutine", "la première de Vladimir Poutine", PUTIN, "name"),
    # Interrogé sur la Corée du Nord ...
    ("Corée du Nord", None, NK, "name"),
    ("le président russe", None, PUTIN, "nominal"),
    ("Moscou", "que Moscou n’avait", RUSSIA, "metonym"),
    ("Pyongyang", None, NK, "metonym"),
    ("Washington", None, "Q30", "metonym"),
    ("Ukraine", "sur l’Ukraine", "Q212", "name"),
    # À Moscou, l’ancien président Dmitri Medvedev ...
    ("Moscou", "À Moscou", "Q649", "name"),
    ("Dmitri Medvedev", None, MEDVEDEV, "name"),
    ("Occident", "menacé l’Occident", WEST, "name"),
    ("les Occidentaux", None, WEST, "nominal"),
    ("Kiev", None, "Q212", "metonym"),
    ("il", "a-t-il écrit", MEDVEDEV, "pronoun"),
    ("Kremlin", None, KREMLIN, "metonym"),
    # Xi Jinping et Vladimir Poutine doivent se retrouver ...
    ("Xi Jinping", "Xi Jinping et Vladimir Poutine doivent", XI, "name"),
    ("Vladimir Poutine", "Xi Jinping et Vladimir Poutine doivent", PUTIN, "name"),
    ("Organisation de coopération de Shanghai", None, "local:sco", "name"),
    ("Kazakhstan", None, "local:kazakhstan", "name"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday-16", ("jeudi 16 mai", None), "2024-05-16", "day", "weekday-day-month",
     "Weekday, day and month; the year is the publication year, and 16 May 2024 is indeed a Thursday."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "The year before the publication year: 2023."),
    ("t-friday", ("vendredi", None), "2024-05-17", "day", "weekday-future",
     "Future « doit se rendre vendredi »: the Friday after publication (Thursday 16 May 2024): 17 May 2024."),
    ("t-may-7", ("le 7 mai", None), "2024-05-07", "day", "day-month-publication-year",
     "Day and month before publication in the same month: 7 May 2024 (Putin's inauguration)."),
    ("t-last-winter", ("l’hiver dernier", None), None, "vague", "season-past",
     "The winter before publication, December 2023 to February 2024: it spans two years, so no value."),
    ("t-july", ("en juillet", None), "2024-07", "month", "month-future",
     "A month named with a future (« doivent se retrouver »): the next July, July 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-meeting", "Meeting", "Xi Jinping receives Vladimir Putin in Beijing on Thursday 16 May",
          ("a reçu", None), [("agent", XI), ("participant", PUTIN)], place="Q956", time="t-thursday-16",
          part_of="e-china-visit"),
    event("e-talks", "Meeting", "Talks on the war in Ukraine and trade", ("entretiens", None),
          [("participant", XI), ("participant", PUTIN)], place="Q956", time="t-thursday-16", part_of="e-meeting"),
    event("e-joint-statement", "Agreement", "Xi and Putin sign a joint statement on their strategic partnership",
          ("ont signé", None), [("participant", XI), ("participant", PUTIN), ("theme", "local:joint-statement")],
          place="Q956", part_of="e-meeting", note="« Les deux présidents » (plural, not a mention): Xi and Putin."),
    event("e-energy-cooperation", "Event", "Russia and China commit to develop their energy cooperation",
          ("développer", None), [("participant", RUSSIA), ("participant", CHINA)], status="planned",
          note="« se sont également engagés à développer »: a commitment about the future."),
    event("e-oil-purchases", "Event", "Chinese purchases of Russian oil reached a record last year",
          ("achats", None), [("agent", CHINA), ("participant", RUSSIA)], time="t-last-year",
          note="« chinois » and « russe » are adjectives (not mentions); the buyer is China, the seller Russia."),
    event("e-harbin-visit", "Visit", "Putin is to go to Harbin on Friday", ("se rendre", None),
          [("agent", PUTIN)], status="planned", place=HARBIN, time="t-friday", part_of="e-china-visit"),
    event("e-fair-visit", "Visit", "Putin will visit a Sino-Russian trade fair in Harbin", ("visitera", None),
          [("agent", PUTIN), ("theme", "local:trade-fair")], status="planned", place=HARBIN, time="t-friday",
          part_of="e-harbin-visit"),
    event("e-china-visit", "Visit", "Putin's visit to China, his first abroad since his inauguration",
          ("visite", "Cette visite"), [("agent", PUTIN)], place=CHINA),
    event("e-inauguration", "Event", "Putin's inauguration for a fifth term on 7 May", ("investiture", None),
          [("recipient", PUTIN)], time="t-may-7"),
    event("e-arms-to-nk", "Delivery", "Russia has no intention of delivering arms to North Korea (Putin)",
          ("livrer", None), [("agent", RUSSIA), ("recipient", NK)], status="negated", according_to=[PUTIN],
          note="« n’avait « aucune intention » de livrer des armes à Pyongyang »: denied."),
    event("e-missiles-fired", "Event", "North Korean missiles allegedly fired at Ukraine last winter",
          ("tirés", None), [("recipient", "Q212")], status="suspected", time="t-last-winter", according_to=["Q30"],
          note="« Selon Washington, ... auraient pourtant été tirés »: an allegation; who fired is not written."),
    event("e-western-missiles", "Delivery", "Western long-range missiles for Ukraine (Medvedev's condition)",
          ("livrent", None), [("agent", WEST), ("recipient", "Q212")], status="hypothetical",
          according_to=[MEDVEDEV]),
    event("e-nuclear-response", "Event", "A possible Russian nuclear response (Medvedev)", ("riposte", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[MEDVEDEV],
          note="« une possible riposte nucléaire »; Russia's, implied by the speaker."),
    event("e-sco-meeting", "Meeting", "Xi and Putin are to meet in July at the SCO summit in Kazakhstan",
          ("se retrouver", None), [("participant", XI), ("participant", PUTIN)], status="planned",
          place="local:kazakhstan", time="t-july"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-xi-rights", "Statement", "Xi: China and Russia will defend their legitimate rights", XI,
           ("a déclaré", None),
           [("La Chine et la Russie sont déterminées à défendre leurs droits et intérêts légitimes", None)],
           about=["e-meeting"]),
    speech("s-xi-stability", "Statement", "Xi calls the relations a factor of stability", XI, ("qualifiant", None),
           [("facteur de stabilité", None)]),
    speech("s-putin-thanks", "Statement", "Putin thanks Beijing for its initiatives", PUTIN, ("remercié", None),
           [("initiatives", None)], addressee=CHINA),
    speech("s-putin-no-intention", "Assurance", "Putin: Moscow has no intention of arming Pyongyang", PUTIN,
           ("a assuré", None), [("aucune intention", None)], about=["e-arms-to-nk"]),
    speech("s-putin-denial", "SpeechAct", "Putin denies the US accusations", PUTIN, ("démentant", None), [],
           about=["e-arms-to-nk"]),
    speech("s-washington", "Report", "Washington says North Korean missiles were fired at Ukraine", "Q30",
           ("Selon", "Selon Washington"), [], about=["e-missiles-fired"]),
    speech("s-medvedev-threat", "Warning", "Medvedev threatens the West again", MEDVEDEV, ("menacé", None), [],
           addressee=WEST),
    speech("s-medvedev-red-lines", "Warning", "Medvedev: no more red lines if the West arms Kyiv", MEDVEDEV,
           ("écrit", "a-t-il écrit"),
           [("Si les Occidentaux livrent des missiles à longue portée à Kiev, il n’y aura plus de lignes rouges",
             None)], addressee=WEST, about=["e-western-missiles"]),
    speech("s-medvedev-nuclear", "Statement", "Medvedev raises a possible nuclear response", MEDVEDEV,
           ("évoquant", None), [], about=["e-nuclear-response"]),
    speech("s-kremlin-no-comment", "SpeechAct", "The Kremlin has not commented", KREMLIN, ("commentées", None),
           [], status="negated", about=["s-medvedev-red-lines"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
