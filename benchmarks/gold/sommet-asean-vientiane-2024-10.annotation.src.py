"""Held-out annotation of sommet-asean-vientiane-2024-10.txt (written for the twenty-fifth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sommet-asean-vientiane-2024-10.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/sommet-asean-vientiane-2024-10.annotation.src.py --check

From held-out set 25 (moved to gold in session 23; see benchmarks/gold/README.md).

The story follows the ASEAN summit in Vientiane (Wednesday 9 to Friday 11 October 2024), hosted by Laos's prime minister
Sonexay Siphandone and attended by Chinese premier Li Qiang: Ferdinand Marcos Jr. accused China on Thursday 10 October
of harassing Philippine vessels in the South China Sea, the Chinese water-cannon attacks of August, the junta's envoy
Aung Kyaw Moe (Myanmar's first representative in three years) and the handover of the chairmanship to Malaysia's Anwar
Ibrahim are real in outline; Marcos's and Sonexay's quoted words, Li Qiang's reply as Xinhua gives it, the envoy's
silence, the Lao offer of talks and the junta's non-answer, Washington's Thursday praise, Tokyo's appeal, the gavel and
Anwar's promise are invented or simplified.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-asean-vientiane-2024-10.txt"

PUBLISHED_INFERRED = {
    "value": "2024-10-10", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives October 2024. Marcos « a accusé jeudi 10 octobre » (past; 10 October 2024 is a Thursday, "
             "which confirms the year and fixes the week), so the article appeared on or after Thursday 10 October; "
             "Washington « a salué jeudi » is past too, the same Thursday. The summit « doit s’achever vendredi » and "
             "Anwar « recevra » the gavel: a Friday still ahead, the first after the Thursday, Friday 11 October. "
             "Sonexay « avait déclaré mercredi » (pluperfect: Wednesday 9 October, the day before). On or after "
             "Thursday 10 and "
             "before Friday 11 leaves Thursday 10 October 2024 itself."),
}

NOTE = """\
Held-out-25 article: at the ASEAN summit in Vientiane, the Lao capital, the Philippine president Ferdinand Marcos Jr. \
accuses China on Thursday 10 October 2024 of « harassing » his country's vessels in the South China Sea, in front of \
the Chinese premier Li Qiang; he says Philippine fishermen and coastguards remain the target of intimidation and that \
the Philippines will not cede an inch of their waters; Manila and Beijing have clashed for months around disputed \
reefs, where Chinese ships had fired water cannon at Philippine boats in August; Li Qiang replies, according to \
Xinhua, that China would not let the region become « the playground of outside powers » (an allusion to the United \
States, Manila's allies), but says he favours concluding « as soon as possible » a code of conduct under negotiation \
for more than twenty years; Myanmar, in civil war since the February 2021 coup, weighs on the talks: for the first \
time in three years the junta has sent an envoy, Aung Kyaw Moe, a senior diplomat, who did not speak in the plenary \
session, according to diplomats; the host, Lao prime minister Sonexay Siphandone, had said on Wednesday at the \
opening that ASEAN cannot leave the Burmese people alone, and his government offered to host talks between the \
generals and their opponents, to which the junta did not answer; Washington praised the Philippines' « determination \
» on Thursday, as the State Department made known, and Tokyo called on both sides to show restraint; the summit is to \
end on Friday with the handover of the rotating chairmanship to Malaysia, whose prime minister Anwar Ibrahim, who \
will receive the gavel from Sonexay, promised to make the Burmese crisis his priority in 2025. Published in October \
2024 (the file gives the month; the day, Thursday 10 October, comes from « jeudi 10 octobre », a past « jeudi », a \
pluperfect « mercredi » and a future « vendredi »: see PUBLISHED_INFERRED). What it exercises: a title and a name \
with an accusation on a weekday with a date, the accused as object and a quoted infinitive (« a accusé ... la Chine \
de « harceler » ses navires en mer de Chine méridionale »), a presence phrase with a title before a name (« sous les \
yeux du Premier ministre chinois Li Qiang »: a participant of the summit, no event of its own), a nominal summit with \
a name, its acronym in parentheses and a city with a role noun in apposition; a quote split around its reporting \
clause (« a lancé le dirigeant philippin. ») whose two parts hold possessive group nouns, a nominal intimidation and a \
negated future with « Nous » for the country; two metonyms in a reciprocal present with a vague duration (« \
s’affrontent depuis des mois autour de récifs disputés »), a relative pluperfect with « où » and a past month; a \
completive reply with a negated conditional (« ne laisserait pas la région devenir « le terrain de jeu ... » ») under \
« selon l’agence Chine nouvelle », an apposed comment with a name and an apposed role noun holding a metonym (« une \
allusion aux États-Unis, alliés de Manille »: no event); « Il s’est toutefois dit favorable à » a nominal conclusion \
with a quoted adverb phrase (proposed) of a code under negotiation with a duration; a country in a state of civil war \
with « depuis » a nominal coup with a month and year; « Pour la première fois depuis trois ans » (a duration) and a \
dispatch of a role noun with the name and a role noun in apposition; a negated speech act with no quote sourced after \
the clause to unnamed diplomats; a quote first with a pluperfect reporting verb on a past weekday, a nominal opening \
(« à l’ouverture des travaux ») and two role nouns for the host (« l’hôte du sommet, le Premier ministre laotien \
Sonexay Siphandone ») with a negated « ne pouvons pas laisser » and « Nous » for ASEAN; a possessive role noun for a \
government offering to host nominal talks between a role noun and a possessive group (proposed), then « mais la \
junte n’a pas répondu » (a negated speech act); a metonym praising on the publication day with a quoted noun phrase, \
sourced after the clause to a named ministry; a second metonym's appeal to « les deux parties » (plural: no mention) \
with a nominal restraint (proposed); a planned close with « doit » on a future weekday by a nominal handover to a \
country, a possessive role noun and a name in apposition, a relative future receipt of an object from a title and a \
surname (« des mains de M. Sonexay ») and a promise with « faire de ... sa priorité » and an explicit year.
Places and metonyms. « Manille » is the Philippines twice (it clashes; its allies), a metonym; « des Philippines » \
(praised) is the country's own name; « Pékin » is China (Q148) once; « \
Washington » is the United States (Q30) and « Tokyo » is Japan (Q17), both metonyms. « Vientiane » and « la capitale \
laotienne » are the city (local), the summit's place. « mer de Chine méridionale » is a sea (local place), the place \
of the harassment. « récifs disputés » is the group of disputed reefs (local place), where the clashes and the \
August water cannon take place (« où »). « la région », in Li Qiang's reply, is Southeast Asia (local place).
Mentions. Marcos: « Ferdinand Marcos Jr. » (the title « Le président philippin » right before the name is part of its \
phrase), « le dirigeant philippin » (after the split quote). Li Qiang: « Li Qiang » twice (the first after « du \
Premier ministre chinois », part of its phrase), « Il ». Sonexay: « l’hôte du sommet » (a role noun set off by a \
comma, a mention of its own), « Sonexay Siphandone » (the title before it is part of its phrase), « Sonexay » in « M. \
Sonexay » (his given name, by which AFP calls Lao leaders). Aung Kyaw Moe: « un émissaire », « Aung Kyaw Moe », « \
haut fonctionnaire de la diplomatie » (in apposition; « la diplomatie » is a field, no mention), « Il ». Anwar: « Son \
Premier ministre » (« Son » is Malaysia's) and « Anwar Ibrahim ». The junta (the Myanmar military government, local \
organization): « la junte » twice and « les généraux » (the body that rules, as one organisation, not several people \
named one by one). « leurs opposants » is the armed and civil opposition (a group). « Son gouvernement » is the Lao \
government (organization). In the quotes: « Nos pêcheurs » (Philippine fishermen, a group) and « nos garde-côtes » \
(the Philippine coast guard, an organization) are mentions; « Nous » in Marcos's quote is the Philippines, « Nous » in \
Sonexay's quote is ASEAN (the leaders speaking as the association whose summit he hosts); « le peuple birman » is a \
group. « ses navires » (the Philippine vessels harassed) and « des navires chinois », « bateaux philippins » (after \
« des » and « sur des ») are groups annotated as the theme-like participants of the events; « des diplomates » is an \
unnamed group (as in gold/cereales-mer-noire-2023-07). « le marteau » is the gavel (an object, theme of the receipt), \
« la présidence tournante » the ASEAN chairmanship (other, the theme of the handover), « un code de conduite » the \
code (other). Not mentions: « puissances extérieures » (inside the quote, generic plural), \
« nos eaux » (a possessive over the waters, not one entity the article names), « les discussions », « les travaux », « \
cette tragédie » and « la crise birmane » (events, not entities: the last two are the civil war restated), « les deux \
parties » (plural), « la diplomatie » (a field).
Statuses and sources. The summit, the accusation, the clashes, the August water cannon, the negotiation, the civil \
war, the coup, the dispatch of the envoy, the opening, the praise and the appeal are occurred. The harassment and the \
intimidation are occurred according to Marcos (his accusation, which China does not admit: as « accusant » in gold, \
the events keep the accuser in according_to). The cession of waters is negated (a negated future, according to \
Marcos). The region's becoming a playground is negated according to Li Qiang (« ne laisserait pas »), who also \
proposes the conclusion of the code (« s’est dit favorable à »: proposed). The envoy's speaking is a negated speech \
act sourced to the diplomats. Leaving the Burmese people alone is negated, according to Sonexay. Hosting talks and \
the talks themselves are proposed (« a offert d’accueillir »), the junta's answer a negated speech act. The restraint \
is proposed (an appeal). The close of the summit, the handover and the receipt of the gavel are planned; making the \
Burmese crisis a priority is planned (a promise).
Times. « jeudi 10 octobre » is Thursday 10 October 2024, the publication day: the accusation and Marcos's quote (the \
same occasion), Li Qiang's reply and his words on the code (at the same session) take it; « jeudi » (Washington) is \
the same day. « mercredi » is Wednesday 9 October (past, pluperfect): Sonexay's words and the opening. « vendredi » is \
Friday 11 October (future): the close and the handover; the gavel's receipt has no day written but is part of the \
handover. « en août » is August 2024 (past, month-past). « février 2021 » is a month with its year (the coup). « \
depuis des mois » is vague; « depuis plus de vingt ans » and « depuis trois ans » are durations (no value). « en 2025 \
» is a year. The summit itself has no words dating it: the publication month (t-summit), as the meeting in the \
bundled article. « Pour la première fois » and « au plus vite » are not times.
Linked: China, the United States and Japan. Unlinked (not in ids.tsv): Ferdinand Marcos Jr., the Philippines, the \
South China Sea, Li Qiang, ASEAN, Vientiane, the Philippine vessels, fishermen and coast guard, the disputed reefs, \
the Chinese ships, the Philippine boats, Xinhua, the region, the code of conduct, Myanmar, the junta, Aung Kyaw Moe, \
the diplomats, the Burmese people, Sonexay Siphandone, the Lao government, the Burmese opposition, the State \
Department, Malaysia, the ASEAN chairmanship, Anwar Ibrahim and the gavel."""

CHINA, US, JAPAN = "Q148", "Q30", "Q17"
MARCOS, PH, SCS, LI = "local:ferdinand-marcos-jr", "local:philippines", "local:south-china-sea", "local:li-qiang"
ASEAN, VIENTIANE, PH_VESSELS = "local:asean", "local:vientiane", "local:philippine-vessels"
PH_FISHERMEN, PH_COASTGUARD = "local:philippine-fishermen", "local:philippine-coast-guard"
REEFS, CN_SHIPS, PH_BOATS = "local:disputed-reefs", "local:chinese-ships-august", "local:philippine-boats-august"
XINHUA, REGION, CODE = "local:xinhua", "local:southeast-asia", "local:code-of-conduct"
MYANMAR, JUNTA, AUNG, DIPLOMATS = "local:myanmar", "local:myanmar-junta", "local:aung-kyaw-moe", "local:diplomats"
BURMESE_PEOPLE, SONEXAY, LAO_GOV = "local:burmese-people", "local:sonexay-siphandone", "local:lao-government"
OPPONENTS, STATE_DEPT, MALAYSIA = "local:myanmar-opposition", "local:us-state-department", "local:malaysia"
CHAIR, ANWAR, GAVEL = "local:asean-chairmanship", "local:anwar-ibrahim", "local:asean-gavel"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MARCOS, "Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "person",
     {"description": "président des Philippines", "unlinked_reason": NOT_VERIFIED}),
    (PH, "Philippines", "Philippines", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PH_VESSELS, "navires philippins", "Philippine vessels", "group",
     {"description": "les navires philippins que Manille dit harcelés par la Chine",
      "unlinked_reason": "a group of ships, not one Wikidata item"}),
    (SCS, "mer de Chine méridionale", "South China Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (LI, "Li Qiang", "Li Qiang", "person",
     {"description": "Premier ministre de la Chine", "unlinked_reason": NOT_VERIFIED}),
    (ASEAN, "Association des nations de l’Asie du Sud-Est", "Association of Southeast Asian Nations",
     "organization", {"description": "Asean", "unlinked_reason": NOT_VERIFIED}),
    (VIENTIANE, "Vientiane", "Vientiane", "place",
     {"description": "capitale du Laos", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (PH_FISHERMEN, "pêcheurs philippins", "Philippine fishermen", "group",
     {"unlinked_reason": "unnamed people, not one Wikidata item"}),
    (PH_COASTGUARD, "garde-côtes philippins", "Philippine Coast Guard", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (REEFS, "récifs disputés", "disputed reefs", "place",
     {"description": "récifs de la mer de Chine méridionale que se disputent Manille et Pékin",
      "unlinked_reason": "several reefs the article does not name, not one Wikidata item"}),
    (CN_SHIPS, "navires chinois", "Chinese ships", "group",
     {"description": "navires chinois qui ont tiré au canon à eau en août",
      "unlinked_reason": "a group of ships, not one Wikidata item"}),
    (PH_BOATS, "bateaux philippins", "Philippine boats", "group",
     {"description": "bateaux philippins visés au canon à eau en août",
      "unlinked_reason": "a group of boats, not one Wikidata item"}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence officielle chinoise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (REGION, "Asie du Sud-Est", "Southeast Asia", "place",
     {"description": "« la région » dans la réponse de Li Qiang", "unlinked_reason": NOT_VERIFIED}),
    (CODE, "code de conduite en mer de Chine méridionale", "South China Sea code of conduct", "other",
     {"description": "code négocié entre la Chine et l’Asean", "unlinked_reason": "a text still under negotiation"}),
    (MYANMAR, "Birmanie", "Myanmar", "country", {"unlinked_reason": NOT_VERIFIED}),
    (JUNTA, "junte birmane", "Myanmar military junta", "organization",
     {"description": "le régime militaire au pouvoir en Birmanie depuis février 2021",
      "unlinked_reason": NOT_VERIFIED}),
    (AUNG, "Aung Kyaw Moe", "Aung Kyaw Moe", "person",
     {"description": "haut fonctionnaire de la diplomatie birmane, émissaire de la junte",
      "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS, "des diplomates", "diplomats", "group",
     {"description": "diplomates que l’article ne nomme pas", "unlinked_reason": "unnamed people"}),
    (BURMESE_PEOPLE, "peuple birman", "people of Myanmar", "group",
     {"unlinked_reason": "a people, not one item of ids.tsv"}),
    (SONEXAY, "Sonexay Siphandone", "Sonexay Siphandone", "person",
     {"description": "Premier ministre du Laos, hôte du sommet", "unlinked_reason": NOT_VERIFIED}),
    (LAO_GOV, "gouvernement laotien", "Government of Laos", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (OPPONENTS, "opposants à la junte birmane", "Myanmar opposition", "group",
     {"description": "les opposants armés et civils de la junte", "unlinked_reason": "a loose group"}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MALAYSIA, "Malaisie", "Malaysia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CHAIR, "présidence tournante de l’Asean", "ASEAN chairmanship", "other",
     {"unlinked_reason": NOT_VERIFIED}),
    (ANWAR, "Anwar Ibrahim", "Anwar Ibrahim", "person",
     {"description": "Premier ministre de la Malaisie", "unlinked_reason": NOT_VERIFIED}),
    (GAVEL, "marteau de la présidence de l’Asean", "ASEAN chair's gavel", "object",
     {"unlinked_reason": "a single object with no Wikidata item"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président philippin Ferdinand Marcos Jr. a accusé jeudi 10 octobre la Chine de « harceler » ses navires en
    # mer de Chine méridionale, sous les yeux du Premier ministre chinois Li Qiang, au sommet de l’Association des
    # nations de l’Asie du Sud-Est (Asean) à Vientiane, la capitale laotienne.
    ("Ferdinand Marcos Jr.", None, MARCOS, "name"),
    ("Chine", "la Chine de", CHINA, "name"),
    ("ses navires", None, PH_VESSELS, "nominal"),
    ("mer de Chine méridionale", None, SCS, "name"),
    ("Li Qiang", 1, LI, "name"),
    ("Association des nations de l’Asie du Sud-Est", None, ASEAN, "name"),
    ("Asean", None, ASEAN, "name"),
    ("Vientiane", None, VIENTIANE, "name"),
    ("la capitale laotienne", None, VIENTIANE, "nominal"),
    # « Nos pêcheurs et nos garde-côtes restent la cible d’intimidations, a lancé le dirigeant philippin. Nous ne
    # céderons pas un centimètre de nos eaux. » Manille et Pékin s’affrontent ... autour de récifs disputés, où des
    # navires chinois avaient tiré au canon à eau sur des bateaux philippins en août.
    ("Nos pêcheurs", None, PH_FISHERMEN, "nominal"),
    ("nos garde-côtes", None, PH_COASTGUARD, "nominal"),
    ("le dirigeant philippin", None, MARCOS, "nominal"),
    ("Nous", "Nous ne céderons", PH, "pronoun"),
    ("Manille", "Manille et Pékin", PH, "metonym"),
    ("Pékin", None, CHINA, "metonym"),
    ("récifs disputés", None, REEFS, "nominal"),
    ("navires chinois", None, CN_SHIPS, "nominal"),
    ("bateaux philippins", None, PH_BOATS, "nominal"),
    # Li Qiang a répliqué que la Chine ne laisserait pas la région devenir « le terrain de jeu de puissances
    # extérieures », selon l’agence Chine nouvelle, une allusion aux États-Unis, alliés de Manille.
    ("Li Qiang", 2, LI, "name"),
    ("Chine", "la Chine ne laisserait", CHINA, "name"),
    ("la région", None, REGION, "nominal"),
    ("Chine nouvelle", None, XINHUA, "name"),
    ("États-Unis", None, US, "name"),
    ("alliés de Manille", None, US, "nominal"),
    ("Manille", "alliés de Manille", PH, "metonym"),
    # Il s’est toutefois dit favorable à la conclusion « au plus vite » d’un code de conduite, ...
    ("Il", "Il s’est toutefois", LI, "pronoun"),
    ("un code de conduite", None, CODE, "nominal"),
    # La Birmanie, en proie à la guerre civile depuis le coup d’État de février 2021, a aussi pesé sur les discussions.
    ("Birmanie", None, MYANMAR, "name"),
    # Pour la première fois depuis trois ans, la junte a envoyé un émissaire, Aung Kyaw Moe, haut fonctionnaire de la
    # diplomatie. Il n’a pas pris la parole en séance plénière, ont indiqué des diplomates.
    ("la junte", "la junte a envoyé", JUNTA, "nominal"),
    ("un émissaire", None, AUNG, "nominal"),
    ("Aung Kyaw Moe", None, AUNG, "name"),
    ("haut fonctionnaire de la diplomatie", None, AUNG, "nominal"),
    ("Il", "Il n’a pas pris", AUNG, "pronoun"),
    ("des diplomates", None, DIPLOMATS, "nominal"),
    # « Nous ne pouvons pas laisser le peuple birman seul face à cette tragédie », avait déclaré mercredi, à
    # l’ouverture des travaux, l’hôte du sommet, le Premier ministre laotien Sonexay Siphandone. Son gouvernement a
    # offert d’accueillir des pourparlers entre les généraux et leurs opposants, mais la junte n’a pas répondu.
    ("Nous", "Nous ne pouvons", ASEAN, "pronoun"),
    ("le peuple birman", None, BURMESE_PEOPLE, "nominal"),
    ("l’hôte du sommet", None, SONEXAY, "nominal"),
    ("Sonexay Siphandone", None, SONEXAY, "name"),
    ("Son gouvernement", None, LAO_GOV, "nominal"),
    ("les généraux", None, JUNTA, "nominal"),
    ("leurs opposants", None, OPPONENTS, "nominal"),
    ("la junte", "la junte n’a pas", JUNTA, "nominal"),
    # Washington a salué jeudi « la détermination » des Philippines, a fait savoir le département d’État. Tokyo a
    # appelé les deux parties à la retenue.
    ("Washington", None, US, "metonym"),
    ("Philippines", "des Philippines", PH, "name"),
    ("le département d’État", None, STATE_DEPT, "nominal"),
    ("Tokyo", None, JAPAN, "metonym"),
    # Le sommet doit s’achever vendredi par la passation de la présidence tournante à la Malaisie. Son Premier
    # ministre, Anwar Ibrahim, qui recevra le marteau des mains de M. Sonexay, a promis de faire de la crise birmane
    # sa priorité en 2025.
    ("la présidence tournante", None, CHAIR, "nominal"),
    ("Malaisie", None, MALAYSIA, "name"),
    ("Son Premier ministre", None, ANWAR, "nominal"),
    ("Anwar Ibrahim", None, ANWAR, "name"),
    ("le marteau", None, GAVEL, "nominal"),
    ("Sonexay", "M. Sonexay", SONEXAY, "name"),
]

PUB_DAY = "the publication day, Thursday 10 October 2024 (inferred: see PUBLISHED_INFERRED)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday-10", ("jeudi 10 octobre", None), "2024-10-10", "day", "weekday-day-month",
     "An explicit weekday and date in the publication year (10 October 2024 is a Thursday): " + PUB_DAY),
    ("t-summit", None, "2024-10", "month", "publication-month",
     "No words date the summit as a whole: it is the news the article reports, so it took place in the "
     "publication month (as the meeting in the bundled article); its days run from the Wednesday to the Friday."),
    ("t-months", ("depuis des mois", None), None, "vague", "vague",
     "« s’affrontent depuis des mois »: the start of a standing clash, no value."),
    ("t-august", ("en août", None), "2024-08", "month", "month-past",
     "Pluperfect « avaient tiré ... en août »: the last August before October 2024: August 2024."),
    ("t-twenty-years", ("depuis plus de vingt ans", None), None, "duration", "explicit-duration",
     "« en négociation depuis plus de vingt ans »: the length of the negotiation (more than P20Y), no date."),
    ("t-february-2021", ("février 2021", None), "2021-02", "month", "explicit-month-year",
     "« le coup d’État de février 2021 »: a month with its year written out."),
    ("t-three-years", ("depuis trois ans", None), None, "duration", "explicit-duration",
     "« Pour la première fois depuis trois ans »: the time since the junta last sent a representative (P3Y), no "
     "date of its own."),
    ("t-wednesday", ("mercredi", None), "2024-10-09", "day", "weekday-past",
     "Pluperfect « avait déclaré mercredi »: the most recent Wednesday before " + PUB_DAY),
    ("t-thursday-us", ("jeudi", "salué jeudi"), "2024-10-10", "day", "weekday-publication-day",
     "« Washington a salué jeudi »: " + PUB_DAY),
    ("t-friday", ("vendredi", None), "2024-10-11", "day", "weekday-future",
     "« Le sommet doit s’achever vendredi »: the first Friday after publication: Friday 11 October 2024."),
    ("t-2025", ("2025", None), "2025", "year", "explicit-year",
     "« sa priorité en 2025 »: the year of Malaysia's chairmanship."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "The ASEAN summit in Vientiane", ("sommet", "au sommet de"),
          [("participant", ASEAN), ("participant", LI)], place=VIENTIANE, time="t-summit",
          note="« au sommet de l’Association des nations de l’Asie du Sud-Est (Asean) à Vientiane »: the news of the "
               "article; Li Qiang attends (« sous les yeux du Premier ministre chinois Li Qiang », a presence phrase, "
               "no event of its own)."),
    event("e-harassment", "Event", "China harasses Philippine vessels in the South China Sea (Marcos's accusation)",
          ("harceler", None), [("agent", CHINA), ("recipient", PH_VESSELS)], place=SCS, according_to=[MARCOS],
          note="« a accusé ... la Chine de « harceler » ses navires en mer de Chine méridionale »: what Marcos accuses "
               "China of; occurred according to him (the accuser in according_to)."),
    event("e-intimidation", "Event", "Philippine fishermen and coastguards remain the target of intimidation",
          ("intimidations", None), [("agent", CHINA), ("recipient", PH_FISHERMEN), ("recipient", PH_COASTGUARD)],
          place=SCS, according_to=[MARCOS],
          note="« Nos pêcheurs et nos garde-côtes restent la cible d’intimidations », in Marcos's quote: a nominal "
               "event; China, the agent, is implied by the accusation of the sentence before, "
               "and so is the place (the South China Sea)."),
    event("e-cede-waters", "Event", "The Philippines will not cede an inch of their waters", ("céderons", None),
          [("agent", PH)], status="negated", according_to=[MARCOS],
          note="« Nous ne céderons pas un centimètre de nos eaux »: a negated future, « Nous » for the Philippines; « "
               "nos eaux » is no mention."),
    event("e-clashes", "Event", "Manila and Beijing clash for months around disputed reefs", ("s’affrontent", None),
          [("participant", PH), ("participant", CHINA)], place=REEFS, time="t-months",
          note="« Manille et Pékin s’affrontent depuis des mois autour de récifs disputés »: a reciprocal present "
               "with a vague duration; the two metonyms stand for the states."),
    event("e-water-cannon", "Event", "Chinese ships fired water cannon at Philippine boats in August",
          ("avaient tiré", None), [("agent", CN_SHIPS), ("recipient", PH_BOATS)], place=REEFS, time="t-august",
          note="« où des navires chinois avaient tiré au canon à eau sur des bateaux philippins en août »: a relative "
               "pluperfect; « où » is the disputed reefs."),
    event("e-playground", "Event", "The region becoming the playground of outside powers (refused by China)",
          ("devenir", None), [("theme", REGION), ("participant", US)], status="negated", according_to=[LI],
          note="« la Chine ne laisserait pas la région devenir « le terrain de jeu de puissances extérieures » »: a "
               "negated conditional, according to Li Qiang; the outside powers are the United States by the article's "
               "gloss (« une allusion aux États-Unis »), which has no event of its own."),
    event("e-code-conclusion", "Agreement", "Conclusion « as soon as possible » of a code of conduct",
          ("conclusion", None), [("participant", CHINA), ("participant", ASEAN), ("theme", CODE)],
          status="proposed", according_to=[LI],
          note="« Il s’est toutefois dit favorable à la conclusion « au plus vite » d’un code de conduite »: an "
               "outcome he supports, proposed (as « s’est dit prêt à » in gold); the parties are China and ASEAN "
               "(implied by the negotiation)."),
    event("e-code-negotiation", "Event", "The code of conduct has been under negotiation for more than twenty years",
          ("négociation", None), [("participant", CHINA), ("participant", ASEAN), ("theme", CODE)],
          time="t-twenty-years",
          note="« en négociation depuis plus de vingt ans »: an ongoing negotiation, in the article's voice."),
    event("e-civil-war", "Event", "The civil war in Myanmar", ("guerre civile", None),
          [("participant", JUNTA), ("participant", OPPONENTS)], place=MYANMAR,
          note="« La Birmanie, en proie à la guerre civile depuis le coup d’État de février 2021 »: the war runs from "
               "the coup (no time expression of its own; the month belongs to the coup). The sides are implied (the "
               "junta and its opponents named later). « cette tragédie » and « la crise birmane » restate it."),
    event("e-coup", "Event", "The military coup of February 2021 in Myanmar", ("coup d’État", None),
          [("agent", JUNTA)], place=MYANMAR, time="t-february-2021",
          note="« le coup d’État de février 2021 »: a nominal past event; the military that seized power is the "
               "junta."),
    event("e-envoy-dispatch", "Delivery", "The junta sends an envoy, Aung Kyaw Moe, to the summit", ("a envoyé", None),
          [("agent", JUNTA), ("theme", AUNG)], place=VIENTIANE, part_of="e-summit",
          note="« Pour la première fois depuis trois ans, la junte a envoyé un émissaire »: the first in three years "
               "(the duration measures the gap since the last envoy, not the dispatch: no time); the destination is "
               "the summit in Vientiane."),
    event("e-opening", "Event", "The opening of the summit on Wednesday", ("ouverture", None), [("participant", ASEAN)],
          place=VIENTIANE, time="t-wednesday", part_of="e-summit",
          note="« à l’ouverture des travaux »: the occasion of Sonexay's words, on the Wednesday."),
    event("e-abandon", "Event", "ASEAN will not leave the Burmese people alone", ("laisser", "pouvons pas laisser"),
          [("agent", ASEAN), ("recipient", BURMESE_PEOPLE)], status="negated", according_to=[SONEXAY],
          note="« Nous ne pouvons pas laisser le peuple birman seul face à cette tragédie »: negated, according to "
               "Sonexay; « Nous » is the association he speaks for as host."),
    event("e-host-talks", "Event", "Laos offers to host talks between the junta and its opponents",
          ("accueillir", None), [("agent", LAO_GOV)], status="proposed", according_to=[LAO_GOV],
          note="« Son gouvernement a offert d’accueillir des pourparlers »: an offer (proposed); no place written."),
    event("e-talks", "Meeting", "Talks between the junta and its opponents (proposed)", ("pourparlers", None),
          [("participant", JUNTA), ("participant", OPPONENTS)], status="proposed",
          according_to=[LAO_GOV],
          note="« des pourparlers entre les généraux et leurs opposants »: what Laos offers to host, proposed."),
    event("e-restraint", "Event", "Restraint by the Philippines and China (Tokyo's appeal)", ("retenue", None),
          [("participant", PH), ("participant", CHINA)], status="proposed", according_to=[JAPAN],
          note="« Tokyo a appelé les deux parties à la retenue »: an appeal, proposed; « les deux parties » is plural "
               "(no mention), the Philippines and China by the paragraph."),
    event("e-summit-close", "Event", "The summit is to end on Friday", ("s’achever", None), [("participant", ASEAN)],
          status="planned", place=VIENTIANE, time="t-friday", part_of="e-summit",
          note="« Le sommet doit s’achever vendredi »: « doit », planned."),
    event("e-handover", "Event", "Handover of the ASEAN chairmanship to Malaysia", ("passation", None),
          [("agent", LAO_GOV), ("recipient", MALAYSIA), ("theme", CHAIR)], status="planned", place=VIENTIANE,
          time="t-friday", part_of="e-summit",
          note="« par la passation de la présidence tournante à la Malaisie »: the outgoing chair (Laos) hands over; "
               "its government is the agent, implied."),
    event("e-gavel", "Gift", "Anwar Ibrahim to receive the gavel from Sonexay", ("recevra", None),
          [("agent", SONEXAY), ("recipient", ANWAR), ("theme", GAVEL)], status="planned", place=VIENTIANE,
          part_of="e-handover",
          note="« qui recevra le marteau des mains de M. Sonexay »: a relative future, planned; the giver is the agent "
               "(as the gifts in the bundled article). No day of its own: part of the Friday handover."),
    event("e-priority", "Event", "Malaysia to make the Burmese crisis its priority in 2025",
          ("faire", "a promis de faire"),
          [("agent", ANWAR)], status="planned", time="t-2025", according_to=[ANWAR],
          note="« a promis de faire de la crise birmane sa priorité en 2025 »: a promise, planned; « la crise "
               "birmane » is the civil war restated (no mention)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-marcos-accusation", "Statement", "Marcos accuses China of « harassing » Philippine vessels", MARCOS,
           ("a accusé", None), [("harceler", None)], addressee=CHINA, time="t-thursday-10", place=VIENTIANE,
           about=["e-harassment"],
           note="« a accusé jeudi 10 octobre la Chine de « harceler » ses navires »: the accused is the addressee "
                "(as « accusant » in gold); said at the summit in Vientiane."),
    speech("s-marcos-quote", "Statement", "Marcos: fishermen and coastguards remain targets; the Philippines will not "
           "cede an inch", MARCOS, ("a lancé", None),
           [("Nos pêcheurs et nos garde-côtes restent la cible d’intimidations", None),
            ("Nous ne céderons pas un centimètre de nos eaux.", None)],
           time="t-thursday-10", place=VIENTIANE, about=["e-intimidation", "e-cede-waters"],
           note="One pair of guillemets split around « a lancé le dirigeant philippin. »: one speech act, two quotes "
                "(the second keeps its full stop inside the guillemets). The same Thursday session (implied)."),
    speech("s-li-reply", "Statement", "Li Qiang replies that China will not let the region become a playground of "
           "outside powers", LI, ("a répliqué", None), [("le terrain de jeu de puissances extérieures", None)],
           time="t-thursday-10", place=VIENTIANE, according_to=[XINHUA], about=["e-playground"],
           note="« Li Qiang a répliqué que ..., selon l’agence Chine nouvelle »: a reply to Marcos at the same session "
                "(Thursday, implied), relayed by Xinhua."),
    speech("s-xinhua", "Report", "Xinhua reports Li Qiang's reply", XINHUA, ("selon", None), [],
           about=["s-li-reply"],
           note="« selon l’agence Chine nouvelle »: the title before the name is part of its phrase; it closes its "
                "clause, the next sentence is not given to it."),
    speech("s-li-code", "Statement", "Li Qiang favours concluding the code of conduct « as soon as possible »", LI,
           ("dit", "toutefois dit favorable"), [("au plus vite", None)], time="t-thursday-10", place=VIENTIANE,
           about=["e-code-conclusion"],
           note="« Il s’est toutefois dit favorable à la conclusion « au plus vite » d’un code de conduite »: the "
                "trigger is « dit » (« s’est ... dit », split by « toutefois »); no source named."),
    speech("s-envoy-silent", "SpeechAct", "The junta's envoy did not speak in the plenary session", AUNG,
           ("pris la parole", None), [], status="negated", place=VIENTIANE, according_to=[DIPLOMATS],
           note="« Il n’a pas pris la parole en séance plénière, ont indiqué des diplomates »: a negated speech act "
                "sourced after the clause to unnamed diplomats."),
    speech("s-diplomats", "Report", "Diplomats report the envoy's silence", DIPLOMATS, ("ont indiqué", None), [],
           about=["s-envoy-silent"], note="« ont indiqué des diplomates »: no time of its own."),
    speech("s-sonexay", "Statement", "Sonexay Siphandone: ASEAN cannot leave the Burmese people alone", SONEXAY,
           ("avait déclaré", None),
           [("Nous ne pouvons pas laisser le peuple birman seul face à cette tragédie", None)],
           time="t-wednesday", place=VIENTIANE, about=["e-abandon", "e-civil-war"],
           note="Quote first, then a pluperfect reporting verb on the past Wednesday, « à l’ouverture des travaux » "
                "(e-opening), and the speaker as two role nouns: « l’hôte du sommet, le Premier ministre laotien "
                "Sonexay Siphandone »."),
    speech("s-laos-offer", "Statement", "Laos offers to host talks between the junta and its opponents", LAO_GOV,
           ("a offert", None), [], about=["e-host-talks", "e-talks"],
           note="« Son gouvernement a offert d’accueillir des pourparlers »: an offer made in words; no day written."),
    speech("s-junta-no-answer", "SpeechAct", "The junta has not answered the Lao offer", JUNTA, ("répondu", None), [],
           status="negated", addressee=LAO_GOV, about=["s-laos-offer"],
           note="« mais la junte n’a pas répondu »: a negated speech act (as « n’a pas réagi » in gold)."),
    speech("s-us-praise", "Statement", "Washington praises the Philippines' « determination »", US,
           ("a salué", None), [("la détermination", None)], time="t-thursday-us", according_to=[STATE_DEPT],
           about=["e-clashes"],
           note="« Washington a salué jeudi « la détermination » des Philippines »: praise of the Philippines' stand "
                "against China, sourced after the clause to the State Department. The Philippines are praised, not "
                "addressed: no addressee."),
    speech("s-state-dept", "Report", "The State Department makes Washington's praise known", STATE_DEPT,
           ("a fait savoir", None), [], about=["s-us-praise"],
           note="« a fait savoir le département d’État »: the ministry that speaks for « Washington »."),
    speech("s-tokyo-appeal", "Statement", "Tokyo calls on both sides to show restraint", JAPAN, ("a appelé", None), [],
           about=["e-restraint"],
           note="« Tokyo a appelé les deux parties à la retenue »: the metonym is Japan; two addressees, so none "
                "(« les deux parties » is plural); no day written."),
    speech("s-anwar-promise", "Assurance", "Anwar Ibrahim promises to make the Burmese crisis his priority in 2025",
           ANWAR, ("a promis", None), [], about=["e-priority", "e-civil-war"],
           note="« a promis de faire de la crise birmane sa priorité en 2025 »: a promise in his own name, no quote; "
                "no day written."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
