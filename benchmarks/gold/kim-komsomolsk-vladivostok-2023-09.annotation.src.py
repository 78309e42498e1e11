"""Gold annotation of kim-komsomolsk-vladivostok-2023-09.txt (written for the gold corpus, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/kim-komsomolsk-vladivostok-2023-09.annotation.src.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kim-komsomolsk-vladivostok-2023-09.txt"

NOTE = """\
Gold article 2: Kim Jong-un in Vladivostok (Saturday) after Komsomolsk-on-Amur (Friday); reactions of the \
United States and Japan. The file gives only the month; the text fixes the day (published_inferred). « À \
Washington » is the city as a place (Q61); « avec Washington et Séoul » are the states (metonyms). The « Amour » \
inside « Komsomolsk-sur-l’Amour » is part of the city's name, not a mention of the river. « la visite » and \
« ce rapprochement » refer back to events already annotated and are not new events, except that « ce \
rapprochement » is the only words naming the rapprochement."""

PUBLISHED_INFERRED = {
    "value": "2023-09-16", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives September 2023. « a poursuivi samedi » is past, so the article appeared on or after a "
             "Saturday; « doit quitter la Russie dimanche » is future, so before the next Sunday. A weekday named "
             "without a date is a day of the current week: Saturday 16 September 2023. « Vendredi » (pluperfect "
             "« avait visité ») is the day before, Friday 15 September 2023."),
}

