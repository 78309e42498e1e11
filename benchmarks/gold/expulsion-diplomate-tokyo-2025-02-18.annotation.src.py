"""Held-out annotation of expulsion-diplomate-tokyo-2025-02-18.txt (written for the eighth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/expulsion-diplomate-tokyo-2025-02-18.annotation.src.py [--check]

Held-out set 8: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "expulsion-diplomate-tokyo-2025-02-18.txt"

NOTE = """\
Held-out-8 article 3: Japan expels a Russian diplomat suspected of espionage, published Tuesday 18 February 2025 \
(the file gives the day). What it exercises: an expulsion ordered by a state with a suspicion in a participle \
(« soupçonné d’avoir obtenu »: suspected, according to the police) sourced after the clause to the Tokyo police; \
an unnamed diplomat taken up by « Le diplomate » and an apposition, his departure « dans la matinée » sourced to \
NHK; a passive arrest with no agent and a conditional payment (« Il aurait reçu », hypothetical) sourced to the \
investigators, then conditional meetings « depuis 2023 » with no source (« Les deux hommes »: not a mention); a \
quote first with « notre » (a possessive, not a mention) and a spokesman; a summons with a purpose clause and a \
quoted protest (« pour lui signifier une « vive protestation » »: a speech act of Japan to the ambassador); a \
promised retaliation by a metonym (planned); a quote first sourced to a ministry's communiqué and a relative \
clause with its own verb and quote (« qui qualifie les accusations de « totalement infondées » »: a second speech \
act); « Il n’a pas précisé » (negated); a pluperfect denunciation « la semaine dernière » (10 to 16 February 2025: \
the month) with sanctions « depuis 2022 » and « l’invasion de l’Ukraine » (Q110999040); « depuis 2020 » (a previous \
expulsion with no trigger: a time attached to nothing) sourced to Kyodo; a negated comment and a planned meeting \
« mercredi » joined by « mais », sourced to the prime minister's office. « Tokyo » is the city in « la police de \
Tokyo » (the metropolitan police belongs to the city) and Japan in « Tokyo a convoqué » and « de Tokyo, qui \
applique »; « la capitale » is Tokyo (the city); « le pays » (which the diplomat left) and « La partie japonaise » \
are Japan; « Russie » inside « l’ambassade de Russie » is annotated (the state), as in benchmarks/gold; « ministère \
japonais de la Défense » inside the official's description is a mention. « un diplomate russe » in « la première \
expulsion d’un diplomate russe ... depuis 2020 » is generic: not a mention. The diplomat, the former official, the \
Tokyo police, the Japanese defence ministry, the Russian embassy, NHK, the investigators, Hayashi, Nozdrev, Kyodo, \
Ishiba, the National Security Council and his office are not in ids.tsv: local, unlinked."""

JAPAN, RUSSIA, UKRAINE, TOKYO = "Q17", "Q159", "Q212", "Q1490"
LAVROV, RU_MFA, INVASION = "Q58217", "Q789889", "Q110999040"
DIPLOMAT, OFFICIAL, JP_MOD, POLICE = "local:expelled-russian-diplomat", "local:former-japanese-defence-official", \
    "local:japanese-defence-ministry", "local:tokyo-metropolitan-police"
RU_EMBASSY, NHK, INVESTIGATORS, HAYASHI = "local:russian-embassy-tokyo", "local:nhk", "local:investigators", \
    "local:yoshimasa-hayashi"
