"""Held-out annotation of macron-pekin-2023-04-06.txt (written for the twenty-sixth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/heldout/macron-pekin-2023-04-06.annotation.src.py
    python tools/annotate_offsets.py benchmarks/heldout/macron-pekin-2023-04-06.annotation.src.py --check

Held-out set 26: never tune extraction rules on this article (see benchmarks/heldout/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "macron-pekin-2023-04-06.txt"

NOTE = """\
Held-out-26 article: on Thursday 6 April 2023 in Beijing, on the second day of a state visit to China he makes with \
the president of the European Commission Ursula von der Leyen, Emmanuel Macron urges Xi Jinping to « bring Russia \
back to reason » and says he counts on him to bring everyone back to the negotiating table, in front of his host, \
who had welcomed him that morning at the Great Hall of the People; Xi says he is willing to work with France towards \
a « political solution », without condemning the Russian invasion, and might soon talk with Volodymyr Zelensky (the \
Élysée); earlier that day, at a three-way meeting, von der Leyen had warned Beijing that any arms delivery to Moscow \
would « considerably harm » EU–China relations, and she also judges trade with China « unbalanced », denouncing « \
unfair » subsidies; in the afternoon the Chinese foreign ministry's spokeswoman Mao Ning retorts that China never \
supplied lethal arms to either party and accuses Washington of « fanning the conflict » by delivering arms to Kyiv; \
Airbus announces an order for 160 aircraft by the Chinese state purchasing agency CAS and the opening of a second \
assembly line in Tianjin; some twenty other contracts are signed (the French presidency); the day before, the \
Kremlin's spokesman Dmitry Peskov had said China has a real mediation potential while warning that Moscow would \
press on with its offensive; Xi had gone to Moscow in March and called Vladimir Putin a « dear friend »; on Friday \
Macron is to go to Canton (Guangzhou) to meet students before an informal dinner with Xi, while von der Leyen \
returns to Brussels on Thursday evening. Published Thursday 6 April 2023 (the file gives the day). The visit, the \
Beijing talks, the three-way meeting, the « ramener la Russie à la raison » call, the Airbus order and Tianjin line, \
Xi's March trip to Moscow and the Canton leg follow the real events loosely; the exact wording of most quotes, Mao \
Ning's retort and accusation, the count of contracts, Peskov's words and their day, the Élysée's remark on a \
Xi–Zelensky call and von der Leyen's same-day return are invented or simplified.
What it exercises: an exhortation on the publication day in a city with a title right before the addressee's name \
and a quoted infinitive (« Emmanuel Macron a exhorté jeudi à Pékin le président chinois Xi Jinping à « ramener la \
Russie à la raison » »: a Statement, the bringing back proposed, Russia its recipient inside the quote), « au \
deuxième jour d’une visite d’État en Chine » (the visit, under way, with no time of its own) and a relative present \
with a companion (« qu’il effectue avec la présidente de la Commission européenne, Ursula von der Leyen »: she is a \
participant); a quote first with « Je » and « vous » under « a déclaré le chef de l’État français devant son hôte » \
(the words of the lede's talks: Thursday, Beijing) and a relative pluperfect reception with an elided object clitic \
and a part of the day at a named palace (« qui l’avait accueilli dans la matinée au Palais du peuple »); a readiness \
with a capital for its state and a quoted noun phrase (« s’est dit disposé à travailler avec Paris à une « solution \
politique » »: the work proposed) and a negated speech act (« sans toutefois condamner l’invasion russe »); a \
conditional meeting with a vague future and a role noun and a name in apposition, sourced after the clause to a \
palace metonym (« Il pourrait s’entretenir prochainement avec le président ukrainien, Volodymyr Zelensky, a indiqué \
l’Élysée »); a fronted « Plus tôt dans la journée » and a nominal three-way meeting (« lors d’une réunion à trois ») \
with a pluperfect warning to a metonym whose content is a conditional with a quantified nominal delivery to another \
metonym (« avait averti Pékin que toute livraison d’armes à Moscou « nuirait considérablement » aux relations entre \
l’Union européenne et la Chine »: the delivery and the harm hypothetical); « Elle a également jugé « déséquilibrés » \
» with a role noun for a state (« la deuxième économie mondiale ») and a participle with its own quoted adjective (« \
dénonçant des subventions « déloyales » »: two speech acts); a whole-sentence quote first with a negated delivery and \
a quantified recipient under « a rétorqué dans l’après-midi » with a role noun and a name in apposition (« la \
porte-parole de la diplomatie chinoise, Mao Ning »: « la diplomatie chinoise » inside the title is no mention), then \
a pronoun's accusation of a metonym with an elided quoted infinitive and a gerund (« Elle a accusé Washington d’« \
attiser le conflit » en livrant des armes à Kiev »: both suspected); a company with a title before its name \
announcing a nominal order by an agency with a title before its name and a nominal planned opening in a city (« \
L’avionneur européen Airbus a annoncé la commande de 160 appareils par la centrale d’achat publique chinoise CAS, \
ainsi que l’ouverture d’une deuxième chaîne d’assemblage à Tianjin »); a passive signing with no agent sourced \
after the clause (« Une vingtaine d’autres contrats ont été signés, selon la présidence française »); a quote first \
with a hypothetical capacity under a pluperfect « avait estimé la veille » with a role noun holding the Kremlin and \
a name in apposition, and a participle warning with a future in the past over a possessive nominal of the invasion \
(« tout en prévenant que Moscou poursuivrait son offensive »: planned); a pluperfect trip « en mars » to a city with \
a relative qualification by a quoted noun phrase of a role noun and a name in apposition (« où il avait qualifié \
son homologue russe, Vladimir Poutine, de « cher ami » »); a fronted future weekday with a planned trip to a city \
with its region in apposition and a relative future meeting before a nominal dinner (« Vendredi, Emmanuel Macron \
doit gagner Canton, dans le sud de la Chine, où il rencontrera des étudiants avant un dîner informel avec Xi \
Jinping »); a future return with « Mme » before the name, « quant à elle » and « dès jeudi soir » (the publication \
day's evening).
Places and metonyms. « Pékin » is the city (Q956, name) in « jeudi à Pékin » and China (Q148, metonym) in « averti \
Pékin »; « Moscou » is Russia (Q159, metonym) in « livraison d’armes à Moscou » and « Moscou poursuivrait », and the \
city (Q649, name) in « rendu en mars à Moscou »; « Paris » is France (local, metonym), « Washington » the United \
States (Q30, metonym), « Kiev » Ukraine (Q212, metonym); « l’Élysée » is the French presidency (local, metonym) and \
« la présidence française » the same institution (nominal); « Kremlin » inside « le porte-parole du Kremlin » is \
Q2060629 (metonym). « Palais du peuple » (the Great Hall of the People), Tianjin, Canton and Bruxelles are places \
(local, names). The three-way meeting has no place written: Beijing, the city of the day. « le sud de la Chine » \
gives only the mention « Chine » (no role).
Mentions. Macron is « Emmanuel Macron » (twice), « il » (« qu’il effectue », « où il rencontrera »), « Je » in his \
quote and « le chef de l’État français »; Xi is « Xi Jinping » (twice; « le président chinois » before it is part of \
its phrase), « vous » in Macron's quote, « son hôte », « Le numéro un chinois », « Il » (« Il pourrait »), « Le \
président chinois » (« Le président chinois s’était rendu ») and « il » (« où il avait qualifié »); von der Leyen is \
« la présidente de la Commission européenne » (with « Commission européenne » inside it), « Ursula von der Leyen » \
(twice), « Elle » (« Elle a également »), « von der Leyen » (after « Mme ») and « elle » (« quant à elle »); Mao \
Ning is « la porte-parole de la diplomatie chinoise », « Mao Ning » and « Elle » (« Elle a accusé »); Peskov is « le \
porte-parole du Kremlin » and « Dmitri Peskov »; Putin is « son homologue russe » and « Vladimir Poutine »; Zelensky \
is « le président ukrainien » and « Volodymyr Zelensky ». The invasion (Q110999040) is « l’invasion russe », « le \
conflit » (inside Mao's quote) and « son offensive ». China is also « Chine » (five times: « en Chine », « et la \
Chine », twice inside quotes, « de la Chine ») and « la deuxième économie mondiale »; the EU is « Union européenne ». \
Things events take as theme are mentions (« 160 appareils », « une deuxième chaîne d’assemblage », « Une vingtaine \
d’autres contrats »); « des étudiants » is a group. « Airbus » and « CAS » are names, their titles before them part \
of their phrases. Not mentions: « l’ » in « l’avait accueilli » (an elided object clitic); « tout le monde » \
(quantified, no referent); « d’armes », « d’armes létales » and « des armes » (generic); « aucune des parties » \
(quantified); « les relations », « les échanges », « des subventions » (no referent, no actor written); « la \
diplomatie chinoise » and « l’État français » (inside titles); « une « solution politique » », « un réel potentiel \
de médiation » (quoted or abstract objects, not entities); « le sud de la Chine » beyond « Chine ».
Statuses. The visit, the reception, the three-way meeting, the Airbus order, the other contracts and Xi's March trip \
are occurred; the bringing of Russia back to reason, the return to the negotiating table and the work with France \
are proposed; the opening of the Tianjin line, the pressing on with the offensive (a future in the past in Peskov's \
warning), the Canton trip, the meeting with students, the dinner and von der Leyen's return are planned; the Xi–\
Zelensky talk, any arms delivery to Russia, the harm to relations and China's mediation are hypothetical; China's \
supply of lethal arms is negated (Mao's retort); the fanning of the conflict and the US arms deliveries to Ukraine \
are suspected (Mao's accusation); Xi's condemnation of the invasion is a negated speech act.
Times. « jeudi » (« a exhorté jeudi ») is the publication day, Thursday 6 April 2023, the day of the exhortation and \
of the talks' words; « dans la matinée », « Plus tôt dans la journée » and « dans l’après-midi » are parts of it \
(the reception, the three-way meeting and von der Leyen's words there, Mao Ning's retort); « prochainement » is a \
vague future; « la veille » is Wednesday 5 April 2023 (the eve of the Thursday the article is about, which is also \
the eve of publication); « en mars » March 2023; « Vendredi » Friday 7 April 2023; « jeudi soir » the evening of \
Thursday 6 April 2023. The visit (which began on Wednesday 5 April, « au deuxième jour ») is given no time (it spans \
several days; « au deuxième jour » is not annotated as a time). Xi's readiness and his non-condemnation, the \
Élysée's remark, Mao's accusation, Airbus's announcement and the presidency's report have no time word of their \
own: no time.
Linked: Xi Jinping (Q15031), China (Q148), Beijing (Q956), Russia (Q159), Ukraine (Q212), the invasion \
(Q110999040), the United States (Q30), Dmitry Peskov (Q4359688), the Kremlin (Q2060629), Moscow (Q649), Vladimir \
Putin (Q7747). Unlinked (not in ids.tsv): Emmanuel Macron, Ursula von der Leyen, the European Commission, the Great \
Hall of the People, France, Volodymyr Zelensky, the French presidency, the European Union, Mao Ning, Airbus, the 160 \
aircraft, CAS, the second assembly line, Tianjin, the other contracts, Canton, the students and Brussels."""

XI, CHINA, BEIJING, RUSSIA, UKRAINE, INVASION = "Q15031", "Q148", "Q956", "Q159", "Q212", "Q110999040"
US, PESKOV, KREMLIN, MOSCOW, PUTIN = "Q30", "Q4359688", "Q2060629", "Q649", "Q7747"
MACRON, VDL, EC, GREAT_HALL = "local:emmanuel-macron", "local:ursula-von-der-leyen", "local:european-commission", \
    "local:great-hall-of-the-people"
FRANCE, ZELENSKY, PRESIDENCY, EU = "local:france", "local:volodymyr-zelensky", "local:french-presidency", \
    "local:european-union"
MAO, AIRBUS, AIRCRAFT, CAS = "local:mao-ning", "local:airbus", "local:airbus-aircraft-160", \
    "local:china-aviation-supplies"
LINE, TIANJIN, CONTRACTS = "local:tianjin-assembly-line-2", "local:tianjin", "local:franco-chinese-contracts"
CANTON, STUDENTS, BRUSSELS = "local:canton", "local:canton-students", "local:brussels"

DESCRIPTIONS = {
    CHINA: "aussi désignée par « Pékin » (métonymie) et « la deuxième économie mondiale »",
    RUSSIA: "aussi désignée par « Moscou » (métonymie)",
    US: "désignés par « Washington » (métonymie)",
    UKRAINE: "désignée par « Kiev » (métonymie)",
    INVASION: "« l’invasion russe », « le conflit » (citation de Mao Ning) et « son offensive » (Peskov)",
    KREMLIN: "l’institution que désigne « porte-parole du Kremlin »",
}

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MACRON, "Emmanuel Macron", "Emmanuel Macron", "person",
     {"description": "président de la République française", "unlinked_reason": NOT_VERIFIED}),
    (VDL, "Ursula von der Leyen", "Ursula von der Leyen", "person",
     {"description": "présidente de la Commission européenne", "unlinked_reason": NOT_VERIFIED}),
    (EC, "Commission européenne", "European Commission", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (GREAT_HALL, "Palais du peuple", "Great Hall of the People", "place",
     {"description": "le Grand Palais du peuple, à Pékin, où Xi Jinping accueille Emmanuel Macron",
      "unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country",
     {"description": "désignée par « Paris » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence de la République française", "French presidency", "organization",
     {"description": "désignée par « l’Élysée » (métonymie) et « la présidence française »",
      "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (MAO, "Mao Ning", "Mao Ning", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (AIRBUS, "Airbus", "Airbus", "organization",
     {"description": "avionneur européen", "unlinked_reason": NOT_VERIFIED}),
    (AIRCRAFT, "160 appareils Airbus", "160 Airbus aircraft", "object",
     {"description": "les avions commandés par la centrale d’achat CAS", "class_qid": "Q11436",
      "unlinked_reason": "an unspecified set of aircraft, not one Wikidata item"}),
    (CAS, "CAS", "China Aviation Supplies Holding", "organization",
     {"description": "centrale d’achat publique chinoise d’avions", "unlinked_reason": NOT_VERIFIED}),
    (LINE, "deuxième chaîne d’assemblage d’Airbus à Tianjin", "Airbus's second final assembly line in Tianjin",
     "object", {"unlinked_reason": "a planned facility with no Wikidata item"}),
    (TIANJIN, "Tianjin", "Tianjin", "place", {"class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (CONTRACTS, "contrats franco-chinois d’avril 2023", "Franco-Chinese contracts of April 2023", "other",
     {"description": "une vingtaine de contrats signés pendant la visite, outre ceux d’Airbus",
      "unlinked_reason": "several unnamed documents, not one Wikidata item"}),
    (CANTON, "Canton", "Guangzhou", "place",
     {"description": "ville du sud de la Chine (Guangzhou)", "class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (STUDENTS, "étudiants de Canton", "students in Guangzhou", "group", {"unlinked_reason": NOT_GROUP}),
    (BRUSSELS, "Bruxelles", "Brussels", "place",
     {"description": "siège de la Commission européenne", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Emmanuel Macron a exhorté jeudi à Pékin le président chinois Xi Jinping à « ramener la Russie à la raison », ...
    ("Emmanuel Macron", 1, MACRON, "name"),
    ("Pékin", "jeudi à Pékin", BEIJING, "name"),
    ("Xi Jinping", 1, XI, "name"),
    ("Russie", "ramener la Russie", RUSSIA, "name"),
    ("Chine", "visite d’État en Chine", CHINA, "name"),
    ("il", "qu’il effectue", MACRON, "pronoun"),
    ("la présidente de la Commission européenne", None, VDL, "nominal"),
    ("Commission européenne", None, EC, "name"),
    ("Ursula von der Leyen", 1, VDL, "name"),
    # « Je sais pouvoir compter sur vous ... », a déclaré le chef de l’État français devant son hôte, qui l’avait ...
    ("Je", "« Je sais", MACRON, "pronoun"),
    ("vous", "compter sur vous", XI, "pronoun"),
    ("le chef de l’État français", None, MACRON, "nominal"),
    ("son hôte", None, XI, "nominal"),
    ("Palais du peuple", None, GREAT_HALL, "name"),
    # Le numéro un chinois s’est dit disposé à travailler avec Paris à une « solution politique », sans toutefois ...
    ("Le numéro un chinois", None, XI, "nominal"),
    ("Paris", None, FRANCE, "metonym"),
    ("l’invasion russe", None, INVASION, "nominal"),
    # Il pourrait s’entretenir prochainement avec le président ukrainien, Volodymyr Zelensky, a indiqué l’Élysée.
    ("Il", "Il pourrait", XI, "pronoun"),
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Élysée", None, PRESIDENCY, "metonym"),
    # Plus tôt dans la journée, lors d’une réunion à trois, Ursula von der Leyen avait averti Pékin que ...
    ("Ursula von der Leyen", 2, VDL, "name"),
    ("Pékin", "averti Pékin", CHINA, "metonym"),
    ("Moscou", "d’armes à Moscou", RUSSIA, "metonym"),
    ("Union européenne", None, EU, "name"),
    ("Chine", "et la Chine", CHINA, "name"),
    # Elle a également jugé « déséquilibrés » les échanges avec la deuxième économie mondiale, dénonçant ...
    ("Elle", "Elle a également", VDL, "pronoun"),
    ("la deuxième économie mondiale", None, CHINA, "nominal"),
    # « La Chine n’a jamais fourni ... », a rétorqué dans l’après-midi la porte-parole de la diplomatie chinoise, ...
    ("Chine", "« La Chine n’a", CHINA, "name"),
    ("la porte-parole de la diplomatie chinoise", None, MAO, "nominal"),
    ("Mao Ning", None, MAO, "name"),
    # Elle a accusé Washington d’« attiser le conflit » en livrant des armes à Kiev.
    ("Elle", "Elle a accusé", MAO, "pronoun"),
    ("Washington", None, US, "metonym"),
    ("le conflit", None, INVASION, "nominal"),
    ("Kiev", None, UKRAINE, "metonym"),
    # L’avionneur européen Airbus a annoncé la commande de 160 appareils par la centrale d’achat ... CAS, ...
    ("Airbus", None, AIRBUS, "name"),
    ("160 appareils", None, AIRCRAFT, "nominal"),
    ("CAS", None, CAS, "name"),
    ("une deuxième chaîne d’assemblage", None, LINE, "nominal"),
    ("Tianjin", None, TIANJIN, "name"),
    # Une vingtaine d’autres contrats ont été signés, selon la présidence française.
    ("Une vingtaine d’autres contrats", None, CONTRACTS, "nominal"),
    ("la présidence française", None, PRESIDENCY, "nominal"),
    # « La Chine dispose ... », avait estimé la veille le porte-parole du Kremlin, Dmitri Peskov, tout en ...
    ("Chine", "« La Chine dispose", CHINA, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Moscou", "que Moscou poursuivrait", RUSSIA, "metonym"),
    ("son offensive", None, INVASION, "nominal"),
    # Le président chinois s’était rendu en mars à Moscou, où il avait qualifié son homologue russe, ...
    ("Le président chinois", None, XI, "nominal"),
    ("Moscou", "en mars à Moscou", MOSCOW, "name"),
    ("il", "où il avait", XI, "pronoun"),
    ("son homologue russe", None, PUTIN, "nominal"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    # Vendredi, Emmanuel Macron doit gagner Canton, dans le sud de la Chine, où il rencontrera des étudiants ...
    ("Emmanuel Macron", 2, MACRON, "name"),
    ("Canton", None, CANTON, "name"),
    ("Chine", "le sud de la Chine", CHINA, "name"),
    ("il", "où il rencontrera", MACRON, "pronoun"),
    ("des étudiants", None, STUDENTS, "nominal"),
    ("Xi Jinping", 2, XI, "name"),
    # Mme von der Leyen regagnera quant à elle Bruxelles dès jeudi soir.
    ("von der Leyen", "Mme von der Leyen", VDL, "name"),
    ("elle", "quant à elle", VDL, "pronoun"),
    ("Bruxelles", None, BRUSSELS, "name"),
]

PUB_DAY = "The publication day, Thursday 6 April 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "exhorté jeudi"), "2023-04-06", "day", "weekday-publication-day",
     "« a exhorté jeudi à Pékin » in an article of Thursday 6 April 2023: that same day. " + PUB_DAY),
    ("t-morning", ("dans la matinée", None), "2023-04-06", "day", "part-of-day",
     "« qui l’avait accueilli dans la matinée »: the morning of the lede's Thursday. " + PUB_DAY),
    ("t-soon", ("prochainement", None), None, "vague", "vague-future",
     "« Il pourrait s’entretenir prochainement »: soon, after publication; no date can be given."),
    ("t-earlier-today", ("Plus tôt dans la journée", None), "2023-04-06", "day", "part-of-day",
     "« Plus tôt dans la journée »: earlier on the Thursday of the talks (as in "
     "gold/zelensky-washington-2023-12-12). " + PUB_DAY),
    ("t-afternoon", ("dans l’après-midi", None), "2023-04-06", "day", "part-of-day",
     "« a rétorqué dans l’après-midi »: the afternoon of the Thursday the article is about. " + PUB_DAY),
    ("t-eve", ("la veille", None), "2023-04-05", "day", "eve-of-event",
     "« avait estimé la veille »: the eve of the Thursday the article tells (the exhortation and the talks), "
     "which is also the eve of publication: Wednesday 5 April 2023."),
    ("t-march", ("en mars", None), "2023-03", "month", "month-past",
     "Pluperfect « s’était rendu en mars à Moscou », written in April 2023: March 2023."),
    ("t-friday", ("Vendredi", None), "2023-04-07", "day", "weekday-future",
     "Planned « Vendredi, Emmanuel Macron doit gagner Canton »: the Friday after the publication day, 7 April 2023."),
    ("t-thursday-evening", ("jeudi soir", None), "2023-04-06", "day", "part-of-day",
     "« regagnera ... dès jeudi soir »: the evening of the publication day (a future within the same day). "
     + PUB_DAY),
]

LEDE = ("Emmanuel Macron a exhorté", "Ursula von der Leyen.")
P2 = ("« Je sais pouvoir", "au Palais du peuple.")

EVENTS: list[dict[str, Any]] = [
    event("e-state-visit", "Visit", "Emmanuel Macron's state visit to China, with Ursula von der Leyen",
          ("visite", None), [("agent", MACRON), ("participant", VDL)], place=CHINA, evidence=LEDE,
          note="« au deuxième jour d’une visite d’État en Chine qu’il effectue avec la présidente de la Commission "
               "européenne »: under way, occurred. Von der Leyen comes along (« avec »): a participant. The visit "
               "spans several days (it began on Wednesday 5 April, as « au deuxième jour » implies): no time; « au "
               "deuxième jour » is not annotated as a time."),
    event("e-russia-reason", "Event", "Xi Jinping to bring Russia back to reason (Macron's call)",
          ("ramener", "ramener la Russie"), [("agent", XI), ("recipient", RUSSIA)], status="proposed",
          according_to=[MACRON], evidence=LEDE,
          note="« a exhorté ... Xi Jinping à « ramener la Russie à la raison » »: what Macron urges: proposed, as « "
               "peser sur Moscou » in gold/xi-macron-paris-2024-05-06; Russia, which is to be brought back, is the "
               "recipient."),
    event("e-back-to-table", "Event", "Xi Jinping to bring everyone back to the negotiating table (Macron)",
          ("ramener", "ramener tout le monde"), [("agent", XI)], status="proposed", according_to=[MACRON],
          evidence=P2,
          note="« Je sais pouvoir compter sur vous pour ramener tout le monde à la table des négociations »: what "
               "Macron counts on, not agreed: proposed; « vous » is Xi. « tout le monde » is no mention, and « la "
               "table des négociations » is the idiom's destination, not a second event."),
    event("e-reception", "Meeting", "Xi Jinping welcomed Macron at the Great Hall of the People in the morning",
          ("accueilli", None), [("agent", XI), ("participant", MACRON)], place=GREAT_HALL, time="t-morning",
          part_of="e-state-visit", evidence=P2,
          note="« son hôte, qui l’avait accueilli dans la matinée au Palais du peuple »: « qui » is Xi (« son hôte »), "
               "the host is the agent; the elided clitic « l’ » (Macron) is no mention. A pluperfect, earlier than "
               "the words on the same Thursday."),
    event("e-work-with-france", "Event", "Xi Jinping willing to work with France towards a political solution",
          ("travailler", None), [("agent", XI), ("participant", FRANCE)], status="proposed", according_to=[XI],
          note="« s’est dit disposé à travailler avec Paris à une « solution politique » »: a readiness, offered, not "
               "agreed: proposed (as « s’est dit prêt à reprendre le dialogue » in gold). « Paris » is France; the "
               "solution is the work's goal (no event, no mention)."),
    event("e-xi-zelensky", "Meeting", "Xi Jinping might soon talk with Volodymyr Zelensky (the Élysée)",
          ("s’entretenir", None), [("agent", XI), ("participant", ZELENSKY)], status="hypothetical",
          time="t-soon", according_to=[PRESIDENCY],
          note="« Il pourrait s’entretenir prochainement avec le président ukrainien »: conditional: hypothetical; « "
               "Il » is Xi. No place written."),
    event("e-trilateral", "Meeting", "Macron, Xi and von der Leyen hold a three-way meeting earlier on Thursday",
          ("réunion", None), [("participant", MACRON), ("participant", XI), ("participant", VDL)], place=BEIJING,
          time="t-earlier-today", part_of="e-state-visit",
          note="« Plus tôt dans la journée, lors d’une réunion à trois »: its three participants are not written in "
               "the phrase; they are the two presidents and von der Leyen, who speaks at it. No place written: "
               "Beijing, the city of the day (as the three-way meeting in gold/xi-macron-paris-2024-05-06 took "
               "Paris)."),
    event("e-arms-to-russia", "Delivery", "Any Chinese arms delivery to Russia (von der Leyen's warning)",
          ("livraison", None), [("agent", CHINA), ("recipient", RUSSIA)], status="hypothetical",
          according_to=[VDL],
          note="« toute livraison d’armes à Moscou »: a quantified case under a conditional warning: hypothetical. "
               "The supplier is China, the addressee warned (« Pékin »); « Moscou » is Russia. « d’armes » is "
               "generic: no theme."),
    event("e-harm", "Event", "An arms delivery would considerably harm EU–China relations", ("nuirait", None),
          [("participant", EU), ("participant", CHINA)], status="hypothetical", according_to=[VDL],
          note="« « nuirait considérablement » aux relations entre l’Union européenne et la Chine »: a conditional "
               "consequence: hypothetical; the two sides of the relations are the participants (« les relations » "
               "is no mention)."),
    event("e-no-lethal-arms", "Delivery", "China never supplied lethal arms to either party (Mao Ning)",
          ("fourni", None), [("agent", CHINA)], status="negated", according_to=[MAO],
          note="« La Chine n’a jamais fourni d’armes létales à aucune des parties »: negated in her words; « aucune "
               "des parties » is quantified (no mention, no recipient), « d’armes létales » generic (no theme)."),
    event("e-fan-conflict", "Event", "The United States fans the conflict (Mao Ning's accusation)",
          ("attiser", None), [("agent", US), ("theme", INVASION)], status="suspected", according_to=[MAO],
          note="« Elle a accusé Washington d’« attiser le conflit » »: an accusation: suspected (gold rule); « le "
               "conflit » is the war (Q110999040), as in gold."),
    event("e-us-arms", "Delivery", "The United States delivers arms to Ukraine (in Mao Ning's accusation)",
          ("livrant", None), [("agent", US), ("recipient", UKRAINE)], status="suspected", according_to=[MAO],
          note="« en livrant des armes à Kiev »: the gerund is the means inside the accusation, in her voice only, "
               "so suspected like the charge it belongs to; « Kiev » is Ukraine, « des armes » generic (no theme)."),
    event("e-airbus-order", "Delivery", "CAS orders 160 Airbus aircraft", ("commande", None),
          [("agent", AIRBUS), ("recipient", CAS), ("theme", AIRCRAFT)], according_to=[AIRBUS],
          part_of="e-state-visit",
          note="« la commande de 160 appareils par la centrale d’achat publique chinoise CAS »: an order placed, "
               "announced by the seller: occurred. A sale is a Delivery, the seller (Airbus, implied by the "
               "announcement and the aircraft) the agent and the buyer the recipient (as the sales in gold); the "
               "deliveries themselves are not told."),
    event("e-tianjin-line", "Event", "Airbus to open a second assembly line in Tianjin", ("ouverture", None),
          [("agent", AIRBUS), ("theme", LINE)], status="planned", place=TIANJIN, according_to=[AIRBUS],
          note="« ainsi que l’ouverture d’une deuxième chaîne d’assemblage à Tianjin »: announced, still to be done: "
               "planned. The line is the thing opened (theme)."),
    event("e-contracts", "Agreement", "Some twenty other Franco-Chinese contracts signed", ("ont été signés", None),
          [("participant", FRANCE), ("participant", CHINA), ("theme", CONTRACTS)], according_to=[PRESIDENCY],
          part_of="e-state-visit",
          note="« Une vingtaine d’autres contrats ont été signés, selon la présidence française »: a passive with no "
               "agent; the parties are not written, France and China follow from the visit (as « conclus en juin » "
               "with no parties in gold/lavrov-hanoi-2024-07). No time word: no time."),
    event("e-mediation", "Event", "A Chinese mediation (Peskov: China has real potential for it)",
          ("médiation", None), [("agent", CHINA)], status="hypothetical", according_to=[PESKOV],
          note="« La Chine dispose d’un réel potentiel de médiation »: a capacity, not a mediation under way: "
               "hypothetical; China the would-be mediator."),
    event("e-press-on", "Event", "Russia would press on with its offensive (Peskov)", ("poursuivrait", None),
          [("agent", RUSSIA), ("theme", INVASION)], status="planned", according_to=[PESKOV],
          note="« tout en prévenant que Moscou poursuivrait son offensive »: the future in the past of a warning: "
               "planned (Russia's stated intention); « son offensive » is the invasion (as « son offensive en "
               "Ukraine » in gold), its theme."),
    event("e-xi-moscow", "Visit", "Xi Jinping went to Moscow in March", ("rendu", None), [("agent", XI)],
          place=MOSCOW, time="t-march",
          note="« Le président chinois s’était rendu en mars à Moscou »: a pluperfect trip; « Moscou » where he goes "
               "is the city (Q649)."),
    event("e-canton-trip", "Visit", "Macron to go to Canton on Friday", ("gagner", "doit gagner"), [("agent", MACRON)],
          status="planned", place=CANTON, time="t-friday", part_of="e-state-visit",
          note="« Vendredi, Emmanuel Macron doit gagner Canton, dans le sud de la Chine »: planned; Canton the "
               "destination (« le sud de la Chine » locates it: only « Chine » is a mention, no role)."),
    event("e-students", "Meeting", "Macron to meet students in Canton", ("rencontrera", None),
          [("agent", MACRON), ("participant", STUDENTS)], status="planned", place=CANTON, part_of="e-canton-trip",
          note="« où il rencontrera des étudiants »: « où » is Canton, « il » Macron; part of the Friday trip, with "
               "no time word of its own (as the legs of a trip in gold)."),
    event("e-dinner", "Banquet", "An informal dinner of Macron with Xi Jinping in Canton", ("dîner", None),
          [("participant", MACRON), ("participant", XI)], status="planned", place=CANTON, part_of="e-canton-trip",
          note="« avant un dîner informel avec Xi Jinping »: planned, in the same relative clause on Canton; no time "
               "word of its own."),
    event("e-vdl-return", "Visit", "Von der Leyen to return to Brussels on Thursday evening", ("regagnera", None),
          [("agent", VDL)], status="planned", place=BRUSSELS, time="t-thursday-evening",
          note="« Mme von der Leyen regagnera quant à elle Bruxelles dès jeudi soir »: a future the same day: "
               "planned; Brussels, the city, the destination."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-macron-reason", "Statement", "Macron urges Xi to « bring Russia back to reason »", MACRON,
           ("a exhorté", None), [("ramener la Russie à la raison", None)], addressee=XI, time="t-thursday",
           place=BEIJING, about=["e-russia-reason"], evidence=LEDE,
           note="« a exhorté jeudi à Pékin le président chinois Xi Jinping à « ramener la Russie à la raison » »: an "
                "exhortation with a quoted infinitive; Xi the addressee, Beijing the city where Macron speaks."),
    speech("s-macron-table", "Statement", "Macron counts on Xi to bring everyone back to the negotiating table",
           MACRON, ("a déclaré", None),
           [("Je sais pouvoir compter sur vous pour ramener tout le monde à la table des négociations", None)],
           addressee=XI, time="t-thursday", place=BEIJING, about=["e-back-to-table"], evidence=P2,
           note="A quote first under « a déclaré le chef de l’État français devant son hôte »: said in front of Xi, "
                "the addressee, in the talks of the lede, so it takes their Thursday and Beijing."),
    speech("s-xi-ready", "Statement", "Xi says he is willing to work with France towards a « political solution »",
           XI, ("s’est dit", None), [("solution politique", None)], about=["e-work-with-france"],
           note="« Le numéro un chinois s’est dit disposé à travailler avec Paris à une « solution politique » »: the "
                "quoted noun phrase is no event. No time word of its own (as Xi's rallying in "
                "gold/xi-macron-paris-2024-05-06)."),
    speech("s-xi-no-condemnation", "SpeechAct", "Xi does not condemn the Russian invasion", XI,
           ("condamner", None), [], status="negated",
           note="« sans toutefois condamner l’invasion russe »: a negated speech act (as « sans toutefois annoncer » "
                "in gold/macron-rabat-2024-10-29); the invasion is an entity (Q110999040), so the act is about no "
                "event of the list."),
    speech("s-elysee", "Report", "The Élysée says Xi might soon talk with Zelensky", PRESIDENCY,
           ("a indiqué", None), [], about=["e-xi-zelensky"],
           note="« a indiqué l’Élysée »: a source after the clause; the French presidency (metonym). No time."),
    speech("s-vdl-warning", "Warning", "Von der Leyen warns Beijing that arms for Moscow would harm EU–China ties",
           VDL, ("avait averti", None), [("nuirait considérablement", None)], addressee=CHINA,
           time="t-earlier-today", place=BEIJING, about=["e-arms-to-russia", "e-harm"],
           note="« Plus tôt dans la journée, lors d’une réunion à trois, Ursula von der Leyen avait averti Pékin »: "
                "said at the three-way meeting (its time and place); « Pékin » is China, the addressee."),
    speech("s-vdl-imbalance", "Statement", "Von der Leyen judges trade with China « unbalanced »", VDL,
           ("jugé", None), [("déséquilibrés", None)], time="t-earlier-today", place=BEIJING,
           note="« Elle a également jugé « déséquilibrés » les échanges avec la deuxième économie mondiale »: « "
                "également » continues the warning of the three-way meeting, so its time and place (as « Il a aussi "
                "mis en garde » in gold/pezeshkian-onu-2024-09-24). The trade flows are no event; « la deuxième "
                "économie mondiale » is China."),
    speech("s-vdl-subsidies", "Statement", "Von der Leyen denounces « unfair » subsidies", VDL,
           ("dénonçant", None), [("déloyales", None)], time="t-earlier-today", place=BEIJING,
           note="« dénonçant des subventions « déloyales » »: a participle with its own guillemets, a second speech "
                "act (as « tout en doutant » in gold); the subsidies have no actor written (China implied): no "
                "event, as « des pratiques qui faussent le marché » in gold/xi-macron-paris-2024-05-06."),
    speech("s-mao-retort", "Statement", "Mao Ning: China never supplied lethal arms to either party", MAO,
           ("a rétorqué", None), [("La Chine n’a jamais fourni d’armes létales à aucune des parties", None)],
           time="t-afternoon", about=["e-no-lethal-arms"],
           note="A quote first under « a rétorqué dans l’après-midi la porte-parole de la diplomatie chinoise, Mao "
                "Ning »: a retort to von der Leyen's warning, but no addressee is written; no place written."),
    speech("s-mao-accusation", "Statement", "Mao Ning accuses Washington of « fanning the conflict »", MAO,
           ("a accusé", None), [("attiser le conflit", None)], about=["e-fan-conflict", "e-us-arms"],
           note="« Elle a accusé Washington d’« attiser le conflit » en livrant des armes à Kiev »: « Elle » is Mao "
                "Ning; the accused is the agent of the events, not an addressee (as Wang's accusation in "
                "gold/blinken-pekin-2024-04-26). A new sentence with no time word: no time. The elided « d’ » "
                "stands outside the guillemets."),
    speech("s-airbus", "Statement", "Airbus announces a 160-aircraft order and a second Tianjin line", AIRBUS,
           ("a annoncé", None), [], about=["e-airbus-order", "e-tianjin-line"],
           note="« L’avionneur européen Airbus a annoncé »: the title before the name is part of its phrase. No time "
                "word of its own."),
    speech("s-presidency-contracts", "Report", "The French presidency reports some twenty other contracts",
           PRESIDENCY, ("selon", "selon la présidence"), [], about=["e-contracts"],
           note="« selon la présidence française »: the Élysée again, by a role noun (nominal)."),
    speech("s-peskov-mediation", "Statement", "Peskov: China has a real mediation potential", PESKOV,
           ("avait estimé", None), [("La Chine dispose d’un réel potentiel de médiation", None)], time="t-eve",
           about=["e-mediation"],
           note="A quote first under a pluperfect « avait estimé la veille le porte-parole du Kremlin, Dmitri Peskov "
                "»: the eve of the Thursday, Wednesday 5 April. No place written."),
    speech("s-peskov-warning", "Warning", "Peskov warns that Moscow would press on with its offensive", PESKOV,
           ("prévenant", None), [], time="t-eve", about=["e-press-on"],
           note="« tout en prévenant que Moscou poursuivrait son offensive »: a participle in the same sentence, so "
                "the same eve; indirect speech, no quote."),
    speech("s-xi-dear-friend", "Statement", "Xi called Vladimir Putin a « dear friend » in Moscow", XI,
           ("qualifié", None), [("cher ami", None)], time="t-march", place=MOSCOW,
           note="« où il avait qualifié son homologue russe, Vladimir Poutine, de « cher ami » »: a relative clause on "
                "the place of the March trip (« où » Moscow), so the trip's month and city; the quoted predicate is "
                "no mention and no event; Putin is what is qualified, not written as addressee."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
