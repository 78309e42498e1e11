"""Held-out annotation of orban-moscou-2024-07-05.txt (written for the twenty-fourth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/orban-moscou-2024-07-05.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/orban-moscou-2024-07-05.annotation.src.py --check

From held-out set 24 (moved to gold in session 22; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "orban-moscou-2024-07-05.txt"

NOTE = """\
Held-out-24 article: Hungary's prime minister Viktor Orbán holds talks with Vladimir Putin at the Kremlin on \
Friday 5 July 2024, on a surprise visit to Moscow four days after Hungary took over the rotating presidency of the \
Council of the EU and three days after a first visit to Kyiv, where he urged Volodymyr Zelensky to consider a \
ceasefire; he calls his tour a « peace mission »; Putin greets him as a representative of the EU and repeats his \
conditions (Ukraine's withdrawal from four annexed regions); Charles Michel, Ursula von der Leyen and Josep \
Borrell in Brussels, the Ukrainian foreign ministry and the US State Department react; Peskov had expected no \
breakthrough on Thursday; Orbán is to attend the NATO summit in Washington the next week. Published Friday 5 July \
2024 (the file gives the day). The visit, the presidency, the Kyiv stop, the « peace mission », Putin's words on \
the EU, Michel's and von der Leyen's reactions and the NATO summit follow the real events loosely; the exact \
quotes, the Ukrainian adviser, the ministry's words, Miller's sentence, Peskov's Thursday remark and the Hungarian \
press report are invented or simplified.
What it exercises: a meeting on the publication day at the Kremlin with a role noun and a name in apposition (« Le \
Premier ministre hongrois, Viktor Orbán, s’est entretenu vendredi au Kremlin avec Vladimir Poutine »: a Meeting, \
the Kremlin the place Q133274) during a nominal visit to a city (« lors d’une visite surprise à Moscou »: a Visit \
with no time of its own) with a relative consequence (« qui a aussitôt irrité ses partenaires européens »: a \
local group, the Friday through « aussitôt ») and a time counted back from a nominal take-over by a metonym (« \
quatre jours après la prise par Budapest de la présidence tournante du Conseil de l’UE »: Monday 1 July, Hungary \
the agent, the presidency the theme, the Council a participant, « UE » inside the Council's name); a quote first \
with a pluperfect writing « le matin même » on X by a role noun (« le dirigeant nationaliste »), and a present \
relative speech act with its own quoted noun phrase (« qui présente son périple comme une « mission de paix » »); a \
fronted past weekday with a pluperfect visit, an apposed « une première depuis que » with a past invasion and a \
month, and an exhortation joined by « et » with a proposed ceasefire; a negated speech act with an addressee \
metonym sourced after the clause to an unnamed adviser (« Il n’avait pas informé Kiev de l’étape moscovite, selon \
un conseiller de la présidence ukrainienne »); a quote first with « Je » and « vous » under « a lancé Vladimir \
Poutine à son hôte en ouvrant les discussions » (« son hôte » the guest, Orbán); indirect speech with « a toutefois \
répété que » over a demanded withdrawal by a metonym, a passive annexation with an agent metonym and a possible \
negotiation, then a passive judgement by a state in apposition (« des conditions jugées inacceptables par \
l’Ukraine »); a quote first under « a tranché sur X » with a role noun and a name in apposition and a negated \
mandate; a denunciation with a quoted noun after « d’ » and a participle of opinion with its own guillemets (two \
speech acts by von der Leyen, a suspected appeasement and a negated stopping of Putin); indirect speech by Borrell \
with a negated representation; « À Kiev » (the city) and a ministry's warning with a quoted noun phrase over a \
negated future cession; a quote split after its subject (« Le voyage « ne fera pas avancer la cause de la paix », \
a jugé à Washington ... ») with no event in it; a pluperfect quote first with « Nous » for the Kremlin on a past \
Thursday and a negated breakthrough; a planned attendance at a planned summit « la semaine prochaine » (July 2024, \
the month) with a relative conditional speech act sourced to the Hungarian press.
Places and metonyms. « au Kremlin » where the talks are held is the Moscow Kremlin (Q133274); « porte-parole du \
Kremlin » and « Nous » in Peskov's quote are the institution (Q2060629). « Moscou » is the city visited (« visite \
surprise à Moscou ») and where Orbán does not represent the EU (« l’UE à Moscou »), Q649; Russia (Q159, metonym) \
in « annexées par Moscou ». « Kiev » is the city Orbán went to and « À Kiev » where the ministry speaks (Q1899); \
Ukraine (Q212, metonym) in « informé Kiev » and « que Kiev devait retirer ». « Budapest » is Hungary (local, \
metonym). « Bruxelles » inside Orbán's quote is the city (local, kind name), not the EU: the words put an armchair \
there. « à Washington » (twice) is the city (Q61): the place of Miller's judgement and of the summit.
Mentions. Role nouns in apposition or as subjects are nominal mentions: « Le Premier ministre hongrois », « le \
dirigeant nationaliste », « son hôte » (Orbán, Putin's guest), « Le président russe », « le président du Conseil \
européen », « présidente de la Commission européenne », « Le chef de la diplomatie de l’UE », « le porte-parole du \
département d’État », « porte-parole du Kremlin », « un conseiller de la présidence ukrainienne » (an unnamed \
person), with the bodies named inside them annotated too (« Conseil européen », « Commission européenne », « UE », \
« département d’État », « Kremlin », « la présidence ukrainienne »). « la présidence tournante du Conseil de \
l’UE » and Michel's « La présidence tournante » are one local entity, the rotating presidency of the Council of \
the EU (the office Hungary holds), with « Conseil de l’UE » (local) and « UE » inside the first. « ses partenaires \
européens » (the other EU states), « ses troupes » (Ukraine's armed forces), « quatre régions » (the four annexed \
regions; the participle « annexées » stays outside, as in gold choe-son-hui-moscou-2024-11-02), « le ministère \
ukrainien des Affaires étrangères » and « la presse hongroise » are local. « X » twice is the network. Pronouns: « \
il » (twice), « Il » and « vous » are Orbán, « Je » Putin, « Nous » the Kremlin. Not mentions: \
the possessives « ses », « son », « elle » in « estimant qu’elle » (the policy, not an entity), « La paix », « \
un fauteuil », « son périple », « l’étape moscovite », « Le voyage » and « ses entretiens » (events restated), « les \
discussions », « des conditions », « aucun territoire », « aucune percée », and « représentant » (a predicate).
Statuses. The ceasefire Orbán urges is proposed; the withdrawal Putin demands is proposed and the negotiation that \
would follow it hypothetical; the appeasement is suspected (von der Leyen's judgement); the mandate, the stopping \
of Putin, Orbán's representing the EU in Moscow, the cession of territory and the breakthrough are negated; the \
attendance and the summit are planned, the report to the summit hypothetical (« pourrait »); « Il n’avait pas \
informé Kiev » is a negated speech act.
Times. « vendredi » is the publication day, Friday 5 July 2024; « quatre jours après » counts back from it to \
Monday 1 July 2024 (the take-over); « le matin même » is the morning of that same Friday; « Mardi » is Tuesday 2 \
July 2024 (weekday-past), « jeudi » Thursday 4 July 2024; « en février 2022 » the month; « la semaine prochaine » \
runs from Monday 8 to Sunday 14 July 2024, all in July: the month. The visit has no time of its own (its days are \
not written), as in gold modi-moscou-2024-07-09; Putin's greeting takes the Friday of the talks it opens; the \
reactions of Brussels, Kyiv and Washington have no weekday: no time.
Viktor Orbán, Hungary, the Council of the EU and its rotating presidency, the EU, the European partners, Brussels, \
X, Zelensky, the Ukrainian presidency and its adviser, the Ukrainian troops, the four regions, Michel, the European \
Council, von der Leyen, the European Commission, Borrell, the Ukrainian foreign ministry, the State Department, \
Miller, NATO and the Hungarian press are not in ids.tsv: local, unlinked."""

ORBAN, PUTIN, KREMLIN_PLACE, KREMLIN, PESKOV = "local:viktor-orban", "Q7747", "Q133274", "Q2060629", "Q4359688"
MOSCOW, RUSSIA, UKRAINE, KYIV, WASHINGTON = "Q649", "Q159", "Q212", "Q1899", "Q61"
HUNGARY, PRESIDENCY, EU_COUNCIL, EU, PARTNERS = "local:hungary", "local:eu-council-presidency", \
    "local:council-of-the-eu", "local:european-union", "local:eu-partners"
BRUSSELS, X_NETWORK, ZELENSKY = "local:brussels", "local:x-social-network", "local:volodymyr-zelensky"
ADVISER, UA_PRESIDENCY, UA_TROOPS, REGIONS = "local:ukrainian-presidential-adviser", "local:ukrainian-presidency", \
    "local:ukrainian-armed-forces", "local:four-annexed-regions"
MICHEL, EUCO, VDL, COMMISSION, BORRELL = "local:charles-michel", "local:european-council", \
    "local:ursula-von-der-leyen", "local:european-commission", "local:josep-borrell"
UA_MFA, STATE_DEPT, MILLER, NATO, HU_PRESS = "local:ukrainian-foreign-ministry", "local:us-state-department", \
    "local:matthew-miller", "local:nato", "local:hungarian-press"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ORBAN, "Viktor Orbán", "Viktor Orbán", "person",
     {"description": "Premier ministre hongrois", "unlinked_reason": NOT_VERIFIED}),
    (HUNGARY, "Hongrie", "Hungary", "country",
     {"description": "désignée par « Budapest » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence tournante du Conseil de l’UE", "rotating presidency of the Council of the EU", "other",
     {"description": "la fonction que la Hongrie exerce depuis le 1er juillet 2024", "unlinked_reason": NOT_VERIFIED}),
    (EU_COUNCIL, "Conseil de l’Union européenne", "Council of the European Union", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization",
     {"description": "aussi « l’UE » et « l’Union »", "unlinked_reason": NOT_VERIFIED}),
    (PARTNERS, "partenaires européens de la Hongrie", "Hungary's European partners", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (X_NETWORK, "X", "X (social network)", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (ADVISER, "conseiller de la présidence ukrainienne", "adviser to the Ukrainian presidency", "person",
     {"description": "conseiller que l’article ne nomme pas", "unlinked_reason": "an unnamed person, not one Wikidata "
                                                                               "item"}),
    (UA_PRESIDENCY, "présidence ukrainienne", "Ukrainian presidency", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (UA_TROOPS, "forces armées ukrainiennes", "Armed Forces of Ukraine", "organization",
     {"description": "« ses troupes » (celles de l’Ukraine)", "unlinked_reason": NOT_VERIFIED}),
    (REGIONS, "quatre régions ukrainiennes annexées par la Russie", "four Ukrainian regions annexed by Russia",
     "place", {"unlinked_reason": "a group of regions the article does not name, not one Wikidata item"}),
    (MICHEL, "Charles Michel", "Charles Michel", "person",
     {"description": "président du Conseil européen", "unlinked_reason": NOT_VERIFIED}),
    (EUCO, "Conseil européen", "European Council", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (VDL, "Ursula von der Leyen", "Ursula von der Leyen", "person",
     {"description": "présidente de la Commission européenne", "unlinked_reason": NOT_VERIFIED}),
    (COMMISSION, "Commission européenne", "European Commission", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BORRELL, "Josep Borrell", "Josep Borrell", "person",
     {"description": "chef de la diplomatie de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (UA_MFA, "ministère ukrainien des Affaires étrangères", "Ministry of Foreign Affairs of Ukraine", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (NATO, "Otan", "NATO", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (HU_PRESS, "la presse hongroise", "the Hungarian press", "group",
     {"unlinked_reason": "unnamed media, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Premier ministre hongrois, Viktor Orbán, s’est entretenu vendredi au Kremlin avec Vladimir Poutine, ...
    ("Le Premier ministre hongrois", None, ORBAN, "nominal"),
    ("Viktor Orbán", None, ORBAN, "name"),
    ("Kremlin", "au Kremlin", KREMLIN_PLACE, "name"),
    ("Vladimir Poutine", "avec Vladimir Poutine", PUTIN, "name"),
    ("Moscou", "visite surprise à Moscou", MOSCOW, "name"),
    ("ses partenaires européens", None, PARTNERS, "nominal"),
    ("Budapest", None, HUNGARY, "metonym"),
    ("la présidence tournante du Conseil de l’UE", None, PRESIDENCY, "nominal"),
    ("Conseil de l’UE", None, EU_COUNCIL, "name"),
    ("UE", "Conseil de l’UE", EU, "name"),
    # « La paix ne se fera pas depuis un fauteuil à Bruxelles », avait écrit le matin même sur X le dirigeant ...
    ("Bruxelles", None, BRUSSELS, "name"),
    ("X", "sur X le dirigeant", X_NETWORK, "name"),
    ("le dirigeant nationaliste", None, ORBAN, "nominal"),
    # Mardi, il s’était rendu à Kiev, une première depuis que la Russie a envahi l’Ukraine en février 2022, ...
    ("il", "Mardi, il", ORBAN, "pronoun"),
    ("Kiev", "rendu à Kiev", KYIV, "name"),
    ("Russie", "que la Russie a envahi", RUSSIA, "name"),
    ("Ukraine", "a envahi l’Ukraine", UKRAINE, "name"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    # Il n’avait pas informé Kiev de l’étape moscovite, selon un conseiller de la présidence ukrainienne.
    ("Il", "Il n’avait pas", ORBAN, "pronoun"),
    ("Kiev", "informé Kiev", UKRAINE, "metonym"),
    ("un conseiller de la présidence ukrainienne", None, ADVISER, "nominal"),
    ("la présidence ukrainienne", None, UA_PRESIDENCY, "nominal"),
    # « Je comprends que vous venez aussi en représentant de l’Union européenne », a lancé Vladimir Poutine ...
    ("Je", "« Je comprends", PUTIN, "pronoun"),
    ("vous", "que vous venez", ORBAN, "pronoun"),
    ("Union européenne", None, EU, "name"),
    ("Vladimir Poutine", "a lancé Vladimir Poutine", PUTIN, "name"),
    ("son hôte", None, ORBAN, "nominal"),
    # Le président russe a toutefois répété que Kiev devait retirer ses troupes de quatre régions annexées ...
    ("Le président russe", None, PUTIN, "nominal"),
    ("Kiev", "que Kiev devait", UKRAINE, "metonym"),
    ("ses troupes", None, UA_TROOPS, "nominal"),
    ("quatre régions", None, REGIONS, "nominal"),
    ("Moscou", "annexées par Moscou", RUSSIA, "metonym"),
    ("Ukraine", "inacceptables par l’Ukraine", UKRAINE, "name"),
    # « La présidence tournante n’a aucun mandat pour dialoguer avec la Russie au nom de l’Union », ...
    ("La présidence tournante", None, PRESIDENCY, "nominal"),
    ("Russie", "avec la Russie", RUSSIA, "name"),
    ("Union", "au nom de l’Union", EU, "name"),
    ("X", "sur X le président", X_NETWORK, "name"),
    ("le président du Conseil européen", None, MICHEL, "nominal"),
    ("Conseil européen", None, EUCO, "name"),
    ("Charles Michel", None, MICHEL, "name"),
    # Ursula von der Leyen, présidente de la Commission européenne, a dénoncé une politique d’« apaisement », ...
    ("Ursula von der Leyen", None, VDL, "name"),
    ("présidente de la Commission européenne", None, VDL, "nominal"),
    ("Commission européenne", None, COMMISSION, "name"),
    ("Poutine", "n’arrêtera pas Poutine", PUTIN, "name"),
    # Le chef de la diplomatie de l’UE, Josep Borrell, a rappelé que M. Orbán ne représentait en rien l’UE à Moscou.
    ("Le chef de la diplomatie de l’UE", None, BORRELL, "nominal"),
    ("UE", "diplomatie de l’UE", EU, "name"),
    ("Josep Borrell", None, BORRELL, "name"),
    ("Orbán", "que M. Orbán ne", ORBAN, "name"),
    ("UE", "en rien l’UE", EU, "name"),
    ("Moscou", "l’UE à Moscou", MOSCOW, "name"),
    # À Kiev, le ministère ukrainien des Affaires étrangères a prévenu que l’Ukraine ne céderait « aucun ...
    ("Kiev", "À Kiev", KYIV, "name"),
    ("le ministère ukrainien des Affaires étrangères", None, UA_MFA, "nominal"),
    ("Ukraine", "que l’Ukraine ne céderait", UKRAINE, "name"),
    # Le voyage « ne fera pas avancer la cause de la paix », a jugé à Washington le porte-parole du ...
    ("Washington", "a jugé à Washington", WASHINGTON, "name"),
    ("le porte-parole du département d’État", None, MILLER, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Matthew Miller", None, MILLER, "name"),
    # « Nous n’attendons aucune percée », avait prévenu jeudi Dmitri Peskov, porte-parole du Kremlin.
    ("Nous", "« Nous n’attendons", KREMLIN, "pronoun"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "porte-parole du Kremlin", KREMLIN, "metonym"),
    # M. Orbán doit participer la semaine prochaine au sommet de l’Otan à Washington, où il pourrait ...
    ("Orbán", "M. Orbán doit", ORBAN, "name"),
    ("Otan", None, NATO, "name"),
    ("Washington", "l’Otan à Washington", WASHINGTON, "name"),
    ("il", "où il pourrait", ORBAN, "pronoun"),
    ("la presse hongroise", None, HU_PRESS, "nominal"),
]

PUB_DAY = "The publication day, Friday 5 July 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", None), "2024-07-05", "day", "weekday-publication-day",
     "« s’est entretenu vendredi au Kremlin » in an article of Friday 5 July 2024: that same day. " + PUB_DAY),
    ("t-takeover", ("quatre jours après", None), "2024-07-01", "day", "relative-day-past",
     "« quatre jours après la prise par Budapest de la présidence tournante »: the talks of Friday 5 July are four "
     "days after the take-over, so it is Monday 1 July 2024."),
    ("t-morning", ("le matin même", None), "2024-07-05", "day", "same-day-as-event",
     "« avait écrit le matin même »: the morning of the day of the talks, Friday 5 July 2024 (the pluperfect puts "
     "the post before them). " + PUB_DAY),
    ("t-tuesday", ("Mardi", None), "2024-07-02", "day", "weekday-past",
     "Fronted pluperfect « Mardi, il s’était rendu à Kiev »: the Tuesday before Friday 5 July 2024: 2 July."),
    ("t-february-2022", ("en février 2022", None), "2022-02", "month", "explicit-month-year",
     "« depuis que la Russie a envahi l’Ukraine en février 2022 »: the invasion's month."),
    ("t-thursday", ("jeudi", None), "2024-07-04", "day", "weekday-past",
     "Pluperfect « avait prévenu jeudi Dmitri Peskov »: the Thursday before Friday 5 July 2024: 4 July."),
    ("t-next-week", ("la semaine prochaine", None), "2024-07", "month", "week-future",
     "The week after Friday 5 July 2024 runs from Monday 8 to Sunday 14 July: all in July 2024, so the month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-talks", "Meeting", "Viktor Orbán holds talks with Vladimir Putin at the Kremlin",
          ("s’est entretenu", None), [("participant", ORBAN), ("participant", PUTIN)], place=KREMLIN_PLACE,
          time="t-friday", part_of="e-visit",
          note="« s’est entretenu vendredi au Kremlin avec Vladimir Poutine »: « au Kremlin » where the talks are held "
               "is the place (Q133274). « les discussions » (Putin's greeting) and « ses entretiens » (the last "
               "sentence) restate them."),
    event("e-visit", "Visit", "Viktor Orbán's surprise visit to Moscow", ("visite", None), [("agent", ORBAN)],
          place=MOSCOW,
          note="« lors d’une visite surprise à Moscou »: the city visited is the place (Q649). The visit's days are "
               "not written (the talks are dated, not the visit), so no time, as in gold modi-moscou-2024-07-09. « son "
               "périple » (with the Kyiv stop), « vous venez » in Putin's quote, « l’étape moscovite » and « Le voyage "
               "» restate it."),
    event("e-irritation", "Event", "The visit irritates Hungary's European partners", ("irrité", None),
          [("recipient", PARTNERS)], time="t-friday",
          note="« qui a aussitôt irrité ses partenaires européens »: the relative's subject is the visit (an event, "
               "no role), so the partners are the only role, as those affected (recipient). « aussitôt » after the "
               "Friday visit gives the Friday."),
    event("e-takeover", "Event", "Hungary takes over the rotating presidency of the Council of the EU",
          ("prise", "la prise par Budapest"), [("agent", HUNGARY), ("theme", PRESIDENCY), ("participant", EU_COUNCIL)],
          time="t-takeover",
          note="A nominal take-over with its agent in « par » (« Budapest », Hungary), the presidency the theme and "
               "the Council of the EU a participant (as the SCO in « prend la présidence tournante de l’organisation » "
               "in gold). Its day is counted back from the talks by « quatre jours après »."),
    event("e-kyiv-visit", "Visit", "Viktor Orbán's first visit to Kyiv since the invasion", ("s’était rendu", None),
          [("agent", ORBAN)], place=KYIV, time="t-tuesday",
          note="« Mardi, il s’était rendu à Kiev, une première »: the city (Q1899) is the place; « une première » is "
               "an apposition on the visit, no event of its own."),
    event("e-invasion", "Event", "Russia invaded Ukraine in February 2022", ("a envahi", None),
          [("agent", RUSSIA), ("recipient", UKRAINE)], time="t-february-2022",
          note="« depuis que la Russie a envahi l’Ukraine en février 2022 »: a verb this time (no mention of the "
               "invasion entity Q110999040), so an event with its own month."),
    event("e-ceasefire", "Event", "A ceasefire Orbán urged Zelensky to consider", ("cessez-le-feu", None),
          [("participant", UKRAINE), ("participant", RUSSIA)], status="proposed", according_to=[ORBAN],
          note="« avait exhorté Volodymyr Zelensky à envisager un cessez-le-feu »: what Orbán urges is proposed. The "
               "warring states are not written in the sentence but are the ones of the invasion just named "
               "(implied participants, as the joint exercises of gold)."),
    event("e-withdrawal", "Event", "Ukraine to withdraw its troops from four regions annexed by Russia (Putin's "
          "demand)", ("retirer", None), [("agent", UKRAINE), ("participant", UA_TROOPS)], status="proposed",
          place=REGIONS, according_to=[PUTIN],
          note="« Kiev devait retirer ses troupes de quatre régions »: a demand (« devait » in indirect speech): "
               "proposed. « Kiev » is Ukraine; the troops a participant; the regions they would leave the place (as "
               "the place left in gold modi-moscou-2024-07-09)."),
    event("e-annexation", "Event", "Russia annexed four Ukrainian regions", ("annexées", None),
          [("agent", RUSSIA), ("recipient", REGIONS)],
          note="A passive participle with its agent metonym (« annexées par Moscou »), in Putin's indirect speech "
               "but a past fact the article states: occurred, no time written."),
    event("e-negotiation", "Event", "A possible negotiation between Russia and Ukraine", ("négociation", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="hypothetical", according_to=[PUTIN],
          note="« avant toute négociation »: any future negotiation, conditional on the withdrawal: hypothetical. "
               "Its parties are implied by the sentence (Kiev, Moscou)."),
    event("e-mandate", "Event", "The rotating presidency has no mandate to talk with Russia on behalf of the EU",
          ("mandat", None), [("agent", EU), ("recipient", PRESIDENCY)], status="negated", according_to=[MICHEL],
          note="« La présidence tournante n’a aucun mandat pour dialoguer avec la Russie au nom de l’Union »: the "
               "mandate the EU would give is denied (negated), the presidency the recipient. « dialoguer avec la "
               "Russie » is the mandate's content, the talks of the lede seen as on the EU's behalf; it is not a "
               "second event."),
    event("e-appeasement", "Event", "Orbán's policy of appeasement (von der Leyen's judgement)", ("apaisement", None),
          [("agent", ORBAN)], status="suspected", according_to=[VDL],
          note="« a dénoncé une politique d’« apaisement » »: her characterisation of the trip, not the article's: "
               "suspected (as an opinion in gold). Who is appeased is not written."),
    event("e-stop-putin", "Event", "Appeasement will not stop Putin", ("arrêtera", None), [("recipient", PUTIN)],
          status="negated", according_to=[VDL],
          note="« estimant qu’elle « n’arrêtera pas Poutine » »: a negated future inside her opinion; « elle » is the "
               "policy (an event), so Putin is the only role."),
    event("e-representation", "Event", "Orbán does not represent the EU in Moscow", ("représentait", None),
          [("agent", ORBAN), ("recipient", EU)], status="negated", place=MOSCOW, according_to=[BORRELL],
          note="« M. Orbán ne représentait en rien l’UE à Moscou »: negated, in Borrell's indirect speech; « à Moscou "
               "» is the city."),
    event("e-cession", "Event", "Ukraine will cede no territory", ("céderait", None), [("agent", UKRAINE)],
          status="negated", according_to=[UA_MFA],
          note="« l’Ukraine ne céderait « aucun territoire » »: a future in the past, negated; the territory is not "
               "an entity (« aucun »)."),
    event("e-breakthrough", "Event", "No breakthrough expected from the talks", ("percée", None),
          [("participant", ORBAN), ("participant", PUTIN)], status="negated", according_to=[PESKOV],
          note="« Nous n’attendons aucune percée »: ruled out in advance, negated (as « aucune rencontre bilatérale "
               "n’est prévue » in gold); its parties are those of the talks it is about (implied)."),
    event("e-nato-summit", "Meeting", "NATO summit in Washington next week", ("sommet", None),
          [("participant", NATO)], status="planned", place=WASHINGTON, time="t-next-week",
          note="« au sommet de l’Otan à Washington »: a scheduled summit, planned; the city is the place (Q61)."),
    event("e-attendance", "Event", "Orbán to attend the NATO summit next week", ("doit participer", None),
          [("agent", ORBAN)], status="planned", place=WASHINGTON, time="t-next-week", part_of="e-nato-summit",
          according_to=[HU_PRESS],
          note="« doit participer la semaine prochaine »: planned, part of the summit."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-orban-post", "Statement", "Orbán on X: peace will not be made from an armchair in Brussels", ORBAN,
           ("avait écrit", None), [("La paix ne se fera pas depuis un fauteuil à Bruxelles", None)],
           time="t-morning",
           note="A quote first, written « sur X » (the medium, no role) « le matin même » by « le dirigeant "
                "nationaliste ». A maxim: « La paix ne se fera pas » has no entity to take a role, so no event."),
    speech("s-orban-mission", "Statement", "Orbán presents his tour as a « peace mission »", ORBAN,
           ("présente", None), [("mission de paix", None)], about=["e-visit", "e-kyiv-visit"],
           note="« qui présente son périple comme une « mission de paix » »: a present speech act in a relative clause "
                "with its own guillemets; « son périple » is the Kyiv and Moscow visits together. No time."),
    speech("s-orban-exhortation", "Statement", "Orbán urged Zelensky to consider a ceasefire", ORBAN,
           ("avait exhorté", None), [], addressee=ZELENSKY, time="t-tuesday", place=KYIV, about=["e-ceasefire"],
           note="Joined by « et » to the Tuesday visit: the same Tuesday and the city, Kyiv."),
    speech("s-not-informed", "Statement", "Orbán had not informed Ukraine of his Moscow stop", ORBAN,
           ("n’avait pas informé", None), [], status="negated", addressee=UKRAINE, according_to=[ADVISER],
           about=["e-visit"],
           note="« Il n’avait pas informé Kiev de l’étape moscovite »: a negated speech act (as « n’a pas réagi » in "
                "gold), Kiev (Ukraine) the addressee, « l’étape moscovite » the visit restated."),
    speech("s-adviser", "Report", "A Ukrainian presidential adviser says Kyiv was not informed", ADVISER,
           ("selon", "selon un conseiller"), [], about=["s-not-informed"],
           note="« selon un conseiller de la présidence ukrainienne »: an unnamed source after the clause."),
    speech("s-putin-greeting", "Statement", "Putin: you come also as a representative of the EU", PUTIN,
           ("a lancé", None), [("Je comprends que vous venez aussi en représentant de l’Union européenne", None)],
           addressee=ORBAN, place=KREMLIN_PLACE, time="t-friday", about=["e-visit"],
           note="A quote first; « son hôte » is Orbán, the guest (the addressee). « en ouvrant les discussions » ties "
                "the words to the opening of the talks, so they take the talks' Friday and the Kremlin (as the words "
                "said at the start of a meeting in gold choe-son-hui-moscou-2024-11-02). « vous venez » restates the "
                "visit; « représentant » is a predicate, not a mention."),
    speech("s-putin-conditions", "Statement", "Putin repeats that Ukraine must withdraw from four annexed regions "
           "before any negotiation", PUTIN, ("répété", None), [],
           about=["e-withdrawal", "e-annexation", "e-negotiation"],
           note="« a toutefois répété que »: indirect speech, no quote; the participle is the trigger (an adverb "
                "stands between). No occasion written, so no time."),
    speech("s-ukraine-rejects", "Statement", "Ukraine deems Putin's conditions unacceptable", UKRAINE,
           ("jugées", None), [], about=["e-withdrawal"],
           note="« des conditions jugées inacceptables par l’Ukraine »: a passive participle with its agent in « par »"
                ": a speech act of Ukraine with no quote, about the demanded withdrawal."),
    speech("s-michel", "Statement", "Charles Michel: the rotating presidency has no mandate to talk with Russia on "
           "behalf of the EU", MICHEL, ("a tranché", None),
           [("La présidence tournante n’a aucun mandat pour dialoguer avec la Russie au nom de l’Union", None)],
           about=["e-mandate", "e-visit"],
           note="A quote first, written « sur X » (the medium, no role); no weekday: no time."),
    speech("s-vdl-denounces", "Statement", "Ursula von der Leyen denounces a policy of « appeasement »", VDL,
           ("a dénoncé", None), [("apaisement", None)], about=["e-appeasement"],
           note="« une politique d’« apaisement » »: the quote is the noun alone, after the elided « d’ »."),
    speech("s-vdl-estimates", "Statement", "Von der Leyen: appeasement will not stop Putin", VDL,
           ("estimant", None), [("n’arrêtera pas Poutine", None)], about=["e-stop-putin", "e-appeasement"],
           note="A participle of opinion with its own guillemets: a second speech act of hers (one pair of guillemets "
                "each), as in gold."),
    speech("s-borrell", "Statement", "Josep Borrell recalls that Orbán does not represent the EU in Moscow", BORRELL,
           ("a rappelé", None), [], about=["e-representation"],
           note="Indirect speech without guillemets; no weekday: no time."),
    speech("s-ua-mfa", "Warning", "The Ukrainian foreign ministry warns that Ukraine will cede no territory", UA_MFA,
           ("a prévenu", "a prévenu que l’Ukraine"), [("aucun territoire", None)], place=KYIV,
           about=["e-cession"],
           note="« À Kiev » (fronted) is the city, the place of the warning."),
    speech("s-miller", "Statement", "Matthew Miller: the trip will not advance the cause of peace", MILLER,
           ("a jugé", None), [("ne fera pas avancer la cause de la paix", None)], place=WASHINGTON,
           about=["e-visit"],
           note="The quote follows its subject « Le voyage » (the visit restated, not a mention) and precedes « a jugé "
                "à Washington ... Matthew Miller »; « à Washington » is the city. The advancing of « la cause de la "
                "paix » has no entity to take a role: no event."),
    speech("s-peskov", "Statement", "Peskov: we expect no breakthrough", PESKOV, ("avait prévenu", None),
           [("Nous n’attendons aucune percée", None)], time="t-thursday", about=["e-breakthrough", "e-talks"],
           note="A pluperfect quote first on a past Thursday; « Nous » is the Kremlin (as in gold), a pronoun "
                "mention."),
    speech("s-orban-report", "Statement", "Orbán could report on his talks at the NATO summit", ORBAN,
           ("pourrait rendre compte", None), [], status="hypothetical", place=WASHINGTON, time="t-next-week",
           according_to=[HU_PRESS], about=["e-talks"],
           note="« où il pourrait rendre compte de ses entretiens »: a conditional speech act (hypothetical), at the "
                "summit's place and week; « ses entretiens » restates the talks. No addressee written."),
    speech("s-hu-press", "Report", "The Hungarian press reports Orbán's plans for the NATO summit", HU_PRESS,
           ("selon", "selon la presse"), [], about=["e-attendance", "s-orban-report"],
           note="« selon la presse hongroise » at the end of the sentence covers both the attendance and the possible "
                "report."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