NOZDREV, KYODO, ISHIBA, NSC, CABINET = "local:nikolai-nozdrev", "local:kyodo", "local:shigeru-ishiba", \
    "local:japan-national-security-council", "local:office-of-the-prime-minister-of-japan"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (DIPLOMAT, "diplomate russe expulsé du Japon", "Russian diplomat expelled from Japan", "person",
     {"description": "attaché commercial de l’ambassade de Russie", "unlinked_reason": "not named in the article"}),
    (OFFICIAL, "ancien fonctionnaire du ministère japonais de la Défense", "former Japanese defence official",
     "person", {"unlinked_reason": "not named in the article"}),
    (JP_MOD, "ministère japonais de la Défense", "Ministry of Defense of Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (POLICE, "police de Tokyo", "Tokyo Metropolitan Police Department", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (RU_EMBASSY, "ambassade de Russie au Japon", "Embassy of Russia in Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (NHK, "NHK", "NHK", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (INVESTIGATORS, "enquêteurs", "the investigators", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (HAYASHI, "Yoshimasa Hayashi", "Yoshimasa Hayashi", "person",
     {"description": "porte-parole du gouvernement japonais", "unlinked_reason": NOT_VERIFIED}),
    (NOZDREV, "Nikolaï Nozdrev", "Nikolay Nozdrev", "person",
     {"description": "ambassadeur de Russie au Japon", "unlinked_reason": NOT_VERIFIED}),
    (KYODO, "Kyodo", "Kyodo News", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ISHIBA, "Shigeru Ishiba", "Shigeru Ishiba", "person",
     {"description": "Premier ministre du Japon", "unlinked_reason": NOT_VERIFIED}),
    (NSC, "Conseil de sécurité nationale du Japon", "National Security Council (Japan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (CABINET, "cabinet du Premier ministre japonais", "Office of the Prime Minister of Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Japon", 1, JAPAN, "name"),
    ("un diplomate russe", 1, DIPLOMAT, "nominal"),
    ("un ancien fonctionnaire du ministère japonais de la Défense", None, OFFICIAL, "nominal"),
    ("ministère japonais de la Défense", None, JP_MOD, "name"),
    ("la police de Tokyo", None, POLICE, "nominal"),
    ("Tokyo", 1, TOKYO, "name"),
    # Le diplomate ...
    ("Le diplomate", None, DIPLOMAT, "nominal"),
    ("un attaché commercial de l’ambassade de Russie", None, DIPLOMAT, "nominal"),
    ("l’ambassade de Russie", None, RU_EMBASSY, "nominal"),
    ("Russie", "ambassade de Russie", RUSSIA, "name"),
    ("le pays", None, JAPAN, "nominal"),
    ("NHK", None, NHK, "name"),
    ("L’ancien fonctionnaire", None, OFFICIAL, "nominal"),
    ("Il", "Il aurait reçu", OFFICIAL, "pronoun"),
    ("les enquêteurs", None, INVESTIGATORS, "nominal"),
    ("la capitale", None, TOKYO, "nominal"),
    # « Ces agissements ... »
    ("le porte-parole du gouvernement", None, HAYASHI, "nominal"),
    ("Yoshimasa Hayashi", None, HAYASHI, "name"),
    ("Tokyo", "Tokyo a convoqué", JAPAN, "metonym"),
    ("l’ambassadeur russe", None, NOZDREV, "nominal"),
    ("Nikolaï Nozdrev", None, NOZDREV, "name"),
    ("lui", "pour lui signifier", NOZDREV, "pronoun"),
    # Moscou a aussitôt promis ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("La partie japonaise", None, JAPAN, "nominal"),
    ("le ministère russe des Affaires étrangères", None, RU_MFA, "nominal"),
    ("Il", "Il n’a pas précisé", RU_MFA, "pronoun"),
    # Le chef de la diplomatie russe ...
    ("Le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("Tokyo", "de Tokyo, qui", JAPAN, "metonym"),
    ("Russie", "contre la Russie", RUSSIA, "name"),
    ("l’invasion de l’Ukraine", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    # Il s’agit de la première expulsion ...
    ("Japon", "par le Japon", JAPAN, "name"),
    ("Kyodo", None, KYODO, "name"),
    ("Le Premier ministre", None, ISHIBA, "nominal"),
    ("Shigeru Ishiba", None, ISHIBA, "name"),
    ("il", "mais il doit", ISHIBA, "pronoun"),
    ("le Conseil de sécurité nationale", None, NSC, "nominal"),
    ("son cabinet", None, CABINET, "nominal"),
]

PUB_DAY = "The publication day, Tuesday 18 February 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", 1), "2025-02-18", "day", "weekday-publication-day", PUB_DAY),
    ("t-morning", ("dans la matinée", None), "2025-02-18", "day", "part-of-day",
     "The morning of the expulsion day, the publication day."),
    ("t-monday", ("lundi", None), "2025-02-17", "day", "weekday-past", "« a été arrêté lundi »: 17 February 2025."),
    ("t-since-2023", ("depuis 2023", None), "2023", "year", "explicit-year",
     "« depuis 2023 »: the start of the meetings (« depuis X » is annotated as X)."),
    ("t-last-week", ("la semaine dernière", None), "2025-02", "month", "relative-week-past",
     "The week before publication, 10 to 16 February 2025, falls inside one month: the month."),
    ("t-since-2022", ("depuis 2022", None), "2022", "year", "explicit-year",
     "« applique depuis 2022 des sanctions »: the start."),
    ("t-since-2020", ("depuis 2020", None), "2020", "year", "explicit-year",
     "The previous expulsion of a Russian diplomat, which has no trigger word: attached to nothing."),
    ("t-tuesday-ishiba", ("mardi", 2), "2025-02-18", "day", "weekday-publication-day", PUB_DAY),
    ("t-wednesday", ("mercredi", None), "2025-02-19", "day", "weekday-future",
     "« il doit réunir mercredi »: the Wednesday after the publication day."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-expulsion", "Event", "Japan orders the expulsion of a Russian diplomat", ("expulsion", 1),
          [("agent", JAPAN), ("recipient", DIPLOMAT)], time="t-tuesday", according_to=[POLICE, KYODO],
          note="« a ordonné mardi l’expulsion »: the noun is the trigger; « l’affaire » and « la première "
               "expulsion ... depuis 2020 » (Kyodo) restate it."),
    event("e-obtained-information", "Event", "The diplomat obtained sensitive military information from a former "
          "official", ("avoir obtenu", None), [("agent", DIPLOMAT), ("participant", OFFICIAL)], status="suspected",
          according_to=[POLICE], note="« soupçonné d’avoir obtenu »: suspected, according to the police."),
    event("e-departure", "Event", "The diplomat left Japan in the morning", ("a quitté", None), [("agent", DIPLOMAT)],
          place=JAPAN, time="t-morning", according_to=[NHK], part_of="e-expulsion"),
    event("e-arrest", "Event", "The former official was arrested on Monday", ("a été arrêté", None),
          [("recipient", OFFICIAL)], time="t-monday", note="A passive with no agent written."),
    event("e-payment", "Event", "The former official reportedly received hundreds of thousands of yen for documents",
          ("aurait reçu", None), [("recipient", OFFICIAL), ("agent", DIPLOMAT)], status="hypothetical",
          according_to=[INVESTIGATORS],
          note="A conditional report: hypothetical. The payer (the diplomat) is implied by the story."),
    event("e-meetings", "Meeting", "The two men reportedly met about ten times in Tokyo restaurants since 2023",
          ("se seraient rencontrés", None), [("participant", DIPLOMAT), ("participant", OFFICIAL)],
          status="hypothetical", place=TOKYO, time="t-since-2023",
          note="« Les deux hommes » (not a mention) are the diplomat and the official; no source in the sentence."),
    event("e-summons", "Event", "Japan summons the Russian ambassador", ("a convoqué", None),
          [("agent", JAPAN), ("recipient", NOZDREV)]),
    event("e-retaliation", "Event", "Russia promises retaliation against Japan", ("riposte", None),
          [("agent", RUSSIA), ("recipient", JAPAN)], status="planned", according_to=[RUSSIA],
          note="« a aussitôt promis une riposte »: planned; « des mesures envisagées » restates it."),
    event("e-sanctions", "Sanction", "Japan applies sanctions against Russia since 2022", ("sanctions", None),
          [("agent", JAPAN), ("recipient", RUSSIA)], time="t-since-2022",
          note="« en raison de l’invasion de l’Ukraine »: the invasion is a linked entity (Q110999040)."),
    event("e-nsc-meeting", "Meeting", "Ishiba to convene the National Security Council on Wednesday",
          ("réunir", None), [("agent", ISHIBA), ("participant", NSC)], status="planned", time="t-wednesday",
          according_to=[CABINET]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-police", "Report", "The Tokyo police announce the expulsion and the suspicion", POLICE,
           ("a annoncé", None), [], time="t-tuesday", about=["e-expulsion", "e-obtained-information"]),
    speech("s-nhk", "Report", "NHK reports the diplomat's departure", NHK, ("selon", "selon la chaîne"), [],
           about=["e-departure"]),
    speech("s-investigators", "Report", "The investigators on the payment", INVESTIGATORS, ("d’après", None), [],
           about=["e-payment"]),
    speech("s-hayashi", "Statement", "Hayashi: these acts are unacceptable and harm national security", HAYASHI,
           ("a déclaré", None),
           [("Ces agissements sont inacceptables et portent atteinte à notre sécurité nationale", None)],
           about=["e-obtained-information"], note="« lors d’un point de presse »; « notre » is Japan's."),
    speech("s-protest", "Statement", "Japan lodges a strong protest with the Russian ambassador", JAPAN,
           ("signifier", None), [("vive protestation", None)], addressee=NOZDREV, about=["e-obtained-information"],
           note="« pour lui signifier »: the purpose of the summons, which happened: occurred."),
    speech("s-russia-warning", "Warning", "Moscow promises retaliation", RUSSIA, ("a aussitôt promis", None), [],
           addressee=JAPAN, about=["e-retaliation"]),
    speech("s-ru-mfa", "Statement", "Russian ministry: Japan bears full responsibility for this provocation", RU_MFA,
           ("a affirmé", None),
           [("La partie japonaise assume l’entière responsabilité de cette provocation", None)],
           about=["e-expulsion"], note="« dans un communiqué »; « cette provocation » is the expulsion."),
    speech("s-ru-mfa-unfounded", "Statement", "The communiqué calls the accusations totally unfounded", RU_MFA,
           ("qualifie", None), [("totalement infondées", None)], about=["e-obtained-information"],
           note="A relative clause with its own verb and guillemets: a second speech act."),
    speech("s-ru-mfa-no-details", "Statement", "The ministry did not specify the measures", RU_MFA,
           ("n’a pas précisé", None), [], status="negated", about=["e-retaliation"]),
    speech("s-lavrov", "Statement", "Lavrov denounced Tokyo's « hostile policy » last week", LAVROV,
           ("avait dénoncé", None), [("politique hostile", None)], time="t-last-week", about=["e-sanctions"]),
    speech("s-kyodo", "Report", "Kyodo: the first expulsion of a Russian diplomat by Japan since 2020", KYODO,
           ("selon", "selon l’agence"), [], about=["e-expulsion"]),
    speech("s-ishiba", "Statement", "Ishiba did not comment on the affair on Tuesday", ISHIBA,
           ("n’a pas commenté", None), [], status="negated", time="t-tuesday-ishiba", according_to=[CABINET],
           about=["e-expulsion"]),
    speech("s-cabinet", "Report", "Ishiba's office on the planned security council meeting", CABINET,
           ("a indiqué", None), [], about=["e-nsc-meeting", "s-ishiba"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
