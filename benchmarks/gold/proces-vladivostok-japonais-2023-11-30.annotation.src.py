"""Held-out annotation of proces-vladivostok-japonais-2023-11-30.txt (written for the twelfth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/proces-vladivostok-japonais-2023-11-30.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/proces-vladivostok-japonais-2023-11-30.annotation.src.py \
--check

Held-out set 12: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "proces-vladivostok-japonais-2023-11-30.txt"

NOTE = """\
Held-out-12 article 4: a Russian court sentences a Japanese national for espionage, published Thursday 30 \
November 2023 (the file gives the day). What it exercises: a sentence on the publication day by a court named by \
its city (« Un tribunal de Vladivostok a condamné jeudi un ressortissant japonais à quatre ans de prison pour \
espionnage »: the espionage suspected, the prison term a duration attached to nothing) with « à l’issue d’un \
procès à huis clos » and a plural source after the clause (« ont rapporté les agences russes », a local group); \
two appositions for one unnamed man (« L’homme, un employé d’une société ... âgé de 52 ans ») and a pluperfect \
passive arrest with its agent and an apposition for the agent (« par le FSB, les services de sécurité russes ») \
and a relative accusation with an object clitic (« qui l’accusent d’avoir transmis à Tokyo »: the transmission \
suspected); a denial relayed by a lawyer (« Il a toujours nié les faits, selon son avocate, Irina Sokolova ») \
and her announced appeal (planned); a negated attendance sourced to NHK; a metonym denouncing with a quoted \
adjective and « aussitôt »; a quote first with « Nous » for Japan under a role noun and a name; an emphatic « lui \
» between commas (« Le Premier ministre Fumio Kishida a, lui, indiqué qu’il soulèverait l’affaire « à chaque \
occasion » avec Moscou »: a future in the past, planned); « Interrogé par des journalistes » (generic: not a \
mention), a judgement with a quote and a refusal joined by « et » (« a estimé ... et refusé de dire si le condamné \
pourrait faire l’objet d’un échange »: a negated speech act, the exchange hypothetical); « les deux voisins » with \
a deterioration « depuis l’invasion de l’Ukraine par la Russie en février 2022 » (the start) and sanctions « \
imposées ensuite par le Japon »; a pluperfect passive detention and expulsion « En septembre 2022 » with an \
absolute participle of accusation (« Moscou l’accusant d’avoir obtenu des informations classifiées »: suspected); \
a planned summons « vendredi » sourced to Kyodo. « Tokyo » is Japan both times (Q17: the recipient of the \
information and the denouncer), « Moscou » is Russia both times (Q159); « Vladivostok » is the city (Q959), \
also inside « Un tribunal de Vladivostok » (the court's seat, a name of its own); « Kremlin » inside « le \
porte-parole du Kremlin » is the institution (Q2060629). « l’invasion de l’Ukraine par la Russie » is a nominal \
mention of the invasion (Q110999040), with « Ukraine » and « Russie » inside. Titles right before a name are part \
of its phrase (« Le Premier ministre Fumio Kishida »: only the name); « gouvernement japonais » inside Matsuno's \
title is not a mention (a title without a name). Not mentions: « sa » in « sa libération », « des journalistes » \
(generic), « les deux voisins » (two states at once), « les faits », « la décision » and « l’affaire » (the \
sentence and the case), « l’audience » (the trial restated), « âgé de 52 ans » (an age: no time). The court, the \
Japanese national, the Russian agencies, the seafood company, the FSB, the Pacific Fleet, the lawyer, the family, \
Sapporo, NHK, Matsuno, the Russian judiciary, the consul, Nozdrev and Kyodo are not in ids.tsv: local, \
unlinked."""

VLADIVOSTOK, JAPAN, RUSSIA, UKRAINE, KISHIDA, PESKOV = "Q959", "Q17", "Q159", "Q212", "Q359480", "Q4359688"
KREMLIN, INVASION, KAMIKAWA = "Q2060629", "Q110999040", "Q276275"
COURT, DETAINEE, RU_AGENCIES, COMPANY = "local:vladivostok-court", "local:japanese-national-convicted", \
    "local:russian-news-agencies", "local:seafood-trading-company"
FSB, PACIFIC_FLEET, LAWYER, FAMILY = "local:fsb", "local:russian-pacific-fleet", "local:irina-sokolova", \
    "local:convicted-man-family"
SAPPORO, NHK, MATSUNO, RU_JUSTICE = "local:sapporo", "local:nhk", "local:hirokazu-matsuno", \
    "local:russian-judiciary"
CONSUL, NOZDREV, KYODO = "local:japanese-consul-vladivostok", "local:nikolai-nozdrev", "local:kyodo"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (COURT, "un tribunal de Vladivostok", "a Vladivostok court", "organization",
     {"unlinked_reason": "not named in the article"}),
    (DETAINEE, "un ressortissant japonais condamné pour espionnage", "a Japanese national convicted of espionage",
     "person", {"unlinked_reason": "not named in the article"}),
    (RU_AGENCIES, "les agences russes", "Russian news agencies", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (COMPANY, "une société de commerce de produits de la mer", "a seafood trading company", "organization",
     {"unlinked_reason": "not named in the article"}),
    (FSB, "FSB", "Federal Security Service", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PACIFIC_FLEET, "flotte russe du Pacifique", "Russian Pacific Fleet", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (LAWYER, "Irina Sokolova", "Irina Sokolova", "person",
     {"description": "avocate du ressortissant japonais", "unlinked_reason": NOT_VERIFIED}),
    (FAMILY, "famille du ressortissant japonais", "the Japanese national's family", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (SAPPORO, "Sapporo", "Sapporo", "place", {"unlinked_reason": NOT_VERIFIED}),
    (NHK, "NHK", "NHK", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (MATSUNO, "Hirokazu Matsuno", "Hirokazu Matsuno", "person",
     {"description": "porte-parole du gouvernement japonais", "unlinked_reason": NOT_VERIFIED}),
    (RU_JUSTICE, "justice russe", "Russian judiciary", "organization",
     {"unlinked_reason": "an institution in general, not one Wikidata item here"}),
    (CONSUL, "un consul japonais à Vladivostok", "a Japanese consul in Vladivostok", "person",
     {"unlinked_reason": "not named in the article"}),
    (NOZDREV, "Nikolaï Nozdrev", "Nikolay Nozdrev", "person",
     {"description": "ambassadeur de Russie au Japon", "unlinked_reason": NOT_VERIFIED}),
    (KYODO, "Kyodo", "Kyodo News", "organization", {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Un tribunal de Vladivostok", None, COURT, "nominal"),
    ("Vladivostok", 1, VLADIVOSTOK, "name"),
    ("un ressortissant japonais", None, DETAINEE, "nominal"),
    ("les agences russes", None, RU_AGENCIES, "nominal"),
    # L’homme, un employé ... avait été arrêté en mars par le FSB ...
    ("L’homme", None, DETAINEE, "nominal"),
    ("un employé d’une société de commerce de produits de la mer", None, DETAINEE, "nominal"),
    ("une société de commerce de produits de la mer", None, COMPANY, "nominal"),
    ("FSB", None, FSB, "name"),
    ("les services de sécurité russes", None, FSB, "nominal"),
    ("l’", "qui l’accusent", DETAINEE, "pronoun"),
    ("Tokyo", "à Tokyo des", JAPAN, "metonym"),
    ("la flotte russe du Pacifique", None, PACIFIC_FLEET, "nominal"),
    ("Il", "Il a toujours", DETAINEE, "pronoun"),
    ("son avocate", None, LAWYER, "nominal"),
    ("Irina Sokolova", None, LAWYER, "name"),
    ("Sa famille", None, FAMILY, "nominal"),
    ("Sapporo", None, SAPPORO, "name"),
    ("NHK", None, NHK, "name"),
    # Tokyo a aussitôt dénoncé ...
    ("Tokyo", "Tokyo a aussitôt", JAPAN, "metonym"),
    ("Nous", "Nous demandons", JAPAN, "pronoun"),
    ("le porte-parole du gouvernement japonais", None, MATSUNO, "nominal"),
    ("Hirokazu Matsuno", None, MATSUNO, "name"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("lui", "a, lui, indiqué", KISHIDA, "pronoun"),
    ("il", "qu’il soulèverait", KISHIDA, "pronoun"),
    ("Moscou", "avec Moscou", RUSSIA, "metonym"),
    # Interrogé par des journalistes, le porte-parole du Kremlin ...
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("la justice russe", None, RU_JUSTICE, "nominal"),
    ("le condamné", None, DETAINEE, "nominal"),
    # Les relations entre les deux voisins ...
    ("l’invasion de l’Ukraine par la Russie", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("Russie", None, RUSSIA, "name"),
    ("Japon", "par le Japon", JAPAN, "name"),
    # En septembre 2022, un consul japonais ...
    ("un consul japonais", None, CONSUL, "nominal"),
    ("Vladivostok", 2, VLADIVOSTOK, "name"),
    ("Moscou", "Moscou l’accusant", RUSSIA, "metonym"),
    ("l’", "Moscou l’accusant", CONSUL, "pronoun"),
    # La ministre japonaise des Affaires étrangères ...
    ("La ministre japonaise des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yōko Kamikawa", None, KAMIKAWA, "name"),
    ("l’ambassadeur russe", None, NOZDREV, "nominal"),
    ("Nikolaï Nozdrev", None, NOZDREV, "name"),
    ("Kyodo", None, KYODO, "name"),
]

PUB_DAY = "The publication day, Thursday 30 November 2023."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2023-11-30", "day", "weekday-publication-day",
     "« a condamné jeudi »: " + PUB_DAY),
    ("t-four-years", ("quatre ans", None), None, "duration", "explicit-duration",
     "« à quatre ans de prison »: the length of the sentence, attached to nothing."),
    ("t-march", ("mars", None), "2023-03", "month", "month-past",
     "Pluperfect « avait été arrêté en mars »: the last March before November 2023: March 2023."),
    ("t-february-2022", ("février 2022", None), "2022-02", "month", "explicit-month-year",
     "« depuis l’invasion de l’Ukraine par la Russie en février 2022 »: the start of the deterioration (« depuis "
     "X » is annotated as X), as in gold."),
    ("t-september-2022", ("septembre 2022", None), "2022-09", "month", "explicit-month-year",
     "« En septembre 2022 »: the consul's detention and expulsion, and Moscow's accusation."),
    ("t-friday", ("vendredi", None), "2023-12-01", "day", "weekday-future",
     "Future « doit convoquer vendredi »: the Friday after the publication day: 1 December 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-sentence", "Event", "A Vladivostok court sentences a Japanese national to four years for espionage",
          ("a condamné", None), [("agent", COURT), ("recipient", DETAINEE)], place=VLADIVOSTOK, time="t-thursday",
          according_to=[RU_AGENCIES],
          note="The court's city is its place. « une décision « inacceptable » » and « l’affaire » restate it."),
    event("e-espionage", "Event", "Espionage by the Japanese national (the charge)", ("espionnage", None),
          [("agent", DETAINEE), ("recipient", RUSSIA)], status="suspected", according_to=[COURT],
          note="What he is convicted of and denies: suspected, according to the court that convicts him (as « "
               "soupçonné d’espionnage » in gold); Russia, spied on, is implied."),
    event("e-trial", "Event", "A closed-door trial of the Japanese national", ("procès", None),
          [("agent", COURT), ("recipient", DETAINEE)], place=VLADIVOSTOK, according_to=[RU_AGENCIES],
          note="« à l’issue d’un procès à huis clos »: it ended on Thursday but has no day of its own; « l’audience » "
               "restates it."),
    event("e-arrest", "Event", "The FSB arrested the man in March", ("avait été arrêté", None),
          [("agent", FSB), ("recipient", DETAINEE)], time="t-march"),
    event("e-transmission", "Event", "The man passed information on the Pacific Fleet to Tokyo (FSB)",
          ("avoir transmis", None), [("agent", DETAINEE), ("recipient", JAPAN), ("theme", PACIFIC_FLEET)],
          status="suspected", according_to=[FSB], note="An accusation he denies: suspected."),
    event("e-appeal", "Event", "The lawyer intends to appeal", ("faire appel", None), [("agent", LAWYER)],
          status="planned", note="« a annoncé son intention de faire appel »: planned."),
    event("e-attendance", "Event", "The family was not allowed to attend the hearing", ("assister", None),
          [("participant", FAMILY)], status="negated", according_to=[NHK],
          note="« n’a pas été autorisée à assister à l’audience »: the attendance did not happen: negated. « qui vit "
               "à Sapporo » is a state: no event."),
    event("e-release", "Event", "Japan demands his immediate release", ("libération", None),
          [("agent", RUSSIA), ("recipient", DETAINEE)], status="proposed", according_to=[MATSUNO],
          note="What Tokyo demands: proposed; Russia, which holds him, is implied."),
    event("e-raise", "Event", "Kishida would raise the case with Moscow at every opportunity", ("soulèverait", None),
          [("agent", KISHIDA), ("recipient", RUSSIA)], status="planned", according_to=[KISHIDA],
          note="A future in the past under « a indiqué »: planned."),
    event("e-exchange", "Event", "A possible exchange of the convicted man", ("échange", None),
          [("recipient", DETAINEE)], status="hypothetical",
          note="« si le condamné pourrait faire l’objet d’un échange »: hypothetical; no party written."),
    event("e-deterioration", "Event", "Relations between Japan and Russia have sharply deteriorated",
          ("dégradées", None), [("participant", JAPAN), ("participant", RUSSIA)], time="t-february-2022",
          note="« Les relations entre les deux voisins »: the two neighbours (not a mention) are Japan and Russia."),
    event("e-sanctions", "Sanction", "Sanctions imposed by Japan on Russia", ("sanctions", None),
          [("agent", JAPAN), ("recipient", RUSSIA)],
          note="« imposées ensuite par le Japon »: after the invasion, with no date of their own: no time."),
    event("e-consul-detention", "Event", "A Japanese consul was briefly detained in Vladivostok in September 2022",
          ("détenu", None), [("recipient", CONSUL)], place=VLADIVOSTOK, time="t-september-2022",
          note="Passive with no agent written: recipient only."),
    event("e-consul-expulsion", "Event", "The consul was then expelled", ("expulsé", None), [("recipient", CONSUL)],
          time="t-september-2022", note="« puis expulsé »: same month; no agent written."),
    event("e-consul-information", "Event", "The consul obtained classified information (Moscow's accusation)",
          ("avoir obtenu", None), [("agent", CONSUL)], status="suspected", according_to=[RUSSIA]),
    event("e-summons", "Event", "Kamikawa to summon the Russian ambassador on Friday", ("convoquer", None),
          [("agent", KAMIKAWA), ("recipient", NOZDREV)], status="planned", time="t-friday", according_to=[KYODO]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ru-agencies", "Report", "Russian agencies report the sentence", RU_AGENCIES, ("ont rapporté", None), [],
           about=["e-sentence", "e-trial"], note="The source after the clause; no weekday of its own: no time."),
    speech("s-fsb", "Statement", "The FSB accuses the man of passing information to Tokyo", FSB,
           ("accusent", None), [], about=["e-transmission"],
           note="« qui l’accusent »: a relative accusation in the present, without a quote."),
    speech("s-denial", "Statement", "The man has always denied the charges", DETAINEE, ("a toujours nié", None), [],
           according_to=[LAWYER], about=["e-transmission", "e-espionage"]),
    speech("s-lawyer", "Report", "His lawyer reports his denial", LAWYER, ("selon", "selon son avocate"), [],
           about=["s-denial"]),
    speech("s-lawyer-appeal", "Statement", "The lawyer announces her intention to appeal", LAWYER,
           ("a annoncé", None), [], about=["e-appeal"]),
    speech("s-nhk", "Report", "NHK reports the family was not allowed to attend", NHK, ("selon", "selon la chaîne"),
           [], about=["e-attendance"]),
    speech("s-tokyo-denounces", "Statement", "Tokyo denounces an « unacceptable » decision", JAPAN,
           ("a aussitôt dénoncé", None), [("inacceptable", None)], about=["e-sentence"],
           note="« aussitôt »: right after the sentence, no time word of its own: no time."),
    speech("s-matsuno", "Statement", "Matsuno: « We demand his immediate release »", MATSUNO, ("a déclaré", None),
           [("Nous demandons sa libération immédiate", None)], about=["e-release"],
           note="« lors de son point de presse quotidien »: no day written: no time."),
    speech("s-kishida", "Statement", "Kishida will raise the case « at every opportunity » with Moscow", KISHIDA,
           ("indiqué", None), [("à chaque occasion", None)], about=["e-raise", "e-sentence"]),
    speech("s-peskov", "Statement", "Peskov: Russian justice « did its job »", PESKOV, ("a estimé", None),
           [("fait son travail", None)], about=["e-sentence"]),
    speech("s-peskov-refusal", "SpeechAct", "Peskov refuses to say whether the man could be exchanged", PESKOV,
           ("refusé", None), [], status="negated", about=["e-exchange"],
           note="A refusal to say: a negated speech act, as in gold; joined by « et » to « a estimé »."),
    speech("s-moscow-accuses", "Statement", "Moscow accused the consul of obtaining classified information", RUSSIA,
           ("accusant", None), [], time="t-september-2022", about=["e-consul-information"],
           note="An absolute participle: the accusation of the same September 2022."),
    speech("s-kyodo", "Report", "Kyodo reports the planned summons", KYODO, ("a rapporté", None), [],
           about=["e-summons"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
