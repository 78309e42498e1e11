"""Gold annotation of kim-poutine-vostotchny-2023-09-13.txt (written for the gold corpus, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/kim-poutine-vostotchny-2023-09-13.annotation.src.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kim-poutine-vostotchny-2023-09-13.txt"

NOTE = """\
Gold article 1: the Kim-Putin summit at the Vostochny cosmodrome, published the same day (the file gives the \
day, Wednesday 13 September 2023, so both « mercredi » are that day). The summit is one Meeting (« a reçu », \
also « un sommet », « la rencontre »); the welcome (« accueilli ») and the talks (« se sont entretenus ») are \
Meetings that are part of it. « Le premier déplacement à l’étranger » restates Kim's visit to Russia and is \
not a second event. « région de l’Amour » is Amur Oblast (Q6886); its « Amour » names the oblast after the \
river and is not a mention of the river. Pronouns inside quotes are annotated (Je, vous, Nous = Russia for \
Lavrov speaking as foreign minister)."""

KIM, PUTIN, RUSSIA, NK = "Q56226", "Q7747", "Q159", "Q423"
KREMLIN, KCNA, TASS, UNSC, LAVROV, BORISOV = "Q2060629", "Q326804", "Q223799", "Q37470", "Q58217", "Q16186988"
WEST, USHAKOV, COSMODROME = "local:western-countries", "local:yuri-ushakov", "local:vostochny-cosmodrome"
COSMONAUT, TV = "local:north-korean-cosmonaut", "local:russian-television"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (COSMODROME, "cosmodrome de Vostotchny", "Vostochny Cosmodrome", "place",
     {"class_qid": "Q194188", "description": "cosmodrome russe dans l’oblast de l’Amour (Q6886)",
      "unlinked_reason": NOT_VERIFIED}),
    ("local:vostochny-launch-pad", "pas de tir du cosmodrome de Vostotchny", "Vostochny launch pad", "place",
     {"unlinked_reason": "a part of the cosmodrome with no Wikidata item"}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    ("local:kim-armoured-train", "train blindé de Kim Jong-un", "Kim Jong-un's armoured train", "object",
     {"unlinked_reason": "a single object with no verified Wikidata item"}),
    (USHAKOV, "Iouri Ouchakov", "Yuri Ushakov", "person",
     {"description": "conseiller diplomatique du Kremlin", "unlinked_reason": NOT_VERIFIED}),
    (TV, "la télévision russe", "Russian television", "group",
     {"unlinked_reason": "unnamed Russian television channels, not one Wikidata item"}),
    (COSMONAUT, "cosmonaute nord-coréen", "North Korean cosmonaut", "person",
     {"unlinked_reason": "an unnamed, not yet chosen person"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Vladimir Poutine", 1, PUTIN, "name"),
    ("Kim Jong-un", 1, KIM, "name"),
    ("cosmodrome de Vostotchny", None, COSMODROME, "name"),
    ("région de l’Amour", None, "Q6886", "name"),
    ("les Occidentaux", None, WEST, "nominal"),
    ("Pyongyang", None, NK, "metonym"),
    ("Moscou", "des armes à Moscou", RUSSIA, "metonym"),
    ("son offensive en Ukraine", None, "Q110999040", "nominal"),
    ("Ukraine", None, "Q212", "name"),
    # Le dirigeant nord-coréen, arrivé ... a indiqué Iouri Ouchakov, conseiller diplomatique du Kremlin.
    ("Le dirigeant nord-coréen", "Le dirigeant nord-coréen, arrivé", KIM, "nominal"),
    ("son train blindé", None, "local:kim-armoured-train", "nominal"),
    ("le président russe", "accueilli par le président russe", PUTIN, "nominal"),
    ("le pas de tir", None, "local:vostochny-launch-pad", "nominal"),
    ("Iouri Ouchakov", None, USHAKOV, "name"),
    ("conseiller diplomatique du Kremlin", None, USHAKOV, "nominal"),
    ("Kremlin", "conseiller diplomatique du Kremlin", KREMLIN, "metonym"),
    # « Je suis très heureux de vous voir », a lancé Vladimir Poutine ...
    ("Je", "« Je suis", PUTIN, "pronoun"),
    ("vous", "de vous voir", KIM, "pronoun"),
    ("Vladimir Poutine", "a lancé Vladimir Poutine", PUTIN, "name"),
    ("son invité", None, KIM, "nominal"),
    ("la télévision russe", None, TV, "nominal"),
    ("Russie", "« La Russie mène", RUSSIA, "name"),
    ("Kim Jong-un", "a répondu Kim Jong-un", KIM, "name"),
    ("son pays", None, NK, "nominal"),
    ("Kremlin", "les décisions du Kremlin", KREMLIN, "metonym"),
    # Interrogé sur une éventuelle coopération militaire ...
    ("le président russe", "le président russe a répondu", PUTIN, "nominal"),
    ("Moscou", "que Moscou respectait", RUSSIA, "metonym"),
    ("il", "qu’il était prêt", PUTIN, "pronoun"),
    ("je", "dont je veux", PUTIN, "pronoun"),
    ("il", "avait-il déclaré", PUTIN, "pronoun"),
    ("Corée du Nord", "La Corée du Nord est soumise", NK, "name"),
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", "Conseil de sécurité de l’ONU", "Q1065", "name"),
    # Le chef de la diplomatie russe, Sergueï Lavrov ...
    ("Le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("Nous", "« Nous n’avons", RUSSIA, "pronoun"),
    ("il", "a-t-il dit", LAVROV, "pronoun"),
    ("ONU", "résolution de l’ONU", "Q1065", "name"),
    ("lui", "Selon lui", LAVROV, "pronoun"),
    # Avant la rencontre, Kim Jong-un a visité ...
    ("Kim Jong-un", "Avant la rencontre, Kim Jong-un", KIM, "name"),
    ("cosmodrome", "les installations du cosmodrome", COSMODROME, "nominal"),
    ("Iouri Borissov", None, BORISOV, "name"),
    ("le patron de l’agence spatiale Roscosmos", None, BORISOV, "nominal"),
    ("Roscosmos", None, "Q190795", "name"),
    ("Ce dernier", None, BORISOV, "pronoun"),
    ("Russie", "que la Russie pourrait", RUSSIA, "name"),
    ("un cosmonaute nord-coréen", None, COSMONAUT, "nominal"),
    ("Kremlin", "le Kremlin n’a pas", KREMLIN, "metonym"),
    # Kim Jong-un doit poursuivre sa visite ...
    ("Kim Jong-un", "Kim Jong-un doit poursuivre", KIM, "name"),
    ("Russie", "sa visite en Russie", RUSSIA, "name"),
    ("Vladivostok", None, "Q959", "name"),
    ("TASS", None, TASS, "name"),
    ("Le dirigeant nord-coréen", "Le dirigeant nord-coréen a par ailleurs", KIM, "nominal"),
    ("Vladimir Poutine", "invité Vladimir Poutine", PUTIN, "name"),
    ("Corée du Nord", "se rendre en Corée du Nord", NK, "name"),
    ("ce dernier", "que ce dernier a acceptée", PUTIN, "pronoun"),
    ("KCNA", None, KCNA, "name"),
    ("Kim Jong-un", "de Kim Jong-un depuis", KIM, "name"),
]

PUB_DAY = "The publication day, Wednesday 13 September 2023, which the file gives."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", 1), "2023-09-13", "day", "weekday-publication-day",
     "« a reçu mercredi »: the weekday of the publication day itself. " + PUB_DAY),
    ("t-morning", ("dans la matinée", None), "2023-09-13", "day", "part-of-day",
     "« arrivé dans la matinée »: the morning of the summit day, the publication day."),
    ("t-four-hours", ("pendant plus de quatre heures", None), None, "duration", "explicit-duration",
     "How long the talks lasted (more than PT4H); a duration, not a date."),
    ("t-today", ("aujourd’hui", None), "2023-09-13", "day", "deictic-today",
     "« aujourd’hui » inside Kim's words spoken at the summit: the publication day."),
    ("t-2006", ("depuis 2006", None), "2006", "year", "explicit-year",
     "The sanctions have applied since 2006: a year stays a year."),
    ("t-wednesday-2", ("mercredi", "signé mercredi"), "2023-09-13", "day", "weekday-publication-day",
     "« aucun accord n’a été signé mercredi ». " + PUB_DAY),
    ("t-coming-years", ("dans les prochaines années", None), None, "vague", "vague-future",
     "In the coming years, inside Borisov's words; no date can be given."),
    ("t-several-days", ("pendant plusieurs jours", None), None, "duration", "vague-duration",
     "Kim's visit goes on for several more days; how many is not said."),
    ("t-four-years", ("depuis plus de quatre ans", None), None, "duration", "explicit-duration",
     "Kim's first trip abroad in more than four years (more than P4Y)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "Vladimir Putin receives Kim Jong-un at the Vostochny cosmodrome",
          ("a reçu", None), [("agent", PUTIN), ("participant", KIM)], place=COSMODROME, time="t-wednesday",
          part_of="e-kim-visit-russia",
          note="Putin hosts (agent), Kim is received. Also « un sommet » (same sentence) and « la rencontre »."),
    event("e-west-scrutiny", "Event", "Western countries watch the summit closely", ("scruté", None),
          [("agent", WEST)]),
    event("e-feared-delivery", "Delivery", "North Korean arms deliveries to Russia that the West fears",
          ("livre", None), [("agent", NK), ("recipient", RUSSIA)], status="suspected", according_to=[WEST],
          note="« qui redoutent que Pyongyang ne livre des armes à Moscou »: a fear, not a fact."),
    event("e-kim-arrival", "Visit", "Kim Jong-un arrives at the cosmodrome in the morning",
          ("arrivé", "arrivé dans la matinée"),
          [("agent", KIM)], place=COSMODROME, time="t-morning", part_of="e-kim-visit-russia"),
    event("e-welcome", "Meeting", "Vladimir Putin welcomes Kim Jong-un at the launch pad", ("accueilli", None),
          [("agent", PUTIN), ("participant", KIM)], place=COSMODROME, time="t-wednesday", part_of="e-summit",
          note="Passive: « a été accueilli par le président russe »; the host is the agent."),
    event("e-talks", "Meeting", "Kim Jong-un and Vladimir Putin hold talks for more than four hours",
          ("entretenus", None), [("participant", KIM), ("participant", PUTIN)], time="t-four-hours",
          part_of="e-summit", according_to=[USHAKOV]),
    event("e-nk-support", "Event", "North Korea will always support the Kremlin's decisions",
          ("soutiendrait", None), [("agent", NK), ("recipient", KREMLIN)], status="planned", according_to=[KIM],
          note="A promise in indirect speech (« assurant que son pays soutiendrait « toujours » »)."),
    event("e-russian-struggle", "Event", "Russia's « sacred struggle » to defend its sovereignty (Kim's words)",
          ("lutte", None), [("agent", RUSSIA)], time="t-today", according_to=[KIM]),
    event("e-military-cooperation", "Event", "Possible military cooperation between Russia and North Korea",
          ("coopération militaire", None), [("participant", RUSSIA), ("participant", NK)],
          status="hypothetical", note="« une éventuelle coopération militaire »: a possibility."),
    event("e-respect-restrictions", "Event", "Russia respects the restrictions in force (Putin's words)",
          ("respectait", None), [("agent", RUSSIA)], according_to=[PUTIN]),
    event("e-unsc-sanctions", "Sanction", "UN Security Council sanctions on North Korea since 2006",
          ("sanctions", "soumise depuis 2006 à des sanctions"), [("agent", UNSC), ("recipient", NK)],
          time="t-2006"),
    event("e-nk-programmes", "Event", "North Korea's nuclear and ballistic programmes",
          ("programmes", "ses programmes nucléaire"), [("agent", NK)]),
    event("e-cooperation", "Event", "Cooperation between Russia and North Korea (Lavrov)",
          ("coopération", "la coopération entre les deux pays"), [("participant", RUSSIA), ("participant", NK)],
          according_to=[LAVROV]),
    event("e-resolution-violation", "Event", "The cooperation violates no UN resolution (Lavrov)",
          ("violait", None), [("participant", RUSSIA), ("participant", NK)], status="negated",
          according_to=[LAVROV], note="« ne violait « aucune » résolution de l’ONU »: denied."),
    event("e-no-agreement", "Agreement", "No agreement signed on Wednesday (Lavrov)", ("accord", "aucun accord"),
          [("participant", RUSSIA), ("participant", NK)], status="negated", time="t-wednesday-2",
          according_to=[LAVROV], note="« Selon lui, aucun accord n’a été signé mercredi »."),
    event("e-cosmodrome-tour", "Visit", "Kim Jong-un tours the cosmodrome, guided by Yury Borisov",
          ("a visité", None), [("agent", KIM), ("participant", BORISOV)], place=COSMODROME,
          part_of="e-kim-visit-russia", note="« Avant la rencontre »: the same day, before the summit."),
    event("e-cosmonaut-training", "Event", "Russia could train a North Korean cosmonaut", ("former", None),
          [("agent", RUSSIA), ("recipient", COSMONAUT)], status="hypothetical", time="t-coming-years",
          according_to=[BORISOV], note="« pourrait former »: conditional; the Kremlin did not confirm it."),
    event("e-kim-visit-russia", "Visit", "Kim Jong-un's visit to Russia, which goes on for several days",
          ("visite", "sa visite en Russie"), [("agent", KIM)], place=RUSSIA, time="t-several-days",
          according_to=[TASS],
          note="Under way, so occurred; its time is what TASS says of it (« pendant plusieurs jours »). Also « le "
               "premier déplacement à l’étranger de Kim Jong-un depuis plus de quatre ans »."),
    event("e-kim-to-vladivostok", "Visit", "Kim Jong-un is to go on to Vladivostok",
          ("se rendre", "se rendre ensuite à Vladivostok"), [("agent", KIM)], status="planned", place="Q959",
          according_to=[TASS], part_of="e-kim-visit-russia"),
    event("e-invitation", "Invitation", "Kim Jong-un invites Vladimir Putin to North Korea",
          ("invité", "a par ailleurs invité"), [("agent", KIM), ("recipient", PUTIN)], according_to=[KCNA]),
    event("e-putin-visit-nk", "Visit", "Vladimir Putin's visit to North Korea (invited, accepted)",
          ("se rendre", "se rendre en Corée du Nord"), [("agent", PUTIN)], status="planned", place=NK,
          according_to=[KCNA]),
    event("e-acceptance", "Acceptance", "Vladimir Putin accepts the invitation", ("acceptée", None),
          [("agent", PUTIN), ("recipient", KIM)], according_to=[KCNA]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ushakov-talks", "Report", "Yuri Ushakov reports the length and format of the talks", USHAKOV,
           ("a indiqué", None), [], about=["e-talks"]),
    speech("s-putin-greeting", "Statement", "Putin greets Kim", PUTIN, ("a lancé", None),
           [("Je suis très heureux de vous voir", None)], addressee=KIM, according_to=[TV]),
    speech("s-kim-struggle", "Statement", "Kim: Russia is waging a sacred struggle", KIM,
           ("a répondu", "a répondu Kim"),
           [("La Russie mène aujourd’hui une lutte sacrée pour défendre sa souveraineté", None)],
           about=["e-russian-struggle"]),
    speech("s-kim-support", "Assurance", "Kim assures North Korea will always support the Kremlin", KIM,
           ("assurant", None), [("toujours", "« toujours »")], about=["e-nk-support"]),
    speech("s-putin-restrictions", "Statement", "Putin: Moscow respects the restrictions", PUTIN,
           ("a répondu", "le président russe a répondu"), [("les restrictions", None)],
           about=["e-respect-restrictions", "e-military-cooperation"]),
    speech("s-putin-hint", "SpeechAct", "Putin hints he is ready to discuss military cooperation", PUTIN,
           ("laissant entendre", None), [], about=["e-military-cooperation"]),
    speech("s-putin-topics", "Statement", "Putin on arrival: many subjects to discuss", PUTIN,
           ("déclaré", "avait-il déclaré"), [("Il y a beaucoup de sujets dont je veux parler", None)]),
    speech("s-lavrov-dismisses", "Statement", "Lavrov brushes aside Western criticism", LAVROV,
           ("balayé", None), []),
    speech("s-lavrov-accountable", "Statement", "Lavrov: Russia is accountable to no one", LAVROV,
           ("dit", "a-t-il dit"), [("Nous n’avons de comptes à rendre à personne", None)]),
    speech("s-lavrov-no-violation", "Statement", "Lavrov: the cooperation violates no UN resolution", LAVROV,
           ("jugeant", None), [("aucune", "« aucune »")], about=["e-resolution-violation", "e-cooperation"]),
    speech("s-lavrov-no-agreement", "Statement", "Lavrov: no agreement was signed", LAVROV,
           ("Selon", "Selon lui"), [], about=["e-no-agreement"]),
    speech("s-borisov-cosmonaut", "Statement", "Borisov: Russia could train a North Korean cosmonaut", BORISOV,
           ("a affirmé", None), [("dans les prochaines années", None)], about=["e-cosmonaut-training"]),
    speech("s-kremlin-unconfirmed", "SpeechAct", "The Kremlin has not confirmed the cosmonaut plan", KREMLIN,
           ("confirmée", None), [], status="negated", about=["e-cosmonaut-training"]),
    speech("s-tass", "Report", "TASS reports Kim's programme", TASS, ("selon", "selon l’agence TASS"), [],
           about=["e-kim-visit-russia", "e-kim-to-vladivostok"]),
    speech("s-kcna", "Report", "KCNA reports the invitation and its acceptance", KCNA,
           ("d’après", None), [], about=["e-invitation", "e-acceptance", "e-putin-visit-nk"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
