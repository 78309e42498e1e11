"""Held-out annotation of djeddah-ukraine-etats-unis-2025-03-11.txt (written for the twenty-fifth held-out set,
not a real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/djeddah-ukraine-etats-unis-2025-03-11.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/djeddah-ukraine-etats-unis-2025-03-11.annotation.src.py --check

From held-out set 25 (moved to gold in session 23; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "djeddah-ukraine-etats-unis-2025-03-11.txt"

NOTE = """\
Held-out-25 article: the US and Ukrainian delegations meet in Jeddah, Saudi Arabia, on Tuesday 11 March 2025; \
Ukraine accepts a US proposal of an immediate 30-day ceasefire with Russia, and Washington is to resume the \
intelligence sharing and military aid it suspended the week before; Marco Rubio, who led the delegation with Mike \
Waltz, says the ball is in Russia's court and promises to pass the offer on; Andriy Yermak and Andriy Sybiha had \
made the trip, Yermak says Kyiv is ready and expects a reciprocal gesture; Zelensky, who had quarrelled with Trump \
at the White House on 28 February, welcomes the proposal on Telegram; Trump hopes Moscow agrees and could talk to \
Putin this week; the Kremlin, through Dmitry Peskov on Tuesday evening, is cautious and waits to be briefed; in the \
night of Monday to Tuesday the Moscow region had suffered the largest Ukrainian drone attack of the war (three \
dead, 337 drones shot down according to the Russian defence ministry); Paris and London welcome the step and the \
European chiefs of staff are to meet in Paris on Wednesday. Published Tuesday 11 March 2025 (the file gives the \
day). The meeting, the acceptance, the resumption of aid, Rubio's « ball » remark and the drone attack follow the \
real events loosely; Yermak's and Zelensky's exact words, the hour count, the toll, the figures, Peskov's words \
and their day, the Paris and London reactions and the Wednesday meeting are invented or simplified.
What it exercises: an acceptance on the publication day at a city with its country in apposition (« L’Ukraine a \
accepté mardi à Djeddah, en Arabie saoudite, une proposition américaine de cessez-le-feu immédiat de 30 jours avec \
la Russie »: an Acceptance of Ukraine, the United States the recipient from the adjective « américaine », a \
nominal Proposal of the United States and a proposed ceasefire with a duration attached to nothing) with a \
nominal meeting of two delegations named by a plural phrase and a duration (« au terme de plus de huit heures de \
discussions entre les délégations des deux pays »); « En échange » with a future by a metonym and two themes of one \
verb (« Washington va reprendre sans délai le partage de renseignements et son aide militaire à Kiev »: two \
planned events, one trigger) and a passive participle over both with a past week (« suspendus la semaine \
dernière »); a quote first with « a déclaré devant la presse » and a role noun and a name in apposition, with a \
relative imperfect with a second role noun and name (« qui conduisait la délégation avec le conseiller à la \
sécurité nationale, Mike Waltz »); a promise with an infinitive, a plural people noun for a state and a vague \
future (« Il a promis de transmettre l’offre aux Russes dans les prochains jours »: a planned Proposal); « Côté \
ukrainien » with two coordinated subjects, each with a role noun in apposition (before and after the name) and a \
pluperfect trip (« avaient fait le déplacement »: a Visit, Jeddah implied); a quote first with « Nous » for \
Ukraine and readiness (planned) under « a assuré M. Yermak », then a relative « selon qui » with a metonym \
expecting a quoted gesture from a metonym (proposed); a relative pluperfect quarrel with an explicit date at the \
White House (the building) and a welcome on Telegram with a quoted adjective; « a dit espérer » (a hoped agreement: \
hypothetical) joined by « et » to a conditional talk on « dès cette semaine »; a characterised reaction without \
words (« Le Kremlin s’est montré prudent »: a speech act with no quote) then a quote first with « Nous » for the \
Kremlin on « mardi soir » with a role noun in apposition holding « la présidence russe », and a participle of \
explanation over a passive briefing to come with its agent in « par » (« expliquant que Moscou attendait d’être \
informé du contenu des discussions par les Américains »: a planned speech act of the United States); a fronted \
night span and a vague « quelques heures avant » a nominal opening (the talks restated) with a pluperfect suffered \
attack whose agent is an adjective (« la région de Moscou avait subi l’attaque de drones ukrainiens la plus \
massive depuis le début de l’invasion, en février 2022 »: the month attached to nothing); a passive toll sourced \
after the clause (« Trois personnes ont été tuées, selon les autorités locales ») joined by « et » to a claim with \
an infinitive perfect and a count (« a affirmé avoir abattu 337 drones, dont 91 au-dessus de la région de la \
capitale »); two capitals for two unlinked states welcoming one quoted noun phrase (one trigger, two speech acts, \
the quote to the first) and a planned meeting on a future weekday in Paris the city with a purpose (« pour \
discuter de garanties de sécurité pour l’Ukraine »: proposed guarantees).
Places and metonyms. « Washington » is the United States (Q30, metonym, it resumes aid). « Kiev » is Ukraine \
twice (Q212, metonym: it receives aid and waits). « Moscou » is Russia three times (Q159, metonym: « de Moscou » \
twice, « Moscou attendait »), the city (Q649, name) in « région de Moscou », which is the oblast (Q1697, name, as \
in the bundled article). « la région de la capitale » is the oblast again (Q1697, nominal) with « la capitale » \
inside it the city (Q649, nominal). « Le Kremlin » and « Nous » in Peskov's quote are the presidential \
administration (Q2060629); « la présidence russe » inside Peskov's apposition is the same institution (nominal). \
« Paris » is France (local, metonym) when it welcomes, the city (local, name) where the chiefs meet; « Londres » \
is the United Kingdom (local, metonym). « la Maison Blanche » where the quarrel took place is the building \
(local:white-house-building, as in gold zelensky-bureau-ovale-2025-02-28). « aux Russes » and « les Américains » \
are plural people nouns standing for the two states in diplomatic contact: nominal mentions of Russia (Q159) and \
the United States (Q30).
Mentions. Role nouns in apposition are nominal mentions: « le secrétaire d’État américain » (Rubio; not a title \
right before the name: a comma stands between), « le conseiller à la sécurité nationale » (Waltz), « chef de \
l’administration présidentielle » (Yermak) with « l’administration présidentielle » inside (the Office of the \
President of Ukraine, local), « le ministre des Affaires étrangères » (Sybiha), « Le président américain » \
(Trump), « porte-parole de la présidence russe » (Peskov). « la délégation » that Rubio led is the US delegation \
(local). « l’invasion » is Q110999040 (nominal). « drones ukrainiens », « 337 drones », « Trois personnes », « les \
autorités locales », « le ministère russe de la Défense » and « Les chefs d’état-major européens » are local; « \
91 » (a number standing for part of the 337) is not a mention. Pronouns: « Il » (Rubio), « Nous » (Ukraine, in \
Yermak's quote), « Nous » (the Kremlin, in Peskov's quote). Not mentions: the plural phrases « les délégations \
des deux pays » and « des deux pays », the relative pronouns « qui » (« selon qui »), « l’offre » (the proposal \
restated), « ce pas », « la paix », « la balle », « le camp de la Russie » (only « Russie » is marked), « \
garanties de sécurité » (an event), the adjectives (américaine, ukrainien, russe, européens).
Statuses. The ceasefire is proposed (accepted by Ukraine, not by Russia); the resumptions are planned (« va \
reprendre »); the transmission of the offer is a planned Proposal; Ukraine's step is planned (« prêts à »), the \
reciprocal gesture proposed (expected of Moscow); Russia's agreement that Trump hopes for is hypothetical, as is \
the Trump–Putin talk (« pourrait »); the briefing Moscow waits for is a planned speech act; the shooting-down is \
occurred according to the ministry (not contested in the text); the European meeting is planned and the \
guarantees proposed.
Times. « mardi » is the publication day, Tuesday 11 March 2025; « mardi soir » its evening; « Dans la nuit de \
lundi à mardi » the night ending on Tuesday 11 March (night-span, as in gold); « la semaine dernière » runs from \
Monday 3 to Sunday 9 March 2025: the month; « le 28 février » is 28 February 2025; « dès cette semaine » is the \
week of 10 to 16 March: the month; « mercredi » is Wednesday 12 March 2025; « en février 2022 » the month of the \
invasion's start, attached to nothing (the attack is the largest since then, not dated by it). « de 30 jours » and \
« plus de huit heures » are durations attached to nothing; « dans les prochains jours » and « quelques heures avant \
» are vague. « sans délai » and « désormais » are not time expressions here (manner and stance). The talks and the \
acceptance take the Tuesday; Rubio's, Yermak's, Zelensky's and Trump's words have no weekday of their own: no \
time (as « no weekday: no time » in gold).
Ukraine, Russia, the United States, Putin, Peskov, the Kremlin, Moscow, the Moscow region and the invasion are \
linked; Jeddah, Saudi Arabia, Rubio, Waltz, the two delegations, Yermak, the Office of the President of Ukraine, \
Sybiha, Zelensky, Trump, the White House building, Telegram, the US military aid, the Ukrainian drones, the 337 \
drones, the three dead, the local authorities, the Russian defence ministry, France, the United Kingdom, the \
European chiefs of staff and Paris are not in ids.tsv: local, unlinked."""

UKRAINE, RUSSIA, US, KREMLIN, PUTIN, PESKOV = "Q212", "Q159", "Q30", "Q2060629", "Q7747", "Q4359688"
MOSCOW, MOSCOW_OBLAST, INVASION = "Q649", "Q1697", "Q110999040"
JEDDAH, SAUDI, RUBIO, WALTZ = "local:jeddah", "local:saudi-arabia", "local:marco-rubio", "local:mike-waltz"
US_DELEGATION, UA_DELEGATION = "local:us-delegation-jeddah", "local:ukrainian-delegation-jeddah"
YERMAK, UA_OFFICE, SYBIHA = "local:andriy-yermak", "local:office-of-the-president-of-ukraine", "local:andriy-sybiha"
ZELENSKY, TRUMP, WH_BUILDING, TELEGRAM = "local:volodymyr-zelensky", "local:donald-trump", \
    "local:white-house-building", "local:telegram"
US_AID, UA_DRONES, SHOT_DRONES, DEAD = "local:us-military-aid-to-ukraine", "local:ukrainian-drones-moscow-night", \
    "local:drones-shot-down", "local:moscow-region-drone-dead"
LOCAL_AUTH, RU_MOD = "local:moscow-region-authorities", "local:russian-defence-ministry"
FRANCE, UK, CHIEFS, PARIS = "local:france", "local:united-kingdom", "local:european-chiefs-of-staff", "local:paris"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (JEDDAH, "Djeddah", "Jeddah", "place", {"description": "ville d’Arabie saoudite", "unlinked_reason": NOT_VERIFIED}),
    (SAUDI, "Arabie saoudite", "Saudi Arabia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RUBIO, "Marco Rubio", "Marco Rubio", "person",
     {"description": "secrétaire d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (WALTZ, "Mike Waltz", "Mike Waltz", "person",
     {"description": "conseiller américain à la sécurité nationale", "unlinked_reason": NOT_VERIFIED}),
    (US_DELEGATION, "délégation américaine à Djeddah", "US delegation in Jeddah", "group",
     {"description": "la délégation conduite par Marco Rubio et Mike Waltz", "unlinked_reason": GROUP}),
    (UA_DELEGATION, "délégation ukrainienne à Djeddah", "Ukrainian delegation in Jeddah", "group",
     {"description": "la délégation d’Andriy Yermak et Andriy Sybiha (seulement dans « les délégations des deux "
                     "pays »)", "unlinked_reason": GROUP}),
    (YERMAK, "Andriy Yermak", "Andriy Yermak", "person",
     {"description": "chef de l’administration présidentielle ukrainienne", "unlinked_reason": NOT_VERIFIED}),
    (UA_OFFICE, "administration présidentielle ukrainienne", "Office of the President of Ukraine", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SYBIHA, "Andriy Sybiha", "Andrii Sybiha", "person",
     {"description": "ministre ukrainien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (WH_BUILDING, "Maison Blanche", "White House", "place",
     {"description": "le bâtiment, lieu de la dispute du 28 février", "unlinked_reason": NOT_VERIFIED}),
    (TELEGRAM, "Telegram", "Telegram", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (US_AID, "aide militaire américaine à l’Ukraine", "US military aid to Ukraine", "object",
     {"description": "« son aide militaire à Kiev »", "unlinked_reason": "aid in general, not one Wikidata item"}),
    (UA_DRONES, "drones ukrainiens de la nuit du 10 au 11 mars 2025", "Ukrainian drones of the night of 10-11 "
     "March 2025", "object", {"unlinked_reason": "a set of objects, not one Wikidata item"}),
    (SHOT_DRONES, "337 drones abattus", "337 drones shot down", "object",
     {"description": "selon le ministère russe de la Défense, dont 91 au-dessus de la région de Moscou",
      "unlinked_reason": "a set of objects, not one Wikidata item"}),
    (DEAD, "trois personnes tuées", "three people killed", "group",
     {"description": "victimes de l’attaque de drones dans la région de Moscou", "unlinked_reason": GROUP}),
    (LOCAL_AUTH, "autorités locales de la région de Moscou", "Moscow region local authorities", "group",
     {"unlinked_reason": GROUP}),
    (RU_MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country",
     {"description": "désignée par « Paris » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (UK, "Royaume-Uni", "United Kingdom", "country",
     {"description": "désigné par « Londres » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (CHIEFS, "chefs d’état-major européens", "European chiefs of staff", "group", {"unlinked_reason": GROUP}),
    (PARIS, "Paris", "Paris", "place", {"unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    INVASION: "« l’invasion », commencée en février 2022",
    KREMLIN: "« Le Kremlin », « la présidence russe » et « Nous » dans la citation de Dmitri Peskov",
    MOSCOW_OBLAST: "« la région de Moscou » et « la région de la capitale »",
}

MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’Ukraine a accepté mardi à Djeddah, en Arabie saoudite, une proposition américaine de cessez-le-feu ...
    ("Ukraine", "L’Ukraine a accepté", UKRAINE, "name"),
    ("Djeddah", None, JEDDAH, "name"),
    ("Arabie saoudite", None, SAUDI, "name"),
    ("Russie", "avec la Russie", RUSSIA, "name"),
    # En échange, Washington va reprendre sans délai le partage de renseignements et son aide militaire à Kiev, ...
    ("Washington", None, US, "metonym"),
    ("son aide militaire à Kiev", None, US_AID, "nominal"),
    ("Kiev", "aide militaire à Kiev", UKRAINE, "metonym"),
    # « La balle est désormais dans le camp de la Russie », a déclaré devant la presse le secrétaire d’État ...
    ("Russie", "le camp de la Russie", RUSSIA, "name"),
    ("le secrétaire d’État américain", None, RUBIO, "nominal"),
    ("Marco Rubio", None, RUBIO, "name"),
    ("la délégation", "conduisait la délégation", US_DELEGATION, "nominal"),
    ("le conseiller à la sécurité nationale", None, WALTZ, "nominal"),
    ("Mike Waltz", None, WALTZ, "name"),
    # Il a promis de transmettre l’offre aux Russes dans les prochains jours.
    ("Il", "Il a promis", RUBIO, "pronoun"),
    ("Russes", "aux Russes", RUSSIA, "nominal"),
    # Côté ukrainien, Andriy Yermak, chef de l’administration présidentielle, et le ministre des Affaires ...
    ("Andriy Yermak", None, YERMAK, "name"),
    ("chef de l’administration présidentielle", None, YERMAK, "nominal"),
    ("l’administration présidentielle", None, UA_OFFICE, "nominal"),
    ("le ministre des Affaires étrangères", None, SYBIHA, "nominal"),
    ("Andriy Sybiha", None, SYBIHA, "name"),
    # « Nous sommes prêts à faire ce pas vers la paix », a assuré M. Yermak, selon qui Kiev attend désormais ...
    ("Nous", "« Nous sommes", UKRAINE, "pronoun"),
    ("Yermak", "M. Yermak", YERMAK, "name"),
    ("Kiev", "Kiev attend", UKRAINE, "metonym"),
    ("Moscou", "réciproque » de Moscou", RUSSIA, "metonym"),
    # Volodymyr Zelensky, qui s’était violemment disputé le 28 février avec Donald Trump à la Maison Blanche, ...
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Donald Trump", None, TRUMP, "name"),
    ("Maison Blanche", None, WH_BUILDING, "name"),
    ("Telegram", None, TELEGRAM, "name"),
    # Le président américain a dit espérer un accord de Moscou et pourrait s’entretenir avec Vladimir Poutine ...
    ("Le président américain", None, TRUMP, "nominal"),
    ("Moscou", "un accord de Moscou", RUSSIA, "metonym"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    # Le Kremlin s’est montré prudent.
    ("Kremlin", "Le Kremlin s’est", KREMLIN, "metonym"),
    # « Nous ne voulons pas anticiper », a indiqué mardi soir Dmitri Peskov, porte-parole de la présidence russe, ...
    ("Nous", "« Nous ne voulons", KREMLIN, "pronoun"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole de la présidence russe", None, PESKOV, "nominal"),
    ("la présidence russe", None, KREMLIN, "nominal"),
    ("Moscou", "que Moscou attendait", RUSSIA, "metonym"),
    ("les Américains", None, US, "nominal"),
    # Dans la nuit de lundi à mardi, quelques heures avant l’ouverture des pourparlers, la région de Moscou ...
    ("région de Moscou", "la région de Moscou avait", MOSCOW_OBLAST, "name"),
    ("Moscou", "la région de Moscou avait", MOSCOW, "name"),
    ("drones ukrainiens", None, UA_DRONES, "nominal"),
    ("l’invasion", None, INVASION, "nominal"),
    # Trois personnes ont été tuées, selon les autorités locales, et le ministère russe de la Défense a ...
    ("Trois personnes", None, DEAD, "nominal"),
    ("les autorités locales", None, LOCAL_AUTH, "nominal"),
    ("le ministère russe de la Défense", None, RU_MOD, "nominal"),
    ("337 drones", None, SHOT_DRONES, "nominal"),
    ("la région de la capitale", None, MOSCOW_OBLAST, "nominal"),
    ("la capitale", "région de la capitale", MOSCOW, "nominal"),
    # Paris et Londres ont salué « un pas important ».
    ("Paris", "Paris et Londres", FRANCE, "metonym"),
    ("Londres", None, UK, "metonym"),
    # Les chefs d’état-major européens doivent se réunir mercredi à Paris pour discuter de garanties de ...
    ("Les chefs d’état-major européens", None, CHIEFS, "nominal"),
    ("Paris", "mercredi à Paris", PARIS, "name"),
    ("Ukraine", "sécurité pour l’Ukraine", UKRAINE, "name"),
]

PUB_DAY = "The publication day, Tuesday 11 March 2025 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "accepté mardi"), "2025-03-11", "day", "weekday-publication-day",
     "« L’Ukraine a accepté mardi à Djeddah » in an article of Tuesday 11 March 2025: that same day. " + PUB_DAY),
    ("t-30-days", ("30 jours", None), None, "duration", "explicit-duration",
     "« cessez-le-feu immédiat de 30 jours »: the ceasefire's proposed length (P30D), attached to nothing."),
    ("t-eight-hours", ("plus de huit heures", None), None, "duration", "explicit-duration",
     "« au terme de plus de huit heures de discussions »: the length of the talks (more than PT8H), attached to "
     "nothing; the talks take the Tuesday."),
    ("t-last-week", ("la semaine dernière", None), "2025-03", "month", "relative-week-past",
     "The week before Tuesday 11 March 2025 runs from Monday 3 to Sunday 9 March: all in March 2025, so the month."),
    ("t-coming-days", ("dans les prochains jours", None), None, "vague", "vague-future",
     "« transmettre l’offre aux Russes dans les prochains jours »: no value."),
    ("t-feb-28", ("le 28 février", None), "2025-02-28", "day", "day-month-publication-year",
     "« s’était violemment disputé le 28 février »: a past date in the publication year, 28 February 2025."),
    ("t-this-week", ("dès cette semaine", None), "2025-03", "month", "relative-week-future",
     "The week of Tuesday 11 March 2025 runs from Monday 10 to Sunday 16 March: all in March 2025, so the month."),
    ("t-tuesday-evening", ("mardi soir", None), "2025-03-11", "day", "part-of-day",
     "« a indiqué mardi soir Dmitri Peskov »: the evening of the publication day. " + PUB_DAY),
    ("t-night", ("Dans la nuit de lundi à mardi", None), "2025-03-11", "day", "night-span",
     "The night from Monday 10 to Tuesday 11 March 2025, dated by the day it ends on, as in gold."),
    ("t-hours-before", ("quelques heures avant", None), None, "vague", "vague",
     "« quelques heures avant l’ouverture des pourparlers »: no value of its own."),
    ("t-february-2022", ("en février 2022", None), "2022-02", "month", "explicit-month-year",
     "« depuis le début de l’invasion, en février 2022 »: the invasion's start, in apposition; attached to no event "
     "here (the attack is the largest since then)."),
    ("t-wednesday", ("mercredi", None), "2025-03-12", "day", "weekday-future",
     "« doivent se réunir mercredi à Paris »: the Wednesday after Tuesday 11 March 2025: 12 March."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-acceptance", "Acceptance", "Ukraine accepts the US proposal of a 30-day ceasefire in Jeddah",
          ("a accepté", None), [("agent", UKRAINE), ("recipient", US)], place=JEDDAH, time="t-tuesday",
          part_of="e-talks",
          note="« L’Ukraine a accepté mardi à Djeddah, en Arabie saoudite, une proposition américaine »: the proposer "
               "(the United States, from the adjective « américaine ») is the recipient, as the proposers in gold "
               "karabakh-cessez-le-feu-2023-09-20. The city is the place; « Arabie saoudite » in apposition locates "
               "it. Accepted at the end of the talks (« au terme de »), so part of them."),
    event("e-proposal", "Proposal", "The United States proposes a 30-day ceasefire to Ukraine",
          ("proposition", "une proposition américaine"),
          [("agent", US), ("recipient", UKRAINE)],
          note="« une proposition américaine de cessez-le-feu »: the agent from the adjective; the ceasefire proposed "
               "is e-ceasefire (an event, no theme). « l’offre » (Rubio) and Zelensky's « une proposition « positive » "
               "» restate it. No day of its own is written: no time."),
    event("e-ceasefire", "Event", "An immediate 30-day ceasefire between Ukraine and Russia", ("cessez-le-feu", None),
          [("participant", UKRAINE), ("participant", RUSSIA)], status="proposed",
          according_to=[US],
          note="« cessez-le-feu immédiat de 30 jours avec la Russie »: Ukraine has accepted it, Russia has not: "
               "proposed, by the United States (according_to, its proposer). « de 30 jours » is its length (a "
               "duration, not its time)."),
    event("e-talks", "Meeting", "More than eight hours of talks between the US and Ukrainian delegations in Jeddah",
          ("discussions", "heures de discussions"), [("participant", US_DELEGATION), ("participant", UA_DELEGATION)],
          place=JEDDAH, time="t-tuesday",
          note="« au terme de plus de huit heures de discussions entre les délégations des deux pays »: « les "
               "délégations des deux pays » is a plural phrase (not a mention) for the two delegations, which are the "
               "participants. « du contenu des discussions » and « l’ouverture des pourparlers » restate them; the "
               "place and day are those of the acceptance they end with."),
    event("e-resume-intelligence", "Event", "The United States to resume intelligence sharing with Ukraine",
          ("reprendre", None), [("agent", US), ("recipient", UKRAINE)], status="planned",
          note="« Washington va reprendre sans délai le partage de renseignements »: a near future, planned. One verb "
               "with two objects: two events on one trigger (as the two planned Visits of gold xi-macron-paris). The "
               "recipient, Kiev, is written after the second object and holds for both."),
    event("e-resume-aid", "Delivery", "The United States to resume its military aid to Ukraine", ("reprendre", None),
          [("agent", US), ("recipient", UKRAINE), ("theme", US_AID)], status="planned",
          note="« et son aide militaire à Kiev »: the second object of « reprendre », a Delivery with the aid as "
               "theme."),
    event("e-suspension", "Event", "The United States suspended intelligence sharing and military aid to Ukraine "
          "last week", ("suspendus", None), [("agent", US), ("recipient", UKRAINE), ("theme", US_AID)],
          time="t-last-week",
          note="« suspendus la semaine dernière »: a passive participle over both objects (one event); the agent is "
               "not written after it but is the subject of the clause, « Washington »."),
    event("e-lead-delegation", "Event", "Marco Rubio led the US delegation with Mike Waltz", ("conduisait", None),
          [("agent", RUBIO), ("agent", WALTZ), ("theme", US_DELEGATION)], place=JEDDAH, time="t-tuesday",
          part_of="e-talks",
          note="« qui conduisait la délégation avec le conseiller à la sécurité nationale, Mike Waltz »: a relative "
               "imperfect, the delegation at the talks, so their place and day."),
    event("e-transmit", "Proposal", "Rubio to pass the ceasefire offer on to Russia in the coming days",
          ("transmettre", None), [("agent", RUBIO), ("recipient", RUSSIA)], status="planned", time="t-coming-days",
          according_to=[RUBIO],
          note="« Il a promis de transmettre l’offre aux Russes dans les prochains jours »: a promised hand-over "
               "of the offer (the proposal restated, an event: no theme), planned. « aux Russes » is Russia "
               "(nominal)."),
    event("e-ua-trip", "Visit", "Andriy Yermak and Andriy Sybiha had travelled to Jeddah", ("avaient fait", None),
          [("agent", YERMAK), ("agent", SYBIHA)], place=JEDDAH,
          note="« avaient fait le déplacement »: a pluperfect trip; its destination is the Jeddah of the lede "
               "(implied place), its day not written: no time. « Côté ukrainien » is an adverbial, not a mention."),
    event("e-step", "Event", "Ukraine ready to take this step towards peace", ("faire ce pas", None),
          [("agent", UKRAINE)], status="planned", according_to=[YERMAK],
          note="« Nous sommes prêts à faire ce pas vers la paix »: readiness, planned (as « s’était dit prêt à » in "
               "gold); « Nous » is Ukraine, « ce pas » the ceasefire accepted."),
    event("e-reciprocal-gesture", "Event", "A reciprocal gesture expected from Russia", ("geste", None),
          [("agent", RUSSIA), ("recipient", UKRAINE)], status="proposed", according_to=[YERMAK],
          note="« Kiev attend désormais « un geste réciproque » de Moscou »: what Kyiv expects, not yet done: proposed "
               "(as a demand). « Kiev » is Ukraine, the recipient; « Moscou » Russia, the agent."),
    event("e-quarrel", "Meeting", "Zelensky's heated quarrel with Donald Trump at the White House on 28 February",
          ("s’était violemment disputé", None), [("participant", ZELENSKY), ("participant", TRUMP)],
          place=WH_BUILDING, time="t-feb-28",
          note="A relative pluperfect with an explicit date: a Meeting, as the heated exchange of gold "
               "zelensky-bureau-ovale-2025-02-28; the building is the place."),
    event("e-russia-agreement", "Acceptance", "Russia's agreement to the ceasefire, which Trump hopes for",
          ("accord", "un accord de Moscou"), [("agent", RUSSIA), ("recipient", US)], status="hypothetical",
          according_to=[TRUMP],
          note="« a dit espérer un accord de Moscou »: Russia's consent to the US proposal, only hoped for: "
               "hypothetical. « Moscou » is Russia; the United States, the proposer, the recipient (as e-acceptance)."),
    event("e-trump-putin-talk", "Meeting", "Trump could talk with Putin this week", ("pourrait s’entretenir", None),
          [("participant", TRUMP), ("participant", PUTIN)], status="hypothetical", time="t-this-week",
          note="« et pourrait s’entretenir avec Vladimir Poutine dès cette semaine »: conditional, hypothetical; no "
               "source other than the article."),
    event("e-drone-attack", "Event", "The largest Ukrainian drone attack of the war on the Moscow region",
          ("attaque", "subi l’attaque"), [("agent", UKRAINE), ("recipient", MOSCOW_OBLAST), ("participant", UA_DRONES)],
          place=MOSCOW_OBLAST, time="t-night",
          note="« la région de Moscou avait subi l’attaque de drones ukrainiens la plus massive »: the region suffers "
               "it (recipient), Ukraine the agent from the adjective « ukrainiens », the drones a participant (as "
               "gold drones-novorossiisk). Pluperfect, before the talks, in the night span. « depuis le début de "
               "l’invasion » compares it; the invasion is a mention, no event."),
    event("e-deaths", "Event", "Three people killed in the drone attack", ("ont été tuées", None),
          [("recipient", DEAD)], place=MOSCOW_OBLAST, time="t-night", part_of="e-drone-attack",
          according_to=[LOCAL_AUTH],
          note="« Trois personnes ont été tuées, selon les autorités locales »: a passive with no agent written; the "
               "attack (an event) is the cause, so the dead are the only role. The attack's place and night."),
    event("e-shootdown", "Event", "Russian forces shot down 337 drones, 91 of them over the Moscow region",
          ("abattu", None), [("agent", RU_MOD), ("recipient", SHOT_DRONES)], time="t-night", part_of="e-drone-attack",
          according_to=[RU_MOD],
          note="« a affirmé avoir abattu 337 drones, dont 91 au-dessus de la région de la capitale »: the ministry's "
               "claim, not contested in the text: occurred, according to it. The infinitive's subject is the "
               "ministry, so it is the agent. The 337 were shot down over several regions, so no place; « dont 91 » "
               "is part of the same event, not a second one."),
    event("e-european-meeting", "Meeting", "European chiefs of staff to meet in Paris on Wednesday",
          ("se réunir", None), [("participant", CHIEFS)], status="planned", place=PARIS, time="t-wednesday",
          note="« doivent se réunir mercredi à Paris »: planned; « à Paris » is the city."),
    event("e-guarantees", "Event", "Security guarantees for Ukraine", ("garanties", None),
          [("agent", CHIEFS), ("recipient", UKRAINE)], status="proposed",
          note="« pour discuter de garanties de sécurité pour l’Ukraine »: what the meeting is to discuss, not yet "
               "given: proposed (as gold's guarantees for Ukraine). The Europeans who would give them are the "
               "agent."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-rubio-ball", "Statement", "Marco Rubio: the ball is now in Russia's court", RUBIO, ("a déclaré", None),
           [("La balle est désormais dans le camp de la Russie", None)], about=["e-acceptance", "e-ceasefire"],
           note="A quote first under « a déclaré devant la presse » (the press, a generic noun, is not annotated). "
                "A metaphor: no event in it. No weekday: no time."),
    speech("s-rubio-promise", "Assurance", "Marco Rubio promises to pass the offer on to Russia", RUBIO,
           ("a promis", None), [], about=["e-transmit"],
           note="« Il a promis de transmettre l’offre aux Russes »: a promise without guillemets; « Il » is Rubio."),
    speech("s-yermak-ready", "Assurance", "Andriy Yermak: we are ready to take this step towards peace", YERMAK,
           ("a assuré", None), [("Nous sommes prêts à faire ce pas vers la paix", None)], about=["e-step"],
           note="A quote first with « Nous » for Ukraine."),
    speech("s-yermak-expects", "Statement", "Yermak: Kyiv now expects a reciprocal gesture from Moscow", YERMAK,
           ("selon", "selon qui"), [("un geste réciproque", None)], about=["e-reciprocal-gesture"],
           note="« selon qui Kiev attend désormais « un geste réciproque » de Moscou »: a relative « selon qui » "
                "(« qui » is Yermak) gives the view to him; the quoted noun phrase is his. A second speech act of "
                "his, with its own guillemets."),
    speech("s-zelensky-welcome", "Statement", "Zelensky welcomes a « positive » proposal on Telegram", ZELENSKY,
           ("a salué", "a salué sur Telegram"), [("positive", None)], about=["e-proposal"],
           note="Written « sur Telegram » (the medium, no role); no weekday: no time."),
    speech("s-trump-hope", "Statement", "Trump says he hopes for Russia's agreement", TRUMP, ("a dit", None), [],
           about=["e-russia-agreement"],
           note="« a dit espérer un accord de Moscou »: indirect speech, no quote."),
    speech("s-kremlin-caution", "SpeechAct", "The Kremlin reacts cautiously", KREMLIN, ("s’est montré", None), [],
           about=["e-acceptance", "e-ceasefire"],
           note="« Le Kremlin s’est montré prudent »: a reaction the article characterises, with no words of its own; "
                "Peskov's quote in the next sentence gives it."),
    speech("s-peskov", "Statement", "Dmitry Peskov: we do not want to anticipate", PESKOV, ("a indiqué", None),
           [("Nous ne voulons pas anticiper", None)], time="t-tuesday-evening",
           about=["e-ceasefire", "e-acceptance"],
           note="A quote first with « Nous » for the Kremlin (as in gold), on Tuesday evening; « porte-parole de la "
                "présidence russe » in apposition. Nothing is anticipated: no event in the quote."),
    speech("s-peskov-explains", "Statement", "Peskov explains that Moscow waits to be briefed by the Americans",
           PESKOV, ("expliquant", None), [], time="t-tuesday-evening", about=["s-us-briefing", "e-talks"],
           note="A participle of explanation attached to « a indiqué mardi soir »: the same occasion."),
    speech("s-us-briefing", "SpeechAct", "The Americans to brief Russia on the content of the talks", US,
           ("informé", None), [], status="planned", addressee=RUSSIA, according_to=[PESKOV], about=["e-talks"],
           note="« Moscou attendait d’être informé du contenu des discussions par les Américains »: a passive with its "
                "agent in « par »; awaited, so planned (the same hand-over as Rubio's promised transmission, seen "
                "from Moscow). « les Américains » is the United States, « Moscou » Russia (the addressee)."),
    speech("s-local-authorities", "Report", "The local authorities report three dead", LOCAL_AUTH,
           ("selon", "selon les autorités"), [], about=["e-deaths"],
           note="« selon les autorités locales »: a source after the clause."),
    speech("s-ru-mod", "Statement", "The Russian defence ministry says it shot down 337 drones", RU_MOD,
           ("a affirmé", None), [], about=["e-shootdown", "e-drone-attack"],
           note="« a affirmé avoir abattu 337 drones »: a claim with an infinitive perfect, no quote. Joined by « et » "
                "to a sentence with no weekday: no time of its own."),
    speech("s-paris-welcome", "Statement", "France welcomes an important step", FRANCE, ("ont salué", None),
           [("un pas important", None)], about=["e-acceptance"],
           note="« Paris et Londres ont salué « un pas important » »: one trigger, two speakers; the quote goes to the "
                "first-named (the convention of benchmarks/gold/README.md)."),
    speech("s-london-welcome", "Statement", "The United Kingdom welcomes an important step", UK, ("ont salué", None),
           [], about=["e-acceptance"],
           note="The second speaker of « ont salué »: the trigger without the quote, which is France's."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
