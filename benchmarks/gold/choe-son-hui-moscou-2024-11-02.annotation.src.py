"""Held-out annotation of choe-son-hui-moscou-2024-11-02.txt (written for the twenty-third held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/choe-son-hui-moscou-2024-11-02.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/choe-son-hui-moscou-2024-11-02.annotation.src.py --check

From held-out set 23 (moved to gold in session 21; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "choe-son-hui-moscou-2024-11-02.txt"

NOTE = """\
Held-out-23 article: North Korea's foreign minister Choe Son-hui holds long talks in Moscow with Sergei Lavrov on \
Friday 1 November 2024, while Seoul and Washington say thousands of North Korean soldiers are massed near Kursk; \
Lavrov hails relations at an unprecedented level, Choe promises that her country will stand by Russia until its \
final victory (TASS); RIA Novosti says Vladimir Putin should receive her on Monday, when she would hand him a \
message from Kim Jong-un, and Dmitry Peskov answers that nothing is fixed, neither confirming nor denying; Peskov \
refuses to comment on the soldiers, the Kremlin having called Seoul's first accusations « fake news » in \
mid-October before Putin declined on 24 October to deny their presence; the Pentagon said on Thursday that about \
8,000 of them are stationed in the Kursk region and could fight within days, and Seoul, which speaks of 11,000 \
men, summoned the Russian ambassador the same day to demand their withdrawal; Volodymyr Zelensky denounces an « \
escalation » in Kyiv on Friday evening and calls on his allies for a firm response; Beijing's diplomacy says it \
has no information and China refrains from criticism; Choe had visited Russia in January, before the signing of \
the mutual defence treaty in Pyongyang in June, and is to leave Moscow on Tuesday. Published Saturday 2 November \
2024 (the file gives the day). The talks, the troop figures, the Putin meeting and the treaty follow the real \
events loosely; all quotes, RIA's report of a message, Peskov's Friday words, the dates of the Kremlin's and \
Putin's remarks, the summons, Zelensky's and Beijing's words and Choe's departure day are invented or simplified.
What it exercises: a nominal meeting with a light verb, a weekday and a city (« a eu vendredi à Moscou de longs \
entretiens avec le chef de la diplomatie russe, Sergueï Lavrov »: trigger « entretiens »; role nouns before the \
names, set off by commas) and « alors que » with a joint claim by two metonyms (« Séoul et Washington affirment \
»: two speech acts, one trigger) over a passive participle with an agent metonym (« des milliers de soldats \
envoyés par Pyongyang »: the dispatch suspected) and a present passive state near a city (« sont désormais massés \
près de Koursk, dans l’ouest de la Russie »: suspected, place Russia, since « près de » is not in the city); a \
two-sentence quote split around « a déclaré M. Lavrov au début de la rencontre » with two metonyms in its second \
sentence (the statement takes the talks' Friday and Moscow; « la rencontre » restates the talks); a role noun for \
the guest with « a, pour sa part, promis » and two quotes under one verb with a future in the past (« se tiendrait \
« fermement aux côtés de la Russie » jusqu’à sa « victoire finale » »: the standing by planned, the victory \
hypothetical) sourced after the clause to TASS; « Selon l’agence RIA Novosti » over a conditional passive \
reception on a future weekday (« devrait aussi être reçue lundi par Vladimir Poutine »: planned, as « devrait se \
tenir » in gold) and a relative conditional handing over (« à qui elle remettrait un message personnel de Kim \
Jong-un »: a hypothetical Delivery); a quote first under a source with a role noun and a name in apposition and « \
sans confirmer ni démentir la rencontre » (two negated speech acts, one per verb); a participle « Interrogé sur » \
with « il » and « a refusé tout commentaire » (a negated speech act); a pluperfect qualification with a quoted \
noun phrase and « à la mi-octobre » over a nominal speech act (« les premières accusations de Séoul ») and « \
avant que le président russe ne refuse, le 24 octobre, de démentir » (an expletive « ne »: the refusal is a \
negated denial, dated by the date in apposition); a claim on a past weekday with a subgroup stationed in a region \
and a conditional fight with a quoted vague time (« pourraient combattre les forces ukrainiennes « dans les \
prochains jours » »); a metonym with a relative present speech act and a summons « le même jour » (the Thursday) \
with a purpose speech act whose quote is one adjective (« pour exiger leur retrait « immédiat » »: the withdrawal \
proposed); « À Kiev » (the city), a title right before the name and two verbs with one quote each joined by « et » \
(« a dénoncé vendredi soir une « escalade » et appelé ses alliés à une réponse « ferme » »: two speech acts; the \
response proposed); a metonym with a relative speech act by its diplomacy and a quote after « d’ » (« dont la \
diplomatie a dit ne disposer d’« aucune information » ») and « s’est gardé de toute critique » (a negated speech \
act); a pluperfect visit with a month and a nominal signing with a month and a city (« avant la signature en juin \
à Pyongyang d’un traité de défense mutuelle entre les deux pays »), then a planned departure on a future weekday \
with « Elle » and « la capitale russe ».
Places and metonyms. « Moscou » is the city where the talks take place (Q649) and Russia where it « sait pouvoir \
compter » (Q159); « la capitale russe » is the city too (nominal). « Pyongyang » is North Korea where it sends \
soldiers and can be counted on (Q423), the city where the treaty was signed (Q18808). « Séoul » is South Korea \
(Q884) each time it speaks or summons, « Washington » the United States (Q30), « Pékin » China (Q148). « À Kiev » \
is the city where Zelensky speaks (Q1899). « le Kremlin » that qualifies and « porte-parole du Kremlin » are the \
institution (Q2060629). « la région de Koursk » is a nominal mention of Kursk Oblast and « Koursk » inside it the \
city, as gold/traite-russie-coree-ratification-2024-11; « près de Koursk » is the city.
Mentions. « des milliers de soldats » (the participle phrase after it is the dispatch, not part of the mention, \
as « une vingtaine de drones lancés par » in gold), « les soldats nord-coréens », « ces troupes » and « quelque \
11.000 hommes » are one local group, the North Korean soldiers sent to Russia; « environ 8.000 militaires \
nord-coréens » is a second group, the part of them the Pentagon places in the Kursk region. « Son invitée », « la \
ministre », « elle », « Mme Choe » (only « Choe ») and « Elle » are Choe; « son pays » is North Korea; « le \
président russe » is Putin; « la diplomatie » that speaks for Beijing is the Chinese foreign ministry (as « la \
diplomatie russe » as a subject in gold), while « la diplomatie russe » inside Lavrov's title is no mention. « \
l’ambassadeur de Russie » is the unnamed Russian ambassador in Seoul, with « Russie » inside it; « ses alliés » \
is Ukraine's allies as one local group (gold precedent); « un message personnel de Kim Jong-un » is a thing with « \
Kim Jong-un » inside it. Not mentions: « Nos relations », « les deux pays », « leur retrait » (possessive), « \
ce déploiement » (the massing, an event), « la présence de ces troupes » as a phrase (the presence is neither an \
event nor a mention, as « leur présence » in gold; « ces troupes » inside it is), and « la rencontre » (events).
Statuses. The talks, the January visit, the signing and the summons are occurred; the \
dispatch, the massing and the stationing in the Kursk region are suspected (claims by Seoul, Washington and the \
Pentagon that the Kremlin calls fake news and refuses to confirm); the North Korean support for Russia, the \
reception by Putin and Choe's departure are planned; the hand-over of Kim's message, the Russian victory and the \
fighting are hypothetical; the withdrawal and the allies' response are proposed; Peskov's confirmation, denial \
and comment, Putin's denial and China's criticism are negated speech acts. « Rien n’est encore fixé » has no \
actor: no event, as « Aucune date n’a toutefois été fixée » in gold.
Times. « vendredi » (the talks and Peskov's answer) is Friday 1 November 2024 and « vendredi soir » its evening, \
the day before publication; « lundi » 4 November and « mardi » 5 November are future; « jeudi » is 31 October and \
« le même jour » that same Thursday (counted from the claim it follows); « à la mi-octobre » is October 2024 \
(month); « le 24 octobre » 24 October 2024; « dans les prochains jours » (inside the Pentagon's quote) is vague, \
the fighting's time; « en janvier » is January 2024 and « en juin » June 2024. Lavrov's words and Choe's promise \
take the talks' Friday (« au début de la rencontre »), Peskov's no-comment the Friday of the answer it follows \
(the same exchange with the press: « il »). « désormais », « au début de la rencontre », « déjà » and « au total » \
are not times. Seoul's and Washington's present « affirment » and Seoul's « évoque » have no time.
Choe Son-hui, Kursk and Kursk Oblast, the North Korean soldiers and their Kursk contingent, RIA Novosti, Kim's \
message, the Pentagon, the Ukrainian armed forces, the Russian ambassador in Seoul, Volodymyr Zelensky, Ukraine's \
allies, the Chinese foreign ministry and the mutual defence treaty are not in ids.tsv: local, unlinked."""

NK, RUSSIA, SK, US, CHINA = "Q423", "Q159", "Q884", "Q30", "Q148"
MOSCOW, PYONGYANG, KYIV = "Q649", "Q18808", "Q1899"
LAVROV, PUTIN, KIM, PESKOV, KREMLIN, TASS = "Q58217", "Q7747", "Q56226", "Q4359688", "Q2060629", "Q223799"
CHOE, TROOPS, KURSK, KURSK_OBLAST = "local:choe-son-hui", "local:north-korean-soldiers-in-russia", "local:kursk", \
    "local:kursk-oblast"
RIA, MESSAGE, PENTAGON, KURSK_GROUP = "local:ria-novosti", "local:kim-message-to-putin", "local:pentagon", \
    "local:north-korean-soldiers-kursk-region"
UKR_FORCES, AMBASSADOR, ZELENSKY, ALLIES = "local:ukrainian-armed-forces", "local:russian-ambassador-seoul", \
    "local:volodymyr-zelensky", "local:ukraine-allies"
CN_MFA, TREATY = "local:chinese-foreign-ministry", "local:russia-north-korea-treaty"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CHOE, "Choe Son-hui", "Choe Son-hui", "person",
     {"description": "ministre nord-coréenne des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "soldats nord-coréens envoyés en Russie", "North Korean soldiers sent to Russia", "group",
     {"description": "des milliers de soldats, quelque 11.000 hommes selon Séoul", "unlinked_reason": NOT_GROUP}),
    (KURSK, "Koursk", "Kursk", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KURSK_OBLAST, "oblast de Koursk", "Kursk Oblast", "place", {"class_qid": "Q835714",
                                                                   "unlinked_reason": NOT_VERIFIED}),
    (RIA, "RIA Novosti", "RIA Novosti", "organization",
     {"description": "agence de presse russe", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (MESSAGE, "message personnel de Kim Jong-un à Vladimir Poutine", "Kim Jong-un's personal message to Vladimir "
     "Putin", "object", {"unlinked_reason": "a single message with no Wikidata item"}),
    (PENTAGON, "Pentagone", "United States Department of Defense", "organization",
     {"description": "département de la Défense des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (KURSK_GROUP, "militaires nord-coréens stationnés dans la région de Koursk", "North Korean soldiers stationed "
     "in the Kursk region", "group",
     {"description": "environ 8.000 hommes selon le Pentagone", "unlinked_reason": NOT_GROUP}),
    (UKR_FORCES, "forces armées ukrainiennes", "Armed Forces of Ukraine", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (AMBASSADOR, "ambassadeur de Russie en Corée du Sud", "Russian ambassador to South Korea", "person",
     {"description": "convoqué à Séoul le 31 octobre 2024", "unlinked_reason": "not named in the article"}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (ALLIES, "alliés de l’Ukraine", "Ukraine's allies", "group",
     {"description": "les alliés que Volodymyr Zelensky appelle à réagir", "unlinked_reason": NOT_GROUP}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (TREATY, "traité de partenariat stratégique global entre la Russie et la Corée du Nord", "Russia–North Korea "
     "Treaty on Comprehensive Strategic Partnership", "object",
     {"description": "le « traité de défense mutuelle » signé en juin 2024 à Pyongyang", "class_qid": "Q131569",
      "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La ministre nord-coréenne des Affaires étrangères, Choe Son-hui, a eu vendredi à Moscou de longs entretiens ...
    ("La ministre nord-coréenne des Affaires étrangères", None, CHOE, "nominal"),
    ("Choe Son-hui", None, CHOE, "name"),
    ("Moscou", "à Moscou de longs", MOSCOW, "name"),
    ("le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    # ... alors que Séoul et Washington affirment que des milliers de soldats envoyés par Pyongyang ...
    ("Séoul", "alors que Séoul", SK, "metonym"),
    ("Washington", None, US, "metonym"),
    ("des milliers de soldats", None, TROOPS, "nominal"),
    ("Pyongyang", "envoyés par Pyongyang", NK, "metonym"),
    ("Koursk", "près de Koursk", KURSK, "name"),
    ("Russie", "l’ouest de la Russie", RUSSIA, "name"),
    # « Nos relations ..., a déclaré M. Lavrov au début de la rencontre. Moscou sait pouvoir compter sur Pyongyang. »
    ("Lavrov", "M. Lavrov au début", LAVROV, "name"),
    ("Moscou", "Moscou sait", RUSSIA, "metonym"),
    ("Pyongyang", "compter sur Pyongyang", NK, "metonym"),
    # Son invitée a, pour sa part, promis que son pays se tiendrait « fermement aux côtés de la Russie » ...
    ("Son invitée", None, CHOE, "nominal"),
    ("son pays", None, NK, "nominal"),
    ("Russie", "aux côtés de la Russie", RUSSIA, "name"),
    ("TASS", None, TASS, "name"),
    # Selon l’agence RIA Novosti, la ministre devrait aussi être reçue lundi par Vladimir Poutine, à qui elle ...
    ("RIA Novosti", None, RIA, "name"),
    ("la ministre", "la ministre devrait", CHOE, "nominal"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("elle", "à qui elle remettrait", CHOE, "pronoun"),
    ("un message personnel de Kim Jong-un", None, MESSAGE, "nominal"),
    ("Kim Jong-un", None, KIM, "name"),
    # « Rien n’est encore fixé », a répondu vendredi le porte-parole du Kremlin, Dmitri Peskov, ...
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "porte-parole du Kremlin", KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # Interrogé sur les soldats nord-coréens, il a refusé tout commentaire.
    ("les soldats nord-coréens", None, TROOPS, "nominal"),
    ("il", "il a refusé", PESKOV, "pronoun"),
    # Le Kremlin avait qualifié à la mi-octobre de « fausses nouvelles » les premières accusations de Séoul, ...
    ("Kremlin", "Le Kremlin avait", KREMLIN, "metonym"),
    ("Séoul", "accusations de Séoul", SK, "metonym"),
    ("le président russe", None, PUTIN, "nominal"),
    ("ces troupes", None, TROOPS, "nominal"),
    # Le Pentagone a affirmé jeudi qu’environ 8.000 militaires nord-coréens étaient déjà stationnés ...
    ("Pentagone", None, PENTAGON, "name"),
    ("environ 8.000 militaires nord-coréens", None, KURSK_GROUP, "nominal"),
    ("la région de Koursk", None, KURSK_OBLAST, "nominal"),
    ("Koursk", "la région de Koursk", KURSK, "name"),
    ("les forces ukrainiennes", None, UKR_FORCES, "nominal"),
    # Séoul, qui évoque au total quelque 11.000 hommes, a convoqué le même jour l’ambassadeur de Russie ...
    ("Séoul", "Séoul, qui évoque", SK, "metonym"),
    ("quelque 11.000 hommes", None, TROOPS, "nominal"),
    ("l’ambassadeur de Russie", None, AMBASSADOR, "nominal"),
    ("Russie", "ambassadeur de Russie", RUSSIA, "name"),
    # À Kiev, le président Volodymyr Zelensky a dénoncé vendredi soir une « escalade » et appelé ses alliés ...
    ("Kiev", None, KYIV, "name"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("ses alliés", None, ALLIES, "nominal"),
    # Pékin, dont la diplomatie a dit ne disposer d’« aucune information » ..., s’est gardé de toute critique.
    ("Pékin", None, CHINA, "metonym"),
    ("la diplomatie", "dont la diplomatie", CN_MFA, "nominal"),
    # Mme Choe s’était déjà rendue en Russie en janvier, avant la signature en juin à Pyongyang d’un traité ...
    ("Choe", "Mme Choe", CHOE, "name"),
    ("Russie", "rendue en Russie", RUSSIA, "name"),
    ("Pyongyang", "à Pyongyang d’un", PYONGYANG, "name"),
    ("un traité de défense mutuelle", None, TREATY, "nominal"),
    # Elle doit quitter la capitale russe mardi.
    ("Elle", "Elle doit", CHOE, "pronoun"),
    ("la capitale russe", None, MOSCOW, "nominal"),
]

FRIDAY_NOTE = ("A weekday named in the past tense (« {words} ») is the most recent such day before publication "
               "(Saturday 2 November 2024): Friday 1 November 2024.")

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", "a eu vendredi"), "2024-11-01", "day", "weekday-past",
     FRIDAY_NOTE.format(words="a eu vendredi")),
    ("t-monday", ("lundi", None), "2024-11-04", "day", "weekday-future",
     "« devrait aussi être reçue lundi »: future, the Monday after Saturday 2 November 2024: 4 November 2024."),
    ("t-friday-peskov", ("vendredi", "a répondu vendredi"), "2024-11-01", "day", "weekday-past",
     FRIDAY_NOTE.format(words="a répondu vendredi")),
    ("t-mid-october", ("à la mi-octobre", None), "2024-10", "month", "month-past",
     "The middle of the last October before November 2024: October 2024; the day is not known, so the month."),
    ("t-october-24", ("le 24 octobre", None), "2024-10-24", "day", "day-month-past",
     "An explicit day and month before the publication date: 24 October 2024 (a Thursday)."),
    ("t-thursday", ("jeudi", None), "2024-10-31", "day", "weekday-past",
     "« Le Pentagone a affirmé jeudi »: the Thursday before Saturday 2 November 2024: 31 October 2024."),
    ("t-next-days", ("dans les prochains jours", None), None, "vague", "vague-future",
     "Inside the Pentagon's quote: the next few days after Thursday 31 October; no date can be given. It is the "
     "time of the conditional fighting."),
    ("t-same-day", ("le même jour", None), "2024-10-31", "day", "counted-from-event",
     "« le même jour » as the Pentagon's claim of the sentence before, « a affirmé jeudi »: Thursday 31 October "
     "2024."),
    ("t-friday-evening", ("vendredi soir", None), "2024-11-01", "day", "weekday-past",
     "« a dénoncé vendredi soir »: the evening of the Friday before publication, Friday 1 November 2024 (a part "
     "of the day keeps the day)."),
    ("t-january", ("en janvier", None), "2024-01", "month", "month-past",
     "« s’était déjà rendue en Russie en janvier »: the last January before November 2024, January 2024."),
    ("t-june", ("en juin", None), "2024-06", "month", "month-past",
     "« la signature en juin »: the last June before November 2024, June 2024 (the treaty was signed on 19 June "
     "2024; the text gives the month only)."),
    ("t-tuesday", ("mardi", None), "2024-11-05", "day", "weekday-future",
     "« doit quitter la capitale russe mardi »: future, the Tuesday after Saturday 2 November 2024: 5 November "
     "2024."),
]

LEDE = ("La ministre nord-coréenne", "l’ouest de la Russie.")
LAVROV_EVIDENCE = ("« Nos relations", "Pyongyang. »")
PENTAGON_EVIDENCE = ("Le Pentagone a affirmé", "prochains jours ».")
SEOUL_EVIDENCE = ("Séoul, qui évoque", "« immédiat ».")

EVENTS: list[dict[str, Any]] = [
    event("e-talks", "Meeting", "Choe Son-hui holds long talks with Sergei Lavrov in Moscow on Friday",
          ("entretiens", None), [("participant", CHOE), ("participant", LAVROV)], place=MOSCOW, time="t-friday",
          note="« a eu vendredi à Moscou de longs entretiens avec ... Sergueï Lavrov »: « a eu » is a light verb, "
               "the noun is the trigger. Stated in the article's own voice. « la rencontre » (Lavrov's words) "
               "restates it."),
    event("e-dispatch", "Event", "North Korea sent thousands of soldiers to Russia (Seoul's and Washington's claim)",
          ("envoyés", None), [("agent", NK), ("theme", TROOPS)], status="suspected", place=RUSSIA,
          according_to=[SK, US],
          note="« des milliers de soldats envoyés par Pyongyang »: a passive participle with its agent inside what "
               "Seoul and Washington affirm; the Kremlin called the first accusations fake news and refuses to "
               "confirm, so suspected (as « accusent ... d’avoir envoyé » in gold/nord-coree-salve-2024-11). The "
               "place is Russia, where the sentence puts the soldiers. « quelque 11.000 hommes » (Seoul) and the "
               "Kremlin's and Putin's words are about it too."),
    event("e-massing", "Event", "North Korean soldiers massed near Kursk in western Russia", ("massés", None),
          [("participant", TROOPS)], status="suspected", place=RUSSIA, according_to=[SK, US],
          note="« sont désormais massés près de Koursk, dans l’ouest de la Russie »: a present passive state with no "
               "agent; « près de » is near, not in, the city, so the place is Russia. « désormais » is not "
               "annotated as a time (an aspect adverb, as « toujours »). « ce déploiement » (Beijing's paragraph) "
               "restates it."),
    event("e-standing-by", "Event", "North Korea will stand firmly by Russia (Choe's promise)",
          ("se tiendrait", None), [("agent", NK), ("recipient", RUSSIA)], status="planned",
          according_to=[CHOE, TASS],
          note="« promis que son pays se tiendrait « fermement aux côtés de la Russie » »: a promise in the future "
               "in the past, planned; « son pays » is North Korea."),
    event("e-victory", "Event", "Russia's « final victory » (in Choe's promise)", ("victoire", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[CHOE, TASS],
          note="« jusqu’à sa « victoire finale » »: a victory still to come, hypothetical, as « remporterait une « "
               "grande victoire » » in the bundled article; « sa » is Russia's."),
    event("e-putin-reception", "Meeting", "Vladimir Putin expected to receive Choe Son-hui on Monday",
          ("reçue", "être reçue lundi"), [("agent", PUTIN), ("participant", CHOE)], status="planned",
          place=MOSCOW, time="t-monday", according_to=[RIA],
          note="« la ministre devrait aussi être reçue lundi par Vladimir Poutine »: an expected reception, planned "
               "(as the Council meeting « qui devrait se tenir » in gold/frappes-houthis-yemen-2024-01-12); the "
               "host is the agent. No place is written: Moscow is implied (she is there on Friday and leaves « la "
               "capitale russe » on Tuesday). « la rencontre » Peskov neither confirms nor denies restates it."),
    event("e-message", "Delivery", "Choe would hand Putin a personal message from Kim Jong-un",
          ("remettrait", None), [("agent", CHOE), ("recipient", PUTIN), ("theme", MESSAGE)],
          status="hypothetical", place=MOSCOW, time="t-monday", according_to=[RIA], part_of="e-putin-reception",
          note="« à qui elle remettrait un message personnel de Kim Jong-un »: a conditional in a relative clause, "
               "hypothetical; a Delivery as the message handed over in gold/choigou-pyongyang-2024-09-13. It "
               "takes the reception's Monday and place."),
    event("e-stationed", "Event", "About 8,000 North Korean soldiers stationed in the Kursk region (Pentagon)",
          ("stationnés", None), [("participant", KURSK_GROUP)], status="suspected", place=KURSK_OBLAST,
          according_to=[PENTAGON], part_of="e-massing", evidence=PENTAGON_EVIDENCE,
          note="« environ 8.000 militaires nord-coréens étaient déjà stationnés dans la région de Koursk »: the "
               "Pentagon's claim, which the Kremlin does not confirm: suspected. Part of the massing the lede "
               "reports. No time of its own (« jeudi » dates the claim; « déjà » is no time)."),
    event("e-fighting", "Event", "The North Korean soldiers could fight the Ukrainian forces within days",
          ("combattre", None), [("agent", KURSK_GROUP), ("recipient", UKR_FORCES)], status="hypothetical",
          time="t-next-days", according_to=[PENTAGON], evidence=PENTAGON_EVIDENCE,
          note="« et pourraient combattre les forces ukrainiennes « dans les prochains jours » »: a conditional, "
               "hypothetical; the subject is the 8,000 of the clause before. No place is written for the fight."),
    event("e-summons", "Event", "Seoul summoned the Russian ambassador the same day", ("a convoqué", None),
          [("agent", SK), ("recipient", AMBASSADOR)], time="t-same-day", evidence=SEOUL_EVIDENCE,
          note="« a convoqué le même jour l’ambassadeur de Russie »: « Séoul » is South Korea, « le même jour » the "
               "Thursday of the Pentagon's claim. No place is written (Seoul the city is implied)."),
    event("e-withdrawal", "Event", "Withdrawal of the North Korean soldiers demanded by Seoul", ("retrait", None),
          [("agent", NK), ("theme", TROOPS)], status="proposed", according_to=[SK], evidence=SEOUL_EVIDENCE,
          note="« pour exiger leur retrait « immédiat » »: what Seoul demands is proposed (as « a réclamé la "
               "libération » in gold); « leur » is the soldiers (« quelque 11.000 hommes »). The state that sent "
               "them is the implied agent, as in the dispatch; the demand is made to Russia's ambassador."),
    event("e-response", "Event", "A firm response by Ukraine's allies, which Zelensky calls for", ("réponse", None),
          [("agent", ALLIES)], status="proposed", according_to=[ZELENSKY],
          note="« appelé ses alliés à une réponse « ferme » »: a call, proposed, with the allies as agent (as Cho "
               "urging Pyongyang in gold). Whom it would answer is not written."),
    event("e-choe-january-visit", "Visit", "Choe Son-hui visited Russia in January 2024",
          ("s’était déjà rendue", None), [("agent", CHOE)], place=RUSSIA, time="t-january",
          note="« Mme Choe s’était déjà rendue en Russie en janvier »: pluperfect, in the article's own voice."),
    event("e-treaty-signing", "Agreement", "Russia and North Korea signed a mutual defence treaty in Pyongyang in "
          "June", ("signature", None), [("participant", RUSSIA), ("participant", NK), ("theme", TREATY)],
          place=PYONGYANG, time="t-june",
          note="« avant la signature en juin à Pyongyang d’un traité de défense mutuelle entre les deux pays »: a "
               "nominal signing; « les deux pays » (no mention) are Russia and North Korea, the participants; no "
               "signer is named. « à Pyongyang » is the city (Q18808)."),
    event("e-departure", "Event", "Choe Son-hui is to leave Moscow on Tuesday", ("quitter", None),
          [("agent", CHOE)], status="planned", place=MOSCOW, time="t-tuesday",
          note="« Elle doit quitter la capitale russe mardi »: « doit » plus an infinitive, planned; « la capitale "
               "russe » (Moscow, nominal) is the place she leaves, as « a quitté mardi Hanoï » in gold."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-seoul-claim", "Statement", "Seoul says North Korean soldiers are massed near Kursk", SK,
           ("affirment", None), [], evidence=LEDE, about=["e-dispatch", "e-massing"],
           note="« Séoul et Washington affirment »: one trigger, two speakers, one speech act each (gold convention). "
                "A present with no weekday: no time."),
    speech("s-washington-claim", "Statement", "Washington says North Korean soldiers are massed near Kursk", US,
           ("affirment", None), [], evidence=LEDE, about=["e-dispatch", "e-massing"]),
    speech("s-lavrov-relations", "Statement", "Lavrov: relations at an unprecedented level, Moscow can count on "
           "Pyongyang", LAVROV, ("a déclaré", None),
           [("Nos relations ont atteint un niveau sans précédent", None),
            ("Moscou sait pouvoir compter sur Pyongyang.", None)],
           evidence=LAVROV_EVIDENCE, time="t-friday", place=MOSCOW, about=["e-talks"],
           note="One quote split around « a déclaré M. Lavrov au début de la rencontre »: the clause ends the first "
                "sentence, so one speech act with two quotes (the second keeps its full stop, inside the "
                "guillemets), as in gold/lavrov-pyongyang-2024-11. « la rencontre » restates the talks and gives "
                "the words their day and place. « Nos relations » is no mention; « Moscou » and « Pyongyang » are "
                "the states. Neither sentence states an event."),
    speech("s-choe-promise", "Assurance", "Choe promises North Korea will stand by Russia until its final victory",
           CHOE, ("promis", None), [("fermement aux côtés de la Russie", None), ("victoire finale", None)],
           according_to=[TASS], time="t-friday", place=MOSCOW, about=["e-standing-by", "e-victory"],
           note="« Son invitée a, pour sa part, promis »: « Son invitée » is Lavrov's guest, Choe; two pairs of "
                "guillemets under one verb are one speech act with two quotes. Said at the talks (« pour sa part » "
                "answers Lavrov's words), so their Friday and Moscow. No addressee is written."),
    speech("s-tass", "Report", "TASS reports Choe's promise", TASS, ("selon", "selon l’agence TASS"), [],
           about=["s-choe-promise"], note="« selon l’agence TASS » after the clause; a title before the name."),
    speech("s-ria", "Report", "RIA Novosti reports the expected reception by Putin and the message", RIA,
           ("Selon", None), [], about=["e-putin-reception", "e-message"],
           note="« Selon l’agence RIA Novosti » before the clause."),
    speech("s-peskov-nothing-fixed", "Statement", "Peskov: nothing is fixed yet", PESKOV, ("a répondu", None),
           [("Rien n’est encore fixé", None)], time="t-friday-peskov", about=["e-putin-reception"],
           note="A quote first, then « a répondu vendredi le porte-parole du Kremlin, Dmitri Peskov »; « Rien n’est "
                "encore fixé » has no actor: no event."),
    speech("s-peskov-no-confirmation", "SpeechAct", "Peskov does not confirm the meeting with Putin", PESKOV,
           ("confirmer", None), [], status="negated", time="t-friday-peskov", about=["e-putin-reception"],
           note="« sans confirmer ni démentir la rencontre »: two verbs, two negated speech acts (as « sans condamner "
                "» in gold); « la rencontre » is the expected reception."),
    speech("s-peskov-no-denial", "SpeechAct", "Peskov does not deny the meeting with Putin", PESKOV,
           ("démentir", "ni démentir"), [], status="negated", time="t-friday-peskov", about=["e-putin-reception"]),
    speech("s-peskov-no-comment", "SpeechAct", "Peskov declines to comment on the North Korean soldiers", PESKOV,
           ("a refusé", None), [], status="negated", time="t-friday-peskov",
           about=["e-dispatch", "e-massing"],
           note="« Interrogé sur les soldats nord-coréens, il a refusé tout commentaire »: a refusal, a negated speech "
                "act (trigger as « s’est refusé » in gold); « il » is Peskov. It follows his Friday answer in the "
                "same exchange, so it takes that Friday; a stricter reading would give it no time."),
    speech("s-kremlin-fake-news", "Statement", "The Kremlin called Seoul's first accusations « fake news » in "
           "mid-October", KREMLIN, ("avait qualifié", None), [("fausses nouvelles", None)], time="t-mid-october",
           about=["s-seoul-first-accusations", "e-dispatch"],
           note="Pluperfect; « à la mi-octobre » dates the qualification. The Kremlin that speaks is the "
                "institution (Q2060629)."),
    speech("s-seoul-first-accusations", "Statement", "Seoul's first accusations of a North Korean troop dispatch",
           SK, ("accusations", None), [], about=["e-dispatch"],
           note="« les premières accusations de Séoul »: a nominal speech act (as « la reconnaissance officielle par "
                "le Nord » in gold). No addressee is written (unlike « accusent ... la Corée du Nord » in gold). No "
                "time of its own: « à la mi-octobre » dates the Kremlin's answer."),
    speech("s-putin-no-denial", "SpeechAct", "Putin declined on 24 October to deny the troops' presence", PUTIN,
           ("refuse", None), [], status="negated", time="t-october-24", about=["e-dispatch"],
           note="« avant que le président russe ne refuse, le 24 octobre, de démentir la présence de ces troupes »: "
                "the « ne » is expletive (after « avant que »), not a negation; the refusal to deny is a negated "
                "speech act (trigger the verb of refusal, as « a refusé » in gold). « la présence » is no event."),
    speech("s-pentagon", "Statement", "The Pentagon says about 8,000 North Korean soldiers are in the Kursk region",
           PENTAGON, ("a affirmé", None), [("dans les prochains jours", None)], time="t-thursday",
           evidence=PENTAGON_EVIDENCE, about=["e-stationed", "e-fighting"],
           note="« Le Pentagone a affirmé jeudi »: the quote is the vague time of the fighting."),
    speech("s-seoul-total", "Statement", "Seoul speaks of some 11,000 North Korean soldiers in all", SK,
           ("évoque", None), [], evidence=SEOUL_EVIDENCE, about=["e-dispatch"],
           note="« Séoul, qui évoque au total quelque 11.000 hommes »: a relative speech act in the present; no "
                "time."),
    speech("s-seoul-demand", "Statement", "Seoul demands the « immediate » withdrawal of the soldiers", SK,
           ("exiger", None), [("immédiat", None)], addressee=AMBASSADOR, time="t-same-day",
           evidence=SEOUL_EVIDENCE, about=["e-withdrawal"],
           note="« pour exiger leur retrait « immédiat » »: the summons' purpose, said to the summoned ambassador "
                "(as « pour lui signifier une « vive protestation » » in gold/expulsion-diplomate-tokyo-2025-02-18); "
                "it takes the summons' day."),
    speech("s-zelensky-escalation", "Statement", "Zelensky denounces an « escalation »", ZELENSKY,
           ("a dénoncé", None), [("escalade", None)], time="t-friday-evening", place=KYIV,
           about=["e-massing"],
           note="« À Kiev, le président Volodymyr Zelensky a dénoncé vendredi soir une « escalade » »: a title right "
                "before the name is part of its phrase. The escalation is the troops' deployment as he judges it, "
                "not an event of its own."),
    speech("s-zelensky-call", "Statement", "Zelensky calls on his allies for a « firm » response", ZELENSKY,
           ("appelé", None), [("ferme", "« ferme »")], addressee=ALLIES, time="t-friday-evening", place=KYIV,
           about=["e-response"],
           note="« et appelé ses alliés à une réponse « ferme » »: a second verb with its own guillemets, a second "
                "speech act (two verbs, two quotes); it shares the evening and the city."),
    speech("s-china-mfa", "Statement", "China's diplomacy says it has « no information » on the deployment", CN_MFA,
           ("a dit", None), [("aucune information", None)], about=["e-massing"],
           note="« Pékin, dont la diplomatie a dit ne disposer d’« aucune information » sur ce déploiement »: the "
                "ministry (« la diplomatie », as « la diplomatie russe » as a subject in gold) is the speaker; the "
                "quote starts after the elided « d’ ». « ce déploiement » restates the massing."),
    speech("s-china-no-criticism", "SpeechAct", "Beijing refrains from any criticism", CHINA, ("critique", None), [],
           status="negated", about=["e-dispatch", "e-massing"],
           note="« s’est gardé de toute critique »: a negated speech act of China (« Pékin », a metonym), as « s’est "
                "gardé d’évoquer » in gold; the trigger is the noun « critique », what is refrained from."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
