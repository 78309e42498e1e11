"""Held-out annotation of lavrov-hanoi-2024-07.txt (written for the second held-out set, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/lavrov-hanoi-2024-07.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "lavrov-hanoi-2024-07.txt"

PUBLISHED_INFERRED = {
    "value": "2024-07-22", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives July 2024. « a été reçu lundi 22 juillet » is past and dated (22 July 2024 is a "
             "Monday), so the article appeared on or after it; « doivent signer mardi » is future, so before "
             "Tuesday 23 July 2024. That leaves Monday 22 July 2024, which « aucun commentaire lundi » confirms."),
}

NOTE = """\
Held-out-2 article 3: Sergey Lavrov received in Hanoi by Tô Lâm, published in July 2024 (the file gives the month; \
the day, Monday 22 July, comes from a dated past weekday and a future « mardi »). Language on purpose: a passive \
reception (« a été reçu ... par le président vietnamien, Tô Lâm »), « un mois après la visite » (a time counted \
back from the reception), agreements « conclus en juin » with no parties written, a review sourced to a communiqué \
and « Selon ce texte », greetings carried for someone else (« a transmis à son hôte « les salutations chaleureuses \
» du président russe »), « avant de s’entretenir », a planned signing, « depuis le début de son offensive en \
Ukraine, en février 2022 », a never-condemned invasion, a hypothetical purchase, a refusal to comment followed by \
a quote split around « s’est-il contenté de répondre » (the refusal is negated, the quote is not), a pluperfect \
judgement, a no-comment by an embassy, a planned trip in the future tense (« gagnera ensuite le Laos ») with two \
places (Laos, Vientiane) and two days, « y », a conditional encounter and a negated planned meeting told by an \
unnamed spokeswoman. « Hanoï » where Lavrov is received is the city (Q1858); « Hanoï, qui n’a jamais condamné » is \
Vietnam (Q881). « nous » in Lavrov's quote is Russia; « nos ministères de la Défense » is plural (both countries): \
no mention. « la diplomatie russe » inside a role noun is not a mention of its own (it is not a name), as in « Le \
chef de la diplomatie russe ». The greetings are a speech act of Lavrov (who speaks) addressed to Tô Lâm; that \
they come from Putin is in the label, not in the speaker. Bui Thanh Son, Laos, Vientiane, ASEAN, the US embassy, \
the US secretary of state and the Russian spokeswoman (both unnamed) are not in ids.tsv: local, unlinked."""

LAVROV, TO_LAM, PUTIN, HANOI, VIETNAM = "Q58217", "Q10831196", "Q7747", "Q1858", "Q881"
RUSSIA, UKRAINE, INVASION, US, CHINA = "Q159", "Q212", "Q110999040", "Q30", "Q148"
VN_MFA, BUI, PLAN, SEA = "local:vietnam-mfa", "local:bui-thanh-son", "local:consultation-plan-2025-2026", \
    "local:southeast-asia"
