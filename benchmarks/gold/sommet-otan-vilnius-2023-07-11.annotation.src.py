"""Held-out annotation of sommet-otan-vilnius-2023-07-11.txt (written for the sixteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sommet-otan-vilnius-2023-07-11.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/sommet-otan-vilnius-2023-07-11.annotation.src.py --check

From held-out set 16 (moved to gold in session 15; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-otan-vilnius-2023-07-11.txt"

NOTE = """\
Held-out-16 article: the NATO summit opens in Vilnius on Tuesday 11 July 2023; the allied leaders promise \
Ukraine an invitation to join « lorsque les Alliés en conviendront et que les conditions seront réunies », with \
no timetable; Jens Stoltenberg's comment and Volodymyr Zelensky's anger; Turkey's lifting, on the Monday evening, \
of its objection to Sweden's entry after an Erdogan–Kristersson meeting organised by Stoltenberg, Ankara's \
commitment, Stockholm's and Washington's reactions; Moscow's warnings through Dmitry Peskov (cited by TASS); a \
G7 declaration on long-term security guarantees for Ukraine planned for Wednesday, Zelensky expected at the \
first NATO-Ukraine Council where he will meet Joe Biden, and a Biden–Erdogan talk planned for Tuesday evening; \
published Tuesday 11 July 2023 (the file gives the day). The summit, the communiqué's formula, Zelensky's \
complaint, the Turkish turn and the G7 declaration follow the real events loosely; the quotes (except the \
formula's gist), Peskov's wording, Stockholm's and Washington's reactions, the European diplomat and the White \
House's precision are invented. \
What it exercises: a plural role noun with an organisation inside as the subject of a promise, with an apposed \
participle carrying a weekday and a city (« Les dirigeants de l’Otan, réunis mardi à Vilnius, ont promis à \
l’Ukraine qu’elle serait invitée à rejoindre l’Alliance »: an Assurance of a local group, the invitation planned, \
the accession proposed; « réunis » restates the summit), a quote after the completive that is a temporal \
condition (« « lorsque les Alliés en conviendront et que les conditions seront réunies » »: the allies' \
agreement hypothetical, the conditions a state), a negated infinitive (« sans fixer de calendrier »), a time \
that is a part of an event (« au premier jour d’un sommet ») and a relative future weekday with a role noun for \
the city (« qui s’achèvera mercredi dans la capitale lituanienne »); a quote first with « Nous » for NATO and a \
speech verb inside it (« Nous avons réaffirmé »: a second speech act of NATO, according to Stoltenberg), then a \
role noun with an organisation inside it and a name in apposition after the verb (« a déclaré devant la presse le \
secrétaire général de l’organisation, Jens Stoltenberg »); a reaction with no verb of speech (« La formule a \
ulcéré Volodymyr Zelensky »: « La formule » restates the promise); a quote first with an impersonal « Il » and a \
pluperfect denunciation with a vague time and an imperfect trip (« avait dénoncé le président ukrainien sur les \
réseaux sociaux quelques heures plus tôt, alors qu’il se rendait en Lituanie »); a fronted past weekday with a \
part of day and a pluperfect lifting of an opposition to a nominal entry (« Lundi soir, la Turquie avait levé \
son opposition à l’entrée de la Suède »), after a meeting between two role nouns with names in apposition and \
a passive organiser (« organisée par M. Stoltenberg »); a commitment of a metonym with a quoted vague time (« \
Ankara s’est engagé à transmettre « dès que possible » le protocole d’adhésion au Parlement turc »); two \
metonyms' reactions joined by « tandis que », one with a quoted noun phrase, one with a proposed sale (« \
Washington s’est dit prêt à avancer sur la vente d’avions F-16 à la Turquie »); a metonym's reaction without a \
quote (« Moscou a réagi sans attendre »); a conditional judgement quoted first with a nominal accession, a \
past-tense weekday that is the publication day, a name with a role noun in apposition and a source after it (« \
a averti mardi Dmitri Peskov, porte-parole du Kremlin, cité par l’agence TASS »); indirect speech first with a \
one-word quote and a condition (« La Russie prendra des « mesures » si l’Alliance renforce sa présence \
militaire en Suède, a-t-il ajouté »: both hypothetical); a conditional expectation by a metonym on a future \
weekday (« Kiev devrait toutefois obtenir mercredi un lot de consolation »); a planned adoption by a plural \
role noun with the G7 inside, a nominal declaration (a planned speech act), long-term guarantees (proposed, a \
vague duration) and « selon un diplomate européen »; a planned passive presence with « le même jour » at a \
nominal meeting of a council whose name holds NATO and Ukraine, and a planned meeting in a relative « où » (« \
où il rencontrera notamment Joe Biden »); a planned talk in the imperfect with a part of the publication day, \
sourced after the clause to the White House (« Le président américain devait par ailleurs s’entretenir mardi \
soir avec M. Erdogan, a précisé la Maison Blanche »).
Places and metonyms. « Vilnius » and « la capitale lituanienne » are the city (local:vilnius); « Lituanie » the \
country (local:lithuania). « Ankara » is Turkey (a metonym of local:turkey), « Stockholm » Sweden (a metonym of \
local:sweden), « Washington » the United States (Q30), « Moscou » Russia (Q159), « Kiev » Ukraine (Q212, as in \
gold), « Kremlin » the presidential administration (Q2060629) and « la Maison Blanche » the US presidency (a \
metonym of local:white-house, as in gold). The summit, its opening and end, the planned G7 adoption, the \
guarantees' consolation and the NATO-Ukraine Council meeting are in Vilnius (written once in the lede; implied \
for the Wednesday events, which are « en marge du sommet » or at its Council); the Monday meeting and the lifting \
of Turkey's objection, Peskov's words and the Biden–Erdogan talk have no place written: none.
Mentions. « Les dirigeants de l’Otan » and « les Alliés » are one local group, the allies gathered at the summit \
(local:nato-allies), which promises as one (as the one group for three plural phrases in \
gold/sommet-ocs-astana-2024-07-04); « Otan » inside it is NATO. « l’Alliance » (twice) and « l’organisation » \
(inside Stoltenberg's role noun) are nominal mentions of NATO, « Nous » in Stoltenberg's quote a pronoun for \
NATO, for which its secretary general speaks. « le secrétaire général de l’organisation », « le président \
ukrainien », « le président turc », « le Premier ministre suédois », « porte-parole du Kremlin », « Le président \
américain » and « un diplomate européen » are nominal mentions; « M. Stoltenberg », « M. Zelensky » and « M. \
Erdogan » are marked without « M. »; « l’agence TASS » has a title before the name (only « TASS »). « elle » \
(Ukraine), « il » (Zelensky, twice) and « il » in « a-t-il ajouté » (Peskov) are pronouns; « Il est absurde » is \
impersonal and « en » in « en conviendront » stands for the accession, not an entity. « Les pays du G7 » is a \
local group with the G7 (local:g7) inside it, as the G7 members of gold; « les Occidentaux » a local group (as in \
gold); « Parlement turc » a name (as « Trésor américain » in gold); « avions F-16 » the sale's theme (a local \
object). « Conseil Otan-Ukraine » is a local organisation with « Otan » and « Ukraine » inside it (names of their \
own, as « Russie-RPDC »). Not mentions: « les conditions », « La formule » (the promise), « les réseaux sociaux » \
(generic), « une bonne nouvelle », « le protocole d’adhésion » (a document, as « le communiqué final » in gold), « \
la sécurité européenne », « sa présence militaire », « des « mesures » » (the event itself), « un lot de \
consolation » (the G7 declaration seen from Kyiv), « une déclaration commune » (a speech act), « des garanties de \
sécurité » (an event).
Statuses. The invitation is planned (promised, as « lui a promis de nouvelles livraisons » in gold; « lorsque » \
is a time clause, not an « if »); Ukraine's accession is proposed (on the table, as the candidate accessions of \
gold), restated by Zelensky's « l’adhésion » and Peskov's « Une adhésion de l’Ukraine »; the allies' agreement \
in the quote is hypothetical (a condition not yet met); the timetable is negated (« sans fixer », restated in \
Zelensky's « qu’aucun délai ne soit fixé »); Sweden's entry is proposed, Turkey's opposition occurred (it held \
until Monday) and its lifting occurred; the transmission of the protocol is planned (a commitment); the F-16 \
sale proposed (Washington ready to move, nothing agreed); NATO's reinforcement in Sweden and Russia's measures \
hypothetical (a condition with « si »); Kyiv's consolation hypothetical (« devrait »: expected, as « devrait se \
tenir » in gold); the G7 adoption planned (« doivent »), the guarantees proposed; Zelensky's presence, the \
Council meeting, his meeting with Biden and the Biden–Erdogan talk planned.
Times. « mardi » (twice) is the publication day, Tuesday 11 July 2023; « au premier jour » the summit's first \
day, that Tuesday; « mercredi » (twice) and « le même jour » Wednesday 12 July 2023; « Lundi soir » Monday 10 July \
2023; « mardi soir » the evening of the publication day; « quelques heures plus tôt » vague; « dès que \
possible » vague (future); « à long terme » a vague duration attached to nothing. Stoltenberg's statement, \
Ankara's commitment, Stockholm's and Washington's reactions, Moscow's reaction and the White House's precision \
have no weekday written: no time.
Jens Stoltenberg, Volodymyr Zelensky, Recep Tayyip Erdogan, Ulf Kristersson, Joe Biden, NATO, the allies, \
Lithuania, Vilnius, Turkey, Sweden, the Turkish parliament, the F-16 aircraft, the Western countries, the G7 and \
its countries, the European diplomat, the NATO-Ukraine Council and the White House are not in ids.tsv: local, \
unlinked. Ukraine, Russia, the United States, Dmitry Peskov, the Kremlin and TASS are linked."""

UKRAINE, RUSSIA, US, PESKOV, KREMLIN, TASS = "Q212", "Q159", "Q30", "Q4359688", "Q2060629", "Q223799"
NATO, ALLIES, VILNIUS, LITHUANIA = "local:nato", "local:nato-allies", "local:vilnius", "local:lithuania"
STOLTENBERG, ZELENSKY, ERDOGAN, KRISTERSSON = "local:jens-stoltenberg", "local:volodymyr-zelensky", \
    "local:recep-tayyip-erdogan", "local:ulf-kristersson"
TURKEY, SWEDEN, TR_PARLIAMENT, F16 = "local:turkey", "local:sweden", "local:turkish-parliament", \
    "local:f-16-aircraft"
WEST, G7, G7_COUNTRIES, DIPLOMAT = "local:western-countries", "local:g7", "local:g7-countries", \
    "local:european-diplomat"
NUC, BIDEN, WHITE_HOUSE = "local:nato-ukraine-council", "local:joe-biden", "local:white-house"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (NATO, "Otan", "NATO", "organization", {"class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (ALLIES, "les Alliés de l’Otan", "the NATO allies", "group",
     {"description": "les États membres de l’Otan, dont les dirigeants sont réunis en sommet à Vilnius",
      "unlinked_reason": "a group of states and their leaders, not one Wikidata item"}),
    (VILNIUS, "Vilnius", "Vilnius", "place", {"description": "capitale de la Lituanie", "class_qid": "Q5119",
                                              "unlinked_reason": NOT_VERIFIED}),
    (LITHUANIA, "Lituanie", "Lithuania", "country", {"class_qid": "Q3624078", "unlinked_reason": NOT_VERIFIED}),
    (STOLTENBERG, "Jens Stoltenberg", "Jens Stoltenberg", "person",
     {"description": "secrétaire général de l’Otan", "unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président ukrainien", "unlinked_reason": NOT_VERIFIED}),
    (ERDOGAN, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "person",
     {"description": "président turc", "unlinked_reason": NOT_VERIFIED}),
    (KRISTERSSON, "Ulf Kristersson", "Ulf Kristersson", "person",
     {"description": "Premier ministre suédois", "unlinked_reason": NOT_VERIFIED}),
    (TURKEY, "Turquie", "Turkey", "country", {"class_qid": "Q3624078", "unlinked_reason": NOT_VERIFIED}),
    (SWEDEN, "Suède", "Sweden", "country", {"class_qid": "Q3624078", "unlinked_reason": NOT_VERIFIED}),
    (TR_PARLIAMENT, "Parlement turc", "Grand National Assembly of Turkey", "organization",
     {"description": "le Parlement de la Turquie, qui doit ratifier le protocole d’adhésion de la Suède",
      "unlinked_reason": NOT_VERIFIED}),
    (F16, "avions F-16", "F-16 aircraft", "object",
     {"description": "avions de combat F-16 dont Washington est prêt à faire avancer la vente à la Turquie",
      "class_qid": "Q11436", "unlinked_reason": "an unspecified number of aircraft, not one Wikidata item"}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (G7, "G7", "Group of Seven", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (G7_COUNTRIES, "les pays du G7", "the G7 countries", "group",
     {"description": "les sept pays membres du G7, qui doivent adopter une déclaration commune sur des garanties "
                     "de sécurité pour l’Ukraine",
      "unlinked_reason": "a group of states, not one Wikidata item"}),
    (DIPLOMAT, "un diplomate européen", "a European diplomat", "person",
     {"description": "diplomate européen que l’article ne nomme pas",
      "unlinked_reason": "an anonymous person, no Wikidata item"}),
    (NUC, "Conseil Otan-Ukraine", "NATO-Ukraine Council", "organization",
     {"description": "conseil de l’Otan et de l’Ukraine, dont la première réunion est prévue mercredi",
      "unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président américain", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Les dirigeants de l’Otan, réunis mardi à Vilnius, ont promis à l’Ukraine qu’elle serait invitée à rejoindre
    # l’Alliance « lorsque les Alliés en conviendront ... », ... dans la capitale lituanienne.
    ("Les dirigeants de l’Otan", None, ALLIES, "nominal"),
    ("Otan", "Les dirigeants de l’Otan", NATO, "name"),
    ("Vilnius", None, VILNIUS, "name"),
    ("Ukraine", "promis à l’Ukraine", UKRAINE, "name"),
    ("elle", "qu’elle serait invitée", UKRAINE, "pronoun"),
    ("l’Alliance", "rejoindre l’Alliance", NATO, "nominal"),
    ("les Alliés", None, ALLIES, "nominal"),
    ("la capitale lituanienne", None, VILNIUS, "nominal"),
    # « Nous avons réaffirmé que l’avenir de l’Ukraine est dans l’Otan », a déclaré devant la presse le secrétaire
    # général de l’organisation, Jens Stoltenberg.
    ("Nous", None, NATO, "pronoun"),
    ("Ukraine", "l’avenir de l’Ukraine", UKRAINE, "name"),
    ("Otan", "est dans l’Otan", NATO, "name"),
    ("le secrétaire général de l’organisation", None, STOLTENBERG, "nominal"),
    ("l’organisation", None, NATO, "nominal"),
    ("Jens Stoltenberg", None, STOLTENBERG, "name"),
    # La formule a ulcéré Volodymyr Zelensky.
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    # « Il est absurde ... », avait dénoncé le président ukrainien ... alors qu’il se rendait en Lituanie.
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("il", "alors qu’il se rendait", ZELENSKY, "pronoun"),
    ("Lituanie", None, LITHUANIA, "name"),
    # Le sommet s’est pourtant ouvert sur une bonne nouvelle pour les Occidentaux.
    ("les Occidentaux", None, WEST, "nominal"),
    # Lundi soir, la Turquie avait levé son opposition à l’entrée de la Suède, après une rencontre entre le
    # président turc, Recep Tayyip Erdogan, et le Premier ministre suédois, Ulf Kristersson, organisée par ...
    ("Turquie", "la Turquie avait levé", TURKEY, "name"),
    ("Suède", "l’entrée de la Suède", SWEDEN, "name"),
    ("le président turc", None, ERDOGAN, "nominal"),
    ("Recep Tayyip Erdogan", None, ERDOGAN, "name"),
    ("le Premier ministre suédois", None, KRISTERSSON, "nominal"),
    ("Ulf Kristersson", None, KRISTERSSON, "name"),
    ("Stoltenberg", "organisée par M. Stoltenberg", STOLTENBERG, "name"),
    # Ankara s’est engagé à transmettre « dès que possible » le protocole d’adhésion au Parlement turc.
    ("Ankara", None, TURKEY, "metonym"),
    ("Parlement turc", None, TR_PARLIAMENT, "name"),
    # Stockholm a salué « un grand pas », tandis que Washington s’est dit prêt à avancer sur la vente d’avions
    # F-16 à la Turquie.
    ("Stockholm", None, SWEDEN, "metonym"),
    ("Washington", None, US, "metonym"),
    ("avions F-16", None, F16, "nominal"),
    ("Turquie", "F-16 à la Turquie", TURKEY, "name"),
    # Moscou a réagi sans attendre.
    ("Moscou", None, RUSSIA, "metonym"),
    # Une adhésion de l’Ukraine serait « ... », a averti mardi Dmitri Peskov, porte-parole du Kremlin, cité par
    # l’agence TASS.
    ("Ukraine", "Une adhésion de l’Ukraine", UKRAINE, "name"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("TASS", None, TASS, "name"),
    # La Russie prendra des « mesures » si l’Alliance renforce sa présence militaire en Suède, a-t-il ajouté.
    ("Russie", None, RUSSIA, "name"),
    ("l’Alliance", "si l’Alliance renforce", NATO, "nominal"),
    ("Suède", "militaire en Suède", SWEDEN, "name"),
    ("il", "a-t-il ajouté", PESKOV, "pronoun"),
    # Kiev devrait toutefois obtenir mercredi un lot de consolation.
    ("Kiev", None, UKRAINE, "metonym"),
    # Les pays du G7 doivent adopter ... pour l’Ukraine, selon un diplomate européen.
    ("Les pays du G7", None, G7_COUNTRIES, "nominal"),
    ("G7", None, G7, "name"),
    ("Ukraine", "long terme pour l’Ukraine", UKRAINE, "name"),
    ("un diplomate européen", None, DIPLOMAT, "nominal"),
    # M. Zelensky est attendu le même jour à la première réunion du Conseil Otan-Ukraine, où il rencontrera
    # notamment Joe Biden.
    ("Zelensky", "M. Zelensky est attendu", ZELENSKY, "name"),
    ("Conseil Otan-Ukraine", None, NUC, "name"),
    ("Otan", "Conseil Otan-Ukraine", NATO, "name"),
    ("Ukraine", "Conseil Otan-Ukraine", UKRAINE, "name"),
    ("il", "où il rencontrera", ZELENSKY, "pronoun"),
    ("Joe Biden", None, BIDEN, "name"),
    # Le président américain devait par ailleurs s’entretenir mardi soir avec M. Erdogan, a précisé la Maison
    # Blanche.
    ("Le président américain", None, BIDEN, "nominal"),
    ("Erdogan", "avec M. Erdogan", ERDOGAN, "name"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
]

PUB_DAY = "the publication day, Tuesday 11 July 2023 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "réunis mardi"), "2023-07-11", "day", "weekday-publication-day",
     "« réunis mardi à Vilnius »: " + PUB_DAY),
    ("t-first-day", ("au premier jour", None), "2023-07-11", "day", "same-day-as-event",
     "« au premier jour d’un sommet »: the summit's first day, the Tuesday on which the leaders are « réunis », "
     + PUB_DAY),
    ("t-wednesday", ("mercredi", "s’achèvera mercredi"), "2023-07-12", "day", "weekday-future",
     "Future « qui s’achèvera mercredi »: the Wednesday after the publication day, 12 July 2023."),
    ("t-hours-earlier", ("quelques heures plus tôt", None), None, "vague", "vague",
     "« avait dénoncé ... quelques heures plus tôt »: a few hours before Stoltenberg's statement, itself undated; "
     "vague, as « quelques heures avant » in gold."),
    ("t-monday-evening", ("Lundi soir", None), "2023-07-10", "day", "part-of-day",
     "Pluperfect « Lundi soir, la Turquie avait levé »: the evening of the Monday before the publication day, 10 "
     "July 2023."),
    ("t-asap", ("dès que possible", None), None, "vague", "vague-future",
     "« transmettre « dès que possible » »: as soon as possible, after publication; no date can be given."),
    ("t-tuesday-peskov", ("mardi", "a averti mardi"), "2023-07-11", "day", "weekday-publication-day",
     "« a averti mardi Dmitri Peskov »: " + PUB_DAY),
    ("t-wednesday-kyiv", ("mercredi", "obtenir mercredi"), "2023-07-12", "day", "weekday-future",
     "« Kiev devrait toutefois obtenir mercredi »: the Wednesday after the publication day, 12 July 2023."),
    ("t-long-term", ("à long terme", None), None, "duration", "vague-duration",
     "« des garanties de sécurité à long terme »: how long the guarantees would last, not said; attached to "
     "nothing."),
    ("t-same-day", ("le même jour", None), "2023-07-12", "day", "same-day-as-event",
     "« est attendu le même jour »: the day of the sentences before, the Wednesday of the G7 declaration (« "
     "obtenir mercredi »), 12 July 2023."),
    ("t-tuesday-evening", ("mardi soir", None), "2023-07-11", "day", "part-of-day",
     "« devait ... s’entretenir mardi soir »: the evening of " + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "The NATO summit in Vilnius, opened on Tuesday", ("sommet", "d’un sommet"),
          [("participant", ALLIES)], place=VILNIUS, time="t-tuesday",
          note="« au premier jour d’un sommet qui s’achèvera mercredi dans la capitale lituanienne »: a two-day "
               "summit; its time is the Tuesday on which the leaders are « réunis mardi à Vilnius » (the apposed "
               "participle restates the summit, as « Réunis pendant plusieurs heures » in gold). « Le sommet » "
               "(third paragraph) and « en marge du sommet » restate it. No host is written."),
    event("e-summit-end", "Event", "The summit is to end on Wednesday in Vilnius", ("s’achèvera", None),
          [("participant", ALLIES)], status="planned", place=VILNIUS, time="t-wednesday", part_of="e-summit",
          note="« qui s’achèvera mercredi dans la capitale lituanienne »: a relative future, planned; the gathered "
               "allies as participant (an event needs one, as « doit entrer en vigueur » in gold)."),
    event("e-invitation", "Invitation", "NATO allies promise Ukraine it will be invited to join",
          ("invitée", None), [("agent", ALLIES), ("recipient", UKRAINE)], status="planned",
          according_to=[ALLIES],
          note="« ont promis à l’Ukraine qu’elle serait invitée »: a future in the past inside a promise, planned "
               "(as « lui a promis de nouvelles livraisons » in gold). The « lorsque » clause is a time condition, "
               "not an « if »: not hypothetical. No date. Zelensky's « ni pour l’invitation » restates it."),
    event("e-ukraine-accession", "Event", "Ukraine's accession to NATO", ("rejoindre", None),
          [("agent", UKRAINE), ("recipient", NATO)], status="proposed",
          note="« invitée à rejoindre l’Alliance »: the joining state the agent, the organisation the recipient (as "
               "Belarus joining the SCO in gold); not decided, on the table: proposed (as the candidate "
               "accessions of gold). Restated by « l’avenir de l’Ukraine est dans l’Otan » (Stoltenberg), « "
               "l’adhésion » (Zelensky) and « Une adhésion de l’Ukraine » (Peskov): one event. No source is "
               "needed: the article states the prospect in its own voice."),
    event("e-allies-agree", "Agreement", "The allies agree to Ukraine's accession (the condition)",
          ("conviendront", None), [("participant", ALLIES)], status="hypothetical", according_to=[ALLIES],
          note="« lorsque les Alliés en conviendront »: a condition not yet met, inside the allies' own words: "
               "hypothetical. « en » is the accession. « que les conditions seront réunies » is a state, no event."),
    event("e-no-timetable", "Event", "The allies fix no timetable for Ukraine's accession", ("fixer", None),
          [("agent", ALLIES)], status="negated", time="t-tuesday", place=VILNIUS,
          note="« sans fixer de calendrier »: negated, in the article's own voice, at the Tuesday gathering. "
               "Zelensky's « qu’aucun délai ne soit fixé » restates the absence (one event); « calendrier » and « "
               "délai » are not entities."),
    event("e-zelensky-anger", "Event", "The formula angers Volodymyr Zelensky", ("a ulcéré", None),
          [("participant", ZELENSKY)],
          note="« La formule a ulcéré Volodymyr Zelensky »: a reaction with no verb of speech; « La formule » is the "
               "allies' promise (a speech act, not a mention), so Zelensky is the only entity role. No time: the "
               "sentence gives none and his words came « quelques heures plus tôt »."),
    event("e-zelensky-trip", "Visit", "Zelensky on his way to Lithuania", ("se rendait", None),
          [("agent", ZELENSKY)], place=LITHUANIA, time="t-hours-earlier",
          note="« alors qu’il se rendait en Lituanie »: an imperfect trip in progress when he spoke; the "
               "destination is the place (as « se rendre à » in gold)."),
    event("e-turkey-opposition", "Event", "Turkey's opposition to Sweden's entry into NATO", ("opposition", None),
          [("agent", TURKEY)],
          note="« son opposition à l’entrée de la Suède »: the objection Turkey held until Monday evening, stated "
               "in the article's own voice: occurred. Its start is not dated: no time."),
    event("e-turkey-lifts", "Event", "Turkey lifted its objection to Sweden's entry on Monday evening",
          ("avait levé", None), [("agent", TURKEY)], time="t-monday-evening",
          note="Pluperfect with a fronted past weekday and a part of day. No place is written (the meeting's place "
               "is not given either)."),
    event("e-sweden-accession", "Event", "Sweden's entry into NATO", ("entrée", None),
          [("agent", SWEDEN), ("recipient", NATO)], status="proposed",
          note="« l’entrée de la Suède »: NATO is implied (the summit, « le protocole d’adhésion »); not yet done: "
               "proposed. « le protocole d’adhésion » restates it (a document, not a mention)."),
    event("e-erdogan-kristersson", "Meeting", "Erdogan and Kristersson meet, in a meeting organised by Stoltenberg",
          ("rencontre", "une rencontre entre"),
          [("agent", STOLTENBERG), ("participant", ERDOGAN), ("participant", KRISTERSSON)],
          time="t-monday-evening",
          note="« après une rencontre entre le président turc, Recep Tayyip Erdogan, et le Premier ministre "
               "suédois, Ulf Kristersson, organisée par M. Stoltenberg »: the organiser in a passive « par » is the "
               "agent (as a host); the two leaders participants. The meeting precedes the Monday-evening lifting in "
               "the same sentence, so it takes that Monday evening (implied)."),
    event("e-protocol-transmission", "Event", "Turkey to send Sweden's accession protocol to its parliament",
          ("transmettre", None), [("agent", TURKEY), ("recipient", TR_PARLIAMENT)], status="planned",
          time="t-asap", according_to=[TURKEY],
          note="« Ankara s’est engagé à transmettre « dès que possible » le protocole d’adhésion au Parlement turc "
               "»: a commitment, planned; « Ankara » is Turkey. The protocol is a document (no entity, no role)."),
    event("e-f16-sale", "Delivery", "Sale of F-16 aircraft by the United States to Turkey", ("vente", None),
          [("agent", US), ("recipient", TURKEY), ("theme", F16)], status="proposed", according_to=[US],
          note="« Washington s’est dit prêt à avancer sur la vente d’avions F-16 à la Turquie »: a sale on the table, "
               "not agreed: proposed; Washington is the United States."),
    event("e-nato-reinforcement", "Event", "NATO reinforces its military presence in Sweden (the condition)",
          ("renforce", None), [("agent", NATO)], status="hypothetical", place=SWEDEN, according_to=[PESKOV],
          note="« si l’Alliance renforce sa présence militaire en Suède »: the condition of Peskov's warning: "
               "hypothetical."),
    event("e-russian-measures", "Event", "Russia will take « measures »", ("prendra", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[PESKOV],
          note="« La Russie prendra des « mesures » si ... »: a consequence under a written condition: "
               "hypothetical (as « a menacé de rompre ... si ... » in gold). « des « mesures » » is the event "
               "itself, not a mention."),
    event("e-kyiv-consolation", "Event", "Kyiv expected to obtain a consolation prize on Wednesday",
          ("obtenir", None), [("recipient", UKRAINE)], status="hypothetical", place=VILNIUS,
          time="t-wednesday-kyiv",
          note="« Kiev devrait toutefois obtenir mercredi un lot de consolation »: expected, not scheduled: "
               "hypothetical (as « devrait se tenir » in gold). « Kiev » is Ukraine; « un lot de consolation » is "
               "the G7 declaration of the next sentence (not an entity). Vilnius implied (« en marge du sommet »)."),
    event("e-g7-adoption", "Agreement", "The G7 countries to adopt a joint declaration on security guarantees",
          ("adopter", None), [("agent", G7_COUNTRIES)], status="planned", place=VILNIUS,
          time="t-wednesday-kyiv", according_to=[DIPLOMAT],
          note="« Les pays du G7 doivent adopter en marge du sommet une déclaration commune »: planned (« doivent »); "
               "the adoption is an Agreement (as « ont adopté une déclaration » in gold) and the declaration its "
               "speech act. The Wednesday of the sentence before (the consolation is this declaration); Vilnius "
               "from « en marge du sommet »."),
    event("e-guarantees", "Event", "Long-term security guarantees for Ukraine from the G7 countries",
          ("garanties", None), [("agent", G7_COUNTRIES), ("recipient", UKRAINE)], status="proposed",
          according_to=[DIPLOMAT],
          note="« une déclaration commune sur des garanties de sécurité à long terme pour l’Ukraine »: what the "
               "declaration is to commit to, not yet given: proposed. « à long terme » is a vague duration "
               "attached to nothing."),
    event("e-zelensky-expected", "Visit", "Zelensky expected at the NATO-Ukraine Council on Wednesday",
          ("est attendu", None), [("agent", ZELENSKY)], status="planned", place=VILNIUS, time="t-same-day",
          note="« M. Zelensky est attendu le même jour »: planned (as « est attendu lundi à Bucarest » in gold); "
               "the place is the summit's city (implied)."),
    event("e-nuc-meeting", "Meeting", "First meeting of the NATO-Ukraine Council", ("réunion", None),
          [("participant", NUC), ("participant", ZELENSKY)], status="planned", place=VILNIUS, time="t-same-day",
          note="« à la première réunion du Conseil Otan-Ukraine »: planned, the same Wednesday; Vilnius implied."),
    event("e-zelensky-biden", "Meeting", "Zelensky to meet Joe Biden at the Council", ("rencontrera", None),
          [("participant", ZELENSKY), ("participant", BIDEN)], status="planned", place=VILNIUS,
          time="t-same-day", part_of="e-nuc-meeting",
          note="« où il rencontrera notamment Joe Biden »: « où » is the Council meeting, so part of it, with its "
               "day and place; « notamment » says Biden is one among others (not annotated)."),
    event("e-biden-erdogan", "Meeting", "Biden to talk with Erdogan on Tuesday evening", ("s’entretenir", None),
          [("participant", BIDEN), ("participant", ERDOGAN)], status="planned", time="t-tuesday-evening",
          according_to=[WHITE_HOUSE],
          note="« Le président américain devait par ailleurs s’entretenir mardi soir avec M. Erdogan »: the "
               "imperfect of a schedule, planned (the evening is after the time of writing). No place written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-allies-promise", "Assurance", "NATO allies promise Ukraine an invitation « when the allies agree and "
           "conditions are met »", ALLIES, ("ont promis", None),
           [("lorsque les Alliés en conviendront et que les conditions seront réunies", None)],
           addressee=UKRAINE, time="t-tuesday", place=VILNIUS,
           about=["e-invitation", "e-ukraine-accession", "e-allies-agree"],
           note="The speaker is the plural role noun « Les dirigeants de l’Otan » (one local group with « les "
                "Alliés »); the quote closes the completive. « réunis mardi à Vilnius » gives the day and place. « "
                "La formule » (next paragraph) restates this promise."),
    speech("s-stoltenberg", "Statement", "Stoltenberg: « We reaffirmed that Ukraine's future is in NATO »",
           STOLTENBERG, ("a déclaré", None),
           [("Nous avons réaffirmé que l’avenir de l’Ukraine est dans l’Otan", None)],
           about=["s-nato-reaffirm", "e-ukraine-accession"],
           note="A quote first, then a role noun with « l’organisation » (NATO) inside and the name in apposition "
                "after the verb; « devant la presse » is generic (no addressee). No weekday: no time, no place "
                "written."),
    speech("s-nato-reaffirm", "Statement", "NATO reaffirms that Ukraine's future is in NATO", NATO,
           ("réaffirmé", None), [], according_to=[STOLTENBERG], about=["e-ukraine-accession"],
           note="« Nous avons réaffirmé »: a speech verb inside Stoltenberg's quote, with « Nous » NATO: a speech act "
                "of its own according to him, with no quote of its own (as « réaffirmé » inside KCNA's quote in the "
                "bundled article)."),
    speech("s-zelensky-absurd", "Statement", "Zelensky denounces as « absurd » the absence of any timeframe",
           ZELENSKY, ("avait dénoncé", None),
           [("Il est absurde qu’aucun délai ne soit fixé, ni pour l’invitation ni pour l’adhésion", None)],
           time="t-hours-earlier", about=["e-no-timetable", "e-invitation", "e-ukraine-accession"],
           note="A quote first with a pluperfect verb; « sur les réseaux sociaux » is the channel (generic, not "
                "a mention); « quelques heures plus tôt » vague. The place is not where he wrote it (he was on his "
                "way to Lithuania): no place."),
    speech("s-turkey-commitment", "Assurance", "Ankara commits to send the protocol to parliament « as soon as "
           "possible »", TURKEY, ("s’est engagé", None), [("dès que possible", None)],
           about=["e-protocol-transmission", "e-sweden-accession"],
           note="« Ankara s’est engagé »: Turkey (a metonym); the quote is a vague time. No weekday: no time."),
    speech("s-sweden-welcome", "Statement", "Stockholm welcomes « a big step »", SWEDEN, ("a salué", None),
           [("un grand pas", None)], about=["e-turkey-lifts", "e-sweden-accession"],
           note="« Stockholm » is Sweden; the quoted noun phrase names the lifting. No weekday: no time."),
    speech("s-us-ready", "Statement", "Washington says it is ready to move forward on the F-16 sale to Turkey", US,
           ("s’est dit", None), [], about=["e-f16-sale"],
           note="« tandis que Washington s’est dit prêt à avancer sur la vente »: the United States (a metonym); "
                "no quote, no time."),
    speech("s-moscow-reaction", "SpeechAct", "Moscow reacts at once", RUSSIA, ("a réagi", None), [],
           about=["s-allies-promise", "e-ukraine-accession"],
           note="« Moscou a réagi sans attendre »: Russia (a metonym); a reaction with no quote, told in detail by "
                "Peskov's two warnings that follow. « sans attendre » is not a time (as « aussitôt » in gold)."),
    speech("s-peskov-danger", "Warning", "Peskov: Ukraine's accession would be « very, very dangerous for European "
           "security »", PESKOV, ("a averti", None),
           [("très, très dangereuse pour la sécurité européenne", None)], time="t-tuesday-peskov",
           according_to=[TASS], about=["e-ukraine-accession"],
           note="A conditional judgement whose quote comes before the verb, with the name and a role noun in "
                "apposition after it and the source « cité par l’agence TASS »; the danger is a judgement (no "
                "event), the accession is restated."),
    speech("s-peskov-measures", "Warning", "Peskov: Russia will take « measures » if NATO reinforces its presence "
           "in Sweden", PESKOV, ("a-t-il ajouté", None), [("mesures", None)], time="t-tuesday-peskov",
           according_to=[TASS], about=["e-russian-measures", "e-nato-reinforcement"],
           note="Indirect speech first with a one-word quote, « a-t-il ajouté » after it: the same occasion as the "
                "sentence before, so its Tuesday and TASS."),
    speech("s-tass", "Report", "TASS quotes Peskov", TASS, ("cité", None), [],
           about=["s-peskov-danger", "s-peskov-measures"],
           note="« cité par l’agence TASS »: a title before the name; the Report covers both of Peskov's warnings "
                "(« a-t-il ajouté » continues the cited words)."),
    speech("s-g7-declaration", "Statement", "The G7 countries' planned joint declaration on long-term security "
           "guarantees for Ukraine", G7_COUNTRIES, ("déclaration", None), [], status="planned",
           place=VILNIUS, time="t-wednesday-kyiv", according_to=[DIPLOMAT], about=["e-guarantees"],
           note="« une déclaration commune sur des garanties de sécurité »: the document speaks for its authors, "
                "the G7 countries (one group, one speech act, trigger the nominal « déclaration », as in gold); not "
                "yet adopted: planned."),
    speech("s-diplomat", "Report", "A European diplomat reports the planned G7 declaration", DIPLOMAT,
           ("selon", None), [], about=["e-g7-adoption", "s-g7-declaration", "e-guarantees"],
           note="« selon un diplomate européen », after the clause; it covers that sentence only."),
    speech("s-white-house", "Statement", "The White House says Biden is to talk with Erdogan on Tuesday evening",
           WHITE_HOUSE, ("a précisé", None), [], about=["e-biden-erdogan"],
           note="« a précisé la Maison Blanche »: the US presidency (a metonym of a local entity, as in gold); no "
                "weekday of its own: no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
