"""Held-out annotation of scholz-pekin-2024-04-16.txt (written for the sixteenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/scholz-pekin-2024-04-16.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/scholz-pekin-2024-04-16.annotation.src.py --check

From held-out set 16 (moved to gold in session 15; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "scholz-pekin-2024-04-16.txt"

NOTE = """\
Held-out-16 article: the German chancellor Olaf Scholz received in Beijing by Xi Jinping on Tuesday 16 April 2024, \
on the last day of a three-day trip to China that began in Chongqing (a Bosch plant) on Sunday and went on to \
Shanghai on Monday; Xi's answer on electric cars and overcapacity, Berlin's fear for its car industry and the \
European Commission's probe of Chinese subsidies; Scholz's call for fair competition; Xi's principles on Ukraine, \
his openness to the Swiss peace conference in June according to Scholz, their agreement that nuclear weapons must \
not be used; the Kremlin's and the State Department's reactions; Scholz's return to Berlin on Wednesday and Li \
Qiang's expected visit to Germany in the autumn, published Tuesday 16 April 2024 (the file gives the day). The \
trip, its stages, the trade dispute and the Swiss conference follow the real visit loosely; the quotes, Berlin's \
fear, the State Department's judgement, the chancellery's announcement and Li Qiang's visit are invented. \
What it exercises: a passive reception on the publication day with a title right before the guest's name and a \
bare host name (« Le chancelier allemand Olaf Scholz a été reçu mardi à Pékin par Xi Jinping »: a Meeting, Xi the \
agent, Scholz a participant, Beijing the city) inside a visit known by its length (« au dernier jour d’une visite \
de trois jours en Chine »: a Visit with the duration as its time; « au dernier jour » is not a time of its own); \
« la guerre en Ukraine » (the invasion, Q110999040, with « Ukraine » inside); a quote first with a negated \
predicate and a role noun addressee, sourced after the clause to a broadcaster with a title before its name (« a \
assuré le président chinois à son invité, selon la télévision publique CCTV »: an Assurance taking the \
reception's Tuesday and Beijing, and a Report; the exports a Delivery according to Xi; « ne créent pas de \
surcapacités » and « enrichissent l’offre mondiale » predicates, no event, as « n’existe pas » in gold); a fear \
by a metonym with a subjunctive « ne » (« Berlin craint pourtant qu’un afflux de véhicules subventionnés ne \
fragilise son industrie automobile »: a Statement, the influx and the weakening hypothetical) joined by « et » to \
a probe opened « en octobre » (October 2023) on aid paid by a metonym (« les aides versées par Pékin à ses \
constructeurs »: occurred, in the article's voice); a pluperfect start of the tour on a past weekday with a \
relative factory visit (« avait entamé dimanche sa tournée à Chongqing, où il avait visité une usine du groupe \
Bosch »: « sa tournée » restates the visit; the plant the theme, Chongqing the place, Sunday from the main \
clause) and « puis s’était rendu lundi à Shanghai » (same subject, a Visit on Monday); a pluperfect request with \
the place clitic « y » and a one-word quote (« Il y avait réclamé une concurrence « loyale » »: a Statement at \
Shanghai on Monday; fair competition is a condition, no event) coordinated with a passé composé on the \
publication day and a completive quote (« et a répété mardi que les entreprises allemandes attendaient « les \
mêmes règles pour tous » »: a second speech act, Scholz's; what the companies « attendaient » is his report, no \
speech act of theirs); two verbs of Xi with their own quotes (« a énoncé quatre principes destinés à éviter que \
la situation ne devienne « incontrôlable », appelant à cesser de « jeter de l’huile sur le feu » »: two speech \
acts; the situation and the fuel on the fire have no actor written: no event); « Selon M. Scholz » over an \
openness of « son hôte » to a nominal participation in a planned conference hosted by a country (« ouvert à une \
participation de la Chine à la conférence de paix que la Suisse organisera en juin »: the participation \
hypothetical, according to Scholz; the conference planned, Switzerland the host and the place; « s’est montré \
ouvert » is a description, not a speech act, as « s’est montré prudent » in gold); a quote first with a title \
before a short name and the pronoun « moi » and a role noun for the speaker (« « Le président Xi et moi sommes \
d’accord : l’arme nucléaire ne doit pas être utilisée », a souligné le dirigeant social-démocrate »: an \
Agreement of the two, and a use that must not happen, an urged abstention: proposed); a metonym's reaction \
without a quote (« Moscou a aussitôt douché ces espoirs »: a Statement of Russia; « aussitôt » no time; « ces \
espoirs » no mention); a quote split around its reporting clause inside one pair of guillemets, with a role noun \
and a name in apposition (« « Une conférence sur l’Ukraine sans la Russie, a estimé le porte-parole du Kremlin, \
Dmitri Peskov, n’a aucun sens. » »: one speech act, two quotes, the second with its full stop; the conference \
restated, no new event); indirect speech first without guillemets with a possessive role noun for the state and a \
negated passive invitation (« Son pays n’a pas été invité, a-t-il rappelé »: an Invitation, negated, Russia the \
recipient only); « À Washington » (the city) a ministry with two verbs of speech (« a salué les efforts de Berlin, \
mais jugé que Pékin ne serait pas un médiateur crédible tant qu’il aiderait la Russie à reconstituer son \
industrie d’armement »: two speech acts; « un médiateur crédible » a predicate; the help and the rebuilding \
suspected, the State Department's charge; « il » is China); a negated joint declaration in the article's own \
voice (« Aucune déclaration commune n’a été publiée à l’issue de l’entretien »: two negated speech acts, one \
trigger, as the joint pledges of gold; « l’entretien » restates the reception); a planned return on a future \
weekday (« doit regagner Berlin mercredi »: Berlin the city) joined by « et » to a planned visit with a role noun \
and a name in apposition and a season (« le Premier ministre chinois, Li Qiang, est attendu en Allemagne à \
l’automne pour des consultations gouvernementales »: a Visit and a Meeting, planned, 2024 the year), both under \
one source after the clause (« a annoncé la chancellerie »).
Places and metonyms. « Pékin » is the city where Scholz is received (Q956) and China that pays aid to its \
carmakers and would not be a credible mediator (Q148, metonym); « Berlin » is Germany (local, metonym) when it \
fears and makes efforts, and the city when Scholz returns there (local). « Moscou » is Russia (Q159). « \
Washington » in « À Washington » is the city (Q61), where the State Department speaks. « y » is Shanghai. « \
Kremlin » inside « le porte-parole du Kremlin » is the institution (Q2060629, a metonym), as in gold.
Mentions. « Le chancelier allemand Olaf Scholz » and « la télévision publique CCTV » have a title right before the \
name: only « Olaf Scholz » and « CCTV »; « Le président Xi » inside the quote gives only « Xi »; « le groupe \
Bosch » gives « Bosch », which is also annotated inside « une usine du groupe Bosch » (the plant, a nominal \
mention of a local place, class factory Q83405), as « l’actuel leader » inside « le père de l’actuel leader ». « \
M. Xi » and « M. Scholz » are marked without « M. ». « le président chinois », « son invité », « Le chancelier », \
« son hôte », « le dirigeant social-démocrate », « le porte-parole du Kremlin », « Son pays », « le Premier \
ministre chinois » and « la chancellerie » are nominal mentions; « il » (three times), « Il », « y » and « moi » \
are pronouns. « voitures électriques » and « batteries » are the two themes of the exports (local objects); « \
véhicules subventionnés » are the same Chinese electric cars (the paragraph is about them); « son industrie \
automobile », « ses constructeurs », « les entreprises allemandes » and « son industrie d’armement » are local \
groups; « l’arme nucléaire » is a local object (the thing whose use is at stake, as « armes nucléaires russes » \
in gold). Not mentions: « elles » in Xi's quote (it stands for the exports, an event), « la situation », « quatre \
principes », « ces espoirs », « les efforts », « un médiateur crédible », « les mêmes règles pour tous », « \
l’offre mondiale », « surcapacités », « où » (a relative pronoun), « l’entretien » and « sa tournée » (events \
restated).
Statuses. The reception, the visit and its stages, the probe and the aid are occurred; the exports are occurred \
according to Xi; the influx and the weakening hypothetical (a fear, as « redoutent que ... ne s’intensifient » in \
gold); the conference planned (« organisera »), China's participation hypothetical (an openness, according to \
Scholz); the agreement occurred according to Scholz, the nuclear use proposed (an abstention urged as a rule, as \
« ne pas « franchir les lignes rouges » » in gold); the invitation of Russia negated according to Peskov; the help \
and the rebuilding suspected (a charge, as « qui accuse Pékin d’aider l’industrie militaire russe » in gold); the \
joint declaration negated; the return, Li Qiang's visit and the consultations planned, according to the \
chancellery.
Times. « mardi » (twice) is the publication day, Tuesday 16 April 2024 (weekday-publication-day); « dimanche » \
14 and « lundi » 15 April 2024 (weekday-past, pluperfect); « mercredi » 17 April 2024 (weekday-future); « en \
octobre » October 2023 (month-past, written in April 2024); « en juin » June 2024 (future « organisera »); « à \
l’automne » the coming autumn, all in 2024: the year; « trois jours » a duration, the visit's only written time. \
Xi's principles and call, Scholz's « Selon » and his nuclear quote, Moscow's, Peskov's and the State \
Department's words have no weekday or occasion written: no time (Xi's first quote, addressed to « son invité », \
takes the reception's Tuesday and Beijing).
Olaf Scholz, Germany, Berlin, CCTV, the Chinese electric cars and batteries, the German car industry, the European \
Commission, the Chinese carmakers, Chongqing, the Bosch plant, Bosch, Shanghai, the German companies, \
Switzerland, the nuclear weapon, the State Department, the Russian arms industry, Li Qiang and the German \
chancellery are not in ids.tsv: local, unlinked."""

SCHOLZ, XI, CHINA, BEIJING = "local:olaf-scholz", "Q15031", "Q148", "Q956"
UKRAINE, INVASION, RUSSIA, KREMLIN, PESKOV, WASHINGTON = "Q212", "Q110999040", "Q159", "Q2060629", "Q4359688", "Q61"
GERMANY, BERLIN, CCTV = "local:germany", "local:berlin", "local:cctv"
CARS, BATTERIES, CAR_IND = "local:chinese-electric-cars", "local:chinese-batteries", "local:german-car-industry"
EC, CN_MAKERS = "local:european-commission", "local:chinese-carmakers"
CHONGQING, PLANT, BOSCH, SHANGHAI = "local:chongqing", "local:bosch-plant", "local:bosch", "local:shanghai"
DE_FIRMS, SWITZERLAND, NUKES = "local:german-companies", "local:switzerland", "local:nuclear-weapon"
STATE_DEPT, ARMS_IND = "local:us-state-department", "local:russian-arms-industry"
LI, CHANCELLERY = "local:li-qiang", "local:german-chancellery"

GROUP = "an unnamed group, not one Wikidata item"
GOODS = "an unspecified quantity of goods, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (SCHOLZ, "Olaf Scholz", "Olaf Scholz", "person",
     {"description": "chancelier allemand, social-démocrate", "unlinked_reason": NOT_VERIFIED}),
    (GERMANY, "Allemagne", "Germany", "country",
     {"description": "aussi désignée par « Berlin » (metonymie)", "unlinked_reason": NOT_VERIFIED}),
    (BERLIN, "Berlin", "Berlin", "place",
     {"description": "la ville, où Olaf Scholz doit rentrer", "unlinked_reason": NOT_VERIFIED}),
    (CCTV, "CCTV", "China Central Television", "organization",
     {"description": "télévision publique chinoise", "unlinked_reason": NOT_VERIFIED}),
    (CARS, "voitures électriques chinoises", "Chinese electric cars", "object",
     {"description": "voitures électriques exportées par la Chine, aussi « véhicules subventionnés »",
      "unlinked_reason": GOODS}),
    (BATTERIES, "batteries chinoises", "Chinese batteries", "object",
     {"description": "batteries exportées par la Chine", "unlinked_reason": GOODS}),
    (CAR_IND, "industrie automobile allemande", "German car industry", "group",
     {"unlinked_reason": "an unnamed set of companies, not one Wikidata item"}),
    (EC, "Commission européenne", "European Commission", "organization",
     {"description": "qui a ouvert l’enquête sur les aides chinoises", "unlinked_reason": NOT_VERIFIED}),
    (CN_MAKERS, "constructeurs automobiles chinois", "Chinese carmakers", "group",
     {"description": "« ses constructeurs », ceux de Pékin, qui reçoivent ses aides", "unlinked_reason": GROUP}),
    (CHONGQING, "Chongqing", "Chongqing", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PLANT, "usine Bosch de Chongqing", "Bosch plant in Chongqing", "place",
     {"description": "usine du groupe Bosch à Chongqing visitée par Olaf Scholz", "class_qid": "Q83405",
      "unlinked_reason": "the article does not say which plant; no Wikidata item"}),
    (BOSCH, "Bosch", "Robert Bosch GmbH", "organization",
     {"description": "groupe industriel allemand", "unlinked_reason": NOT_VERIFIED}),
    (SHANGHAI, "Shanghai", "Shanghai", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DE_FIRMS, "entreprises allemandes", "German companies", "group", {"unlinked_reason": GROUP}),
    (SWITZERLAND, "Suisse", "Switzerland", "country",
     {"description": "organisatrice de la conférence de paix de juin", "unlinked_reason": NOT_VERIFIED}),
    (NUKES, "arme nucléaire", "nuclear weapon", "object",
     {"description": "l’arme nucléaire, qui « ne doit pas être utilisée »",
      "unlinked_reason": "a kind of weapon named generically; no verified Wikidata item"}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"description": "ministère américain des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (ARMS_IND, "industrie d’armement russe", "Russian arms industry", "group",
     {"unlinked_reason": "an unnamed set of companies, not one Wikidata item"}),
    (LI, "Li Qiang", "Li Qiang", "person",
     {"description": "Premier ministre chinois", "unlinked_reason": NOT_VERIFIED}),
    (CHANCELLERY, "chancellerie fédérale", "German Chancellery", "organization",
     {"description": "les services du chancelier allemand", "unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    INVASION: "la guerre que l’article nomme « la guerre en Ukraine »",
}

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le chancelier allemand Olaf Scholz a été reçu mardi à Pékin par Xi Jinping, au dernier jour d’une visite ...
    ("Olaf Scholz", None, SCHOLZ, "name"),
    ("Pékin", "mardi à Pékin", BEIJING, "name"),
    ("Xi Jinping", None, XI, "name"),
    ("Chine", "en Chine consacrée", CHINA, "name"),
    ("la guerre en Ukraine", None, INVASION, "nominal"),
    ("Ukraine", "la guerre en Ukraine", UKRAINE, "name"),
    # « Les exportations chinoises de voitures électriques et de batteries ... », a assuré le président chinois ...
    ("voitures électriques", None, CARS, "nominal"),
    ("batteries", None, BATTERIES, "nominal"),
    ("le président chinois", None, XI, "nominal"),
    ("son invité", None, SCHOLZ, "nominal"),
    ("CCTV", None, CCTV, "name"),
    # Berlin craint pourtant qu’un afflux de véhicules subventionnés ne fragilise son industrie automobile, et ...
    ("Berlin", "Berlin craint", GERMANY, "metonym"),
    ("véhicules subventionnés", None, CARS, "nominal"),
    ("son industrie automobile", None, CAR_IND, "nominal"),
    ("Commission européenne", None, EC, "name"),
    ("Pékin", "versées par Pékin", CHINA, "metonym"),
    ("ses constructeurs", None, CN_MAKERS, "nominal"),
    # Le chancelier avait entamé dimanche sa tournée à Chongqing, où il avait visité une usine du groupe Bosch, ...
    ("Le chancelier", "Le chancelier avait", SCHOLZ, "nominal"),
    ("Chongqing", None, CHONGQING, "name"),
    ("il", "où il avait", SCHOLZ, "pronoun"),
    ("une usine du groupe Bosch", None, PLANT, "nominal"),
    ("Bosch", None, BOSCH, "name"),
    ("Shanghai", None, SHANGHAI, "name"),
    # Il y avait réclamé une concurrence « loyale », et a répété mardi que les entreprises allemandes ...
    ("Il", "Il y avait", SCHOLZ, "pronoun"),
    ("y", "Il y avait", SHANGHAI, "pronoun"),
    ("les entreprises allemandes", None, DE_FIRMS, "nominal"),
    # Sur l’Ukraine, M. Xi a énoncé quatre principes ...
    ("Ukraine", "Sur l’Ukraine", UKRAINE, "name"),
    ("Xi", "M. Xi", XI, "name"),
    # Selon M. Scholz, son hôte s’est montré ouvert à une participation de la Chine à la conférence de paix ...
    ("Scholz", "Selon M. Scholz", SCHOLZ, "name"),
    ("son hôte", None, XI, "nominal"),
    ("Chine", "participation de la Chine", CHINA, "name"),
    ("Suisse", None, SWITZERLAND, "name"),
    # « Le président Xi et moi sommes d’accord : ... », a souligné le dirigeant social-démocrate.
    ("Xi", "Le président Xi", XI, "name"),
    ("moi", None, SCHOLZ, "pronoun"),
    ("l’arme nucléaire", None, NUKES, "nominal"),
    ("le dirigeant social-démocrate", None, SCHOLZ, "nominal"),
    # Moscou a aussitôt douché ces espoirs. « Une conférence sur l’Ukraine sans la Russie, a estimé ... »
    ("Moscou", None, RUSSIA, "metonym"),
    ("Ukraine", "conférence sur l’Ukraine", UKRAINE, "name"),
    ("Russie", "sans la Russie", RUSSIA, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # Son pays n’a pas été invité, a-t-il rappelé.
    ("Son pays", None, RUSSIA, "nominal"),
    ("il", "a-t-il rappelé", PESKOV, "pronoun"),
    # À Washington, le département d’État a salué les efforts de Berlin, mais jugé que Pékin ne serait pas ...
    ("Washington", None, WASHINGTON, "name"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Berlin", "efforts de Berlin", GERMANY, "metonym"),
    ("Pékin", "que Pékin ne serait", CHINA, "metonym"),
    ("il", "tant qu’il aiderait", CHINA, "pronoun"),
    ("Russie", "aiderait la Russie", RUSSIA, "name"),
    ("son industrie d’armement", None, ARMS_IND, "nominal"),
    # M. Scholz doit regagner Berlin mercredi, et le Premier ministre chinois, Li Qiang, est attendu ...
    ("Scholz", "M. Scholz doit", SCHOLZ, "name"),
    ("Berlin", "regagner Berlin", BERLIN, "name"),
    ("le Premier ministre chinois", None, LI, "nominal"),
    ("Li Qiang", None, LI, "name"),
    ("Allemagne", None, GERMANY, "name"),
    ("la chancellerie", None, CHANCELLERY, "nominal"),
]

PUB_DAY = "The publication day, Tuesday 16 April 2024 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "reçu mardi"), "2024-04-16", "day", "weekday-publication-day",
     "« a été reçu mardi à Pékin »: " + PUB_DAY),
    ("t-three-days", ("trois jours", None), None, "duration", "explicit-duration",
     "« une visite de trois jours » (P3D, Sunday 14 to Tuesday 16 April): the visit's only written time, as a "
     "visit known by its length in gold. « au dernier jour » points at the reception's Tuesday, already dated."),
    ("t-october", ("en octobre", None), "2023-10", "month", "month-past",
     "Past « a ouvert en octobre », written in April 2024: the last October, October 2023."),
    ("t-sunday", ("dimanche", None), "2024-04-14", "day", "weekday-past",
     "Pluperfect « avait entamé dimanche sa tournée »: the Sunday before the publication day, 14 April 2024."),
    ("t-monday", ("lundi", None), "2024-04-15", "day", "weekday-past",
     "Pluperfect « s’était rendu lundi à Shanghai »: the Monday before the publication day, 15 April 2024."),
    ("t-tuesday-repeat", ("mardi", "a répété mardi"), "2024-04-16", "day", "weekday-publication-day",
     "« a répété mardi »: " + PUB_DAY),
    ("t-june", ("en juin", None), "2024-06", "month", "month-future",
     "Future « que la Suisse organisera en juin », written in April 2024: June 2024."),
    ("t-wednesday", ("mercredi", None), "2024-04-17", "day", "weekday-future",
     "« doit regagner Berlin mercredi »: the Wednesday after the publication day, 17 April 2024."),
    ("t-autumn", ("l’automne", None), "2024", "year", "season-current",
     "« est attendu ... à l’automne »: the coming autumn, 22 September to 21 December 2024, all in 2024, so the "
     "year is the finest true value (as « l’automne » in gold)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-visit", "Visit", "Olaf Scholz's three-day visit to China", ("visite", None),
          [("agent", SCHOLZ)], place=CHINA, time="t-three-days",
          note="« au dernier jour d’une visite de trois jours en Chine consacrée au commerce et à la guerre en Ukraine "
               "»: the visit's only time is its length. Its topics (« le commerce », « la guerre ») are not events of "
               "their own: the trade has no parties written, the war is the invasion (an entity). « sa tournée » "
               "restates it."),
    event("e-reception", "Meeting", "Xi Jinping receives Olaf Scholz in Beijing on Tuesday", ("a été reçu", None),
          [("agent", XI), ("participant", SCHOLZ)], place=BEIJING, time="t-tuesday", part_of="e-visit",
          note="A passive reception with its agent in « par »: the host is the agent, the guest a participant. « "
               "l’entretien » in the last paragraph restates it."),
    event("e-exports", "Delivery", "Chinese exports of electric cars and batteries", ("exportations", None),
          [("agent", CHINA), ("theme", CARS), ("theme", BATTERIES)], according_to=[XI],
          note="Inside Xi's quote: « Les exportations chinoises de voitures électriques et de batteries »: China the "
               "exporter from the adjective, the two goods themes; no receiver written. « ne créent pas de "
               "surcapacités » and « elles enrichissent l’offre mondiale » are predicates of the exports (no event, "
               "as « Le prétendu problème des surcapacités chinoises n’existe pas » in gold)."),
    event("e-influx", "Delivery", "An influx of subsidised Chinese vehicles (Berlin's fear)", ("afflux", None),
          [("agent", CHINA), ("theme", CARS)], status="hypothetical", according_to=[GERMANY],
          note="« Berlin craint pourtant qu’un afflux de véhicules subventionnés ne fragilise ... »: a fear, not a "
               "fact: hypothetical. The exporter, China, is implied by the paragraph (Xi's exports, Beijing's aid); "
               "the receiving market is not written."),
    event("e-weakening", "Event", "The influx would weaken the German car industry", ("fragilise", None),
          [("recipient", CAR_IND)], status="hypothetical", according_to=[GERMANY],
          note="The feared consequence, with the subjunctive « ne » (as « redoutent que ces frappes ne "
               "s’intensifient » in gold): hypothetical. « son industrie automobile » is Germany's (« son » is "
               "Berlin's); its subject is the influx, an event."),
    event("e-probe", "Event", "The European Commission opened a probe into Chinese aid to carmakers in October",
          ("a ouvert", None), [("agent", EC), ("recipient", CHINA)], time="t-october",
          note="« la Commission européenne a ouvert en octobre une enquête sur les aides versées par Pékin »: China, "
               "whose aid is examined, is the recipient (as « Bruxelles a ouvert en octobre une enquête "
               "antisubventions » in gold)."),
    event("e-subsidies", "Event", "Beijing pays aid to its carmakers", ("versées", None),
          [("agent", CHINA), ("recipient", CN_MAKERS)],
          note="« les aides versées par Pékin à ses constructeurs »: a passive participle with its agent metonym; "
               "stated in the article's own voice (what the probe is about): occurred."),
    event("e-tour-start", "Event", "Scholz began his tour in Chongqing on Sunday", ("avait entamé", None),
          [("agent", SCHOLZ)], place=CHONGQING, time="t-sunday", part_of="e-visit",
          note="« Le chancelier avait entamé dimanche sa tournée à Chongqing »: « sa tournée » restates the visit, "
               "so the start is part of it."),
    event("e-factory-visit", "Visit", "Scholz visited a Bosch plant in Chongqing on Sunday", ("avait visité", None),
          [("agent", SCHOLZ), ("theme", PLANT)], place=CHONGQING, time="t-sunday", part_of="e-visit",
          note="« où il avait visité une usine du groupe Bosch »: « où » is Chongqing on Sunday (the main clause); the "
               "plant the theme, as « a visité une usine de munitions » in gold."),
    event("e-shanghai", "Visit", "Scholz went to Shanghai on Monday", ("s’était rendu", None),
          [("agent", SCHOLZ)], place=SHANGHAI, time="t-monday", part_of="e-visit",
          note="« puis s’était rendu lundi à Shanghai »: the same subject; the destination is the place."),
    event("e-conference", "Meeting", "The peace conference Switzerland will host in June", ("conférence", "la "
          "conférence de paix"), [("agent", SWITZERLAND)], status="planned", place=SWITZERLAND, time="t-june",
          note="« la conférence de paix que la Suisse organisera en juin »: planned (a future); the organiser is the "
               "agent and, as the host country, the place (as « Tokyo accueillera ... un sommet » in gold). Peskov's "
               "« Une conférence sur l’Ukraine sans la Russie » restates it (no new event)."),
    event("e-participation", "Event", "China's possible participation in the peace conference", ("participation",
          None), [("participant", CHINA)], status="hypothetical", place=SWITZERLAND, time="t-june",
          according_to=[SCHOLZ], part_of="e-conference",
          note="« Selon M. Scholz, son hôte s’est montré ouvert à une participation de la Chine »: an openness, not a "
               "commitment: hypothetical, according to Scholz. It would take place at the conference (its June and "
               "its country)."),
    event("e-agreement", "Agreement", "Xi and Scholz agree that nuclear weapons must not be used",
          ("sommes d’accord", None), [("participant", XI), ("participant", SCHOLZ)], according_to=[SCHOLZ],
          note="« Le président Xi et moi sommes d’accord »: a shared position, stated by Scholz (« moi »); no "
               "weekday or occasion written: no time."),
    event("e-nuclear-use", "Event", "Use of nuclear weapons (to be avoided)", ("utilisée", None),
          [("participant", NUKES)], status="proposed", according_to=[SCHOLZ],
          note="« l’arme nucléaire ne doit pas être utilisée »: an abstention the two urge, proposed (as « ne pas « "
               "franchir les lignes rouges » » in gold); no user written, so the weapon is the participant (as a "
               "thing alone in an event in gold)."),
    event("e-no-invitation", "Invitation", "Russia was not invited to the conference", ("n’a pas été invité", None),
          [("recipient", RUSSIA)], status="negated", according_to=[PESKOV],
          note="« Son pays n’a pas été invité, a-t-il rappelé »: a negated passive with no agent; « Son pays » is "
               "Russia (Peskov's). The conference it was not invited to is the one just named."),
    event("e-aid-russia", "Event", "China helps Russia rebuild its arms industry (State Department's charge)",
          ("aiderait", None), [("agent", CHINA), ("recipient", RUSSIA)], status="suspected",
          according_to=[STATE_DEPT],
          note="« tant qu’il aiderait la Russie »: the conditional is the future in the past of « tant qu’il aidera "
               "» in reported speech; the help is the State Department's charge, which the article does not "
               "endorse: suspected (as « qui accuse Pékin d’aider l’industrie militaire russe » in gold). « il » is "
               "China (« Pékin »)."),
    event("e-rebuild", "Event", "Russia rebuilds its arms industry", ("reconstituer", None),
          [("agent", RUSSIA), ("participant", ARMS_IND)], status="suspected", according_to=[STATE_DEPT],
          note="What China is charged with helping: part of the same charge, suspected."),
    event("e-return", "Event", "Scholz is to return to Berlin on Wednesday", ("doit regagner", None),
          [("agent", SCHOLZ)], status="planned", place=BERLIN, time="t-wednesday", according_to=[CHANCELLERY],
          note="« M. Scholz doit regagner Berlin mercredi »: planned; the city is the destination and the place. The "
               "source after the sentence (« a annoncé la chancellerie ») covers both coordinated clauses."),
    event("e-li-visit", "Visit", "Li Qiang expected in Germany in the autumn", ("est attendu", None),
          [("agent", LI)], status="planned", place=GERMANY, time="t-autumn", according_to=[CHANCELLERY],
          note="« est attendu en Allemagne à l’automne »: planned (as « est attendu » in gold)."),
    event("e-consultations", "Meeting", "Chinese–German government consultations in the autumn",
          ("consultations", None), [("participant", CHINA), ("participant", GERMANY)], status="planned",
          place=GERMANY, time="t-autumn", according_to=[CHANCELLERY],
          note="« pour des consultations gouvernementales »: the purpose of Li Qiang's visit; the two governments "
               "are implied (his China, the host Germany); planned, in Germany, in the autumn."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-xi-exports", "Assurance", "Xi: Chinese exports create no overcapacity, they enrich world supply", XI,
           ("a assuré", None),
           [("Les exportations chinoises de voitures électriques et de batteries ne créent pas de surcapacités, "
             "elles enrichissent l’offre mondiale", None)],
           addressee=SCHOLZ, time="t-tuesday", place=BEIJING, according_to=[CCTV], about=["e-exports"],
           note="A quote first addressed to « son invité » (Scholz): said at the reception, so its Tuesday and "
                "Beijing (as the words to « son visiteur » in gold)."),
    speech("s-cctv", "Report", "CCTV reports Xi's words", CCTV, ("selon", "selon la télévision"), [],
           about=["s-xi-exports"],
           note="« selon la télévision publique CCTV »: the title before the name is part of its phrase."),
    speech("s-berlin-fear", "Statement", "Berlin fears an influx of subsidised vehicles will weaken its car "
           "industry", GERMANY, ("craint", None), [], about=["e-influx", "e-weakening"],
           note="« Berlin » is Germany (a metonym); a fear, as « redoutent » in gold. No time."),
    speech("s-scholz-fair", "Statement", "Scholz called for « fair » competition in Shanghai on Monday", SCHOLZ,
           ("avait réclamé", None), [("loyale", None)], place=SHANGHAI, time="t-monday",
           note="« Il y avait réclamé une concurrence « loyale » »: « y » is Shanghai, the day the Monday of the "
                "sentence before. Fair competition is a condition with no actor: no event."),
    speech("s-scholz-rules", "Statement", "Scholz repeated on Tuesday that German companies expect « the same rules "
           "for all »", SCHOLZ, ("a répété", None), [("les mêmes règles pour tous", None)],
           time="t-tuesday-repeat",
           note="Coordinated with the pluperfect by « et », same subject, a passé composé on the publication day. "
                "The quote comes after the verb, inside a completive; what the companies « attendaient » is his "
                "report of their wish, no speech act of theirs. No place written."),
    speech("s-xi-principles", "Statement", "Xi sets out four principles to keep the situation from becoming « "
           "uncontrollable »", XI, ("a énoncé", None), [("incontrôlable", None)],
           note="« Sur l’Ukraine, M. Xi a énoncé quatre principes destinés à éviter que la situation ne devienne « "
                "incontrôlable » »: « la situation » has no actor: no event. No weekday or occasion written: no "
                "time."),
    speech("s-xi-fuel", "Statement", "Xi calls for an end to « pouring oil on the fire »", XI,
           ("appelant", None), [("jeter de l’huile sur le feu", None)],
           note="A participle with its own guillemets: a second speech act (two verbs, two quotes, as in gold). "
                "Nobody is named as the one who pours oil: no event, no addressee."),
    speech("s-scholz-openness", "Statement", "Scholz says Xi is open to China's participation in the peace "
           "conference", SCHOLZ, ("Selon", None), [], about=["e-participation", "e-conference"],
           note="« Selon M. Scholz, son hôte s’est montré ouvert »: Scholz's account; « s’est montré ouvert » is a "
                "description of Xi, not a speech act of his (as « Son invité s’est montré prudent » in gold)."),
    speech("s-scholz-nuclear", "Statement", "Scholz: Xi and I agree that nuclear weapons must not be used", SCHOLZ,
           ("a souligné", None),
           [("Le président Xi et moi sommes d’accord : l’arme nucléaire ne doit pas être utilisée", None)],
           about=["e-agreement", "e-nuclear-use"],
           note="A quote first; « le dirigeant social-démocrate » is Scholz, « moi » too. No time written."),
    speech("s-moscow-dashes", "Statement", "Moscow dashes the hopes of a Chinese participation", RUSSIA,
           ("douché", None), [], about=["e-participation", "e-conference"],
           note="« Moscou a aussitôt douché ces espoirs »: Russia's reaction, which the next sentence quotes through "
                "Peskov; no quote of its own; « aussitôt » is not a time (as in gold)."),
    speech("s-peskov-senseless", "Statement", "Peskov: a conference on Ukraine without Russia makes no sense", PESKOV,
           ("a estimé", None),
           [("Une conférence sur l’Ukraine sans la Russie", None), ("n’a aucun sens.", None)],
           evidence=("« Une conférence", "aucun sens. »"), about=["e-conference"],
           note="One pair of guillemets split around « a estimé le porte-parole du Kremlin, Dmitri Peskov, »: one "
                "speech act, two quotes, the second keeps its full stop. « Une conférence sur l’Ukraine » restates "
                "the Swiss conference."),
    speech("s-peskov-not-invited", "Statement", "Peskov recalls that Russia was not invited", PESKOV,
           ("a-t-il rappelé", None), [], about=["e-no-invitation"],
           note="Indirect speech first, without guillemets; « il » is Peskov."),
    speech("s-state-welcome", "Statement", "The State Department welcomes Berlin's efforts", STATE_DEPT,
           ("a salué", None), [], place=WASHINGTON, about=["e-visit", "e-participation"],
           note="« À Washington » fronted: the city where it speaks (as « À Moscou » in gold). « les efforts de "
                "Berlin » are Germany's efforts through the visit, not a new event."),
    speech("s-state-judgement", "Statement", "The State Department judges Beijing no credible mediator while it "
           "helps Russia", STATE_DEPT, ("jugé", None), [], place=WASHINGTON, about=["e-aid-russia", "e-rebuild"],
           note="The second verb of « a salué ..., mais jugé »: a second speech act of the same subject. « un "
                "médiateur crédible » is a predicate (no event)."),
    speech("s-no-joint-xi", "SpeechAct", "No joint declaration published (Xi)", XI,
           ("déclaration", None), [], status="negated", about=["e-reception"],
           note="« Aucune déclaration commune n’a été publiée à l’issue de l’entretien »: nothing was issued, in the "
                "article's own voice; a joint declaration would be the two leaders', so two negated speech acts with "
                "one trigger (as the joint pledges of gold). « l’entretien » restates the reception."),
    speech("s-no-joint-scholz", "SpeechAct", "No joint declaration published (Scholz)", SCHOLZ,
           ("déclaration", None), [], status="negated", about=["e-reception"],
           note="The other half of the negated joint declaration."),
    speech("s-chancellery", "Statement", "The chancellery announces Scholz's return and Li Qiang's visit",
           CHANCELLERY, ("a annoncé", None), [], about=["e-return", "e-li-visit", "e-consultations"],
           note="« a annoncé la chancellerie » after the sentence: the source of both coordinated clauses. No time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
