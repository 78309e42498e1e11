"""Held-out annotation of wang-yi-canberra-2024-03-20.txt (written for the twenty-fifth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/wang-yi-canberra-2024-03-20.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/wang-yi-canberra-2024-03-20.annotation.src.py --check

From held-out set 25 (moved to gold in session 23; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "wang-yi-canberra-2024-03-20.txt"

NOTE = """\
Held-out-25 article: China's foreign minister Wang Yi calls on Wednesday 20 March 2024 in Canberra for « looking to \
the future » after long talks with his Australian counterpart Penny Wong, the first in the Australian capital since \
2017; arrived the day before from New Zealand, he welcomes the lifting in August 2023 of the tariffs Beijing had \
imposed in 2020 on Australian barley and assures the press that the last barriers on wine should fall very soon, \
without giving a date; Penny Wong raises the case of the Australian writer Yang Hengjun, handed a suspended death \
sentence in February by a Beijing court, says Australia will keep pleading for him and that she conveyed her \
government's « consternation », and her guest does not answer publicly; the two ministers discuss the AUKUS pact, \
meant to let Australia acquire nuclear-powered submarines from the United States, and Wang warns Canberra against a \
« cold war mentality » (an Australian diplomat); in Beijing, Mao Ning says the two countries must be partners, not \
adversaries; Washington, which had said on Tuesday it was « following closely » the rapprochement, judges that the \
dialogue does not threaten the pact; Premier Li Qiang will visit Australia later in the year (Wong), no Chinese head \
of government having visited since 2017, while Anthony Albanese had gone to Beijing in November; Wang is to meet Paul \
Keating on Thursday before going back to China and might talk with wine-growers' representatives (ABC). Published \
Wednesday 20 March 2024 (the file gives the day). The visit, the talks, the barley and wine tariffs, Yang Hengjun's \
sentence, the AUKUS submarines, Li Qiang's planned visit, Albanese's November trip and the Keating meeting follow the \
real events loosely; all the quotes, the diplomat, Washington's two reactions and the wine-growers are invented or \
simplified.
What it exercises: a role noun and a name in apposition before the verb with a publication-day weekday and a city \
(« Le chef de la diplomatie chinoise, Wang Yi, a appelé mercredi à Canberra à « regarder vers l’avenir » »: a call \
with a quoted infinitive, a Statement; « la diplomatie chinoise » inside the title is no mention, as in \
gold/biden-hanoi-2023-09-11), a nominal meeting with a feminine counterpart noun and a name in apposition, restated \
by an apposition with « le premier ... depuis 2017 » (a year attached to no event: the earlier talks are not an \
event of the text); a fronted participle with « la veille » and an origin (« Arrivé la veille en provenance de \
Nouvelle-Zélande »: the eve of the talks, Tuesday 19 March; New Zealand a mention, no role); a welcome of a nominal \
lifting dated by an inserted « en août dernier » (August 2023) of tariffs in a relative pluperfect by a metonym with \
a year (« que Pékin avait imposés en 2020 »: a Sanction, Australia the implied recipient, written only as the \
adjective of « l’orge australienne »); a quote first with a conditional of expectation and « très bientôt » under \
an inverted « a-t-il assuré devant la presse » (the fall hypothetical, as « devrait » in gold) and « sans toutefois \
avancer de date » (a negated speech act); « a, de son côté, soulevé le cas de » (a Statement about the sentence) \
with a participle apposition carrying a passive sentence with « en février » and its agent after « par » (« condamné \
en février à la peine de mort avec sursis par un tribunal de Pékin »: the court the agent, Pékin the city); a quote \
first with « Nous » (the Australian government) and a future (« continuerons de plaider »: planned) under « a \
déclaré la ministre », then a relative « qui a dit avoir exprimé la « consternation » de son gouvernement » (two \
speech acts; the quote goes to the expressing, the saying is a Report of it); a negated answer by a role noun (« Son \
invité n’a pas répondu publiquement »); a plural subject with no mention (« Les deux ministres ont également évoqué \
»: two speech acts, one trigger) and a relative planned acquisition from a state (« qui doit permettre à l’Australie \
d’acquérir des sous-marins à propulsion nucléaire auprès des États-Unis »: a Delivery, the United States the \
agent); a fronted source before a warning to a metonym with a quoted noun phrase (« Selon un diplomate australien, \
Wang Yi a mis en garde Canberra contre une « mentalité de guerre froide » »); a quote first under « a souligné à \
Pékin » with a role noun and a name in apposition after the verb (the ministry inside the role noun is a mention, \
as in gold); a metonym with a relative pluperfect quotation on a past weekday (« Washington, qui avait dit mardi « \
suivre de près » ce rapprochement »: Tuesday 19 March) and an assessment with a negated imperfect (« ne menaçait en \
rien ce pacte »: negated, according to the United States); a future visit with « plus tard dans l’année » sourced \
after the clause (« a annoncé Penny Wong »); a negated visit by a quantified subject (« Aucun chef de gouvernement \
chinois n’a visité le pays depuis 2017 »: China the implied agent, « le pays » Australia its place); a pluperfect \
trip with an emphatic « lui-même » and « en novembre » (2023), then « une première ... depuis sept ans » (a duration \
attached to nothing); a planned meeting on a future weekday with a role noun after « l’ancien » and a \
planned return « avant de regagner la Chine »; a conditional talk sourced to a broadcaster with its title before \
the name (« selon la chaîne publique ABC »: only « ABC »).
Places and metonyms. « Pékin » is China (Q148, metonym) where it imposed tariffs; it is the city (Q956, name) in « un \
tribunal de Pékin », « à Pékin » (Mao Ning's place) and « rendu à Pékin » (Albanese's destination). « Canberra » is \
the city (local, name) in « mercredi à Canberra » and China's warning's addressee is Australia through « Canberra » \
(metonym). « la capitale australienne » is Canberra (nominal). « Washington » is the United States (Q30, metonym). \
« le pays » is Australia (nominal). « la Chine » and « l’Australie » are names of countries; Australia is local (no \
verified QID).
Mentions. Wang Yi is « Le chef de la diplomatie chinoise », « Wang Yi » (three times), « le ministre chinois », « il » \
(« a-t-il assuré »), « Son invité » and « Il »; Penny Wong is « son homologue australienne », « Penny Wong » (three \
times), « la ministre »; « Nous » in her quote and « son gouvernement » are the Australian government (local). « \
droits de douane » (fused « des », from the noun) is the barley tariffs, « Les dernières barrières sur le vin » the \
wine measures (local, both theme of their events). « le pacte AUKUS » gives only « AUKUS » (the title before the \
name), « ce pacte » restates it. « des sous-marins à propulsion nucléaire » is the theme of the acquisition (local \
group of objects). « lui » in Wong's quote is Yang Hengjun. « lui-même » is Albanese (the emphatic pronoun, whole). \
Not mentions: « la diplomatie chinoise » (inside a title that holds a name), « l’orge australienne » and « le vin » \
(goods in general), « la presse » (generic), « Les deux ministres », « Les deux pays », « les deux capitales » \
(plural), « Aucun chef de gouvernement chinois » and « un dirigeant australien » (no referent), « mentalité de guerre \
froide », « des partenaires » and « des adversaires » (quoted predicates).
Statuses. The talks, the arrival, the lifting, the 2020 tariffs, the sentence, the rapprochement, the dialogue and \
Albanese's trip are occurred; the plea (a future in Wong's words), the acquisition (« doit permettre »), Li Qiang's \
visit, the Keating meeting and the return are planned; the fall of the wine barriers (« devraient ») and the talk \
with wine-growers (« Il pourrait ») are hypothetical; the threat to AUKUS and a Chinese premier's visit since 2017 \
are negated; Wang's answer on Yang and his naming of a date are negated speech acts.
Times. « mercredi » is the publication day, Wednesday 20 March 2024, the call's and the talks' day; « la veille » \
Tuesday 19 March (the eve of the talks); « en août dernier » August 2023; « en 2020 » and both « depuis 2017 » years; \
« très bientôt » vague-future; « en février » February 2024; « mardi » (past, pluperfect) Tuesday 19 March; « plus \
tard dans l’année » 2024 (the year, as « d’ici la fin de l’année » in gold); « en novembre » November 2023; « sept \
ans » a duration; « jeudi » (future) Thursday 21 March. The welcome, Wong's words and the AUKUS discussion are not \
dated by a word of their own, so they have no time; Mao Ning's words neither.
Linked: China (Q148), Beijing (Q956), the United States (Q30). Unlinked (not in ids.tsv): Wang Yi, Penny Wong, \
Canberra, Australia, New Zealand, the barley tariffs, the wine barriers, Yang Hengjun, the Beijing court, the \
Australian government, AUKUS, the submarines, the Australian diplomat, Mao Ning, the Chinese foreign ministry, Li \
Qiang, Anthony Albanese, Paul Keating, the wine-growers' representatives and ABC."""

