"""Held-out annotation of kishida-kiev-boutcha-2023-03-21.txt (written for the sixth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/kishida-kiev-boutcha-2023-03-21.annotation.src.py [--check]

Held-out set 6: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kishida-kiev-boutcha-2023-03-21.txt"

NOTE = """\
Held-out-6 article 3: Fumio Kishida's surprise visit to Kyiv while Xi Jinping is in Moscow, published Tuesday 21 \
March 2023 (the file gives the day). What it exercises: an arrival and a nominal visit on the publication day, \
and a simultaneous stay in the present (« au moment même où le président chinois ... se trouve à Moscou pour \
s’entretenir avec Vladimir Poutine ») whose talks are restated later (« ont poursuivi mardi leurs entretiens au \
Kremlin »: one event, the day and the place from the restatement); a participle opening the sentence with a \
country and « dans la nuit » (« Parti de Pologne en train dans la nuit »: the publication day, as in \
benchmarks/gold), a trip « d’abord » to a town located by a role noun (« Boutcha, près de la capitale »), « où il \
a déposé une gerbe », a passive killing with no agent and a nominal occupation « au printemps dernier » (2022, a \
season inside one year: the year), all sourced after the clause to « les médias japonais »; a planned reception in \
the past tense (« Il devait ensuite être reçu par le président Volodymyr Zelensky ») and a pluperfect invitation \
in a relative clause « en janvier »; an intention with two quotes under one « Selon » (« compte exprimer la « \
solidarité » du Japon et son « soutien indéfectible » »: one speech act, planned); a metonym with a relative \
clause and a year (« Tokyo, qui préside cette année le G7 »), an aid in the past and a negated delivery with a \
pronoun (« ne lui livre pas d’armes »); a negated passive announcement with the speaker implied (« La visite \
n’avait pas été annoncée à l’avance »: a negated speech act of Japan, as « Une protestation a été transmise » \
in benchmarks/gold) and a negated visit « depuis le début de l’invasion, en février 2022 »; the Kremlin's \
spokesman's quote with « Nous » (the Kremlin), « a commenté sobrement », « interrogé par l’agence TASS » (TASS's \
Report); « Pékin présente ... comme un « voyage de paix » » and a hypothetical nominal call judged by « Washington \
estime » with a conditional quote (« reviendrait à « ratifier les conquêtes russes » »); a planned summit hosted \
by a person « en mai à Hiroshima » with a conditional participation sourced to the press. « Kiev » is the city \
where Kishida arrives (Q1899) and Ukraine that receives aid (Q212); « Moscou » is the city (Q649); « au Kremlin » \
where the talks are held is the place (Q133274); « Tokyo », « Pékin » and « Washington » are the states. « G7 » \
is a name of its own (a mention each time, also inside the predicate « le seul dirigeant du G7 »). Not mentions: \
« le seul dirigeant du G7 » (a predicate), « sa Constitution pacifiste » and « des raisons de sécurité » (no \
event takes them), « MM. Xi et Poutine » as a phrase (each name is a mention), « leurs entretiens » (the talks). \
The « le président » before « Volodymyr Zelensky » (no comma) is part of the name's phrase. Elided object clitics \
(« l’avait invité ») are not annotated. Zelensky, Poland, Bucha, the civilians, the wreath, the Japanese media \
and press, the Japanese foreign ministry, the G7, the aid, the weapons and Hiroshima are not in ids.tsv: local, \
unlinked."""

KISHIDA, XI, PUTIN, PESKOV = "Q359480", "Q15031", "Q7747", "Q4359688"
JAPAN, UKRAINE, RUSSIA, CHINA, US = "Q17", "Q212", "Q159", "Q148", "Q30"
KIEV, MOSCOW, KREMLIN_PLACE, KREMLIN, TASS, INVASION = "Q1899", "Q649", "Q133274", "Q2060629", "Q223799", \
    "Q110999040"
ZELENSKY, POLAND, BUCHA, VICTIMS, WREATH = "local:volodymyr-zelensky", "local:poland", "local:bucha", \
    "local:bucha-civilians", "local:wreath"
