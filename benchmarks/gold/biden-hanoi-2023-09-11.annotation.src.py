"""Held-out annotation of biden-hanoi-2023-09-11.txt (written for the twenty-fourth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/biden-hanoi-2023-09-11.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/biden-hanoi-2023-09-11.annotation.src.py --check

From held-out set 24 (moved to gold in session 22; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "biden-hanoi-2023-09-11.txt"

NOTE = """\
Held-out-24 article: Joe Biden, arrived in Hanoi from the G20 summit in New Delhi, is welcomed at the headquarters \
of the Communist Party of Vietnam by its general secretary Nguyen Phu Trong on Sunday 10 September 2023; after their \
talks the two leaders announce that US–Vietnam relations are raised to a « comprehensive strategic partnership »; \
Biden recalls the long road travelled, Trong asks, according to VNA, for respect of independence and sovereignty; \
the White House reports agreements on semiconductors and critical minerals, Amkor is to open a chip plant in Bac \
Ninh province in October, Reuters reports talks on a sale of F-16s that would upset Moscow, and the Kremlin does not \
react on Monday; in Beijing, Mao Ning warns on Monday that cooperation must not target a third party and calls on \
Washington to drop its « Cold War mentality », Biden having said the day before that he does not want to « contain » \
China; on Monday Biden is to meet Prime Minister Pham Minh Chinh and pay tribute at the John McCain memorial before \
flying to Alaska on Tuesday. Published Monday 11 September 2023 (the file gives the day). The visit, the upgrade, \
the semiconductor deals, Beijing's reaction and the McCain memorial follow the real events loosely; the quotes, the \
Amkor date, the F-16 report, the Kremlin's silence and the Monday and Tuesday programme are partly invented or \
simplified.
What it exercises: a joint announcement by two role nouns with names in apposition joined by « et », on a past \
weekday in a city, over a nominal meeting with a possessive (« au terme de leur entretien ») and a nominal upgrade \
with a quoted name (« l’élévation des relations entre les deux pays au rang de « partenariat stratégique global » »: \
two speech acts, one trigger, the quote to the first-named speaker, Biden); an apposed participle of arrival with a \
part of the day and an origin (« Arrivé dans l’après-midi de New Delhi ») holding a relative recent past (« où il \
venait de participer au sommet du G20 »: the participation part of the summit) and a pluperfect passive welcome with \
its agent (« M. Biden avait été accueilli au siège du parti par le secrétaire général ») and an apposed noun that is \
no event (« un honneur rarement fait à un dirigeant occidental »); a quote first with « Nous » for both countries \
under « a-t-il lancé devant la presse »; a restrictive pluperfect with a year (« n’avaient normalisé leurs relations \
qu’en 1995 »: asserted, occurred) by a plural subject; a quote split around a reporting clause that holds its own \
source (« a souligné Nguyen Phu Trong selon l’agence officielle VNA »: the speech act according to VNA, and VNA's \
Report); « Selon la Maison Blanche » (a metonym for the US presidency) over an agreement between two metonyms and a \
participle of aim (« les États-Unis cherchant à réduire leur dépendance envers la Chine »: planned); a planned \
opening with « dès octobre » (October 2023) by a company named after its title (« Le groupe américain Amkor ») in a \
province and a role noun for the city (« près de la capitale »); a conditional nominal sale under discussion with \
the source after the clause (« la vente d’avions de combat F-16 à l’armée vietnamienne serait en discussion, selon \
l’agence Reuters »: the talks hypothetical, the sale proposed) and a relative conditional consequence on a metonym \
with a role noun in apposition (« ce qui froisserait Moscou, premier fournisseur d’armes du pays »); a negated \
speech act of the Kremlin on the publication day; a fronted city and a nominal reaction (« À Pékin, la réaction ne \
s’est pas fait attendre »); a quote first under a speaker named after the verb with the publication day and a role \
noun in apposition, followed by a participle of call with its own guillemets (« appelant Washington à abandonner sa \
« mentalité de guerre froide » »: a second speech act, the abandonment proposed); « La veille » (the eve of \
Beijing's Monday reaction) with a pluperfect assurance over a negated wish with a one-word quote (« avait assuré ne \
pas vouloir « contenir » la Chine »: the containment negated); a fronted « Avant de » over a planned flight on a \
future weekday, a planned meeting on the publication day with a role noun and a name in apposition, a planned \
tribute joined by « puis » at a memorial named after a person, and a relative pluperfect passive with a possessive « \
dont » and a year (« dont l’avion avait été abattu au-dessus de Hanoï en 1967 »).
Places and metonyms. « Hanoï » is the city where the announcement is made and over which McCain was shot down \
(Q1858), and Vietnam when it concludes agreements with Washington (Q881, metonym); « la capitale » is the city \
(nominal). « Washington » is the United States both times (Q30, metonym): it concludes agreements and is called on. \
« Pékin » in « À Pékin » is the city where the reaction comes (Q956). « Moscou » is Russia (Q159), « Le Kremlin » \
the presidential administration (Q2060629). « la Maison Blanche » is the US presidency that reports (a local \
organisation, metonym, as in gold/camp-david-trilaterale-2023-08-18). « siège du parti » (fused « au », from the \
noun) is the party's headquarters, a local place, with « parti » inside it the Communist Party of Vietnam.
Mentions. Role nouns: « Le président américain », « le président démocrate » (Biden); « le chef du Parti communiste \
vietnamien », « le secrétaire général » (Trong); « porte-parole de la diplomatie chinoise » (Mao Ning, in \
apposition); « le Premier ministre » (Pham Minh Chinh); « l’ancien sénateur » (McCain); « premier fournisseur \
d’armes du pays » (Russia, in apposition, with « pays » inside it Vietnam, as « homme fort du pays » in gold). « il \
» twice is Biden. Titles right before a name are part of the name's phrase (« l’agence officielle VNA », « l’agence \
Reuters », « Le groupe américain Amkor »: only the names). Things an event takes are mentions: « une usine \
d’assemblage de puces », « avions de combat F-16 » (fused « d’ », from the noun), « l’avion » (McCain's). Not \
mentions: « leur entretien », « les deux pays », « Les deux anciens adversaires », « leurs relations » (plural \
phrases), « Nous » in Biden's quote (both countries), « un dirigeant occidental » (generic), « la diplomatie \
vietnamienne » and « la diplomatie chinoise » (inside a title that holds a name, and no entity of their own), « la \
presse », « Cette relation », « une tierce partie » (generic, inside a quote), « des accords » (plural, the theme of \
the agreement with no mention, as « accords » in gold/xi-hanoi-2025-04-15), « les semi-conducteurs », « les minerais \
critiques », « sa « mentalité de guerre froide » ».
Statuses. The announcement, the talks, the upgrade, the arrival, the participation in the G20 summit, the welcome, \
the 1995 normalisation (« ne ... que » restricts, it asserts), the agreements and the visit are occurred; the \
reduction of dependence (an aim), Amkor's opening, the flight to Alaska, the meeting with Pham Minh Chinh and the \
tribute are planned; the F-16 talks (« serait en discussion ») and Moscow's annoyance (« froisserait ») are \
hypothetical, the sale itself proposed (under discussion, not agreed); the abandonment of the Cold War mentality is \
proposed (Mao Ning's call); the containment of China is negated (Biden says he does not want it); the Kremlin's \
reaction is a negated speech act. The norm inside Mao Ning's quote (cooperation must not target a third party) is no \
event, as the norm in Guterres's quote in the bundled article.
Times. « dimanche » is Sunday 10 September 2023 (weekday-past); « dans l’après-midi » the afternoon of that Sunday \
(the lede's day: the arrival is the same day); « en 1995 » and « en 1967 » years; « dès octobre » October 2023 \
(month-future, written in September); the three « lundi » the publication day, Monday 11 September 2023; « mardi » \
Tuesday 12 September 2023 (weekday-future); « La veille » the eve of Beijing's Monday reaction, Sunday 10 September \
2023 (eve-of-event). The talks share the lede's Sunday (the announcement comes « au terme de leur entretien », in \
the same clause); the tribute shares the Monday of the meeting it follows (« doit s’entretenir lundi ..., puis se \
recueillir »). The welcome, the visit, the agreements, the F-16 report, the G20 summit and \
Biden's quote have no weekday of their own: no time.
Joe Biden, Nguyen Phu Trong, the Communist Party of Vietnam and its headquarters, New Delhi, the G20, VNA, the White \
House, the agreements, Amkor, its factory, Bac Ninh province, the F-16s, the Vietnamese army, Mao Ning, Alaska, Pham \
Minh Chinh, the McCain memorial, John McCain and his plane are not in ids.tsv: local, unlinked."""

US, VIETNAM, CHINA, RUSSIA, HANOI, BEIJING = "Q30", "Q881", "Q148", "Q159", "Q1858", "Q956"
KREMLIN, REUTERS = "Q2060629", "Q130879"
BIDEN, TRONG, CPV, CPV_HQ = "local:joe-biden", "local:nguyen-phu-trong", "local:communist-party-of-vietnam", \
    "local:cpv-headquarters"
NEW_DELHI, G20, VNA, WHITE_HOUSE = "local:new-delhi", "local:g20", "local:vna", "local:white-house"
ACCORDS, AMKOR, FACTORY, BAC_NINH = "local:us-vietnam-september-2023-agreements", "local:amkor", \
    "local:amkor-bac-ninh-factory", "local:bac-ninh-province"
F16, VN_ARMY, MAO = "local:f-16-fighters", "local:vietnam-people-army", "local:mao-ning"
ALASKA, PHAM, MEMORIAL, MCCAIN, MCCAIN_PLANE = "local:alaska", "local:pham-minh-chinh", "local:mccain-memorial", \
    "local:john-mccain", "local:mccain-plane"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (TRONG, "Nguyen Phu Trong", "Nguyễn Phú Trọng", "person",
     {"description": "secrétaire général du Parti communiste vietnamien", "unlinked_reason": NOT_VERIFIED}),
    (CPV, "Parti communiste vietnamien", "Communist Party of Vietnam", "organization",
     {"class_qid": "Q7278", "unlinked_reason": NOT_VERIFIED}),
    (CPV_HQ, "siège du Parti communiste vietnamien", "headquarters of the Communist Party of Vietnam", "place",
     {"description": "à Hanoï", "unlinked_reason": NOT_VERIFIED}),
    (NEW_DELHI, "New Delhi", "New Delhi", "place", {"unlinked_reason": NOT_VERIFIED}),
    (G20, "G20", "G20", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (VNA, "VNA", "Vietnam News Agency", "organization",
     {"description": "agence officielle vietnamienne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (ACCORDS, "accords américano-vietnamiens sur les semi-conducteurs et les minerais critiques (septembre 2023)",
     "US–Vietnam agreements on semiconductors and critical minerals", "other",
     {"unlinked_reason": "several unnamed documents, not one Wikidata item"}),
    (AMKOR, "Amkor", "Amkor Technology", "organization",
     {"description": "groupe américain de semi-conducteurs", "unlinked_reason": NOT_VERIFIED}),
    (FACTORY, "usine d’assemblage de puces d’Amkor dans la province de Bac Ninh", "Amkor chip assembly plant in Bac "
     "Ninh province", "object",
     {"class_qid": "Q83405", "unlinked_reason": "a single planned plant with no Wikidata item"}),
    (BAC_NINH, "province de Bac Ninh", "Bắc Ninh province", "place", {"unlinked_reason": NOT_VERIFIED}),
    (F16, "avions de combat F-16", "F-16 fighter jets", "object",
     {"description": "les avions dont la vente au Viêt Nam serait en discussion", "class_qid": "Q11436",
      "unlinked_reason": "an unspecified number of aircraft, not one Wikidata item"}),
    (VN_ARMY, "armée vietnamienne", "Vietnam People's Army", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (MAO, "Mao Ning", "Mao Ning", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (ALASKA, "Alaska", "Alaska", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PHAM, "Pham Minh Chinh", "Phạm Minh Chính", "person",
     {"description": "Premier ministre du Viêt Nam", "unlinked_reason": NOT_VERIFIED}),
    (MEMORIAL, "mémorial John McCain", "John McCain memorial (Hanoi)", "place",
     {"description": "stèle au bord du lac Truc Bach, à Hanoï", "unlinked_reason": NOT_VERIFIED}),
    (MCCAIN, "John McCain", "John McCain", "person",
     {"description": "ancien sénateur américain, pilote abattu au-dessus de Hanoï en 1967",
      "unlinked_reason": NOT_VERIFIED}),
    (MCCAIN_PLANE, "avion de John McCain", "John McCain's aircraft", "object",
     {"description": "l’avion abattu au-dessus de Hanoï en 1967", "class_qid": "Q11436",
      "unlinked_reason": "a single aircraft with no Wikidata item"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président américain, Joe Biden, et le chef du Parti communiste vietnamien, Nguyen Phu Trong, ont annoncé ...
    ("Le président américain", None, BIDEN, "nominal"),
    ("Joe Biden", 1, BIDEN, "name"),
    ("le chef du Parti communiste vietnamien", None, TRONG, "nominal"),
    ("Parti communiste vietnamien", None, CPV, "name"),
    ("Nguyen Phu Trong", 1, TRONG, "name"),
    ("Hanoï", "dimanche à Hanoï", HANOI, "name"),
    # Arrivé dans l’après-midi de New Delhi, où il venait de participer au sommet du G20, M. Biden avait été accueilli
    ("New Delhi", None, NEW_DELHI, "name"),
    ("il", "où il venait", BIDEN, "pronoun"),
    ("G20", None, G20, "name"),
    ("Biden", "M. Biden avait", BIDEN, "name"),
    ("siège du parti", None, CPV_HQ, "nominal"),
    ("parti", "siège du parti", CPV, "nominal"),
    ("le secrétaire général", None, TRONG, "nominal"),
    # « Nous avons parcouru un long chemin », a-t-il lancé devant la presse.
    ("il", "a-t-il lancé", BIDEN, "pronoun"),
    # « Cette relation, a souligné Nguyen Phu Trong selon l’agence officielle VNA, doit reposer ... »
    ("Nguyen Phu Trong", 2, TRONG, "name"),
    ("VNA", None, VNA, "name"),
    # Selon la Maison Blanche, Washington et Hanoï ont conclu des accords ..., les États-Unis cherchant à réduire ...
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("Washington", "Washington et Hanoï", US, "metonym"),
    ("Hanoï", "Washington et Hanoï", VIETNAM, "metonym"),
    ("États-Unis", None, US, "name"),
    ("Chine", "dépendance envers la Chine", CHINA, "name"),
    # Le groupe américain Amkor doit ouvrir dès octobre une usine ... dans la province de Bac Ninh, près de la capitale.
    ("Amkor", None, AMKOR, "name"),
    ("une usine d’assemblage de puces", None, FACTORY, "nominal"),
    ("la province de Bac Ninh", None, BAC_NINH, "nominal"),
    ("la capitale", None, HANOI, "nominal"),
    # Plus sensible, la vente d’avions de combat F-16 à l’armée vietnamienne serait en discussion, selon ... Reuters
    ("avions de combat F-16", None, F16, "nominal"),
    ("l’armée vietnamienne", None, VN_ARMY, "nominal"),
    ("Reuters", None, REUTERS, "name"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("premier fournisseur d’armes du pays", None, RUSSIA, "nominal"),
    ("pays", "d’armes du pays", VIETNAM, "nominal"),
    # Le Kremlin n’a pas réagi lundi.
    ("Kremlin", None, KREMLIN, "metonym"),
    # À Pékin, la réaction ne s’est pas fait attendre.
    ("Pékin", None, BEIJING, "name"),
    # « La coopération ... », a déclaré lundi Mao Ning, porte-parole de la diplomatie chinoise, appelant Washington ...
    ("Mao Ning", None, MAO, "name"),
    ("porte-parole de la diplomatie chinoise", None, MAO, "nominal"),
    ("Washington", "appelant Washington", US, "metonym"),
    # La veille, le président démocrate avait assuré ne pas vouloir « contenir » la Chine.
    ("le président démocrate", None, BIDEN, "nominal"),
    ("Chine", "« contenir » la Chine", CHINA, "name"),
    # Avant de s’envoler mardi pour l’Alaska, Joe Biden doit s’entretenir lundi avec le Premier ministre, ...
    ("Alaska", None, ALASKA, "name"),
    ("Joe Biden", 2, BIDEN, "name"),
    ("le Premier ministre", None, PHAM, "nominal"),
    ("Pham Minh Chinh", None, PHAM, "name"),
    # puis se recueillir devant le mémorial dédié à John McCain, l’ancien sénateur dont l’avion avait été abattu ...
    ("le mémorial dédié à John McCain", None, MEMORIAL, "nominal"),
    ("John McCain", None, MCCAIN, "name"),
    ("l’ancien sénateur", None, MCCAIN, "nominal"),
    ("l’avion", None, MCCAIN_PLANE, "nominal"),
    ("Hanoï", "au-dessus de Hanoï", HANOI, "name"),
]

PUB_DAY = "The publication day, Monday 11 September 2023 (the file gives the day)."
SUNDAY = "Sunday 10 September 2023, the day before the publication day (Monday 11 September 2023)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday", ("dimanche", None), "2023-09-10", "day", "weekday-past",
     "« ont annoncé dimanche à Hanoï »: past. " + SUNDAY),
    ("t-afternoon", ("dans l’après-midi", None), "2023-09-10", "day", "part-of-day",
     "« Arrivé dans l’après-midi de New Delhi »: the afternoon of the lede's Sunday, the day of the talks and the "
     "announcement. " + SUNDAY),
    ("t-1995", ("en 1995", None), "1995", "year", "explicit-year",
     "« n’avaient normalisé leurs relations qu’en 1995 »: the year of the normalisation."),
    ("t-october", ("dès octobre", None), "2023-10", "month", "month-future",
     "« doit ouvrir dès octobre », written in September 2023: the next October, October 2023; no day is given."),
    ("t-monday-kremlin", ("lundi", "n’a pas réagi lundi"), "2023-09-11", "day", "weekday-publication-day",
     "« Le Kremlin n’a pas réagi lundi »: the weekday of publication. " + PUB_DAY),
    ("t-monday-mao", ("lundi", "a déclaré lundi"), "2023-09-11", "day", "weekday-publication-day",
     "« a déclaré lundi Mao Ning »: the weekday of publication. " + PUB_DAY),
    ("t-eve", ("La veille", None), "2023-09-10", "day", "eve-of-event",
     "« La veille, le président démocrate avait assuré »: the day before Beijing's Monday reaction of the sentence "
     "before, Sunday 10 September 2023 (here also the eve of publication)."),
    ("t-tuesday", ("mardi", None), "2023-09-12", "day", "weekday-future",
     "« Avant de s’envoler mardi pour l’Alaska »: future, the Tuesday after the publication day: 12 September 2023."),
    ("t-monday-pham", ("lundi", "doit s’entretenir lundi"), "2023-09-11", "day", "weekday-publication-day",
     "« doit s’entretenir lundi »: a planned meeting on the publication day itself, still ahead when the article "
     "was written. " + PUB_DAY),
    ("t-1967", ("en 1967", None), "1967", "year", "explicit-year",
     "« avait été abattu au-dessus de Hanoï en 1967 »: the year of the shooting down."),
]

LEDE = ("Le président américain", "diplomatie vietnamienne.")

EVENTS: list[dict[str, Any]] = [
    event("e-talks", "Meeting", "Joe Biden and Nguyen Phu Trong hold talks in Hanoi", ("entretien", None),
          [("participant", BIDEN), ("participant", TRONG)], place=HANOI, time="t-sunday", part_of="e-visit",
          evidence=LEDE,
          note="« au terme de leur entretien »: a nominal meeting with a possessive for the two leaders named as "
               "the subject; it ends when they announce the upgrade, in the same clause, so it shares the lede's "
               "Sunday and Hanoi."),
    event("e-upgrade", "Event", "US–Vietnam relations raised to a comprehensive strategic partnership",
          ("élévation", None), [("participant", US), ("participant", VIETNAM)], place=HANOI, time="t-sunday",
          according_to=[BIDEN, TRONG], evidence=LEDE,
          note="« l’élévation des relations entre les deux pays au rang de « partenariat stratégique global » »: the "
               "upgrade is made by the leaders' announcement, so it occurred (not a plan); « les deux pays » (no "
               "mention) are the United States and Vietnam. The partnership is no entity."),
    event("e-arrival", "Visit", "Joe Biden arrived in Hanoi from New Delhi on Sunday afternoon", ("Arrivé", None),
          [("agent", BIDEN)], place=HANOI, time="t-afternoon", part_of="e-visit",
          note="An apposed participle agreeing with « M. Biden », with a part of the day and the place he comes from "
               "(« de New Delhi »); the place arrived at is Hanoi, the city of the lede, as « Arrivé jeudi soir » in "
               "gold."),
    event("e-g20-summit", "Meeting", "The G20 summit in New Delhi", ("sommet", None), [("participant", G20)],
          place=NEW_DELHI,
          note="« au sommet du G20 »: the summit is over (« venait de participer »); its days (9 and 10 September) "
               "are not written: no time."),
    event("e-g20-participation", "Event", "Joe Biden had just taken part in the G20 summit", ("participer", None),
          [("participant", BIDEN), ("participant", G20)], place=NEW_DELHI, part_of="e-g20-summit",
          note="« où il venait de participer au sommet du G20 »: a recent past (« venait de »), before the arrival; "
               "« où » is New Delhi; no time of its own."),
    event("e-welcome", "Meeting", "Nguyen Phu Trong welcomed Joe Biden at the party headquarters",
          ("avait été accueilli", None), [("agent", TRONG), ("participant", BIDEN)], place=CPV_HQ,
          part_of="e-visit",
          note="A pluperfect passive with its agent (« par le secrétaire général »): before the announcement. No "
               "weekday of its own: no time (Sunday by the context). « un honneur rarement fait à un dirigeant "
               "occidental » is an apposed judgement, no event."),
    event("e-normalisation", "Event", "The United States and Vietnam normalised their relations in 1995",
          ("normalisé", None), [("participant", US), ("participant", VIETNAM)], time="t-1995",
          note="« Les deux anciens adversaires n’avaient normalisé leurs relations qu’en 1995 »: « ne ... que » "
               "restricts the time and asserts the normalisation (occurred); the plural subject (no mention) is "
               "the two countries."),
    event("e-visit", "Visit", "Joe Biden's visit to Vietnam", ("visite", None), [("agent", BIDEN)], place=VIETNAM,
          note="« Le volet économique a dominé la visite »: under way (Sunday and Monday), no time of its own."),
    event("e-agreements", "Agreement", "The United States and Vietnam conclude agreements on semiconductors and "
          "critical minerals", ("ont conclu", None),
          [("participant", US), ("participant", VIETNAM), ("theme", ACCORDS)], place=HANOI,
          according_to=[WHITE_HOUSE], part_of="e-visit",
          note="« Washington et Hanoï ont conclu des accords »: two metonyms for the states; the agreements are the "
               "theme (plural « des accords », no mention). The place is Hanoi, where the visit is; no weekday."),
    event("e-reduce-dependence", "Event", "The United States seeks to reduce its dependence on China",
          ("réduire", None), [("agent", US), ("participant", CHINA)], status="planned",
          note="« les États-Unis cherchant à réduire leur dépendance envers la Chine »: an aim (« cherchant à »), "
               "planned, as « cherche ... à réduire sa dépendance » in gold. In the article's own voice."),
    event("e-amkor-opening", "Event", "Amkor to open a chip assembly plant in Bac Ninh province from October",
          ("ouvrir", None), [("agent", AMKOR), ("theme", FACTORY)], status="planned", place=BAC_NINH,
          time="t-october",
          note="« doit ouvrir dès octobre »: planned. « près de la capitale » locates the province, not the event."),
    event("e-f16-talks", "Event", "The United States and Vietnam would be discussing a sale of F-16s",
          ("discussion", None), [("participant", US), ("participant", VIETNAM)], status="hypothetical",
          according_to=[REUTERS],
          note="« serait en discussion, selon l’agence Reuters »: a conditional, hypothetical. The parties are not "
               "written; the seller is the United States (F-16s, the visit), the buyer Vietnam (its army)."),
    event("e-f16-sale", "Delivery", "A sale of F-16 fighter jets to the Vietnamese army", ("vente", None),
          [("agent", US), ("recipient", VN_ARMY), ("theme", F16)], status="proposed", according_to=[REUTERS],
          note="The sale under discussion: not agreed, proposed (as the truce being negotiated in gold). The seller "
               "is implied."),
    event("e-moscow-upset", "Event", "The F-16 sale would upset Moscow, Vietnam's first arms supplier",
          ("froisserait", None), [("recipient", RUSSIA)], status="hypothetical",
          note="« ce qui froisserait Moscou »: a relative conditional; « ce » is the sale. The article's own comment "
               "after the source, so no according_to. « premier fournisseur d’armes du pays » is a role noun, no "
               "event."),
    event("e-abandon-cold-war", "Event", "The United States to abandon its « Cold War mentality » (Beijing's call)",
          ("abandonner", None), [("agent", US)], status="proposed", according_to=[MAO],
          note="What Mao Ning calls on Washington to do: proposed, as « appelait Tokyo à « respecter ses "
               "engagements » » in gold."),
    event("e-containment", "Event", "The United States containing China (Biden says he does not want it)",
          ("contenir", None), [("agent", BIDEN), ("recipient", CHINA)], status="negated", according_to=[BIDEN],
          note="« avait assuré ne pas vouloir « contenir » la Chine »: the containment is what Biden says he does "
               "not want: negated, according to him. The agent is the subject of « vouloir », Biden."),
    event("e-alaska", "Visit", "Joe Biden to fly to Alaska on Tuesday", ("s’envoler", None), [("agent", BIDEN)],
          status="planned", place=ALASKA, time="t-tuesday",
          note="« Avant de s’envoler mardi pour l’Alaska »: planned on a future weekday, after the Monday meeting and "
               "tribute; the place is where he flies to."),
    event("e-pham-meeting", "Meeting", "Joe Biden to meet Prime Minister Pham Minh Chinh on Monday",
          ("s’entretenir", None), [("participant", BIDEN), ("participant", PHAM)], status="planned", place=HANOI,
          time="t-monday-pham", part_of="e-visit",
          note="« doit s’entretenir lundi »: planned on the publication day; the place is Hanoi, where the visit and "
               "the memorial are (implied)."),
    event("e-tribute", "Event", "Joe Biden to pay tribute at the John McCain memorial", ("se recueillir", None),
          [("agent", BIDEN)], status="planned", place=MEMORIAL, time="t-monday-pham", part_of="e-visit",
          note="« puis se recueillir »: a second infinitive under « doit ... lundi », so the same Monday."),
    event("e-shootdown", "Event", "John McCain's plane was shot down over Hanoi in 1967",
          ("avait été abattu", None), [("recipient", MCCAIN_PLANE)], place=HANOI, time="t-1967",
          note="« dont l’avion avait été abattu au-dessus de Hanoï en 1967 »: a relative pluperfect passive with no "
               "agent; the plane is the recipient (McCain, its pilot, is not a role the text gives). « au-dessus de "
               "Hanoï » is the city."),
]

MAO_EVIDENCE = ("« La coopération", "guerre froide ».")

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-biden-announcement", "Statement", "Joe Biden announces the upgrade to a « comprehensive strategic "
           "partnership »", BIDEN, ("ont annoncé", None), [("partenariat stratégique global", None)],
           time="t-sunday", place=HANOI, evidence=LEDE, about=["e-upgrade", "e-talks"],
           note="« Le président américain, Joe Biden, et le chef du Parti communiste vietnamien, Nguyen Phu Trong, ont "
                "annoncé »: one trigger, two speakers, one speech act each; the only pair of guillemets goes to the "
                "first-named speaker."),
    speech("s-trong-announcement", "Statement", "Nguyen Phu Trong announces the upgrade", TRONG,
           ("ont annoncé", None), [], time="t-sunday", place=HANOI, evidence=LEDE, about=["e-upgrade", "e-talks"],
           note="The second speaker of « ont annoncé »: the trigger, no quote."),
    speech("s-biden-long-road", "Statement", "Biden: « We have come a long way »", BIDEN, ("lancé", None),
           [("Nous avons parcouru un long chemin", None)], about=["e-upgrade", "e-normalisation"],
           note="A quote first, « a-t-il lancé devant la presse »: « il » is Biden, « Nous » the two countries (no "
                "mention). No weekday of its own: no time."),
    speech("s-trong-relation", "Statement", "Trong: the relationship must rest on respect for independence and "
           "sovereignty", TRONG, ("a souligné", None),
           [("Cette relation", None),
            ("doit reposer sur le respect de l’indépendance et de la souveraineté de chacun.", None)],
           according_to=[VNA], about=["e-upgrade"],
           note="One quote split around « a souligné Nguyen Phu Trong selon l’agence officielle VNA, »: two quote "
                "parts; the second keeps its full stop, inside the guillemets. VNA carries his words."),
    speech("s-vna", "Report", "VNA reports Trong's words", VNA, ("selon", "selon l’agence officielle"), [],
           about=["s-trong-relation"], note="« selon l’agence officielle VNA » inside the reporting clause."),
    speech("s-white-house", "Report", "The White House reports the agreements", WHITE_HOUSE, ("Selon", None), [],
           about=["e-agreements"], note="« Selon la Maison Blanche »: a source before the clause, no quote."),
    speech("s-reuters", "Report", "Reuters reports talks on an F-16 sale", REUTERS, ("selon", "selon l’agence Reuters"),
           [], about=["e-f16-talks", "e-f16-sale"], note="The source after the clause it sources."),
    speech("s-kremlin-silence", "SpeechAct", "The Kremlin did not react on Monday", KREMLIN, ("n’a pas réagi", None),
           [], status="negated", time="t-monday-kremlin", about=["e-f16-sale"],
           note="« Le Kremlin n’a pas réagi lundi »: a negated speech act (as « n’a pas réagi » in gold); what it "
                "did not react to is the sale of the sentence before."),
    speech("s-china-reaction", "SpeechAct", "Beijing reacts to the upgrade", CHINA, ("réaction", None), [],
           place=BEIJING, about=["e-upgrade"],
           note="« À Pékin, la réaction ne s’est pas fait attendre »: a nominal speech act whose speaker, China, is "
                "implied by the fronted city (the place); Mao Ning's words in the next sentence are its content. No "
                "weekday of its own."),
    speech("s-mao-third-party", "Statement", "Mao Ning: cooperation between countries must not target a third party",
           MAO, ("a déclaré", None), [("La coopération entre pays ne doit pas viser une tierce partie", None)],
           time="t-monday-mao", place=BEIJING, evidence=MAO_EVIDENCE, about=["e-upgrade"],
           note="A quote first, the speaker after the verb with the publication day and a role noun in apposition (« "
                "porte-parole de la diplomatie chinoise »: « la diplomatie chinoise » no mention). The place is « À "
                "Pékin » of the sentence before."),
    speech("s-mao-call", "Statement", "Mao Ning calls on Washington to abandon its « Cold War mentality »", MAO,
           ("appelant", None), [("mentalité de guerre froide", None)], addressee=US, time="t-monday-mao",
           place=BEIJING, evidence=MAO_EVIDENCE, about=["e-abandon-cold-war"],
           note="A participle of call with its own guillemets: a second speech act, on the same occasion."),
    speech("s-biden-assurance", "Assurance", "Biden assured the day before that he does not want to « contain » "
           "China", BIDEN, ("avait assuré", None), [("contenir", None)], time="t-eve", about=["e-containment"],
           note="« La veille, le président démocrate avait assuré ne pas vouloir « contenir » la Chine »: a pluperfect "
                "assurance with a one-word quote; the speech act occurred, the containment is negated."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
