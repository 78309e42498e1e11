"""Held-out annotation of loukachenko-hanoi-2024-12.txt (written for the thirteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/loukachenko-hanoi-2024-12.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/loukachenko-hanoi-2024-12.annotation.src.py --check

From held-out set 13 (moved to gold in session 12; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "loukachenko-hanoi-2024-12.txt"

PUBLISHED_INFERRED = {
    "value": "2024-12-11", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives December 2024. Lukashenko is to go back to Minsk « vendredi 13 décembre » (future: « "
             "doit ... regagner »; 13 December 2024 is a Friday), so the article was written in the week of 9 to 15 "
             "December 2024. In that week the signing and his words are in the past on « mercredi » (« ont signé "
             "mercredi », « ont ... été paraphés mercredi », « a assuré mercredi »: Wednesday 11 December or "
             "earlier) and the visit to Ho Chi Minh City is still to come « Jeudi » (« doit visiter »: Thursday 12 "
             "December or later): the article appeared on Wednesday 11 December 2024. The other weekdays agree: "
             "past « lundi soir » (9 December) and « mardi » (10 December), and « La veille » of the Wednesday "
             "(10 December)."),
}

NOTE = """\
Held-out-13 article 1: Alexander Lukashenko's visit to Vietnam ends its third day with a declaration signed and a \
defence agreement left unsigned, published in December 2024 (the file gives the month; the day, Wednesday 11 \
December, comes from past « mercredi » three times, a future « Jeudi » and the future « vendredi 13 décembre »: \
see PUBLISHED_INFERRED). What it exercises: a signing by two leaders with their titles right before their names \
(« Le président biélorusse Alexandre Loukachenko et le numéro un vietnamien Tô Lâm ont signé mercredi à Hanoï »: \
the titles are part of the names' phrases), sourced after the clause to a state agency; a declaration whose quoted \
name speaks for its signers (« une déclaration élevant leurs relations au rang de « partenariat stratégique global \
» »: two speech acts, Belarus and Vietnam, one trigger, the quote to the first-named, as in gold; the upgrade an \
event of the two states, occurred on the Wednesday); a negated agreement with an infinitive (« sans parvenir à \
conclure l’accord de défense souhaité par Minsk »: negated; the wish of « souhaité par » is not a speech act, as \
a hope in gold); an apposed participle with a past weekday and a part of day (« arrivé lundi soir »: Monday 9 \
December) and « sa première visite au Vietnam depuis 2019 » (the visit has no time of its own; « depuis 2019 » \
dates an earlier visit with no trigger word: attached to nothing); a pluperfect passive reception with its agent \
a role noun and a name in apposition (« avait été reçu mardi par son homologue, Luong Cuong ») and « avant de \
dîner avec » a description with a name inside it (a Banquet the same Tuesday); a passive signing with no \
signatories (« Sept accords de coopération ont par ailleurs été paraphés mercredi »: Belarus and Vietnam \
implied) under « selon la diplomatie vietnamienne » (the Vietnamese foreign ministry as a source, a mention, \
while « la diplomatie vietnamienne » inside the spokeswoman's title is not one); a quote first with « a assuré \
mercredi M. Loukachenko devant la presse, cité par Belta », « Nous » for Belarus and two events in the quote (« \
prêts à aider le Vietnam à moderniser son armée »: the help planned, a promise, and the modernisation planned); \
« Selon une source diplomatique vietnamienne » with a demand by a metonym in the imperfect (« Hanoï réclamait des \
garanties sur la livraison de pièces détachées »: a speech act of Vietnam according to the source, the delivery \
proposed, Belarus its implied supplier) and a conditional signing with a deadline (« le texte pourrait être signé \
d’ici l’été »: hypothetical; « le texte » is the defence agreement, a document, not a mention; « d’ici l’été » \
written in December 2024 is the year 2025, as « d’ici la fin juin » gets the year in gold); « La veille » (the \
eve of the Wednesday the paragraph before is about, Tuesday 10 December, which here is also the eve of \
publication) with a pluperfect denial of a nominal purchase (« avait démenti tout projet d’achat d’armes à la \
Biélorussie »: the purchase negated according to her) and a participle assurance with its own quote (two speech \
acts); « À Moscou, le Kremlin a salué une visite qui prouve que la Biélorussie « n’est pas isolée » » (one verb, \
the quote in a relative clause with no verb of speech: one speech act; « une visite » restates the visit; the \
non-isolation is a state, no event) « selon l’agence TASS »; a suspicion in a relative clause (« Washington, qui \
soupçonne Minsk de servir d’intermédiaire pour écouler des armes russes »: the sales suspected according to the \
United States) and a stance with a one-word quote relayed by an embassy spokesman (« s’est dit « attentif » à \
toute coopération militaire entre les deux pays, a indiqué à l’AFP un porte-parole de l’ambassade des États-Unis \
à Hanoï »: a speech act of the United States with the spokesman in according_to, plus his Report, as « Tokyo suit \
la situation ..., a indiqué le porte-parole » in gold; « toute coopération » is hypothetical); a negated comment \
by a metonym with a descriptive apposition (« Tokyo, premier bailleur de fonds du Vietnam, n’a pas commenté »: \
the apposition a nominal mention of Japan, with « Vietnam » inside; the funding it describes is no event); a \
participle opening the sentence with an adjective for the sanctioning states (« Visé par des sanctions \
occidentales depuis 2020, le régime biélorusse »: a Sanction by the Western countries, a local group with no \
mention, dated by its start) and a present trend (« multiplie les ouvertures vers l’Asie »); a past visit with a \
former office in apposition (« Tô Lâm, alors ministre de la Sécurité publique, s’était rendu à Minsk en mars \
2023 »: the role noun is a mention, « la Sécurité publique » inside it is not); planned steps with the weekday \
first and the source last (« Jeudi, M. Loukachenko doit visiter à Hô Chi Minh-Ville une usine qui assemble des \
camions biélorusses, avant de regagner Minsk vendredi 13 décembre, a précisé son service de presse »: the \
factory visit takes the factory as its place, as the shipyard in gold, and the assembly, a state in the present, \
the city); a promise of a return visit (« Tô Lâm a pour sa part promis de se rendre en Biélorussie l’an prochain, \
selon Belta »: an Assurance, the visit planned, 2025). « Hanoï » is the city where the leaders sign and where the \
US embassy is (Q1858) and Vietnam where it demands guarantees or pursues a policy (Q881); « Minsk » is Belarus \
where it wants an agreement or is suspected (Q184) and the city Tô Lâm went to and Lukashenko goes back to \
(Q2280); « À Moscou » is the city (Q649), « Kremlin » the institution (Q2060629), « Washington » the United \
States (Q30), « Tokyo » Japan (Q17); « le régime biélorusse » is Belarus, as « le régime nord-coréen » is North \
Korea in gold. « États-Unis » inside « l’ambassade des États-Unis à Hanoï » is the state and « Hanoï » there the \
city (as « Russie » and « Tokyo » in « L’ambassade de Russie à Tokyo » in gold); « Parti communiste vietnamien » \
inside Tô Lâm's description is a mention (as in gold). Not mentions: « leurs relations », « les deux pays », « \
Sept accords de coopération » (plural documents, the signing's theme), « le texte », « la presse » (generic), « \
ses chars » inside the spare parts' phrase, « la porte-parole de la diplomatie vietnamienne »'s « diplomatie \
vietnamienne », « une politique de défense », « des garanties » (what Vietnam asks for: the demand's content, not \
a second event). Luong Cuong, the Communist Party of Vietnam, the Vietnamese foreign ministry and its \
spokeswoman Pham Thu Hang, Belta, the Vietnamese army, the Vietnamese diplomatic source, the spare parts, the \
Russian arms, the US embassy in Hanoi and its spokesman, the Western countries, Asia, Ho Chi Minh City, the \
factory, the trucks, Lukashenko's press service and the declaration are not in ids.tsv: local, unlinked."""

LUK, TO_LAM = "Q2866", "Q10831196"
BELARUS, VIETNAM, US, JAPAN = "Q184", "Q881", "Q30", "Q17"
HANOI, MINSK, MOSCOW = "Q1858", "Q2280", "Q649"
KREMLIN, TASS, AFP = "Q2060629", "Q223799", "Q40464"
BELTA, DECLARATION, LUONG, CPV = "local:belta", "local:belarus-vietnam-declaration-2024", "local:luong-cuong", \
    "local:communist-party-of-vietnam"
VN_MFA, VN_ARMY, VN_SOURCE, SPARE_PARTS = "local:vietnamese-foreign-ministry", "local:vietnam-people-army", \
    "local:vietnamese-diplomatic-source", "local:tank-spare-parts"
PHAM, RU_ARMS, US_SPOKES, US_EMBASSY = "local:pham-thu-hang", "local:russian-arms", \
    "local:us-embassy-hanoi-spokesperson", "local:us-embassy-hanoi"
WEST, ASIA, HCMC, FACTORY = "local:western-countries", "local:asia", "local:ho-chi-minh-city", \
    "local:belarusian-truck-assembly-plant"
TRUCKS, PRESS_SERVICE = "local:belarusian-trucks", "local:lukashenko-press-service"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BELTA, "Belta", "BelTA", "organization",
     {"description": "agence d’État biélorusse", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (DECLARATION, "déclaration biélorusso-vietnamienne sur un « partenariat stratégique global »",
     "Belarus–Vietnam declaration on a comprehensive strategic partnership", "object",
     {"unlinked_reason": "a document not among the verified identifiers"}),
    (LUONG, "Luong Cuong", "Lương Cường", "person",
     {"description": "président vietnamien", "unlinked_reason": NOT_VERIFIED}),
    (CPV, "Parti communiste vietnamien", "Communist Party of Vietnam", "organization",
     {"class_qid": "Q7278", "unlinked_reason": NOT_VERIFIED}),
    (VN_MFA, "ministère vietnamien des Affaires étrangères", "Ministry of Foreign Affairs (Vietnam)",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (VN_ARMY, "armée populaire vietnamienne", "People's Army of Vietnam", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (VN_SOURCE, "une source diplomatique vietnamienne", "a Vietnamese diplomatic source", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (SPARE_PARTS, "pièces détachées pour les chars vietnamiens", "spare parts for Vietnamese tanks", "object",
     {"unlinked_reason": "unspecified goods, not one Wikidata item"}),
    (PHAM, "Pham Thu Hang", "Phạm Thu Hằng", "person",
     {"description": "porte-parole du ministère vietnamien des Affaires étrangères",
      "unlinked_reason": NOT_VERIFIED}),
    (RU_ARMS, "armes russes", "Russian weapons", "object",
     {"unlinked_reason": "unspecified weapons, not one Wikidata item"}),
    (US_SPOKES, "un porte-parole de l’ambassade des États-Unis à Hanoï", "a spokesperson of the US embassy in Hanoi",
     "person", {"unlinked_reason": "anonymous in the article"}),
    (US_EMBASSY, "ambassade des États-Unis à Hanoï", "Embassy of the United States in Hanoi", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (WEST, "pays occidentaux", "Western countries", "group",
     {"description": "the states behind « des sanctions occidentales » (an adjective, no mention)",
      "unlinked_reason": "a group of states, not one Wikidata item"}),
    (ASIA, "Asie", "Asia", "place", {"unlinked_reason": NOT_VERIFIED}),
    (HCMC, "Hô Chi Minh-Ville", "Ho Chi Minh City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (FACTORY, "usine d’assemblage de camions biélorusses à Hô Chi Minh-Ville",
     "a Belarusian truck assembly plant in Ho Chi Minh City", "place",
     {"unlinked_reason": "an unnamed factory, no Wikidata item"}),
    (TRUCKS, "camions biélorusses", "Belarusian trucks", "object",
     {"unlinked_reason": "unspecified goods, not one Wikidata item"}),
    (PRESS_SERVICE, "service de presse d’Alexandre Loukachenko", "Alexander Lukashenko's press service",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président biélorusse Alexandre Loukachenko et le numéro un vietnamien Tô Lâm ont signé ...
    ("Alexandre Loukachenko", None, LUK, "name"),
    ("Tô Lâm", 1, TO_LAM, "name"),
    ("Hanoï", "mercredi à Hanoï", HANOI, "name"),
    ("Minsk", "souhaité par Minsk", BELARUS, "metonym"),
    ("Belta", 1, BELTA, "name"),
    # Le dirigeant biélorusse, arrivé lundi soir ...
    ("Le dirigeant biélorusse", None, LUK, "nominal"),
    ("Vietnam", "visite au Vietnam", VIETNAM, "name"),
    ("son homologue", None, LUONG, "nominal"),
    ("Luong Cuong", None, LUONG, "name"),
    ("le secrétaire général du Parti communiste vietnamien", None, TO_LAM, "nominal"),
    ("Parti communiste vietnamien", None, CPV, "name"),
    ("la diplomatie vietnamienne", "selon la diplomatie vietnamienne", VN_MFA, "nominal"),
    # « Nous sommes prêts ... »
    ("Nous", None, BELARUS, "pronoun"),
    ("Vietnam", "aider le Vietnam", VIETNAM, "name"),
    ("son armée", None, VN_ARMY, "nominal"),
    ("Loukachenko", "mercredi M. Loukachenko", LUK, "name"),
    ("Belta", 2, BELTA, "name"),
    ("une source diplomatique vietnamienne", None, VN_SOURCE, "nominal"),
    ("Hanoï", "Hanoï réclamait", VIETNAM, "metonym"),
    ("pièces détachées pour ses chars", None, SPARE_PARTS, "nominal"),
    # La veille, la porte-parole ...
    ("la porte-parole de la diplomatie vietnamienne", None, PHAM, "nominal"),
    ("Pham Thu Hang", None, PHAM, "name"),
    ("Biélorussie", "d’armes à la Biélorussie", BELARUS, "name"),
    ("Hanoï", "que Hanoï menait", VIETNAM, "metonym"),
    # À Moscou, le Kremlin a salué ...
    ("Moscou", None, MOSCOW, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Biélorussie", "que la Biélorussie", BELARUS, "name"),
    ("TASS", None, TASS, "name"),
    ("Washington", None, US, "metonym"),
    ("Minsk", "soupçonne Minsk", BELARUS, "metonym"),
    ("des armes russes", None, RU_ARMS, "nominal"),
    ("AFP", None, AFP, "name"),
    ("un porte-parole de l’ambassade des États-Unis à Hanoï", None, US_SPOKES, "nominal"),
    ("l’ambassade des États-Unis à Hanoï", None, US_EMBASSY, "nominal"),
    ("États-Unis", None, US, "name"),
    ("Hanoï", "États-Unis à Hanoï", HANOI, "name"),
    ("Tokyo", None, JAPAN, "metonym"),
    ("premier bailleur de fonds du Vietnam", None, JAPAN, "nominal"),
    ("Vietnam", "fonds du Vietnam", VIETNAM, "name"),
    # Visé par des sanctions occidentales ...
    ("le régime biélorusse", None, BELARUS, "nominal"),
    ("Asie", None, ASIA, "name"),
    ("Tô Lâm", 2, TO_LAM, "name"),
    ("alors ministre de la Sécurité publique", None, TO_LAM, "nominal"),
    ("Minsk", "rendu à Minsk", MINSK, "name"),
    # Jeudi, M. Loukachenko doit visiter ...
    ("Loukachenko", "Jeudi, M. Loukachenko", LUK, "name"),
    ("Hô Chi Minh-Ville", None, HCMC, "name"),
    ("une usine", None, FACTORY, "nominal"),
    ("des camions biélorusses", None, TRUCKS, "nominal"),
    ("Minsk", "regagner Minsk", MINSK, "name"),
    ("son service de presse", None, PRESS_SERVICE, "nominal"),
    ("Tô Lâm", 3, TO_LAM, "name"),
    ("Biélorussie", "en Biélorussie", BELARUS, "name"),
    ("Belta", 3, BELTA, "name"),
]

PUB_DAY = "The publication day, Wednesday 11 December 2024 (inferred: see PUBLISHED_INFERRED)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", "signé mercredi"), "2024-12-11", "day", "weekday-publication-day",
     "« ont signé mercredi à Hanoï »: " + PUB_DAY),
    ("t-monday-evening", ("lundi soir", None), "2024-12-09", "day", "part-of-day",
     "« arrivé lundi soir »: the evening of the Monday before the publication day, 9 December 2024."),
    ("t-since-2019", ("depuis 2019", None), "2019", "year", "explicit-year",
     "« sa première visite au Vietnam depuis 2019 »: the year of an earlier visit that has no trigger word: "
     "attached to nothing (as « depuis 2017 » in gold)."),
    ("t-tuesday", ("mardi", None), "2024-12-10", "day", "weekday-past",
     "Pluperfect « avait été reçu mardi »: the Tuesday before the publication day, 10 December 2024."),
    ("t-wednesday-accords", ("mercredi", "paraphés mercredi"), "2024-12-11", "day", "weekday-publication-day",
     "« ont ... été paraphés mercredi »: " + PUB_DAY),
    ("t-wednesday-press", ("mercredi", "assuré mercredi"), "2024-12-11", "day", "weekday-publication-day",
     "« a assuré mercredi M. Loukachenko devant la presse »: " + PUB_DAY),
    ("t-by-summer", ("d’ici l’été", None), "2025", "year", "deadline",
     "« pourrait être signé d’ici l’été », written in December 2024: some time before the summer of 2025, so "
     "the year 2025 (a deadline gets the finest precision that is true, as « d’ici la fin juin » in gold)."),
    ("t-eve", ("La veille", None), "2024-12-10", "day", "eve-of-event",
     "« La veille » follows the paragraph on Wednesday's words: the eve of Wednesday 11 December, Tuesday 10 "
     "December 2024 (the pluperfect « avait démenti » agrees)."),
    ("t-since-2020", ("depuis 2020", None), "2020", "year", "explicit-year",
     "« Visé par des sanctions occidentales depuis 2020 »: the start of the sanctions (« depuis X » is annotated "
     "as X)."),
    ("t-march-2023", ("mars 2023", None), "2023-03", "month", "explicit-month-year",
     "Pluperfect « s’était rendu à Minsk en mars 2023 »."),
    ("t-thursday", ("Jeudi", None), "2024-12-12", "day", "weekday-future",
     "« Jeudi, M. Loukachenko doit visiter »: the Thursday after the publication day, 12 December 2024."),
    ("t-friday-13", ("vendredi 13 décembre", None), "2024-12-13", "day", "weekday-day-month",
     "« regagner Minsk vendredi 13 décembre »: an explicit weekday and date in the publication year."),
    ("t-next-year", ("l’an prochain", None), "2025", "year", "relative-year-future",
     "« se rendre en Biélorussie l’an prochain », written in 2024: 2025."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-declaration-signing", "Agreement", "Lukashenko and Tô Lâm sign a declaration in Hanoi",
          ("ont signé", None), [("participant", LUK), ("participant", TO_LAM), ("theme", DECLARATION)],
          place=HANOI, time="t-wednesday", according_to=[BELTA], part_of="e-visit",
          note="The declaration is the signing's theme (a local object with no mention: « déclaration » is the "
               "trigger of its two speech acts, as in gold/xi-belgrade-2024-05-08)."),
    event("e-upgrade", "Event", "Belarus and Vietnam raise their relations to a comprehensive strategic partnership",
          ("élevant", None), [("participant", BELARUS), ("participant", VIETNAM)], place=HANOI,
          time="t-wednesday", according_to=[BELTA],
          note="The declaration does it by being signed: occurred, on the signing's Wednesday. « leurs relations » "
               "(the two states') is not a mention."),
    event("e-defence-agreement", "Agreement", "No defence agreement between Belarus and Vietnam is concluded",
          ("conclure", None), [("participant", BELARUS), ("participant", VIETNAM)], status="negated",
          place=HANOI, time="t-wednesday", according_to=[BELTA], part_of="e-visit",
          note="« sans parvenir à conclure l’accord de défense souhaité par Minsk »: negated (as « sans parvenir à un "
               "accord » in gold). « souhaité par Minsk » is a wish, not a speech act and not a second event."),
    event("e-arrival", "Event", "Lukashenko arrived on Monday evening", ("arrivé", None), [("agent", LUK)],
          place=HANOI, time="t-monday-evening", part_of="e-visit",
          note="An apposed participle; Hanoi, where the visit's talks are held, is implied (as Beijing for the "
               "arrival in gold/loukachenko-xi-pekin-2023-03-01)."),
    event("e-visit", "Visit", "Lukashenko's visit to Vietnam, his first since 2019", ("visite", "première visite"),
          [("agent", LUK)], place=VIETNAM,
          note="No time of its own: « depuis 2019 » dates an earlier visit (no trigger word), the length is not "
               "written. « une visite qui prouve » (the Kremlin) restates it."),
    event("e-reception", "Meeting", "President Luong Cuong received Lukashenko on Tuesday", ("avait été reçu", None),
          [("agent", LUONG), ("participant", LUK)], place=HANOI, time="t-tuesday", part_of="e-visit",
          note="A pluperfect passive with its agent (a role noun and a name in apposition): the host is the agent. "
               "Hanoi is implied, as for the arrival."),
    event("e-dinner", "Banquet", "Lukashenko dines with Tô Lâm on Tuesday", ("dîner", None),
          [("participant", LUK), ("participant", TO_LAM)], place=HANOI, time="t-tuesday", part_of="e-visit",
          note="« avant de dîner avec »: after the Tuesday reception, the same day."),
    event("e-seven-accords", "Agreement", "Belarus and Vietnam initial seven cooperation agreements",
          ("paraphés", None), [("participant", BELARUS), ("participant", VIETNAM)], place=HANOI,
          time="t-wednesday-accords", according_to=[VN_MFA], part_of="e-visit",
          note="A passive with no signatories: the two states are implied (as « une quinzaine d’accords » in gold); "
               "the plural agreements are not a mention."),
    event("e-help", "Event", "Belarus to help Vietnam modernise its army", ("aider", None),
          [("agent", BELARUS), ("recipient", VIETNAM)], status="planned", according_to=[LUK],
          note="« Nous sommes prêts à aider »: a readiness promised, planned (as « est prêt à fournir » in gold)."),
    event("e-modernisation", "Event", "Vietnam modernises its army", ("moderniser", None),
          [("agent", VIETNAM), ("theme", VN_ARMY)], status="planned", according_to=[LUK],
          note="What the help is for: planned, inside Lukashenko's promise."),
    event("e-spare-parts", "Delivery", "Belarus to deliver spare parts for Vietnam's tanks", ("livraison", None),
          [("agent", BELARUS), ("recipient", VIETNAM), ("theme", SPARE_PARTS)], status="proposed",
          according_to=[VN_SOURCE],
          note="What Hanoi demands guarantees on: proposed; Belarus, the other party of the talks, is the implied "
               "supplier. « des garanties » is the demand's content, not a second event."),
    event("e-defence-agreement-later", "Agreement", "The defence agreement could be signed by the summer",
          ("signé", "être signé"), [("participant", BELARUS), ("participant", VIETNAM)], status="hypothetical",
          time="t-by-summer", according_to=[VN_SOURCE],
          note="« le texte pourrait être signé »: a later signing of the agreement not concluded on Wednesday, "
               "conditional: hypothetical. « le texte » is a document, not a mention."),
    event("e-arms-purchase", "Delivery", "Vietnam buys arms from Belarus (denied)", ("achat", None),
          [("agent", BELARUS), ("recipient", VIETNAM)], status="negated", according_to=[PHAM],
          note="« avait démenti tout projet d’achat d’armes à la Biélorussie »: denied, negated according to her. "
               "Belarus the seller (agent), Vietnam the buyer (recipient, implied by the spokeswoman); « d’armes » "
               "is not a mention (as « tout commerce d’armes » in gold)."),
    event("e-arms-sales", "Delivery", "Belarus serves as an intermediary to sell off Russian arms",
          ("écouler", None), [("agent", BELARUS), ("theme", RU_ARMS)], status="suspected", according_to=[US],
          note="« qui soupçonne Minsk de servir d’intermédiaire pour écouler des armes russes »: suspected, according "
               "to the United States. Russia is only the adjective of the arms: no role."),
    event("e-military-cooperation", "Event", "Any military cooperation between Belarus and Vietnam",
          ("coopération", "toute coopération"), [("participant", BELARUS), ("participant", VIETNAM)],
              status="hypothetical",
          according_to=[US], note="« toute coopération militaire entre les deux pays »: any such cooperation, "
                                  "hypothetical. « les deux pays » is a plural phrase, not a mention."),
    event("e-western-sanctions", "Sanction", "Western sanctions on Belarus since 2020", ("sanctions", None),
          [("agent", WEST), ("recipient", BELARUS)], time="t-since-2020",
          note="« Visé par des sanctions occidentales »: the Western countries from the adjective (a local group "
               "with no mention), the recipient « le régime biélorusse »."),
    event("e-opening", "Event", "Belarus multiplies its overtures towards Asia", ("ouvertures", None),
          [("agent", BELARUS), ("recipient", ASIA)],
          note="A present trend in the article's own voice: occurred, no time."),
    event("e-to-lam-minsk", "Visit", "Tô Lâm, then public security minister, travelled to Minsk in March 2023",
          ("s’était rendu", None), [("agent", TO_LAM)], place=MINSK, time="t-march-2023"),
    event("e-factory-visit", "Visit", "Lukashenko to visit a truck assembly plant in Ho Chi Minh City on Thursday",
          ("visiter", None), [("agent", LUK)], status="planned", place=FACTORY, time="t-thursday",
          according_to=[PRESS_SERVICE], part_of="e-visit",
          note="The visited factory is the place (as the shipyard in gold/to-lam-seoul-2025-08-11); « à Hô Chi "
               "Minh-Ville » is the city it lies in."),
    event("e-assembly", "Event", "The plant assembles Belarusian trucks", ("assemble", None),
          [("agent", FACTORY), ("theme", TRUCKS)], place=HCMC,
          note="A state in the present, as « où le groupe Samsung assemble » in gold; no time."),
    event("e-return", "Event", "Lukashenko to return to Minsk on Friday 13 December", ("regagner", None),
          [("agent", LUK)], status="planned", place=MINSK, time="t-friday-13", according_to=[PRESS_SERVICE],
          part_of="e-visit"),
    event("e-to-lam-belarus", "Visit", "Tô Lâm to travel to Belarus next year", ("se rendre", None),
          [("agent", TO_LAM)], status="planned", place=BELARUS, time="t-next-year", according_to=[BELTA],
          note="What Tô Lâm promises: planned."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-belta", "Report", "Belta reports the signing and the missing defence agreement", BELTA,
           ("a rapporté", None), [], about=["e-declaration-signing", "e-upgrade", "e-defence-agreement"],
           note="The source after the clause; no weekday of its own."),
    speech("s-declaration-belarus", "Statement", "The declaration on a « comprehensive strategic partnership » "
           "(Belarus)", BELARUS, ("déclaration", None), [("partenariat stratégique global", None)],
           time="t-wednesday", place=HANOI, about=["e-upgrade"],
           note="The quoted words are the document's: it speaks for its two signers (two speech acts, one trigger), "
                "and the one pair of guillemets goes to the first-named (Lukashenko's Belarus), as in gold."),
    speech("s-declaration-vietnam", "Statement", "The declaration on a « comprehensive strategic partnership » "
           "(Vietnam)", VIETNAM, ("déclaration", None), [], time="t-wednesday", place=HANOI, about=["e-upgrade"]),
    speech("s-vn-mfa", "Report", "Vietnam's foreign ministry reports the seven agreements", VN_MFA,
           ("selon", "selon la diplomatie"), [], about=["e-seven-accords"]),
    speech("s-lukashenko-ready", "Assurance", "Lukashenko: « We are ready to help Vietnam modernise its army »",
           LUK, ("a assuré", None), [("Nous sommes prêts à aider le Vietnam à moderniser son armée", None)],
           time="t-wednesday-press", place=HANOI, according_to=[BELTA], about=["e-help", "e-modernisation"],
           note="« devant la presse »: the press is generic, not a mention, and not an addressee."),
    speech("s-belta-quote", "Report", "Belta quotes Lukashenko", BELTA, ("cité", None), [],
           about=["s-lukashenko-ready"]),
    speech("s-source", "Report", "A Vietnamese diplomatic source on Hanoi's demand and a later signing", VN_SOURCE,
           ("Selon", "Selon une source"), [], about=["s-vietnam-demand", "e-defence-agreement-later"]),
    speech("s-vietnam-demand", "Statement", "Vietnam demanded guarantees on spare parts deliveries", VIETNAM,
           ("réclamait", None), [], according_to=[VN_SOURCE], about=["e-spare-parts"],
           note="A demand by a metonym, in the imperfect of the talks; no time is written."),
    speech("s-pham-denial", "Statement", "Pham Thu Hang denied any plan to buy arms from Belarus", PHAM,
           ("avait démenti", None), [], time="t-eve", about=["e-arms-purchase"]),
    speech("s-pham-assurance", "Assurance", "Pham Thu Hang: Vietnam's defence policy is « peaceful and independent »",
           PHAM, ("assurant", None), [("pacifique et indépendante", None)], time="t-eve",
           note="A participle with its own guillemets: a second speech act. « menait une politique » is a state, "
                "not an event."),
    speech("s-kremlin", "Statement", "The Kremlin welcomes a visit that shows Belarus « is not isolated »", KREMLIN,
           ("a salué", None), [("n’est pas isolée", None)], place=MOSCOW, according_to=[TASS], about=["e-visit"],
           note="The quote lies in a relative clause with no verb of speech (« qui prouve »): it belongs to « a salué "
                "». No weekday: no time."),
    speech("s-tass", "Report", "TASS reports the Kremlin's welcome", TASS, ("selon", "selon l’agence TASS"), [],
           about=["s-kremlin"]),
    speech("s-us-suspicion", "Statement", "Washington suspects Minsk of serving as an intermediary for Russian arms",
           US, ("soupçonne", None), [], about=["e-arms-sales"],
           note="A standing suspicion in a relative clause: no time."),
    speech("s-us-attentive", "Statement", "Washington says it is « attentive » to any military cooperation", US,
           ("s’est dit", None), [("attentif", None)], according_to=[US_SPOKES], about=["e-military-cooperation"],
           note="The United States speak through the embassy's spokesman (in according_to), as « par la voix d’un "
                "porte-parole » in gold."),
    speech("s-us-spokesperson", "Report", "A US embassy spokesperson tells AFP", US_SPOKES, ("a indiqué", None), [],
           addressee=AFP, place=HANOI, about=["s-us-attentive"],
           note="The spokesman of the embassy in Hanoi; no weekday: no time."),
    speech("s-tokyo-no-comment", "SpeechAct", "Tokyo did not comment", JAPAN, ("commenté", None), [],
           status="negated", about=["e-visit"],
           note="« n’a pas commenté »: a negated speech act (as in gold); no time is written."),
    speech("s-press-service", "Report", "Lukashenko's press service gives his programme", PRESS_SERVICE,
           ("a précisé", None), [], about=["e-factory-visit", "e-return"]),
    speech("s-to-lam-promise", "Assurance", "Tô Lâm promises to travel to Belarus next year", TO_LAM,
           ("promis", None), [], according_to=[BELTA], about=["e-to-lam-belarus"],
           note="A promise without guillemets; no weekday of its own: no time."),
    speech("s-belta-promise", "Report", "Belta reports Tô Lâm's promise", BELTA, ("selon", "selon Belta"), [],
           about=["s-to-lam-promise"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
