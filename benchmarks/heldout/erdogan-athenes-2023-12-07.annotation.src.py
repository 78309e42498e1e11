"""Held-out annotation of erdogan-athenes-2023-12-07.txt (written for the twenty-sixth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/heldout/erdogan-athenes-2023-12-07.annotation.src.py
    python tools/annotate_offsets.py benchmarks/heldout/erdogan-athenes-2023-12-07.annotation.src.py --check

Held-out set 26: never tune extraction rules on this article (see benchmarks/heldout/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "erdogan-athenes-2023-12-07.txt"

NOTE = """\
Held-out-26 article: Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis sign on \
Thursday 7 December 2023 in Athens a joint declaration on « friendly and good-neighbourly » relations, during the \
Turkish leader's first visit to Greece in six years; the two NATO allies also conclude some fifteen agreements and \
aim to double their trade (the Greek government); at a joint press conference Erdogan assures there is no problem \
the two cannot solve and calls for making the Aegean « a sea of peace »; his host acknowledges a lasting \
disagreement on the delimitation of the continental shelf and warns that Greece will give up none of its sovereign \
rights; according to a Greek diplomat the two men left aside the Cyprus question and the demilitarisation of the \
Greek islands near the Turkish coast that Ankara demands, but they agreed to relaunch confidence-building measures \
between their armies; Athens will grant express visas to Turkish tourists on ten of its islands from April \
(Mitsotakis), and the next High-Level Cooperation Council should be held next year in Turkey; the day before, in \
an interview with Kathimerini, Erdogan had said he wanted to « turn the page » on the tensions of summer 2020, when \
Ankara had sent a survey ship into disputed waters; the Greek opposition reacts in scattered order (PASOK welcomes \
« a useful step », Greek Solution accuses Mitsotakis of « selling off » the country's sovereignty); in Nicosia the \
Cypriot government spokesman Konstantinos Letymbiotis calls any easing « positive » while demanding that Ankara \
withdraw its troops from the north of the island, occupied since 1974; Erdogan was to leave Athens in the evening \
and Mitsotakis might soon go to Ankara (a diplomatic source to AFP). Published Thursday 7 December 2023 (the file \
gives the day). The visit, the declaration, the agreements, the trade goal, the visa scheme and the 2020 crisis \
follow the real events loosely; the quotes, the diplomat, the opposition's and Nicosia's words, the next council's \
date and Mitsotakis's trip are invented or simplified.
What it exercises: two titles right before two names as one subject of a signing on the publication day in a city \
(« Le président turc Recep Tayyip Erdogan et le Premier ministre grec Kyriakos Mitsotakis ont signé jeudi à \
Athènes »: only the names are mentions) of a declaration whose quoted content speaks for its two signers (« une \
déclaration commune sur des relations « amicales et de bon voisinage » »: two speech acts, trigger « déclaration », \
the quote to the first-named signer's state, Turkey; the declaration the signing's theme with no mention, as in \
gold/xi-belgrade-2024-05-08 and gold/loukachenko-hanoi-2024-12) and a nominal visit with a fused role noun and a \
gap (« lors de la première visite du dirigeant turc en Grèce depuis six ans »: the duration attached to nothing); a \
plural subject with an apposed alliance (« Les deux voisins, alliés au sein de l’Otan »: no mention but « Otan ») \
concluding agreements with an adverb inside the verb and aiming at a goal, sourced after the clause to a \
government; a quote first with « Il n’y a pas » (impersonal) and « nous » for both countries (no mention) under « a \
assuré M. Erdogan lors d’une conférence de presse commune » (the press conference no event; the occasion gives the \
Thursday and Athens) and a participle call with a quoted noun phrase (« appelant à faire de la mer Égée « une mer \
de paix » »); a role noun of hospitality (« Son hôte ») acknowledging a nominal disagreement, then a quote first with \
a negated future (« La Grèce ne renoncera à aucun de ses droits souverains ») under an inverted « a-t-il prévenu »; \
a fronted source over a negated speech act with two speakers and one trigger (« les deux hommes ont laissé de côté \
la question chypriote et la démilitarisation des îles grecques ... que réclame Ankara »: the demilitarisation \
proposed, the relative present demand a speech act of Turkey); « Ils sont en revanche convenus de relancer » (an \
Agreement and a planned relaunch); a metonym with a future and a month (« Athènes accordera dès avril des visas \
express aux touristes turcs sur dix de ses îles ») sourced after the clause to a role noun; a conditional meeting \
of a named council with « l’an prochain » (2024) in a country; « La veille » (the eve of the Thursday visit) with \
a nominal interview and a newspaper with a title before its name, a pluperfect « avait dit vouloir « tourner la \
page » » over nominal tensions in a season of a year (« de l’été 2020 ») and a pluperfect dispatch by a metonym in \
a « quand » clause; a group reaction without words (« L’opposition grecque a réagi en ordre dispersé ») followed by a \
party with a role noun in apposition holding the parliament and a quoted welcome, and a party with a title before \
its name accusing a named leader with a one-word quote (« a accusé M. Mitsotakis de « brader » la souveraineté du \
pays »: the sell-off suspected, « pays » Greece); « À Nicosie » (the city) with a role noun holding a government and \
a name in apposition, a judgement with a quoted adjective over a hypothetical « tout apaisement » and a participle \
demand in a subjunctive clause (« tout en réclamant qu’Ankara retire ses troupes du nord de l’île »: proposed) with \
an apposed passive occupation « depuis 1974 » (Turkey implied); a planned departure with « dans la soirée » (the \
publication day) and a conditional visit with « prochainement » sourced after the clause to an anonymous source \
speaking to AFP.
Places and metonyms. « Athènes » is the city (local, name) where the declaration is signed and which Erdogan is to \
leave, and Greece (metonym) in « Athènes accordera ». « Ankara » is Turkey (metonym) when it demands, had sent a \
ship and is asked to withdraw its troops, and the city (local, name) in « se rendre prochainement à Ankara ». « \
Nicosie » is the city where the spokesman speaks (local). « l’île » is Cyprus (nominal) inside « nord de l’île », \
the occupied north (a local place, the place of the withdrawal and of the occupation). « mer Égée » is the Aegean \
Sea (local place), the place of the proposed « mer de paix ».
Mentions. Erdogan is « Recep Tayyip Erdogan », « dirigeant turc » (after a fused « du »), « Erdogan » three times \
(« M. » before the name is part of its phrase); Mitsotakis is « Kyriakos Mitsotakis », « Son hôte », « il » (« \
a-t-il prévenu »), « le dirigeant conservateur » and « Mitsotakis » twice. « le gouvernement grec » is the Greek \
government (local), « gouvernement chypriote » the Cypriot government inside the spokesman's role noun. « \
troisième force au Parlement » is PASOK (an apposed role noun) with « Parlement » (the Hellenic Parliament) inside \
it; « le parti nationaliste Solution grecque » gives only « Solution grecque » (a title before the name). Things \
that events take as themes, recipients or places are mentions: « îles grecques proches des côtes turques » (after a \
fused « des »), « des visas express », « touristes turcs » (after a fused « aux »), « dix de ses îles », « un navire \
de prospection », « des eaux disputées », « ses troupes », « nord de l’île ». Not mentions: « Le président turc » \
and « le Premier ministre grec » (titles right before the names), « Les deux voisins », « les deux hommes », « Ils » \
and « leurs armées » (plural, both sides), « nous » in Erdogan's quote (both countries), « ses droits souverains », \
« la question chypriote », « le plateau continental », « les mesures de confiance », « côtes turques » (generic \
coasts) and « la souveraineté » (abstract), « une quinzaine d’accords » (plural agreements, as in gold; they are a \
local theme with no mention), « une déclaration commune » (the trigger of the declaration's speech acts, as in \
gold/xi-belgrade-2024-05-08).
Statuses. The signing, the visit, the agreements, the disagreement, the relaunch agreement, the interview, the 2020 \
tensions and dispatch, and the occupation are occurred; the trade doubling (« visent à »), the relaunch, the visas \
(a future), Erdogan's page-turning (« avait dit vouloir », as « ne pas vouloir contenir » in gold with the subject \
of « vouloir » as agent) and the departure (« devait ») are planned; the sea of peace (a call), the \
demilitarisation (a demand) and the withdrawal (a demand) are proposed; the resolution of every problem (« que \
nous ne puissions résoudre »), the next council (« devrait »), « tout apaisement » and Mitsotakis's trip (« \
pourrait ») are hypothetical; the sell-off is suspected (an accusation, according to Greek Solution); Greece's \
renunciation is negated; the leaders' mention of Cyprus and of the demilitarisation are two negated speech acts.
Times. « jeudi » is the publication day, Thursday 7 December 2023, the signing's and the declaration's day; the \
agreements concluded « aussi » and the relaunch agreement take it too (an agreement reached at the visit takes its \
day, as « Les deux parties ont convenu » in gold), and so do Erdogan's two speech acts at the joint press conference \
(the occasion, as in gold/camp-david-trilaterale-2023-08-18). « six ans » is a duration attached to nothing; « dès \
avril » April 2024 (the next April); « l’an prochain » 2024; « La veille » Wednesday 6 December 2023 (the eve of the \
Thursday visit, also the eve of publication); « l’été 2020 » the year 2020 (a season within one year gets the \
year), for the tensions and the dispatch of the « quand » clause; « depuis 1974 » the year of the start of the \
occupation; « dans la soirée » the evening of the publication day; « prochainement » vague-future. The words with \
no weekday or occasion of their own (the government's, Mitsotakis's, the diplomat's, the leaders' silence, \
Ankara's demand, the opposition's, Letymbiotis's, the source's) have no time.
Linked: Agence France-Presse (Q40464). Unlinked (not in ids.tsv): Erdogan, Mitsotakis, Athens, Greece, Turkey, the \
declaration, the agreements, NATO, the Greek government, the Aegean Sea, the Greek diplomat, the islands near the \
Turkish coast, the express visas, the Turkish tourists, the ten islands, the High-Level Cooperation Council, \
Kathimerini, the survey ship, the disputed waters, the Greek opposition, PASOK, the Hellenic Parliament, Greek \
Solution, Nicosia, Letymbiotis, the Cypriot government, the Turkish troops, the north of Cyprus, Cyprus, Ankara \
(the city) and the diplomatic source."""

AFP = "Q40464"
ERDOGAN, MITSOTAKIS, ATHENS, GREECE = "local:recep-tayyip-erdogan", "local:kyriakos-mitsotakis", "local:athens", \
    "local:greece"
TURKEY, DECLARATION, ACCORDS, NATO = "local:turkey", "local:athens-declaration-2023", \
    "local:greece-turkey-december-2023-agreements", "local:nato"
GR_GOV, AEGEAN, GR_DIPLOMAT, ISLANDS = "local:greek-government", "local:aegean-sea", "local:greek-diplomat", \
    "local:greek-islands-near-turkish-coast"
VISAS, TOURISTS, TEN_ISLANDS, HLCC = "local:express-visas", "local:turkish-tourists", "local:ten-greek-islands", \
    "local:greece-turkey-high-level-cooperation-council"
KATHIMERINI, SHIP, WATERS, OPPOSITION = "local:kathimerini", "local:turkish-survey-ship-2020", \
    "local:disputed-waters", "local:greek-opposition"
PASOK, PARLIAMENT, GREEK_SOLUTION, NICOSIA = "local:pasok", "local:hellenic-parliament", "local:greek-solution", \
    "local:nicosia"
LETYMBIOTIS, CY_GOV, TROOPS, NORTH_CYPRUS = "local:konstantinos-letymbiotis", "local:cypriot-government", \
    "local:turkish-troops-in-cyprus", "local:northern-cyprus"
CYPRUS, ANKARA, SOURCE = "local:cyprus", "local:ankara", "local:greek-diplomatic-source"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ERDOGAN, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "person",
     {"description": "président de la Turquie", "unlinked_reason": NOT_VERIFIED}),
    (MITSOTAKIS, "Kyriakos Mitsotakis", "Kyriakos Mitsotakis", "person",
     {"description": "Premier ministre de la Grèce", "unlinked_reason": NOT_VERIFIED}),
    (ATHENS, "Athènes", "Athens", "place",
     {"description": "capitale de la Grèce; aussi métonymie de la Grèce", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
    (GREECE, "Grèce", "Greece", "country",
     {"description": "aussi désignée par « Athènes » (métonymie) et « pays »", "unlinked_reason": NOT_VERIFIED}),
    (TURKEY, "Turquie", "Turkey", "country",
     {"description": "aussi désignée par « Ankara » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (DECLARATION, "déclaration d’Athènes sur les relations amicales et de bon voisinage",
     "Athens Declaration on Friendly Relations and Good-Neighbourliness", "object",
     {"description": "déclaration commune signée le 7 décembre 2023 par Recep Tayyip Erdogan et Kyriakos Mitsotakis",
      "unlinked_reason": "a document not among the verified identifiers"}),
    (ACCORDS, "une quinzaine d’accords gréco-turcs (décembre 2023)", "some fifteen Greece–Turkey agreements",
     "other", {"unlinked_reason": "several unnamed documents, not one Wikidata item"}),
    (NATO, "Otan", "NATO", "organization", {"class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (GR_GOV, "gouvernement grec", "Government of Greece", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (AEGEAN, "mer Égée", "Aegean Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (GR_DIPLOMAT, "un diplomate grec", "a Greek diplomat", "person", {"unlinked_reason": "anonymous in the article"}),
    (ISLANDS, "îles grecques proches des côtes turques", "Greek islands near the Turkish coast", "place",
     {"description": "les îles de l’Égée orientale dont Ankara réclame la démilitarisation",
      "unlinked_reason": "a group of islands, not one Wikidata item"}),
    (VISAS, "visas express", "express visas", "object",
     {"description": "visas délivrés rapidement aux touristes turcs pour dix îles grecques",
      "unlinked_reason": "unspecified documents, not one Wikidata item"}),
    (TOURISTS, "touristes turcs", "Turkish tourists", "group",
     {"unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (TEN_ISLANDS, "dix îles grecques", "ten Greek islands", "place",
     {"description": "les îles grecques concernées par les visas express (l’article ne les nomme pas)",
      "unlinked_reason": "a group of islands the article does not name"}),
    (HLCC, "Conseil de coopération de haut niveau gréco-turc", "Greece–Turkey High-Level Cooperation Council",
     "organization", {"description": "format de réunion intergouvernementale entre la Grèce et la Turquie",
                      "unlinked_reason": NOT_VERIFIED}),
    (KATHIMERINI, "Kathimerini", "Kathimerini", "organization",
     {"description": "quotidien grec", "class_qid": "Q11032", "unlinked_reason": NOT_VERIFIED}),
    (SHIP, "un navire de prospection turc", "a Turkish survey ship", "object",
     {"description": "le navire envoyé par la Turquie à l’été 2020 (l’article ne le nomme pas)",
      "unlinked_reason": "a ship the article does not name"}),
    (WATERS, "des eaux disputées", "disputed waters", "place",
     {"description": "eaux de Méditerranée orientale revendiquées par la Grèce et la Turquie",
      "unlinked_reason": "an unnamed sea area, not one Wikidata item"}),
    (OPPOSITION, "l’opposition grecque", "the Greek opposition", "group",
     {"unlinked_reason": "a group of parties, not one Wikidata item"}),
    (PASOK, "Pasok", "PASOK", "organization",
     {"description": "parti socialiste grec, troisième force au Parlement", "class_qid": "Q7278",
      "unlinked_reason": NOT_VERIFIED}),
    (PARLIAMENT, "Parlement grec", "Hellenic Parliament", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (GREEK_SOLUTION, "Solution grecque", "Greek Solution", "organization",
     {"description": "parti nationaliste grec", "class_qid": "Q7278", "unlinked_reason": NOT_VERIFIED}),
    (NICOSIA, "Nicosie", "Nicosia", "place",
     {"description": "capitale de Chypre", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (LETYMBIOTIS, "Konstantinos Letymbiotis", "Konstantinos Letymbiotis", "person",
     {"description": "porte-parole du gouvernement chypriote", "unlinked_reason": NOT_VERIFIED}),
    (CY_GOV, "gouvernement chypriote", "Government of Cyprus", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "troupes turques à Chypre", "Turkish troops in Cyprus", "group",
     {"description": "désignées par « ses troupes » (celles d’Ankara)",
      "unlinked_reason": "an unnamed military contingent, not one Wikidata item"}),
    (NORTH_CYPRUS, "nord de Chypre", "northern Cyprus", "place",
     {"description": "la partie de l’île occupée par la Turquie depuis 1974", "unlinked_reason": NOT_VERIFIED}),
    (CYPRUS, "Chypre", "Cyprus", "country",
     {"description": "désignée par « l’île »", "unlinked_reason": NOT_VERIFIED}),
    (ANKARA, "Ankara", "Ankara", "place",
     {"description": "capitale de la Turquie; aussi métonymie de la Turquie (local:turkey)", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source diplomatique", "a diplomatic source", "person",
     {"unlinked_reason": "anonymous in the article"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président turc Recep Tayyip Erdogan et le Premier ministre grec Kyriakos Mitsotakis ont signé jeudi ...
    ("Recep Tayyip Erdogan", None, ERDOGAN, "name"),
    ("Kyriakos Mitsotakis", None, MITSOTAKIS, "name"),
    ("Athènes", "jeudi à Athènes", ATHENS, "name"),
    ("dirigeant turc", None, ERDOGAN, "nominal"),
    ("Grèce", "en Grèce depuis", GREECE, "name"),
    # Les deux voisins, alliés au sein de l’Otan, ont aussi conclu ..., a précisé le gouvernement grec.
    ("Otan", None, NATO, "name"),
    ("le gouvernement grec", None, GR_GOV, "nominal"),
    # « Il n’y a pas de problème ... », a assuré M. Erdogan lors d’une conférence de presse commune, appelant ...
    ("Erdogan", "M. Erdogan lors", ERDOGAN, "name"),
    ("mer Égée", None, AEGEAN, "name"),
    # Son hôte a reconnu un désaccord persistant ... « La Grèce ne renoncera ... », a-t-il prévenu.
    ("Son hôte", None, MITSOTAKIS, "nominal"),
    ("Grèce", "La Grèce ne", GREECE, "name"),
    ("il", "a-t-il prévenu", MITSOTAKIS, "pronoun"),
    # Selon un diplomate grec, les deux hommes ont laissé de côté ..., que réclame Ankara.
    ("un diplomate grec", None, GR_DIPLOMAT, "nominal"),
    ("îles grecques proches des côtes turques", None, ISLANDS, "nominal"),
    ("Ankara", "que réclame Ankara", TURKEY, "metonym"),
    # Athènes accordera dès avril des visas express aux touristes turcs sur dix de ses îles, a annoncé ...
    ("Athènes", "Athènes accordera", GREECE, "metonym"),
    ("des visas express", None, VISAS, "nominal"),
    ("touristes turcs", None, TOURISTS, "nominal"),
    ("dix de ses îles", None, TEN_ISLANDS, "nominal"),
    ("le dirigeant conservateur", None, MITSOTAKIS, "nominal"),
    # Le prochain Conseil de coopération de haut niveau devrait se tenir l’an prochain en Turquie.
    ("Conseil de coopération de haut niveau", None, HLCC, "name"),
    ("Turquie", None, TURKEY, "name"),
    # La veille, dans un entretien au quotidien Kathimerini, M. Erdogan avait dit vouloir « tourner la page » ...
    ("Kathimerini", None, KATHIMERINI, "name"),
    ("Erdogan", "M. Erdogan avait", ERDOGAN, "name"),
    ("Ankara", "quand Ankara", TURKEY, "metonym"),
    ("un navire de prospection", None, SHIP, "nominal"),
    ("des eaux disputées", None, WATERS, "nominal"),
    # L’opposition grecque a réagi en ordre dispersé. Le Pasok, troisième force au Parlement, a salué ...
    ("L’opposition grecque", None, OPPOSITION, "nominal"),
    ("Pasok", None, PASOK, "name"),
    ("troisième force au Parlement", None, PASOK, "nominal"),
    ("Parlement", None, PARLIAMENT, "nominal"),
    ("Solution grecque", None, GREEK_SOLUTION, "name"),
    ("Mitsotakis", "M. Mitsotakis de", MITSOTAKIS, "name"),
    ("pays", "souveraineté du pays", GREECE, "nominal"),
    # À Nicosie, le porte-parole du gouvernement chypriote, Konstantinos Letymbiotis, a jugé « positif » ...
    ("Nicosie", None, NICOSIA, "name"),
    ("le porte-parole du gouvernement chypriote", None, LETYMBIOTIS, "nominal"),
    ("gouvernement chypriote", None, CY_GOV, "nominal"),
    ("Konstantinos Letymbiotis", None, LETYMBIOTIS, "name"),
    ("Ankara", "qu’Ankara retire", TURKEY, "metonym"),
    ("ses troupes", None, TROOPS, "nominal"),
    ("nord de l’île", None, NORTH_CYPRUS, "nominal"),
    ("l’île", None, CYPRUS, "nominal"),
    # M. Erdogan devait quitter Athènes dans la soirée. M. Mitsotakis pourrait se rendre prochainement à Ankara, ...
    ("Erdogan", "M. Erdogan devait", ERDOGAN, "name"),
    ("Athènes", "quitter Athènes", ATHENS, "name"),
    ("Mitsotakis", "M. Mitsotakis pourrait", MITSOTAKIS, "name"),
    ("Ankara", "à Ankara, a indiqué", ANKARA, "name"),
    ("AFP", None, AFP, "name"),
    ("une source diplomatique", None, SOURCE, "nominal"),
]

PUB_DAY = "The publication day, Thursday 7 December 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2023-12-07", "day", "weekday-publication-day",
     "« ont signé jeudi à Athènes » in an article of Thursday 7 December 2023: that same day. " + PUB_DAY),
    ("t-six-years", ("six ans", None), None, "duration", "explicit-duration",
     "« la première visite du dirigeant turc en Grèce depuis six ans »: the gap since his previous visit (P6Y); "
     "not the time of an event (the earlier visit is not told)."),
    ("t-april", ("dès avril", None), "2024-04", "month", "month-future",
     "Future « accordera dès avril »: the next April after December 2023: April 2024."),
    ("t-next-year", ("l’an prochain", None), "2024", "year", "relative-year-future",
     "« devrait se tenir l’an prochain »: the year after 2023: 2024."),
    ("t-eve", ("La veille", None), "2023-12-06", "day", "eve-of-event",
     "« La veille »: the eve of the Thursday visit the article is about (here also the eve of publication): "
     "Wednesday 6 December 2023."),
    ("t-summer-2020", ("l’été 2020", None), "2020", "year", "season-explicit-year",
     "« les tensions de l’été 2020 »: a season inside one year gets the year (as « à l’été 2022 » in gold); the "
     "« quand » clause (the ship's dispatch) takes the same time."),
    ("t-1974", ("depuis 1974", None), "1974", "year", "explicit-year",
     "« occupé depuis 1974 »: the year the occupation began; it stays a year."),
    ("t-evening", ("dans la soirée", None), "2023-12-07", "day", "part-of-day",
     "« devait quitter Athènes dans la soirée »: the evening of the publication day. " + PUB_DAY),
    ("t-soon", ("prochainement", None), None, "vague", "vague-future",
     "« pourrait se rendre prochainement à Ankara »: soon, after publication; no date can be given."),
]

LEDE = ("Le président turc", "depuis six ans.")

EVENTS: list[dict[str, Any]] = [
    event("e-declaration-signing", "Agreement", "Erdogan and Mitsotakis sign a joint declaration in Athens on Thursday",
          ("ont signé", None), [("participant", ERDOGAN), ("participant", MITSOTAKIS), ("theme", DECLARATION)],
          place=ATHENS, time="t-thursday", evidence=LEDE, part_of="e-visit",
          note="Two titles right before two names as one subject; the declaration is the signing's theme (a local "
               "object with no mention: « déclaration » is the trigger of its two speech acts, as in "
               "gold/xi-belgrade-2024-05-08). No source is written: the article's own voice."),
    event("e-visit", "Visit", "Erdogan's first visit to Greece in six years", ("visite", None), [("agent", ERDOGAN)],
          place=GREECE, evidence=LEDE,
          note="« lors de la première visite du dirigeant turc en Grèce depuis six ans »: a nominal visit; « six ans » "
               "is a duration attached to nothing and the visit takes no time of its own (as the first visits in "
               "gold/yoon-kishida-tokyo-2023-03-16 and gold/loukachenko-hanoi-2024-12)."),
    event("e-accords", "Agreement", "Greece and Turkey conclude some fifteen agreements", ("ont aussi conclu", None),
          [("participant", GREECE), ("participant", TURKEY), ("theme", ACCORDS)], place=ATHENS, time="t-thursday",
          according_to=[GR_GOV], part_of="e-visit",
          note="« Les deux voisins » (plural, not a mention) are Greece and Turkey; « aussi » ties the agreements to "
               "the Thursday signing in Athens (an agreement reached at the visit takes its day). The plural « "
               "accords » "
               "is no mention (as in gold/xi-hanoi-2025-04-15)."),
    event("e-trade", "Event", "Greece and Turkey aim to double their trade", ("doubler", None),
          [("participant", GREECE), ("participant", TURKEY)], status="planned", according_to=[GR_GOV],
          note="« visent à doubler leurs échanges »: a goal the two set themselves, planned; « leurs échanges » is not "
               "a mention."),
    event("e-resolve", "Event", "Greece and Turkey can solve any problem (Erdogan)", ("résoudre", None),
          [("participant", GREECE), ("participant", TURKEY)], status="hypothetical", according_to=[ERDOGAN],
          note="« Il n’y a pas de problème que nous ne puissions résoudre »: a possibility, hypothetical; « nous » is "
               "both countries (no mention), « Il » impersonal."),
    event("e-sea-of-peace", "Event", "Greece and Turkey to make the Aegean « a sea of peace »", ("faire", None),
          [("participant", GREECE), ("participant", TURKEY)], status="proposed", place=AEGEAN,
          according_to=[ERDOGAN],
          note="« appelant à faire de la mer Égée « une mer de paix » »: what the call asks for, proposed; the quoted "
               "predicate is no mention."),
    event("e-disagreement", "Event", "Greece and Turkey still disagree on the delimitation of the continental shelf",
          ("désaccord", None), [("participant", GREECE), ("participant", TURKEY)], according_to=[MITSOTAKIS],
          note="« un désaccord persistant sur la délimitation du plateau continental »: an ongoing dispute (as « se "
               "disputent » in gold/xi-hanoi-2025-04-15), its two states implied; the delimitation itself is the "
               "topic, no event (nobody performs or plans it). No time of its own."),
    event("e-renounce", "Event", "Greece will give up none of its sovereign rights", ("renoncera", None),
          [("agent", GREECE)], status="negated", according_to=[MITSOTAKIS],
          note="« La Grèce ne renoncera à aucun de ses droits souverains »: a negated future in the prime minister's "
               "words; « ses droits souverains » is abstract (no mention)."),
    event("e-demilitarisation", "Event", "Demilitarisation of the Greek islands near the Turkish coast, demanded by "
          "Ankara", ("démilitarisation", None), [("agent", GREECE)], status="proposed", place=ISLANDS,
          according_to=[TURKEY],
          note="« la démilitarisation des îles grecques proches des côtes turques, que réclame Ankara »: what Turkey "
               "demands, proposed; Greece, whose islands they are, would carry it out (implied agent)."),
    event("e-cbm-agreement", "Agreement", "Erdogan and Mitsotakis agree to relaunch confidence-building measures",
          ("sont en revanche convenus", None), [("participant", ERDOGAN), ("participant", MITSOTAKIS)],
          place=ATHENS, time="t-thursday", part_of="e-visit",
          note="« Ils sont en revanche convenus de relancer »: « convenir » states an agreed result, one Agreement (as "
               "in gold/yoon-kishida-tokyo-2023-03-16), not two speech acts; « Ils » is plural (no mention), the two "
               "men of the sentence before. After a full stop, in the article's own voice (the diplomat's « Selon » "
               "covers the first sentence only). It takes the visit's Thursday and Athens."),
    event("e-cbm-relaunch", "Event", "Greece and Turkey to relaunch confidence-building measures between their armies",
          ("relancer", None), [("participant", GREECE), ("participant", TURKEY)], status="planned",
          note="The content of the agreement: planned; « les mesures de confiance entre leurs armées » is no mention "
               "(abstract, and « leurs armées » plural)."),
    event("e-visas", "Event", "Greece to grant express visas to Turkish tourists on ten islands from April",
          ("accordera", None), [("agent", GREECE), ("recipient", TOURISTS), ("theme", VISAS)], status="planned",
          place=TEN_ISLANDS, time="t-april", according_to=[MITSOTAKIS],
          note="« Athènes accordera dès avril ... a annoncé le dirigeant conservateur »: a future announced, planned; "
               "« Athènes » stands for Greece; the islands (« dix de ses îles », « ses » Greece's) are where the visas "
               "apply."),
    event("e-hlcc", "Meeting", "The next High-Level Cooperation Council should be held in Turkey next year",
          ("se tenir", None), [("participant", HLCC)], status="hypothetical", place=TURKEY, time="t-next-year",
          note="« devrait se tenir »: hypothetical, as the identical « devrait se tenir » of the next summit in "
               "gold/camp-david-trilaterale-2023-08-18. The council (the intergovernmental format) is the participant; "
               "the two governments behind it are not written. Article's own voice."),
    event("e-interview", "Meeting", "Erdogan gives an interview to Kathimerini on the eve of the visit",
          ("entretien", None), [("participant", ERDOGAN), ("participant", KATHIMERINI)], time="t-eve",
          note="« dans un entretien au quotidien Kathimerini »: the occasion of the words (an event, as the interview "
               "with Le Monde in gold/tchad-france-defense-2024-11-29); « le quotidien » is a title before the name. "
               "No place is written."),
    event("e-turn-page", "Event", "Erdogan wants to « turn the page » on the tensions of 2020", ("tourner la page",
        None),
          [("agent", ERDOGAN)], status="planned", according_to=[ERDOGAN],
          note="« avait dit vouloir « tourner la page » des tensions »: an intention, planned, with the subject of « "
               "vouloir » as agent (as « ne pas vouloir contenir » in gold, there negated; « dit vouloir » is "
               "planned in gold/tchad-france-defense-2024-11-29)."),
    event("e-tensions", "Event", "Greek–Turkish tensions in summer 2020", ("tensions", None),
          [("participant", GREECE), ("participant", TURKEY)], time="t-summer-2020",
          note="« des tensions de l’été 2020 » (after a fused « des »): the crisis between the two countries, implied "
               "by the visit; the article's own voice."),
    event("e-survey-ship", "Event", "Turkey sent a survey ship into disputed waters in summer 2020",
          ("avait dépêché", None), [("agent", TURKEY), ("theme", SHIP)], place=WATERS, time="t-summer-2020",
          part_of="e-tensions",
          note="« quand Ankara avait dépêché un navire de prospection dans des eaux disputées »: a pluperfect by a "
               "metonym, the « quand » clause giving the time of the tensions; part of them."),
    event("e-sell-off", "Event", "Mitsotakis « sells off » Greece's sovereignty (Greek Solution)", ("brader", None),
          [("agent", MITSOTAKIS), ("participant", GREECE)], status="suspected", according_to=[GREEK_SOLUTION],
          note="« a accusé M. Mitsotakis de « brader » la souveraineté du pays »: the accuser's charge, suspected; « "
               "pays » (inside « la souveraineté du pays ») is Greece, whose sovereignty it is (participant); « la "
               "souveraineté » is abstract (no mention)."),
    event("e-easing", "Event", "Any easing between Greece and Turkey", ("apaisement", None),
          [("participant", GREECE), ("participant", TURKEY)], status="hypothetical", according_to=[LETYMBIOTIS],
          note="« tout apaisement »: any such easing, hypothetical (as « toute coopération militaire » in "
               "gold/loukachenko-hanoi-2024-12); its two states implied by the story."),
    event("e-withdrawal", "Event", "Turkey to withdraw its troops from the north of Cyprus (demanded by Nicosia)",
          ("retire", None), [("agent", TURKEY), ("theme", TROOPS)], status="proposed", place=NORTH_CYPRUS,
          according_to=[LETYMBIOTIS],
          note="« en réclamant qu’Ankara retire ses troupes du nord de l’île »: a subjunctive demand, proposed; « "
               "Ankara » Turkey, « ses troupes » its troops (a local group, the theme)."),
    event("e-occupation", "Event", "The north of Cyprus has been occupied since 1974", ("occupé", None),
          [("agent", TURKEY)], place=NORTH_CYPRUS, time="t-1974",
          note="« occupé depuis 1974 »: an apposed passive participle with no « par »; the occupier is Turkey "
               "(implied by the troops of the clause). The article's own voice: occurred; « depuis 1974 » is its "
               "start."),
    event("e-departure", "Event", "Erdogan is to leave Athens in the evening", ("quitter", None), [("agent", ERDOGAN)],
          status="planned", place=ATHENS, time="t-evening", part_of="e-visit",
          note="« devait quitter Athènes dans la soirée »: « devait » (imperfect of « devoir ») is a schedule, "
               "planned; Athens is the place left."),
    event("e-mitsotakis-ankara", "Visit", "Mitsotakis might soon go to Ankara", ("se rendre", None),
          [("agent", MITSOTAKIS)], status="hypothetical", place=ANKARA, time="t-soon", according_to=[SOURCE],
          note="« pourrait se rendre prochainement à Ankara »: conditional, hypothetical; Ankara is the city, the "
               "destination."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-declaration-turkey", "Statement", "The joint declaration on « friendly and good-neighbourly » relations "
           "(Turkey)", TURKEY, ("déclaration", None), [("amicales et de bon voisinage", None)], time="t-thursday",
           place=ATHENS, evidence=LEDE,
           note="The quoted words are the document's: it speaks for its two signers' states (two speech acts, one "
                "trigger), and the one pair of guillemets goes to the first-named signer's state, Turkey (as China "
                "in gold/xi-belgrade-2024-05-08). The relations it describes are a state, no event: no about."),
    speech("s-declaration-greece", "Statement", "The joint declaration on friendly relations (Greece)", GREECE,
           ("déclaration", None), [], time="t-thursday", place=ATHENS, evidence=LEDE,
           note="The second signer's speech act, with no quote."),
    speech("s-greek-government", "Report", "The Greek government details the agreements and the trade goal", GR_GOV,
           ("a précisé", None), [], about=["e-accords", "e-trade"], note="The source after the clause."),
    speech("s-erdogan-problems", "Assurance", "Erdogan: there is no problem the two countries cannot solve", ERDOGAN,
           ("a assuré", None), [("Il n’y a pas de problème que nous ne puissions résoudre", None)],
           time="t-thursday", place=ATHENS, about=["e-resolve"],
           note="A quote first under « a assuré M. Erdogan lors d’une conférence de presse commune »: the press "
                "conference is no event but gives the visit's Thursday and Athens (as in "
                "gold/camp-david-trilaterale-2023-08-18)."),
    speech("s-erdogan-sea", "Statement", "Erdogan calls for making the Aegean « a sea of peace »", ERDOGAN,
           ("appelant", None), [("une mer de paix", None)], time="t-thursday", place=ATHENS,
           about=["e-sea-of-peace"],
           note="A participle call at the same press conference, with its own guillemets."),
    speech("s-mitsotakis-disagreement", "Statement", "Mitsotakis acknowledges a lasting disagreement on the "
           "continental shelf", MITSOTAKIS, ("a reconnu", None), [], about=["e-disagreement"],
           note="« Son hôte » is Mitsotakis (Erdogan's host). No weekday or occasion of its own: no time."),
    speech("s-mitsotakis-warning", "Warning", "Mitsotakis: Greece will give up none of its sovereign rights",
           MITSOTAKIS, ("a-t-il prévenu", None), [("La Grèce ne renoncera à aucun de ses droits souverains", None)],
           about=["e-renounce"],
           note="A quote first under an inverted « a-t-il prévenu »; no addressee written."),
    speech("s-greek-diplomat", "Report", "A Greek diplomat reports what the two leaders left aside", GR_DIPLOMAT,
           ("Selon", None), [], about=["s-erdogan-aside", "s-mitsotakis-aside"], note="A fronted source."),
    speech("s-erdogan-aside", "SpeechAct", "Erdogan leaves aside the Cyprus question and the demilitarisation",
           ERDOGAN, ("ont laissé de côté", None), [], status="negated", addressee=MITSOTAKIS,
           according_to=[GR_DIPLOMAT], about=["e-demilitarisation"],
           note="« les deux hommes ont laissé de côté »: not raising a subject is a negated speech act (as « s’est "
                "gardé d’évoquer » in gold/sommet-trilateral-seoul-2024-05-27); one trigger, two speakers, one "
                "speech act each. « la question chypriote » "
                "is a topic, no event and no mention."),
    speech("s-mitsotakis-aside", "SpeechAct", "Mitsotakis leaves aside the Cyprus question and the demilitarisation",
           MITSOTAKIS, ("ont laissé de côté", None), [], status="negated", addressee=ERDOGAN,
           according_to=[GR_DIPLOMAT], about=["e-demilitarisation"]),
    speech("s-turkey-demand", "Statement", "Ankara demands the demilitarisation of the Greek islands near its coast",
           TURKEY, ("réclame", None), [], about=["e-demilitarisation"],
           note="« que réclame Ankara »: a relative present demand by a metonym (a standing demand, no time)."),
    speech("s-mitsotakis-visas", "Statement", "Mitsotakis announces express visas for Turkish tourists", MITSOTAKIS,
           ("a annoncé", None), [], about=["e-visas"],
           note="« a annoncé le dirigeant conservateur »: the source after the clause, a role noun for Mitsotakis."),
    speech("s-erdogan-page", "Statement", "Erdogan said he wanted to « turn the page » on the 2020 tensions",
           ERDOGAN, ("avait dit", None), [("tourner la page", None)], addressee=KATHIMERINI, time="t-eve",
           about=["e-turn-page", "e-tensions"],
           note="The words were given to the newspaper in the interview (its addressee, as Le Monde in "
                "gold/tchad-france-defense-2024-11-29); they take « La veille »."),
    speech("s-opposition", "SpeechAct", "The Greek opposition reacts in scattered order", OPPOSITION,
           ("a réagi", None), [], about=["e-visit"],
           note="« L’opposition grecque a réagi en ordre dispersé »: a reaction with no words of its own (as « "
                "Washington s’est montré sceptique » in gold/pezeshkian-onu-2024-09-24), about the visit; the next "
                "sentence gives two of the "
                "reactions."),
    speech("s-pasok", "Statement", "PASOK welcomes « a useful step »", PASOK, ("a salué", None),
           [("un pas utile", None)], about=["e-visit"],
           note="The welcomed step is the visit and its outcome (not written more precisely)."),
    speech("s-greek-solution", "Statement", "Greek Solution accuses Mitsotakis of « selling off » Greece's "
           "sovereignty", GREEK_SOLUTION, ("a accusé", None), [("brader", None)], addressee=MITSOTAKIS,
           about=["e-sell-off"],
           note="An accusation is a Statement with the accused as addressee (as « a accusé » in "
                "gold/sommet-asean-vientiane-2024-10); « le parti nationaliste » is a title before the name."),
    speech("s-letymbiotis-positive", "Statement", "Cyprus's government spokesman calls any easing « positive »",
           LETYMBIOTIS, ("a jugé", None), [("positif", None)], place=NICOSIA, about=["e-easing"],
           note="« À Nicosie »: the city where he speaks. No weekday of its own: no time."),
    speech("s-letymbiotis-demand", "Statement", "Letymbiotis demands that Ankara withdraw its troops from the north of "
           "the island", LETYMBIOTIS, ("réclamant", None), [], place=NICOSIA, about=["e-withdrawal"],
           note="« tout en réclamant qu’Ankara retire ... »: a second speech act in a participle, no quote."),
    speech("s-source", "Report", "A diplomatic source tells AFP Mitsotakis might soon go to Ankara", SOURCE,
           ("a indiqué", None), [], addressee=AFP, about=["e-mitsotakis-ankara"],
           note="The source after the clause, speaking to AFP (the addressee)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
