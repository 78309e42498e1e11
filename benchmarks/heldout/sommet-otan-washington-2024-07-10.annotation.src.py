"""Held-out annotation of sommet-otan-washington-2024-07-10.txt (written for the twenty-sixth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/heldout/sommet-otan-washington-2024-07-10.annotation.src.py
    python tools/annotate_offsets.py benchmarks/heldout/sommet-otan-washington-2024-07-10.annotation.src.py --check

Held-out set 26: never tune extraction rules on this article (see benchmarks/heldout/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-otan-washington-2024-07-10.txt"

NOTE = """\
Held-out-26 article: Joe Biden opens in Washington on the evening of Tuesday 9 July 2024 the summit of NATO's 75th \
anniversary, assuring that the Alliance will not let Vladimir Putin « prevail » in Ukraine; before the allied \
leaders he announces five air-defence systems for Kyiv, four of them Patriot batteries supplied with Germany and \
the Netherlands; Jens Stoltenberg says NATO is stronger than ever and will hand his post to Mark Rutte in \
October; on Wednesday 10 July Volodymyr Zelensky asks for « at least seven » more Patriot systems, after the \
Russian strike that hit a children's hospital in Kyiv on Monday; he awaits his first F-16s, whose transfer by \
Denmark and the Netherlands « is under way » (Antony Blinken); the allies are to commit to at least 40 billion \
euros of military aid next year, according to a draft final declaration seen by AFP; the celebrations are \
troubled by Viktor Orban's tour, called a « peace mission » by Budapest: Moscow on Friday, Beijing on Monday, \
where he met Xi Jinping; Donald Tusk says Orban speaks only for himself; Orban is to meet Donald Trump in Florida \
on Thursday (Hungarian media); the Kremlin denounces a confrontational summit, Dmitry Peskov says the Alliance is \
directly involved in the conflict and warns that foreign bases hosting Ukrainian F-16s would become « legitimate \
targets »; Beijing, which the draft accuses of being a « decisive enabler » of the Russian war effort, rejects \
the charge, and Lin Jian says China never supplied lethal weapons to any party; the summit is to end on \
Thursday. Published Wednesday 10 July 2024 (the file gives the day). The summit, Biden's opening speech, the air \
defence announcement, Rutte's succession, the Okhmatdyt strike, the F-16 transfer, the 40-billion pledge, the \
« decisive enabler » wording, Orban's Moscow, Beijing and Florida trips follow the real events loosely; all the \
quotes, Zelensky's figure, Tusk's and Peskov's words, the co-suppliers and the Hungarian media are invented or \
simplified.
What it exercises: an opening on a part of the day before publication in a city, with a gerund assurance over a \
negated letting that holds a one-word quote (« a ouvert mardi soir à Washington le sommet du 75e anniversaire de \
l’Otan, en assurant que l’Alliance ne laisserait pas Vladimir Poutine « l’emporter » en Ukraine »: an Assurance, \
the letting negated, « 75e anniversaire » a year counted back attached to nothing); a fronted audience with a \
plural role noun and an announcement of a nominal sending to a metonym with a subset after « dont » and a passive \
participle with co-suppliers after « avec » (« Devant les dirigeants alliés, ... a annoncé l’envoi à Kiev de cinq \
systèmes de défense antiaérienne, dont quatre batteries Patriot fournies avec l’Allemagne et les Pays-Bas »: two \
planned Deliveries, the United States the implied agent); a quote first with the organisation named in the third \
person under « a renchéri » with a role noun holding « l’organisation » and a name in apposition, then a relative \
future succession with a month and a nationality noun before the name (« qui cédera son poste en octobre au \
Néerlandais Mark Rutte »); a demand on the publication day with a quoted numeral as determiner (« a réclamé \
mercredi « au moins sept » systèmes Patriot de plus »: the delivery proposed) and « après » a nominal strike with \
an adjective agent and a relative past weekday (« après la frappe russe qui a touché lundi un hôpital pour \
enfants de Kiev »: Kiev the city); a pronoun subject with a relative nominal transfer by two states quoted in part \
and sourced after the clause to a titled name (« Il attend aussi ses premiers F-16, dont le transfert par le \
Danemark et les Pays-Bas « est en cours », a assuré le secrétaire d’État américain Antony Blinken »: occurred, \
ongoing); a planned commitment with a giving whose amount is no mention and « l’an prochain » (2025), sourced \
after the clause to a document consulted by the agency (« selon un projet de déclaration finale consulté par \
l’AFP »: the allies speak through their draft, AFP in according_to); a passive trouble whose agent is a nominal \
tour with a passive participle of naming by a metonym (« la tournée de Viktor Orban, qualifiée de « mission de \
paix » par Budapest »: a Statement of Hungary); one verb for two visits with two past weekdays and a relative « où » \
with a meeting (« s’est rendu vendredi à Moscou, puis lundi à Pékin, où il a rencontré Xi Jinping »); a quote first \
with a restrictive negation under « a tranché » with a role noun and a name in apposition; a planned meeting in \
the imperfect on a future weekday in a region with a former title before the name, sourced to an unnamed group (« \
devait rencontrer jeudi en Floride l’ancien président Donald Trump, selon des médias hongrois »); a denunciation \
by the Kremlin without a quote; a quote first with a charge in the present under « a affirmé mercredi son \
porte-parole, Dmitri Peskov » (the involvement suspected); a conditional with a relative conditional and a quoted \
noun phrase under an inverted « a-t-il prévenu » (both hypothetical); a metonym subject with a relative accusation \
by a document with a quoted noun phrase (« Pékin, que le projet de déclaration accuse d’être un « soutien décisif » \
à l’effort de guerre russe, a rejeté ces accusations »: the support suspected, a rejection without a quote); a \
quote first with « n’a jamais fourni » and a quantified negative (« à aucune des parties »: no mention) under a \
role noun whose ministry is only « la diplomatie chinoise » and a name in apposition; a planned end on a future \
weekday.
Places and metonyms. « Washington » is the city (Q61), the place of the opening, the summit, Biden's assurance \
and the summit's end; no « Washington » stands for the United States here. « Kiev » is Ukraine (Q212, metonym) in \
« l’envoi à Kiev » (the destination of a sending, as « à Kiev » after « livrer » in gold) and the city (Q1899) in \
« un hôpital pour enfants de Kiev », the strike's place. « Moscou » (« s’est rendu vendredi à Moscou ») and « \
Pékin » in « lundi à Pékin » are the cities (Q649, Q956), destinations of the visits; « Pékin » subject of « a \
rejeté » is China (Q148, metonym). « Budapest » is Hungary (metonym of local:hungary). « Le Kremlin » is the \
presidential administration (Q2060629, metonym), « son porte-parole » its spokesman Peskov. « Floride » is a place \
(local). « en Ukraine » is the country, the place of the negated letting.
Mentions. Biden is « Joe Biden » and « le président américain »; Stoltenberg « le secrétaire général de \
l’organisation » and « Jens Stoltenberg », with « l’organisation » inside the role noun a nominal mention of NATO; \
NATO is « Otan » (twice, once inside Stoltenberg's quote), « l’Alliance » and « L’Alliance » (inside Peskov's \
quote); « les dirigeants alliés » and « Les alliés » are one local group, the allied states and their leaders \
gathered at the summit (as « Les dirigeants de l’Otan » and « les Alliés » in gold/sommet-otan-vilnius-2023-07-11); \
Zelensky is « Volodymyr Zelensky » and « Il »; Orban « Viktor Orban » (twice, once inside Tusk's quote), « Le \
Premier ministre hongrois », « il » and « Le dirigeant hongrois »; Tusk « le Premier ministre polonais » and « \
Donald Tusk »; Peskov « son porte-parole », « Dmitri Peskov » and « il » in « a-t-il prévenu ». Titles right \
before a name are part of its phrase: « au Néerlandais Mark Rutte », « le secrétaire d’État américain Antony \
Blinken » and « l’ancien président Donald Trump » give only the names. Things given or hosted are mentions (local \
objects): « cinq systèmes de défense antiaérienne », « quatre batteries Patriot » (a subset of the five, its own \
entity), « systèmes Patriot de plus » (the demanded systems; the quoted determiner « au moins sept » is outside the \
span), « ses premiers F-16 » and « des F-16 ukrainiens » (one entity, Ukraine's F-16s), « armes létales » (fused « \
d’ », from the noun). « un hôpital pour enfants de Kiev » is the hospital (local place) with « Kiev » inside; « Des \
bases étrangères » a local group of places; « des médias hongrois » a local group; « un porte-parole de la \
diplomatie chinoise » a nominal mention of Lin Jian, « la diplomatie chinoise » inside it no mention (as in \
gold/biden-hanoi-2023-09-11). « le conflit » and « l’effort de guerre russe » are nominal mentions of the Russian \
invasion of Ukraine (Q110999040), as « le conflit en Ukraine » and « son offensive en Ukraine » in the bundled \
article. Not mentions: « le sommet », « un sommet tourné vers la confrontation » and « Les célébrations » (the \
summit, an event), « son poste » (an office), « au moins 40 milliards d’euros d’aide militaire » (the amount of \
the aid, an event, as « une aide de 61 milliards de dollars » in gold), « un projet de déclaration finale » and « \
le projet de déclaration » (a document, as « le communiqué final » in gold), « ces accusations » (the accusation \
restated), « son propre nom », « aucune des parties » (no referent), « cibles légitimes » and « soutien décisif » \
(quoted predicates), the adjectives « américain », « russe », « hongrois », « polonais », « chinoise », « \
ukrainiens ».
Statuses. The summit, its opening, the strike, the F-16 transfer (« est en cours »: happening), the tour, the \
visits to Moscow and Beijing, the Orban–Xi meeting and the troubling of the celebrations are occurred; the \
letting of Putin prevail is negated (Biden's « ne laisserait pas », as « Nous ne laisserons aucun navire » in \
gold); the sending of the five systems and the Patriot supply (announced), Stoltenberg's succession (« cédera »), \
the allies' commitment and the aid (« doivent s’engager »), the Orban–Trump meeting (« devait ») and the summit's \
end (« doit ») are planned; the demanded Patriot delivery is proposed; NATO's involvement in the conflict and \
China's support for the war effort are charges by adversaries: suspected; the hosting of Ukrainian F-16s by \
foreign bases and their becoming targets are hypothetical (conditionals); China's supply of lethal weapons is \
negated.
Times. « mardi soir » is the evening of Tuesday 9 July 2024 (part-of-day), the opening's, the summit's start and \
the assurance's; « 75e anniversaire » is 1949, counted back from 2024 and attached to nothing (NATO's founding has \
no trigger); « en octobre » October 2024 (month-future); « mercredi » (twice) the publication day, Wednesday 10 \
July 2024; « lundi » (twice, past) Monday 8 July 2024; « vendredi » (past) Friday 5 July 2024; « l’an prochain » \
2025; « jeudi » (twice, future) Thursday 11 July 2024. Biden's announcement, Stoltenberg's and Blinken's words, \
Hungary's label, Tusk's words, the Kremlin's denunciation, the draft's accusation, Beijing's rejection and Lin \
Jian's words have no time word of their own: no time.
Linked: Washington (Q61), Vladimir Putin (Q7747), Ukraine (Q212), Kyiv (Q1899), the United States (Q30, implied \
agent of the sending), Russia (Q159, implied from « russe »), Moscow (Q649), Beijing (Q956), Xi Jinping (Q15031), \
the Kremlin (Q2060629), Dmitry Peskov (Q4359688, « likely » in ids.tsv), China (Q148), AFP (Q40464) and the \
Russian invasion of Ukraine (Q110999040). Unlinked (not in ids.tsv): Joe Biden, NATO, the allies, the air-defence \
systems, the Patriot batteries, Germany, the Netherlands, Jens Stoltenberg, Mark Rutte, Volodymyr Zelensky, the \
demanded Patriot systems, the Kyiv children's hospital, the F-16s, Denmark, Antony Blinken, Viktor Orban, Hungary, \
Donald Tusk, Florida, Donald Trump, the Hungarian media, the foreign bases, the lethal weapons and Lin Jian."""

