"""Held-out annotation of xi-macron-paris-2024-05-06.txt (written for the fifteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/xi-macron-paris-2024-05-06.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/xi-macron-paris-2024-05-06.annotation.src.py --check

From held-out set 15 (moved to gold in session 14; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "xi-macron-paris-2024-05-06.txt"

NOTE = """\
Held-out-15 article: Xi Jinping's state visit to France, received by Emmanuel Macron at the Élysée on Monday 6 May \
2024 (the file gives the day), the day after his arrival in Paris; a three-way meeting with Ursula von der Leyen in \
the morning and a planned state dinner; the trade disputes (the EU's anti-subsidy probe into Chinese electric cars, \
China's anti-dumping riposte on cognac and European brandy, Xi's denial of overcapacity, Macron's welcome of his \
« openness »); Ukraine, Macron's call on Xi to weigh on Moscow and an « Olympic truce » Xi joins; the Chinese foreign \
ministry's Sunday statement; Peskov's objection and Kyiv's welcome and doubt; the planned trip to the Tourmalet, the \
next legs in Serbia and Hungary, where Viktor Orban is to welcome him on Thursday, and Washington's silence. The \
facts are partly invented.
What it exercises: a passive reception on the publication day with a title right before the guest's name and the \
host as agent after a palace (« Le président chinois Xi Jinping a été reçu lundi à l’Élysée par Emmanuel Macron »: \
a Meeting, Macron the agent, the palace the place; « Le président chinois » is part of the name's phrase, not a \
mention of its own), « au lendemain de son arrivée à Paris » (the arrival, an event, gets Sunday 5 May with no span, \
rule eve-of-event, as « au lendemain d’un appel » in gold) and « sa première tournée européenne depuis cinq ans » \
(the tour, a Visit with no place and no time; « cinq ans » a duration attached to nothing); a pluperfect meeting on \
the same day with an adverb inside the verb (« Les deux hommes s’étaient d’abord entretenus dans la matinée avec la \
présidente de la Commission européenne, Ursula von der Leyen »: three participants, trigger « entretenus ») and a \
planned nominal dinner with a passive participle (« avant un dîner d’État prévu dans la soirée »: a Banquet, \
planned); a quote split around « a-t-elle prévenu à l’issue de cette rencontre à trois » with a sentence end inside \
the split, « L’Europe » and « Nous » for the European Union and a planned defence of « nos entreprises » (the \
occasion restates the three-way meeting and gives the words its morning and place); a metonym for an institution \
with a month of the previous year (« Bruxelles a ouvert en octobre une enquête antisubventions sur les voitures \
électriques chinoises »: the Commission the agent, China the recipient from the adjective, the cars the theme, \
October 2023) and a riposte by a metonym with a month of the publication year whose means is a nominal probe (« \
Pékin a riposté en janvier par une procédure antidumping visant le cognac et les autres brandys européens »: one \
event, trigger « a riposté », the EU the recipient, the two products the themes); a quote first with « a rétorqué M. \
Xi, cité par l’agence Chine nouvelle » (a negated predicate, no event; Xinhua's Report); a welcome with a quoted \
noun by a role noun for the host about a role noun for the guest (« Le président français s’est néanmoins félicité \
de « l’ouverture » de son invité sur le cognac ») joined by « mais » to a negated nominal decision with no actor \
written (« aucune décision n’a été annoncée »: China's, negated, as « rien n’a été communiqué ... concernant un \
éventuel accord » in the bundled article); a call without guillemets with a topic (« Sur l’Ukraine, Emmanuel Macron \
a appelé le numéro un chinois à peser sur Moscou »: Xi the addressee, the pressure proposed) and a relative state \
with a predicate role noun (« dont Pékin reste le premier partenaire commercial »: no event, the predicate no \
mention); a rallying to a nominal call with its own guillemets, with two metonyms and a period (« Xi Jinping s’est \
aussi rallié à l’appel de son hôte à une « trêve olympique » entre Moscou et Kiev pendant les Jeux »: an Acceptance \
of Xi, a speech act of Macron with trigger « appel » and the quote, the truce proposed between Russia and Ukraine), \
a relative opening with a date and a role noun for the city (« qui s’ouvriront le 26 juillet dans la capitale \
française »: planned) and « selon l’Élysée » (the presidency, a metonym, over the rallying and the call); a \
reporting clause inserted between subject and verb, pluperfect on a past weekday with a possessive ministry and a \
quoted negated predicate (« La Chine, avait assuré dimanche son ministère des Affaires étrangères, n’est « ni à \
l’origine ni partie prenante » de la guerre »: an Assurance with no event; « la guerre » the invasion, Q110999040); \
indirect speech without guillemets first with a conditional and a metonym, then « a objecté le porte-parole du \
Kremlin, Dmitri Peskov » (the rearmament hypothetical; « une telle pause » restates the truce); « À Kiev » (the \
city) a welcome of « l’initiative » (the truce) by « la diplomatie ukrainienne » and a participle of doubt (« tout en \
doutant que Moscou la respecte »: a second speech act, the respect hypothetical; « la » the truce, no mention); a \
planned trip on a future weekday to a named pass with its range in apposition (« Mardi, Emmanuel Macron doit emmener \
le dirigeant chinois au col du Tourmalet, dans les Pyrénées ») and a relative imperfect habit with « il » (« où il \
passait ses vacances enfant »: occurred, no time); a future with two destinations joined by « puis » (two planned \
Visits, one trigger) and a planned welcome in a relative clause with a title right before the name and an elided \
object clitic on a future weekday (« où le Premier ministre Viktor Orban doit l’accueillir jeudi »); a metonym with a \
relative accusation (« Washington, qui accuse Pékin d’aider l’industrie militaire russe »: the help suspected) and a \
negated reaction « dans l’immédiat » (the publication day).
Places and metonyms. « à l’Élysée » where Xi is received is the palace (local:elysee-palace) and « selon l’Élysée » \
the French presidency (local:french-presidency), as « au Kremlin » (Q133274) and « Le Kremlin » (Q2060629) in the \
bundled article and in gold; « Bruxelles » that opens a probe is the European Commission (local), the institution \
that did it, not the city (no precedent in gold: Bruxelles was only a place there); « L’Europe » that « ne peut pas \
accepter » and « Nous » in von der Leyen's quote are the European Union (local), which she speaks for, so « L’Europe \
» is a metonym (not the continent, local:europe in gold). « Pékin » is China (Q148) three times, « Moscou » Russia \
(Q159) three times, « Kiev » Ukraine (Q212) where it is a party to the truce and would rearm and the city (Q1899) in \
« À Kiev », « Washington » the United States (Q30). « Paris » and « la capitale française » are the city (local). \
The three-way meeting has no place written: Paris, the city of the visit (the Élysée is the evening reception's). \
Mentions. « Xi Jinping » (three times), « M. Xi » (« Xi »), « son invité », « le numéro un chinois » and « le \
dirigeant chinois » are Xi; « Emmanuel Macron » (three times), « Le président français », « son hôte » and « il » \
(« où il passait ») are Macron; « la présidente de la Commission européenne » (with « Commission européenne » inside) \
and « elle » (« a-t-elle ») are von der Leyen; « le porte-parole du Kremlin » (with « Kremlin », the institution, \
inside) is Peskov; titles right before a name are part of the name's phrase (« Le président chinois Xi Jinping », « \
l’agence Chine nouvelle », « le Premier ministre Viktor Orban »). Things that events take as theme are mentions (« \
les voitures électriques chinoises », « le cognac » twice, « les autres brandys européens », « nos entreprises », « \
l’industrie militaire russe »); « Jeux » is the Paris 2024 Olympic Games (local, type other). Not mentions: « Les \
deux hommes » (a plural phrase); « son » in « son ministère » (a possessive); « le premier \
partenaire commercial » (a predicate); « des pratiques qui faussent le marché » and « le marché » (generic); « \
l’initiative », « une telle pause » and « la » (the truce, an event); « l’ » in « l’accueillir » (an elided object \
clitic); « cette rencontre à trois » (the meeting restated); « Chine » inside « Chine nouvelle » (it only gives its \
name).
Statuses. The dinner, the EU's defence of its companies, the Games' opening, the Tourmalet trip, the visits to \
Serbia and Hungary and Orban's welcome are planned; the pressure on Moscow and the truce are proposed; the \
rearmament (« pourrait ») and Russia's respect of the truce (« doutant que ») are hypothetical; the help to the \
Russian military industry is suspected (Washington's accusation); the decision on cognac is negated, as is \
Washington's reaction (a negated speech act). The rallying and the call are given « selon l’Élysée ».
Times. « lundi » is the publication day, Monday 6 May 2024; « dans la matinée » and « dans la soirée » are parts of \
it; the arrival is Sunday 5 May (eve-of-event, no span) and « dimanche » (the ministry's pluperfect assurance) that \
same Sunday; « en octobre » October 2023 (the last October before May 2024), « en janvier » January 2024; « le 26 \
juillet » 26 July 2024; « pendant les Jeux » (26 July to 11 August 2024, across two months) the year 2024, the \
truce's time; « Mardi » Tuesday 7 May and « jeudi » Thursday 9 May 2024 (weekday-future); « dans l’immédiat » the \
publication day; « cinq ans » a duration attached to nothing. Xi's retort, Macron's welcome and call, the rallying, \
Peskov's objection and Kyiv's words have no weekday or occasion written: no time. « enfant » is not a time.
Entities. Xi Jinping, China, Russia, Ukraine, the invasion, Kyiv, Peskov, the Kremlin (the institution) and the \
United States are linked. Emmanuel Macron, the Élysée palace, the French presidency, Paris, Ursula von der Leyen, \
the European Commission, the European Union, the European companies, the Chinese electric cars, cognac, the other \
European brandies, Xinhua, the Paris 2024 Olympic Games, the Chinese and Ukrainian foreign ministries, the col du \
Tourmalet, the Pyrenees, Serbia, Hungary, Viktor Orban and the Russian military industry are not in ids.tsv: local, \
unlinked."""

XI, CHINA, RUSSIA, UKRAINE, INVASION, KYIV = "Q15031", "Q148", "Q159", "Q212", "Q110999040", "Q1899"
PESKOV, KREMLIN, US = "Q4359688", "Q2060629", "Q30"
MACRON, ELYSEE_PALACE, PRESIDENCY, PARIS = "local:emmanuel-macron", "local:elysee-palace", \
    "local:french-presidency", "local:paris"
VDL, EC, EU, EU_FIRMS = "local:ursula-von-der-leyen", "local:european-commission", "local:european-union", \
    "local:european-companies"
CARS, COGNAC, BRANDIES, XINHUA = "local:chinese-electric-cars", "local:cognac", "local:european-brandies", \
    "local:xinhua"
GAMES, CN_MFA, UA_MFA = "local:paris-2024-olympics", "local:chinese-foreign-ministry", \
    "local:ukrainian-foreign-ministry"
TOURMALET, PYRENEES, SERBIA, HUNGARY = "local:col-du-tourmalet", "local:pyrenees", "local:serbia", "local:hungary"
ORBAN, RU_INDUSTRY = "local:viktor-orban", "local:russian-military-industry"

DESCRIPTIONS = {
    INVASION: "la guerre que l’article nomme « la guerre » dans la phrase du ministère chinois",
    KREMLIN: "l’institution que désigne « porte-parole du Kremlin »",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MACRON, "Emmanuel Macron", "Emmanuel Macron", "person",
     {"description": "président de la France", "unlinked_reason": NOT_VERIFIED}),
    (ELYSEE_PALACE, "palais de l’Élysée", "Élysée Palace", "place",
     {"description": "résidence du président français, à Paris, où Xi Jinping est reçu",
      "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence de la République française", "French presidency", "organization",
     {"description": "l’institution que désigne « l’Élysée » dans « selon l’Élysée »",
      "unlinked_reason": NOT_VERIFIED}),
    (PARIS, "Paris", "Paris", "place", {"unlinked_reason": NOT_VERIFIED}),
    (VDL, "Ursula von der Leyen", "Ursula von der Leyen", "person",
     {"description": "présidente de la Commission européenne", "unlinked_reason": NOT_VERIFIED}),
    (EC, "Commission européenne", "European Commission", "organization",
     {"description": "aussi désignée par « Bruxelles », qui ouvre l’enquête", "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization",
     {"description": "« L’Europe » et « Nous » dans la citation d’Ursula von der Leyen",
      "unlinked_reason": NOT_VERIFIED}),
    (EU_FIRMS, "entreprises européennes", "European companies", "group",
     {"description": "« nos entreprises » dans la citation d’Ursula von der Leyen",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (CARS, "voitures électriques chinoises", "Chinese electric cars", "object",
     {"description": "objet de l’enquête antisubventions de la Commission européenne",
      "unlinked_reason": "an unspecified set of products, not one Wikidata item"}),
    (COGNAC, "cognac", "cognac", "object",
     {"description": "eau-de-vie visée par la procédure antidumping chinoise", "unlinked_reason": NOT_VERIFIED}),
    (BRANDIES, "autres brandys européens", "other European brandies", "object",
     {"unlinked_reason": "an unspecified set of products, not one Wikidata item"}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (GAMES, "Jeux olympiques de Paris 2024", "2024 Summer Olympics", "other",
     {"description": "« les Jeux », qui s’ouvrent le 26 juillet 2024 à Paris", "unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (UA_MFA, "ministère ukrainien des Affaires étrangères", "Ministry of Foreign Affairs of Ukraine",
     "organization", {"description": "« la diplomatie ukrainienne »", "class_qid": "Q20901295",
                      "unlinked_reason": NOT_VERIFIED}),
    (TOURMALET, "col du Tourmalet", "Col du Tourmalet", "place",
     {"description": "col des Pyrénées", "unlinked_reason": NOT_VERIFIED}),
    (PYRENEES, "Pyrénées", "Pyrenees", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SERBIA, "Serbie", "Serbia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (HUNGARY, "Hongrie", "Hungary", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ORBAN, "Viktor Orban", "Viktor Orbán", "person",
     {"description": "Premier ministre de la Hongrie", "unlinked_reason": NOT_VERIFIED}),
    (RU_INDUSTRY, "industrie militaire russe", "Russian military industry", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président chinois Xi Jinping a été reçu lundi à l’Élysée par Emmanuel Macron, au lendemain de son ...
    ("Xi Jinping", 1, XI, "name"),
    ("Élysée", "reçu lundi à l’Élysée", ELYSEE_PALACE, "name"),
    ("Emmanuel Macron", 1, MACRON, "name"),
    ("Paris", "arrivée à Paris", PARIS, "name"),
    # Les deux hommes s’étaient d’abord entretenus dans la matinée avec la présidente de la Commission ...
    ("la présidente de la Commission européenne", None, VDL, "nominal"),
    ("Commission européenne", None, EC, "name"),
    ("Ursula von der Leyen", None, VDL, "name"),
    # « L’Europe ne peut pas accepter ..., a-t-elle prévenu à l’issue de cette rencontre à trois. Nous ... »
    ("Europe", "L’Europe ne peut", EU, "metonym"),
    ("elle", "a-t-elle prévenu", VDL, "pronoun"),
    ("Nous", None, EU, "pronoun"),
    ("nos entreprises", None, EU_FIRMS, "nominal"),
    # Bruxelles a ouvert en octobre une enquête antisubventions sur les voitures électriques chinoises. ...
    ("Bruxelles", None, EC, "metonym"),
    ("les voitures électriques chinoises", None, CARS, "nominal"),
    ("Pékin", "Pékin a riposté", CHINA, "metonym"),
    ("le cognac", "visant le cognac", COGNAC, "nominal"),
    ("les autres brandys européens", None, BRANDIES, "nominal"),
    # « Le prétendu problème ... », a rétorqué M. Xi, cité par l’agence Chine nouvelle. Le président français ...
    ("Xi", "M. Xi", XI, "name"),
    ("Chine nouvelle", None, XINHUA, "name"),
    ("Le président français", None, MACRON, "nominal"),
    ("son invité", None, XI, "nominal"),
    ("le cognac", "son invité sur le cognac", COGNAC, "nominal"),
    # Sur l’Ukraine, Emmanuel Macron a appelé le numéro un chinois à peser sur Moscou, dont Pékin reste ...
    ("Ukraine", "Sur l’Ukraine", UKRAINE, "name"),
    ("Emmanuel Macron", 2, MACRON, "name"),
    ("le numéro un chinois", None, XI, "nominal"),
    ("Moscou", "peser sur Moscou", RUSSIA, "metonym"),
    ("Pékin", "dont Pékin reste", CHINA, "metonym"),
    # Xi Jinping s’est aussi rallié à l’appel de son hôte à une « trêve olympique » entre Moscou et Kiev ...
    ("Xi Jinping", 2, XI, "name"),
    ("son hôte", None, MACRON, "nominal"),
    ("Moscou", "entre Moscou et Kiev", RUSSIA, "metonym"),
    ("Kiev", "entre Moscou et Kiev", UKRAINE, "metonym"),
    ("Jeux", None, GAMES, "name"),
    ("la capitale française", None, PARIS, "nominal"),
    ("Élysée", "selon l’Élysée", PRESIDENCY, "metonym"),
    # La Chine, avait assuré dimanche son ministère des Affaires étrangères, n’est « ni à l’origine ... » ...
    ("Chine", "La Chine, avait", CHINA, "name"),
    ("son ministère des Affaires étrangères", None, CN_MFA, "nominal"),
    ("la guerre", None, INVASION, "nominal"),
    # Kiev pourrait profiter d’une telle pause pour se réarmer, a objecté le porte-parole du Kremlin, ...
    ("Kiev", "Kiev pourrait", UKRAINE, "metonym"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # À Kiev, la diplomatie ukrainienne a au contraire salué l’initiative, tout en doutant que Moscou la respecte.
    ("Kiev", "À Kiev", KYIV, "name"),
    ("la diplomatie ukrainienne", None, UA_MFA, "nominal"),
    ("Moscou", "que Moscou la respecte", RUSSIA, "metonym"),
    # Mardi, Emmanuel Macron doit emmener le dirigeant chinois au col du Tourmalet, dans les Pyrénées, où il ...
    ("Emmanuel Macron", 3, MACRON, "name"),
    ("le dirigeant chinois", None, XI, "nominal"),
    ("col du Tourmalet", None, TOURMALET, "name"),
    ("Pyrénées", None, PYRENEES, "name"),
    ("il", "où il passait", MACRON, "pronoun"),
    # Xi Jinping se rendra ensuite en Serbie, puis en Hongrie, où le Premier ministre Viktor Orban doit ...
    ("Xi Jinping", 3, XI, "name"),
    ("Serbie", None, SERBIA, "name"),
    ("Hongrie", None, HUNGARY, "name"),
    ("Viktor Orban", None, ORBAN, "name"),
    # Washington, qui accuse Pékin d’aider l’industrie militaire russe, n’a pas réagi dans l’immédiat.
    ("Washington", None, US, "metonym"),
    ("Pékin", "accuse Pékin", CHINA, "metonym"),
    ("l’industrie militaire russe", None, RU_INDUSTRY, "nominal"),
]

PUB_DAY = "The publication day, Monday 6 May 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", None), "2024-05-06", "day", "weekday-publication-day",
     "« a été reçu lundi à l’Élysée »: " + PUB_DAY),
    ("t-arrival", None, "2024-05-05", "day", "eve-of-event",
     "« au lendemain de son arrivée à Paris »: the reception is the day after the arrival, so the arrival is Sunday "
     "5 May 2024. No words name that day; the time hangs on « au lendemain » (as « au lendemain d’un appel » in "
     "gold)."),
    ("t-five-years", ("cinq ans", None), None, "duration", "explicit-duration",
     "« sa première tournée européenne depuis cinq ans »: a duration (P5Y) since his last European tour, attached "
     "to nothing (as « depuis près d’un an » in gold)."),
    ("t-morning", ("dans la matinée", None), "2024-05-06", "day", "part-of-day",
     "Pluperfect « s’étaient d’abord entretenus dans la matinée »: the morning of the publication day, before the "
     "reception. " + PUB_DAY),
    ("t-evening", ("dans la soirée", None), "2024-05-06", "day", "part-of-day",
     "« un dîner d’État prévu dans la soirée »: the evening of the publication day. " + PUB_DAY),
    ("t-october", ("en octobre", None), "2023-10", "month", "month-past",
     "Past « a ouvert en octobre », written in May 2024: the last October, October 2023."),
    ("t-january", ("en janvier", None), "2024-01", "month", "month-publication-year",
     "Past « a riposté en janvier », written in May 2024: January 2024 (after the October probe it answers)."),
    ("t-games", ("pendant les Jeux", None), "2024", "year", "named-event-period",
     "« une « trêve olympique » ... pendant les Jeux »: the Paris Games, which open on 26 July 2024 (written just "
     "after) and end on 11 August: two months of one year, so the year, as a week across two months in gold. The "
     "truce's time."),
    ("t-july-26", ("le 26 juillet", None), "2024-07-26", "day", "day-month-future",
     "Future « qui s’ouvriront le 26 juillet », written on 6 May 2024: 26 July 2024."),
    ("t-sunday", ("dimanche", None), "2024-05-05", "day", "weekday-past",
     "Pluperfect « avait assuré dimanche son ministère des Affaires étrangères »: the Sunday before the publication "
     "day, 5 May 2024 (the day of the arrival)."),
    ("t-tuesday", ("Mardi", None), "2024-05-07", "day", "weekday-future",
     "Planned « Mardi, Emmanuel Macron doit emmener »: the Tuesday after the publication day, 7 May 2024."),
    ("t-thursday", ("jeudi", None), "2024-05-09", "day", "weekday-future",
     "Planned « doit l’accueillir jeudi »: the Thursday after the publication day, 9 May 2024."),
    ("t-for-now", ("dans l’immédiat", None), "2024-05-06", "day", "publication-day",
     "« n’a pas réagi dans l’immédiat »: as of the article, the publication day (as in gold). " + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Emmanuel Macron receives Xi Jinping at the Élysée on Monday",
          ("a été reçu", None), [("agent", MACRON), ("participant", XI)], place=ELYSEE_PALACE, time="t-monday",
          part_of="e-tour",
          note="A passive reception whose agent comes after the place (« par Emmanuel Macron »): the host is the "
               "agent, as in gold. « à l’Élysée » where he is received is the palace."),
    event("e-arrival", "Event", "Xi Jinping arrived in Paris on Sunday", ("arrivée", None), [("agent", XI)],
          place=PARIS, time="t-arrival", part_of="e-tour",
          note="« au lendemain de son arrivée à Paris »: a nominal arrival; its day comes from « au lendemain » "
               "(eve-of-event, no span)."),
    event("e-tour", "Visit", "Xi Jinping's first European tour in five years", ("tournée", None), [("agent", XI)],
          note="« sa première tournée européenne depuis cinq ans »: under way, occurred. Its legs (France, Serbia, "
               "Hungary) are written; the tour itself has no place (« européenne » is an adjective) and no time of "
               "its own, as the tour in gold/xi-belgrade-2024-05-08 had only its start."),
    event("e-trilateral", "Meeting", "Xi Jinping and Emmanuel Macron meet Ursula von der Leyen in the morning",
          ("entretenus", None), [("participant", XI), ("participant", MACRON), ("participant", VDL)], place=PARIS,
          time="t-morning", part_of="e-tour",
          note="« Les deux hommes s’étaient d’abord entretenus dans la matinée avec ... Ursula von der Leyen »: « Les "
               "deux hommes » (not a mention) are Xi and Macron. « d’abord » splits the verb: the trigger is the "
               "participle (as « a par ailleurs accepté » in gold). « cette rencontre à trois » restates it. No "
               "place is written: Paris, the city of the visit."),
    event("e-state-dinner", "Banquet", "State dinner for Xi Jinping planned in the evening", ("dîner d’État", None),
          [("participant", MACRON), ("participant", XI)], status="planned", time="t-evening", part_of="e-tour",
          note="« avant un dîner d’État prévu dans la soirée »: still ahead at writing: planned. Its guests are the "
               "two presidents (the host of the day and his guest); no place written."),
    event("e-eu-defence", "Event", "The EU will defend its companies (von der Leyen)", ("défendrons", None),
          [("agent", EU), ("theme", EU_FIRMS)], status="planned", according_to=[VDL],
          note="« Nous défendrons nos entreprises »: a pledge in the future, planned; « Nous » is the EU she speaks "
               "for. « des pratiques qui faussent le marché » is generic (no actor named): no event."),
    event("e-ev-probe", "Event", "The European Commission opened an anti-subsidy probe into Chinese electric cars "
          "in October", ("a ouvert", None), [("agent", EC), ("recipient", CHINA), ("theme", CARS)],
          time="t-october",
          note="« Bruxelles a ouvert en octobre une enquête antisubventions »: Bruxelles stands for the Commission, "
               "which opened it; China, whose subsidies are targeted, is the recipient from the adjective « chinoises "
               "» (as a seller from an adjective in gold)."),
    event("e-brandy-probe", "Event", "China retaliated in January with an anti-dumping probe into European brandy",
          ("a riposté", None),
          [("agent", CHINA), ("recipient", EU), ("theme", COGNAC), ("theme", BRANDIES)], time="t-january",
          note="« Pékin a riposté en janvier par une procédure antidumping visant le cognac et les autres brandys "
               "européens »: the riposte is the procedure (its means), one event. The EU, whose probe it answers "
               "and whose products it targets, is the recipient."),
    event("e-no-decision", "Event", "No decision announced on the cognac probe", ("décision", None),
          [("agent", CHINA)], status="negated",
          note="« mais aucune décision n’a été annoncée »: nothing was announced as of the article, in its own voice, "
               "as « rien n’a été communiqué officiellement concernant un éventuel accord » in the bundled article. "
               "The decider (China, whose probe it is) is implied."),
    event("e-pressure", "Event", "Xi Jinping to weigh on Russia over Ukraine (Macron's call)", ("peser", None),
          [("agent", XI), ("recipient", RUSSIA)], status="proposed", according_to=[MACRON],
          note="« a appelé le numéro un chinois à peser sur Moscou »: what Macron urges: proposed. « dont Pékin reste "
               "le premier partenaire commercial » is a state (no event); its predicate is no mention."),
    event("e-xi-rallies", "Acceptance", "Xi Jinping joins Macron's call for an Olympic truce", ("rallié", None),
          [("agent", XI), ("recipient", MACRON)], according_to=[PRESIDENCY],
          note="« s’est aussi rallié à l’appel de son hôte »: Xi accepts the call of Macron (the recipient, as the "
               "inviter of an accepted invitation in gold). « selon l’Élysée »."),
    event("e-truce", "Event", "An Olympic truce between Russia and Ukraine during the Games", ("trêve", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="proposed", time="t-games",
          according_to=[MACRON, PRESIDENCY],
          note="« une « trêve olympique » entre Moscou et Kiev pendant les Jeux »: called for, not agreed: proposed; "
               "the two metonyms are the parties. « l’initiative » (Kyiv's welcome) and « une telle pause » (Peskov) "
               "restate it."),
    event("e-games-opening", "Event", "The Olympic Games open in Paris on 26 July", ("s’ouvriront", None),
          [("participant", GAMES)], status="planned", place=PARIS, time="t-july-26",
          note="A relative future: « qui s’ouvriront le 26 juillet dans la capitale française »; the Games are the "
               "only participant (a thing-like event, as in gold); the city is the place."),
    event("e-rearm", "Event", "Ukraine could use such a pause to rearm (Peskov)", ("se réarmer", None),
          [("agent", UKRAINE)], status="hypothetical", according_to=[PESKOV],
          note="« Kiev pourrait profiter d’une telle pause pour se réarmer »: a conditional, Peskov's words without "
               "guillemets; « Kiev » is Ukraine. « profiter » belongs to the same event."),
    event("e-truce-respect", "Event", "Russia would respect the truce (doubted by Kyiv)", ("respecte", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[UA_MFA],
          note="« tout en doutant que Moscou la respecte »: a subjunctive under a doubt: hypothetical. « la » is the "
               "truce (an event, no mention)."),
    event("e-tourmalet", "Visit", "Macron to take Xi Jinping to the col du Tourmalet on Tuesday", ("emmener", None),
          [("agent", MACRON), ("participant", XI)], status="planned", place=TOURMALET, time="t-tuesday",
          part_of="e-tour",
          note="« Mardi, Emmanuel Macron doit emmener le dirigeant chinois au col du Tourmalet, dans les Pyrénées »: "
               "planned; the pass is the destination and place (the range, in apposition, contains it)."),
    event("e-holidays", "Event", "Macron spent his childhood holidays in the Pyrenees", ("passait", None),
          [("agent", MACRON)], place=PYRENEES,
          note="« où il passait ses vacances enfant »: a habitual imperfect in a relative clause, occurred; « il » is "
               "Macron (the subject of the sentence), « où » the Pyrenees, the nearest antecedent. « enfant » gives "
               "no time."),
    event("e-serbia-visit", "Visit", "Xi Jinping to go on to Serbia", ("se rendra", None), [("agent", XI)],
          status="planned", place=SERBIA, part_of="e-tour",
          note="« se rendra ensuite en Serbie, puis en Hongrie »: one verb for two legs, two planned Visits with one "
               "trigger (as two speech acts with one verb in gold). « ensuite » gives no time."),
    event("e-hungary-visit", "Visit", "Xi Jinping to go on to Hungary", ("se rendra", None), [("agent", XI)],
          status="planned", place=HUNGARY, part_of="e-tour",
          note="The second leg of « se rendra ... puis en Hongrie »; its welcome is on Thursday, the visit itself has "
               "no time written."),
    event("e-orban-welcome", "Meeting", "Viktor Orban to welcome Xi Jinping on Thursday", ("accueillir", None),
          [("agent", ORBAN), ("participant", XI)], status="planned", place=HUNGARY, time="t-thursday",
          part_of="e-hungary-visit",
          note="« où le Premier ministre Viktor Orban doit l’accueillir jeudi »: « où » is Hungary; the elided object "
               "clitic « l’ » (Xi) is not a mention."),
    event("e-aid-russia", "Event", "China helps the Russian military industry (Washington's accusation)",
          ("aider", None), [("agent", CHINA), ("recipient", RU_INDUSTRY)], status="suspected", according_to=[US],
          note="« qui accuse Pékin d’aider l’industrie militaire russe »: an accusation, not a fact: suspected."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-vdl-warning", "Warning", "Von der Leyen: Europe cannot accept market-distorting practices", VDL,
           ("prévenu", None),
           [("L’Europe ne peut pas accepter des pratiques qui faussent le marché", None),
            ("Nous défendrons nos entreprises.", None)],
           evidence=("« L’Europe ne peut", "entreprises. »"), time="t-morning", place=PARIS, about=["e-eu-defence"],
           note="One quote split around « a-t-elle prévenu à l’issue de cette rencontre à trois. », with a sentence "
                "end inside the split: one speech act, two quotes (the second keeps its full stop), as in gold. « à "
                "l’issue de cette rencontre à trois » restates the morning meeting and gives the words its day and "
                "place. « elle » is von der Leyen."),
    speech("s-xi-overcapacity", "Statement", "Xi: the so-called problem of Chinese overcapacity does not exist", XI,
           ("a rétorqué", None), [("Le prétendu problème des surcapacités chinoises n’existe pas", None)],
           according_to=[XINHUA],
           note="A quote first; a negated predicate (no event). A retort to von der Leyen, but no addressee is "
                "written; no weekday: no time."),
    speech("s-xinhua", "Report", "Xinhua quotes Xi", XINHUA, ("cité", "cité par"), [], about=["s-xi-overcapacity"],
           note="« cité par l’agence Chine nouvelle »: the title before the name is part of its phrase."),
    speech("s-macron-welcome", "Statement", "Macron welcomes Xi's « openness » on cognac", MACRON,
           ("félicité", None), [("l’ouverture", None)], about=["e-brandy-probe"],
           note="« Le président français s’est néanmoins félicité de « l’ouverture » de son invité sur le cognac »: "
                "the openness is an attitude, not an event; the act is about the cognac probe it concerns. The "
                "quote keeps its elided article, which stands inside the guillemets."),
    speech("s-macron-pressure-call", "Statement", "Macron calls on Xi to weigh on Moscow over Ukraine", MACRON,
           ("a appelé", None), [], addressee=XI, about=["e-pressure"],
           note="« Sur l’Ukraine » is the topic (Ukraine a mention with no role); a call without guillemets."),
    speech("s-macron-truce-call", "Statement", "Macron's call for an « Olympic truce »", MACRON,
           ("appel", "l’appel de son hôte"), [("trêve olympique", None)], according_to=[PRESIDENCY], about=["e-truce"],
           note="« l’appel de son hôte à une « trêve olympique » »: a nominal speech act of Macron (« son hôte »), "
                "which carries the guillemets; reported « selon l’Élysée »."),
    speech("s-elysee", "Report", "The Élysée reports Xi joining the truce call", PRESIDENCY,
           ("selon", "selon l’Élysée"), [], about=["e-xi-rallies", "s-macron-truce-call", "e-truce"],
           note="« selon l’Élysée »: the presidency (a metonym, as « Le Kremlin » for its administration)."),
    speech("s-cn-mfa", "Assurance", "China's foreign ministry: China is neither at the origin of the war nor a "
           "party to it", CN_MFA, ("avait assuré", None), [("ni à l’origine ni partie prenante", None)],
           time="t-sunday",
           note="A reporting clause inserted between the subject « La Chine » and its verb, pluperfect on a past "
                "Sunday. « n’est ni à l’origine ni partie prenante de la guerre » is a negated predicate about the "
                "invasion (an entity), so the act is about no event (as a negated predicate in gold)."),
    speech("s-peskov", "Statement", "Peskov objects that Ukraine could use the pause to rearm", PESKOV,
           ("a objecté", None), [], about=["e-rearm", "e-truce"],
           note="Indirect speech without guillemets placed first, then « a objecté le porte-parole du Kremlin, Dmitri "
                "Peskov » (role noun and name in apposition). No weekday: no time."),
    speech("s-kyiv-welcome", "Statement", "Ukraine's foreign ministry welcomes the truce initiative", UA_MFA,
           ("salué", None), [], place=KYIV, about=["e-truce"],
           note="« À Kiev, la diplomatie ukrainienne a au contraire salué l’initiative »: « À Kiev » is the city "
                "(Q1899); « l’initiative » is the truce Macron called for."),
    speech("s-kyiv-doubt", "Statement", "Ukraine's foreign ministry doubts Russia would respect the truce", UA_MFA,
           ("doutant", None), [], place=KYIV, about=["e-truce-respect"],
           note="« tout en doutant que Moscou la respecte »: a participle of doubt, a second speech act (as « doute » "
                "in gold)."),
    speech("s-us-accusation", "SpeechAct", "Washington accuses Beijing of helping the Russian military industry", US,
           ("accuse", None), [], about=["e-aid-russia"],
           note="A standing accusation in a relative clause, in the present: no time."),
    speech("s-us-no-reaction", "SpeechAct", "Washington has not reacted for now", US, ("n’a pas réagi", None), [],
           status="negated", time="t-for-now",
           note="« Washington ... n’a pas réagi dans l’immédiat »: a negated speech act, as in gold."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
