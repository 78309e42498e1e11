"""Held-out annotation of seisme-noto-aide-2024-01.txt (written for the eighth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/seisme-noto-aide-2024-01.annotation.src.py [--check]

Held-out set 8: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "seisme-noto-aide-2024-01.txt"

PUBLISHED_INFERRED = {
    "value": "2024-01-03", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives January 2024. « a frappé lundi 1er janvier » is past and dated (1 January 2024 is a "
             "Monday) and « a adressé mardi » is past, so the article appeared on or after Tuesday 2 January; « a "
             "accepté mercredi » is past too, and « Un nouveau bilan est attendu jeudi » is future, so before "
             "Thursday 4 January 2024. That leaves Wednesday 3 January 2024."),
}

NOTE = """\
Held-out-8 article 2: offers of aid to Japan after the Noto earthquake, published in January 2024 (the file gives \
the month; the day, Wednesday 3 January, comes from past « lundi 1er janvier », « mardi » and « mercredi » and a \
future « jeudi »). What it exercises: an acceptance of a passive offer by an unnamed group of countries (« l’aide \
proposée par plusieurs pays »), an earthquake that strikes a place on a dated weekday and a participle of \
consequence (« faisant au moins 64 morts ») sourced to a toll (« selon un dernier bilan des autorités locales »); a \
quote first with « Nous » for Japan and « nos partenaires » (the same group of countries); an intention relayed by \
a spokesman with a quote (« entend ... accepter l’aide « au cas par cas » »: planned); a nominal condolence \
message with a participle and its own quote (two speech acts) reported by Xinhua after the clause; « Pékin est \
prêt à fournir » (planned) told by a spokeswoman with « a ajouté »; « Séoul » announcing a dispatch (planned: \
announced, not yet made) and « son pays » in indirect speech with a quote; « À Washington » (the city) and « les \
États-Unis » with an assurance and « leur allié » (Japan); a participle opening the sentence (« Freinés par des \
routes coupées et de nombreuses répliques »: no actor, no event), an imperfect search and a fire in a relative \
clause; a conditional forecast « cette semaine » (1 to 7 January 2024: the month) sourced to a meteorological \
agency; a planned visit sourced to the press; « Un nouveau bilan est attendu jeudi » (no actor: no event; the \
Thursday is a time attached to nothing). « la péninsule de Noto » and « la région » are nominal mentions of the \
peninsula (local; « Noto » alone only names it). In « l’empereur Naruhito » only the name is a mention (the \
title before it is part of its phrase). \
« au moins 64 morts » is a local group (the victims, recipient of the deaths), as the nine civilians in \
benchmarks/gold/frappe-kiev-2024-11-14. « la catastrophe » restates the earthquake. Not mentions: « nos » and \
« sa diplomatie » inside a title, « du peuple japonais », « les conditions », « plus de 200 bâtiments », « des \
routes coupées ». Naruhito, Hayashi, Mao Ning, Yoon, Biden, Xinhua, X, Noto, Wajima, the local authorities, the \
crisis cell, the Japanese government, the meteorological agency, the rescuers, the press and the donor countries \
are not in ids.tsv: local, unlinked."""

KISHIDA, XI, JAPAN, CHINA, SOUTH_KOREA, USA = "Q359480", "Q15031", "Q17", "Q148", "Q884", "Q30"
TOKYO, WASHINGTON = "Q1490", "Q61"
DONORS, NOTO, LOCAL_AUTH, DEAD = "local:donor-countries", "local:noto-peninsula", "local:ishikawa-local-authorities", \
    "local:noto-earthquake-dead"
CRISIS_CELL, JP_GOV, HAYASHI, NARUHITO = "local:japanese-crisis-cell", "local:government-of-japan", \
    "local:yoshimasa-hayashi", "local:naruhito"
XINHUA, MAO, YOON, X_NETWORK, BIDEN = "local:xinhua", "local:mao-ning", "local:yoon-suk-yeol", "local:x-network", \
    "local:joe-biden"
RESCUERS, WAJIMA, JMA, JP_PRESS = "local:noto-rescuers", "local:wajima", "local:japan-meteorological-agency", \
    "local:japanese-press"

UNNAMED_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (DONORS, "pays ayant proposé leur aide au Japon", "countries offering aid to Japan", "group",
     {"unlinked_reason": UNNAMED_GROUP}),
    (NOTO, "péninsule de Noto", "Noto Peninsula", "place", {"unlinked_reason": NOT_VERIFIED}),
    (LOCAL_AUTH, "autorités locales", "local authorities", "organization", {"unlinked_reason": UNNAMED_GROUP}),
    (DEAD, "morts du séisme de Noto", "dead of the Noto earthquake", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (CRISIS_CELL, "cellule de crise du gouvernement japonais", "Japanese government crisis cell", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (JP_GOV, "gouvernement japonais", "Government of Japan", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (HAYASHI, "Yoshimasa Hayashi", "Yoshimasa Hayashi", "person",
     {"description": "porte-parole du gouvernement japonais", "unlinked_reason": NOT_VERIFIED}),
    (NARUHITO, "Naruhito", "Naruhito", "person", {"description": "empereur du Japon", "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (MAO, "Mao Ning", "Mao Ning", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (YOON, "Yoon Suk Yeol", "Yoon Suk Yeol", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (X_NETWORK, "X", "X (social network)", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (RESCUERS, "secouristes", "rescuers", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (WAJIMA, "Wajima", "Wajima", "place", {"unlinked_reason": NOT_VERIFIED}),
    (JMA, "Agence météorologique japonaise", "Japan Meteorological Agency", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (JP_PRESS, "la presse japonaise", "the Japanese press", "group", {"unlinked_reason": UNNAMED_GROUP}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("plusieurs pays", None, DONORS, "nominal"),
    ("la péninsule de Noto", None, NOTO, "nominal"),
    ("Japon", "centre du Japon", JAPAN, "name"),
    ("au moins 64 morts", None, DEAD, "nominal"),
    ("des autorités locales", None, LOCAL_AUTH, "nominal"),
    # « Nous sommes reconnaissants ... »
    ("Nous", "Nous sommes", JAPAN, "pronoun"),
    ("nos partenaires", None, DONORS, "nominal"),
    ("Kishida", "M. Kishida lors", KISHIDA, "name"),
    ("la cellule de crise", None, CRISIS_CELL, "nominal"),
    ("Tokyo", None, TOKYO, "name"),
    ("Le gouvernement", "Le gouvernement entend", JP_GOV, "nominal"),
    ("son porte-parole", None, HAYASHI, "nominal"),
    ("Yoshimasa Hayashi", None, HAYASHI, "name"),
    # Le président chinois ...
    ("Le président chinois", None, XI, "nominal"),
    ("Xi Jinping", None, XI, "name"),
    ("Naruhito", None, NARUHITO, "name"),
    ("Chine nouvelle", None, XINHUA, "name"),
    ("Pékin", None, CHINA, "metonym"),
    ("la porte-parole de sa diplomatie", None, MAO, "nominal"),
    ("Mao Ning", None, MAO, "name"),
    # Séoul ...
    ("Séoul", None, SOUTH_KOREA, "metonym"),
    ("Le président sud-coréen", None, YOON, "nominal"),
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("X", "sur X que", X_NETWORK, "name"),
    ("son pays", None, SOUTH_KOREA, "nominal"),
    ("Washington", None, WASHINGTON, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    ("États-Unis", None, USA, "name"),
    ("leur allié", None, JAPAN, "nominal"),
    # Freinés par des routes coupées ...
    ("les secouristes", None, RESCUERS, "nominal"),
    ("Wajima", None, WAJIMA, "name"),
    ("Agence météorologique japonaise", None, JMA, "name"),
    # Le chef du gouvernement ...
    ("Le chef du gouvernement", None, KISHIDA, "nominal"),
    ("la région", "dans la région", NOTO, "nominal"),
    ("la presse japonaise", None, JP_PRESS, "nominal"),
]

PUB_DAY = "The publication day, Wednesday 3 January 2024 (inferred: see PUBLISHED_INFERRED)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", 1), "2024-01-03", "day", "weekday-publication-day", PUB_DAY),
    ("t-jan-1", ("lundi 1er janvier", None), "2024-01-01", "day", "weekday-day-month",
     "« a frappé lundi 1er janvier »: Monday 1 January 2024."),
    ("t-tuesday", ("mardi", None), "2024-01-02", "day", "weekday-past",
     "« a adressé mardi »: the Tuesday before the publication day."),
    ("t-wednesday-search", ("mercredi", 2), "2024-01-03", "day", "weekday-publication-day", PUB_DAY),
    ("t-this-week", ("cette semaine", None), "2024-01", "month", "relative-week-future",
     "The week of publication, Monday 1 to Sunday 7 January 2024, falls inside one month: the month."),
    ("t-thursday", ("jeudi", None), "2024-01-04", "day", "weekday-future",
     "« Un nouveau bilan est attendu jeudi »: a toll with no actor, no event; the time is attached to nothing."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-acceptance", "Acceptance", "Kishida accepts the aid offered by several countries", ("a accepté", None),
          [("agent", KISHIDA), ("recipient", DONORS)], time="t-wednesday"),
    event("e-aid-offer", "Proposal", "Several countries offered aid to Japan", ("proposée", None),
          [("agent", DONORS), ("recipient", JAPAN)],
          note="A passive participle with its agent; the recipient (Japan) is implied by the acceptance."),
    event("e-earthquake", "Event", "A powerful earthquake strikes the Noto peninsula on 1 January",
          ("a frappé", None), [("recipient", NOTO)], place=NOTO, time="t-jan-1",
          note="« le puissant séisme qui a frappé »: « séisme » and « la catastrophe » restate it."),
    event("e-deaths", "Event", "The earthquake killed at least 64 people", ("faisant", None), [("recipient", DEAD)],
          place=NOTO, according_to=[LOCAL_AUTH], part_of="e-earthquake",
          note="A participle of consequence, as « tuant au moins neuf civils » in benchmarks/gold."),
    event("e-crisis-meeting", "Meeting", "Meeting of the crisis cell in Tokyo", ("réunion", None),
          [("participant", KISHIDA), ("participant", CRISIS_CELL)], place=TOKYO),
    event("e-case-by-case", "Acceptance", "The government intends to accept aid case by case",
          ("accepter", "entend toutefois accepter"), [("agent", JP_GOV)], status="planned",
          according_to=[HAYASHI], note="« entend ... accepter »: an intention, planned."),
    event("e-china-aid", "Delivery", "China ready to provide emergency aid to Japan", ("fournir", 1),
          [("agent", CHINA), ("recipient", JAPAN)], status="planned", according_to=[MAO],
          note="« est prêt à fournir »: planned, as « prêt à « porter ... » » in benchmarks/gold."),
    event("e-seoul-aid", "Delivery", "South Korea to send two million dollars of humanitarian aid", ("envoi", None),
          [("agent", SOUTH_KOREA), ("recipient", JAPAN)], status="planned", according_to=[SOUTH_KOREA],
          note="« a annoncé l’envoi »: announced, not said to be made yet: planned."),
    event("e-us-aid", "Delivery", "The United States ready to provide all necessary aid to its ally", ("fournir", 2),
          [("agent", USA), ("recipient", JAPAN)], status="planned", according_to=[BIDEN]),
    event("e-search", "Event", "Rescuers continue their searches in Wajima", ("recherches", None),
          [("agent", RESCUERS)], place=WAJIMA, time="t-wednesday-search"),
    event("e-fire", "Event", "A fire destroyed more than 200 buildings in Wajima", ("a détruit", None),
          [("recipient", WAJIMA)], place=WAJIMA,
          note="No actor (« un incendie »); the town whose buildings burned is the recipient."),
    event("e-aftershocks", "Event", "Strong tremors could still occur this week", ("se produire", None),
          [("recipient", NOTO)], status="hypothetical", time="t-this-week", according_to=[JMA],
          note="« pourraient encore se produire »: hypothetical; the region is implied (the forecast is about it)."),
    event("e-kishida-trip", "Visit", "Kishida to travel to the region once conditions allow", ("se rendre", None),
          [("agent", KISHIDA)], status="planned", place=NOTO, according_to=[JP_PRESS]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-local-auth", "Report", "The local authorities' latest toll: at least 64 dead", LOCAL_AUTH,
           ("selon", "selon un dernier bilan"), [], about=["e-deaths"]),
    speech("s-kishida", "Statement", "Kishida: we are grateful for our partners' solidarity", KISHIDA,
           ("a déclaré", None), [("Nous sommes reconnaissants de la solidarité exprimée par nos partenaires", None)],
           place=TOKYO, about=["e-aid-offer"], note="« lors d’une réunion de la cellule de crise à Tokyo »."),
    speech("s-hayashi", "Statement", "Hayashi: aid to be accepted case by case", HAYASHI, ("a précisé", None),
           [("au cas par cas", None)], about=["e-case-by-case"]),
    speech("s-xi-condolences", "Statement", "Xi Jinping sends condolences to Emperor Naruhito", XI,
           ("condoléances", None), [], addressee=NARUHITO, time="t-tuesday", according_to=[XINHUA],
           about=["e-earthquake"], note="« a adressé mardi un message de condoléances »: the nominal trigger."),
    speech("s-xi-saddened", "Statement", "Xi says he is deeply saddened by the disaster", XI, ("se disant", None),
           [("profondément attristé", None)], time="t-tuesday", according_to=[XINHUA], about=["e-earthquake"],
           note="A participle with its own guillemets: a second speech act."),
    speech("s-xinhua", "Report", "Xinhua reports Xi's message", XINHUA, ("a rapporté", None), [],
           about=["s-xi-condolences", "s-xi-saddened"]),
    speech("s-mao", "Statement", "Mao Ning: Beijing is ready to provide emergency aid", MAO, ("a ajouté", None), [],
           about=["e-china-aid"]),
    speech("s-seoul", "Statement", "Seoul announces two million dollars of humanitarian aid", SOUTH_KOREA,
           ("annoncé", "côté annoncé"), [], about=["e-seoul-aid"]),
    speech("s-yoon", "Statement", "Yoon: South Korea stands by the Japanese people", YOON, ("a écrit", None),
           [("aux côtés du peuple japonais", None)], note="Written « sur X »."),
    speech("s-biden", "Assurance", "Biden: the United States ready to provide all necessary aid", BIDEN,
           ("a assuré", None), [("prêts à fournir toute l’aide nécessaire", None)], place=WASHINGTON,
           about=["e-us-aid"]),
    speech("s-jma", "Report", "The meteorological agency warns of strong tremors this week", JMA,
           ("Selon", "Selon l’Agence"), [], about=["e-aftershocks"]),
    speech("s-press", "Report", "The Japanese press reports Kishida's planned visit", JP_PRESS,
           ("selon", "selon la presse"), [], about=["e-kishida-trip"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