WASHINGTON, PUTIN, UKRAINE, KYIV, US, RUSSIA = "Q61", "Q7747", "Q212", "Q1899", "Q30", "Q159"
MOSCOW, BEIJING, XI, KREMLIN, PESKOV, CHINA = "Q649", "Q956", "Q15031", "Q2060629", "Q4359688", "Q148"
AFP, INVASION = "Q40464", "Q110999040"
BIDEN, NATO, ALLIES, AIR_DEF = "local:joe-biden", "local:nato", "local:nato-allies", "local:air-defence-systems"
PATRIOTS, GERMANY, NETHERLANDS = "local:patriot-batteries", "local:germany", "local:netherlands"
STOLTENBERG, RUTTE, ZELENSKY = "local:jens-stoltenberg", "local:mark-rutte", "local:volodymyr-zelensky"
MORE_PATRIOTS, HOSPITAL, F16S = "local:requested-patriot-systems", "local:kyiv-childrens-hospital", \
    "local:ukrainian-f-16s"
DENMARK, BLINKEN, ORBAN, HUNGARY = "local:denmark", "local:antony-blinken", "local:viktor-orban", "local:hungary"
TUSK, FLORIDA, TRUMP, HU_MEDIA = "local:donald-tusk", "local:florida", "local:donald-trump", "local:hungarian-media"
BASES, WEAPONS, LIN = "local:foreign-bases", "local:lethal-weapons", "local:lin-jian"

