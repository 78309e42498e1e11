"""Held-out annotation of frappe-kiev-2024-11-14.txt (written for the second held-out set, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/frappe-kiev-2024-11-14.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "frappe-kiev-2024-11-14.txt"

NOTE = """\
Held-out-2 article 1: a Russian strike on Kyiv and the reactions, published Thursday 14 November 2024 (the file \
gives the day). Language on purpose: a strike with a participle of consequence (« tuant au moins neuf civils »), a \
source after the clause (« ont annoncé les services de secours »), « au lendemain d’un appel » (the call is the \
day before the strike: a time with no words of its own), a claim with a negated half (« a affirmé ... sans évoquer \
de victimes »), a passive destruction sourced to images (« selon des images diffusées par l’agence Reuters »), a \
two-sentence quote with a metonym and its pronoun (« Moscou ... Elle »), a request (« a réclamé ... à ses alliés \
»), a planned call, a quote split around « a-t-il rappelé dans un communiqué », a conditional Security Council \
meeting reported by an anonymous diplomat, a rejection « par avance », « d’après lui » inside the clause, a \
negated comment, a future in the past inside an assurance, a pluperfect passive attack with an explicit day, a \
fear (« redoutent que ... ne s’intensifient »), « cet hiver » (across two years: vague) and « depuis le printemps \
». « Kiev » that is struck is the city (Q1899); « à la demande de Kiev » is the Ukrainian state (Q212). « nous » \
in Zelensky's quote is Ukraine; « l’offensive » is the invasion (Q110999040). Zelensky, New York, the Dnieper and \
the Russian defence ministry are not in ids.tsv: local, unlinked. What Nebenzia claims (the damage caused by \
Ukraine's own air defence) is an event with status suspected, according to him only."""

RUSSIA, KYIV, UKRAINE, US, REUTERS = "Q159", "Q1899", "Q212", "Q30", "Q130879"
GUTERRES, UN, UNSC, NEBENZIA, PESKOV, KREMLIN = "Q311440", "Q1065", "Q37470", "Q1000053", "Q4359688", "Q2060629"
INVASION = "Q110999040"
CIVILIANS, RESCUE, MOD = "local:kyiv-civilian-victims", "local:ukrainian-rescue-services", "local:russian-mod"
BUILDING, DNIEPER, ZELENSKY = "local:kyiv-residential-building", "local:dnieper", "local:zelensky"
ALLIES, AIR_DEFENCE, EU_LEADERS = "local:ukraine-allies", "local:air-defence-systems", "local:european-leaders"
NEW_YORK, DIPLOMAT, UKR_AIR_DEFENCE = "local:new-york", "local:un-diplomat", "local:ukrainian-air-defence"
UKR_AUTHORITIES, POWER = "local:ukrainian-authorities", "local:ukraine-power-generation"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CIVILIANS, "au moins neuf civils tués à Kiev", "at least nine civilians killed in Kyiv", "group",
     {"unlinked_reason": "unnamed victims, not one Wikidata item"}),
    (RESCUE, "services de secours ukrainiens", "Ukrainian emergency services", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (BUILDING, "immeuble d’habitation de la rive gauche du Dniepr", "residential building on the Dnieper's left bank",
     "object", {"unlinked_reason": "an unnamed building with no Wikidata item"}),
    (DNIEPER, "Dniepr", "Dnieper", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président ukrainien", "unlinked_reason": NOT_VERIFIED}),
    (ALLIES, "alliés de l’Ukraine", "Ukraine's allies", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (AIR_DEFENCE, "systèmes de défense antiaérienne", "air-defence systems", "object",
     {"description": "systèmes réclamés par Volodymyr Zelensky",
      "unlinked_reason": "unspecified items with no Wikidata item"}),
    (EU_LEADERS, "plusieurs dirigeants européens", "several European leaders", "group",
     {"unlinked_reason": "unnamed leaders, not one Wikidata item"}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "un diplomate (anonyme)", "an anonymous diplomat", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (UKR_AIR_DEFENCE, "défense antiaérienne ukrainienne", "Ukrainian air defence", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (UKR_AUTHORITIES, "autorités ukrainiennes", "Ukrainian authorities", "group",
     {"unlinked_reason": "unnamed officials, not one Wikidata item"}),
    (POWER, "capacités de production électrique de l’Ukraine", "Ukraine's power generation capacity", "object",
     {"unlinked_reason": "not an item of its own"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Russie", "La Russie a frappé", RUSSIA, "name"),
    ("Kiev", "frappé Kiev", KYIV, "name"),
    ("au moins neuf civils", None, CIVILIANS, "nominal"),
    ("la capitale ukrainienne", None, KYIV, "nominal"),
    ("les services de secours", None, RESCUE, "nominal"),
    ("Washington", None, US, "metonym"),
    # Le ministère russe de la Défense a affirmé ...
    ("Le ministère russe de la Défense", None, MOD, "nominal"),
    ("Un immeuble d’habitation", None, BUILDING, "nominal"),
    ("Dniepr", None, DNIEPER, "name"),
    ("Reuters", None, REUTERS, "name"),
    # « Moscou ne veut pas la paix. Elle veut nous briser » ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("Elle", "Elle veut", RUSSIA, "pronoun"),
    ("nous", "nous briser", UKRAINE, "pronoun"),
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("systèmes de défense antiaérienne", None, AIR_DEFENCE, "nominal"),
    ("ses alliés", None, ALLIES, "nominal"),
    ("Il", "Il doit s’entretenir", ZELENSKY, "pronoun"),
    ("plusieurs dirigeants européens", None, EU_LEADERS, "nominal"),
    # À New York, le secrétaire général de l’ONU ...
    ("New York", None, NEW_YORK, "name"),
    ("le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("il", "a-t-il rappelé", GUTERRES, "pronoun"),
    ("Conseil de sécurité", None, UNSC, "name"),
    ("Kiev", "demande de Kiev", UKRAINE, "metonym"),
    ("un diplomate", None, DIPLOMAT, "nominal"),
    # L’ambassadeur russe auprès des Nations unies ...
    ("L’ambassadeur russe auprès des Nations unies", None, NEBENZIA, "nominal"),
    ("Nations unies", None, UN, "name"),
    ("Vassili Nebenzia", None, NEBENZIA, "name"),
    ("lui", "d’après lui", NEBENZIA, "pronoun"),
    ("la défense antiaérienne ukrainienne", None, UKR_AIR_DEFENCE, "nominal"),
    # Interrogé par la presse, le porte-parole du Kremlin ...
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Il", "Il a seulement", PESKOV, "pronoun"),
    ("l’offensive", None, INVASION, "nominal"),
    # Kiev avait déjà été visée ...
    ("Kiev", "Kiev avait déjà", KYIV, "name"),
    ("Les autorités ukrainiennes", None, UKR_AUTHORITIES, "nominal"),
    ("capacités de production électrique", None, POWER, "nominal"),
    ("pays", "du pays", UKRAINE, "nominal"),
]

PUB_DAY = "The publication day, Thursday 14 November 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-dawn", ("jeudi à l’aube", None), "2024-11-14", "day", "part-of-day",
     "« a frappé Kiev jeudi à l’aube »: dawn of the weekday of publication. " + PUB_DAY),
    ("t-call", None, "2024-11-13", "day", "eve-of-event",
     "« au lendemain d’un appel de Washington »: the strike is the day after the call, so the call is Wednesday "
     "13 November 2024. No words name that day; the time hangs on the phrase « au lendemain »."),
    ("t-friday", ("vendredi", None), "2024-11-15", "day", "weekday-future",
     "Future « doit s’entretenir vendredi »: the Friday after the publication day: 15 November 2024."),
    ("t-monday", ("lundi", None), "2024-11-18", "day", "weekday-future",
     "Conditional « pourrait se réunir ... lundi »: the Monday after the publication day: 18 November 2024."),
    ("t-november-4", ("le 4 novembre", None), "2024-11-04", "day", "day-month-publication-year",
     "Day and month before publication in the same month: Monday 4 November 2024."),
    ("t-winter", ("cet hiver", None), None, "vague", "season-current",
     "The coming winter, December 2024 to March 2025: it spans two years, so no value (as « l’hiver dernier »)."),
    ("t-spring", ("le printemps", None), "2024", "year", "season-past",
     "« depuis le printemps »: spring 2024 (March to June), all in 2024, so the year is the finest true value."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-strike", "Event", "Russia strikes Kyiv with missiles and drones at dawn", ("a frappé", None),
          [("agent", RUSSIA)], place=KYIV, time="t-dawn", according_to=[RESCUE],
          note="« La Russie a frappé Kiev »: the target is the city, given as the place."),
    event("e-civilian-deaths", "Event", "At least nine civilians killed in the strike", ("tuant", None),
          [("agent", RUSSIA), ("participant", CIVILIANS)], place=KYIV, time="t-dawn", according_to=[RESCUE],
          part_of="e-strike", note="« tuant au moins neuf civils »: the participle's subject is the strike's."),
    event("e-building-destroyed", "Event", "A residential building partly destroyed", ("détruit", "en partie détruit"),
          [("participant", BUILDING)], place=KYIV, time="t-dawn", according_to=[REUTERS], part_of="e-strike",
          note="Passive with no agent; the building is the only participant the text gives."),
    event("e-air-defence-request", "Delivery", "Zelensky asks his allies for new air-defence systems",
          ("a réclamé", None), [("agent", ALLIES), ("recipient", UKRAINE), ("theme", AIR_DEFENCE)], status="proposed",
          according_to=[ZELENSKY],
          note="A request, not a delivery: status proposed. The recipient is Ukraine, for which Zelensky asks."),
    event("e-zelensky-call", "Meeting", "Zelensky to talk with several European leaders by video on Friday",
          ("doit s’entretenir", None), [("participant", ZELENSKY), ("participant", EU_LEADERS)], status="planned",
          time="t-friday"),
    event("e-law-violation", "Event", "The strikes violate international law (Guterres)", ("violent", None),
          [("agent", RUSSIA)], according_to=[GUTERRES],
          note="Inside Guterres's quote: « Ces frappes violent le droit international »; the strikes are Russia's."),
    event("e-unsc-meeting", "Meeting", "The Security Council might meet urgently on Monday at Kyiv's request",
          ("se réunir", None), [("participant", UNSC)], status="hypothetical", time="t-monday",
          according_to=[DIPLOMAT], note="« pourrait se réunir ... à la demande de Kiev »: conditional."),
    event("e-damage-claim", "Event", "Damage caused by Ukraine's own air defence (Nebenzia's claim)",
          ("causés", None), [("agent", UKR_AIR_DEFENCE)], status="suspected", place=KYIV, according_to=[NEBENZIA],
          note="Only Nebenzia's version (« d’après lui »), against the sources of the first paragraph."),
    event("e-offensive-continues", "Event", "The Russian offensive will go on until its objectives are met",
          ("se poursuivrait", None), [("agent", RUSSIA)], status="planned", according_to=[PESKOV],
          note="A future in the past in Peskov's assurance; the offensive is Russia's."),
    event("e-november-4-attack", "Event", "A similar attack on Kyiv on 4 November, without victims",
          ("avait déjà été visée", None), [("recipient", KYIV)], place=KYIV, time="t-november-4",
          note="Passive with a nominal agent (« une attaque similaire »): the attacker is not named, so the city, "
               "the target, is the recipient."),
    event("e-no-victims", "Event", "The 4 November attack killed no one", ("n’avait pas fait de victime", None),
          [("recipient", KYIV)], status="negated", place=KYIV, time="t-november-4", part_of="e-november-4-attack"),
    event("e-intensification", "Event", "Strikes might intensify this winter", ("s’intensifient", None),
          [("agent", RUSSIA)], status="hypothetical", time="t-winter", according_to=[UKR_AUTHORITIES],
          note="« redoutent que ces frappes ne s’intensifient »: a fear, not a fact; « ces frappes » are Russia's."),
    event("e-power-destroyed", "Event", "Nearly half of Ukraine's power generation destroyed since spring",
          ("détruites", None), [("participant", POWER)], time="t-spring",
          note="Passive with no agent; « depuis le printemps » is the start of the period."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-rescue-report", "Report", "Rescue services announce at least nine civilians dead", RESCUE,
           ("ont annoncé", None), [], time="t-dawn", about=["e-strike", "e-civilian-deaths"]),
    speech("s-us-call", "Statement", "Washington calls for restraint", US, ("appel", "d’un appel"),
           [("retenue", None)], time="t-call",
           note="A nominal speech act: « un appel de Washington à la « retenue » »."),
    speech("s-mod-targets", "Statement", "Russia's defence ministry says it targeted military and energy sites",
           MOD, ("a affirmé", None), [("infrastructures militaires et énergétiques", None)],
           about=["e-strike"]),
    speech("s-mod-no-victims", "SpeechAct", "The defence ministry does not mention victims", MOD,
           ("sans évoquer", None), [], status="negated", about=["e-civilian-deaths"]),
    speech("s-reuters-images", "Report", "Images released by Reuters show a partly destroyed building", REUTERS,
           ("selon", "selon des images"), [], about=["e-building-destroyed"]),
    speech("s-zelensky-reaction", "Statement", "Zelensky: Moscow does not want peace, it wants to break us", ZELENSKY,
           ("a réagi", None), [("Moscou ne veut pas la paix. Elle veut nous briser", None)],
           evidence=("« Moscou ne veut", "ses alliés."), about=["e-strike"],
           note="One pair of guillemets around two sentences; the evidence runs from the quote to the clause."),
    speech("s-zelensky-request", "SpeechAct", "Zelensky asks his allies for new air-defence systems", ZELENSKY,
           ("a réclamé", None), [], addressee=ALLIES, about=["e-air-defence-request"]),
    speech("s-guterres-escalation", "Statement", "Guterres denounces an unacceptable escalation", GUTERRES,
           ("a dénoncé", None), [("escalade inacceptable", None)], place=NEW_YORK, about=["e-strike"]),
    speech("s-guterres-civilians", "Statement", "Guterres: civilians must never be a target; the strikes break "
           "international law", GUTERRES, ("rappelé", "a-t-il rappelé"),
           [("Les civils ne doivent jamais être une cible", None),
            ("Ces frappes violent le droit international.", None)],
           evidence=("« Les civils", "international. »"), about=["e-strike", "e-law-violation"],
           note="One quote split around « a-t-il rappelé dans un communiqué »."),
    speech("s-diplomat", "Report", "An anonymous diplomat says the Security Council might meet on Monday", DIPLOMAT,
           ("a indiqué", None), [], about=["e-unsc-meeting"]),
    speech("s-nebenzia-rejection", "Statement", "Nebenzia rejects in advance any accusation", NEBENZIA,
           ("a rejeté", None), [], about=["e-strike"]),
    speech("s-nebenzia-claim", "Statement", "Nebenzia: the damage was caused by Ukraine's own air defence", NEBENZIA,
           ("d’après", "d’après lui"), [], about=["e-damage-claim"]),
    speech("s-peskov-no-comment", "SpeechAct", "Peskov does not comment on the death toll", PESKOV,
           ("n’a pas commenté", None), [], status="negated", about=["e-civilian-deaths"]),
    speech("s-peskov-assurance", "Assurance", "Peskov: the offensive will go on until its objectives are met", PESKOV,
           ("a seulement assuré", None), [("jusqu’à ce que ses objectifs soient atteints", None)],
           about=["e-offensive-continues"]),
    speech("s-authorities-fear", "Statement", "Ukrainian authorities fear the strikes will intensify this winter",
           UKR_AUTHORITIES, ("redoutent", None), [], about=["e-intensification"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
