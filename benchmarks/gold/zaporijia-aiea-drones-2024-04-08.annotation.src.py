"""Held-out annotation of zaporijia-aiea-drones-2024-04-08.txt (written for the twenty-third held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/zaporijia-aiea-drones-2024-04-08.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/zaporijia-aiea-drones-2024-04-08.annotation.src.py --check

From held-out set 23 (moved to gold in session 21; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "zaporijia-aiea-drones-2024-04-08.txt"

NOTE = """\
Held-out-23 article: the Zaporizhzhia nuclear power plant, occupied by the Russian army in southern Ukraine, is hit \
by several drones on Sunday 7 April 2024, one of which strikes the dome of its sixth reactor, as the IAEA announces; \
the damage is superficial and no leak is detected; on Monday the IAEA's director general Rafael Grossi says nobody \
can gain from attacks on a nuclear plant, denounces irresponsible strikes without naming their author and urges \
both sides to stop targeting the site; Moscow accuses Kyiv of sending the drones, Rosatom reports three employees \
injured and Maria Zakharova accuses the Kyiv regime of gambling with the continent's nuclear safety; Ukraine \
denies any involvement, its military intelligence speaks of a Russian provocation and Dmytro Kuleba says the \
occupiers shell the site and then blame Ukraine; Russia asks for a Security Council session on Thursday, which the \
Maltese presidency of the Council has not confirmed by Monday evening, and Grossi, who had visited the plant in \
February, may speak before the Council; Paris condemns, Washington calls on Moscow to hand the plant back to \
Ukraine, Beijing does not react; the IAEA had warned in March that losing the plant's single power line would \
cause a serious accident. Published Monday 8 April 2024 (the file gives the day). The Sunday drone strikes on the \
plant, the hit on the sixth reactor's dome, the three injured, Grossi's condemnation and the mutual accusations \
follow the real events loosely; the exact quotes, Kuleba's and Zakharova's words, the Thursday Council session, \
the Maltese presidency's silence, the European diplomat, the French and US reactions and the March warning are \
invented or simplified.
What it exercises: a passive strike on a past weekday whose agent is a thing, with a passive participle of \
occupation and its agent in apposition before it (« La centrale nucléaire de Zaporijjia, occupée par l’armée russe \
dans le sud de l’Ukraine, a été touchée dimanche par plusieurs drones »: no agent, since who sent them is \
contested) and a relative partitive pronoun with its own strike (« dont l’un a frappé le dôme de son sixième \
réacteur »: part of the attack), sourced after the clause to an organisation with its acronym (« a annoncé \
l’Agence internationale de l’énergie atomique (AIEA) »); a one-word quoted predicate joined by « et » to a negated \
passive with no agent under « selon l’agence onusienne » (the leak negated); a quote first with a generic negation \
and « a martelé lundi son directeur général, Rafael Grossi » (a possessive role noun before the name in \
apposition), then a relative denunciation with a quoted adjective and « sans en désigner l’auteur » (a negated \
speech act); an exhortation with a quoted adverb to a plural phrase (« a exhorté les deux camps à cesser « \
immédiatement » de viser le site »: the cessation proposed, no addressee); a metonym as the subject of an \
accusation in the present with a relative occupation dated by its start (« Moscou, dont les troupes contrôlent la \
centrale depuis mars 2022, accuse Kiev d’avoir envoyé ces drones »: the sending suspected, the control restating \
the occupation); a passive injury with no agent sourced after the clause to a company with a role noun and a \
relative in apposition (« a affirmé Rosatom, le groupe russe qui exploite désormais le site »); a quote first with \
« Le régime de Kiev » for Ukraine under a titled role noun with the name in apposition; a denial by the state (« \
L’Ukraine a démenti toute implication »: the involvement negated) and a possessive role noun for its intelligence \
service with a one-word quote and a relative conditional with an emphatic « elle-même » and a purpose (« une « \
provocation » de l’armée russe, qui frapperait elle-même la centrale pour discréditer Kiev »: both suspected); a \
quote first with « Les occupants » and « ils » and « a réagi le chef de la diplomatie ukrainienne, Dmytro Kouleba \
»; a request with a nominal meeting on a future weekday (« La Russie a sollicité la tenue jeudi d’une séance du \
Conseil de sécurité de l’ONU »: proposed) and a relative negated confirmation with a pluperfect and a past evening \
(« que la présidence maltaise du Conseil n’avait pas encore confirmée lundi soir »); a relative pluperfect visit \
with a month and « sur place », and a conditional speech act sourced to an anonymous diplomat (« pourrait \
intervenir devant le Conseil, selon un diplomate européen »: hypothetical); a metonym's condemnation with a \
quoted adjective joined by « tandis que » to a call by another metonym to a third (« Washington a appelé Moscou à \
rendre la centrale à l’Ukraine »: the return proposed); « Pékin n’a pas réagi dans l’immédiat »; a closing \
sentence whose pluperfect source comes after a relative conditional (« dont la perte provoquerait un accident \
grave, avait averti l’agence en mars »: the loss and the accident hypothetical, March 2024).
Places and metonyms. « Moscou » is Russia (Q159) twice (it accuses, it is called upon); « Kiev » is Ukraine (Q212) \
both times (accused, discredited), and the city is never the place; « Le régime de Kiev » is a nominal mention of \
Ukraine as a whole (as « le régime nord-coréen » is North Korea in benchmarks/gold), and « Kiev » inside it is not \
marked separately (it names the seat of the government the phrase denotes, the same entity). « Paris » is France \
(a local metonym), « Washington » the United States (Q30), « Pékin » China (Q148). The plant is a local object (as \
in gold/guterres-kiev-2025-06-12); « Zaporijjia » inside its name only names it, not a mention. The strike's, the \
dome's and the occupation's place is Ukraine (« dans le sud de l’Ukraine »); the February visit, the \
negated leak, the hypothetical loss of the line and the accident take the plant as their place (a site as place, as in \
gold/fukushima-rejets-chine-2023-08-24). « près de la cantine » is near, not in: the canteen is a mention but no \
event's place.
Mentions. The plant: « La centrale nucléaire de Zaporijjia », « le site » (three times), « la centrale » (three \
times), « la plus grande centrale d’Europe » (with « Europe » inside, the same continent as « tout le continent » \
in Zakharova's quote). « plusieurs drones » and « ces drones » are one local object (the drones of Sunday's \
attack); « l’un » in « dont l’un » is a pronoun for the one drone that hit the dome, a local object of its own (as \
the drone that hit the cargo in gold/drone-izmail-2024-10-10); « le dôme de son sixième réacteur » and « son \
sixième réacteur » inside it are two local objects (the dome is what was struck). The Russian armed forces \
(Q193159): « l’armée russe » (twice), « les troupes » in « dont les troupes » (from the noun), « elle-même », « Les \
occupants » and « ils » in Kuleba's quote. The IAEA: its full name, « AIEA » (twice, once inside « Le patron de \
l’AIEA »), « l’agence onusienne », « l’agence » (the March warning). Grossi: « son directeur général », « Rafael \
Grossi », « Le patron de l’AIEA », « Grossi » in « M. Grossi ». « la diplomatie russe » and « la diplomatie \
ukrainienne » inside the titles are not mentions (gold convention). « Son renseignement militaire » is Ukraine's \
military intelligence (HUR), marked with its possessive determiner as a separate word (as « son hôte russe »). « la \
présidence maltaise du Conseil » is the Council's presidency for April 2024, a local organisation that speaks (or \
rather does not), with « Conseil » inside it (the short name, as in gold); « le Conseil » after « devant » is the \
Council too. Not mentions: « les deux camps » (Russia and Ukraine at once), « l’auteur » (unknown, not one entity \
the article knows), « une centrale nucléaire » in Grossi's quote (generic), « Les dégâts », « des frappes », « des \
attaques » (restated events), « Les six réacteurs de la plus grande centrale d’Europe » (a plural phrase no event \
takes: « sont à l’arrêt » is a state), « leur refroidissement », « sur place » (an adverb; the visit's place is \
the plant), « toute implication ».
Statuses. The drone attack, the dome strike, the occupation, the injuries and Rosatom's operation of the plant are \
occurred (the attack and the strike according to the IAEA, the injuries according to Rosatom); the radioactive \
leak is negated (according to the IAEA), as is Ukraine's involvement (according to Ukraine); the cessation of \
attacks Grossi urges and the return of the plant Washington calls for are proposed; Russia's charge that Ukraine \
sent the drones, Zakharova's charge that Kyiv gambles with Europe's nuclear safety, the Russian self-strike and \
the discrediting purpose the Ukrainian side alleges are suspected; the Thursday Council session, requested and \
unconfirmed, is proposed; Grossi's possible address to the Council, the loss of the line and the accident are \
hypothetical. The self-strike is the same event in the intelligence service's words and in Kuleba's quote (« \
bombardent »), and « puis en accusent l’Ukraine » restates Russia's accusation (no new speech act).
Times. « dimanche » is Sunday 7 April 2024 (weekday-past); « lundi » in « a martelé lundi » and « lundi soir » are \
the publication day; « depuis mars 2022 » is March 2022 (the start, the occupation's time); « jeudi » Thursday 11 \
April 2024 (weekday-future); « en février » February 2024 and « en mars » March 2024 (month-past); « dans \
l’immédiat » the publication day. « immédiatement » (inside Grossi's quote) and « désormais » are not times. The \
statements with no weekday of their own (the IAEA's announcement, Grossi's relative denunciation and his \
exhortation, Moscow's accusation, Rosatom's, Zakharova's, Ukraine's denial, the intelligence service's, Kuleba's, \
Russia's request, the diplomat's, Paris's and Washington's) have no time; the injuries take the Sunday of the \
attack they are part of.
Russia, Ukraine, the Russian armed forces, the UN, its Security Council, the United States and China are linked; \
the plant, the drones, the dome and the sixth reactor, the IAEA, Rafael Grossi, the employees, the canteen, \
Rosatom, Maria Zakharova, Europe, Ukraine's military intelligence, Dmytro Kuleba, the Maltese presidency of the \
Council, the European diplomat, France and the power line are not in ids.tsv: local, unlinked."""

RUSSIA, UKRAINE, RU_ARMY, UN, UNSC, US, CHINA = "Q159", "Q212", "Q193159", "Q1065", "Q37470", "Q30", "Q148"
ZNPP, DRONES, DOME_DRONE = "local:zaporizhzhia-nuclear-power-plant", "local:drones-znpp-2024-04-07", \
    "local:drone-reactor-6-dome"
DOME, REACTOR6, IAEA, GROSSI = "local:znpp-reactor-6-dome", "local:znpp-reactor-6", "local:iaea", \
    "local:rafael-grossi"
EMPLOYEES, CANTEEN, ROSATOM, ZAKHAROVA = "local:injured-znpp-employees", "local:znpp-canteen", "local:rosatom", \
    "local:maria-zakharova"
EUROPE, HUR, KULEBA, PRESIDENCY = "local:europe", "local:ukrainian-military-intelligence", "local:dmytro-kuleba", \
    "local:maltese-unsc-presidency"
DIPLOMAT, FRANCE, LINE = "local:european-diplomat", "local:france", "local:znpp-power-line"

NOT_OBJECT = "a thing with no Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ZNPP, "centrale nucléaire de Zaporijjia", "Zaporizhzhia Nuclear Power Plant", "object",
     {"description": "la plus grande centrale nucléaire d’Europe, dans le sud de l’Ukraine, occupée par l’armée "
                     "russe depuis mars 2022", "unlinked_reason": NOT_VERIFIED}),
    (DRONES, "drones lancés contre la centrale de Zaporijjia", "drones launched at the Zaporizhzhia plant",
     "object", {"description": "les drones qui ont touché la centrale le dimanche 7 avril 2024",
                "unlinked_reason": NOT_OBJECT}),
    (DOME_DRONE, "drone ayant frappé le dôme du sixième réacteur", "drone that hit the sixth reactor's dome",
     "object", {"unlinked_reason": NOT_OBJECT}),
    (DOME, "dôme du sixième réacteur", "dome of the sixth reactor", "object",
     {"description": "dôme de confinement du réacteur n° 6 de la centrale de Zaporijjia",
      "unlinked_reason": NOT_OBJECT}),
    (REACTOR6, "sixième réacteur de la centrale de Zaporijjia", "Zaporizhzhia reactor 6", "object",
     {"unlinked_reason": NOT_OBJECT}),
    (IAEA, "Agence internationale de l’énergie atomique", "International Atomic Energy Agency", "organization",
     {"description": "agence onusienne, AIEA", "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (GROSSI, "Rafael Grossi", "Rafael Grossi", "person",
     {"description": "directeur général de l’AIEA", "unlinked_reason": NOT_VERIFIED}),
    (EMPLOYEES, "trois employés blessés de la centrale", "three injured plant employees", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (CANTEEN, "cantine de la centrale", "the plant's canteen", "place", {"unlinked_reason": NOT_OBJECT}),
    (ROSATOM, "Rosatom", "Rosatom", "organization",
     {"description": "groupe nucléaire public russe, qui exploite la centrale", "unlinked_reason": NOT_VERIFIED}),
    (ZAKHAROVA, "Maria Zakharova", "Maria Zakharova", "person",
     {"description": "porte-parole du ministère russe des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (EUROPE, "Europe", "Europe", "place", {"unlinked_reason": NOT_VERIFIED}),
    (HUR, "renseignement militaire ukrainien", "Ukrainian military intelligence (HUR)", "organization",
     {"description": "direction principale du renseignement du ministère ukrainien de la Défense",
      "unlinked_reason": NOT_VERIFIED}),
    (KULEBA, "Dmytro Kouleba", "Dmytro Kuleba", "person",
     {"description": "ministre ukrainien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence maltaise du Conseil de sécurité", "Maltese presidency of the Security Council",
     "organization", {"description": "Malte préside le Conseil de sécurité de l’ONU en avril 2024",
                      "unlinked_reason": "a rotating office, no Wikidata item among the verified identifiers"}),
    (DIPLOMAT, "un diplomate européen", "a European diplomat", "person",
     {"class_qid": "Q193391", "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (LINE, "ligne électrique de la centrale", "the plant's power line", "object",
     {"description": "l’unique ligne électrique dont dépend le refroidissement des réacteurs",
      "unlinked_reason": NOT_OBJECT}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La centrale nucléaire de Zaporijjia, occupée par l’armée russe dans le sud de l’Ukraine, a été touchée ...
    ("La centrale nucléaire de Zaporijjia", None, ZNPP, "nominal"),
    ("l’armée russe", "occupée par l’armée russe", RU_ARMY, "nominal"),
    ("Ukraine", "le sud de l’Ukraine", UKRAINE, "name"),
    ("plusieurs drones", None, DRONES, "nominal"),
    ("l’un", "dont l’un", DOME_DRONE, "pronoun"),
    ("le dôme de son sixième réacteur", None, DOME, "nominal"),
    ("son sixième réacteur", None, REACTOR6, "nominal"),
    ("Agence internationale de l’énergie atomique", None, IAEA, "name"),
    ("AIEA", "(AIEA)", IAEA, "name"),
    # Les dégâts sont « superficiels » et aucune fuite radioactive n’a été détectée, selon l’agence onusienne.
    ("l’agence onusienne", None, IAEA, "nominal"),
    # « Personne ne peut ... », a martelé lundi son directeur général, Rafael Grossi, qui a dénoncé ...
    ("son directeur général", None, GROSSI, "nominal"),
    ("Rafael Grossi", None, GROSSI, "name"),
    # Le patron de l’AIEA a exhorté les deux camps à cesser « immédiatement » de viser le site.
    ("Le patron de l’AIEA", None, GROSSI, "nominal"),
    ("AIEA", "Le patron de l’AIEA", IAEA, "name"),
    ("le site", "de viser le site", ZNPP, "nominal"),
    # Moscou, dont les troupes contrôlent la centrale depuis mars 2022, accuse Kiev d’avoir envoyé ces drones.
    ("Moscou", "Moscou, dont les troupes", RUSSIA, "metonym"),
    ("les troupes", None, RU_ARMY, "nominal"),
    ("la centrale", "contrôlent la centrale", ZNPP, "nominal"),
    ("Kiev", "accuse Kiev", UKRAINE, "metonym"),
    ("ces drones", None, DRONES, "nominal"),
    # Trois employés ont été blessés près de la cantine, a affirmé Rosatom, le groupe russe qui exploite ...
    ("Trois employés", None, EMPLOYEES, "nominal"),
    ("la cantine", None, CANTEEN, "nominal"),
    ("Rosatom", None, ROSATOM, "name"),
    ("le groupe russe", None, ROSATOM, "nominal"),
    ("le site", "exploite désormais le site", ZNPP, "nominal"),
    # « Le régime de Kiev joue avec ... tout le continent », a déclaré la porte-parole ..., Maria Zakharova.
    ("Le régime de Kiev", None, UKRAINE, "nominal"),
    ("tout le continent", None, EUROPE, "nominal"),
    ("la porte-parole de la diplomatie russe", None, ZAKHAROVA, "nominal"),
    ("Maria Zakharova", None, ZAKHAROVA, "name"),
    # L’Ukraine a démenti toute implication.
    ("Ukraine", "L’Ukraine a démenti", UKRAINE, "name"),
    # Son renseignement militaire a dénoncé une « provocation » de l’armée russe, qui frapperait elle-même ...
    ("Son renseignement militaire", None, HUR, "nominal"),
    ("l’armée russe", "de l’armée russe, qui", RU_ARMY, "nominal"),
    ("elle-même", None, RU_ARMY, "pronoun"),
    ("la centrale", "elle-même la centrale", ZNPP, "nominal"),
    ("Kiev", "discréditer Kiev", UKRAINE, "metonym"),
    # « Les occupants bombardent le site qu’ils contrôlent, puis en accusent l’Ukraine », a réagi ...
    ("Les occupants", None, RU_ARMY, "nominal"),
    ("le site", "bombardent le site", ZNPP, "nominal"),
    ("ils", "qu’ils contrôlent", RU_ARMY, "pronoun"),
    ("Ukraine", "en accusent l’Ukraine", UKRAINE, "name"),
    ("le chef de la diplomatie ukrainienne", None, KULEBA, "nominal"),
    ("Dmytro Kouleba", None, KULEBA, "name"),
    # La Russie a sollicité la tenue jeudi d’une séance du Conseil de sécurité de l’ONU, que la présidence ...
    ("Russie", None, RUSSIA, "name"),
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", None, UN, "name"),
    ("la présidence maltaise du Conseil", None, PRESIDENCY, "nominal"),
    ("Conseil", "présidence maltaise du Conseil", UNSC, "name"),
    # M. Grossi, qui s’était rendu sur place en février, pourrait intervenir devant le Conseil, selon un diplomate ...
    ("Grossi", "M. Grossi", GROSSI, "name"),
    ("Conseil", "devant le Conseil", UNSC, "name"),
    ("un diplomate européen", None, DIPLOMAT, "nominal"),
    # Paris a condamné des attaques « inacceptables », tandis que Washington a appelé Moscou à rendre ...
    ("Paris", None, FRANCE, "metonym"),
    ("Washington", None, US, "metonym"),
    ("Moscou", "appelé Moscou", RUSSIA, "metonym"),
    ("la centrale", "rendre la centrale", ZNPP, "nominal"),
    ("Ukraine", "la centrale à l’Ukraine", UKRAINE, "name"),
    # Pékin n’a pas réagi dans l’immédiat.
    ("Pékin", None, CHINA, "metonym"),
    # Les six réacteurs de la plus grande centrale d’Europe sont à l’arrêt, mais ... avait averti l’agence en mars.
    ("la plus grande centrale d’Europe", None, ZNPP, "nominal"),
    ("Europe", None, EUROPE, "name"),
    ("une unique ligne électrique", None, LINE, "nominal"),
    ("l’agence", "avait averti l’agence", IAEA, "nominal"),
]

PUB_DAY = "The publication day, Monday 8 April 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday", ("dimanche", None), "2024-04-07", "day", "weekday-past",
     "Past « a été touchée dimanche » in a Monday article: the day before, Sunday 7 April 2024."),
    ("t-monday", ("lundi", "a martelé lundi"), "2024-04-08", "day", "weekday-publication-day",
     "« a martelé lundi »: " + PUB_DAY),
    ("t-march-2022", ("mars 2022", None), "2022-03", "month", "explicit-month-year",
     "« dont les troupes contrôlent la centrale depuis mars 2022 »: the start of the occupation (« depuis X » is "
     "annotated as X), as in gold/guterres-kiev-2025-06-12."),
    ("t-thursday", ("jeudi", None), "2024-04-11", "day", "weekday-future",
     "« a sollicité la tenue jeudi d’une séance »: the session is still to come, so the Thursday after the "
     "publication day, 11 April 2024."),
    ("t-monday-evening", ("lundi soir", None), "2024-04-08", "day", "part-of-day",
     "« n’avait pas encore confirmée lundi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-february", ("en février", None), "2024-02", "month", "month-past",
     "Pluperfect « s’était rendu sur place en février », written in April 2024: February 2024."),
    ("t-immediate", ("dans l’immédiat", None), "2024-04-08", "day", "publication-day",
     "« n’a pas réagi dans l’immédiat »: as of the publication day. " + PUB_DAY),
    ("t-march", ("en mars", None), "2024-03", "month", "month-past",
     "Pluperfect « avait averti l’agence en mars », written in April 2024: March 2024."),
]

LEDE = ("La centrale nucléaire", "(AIEA).")
GROSSI_EVIDENCE = ("« Personne ne peut", "l’auteur.")

EVENTS: list[dict[str, Any]] = [
    event("e-drone-attack", "Event", "The Zaporizhzhia nuclear plant hit by several drones on Sunday",
          ("a été touchée", None), [("participant", DRONES), ("recipient", ZNPP)], place=UKRAINE, time="t-sunday",
          according_to=[IAEA], evidence=LEDE,
          note="« La centrale nucléaire de Zaporijjia ... a été touchée dimanche par plusieurs drones »: a passive "
               "whose agent is a thing (the drones, participant, as in gold/drone-izmail-2024-10-10); who sent "
               "them is contested (Moscow accuses Kyiv, Kyiv accuses the Russian army), so no agent. The plant "
               "hit is the recipient. Restated by « des frappes « irresponsables » » (Grossi) and « des attaques « "
               "inacceptables » » (Paris)."),
    event("e-dome-strike", "Event", "One drone strikes the dome of the sixth reactor", ("a frappé", None),
          [("participant", DOME_DRONE), ("recipient", DOME)], place=UKRAINE, time="t-sunday",
          according_to=[IAEA], part_of="e-drone-attack", evidence=LEDE,
          note="« dont l’un a frappé le dôme de son sixième réacteur »: one of the drones (« l’un ») strikes the "
               "dome; part of the Sunday attack, with its day and place. « Les dégâts sont « superficiels » » "
               "describes its result (a state, no event)."),
    event("e-occupation", "Event", "The Russian army occupies the Zaporizhzhia plant since March 2022",
          ("occupée", None), [("agent", RU_ARMY), ("theme", ZNPP)], place=UKRAINE, time="t-march-2022",
          evidence=LEDE,
          note="« occupée par l’armée russe dans le sud de l’Ukraine »: a passive participle in apposition, in the "
               "article's own voice. Restated by « dont les troupes contrôlent la centrale depuis mars 2022 », "
               "which gives its start (the trigger is the first mention), and by « le site qu’ils contrôlent » in "
               "Kuleba's quote, as in gold/guterres-kiev-2025-06-12 (agent the Russian forces, theme the plant)."),
    event("e-leak", "Event", "No radioactive leak detected at the plant", ("fuite", None),
          [("participant", ZNPP)], status="negated", place=ZNPP, according_to=[IAEA],
          note="« aucune fuite radioactive n’a été détectée, selon l’agence onusienne »: a release of radioactivity "
               "from the plant, which the IAEA says did not happen (negated). Unlike « Aucune victime n’a été "
               "signalée » in gold (no actor, no event), the leak is an event with a participant, the plant."),
    event("e-stop-targeting", "Event", "Both sides stop targeting the plant (Grossi's call)", ("cesser", None),
          [("agent", RUSSIA), ("agent", UKRAINE), ("recipient", ZNPP)], status="proposed",
          according_to=[GROSSI],
          note="« a exhorté les deux camps à cesser « immédiatement » de viser le site »: what Grossi urges, "
               "proposed (as « cesser ses actions » in gold). « les deux camps » is Russia and Ukraine at once, a "
               "plural phrase (no mention); the two states are the agents by the text's accusations."),
    event("e-ukraine-sent-drones", "Event", "Ukraine sent the drones (Moscow's accusation)", ("envoyé", None),
          [("agent", UKRAINE), ("theme", DRONES)], status="suspected", time="t-sunday", according_to=[RUSSIA],
          note="« accuse Kiev d’avoir envoyé ces drones »: an accusation the article does not endorse and Ukraine "
               "denies: suspected, according to Russia. The drones are Sunday's, so the Sunday."),
    event("e-injuries", "Event", "Three employees injured near the canteen", ("blessés", None),
          [("recipient", EMPLOYEES)], place=UKRAINE, time="t-sunday", according_to=[ROSATOM],
          part_of="e-drone-attack",
          note="« Trois employés ont été blessés près de la cantine, a affirmé Rosatom »: a passive with no agent "
               "(the attacker is contested), so only the injured as recipient; told by Rosatom (according_to), "
               "nobody contests it: occurred. Part of Sunday's attack, with its day and place; « près de la "
               "cantine » is near, not in, so the canteen is not its place."),
    event("e-rosatom-operates", "Event", "Rosatom now operates the plant", ("exploite", None),
          [("agent", ROSATOM), ("theme", ZNPP)],
          note="« le groupe russe qui exploite désormais le site »: a relative clause in the present, ongoing, in "
               "the article's own voice; « désormais » is no time."),
    event("e-gamble", "Event", "Kyiv gambles with Europe's nuclear safety (Zakharova's charge)", ("joue", None),
          [("agent", UKRAINE), ("recipient", EUROPE)], status="suspected", according_to=[ZAKHAROVA],
          note="« Le régime de Kiev joue avec la sécurité nucléaire de tout le continent »: an accusation inside "
               "her quote: suspected. The continent, whose safety is at stake, is the recipient."),
    event("e-ukraine-involvement", "Event", "Ukraine's involvement in the attack (denied)", ("implication", None),
          [("agent", UKRAINE)], status="negated", according_to=[UKRAINE],
          note="« L’Ukraine a démenti toute implication »: a denial makes the involvement negated according to "
               "the denier, as « a démenti toute attaque » in gold/drone-izmail-2024-10-10."),
    event("e-self-strike", "Event", "The Russian army strikes the plant itself (the Ukrainian charge)",
          ("frapperait", None), [("agent", RU_ARMY), ("recipient", ZNPP)], status="suspected",
          according_to=[HUR, KULEBA],
          note="« une « provocation » de l’armée russe, qui frapperait elle-même la centrale »: the conditional of "
               "an accusation the article does not endorse: suspected. « provocation » names the same act in the "
               "intelligence service's word; Kuleba's « Les occupants bombardent le site » restates it (no second "
               "event), so he is in according_to too. « elle-même » is emphatic."),
    event("e-discredit", "Event", "The Russian army seeks to discredit Kyiv (the Ukrainian charge)",
          ("discréditer", None), [("agent", RU_ARMY), ("recipient", UKRAINE)], status="suspected",
          according_to=[HUR],
          note="« pour discréditer Kiev »: the purpose the intelligence service ascribes to the Russian army, part "
               "of its accusation: suspected (not hypothetical, since the accuser presents it as the aim of what "
               "it says is happening). « Kiev » is Ukraine."),
    event("e-unsc-meeting", "Meeting", "A Security Council session on Thursday, requested by Russia",
          ("séance", None), [("participant", UNSC)], status="proposed", time="t-thursday", according_to=[RUSSIA],
          note="« La Russie a sollicité la tenue jeudi d’une séance du Conseil de sécurité de l’ONU, que la "
               "présidence maltaise du Conseil n’avait pas encore confirmée lundi soir »: requested and not yet "
               "confirmed, so proposed (what someone asks for), not planned as the expected meeting of "
               "gold/frappes-houthis-yemen-2024-01-12 (« devrait se tenir »). No place is written. « la tenue » "
               "restates it; Russia asked for it (the speech act, and according_to, as for what others ask "
               "for); it is not a participant by the text."),
    event("e-grossi-visit", "Visit", "Rafael Grossi visited the plant in February", ("s’était rendu", None),
          [("agent", GROSSI)], place=ZNPP, time="t-february",
          note="« qui s’était rendu sur place en février »: pluperfect in a relative clause; « sur place » is the "
               "plant the article is about (no mention, an adverb), its place."),
    event("e-return", "Event", "Russia hands the plant back to Ukraine (Washington's call)", ("rendre", None),
          [("agent", RUSSIA), ("recipient", UKRAINE), ("theme", ZNPP)], status="proposed", according_to=[US],
          note="« Washington a appelé Moscou à rendre la centrale à l’Ukraine »: a call, proposed; Moscow the "
               "agent, Ukraine the recipient, the plant the theme (as the handover of the canal in "
               "gold/panama-canal-rubio-2025-02-02, an Event)."),
    event("e-line-loss", "Event", "Loss of the plant's single power line (IAEA's warning)", ("perte", None),
          [("participant", LINE)], status="hypothetical", place=ZNPP, according_to=[IAEA],
          note="« dont la perte provoquerait un accident grave »: a case in the conditional inside the IAEA's "
               "warning: hypothetical. « sont à l’arrêt » and « dépend » are states (no events)."),
    event("e-accident", "Event", "A serious accident at the plant (IAEA's warning)", ("accident", None),
          [("participant", ZNPP)], status="hypothetical", place=ZNPP, according_to=[IAEA],
          note="« provoquerait un accident grave »: what the loss of the line would cause: hypothetical. The plant "
               "is its participant (the reactors whose cooling fails are the plant's)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-iaea-announcement", "Statement", "The IAEA announces drone hits on the plant", IAEA,
           ("a annoncé", None), [], evidence=LEDE, about=["e-drone-attack", "e-dome-strike"],
           note="The source after the clause, an organisation with its acronym in brackets; no weekday of its own "
                "(the Sunday dates the attack)."),
    speech("s-iaea-assessment", "Report", "The IAEA: superficial damage and no leak detected", IAEA,
           ("selon", "selon l’agence onusienne"), [("superficiels", None)],
           about=["e-dome-strike", "e-leak"],
           note="« Les dégâts sont « superficiels » et aucune fuite radioactive n’a été détectée, selon l’agence "
                "onusienne »: one source for two clauses, with a one-word quote; the damage is a state of the "
                "struck dome."),
    speech("s-grossi-no-gain", "Statement", "Grossi: nobody can gain from attacks on a nuclear plant", GROSSI,
           ("a martelé", None),
           [("Personne ne peut tirer le moindre avantage militaire ou politique d’attaques contre une centrale "
             "nucléaire", None)],
           time="t-monday", evidence=GROSSI_EVIDENCE, about=["e-drone-attack"],
           note="A quote first under « a martelé lundi son directeur général, Rafael Grossi »; « son » is the "
                "IAEA's. The quote is generic (« une centrale nucléaire »): it adds no event of its own."),
    speech("s-grossi-denunciation", "Statement", "Grossi denounces « irresponsible » strikes", GROSSI,
           ("a dénoncé", "qui a dénoncé"), [("irresponsables", None)], evidence=GROSSI_EVIDENCE,
           about=["e-drone-attack"],
           note="« qui a dénoncé des frappes « irresponsables » »: a relative clause on Grossi, a second speech act "
                "with its own guillemets; « des frappes » restates the attack. No weekday of its own: no time."),
    speech("s-grossi-no-blame", "SpeechAct", "Grossi does not name who carried out the strikes", GROSSI,
           ("désigner", None), [], status="negated", evidence=GROSSI_EVIDENCE, about=["e-drone-attack"],
           note="« sans en désigner l’auteur »: a negated speech act, as « sans évoquer de victimes » in gold; « en » "
                "is the strikes and « l’auteur » is no mention (unknown)."),
    speech("s-grossi-exhortation", "Statement", "Grossi urges both sides to stop targeting the plant immediately",
           GROSSI, ("a exhorté", None), [("immédiatement", None)], about=["e-stop-targeting"],
           note="« Le patron de l’AIEA a exhorté les deux camps à cesser « immédiatement » de viser le site »: the "
                "addressees are a plural phrase (no mention), so no addressee."),
    speech("s-russia-accusation", "Statement", "Moscow accuses Kyiv of sending the drones", RUSSIA,
           ("accuse", "accuse Kiev"), [], about=["e-ukraine-sent-drones"],
           note="« Moscou ... accuse Kiev d’avoir envoyé ces drones »: an accusation in the present by a metonym for "
                "the state, without a quote; no time. Kuleba's « puis en accusent l’Ukraine » refers back to it."),
    speech("s-rosatom", "Statement", "Rosatom says three employees were injured", ROSATOM, ("a affirmé", None), [],
           about=["e-injuries"],
           note="The source after the clause, with a role noun and a relative in apposition."),
    speech("s-zakharova", "Statement", "Zakharova: the Kyiv regime gambles with the continent's nuclear safety",
           ZAKHAROVA, ("a déclaré", None),
           [("Le régime de Kiev joue avec la sécurité nucléaire de tout le continent", None)],
           about=["e-gamble"],
           note="A quote first; « la diplomatie russe » inside her title is no mention."),
    speech("s-ukraine-denial", "Statement", "Ukraine denies any involvement", UKRAINE, ("a démenti", None), [],
           about=["e-ukraine-involvement", "e-ukraine-sent-drones"],
           note="« L’Ukraine a démenti toute implication »: the state as speaker; the denial answers Moscow's "
                "accusation."),
    speech("s-hur", "Statement", "Ukrainian military intelligence denounces a Russian « provocation »", HUR,
           ("a dénoncé", "militaire a dénoncé"), [("provocation", None)], about=["e-self-strike", "e-discredit"],
           note="« Son renseignement militaire a dénoncé une « provocation » de l’armée russe, qui frapperait "
                "elle-même la centrale pour discréditer Kiev »: one speech act; the relative conditional gives the "
                "content of the accusation."),
    speech("s-kuleba", "Statement", "Kuleba: the occupiers shell the site they control, then blame Ukraine", KULEBA,
           ("a réagi", "», a réagi"),
           [("Les occupants bombardent le site qu’ils contrôlent, puis en accusent l’Ukraine", None)],
           about=["e-self-strike", "e-occupation", "s-russia-accusation"],
           note="A quote first under « a réagi le chef de la diplomatie ukrainienne, Dmytro Kouleba »; « Les "
                "occupants » and « ils » are the Russian armed forces; « la diplomatie ukrainienne » inside the "
                "title is no mention."),
    speech("s-russia-request", "Statement", "Russia asks for a Security Council session on Thursday", RUSSIA,
           ("a sollicité", None), [], about=["e-unsc-meeting"],
           note="« La Russie a sollicité la tenue jeudi d’une séance »: a request; the Thursday is the session's "
                "time, not the request's (no time)."),
    speech("s-presidency-no-confirmation", "SpeechAct",
           "The Maltese presidency of the Council had not confirmed the session by Monday evening", PRESIDENCY,
           ("confirmée", None), [], status="negated", time="t-monday-evening", about=["e-unsc-meeting"],
           note="« que la présidence maltaise du Conseil n’avait pas encore confirmée lundi soir »: a negated "
                "speech act (as « Le Kremlin n’a pas confirmé » in gold), dated by the evening of the publication "
                "day."),
    speech("s-grossi-address", "Statement", "Grossi may speak before the Security Council", GROSSI,
           ("intervenir", None), [], status="hypothetical", addressee=UNSC, according_to=[DIPLOMAT],
           about=["e-unsc-meeting"],
           note="« pourrait intervenir devant le Conseil, selon un diplomate européen »: a conditional speech act "
                "(as the planned « devrait s’exprimer » of gold/panama-canal-rubio-2025-02-02, here « pourrait »: "
                "hypothetical). The Council is the addressee. No time: the session's Thursday is not written for "
                "it."),
    speech("s-diplomat", "Report", "A European diplomat says Grossi may address the Council", DIPLOMAT,
           ("selon", "selon un diplomate"), [], about=["s-grossi-address"],
           note="« selon un diplomate européen » after the clause it sources."),
    speech("s-france", "Statement", "Paris condemns « unacceptable » attacks", FRANCE, ("a condamné", None),
           [("inacceptables", None)], about=["e-drone-attack"],
           note="« Paris » is France (a metonym of a state not in ids.tsv); « des attaques » restates Sunday's "
                "attack."),
    speech("s-us-call", "Statement", "Washington calls on Moscow to hand the plant back to Ukraine", US,
           ("a appelé", None), [], addressee=RUSSIA, about=["e-return"],
           note="« tandis que Washington a appelé Moscou à rendre la centrale à l’Ukraine »: a call to a metonym, "
                "the addressee."),
    speech("s-china-silence", "SpeechAct", "Beijing has not reacted", CHINA, ("réagi", "n’a pas réagi"), [],
           status="negated", time="t-immediate", about=["e-drone-attack"],
           note="« Pékin n’a pas réagi dans l’immédiat »: a negated speech act with the publication day."),
    speech("s-iaea-warning", "Warning", "The IAEA had warned in March that losing the power line would cause a "
           "serious accident", IAEA, ("avait averti", None), [], time="t-march",
           about=["e-line-loss", "e-accident"],
           note="« dont la perte provoquerait un accident grave, avait averti l’agence en mars »: a pluperfect "
                "source after the clause, with a month (March 2024)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
