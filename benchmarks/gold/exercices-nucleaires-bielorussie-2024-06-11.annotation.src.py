"""Held-out annotation of exercices-nucleaires-bielorussie-2024-06-11.txt (written for the third held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py \
        benchmarks/gold/exercices-nucleaires-bielorussie-2024-06-11.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "exercices-nucleaires-bielorussie-2024-06-11.txt"

NOTE = """\
Held-out-3 article 4: Russia and Belarus start the second phase of tactical nuclear exercises, published Tuesday \
11 June 2024 (the file gives the day). What it exercises: two states as one subject of « ont lancé » with the \
source after the clause (« a annoncé le ministère russe de la Défense »); a purpose that is only possible \
(« préparer leurs troupes à l’emploi d’armes nucléaires tactiques »); things as participants (« Des lanceurs ... et \
des bombardiers biélorusses participent »); two quoted fragments of one communiqué in one sentence (« selon un \
communiqué du ministère »: one speech act, two quotes); « en cas d’agression » (hypothetical); a pluperfect \
passive order with its agent (« avait été ordonnée par Vladimir Poutine ») and a phase « menée le mois dernier »; \
nominal statements by an unnamed group (« des déclarations de responsables occidentaux évoquant l’envoi de \
troupes »); an assurance split around « a assuré Alexandre Loukachenko lors d’une réunion avec ses généraux à Minsk \
», with « Nous » for Belarus and a conditional attack and response inside it; « au pouvoir depuis 1994 » (a year \
with no event: « au pouvoir » has no trigger); a pluperfect acceptance « il y a un an » (counted back: 2023, the \
year, as « un mois après » gets the month) of a nominal deployment, and « dont Moscou conserve le contrôle »; a \
spokesman introduced by « Côté russe » with an indirect quote in the imperfect (« n’étaient « dirigés contre aucun \
pays » ») and an accusation as a participle (« tout en accusant l’Otan de « jouer avec le feu » »), itself \
justified by a gerund (« en autorisant Kiev à frapper le territoire russe »); « À Vilnius » with a role noun for an \
institution, a quoted noun (« une « provocation » ») and a request joined by « et »; a planned stationing in the \
passive « à partir de 2025 »; a quote with « qualifié ... de » during a visit; an expected visit « à la fin du \
mois » (June 2024) sourced to an anonymous diplomat; a negated reaction of a metonym « dans l’immédiat » (the \
publication day). Kiev is Ukraine where it is authorised to strike (Q212) and the city where Baerbock is expected \
(Q1899); Minsk is the city where Lukashenko meets his generals (Q2280) and Belarus where it does not react (Q184). \
« la présidence » inside « le porte-parole de la présidence » is not a mention (not a name, as « la diplomatie \
russe » in benchmarks/gold/); « Iskander » only names the launchers' system; « son flanc est » (of NATO) is not an \
entity of the article. « leurs troupes », « des deux pays », « ces manœuvres », « ces exercices », « ces critiques \
», « aucun pays », « quelqu’un », « le territoire russe » and « troupes » in « l’envoi de troupes » are not \
mentions. NATO, the Russian defence ministry, Lithuania, Vilnius, the Lithuanian presidency, Dmytro Kuleba, \
Annalena Baerbock, Berlin and the German brigade are not in ids.tsv: local, unlinked."""

RUSSIA, BELARUS, PUTIN, LUKA, PESKOV = "Q159", "Q184", "Q7747", "Q2866", "Q4359688"
UKRAINE, MINSK, KYIV = "Q212", "Q2280", "Q1899"
RU_MOD, WEST, LAUNCHERS, BOMBERS = "local:russian-defence-ministry", "local:western-countries", \
    "local:iskander-launchers", "local:belarusian-bombers"
WEST_OFFICIALS, GENERALS, NUKES = "local:western-officials", "local:belarusian-generals", \
    "local:russian-nuclear-weapons-in-belarus"
NATO, WEAPONS, VILNIUS, LT_PRES = "local:nato", "local:western-weapons", "local:vilnius", \
    "local:lithuanian-presidency"
LITHUANIA, BRIGADE, KULEBA, BERLIN = "local:lithuania", "local:german-brigade-lithuania", "local:dmytro-kuleba", \
    "local:berlin"