JUNE_ACCORDS, US_EMBASSY, LAOS = "local:russia-vietnam-june-2024-agreements", "local:us-embassy-hanoi", "local:laos"
VIENTIANE, ASEAN, SECSTATE = "local:vientiane", "local:asean", "local:us-secretary-of-state"
SOURCE, SPOKESWOMAN = "local:diplomatic-source", "local:russian-mfa-spokeswoman"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (VN_MFA, "ministère vietnamien des Affaires étrangères", "Ministry of Foreign Affairs of Vietnam",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BUI, "Bui Thanh Son", "Bui Thanh Son", "person",
     {"description": "ministre vietnamien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (PLAN, "plan de consultations russo-vietnamien pour 2025 et 2026", "Russian–Vietnamese consultation plan "
     "2025–2026", "other", {"unlinked_reason": "a document with no Wikidata item"}),
    (SEA, "Asie du Sud-Est", "Southeast Asia", "place", {"unlinked_reason": NOT_VERIFIED}),
    (JUNE_ACCORDS, "accords russo-vietnamiens de juin 2024", "Russian–Vietnamese agreements of June 2024", "other",
     {"unlinked_reason": "several unnamed documents, not one Wikidata item"}),
    (US_EMBASSY, "ambassade des États-Unis à Hanoï", "Embassy of the United States in Hanoi", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (LAOS, "Laos", "Laos", "country", {"unlinked_reason": NOT_VERIFIED}),
    (VIENTIANE, "Vientiane", "Vientiane", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ASEAN, "Asean", "Association of Southeast Asian Nations", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SECSTATE, "secrétaire d’État américain", "US Secretary of State", "person",
     {"description": "le titulaire de la fonction (Q14213), que l’article ne nomme pas",
      "unlinked_reason": "unnamed in the article; " + NOT_VERIFIED}),
    (SOURCE, "une source diplomatique", "a diplomatic source", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (SPOKESWOMAN, "porte-parole de la diplomatie russe", "spokeswoman of the Russian foreign ministry", "person",
     {"description": "que l’article ne nomme pas", "unlinked_reason": "unnamed in the article; " + NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", 1, LAVROV, "name"),
    ("Hanoï", "à Hanoï par", HANOI, "name"),
    ("le président vietnamien", None, TO_LAM, "nominal"),
    ("Tô Lâm", None, TO_LAM, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Viêt Nam", "Poutine au Viêt Nam", VIETNAM, "name"),
    # Les deux hommes ont passé en revue ...
    ("le ministère vietnamien des Affaires étrangères", None, VN_MFA, "nominal"),
    ("Lavrov", "M. Lavrov a transmis", LAVROV, "name"),
    ("son hôte", None, TO_LAM, "nominal"),
    ("président russe", "du président russe.", PUTIN, "nominal"),
    # « Le Viêt Nam est pour nous un partenaire ... »
    ("Viêt Nam", "Le Viêt Nam est", VIETNAM, "name"),
    ("nous", "pour nous", RUSSIA, "pronoun"),
    ("le ministre russe", None, LAVROV, "nominal"),
    ("son homologue vietnamien", None, BUI, "nominal"),
    ("Bui Thanh Son", None, BUI, "name"),
    ("un plan de consultations", None, PLAN, "nominal"),
    # Moscou cherche à renforcer ses liens ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("Asie du Sud-Est", None, SEA, "name"),
    ("son offensive en Ukraine", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("Hanoï", "Hanoï, qui", VIETNAM, "metonym"),
    ("l’invasion", None, INVASION, "nominal"),
    ("Washington", None, US, "metonym"),
    ("Pékin", None, CHINA, "metonym"),
    # Interrogé sur un éventuel achat d’armements russes ...
    ("Viêt Nam", "par le Viêt Nam", VIETNAM, "name"),
    ("Lavrov", "M. Lavrov s’est refusé", LAVROV, "name"),
    ("il", "s’est-il contenté", LAVROV, "pronoun"),
    ("Je", "Je ne suis pas", LAVROV, "pronoun"),
    # Les États-Unis avaient jugé « préoccupante » ...
    ("États-Unis", None, US, "name"),
    ("président russe", "la visite du président russe", PUTIN, "nominal"),
    ("L’ambassade américaine à Hanoï", None, US_EMBASSY, "nominal"),
    ("Hanoï", "ambassade américaine à Hanoï", HANOI, "name"),
    # Sergueï Lavrov doit ensuite se rendre au Laos ...
    ("Sergueï Lavrov", 2, LAVROV, "name"),
    ("Laos", None, LAOS, "name"),
    ("il", "où il participera", LAVROV, "pronoun"),
    ("Vientiane", None, VIENTIANE, "name"),
    ("Asean", None, ASEAN, "name"),
    ("Il", "Il pourrait", LAVROV, "pronoun"),
    ("y", "Il pourrait y croiser", VIENTIANE, "pronoun"),
    ("le secrétaire d’État américain", None, SECSTATE, "nominal"),
    ("une source diplomatique", None, SOURCE, "nominal"),
    ("la porte-parole de la diplomatie russe", None, SPOKESWOMAN, "nominal"),
]

PUB_DAY = "The publication day, Monday 22 July 2024 (article.published_inferred)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday-22", ("lundi 22 juillet", None), "2024-07-22", "day", "weekday-day-month",
     "Explicit day and month in the publication year, checked against its weekday (22 July 2024 is a Monday)."),
    ("t-a-month-before", ("un mois après", None), "2024-06", "month", "relative-month-past",
     "Putin's visit, a month before the reception of 22 July 2024: June 2024 (« un mois » is round: the month "
     "is all that is true)."),
    ("t-june", ("en juin", None), "2024-06", "month", "month-past",
     "« des accords conclus en juin »: the last June before July 2024: June 2024."),
    ("t-tuesday", ("mardi", None), "2024-07-23", "day", "weekday-future",
     "Future « doivent signer mardi »: the Tuesday after the publication day: 23 July 2024."),
    ("t-2025", ("2025", None), "2025", "year", "explicit-year", "The plan's first year; a year stays a year."),
    ("t-2026", ("2026", None), "2026", "year", "explicit-year", "The plan's second year; a year stays a year."),
    ("t-february-2022", ("en février 2022", None), "2022-02", "month", "explicit-month-year",
     "The start of the offensive, in apposition: February 2022."),
    ("t-last-month", ("le mois dernier", None), "2024-06", "month", "relative-month-past",
     "The month before July 2024: June 2024."),
    ("t-monday", ("lundi", "aucun commentaire lundi"), "2024-07-22", "day", "weekday-publication-day",
     "« n’a fait aucun commentaire lundi »: the weekday of publication. " + PUB_DAY),
    ("t-thursday", ("jeudi", None), "2024-07-25", "day", "weekday-future",
     "Future « participera jeudi et vendredi »: the Thursday after the publication day: 25 July 2024."),
    ("t-friday", ("vendredi", None), "2024-07-26", "day", "weekday-future",
     "The Friday after the publication day: 26 July 2024, the meeting's second day."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Tô Lâm receives Sergey Lavrov in Hanoi", ("a été reçu", None),
          [("agent", TO_LAM), ("participant", LAVROV)], place=HANOI, time="t-monday-22",
          note="Passive: « Sergueï Lavrov, a été reçu lundi 22 juillet à Hanoï par le président vietnamien »."),
    event("e-putin-visit", "Visit", "Vladimir Putin's visit to Vietnam in June", ("visite", "la visite de Vladimir"),
          [("agent", PUTIN)], place=VIETNAM, time="t-a-month-before"),
    event("e-review", "Meeting", "Lavrov and Tô Lâm review the implementation of June's agreements",
          ("ont passé en revue", None), [("participant", LAVROV), ("participant", TO_LAM), ("theme", JUNE_ACCORDS)],
          place=HANOI, time="t-monday-22", according_to=[VN_MFA], part_of="e-reception",
          note="« Les deux hommes » (plural, not a mention): Lavrov and Tô Lâm."),
    event("e-june-accords", "Agreement", "Russia and Vietnam concluded agreements in June", ("conclus", None),
          [("participant", RUSSIA), ("participant", VIETNAM), ("theme", JUNE_ACCORDS)], time="t-june",
          note="The parties are not written; the agreements are those of Putin's visit to Vietnam in June."),
    event("e-lavrov-bui", "Meeting", "Lavrov holds talks with his Vietnamese counterpart Bui Thanh Son",
          ("s’entretenir", None), [("participant", LAVROV), ("participant", BUI)], place=HANOI, time="t-monday-22",
          note="« avant de s’entretenir »: after the press statement, the same day; it took place."),
    event("e-plan-signing", "Agreement", "The two ministers are to sign a consultation plan for 2025 and 2026",
          ("signer", None), [("participant", LAVROV), ("participant", BUI), ("theme", PLAN)], status="planned",
          time="t-tuesday"),
    event("e-ties", "Event", "Russia seeks closer ties with Southeast Asia since the start of its offensive",
          ("renforcer", None), [("agent", RUSSIA), ("participant", SEA)], time="t-february-2022",
          note="« cherche à renforcer ... depuis »: an effort under way since February 2022 (its start)."),
    event("e-relations", "Event", "Vietnam keeps close relations with the United States and China",
          ("entretient", None), [("participant", VIETNAM), ("participant", US), ("participant", CHINA)]),
    event("e-arms-purchase", "Event", "A possible purchase of Russian arms by Vietnam", ("achat", None),
          [("agent", VIETNAM)], status="hypothetical",
          note="« un éventuel achat d’armements russes »: the question put to Lavrov; « russes » is an adjective."),
    event("e-laos-trip", "Visit", "Lavrov will go on to Laos", ("gagnera", None), [("agent", LAVROV)],
          status="planned", place=LAOS, note="« ensuite »: after Hanoi, before the meeting of Thursday; no day."),
    event("e-asean-meeting", "Meeting", "Lavrov will attend the ASEAN foreign ministers' meeting in Vientiane",
          ("participera", None), [("participant", LAVROV), ("participant", ASEAN)], status="planned",
          place=VIENTIANE, time="t-thursday", part_of="e-laos-trip",
          note="« jeudi et vendredi »: one event over two days; its time is the first day (t-friday is the second)."),
    event("e-secstate-encounter", "Meeting", "Lavrov might run into the US secretary of state there", ("croiser", None),
          [("participant", LAVROV), ("participant", SECSTATE)], status="hypothetical", place=VIENTIANE,
          according_to=[SOURCE], part_of="e-asean-meeting"),
    event("e-no-bilateral", "Meeting", "No bilateral Lavrov–US secretary of state meeting is planned",
          ("rencontre bilatérale", None), [("participant", LAVROV), ("participant", SECSTATE)], status="negated",
          place=VIENTIANE, according_to=[SPOKESWOMAN], note="« aucune rencontre bilatérale n’est prévue »."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-vn-mfa", "Report", "Vietnam's foreign ministry reports the review in a communiqué", VN_MFA,
           ("a indiqué", None), [], about=["e-review"]),
    speech("s-greetings", "SpeechAct", "Lavrov conveys Putin's warm greetings to Tô Lâm", LAVROV,
           ("a transmis", None), [("les salutations chaleureuses", None)], addressee=TO_LAM, time="t-monday-22",
           according_to=[VN_MFA], note="« Selon ce texte »: the communiqué of Vietnam's foreign ministry."),
    speech("s-lavrov-partner", "Statement", "Lavrov: Vietnam is a trusted partner that does not yield to pressure",
           LAVROV, ("a affirmé", None),
           [("Le Viêt Nam est pour nous un partenaire de confiance, qui ne cède pas aux pressions", None)],
           time="t-monday-22"),
    speech("s-vietnam-no-condemnation", "Statement", "Vietnam has never condemned the invasion of Ukraine", VIETNAM,
           ("condamné", None), [], status="negated", note="« qui n’a jamais condamné l’invasion »."),
    speech("s-lavrov-no-comment", "SpeechAct", "Lavrov declines to comment on a possible arms purchase", LAVROV,
           ("s’est refusé", None), [], status="negated", time="t-monday-22", about=["e-arms-purchase"]),
    speech("s-lavrov-defence", "Statement", "Lavrov: these questions are for the defence ministries; I am not here "
           "to sell anything", LAVROV, ("répondre", None),
           [("Ces questions relèvent de nos ministères de la Défense", None),
            ("Je ne suis pas là pour vendre quoi que ce soit.", None)],
           evidence=("« Ces questions", "soit. »"), time="t-monday-22", about=["e-arms-purchase"],
           note="One quote split around « s’est-il contenté de répondre »; said, so not negated."),
    speech("s-us-concern", "Statement", "The United States had called the Russian president's visit worrying", US,
           ("avaient jugé", None), [("préoccupante", None)], time="t-last-month", about=["e-putin-visit"]),
    speech("s-embassy-no-comment", "SpeechAct", "The US embassy in Hanoi made no comment", US_EMBASSY,
           ("n’a fait aucun commentaire", None), [], status="negated", time="t-monday"),
    speech("s-source", "Report", "A diplomatic source says Lavrov might run into the US secretary of state", SOURCE,
           ("selon", "selon une source"), [], about=["e-secstate-encounter"]),
    speech("s-spokeswoman", "Statement", "The Russian foreign ministry's spokeswoman: no bilateral meeting planned",
           SPOKESWOMAN, ("a précisé", None), [], about=["e-no-bilateral"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
