"""Held-out annotation of loukachenko-pyongyang-2025-05-21.txt (written for the fourth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/loukachenko-pyongyang-2025-05-21.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "loukachenko-pyongyang-2025-05-21.txt"

NOTE = """\
Held-out-4 article 1: Alexander Lukashenko's official visit to North Korea, published Wednesday 21 May 2025 (the \
file gives the day). What it exercises: an arrival with its source after the clause and a visit whose only time \
is its length (« une visite officielle de trois jours »); a passive participle opening the sentence with its \
agent (« Accueilli à l’aéroport par Kim Jong-un en personne, M. Loukachenko doit signer jeudi avec son hôte »: a \
planned signing sourced by « selon son service de presse »); a meeting with a duration and a part of the \
publication day (« pendant près de deux heures dans la soirée ») restated by « une rencontre « chaleureuse et \
sincère » » (the agency's own word in a relative clause: a second speech act of KCNA); a quote by a role noun \
relayed by a state agency (« a déclaré le dirigeant biélorusse ..., cité par l’agence d’État Belta »); a \
proposal by a pronoun of two deliveries, one of them an exchange (« proposé d’augmenter les livraisons ... à \
Pyongyang, en échange de produits miniers »); « un mois après la reconnaissance officielle par le Nord de \
l’envoi de soldats »: a nominal speech act of North Korea dated by counting back (April 2025) and a nominal \
dispatch; « où ils ont combattu »; a pluperfect reception by a metonym with an apposition (« Minsk, proche allié \
de Moscou, avait reçu en mars ») sourced to exiled media; two verbs of a ministry, one with a quote (« a \
qualifié ... de « préoccupant » et appelé ... à faire respecter les sanctions »); the UN sanctions in a relative \
clause; an opinion with a quote and a gerund (« estimé que Minsk « s’isole un peu plus » en se rapprochant du \
régime nord-coréen »); a welcome by the Kremlin and a denial by its spokesman with a negated quote (« n’avait « \
joué aucun rôle » »); a pluperfect meeting dated « le 9 mai » during a nominal parade; a planned return « \
vendredi ». « Pyongyang » is the city where he arrives (Q18808) and North Korea where it receives deliveries or \
trades arms (Q423); « Minsk » is Belarus when it receives, isolates itself or is an ally (Q184) and the city he \
goes back to (Q2280); « Moscou » is Russia as an ally or a denier (Q159) and the city where he met Putin (Q649). \
« le Nord » and « le régime nord-coréen » are North Korea. Not mentions: « un dirigeant biélorusse » in « la \
première d’un dirigeant biélorusse » (generic), « Les deux dirigeants » (plural), « la presse » (generic), « \
l’aéroport » (not named). « département d’État américain » inside « Un porte-parole du département d’État \
américain » is a mention (an institution with a name of its own, as « Kremlin » in « porte-parole du Kremlin »). \
Koursk in « la région russe de Koursk » is the city, as in benchmarks/gold. Belta, the Unification ministry, the \
State Department, Kursk and the treaty are not in ids.tsv: local, unlinked."""

LUK, KIM, PUTIN, PESKOV = "Q2866", "Q56226", "Q7747", "Q4359688"
NK, BELARUS, RUSSIA = "Q423", "Q184", "Q159"
PYONGYANG, MOSCOW, MINSK, SEOUL = "Q18808", "Q649", "Q2280", "Q8684"
KCNA, UN, KREMLIN, RU_ARMY = "Q326804", "Q1065", "Q2060629", "Q193159"
PRESS_SERVICE, BELTA, TREATY = "local:lukashenko-press-service", "local:belta", "local:belarus-nk-treaty"
VEHICLES, MINERALS = "local:belarusian-tractors-trucks", "local:nk-mining-products"
SOLDIERS, KURSK, DELEGATION = "local:nk-soldiers-kursk", "local:kursk", "local:nk-military-delegation"
EXILED_MEDIA, UNIFICATION, INTL = "local:belarusian-exiled-media", "local:sk-unification-ministry", \
    "local:international-community"
STATE_SPOKES, STATE_DEPT = "local:us-state-department-spokesperson", "local:us-state-department"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (PRESS_SERVICE, "service de presse d’Alexandre Loukachenko", "Alexander Lukashenko's press service",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (TREATY, "traité d’amitié et de coopération Biélorussie–Corée du Nord", "Belarus–North Korea treaty of "
     "friendship and cooperation", "object", {"unlinked_reason": "a treaty not yet signed, no Wikidata item"}),
    (BELTA, "Belta", "BelTA", "organization",
     {"description": "agence d’État biélorusse", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (VEHICLES, "tracteurs et camions biélorusses", "Belarusian tractors and trucks", "object",
     {"unlinked_reason": "unspecified goods, not one Wikidata item"}),
    (MINERALS, "produits miniers nord-coréens", "North Korean mining products", "object",
     {"unlinked_reason": "unspecified goods, not one Wikidata item"}),
    (SOLDIERS, "soldats nord-coréens envoyés dans la région de Koursk", "North Korean soldiers sent to Kursk",
     "group", {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (KURSK, "Koursk", "Kursk", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DELEGATION, "délégation militaire nord-coréenne", "North Korean military delegation", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (EXILED_MEDIA, "médias biélorusses en exil", "Belarusian media in exile", "group",
     {"unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    (UNIFICATION, "ministère sud-coréen de l’Unification", "Ministry of Unification (South Korea)",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (INTL, "communauté internationale", "international community", "group",
     {"unlinked_reason": "a loose group of states, not one Wikidata item"}),
    (STATE_SPOKES, "un porte-parole du département d’État américain", "a US State Department spokesperson",
     "person", {"unlinked_reason": "anonymous in the article"}),
    (STATE_DEPT, "département d’État américain", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le président biélorusse", None, LUK, "nominal"),
    ("Alexandre Loukachenko", None, LUK, "name"),
    ("Pyongyang", "arrivé mercredi à Pyongyang", PYONGYANG, "name"),
    ("Corée du Nord", "biélorusse en Corée du Nord", NK, "name"),
    ("KCNA", 1, KCNA, "name"),
    # Accueilli à l’aéroport ...
    ("Kim Jong-un", None, KIM, "name"),
    ("Loukachenko", "M. Loukachenko doit", LUK, "name"),
    ("son hôte", None, KIM, "nominal"),
    ("son service de presse", None, PRESS_SERVICE, "nominal"),
    ("un traité d’amitié et de coopération", None, TREATY, "nominal"),
    ("KCNA", 2, KCNA, "name"),
    # « La Biélorussie et la Corée du Nord ... »
    ("Biélorussie", None, BELARUS, "name"),
    ("Corée du Nord", "la Corée du Nord ont", NK, "name"),
    ("le dirigeant biélorusse", None, LUK, "nominal"),
    ("Belta", None, BELTA, "name"),
    ("Il", "Il a aussi proposé", LUK, "pronoun"),
    ("tracteurs et de camions biélorusses", None, VEHICLES, "nominal"),
    ("Pyongyang", "biélorusses à Pyongyang", NK, "metonym"),
    ("produits miniers", None, MINERALS, "nominal"),
    # Cette visite intervient un mois après ...
    ("le Nord", None, NK, "nominal"),
    ("soldats nord-coréens", None, SOLDIERS, "nominal"),
    ("Koursk", None, KURSK, "name"),
    ("ils", "où ils ont combattu", SOLDIERS, "pronoun"),
    ("l’armée russe", None, RU_ARMY, "nominal"),
    ("Minsk", "Minsk, proche allié", BELARUS, "metonym"),
    ("proche allié de Moscou", None, BELARUS, "nominal"),
    ("Moscou", "allié de Moscou", RUSSIA, "metonym"),
    ("une délégation militaire nord-coréenne", None, DELEGATION, "nominal"),
    ("des médias biélorusses en exil", None, EXILED_MEDIA, "nominal"),
    # À Séoul ...
    ("Séoul", None, SEOUL, "name"),
    ("le ministère sud-coréen de l’Unification", None, UNIFICATION, "nominal"),
    ("la communauté internationale", None, INTL, "nominal"),
    ("ONU", None, UN, "name"),
    ("Pyongyang", "armes avec Pyongyang", NK, "metonym"),
    ("Un porte-parole du département d’État américain", None, STATE_SPOKES, "nominal"),
    ("département d’État américain", None, STATE_DEPT, "nominal"),
    ("Minsk", "estimé que Minsk", BELARUS, "metonym"),
    ("régime nord-coréen", None, NK, "nominal"),
    # Le Kremlin a salué ...
    ("Kremlin", None, KREMLIN, "name"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Moscou", "assuré que Moscou", RUSSIA, "metonym"),
    # M. Loukachenko, qui avait rencontré ...
    ("Loukachenko", "M. Loukachenko, qui", LUK, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Moscou", "Poutine à Moscou", MOSCOW, "name"),
    ("Minsk", "regagner Minsk", MINSK, "name"),
]

PUB_DAY = "The publication day, Wednesday 21 May 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2025-05-21", "day", "weekday-publication-day",
     "« est arrivé mercredi »: the weekday of publication. " + PUB_DAY),
    ("t-three-days", ("trois jours", None), None, "duration", "explicit-duration",
     "The official visit lasts three days (P3D), Wednesday to Friday."),
    ("t-thursday", ("jeudi", None), "2025-05-22", "day", "weekday-future",
     "Future « doit signer jeudi »: the Thursday after the publication day: 22 May 2025."),
    ("t-two-hours", ("près de deux heures", None), None, "duration", "explicit-duration",
     "The talks lasted nearly two hours (about PT2H): a duration, attached to nothing."),
    ("t-evening", ("dans la soirée", None), "2025-05-21", "day", "part-of-day",
     "The evening of the arrival day, the publication day (« se sont déjà entretenus »). " + PUB_DAY),
    ("t-a-month-before", ("un mois après", None), "2025-04", "month", "relative-month-past",
     "The acknowledgement came a month before the visit (21 May 2025): April 2025; « un mois » is round, so the "
     "month, as in benchmarks/gold."),
    ("t-march", ("en mars", None), "2025-03", "month", "month-past",
     "Pluperfect « avait reçu en mars »: the last March before May 2025."),
    ("t-may-9", ("le 9 mai", None), "2025-05-09", "day", "day-month-publication-year",
     "Pluperfect « avait rencontré ... le 9 mai »: 9 May of the publication year, before 21 May."),
    ("t-friday", ("vendredi", None), "2025-05-23", "day", "weekday-future",
     "Future « doit regagner Minsk vendredi »: the Friday after the publication day: 23 May 2025."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-arrival", "Event", "Alexander Lukashenko arrives in Pyongyang", ("est arrivé", None), [("agent", LUK)],
          place=PYONGYANG, time="t-wednesday", according_to=[KCNA], part_of="e-visit"),
    event("e-visit", "Visit", "Alexander Lukashenko's three-day official visit to North Korea",
          ("visite officielle", None), [("agent", LUK)], place=NK, time="t-three-days", according_to=[KCNA],
          note="Its only time is its length. « Cette visite » and « le déplacement » below restate it."),
    event("e-welcome", "Meeting", "Kim Jong-un welcomes Lukashenko at the airport", ("Accueilli", None),
          [("agent", KIM), ("participant", LUK)], place=PYONGYANG, time="t-wednesday", part_of="e-visit",
          note="A passive participle opening the sentence, with its agent (« par Kim Jong-un en personne »); at "
               "the arrival, so on Wednesday in Pyongyang, though the sentence names neither."),
    event("e-treaty-signing", "Agreement", "Lukashenko and Kim to sign a treaty of friendship and cooperation",
          ("signer", None), [("participant", LUK), ("participant", KIM), ("theme", TREATY)], status="planned",
          place=PYONGYANG, time="t-thursday", according_to=[PRESS_SERVICE], part_of="e-visit",
          note="« doit signer jeudi avec son hôte »: planned."),
    event("e-talks", "Meeting", "Lukashenko and Kim hold talks for nearly two hours", ("se sont déjà entretenus", None),
          [("participant", LUK), ("participant", KIM)], place=PYONGYANG, time="t-evening", according_to=[KCNA],
          part_of="e-visit",
          note="« Les deux dirigeants » (plural, not a mention); « une rencontre « chaleureuse et sincère » » "
               "restates these talks."),
    event("e-lukashenko-proposal", "Proposal", "Lukashenko proposes to increase Belarusian deliveries to North "
          "Korea in exchange for mining products", ("proposé", None), [("agent", LUK)], place=PYONGYANG,
          according_to=[BELTA],
          note="« Il a aussi proposé »: the same occasion as the quote Belta relays, so Belta is the source."),
    event("e-vehicle-deliveries", "Delivery", "Belarus to deliver more tractors and trucks to North Korea",
          ("livraisons", None), [("agent", BELARUS), ("recipient", NK), ("theme", VEHICLES)], status="proposed",
          according_to=[LUK], note="What Lukashenko proposes: proposed. « biélorusses » gives Belarus as supplier."),
    event("e-minerals-exchange", "Delivery", "North Korea to supply mining products to Belarus in exchange",
          ("échange", None), [("agent", NK), ("recipient", BELARUS), ("theme", MINERALS)], status="proposed",
          according_to=[LUK], note="« en échange de produits miniers »: the counterpart of the deliveries."),
    event("e-troop-dispatch", "Event", "North Korea sent soldiers to the Kursk region", ("l’envoi", None),
          [("agent", NK), ("theme", SOLDIERS)], place=KURSK, according_to=[NK],
          note="Acknowledged by North Korea itself, so occurred; the time of the dispatch is not written (the "
               "month belongs to the acknowledgement)."),
    event("e-kursk-fighting", "Event", "North Korean soldiers fought alongside the Russian army in Kursk",
          ("ont combattu", None), [("participant", SOLDIERS), ("participant", RU_ARMY)], place=KURSK),
    event("e-delegation", "Meeting", "Belarus received a North Korean military delegation in March",
          ("avait reçu", None), [("agent", BELARUS), ("participant", DELEGATION)], place=BELARUS, time="t-march",
          according_to=[EXILED_MEDIA],
          note="« Minsk, proche allié de Moscou, avait reçu »: Minsk stands for Belarus (the host); the place is "
               "the country (the city is not written as a place)."),
    event("e-enforce-sanctions", "Event", "The international community to enforce the UN sanctions",
          ("faire respecter", None), [("agent", INTL)], status="proposed", according_to=[UNIFICATION],
          note="What the ministry calls for: proposed."),
    event("e-un-sanctions", "Sanction", "UN sanctions banning any arms trade with North Korea", ("sanctions", None),
          [("agent", UN), ("recipient", NK)],
          note="« les sanctions de l’ONU, qui interdisent tout commerce d’armes avec Pyongyang »: the ban is the "
               "sanctions' content, not a second event; the arms trade is not said to happen."),
    event("e-isolation", "Event", "Belarus isolates itself further (US State Department)", ("s’isole", None),
          [("agent", BELARUS)], status="suspected", according_to=[STATE_SPOKES],
          note="An opinion the article does not endorse: suspected."),
    event("e-rapprochement", "Event", "Belarus draws closer to North Korea", ("se rapprochant", None),
          [("participant", BELARUS), ("participant", NK)], according_to=[STATE_SPOKES],
          note="The gerund states what the visit shows: occurred."),
    event("e-russia-role", "Event", "Russia played a role in organising the visit (denied)", ("joué", None),
          [("agent", RUSSIA)], status="negated", according_to=[PESKOV],
          note="« Moscou n’avait « joué aucun rôle » dans son organisation »: Peskov denies it."),
    event("e-putin-meeting", "Meeting", "Lukashenko met Putin in Moscow on 9 May", ("avait rencontré", None),
          [("participant", LUK), ("participant", PUTIN)], place=MOSCOW, time="t-may-9"),
    event("e-victory-parade", "Event", "The Victory Day parade in Moscow", ("défilé", None), [("agent", RUSSIA)],
          place=MOSCOW, time="t-may-9",
          note="« en marge du défilé de la Victoire »: Russia holds the parade (implied), on 9 May in Moscow."),
    event("e-return", "Event", "Lukashenko to return to Minsk on Friday", ("regagner", None), [("agent", LUK)],
          status="planned", place=MINSK, time="t-friday", part_of="e-visit"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kcna-arrival", "Report", "KCNA announces Lukashenko's arrival", KCNA, ("a annoncé", None), [],
           time="t-wednesday", about=["e-arrival", "e-visit"],
           note="« a annoncé l’agence officielle nord-coréenne KCNA »: the source after the clause."),
    speech("s-press-service", "Report", "Lukashenko's press service announces the treaty signing", PRESS_SERVICE,
           ("selon", "selon son service"), [], about=["e-treaty-signing"]),
    speech("s-kcna-talks", "Report", "KCNA details the talks", KCNA, ("a précisé", None), [], about=["e-talks"]),
    speech("s-kcna-warm", "Statement", "KCNA calls the meeting warm and sincere", KCNA, ("évoque", None),
           [("chaleureuse et sincère", None)], about=["e-talks"],
           note="« qui évoque une rencontre « chaleureuse et sincère » »: the agency's own words in a relative "
                "clause; « une rencontre » is e-talks."),
    speech("s-lukashenko-enemies", "Statement", "Lukashenko: Belarus and North Korea have the same enemies and "
           "friends", LUK, ("a déclaré", None),
           [("La Biélorussie et la Corée du Nord ont les mêmes ennemis et les mêmes amis", None)],
           place=PYONGYANG, according_to=[BELTA],
           note="« à sa descente d’avion »: on arrival in Pyongyang; no time is written."),
    speech("s-belta", "Report", "Belta quotes Lukashenko", BELTA, ("cité", None), [],
           about=["s-lukashenko-enemies", "e-lukashenko-proposal"]),
    speech("s-nk-acknowledgement", "Statement", "North Korea officially acknowledges sending soldiers to Kursk", NK,
           ("reconnaissance", None), [], time="t-a-month-before", about=["e-troop-dispatch", "e-kursk-fighting"],
           note="« la reconnaissance officielle par le Nord de l’envoi de soldats »: a nominal speech act whose "
                "speaker is the agent phrase."),
    speech("s-exiled-media", "Report", "Belarusian media in exile report the delegation's visit", EXILED_MEDIA,
           ("selon", "selon des médias"), [], about=["e-delegation"]),
    speech("s-unification-concern", "Statement", "Seoul's Unification ministry calls the trip worrying", UNIFICATION,
           ("a qualifié", None), [("préoccupant", None)], place=SEOUL, about=["e-visit"],
           note="« le déplacement » is e-visit. Two verbs joined by « et »: the qualifying has the quote."),
    speech("s-unification-appeal", "Statement", "The Unification ministry calls on the international community to "
           "enforce UN sanctions", UNIFICATION, ("appelé", None), [], addressee=INTL, place=SEOUL,
           about=["e-enforce-sanctions", "e-un-sanctions"]),
    speech("s-state-department", "Statement", "A State Department spokesman: Minsk isolates itself further",
           STATE_SPOKES, ("estimé", None), [("s’isole un peu plus", None)],
           about=["e-isolation", "e-rapprochement"]),
    speech("s-kremlin-welcome", "Statement", "The Kremlin welcomes a visit useful for regional stability", KREMLIN,
           ("a salué", None), [("utile pour la stabilité régionale", None)], about=["e-visit"]),
    speech("s-peskov-no-role", "Assurance", "Peskov: Moscow played no role in organising the visit", PESKOV,
           ("a assuré", None), [("joué aucun rôle", None)], about=["e-russia-role"],
           note="« Interrogé par la presse »: the press is generic, not a mention."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
