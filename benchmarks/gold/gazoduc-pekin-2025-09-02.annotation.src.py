"""Held-out annotation of gazoduc-pekin-2025-09-02.txt (written for the eighth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/gazoduc-pekin-2025-09-02.annotation.src.py [--check]

Held-out set 8: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "gazoduc-pekin-2025-09-02.txt"

NOTE = """\
Held-out-8 article 4: Gazprom signs a memorandum on the Power of Siberia 2 pipeline in Beijing, published Tuesday \
2 September 2025 (the file gives the day). What it exercises: a company as the signer of an agreement with a \
one-quote adjective (« un mémorandum « juridiquement contraignant » »: the quote belongs to Miller's announcement), \
sourced after the clause to its head by a possessive role noun (« a annoncé son patron, Alexeï Miller »); a \
planned construction and a relative planned link (« qui doit relier la Russie à la Chine via la Mongolie »); the \
signing restated in the passive (« L’accord a été conclu en marge de la visite d’État »: one event) and a \
participle reception with its agent (« reçu dans la matinée par Xi Jinping »); « Le document prévoit la livraison » \
(planned) and a negated passive with no actor (« n’a pas été rendu public »: no event) beside negotiations « depuis \
plus de dix ans » (a duration); a quote first before « devant son hôte » sourced to state television images; an \
emphatic « lui » and a call with a quote relayed by Xinhua; a participle opening the sentence with no actor \
(« Privée de ... »: no event) and an aim (« cherche à réorienter »: planned); deliveries « depuis 2019 » by the \
existing pipeline; a quote with a descriptive apposition and a participle with its own quote (« jugeant que Pékin \
pourrait encore « faire traîner » les discussions »: a second speech act, the stalling hypothetical); a \
conditional start « dès l’an prochain » (2026); a negated speech act without a verb of speech (« Le Kremlin n’a \
avancé aucun calendrier »); a planned attendance « Mercredi » at a parade and an anniversary counted back (« les 80 \
ans de la fin de la Seconde Guerre mondiale »: 1945, a time attached to nothing, as in benchmarks/gold). « Pékin » \
is the city where the signing takes place (Q956) and China in « Pékin pourrait encore » (Q148). « L’accord », « Le \
document » and « Un mémorandum » (inside the quote) restate the signed memorandum, an event, not an entity: not \
mentions; « Force de Sibérie 2 » (after « le gazoduc », a title) and « Le gazoduc actuel, Force de Sibérie » are \
two local objects; « Sibérie » inside their names only names them: not a mention of Siberia (Q5428). « Nos \
relations » (both countries), « le marché européen », « les discussions » (the negotiations restated) and « les \
travaux » are not mentions. The parade's place (Beijing) is implied by the story and annotated. The parade \
recalls the neighbouring gold story benchmarks/gold/kim-pekin-defile-2025-09-03 in one sentence, written as new \
text. Gazprom, Miller, the pipelines, Mongolia, Asia, Russian state television, Xinhua, the analysts, Vakulenko, \
the Carnegie centre and Tsivilev are not in ids.tsv: local, unlinked."""

PUTIN, XI, KREMLIN, RUSSIA, CHINA, UKRAINE = "Q7747", "Q15031", "Q2060629", "Q159", "Q148", "Q212"
BEIJING, INVASION = "Q956", "Q110999040"
GAZPROM, PS2, MONGOLIA, MILLER = "local:gazprom", "local:power-of-siberia-2", "local:mongolia", "local:alexey-miller"
RU_TV, XINHUA, ASIA, PS1 = "local:russian-state-television", "local:xinhua", "local:asia", "local:power-of-siberia"
ANALYSTS, VAKULENKO, CARNEGIE, TSIVILEV = "local:energy-analysts", "local:sergey-vakulenko", \
    "local:carnegie-russia-eurasia-center", "local:sergey-tsivilev"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (GAZPROM, "Gazprom", "Gazprom", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PS2, "Force de Sibérie 2", "Power of Siberia 2", "object", {"unlinked_reason": NOT_VERIFIED}),
    (MONGOLIA, "Mongolie", "Mongolia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Alexeï Miller", "Alexey Miller", "person",
     {"description": "patron de Gazprom", "unlinked_reason": NOT_VERIFIED}),
    (RU_TV, "télévision d’État russe", "Russian state television", "organization",
     {"unlinked_reason": "not one identified channel"}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ASIA, "Asie", "Asia", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PS1, "Force de Sibérie", "Power of Siberia", "object", {"unlinked_reason": NOT_VERIFIED}),
    (ANALYSTS, "analystes", "analysts", "group", {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (VAKULENKO, "Sergueï Vakoulenko", "Sergey Vakulenko", "person",
     {"description": "chercheur au centre Carnegie", "unlinked_reason": NOT_VERIFIED}),
    (CARNEGIE, "centre Carnegie", "Carnegie Russia Eurasia Center", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TSIVILEV, "Sergueï Tsivilev", "Sergey Tsivilev", "person",
     {"description": "ministre russe de l’Énergie", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Gazprom", None, GAZPROM, "name"),
    ("Pékin", 1, BEIJING, "name"),
    ("Force de Sibérie 2", None, PS2, "name"),
    ("Russie", 1, RUSSIA, "name"),
    ("Chine", "à la Chine via", CHINA, "name"),
    ("Mongolie", None, MONGOLIA, "name"),
    ("son patron", None, MILLER, "nominal"),
    ("Alexeï Miller", None, MILLER, "name"),
    # L’accord a été conclu ...
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Xi Jinping", None, XI, "name"),
    # « Nos relations ... »
    ("le président russe", None, PUTIN, "nominal"),
    ("son hôte", None, XI, "nominal"),
    ("la télévision d’État", None, RU_TV, "nominal"),
    ("Le numéro un chinois", None, XI, "nominal"),
    ("lui", "a, lui,", XI, "pronoun"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # Privée de la majeure partie ...
    ("l’invasion de l’Ukraine", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("Russie", "la Russie cherche", RUSSIA, "name"),
    ("Asie", 1, ASIA, "name"),
    ("Le gazoduc actuel", None, PS1, "nominal"),
    ("Force de Sibérie", "actuel, Force de Sibérie,", PS1, "name"),
    ("Chine", "à la Chine depuis", CHINA, "name"),
    # Des analystes ...
    ("Des analystes", None, ANALYSTS, "nominal"),
    ("Sergueï Vakoulenko", None, VAKULENKO, "name"),
    ("chercheur au centre Carnegie", None, VAKULENKO, "nominal"),
    ("centre Carnegie", None, CARNEGIE, "name"),
    ("Pékin", "que Pékin", CHINA, "metonym"),
    # Le ministre russe de l’Énergie ...
    ("Le ministre russe de l’Énergie", None, TSIVILEV, "nominal"),
    ("Sergueï Tsivilev", None, TSIVILEV, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    # Mercredi, M. Poutine ...
    ("Poutine", "M. Poutine", PUTIN, "name"),
    ("Xi", "M. Xi", XI, "name"),
    ("Asie", 2, ASIA, "name"),
]

PUB_DAY = "The publication day, Tuesday 2 September 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", None), "2025-09-02", "day", "weekday-publication-day", PUB_DAY),
    ("t-morning", ("dans la matinée", None), "2025-09-02", "day", "part-of-day",
     "The morning of the publication day (the reception)."),
    ("t-ten-years", ("plus de dix ans", None), None, "duration", "explicit-duration",
     "« objet de négociations depuis plus de dix ans »: how long the negotiations have lasted, a duration."),
    ("t-since-2019", ("depuis 2019", None), "2019", "year", "explicit-year",
     "« livre du gaz à la Chine depuis 2019 »: the start (« depuis X » is annotated as X)."),
    ("t-next-year", ("dès l’an prochain", None), "2026", "year", "relative-year-future",
     "The year after publication: 2026."),
    ("t-wednesday", ("Mercredi", None), "2025-09-03", "day", "weekday-future",
     "« Mercredi, M. Poutine doit assister »: the Wednesday after the publication day."),
    ("t-1945", ("les 80 ans", None), "1945", "year", "anniversary-count-back",
     "« les 80 ans de la fin de la Seconde Guerre mondiale en Asie », in 2025: 1945, the year; attached to "
     "nothing (the end of the war has no trigger of its own here), as in benchmarks/gold."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-signing", "Agreement", "Gazprom signs a legally binding memorandum on Power of Siberia 2 in Beijing",
          ("a signé", None), [("agent", GAZPROM), ("theme", PS2)], place=BEIJING, time="t-tuesday",
          according_to=[MILLER], part_of="e-state-visit",
          note="« L’accord a été conclu en marge de la visite d’État » restates it (one event): hence part_of."),
    event("e-construction", "Event", "Construction of the Power of Siberia 2 pipeline", ("construction", None),
          [("theme", PS2), ("participant", GAZPROM)], status="planned", according_to=[MILLER]),
    event("e-link", "Event", "The pipeline is to link Russia to China via Mongolia", ("relier", None),
          [("participant", PS2), ("participant", RUSSIA), ("participant", CHINA), ("participant", MONGOLIA)],
          status="planned", according_to=[MILLER], note="« qui doit relier »: planned."),
    event("e-state-visit", "Visit", "Vladimir Putin's state visit to China", ("visite", None), [("agent", PUTIN)],
          place=CHINA, note="« la visite d’État de Vladimir Poutine »: no time of its own."),
    event("e-reception", "Meeting", "Putin received by Xi Jinping in the morning", ("reçu", None),
          [("agent", XI), ("recipient", PUTIN)], place=BEIJING, time="t-morning", part_of="e-state-visit",
          note="A passive participle with its agent; the place comes from « à Pékin » in the lead."),
    event("e-gas-deliveries", "Delivery", "Delivery of 50 billion cubic metres of gas a year to China",
          ("livraison", None), [("agent", RUSSIA), ("recipient", CHINA)], status="planned",
          note="« Le document prévoit la livraison »: what the memorandum provides for, planned; the parties "
               "come from the link Russia-China."),
    event("e-price-talks", "Event", "Negotiations over the price for more than ten years", ("négociations", None),
          [("participant", RUSSIA), ("participant", CHINA)], time="t-ten-years",
          note="« objet de négociations depuis plus de dix ans »; « les discussions » restates them."),
    event("e-reorientation", "Event", "Russia seeks to redirect its exports towards Asia", ("réorienter", None),
          [("agent", RUSSIA), ("recipient", ASIA)], status="planned",
          note="« cherche à réorienter »: an aim, planned."),
    event("e-ps1-deliveries", "Delivery", "Power of Siberia has delivered gas to China since 2019", ("livre", None),
          [("participant", PS1), ("agent", RUSSIA), ("recipient", CHINA)], time="t-since-2019",
          note="The pipeline is the channel (participant); Russia, the supplier, is implied."),
    event("e-stalling", "Event", "Beijing could still drag out the talks", ("faire traîner", None),
          [("agent", CHINA)], status="hypothetical", according_to=[VAKULENKO]),
    event("e-works-start", "Event", "The works could start as early as next year", ("commencer", None),
          [("participant", GAZPROM), ("theme", PS2)], status="hypothetical", time="t-next-year",
          according_to=[TSIVILEV], note="« les travaux pourraient commencer »: hypothetical; the builder implied."),
    event("e-parade-attendance", "Event", "Putin to attend the parade alongside Xi on Wednesday", ("assister", None),
          [("agent", PUTIN), ("participant", XI)], status="planned", place=BEIJING, time="t-wednesday",
          part_of="e-state-visit"),
    event("e-parade", "Event", "The parade for the 80th anniversary of the end of the Second World War in Asia",
          ("défilé", None), [("agent", CHINA)], status="planned", place=BEIJING, time="t-wednesday",
          note="« organisé pour »: the organiser, China, is implied."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-miller", "Statement", "Miller announces the signing of a legally binding memorandum", MILLER,
           ("a annoncé", None), [("juridiquement contraignant", None)], time="t-tuesday",
           about=["e-signing", "e-construction", "e-link"],
           note="The quoted adjective inside the lead belongs to the announcement sourced after the clause."),
    speech("s-putin", "Statement", "Putin: our relations are at an unprecedented level", PUTIN, ("a déclaré", None),
           [("Nos relations sont à un niveau sans précédent", None)], addressee=XI, place=BEIJING,
           according_to=[RU_TV], note="« devant son hôte »: Xi is the addressee."),
    speech("s-russian-tv", "Report", "State television images of Putin's words", RU_TV, ("selon", "selon des images"),
           [], about=["s-putin"]),
    speech("s-xi", "Statement", "Xi calls for broader energy cooperation", XI, ("appelé", None),
           [("élargir la coopération énergétique", None)], according_to=[XINHUA]),
    speech("s-xinhua", "Report", "Xinhua reports Xi's call", XINHUA, ("a rapporté", None), [], about=["s-xi"]),
    speech("s-vakulenko", "Statement", "Vakulenko: a memorandum is not a contract", VAKULENKO, ("a estimé", None),
           [("Un mémorandum n’est pas un contrat", None)], about=["e-signing"]),
    speech("s-vakulenko-stalling", "Statement", "Vakulenko: Beijing could still drag out the talks", VAKULENKO,
           ("jugeant", None), [("faire traîner", None)], about=["e-stalling", "e-price-talks"],
           note="A participle with its own guillemets: a second speech act."),
    speech("s-tsivilev", "Statement", "Tsivilev: works could start next year", TSIVILEV, ("a indiqué", None), [],
           about=["e-works-start"]),
    speech("s-kremlin", "Statement", "The Kremlin gave no timetable", KREMLIN, ("n’a avancé", None), [],
           status="negated", about=["e-works-start"],
           note="« n’a avancé aucun calendrier »: a negated speech act without a verb of speech proper, as « sans "
                "avancer de date » in benchmarks/gold."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
