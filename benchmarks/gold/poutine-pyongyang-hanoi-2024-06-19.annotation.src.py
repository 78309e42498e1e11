"""Gold annotation of poutine-pyongyang-hanoi-2024-06-19.txt (written for the gold corpus, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/poutine-pyongyang-hanoi-2024-06-19.annotation.src.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "poutine-pyongyang-hanoi-2024-06-19.txt"

NOTE = """\
Gold article 3: Putin's visit to Pyongyang (a treaty, a ceremony and parade, gifts, a banquet) and his next stop \
in Vietnam, published Wednesday 19 June 2024 (the file gives the day). The city is the place where something \
happens in it (à Pyongyang, à Hanoï, se rendre à Moscou); Séoul and Washington are the states they stand for. \
« une visite d’État de deux jours » restates the planned Vietnam visit (trigger « se rendre ») and « une \
alliance » restates the treaty; neither is a new event. The talks with Tô Lâm (« discuter ») are the content \
of the planned meeting, not an event of their own."""

KIM, PUTIN, RUSSIA, NK = "Q56226", "Q7747", "Q159", "Q423"
KREMLIN, KCNA, TO_LAM, USHAKOV = "Q2060629", "Q326804", "Q10831196", "local:yuri-ushakov"
TREATY, SQUARE, AGENCIES = "local:comprehensive-strategic-partnership-treaty", "local:kim-il-sung-square", \
    "local:russian-agencies"
