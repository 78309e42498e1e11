"""Held-out annotation of medvedev-kouriles-2024-02.txt (written for the fourth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/medvedev-kouriles-2024-02.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "medvedev-kouriles-2024-02.txt"

PUBLISHED_INFERRED = {
    "value": "2024-02-09", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives February 2024. « jeudi 8 février » is a Thursday in 2024 and past; Hayashi « a "
             "indiqué vendredi » is past, so the article appeared on or after Friday 9 February; Kamikawa « doit se "
             "rendre samedi » is future, so before Saturday 10. That leaves Friday 9 February 2024."),
}

NOTE = """\
Held-out-4 article 2: Dmitry Medvedev's attack on Fumio Kishida over the southern Kuril Islands. The file gives \
only the month (February 2024); the day, Friday 9 February, comes from « jeudi 8 février » (past), « vendredi » \
(past) and « samedi » (future). What it exercises: a verbal attack dated by weekday and day (« s’en est pris \
jeudi 8 février au Premier ministre japonais ») on a pluperfect statement of the eve (« qui avait réaffirmé la \
veille »: Wednesday 7 February, the eve of the attack, not of publication); a control since a named period (« \
depuis la fin de la Seconde Guerre mondiale »: 1945, the year); two quotes of one written message, each with its \
own verb (« a écrit sur Telegram le vice-président du Conseil de sécurité de Russie », « a-t-il ajouté dans ce \
message »); the pluperfect promise of the eve restated with its weekday (« Mercredi, ... M. Kishida avait promis de \
poursuivre « avec ténacité » les efforts pour régler le différend et conclure un traité de paix »: a second \
speech act, with a quote, on the same day); a negated signing with « en » for the treaty (« Les deux pays n’en ont \
jamais signé ») and a seizure « en août 1945 »; the government's judgement in the present relayed by its \
spokesman (« Le gouvernement japonais juge ..., a indiqué vendredi son porte-parole »); a protest in the passive \
with no agent (Japan, implied) and a negated half (« sans dire si une réponse avait été reçue »); a pluperfect \
suspension « en mars 2022 » by a metonym, in retaliation for sanctions by another metonym; « La Russie a depuis \
multiplié »; « où elle a déployé l’an dernier » (2023) sourced by a ministry; double sourcing (« D’après \
l’agence Kyodo, qui cite des sources gouvernementales »: two Reports); a planned trip with a description in \
apposition and the clitic « y »; the Kremlin's refusal to comment (negated). « Moscou » and « Tokyo » are Russia \
(Q159) and Japan (Q17) where they control, suspend or decide sanctions; « à Tokyo » where the rally is held is the \
city (Q1490). « Russie » inside « Conseil de sécurité de Russie » and « ambassade de Russie » is annotated (the \
state), as in benchmarks/gold. « l’archipel » and « îles » (in « des îles ») are the southern Kurils; « son pays » \
is Japan. Not mentions: « Les Japonais » (plural, in the quote), « Les deux pays » (plural), « une réponse » (not \
an entity), « ce message » (a document). The invasion is the linked item Q110999040 as a mention, as in \
benchmarks/gold. The southern Kurils, Telegram, the Security Council of Russia, Yoshimasa Hayashi, the Japanese \
government, the Russian embassy, the Japanese defence ministry, Kyodo, Nemuro and Hokkaido are not in ids.tsv: \
local, unlinked."""

MEDVEDEV, KISHIDA, KAMIKAWA = "Q23530", "Q359480", "Q276275"
JAPAN, RUSSIA, USSR, UKRAINE = "Q17", "Q159", "Q15180", "Q212"
TOKYO, KREMLIN, INVASION = "Q1490", "Q2060629", "Q110999040"
KURILS, TELEGRAM, RU_SC, HAYASHI = "local:southern-kuril-islands", "local:telegram", \
    "local:security-council-of-russia", "local:yoshimasa-hayashi"
JP_GOV, RU_EMBASSY, JP_MOD, KYODO = "local:government-of-japan", "local:russian-embassy-tokyo", \
    "local:japan-ministry-of-defense", "local:kyodo"
SOURCES, NEMURO, HOKKAIDO, RESIDENTS = "local:japanese-government-sources", "local:nemuro", "local:hokkaido", \
    "local:former-kuril-residents"
