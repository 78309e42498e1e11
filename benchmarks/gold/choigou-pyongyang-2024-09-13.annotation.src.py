"""Held-out annotation of choigou-pyongyang-2024-09-13.txt (written for the held-out set, not a real article).

    python tools/annotate_offsets.py benchmarks/gold/choigou-pyongyang-2024-09-13.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "choigou-pyongyang-2024-09-13.txt"

NOTE = """\
Held-out article 4: Kim Jong-un receives Sergei Shoigu in Pyongyang, published Friday 13 September 2024 (the \
file gives the day). Language on purpose: « a accueilli » (a meeting verb not in the bundled article), a long \
apposition after the name, KCNA's wording quoted (« échangé des vues ») with KCNA as speaker, a treaty \
« signé en juin par » (passive), a message handed over (« a remis à son hôte »), « cité par l’agence TASS », \
a pluperfect passive « avait été reçu la veille par » (the eve of Wednesday, not of the publication day), \
suspicions by two states with one verb, a denial, a conditional arms delivery in a warning, « en 2019 », \
a kinship role noun (« le grand-père de l’actuel dirigeant »; « son fils » right before Kim Jong-il is part \
of the name's phrase), a quote whose content is a negated visit, « vendredi » that is the publication day \
and « l’automne ». « Russie » inside « Conseil de sécurité de Russie » is annotated (the state, a different \
entity of its own, as ONU in « Conseil de sécurité de l’ONU »); that council is not the UN Security Council \
and is not verified (local). « les deux hommes », « les deux dirigeants » and « les statues » are plural: \
not mentions. « dont le contenu n’a pas été dévoilé » has no speaker: not a speech act. « l’ » in « la presse \
japonaise l’évoquait » is the visit, not an entity."""

KIM, SHOIGU, PUTIN, PESKOV, KIM_IL_SUNG, KIM_JONG_IL = "Q56226", "Q32024", "Q7747", "Q4359688", "Q41117", "Q10665"
NK, RUSSIA, US, SK, UKRAINE = "Q423", "Q159", "Q30", "Q884", "Q212"
PYONGYANG, VLADIVOSTOK, KCNA, TASS, KREMLIN = "Q18808", "Q959", "Q326804", "Q223799", "Q2060629"
RU_SC, TREATY, MESSAGE = "local:security-council-of-russia", "local:comprehensive-strategic-partnership-treaty", \
    "local:putin-message-to-kim"
NO, FACTORY, SHELLS = "local:no-kwang-chol", "local:munitions-factory", "local:north-korean-shells-and-missiles"
SK_DEF, SK_ARMS, WREATH, JP_PRESS = "local:south-korean-defence-minister", "local:south-korean-arms", \
    "local:wreath", "local:japanese-press"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (RU_SC, "Conseil de sécurité de la fédération de Russie", "Security Council of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED + "; not the UN Security Council (Q37470)"}),
    (TREATY, "traité de partenariat stratégique global russo-nord-coréen",
     "Russia–North Korea Comprehensive Strategic Partnership Treaty", "other",
     {"unlinked_reason": "a document with no verified Wikidata item"}),
    (MESSAGE, "message personnel de Vladimir Poutine à Kim Jong-un", "Putin's personal message to Kim Jong-un",
     "object", {"unlinked_reason": "a single message with no Wikidata item"}),
    (NO, "No Kwang-chol", "No Kwang-chol", "person",
     {"description": "ministre nord-coréen de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (FACTORY, "usine de munitions nord-coréenne", "North Korean munitions factory", "place",
     {"unlinked_reason": "an unnamed factory"}),
    (SHELLS, "obus et missiles balistiques nord-coréens", "North Korean shells and ballistic missiles", "object",
     {"unlinked_reason": "unspecified items with no Wikidata item"}),
    (SK_DEF, "ministre sud-coréen de la Défense", "South Korean defence minister", "person",
     {"unlinked_reason": "unnamed in the article; " + NOT_VERIFIED}),
    (SK_ARMS, "armes sud-coréennes", "South Korean arms", "object",
     {"unlinked_reason": "unspecified items with no Wikidata item"}),
    (WREATH, "gerbe", "wreath", "object", {"unlinked_reason": "a single object with no Wikidata item"}),
    (JP_PRESS, "la presse japonaise", "the Japanese press", "group",
     {"unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Kim Jong-un", 1, KIM, "name"),
    ("Pyongyang", "mercredi à Pyongyang", PYONGYANG, "name"),
    ("Sergueï Choïgou", None, SHOIGU, "name"),
    ("ancien ministre russe de la Défense", None, SHOIGU, "nominal"),
    ("Conseil de sécurité de Russie", None, RU_SC, "name"),
    ("Russie", "Conseil de sécurité de Russie", RUSSIA, "name"),
    ("KCNA", 1, KCNA, "name"),
    # Selon KCNA, les deux hommes ont « échangé des vues » ...
    ("KCNA", 2, KCNA, "name"),
    ("traité de partenariat stratégique global", None, TREATY, "nominal"),
    ("Kim Jong-un", 2, KIM, "name"),
    ("Vladimir Poutine", 1, PUTIN, "name"),
    ("Choïgou", "M. Choïgou", SHOIGU, "name"),
    ("son hôte", None, KIM, "nominal"),
    ("un message personnel du président russe", None, MESSAGE, "nominal"),
    ("président russe", "message personnel du président russe", PUTIN, "nominal"),
    # « La Russie n’oubliera jamais ... », a déclaré l’émissaire russe ...
    ("Russie", "« La Russie n’oubliera", RUSSIA, "name"),
    ("Corée du Nord", "apporté par la Corée du Nord", NK, "name"),
    ("l’émissaire russe", None, SHOIGU, "nominal"),
    ("TASS", None, TASS, "name"),
    ("Il", "Il avait été reçu", SHOIGU, "pronoun"),
    ("le ministre nord-coréen de la Défense", None, NO, "nominal"),
    ("No Kwang-chol", None, NO, "name"),
    ("il", "il a visité", SHOIGU, "pronoun"),
    ("une usine de munitions", None, FACTORY, "nominal"),
    # Washington et Séoul soupçonnent Pyongyang ...
    ("Washington", None, US, "metonym"),
    ("Séoul", None, SK, "metonym"),
    ("Pyongyang", "soupçonnent Pyongyang", NK, "metonym"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("des obus et des missiles balistiques", None, SHELLS, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("Kremlin", "Le Kremlin dément", KREMLIN, "metonym"),
    # Le ministre sud-coréen de la Défense a prévenu ...
    ("Le ministre sud-coréen de la Défense", None, SK_DEF, "nominal"),
    ("son pays", None, SK, "nominal"),
    ("des armes", "livrer des armes", SK_ARMS, "nominal"),
    ("Kiev", None, UKRAINE, "metonym"),
    ("Russie", "entre la Russie", RUSSIA, "name"),
    ("Corée du Nord", "la Russie et la Corée du Nord", NK, "name"),
    # Kim Jong-un et Vladimir Poutine s’étaient rencontrés ...
    ("Kim Jong-un", 3, KIM, "name"),
    ("Vladimir Poutine", 2, PUTIN, "name"),
    ("Vladivostok", None, VLADIVOSTOK, "name"),
    ("Le dirigeant russe", None, PUTIN, "nominal"),
    ("Corée du Nord", "revenu en Corée du Nord", NK, "name"),
    ("une gerbe", None, WREATH, "nominal"),
    ("Kim Il-sung", None, KIM_IL_SUNG, "name"),
    ("le grand-père de l’actuel dirigeant", None, KIM_IL_SUNG, "nominal"),
    ("l’actuel dirigeant", None, KIM, "nominal"),
    ("Kim Jong-il", None, KIM_JONG_IL, "name"),
    # « Une nouvelle visite de Kim Jong-un en Russie ... », a tempéré vendredi Dmitri Peskov ...
    ("Kim Jong-un", 4, KIM, "name"),
    ("Russie", "Kim Jong-un en Russie n’est", RUSSIA, "name"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "porte-parole du Kremlin", KREMLIN, "metonym"),
    ("la presse japonaise", None, JP_PRESS, "nominal"),
    ("Le dirigeant nord-coréen", None, KIM, "nominal"),
    ("Russie", "voyage en Russie", RUSSIA, "name"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-09-11", "day", "weekday-past",
     "Past « a accueilli mercredi »: the Wednesday before the publication day (Friday 13 September 2024): 11."),
    ("t-may", ("en mai", None), "2024-05", "month", "month-past",
     "Past « devenu en mai »: the last May before September 2024: May 2024."),
    ("t-thursday", ("jeudi", None), "2024-09-12", "day", "weekday-past",
     "Past « a rapporté jeudi »: Thursday 12 September 2024."),
    ("t-june-treaty", ("en juin", 1), "2024-06", "month", "month-past",
     "Past « signé en juin »: the last June before September 2024: June 2024."),
    ("t-eve", ("la veille", None), "2024-09-10", "day", "eve-of-event",
     "The day before the reception it follows (Wednesday 11 September 2024), not before the publication day."),
    ("t-2019", ("en 2019", None), "2019", "year", "explicit-year", "A year stays a year."),
    ("t-june-visit", ("en juin", 2), "2024-06", "month", "month-past",
     "Past « est revenu en Corée du Nord en juin »: June 2024."),
    ("t-24-years", ("24 ans", None), None, "duration", "explicit-duration",
     "« une première depuis 24 ans »: a duration (P24Y), since Putin's 2000 visit."),
    ("t-friday", ("vendredi", None), "2024-09-13", "day", "weekday-publication-day",
     "Past « a tempéré vendredi » in an article of Friday 13 September 2024: that same day."),
    ("t-autumn", ("l’automne", None), "2024", "year", "season-current",
     "The coming autumn, 22 September to 21 December 2024: all in 2024, so the year is the finest true value."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "The year before the publication year: 2023 (Kim's visit to Russia)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Kim Jong-un receives Sergei Shoigu in Pyongyang on Wednesday",
          ("a accueilli", None), [("agent", KIM), ("participant", SHOIGU)], place=PYONGYANG, time="t-wednesday",
          according_to=[KCNA]),
    event("e-shoigu-appointment", "Event", "Shoigu became secretary of Russia's Security Council in May",
          ("devenu", None), [("recipient", SHOIGU)], time="t-may"),
    event("e-talks", "Meeting", "Kim and Shoigu exchange views on the treaty's implementation",
          ("échangé", None), [("participant", KIM), ("participant", SHOIGU)], place=PYONGYANG, time="t-wednesday",
          according_to=[KCNA], part_of="e-reception",
          note="« les deux hommes » (plural, not a mention): Kim and Shoigu."),
    event("e-treaty-signing", "Agreement",
          "Kim and Putin signed the comprehensive strategic partnership treaty in June",
          ("signé", None), [("participant", KIM), ("participant", PUTIN), ("theme", TREATY)], time="t-june-treaty",
          note="Passive: « signé en juin par Kim Jong-un et Vladimir Poutine »."),
    event("e-message", "Delivery", "Shoigu hands Kim a personal message from Putin", ("a remis", None),
          [("agent", SHOIGU), ("recipient", KIM), ("theme", MESSAGE)], place=PYONGYANG, time="t-wednesday",
          part_of="e-reception"),
    event("e-nk-support", "Event", "North Korea's support for Russia (Shoigu)", ("soutien", None),
          [("agent", NK), ("recipient", RUSSIA)], according_to=[SHOIGU],
          note="« le soutien apporté par la Corée du Nord »: passive participle with an agent."),
    event("e-no-reception", "Meeting", "The North Korean defence minister had received Shoigu the day before",
          ("avait été reçu", None), [("agent", NO), ("participant", SHOIGU)], time="t-eve"),
    event("e-factory-visit", "Visit", "Shoigu and No Kwang-chol visit a munitions factory", ("a visité", None),
          [("agent", SHOIGU), ("participant", NO), ("theme", FACTORY)],
          note="« avec lequel il a visité »: the text does not say which day."),
    event("e-arms-supply", "Delivery", "North Korea supplies Russia with shells and ballistic missiles (suspected)",
          ("fournir", None), [("agent", NK), ("recipient", RUSSIA), ("theme", SHELLS)], status="suspected",
          according_to=[US, SK], note="Suspected by Washington and Seoul, denied by the Kremlin."),
    event("e-arms-used", "Event", "The North Korean munitions used in Ukraine (suspected)", ("utilisés", None),
          [("agent", RUSSIA), ("theme", SHELLS)], status="suspected", place=UKRAINE, according_to=[US, SK]),
    event("e-tech-aid", "Delivery", "Russian technological aid in exchange (suspected)", ("aide", None),
          [("agent", RUSSIA), ("recipient", NK)], status="suspected", according_to=[US, SK]),
    event("e-sk-arms-to-ukraine", "Delivery", "South Korea might deliver arms to Ukraine", ("livrer", None),
          [("agent", SK), ("recipient", UKRAINE), ("theme", SK_ARMS)], status="hypothetical",
          according_to=[SK_DEF], note="« pourrait envisager de livrer des armes à Kiev si ... »."),
    event("e-military-cooperation", "Event", "Military cooperation between Russia and North Korea",
          ("coopération", "la coopération militaire"), [("participant", RUSSIA), ("participant", NK)]),
    event("e-red-line", "Event", "The cooperation crossing a red line (the condition)", ("franchissait", None),
          [("participant", RUSSIA), ("participant", NK)], status="hypothetical", according_to=[SK_DEF]),
    event("e-first-meeting", "Meeting", "Kim and Putin first met in Vladivostok in 2019",
          ("s’étaient rencontrés", None),
          [("participant", KIM), ("participant", PUTIN)], place=VLADIVOSTOK, time="t-2019"),
    event("e-putin-nk-visit", "Visit", "Putin returned to North Korea in June, a first in 24 years",
          ("est revenu", None), [("agent", PUTIN)], place=NK, time="t-june-visit"),
    event("e-wreath", "Event", "Kim and Putin lay a wreath before the statues of Kim Il-sung and Kim Jong-il",
          ("ont déposé", None), [("participant", KIM), ("participant", PUTIN), ("theme", WREATH)],
          time="t-june-visit", part_of="e-putin-nk-visit",
          note="« les deux dirigeants » of the visit just mentioned: Kim and Putin."),
    event("e-kim-new-visit", "Visit", "A new visit of Kim Jong-un to Russia is not on the agenda",
          ("visite", "nouvelle visite"),
          [("agent", KIM)], status="negated", place=RUSSIA, time="t-autumn", according_to=[PESKOV],
          note="Denied by Peskov; the Japanese press placed it in the autumn (s-japanese-press)."),
    event("e-kim-no-travel", "Visit", "Kim has not travelled abroad since last year", ("ne s’est plus rendu", None),
          [("agent", KIM)], status="negated"),
    event("e-kim-russia-trip", "Visit", "Kim's trip to Russia last year", ("voyage", None), [("agent", KIM)],
          place=RUSSIA, time="t-last-year"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kcna-report", "Report", "KCNA reports the reception on Thursday", KCNA, ("a rapporté", None), [],
           time="t-thursday", about=["e-reception"]),
    speech("s-kcna-views", "Report", "KCNA: the two men exchanged views on the treaty", KCNA, ("Selon", "Selon KCNA"),
           [("échangé des vues", None)], about=["e-talks"], note="KCNA's own wording, quoted."),
    speech("s-shoigu", "Statement", "Shoigu: Russia will never forget North Korea's support", SHOIGU,
           ("a déclaré", None), [("La Russie n’oubliera jamais le soutien apporté par la Corée du Nord", None)],
           according_to=[TASS], about=["e-nk-support"], note="« cité par l’agence TASS »."),
    speech("s-us-suspicion", "SpeechAct", "Washington suspects Pyongyang of supplying Moscow with munitions", US,
           ("soupçonnent", None), [], about=["e-arms-supply", "e-arms-used", "e-tech-aid"]),
    speech("s-seoul-suspicion", "SpeechAct", "Seoul suspects Pyongyang of supplying Moscow with munitions", SK,
           ("soupçonnent", None), [], about=["e-arms-supply", "e-arms-used", "e-tech-aid"],
           note="« Washington et Séoul soupçonnent »: one verb, two speakers, two speech acts."),
    speech("s-kremlin-denial", "Statement", "The Kremlin denies any arms transfer", KREMLIN, ("dément", None), [],
           about=["e-arms-supply"]),
    speech("s-sk-warning", "Warning", "Seoul's defence minister warns South Korea might arm Kyiv", SK_DEF,
           ("a prévenu", None), [("une ligne rouge", None)], about=["e-sk-arms-to-ukraine", "e-red-line"]),
    speech("s-peskov", "Statement", "Peskov: a new visit of Kim to Russia is not on the agenda", PESKOV,
           ("a tempéré", None), [("Une nouvelle visite de Kim Jong-un en Russie n’est pas à l’ordre du jour", None)],
           time="t-friday", about=["e-kim-new-visit"]),
    speech("s-japanese-press", "Report", "The Japanese press mentioned a visit in the autumn", JP_PRESS,
           ("évoquait", None), [], about=["e-kim-new-visit"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