JP_MEDIA, JP_MFA, G7, AID, WEAPONS, HIROSHIMA = "local:japanese-media", "local:japanese-foreign-ministry", \
    "local:g7", "local:japanese-aid", "local:weapons", "local:hiroshima"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (POLAND, "Pologne", "Poland", "country", {"unlinked_reason": NOT_VERIFIED}),
    (BUCHA, "Boutcha", "Bucha", "place", {"unlinked_reason": NOT_VERIFIED}),
    (VICTIMS, "civils tués à Boutcha", "civilians killed in Bucha", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (WREATH, "une gerbe", "a wreath", "object", {"unlinked_reason": "an unnamed object, not one Wikidata item"}),
    (JP_MEDIA, "médias japonais", "Japanese media", "group",
     {"unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    (JP_MFA, "ministère japonais des Affaires étrangères", "Ministry of Foreign Affairs of Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (G7, "G7", "Group of Seven", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (AID, "plus de sept milliards de dollars d’aide", "more than seven billion dollars of aid", "object",
     {"unlinked_reason": "an amount of aid, not one Wikidata item"}),
    (WEAPONS, "armes", "weapons", "object", {"unlinked_reason": "unspecified weapons, not one Wikidata item"}),
    (HIROSHIMA, "Hiroshima", "Hiroshima", "place", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Kiev", "mardi à Kiev", KIEV, "name"),
    ("le président chinois", None, XI, "nominal"),
    ("Xi Jinping", None, XI, "name"),
    ("Moscou", "se trouve à Moscou", MOSCOW, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    # Parti de Pologne ...
    ("Pologne", None, POLAND, "name"),
    ("Kishida", "M. Kishida s’est", KISHIDA, "name"),
    ("Boutcha", None, BUCHA, "name"),
    ("la capitale", None, KIEV, "nominal"),
    ("il", "où il a déposé", KISHIDA, "pronoun"),
    ("une gerbe", None, WREATH, "nominal"),
    ("civils", None, VICTIMS, "nominal"),
    ("les médias japonais", None, JP_MEDIA, "nominal"),
    # Il devait ensuite ...
    ("Il", "Il devait ensuite", KISHIDA, "pronoun"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("le ministère japonais des Affaires étrangères", None, JP_MFA, "nominal"),
    ("le dirigeant", "le dirigeant compte", KISHIDA, "nominal"),
    ("Japon", None, JAPAN, "name"),
    ("Ukraine", "soutien indéfectible » à l’Ukraine", UKRAINE, "name"),
    # Tokyo, qui préside ...
    ("Tokyo", None, JAPAN, "metonym"),
    ("G7", 1, G7, "name"),
    ("plus de sept milliards de dollars d’aide", None, AID, "nominal"),
    ("Kiev", "d’aide à Kiev", UKRAINE, "metonym"),
    ("lui", "ne lui livre", UKRAINE, "pronoun"),
    ("armes", None, WEAPONS, "nominal"),
    # La visite n’avait pas été annoncée ...
    ("Le chef du gouvernement japonais", None, KISHIDA, "nominal"),
    ("G7", 2, G7, "name"),
    ("Ukraine", "rendu en Ukraine", UKRAINE, "name"),
    ("l’invasion", None, INVASION, "nominal"),
    # À Moscou ...
    ("Moscou", "À Moscou", MOSCOW, "name"),
    ("Xi", "MM. Xi", XI, "name"),
    ("Poutine", "Xi et Poutine", PUTIN, "name"),
    ("Kremlin", None, KREMLIN_PLACE, "name"),
    ("Nous", "« Nous en avons", KREMLIN, "pronoun"),
    ("le porte-parole de la présidence russe", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("TASS", None, TASS, "name"),
    ("dirigeant japonais", None, KISHIDA, "nominal"),
    # Pékin présente ...
    ("Pékin", None, CHINA, "metonym"),
    ("son président", None, XI, "nominal"),
    ("Washington", None, US, "metonym"),
    # M. Kishida doit accueillir ...
    ("Kishida", "M. Kishida doit", KISHIDA, "name"),
    ("Hiroshima", None, HIROSHIMA, "name"),
    ("G7", 3, G7, "name"),
    ("Zelensky", "M. Zelensky pourrait", ZELENSKY, "name"),
    ("la presse japonaise", None, JP_MEDIA, "nominal"),
]

PUB_DAY = "The publication day, Tuesday 21 March 2023."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", 1), "2023-03-21", "day", "weekday-publication-day", "« est arrivé mardi »: " + PUB_DAY),
    ("t-night", ("dans la nuit", None), "2023-03-21", "day", "part-of-day",
     "« Parti de Pologne en train dans la nuit »: the night before the Tuesday arrival, annotated as the Tuesday "
     "(after midnight), as « dans la nuit » in a Friday article is the Friday in benchmarks/gold."),
    ("t-last-spring", ("au printemps dernier", None), "2022", "year", "season-past",
     "Written on 21 March 2023: the last full spring is that of 2022 (March to June), inside one year: the year."),
    ("t-january", ("en janvier", None), "2023-01", "month", "month-publication-year",
     "Pluperfect « l’avait invité en janvier »: January 2023."),
    ("t-this-year", ("cette année", None), "2023", "year", "publication-year", "« préside cette année le G7 »: 2023."),
    ("t-february-2022", ("février 2022", None), "2022-02", "month", "explicit-month-year",
     "« depuis le début de l’invasion, en février 2022 »: the start (« depuis X » is annotated as X)."),
    ("t-tuesday-talks", ("mardi", 2), "2023-03-21", "day", "weekday-publication-day",
     "« ont poursuivi mardi leurs entretiens »: " + PUB_DAY),
    ("t-may", ("en mai", None), "2023-05", "month", "month-publication-year", "« doit accueillir en mai »: May 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-arrival", "Event", "Fumio Kishida arrives in Kyiv", ("est arrivé", None), [("agent", KISHIDA)],
          place=KIEV, time="t-tuesday", part_of="e-visit"),
    event("e-visit", "Visit", "Kishida's surprise visit to Kyiv", ("visite surprise", None), [("agent", KISHIDA)],
          place=KIEV, time="t-tuesday",
          note="« La visite » (fifth paragraph) and « le voyage du dirigeant japonais » restate it."),
    event("e-xi-in-moscow", "Visit", "Xi Jinping is in Moscow", ("se trouve", None), [("agent", XI)], place=MOSCOW,
          time="t-tuesday",
          note="« au moment même où »: at the time of Kishida's arrival, the publication day."),
    event("e-xi-putin-talks", "Meeting", "Xi Jinping and Vladimir Putin hold talks at the Kremlin",
          ("s’entretenir", None), [("participant", XI), ("participant", PUTIN)], place=KREMLIN_PLACE,
          time="t-tuesday-talks", part_of="e-xi-in-moscow",
          note="The purpose in the first sentence is restated by « ont poursuivi mardi leurs entretiens au Kremlin "
               "»: one event, its day and place from the restatement."),
    event("e-departure", "Event", "Kishida left Poland by train during the night", ("Parti", None),
          [("agent", KISHIDA)], place=POLAND, time="t-night", according_to=[JP_MEDIA], part_of="e-visit"),
    event("e-bucha", "Visit", "Kishida first went to Bucha", ("s’est d’abord rendu", None), [("agent", KISHIDA)],
          place=BUCHA, time="t-tuesday", according_to=[JP_MEDIA], part_of="e-visit"),
    event("e-wreath", "Event", "Kishida lays a wreath in tribute to the civilians killed", ("a déposé", None),
          [("agent", KISHIDA), ("theme", WREATH), ("recipient", VICTIMS)], place=BUCHA, time="t-tuesday",
          according_to=[JP_MEDIA], part_of="e-visit", note="« en hommage aux civils »: the tribute's recipients."),
    event("e-killings", "Event", "Civilians killed during the Russian occupation", ("tués", None),
          [("recipient", VICTIMS)], place=BUCHA, time="t-last-spring",
          note="A passive with no agent: only the victims take a role (as an arrest with no agent in "
               "benchmarks/gold)."),
    event("e-occupation", "Event", "The Russian occupation of Bucha last spring", ("occupation", None),
          [("agent", RUSSIA), ("recipient", BUCHA)], place=BUCHA, time="t-last-spring",
          note="Russia from the adjective « russe »."),
    event("e-zelensky-reception", "Meeting", "Kishida was then to be received by Zelensky", ("être reçu", None),
          [("agent", ZELENSKY), ("participant", KISHIDA)], status="planned", place=KIEV, part_of="e-visit",
          note="« Il devait ensuite être reçu »: planned; no time word of its own."),
    event("e-invitation", "Invitation", "Zelensky had invited Kishida in January", ("avait invité", None),
          [("agent", ZELENSKY), ("recipient", KISHIDA)], time="t-january"),
    event("e-g7-presidency", "Event", "Japan chairs the G7 this year", ("préside", "qui préside"),
          [("agent", JAPAN), ("participant", G7)], time="t-this-year"),
    event("e-aid", "Delivery", "Japan has released more than seven billion dollars of aid to Ukraine",
          ("a déjà débloqué", None), [("agent", JAPAN), ("recipient", UKRAINE), ("theme", AID)]),
    event("e-no-weapons", "Delivery", "Japan does not deliver weapons to Ukraine", ("livre", None),
          [("agent", JAPAN), ("recipient", UKRAINE), ("theme", WEAPONS)], status="negated"),
    event("e-no-visit-before", "Visit", "Kishida had not yet visited Ukraine since the invasion began",
          ("rendu", "s’être encore rendu"), [("agent", KISHIDA)], status="negated", place=UKRAINE,
          time="t-february-2022"),
    event("e-ceasefire", "Event", "A ceasefire that a Chinese call would seek", ("cessez-le-feu", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="hypothetical", according_to=[US],
          note="Inside Washington's conditional judgement on a call China has not made: hypothetical."),
    event("e-ratify-conquests", "Event", "A Chinese call would ratify Russia's conquests (Washington)",
          ("ratifier", None), [("agent", CHINA)], status="hypothetical", according_to=[US],
          note="« reviendrait à « ratifier ... » »: a conditional consequence, hypothetical."),
    event("e-g7-summit", "Meeting", "Kishida to host the annual G7 summit in Hiroshima in May", ("accueillir", None),
          [("agent", KISHIDA), ("participant", G7)], status="planned", place=HIROSHIMA, time="t-may",
          note="« le sommet annuel du G7 » is the same event; the host is the person, the G7 takes part."),
    event("e-zelensky-video", "Event", "Zelensky could take part in the summit by video link", ("participer", None),
          [("participant", ZELENSKY)], status="hypothetical", according_to=[JP_MEDIA], part_of="e-g7-summit"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-jp-media", "Report", "Japanese media report Kishida's trip and his stop in Bucha", JP_MEDIA,
           ("ont rapporté", None), [], about=["e-departure", "e-bucha", "e-wreath"]),
    speech("s-kishida-solidarity", "Statement", "Kishida intends to express Japan's « solidarity » and « unwavering "
           "support »", KISHIDA, ("exprimer", None), [("solidarité", None), ("soutien indéfectible", None)],
           status="planned", addressee=UKRAINE, according_to=[JP_MFA],
           note="« compte exprimer »: what he intends to say: planned; two quoted fragments under one « Selon », "
                "one speech act."),
    speech("s-jp-mfa", "Report", "The Japanese foreign ministry on Kishida's intentions", JP_MFA,
           ("Selon", "Selon le ministère"), [], about=["s-kishida-solidarity"]),
    speech("s-no-announcement", "SpeechAct", "Japan had not announced the visit in advance", JAPAN,
           ("annoncée", None), [], status="negated", about=["e-visit"],
           note="A negated passive with the speaker implied (the Japanese government), for security reasons."),
    speech("s-peskov", "Statement", "Peskov: « We have taken note » of the visit", PESKOV, ("a commenté", None),
           [("Nous en avons pris note", None)], according_to=[TASS], about=["e-visit"]),
    speech("s-tass", "Report", "TASS asked Peskov about the Japanese leader's trip", TASS, ("interrogé", None), [],
           about=["s-peskov"]),
    speech("s-china-peace", "Statement", "Beijing presents Xi's visit as a « trip for peace »", CHINA,
           ("présente", None), [("voyage de paix", None)], about=["e-xi-in-moscow"]),
    speech("s-china-call", "SpeechAct", "A Chinese call for a ceasefire (not made)", CHINA, ("appel", None), [],
           status="hypothetical", about=["e-ceasefire"],
           note="« qu’un appel chinois à un cessez-le-feu reviendrait »: a call that is only supposed."),
    speech("s-us-judgement", "Statement", "Washington: a Chinese call would « ratify Russian conquests »", US,
           ("estime", None), [("ratifier les conquêtes russes", None)], about=["e-ratify-conquests", "s-china-call"]),
    speech("s-jp-press", "Report", "The Japanese press on Zelensky's possible participation", JP_MEDIA,
           ("selon", "selon la presse"), [], about=["e-zelensky-video"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