DESCRIPTIONS = {
    UKRAINE: "aussi désignée par « Kiev » (métonymie) dans « l’envoi à Kiev »",
    CHINA: "aussi désignée par « Pékin » (métonymie) quand elle rejette les accusations",
    KREMLIN: "l’institution que désigne « Le Kremlin » (pas le bâtiment, Q133274)",
    INVASION: "la guerre que l’article nomme « le conflit » et « l’effort de guerre russe »",
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président américain", "unlinked_reason": NOT_VERIFIED}),
    (NATO, "Otan", "NATO", "organization",
     {"description": "aussi « l’Alliance » et « l’organisation »", "class_qid": "Q1127126",
      "unlinked_reason": NOT_VERIFIED}),
    (ALLIES, "les alliés de l’Otan", "the NATO allies", "group",
     {"description": "les États membres de l’Otan et leurs dirigeants, réunis en sommet à Washington",
      "unlinked_reason": "a group of states and their leaders, not one Wikidata item"}),
    (AIR_DEF, "cinq systèmes de défense antiaérienne", "five air-defence systems", "object",
     {"description": "systèmes de défense antiaérienne dont Joe Biden annonce l’envoi à l’Ukraine",
      "unlinked_reason": "an unspecified group of weapon systems, not one Wikidata item"}),
    (PATRIOTS, "quatre batteries Patriot", "four Patriot batteries", "object",
     {"description": "les quatre batteries Patriot parmi les cinq systèmes annoncés, fournies avec l’Allemagne et "
                     "les Pays-Bas",
      "unlinked_reason": "an unspecified group of batteries, not one Wikidata item"}),
    (GERMANY, "Allemagne", "Germany", "country", {"class_qid": "Q3624078", "unlinked_reason": NOT_VERIFIED}),
    (NETHERLANDS, "Pays-Bas", "Netherlands", "country", {"class_qid": "Q3624078", "unlinked_reason": NOT_VERIFIED}),
    (STOLTENBERG, "Jens Stoltenberg", "Jens Stoltenberg", "person",
     {"description": "secrétaire général de l’Otan", "unlinked_reason": NOT_VERIFIED}),
    (RUTTE, "Mark Rutte", "Mark Rutte", "person",
     {"description": "Néerlandais, futur secrétaire général de l’Otan", "unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président ukrainien", "unlinked_reason": NOT_VERIFIED}),
    (MORE_PATRIOTS, "systèmes Patriot supplémentaires", "additional Patriot systems", "object",
     {"description": "les « au moins sept » systèmes Patriot que réclame Volodymyr Zelensky",
      "unlinked_reason": "an unspecified group of weapon systems, not one Wikidata item"}),
    (HOSPITAL, "hôpital pour enfants de Kiev", "Kyiv children's hospital", "place",
     {"description": "l’hôpital pour enfants de Kiev touché lundi par une frappe russe (l’article ne le nomme pas)",
      "unlinked_reason": "the article does not name the hospital"}),
    (F16S, "F-16 de l’Ukraine", "Ukraine's F-16 aircraft", "object",
     {"description": "les premiers avions de combat F-16 destinés à l’Ukraine, transférés par le Danemark et les "
                     "Pays-Bas", "class_qid": "Q11436",
      "unlinked_reason": "an unspecified number of aircraft, not one Wikidata item"}),
    (DENMARK, "Danemark", "Denmark", "country", {"class_qid": "Q3624078", "unlinked_reason": NOT_VERIFIED}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (ORBAN, "Viktor Orban", "Viktor Orbán", "person",
     {"description": "Premier ministre hongrois", "unlinked_reason": NOT_VERIFIED}),
    (HUNGARY, "Hongrie", "Hungary", "country",
     {"description": "désignée par « Budapest » (métonymie)", "class_qid": "Q3624078",
      "unlinked_reason": NOT_VERIFIED}),
    (TUSK, "Donald Tusk", "Donald Tusk", "person",
     {"description": "Premier ministre polonais", "unlinked_reason": NOT_VERIFIED}),
    (FLORIDA, "Floride", "Florida", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "ancien président américain", "unlinked_reason": NOT_VERIFIED}),
    (HU_MEDIA, "des médias hongrois", "Hungarian media", "group",
     {"description": "médias hongrois que l’article ne nomme pas",
      "unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    (BASES, "bases étrangères", "foreign bases", "place",
     {"description": "bases hors d’Ukraine qui accueilleraient des F-16 ukrainiens (hypothèse de Dmitri Peskov)",
      "unlinked_reason": "an unspecified group of bases, not one Wikidata item"}),
    (WEAPONS, "armes létales", "lethal weapons", "object",
     {"description": "armes létales que la Chine dit n’avoir jamais fournies",
      "unlinked_reason": "weapons in general, not one Wikidata item"}),
    (LIN, "Lin Jian", "Lin Jian", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Joe Biden a ouvert mardi soir à Washington le sommet du 75e anniversaire de l’Otan, en assurant que
    # l’Alliance ne laisserait pas Vladimir Poutine « l’emporter » en Ukraine.
    ("Joe Biden", None, BIDEN, "name"),
    ("Washington", None, WASHINGTON, "name"),
    ("Otan", "anniversaire de l’Otan", NATO, "name"),
    ("l’Alliance", None, NATO, "nominal"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Ukraine", "» en Ukraine", UKRAINE, "name"),
    # Devant les dirigeants alliés, le président américain a annoncé l’envoi à Kiev de cinq systèmes de défense
    # antiaérienne, dont quatre batteries Patriot fournies avec l’Allemagne et les Pays-Bas.
    ("les dirigeants alliés", None, ALLIES, "nominal"),
    ("le président américain", None, BIDEN, "nominal"),
    ("Kiev", "l’envoi à Kiev", UKRAINE, "metonym"),
    ("cinq systèmes de défense antiaérienne", None, AIR_DEF, "nominal"),
    ("quatre batteries Patriot", None, PATRIOTS, "nominal"),
    ("Allemagne", None, GERMANY, "name"),
    ("Pays-Bas", "l’Allemagne et les Pays-Bas", NETHERLANDS, "name"),
    # « L’Otan est plus forte que jamais », a renchéri le secrétaire général de l’organisation, Jens Stoltenberg,
    # qui cédera son poste en octobre au Néerlandais Mark Rutte.
    ("Otan", "« L’Otan est", NATO, "name"),
    ("le secrétaire général de l’organisation", None, STOLTENBERG, "nominal"),
    ("l’organisation", None, NATO, "nominal"),
    ("Jens Stoltenberg", None, STOLTENBERG, "name"),
    ("Mark Rutte", None, RUTTE, "name"),
    # Volodymyr Zelensky a réclamé mercredi « au moins sept » systèmes Patriot de plus, après la frappe russe qui
    # a touché lundi un hôpital pour enfants de Kiev.
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("systèmes Patriot de plus", None, MORE_PATRIOTS, "nominal"),
    ("un hôpital pour enfants de Kiev", None, HOSPITAL, "nominal"),
    ("Kiev", "enfants de Kiev", KYIV, "name"),
    # Il attend aussi ses premiers F-16, dont le transfert par le Danemark et les Pays-Bas « est en cours », a
    # assuré le secrétaire d’État américain Antony Blinken.
    ("Il", "Il attend", ZELENSKY, "pronoun"),
    ("ses premiers F-16", None, F16S, "nominal"),
    ("Danemark", None, DENMARK, "name"),
    ("Pays-Bas", "le Danemark et les Pays-Bas", NETHERLANDS, "name"),
    ("Antony Blinken", None, BLINKEN, "name"),
    # Les alliés doivent par ailleurs s’engager à fournir à l’Ukraine au moins 40 milliards d’euros d’aide
    # militaire l’an prochain, selon un projet de déclaration finale consulté par l’AFP.
    ("Les alliés", None, ALLIES, "nominal"),
    ("Ukraine", "fournir à l’Ukraine", UKRAINE, "name"),
    ("AFP", None, AFP, "name"),
    # Les célébrations sont toutefois troublées par la tournée de Viktor Orban, qualifiée de « mission de paix »
    # par Budapest. Le Premier ministre hongrois s’est rendu vendredi à Moscou, puis lundi à Pékin, où il a
    # rencontré Xi Jinping.
    ("Viktor Orban", "la tournée de Viktor Orban", ORBAN, "name"),
    ("Budapest", None, HUNGARY, "metonym"),
    ("Le Premier ministre hongrois", None, ORBAN, "nominal"),
    ("Moscou", None, MOSCOW, "name"),
    ("Pékin", "lundi à Pékin", BEIJING, "name"),
    ("il", "où il a rencontré", ORBAN, "pronoun"),
    ("Xi Jinping", None, XI, "name"),
    # « Viktor Orban ne parle qu’en son propre nom », a tranché le Premier ministre polonais, Donald Tusk. Le
    # dirigeant hongrois devait rencontrer jeudi en Floride l’ancien président Donald Trump, selon des médias
    # hongrois.
    ("Viktor Orban", "« Viktor Orban ne parle", ORBAN, "name"),
    ("le Premier ministre polonais", None, TUSK, "nominal"),
    ("Donald Tusk", None, TUSK, "name"),
    ("Le dirigeant hongrois", None, ORBAN, "nominal"),
    ("Floride", None, FLORIDA, "name"),
    ("Donald Trump", None, TRUMP, "name"),
    ("des médias hongrois", None, HU_MEDIA, "nominal"),
    # Le Kremlin a dénoncé un sommet tourné vers la confrontation. « L’Alliance est directement impliquée dans le
    # conflit », a affirmé mercredi son porte-parole, Dmitri Peskov. Des bases étrangères qui accueilleraient des
    # F-16 ukrainiens deviendraient des « cibles légitimes », a-t-il prévenu.
    ("Kremlin", None, KREMLIN, "metonym"),
    ("L’Alliance", None, NATO, "nominal"),
    ("le conflit", None, INVASION, "nominal"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Des bases étrangères", None, BASES, "nominal"),
    ("des F-16 ukrainiens", None, F16S, "nominal"),
    ("il", "a-t-il prévenu", PESKOV, "pronoun"),
    # Pékin, que le projet de déclaration accuse d’être un « soutien décisif » à l’effort de guerre russe, a
    # rejeté ces accusations. « La Chine n’a jamais fourni d’armes létales à aucune des parties », a déclaré un
    # porte-parole de la diplomatie chinoise, Lin Jian.
    ("Pékin", "Pékin, que le projet", CHINA, "metonym"),
    ("l’effort de guerre russe", None, INVASION, "nominal"),
    ("Chine", None, CHINA, "name"),
    ("armes létales", None, WEAPONS, "nominal"),
    ("un porte-parole de la diplomatie chinoise", None, LIN, "nominal"),
    ("Lin Jian", None, LIN, "name"),
]

PUB_DAY = "the publication day, Wednesday 10 July 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday-evening", ("mardi soir", None), "2024-07-09", "day", "part-of-day",
     "« a ouvert mardi soir »: a past Tuesday evening, the one before " + PUB_DAY + " Tuesday 9 July 2024."),
    ("t-1949", ("75e anniversaire", None), "1949", "year", "anniversary-count-back",
     "« le sommet du 75e anniversaire de l’Otan », in 2024: NATO was founded 75 years before, 1949, the year; "
     "attached to nothing (the founding has no trigger of its own), as « les 80 ans » in gold."),
    ("t-october", ("en octobre", None), "2024-10", "month", "month-future",
     "Future « qui cédera son poste en octobre »: the next October after July 2024: October 2024."),
    ("t-wednesday", ("mercredi", "réclamé mercredi"), "2024-07-10", "day", "weekday-publication-day",
     "« a réclamé mercredi »: " + PUB_DAY),
    ("t-monday-strike", ("lundi", "a touché lundi"), "2024-07-08", "day", "weekday-past",
     "« la frappe russe qui a touché lundi »: the Monday before " + PUB_DAY + " Monday 8 July 2024."),
    ("t-next-year", ("l’an prochain", None), "2025", "year", "relative-year-future",
     "« fournir ... l’an prochain »: the year after 2024: 2025."),
    ("t-friday", ("vendredi", None), "2024-07-05", "day", "weekday-past",
     "« s’est rendu vendredi à Moscou »: the Friday before " + PUB_DAY + " Friday 5 July 2024."),
    ("t-monday-beijing", ("lundi", "puis lundi à Pékin"), "2024-07-08", "day", "weekday-past",
     "« puis lundi à Pékin » (the verb « s’est rendu » is past): the Monday before " + PUB_DAY
     + " Monday 8 July 2024."),
    ("t-thursday-trump", ("jeudi", "rencontrer jeudi"), "2024-07-11", "day", "weekday-future",
     "« devait rencontrer jeudi »: an imperfect of schedule, the Thursday after " + PUB_DAY + " Thursday 11 July "
     "2024."),
    ("t-wednesday-peskov", ("mercredi", "affirmé mercredi"), "2024-07-10", "day", "weekday-publication-day",
     "« a affirmé mercredi son porte-parole »: " + PUB_DAY),
    ("t-thursday-end", ("jeudi", "s’achever jeudi"), "2024-07-11", "day", "weekday-future",
     "« Le sommet doit s’achever jeudi »: the Thursday after " + PUB_DAY + " Thursday 11 July 2024."),
]

LEDE = ("Joe Biden a ouvert", "en Ukraine.")

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "The NATO summit for the Alliance's 75th anniversary in Washington",
          ("sommet", "le sommet du 75e"), [("participant", ALLIES)], place=WASHINGTON, time="t-tuesday-evening",
          evidence=LEDE,
          note="« le sommet du 75e anniversaire de l’Otan »: the allies gathered (« Devant les dirigeants alliés ») "
               "are its participants; its time is the evening it opened (as the summit of "
               "gold/sommet-otan-vilnius-2023-07-11 takes its first day). « Les célébrations », « un sommet tourné "
               "vers la confrontation » and « Le sommet doit s’achever » restate it (no new event, no mention)."),
    event("e-opening", "Event", "Joe Biden opens the summit on Tuesday evening in Washington",
          ("a ouvert", None), [("agent", BIDEN)], place=WASHINGTON, time="t-tuesday-evening", part_of="e-summit",
          evidence=LEDE,
          note="« a ouvert mardi soir à Washington le sommet »: the opener is the agent; the summit is an event, not "
               "an entity, so it is the larger event (part_of), not a role."),
    event("e-no-putin-win", "Event", "NATO will not let Vladimir Putin prevail in Ukraine", ("laisserait", None),
          [("agent", NATO), ("participant", PUTIN)], status="negated", place=UKRAINE, according_to=[BIDEN],
          evidence=LEDE,
          note="« en assurant que l’Alliance ne laisserait pas Vladimir Poutine « l’emporter » en Ukraine »: a "
               "negated future in the past inside Biden's assurance; the letting is negated (as « Nous ne "
               "laisserons aucun navire » in gold/marine-portugaise-corvette-2025-01-29), Putin the one who would "
               "prevail, Ukraine the place."),
    event("e-air-defence", "Delivery", "Five more air-defence systems to be sent to Ukraine",
          ("envoi", None), [("agent", US), ("recipient", UKRAINE), ("theme", AIR_DEF)], status="planned",
          according_to=[BIDEN],
          note="« a annoncé l’envoi à Kiev de cinq systèmes de défense antiaérienne »: announced, planned. « à Kiev » "
               "after a sending is Ukraine (metonym). The sender is not written: the United States, whose president "
               "announces it (implied, only the adjective « américain » is in the sentence)."),
    event("e-patriots", "Delivery", "Four Patriot batteries supplied with Germany and the Netherlands",
          ("fournies", None),
          [("agent", US), ("agent", GERMANY), ("agent", NETHERLANDS), ("recipient", UKRAINE), ("theme", PATRIOTS)],
          status="planned", according_to=[BIDEN], part_of="e-air-defence",
          note="« dont quatre batteries Patriot fournies avec l’Allemagne et les Pays-Bas »: a passive participle on "
               "the subset after « dont »; « avec » gives two co-suppliers beside the implied United States (three "
               "agents); part of the announced sending, so planned too."),
    event("e-succession", "Event", "Jens Stoltenberg to hand over his post to Mark Rutte in October",
          ("cédera", None), [("agent", STOLTENBERG), ("recipient", RUTTE)], status="planned", time="t-october",
          note="« qui cédera son poste en octobre au Néerlandais Mark Rutte »: a relative future, planned; the post "
               "(« son poste », the office of secretary general) is not an entity; « Néerlandais » before the name "
               "is part of its phrase. No source: the article's own voice."),
    event("e-more-patriots", "Delivery", "At least seven more Patriot systems for Ukraine (Zelensky's demand)",
          ("réclamé", None), [("recipient", UKRAINE), ("theme", MORE_PATRIOTS)], status="proposed",
          according_to=[ZELENSKY],
          note="« a réclamé mercredi « au moins sept » systèmes Patriot de plus »: the demanded delivery has no "
               "noun of its own, so the demand's verb is its trigger too (as « réclamait » for the reparations in "
               "gold/cij-ukraine-russie-2024-01-31); demanded: proposed. Ukraine, the recipient, is implied "
               "(Zelensky's country); no supplier is written. No time: the Wednesday dates the demand, not the "
               "delivery (as the demanded lifting in gold/fukushima-rejets-chine-2023-08-24)."),
    event("e-strike", "Event", "A Russian strike hit a children's hospital in Kyiv on Monday", ("frappe", None),
          [("agent", RUSSIA), ("recipient", HOSPITAL)], place=KYIV, time="t-monday-strike",
          note="« après la frappe russe qui a touché lundi un hôpital pour enfants de Kiev »: Russia the agent from "
               "the adjective, the hospital the recipient, its city the place (as the Okhmatdyt strike in "
               "gold/modi-moscou-2024-07-09); the relative « qui a touché lundi » restates the strike and dates "
               "it (one event, trigger the noun)."),
    event("e-f16-transfer", "Delivery", "Denmark and the Netherlands are transferring Ukraine's first F-16s",
          ("transfert", None),
          [("agent", DENMARK), ("agent", NETHERLANDS), ("recipient", UKRAINE), ("theme", F16S)],
          according_to=[BLINKEN],
          note="« ses premiers F-16, dont le transfert par le Danemark et les Pays-Bas « est en cours » »: under way, "
               "so occurred (the schema's « is happening »), according to Blinken, who is given the sentence after "
               "the clause. Ukraine is the recipient through « ses » (Zelensky's); « Il attend » is a state, no "
               "event of its own. No time word."),
    event("e-aid", "Delivery", "The allies to provide at least 40 billion euros of military aid to Ukraine next "
          "year", ("fournir", None), [("agent", ALLIES), ("recipient", UKRAINE)], status="planned",
          time="t-next-year", according_to=[ALLIES],
          note="« doivent par ailleurs s’engager à fournir à l’Ukraine au moins 40 milliards d’euros d’aide militaire "
               "l’an prochain »: what the allies are to commit to, planned (as « lui a promis de nouvelles "
               "livraisons » in gold); the amount of aid is the event's measure, no mention (as « une aide de 61 "
               "milliards de dollars » in gold). Known from the allies' own draft (according_to)."),
    event("e-orban-tour", "Visit", "Viktor Orban's tour, called a « peace mission »", ("tournée", None),
          [("agent", ORBAN)],
          note="« la tournée de Viktor Orban »: the trip of which the Moscow and Beijing visits are parts; no time or "
               "place of its own."),
    event("e-celebrations-troubled", "Event", "Orban's tour troubles the summit's celebrations",
          ("troublées", None), [("participant", ORBAN)],
          note="« Les célébrations sont toutefois troublées par la tournée de Viktor Orban »: a present passive whose "
               "agent is an event (the tour) and whose subject restates the summit (an event); Orban, whose tour "
               "it is, is the one entity role (as « La formule a ulcéré Volodymyr Zelensky » in gold). No time."),
    event("e-moscow-visit", "Visit", "Viktor Orban went to Moscow on Friday", ("s’est rendu", None),
          [("agent", ORBAN)], place=MOSCOW, time="t-friday", part_of="e-orban-tour",
          note="« s’est rendu vendredi à Moscou, puis lundi à Pékin »: one verb, two visits (as one trigger for two "
               "events in gold); Moscow the city visited."),
    event("e-beijing-visit", "Visit", "Viktor Orban went to Beijing on Monday", ("s’est rendu", None),
          [("agent", ORBAN)], place=BEIJING, time="t-monday-beijing", part_of="e-orban-tour",
          note="« puis lundi à Pékin »: the second visit of the same verb; Beijing the city."),
    event("e-orban-xi", "Meeting", "Viktor Orban met Xi Jinping in Beijing on Monday", ("a rencontré", None),
          [("agent", ORBAN), ("participant", XI)], place=BEIJING, time="t-monday-beijing",
          part_of="e-beijing-visit",
          note="« où il a rencontré Xi Jinping »: « où » is Beijing; the Monday of the visit (implied)."),
    event("e-orban-trump", "Meeting", "Viktor Orban to meet Donald Trump in Florida on Thursday",
          ("rencontrer", None), [("agent", ORBAN), ("participant", TRUMP)], status="planned", place=FLORIDA,
          time="t-thursday-trump", according_to=[HU_MEDIA],
          note="« Le dirigeant hongrois devait rencontrer jeudi en Floride l’ancien président Donald Trump »: the "
               "imperfect of a schedule, planned; « l’ancien président » before the name is part of its phrase."),
    event("e-nato-involvement", "Event", "NATO is directly involved in the conflict (Peskov's charge)",
          ("impliquée", None), [("participant", NATO)], status="suspected", according_to=[PESKOV],
          note="« L’Alliance est directement impliquée dans le conflit »: a charge by an adversary, contested: "
               "suspected (as the charges of gold). « le conflit » (the invasion, Q110999040) is a mention, not a "
               "role. A state with no time of its own (Peskov's Wednesday dates his words)."),
    event("e-bases-host", "Event", "Foreign bases would host Ukrainian F-16s (the condition)",
          ("accueilleraient", None), [("participant", BASES), ("theme", F16S)], status="hypothetical",
          according_to=[PESKOV],
          note="« Des bases étrangères qui accueilleraient des F-16 ukrainiens »: a relative conditional, the "
               "condition of the warning: hypothetical; the aircraft are the theme."),
    event("e-bases-targets", "Event", "Such bases would become « legitimate targets »", ("deviendraient", None),
          [("recipient", BASES)], status="hypothetical", according_to=[PESKOV],
          note="« deviendraient des « cibles légitimes » »: a conditional consequence; the bases are the ones "
               "targeted (recipient). Who would strike them is not written."),
    event("e-china-support", "Event", "China is a « decisive enabler » of the Russian war effort (the draft's "
          "charge)", ("soutien", None), [("agent", CHINA), ("recipient", RUSSIA)], status="suspected",
          according_to=[ALLIES],
          note="« que le projet de déclaration accuse d’être un « soutien décisif » à l’effort de guerre russe »: an "
               "accusation, denied by Beijing: suspected. Russia, the one supported, is implied by the adjective « "
               "russe »; « l’effort de guerre russe » is a mention of the invasion (Q110999040). « ces accusations "
               "» restates the charge."),
    event("e-no-lethal-arms", "Delivery", "China never supplied lethal weapons to any party", ("fourni", "n’a "
          "jamais fourni"), [("agent", CHINA), ("theme", WEAPONS)], status="negated", according_to=[LIN],
          note="« La Chine n’a jamais fourni d’armes létales à aucune des parties »: negated; « aucune des parties » "
               "refers to no one (no recipient, no mention)."),
    event("e-summit-end", "Event", "The summit is to end on Thursday", ("s’achever", None),
          [("participant", ALLIES)], status="planned", place=WASHINGTON, time="t-thursday-end", part_of="e-summit",
          note="« Le sommet doit s’achever jeudi »: planned (« doit »); the gathered allies as participant (an event "
               "needs one, as « qui s’achèvera mercredi » in gold/sommet-otan-vilnius-2023-07-11); Washington, "
               "the summit's city, implied."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-biden-assurance", "Assurance", "Biden assures that NATO will not let Putin « prevail » in Ukraine",
           BIDEN, ("assurant", None), [("l’emporter", None)], time="t-tuesday-evening", place=WASHINGTON,
           evidence=LEDE, about=["e-no-putin-win"],
           note="« en assurant que ... « l’emporter » »: a gerund of speech on the opening's Tuesday evening in "
                "Washington; the one-word quote is the infinitive of the negated letting."),
    speech("s-biden-announcement", "Statement", "Biden announces five air-defence systems for Ukraine", BIDEN,
           ("a annoncé", None), [], addressee=ALLIES, about=["e-air-defence", "e-patriots"],
           note="« Devant les dirigeants alliés, le président américain a annoncé »: the audience is a specific "
                "group, so the addressee (unlike a generic « devant la presse »). No time word of its own."),
    speech("s-stoltenberg", "Statement", "Stoltenberg: NATO is stronger than ever", STOLTENBERG,
           ("a renchéri", None), [("L’Otan est plus forte que jamais", None)],
           note="A quote first in which the secretary general names NATO in the third person; « l’organisation » "
                "inside his role noun is NATO. No event in the quote; no time word."),
    speech("s-zelensky-demand", "Statement", "Zelensky demands « at least seven » more Patriot systems", ZELENSKY,
           ("a réclamé", None), [("au moins sept", None)], time="t-wednesday", about=["e-more-patriots"],
           note="The quoted numeral is the determiner of the demanded systems; no place is written."),
    speech("s-blinken", "Assurance", "Blinken assures the F-16 transfer « is under way »", BLINKEN,
           ("a assuré", None), [("est en cours", None)], about=["e-f16-transfer"],
           note="Sourced after the clause with the title right before the name (only « Antony Blinken » marked); "
                "the quote is the predicate of the relative « dont le transfert ». No time word."),
    speech("s-allies-pledge", "Assurance", "The allies are to commit to 40 billion euros of aid next year", ALLIES,
           ("s’engager", None), [], status="planned", about=["e-aid"],
           note="« Les alliés doivent par ailleurs s’engager à fournir »: a commitment still to be made (« doivent »), "
                "planned, known from their draft (s-draft)."),
    speech("s-draft", "Report", "The draft final declaration, consulted by AFP, gives the allies' commitment",
           ALLIES, ("selon", "selon un projet"), [], according_to=[AFP], about=["s-allies-pledge", "e-aid"],
           note="« selon un projet de déclaration finale consulté par l’AFP »: a document speaks for its authors (as "
                "« selon un communiqué » in gold), here the allies; the draft itself is no mention. AFP, which "
                "consulted it, is in according_to."),
    speech("s-hungary-label", "Statement", "Budapest calls Orban's tour a « peace mission »", HUNGARY,
           ("qualifiée", None), [("mission de paix", None)], about=["e-orban-tour"],
           note="« la tournée de Viktor Orban, qualifiée de « mission de paix » par Budapest »: a passive participle "
                "of naming with its agent after « par », a metonym for Hungary."),
    speech("s-tusk", "Statement", "Donald Tusk: Orban speaks only for himself", TUSK, ("a tranché", None),
           [("Viktor Orban ne parle qu’en son propre nom", None)], about=["e-orban-tour"],
           note="A quote first with a restrictive « ne ... qu’ » (no event in it); a role noun and a name in "
                "apposition after the verb. No time word."),
    speech("s-hu-media", "Report", "Hungarian media report Orban's planned meeting with Trump", HU_MEDIA,
           ("selon", "selon des médias"), [], about=["e-orban-trump"], note="« selon des médias hongrois »."),
    speech("s-kremlin", "Statement", "The Kremlin denounces a summit geared to confrontation", KREMLIN,
           ("a dénoncé", None), [], about=["e-summit"],
           note="« Le Kremlin a dénoncé un sommet tourné vers la confrontation »: the institution (metonym); « un "
                "sommet » restates the summit. No quote, no time word of its own."),
    speech("s-peskov-involved", "Statement", "Peskov: the Alliance is directly involved in the conflict", PESKOV,
           ("a affirmé", None), [("L’Alliance est directement impliquée dans le conflit", None)],
           time="t-wednesday-peskov", about=["e-nato-involvement"],
           note="A quote first under « a affirmé mercredi son porte-parole, Dmitri Peskov »: « son » is the "
                "Kremlin's."),
    speech("s-peskov-targets", "Warning", "Peskov warns foreign bases hosting Ukrainian F-16s would be « legitimate "
           "targets »", PESKOV, ("a-t-il prévenu", None), [("cibles légitimes", None)], time="t-wednesday-peskov",
           about=["e-bases-host", "e-bases-targets"],
           note="Indirect speech first with a quoted noun phrase and an inverted « a-t-il prévenu »: the same "
                "occasion as the quote before, so its Wednesday (as « a-t-il ajouté » in gold)."),
    speech("s-draft-accusation", "Statement", "The draft declaration calls China a « decisive enabler » of the "
           "Russian war effort", ALLIES, ("accuse", None), [("soutien décisif", None)], about=["e-china-support"],
           note="« que le projet de déclaration accuse d’être un « soutien décisif » »: the same draft, whose authors, "
                "the allies, are the speaker (as s-draft); relative « que » is Beijing (China)."),
    speech("s-china-rejection", "Statement", "Beijing rejects the accusations", CHINA, ("a rejeté", None), [],
           about=["e-china-support"],
           note="« Pékin ... a rejeté ces accusations »: China (metonym); no quote, no time word."),
    speech("s-lin", "Statement", "Lin Jian: China never supplied lethal weapons to any party", LIN,
           ("a déclaré", None), [("La Chine n’a jamais fourni d’armes létales à aucune des parties", None)],
           about=["e-no-lethal-arms", "e-china-support"],
           note="A quote first under a role noun whose ministry is written only as « la diplomatie chinoise » (no "
                "mention) and a name in apposition. No time or place word."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
