"""Held-out annotation of ishiba-premier-ministre-2024-10-01.txt (written for the twenty-third held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/ishiba-premier-ministre-2024-10-01.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/ishiba-premier-ministre-2024-10-01.annotation.src.py --check

From held-out set 23 (moved to gold in session 21; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "ishiba-premier-ministre-2024-10-01.txt"

NOTE = """\
Held-out-23 article: Shigeru Ishiba is elected Prime Minister of Japan by the Diet on Tuesday 1 October 2024, \
succeeding Fumio Kishida, who had given up in August a new term at the head of the Liberal Democratic Party; \
Ishiba, who won the party's internal vote on Friday, gets 291 votes in the lower house and promises to regain the \
trust of the Japanese; he forms his cabinet in the evening (Takeshi Iwaya replaces Yōko Kamikawa at foreign \
affairs, Gen Nakatani gets defence); he had announced on Monday the dissolution of the lower house on 9 October for \
snap elections on 27 October, which he justifies on Tuesday evening while the opposition, which accuses him of \
dodging debate, denounces a « rushed election »; Yoon Suk Yeol sends congratulations and is to speak to him by \
phone on Wednesday (the South Korean presidency); Joe Biden hails « a long-time friend » and the alliance; Beijing \
reacts with more reserve: Li Qiang sends congratulations (Xinhua), the Chinese foreign ministry calls on Tokyo to \
respect its commitments on Taiwan, Xi Jinping says nothing; Ishiba may meet Li the next week in Laos on the \
sidelines of the ASEAN summit (the Japanese press). Published Tuesday 1 October 2024 (the file gives the day). The \
election by the Diet, the LDP vote of Friday 27 September, the Monday announcement of the dissolution and of the \
27 October elections, Iwaya and Nakatani's posts and the Vientiane summit follow the real events loosely; the vote \
count, all quotes, the opposition's charge, the timing of Yoon's call, the wording of Biden's, Li's and the Chinese \
ministry's messages and Xi's silence are invented or simplified.
What it exercises: a passive election on the publication day with a predicate role noun holding a country and the \
electing body as agent (« a été élu mardi Premier ministre du Japon par la Diète »: the predicate is no mention, « \
Japon » inside it is) with a participle of succession and a relative pluperfect renunciation in a month over a \
negated bid (« succédant à Fumio Kishida, qui avait renoncé en août à briguer un nouveau mandat à la tête du Parti \
libéral-démocrate (PLD), au pouvoir »: an acronym in brackets); an apposed noun of victory with a past weekday \
opening the sentence (« Vainqueur vendredi du scrutin interne de cette formation »: the victory part of the party \
vote, « cette formation » the LDP) and a vote count at the lower house (part of the election); a quote first with « \
Je » and a promise (« Je ferai tout pour regagner la confiance des Japonais »: the regaining planned) under « \
a-t-il lancé »; a formation of a cabinet with a part of the publication day and a possessive role noun, the place \
clitic « y » for the cabinet (« Takeshi Iwaya y remplace Yoko Kamikawa aux Affaires étrangères, tandis que Gen \
Nakatani hérite de la Défense »: two appointments, part of the formation, with its evening); a pluperfect \
announcement dated by « dès lundi » of a planned dissolution and planned elections, each with its own day and month \
(« le 9 octobre », « le 27 octobre »); a quote first with an impersonal « Il faut » and a vague « au plus vite » under \
« a-t-il justifié mardi soir »; a relative accusation with an elided object clitic (« qui l’accuse de vouloir \
esquiver les débats au Parlement »: the dodging suspected) and a denunciation with a quoted noun phrase restating \
the elections; a fronted city for the place of a speech act (« À Séoul », « À Washington »), a role noun and a name \
in apposition, a nominal congratulation with a possessive role noun as addressee (« a adressé à son nouvel homologue \
un message de félicitations »: trigger « félicitations ») joined by « et » to a planned phone call on a future \
weekday (« doit s’entretenir avec lui au téléphone mercredi »), both sourced after the clause to « la présidence \
sud-coréenne »; a hailing with a quoted indefinite noun phrase for the new leader and « s’est dit impatient de \
travailler avec lui » (two speech acts; the work together planned); a quote split around « a ajouté le président \
américain dans un communiqué, » with « nos deux pays » (a plural phrase); a metonym's reaction (« Pékin a réagi avec \
plus de retenue »); a congratulation with no addressee written, sourced to Xinhua with a title before the name (« \
selon l’agence Chine nouvelle ») and an imperfect call of a ministry known by « la diplomatie chinoise » to a \
metonym (« appelait Tokyo à « respecter ses engagements » sur Taïwan »: the respect proposed); a negated speech act \
(« Le président Xi Jinping ne s’est pas exprimé »); a conditional meeting dated by « dès la semaine prochaine » \
(October 2024, the month) in a country, on the sidelines of a nominal planned summit, sourced to the Japanese press.
Places and metonyms. « Séoul » and « Washington » are fronted cities, the places of Yoon's congratulations and of \
Biden's words (Q8684, Q61), not the states. « Pékin » is China (Q148), a metonym, where it reacts; « Tokyo » is \
Japan (Q17), a metonym, where it is called on to respect its commitments. « Japon » inside the predicate « Premier \
ministre du Japon » is Japan (a name inside a predicate is a mention, as « Conseil de sécurité de Russie » after « \
est nommé » in gold). « Laos » is the country where the meeting and the summit would take place (local). The \
election by the Diet is placed in Japan (the Diet's country; no city is written).
Mentions. Ishiba: « Shigeru Ishiba », « l’ancien ministre de la Défense », « Je », « il » (twice), « Le nouveau chef \
du gouvernement », « Ishiba » in « M. Ishiba » (twice; the title is part of the name's phrase), « son nouvel \
homologue », « lui » (twice) and « un ami de longue date » inside Biden's quote (an indefinite noun phrase that \
refers to him, the object of « a salué »). The LDP: its full name, « PLD », « cette formation ». The lower house: « \
la chambre basse » (twice), a local organisation. The Diet: « Diète » and « Parlement » (from the noun after the \
fused « au »). The cabinet: « son cabinet », « y », « ce gouvernement » (inside Ishiba's quote); « gouvernement » \
inside the title « Le nouveau chef du gouvernement » is no mention (a title that holds no name, as « Le chef du \
gouvernement japonais » in gold). « la Défense » and « aux Affaires étrangères » name portfolios (offices), not the \
ministries as actors: no mention, as « la diplomatie russe » inside a title in gold; « ministre de la Défense » \
inside Ishiba's role noun likewise. « des Japonais » (from the noun after the fused « des ») and « le peuple » are \
one local group, the Japanese people, taken by the regaining of trust and the elections (as « peuple vénézuélien », \
the election's participant, in gold). « Chine » inside « Chine nouvelle » only gives its name. Not mentions: « un \
nouveau mandat », « Premier ministre du Japon » (a predicate), « 291 voix », « la presse » (generic), « nos deux \
pays » (plural), « L’alliance » (no event takes it), « ses engagements », « un communiqué », « un message ».
Statuses. The election, the succession, Kishida's renunciation, the party vote and victory, the vote count, the \
cabinet's formation and the two appointments are occurred; Kishida's bid for a new term is negated (he gave it \
up); the regaining of trust (a promise), the dissolution, the snap elections, Yoon's call, the work with Biden (a \
wish, as an aim in gold) and the ASEAN summit are planned; the respect of commitments China calls for is proposed; \
the dodging of debates is suspected (the opposition's charge); the meeting with Li (« pourrait ») is hypothetical; \
Xi's speech act is negated.
Times. « mardi » (the election) is the publication day (weekday-publication-day); « en août » August 2024; « \
vendredi » (the LDP vote) Friday 27 September 2024 and « dès lundi » Monday 30 September 2024 (weekday-past, « dès » \
inside the span as in gold); « dans la soirée » and « mardi soir » the publication day; « le 9 octobre » and « le \
27 octobre » days of the publication year, still ahead; « au plus vite » (inside the quote) vague and attached to \
nothing, the elections keeping their own day; « mercredi » 2 October 2024 (weekday-future); « dès la semaine \
prochaine » (7 to 13 October 2024) the month, October 2024. The vote count takes the election's Tuesday, the two \
appointments the formation's evening. The congratulations, Biden's words, Beijing's reaction and the Chinese \
ministry's call have no weekday of their own: no time. « de longue date » inside Biden's quote is part of a noun \
phrase for a person: no time.
Kishida, Kamikawa, Japan, Seoul, Washington, China and Xi Jinping are linked. Ishiba, the Diet, the LDP, the lower \
house, the Japanese people, the Ishiba cabinet, Takeshi Iwaya, Gen Nakatani, the opposition, Yoon Suk Yeol, the \
South Korean presidency, Joe Biden, Li Qiang, Xinhua, the Chinese foreign ministry, Taiwan, Laos, ASEAN and the \
Japanese press are not in ids.tsv: local, unlinked."""

JAPAN, KISHIDA, KAMIKAWA, SEOUL, WASHINGTON, CHINA, XI = "Q17", "Q359480", "Q276275", "Q8684", "Q61", "Q148", \
    "Q15031"
ISHIBA, DIET, LDP, LOWER_HOUSE, PEOPLE = "local:shigeru-ishiba", "local:national-diet", \
    "local:liberal-democratic-party-japan", "local:house-of-representatives-japan", "local:japanese-people"
CABINET, IWAYA, NAKATANI, OPPOSITION = "local:ishiba-cabinet", "local:takeshi-iwaya", "local:gen-nakatani", \
    "local:japanese-opposition"
YOON, SK_PRESIDENCY, BIDEN, LI, XINHUA = "local:yoon-suk-yeol", "local:south-korean-presidency", "local:joe-biden", \
    "local:li-qiang", "local:xinhua"
CN_MOFA, TAIWAN, LAOS, ASEAN, JP_PRESS = "local:chinese-foreign-ministry", "local:taiwan", "local:laos", \
    "local:asean", "local:japanese-press"

NOT_GROUP = "an unnamed group, not one Wikidata item"

DESCRIPTIONS = {
    KISHIDA: "Premier ministre du Japon sortant, qui a renoncé en août 2024 à briguer un nouveau mandat",
    KAMIKAWA: "ministre japonaise des Affaires étrangères sortante, remplacée par Takeshi Iwaya",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ISHIBA, "Shigeru Ishiba", "Shigeru Ishiba", "person",
     {"description": "Premier ministre du Japon élu le 1er octobre 2024, ancien ministre de la Défense",
      "unlinked_reason": NOT_VERIFIED}),
    (DIET, "Diète", "National Diet", "organization",
     {"description": "le Parlement japonais", "unlinked_reason": NOT_VERIFIED}),
    (LDP, "Parti libéral-démocrate", "Liberal Democratic Party", "organization",
     {"description": "parti au pouvoir au Japon (PLD)", "class_qid": "Q7278", "unlinked_reason": NOT_VERIFIED}),
    (LOWER_HOUSE, "Chambre des représentants", "House of Representatives (Japan)", "organization",
     {"description": "la chambre basse de la Diète", "unlinked_reason": NOT_VERIFIED}),
    (PEOPLE, "les Japonais", "the Japanese people", "group",
     {"description": "le peuple japonais, électeurs des législatives anticipées", "unlinked_reason": NOT_GROUP}),
    (CABINET, "cabinet Ishiba", "Ishiba cabinet", "organization",
     {"description": "le gouvernement formé par Shigeru Ishiba le 1er octobre 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (IWAYA, "Takeshi Iwaya", "Takeshi Iwaya", "person",
     {"description": "ministre japonais des Affaires étrangères du cabinet Ishiba", "unlinked_reason": NOT_VERIFIED}),
    (NAKATANI, "Gen Nakatani", "Gen Nakatani", "person",
     {"description": "ministre japonais de la Défense du cabinet Ishiba", "unlinked_reason": NOT_VERIFIED}),
    (OPPOSITION, "opposition japonaise", "Japanese opposition", "group",
     {"description": "les partis d’opposition au Japon, que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (YOON, "Yoon Suk Yeol", "Yoon Suk Yeol", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (SK_PRESIDENCY, "présidence sud-coréenne", "South Korean presidential office", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (LI, "Li Qiang", "Li Qiang", "person",
     {"description": "Premier ministre chinois", "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence de presse officielle chinoise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (CN_MOFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"description": "« la diplomatie chinoise »", "class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (LAOS, "Laos", "Laos", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ASEAN, "Association des nations de l’Asie du Sud-Est", "Association of Southeast Asian Nations",
     "organization", {"description": "Asean", "unlinked_reason": NOT_VERIFIED}),
    (JP_PRESS, "la presse japonaise", "the Japanese press", "group",
     {"description": "médias japonais que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Shigeru Ishiba a été élu mardi Premier ministre du Japon par la Diète, succédant à Fumio Kishida, ...
    ("Shigeru Ishiba", None, ISHIBA, "name"),
    ("Japon", "Premier ministre du Japon", JAPAN, "name"),
    ("Diète", None, DIET, "name"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Parti libéral-démocrate", None, LDP, "name"),
    ("PLD", None, LDP, "name"),
    # Vainqueur vendredi du scrutin interne de cette formation, l’ancien ministre de la Défense a recueilli ...
    ("cette formation", None, LDP, "nominal"),
    ("l’ancien ministre de la Défense", None, ISHIBA, "nominal"),
    ("la chambre basse", 1, LOWER_HOUSE, "nominal"),
    # « Je ferai tout pour regagner la confiance des Japonais », a-t-il lancé devant la presse.
    ("Je", "« Je ferai", ISHIBA, "pronoun"),
    ("Japonais", None, PEOPLE, "nominal"),
    ("il", "a-t-il lancé", ISHIBA, "pronoun"),
    # Le nouveau chef du gouvernement a formé dans la soirée son cabinet, largement renouvelé.
    ("Le nouveau chef du gouvernement", None, ISHIBA, "nominal"),
    ("son cabinet", None, CABINET, "nominal"),
    # Takeshi Iwaya y remplace Yoko Kamikawa aux Affaires étrangères, tandis que Gen Nakatani hérite de la Défense.
    ("Takeshi Iwaya", None, IWAYA, "name"),
    ("y", ("Iwaya y remplace", 2), CABINET, "pronoun"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("Gen Nakatani", None, NAKATANI, "name"),
    # M. Ishiba avait annoncé dès lundi son intention de dissoudre la chambre basse le 9 octobre, ...
    ("Ishiba", "M. Ishiba avait", ISHIBA, "name"),
    ("la chambre basse", 2, LOWER_HOUSE, "nominal"),
    # « Il faut que le peuple se prononce au plus vite sur ce gouvernement », a-t-il justifié mardi soir.
    ("le peuple", None, PEOPLE, "nominal"),
    ("ce gouvernement", None, CABINET, "nominal"),
    ("il", "a-t-il justifié", ISHIBA, "pronoun"),
    # L’opposition, qui l’accuse de vouloir esquiver les débats au Parlement, a dénoncé une « élection précipitée ».
    ("L’opposition", None, OPPOSITION, "nominal"),
    ("Parlement", None, DIET, "nominal"),
    # À Séoul, le président sud-coréen, Yoon Suk Yeol, a adressé à son nouvel homologue un message de félicitations
    # et doit s’entretenir avec lui au téléphone mercredi, a fait savoir la présidence sud-coréenne.
    ("Séoul", None, SEOUL, "name"),
    ("le président sud-coréen", None, YOON, "nominal"),
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("son nouvel homologue", None, ISHIBA, "nominal"),
    ("lui", "avec lui au téléphone", ISHIBA, "pronoun"),
    ("la présidence sud-coréenne", None, SK_PRESIDENCY, "nominal"),
    # À Washington, Joe Biden a salué « un ami de longue date » et s’est dit impatient de travailler avec lui.
    ("Washington", None, WASHINGTON, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    ("un ami de longue date", None, ISHIBA, "nominal"),
    ("lui", "travailler avec lui", ISHIBA, "pronoun"),
    # « L’alliance entre nos deux pays, a ajouté le président américain dans un communiqué, n’a jamais ... »
    ("le président américain", None, BIDEN, "nominal"),
    # Pékin a réagi avec plus de retenue.
    ("Pékin", None, CHINA, "metonym"),
    # Le Premier ministre chinois, Li Qiang, a envoyé un message de félicitations, selon l’agence Chine nouvelle,
    # tandis que la diplomatie chinoise appelait Tokyo à « respecter ses engagements » sur Taïwan.
    ("Le Premier ministre chinois", None, LI, "nominal"),
    ("Li Qiang", None, LI, "name"),
    ("Chine nouvelle", None, XINHUA, "name"),
    ("la diplomatie chinoise", None, CN_MOFA, "nominal"),
    ("Tokyo", None, JAPAN, "metonym"),
    ("Taïwan", None, TAIWAN, "name"),
    # Le président Xi Jinping ne s’est pas exprimé.
    ("Xi Jinping", None, XI, "name"),
    # M. Ishiba pourrait rencontrer M. Li dès la semaine prochaine au Laos, en marge du sommet de l’Asean, ...
    ("Ishiba", "M. Ishiba pourrait", ISHIBA, "name"),
    ("Li", "M. Li dès", LI, "name"),
    ("Laos", None, LAOS, "name"),
    ("Asean", None, ASEAN, "name"),
    ("la presse japonaise", None, JP_PRESS, "nominal"),
]

PUB_DAY = "The publication day, Tuesday 1 October 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "élu mardi"), "2024-10-01", "day", "weekday-publication-day",
     "« a été élu mardi »: " + PUB_DAY),
    ("t-august", ("en août", None), "2024-08", "month", "month-past",
     "Pluperfect « avait renoncé en août », written on 1 October 2024: the last August, August 2024."),
    ("t-friday", ("vendredi", None), "2024-09-27", "day", "weekday-past",
     "« Vainqueur vendredi du scrutin interne »: the Friday before the publication day, 27 September 2024."),
    ("t-evening", ("dans la soirée", None), "2024-10-01", "day", "part-of-day",
     "« a formé dans la soirée son cabinet »: the evening of the publication day. " + PUB_DAY),
    ("t-monday", ("dès lundi", None), "2024-09-30", "day", "weekday-past",
     "Pluperfect « avait annoncé dès lundi »: the Monday before the publication day, 30 September 2024; « dès » "
     "is inside the span, as « dès l’aube » in benchmarks/gold."),
    ("t-october-9", ("le 9 octobre", None), "2024-10-09", "day", "day-month-future",
     "« dissoudre la chambre basse le 9 octobre »: a day and month after the publication day, in its year."),
    ("t-october-27", ("le 27 octobre", None), "2024-10-27", "day", "day-month-future",
     "« des législatives anticipées le 27 octobre »: a day and month after the publication day, in its year."),
    ("t-asap", ("au plus vite", None), None, "vague", "vague-future",
     "Inside Ishiba's quote: as soon as possible, as « dès que possible » in benchmarks/gold; no value. Attached to "
     "nothing: the elections it speaks of keep their own day (27 October)."),
    ("t-tuesday-evening", ("mardi soir", None), "2024-10-01", "day", "part-of-day",
     "« a-t-il justifié mardi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-wednesday", ("mercredi", None), "2024-10-02", "day", "weekday-future",
     "« doit s’entretenir avec lui au téléphone mercredi »: the day after the publication day, 2 October 2024."),
    ("t-next-week", ("dès la semaine prochaine", None), "2024-10", "month", "relative-week-future",
     "The week after the publication day, 7 to 13 October 2024, falls inside October: the month, the finest "
     "precision that is true (the gold convention for weeks)."),
]

ELECTION_EVIDENCE = ("Shigeru Ishiba a été élu", "au pouvoir.")
SEOUL_EVIDENCE = ("À Séoul", "présidence sud-coréenne.")
BEIJING_EVIDENCE = ("Le Premier ministre chinois", "sur Taïwan.")

EVENTS: list[dict[str, Any]] = [
    event("e-election", "Event", "Shigeru Ishiba elected Prime Minister of Japan by the Diet",
          ("a été élu", None), [("agent", DIET), ("recipient", ISHIBA)], place=JAPAN, time="t-tuesday",
          note="« a été élu mardi Premier ministre du Japon par la Diète »: a passive with its agent, the electing "
               "body; the elected man is the recipient (as « a été réélu » in gold). « Premier ministre du Japon » "
               "is a predicate (the office), not a mention; Japan is the place (the Diet's country, no city "
               "written)."),
    event("e-succession", "Event", "Shigeru Ishiba succeeds Fumio Kishida", ("succédant", None),
          [("agent", ISHIBA), ("recipient", KISHIDA)], time="t-tuesday",
          note="« succédant à Fumio Kishida »: a participle of the same Tuesday; the successor is the agent and "
               "the man replaced the recipient, as « sera remplacé » in gold/ministre-defense-seoul-2024-12-05."),
    event("e-kishida-renunciation", "Event", "Fumio Kishida gave up a new term in August", ("avait renoncé", None),
          [("agent", KISHIDA)], time="t-august",
          note="« qui avait renoncé en août à briguer un nouveau mandat »: a relative pluperfect in the article's "
               "own voice."),
    event("e-kishida-bid", "Event", "Fumio Kishida will not seek a new term at the head of the LDP",
          ("briguer", None), [("agent", KISHIDA), ("participant", LDP)], status="negated",
          note="What he gave up: negated (as « ne lui livre pas d’armes » in gold). « un nouveau mandat » is no "
               "mention; the party, at whose head the term would be, is its participant."),
    event("e-ldp-vote", "Event", "The LDP's internal vote on Friday", ("scrutin", None), [("participant", LDP)],
          time="t-friday",
          note="« du scrutin interne de cette formation »: a nominal vote; « cette formation » is the LDP. Dated by « "
               "vendredi », which the victory carries. No place written."),
    event("e-ldp-victory", "Event", "Shigeru Ishiba won the LDP's internal vote on Friday", ("Vainqueur", None),
          [("agent", ISHIBA)], time="t-friday", part_of="e-ldp-vote",
          note="« Vainqueur vendredi du scrutin interne de cette formation, l’ancien ministre de la Défense »: an "
               "apposed noun of victory opening the sentence; its subject is Ishiba (« l’ancien ministre de la "
               "Défense »)."),
    event("e-diet-vote", "Event", "Ishiba gets 291 votes in the lower house", ("a recueilli", None),
          [("agent", ISHIBA), ("participant", LOWER_HOUSE)], time="t-tuesday", part_of="e-election",
          note="A vote count (as « a recueilli » in gold/taiwan-election-lai-2024-01-13), part of the election by "
               "the Diet, whose Tuesday it takes. The figure is no mention."),
    event("e-regain-trust", "Event", "Ishiba to regain the trust of the Japanese (his promise)", ("regagner", None),
          [("agent", ISHIBA), ("participant", PEOPLE)], status="planned", according_to=[ISHIBA],
          note="« Je ferai tout pour regagner la confiance des Japonais »: a promise in his own words, planned (what "
               "a leader promises is planned, gold convention)."),
    event("e-cabinet-formation", "Event", "Ishiba forms his cabinet on Tuesday evening", ("a formé", None),
          [("agent", ISHIBA), ("theme", CABINET)], time="t-evening",
          note="« Le nouveau chef du gouvernement a formé dans la soirée son cabinet, largement renouvelé »: the "
               "cabinet is the theme; « largement renouvelé » is a predicate, no event."),
    event("e-iwaya-appointment", "Event", "Takeshi Iwaya replaces Yōko Kamikawa as foreign minister",
          ("remplace", None), [("agent", IWAYA), ("recipient", KAMIKAWA)], time="t-evening",
          part_of="e-cabinet-formation",
          note="« Takeshi Iwaya y remplace Yoko Kamikawa aux Affaires étrangères »: « y » is the cabinet; the "
               "newcomer is the agent, the minister replaced the recipient (as « sera remplacé » in gold). Part of "
               "the formation, whose evening it takes. « aux Affaires étrangères » names the portfolio: no mention."),
    event("e-nakatani-appointment", "Event", "Gen Nakatani gets the defence portfolio", ("hérite", None),
          [("recipient", NAKATANI)], time="t-evening", part_of="e-cabinet-formation",
          note="« tandis que Gen Nakatani hérite de la Défense »: he receives the post (recipient, as « fraîchement "
               "nommée » and « désigné » in gold); who appoints him is the formation's agent. « la Défense » names "
               "the portfolio: no mention."),
    event("e-dissolution", "Event", "Ishiba to dissolve the lower house on 9 October", ("dissoudre", None),
          [("agent", ISHIBA), ("recipient", LOWER_HOUSE)], status="planned", time="t-october-9",
          according_to=[ISHIBA],
          note="« avait annoncé dès lundi son intention de dissoudre la chambre basse le 9 octobre »: an announced "
               "intention, planned; the house dissolved is the recipient."),
    event("e-snap-elections", "Event", "Snap general elections on 27 October", ("législatives anticipées", None),
          [("participant", PEOPLE)], status="planned", place=JAPAN, time="t-october-27", according_to=[ISHIBA],
          note="« en vue de législatives anticipées le 27 octobre »: planned. The voters take part (« le peuple » in "
               "Ishiba's quote, as the voters in gold/taiwan-election-lai-2024-01-13); Japan is the place. « se "
               "prononce » in the quote and « élection » in the opposition's quote restate it."),
    event("e-dodge-debates", "Event", "Ishiba dodging parliamentary debate (the opposition's charge)",
          ("esquiver", None), [("agent", ISHIBA), ("participant", DIET)], status="suspected",
          according_to=[OPPOSITION],
          note="« qui l’accuse de vouloir esquiver les débats au Parlement »: an accusation the article does not "
               "endorse, suspected; the elided « l’ » (Ishiba) is not annotated, as elided object clitics in gold. "
               "The Parliament, where the debates would be held, is a participant (an institution, not a place)."),
    event("e-yoon-call", "Meeting", "Yoon Suk Yeol to speak to Ishiba by phone on Wednesday",
          ("s’entretenir", None), [("participant", YOON), ("participant", ISHIBA)], status="planned",
          time="t-wednesday", according_to=[SK_PRESIDENCY], evidence=SEOUL_EVIDENCE,
          note="« doit s’entretenir avec lui au téléphone mercredi »: a planned call, a Meeting as the phone calls in "
               "gold (karabakh-cessez-le-feu-2023-09-20). No place: « À Séoul » fronts the congratulations, and a "
               "call has two ends."),
    event("e-biden-work", "Event", "Biden to work with Ishiba (his wish)", ("travailler", None),
          [("participant", BIDEN), ("participant", ISHIBA)], status="planned", according_to=[BIDEN],
          note="« s’est dit impatient de travailler avec lui »: an aim, planned (as « espère relancer » in gold)."),
    event("e-respect-commitments", "Event", "Japan to respect its commitments on Taiwan (urged by China)",
          ("respecter", None), [("agent", JAPAN)], status="proposed", according_to=[CN_MOFA],
          evidence=BEIJING_EVIDENCE,
          note="« appelait Tokyo à « respecter ses engagements » sur Taïwan »: what is urged, proposed; « Tokyo » is "
               "Japan. Taiwan is what the commitments are about, not a participant; « ses engagements » is no "
               "mention."),
    event("e-ishiba-li-meeting", "Meeting", "Ishiba may meet Li Qiang in Laos as early as next week",
          ("rencontrer", None), [("participant", ISHIBA), ("participant", LI)], status="hypothetical",
          place=LAOS, time="t-next-week", according_to=[JP_PRESS],
          note="« pourrait rencontrer M. Li dès la semaine prochaine au Laos »: conditional, hypothetical (as « "
               "pourrait assister » in gold). « en marge du sommet » places it beside the summit, not as part of it "
               "(no part_of, as the Kishida–Xi meeting in gold)."),
    event("e-asean-summit", "Meeting", "The ASEAN summit in Laos", ("sommet", None), [("participant", ASEAN)],
          status="planned", place=LAOS, according_to=[JP_PRESS],
          note="« en marge du sommet de l’Asean »: a nominal summit still ahead, planned; its own time is not "
               "written (« dès la semaine prochaine » dates the meeting), so none is given."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ishiba-trust", "Assurance", "Ishiba promises to do everything to regain the trust of the Japanese",
           ISHIBA, ("lancé", None), [("Je ferai tout pour regagner la confiance des Japonais", None)],
           about=["e-regain-trust"],
           note="A quote first under « a-t-il lancé devant la presse »; « Je » and « il » are Ishiba; « la presse » "
                "is generic (no addressee). No weekday of its own: no time."),
    speech("s-ishiba-announcement", "Statement", "Ishiba announced on Monday the dissolution and snap elections",
           ISHIBA, ("avait annoncé", None), [], time="t-monday", about=["e-dissolution", "e-snap-elections"],
           note="« M. Ishiba avait annoncé dès lundi son intention de dissoudre ... »: a pluperfect announcement "
                "without a quote, dated by « dès lundi »."),
    speech("s-ishiba-justification", "Statement", "Ishiba justifies the early vote on Tuesday evening", ISHIBA,
           ("justifié", None), [("Il faut que le peuple se prononce au plus vite sur ce gouvernement", None)],
           time="t-tuesday-evening", about=["e-snap-elections"],
           note="A quote first; « Il faut » is impersonal (no mention), « le peuple » the Japanese people, « ce "
                "gouvernement » his cabinet; « se prononce » restates the elections (no new event)."),
    speech("s-opposition-accusation", "Statement", "The opposition accuses Ishiba of dodging debate", OPPOSITION,
           ("accuse", None), [], about=["e-dodge-debates"],
           note="« qui l’accuse de vouloir esquiver les débats au Parlement »: a relative accusation without a quote "
                "(as « qui l’accusent de bafouer » in gold); the accused, the elided « l’ », is not annotated."),
    speech("s-opposition-denunciation", "Statement", "The opposition denounces a « rushed election »", OPPOSITION,
           ("a dénoncé", None), [("élection précipitée", None)], about=["e-snap-elections"],
           note="« a dénoncé une « élection précipitée » »: the quoted noun phrase restates the snap elections."),
    speech("s-yoon-congratulations", "Statement", "Yoon Suk Yeol sends Ishiba a message of congratulations", YOON,
           ("félicitations", 1), [], addressee=ISHIBA, place=SEOUL, according_to=[SK_PRESIDENCY],
           evidence=SEOUL_EVIDENCE, about=["e-election"],
           note="« a adressé à son nouvel homologue un message de félicitations »: the nominal trigger, as « un "
                "message de félicitations » in gold; « son nouvel homologue » (Ishiba) the addressee; « À Séoul » the "
                "place. No weekday of its own: no time."),
    speech("s-sk-presidency", "Report", "The South Korean presidency makes the message and the call known",
           SK_PRESIDENCY, ("a fait savoir", None), [], evidence=SEOUL_EVIDENCE,
           about=["s-yoon-congratulations", "e-yoon-call"],
           note="The source after the clause, « a fait savoir la présidence sud-coréenne »."),
    speech("s-biden-hail", "Statement", "Joe Biden hails « a long-time friend »", BIDEN, ("a salué", None),
           [("un ami de longue date", None)], place=WASHINGTON, about=["e-election"],
           note="« À Washington, Joe Biden a salué « un ami de longue date » »: the quoted noun phrase is Ishiba "
                "(a nominal mention); he is spoken of, not spoken to, so no addressee. The fronted city is the "
                "place (Q61). No time."),
    speech("s-biden-eager", "Statement", "Biden says he is eager to work with Ishiba", BIDEN, ("s’est dit", None), [],
           place=WASHINGTON, about=["e-biden-work"],
           note="A second verb joined by « et », without a quote: a second speech act (as « s’est dit « préoccupé » "
                "et a appelé » in gold)."),
    speech("s-biden-alliance", "Statement", "Biden: the alliance between the two countries has never been stronger",
           BIDEN, ("a ajouté", None),
           [("L’alliance entre nos deux pays", None), ("n’a jamais été aussi forte.", None)],
           note="A quote split around « a ajouté le président américain dans un communiqué, » in the middle of its "
                "sentence: one speech act, two quotes (the second keeps its full stop, inside the guillemets). « nos "
                "deux pays » is a plural phrase (no mention); the alliance's strength is a predicate, no event. "
                "The communiqué is no entity."),
    speech("s-china-reaction", "Statement", "Beijing reacts with more reserve", CHINA, ("a réagi", None), [],
           about=["e-election"],
           note="« Pékin a réagi avec plus de retenue »: a reaction is a speech act (as « Aucune réaction » in gold); "
                "« Pékin » is China. The next sentence gives its two parts, each with its own speaker."),
    speech("s-li-congratulations", "Statement", "Li Qiang sends a message of congratulations", LI,
           ("félicitations", 2), [], addressee=ISHIBA, according_to=[XINHUA], evidence=BEIJING_EVIDENCE,
           about=["e-election"],
           note="« Le Premier ministre chinois, Li Qiang, a envoyé un message de félicitations, selon l’agence Chine "
                "nouvelle »: the nominal trigger; the addressee is not written, Ishiba follows from the story."),
    speech("s-xinhua", "Report", "Xinhua reports Li Qiang's congratulations", XINHUA, ("selon", "selon l’agence"),
           [], evidence=BEIJING_EVIDENCE, about=["s-li-congratulations"],
           note="« selon l’agence Chine nouvelle »: a title before the name, only « Chine nouvelle » is a mention."),
    speech("s-china-mofa-call", "Statement", "The Chinese foreign ministry calls on Tokyo to respect its commitments "
           "on Taiwan", CN_MOFA, ("appelait", None), [("respecter ses engagements", None)], addressee=JAPAN,
           evidence=BEIJING_EVIDENCE, about=["e-respect-commitments"],
           note="« la diplomatie chinoise » as the subject of a verb is the ministry (as « la diplomatie ukrainienne » "
                "in gold); « Tokyo » (Japan) the addressee. The imperfect after « tandis que » is simultaneous with "
                "Li's message: no time of its own."),
    speech("s-xi-silence", "SpeechAct", "Xi Jinping has not spoken", XI, ("ne s’est pas exprimé", None), [],
           status="negated", about=["e-election"],
           note="« Le président Xi Jinping ne s’est pas exprimé »: a negated speech act, as « ne s’est pas exprimé » "
                "in gold; the title before the name is part of its phrase."),
    speech("s-japanese-press", "Report", "The Japanese press reports a possible Ishiba–Li meeting", JP_PRESS,
           ("selon", "selon la presse"), [], about=["e-ishiba-li-meeting", "e-asean-summit"],
           note="« selon la presse japonaise »: the source after the clause."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
