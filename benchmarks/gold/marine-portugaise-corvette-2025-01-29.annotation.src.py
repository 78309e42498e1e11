"""Held-out annotation of marine-portugaise-corvette-2025-01-29.txt (written for the eleventh held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/marine-portugaise-corvette-2025-01-29.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/marine-portugaise-corvette-2025-01-29.annotation.src.py --check

Held-out set 11: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "marine-portugaise-corvette-2025-01-29.txt"

NOTE = """\
Held-out-11 article 4: the Portuguese navy shadows a Russian corvette and a tanker, published Wednesday 29 \
January 2025 (the file gives the day). What it exercises: a navy as agent of a surveillance with a duration \
(« a surveillé pendant trois jours une corvette russe qui escortait un pétrolier »: the duration is attached to \
nothing, the surveillance takes the first day of its restatement) sourced after the clause (« a annoncé mercredi \
le ministère portugais de la Défense ») and a relative judgement with its own quote (« qui y voit le signe d’une \
présence « croissante » »; « y », the episode, is not a mention); the surveillance restated with a named ship \
(« Le patrouilleur Setúbal a suivi la corvette Boïki et le pétrolier »: one event, the patrol vessel a second \
agent) and two nominal events bounded by days (« depuis leur entrée ... dimanche jusqu’à leur sortie mardi soir, \
au nord des Açores »: north of, not in: no place) under « selon un communiqué » (a Report of the ministry); « \
Aucun incident n’a été signalé » (no actor: no event); a passive sanction by an organisation with a relative \
accusation and a quote (« sanctionnés par l’Union européenne, qui l’accuse d’appartenir à la « flotte fantôme » \
permettant à Moscou de contourner ... »: the membership and the circumvention suspected); a first-person quote \
with « Nous » (Portugal) and a negated promise (« Nous ne laisserons aucun navire hostile naviguer sans \
surveillance »: the letting negated, as « ne « trahirait jamais » » in benchmarks/gold; « aucun navire hostile » \
is generic, not a mention); « en marge d’une réunion à Lisbonne »; « Il a précisé que le Portugal avait informé \
ses alliés de l’Otan dès lundi » (a speech act of Portugal told by Melo); an embassy's negated answer to AFP; an \
institution as speaker (« La diplomatie russe a ... dénoncé ces derniers mois une « chasse » »: vague time, the \
hunt suspected, no agent written) and a nominal boarding with its agent and an apposed month (« l’arraisonnement \
par la Finlande, en décembre, d’un pétrolier soupçonné d’avoir endommagé un câble »: December 2024; the damage \
suspected according to Finland, the only authority written that could suspect it); a call with a quote and a \
negated mention (« a appelé mardi les États à la « retenue » en mer, sans évoquer cet épisode »); a nationality \
noun before the name (« le Portugais António Guterres »: part of the name's phrase); a pluperfect escort on an \
explicit month and a relative transit; a planned joint mission « en février » (2025). Not mentions: « ses côtes », \
« nos eaux », « aucun navire hostile », « la liste des navires sanctionnés », « cet épisode », « la presse », « en \
mer ». The navy, the ministry, the two ships named and the tanker, the Russian ships, the Atlantic, the exclusive \
economic zone, the Azores, the EU, the shadow fleet, the price cap, Nuno Melo, Lisbon, NATO and the allies, the \
Russian embassy, the Russian merchant ships, Europe, Finland, the second tanker, the cable, the Baltic, the \
states, New York, the warships, the Mediterranean and Spain are not in ids.tsv: local, unlinked."""

PORTUGAL, RUSSIA, GUTERRES, UN, AFP, RU_MFA = "Q45", "Q159", "Q311440", "Q1065", "Q40464", "Q789889"
NAVY, CORVETTE, TANKER, MOD = "local:portuguese-navy", "local:corvette-boikiy", "local:gabon-flagged-tanker", \
    "local:portuguese-ministry-of-defence"
RU_SHIPS, ATLANTIC, SETUBAL, EEZ = "local:russian-ships-atlantic", "local:atlantic-ocean", "local:nrp-setubal", \
    "local:portuguese-eez"
AZORES, EU, SHADOW_FLEET, PRICE_CAP = "local:azores", "local:european-union", "local:russian-shadow-fleet", \
    "local:oil-price-cap"
MELO, LISBON, ALLIES, NATO = "local:nuno-melo", "local:lisbon", "local:portugal-nato-allies", "local:nato"
EMBASSY, MERCHANT_SHIPS, EUROPE, FINLAND = "local:russian-embassy-lisbon", "local:russian-merchant-ships", \
    "local:europe", "local:finland"
TANKER2, CABLE, BALTIC, STATES = "local:tanker-boarded-by-finland", "local:baltic-undersea-cable", \
    "local:baltic-sea", "local:un-member-states"
NEW_YORK, WARSHIPS, MED, SPAIN = "local:new-york", "local:russian-warships-march-2024", "local:mediterranean", \
    "local:spain"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (NAVY, "marine portugaise", "Portuguese Navy", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CORVETTE, "corvette Boïki", "Russian corvette Boikiy", "object", {"unlinked_reason": NOT_VERIFIED}),
    (TANKER, "pétrolier battant pavillon gabonais", "Gabon-flagged tanker", "object",
     {"unlinked_reason": "an unnamed ship, no Wikidata item"}),
    (MOD, "ministère portugais de la Défense", "Ministry of National Defence (Portugal)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (RU_SHIPS, "navires russes dans l’Atlantique", "Russian ships in the Atlantic", "group",
     {"unlinked_reason": "an unnamed group of ships, not one Wikidata item"}),
    (ATLANTIC, "Atlantique", "Atlantic Ocean", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SETUBAL, "patrouilleur Setúbal", "NRP Setúbal (patrol vessel)", "object", {"unlinked_reason": NOT_VERIFIED}),
    (EEZ, "zone économique exclusive portugaise", "Portuguese exclusive economic zone", "place",
     {"unlinked_reason": NOT_VERIFIED}),
    (AZORES, "Açores", "Azores", "place", {"unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SHADOW_FLEET, "flotte fantôme", "Russian shadow fleet", "group",
     {"unlinked_reason": "an informal group of ships, not one Wikidata item"}),
    (PRICE_CAP, "plafonnement du prix du pétrole russe", "Russian oil price cap", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (MELO, "Nuno Melo", "Nuno Melo", "person",
     {"description": "ministre portugais de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (LISBON, "Lisbonne", "Lisbon", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ALLIES, "alliés du Portugal au sein de l’Otan", "Portugal's NATO allies", "group",
     {"unlinked_reason": "a group of states, not one Wikidata item"}),
    (NATO, "Otan", "NATO", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (EMBASSY, "ambassade de Russie à Lisbonne", "Embassy of Russia in Lisbon", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MERCHANT_SHIPS, "navires commerciaux russes", "Russian merchant ships", "group",
     {"unlinked_reason": "an unnamed group of ships, not one Wikidata item"}),
    (EUROPE, "Europe", "Europe", "place", {"unlinked_reason": NOT_VERIFIED}),
    (FINLAND, "Finlande", "Finland", "country", {"unlinked_reason": NOT_VERIFIED}),
    (TANKER2, "pétrolier arraisonné par la Finlande", "tanker boarded by Finland", "object",
     {"unlinked_reason": "an unnamed ship, no Wikidata item"}),
    (CABLE, "câble sous-marin de la Baltique", "Baltic undersea cable", "object",
     {"unlinked_reason": "an unnamed cable, no Wikidata item"}),
    (BALTIC, "Baltique", "Baltic Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (STATES, "les États", "states", "group",
     {"description": "the states Guterres addresses", "unlinked_reason": "a group of states, not one Wikidata item"}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (WARSHIPS, "deux navires de guerre russes", "two Russian warships", "group",
     {"unlinked_reason": "unnamed ships, not one Wikidata item"}),
    (MED, "Méditerranée", "Mediterranean Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SPAIN, "Espagne", "Spain", "country", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("La marine portugaise", "La marine portugaise a surveillé", NAVY, "nominal"),
    ("une corvette russe", None, CORVETTE, "nominal"),
    ("un pétrolier", "escortait un pétrolier", TANKER, "nominal"),
    ("le ministère portugais de la Défense", None, MOD, "nominal"),
    ("navires russes", None, RU_SHIPS, "nominal"),
    ("Atlantique", None, ATLANTIC, "name"),
    # Le patrouilleur Setúbal a suivi la corvette Boïki et le pétrolier, ...
    ("Setúbal", None, SETUBAL, "name"),
    ("Boïki", None, CORVETTE, "name"),
    ("le pétrolier", "et le pétrolier", TANKER, "nominal"),
    ("la zone économique exclusive portugaise", None, EEZ, "nominal"),
    ("Açores", None, AZORES, "name"),
    # Le pétrolier figure sur la liste des navires sanctionnés par l’Union européenne, ...
    ("Le pétrolier", None, TANKER, "nominal"),
    ("Union européenne", None, EU, "name"),
    ("flotte fantôme", None, SHADOW_FLEET, "nominal"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("le plafonnement du prix de son pétrole", None, PRICE_CAP, "nominal"),
    # « Nous ne laisserons ... », a déclaré à la presse le ministre de la Défense, Nuno Melo, ...
    ("Nous", None, PORTUGAL, "pronoun"),
    ("le ministre de la Défense", None, MELO, "nominal"),
    ("Nuno Melo", None, MELO, "name"),
    ("Lisbonne", "réunion à Lisbonne", LISBON, "name"),
    ("Il", "Il a précisé", MELO, "pronoun"),
    ("Portugal", None, PORTUGAL, "name"),
    ("ses alliés de l’Otan", None, ALLIES, "nominal"),
    ("Otan", None, NATO, "name"),
    # L’ambassade de Russie à Lisbonne n’a pas répondu aux questions de l’AFP.
    ("L’ambassade de Russie à Lisbonne", None, EMBASSY, "nominal"),
    ("Russie", None, RUSSIA, "name"),
    ("Lisbonne", "Russie à Lisbonne", LISBON, "name"),
    ("AFP", None, AFP, "name"),
    # La diplomatie russe a toutefois dénoncé ...
    ("La diplomatie russe", None, RU_MFA, "nominal"),
    ("navires commerciaux russes", None, MERCHANT_SHIPS, "nominal"),
    ("Europe", None, EUROPE, "name"),
    ("Finlande", None, FINLAND, "name"),
    ("un pétrolier", "d’un pétrolier soupçonné", TANKER2, "nominal"),
    ("un câble sous-marin", None, CABLE, "nominal"),
    ("Baltique", None, BALTIC, "name"),
    # Le secrétaire général de l’ONU, le Portugais António Guterres, a appelé mardi les États ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("les États", None, STATES, "nominal"),
    ("New York", None, NEW_YORK, "name"),
    # La marine portugaise avait déjà escorté en mars 2024 deux navires de guerre russes ...
    ("La marine portugaise", "La marine portugaise avait", NAVY, "nominal"),
    ("deux navires de guerre russes", None, WARSHIPS, "nominal"),
    ("Méditerranée", None, MED, "name"),
    ("le ministère", "a rappelé le ministère", MOD, "nominal"),
    ("Espagne", None, SPAIN, "name"),
]

PUB_DAY = "The publication day, Wednesday 29 January 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-three-days", ("trois jours", None), None, "duration", "explicit-duration",
     "« pendant trois jours »: the surveillance's length; it takes its first day (Sunday) from the restatement, so "
     "the duration is attached to nothing."),
    ("t-wednesday", ("mercredi", None), "2025-01-29", "day", "weekday-publication-day",
     "« a annoncé mercredi »: " + PUB_DAY),
    ("t-sunday", ("dimanche", None), "2025-01-26", "day", "weekday-past",
     "« leur entrée ... dimanche »: the Sunday before the publication day: 26 January 2025."),
    ("t-tuesday-evening", ("mardi soir", None), "2025-01-28", "day", "part-of-day",
     "« leur sortie mardi soir »: Tuesday 28 January 2025."),
    ("t-monday", ("lundi", None), "2025-01-27", "day", "weekday-past",
     "Pluperfect « avait informé ... dès lundi »: Monday 27 January 2025."),
    ("t-recent-months", ("ces derniers mois", None), None, "vague", "vague", "The last few months: no value."),
    ("t-december", ("en décembre", None), "2024-12", "month", "month-past",
     "« en décembre », apposed to a past boarding, written in January 2025: December 2024."),
    ("t-tuesday", ("mardi", "a appelé mardi"), "2025-01-28", "day", "weekday-past",
     "« a appelé mardi »: Tuesday 28 January 2025."),
    ("t-march-2024", ("mars 2024", None), "2024-03", "month", "explicit-month-year",
     "« avait déjà escorté en mars 2024 »."),
    ("t-february", ("en février", None), "2025-02", "month", "month-future",
     "« doit commencer en février », written in January 2025: February 2025."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-surveillance", "Event", "The Portuguese navy shadows a Russian corvette and a tanker for three days",
          ("a surveillé", None), [("agent", NAVY), ("agent", SETUBAL), ("recipient", CORVETTE), ("recipient", TANKER)],
          time="t-sunday", according_to=[MOD],
          note="« Le patrouilleur Setúbal a suivi la corvette Boïki et le pétrolier » restates it (one event, the "
               "patrol vessel a second agent), from the entry on Sunday to the exit on Tuesday evening: the first "
               "day. « au large de ses côtes » is off the coast: no place."),
    event("e-escort", "Event", "A Russian corvette escorts a tanker", ("escortait", None),
          [("agent", CORVETTE), ("recipient", TANKER)], according_to=[MOD]),
    event("e-presence", "Event", "A « growing » presence of Russian ships in the Atlantic", ("présence", None),
          [("participant", RU_SHIPS)], place=ATLANTIC, according_to=[MOD],
          note="The ministry's reading, which the article does not dispute: occurred."),
    event("e-entry", "Event", "The two ships enter the Portuguese exclusive economic zone on Sunday",
          ("entrée", None), [("agent", CORVETTE), ("agent", TANKER)], place=EEZ, time="t-sunday",
          according_to=[MOD]),
    event("e-exit", "Event", "The two ships leave the zone on Tuesday evening, north of the Azores", ("sortie", None),
          [("agent", CORVETTE), ("agent", TANKER)], time="t-tuesday-evening", according_to=[MOD],
          note="« au nord des Açores »: north of, not in: no place."),
    event("e-eu-sanction", "Sanction", "The tanker is sanctioned by the European Union", ("sanctionnés", None),
          [("agent", EU), ("recipient", TANKER)]),
    event("e-shadow-fleet", "Event", "The tanker belongs to the « shadow fleet » (EU charge)", ("appartenir", None),
          [("participant", TANKER), ("participant", SHADOW_FLEET)], status="suspected", according_to=[EU]),
    event("e-circumvent", "Event", "Moscow circumvents the cap on the price of its oil (EU charge)",
          ("contourner", None), [("agent", RUSSIA), ("theme", PRICE_CAP)], status="suspected", according_to=[EU],
          note="What the shadow fleet allows, inside the EU's accusation."),
    event("e-no-unwatched-ships", "Event", "Portugal will not let hostile ships sail unwatched in its waters",
          ("laisserons", None), [("agent", PORTUGAL)], status="negated", according_to=[MELO],
          note="A promise quoted around a negation: the letting is negated, as « ne « trahirait jamais » » in "
               "benchmarks/gold; « aucun navire hostile » is generic."),
    event("e-lisbon-meeting", "Meeting", "A meeting in Lisbon attended by Nuno Melo", ("réunion", None),
          [("participant", MELO)], place=LISBON),
    event("e-hunt", "Event", "A « hunt » for Russian merchant ships in Europe (Russian charge)", ("chasse", None),
          [("recipient", MERCHANT_SHIPS)], place=EUROPE, status="suspected", according_to=[RU_MFA],
          note="No hunter is written: the ships are the recipient only."),
    event("e-boarding", "Event", "Finland boards a tanker in December", ("arraisonnement", None),
          [("agent", FINLAND), ("recipient", TANKER2)], time="t-december"),
    event("e-cable-damage", "Event", "The tanker damaged an undersea cable in the Baltic (suspected)",
          ("endommagé", None), [("agent", TANKER2), ("theme", CABLE)], place=BALTIC, status="suspected",
          according_to=[FINLAND],
          note="« soupçonné » with no suspecter written: Finland, which boarded the tanker, as China for « soupçonné "
               "d’espionnage » in benchmarks/gold."),
    event("e-restraint", "Event", "States to show restraint at sea", ("retenue", None), [("agent", STATES)],
          status="proposed", according_to=[GUTERRES]),
    event("e-past-escort", "Event", "The Portuguese navy escorted two Russian warships in March 2024",
          ("escorté", None), [("agent", NAVY), ("recipient", WARSHIPS)], time="t-march-2024", according_to=[MOD]),
    event("e-transit", "Event", "Two Russian warships head for the Mediterranean", ("rejoignaient", None),
          [("agent", WARSHIPS)], place=MED, time="t-march-2024", according_to=[MOD],
          note="The destination is the event's place, as « se rendre à Odessa » in benchmarks/gold."),
    event("e-joint-mission", "Event", "A new joint surveillance mission with Spain to begin in February",
          ("mission", None), [("participant", PORTUGAL), ("participant", SPAIN)], status="planned",
          time="t-february", note="« conjointe avec l’Espagne »: Portugal, the other party, is implied."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-mod-announces", "Report", "The Portuguese defence ministry announces the surveillance", MOD,
           ("a annoncé", None), [], time="t-wednesday", about=["e-surveillance", "e-escort"]),
    speech("s-mod-sign", "Statement", "The ministry sees a sign of a « growing » Russian presence", MOD,
           ("voit", None), [("croissante", None)], time="t-wednesday", about=["e-presence"],
           note="A relative clause with its own guillemets: a second speech act."),
    speech("s-communique", "Report", "A ministry communiqué gives the ships' route", MOD,
           ("selon", "selon un communiqué"), [], about=["e-surveillance", "e-entry", "e-exit"]),
    speech("s-eu-accuses", "Statement", "The EU accuses the tanker of belonging to the « shadow fleet »", EU,
           ("accuse", None), [("flotte fantôme", None)], about=["e-shadow-fleet", "e-circumvent"]),
    speech("s-melo", "Assurance", "Melo: no hostile ship will sail unwatched in Portuguese waters", MELO,
           ("a déclaré", None),
           [("Nous ne laisserons aucun navire hostile naviguer sans surveillance dans nos eaux", None)],
           place=LISBON, about=["e-no-unwatched-ships"], note="No word dates it: no time."),
    speech("s-melo-detail", "Statement", "Melo says Portugal informed its NATO allies", MELO, ("a précisé", None), [],
           place=LISBON, about=["s-portugal-informs"]),
    speech("s-portugal-informs", "Statement", "Portugal informed its NATO allies on Monday", PORTUGAL,
           ("avait informé", None), [], addressee=ALLIES, time="t-monday", according_to=[MELO],
           about=["e-surveillance"]),
    speech("s-embassy-no-answer", "SpeechAct", "The Russian embassy in Lisbon does not answer AFP", EMBASSY,
           ("répondu", None), [], status="negated", addressee=AFP, place=LISBON),
    speech("s-ru-mfa", "Statement", "Russian diplomacy denounces a « hunt » for Russian merchant ships", RU_MFA,
           ("dénoncé", None), [("chasse", None)], time="t-recent-months", about=["e-hunt", "e-boarding"]),
    speech("s-guterres-call", "Statement", "Guterres calls on states to show « restraint » at sea", GUTERRES,
           ("a appelé", None), [("retenue", None)], addressee=STATES, time="t-tuesday", place=NEW_YORK,
           about=["e-restraint"]),
    speech("s-guterres-silent", "SpeechAct", "Guterres does not mention the episode", GUTERRES, ("évoquer", None), [],
           status="negated", time="t-tuesday", place=NEW_YORK, about=["e-surveillance"],
           note="« sans évoquer cet épisode », as « sans évoquer de victimes » in benchmarks/gold."),
    speech("s-mod-recalls", "Report", "The ministry recalls the escort of March 2024", MOD, ("a rappelé", None), [],
           about=["e-past-escort", "e-transit"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
