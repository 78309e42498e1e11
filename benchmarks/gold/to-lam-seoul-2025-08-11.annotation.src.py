"""Held-out annotation of to-lam-seoul-2025-08-11.txt (written for the fifth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/to-lam-seoul-2025-08-11.annotation.src.py [--check]

Held-out set 5: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "to-lam-seoul-2025-08-11.txt"

NOTE = """\
Held-out-5 article 1: Tô Lâm's state visit to Seoul, published Monday 11 August 2025 (the file gives the day). \
What it exercises: a passive reception with its agent in apposition and a source after the clause (« a été reçu \
lundi à Séoul par le président sud-coréen, Lee Jae-myung, ..., a annoncé la présidence sud-coréenne »); a visit \
whose only time is its length (« de quatre jours ») and a purpose (« destinée à doubler »: planned); a signing by \
a plural subject (« Les deux dirigeants ont signé »); a quote with « nous » for South Korea; « Son invité a, lui, \
salué » with a quote and « en référence à » a past engagement in a named war; a request to a metonym relayed by \
Yonhap (« a demandé à Hanoï de « transmettre un message de dialogue » à Pyongyang »: the transmission proposed) \
and a negated answer (« n’a pas répondu publiquement »); « depuis plusieurs mois » (vague); a state fact in the \
present (« où le groupe Samsung assemble »); planned steps sourced after the clause to a ministry (« Mardi, Tô \
Lâm doit se rendre à Busan, où il visitera ..., avant de s’entretenir mercredi ..., a précisé son ministère »); a \
negated planned meeting with no speaker (« Aucune rencontre avec l’opposition n’est prévue »); a negated report \
(« KCNA n’avait fait état d’aucune réaction lundi soir »); a pluperfect quotation by « Le Nord » « en juillet » \
of planned joint exercises « à partir du 18 août »; a pluperfect trip and a pluperfect passive reception « en \
mai » in Moscow. « Séoul » is the city where he is received (Q8684) and South Korea where it seeks or holds \
exercises (Q884); « Pyongyang » is North Korea as the addressee of a message (Q423) and the city in « À \
Pyongyang, l’agence » (Q18808); « Hanoï » is Vietnam (Q881). « Parti communiste vietnamien » inside the title is \
a mention (a name of its own, as in benchmarks/gold). « Viêt Nam » inside « la guerre du Viêt Nam » only names \
the war: not a mention; the war itself is a local entity. « des Américains » (plural people, no event takes them \
as a role) and « les deux pays », « Les deux dirigeants », « une dizaine d’accords » are not mentions; « nous » in \
Lee's quote is South Korea; the predicate « le premier investisseur étranger » is not a mention. Lee Jae-myung, \
the presidency, the party, Yonhap, Samsung, Busan, the shipyard, the ministry, the business leaders, the \
opposition, the soldiers and the Vietnam War are not in ids.tsv: local, unlinked."""

TO_LAM, PUTIN = "Q10831196", "Q7747"
VIETNAM, SKOREA, NKOREA, CHINA, US = "Q881", "Q884", "Q423", "Q148", "Q30"
SEOUL, PYONGYANG, MOSCOW, KCNA = "Q8684", "Q18808", "Q649", "Q326804"
LEE, PRESIDENCY, CPV, YONHAP = "local:lee-jae-myung", "local:south-korean-presidency", \
    "local:communist-party-of-vietnam", "local:yonhap"
SAMSUNG, BUSAN, SHIPYARD, VN_MFA = "local:samsung", "local:busan", "local:busan-shipyard", \
    "local:vietnam-foreign-ministry"
BUSINESS, OPPOSITION, SOLDIERS, VN_WAR = "local:business-leaders", "local:south-korean-opposition", \
    "local:south-korean-soldiers", "local:vietnam-war"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (LEE, "Lee Jae-myung", "Lee Jae-myung", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence sud-coréenne", "South Korean presidential office", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (CPV, "Parti communiste vietnamien", "Communist Party of Vietnam", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization",
     {"description": "agence de presse sud-coréenne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (SAMSUNG, "Samsung", "Samsung", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BUSAN, "Busan", "Busan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SHIPYARD, "chantier naval de Busan", "a shipyard in Busan", "place",
     {"unlinked_reason": "the article does not say which shipyard"}),
    (VN_MFA, "ministère vietnamien des Affaires étrangères", "Ministry of Foreign Affairs of Vietnam",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (BUSINESS, "chefs d’entreprise sud-coréens", "South Korean business leaders", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (OPPOSITION, "opposition sud-coréenne", "South Korean opposition", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (SOLDIERS, "soldats sud-coréens", "South Korean soldiers (Vietnam War)", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (VN_WAR, "guerre du Viêt Nam", "Vietnam War", "other", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le secrétaire général du Parti communiste vietnamien", None, TO_LAM, "nominal"),
    ("Parti communiste vietnamien", None, CPV, "name"),
    ("Tô Lâm", 1, TO_LAM, "name"),
    ("Séoul", "reçu lundi à Séoul", SEOUL, "name"),
    ("le président sud-coréen", None, LEE, "nominal"),
    ("Lee Jae-myung", None, LEE, "name"),
    ("la présidence sud-coréenne", None, PRESIDENCY, "nominal"),
    # Les deux dirigeants ont signé ...
    ("Viêt Nam", "« Le Viêt Nam est", VIETNAM, "name"),
    ("nous", "est pour nous", SKOREA, "pronoun"),
    ("Lee", "a déclaré M. Lee", LEE, "name"),
    ("Son invité", None, TO_LAM, "nominal"),
    ("lui", "a, lui, salué", TO_LAM, "pronoun"),
    ("soldats sud-coréens", None, SOLDIERS, "nominal"),
    ("guerre du Viêt Nam", None, VN_WAR, "name"),
    # Selon l’agence Yonhap ...
    ("Yonhap", None, YONHAP, "name"),
    ("Lee", "M. Lee a également", LEE, "name"),
    ("Hanoï", None, VIETNAM, "metonym"),
    ("Pyongyang", "» à Pyongyang", NKOREA, "metonym"),
    ("Viêt Nam", "le Viêt Nam entretient", VIETNAM, "name"),
    ("Le dirigeant vietnamien", "Le dirigeant vietnamien n’a pas", TO_LAM, "nominal"),
    # Séoul cherche ...
    ("Séoul", "Séoul cherche", SKOREA, "metonym"),
    ("Chine", None, CHINA, "name"),
    ("son premier partenaire commercial", None, CHINA, "nominal"),
    ("Corée du Sud", None, SKOREA, "name"),
    ("Viêt Nam", "étranger au Viêt Nam", VIETNAM, "name"),
    ("Samsung", None, SAMSUNG, "name"),
    # Mardi, Tô Lâm doit se rendre à Busan ...
    ("Tô Lâm", 2, TO_LAM, "name"),
    ("Busan", None, BUSAN, "name"),
    ("il", "où il visitera", TO_LAM, "pronoun"),
    ("un chantier naval", None, SHIPYARD, "nominal"),
    ("des chefs d’entreprise", None, BUSINESS, "nominal"),
    ("son ministère des Affaires étrangères", None, VN_MFA, "nominal"),
    ("l’opposition", None, OPPOSITION, "nominal"),
    # À Pyongyang, l’agence officielle KCNA ...
    ("Pyongyang", "À Pyongyang", PYONGYANG, "name"),
    ("KCNA", None, KCNA, "name"),
    ("Le Nord", None, NKOREA, "nominal"),
    ("Séoul", "que Séoul et Washington", SKOREA, "metonym"),
    ("Washington", None, US, "metonym"),
    # Le dirigeant vietnamien s’était rendu en mai à Moscou ...
    ("Le dirigeant vietnamien", "Le dirigeant vietnamien s’était", TO_LAM, "nominal"),
    ("Moscou", None, MOSCOW, "name"),
    ("il", "où il avait été reçu", TO_LAM, "pronoun"),
    ("Vladimir Poutine", None, PUTIN, "name"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "reçu lundi à Séoul"), "2025-08-11", "day", "weekday-publication-day",
     "« a été reçu lundi »: the publication day, Monday 11 August 2025."),
    ("t-four-days", ("quatre jours", None), None, "duration", "explicit-duration",
     "« une visite d’État de quatre jours »: the visit's length, its only time."),
    ("t-several-months", ("depuis plusieurs mois", None), None, "vague", "vague",
     "Some months before August 2025: no value."),
    ("t-tuesday", ("Mardi", None), "2025-08-12", "day", "weekday-future",
     "« Mardi, Tô Lâm doit se rendre »: the Tuesday after Monday 11 August 2025."),
    ("t-wednesday", ("mercredi", None), "2025-08-13", "day", "weekday-future",
     "« avant de s’entretenir mercredi »: Wednesday 13 August 2025."),
    ("t-monday-evening", ("lundi soir", None), "2025-08-11", "day", "part-of-day",
     "The evening of the publication day."),
    ("t-july", ("en juillet", None), "2025-07", "month", "month-publication-year",
     "Pluperfect « avait qualifié en juillet »: July of the publication year, the month before."),
    ("t-august-18", ("18 août", None), "2025-08-18", "day", "day-month-publication-year",
     "« à partir du 18 août »: the start of the exercises (« à partir de X » is annotated as X), in the "
     "publication year, after publication."),
    ("t-may", ("en mai", None), "2025-05", "month", "month-publication-year",
     "Pluperfect « s’était rendu en mai »: May 2025."),
    ("t-1945", ("1945", None), "1945", "year", "explicit-year",
     "« la victoire de 1945 »: the year of the victory the May commemorations celebrate; attached to no "
     "event (the victory itself is not annotated as an event of the article)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Lee Jae-myung receives Tô Lâm in Seoul", ("a été reçu", None),
          [("agent", LEE), ("participant", TO_LAM)], place=SEOUL, time="t-monday", part_of="e-state-visit",
          according_to=[PRESIDENCY],
          note="A passive reception with its agent: the host is the agent, as in the bundled article's planned "
               "Sochi meeting."),
    event("e-state-visit", "Visit", "Tô Lâm's four-day state visit to South Korea", ("visite d’État", None),
          [("agent", TO_LAM)], place=SKOREA, time="t-four-days", according_to=[PRESIDENCY],
          note="« au premier jour d’une visite d’État de quatre jours »: the visit's only time is its length."),
    event("e-double-trade", "Event", "Doubling trade between South Korea and Vietnam (the visit's purpose)",
          ("doubler", None), [("participant", SKOREA), ("participant", VIETNAM)], status="planned",
          according_to=[PRESIDENCY], note="« destinée à doubler »: a purpose, planned."),
    event("e-agreements", "Agreement", "Tô Lâm and Lee Jae-myung sign about ten agreements", ("ont signé", None),
          [("participant", LEE), ("participant", TO_LAM)], place=SEOUL, time="t-monday", part_of="e-state-visit",
          note="« Les deux dirigeants »: a plural subject, not a mention; the signatories are the two leaders. "
               "No day is written; the first day of the visit (the reception) is the publication day."),
    event("e-korean-troops", "Event", "South Korean soldiers fought alongside the Americans in the Vietnam War",
          ("engagement", None), [("agent", SOLDIERS)], place=VIETNAM,
          note="« l’engagement de soldats sud-coréens aux côtés des Américains pendant la guerre du Viêt Nam »: "
               "the war is a local entity (no verified QID); no date is written."),
    event("e-message", "Event", "Vietnam to pass a message of dialogue to North Korea", ("transmettre", None),
          [("agent", VIETNAM), ("recipient", NKOREA)], status="proposed", according_to=[LEE, YONHAP],
          note="What Lee asks Hanoi to do: proposed. « Hanoï » stands for Vietnam, « Pyongyang » for North Korea."),
    event("e-vn-nk-relations", "Event", "Vietnam maintains cordial relations with North Korea",
          ("entretient", None), [("participant", VIETNAM), ("participant", NKOREA)]),
    event("e-reduce-dependence", "Event", "South Korea seeks to reduce its dependence on China", ("réduire", None),
          [("agent", SKOREA), ("recipient", CHINA)], status="planned", time="t-several-months",
          note="« cherche depuis plusieurs mois à réduire »: an aim pursued, not achieved: planned. China, the "
               "partner the dependence is on, takes the recipient role."),
    event("e-samsung-assembly", "Event", "Samsung assembles nearly half of its phones in Vietnam", ("assemble", None),
          [("agent", SAMSUNG)], place=VIETNAM,
          note="A state in the present, in the article's own voice; the phones are not a mention (a possessive "
               "plural quantity)."),
    event("e-busan-trip", "Visit", "Tô Lâm to travel to Busan on Tuesday", ("se rendre", None),
          [("agent", TO_LAM)], status="planned", place=BUSAN, time="t-tuesday", part_of="e-state-visit",
          according_to=[VN_MFA]),
    event("e-shipyard-visit", "Visit", "Tô Lâm to visit a shipyard in Busan", ("visitera", None),
          [("agent", TO_LAM)], status="planned", place=SHIPYARD, time="t-tuesday", part_of="e-busan-trip",
          according_to=[VN_MFA], note="« où il visitera »: the same Tuesday, in Busan."),
    event("e-business-talks", "Meeting", "Tô Lâm to hold talks with business leaders on Wednesday",
          ("s’entretenir", None), [("participant", TO_LAM), ("participant", BUSINESS)], status="planned",
          time="t-wednesday", part_of="e-state-visit", according_to=[VN_MFA]),
    event("e-opposition-meeting", "Meeting", "No meeting with the opposition is planned", ("rencontre", None),
          [("participant", TO_LAM), ("participant", OPPOSITION)], status="negated",
          note="« Aucune rencontre avec l’opposition n’est prévue »: in the article's own voice (the sentence "
               "after the ministry's communiqué does not give it a source)."),
    event("e-joint-exercises", "Event", "Joint South Korean–US military exercises from 18 August",
          ("exercices", None), [("participant", SKOREA), ("participant", US)], status="planned",
          time="t-august-18", note="« que Séoul et Washington doivent mener à partir du 18 août »: planned."),
    event("e-moscow-trip", "Visit", "Tô Lâm travelled to Moscow in May", ("s’était rendu", None),
          [("agent", TO_LAM)], place=MOSCOW, time="t-may"),
    event("e-commemorations", "Event", "Commemorations in Moscow of the 1945 victory", ("commémorations", None),
          [("participant", TO_LAM)], place=MOSCOW, time="t-may", note="What he travelled for."),
    event("e-putin-reception", "Meeting", "Vladimir Putin received Tô Lâm in Moscow in May",
          ("avait été reçu", None), [("agent", PUTIN), ("participant", TO_LAM)], place=MOSCOW, time="t-may",
          part_of="e-moscow-trip"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-presidency", "Report", "The South Korean presidency announces Tô Lâm's reception", PRESIDENCY,
           ("a annoncé", None), [], about=["e-reception", "e-state-visit", "e-double-trade"]),
    speech("s-lee-partner", "Statement", "Lee: Vietnam is a leading strategic partner for South Korea", LEE,
           ("a déclaré", None), [("Le Viêt Nam est pour nous un partenaire stratégique de premier plan", None)],
           time="t-monday", place=SEOUL, note="« lors d’une conférence de presse commune », during the visit."),
    speech("s-to-lam-friendship", "Statement", "Tô Lâm hails a friendship that overcame the wounds of history",
           TO_LAM, ("salué", None), [("une amitié qui a su dépasser les blessures de l’histoire", None)],
           time="t-monday", place=SEOUL, about=["e-korean-troops"]),
    speech("s-lee-request", "Statement", "Lee asks Vietnam to pass a message of dialogue to North Korea", LEE,
           ("demandé", None), [("transmettre un message de dialogue", None)], addressee=VIETNAM,
           according_to=[YONHAP], about=["e-message"]),
    speech("s-yonhap", "Report", "Yonhap reports Lee's request", YONHAP, ("Selon", "Selon l’agence Yonhap"), [],
           about=["s-lee-request"]),
    speech("s-to-lam-no-answer", "SpeechAct", "Tô Lâm did not answer the request publicly", TO_LAM,
           ("répondu", None), [], status="negated", about=["s-lee-request"]),
    speech("s-vn-mfa", "Report", "Vietnam's foreign ministry gives Tô Lâm's programme", VN_MFA,
           ("a précisé", None), [], about=["e-busan-trip", "e-shipyard-visit", "e-business-talks"],
           note="« dans un communiqué »; the communiqué is a document, not a mention."),
    speech("s-kcna-no-reaction", "Report", "KCNA reported no reaction by Monday evening", KCNA,
           ("fait état", None), [], status="negated", time="t-monday-evening", place=PYONGYANG,
           about=["e-state-visit"],
           note="« n’avait fait état d’aucune réaction lundi soir »: a negated report, as « qui ne fait état "
                "d’aucune avancée » in benchmarks/gold."),
    speech("s-nk-provocation", "Statement", "North Korea called the planned joint exercises a « provocation »",
           NKOREA, ("avait qualifié", None), [("provocation", None)], time="t-july",
           about=["e-joint-exercises"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
