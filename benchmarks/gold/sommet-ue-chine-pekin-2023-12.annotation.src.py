"""Held-out annotation of sommet-ue-chine-pekin-2023-12.txt (written for the seventeenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sommet-ue-chine-pekin-2023-12.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/sommet-ue-chine-pekin-2023-12.annotation.src.py --check

From held-out set 17 (moved to gold in session 16; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-ue-chine-pekin-2023-12.txt"

PUBLISHED_INFERRED = {
    "value": "2023-12-07", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives December 2023. The foreign ministers « examineront lundi 11 décembre le paquet de "
             "sanctions » (future; 11 December 2023 is a Monday, which confirms the year), and Michel and von der "
             "Leyen « regagneront Bruxelles vendredi » (future), so the article appeared before a Friday of the "
             "week it speaks of. The EU « a exhorté jeudi » and the Kremlin « n’avait pas réagi jeudi soir » (past: "
             "a Thursday on or before publication). A weekday named without a date in news copy is a day of the "
             "current week: on or after Thursday and before the next day, Friday 8 December, leaves Thursday 7 "
             "December 2023 itself, four days before Monday 11. « la veille » (von der Leyen's warning) is "
             "Wednesday 6 December."),
}

NOTE = """\
Held-out-17 article: the EU–China summit in Beijing on Thursday 7 December 2023, where Charles Michel and Ursula \
von der Leyen are received by Xi Jinping and then hold talks with Li Qiang; the EU urges China to rebalance trade \
(von der Leyen on a deficit of nearly 400 billion euros, her warning of the eve), Michel's request that Xi use his \
influence on Moscow, the Twenty-Seven's charge that Beijing lets Chinese firms supply components to Russia and the \
proposed sanctions package; Beijing's answer (Xi through Xinhua, the spokesman Wang Wenbin), Li Qiang's promise to \
open the Chinese market to European farm products, no deal on electric cars; Washington's welcome and the \
Kremlin's silence; the return to Brussels on Friday and the foreign ministers' review of the package on Monday 11 \
December, published in December 2023 (the file gives the month; the day, Thursday 7 December, comes from past « \
jeudi » and « jeudi soir », a future « vendredi » and a future « lundi 11 décembre »: see PUBLISHED_INFERRED). The \
summit, the two meetings and the deficit follow the real summit loosely; the quotes, the eve warning, the \
Twenty-Seven's charge as worded, Li's promise, Washington's reaction, the Kremlin's silence, the Commission \
spokesman's announcement and the Friday return are invented. \
What it exercises: an organisation as the subject of an exhortation on the publication day with an infinitive \
(« L’Union européenne a exhorté jeudi la Chine à rééquilibrer des échanges commerciaux »: a Statement, China the \
addressee, the rebalancing proposed) and a passive participle quotation with no agent written (« jugés « \
intenables » »: a second speech act of the EU); a nominal summit with the city (« lors d’un sommet à Pékin »: a \
Meeting of the EU and China in Beijing on the Thursday) and an apposition restating it with « depuis 2019 » \
(attached to nothing: the 2019 summit has no trigger); an elliptical noun phrase with a pluperfect and a month \
(« Le précédent, en avril 2022, s’était tenu par visioconférence »: a Meeting; « Le précédent » restates no \
entity); two role nouns in apposition before two names as one subject of a passive reception with « d’abord » \
and « avant de » (« Le président du Conseil européen, Charles Michel, et la présidente de la Commission, Ursula \
von der Leyen, ont d’abord été reçus par Xi Jinping, avant de s’entretenir avec le Premier ministre Li Qiang »: \
two Meetings, part of the summit, Xi the agent of the first; « Conseil européen » and « Commission » inside the \
role nouns are mentions); a quote first with « Nous » for the EU and a subjunctive widening under a negated « \
pouvons accepter » (hypothetical); a pluperfect warning on « la veille » with a one-word quote after « d’ » and a \
purpose (« pour protéger son marché »: hypothetical); « Sur l’Ukraine » (a topic, no event) and an infinitive \
of speech that holds a request to « son hôte » (« a dit avoir demandé à son hôte d’user de son influence sur \
Moscou »: two speech acts of Michel, the influence proposed, Moscow Russia); a charge in the present by « Les \
Vingt-Sept » with three nested actions (« reprochent à Pékin de laisser des entreprises chinoises fournir à la \
Russie des composants utilisés sur le front »: the letting, the Delivery and the use suspected) joined by « et » \
to a subset of the firms (« plusieurs d’entre elles », with « elles » inside) and a passive proposal (« un nouveau \
paquet de sanctions proposé par la Commission »: a Sanction proposed and a Proposal of the Commission); a \
dismissal by a metonym without a quote (« Pékin a balayé ces griefs »); a quote first with two countries inside \
and predicates, sourced to an agency after the clause (« a répondu le président chinois, selon l’agence Chine \
nouvelle »: « Chine » inside the agency's name is no mention of China); a quote split around its reporting clause \
with « de son côté » and a role noun and a name in apposition, with « Nous » and « nos entreprises » for China \
(one speech act, two quotes, the second with its full stop); « Selon lui » with a one-word conditional quote (« de \
telles mesures « nuiraient » à la relation »: hypothetical); a description that is not speech (« s’est montré \
plus conciliant ») and a participle promise with an infinitive (« promettant d’ouvrir davantage le marché chinois \
aux produits agricoles européens »: an Assurance, the opening planned, China its agent); a negated agreement in \
the article's own voice (« aucun accord n’a été conclu sur les voitures électriques ») and a passive probe with \
« depuis octobre » and a metonym of the Commission (« visées depuis octobre par une enquête de Bruxelles »); a \
metonym with a relative present of pressure and an infinitive (« Washington, qui presse ses alliés de réduire \
leur dépendance envers la Chine »: proposed) and a welcome with a one-word quote; a negated reaction with a part \
of the publication day (« Le Kremlin n’avait pas réagi jeudi soir »); a planned return of two named persons on a \
future weekday to a city joined by « et » to a planned review on a future weekday with a date, both under one \
source after the clause (« a annoncé un porte-parole de la Commission »).
Places and metonyms. « Pékin » is the city of the summit (« un sommet à Pékin », Q956) and China where it is \
reproached and dismisses the charges (Q148, metonym). « Bruxelles » is the European Commission that runs the \
probe (a metonym, as in gold/xi-macron-paris-2024-05-06) and the city Michel and von der Leyen return to \
(local:brussels, kind name). « Moscou » is Russia (Q159), « Washington » the United States (Q30), « Kremlin » the \
institution (Q2060629, marked without its article, as in the bundled article).
Mentions. « Le président du Conseil européen » and « la présidente de la Commission » are role nouns in \
apposition before the names (nominal mentions), with « Conseil européen » and « Commission » inside them as \
mentions of their own (as « Kremlin » in « porte-parole du Kremlin »); « le Premier ministre Li Qiang » and « \
l’agence Chine nouvelle » have a title right before the name: only « Li Qiang » and « Chine nouvelle ». « Mme \
von der Leyen » and « M. Michel » are marked without the title. « Vingt-Sept » (the member states, a local group) \
is marked without its article, as a name; « les ministres des Affaires étrangères des Vingt-Sept » is a nominal \
mention of another local group with « Vingt-Sept » inside. « Nous » is the EU in von der Leyen's quote and China in \
Wang Wenbin's (« nos entreprises » are the Chinese firms, as « notre pays » is Japan in Kishida's quote in gold). \
« des entreprises chinoises », « plusieurs d’entre elles » (a subset: the firms the package targets, another \
group, with the pronoun « elles » for all the firms inside), « des composants », « le front », « un déficit de près \
de 400 milliards d’euros », « son marché », « le marché chinois », « produits agricoles européens » (from the \
noun after the fused « aux »), « les voitures électriques », « ses alliés » and « un porte-parole de la Commission \
» are nominal mentions of local entities. Not mentions: « la presse », « Le précédent » (the earlier summit, an \
event), « ces griefs », « de telles mesures », « la relation », « des partenaires » and « des rivaux » \
(predicates), « outils », « leur dépendance », « la diplomatie chinoise » inside the spokesman's role noun (as in \
gold/kishida-xi-san-francisco-2023-11-17), « Chine » inside « Chine nouvelle » (it only gives the agency its \
name), the possessives.
Statuses. The summit, the previous summit, the reception, the talks, the probe and the Commission's proposal are \
occurred; the rebalancing (urged), Xi's use of his influence (requested) and the allies' reduced dependence \
(pressed for) are proposed; the sanctions package is proposed (« proposé » by the Commission and still to be \
reviewed by the ministers, not adopted); the letting, the supply and the use on the front are suspected, \
according to the Twenty-Seven; the widening deficit, the protection of the market and the harm to the relation \
are hypothetical; Li's opening of the market, the return and the ministers' review are planned; the agreement on \
electric cars and the Kremlin's reaction are negated.
Times. « jeudi » is the publication day, Thursday 7 December 2023 (the exhortation, and the summit, the reception \
and the talks it dates); « jeudi soir » its evening; « la veille » the eve of the summit, Wednesday 6 December \
2023 (eve-of-event, here also the eve of publication); « depuis 2019 » the year 2019, attached to nothing; « en \
avril 2022 » April 2022; « depuis octobre » October 2023 (the probe's start, month-past); « vendredi » Friday 8 \
December 2023 (weekday-future); « lundi 11 décembre » Monday 11 December 2023. Michel's request to « son hôte » \
takes the summit's Thursday and Beijing (words to a host, as in gold/lula-pekin-2023-04-14); von der Leyen's « \
devant la presse », Michel's « a dit », the Twenty-Seven's charge, Beijing's dismissal, Xi's and Wang's words, \
Li's promise and Washington's reactions have no weekday or occasion written: no time.
Xi Jinping, China, Beijing, Ukraine, Russia, the United States and the Kremlin are linked; the European Union, \
the European Council, the European Commission, Charles Michel, Ursula von der Leyen, Li Qiang, the deficit, the \
EU market, the Twenty-Seven, the Chinese firms and the targeted subset, the components, the front, Xinhua, Wang \
Wenbin, the Chinese market, the European farm products, the electric cars, the allies, Brussels, the foreign \
ministers and the Commission spokesman are local (not in ids.tsv, or no single Wikidata item)."""

XI, CHINA, BEIJING, UKRAINE, RUSSIA, US, KREMLIN = "Q15031", "Q148", "Q956", "Q212", "Q159", "Q30", "Q2060629"
EU, EU_COUNCIL, EC = "local:european-union", "local:european-council", "local:european-commission"
MICHEL, VDL, LI = "local:charles-michel", "local:ursula-von-der-leyen", "local:li-qiang"
DEFICIT, EU_MARKET, MS = "local:eu-china-trade-deficit", "local:eu-single-market", "local:eu-member-states"
CN_FIRMS, TARGETED, COMPONENTS = "local:chinese-firms", "local:targeted-chinese-firms", "local:components"
FRONT, XINHUA, WANG = "local:ukraine-front", "local:xinhua", "local:wang-wenbin"
CN_MARKET, AGRI, CARS = "local:chinese-market", "local:european-farm-products", "local:chinese-electric-cars"
ALLIES, BRUSSELS, FMS = "local:us-allies", "local:brussels", "local:eu-foreign-ministers"
EC_SPOKES = "local:commission-spokesperson"

GROUP = "an unnamed group, not one Wikidata item"
GOODS = "an unspecified quantity of goods, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (EU, "Union européenne", "European Union", "organization",
     {"description": "aussi « l’Union » et « l’UE »", "unlinked_reason": NOT_VERIFIED}),
    (EU_COUNCIL, "Conseil européen", "European Council", "organization",
     {"description": "présidé par Charles Michel", "unlinked_reason": NOT_VERIFIED}),
    (EC, "Commission européenne", "European Commission", "organization",
     {"description": "présidée par Ursula von der Leyen; aussi « Bruxelles » (métonymie) pour l’enquête",
      "unlinked_reason": NOT_VERIFIED}),
    (MICHEL, "Charles Michel", "Charles Michel", "person",
     {"description": "président du Conseil européen", "unlinked_reason": NOT_VERIFIED}),
    (VDL, "Ursula von der Leyen", "Ursula von der Leyen", "person",
     {"description": "présidente de la Commission européenne", "unlinked_reason": NOT_VERIFIED}),
    (LI, "Li Qiang", "Li Qiang", "person",
     {"description": "Premier ministre chinois", "unlinked_reason": NOT_VERIFIED}),
    (DEFICIT, "déficit commercial de l’UE avec la Chine", "EU trade deficit with China", "other",
     {"description": "« un déficit de près de 400 milliards d’euros »",
      "unlinked_reason": "a quantity, not one Wikidata item"}),
    (EU_MARKET, "marché européen", "European market", "other",
     {"description": "« son marché », celui de l’Union", "unlinked_reason": "not among the verified Wikidata "
      "identifiers (src/newsld/data/wikidata/ids.tsv); an economic area named by a possessive"}),
    (MS, "les Vingt-Sept", "the EU's 27 member states", "group",
     {"description": "les États membres de l’Union européenne", "unlinked_reason": GROUP}),
    (CN_FIRMS, "entreprises chinoises", "Chinese firms", "group",
     {"description": "entreprises soupçonnées de fournir des composants à la Russie; « nos entreprises » pour Wang "
      "Wenbin", "unlinked_reason": GROUP}),
    (TARGETED, "entreprises chinoises visées par le paquet de sanctions", "Chinese firms in the sanctions package",
     "group", {"description": "« plusieurs d’entre elles »", "unlinked_reason": GROUP}),
    (COMPONENTS, "composants", "components", "object",
     {"description": "composants fournis à la Russie et utilisés sur le front", "unlinked_reason": GOODS}),
    (FRONT, "front en Ukraine", "front line in Ukraine", "place",
     {"description": "« le front » de la guerre en Ukraine",
      "unlinked_reason": "a moving line with no Wikidata item of its own"}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence de presse officielle chinoise", "unlinked_reason": NOT_VERIFIED}),
    (WANG, "Wang Wenbin", "Wang Wenbin", "person",
     {"description": "porte-parole de la diplomatie chinoise", "unlinked_reason": NOT_VERIFIED}),
    (CN_MARKET, "marché chinois", "Chinese market", "other",
     {"unlinked_reason": "an economic area, not one verified Wikidata item"}),
    (AGRI, "produits agricoles européens", "European farm products", "object", {"unlinked_reason": GOODS}),
    (CARS, "voitures électriques chinoises", "Chinese electric cars", "object",
     {"description": "visées par l’enquête de la Commission", "unlinked_reason": GOODS}),
    (ALLIES, "alliés des États-Unis", "allies of the United States", "group",
     {"description": "« ses alliés », ceux de Washington", "unlinked_reason": GROUP}),
    (BRUSSELS, "Bruxelles", "Brussels", "place",
     {"description": "la ville, où rentrent Charles Michel et Ursula von der Leyen", "unlinked_reason": NOT_VERIFIED}),
    (FMS, "ministres des Affaires étrangères de l’UE", "EU foreign ministers", "group",
     {"description": "les ministres des Affaires étrangères des Vingt-Sept", "unlinked_reason": GROUP}),
    (EC_SPOKES, "porte-parole de la Commission", "Commission spokesperson", "person",
     {"description": "un porte-parole de la Commission européenne que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’Union européenne a exhorté jeudi la Chine à rééquilibrer des échanges commerciaux jugés « intenables », ...
    ("Union européenne", None, EU, "name"),
    ("Chine", "exhorté jeudi la Chine", CHINA, "name"),
    ("Pékin", "sommet à Pékin", BEIJING, "name"),
    # Le président du Conseil européen, Charles Michel, et la présidente de la Commission, Ursula von der Leyen, ...
    ("Le président du Conseil européen", None, MICHEL, "nominal"),
    ("Conseil européen", None, EU_COUNCIL, "name"),
    ("Charles Michel", None, MICHEL, "name"),
    ("la présidente de la Commission", None, VDL, "nominal"),
    ("Commission", "la présidente de la Commission", EC, "name"),
    ("Ursula von der Leyen", None, VDL, "name"),
    ("Xi Jinping", None, XI, "name"),
    ("Li Qiang", "Premier ministre Li Qiang", LI, "name"),
    # « Nous ne pouvons pas accepter qu’un déficit ... », a déclaré Mme von der Leyen devant la presse. Elle ...
    ("Nous", "« Nous ne pouvons", EU, "pronoun"),
    ("un déficit de près de 400 milliards d’euros", None, DEFICIT, "nominal"),
    ("von der Leyen", "déclaré Mme von der Leyen", VDL, "name"),
    ("Elle", "Elle avait averti", VDL, "pronoun"),
    ("Union", "l’Union disposait", EU, "name"),
    ("son marché", None, EU_MARKET, "nominal"),
    # Sur l’Ukraine, M. Michel a dit avoir demandé à son hôte d’user de son influence sur Moscou.
    ("Ukraine", None, UKRAINE, "name"),
    ("Michel", "M. Michel a dit", MICHEL, "name"),
    ("son hôte", None, XI, "nominal"),
    ("Moscou", None, RUSSIA, "metonym"),
    # Les Vingt-Sept reprochent à Pékin de laisser des entreprises chinoises fournir à la Russie des composants ...
    ("Vingt-Sept", "Les Vingt-Sept", MS, "name"),
    ("Pékin", "reprochent à Pékin", CHINA, "metonym"),
    ("des entreprises chinoises", None, CN_FIRMS, "nominal"),
    ("Russie", None, RUSSIA, "name"),
    ("des composants", None, COMPONENTS, "nominal"),
    ("le front", None, FRONT, "nominal"),
    ("plusieurs d’entre elles", None, TARGETED, "nominal"),
    ("elles", "d’entre elles", CN_FIRMS, "pronoun"),
    ("Commission", "proposé par la Commission", EC, "name"),
    # Pékin a balayé ces griefs. « La Chine et l’UE doivent être des partenaires, et non des rivaux », ...
    ("Pékin", "Pékin a balayé", CHINA, "metonym"),
    ("Chine", "La Chine et l’UE", CHINA, "name"),
    ("UE", None, EU, "name"),
    ("le président chinois", None, XI, "nominal"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # « Nous nous opposons fermement, a déclaré de son côté le porte-parole ..., Wang Wenbin, à toute sanction ... »
    ("Nous", "« Nous nous opposons", CHINA, "pronoun"),
    ("le porte-parole de la diplomatie chinoise", None, WANG, "nominal"),
    ("Wang Wenbin", None, WANG, "name"),
    ("nos entreprises", None, CN_FIRMS, "nominal"),
    ("lui", "Selon lui", WANG, "pronoun"),
    # Li Qiang s’est montré plus conciliant, promettant d’ouvrir davantage le marché chinois aux produits ...
    ("Li Qiang", "Li Qiang s’est", LI, "name"),
    ("le marché chinois", None, CN_MARKET, "nominal"),
    ("produits agricoles européens", None, AGRI, "nominal"),
    ("les voitures électriques", None, CARS, "nominal"),
    ("Bruxelles", "enquête de Bruxelles", EC, "metonym"),
    # Washington, qui presse ses alliés de réduire leur dépendance envers la Chine, a salué la « fermeté » ...
    ("Washington", None, US, "metonym"),
    ("ses alliés", None, ALLIES, "nominal"),
    ("Chine", "envers la Chine", CHINA, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    # M. Michel et Mme von der Leyen regagneront Bruxelles vendredi, et les ministres des Affaires étrangères ...
    ("Michel", "M. Michel et", MICHEL, "name"),
    ("von der Leyen", "Mme von der Leyen regagneront", VDL, "name"),
    ("Bruxelles", "regagneront Bruxelles", BRUSSELS, "name"),
    ("les ministres des Affaires étrangères des Vingt-Sept", None, FMS, "nominal"),
    ("Vingt-Sept", "étrangères des Vingt-Sept", MS, "name"),
    ("un porte-parole de la Commission", None, EC_SPOKES, "nominal"),
    ("Commission", "porte-parole de la Commission", EC, "name"),
]

PUB_DAY = "the publication day, Thursday 7 December 2023 (inferred: see PUBLISHED_INFERRED)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "exhorté jeudi"), "2023-12-07", "day", "weekday-publication-day",
     "« L’Union européenne a exhorté jeudi »: " + PUB_DAY + " It dates the summit too (« lors d’un sommet »)."),
    ("t-since-2019", ("depuis 2019", None), "2019", "year", "explicit-year",
     "« le premier en personne depuis 2019 »: the year of the last summit held in person, which has no trigger of "
     "its own: attached to nothing (as « comme en 2023 » in gold)."),
    ("t-april-2022", ("en avril 2022", None), "2022-04", "month", "explicit-month-year",
     "« Le précédent, en avril 2022, s’était tenu par visioconférence »: April 2022."),
    ("t-eve", ("la veille", None), "2023-12-06", "day", "eve-of-event",
     "« Elle avait averti la veille »: the eve of the summit (Thursday 7 December), Wednesday 6 December 2023; "
     "here also the eve of publication."),
    ("t-since-october", ("depuis octobre", None), "2023-10", "month", "month-past",
     "« visées depuis octobre par une enquête de Bruxelles », written in December 2023: the probe began in "
     "October 2023 (as « depuis août » in gold)."),
    ("t-thursday-evening", ("jeudi soir", None), "2023-12-07", "day", "part-of-day",
     "« Le Kremlin n’avait pas réagi jeudi soir »: the evening of " + PUB_DAY),
    ("t-friday", ("vendredi", None), "2023-12-08", "day", "weekday-future",
     "« regagneront Bruxelles vendredi »: the Friday after the publication day, 8 December 2023."),
    ("t-monday-11", ("lundi 11 décembre", None), "2023-12-11", "day", "weekday-day-month",
     "« examineront lundi 11 décembre »: an explicit weekday and date in the publication year (11 December 2023 "
     "is a Monday)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "EU–China summit in Beijing on Thursday", ("sommet", "lors d’un sommet"),
          [("participant", EU), ("participant", CHINA)], place=BEIJING, time="t-thursday",
          note="« lors d’un sommet à Pékin »: the occasion of the exhortation, which dates it; « Pékin » is the city. "
               "« le premier en personne depuis 2019 » restates it (no new event)."),
    event("e-rebalance", "Event", "China to rebalance its trade with the EU (urged)", ("rééquilibrer", None),
          [("agent", CHINA)], status="proposed", according_to=[EU],
          note="« a exhorté ... la Chine à rééquilibrer des échanges commerciaux »: urged, proposed. The trade is "
               "not an entity (no mention)."),
    event("e-previous-summit", "Meeting", "The previous EU–China summit, held by videoconference in April 2022",
          ("s’était tenu", None), [("participant", EU), ("participant", CHINA)], time="t-april-2022",
          note="« Le précédent, en avril 2022, s’était tenu par visioconférence »: « Le précédent » is an elliptical "
               "« sommet » (an event restated, no mention); the parties are those of the summit it precedes. No place: "
               "by videoconference."),
    event("e-reception", "Meeting", "Michel and von der Leyen received by Xi Jinping", ("reçus", None),
          [("agent", XI), ("participant", MICHEL), ("participant", VDL)], place=BEIJING, time="t-thursday",
          part_of="e-summit",
          note="« ont d’abord été reçus par Xi Jinping »: a passive reception, Xi the host (agent), as in gold. It "
               "is part of the summit and takes its Thursday and Beijing (implied, as the talks in gold/"
               "sommet-ocs-astana-2024-07-04)."),
    event("e-talks-li", "Meeting", "Michel and von der Leyen hold talks with Li Qiang", ("s’entretenir", None),
          [("participant", MICHEL), ("participant", VDL), ("participant", LI)], place=BEIJING, time="t-thursday",
          part_of="e-summit",
          note="« avant de s’entretenir avec le Premier ministre Li Qiang »: after the reception, the same day and "
               "city."),
    event("e-deficit-widening", "Event", "The EU's deficit with China keeps widening", ("se creuser", None),
          [("participant", DEFICIT)], status="hypothetical", according_to=[VDL],
          note="« Nous ne pouvons pas accepter qu’un déficit ... continue de se creuser »: a subjunctive under a "
               "refusal; the going on is what she will not accept, not a fact the sentence states: hypothetical. "
               "The deficit is the only thing in it (participant, as a thing alone in an event in gold)."),
    event("e-protect-market", "Event", "The EU would protect its market with its « tools »", ("protéger", None),
          [("agent", EU), ("theme", EU_MARKET)], status="hypothetical", according_to=[VDL],
          note="« l’Union disposait d’« outils » pour protéger son marché »: a possible use of the tools, not a "
               "decision: hypothetical (as the purpose « préparer leurs troupes à l’emploi ... » in gold)."),
    event("e-influence", "Event", "Xi to use his influence on Moscow (Michel's request)", ("user", "d’user"),
          [("agent", XI), ("recipient", RUSSIA)], status="proposed", according_to=[MICHEL],
          note="« demandé à son hôte d’user de son influence sur Moscou »: requested, proposed; the one asked is Xi (« "
               "son hôte »), « Moscou » Russia, on which the influence bears."),
    event("e-let-supply", "Event", "Beijing lets Chinese firms supply Russia (the Twenty-Seven's charge)",
          ("laisser", None), [("agent", CHINA), ("participant", CN_FIRMS)], status="suspected",
          according_to=[MS],
          note="« reprochent à Pékin de laisser des entreprises chinoises fournir ... »: a charge, suspected (as « "
               "accuse Pékin d’aider » in gold)."),
    event("e-supply", "Delivery", "Chinese firms supply components to Russia (the Twenty-Seven's charge)",
          ("fournir", None), [("agent", CN_FIRMS), ("recipient", RUSSIA), ("theme", COMPONENTS)],
          status="suspected", according_to=[MS],
          note="The supply the charge is about: suspected, the firms the sender, Russia the receiver."),
    event("e-use-front", "Event", "Components used on the front (the Twenty-Seven's charge)", ("utilisés", None),
          [("agent", RUSSIA), ("theme", COMPONENTS)], status="suspected", place=FRONT, according_to=[MS],
          note="« des composants utilisés sur le front »: a passive participle with no agent written; Russia, the "
               "receiver, is the user by implication. Part of the same charge: suspected."),
    event("e-sanctions-package", "Sanction", "A new EU sanctions package targeting several of the Chinese firms",
          ("sanctions", "paquet de sanctions proposé"), [("agent", EU), ("recipient", TARGETED)],
          status="proposed",
          note="« plusieurs d’entre elles figurent dans un nouveau paquet de sanctions proposé par la Commission »: "
               "proposed, not adopted (the ministers will review it on Monday 11 December). The EU, whose package it "
               "is, is the agent. « figurent » is a state, no event. « le paquet de sanctions » in the last "
               "paragraph, « toute sanction unilatérale visant nos entreprises » and « de telles mesures » restate "
               "it."),
    event("e-commission-proposal", "Proposal", "The Commission proposed the sanctions package", ("proposé", None),
          [("agent", EC)],
          note="« proposé par la Commission »: the proposal itself took place (occurred); to whom is not written. No "
               "time written."),
    event("e-harm", "Event", "The sanctions would harm the EU–China relation (Wang Wenbin)", ("nuiraient", None),
          [("participant", EU), ("participant", CHINA)], status="hypothetical", according_to=[WANG],
          note="« de telles mesures « nuiraient » à la relation »: a conditional consequence, hypothetical. Its "
               "subject restates the package (an event); « la relation » is that of the EU and China, who are its "
               "participants by implication."),
    event("e-open-market", "Event", "China to open its market further to European farm products (Li's promise)",
          ("ouvrir", None), [("agent", CHINA), ("theme", CN_MARKET), ("participant", AGRI)], status="planned",
          according_to=[LI],
          note="« promettant d’ouvrir davantage le marché chinois aux produits agricoles européens »: a promise, "
               "planned (as « lui a promis de nouvelles livraisons » in gold). The state opens its market: China as "
               "agent, as the states of infinitives in gold/satellite-nord-coreen-2023-11."),
    event("e-no-agreement", "Agreement", "No agreement reached on electric cars", ("accord", None),
          [("participant", EU), ("participant", CHINA), ("theme", CARS)], status="negated", part_of="e-summit",
          note="« Mais aucun accord n’a été conclu sur les voitures électriques »: negated, in the article's own "
               "voice (as « aucune initiative commune n’a été annoncée » in gold); the parties are those of the "
               "summit, implied; no time of its own written."),
    event("e-probe", "Event", "The European Commission's probe into Chinese electric cars, since October",
          ("enquête", None), [("agent", EC), ("theme", CARS)], time="t-since-october",
          note="« visées depuis octobre par une enquête de Bruxelles »: « Bruxelles » is the Commission (a metonym, as "
               "in gold/xi-macron-paris-2024-05-06); occurred, ongoing since October 2023."),
    event("e-reduce-dependence", "Event", "US allies to reduce their dependence on China (urged by Washington)",
          ("réduire", None), [("agent", ALLIES), ("participant", CHINA)], status="proposed", according_to=[US],
          note="« qui presse ses alliés de réduire leur dépendance envers la Chine »: pressed for, proposed."),
    event("e-return", "Event", "Michel and von der Leyen to return to Brussels on Friday", ("regagneront", None),
          [("agent", MICHEL), ("agent", VDL)], status="planned", place=BRUSSELS, time="t-friday",
          according_to=[EC_SPOKES],
          note="« M. Michel et Mme von der Leyen regagneront Bruxelles vendredi »: a future, planned; the city is the "
               "destination and the place (as « doit regagner Berlin mercredi » in gold). The source after the "
               "sentence covers both coordinated clauses."),
    event("e-ministers-review", "Event", "EU foreign ministers to review the sanctions package on Monday 11 "
          "December", ("examineront", None), [("agent", FMS)], status="planned", time="t-monday-11",
          according_to=[EC_SPOKES],
          note="« les ministres des Affaires étrangères des Vingt-Sept examineront lundi 11 décembre le paquet de "
               "sanctions »: planned; the package is an event (restated), not a theme entity; no place written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-eu-exhort", "Statement", "The EU urges China to rebalance trade", EU, ("a exhorté", None), [],
           addressee=CHINA, time="t-thursday", place=BEIJING, about=["e-rebalance"],
           note="« L’Union européenne a exhorté jeudi la Chine à rééquilibrer ... lors d’un sommet à Pékin »: the "
                "EU as speaker (its leaders are named in the next sentence), China the addressee."),
    speech("s-eu-untenable", "Statement", "The EU judges the trade « untenable »", EU, ("jugés", None),
           [("intenables", None)], time="t-thursday", place=BEIJING, about=["e-rebalance"],
           note="« des échanges commerciaux jugés « intenables » »: a passive quotation with no agent written; the "
                "judgement is the exhorting EU's (as « présenté par le régime comme « l’arme ultime » » in gold), "
                "part of the same occasion, so the same Thursday and Beijing."),
    speech("s-vdl-deficit", "Statement", "Von der Leyen: we cannot accept a deficit of nearly 400 billion euros "
           "that keeps widening", VDL, ("a déclaré", "a déclaré Mme"),
           [("Nous ne pouvons pas accepter qu’un déficit de près de 400 milliards d’euros continue de se creuser",
             None)], about=["e-deficit-widening"],
           note="A quote first; « Nous » is the EU she speaks for. « devant la presse » is no occasion with a day: "
                "no time (as in gold/xi-macron-paris-2024-05-06)."),
    speech("s-vdl-warning", "Warning", "Von der Leyen warned on the eve that the EU has « tools » to protect its "
           "market", VDL, ("avait averti", None), [("outils", None)], time="t-eve",
           about=["e-protect-market"],
           note="« Elle avait averti la veille que l’Union disposait d’« outils » »: a pluperfect warning on the eve "
                "of the summit; the one-word quote sits inside the completive. No addressee or place written."),
    speech("s-michel-said", "Statement", "Michel says he asked Xi to use his influence on Moscow", MICHEL,
           ("a dit", None), [], about=["s-michel-request"],
           note="« M. Michel a dit avoir demandé ... »: the statement (no quote, no weekday) that carries the "
                "request, as « a affirmé avoir fait part » in gold/blinken-pekin-2024-04-26."),
    speech("s-michel-request", "Statement", "Michel asked Xi to use his influence on Moscow", MICHEL,
           ("demandé", None), [], addressee=XI, time="t-thursday", place=BEIJING, about=["e-influence"],
           note="« avoir demandé à son hôte »: words to the host at the summit, so its Thursday and Beijing (as the "
                "words « devant son hôte » in gold/lula-pekin-2023-04-14)."),
    speech("s-27-charge", "Statement", "The Twenty-Seven reproach Beijing for letting Chinese firms supply Russia",
           MS, ("reprochent", None), [], addressee=CHINA,
           about=["e-let-supply", "e-supply", "e-use-front"],
           note="« Les Vingt-Sept reprochent à Pékin de laisser ... »: a charge in the present, no quote, no time; « "
                "à Pékin » (China) is the one reproached, the addressee of « reprocher à »."),
    speech("s-china-dismiss", "Statement", "Beijing dismisses the European grievances", CHINA,
           ("a balayé", None), [], about=["s-27-charge", "s-eu-exhort"],
           note="« Pékin a balayé ces griefs »: China's answer without a quote; « ces griefs » restates the EU's "
                "exhortation and the Twenty-Seven's charge (no mention)."),
    speech("s-xi-partners", "Statement", "Xi: China and the EU must be partners, not rivals", XI,
           ("a répondu", None), [("La Chine et l’UE doivent être des partenaires, et non des rivaux", None)],
           according_to=[XINHUA], about=["s-eu-exhort"],
           note="A quote first; « des partenaires » and « des rivaux » are predicates (no event, no mention). No "
                "weekday or occasion written: no time."),
    speech("s-xinhua", "Report", "Xinhua reports Xi's answer", XINHUA, ("selon", "selon l’agence"), [],
           about=["s-xi-partners"],
           note="« selon l’agence Chine nouvelle »: the title before the name is part of its phrase."),
    speech("s-wang-oppose", "Statement", "Wang Wenbin: we firmly oppose any unilateral sanction targeting our "
           "firms", WANG, ("a déclaré", "a déclaré de son côté"),
           [("Nous nous opposons fermement", None),
            ("à toute sanction unilatérale visant nos entreprises.", None)],
           evidence=("« Nous nous opposons", "entreprises. »"), about=["e-sanctions-package"],
           note="One pair of guillemets split around « a déclaré de son côté le porte-parole de la diplomatie "
                "chinoise, Wang Wenbin, »: one speech act, two quotes, the second with its full stop. « Nous » is "
                "China; « toute sanction unilatérale visant nos entreprises » is taken as the proposed package, "
                "not a new event."),
    speech("s-wang-harm", "Statement", "Wang Wenbin: such measures « would harm » the relation", WANG,
           ("Selon", "Selon lui"), [("nuiraient", None)], about=["e-harm", "e-sanctions-package"],
           note="« Selon lui, de telles mesures « nuiraient » à la relation »: « lui » is Wang Wenbin, the last "
                "speaker."),
    speech("s-li-promise", "Assurance", "Li Qiang promises to open the Chinese market further to European farm "
           "products", LI, ("promettant", None), [], about=["e-open-market"],
           note="A participle of promise after « s’est montré plus conciliant » (a description, not a speech act, as "
                "« s’est montré ouvert » in gold). No addressee or time written."),
    speech("s-us-press", "Statement", "Washington presses its allies to reduce their dependence on China", US,
           ("presse", "qui presse"), [], addressee=ALLIES, about=["e-reduce-dependence"],
           note="« Washington, qui presse ses alliés de réduire ... »: a standing call in the present, no time."),
    speech("s-us-welcome", "Statement", "Washington welcomes the European « firmness »", US, ("a salué", None),
           [("fermeté", None)], about=["s-eu-exhort", "s-27-charge"],
           note="« a salué la « fermeté » européenne »: « Washington » is the United States (a metonym). No time."),
    speech("s-kremlin-silence", "Statement", "The Kremlin had not reacted by Thursday evening", KREMLIN,
           ("réagi", None), [], status="negated", time="t-thursday-evening",
           about=["s-27-charge", "s-michel-request"],
           note="« Le Kremlin n’avait pas réagi jeudi soir »: a negated speech act of the institution (as « Le "
                "Kremlin n’avait pas réagi mercredi en fin de journée » in gold/satellite-nord-coreen-2023-11)."),
    speech("s-ec-spokes", "Report", "A Commission spokesman announces the return and the ministers' review",
           EC_SPOKES, ("a annoncé", None), [], about=["e-return", "e-ministers-review"],
           note="« a annoncé un porte-parole de la Commission » after the sentence: the source of both coordinated "
                "clauses. No time written."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