SPOKESPERSON = "local:south-korean-presidency-spokesperson"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (TREATY, "traité de partenariat stratégique global", "Comprehensive Strategic Partnership Treaty", "other",
     {"class_qid": "Q131569", "unlinked_reason": NOT_VERIFIED}),
    (SQUARE, "place Kim Il-sung", "Kim Il-sung Square", "place", {"unlinked_reason": NOT_VERIFIED}),
    ("local:aurus-limousine", "limousine Aurus", "Aurus limousine", "object",
     {"class_qid": "Q188475", "description": "offerte par Vladimir Poutine à Kim Jong-un en juin 2024",
      "unlinked_reason": "a single object with no Wikidata item"}),
    ("local:first-aurus-limousine", "première limousine Aurus", "first Aurus limousine", "object",
     {"class_qid": "Q188475", "description": "livrée à Kim Jong-un en février 2024",
      "unlinked_reason": "a single object with no Wikidata item"}),
    ("local:tea-set", "service à thé", "tea set", "object",
     {"class_qid": "Q3408351", "unlinked_reason": "a single object with no Wikidata item"}),
    ("local:parade-dagger", "dague de parade", "parade dagger", "object",
     {"unlinked_reason": "a single object with no Wikidata item"}),
    ("local:artworks", "œuvres d’art", "works of art", "group", {"unlinked_reason": "unnamed objects"}),
    ("local:pungsan-dogs", "chiens de race Pungsan", "pair of Pungsan dogs", "group",
     {"class_qid": "Q144", "unlinked_reason": "two unnamed dogs"}),
    (USHAKOV, "Iouri Ouchakov", "Yuri Ushakov", "person",
     {"description": "conseiller du Kremlin", "unlinked_reason": NOT_VERIFIED}),
    (AGENCIES, "les agences russes", "Russian news agencies", "group",
     {"unlinked_reason": "an unnamed group of agencies, not one Wikidata item"}),
    (SPOKESPERSON, "porte-parole de la présidence sud-coréenne", "South Korean presidential spokesperson", "person",
     {"class_qid": "Q17221", "unlinked_reason": "an unnamed person"}),
    ("local:south-korean-presidency", "présidence sud-coréenne", "Office of the President of South Korea",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Vladimir Poutine", 1, PUTIN, "name"),
    ("Kim Jong-un", 1, KIM, "name"),
    ("Pyongyang", 1, "Q18808", "name"),
    ("un traité de partenariat stratégique global", None, TREATY, "nominal"),
    ("président russe", "du président russe", PUTIN, "nominal"),
    ("Corée du Nord", "président russe en Corée du Nord", NK, "name"),
    # Le dirigeant russe est arrivé ...
    ("Le dirigeant russe", None, PUTIN, "nominal"),
    ("la capitale nord-coréenne", None, "Q18808", "nominal"),
    ("il", "où il a été", PUTIN, "pronoun"),
    ("Kim Jong-un", "par Kim Jong-un en personne", KIM, "name"),
    ("Le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "Le chef du Kremlin", KREMLIN, "metonym"),
    ("Corée du Nord", "rendu en Corée du Nord", NK, "name"),
    ("il", "lorsqu’il", PUTIN, "pronoun"),
    ("Kim Jong-il", None, "Q10665", "name"),
    ("le père de l’actuel dirigeant", None, "Q10665", "nominal"),
    ("l’actuel dirigeant", None, KIM, "nominal"),
    # Une cérémonie d’accueil ...
    ("place Kim Il-sung", None, SQUARE, "name"),
    ("Kim Il-sung", None, "Q41117", "name"),
    ("Nous", None, RUSSIA, "pronoun"),
    ("Vladimir Poutine", "a déclaré Vladimir Poutine", PUTIN, "name"),
    ("Kremlin", "traduction du Kremlin", KREMLIN, "metonym"),
    # Le président russe a offert ...
    ("Le président russe", None, PUTIN, "nominal"),
    ("son hôte", None, KIM, "nominal"),
    ("une limousine Aurus de fabrication russe", None, "local:aurus-limousine", "nominal"),
    ("celle", "après celle livrée", "local:first-aurus-limousine", "pronoun"),
    ("un service à thé", None, "local:tea-set", "nominal"),
    ("une dague de parade", None, "local:parade-dagger", "nominal"),
    ("Kim Jong-un", "Kim Jong-un lui a remis", KIM, "name"),
    ("lui", "lui a remis", PUTIN, "pronoun"),
    ("plusieurs œuvres d’art", None, "local:artworks", "nominal"),
    ("une paire de chiens de race Pungsan", None, "local:pungsan-dogs", "nominal"),
    ("Iouri Ouchakov", None, USHAKOV, "name"),
    ("conseiller du Kremlin", None, USHAKOV, "nominal"),
    ("Kremlin", "conseiller du Kremlin", KREMLIN, "metonym"),
    ("les agences russes", None, AGENCIES, "nominal"),
    # Lors du banquet officiel ...
    ("Vladimir Poutine", "Vladimir Poutine a porté", PUTIN, "name"),
    ("son homologue", None, KIM, "nominal"),
    ("Moscou", None, "Q649", "name"),
    ("Kim Jong-un", "que Kim Jong-un n’a pas", KIM, "name"),
    ("KCNA", None, KCNA, "name"),
    ("le dirigeant nord-coréen", None, KIM, "nominal"),
    ("Russie", "qualifié la Russie", RUSSIA, "name"),
    ("son pays", None, NK, "nominal"),
    # Ce rapprochement inquiète Séoul et Washington ...
    ("Séoul", None, "Q884", "metonym"),
    ("Washington", 1, "Q30", "metonym"),
    ("Ce traité", None, TREATY, "nominal"),
    ("un porte-parole de la présidence sud-coréenne", None, SPOKESPERSON, "nominal"),
    ("présidence sud-coréenne", None, "local:south-korean-presidency", "nominal"),
    ("Washington", 2, "Q30", "metonym"),
    # Après Pyongyang, Vladimir Poutine doit se rendre ...
    ("Pyongyang", "Après Pyongyang", "Q18808", "name"),
    ("Vladimir Poutine", "Vladimir Poutine doit se rendre", PUTIN, "name"),
    ("Viêt Nam", None, "Q881", "name"),
    ("Il", "Il y rencontrera", PUTIN, "pronoun"),
    ("y", "Il y rencontrera", "Q881", "pronoun"),
    ("Hanoï", None, "Q1858", "name"),
    ("Tô Lâm", None, TO_LAM, "name"),
    ("il", "qui il doit", PUTIN, "pronoun"),
    ("Kremlin", "a annoncé le Kremlin", KREMLIN, "metonym"),
]

PUB_DAY = "The file gives the publication day, Wednesday 19 June 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", 1), "2024-06-19", "day", "weekday-publication-day",
     "« ont signé mercredi »: the publication day. " + PUB_DAY),
    ("t-24-hours", ("moins de vingt-quatre heures", None), None, "duration", "explicit-duration",
     "The visit lasted less than PT24H."),
    ("t-night", ("dans la nuit de mardi à mercredi", None), "2024-06-19", "day", "night-span",
     "The night from Tuesday 18 to Wednesday 19 June 2024; an arrival « dans la nuit de mardi à mercredi » is "
     "after midnight in news usage (before it would be « mardi soir »), so the day is Wednesday 19."),
    ("t-2000", ("depuis 2000", None), "2000", "year", "explicit-year",
     "Putin's last visit and his meeting with Kim Jong-il (« depuis 2000, lorsqu’il avait rencontré »): a year."),
    ("t-february", ("en février", None), "2024-02", "month", "month-past",
     "A month named with a past participle (« livrée en février »): the last February before publication, "
     "February 2024."),
    ("t-wednesday-evening", ("mercredi soir", None), "2024-06-19", "day", "weekday-publication-day",
     "« doit se rendre mercredi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-two-days", ("de deux jours", None), None, "duration", "explicit-duration", "A two-day state visit (P2D)."),
    ("t-thursday", ("jeudi", None), "2024-06-20", "day", "weekday-future",
     "Future « rencontrera jeudi »: the Thursday after publication, 20 June 2024."),
    ("t-last-month", ("le mois dernier", None), "2024-05", "month", "relative-month-past",
     "The month before the publication month: May 2024."),
    ("t-last-week", ("la semaine dernière", None), "2024-06", "month", "relative-week-past",
     "The week before publication, Monday 10 to Sunday 16 June 2024: no day can be given, and the whole week "
     "lies in June 2024, so the finest true precision is the month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-treaty", "Agreement", "Putin and Kim sign a comprehensive strategic partnership treaty",
          ("ont signé", None), [("participant", PUTIN), ("participant", KIM), ("theme", TREATY)],
          place="Q18808", time="t-wednesday", part_of="e-putin-visit-nk"),
    event("e-mutual-assistance", "Event", "Mutual assistance in case of aggression against either country",
          ("assistance", None), [("participant", RUSSIA), ("participant", NK)], status="hypothetical",
          note="What the treaty provides « en cas d’agression »: conditional."),
    event("e-putin-visit-nk", "Visit", "Vladimir Putin's visit to North Korea, less than 24 hours",
          ("visite", "une visite de moins"), [("agent", PUTIN)], place=NK, time="t-24-hours"),
    event("e-arrival", "Visit", "Putin arrives in Pyongyang in the night from Tuesday to Wednesday",
          ("arrivé", None), [("agent", PUTIN)], place="Q18808", time="t-night", part_of="e-putin-visit-nk"),
    event("e-welcome", "Meeting", "Kim Jong-un welcomes Putin in person", ("accueilli", None),
          [("agent", KIM), ("participant", PUTIN)], place="Q18808", part_of="e-putin-visit-nk",
          note="Passive: « il a été accueilli par Kim Jong-un »; the host is the agent."),
    event("e-no-visit-since-2000", "Visit", "Putin had not been to North Korea since 2000", ("rendu", None),
          [("agent", PUTIN)], status="negated", place=NK,
          note="« ne s’était plus rendu en Corée du Nord depuis 2000 »: no visit between 2000 and this one."),
    event("e-meeting-2000", "Meeting", "Putin meets Kim Jong-il in 2000", ("rencontré", None),
          [("participant", PUTIN), ("participant", "Q10665")], place=NK, time="t-2000"),
    event("e-ceremony", "Event", "A grand welcome ceremony on Kim Il-sung Square", ("cérémonie", None),
          [("participant", PUTIN), ("participant", KIM)], place=SQUARE, part_of="e-putin-visit-nk",
          note="Passive with no agent (« a été organisée »); the two leaders are its participants."),
    event("e-parade", "Event", "A military parade during the welcome ceremony", ("défilé", None),
          [("participant", PUTIN), ("participant", KIM)], place=SQUARE, part_of="e-ceremony"),
    event("e-talks", "Meeting", "Putin and Kim hold talks", ("entretiens", None),
          [("participant", PUTIN), ("participant", KIM)], place="Q18808", part_of="e-putin-visit-nk"),
    event("e-putin-gifts", "Gift", "Putin gives Kim an Aurus limousine, a tea set and a parade dagger",
          ("a offert", None),
          [("agent", PUTIN), ("recipient", KIM), ("theme", "local:aurus-limousine"), ("theme", "local:tea-set"),
           ("theme", "local:parade-dagger")], part_of="e-putin-visit-nk", according_to=[USHAKOV]),
    event("e-first-limousine", "Delivery", "A first Aurus limousine delivered to Kim in February",
          ("livrée", None), [("recipient", KIM), ("theme", "local:first-aurus-limousine")], time="t-february",
          according_to=[USHAKOV], note="« la deuxième après celle livrée en février »; who delivered it is not said."),
    event("e-kim-gifts", "Gift", "Kim gives Putin works of art and a pair of Pungsan dogs", ("a remis", None),
          [("agent", KIM), ("recipient", PUTIN), ("theme", "local:artworks"), ("theme", "local:pungsan-dogs")],
          part_of="e-putin-visit-nk", according_to=[USHAKOV]),
    event("e-banquet", "Banquet", "The official banquet", ("banquet", None),
          [("participant", PUTIN), ("participant", KIM)], place="Q18808", part_of="e-putin-visit-nk"),
    event("e-invitation-moscow", "Invitation", "Putin invites Kim to Moscow", ("invité", "et invité son homologue"),
          [("agent", PUTIN), ("recipient", KIM)], part_of="e-banquet"),
    event("e-kim-visit-moscow", "Visit", "Kim's proposed visit to Moscow", ("se rendre", "se rendre à Moscou"),
          [("agent", KIM)], status="proposed", place="Q649"),
    event("e-acceptance-pending", "Acceptance", "Kim has not yet accepted the invitation to Moscow",
          ("acceptée", None), [("agent", KIM), ("recipient", PUTIN)], status="negated",
          note="« une invitation que Kim Jong-un n’a pas encore acceptée »."),
    event("e-rapprochement", "Event", "Rapprochement between Russia and North Korea", ("rapprochement", None),
          [("participant", RUSSIA), ("participant", NK)]),
    event("e-vietnam-visit", "Visit", "Putin is to travel to Vietnam on Wednesday evening for two days",
          ("se rendre", "doit se rendre mercredi soir"), [("agent", PUTIN)], status="planned", place="Q881",
          time="t-wednesday-evening", according_to=[KREMLIN]),
    event("e-to-lam-meeting", "Meeting", "Putin is to meet Tô Lâm in Hanoi on Thursday", ("rencontrera", None),
          [("participant", PUTIN), ("participant", TO_LAM)], status="planned", place="Q1858", time="t-thursday",
          according_to=[KREMLIN], part_of="e-vietnam-visit"),
    event("e-to-lam-election", "Event", "Tô Lâm elected president last month", ("élu", None),
          [("recipient", TO_LAM)], time="t-last-month"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-putin-support", "Statement", "Putin thanks North Korea for its support", PUTIN, ("a déclaré", None),
           [("Nous apprécions hautement votre soutien constant et invariable à la politique russe", None)],
           addressee=KIM, according_to=[KREMLIN], about=["e-talks"],
           note="« selon une traduction du Kremlin »: the Kremlin's translation carries his words."),
    speech("s-ushakov-gifts", "Report", "Yuri Ushakov details the gifts", USHAKOV, ("a précisé", None), [],
           according_to=[AGENCIES], about=["e-putin-gifts", "e-kim-gifts", "e-first-limousine"]),
    speech("s-putin-toast", "Toast", "Putin toasts the friendship between the peoples", PUTIN,
           ("a porté un toast", None), [("l’amitié entre nos peuples", None)], about=["e-banquet"]),
    speech("s-kim-friend", "Statement", "Kim calls Russia his country's most sincere friend", KIM,
           ("a qualifié", None), [("ami le plus sincère", None)], according_to=[KCNA]),
    speech("s-kcna-report", "Report", "KCNA reports Kim's words", KCNA, ("Selon", "Selon l’agence KCNA"), [],
           about=["s-kim-friend"]),
    speech("s-seoul-threat", "Statement", "A South Korean presidential spokesperson calls the treaty a threat",
           SPOKESPERSON, ("a estimé", None),
           [("Ce traité constitue une menace pour la sécurité de toute la région", None)], about=["e-treaty"]),
    speech("s-us-denounce", "Statement", "Washington denounces a « dangerous » alliance", "Q30",
           ("a dénoncé", None), [("dangereuse", None)], about=["e-treaty"]),
    speech("s-kremlin-announcement", "Report", "The Kremlin announced the Vietnam visit last week", KREMLIN,
           ("a annoncé", None), [], time="t-last-week", about=["e-vietnam-visit", "e-to-lam-meeting"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