BAERBOCK, SOURCE = "local:annalena-baerbock", "local:diplomatic-source"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (RU_MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (LAUNCHERS, "lanceurs de missiles Iskander", "Iskander missile launchers", "object",
     {"unlinked_reason": "unnamed items with no Wikidata item"}),
    (BOMBERS, "bombardiers biélorusses", "Belarusian bombers", "object",
     {"class_qid": "Q11436", "unlinked_reason": "unnamed items with no Wikidata item"}),
    (WEST_OFFICIALS, "responsables occidentaux", "Western officials", "group",
     {"unlinked_reason": "unnamed people, not one Wikidata item"}),
    (GENERALS, "généraux biélorusses", "Belarusian generals", "group",
     {"description": "les généraux d’Alexandre Loukachenko",
      "unlinked_reason": "unnamed people, not one Wikidata item"}),
    (NUKES, "armes nucléaires russes déployées en Biélorussie", "Russian nuclear weapons deployed in Belarus",
     "object", {"unlinked_reason": "unnamed items with no Wikidata item"}),
    (NATO, "Otan", "NATO", "organization", {"class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (WEAPONS, "armes occidentales", "Western weapons", "object",
     {"unlinked_reason": "unnamed items with no Wikidata item"}),
    (VILNIUS, "Vilnius", "Vilnius", "place", {"unlinked_reason": NOT_VERIFIED}),
    (LT_PRES, "présidence lituanienne", "Office of the President of Lithuania", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (LITHUANIA, "Lituanie", "Lithuania", "country", {"unlinked_reason": NOT_VERIFIED}),
    (BRIGADE, "brigade allemande en Lituanie", "German brigade in Lithuania", "group",
     {"unlinked_reason": "a military unit with no verified Wikidata item"}),
    (KULEBA, "Dmytro Kouleba", "Dmytro Kuleba", "person",
     {"description": "ministre ukrainien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (BERLIN, "Berlin", "Berlin", "place", {"unlinked_reason": NOT_VERIFIED}),
    (BAERBOCK, "Annalena Baerbock", "Annalena Baerbock", "person",
     {"description": "ministre allemande des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source diplomatique", "a diplomatic source", "person",
     {"unlinked_reason": "anonymous in the article"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Russie", "La Russie et", RUSSIA, "name"),
    ("Biélorussie", 1, BELARUS, "name"),
    ("le ministère russe de la Défense", None, RU_MOD, "nominal"),
    ("les Occidentaux", None, WEST, "nominal"),
    # Des lanceurs de missiles Iskander ...
    ("Des lanceurs de missiles Iskander", None, LAUNCHERS, "nominal"),
    ("des bombardiers biélorusses", None, BOMBERS, "nominal"),
    ("ministère", "communiqué du ministère", RU_MOD, "nominal"),
    # La première phase, menée le mois dernier ...
    ("Russie", "sud de la Russie", RUSSIA, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("responsables occidentaux", None, WEST_OFFICIALS, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    # « Nous ne menaçons personne ... »
    ("Nous", "Nous ne menaçons", BELARUS, "pronoun"),
    ("Alexandre Loukachenko", None, LUKA, "name"),
    ("ses généraux", None, GENERALS, "nominal"),
    ("Minsk", "généraux à Minsk", MINSK, "name"),
    ("Biélorussie", "prend à la Biélorussie", BELARUS, "name"),
    ("Le dirigeant biélorusse", None, LUKA, "nominal"),
    ("Biélorussie", "déploiement en Biélorussie", BELARUS, "name"),
    ("armes nucléaires russes", None, NUKES, "nominal"),
    ("Moscou", None, RUSSIA, "metonym"),
    # Côté russe, le porte-parole de la présidence ...
    ("le porte-parole de la présidence", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Otan", None, NATO, "name"),
    ("Kiev", "autorisant Kiev", UKRAINE, "metonym"),
    ("armes occidentales", None, WEAPONS, "nominal"),
    # À Vilnius, la présidence lituanienne ...
    ("Vilnius", None, VILNIUS, "name"),
    ("la présidence lituanienne", None, LT_PRES, "nominal"),
    ("Alliance atlantique", None, NATO, "name"),
    ("Une brigade allemande", None, BRIGADE, "nominal"),
    ("Lituanie", None, LITHUANIA, "name"),
    # Le chef de la diplomatie ukrainienne ...
    ("Le chef de la diplomatie ukrainienne", None, KULEBA, "nominal"),
    ("Dmytro Kouleba", None, KULEBA, "name"),
    ("Berlin", None, BERLIN, "name"),
    ("Son homologue allemande", None, BAERBOCK, "nominal"),
    ("Annalena Baerbock", None, BAERBOCK, "name"),
    ("Kiev", "attendue à Kiev", KYIV, "name"),
    ("une source diplomatique", None, SOURCE, "nominal"),
    ("Minsk", "Minsk n’a pas", BELARUS, "metonym"),
]

PUB_DAY = "The publication day, Tuesday 11 June 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", None), "2024-06-11", "day", "weekday-publication-day",
     "« ont lancé mardi »: the weekday of publication. " + PUB_DAY),
    ("t-last-month", ("le mois dernier", None), "2024-05", "month", "relative-month-past",
     "The month before June 2024: May 2024."),
    ("t-1994", ("depuis 1994", None), "1994", "year", "explicit-year",
     "« au pouvoir depuis 1994 »: the start; a year stays a year. No event (no trigger word)."),
    ("t-a-year-ago", ("il y a un an", None), "2023", "year", "relative-year-past",
     "A year before June 2024; « un an » is round, so the year (2023), as « un mois après » gets the month."),
    ("t-2025", ("à partir de 2025", None), "2025", "year", "explicit-year", "The start; a year stays a year."),
    ("t-end-of-month", ("à la fin du mois", None), "2024-06", "month", "end-of-current-month",
     "The end of the publication month: June 2024."),
    ("t-for-now", ("dans l’immédiat", None), "2024-06-11", "day", "publication-day",
     "« n’a pas réagi ... dans l’immédiat »: as of the article, the publication day. " + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-phase-two", "Event", "Russia and Belarus start the second phase of tactical nuclear exercises",
          ("ont lancé", None), [("participant", RUSSIA), ("participant", BELARUS)], time="t-tuesday",
          according_to=[RU_MOD],
          note="« ces manœuvres » and « ces exercices » later are this phase, not events of their own."),
    event("e-nuclear-use", "Event", "A possible use of tactical nuclear weapons by the two countries' troops",
          ("emploi", None), [("participant", RUSSIA), ("participant", BELARUS)], status="hypothetical",
          according_to=[RU_MOD],
          note="What the troops are prepared for: a possibility; « leurs troupes » is both countries' (plural)."),
    event("e-participation", "Event", "Iskander launchers and Belarusian bombers take part in the exercises",
          ("participent", None), [("participant", LAUNCHERS), ("participant", BOMBERS)], time="t-tuesday",
          according_to=[RU_MOD], part_of="e-phase-two"),
    event("e-aggression", "Event", "An aggression against the two countries (the case the exercises prepare for)",
          ("agression", None), [("recipient", RUSSIA), ("recipient", BELARUS)], status="hypothetical",
          according_to=[RU_MOD], note="« en cas d’agression »: a condition; the targets are the two countries."),
    event("e-phase-one", "Event", "The first phase, held last month in southern Russia", ("menée", None),
          [("participant", RUSSIA)], place=RUSSIA, time="t-last-month",
          note="Passive with no agent; « dans le sud de la Russie »: the country is the place (no region named)."),
    event("e-putin-order", "Event", "Vladimir Putin had ordered the first phase", ("ordonnée", None),
          [("agent", PUTIN)], note="Pluperfect passive with its agent; no time of its own."),
    event("e-troops-to-ukraine", "Event", "Western countries sending troops to Ukraine (evoked by Western officials)",
          ("envoi", None), [("agent", WEST)], status="hypothetical", place=UKRAINE, according_to=[WEST_OFFICIALS],
          note="« des déclarations ... évoquant l’envoi de troupes en Ukraine »: evoked, not decided."),
    event("e-generals-meeting", "Meeting", "Lukashenko meets his generals in Minsk", ("réunion", None),
          [("agent", LUKA), ("participant", GENERALS)], place=MINSK),
    event("e-attack-on-belarus", "Event", "An attack on Belarus (Lukashenko's condition)", ("s’en prend", None),
          [("recipient", BELARUS)], status="hypothetical", according_to=[LUKA],
          note="« si quelqu’un s’en prend à la Biélorussie »: « quelqu’un » is no entity."),
    event("e-response", "Event", "Belarus's immediate response (Lukashenko)", ("réponse", "la réponse sera"),
          [("agent", BELARUS)], status="hypothetical", according_to=[LUKA]),
    event("e-acceptance", "Acceptance", "Lukashenko accepted a year ago the deployment of Russian nuclear weapons",
          ("avait accepté", None), [("agent", LUKA)], time="t-a-year-ago"),
    event("e-deployment", "Event", "Russian nuclear weapons deployed in Belarus", ("déploiement", None),
          [("agent", RUSSIA), ("theme", NUKES)], place=BELARUS,
          note="The weapons are « russes », Russia keeps control of them: Russia is the agent. No time of its own "
               "(the acceptance has it)."),
    event("e-control", "Event", "Russia keeps control of the weapons", ("conserve", None),
          [("agent", RUSSIA), ("theme", NUKES)], place=BELARUS,
          note="« dont Moscou conserve le contrôle »: the weapons deployed in Belarus."),
    event("e-authorisation", "Event", "NATO authorises Kyiv to strike Russian territory with Western weapons "
          "(Peskov)", ("autorisant", None), [("agent", NATO), ("recipient", UKRAINE)], according_to=[PESKOV],
          note="The ground of Peskov's accusation, in a gerund: told by him."),
    event("e-strikes-on-russia", "Event", "Ukrainian strikes on Russian territory with Western weapons",
          ("frapper", None), [("agent", UKRAINE), ("recipient", RUSSIA), ("theme", WEAPONS)], status="hypothetical",
          place=RUSSIA, according_to=[PESKOV],
          note="Authorised, not said to have happened: hypothetical. « le territoire russe » is Russia (implied)."),
    event("e-nato-reinforcement", "Event", "A stronger NATO presence on its eastern flank (asked by Lithuania)",
          ("renforcement", None), [("agent", NATO)], status="proposed", according_to=[LT_PRES]),
    event("e-brigade", "Event", "A German brigade to be permanently stationed in Lithuania from 2025",
          ("stationnée", None), [("participant", BRIGADE)], status="planned", place=LITHUANIA, time="t-2025",
          note="Passive with no agent; the brigade is the participant."),
    event("e-kuleba-berlin", "Visit", "Dmytro Kuleba's visit to Berlin", ("visite", None), [("agent", KULEBA)],
          place=BERLIN),
    event("e-baerbock-kyiv", "Visit", "Annalena Baerbock expected in Kyiv at the end of the month",
          ("est attendue", None), [("agent", BAERBOCK)], status="planned", place=KYIV, time="t-end-of-month",
          according_to=[SOURCE]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ru-mod-announcement", "Report", "The Russian defence ministry announces the second phase", RU_MOD,
           ("a annoncé", None), [], time="t-tuesday", about=["e-phase-two"]),
    speech("s-ru-mod-communique", "Statement", "The ministry's communiqué: the exercises keep the forces ready in "
           "case of aggression", RU_MOD, ("selon", "selon un communiqué"),
           [("maintenir la préparation", None), ("en cas d’agression", None)],
           about=["e-phase-two", "e-participation", "e-aggression"],
           note="Two pairs of guillemets in one sentence from one communiqué: one speech act, two quotes."),
    speech("s-western-statements", "Statement", "Western officials evoke sending troops to Ukraine", WEST_OFFICIALS,
           ("déclarations", None), [], about=["e-troops-to-ukraine"],
           note="A nominal speech act (« des déclarations de responsables occidentaux évoquant ... »)."),
    speech("s-luka-assurance", "Assurance", "Lukashenko: we threaten no one, but an attack would get an immediate "
           "response", LUKA, ("a assuré", None),
           [("Nous ne menaçons personne", None),
            ("Mais si quelqu’un s’en prend à la Biélorussie, la réponse sera immédiate.", None)],
           evidence=("« Nous ne menaçons", "immédiate. »"), place=MINSK,
           about=["e-attack-on-belarus", "e-response"],
           note="One quote split around « a assuré Alexandre Loukachenko lors d’une réunion avec ses généraux à "
                "Minsk »."),
    speech("s-peskov-not-directed", "Statement", "Peskov: the exercises are directed against no country", PESKOV,
           ("a estimé", None), [("dirigés contre aucun pays", None)], about=["e-phase-two"]),
    speech("s-peskov-nato", "Statement", "Peskov accuses NATO of « playing with fire »", PESKOV, ("accusant", None),
           [("jouer avec le feu", None)], addressee=NATO, about=["e-authorisation", "e-strikes-on-russia"]),
    speech("s-lt-provocation", "Statement", "The Lithuanian presidency denounces a « provocation »", LT_PRES,
           ("a dénoncé", None), [("provocation", None)], place=VILNIUS, about=["e-phase-two"]),
    speech("s-lt-request", "Statement", "The Lithuanian presidency asks for a stronger NATO presence", LT_PRES,
           ("réclamé", None), [], place=VILNIUS, about=["e-nato-reinforcement"]),
    speech("s-kuleba", "Statement", "Kuleba calls the exercises « nuclear blackmail »", KULEBA, ("qualifié", None),
           [("chantage nucléaire", None)], place=BERLIN, about=["e-phase-two"]),
    speech("s-source", "Report", "A diplomatic source says Baerbock is expected in Kyiv", SOURCE,
           ("selon", "selon une source"), [], about=["e-baerbock-kyiv"]),
    speech("s-minsk-no-reaction", "SpeechAct", "Minsk has not reacted to the criticism for now", BELARUS,
           ("n’a pas réagi", None), [], status="negated", time="t-for-now",
           note="« Minsk n’a pas réagi à ces critiques »: Belarus (metonym); a negated speech act."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