CHINA, BEIJING, US = "Q148", "Q956", "Q30"
WANG, WONG, CANBERRA, AUSTRALIA = "local:wang-yi", "local:penny-wong", "local:canberra", "local:australia"
NZ, TARIFFS, WINE_BARRIERS, YANG = "local:new-zealand", "local:barley-tariffs", "local:wine-barriers", \
    "local:yang-hengjun"
COURT, AU_GOV, AUKUS, SUBS = "local:beijing-court", "local:australian-government", "local:aukus", \
    "local:nuclear-submarines"
AU_DIPLOMAT, MAO, CN_MFA, LI = "local:australian-diplomat", "local:mao-ning", "local:chinese-foreign-ministry", \
    "local:li-qiang"
ALBANESE, KEATING, WINEGROWERS, ABC = "local:anthony-albanese", "local:paul-keating", \
    "local:wine-growers-representatives", "local:abc"

DESCRIPTIONS = {CHINA: "aussi désignée par « Pékin » (métonymie)",
                US: "aussi désignés par « Washington » (métonymie)"}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (WANG, "Wang Yi", "Wang Yi", "person",
     {"description": "ministre chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (CANBERRA, "Canberra", "Canberra", "place",
     {"description": "capitale de l’Australie; aussi métonymie de l’Australie", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
    (WONG, "Penny Wong", "Penny Wong", "person",
     {"description": "ministre australienne des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (AUSTRALIA, "Australie", "Australia", "country",
     {"description": "aussi désignée par « Canberra » (métonymie) et « le pays »", "unlinked_reason": NOT_VERIFIED}),
    (NZ, "Nouvelle-Zélande", "New Zealand", "country", {"unlinked_reason": NOT_VERIFIED}),
    (TARIFFS, "droits de douane chinois sur l’orge australienne", "Chinese tariffs on Australian barley", "other",
     {"description": "droits de douane imposés par la Chine en 2020, levés en août 2023",
      "unlinked_reason": "a trade measure with no Wikidata item"}),
    (WINE_BARRIERS, "barrières chinoises sur le vin australien", "Chinese barriers on Australian wine", "other",
     {"description": "les dernières mesures commerciales chinoises visant le vin australien",
      "unlinked_reason": "a trade measure with no Wikidata item"}),
    (YANG, "Yang Hengjun", "Yang Hengjun", "person",
     {"description": "écrivain australien détenu en Chine", "unlinked_reason": NOT_VERIFIED}),
    (COURT, "un tribunal de Pékin", "a Beijing court", "organization",
     {"description": "le tribunal pékinois qui a condamné Yang Hengjun (l’article ne le nomme pas)",
      "unlinked_reason": "the article does not name the court"}),
    (AU_GOV, "gouvernement australien", "Australian Government", "organization",
     {"description": "désigné par « Nous » et « son gouvernement » (celui de Penny Wong)",
      "unlinked_reason": NOT_VERIFIED}),
    (AUKUS, "AUKUS", "AUKUS", "other",
     {"description": "pacte de sécurité entre l’Australie, le Royaume-Uni et les États-Unis",
      "unlinked_reason": NOT_VERIFIED}),
    (SUBS, "sous-marins à propulsion nucléaire", "nuclear-powered submarines", "object",
     {"description": "les sous-marins que l’Australie doit acquérir dans le cadre d’AUKUS",
      "unlinked_reason": "an unspecified number of submarines, not one Wikidata item"}),
    (AU_DIPLOMAT, "un diplomate australien", "an Australian diplomat", "person",
     {"description": "diplomate anonyme", "unlinked_reason": "an anonymous person, not one Wikidata item"}),
    (MAO, "Mao Ning", "Mao Ning", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (LI, "Li Qiang", "Li Qiang", "person",
     {"description": "Premier ministre chinois", "unlinked_reason": NOT_VERIFIED}),
    (ALBANESE, "Anthony Albanese", "Anthony Albanese", "person",
     {"description": "Premier ministre australien", "unlinked_reason": NOT_VERIFIED}),
    (KEATING, "Paul Keating", "Paul Keating", "person",
     {"description": "ancien Premier ministre australien", "unlinked_reason": NOT_VERIFIED}),
    (WINEGROWERS, "représentants des viticulteurs", "wine-growers' representatives", "group",
     {"description": "représentants des viticulteurs australiens",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (ABC, "ABC", "Australian Broadcasting Corporation", "organization",
     {"description": "chaîne publique australienne", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le chef de la diplomatie chinoise, Wang Yi, a appelé mercredi à Canberra à « regarder vers l’avenir », ...
    ("Le chef de la diplomatie chinoise", None, WANG, "nominal"),
    ("Wang Yi", 1, WANG, "name"),
    ("Canberra", "mercredi à Canberra", CANBERRA, "name"),
    ("son homologue australienne", None, WONG, "nominal"),
    ("Penny Wong", 1, WONG, "name"),
    ("la capitale australienne", None, CANBERRA, "nominal"),
    # Arrivé la veille en provenance de Nouvelle-Zélande, le ministre chinois a salué la levée ...
    ("Nouvelle-Zélande", None, NZ, "name"),
    ("le ministre chinois", 1, WANG, "nominal"),
    ("droits de douane", None, TARIFFS, "nominal"),
    ("Pékin", "que Pékin avait imposés", CHINA, "metonym"),
    # « Les dernières barrières sur le vin devraient tomber très bientôt », a-t-il assuré devant la presse, ...
    ("Les dernières barrières sur le vin", None, WINE_BARRIERS, "nominal"),
    ("il", "a-t-il assuré", WANG, "pronoun"),
    # Penny Wong a, de son côté, soulevé le cas de l’écrivain australien Yang Hengjun, condamné en février ...
    ("Penny Wong", 2, WONG, "name"),
    ("Yang Hengjun", None, YANG, "name"),
    ("un tribunal de Pékin", None, COURT, "nominal"),
    ("Pékin", "un tribunal de Pékin", BEIJING, "name"),
    # « Nous continuerons de plaider pour lui à chaque occasion », a déclaré la ministre, qui a dit avoir exprimé ...
    ("Nous", None, AU_GOV, "pronoun"),
    ("lui", "plaider pour lui", YANG, "pronoun"),
    ("la ministre", None, WONG, "nominal"),
    ("son gouvernement", None, AU_GOV, "nominal"),
    # Son invité n’a pas répondu publiquement sur ce point.
    ("Son invité", None, WANG, "nominal"),
    # Les deux ministres ont également évoqué le pacte AUKUS, qui doit permettre à l’Australie d’acquérir ...
    ("AUKUS", None, AUKUS, "name"),
    ("Australie", "permettre à l’Australie", AUSTRALIA, "name"),
    ("des sous-marins à propulsion nucléaire", None, SUBS, "nominal"),
    ("États-Unis", None, US, "name"),
    # Selon un diplomate australien, Wang Yi a mis en garde Canberra contre une « mentalité de guerre froide ».
    ("un diplomate australien", None, AU_DIPLOMAT, "nominal"),
    ("Wang Yi", 2, WANG, "name"),
    ("Canberra", "mis en garde Canberra", AUSTRALIA, "metonym"),
    # « Les deux pays doivent être ... », a souligné à Pékin la porte-parole du ministère chinois ..., Mao Ning.
    ("Pékin", "souligné à Pékin", BEIJING, "name"),
    ("la porte-parole du ministère chinois des Affaires étrangères", None, MAO, "nominal"),
    ("ministère chinois des Affaires étrangères", None, CN_MFA, "nominal"),
    ("Mao Ning", None, MAO, "name"),
    # Washington, qui avait dit mardi « suivre de près » ce rapprochement, a estimé que ... ce pacte.
    ("Washington", None, US, "metonym"),
    ("ce pacte", None, AUKUS, "nominal"),
    # Le Premier ministre chinois, Li Qiang, se rendra en Australie plus tard dans l’année, a annoncé Penny Wong.
    ("Le Premier ministre chinois", None, LI, "nominal"),
    ("Li Qiang", None, LI, "name"),
    ("Australie", "se rendra en Australie", AUSTRALIA, "name"),
    ("Penny Wong", 3, WONG, "name"),
    # Aucun chef de gouvernement chinois n’a visité le pays depuis 2017.
    ("le pays", None, AUSTRALIA, "nominal"),
    # Anthony Albanese s’était lui-même rendu à Pékin en novembre, une première ... depuis sept ans.
    ("Anthony Albanese", None, ALBANESE, "name"),
    ("lui-même", None, ALBANESE, "pronoun"),
    ("Pékin", "rendu à Pékin", BEIJING, "name"),
    # Wang Yi doit rencontrer jeudi l’ancien Premier ministre Paul Keating, avant de regagner la Chine.
    ("Wang Yi", 3, WANG, "name"),
    ("Paul Keating", None, KEATING, "name"),
    ("Chine", "regagner la Chine", CHINA, "name"),
    # Il pourrait aussi s’entretenir avec des représentants des viticulteurs, selon la chaîne publique ABC.
    ("Il", "Il pourrait", WANG, "pronoun"),
    ("des représentants des viticulteurs", None, WINEGROWERS, "nominal"),
    ("ABC", None, ABC, "name"),
]

PUB_DAY = "The publication day, Wednesday 20 March 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-03-20", "day", "weekday-publication-day",
     "« a appelé mercredi à Canberra » in an article of Wednesday 20 March 2024: that same day. " + PUB_DAY),
    ("t-2017", ("depuis 2017", 1), "2017", "year", "explicit-year",
     "« le premier dans la capitale australienne depuis 2017 »: the year of the previous such talks; it stays a "
     "year. No event of the text takes it (the earlier talks are not told)."),
    ("t-eve", ("la veille", None), "2024-03-19", "day", "eve-of-event",
     "« Arrivé la veille »: the eve of the Wednesday talks (here also the eve of publication): Tuesday 19 March "
     "2024."),
    ("t-august", ("en août dernier", None), "2023-08", "month", "month-past",
     "« en août dernier »: the last August before March 2024: August 2023."),
    ("t-2020", ("en 2020", None), "2020", "year", "explicit-year", "A year written out; it stays a year."),
    ("t-very-soon", ("très bientôt", None), None, "vague", "vague-future",
     "« devraient tomber très bientôt »: soon, after publication; no date can be given."),
    ("t-february", ("en février", None), "2024-02", "month", "month-past",
     "« condamné en février »: the last February before March 2024: February 2024."),
    ("t-tuesday", ("mardi", None), "2024-03-19", "day", "weekday-past",
     "Pluperfect « qui avait dit mardi »: the Tuesday before Wednesday 20 March 2024: 19 March 2024."),
    ("t-later-this-year", ("plus tard dans l’année", None), "2024", "year", "later-current-year",
     "« se rendra en Australie plus tard dans l’année »: between late March and December 2024, so the year (as "
     "« d’ici la fin de l’année » in gold)."),
    ("t-2017-b", ("depuis 2017", 2), "2017", "year", "explicit-year",
     "« n’a visité le pays depuis 2017 »: the year of the last visit by a Chinese premier; it stays a year."),
    ("t-november", ("en novembre", None), "2023-11", "month", "month-past",
     "Pluperfect « s’était lui-même rendu à Pékin en novembre »: the last November before March 2024: November "
     "2023."),
    ("t-seven-years", ("sept ans", None), None, "duration", "explicit-duration",
     "« une première pour un dirigeant australien depuis sept ans »: the gap before Albanese's trip (P7Y); not the "
     "time of an event."),
    ("t-thursday", ("jeudi", None), "2024-03-21", "day", "weekday-future",
     "« doit rencontrer jeudi »: the Thursday after the publication day: 21 March 2024."),
]

LEDE = ("Le chef de la diplomatie", "depuis 2017.")

EVENTS: list[dict[str, Any]] = [
    event("e-talks", "Meeting", "Wang Yi and Penny Wong hold long talks in Canberra on Wednesday",
          ("entretien", None), [("participant", WANG), ("participant", WONG)], place=CANBERRA,
          time="t-wednesday", evidence=LEDE,
          note="« à l’issue d’un long entretien avec son homologue australienne, Penny Wong »: the call follows the "
               "talks the same Wednesday, in Canberra. « le premier dans la capitale australienne depuis 2017 » "
               "restates the talks (no second event)."),
    event("e-arrival", "Visit", "Wang Yi arrived in Canberra from New Zealand the day before", ("Arrivé", None),
          [("agent", WANG)], place=CANBERRA, time="t-eve",
          note="The participle agrees with « le ministre chinois », the subject of the main clause (as « Arrivée la "
               "veille au soir » in gold/kamikawa-seoul-2024-05-14). The destination is not written: Canberra, the "
               "city of the lede. « en provenance de Nouvelle-Zélande » is the origin: a mention, no role."),
    event("e-tariff-lifting", "Event", "China lifted its tariffs on Australian barley in August 2023",
          ("levée", None), [("agent", CHINA), ("theme", TARIFFS)], time="t-august",
          note="« la levée, en août dernier, des droits de douane »: a nominal lifting the minister welcomes, stated "
               "as fact; the one who lifts is China, who had imposed them."),
    event("e-tariffs", "Sanction", "China imposed tariffs on Australian barley in 2020", ("avait imposés", None),
          [("agent", CHINA), ("recipient", AUSTRALIA), ("theme", TARIFFS)], time="t-2020",
          note="« que Pékin avait imposés en 2020 sur l’orge australienne »: a relative pluperfect by a metonym "
               "(« Pékin » China). The target is Australia, written only as the adjective of « l’orge australienne » "
               "(the goods are no mention)."),
    event("e-wine-barriers-fall", "Event", "The last Chinese barriers on Australian wine should fall very soon",
          ("tomber", None), [("participant", WINE_BARRIERS)], status="hypothetical", time="t-very-soon",
          according_to=[WANG],
          note="« devraient tomber très bientôt »: expected, not scheduled: hypothetical (as « devrait » in gold); "
               "the barriers are the thing that falls (participant); who lifts them is not written."),
    event("e-yang-sentence", "Event", "A Beijing court sentenced Yang Hengjun to a suspended death sentence in "
          "February", ("condamné", None), [("agent", COURT), ("recipient", YANG)], place=BEIJING,
          time="t-february",
          note="« condamné en février à la peine de mort avec sursis par un tribunal de Pékin »: a participle "
               "apposition with its agent after « par »; the place is the court's city."),
    event("e-plea", "Event", "Australia will keep pleading for Yang Hengjun", ("plaider", None),
          [("agent", AU_GOV), ("recipient", YANG)], status="planned", according_to=[WONG],
          note="« Nous continuerons de plaider pour lui à chaque occasion »: a future without condition in the "
               "minister's words, planned; « Nous » is the Australian government, « lui » Yang Hengjun."),
    event("e-submarine-acquisition", "Delivery", "Australia to acquire nuclear-powered submarines from the United "
          "States under AUKUS", ("acquérir", None), [("agent", US), ("recipient", AUSTRALIA), ("theme", SUBS)],
          status="planned",
          note="« qui doit permettre à l’Australie d’acquérir des sous-marins à propulsion nucléaire auprès des "
               "États-Unis »: « doit », the pact's purpose, planned. The supplier is the agent of the Delivery, the "
               "buyer the recipient."),
    event("e-rapprochement", "Event", "The rapprochement between China and Australia", ("rapprochement", None),
          [("participant", CHINA), ("participant", AUSTRALIA)],
          note="« ce rapprochement »: the warming the article tells, its two countries implied; no time of its own."),
    event("e-dialogue", "Meeting", "The dialogue between Beijing and Canberra", ("dialogue", None),
          [("participant", CHINA), ("participant", AUSTRALIA)], according_to=[US],
          note="« le dialogue entre les deux capitales »: « les deux capitales » is plural (no mention), the two "
               "states are the participants."),
    event("e-aukus-threat", "Event", "The China–Australia dialogue does not threaten AUKUS (Washington)",
          ("menaçait", None), [("participant", AUKUS)], status="negated", according_to=[US],
          note="« ne menaçait en rien ce pacte »: negated, in Washington's assessment; the threatened pact is the "
               "participant (the dialogue is an event, not an entity)."),
    event("e-li-visit", "Visit", "Li Qiang to visit Australia later in the year", ("se rendra", None),
          [("agent", LI)], status="planned", place=AUSTRALIA, time="t-later-this-year", according_to=[WONG],
          note="« se rendra en Australie plus tard dans l’année, a annoncé Penny Wong »: a future announced, "
               "planned."),
    event("e-no-premier-visit", "Visit", "No Chinese head of government has visited Australia since 2017",
          ("visité", None), [("agent", CHINA)], status="negated", place=AUSTRALIA, time="t-2017-b",
          note="« Aucun chef de gouvernement chinois n’a visité le pays depuis 2017 »: a negated visit with a "
               "quantified subject that refers to no one (no mention); the agent is China, whose head of "
               "government would be the visitor (implied, an event needs a participant); « le pays » Australia, "
               "its place; « depuis 2017 » the start of the absence."),
    event("e-albanese-beijing", "Visit", "Anthony Albanese went to Beijing in November 2023", ("rendu", None),
          [("agent", ALBANESE)], place=BEIJING, time="t-november",
          note="« s’était lui-même rendu à Pékin en novembre »: a pluperfect; « lui-même » stands between the "
               "auxiliary and the participle, so the trigger is the participle alone. « une première pour un "
               "dirigeant australien depuis sept ans » characterises it (the duration attached to nothing)."),
    event("e-keating-meeting", "Meeting", "Wang Yi to meet former prime minister Paul Keating on Thursday",
          ("rencontrer", None), [("agent", WANG), ("participant", KEATING)], status="planned",
          time="t-thursday",
          note="« doit rencontrer jeudi l’ancien Premier ministre Paul Keating »: planned; the title before the name "
               "is part of its phrase. No place is written."),
    event("e-return", "Visit", "Wang Yi to return to China", ("regagner", None), [("agent", WANG)],
          status="planned", place=CHINA,
          note="« avant de regagner la Chine »: after the Thursday meeting; no time word of its own."),
    event("e-winegrowers-talk", "Meeting", "Wang Yi might talk with wine-growers' representatives",
          ("s’entretenir", None), [("agent", WANG), ("participant", WINEGROWERS)], status="hypothetical",
          according_to=[ABC],
          note="« Il pourrait aussi s’entretenir »: conditional, hypothetical; « Il » is Wang Yi."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-wang-future", "Statement", "Wang Yi calls for looking to the future", WANG, ("a appelé", None),
           [("regarder vers l’avenir", None)], time="t-wednesday", place=CANBERRA, evidence=LEDE,
           note="« a appelé mercredi à Canberra à « regarder vers l’avenir » »: a call with a quoted infinitive; the "
                "quote names no event. Canberra is the city where he speaks."),
    speech("s-wang-welcome", "Statement", "Wang Yi welcomes the lifting of the barley tariffs", WANG,
           ("a salué", None), [], about=["e-tariff-lifting"],
           note="No quote; no time word of its own (after the arrival of the eve, but the day is not written)."),
    speech("s-wang-wine", "Assurance", "Wang Yi assures the last barriers on wine should fall very soon", WANG,
           ("a-t-il assuré", None), [("Les dernières barrières sur le vin devraient tomber très bientôt", None)],
           about=["e-wine-barriers-fall"],
           note="A quote first under an inverted « a-t-il assuré devant la presse »; the press is generic (no "
                "addressee)."),
    speech("s-wang-no-date", "SpeechAct", "Wang Yi gives no date", WANG, ("avancer", None), [], status="negated",
           about=["e-wine-barriers-fall"],
           note="« sans toutefois avancer de date »: a negated speech act (as « sans toutefois annoncer » in "
                "gold/macron-rabat-2024-10-29); the trigger is the verb alone."),
    speech("s-wong-yang", "Statement", "Penny Wong raises the case of Yang Hengjun", WONG, ("soulevé", None), [],
           addressee=WANG, about=["e-yang-sentence"],
           note="« a, de son côté, soulevé le cas de l’écrivain australien Yang Hengjun »: in the talks, so Wang Yi "
                "is the addressee (« Son invité » in the paragraph); no time word of its own."),
    speech("s-wong-plea", "Statement", "Penny Wong: Australia will keep pleading for Yang Hengjun", WONG,
           ("a déclaré", None), [("Nous continuerons de plaider pour lui à chaque occasion", None)],
           about=["e-plea"],
           note="A quote first under « a déclaré la ministre »; « Nous » the Australian government."),
    speech("s-wong-said", "Report", "Penny Wong says she conveyed her government's dismay", WONG, ("a dit", None),
           [], about=["s-wong-dismay"],
           note="« qui a dit avoir exprimé la « consternation » de son gouvernement »: the relative « qui » is the "
                "minister; the quoted word belongs to the expressing (s-wong-dismay), this speech act keeps its "
                "trigger and no quote."),
    speech("s-wong-dismay", "Statement", "Penny Wong conveyed the Australian government's « consternation »", WONG,
           ("exprimé", None), [("consternation", None)], addressee=WANG, according_to=[WONG],
           about=["e-yang-sentence"],
           note="What she says she did: the dismay is the government's (« son gouvernement »), she voices it. To "
                "Wang Yi, in the talks (implied). The quote is a noun, no event."),
    speech("s-wang-no-answer", "SpeechAct", "Wang Yi does not answer publicly on Yang Hengjun", WANG,
           ("répondu", None), [], status="negated", about=["e-yang-sentence"],
           note="« Son invité n’a pas répondu publiquement sur ce point »: « Son invité » is Wang Yi (Penny Wong's "
                "guest); a negated speech act."),
    speech("s-wang-aukus", "SpeechAct", "Wang Yi discusses the AUKUS pact with Penny Wong", WANG,
           ("ont également évoqué", None), [], addressee=WONG, about=["e-submarine-acquisition"],
           note="One trigger, two speakers: one speech act each, as « se sont engagés » in "
                "gold/kamikawa-seoul-2024-05-14. « Les deux ministres » is plural (no mention)."),
    speech("s-wong-aukus", "SpeechAct", "Penny Wong discusses the AUKUS pact with Wang Yi", WONG,
           ("ont également évoqué", None), [], addressee=WANG, about=["e-submarine-acquisition"]),
    speech("s-wang-warning", "Warning", "Wang Yi warns Australia against a « cold war mentality »", WANG,
           ("a mis en garde", None), [("mentalité de guerre froide", None)], addressee=AUSTRALIA,
           according_to=[AU_DIPLOMAT],
           note="« Selon un diplomate australien, Wang Yi a mis en garde Canberra contre une « mentalité de guerre "
                "froide » »: « Canberra » stands for Australia; the quoted noun phrase is no mention and no event."),
    speech("s-diplomat", "Report", "An Australian diplomat reports Wang Yi's warning", AU_DIPLOMAT,
           ("Selon", None), [], about=["s-wang-warning"], note="A fronted source."),
    speech("s-mao-partners", "Statement", "Mao Ning: the two countries must be partners, not adversaries", MAO,
           ("a souligné", None), [("Les deux pays doivent être des partenaires, pas des adversaires", None)],
           place=BEIJING,
           note="A quote first under « a souligné à Pékin la porte-parole du ministère chinois des Affaires "
                "étrangères, Mao Ning »: Pékin the city (her place). « Les deux pays » (China and Australia) is "
                "plural, no mention. No time word (the text gives no weekday for her words)."),
    speech("s-us-watch", "Statement", "Washington said on Tuesday it was following the rapprochement closely", US,
           ("avait dit", None), [("suivre de près", None)], time="t-tuesday", about=["e-rapprochement"],
           note="« Washington, qui avait dit mardi « suivre de près » ce rapprochement »: a relative pluperfect "
                "quotation by a metonym (the United States)."),
    speech("s-us-assessment", "Statement", "Washington judges the dialogue does not threaten AUKUS", US,
           ("a estimé", None), [], about=["e-dialogue", "e-aukus-threat"],
           note="Indirect speech, no quote; no time word of its own."),
    speech("s-wong-li", "Statement", "Penny Wong announces Li Qiang's visit later in the year", WONG,
           ("a annoncé", None), [], about=["e-li-visit"], note="The source after the clause."),
    speech("s-abc", "Report", "ABC reports Wang Yi might meet wine-growers' representatives", ABC,
           ("selon", "selon la chaîne"), [], about=["e-winegrowers-talk"],
           note="« selon la chaîne publique ABC »: the title before the name is part of its phrase."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
