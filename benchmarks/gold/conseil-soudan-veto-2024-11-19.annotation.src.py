"""Held-out annotation of conseil-soudan-veto-2024-11-19.txt (written for the tenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/conseil-soudan-veto-2024-11-19.annotation.src.py [--check]

Held-out set 10: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "conseil-soudan-veto-2024-11-19.txt"

NOTE = """\
Held-out-10 article 1: Russia's veto of a Security Council draft calling for a ceasefire in Sudan, published \
Tuesday 19 November 2024 (the file gives the day; the vote was on the Monday). What it exercises: a veto on a \
past weekday with a nominal demand inside the draft's name (« appelant à un cessez-le-feu immédiat »: a speech act \
of the two sponsors, the ceasefire proposed); a war with two sides and a toll « depuis avril 2023 »; a passive \
sponsorship by two states; a document's demand with a quote (the draft speaks for its sponsors); a vote by a local \
group (« Les quatorze autres membres du Conseil »); a two-sentence quote with the speaker after it and a pronoun \
taking him up; a reproach with a quote and a participle of opinion; a welcome of the vote by the Sudanese \
ambassador; a pluperfect call on a past Thursday with a quote; a suspicion with its source (« Selon plusieurs \
organisations humanitaires, ... sont soupçonnées ») and a denial (« ce que les paramilitaires démentent »); a \
conditional new draft « d’ici la fin de l’année » told by an anonymous diplomat, with a negated detail; a toll \
sourced with « d’après » and a relative clause of speech (« qui parle de »). « Moscou » and « Londres » are \
metonyms for Russia and the United Kingdom. Sudan, its army, the RSF, the United Kingdom, Sierra Leone, David \
Lammy, Al-Harith Idriss, New York, Port Sudan, the Sudanese government, Al-Jazira, the IOM, the humanitarian \
organisations, the fourteen other members and the British diplomat are not in ids.tsv: local, unlinked. \
« Un seul pays » (twice, inside Lammy's quote) is an indefinite description that refers to Russia: a nominal \
mention each time. Not mentions: « Le texte » (the draft), « aux belligérants » and « les deux camps » (the \
two sides, written as a pair), « des Soudanais » (generic), « des centaines d’habitants », « plus de onze \
millions de personnes »."""

RUSSIA, UNSC, UN, NEBENZIA, GUTERRES = "Q159", "Q37470", "Q1065", "Q1000053", "Q311440"
SUDAN, SAF, RSF, UK, SIERRA = "local:sudan", "local:sudanese-armed-forces", "local:rapid-support-forces", \
    "local:united-kingdom", "local:sierra-leone"
LAMMY, IDRISS, NEW_YORK, PORT_SUDAN = "local:david-lammy", "local:al-harith-idriss", "local:new-york", \
    "local:port-sudan"
SUDAN_GOV, JAZIRA, IOM, NGOS = "local:sudanese-government", "local:al-jazira-state", "local:iom", \
    "local:humanitarian-organisations"
FOURTEEN, UK_DIPLOMAT, DRAFT = "local:fourteen-council-members", "local:british-diplomat", \
    "local:sudan-ceasefire-draft-2024-11"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (SUDAN, "Soudan", "Sudan", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SAF, "armée soudanaise", "Sudanese Armed Forces", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (RSF, "Forces de soutien rapide", "Rapid Support Forces", "organization",
     {"description": "paramilitaires soudanais", "unlinked_reason": NOT_VERIFIED}),
    (UK, "Royaume-Uni", "United Kingdom", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SIERRA, "Sierra Leone", "Sierra Leone", "country", {"unlinked_reason": NOT_VERIFIED}),
    (LAMMY, "David Lammy", "David Lammy", "person",
     {"description": "ministre britannique des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (IDRISS, "Al-Harith Idriss", "Al-Harith Idriss", "person",
     {"description": "ambassadeur du Soudan à l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PORT_SUDAN, "Port-Soudan", "Port Sudan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SUDAN_GOV, "gouvernement soudanais", "Government of Sudan", "organization",
     {"description": "siégeant à Port-Soudan", "unlinked_reason": NOT_VERIFIED}),
    (JAZIRA, "État d’Al-Jazira", "Al Jazirah State", "place", {"unlinked_reason": NOT_VERIFIED}),
    (IOM, "Organisation internationale pour les migrations", "International Organization for Migration",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (NGOS, "plusieurs organisations humanitaires", "several humanitarian organisations", "organization",
     {"unlinked_reason": "an unnamed group"}),
    (FOURTEEN, "les quatorze autres membres du Conseil", "the fourteen other Council members", "organization",
     {"unlinked_reason": "a group of states, not one Wikidata item"}),
    (UK_DIPLOMAT, "un diplomate britannique", "a British diplomat", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (DRAFT, "projet de résolution sur le Soudan (novembre 2024)", "draft resolution on Sudan (November 2024)",
     "other", {"unlinked_reason": "a draft with no Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Russie", None, RUSSIA, "name"),
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", "sécurité de l’ONU", UN, "name"),
    ("Soudan", "au Soudan", SUDAN, "name"),
    ("l’armée", None, SAF, "nominal"),
    ("Forces de soutien rapide", None, RSF, "name"),
    ("FSR", 1, RSF, "name"),
    # Le texte, présenté par ...
    ("Royaume-Uni", None, UK, "name"),
    ("Sierra Leone", None, SIERRA, "name"),
    ("Les quatorze autres membres du Conseil", None, FOURTEEN, "nominal"),
    ("Conseil", "membres du Conseil", UNSC, "nominal"),
    # « Un seul pays ... »
    ("Un seul pays", 1, RUSSIA, "nominal"),
    ("Un seul pays", 2, RUSSIA, "nominal"),
    ("le chef de la diplomatie britannique", None, LAMMY, "nominal"),
    ("David Lammy", None, LAMMY, "name"),
    ("New York", None, NEW_YORK, "name"),
    ("Il", "Il a qualifié", LAMMY, "pronoun"),
    # L’ambassadeur russe ...
    ("L’ambassadeur russe", None, NEBENZIA, "nominal"),
    ("Vassili Nebenzia", None, NEBENZIA, "name"),
    ("le gouvernement de Port-Soudan", None, SUDAN_GOV, "nominal"),
    ("Port-Soudan", None, PORT_SUDAN, "name"),
    ("ONU", "l’aide de l’ONU", UN, "name"),
    ("Son homologue soudanais", None, IDRISS, "nominal"),
    ("Al-Harith Idriss", None, IDRISS, "name"),
    ("Moscou", None, RUSSIA, "metonym"),
    # Le secrétaire général ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", "général de l’ONU", UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("plusieurs organisations humanitaires", None, NGOS, "nominal"),
    ("FSR", 2, RSF, "name"),
    ("l’État d’Al-Jazira", None, JAZIRA, "nominal"),
    ("les paramilitaires", "ce que les paramilitaires", RSF, "nominal"),
    # Londres pourrait ...
    ("Londres", None, UK, "metonym"),
    ("un diplomate britannique", None, UK_DIPLOMAT, "nominal"),
    ("l’Organisation internationale pour les migrations", None, IOM, "name"),
]

PUB_DAY = "The publication day, Tuesday 19 November 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", None), "2024-11-18", "day", "weekday-past",
     "« a opposé lundi son veto »: the Monday before the publication day (Tuesday 19 November 2024)."),
    ("t-since-april-2023", ("depuis avril 2023", None), "2023-04", "month", "explicit-month-year",
     "The war's start, April 2023: the toll runs from then."),
    ("t-thursday", ("jeudi", None), "2024-11-14", "day", "weekday-past",
     "Pluperfect « avait appelé jeudi »: the Thursday before the publication day: 14 November 2024."),
    ("t-last-month", ("le mois dernier", None), "2024-10", "month", "relative-month-past",
     "The month before November 2024: October 2024."),
    ("t-year-end", ("d’ici la fin de l’année", None), "2024", "year", "end-of-current-year",
     "A deadline: the end of 2024; the year (as « d’ici la fin juin » in benchmarks/gold/)."),
    ("t-tuesday", ("mardi", None), "2024-11-19", "day", "weekday-publication-day", PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-veto", "Event", "Russia vetoes the Security Council draft calling for a ceasefire in Sudan",
          ("a opposé", None), [("agent", RUSSIA), ("theme", DRAFT)], place=NEW_YORK, time="t-monday",
          note="The Council sits in New York (named in the third paragraph)."),
    event("e-ceasefire", "Event", "An immediate ceasefire in Sudan", ("cessez-le-feu", None),
          [("participant", SAF), ("participant", RSF)], status="proposed", place=SUDAN,
          according_to=[UK, SIERRA], note="What the draft calls for: proposed; the two sides are the parties."),
    event("e-war", "Event", "The war between the Sudanese army and the RSF", ("la guerre", 1),
          [("participant", SAF), ("participant", RSF)], place=SUDAN, time="t-since-april-2023"),
    event("e-deaths", "Event", "The war has killed tens of thousands", ("a fait des dizaines de milliers de morts",
          None), [("agent", SAF), ("agent", RSF)], place=SUDAN, time="t-since-april-2023",
          note="The toll of the war; the victims are not a mention."),
    event("e-sponsorship", "Proposal", "The United Kingdom and Sierra Leone put forward the draft", ("présenté", None),
          [("agent", UK), ("agent", SIERRA), ("theme", DRAFT)],
          note="A passive participle with two agents; a draft is a proposal of its sponsors."),
    event("e-cease-hostilities", "Event", "The warring parties to cease hostilities immediately",
          ("cesser immédiatement les hostilités", None), [("agent", SAF), ("agent", RSF)], status="proposed",
          according_to=[UK, SIERRA]),
    event("e-negotiations", "Meeting", "The warring parties to engage in negotiations", ("négociations", 1),
          [("participant", SAF), ("participant", RSF)], status="proposed", according_to=[UK, SIERRA]),
    event("e-vote-for", "Event", "The fourteen other Council members vote for the draft", ("ont voté", None),
          [("agent", FOURTEEN), ("theme", DRAFT)], place=NEW_YORK, time="t-monday",
          note="No weekday of its own: the vote is the veto's Monday."),
    event("e-session", "Meeting", "Lammy chairs the Council session in New York", ("présidait", None),
          [("agent", LAMMY), ("participant", UNSC)], place=NEW_YORK, time="t-monday"),
    event("e-un-aid", "Event", "The Sudanese government asks for UN help", ("demander l’aide", None),
          [("agent", SUDAN_GOV), ("recipient", UN)], status="hypothetical", according_to=[NEBENZIA],
          note="« seul le gouvernement ... pouvait demander »: a possibility in Nebenzia's opinion."),
    event("e-silence-arms", "Event", "The two sides to silence their guns and protect civilians",
          ("faire taire les armes", None), [("agent", SAF), ("agent", RSF)], status="proposed",
          according_to=[GUTERRES], note="« à protéger les civils » is part of the same call."),
    event("e-killings", "Event", "The RSF killed hundreds of residents in Al-Jazira last month", ("tué", None),
          [("agent", RSF)], status="suspected", place=JAZIRA, time="t-last-month", according_to=[NGOS],
          note="« sont soupçonnées d’avoir tué »: suspected, according to the humanitarian organisations."),
    event("e-new-draft", "Proposal", "London may put forward a new draft by the end of the year",
          ("présenter", None), [("agent", UK)], status="hypothetical", time="t-year-end", according_to=[UK_DIPLOMAT],
          note="« pourrait présenter »: conditional."),
    event("e-displacement", "Event", "The war has displaced more than eleven million people", ("déplacement", None),
          [("agent", SAF), ("agent", RSF)], place=SUDAN, according_to=[IOM]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-draft-call", "Statement", "The draft calls for an immediate ceasefire in Sudan (UK)", UK,
           ("appelant", None), [], about=["e-ceasefire"],
           note="A document speaks for its sponsors: two speech acts, one trigger (UK, Sierra Leone)."),
    speech("s-draft-call-sl", "Statement", "The draft calls for an immediate ceasefire in Sudan (Sierra Leone)", SIERRA,
           ("appelant", None), [], about=["e-ceasefire"]),
    speech("s-draft-demand", "Statement", "The draft asks the warring parties to cease hostilities (UK)", UK,
           ("demandait", None), [("cesser immédiatement les hostilités", None)],
           about=["e-cease-hostilities", "e-negotiations"]),
    speech("s-draft-demand-sl", "Statement", "The draft asks the warring parties to cease hostilities (Sierra Leone)",
           SIERRA, ("demandait", None), [], about=["e-cease-hostilities", "e-negotiations"],
           note="The one pair of guillemets belongs to one speech act: the first-named sponsor's (s-draft-demand)."),
    speech("s-lammy", "Statement", "Lammy: one country stood in the way; it is the enemy of peace", LAMMY,
           ("a dénoncé", None),
           [("Un seul pays a fait obstacle. Un seul pays est l’ennemi de la paix", None)],
           evidence=("« Un seul pays a fait", "le veto russe de « honte »"), place=NEW_YORK, time="t-monday",
           about=["e-veto"], note="Words said at the vote with no weekday of their own: the veto's Monday."),
    speech("s-lammy-shame", "Statement", "Lammy calls the Russian veto a « disgrace »", LAMMY, ("a qualifié", None),
           [("honte", None)], place=NEW_YORK, time="t-monday", about=["e-veto"]),
    speech("s-nebenzia-reproach", "Statement", "Nebenzia: the sponsors want to decide in place of the Sudanese",
           NEBENZIA, ("a reproché", None), [("décider à la place des Soudanais", None)], addressee=UK,
           place=NEW_YORK, time="t-monday", about=["e-sponsorship"],
           note="« aux auteurs du texte » (the United Kingdom and Sierra Leone, not a mention): the addressee is "
                "given as the UK only, the author named first."),
    speech("s-nebenzia-opinion", "Statement", "Nebenzia: only the Sudanese government could ask for UN help",
           NEBENZIA, ("estimant", None), [], place=NEW_YORK, time="t-monday", about=["e-un-aid"]),
    speech("s-idriss", "Statement", "Sudan's ambassador welcomes Moscow's vote", IDRISS, ("s’est félicité", None), [],
           place=NEW_YORK, time="t-monday", about=["e-veto"]),
    speech("s-guterres", "Statement", "Guterres had called on both sides to silence their guns", GUTERRES,
           ("avait appelé", None), [("faire taire les armes", None)], time="t-thursday", about=["e-silence-arms"]),
    speech("s-ngos", "Statement", "Humanitarian organisations suspect the RSF of killings in Al-Jazira", NGOS,
           ("Selon", "Selon plusieurs"), [], about=["e-killings"]),
    speech("s-rsf-denial", "Statement", "The RSF deny the killings", RSF, ("démentent", None), [],
           about=["e-killings"]),
    speech("s-diplomat", "Report", "A British diplomat says London may put forward a new draft", UK_DIPLOMAT,
           ("a indiqué", None), [], time="t-tuesday", about=["e-new-draft"]),
    speech("s-diplomat-no-content", "SpeechAct", "The diplomat does not give the new draft's content", UK_DIPLOMAT,
           ("préciser", None), [], status="negated", time="t-tuesday", about=["e-new-draft"],
           note="« sans en préciser le contenu »: a negated speech act."),
    speech("s-iom", "Report", "The IOM counts more than eleven million displaced", IOM, ("d’après", None), [],
           about=["e-displacement"]),
    speech("s-iom-crisis", "Statement", "The IOM calls it the worst humanitarian crisis in the world", IOM,
           ("parle", None), [], about=["e-war"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
