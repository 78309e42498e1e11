"""Held-out annotation of lavrov-conseil-new-york-2023-04.txt (written for the sixth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/lavrov-conseil-new-york-2023-04.annotation.src.py [--check]

Held-out set 6: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "lavrov-conseil-new-york-2023-04.txt"

PUBLISHED_INFERRED = {
    "value": "2023-04-24", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives April 2023. Lavrov « a présidé lundi » and « Arrivé dimanche » are past, « doit "
             "s’entretenir mardi » and « diriger mercredi » future: the article appeared on a Monday. Blinken's "
             "demand « le 18 avril » is past (pluperfect), so the Monday is after Tuesday 18 April 2023, and « ce "
             "mois-ci » (the Russian presidency of April) keeps it in April: Monday 24 April 2023."),
}

NOTE = """\
Held-out-6 article 2: Sergey Lavrov chairs a UN Security Council meeting in New York. The file gives only the \
month (April 2023); the day, Monday 24 April, comes from past « lundi » and « dimanche », future « mardi » and « \
mercredi », and a pluperfect « le 18 avril ». What it exercises: a chairing by a role noun and a name in \
apposition, « sous le regard hostile des Occidentaux, qui l’accusent de bafouer la Charte qu’il prétend défendre \
» (an accusation in a relative clause: the flouting suspected; a claim by « prétend »); a rotating presidency \
with « ce mois-ci » (the month) and a pluperfect judgement with a one-word quote by a metonym (« que Kiev avait \
qualifiée de « gifle » »); a participle opening the sentence (« Prenant la parole avant le ministre ») before a \
recall with a quote inside an indirect clause (« a rappelé que l’invasion de l’Ukraine causait « d’immenses \
souffrances » »), a quote first with « a-t-il lancé » and a negated half (« sans citer nommément la Russie »); \
an emphatic « lui » (« M. Lavrov a, lui, dénoncé ») with two quotes of two verbs (« dénoncé un ordre mondial « \
fondé sur des règles » inventées par Washington, avant d’accuser l’Occident de mener ... une « guerre hybride » \
»: the rules' invention and the hybrid war suspected, according to Lavrov); a reproach and a demand joined by « \
et » (« lui a reproché son « cynisme » et a réclamé la libération »: the release proposed) of a journalist « \
détenu en Russie depuis fin mars pour espionnage présumé » (the detention occurred, March 2023; the espionage \
suspected, according to Russia); a participle opening the sentence (« Arrivé dimanche »), a refusal told by a \
spokeswoman after the clause and a participle promise with a quote (« promettant que Moscou « n’oubliera pas » \
»: a Warning); a state department's self-justification with a past infinitive (« a assuré avoir respecté ses \
obligations »: suspected, the Russian side contests it); planned talks and a planned debate sourced by « Selon \
l’agence TASS » with two weekdays; a negated planned meeting told by an ambassador (« aucune rencontre ... n’était \
prévue »); « Ce dernier » for Blinken with a pluperfect demand on an explicit day during a phone call to « son \
homologue russe », and « sans l’obtenir » (the consular access negated). « Washington » is the United States \
(Q30) where it invents rules and refuses visas, « Moscou » Russia (Q159), « Kiev » Ukraine (Q212). « Conseil de \
sécurité » and « Conseil » are the UN Security Council (Q37470), « ONU » and « Nations unies » inside role nouns \
are the UN (Q1065); « Charte » is a name (the UN Charter, local). Elided object clitics (« l’accusent », « \
l’accompagner ») are not annotated, as in benchmarks/gold. Not mentions: « une partie de sa délégation », « pays \
hôte » (a predicate), « la parole ». New York, the Western countries (« Occidentaux », « l’Occident »), the \
Charter, the international community, the civilians, Linda Thomas-Greenfield, Evan Gershkovich, the Russian \
journalists, Maria Zakharova, the State Department, the Middle East and Antony Blinken are not in ids.tsv: local, \
unlinked."""

LAVROV, GUTERRES, NEBENZIA = "Q58217", "Q311440", "Q1000053"
RUSSIA, UKRAINE, US = "Q159", "Q212", "Q30"
UN, UNSC, TASS, INVASION = "Q1065", "Q37470", "Q223799", "Q110999040"
NEW_YORK, WEST, CHARTER, INTL_COMMUNITY, CIVILIANS = "local:new-york", "local:western-countries", \
    "local:un-charter", "local:international-community", "local:civilians"
THOMAS_GREENFIELD, GERSHKOVICH, RU_JOURNALISTS = "local:linda-thomas-greenfield", "local:evan-gershkovich", \
    "local:russian-journalists"
ZAKHAROVA, STATE_DEPT, MIDDLE_EAST, BLINKEN = "local:maria-zakharova", "local:us-state-department", \
    "local:middle-east", "local:antony-blinken"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"unlinked_reason": "a group of states, not one Wikidata item"}),
    (CHARTER, "Charte des Nations unies", "Charter of the United Nations", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (INTL_COMMUNITY, "la communauté internationale", "the international community", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (CIVILIANS, "civils", "civilians", "group", {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (THOMAS_GREENFIELD, "Linda Thomas-Greenfield", "Linda Thomas-Greenfield", "person",
     {"description": "ambassadrice des États-Unis à l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (GERSHKOVICH, "Evan Gershkovich", "Evan Gershkovich", "person",
     {"description": "journaliste américain détenu en Russie", "unlinked_reason": NOT_VERIFIED}),
    (RU_JOURNALISTS, "journalistes russes de la délégation", "Russian journalists of the delegation", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (ZAKHAROVA, "Maria Zakharova", "Maria Zakharova", "person",
     {"description": "porte-parole de la diplomatie russe", "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État des États-Unis", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MIDDLE_EAST, "Proche-Orient", "Middle East", "place", {"unlinked_reason": NOT_VERIFIED}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État américain", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le ministre russe des Affaires étrangères", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("New York", None, NEW_YORK, "name"),
    ("Conseil de sécurité", None, UNSC, "name"),
    ("ONU", 1, UN, "name"),
    ("Occidentaux", None, WEST, "nominal"),
    ("Charte", "bafouer la Charte", CHARTER, "name"),
    ("il", "qu’il prétend", LAVROV, "pronoun"),
    # La Russie assure ...
    ("Russie", "La Russie assure", RUSSIA, "name"),
    ("Conseil", "présidence tournante du Conseil", UNSC, "name"),
    ("Kiev", None, UKRAINE, "metonym"),
    ("la communauté internationale", None, INTL_COMMUNITY, "nominal"),
    # Prenant la parole ...
    ("le ministre", "avant le ministre", LAVROV, "nominal"),
    ("le secrétaire général des Nations unies", None, GUTERRES, "nominal"),
    ("Nations unies", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("l’invasion", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("civils", None, CIVILIANS, "nominal"),
    ("Charte", "« La Charte", CHARTER, "name"),
    ("il", "a-t-il lancé", GUTERRES, "pronoun"),
    ("Russie", "nommément la Russie", RUSSIA, "name"),
    # M. Lavrov a, lui, dénoncé ...
    ("Lavrov", "M. Lavrov a, lui", LAVROV, "name"),
    ("lui", "a, lui, dénoncé", LAVROV, "pronoun"),
    ("Washington", "inventées par Washington", US, "metonym"),
    ("l’Occident", None, WEST, "nominal"),
    ("son pays", None, RUSSIA, "nominal"),
    ("L’ambassadrice américaine", None, THOMAS_GREENFIELD, "nominal"),
    ("Linda Thomas-Greenfield", None, THOMAS_GREENFIELD, "name"),
    ("lui", "lui a reproché", LAVROV, "pronoun"),
    ("Evan Gershkovich", None, GERSHKOVICH, "name"),
    ("Russie", "détenu en Russie", RUSSIA, "name"),
    # Arrivé dimanche ...
    ("le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Washington", "Washington a refusé", US, "metonym"),
    ("journalistes russes", None, RU_JOURNALISTS, "nominal"),
    ("sa porte-parole", None, ZAKHAROVA, "nominal"),
    ("Maria Zakharova", None, ZAKHAROVA, "name"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("département d’État", None, STATE_DEPT, "name"),
    # Selon l’agence TASS ...
    ("TASS", None, TASS, "name"),
    ("Lavrov", "M. Lavrov doit", LAVROV, "name"),
    ("Guterres", "avec M. Guterres", GUTERRES, "name"),
    ("Proche-Orient", None, MIDDLE_EAST, "name"),
    ("Son ambassadeur auprès de l’ONU", None, NEBENZIA, "nominal"),
    ("ONU", 2, UN, "name"),
    ("Vassili Nebenzia", None, NEBENZIA, "name"),
    ("le secrétaire d’État", None, BLINKEN, "nominal"),
    ("Antony Blinken", None, BLINKEN, "name"),
    ("Ce dernier", None, BLINKEN, "nominal"),
    ("son homologue russe", None, LAVROV, "nominal"),
    ("reporter", None, GERSHKOVICH, "nominal"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", None), "2023-04-24", "day", "weekday-publication-day",
     "« a présidé lundi »: the publication day as inferred, Monday 24 April 2023."),
    ("t-this-month", ("ce mois-ci", None), "2023-04", "month", "publication-month",
     "« assure ce mois-ci la présidence »: April 2023."),
    ("t-end-march", ("fin mars", None), "2023-03", "month", "month-past",
     "« détenu ... depuis fin mars », written in April 2023: March 2023 (« depuis X » is annotated as X)."),
    ("t-sunday", ("dimanche", None), "2023-04-23", "day", "weekday-past",
     "« Arrivé dimanche »: the Sunday before Monday 24 April 2023."),
    ("t-tuesday", ("mardi", None), "2023-04-25", "day", "weekday-future",
     "« doit s’entretenir mardi »: the day after publication, 25 April 2023."),
    ("t-wednesday", ("mercredi", None), "2023-04-26", "day", "weekday-future",
     "« diriger mercredi »: 26 April 2023."),
    ("t-april-18", ("18 avril", None), "2023-04-18", "day", "day-month-publication-year",
     "Pluperfect « avait exigé le 18 avril »: Tuesday 18 April 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-council-meeting", "Meeting", "Lavrov chairs a UN Security Council meeting on multilateralism",
          ("a présidé", None), [("agent", LAVROV), ("participant", UNSC)], place=NEW_YORK, time="t-monday",
          note="« une réunion du Conseil de sécurité » is the same event, in the same clause."),
    event("e-flout-charter", "Event", "Lavrov flouts the UN Charter (Western accusation)", ("bafouer", None),
          [("agent", LAVROV), ("theme", CHARTER)], status="suspected", according_to=[WEST]),
    event("e-presidency", "Event", "Russia holds the rotating presidency of the Security Council this month",
          ("assure", "La Russie assure"), [("agent", RUSSIA), ("participant", UNSC)], time="t-this-month",
          note="« assure » is « to hold » here, not a verb of speech."),
    event("e-suffering", "Event", "The invasion of Ukraine causes immense suffering to civilians",
          ("causait", None), [("agent", INVASION), ("recipient", CIVILIANS)], place=UKRAINE,
          according_to=[GUTERRES]),
    event("e-rules-invented", "Event", "Washington invented the rules of the world order (Lavrov)",
          ("inventées", None), [("agent", US)], status="suspected", according_to=[LAVROV],
          note="Lavrov's charge, which the article does not endorse: suspected."),
    event("e-hybrid-war", "Event", "The West wages a « hybrid war » against Russia (Lavrov)", ("mener", None),
          [("agent", WEST), ("recipient", RUSSIA)], status="suspected", according_to=[LAVROV]),
    event("e-release", "Event", "The release of Evan Gershkovich", ("libération", None),
          [("agent", RUSSIA), ("recipient", GERSHKOVICH)], status="proposed", according_to=[THOMAS_GREENFIELD],
          note="What the ambassador demands: proposed; Russia, which holds him, as agent."),
    event("e-detention", "Event", "Evan Gershkovich detained in Russia since the end of March", ("détenu", None),
          [("agent", RUSSIA), ("recipient", GERSHKOVICH)], place=RUSSIA, time="t-end-march",
          note="A passive with no agent: only the Russian authorities can hold him in Russia."),
    event("e-espionage", "Event", "Alleged espionage by Evan Gershkovich", ("espionnage", None),
          [("agent", GERSHKOVICH)], status="suspected", according_to=[RUSSIA],
          note="« pour espionnage présumé »: Russia's charge (it detains him for it): suspected."),
    event("e-arrival", "Event", "Lavrov arrived in New York on Sunday", ("Arrivé", None), [("agent", LAVROV)],
          place=NEW_YORK, time="t-sunday", note="A participle opening the sentence; New York from the first line."),
    event("e-visa-refusal", "Event", "The United States refused visas to the Russian journalists",
          ("a refusé", None), [("agent", US), ("recipient", RU_JOURNALISTS)], according_to=[ZAKHAROVA],
          note="Not contested by the State Department, which only says it met its obligations: occurred. « qui "
               "devaient l’accompagner » (what the journalists were to do) is not annotated as an event."),
    event("e-host-obligations", "Event", "The United States respected its host-country obligations",
          ("respecté", None), [("agent", US)], status="suspected", according_to=[STATE_DEPT],
          note="A self-justification the Russian side contests (the refusal, « n’oubliera pas »): suspected."),
    event("e-guterres-talks", "Meeting", "Lavrov to hold talks with Guterres on Tuesday", ("s’entretenir", None),
          [("participant", LAVROV), ("participant", GUTERRES)], status="planned", place=NEW_YORK,
          time="t-tuesday", according_to=[TASS]),
    event("e-middle-east-debate", "Meeting", "Lavrov to chair a Council debate on the Middle East on Wednesday",
          ("diriger", None), [("agent", LAVROV), ("participant", UNSC)], status="planned", place=NEW_YORK,
          time="t-wednesday", according_to=[TASS],
          note="« un débat » of the Council whose presidency Russia holds; the Middle East is its subject, not its "
               "place."),
    event("e-blinken-meeting", "Meeting", "No meeting between Lavrov and Blinken is planned", ("rencontre", None),
          [("participant", LAVROV), ("participant", BLINKEN)], status="negated", according_to=[NEBENZIA]),
    event("e-phone-call", "Meeting", "Blinken's phone call to Lavrov on 18 April", ("appel téléphonique", None),
          [("participant", BLINKEN), ("participant", LAVROV)], time="t-april-18"),
    event("e-consular-access", "Event", "Consular access to Gershkovich, which Blinken did not obtain",
          ("accès consulaire", None), [("agent", US), ("recipient", GERSHKOVICH)], status="negated",
          time="t-april-18",
          note="Demanded (s-blinken-demand) and not obtained (« sans l’obtenir »): the access did not happen."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-west-accusation", "Statement", "Western countries accuse Lavrov of flouting the Charter", WEST,
           ("accusent", None), [], addressee=LAVROV, about=["e-flout-charter"]),
    speech("s-lavrov-claim", "Statement", "Lavrov claims to defend the Charter", LAVROV, ("prétend", None), [],
           note="« qu’il prétend défendre »: a claim the article distances itself from; the defence is no event."),
    speech("s-kyiv-slap", "Statement", "Kyiv had called the Russian presidency a « slap »", UKRAINE,
           ("avait qualifiée", None), [("gifle", None)], about=["e-presidency"]),
    speech("s-guterres-recall", "Statement", "Guterres: the invasion causes « immense suffering »", GUTERRES,
           ("a rappelé", None), [("d’immenses souffrances", None)], time="t-monday", place=NEW_YORK,
           about=["e-suffering"], note="« Prenant la parole avant le ministre »: at the Monday meeting."),
    speech("s-guterres-charter", "Statement", "Guterres: the Charter is not an à la carte menu", GUTERRES,
           ("a-t-il lancé", None), [("La Charte n’est pas un menu à la carte", None)], time="t-monday",
           place=NEW_YORK),
    speech("s-guterres-not-naming", "SpeechAct", "Guterres does not name Russia", GUTERRES, ("citer", None), [],
           status="negated", note="« sans citer nommément la Russie », as « Sans jamais nommer » in benchmarks/gold."),
    speech("s-lavrov-denounce", "Statement", "Lavrov denounces a « rules-based » order invented by Washington",
           LAVROV, ("dénoncé", None), [("fondé sur des règles", None)], time="t-monday", place=NEW_YORK,
           about=["e-rules-invented"],
           note="The guillemets mark the Western phrase Lavrov takes up; they belong to his denunciation."),
    speech("s-lavrov-hybrid-war", "Statement", "Lavrov accuses the West of a « hybrid war » against Russia", LAVROV,
           ("accuser", None), [("guerre hybride", None)], addressee=WEST, time="t-monday", place=NEW_YORK,
           about=["e-hybrid-war"]),
    speech("s-tg-reproach", "Statement", "Thomas-Greenfield reproaches Lavrov for his « cynicism »",
           THOMAS_GREENFIELD, ("a reproché", None), [("cynisme", None)], addressee=LAVROV, time="t-monday",
           place=NEW_YORK),
    speech("s-tg-demand", "Statement", "Thomas-Greenfield demands Gershkovich's release", THOMAS_GREENFIELD,
           ("a réclamé", None), [], time="t-monday", place=NEW_YORK, about=["e-release", "e-detention"]),
    speech("s-zakharova", "Report", "Zakharova says the US refused the journalists' visas", ZAKHAROVA,
           ("a indiqué", None), [], about=["e-visa-refusal"]),
    speech("s-zakharova-warning", "Warning", "Zakharova: Moscow « will not forget »", ZAKHAROVA,
           ("promettant", None), [("n’oubliera pas", None)], about=["e-visa-refusal"],
           note="A participle of speech with its own guillemets: a second speech act."),
    speech("s-state-dept", "Assurance", "The State Department says it met its host-country obligations", STATE_DEPT,
           ("a assuré", "Le département d’État a assuré"), [], about=["e-host-obligations"]),
    speech("s-tass", "Report", "TASS reports Lavrov's programme", TASS, ("Selon", "Selon l’agence TASS"), [],
           about=["e-guterres-talks", "e-middle-east-debate"]),
    speech("s-nebenzia", "Statement", "Nebenzia: no meeting with Blinken is planned", NEBENZIA, ("a précisé", None),
           [], about=["e-blinken-meeting"]),
    speech("s-blinken-demand", "Statement", "Blinken demanded consular access to Gershkovich on 18 April", BLINKEN,
           ("avait exigé", None), [], addressee=LAVROV, time="t-april-18", about=["e-consular-access"],
           note="Made « lors d’un appel téléphonique à son homologue russe »: Lavrov is the addressee."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