KIM, RUSSIA, NK, US, JAPAN = "Q56226", "Q159", "Q423", "Q30", "Q17"
SHOIGU, KREMLIN, KCNA, KISHIDA = "Q32024", "Q2060629", "Q326804", "Q359480"
BLINKEN, PLANT, TRAIN = "local:antony-blinken", "local:komsomolsk-aircraft-plant", "local:kim-armoured-train"
MINISTRY, AIRFIELD = "local:russian-defence-ministry", "local:vladivostok-military-airfield"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    ("local:strategic-bombers", "bombardiers stratégiques", "strategic bombers", "group",
     {"unlinked_reason": "several aircraft, not one Wikidata item"}),
    (TRAIN, "train blindé de Kim Jong-un", "Kim Jong-un's armoured train", "object",
     {"unlinked_reason": "a single object with no verified Wikidata item"}),
    (AIRFIELD, "aérodrome militaire près de Vladivostok", "military airfield near Vladivostok", "place",
     {"unlinked_reason": "the article does not name it; no verified Wikidata item"}),
    ("local:tu-160-bomber", "bombardier Tu-160", "Tu-160 bomber", "object",
     {"class_qid": "Q11436", "unlinked_reason": "a single aircraft; the Tu-160 type is not among the verified ids"}),
    (MINISTRY, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    ("local:pacific-fleet-frigate", "frégate de la flotte du Pacifique", "Pacific Fleet frigate", "object",
     {"unlinked_reason": "an unnamed ship"}),
    ("local:pacific-fleet", "flotte du Pacifique", "Pacific Fleet", "organization", {"unlinked_reason": NOT_VERIFIED}),
    ("local:ria-novosti", "Ria Novosti", "RIA Novosti", "organization",
     {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (PLANT, "usine aéronautique de Komsomolsk-sur-l’Amour", "Komsomolsk-on-Amur aircraft plant", "place",
     {"class_qid": "Q83405", "unlinked_reason": "the article does not name it; no verified Wikidata item"}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État américain", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Kim Jong-un", 1, KIM, "name"),
    ("Russie", "sa tournée en Russie", RUSSIA, "name"),
    ("Vladivostok", None, "Q959", "name"),
    ("le ministre russe de la Défense", None, SHOIGU, "nominal"),
    ("Sergueï Choïgou", 1, SHOIGU, "name"),
    ("lui", "lui a présenté", KIM, "pronoun"),
    ("des bombardiers stratégiques capables de porter l’arme nucléaire", None, "local:strategic-bombers", "nominal"),
    # Arrivé à bord de son train blindé ...
    ("son train blindé", None, TRAIN, "nominal"),
    ("un aérodrome militaire proche de la ville", None, AIRFIELD, "nominal"),
    ("la ville", "proche de la ville", "Q959", "nominal"),
    ("le dirigeant nord-coréen", None, KIM, "nominal"),
    ("un bombardier Tu-160", None, "local:tu-160-bomber", "nominal"),
    ("ministère russe de la Défense", None, MINISTRY, "name"),
    ("Il", "Il a ensuite assisté", KIM, "pronoun"),
    ("une frégate de la flotte du Pacifique", None, "local:pacific-fleet-frigate", "nominal"),
    ("flotte du Pacifique", None, "local:pacific-fleet", "name"),
    # « Notre invité ... », a déclaré Sergueï Choïgou ...
    ("Notre invité", None, KIM, "nominal"),
    ("Sergueï Choïgou", 2, SHOIGU, "name"),
    ("Ria Novosti", None, "local:ria-novosti", "name"),
    ("Le ministre", "Le ministre a aussi", SHOIGU, "nominal"),
    # Vendredi, à Komsomolsk-sur-l’Amour ...
    ("Komsomolsk-sur-l’Amour", None, "Q154801", "name"),
    ("Kim Jong-un", "Kim Jong-un avait visité", KIM, "name"),
    ("une usine aéronautique", None, PLANT, "nominal"),
    ("un site", "un site visé", PLANT, "nominal"),
    ("Le numéro un nord-coréen", None, KIM, "nominal"),
    ("KCNA", None, KCNA, "name"),
    # À Washington, ... Antony Blinken ...
    ("Washington", "À Washington", "Q61", "name"),
    ("Antony Blinken", None, BLINKEN, "name"),
    ("Corée du Nord", None, NK, "name"),
    ("Russie", "vers la Russie", RUSSIA, "name"),
    ("Conseil de sécurité", None, "Q37470", "name"),
    ("il", "a-t-il averti", BLINKEN, "pronoun"),
    ("États-Unis", None, US, "name"),
    # Le Japon a lui aussi ...
    ("Japon", None, JAPAN, "name"),
    ("lui", "a lui aussi", JAPAN, "pronoun"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("ONU", None, "Q1065", "name"),
    ("Tokyo", None, JAPAN, "metonym"),
    ("Washington", "avec Washington et Séoul", US, "metonym"),
    ("Séoul", None, "Q884", "metonym"),
    # Kim Jong-un doit quitter la Russie dimanche ...
    ("Kim Jong-un", "Kim Jong-un doit quitter", KIM, "name"),
    ("Russie", "quitter la Russie", RUSSIA, "name"),
    ("le territoire russe", None, RUSSIA, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Son train blindé", None, TRAIN, "nominal"),
    ("Pyongyang", None, "Q18808", "name"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday", ("samedi", None), "2023-09-16", "day", "weekday-past",
     "Past « a poursuivi samedi »: the Saturday on or before publication, the publication day itself "
     "(published_inferred)."),
    ("t-friday", ("Vendredi", None), "2023-09-15", "day", "weekday-past",
     "Pluperfect « avait visité »: the Friday before the Saturday of the main events, 15 September 2023."),
    ("t-sunday", ("dimanche", None), "2023-09-17", "day", "weekday-future",
     "Future « doit quitter la Russie dimanche »: the Sunday after publication, 17 September 2023."),
    ("t-week", ("près d’une semaine", None), None, "duration", "explicit-duration",
     "About a week (P1W) spent in Russia."),
    ("t-early-next-week", ("en début de semaine prochaine", None), "2023-09", "month", "relative-week-future",
     "Early in the week after publication, which runs from Monday 18 to Sunday 24 September 2023: no day can be "
     "given, and the whole week lies in September 2023, so the finest true precision is the month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-vladivostok-visit", "Visit", "Kim Jong-un's tour of Russia reaches Vladivostok on Saturday",
          ("tournée", None), [("agent", KIM)], place="Q959", time="t-saturday"),
    event("e-bombers-shown", "Event", "Sergei Shoigu shows Kim Jong-un strategic bombers", ("a présenté", None),
          [("agent", SHOIGU), ("recipient", KIM), ("theme", "local:strategic-bombers")], place="Q959",
          time="t-saturday", part_of="e-vladivostok-visit"),
    event("e-airfield-arrival", "Visit", "Kim Jong-un arrives at a military airfield near Vladivostok",
          ("Arrivé", None), [("agent", KIM)], place=AIRFIELD, part_of="e-vladivostok-visit"),
    event("e-inspection", "Event", "Kim Jong-un inspects aircraft, among them a Tu-160 bomber",
          ("inspecter", None), [("agent", KIM), ("theme", "local:tu-160-bomber")], place=AIRFIELD,
          according_to=[MINISTRY], part_of="e-vladivostok-visit"),
    event("e-missile-demonstration", "Event", "Kim Jong-un attends a demonstration of hypersonic missiles",
          ("assisté", None), [("participant", KIM)], part_of="e-vladivostok-visit"),
    event("e-frigate-visit", "Visit", "Kim Jong-un visits a Pacific Fleet frigate", ("visiter", None),
          [("agent", KIM), ("theme", "local:pacific-fleet-frigate")], part_of="e-vladivostok-visit"),
    event("e-military-cooperation", "Event", "Military cooperation between Russia and North Korea (Shoigu)",
          ("coopération militaire", None), [("participant", RUSSIA), ("participant", NK)],
          according_to=[SHOIGU], note="« de nouvelles étapes » in an existing cooperation."),
    event("e-factory-visit", "Visit", "Kim Jong-un visits an aircraft plant in Komsomolsk-on-Amur on Friday",
          ("avait visité", None), [("agent", KIM), ("theme", PLANT)], place="Q154801", time="t-friday"),
    event("e-us-sanctions-plant", "Sanction", "US sanctions on the aircraft plant",
          ("sanctions", "sanctions américaines"), [("agent", US), ("recipient", PLANT)],
          note="« américaines » is an adjective (not a mention); the agent is the United States."),
    event("e-contracts", "Agreement", "Contracts that may have been concluded (KCNA does not say)",
          ("conclus", None), [("participant", NK), ("participant", PLANT)], status="hypothetical",
          note="« qui n’a pas précisé si des contrats avaient été conclus »: left open, neither said nor denied."),
    event("e-rapprochement", "Event", "Rapprochement between Russia and North Korea",
          ("rapprochement", None), [("participant", RUSSIA), ("participant", NK)]),
    event("e-arms-transfer", "Delivery", "Any transfer of arms from North Korea to Russia (Blinken)",
          ("transfert", None), [("agent", NK), ("recipient", RUSSIA)], status="hypothetical",
          according_to=[BLINKEN]),
    event("e-resolutions-violation", "Event", "An arms transfer would violate Security Council resolutions",
          ("violerait", None), [("participant", NK), ("participant", RUSSIA)], status="hypothetical",
          according_to=[BLINKEN]),
    event("e-new-us-sanctions", "Sanction", "The United States would impose new sanctions", ("imposer", None),
          [("agent", US)], status="hypothetical", according_to=[BLINKEN],
          note="« n’hésiteraient pas à imposer »: conditional, a promise of what the US would do."),
    event("e-un-sanctions", "Sanction", "UN sanctions (on North Korea) that Kishida asks Moscow to respect",
          ("sanctions", "les sanctions de l’ONU"), [("agent", "Q1065")]),
    event("e-coordination", "Event", "Japan will coordinate its response with the US and South Korea",
          ("coordonnerait", None), [("participant", JAPAN), ("participant", US), ("participant", "Q884")],
          status="planned", according_to=[KISHIDA]),
    event("e-kim-departure", "Event", "Kim Jong-un is to leave Russia on Sunday", ("quitter", None),
          [("agent", KIM)], status="planned", place=RUSSIA, time="t-sunday", according_to=[KREMLIN]),
    event("e-train-return", "Event", "Kim's armoured train is expected back in Pyongyang early next week",
          ("regagner", None), [("participant", TRAIN)], status="planned", place="Q18808",
          time="t-early-next-week", note="« devrait regagner »: expected."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ministry-images", "Report", "Russian defence ministry images of the inspection", MINISTRY,
           ("selon", "selon des images"), [], about=["e-inspection"]),
    speech("s-shoigu-best", "Statement", "Shoigu: our guest saw the best of Russian aviation", SHOIGU,
           ("a déclaré", None), [("Notre invité a pu voir ce que l’aviation russe a de meilleur", None)],
           according_to=["local:ria-novosti"], about=["e-bombers-shown"]),
    speech("s-shoigu-steps", "Statement", "Shoigu speaks of new steps in military cooperation", SHOIGU,
           ("évoqué", None), [("de nouvelles étapes", None)], about=["e-military-cooperation"]),
    speech("s-kim-impressed", "Statement", "Kim says he is impressed by the production line", KIM,
           ("s’est dit", None), [("impressionné", None)], according_to=[KCNA], about=["e-factory-visit"]),
    speech("s-kcna-report", "Report", "KCNA reports Kim's words at the plant", KCNA, ("a rapporté", None), [],
           about=["s-kim-impressed", "e-factory-visit"]),
    speech("s-kcna-silent", "SpeechAct", "KCNA does not say whether contracts were concluded", KCNA,
           ("précisé", "n’a pas précisé"), [], status="negated", about=["e-contracts"]),
    speech("s-blinken-concern", "Statement", "Blinken finds the rapprochement very worrying", BLINKEN,
           ("a jugé", None), [("très préoccupant", None)], about=["e-rapprochement"]),
    speech("s-blinken-warning", "Warning", "Blinken warns that arms transfers would violate UN resolutions",
           BLINKEN, ("averti", None),
           [("Tout transfert d’armes de la Corée du Nord vers la Russie violerait plusieurs résolutions du "
             "Conseil de sécurité", None)], about=["e-arms-transfer", "e-resolutions-violation"]),
    speech("s-blinken-promise", "Assurance", "Blinken promises new US sanctions if needed", BLINKEN,
           ("promettant", None), [], about=["e-new-us-sanctions"]),
    speech("s-japan-concern", "Statement", "Japan expresses its concern", JAPAN, ("exprimé", None), [],
           about=["e-rapprochement"]),
    speech("s-kishida-call", "Statement", "Kishida calls on Moscow to respect the UN sanctions", KISHIDA,
           ("a appelé", None), [], addressee=RUSSIA, about=["e-un-sanctions"]),
    speech("s-kishida-coordination", "Assurance", "Kishida: Tokyo will coordinate closely with Washington and "
           "Seoul", KISHIDA, ("assurant", None), [("coordonnerait étroitement", None)], about=["e-coordination"]),
    speech("s-kremlin-schedule", "Report", "The Kremlin announces Kim's departure on Sunday", KREMLIN,
           ("a indiqué", None), [], about=["e-kim-departure"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
