"""Held-out annotation of zelensky-washington-2023-12-12.txt (written for the fifteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/zelensky-washington-2023-12-12.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/zelensky-washington-2023-12-12.annotation.src.py --check

From held-out set 15 (moved to gold in session 14; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "zelensky-washington-2023-12-12.txt"

NOTE = """\
Held-out-15 article: Volodymyr Zelensky received at the White House by Joe Biden on the publication day, \
Tuesday 12 December 2023 (the file gives the day), to press him to unblock a 61-billion-dollar aid package \
held up in Congress by the Republicans; Biden's announcement of 200 million dollars of arms and his warning to \
Congress; Zelensky's earlier talks at the Capitol with senators and with the Speaker, Mike Johnson, who makes \
no commitment; a possible compromise before Christmas but no vote this week; Zelensky's plea at the National \
Defense University on Monday; his planned trip to Oslo; the Kremlin's mockery and Dmitry Peskov's words; \
Viktor Orban's threat to block accession talks with Ukraine at Thursday's European summit and Berlin's call to \
Budapest. The facts are partly invented (all the quotes, Johnson's words and Berlin's call among them). \
What it exercises: a passive reception on the publication day with a role noun and a name in apposition and \
its place a building (« Le président ukrainien, Volodymyr Zelensky, a été reçu mardi à la Maison Blanche par \
Joe Biden »: a Meeting, Biden the agent, the White House a local place), a relative clause with a verb of \
motion and a verb of urging (« qu’il est venu presser de débloquer une aide de 61 milliards de dollars »: a \
Visit, a speech act of Zelensky addressed to Biden, a proposed unblocking, the aid a proposed Delivery whose \
amount phrase is no mention), two passive participles on the aid with their agents (« réclamée en octobre par \
son hôte »: Biden's request in October 2023, a speech act; « bloquée depuis au Congrès par l’opposition \
républicaine »: a blocking, « depuis » alone no time); a quote first with a condition and a pronoun for each \
state (« Si vous nous lâchez, c’est Poutine qui gagne »: « vous » the United States, « nous » Ukraine, the \
dropping and Putin's victory hypothetical) and « aux côtés du dirigeant américain » (the occasion: the \
reception's day and place); « Celui-ci » for Biden with an announcement without quote and « avant de prévenir \
: » followed by a two-sentence quote (two speech acts; the delivery planned, Congress's action proposed, « un \
cadeau pour le Kremlin » a judgement, no Gift); « Plus tôt dans la journée » with a pluperfect meeting that \
has two partners joined by « puis » (two Meetings with one trigger, both at the Capitol), a role noun with an \
institution inside and a name in apposition (« le président républicain de la Chambre des représentants, Mike \
Johnson »); « Celui-ci » again (Johnson) with a stance in a relative clause (« qui conditionne tout nouveau \
financement à un durcissement de la politique migratoire »: a Statement, the tightening proposed; « tout \
nouveau financement » the aid restated) and a negated commitment (« n’a pris aucun engagement »); a \
conditional compromise with a deadline sourced after the clause (« pourrait être trouvé avant Noël, selon des \
élus démocrates ») and a negated planned vote in the article's own voice (« aucun vote n’est prévu cette \
semaine »); a pluperfect plea on a past weekday before an audience, with the city (« Lundi, M. Zelensky avait \
plaidé sa cause devant les étudiants de l’université de la Défense nationale, à Washington ») and a \
participle with its own quote (« avertissant qu’un arrêt de l’aide américaine « ferait le jeu » de la Russie \
»: a second speech act, the halt hypothetical); a pluperfect earlier visit with a role noun for the city (« la \
capitale américaine », « en septembre »: September 2023); a future passive visit and a summit (« Il est \
attendu mercredi à Oslo pour un sommet avec les dirigeants nordiques »); the Kremlin's mockery without a \
quote (« a aussitôt raillé ce voyage »: « ce voyage » the visit restated; « aussitôt » no time), then a quote \
first with a metonym inside it, a possessive role noun and a name in apposition and a source (« « Les \
milliards de Washington ne changeront rien sur le terrain », a déclaré mardi son porte-parole, Dmitri Peskov, \
cité par l’agence TASS »: a negated change, the TASS Report); « Selon lui » with a one-phrase quote and a \
metonym (« Kiev risque de repartir « les mains vides » »: hypothetical); an event in the article's own voice \
with the actor only in an adjective (« Côté européen aussi, le soutien à l’Ukraine se fissure »); a threat by \
a role noun and a name in apposition with a future weekday and a summit in an incise (« a de nouveau menacé \
de s’opposer jeudi, lors d’un sommet européen à Bruxelles, à l’ouverture de négociations d’adhésion avec Kiev \
»: a Warning, the opposition planned, the summit planned, the opening proposed); an exhortation between two \
metonyms for unlinked states with an urged abstention (« Berlin a exhorté Budapest à ne pas « prendre \
l’Europe en otage » »: proposed, « l’Europe » the European Union).
Places and metonyms. « Washington » is the city where Zelensky spoke on Monday (Q61), and « la capitale \
américaine » the city he visited in September (Q61); « Washington » inside Peskov's quote (« Les milliards de \
Washington ») is the United States (Q30). « Kiev » is Ukraine (Q212) both times (it would leave empty-handed; \
negotiations with it). « Le Kremlin » that mocks and « le Kremlin » inside Biden's quote are the institution \
(Q2060629). « Berlin » (Germany) and « Budapest » (Hungary) are metonyms for local states; « l’Europe » inside \
Berlin's quote is the European Union (a metonym, local), not the continent. « la Maison Blanche » is the \
building where the reception takes place (local place), « au Capitole » the building of the two meetings \
(local place); « au Congrès » is the institution where the aid is blocked (the blocking's place). The \
visit's place is Washington (the city, Q61), where the White House and the Capitol are.
Mentions. Role nouns in apposition are nominal mentions (« Le président ukrainien », « le président \
républicain de la Chambre des représentants », « son porte-parole », « Le Premier ministre hongrois »), and so \
are « son hôte », « dirigeant américain » (from the noun, after fused « du »), « le président ukrainien » in \
the third paragraph; « Chambre des représentants » inside Johnson's title is a name of its own. « Celui-ci » \
(twice: Biden, then Johnson), « il », « Il » (twice) and « lui » are pronouns; « vous » (the United States) and \
« nous » (Ukraine) inside Zelensky's quote are pronouns for states, as « nous » for Ukraine in gold. « M. » is \
left out of « M. Zelensky », as in gold. « 200 millions de dollars d’armes et de munitions » is the theme of \
the announced delivery (a local object) and « Les milliards de Washington » the US funds Peskov speaks of (the \
aid's theme, local). « l’opposition républicaine », « des sénateurs des deux partis », « des élus démocrates \
», « les étudiants de l’université de la Défense nationale » (with « université de la Défense nationale » \
inside, a name) and « les dirigeants nordiques » are local groups. Not mentions: « la presse » (generic), « des \
deux partis » (two parties at once), « la politique migratoire » (a policy), « le terrain », « sa cause », « \
ce voyage » (the visit, an event), « une aide de 61 milliards de dollars » (the aid, an event), the relative « \
qu’ » and « qui », « Noël ».
Statuses. The aid, the unblocking Zelensky presses for, Congress's action Biden calls for, the tightening \
Johnson demands, the accession talks' opening and Hungary's abstention Berlin urges are proposed; the \
announced delivery, the Oslo visit and summit (« est attendu »), the European summit and Orban's threatened \
opposition (a measure threatened against a party, as a promised riposte in gold) are planned; the dropping \
and Putin's victory inside the condition, the compromise (« pourrait »), the halt of US aid (« ferait ») and \
the empty-handed return (« risque de ») are hypothetical; the vote (« aucun vote n’est prévu ») and the change \
on the ground (« ne changeront rien ») are negated; « n’a pris aucun engagement » is a negated speech act.
Times. « mardi » (twice: the reception, Peskov's words) and « Plus tôt dans la journée » are the publication \
day, Tuesday 12 December 2023; Zelensky's quote, Biden's announcement and warning take the reception's \
Tuesday (their occasion, « aux côtés du dirigeant américain »), his urging too, and Johnson's negated \
commitment the Capitol meeting's; « en octobre » is October 2023; « avant Noël » (12 to 24 December 2023) is \
the month, a deadline; « cette semaine » (11 to 17 December 2023) the month; « Lundi » Monday 11 December \
2023; « en septembre » September 2023; « mercredi » Wednesday 13 December; « jeudi » Thursday 14 December. « \
depuis » alone, « immédiat », « aussitôt » and « de nouveau » are not times. The visit, the blocking, the \
Kremlin's mockery, Johnson's condition, the European support, Orban's threat and Berlin's exhortation have no \
weekday or occasion written: no time.
Volodymyr Zelensky, Joe Biden, the White House, Congress, the Republican opposition, the US arms, the Capitol, \
the senators, Mike Johnson, the House of Representatives, the Democratic lawmakers, the National Defense \
University and its students, Oslo, the Nordic leaders, the US funds, the European Union, Viktor Orban, \
Hungary, Brussels and Germany are not in ids.tsv: local, unlinked."""

ZELENSKY, BIDEN, JOHNSON, ORBAN = "local:volodymyr-zelensky", "local:joe-biden", "local:mike-johnson", \
    "local:viktor-orban"
PUTIN, PESKOV, KREMLIN, TASS = "Q7747", "Q4359688", "Q2060629", "Q223799"
US, UKRAINE, RUSSIA, WASHINGTON = "Q30", "Q212", "Q159", "Q61"
WHITE_HOUSE, CAPITOL, CONGRESS, HOUSE = "local:white-house", "local:us-capitol", "local:us-congress", \
    "local:us-house-of-representatives"
REPUBLICANS, SENATORS, DEMOCRATS = "local:republican-opposition", "local:us-senators-both-parties", \
    "local:democratic-lawmakers"
US_ARMS, US_FUNDS = "local:us-arms-200-million", "local:us-funds-for-ukraine"
NDU, STUDENTS = "local:national-defense-university", "local:ndu-students"
OSLO, NORDIC, EU, HUNGARY, BRUSSELS, GERMANY = "local:oslo", "local:nordic-leaders", "local:european-union", \
    "local:hungary", "local:brussels", "local:germany"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House", "place",
     {"description": "résidence et bureau du président des États-Unis, à Washington",
      "unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (CONGRESS, "Congrès des États-Unis", "United States Congress", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (REPUBLICANS, "l’opposition républicaine", "the Republican opposition", "group",
     {"description": "les élus républicains du Congrès, opposés à l’aide", "unlinked_reason": GROUP}),
    (US_ARMS, "200 millions de dollars d’armes et de munitions", "200 million dollars of arms and munitions",
     "object", {"description": "armes et munitions américaines dont Joe Biden annonce l’envoi à l’Ukraine",
                "unlinked_reason": "an unspecified quantity of arms, not one Wikidata item"}),
    (CAPITOL, "Capitole", "United States Capitol", "place",
     {"description": "siège du Congrès, à Washington", "unlinked_reason": NOT_VERIFIED}),
    (SENATORS, "des sénateurs des deux partis", "senators of both parties", "group",
     {"description": "sénateurs américains républicains et démocrates", "unlinked_reason": GROUP}),
    (JOHNSON, "Mike Johnson", "Mike Johnson", "person",
     {"description": "président républicain de la Chambre des représentants", "unlinked_reason": NOT_VERIFIED}),
    (HOUSE, "Chambre des représentants des États-Unis", "United States House of Representatives",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (DEMOCRATS, "des élus démocrates", "Democratic lawmakers", "group",
     {"description": "élus démocrates du Congrès que l’article ne nomme pas", "unlinked_reason": GROUP}),
    (STUDENTS, "les étudiants de l’université de la Défense nationale", "students of the National Defense "
     "University", "group", {"unlinked_reason": GROUP}),
    (NDU, "université de la Défense nationale", "National Defense University", "organization",
     {"description": "université militaire américaine, à Washington", "unlinked_reason": NOT_VERIFIED}),
    (OSLO, "Oslo", "Oslo", "place", {"unlinked_reason": NOT_VERIFIED}),
    (NORDIC, "les dirigeants nordiques", "the Nordic leaders", "group",
     {"description": "dirigeants des pays nordiques", "unlinked_reason": GROUP}),
    (US_FUNDS, "les milliards de Washington", "Washington's billions", "object",
     {"description": "les fonds américains destinés à l’Ukraine, dont l’aide de 61 milliards de dollars",
      "unlinked_reason": "an amount of money, not one Wikidata item"}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ORBAN, "Viktor Orban", "Viktor Orbán", "person",
     {"description": "Premier ministre de la Hongrie", "unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (GERMANY, "Allemagne", "Germany", "country", {"unlinked_reason": NOT_VERIFIED}),
    (HUNGARY, "Hongrie", "Hungary", "country", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président ukrainien, Volodymyr Zelensky, a été reçu mardi à la Maison Blanche par Joe Biden, qu’il ...
    ("Le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Maison Blanche", None, WHITE_HOUSE, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    ("il", "qu’il est venu", ZELENSKY, "pronoun"),
    ("son hôte", None, BIDEN, "nominal"),
    ("Congrès", "au Congrès", CONGRESS, "name"),
    ("l’opposition républicaine", None, REPUBLICANS, "nominal"),
    # « Si vous nous lâchez, c’est Poutine qui gagne », a lancé M. Zelensky devant la presse, aux côtés du ...
    ("vous", "Si vous nous", US, "pronoun"),
    ("nous", "vous nous lâchez", UKRAINE, "pronoun"),
    ("Poutine", None, PUTIN, "name"),
    ("Zelensky", "M. Zelensky devant", ZELENSKY, "name"),
    ("dirigeant américain", None, BIDEN, "nominal"),
    # Celui-ci a annoncé l’envoi immédiat de 200 millions ..., avant de prévenir : « Le Congrès doit agir. ... »
    ("Celui-ci", "Celui-ci a annoncé", BIDEN, "pronoun"),
    ("200 millions de dollars d’armes et de munitions", None, US_ARMS, "nominal"),
    ("Congrès", "Le Congrès doit", CONGRESS, "name"),
    ("Kremlin", "cadeau pour le Kremlin", KREMLIN, "metonym"),
    # Plus tôt dans la journée, le président ukrainien s’était entretenu au Capitole avec des sénateurs ...
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Capitole", None, CAPITOL, "name"),
    ("des sénateurs des deux partis", None, SENATORS, "nominal"),
    ("le président républicain de la Chambre des représentants", None, JOHNSON, "nominal"),
    ("Chambre des représentants", None, HOUSE, "name"),
    ("Mike Johnson", None, JOHNSON, "name"),
    # Celui-ci, qui conditionne tout nouveau financement ..., n’a pris aucun engagement. Un compromis ...
    ("Celui-ci", "Celui-ci, qui", JOHNSON, "pronoun"),
    ("des élus démocrates", None, DEMOCRATS, "nominal"),
    # Lundi, M. Zelensky avait plaidé sa cause devant les étudiants de l’université de la Défense nationale, ...
    ("Zelensky", "M. Zelensky avait", ZELENSKY, "name"),
    ("les étudiants de l’université de la Défense nationale", None, STUDENTS, "nominal"),
    ("université de la Défense nationale", None, NDU, "name"),
    ("Washington", "à Washington, avertissant", WASHINGTON, "name"),
    ("Russie", None, RUSSIA, "name"),
    # Il s’était déjà rendu dans la capitale américaine en septembre. Il est attendu mercredi à Oslo ...
    ("Il", "Il s’était", ZELENSKY, "pronoun"),
    ("la capitale américaine", None, WASHINGTON, "nominal"),
    ("Il", "Il est attendu", ZELENSKY, "pronoun"),
    ("Oslo", None, OSLO, "name"),
    ("les dirigeants nordiques", None, NORDIC, "nominal"),
    # Le Kremlin a aussitôt raillé ce voyage. « Les milliards de Washington ... », a déclaré mardi son ...
    ("Kremlin", "Le Kremlin a aussitôt", KREMLIN, "metonym"),
    ("Les milliards de Washington", None, US_FUNDS, "nominal"),
    ("Washington", "milliards de Washington", US, "metonym"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("TASS", None, TASS, "name"),
    ("lui", "Selon lui", PESKOV, "pronoun"),
    ("Kiev", "Kiev risque", UKRAINE, "metonym"),
    # Côté européen aussi, le soutien à l’Ukraine se fissure. Le Premier ministre hongrois, Viktor Orban, ...
    ("Ukraine", None, UKRAINE, "name"),
    ("Le Premier ministre hongrois", None, ORBAN, "nominal"),
    ("Viktor Orban", None, ORBAN, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    ("Kiev", "adhésion avec Kiev", UKRAINE, "metonym"),
    # Berlin a exhorté Budapest à ne pas « prendre l’Europe en otage ».
    ("Berlin", None, GERMANY, "metonym"),
    ("Budapest", None, HUNGARY, "metonym"),
    ("Europe", None, EU, "metonym"),
]

PUB_DAY = "The publication day, Tuesday 12 December 2023 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "a été reçu mardi"), "2023-12-12", "day", "weekday-publication-day",
     "« a été reçu mardi à la Maison Blanche »: " + PUB_DAY),
    ("t-october", ("en octobre", None), "2023-10", "month", "month-past",
     "Past « réclamée en octobre par son hôte », written in December 2023: October 2023."),
    ("t-earlier-today", ("Plus tôt dans la journée", None), "2023-12-12", "day", "part-of-day",
     "« Plus tôt dans la journée »: earlier on the day of the reception, which is the publication day. " + PUB_DAY),
    ("t-before-christmas", ("avant Noël", None), "2023-12", "month", "deadline",
     "« pourrait être trouvé avant Noël », written on Tuesday 12 December 2023: some day from 12 to 24 December "
     "2023, all in December: the month (a deadline gets the finest precision that is true, as « jusqu’à lundi » "
     "in gold)."),
    ("t-this-week", ("cette semaine", None), "2023-12", "month", "relative-week-future",
     "The week of publication, Monday 11 to Sunday 17 December 2023, falls inside one month: the month (as « "
     "cette semaine » in gold)."),
    ("t-monday", ("Lundi", None), "2023-12-11", "day", "weekday-past",
     "Pluperfect « Lundi, M. Zelensky avait plaidé sa cause »: the Monday before the publication day, 11 December "
     "2023."),
    ("t-september", ("en septembre", None), "2023-09", "month", "month-past",
     "Pluperfect « s’était déjà rendu dans la capitale américaine en septembre », written in December 2023: "
     "September 2023."),
    ("t-wednesday", ("mercredi", None), "2023-12-13", "day", "weekday-future",
     "« Il est attendu mercredi à Oslo »: the Wednesday after the publication day, 13 December 2023."),
    ("t-tuesday-peskov", ("mardi", "a déclaré mardi"), "2023-12-12", "day", "weekday-publication-day",
     "« a déclaré mardi son porte-parole, Dmitri Peskov »: " + PUB_DAY),
    ("t-thursday", ("jeudi", None), "2023-12-14", "day", "weekday-future",
     "« de s’opposer jeudi, lors d’un sommet européen à Bruxelles »: the Thursday after the publication day, 14 "
     "December 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Joe Biden receives Volodymyr Zelensky at the White House",
          ("a été reçu", None), [("agent", BIDEN), ("participant", ZELENSKY)], place=WHITE_HOUSE, time="t-tuesday",
          part_of="e-visit",
          note="Passive with its agent in « par », as « a été reçu jeudi au Kremlin par » in gold: the host is the "
               "agent. « la Maison Blanche » is the building, the place (a local place)."),
    event("e-visit", "Visit", "Volodymyr Zelensky's visit to Washington", ("est venu", None),
          [("agent", ZELENSKY)], place=WASHINGTON,
          note="« qu’il est venu presser de débloquer »: the verb of motion is the visit, its purpose the urging. "
               "The city is not written in that clause; the visit's places (the White House, the Capitol, the "
               "university « à Washington ») are in Washington (Q61). « ce voyage » (the Kremlin's mockery) "
               "restates it. The visit's days are not written as such: no time, as the visits of gold whose length "
               "is not written."),
    event("e-unblocking", "Event", "Joe Biden to unblock the aid (what Zelensky presses him for)",
          ("débloquer", None), [("agent", BIDEN)], status="proposed", according_to=[ZELENSKY],
          note="« presser de débloquer »: what Zelensky urges: proposed. The text makes Biden its agent (the one "
               "pressed), though the blocking is in Congress."),
    event("e-aid", "Delivery", "A 61-billion-dollar US aid package for Ukraine, requested and blocked",
          ("aide", "une aide de 61 milliards"), [("agent", US), ("recipient", UKRAINE), ("theme", US_FUNDS)],
          status="proposed", according_to=[BIDEN],
          note="« une aide de 61 milliards de dollars, réclamée en octobre par son hôte et bloquée depuis au Congrès "
               "»: requested by Biden (its proposer, in according_to), not voted: proposed. The amount phrase is the "
               "Delivery, not a mention (as the aid of 100 million yuan in gold); Ukraine, the recipient, is "
               "implied (the story), and « Les milliards de Washington » in Peskov's quote are its funds (the "
               "theme). « tout nouveau financement » (Johnson's condition) restates it."),
    event("e-blocking", "Event", "The Republican opposition blocks the aid in Congress", ("bloquée", None),
          [("agent", REPUBLICANS)], place=CONGRESS,
          note="« bloquée depuis au Congrès par l’opposition républicaine »: a passive participle with its agent. "
               "« au Congrès » is where it is blocked: the institution as the place. « depuis » alone (since the "
               "request) gives no time."),
    event("e-us-drop", "Event", "The United States drop Ukraine (Zelensky's condition)", ("lâchez", None),
          [("agent", US), ("recipient", UKRAINE)], status="hypothetical", according_to=[ZELENSKY],
          note="« Si vous nous lâchez »: a condition inside the quote: hypothetical. « vous » is the United States, "
               "« nous » Ukraine."),
    event("e-putin-wins", "Event", "Putin wins if the United States drop Ukraine", ("gagne", None),
          [("agent", PUTIN)], status="hypothetical", according_to=[ZELENSKY],
          note="« c’est Poutine qui gagne »: the consequence of the condition: hypothetical."),
    event("e-arms-delivery", "Delivery", "Joe Biden announces the immediate sending of 200 million dollars of arms "
          "and munitions", ("envoi", None), [("agent", BIDEN), ("recipient", UKRAINE), ("theme", US_ARMS)],
          status="planned", according_to=[BIDEN],
          note="« a annoncé l’envoi immédiat »: announced, not yet made: planned. Biden the agent, as « lui a promis "
               "de nouvelles livraisons » has Putin as agent in gold; Ukraine the implied recipient. « immédiat » is "
               "an adjective, no time."),
    event("e-congress-action", "Event", "Congress must act (Biden's call)", ("agir", None), [("agent", CONGRESS)],
          status="proposed", according_to=[BIDEN],
          note="« Le Congrès doit agir »: what Biden calls for: proposed. « Chaque jour de retard est un cadeau pour "
               "le Kremlin » is a judgement: no Gift, no event (as « est une immense déception » in gold)."),
    event("e-senators-meeting", "Meeting", "Zelensky holds talks at the Capitol with senators of both parties",
          ("s’était entretenu", None), [("participant", ZELENSKY), ("participant", SENATORS)], place=CAPITOL,
          time="t-earlier-today", part_of="e-visit",
          note="« Plus tôt dans la journée, le président ukrainien s’était entretenu au Capitole avec des sénateurs "
               "des deux partis, puis avec ... Mike Johnson »: « puis » makes two meetings, one after the other; they "
               "share the trigger, the place and the time (as two speech acts share one trigger in gold)."),
    event("e-johnson-meeting", "Meeting", "Zelensky then holds talks at the Capitol with Mike Johnson",
          ("s’était entretenu", None), [("participant", ZELENSKY), ("participant", JOHNSON)], place=CAPITOL,
          time="t-earlier-today", part_of="e-visit",
          note="The second meeting of the same sentence (« puis avec »)."),
    event("e-migration-tightening", "Event", "A tightening of US migration policy (Johnson's condition)",
          ("durcissement", None), [("agent", US)], status="proposed", according_to=[JOHNSON],
          note="« qui conditionne tout nouveau financement à un durcissement de la politique migratoire »: what "
               "Johnson demands in exchange: proposed. The United States are the implied agent (their policy)."),
    event("e-compromise", "Agreement", "A compromise on the aid could be found before Christmas",
          ("compromis", None), [("participant", REPUBLICANS), ("participant", DEMOCRATS)],
          status="hypothetical", time="t-before-christmas", according_to=[DEMOCRATS],
          note="« Un compromis pourrait être trouvé avant Noël, selon des élus démocrates »: conditional: "
               "hypothetical. Its parties are implied: the Republican opposition that blocks the aid and the "
               "Democrats who speak."),
    event("e-vote", "Event", "No vote on the aid is planned in Congress this week", ("vote", None),
          [("participant", CONGRESS)], status="negated", time="t-this-week",
          note="« mais aucun vote n’est prévu cette semaine »: a negated vote in the article's own voice (as « "
               "Aucune rencontre avec l’opposition n’est prévue » in gold); Congress, where the aid is blocked, is "
               "the implied participant. « selon des élus démocrates » belongs to the clause before « mais »."),
    event("e-aid-halt", "Event", "A halt of US aid to Ukraine (Zelensky's warning)", ("arrêt", None),
          [("agent", US), ("recipient", UKRAINE)], status="hypothetical", according_to=[ZELENSKY],
          note="« qu’un arrêt de l’aide américaine « ferait le jeu » de la Russie »: a case he warns of "
               "(conditional « ferait »): hypothetical. The United States from the adjective « américaine », Ukraine "
               "implied. « ferait le jeu de la Russie » is a judgement of its consequence, no event of its own."),
    event("e-september-visit", "Visit", "Zelensky had already visited Washington in September",
          ("s’était déjà rendu", None), [("agent", ZELENSKY)], place=WASHINGTON, time="t-september",
          note="« Il s’était déjà rendu dans la capitale américaine en septembre »: the city (Q61)."),
    event("e-oslo-visit", "Visit", "Zelensky is expected in Oslo on Wednesday", ("est attendu", None),
          [("agent", ZELENSKY)], status="planned", place=OSLO, time="t-wednesday",
          note="« Il est attendu mercredi à Oslo »: planned (as « est attendue » in gold)."),
    event("e-nordic-summit", "Meeting", "Summit of Zelensky with the Nordic leaders in Oslo on Wednesday",
          ("sommet", "un sommet avec"), [("participant", ZELENSKY), ("participant", NORDIC)], status="planned",
          place=OSLO, time="t-wednesday", part_of="e-oslo-visit",
          note="« pour un sommet avec les dirigeants nordiques »: the purpose of the planned visit: planned, with its "
               "day and place."),
    event("e-no-change", "Event", "Washington's billions will change nothing on the ground (Peskov)",
          ("changeront", None), [("participant", US_FUNDS)], status="negated", according_to=[PESKOV],
          note="« Les milliards de Washington ne changeront rien sur le terrain »: a change the speaker denies: "
               "negated according to him (as « n’avait « joué aucun rôle » » in gold)."),
    event("e-empty-handed", "Event", "Ukraine may leave empty-handed (Peskov)", ("repartir", None),
          [("agent", UKRAINE)], status="hypothetical", according_to=[PESKOV],
          note="« Selon lui, Kiev risque de repartir « les mains vides » »: a risk: hypothetical; « Kiev » is "
               "Ukraine (its president's delegation), a metonym."),
    event("e-support-cracks", "Event", "European support for Ukraine is cracking", ("se fissure", None),
          [("agent", EU), ("recipient", UKRAINE)],
          note="« Côté européen aussi, le soutien à l’Ukraine se fissure »: the article's own voice, no source. The "
               "supporters are only in the adjective « européen »: the European Union (implied) is the agent."),
    event("e-eu-summit", "Meeting", "European summit in Brussels on Thursday", ("sommet", "un sommet européen"),
          [("participant", EU)], status="planned", place=BRUSSELS, time="t-thursday",
          note="« lors d’un sommet européen à Bruxelles »: scheduled: planned. The European Union from the adjective "
               "« européen » is the participant."),
    event("e-orban-opposition", "Event", "Viktor Orban to oppose the opening of accession talks with Ukraine on "
          "Thursday", ("s’opposer", None), [("agent", ORBAN)], status="planned", place=BRUSSELS,
          time="t-thursday", part_of="e-eu-summit", according_to=[ORBAN],
          note="« a de nouveau menacé de s’opposer jeudi »: a measure threatened against a party, planned (as a "
               "promised riposte or promised tariffs in gold). « de nouveau » is no time."),
    event("e-accession-talks", "Event", "Opening of EU accession negotiations with Ukraine", ("ouverture", None),
          [("participant", EU), ("participant", UKRAINE)], status="proposed",
          note="« l’ouverture de négociations d’adhésion avec Kiev »: on the summit's table, not agreed: proposed. "
               "The European Union is implied (« européen », « adhésion »), « Kiev » is Ukraine. No time of its own: "
               "« jeudi » dates Orban's opposition."),
    event("e-hostage", "Event", "Hungary not to take Europe hostage (Berlin's call)", ("prendre", None),
          [("agent", HUNGARY), ("recipient", EU)], status="proposed", according_to=[GERMANY],
          note="« à ne pas « prendre l’Europe en otage » »: an urged refusal, annotated as the urged abstention, "
               "proposed, with a label that says so (gold). « l’Europe » is the European Union."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-zelensky-urges", "Statement", "Zelensky presses Biden to unblock the aid", ZELENSKY,
           ("presser", None), [], addressee=BIDEN, time="t-tuesday", place=WHITE_HOUSE,
           about=["e-unblocking", "e-aid"],
           note="« qu’il est venu presser de débloquer une aide »: urging, a speech act without a quote, addressed to "
                "Biden (the relative pronoun « qu’ »). It belongs to the reception: its Tuesday and its place."),
    speech("s-biden-request", "Statement", "Biden requested the aid package in October", BIDEN,
           ("réclamée", None), [], addressee=CONGRESS, time="t-october", about=["e-aid"],
           note="« réclamée en octobre par son hôte »: a request in a passive participle, Biden its speaker; "
                "Congress, which must vote the aid, is the implied addressee."),
    speech("s-zelensky-quote", "Statement", "Zelensky: if you drop us, Putin wins", ZELENSKY, ("a lancé", None),
           [("Si vous nous lâchez, c’est Poutine qui gagne", None)], time="t-tuesday", place=WHITE_HOUSE,
           about=["e-us-drop", "e-putin-wins"],
           note="A quote first. « devant la presse, aux côtés du dirigeant américain »: the press is generic; the "
                "occasion is the reception, whose day and place the words take."),
    speech("s-biden-announcement", "Statement", "Biden announces the immediate sending of 200 million dollars of "
           "arms", BIDEN, ("a annoncé", None), [], time="t-tuesday", place=WHITE_HOUSE, about=["e-arms-delivery"],
           note="« Celui-ci a annoncé l’envoi immédiat »: no quote; the same occasion as Zelensky's words."),
    speech("s-biden-warning", "Warning", "Biden warns that Congress must act; every day of delay is a gift to the "
           "Kremlin", BIDEN, ("prévenir", None),
           [("Le Congrès doit agir. Chaque jour de retard est un cadeau pour le Kremlin.", None)],
           evidence=("Celui-ci a annoncé", "le Kremlin. »"), time="t-tuesday", place=WHITE_HOUSE,
           about=["e-congress-action"],
           note="« avant de prévenir : « ... » »: a second verb of speech with its own guillemets, a second act "
                "(gold). One pair of guillemets with two sentences: one quote, its final full stop inside; the "
                "evidence runs to the closing guillemet."),
    speech("s-johnson-condition", "Statement", "Johnson makes any new funding conditional on tighter migration "
           "policy", JOHNSON, ("conditionne", None), [], about=["e-aid", "e-migration-tightening"],
           note="« qui conditionne tout nouveau financement à un durcissement de la politique migratoire »: a stance "
                "without a quote, in the present: no time."),
    speech("s-johnson-no-commitment", "Assurance", "Johnson made no commitment", JOHNSON, ("engagement", None), [],
           status="negated", time="t-earlier-today", place=CAPITOL, about=["e-aid"],
           note="« n’a pris aucun engagement »: a negated speech act (as « n’a fait aucun commentaire » in gold), "
                "trigger the noun. It belongs to the meeting with Zelensky: its day and place."),
    speech("s-democrats", "Report", "Democratic lawmakers say a compromise could be found before Christmas",
           DEMOCRATS, ("selon", "selon des élus"), [], about=["e-compromise"],
           note="« selon des élus démocrates », after the clause; no time of its own."),
    speech("s-ndu-plea", "Statement", "Zelensky pleads his case before the students of the National Defense "
           "University", ZELENSKY, ("avait plaidé", None), [], addressee=STUDENTS, time="t-monday",
           place=WASHINGTON, about=["e-aid-halt"],
           note="« Lundi, M. Zelensky avait plaidé sa cause devant les étudiants de l’université de la Défense "
                "nationale, à Washington »: the speech at the university, a pluperfect speech act with its audience "
                "(addressee) and the city (Q61) as place; « sa cause » is no event. About the halt he warns of in the "
                "same sentence."),
    speech("s-ndu-warning", "Warning", "Zelensky warns that halting US aid would play into Russia's hands",
           ZELENSKY, ("avertissant", None), [("ferait le jeu", None)], time="t-monday", place=WASHINGTON,
           about=["e-aid-halt"],
           note="A participle with its own guillemets: a second speech act (gold), with the plea's Monday and city."),
    speech("s-kremlin-mockery", "Statement", "The Kremlin mocks Zelensky's trip", KREMLIN, ("raillé", None), [],
           about=["e-visit"],
           note="« Le Kremlin a aussitôt raillé ce voyage »: the institution (Q2060629), no quote (the quote of the "
                "next sentence belongs to Peskov's « a déclaré »). « aussitôt » is not a time; no weekday: no time."),
    speech("s-peskov", "Statement", "Peskov: Washington's billions will change nothing on the ground", PESKOV,
           ("a déclaré", None), [("Les milliards de Washington ne changeront rien sur le terrain", None)],
           time="t-tuesday-peskov", according_to=[TASS], about=["e-no-change", "e-aid"],
           note="A quote first, « a déclaré mardi son porte-parole, Dmitri Peskov, cité par l’agence TASS »: « son "
                "porte-parole » (the Kremlin's) and the name in apposition are two mentions."),
    speech("s-tass", "Report", "TASS quotes Peskov", TASS, ("cité", None), [], about=["s-peskov"]),
    speech("s-peskov-empty-hands", "Statement", "Peskov: Kyiv risks leaving empty-handed", PESKOV,
           ("Selon", "Selon lui"), [("les mains vides", None)], time="t-tuesday-peskov",
           about=["e-empty-handed"],
           note="« Selon lui » with a quote: a speech act of Peskov, trigger « Selon » (as « Pour » in gold); the "
                "words continue his Tuesday statement, whose day they take."),
    speech("s-orban-threat", "Warning", "Orban threatens again to block accession talks with Ukraine at the summit",
           ORBAN, ("menacé", None), [], about=["e-orban-opposition", "e-accession-talks", "e-eu-summit"],
           note="« a de nouveau menacé de s’opposer jeudi »: a threat without a quote (a Warning, as « a menacé de "
                "rompre » in gold). « jeudi » dates the opposition, not the threat: no time."),
    speech("s-berlin-exhortation", "Statement", "Germany urges Hungary not to take Europe hostage", GERMANY,
           ("a exhorté", None), [("prendre l’Europe en otage", None)], addressee=HUNGARY, about=["e-hostage"],
           note="« Berlin a exhorté Budapest »: two metonyms for local states; the quote is the urged act's words, "
                "without « ne pas », which stands outside the guillemets."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
