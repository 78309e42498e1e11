"""Held-out annotation of memorandum-ue-tunisie-2023-07-16.txt (written for the twenty-sixth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/heldout/memorandum-ue-tunisie-2023-07-16.annotation.src.py
    python tools/annotate_offsets.py benchmarks/heldout/memorandum-ue-tunisie-2023-07-16.annotation.src.py --check

Held-out set 26: never tune extraction rules on this article (see benchmarks/heldout/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "memorandum-ue-tunisie-2023-07-16.txt"

NOTE = """\
Held-out-26 article: the president of the European Commission Ursula von der Leyen, the Italian Prime Minister \
Giorgia Meloni and her Dutch counterpart Mark Rutte sign on Sunday 16 July 2023 in Tunis, with President Kais Saied, \
a memorandum of understanding on migration and economic aid; the text provides 105 million euros of aid to fight \
smugglers and 150 million euros of budget support from this year (von der Leyen), who says at the Carthage palace \
that « we » invest in a shared prosperity; Brussels might also lend 900 million euros if Tunis reaches an agreement \
with the IMF, with which talks have been stalled since October (2022), Saied rejecting its « diktats »; Saied says \
Tunisia will not be Europe's border guard and calls on the Europeans to tackle the « root causes » of departures; \
Italy has seen more than 75,000 migrants land since January (the Italian interior ministry); Meloni welcomes « an \
important step » and announces an international conference on migration in Rome next Sunday, which Saied should \
attend; Rutte, arrived the evening before, judges the accord could serve as a « model », his coalition having \
collapsed on 7 July over migration; the three European leaders had gone to Tunis on 11 June; NGOs denounce an \
accord made « on the backs of migrants » and Human Rights Watch accuses the Tunisian forces of abandoning hundreds \
of sub-Saharan migrants in the desert in early July, which the Tunisian interior ministry denied on Saturday (quoted \
by TAP); in Brussels MEPs demand that the funds be suspended in case of human-rights violations, the Commission does \
not say when the first payment will come, and a European diplomat tells AFP the implementing agreements could be \
signed « soon ». Published Sunday 16 July 2023 (the file gives the day). The signing in Tunis, the 105 and 150 \
million euros, the conditional 900 million, the stalled IMF talks, Saied's refusal to be a border guard, the Rome \
conference of 23 July, the 11 June visit, the fall of Rutte's coalition on 7 July and the expulsions of migrants to \
the desert follow the real events loosely (the memorandum was in fact signed by a commissioner and a minister in \
the leaders' presence); all the quotes, the 75,000 figure's source, the denial, the MEPs' demand, the Commission's \
silence and the diplomat are invented or simplified.
What it exercises: a lede with three role nouns and names in apposition joined by « et » as one subject of a \
signing on the publication day in a city, with a fourth signatory after « avec » and a title right before his name \
(« avec le président Kais Saied »: only « Kais Saied »); « Commission européenne » inside the first role noun (a \
named institution, a mention); the memorandum restated by « Le texte », « l’accord » and « un accord conclu »; « Le \
texte prévoit » two sums (two planned Deliveries, triggers « aide » and « appui budgétaire », the amounts no \
mentions) with a purpose infinitive (« pour lutter contre les passeurs »: planned) and « dès cette année » (2023), \
sourced after the clause (« a précisé Mme von der Leyen »); a quote first with « Nous » for the Union under an \
inverted « a-t-elle déclaré » at a named palace; a metonym with a conditional loan and a condition in the present \
after « si » with a second metonym (« Bruxelles pourrait aussi accorder un prêt ... si Tunis conclut un accord avec \
le Fonds monétaire international (FMI) »: both hypothetical; the name and its acronym two mentions); stalled talks \
« au point mort depuis octobre » (October 2022; negated, as suspended negotiations in gold) and a participle \
absolute with a role noun and a one-word quote (« le chef de l’État tunisien rejetant ses « diktats » »: a \
Statement, « ses » the Fund, no mention); a quote first with a negated future and a metonymic name inside (« La \
Tunisie ne sera pas le garde-frontière de l’Europe »: the guarding negated) under « a martelé », then a relative \
call to a group with a quoted noun phrase (« qui a appelé les Européens à s’attaquer aux « causes profondes » des \
départs »: two speech acts, the tackling proposed; « des départs » generic, no event); a country as the subject of \
« a vu débarquer » with a counted group and « depuis janvier » (January 2023) sourced after the clause to a \
ministry; a welcome with a quoted noun phrase and a second verb without quote joined by « et » over a nominal \
conference on a future weekday in a city (« dimanche prochain à Rome »: 23 July 2023) with a relative conditional \
attendance (« à laquelle M. Saied devrait participer »: hypothetical); a fronted participle with « la veille au \
soir » (Saturday 15 July), an emphatic « lui » between commas and a completive with a conditional and a one-word \
quote (« jugé que l’accord pourrait servir de « modèle » »); a possessive role noun with a dated collapse (« Sa \
coalition a éclaté le 7 juillet »); a pluperfect visit by a plural subject with a date (« Les trois dirigeants \
européens s’étaient rendus à Tunis le 11 juin »); a denunciation by a group with the quote after a participle (« un \
accord conclu « sur le dos des migrants » »: the signing restated, no new event); an accusation in the present with \
an infinitive perfect and « début juillet » (a suspected abandonment, the desert its place); a quoted denial with a \
quantified subject under « a assuré samedi » and « cité par l’agence officielle TAP » (a Report); « À Bruxelles » a \
group's demand for a nominal suspension « en cas de » nominal violations (proposed; hypothetical); a negated speech \
act over an indirect question (« La Commission n’a pas précisé quand interviendrait le premier versement »: the \
payment planned); a conditional passive with no agent and a quoted adverb (« pourraient être signés « \
prochainement » »: vague-future) told to AFP by an anonymous diplomat (AFP the addressee).
Places and metonyms. « Tunis » is the city (local) where the memorandum is signed and where the leaders went on 11 \
June; « si Tunis conclut un accord » is Tunisia (metonym). « Bruxelles » is the European Union (metonym) where it \
might lend; « À Bruxelles » where the MEPs speak is the city (local). « Rome » is the city, the conference's place. \
« l’Europe » in Saied's quote is the European Union (as « l’Europe » in gold/zelensky-washington-2023-12-12). « \
palais de Carthage » is the presidential palace (a place; « Carthage » inside it gives only its name). « le désert » \
is the desert where the migrants were left (a local place, nominal). Italy and the Netherlands are only adjectives \
in the role nouns (« italienne », « néerlandais »): no mentions; « L’Italie » is a name.
Mentions. Von der Leyen is « La présidente de la Commission européenne », « Ursula von der Leyen », « von der Leyen » \
(after « Mme ») and « elle » (« a-t-elle »); Meloni is « la Première ministre italienne » and « Giorgia Meloni » \
(twice); Rutte is « son homologue néerlandais », « Mark Rutte » (twice) and « lui »; Saied is « Kais Saied » (twice), \
« le chef de l’État tunisien » and « Saied » (after « M. »). The memorandum is « un protocole d’accord sur les \
migrations et l’aide économique », « Le texte », « l’accord » (Rutte's) and « un accord » (the NGOs'); the other « \
un accord » (« si Tunis conclut un accord ») is the hoped-for agreement with the IMF. The IMF is « Fonds monétaire \
international », « FMI » and « Fonds » (« avec le Fonds », a short name, as « l’Union » in gold). « Nous » in von der \
Leyen's quote is the Union. « fonds » (fused « des ») is the EU money promised to Tunisia, a local object (as « une \
enveloppe de 50 milliards d’euros » in gold/adhesion-ukraine-ue-2023-12-14), the theme of the demanded suspension. \
Groups: « les passeurs », « les Européens », « plus de 75.000 migrants », « Plusieurs ONG », « des centaines de \
migrants subsahariens », « des eurodéputés »; organisations: the Commission (also « La Commission »), the IMF, the \
Italian and Tunisian interior ministries (role nouns with their country adjective), « Sa coalition » (Rutte's \
government coalition), Human Rights Watch, « les forces tunisiennes », TAP (only the name after « l’agence \
officielle »), AFP. Not mentions: « Les trois dirigeants européens » (plural), « notre prospérité commune », « \
diktats », « causes profondes » (quoted predicates), « des départs », « la question migratoire », « des migrants » \
inside the NGOs' quote (generic), « Aucun migrant » (quantified, no referent), « droits humains », « Les accords \
d’application » (plural, as « accords » in gold), « les migrations » and « l’aide économique » in the memorandum's \
title (its subject matter; the aid is annotated through its two sums).
Statuses. The signing, the Italian landings, the collapse of the coalition, the 11 June visit, Rutte's arrival and \
the investment von der Leyen speaks of are occurred; the two sums, the fight against smugglers (the aid's purpose, \
as an aim in gold) and the first payment are planned, as is the Rome conference (announced for a date); the loan, \
the IMF agreement it depends on (« si »), Saied's attendance (« devrait », as « devrait se rendre » in \
gold/kamikawa-seoul-2024-05-14), the accord serving as a model (« pourrait »), the violations (« en cas de ») and the \
implementing agreements' signing (« pourraient ») are hypothetical; the tackling of root causes and the suspension of \
the funds are proposed (asked for); the IMF talks (« au point mort ») and Tunisia's guarding Europe's border are \
negated; the abandonment of migrants is suspected (Human Rights Watch's charge, which the ministry denies: a \
contested charge stays suspected), and the ministry's own « Aucun migrant n’a été abandonné » is a separate negated \
event according to it (as Kiev's denial in gold/prigojine-crash-2023-08-24); the Commission's « n’a pas précisé » is \
a negated speech act.
Times. « dimanche » (the lede) is the publication day, Sunday 16 July 2023; « dès cette année » 2023; « depuis \
octobre » October 2022 (the last October, the start of the standstill); « depuis janvier » January 2023; « dimanche \
prochain » Sunday 23 July 2023; « la veille au soir » Saturday 15 July (the eve of the signing, here also of \
publication); « le 7 juillet » 7 July 2023; « le 11 juin » 11 June 2023; « début juillet » July 2023 (the month); « \
samedi » (past) Saturday 15 July 2023; « prochainement » vague-future. The speech acts with no time word of their \
own (von der Leyen's, Saied's, Meloni's, Rutte's, the NGOs', HRW's, the MEPs', the Commission's, the diplomat's) have \
no time, as in gold.
Linked: Agence France-Presse (Q40464). Unlinked (not in ids.tsv): von der Leyen, the European Commission, Meloni, \
Rutte, Saied, Tunis, Tunisia, the European Union, the memorandum, the smugglers, the Carthage palace, the IMF, the \
IMF agreement, the Europeans, Italy, the 75,000 migrants, the Italian interior ministry, Rome, Rutte's coalition, \
the NGOs, Human Rights Watch, the Tunisian forces, the sub-Saharan migrants, the desert, the Tunisian interior \
ministry, TAP, Brussels, the MEPs, the EU funds and the European diplomat."""

AFP = "Q40464"
VDL, COMMISSION, MELONI, RUTTE = "local:ursula-von-der-leyen", "local:european-commission", \
    "local:giorgia-meloni", "local:mark-rutte"
SAIED, TUNIS, TUNISIA, EU = "local:kais-saied", "local:tunis", "local:tunisia", "local:european-union"
MOU, SMUGGLERS, CARTHAGE, IMF = "local:eu-tunisia-memorandum", "local:smugglers", "local:carthage-palace", \
    "local:imf"
IMF_DEAL, EUROPEANS, ITALY, LANDED = "local:tunisia-imf-agreement", "local:europeans", "local:italy", \
    "local:migrants-landed-in-italy"
IT_INTERIOR, ROME, COALITION, NGOS = "local:italian-interior-ministry", "local:rome", "local:dutch-coalition", \
    "local:ngos"
HRW, TN_FORCES, SUBSAHARANS, DESERT = "local:human-rights-watch", "local:tunisian-security-forces", \
    "local:sub-saharan-migrants", "local:desert"
TN_INTERIOR, TAP, BRUSSELS, MEPS = "local:tunisian-interior-ministry", "local:tap", "local:brussels", "local:meps"
FUNDS, DIPLOMAT = "local:eu-funds-for-tunisia", "local:european-diplomat"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (VDL, "Ursula von der Leyen", "Ursula von der Leyen", "person",
     {"description": "présidente de la Commission européenne", "unlinked_reason": NOT_VERIFIED}),
    (COMMISSION, "Commission européenne", "European Commission", "organization",
     {"description": "aussi « La Commission »", "unlinked_reason": NOT_VERIFIED}),
    (MELONI, "Giorgia Meloni", "Giorgia Meloni", "person",
     {"description": "Première ministre italienne", "unlinked_reason": NOT_VERIFIED}),
    (RUTTE, "Mark Rutte", "Mark Rutte", "person",
     {"description": "Premier ministre néerlandais", "unlinked_reason": NOT_VERIFIED}),
    (SAIED, "Kais Saied", "Kais Saied", "person",
     {"description": "président de la Tunisie", "unlinked_reason": NOT_VERIFIED}),
    (TUNIS, "Tunis", "Tunis", "place",
     {"description": "capitale de la Tunisie; aussi métonymie de la Tunisie", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
    (TUNISIA, "Tunisie", "Tunisia", "country",
     {"description": "aussi désignée par « Tunis » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization",
     {"description": "aussi désignée par « Bruxelles » (métonymie), « Nous » (Ursula von der Leyen) et « l’Europe »",
      "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (MOU, "protocole d’accord entre l’Union européenne et la Tunisie", "EU–Tunisia memorandum of understanding",
     "other",
     {"description": "protocole d’accord sur les migrations et l’aide économique signé à Tunis le 16 juillet 2023",
      "unlinked_reason": NOT_VERIFIED}),
    (SMUGGLERS, "les passeurs", "people smugglers", "group",
     {"description": "les passeurs de migrants", "unlinked_reason": NOT_GROUP}),
    (CARTHAGE, "palais de Carthage", "Carthage Palace", "place",
     {"description": "palais présidentiel tunisien", "unlinked_reason": NOT_VERIFIED}),
    (IMF, "Fonds monétaire international", "International Monetary Fund", "organization",
     {"description": "aussi « FMI » et « le Fonds »", "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (IMF_DEAL, "accord entre la Tunisie et le FMI", "Tunisia–IMF agreement", "other",
     {"description": "l’accord avec le FMI dont dépend le prêt européen (pas encore conclu)",
      "unlinked_reason": "an agreement not yet concluded, not one Wikidata item"}),
    (EUROPEANS, "les Européens", "the Europeans", "group",
     {"description": "les pays et dirigeants européens que Kais Saied interpelle", "unlinked_reason": NOT_GROUP}),
    (ITALY, "Italie", "Italy", "country", {"unlinked_reason": NOT_VERIFIED}),
    (LANDED, "plus de 75.000 migrants", "more than 75,000 migrants", "group",
     {"description": "les migrants débarqués en Italie depuis janvier 2023", "unlinked_reason": NOT_GROUP}),
    (IT_INTERIOR, "ministère italien de l’Intérieur", "Italian Ministry of the Interior", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (ROME, "Rome", "Rome", "place",
     {"description": "capitale de l’Italie", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (COALITION, "coalition gouvernementale néerlandaise", "Dutch governing coalition", "organization",
     {"description": "la coalition de Mark Rutte, tombée le 7 juillet 2023", "unlinked_reason": NOT_VERIFIED}),
    (NGOS, "Plusieurs ONG", "several NGOs", "group",
     {"description": "organisations non gouvernementales non nommées", "unlinked_reason": NOT_GROUP}),
    (HRW, "Human Rights Watch", "Human Rights Watch", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (TN_FORCES, "forces de sécurité tunisiennes", "Tunisian security forces", "organization",
     {"description": "désignées par « les forces tunisiennes »", "unlinked_reason": NOT_VERIFIED}),
    (SUBSAHARANS, "des centaines de migrants subsahariens", "hundreds of sub-Saharan migrants", "group",
     {"description": "migrants que Human Rights Watch dit abandonnés dans le désert début juillet 2023",
      "unlinked_reason": NOT_GROUP}),
    (DESERT, "le désert", "the desert", "place",
     {"description": "la zone désertique où les migrants auraient été abandonnés (l’article ne la nomme pas)",
      "unlinked_reason": "an unnamed area, not one Wikidata item"}),
    (TN_INTERIOR, "ministère tunisien de l’Intérieur", "Tunisian Ministry of the Interior", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (TAP, "TAP", "Tunis Afrique Presse", "organization",
     {"description": "agence officielle tunisienne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place",
     {"description": "capitale de la Belgique, siège des institutions européennes", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
    (MEPS, "des eurodéputés", "MEPs", "group",
     {"description": "députés européens non nommés", "unlinked_reason": NOT_GROUP}),
    (FUNDS, "fonds européens promis à la Tunisie", "EU funds promised to Tunisia", "object",
     {"description": "l’argent promis par le protocole d’accord (« des fonds »)",
      "unlinked_reason": "a sum of money, not one Wikidata item"}),
    (DIPLOMAT, "un diplomate européen", "a European diplomat", "person",
     {"description": "diplomate anonyme", "class_qid": "Q193391",
      "unlinked_reason": "an anonymous person, not one Wikidata item"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La présidente de la Commission européenne, Ursula von der Leyen, la Première ministre italienne, Giorgia
    # Meloni, et son homologue néerlandais, Mark Rutte, ont signé dimanche à Tunis avec le président Kais Saied un
    # protocole d’accord sur les migrations et l’aide économique.
    ("La présidente de la Commission européenne", None, VDL, "nominal"),
    ("Commission européenne", None, COMMISSION, "name"),
    ("Ursula von der Leyen", None, VDL, "name"),
    ("la Première ministre italienne", None, MELONI, "nominal"),
    ("Giorgia Meloni", 1, MELONI, "name"),
    ("son homologue néerlandais", None, RUTTE, "nominal"),
    ("Mark Rutte", 1, RUTTE, "name"),
    ("Tunis", "dimanche à Tunis", TUNIS, "name"),
    ("Kais Saied", 1, SAIED, "name"),
    ("un protocole d’accord sur les migrations et l’aide économique", None, MOU, "nominal"),
    # Le texte prévoit une aide de 105 millions d’euros pour lutter contre les passeurs et un appui budgétaire ...
    ("Le texte", None, MOU, "nominal"),
    ("les passeurs", None, SMUGGLERS, "nominal"),
    ("von der Leyen", "Mme von der Leyen", VDL, "name"),
    # « Nous investissons dans notre prospérité commune », a-t-elle déclaré au palais de Carthage. Bruxelles ...
    ("Nous", "« Nous investissons", EU, "pronoun"),
    ("elle", "a-t-elle déclaré", VDL, "pronoun"),
    ("palais de Carthage", None, CARTHAGE, "name"),
    ("Bruxelles", "Bruxelles pourrait", EU, "metonym"),
    ("Tunis", "si Tunis conclut", TUNISIA, "metonym"),
    ("un accord", "conclut un accord", IMF_DEAL, "nominal"),
    ("Fonds monétaire international", None, IMF, "name"),
    ("FMI", None, IMF, "name"),
    # Les discussions avec le Fonds sont au point mort depuis octobre, le chef de l’État tunisien rejetant ses ...
    ("Fonds", "avec le Fonds sont", IMF, "name"),
    ("le chef de l’État tunisien", None, SAIED, "nominal"),
    # « La Tunisie ne sera pas le garde-frontière de l’Europe », a martelé Kais Saied, qui a appelé les Européens ...
    ("Tunisie", "La Tunisie ne sera", TUNISIA, "name"),
    ("Europe", "garde-frontière de l’Europe", EU, "name"),
    ("Kais Saied", 2, SAIED, "name"),
    ("les Européens", None, EUROPEANS, "nominal"),
    # L’Italie a vu débarquer plus de 75.000 migrants depuis janvier, selon le ministère italien de l’Intérieur.
    ("Italie", None, ITALY, "name"),
    ("plus de 75.000 migrants", None, LANDED, "nominal"),
    ("le ministère italien de l’Intérieur", None, IT_INTERIOR, "nominal"),
    # Giorgia Meloni a salué « une étape importante » et annoncé une conférence internationale sur les migrations
    # dimanche prochain à Rome, à laquelle M. Saied devrait participer.
    ("Giorgia Meloni", 2, MELONI, "name"),
    ("Rome", None, ROME, "name"),
    ("Saied", "M. Saied", SAIED, "name"),
    # Arrivé la veille au soir, Mark Rutte a, lui, jugé que l’accord pourrait servir de « modèle ». Sa coalition ...
    ("Mark Rutte", 2, RUTTE, "name"),
    ("lui", "a, lui, jugé", RUTTE, "pronoun"),
    ("l’accord", "que l’accord pourrait", MOU, "nominal"),
    ("Sa coalition", None, COALITION, "nominal"),
    # Les trois dirigeants européens s’étaient rendus à Tunis le 11 juin.
    ("Tunis", "rendus à Tunis", TUNIS, "name"),
    # Plusieurs ONG ont dénoncé un accord conclu « sur le dos des migrants ». Human Rights Watch accuse les forces
    # tunisiennes d’avoir abandonné début juillet des centaines de migrants subsahariens dans le désert.
    ("Plusieurs ONG", None, NGOS, "nominal"),
    ("un accord", "un accord conclu", MOU, "nominal"),
    ("Human Rights Watch", None, HRW, "name"),
    ("les forces tunisiennes", None, TN_FORCES, "nominal"),
    ("des centaines de migrants subsahariens", None, SUBSAHARANS, "nominal"),
    ("le désert", None, DESERT, "nominal"),
    # « Aucun migrant n’a été abandonné », a assuré samedi le ministère tunisien de l’Intérieur, cité par l’agence
    # officielle TAP.
    ("le ministère tunisien de l’Intérieur", None, TN_INTERIOR, "nominal"),
    ("TAP", None, TAP, "name"),
    # À Bruxelles, des eurodéputés ont réclamé la suspension des fonds en cas de violations des droits humains.
    ("Bruxelles", "À Bruxelles", BRUSSELS, "name"),
    ("des eurodéputés", None, MEPS, "nominal"),
    ("fonds", "suspension des fonds", FUNDS, "nominal"),
    # La Commission n’a pas précisé quand interviendrait le premier versement.
    ("Commission", "La Commission n’a", COMMISSION, "name"),
    # Les accords d’application pourraient être signés « prochainement », a indiqué à l’AFP un diplomate européen.
    ("AFP", None, AFP, "name"),
    ("un diplomate européen", None, DIPLOMAT, "nominal"),
]

PUB_DAY = "The publication day, Sunday 16 July 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday", ("dimanche", "signé dimanche"), "2023-07-16", "day", "weekday-publication-day",
     "« ont signé dimanche à Tunis » in an article of Sunday 16 July 2023: that same day. " + PUB_DAY),
    ("t-this-year", ("dès cette année", None), "2023", "year", "publication-year",
     "« un appui budgétaire de 150 millions d’euros dès cette année »: the publication year, 2023 (« dès » marks "
     "the start; the year is the finest true precision)."),
    ("t-october", ("depuis octobre", None), "2022-10", "month", "month-past",
     "« sont au point mort depuis octobre », written in July 2023: the last October, October 2022, the start of "
     "the standstill (« depuis X » is annotated as X)."),
    ("t-january", ("depuis janvier", None), "2023-01", "month", "month-publication-year",
     "« a vu débarquer ... depuis janvier », written in July 2023: January 2023, the start of the count."),
    ("t-next-sunday", ("dimanche prochain", None), "2023-07-23", "day", "weekday-future",
     "« une conférence ... dimanche prochain à Rome »: the Sunday after the publication day, 23 July 2023."),
    ("t-eve", ("la veille au soir", None), "2023-07-15", "day", "eve-of-event",
     "« Arrivé la veille au soir »: the evening before the Sunday signing (here also the eve of publication): "
     "Saturday 15 July 2023."),
    ("t-july-7", ("le 7 juillet", None), "2023-07-07", "day", "day-month-publication-year",
     "« Sa coalition a éclaté le 7 juillet »: a past day and month in the publication year, 7 July 2023."),
    ("t-june-11", ("le 11 juin", None), "2023-06-11", "day", "day-month-publication-year",
     "Pluperfect « s’étaient rendus à Tunis le 11 juin »: 11 June 2023."),
    ("t-early-july", ("début juillet", None), "2023-07", "month", "month-publication-year",
     "« d’avoir abandonné début juillet »: the beginning of July 2023, the publication month; no day is given, so "
     "the month (as « début juin » in gold)."),
    ("t-saturday", ("samedi", None), "2023-07-15", "day", "weekday-past",
     "Past « a assuré samedi »: the Saturday before the publication day (Sunday 16 July 2023): 15 July 2023."),
    ("t-soon", ("prochainement", None), None, "vague", "vague-future",
     "Inside the diplomat's quoted word: some time after publication; no value."),
]

LEDE = ("La présidente de la Commission", "l’aide économique.")

EVENTS: list[dict[str, Any]] = [
    event("e-signing", "Agreement", "Von der Leyen, Meloni and Rutte sign an EU–Tunisia memorandum with Kais Saied "
          "in Tunis", ("ont signé", None),
          [("agent", VDL), ("agent", MELONI), ("agent", RUTTE), ("agent", SAIED), ("participant", EU),
           ("participant", TUNISIA), ("theme", MOU)],
          place=TUNIS, time="t-sunday", evidence=LEDE,
          note="Three role nouns with names in apposition joined by « et » are one subject; « avec le président Kais "
               "Saied » is the fourth signatory (all four agents, as the signatories of gold/japon-philippines-"
               "accord-2024-07-08). The parties, the Union and Tunisia, are implied participants (the memorandum is "
               "between them; Italy and the Netherlands are not parties). « un accord conclu » (the NGOs) restates "
               "it: no second event."),
    event("e-aid-smugglers", "Delivery", "The EU to provide 105 million euros of aid to fight smugglers",
          ("aide", "une aide de 105"), [("agent", EU), ("recipient", TUNISIA)], status="planned",
          according_to=[VDL],
          note="« Le texte prévoit une aide de 105 millions d’euros »: what the memorandum provides for is planned "
               "(as « Le document prévoit la livraison » in gold); the amount phrase is the Delivery, not a mention. "
               "The giver (the Union) and the recipient (Tunisia) are implied by the memorandum."),
    event("e-fight-smugglers", "Event", "Tunisia to fight people smugglers with the EU aid", ("lutter", None),
          [("agent", TUNISIA), ("recipient", SMUGGLERS)], status="planned", according_to=[VDL],
          note="« pour lutter contre les passeurs »: the aid's purpose, an aim the memorandum sets (planned, as « "
               "destinée à » in gold); the one who fights, Tunisia (the aid's recipient), is implied; the smugglers "
               "are targeted."),
    event("e-budget-support", "Delivery", "The EU to provide 150 million euros of budget support from this year",
          ("appui budgétaire", None), [("agent", EU), ("recipient", TUNISIA)], status="planned",
          time="t-this-year", according_to=[VDL],
          note="« un appui budgétaire de 150 millions d’euros dès cette année »: planned, 2023; giver and recipient "
               "implied, as for the aid."),
    event("e-investment", "Event", "The EU invests in a shared prosperity (von der Leyen)", ("investissons", None),
          [("agent", EU)], according_to=[VDL],
          note="« Nous investissons dans notre prospérité commune »: a present in her words, stated as done "
               "(occurred, according to her); « Nous » is the Union she speaks for; « notre prospérité commune » "
               "is no entity."),
    event("e-loan", "Delivery", "Brussels might lend Tunisia up to 900 million euros", ("accorder", None),
          [("agent", EU), ("recipient", TUNISIA)], status="hypothetical",
          note="« Bruxelles pourrait aussi accorder un prêt de 900 millions d’euros si Tunis conclut ... »: "
               "conditional (« pourrait », « si »), hypothetical; « Bruxelles » is the Union; the recipient is "
               "Tunisia (« Tunis » in the condition). No source is written: the article's own voice."),
    event("e-imf-agreement", "Agreement", "Tunisia would conclude an agreement with the IMF", ("conclut", None),
          [("participant", TUNISIA), ("participant", IMF), ("theme", IMF_DEAL)], status="hypothetical",
          note="« si Tunis conclut un accord avec le Fonds monétaire international (FMI) »: a condition, "
               "hypothetical (as « en cas de » and « si » in gold); « Tunis » is Tunisia (metonym)."),
    event("e-imf-talks", "Meeting", "Tunisia's talks with the IMF stalled since October 2022", ("discussions", None),
          [("participant", TUNISIA), ("participant", IMF)], status="negated", time="t-october",
          note="« Les discussions avec le Fonds sont au point mort depuis octobre »: talks at a standstill no longer "
               "take place, negated (as the suspended negotiations of gold/medvedev-kouriles-2024-02); Tunisia is "
               "implied (the paragraph before); « depuis octobre » is the start of the standstill."),
    event("e-border-guard", "Event", "Tunisia will not be Europe's border guard (Saied)", ("garde-frontière", None),
          [("agent", TUNISIA), ("recipient", EU)], status="negated", according_to=[SAIED],
          note="« La Tunisie ne sera pas le garde-frontière de l’Europe »: a negated future in Saied's words; the "
               "guarding Tunisia refuses is the event (the noun names the role), « l’Europe » (the Union) the one "
               "it would serve (recipient)."),
    event("e-root-causes", "Event", "The Europeans to tackle the root causes of departures (Saied's call)",
          ("s’attaquer", None), [("agent", EUROPEANS)], status="proposed", according_to=[SAIED],
          note="« a appelé les Européens à s’attaquer aux « causes profondes » des départs »: called for, "
               "proposed. The quoted « causes profondes » and the generic « des départs » are no entities or "
               "events."),
    event("e-landings", "Event", "More than 75,000 migrants have landed in Italy since January",
          ("débarquer", None), [("agent", LANDED)], place=ITALY, time="t-january", according_to=[IT_INTERIOR],
          note="« L’Italie a vu débarquer plus de 75.000 migrants depuis janvier »: Italy, the subject of « a vu », "
               "is where they land (the place); the migrants act (agent). Sourced after the clause to the ministry."),
    event("e-conference", "Meeting", "An international conference on migration next Sunday in Rome",
          ("conférence", None), [("agent", ITALY)], status="planned", place=ROME, time="t-next-sunday",
          according_to=[MELONI],
          note="« annoncé une conférence internationale sur les migrations dimanche prochain à Rome »: announced "
               "for a date, planned. The host is Italy, implied (Meloni's government), as « Tokyo accueillera ... "
               "un sommet » gives Japan as host in gold; the city is the place."),
    event("e-saied-attendance", "Event", "Kais Saied should attend the Rome conference", ("participer", None),
          [("agent", SAIED)], status="hypothetical", place=ROME, time="t-next-sunday", part_of="e-conference",
          note="« à laquelle M. Saied devrait participer »: expected, not scheduled: hypothetical (as « devrait se "
               "rendre » in gold/kamikawa-seoul-2024-05-14). The relative clause is in the article's own voice "
               "(no according_to). The conference's day and city."),
    event("e-rutte-arrival", "Visit", "Mark Rutte arrived in Tunis the evening before", ("Arrivé", None),
          [("agent", RUTTE)], place=TUNIS, time="t-eve",
          note="The fronted participle agrees with « Mark Rutte », the subject of the main clause (as « Arrivé la "
               "veille » in gold/wang-yi-canberra-2024-03-20). The destination is not written: Tunis, the city of "
               "the lede."),
    event("e-model", "Event", "The memorandum could serve as a model (Rutte)", ("servir", None),
          [("participant", MOU)], status="hypothetical", according_to=[RUTTE],
          note="« jugé que l’accord pourrait servir de « modèle » »: conditional, hypothetical; only a thing in it, "
               "so the participant role."),
    event("e-coalition-collapse", "Event", "Rutte's coalition collapsed on 7 July over migration", ("a éclaté", None),
          [("participant", COALITION)], time="t-july-7",
          note="« Sa coalition a éclaté le 7 juillet sur la question migratoire »: stated as fact; « Sa » is Rutte; "
               "no place written (the Netherlands are only an adjective in the lede)."),
    event("e-june-visit", "Visit", "Von der Leyen, Meloni and Rutte went to Tunis on 11 June",
          ("s’étaient rendus", None), [("agent", VDL), ("agent", MELONI), ("agent", RUTTE)], place=TUNIS,
          time="t-june-11",
          note="« Les trois dirigeants européens s’étaient rendus à Tunis le 11 juin »: a pluperfect; the plural "
               "subject is no mention, but the three are the lede's European signatories (agents)."),
    event("e-abandonment", "Event", "Tunisian forces abandoned hundreds of sub-Saharan migrants in the desert in "
          "early July (HRW's charge)", ("abandonné", "d’avoir abandonné"),
          [("agent", TN_FORCES), ("recipient", SUBSAHARANS)], status="suspected", place=DESERT,
          time="t-early-july", according_to=[HRW],
          note="« Human Rights Watch accuse les forces tunisiennes d’avoir abandonné début juillet ... dans le désert "
               "»: an accusation the article does not endorse, denied by the ministry: suspected (a contested charge "
               "stays suspected)."),
    event("e-no-abandonment", "Event", "No migrant was abandoned (the Tunisian interior ministry)",
          ("abandonné", "n’a été abandonné"), [("agent", TN_FORCES), ("recipient", SUBSAHARANS)], status="negated",
          according_to=[TN_INTERIOR, TAP],
          note="« Aucun migrant n’a été abandonné »: the ministry's denial, negated according to it (as Kiev's « nié "
               "tout rôle » in gold/prigojine-crash-2023-08-24). « Aucun migrant » refers to no one (no mention); "
               "the migrants and forces of the charge it answers are the implied roles."),
    event("e-funds-suspension", "Event", "Suspension of the EU funds (demanded by MEPs)", ("suspension", None),
          [("agent", EU), ("theme", FUNDS)], status="proposed", according_to=[MEPS],
          note="« ont réclamé la suspension des fonds »: asked for, proposed; the one who would suspend, the "
               "Union, is implied."),
    event("e-violations", "Event", "Possible human-rights violations by Tunisia", ("violations", None),
          [("agent", TUNISIA)], status="hypothetical", according_to=[MEPS],
          note="« en cas de violations des droits humains »: a case, hypothetical (as « en cas d’agression » in "
               "gold); the violator, Tunisia, is implied; « droits humains » is no entity."),
    event("e-first-payment", "Delivery", "The first payment of the EU funds to Tunisia", ("versement", None),
          [("agent", EU), ("recipient", TUNISIA)], status="planned",
          note="« quand interviendrait le premier versement »: the payment is expected, its date open: planned; "
               "the giver (the Union, whose Commission pays) and the recipient are implied."),
    event("e-implementing-signing", "Agreement", "The implementing agreements could be signed soon",
          ("signés", None), [("participant", EU), ("participant", TUNISIA)], status="hypothetical", time="t-soon",
          according_to=[DIPLOMAT],
          note="« Les accords d’application pourraient être signés « prochainement » »: a conditional passive with "
               "no agent, hypothetical; the parties, the Union and Tunisia, are implied; « Les accords » is plural "
               "(no mention)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-vdl-details", "Statement", "Von der Leyen details the 105 million euros of aid and the 150 million "
           "euros of budget support", VDL, ("a précisé", None), [],
           about=["e-aid-smugglers", "e-fight-smugglers", "e-budget-support"],
           note="Indirect speech with the reporting clause after it (« a précisé Mme von der Leyen »); no time word "
                "of its own, so no time."),
    speech("s-vdl-invest", "Statement", "Von der Leyen: we invest in our shared prosperity", VDL,
           ("a-t-elle déclaré", None), [("Nous investissons dans notre prospérité commune", None)],
           place=CARTHAGE, about=["e-investment"],
           note="A quote first under an inverted « a-t-elle déclaré au palais de Carthage »: the palace is the "
                "place; no weekday of its own, so no time."),
    speech("s-saied-diktats", "Statement", "Kais Saied rejects the IMF's « diktats »", SAIED, ("rejetant", None),
           [("diktats", None)], about=["e-imf-talks"],
           note="« le chef de l’État tunisien rejetant ses « diktats » »: a participle absolute whose one-word quote "
                "needs a speaker (one pair of guillemets, one speech act); « ses » is the Fund. No time of its own "
                "(« depuis octobre » dates the standstill)."),
    speech("s-saied-guard", "Statement", "Kais Saied: Tunisia will not be Europe's border guard", SAIED,
           ("a martelé", None), [("La Tunisie ne sera pas le garde-frontière de l’Europe", None)],
           about=["e-border-guard"],
           note="A quote first under « a martelé Kais Saied »; no time word of its own."),
    speech("s-saied-call", "Statement", "Kais Saied calls on the Europeans to tackle the « root causes » of "
           "departures", SAIED, ("a appelé", None), [("causes profondes", None)], addressee=EUROPEANS,
           about=["e-root-causes"],
           note="« qui a appelé les Européens à s’attaquer aux « causes profondes » des départs »: a relative with its "
                "own verb and guillemets, a second speech act; the group is the addressee."),
    speech("s-it-interior", "Report", "The Italian interior ministry counts more than 75,000 landings since January",
           IT_INTERIOR, ("selon", None), [], about=["e-landings"],
           note="« selon le ministère italien de l’Intérieur »: a source after the clause."),
    speech("s-meloni-welcome", "Statement", "Giorgia Meloni welcomes « an important step »", MELONI,
           ("a salué", None), [("une étape importante", None)], about=["e-signing"],
           note="A quoted noun phrase that judges the signing; no time word of its own."),
    speech("s-meloni-announce", "Statement", "Giorgia Meloni announces a conference on migration in Rome next Sunday",
           MELONI, ("annoncé", None), [], about=["e-conference"],
           note="« et annoncé une conférence »: a second verb of speech joined by « et », without quote: a second "
                "speech act of hers (the two verbs share the auxiliary « a »)."),
    speech("s-rutte-model", "Statement", "Mark Rutte: the memorandum could serve as a « model »", RUTTE,
           ("jugé", None), [("modèle", None)], about=["e-model"],
           note="« Mark Rutte a, lui, jugé que ... »: the emphatic « lui » splits the auxiliary from the participle, "
                "so the trigger is the participle; a one-word quote in the completive."),
    speech("s-ngos", "Statement", "NGOs denounce an accord made « on the backs of migrants »", NGOS,
           ("ont dénoncé", None), [("sur le dos des migrants", None)], about=["e-signing"],
           note="« Plusieurs ONG ont dénoncé un accord conclu « sur le dos des migrants » »: « un accord conclu » "
                "restates the signing; the quote is the NGOs' judgement (no event of its own)."),
    speech("s-hrw", "Statement", "Human Rights Watch accuses the Tunisian forces of abandoning migrants in the desert",
           HRW, ("accuse", None), [], about=["e-abandonment"],
           note="An accusation in the present, no quote, no time of its own (« début juillet » dates the "
                "abandonment)."),
    speech("s-tn-interior", "Assurance", "The Tunisian interior ministry: no migrant was abandoned", TN_INTERIOR,
           ("a assuré", None), [("Aucun migrant n’a été abandonné", None)], time="t-saturday", according_to=[TAP],
           about=["e-abandonment", "e-no-abandonment"],
           note="A quote first under « a assuré samedi le ministère tunisien de l’Intérieur, cité par l’agence "
                "officielle TAP »: the denial of HRW's charge; TAP, which quotes it, in according_to."),
    speech("s-tap", "Report", "TAP quotes the Tunisian interior ministry", TAP, ("cité", None), [],
           about=["s-tn-interior"], note="« cité par l’agence officielle TAP »: only the name after its title."),
    speech("s-meps", "Statement", "MEPs demand the suspension of the funds in case of human-rights violations", MEPS,
           ("ont réclamé", None), [], place=BRUSSELS, about=["e-funds-suspension", "e-violations"],
           note="« À Bruxelles, des eurodéputés ont réclamé »: the city where they speak; no quote, no time."),
    speech("s-commission-silence", "Statement", "The Commission does not say when the first payment will come",
           COMMISSION, ("n’a pas précisé", None), [], status="negated", about=["e-first-payment"],
           note="« La Commission n’a pas précisé quand interviendrait le premier versement »: a negated speech act "
                "over an indirect question (as « Le Kremlin n’a pas précisé si » in gold/choigou-teheran-2024-08-05)."),
    speech("s-diplomat", "Statement", "A European diplomat tells AFP the implementing agreements could be signed "
           "« soon »", DIPLOMAT, ("a indiqué", None), [("prochainement", None)], addressee=AFP,
           about=["e-implementing-signing"],
           note="A quoted adverb inside indirect speech under « a indiqué à l’AFP un diplomate européen »: AFP, which "
                "he speaks to, is the addressee (the agency is linked, Q40464)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