TROOPS, MISSILES = "local:soviet-troops-1945", "local:bastion-coastal-missile-systems"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (KURILS, "îles Kouriles du Sud", "southern Kuril Islands", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TELEGRAM, "Telegram", "Telegram", "organization",
     {"description": "messagerie en ligne", "unlinked_reason": NOT_VERIFIED}),
    (RU_SC, "Conseil de sécurité de la fédération de Russie", "Security Council of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "troupes soviétiques (1945)", "Soviet troops (1945)", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (JP_GOV, "gouvernement japonais", "Government of Japan", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (HAYASHI, "Yoshimasa Hayashi", "Yoshimasa Hayashi", "person",
     {"description": "porte-parole du gouvernement japonais", "unlinked_reason": NOT_VERIFIED}),
    (RU_EMBASSY, "ambassade de Russie au Japon", "Embassy of Russia in Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MISSILES, "systèmes de missiles côtiers Bastion", "Bastion coastal missile systems", "object",
     {"unlinked_reason": "unspecified units of a weapon system, not one Wikidata item"}),
    (JP_MOD, "ministère japonais de la Défense", "Ministry of Defense (Japan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (KYODO, "Kyodo", "Kyodo News", "organization",
     {"description": "agence de presse japonaise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (SOURCES, "sources gouvernementales japonaises", "Japanese government sources", "group",
     {"unlinked_reason": "anonymous in the article"}),
    (NEMURO, "Nemuro", "Nemuro", "place", {"unlinked_reason": NOT_VERIFIED}),
    (HOKKAIDO, "Hokkaido", "Hokkaido", "place", {"unlinked_reason": NOT_VERIFIED}),
    (RESIDENTS, "anciens habitants des îles Kouriles du Sud", "former residents of the southern Kurils", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("L’ancien président russe", None, MEDVEDEV, "nominal"),
    ("Dmitri Medvedev", None, MEDVEDEV, "name"),
    ("Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("son pays", None, JAPAN, "nominal"),
    ("îles Kouriles du Sud", None, KURILS, "name"),
    ("Moscou", "contrôlées par Moscou", RUSSIA, "metonym"),
    # « Il n’y a pas de territoires disputés ... »
    ("Telegram", None, TELEGRAM, "name"),
    ("le vice-président du Conseil de sécurité de Russie", None, MEDVEDEV, "nominal"),
    ("Conseil de sécurité de Russie", None, RU_SC, "name"),
    ("Russie", "Conseil de sécurité de Russie", RUSSIA, "name"),
    ("il", "a-t-il ajouté", MEDVEDEV, "pronoun"),
    ("l’archipel", 1, KURILS, "nominal"),
    # Mercredi, lors d’un rassemblement ...
    ("Tokyo", "organisé à Tokyo", TOKYO, "name"),
    ("Kishida", "M. Kishida avait", KISHIDA, "name"),
    ("Russie", "de paix avec la Russie", RUSSIA, "name"),
    ("les troupes soviétiques", None, TROOPS, "nominal"),
    ("îles", "emparées des îles", KURILS, "nominal"),
    # Le gouvernement japonais juge ...
    ("Le gouvernement japonais", None, JP_GOV, "nominal"),
    ("Medvedev", "propos de M. Medvedev", MEDVEDEV, "name"),
    ("son porte-parole", None, HAYASHI, "nominal"),
    ("Yoshimasa Hayashi", None, HAYASHI, "name"),
    ("l’ambassade de Russie", None, RU_EMBASSY, "nominal"),
    ("Russie", "ambassade de Russie", RUSSIA, "name"),
    ("il", "a-t-il précisé", HAYASHI, "pronoun"),
    # Moscou avait suspendu ...
    ("Moscou", "Moscou avait suspendu", RUSSIA, "metonym"),
    ("Japon", "avec le Japon", JAPAN, "name"),
    ("Tokyo", "décidées par Tokyo", JAPAN, "metonym"),
    ("l’invasion", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("Russie", "La Russie a depuis", RUSSIA, "name"),
    ("l’archipel", 2, KURILS, "nominal"),
    ("elle", "où elle a déployé", RUSSIA, "pronoun"),
    ("systèmes de missiles côtiers Bastion", None, MISSILES, "nominal"),
    ("le ministère japonais de la Défense", None, JP_MOD, "nominal"),
    # D’après l’agence Kyodo ...
    ("Kyodo", None, KYODO, "name"),
    ("des sources gouvernementales", None, SOURCES, "nominal"),
    ("la ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("Nemuro", None, NEMURO, "name"),
    ("la ville de l’île d’Hokkaido la plus proche de l’archipel", None, NEMURO, "nominal"),
    ("Hokkaido", None, HOKKAIDO, "name"),
    ("l’archipel", 3, KURILS, "nominal"),
    ("y", "pour y rencontrer", NEMURO, "pronoun"),
    ("anciens habitants des îles", None, RESIDENTS, "nominal"),
    ("îles", "habitants des îles", KURILS, "nominal"),
    ("Kremlin", None, KREMLIN, "name"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi 8 février", None), "2024-02-08", "day", "weekday-day-month",
     "Thursday 8 February of the publication year (2024)."),
    ("t-eve", ("la veille", None), "2024-02-07", "day", "eve-of-event",
     "The eve of Medvedev's Thursday attack, which the clause depends on: Wednesday 7 February 2024."),
    ("t-since-ww2", ("depuis la fin de la Seconde Guerre mondiale", None), "1945", "year", "named-period-end",
     "The end of the Second World War, 1945 (August to September for the Kurils): the year. « depuis X » is "
     "annotated as X, the start."),
    ("t-wednesday", ("Mercredi", None), "2024-02-07", "day", "weekday-past",
     "Pluperfect « avait promis »: the Wednesday before the publication day (Friday 9 February 2024), the same "
     "day as « la veille »."),
    ("t-august-1945", ("en août 1945", None), "1945-08", "month", "explicit-month-year", "August 1945."),
    ("t-friday", ("vendredi", None), "2024-02-09", "day", "weekday-publication-day",
     "« a indiqué vendredi »: the publication day as inferred, Friday 9 February 2024."),
    ("t-march-2022", ("en mars 2022", None), "2022-03", "month", "explicit-month-year", "March 2022."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "The year before 2024."),
    ("t-saturday", ("samedi", None), "2024-02-10", "day", "weekday-future",
     "Future « doit se rendre samedi »: the Saturday after Friday 9 February 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-russian-control", "Event", "Russia controls the southern Kurils since the end of the Second World War",
          ("contrôlées", None), [("agent", RUSSIA)], place=KURILS, time="t-since-ww2",
          note="« contrôlées par Moscou »: a state since 1945; the Soviet Union's seizure is e-seizure."),
    event("e-rally", "Meeting", "An annual rally in Tokyo on the disputed islands", ("rassemblement", None),
          [("participant", KISHIDA)], place=TOKYO, time="t-wednesday",
          note="« lors d’un rassemblement annuel organisé à Tokyo »: Kishida speaks there; the organiser is not "
               "named."),
    event("e-settle-dispute", "Event", "Japan to settle the territorial dispute with Russia", ("régler", None),
          [("participant", JAPAN), ("participant", RUSSIA)], status="planned", according_to=[KISHIDA],
          note="What Kishida promises: planned."),
    event("e-peace-treaty", "Agreement", "Japan to conclude a peace treaty with Russia", ("conclure", None),
          [("participant", JAPAN), ("participant", RUSSIA)], status="planned", according_to=[KISHIDA]),
    event("e-no-treaty-signed", "Agreement", "Japan and Russia never signed a peace treaty", ("signé", None),
          [("participant", JAPAN), ("participant", RUSSIA)], status="negated",
          note="« Les deux pays n’en ont jamais signé »: « en » is the peace treaty; plural subject, not a mention."),
    event("e-seizure", "Event", "Soviet troops seized the islands in August 1945", ("se sont emparées", None),
          [("agent", TROOPS)], place=KURILS, time="t-august-1945",
          note="« les troupes soviétiques »: a group (local), the Soviet Union only as an adjective."),
    event("e-talks-suspension", "Event", "Russia suspended peace negotiations with Japan in March 2022",
          ("avait suspendu", None), [("agent", RUSSIA), ("recipient", JAPAN)], time="t-march-2022"),
    event("e-peace-negotiations", "Meeting", "Japan–Russia peace negotiations", ("négociations", None),
          [("participant", RUSSIA), ("participant", JAPAN)], status="negated",
          note="Suspended since March 2022: they no longer take place (the suspension is e-talks-suspension)."),
    event("e-japan-sanctions", "Sanction", "Japanese sanctions against Russia after the invasion of Ukraine",
          ("sanctions", None), [("agent", JAPAN), ("recipient", RUSSIA)],
          note="« décidées par Tokyo »: Tokyo stands for Japan; the target, Russia, is implied by « en "
               "représailles »."),
    event("e-maneuvers", "Event", "Russia has multiplied military exercises in the archipelago", ("manœuvres", None),
          [("agent", RUSSIA)], place=KURILS, according_to=[JP_MOD],
          note="« La Russie a depuis multiplié »: since March 2022, no time of its own."),
    event("e-missile-deployment", "Delivery", "Russia deployed Bastion coastal missile systems on the islands last "
          "year", ("a déployé", None), [("agent", RUSSIA), ("theme", MISSILES)], place=KURILS,
          time="t-last-year", according_to=[JP_MOD]),
    event("e-kamikawa-trip", "Visit", "Yōko Kamikawa to travel to Nemuro on Saturday", ("se rendre", None),
          [("agent", KAMIKAWA)], status="planned", place=NEMURO, time="t-saturday", according_to=[SOURCES, KYODO]),
    event("e-residents-meeting", "Meeting", "Kamikawa to meet former residents of the islands in Nemuro",
          ("rencontrer", None), [("participant", KAMIKAWA), ("participant", RESIDENTS)], status="planned",
          place=NEMURO, time="t-saturday", according_to=[SOURCES, KYODO], part_of="e-kamikawa-trip"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-medvedev-attack", "Statement", "Dmitry Medvedev attacks Fumio Kishida", MEDVEDEV,
           ("s’en est pris", None), [], addressee=KISHIDA, time="t-thursday",
           about=["s-kishida-sovereignty"],
           note="A verbal attack; its words are the Telegram message's two quotes (s-medvedev-telegram, "
                "s-medvedev-added), each with its own verb."),
    speech("s-kishida-sovereignty", "Statement", "Kishida reaffirms Japan's sovereignty over the southern Kurils",
           KISHIDA, ("avait réaffirmé", None), [], time="t-eve", about=["e-russian-control"]),
    speech("s-medvedev-telegram", "Statement", "Medvedev: there are no disputed territories, only Russian ones",
           MEDVEDEV, ("a écrit", None),
           [("Il n’y a pas de territoires disputés, il n’y a que des territoires russes", None)],
           time="t-thursday", about=["e-russian-control"],
           note="Written on Telegram: a speech act; the day is the attack's (the message is the attack)."),
    speech("s-medvedev-added", "Statement", "Medvedev: the Japanese can cry as much as they want", MEDVEDEV,
           ("a-t-il ajouté", None), [("Les Japonais peuvent pleurer autant qu’ils le veulent", None)],
           time="t-thursday", about=["s-kishida-sovereignty"]),
    speech("s-kishida-promise", "Assurance", "Kishida promised to pursue efforts « tenaciously » to settle the "
           "dispute and conclude a peace treaty", KISHIDA, ("avait promis", None), [("avec ténacité", None)],
           time="t-wednesday", place=TOKYO, about=["e-settle-dispute", "e-peace-treaty"],
           note="The same day as the reaffirmation of the first paragraph, but a second verb with its own quote."),
    speech("s-japan-regret", "Statement", "The Japanese government finds Medvedev's remarks « extremely regrettable »",
           JP_GOV, ("juge", None), [("extrêmement regrettables", None)], time="t-friday",
           according_to=[HAYASHI], about=["s-medvedev-telegram", "s-medvedev-added"],
           note="« les propos de M. Medvedev »: his message. The present « juge » is relayed on Friday."),
    speech("s-hayashi", "Report", "Government spokesman Hayashi reports the government's judgement", HAYASHI,
           ("a indiqué", None), [], time="t-friday", about=["s-japan-regret"],
           note="« lors de sa conférence de presse quotidienne »."),
    speech("s-japan-protest", "Statement", "Japan protests to the Russian embassy", JAPAN, ("protestation", None),
           [], addressee=RU_EMBASSY, according_to=[HAYASHI], about=["s-medvedev-telegram"],
           note="« Une protestation a été transmise à l’ambassade de Russie »: a nominal speech act in the passive "
                "with no agent; Japan is implied (the government that protests). One speech act, no second event "
                "for « a été transmise »."),
    speech("s-hayashi-protest", "Report", "Hayashi says a protest was passed to the embassy", HAYASHI,
           ("a-t-il précisé", None), [], about=["s-japan-protest"]),
    speech("s-hayashi-no-reply", "SpeechAct", "Hayashi does not say whether a reply was received", HAYASHI,
           ("dire", "sans dire"), [], status="negated",
           note="« sans dire si une réponse avait été reçue »: negated, as « sans en chiffrer le coût ». The reply "
                "itself is neither asserted nor denied: not annotated."),
    speech("s-jp-mod", "Report", "Japan's defence ministry reports Russian exercises and missile deployment", JP_MOD,
           ("selon", "selon le ministère"), [], about=["e-maneuvers", "e-missile-deployment"]),
    speech("s-kyodo", "Report", "Kyodo reports Kamikawa's planned trip to Nemuro", KYODO, ("D’après", None), [],
           about=["e-kamikawa-trip", "e-residents-meeting"]),
    speech("s-government-sources", "Report", "Government sources quoted by Kyodo on Kamikawa's trip", SOURCES,
           ("cite", None), [], according_to=[KYODO], about=["e-kamikawa-trip", "e-residents-meeting"],
           note="Double sourcing: the sources speak, Kyodo cites them (two Reports), as in benchmarks/gold."),
    speech("s-kremlin-no-comment", "SpeechAct", "The Kremlin declines to comment", KREMLIN, ("commenter", None), [],
           status="negated", note="« n’a pas souhaité commenter »: a negated speech act."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
