"""Gold annotation of conseil-securite-veto-2024-03-29.txt (written for the gold corpus, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/conseil-securite-veto-2024-03-29.annotation.src.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "conseil-securite-veto-2024-03-29.txt"

NOTE = """\
Gold article 5: Russia's veto at the UN Security Council on the panel of experts on North Korea sanctions, \
published Friday 29 March 2024 (the file gives the day). Traps on purpose: « Conseil de sécurité russe » is \
the Security Council of Russia, another body than the UN Security Council (Q37470), and not among the \
verified ids; « la Maison Blanche » stands for the US presidency (a metonym, local: no verified item, unlike \
the Kremlin). « ce veto » and « une décision » refer back to the veto, and « Les sanctions imposées depuis \
2006 » to the sanctions of the first sentence: not new events. « les transferts d’armes » that Japan will \
watch are generic, not one event."""

RUSSIA, NK, US, JAPAN, CHINA = "Q159", "Q423", "Q30", "Q17", "Q148"
UNSC, NEBENZIA, MEDVEDEV, KISHIDA = "Q37470", "Q1000053", "Q23530", "Q359480"
PANEL, WEST, WHITE_HOUSE = "local:un-panel-of-experts", "local:western-countries", "local:white-house"
HAYASHI, DRAFT, DIPLOMATS = "local:yoshimasa-hayashi", "local:draft-resolution", "local:diplomats"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (PANEL, "groupe d’experts de l’ONU sur la Corée du Nord", "UN Panel of Experts on North Korea", "organization",
     {"description": "créé en 2009 pour surveiller l’application des sanctions", "unlinked_reason": NOT_VERIFIED}),
    (DRAFT, "projet de résolution américain", "US draft resolution", "other",
     {"unlinked_reason": "a draft that was not adopted; no Wikidata item"}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    ("local:korean-peninsula", "péninsule coréenne", "Korean Peninsula", "place", {"unlinked_reason": NOT_VERIFIED}),
    ("local:security-council-of-russia", "Conseil de sécurité de la fédération de Russie",
     "Security Council of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED + "; not the UN Security Council (Q37470)"}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    ("local:government-of-japan", "gouvernement japonais", "Government of Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (HAYASHI, "Yoshimasa Hayashi", "Yoshimasa Hayashi", "person",
     {"description": "porte-parole du gouvernement japonais", "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS, "plusieurs diplomates", "several diplomats", "group", {"unlinked_reason": "unnamed people"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Russie", "La Russie a opposé", RUSSIA, "name"),
    ("groupe d’experts de l’ONU", None, PANEL, "nominal"),
    ("ONU", "groupe d’experts de l’ONU", "Q1065", "name"),
    ("Corée du Nord", "sanctions contre la Corée du Nord", NK, "name"),
    # Le Conseil de sécurité a voté ...
    ("Conseil de sécurité", "Le Conseil de sécurité a voté", UNSC, "name"),
    ("projet de résolution", None, DRAFT, "nominal"),
    ("États-Unis", "présenté par les États-Unis", US, "name"),
    ("Chine", None, CHINA, "name"),
    # « Le mandat du groupe ... », a justifié l’ambassadeur russe à l’ONU, Vassili Nebenzia ...
    ("groupe", "Le mandat du groupe ne", PANEL, "nominal"),
    ("l’ambassadeur russe à l’ONU", None, NEBENZIA, "nominal"),
    ("ONU", "l’ambassadeur russe à l’ONU", "Q1065", "name"),
    ("Vassili Nebenzia", None, NEBENZIA, "name"),
    ("les Occidentaux", None, WEST, "nominal"),
    ("Corée du Nord", "« étrangler » la Corée du Nord", NK, "name"),
    ("lui", "Selon lui", NEBENZIA, "pronoun"),
    ("la péninsule", None, "local:korean-peninsula", "nominal"),
    # Le vice-président du Conseil de sécurité russe, Dmitri Medvedev ...
    ("Le vice-président du Conseil de sécurité russe", None, MEDVEDEV, "nominal"),
    ("Conseil de sécurité russe", None, "local:security-council-of-russia", "name"),
    ("Dmitri Medvedev", None, MEDVEDEV, "name"),
    ("le groupe d’experts", "qualifié le groupe d’experts", PANEL, "nominal"),
    ("États-Unis", "au service des États-Unis", US, "name"),
    # Washington a aussitôt dénoncé ...
    ("Washington", None, US, "metonym"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("Kiev", None, "Q212", "metonym"),
    # À Tokyo, le Premier ministre Fumio Kishida ...
    ("Tokyo", None, "Q1490", "name"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("le porte-parole du gouvernement", None, HAYASHI, "nominal"),
    ("gouvernement", "porte-parole du gouvernement", "local:government-of-japan", "nominal"),
    ("Yoshimasa Hayashi", None, HAYASHI, "name"),
    ("Japon", None, JAPAN, "name"),
    # Le groupe d’experts, créé en 2009 ...
    ("Le groupe d’experts", None, PANEL, "nominal"),
    ("Russie", "à la Russie", RUSSIA, "name"),
    # Les sanctions imposées depuis 2006 par le Conseil de sécurité ...
    ("Conseil de sécurité", "par le Conseil de sécurité restent", UNSC, "name"),
    ("plusieurs diplomates", None, DIPLOMATS, "nominal"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2024-03-28", "day", "weekday-past",
     "Past « a opposé jeudi »: the Thursday before the publication day (Friday 29 March 2024): 28 March 2024."),
    ("t-fifteen-years", ("quinze ans", None), None, "duration", "explicit-duration",
     "Fifteen years (P15Y) of monitoring, 2009 to 2024."),
    ("t-2009", ("en 2009", None), "2009", "year", "explicit-year", "A year stays a year."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "The year before the publication year: 2023."),
    ("t-end-april", ("fin avril", None), "2024-04", "month", "month-future",
     "Future « expirera fin avril »: the end of the next April, in April 2024; no day is given."),
    ("t-2006", ("depuis 2006", None), "2006", "year", "explicit-year", "Sanctions imposed since 2006: a year."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-veto", "Event", "Russia vetoes the renewal of the UN panel of experts on North Korea",
          ("veto", "son veto au"), [("agent", RUSSIA), ("theme", PANEL)], time="t-thursday",
          note="« La Russie a opposé jeudi son veto »; also « ce veto » (Kishida) and « une décision » (Washington)."),
    event("e-renewal", "Event", "The renewal of the panel's mandate, blocked", ("renouvellement", None),
          [("agent", UNSC), ("theme", PANEL)], status="negated", time="t-thursday",
          note="Vetoed: it did not happen."),
    event("e-sanctions", "Sanction", "UN Security Council sanctions on North Korea, since 2006",
          ("sanctions", "sanctions contre la Corée du Nord"), [("agent", UNSC), ("recipient", NK)], time="t-2006",
          note="The agent is the Council whose panel monitors them; « Les sanctions imposées depuis 2006 par le "
               "Conseil de sécurité » (last paragraph) restates them and gives their time."),
    event("e-monitoring", "Event", "Fifteen years of independent monitoring by the panel", ("contrôle", None),
          [("agent", PANEL)], time="t-fifteen-years"),
    event("e-vote", "Event", "The Security Council votes 13 to 2 for the draft resolution", ("a voté", None),
          [("agent", UNSC), ("theme", DRAFT)], time="t-thursday",
          note="The same session as the veto; thirteen of fifteen votes in favour."),
    event("e-draft-presented", "Proposal", "The United States present the draft resolution", ("présenté", None),
          [("agent", US), ("theme", DRAFT)]),
    event("e-china-abstains", "Event", "China abstains", ("s’abstenant", None), [("agent", CHINA)],
          time="t-thursday"),
    event("e-strangle", "Event", "The West seeks to strangle North Korea (Nebenzia's accusation)",
          ("étrangler", None), [("agent", WEST), ("recipient", NK)], status="suspected", according_to=[NEBENZIA]),
    event("e-concealment", "Event", "Moscow seeks to hide its purchases of North Korean arms (White House)",
          ("dissimuler", None), [("agent", RUSSIA)], status="suspected", according_to=[WHITE_HOUSE]),
    event("e-arms-purchases", "Delivery", "Russian purchases of North Korean arms (White House)",
          ("achats", None), [("agent", NK), ("recipient", RUSSIA)], status="suspected", according_to=[WHITE_HOUSE],
          note="« nord-coréennes » is an adjective: the arms come from North Korea, Russia buys them."),
    event("e-arms-used", "Event", "The arms used against Ukrainian cities (according to Kyiv)", ("utilisées", None),
          [("agent", RUSSIA), ("recipient", "Q212")], status="suspected", according_to=["Q212"]),
    event("e-japan-monitoring", "Event", "Japan will keep watching arms transfers with its partners",
          ("surveiller", "continuerait à surveiller"), [("agent", JAPAN)], status="planned",
          according_to=[HAYASHI]),
    event("e-panel-creation", "Event", "The panel of experts was created in 2009", ("créé", None),
          [("agent", UNSC), ("theme", PANEL)], time="t-2009",
          note="Passive with no agent written; the UN Security Council sets up its panels (« groupe d’experts de "
               "l’ONU », whose mandate it renews)."),
    event("e-deliveries", "Delivery", "Presumed deliveries of North Korean munitions to Russia",
          ("livraisons", None), [("agent", NK), ("recipient", RUSSIA)], status="suspected", according_to=[PANEL],
          note="« des livraisons présumées », documented by the panel."),
    event("e-mandate-expiry", "Event", "The panel's mandate expires at the end of April", ("expirera", None),
          [("participant", PANEL)], status="planned", time="t-end-april"),
    event("e-no-monitoring", "Event", "Sanctions no longer independently monitored", ("contrôlée", None),
          [("agent", PANEL)], status="negated", according_to=[DIPLOMATS],
          note="« leur application ne sera plus contrôlée de manière indépendante »: a future negation."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-nebenzia-mandate", "Statement", "Nebenzia: the panel's mandate no longer fits reality", NEBENZIA,
           ("a justifié", None), [("Le mandat du groupe ne correspond plus à la réalité", None)],
           about=["e-veto"]),
    speech("s-nebenzia-accusation", "Statement", "Nebenzia accuses the West of seeking to strangle North Korea",
           NEBENZIA, ("accusant", None), [("étrangler", None)], about=["e-strangle"]),
    speech("s-nebenzia-no-effect", "Statement", "Nebenzia: the sanctions have no effect", NEBENZIA,
           ("Selon", "Selon lui"), [("aucun effet", None)], about=["e-sanctions"]),
    speech("s-medvedev", "Statement", "Medvedev calls the panel an instrument of pressure", MEDVEDEV,
           ("qualifié", None), [("instrument de pression", None)]),
    speech("s-us-irresponsible", "Statement", "Washington denounces an irresponsible decision", US,
           ("dénoncé", None), [("irresponsable", None)], about=["e-veto"]),
    speech("s-white-house", "SpeechAct", "The White House: Moscow hides its arms purchases", WHITE_HOUSE,
           ("Pour", "Pour la Maison Blanche"), [], about=["e-concealment", "e-arms-purchases"]),
    speech("s-kyiv", "Report", "Kyiv says the arms are used against Ukrainian cities", "Q212",
           ("selon", "selon Kiev"), [], about=["e-arms-used"]),
    speech("s-kishida-regret", "Statement", "Kishida deeply regrets the veto", KISHIDA, ("a regretté", None),
           [("profondément", None)], about=["e-veto"]),
    speech("s-hayashi", "Assurance", "Hayashi: Japan will keep watching arms transfers with its partners", HAYASHI,
           ("a assuré", None), [("avec ses partenaires", None)], about=["e-japan-monitoring"]),
    speech("s-panel-report", "Report", "The panel documented presumed munitions deliveries last year", PANEL,
           ("documenté", None), [], time="t-last-year", about=["e-deliveries"]),
    speech("s-diplomats", "Warning", "Diplomats warn the sanctions will no longer be independently monitored",
           DIPLOMATS, ("ont averti", None), [], about=["e-no-monitoring", "e-sanctions"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
