"""Held-out annotation of georgie-legislatives-2024-10-27.txt (written for the twentieth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/georgie-legislatives-2024-10-27.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/georgie-legislatives-2024-10-27.annotation.src.py --check

From held-out set 20 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "georgie-legislatives-2024-10-27.txt"

NOTE = """\
Held-out-20 article: Georgia's central electoral commission proclaims on Sunday 27 October 2024 the victory of the \
ruling Georgian Dream in the legislative elections of the day before, with 54 % of the vote; President Salome \
Zourabichvili at once refuses to recognise the result and calls the Georgians to demonstrate on Monday evening in \
front of the Parliament in Tbilisi, calling the vote a « total falsification » and a « Russian special operation » \
at a press conference; the four opposition coalitions accuse the ruling power of buying votes and intimidating \
voters and will not sit in Parliament; OSCE observers had reported ballot stuffing by supporters of the ruling \
power on Saturday; Prime Minister Irakli Kobakhidze dismisses the charges on public television, and his party \
would get 89 of the 150 seats if the figures were confirmed; the EU asks for a « rapid and transparent » \
investigation, says Josep Borrell, and Washington for investigations and the « rule of law », Brussels having \
frozen Georgia's accession process in June after a foreign-influence law; Viktor Orbán had congratulated the \
Georgian Dream on Saturday evening and is to visit Tbilisi on Monday and Tuesday, while the European Commission \
warns that Budapest, which holds the EU's rotating presidency, will not speak for the Twenty-Seven; Dmitry Peskov \
mocks the accusations against Russia and denies any interference. Published Sunday 27 October 2024 (the file gives \
the day). The election, the result, Zourabichvili's refusal, the opposition's boycott, the Western calls for an \
inquiry, the June freeze and Orbán's congratulation and visit follow the real events loosely; the exact figures of \
seats, the quotes, the OSCE's Saturday report, Kobakhidze's television words, the Commission's warning and \
Peskov's words are partly invented or simplified.
What it exercises: a proclamation on the publication day of a victory in an election dated « de la veille » (the \
eve of the proclamation: Saturday 26 October) with a participle of result (« créditant le parti au pouvoir de 54 % \
des voix ») and a role noun for the party; a role noun and a name in apposition with « aussitôt » and two verbs \
joined by « et » (« a aussitôt refusé de reconnaître ce résultat et appelé les Géorgiens à manifester lundi soir \
devant le Parlement, à Tbilissi »: a negated recognition and a call whose urged protest is proposed); a \
two-sentence quote split around « a-t-elle lancé lors d’une conférence de presse » with « Je » and a nominal \
suspicion renamed in apposition with an adjective of nationality (« une falsification totale, une opération \
spéciale russe »: one event, Russia its agent); a role noun with a relative state (« en conflit ouvert avec le \
gouvernement »); an accusation with two infinitives of a perfect (« accusent le pouvoir d’avoir acheté des voix et \
intimidé des électeurs »: both suspected); an announced refusal in a future in the past (« qu’elles ne siégeraient \
pas au Parlement »: negated); a pluperfect report on a past weekday of a nominal event with its agent after « par \
» (« des bourrages d’urnes par des partisans du pouvoir ») in polling stations; a rejection of accusations with a \
nominal object, then a quote first with « a-t-il déclaré à la télévision publique » (the defeat according to him, \
the acceptance urged); a conditional with « Si » and a possessive role noun (« sa formation obtiendrait 89 des 150 \
sièges »: hypothetical); an organisation's demand with a quoted adjective pair sourced after the clause to its own \
official with a possessive role noun and a name in apposition; a metonym with two verbs joined by « et » and a \
metonym as addressee (« Washington a également demandé des investigations et exhorté Tbilissi à respecter « l’État \
de droit » »: two speech acts); a pluperfect freeze by a metonym with a month and « après l’adoption » of a law; a \
pluperfect congratulation with « dès samedi soir » and a quoted adjective; a planned visit over two future \
weekdays sourced after the clause to a spokesman; a metonym with a relative state and a negated future speech act \
sourced after the clause (« ne parlera pas au nom des Vingt-Sept, a prévenu la Commission européenne »); a quote \
first with « a ironisé » and a relative denial of a metonym's interference (negated).
Places and metonyms. « Tbilissi » is the city (local) where the protest is called and where Orbán is to go, and \
Georgia (local country) where Washington exhorts it to respect the rule of law. « Washington » is the United \
States (Q30), « Bruxelles » the European Union (local: it froze the accession process), « Budapest » Hungary \
(local: it holds the presidency), « Moscou » Russia (Q159), « Kremlin » in « porte-parole du Kremlin » the \
Presidential Administration (Q2060629). « Géorgie » inside the commission's name is annotated (it names the \
country, a different entity, as « ONU » in « Conseil de sécurité de l’ONU »). « le Parlement » (twice) is the \
Parliament of Georgia, an institution, even where the protest is called « devant le Parlement » (in front of its \
building: near, not in, so the protest's place is « Tbilissi », written right after).
Mentions. « le parti au pouvoir », « sa formation » and « le pouvoir » (the accused ruling power: the party that \
governs, here a reference, not generic) are the Georgian Dream; « La présidente », « La cheffe de l’État » (« \
l’État » inside is not annotated, as in gold), « Je » and « elle » are Zourabichvili; « Le Premier ministre » and \
« il » Kobakhidze; « Le Premier ministre hongrois » and « Il » Orbán; « Les quatre coalitions d’opposition », « \
Elles », « elles » and « L’opposition » (in Kobakhidze's quote) one local group; « les Géorgiens », « des \
électeurs », « Des observateurs de l’OSCE », « des partisans du pouvoir » (« pouvoir » inside is the party), « \
plusieurs bureaux de vote », « les Vingt-Sept » (the member states, as in gold) local groups; « la télévision \
publique » the Georgian public broadcaster; « une loi sur l’influence étrangère » the law (the theme of its \
adoption). Not mentions: « ce résultat », « ces élections », « ces accusations », « les irrégularités », « ces \
chiffres » (restated events or figures), « le processus d’adhésion », « la présidence tournante », « l’ » in « \
l’accepter » (the defeat, no entity), « 54 % des voix », « 89 des 150 sièges ».
Statuses. The election, the victory, the vote share, the press conference, the president–government conflict, the \
June freeze and the law's adoption are occurred; the recognition (Zourabichvili's refusal and « Je ne reconnais \
pas »: no source is named for the refusal, the article states it), the opposition's sitting in Parliament, Hungary \
speaking for the Twenty-Seven and Russia's interference (denied by Peskov) are negated; the falsification (« une \
opération spéciale russe »), the vote buying and the intimidation are suspected (accusations); the ballot stuffing \
is occurred according to the OSCE observers (a report, not a suspicion); the protest, the acceptance of defeat, \
the EU's inquiry, the US investigations and the respect of the rule of law are proposed (urged or requested); the \
confirmation of the figures and the 89 seats are hypothetical; Orbán's visit is planned.
Times. « dimanche » is the publication day, Sunday 27 October 2024; « la veille » the eve of the proclamation, \
Saturday 26 October (eve-of-event); « lundi soir » Monday 28 October (the evening of the protest); « samedi » (the \
OSCE report) and « samedi soir » (Orbán's congratulation) Saturday 26 October; « en juin » June 2024; « lundi » \
and « mardi » 28 and 29 October (the visit takes the first day, as « jeudi et vendredi » in gold). The refusal to \
recognise follows the Sunday proclamation « aussitôt » and takes its day with the call joined to it; the press \
conference, Kobakhidze's words, the Western demands, the Commission's warning and Peskov's words have no weekday \
of their own: no time.
Georgia, Tbilisi, the electoral commission, the Georgian Dream, Zourabichvili, the Georgians, the Parliament, the \
government of Georgia, the opposition coalitions, the voters, the OSCE and its observers, the supporters, the \
polling stations, Kobakhidze, the public broadcaster, the European Union, Borrell, the law, Orbán, his spokesman, \
Hungary, the Twenty-Seven and the European Commission are not in ids.tsv: local, unlinked. The United States, \
Russia, the Kremlin and Dmitry Peskov are linked."""

US, RUSSIA, KREMLIN, PESKOV = "Q30", "Q159", "Q2060629", "Q4359688"
GEORGIA, TBILISI, CEC, GD = "local:georgia", "local:tbilisi", "local:georgia-cec", "local:georgian-dream"
ZOURAB, GEORGIANS, PARLIAMENT, GOV = "local:salome-zourabichvili", "local:georgians", \
    "local:parliament-of-georgia", "local:government-of-georgia"
OPP, VOTERS, OSCE, OBSERVERS = "local:opposition-coalitions", "local:intimidated-voters", "local:osce", \
    "local:osce-observers"
SUPPORTERS = "local:ruling-party-supporters"
POLLING, KOB, GPB = "local:polling-stations", "local:irakli-kobakhidze", "local:georgian-public-broadcaster"
EU, BORRELL, LAW = "local:european-union", "local:josep-borrell", "local:foreign-influence-law"
ORBAN, ORBAN_SPOKES, HUNGARY = "local:viktor-orban", "local:orban-spokesman", "local:hungary"
EU_STATES, COMMISSION = "local:eu-member-states", "local:european-commission"

NOT_GROUP = "an unnamed group, not one Wikidata item"

DESCRIPTIONS = {PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)"}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CEC, "commission électorale centrale de Géorgie", "Central Election Commission of Georgia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (GEORGIA, "Géorgie", "Georgia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (GD, "Rêve géorgien", "Georgian Dream", "organization",
     {"description": "parti au pouvoir en Géorgie", "unlinked_reason": NOT_VERIFIED}),
    (ZOURAB, "Salomé Zourabichvili", "Salome Zourabichvili", "person",
     {"description": "présidente de la Géorgie", "unlinked_reason": NOT_VERIFIED}),
    (GEORGIANS, "les Géorgiens", "the Georgians", "group",
     {"description": "la population géorgienne, appelée à manifester", "unlinked_reason": NOT_GROUP}),
    (PARLIAMENT, "Parlement de Géorgie", "Parliament of Georgia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TBILISI, "Tbilissi", "Tbilisi", "place",
     {"description": "capitale de la Géorgie", "unlinked_reason": NOT_VERIFIED}),
    (GOV, "gouvernement de la Géorgie", "Government of Georgia", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (OPP, "coalitions d’opposition géorgiennes", "Georgian opposition coalitions", "group",
     {"description": "les quatre coalitions d’opposition qui contestent le résultat", "unlinked_reason": NOT_GROUP}),
    (VOTERS, "électeurs intimidés", "intimidated voters", "group",
     {"description": "des électeurs que l’opposition dit intimidés", "unlinked_reason": NOT_GROUP}),
    (OBSERVERS, "observateurs de l’OSCE", "OSCE observers", "group",
     {"description": "observateurs électoraux que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (OSCE, "Organisation pour la sécurité et la coopération en Europe", "Organization for Security and "
     "Co-operation in Europe", "organization", {"description": "OSCE", "unlinked_reason": NOT_VERIFIED}),
    (SUPPORTERS, "partisans du Rêve géorgien", "Georgian Dream supporters", "group",
     {"description": "partisans du parti au pouvoir que les observateurs accusent de bourrages d’urnes",
      "unlinked_reason": NOT_GROUP}),
    (POLLING, "bureaux de vote", "polling stations", "place",
     {"description": "plusieurs bureaux de vote géorgiens que l’article ne nomme pas",
      "unlinked_reason": "unnamed places, not one Wikidata item"}),
    (KOB, "Irakli Kobakhidzé", "Irakli Kobakhidze", "person",
     {"description": "Premier ministre de la Géorgie", "unlinked_reason": NOT_VERIFIED}),
    (GPB, "télévision publique géorgienne", "Georgian Public Broadcaster", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BORRELL, "Josep Borrell", "Josep Borrell", "person",
     {"description": "chef de la diplomatie de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (LAW, "loi sur l’influence étrangère", "foreign influence law", "other",
     {"description": "loi géorgienne dite sur l’« influence étrangère », adoptée en 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (ORBAN, "Viktor Orbán", "Viktor Orbán", "person",
     {"description": "Premier ministre hongrois", "unlinked_reason": NOT_VERIFIED}),
    (ORBAN_SPOKES, "porte-parole de Viktor Orbán", "Viktor Orbán's spokesman", "person",
     {"description": "porte-parole que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (HUNGARY, "Hongrie", "Hungary", "country",
     {"description": "présidence tournante du Conseil de l’UE au second semestre 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (EU_STATES, "les Vingt-Sept", "the Twenty-Seven", "group",
     {"description": "les vingt-sept États membres de l’Union européenne", "unlinked_reason": NOT_GROUP}),
    (COMMISSION, "Commission européenne", "European Commission", "organization", {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La commission électorale centrale de Géorgie a proclamé dimanche la victoire du Rêve géorgien ...
    ("commission électorale centrale de Géorgie", None, CEC, "name"),
    ("Géorgie", "électorale centrale de Géorgie", GEORGIA, "name"),
    ("Rêve géorgien", "la victoire du Rêve géorgien", GD, "name"),
    ("le parti au pouvoir", None, GD, "nominal"),
    # La présidente, Salomé Zourabichvili, a aussitôt refusé ... devant le Parlement, à Tbilissi.
    ("La présidente", None, ZOURAB, "nominal"),
    ("Salomé Zourabichvili", None, ZOURAB, "name"),
    ("les Géorgiens", None, GEORGIANS, "nominal"),
    ("Parlement", "devant le Parlement", PARLIAMENT, "name"),
    ("Tbilissi", "Parlement, à Tbilissi", TBILISI, "name"),
    # « Je ne reconnais pas ces élections, a-t-elle lancé ... » La cheffe de l’État, ... le gouvernement, ...
    ("Je", "« Je ne reconnais", ZOURAB, "pronoun"),
    ("elle", "a-t-elle lancé", ZOURAB, "pronoun"),
    ("La cheffe de l’État", None, ZOURAB, "nominal"),
    ("le gouvernement", None, GOV, "nominal"),
    # Les quatre coalitions d’opposition accusent le pouvoir d’avoir acheté des voix et intimidé des électeurs.
    ("Les quatre coalitions d’opposition", None, OPP, "nominal"),
    ("le pouvoir", "accusent le pouvoir", GD, "nominal"),
    ("des électeurs", None, VOTERS, "nominal"),
    # Elles ont annoncé qu’elles ne siégeraient pas au Parlement.
    ("Elles", None, OPP, "pronoun"),
    ("elles", "qu’elles ne siégeraient", OPP, "pronoun"),
    ("Parlement", "au Parlement", PARLIAMENT, "name"),
    # Des observateurs de l’OSCE avaient signalé samedi des bourrages d’urnes par des partisans du pouvoir ...
    ("Des observateurs de l’OSCE", None, OBSERVERS, "nominal"),
    ("OSCE", None, OSCE, "name"),
    ("des partisans du pouvoir", None, SUPPORTERS, "nominal"),
    ("pouvoir", "des partisans du pouvoir", GD, "nominal"),
    ("plusieurs bureaux de vote", None, POLLING, "nominal"),
    # Le Premier ministre, Irakli Kobakhidzé, a balayé ces accusations.
    ("Le Premier ministre", "Le Premier ministre, Irakli", KOB, "nominal"),
    ("Irakli Kobakhidzé", None, KOB, "name"),
    # « L’opposition a perdu et doit l’accepter », a-t-il déclaré à la télévision publique.
    ("L’opposition", None, OPP, "nominal"),
    ("il", "a-t-il déclaré", KOB, "pronoun"),
    ("la télévision publique", None, GPB, "nominal"),
    # Si ces chiffres étaient confirmés, sa formation obtiendrait 89 des 150 sièges.
    ("sa formation", None, GD, "nominal"),
    # L’Union européenne a réclamé ..., a indiqué son chef de la diplomatie, Josep Borrell.
    ("Union européenne", None, EU, "name"),
    ("son chef de la diplomatie", None, BORRELL, "nominal"),
    ("Josep Borrell", None, BORRELL, "name"),
    # Washington a également demandé des investigations et exhorté Tbilissi à respecter « l’État de droit ».
    ("Washington", None, US, "metonym"),
    ("Tbilissi", "exhorté Tbilissi", GEORGIA, "metonym"),
    # Bruxelles avait gelé en juin le processus d’adhésion de la Géorgie après l’adoption d’une loi ...
    ("Bruxelles", None, EU, "metonym"),
    ("Géorgie", "adhésion de la Géorgie", GEORGIA, "name"),
    ("une loi sur l’influence étrangère", None, LAW, "nominal"),
    # Le Premier ministre hongrois, Viktor Orbán, avait félicité dès samedi soir le Rêve géorgien ...
    ("Le Premier ministre hongrois", None, ORBAN, "nominal"),
    ("Viktor Orbán", None, ORBAN, "name"),
    ("Rêve géorgien", "samedi soir le Rêve géorgien", GD, "name"),
    # Il doit se rendre lundi et mardi à Tbilissi, a annoncé son porte-parole.
    ("Il", "Il doit se rendre", ORBAN, "pronoun"),
    ("Tbilissi", "mardi à Tbilissi", TBILISI, "name"),
    ("son porte-parole", None, ORBAN_SPOKES, "nominal"),
    # Budapest, qui assure la présidence tournante de l’UE, ne parlera pas au nom des Vingt-Sept, ...
    ("Budapest", None, HUNGARY, "metonym"),
    ("UE", "tournante de l’UE", EU, "name"),
    ("Vingt-Sept", None, EU_STATES, "nominal"),
    ("Commission européenne", None, COMMISSION, "name"),
    # « C’est devenu une habitude d’accuser la Russie de tout », a ironisé Dmitri Peskov, porte-parole du Kremlin, ...
    ("Russie", None, RUSSIA, "name"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Moscou", None, RUSSIA, "metonym"),
]

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday", ("dimanche", None), "2024-10-27", "day", "weekday-publication-day",
     "« a proclamé dimanche »: the publication day, Sunday 27 October 2024 (the file gives the day)."),
    ("t-eve", ("la veille", None), "2024-10-26", "day", "eve-of-event",
     "« aux législatives de la veille »: the eve of the Sunday proclamation, Saturday 26 October 2024 (which is "
     "also the eve of publication)."),
    ("t-monday-evening", ("lundi soir", None), "2024-10-28", "day", "part-of-day",
     "« à manifester lundi soir »: the evening of the Monday after the publication day, 28 October 2024."),
    ("t-saturday", ("samedi", "avaient signalé samedi"), "2024-10-26", "day", "weekday-past",
     "Pluperfect « avaient signalé samedi »: the Saturday before the publication day, 26 October 2024 (the "
     "election day)."),
    ("t-june", ("en juin", None), "2024-06", "month", "month-past",
     "Pluperfect « avait gelé en juin »: June of the publication year, 2024."),
    ("t-saturday-evening", ("samedi soir", None), "2024-10-26", "day", "part-of-day",
     "« avait félicité dès samedi soir »: the evening of Saturday 26 October 2024, the election day; « dès » adds "
     "nothing to the day."),
    ("t-monday", ("lundi", "lundi et mardi"), "2024-10-28", "day", "weekday-future",
     "« doit se rendre lundi et mardi »: the Monday after the publication day, 28 October 2024, the visit's "
     "first day."),
    ("t-tuesday", ("mardi", None), "2024-10-29", "day", "weekday-future",
     "The Tuesday after the publication day, 29 October 2024, the visit's second day."),
]

LEDE = ("La commission électorale", "des voix.")
ZOURAB_QUOTE = ("« Je ne reconnais", "opération spéciale russe. »")
EU_EVIDENCE = ("L’Union européenne a réclamé", "Josep Borrell.")

EVENTS: list[dict[str, Any]] = [
    event("e-election", "Event", "Georgia's legislative elections on Saturday 26 October 2024",
          ("législatives", None), [("participant", GD), ("participant", OPP)], place=GEORGIA, time="t-eve",
          evidence=LEDE,
          note="« aux législatives de la veille »: the vote, dated by « la veille » (the eve of the Sunday "
               "proclamation). The party and the opposition coalitions (named later) take part; Georgia, named in "
               "the commission's name, is the place. A fact in the article's own voice."),
    event("e-victory", "Event", "The Georgian Dream wins the legislative elections",
          ("victoire", "proclamé dimanche la victoire"), [("agent", GD)], place=GEORGIA, time="t-eve",
          according_to=[CEC], part_of="e-election", evidence=LEDE,
          note="« a proclamé dimanche la victoire du Rêve géorgien »: the victory is the commission's result; it "
               "was won in the Saturday vote (the proclamation is Sunday). Restated by « ce résultat », « ces "
               "élections », « ces chiffres » and Orbán's « sa victoire « écrasante » » (no new event)."),
    event("e-vote-share", "Event", "The Georgian Dream credited with 54 % of the vote", ("créditant", None),
          [("agent", GD)], time="t-eve", according_to=[CEC], part_of="e-election", evidence=LEDE,
          note="« créditant le parti au pouvoir de 54 % des voix »: a participle of result (as « a recueilli » in "
               "gold); « le parti au pouvoir » is the Georgian Dream."),
    event("e-recognition", "Event", "Salome Zourabichvili refuses to recognise the result", ("reconnaître", None),
          [("agent", ZOURAB)], status="negated", time="t-sunday",
          note="« a aussitôt refusé de reconnaître ce résultat »: a negated recognition (as « refuse de reconnaître » "
               "in gold); « ce résultat » is the victory restated, an event, not an entity: no theme. « aussitôt » "
               "after the Sunday proclamation gives it the Sunday. Restated in her quote « Je ne reconnais pas ces "
               "élections » (the same refusal)."),
    event("e-protest", "Event", "The Georgians to demonstrate on Monday evening in Tbilisi", ("manifester", None),
          [("agent", GEORGIANS)], status="proposed", place=TBILISI, time="t-monday-evening",
          according_to=[ZOURAB],
          note="« appelé les Géorgiens à manifester lundi soir devant le Parlement, à Tbilissi »: what she calls "
               "for, proposed (an urged act, as the urged choice in gold). « devant le Parlement » is near the "
               "building (no place); the city is the place."),
    event("e-press-conference", "Event", "Salome Zourabichvili's press conference", ("conférence de presse", None),
          [("agent", ZOURAB)], evidence=ZOURAB_QUOTE,
          note="« lors d’une conférence de presse »: the occasion of her words; no weekday of its own, no time."),
    event("e-falsification", "Event", "A « total falsification » of the elections, « a Russian special "
          "operation » (Zourabichvili's charge)", ("falsification", None), [("agent", RUSSIA)], status="suspected",
          according_to=[ZOURAB], part_of="e-election", evidence=ZOURAB_QUOTE,
          note="« C’est une falsification totale, une opération spéciale russe »: her accusation, suspected. The "
               "apposition « une opération spéciale russe » renames the falsification (one event, not two) and "
               "gives its agent, Russia, from the adjective « russe » (no mention), as « son assaut » in the "
               "bundled article."),
    event("e-conflict", "Event", "The president in open conflict with the government", ("conflit", None),
          [("participant", ZOURAB), ("participant", GOV)],
          note="« La cheffe de l’État, en conflit ouvert avec le gouvernement »: a lasting state in the article's "
               "own voice, given as an event because it is named (« conflit »); no time. « ne dispose que de "
               "pouvoirs limités » is a state with no event."),
    event("e-vote-buying", "Event", "The ruling party bought votes (the opposition's charge)", ("acheté", None),
          [("agent", GD)], status="suspected", according_to=[OPP], part_of="e-election",
          note="« accusent le pouvoir d’avoir acheté des voix »: an accusation, suspected; « le pouvoir » is the "
               "ruling party; « des voix » is no entity."),
    event("e-intimidation", "Event", "The ruling party intimidated voters (the opposition's charge)",
          ("intimidé", None), [("agent", GD), ("recipient", VOTERS)], status="suspected", according_to=[OPP],
          part_of="e-election",
          note="The second infinitive of the same accusation, joined by « et »: suspected."),
    event("e-boycott", "Event", "The opposition will not sit in Parliament", ("siégeraient", None),
          [("agent", OPP), ("participant", PARLIAMENT)], status="negated", according_to=[OPP],
          note="« Elles ont annoncé qu’elles ne siégeraient pas au Parlement »: a future in the past, negated (as « "
               "ne renoncerait pas » in gold). The Parliament is the institution they will not sit in."),
    event("e-ballot-stuffing", "Event", "Ballot stuffing by ruling-party supporters in several polling stations",
          ("bourrages", None), [("agent", SUPPORTERS)], place=POLLING, according_to=[OBSERVERS],
          part_of="e-election",
          note="« avaient signalé samedi des bourrages d’urnes par des partisans du pouvoir dans plusieurs bureaux "
               "de vote »: a nominal event with its agent after « par », reported by the observers as fact "
               "(occurred according to them, not a suspicion). « pouvoir » inside the supporters' phrase is the "
               "ruling party, a different entity. The weekday dates the report, not the stuffing: no time."),
    event("e-opposition-lost", "Event", "The opposition lost the elections (Kobakhidze)", ("a perdu", None),
          [("agent", OPP)], according_to=[KOB], part_of="e-election",
          note="« L’opposition a perdu »: the other side of the victory, in the prime minister's words."),
    event("e-accept-defeat", "Acceptance", "The opposition must accept its defeat (Kobakhidze)",
          ("accepter", "doit l’accepter"), [("agent", OPP)], status="proposed", according_to=[KOB],
          note="« et doit l’accepter »: what he urges, proposed; « l’ » is the defeat (no entity, no theme)."),
    event("e-confirmation", "Event", "The electoral commission would confirm the figures", ("confirmés", None),
          [("agent", CEC)], status="hypothetical",
          note="« Si ces chiffres étaient confirmés »: a condition, hypothetical. The passive has no agent written; "
               "the commission that proclaimed the figures is the one that would confirm them (implied, as the "
               "implied receiver of the munitions in the bundled article)."),
    event("e-seats", "Event", "The Georgian Dream would win 89 of the 150 seats", ("obtiendrait", None),
          [("agent", GD)], status="hypothetical", part_of="e-election",
          note="« sa formation obtiendrait 89 des 150 sièges »: a conditional in the article's own voice, no source; "
               "« sa formation » is the prime minister's party."),
    event("e-eu-inquiry", "Event", "A « rapid and transparent » investigation of the irregularities (EU request)",
          ("enquête", None), [("participant", GEORGIA)], status="proposed", according_to=[EU, BORRELL],
          evidence=EU_EVIDENCE,
          note="« a réclamé une enquête « rapide et transparente » sur les irrégularités »: requested, proposed. "
               "Its investigators are not written; Georgia, whose vote it would examine, is its only participant "
               "(as the dead man of « une enquête internationale » in gold). « les irrégularités » restates the "
               "charges (no entity)."),
    event("e-us-investigations", "Event", "Investigations requested by Washington", ("investigations", None),
          [("participant", GEORGIA)], status="proposed", according_to=[US],
          note="« Washington a également demandé des investigations »: requested, proposed; kept apart from the "
               "EU's inquiry because each is its own request; Georgia the participant, as there."),
    event("e-rule-of-law", "Event", "Georgia to respect « the rule of law » (urged by Washington)",
          ("respecter", None), [("agent", GEORGIA)], status="proposed", according_to=[US],
          note="« exhorté Tbilissi à respecter « l’État de droit » »: urged, proposed; « Tbilissi » is Georgia."),
    event("e-accession-freeze", "Event", "The EU froze Georgia's accession process in June", ("avait gelé", None),
          [("agent", EU), ("recipient", GEORGIA)], time="t-june",
          note="Pluperfect, in the article's own voice; « Bruxelles » is the European Union; « le processus "
               "d’adhésion » is no entity."),
    event("e-law-adoption", "Event", "Adoption of a law on foreign influence", ("adoption", None),
          [("agent", PARLIAMENT), ("theme", LAW)],
          note="« après l’adoption d’une loi sur l’influence étrangère »: earlier than the June freeze, with no date "
               "of its own (no time). The adopter is not written in the sentence; the Parliament, named twice "
               "above, is the body that adopts Georgian laws."),
    event("e-orban-visit", "Visit", "Viktor Orbán to visit Tbilisi on Monday and Tuesday", ("se rendre", None),
          [("agent", ORBAN)], status="planned", place=TBILISI, time="t-monday", according_to=[ORBAN_SPOKES],
          note="« Il doit se rendre lundi et mardi à Tbilissi »: planned; one visit over two days, its time the first "
               "day (t-tuesday is the second), as « jeudi et vendredi » in gold/lavrov-hanoi-2024-07."),
    event("e-interference", "Event", "Russian interference in the Georgian elections (denied)",
          ("ingérence", None), [("agent", RUSSIA)], status="negated", according_to=[PESKOV],
          note="« qui a nié toute ingérence de Moscou »: denied, negated; « Moscou » is Russia. Zourabichvili's « "
               "opération spéciale russe » is the charge it answers (suspected there)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-cec-proclamation", "Statement", "The electoral commission proclaims the Georgian Dream's victory", CEC,
           ("a proclamé", None), [], time="t-sunday", evidence=LEDE,
           about=["e-election", "e-victory", "e-vote-share"],
           note="« La commission électorale centrale de Géorgie a proclamé dimanche la victoire »: a proclamation, "
                "no quote; the participle « créditant » gives its figure."),
    speech("s-zourab-call", "Statement", "Zourabichvili calls the Georgians to demonstrate on Monday evening",
           ZOURAB, ("appelé", None), [], addressee=GEORGIANS, time="t-sunday", about=["e-protest"],
           note="A second verb joined by « et » to the refusal: its own speech act, the same Sunday."),
    speech("s-zourab-press", "Statement", "Zourabichvili: the elections are a total falsification, a Russian "
           "special operation", ZOURAB, ("a-t-elle lancé", None),
           [("Je ne reconnais pas ces élections", None),
            ("C’est une falsification totale, une opération spéciale russe.", None)],
           evidence=ZOURAB_QUOTE, about=["e-recognition", "e-falsification"],
           note="One quote in two sentences split around « a-t-elle lancé lors d’une conférence de presse. »: one "
                "speech act, two parts; the second keeps its full stop, inside the guillemets. No weekday: no time."),
    speech("s-opp-accusation", "Statement", "The opposition accuses the ruling power of vote buying and "
           "intimidation", OPP, ("accusent", None), [], about=["e-vote-buying", "e-intimidation"],
           note="« Les quatre coalitions d’opposition accusent le pouvoir »: a present accusation, no quote, no time."),
    speech("s-opp-boycott", "Statement", "The opposition announces it will not sit in Parliament", OPP,
           ("ont annoncé", None), [], about=["e-boycott"], note="« Elles » is the opposition coalitions."),
    speech("s-osce-report", "Report", "OSCE observers reported ballot stuffing on Saturday", OBSERVERS,
           ("avaient signalé", None), [], time="t-saturday", about=["e-ballot-stuffing"],
           note="A pluperfect report on a past weekday, the election day."),
    speech("s-kob-rejects", "Statement", "Irakli Kobakhidze dismisses the accusations", KOB, ("a balayé", None), [],
           about=["e-vote-buying", "e-intimidation"],
           note="« a balayé ces accusations »: « ces accusations » restates the opposition's speech act (no "
                "mention); the rejection is about the charged events."),
    speech("s-kob-tv", "Statement", "Kobakhidze: the opposition lost and must accept it", KOB,
           ("a-t-il déclaré", None), [("L’opposition a perdu et doit l’accepter", None)], addressee=GPB,
           about=["e-opposition-lost", "e-accept-defeat"],
           note="A quote first, « a-t-il déclaré à la télévision publique »: the broadcaster he speaks to is the "
                "addressee (as « Interrogé par l’AFP » in gold). No weekday: no time."),
    speech("s-eu-demand", "Statement", "The EU asks for a « rapid and transparent » investigation", EU,
           ("a réclamé", None), [("rapide et transparente", None)], according_to=[BORRELL], evidence=EU_EVIDENCE,
           about=["e-eu-inquiry", "e-ballot-stuffing"],
           note="The organisation's demand, with its source after the clause (« a indiqué son chef de la "
                "diplomatie, Josep Borrell »: s-borrell-report), as Kim's words relayed by KCNA in the bundled "
                "article."),
    speech("s-borrell-report", "Report", "Josep Borrell reports the EU's demand", BORRELL, ("a indiqué", None), [],
           evidence=EU_EVIDENCE, about=["s-eu-demand"],
           note="The source after the clause; the quote belongs to s-eu-demand."),
    speech("s-us-demand", "Statement", "Washington asks for investigations", US,
           ("demandé", "a également demandé"), [], about=["e-us-investigations"],
           note="« Washington » is the United States; no quote, no time."),
    speech("s-us-exhortation", "Statement", "Washington urges Tbilisi to respect « the rule of law »", US,
           ("exhorté", None), [("l’État de droit", None)], addressee=GEORGIA, about=["e-rule-of-law"],
           note="A second verb joined by « et » with its own quote: a second speech act; « Tbilissi » is Georgia, "
                "the addressee."),
    speech("s-orban-congratulation", "Statement", "Viktor Orbán congratulated the Georgian Dream on its « crushing » "
           "victory on Saturday evening", ORBAN, ("avait félicité", None), [("écrasante", None)], addressee=GD,
           time="t-saturday-evening", about=["e-victory"],
           note="Pluperfect « avait félicité dès samedi soir le Rêve géorgien pour sa victoire « écrasante » »: "
                "before the official proclamation; the victory restated (« sa victoire »)."),
    speech("s-orban-spokesman", "Report", "Orbán's spokesman announces the visit to Tbilisi", ORBAN_SPOKES,
           ("a annoncé", None), [], about=["e-orban-visit"], note="The source after the clause."),
    speech("s-hungary-eu", "SpeechAct", "Budapest will not speak on behalf of the Twenty-Seven", HUNGARY,
           ("parlera", None), [], status="negated", according_to=[COMMISSION],
           note="« Budapest, qui assure la présidence tournante de l’UE, ne parlera pas au nom des Vingt-Sept »: a "
                "negated future speech act of Hungary (« Budapest »), told by the Commission. The relative « qui "
                "assure la présidence tournante » is a present state (no event)."),
    speech("s-commission-warning", "Warning", "The European Commission warns that Budapest does not speak for the "
           "EU", COMMISSION, ("a prévenu", None), [], about=["s-hungary-eu"],
           note="« a prévenu la Commission européenne »: the source after the clause; no quote, no time."),
    speech("s-peskov-irony", "Statement", "Dmitry Peskov: accusing Russia of everything has become a habit", PESKOV,
           ("a ironisé", None), [("C’est devenu une habitude d’accuser la Russie de tout", None)],
           about=["e-falsification"],
           note="A quote first, « a ironisé Dmitri Peskov, porte-parole du Kremlin »; the accusations he mocks are "
                "generic (no event of their own); the charge he answers is Zourabichvili's."),
    speech("s-peskov-denial", "Statement", "Peskov denies any Russian interference", PESKOV, ("a nié", None), [],
           about=["e-interference"], note="« qui a nié toute ingérence de Moscou »: a relative clause on Peskov."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
